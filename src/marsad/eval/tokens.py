"""``marsad eval tokens FILE.conllu``: word segmentation against UD Arabic.

Definition (what the figures mean)
----------------------------------
Each CoNLL-U sentence yields a text and gold *words* with character spans in it:

* With a ``# text =`` line (UD Arabic-PUD), the text is that line and each syntactic
  word's FORM is found in it left to right; a word is glued to the previous one when
  the previous has ``SpaceAfter=No`` (PUD writes ``للسلطة`` as ``ل`` + ``لسلطة``, no
  multi-word token lines); punctuation is always a token of its own (PUD glues
  ``شولمان,`` with SpaceAfter=No, which is spelling, not a clitic). A sentence whose
  forms cannot be found in order is skipped and counted as ``skipped``.
* Without it (UD Arabic-PADT v1.3: vocalised forms, no text, no SpaceAfter), the text
  is rebuilt: diacritics are removed from each FORM; a proclitic (``و ف ب ل ك س``, one
  letter, UPOS not X) is glued to the next word, a suffixed pronoun (XPOS ``SP`` in
  genitive/accusative case: ``ه ها هم نا ي`` ...) to the previous one. The rebuilt
  surface restores what the affixation changes: ``ل`` + ``ال..`` -> ``لل..`` (the
  article's alef is dropped), a stem-final ``ة`` -> ``ت`` and ``ى`` -> ``ي`` before a
  pronoun. Multi-word token lines (``1-2``), if present, give the surface directly.

marsad's text layer (tokenizer + clitic segmenter, ``Settings`` defaults) runs on the
text; its words are ``Token.words``. A predicted word is **correct when its span
equals a gold word's span** (same start and end offsets). Words P/R/F1 count all
words, punctuation included; *tokens* P/R/F1 does the same for surface tokens (gold:
white-space/SpaceAfter groups); *multi-word* P/R/F1 only counts words of tokens that
gold or marsad split into several words (the clitic decisions themselves). *Form
accuracy* is the share of correct multi-word-token words whose ``Word.form`` equals the
gold FORM without diacritics (this checks restored forms like ``للأمم`` -> ``الأمم``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import click

from marsad.doc import Token
from marsad.errors import Err, MarsadError
from marsad.settings import Settings
from marsad.text.normalize import DIACRITICS
from marsad.text.steps import TextLayer

_STRIP = {ord(c): None for c in DIACRITICS + "\u0640"}
_PROCLITICS = frozenset("وفبلكس")
Span = tuple[int, int]


@dataclass(slots=True)
class UdSentence:
    sent_id: str
    text: str
    words: list[Span]  # gold word spans in ``text``
    forms: list[str]  # gold FORMs without diacritics, parallel to ``words``
    tokens: list[Span]  # gold surface token spans
    multi: set[Span] = field(default_factory=set)  # words of multi-word gold tokens


def read_blocks(path: Path) -> Iterator[tuple[dict[str, str], list[list[str]]]]:
    """Comment fields and 10-column rows of each CoNLL-U sentence."""
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=str(path),
            kind="CoNLL-U",
            detail=str(exc),
            fix="check the path",
        ) from None
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    with fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                if rows:
                    yield meta, rows
                meta, rows = {}, []
            elif line.startswith("#"):
                key, _, value = line[1:].partition("=")
                meta[key.strip()] = value.strip()
            else:
                cols = line.split("\t")
                if len(cols) != 10:
                    raise MarsadError(
                        Err.BAD_DATA_FILE,
                        source=f"{path}:{lineno}",
                        kind="CoNLL-U",
                        detail=f"{len(cols)} columns, expected 10",
                        fix="pass a CoNLL-U file (10 tab-separated columns)",
                    )
                rows.append(cols)
    if rows:
        yield meta, rows


def _is_word_row(cols: list[str]) -> bool:
    return cols[0].isdigit()


def from_text(sent_id: str, text: str, rows: list[list[str]]) -> UdSentence | None:
    """Gold spans from a sentence with ``# text``; None when FORMs are not found in order."""
    sent = UdSentence(sent_id, text, [], [], [])
    cur, tok_start, in_token, prev_punct = 0, 0, False, False
    for cols in rows:
        if not _is_word_row(cols):
            continue
        form, punct = cols[1], cols[3] == "PUNCT"
        if in_token and (punct or prev_punct):  # punctuation is its own token
            _close_token(sent, tok_start, cur)
            in_token = False
        prev_punct = punct
        while cur < len(text) and text[cur].isspace() and not in_token:
            cur += 1
        if not text.startswith(form, cur):
            return None
        if not in_token:
            tok_start = cur
        sent.words.append((cur, cur + len(form)))
        sent.forms.append(form.translate(_STRIP))
        cur += len(form)
        in_token = "SpaceAfter=No" in cols[9] and cur < len(text) and not text[cur].isspace()
        if not in_token:
            _close_token(sent, tok_start, cur)
    if in_token:
        _close_token(sent, tok_start, cur)
    return sent


