"""Reading the speaker of a cue.

In order: a named mention between the cue and its opener (``قال أكار إن``); an
unnamed source (``مسؤولون أتراك``); a statement (``جاء في بيان للمحكمة``) speaks
for whoever it names, else for the previous speaker; a title (``الوزير``) is the
last person named; a definite noun (``الوكالة``) is the last organisation whose
name holds it; a subject before the cue (``وعاد الوزير وأكد``); a bare verb
(``وأضاف``) continues the previous speaker. Participles speak for the subject
of their sentence, ``قوله`` for the one named after ``عن`` before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from marsad.dates.fold import Folded
from marsad.doc import Document, Sentence
from marsad.kb.loader import KB
from marsad.quotes.lexicon import CueLexicon
from marsad.quotes.speakers import (
    Mentions,
    Speaker,
    adjective_filter,
    group_speaker,
    speaker_of,
)
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

if TYPE_CHECKING:
    from marsad.quotes.extract import Cue

_TRIM = ' \t\n.،,:;؛"«»“”'
# the folded last words of a title whose genitive follows with ل (الأمين العام للأمم
# المتحدة، المبعوث الخاص لسوريا): ل there opens the body, not the one spoken to
_SPOKESPEOPLE = frozenset({"الناطق", "الناطقه", "المتحدثه", "ناطق", "متحدث"})
_GENITIVE_QUALIFIERS = frozenset(
    {"العام", "العامه", "الخاص", "الخاصه", "الرسمي", "الرسميه", "التنفيذي", "التنفيذيه"}
)

_INSIDE = frozenset({"في", "من", "داخل"})
# folded pronouns of the one told, written between a cue verb and its subject
_TOLD = frozenset({"له", "لها", "لهم", "لهما", "لنا"})  # not لي: Li Keqiang
_SHARE = frozenset({"المءه", "الماءه", "بالمءه", "بالماءه", "%"})  # المئة folded
# folded words that open a figure, never part of who reports it
_QUANTITY = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "ما"})
# a source close to a body (مصدر مقرب من البيت الأبيض) is not inside it
_CLOSE = frozenset({"مقرب", "مقربة", "مقربون", "مقربين", "قريب", "قريبة", "قريبون", "قريبين"})


def _alt(words: tuple[str, ...] | list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


class SubjectReader:
    def __init__(
        self,
        lex: CueLexicon,
        kb: KB | None,
        roles: dict[str, str] | None = None,
        opts: NormalizeOptions | None = None,
    ) -> None:
        self.lex, self.kb = lex, kb
        # role phrases (normal form -> role code, the entities step's roles.tsv): an
        # unlinked title of a state speaks for that state's body (رئيس الوزراء العراقي
        # -> IRQGOV)
        self.roles = roles or {}
        self.max_role_words = max((len(r.split()) for r in self.roles), default=0)
        self.opts = opts or NormalizeOptions()
        self._roles_of: dict[str, str | None] = {}  # phrase -> its role code, read once
        self.close = frozenset(normalize(w, self.opts) for w in _CLOSE)
        self.unnamed_re = re.compile(rf"^\s*(?:{_alt(lex.unnamed)})(?!\w)")
        self.title_re = re.compile(rf"(?<!\w)[وف]?(?:{_alt(lex.titles)})(?!\w)")
        # the titles alone: a pattern that opens with a look-behind is tried at every
        # character, one branch per title, while a bare alternation of words is
        # scanned for its first letters in C; most subjects hold no title at all
        self.title_any = re.compile(_alt(lex.titles))
        self.document_re = re.compile(rf"^\s*[وف]?(?:{_alt(lex.document_subjects)})(?!\w)")
        # the same unnamed sources recur (مصادر, مسؤولون), each a few KB matches
        self._groups: dict[tuple[str, str], Speaker] = {}
        # built now rather than on the first unnamed source, and kept with the reader
        self.adjectives = adjective_filter(kb) if kb is not None else None

    def _group(self, phrase: str, kind: str = "GROUP") -> Speaker:
        key = (phrase, kind)
        sp = self._groups.get(key)
        if sp is None:
            if len(self._groups) > 4096:
                self._groups.clear()  # bounded: a long-running service sees many phrases
            sp = self._groups[key] = group_speaker(phrase, self.kb, kind, self.adjectives)
        return sp

    def _described(self, phrase: str, kind: str = "PHRASE") -> Speaker:
        """An unlinked description: its state from its nationality adjective and,
        when it opens with a role phrase, that role's code (``وزير الدفاع التركي`` ->
        TURGOVMIL); a state-less description stays as it is."""
        sp = self._group(phrase, kind)
        if sp.actor is None or len(sp.actor) != 3:
            return sp  # no state named, or not a state (an IGO's adjective)
        role = self._role(phrase)
        return sp._replace(actor=sp.actor + role) if role else sp

    def _role(self, phrase: str) -> str | None:
        if phrase in self._roles_of:
            return self._roles_of[phrase]
        if len(self._roles_of) > 4096:
            self._roles_of.clear()  # bounded, as the unnamed sources are
        role = self._roles_of[phrase] = self._read_role(phrase)
        return role

    def _read_role(self, phrase: str) -> str | None:
        words = normalize(phrase, self.opts).split()
        if words and words[0][:1] in "وف" and words[0][1:2] == "ا":
            words[0] = words[0][1:]  # وال... : the conjunction glued to a definite title
        if words and words[0] in _SPOKESPEOPLE:
            words[0] = "المتحدث"  # roles.tsv lists spokespeople under one word
        for n in range(min(self.max_role_words, len(words)), 0, -1):
            key = " ".join(words[:n])
            # roles.tsv writes most titles indefinite (وزير), as before a name
            code = self.roles.get(key) or self.roles.get(key.removeprefix("ال"))
            if code is not None:
                # a one-word role (رئيس, السفير) is read only when the adjective
                # follows it directly: رئيس النادي الأهلي المصري heads no government
                return code if n > 1 or len(words) == 2 else None
        return None

    def speaker(
        self,
        doc: Document,
        folded: Folded,
        sent: Sentence,
        cue: Cue,
        cues: list[Cue],
        mentions: Mentions,
        previous: Speaker | None,
    ) -> Speaker | None:
        if cue.kind == "participle":
            earlier = [c.speaker for c in cues if c.start < cue.start and c.speaker]
            if earlier:
                return earlier[-1]
            named = mentions.best(sent.start, cue.start)
            if named is not None:
                fhead = folded.text[cue.fsentence : cue.fstart]
                raw = doc.text[sent.start : cue.start]
                return self._titled_before_object(raw, fhead, named) or named
            return self._opening_subject(doc, folded, sent, cue, mentions) or previous
        if cue.kind == "noun":
            return self._after_an(doc, sent, cue, mentions) or previous
        if cue.has_object:
            return (
                self._named_after(doc, cue, mentions)
                or self._before(folded, sent, cue, mentions)
                or previous
            )
        s0, s1 = cue.subject
        f0, f1 = cue.fsubject
        fsub = folded.text[f0:f1]
        if cue.kind == "verb" and fsub.strip():
            ante = self._antecedent(doc, folded, sent, cue, mentions)
            if ante is not None:
                return ante
        if self.document_re.match(fsub):
            return (
                mentions.best(s0, s1)
                or self._issuer(doc.text[s0:s1], fsub, cue, mentions, folded)
                or previous
            )
        raw = doc.text[s0:s1]
        if not fsub.strip() and not raw.strip():
            # nothing between cue and opener (وأضاف أن), a third of all cues: no
            # phrase, so a mention there or the subject before the cue speaks
            return (
                mentions.best(s0, s1)
                or self._before(folded, sent, cue, mentions)
                or (
                    None
                    if any(c.start < cue.start and c.speaker for c in cues)
                    else self._first_subject(doc, folded, sent, cue, mentions)
                )
                or previous
            )
        rwords, fwords = raw.split(), fsub.split()
        if (
            len(fwords) > 1
            and len(rwords) == len(fwords)
            and fwords[0] in _TOLD
            and self._subject_at(s0 + _offset(raw, rwords, 1), fwords[1], mentions)
        ):
            # قال له الرئيس إن: the one told comes first, the speaker after it
            cut = _offset(raw, rwords, 1)
            s0, raw, rwords = s0 + cut, raw[cut:], rwords[1:]
            fsub, fwords = fsub.split(None, 1)[1], fwords[1:]
        # the first folded word ending the speaker phrase (a preposition, a date
        # word), else the number of words; read here, not in a method: it runs for
        # two cues in three
        stop, stops = len(fwords), self.lex.subject_stops
        outlets = self.lex.addressee_outlets
        for i, fw in enumerate(fwords):
            bare = fw.strip(_TRIM)
            if (bare == "في" and i and fwords[i - 1].isdigit() and _share_at(fwords, i + 1)) or (
                bare == "من" and i and fwords[i - 1] in _SHARE
            ):
                continue  # 74 في المئة من الكنديين: a share of a group, not a place
            # لوكالة، لرويترز: the outlet told, not the speaker (قال مصدر لرويترز),
            # unless it wrote what speaks (كشف تقرير لوكالة موديز)
            if (
                bare in stops
                or (bare == _LADA and _owned(rwords, fwords, i + 1))  # لدى مشاركته
                or bare.startswith(("لل", "لال", 'ل"', "ل«"))  # لـ"الشروق": told
                or (
                    bare[:1] == "ل"
                    and bare[1:] in outlets
                    and not (i and fwords[i - 1].strip(_TRIM) in self.lex.outlet_works)
                )
            ):
                stop = i
                break
        holder = self._holder(doc.text, s0, s1, fwords, mentions)
        if holder is not None:
            return holder
        # a place after في/من in the subject (قال ... في لندن) is not the speaker
        named = mentions.best(
            s0, s0 + (_offset(raw, rwords, stop) if stop < len(rwords) else len(raw))
        )
        if named:
            return self._titled_before_object(raw, fsub, named) or named
        if stop < len(fwords) and fwords[stop].startswith(("لل", "لال", 'ل"', "ل«")):
            named = self._titled_genitive(
                raw, rwords, fwords, stop, s0, mentions, partial(_span, folded)
            )
            if named:
                return named
        if cue.lemma in self.lex.object_lemmas:
            stop = _object_start(fwords, stop, self.lex.adjectives)
        phrase = _phrase(raw, rwords, fwords, stop)
        # a subject of marks only (bidi controls) folds to nothing: the subject dropped
        if rwords and (not fwords or _no_subject(rwords[0], fwords[0], fwords[1:2])):
            # واعتبر ذلك "...", وتابع متهكماً: an object or a manner, the subject dropped
            return self._before(folded, sent, cue, mentions) or previous
        if self.unnamed_re.match(fsub):
            group = self._described(phrase, "GROUP")
            if group.actor is None and stop < len(fwords):
                # the words around the preposition ending the phrase, and where it ends
                words = (fwords[stop - 1] if stop else "", fwords[stop])
                after = s0 + _offset(raw, rwords, stop) + len(rwords[stop])
                return self._group_inside(doc.text, s0, words, after, mentions) or group
            return group
        title = self._title(fsub)
        if title:
            stem = title.group().lstrip("وف").removeprefix("ال")
            return self._titled(phrase, stem, cue, mentions, folded)
        if phrase:
            head = " ".join(fwords[: len(phrase.split())])
            known = (
                self._definite(head, cue, mentions, folded)
                or mentions.by_surname(phrase, cue.start)
                or self._title_holder(head, cue, mentions, folded)
            )
            return known or self._described(phrase)
        return self._before(folded, sent, cue, mentions) or previous

    def _opens_title(self, fword: str) -> bool:
        """The subject's first folded word is a title or the head of one (موفد، وكيل)."""
        word = fword.strip(_TRIM)
        heads = self.lex.construct_heads
        if word[:1] in "وف" and (word[1:] in heads or word[1:3] == "ال"):
            word = word[1:]
        if word in heads or word.removeprefix("ال") in heads:
            return True
        title = self.title_re.match(word)
        return title is not None and title.end() == len(word)

    def _holder(
        self, text: str, s0: int, s1: int, fwords: list[str], mentions: Mentions
    ) -> Speaker | None:
        """The person who holds the title that opens a subject, when a name the title
        governs comes first (موفد خادم الحرمين الملك سلمان، المستشار ... نزار العلولا؛
        وكيل وزارة المالية ...، ياسر القهيدان): a person in apposition after a comma,
        bare or after a title of its own, closed by a comma or the subject's end; or
        a person right after the body of the title (الرئيس التنفيذي ... في بنك X طارق
        Y): the governed name is the body, the person its officer."""
        if not fwords or not self._opens_title(fwords[0]):
            return None
        found = mentions.within(s0, s1)
        if len(found) < 2:
            return None
        commas = [i for i in range(s0, s1) if text[i] in "،,"]
        first_comma = commas[0] if commas else s1
        if found[0][1] > first_comma:
            return None  # the opening phrase governs no name (الرئيس التركي، أردوغان)
        for k, m in enumerate(found[1:], 1):
            if m[3].type != "PER":
                continue
            after = text[m[1] : s1].split(None, 1)[:1]
            if after and not after[0].startswith(("،", ",")) and not self._closes(after[0]):
                continue  # not closed: the name goes on into something else
            prev = found[k - 1]
            if m[0] < first_comma:
                if prev[3].type in ("ORG", "GPE") and not text[prev[1] : m[0]].strip():
                    return speaker_of(m)  # ... في بنك X طارق Y، ... أرامكو السعودية X
                continue
            # every part set off by commas up to the name is a title of the one
            # person (، رئيس اللجنة ...، ياسر ...): not a venue, a date or another
            # person (، في مؤتمر، مع الرئيس فلان، ونظيره ...)
            cuts = [c for c in commas if c < m[0]]
            parts = [text[x + 1 : y] for x, y in zip(cuts, [*cuts[1:], m[0]], strict=True)]
            last = parts[-1].split()
            # after a person already named, an indefinite head governs the name after
            # it (الشيخ فلان، ممثل المرجع علي السيستاني): only a definite title (،
            # المستشار في الديوان نزار العلولا) is held by it
            if last and found[0][3].type == "PER" and not last[0].startswith("ال"):
                return None
            if all(self._title_part(p.split(), False) for p in parts[:-1]) and (
                not last or self._title_part(last, True)
            ):
                return speaker_of(m)
            return None
        return None

    def _title_part(self, words: list[str], last: bool) -> bool:
        """Words set off by commas that open with a title (not و/ف); before the
        title, a definite word describing the body too (، المقربة من الخارجية،)."""
        if not 0 < len(words) <= 8 or words[0].startswith(("و", "ف")):
            return False
        first = normalize(words[0], self.opts).strip(_TRIM)
        if self._opens_title(first):
            return True
        return not last and first.startswith("ال") and first not in self.lex.subject_stops

    def _first_subject(
        self, doc: Document, folded: Folded, sent: Sentence, cue: Cue, mentions: Mentions
    ) -> Speaker | None:
        """``كشفت إيتا مخابئ سلاحها وقالت إنها``: a bare cue verb joined by و to the
        verb that opens its sentence, agreeing with it, speaks for that verb's
        subject, the word after it, even when no name was found there; not for a name
        of an earlier sentence."""
        fhead = folded.text[cue.fsentence : cue.fstart].split()
        word = folded.text[cue.fstart : cue.fsubject[0]].strip()
        if len(fhead) < 3 or folded.text[cue.fstart - 1 : cue.fstart] != "و":
            return None  # no و joining the cue to the verb before it
        # the first verb known (a cue form) among the sentence's first words, after
        # a time phrase at most (وفي أبريل 2017 كشفت إيتا ...)
        verbs = self.lex.verbs
        at = next(
            (
                i
                for i, w in enumerate(fhead[:6])
                if w in verbs or (w[:1] in "وف" and w[1:] in verbs)
            ),
            None,
        )
        if at is None or at + 2 >= len(fhead) or (at and fhead[0] not in ("في", "وفي")):
            return None  # the verb opens the sentence, or a time phrase (وفي أبريل)
        form = fhead[at] if fhead[at] in verbs else fhead[at][1:]
        if form[0] in "يتن" and verbs[form][0] != form[0]:
            return None  # ينفون: an imperfective tells a standing claim, not an act
        if fhead[at].endswith("ت") != word.endswith("ت"):
            return None  # كشفت ... وقال: another subject
        if at == 0:
            found = self._opening_subject(doc, folded, sent, cue, mentions)
            if found is not None:
                return found
        raw = doc.text[sent.start : cue.start].split()
        if len(raw) != len(fhead):
            return None
        subject = fhead[at + 1].strip(_TRIM)
        if (
            subject != fhead[at + 1]  # a comma after the verb
            or subject.startswith(("ال", "ب", "ل"))
            or subject.endswith(_OWNERS)
            or subject in self.lex.subject_stops
            or subject in self.lex.not_subjects
            or len(subject) < 3
        ):
            return None
        phrase = _clean(raw[at + 1])
        return Speaker(phrase, phrase)

    def _closes(self, word: str) -> bool:
        """A word that ends a speaker phrase (خلال، في، أمس)."""
        return normalize(word, self.opts).strip(_TRIM) in self.lex.subject_stops

    def _subject_at(self, at: int, fword: str, mentions: Mentions) -> bool:
        """Whether a speaker can start at ``at`` (folded word ``fword``): a name, a
        title or a definite noun; not an object (أكد له جاهزيته)."""
        if mentions.starting(at, at + 3, ("PER", "ORG", "GPE")) is not None:
            return True
        return fword.startswith(("ال", "وال")) or self.title_re.match(fword) is not None

    def source(self, doc: Document, a: int, b: int, mentions: Mentions) -> Speaker | None:
        """Who a phrase after بحسب/وفقاً لـ names: a person, body or state named at its
        start or after a document noun (بيان لوزارة الخارجية), an unnamed source
        (مصادر أمنية), a body noun (الشرطة المحلية), a title; None for anything else
        (بحسب القانون، وفق الخطة)."""
        named = mentions.starting(max(0, a - 1), a + 3, ("PER", "ORG", "GPE"))
        if named is not None:
            return speaker_of(named)
        raw = doc.text[a:b]
        fphrase = normalize(raw, self.opts)
        fwords = fphrase.split()
        if not fwords:
            return None
        if self.document_re.match(fphrase) or fwords[0] in self.lex.outlet_works:
            return mentions.best(a, b)  # بيان لوزارة الخارجية، تقرير صادر عن البنك
        # the phrase itself ends at its first stop word (في دولة ...، التي ...)
        rwords = raw.split()
        stop = next((i for i, w in enumerate(fwords) if i and _ends_source(w, self.lex)), None)
        if stop is not None and len(rwords) == len(fwords):
            fwords, rwords = fwords[:stop], rwords[:stop]
        phrase = _clean(" ".join(rwords))
        if self.unnamed_re.match(fphrase):
            return self._described(phrase, "GROUP")
        heads, first = self.lex.source_heads, fwords[0]
        # after وفقاً ل the article lost its alif (للشرطة) or its whole ال (للجنة)
        glued = doc.text[a - 1 : a] == "ل" and first[:1] == "ل" and first[1:2] != "ا"
        for lost in ("", "ا", "ال") if glued else ("",):
            if lost + first in heads or " ".join([lost + first, *fwords[1:2]]) in heads:
                return self._described(lost + phrase)  # الشرطة المحلية، السلطات المصرية
        title = self.title_re.match(fphrase)
        if title is not None and title.start() == 0:
            person = mentions.best(a, b, ("PER",))
            return person or self._described(phrase)._replace(type="PER")
        return None

    def _group_inside(
        self, text: str, s0: int, words: tuple[str, str], at: int, mentions: Mentions
    ) -> Speaker | None:
        """``مسؤول في البيت الأبيض``, ``مصادر أمنية في صنعاء``: an unnamed source (from
        ``s0``) inside a body or a place named right after في/من (``words``: the folded
        word before it and the preposition, which ends at ``at``) speaks with its code.
        Not one close to it (مصدر مقرب من): that source is outside."""
        before, prep = (w.strip(_TRIM) for w in words)
        if prep not in _INSIDE or before in self.close:
            return None
        # the body starts with the next word (a hashtag's # or a space before it)
        body = mentions.starting(at, at + 3, ("ORG", "GPE"))
        if body is None or body[3].actor is None:
            return None
        phrase = _clean(text[s0 : body[1]])
        return Speaker(phrase, phrase, body[3].actor, None, "GROUP")

    def _titled(
        self, phrase: str, stem: str, cue: Cue, mentions: Mentions, folded: Folded
    ) -> Speaker:
        """A title (``الوزير``, ``السفير الصيني``): the person last named after it, else
        the last person named; a title of another state than that person's is not
        them (الصفدي, then رئيس الوزراء العراقي) and speaks for its state."""
        context = partial(_span, folded)
        titled = mentions.titled_person(cue.start, stem, context)
        person = titled or mentions.last_person(cue.start)
        described = self._described(phrase)
        state = described.actor
        if state is None:
            return person or Speaker(phrase, phrase, type="PER")  # a person, by title
        if person is not None and (person.actor or "")[:3] == state[:3]:
            return person
        core = self._state_core(phrase)
        # unlinked, and introduced with this title and its state (سفير الصين وانغ
        # دي, then السفير الصيني): the description gives the state
        if (
            titled is not None
            and titled.actor is None
            and core
            and mentions.titled_person(cue.start, stem, context, core) == titled
        ):
            return titled._replace(actor=state)
        return described

    def _state_core(self, phrase: str) -> str:
        """The stem a nationality adjective shares with its state's name (الصيني ->
        صين, الأميركية -> اميرك), folded; empty when too short to tell."""
        words = normalize(phrase, self.opts).split()
        core = words[-1].removeprefix("ال").rstrip("ةه") if words else ""
        core = core.removesuffix("ي")
        return core if len(core) >= 3 else ""

    def _title_holder(
        self, head: str, cue: Cue, mentions: Mentions, folded: Folded
    ) -> Speaker | None:
        """``وزير المالية`` alone: the person named earlier right after those words
        (وزير المالية السعودي محمد الجدعان), when it opens with a construct head."""
        words = [w.strip(_TRIM) for w in head.split()]
        heads = self.lex.construct_heads
        if words and words[0] not in heads and words[0][:1] in "وف" and words[0][1:] in heads:
            words[0] = words[0][1:]  # a glued و/ف
        if not 2 <= len(words) <= 4 or words[0] not in heads:
            return None
        holder = mentions.titled_person(cue.start, " ".join(words), partial(_span, folded))
        if holder is not None and holder.actor is None:
            # unlinked: the title's own state, if it names one (وزير العمل الفلبيني)
            holder = holder._replace(actor=self._described(head).actor)
        return holder

    def _opening_subject(
        self, doc: Document, folded: Folded, sent: Sentence, cue: Cue, mentions: Mentions
    ) -> Speaker | None:
        """``وأشاد رئيس النادي بأداء اللاعبين، معتبرا``: a participle whose sentence opens
        with و/ف + a verb that is no cue speaks for the noun phrase after that verb; before,
        the previous speaker was taken. The phrase ends at a stop word, a word glued to
        ب/ل, or a comma, and needs a title, an unnamed source or a definite noun."""
        raw = doc.text[sent.start : cue.start]
        fhead = folded.text[cue.fsentence : cue.fstart]
        rwords, fwords = raw.split(), fhead.split()
        if len(rwords) != len(fwords) or len(fwords) < 3:
            return None
        verb = fwords[0]
        stops, lex = self.lex.subject_stops, self.lex
        # و/ف + a verb: not a word of the stops, a demonstrative or a conjunction
        # ending in ما (وحينما، وعندما، وبينما) that opens a subordinate clause
        if (
            verb[:1] not in "وف"
            or len(verb) < 4
            or verb[1:] in stops
            or verb[1:] in lex.not_subjects
            or verb.endswith("ما")
        ):
            return None
        kept: list[str] = []
        fkept: list[str] = []
        for i, (rw, fw) in enumerate(zip(rwords[1:4], fwords[1:4], strict=False)):
            bare = fw.strip(_TRIM)
            # past the head only definite words (its genitive, adjectives): an
            # indefinite or suffixed word there is the object (قدمت الفنانة اعتذارها)
            if (
                not bare
                or bare in stops
                or bare.startswith(("ب", "ل"))
                or (i and not bare.startswith("ال"))
            ):
                break
            kept.append(rw.strip(_TRIM))
            fkept.append(bare)
            if bare != fw:
                break  # a comma ends the phrase
        if not kept or fkept[0] in lex.not_subjects:
            return None  # nothing after the verb, or a quantity (العديد من)
        if not fkept[0].startswith("ال") and fkept[0] not in lex.construct_heads:
            return None  # an indefinite head that is no title: a name, or no subject
        fphrase = " ".join(fkept)
        phrase = _clean(" ".join(kept))
        title = self._title(fphrase)
        if title:
            stem = title.group().lstrip("وف").removeprefix("ال")
            person = mentions.last_person(cue.start, stem, lambda a, b: _span(folded, a, b))
            return person or Speaker(phrase, phrase, type="PER")  # a person, by title
        if self.unnamed_re.match(fphrase) or any(w.startswith("ال") for w in fkept):
            return self._group(phrase, "PHRASE")
        return None

    def _titled_before_object(self, raw: str, fsub: str, named: Speaker) -> Speaker | None:
        """``حذر وزير الخارجية الأمريكي إيران من``: a state named after a title closed by
        its nationality adjective is the cue's object; the title speaks (its
        adjective gives its state)."""
        if named.type != "GPE" or not named.text:
            return None
        found = re.search(rf"(?<!\w){re.escape(named.text)}(?!\w)", raw)  # not in اللبناني
        head = raw[: found.start()].split() if found else []
        fhead = fsub.split()[: len(head)]
        if len(head) < 2 or len(fhead) != len(head):
            return None
        last = fhead[-1]
        # a definite nisba (الأمريكي، العراقية) closes the title
        if not (last.startswith("ال") and last.endswith(("ي", "يه")) and len(last) > 5):
            return None
        heads = self.lex.construct_heads
        first = next(
            (
                i
                for i, w in enumerate(fhead)
                if w in heads or (w[:1] in "وف" and w[1:] in heads) or self._title(w)
            ),
            None,
        )
        if first is None:
            return None
        return self._group(_clean(" ".join(head[first:])), "PHRASE")

    def _antecedent(
        self, doc: Document, folded: Folded, sent: Sentence, cue: Cue, mentions: Mentions
    ) -> Speaker | None:
        """``المتحدث باسم الخارجية الذي وصف التصريحات بأنها``: a cue verb right after
        الذي/التي speaks for the relative's antecedent; the noun phrase after the verb
        is its object, not its subject. The antecedent: the nearest mention among the four
        words before the relative, else a title there and the words after it."""
        fhead = folded.text[cue.fsentence : cue.fstart]
        fwords = fhead.split()
        if len(fwords) < 2 or fwords[-1] not in ("الذي", "التي"):
            return None
        # a verb that does not agree with the relative has a subject of its own after
        # it (الاتحاد الذي تقول رئيسة الوزراء إنه), and so does one followed by a name
        # (الانتخابات التي قالت الولايات المتحدة إنها)
        word = folded.text[cue.fstart : cue.fsubject[0]]
        feminine = word.startswith("ت") or word.endswith("ت")
        if feminine != (fwords[-1] == "التي"):
            return None
        if mentions.best(cue.subject[0], cue.subject[1]) is not None:
            return None
        raw = doc.text[sent.start : cue.start]
        rwords = raw.split()
        if len(rwords) != len(fwords):
            return None
        lo = max(0, len(rwords) - 5)
        at = sent.start + _offset(raw, rwords, lo)
        end = sent.start + _offset(raw, rwords, len(rwords) - 1)
        for m in mentions.before(end):  # the nearest name before the relative
            if m[0] < at:
                break
            if m[2].strip() in self.lex.construct_heads:
                continue  # نقيب الفنانين tagged as a name: the holder is named before
            return speaker_of(m)
        fante = fwords[lo:-1]
        for i, fw in enumerate(fante):
            if self._title(fw):
                return Speaker(
                    _clean(" ".join(rwords[lo + i : -1])), _clean(" ".join(rwords[lo + i : -1]))
                )
        return None

    def _issuer(
        self, raw: str, fsub: str, cue: Cue, mentions: Mentions, folded: Folded
    ) -> Speaker | None:
        """``بيان لخلية الإعلام الأمني``: a statement's issuer glued to ``ل`` and named
        by no mention; before, the previous speaker was taken. A lone definite noun
        (``بيان للمحكمة``) points back to the organisation named with it, if any."""
        rwords, fwords = raw.split(), fsub.split()
        if len(rwords) != len(fwords) or len(fwords) < 2:
            return None
        first = fwords[1]
        if not first.startswith("ل") or len(first) < 4 or first[1:] in self.lex.addressee_outlets:
            return None  # no ل-genitive, or an outlet that relays (بيان لوكالة)
        # للجيش -> الجيش, لخلية -> خلية
        kept = [("ال" + rwords[1][2:]) if first.startswith("لل") else rwords[1][1:]]
        stops = self.lex.subject_stops
        for rw, fw in zip(rwords[2:5], fwords[2:5], strict=True):
            bare = fw.strip(_TRIM)
            if bare in stops or bare.startswith("ل"):
                break
            kept.append(rw)
            if bare != fw:
                break  # a comma or mark ends the name
        phrase = _clean(" ".join(kept))
        if len(kept) == 1 and kept[0].startswith("ال"):
            return self._definite("ال" + first.removeprefix("ال"), cue, mentions, folded)
        return self._group(phrase, "PHRASE") if phrase else None

    def _named_after(self, doc: Document, cue: Cue, mentions: Mentions) -> Speaker | None:
        """``وصفتها طهران بأنها``: a name right after a cue with a glued object pronoun
        is its subject (verb, object, subject); a phrase that is not a name there
        (``اعتبرها خطوة``) is the object's complement, and an outlet only relays."""
        s0, s1 = cue.subject
        raw = doc.text[s0:s1]
        words = raw.split()
        if not words:
            return None
        named = mentions.best(s0, s0 + _offset(raw, words, min(len(words), 4)))
        # the name must open the phrase (اعتبرتها خطوة نحو إيران names no subject), and a
        # news outlet there relays (تصريحات نقلتها صحيفة ماركا): the speaker is before
        if named is None or not named.text or not raw.lstrip().startswith(named.text):
            return None
        return None if named.actor and named.actor.endswith("MED") else named

    def _titled_genitive(
        self,
        raw: str,
        rwords: list[str],
        fwords: list[str],
        stop: int,
        s0: int,
        mentions: Mentions,
        context: Callable[[int, int], str],
    ) -> Speaker | None:
        """``الأمين العام للاتحاد فلان``: a title whose genitive is glued to ``ل`` is
        followed by the person who holds it; the ل-word only ends the phrase when it is
        the addressee (``قال للصحفيين``, ``قال ... للرئيس فلان``)."""
        if not rwords or len(rwords) != len(fwords) or not self._title(" ".join(fwords[:stop])):
            return None
        if self._title("ال" + fwords[stop].removeprefix("لل").removeprefix("لال")):
            return None  # قال الزعيم الكوري للرئيس فلان: a title after ل is the addressee
        stops = self.lex.subject_stops
        end = next(
            (i for i in range(stop + 1, len(fwords)) if fwords[i].strip(_TRIM) in stops),
            len(fwords),
        )
        until = s0 + _offset(raw, rwords, end)
        holder = mentions.best(s0, until, ("PER",))
        if holder is not None or fwords[stop - 1].strip(_TRIM) not in _GENITIVE_QUALIFIERS:
            return holder
        # a qualified title (الأمين العام، المبعوث الخاص) takes its body after ل: with
        # no name, its holder speaks for that body (الأمين العام للأمم المتحدة)
        body = mentions.best(s0, until, ("ORG", "GPE"))
        if body is None or body.actor is None:
            return None
        # its holder named earlier with the title (أبو الغيط, then الأمين العام للجامعة)
        title = self._title(" ".join(fwords[:stop]))
        stem = title.group().lstrip("وف").removeprefix("ال") if title else ""
        titled = mentions.titled_person(s0, stem, context) if stem else None
        if titled is not None and titled.actor in (None, body.actor):
            return titled
        # or the last person named, when of that body (غوتيريش: IGOUNO)
        last_named = mentions.last_person(s0)
        if last_named is not None and last_named.actor == body.actor:
            return last_named
        last = (body.text or "").split()[-1:] or [""]
        cut = raw.find(last[0], _offset(raw, rwords, stop))
        text = _clean(raw[: cut + len(last[0])] if cut >= 0 else raw[: until - s0])
        return Speaker(text, text, body.actor, None, "PHRASE")

    def _title(self, text: str) -> re.Match[str] | None:
        """``title_re.search(text)``, from where a title first occurs (a match holds
        one, after at most a glued و/ف)."""
        at = self.title_any.search(text)
        return None if at is None else self.title_re.search(text, max(0, at.start() - 1))

    def _definite(self, fsub: str, cue: Cue, mentions: Mentions, folded: Folded) -> Speaker | None:
        """``الوكالة`` (``الوكالة الرسمية``) -> the last organisation named with ``وكالة``."""
        fwords = fsub.split()
        if not fwords or len(fwords) > 3:
            return None
        words = [w.strip(_TRIM) for w in fwords]
        for w in words:  # a loop, not all(<generator>): no frame per phrase
            if not w.startswith("ال"):
                return None
        stem = words[0][2:]
        for m in mentions.before(cue.start):
            if m[3].type == "ORG" and stem in _span(folded, m[0], m[1]):
                return speaker_of(m)
        return None

    def _before(
        self, folded: Folded, sent: Sentence, cue: Cue, mentions: Mentions
    ) -> Speaker | None:
        """A subject before a cue glued by و to an earlier verb (``وعاد الوزير وأكد``)."""
        named = mentions.best(sent.start, cue.start)
        if named:
            return named
        head = folded.text[cue.fsentence : cue.fstart]
        # at most six words before the cue (split no further than needed to tell)
        near = len(head.split(None, 6)) <= 6 and self._title(head)
        return mentions.last_person(cue.start) if near else None

    def _after_an(
        self, doc: Document, sent: Sentence, cue: Cue, mentions: Mentions
    ) -> Speaker | None:
        """``نقلت الوكالة عن وزارة الخارجية قولها``: the one after عن."""
        head = doc.text[sent.start : cue.start]
        at = head.rfind("عن ")
        if at < 0:
            return None
        a = sent.start + at + 3
        named = mentions.best(a, cue.start)
        if named:
            return named
        phrase = _clean(doc.text[a : cue.start])
        if not phrase:
            return None
        # مسؤول أمريكي، مصادر عسكرية سورية: the state of its adjective, if any
        if self.unnamed_re.match(normalize(phrase, self.opts)):
            return self._described(phrase, "GROUP")
        return self._described(phrase)


