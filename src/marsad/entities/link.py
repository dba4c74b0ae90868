"""Linking and coreference: merged spans -> ``Entity`` rows with KB ids and actor codes.

A mention links to a KB entry (a capital or seat of government to the state it
stands for) or to a document-local entity. Short forms join the full name written
elsewhere in the article (``أكار`` -> ``خلوصي أكار``); an unknown person introduced
by a role and a nationality (``وزير الخارجية القطري X``) gets the state and role
code (``QATGOV``). Role references (``الوزير``) are not mentions; ``resolve_reference``
finds the person they point to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.doc import STATE_META, Document, Entity, Mention
from marsad.entities.rules import Span
from marsad.kb.loader import KB
from marsad.kb.model import Entry
from marsad.text.normalize import normalize

METONYM_KINDS = frozenset({"capital", "government-seat"})
ROLE_META = "entity_roles"  # doc.meta key: entity id -> role phrase that introduced it


@dataclass(slots=True)
class Cluster:
    type: str
    spans: list[Span] = field(default_factory=list)
    entry: Entry | None = None
    keys: list[tuple[str, ...]] = field(default_factory=list)  # normalised token sequences


_DIACRITIC = re.compile("[\u064b-\u0652]")  # tanwin, harakat, shadda, sukun


def choose_entry(
    kb: KB, ids: Sequence[str], countries: set[str], day: str | None, surface: str = ""
) -> Entry | None:
    """The entry an ambiguous form stands for here: one that lists the surface with
    its diacritics (عمّان is Amman, عُمان Oman), then one of a country the article
    names, then one holding a role on the article's date, then the first listed."""
    entries = [e for e in map(kb.get, ids) if e is not None]
    if len(entries) <= 1:
        return entries[0] if entries else None
    # a written vowel or shadda tells homographs apart; most names are written bare
    marked = surface if _DIACRITIC.search(surface) else ""

    def score(e: Entry) -> tuple[int, int, int]:
        active = any(
            (r.start is None or day is None or r.start <= day)
            and (r.end is None or day is None or day <= r.end)
            for r in e.roles
        )
        spelled = bool(marked) and any(marked.endswith(f) for f in e.names_ar)
        return (int(spelled), int(e.country in countries), int(active))

    return max(entries, key=score)


def resolve_metonym(kb: KB, entry: Entry) -> Entry:
    """A capital or seat of government used for its state (``أنقرة`` -> Turkey)."""
    if entry.refers_to and entry.kind in METONYM_KINDS:
        target = kb.get(entry.refers_to)
        if target is not None:
            return target
    return entry


def _key(doc: Document, s: Span) -> tuple[str, ...]:
    """Normalised tokens of a span, the first without its proclitics."""
    toks = doc.tokens[s.ts : s.te]
    first = toks[0]
    cut = len(first.norm) - (first.end - s.start) if s.start > first.start else 0
    return (first.norm[max(cut, 0) :], *(t.norm for t in toks[1:]))


def _social_ids(kb: KB, s: Span) -> list[str]:
    """KB ids of a name written with social-media marks (``دونالد #ترمب``,
    ``حزب_الشعوب``), read without them; only a match of the whole name counts."""
    if "#" not in s.form and "_" not in s.form:
        return []
    clean = " ".join(s.form.replace("#", " ").replace("_", " ").split())
    ids = whole_form_ids(kb, clean, s.type)
    if ids or s.type != "PER":
        return ids
    return _titled_tag_ids(kb, clean.split())


# role nouns after a name in a hashtag (#محمد_السادس_ملك_المغرب) that are no part of it
_ROLE_AFTER = frozenset({"ملك", "ملكه", "ولي", "رئيس", "امير", "وزير", "امين", "زعيم", "قائد"})


def _titled_tag_ids(kb: KB, words: list[str]) -> list[str]:
    """The KB person a hashtag names after its titles and adjectives (``#الأمير_محمد_بن_
    سلمان``, ``#الرئيس_الفلسطيني #محمود_عباس``: the definite words before the name) or
    before a role noun (``ملك المغرب``); a word such as ``الابن`` after it keeps the
    whole unlinked (Donald Trump Jr. is not Donald Trump)."""
    n = len(words)
    for k in range(n - 1):
        if k and not words[k - 1].startswith("ال"):
            break
        roles = [e for e in range(n - 1, k + 1, -1) if normalize(words[e], kb.opts) in _ROLE_AFTER]
        ends = [n, *roles]
        for end in ends if k else ends[1:]:
            ids = whole_form_ids(kb, " ".join(words[k:end]), "PER")
            if ids:
                return ids
    return []


