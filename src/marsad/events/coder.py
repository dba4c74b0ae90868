"""Code one document's events, sentence by sentence.

For each trigger: its clause (after a reporting إن/أن, before the next clause opener), its
source and target (``args``), its modality (``modality``), date, place and confidence. A
verb with no subject of its own continues the sentence's or the previous sentence's subject
(dropped subjects: وأضاف ...، ودعا ...). Non-body lines have no sentences, so they never
produce events.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import compress, count, repeat
from operator import is_

from marsad.doc import Argument, DateExpr, Document, Event, EventMention, Sentence, Token
from marsad.events.args import (
    NON_STATE,
    Actor,
    EntityMention,
    Roles,
    agent_after,
    aspect_subject,
    by_sentence,
    claimed_attacker,
    coordinated,
    count_word,
    doc_mentions,
    embassy_state,
    gap_ok,
    mark_context,
    mention_span,
    nearest_state,
    object_after,
    own_envoy,
    own_envoy_post,
    people_noun,
    plural_verb,
    protest_sides,
    sentence_actors,
    svo_subject,
    token_span,
    victim_count,
    vso_subject,
    weapon_word,
    words_between,
)
from marsad.events.lexicon import CROWD_ACT, Cues, Lexicon, Spec, keys
from marsad.events.modality import Modality, modality
from marsad.events.ontology import Ontology
from marsad.events.triggers import Hit, find_triggers
from marsad.text.normalize import normalize

MAX_PAIRS = 8  # coordinated lists: صنفت X وY وZ ... حزب الله
FRAME_REACH = 14  # tokens from a speech verb to its complementizer (title, time, venue)
_DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_YEAR_REACH = 40  # characters between a trigger and a year that dates it (في 2015)
_WAS = frozenset({"كان", "كانت", "كانوا", "كانا"})
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
_PROTEST_DEFAULT_ROLE = "CVL"
_SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Acts whose two sides بين X وY names (اتفاق بين، اشتباكات بين); welcoming or rejecting
# the deal between them is done by someone else (رحب بالاتفاق بين السودان وجنوب السودان)
_TWO_SIDED = _SYMMETRIC | {"ASSAULT"}
# Acts where مع names partners doing it too, not the other side (رفضت مع حلفائها،
# نددت مع فرنسا): refusing, condemning, appealing, threatening together
_WITH_PARTNERS = frozenset({"REJECT", "ACCUSE", "REQUEST", "THREATEN"})

Extra = tuple[int, int, str, str | None, str | None, str]


@dataclass(slots=True)
class Frame:
    """A reporting construction: speech verb, its complementizer and its speaker."""

    verb: int
    comp: int
    speaker: Actor | None
    pronoun: bool  # إنه/أنها: the clause's subject is the speaker


@dataclass(slots=True)
class DocState:
    """What carries from one sentence to the next."""

    subject: Actor | None = None
    events: list[Event] = field(default_factory=list)
    sides: list[Actor] = field(default_factory=list)  # coded actors of earlier sentences
    day: str | None = None  # the news day an earlier sentence named (مساء الأحد)
    # sentences that code nothing themselves, waiting for one that reads what they
    # leave here (``Coder._sentence``)
    pending: list[tuple[Sentence, list[Extra], _Words]] = field(default_factory=list)


@dataclass(slots=True)
class SentCtx:
    doc: Document
    sent: Sentence
    norms: list[str]
    kinds: list[str]
    actors: list[Actor]
    hits: list[Hit]
    frames: list[Frame]
    cues: Cues
    classes: list[frozenset[str]]  # each token's cue classes
    cued: list[int] = field(default_factory=list)  # positions whose classes are not empty
    subject: Actor | None = None  # the sentence's first subject so far
    # the coded sources each earlier trigger of the sentence was given, by its start
    acted: dict[int, list[Actor]] = field(default_factory=dict)
    mods: dict[int, Modality] = field(default_factory=dict)  # each trigger's, by its start
    text: str | None = None  # the norms joined by spaces, made on first use

    def joined(self) -> str:
        """The sentence's norms joined by spaces, for substring pre-tests."""
        if self.text is None:
            self.text = " ".join(self.norms)
        return self.text


@dataclass(slots=True)
class _Words:
    """One sentence's slices of what is read once per document."""

    norms: list[str]
    classes: list[frozenset[str]]  # each token's cue classes
    mentions: list[EntityMention]  # the entity mentions inside the sentence


def _extra_span(item: Extra) -> tuple[int, int]:
    return item[0], item[1]


@dataclass(slots=True)
class Coder:
    lexicon: Lexicon
    cues: Cues
    ontology: Ontology

    def code(
        self, doc: Document, extra: list[Extra], norms: list[str] | None = None
    ) -> list[Event]:
        """The document's events; ``norms``: each of ``doc.tokens``' norm, when the caller
        has them already (they are read once per document, then sliced per sentence)."""
        # a lead without a date tells the story of the day the next sentences name
        state = DocState(day=_lead_day(doc))
        if norms is None:
            norms = [t.norm for t in doc.tokens]
        classes = self._classes(norms)
        # each sentence's mentions and extra spans, grouped in one pass over the document
        mentions = by_sentence(doc.sentences, doc_mentions(doc), mention_span)
        extras = by_sentence(doc.sentences, extra, _extra_span)
        for k, sent in enumerate(doc.sentences):
            a, b = sent.token_start, sent.token_end
            words = _Words(norms[a:b], classes[a:b], mentions[k])
            self._sentence(doc, sent, extras[k], state, words)
        return state.events

    def _classes(self, norms: list[str]) -> list[frozenset[str]]:
        """Each token's cue classes: the memo read in C (map), the rare unknown word read."""
        classes = list(map(self.cues.memo.get, norms))
        read = self.cues.classes
        # the new words' positions found in C too: nearly every text has some
        for i in compress(count(), map(is_, classes, repeat(None))):
            classes[i] = read(norms[i])
        return classes  # type: ignore[return-value]  # no None left

    def _sentence(
        self,
        doc: Document,
        sent: Sentence,
        extra: list[Extra],
        state: DocState,
        words: _Words,
        found: list[Hit] | None = None,
    ) -> None:
        """Code one sentence; ``found``: its triggers, when it is coded late (pending)."""
        tokens = doc.sentence_tokens(sent)
        norms, classes = words.norms, words.classes
        hits = found
        if hits is None:
            hits = find_triggers(
                self.lexicon,
                norms,
                _name_tokens(tokens, words.mentions),
                _actor_starts(tokens, words.mentions),
                _TaaMarbuta(tokens),
            )
        # the tokens of some cue class (most have none), found in C
        cued = list(compress(count(), classes))
        speech = [i for i in cued if "speech_verbs" in classes[i]]
        if not hits and not speech:
            return
        if found is None and not hits and not (_may_oblige(norms) or _may_blame(norms)):
            # A speech verb and no trigger: no event here, only what the sentence leaves
            # in ``state`` (subject, news day, sides), worked out when a later sentence
            # that codes reads it; after a document's last such sentence, never.
            state.pending.append((sent, extra, words))
            return
        if found is None and state.pending:
            pending, state.pending = state.pending, []
            for late_sent, late_extra, late_words in pending:
                self._sentence(doc, late_sent, late_extra, state, late_words, [])
        stops = frozenset(k for h in hits for k in range(min(h.head, h.start), h.end))
        actors = sentence_actors(doc, sent, self.cues, extra, stops, words.mentions)
        hits = [h for h in hits if not _in_name(h, actors, norms)]
        actors = [a for a in actors if not _medium_company(norms, a)]
        ctx = SentCtx(
            doc, sent, norms, [t.kind for t in tokens], actors, hits, [], self.cues, classes
        )
        ctx.cued = cued
        _institutions(ctx, state)
        _named_again(ctx, state)
        _resolve_pronouns(ctx, state)
        _western(ctx)
        _latter(ctx)
        ctx.frames = _frames(ctx, speech)
        for frame in ctx.frames:
            if frame.speaker is not None and ctx.subject is None:
                ctx.subject = frame.speaker
        hits = sorted(hits + _obligations(ctx) + _blames(ctx), key=lambda h: h.start)
        ctx.hits = hits
        if _topic_shift(norms):
            state.subject = None  # وفي سياق منفصل، ...: another story starts
        first = len(state.events)
        for hit in hits:  # one at a time: a later hit reads the sentence's earlier events
            state.events.extend(self._events(ctx, hit, state))
        state.events[first:] = _drop_unnamed_attacks(state.events[first:])
        if ctx.subject is not None:
            state.subject = ctx.subject
        state.day = _news_day(doc, sent) or state.day
        state.sides = [a for a in ctx.actors if a.code and not a.place] + state.sides[:8]

    def _events(self, ctx: SentCtx, hit: Hit, state: DocState) -> list[Event]:
        left, right, frame = _clause(ctx, hit)
        if hit.spec is _MUST:
            return self._obligation(ctx, hit, frame, state)
        if hit.spec is _BLAME:
            return self._blame(ctx, hit, frame, state)
        if hit.spec.type in _FORCE_TYPES and _natural_force(ctx, hit, right):
            return []
        if _accident_toll(ctx, hit):
            return []
        if _sufferer_noun(ctx, hit):
            return []  # ما تعرض له المتظاهرون: the protesters suffered something, no act
        if _known_content(ctx, hit):
            return []  # ما تعهدت به إيران: the content of a pledge made before
        if hit.start > 0 and ctx.norms[hit.start - 1] in _CHARGED_WITH:
            return []  # بتهمة قتل: the act is what someone is charged with, not reported
        if hit.spec.pos == "verb" and hit.noun is not None and _reason_for(ctx, hit):
            hit = replace(hit, spec=hit.noun)  # ردا على قمع: a reason is a noun, not a verb
        roles = _roles(ctx, hit, left, right, frame, state)
        _timed_arrest(ctx, hit, roles)
        _wounding_noun(ctx, hit, roles)
        _announced_toll(ctx, hit, roles)
        suffered = _suffered_after(ctx, hit)
        if suffered is not None:
            # الهجمات التي تعرضت لها القوات التركية من قبل X: the clause names both sides
            # a doer read before the noun belongs to another clause (النظام ... الهجمات التي)
            past = [a for a in roles.sources if a.ts >= hit.end]
            roles.sources, roles.targets = suffered[0] or past, suffered[1]
        if not hit.verbal:
            # بإعلانه وقف المناورات: the announcer, whatever precedes the noun
            roles.sources = _own_decision(ctx, hit, left) or roles.sources
        if not roles.sources and not hit.verbal:
            roles.sources = _timed_meeting(ctx, hit, roles)  # بعد محادثات مع X، أعلن Y
        if not roles.sources and not hit.verbal:
            # اعتادت إسرائيل على ضرب ...: an aspect verb's subject does the act it governs
            roles.sources = aspect_subject(ctx.actors, ctx.norms, hit.start, left)
        if not roles.sources and not hit.verbal:
            roles.sources = _joined_act(ctx, hit)  # باعتقال صحفيين وإغلاق صحف
        if not roles.sources and not hit.verbal:
            roles.sources = _decider(ctx, hit, left)  # قرار إدارة ترامب بإغلاق المكتب
        if not roles.sources and not roles.targets and hit.spec.type in _VISIT_FRUITS:
            _visit_sides(ctx, hit, roles, state)  # توجت الزيارة بتوقيع عقود
        mod = modality(ctx.cues, ctx.norms, hit, ctx.hits, left)
        mod = _shared_modality(ctx, hit, mod)
        if _habitual(ctx, hit, left, right):
            mod.hypothetical = True  # تنظم النقابات مظاهرات كل عام: a custom, not one act
        if roles.how in ("vso", "svo") and ctx.subject is None and roles.sources:
            ctx.subject = roles.sources[0]
        if hit.light is not None and _act_of_others(ctx, hit):
            roles.sources, roles.how = [], "none"  # أعلنت الوزارة حصيلة الهجوم: it reports
        if not roles.sources:
            roles.sources = agent_after(ctx.actors, hit.end, right)
        elif roles.how == "svo" and not hit.verbal and hit.spec.type == "ASSAULT":
            # تكبدت الميليشيات 120 قتيلا بقصف من طائرات التحالف: a named doer after the
            # attack noun did it; the clause's subject did not (it suffered, or reports)
            roles.sources = _doers_over_subject(ctx, hit, roles, right)
        own = _own_claim(ctx, hit)
        if own is not None and not any(own.same(t) for t in roles.targets):
            roles.sources = coordinated(ctx.actors, own)  # الغارات التي نفذتها أمريكا
        if not roles.sources and hit.spec.type == "ASSAULT":
            roles.sources = (
                _own_means(ctx, hit, frame, state)
                or _unit_subject(ctx, hit, left)
                or _claimed(ctx, hit, roles)
            )
        roles.sources = [_member_of(ctx, a) for a in roles.sources]
        roles.targets = [_member_of(ctx, a) for a in roles.targets]
        place = _place(ctx, roles, hit.head)
        if hit.spec.type == "COERCE" and not roles.targets and hit.verbal:
            roles.targets = _shared_object(ctx, state)
        _default_roles(ctx, hit, roles, place)
        if hit.spec.type == "COERCE" and _unplaced_arrest(ctx, hit, roles, place):
            roles.sources, roles.targets = _home_arrest(state)  # تم سجن نحو 77 ألف شخص
        if hit.spec.type == "ASSAULT" and not hit.verbal and roles.how == "genitive":
            roles.targets = _relative_aim(ctx, roles) or roles.targets
        if hit.spec.type in _FORCE_TYPES:
            roles.targets = [_unnamed_victim(ctx, t, place) for t in roles.targets]
        hit = _warned_of(ctx, hit, roles, right)
        attack = _condemned_attack(ctx, hit, roles)
        if attack is not None:
            roles.targets = _attacker_of(ctx, attack, roles.targets) or _earlier_attacker(
                ctx, attack, state
            )
        else:
            roles.targets = _condemned_doer(ctx, hit, roles) or roles.targets
            _unsaid_object(ctx, hit, roles, state)
        if hit.verbal and hit.spec.type == "ACCUSE":
            roles.targets = [t for t in roles.targets if not _in_other_act(ctx, hit, t)]
        if hit.verbal and hit.spec.type == "ASSAULT":
            roles = _killed_in_attack(ctx, hit, roles, (left, right), state)
        if hit.spec.type == "ASSAULT":
            _toll_of_attack(ctx, hit, roles)
        if hit.verbal and hit.spec.type in _FORCE_TYPES:
            _counted_victims(ctx, hit, roles, right)  # خطف مسلحون ... خمسة بريطانيين
        if roles.how in ("dropped", "speaker") and _attack_relative(ctx, hit):
            _no_self_attack(roles)  # أعلن الجيش ... في هجوم استهدف دورية للجيش
        if hit.spec.prev and hit.spec.type == "THREATEN":
            _close_sides(hit, roles)  # لن تسمح إسرائيل لإيران بـ
        if hit.spec.type == "CONCEDE" and not _coded(roles.targets):
            roles.targets = _requested_by(ctx, hit, right) or roles.targets  # نزولا عند طلب
        hit = _court_verdict(ctx, hit, roles)
        if hit.spec.type == "SUPPORT":
            _backed_by(ctx, hit, roles)  # تقدم الجيش بدعم من قوات التحالف
        hit = _retype(ctx, hit, roles)
        ctx.acted[hit.start] = [a for a in roles.sources if a.code]
        if _purpose_accusative(self.lexicon, hit) or not _enough(ctx, hit, roles):
            return []
        date, date_from = _date(ctx, hit, state)
        mention = _mention(ctx, hit)
        out: list[Event] = []
        for src, tgt in _pairs(hit, roles)[:MAX_PAIRS]:
            if src is not None and src.same(tgt):
                continue
            out.append(
                self._event(hit, src, tgt, mod, roles, mention, date, date_from, place, frame)
            )
        return out

    def _obligation(
        self, ctx: SentCtx, hit: Hit, frame: Frame | None, state: DocState
    ) -> list[Event]:
        """على إيران أن توقف التخصيب: the speaker (else the sentence's or the running
        subject) demands it of the actor after على. The obligation is stated as such
        (يجب، ينبغي before it say the same); only a negation or a condition undoes it."""
        obliged = next(a for a in ctx.actors if a.ts == hit.start + 1)
        speaker = frame.speaker if frame is not None else None
        src = speaker or ctx.subject or state.subject
        if src is None or not src.code or src.same(obliged):
            return []
        mod = modality(ctx.cues, ctx.norms, hit, ctx.hits, frame.comp + 1 if frame else 0)
        mod.intent = hit.future
        roles = Roles([src], coordinated(ctx.actors, obliged), "speaker")
        date, date_from = _date(ctx, hit, state)
        mention = _mention(ctx, hit)
        return [
            self._event(hit, src, tgt, mod, roles, mention, date, date_from, None, frame)
            for tgt in roles.targets[:MAX_PAIRS]
            if tgt.code and not tgt.same(src)
        ]

    def _blame(self, ctx: SentCtx, hit: Hit, frame: Frame | None, state: DocState) -> list[Event]:
        """تقول لندن إن موسكو مسؤولة عن تسميم الجاسوس: whoever says or holds it (the
        reporting verb's speaker, else with no such verb the sentence's subject) blames
        the actor held responsible."""
        blamed = _blamed(ctx, hit.start)
        # a reporting verb's own speaker only (مسؤولون يقولون إن ...: an unnamed one blames
        # no one the sentence named before)
        src = frame.speaker if frame is not None else ctx.subject
        if blamed is None or src is None or not src.code or _state_of(src) == _state_of(blamed):
            return []
        mod = modality(ctx.cues, ctx.norms, hit, ctx.hits, frame.comp + 1 if frame else 0)
        roles = Roles([src], [blamed], "speaker")
        date, date_from = _date(ctx, hit, state)
        mention = _mention(ctx, hit)
        return [self._event(hit, src, blamed, mod, roles, mention, date, date_from, None, frame)]

    def _event(
        self,
        hit: Hit,
        src: Actor | None,
        tgt: Actor | None,
        mod: Modality,
        roles: Roles,
        mention: EventMention,
        date: str | None,
        date_from: str,
        place: Argument | None,
        frame: Frame | None,
    ) -> Event:
        cameo = self.ontology.cameo(hit.spec.type, hit.spec.cameo)
        speaker = frame.speaker if frame is not None else None
        return Event(
            id="",
            type=hit.spec.type,  # type: ignore[arg-type]
            mentions=[mention],
            source=src.argument() if src else None,
            target=tgt.argument() if tgt else None,
            mode=hit.spec.mode,
            cameo=cameo,
            quad_class=self.ontology.quad_class(cameo),
            goldstein=self.ontology.goldstein_of(cameo),
            date=date,
            date_from=date_from,  # type: ignore[arg-type]
            place=place,
            negated=mod.negated,
            intent=mod.intent,
            hypothetical=mod.hypothetical,
            reported_by=speaker.entity if speaker is not None else None,
            confidence=_confidence(hit, src, tgt, roles.how),
            # chanting or banners of protesters name the sentence's event a protest but
            # tell how one went on: OEDA dev labels them "no new protest" more often than
            # "yes" (a mention, never a report, whatever the learned gate says)
            reported=hit.spec.lemma != CROWD_ACT.lemma,
        )


# Which sides an event needs before it is coded. A triple with an unknown side claims
# little, and on the sentence gold (each sentence read alone) such events were almost
# all false: 35 with no source and 29 with no target, against 2 right. Attacks and
# protests keep one side (GUIDE: a protest's target may be null; an attack with no
# named attacker is UAF's) because detecting them matters on its own (OEDA). Aid goes to
# someone: with no recipient named (قدم المركز 288 مشروعا إغاثيا، تم منحها الدكتوراه
# الفخرية، تخفيف المعونات) the sentence names a donor's record, an honour or a cut.
_SOURCELESS = frozenset({"PROTEST", "ASSAULT"})
_NEEDS_TARGET = frozenset(
    {
        "REQUEST",
        "ACCUSE",
        "CONSULT",
        "COOPERATE",
        "THREATEN",
        "SUPPORT",
        "REJECT",
        "AGREE",
        "AID",
    }
)
_ONE_ARG_NOUNS = frozenset({"ASSAULT", "PROTEST", "COERCE"})
_PLACE_TARGET = frozenset({"ASSAULT", "PROTEST", "COERCE"})


# Acts between states: an object of the source's own state is rarely the target
# (وحذر البيت الأبيض من أن الولايات المتحدة ... is a warning to someone else).
_INTERNATIONAL = frozenset(
    {"CONSULT", "AGREE", "SUPPORT", "THREATEN", "SANCTION", "AID", "COOPERATE", "RETREAT", "REJECT"}
)
_DIRECTED = frozenset(
    {
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "SANCTION",
        "SUPPORT",
        "CONSULT",
        "AGREE",
        "COOPERATE",
        "AID",
        "CONCEDE",
        "RETREAT",
        "ASSAULT",
    }
)


# normalised: بتهمة، بتهم، بتهمتي (charged with ...)
_CHARGED_WITH = frozenset({"بتهمه", "بتهم", "بتهمتي", "وبتهمه"})

WARN_APPOSITION = 2  # tokens from the warner to its name in apposition (، ناصر بوريطة)
WARN_REACH = 6  # words from حذر (or its subject) to the actor of its من-phrase


JOIN_REACH = 6  # words from one verbal noun to the next joined to it by و


# normalised له، لها، لهم، لهما: the pronoun of تعرض taking ما or a relative up
_SUFFERED_TO = frozenset({"له", "لها", "لهم", "لهما"})


def _sufferer_noun(ctx: SentCtx, hit: Hit) -> bool:
    """ما تعرض له المتظاهرون: after a suffering light verb and its pronoun the noun is the
    one who suffered (its subject), not the act suffered (that follows من: ما تعرض له
    المتظاهرون من قمع)."""
    if hit.light is None or not hit.light.inverse or hit.start != hit.head + 2:
        return False
    return ctx.norms[hit.head + 1] in _SUFFERED_TO


def _known_content(ctx: SentCtx, hit: Hit) -> bool:
    """وهو ما تعهدت به بكين، تحترم ما التزمت به، تنفيذ ما هددت به: ما taken up by a
    pronoun after the verb names what was pledged, asked or threatened before, as a
    definite noun refers back to a known act; not reported here. An act done or suffered
    (ما تقوم به القوات من قصف، ما تعرض له من تعذيب) is still told by its من-phrase."""
    h = hit.head
    if hit.spec.type in _FORCE_TYPES or h < 1 or h + 1 >= len(ctx.norms):
        return False
    return ctx.norms[h - 1] == "ما" and ctx.norms[h + 1] in _TAKES_UP


# normalised له، لها، لهم، لهما، به، بها، بهم: a pronoun after the verb taking ما up
_TAKES_UP = frozenset({"له", "لها", "لهم", "لهما", "به", "بها", "بهم"})


def _masdar_spelled(hit: Hit) -> bool:
    """A perfect verb whose form, less a pronoun ending, is its lemma (منع، منعها، رفع):
    spelled as the verbal noun of a form I verb, so it may be one."""
    if hit.imperfect:
        return False
    base = hit.form
    for end in _PRONOUN_ENDINGS:
        if base.endswith(end) and len(base) - len(end) >= 3:
            base = base[: -len(end)]
            break
    return base == hit.spec.lemma


def _shared_modality(ctx: SentCtx, hit: Hit, mod: Modality) -> Modality:
    """لا يجوز أن يستمر احتجاز الناقلات في المياه الدولية ومنعها من الإبحار: a verbal noun joined by
    و to the verbal noun before it (no clause opener or comma between) is said the way
    that one is: negated, intended or only possible with it. Records ``mod``."""
    prev = None
    # ومنعها، ورفع: a bare perfect spelled as its verbal noun reads as one after another
    # noun (ودعت is a verb: its ending is no pronoun)
    nominal = hit.spec.pos == "noun" or (hit.spec.pos == "verb" and _masdar_spelled(hit))
    if nominal and hit.light is None and hit.prefix.startswith("و"):
        for other in ctx.hits:
            if other is hit or other.end > hit.start or other.spec.pos != "noun":
                continue
            near = words_between(ctx.norms, other.end, hit.start, set()) <= JOIN_REACH
            pause = any(ctx.norms[k] in ("،", ",", ".", "؛") for k in range(other.end, hit.start))
            if near and not pause and not _breaks(ctx, other.end, hit.start):
                prev = ctx.mods.get(other.start, prev)
    if prev is not None:
        mod.negated = mod.negated or prev.negated
        mod.intent = mod.intent or prev.intent
        mod.hypothetical = mod.hypothetical or prev.hypothetical
    ctx.mods[hit.start] = mod
    return mod


def _warned_of(ctx: SentCtx, hit: Hit, roles: Roles, right: int) -> Hit:
    """حذر الوزير المغربي من نشاط إيران: a warning with no one warned, about another
    state's doing, criticises that state (ACCUSE); a warning to someone (حذر X من)
    stays a threat."""
    if hit.spec.mode != "warn" or not roles.sources or hit.spec.pos != "verb":
        return hit
    if roles.targets and not all(_about(ctx, t) for t in roles.targets):
        return hit  # حذر X من ...: X is warned
    own = {(a.code or "")[:3] for a in roles.sources}
    after = max([hit.end] + [a.te for a in roles.sources if a.ts >= hit.end])  # VSO
    for a in ctx.actors:  # وزير ... في المغرب، ناصر بوريطة: the subject named again
        if after <= a.ts <= after + WARN_APPOSITION and (a.code or "")[:3] in own:
            after = a.te
    end = min(right, after + WARN_REACH)
    about = (
        roles.targets
        or [a for a in ctx.actors if after <= a.ts < end and _about(ctx, a) and not a.place][:1]
    )
    if not about or not about[0].code or about[0].code[:3] in own:
        return hit
    roles.targets = about
    return replace(hit, spec=replace(hit.spec, type="ACCUSE", cameo="111", mode="warn-of"))


ATTACK_OBJECT_GAP = 2  # words (بشدة، subject words) between a condemning verb and the attack


