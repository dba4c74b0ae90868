"""Who speaks: entity mentions near a cue, titles, unnamed sources, the previous speaker.

Mentions come from ``doc.entities`` when the entities step ran; otherwise from KB
matches over the tokens (people and organisations the KB knows), else speakers
keep their surface text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from operator import itemgetter
from typing import NamedTuple, Protocol

from marsad.doc import ACTOR_ROWS_META, Document
from marsad.kb.loader import KB
from marsad.kb.match import form_keys
from marsad.settings import NormalizeOptions
from marsad.text.normalize import table_for
from marsad.text.tokenize import AR, AR_MARK

TYPE_RANK = {"PER": 0, "ORG": 1, "GPE": 2}
_PUNCT = '،,.:;؛"«»“”()'
_FIRST = itemgetter(0)


class Speaker(NamedTuple):
    # a tuple: built for every mention text of a document, and cheaper than a
    # frozen dataclass
    name: str | None  # English name when linked, else surface text
    text: str | None  # surface form in the article
    actor: str | None = None
    entity: str | None = None  # Entity.id
    type: str | None = None  # PER ORG GPE, or GROUP for unnamed sources


class SkipWords:
    """Whether a text is one word of ``words`` once normalised: a function word a
    tagger took for a name (``حينئذ``), a source noun (``مصدر``). The same texts recur
    from article to article: each is normalised once."""

    def __init__(self, opts: NormalizeOptions, words: frozenset[str]) -> None:
        self.opts, self.words = opts, words
        # normalize()'s table, read once: its cache would hash the options per text
        self.table = table_for(opts)
        # the verdicts so far, by text: read directly where mentions are gathered
        self.seen: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        found = self.seen.get(text)
        if found is None:
            if len(self.seen) > 8192:
                self.seen.clear()  # bounded: a long-running service sees many names
            # a phrase is never a function word
            found = " " not in text and text.translate(self.table) in self.words
            self.seen[text] = found
        return found


class Source(Protocol):
    """What a mention names: an ``Entity`` of the entities step, or a KB entry."""

    @property
    def id(self) -> str | None: ...
    @property
    def type(self) -> str: ...
    @property
    def name(self) -> str | None: ...
    @property
    def name_en(self) -> str | None: ...
    @property
    def actor(self) -> str | None: ...


class KbSource(NamedTuple):
    """A KB entry named in the text, with its actor on the document's date (its
    English name is its name: there is no Arabic canonical name to fall back on)."""

    id: str | None
    type: str
    name: str | None
    name_en: str | None
    actor: str | None


# a mention: start, end, its text and what it names. A plain tuple: a long article
# has hundreds, and most are never read (a Speaker is built for those a cue picks)
Mention = tuple[int, int, str, Source]


def speaker_of(m: Mention) -> Speaker:
    src = m[3]
    return Speaker(src.name_en or src.name, m[2], src.actor, src.id, src.type)


def doc_mentions(
    doc: Document, kb: KB | None, limit: int | None = None, bodies: BodyFilter | None = None
) -> list[Mention]:
    """Speaker-capable mentions (PER, ORG, GPE) in text order (equal starts in the
    entities' order), less those starting at ``limit`` or later (after the last cue's
    sentence no speaker is looked for). Function words among them (a tagger slip)
    are left out by ``Mentions`` when it reads them."""
    stop = len(doc.text) + 1 if limit is None else limit
    out: list[Mention]
    if doc.entities:
        # one comprehension: each mention costs a tuple, nothing read from it twice
        out = [
            (m.start, m.end, m.text, ent)
            for ent in doc.entities
            if ent.type in TYPE_RANK
            for m in ent.mentions
            if m.start < stop
        ]
        if kb is not None and bodies is not None and doc.meta:
            out.extend(_body_mentions(doc, kb, stop, out, bodies))
    elif kb is not None and doc.tokens:
        out = []
        for km in kb.match(doc):
            if km.start >= stop:
                continue
            entry = kb.get(km.entry_ids[0]) if km.entry_ids else None
            if entry is None or km.adjective or entry.type not in TYPE_RANK:
                continue
            src = KbSource(
                None, entry.type, entry.name_en, entry.name_en, entry.actor_on(doc.published)
            )
            out.append((km.start, km.end, doc.text[km.start : km.end], src))
    else:
        return []
    out.sort(key=_FIRST)  # by start; equal starts keep their order
    return out


class BodyFilter:
    """Which bodies the KB codes without an entity stand as a speaker of their own: not
    one glued to a word (بيان للجيش، لنظام الأسد) or governed by a title (رئيس الحكومة
    اللبنانية، متحدث باسم الجيش), where the phrase around it speaks."""

    def __init__(self, opts: NormalizeOptions, heads: frozenset[str]) -> None:
        self.table = table_for(opts)
        self.heads = heads  # normalised words that govern a body after them

    def free(self, text: str, start: int) -> bool:
        if start and text[start - 1].isalpha():
            return False
        words = text[max(0, start - 40) : start].split()
        if not words:
            return True
        before = words[-1].strip(_PUNCT).translate(self.table)
        if before[:1] in "وف" and before not in self.heads:
            before = before[1:]  # a glued و/ف
        return before not in self.heads


def _body_mentions(
    doc: Document, kb: KB, stop: int, named: list[Mention], bodies: BodyFilter
) -> list[Mention]:
    """The bodies the KB codes without an entity (الجيش الإسرائيلي، الشرطة الألمانية),
    as the entities step found them: a subject before its cue, which an earlier place
    in the sentence (الجولان) must not outrank. One inside a named mention is left out."""
    rows = doc.meta.get(ACTOR_ROWS_META)
    if not rows:
        return []
    out: list[Mention] = []
    for r in rows:
        start, end, kb_id = r.get("start"), r.get("end"), r.get("kb_id")
        if r.get("adjective") or not r.get("actor") or not isinstance(start, int):
            continue
        entry = kb.get(kb_id) if isinstance(kb_id, str) else None
        if entry is None or entry.type not in TYPE_RANK or start >= stop:
            continue
        if any(m[0] < end and start < m[1] for m in named) or not bodies.free(doc.text, start):
            continue
        src = KbSource(None, entry.type, entry.name_en, entry.name_en, str(r["actor"]))
        out.append((start, end, str(r["text"]), src))
    return out


class Mentions:
    """Range queries over mentions sorted by start, gathered on first use (most
    sentences have no cue and need none). A mention whose text ``skip`` names (a
    function word) is no mention: each query passes over it, so that only the
    texts a query reaches are judged."""

    __slots__ = ("_gather", "_items", "_seen", "_skip", "_starts")

    def __init__(
        self, gather: Callable[[], list[Mention]], skip: Callable[[str], bool] | None = None
    ) -> None:
        self._gather = gather
        self._items: list[Mention] | None = None
        self._starts: list[int] = []
        self._skip = skip
        # the verdicts on texts seen before, read without a call
        self._seen: dict[str, bool] = skip.seen if isinstance(skip, SkipWords) else {}

    def _load(self) -> list[Mention]:
        items = self._items = self._gather()
        self._starts = list(map(_FIRST, items))
        return items

    def _kept(self, text: str) -> bool:
        hit = self._seen.get(text)
        if hit is None:
            hit = self._skip is not None and self._skip(text)
        return not hit

    def _before(self, pos: int) -> Iterator[int]:
        """The indices of the mentions starting before ``pos``, the nearest first."""
        if self._items is None:
            self._load()
        return iter(range(bisect_left(self._starts, pos) - 1, -1, -1))

    def before(self, pos: int) -> Iterator[Mention]:
        """The mentions ending by ``pos``, the nearest first (read lazily: a caller
        stops at the first that fits, and a long article has hundreds)."""
        items = self._items if self._items is not None else self._load()
        for j in self._before(pos):
            m = items[j]
            if m[1] <= pos and self._kept(m[2]):
                yield m

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside ``[start, end)``, in text order."""
        items = self._items if self._items is not None else self._load()
        starts = self._starts
        found = items[bisect_left(starts, start) : bisect_left(starts, end)]
        return [m for m in found if m[1] <= end and self._kept(m[2])]

    def best(
        self, start: int, end: int, types: tuple[str, ...] = ("PER", "ORG", "GPE")
    ) -> Speaker | None:
        """The highest-ranked mention in a range (a person before an organisation
        before a state), the earliest among equals."""
        items = self._items
        if items is None:
            items = self._load()
        starts = self._starts
        found: Mention | None = None
        rank = 10  # above any rank (9: a type not ranked), so the first found is taken
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            m = items[k]
            t = m[3].type
            if m[1] > end or t not in types:
                continue
            r = TYPE_RANK.get(t, 9)
            # strictly: items are in text order, the earliest stays; a function word
            # is judged only where it would be taken
            if r < rank and self._kept(m[2]):
                found, rank = m, r
        return None if found is None else speaker_of(found)

    def starting(self, start: int, end: int, types: tuple[str, ...]) -> Mention | None:
        """The first mention of one of ``types`` that starts in ``[start, end)``."""
        items = self._items if self._items is not None else self._load()
        starts = self._starts
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            m = items[k]
            if m[3].type in types and self._kept(m[2]):
                return m
        return None

    def by_surname(self, word: str, before: int) -> Speaker | None:
        """``أوغلو`` alone: the last person named before whose name ends with it."""
        if " " in word:
            return None
        items = self._items if self._items is not None else self._load()
        for j in self._before(before):
            m = items[j]
            # a text with a space is never a function word: no skip verdict needed. Its
            # last word ends the text less its trailing blanks: that is tested first,
            # without splitting every earlier name
            text = m[2]
            if (
                m[3].type == "PER"
                and " " in text
                and text.rstrip().endswith(word)
                and text.split()[-1] == word
            ):
                return speaker_of(m)
        return None

    def _people(self, before: int) -> Iterator[int]:
        items = self._items if self._items is not None else self._load()
        for j in self._before(before):
            if items[j][3].type == "PER" and self._kept(items[j][2]):
                yield j

    def _floor(self, j: int) -> int:
        """The end of the mention before mention ``j`` (0 for the first)."""
        items = self._items if self._items is not None else self._load()
        for i in range(j - 1, -1, -1):
            if self._kept(items[i][2]):
                return items[i][1]
        return 0

    def last_person(
        self, before: int, title: str = "", context: Callable[[int, int], str] | None = None
    ) -> Speaker | None:
        """The last person named before ``before``; with a ``title`` (``وزير``), the
        last one named right after that title (``وزير الخارجية سامي ناصر``) first.
        ``context(a, b)`` gives the folded text of an original span."""
        if title and context is not None:
            titled = self.titled_person(before, title, context)
            if titled is not None:
                return titled
        items = self._items if self._items is not None else self._load()
        first = next(self._people(before), None)
        return speaker_of(items[first]) if first is not None else None

    def titled_person(
        self, before: int, title: str, context: Callable[[int, int], str], near: str = ""
    ) -> Speaker | None:
        """The last person before ``before`` named right after ``title`` (and ``near``,
        when given, in the same stretch of text)."""
        items = self._items if self._items is not None else self._load()
        for j in self._people(before):
            m = items[j]
            # the title must come between the previous mention and this one
            told = context(max(self._floor(j), m[0] - 40), m[0])
            if title in told and near in told:
                return speaker_of(m)
        return None