# nouns before a place name that make it part of another body's or place's name
_PLACE_HEADS = frozenset({"جامعه", "مدينه", "بلديه", "ميناء", "مطار", "معهد", "محافظه", "ولايه"})


def _club_ids(doc: Document, kb: KB, s: Span, key: tuple[str, ...]) -> list[str]:
    """The club a place read as a club stands for (``ليفربول`` in a match report, also
    with a glued proclitic, ``لليفربول``): the one club the KB names as that place + a
    nationality adjective; none where two are."""
    if s.type != "ORG" or (s.ts > 0 and doc.tokens[s.ts - 1].norm in _PLACE_HEADS):
        return []  # جامعة برشلونة: a university cut short, not the club
    first, rest = key[0], key[1:]
    for cut in (0, 1, 2):
        if cut and (len(first) - cut < 3 or any(c not in "وفبل" for c in first[:cut])):
            break
        ids = kb.clubs_of_place(" ".join((first[cut:], *rest)))
        if ids:
            return ids if len(ids) == 1 else []
    return []


def whole_form_ids(kb: KB, form: str, typ: str) -> list[str]:
    """KB ids of entries of type ``typ`` whose whole name is ``form`` (a KB match of
    part of it does not count)."""
    found = kb.match_text(form)
    if len(found) != 1 or found[0].form != form:
        return []
    return [i for i in found[0].entry_ids if (e := kb.get(i)) and e.type == typ]


