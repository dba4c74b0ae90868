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
from typing import NamedTuple

from marsad.doc import Document
from marsad.kb.loader import KB
from marsad.kb.match import form_keys
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize
from marsad.text.tokenize import AR, AR_MARK

TYPE_RANK = {"PER": 0, "ORG": 1, "GPE": 2}
_FIRST = itemgetter(0)


class Speaker(NamedTuple):
    # a tuple: built for every mention text of a document, and cheaper than a
    # frozen dataclass
    name: str | None  # English name when linked, else surface text
    text: str | None  # surface form in the article
    actor: str | None = None
    entity: str | None = None  # Entity.id
    type: str | None = None  # PER ORG GPE, or GROUP for unnamed sources


class Mention(NamedTuple):
    # a tuple: a long article has hundreds, each built when its first cue is read
    start: int
    end: int
    speaker: Speaker


class SkipWords:
    """Whether a mention's text is one function word of ``words`` (a tagger slip on
    ``حينئذ``). The same names recur from article to article: each text is
    normalised once."""

    def __init__(self, opts: NormalizeOptions, words: frozenset[str]) -> None:
        self.opts, self.words = opts, words
        # the verdicts so far, by text: read directly where mentions are gathered
        self.seen: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        found = self.seen.get(text)
        if found is None:
            if len(self.seen) > 8192:
                self.seen.clear()  # bounded: a long-running service sees many names
            # a phrase is never a function word
            found = " " not in text and normalize(text, self.opts) in self.words
            self.seen[text] = found
        return found


def doc_mentions(
    doc: Document, kb: KB | None, skip: Callable[[str], bool], limit: int | None = None
) -> list[Mention]:
    """Speaker-capable mentions (PER, ORG, GPE) in text order; mentions whose text
    ``skip`` names (a function word) are left out, and so are those starting at
    ``limit`` or later (after the last cue's sentence no speaker is looked for)."""
    out: list[Mention] = []
    stop = len(doc.text) + 1 if limit is None else limit
    if doc.entities:
        add, new = out.append, tuple.__new__
        # the verdicts on texts seen before, read without a call per mention
        seen = skip.seen if isinstance(skip, SkipWords) else {}
        for ent in doc.entities:
            if ent.type not in TYPE_RANK:
                continue
            ms = ent.mentions
            if len(ms) == 1:  # most entities are named once: no Speaker to share
                m = ms[0]
                text = m.text
                if m.start >= stop:
                    continue
                hit = seen.get(text)
                if not (skip(text) if hit is None else hit):
                    one = (ent.name_en or ent.name, text, ent.actor, ent.id, ent.type)
                    add(new(Mention, (m.start, m.end, new(Speaker, one))))
                continue
            # an entity is mostly named by the same text again: one Speaker each
            made: dict[str, Speaker] = {}
            for m in ms:
                if m.start >= stop:
                    continue
                text = m.text
                sp = made.get(text)
                if sp is None:
                    hit = seen.get(text)
                    if skip(text) if hit is None else hit:
                        continue
                    # Speaker(...) and Mention(...) without their Python-level
                    # __new__: a long article has hundreds of mentions
                    sp = made[text] = new(
                        Speaker, (ent.name_en or ent.name, text, ent.actor, ent.id, ent.type)
                    )
                add(new(Mention, (m.start, m.end, sp)))
    elif kb is not None and doc.tokens:
        for km in kb.match(doc):
            if km.start >= stop:
                continue
            entry = kb.get(km.entry_ids[0]) if km.entry_ids else None
            if entry is None or km.adjective or entry.type not in TYPE_RANK:
                continue
            actor = entry.actor_on(doc.published)
            surface = doc.text[km.start : km.end]
            if skip(surface):
                continue
            sp = Speaker(entry.name_en, surface, actor, None, entry.type)
            out.append(Mention(km.start, km.end, sp))
    out.sort(key=_FIRST)  # by start; equal starts keep their order
    return out