def _in_other_act(ctx: SentCtx, hit: Hit, target: Actor) -> bool:
    """انتقد تقارير تحدثت عن لقائه مع نظيره الأميركي، انتقد بومبيو لعدم كشفه عن رحلته
    لكوريا الشمالية: an actor after a preposition that follows another act noun is that
    act's partner or aim, not the one criticised. (An act noun's genitive, أدان قصف
    التحالف، is its doer and stays the object. Calls and threats differ: دعت إلى وقف
    القمع للاحتجاجات المناهضة للحكومة is aimed at the act's doer, so they are left out.)"""
    if target.ts <= hit.end:
        return False
    # the victim of an arrest or attack criticised (انتقدت القبض على ناشطات سعوديات) is
    # most often of the state that did it: those acts are left to _condemned_attack
    acts = [
        o for o in ctx.hits if o is not hit and not o.verbal and o.spec.type not in _FORCE_TYPES
    ]
    return any(
        hit.end <= o.start
        and o.end <= target.ts
        and (
            target.prep is not None
            or any(w in _PARTNER_PREPS for w in ctx.norms[o.end : target.ts])
        )
        for o in acts
    )


# prepositions that open an act noun's oblique phrase (لقائه مع نظيره الأميركي), normalised
_PARTNER_PREPS = frozenset({"مع", "علي", "الي", "عن", "ضد", "بين"})


# what a visit or talks yield between the same two sides (توقيع اتفاقيات، صفقات)
_VISIT_FRUITS = frozenset({"AGREE", "COOPERATE"})


def _visit_sides(ctx: SentCtx, hit: Hit, roles: Roles, state: DocState) -> None:
    """توجت زيارة الرئيس الفرنسي إلى الهند بتوقيع عقود تجارية، وجرى خلال اللقاء توقيع
    اتفاقيات: an agreement or deal noun with no side of its own, after a visit or meeting
    the sentence codes between two sides, was made between those sides."""
    here = [
        e
        for e in state.events
        if e.mentions[0].sentence == ctx.sent.index
        and e.type == "CONSULT"
        and e.source is not None
        and e.target is not None
        and e.mentions[0].trigger_end <= ctx.doc.sentence_tokens(ctx.sent)[hit.start].start
    ]
    if not here:
        return
    visit = here[-1]
    by_start = {a.start: a for a in ctx.actors}
    src = by_start.get(visit.source.start) if visit.source else None
    tgt = by_start.get(visit.target.start) if visit.target else None
    if src is not None and tgt is not None:
        roles.sources, roles.targets, roles.how = [src], [tgt], "between"


def _condemned_attack(ctx: SentCtx, hit: Hit, roles: Roles) -> Hit | None:
    """أدانت فرنسا بشدة الهجوم ...، ندد بالهجوم على ...: the attack noun a condemning verb
    takes as its object, right after the verb (and its subject and a manner word)."""
    if hit.spec.type != "ACCUSE" or not hit.verbal or hit.spec.mode != "condemn":
        return None  # اتهمتها بشن هجوم: the accused is the object, the attack the charge
    edge = max([hit.end] + [a.te for a in roles.sources if a.ts >= hit.end])
    codes = {a.code for a in roles.sources}
    for a in sorted(ctx.actors, key=lambda a: a.ts):
        # رئيس الحكومة اللبنانية نجيب ميقاتي: the title's holder, of the same code, is
        # still the subject (an adjective may stand between)
        if edge <= a.ts and a.code in codes and words_between(ctx.norms, edge, a.ts, set()) <= 1:
            edge = a.te
    for h in ctx.hits:
        if edge < len(ctx.norms) and ctx.norms[edge] in _WHAT and h.head == edge + 1:
            # ندد بما تتعرض له سوريا من هجمات: what the named side suffers
            return h if h.spec.type == "ASSAULT" and h.light is not None and h.inverse else None
        if h.spec.type == "ASSAULT" and not h.verbal and h.start >= edge:
            near = words_between(ctx.norms, edge, h.start, set()) <= ATTACK_OBJECT_GAP
            named = any(edge <= a.ts < h.start for a in ctx.actors)  # اتهمت X بشن هجمات
            return h if near and not named and not _breaks(ctx, edge, h.start) else None
    return None


CONDEMNED_REACH = 8  # words from a condemning verb (or its subject) to its object's relative
DOER_GAP = 2  # words from the relative clause's verb to its subject (an adjective's noun)
# normalised بها، به، بهم: the preposition of قام/تقوم ب taking the relative up
_RESUMED_BY = frozenset({"بها", "به", "بهم", "بهما"})


def _condemned_doer(ctx: SentCtx, hit: Hit, roles: Roles) -> list[Actor]:
    """ونددت كوريا بالمناورات التي تجريها واشنطن، انتقد الانتهاكات التي ترتكبها القوات
    الإسرائيلية: the doer of a condemned thing, the subject of a relative clause on the
    object whose verb takes the relative up (تجريها، ارتكبها، تقوم بها), is the one
    accused. Not past an actor, a comma or a clause opener before the relative pronoun
    (أتباع غولن، الذي تتهمه أنقرة: a clause on a name), nor for a joint act's makers
    (الاتفاق الذي وقعته واشنطن وإيران: the deal is criticised, not each signatory)."""
    if hit.spec.type != "ACCUSE" or not hit.verbal or hit.spec.mode not in _CONDEMNING:
        return []
    edge = max([hit.end] + [a.te for a in roles.sources if a.ts >= hit.end])
    end = min(len(ctx.norms) - 2, edge + CONDEMNED_REACH)
    k = next((k for k in range(edge, end) if ctx.norms[k] in _RELATIVE), None)
    # an uncoded name between is the thing's own (المناورات "ماكس ثاندر" التي)
    if k is None or _breaks(ctx, edge, k) or any(edge <= a.ts < k and a.code for a in ctx.actors):
        return []
    if any(ctx.norms[j] in _COMMAS for j in range(edge, k)):
        return []
    verb = ctx.norms[k + 1]
    if _joint_verb(verb) or any(h.head == k + 1 and h.spec.type in _SYMMETRIC for h in ctx.hits):
        return []
    if ctx.norms[k + 2] in _RESUMED_BY:
        k += 1
    elif not verb.endswith(("ها", "ه", "هم", "هما")):
        return []
    doer = next((a for a in ctx.actors if a.ts >= k + 2), None)
    if doer is None or not doer.code or doer.prep is not None or doer.place:
        return []
    if words_between(ctx.norms, k + 2, doer.ts, set()) > DOER_GAP:
        return []
    if any(doer.same(s) for s in roles.sources):
        return []
    return coordinated(ctx.actors, doer)


_CONDEMNING = frozenset({"condemn", "criticize"})
# normalised stems of making a deal or a meeting together (وقعته، أبرمتها، عقدوه، يعقدها)
_JOINT_STEMS = frozenset({"وقع", "ابرم", "عقد"})


def _joint_verb(verb: str) -> bool:
    """وقعتها، أبرمته، يعقدونها: a verb of signing or holding with an object pronoun."""
    for end in ("هما", "هم", "ها", "ه"):
        if verb.endswith(end):
            verb = verb[: -len(end)]
            break
    for end in ("تا", "وا", "ون", "ت", "ا", "و"):
        if verb.endswith(end) and len(verb) - len(end) >= 3:
            verb = verb[: -len(end)]
            break
    if verb[:1] in "يت" and verb[1:] in _JOINT_STEMS:
        return True
    return verb in _JOINT_STEMS


def _attacker_of(ctx: SentCtx, attack: Hit, targets: list[Actor]) -> list[Actor]:
    """Condemning an attack accuses its attacker, named right after the attack noun
    (الهجوم الإسرائيلي، قصف التحالف) or in a clause saying who carried it out. An actor further on (after على، in a relative
    clause: الهجوم الذي استهدف السفارة الأمريكية) is the attack's victim, not the one
    accused; with no attacker named the condemnation has no target."""
    claimed = _own_claim(ctx, attack)  # الهجمات التي نفذتها حركة طالبان
    if claimed is not None and claimed.code:
        return coordinated(ctx.actors, claimed)
    suffered = _suffered_after(ctx, attack)  # الاعتداءات التي تتعرض لها X من قبل Y
    if suffered is not None and suffered[0]:
        return suffered[0]
    if attack.light is not None:
        # ما تتعرض له X من هجمات إسرائيلية / من قبل Y: the suffered act's doer
        doers = agent_after(ctx.actors, attack.end, len(ctx.norms))
        own = _noun_nationality(ctx, attack)
        return doers or ([own] if own is not None else [])
    if not targets or targets[0].ts < 0:
        return []
    first = targets[0]
    near = first.ts >= attack.end and words_between(ctx.norms, attack.end, first.ts, set()) <= 1
    # الغارات، ودعا مجلس الأمن: past a comma the actor belongs to the next clause
    split = any(ctx.norms[k] in _COMMAS for k in range(attack.end, max(first.ts, attack.end)))
    return targets if near and not split and first.prep is None else []


_COMMAS = frozenset(["،", ",", "؛", ";"])
_WHAT = frozenset({"ما", "بما"})  # the object of a condemning verb: what ... suffers


EARLIER_ATTACK_REACH = 2  # sentences back a definite attack noun may point


def _earlier_attacker(ctx: SentCtx, attack: Hit, state: DocState) -> list[Actor]:
    """ودان ... الغارات: a definite attack noun with no attacker named points back to the
    attack an earlier sentence coded (شنت طائرات إسرائيلية غارات ...); its attacker is the
    one accused. Only a named attacker of the last two sentences counts."""
    word = ctx.norms[attack.start]
    if not word.removeprefix("و").removeprefix("ب").startswith("ال"):
        return []
    first = ctx.sent.index - EARLIER_ATTACK_REACH
    for ev in reversed(state.events):
        recent = any(m.sentence >= first for m in ev.mentions)
        src = ev.source
        if not recent:
            return []
        if ev.type == "ASSAULT" and src is not None and src.actor and src.actor != "UAF":
            return [Actor(-1, -1, src.actor, src.text or "", -1, -1, "ORG", entity=src.entity)]
    return []


def _about(ctx: SentCtx, t: Actor) -> bool:
    """حذر من إيران، حذر من نشاط إيران: the actor of the من-phrase, or the genitive of
    its one noun, is what the warning is about."""
    return t.prep == "من" or (t.prep is None and t.ts >= 2 and ctx.norms[t.ts - 2] == "من")


def _court_verdict(ctx: SentCtx, hit: Hit, roles: Roles) -> Hit:
    """أدانت المحكمة فلاناً، أدانت محكمة تركية: a court's condemnation is a conviction
    (COERCE), not a criticism (ACCUSE)."""
    judges = any(_court(ctx, a) for a in roles.sources)
    if hit.spec.mode != "condemn" or not judges:
        return hit
    verdict = replace(hit.spec, type="COERCE", cameo="173", mode="sentence")
    return replace(hit, spec=verdict)


# normalised (بجرائم is read بجراءم: written with its hamza it had never matched)
_CHARGES = frozenset(
    map(normalize, {"بتهمة", "بتهم", "بجريمة", "بجرائم", "بالقتل", "بالتجسس", "بالخيانة"})
)
CHARGE_REACH = 6  # words from a condemning verb to the charge it convicts of
# lemmas that also mean "convict": the other condemning words take their object with ب
# as well (ندد بجرائم، مستنكرا بالقتل، متهما بالتجسس) and stay a criticism
_CONVICT = frozenset({"أدان", "دان", "إدانة"})
# CAMEO IMG: militant groups of no state. Rebels holding ground (REB: قوات سوريا الديمقراطية)
# arrest as authorities do, so they keep COERCE.
_ARMED_GROUPS = ("IMG",)
_HOLDING = frozenset({"arrest", "detain"})


def _retype(ctx: SentCtx, hit: Hit, roles: Roles) -> Hit:
    """Types its sides or object decide: a condemnation for a charge (أدين بتهمة القتل) is a
    conviction; holding people by a militant group (IMG) is hostage taking (CAMEO 181,
    ASSAULT); exercises held with a partner (أجرى مناورات مع) are military
    cooperation."""
    spec = hit.spec
    if spec.lemma in _CONVICT and any(
        ctx.norms[k] in _CHARGES
        for k in range(hit.end, min(len(ctx.norms), hit.end + CHARGE_REACH))
    ):
        return replace(hit, spec=replace(spec, type="COERCE", cameo="173", mode="sentence"))
    if spec.type == "COERCE" and spec.mode in _HOLDING and _armed_group(roles.sources):
        roles.targets = [t for t in roles.targets if t.ts >= 0]  # no "domestic" default
        return replace(hit, spec=replace(spec, type="ASSAULT", cameo="181", mode="abduct"))
    if spec.mode == "exercise" and any(t.prep == "مع" for t in roles.targets):
        return replace(hit, spec=replace(spec, type="COOPERATE", cameo="062", mode="military"))
    return hit


# normalised ب + a support noun (بدعم، بإسناد، بمساندة): "with the backing of"
_BACKED = frozenset({"بدعم", "باسناد", "بمسانده", "وبدعم", "وباسناد", "وبمسانده"})


def _backed_by(ctx: SentCtx, hit: Hit, roles: Roles) -> None:
    """تقدم الجيش بدعم من قوات التحالف، سيطرت القوات على المدينة بإسناد من الطيران: the
    side after بدعم من backs the clause's subject; it is the support's source, the subject
    its target (a light or aspect verb before it does not make the subject the giver)."""
    k = hit.end - 1 - len(hit.spec.rest)
    if not (0 <= k < len(ctx.norms) - 2) or ctx.norms[k] not in _BACKED:
        return
    if ctx.norms[k + 1] != "من":
        return
    backers = [a for a in ctx.actors if a.ts > k + 1 and a.code and not a.place]
    backer = (
        backers[0]
        if backers and words_between(ctx.norms, k + 2, backers[0].ts, set()) <= 2
        else None
    )
    if backer is None:
        return
    backed = [a for a in roles.sources + roles.targets if a.ts < k and not a.same(backer)]
    roles.sources = coordinated(ctx.actors, backer)
    roles.targets = backed[:1]


def _armed_group(sources: list[Actor]) -> bool:
    return any(a.code is not None and a.code.startswith(_ARMED_GROUPS) for a in sources)


# على X أن + imperfect (X must ...): a demand, coded as a REQUEST of X
_MUST = Spec(type="REQUEST", pos="verb", lemma="على ... أن", cameo="020", mode="demand")
_ON = "علي"  # على, normalised
_THAT_MUST = frozenset({"ان", "بان", "الا"})  # أن، بأن، ألا (أن + لا)
# "must understand / know / realise" (تفهم، تعلم، تدرك، تعي، تعرف) warns; it asks nothing
_KNOW = frozenset({"فهم", "علم", "درك", "عي", "عرف", "فهموا", "علموا", "دركوا", "عوا", "عرفوا"})


def _may_oblige(norms: list[str]) -> bool:
    """Whether ``_obligations`` may find one: على and أن/بأن/ألا among the words."""
    return _ON in norms and not _THAT_MUST.isdisjoint(norms)


def _obligations(ctx: SentCtx) -> list[Hit]:
    """على إيران أن توقف، يجب على الحكومة أن تفرج: على, a coded actor (and the actors
    joined to it), أن (or ألا) and an imperfect verb (or لا before one). اتفقا على أن has no actor
    between, so it is no obligation."""
    out: list[Hit] = []
    taken = {k for h in ctx.hits for k in range(min(h.head, h.start), h.end)}
    for a in ctx.actors:
        k = a.ts - 1
        if k < 0 or ctx.norms[k] != _ON or k in taken or not a.code or a.place:
            continue
        last = coordinated(ctx.actors, a)[-1]
        j = last.te
        if j + 1 >= len(ctx.norms) or ctx.norms[j] not in _THAT_MUST:
            continue
        verb = ctx.norms[j + 1]
        if verb[1:] in _KNOW:
            continue  # على سوريا أن تفهم: a warning, not a demand
        if (verb == "لا" and ctx.norms[j] != "الا") or (len(verb) > 2 and verb[0] in "تين"):
            out.append(Hit(k, k + 1, _MUST, head=k, form=ctx.norms[k]))
    return out


# Holding someone responsible in a reported clause (إن موسكو مسؤولة عن، أن تكون شبكة
# حقاني المسؤولة عن): normalised forms of مسؤول before عن
_BLAME = Spec(type="ACCUSE", pos="verb", lemma="مسؤول عن", cameo="112", mode="accuse")
_RESPONSIBLE = frozenset(
    normalize(art + "مسؤول" + end) for art in ("", "ال") for end in ("", "ة", "ا", "ون", "ين")
)
_THAT = frozenset({"ان", "بان", "وان"})
_BE = frozenset({"تكون", "يكون"})
_PRONOUNS_OF = frozenset({"هي", "هو"})


def _may_blame(norms: list[str]) -> bool:
    """Whether ``_blames`` may find one: مسؤول (any form) and عن among the words."""
    return "عن" in norms and not _RESPONSIBLE.isdisjoint(norms)


def _blames(ctx: SentCtx) -> list[Hit]:
    """إن موسكو مسؤولة عن الهجوم، أن تكون دمشق المسؤولة عن: مسؤول + عن right after a
    coded actor that opens a clause after أن/إن (a subject held responsible)."""
    return [
        Hit(k, k + 1, _BLAME, head=k, form=ctx.norms[k])
        for k in range(1, len(ctx.norms) - 1)
        if ctx.norms[k] in _RESPONSIBLE and ctx.norms[k + 1] == "عن" and _blamed(ctx, k) is not None
    ]


def _blamed(ctx: SentCtx, k: int) -> Actor | None:
    """The coded actor held responsible by مسؤول at ``k``: right before it (or before
    هي/هو), itself right after أن/إن or أن تكون."""
    end = k - 1 if ctx.norms[k - 1] in _PRONOUNS_OF else k
    for a in ctx.actors:
        if a.te != end or not a.code or a.place or a.ts == 0:
            continue
        before = ctx.norms[a.ts - 1]
        if before in _THAT or (before in _BE and a.ts > 1 and ctx.norms[a.ts - 2] in _THAT):
            return a
    return None


_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
FORCE_REACH = 3  # words after the verb its VSO subject or cause phrase (في فيضانات) starts within
_CAUSES = frozenset({"في", "جراء", "بسبب", "اثر", "اثناء", "خلال"})


# Words that make a present-tense act a custom (كل عام، سنويا، عادة ما): normalised, with
# و glued to عادة/غالبا; كل is read with the word after it (كل عام، كل عامين، كل سنة).
_YEARLY = frozenset(map(normalize, {"عام", "عامين", "سنة", "سنتين"}))
_CUSTOM = frozenset(map(normalize, {"سنويا", "سنوياً", "عادة", "وعادة", "غالبا", "وغالبا"}))


def _habitual(ctx: SentCtx, hit: Hit, left: int, right: int) -> bool:
    """يزور ملايين السياح البلد سنويا، تنظم النقابات مظاهرات كل عام، عادة ما يلتقي الوزيران:
    a present-tense verb (or light verb) with a yearly or "usually" word in its clause tells
    what is done as a rule, not an act that happened. Not a sum per year (بمبلغ ... سنويا,
    بما يصل إلى مليار دولار سنويا): a figure before the word makes it a rate."""
    if not (hit.verbal and (hit.light_imperfect if hit.light is not None else hit.imperfect)):
        return False
    for k in _near_words(ctx, hit, left, right):
        w = ctx.norms[k]
        yearly = w == "كل" and k + 1 < right and ctx.norms[k + 1] in _YEARLY
        if (yearly or w in _CUSTOM) and not _rate(ctx, k):
            return True
    return False


CUSTOM_BEFORE, CUSTOM_AFTER = 3, 8  # words a custom word may sit before or after its act


def _near_words(ctx: SentCtx, hit: Hit, left: int, right: int) -> list[int]:
    """The words close to the act with no punctuation between (a long clause may list
    other acts: تدعم بلاده الرؤية ... ومجلس يجتمع سنويا)."""
    out: list[int] = []
    for k in range(hit.end, min(right, hit.end + CUSTOM_AFTER)):
        if ctx.kinds[k] == "punct":
            break
        out.append(k)
    for k in range(hit.head - 1, max(left, hit.head - CUSTOM_BEFORE) - 1, -1):
        if ctx.kinds[k] == "punct":
            break
        out.append(k)
    return out


def _rate(ctx: SentCtx, k: int) -> bool:
    """سنويا after a figure (مليار دولار سنويا، 4% سنويا): an amount per year."""
    return any(ctx.kinds[j] == "number" or ctx.norms[j] in _MONEY for j in range(max(0, k - 3), k))


_MONEY = frozenset(map(normalize, {"دولار", "دولارا", "يورو", "مليون", "مليار", "ريال", "جنيه"}))


# normalised, with و glued: the time words that set a meeting as the moment of the main
# clause (بعد محادثات مع، خلال اجتماعه مع، عقب لقاء مع)
_MEETING_TIMES = frozenset(
    w + t for t in map(normalize, {"بعد", "عقب", "إثر", "خلال", "أثناء", "قبل"}) for w in ("", "و")
)


# normalised, with و glued: before or after an arrest (not during it: يلكم شرطي امرأة
# أثناء اعتقالها, the clause's side may be the arresting one)
_ARREST_TIMES = frozenset(
    w + t for t in map(normalize, {"بعد", "عقب", "إثر", "قبل"}) for w in ("", "و")
)


def _timed_arrest(ctx: SentCtx, hit: Hit, roles: Roles) -> None:
    """انحصرت شعبية المنظمة بعد اعتقال قائدها، تظاهر الآلاف عقب توقيف الناشط: an arrest
    noun set as the time of the main clause is not the act of that clause's subject; its
    doer is one named after it (من قبل الشرطة) or, with none, the state where it was
    made (``_default_roles``)."""
    if hit.verbal or hit.spec.mode not in _JAILING or hit.start == 0:
        return
    if ctx.norms[hit.start - 1] not in _ARREST_TIMES or roles.how != "svo":
        return
    roles.sources = [a for a in roles.sources if a.ts >= hit.start]
    if not roles.sources:
        roles.how = "none"
    if not roles.targets:
        roles.targets = _titled_member(ctx, hit)


TITLE_REACH = 3  # words of a title after an arrest noun (القائد العسكري، الأمين العام)


def _titled_member(ctx: SentCtx, hit: Hit) -> list[Actor]:
    """اعتقال القائد العسكري للمنظمة: the arrested is a titled member of the body after ل,
    which is coded for its members."""
    for k in range(hit.end, min(len(ctx.norms), hit.end + TITLE_REACH)):
        if "subject_gap" not in ctx.classes[k] and not ctx.norms[k].startswith("ال"):
            return []
        owner = next((a for a in ctx.actors if a.ts == k + 1), None)
        if owner is not None:
            ok = owner.prep == "ل" and owner.code and not owner.place
            return [owner] if ok and "subject_gap" in ctx.classes[hit.end] else []
    return []


def _timed_meeting(ctx: SentCtx, hit: Hit, roles: Roles) -> list[Actor]:
    """لكن وبعد محادثات مع الممثل الأميركي، أعلنت المفوضة ...، قال الوزير عقب اجتماعه مع نظيره:
    a meeting noun with مع and no doer, set as the time of the main clause, is the
    meeting of that sentence's subject (its speaker)."""
    if hit.spec.type != "CONSULT" or hit.start == 0:
        return []
    if ctx.norms[hit.start - 1] not in _MEETING_TIMES:
        return []
    # a channel or paper met is an interview (خلال لقاء له مع قناة الحدث), no meeting
    partners = [t for t in roles.targets if t.code and t.prep == "مع" and not _reporter(t.code)]
    subject = ctx.subject  # the running subject of earlier sentences is too far a guess
    if not partners or subject is None or not subject.code:
        return []
    if any(_state_of(subject) == _state_of(t) for t in partners):
        return []  # the partner itself, or one of its own state: no second side named
    return [subject]


def _natural_force(ctx: SentCtx, hit: Hit, right: int) -> bool:
    """قتل زلزال مئة شخص، دمرت العاصفة المنازل، حاصرتهم حرائق الغابات، قتلوا في فيضانات:
    a disaster as the verb's subject (right before it, or among the first words after it)
    or as its cause (في/جراء/بسبب + the disaster) kills with no one acting."""

    def natural(k: int) -> bool:
        return 0 <= k < len(ctx.norms) and "natural_forces" in ctx.classes[k]

    if natural(hit.head - 1):
        return True
    if not hit.verbal:
        return False  # a noun's cause phrase names its own kind of act
    for k in range(hit.end, min(right, hit.end + FORCE_REACH)):
        if natural(k) or (ctx.norms[k] in _CAUSES and natural(k + 1)):
            return True
    return False


def _harm(hit: Hit) -> bool:
    """Killing or wounding said of its victims (قتل، أصيب، مقتل، إصابة), which names no
    kind of attack: a crash or a disaster causes it as well."""
    spec = hit.spec
    return spec.type == "ASSAULT" and (
        spec.mode == "kill" or spec.passive or spec.lemma.startswith("إصاب")
    )


def _accident_toll(ctx: SentCtx, hit: Hit) -> bool:
    """قتل جندي وأصيب آخر في تحطم مروحية، قتل 107 بعد تحطم طائرة ركاب، قتل اثنان في
    انفجار عرضي: killing or wounding in a sentence that names an accident (``accidents``
    in cues.txt) and no attack (every ASSAULT trigger of it a harm word) is no attack."""
    if not _harm(hit) or not any("accidents" in ctx.classes[k] for k in ctx.cued):
        return False
    return all(_harm(h) for h in ctx.hits if h.spec.type == "ASSAULT")


def _court(ctx: SentCtx, a: Actor) -> bool:
    if a.code is not None and "JUD" in a.code:
        return True
    if a.etype != "ADJ" or a.ts <= 0 or not any(x is a for x in ctx.actors):
        return False  # a subject carried over from an earlier sentence has its offsets
    return "institutions_JUD" in ctx.classes[a.ts - 1]


_NON_STATE = ("IMG", "NGM", "NGO")  # CAMEO: armed groups, movements, NGOs across states
MEMBER_GAP = 2  # words (an adjective: بارز، سابق) between a nationality and في/من + group


def _member_of(ctx: SentCtx, a: Actor) -> Actor:
    """القبض على قيادي فرنسي بارز في تنظيم داعش: a person known by a nationality and named
    as a member of an armed group or party (في/من + the group) acts for that group."""
    if a.etype != "ADJ" or not a.code:
        return a
    for b in ctx.actors:
        if b.ts < a.te or b.ts - a.te > MEMBER_GAP:
            continue
        group = b.code is not None and b.code.startswith(_NON_STATE) and b.prep in ("في", "من")
        if group and not b.place and not _breaks(ctx, a.te, b.ts):
            return b
        break
    return a


def _reaches_out(hit: Hit) -> bool:
    """Whether a directed act's unsaid object may be read from the other actors: not a
    denial (نفى حزب الله إرسال أسلحة), whose accuser is rarely named beside it."""
    return hit.spec.type in _DIRECTED and hit.spec.mode != "deny"