def _close_token(sent: UdSentence, start: int, end: int) -> None:
    sent.tokens.append((start, end))
    inside = [w for w in sent.words if w[0] >= start and w[1] <= end]
    if len(inside) > 1:
        sent.multi.update(inside)


def _is_enclitic(cols: list[str]) -> bool:
    xpos = cols[4]
    return cols[3] == "PRON" and xpos.startswith("SP") and len(xpos) > 8 and xpos[8] in "24"


def _is_proclitic(form: str, cols: list[str]) -> bool:
    return form in _PROCLITICS and cols[3] != "X"


def group_forms(rows: list[list[str]]) -> list[list[str]]:
    """PADT words (diacritics removed) grouped into rebuilt surface tokens."""
    groups: list[list[str]] = []
    glue_next = False
    for cols in rows:
        if not _is_word_row(cols):
            continue
        form = cols[1].translate(_STRIP) or cols[1]
        is_punct = cols[3] == "PUNCT"
        if groups and not is_punct and (glue_next or _is_enclitic(cols)):
            groups[-1].append(form)
        else:
            groups.append([form])
        glue_next = _is_proclitic(form, cols)
    return groups


def _surface(words: list[str], i: int) -> str:
    """How word ``i`` of a rebuilt token is written next to its neighbours."""
    form = words[i]
    if i > 0 and words[i - 1] == "ل" and form.startswith("ال") and len(form) > 2:
        form = form[1:]  # ل + الحظر -> للحظر
    if i + 1 < len(words) and len(form) > 1:  # the next word is a suffixed pronoun
        if form[-1] == "ة":
            form = form[:-1] + "ت"
        elif form[-1] == "ى":
            form = form[:-1] + "ي"
    return form


def from_forms(sent_id: str, rows: list[list[str]]) -> UdSentence:
    """Rebuild a sentence's text and gold spans from vocalised FORMs (UD PADT v1.3)."""
    sent = UdSentence(sent_id, "", [], [], [])
    parts: list[str] = []
    pos = 0
    for group in group_forms(rows):
        tok_start = pos
        for i, form in enumerate(group):
            surf = _surface(group, i) if len(group) > 1 else form
            sent.words.append((pos, pos + len(surf)))
            sent.forms.append(form)
            parts.append(surf)
            pos += len(surf)
        _close_token(sent, tok_start, pos)
        parts.append(" ")
        pos += 1
    sent.text = "".join(parts).rstrip()
    return sent


def read_conllu(path: Path) -> tuple[list[UdSentence], int]:
    """Gold sentences of a CoNLL-U file and the number skipped (FORMs not in the text)."""
    sents: list[UdSentence] = []
    skipped = 0
    for n, (meta, rows) in enumerate(read_blocks(path)):
        sent_id = meta.get("sent_id", str(n + 1))
        if "text" in meta:
            sent = from_text(sent_id, meta["text"], rows)
        else:
            sent = from_forms(sent_id, rows)
        if sent is None:
            skipped += 1
        else:
            sents.append(sent)
    return sents, skipped


@dataclass(slots=True)
class Prf:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, pred: set[Span], gold: set[Span]) -> None:
        self.tp += len(pred & gold)
        self.pred += len(pred)
        self.gold += len(gold)

    def scores(self) -> dict[str, float | int]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
        }


