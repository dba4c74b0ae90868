"""Candidate spans from the KB matcher, the CRF and rules, and how they merge.

Rules: WEAPON (a weapon cue word before a model/Latin name: ``منظومة إس-500``),
LAW (a law/treaty cue before a name or a quoted title: ``اتفاقية أوسلو``) and
role + nationality + name (``وزير الدفاع التركي خلوصي أكار`` gives the person the
role code ``GOVMIL`` and the state ``TUR``). KB and rule spans win over CRF spans on
type and boundaries; the CRF adds names the KB does not know.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, count
from operator import attrgetter

from marsad.doc import Document, Token
from marsad.entities.lexicon import Triggers
from marsad.kb.loader import KB
from marsad.kb.match import KBMatch
from marsad.kb.model import Entry
from marsad.text.normalize import normalize
from marsad.text.sentences import AR_INITIALS

CRF_TYPES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "GPE"}
NATURAL_PLACE_KINDS = frozenset({"sea", "river", "mountain", "strait", "place", "lake", "desert"})
NATURAL_LOC_WORDS = frozenset(
    [
        "بحر",
        "نهر",
        "جبل",
        "جبال",
        "خليج",
        "صحراء",
        "جزيره",
        "جزر",
        "مضيق",
        "وادي",
        "بحيره",
        "هضبه",
        "سهل",
        "محيط",
        "قناه",
        "شبه",
    ]
)
# Institutions named by a common noun and a nationality (الحكومة السورية, الجيش الإسرائيلي):
# actors for events, but not named entities in the gold convention (GUIDE.md).
GENERIC_KINDS = frozenset({"government", "army", "police", "cabinet", "embassy", "intelligence"})
# Descriptions written after an organisation's name, not part of it (منظمة X الإرهابية).
TRAILING_DESCRIPTORS = frozenset(
    ["ارهابيه", "ارهابي", "محظوره", "محظور", "متطرفه", "متطرف", "مسلحه"]
)
# Place kinds whose one-word names are safe without the CRF's agreement.
_WELL_KNOWN_PLACES = frozenset({"state", "capital", "territory", "government-seat"})
# Single-token KB forms that are usually another word: month names (آب is also Ibb).
_NOT_PLACES = frozenset(["اب", "ايار", "تموز", "نيسان", "اذار", "شباط", "حزيران", "ايلول"])
_WEAPON_CUES = frozenset(
    [
        "منظومه",
        "منظومات",
        "صواريخ",
        "صاروخ",
        "طاءره",
        "طاءرات",
        "مقاتلات",
        "مقاتله",
        "دبابات",
        "دبابه",
        "مروحيات",
        "مروحيه",
        "راجمات",
        "نظام",
        "انظمه",
        "غواصه",
        "غواصات",
        "فرقاطه",
        "مدرعات",
        "قاذفات",
        "قاذفه",
        "مسيره",
        "مسيرات",
        "درون",
    ]
)
_LAW_CUES = frozenset(["قانون", "اتفاقيه", "اتفاق", "معاهده", "ميثاق"])
_CLITICS = ("", "ال", "وال", "بال", "فال", "لل", "و", "ب", "ف", "وب", "ول")
# Every cue with the clitics ``bare_word`` strips, so a token is checked by one lookup.
_LAW_CUE_FORMS = frozenset(c + cue for cue in _LAW_CUES for c in _CLITICS)
_ROLE_MODIFIERS = frozenset(
    [
        "المنتخب",
        "السابق",
        "الاسبق",
        "الجديد",
        "الحالي",
        "المستقيل",
        "المكلف",
        "المقال",
        "الراحل",
        "المؤقت",
    ]
)
_QUOTES = frozenset('"«»“”')
# Words before a quoted title of a work or venue (``برنامج «...»``, ``ملعب "..."``): the
# title is an "other" name (ANERcorp MISC), not a person, place or organisation.
_TITLE_CUES = frozenset(
    [
        "برنامج",
        "برامج",
        "برنامجه",
        "برنامجها",
        "بعنوان",
        "عنوان",
        "فيلم",
        "مسلسل",
        "كتاب",
        "كتابه",
        "روايه",
        "اغنيه",
        "البوم",
        "مسرحيه",
        "قصيده",
        "استاد",
        "ملعب",
    ]
)
_OPENING = {"«": "»", "“": "”", '"': '"'}
_NORM, _TEXT, _KIND = attrgetter("norm"), attrgetter("text"), attrgetter("kind")
_NAME_KINDS = frozenset({"model", "latin"})  # token kinds a weapon's name can have
_TITLE_MAX = 8  # tokens inside the quotes


@dataclass(slots=True)
class Span:
    """A candidate entity mention over tokens ``[ts, te)``."""

    ts: int
    te: int
    type: str
    source: str  # kb, rule, crf
    start: int = 0  # character offsets, proclitics excluded
    end: int = 0
    form: str = ""  # surface with a swallowed letter restored
    entry_ids: list[str] = field(default_factory=list)
    role: str | None = None  # role code from a role phrase (GOV, GOVMIL ...)
    role_phrase: str | None = None
    state: str | None = None  # ISO3 of the state named by an adjective beside the role
    org: str | None = None  # KB id of the organisation a person speaks for or heads
    confidence: float = 1.0


def stem_start(tok: Token, known: bool = False) -> tuple[int, str]:
    """Offset and restored form of a token after its proclitics (``وللأمم`` -> ``الأمم``).
    A preposition is only cut before the article: in an unknown name the segmenter's
    ``ل`` + ``وري`` is more often the name ``لوري``. ``known``: the stem is a known word
    (``لوزارة`` -> ``وزارة``), so every proclitic is cut."""
    words = tok.words
    k = 0
    while k < len(words) - 1 and words[k].role == "proclitic":
        nxt = words[k + 1]
        if not known and words[k].text not in ("و", "ف") and not nxt.form.startswith("ال"):
            break
        k += 1
    if k == 0:
        return tok.start, tok.text
    w = words[k]
    rest = tok.text[w.start - tok.start :]
    form = w.form + rest[len(w.text) :] if w.form != w.text else rest
    return w.start, form


def span_text(doc: Document, ts: int, te: int, known: bool = False) -> tuple[int, int, str]:
    """Start (after proclitics), end and restored form of tokens ``[ts, te)``."""
    start, form = stem_start(doc.tokens[ts], known)
    end = doc.tokens[te - 1].end
    if te - ts > 1:
        first_end = doc.tokens[ts].end
        form = form + doc.text[first_end:end]
    return start, end, form


def kb_spans(
    doc: Document,
    kb: KB,
    matches: Sequence[KBMatch],
    crf_types: dict[int, str],
    triggers: Triggers | None = None,
    name_word: Callable[[int], bool] | None = None,
) -> tuple[list[Span], list[KBMatch]]:
    """Name matches as spans (typed by their first entry) and the actor-only matches
    (nationality adjectives, generic institutions). ``crf_types``: the type of the
    CRF name each token is part of; ``triggers``: the titles and role phrases before
    which an ambiguous form (``Entry.ambiguous_ar``) is a person's name;
    ``name_word(i)``: token ``i`` may be a person's given name (see ``_at_home``)."""
    spans: list[Span] = []
    actors: list[KBMatch] = []
    states_at = _state_positions(kb, matches)
    named = set(states_at)
    weak = None
    if any(m.weak for m in matches):
        weak = WeakContext(doc, kb, matches, crf_types, triggers)
    for m in matches:
        entries = [e for e in map(kb.get, m.entry_ids) if e is not None]
        if m.adjective or (entries and entries[0].kind in GENERIC_KINDS):
            actors.append(m)
            continue
        if not entries:
            continue
        if m.weak:  # an ambiguous form: its context alone decides
            if weak is None or not weak.named(m, entries[0]):
                continue
        elif _unlikely(doc, m, entries, crf_types, named, name_word) and not _city_of_named_state(
            doc, m, entries[0], states_at
        ):
            continue
        typ = entries[0].type
        if typ == "GPE" and entries[0].kind in NATURAL_PLACE_KINDS:
            typ = "LOC"
        spans.append(
            Span(m.token_start, m.token_end, typ, "kb", m.start, m.end, m.form, list(m.entry_ids))
        )
    return spans, actors