# Acts whose object is most often a thing, not a side: a refusal of a plan or an act
# (رفضت واشنطن دعمهم، رفض بلاده دعم الإرهاب), a withdrawal from a place or deal. The side
# they answer is the one an earlier sentence named (ورفضت الطلب), not another actor of
# the same sentence (sentences dev: 4 of 4 such guesses wrong).
_THING_OBJECT = frozenset({"REJECT", "RETREAT"})


def _maker_of_object(ctx: SentCtx, hit: Hit, a: Actor) -> bool:
    """The actor that made the refused thing, the side the refusal answers: the genitive
    of a noun after the verb (رفضت قرار الجامعة العربية: a construct head has no ال), or
    an actor in a relative clause after it (رفضها للمهلة التي حددتها رئيسة الوزراء)."""
    if a.ts <= hit.end:
        return False
    head = a.ts - 1  # a plain word, no actor, that the actor completes
    plain = ctx.kinds[head] == "word" and not any(b.te == a.ts for b in ctx.actors)
    if a.prep is None and not a.conj and plain and not ctx.norms[head].startswith("ال"):
        return True
    return any(ctx.norms[k] in _RELATIVE for k in range(hit.end, a.ts))


def _reach(ctx: SentCtx, hit: Hit) -> int:
    """Where the unsaid object of a verb may still be named after it: up to a clause of
    another kind (إذا، بينما، في حين، لكن); a relative clause qualifying the object stays
    (رفضها للمهلة التي حددتها رئيسة الوزراء البريطانية)."""
    for k in range(hit.end, len(ctx.norms)):
        w = ctx.norms[k]
        if w in _RELATIVE:
            continue
        classes = ctx.classes[k]  # the token's cue classes, as Cues.has reads them
        if w in (";", "؛", ".") or "clause_breaks" in classes or "hypothetical" in classes:
            return k
    return len(ctx.norms)


# normalised: meetings one calls for (دعت إلى اجتماع طارئ، دعا لعقد جلسة عاجلة)
_MEETINGS = frozenset(
    map(normalize, {"اجتماع", "جلسة", "قمة", "مؤتمر", "لقاء", "عقد", "انعقاد", "اجتماعات"})
)
MEETING_REACH = 8  # words from a calling verb (past its subject) to the meeting it calls for


def _called_meeting(ctx: SentCtx, hit: Hit) -> bool:
    """ودعت لجنة أخرى لاجتماع طارئ لبحث التسلل: a call for a meeting names no addressee;
    the other side of earlier sentences is not it."""
    if hit.spec.type != "REQUEST":
        return False
    end = min(len(ctx.norms), hit.end + MEETING_REACH)
    for k in range(hit.end, end):
        w = ctx.norms[k]
        called = w.startswith("ل") or ctx.norms[k - 1] == "الي"  # لاجتماع، إلى اجتماع
        if called and w.removeprefix("ل").removeprefix("ال") in _MEETINGS:
            return True
    return False


def _asks_own_envoy(ctx: SentCtx, hit: Hit) -> bool:
    """طلب من ممثلنا ...، أمر سفيره: the object is named, the source's own envoy, so the
    act leaves no other side unsaid (the envoy's post is no target either)."""
    nxt = ctx.norms[hit.end : hit.end + 2]
    if nxt[:1] == ["من"]:
        nxt = nxt[1:]
    return bool(nxt) and own_envoy(nxt[0])


def _unsaid_object(ctx: SentCtx, hit: Hit, roles: Roles, state: DocState) -> None:
    """ورفضت الطلب: a verb that reaches out to another side the text leaves unsaid takes
    that side from the actors the clause can see (``_other_side``), unless the object
    is the source's own envoy (``_asks_own_envoy``)."""
    if not (hit.verbal and roles.sources and not roles.targets):
        return
    accuser = _accuser(ctx, hit, roles, state) if hit.spec.type == "REJECT" else None
    if accuser is not None:
        roles.targets = [accuser]  # a denial too answers the accusation it denies
        return
    if not _reaches_out(hit):
        return
    if _asks_own_envoy(ctx, hit):
        return
    reach = _reach(ctx, hit)
    here = [a for a in ctx.actors if a.ts < hit.start or a.te <= reach]
    here = [a for a in here if not _led(ctx, a)]  # the group its members act for
    here = [a for a in here if not own_envoy_post(ctx.norms, a)]
    if hit.spec.type in _THING_OBJECT:
        here = [a for a in here if _maker_of_object(ctx, hit, a)]
    # a call for a meeting (دعت لجنة لاجتماع طارئ) invites only the sides it names here,
    # not the other side of earlier sentences
    sides = DocState() if _called_meeting(ctx, hit) else state
    other = _other_side(roles.sources, sides, here)
    roles.targets = [other] if other is not None else []


ACCUSER_REACH = 3  # sentences back to the accusation a rejection answers
CHARGES_REACH = 3  # words from a rejecting verb to the accusation noun it rejects
# normalised: the accusations or claims a side rejects (ورفضت حماس الاتهامات، هذه المزاعم)
_CHARGE_NOUNS = frozenset(
    {"الاتهامات", "الاتهام", "اتهامات", "المزاعم", "مزاعم", "الادعاءات", "ادعاءات", "التهم"}
)


def _accuser(ctx: SentCtx, hit: Hit, roles: Roles, state: DocState) -> Actor | None:
    """ورفضت حماس الاتهامات: a rejection of accusations answers whoever a recent
    sentence coded as accusing the rejecting side, not the latest other state named."""
    after = ctx.norms[hit.end : hit.end + CHARGES_REACH]
    if not any(w.removeprefix("و") in _CHARGE_NOUNS for w in after):
        return None
    own = {a.code for a in roles.sources if a.code}
    first = ctx.sent.index - ACCUSER_REACH
    for ev in reversed(state.events):
        if not any(m.sentence >= first for m in ev.mentions):
            return None
        src, tgt = ev.source, ev.target
        if ev.type != "ACCUSE" or src is None or tgt is None or not src.actor:
            continue
        # the accused is the rejecting side itself (حماس ... حماس), the accuser another
        # (a government may accuse a group of its own state)
        if tgt.actor in own and src.actor not in own:
            return Actor(-1, -1, src.actor, src.text or "", -1, -1, "ORG", entity=src.entity)
    return None


def _pairs(hit: Hit, roles: Roles) -> list[tuple[Actor | None, Actor | None]]:
    """Every source with every target (None for a missing side); a mutual act of a
    symmetric type, or a light verb's, also the other way round."""
    sources: list[Actor | None] = [*roles.sources] or [None]
    targets: list[Actor | None] = [*roles.targets] or [None]
    pairs = [(s, t) for s in sources for t in targets]
    one_sided = hit.spec.mode == "promise"  # أبدت استعدادها للتعاون مع: a pledge is one side's
    if roles.mutual and not one_sided and (hit.spec.type in _SYMMETRIC or hit.light is not None):
        pairs += [(t, s) for s, t in pairs if s is not None and t is not None]
    return pairs


def _other_side(sources: list[Actor], state: DocState, here: list[Actor]) -> Actor | None:
    """The object a verb leaves unsaid (ورفضت الطلب): another state's actor named in the
    sentence, else the latest one of the preceding sentences."""
    own = {(a.code or "")[:3] for a in sources}
    for a in (a for a in here if a.code and not a.place):
        if a.code and (a.code[:3] not in own or _home_government(a, sources)):
            return a
    return next((a for a in state.sides if a.code and a.code[:3] not in own), None)


_STATE_SECTORS = ("", "GOV", "MIL", "COP", "JUD", "LEG", "SPY")


def _home_government(a: Actor, sources: list[Actor]) -> bool:
    """رفض الحزب المعارض اتهامات تطلقها السلطات التركية: a party, rebel group or other
    body outside a state's government answers that government (or the state itself)."""
    code = a.code or ""
    if code[3:6] not in _STATE_SECTORS:
        return False
    return all(len(s.code or "") > 3 and (s.code or "")[3:6] not in _STATE_SECTORS for s in sources)


def _shared_object(ctx: SentCtx, state: DocState) -> list[Actor]:
    """قتل العشرات من المتشددين واحتجز المئات: an arrest with no named object in a
    sentence that has just coded an attack or arrest falls on the same side."""
    for ev in reversed(state.events):
        if ev.mentions[0].sentence != ctx.sent.index:
            break
        if ev.type in ("ASSAULT", "COERCE") and ev.target is not None and ev.target.actor:
            t = ev.target
            return [Actor(-1, -1, t.actor, t.text or "", t.start, t.end, "ORG", entity=t.entity)]
    return []


CAUSE_REACH = 8  # words from a killing verb to the attack noun of its cause phrase
_CAUSE_PREPS = frozenset({"في", "جراء", "اثر", "خلال", "عقب"})  # normalised إثر


def _cause_attack(ctx: SentCtx, hit: Hit) -> Hit | None:
    """قتلوا جراء ضربة جوية، قتل جنود في هجوم: an attack noun after the verb, in a cause
    phrase (في، جراء، إثر، خلال، or ب glued: بغارة), with no clause opener between."""
    for other in ctx.hits:
        if other.start < hit.end or other.verbal or other.spec.type != "ASSAULT":
            continue
        if words_between(ctx.norms, hit.end, other.start, set()) > CAUSE_REACH:
            return None
        if _breaks(ctx, hit.end, other.start):
            return None
        glued = other.prefix.lstrip("وف") == "ب"
        if glued or (other.start > 0 and ctx.norms[other.start - 1] in _CAUSE_PREPS):
            return other
        return None
    return None


def _killed_in_attack(
    ctx: SentCtx, hit: Hit, roles: Roles, clause: tuple[int, int], state: DocState
) -> Roles:
    """ثمانية أشخاص قتلوا جراء ضربة جوية أمريكية: a killing in a named attack is done
    by that attack's attacker; the verb reads as passive (its subject was killed), and
    actors inside the attack phrase are not its object."""
    cause = _cause_attack(ctx, hit)
    if cause is None:
        return roles
    attack = _nominal_roles(ctx, cause, clause[0], clause[1], state)
    attacker = attack.sources[0] if attack.how == "genitive" and attack.sources else None
    attacker = attacker or claimed_attacker(ctx.actors, ctx.norms, cause.head, ctx.cues)
    # 60 فلسطينيا قتلوا في إطلاق نار من جانب القوات: the attack's من قبل / من جانب doer,
    # when the verb reads as passive (an active one's subject did its own act)
    doers = agent_after(ctx.actors, cause.end, clause[1]) if roles.how == "passive" else []
    attacker = attacker or (doers[0] if doers else None)
    if attacker is None or not attacker.code:
        return roles
    # the place's state (ts -1) or an actor between the verb and the attack phrase
    # (or, read as passive from its form, the subject before it: جنود أتراك قتلوا في غارة)
    suffered = roles.how == "passive"
    killed = [
        a
        for a in roles.targets
        if a.ts < 0 or hit.end <= a.ts < cause.start or (suffered and a.te <= hit.start)
    ]
    killed = [a for a in killed if not a.same(attacker)]
    if roles.how in ("vso", "svo") and not killed:  # جنود أتراك قتلوا: the subject was killed
        near = hit.start - 1 <= roles.sources[0].te <= hit.start if roles.how == "svo" else True
        killed = [a for a in roles.sources if not a.same(attacker)] if near else []
    if not killed:  # قتلوا في غارات للتحالف على مواقع الحوثيين: the attack's own target
        killed = [a for a in attack.targets if not a.same(attacker)]
    return Roles([attacker], killed, "passive")


_REPORT_VERBS = frozenset({"أعلن"})  # light verbs whose subject reports the act
AIM_REACH = 4  # words from an attack noun to the relative verb of what it targeted


def _toll_of_attack(ctx: SentCtx, hit: Hit, roles: Roles) -> None:
    """أعلن الجيش الأمريكي مقتل شخص في هجوم بسيارة مفخخة استهدف دورية للجيش الأمريكي،
    مقتل شخص في انفجار لدى مرور دورية: a toll in a named attack that the text aims at a
    body (the patrol passing, the object of استهدف) falls on that body, not on the
    place; and whoever announces the toll did not cause it (no coded attacker: UAF)."""
    cause = _cause_attack(ctx, hit) if _toll_noun(hit) else None
    if cause is None:
        return
    if not any(t.code and t.ts >= 0 and not t.place for t in roles.targets):
        roles.targets = _passing(ctx, cause) or _aimed_by_relative(ctx, cause) or roles.targets
    if hit.light is not None and hit.light.lemma in _REPORT_VERBS and roles.how == "vso":
        _no_self_attack(roles)
    if hit.light is None and roles.how == "svo" and roles.sources:
        _toll_reported(ctx, hit, roles)


def _toll_reported(ctx: SentCtx, hit: Hit, roles: Roles) -> None:
    """أكدت السلطات الفرنسية مقتل 3 أشخاص في الهجوم: the subject before a toll noun whose
    cause is an attack confirms the toll and did not kill (the attack's doer, if named,
    is that attack's event). An armed body's toll of militants is often its own act: kept."""
    if any(a.ts < 0 or a.te > hit.start for a in roles.sources):
        return
    if any(_armed(a.code) for a in roles.sources) and _fighters_killed(ctx, hit):
        return
    first = min(a.ts for a in roles.sources)
    if any(ctx.norms[k] in _ADMITS for k in range(max(0, first - ADMIT_REACH), hit.start)):
        return  # أقر التحالف بمقتل تسعة مدنيين في ضربات: it admits its own act
    roles.sources, roles.how = [_UNIDENTIFIED], "none"


ADMIT_REACH = 6  # words from an admitting verb to its subject (أقر التحالف بقيادة الولايات)
# normalised: admitted, acknowledged (أقر، اعترف), perfect and imperfect, و glued
_ADMITS = frozenset(
    w
    for base in ("اقر", "اقرت", "اعترف", "اعترفت", "يقر", "تقر", "يعترف", "تعترف")
    for w in (base, "و" + base)
)


# normalised: مقتل، إصابة، وفاة، سقوط، استشهاد، جرح (with و glued): a toll, not an act
_TOLLS = frozenset({"مقتل", "اصابه", "وفاه", "سقوط", "استشهاد", "جرح"})


# normalised: يعتقد، يرجح، يشتبه، يعتقد أنها (believed, likely, suspected to be)
_BELIEVED = frozenset({"يعتقد", "يرجح", "يشتبه", "يعتقدان", "ويعتقد", "ويرجح"})
_THAT_IT = frozenset({"انها", "انه", "بانها", "بانه", "انهم", "بانهم", "في"})
SUSPECT_REACH = 10  # words from the attack to the clause that says whose it is believed


def _suspected(ctx: SentCtx, hit: Hit) -> list[Actor]:
    """قصفت طائرة مسيرة، يعتقد أنها أميركية، القرية: an attacker the text names only
    as believed or suspected (يعتقد أنها، يرجح أنه + a nationality) is coded as that
    state's, rather than as unidentified forces."""
    for k in range(hit.end, min(len(ctx.norms) - 2, hit.end + SUSPECT_REACH * 2)):
        if words_between(ctx.norms, hit.end, k, set()) > SUSPECT_REACH:
            return []
        if ctx.norms[k] not in _BELIEVED or ctx.norms[k + 1] not in _THAT_IT:
            continue
        found = [a for a in ctx.actors if a.ts == k + 2 and a.etype == "ADJ" and a.code]
        return found[:1]
    return []


def _toll_noun(hit: Hit) -> bool:
    form = hit.form[1:] if hit.form[:1] in "وف" else hit.form
    return form in _TOLLS


COUNTED_REACH = 6  # words from the object read first to a counted nationality after it


def _counted_victims(ctx: SentCtx, hit: Hit, roles: Roles, right: int) -> None:
    """وخطف مسلحون بزي الشرطة العراقية خمسة بريطانيين: a count right before a
    nationality in the plural (خمسة بريطانيين، 3 أتراك) names the people a harm verb took
    or struck; an adjective read before it only qualified another noun (the uniform)."""
    first = roles.targets[0] if roles.targets else None
    if first is None or first.etype != "ADJ" or not any(a is first for a in ctx.actors):
        return  # a side carried over from an earlier sentence has no place in this one
    if _counted(ctx, first):
        return
    for a in ctx.actors:
        if a.ts <= first.ts or a.ts >= right or not a.code or a.place:
            continue
        if words_between(ctx.norms, first.te, a.ts, set()) > COUNTED_REACH:
            return
        if any(first.te <= h.start < a.ts for h in ctx.hits) or _breaks(ctx, first.te, a.ts):
            return  # قتل جنديان أمريكيان وأصيب تسعة عراقيين: another act's victims
        if a.etype == "ADJ" and _counted(ctx, a) and a.code[:3] != (first.code or "")[:3]:
            roles.targets = coordinated(ctx.actors, a)
            return


def _wounding_noun(ctx: SentCtx, hit: Hit, roles: Roles) -> None:
    """مقتل 16 فلسطينيا وإصابة 1400 آخرين: إصابة written with ة is the noun (read through
    the verb أصاب for its toll), so the counted people before it are the victims of the
    act it joins, never its subject. Its doer is that act's; آخرين (others) are more of
    the same victims."""
    if not hit.verbal or _core(ctx.norms[hit.start].removeprefix("و")) != "اصابه":
        return
    if not _noun_spelled(ctx, hit.start):
        return
    victims = [a for a in roles.sources if a.ts < hit.start and _counted(ctx, a)]
    if not victims:
        return
    prev = [h for h in ctx.hits if h.end <= hit.start and h.start in ctx.acted]
    roles.sources = list(ctx.acted[prev[-1].start]) if prev else []
    roles.how = "none"
    # the noun's object follows it: a side read before it is another act's
    roles.targets = [t for t in roles.targets if t.ts > hit.start]
    others = any(w in _OTHERS for w in ctx.norms[hit.end : hit.end + OTHERS_REACH])
    if not roles.targets and others:
        roles.targets = victims  # وإصابة (قرابة) 1400 آخرين


def _announced_toll(ctx: SentCtx, hit: Hit, roles: Roles) -> None:
    """أعلنت وزارة الصحة (عن) مقتل 15 فلسطينيا: an unarmed body (a ministry, agency,
    monitor, medium) that announces a toll reports it and did not kill; the killer is
    read as for a toll with no doer named. An army, police or armed group announcing
    deaths, or the deaths of militants, often reports what it did itself: kept."""
    if hit.light is None or hit.light.lemma != _ANNOUNCE or not _toll_noun(hit):
        return
    announcers = [a for a in roles.sources if a.ts < hit.start]
    if not announcers or not all(_unarmed_body(a.code) for a in announcers):
        return
    if any(_armed(t.code) or _sector(t.code, _HOSTILE) for t in roles.targets):
        return
    forces = any(_sector(a.code, ("GOV",)) and not _sector(a.code, ("HLH",)) for a in announcers)
    if forces and _fighters_killed(ctx, hit):
        return  # أعلنت وزارة الداخلية مقتل 6 من المتورطين: what its police did
    roles.sources = [a for a in roles.sources if a.ts > hit.start]
    roles.how = "none"


_ANNOUNCE = "أعلن"
TOLL_VICTIM_REACH = 8  # tokens after the toll noun where its victims are named
# CAMEO sector codes: armed bodies (army, police, intelligence, rebels, insurgents), and
# the sides a state's forces fight (rebels, insurgents, opposition)
_ARMED = ("MIL", "COP", "SPY", "REB", "INS")
_HOSTILE = ("REB", "INS", "OPP")


def _fighters_killed(ctx: SentCtx, hit: Hit) -> bool:
    """Militants, rebels or suspects named just after a toll noun (مقتل 5 مسلحين، مقتل
    قيادي في حركة متمردة): the deaths of those a state's forces fight."""
    end = min(len(ctx.norms), hit.end + TOLL_VICTIM_REACH)
    for k in range(hit.end, end):
        if _FIGHTERS & {ctx.norms[k], ctx.norms[k].removeprefix("ال")}:
            return True
        if "militants" in ctx.classes[k]:
            return True
    near = (a for a in ctx.actors if hit.end <= a.ts < end)
    return any(a.code and (a.code.startswith("IMG") or _sector(a.code, _HOSTILE)) for a in near)


# normalised, with or without ال: fighters, militants, terrorists, rebels, suspects
_FIGHTERS = frozenset(
    {"مسلحين", "مسلحا", "مسلح", "ارهابيين", "ارهابيا", "ارهابي", "متورطين", "تكفيريين"}
    | {"مقاتلين", "مقاتلا", "متمردين", "متمردا", "مشتبه", "قيادي", "قياديين", "انتحاري"}
)


def _sector(code: str | None, sectors: tuple[str, ...]) -> bool:
    return code is not None and any(s in code[3:] for s in sectors)


def _armed(code: str | None) -> bool:
    return code is not None and (code.startswith(_ARMED_GROUPS) or _sector(code, _ARMED))


def _unarmed_body(code: str | None) -> bool:
    """A named body with no arms (GOV, HLH, MED, an NGO or IGO), not a bare state (أعلنت
    أنقرة مقتل: a state often announces what its forces did)."""
    if code is None or _armed(code):
        return False
    return code[:3] in ("NGO", "IGO") or len(code) > 3


def _noun_spelled(ctx: SentCtx, k: int) -> bool:
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    return k < len(tokens) and tokens[k].text.rstrip(_MARKS).endswith("ة")


OTHERS_REACH = 4  # words from إصابة to آخرين (وإصابة قرابة 1500 آخرين)
# normalised آخرين، آخرون، أخريات: more of the people just counted
_OTHERS = frozenset({"اخرين", "اخرون", "اخريات"})


def _counted(ctx: SentCtx, a: Actor) -> bool:
    k = a.ts - 1
    return 0 <= k < len(ctx.norms) and (ctx.kinds[k] == "number" or count_word(ctx.norms[k]))


def _no_self_attack(roles: Roles) -> None:
    """An inferred attacker that is the very body attacked (the army that announced the
    death of its patrol's men) did not do it: the attack is by unidentified forces."""
    src = roles.sources[0] if roles.sources else None
    if src is None or not src.code or not roles.targets:
        return
    if all(t.code == src.code for t in roles.targets):
        roles.sources, roles.how = [_UNIDENTIFIED], "none"


def _attack_relative(ctx: SentCtx, hit: Hit) -> bool:
    """هجوم انتحاري بسيارة مفخخة استهدف دورية: an attack verb right after an attack noun
    is that attack's relative clause, its subject the attack, not the sentence's."""
    if not hit.verbal or hit.spec.type != "ASSAULT" or hit.light is not None:
        return False
    if hit.prefix[:1] in ("و", "ف"):
        return False  # وأطلق: a second verb of the clause, not the attack's relative
    for other in reversed(ctx.hits):
        if other.end > hit.start or other.verbal or other.spec.type != "ASSAULT":
            continue
        close = words_between(ctx.norms, other.end, hit.start, set()) <= AIM_REACH
        between = any(other.end <= a.ts < hit.start for a in ctx.actors)
        return close and not between and not _breaks(ctx, other.end, hit.start)
    return False


# normalised stems of acting on an enemy in a relative clause (التي تمكنت من طرد، الذي
# استهدف، التي تقاتل)
_AIMING = ("استهدف", "ستهدف", "طرد", "دحر", "طارد", "قاتل", "حارب", "لاحق", "هزم")
AIM_CLAUSE = 6  # words of a relative clause from its pronoun to the enemy it names


def _relative_aim(ctx: SentCtx, roles: Roles) -> list[Actor]:
    """An attack noun's doer (its genitive: هجمات القوات ...) with a relative clause
    that fights or expels someone (التي طردت المسلحين) names the attack's target, before
    the place it happened in."""
    doer = roles.sources[-1] if roles.sources else None
    if doer is None or doer.ts < 0 or doer.te >= len(ctx.norms):
        return []
    if ctx.norms[doer.te] not in _RELATIVE:
        return []
    end = min(len(ctx.norms), doer.te + 1 + AIM_CLAUSE)
    aimed = False
    for k in range(doer.te + 1, end):
        actor = next((a for a in ctx.actors if a.ts == k), None)
        if actor is not None and aimed and actor.code and not actor.place:
            return [] if actor.same(doer) else [actor]
        if _breaks(ctx, k, k + 1):
            return []
        aimed = aimed or any(stem in ctx.norms[k] for stem in _AIMING)
    return []


def _aimed_by_relative(ctx: SentCtx, attack: Hit) -> list[Actor]:
    """هجوم انتحاري بسيارة مفخخة استهدف دورية للجيش الأمريكي: the coded object of an
    attack verb right after the attack noun (its relative clause, no relative pronoun)."""
    for other in ctx.hits:
        if other.start < attack.end or not other.verbal or other.spec.type != "ASSAULT":
            continue
        if words_between(ctx.norms, attack.end, other.start, set()) > AIM_REACH:
            return []
        if _breaks(ctx, attack.end, other.start):
            return []
        for a in ctx.actors:
            near = a.ts > other.end and words_between(ctx.norms, other.end, a.ts, set()) <= 3
            if near and a.code and not a.place and a.prep in (None, "ل"):
                return [a]
        return []
    return []


_OWN_SUFFIXES = ("هما", "هم", "ها", "ه")
_MEANS_CLASSES = ("agent_means", "institutions_MIL")


def _possessed_means(cues: Cues, w: str) -> bool:
    """طائراته، قواتها، مقاتلاتهم: a unit or weapon noun with a possessive pronoun."""
    for suffix in _OWN_SUFFIXES:
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
            forms = [f for st in stems for f in (st, "ال" + st)]
            return any(cues.has(c, f) for c in _MEANS_CLASSES for f in forms)
    return False


def _own_means(ctx: SentCtx, hit: Hit, frame: Frame | None, state: DocState) -> list[Actor]:
    """قال الجيش التركي إن طائراته قصفت ...: an attack by the speaker's own planes or
    forces (else the sentence's subject, its last plain actor before the verb, or the
    running subject), the possessed noun right before or after the verb."""
    near = [k for k in (hit.head - 1, hit.end) if 0 <= k < len(ctx.norms)]
    if not any(_possessed_means(ctx.cues, ctx.norms[k]) for k in near):
        return []
    owner = frame.speaker if frame is not None else None
    before = [a for a in ctx.actors if a.te <= hit.start and a.prep is None and not a.place]
    owner = owner or ctx.subject or (before[-1] if before else None) or state.subject
    return [owner] if owner is not None and owner.code else []


UNIT_REACH = 6  # words from a unit's nationality adjective to its attack verb


