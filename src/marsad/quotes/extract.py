"""Find quotations in the body sentences of a document.

Per sentence: speech cues (a cue verb, participle or ``قوله``) and the content each
opens (after ``أن``/``إن``/``:``, the verb's own preposition, or an opening quote
mark, up to the end of the sentence or a clause that is the writer's again);
quoted spans; then

- a quoted span inside a cue's content, or right before a cue (``"..."، قال``), is
  a direct quote of that cue's speaker;
- a cue's content is reported speech when it holds no quoted span, or when its
  quoted words are a small part of it (``اعتبرت روسيا أن "لا بديل" للاتفاق``).

Quoted spans with no cue are names or scare quotes, not speech. A negated cue
(``لم يكشف``) or one inside a quotation opens nothing.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from itertools import compress
from operator import attrgetter

import msgspec

from marsad.dates.fold import Folded, fold
from marsad.dates.model import alt
from marsad.doc import Document, Quote, Sentence
from marsad.entities.lexicon import load_triggers
from marsad.kb.loader import KB
from marsad.quotes.attribution import TOKENS as ATTRIBUTION_TOKENS
from marsad.quotes.attribution import attributions
from marsad.quotes.lexicon import CueLexicon, load_cues
from marsad.quotes.marks import quote_spans
from marsad.quotes.speakers import BodyFilter, Mentions, SkipWords, Speaker, doc_mentions
from marsad.quotes.subjects import SubjectReader
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize
from marsad.text.triggers import take_flagged

MAX_SUBJECT = 120  # folded characters between a cue and its opener
# ... and where a long apposition ends in a comma right before the opener (قال X، عضو
# اللجنة التي ... بالتلفزيون الألماني (زد.دي.إف)، إن): the comma closes the subject
MAX_APPOSED = 200
MINOR_QUOTE = 0.4  # quoted share of a content below which the content is reported too
_TRIM = " \t\n.،,:;؛"
OBJECTS = ("ه", "ها", "هم", "هما")  # object pronouns glued to a cue verb
_MARKS = '"«“„'
_PRONOUN = r"(?:ه|ها|هم|نا|هما)?"
_OBJECT_PREPOSITIONS = (
    "باسم",
    "إلى",
    "على",
    "ضد",
    "مع",
    "لدى",
    "تجاه",
    "أمام",
    "بين",
    "حول",
    "عبر",
)
# the word before an أن that is no cue's complementiser, as a whole word (يؤكدون أن
# is a cue), alone or after و/ف; من قبل is "before now" (قالت من قبل إن ...)
_NOT_COMPLEMENT = "".join(
    rf"(?<!{before}(?<![^\sوف]){w}\s)"
    for w, before in (("الا", ""), ("بعد", ""), ("قبل", r"(?<!من\s)"), ("منذ", ""), ("دون", ""))
)
_MARK_CHAR = re.compile(f"[{_MARKS}]")  # a class first: the search skips to it in C
_PREV_WORD = re.compile(r"(?<!\w)[وف]?(\w+)\s+$")
_START = attrgetter("start")
_NORM = attrgetter("norm")
_TOKEN_END = attrgetter("token_end")


class Cue(msgspec.Struct, gc=False):
    # a Struct rather than a dataclass: built in C, a third of the cost per cue
    start: int  # original offsets of the cue word
    end: int
    text: str
    kind: str  # verb, participle, noun
    lemma: str
    imperfective: bool
    subject: tuple[int, int]  # original span between cue and opener
    content: tuple[int, int]  # original span of the content
    has_object: bool  # اعتبرتها: what follows is no subject
    marked: bool  # opened by a quote mark: the content is the quotation
    # folded offsets of the sentence start, the cue word and its subject: the speaker
    # reads the folded text there without mapping the original offsets back
    fsentence: int
    fstart: int
    fsubject: tuple[int, int]
    speaker: Speaker | None = None


def cue_words(lex: CueLexicon) -> frozenset[str]:
    """Normal forms of the tokens that can start a cue: a sentence without one of
    them holds no quote."""
    firsts = {f.split()[0] for f in [*lex.verbs, *lex.participles]}
    firsts |= {w + o for w in firsts for o in OBJECTS}
    return frozenset(firsts | {c + w for w in firsts for c in "وف"} | ATTRIBUTION_TOKENS)


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return alt(words)


def _stop_pattern(lex: CueLexicon) -> str:
    """The clause openers that end reported content (``، وهو``, ``، مشيرا``). Only
    the start of a match is read, so when every one opens with ``،`` that comma is
    written once, first: a search then skips to each comma in C, where an
    alternation would have its first characters tested as a class at every
    character of the content."""
    participle = rf"\s*[وف]?(?:{_alt(list(lex.participles))})(?!\w)"
    if all(s.startswith("،") for s in lex.stops):
        return "،(?:" + "|".join([*(re.escape(s[1:]) for s in lex.stops), participle]) + ")"
    return "|".join(re.escape(s) for s in lex.stops) + "|،" + participle


class QuoteFinder:
    def __init__(self, opts: NormalizeOptions, kb: KB | None) -> None:
        self.opts, self.kb = opts, kb
        self.lex: CueLexicon = load_cues(opts)
        forms = list(self.lex.verbs) + list(self.lex.participles)
        self.cue_re = re.compile(
            rf"(?<!\w)[وف]?(?P<cue>{_alt(forms)})(?P<obj>{_alt(list(OBJECTS))})?(?!\w)"
        )
        self.stop_re = re.compile(_stop_pattern(self.lex))
        self._name_heads: dict[str, bool] = {}  # word before a quotation -> heads a name
        self.subjects = SubjectReader(self.lex, kb, load_triggers(opts).roles, opts)
        self.cue_words = cue_words(self.lex)
        self.skip = SkipWords(opts, self.lex.subject_stops)
        self._passive_marks = [[w] for w in self.lex.passive_marks]
        titles = frozenset(t.removeprefix("ال") for t in self.lex.titles if " " not in t)
        # a body after one of these is governed, not speaking: a title's (رئيس الحكومة
        # اللبنانية) or an object's preposition (توجه إلى السلطات الفرنسية); عن and من
        # stay out, since they introduce sources (نقلت عن الحكومة، مصادر من الجيش)
        objects = frozenset(normalize(w, opts) for w in _OBJECT_PREPOSITIONS)
        self.bodies = BodyFilter(opts, self.lex.construct_heads | titles | objects)
        self._openers: dict[str, re.Pattern[str]] = {}
        # per lemma, its opener pattern and preposition, read in one lookup per cue
        self._opener_of: dict[str, tuple[re.Pattern[str], str]] = {}
        # the last letters of each negation (two, or one if a negation has one)
        self.neg_k = min(2, *(len(w) for w in self.lex.negations)) if self.lex.negations else 2
        self.neg_tails = frozenset(w[-self.neg_k :] for w in self.lex.negations)
        # per cue form, read once here rather than per cue: its lemma, its kind and
        # whether it is an imperfective verb (a participle form wins over a verb's)
        self.forms: dict[str, tuple[str, str, bool]] = {}
        for word, lemma in self.lex.verbs.items():
            kind = "noun" if lemma in self.lex.reported_nouns else "verb"
            imperfective = kind == "verb" and word[0] in "يتن" and lemma[0] != word[0]
            self.forms[word] = (lemma, kind, imperfective)
        for word, lemma in self.lex.participles.items():
            self.forms[word] = (lemma, "participle", False)
        for lemma, _, _ in self.forms.values():
            # compiled now rather than on a first document
            self._opener_of[lemma] = (self.opener_re(lemma), self.lex.prepositions.get(lemma, ""))

    def opener_re(self, lemma: str) -> re.Pattern[str]:
        """``أن``/``إن``/``بأن`` (with a pronoun), ``:``, and the lemma's preposition
        before them (``أشار إلى أن``) or alone where it opens content (``أعرب عن``)."""
        if lemma not in self._openers:
            prep = self.lex.prepositions.get(lemma)
            core = rf"(?<!\w)ب?ان{_PRONOUN}(?!\w)|:"
            parts = [core]
            if prep:
                parts.insert(0, rf"(?<!\w){re.escape(prep)}\s+(?:{core}|(?=[{_MARKS}]))")
                if lemma in self.lex.prepositions_alone:
                    parts.append(rf"(?<!\w){re.escape(prep)}(?!\w)")
            # إلا أن opens a contrast and بعد/قبل/منذ/دون أن a time or manner clause
            # (أعلنت عن إجازة بعد أن تلقت ...): none is the cue's complementiser
            self._openers[lemma] = re.compile(_NOT_COMPLEMENT + "(?:" + "|".join(parts) + ")")
        return self._openers[lemma]

    def _far_opener(self, ftext: str, lemma: str, a: int, b: int) -> tuple[int, int] | None:
        """An opener past ``MAX_SUBJECT`` that follows a comma (``...، إن``): a long
        subject with its apposition. Not a quote mark alone, nor an opener inside a
        clause (كما أن، رغم أنها، على أن), which no comma precedes directly."""
        op = self._opener(ftext, lemma, a, b)
        if op is None or op[1] <= op[0]:
            return None
        before = ftext[max(a, op[0] - 3) : op[0]].rstrip()
        return op if before.endswith(("،", ",")) else None

    def _opener(self, ftext: str, lemma: str, a: int, b: int) -> tuple[int, int] | None:
        """The folded span of the opener after a cue; an opening quote mark opens the
        content itself (``وقال "..."``, an empty span) unless an ``أن`` follows soon
        after (a quoted name in the subject: ``قال المتحدث باسم "الحزب" إن``).

        The opener is what ``opener_re(lemma).search(ftext, a, b)`` finds, tried only
        where one can start: at ``ان`` (or the ``ب`` before it), ``:`` or the lemma's
        preposition, each found by ``str.find``. A search would try its look-behinds
        at every letter from a false ``ان`` (كان، الانتخابات) to the window's end.
        One method, not two: it runs for every cue word."""
        found = self._opener_of.get(lemma)
        if found is None:
            found = self._opener_of[lemma] = (
                self.opener_re(lemma),
                self.lex.prepositions.get(lemma, ""),
            )
        rx, prep = found
        find = ftext.find
        an, colon = find("ان", a, b), find(":", a, b)
        at = find(prep, a, b) if prep else -1
        p = a
        while True:
            c = -1  # the first place at or after p where an opener can start
            if an >= 0:
                c = an - 1 if an > p and ftext[an - 1] == "ب" else an
            if colon >= 0 and (c < 0 or colon < c):
                c = colon
            if at >= 0 and (c < 0 or at < c):
                c = at
            if c < 0:
                # no opener: the first opening quote mark, if any, opens the content
                first = _MARK_CHAR.search(ftext, a, b)
                return None if first is None else (first.start(), first.start())
            op = rx.match(ftext, c, b)
            if op is not None:
                break
            p = c + 1
            if 0 <= an < p:
                an = find("ان", p, b)
            if 0 <= colon < p:
                colon = find(":", p, b)
            if 0 <= at < p:
                at = find(prep, p, b)
        at = op.start()
        # only a mark more than 40 characters before the opener wins, so the search
        # ends there: most openers follow their cue closely and none is looked for
        if at - 40 > a:
            first = _MARK_CHAR.search(ftext, a, at - 40)
            if first is not None:
                return first.start(), first.start()
        return at, op.end()

    def _prep_first(self, ftext: str, at: int, lemma: str) -> bool:
        """Whether a participle that is also a noun (لافتة: a banner) has its
        preposition as the word after ``at``, as the participle does (لافتة إلى)."""
        if lemma not in self.lex.noun_participles:
            return True
        prep = self.lex.prepositions.get(lemma, "")
        return ftext[at : at + 12].split(None, 1)[:1] == [prep]

    def find(self, doc: Document) -> list[Quote]:
        indices = take_flagged(doc.meta, "quotes")
        picked: list[tuple[Sentence, list[int] | None]]
        if indices is not None and doc.tokens:
            picked = _flagged_cue_sentences(doc, indices, self.cue_words)
            if not picked:
                return []
            folded = fold(doc.text, self.opts)
        elif doc.tokens:
            picked = _token_cue_sentences(doc, self.cue_words)
            if not picked:
                return []  # no cue word anywhere: no quote (quoted words need a cue)
            folded = fold(doc.text, self.opts)
        else:
            folded = fold(doc.text, self.opts)
            present = folded.words & self.cue_words
            if not present:
                return []
            picked = [(s, None) for s in _with_cue_words(doc, folded, present)]
        if not picked:
            return []
        # every speaker is looked for before the end of the last sentence with a cue
        limit = picked[-1][0].end
        mentions = Mentions(lambda: doc_mentions(doc, self.kb, limit, self.bodies), self.skip)
        # the sentence bounds and cue-word starts of the whole document mapped to
        # folded offsets in one call, then read in turn
        offsets: list[int] = []
        for sent, at in picked:
            offsets += (sent.start, sent.end)
            if at:
                offsets += at
        fpos = folded.positions(offsets)
        quotes: list[Quote] = []
        previous: Speaker | None = None
        text = doc.text
        speaker = self.subjects.speaker
        k = 0  # the next of the sentence's offsets in fpos (read by index, not by next())
        for sent, at in picked:
            fs, fe = fpos[k], fpos[k + 1]
            k += 2
            starts = None
            if at is not None:
                starts = fpos[k : k + len(at)]
                k += len(at)
            cues = self._cues(doc, folded, sent, fs, fe, starts)
            if not cues:
                # no speech verb: an attribution (بحسب وزارة النقل) may report the
                # sentence; a negated cue or one that opens nothing reads no marks
                quotes.extend(self._attributed(doc, sent, mentions))
                continue
            spans = quote_spans(text, sent.start, sent.end)
            if spans:  # most sentences quote nothing
                spans = [_trim(text, a, b) for a, b in spans]
                spans = [sp for sp in spans if not self._quoted_name(text, sp[0])]
                cues = _outside(cues, spans)
            if len(cues) > 1:
                _cut(cues)
            for cue in cues:
                sp = cue.speaker = speaker(doc, folded, sent, cue, cues, mentions, previous)
                if sp is not None:
                    previous = sp
            quotes.extend(self._sentence_quotes(doc, sent, cues, spans))
        return quotes

    def _attributed(self, doc: Document, sent: Sentence, mentions: Mentions) -> list[Quote]:
        """The quotes of a sentence's attributions (``attribution.py``): its quotations
        where the clause holds any, else the clause, reported."""
        text, out = doc.text, []
        taken: list[tuple[int, int]] = []
        for att in attributions(text, sent.start, sent.end):
            c0, c1 = att.content
            if any(c0 < y and x < c1 for x, y in taken):
                continue  # two attributions of one clause: the first names its source
            taken.append(att.content)
            sp = self.subjects.source(doc, att.source[0], att.source[1], mentions)
            if sp is None:
                continue
            a, b = att.content
            cue = text[att.word[0] : att.word[1]]
            spans = self._attributed_quotations(text, a, b)
            if spans:
                for x, y in spans:
                    out.append(_spoken(text[x:y], x, y, True, sent.index, sp, cue))
                continue
            a = _past_conjunction(doc, sent, a)
            seg = text[a:b]
            kept = seg.lstrip(_LEAD)
            a += len(seg) - len(kept)
            seg = kept.rstrip(_TAIL)
            if len(seg.split(None, 3)) > 3:  # four words at least: a clause
                out.append(_spoken(seg, a, a + len(seg), False, sent.index, sp, cue))
        return out

    def _attributed_quotations(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """The quotations that are what an attributed clause ``text[a:b]`` reports:
        not names or terms in quote marks (سيتي غروب، "الصحة والتنمية الاجتماعية"),
        so six words at least, or three where they make two fifths of the clause."""
        spans = [_trim(text, x, y) for x, y in quote_spans(text, a, b)]
        spans = [(x, y) for x, y in spans if not self._quoted_name(text, x)]
        sizes = [len(text[x:y].split()) for x, y in spans]
        if not spans or 5 * sum(sizes) >= 2 * len(text[a:b].split()):
            return [sp for sp, n in zip(spans, sizes, strict=True) if n >= 3]
        return [sp for sp, n in zip(spans, sizes, strict=True) if n >= 6]

    def _quoted_name(self, text: str, a: int) -> bool:
        """Whether the quotation at ``a`` is a name: after a glued ل (لـ"الشرق الأوسط")
        or a noun that heads names (لمحطة "آر بي بي"، مسلسل "...", ``named_nouns``)."""
        before = text[max(0, a - 24) : a].rstrip(_MARKS_AND_SPACE)
        if before.endswith(("لـ", "ل")) and (len(before) < 2 or not before[-2].isalpha()):
            return True  # ل glued to the mark: لـ"العربية"
        words = before.split()
        if not words:
            return False
        # indefinite, the noun heads the name (صحيفة "X"); after a definite one the
        # quotation is said about it (عن المسلسل "ركزنا على النص")
        found = self._name_heads.get(words[-1])
        if found is None:
            word = normalize(words[-1], self.opts)
            forms = {word, word[1:] if word[:1] in "وفبل" else word}
            found = not forms.isdisjoint(self.lex.named_nouns)
            if len(self._name_heads) > 4096:
                self._name_heads.clear()  # bounded: a long-running service sees many words
            self._name_heads[words[-1]] = found
        return found

    def _cues(
        self,
        doc: Document,
        folded: Folded,
        sent: Sentence,
        fs: int,
        fe: int,
        starts: list[int] | None,
    ) -> list[Cue]:
        """The sentence's cues, quotations not yet left out (see ``_outside``);
        ``fs``, ``fe``: its folded bounds; ``starts``: the folded starts of its
        cue-word tokens (None: no tokens, the cue words are searched for)."""
        # every cue word of the sentence, found once: a cue's subject and content are
        # cut at the next one by bisection rather than by searching again
        if starts is None:
            found = list(self.cue_re.finditer(folded.text, fs, fe))
        else:
            found = self._cues_at(folded.text, fs, fe, starts)
        if not found:
            return []
        ftext = folded.text
        # عدم ذكر، عدم الكشف: a verbal noun after عدم (طلبوا عدم ذكر أسمائهم) is no cue,
        # and no cue word to cut the cue before it at
        found = [m for m in found if not ftext.endswith("عدم ", max(0, m.start() - 4), m.start())]
        # فرع تابع لشركة X: "belonging to", no speech verb, and nothing to cut at
        belonging = self.lex.belonging
        found = [m for m in found if m["cue"] not in belonging or not _belongs(ftext, m)]
        if not found:
            return []
        if len(found) == 1:  # most sentences: no next cue word to cut at
            words: tuple[list[int], list[int]] = ([], [])
            cutting = found
        else:
            # a weak cue (يتوقع، كتب) opens a cue but cuts no other's content: inside
            # reported content it is that content (قال إن فرنسا تتوقع ...)
            weak, forms = self.lex.weak, self.forms
            cutting = [m for m in found if forms[m["cue"]][0] not in weak]
            words = ([m.start() for m in cutting], [m.end() for m in cutting])
        cues: list[Cue] = []
        text, cue_of = doc.text, self._cue
        same = len(cutting) == len(found)
        for k, m in enumerate(found, 1):
            # a cue reads no quotation: those are left out afterwards, and only in a
            # sentence with a cue are the quote marks looked for
            nxt = k if same else bisect_left(words[0], m.end())
            cue = cue_of(text, folded, m, fs, fe, sent.end, words, nxt)
            if cue is not None and _after_hadd(ftext, m.start()):
                # على حد وصفه "...": the content right after it, its owner the subject
                # before; with words between, they are no speaker (على حد وصفه بشكل ...)
                f0, f1 = cue.fsubject
                if ftext[f0:f1].strip(" ،,"):
                    continue  # the word still cuts the content of a cue before it
            if cue is not None:
                cues.append(cue)
        return cues

    def _cues_at(self, ftext: str, fs: int, fe: int, starts: list[int]) -> list[re.Match[str]]:
        """The cue words matched at the given token starts: what a ``finditer`` over the
        sentence finds, without passing over it. A و/ف the tokenizer split off belongs
        to the cue word after it, as in the pattern."""
        found: list[re.Match[str]] = []
        last = fs
        for p in starts:
            if p < last:
                continue
            m = self.cue_re.match(ftext, p, fe)
            if m is None and p - 1 >= last and ftext[p - 1 : p] in ("و", "ف"):
                m = self.cue_re.match(ftext, p - 1, fe)
            if m is not None:
                found.append(m)
                last = m.end()
        return found

    def _cue(
        self,
        text: str,
        folded: Folded,
        m: re.Match[str],
        fs: int,
        fe: int,
        end_of_sentence: int,
        words: tuple[list[int], list[int]],
        nxt: int,
    ) -> Cue | None:
        """The cue of cue word ``m`` (``fs``, ``fe``: the folded bounds of its sentence;
        ``nxt``: the index of the next cue word in ``words``), or None where it is
        negated or opens nothing."""
        ftext = folded.text
        m_start, m_end = m.span()
        before = ftext[max(0, m_start - 9) : m_start]
        # the regex only where the word before ends like a negation (most do not)
        if before.rstrip()[-self.neg_k :] in self.neg_tails:
            prev = _PREV_WORD.search(before)
            if prev and prev.group(1) in self.lex.negations:
                return None  # لم يكشف: nothing was said
        f_cue, word = m.start("cue"), m["cue"]
        lemma, kind, imperfective = self.forms[word]
        op = self._opener(ftext, lemma, m_end, min(fe, m_end + MAX_SUBJECT))
        if op is None and kind == "verb":
            op = self._far_opener(ftext, lemma, m_end, min(fe, m_end + MAX_APPOSED))
        if op is None:
            if (
                kind == "verb"
                and ftext[fs:f_cue].lstrip(" \n")[:1] in _OPENING_MARKS
                and _POSTPOSED.search(ftext, max(fs, f_cue - 12), f_cue)
            ):
                return self._postposed(text, folded, m, kind, lemma, imperfective, fs, fe)
            return None
        op_start, op_end = op
        if word in self.lex.impersonal and _impersonal(ftext, m_end, op_start):
            return None  # يذكر أن، ويذكر في هذا السياق أن: the writer's background
        if ftext[m_end : m_end + 8].split(None, 1)[:1] in self._passive_marks:
            return None  # كتب عليها "...": written on it, said by no one
        if (
            op_start == op_end
            and kind == "participle"
            and not self._prep_first(ftext, m_end, lemma)
        ):
            return None  # لافتة كتب عليها "...": a noun, not لافتة إلى "..."
        w_starts, w_ends = words
        n = len(w_starts)
        # the next cue word is the first at or after the cue's end (they do not overlap)
        if nxt < n and w_ends[nxt] <= op_start:
            return None  # a cue word between cue and opener
        stop = self.stop_re.search(ftext, op_end, fe)
        if (
            stop
            and "ان" in ftext[op_start:op_end]
            and ftext.startswith(_DESCRIBED, stop.start())
            and _quoted_only(ftext, op_end, stop.start())
        ):
            # إن "نجمة موبايل"، وهي فرع ...، تم إغلاقها: the clause describes the quoted
            # name that opens the content, whose predicate comes after it
            stop = self.stop_re.search(ftext, stop.end(), fe)
        stop_at = stop.start() if stop else None
        # another cue word, opened or not, starts a clause of its own
        if nxt < n:
            i = bisect_left(w_starts, op_end, nxt)
            if i < n and w_ends[i] <= (fe if stop_at is None else stop_at):
                stop_at = w_starts[i]
        orig, orig_end = folded.orig_start, folded.orig_end
        start, end = orig(f_cue), orig_end(m_end)
        return Cue(
            start,
            end,
            text[start:end],
            kind,
            lemma,
            imperfective,
            (end, orig(op_start)),
            (orig_end(op_end), end_of_sentence if stop_at is None else orig(stop_at)),
            m["obj"] is not None,
            op_end == op_start,
            fs,
            f_cue,
            (m_end, op_start),
        )

    def _postposed(
        self,
        text: str,
        folded: Folded,
        m: re.Match[str],
        kind: str,
        lemma: str,
        imperfective: bool,
        fs: int,
        fe: int,
    ) -> Cue:
        """A cue after the quotation that opens its sentence («...»، قال الوزير): its
        subject runs from the verb to the next stop; its content is the quotation
        before it (``_governing`` gives it the span that ends right before it)."""
        ftext = folded.text
        m_end = m.end()
        stop = self.stop_re.search(ftext, m_end, fe)
        f_end = min(stop.start() if stop else fe, m_end + MAX_SUBJECT)
        orig, orig_end = folded.orig_start, folded.orig_end
        start, end = orig(m.start("cue")), orig_end(m_end)
        sub_end = max(end, orig(f_end))
        return Cue(
            start,
            end,
            text[start:end],
            kind,
            lemma,
            imperfective,
            (end, sub_end),
            (end, end),
            m["obj"] is not None,
            True,
            fs,
            m.start("cue"),
            (m_end, f_end),
        )

    def _sentence_quotes(
        self, doc: Document, sent: Sentence, cues: list[Cue], spans: list[tuple[int, int]]
    ) -> list[Quote]:
        if not cues:
            return []  # a quoted span needs a cue to be speech
        text = doc.text
        # the direct quotes with their word counts (counted once, read three times)
        direct: list[tuple[int, int, Cue, int]] = []
        for a, b in spans:
            cue = _governing(cues, a, b)
            if cue is not None:
                words = _speech_words(text, a, b, cue)
                if words:
                    direct.append((a, b, cue, words))
        # each content trimmed (_trim inlined: a call per cue otherwise) and kept with
        # its text, which the quote reuses rather than slicing it again
        reported: list[tuple[int, int, str, Cue]] = []
        requests = self.lex.request_lemmas
        for cue in cues:
            if cue.marked:
                continue  # opened by a quote mark: its quotation is the quote
            a, b = cue.content
            seg = ""
            if a < b:
                seg = text[a:b]
                kept = seg.lstrip(_LEAD)
                a += len(seg) - len(kept)
                seg = kept.rstrip(_TAIL)
                b = a + len(seg)
            quoted = 0
            for d in direct:  # the quoted words inside this cue's content
                if d[2] is cue:
                    quoted += d[3]
            if quoted:
                words = _words(seg)
                if words < 3 or quoted > MINOR_QUOTE * words:
                    continue
            elif len(seg.split(None, 2)) < 3:
                continue  # under three words (counted to three only: contents are long)
            elif cue.lemma in requests:
                continue  # دعت X إلى ...: a request (an event), not a statement
            elif cue.imperfective and _is_state(cue.speaker):
                continue  # تؤكد تركيا أن ...: a standing position, not a statement
            reported.append((a, b, seg, cue))
        index = sent.index
        if not direct:  # most sentences: reported speech only
            out = [_quote(seg, a, b, False, index, cue) for a, b, seg, cue in reported]
            if len(out) > 1:
                out.sort(key=_START)
            return out
        out = []
        for a, b, cue, words in direct:
            if words < 3:
                # a two-word quotation inside reported content is part of it, not a quote
                for x, y, _, _ in reported:
                    if x <= a < y:
                        break
                else:
                    out.append(_quote(text[a:b], a, b, True, index, cue))
            else:
                out.append(_quote(text[a:b], a, b, True, index, cue))
        out.extend([_quote(seg, a, b, False, index, cue) for a, b, seg, cue in reported])
        if len(out) > 1:
            out.sort(key=_START)  # stable: a direct quote stays before reported content
        return out


def _token_cue_sentences(
    doc: Document, cue_words: frozenset[str]
) -> list[tuple[Sentence, list[int] | None]]:
    """The sentences one of whose tokens (its normal form, from the text layer) is a
    cue word, with those tokens' starts: no pass over the text."""
    toks = doc.tokens
    out: list[tuple[Sentence, list[int] | None]] = []
    for s in doc.sentences:
        at = [t.start for t in toks[s.token_start : s.token_end] if t.norm in cue_words]
        if at:
            out.append((s, at))
    return out