_LADA = "لدي"  # لدى folded
_OWNERS = ("ه", "ها", "هم", "هما")


def _owned(rwords: list[str], fwords: list[str], i: int) -> bool:
    """Word ``i`` (after لدى) carries a pronoun (لدى مشاركته، لدى لقائها): an occasion
    of the speaker's, not a post held at a body (مندوب سوريا لدى الأمم المتحدة). Read
    in the raw words: folding writes ة as ه (لدى المنظمة)."""
    if len(rwords) != len(fwords) or i >= len(rwords):
        return False
    return rwords[i].strip(_TRIM).endswith(_OWNERS)


def _ends_source(fword: str, lex: CueLexicon) -> bool:
    """A word after which a source phrase cannot go on: a stop word, or a number or
    quantity word that opens the reported figure (بحسب الحكومة نحو 700 ألف ...)."""
    return fword in lex.subject_stops or fword in _QUANTITY or any(map(str.isdigit, fword))


def _share_at(fwords: list[str], i: int) -> bool:
    """Folded word ``i`` names a share (المئة), as in ``74 في المئة``."""
    return i < len(fwords) and fwords[i] in _SHARE


def _offset(raw: str, rwords: list[str], stop: int) -> int:
    """Offset in ``raw`` of its word ``stop`` (its length past the last word): the
    words before it found in turn."""
    if stop >= len(rwords):
        return len(raw)
    pos = 0
    for rw in rwords[:stop]:
        pos = raw.find(rw, pos) + len(rw)
    return raw.find(rwords[stop], pos)


