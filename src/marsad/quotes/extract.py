"""Find quotations in the body sentences of a document.

Per sentence: speech cues (a cue verb or participle) and the content each opens
(after ``أن``/``إن``/``:`` or the verb's own preposition, up to the end of the
sentence or a clause that is the writer's again); quoted spans; then

- a quoted span inside a cue's content, right after it, or right before a cue
  (``"..."، قال``) is a direct quote of that cue's speaker;
- a cue's content holding no accepted quoted span is reported speech.

Quoted spans with no cue are names or scare quotes, not speech.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from marsad.dates.fold import Folded, fold
from marsad.doc import Document, Quote, Sentence
from marsad.kb.loader import KB
from marsad.quotes.lexicon import CueLexicon, load_cues
from marsad.quotes.marks import quote_spans
from marsad.quotes.speakers import Mentions, Speaker, doc_mentions, group_speaker
from marsad.settings import NormalizeOptions

MAX_SUBJECT = 90  # folded characters between a cue and its opener
_TRIM = " \t\n.،,:;؛"


@dataclass(slots=True)
class Cue:
    start: int  # original offsets of the cue word
    end: int
    text: str
    participle: bool
    lemma: str
    subject: tuple[int, int]  # original span between cue and opener
    content: tuple[int, int]  # original span of the content
    speaker: Speaker | None = None


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


class QuoteFinder:
    def __init__(self, opts: NormalizeOptions, kb: KB | None) -> None:
        self.opts, self.kb = opts, kb
        self.lex: CueLexicon = load_cues(opts)
        forms = list(self.lex.verbs) + list(self.lex.participles)
        self.cue_re = re.compile(rf"(?<!\w)[وف]?(?P<cue>{_alt(forms)})(?!\w)")
        self.stop_re = re.compile(
            "|".join(re.escape(s) for s in self.lex.stops)
            + rf"|،\s*[وف]?(?:{_alt(list(self.lex.participles))})(?!\w)"
        )
        self.unnamed_re = re.compile(rf"^\s*(?:{_alt(self.lex.unnamed)})(?!\w)[^،,:]*")
        self.title_re = re.compile(rf"(?<!\w)[وف]?(?:{_alt(self.lex.titles)})(?!\w)")

    def opener_re(self, lemma: str) -> re.Pattern[str]:
        prep = self.lex.prepositions.get(lemma)
        parts = [r"ب?ان(?:ه|ها|هم|نا|هما)?(?!\w)", r":"]
        if prep:
            parts.insert(0, rf"{re.escape(prep)}\s+ب?ان(?:ه|ها|هم|نا|هما)?(?!\w)")
            if lemma == "اعرب" or lemma == "كشف":
                parts.append(rf"{re.escape(prep)}(?!\w)")
        return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")

    def find(self, doc: Document) -> list[Quote]:
        folded = fold(doc.text, self.opts)
        mentions = Mentions(doc_mentions(doc, self.kb))
        quotes: list[Quote] = []
        previous: Speaker | None = None
        for sent in doc.sentences:
            cues = self._cues(doc, folded, sent)
            for cue in cues:
                cue.speaker = self._speaker(doc, folded, sent, cue, cues, mentions, previous)
                previous = cue.speaker or previous
            quotes.extend(self._sentence_quotes(doc, sent, cues))
        return quotes

    def _cues(self, doc: Document, folded: Folded, sent: Sentence) -> list[Cue]:
        fs, fe = folded.folded_pos(sent.start), folded.folded_pos(sent.end)
        ftext = folded.text
        cues: list[Cue] = []
        for m in self.cue_re.finditer(ftext, fs, fe):
            word = m.group("cue")
            participle = word in self.lex.participles
            lemma = self.lex.participles[word] if participle else self.lex.verbs[word]
            op = self.opener_re(lemma).search(ftext, m.end(), min(fe, m.end() + MAX_SUBJECT))
            if op is None or self.cue_re.search(ftext, m.end(), op.start()):
                continue
            stop = self.stop_re.search(ftext, op.end(), fe)
            c_end = stop.start() if stop else fe
            orig = folded.orig_start
            cues.append(
                Cue(
                    start=orig(m.start("cue")),
                    end=folded.orig_end(m.end("cue")),
                    text=doc.text[orig(m.start("cue")) : folded.orig_end(m.end("cue"))],
                    participle=participle,
                    lemma=lemma,
                    subject=(folded.orig_end(m.end()), orig(op.start())),
                    content=(folded.orig_end(op.end()), orig(c_end) if c_end < fe else sent.end),
                )
            )
        # a cue's content ends where the next cue begins
        for a, b in itertools.pairwise(cues):
            if b.start < a.content[1]:
                a.content = (a.content[0], b.start)
        return cues

    def _speaker(
        self,
        doc: Document,
        folded: Folded,
        sent: Sentence,
        cue: Cue,
        cues: list[Cue],
        mentions: Mentions,
        previous: Speaker | None,
    ) -> Speaker | None:
        if cue.participle:
            earlier = [c.speaker for c in cues if c.start < cue.start and c.speaker]
            if earlier:
                return earlier[-1]
            return mentions.best(sent.start, cue.start) or previous
        s0, s1 = cue.subject
        named = mentions.best(s0, s1)
        if named:
            return named
        subject = doc.text[s0:s1]
        fsub = folded.text[folded.folded_pos(s0) : folded.folded_pos(s1)]
        group = self.unnamed_re.match(fsub)
        if group:
            return group_speaker(_clean(subject), self.kb)
        if self.title_re.search(fsub):
            return mentions.last_person(cue.start) or Speaker(_clean(subject), _clean(subject))
        before = self._subject_before(doc, folded, sent, cue, mentions)
        if before:
            return before
        if re.search(r"\w{3,}", fsub) and not re.match(
            r"^\s*(?:في|خلال|امس|اليوم|حينءذ|حينها|ايضا)", fsub
        ):
            return Speaker(_clean(subject), _clean(subject))
        return previous

    def _subject_before(
        self, doc: Document, folded: Folded, sent: Sentence, cue: Cue, mentions: Mentions
    ) -> Speaker | None:
        """A subject before a cue glued by و to an earlier verb (``وعاد الوزير وأكد``)."""
        fa, fb = folded.folded_pos(sent.start), folded.folded_pos(cue.start)
        head = folded.text[fa:fb]
        if len(head.split()) > 6:
            return None
        named = mentions.best(sent.start, cue.start)
        if named:
            return named
        if self.title_re.search(head):
            return mentions.last_person(cue.start)
        return None

    def _sentence_quotes(self, doc: Document, sent: Sentence, cues: list[Cue]) -> list[Quote]:
        out: list[Quote] = []
        used: set[int] = set()
        for a, b in quote_spans(doc.text, sent.start, sent.end):
            a, b = _trim(doc.text, a, b)
            cue = self._governing(doc, cues, a, b)
            if cue is None or not self._is_speech(doc.text, a, b, cue):
                continue
            used.add(id(cue))
            out.append(_quote(doc, sent, a, b, True, cue))
        for cue in cues:
            if id(cue) in used or any(cue.content[0] <= q.start < cue.content[1] for q in out):
                continue
            a, b = _trim(doc.text, *cue.content)
            if len(doc.text[a:b].split()) >= 3:
                out.append(_quote(doc, sent, a, b, False, cue))
        return sorted(out, key=lambda q: q.start)

    def _governing(self, doc: Document, cues: list[Cue], a: int, b: int) -> Cue | None:
        inside = [c for c in cues if c.content[0] - 2 <= a < c.content[1] + 1]
        if inside:
            return inside[-1]
        after = [c for c in cues if b < c.start <= b + 6 and not c.participle]
        return after[0] if after else None

    def _is_speech(self, text: str, a: int, b: int, cue: Cue) -> bool:
        """Quoted words rather than a quoted name or scare quotes: two words or more,
        and a two-word span only when the content starts with it."""
        words = len(text[a:b].split())
        if words < 2:
            return False
        return words > 2 or a - cue.content[0] <= 2


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRIM + '"«“':
        a += 1
    while b > a and text[b - 1] in _TRIM + '"»”':
        b -= 1
    return a, b


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(_TRIM)


def _quote(doc: Document, sent: Sentence, a: int, b: int, direct: bool, cue: Cue) -> Quote:
    sp = cue.speaker
    return Quote(
        start=a,
        end=b,
        text=doc.text[a:b],
        direct=direct,
        sentence=sent.index,
        speaker=sp.name if sp else None,
        speaker_text=sp.text if sp else None,
        speaker_entity=sp.entity if sp else None,
        speaker_actor=sp.actor if sp else None,
        cue=cue.text,
    )
