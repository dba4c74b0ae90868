"""Longest-match KB matcher over normalised tokens.

Forms are tokenised with the same tokenizer as documents and normalised with the same
table, so a form is a sequence of token keys. The matcher walks a token trie from every
token; the first token may carry proclitics (و ف then ب ل ك), which are stripped, and
``لل`` restores the article's swallowed alef (``للأمم`` -> ``الأمم``). Only whole tokens
match, so a name is never found inside a longer word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, count, repeat
from operator import attrgetter

import msgspec

from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize, table_for
from marsad.text.tokenize import iter_tokens

_CONJ = "وف"
_PREP = "بلك"
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})
_PAYLOAD = ""  # trie key holding a node's payload: no token key is empty
_CACHE_MAX = 200_000
_NO_HEADS: list[tuple[int, bool, dict[str, object]]] = []
# Opening quote -> closing quote: a form's last words may be quoted after its head noun.
_OPENERS = {"«": "»", "“": "”", '"': '"'}
_QUOTE_MARKS = frozenset('«»"“”')
_NORM = attrgetter("norm")  # a token's normal form, read in C by ``map``


class KBMatch(msgspec.Struct, kw_only=True):
    """A KB form found in a document. ``start``/``end`` exclude a glued proclitic;
    ``form`` is the surface name with a swallowed alef restored."""

    start: int
    end: int
    token_start: int
    token_end: int  # exclusive
    entry_ids: list[str]
    form: str
    adjective: bool = False
    # the form is also a common word for every entry it names (``ماي`` the month,
    # ``مالي`` "financial"): a name only where the context says so (``Entry.ambiguous_ar``)
    weak: bool = False


@dataclass(slots=True)
class FormPayload:
    """What a complete form stands for. When a form is both a name and an adjective
    (``السوداني``: a surname and "Sudanese"), the match is a name and the adjective's
    states follow the name candidates, so linking still sees them."""

    names: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    weak: list[str] = field(default_factory=list)  # names whose form this is only weakly

    def is_weak(self) -> bool:
        """Every name the form stands for holds it as an ambiguous form."""
        return bool(self.weak) and all(n in self.weak for n in self.names)

    def ids(self) -> tuple[list[str], bool]:
        if not self.names:
            return self.adjectives, True
        extra = [a for a in self.adjectives if a not in self.names]
        return (self.names + extra if extra else self.names), False


class TokenLike(msgspec.Struct):
    start: int
    end: int
    text: str
    norm: str


Trie = dict[str, object]


def token_key(norm: str) -> str:
    """The matching key of a normalised token: case- and dash-folded."""
    return norm.lower().translate(_DASHES)


def form_keys(form: str, opts: NormalizeOptions) -> tuple[str, ...]:
    """A form's token keys, tokenised exactly as a document is."""
    return tuple(token_key(normalize(form[a:b], opts)) for a, b, _ in iter_tokens(form) if b > a)