@dataclass(slots=True)
class TokenScores:
    file: str
    sentences: int = 0
    skipped: int = 0
    words: Prf = field(default_factory=Prf)
    tokens: Prf = field(default_factory=Prf)
    multi: Prf = field(default_factory=Prf)
    form_ok: int = 0
    form_total: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        d = asdict(self)
        for key in ("words", "tokens", "multi"):
            d[key] = getattr(self, key).scores()
        d["form_accuracy"] = round(self.form_ok / self.form_total, 4) if self.form_total else 0.0
        return d


def score_sentence(sent: UdSentence, toks: list[Token], res: TokenScores, keep: int) -> None:
    pred_words = {(w.start, w.end): w for t in toks for w in t.words}
    pred_multi = {(w.start, w.end) for t in toks if len(t.words) > 1 for w in t.words}
    gold_words = set(sent.words)
    res.words.add(set(pred_words), gold_words)
    res.tokens.add({(t.start, t.end) for t in toks}, set(sent.tokens))
    res.multi.add(pred_multi, sent.multi)
    for span, form in zip(sent.words, sent.forms, strict=True):
        if span in sent.multi and span in pred_multi:
            res.form_total += 1
            res.form_ok += pred_words[span].form == form
    if len(res.errors) < keep and set(pred_words) != gold_words:
        res.errors.append(_error_row(sent, toks))


def _error_row(sent: UdSentence, toks: list[Token]) -> dict[str, str]:
    gold = " ".join(
        "+".join(sent.text[a:b] for a, b in sent.words if a >= s and b <= e) for s, e in sent.tokens
    )
    pred = " ".join("+".join(w.form for w in t.words) for t in toks)
    return {"sent_id": sent.sent_id, "gold": gold, "pred": pred}


def evaluate(
    path: Path, settings: Settings, *, limit: int | None = None, keep_errors: int = 0
) -> TokenScores:
    sents, skipped = read_conllu(path)
    layer = TextLayer(settings)
    res = TokenScores(file=str(path), skipped=skipped)
    for sent in sents[:limit]:
        res.sentences += 1
        score_sentence(sent, layer.tokens(sent.text), res, keep_errors)
    return res


def _print_table(res: TokenScores) -> None:
    from rich.console import Console
    from rich.table import Table

    d = res.to_dict()
    table = Table(title=f"word segmentation: {res.file}")
    for col in ("", "P", "R", "F1", "correct", "predicted", "gold"):
        table.add_column(col, justify="right")
    for key in ("words", "tokens", "multi"):
        s = getattr(res, key).scores()
        label = "multi-word" if key == "multi" else key
        table.add_row(
            label,
            *(f"{s[k]:.4f}" for k in ("precision", "recall", "f1")),
            *(str(s[k]) for k in ("tp", "pred", "gold")),
        )
    console = Console()
    console.print(table)
    console.print(
        f"sentences {res.sentences} (skipped {res.skipped}); "
        f"form accuracy on split words {d['form_accuracy']:.4f} ({res.form_total})"
    )
    for err in res.errors:
        console.print(
            f"[bold]{err['sent_id']}[/]\n gold: {err['gold']}\n ours: {err['pred']}",
            markup=True,
            highlight=False,
        )


@click.command(name="tokens")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@click.option("--limit", type=int, default=None, help="Score only the first N sentences.")
@click.option("--errors", "keep_errors", type=int, default=0, help="Show N sentences with errors.")
def command(path: Path, as_json: bool, limit: int | None, keep_errors: int) -> None:
    """Word-segmentation P/R/F1 against a UD Arabic CoNLL-U file.

    \b
    Examples:
      marsad eval tokens ../shared/data/ud/arabic_pud/ar_pud-ud-test.conllu
      marsad eval tokens ../shared/data/ud/arabic_padt_v1.3/ar-ud-dev.conllu --errors 20
    """
    if not path.exists():
        raise MarsadError(Err.NOT_FOUND, source=str(path))
    res = evaluate(path, Settings(), limit=limit, keep_errors=keep_errors)
    if as_json:
        click.echo(json.dumps(res.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_table(res)