def _phrase(raw: str, rwords: list[str], fwords: list[str], stop: int) -> str:
    """The speaker phrase: subject words up to the stop word or a comma."""
    if len(rwords) != len(fwords):
        return _clean(raw)
    kept = rwords[:stop]
    for i, rw in enumerate(kept):
        if rw.endswith(("،", ",")):
            kept = kept[: i + 1]
            break
    return _clean(" ".join(kept))


def _object_start(fwords: list[str], stop: int, adjectives: frozenset[str]) -> int:
    """Where the object of a cue that takes one (وصفت الشرطة المحتجين بأنهم) starts
    in its subject words: at a definite word after a definite word that is no
    adjective of it (الشرطة الفرنسية، الأمين العام stay whole), else ``stop``."""
    for i in range(1, min(stop, len(fwords))):
        w, prev = fwords[i].strip(_TRIM), fwords[i - 1].strip(_TRIM)
        if not (w.startswith("ال") and prev.lstrip("وف").startswith("ال")):
            continue
        if w.endswith(("ي", "يه", "يين", "يون", "يات")) or w in adjectives:
            continue
        return i
    return stop


def _span(folded: Folded, a: int, b: int) -> str:
    return folded.text[folded.folded_pos(a) : folded.folded_pos(b)]


_SPACES = re.compile(r"\s+")


# demonstratives after a cue are its object (اعتبر ذلك "..."), never its speaker
_DEMONSTRATIVES = frozenset({"ذلك", "هذا", "هذه", "تلك", "ذاك", "هذان", "هاتان", "هؤلاء"})


def _no_subject(raw_word: str, folded_word: str, after: list[str]) -> bool:
    """The first word after a cue, no name found in the phrase, is no subject: a
    demonstrative standing alone (اعتبر ذلك, not قالت هذه المصادر), or an indefinite
    accusative, a circumstance of the verb (متهكماً، مجدداً; written without tanwin, a
    participle's م...ا: مبتسما)."""
    word, folded = raw_word.strip(_TRIM), folded_word.strip(_TRIM)
    if folded.lstrip("وف") in _DEMONSTRATIVES:
        return not (after and after[0].startswith("ال"))
    if word.endswith(("اً", "ًا")):
        return True
    return len(folded) >= 5 and folded[0] == "م" and folded[-1] == "ا"


def _clean(s: str) -> str:
    return _SPACES.sub(" ", s).strip(_TRIM)