def _flagged_cue_sentences(
    doc: Document, indices: list[int], cue_words: frozenset[str]
) -> list[tuple[Sentence, list[int] | None]]:
    """The sentences holding a cue word among the tokens the text layer flagged, with
    the starts of those tokens."""
    toks, sents = doc.tokens, doc.sentences
    # the dates step's triggers are flagged in the same list, most of them: the test
    # runs in C (map, compress), not once per token in Python
    norms = map(_NORM, map(toks.__getitem__, indices))
    found = list(compress(indices, map(cue_words.__contains__, norms)))
    if not found:
        return []
    ends = list(map(_TOKEN_END, sents))
    out: list[tuple[Sentence, list[int] | None]] = []
    at: list[int] = []
    k, n = 0, len(sents)
    for i in found:
        k = bisect_right(ends, i, k)  # the sentence ending after token i
        if k == n:
            break
        sent = sents[k]
        if sent.token_start > i:
            continue  # a token outside every sentence (a non-body line)
        if out and out[-1][0] is sent:
            at.append(toks[i].start)
        else:
            at = [toks[i].start]
            out.append((sent, at))
    return out


def _with_cue_words(doc: Document, folded: Folded, present: frozenset[str]) -> list[Sentence]:
    """The sentences holding one of the cue words found in the document, in order."""
    starts = [s.start for s in doc.sentences]
    hits: set[int] = set()
    text = folded.text
    for word in present:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            edge_ok = (not at or not text[at - 1].isalnum()) and (
                end >= len(text) or not text[end].isalnum()
            )
            if edge_ok:
                hits.add(bisect_right(starts, folded.orig_start(at)) - 1)
            at = text.find(word, end)
    return [doc.sentences[i] for i in sorted(hits) if i >= 0]


