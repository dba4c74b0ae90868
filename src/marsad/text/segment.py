"""Conservative clitic segmentation: proclitics و ف ب ل ك س and pronominal enclitics.

The article ال stays attached, as in UD Arabic. A split is only made when the stem
that remains is attested in the word-frequency lexicon (``marsad train segmenter``,
counts from unlabelled news): at least ``1/SPLIT_RATIO`` as common as the unsplit
surface, or common in its own right (``COMMON_STEM_COUNT``), or a definite noun after
a preposition/conjunction. So ``ولد``, ``بريطانيا``, ``كندا`` stay whole (their
remainders are not words), while ``وقال`` -> ``و`` + ``قال``. Short remainders, stems
after the rare كـ and hamza-less alef stems must be common words (transliterated
names like ``باري``, ``كرمان`` stay whole). Curated never-split words
(``lang/ar/nosplit.txt``) cover frequent words whose remainder happens to be a word
too (``كمال``, ``واحد``); no clitic is cut into them either (``وكان`` = و + كان).
Among the accepted readings the one with the most clitic letters wins.

Forms are restored where affixation changed the writing: ``للأمم`` -> ``ل`` +
``الأمم`` (the article's alef), ``حكومته`` -> ``حكومة`` + ``ه``, ``عليه`` -> ``على``
+ ``ه``. ``Word.text`` is always the exact surface substring.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from marsad.doc import Word, WordRole
from marsad.text.lexicon import Lexicon, lexicon_key, load_lexicon

NOSPLIT_PATH = Path(__file__).resolve().parents[1] / "lang" / "ar" / "nosplit.txt"

# How much rarer than the unsplit surface the stem may be and still be split off
# (tuned on UD PADT dev): a proclitic, and an enclitic pronoun.
SPLIT_RATIO = 8.0
SUFFIX_RATIO = 8.0
MIN_STEM_COUNT = 3
COMMON_STEM_COUNT = 200
_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0640")
_MARKS_TABLE = dict.fromkeys(map(ord, _MARKS))
_CONJ = "وف"
_PREP = "بلكس"
_CLITIC_FIRST = frozenset(_CONJ + _PREP)
_IMPERFECT = frozenset("يتنأ")  # the future سـ only precedes an imperfect verb
_THIRD = ("هما", "هم", "هن", "ها", "ه", "نا")
# Second and first person singular suffixes are ambiguous with word endings
# (ذلك, بنك, عربي): they are only split after these particles and prepositions.
_CLOSED = ("كما", "كم", "كن", "ك", "ني", "ي")
_PLURAL_2ND = frozenset({"كما", "كم"})  # not كن: يمكن, تتمكن
_CLOSED_HOSTS = frozenset(
    {"ل", "ب", "ك", "من", "عن", "في", "على", "إلى", "لدى", "مع", "عند", "أن", "إن", "لكن", "ان"}
)
# Suffixes by their last letter: most words end in a letter no pronoun ends in.
_BY_LAST: dict[str, tuple[str, ...]] = {
    ch: tuple(s for s in (*_THIRD, *_CLOSED) if s.endswith(ch)) for ch in "هامنكي"
}
# Two-letter words a proclitic attaches to (ولم, بما, فهو); other two-letter
# remainders (بان, فرح) are more often part of a name or a longer word.
_SHORT_STEMS = frozenset(
    {
        "من",
        "عن",
        "في",
        "ما",
        "لا",
        "هو",
        "هي",
        "هم",
        "قد",
        "لم",
        "لن",
        "أن",
        "إن",
        "كل",
        "ذا",
        "مع",
        "أو",
        "لو",
        "إذ",
        "ذو",
        "نحن",
        "له",
        "به",
        "بل",
        "يد",
        "ثم",
        "كي",
        "أي",
        "إذا",
    }
)
_ALEF_MAQSURA_HOSTS = {"علي": "على", "الي": "إلى", "إلي": "إلى", "لدي": "لدى", "سوي": "سوى"}


class Piece(NamedTuple):
    """A word inside a token, in offsets relative to the token start."""

    start: int
    end: int
    form: str
    role: WordRole


# A Piece as a plain tuple (start, end, form, role), for caches.
RawPiece = tuple[int, int, str, WordRole]


def as_raw(pieces: tuple[Piece, ...]) -> tuple[RawPiece, ...]:
    return tuple((p.start, p.end, p.form, p.role) for p in pieces)


class Candidate(NamedTuple):  # a NamedTuple: thousands are built per second
    prefix: str
    suffix: str
    stem: str  # restored form
    evidence: int


def load_nosplit(path: Path = NOSPLIT_PATH) -> frozenset[str]:
    """Curated words never split (one per line, ``#`` comments), as lexicon keys."""
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(lexicon_key(s.strip()) for s in lines if s.strip() and not s.startswith("#"))


class Segmenter:
    """Splits Arabic word tokens; results are cached per surface string."""

    def __init__(
        self,
        lexicon: Lexicon,
        nosplit: frozenset[str] = frozenset(),
        *,
        ratio: float = SPLIT_RATIO,
        suffix_ratio: float = SUFFIX_RATIO,
        min_stem: int = MIN_STEM_COUNT,
        common: int = COMMON_STEM_COUNT,
    ) -> None:
        self.lexicon = lexicon
        self.nosplit = nosplit
        self.ratio = ratio
        self.suffix_ratio = suffix_ratio
        self.min_stem = min_stem
        self.common = common
        # Plain tuples, not Pieces: a tuple of scalars leaves the cyclic garbage
        # collector's care, a NamedTuple never does (and each collection walks it).
        self._cache: dict[str, tuple[RawPiece, ...]] = {}

    def split(self, surface: str, cache: bool = True) -> tuple[Piece, ...]:
        """The pieces of ``surface``; ``cache=False`` for a caller that caches them."""
        raw = self._cache.get(surface)
        if raw is None:
            pieces = self._split(surface)
            if cache and len(self._cache) < 500_000:  # bound memory on diverse input
                self._cache[surface] = as_raw(pieces)
            return pieces
        return tuple(map(Piece._make, raw))

    def _split(self, surface: str) -> tuple[Piece, ...]:
        bare, pos = _strip_marks(surface)
        if (
            len(bare) < 2
            or (bare[0] not in _CLITIC_FIRST and bare[-1] not in _BY_LAST)  # nothing to cut
            or (key := bare.translate(self.lexicon.table)) in self.nosplit
        ):
            return (Piece(0, len(surface), surface, "stem"),)
        best = self.best(bare, self.lexicon.counts.get(key, 0))
        if best is None:
            return (Piece(0, len(surface), surface, "stem"),)
        return _pieces(surface, bare, pos, best)

    def best(self, bare: str, whole: int | None = None) -> Candidate | None:
        """The accepted analysis with the most clitic letters, or None to keep whole
        (``whole``: the lexicon count of ``bare``, when the caller has it)."""
        if whole is None:
            whole = self.lexicon.count(bare)
        found: Candidate | None = None
        for cand in self.candidates(bare):
            if not self.accept(cand, whole) or self.protected(bare, cand):
                continue
            size = len(cand.prefix) + len(cand.suffix)
            if found is None or (size, cand.evidence) > (
                len(found.prefix) + len(found.suffix),
                found.evidence,
            ):
                found = cand
        return found

    def candidates(self, bare: str) -> list[Candidate]:
        """Every (proclitics, stem, enclitic) reading the spelling allows."""
        out: list[Candidate] = []
        suffixes = _BY_LAST.get(bare[-1], ())
        for prefix in _prefixes(bare):
            rest = bare[len(prefix) :]
            for suffix in ("", *suffixes) if prefix else suffixes:
                if not rest.endswith(suffix):
                    continue
                stem = rest[: len(rest) - len(suffix)]
                if stem == "" and prefix[-1:] in ("ب", "ل") and suffix != "ني":
                    out.append(Candidate(prefix, suffix, "", 0))  # له = ل + ه
                elif len(stem) >= 2:
                    for form in _restorations(prefix, stem, suffix):
                        out.append(Candidate(prefix, suffix, form, self.lexicon.count(form)))
        return out

    def protected(self, bare: str, cand: Candidate) -> bool:
        """Whether the split cuts into a never-split word (``وكان`` may not give ``ك`` + ``ان``)."""
        host_end = len(bare) - len(cand.suffix)
        table, nosplit = self.lexicon.table, self.nosplit
        for i in range(len(cand.prefix) + 1):
            if i < len(cand.prefix) and bare[i:host_end].translate(table) in nosplit:
                return True  # a clitic cut off a listed word (و + ك + ان)
            if i > 0 and cand.suffix and bare[i:].translate(table) in nosplit:
                return True  # a listed word lost its ending (و + ل + كن, ف + ذل + ك)
        return False

    def accept(self, cand: Candidate, whole: int) -> bool:
        """Whether the spelling allows the reading and the lexicon supports it."""
        if cand.stem == "":
            return True  # a preposition and its pronoun: له, بها
        return _spelling_ok(cand) and self._names_ok(cand) and self._evidence_ok(cand, whole)

    def _names_ok(self, cand: Candidate) -> bool:
        stem, prefix, suffix = cand.stem, cand.prefix, cand.suffix
        rare = cand.evidence < self.common
        if prefix and len(stem) == 2 and stem not in _SHORT_STEMS and (stem[0] in "اآ" or rare):
            return False  # بان, بار, فرح: a two-letter remainder unless common (وتم, بحق)
        # Transliterated names (باري, بارون, كريمة, كرمان) end up here: a short stem
        # without hamza on its alef (news writes بأن, بإجراء), or a stem after the rare
        # كـ, must be a common word to be split off.
        name_like = (stem[0] == "ا" and len(stem) <= 4) or prefix[-1:] == "ك"
        if prefix and rare and name_like and not article_like(stem):
            return False
        # كم كما after a common noun or verb (حكومتكم, دعمكم); ك كن ي ني end too many
        # words (ذلك, يمكن, عربي) to be split outside the closed hosts
        return not (
            suffix in _CLOSED
            and stem not in _CLOSED_HOSTS
            and (suffix not in _PLURAL_2ND or len(stem) < 3 or rare)
        )

    def _evidence_ok(self, cand: Candidate, whole: int) -> bool:
        if article_like(cand.stem):
            # an unseen long definite noun may be cut off (والمستشرقين), unless after
            # ف the whole word is known while the noun never stands alone: news writes
            # Val- names so (فالنسيا, فالفيردي: Valencia, Valverde, not ف + النسيا)
            if cand.evidence >= self.min_stem:
                return True
            return len(cand.stem) >= 6 and (cand.prefix != "ف" or whole < self.min_stem)
        if cand.evidence < self.min_stem:
            return False
        ratio = self.suffix_ratio if cand.suffix and not cand.prefix else self.ratio
        # A stem common in its own right is split off even from a commoner whole
        # (وأضاف, بسبب, بلاده): only the never-split list guards such words.
        return cand.evidence * ratio >= whole or cand.evidence >= self.common


def _spelling_ok(cand: Candidate) -> bool:
    """Constraints of Arabic spelling on a (proclitics, stem, enclitic) reading."""
    stem, prefix, suffix = cand.stem, cand.prefix, cand.suffix
    if suffix and stem.startswith("ال"):
        return False  # a definite noun takes no pronoun suffix
    if prefix and suffix and len(stem) < 3 and stem not in _CLOSED_HOSTS:
        return False  # بيانا is not ب + يا + نا, but بأنه is ب + أن + ه
    if prefix and stem.startswith("ال") and len(stem) < 4:
        return False  # بالي: الي is إلى misspelt, never an article noun
    return not (
        prefix.endswith("س") and (article_like(stem) or stem[0] not in _IMPERFECT or len(stem) < 3)
    )  # the future سـ only precedes an imperfect verb


def article_like(stem: str) -> bool:
    """A definite noun: the article and at least two more letters."""
    return stem.startswith("ال") and len(stem) >= 4


def _prefixes(bare: str) -> list[str]:
    """The proclitic strings the word may start with ("" first): و/ف, then ب/ل/ك/س."""
    first = bare[0]
    out = [""]
    if first in _CONJ:
        out.append(first)
        if bare[1] in _PREP:
            out.append(bare[:2])
    elif first in _PREP:
        out.append(first)
    return out


def _restorations(prefix: str, stem: str, suffix: str) -> list[str]:
    """The stem as written, plus the forms affixation may have changed."""
    forms = [stem]
    if prefix.endswith("ل") and stem[0] == "ل" and not suffix:
        forms.append("ا" + stem)  # ل + الأمم is written للأمم
    if suffix:
        if stem[-1] == "ت":
            forms.append(stem[:-1] + "ة")  # حكومة + ه is written حكومته
        elif stem[-1] == "و":
            forms.append(stem + "ا")  # قتلوا + ه is written قتلوه
        elif stem in _ALEF_MAQSURA_HOSTS:
            forms.append(_ALEF_MAQSURA_HOSTS[stem])  # على + ه is written عليه
    return forms


def _strip_marks(surface: str) -> tuple[str, list[int] | None]:
    """The token without harakat/tatweel and, when any were removed, each letter's index."""
    if len(surface.translate(_MARKS_TABLE)) == len(surface):
        return surface, None
    pos = [i for i, c in enumerate(surface) if c not in _MARKS]
    return "".join(surface[i] for i in pos), pos


def _pieces(surface: str, bare: str, pos: list[int] | None, cand: Candidate) -> tuple[Piece, ...]:
    """Cut the surface at the candidate's boundaries; marks stay with the letter before."""
    cuts: list[tuple[int, int, str, WordRole]] = [
        (i, i + 1, ch, "proclitic") for i, ch in enumerate(cand.prefix)
    ]
    stem_end = len(bare) - len(cand.suffix)
    if cand.stem:
        cuts.append((len(cand.prefix), stem_end, cand.stem, "stem"))
    if cand.suffix:
        cuts.append((stem_end, len(bare), cand.suffix, "enclitic"))

    def at(i: int) -> int:
        return len(surface) if i >= len(bare) else (pos[i] if pos else i)

    last = len(cuts) - 1
    return tuple(
        Piece(0 if k == 0 else at(a), len(surface) if k == last else at(b), form, role)
        for k, (a, b, form, role) in enumerate(cuts)
    )


@lru_cache(maxsize=1)
def default_segmenter() -> Segmenter:
    """The segmenter over the shipped lexicon and never-split list (built once)."""
    return Segmenter(load_lexicon(), load_nosplit())


def segment(text: str, start: int, segmenter: Segmenter | None = None) -> list[Word]:
    """Split one Arabic surface token into words with offsets (``start`` = token offset)."""
    pieces = (segmenter or default_segmenter()).split(text)
    return [
        Word(
            start=start + p.start,
            end=start + p.end,
            text=text[p.start : p.end],
            form=text if len(pieces) == 1 else p.form,
            role=p.role,
        )
        for p in pieces
    ]