class Matcher:
    """A token trie over all KB forms, with a per-key cache of first-token heads."""

    def __init__(self, opts: NormalizeOptions, whole_words: Iterable[str] = ()) -> None:
        self.opts = opts
        self.root: Trie = {}
        self._heads: dict[str, list[tuple[int, bool, Trie]]] = {}
        # words the segmenter never splits (``lang/ar/nosplit.txt``): فريد is no ف + ريد
        self.whole_words = frozenset(token_key(normalize(w, opts)) for w in whole_words)
        self.countries: dict[str, str] = {}  # entry id -> its state, for state adjectives

    def add(
        self,
        form: str,
        entry_id: str,
        adjective: bool = False,
        weak: bool = False,
        country: str | None = None,
    ) -> None:
        keys = form_keys(form, self.opts)
        if not keys:
            return
        if country:
            self.countries[entry_id] = country
        node = self.root
        for key in keys:
            node = node.setdefault(key, {})  # type: ignore[assignment]
        payload = node.get(_PAYLOAD)
        if payload is None:
            payload = node[_PAYLOAD] = FormPayload()
        assert isinstance(payload, FormPayload)
        bucket = payload.adjectives if adjective else payload.names
        if entry_id not in bucket:
            bucket.append(entry_id)
        if weak and not adjective and entry_id not in payload.weak:
            payload.weak.append(entry_id)
        self._heads.clear()

    def heads(self, norm: str) -> list[tuple[int, bool, Trie]]:
        """Trie nodes reachable from one token (by its normalised text), cached:
        (proclitic length, alef restored, node)."""
        found = self._heads.get(norm)
        if found is not None:
            return found
        found = []
        key = token_key(norm)
        variants = _variants(key) if key not in self.whole_words else ((0, False, key),)
        for strip, restored, rest in variants if key else ():
            node = self.root.get(rest)
            if node is not None:
                found.append((strip, restored, node))  # type: ignore[arg-type]
        if len(self._heads) > _CACHE_MAX:
            self._heads.clear()
        # most tokens start no form: they share one empty list (never appended to),
        # so the cache does not hold a list per word for the garbage collector to walk
        self._heads[norm] = found or _NO_HEADS
        return found

    def match(self, tokens: Sequence[TokenLike] | Sequence[object]) -> list[KBMatch]:
        """Greedy left-to-right longest matches over ``tokens`` (objects with
        ``start end text norm``, e.g. ``Document.tokens``)."""
        toks: Sequence[TokenLike] = tokens  # type: ignore[assignment]
        norms = list(map(_NORM, toks))
        found = self._all_heads(norms)
        # Most tokens start no form: only those that do (and hashtags) are visited,
        # found by C-level scans instead of a Python step per token.
        starts = list(compress(count(), found))
        tags = list(compress(count(), map(str.startswith, norms, repeat("#"))))
        if tags:
            starts = sorted({*starts, *tags})
        out: list[KBMatch] = []
        i = 0  # the first token not inside a match already made
        for p in starts:
            if p < i:
                continue
            if not found[p]:  # a hashtag that starts no form as a token
                out.extend(self._hashtag(toks[p], token_key(norms[p]), p))
                i = p + 1
                continue
            best = self._best_at(norms, p, found[p])
            if best is None:
                i = p + 1
                continue
            j, strip, restored, payload = best
            j, payload = self._through_adjective(norms, found, p, j, payload)
            out.append(self._make(toks, p, j, strip, restored, payload))
            i = j
        return out

    def _through_adjective(
        self,
        norms: list[str],
        found: list[list[tuple[int, bool, Trie]]],
        p: int,
        j: int,
        payload: FormPayload,
    ) -> tuple[int, FormPayload]:
        """A state adjective after a match of another state's body says whose body it is:
        when a form that starts inside the match runs through that adjective and names
        the adjective's state (``قوات [الاحتلال التركي]``, where ``قوات الاحتلال`` alone is
        Israel's army), the whole span takes that form's entries. Otherwise the match."""
        if j - p < 2 or j >= len(norms) or not found[j]:
            return j, payload
        adj = self._best_at(norms, j, found[j])
        if adj is None or adj[3].names:
            return j, payload
        states = {self.countries.get(a) for a in adj[3].adjectives} - {None}
        theirs = {self.countries.get(n) for n in payload.names} - {None}
        if not states or not theirs or states & theirs:
            return j, payload  # the adjective agrees with the match, or either is stateless
        for q in range(p + 1, j):
            inner = self._best_at(norms, q, found[q]) if found[q] else None
            if inner is None or inner[0] <= j or inner[1] != 0:
                continue
            if any(self.countries.get(n) in states for n in inner[3].names):
                return inner[0], inner[3]
        return j, payload

    def _all_heads(self, norms: list[str]) -> list[list[tuple[int, bool, Trie]]]:
        """``heads`` of every token: one C-level pass over the cache, then the few
        words not seen before."""
        found: list[list[tuple[int, bool, Trie]] | None] = list(map(self._heads.get, norms))
        if None in found:
            heads = self.heads
            for k in [k for k, f in enumerate(found) if f is None]:
                found[k] = heads(norms[k])
        return found  # type: ignore[return-value]

    def _hashtag(self, tok: TokenLike, key: str, i: int) -> list[KBMatch]:
        """``#كوريا_الشمالية``: a whole hashtag that spells a form (``_`` for spaces)."""
        node: Trie | None = self.root
        for piece in key[1:].split("_"):
            node = node.get(piece) if node is not None and piece else None  # type: ignore[assignment]
        payload = node.get(_PAYLOAD) if node is not None else None
        if not isinstance(payload, FormPayload):
            return []
        ids, adjective = payload.ids()
        start = tok.start + 1
        return [
            KBMatch(
                start=start,
                end=tok.end,
                token_start=i,
                token_end=i + 1,
                entry_ids=list(ids),
                form=tok.text[1:].replace("_", " "),
                adjective=adjective,
                weak=payload.is_weak(),
            )
        ]

    def _best_at(
        self, norms: list[str], i: int, found: list[tuple[int, bool, Trie]]
    ) -> tuple[int, int, bool, FormPayload] | None:
        """Longest form from token ``i``: (end token, proclitic length, alef restored,
        payload). The end includes a closing quote when the form's last words were
        quoted (``حزب «القوات اللبنانية»``)."""
        best: tuple[int, int, bool, FormPayload] | None = None
        n = len(norms)
        for strip, restored, node in found:
            j = i + 1
            cur: Trie | None = node
            close = ""  # the closing quote a skipped opening one asks for
            bent = False  # one swapped letter pair was read (``المحتدة``)
            while cur is not None:
                payload = cur.get(_PAYLOAD)
                end = j + 1 if close else j
                closed = not close or (j < n and norms[j] == close)
                # strictly longer wins; on a tie the earlier head (fewer stripped) stays
                if payload is not None and closed and (best is None or end > best[0]):
                    best = (end, strip, restored, payload)  # type: ignore[assignment]
                if j >= n:
                    break
                # a token that normalises to nothing must not hit the payload key
                key = token_key(norms[j]) or " "
                nxt = cur.get(key)
                if nxt is None and key in _OPENERS and not close and j + 1 < n:
                    close = _OPENERS[key]  # a head noun before a quoted name
                    j += 1
                    nxt = cur.get(token_key(norms[j]) or " ")
                elif nxt is None and payload is not None and len(cur) > 1 and not bent:
                    nxt, bent = _swapped(cur, key), True
                cur = nxt  # type: ignore[assignment]
                j += 1
        return best

    def _make(
        self,
        toks: Sequence[TokenLike],
        i: int,
        j: int,
        strip: int,
        restored: bool,
        payload: FormPayload,
    ) -> KBMatch:
        first = toks[i]
        start = first.start + _surface_offset(first.text, strip, self.opts)
        end = toks[j - 1].end
        form = _span_text(toks, i, j, start)
        ids, adjective = payload.ids()
        return KBMatch(
            start=start,
            end=end,
            token_start=i,
            token_end=j,
            entry_ids=list(ids),
            form=("ا" + form) if restored else form,
            adjective=adjective,
            weak=payload.is_weak(),
        )


