"""Normalisation for matching. It never touches ``Document.text``: tokens and
lexicon entries are normalised with the same table, so matches map back by offset."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from marsad.settings import NormalizeOptions

DIACRITICS = (
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0670"
    # rarer harakat and Quranic annotation marks (quotations of verses in news)
    "\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc"
    "\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
)
TATWEEL = "\u0640"
# Zero-width and bidi controls: ZWSP ZWNJ ZWJ LRM RLM, embeddings/overrides, isolates, BOM, soft hyphen.
CONTROLS = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"
)
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


def _presentation_forms() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch and folded.strip():
            table[cp] = folded
    return table


@lru_cache(maxsize=8)
def table_for(opts: NormalizeOptions) -> dict[int, str | None]:
    """The ``str.translate`` table for a set of options (built once per options)."""
    t: dict[int, str | None] = {}
    if opts.presentation_forms:
        t.update({cp: _fold_letters(s, opts) for cp, s in _presentation_forms().items()})
    if opts.diacritics:
        t.update({ord(c): None for c in DIACRITICS})
    if opts.tatweel:
        t[ord(TATWEEL)] = None
    if opts.controls:
        t.update({ord(c): None for c in CONTROLS})
    if opts.alef:
        t.update({ord(c): "ا" for c in "أإآٱ"})
    if opts.alef_maqsura:
        t[ord("ى")] = "ي"
    if opts.taa_marbuta:
        t[ord("ة")] = "ه"
    if opts.hamza_carriers:
        t.update({ord("ؤ"): "ء", ord("ئ"): "ء"})
    if opts.digits:
        t.update({ord(c): str(i) for i, c in enumerate(ARABIC_INDIC)})
        t.update({ord(c): str(i) for i, c in enumerate(PERSIAN)})
        t[ord("٫")] = "."  # Arabic decimal separator
        t[ord("٬")] = ","  # Arabic thousands separator
    # Persian/Urdu letter variants seen in Arabic news
    t.update({ord("ی"): "ي", ord("ک"): "ك", ord("ە"): "ه", ord("ھ"): "ه", ord("ۀ"): "ه"})
    return t


def _fold_letters(s: str, opts: NormalizeOptions) -> str:
    """Apply the letter folds to a presentation-form expansion (lam-alef -> لا)."""
    out = s
    if opts.alef:
        out = out.translate({ord(c): "ا" for c in "أإآٱ"})
    if opts.alef_maqsura:
        out = out.replace("ى", "ي")
    if opts.taa_marbuta:
        out = out.replace("ة", "ه")
    if opts.hamza_carriers:
        out = out.replace("ؤ", "ء").replace("ئ", "ء")
    if opts.diacritics:
        out = out.translate({ord(c): None for c in DIACRITICS})
    return out


DEFAULT_OPTIONS = NormalizeOptions()


def normalize(text: str, opts: NormalizeOptions = DEFAULT_OPTIONS) -> str:
    """Fold ``text`` for matching (lexicons, KB, gold comparison)."""
    return text.translate(table_for(opts))