def _outside(cues: list[Cue], spans: list[tuple[int, int]]) -> list[Cue]:
    """The cues outside the quoted spans: one inside a quotation opens nothing."""
    kept = []
    for cue in cues:
        start = cue.start
        for qa, qb in spans:  # a loop, not any(<generator>): no frame per cue
            if qa <= start < qb:
                break
        else:
            kept.append(cue)
    return kept


def _cut(cues: list[Cue]) -> None:
    """A cue's content ends where the next cue begins."""
    for a, b in itertools.pairwise(cues):
        if b.start < a.content[1]:
            a.content = (a.content[0], b.start)


def _impersonal(ftext: str, a: int, b: int) -> bool:
    """Nothing names a subject between the cue and its opener: only punctuation or a
    phrase opened by في (في هذا السياق)."""
    between = ftext[a:b].strip(" \n،,")
    return not between or between.startswith("في ")


# the stops that open a description of the noun before them (، وهي فرع تابع ...)
_DESCRIBED = ("، وهي", "، وهو")


def _belongs(ftext: str, m: re.Match[str]) -> bool:
    """A bare تابع (no و/ف) with ل glued to the next word: the adjective."""
    return m.start("cue") == m.start() and ftext.startswith(" ل", m.end())


def _quoted_only(ftext: str, a: int, b: int) -> bool:
    """Whether ``ftext[a:b]`` is one short quotation alone (four words at most): a
    quoted name, not yet a clause."""
    seg = ftext[a:b].strip(" \t\n")
    if len(seg) < 3 or seg[0] not in _MARKS or seg[-1] not in '"»”':
        return False
    inner = seg[1:-1]
    return not _MARK_CHAR.search(inner) and "»" not in inner and len(inner.split()) <= 4