def _is_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` is a proper final (surname) or initial part of ``full``; not a
    father's or family name after بن/آل (حمد of خليفة بن حمد, الشيخ of تركي آل الشيخ)
    or an ordinal (الثاني)."""
    n = len(short)
    if n >= len(full):
        return False
    if n >= 2 and full[:n] == short:
        return True
    return full[-n:] == short and full[-n - 1] not in _NASAB and short[0] not in _ORDINALS


# States whose people are named family name first: ``كيم`` alone is Kim Jong-un
# after ``كيم جونغ أون``, as ``مون`` is Moon Jae-in and ``شي`` Xi Jinping.
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN"})


def _family_name_of(key: tuple[str, ...], c: Cluster) -> bool:
    """``key`` is one word that opens a KB person's name from a family-name-first
    state already named in full in the document."""
    if len(key) != 1 or c.entry is None or c.entry.country not in FAMILY_NAME_FIRST:
        return False
    return any(len(k) > 1 and k[0] == key[0] for k in c.keys)


def cluster(doc: Document, kb: KB, spans: Sequence[Span], countries: set[str]) -> list[Cluster]:
    """Group spans: by KB entry, then short forms into full names, then by form."""
    by_entry: dict[str, Cluster] = {}
    local: list[Cluster] = []
    for s in sorted(spans, key=lambda s: -(s.te - s.ts)):
        key = _key(doc, s)
        ids = s.entry_ids or _social_ids(kb, s) or _club_ids(doc, kb, s, key)
        entry = choose_entry(kb, ids, countries, doc.published, s.form) if ids else None
        named = _named_in_full(kb, by_entry, local, key, entry) if s.type == "PER" else None
        if named is None and entry is None and s.type == "ORG":
            named = _headed_by(by_entry, key)
        if named is None and entry is None and s.type in ("ORG", "PER"):
            named = _name_after_head(by_entry, key)
        if named is None and entry is None and s.type == "ORG":
            named = _short_name_of(by_entry, key)
        if named is not None:
            c = named
        elif entry is not None:
            c = by_entry.setdefault(entry.id, Cluster(s.type, entry=entry))
        else:
            c = _local_cluster(by_entry, local, s.type, key)
        c.spans.append(s)
        c.keys.append(key)
    out = [*by_entry.values(), *local]
    out.sort(key=lambda c: min(s.start for s in c.spans))
    return out


def _headed_by(by_entry: dict[str, Cluster], key: tuple[str, ...]) -> Cluster | None:
    """The one linked body whose name opens with the word a one-word body mention
    spells with the article (``الريال``, ``للريال`` after ``ريال مدريد``; ``الاتحاد`` after
    ``اتحاد جدة``): the short name of that body in this document."""
    if len(key) != 1:
        return None
    word = key[0]
    bare = word[2:] if word.startswith("ال") else word[1:] if word.startswith("ل") else ""
    if len(bare) < 3:
        return None
    found = [
        c
        for c in by_entry.values()
        if c.type == "ORG" and any(len(k) > 1 and k[0] == bare for k in c.keys)
    ]
    return found[0] if len(found) == 1 else None


# Generic heads of a body's name (normalised): ``منظمة إيتا``, ``حركة فتح``, ``شركة
# أرامكو``; the word after one is the body's own name, used alone later in the text.
_BODY_HEADS = frozenset(
    {"منظمه", "حركه", "حزب", "جماعه", "تنظيم", "جبهه", "مجموعه", "ميليشيا", "شركه"}
)


def _name_after_head(by_entry: dict[str, Cluster], key: tuple[str, ...]) -> Cluster | None:
    """The one linked body named here as a generic head and one word (``منظمة إيتا``)
    whose word a one-word unlinked mention is (``إيتا``, tagged ORG or PER): that body.
    Not a definite word, which is a common noun alone."""
    if len(key) != 1 or len(key[0]) < 3 or key[0].startswith("ال"):
        return None  # الله of حزب الله, العمال of حزب العمال: ordinary words alone
    found = [
        c
        for c in by_entry.values()
        if c.type == "ORG"
        and any(len(k) == 2 and k[0] in _BODY_HEADS and k[1] == key[0] for k in c.keys)
    ]
    return found[0] if len(found) == 1 else None


def _short_name_of(by_entry: dict[str, Cluster], key: tuple[str, ...]) -> Cluster | None:
    """The one linked body whose two- or three-word name opens or ends with the word a
    one-word unlinked body mention is (``سيتي``, ``يونايتد`` after ``مانشستر سيتي``):
    its short name here. Not a definite word (الأمن of مجلس الأمن is security alone)
    nor a generic head (حزب)."""
    if len(key) != 1 or len(key[0]) < 3 or key[0].startswith("ال") or key[0] in _BODY_HEADS:
        return None
    word = key[0]
    found = [
        c
        for c in by_entry.values()
        if c.type == "ORG" and any(1 < len(k) <= 3 and word in (k[0], k[-1]) for k in c.keys)
    ]
    return found[0] if len(found) == 1 else None


def _named_in_full(
    kb: KB,
    by_entry: dict[str, Cluster],
    local: list[Cluster],
    key: tuple[str, ...],
    entry: Entry | None,
) -> Cluster | None:
    """The person named in full earlier in the sort (longest spans first) whose
    surname ``key`` is, when the KB's own reading of the surname is nobody named in
    full here: غراندي after أريانا غراندي is she, not the KB's فيليبو غراندي. Not
    where that full name spells the KB person's own given name another way (ستيف
    منوتشين), nor a father's or family name after بن/آل, nor a family name that comes
    first (كيم)."""
    if len(key) != 1 or (entry is not None and entry.id in by_entry) or key[0] in _ORDINALS:
        return None  # الثاني (the second) is no one's surname
    if entry is not None and entry.country in FAMILY_NAME_FIRST:
        return None
    if any(_family_name_of(key, c) for c in by_entry.values()):
        return None  # كيم after كيم جونغ أون
    given = _given_names(kb, entry) if entry is not None else set()
    found = None
    for c in [*by_entry.values(), *local]:
        if c.type != "PER":
            continue
        for k in c.keys:
            if k[-1] in _SENIORITY:
                k = k[:-1]  # جورج بوش الأب: the surname before Sr./Jr.
            if len(k) < 2 or k[-1] != key[0] or k[-2] in _NASAB:
                continue
            if any(w[:2] in given for w in k[:-1]):
                return None  # the KB person, spelled otherwise
            if found is not None and found is not c:
                return None  # two people of that surname: the KB decides
            found = c
    return found


_SENIORITY = frozenset({"الاب", "الابن"})  # folded الأب، الابن after a name
_ORDINALS = frozenset(
    {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"}
)
# the words before a last name that make it a father's or family name
_NASAB = frozenset({"بن", "ابن", "بنت", "ال", "آل", "ابو", "ابا", "ابي", "أبو", "أبا", "أبي"})


def _given_names(kb: KB, entry: Entry) -> set[str]:
    """The first two letters of each given name (the first word of a form of two
    words or more) the KB spells a person with, normalised."""
    out = set()
    for form in entry.names_ar:
        words = normalize(form, kb.opts).split()
        if len(words) > 1:
            out.add(words[0][:2])
    return out


def _local_cluster(
    by_entry: dict[str, Cluster], local: list[Cluster], typ: str, key: tuple[str, ...]
) -> Cluster:
    for c in [*by_entry.values(), *local]:
        if c.type != typ:
            continue
        if key in c.keys or (typ == "PER" and any(_is_part(key, k) for k in c.keys)):
            return c
        if typ == "PER" and _family_name_of(key, c):
            return c
    c = Cluster(typ)
    local.append(c)
    return c


def unknown_actor(kb: KB, c: Cluster) -> str | None:
    """State + role code for a person the KB does not know (``QATGOV``), else the code
    of the organisation the person speaks for or heads (``EGYGOV`` for the Egyptian
    foreign ministry's spokesman)."""
    for s in c.spans:
        if s.role and s.state:
            state = kb.get(s.state)
            if state is not None and state.code:
                return state.code[:3] + s.role
    for s in c.spans:
        org = kb.get(s.org) if s.org else None
        if org is not None and org.code:
            return org.code
    return None


def _display(surface: str) -> str:
    """A name as written, less a hashtag's marks (``#عاصي_الحلاني`` -> ``عاصي الحلاني``)."""
    if "_" not in surface and not surface.startswith("#"):
        return surface
    return " ".join(surface.lstrip("#").replace("_", " ").split()) or surface


def to_entities(doc: Document, kb: KB, clusters: Sequence[Cluster]) -> list[Entity]:
    entities: list[Entity] = []
    roles: dict[str, str] = {}
    states: dict[str, str] = {}
    for n, c in enumerate(clusters, 1):
        mentions = _mentions(doc, c.spans)
        e = c.entry
        eid = f"e{n}"
        longest = max(mentions, key=lambda m: len(m.form or m.text))
        entities.append(
            Entity(
                id=eid,
                type=c.type,  # type: ignore[arg-type]
                mentions=mentions,
                name=(e.names_ar[0] if e else _display(longest.form or longest.text)),
                name_en=e.name_en if e else None,
                kb_id=e.id if e else None,
                actor=e.actor_on(doc.published) if e else unknown_actor(kb, c),
                confidence=round(min(s.confidence for s in c.spans), 3),
            )
        )
        phrase = next((s.role_phrase for s in c.spans if s.role_phrase), None)
        if phrase:
            roles[eid] = phrase
        if entities[-1].actor is None and c.type == "PER":
            state = _adjective_state(kb, c)
            if state:
                states[eid] = state
    doc.meta[ROLE_META] = roles
    if states:
        doc.meta[STATE_META] = states
    return entities


def _adjective_state(kb: KB, c: Cluster) -> str | None:
    """The state of a nationality adjective before an uncoded person's name with no
    role (الفنانة المصرية X: EGY)."""
    for s in c.spans:
        state = kb.get(s.state) if s.state else None
        if state is not None and state.code:
            return state.code[:3]
    return None


def _mentions(doc: Document, spans: Sequence[Span]) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for s in sorted(spans, key=lambda s: s.start):
        if (s.start, s.end) in seen:
            continue
        seen.add((s.start, s.end))
        text = doc.text[s.start : s.end]
        sent = doc.sentence_at(s.start)
        out.append(
            Mention(
                start=s.start,
                end=s.end,
                text=text,
                sentence=sent.index if sent else -1,
                form=s.form if s.form and s.form != text else None,
            )
        )
    return out


# Role words of a reference (normalised, article kept) -> English role words in KB titles.
_ROLE_TITLES = {
    "الوزير": ("minister", "secretary"),
    "الوزيره": ("minister", "secretary"),
    "الرئيس": ("president",),
    "الرئيسه": ("president",),
    "الملك": ("king",),
    "الامير": ("prince", "emir", "amir"),
    "السفير": ("ambassador",),
}


def resolve_reference(doc: Document, offset: int, kb: KB | None = None) -> Entity | None:
    """The person a role reference at ``offset`` (``الوزير``, ``الرئيس``) points to: the
    last person mentioned before it whose role matches (the role phrase that
    introduced them, or their KB role on the article's date), else the last person."""
    tok = next((t for t in doc.tokens if t.start <= offset < t.end), None)
    if tok is None:
        return None
    word = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and tok.norm[1:3] == "ال" else tok.norm
    roles: dict[str, str] = doc.meta.get(ROLE_META, {})
    best: tuple[int, int, Entity] | None = None
    for ent in doc.entities:
        if ent.type != "PER":
            continue
        before = [m.start for m in ent.mentions if m.start < offset]
        if not before:
            continue
        fits = int(_role_fits(word, roles.get(ent.id), ent, kb, doc.published))
        cand = (fits, max(before), ent)
        if best is None or cand[:2] > best[:2]:
            best = cand
    return best[2] if best else None


def _role_fits(word: str, phrase: str | None, ent: Entity, kb: KB | None, day: str | None) -> bool:
    head = word[2:] if word.startswith("ال") else word
    if phrase and len(head) >= 3 and head[:4] in phrase:
        return True
    entry = kb.get(ent.kb_id) if kb is not None and ent.kb_id else None
    titles = _ROLE_TITLES.get(word, ())
    if entry is None or not titles:
        return False
    for r in entry.roles:
        if (r.start is None or day is None or r.start <= day) and (
            r.end is None or day is None or day <= r.end
        ):
            return any(t in (r.title or "").lower() for t in titles)
    return False