_TEAR_GAS = frozenset(["للدموع"])


def _state_positions(kb: KB, matches: Sequence[KBMatch]) -> dict[str, set[int]]:
    """The states the article names by a place, a nationality adjective or an
    institution, each with the tokens where it is named (a person's name is left out:
    it would vouch for its own surname)."""
    out: dict[str, set[int]] = {}
    for m in matches:
        e = kb.get(m.entry_ids[0]) if len(m.entry_ids) == 1 and not m.weak else None
        if e is not None and e.type != "PER" and e.country:
            out.setdefault(e.country, set()).add(m.token_start)
    return out


def _city_of_named_state(
    doc: Document, m: KBMatch, entry: Entry, states_at: dict[str, set[int]]
) -> bool:
    """A one-word city or province the CRF left unread is still the place when the
    article names its state elsewhere (الموصل beside شمال العراق or القوات العراقية),
    and it is written as the KB writes it (جده "his grandfather" is not جدة) with no
    ف or ك cut off (كسبته is no ك + سبتة)."""
    if entry.type != "GPE" or entry.kind not in ("city", "province") or not entry.country:
        return False
    tok = doc.tokens[m.token_start]
    cut = doc.text[tok.start : m.start]
    if "ف" in cut or "ك" in cut or doc.text[m.start : m.end] not in entry.names_ar:
        return False
    nxt = doc.tokens[m.token_end].norm if m.token_end < len(doc.tokens) else ""
    if nxt in _TEAR_GAS:
        return False  # القنابل المسيلة للدموع: tear gas, not M'Sila
    return bool(states_at.get(entry.country, set()) - {m.token_start})


def _in_office(entry: Entry, day: str | None) -> bool:
    """The person holds one of their KB roles on ``day`` (any, when undated)."""
    return any(
        (r.start is None or day is None or r.start <= day)
        and (r.end is None or day is None or day <= r.end)
        for r in entry.roles
    )


def _unlikely(
    doc: Document,
    m: KBMatch,
    entries: Sequence[Entry],
    crf_types: dict[int, str],
    named: set[str] = frozenset(),  # type: ignore[assignment]
    name_word: Callable[[int], bool] | None = None,
) -> bool:
    """A one-word match that is more often something else: a month name, a town whose
    name is also a word (``طراز``, ``السد``) that the CRF does not read as a name, or a
    person's bare surname (``صالح``) that neither the CRF reads as a name nor the
    article writes in full. A surname that is also a nationality adjective
    (``السوداني``) needs the full name in the article whatever the CRF says: before a
    name it is the adjective of a title (``الرئيس السوداني عمر ...``). A surname is also
    the person in an article that names their state (``named``) while they hold office
    (``رد فعل الأسد`` beside ``المجال الجوي السوري``; see ``_at_home``)."""
    if m.token_end - m.token_start > 1:
        return False
    entry = entries[0]
    norm = doc.tokens[m.token_start].norm
    if entry.type == "GPE" and bare_word(norm) in _NOT_PLACES:
        return True
    if entry.type in ("GPE", "LOC") and entry.kind not in _WELL_KNOWN_PLACES:
        # a treaty cue before it says it is a name (اتفاقية البصرة)
        after_cue = m.token_start > 0 and bare_word(doc.tokens[m.token_start - 1].norm) in _LAW_CUES
        return m.token_start not in crf_types and not after_cue
    if entry.type != "PER" or len(entry.names_ar[0].split()) == 1:
        return False
    adjective = any(e.type != "PER" for e in entries[1:])
    if crf_types.get(m.token_start) == "PER" and not adjective:
        return False
    if not adjective and name_word and _at_home(doc, m, entry, named, crf_types, name_word):
        return False
    return not any(f in doc.text for f in entry.names_ar if len(f.split()) > 1)