def _span_text(toks: Sequence[TokenLike], i: int, j: int, start: int) -> str:
    """The span's surface text rebuilt from tokens (single spaces between tokens that
    were apart, none between tokens that touched, e.g. ``إس`` ``-`` ``400``). Quote
    marks inside the span are left out: the form is the name."""
    parts = [toks[i].text[start - toks[i].start :]]
    for k in range(i + 1, j):
        if toks[k].start > toks[k - 1].end and parts[-1] != " ":
            parts.append(" ")  # a space before a skipped quote stays
        if toks[k].text not in _QUOTE_MARKS:
            parts.append(toks[k].text)
    return "".join(parts).strip()


def _swapped(node: Trie, key: str) -> Trie | None:
    """The child of ``node`` that ``key`` spells with two neighbouring letters swapped
    (``المحتده`` for ``المتحده``): a common typing slip. Read only after a complete
    form (``المملكة``) where the walk would end, for a definite word of six letters or
    more that then ends a longer form; the article (``ال``) is not swapped."""
    if len(key) < 6 or key[:2] != "ال":
        return None
    for k in range(2, len(key) - 1):
        child = node.get(key[:k] + key[k + 1] + key[k] + key[k + 2 :])
        if isinstance(child, dict) and _PAYLOAD in child:
            return {_PAYLOAD: child[_PAYLOAD]}  # the slip ends the form
    return None


def _variants(key: str) -> Iterable[tuple[int, bool, str]]:
    """The key itself, then the key without proclitics (conjunction, preposition)."""
    yield 0, False, key
    if len(key) < 3 or key[0] not in "وفبلك":
        return
    bases: tuple[int, ...] = (0,)
    if key[0] in _CONJ:
        bases = (0, 1)
        yield 1, False, key[1:]
    for c in bases:
        rest = key[c:]
        if len(rest) > 2 and rest[0] in _PREP:
            after = rest[1:]
            yield c + 1, False, after
            if rest[0] == "ل" and after.startswith("ل"):
                yield c + 1, True, "ا" + after


def _surface_offset(text: str, strip: int, opts: NormalizeOptions) -> int:
    """Offset in ``text`` of the ``strip``-th normalised character (diacritics and
    controls vanish in normalisation, so the counts can differ)."""
    if strip == 0:
        return 0
    table = table_for(opts)
    seen = 0
    for pos, ch in enumerate(text):
        if table.get(ord(ch), ch) in (None, ""):
            continue  # a mark of the previous letter stays with it
        if seen == strip:
            return pos
        seen += 1
    return len(text)


def tokens_of(text: str, opts: NormalizeOptions) -> list[TokenLike]:
    """Tokens of a bare string (for matching outside the pipeline)."""
    return [TokenLike(a, b, text[a:b], normalize(text[a:b], opts)) for a, b, _ in iter_tokens(text)]