def _is_state(sp: Speaker | None) -> bool:
    return sp is None or sp.type in (None, "GPE")


def _governing(cues: list[Cue], a: int, b: int) -> Cue | None:
    """The cue whose content holds the span (the last one), else a verb right after it."""
    found = None
    for c in cues:
        if c.content[0] - 2 <= a < c.content[1] + 1:
            found = c
    if found is not None:
        return found
    for c in cues:
        if b < c.start <= b + 6 and c.kind == "verb":
            return c
    return None


def _speech_words(text: str, a: int, b: int, cue: Cue) -> int:
    """The span's word count when it holds quoted words rather than a quoted name or
    scare quotes (three words or more, or two that open the content and make at least
    half of it), else 0."""
    words = _words(text[a:b])
    if words < 2:
        return 0
    if words > 2:
        return words
    c0, c1 = cue.content
    if a - c0 > 2:
        return 0
    # two words make half the content if it has four at most: split no further
    return words if len(text[c0:c1].split(None, 4)) <= 4 else 0


_LEAD = _TRIM + _MARKS
# a closing mark and a comma (هكذا after them) right before a cue word: the cue
# reports the quotation before it
_OPENING_MARKS = ('"', "«", "“")  # a sentence opening with a quotation
_POSTPOSED = re.compile(r'[»"”]\s*[،,]\s*(?:هكذا\s+)?$')
_MARKS_AND_SPACE = " \t\n" + _MARKS
_TAIL = _TRIM + '"»”“'


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """The span without the spaces, punctuation and marks at its ends (stripped in C:
    a quote's content often opens with several)."""
    if a >= b:
        return a, b
    seg = text[a:b]
    kept = seg.lstrip(_LEAD)
    a += len(seg) - len(kept)
    return a, a + len(kept.rstrip(_TAIL))