def _unit_subject(ctx: SentCtx, hit: Hit, left: int) -> list[Actor]:
    """قوة إسرائيلية مكونة من عدة آليات اقتحمت البلدة: a unit named by its nationality
    before an attack verb, a short description between (no other actor, clause opener or
    trigger), is the verb's subject."""
    if not hit.verbal:
        return []
    before = [a for a in ctx.actors if left <= a.ts and a.te <= hit.start]
    if not before or before[-1].etype != "ADJ" or not before[-1].code:
        return []
    adj = before[-1]
    if adj.prep is not None or adj.place or adj.ts == 0:
        return []
    if "attack_units" not in ctx.classes[adj.ts - 1]:
        return []
    if words_between(ctx.norms, adj.te, hit.start, set()) > UNIT_REACH:
        return []
    if _breaks(ctx, adj.te, hit.start) or any(adj.te <= o.start < hit.start for o in ctx.hits):
        return []
    return [adj]


CLAIM_AT = 4  # words from an attack noun to the claim verb of its own relative clause


def _doers_over_subject(ctx: SentCtx, hit: Hit, roles: Roles, right: int) -> list[Actor]:
    doers = agent_after(ctx.actors, hit.end, right)
    if not doers or any(d.same(s) for d in doers for s in roles.sources):
        return roles.sources
    roles.targets = [t for t in roles.targets if not any(t.same(d) for d in doers)]
    return doers


def _own_claim(ctx: SentCtx, hit: Hit) -> Actor | None:
    """الغارات التي نفذتها أمريكا، الهجوم الأكثر دموية الذي نفذته طالبان، الهجوم نفذه
    مسلحون: the attacker a claim clause attached to this attack noun names."""
    if hit.verbal or hit.spec.type != "ASSAULT":
        return None
    for k in range(hit.end, len(ctx.norms)):
        if words_between(ctx.norms, hit.end, k, set()) > CLAIM_AT:
            return None
        if ctx.norms[k] not in _RELATIVE and _breaks(ctx, k, k + 1):
            return None
        if any(a.ts <= k < a.te for a in ctx.actors):
            return None  # an actor first: the clause is about it, not this attack
        if ctx.cues.has("attack_claims", ctx.norms[k]):
            attached = k == hit.end or ctx.norms[k - 1] in _RELATIVE
            return claimed_attacker(ctx.actors, ctx.norms, k, ctx.cues) if attached else None
    return None


def _claimed(ctx: SentCtx, hit: Hit, roles: Roles) -> list[Actor]:
    """An attack with no subject of its own: the attacker its resumptive clause names
    (قتل جنود في هجوم شنه مسلحون), unless that actor is the attack's target. One read
    as the verb's object across that clause (قتلت عبوة زرعتها الجماعة مدنيين) is the
    attacker, not the target: the clause is the subject's, and names who set it off."""
    claimed = claimed_attacker(ctx.actors, ctx.norms, hit.head, ctx.cues)
    if claimed is None:
        return []
    if any(claimed.same(t) for t in roles.targets):
        if not (hit.verbal and _claim_between(ctx, hit.end, claimed.ts)):
            return []
        roles.targets = [t for t in roles.targets if not claimed.same(t)]
    return [claimed]


def _claim_between(ctx: SentCtx, start: int, end: int) -> bool:
    return any(ctx.cues.has("attack_claims", ctx.norms[k]) for k in range(start, end))


def _default_roles(ctx: SentCtx, hit: Hit, roles: Roles, place: Argument | None) -> None:
    """Unstated sides read by convention: protesters are the place's civilians and protest
    its government; an attack or arrest in a country falls on that country; an arrest
    with no place or object is domestic; a threat aims at what it threatens to hit."""
    here = place.actor[:3] if place is not None and place.actor else None
    if place is not None and _region(ctx, place):
        here = None  # في أوروبا، في شمال إفريقيا: a region is no state to fall on or act
    kind = hit.spec.type
    if kind == "ASSAULT" and not roles.targets:
        roles.targets = _passing(ctx, hit)  # انفجرت عبوة لدى مرور دورية للجيش الأمريكي
    if kind == "ASSAULT" and not roles.targets:
        # خطفت الحركة عشرات العاملين الأجانب; not arrests and bans, whose foreign objects
        # are as often things (منع خروج العملات الأجنبية، تحظر الشبكات الأجنبية)
        roles.targets = _foreigners(ctx, hit) or _survivor(ctx, hit)
        if roles.targets and any(roles.targets[0].same(a) for a in roles.sources):
            roles.sources = []  # نجا فلان من محاولة اغتيال: he suffered it, no one named did it
    at_embassy = kind == "PROTEST" and _embassy_protest(ctx, hit, roles, place)
    if kind == "PROTEST" and not roles.sources and place is not None and here and not at_embassy:
        roles.sources = [_pseudo(place, here + _PROTEST_DEFAULT_ROLE)]
    if kind == "AID" and not roles.targets and place is not None and here:
        roles.targets = _aid_recipients(ctx, hit, place, here)  # للنازحين في اليمن
    # forces sent or deployed somewhere (دفع المتمردون بتعزيزات إلى جبهات القتال في
    # الدريهمي، نشرت روسيا قوات في سوريا) face that state, unless a state deploys at home
    # (نشرت السلطات الفنزويلية جنودا في سوق); a noun alone (غارات استهدفت تعزيزات
    # الحوثيين) names forces, not their sending
    sent = kind == "MOBILIZE" and hit.verbal and not _at_home(roles.sources, here)
    if (kind in _PLACE_TARGET or sent) and not roles.targets and place is not None and here:
        role = "GOV" if kind == "PROTEST" else ""
        states = _border_states(ctx, place, here) if kind == "ASSAULT" else [here]
        roles.targets = [_pseudo(place, code + role) for code in states]
    if kind == "COERCE" and not roles.sources and place is not None and here:
        roles.sources = [_pseudo(place, here + "GOV")]  # an arrest with no agent: the state's
    if kind == "COERCE" and not roles.sources and roles.how == "passive" and roles.targets:
        roles.sources = _held_at_home(roles.targets[0])  # اعتُقل ناشطون سعوديون
    if kind == "PROTEST":
        _protest_home(ctx, hit, roles)
    domestic = kind == "COERCE" or hit.spec.mode == "resign"  # a resignation yields at home
    if domestic and not roles.targets and roles.sources and roles.sources[0].code:
        src = roles.sources[0]
        roles.targets = [Actor(-1, -1, src.code[:3] if src.code else None, "", -1, -1, "GPE")]
    if kind == "ASSAULT" and not roles.sources and _home_clash(hit, roles, place, here):
        roles.sources = [_pseudo(place, here)]  # type: ignore[arg-type]
    if kind == "ASSAULT" and not roles.sources and here and _with_arrests(ctx, hit):
        roles.sources = [_pseudo(place, here + "GOV")]  # type: ignore[arg-type]
    if kind == "ASSAULT" and not roles.sources and roles.targets:
        roles.sources = [_UNIDENTIFIED]  # an attack with no named attacker (GUIDE: UAF)
    if kind == "ASSAULT" and roles.sources and roles.sources[0] is _UNIDENTIFIED:
        roles.sources = _suspected(ctx, hit) or roles.sources
    if kind == "THREATEN" and not roles.targets:
        for other in ctx.hits:
            if (
                other.start > hit.end
                and other.start - hit.end <= 8
                and other.spec.type == "ASSAULT"
                and not _breaks(ctx, hit.end, other.start)
            ):
                aim = [a for a in ctx.actors if other.end <= a.ts < other.end + 6 and a.code]
                roles.targets = aim[:1]  # هدد بقصف مواقع في سوريا: the place is the aim
                break


# normalised: الحدود، حدود، على الحدود (على is its own word)
_BORDERS = frozenset({"الحدود", "حدود", "بالحدود", "للحدود", "والحدود", "الحدوديه"})


# trigger modes of jailing (سجن، اعتقل، احتجز): the arrests a state makes at home
_JAILING = frozenset({"detain", "arrest"})


def _at_home(sources: list[Actor], here: str | None) -> bool:
    """A state's own forces or government (not its rebels or opposition) in its own land."""
    code = (sources[0].code or "") if sources else ""
    return code[:3] == here and code[3:6] not in ("REB", "OPP")


# normalised, ل/ال/لل/على forms read by the core: people aid is handed to
_RECIPIENTS = frozenset(
    {"نازحين", "لاجئين", "متضررين", "محتاجين", "فقراء", "سكان", "اسر", "عائلات", "اهالي"}
)
RECIPIENT_REACH = 4  # words from the aid to its recipients and from them to the place
# normalised: armed groups that weapons go to, unnamed but placed (ميليشيات في العراق)
_ARMED_RECIPIENTS = frozenset(map(normalize, {"ميليشيات", "مليشيات", "جماعات", "فصائل", "مسلحين"}))


def _aid_recipients(ctx: SentCtx, hit: Hit, place: Argument, here: str) -> list[Actor]:
    """وزعت مساعدات على النازحين في اليمن: the people aid went to, named right after it
    and then placed (في اليمن), are the place's people; a place alone is a venue (مؤتمر
    المانحين في لندن) or the donor's own ground."""
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    at = next((k for k, t in enumerate(tokens) if t.start >= place.start), -1)
    for k in range(hit.end, min(at, hit.end + RECIPIENT_REACH + 1)):
        word = ctx.norms[k].removeprefix("و").removeprefix("ل").removeprefix("ل")
        if _core(word) in _RECIPIENTS and 0 < at - k <= RECIPIENT_REACH:
            return [_pseudo(place, here + "CVL")]
        armed = hit.spec.mode == "military" and _core(word) in _ARMED_RECIPIENTS
        if armed and 0 < at - k <= RECIPIENT_REACH:
            return [_pseudo(place, here + "REB")]  # صواريخ إلى ميليشيات في العراق
    # لتخفيف وطأة الوضع الإنساني في اليمن، للأزمة الإنسانية في سوريا: the plight the aid
    # eases is that of the place's people, however long the phrase before it
    # (not مؤتمر العمل الإنساني في جنيف: a venue)
    plight = hit.end < at - 3 and ctx.norms[at - 1] == "في" and ctx.norms[at - 2] in _HUMANITARIAN
    if plight and ctx.norms[at - 3] in _PLIGHTS:
        return [_pseudo(place, here + "CVL")]
    return []


_HUMANITARIAN = frozenset(map(normalize, {"الإنساني", "الإنسانية"}))
_PLIGHTS = frozenset(map(normalize, {"الوضع", "الأوضاع", "الأزمة", "الكارثة", "المأساة"}))


def _unplaced_arrest(ctx: SentCtx, hit: Hit, roles: Roles, place: Argument | None) -> bool:
    """تم سجن نحو 77 ألف شخص، اعتُقل العشرات: a passive arrest naming no side, no place
    and no actor at all in its sentence goes on with the article's story. Only arrests:
    an expulsion or ban with no agent is often a foreign one (طُرد مئات الآلاف عام 1948)."""
    if hit.spec.mode not in _JAILING or not hit.verbal or roles.how != "passive":
        return False
    if roles.sources or roles.targets:
        return False
    return place is None and not any(a.code for a in ctx.actors)


def _home_arrest(state: DocState) -> tuple[list[Actor], list[Actor]]:
    """The government of the state the article has been about arrests its own people
    (GUIDE: an arrest with no place or object is domestic); nothing when none is known."""
    home = _home_state(state)
    if home is None:
        return [], []
    gov = Actor(-1, -1, home + "GOV", "", -1, -1, "GPE")
    return [gov], [Actor(-1, -1, home, "", -1, -1, "GPE")]


def _border_states(ctx: SentCtx, place: Argument, here: str) -> list[str]:
    """قصف على الحدود الأردنية السورية: a border qualified by two states lies in both, and
    the text does not say on which side the fire fell; the place's state alone otherwise."""
    first = next((a for a in ctx.actors if a.place and a.start == place.start), None)
    if first is None or first.etype != "ADJ" or first.ts == 0:
        return [here]
    if ctx.norms[first.ts - 1] not in _BORDERS:
        return [here]
    second = next((a for a in ctx.actors if a.ts == first.te and a.etype == "ADJ"), None)
    if second is None or not second.code or second.code[:3] == here:
        return [here]
    return [here, second.code[:3]]


ARREST_REACH = 12  # tokens from a killing to the arrest joined to it by و
_STOPS = frozenset({"،", ",", ".", ";", "؛", ":"})


def _with_arrests(ctx: SentCtx, hit: Hit) -> bool:
    """تم مقتل أربعة مسلحين والقبض على آخرين في سيناء: a killing joined by و to an arrest
    in the same clause, with no attacker named, is the same security operation: by the
    place's state, as the arrest is (``_default_roles``), not by unidentified forces."""
    if any(o.spec.type == "ASSAULT" and o.end <= hit.start for o in ctx.hits):
        return False  # أسفر الهجوم عن مقتل: the toll of an attack named before
    for other in ctx.hits:
        if other.spec.type != "COERCE" or not hit.end <= other.start <= hit.end + ARREST_REACH:
            continue
        between = range(hit.end, other.start)
        if ctx.norms[other.start][:1] != "و" or any(ctx.norms[k] in _STOPS for k in between):
            return False  # only a plain و-join (no comma: ، واعتقلت starts a new clause)
        return not _breaks(ctx, hit.end, other.start)
    return False


def _home_clash(hit: Hit, roles: Roles, place: Argument | None, here: str | None) -> bool:
    """اشتباكات عنيفة في الغوطة الشرقية: clashes with no side named, read only from the
    place they broke out in, are fighting within that state (its forces and a group of
    its own), not an attack by unidentified forces."""
    if hit.spec.mode != "clash" or place is None or not here or len(roles.targets) != 1:
        return False
    return roles.targets[0].ts < 0 and (roles.targets[0].code or "")[:3] == here


def _held_at_home(held: Actor) -> list[Actor]:
    """Nationals arrested by no named agent, with no place named: their own state's
    government (an arrest is most often at home)."""
    code = held.code or ""
    if len(code) < 3 or code.startswith(NON_STATE) or held.place:
        return []
    return [Actor(-1, -1, code[:3] + "GOV", "", -1, -1, "GPE")]


_PASSING = frozenset({"مرور", "عبور"})  # لدى مرور، عند مرور، أثناء عبور
_WHEN = frozenset({"لدي", "عند", "اثناء", "خلال", "لحظه"})
PASSING_REACH = 8  # tokens from the blast to لدى مرور
PASSER_REACH = 5  # words from مرور to the actor the passing vehicle belongs to


def _passing(ctx: SentCtx, hit: Hit) -> list[Actor]:
    """(انفجرت عبوة عند مرور دورية للجيش قرب الحدود): a blast as a convoy
    or patrol passed hit the body it belongs to, named a few words after مرور."""
    for k in range(hit.end, len(ctx.norms)):
        if words_between(ctx.norms, hit.end, k, set()) >= PASSING_REACH:
            return []  # words, not tokens: a bracketed (وسط) between costs nothing
        if "clause_breaks" in ctx.classes[k] or ctx.norms[k] in (".", "؛"):
            return []
        if ctx.norms[k] in _PASSING and k > 0 and ctx.norms[k - 1] in _WHEN:
            for a in ctx.actors:
                near = a.ts > k and words_between(ctx.norms, k + 1, a.ts, set()) <= PASSER_REACH
                if near and a.code and not a.place:
                    return [a]
            return []
    return []


# normalised: foreigners and foreign (الأجانب، أجنبية، الأجنبيين), with و/ب/ل/من glued
_FOREIGN = frozenset(
    c + w
    for w in ("اجانب", "اجنبي", "اجنبيه", "اجنبيا", "اجنبيين")
    for c in ("", "ال", "وال", "بال", "لل", "و", "ب", "ل")
)
FOREIGN_REACH = 4  # words from an attack to the foreigners it befell
_INTERNATIONAL_VICTIM = "INT"  # CAMEO: international, of no one state


def _foreigners(ctx: SentCtx, hit: Hit) -> list[Actor]:
    """Foreigners an attack befell, named by no state (خطفت الحركة عشرات العاملين الأجانب،
    استهدف الهجوم القوات الأجنبية، احتجزت 68 رهينة من الأجانب): CAMEO's international
    actor, right after the act and before any coded side or clause break."""
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    for k in range(hit.end, len(ctx.norms)):
        if words_between(ctx.norms, hit.end, k, set()) > FOREIGN_REACH:
            return []
        if "clause_breaks" in ctx.classes[k] or ctx.norms[k] in (".", "؛", "،", ","):
            return []
        if any(a.ts == k and a.code and not a.place for a in ctx.actors):
            return []  # a coded side first: it is the one the act befell
        if ctx.norms[k] in _FOREIGN:
            tok = tokens[k]
            return [Actor(k, k + 1, _INTERNATIONAL_VICTIM, tok.text, tok.start, tok.end, "ADJ")]
    return []


# normalised perfect and imperfect forms of surviving (نجا، نجت، ينجو، نجوا), و/ف glued
_SURVIVED = frozenset(
    c + w for w in ("نجا", "نجت", "نجوا", "ينجو", "تنجو", "نجيا") for c in ("", "و", "ف")
)
SURVIVOR_REACH = 6  # words from نجا to its subject (titles of a long office between)


def _survivor(ctx: SentCtx, hit: Hit) -> list[Actor]:
    """نجا رئيس الوزراء الفلسطيني من محاولة اغتيال، نجا فلان بعد أن فجر انتحاري نفسه:
    whoever survived the sentence's attack was its target; the subject after نجا, before
    the من of what was survived."""
    for k, w in enumerate(ctx.norms):
        if w not in _SURVIVED:
            continue
        for a in ctx.actors:
            if a.ts <= k or not a.code or a.place:
                continue
            if (
                "من" in ctx.norms[k + 1 : a.ts]
                or words_between(ctx.norms, k + 1, a.ts, set()) >= SURVIVOR_REACH
            ):
                break
            return [a]
    return []


def _unnamed_victim(ctx: SentCtx, a: Actor, place: Argument | None) -> Actor:
    """اغتالوا إمام الجامع فلان، اختطفوا منسق الحركة فلان في القاهرة: a person the KB
    does not know, attacked or held, is taken for a national of the state where it
    happened (the place, else the sentence's nearest state), as an unnamed victim is."""
    if a.code is not None or a.etype != "PER":
        return a
    home = place.actor[:3] if place is not None and place.actor else None
    home = None if place is not None and _region(ctx, place) else home
    home = home or nearest_state(ctx.actors, a.ts)
    return replace(a, code=home) if home else a


def _region(ctx: SentCtx, place: Argument) -> bool:
    """A LOC place (the KB codes only regions and seas: EUR, NAF, PGS), not a state."""
    ent = ctx.doc.entity(place.entity) if place.entity else None
    return ent is not None and ent.type == "LOC"


def _breaks(ctx: SentCtx, start: int, end: int) -> bool:
    """حذرت من كارثة إذا حدث هجوم على إدلب: a clause opener between two words."""
    return any("clause_breaks" in ctx.classes[k] for k in range(start, end))


# CAMEO's unidentified armed forces: who attacked when the text names no attacker.
_UNIDENTIFIED = Actor(-1, -1, "UAF", "", -1, -1, "ORG")


def _drop_unnamed_attacks(events: list[Event]) -> list[Event]:
    """قتلوا في غارات للتحالف: in a sentence that names an attacker, an attack with no
    named attacker is most often that attack's toll or its other side, not a second
    attack by unknown forces; it adds no claim, so it is left out."""
    named = any(
        e.type == "ASSAULT" and e.source is not None and e.source.actor != "UAF" for e in events
    )
    if not named:
        return events
    return [
        e
        for e in events
        if not (e.type == "ASSAULT" and e.source is not None and e.source.actor == "UAF")
    ]


CROWD_GAP = 3  # words from a protest verb to the nationality of its crowd (آلاف العراقيين)


def _embassy_protest(ctx: SentCtx, hit: Hit, roles: Roles, place: Argument | None) -> bool:
    """A protest at or towards a foreign embassy (أمام السفارة الأمريكية، نحو القنصلية
    الفرنسية) targets that state, unless a coded side other than a place, the crowd or
    the protesters' own state was read as its target; its protesters are never of the
    embassy's state (the place's or another state the sentence names, else unknown)."""
    mission = embassy_state(ctx.actors, hit.head)
    state = _state_of(mission)
    if mission is None or state is None:
        return False
    src = roles.sources[0] if roles.sources and roles.sources[0].code else None
    crowd = [t for t in roles.targets if t.code and 0 <= t.ts - hit.end < CROWD_GAP]
    kept = [t for t in roles.targets if t.code and not (t.place or t.mission or t in crowd)]
    if kept and _state_of(kept[0]) != _state_of(src):
        return False  # احتجاجا على قرار بريطانيا: a coded object the protest names stays
    roles.targets = [mission]
    if src is None and crowd and _state_of(crowd[0]) != state:
        src = crowd[0]  # تظاهر آلاف العراقيين أمام السفارة: the crowd, not whom it faces
    if src is None and place is not None and place.actor and place.actor[:3] != state:
        src = _pseudo(place, place.actor[:3] + _PROTEST_DEFAULT_ROLE)
    roles.sources = [src] if src is not None and _state_of(src) not in (None, state) else []
    return True


def _state_of(a: Actor | None) -> str | None:
    return a.code[:3] if a is not None and a.code else None


# normalised: supporters, followers, members of a named body (أنصار، مؤيدي، أتباع، أعضاء)
_SUPPORTERS = frozenset({"انصار", "مءيدي", "اتباع", "اعضاء", "مناصري", "مناصرو", "انصاره"})
SUPPORTERS_REACH = 4  # tokens between the protest word and the supporters' body


def _supporters_after(ctx: SentCtx, hit: Hit) -> Actor | None:
    """The body whose supporters or members are said to protest, near the protest word
    (تظاهر مئات من أنصار التيار، خرج أعضاء النقابة للاحتجاج): the protest's source."""
    for a in ctx.actors:
        after = 1 <= a.ts - hit.end <= SUPPORTERS_REACH
        before = 0 < hit.start - a.te <= SUPPORTERS_REACH  # خرج آلاف من أنصار X للاحتجاج
        if not a.code or a.place or not (after or before):
            continue
        if ctx.norms[a.ts - 1] in _SUPPORTERS:
            return a
    return None


def _protest_home(ctx: SentCtx, hit: Hit, roles: Roles) -> None:
    """Uncoded protesters take the sentence's state (``args.protest_sides``)."""
    source = roles.sources[0] if roles.sources else None
    target = roles.targets[0] if roles.targets else None
    backers = _supporters_after(ctx, hit)
    if backers is not None and backers.code and not backers.code.startswith(NON_STATE):
        # تظاهر مئات من أنصار التيار الصدري: they protest against their government
        home = Actor(-1, -1, backers.code[:3] + "GOV", "", -1, -1, "GPE")
        source, target = (
            backers,
            target if target is not None and target.code != backers.code else home,
        )
    source, target = protest_sides(ctx.actors, hit.head, source, target, ctx.norms)
    roles.sources = [source] if source is not None else []
    roles.targets = [target] if target is not None else []


def _enough(ctx: SentCtx, hit: Hit, roles: Roles) -> bool:
    """A bare verbal noun (العقوبات، اللقاء) often names a known act rather than stating
    one: it codes only with both sides, or one side for attacks, protests and arrests.
    Any event needs its source, and a directed one its target (``_NEEDS_TARGET``)."""
    stated = _ongoing_protest(ctx, hit) or roles.how == "between"  # المحادثات بين X وY
    stated = stated or (hit.start > 0 and ctx.norms[hit.start - 1] in _ONSET)
    stated = stated or _decided(ctx, hit)
    stated = stated or _suffered_after(ctx, hit) is not None
    # الهجوم الذي نفذته طالبان: a clause naming who carried the attack out states it
    stated = stated or _own_claim(ctx, hit) is not None
    if not hit.verbal and _refers_back(hit) and not stated:
        return False  # الهجوم، العقوبات: a definite noun refers back to a known act
    if not _coded(roles.sources) and hit.spec.type not in _SOURCELESS:
        return False  # no side acted: nothing to code (the sentence's actors are elsewhere)
    if not _coded(roles.targets) and hit.spec.type in _NEEDS_TARGET:
        return False  # an appeal, charge or meeting aimed at nobody the text names
    if hit.verbal:
        # A verb states an attack or protest even when no side is named (انفجرت سيارة
        # مفخخة، اعتصم المتظاهرون): coded with no sides, it still counts as detected.
        return bool(roles.sources or roles.targets) or hit.spec.type in _SOURCELESS
    if hit.spec.type in _ONE_ARG_NOUNS:
        return bool(roles.sources or roles.targets)
    return bool(roles.sources and roles.targets)


# normalised: احتدام، اندلاع، تجدد، تصاعد (and with مع/و glued: واندلاع): the onset or
# growth of a named act states it (مع احتدام الاشتباكات في محيط المطار)
_ONSET = frozenset({"احتدام", "اندلاع", "تجدد", "تصاعد", "واحتدام", "واندلاع", "وتجدد", "وتصاعد"})


# normalised: قرار، قراره، قرارها، بقرار، إعلان، بإعلان، إعلانه (a decision to, announcing)
_DECISIONS = frozenset(
    {"قرار", "قراره", "قرارها", "بقرار", "القرار", "اعلان", "باعلان", "اعلانه", "اعلانها"}
)
_ABOUT = frozenset({"حول", "بشان", "عن", "ب"})
DECISION_GAP = 2  # words from a decision noun to the act it decides (قراره حول الانسحاب)


def _decided(ctx: SentCtx, hit: Hit) -> bool:
    """قرار الانسحاب، إعلان قراره حول الانسحاب: a definite act noun that a decision or
    announcement governs is stated (the decision was made), not a known act referred to."""
    for k in range(hit.start - 1, max(-1, hit.start - 1 - DECISION_GAP), -1):
        if ctx.norms[k] in _DECISIONS:
            return True
        if ctx.norms[k] not in _ABOUT:
            return False
    return False


# normalised, without the article: a decision or announcement in construct with its maker
# (قرار الحكومة، إعلان إدارة ترامب); القرار has no genitive
_DECISION_HEADS = frozenset({"قرار", "بقرار", "وقرار", "اعلان", "باعلان", "واعلان"})
DECIDER_REACH = 10  # tokens from the decision noun to the act it decides (titles, a name)