_WORD = re.compile(r"\w+")


def group_speaker(
    surface: str, kb: KB | None, kind: str = "GROUP", maybe: AdjectiveFilter | None = None
) -> Speaker:
    """An unnamed source (``مسؤولون أتراك``) or an unlinked description (``وزير
    الخارجية التركي``): its surface, and the state of its nationality adjective
    when the KB knows the adjective. ``maybe``: the KB's ``adjective_filter``, which
    spares the KB match of a text that cannot hold an adjective (None: match all)."""
    actor = None
    if kb is not None:
        # the singular and indefinite forms are often the surface itself: each
        # distinct text is matched once
        singular = _singular(surface)
        forms = dict.fromkeys((surface, singular, _indefinite(singular)))
        actor = next(
            (a for f in forms if (maybe is None or maybe(f)) and (a := _adjective_state(f, kb))),
            None,
        )
    return Speaker(surface, surface, actor, None, kind)


class AdjectiveFilter:
    """Whether a text can hold a KB adjective match: one of its Arabic words ends,
    from one of its first four letters on, with the first key of an adjective form
    (see ``adjective_filter``). The same words recur from phrase to phrase: each is
    folded and looked up once."""

    __slots__ = ("_seen", "cores", "opts", "table")

    def __init__(self, cores: frozenset[str], opts: NormalizeOptions) -> None:
        self.cores, self.opts = cores, opts
        self.table = table_for(opts)  # normalize(), without a cache lookup per word
        self._seen: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        seen = self._seen
        for word in _AR_WORD.findall(text):
            hit = seen.get(word)
            if hit is None:
                if len(seen) > 65536:
                    seen.clear()  # bounded: a long-running service sees many words
                key, cores = word.translate(self.table), self.cores
                hit = seen[word] = any(key[o:] in cores for o in range(4))
            if hit:
                return True
        return False