def _past_conjunction(doc: Document, sent: Sentence, a: int) -> int:
    """``a``, or past the و/ف glued to the sentence's first word when ``a`` starts the
    sentence: the content is the clause, not the link to what came before."""
    if sent.token_end <= sent.token_start:
        return a
    first = doc.tokens[sent.token_start]
    words = first.words
    glued = len(words) > 1 and words[0].role == "proclitic" and words[0].text in ("و", "ف")
    return words[1].start if glued and first.start == a else a


def _spoken(text: str, a: int, b: int, direct: bool, sentence: int, sp: Speaker, cue: str) -> Quote:
    """A quote of ``sp``, cued by ``cue`` (a verb, or an attribution's بحسب)."""
    return Quote(
        start=a,
        end=b,
        text=text,
        direct=direct,
        sentence=sentence,
        speaker=sp.name,
        speaker_text=sp.text,
        speaker_entity=sp.entity,
        speaker_actor=sp.actor,
        cue=cue,
    )


def _quote(text: str, a: int, b: int, direct: bool, sentence: int, cue: Cue) -> Quote:
    """The quote of ``text`` (the document's text from ``a`` to ``b``)."""
    sp = cue.speaker
    if sp is None:
        return Quote(start=a, end=b, text=text, direct=direct, sentence=sentence, cue=cue.text)
    return _spoken(text, a, b, direct, sentence, sp, cue.text)


def _words(seg: str) -> int:
    """``len(seg.split())``, counted without a string per word where the only blanks
    are single ASCII spaces (nearly every quote): ``isprintable`` is false for every
    other whitespace character."""
    if not seg:
        return 0
    if seg.isprintable() and "  " not in seg:
        return seg.count(" ") + 1 - (seg[0] == " ") - (seg[-1] == " ")
    return len(seg.split())


def _after_hadd(ftext: str, at: int) -> bool:
    """على حد وصفه / قوله / تعبيره: "in his words", a noun whose owner is said
    elsewhere in the sentence, not a speech verb with a subject of its own (إلى حد
    قوله "went as far as saying" is one)."""
    before = ftext[max(0, at - 8) : at]
    return before.endswith((" على حد ", " علي حد ")) or before in ("على حد ", "علي حد ")