# Nouns before a surname form that make it the common word (``حصة الأسد`` "the lion's
# share", ``عرين الأسد`` "the lion's den", ``برج الأسد`` the sign Leo).
_IDIOM_HEADS = frozenset(["حصه", "عرين", "برج", "زءير", "شبل", "اشبال"])


def _at_home(
    doc: Document,
    m: KBMatch,
    entry: Entry,
    named: set[str],
    crf_types: dict[int, str],
    name_word: Callable[[int], bool],
) -> bool:
    """A bare family name with the article (``الأسد``, ``الهذلول``) the CRF leaves
    alone, in an article that names the person's state while they hold office: the
    person, unless a preposition is glued on, an idiom makes it the common word, a
    given name stands before it (``صبحية الأسد`` is someone else; ``name_word``), or
    another person in the article bears the name (``ماهر الأسد``). A surname without
    the article is left out: too often a word (``سلامة`` "safety", ``بري`` "by land")
    or a make (``أنطونوف``)."""
    i = m.token_start
    if entry.country not in named or crf_types.get(i) is not None:
        return False
    tok = doc.tokens[i]
    if not m.form.startswith("ال") or doc.text[tok.start : m.start].strip("وف"):
        return False
    if not _in_office(entry, doc.published):
        return False
    if i > 0 and (bare_word(doc.tokens[i - 1].norm) in _IDIOM_HEADS or name_word(i - 1)):
        return False
    surname = tok.norm[len(tok.norm) - len(m.form) :] if len(m.form) < len(tok.norm) else tok.norm
    others = (k for k, t in crf_types.items() if t == "PER")
    return not any(doc.tokens[k].norm.endswith(surname) for k in others)


# Words before a month name (normalised): a form that is also a month (``ماي``) after
# them, or beside a number (``15 ماي``, ``ماي 2018``), is the month, never a person.
_MONTH_CUES = frozenset(
    [
        "شهر",
        "منذ",
        "حتي",
        "خلال",
        "مطلع",
        "اواخر",
        "اواءل",
        "منتصف",
        "بدايه",
        "نهايه",
        "غضون",
        "في",
        "قبل",
        "بعد",
        "اول",
        "اخر",
        "غره",
        "يوم",
        "ايام",
    ]
)
# Words after which a bare state name that is also an adjective (``مالي``, "financial")
# is the state: prepositions (an adjective follows its noun, never a preposition) and
# nouns that take a state as their genitive (``شمال مالي``, ``حكومة مالي``).
_STATE_CUES = frozenset(
    [
        "في",
        "من",
        "الي",
        "علي",
        "عن",
        "مع",
        "بين",
        "داخل",
        "خارج",
        "نحو",
        "تجاه",
        "لدي",
        "عبر",
        "دوله",
        "جمهوريه",
        "حكومه",
        "عاصمه",
        "رءيس",
        "رءاسه",
        "جيش",
        "شعب",
        "حدود",
        "اراضي",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "شمالي",
        "جنوبي",
        "شرقي",
        "غربي",
        "وسط",
        "سفير",
        "سفاره",
    ]
)
_NUMBER_KINDS = frozenset({"number", "date"})


class WeakContext:
    """Whether an ambiguous KB form (``Entry.ambiguous_ar``: ``ماي`` the month, ``مالي``
    "financial") is a name where it stands. The CRF (which does not see these forms
    as gazetteer hits) reading it as a name of the entry's type is enough; else a cue:

    - a person: a title or role before it (``رئيسة الوزراء البريطانية ماي``; a role
      modifier or nationality adjective may stand between), a feminine perfect verb
      before it (``واستقبلت ماي``: a month is no verb's subject), or the full name
      elsewhere in the article; never beside a number or after a month's cue word
      (``منذ ماي``, ``15 ماي 2018``);
    - a state: a preposition glued on (``بمالي``) or written before it (``في مالي``), a
      noun taking a state as genitive (``شمال مالي``), or a state it is coordinated
      with (``النيجر ومالي``, ``مالي والنيجر``). An adjective follows its noun
      (``دعم مالي``), which none of these is; there the CRF's word is not enough."""

    def __init__(
        self,
        doc: Document,
        kb: KB,
        matches: Sequence[KBMatch],
        crf_types: dict[int, str],
        triggers: Triggers | None,
    ) -> None:
        self.doc, self.crf_types, self.triggers = doc, crf_types, triggers
        self.adjective_starts = {m.token_end: m.token_start for m in matches if m.adjective}
        states = [m for m in matches if not m.weak and not m.adjective and _is_state(kb, m)]
        self.state_ends = {m.token_end for m in states}
        self.state_starts = {m.token_start: m for m in states}

    def named(self, m: KBMatch, entry: Entry) -> bool:
        i = m.token_start
        crf = self.crf_types.get(i)
        if entry.type == "PER":
            return not self._month(i) and (crf == "PER" or self._person_cue(i, entry))
        if entry.type == "GPE":
            # after a plain indefinite word the adjective reading wins (``مبلغ مالي``)
            return self._state_cue(m) or (crf in ("GPE", "LOC") and not self._after_noun(i))
        return crf == entry.type

    def _prev(self, i: int) -> str | None:
        """The normalised word before token ``i`` in its sentence, without و/ف."""
        if i == 0:
            return None
        sent = self.doc.sentence_at(self.doc.tokens[i].start)
        if sent is not None and sent.token_start >= i:
            return None
        norm = self.doc.tokens[i - 1].norm
        return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm

    def _after_noun(self, i: int) -> bool:
        """The word before token ``i`` (in its sentence) is a plain Arabic word with no
        article and no glued preposition: the noun an adjective would follow."""
        prev = self._prev(i)
        if prev is None or self.doc.tokens[i - 1].kind != "word" or prev[:2] == "ال":
            return False
        return not _feminine_verb(prev)

    def _month(self, i: int) -> bool:
        toks = self.doc.tokens
        near = [toks[k].kind for k in (i - 1, i + 1) if 0 <= k < len(toks)]
        return not _NUMBER_KINDS.isdisjoint(near) or self._prev(i) in _MONTH_CUES

    def _person_cue(self, i: int, entry: Entry) -> bool:
        prev = self._prev(i)
        if prev is not None and (_feminine_verb(prev) or self._titled(i)):
            return True
        return any(f in self.doc.text for f in entry.names_ar if len(f.split()) > 1)

    def _titled(self, i: int) -> bool:
        """A person title or role phrase ends right before token ``i``, past role
        modifiers (``السابق``) and a nationality adjective (``البريطانية``)."""
        t = self.triggers
        if t is None:
            return False
        toks = self.doc.tokens
        while i > 0 and toks[i - 1].norm in _ROLE_MODIFIERS:
            i -= 1
        i = self.adjective_starts.get(i, i)
        if self._prev(i) in t.person:
            return True
        for n in range(min(t.max_role_words, i), 0, -1):
            if _role_phrase([toks[k].norm for k in range(i - n, i)], t):
                return True
        return False

    def _state_cue(self, m: KBMatch) -> bool:
        i = m.token_start
        glued = self.doc.text[self.doc.tokens[i].start : m.start]  # proclitics cut off
        if "ب" in glued or "ل" in glued:
            return True  # بمالي, لمالي: a preposition takes no adjective
        if self._prev(i) in _STATE_CUES:
            return True
        after = self.state_starts.get(m.token_end)
        and_after = after is not None and self.doc.tokens[after.token_start].norm[:1] == "و"
        return ("و" in glued and i in self.state_ends) or and_after