_AR_WORD = re.compile(f"[{AR}][{AR}{AR_MARK}]*")  # the tokenizer's Arabic word
_CORE = re.compile("[\u0621-\u064a]{3,}")  # Arabic letters as folded, three or more


def adjective_filter(kb: KB) -> AdjectiveFilter | None:
    """The filter of texts that can hold a KB adjective, or None when it cannot be
    built (then every text is matched). A tenth of a second: the step's speaker
    reader builds it once, when it is made.

    Nine phrases in ten name no nationality, and a KB match tokenises and looks up
    every word. A match starts at a token whose key, less at most two proclitics, is
    the first key of a KB adjective form; with ``لل`` for ``ال`` restored, the key
    less its ``ا`` is left. So that first key, less a leading ``ا`` before ``ل``,
    ends the folded word, from one of its first four letters on."""
    cores: set[str] = set()
    for entry in kb.entries:
        for form in entry.adjectives_ar:
            keys = form_keys(form, kb.opts)
            if keys:
                first = keys[0]
                cores.add(first[1:] if first.startswith("ال") else first)
    # only Arabic letters: a key made of them comes from an Arabic word token
    # (a model name, a hashtag or a Latin word never ends with one)
    usable = bool(cores) and all(_CORE.fullmatch(c) for c in cores)
    return AdjectiveFilter(frozenset(cores), kb.opts) if usable else None


def _adjective_state(text: str, kb: KB) -> str | None:
    for km in kb.match_text(text):
        entry = kb.get(km.entry_ids[0]) if km.entry_ids else None
        if entry is not None and km.adjective:
            return entry.code or entry.country
    return None


_PLURAL_NISBA = re.compile(r"ي(?:ون|ين|ان|ين|تان|تين|ات)(?!\w)")


_DEFINITE_NISBA = re.compile(r"(?<!\S)ال(?=\w{3,}ي[ةه]?(?!\w))")


def _indefinite(text: str) -> str:
    """``قائد الجيش الفرنسي`` -> ``... فرنسي``: the KB lists adjectives without ال."""
    return _DEFINITE_NISBA.sub("", text)


def _singular(text: str) -> str:
    """``وزيران إسرائيليان`` -> ``وزيران إسرائيلي``: dual and sound plural nisba
    adjectives back to the singular the KB lists."""
    return _PLURAL_NISBA.sub("ي", text)