class Mentions:
    """Range queries over mentions sorted by start, gathered on first use (most
    sentences have no cue and need none)."""

    __slots__ = ("_gather", "_items", "_starts")

    def __init__(self, gather: Callable[[], list[Mention]]) -> None:
        self._gather = gather
        self._items: list[Mention] | None = None
        self._starts: list[int] = []

    def _load(self) -> list[Mention]:
        items = self._items = self._gather()
        self._starts = list(map(_FIRST, items))
        return items

    @property
    def items(self) -> list[Mention]:
        items = self._items
        return self._load() if items is None else items

    @property
    def starts(self) -> list[int]:
        if self._items is None:
            self._load()
        return self._starts

    def before(self, pos: int) -> Iterator[Mention]:
        """The mentions ending by ``pos``, the nearest first (read lazily: a caller
        stops at the first that fits, and a long article has hundreds)."""
        items = self.items
        for j in range(bisect_left(self._starts, pos) - 1, -1, -1):
            if items[j].end <= pos:
                yield items[j]

    def best(
        self, start: int, end: int, types: tuple[str, ...] = ("PER", "ORG", "GPE")
    ) -> Speaker | None:
        """The highest-ranked mention in a range (a person before an organisation
        before a state), the earliest among equals."""
        items = self._items
        if items is None:
            items = self._load()
        starts = self._starts
        found: Speaker | None = None
        rank = 10  # above any rank (9: a type not ranked), so the first found is taken
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            m = items[k]
            sp = m.speaker
            if m.end > end or sp.type not in types:
                continue
            r = TYPE_RANK.get(sp.type or "", 9)
            if r < rank:  # strictly: items are in text order, the earliest stays
                found, rank = sp, r
        return found

    def by_surname(self, word: str, before: int) -> Speaker | None:
        """``أوغلو`` alone: the last person named before whose name ends with it."""
        if " " in word:
            return None
        items = self.items
        for j in range(bisect_left(self._starts, before) - 1, -1, -1):
            sp = items[j].speaker
            text = sp.text or ""
            if sp.type == "PER" and " " in text and text.split()[-1] == word:
                return sp
        return None

    def last_person(
        self, before: int, title: str = "", context: Callable[[int, int], str] | None = None
    ) -> Speaker | None:
        """The last person named before ``before``; with a ``title`` (``وزير``), the
        last one named right after that title (``وزير الخارجية سامي ناصر``) first.
        ``context(a, b)`` gives the folded text of an original span."""
        items = self.items
        last = bisect_left(self._starts, before) - 1
        people = (j for j in range(last, -1, -1) if items[j].speaker.type == "PER")
        if title and context is not None:
            for j in people:
                m = items[j]
                # the title must come between the previous mention and this one
                floor = items[j - 1].end if j else 0
                if title in context(max(floor, m.start - 40), m.start):
                    return m.speaker
            people = (j for j in range(last, -1, -1) if items[j].speaker.type == "PER")
        first = next(people, None)
        return items[first].speaker if first is not None else None


_WORD = re.compile(r"\w+")


def group_speaker(surface: str, kb: KB | None, kind: str = "GROUP") -> Speaker:
    """An unnamed source (``مسؤولون أتراك``) or an unlinked description (``وزير
    الخارجية التركي``): its surface, and the state of its nationality adjective
    when the KB knows the adjective."""
    actor = None
    if kb is not None:
        # the singular and indefinite forms are often the surface itself: each
        # distinct text is matched once
        forms = dict.fromkeys((surface, _singular(surface), _indefinite(_singular(surface))))
        maybe = adjective_filter(kb)
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

    __slots__ = ("_seen", "cores", "opts")

    def __init__(self, cores: frozenset[str], opts: NormalizeOptions) -> None:
        self.cores, self.opts = cores, opts
        self._seen: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        seen = self._seen
        for word in _AR_WORD.findall(text):
            hit = seen.get(word)
            if hit is None:
                if len(seen) > 65536:
                    seen.clear()  # bounded: a long-running service sees many words
                key, cores = normalize(word, self.opts), self.cores
                hit = seen[word] = any(key[o:] in cores for o in range(4))
            if hit:
                return True
        return False


# per KB (by identity; the KB is kept so that its id is not reused)
_FILTERS: dict[int, tuple[KB, AdjectiveFilter | None]] = {}
_AR_WORD = re.compile(f"[{AR}][{AR}{AR_MARK}]*")  # the tokenizer's Arabic word
_CORE = re.compile("[\u0621-\u064a]{3,}")  # Arabic letters as folded, three or more


def adjective_filter(kb: KB) -> AdjectiveFilter | None:
    """The filter of texts that can hold a KB adjective, or None when it cannot be
    built (then every text is matched). Built once per KB (a tenth of a second: a
    step builds it when it is made, not on its first document).

    Nine phrases in ten name no nationality, and a KB match tokenises and looks up
    every word. A match starts at a token whose key, less at most two proclitics, is
    the first key of a KB adjective form; with ``لل`` for ``ال`` restored, the key
    less its ``ا`` is left. So that first key, less a leading ``ا`` before ``ل``,
    ends the folded word, from one of its first four letters on."""
    found = _FILTERS.get(id(kb))
    if found is not None and found[0] is kb:
        return found[1]
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
    made = AdjectiveFilter(frozenset(cores), kb.opts) if usable else None
    if len(_FILTERS) > 8:
        _FILTERS.clear()
    _FILTERS[id(kb)] = (kb, made)
    return made


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