def _is_state(kb: KB, m: KBMatch) -> bool:
    e = kb.get(m.entry_ids[0]) if m.entry_ids else None
    return e is not None and e.kind == "state"


def _feminine_verb(norm: str) -> bool:
    """A word shaped like a feminine perfect verb (``قالت``, ``استقبلت``): ending in
    ``ت`` after at least three letters, with no article and no plural ``ات``. Nouns of
    that shape (``وقت``, ``بيت``) are short or take the article."""
    return len(norm) >= 4 and norm.endswith("ت") and not norm.endswith("ات") and norm[:2] != "ال"


def weapon_spans(doc: Document, taken: set[int]) -> list[Span]:
    """A model or Latin name right after a weapon cue word (``صواريخ إس-500``)."""
    out: list[Span] = []
    toks = doc.tokens
    # few tokens are models or Latin words: the rest are skipped by a C-level scan
    for i in list(compress(count(), map(_NAME_KINDS.__contains__, map(_KIND, toks)))):
        if i == 0 or i in taken:
            continue
        j = i - 2 if toks[i - 1].text in _QUOTES and i >= 2 else i - 1
        cue = toks[j].norm
        if bare_word(cue) in _WEAPON_CUES and (toks[i].kind == "model" or toks[i].text.isupper()):
            out.append(Span(i, i + 1, "WEAPON", "rule", toks[i].start, toks[i].end, toks[i].text))
    return out