def _decider(ctx: SentCtx, hit: Hit, left: int) -> list[Actor]:
    """قرار وزير الخارجية بإغلاق السفارة، إعلان الحكومة قطع
    العلاقات: the genitive of a decision or announcement noun (over titles) decided the act
    noun that follows it, after ب or directly, with only commas after the genitive."""
    for k in range(hit.start - 1, max(left - 1, hit.start - 1 - DECIDER_REACH), -1):
        if ctx.norms[k] not in _DECISION_HEADS:
            continue
        for a in ctx.actors:
            if a.ts <= k or a.te > hit.start or a.prep is not None or a.place or not a.code:
                continue
            if a.ts > k + 1 and not _titles_only(ctx, k + 1, a.ts):
                return []
            rest = ctx.norms[a.te : hit.start]
            return [a] if all(w in ("،", ",") for w in rest) else []
        return []
    return []


# normalised: a decision or announcement with a possessive ending (بإعلانه، قرارها): the
# act noun right after it is the decision of the person last named
_OWN_DECISIONS = frozenset(
    p + n + e for p in ("", "ب", "و", "وب") for n in ("قرار", "اعلان") for e in ("ه", "ها")
)
OWNER_REACH = 12  # words back from the decision to the person who made it


def _own_decision(ctx: SentCtx, hit: Hit, left: int) -> list[Actor]:
    """فجرها ترمب ... بإعلانه وقف المناورات، أعلنت الوزيرة قرارها سحب السفير: the act
    noun right after a possessed decision is that of the person named last before it in
    its clause (a place or state in between, قمة سنغافورة, is not the decision's owner)."""
    k = hit.start - 1
    if k < 0 or ctx.norms[k] not in _OWN_DECISIONS:
        return []
    people = [
        a
        for a in ctx.actors
        if max(left, k - OWNER_REACH) <= a.ts and a.te <= k and a.etype == "PER" and a.code
    ]
    return people[-1:]


# normalised: an act done at someone's request or wish (نزولا عند طلب، استجابة لطلب، تلبية
# لرغبة): the one who asked is who the concession is made to
_YIELDING = frozenset(map(normalize, {"نزولا", "نزولاً", "استجابة", "تلبية"}))
_ASKING = frozenset(
    map(normalize, {"طلب", "لطلب", "رغبة", "لرغبة", "مطالب", "لمطالب", "دعوة", "لدعوة"})
)
REQUESTER_REACH = 8  # words from the concession to نزولا/استجابة


def _requested_by(ctx: SentCtx, hit: Hit, right: int) -> list[Actor]:
    """وقف المناورات ... نزولاً عند طلب بيونغ يانغ: the requester, right after the request
    noun, is the concession's target."""
    for k in range(hit.end, min(right, hit.end + REQUESTER_REACH)):
        if ctx.norms[k] not in _YIELDING:
            continue
        ask = next((j for j in (k + 1, k + 2) if j < right and ctx.norms[j] in _ASKING), None)
        if ask is None:
            return []
        return [a for a in ctx.actors if a.ts == ask + 1 and a.code][:1]
    return []


def _coded(actors: list[Actor]) -> bool:
    return any(a.code for a in actors)


def _purpose_accusative(lexicon: Lexicon, hit: Hit) -> bool:
    """دعماً لـ، تضامناً مع، تأييداً لـ: an indefinite accusative verbal noun of support
    says why the clause's act was done (an adverbial of purpose), not a second act.
    دعما also spells "they both backed": the bare noun form decides."""
    if hit.spec.type != "SUPPORT" or hit.light is not None or not hit.form.endswith("ا"):
        return False
    if hit.form.endswith("ها"):
        return False  # تضامنها: a possessive, her solidarity
    bare = lexicon.forms.get(hit.form[:-1], [])
    return any(f.spec.type == "SUPPORT" and f.spec.pos == "noun" for f in bare)


_AGAINST = frozenset({"ضد", "المناهضه", "المناهض", "المناهضين", "المناهضون", "المعارضه"})


def _ongoing_protest(ctx: SentCtx, hit: Hit) -> bool:
    """المظاهرات في طهران، الاحتجاجات ضد الحكومة: a definite protest noun with its place
    or its cause right after it states the protests, not only names them."""
    if hit.spec.type != "PROTEST":
        return False
    after = range(hit.end, min(len(ctx.norms), hit.end + 5))
    if any(ctx.norms[k] in _AGAINST for k in after):
        return True
    return any(a.place and a.ts in after for a in ctx.actors)


def _refers_back(hit: Hit) -> bool:
    """الهجوم، العقوبات: a definite verbal noun names an act already known."""
    if hit.spec.prev or hit.spec.lemma.startswith("ال"):
        return False
    return hit.form.startswith("ال")


def _pseudo(arg: Argument, code: str) -> Actor:
    return Actor(-1, -1, code, arg.text or "", arg.start, arg.end, "GPE", entity=None)


# the first letters of a pronoun noun -> its role: قواته، جيشها are the state's military,
# حكومته its government, رعاياها، مواطنيه its civilians (normalised)
_PRONOUN_ROLES = {"قوات": "MIL", "جيشه": "MIL", "حكوم": "GOV", "رعاي": "CVL", "مواط": "CVL"}


def _resolve_pronouns(ctx: SentCtx, state: DocState) -> None:
    """بلاده/حكومته: the state of the nearest named actor before (for بلاده, a person or
    title before a state name), else the last subject."""
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    for i in ctx.cued:  # a word of no cue class is no pronoun
        if "country_pronouns" not in ctx.classes[i] or any(a.ts <= i < a.te for a in ctx.actors):
            continue
        before = [a for a in ctx.actors if a.te <= i and a.code and not a.place]
        if "بلاد" in ctx.norms[i] and before and before[-1].etype == "GPE":
            # بلاده: a person's country, not a state's own; a person or title named
            # before the state is the one meant (ترامب ... على إيران بعد انسحاب بلاده)
            before = [a for a in before if _person(ctx, a)] or before
        ref = before[-1] if before else state.subject
        if ref is None or not ref.code:
            continue
        tok = tokens[i]
        noun = ctx.norms[i].removeprefix("و").removeprefix("ل")
        code = ref.code[:3] + _PRONOUN_ROLES.get(noun[:4], "")
        pron = Actor(i, i + 1, code, tok.text, tok.start, tok.end, "PRON")
        ctx.actors.append(pron)
    ctx.actors.sort(key=lambda a: (a.ts, -a.te))


def _person(ctx: SentCtx, a: Actor) -> bool:
    """A named person, or a nationality after a title (الرئيس الأمريكي), not a thing's
    (الرسوم الأمريكية)."""
    if a.etype == "PER":
        return True
    return a.etype == "ADJ" and a.ts > 0 and ctx.cues.has("subject_gap", ctx.norms[a.ts - 1])


_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\"'»)"


class _TaaMarbuta:
    """The positions of the words written with a final ة (``_noun_spelling``), tested one
    at a time: ``find_triggers`` asks only of the words the lexicon may read (a few a
    sentence), so the other words of every sentence are never tested."""

    __slots__ = ("tokens",)

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens

    def __contains__(self, i: object) -> bool:
        return isinstance(i, int) and _noun_spelling(self.tokens[i])


def _noun_spelling(t: Token) -> bool:
    """A word written with a final ة: a noun, never a verb with the object pronoun ه that
    normalising ة to ه makes it look like (دعوة/دعوه، استضافة/استضافه). Not the wounding
    (وإصابة 600 آخرين بجروح): the lexicon reads that toll through the verb أصاب and its
    need بجروح, which codes it even with no side named (OEDA dev: three detected attacks)."""
    return t.text.rstrip(_MARKS).endswith("ة") and _core(t.norm.removeprefix("و")) != "اصابه"


def _name_tokens(tokens: list[Token], mentions: list[EntityMention]) -> frozenset[int]:
    """Sentence token positions inside a multiword entity name (``mentions``: the
    sentence's)."""
    out: set[int] = set()
    for _, m in mentions:
        span = token_span(tokens, m.start, m.end)
        if span is not None and span[1] - span[0] > 1:
            out.update(range(*span))
    return frozenset(out)


def _actor_starts(tokens: list[Token], mentions: list[EntityMention]) -> frozenset[int]:
    """Sentence token positions where the name of an entity with an actor code starts."""
    out: set[int] = set()
    for ent, m in mentions:
        span = token_span(tokens, m.start, m.end) if ent.actor else None
        if span is not None:
            out.add(span[0])
    return frozenset(out)


def _in_name(hit: Hit, actors: list[Actor], norms: list[str]) -> bool:
    """A trigger inside a name, or a verb spelling right before a nationality adjective
    (طالب كويتي is a student: adjectives qualify nouns, not verbs). An adjective agrees
    with its noun in definiteness, so a definite one (دعا المصريين) after a verb spelling,
    which has no ال, is the verb's object or subject, not that noun's adjective."""
    if any(a.ts < hit.end and hit.start < a.te for a in actors):
        return True
    bare_verb = hit.spec.pos == "verb" and hit.light is None
    return bare_verb and any(
        a.ts == hit.end and a.etype == "ADJ" and not _definite(norms[a.ts]) for a in actors
    )


_ROLES = ("MIL", "COP", "GOV", "JUD", "REB", "CVL", "OPP")
_MILITANTS = "IMGMUS"  # CAMEO: Islamist militant group, unnamed


def _institutions(ctx: SentCtx, state: DocState) -> None:
    """الجيش، الشرطة، السلطات without a state: the nearest named state of the sentence,
    else the state the article has named most."""
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    added = False
    for i in ctx.cued:  # most words: of no cue class
        classes = ctx.classes[i]
        role = next((r for r in _ROLES if "institutions_" + r in classes), None)
        militants = "militants" in classes
        if (role is None and not militants) or any(a.ts <= i + 1 < a.te + 1 for a in ctx.actors):
            continue  # inside a name, or followed by its own adjective (الجيش المصري)
        named = _partitive_body(ctx, i)
        if named is not None:
            code = named  # مسلحون من تنظيم داعش: the men of the body named after من
        elif militants:
            code = _MILITANTS  # المتشددين، التكفيريين: Islamist militants, of no state
        else:
            state_code = _nearest_state(ctx, i) or _home_state(state)
            if state_code is None:
                continue
            code = state_code + str(role)
        tok = tokens[i]
        start = tok.start + letters_offset(tok.text, len(_proclitics(ctx.norms[i])))
        actor = Actor(i, i + 1, code, tok.text, start, tok.end, "ORG")
        mark_context(actor, tokens, ctx.cues)  # reads و/ف and ب/ل glued before start
        ctx.actors.append(actor)
        added = True
    added = _militant_phrases(ctx) or added
    added = _group_nisbas(ctx) or added
    if added:
        ctx.actors.sort(key=lambda a: (a.ts, -a.te))


_NISBA_CLASS = "nisba_"  # cue classes nisba_CODE: a group's members by its nisba


def _group_nisbas(ctx: SentCtx) -> bool:
    """30 حوثيا، مسلحين حوثيين، عنصرا داعشيا: the nisba of an armed group (a cue class
    ``nisba_CODE`` in cues.txt) names its members, as a nationality adjective names a
    state's people; read as that group's adjective actor. The definite forms (الحوثيين)
    are names the entity step links."""
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    added = False
    for i in ctx.cued:
        codes = [c[len(_NISBA_CLASS) :] for c in ctx.classes[i] if c.startswith(_NISBA_CLASS)]
        if not codes or any(a.ts <= i < a.te for a in ctx.actors):
            continue
        tok = tokens[i]
        actor = Actor(i, i + 1, codes[0], tok.text, tok.start, tok.end, "ADJ")
        mark_context(actor, tokens, ctx.cues)
        ctx.actors.append(actor)
        added = True
    return added


# Head nouns of named bodies that a text takes up alone, definite (وكالة الأونروا ... تمويل
# الوكالة، حركة حماس ... وقالت الحركة، تنظيم داعش ... عناصر التنظيم). Normalised, without ال.
# Not المجلس، اللجنة، الحكومة: a council, committee or government is as often another one
# (the local council, the state's own government) as the one named before.
_BODY_HEADS = frozenset(
    map(
        normalize,
        {"وكالة", "منظمة", "حركة", "جماعة", "تنظيم", "هيئة", "حلف", "تحالف", "جبهة", "مفوضية"},
    )
)
# each definite form of a head (الوكالة، والحركة، للتنظيم) -> the head
_DEFINITE_HEADS = {
    conj + art + head: head
    for head in _BODY_HEADS
    for art in ("ال", "بال", "لل", "كال")
    for conj in ("", "و", "ف")
}


def _named_again(ctx: SentCtx, state: DocState) -> None:
    """A definite body head noun alone (الوكالة، الحركة، التنظيم) is the body last named
    with that head, in the sentence before it or in the sentences before (``state.sides``):
    تمويل الوكالة after وكالة الأونروا targets UNRWA. Not when the noun is in a name or
    takes its own adjective or genitive name (الحركة الإسلامية، منظمة العفو), nor for a
    reporting agency (``_reporter``)."""
    norms = ctx.norms
    # most sentences hold none: the positions are found in C
    at = list(compress(count(), map(_DEFINITE_HEADS.__contains__, norms)))
    if not at:
        return
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    added = False
    for i in at:
        norm, head = norms[i], _DEFINITE_HEADS[norms[i]]
        if any(a.ts <= i + 1 < a.te + 1 for a in ctx.actors):
            continue
        body = _body_named(ctx, head, i) or next(
            (a for a in state.sides if _heads(a.text, head)), None
        )
        if body is None or not body.code or _reporter(body.code):
            continue
        tok = tokens[i]
        start = tok.start + letters_offset(tok.text, len(_proclitics(norm)))
        actor = Actor(i, i + 1, body.code, tok.text, start, tok.end, "ORG", entity=body.entity)
        mark_context(actor, tokens, ctx.cues)
        ctx.actors.append(actor)
        added = True
    if added:
        ctx.actors.sort(key=lambda a: (a.ts, -a.te))


def _reporter(code: str) -> bool:
    """A news or rating agency (وكالة الأنباء، وكالة موديز: MED, MNC): taken up alone
    (وذكرت الوكالة) it reports; it is no side of what it reports."""
    return "MED" in code or code.startswith("MNC")


def _body_named(ctx: SentCtx, head: str, i: int) -> Actor | None:
    """The last coded actor before word ``i`` named with ``head``: its first word, or the
    word right before it (وكالة الأونروا where the name is الأونروا alone)."""
    for a in sorted(ctx.actors, key=lambda a: -a.ts):
        if a.ts >= i or not a.code:
            continue
        if _heads(a.text, head) or (a.ts > 0 and _is_head(ctx.norms[a.ts - 1], head)):
            return a
    return None


# heads whose bodies are named definite (التحالف العربي، التحالف الدولي), not in construct
_DEFINITE_NAMED = frozenset({normalize("تحالف")})


def _heads(text: str, head: str) -> bool:
    """The name opens with ``head`` (حركة حماس), or definite where bodies are so named."""
    words = text.split()
    if not words:
        return False
    first = normalize(words[0])
    return _is_head(first, head) or (head in _DEFINITE_NAMED and first == "ال" + head)


def _is_head(word: str, head: str) -> bool:
    """``word`` is ``head``, or it with و/ف and ب/ل glued before it (وبمنظمة، لحركة)."""
    return head in (
        word,
        word[1:] if word[:1] in "وفبل" else "",
        word[2:] if word[:1] in "وف" else "",
    )


def _partitive_body(ctx: SentCtx, i: int) -> str | None:
    """The code of a named body right after ``من`` after word ``i`` (مسلحون من تنظيم
    داعش، جنود من الجيش السوري): the partitive names whose men they are."""
    if i + 2 >= len(ctx.norms) or ctx.norms[i + 1] != "من":
        return None
    body = next((a for a in ctx.actors if a.ts == i + 2), None)
    # a state after من (مسلحون من سوريا) is where they come from: the role stays theirs
    if body is None or body.etype != "ORG" or not body.code:
        return None
    return body.code


# The channel a statement or post goes through (على موقع تويتر، عبر حسابه في فيسبوك): a
# company named right after one of these words is the medium, never a side, and it is
# not carried to later sentences as one. Normalised, after و/ب/ل. Not تطبيق: an app is
# also what is banned or bought (حظر تطبيق تلغرام).
_MEDIUM_WORDS = frozenset(
    map(
        normalize,
        {"عبر", "حساب", "حسابه", "حسابها", "حسابهم", "حسابات", "صفحة", "صفحته", "صفحتها"}
        | {"قناته", "قناتها"},
    )
)
# a site or platform is the medium only after a preposition (على موقع تويتر، بموقع فيسبوك):
# as an object it is the company itself (حذرت المفوضية موقع ...، تحجب الصين مواقع ...)
_SITE_WORDS = frozenset(map(normalize, {"موقع", "مواقع", "منصة", "منصات"}))
_SITE_PREPS = frozenset(map(normalize, {"على", "في", "عبر"}))
# posts and posting verbs before على + the company (في تغريدة على تويتر، كتب على فيسبوك);
# على alone may mark a side (فرضت غرامة على فيسبوك)
_POSTS = frozenset(
    map(
        normalize,
        {"تغريدة", "تغريدات", "تدوينة", "منشور", "منشورا", "تعليق", "فيديو", "مقطع", "صورة"}
        | {"كتب", "كتبت", "نشر", "نشرت", "غرد", "غردت", "بثه", "بثته", "بث", "نشره", "نشرها"},
    )
)


def _medium_company(norms: list[str], a: Actor) -> bool:
    """Whether a company (CAMEO MNC) is named as the medium of a post or statement."""
    if not a.code or not a.code.startswith("MNC"):
        return False
    k = a.ts - 1
    while k >= 0 and not norms[k][:1].isalnum():
        k -= 1  # an opening quote or a hashtag sign: على "تويتر"، تطبيق #تلغرام
    if k < 0:
        return False
    if _medium_word(norms[k]):
        return True
    if norms[k] in _SITE_WORDS:
        return k > 0 and norms[k - 1] in _SITE_PREPS
    if norms[k][:1] == "ب" and norms[k][1:] in _SITE_WORDS:
        return True  # بموقع تويتر
    if norms[k] not in _SITE_PREPS or k == 0:
        return False
    # حسابه في فيسبوك، تغريدة على تويتر: a preposition after the account or the post
    return _medium_word(norms[k - 1]) or norms[k - 1] in _POSTS


def _medium_word(norm: str) -> bool:
    glued = norm[:1] in "وبل" and len(norm) > 3
    return norm in _MEDIUM_WORDS or (glued and norm[1:] in _MEDIUM_WORDS)


def _proclitics(norm: str) -> str:
    """و/ف and ب/ل glued to a definite institution word (للمتمردين، بالشرطة، والجيش):
    the letters before the word itself, so the actor records its preposition."""
    conj = norm[0] if norm[:1] in "وف" and len(norm) > 4 else ""
    w = norm[len(conj) :]
    prep = w[0] if len(w) > 4 and w[0] in "بل" and w[1:].startswith(("ال", "ل")) else ""
    return conj + prep


def letters_offset(text: str, letters: int) -> int:
    """Offset after ``letters`` base letters of ``text`` (diacritics stay with theirs)."""
    seen = 0
    for pos, ch in enumerate(text):
        if seen == letters and not ("\u064b" <= ch <= "\u0652"):
            return pos
        if not ("\u064b" <= ch <= "\u0652"):
            seen += 1
    return len(text)


def _core(word: str) -> str:
    """A listed word without its article: part of the text of every token it matches."""
    return word[2:] if word.startswith("ال") else word


def _militant_phrases(ctx: SentCtx) -> bool:
    """عناصر التنظيم الإرهابي: a militants phrase of several words (``militants`` in
    cues.txt, joined by _) names Islamist militants of no state, as one word does."""
    phrases = ctx.cues.phrases.get("militants", ())
    # a token matches a word by a key whose core (no article) is part of its text: one
    # substring test per phrase passes the many sentences with none of its last word
    joined = ctx.joined()
    phrases = tuple(s for s in phrases if _core(s[-1]) in joined)
    if not phrases:
        return False
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    added = False
    for seq in phrases:
        for i in range(len(ctx.norms) - len(seq) + 1):
            if any(seq[k] not in keys(ctx.norms[i + k]) for k in range(len(seq))):
                continue
            end = i + len(seq)
            if any(a.ts < end and i < a.te for a in ctx.actors):
                continue  # already read as a named actor
            first, last = tokens[i], tokens[end - 1]
            text = ctx.doc.text[first.start : last.end]
            actor = Actor(i, end, _MILITANTS, text, first.start, last.end, "ORG")
            mark_context(actor, tokens, ctx.cues)
            ctx.actors.append(actor)
            added = True
    return added


# normalised: دول غربية، الدول الغربية، البلدان الغربية، القوى الغربية، العواصم الغربية
_STATES_NOUNS = frozenset({"دول", "الدول", "دولا", "بلدان", "البلدان", "القوي", "العواصم"})
_WESTERN = frozenset({"غربيه", "الغربيه"})


def _western(ctx: SentCtx) -> None:
    """Western states as a group code WST (CAMEO); غربي alone is a direction (جنوب غربي)."""
    if _WESTERN.isdisjoint(ctx.norms):
        return  # most sentences: one set test in C
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    for i in range(len(ctx.norms) - 1):
        if ctx.norms[i + 1] not in _WESTERN:
            continue  # the cheap test first: most words are followed by no غربية
        head = ctx.norms[i][1:] if ctx.norms[i][:1] in "وفبل" else ctx.norms[i]
        if not (head in _STATES_NOUNS or ctx.norms[i] in _STATES_NOUNS):
            continue
        if any(a.ts <= i + 1 < a.te for a in ctx.actors):
            continue
        tok, last = tokens[i], tokens[i + 1]
        text = ctx.doc.text[tok.start : last.end]
        actor = Actor(i, i + 2, "WST", text, tok.start, last.end, "ORG")
        mark_context(actor, tokens, ctx.cues)
        ctx.actors.append(actor)
        ctx.actors.sort(key=lambda a: (a.ts, -a.te))


# normalised: الأخير، الأخيرة، الأخيرين (the latter)
_LATTER = frozenset({"الاخير", "الاخيره", "الاخيرين", "الاخيرتين"})


def _latter(ctx: SentCtx) -> None:
    """تنازلت بموجبها الأخيرة: "the latter" standing as a noun (no definite noun before it
    for it to qualify, as in الفترة الأخيرة) is the last coded actor named before it."""
    if "اخير" not in ctx.joined():
        return  # most sentences: one substring test in C (the core holds no space)
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    for i, w in enumerate(ctx.norms):
        if "اخير" not in w:
            continue  # every form of _LATTER holds it: most words are passed at once
        bare = w[1:] if w[:1] in "وفبل" and w[1:] in _LATTER else w
        if (
            bare not in _LATTER
            or i == 0
            or _definite(ctx.norms[i - 1])
            or _possessed_noun(ctx.norms[i - 1])
        ):
            continue
        if ctx.kinds[i - 1] != "word" or any(a.ts <= i < a.te for a in ctx.actors):
            continue
        before = [a for a in ctx.actors if a.te <= i and a.code and not a.place]
        if not before:
            continue
        prev, tok = before[-1], tokens[i]
        actor = Actor(i, i + 1, prev.code, tok.text, tok.start, tok.end, prev.etype, prev.entity)
        mark_context(actor, tokens, ctx.cues)
        ctx.actors.append(actor)
        ctx.actors.sort(key=lambda a: (a.ts, -a.te))


def _possessed_noun(w: str) -> bool:
    """رحلته، زيارتها: a ة-noun with a possessive pronoun is definite (رحلته الأخيرة: his
    last trip); ة turns to ت before the pronoun."""
    return w.endswith(("ته", "تها", "تهم", "تهما"))


def _definite(w: str) -> bool:
    """الفترة، والفترة، بالفترة، للفترة (ل + ال loses its alif)."""
    w = w[1:] if w[:1] in "وف" else w
    return w.startswith(("ال", "لل")) or (w[:1] in "بك" and w[1:].startswith("ال"))


def _nearest_state(ctx: SentCtx, i: int) -> str | None:
    """The state an unplaced institution belongs to: where the sentence says things
    happened (في إدلب، في إسطنبول), else its nearest state; a nationality nearer to it
    often qualifies another side (قصفت الطائرات الروسية مواقع المعارضة في إدلب)."""
    places = [a for a in ctx.actors if a.place and a.etype == "GPE" and not _street(ctx, a)]
    # a backer (مدعومة من تركيا، الموالية لإيران) is not the home of the side it backs
    sides = [a for a in ctx.actors if a.prep != "تابع"]
    return nearest_state(places, i) or nearest_state(sides, i)


_STREETS = frozenset({"شارع", "ساحه", "ميدان", "جاده"})  # شارع فلسطين: a street, not a state


def _street(ctx: SentCtx, a: Actor) -> bool:
    """A state's name after a street or square noun names the street (شارع فلسطين)."""
    head = ctx.norms[a.ts - 1] if a.ts > 0 else ""
    head = head[1:] if head[:1] in "وبل" and head[1:] in _STREETS else head
    return head in _STREETS


