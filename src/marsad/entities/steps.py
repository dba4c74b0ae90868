"""The ``entities`` step: CRF + KB + rules -> merged spans -> linked entities.

Nationality adjectives are not entities (GUIDE.md), nor are institutions named by a
common noun and a nationality (``الحكومة السورية``); both still code actors, so they are
kept in ``doc.meta["actor_mentions"]`` as ``{start, end, text, kb_id, actor, adjective}``
rows for later steps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from marsad.dates.lexicon import load_lexicon as load_date_lexicon
from marsad.doc import ACTOR_ROWS_META, Document, Token
from marsad.entities.crf import NerTagger, bio_spans
from marsad.entities.facilities import FacilityHeads, facility_spans
from marsad.entities.features import TokView
from marsad.entities.gazetteer import gaz_tags
from marsad.entities.grow import grow_persons, nisba
from marsad.entities.lexicon import Triggers, load_currencies, load_triggers
from marsad.entities.link import cluster, to_entities, whole_form_ids
from marsad.entities.rules import (
    CRF_TYPES,
    NATURAL_LOC_WORDS,
    TRAILING_DESCRIPTORS,
    Span,
    bare_institution_spans,
    bare_institutions,
    bare_word,
    cut_role_tails,
    join_hyphenated,
    join_patronymics,
    kb_spans,
    law_spans,
    merge,
    org_before,
    propagate,
    role_before,
    run_on_particles,
    span_text,
    state_heads,
    title_before_person,
    title_spans,
    weapon_spans,
    whole_initials,
    yield_to_crf,
)
from marsad.kb.loader import KB, load_kb
from marsad.kb.match import KBMatch
from marsad.pipeline import StepFn, step
from marsad.settings import Settings
from marsad.text.lexicon import Lexicon, load_lexicon
from marsad.text.normalize import normalize

ACTOR_META = ACTOR_ROWS_META
# Other names the CRF learnt from ANERcorp's MISC class (events, prizes, currencies,
# religions ...): no marsad entity type, so they are kept as ``{start, end, text}``
# rows outside ``doc.entities`` (``marsad eval ner`` scores them as MISC).
MISC_META = "misc_mentions"
# CRF spans whose mean per-token confidence is lower are dropped. 0 keeps all: every
# threshold tried (0.3-0.6) lowered F1 on held-out ANERcorp train.
MIN_CRF_CONFIDENCE = 0.0
# The article with the proclitics written before it (``لل`` is ``ل`` + ``ال``).
_ARTICLE_FORMS = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال")
# Particles that open a clause, as written (with their hamza, so the name بان is not
# one): the CRF sometimes starts a name on them (بأن خاشقجي).
LEADING_PARTICLES = frozenset(
    {"أن", "إن", "بأن", "لأن", "وأن", "وإن", "فإن", "كأن", "ولأن", "وبأن", "أنّ", "إنّ", "بأنّ"}
)
# A name glued to ب/ل/ك is cut from it only when its remainder is this many times as
# common in the news as the whole word (لوليد 5 : وليد 255; ليان 12 : يان 109 stays).
CLITIC_NAME_RATIO = 10
_STEM, _BARE = attrgetter("stem"), attrgetter("bare")  # read in C by ``map``
_TABLE_MARKS = frozenset({"-", "–", ")", ":"})  # before a club in a results table
_QUOTES = {"«": "»", '"': '"', "“": "”"}  # opening -> closing quote mark
# words of a sports report (bare stems); a document with this many is one
_SPORT_WORDS = ("مباراة", "دوري", "شوط", "ملعب", "لاعب", "مدرب", "منتخب", "هدف", "تعادل", "مرمى")
_SPORT_MIN = 3
# currencies named like a club (الريال, Real Madrid): the tagger reads them as bodies
_SHARED_CURRENCIES = frozenset({"ريال"})
# words of a sum (bare stems): a currency named after one is the currency (مليار ريال)
_MAGNITUDES = frozenset({"الف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "تريليون"})
# KB media kinds and the head nouns their names follow (صحيفة X, قناة X)
# (a newspaper first: «الشرق الأوسط» is the paper, وكالة الشرق الأوسط an agency)
_MEDIA_KINDS = ("newspaper", "magazine", "broadcaster", "news-site", "news-agency")
_MEDIA_HEADS = ("صحيفة", "جريدة", "مجلة", "قناة", "شبكة", "وكالة")


@dataclass(slots=True)
class Recognizer:
    """Everything the step loads once: KB, CRF tagger, trigger lists."""

    kb: KB
    tagger: NerTagger
    triggers: Triggers
    min_confidence: float = MIN_CRF_CONFIDENCE
    ministries: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    heads: dict[str, list[str]] = field(default_factory=dict)  # ``state_heads``
    head_owners: frozenset[str] = frozenset()  # the states the heads name alone
    propagate_names: bool = True
    given_names: frozenset[str] = frozenset()
    person_words: frozenset[str] = frozenset()  # every word of a KB person's name
    lexicon: Lexicon | None = None  # news word counts (``given_after_clitic``)
    currencies: frozenset[str] = frozenset()  # bare stems: MISC where the CRF says O
    # states' nationality adjectives (normalised, ``السوداني``): never a one-word person
    state_adjectives: frozenset[str] = frozenset()
    # head nouns of places and bodies named after a person (مطار الملك خالد)
    facility_heads: FacilityHeads | None = None
    # media names after their head noun (الشرق الأوسط of صحيفة الشرق الأوسط) -> KB id
    media: dict[str, str] = field(default_factory=dict)
    # sports clubs by their bare name (السد of نادي السد) -> KB ids, and the words
    # (bare stems) that make a document a sports report
    clubs_by_name: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)  # folded month name -> number
    sport_words: frozenset[str] = frozenset()
    # the words below normalised as the settings say (``build``)
    club_head_form: str = "نادي"
    bank_form: str = "بنك"
    # bare stems the cue rules below look at (place heads, نادي, بنك, currencies): one
    # pass over a document's tokens finds them all
    cue_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        heads = {self.club_head_form, self.bank_form}
        self.cue_words = self.triggers.loc | self.currencies | heads
        self.head_owners = frozenset(ids[0] for ids in self.heads.values())

    def type_of(self, entry_id: str) -> str | None:
        e = self.kb.get(entry_id)
        return None if e is None else e.type

    def crf_spans(
        self, doc: Document, matches: list[KBMatch]
    ) -> tuple[list[Span], list[tuple[int, int]]]:
        """Typed CRF name spans, and the token ranges of its MISC spans."""
        gaz = gaz_tags(matches, len(doc.tokens), self.type_of)
        adjective_toks = {
            i for m in matches if m.adjective for i in range(m.token_start, m.token_end)
        }
        bounds = [(s.token_start, s.token_end) for s in doc.sentences]
        labels, probs = self.tagger.tag_doc(doc.tokens, bounds, gaz)
        views = self.tagger.views_of(doc.tokens)  # once: each call builds the list
        out: list[Span] = []
        misc: list[tuple[int, int]] = []
        for s, e, t in bio_spans(labels):
            typ = CRF_TYPES.get(t)
            if t == "MISC" and not adjective_toks.issuperset(range(s, e)):
                misc.append((s, e))
            if typ is None or adjective_toks.issuperset(range(s, e)):
                continue  # MISC, or a nationality adjective: not entities
            if e - s == 1 and self.not_name(doc.tokens[s].norm):
                continue
            if e - s == 1 and self.definite_org_head(doc.tokens[s].norm):
                continue
            if e - s == 1 and views[s].stem in self.triggers.org:
                continue  # حزب, منظمة alone: a head noun with no name after it
            if e - s == 1 and typ == "PER" and _preposition_ala(doc.tokens[s].text):
                continue
            if e - s == 1 and self.month_named(doc.tokens, s):
                continue
            if e - s == 1 and typ == "PER" and views[s].stem in self.state_adjectives:
                continue  # الرئيس السوداني: the adjective, not a person of that name
            if typ == "GPE" and bare_word(doc.tokens[s].norm) in NATURAL_LOC_WORDS:
                typ = "LOC"
            if typ in ("GPE", "LOC") and self.club_head(views, s - 1):
                typ = "ORG"  # نادي قطر: the club, not the place
            while e - s > 1 and bare_word(doc.tokens[e - 1].norm) in TRAILING_DESCRIPTORS:
                e -= 1
            while e - s > 1 and doc.tokens[s].text in LEADING_PARTICLES:
                s += 1  # بأن خاشقجي: the particle that introduces the clause
            if typ == "PER":
                s, e = self.name_edges(doc.tokens, s, e)
            if typ == "PER" and (
                self.given_before(doc, s, labels)
                or self.named_after_title(doc, s, labels, adjective_toks)
            ):
                s -= 1  # the CRF often misses a first name it has not seen
            start, end, form = span_text(
                doc, s, e, self.given_after_clitic(doc.tokens[s], views[s])
            )
            conf = sum(probs[s:e]) / (e - s)
            if conf < self.min_confidence:
                continue
            out.append(Span(s, e, typ, "crf", start, end, form, confidence=conf))
        cue_words = self.cue_words
        # C-level scan of every token: few are cues
        cues = list(compress(range(len(views)), map(cue_words.__contains__, map(_BARE, views))))
        if not cues:
            return out, misc
        out += self.rare_places(doc, views, labels, cues)
        out += self.clubs_after_head(doc, views, labels, adjective_toks, cues)
        out += self.banks(doc, views, labels, adjective_toks, cues)
        return out, misc + self.currency_names(views, labels, cues)

    def month_named(self, tokens: list[Token], i: int) -> bool:
        """A month name beside the same month's other name (``أبريل نيسان``,
        ``أبريل (نيسان)``) or before a number (``نيسان 2018``): the month, not a name
        (Nissan)."""
        month = self.months.get(tokens[i].norm)
        if month is None:
            return False
        j, k = i - 1, i + 1
        if j >= 0 and tokens[j].text == "(":
            j -= 1
        if k < len(tokens) and tokens[k].text == ")":
            k += 1
        if j >= 0 and self.months.get(tokens[j].norm) == month:
            return True
        return k < len(tokens) and tokens[k].text[:1].isdigit()

    def name_edges(self, tokens: list[Token], s: int, e: int) -> tuple[int, int]:
        """Tokens ``[s, e)`` of a person name less the words beside it that are never
        part of one (``شقيقه فادي``, ``ابن دريد المتوفى``): ``name_edges.tsv``."""
        lead, trail = self.triggers.lead_not_name, self.triggers.trail_not_name
        while e - s > 1 and tokens[e - 1].norm in trail:
            e -= 1
        while e - s > 1 and tokens[s].norm in lead:
            s += 1
        return s, e

    def given_after_clitic(self, tok: Token, v: TokView) -> bool:
        """A preposition glued to a word of a KB person's name (``لصلاح``, ``بمحمد``):
        the name starts after it. An unknown name keeps its first letter (``لوري`` is
        no ل + ``وري``), as does a name that is itself a KB name word."""
        words = self.person_words
        if v.pre[-1:] not in ("ب", "ل", "ك") or v.stem not in words or v.norm in words:
            return False
        if self.lexicon is None:
            return True
        # لصالح, بلوك, بريان: the whole word is common beside its remainder, so it is
        # a word or a name of its own, not a preposition and a name.
        words_ = [w for w in tok.words if w.role != "proclitic" or w.text not in ("و", "ف")]
        whole = tok.text[words_[0].start - tok.start :] if words_ else tok.text
        stem = next((w.text for w in words_ if w.role != "proclitic"), whole)
        return self.lexicon.count(stem) >= CLITIC_NAME_RATIO * self.lexicon.count(whole)

    def others_given_name(self, doc: Document, s: Span) -> bool:
        """A one-word KB person span that is a given name, but not its own person's
        (``مشعل`` is Khaled Meshaal's surname and Mishal al-Ahmad's first name;
        ``صدام`` is Saddam Hussein's own first name)."""
        norm = doc.tokens[s.ts].norm
        if s.te - s.ts != 1 or s.type != "PER" or norm not in self.given_names:
            return False
        entry = self.kb.get(s.entry_ids[0]) if s.entry_ids else None
        if entry is None:
            return False
        opts = self.kb.opts
        firsts = {normalize(f, opts).split()[0] for f in entry.names_ar if " " in f.strip()}
        return norm not in firsts

    def name_word_at(self, doc: Document) -> Callable[[int], bool]:
        """``i -> bool``: token ``i`` may be a person's given name: a KB given name, a
        person's name in the training data's lexicon, or a word the news corpus does
        not know (``صبحية``); never a function word or title."""
        feats = self.tagger.featurizer

        def name_word(i: int) -> bool:
            tok = doc.tokens[i]
            if tok.kind != "word" or self.not_name(tok.norm):
                return False
            bare = feats.views([tok])[0].bare
            if tok.norm in self.given_names or "PERS" in feats.names.get(bare, ()):
                return True
            return bare not in feats.clusters and not self.triggers.trigger_class(bare)

        return name_word

    def club_head(self, views: list[TokView], i: int) -> bool:
        """Token ``i`` is the indefinite head ``نادي`` without a pronoun (``بنادي``,
        ``لنادي``; not ``ناديه``): the word after it names a club (ANERcorp train: an
        ORG 25 of 28 times)."""
        return i >= 0 and views[i].stem == self.club_head_form and not views[i].enc

    def clubs_after_head(
        self,
        doc: Document,
        views: list[TokView],
        labels: list[str],
        adjective_toks: set[int],
        cues: list[int],
    ) -> list[Span]:
        """A word the CRF left O after ``نادي``: the club's name (``نادي الوحدة``). Kept
        below the propagation threshold, as the word alone is often a common one."""
        out: list[Span] = []
        for i in [i for i in cues if i + 1 < len(views) and self.club_head(views, i)]:
            v = views[i + 1]
            if labels[i + 1] != "O" or v.kind != "ar" or i + 1 in adjective_toks:
                continue
            if self.not_name(v.norm) or doc.sentence_at(doc.tokens[i + 1].start) is not (
                doc.sentence_at(doc.tokens[i].start)
            ):
                continue
            start, end, form = span_text(doc, i + 1, i + 2)
            out.append(Span(i + 1, i + 2, "ORG", "crf", start, end, form, confidence=0.4))
        return out

    def currency_names(
        self, views: list[TokView], labels: list[str], cues: list[int]
    ) -> list[tuple[int, int]]:
        """Currency names the CRF left O (``بالدولار``): other names, as ANERcorp tags
        them; the CRF misses those it has not seen (شيكل)."""
        cur = self.currencies
        return [(i, i + 1) for i in cues if views[i].bare in cur and labels[i] == "O"]

    def banks(
        self,
        doc: Document,
        views: list[TokView],
        labels: list[str],
        adjective_toks: set[int],
        cues: list[int],
    ) -> list[Span]:
        """``البنك`` and a definite relation adjective, both left O by the CRF
        (``البنك التجاري``, ``للبنك الآسيوي``): a bank's name (ANERcorp train sentences
        429-3854: ORG 9 of 9 times). A nationality adjective is no part of it."""
        out: list[Span] = []
        last = len(views) - 1
        for i in [i for i in cues if i < last and views[i].bare == self.bank_form]:
            head, v = views[i], views[i + 1]
            if head.stem == head.bare or labels[i] != "O" or labels[i + 1] != "O":
                continue
            if i + 1 in adjective_toks or v.pre or not nisba(v.stem):
                continue
            start, end, form = span_text(doc, i, i + 2)
            out.append(Span(i, i + 2, "ORG", "crf", start, end, form, confidence=0.5))
        return out

    def rare_places(
        self, doc: Document, views: list[TokView], labels: list[str], cues: list[int]
    ) -> list[Span]:
        """A word the news corpus hardly knows (no word cluster) right after an
        indefinite place head (``إقليم X``, ``بمنطقة X``) and left O by the CRF: a place
        name the CRF has not seen (ANERcorp train: 84 of 90 such words are places)."""
        known = self.tagger.featurizer.clusters
        starts = {s.token_start for s in doc.sentences}
        heads = self.triggers.loc
        out: list[Span] = []
        # an article-bearing head (المنطقة) is no cue
        last = len(views) - 1
        for i in [i for i in cues if i < last and views[i].stem in heads]:
            if views[i].stem != views[i].bare:
                continue
            head, v = views[i], views[i + 1]
            if labels[i + 1] != "O" or v.kind != "ar" or v.bare in known or i + 1 in starts:
                continue
            if len(v.bare) < 3 or self.not_name(v.norm):
                continue
            start, end, form = span_text(doc, i + 1, i + 2)
            typ = "LOC" if head.bare in NATURAL_LOC_WORDS else "GPE"
            out.append(Span(i + 1, i + 2, typ, "crf", start, end, form, confidence=0.5))
        return out

    def given_before(self, doc: Document, i: int, labels: list[str]) -> bool:
        """The token before a person span at ``i`` is a given name (a KB person's first
        name) in the same sentence and outside any other CRF name."""
        if i == 0 or labels[i - 1] != "O" or doc.tokens[i - 1].norm not in self.given_names:
            return False
        if doc.tokens[i - 1].text in LEADING_PARTICLES:
            return False  # بأن is written like the given name بان
        sent = doc.sentence_at(doc.tokens[i].start)
        return sent is None or sent.token_start < i

    def clubs(self, doc: Document, kb: list[Span], actors: list[KBMatch]) -> None:
        """A city followed by a masculine nationality adjective names its club
        (``ليون الفرنسي``; the city itself takes the feminine, ``مدينة ليون الفرنسية``):
        such a KB city span becomes an unlinked organisation."""
        masculine = {
            m.token_start
            for m in actors
            if m.adjective and not doc.tokens[m.token_end - 1].norm.endswith("ه")
        }
        for s in kb:
            entry = self.kb.get(s.entry_ids[0]) if s.entry_ids else None
            city = entry is not None and entry.type == "GPE" and entry.kind in ("city", "capital")
            if city and s.te in masculine:
                s.type, s.entry_ids = "ORG", []

    def table_clubs(self, doc: Document, kb: list[Span], crf: list[Span]) -> None:
        """A place between a result table's marks and its state in brackets
        (``- ليون ( فرنسا )``, ``: X ( إسبانيا ) -``) is a club: an unlinked organisation.
        A dateline (``X ( الفلبين ) ـ``, first in its text) or a place after a
        preposition (``في برشلونة ( إسبانيا )``) has no mark before it."""
        toks = doc.tokens
        states = {
            s.ts for s in kb if s.te == s.ts + 1 and s.entry_ids and self.is_state(s.entry_ids[0])
        }
        for s in [*kb, *crf]:
            if s.type not in ("GPE", "LOC") or s.ts == 0 or s.te + 2 >= len(toks):
                continue
            if s.entry_ids and self.is_state(s.entry_ids[0]):
                continue
            bracketed = toks[s.te].text == "(" and toks[s.te + 2].text == ")"
            if bracketed and s.te + 1 in states and toks[s.ts - 1].text in _TABLE_MARKS:
                s.type, s.entry_ids = "ORG", []

    def quoted_media(self, doc: Document, kb: list[Span]) -> None:
        """A place name quoted alone that is also a newspaper's or channel's name
        (``لندن: «الشرق الأوسط»``, a paper's own byline) is the paper: a region or
        state is not written in quote marks."""
        toks = doc.tokens
        for s in kb:
            if s.type not in ("GPE", "LOC") or s.ts == 0 or s.te >= len(toks):
                continue
            close = _QUOTES.get(toks[s.ts - 1].text)
            media = self.media.get(normalize(s.form, self.kb.opts)) if close else None
            if media is not None and toks[s.te].text == close:
                s.type, s.entry_ids = "ORG", [media]

    def bare_clubs(
        self, doc: Document, kb: list[Span], crf: list[Span], countries: set[str]
    ) -> list[Span]:
        """In a sports report that names the club's state (``الدوري القطري``), a club's
        bare name (``العربي``, ``والريان``) is the club unless it follows a definite
        noun it then qualifies (``الخليج العربي``; after an indefinite one it is a
        genitive, ``حارس العربي``) or comes before its own definite adjective. The KB
        lists such names only with ``نادي`` or the state's adjective, as alone they
        are common words."""
        if not countries:
            return []
        views = self.tagger.views_of(doc.tokens)
        stems = list(map(_STEM, views))
        if sum(map(self.sport_words.__contains__, map(_BARE, views))) < _SPORT_MIN:
            return []
        taken = {i for s in kb for i in range(s.ts, s.te)}
        crf_at = {i: s for s in crf for i in range(s.ts, s.te)}
        where: dict[str, list[int]] = {}  # stem -> its token positions, built once
        for i, st in enumerate(stems):
            where.setdefault(st, []).append(i)
        out: list[Span] = []
        for (first, *rest), all_ids in self.clubs_by_name.items():
            at = where.get(first)
            ids = [x for x in all_ids if self.country_of(x) in countries] if at else None
            if not at or not ids:
                continue
            for i in at:
                te = i + 1 + len(rest)
                if stems[i + 1 : te] != rest or taken.intersection(range(i, te)):
                    continue
                if views[i].pre not in ("", "و"):
                    continue  # بالتعاون مع: a preposition mostly heads the common word
                if i > 0 and views[i - 1].stem != views[i - 1].bare:
                    continue  # الخليج العربي: the adjective of a definite noun
                nxt = views[te] if te < len(views) else None
                if nxt is not None and nxt.stem != nxt.bare and not nxt.pre:
                    continue  # الاتحاد الآسيوي: a noun its adjective qualifies
                inside = crf_at.get(i) or crf_at.get(te - 1)
                if inside is not None and (inside.ts < i or inside.te > te):
                    continue  # part of a longer name (عبدالله العربي)
                start, end, form = span_text(doc, i, te)
                out.append(Span(i, te, "ORG", "kb", start, end, form, list(ids)))
        return out

    def country_of(self, entry_id: str) -> str | None:
        e = self.kb.get(entry_id)
        return None if e is None else e.country

    def is_state(self, entry_id: str) -> bool:
        return self.kind_of(entry_id) == "state"

    def named_after_title(
        self, doc: Document, i: int, labels: list[str], adjective_toks: set[int]
    ) -> bool:
        """A person span at ``i`` after a plain word that itself follows a person title
        or a nationality adjective (``الفنان X Y``, ``الهولندي X Y`` with only Y
        tagged): that word is the person's unseen first name."""
        if i < 2 or labels[i - 1] != "O" or labels[i - 2] != "O":
            return False
        sent = doc.sentence_at(doc.tokens[i].start)
        if sent is not None and sent.token_start > i - 2:
            return False
        v = self.tagger.featurizer.views([doc.tokens[i - 1]])[0]
        plain = v.kind == "ar" and v.stem == v.bare and not v.pre and not v.enc
        if not plain or self.not_name(v.norm) or self.triggers.trigger_class(v.stem):
            return False
        before = doc.tokens[i - 2].norm
        return (
            i - 2 in adjective_toks
            or before in self.triggers.person
            or (before[:1] == "و" and before[1:] in self.triggers.person)
        )

    def __call__(self, doc: Document) -> Document:
        matches = self.kb.match(doc, weak=True)
        spans, actors, misc = self.candidates(doc, matches)
        adjectives = [m for m in actors if m.adjective]
        self.add_roles(doc, spans, adjectives, [m for m in actors if not m.adjective])
        self.widen_heads(doc, spans)
        countries = self.countries(spans, actors)
        doc.entities = to_entities(doc, self.kb, cluster(doc, self.kb, spans, countries))
        doc.meta[ACTOR_META] = [self.actor_row(doc, m) for m in actors]
        taken = {i for s in spans for i in range(s.ts, s.te)}
        rows = [misc_row(doc, s, e) for s, e in misc if taken.isdisjoint(range(s, e))]
        if rows:
            doc.meta[MISC_META] = rows
        return doc

    def candidates(
        self, doc: Document, matches: list[KBMatch]
    ) -> tuple[list[Span], list[KBMatch], list[tuple[int, int]]]:
        """Merged mention spans in text order, the actor-only KB matches and the CRF's
        MISC token ranges."""
        crf, misc = self.crf_spans(doc, matches)
        kb, actors = kb_spans(
            doc,
            self.kb,
            matches,
            {i: s.type for s in crf for i in range(s.ts, s.te)},
            self.triggers,
            self.name_word_at(doc),
        )
        self.link_institutions(crf, actors)
        self.clubs(doc, kb, actors)
        self.table_clubs(doc, kb, crf)
        self.quoted_media(doc, kb)
        kb += self.bare_clubs(doc, kb, crf, self.countries(kb, actors))
        views = self.tagger.views_of(doc.tokens)
        for s in kb:
            if s.type == "GPE" and self.club_head(views, s.ts - 1):
                s.type, s.entry_ids = "ORG", []  # نادي قطر: the club
        # Only the token after each KB name is asked (``yield_to_crf``).
        ends = {s.te for s in kb if s.te < len(views)}
        definite = frozenset(i for i in ends if views[i].stem != views[i].bare)
        taken = {i for s in kb for i in range(s.ts, s.te)}
        given = frozenset(s.ts for s in kb if self.others_given_name(doc, s))
        primary = [*yield_to_crf(self.kb, kb, crf, definite, given, doc), *weapon_spans(doc, taken)]
        primary += law_spans(doc, [*primary, *crf], taken)
        stems = list(map(_STEM, views))
        placed = self.state_positions(kb, [m for m in actors if m.adjective])
        primary += bare_institution_spans(
            doc, stems, self.ministries, taken, lambda i: self.country_at(doc, placed, i)
        )
        spans = join_hyphenated(doc, join_patronymics(doc, merge(primary, crf)))
        whole_initials(doc, spans)
        known = self.tagger.featurizer.clusters  # the news corpus's words
        run_on_particles(
            doc, spans, lambda i: self.not_name(doc.tokens[i].norm) or views[i].bare in known
        )
        adjective = {i for m in actors if m.adjective for i in range(m.token_start, m.token_end)}
        if self.propagate_names:
            bodies = frozenset(
                i for m in actors if not m.adjective for i in range(m.token_start, m.token_end)
            )
            # a surname that is also an adjective (السوداني) matches as the person, so
            # the adjective words are read off the stems, in C
            adj_words = compress(range(len(stems)), map(self.state_adjectives.__contains__, stems))
            lone = frozenset(adjective.union(adj_words))
            spans += propagate(doc, spans, stems, self.not_name, bodies, lone)
        bare = list(map(_BARE, views))
        spans = grow_persons(doc, spans, bare, self.tagger.featurizer.names, adjective)
        title_before_person(doc, spans, self.triggers.person)
        spans = cut_role_tails(
            doc,
            spans,
            self.triggers.roles,
            lambda i: stems[i] in self.state_adjectives,
            self.person_ids,
        )
        if self.facility_heads is not None:
            spans = facility_spans(
                doc,
                spans,
                stems,
                self.facility_heads,
                self.triggers.person,
                self.state_adjectives,
                self.known_body,
            )
        spans, coins = self.shared_currencies(doc, spans, views)
        titles = title_spans(doc.tokens)
        in_titles = {i for a, b in titles for i in range(a, b)}
        misc = titles + coins + [m for m in misc if in_titles.isdisjoint(range(*m))]
        # A name inside a quoted title is part of the title (ملعب "الإمارات" is no state).
        spans = [s for s in spans if not in_titles.issuperset(range(s.ts, s.te))]
        for s in spans:
            if s.type == "PER" and s.source != "kb":
                self.trim_person(doc, s)
        return sorted(spans, key=lambda s: s.ts), actors, misc

    def trim_person(self, doc: Document, s: Span) -> None:
        """Cut the words beside a person's name that the rules after the tagger
        (grown names, propagated surnames) took in with it."""
        ts, te = self.name_edges(doc.tokens, s.ts, s.te)
        if ts != s.ts:
            s.start, s.end, s.form = span_text(doc, ts, te)
        elif te != s.te:
            end = doc.tokens[te - 1].end
            s.form, s.end = s.form[: len(s.form) - (s.end - end)], end
        s.ts, s.te = ts, te

    def shared_currencies(
        self, doc: Document, spans: list[Span], views: list[TokView]
    ) -> tuple[list[Span], list[tuple[int, int]]]:
        """A currency whose name is also a club's (الريال, Real Madrid) read as a body:
        the currency, an other name, unless the document reports sport; with a state's
        adjective after it (الريال الإيراني) or a sum before it (مليار ريال) always the
        currency."""
        picked = [
            s
            for s in spans
            if s.type == "ORG" and s.te - s.ts == 1 and views[s.ts].bare in _SHARED_CURRENCIES
        ]
        if not picked:
            return spans, []
        sport = sum(map(self.sport_words.__contains__, map(_BARE, views))) >= _SPORT_MIN
        coins = [
            s
            for s in picked
            if not sport
            or (s.te < len(views) and views[s.te].stem in self.state_adjectives)
            or (s.ts > 0 and _bare_sum(doc.tokens, views, s.ts))
        ]
        if not coins:
            return spans, []
        return [s for s in spans if s not in coins], [(s.ts, s.te) for s in coins]

    def known_body(self, form: str) -> bool:
        """Whether the KB names something by the whole of ``form`` (ليفربول, a city and
        a club) or it is a club's bare name (الريال)."""
        found = self.kb.match_text(form)
        if len(found) == 1 and found[0].form == form:
            return True
        return tuple(normalize(form, self.kb.opts).split()) in self.clubs_by_name

    def person_ids(self, form: str) -> list[str]:
        """KB ids of persons whose whole name is ``form`` (a span cut to a name)."""
        return whole_form_ids(self.kb, form, "PER")

    def link_institutions(self, crf: list[Span], actors: list[KBMatch]) -> None:
        """A CRF name over exactly the words of an institution the KB reads as
        actor-only (``مجلس الوزراء السعودي``, ``جيش تونس``) stays a name, linked to
        that institution, so that it carries its actor code."""
        bodies = {(m.token_start, m.token_end): m for m in actors if not m.adjective}
        if not bodies:
            return
        for s in crf:
            m = bodies.get((s.ts, s.te))
            entry = self.kb.get(m.entry_ids[0]) if m is not None and m.entry_ids else None
            if entry is not None:
                s.entry_ids, s.type = list(m.entry_ids), entry.type  # type: ignore[union-attr]
            elif not s.entry_ids and any(a <= s.ts and s.te <= b for a, b in bodies):
                self.link_inner_name(s)

    def link_inner_name(self, s: Span) -> None:
        """A CRF name inside an institution's words (كوريا الجنوبية in حكومة كوريا
        الجنوبية): the institution's match took the KB's reading of the name, so the
        name is looked up whole, as a place first (the CRF may call it ORG)."""
        for typ in ("GPE", "LOC", "ORG"):
            ids = whole_form_ids(self.kb, s.form, typ)
            if ids:
                s.entry_ids, s.type = ids, typ
                return

    def add_roles(
        self,
        doc: Document,
        spans: list[Span],
        adjectives: list[KBMatch],
        bodies: list[KBMatch],
    ) -> None:
        by_end = {m.token_end: m for m in adjectives}
        states = {
            s.te: (s.ts, s.entry_ids[0])
            for s in spans
            if s.type == "GPE" and s.entry_ids and self.kind_of(s.entry_ids[0]) == "state"
        }
        # named bodies, and institutions the KB knows without naming an entity
        # (الجيش العراقي): the body a spokesman after it speaks for
        orgs = {m.token_end: (m.token_start, m.entry_ids[0]) for m in bodies if m.entry_ids}
        orgs |= {s.te: (s.ts, s.entry_ids[0]) for s in spans if s.type == "ORG" and s.entry_ids}
        for s in spans:
            if s.type == "PER" and not self.joined_by_and(doc, s):
                s.role, s.role_phrase, s.state = role_before(
                    doc, s.ts, self.triggers, by_end, states
                )
                if s.role is None or s.state is None:
                    # المتحدث باسم الجيش العراقي العميد X: a rank names no state, the
                    # body before it does
                    rank = len(s.role_phrase.split()) if s.role_phrase else 0
                    s.org = org_before(doc, s.ts - rank, orgs)

    @staticmethod
    def joined_by_and(doc: Document, s: Span) -> bool:
        """The name opens with و (``سفير الإمارات لدى كندا وسيف السويدي``): a second
        person, so the title before belongs to the first."""
        words = doc.tokens[s.ts].words
        return s.start > doc.tokens[s.ts].start and bool(words) and words[0].text == "و"

    def state_positions(
        self, spans: list[Span], adjectives: list[KBMatch]
    ) -> list[tuple[int, str]]:
        """(token, ISO3) of every state named or implied by an adjective, in order."""
        out = []
        for ts, ids in [(s.ts, s.entry_ids) for s in spans] + [
            (m.token_start, m.entry_ids) for m in adjectives
        ]:
            e = self.kb.get(ids[0]) if ids else None
            if e is not None and e.type == "GPE" and e.country:
                out.append((ts, e.country))
        return sorted(out)

    def country_at(self, doc: Document, placed: list[tuple[int, str]], i: int) -> str | None:
        """The state a bare institution at token ``i`` belongs to: the last one named
        earlier in its sentence, else the one the article names most (first on a tie)."""
        sent = doc.sentence_at(doc.tokens[i].start)
        lo = sent.token_start if sent else 0
        before = [c for t, c in placed if lo <= t < i]
        if before:
            return before[-1]
        if not placed:
            return None
        counts = Counter(c for _, c in placed)
        return max(counts, key=lambda c: (counts[c], -next(t for t, x in placed if x == c)))

    def not_name(self, norm: str) -> bool:
        """A function word, title plural or people's name, with or without a proclitic."""
        forms = {norm, bare_word(norm)}
        if len(norm) > 3 and norm[0] in "وفبلك":
            forms.add(norm[1:])
        return not forms.isdisjoint(self.triggers.not_names)

    def definite_org_head(self, norm: str) -> bool:
        """An organisation head noun with the article and nothing after it (``البنك``,
        ``للمجلس``): it refers back to a body named before and is not itself a name
        (ANERcorp train: such a word alone is O 800 times, an ORG twice)."""
        for pre in _ARTICLE_FORMS:
            if norm.startswith(pre) and norm[len(pre) :] in self.triggers.org:
                return True
        return False

    def kind_of(self, entry_id: str) -> str | None:
        e = self.kb.get(entry_id)
        return None if e is None else e.kind

    def widen_heads(self, doc: Document, spans: list[Span]) -> None:
        """A bare ``المملكة`` may stand for any kingdom whose name it opens: its
        candidates become all of them (its own state first), and linking picks the one
        the article names (``choose_entry``)."""
        heads, owners = self.heads, self.head_owners
        for s in spans:
            if len(s.entry_ids) == 1 and s.entry_ids[0] in owners and s.te - s.ts == 1:
                ids = heads.get(normalize(s.form, self.kb.opts))
                if ids is not None and ids[0] == s.entry_ids[0]:
                    s.entry_ids = list(ids)

    def countries(self, spans: list[Span], actors: list[KBMatch]) -> set[str]:
        """States the article names (unambiguous matches, nationality adjectives and
        institutions such as ``الجيش الأردني``), for disambiguation."""
        out: set[str] = set()
        for ids in [s.entry_ids for s in spans] + [m.entry_ids for m in actors]:
            if len(ids) == 1:
                e = self.kb.get(ids[0])
                if e is not None and e.country:
                    out.add(e.country)
        return out

    def actor_row(self, doc: Document, m: KBMatch) -> dict[str, object]:
        e = self.kb.get(m.entry_ids[0]) if m.entry_ids else None
        return {
            "start": m.start,
            "end": m.end,
            "text": doc.text[m.start : m.end],
            "kb_id": e.id if e else None,
            "actor": e.actor_on(doc.published) if e else None,
            "adjective": m.adjective,
        }


def _preposition_ala(text: str) -> bool:
    """``على`` as written with its final ى (``وعلى``): the preposition, which folds to
    the name علي and which the tagger sometimes reads as one."""
    return text in ("على", "وعلى", "فعلى")


def _bare_sum(toks: list[Token], views: list[TokView], i: int) -> bool:
    """Token ``i`` is written bare (no article or clitic) after a number or a word of
    a sum: ``130 ريال``, ``مليار ريال`` (but the club in ``الهدف رقم 500 للريال``)."""
    v, before = views[i], views[i - 1]
    if v.pre or v.stem != v.bare:
        return False
    return toks[i - 1].kind == "number" or before.bare in _MAGNITUDES


def misc_row(doc: Document, ts: int, te: int) -> dict[str, object]:
    start, end, _ = span_text(doc, ts, te)
    return {"start": start, "end": end, "text": doc.text[start:end]}


# organisations often named after a person (جامعة الملك فهد, مؤسسة بيل وميليندا غيتس,
# شركة كريم): their words stay given names
NAMED_AFTER_PEOPLE = frozenset(
    {
        "university",
        "research",
        "company",
        "ngo",
        "news-agency",
        "newspaper",
        "magazine",
        "sport-club",
        "armed-group",
        "party",
    }
)


def given_names(kb: KB, settings: Settings, not_names: frozenset[str]) -> frozenset[str]:
    """First words of the KB's multi-word person names (``حسن`` of ``حسن روحاني``),
    normalised; titles and function words excluded."""
    out: set[str] = set()
    other: set[str] = set()  # forms of places and groups (اسراءيل) are not given names
    for e in kb.entries:
        for name in e.names_ar:
            words = normalize(name, settings.normalize).split()
            if e.type != "PER":
                other.update(() if e.kind in NAMED_AFTER_PEOPLE else words)
            elif len(words) > 1 and len(words[0]) > 2 and not words[0].startswith("ال"):
                out.add(words[0])
    return frozenset(out - other - not_names)


def person_words(kb: KB, settings: Settings) -> frozenset[str]:
    """Every word of the KB's person names of three letters or more, normalised."""
    return frozenset(
        w
        for e in kb.entries
        if e.type == "PER"
        for name in e.names_ar
        for w in normalize(name, settings.normalize).split()
        if len(w) > 2
    )


def media_names(kb: KB, settings: Settings) -> dict[str, str]:
    """The KB's newspapers and channels by their name without the head noun
    (``الشرق الأوسط`` of ``صحيفة الشرق الأوسط``), normalised."""
    heads = {normalize(h, settings.normalize) + " " for h in _MEDIA_HEADS}
    out: dict[str, str] = {}
    media = [e for e in kb.entries if e.kind in _MEDIA_KINDS]
    for e in sorted(media, key=lambda e: _MEDIA_KINDS.index(e.kind or "")):
        for name in e.names_ar:
            norm = normalize(name, settings.normalize)
            head = next((h for h in heads if norm.startswith(h)), None)
            if head is not None:
                out.setdefault(norm[len(head) :], e.id)
    return out


def club_names(kb: KB, settings: Settings) -> dict[tuple[str, ...], list[str]]:
    """KB sports clubs by their bare name, one or two words with the article: ``نادي``
    and a state adjective taken off (``نادي العربي القطري`` -> ``العربي``)."""
    opts = settings.normalize
    head = normalize("نادي", opts)
    adjectives = {
        normalize(a, opts) for e in kb.entries if e.kind == "state" for a in e.adjectives_ar
    }
    out: dict[tuple[str, ...], list[str]] = {}
    for e in kb.entries:
        if e.kind != "sport-club":
            continue
        for name in e.names_ar:
            words = normalize(name, opts).split()
            if words[:1] == [head]:
                words = words[1:]
            if len(words) > 1 and words[-1] in adjectives:
                words = words[:-1]
            if 0 < len(words) <= 2 and (words[0].startswith("ال") or words[0] == "ام"):
                ids = out.setdefault(tuple(words), [])
                if e.id not in ids:
                    ids.append(e.id)
    return out


def build(settings: Settings) -> Recognizer:
    kb = load_kb(settings)
    triggers = load_triggers(settings.normalize)
    return Recognizer(
        kb,
        NerTagger.load(settings),
        triggers,
        ministries=bare_institutions(kb),
        heads=state_heads(kb),
        given_names=given_names(kb, settings, frozenset(triggers.not_names)),
        person_words=person_words(kb, settings),
        lexicon=load_lexicon(),
        currencies=load_currencies(settings.normalize),
        media=media_names(kb, settings),
        clubs_by_name=club_names(kb, settings),
        months=load_date_lexicon(settings.normalize).months,
        sport_words=frozenset(normalize(w, settings.normalize) for w in _SPORT_WORDS),
        state_adjectives=frozenset(
            normalize(a, settings.normalize)
            for e in kb.entries
            if e.kind == "state"
            for a in e.adjectives_ar
        ),
        facility_heads=FacilityHeads.load(settings.normalize),
        club_head_form=normalize("نادي", settings.normalize),
        bank_form=normalize("بنك", settings.normalize),
    )


@step("entities", requires=("tokens", "sentences"), provides=("entities",))
def entities_step(settings: Settings) -> StepFn:
    run: Callable[[Document], Document] = build(settings)
    return run