def title_spans(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Token ranges of quoted titles after a title cue word (``بعنوان «...»``),
    quotes excluded."""
    out: list[tuple[int, int]] = []
    # only the tokens before an opening quote (few) are asked, found by a C-level scan
    for i in list(compress(count(), map(_OPENING.__contains__, map(_TEXT, toks[1:-1])))):
        close = _OPENING[toks[i + 1].text]
        cue = toks[i].norm  # bare_word would also cut the ب of برنامج and بعنوان
        if cue not in _TITLE_CUES and bare_word(cue) not in _TITLE_CUES:
            continue
        for k in range(i + 2, min(len(toks), i + 3 + _TITLE_MAX)):
            if toks[k].text == close:
                if k > i + 2:
                    out.append((i + 2, k))
                break
    return out


def bare_word(norm: str) -> str:
    """A cue word without its conjunction/preposition and article."""
    for pre in ("وال", "بال", "فال", "لل", "ال", "و", "ب"):
        if norm.startswith(pre) and len(norm) - len(pre) >= 3:
            return norm[len(pre) :]
    return norm


def law_spans(doc: Document, names: Sequence[Span], taken: set[int]) -> list[Span]:
    """A law/treaty cue word followed by a named span or a short quoted title."""
    by_start = {s.ts: s for s in names}
    out: list[Span] = []
    toks = doc.tokens
    cues = map(_LAW_CUE_FORMS.__contains__, map(_NORM, toks[:-1]))
    for i in list(compress(count(), cues)):  # few, found by a C-level scan
        if i in taken or bare_word(toks[i].norm) not in _LAW_CUES:
            continue
        end = _law_name_end(toks, i + 1, by_start)
        if end:
            start, stop, form = span_text(doc, i, end)
            out.append(Span(i, end, "LAW", "rule", start, stop, form))
    return out


def _law_name_end(toks: Sequence[Token], j: int, by_start: dict[int, Span]) -> int:
    nxt = by_start.get(j)
    if nxt is not None and nxt.type in ("GPE", "LOC", "PER", "ORG"):
        return nxt.te
    if toks[j].kind == "latin" and toks[j].text.isupper():
        return j + 1
    if toks[j].text in ("«", "“"):  # an opening quote: a quoted title follows
        for k in range(j + 1, min(len(toks), j + 9)):
            if toks[k].text in ("»", "”"):
                return k + 1 if k > j + 1 else 0
    return 0


# Prepositions (normalised) that name the state an envoy is posted to: السفير الأمريكي
# لدى اليمن, سفير فرنسا في لبنان, المبعوث الأممي إلى سوريا.
_POSTED_IN = frozenset(["لدي", "في", "الي"])


def role_before(
    doc: Document,
    ts: int,
    triggers: Triggers,
    adjectives: dict[int, KBMatch],
    states: dict[int, tuple[int, str]],
) -> tuple[str | None, str | None, str | None]:
    """Role code, role phrase and state entry id written just before token ``ts``:
    ``وزير الخارجية القطري X`` and ``وزير خارجية قطر X`` -> (GOV, phrase, gpe:QAT).
    ``states`` maps a state name's end token to its (start token, entry id)."""
    i = ts
    while i > 0 and doc.tokens[i - 1].norm in _ROLE_MODIFIERS:
        i -= 1
    if i in states and states[i][0] > 0 and doc.tokens[states[i][0] - 1].norm in _POSTED_IN:
        i = states[i][0] - 1  # السفير الأمريكي لدى اليمن X: the posting is no part of the title
    state_id: str | None = None
    adj = adjectives.get(i)
    if adj is not None and adj.entry_ids:
        state_id, i = adj.entry_ids[0], adj.token_start
    elif i in states:
        i, state_id = states[i]
    for n in range(min(triggers.max_role_words, i), 0, -1):
        words = [doc.tokens[k].norm for k in range(i - n, i)]
        found = _role_phrase(words, triggers)
        if found:
            return triggers.roles[found], found, state_id
    return None, None, state_id


# Words that make the organisation after them the one a following unknown person works
# for (normalised): المتحدث باسم / الناطق باسم, رئيس, مدير, قائد, عضو, محافظ.
_ORG_HEADS = frozenset(["باسم", "رءيس", "رءيسه", "مدير", "مديره", "قاءد", "عضو", "محافظ"])


def org_before(doc: Document, ts: int, orgs: dict[int, tuple[int, str]]) -> str | None:
    """KB id of the organisation a person at token ``ts`` speaks for or heads:
    ``المتحدث باسم وزارة الخارجية المصرية X``, ``رئيس حزب الوفد X``. ``orgs`` maps a
    linked organisation's end token to its (start token, entry id). Without such a
    head word an organisation before a name is a separate actor (``اتهم الجيش X``)."""
    i = ts
    while i > 0 and doc.tokens[i - 1].norm in _ROLE_MODIFIERS:
        i -= 1
    entry_id: str | None
    if i in orgs:
        start, entry_id = orgs[i]
    elif i >= 2:
        # محافظ الصندوق X، المتحدث باسم الوزارة X: the body's head noun alone refers
        # back to the last organisation named with it
        start, entry_id = i - 1, _named_with(doc, i - 1, orgs)
    else:
        return None
    if start == 0 or entry_id is None:
        return None
    head = doc.tokens[start - 1].norm
    return entry_id if head in _ORG_HEADS or head.lstrip("وف") in _ORG_HEADS else None


def _named_with(doc: Document, k: int, orgs: dict[int, tuple[int, str]]) -> str | None:
    """KB id of the last organisation before token ``k`` whose name opens with the word
    ``k`` spells without its article (``الصندوق`` -> ``صندوق الاستثمارات العامة``)."""
    word = doc.tokens[k].norm
    if not word.startswith("ال") or len(word) < 5:
        return None
    bare = word[2:]
    found = None
    for end, (start, entry_id) in sorted(orgs.items()):
        first = doc.tokens[start].norm
        if end <= k and (first in (bare, word) or first[1:] in (bare, word)):
            found = entry_id  # وزارة, or with a glued و/ب/ل (بوزارة)
    return found


def _role_phrase(words: list[str], triggers: Triggers) -> str | None:
    """The role phrase ``words`` spell, allowing a glued conjunction (``ووزير``) and the
    construct state before a country (``وزير خارجية`` for ``وزير الخارجية``)."""
    firsts = [words[0]]
    if words[0][:1] in ("و", "ف"):
        firsts.append(words[0][1:])
    for first in firsts:
        for rest in (words[1:], ["ال" + w for w in words[1:]]):
            phrase = " ".join([first, *rest])
            if phrase in triggers.roles:
                return phrase
    return None


# Common nouns for a kind of state (normalised): written alone, they refer back to a
# state named in the article (``المملكة``), whichever kingdom that is.
_STATE_NOUNS = frozenset(["المملكه", "الجمهوريه", "السلطنه", "الاماره"])


def state_heads(kb: KB) -> dict[str, list[str]]:
    """A one-word state form that is a common noun and opens other states' names
    (``المملكة``: Saudi Arabia, and the first word of ``المملكة المتحدة``, ``المملكة
    الأردنية الهاشمية``) -> the states it may stand for, its own state first."""
    own: dict[str, str] = {}
    for e in kb.entries:
        if e.kind == "state":
            for form in e.names_ar:
                words = normalize(form, kb.opts).split()
                if len(words) == 1 and words[0] in _STATE_NOUNS:
                    own.setdefault(words[0], e.id)
    out: dict[str, list[str]] = {}
    for e in kb.entries:
        if e.kind != "state":
            continue
        for form in e.names_ar:
            first = normalize(form, kb.opts).split()[0]
            ids = out.setdefault(first, [own[first]]) if first in own else None
            if ids is not None and e.id not in ids:
                ids.append(e.id)
    return {k: v for k, v in out.items() if len(v) > 1}


def title_before_person(doc: Document, spans: list[Span], titles: frozenset[str]) -> None:
    """A person span of three words or more that ends in a definite title right before
    another person (``X Y القاضي`` + ``كافانو``): the title is the next person's, not
    the first one's surname, so it is cut off."""
    starts = {s.ts for s in spans if s.type == "PER"}
    for s in spans:
        last = doc.tokens[s.te - 1].norm
        if s.type != "PER" or s.te - s.ts < 3 or s.te not in starts:
            continue
        if last.startswith("ال") and last in titles:
            s.te -= 1
            s.start, s.end, s.form = span_text(doc, s.ts, s.te)
            s.entry_ids = []


def cut_role_tails(
    doc: Document,
    spans: list[Span],
    roles: dict[str, str],
    lone_adjective: Callable[[int], bool],
    lookup: Callable[[str], list[str]],
) -> list[Span]:
    """An unlinked person span that holds the last words of a role phrase (``ولي`` +
    ``العهد السعودي``: the crown prince's title, not a man named العهد; ``الفريق`` +
    ``أول`` X; ``العماد`` X) loses those words and the nationality adjectives after
    them, and is linked again by its new form (``lookup``: KB ids of a whole person
    form); it is dropped when nothing or only an adjective remains.
    ``lone_adjective(i)``: token ``i`` is a state adjective."""
    out = []
    norms: list[str] = []
    for s in spans:
        if s.type == "PER" and not s.entry_ids:
            norms = norms or [t.norm for t in doc.tokens]
            cut = _role_tail(norms, s, roles)
            if cut > s.ts:
                s.ts = cut
                s.start, s.end, s.form = span_text(doc, s.ts, s.te)
                s.entry_ids = lookup(s.form)
                if s.entry_ids:  # العقيد الركن تركي المالكي: a name may open like an adjective
                    out.append(s)
                    continue
                while s.te - s.ts > 1 and lone_adjective(s.ts):
                    s.ts += 1  # ولي العهد السعودي #الأمير_محمد_بن_سلمان: the title's adjective
                if s.ts >= s.te or (s.te - s.ts == 1 and lone_adjective(s.ts)):
                    continue
                s.start, s.end, s.form = span_text(doc, s.ts, s.te)
                s.entry_ids = lookup(s.form)
        out.append(s)
    return out


ROLE_REACH = 3  # words of a role phrase that may stand before a person span


def _clitic_lengths(word: str) -> tuple[int, ...]:
    """How many letters may be proclitics before a role word: none, و/ف, ل/ب, or a
    conjunction and a preposition (``لولي العهد``, ``وبوزير``)."""
    if word[:2] in ("ول", "وب", "فل", "فب"):
        return (0, 1, 2)
    return (0, 1) if word[:1] in ("و", "ف", "ل", "ب") else (0,)


def _role_tail(norms: list[str], s: Span, roles: dict[str, str]) -> int:
    """The first token of ``s`` after the longest role phrase that runs into it, begun
    before it or at its start (``الفريق`` + ``أول ركن`` X): ``s.ts`` when there is none."""
    cut = s.ts
    for j in range(max(0, s.ts - ROLE_REACH), s.ts + 1):
        if j == s.ts and not norms[j].startswith("ال"):
            break  # أمير كرارة: an indefinite title word opening a name is a given name
        for k in range(s.ts, min(s.te, j + ROLE_REACH + 1)):
            phrase = " ".join(norms[j : k + 1])
            if any(phrase[n:] in roles for n in _clitic_lengths(phrase)):
                cut = max(cut, k + 1)
    return cut


def yield_to_crf(
    kb: KB,
    primary: list[Span],
    crf: list[Span],
    definite: frozenset[int] = frozenset(),
    given: frozenset[int] = frozenset(),
    doc: Document | None = None,
) -> list[Span]:
    """Drop KB matches the CRF reads better: a city the CRF reads as an organisation
    (a club: ``برشلونة``), and a name that ends a longer CRF person or organisation
    (``عبدالله صالح`` is not the KB's bare ``صالح``; ``الجمعية العامة للأمم المتحدة``
    is not the UN). Names grow leftwards, so a CRF span that only adds words after a
    KB name (``نتنياهو الرأي``) does not win, unless the next word is indefinite: a
    KB given or short name followed by a patronymic or surname (``سعيد`` + ``أحمد``,
    ``... بن راشد`` + ``آل مكتوم``) is part of a longer person. ``definite``: tokens
    whose stem carries the article; ``given``: tokens that are a given name (the
    first word of some KB person's name): a one-word KB surname there followed by the
    CRF's surname is another person's first name (``مشعل`` of ``مشعل السلمي`` is not
    Khaled Meshaal), whatever the next word. A KB person of two words or more that the
    CRF runs on by a family name (``محمد بن سلمان`` + ``آل سعود``) is the
    same person: the KB span takes the family name (needs ``doc``)."""
    orgs = {i for s in crf if s.type == "ORG" for i in range(s.ts, s.te)}
    starts = {(c.te, c.type): c.ts for c in crf if c.type in ("PER", "ORG")}
    persons = [(c.ts, c.te) for c in crf if c.type == "PER"]
    known = {i for s in primary for i in range(s.ts, s.te)}  # another name follows: not grown
    typed = {i: s.type for s in primary for i in range(s.ts, s.te)}
    out = []
    for s in primary:
        entry = kb.get(s.entry_ids[0]) if s.entry_ids else None
        city = entry is not None and entry.type == "GPE" and entry.kind != "state"
        if city and orgs.intersection(range(s.ts, s.te)):
            continue
        start = starts.get((s.te, s.type), s.ts)
        # the CRF's extra words on the left are a KB name of another type
        # (``#المفوضية_الأوروبية جان كلود يونكر`` read as one person): two names, kept
        other = all(typed.get(i, s.type) != s.type for i in range(start, s.ts))
        if start < s.ts and not other:
            continue
        first_name = s.te - s.ts == 1 and s.ts in given
        free = s.te not in definite or first_name
        grown = free and s.te not in known and _grown_right(s, persons)
        if s.type == "PER" and grown:
            if doc is None or not _family_name_after(doc, s, persons, entry, kb):
                continue
            s.te += 2
            s.start, s.end, s.form = span_text(doc, s.ts, s.te)
        out.append(s)
    return out


def _family_name_after(
    doc: Document, s: Span, persons: list[tuple[int, int]], entry: Entry | None, kb: KB
) -> bool:
    """``آل X`` right after a linked KB person of two words or more, inside a CRF
    person that starts where ``s`` does, and X the family the KB writes for that
    person if it writes one (``حمدان بن محمد`` + ``آل نهيان`` is not Hamdan Al Maktoum)."""
    toks = doc.tokens
    if entry is None or s.te - s.ts < 2 or s.te + 1 >= len(toks) or toks[s.te].text != "آل":
        return False
    if not any(a == s.ts and b >= s.te + 2 for a, b in persons):
        return False
    families = {
        normalize(words[i + 1], kb.opts)
        for form in entry.names_ar
        for words in [form.split()]
        for i in range(len(words) - 1)
        if words[i] == "آل"
    }
    return not families or toks[s.te + 1].norm in families


def _grown_right(s: Span, persons: list[tuple[int, int]]) -> bool:
    """A CRF person span holds ``s`` and goes on past its end."""
    return any(ts <= s.ts and te > s.te for ts, te in persons)


_PATRONYMIC = frozenset(["بن", "بنت", "ابن"])


def join_patronymics(doc: Document, spans: list[Span]) -> list[Span]:
    """A person span ending in ``بن``/``بنت`` and the person span right after it are
    one name (``أحمد بن`` + ``محمد بن راشد``: the son, not the father, so unlinked)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: s.ts):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == s.type == "PER"
            and prev.te == s.ts
            and doc.tokens[prev.te - 1].norm in _PATRONYMIC
        ):
            start, end, form = span_text(doc, prev.ts, s.te)
            conf = min(prev.confidence, s.confidence)
            out[-1] = Span(prev.ts, s.te, "PER", "rule", start, end, form, confidence=conf)
        else:
            out.append(s)
    return out


def join_hyphenated(doc: Document, spans: list[Span]) -> list[Span]:
    """An unlinked person written with a hyphen inside (``تشونغ إيوي-يونغ``, ``سون
    هيونغ-مين``) is one name: the span takes the hyphen and the word after it, and a
    person span that starts there. Not where the word after is a linked name (قمة
    ترامب-كيم joins two people), nor across white space (a dash between clauses)."""
    toks = doc.tokens
    by_start = {s.ts: s for s in spans}
    linked = {i for s in spans if s.entry_ids for i in range(s.ts, s.te)}
    gone: set[int] = set()
    for s in sorted(spans, key=lambda s: s.ts):
        if id(s) in gone or s.type != "PER" or s.entry_ids:
            continue
        while _hyphen_word_after(toks, s.te) and s.te + 1 not in linked:
            nxt = by_start.get(s.te + 1)
            if nxt is not None and (nxt.type != "PER" or nxt.entry_ids):
                break
            end = nxt.te if nxt is not None else s.te + 2
            if nxt is not None:
                gone.add(id(nxt))
                s.confidence = min(s.confidence, nxt.confidence)
            s.te = end
            s.start, s.end, s.form = span_text(doc, s.ts, s.te)
    return [s for s in spans if id(s) not in gone]


def _hyphen_word_after(toks: Sequence[Token], i: int) -> bool:
    """Token ``i`` is a hyphen touching a word before it and a word after it."""
    if i + 1 >= len(toks) or toks[i].text != "-":
        return False
    before, after = toks[i - 1], toks[i + 1]
    return (
        before.end == toks[i].start
        and toks[i].end == after.start
        and after.kind == "word"
        and not any(c.isdigit() for c in after.text)
    )


def whole_initials(doc: Document, spans: list[Span]) -> None:
    """An unlinked span over part of a name spelt in dotted Latin initials (``زد`` of
    ``زد.دي.إف``, ``إيه.بي`` of ``إيه.بي.تي28``) takes the whole run, with a number
    written onto its last letter."""
    toks = doc.tokens
    for s in spans:
        if s.entry_ids or not all(_initial_or_dot(t) for t in toks[s.ts : s.te]):
            continue
        ts, te = s.ts, s.te
        while ts >= 2 and _glued(toks, ts - 2, ts) and toks[ts - 1].text == ".":
            ts -= 2
        while te + 1 < len(toks) and toks[te].text == "." and _glued(toks, te - 1, te + 1):
            te += 2
        if te < len(toks) and toks[te].kind == "number" and toks[te - 1].end == toks[te].start:
            te += 1
        if (ts, te) != (s.ts, s.te):
            s.ts, s.te = ts, te
            s.start, s.end, s.form = span_text(doc, ts, te)


def _initial_or_dot(tok: Token) -> bool:
    return tok.text == "." or tok.text in AR_INITIALS


def _glued(toks: Sequence[Token], i: int, j: int) -> bool:
    """Tokens ``i`` and ``j`` are initials joined by the one dot between them, with no
    space on either side."""
    a, dot, b = toks[i], toks[i + 1], toks[j]
    return (
        a.text in AR_INITIALS
        and b.text in AR_INITIALS
        and a.end == dot.start
        and dot.end == b.start
    )


# Particles inside European names (جان مارك دو لا X, رود فان X, فون X): never a name's
# last word, so a person ending in one runs on to the word after them.
_NAME_PARTICLES = frozenset({"دو", "دي", "دا", "لا", "لو", "فان", "فون", "دير", "ديل", "دل"})


# Arabic name words that always take the word after them, as written (آبي of شينزو آبي
# is no أبي): an unlinked person span ending in one (بهاء أبو) runs on (بهاء أبو شقة)
_KIN_WORDS = frozenset({"أبو", "ابو", "أبي", "ابي", "أبا", "ابا", "عبد", "آل"})
_NEVER_ALONE = frozenset({"أبو", "ابو", "عبد", "آل"})


def run_on_particles(doc: Document, spans: list[Span], common: Callable[[int], bool]) -> None:
    """A person span ending in name particles (``جان مارك دو``) takes them and the one
    free word after them, in its sentence (``جان مارك دو لا سابليير``), unless that
    word is a common one (``common(i)``: ``وانغ دي أن``, where دي ends the name)."""
    taken = {i for s in spans for i in range(s.ts, s.te)}
    toks = doc.tokens
    for s in spans:
        last = toks[s.te - 1].norm
        kin = toks[s.te - 1].text in _KIN_WORDS and not s.entry_ids
        # alone, أبي is also a name (Abiy Ahmed: قال أبي): only words never a name alone
        kin = kin and (s.te - s.ts >= 2 or toks[s.ts].text in _NEVER_ALONE)
        if s.type != "PER" or not (kin or (s.te - s.ts >= 2 and last in _NAME_PARTICLES)):
            continue
        j = s.te
        while j < len(toks) and toks[j].norm in _NAME_PARTICLES and j not in taken:
            j += 1
        sent = doc.sentence_at(toks[s.ts].start)
        if j >= len(toks) or j in taken or toks[j].kind != "word":
            continue
        if not kin and common(j):
            continue  # أبو شقة، عبد الحميد: after a kin word any word is the name's
        if sent is not None and j >= sent.token_end:
            continue
        s.te = j + 1
        s.start, s.end, s.form = span_text(doc, s.ts, s.te)
        taken.update(range(s.ts, s.te))


def merge(primary: list[Span], crf: list[Span]) -> list[Span]:
    """Primary (KB, rule) spans, longest first, then CRF spans over free tokens."""
    chosen: list[Span] = []
    used: set[int] = set()
    for s in sorted(primary, key=lambda s: (-(s.te - s.ts), s.ts)):
        if not used.intersection(range(s.ts, s.te)):
            chosen.append(s)
            used.update(range(s.ts, s.te))
    for s in crf:
        if not used.intersection(range(s.ts, s.te)):
            chosen.append(s)
            used.update(range(s.ts, s.te))
    return sorted(chosen, key=lambda s: s.ts)


def _name_keys(
    spans: list[Span], stems: list[str], skip: Callable[[str], bool]
) -> dict[tuple[str, ...], Span]:
    """Each confident name's stems -> its first span, and a person's surname alone."""
    keys: dict[tuple[str, ...], Span] = {}
    for s in spans:
        if s.type not in ("PER", "ORG", "GPE", "LOC") or s.confidence < 0.5:
            continue
        key = tuple(stems[s.ts : s.te])
        keys.setdefault(key, s)
        if s.type == "PER" and s.te - s.ts > 1 and len(key[-1]) >= 4 and not skip(key[-1]):
            keys.setdefault(key[-1:], s)
    return keys


def propagate(
    doc: Document,
    spans: list[Span],
    stems: list[str],
    skip: Callable[[str], bool],
    bodies: frozenset[int] = frozenset(),
    adjectives: frozenset[int] = frozenset(),
) -> list[Span]:
    """Label other occurrences of names found once in the article (one reading per
    article), and a person's surname written alone (``العتيبي`` after ``كريم العتيبي``).
    ``stems``: each token's stem (clitics removed); ``skip``: words never a name alone;
    ``bodies``: tokens of institutions the KB reads as actors (``الحكومة السعودية``),
    whose adjective is no mention of the state named elsewhere; ``adjectives``: tokens
    the KB reads as nationality adjectives, never a one-word name's other mention
    (``الرئيس السوداني`` is no mention of a person ``السوداني`` tagged elsewhere)."""
    keys = _name_keys(spans, stems, skip)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(keys, key=len, reverse=True):
        if len(key) > 1 or not skip(key[0]):
            by_first.setdefault(key[0], []).append(key)
    used = {i for s in spans for i in range(s.ts, s.te)} | bodies
    out: list[Span] = []
    free_from = 0  # tokens before this are inside a name just labelled
    for i in [i for i, st in enumerate(stems) if st in by_first]:
        if i < free_from:
            continue
        hit = next((k for k in by_first[stems[i]] if tuple(stems[i : i + len(k)]) == k), None)
        if hit is None or used.intersection(range(i, i + len(hit))):
            continue
        if len(hit) == 1 and (skip(doc.tokens[i].norm) or i in adjectives):
            continue  # لصالح ("in favour of") is no mention of a صالح named elsewhere
        src = keys[hit]
        start, end, form = span_text(doc, i, i + len(hit))
        ids = src.entry_ids if len(hit) == src.te - src.ts else []
        out.append(
            Span(
                i,
                i + len(hit),
                src.type,
                "prop",
                start,
                end,
                form,
                list(ids),
                confidence=src.confidence * 0.9,
            )
        )
        free_from = i + len(hit)
    return out


# KB kinds named without their state (the state is the article's) and the first words
# of those names (normalised).
_BARE_KINDS = frozenset({"ministry", "central-bank"})
_BARE_HEADS = frozenset({"وزاره", "البنك", "المصرف"})


def bare_institutions(kb: KB) -> dict[tuple[str, str], dict[str, str]]:
    """Ministries and central banks by their bare name (``وزارة الخارجية``, ``البنك
    المركزي``) -> {state ISO3: entry id}, read from KB forms that add a nationality
    (``وزارة الخارجية المصرية``)."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    for e in kb.entries:
        if e.kind not in _BARE_KINDS or not e.country:
            continue
        for form in e.names_ar:
            words = normalize(form, kb.opts).split()
            if len(words) >= 3 and words[0] in _BARE_HEADS and words[1].startswith("ال"):
                out.setdefault((words[0], words[1]), {}).setdefault(e.country, e.id)
    return out


def bare_institution_spans(
    doc: Document,
    stems: list[str],
    index: dict[tuple[str, str], dict[str, str]],
    taken: set[int],
    country_at: Callable[[int], str | None],
) -> list[Span]:
    """A ministry or central bank named without its state (``وزارة الخارجية``), linked
    to the state the sentence or the article is about (``country_at(token)``); unlinked
    when none is."""
    out: list[Span] = []
    firsts = {first for first, _ in index}
    for i in [i for i, st in enumerate(stems[:-1]) if st in firsts]:
        states = index.get((stems[i], doc.tokens[i + 1].norm))
        if states is None or i in taken or i + 1 in taken:
            continue
        country = country_at(i)
        ids = [states[country]] if country in states else []
        start, end, form = span_text(doc, i, i + 2, known=True)
        out.append(Span(i, i + 2, "ORG", "rule", start, end, form, ids, confidence=0.7))
    return out