def _home_state(state: DocState) -> str | None:
    counts: dict[str, int] = {}
    for a in state.sides:
        if a.code and not a.code.startswith(NON_STATE):
            counts[a.code[:3]] = counts.get(a.code[:3], 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _frames(ctx: SentCtx, speech: list[int]) -> list[Frame]:
    frames: list[Frame] = []
    comps = ctx.cues.words.get("complementizers", frozenset())
    for s in speech:
        for c in range(s + 1, min(len(ctx.norms), s + FRAME_REACH)):
            w = ctx.norms[c]
            if w in comps or (w[:1] in "وف" and w[1:] in comps):
                speaker = vso_subject(ctx.actors, ctx.norms, s, set(), c, ctx.cues) or svo_subject(
                    ctx.actors, s, 0
                )
                frames.append(Frame(s, c, speaker, w.endswith(("ه", "ها", "هم"))))
                break
    return frames


def _clause(ctx: SentCtx, hit: Hit) -> tuple[int, int, Frame | None]:
    """Where the trigger's clause starts and ends, and the reporting frame around it."""
    left = 0
    frame = None
    for f in ctx.frames:
        if f.comp < hit.head and f.comp + 1 > left:
            left, frame = f.comp + 1, f
    # the token's cue classes are read from ctx.classes (as Cues.has would find them) and
    # each helper only runs on the one word it can fire on: these scans run per trigger
    norms, classes = ctx.norms, ctx.classes
    for k in range(hit.head - 1, left - 1, -1):
        w = norms[k]
        if (
            w in (";", "؛", ":")
            or "clause_breaks" in classes[k]
            or (w == "ان" and _after_that(ctx, k))
        ):
            left = k + 1
            break
    right = len(norms)
    for k in range(hit.end, len(norms)):
        w = norms[k]
        if (
            w in (";", "؛", ":", ".")
            or "clause_breaks" in classes[k]
            or (w in _COMMAS and _comma_and(ctx, k))
        ):
            right = k
            break
        if w in _SAID and _speech_opens(ctx, k):
            right = k  # قتلوا في عمليات قال السيسي: the speaker is no participant
            break
    return left, right, frame


_COMMAS = frozenset({"،", ","})  # the commas _comma_and reads


def _speech_opens(ctx: SentCtx, k: int) -> bool:
    """A plain speech verb (قال، أضاف) opens a new clause; its subject is the speaker."""
    return ctx.norms[k] in _SAID and any(f.verb == k for f in ctx.frames)


_SAID = frozenset({"قال", "وقال", "قالت", "وقالت", "اضاف", "واضاف", "اضافت", "واضافت"})


_TIME_CLAUSE = frozenset(map(normalize, ("بعد", "قبل", "منذ", "حتى")))  # حتى is read حتي


def _after_that(ctx: SentCtx, k: int) -> bool:
    """بعد أن، قبل أن، منذ أن: a time clause with its own subject."""
    return ctx.norms[k] == "ان" and k > 0 and ctx.norms[k - 1] in _TIME_CLAUSE


def _comma_and(ctx: SentCtx, k: int) -> bool:
    """``، و...``: a comma before a word with و/ف opens a coordinated clause."""
    nxt = ctx.norms[k + 1] if k + 1 < len(ctx.norms) else ""
    if not (ctx.norms[k] in ("،", ",") and len(nxt) > 3 and nxt[0] in "وف"):
        return False
    # فلاديمير، فرنسا، وليد: a name whose first letter is ف/و opens no clause
    return not any(a.ts == k + 1 and not a.conj for a in ctx.actors)


def _target_preps(ctx: SentCtx) -> frozenset[str]:
    return ctx.cues.words.get("target_prepositions", frozenset())


def _relative_antecedent(ctx: SentCtx, left: int) -> Actor | None:
    """الولايات المتحدة التي فرضت: the actor right before a relative pronoun."""
    if left == 0 or ctx.norms[left - 1] not in _RELATIVE:
        return None
    for a in ctx.actors:
        if a.te in (left - 1, left - 2) and not a.place:
            return a
    return None


_OBJECT_SUFFIXES = ("ها", "هم", "هما", "ه")


def _object_suffix(verb: str, lemma: str) -> bool:
    """تدعمها، تتهمهم: the verb carries an object pronoun; تتهم، تواجه end in the same
    letters as their own stem (the lemma's), which is no pronoun unless written twice."""
    suffix = next((x for x in _OBJECT_SUFFIXES if verb.endswith(x)), None)
    if suffix is None:
        return False
    return not lemma.endswith(suffix) or verb[: -len(suffix)].endswith(suffix)


def _subject_relative(ctx: SentCtx, hit: Hit) -> Actor | None:
    """فرنسا، التي تدعم أوكرانيا: a verb right after a relative pronoun whose antecedent
    is an actor has that actor as its subject; the actor after the verb is its object.
    With an object pronoun on the verb (الهجمات التي شنتها إسرائيل) the relative is the
    object, and the actor after the verb stays its subject."""
    k = hit.head - 1
    if k < 1 or ctx.norms[k] not in _RELATIVE or (hit.spec.pos != "verb" and hit.light is None):
        return None
    verb, spec = ctx.norms[hit.head], hit.light or hit.spec
    lemma = spec.lemma.split()[0] if spec.lemma else ""
    if _object_suffix(verb, lemma) or _resumed_after_subject(ctx, hit):
        return None
    end = k - 1 if ctx.norms[k - 1] in ("،", ",") else k
    return next((a for a in ctx.actors if a.te == end and not a.place and a.code), None)


def _resumed_after_subject(ctx: SentCtx, hit: Hit) -> bool:
    """سكريبال الذي تتهم لندن موسكو بتسميمه، فنزويلا التي تتهم إدارة ترامب نظامها: an
    actor right after the verb followed at once by a second actor (its object) or by a
    noun carrying the relative's pronoun is the verb's own subject; the relative is the
    object, not the subject."""
    first = next((a for a in ctx.actors if a.ts >= hit.end), None)
    if first is None or not first.code or first.te >= len(ctx.norms):
        return False
    if not gap_ok(ctx.norms, hit.end, first.ts, set(), ctx.cues):
        return False  # only a title or institution word (إدارة ترامب) before it
    if any(a.ts == first.te and not a.conj and a.code for a in ctx.actors):
        return True
    nxt = ctx.norms[first.te]  # ه alone is also a feminine noun's last letter (ة)
    return len(nxt) > 4 and nxt.endswith(("ها", "هم")) and ctx.kinds[first.te] == "word"


_AGREEING = {"الذي": False, "التي": True}  # relative pronoun: whether its verb is feminine


def _relative_is_subject(ctx: SentCtx, hit: Hit) -> bool:
    """الهجوم الذي استهدف السفارة الأمريكية، الغارات التي قتلت مدنيين: a verb right after
    a relative pronoun it agrees with in gender, with no object pronoun taking the
    relative up (الهجوم الذي شنته، التي تقودها السعودية), has the relative as its subject;
    the actor after the verb is its object, not a VSO subject. (الاتفاق الذي وقعت عليه
    روسيا: a feminine verb after الذي has a subject of its own after it.) A thing is the
    antecedent: an actor antecedent is ``_subject_relative``'s."""
    k = hit.head - 1
    if k < 1 or hit.spec.pos != "verb" or hit.light is not None or hit.prefix:
        return False
    feminine = _AGREEING.get(ctx.norms[k])
    verb = ctx.norms[hit.head]
    if feminine is None or verb.endswith(_OBJECT_SUFFIXES) or len(verb) < 3:
        return False
    comma = ctx.norms[k - 1] in ("،", ",")
    if any(a.te == k or (comma and a.te == k - 1) for a in ctx.actors):
        return False  # an actor before it (a person, uncoded or not) is read elsewhere
    return (verb.startswith("ت") or verb.endswith("ت")) == feminine


RELATIVE_REACH = 6  # words from a relative pronoun to a later verb of its clause


def _thing_relative(ctx: SentCtx, hit: Hit, left: int) -> bool:
    """المشروع الذي يفرض عقوبات، الحريق الذي اندلع ودمر المنازل: a verb of a subject
    relative clause whose antecedent is no actor has that thing as its subject, so no
    actor of the sentence (nor the running subject) is its agent. A relative whose first
    verb carries an object pronoun (الخطاب الذي ألقاه) has its own unstated subject."""
    lo = max(left - 1, hit.head - RELATIVE_REACH, 0)
    rel = next((k for k in range(hit.head - 1, lo - 1, -1) if ctx.norms[k] in _RELATIVE), None)
    if rel is None or rel == 0 or rel + 1 >= len(ctx.norms):
        return False
    if any(a.te in (rel, rel - 1) and not a.place for a in ctx.actors):
        return False  # الولايات المتحدة التي فرضت: the actor is the subject
    if any(rel < a.ts < hit.head for a in ctx.actors):
        return False  # an actor inside the relative may be its subject
    first = ctx.norms[rel + 1]
    return ctx.kinds[rel + 1] == "word" and not first.endswith(_OBJECT_SUFFIXES)


_IN_IT = frozenset({"فيه", "فيها", "خلاله", "خلالها"})  # the relative's time or place


def _resumptive(ctx: SentCtx, hit: Hit) -> set[int]:
    """في الوقت الذي ضاعف فيه أردوغان التهديدات: فيه after a relative clause's verb takes
    up the antecedent (a time or place), so the relative is no subject and the actor past
    فيه is the verb's VSO subject. The position of that فيه, to skip."""
    k = hit.head + 1
    if k >= len(ctx.norms) or ctx.norms[k] not in _IN_IT or hit.spec.type in _FORCE_TYPES:
        return set()  # الهجوم الذي قتل فيه 7 إيرانيين: a harm verb there is mostly passive
    if not any(ctx.norms[j] in _RELATIVE for j in range(max(0, hit.head - 2), hit.head)):
        return set()
    return {k}


def _subject(
    ctx: SentCtx, hit: Hit, left: int, right: int, frame: Frame | None, state: DocState
) -> tuple[Actor | None, str]:
    skip = set(range(hit.start, hit.end)) | _resumptive(ctx, hit)
    if hit.spec.pos == "participle" and hit.light is None:
        return _participle_subject(ctx, hit, left, state)
    before = svo_subject(ctx.actors, hit.head, left)
    if before is not None and before.te == hit.head:
        return before, "svo"  # تركيا تتهم اليونان: a subject right before the verb
    fronted = _kana_qad(ctx, hit, left) or _subject_relative(ctx, hit)
    if fronted is not None:
        return fronted, "svo"
    if _relative_is_subject(ctx, hit):
        return None, "relative"  # الهجوم الذي استهدف السفارة: the embassy is its object
    acts = frozenset(k for h in ctx.hits if h is not hit for k in range(h.start, h.end))
    member = _member_after_verb(ctx, hit)
    if member is not None:
        return member, "vso"
    subj = (
        None
        if _noun_subject(ctx, hit, left)
        else vso_subject(ctx.actors, ctx.norms, hit.head, skip, right, ctx.cues, acts)
    )
    if subj is not None:
        return subj, "vso"
    if _unnamed_subject(ctx, hit):
        return None, "none"  # وانتقد البعض الزيارة: people the text does not name
    if _thing_relative(ctx, hit, left):
        return None, "relative"  # القانون الذي يفرض عقوبات: the law does it, not the speaker
    if _shares_subject(ctx, hit):
        return ctx.subject, "dropped"  # وحذرت X Y من ... ودعت إلى: the first verb's subject
    joined = _comma_joined(ctx, hit)
    main = _main_subject(ctx) if joined else None
    if main is not None and main.te <= hit.head:
        # ووصف ترمب الصين وروسيا بأنهم خصوم، وهدد بفرض رسوم: the clause after ، و goes
        # on with the sentence's subject; the actor before the comma ended the last one
        return main, "dropped"
    # an attack or protest keeps that actor (its place or side) rather than no side at all
    fronted_ok = not joined or hit.spec.type in _SOURCELESS
    subj = svo_subject(ctx.actors, hit.head, left) if fronted_ok else None
    subj = subj or _relative_antecedent(ctx, left)
    if subj is not None:
        return subj, "svo"
    body = _named_body(ctx, hit, frame, left) if frame is not None else None
    if body is not None:
        return body, "svo"  # قال مدير الصندوق العربي إن الصندوق تعهد
    if frame is not None and _own_noun_subject(ctx, hit, frame, left):
        return None, "noun"  # قال الجيش إن ثلاثة جنود قتلوا: the clause's own subject
    if frame is not None and frame.speaker is not None and not _medium(frame.speaker):
        return frame.speaker, "speaker"
    if ctx.subject is not None and ctx.subject.te <= hit.head and not _medium(ctx.subject):
        return ctx.subject, "dropped"
    first_clause = not any(a.te <= hit.head and not a.place for a in ctx.actors)
    if first_clause and state.subject is not None and not _medium(state.subject):
        return state.subject, "dropped"
    return None, "none"


# particles and adverbs that may stand between a bare إن/أن and its clause's verb without
# being its subject (قال إنه قد ...، أكد أن لا ...), normalised
_CLAUSE_PARTICLES = frozenset({"قد", "لن", "لم", "لا", "سوف", "ما", "ايضا", "فعلا", "بالفعل"})


def _clause_words(ctx: SentCtx, hit: Hit, frame: Frame, left: int) -> list[int]:
    """The words between a bare إن/أن (no pronoun: إنه، أنها point back to the speaker)
    and the verb opening its clause, when no actor stands there: the clause's own subject
    (a noun in the accusative after إن) if any. Particles and adverbs are left out."""
    if frame.pronoun or left != frame.comp + 1 or hit.head <= left or hit.inverse:
        return []  # تعرضوا لهجوم: a suffering verb's subject is its victim (read apart)
    if any(a.ts < hit.head and a.te > left for a in ctx.actors):
        return []  # an actor of the clause (named, a pronoun, an institution) is read
    return [
        k
        for k in range(left, hit.head)
        if ctx.kinds[k] in ("word", "number") and ctx.norms[k] not in _CLAUSE_PARTICLES
    ]


def _own_noun_subject(ctx: SentCtx, hit: Hit, frame: Frame, left: int) -> bool:
    """قالت الوزارة إن ثلاثة جنود قتلوا، أعلن البيان أن مسلحين هاجموا: a bare إن/أن is
    followed by its clause's subject. When that subject is an uncoded noun the speaker
    only reports the act (an attack with no named attacker is then UAF's, GUIDE). A bare
    title (إن الرئيس طلب) is most often the speaker's own official, and a verb marked
    "we" (تفاوضنا، سنرد) has the speaker's side as subject."""
    words = _clause_words(ctx, hit, frame, left)
    if not words or any("subject_gap" in ctx.classes[k] for k in words):
        return False
    return not _first_person(ctx, hit) and not _forces_report(ctx, frame, words)


def _forces_report(ctx: SentCtx, frame: Frame, words: list[int]) -> bool:
    """قال الجيش الإسرائيلي إن دبابة استهدفت موقعا، قالت وزارة الدفاع إن الضربات
    استهدفت: armed forces reporting strikes, or weapons and units, with no owner named
    report their own (the means and strikes of a military communique are its own)."""
    code = (frame.speaker.code or "") if frame.speaker is not None else ""
    if "MIL" not in code[3:]:
        return False
    # soldiers (جنود، عناصر) as the subject are more often its killed than its attackers
    means = [k for k in words if ctx.norms[k] not in _PEOPLE]
    return any(ctx.norms[k] in _STRIKES or "agent_means" in ctx.classes[k] for k in means)


# strikes and weapons a military communique names as the subject of its own attacks
# (normalised, with and without the article)
_STRIKES = frozenset(
    w
    for base in ("ضربات", "ضربه", "غارات", "غاره", "قصف", "هجوم", "هجمات", "دبابه", "صواريخ")
    for w in (base, "ال" + base)
)


def _first_person(ctx: SentCtx, hit: Hit) -> bool:
    """تفاوضنا، قصفنا، سنرد، نرفض: a verb whose person marks "we"."""
    verb = ctx.norms[hit.head]
    verb = verb[1:] if verb[:1] in "وف" and len(verb) > 4 else verb
    if hit.imperfect:
        return verb.startswith(("ن", "سن"))
    return verb.endswith("نا") and len(verb) > 4


def _named_body(ctx: SentCtx, hit: Hit, frame: Frame, left: int) -> Actor | None:
    """قال مدير الصندوق العربي إن الصندوق تعهد: a clause subject that is the definite
    head noun of a coded body named before the clause is that body again."""
    words = _clause_words(ctx, hit, frame, left)
    named = [a for a in ctx.actors if a.te <= left and a.code and a.ts >= 0]
    for k in words:
        w = ctx.norms[k]
        body = next((a for a in reversed(named) if ctx.norms[a.ts] == w), None)
        if body is not None and w.startswith("ال"):
            return body
    return None


_KANA = frozenset({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"})


def _kana_qad(ctx: SentCtx, hit: Hit, left: int) -> Actor | None:
    """وكانت الحكومة البريطانية قد طردت دبلوماسيين: the subject of كان ... قد sits between
    them and is the verb's; the actor after the verb is its object."""
    if hit.head < 2 or ctx.norms[hit.head - 1] != "قد":
        return None
    subj = svo_subject(ctx.actors, hit.head - 1, left) or _kana_member(ctx, hit, left)
    if subj is None or not any(ctx.norms[k] in _KANA for k in range(left, subj.ts)):
        return None
    return subj


# normalised: indefinite doers (البعض، كثيرون، آخرون، مغردون): a verb they follow has its
# subject stated, and no earlier or running actor stands in for it
_SOMEONE = frozenset(
    map(
        normalize,
        {"البعض", "بعضهم", "بعضهن", "كثيرون", "كثيرين", "الكثيرون", "آخرون", "آخرين"}
        | {"مغردون", "مغردين", "ناشطون", "مستخدمون", "متابعون", "رواد", "أحدهم", "أحدهما"},
    )
)


def _unnamed_subject(ctx: SentCtx, hit: Hit) -> bool:
    """Whether an indefinite doer (البعض، كثيرون) is the word right after a verb. Not
    after a harm verb, whose unvowelled form is as often passive (وأصيب آخرون: victims)."""
    verb = hit.spec.pos == "verb" or hit.light is not None
    if not verb or hit.spec.type in _FORCE_TYPES:
        return False
    return hit.head + 1 < len(ctx.norms) and ctx.norms[hit.head + 1] in _SOMEONE


def _member_after_verb(ctx: SentCtx, hit: Hit) -> Actor | None:
    """واتهم قيادي في حركة حماس إسرائيل: a member noun right after the verb, then في/من
    and a coded body, is the subject and stands for that body. Not for attacks and arrests,
    whose unvowelled verb is as often passive (قتل قيادي في حماس: one was killed)."""
    if hit.spec.pos != "verb" or hit.light is not None or hit.spec.type in _FORCE_TYPES:
        return None
    if hit.end + 2 >= len(ctx.norms) or not _member_phrase(ctx.norms[hit.end : hit.end + 2]):
        return None
    later = [a for a in ctx.actors if a.ts > hit.head]
    after = later[0] if later else None
    # the body right after في/من, or its nationality adjective (في الحكومة العراقية)
    at = hit.end + (3 if after is not None and after.etype == "ADJ" else 2)
    if after is None or after.ts != at or not after.code:
        return None
    # مسؤولون من الولايات المتحدة وكوريا الشمالية: members of two sides meet each other;
    # left to the reading of coordinated sides
    return None if len(later) > 1 and later[1].conj else after


def _member_phrase(words: list[str]) -> bool:
    """قيادي في حماس، النائب عن حزب العمال: a member noun then في/من, or a representative,
    bare or definite, then في/من/عن (the MP for a party or a place). A definite member
    noun is as often the object (يدين الفصائل في غزة)."""
    noun, prep = words
    if noun.removeprefix("ال") in _DEPUTIES:
        return prep in ("في", "من", "عن")
    return noun in _MEMBER_NOUNS and prep in ("في", "من")


# normalised نائب، نواب، ممثل، ممثلو/ممثلون/ممثلين (an MP, a representative): with عن they
# stand for the party, constituency or body they were sent by (النائب عن حزب الشعب)
_DEPUTIES = frozenset(map(normalize, {"نائب", "نواب", "ممثل", "ممثلو", "ممثلون", "ممثلين"}))


def _kana_member(ctx: SentCtx, hit: Hit, left: int) -> Actor | None:
    """وكان فصيل في الحشد الشعبي قد أعلن: a member noun right after كان, then في/من and a
    coded body, is the subject and stands for that body (``_member_in``); the first such
    actor only, with no other actor between it and قد."""
    inside = [a for a in ctx.actors if left <= a.ts and a.te < hit.head]
    if not inside or not _member_in(ctx, inside[0]):
        return None
    first = inside[0]
    return first if first.ts >= 3 and ctx.norms[first.ts - 3] in _KANA else None


# Sentence openers that turn to another story: the last sentence's actor does not go on.
# (من جهة أخرى is left out: news uses it as often for the same actor's other acts.)
_TOPIC_SHIFTS = frozenset(
    [
        "في سياق منفصل",
        "في سياق اخر",
        "في تطور اخر",
        "في شان اخر",
        "في موضوع اخر",
        "في خبر اخر",
        "علي صعيد اخر",
    ]
)


def _topic_shift(norms: list[str]) -> bool:
    words = [w for w in norms[:4] if w[:1].isalnum()]
    if not words:
        return False
    if words[0].startswith("و") and words[0] not in ("وفي",):
        words[0] = words[0][1:]
    elif words[0] == "وفي":
        words[0] = "في"
    return " ".join(words[:3]) in _TOPIC_SHIFTS


def _noun_subject(ctx: SentCtx, hit: Hit, left: int) -> bool:
    """التقرير اتهم السلطات الإيرانية: a definite noun right before a bare verb, opening
    its clause, is its subject (SVO) though no actor; the actor after the verb is then
    its object, not a VSO subject."""
    k = hit.head - 1
    if k != left or hit.light is not None or hit.spec.pos != "verb" or hit.prefix not in ("", "س"):
        return False
    w = ctx.norms[k]
    if ctx.kinds[k] != "word" or not w.startswith("ال") or ctx.classes[k]:
        return False  # اليوم، الأحد ...: cue words (time, titles) are no subject
    return not any(a.ts <= k < a.te for a in ctx.actors)


JOIN_REACH = 6  # words from one act noun to the next one joined to it by و


def _joined_act(ctx: SentCtx, hit: Hit) -> list[Actor]:
    """قامت السلطات باعتقال عشرات الصحفيين وإغلاق عدة صحف: a verbal noun joined by و to
    the sentence's previous act, with only that act's object between (no clause break,
    no verb, no other actor), has that act's doer."""
    if not hit.prefix.startswith("و"):
        return []
    prev = [h for h in ctx.hits if h.end <= hit.start and h.start in ctx.acted]
    if not prev:
        return []
    last = prev[-1]
    if words_between(ctx.norms, last.end, hit.start, set()) > JOIN_REACH:
        return []
    if _breaks(ctx, last.end, hit.start) or any(
        last.end <= a.ts < hit.start and a.code and not a.place for a in ctx.actors
    ):
        return []
    return ctx.acted[last.start]


def _comma_joined(ctx: SentCtx, hit: Hit) -> bool:
    """A verb with و/ف right after a comma (، وهدد) opens a coordinated clause."""
    pre = hit.light_prefix if hit.light is not None else hit.prefix
    k = hit.head - 1
    return pre[:1] in ("و", "ف") and k >= 0 and ctx.norms[k] in ("،", ",")


def _shares_subject(ctx: SentCtx, hit: Hit) -> bool:
    """A و-joined verb with no subject of its own continues the sentence's subject."""
    pre = hit.light_prefix if hit.light is not None else hit.prefix
    subj = ctx.subject
    if not pre.startswith("و") or subj is None or subj.te > hit.head or _medium(subj):
        return False
    return subj.te != hit.head  # an actor right before the verb is its own subject (SVO)


def _medium(actor: Actor) -> bool:
    """A news outlet (GBRMED Reuters) reports acts; it is not the unstated agent of one."""
    return actor.code is not None and actor.code.endswith("MED")


def _participle_subject(
    ctx: SentCtx, hit: Hit, left: int, state: DocState
) -> tuple[Actor | None, str]:
    """مطالباً الرياض بـ...: a circumstantial participle shares the clause's subject; the
    actor after it is its object."""
    if ctx.subject is not None and ctx.subject.te <= hit.head:
        return ctx.subject, "dropped"
    subj = svo_subject(ctx.actors, hit.head, 0) or _titled_subject(ctx, hit)
    if subj is not None:
        return subj, "svo"
    return state.subject, "dropped" if state.subject is not None else "none"


def _titled_subject(ctx: SentCtx, hit: Hit) -> Actor | None:
    """تحدث وزير الخارجية السعودي ...، محملا إيران: the nationality of the title that
    opens the sentence (the first actor, right after its verb and title words) is the
    subject a circumstantial participle shares."""
    first = next((a for a in ctx.actors if a.te <= hit.head), None)
    if first is None or first.prep is not None or first.place or not first.code:
        return None
    return first if _titles_only(ctx, 1, first.ts) else None


_FATHA, _DAMMA, _KASRA = "\u064e", "\u064f", "\u0650"


def _vowelled_passive(ctx: SentCtx, hit: Hit) -> bool:
    """اعتُقل، قُتل: a perfect verb whose first short vowel is written as a damma is a
    passive (the active perfect opens with a fatha): the actor after it is the one it
    befell, and no earlier subject is its agent."""
    if hit.spec.pos != "verb" or hit.light is not None or hit.imperfect:
        return False
    text = ctx.doc.sentence_tokens(ctx.sent)[hit.head].text
    vowels = [ch for ch in text if ch in (_FATHA, _DAMMA, _KASRA)]
    return bool(vowels) and vowels[0] == _DAMMA


def _passive_by_number(ctx: SentCtx, hit: Hit) -> bool:
    """قتل 12 شخصاً، قتل ثلاثة فلسطينيين: a perfect verb right before a number or a
    number word reads as a passive."""
    if hit.spec.pos != "verb" or hit.light is not None or hit.imperfect:
        return False
    if hit.end >= len(ctx.kinds):
        return False
    if any(a.te == hit.start and a.code and not a.place for a in ctx.actors):
        return False  # القوات الأمريكية قتلت ثلاثة مسلحين: a named subject before the verb
    if _goes_on_feminine(ctx, hit):
        return False  # رفضت الجبهة الهدنة واحتجزت 68 رهينة: she held them, none were held
    if _counted_weapons(ctx, hit.end):
        return False  # استهدفت سبعة صواريخ حوثية مواقع: the counted weapons are the subject
    if ctx.kinds[hit.end] == "number":
        return True
    # a number word only after a harm verb (قتل ثلاثة، اعتقل عشرات; خرج آلاف المتظاهرين is
    # active), and not one with its own plural subject (خطفوا ثلاثة مهندسين)
    if hit.spec.type not in _FORCE_TYPES or plural_verb(ctx.norms[hit.head]):
        return False
    return count_word(ctx.norms[hit.end])


def _counted_weapons(ctx: SentCtx, k: int) -> bool:
    """A count, then a weapon noun qualified by a nationality or group adjective (سبعة
    صواريخ حوثية، ثلاث طائرات إسرائيلية): fire that did the act, not people it befell."""
    if k + 2 >= len(ctx.norms) or not (ctx.kinds[k] == "number" or count_word(ctx.norms[k])):
        return False
    adj = any(a.ts == k + 2 and a.etype == "ADJ" and a.code for a in ctx.actors)
    return adj and weapon_word(ctx.norms[k + 1])


def _goes_on_feminine(ctx: SentCtx, hit: Hit) -> bool:
    """A و-joined feminine perfect (واحتجزت، وقتلت) after an earlier feminine perfect of
    the sentence whose subject was a named side: the same subject goes on acting (رفضت
    الجبهة الشعبية ... واحتجزت 68 رهينة). A passive after it would have to agree with
    its counted noun instead, and a masculine one (هاجمت القوات ... وقتل 3) still does."""
    verb = ctx.norms[hit.head]
    if not (hit.prefix.startswith("و") and verb.endswith("ت")):
        return False
    # a speaker is a reporting verb's subject, taken for a clause's unstated one
    speakers = [f.speaker for f in ctx.frames if f.speaker is not None]
    for other in ctx.hits:
        if other.start >= hit.start or not other.verbal or other.spec.pos != "verb":
            continue
        # a side named in the sentence, not one read by convention (UAF, a place's state)
        done = [a for a in ctx.acted.get(other.start, []) if not a.place and a.ts >= 0]
        done = [a for a in done if not any(a.same(s) for s in speakers)]
        if ctx.norms[other.head].endswith("ت") and done:
            return True
    return False


# modes of harm a person suffers: killed, assassinated, kidnapped, arrested, detained
_SUFFERED = frozenset({"kill", "assassinate", "abduct", "arrest", "detain"})
# normalised: words that stand right after a harm verb where an active one would have its
# object: a place or time preposition, a clause opener, the cause or the wound, punctuation
_NO_OBJECT = frozenset(
    {"في", "خلال", "اثناء", "اثر", "جراء", "عندما", "بينما", "حين", "حينما", "لدي", "عند"}
    | {"برصاص", "بنيران", "بيد", "بايدي", "متاثرا", "امس", "بعد", "منذ", "قرب", "بالقرب", "داخل"}
    | {"،", ".", "؛"}
)
_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن")  # none of these modes' verbs ends so
SUFFERER_GAP = 3  # words (an age, a title) between the person and the verb
OBJECT_REACH = 6  # tokens after the verb in which a count would be its object


def _passive_by_gap(ctx: SentCtx, hit: Hit, left: int) -> Actor | None:
    """الجندي الأمريكي قتل في هجوم، فلان، 20 عاماً، قتل بينما كان: a person (a name,
    or a nationality after a people noun), then a bare perfect harm verb with no object
    where the active one has it (a preposition, a time word, a clause opener) is the
    undotted passive قُتل: the person suffered the act. Returns that person."""
    if hit.spec.pos != "verb" or hit.light is not None or hit.imperfect:
        return None
    if hit.spec.mode not in _SUFFERED or hit.end >= len(ctx.norms):
        return None
    if ctx.norms[hit.end] not in _NO_OBJECT or hit.form.endswith(_PRONOUN_ENDINGS):
        return None  # هرب من سجنه، قتله في: a pronoun makes it a noun or gives its object
    after = range(hit.end, min(len(ctx.norms), hit.end + OBJECT_REACH))
    after = range(hit.end, hit.end) if ctx.norms[hit.end] == "منذ" else after  # منذ ستة أشهر
    if any(ctx.kinds[k] == "number" or count_word(ctx.norms[k]) for k in after):
        return None  # الشرطة اعتقلت في المداهمة ثلاثة: active, with a counted object
    subj = _relative_sufferer(ctx, hit) or svo_subject(ctx.actors, hit.head, left)
    if subj is None or words_between(ctx.norms, subj.te, hit.head, set()) > SUFFERER_GAP:
        return None
    if any(ctx.norms[k].startswith("ان") for k in range(subj.te, hit.head)):
        return None  # ذكرت المحطة أنهما اعتقلا: the subject is the pronoun after أن
    if subj.etype == "PER":
        return subj
    return subj if subj.etype == "ADJ" and _people_before(ctx, subj.ts - 1) else None


def _people_before(ctx: SentCtx, k: int) -> bool:
    """A people noun (جنود أتراك) or a count (115 فلسطينياً، ثلاثة أتراك) right before a
    nationality: the nationality names people, who can be the ones a harm befell."""
    return 0 <= k < len(ctx.norms) and (
        people_noun(ctx.norms[k]) or ctx.kinds[k] == "number" or count_word(ctx.norms[k])
    )


def _relative_sufferer(ctx: SentCtx, hit: Hit) -> Actor | None:
    """المفكر فلان الذي أوقف منذ ستة أشهر: the person right before the relative pronoun
    that opens the harm verb's clause (the clause starts after it, so it is no subject
    found inside the clause)."""
    k = hit.head - 1
    if k < 1 or ctx.norms[k] not in _RELATIVE:
        return None
    return next((a for a in ctx.actors if a.te == k and not a.place), None)


# acts done to someone, which تم + verbal noun (a passive) says befell its genitive; a
# sanction is left out: its genitive is what is cut (تم تعليق المساعدة الأمريكية لمصر)
_DONE_TO = frozenset({"ASSAULT", "COERCE", "CONCEDE"})


def _done_to(hit: Hit) -> bool:
    """تم اعتقال، تم طرد، يتم الإفراج عن: تم (it was completed) + a verbal noun is the
    passive of that act; it has no subject of its own."""
    if hit.light is None or hit.spec.type not in _DONE_TO:
        return False
    return hit.light.lemma.split()[0] == "تم" if hit.light.lemma else False


def _object_pronoun(ctx: SentCtx, start: int, end: int) -> bool:
    return any("object_pronouns" in ctx.classes[k] for k in range(start, end))


_HARM_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


SUFFERED_GAP = 2  # adjectives between an attack noun and the relative clause of its victim
# normalised له، لها، لهم، لهما: the pronoun of تعرض taking up the act noun before it
_SUFFERED_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما"})


def _suffered_after(ctx: SentCtx, hit: Hit) -> tuple[list[Actor], list[Actor]] | None:
    """(doers, victims) of an attack noun whose relative clause says who suffered it
    (الهجمات التي تعرضت لها القوات التركية من قبل X، بعد هجمات تعرضت لها ناقلتان): the
    clause's subject, a coded side right after the pronoun, is the victim; a من قبل /
    على يد phrase after it the doer. None when no such clause follows the noun."""
    if hit.verbal or hit.spec.type not in _FORCE_TYPES:
        return None
    k = hit.end
    while k < len(ctx.norms) and k - hit.end < SUFFERED_GAP and _definite(ctx.norms[k]):
        if ctx.norms[k] in _RELATIVE or any(a.ts == k and a.etype != "ADJ" for a in ctx.actors):
            break
        k += 1  # الهجمات الإرهابية المدمرة التي ...: adjectives of the noun
    k += 1 if k < len(ctx.norms) and ctx.norms[k] in _RELATIVE else 0
    if k + 2 >= len(ctx.norms) or ctx.norms[k + 1] not in _SUFFERED_PRONOUNS:
        return None
    if not ctx.norms[k].removeprefix("و").lstrip("يت").startswith("عرض"):
        return None
    victim = next((a for a in ctx.actors if a.ts > k + 1), None)
    if victim is None or not victim.code or victim.agent or victim.place:
        return None
    if words_between(ctx.norms, k + 2, victim.ts, set()) > VICTIM_REACH:
        return None
    # the relative clause runs past the noun's own clause: its agent phrase is read on
    agents = agent_after(ctx.actors, victim.te, len(ctx.norms))
    return agents, coordinated(ctx.actors, victim)


def _noun_nationality(ctx: SentCtx, hit: Hit) -> Actor | None:
    """تعرض X لقصف إسرائيلي: a nationality adjective right after the suffered act noun
    names who did it, as after any act noun (القصف الإسرائيلي); only for harm done to
    someone (السهم تعرض لضغوط بسبب الاتفاق التركي: no agreement suffered)."""
    if hit.light is None or hit.spec.type not in _HARM_TYPES:
        return None
    # لهجمات الطائرات الإسرائيلية: or the adjective of the act noun's one genitive noun
    own = hit.end + 1 if hit.end < len(ctx.norms) and _definite(ctx.norms[hit.end]) else hit.end
    return next(
        (a for a in ctx.actors if a.ts in (hit.end, own) and a.etype == "ADJ" and a.code), None
    )


def _relative_object(ctx: SentCtx, hit: Hit, subj: Actor | None) -> Actor | None:
    """في سوريا، التي تدعمها إيران: a verb right after a relative pronoun, with an object
    pronoun that takes the relative up and its own subject after it, acts on the
    relative's antecedent; a place names its state, the usual antecedent here."""
    k = hit.head - 1
    verb = ctx.norms[hit.head]
    lemma = hit.spec.lemma.split()[0] if hit.spec.lemma else ""
    if k < 1 or ctx.norms[k] not in _RELATIVE or not _object_suffix(verb, lemma):
        return None
    end = k - 1 if ctx.norms[k - 1] in ("،", ",") else k
    own = (subj.code or "")[:3] if subj is not None else ""
    for a in ctx.actors:
        if a.te != end or not a.code or a.same(subj) or a.origin >= 0:
            continue
        # منتدى التعاون الصيني الذي تستضيفه بكين: a state acts on its own thing, not on itself
        return None if a.code == own else a
    return None


def _takes_up_object(ctx: SentCtx, hit: Hit) -> bool:
    """متهمة إياهم، محملا إياها: a detached pronoun right after a participle takes up
    someone named before it."""
    return hit.end < len(ctx.norms) and ctx.norms[hit.end] in _DETACHED_OBJECTS


# normalised إياه، إياها، إياهم، إياهما، إياهن
_DETACHED_OBJECTS = frozenset({"اياه", "اياها", "اياهم", "اياهما", "اياهن"})


def _clause_object(ctx: SentCtx, hit: Hit, subj: Actor | None) -> Actor | None:
    """The last side named before a participle that is not its subject: whom the main
    clause acted on (فرضت عقوبات على الحرس الثوري، متهمة إياه بالتهريب)."""
    here = subj is not None and subj.ts >= 0 and any(a is subj for a in ctx.actors)
    start = subj.te if here and subj is not None else 0
    found = None
    for a in ctx.actors:
        if a.te > hit.start or a.ts < start or not a.code or a.place or a.same(subj):
            continue
        found = a
    return found


def _verbal_roles(
    ctx: SentCtx, hit: Hit, left: int, right: int, frame: Frame | None, state: DocState
) -> Roles:
    preps = _target_preps(ctx)
    if _passive_by_number(ctx, hit) or _vowelled_passive(ctx, hit):
        tgt = object_after(ctx.actors, ctx.norms, hit.end, right, None, preps)
        return Roles([], [tgt] if tgt else [], "passive")
    sufferer = _passive_by_gap(ctx, hit, left)
    if sufferer is not None:
        victims = coordinated(ctx.actors, sufferer)
        return Roles(agent_after(ctx.actors, hit.end, right), victims, "passive")
    if _done_to(hit):
        # تم اعتقال الصحفي الألماني من قبل الشرطة التركية: the act noun's genitive is
        # the one it befell, and only a من قبل / على يد phrase names who did it
        tgt = object_after(ctx.actors, ctx.norms, hit.end, right, None, preps)
        return Roles(agent_after(ctx.actors, hit.end, right), [tgt] if tgt else [], "passive")
    subj, how = _subject(ctx, hit, left, right, frame, state)
    named = agent_after(ctx.actors, hit.end, right)
    far = how == "svo" and subj is not None and subj.te != hit.head
    if named and (how in ("speaker", "dropped", "relative", "none") or far):
        subj, how = named[0], "agent"  # استنكرت ... من قبل X: the named doer, not a guess
    if subj is not None and how == "vso":
        if _qualifies_object(hit, subj):
            return _object_nationality(ctx, hit, subj, right)
        carried = _vso_object(ctx, hit, subj)
        if carried is not None:
            return carried
    sources = coordinated(ctx.actors, subj) if subj is not None else []
    sources = _members(ctx, sources) or sources
    after = max(hit.end, sources[-1].te) if how == "vso" and sources else hit.end
    if how == "vso" and sources:
        after = _past_apposition(ctx, sources[-1], after)
    between = _between(ctx, hit, right) if hit.spec.type in _TWO_SIDED else None
    if between is not None:
        return between
    foreign = hit.spec.type in _INTERNATIONAL
    tgt = object_after(ctx.actors, ctx.norms, after, right, subj, preps, foreign)
    if hit.spec.pos == "participle" and _takes_up_object(ctx, hit):
        tgt = _clause_object(ctx, hit, subj) or tgt
    if tgt is not None and _asks_own_envoy(ctx, hit):
        tgt = None  # طلب من مندوبنا التوجه إلى مجلس الأمن: where the envoy goes, not who is asked
    if tgt is None and hit.spec.type == "ASSAULT":
        tgt = _owned_object(ctx, after, right, subj)
    if how == "vso" and subj is not None and _object_pronoun(ctx, hit.end, subj.ts):
        tgt = None  # نددت به إسرائيل: the object was named before; _other_side reads it
    if how == "vso" and tgt is None:
        tgt = _relative_object(ctx, hit, subj)
    if hit.inverse:
        # تعرض X للخطف على أيدي مسلحين: a named doer is the agent, not who suffered
        subj = None if how == "agent" else subj
        subj = subj or _inverse_victim(ctx, hit, right)
        agent = object_after(
            ctx.actors, ctx.norms, hit.end, right, subj, frozenset({"من"}), agents=True
        )
        agent = agent if agent is not None and agent.prep == "من" else None
        agent = agent or _noun_nationality(ctx, hit)
        agents = coordinated(ctx.actors, agent) if agent is not None else []
        if subj is not None and any(subj.same(a) for a in agents):
            subj = None  # من قبل الطيران العراقي والتحالف الدولي: both did it
        return Roles(agents, [subj] if subj else [], how)
    if hit.light is not None and hit.light.lemma == "تبادل" and len(sources) > 1:
        return Roles(sources[:1], sources[1:], how, mutual=True)  # تتبادلان طرد الدبلوماسيين
    # مع X، or a co-subject joined by و (اتفق بوتين ونظيره الفرنسي ماكرون): both sides act
    joined = tgt is not None and tgt.conj and hit.spec.type in _SYMMETRIC
    roles = Roles(sources, [], how, mutual=tgt is not None and (tgt.prep == "مع" or joined))
    if tgt is None and len(sources) > 1 and hit.spec.type in _SYMMETRIC:
        return Roles(sources[:1], sources[1:], how, mutual=True)  # بريطانيا وفرنسا اتفقتا
    if tgt is not None and _partners(ctx, hit, tgt, after):
        roles.sources = sources + coordinated(ctx.actors, tgt)  # نفته مع حليفتيها موسكو وطهران
        roles.mutual = False
        return roles
    if tgt is not None and tgt.prep == "مع" and hit.spec.type in _WITH_PARTNERS:
        return roles  # متهمة بالتعامل مع كوريا: مع past the charge is no charge's target
    if tgt is not None:
        roles.targets = coordinated(ctx.actors, tgt)
    return roles


MEMBERS_GAP = 3  # words (عدة، على) between a group and the head of its named members


def _members(ctx: SentCtx, sources: list[Actor]) -> list[Actor]:
    """(دول أوروبية عدة في مقدمتها ألمانيا وإيطاليا تطالب): the members a group names
    after على رأسها / في مقدمتها act for it; the group itself is coded by them."""
    if not sources:
        return []
    group = sources[-1]
    for a in ctx.actors:
        if a.ts >= group.te and a.prep == "راس" and a.ts - group.te <= MEMBERS_GAP:
            return coordinated(ctx.actors, a)
    return []


def _led(ctx: SentCtx, a: Actor) -> bool:
    """A group whose members are named right after it (``_members``)."""
    return bool(_members(ctx, [a]))


def _charged(ctx: SentCtx, hit: Hit, subj: Actor) -> bool:
    """واتُهمت دمشق باستخدام سلاح كيميائي: اتهم with one actor and the charge (ب) right
    after it is passive (unvowelled, اتهمت X بـ); the active verb names the accused
    between them (اتهمت دمشق واشنطن بـ)."""
    if hit.spec.mode != "accuse" or hit.spec.pos != "verb" or hit.light is not None:
        return False
    end = coordinated(ctx.actors, subj)[-1].te
    nxt = ctx.norms[end] if end < len(ctx.norms) else ""
    return len(nxt) > 3 and nxt[0] == "ب" and not any(a.ts == end for a in ctx.actors)


MAIN_SUBJECT_AT = 3  # tokens from a sentence's start to its opening verb's subject


def _main_subject(ctx: SentCtx) -> Actor | None:
    """The subject of the verb that opens the sentence (وشكرت الناشطة السعودية ...): its
    first actor, a few words in, after no preposition."""
    first = next((a for a in ctx.actors if not a.place), None)
    if first is None or first.ts > MAIN_SUBJECT_AT or first.prep is not None or not first.code:
        return None
    return None if _medium(first) else first


def _appeal_continues(ctx: SentCtx, hit: Hit, subj: Actor) -> Actor | None:
    """ورحبت فرنسا بالاتفاق، ودعت إيران إلى الالتزام به: a و-joined appeal verb, no
    complementizer since the sentence's opening subject, with one actor (or list) and
    then إلى + no actor, continues that subject (returned); the actor after it is the
    one appealed to."""
    if hit.spec.type != "REQUEST" or hit.spec.pos != "verb" or hit.light is not None:
        return None
    main = _main_subject(ctx)
    if not hit.prefix.startswith("و") or main is None or main.te > hit.head or main.same(subj):
        return None
    comps = ctx.cues.words.get("complementizers", frozenset())
    if any(ctx.norms[k] in comps for k in range(main.te, hit.head)):
        return None  # قال X إن ...، ودعت Y: a clause of its own, Y may be its subject
    end = coordinated(ctx.actors, subj)[-1].te
    if end >= len(ctx.norms) or ctx.norms[end] != "الي":
        return None
    return None if any(a.ts == end + 1 for a in ctx.actors) else main


def _vso_object(ctx: SentCtx, hit: Hit, subj: Actor) -> Roles | None:
    """The actor right after a verb that is its object, not its subject: the accused of
    a charge, or the one appealed to (``_appeal_continues``); the source is the subject
    carried over from an earlier verb."""
    if _charged(ctx, hit, subj):
        # أدانت كوريا الشمالية ... واتهمت واشنطن بـ: a و-joined verb keeps the first
        # verb's subject, and the one actor after it is the accused
        shared = ctx.subject if _shares_subject(ctx, hit) else None
        sources = [shared] if shared is not None and not shared.same(subj) else []
        return Roles(sources, coordinated(ctx.actors, subj), "dropped" if sources else "passive")
    main = _appeal_continues(ctx, hit, subj)
    return None if main is None else Roles([main], coordinated(ctx.actors, subj), "dropped")


VICTIM_REACH = 2  # words (a count, the victim noun, its ل) before the victim's nationality


def _inverse_victim(ctx: SentCtx, hit: Hit, right: int) -> Actor | None:
    """أصيب جنديان تركيان، تعرضت دورية للجيش الفرنسي لهجوم: the subject of a verb that
    suffers is the victim; a nationality (or an owner after ل) qualifying the noun right
    after the verb stands for it."""
    after = hit.head + 1 if hit.light is not None else hit.end  # تعرضت X لهجوم: X inside
    for a in ctx.actors:
        if a.agent:
            break  # تعرضت X لقصف من قبل Y وZ: the victim comes before the agent phrase
        if a.ts < after or a.place:
            continue
        if hit.light is not None and a.ts >= hit.end and after == hit.start:
            break  # تتعرض لهجمات الطائرات الإسرائيلية: the act noun's genitive did it
        near = words_between(ctx.norms, after, a.ts, set()) <= VICTIM_REACH
        owned = a.prep is None or (a.prep == "ل" and a.etype == "ADJ") or _member_in(ctx, a)
        if near and owned and a.ts < right and a.code:
            return a
        break
    return _possessor_victim(ctx, hit, after)


# a member or officer of a body (قيادي في حركة حماس، ضابط في الجيش), normalised here:
# written with their hamza (مسؤول، قائد) they had never matched a token's norm (مسءول)
_MEMBER_NOUNS = frozenset(
    map(
        normalize,
        {"قيادي", "عضو", "مسؤول", "ضابط", "عنصر", "مقاتل", "ناشط", "قائد", "زعيم", "موظف"}
        # a faction or wing of a body (فصيل في الحشد الشعبي، جناح في الحزب) acts for it too
        | {"فصيل", "فصائل", "جناح"}
        # and their plurals (مقاتلون من حزب الله، عناصر في الشرطة، قادة في الحركة)
        | {"قياديون", "قياديين", "اعضاء", "مسؤولون", "مسؤولين", "ضباط", "عناصر", "مقاتلون"}
        | {"مقاتلين", "ناشطون", "ناشطين", "قادة", "زعماء", "موظفون", "موظفين"},
    )
)


def _member_in(ctx: SentCtx, a: Actor) -> bool:
    """تعرض قيادي في حركة حماس للخطف: a member noun then في/من and a coded body: the
    member stands for that body."""
    if a.prep not in ("في", "من") or a.ts < 2 or not a.code:
        return False
    noun = ctx.norms[a.ts - 2]
    return noun in _MEMBER_NOUNS or (noun.startswith("ال") and noun[2:] in _MEMBER_NOUNS)


def _possessor_victim(ctx: SentCtx, hit: Hit, after: int) -> Actor | None:
    """أصيب سفير بولندا عندما تعرضت قافلته لهجوم: a suffering subject with a possessive
    pronoun (قافلته، منزله، موكبها) is its owner's: the nearest coded side named before
    the verb (not a place, not after a preposition)."""
    if hit.light is None or after >= len(ctx.norms) or after >= hit.start:
        return None
    if not ctx.norms[after].endswith(_OWN_SUFFIXES) or len(ctx.norms[after]) < 5:
        return None
    before = [a for a in ctx.actors if a.te <= hit.head and a.code and not a.place]
    before = [a for a in before if a.prep is None and a.etype != "PRON"]
    return before[-1] if before else None


_ADVERBS = frozenset(
    map(normalize, {"أيضا", "حاليا", "مجددا", "سابقا", "لاحقا", "مؤخرا", "جدا", "فورا"})
)


def _owned_object(ctx: SentCtx, after: int, right: int, subj: Actor | None) -> Actor | None:
    """استهدف هجوم انتحاري بسيارة مفخخة، أمس، موكبا لسفارة الولايات المتحدة: an object
    in the indefinite accusative (موكبا، دورية) owned by an actor after ل is that actor's,
    however long the subject before it."""
    for a in ctx.actors:
        if a.ts < after + 2 or a.ts >= right or a.place or a.same(subj) or not a.code:
            continue
        owner = ctx.norms[a.ts - 1]
        obj = ctx.norms[a.ts - 2]
        glued = owner[:1] == "ل" and not owner.startswith(("ال", "لل")) and len(owner) > 3
        accusative = obj.endswith("ا") and not obj.startswith("ال") and len(obj) > 3
        if (glued or a.prep == "ل") and accusative and obj not in _ADVERBS:
            return a
    return None


APPOSITION_GAP = 1  # words (a nationality adjective) between a titled subject and its name


def _past_apposition(ctx: SentCtx, subj: Actor, after: int) -> int:
    """أمهلت رئيسة الحكومة البريطانية تيريزا ماي موسكو: a person's name right after a
    titled subject of the same side is that subject named, not the verb's object."""
    if subj.etype == "PER":
        return after
    for a in ctx.actors:
        near = after <= a.ts <= after + APPOSITION_GAP and not _breaks(ctx, after, a.ts)
        if near and a.etype == "PER" and a.prep is None and not a.conj:
            return a.te if a.code is not None and a.code == subj.code else after
    return after


PARTNER_GAP = 3  # words between a verb (or its subject) and مع naming its partners


def _partners(ctx: SentCtx, hit: Hit, tgt: Actor, after: int) -> bool:
    """نفته بالمطلق مع حليفتيها موسكو وطهران: مع right after the verb and its subject
    names partners in a refusal or charge; after an object noun it belongs to that noun
    (متهمة بالتعامل مع كوريا، ألغى لقاء مع قناة)."""
    if tgt.prep != "مع" or hit.spec.type not in _WITH_PARTNERS:
        return False
    if tgt.ts - after > PARTNER_GAP or hit.spec.pos != "verb":
        return False
    with_at = next((k for k in range(after, tgt.ts) if ctx.norms[k] in ("مع", "ومع")), tgt.ts)
    words = ctx.norms[after:with_at]  # only adverbs between (بالمطلق، أيضا), no object noun
    return all(w in _ADVERBS or w in _MANNER or not w.isalpha() for w in words)


# manner phrases between a verb and مع (رفضت بشدة مع حليفتها), normalised
_MANNER = frozenset({"بشده", "بقوه", "بالمطلق", "بحزم", "بدوره", "بدورها", "بدورهم", "كذلك"})


def _qualifies_object(hit: Hit, subj: Actor) -> bool:
    """طرد دبلوماسيين روسيين: a nationality adjective right after the verb's needed object
    noun (a number word may sit between) is the object's nationality, not the subject."""
    if hit.needed is None or subj.etype != "ADJ":
        return False
    return 0 <= subj.ts - hit.needed[1] <= 1


def _object_nationality(ctx: SentCtx, hit: Hit, obj: Actor, right: int) -> Roles:
    """The object is ``obj``'s state. An expulsion's من-phrase names the expelling states
    (طرد دبلوماسيين روس من كل من إسبانيا وهولندا); otherwise the agent is unstated."""
    sources: list[Actor] = []
    if hit.spec.mode == "expel":
        first = next(
            (a for a in ctx.actors if obj.te <= a.ts < right and _from(ctx, a) and a.code), None
        )
        sources = coordinated(ctx.actors, first) if first is not None else []
    return Roles(sources, [obj], "passive")


def _from(ctx: SentCtx, a: Actor) -> bool:
    """After من, or after كل من (from each of)."""
    each = a.ts >= 2 and ctx.norms[a.ts - 1] == "من" and ctx.norms[a.ts - 2] == "كل"
    return a.prep == "من" or each


_PEOPLE = frozenset({"جنود", "الجنود", "عناصر", "العناصر", "مقاتلي", "مقاتلو", "مقاتلين"})
_AGENT_HEADS = ("institutions_MIL", "institutions_COP", "institutions_GOV", "institutions_JUD")


def _agent_head(ctx: SentCtx, adj: Actor) -> bool:
    """The nationality adjective qualifies a body that acts (اعتقال الشرطة التركية، قصف
    الطائرات الروسية), not a person or group that suffers (مقتل جنود إماراتيين)."""
    if adj.ts == 0 or ctx.norms[adj.ts - 1] in _PEOPLE:
        return False  # جنود، عناصر: people are killed and held as often as they act
    classes = ctx.classes[adj.ts - 1]
    return "agent_means" in classes or any(c in classes for c in _AGENT_HEADS)


def _between(ctx: SentCtx, hit: Hit, right: int) -> Roles | None:
    """بين تركيا والولايات المتحدة: the two sides of a meeting, agreement or clash. The
    second side may open with its own head noun (بين الجيش السوري وفصائل المعارضة); in a
    clash whose second side has no code (وأبناء العشائر) the named side is the source,
    and the place codes the other by convention."""
    right = _relative_between(ctx, right)
    for a in ctx.actors:
        if a.ts >= hit.end and a.ts < right and a.prep == "بين":
            pair = coordinated(ctx.actors, a)
            if len(pair) > 1:
                return Roles([pair[0]], [pair[1]], "between", mutual=True)
            found, other = _second_side(ctx, a, right)
            if other is not None and other.code and not other.same(a):
                return Roles([a], [other], "between", mutual=True)
            if found and hit.spec.type == "ASSAULT" and a.code and other is None:
                return Roles([a], [], "between")
    return None


_WHICH = frozenset({"التي", "الذي"})


def _relative_between(ctx: SentCtx, right: int) -> int:
    """المباحثات التي جرت بين X وY، الاشتباكات التي دارت بين: a relative clause of one
    verb whose بين-phrase names the act's sides; it reaches to that clause's end."""
    n = len(ctx.norms)
    if right + 2 >= n or ctx.norms[right] not in _WHICH or ctx.norms[right + 2] != "بين":
        return right
    for k in range(right + 3, n):
        if ctx.norms[k] in _STOPS or "clause_breaks" in ctx.classes[k]:
            return k
    return n


BETWEEN_REACH = 3  # words from a بين-side to the و that opens the other side
SIDE_HEAD = 2  # words from that و to the other side's name (وفصائل المعارضة)


def _second_side(ctx: SentCtx, a: Actor, right: int) -> tuple[bool, Actor | None]:
    """The و-word soon after a بين-side (whether there is one) and the actor it opens."""
    for k in range(a.te, min(right, a.te + BETWEEN_REACH)):
        w = ctx.norms[k]
        if w == "و" or (w[:1] == "و" and len(w) > 3):
            near = [b for b in ctx.actors if k <= b.ts <= k + SIDE_HEAD and b.ts < right]
            return True, near[0] if near and not near[0].place else None
        if ctx.kinds[k] != "word" or w in ("في", "من", "علي"):
            break  # a clause or a place phrase ends the first side
    return False, None


# Acts whose agent a ل-phrase can name (غارات للتحالف); for others ل marks the goal
# (زيارة للهند، دعوة لواشنطن).
_OWNED = frozenset({"ASSAULT", "MOBILIZE"})


# normalised words that open with ل and are no ل + noun (لدى، لكن، لأن، له ...)
_LAM_WORDS = frozenset(
    {"لدي", "لكن", "لكنه", "لكنها", "لان", "لانه", "لانها", "لقد", "ليس", "ليست", "لم", "لن"}
    | {"لا", "له", "لها", "لهم", "لهما", "لنا", "لي", "لك", "لذلك", "لذا", "لما", "لمده", "ليل"}
    | {"ليله", "لاحقا", "للغايه", "لصالح", "لصالحه", "لصالحها"}
)


def _lam_object_after(ctx: SentCtx, gen: Actor) -> bool:
    """A ل + noun right after an act noun's genitive (استهداف التحالف لمستودعات، اعتقال
    الشرطة للصحفي): Arabic marks the verbal noun's object so when its agent is the
    genitive. Not a place genitive, nor one ل already governs (للتحالف)."""
    k = gen.te
    if gen.place or gen.prep is not None or k >= len(ctx.norms) or ctx.kinds[k] != "word":
        return False
    w = ctx.norms[k]
    return w[:1] == "ل" and len(w) > 3 and w not in _LAM_WORDS and not w.startswith("لد")


def _owner_lam(ctx: SentCtx, a: Actor) -> bool:
    """ل before an actor (للتحالف) or glued to the indefinite noun it qualifies
    (لمقاتلات التحالف، لقوات النظام), with no later ل-phrase taking the role."""
    if a.prep is None and a.ts > 0:
        w = ctx.norms[a.ts - 1]
        w = w[1:] if w[:1] in "وف" and len(w) > 5 else w
        glued = len(w) >= 5 and w[0] == "ل" and not w.startswith(("ال", "لل"))
        if not glued or a.etype not in ("ORG", "ADJ"):
            return False
    elif a.prep != "ل":
        return False
    return not _has_later_lam(ctx, a)


# "in response to, in protest at, because of, over": the act after them is what the
# clause's subject answered, someone else's doing (normalised)
_REASONS = frozenset({"ردا", "رد", "احتجاجا", "بسبب", "جراء", "خلفيه", "تنديدا"})


def _reason_for(ctx: SentCtx, hit: Hit) -> bool:
    """ردا على قمع المعارضين، احتجاجا على اعتقال صحفي: a verbal noun that gives the
    reason for the clause's act is not that clause subject's act."""
    k = hit.start - 1
    if k >= 0 and ctx.norms[k] in ("علي", "ب"):
        k -= 1
    if k < 0:
        return False
    w = ctx.norms[k]
    return w in _REASONS or (w[:1] in "وب" and w[1:] in _REASONS) or w in ("لسبب",)


# normalised nouns an act noun may be the genitive of, naming who suffered or did it or
# when it is remembered (ضحايا هجوم، منفذي الهجوم، ذكرى الهجوم): the act is not the act of
# the clause's subject (حضر الوزير تأبين ضحايا هجوم لندن; اعتقلت الشرطة منفذي الهجوم)
_ACT_HOLDERS = frozenset(
    {"ضحايا", "ضحيه", "منفذ", "منفذي", "منفذو", "مرتكب", "مرتكبي", "مرتكبو", "ذكري", "الذكري"}
    | {"حصيله"}
)


def _act_of_others(ctx: SentCtx, hit: Hit) -> bool:
    """The act noun is the genitive of an ``_ACT_HOLDERS`` noun (و/ل/ب glued to it); after
    a light verb, the noun that ends the trigger (أعلنت الوزارة أن حصيلة الهجوم بلغت)."""
    if hit.light is not None:
        k = hit.end - 2 - len(hit.spec.rest)
        if k <= hit.head:
            return False
    elif hit.prefix:
        return False
    else:
        k = hit.start - 1
    if k < 0:
        return False
    w = ctx.norms[k]
    return w in _ACT_HOLDERS or (w[:1] in "ولب" and w[1:] in _ACT_HOLDERS)


def _possessed(hit: Hit) -> bool:
    """لقائه الرئيس، زيارتها لندن: a possessive pronoun is the agent, so the noun's next
    actor is its object."""
    stem = hit.form[2:] if hit.form.startswith("ال") else hit.form
    lemma = hit.spec.lemma.split()[0]
    base = lemma[:-1] + "ت" if lemma.endswith("ة") else lemma
    return stem != lemma and stem.startswith(base) and stem[len(base) :] in ("ه", "ها", "هم")


def _titles_only(ctx: SentCtx, start: int, end: int) -> bool:
    return 0 < end - start <= 4 and gap_ok(ctx.norms, start, end, set(), ctx.cues)


def _possessor(ctx: SentCtx, obj: Actor) -> Actor | None:
    """خلال لقائه الرئيس الأمريكي، أكد أمير قطر: the possessive pronoun of a meeting or
    visit is the sentence's subject (or its reporting verb's speaker)."""
    subj = ctx.subject or _fronted_for(ctx, obj)
    if subj is None or not subj.code or subj.same(obj):
        return None
    return subj


def _sole_antecedent(ctx: SentCtx, hit: Hit, obj: Actor) -> Actor | None:
    """زيارته لواشنطن: the possessive pronoun of a visit or meeting noun points back to
    the one coded side named before it in the sentence; with two or more before it
    (اتصال الرئيس الفرنسي بنظيره الروسي ... زيارته) the reading is left open."""
    before = [a for a in ctx.actors if a.te <= hit.start and a.code and not a.place]
    if len(before) != 1 or before[0].same(obj) or before[0].etype == "PRON":
        return None
    return before[0]


def _fronted_for(ctx: SentCtx, obj: Actor) -> Actor | None:
    """خلال لقائه X، أكد أمير قطر ...: a fronted phrase's pronoun points ahead to the
    subject of the main verb after the phrase's comma (the verb, then a title or two)."""
    comma = next((k for k in range(obj.te, len(ctx.norms)) if ctx.norms[k] in ("،", ",")), None)
    if comma is None:
        return None
    for a in ctx.actors:
        if a.ts > comma and a.code and not a.place and a.prep is None:
            return a if a.ts - comma <= 4 else None
    return None


# hostile acts whose doer is the noun's genitive: the subject of the verb governing the
# noun by ل (تصدى لـ، رضخ لـ، تصدت لهجمات) is the one they are aimed at
_FACED = frozenset({"THREATEN", "ASSAULT", "SANCTION", "COERCE"})
FACED_GAP = 3  # words from the facing subject to the noun (طهران ستتصدى بحزم لـ)


def _faced(ctx: SentCtx, hit: Hit, gen: Actor, lsub: Actor | None) -> bool:
    """A hostile verbal noun governed by ل, its doer the genitive, with the clause's
    subject a few words before it: the verb in between (faced, resisted, gave in to)
    takes the act as its object, so the subject is its target, not a partner in it."""
    if hit.spec.type not in _FACED or hit.spec.obj or not hit.prefix.endswith("ل"):
        return False
    if lsub is None or lsub.same(gen) or not lsub.code:
        return False
    return words_between(ctx.norms, lsub.te, hit.start, set()) <= FACED_GAP


WARNED_REACH = 4  # words after "will not allow" the one warned may stand (لن تسمح لـ/بـ)


def _close_sides(hit: Hit, roles: Roles) -> None:
    """لن تسمح إسرائيل لإيران بـ، لن نسمح بتمركز عسكري إيراني: a warning phrased as a
    refusal to allow names the one warned right after the verb, the one warning before
    it; sides read from further away (fallbacks) are left out."""
    roles.sources = [a for a in roles.sources if 0 <= a.te <= hit.head]
    roles.targets = [a for a in roles.targets if hit.end <= a.ts <= hit.end + WARNED_REACH]


def _home(a: Actor, b: Actor) -> bool:
    """Two actors of one state (their codes' country part agrees)."""
    ca, cb = a.code or "", b.code or ""
    return bool(ca and cb) and ca[:3] == cb[:3]


def _has_later_lam(ctx: SentCtx, first: Actor) -> bool:
    """Whether a second ل-actor follows (قصف التحالف لمدينة ... vs غارات للتحالف)."""
    return any(a.ts > first.ts and a.prep == "ل" and a.ts - first.te <= 4 for a in ctx.actors)


def _funded(ctx: SentCtx, hit: Hit, gen: Actor) -> bool:
    """قطع تمويل الوكالة، قطع مساعدات باكستان: a cut of funding or aid written in construct
    (its last word without ال) is a cut to the named genitive, not by it; with the article
    (قطع التمويل الأمريكي) an adjective after it is still the donor."""
    last = ctx.norms[hit.end - 1]
    return (
        hit.spec.mode == "suspend"
        and hit.end - hit.start > 1
        and last in _FUNDS  # not إلغاء زيارة الرئيس: the visit is the genitive's own
        and gen.etype != "ADJ"
    )


_FUNDS = frozenset(map(normalize, {"تمويل", "مساعدات", "مساعدة", "دعم", "معونات"}))


def _nominal_roles(ctx: SentCtx, hit: Hit, left: int, right: int, state: DocState) -> Roles:
    preps = _target_preps(ctx)
    right = _phrase_end(ctx, hit, right)
    owner = _needed_owner(ctx, hit)
    if owner is not None:
        # إغلاق مكتب منظمة التحرير: the owner of the noun's needed object suffers the act
        governed = any(o is not hit and left <= o.end <= hit.start for o in ctx.hits)
        lsub = None if governed else svo_subject(ctx.actors, hit.start, left)
        subjects = coordinated(ctx.actors, lsub) if lsub else []
        return Roles(subjects, coordinated(ctx.actors, owner), "svo" if lsub else "none")
    gen = None
    for a in ctx.actors:
        if a.ts < hit.end or a.place:
            continue
        gap = words_between(ctx.norms, hit.end, a.ts, set())
        if a.prep is None and gap <= (1 if a.etype == "ADJ" else 0):
            gen = a
        elif a.prep is None and a.etype in ("PER", "ADJ") and _titles_only(ctx, hit.end, a.ts):
            gen = a  # زيارة الرئيس الفرنسي ماكرون، قصف سلاح الجو الإسرائيلي: title or unit
        elif a.prep is None and a.etype in ("ADJ", "GPE") and hit.spec.obj:
            # مقتل 15 جنديا تركيا: the victims' nationality, past their count and noun
            gen = a if victim_count(ctx.norms, ctx.kinds, hit.end, a.ts) else None
        elif _owner_lam(ctx, a) and gap <= 2 and hit.spec.type in _OWNED:
            gen = a  # غارات للتحالف، غارات نوعية لمقاتلات التحالف: ل marks the owner
        break
    between = _between(ctx, hit, right) if hit.spec.type in _TWO_SIDED else None
    if between is not None:
        return between
    after = gen.te if gen is not None else hit.end
    pp = object_after(ctx.actors, ctx.norms, after, right, gen, preps)
    pp = pp if pp is not None and pp.prep is not None else None
    governed = any(o is not hit and left <= o.end <= hit.start for o in ctx.hits)
    governed = governed or _reason_for(ctx, hit) or _act_of_others(ctx, hit)
    lsub = None if governed else svo_subject(ctx.actors, hit.start, left)
    if gen is not None and _possessed(hit) and gen.etype != "ADJ":
        lsub = lsub or _possessor(ctx, gen)  # لقائه الرئيس ... بالبيت الأبيض
        return Roles([lsub] if lsub else [], [gen], "svo" if lsub else "none")
    if gen is not None and hit.spec.obj and hit.spec.mode == "blame":
        return _blamed_genitive(ctx, hit, gen, lsub, left)
    if gen is not None and pp is not None:
        return Roles([gen], coordinated(ctx.actors, pp), "genitive")  # مع X ووزيرة Y
    other = _clash_with(ctx, hit, pp, left) if gen is None and pp is not None else None
    if pp is not None and other is not None:
        # قتلوا في مواجهات مع القوات اليمنية: the side named after مع fought the subject
        return Roles(coordinated(ctx.actors, pp), [other], "genitive")
    if gen is not None and _funded(ctx, hit, gen):
        return Roles(
            coordinated(ctx.actors, lsub) if lsub else [], [gen], "svo" if lsub else "none"
        )
    attack = hit.spec.type == "ASSAULT"  # other acts' nouns: their ل is often a purpose
    if gen is not None and hit.spec.obj and attack and _lam_object_after(ctx, gen):
        # استهداف التحالف لمستودعات الأسلحة، اغتيال إسرائيل للقيادي: the genitive did it,
        # the ل-phrase after it suffered it
        obj = next((a for a in ctx.actors if a.ts == gen.te and a.code and not a.place), None)
        return Roles([gen], coordinated(ctx.actors, obj) if obj else [], "genitive")
    if gen is not None and hit.spec.obj and (gen.etype != "ADJ" or not _agent_head(ctx, gen)):
        # اعتقال المعارض، مقتل جنود إماراتيين: the genitive (or its nationality) suffers
        subjects = coordinated(ctx.actors, lsub) if lsub else []
        return Roles(subjects, [gen], "svo" if lsub else "none")
    if gen is not None:
        nxt = object_after(ctx.actors, ctx.norms, gen.te, right, gen, preps)
        if nxt is None and _faced(ctx, hit, gen, lsub):
            # ستتصدى طهران لتهديدات واشنطن: who faces or yields to X's act suffers it
            return Roles([gen], coordinated(ctx.actors, lsub) if lsub else [], "genitive")
        if nxt is not None and hit.spec.weak and hit.light is None and _home(gen, nxt):
            nxt = None  # تهديد واشنطن بإعادة العقوبات الأمريكية: its own state is no target
        return Roles([gen], coordinated(ctx.actors, nxt) if nxt else [], "genitive")
    if pp is None and lsub is not None:
        pp = _fronted_object(ctx, lsub, hit, preps)  # وصل ماكرون إلى واشنطن في زيارة
    if lsub is None and pp is not None and _possessed(hit):
        lsub = _sole_antecedent(ctx, hit, pp)  # انتقد بومبيو ... رحلته لكوريا الشمالية
    # رؤساء إيران وروسيا في ضيافة الرئيس التركي: a subject list before the noun acts as one
    subjects = coordinated(ctx.actors, lsub) if lsub else []
    return Roles(subjects, [pp] if pp else [], "svo" if lsub else "none")


def _blamed_genitive(ctx: SentCtx, hit: Hit, gen: Actor, lsub: Actor | None, left: int) -> Roles:
    """تحميل إسرائيل المسؤولية عن قتل المدنيين: the genitive is held responsible, the
    actor after عن is what it is blamed for; the blamer is the clause's subject, or the
    doer of the act that governs the noun (دعا البرلمان إلى تحميل، رفض تحميل)."""
    if lsub is not None:
        return Roles(coordinated(ctx.actors, lsub), [gen], "svo")
    governing = [o for o in ctx.hits if o is not hit and left <= o.end <= hit.start]
    doers = ctx.acted.get(governing[-1].start, []) if governing else []
    return Roles([*doers], [gen], "svo" if doers else "none")


# acts done to a thing someone owns (إغلاق مكتب، حجب مواقع): its owner suffers them
_CLOSES = frozenset({"SANCTION", "COERCE"})


def _needed_owner(ctx: SentCtx, hit: Hit) -> Actor | None:
    """إغلاق مكتب منظمة التحرير، إغلاق مكتب قناة الجزيرة: a verbal noun whose needed
    object follows it at once, and an actor inside that object or right after it with
    no preposition (the object's owner): that actor, which the act befalls."""
    if hit.spec.pos != "noun" or hit.needed is None or hit.needed[0] != hit.end:
        return None
    if not hit.spec.obj and hit.spec.type not in _CLOSES:
        return None  # تقدم القوات التركية: a needed word can be the doer, not the object
    for a in ctx.actors:
        if a.ts < hit.end or a.place or a.prep is not None:
            continue
        return a if a.ts <= hit.needed[1] and a.code else None
    return None


def _clash_with(ctx: SentCtx, hit: Hit, side: Actor, left: int) -> Actor | None:
    """مواجهات مع X، اشتباكات مع X: a clash noun whose one side follows مع; the other
    (returned) is the clause's subject, of another body than X, or else the side the
    clause's first actor names (لقي 40 مسلحا من الحوثيين مصرعهم في مواجهات مع ...)."""
    if hit.spec.mode != "clash" or side.prep != "مع":
        return None
    subj = ctx.subject if ctx.subject is not None else _clause_side(ctx, hit, left)
    if subj is None or not subj.code or subj.same(side) or subj.code == side.code:
        return None
    return subj


def _clause_side(ctx: SentCtx, hit: Hit, left: int) -> Actor | None:
    """The first actor of the clause before the clash noun: its subject, or the body
    its victims are counted from (43 عنصرا من ميليشيات ...). A side that carried out
    another act of the sentence (غارات للتحالف ومواجهات مع ...) is not it."""
    acted = [a for sides in ctx.acted.values() for a in sides]
    for a in ctx.actors:
        if a.ts < left or a.te > hit.start or a.place or a.prep not in (None, "من"):
            continue
        return None if any(a.same(b) for b in acted) else a
    return None


def _fronted_object(ctx: SentCtx, subj: Actor, hit: Hit, preps: frozenset[str]) -> Actor | None:
    """وصل ماكرون إلى واشنطن في زيارة: a target phrase between a noun's subject and the
    noun itself is the noun's object when none follows it."""
    for a in ctx.actors:
        if subj.te <= a.ts and a.te <= hit.start and a.prep in preps and a.code:
            return a
    return None


def _phrase_end(ctx: SentCtx, hit: Hit, right: int) -> int:
    """في اجتماع الجامعة العربية، مفوض الأونروا ...: a noun's sides are named in its own
    phrase, which a comma closes."""
    for k in range(hit.end, right):
        if ctx.norms[k] in ("،", ","):
            return k
    return right


def _roles(
    ctx: SentCtx, hit: Hit, left: int, right: int, frame: Frame | None, state: DocState
) -> Roles:
    if hit.verbal:
        return _verbal_roles(ctx, hit, left, right, frame, state)
    return _nominal_roles(ctx, hit, left, right, state)


def _border(ctx: SentCtx, a: Actor) -> bool:
    """قرب الحدود التركية: a border names where two states meet, less of a place than
    the province or town the sentence also names."""
    if not 0 < a.ts <= len(ctx.norms):
        return False
    if ctx.norms[a.ts - 1] in _BORDERS:
        return True
    # الحدود الأردنية السورية: the second state of a border pair is the same border
    before = next((b for b in ctx.actors if b.te == a.ts and b.etype == "ADJ"), None)
    return a.etype == "ADJ" and before is not None and _border(ctx, before)


def _place(ctx: SentCtx, roles: Roles, head: int) -> Argument | None:
    """Where the act happened: a coded place first, not a border, the nearest after the
    trigger, else the nearest before it (مظاهرة في لندن ضد الحرب في العراق، تظاهر الطلاب
    في واشنطن: each its own)."""
    used = {id(a) for a in roles.sources + roles.targets}
    places = [a for a in ctx.actors if a.place and id(a) not in used]

    def rank(a: Actor) -> tuple[bool, bool, bool, int]:
        if _border(ctx, a):  # a border pair is read from its first state (_border_states)
            return (a.code is None, True, False, a.ts)
        # a place usually follows its act (تظاهر الطلاب في واشنطن، مظاهرة في لندن)
        return (a.code is None, False, a.ts < head, abs(a.ts - head))

    for a in sorted(places, key=rank):
        arg = a.argument()
        arg.actor = a.code[:3] if a.code else None
        return arg
    return None


NEWS_DAYS = 7  # a day this close before publication is the story's day
LEAD_SENTENCES = 3  # the sentences that name the day of an undated lead


def _news_day(doc: Document, sent: Sentence) -> str | None:
    """The first full date of the sentence that falls in the week before publication: the
    day the story happened, which later undated sentences go on reporting."""
    if not doc.published or not _FULL_DAY.match(doc.published):
        return None
    published = datetime.date.fromisoformat(doc.published)
    for d in doc.dates:
        if d.start < sent.start or d.end > sent.end or not d.value or not _FULL_DAY.match(d.value):
            continue
        if 0 <= (published - datetime.date.fromisoformat(d.value)).days <= NEWS_DAYS:
            return d.value
    return None


def _lead_day(doc: Document) -> str | None:
    """The news day the first sentences name (دعت تركيا ... / وحث الوزير، أمس الأربعاء،
    ...): the day of the story the undated lead before it tells."""
    for sent in doc.sentences[:LEAD_SENTENCES]:
        day = _news_day(doc, sent)
        if day is not None:
            return day
    return None


def _names_event(ctx: SentCtx, hit: Hit, d: DateExpr) -> bool:
    """هجمات 11 سبتمبر: the trigger is the named event's head noun, right before its day
    (only white space between), or the verb opening its relative clause (هجمات 11
    سبتمبر، التي قتل فيها), so the event is that one and the day is its own."""
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    end, start = tokens[hit.end - 1].end, tokens[hit.start].start
    if end <= d.start:
        return not ctx.doc.text[end : d.start].strip()
    between = [
        t.norm for t in tokens if t.start >= d.end and t.end <= start and t.norm not in _COMMAS
    ]
    return d.end <= start and len(between) == 1 and between[0] in _RELATIVE


def _date(ctx: SentCtx, hit: Hit, state: DocState) -> tuple[str | None, str]:
    """The nearest dated expression of the sentence, else the news day an earlier sentence
    named, else the publication date. A named event's day (هجمات 11 سبتمبر) dates only
    that event, read from the head noun right before it (``_names_event``)."""
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    at = tokens[hit.start].start
    best: DateExpr | None = None
    year: DateExpr | None = None
    for d in ctx.doc.dates:
        if d.start < ctx.sent.start or d.end > ctx.sent.end or not d.value:
            continue
        if _YEAR.match(d.value) and not d.historical:
            if _dating_year(ctx.doc, d, at) and (year is None or _nearer(d, year, at)):
                year = d
            continue
        if not _DAY.match(d.value):
            continue
        if d.historical:
            if _names_event(ctx, hit, d):
                return d.value, "text"
            continue
        if best is None or _nearer(d, best, at):
            best = d
    if best is not None:
        return best.value, "text"
    if year is not None:  # فرض في 2015 حظرا: a year right by the trigger dates it
        return year.value, "text"
    if state.day is not None and not _pluperfect(tokens, hit.start):
        return state.day, "text"
    if ctx.doc.published:
        return ctx.doc.published, "published"
    return None, "none"


def _dating_year(doc: Document, d: DateExpr, at: int) -> bool:
    """A year right by the trigger that can date it: before the publication year (the
    publication day is nearer for this year's, and a past act has no later year), and
    not a span's start (منذ عام 2015: it goes on)."""
    if abs(d.start - at) > _YEAR_REACH or doc.text[max(0, d.start - 5) : d.start].strip() == "منذ":
        return False
    return not doc.published or (d.value is not None and d.value < doc.published[:4])


def _nearer(d: DateExpr, other: DateExpr, at: int) -> bool:
    return abs(d.start - at) < abs(other.start - at)


def _pluperfect(tokens: Sequence[Token], end: int) -> bool:
    """كان ... قد before the trigger (وكان مجلس الأمن قد فرض): an act before the story's
    day, which an undated sentence then does not carry on."""
    norms = [t.norm for t in tokens[:end]]
    return "قد" in norms and any(n.lstrip("وف") in _WAS for n in norms[:4])


def _mention(ctx: SentCtx, hit: Hit) -> EventMention:
    tokens = ctx.doc.sentence_tokens(ctx.sent)
    first = min(hit.head, hit.start)
    start, end = tokens[first].start, tokens[hit.end - 1].end
    return EventMention(
        sentence=ctx.sent.index,
        trigger_start=start,
        trigger_end=end,
        trigger=ctx.doc.text[start:end],
        evidence_start=ctx.sent.start,
        evidence_end=ctx.sent.end,
    )


def _confidence(hit: Hit, src: Actor | None, tgt: Actor | None, how: str) -> float:
    score = 0.45 if hit.light is not None else 0.4 if hit.spec.pos == "verb" else 0.3
    score += 0.3 if src is not None else 0.0
    score += 0.2 if tgt is not None else 0.0
    if how in ("dropped", "relative"):
        score -= 0.15  # the agent is unstated: carried over, or the relative's antecedent
    return round(min(0.99, max(0.05, score)), 2)
