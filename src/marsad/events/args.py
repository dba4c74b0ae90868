"""Event arguments: the actors of a sentence and which of them is a trigger's source/target.

Actors are the sentence's linked entities plus nationality adjectives (الطائرات الروسية ->
RUS) and country pronouns (بلاده -> the speaker's state). Arabic news is mostly VSO: the
first actor right after the verb, with no preposition, is its subject; else the nearest
actor before the verb (SVO). The object is the next actor after the subject, plain or
after a target preposition (على، ضد، إلى، مع). A verbal noun's genitive (قصف التحالف
لمدينة) is its agent, or its patient for nouns marked ``obj`` (اعتقال المعارض).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter
from typing import TypeVar

from marsad.doc import Argument, Document, Entity, Mention, Sentence, Token
from marsad.events.lexicon import Cues
from marsad.kb.codes import NON_STATE_PREFIXES

ADJ_SUBJECT_GAP = 1  # a nationality adjective must qualify the word right after the verb
TARGET_WINDOW = 8
_END = attrgetter("end")
_START = attrgetter("start")
OBJECT_GAP = 4  # words a direct object may sit after the verb or subject


@dataclass(slots=True)
class Actor:
    """An actor mention in a sentence (sentence-relative token span)."""

    ts: int
    te: int  # exclusive
    code: str | None
    text: str
    start: int
    end: int
    etype: str  # PER ORG GPE LOC, ADJ for an adjective, PRON for a country pronoun
    entity: str | None = None
    prep: str | None = None  # preposition right before it (على، ل، ب، في ...)
    conj: bool = False  # joined to the actor before it by و
    place: bool = False  # after a place preposition (في دمشق): a place, not a participant
    agent: bool = False  # after من قبل / على يد / من جانب: who did it, never the object
    origin: int = -1  # where fire was launched from: the position of the launch word
    doer: bool = False  # the nationality of the subject of قام (قامت قوات تركية بقصف ...)
    lead: int = 0  # head words between a conjunct's و-word and it (وقوات الجيش اللبناني: 1)
    mission: bool = False  # right after سفارة/قنصلية: whose embassy, not who acts there
    resumes: bool = False  # its و follows a comma closing a relative clause: no list

    def argument(self) -> Argument:
        return Argument(
            actor=self.code, entity=self.entity, text=self.text, start=self.start, end=self.end
        )

    def same(self, other: Actor | None) -> bool:
        if other is None:
            return False
        if self.entity and self.entity == other.entity:
            return True
        return self.ts == other.ts and self.ts >= 0  # read-by-convention sides have no span


@dataclass(slots=True)
class Roles:
    """Chosen arguments of one trigger, and how the source was found."""

    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    how: str = "none"  # vso svo genitive speaker dropped relative none
    mutual: bool = False  # both sides act (X وY اتفقا، بين X وY، X مع Y): code both ways


def token_span(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """Sentence-relative token span covering character offsets ``[start, end)``."""
    # tokens are in text order, so their ends and starts are sorted: binary searches
    # (asked for every mention of every sentence) instead of scans from the start
    first = bisect_right(tokens, start, key=_END)
    if first == len(tokens) or tokens[first].start >= end:
        return None
    return first, bisect_left(tokens, end, lo=first + 1, key=_START)


def mark_context(
    actor: Actor, tokens: list[Token], cues: Cues, stops: frozenset[int] = frozenset()
) -> None:
    """Record the preposition/conjunction before an actor and whether it is a place."""
    tok = tokens[actor.ts]
    # a hashtag's # (قدمت #الصين) is no proclitic
    glued = tok.norm[: max(0, actor.start - tok.start)].replace("#", "")
    if glued:
        actor.conj = glued[0] in "وف"
        letters = glued.lstrip("وف")
        actor.prep = letters[-1] if letters else None
    before = actor.ts - 1
    while before > 0 and tokens[before].norm in _QUOTES:
        before -= 1
    # سفارة الولايات المتحدة، or a KB name that opens with the word (السفارة الإسرائيلية)
    actor.mission = mission_word(tok.norm) or (before >= 0 and mission_word(tokens[before].norm))
    if actor.prep is None and before >= 0:
        prev = tokens[before].norm
        each = prev == "من" and before > 0 and tokens[before - 1].norm == "كل"
        if prev == "من" and _partitive(tokens, before - 1):
            actor.prep = _outer_prep(tokens, before - 2, cues)  # قوة من الشرطة: the body
        elif cues.has("prepositions", prev) and not each:  # كل من مصر والأردن: a subject
            actor.prep = prev[1:] if prev[0] in "وف" and len(prev) > 2 else prev
        elif _place_preposition(prev, cues):
            actor.prep = _place_preposition(prev, cues)  # شمالي الضفة، بشمال ووسط سيناء
        elif prev in _TOWARDS:
            actor.prep = "نحو"  # صواريخ باتجاه إسرائيل: aimed at, as نحو
        elif prev == "و":
            actor.conj = True
        if before > 0 and tokens[before - 1].norm in ("من", "بين") and prev in ("قبل", "جانب"):
            actor.prep = "من"
    if actor.prep is None and not actor.conj and actor.etype in ("ADJ", "PER"):
        for k in range(actor.ts - 1, max(-1, actor.ts - 3), -1):
            if _counterpart(actor, tokens[k].norm) or not _nisba(tokens[k].norm):
                break  # ونظيره الفرنسي إيمانويل ماكرون: over one nationality adjective
    if actor.prep is None and not actor.conj:
        actor.prep = _head_prep(actor, tokens, cues, stops)
    if actor.prep is None and not actor.conj and actor.ts > 0:
        _head_conjunct(actor, tokens, cues)
    if actor.prep == "ل" and glued and actor.ts > 0 and _gap_word(cues, tokens[actor.ts - 1].norm):
        actor.prep = None  # الأمين العام لحزب الله: ل joins a title to its body, as a genitive
        if not actor.conj:  # ومسؤولة الشؤون الخارجية للاتحاد الأوروبي: a title phrase joined by و
            _head_conjunct(actor, tokens, cues)
    if _alongside(actor, tokens):
        actor.prep = "جانب"  # إلى جانب القوات الأمريكية: an ally, never the object
    if _affiliated(actor, tokens, glued):
        actor.prep = "تابع"  # الميليشيات الموالية لإيران: whose side, not a participant
    actor.agent = _after_agent_marker(actor, tokens, cues)
    if actor.agent:
        actor.prep = "من"  # على يد reads as من قبل: an agent, not an على-target
    actor.origin = _launched_from(actor, tokens)
    actor.doer = _does(actor, tokens)
    if actor.prep and actor.prep in cues.words.get("place_prepositions", frozenset()):
        actor.place = actor.etype in ("GPE", "LOC")
    region = actor.etype == "LOC" and not _states_of(actor, tokens)
    actor.place = actor.place or region or _place_head(actor, tokens)
    if actor.origin >= 0 and actor.etype != "LOC":
        actor.place = False  # من الأراضي السورية: where fire came from, not where it fell
    actor.resumes = actor.conj and _closes_relative(actor, tokens)


def _states_of(actor: Actor, tokens: list[Token]) -> bool:
    """``دول الخليج``, ``بلدان المنطقة``: the states of a region act, as states do; a
    region alone (الخليج، أوروبا) is a place."""
    head = tokens[actor.ts].norm
    return head[1:] in _STATE_HEADS if head[:1] in "وف" else head in _STATE_HEADS


_STATE_HEADS = frozenset({"دول", "الدول", "بلدان", "البلدان"})
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
_CLAUSE_COMMAS = frozenset({"،", ","})
RELATIVE_OPEN = 2  # words after a comma a relative pronoun may open its clause at


def _closes_relative(actor: Actor, tokens: list[Token]) -> bool:
    """سوريا، التي تدعمها إيران، وتنظيم داعش: a comma closes the relative clause a comma
    opened, so the و after it joins the phrase before that clause, not the clause's
    subject list."""
    w = actor.ts - actor.lead  # the و-word (glued و) or the actor's own token
    if w > 0 and tokens[w - 1].norm == "و":
        w -= 1
    if w < 1 or tokens[w - 1].norm not in _CLAUSE_COMMAS:
        return False
    k = w - 2
    while k >= 0 and tokens[k].norm not in _CLAUSE_COMMAS:
        k -= 1
    if k < 0:
        return False  # the clause must be opened by a comma of its own
    opening = [t.norm for t in tokens[k + 1 : min(k + 1 + RELATIVE_OPEN, w - 1)]]
    return any(n in _RELATIVES for n in opening)


_QUOTES = frozenset({'"', "«", "»", "“", "”", "'"})


def _head_conjunct(actor: Actor, tokens: list[Token], cues: Cues) -> None:
    """Set whether the actor joins a list through the head noun before it (``conj``, and
    ``lead``: the head words between that و-word and the actor)."""
    head = tokens[actor.ts - 1].norm
    # والقوات الروسية، ووزيرة الخارجية الكورية: the head noun before the actor carries
    # the و, and و + a known head word (not وزير، وفد: و is their first letter) joins
    # a list
    actor.conj = head[:1] == "و" and len(head) > 3 and _gap_word(cues, head[1:])
    actor.conj = actor.conj or (head[:1] == "و" and actor.etype == "ADJ" and people_noun(head[1:]))
    if not actor.conj:
        actor.lead = _conjunct_lead(actor, tokens, cues)
        actor.conj = actor.lead > 0


# head words after a conjunct's و-word (وقوات الجيش اللبناني، وعناصر الشرطة، ومسؤولة
# الشؤون الخارجية للاتحاد الأوروبي)
LEAD_MAX = 3


def _conjunct_lead(actor: Actor, tokens: list[Token], cues: Cues) -> int:
    """بين ميليشيات حزب الله وقوات الجيش اللبناني: the actor closes a head phrase that
    a و + head word opens, over one more head word; how many head words lie between that
    و-word and the actor (0 when none does)."""
    for k in range(actor.ts - 2, max(-1, actor.ts - 2 - LEAD_MAX), -1):
        if not _gap_word(cues, tokens[k + 1].norm):
            return 0  # only head words (قوات، الجيش، عناصر) between
        w = tokens[k].norm
        if w[:1] == "و" and len(w) > 3 and _gap_word(cues, w[1:]):
            return actor.ts - k - 1
    return 0


# Nouns that make the name or nationality after them a place (normalised, without ال):
# منطقة حسن كوي، مدينة درعا، الأراضي السورية، الحدود الأردنية. A place is where an act
# happened, not who did it or suffered it; an attack or arrest there falls on its state
# by convention (coder ``_default_roles``), never on a body of that state.
_PLACE_NOUNS = frozenset(
    {
        "منطقه",
        "مناطق",
        "مدينه",
        "مدن",
        "بلده",
        "بلدات",
        "قريه",
        "قري",
        "حي",
        "مخيم",
        "محافظه",
        "مديريه",
        "ريف",
        "ضاحيه",
        "اراضي",
        "حدود",
        "عمق",
        "اجواء",
        "شوارع",
        "شارع",
        "ساحل",
        "سواحل",
        "مياه",
        "جبهات",
        "جبال",
        "صحراء",
    }
)
# place nouns a place name's mention may open with (مدينة دوما): never an actor's name
_NAME_OPENERS = frozenset({"منطقه", "مدينه", "بلده", "قريه", "حي", "مخيم", "محافظه", "مديريه"})
# adjectives that may sit between a place noun and the nationality (المياه الإقليمية
# الإيرانية، المجال الجوي السوري)
_PLACE_QUALIFIERS = frozenset({"الاقليميه", "الجوي", "الحدوديه", "الشماليه", "الجنوبيه"})


def _place_word(norm: str, nouns: frozenset[str] = _PLACE_NOUNS) -> bool:
    """A place noun with its clitics: مدينة، بمدينة، ومنطقة، الأراضي، للأراضي."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    stems = [w]  # a list, no sets built: asked for each actor
    if w.startswith("لل"):
        stems.append(w[2:])  # للأراضي: ل + ال
    if w[:1] in "بلك" and len(w) > 2:
        stems.append(w[1:])
    return any(x in nouns or (x.startswith("ال") and x[2:] in nouns) for x in stems)


def _place_head(actor: Actor, tokens: list[Token]) -> bool:
    """The actor names a place: a name (coded or not) right after a place noun (مدينة
    درعا، منطقة حسن كوي), or a name that opens with one, or a nationality adjective that
    qualifies one (الأراضي السورية، الحدود الأردنية، المجال الجوي السوري)."""
    if actor.etype not in ("GPE", "ADJ") and not (actor.etype == "PER" and actor.code is None):
        return False
    opens = _place_word(tokens[actor.ts].norm, _NAME_OPENERS)
    if actor.etype != "ADJ" and opens and actor.te - actor.ts > 1:
        return True  # the mention itself opens with the place noun (مدينة دوما)
    k = actor.ts - 1
    if actor.etype == "ADJ":
        while k > 0 and tokens[k].norm in _PLACE_QUALIFIERS:
            k -= 1
    return k >= 0 and _place_word(tokens[k].norm)


# normalised forms: على is folded to علي
_AGENT_MARKERS = frozenset(
    {("من", "قبل"), ("من", "جانب"), ("علي", "يد"), ("علي", "ايدي"), ("على", "يد"), ("على", "ايدي")}
)
# One-word markers of the fire that hit a victim, whose genitive fired it (قتل بنيران
# الجيش، أصيب برصاص الشرطة، بقذائف قوات النظام), or of the hand that did it (قتلوا بيد
# التحالف): normalised, ب glued. Not بقصف، بغارة:
# after an active verb they name the act, and their genitive is its target (ردت بقصف غزة)
_FIRE_MARKERS = frozenset({"برصاص", "بنيران", "بقذاءف", "بقذيفه", "برصاصه", "بيد", "بايدي"})


# Launching and what is launched (normalised; ب/و glued forms listed): a state or place
# after من right behind them is where the fire came from (أطلقت صواريخ من جنوب لبنان)
_LAUNCH_WORDS = frozenset(
    {
        "اطلق",
        "اطلقت",
        "اطلقوا",
        "اطلقا",
        "اطلقتا",
        "اطلقها",
        "يطلق",
        "تطلق",
        "اطلاق",
        "باطلاق",
        "واطلاق",
        "انطلقت",
        "صاروخ",
        "صاروخا",
        "صواريخ",
        "الصواريخ",
        "قذيفه",
        "قذاءف",
        "القذاءف",
        "النار",
        "مسيره",
        "المسيره",
    }
)
_TOWARDS = frozenset({"باتجاه", "اتجاه", "صوب"})  # towards: the aim of fire or a march
ORIGIN_REACH = 3  # words from a launch word to the من of its origin


def _launched_from(actor: Actor, tokens: list[Token]) -> int:
    """Where the launch word is when the actor names where fire was launched from
    (صواريخ أطلقت من قطاع غزة، إطلاق قذائف من الأراضي السورية), else -1. Only a state,
    place or nationality after من, a launch word at most three words before it."""
    if actor.etype not in ("GPE", "ADJ") or actor.prep != "من" or actor.agent:
        return -1
    froms = [k for k in range(max(0, actor.ts - 4), actor.ts) if tokens[k].norm == "من"]
    if not froms:
        return -1
    k = froms[-1]
    launch = [j for j in range(max(0, k - ORIGIN_REACH), k) if tokens[j].norm in _LAUNCH_WORDS]
    return launch[0] if launch else -1


# قام بـ "carried out": its subject is the doer of the verbal noun after ب (قامت قوات
# إسرائيلية باقتحام البلدة، قامت امرأة بلجيكية ... بتفجير نفسها), however far it is
_DO_VERBS = frozenset({"قام", "قامت", "قاموا", "قامتا", "يقوم", "تقوم", "يقومون"})


def _does(actor: Actor, tokens: list[Token]) -> bool:
    """A nationality adjective of the noun right after قام (verb, noun, adjective), or of
    the noun right before it (السلطات التركية قامت بـ: noun, adjective, verb)."""
    if actor.etype != "ADJ" or actor.prep is not None or actor.ts < 1:
        return False
    if actor.te < len(tokens) and tokens[actor.te].norm in _DO_VERBS:
        return tokens[actor.ts - 1].kind == "word"
    if actor.ts < 2:
        return False
    verb = tokens[actor.ts - 2].norm
    verb = verb[1:] if verb[:1] in "وف" and verb[1:] in _DO_VERBS else verb
    return verb in _DO_VERBS and tokens[actor.ts - 1].kind == "word"


# Affiliation words (normalised): the actor after them (with ل or من) tells whose side the
# noun before is on (ميليشيات موالية لإيران، قوات مرتبطة بالجضران، فصائل مدعومة من تركيا)
_AFFILIATION = frozenset(
    {
        "الموالي",
        "المواليه",
        "الموالين",
        "الموالون",
        "موالي",
        "مواليه",
        "موالين",
        "موالون",
        "التابع",
        "التابعه",
        "التابعين",
        "تابع",
        "تابعه",
        "تابعين",
        "المدعوم",
        "المدعومه",
        "المدعومين",
        "مدعوم",
        "مدعومه",
        "مدعومين",
        "المقرب",
        "المقربه",
        "المقربين",
        "مقرب",
        "مقربه",
        "مقربين",
        "المرتبط",
        "المرتبطه",
        "مرتبط",
        "مرتبطه",
    }
)


def _affiliated(actor: Actor, tokens: list[Token], glued: str) -> bool:
    """The actor closes an affiliation phrase: the affiliation word right before it (its
    ل or ب glued: الموالية لإيران) or before a من word (المدعومة من تركيا)."""
    k = actor.ts - 1
    if not glued.lstrip("وف") and k >= 0 and tokens[k].norm == "من":
        k -= 1
    return k >= 0 and tokens[k].norm in _AFFILIATION


def _place_preposition(norm: str, cues: Cues) -> str | None:
    """A place preposition or direction word, also with و/ف or ب glued (ووسط، بشمال):
    its bare form, else None."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    w = w[1:] if w[:1] == "ب" and len(w) > 3 and cues.has("place_prepositions", w[1:]) else w
    return w if cues.has("place_prepositions", w) else None


def _alongside(actor: Actor, tokens: list[Token]) -> bool:
    """The actor heads the phrase after إلى جانب (alongside), an adjective one or two
    words further (إلى جانب القوات الأمريكية)."""
    reach = 3 if actor.etype == "ADJ" else 1
    for k in range(actor.ts - 1, max(0, actor.ts - 1 - reach), -1):
        if k >= 1 and tokens[k].norm == "جانب" and tokens[k - 1].norm in ("الي", "إلى", "الى"):
            return True
    return False


def _after_agent_marker(actor: Actor, tokens: list[Token], cues: Cues) -> bool:
    """The actor heads the phrase after من قبل / على يد (قصف من قبل الطائرات الروسية، قتل
    على يد مسلحين): the doer of a passive verb or verbal noun. An adjective may sit two
    words further (من قبل الطائرات الحربية السورية), a name after its title (من قبل الأمين
    العام للأمم المتحدة)."""
    reach = 3 if actor.etype == "ADJ" else 1
    k = actor.ts - 1
    if k >= 3 and tokens[k].norm == "من" and _partitive(tokens, k - 1):
        # برصاص عناصر من طالبان، من قبل مجموعة من المسلحين: the group's members did it
        marker = (tokens[k - 3].norm, tokens[k - 2].norm)
        if tokens[k - 2].norm in _FIRE_MARKERS or marker in _AGENT_MARKERS:
            return True
    while k >= 1 and reach > 0:
        if tokens[k].kind != "word":
            return False
        if (tokens[k - 1].norm, tokens[k].norm) in _AGENT_MARKERS:
            return True
        if tokens[k - 1].norm == "من" and _weapon_of(tokens, k):
            return True  # بغارات من طائرات التحالف، بقصف من مدفعية الجيش: whose they are did it
        if tokens[k].norm in _FIRE_MARKERS and k == actor.ts - 1:
            return True  # برصاص إسرائيل: the genitive right after the fire fired it
        if tokens[k - 1].norm in _FIRE_MARKERS:
            return True
        titled = _gap_word(cues, tokens[k].norm) or tokens[k].norm in _ARMED_OBLIQUE
        titled = titled and actor.etype != "ADJ"
        reach -= 0 if titled and k > actor.ts - 4 else 1  # over up to three title words
        k -= 1
    return False


# aircraft, guns and ships (normalised): من before them names the fire's source
# (بغارات من طائرات التحالف); not the people words of [agent_means] (عناصر، مقاتلي), which
# after من are a partitive (30 من عناصر الميليشيا: some of them)
_WEAPONS = frozenset(
    {"طاءرات", "طاءره", "مقاتلات", "طيران", "مروحيات", "قاذفات", "مدفعيه", "دبابات", "بوارج"}
    | {"سفن", "زوارق"}
)


def _weapon_of(tokens: list[Token], k: int) -> bool:
    """Word ``k`` is a weapon noun (bare or definite) after a من no count governs."""
    w = tokens[k].norm
    w = w[2:] if w.startswith("ال") else w
    return w in _WEAPONS and not _partitive(tokens, k - 2)


# what is fired (normalised): counted before a nationality they are the fire, not victims
_PROJECTILES = frozenset({"صواريخ", "صاروخا", "صاروخ", "قذاءف", "قذيفه", "غارات", "قنابل"})


def weapon_word(norm: str) -> bool:
    """An indefinite weapon or projectile noun (طائرات، صواريخ، قذائف)."""
    return norm in _WEAPONS or norm in _PROJECTILES


def _nisba(norm: str) -> bool:
    return norm.startswith("ال") and norm.endswith(("ي", "يه"))


def _counterpart(actor: Actor, head: str) -> bool:
    """نظيره الفرنسي (his French counterpart) takes the clitics of نظير: ونظيره joins the
    subject (اتفق بوتين ونظيره الفرنسي), بنظيره/لنظيره mark an object (اتصل بنظيره)."""
    for lead in ("", "و", "ف"):
        rest = head[len(lead) :] if head.startswith(lead) else None
        if rest is None:
            continue
        if rest.startswith("نظير"):
            actor.conj = bool(lead)
            return True
        if rest[:1] in ("ب", "ل") and rest[1:].startswith("نظير"):
            actor.prep = rest[0]
            return True
    return False


def _glued_prep(norm: str) -> str | None:
    """ب/ل glued to a definite word (بالقوات، للتحالف), after an optional و/ف."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if len(w) > 4 and w[0] in "بل" and (w[1:].startswith("ال") or w.startswith("لل")):
        return w[0]
    return None


# Quantity and unit words before a partitive من (قوة من الشرطة، عدد من الجنود، ثلاثة
# من عناصر): the من-phrase names the body the part belongs to, so it is no من-object; the
# phrase takes the preposition before the quantity word, if any (normalised forms).
_PARTITIVE_HEADS = frozenset(
    {
        "قوه",
        "قوات",
        "عدد",
        "عددا",
        "مجموعه",
        "مجموعات",
        "عناصر",
        "عنصرا",
        "افراد",
        "فردا",
        "دوريه",
        "وحده",
        "وحدات",
        "مءات",
        "عشرات",
        "الاف",
        "بعض",
        "احد",
        "احدي",
        "جنود",
        "جنديا",
        "ضباط",
        "مقاتلين",
        "اثنان",
        "اثنين",
        "ثلاثه",
        "اربعه",
        "خمسه",
        "سته",
        "سبعه",
        "ثمانيه",
        "تسعه",
        "عشره",
    }
)


def _partitive(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a quantity or unit word (or a number) that a partitive من follows."""
    if k < 0:
        return False
    w = tokens[k].norm
    w = w[1:] if w[:1] == "و" and w[1:] in _PARTITIVE_HEADS else w
    return tokens[k].kind == "number" or w in _PARTITIVE_HEADS


def _outer_prep(tokens: list[Token], k: int, cues: Cues) -> str | None:
    """The preposition before a quantity word at ``k + 1`` (أفرج عن عدد من ...), as a
    word or glued (بعدد، لعدد)."""
    if k >= 0 and cues.has("prepositions", tokens[k].norm):
        prev = tokens[k].norm
        return prev[1:] if prev[0] in "وف" and len(prev) > 2 else prev
    head = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    head = head[1:] if head[:1] in "وف" and len(head) > 3 else head
    if head[:1] in "بل" and head[1:] in _PARTITIVE_HEADS:
        return head[0]
    return None


# على رأسها، في مقدمتها (normalised): "led by", naming members of the group before
_AT_THE_HEAD = frozenset({"راسها", "راسهم", "مقدمتها", "مقدمتهم"})


def _head_prep(actor: Actor, tokens: list[Token], cues: Cues, stops: frozenset[int]) -> str | None:
    """The preposition of the phrase an actor closes: بين زعيمي الصين، في ريف إدلب، من قبل
    الطائرات الحربية السورية. A name looks back over one head word, an adjective over two."""
    reach = 3 if actor.etype == "ADJ" else 1
    first = actor.ts - 1
    while first >= 0 and tokens[first].norm in _QUOTES:  # تنظيم "داعش": quotes do not count
        first -= 1
    if actor.etype == "PER" and first > 1 and _nisba(tokens[first].norm):
        # ضد المنتج الأمريكي فلان: one nationality word, then the title (not two: وزير
        # الخارجية الروسي فلان keeps its title phrase whole)
        first = first - 1 if not _nisba(tokens[first - 1].norm) else first
    for k in range(first, max(-1, first - reach), -1):
        tok = tokens[k]
        if tok.kind != "word" or tok.norm == "و" or k in stops:
            return None  # a trigger heads its own phrase: انسحاب واشنطن من ...
        if cues.has("complementizers", tok.norm):
            return None  # من أن تنظيم داعش بدأ: أن opens a clause; its actor is a subject
        if tok.norm in _AT_THE_HEAD:
            return "راس"  # دول غربية على رأسها الولايات المتحدة: members named, no target
        glued = _glued_prep(tok.norm)
        if glued is not None:
            return glued
        if k > 1 and tokens[k - 1].norm == "من" and _partitive(tokens, k - 2):
            return _outer_prep(tokens, k - 3, cues)  # عن عدد من المعتقلين الأتراك: عن
        if k > 0 and cues.has("prepositions", tokens[k - 1].norm):
            prev = tokens[k - 1].norm
            if prev == "قبل" and k > 1 and tokens[k - 2].norm == "من":
                return "من"
            if prev == "من" and k > 1 and tokens[k - 2].norm == "كل":
                return None  # رفض كل من الجيش التركي و...: a list of subjects
            return prev[1:] if prev[0] in "وف" and len(prev) > 2 else prev
        if len(tok.norm) > 3 and tok.norm[0] == "و":
            return None  # والقوات الروسية: a conjunct opens its own phrase
    return None


EntityMention = tuple[Entity, Mention]
_T = TypeVar("_T")


def doc_mentions(doc: Document) -> list[EntityMention]:
    """Every entity mention of ``doc`` with its entity, in entity order."""
    return [(ent, m) for ent in doc.entities for m in ent.mentions]


def by_sentence(
    sents: list[Sentence], items: list[_T], span: Callable[[_T], tuple[int, int]]
) -> list[list[_T]]:
    """``items`` grouped by each sentence that holds their character span (its start and
    end within the sentence's), in their order: one pass per document instead of a scan of
    every item for every sentence."""
    starts = [s.start for s in sents]
    ends = [s.end for s in sents]
    if any(b < a for a, b in pairwise(starts)) or any(b < a for a, b in pairwise(ends)):
        # out of order (never from the sentence splitter): the plain test for each sentence
        return [[x for x in items if s.start <= span(x)[0] and span(x)[1] <= s.end] for s in sents]
    out: list[list[_T]] = [[] for _ in sents]
    for x in items:
        a, b = span(x)
        k = bisect_right(starts, a) - 1  # the sentences before it start no later
        while k >= 0 and b <= ends[k]:  # ends are sorted: stop at the first that ends before
            out[k].append(x)
            k -= 1
    return out


def mention_span(item: EntityMention) -> tuple[int, int]:
    return item[1].start, item[1].end


def sentence_actors(
    doc: Document,
    sent: Sentence,
    cues: Cues,
    extra: list[tuple[int, int, str, str | None, str | None, str]],
    stops: frozenset[int] = frozenset(),
    mentions: list[EntityMention] | None = None,
) -> list[Actor]:
    """Actors of ``sent`` from ``doc.entities`` and ``extra`` spans
    ``(start, end, etype, code, entity_id, text)`` (adjectives, KB fallback).
    ``mentions``: the entity mentions inside ``sent`` (``by_sentence``), when the caller
    has grouped them already."""
    tokens = doc.sentence_tokens(sent)
    found: list[Actor] = []
    if mentions is None:
        mentions = by_sentence([sent], doc_mentions(doc), mention_span)[0]
    for ent, m in mentions:
        if ent.type in ("WEAPON", "LAW"):
            continue  # never participants; LOC only ever serves as a place
        span = token_span(tokens, m.start, m.end)
        if span:
            found.append(Actor(*span, ent.actor, m.text, m.start, m.end, ent.type, entity=ent.id))
    for start, end, etype, code, entity, text in extra:
        if start < sent.start or end > sent.end:
            continue
        span = token_span(tokens, start, end)
        if not span:
            continue
        inside = [a for a in found if a.ts < span[1] and span[0] < a.te]
        if not inside:
            found.append(Actor(*span, code, text, start, end, etype, entity=entity))
        elif etype == "ADJ" and code:
            for a in inside:  # الجيش التركي named but left uncoded: its adjective's state
                a.code = a.code or code
    found.sort(key=lambda a: (a.ts, -a.te))
    line = _dateline_end(tokens)
    actors = [a for a in _drop_title_adjectives(found, tokens, cues) if a.ts >= line]
    local_line = _place_line_end(tokens, actors)
    for a in actors:
        # رام الله - اقتحمت ...: a local dateline's place is where it happened, never a side
        a.place = a.place or a.te <= local_line
    for a in actors:
        mark_context(a, tokens, cues, stops)
        while a.etype == "ADJ" and a.te < len(tokens) and cues.has("rank_words", tokens[a.te].norm):
            a.te += 1  # مسؤولة كورية شمالية رفيعة انتقدت: the rank word closes the phrase
    _places_qualified(actors)
    return actors


def _places_qualified(actors: list[Actor]) -> None:
    """A nationality adjective right after a place (محافظة المنيا المصرية، الحدود
    الأردنية السورية) qualifies that place: it is a place too, not a participant."""
    for prev, a in pairwise(actors):
        if a.etype == "ADJ" and prev.place and prev.te == a.ts and prev.etype in ("GPE", "ADJ"):
            a.place = True


DATELINE_MAX = 12  # tokens a dateline (دبي، الإمارات العربية المتحدة (CNN)—) may span
_DASHES = frozenset({"—", "–", "-"})


def _dateline_end(tokens: list[Token]) -> int:
    """End of a dateline opening the sentence (القدس (CNN)—): its places are where the news
    was filed, neither participants nor the event's place. A dash after a parenthesised
    outlet closes it; 0 if none."""
    for k in range(1, min(len(tokens), DATELINE_MAX)):
        if tokens[k].norm in _DASHES:
            return k if tokens[k - 1].norm == ")" else 0
    return 0


def _place_line_end(tokens: list[Token], actors: list[Actor]) -> int:
    """End of a plain dateline (رام الله - , بغداد، العراق - ): place names and commas
    alone before a dash that opens the sentence; 0 if none."""
    places = {i for a in actors if a.etype in ("GPE", "LOC") for i in range(a.ts, a.te)}
    for k in range(1, min(len(tokens), DATELINE_MAX)):
        if tokens[k].norm in _DASHES:
            only_places = all(i in places or tokens[i].kind == "punct" for i in range(k))
            return k if only_places and places else 0
    return 0


def _drop_title_adjectives(found: list[Actor], tokens: list[Token], cues: Cues) -> list[Actor]:
    """An adjective inside or right before a named actor (وزير الدفاع التركي خلوصي أكار)
    is that actor's nationality, not a second participant; not when a preposition parts
    them (السفير الروسي إلى الاتحاد الأوروبي: the Russian envoy to the EU)."""
    out: list[Actor] = []
    for i, a in enumerate(found):
        if out and a.ts < out[-1].te:
            continue  # overlapping: the earlier, longer one stays
        if a.etype == "ADJ" and out and out[-1].etype == "ORG" and out[-1].te == a.ts:
            out[-1].code = out[-1].code or a.code  # ميليشيات الحوثي الإيرانية: one body
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            a.etype == "ADJ"
            and nxt is not None
            and nxt.etype in ("PER", "ORG")
            and nxt.ts - a.te <= 2
            and not _preposition_between(tokens, a.te, nxt, cues)
            and not _other_state_body(a, nxt)
        ):
            if not nxt.code and a.code:
                nxt.code = a.code  # رئيس الوزراء الإسرائيلي، فلان: the title's state
            continue
        out.append(a)
    return out


def _other_state_body(adj: Actor, nxt: Actor) -> bool:
    """انتقد الجيش العراقي حزب الله: a body coded for another state than the adjective's
    is a second participant (the verb's object), not the body the adjective titles."""
    if nxt.etype != "ORG" or not nxt.code or not adj.code:
        return False
    return nxt.code[:3] != adj.code[:3]


def _preposition_between(tokens: list[Token], a: int, nxt: Actor, cues: Cues) -> bool:
    """A preposition word between two spans, or glued to the later one (لدى، إلى، بـ)."""
    if any(cues.has("prepositions", tokens[k].norm) for k in range(a, nxt.ts)):
        return True
    tok = tokens[nxt.ts]
    glued = tok.norm[: max(0, nxt.start - tok.start)].replace("#", "").lstrip("وف")
    return bool(glued)


def words_between(norms: list[str], a: int, b: int, skip: set[int]) -> int:
    """Word tokens in ``[a, b)`` not in ``skip`` (punctuation does not count)."""
    n = 0
    for k in range(a, b):
        if k not in skip:
            w = norms[k]
            # most tokens are words: their first letter settles it without a scan
            if w[:1].isalnum() or any(ch.isalnum() for ch in w):
                n += 1
    return n


def coordinated(actors: list[Actor], first: Actor) -> list[Actor]:
    """``first`` and the actors joined to it by و (الجزائر والمغرب وليبيا). A joined state
    with its own leader named right after it (رئيسا الدولة الأولى فلان والثانية فلان: a
    name after each state) is that leader: the name is in apposition, not the object."""
    out = [first]
    idx = next((i for i, a in enumerate(actors) if a is first), None)
    if idx is None:  # a subject carried over from an earlier sentence
        return out
    rest = actors[idx + 1 :]
    k = 0
    while k < len(rest):
        a = rest[k]
        if not (a.conj and a.ts - a.lead - out[-1].te <= 1 and not a.place and not a.resumes):
            break
        if k + 1 < len(rest) and _leader_after(a, rest[k + 1]):
            k += 1
            a = rest[k]
        out.append(a)
        k += 1
    return out


def _leader_after(state: Actor, p: Actor) -> bool:
    """A person of the same state named right after a state's name (وكوريا الجنوبية مون)."""
    same = bool(state.code and p.code) and state.code[:3] == p.code[:3]  # type: ignore[index]
    return (
        state.etype == "GPE" and p.etype == "PER" and p.ts == state.te and p.prep is None and same
    )


def gap_ok(norms: list[str], a: int, b: int, skip: set[int], cues: Cues) -> bool:
    """Only titles, offices, time words and nisba adjectives between verb and subject
    (قال وزير الدفاع التركي خلوصي أكار); an object noun (علقت مشاركة تركيا) is not."""
    for k in range(a, b):
        w = norms[k]
        if k in skip or not any(ch.isalnum() for ch in w) or _gap_word(cues, w):
            continue
        if (w, norms[k + 1]) == ("كل", "من") or (w == "من" and norms[k - 1] == "كل"):
            continue  # وقعت كل من مصر والأردن
        if w.startswith("ال") and w.endswith(("ي", "يه")):
            continue
        return False
    return True


_GAP_CLASSES = (
    "subject_gap",
    "object_pronouns",
    "institutions_MIL",
    "institutions_COP",
    "agent_means",
)
_GAP_SET = frozenset(_GAP_CLASSES)


# The armed members of a named side, in the nominative construct (مسلحو حماس، متمردو
# التاميل; normalised): the side after them is who acts, like عناصر/مقاتلو (cues
# [agent_means]), never the object of the verb before them. Not ميليشيا/ميليشيات: with no
# case ending they are as often the object (استهدفت الغارات ميليشيا الحوثي).
_ARMED_MEMBERS = frozenset({"مسلحو", "متمردو", "انتحاريو", "قناصو"})
# Their oblique forms: a doer only after على يد / برصاص (على أيدي مسلحي طالبان); after a
# verb they are its object (قتلت القوات مسلحي الحركة)
_ARMED_OBLIQUE = frozenset({"مسلحي", "متمردي", "انتحاريي", "قناصي"})


def _gap_word(cues: Cues, w: str) -> bool:
    """Titles, offices, object pronouns, institution nouns (قوات الأمن الإيرانية), the
    means an actor acts through (طائرات التحالف) and its armed members (مسلحو حماس)."""
    if w in _ARMED_MEMBERS:
        return True
    found = cues.memo.get(w)  # the token's classes once, one set test (asked per actor)
    return not _GAP_SET.isdisjoint(found if found is not None else cues.classes(w))


# Definite nouns of deeds and words that never act: a nationality adjective after one right
# after the verb qualifies that object (يدين الجرائم الإسرائيلية: Israel's crimes are
# condemned, Israel condemns nothing). Normalised.
_DEED_NOUNS = frozenset(
    {"الجراءم", "الجريمه", "الانتهاكات", "الممارسات", "الخروقات", "التصريحات"}
    | {"السياسات", "السياسه", "الاجراءات", "القرارات", "المواقف", "الاتهامات", "المزاعم"}
    | {"الادعاءات", "التدخلات", "التدخل", "الاستفزازات", "الاعتداءات", "المجازر"}
)


def vso_subject(
    actors: list[Actor],
    norms: list[str],
    head: int,
    skip: set[int],
    right: int,
    cues: Cues,
    acts: frozenset[int] = frozenset(),
) -> Actor | None:
    """The first actor after the verb when only title or time words separate them. An
    adjective may also qualify the word right after the verb (أصدرت محكمة تركية), unless
    that word names another act (``acts``: رفضت الانتقادات الأمريكية qualifies the object).
    A harm verb before a victim noun has none (``passive_victim``)."""
    if passive_victim(norms, head, skip) or plural_verb(norms[head] if head < len(norms) else ""):
        return None
    for a in actors:
        if a.ts <= head or a.ts in skip:
            continue
        if a.ts == head + 2 and a.etype != "ADJ" and _feminine_object(actors, norms, head):
            return None  # ودعا حكومة بلاده: the noun is the object, and so is its genitive
        if a.ts < right and _office_in(a, norms, head, skip, cues):
            return a  # طلب النائب العام في روما: the office's state
        if a.ts >= right or a.prep is not None or a.place or _oblique_people(a, norms):
            return None
        ok = gap_ok(norms, head + 1, a.ts, skip, cues) or _unit_of(norms, head, a, skip, cues)
        if a.etype == "ADJ" and not any(
            k in acts or norms[k] in _DEED_NOUNS for k in range(head + 1, a.ts)
        ):
            ok = ok or words_between(norms, head + 1, a.ts, skip) <= ADJ_SUBJECT_GAP
            # استهدفت سبعة صواريخ حوثية: a count before the weapons the adjective qualifies
            counted = a.ts == head + 3 and count_word(norms[head + 1])
            ok = ok or (counted and weapon_word(norms[head + 2]))
        if ok and a.ts > head + 1:
            return _title_holder(actors, norms, a, skip, cues) or a
        return a if ok else None
    return None


# Units and armed men in the nominative that a partitive من names the side of (قوة من
# الشرطة، عناصر من حزب الله، مسلحون من طالبان; normalised). Counts are left out: after a
# verb they open a passive as often (طرد عدد من الدبلوماسيين الروس: were expelled).
_SUBJECT_UNITS = frozenset(
    {"قوه", "قوات", "دوريه", "وحده", "وحدات", "مجموعه", "مجموعات", "عناصر", "افراد"}
    | {"جنود", "ضباط", "مسلحون", "مقاتلون", "متمردون"}
)


def _unit_word(norm: str) -> bool:
    """A unit or armed-men noun (قوة، عناصر، مسلحون), with و glued or not."""
    return (norm[1:] if norm[:1] == "و" else norm) in _SUBJECT_UNITS or norm in _SUBJECT_UNITS


# normalised words after which a verb opens its clause with no subject before it
_CLAUSE_OPENERS = frozenset({"قد", "وقد", "لقد", "ثم", "حيث", "عندما", "حين", "بعدما", "اذ"})


def _opens_clause(norms: list[str], head: int) -> bool:
    """Nothing that could be the verb's subject stands right before it: the sentence or a
    clause starts there (after punctuation or قد، ثم، عندما ...)."""
    if head == 0:
        return True
    prev = norms[head - 1]
    return prev in _CLAUSE_OPENERS or not any(ch.isalnum() for ch in prev)


def _unit_of(norms: list[str], head: int, a: Actor, skip: set[int], cues: Cues) -> bool:
    """اقتحمت قوة من الجيش الإسرائيلي، هاجم مسلحون من طالبان: a unit noun and من between
    a clause-opening verb and the actor make the actor the side of the verb's subject. A
    noun before the verb is its subject, and the unit then its object (الطائرة استهدفت
    مجموعة من عناصر الحركة); after a harm verb the unit is as often its victim (قتل جنود
    من الجيش في ...)."""
    verb = norms[head] if 0 <= head < len(norms) else ""
    verb = verb[1:] if verb[:1] in "وف" else verb
    of = next((j for j in range(a.ts - 1, head + 1, -1) if norms[j] == "من"), -1)
    if of < 0 or verb in _HARM_VERBS or not _opens_clause(norms, head):
        return False
    # the actor's own head noun may stand after من (قوة من الجيش الإسرائيلي: الجيش)
    own = gap_ok(norms, of + 1, a.ts, skip, cues) or (a.etype == "ADJ" and a.ts - of == 2)
    return _unit_word(norms[of - 1]) and own and gap_ok(norms, head + 1, of - 1, skip, cues)


HOLDER_GAP = 3  # title words between a titled body and the person who holds the title


def _title_holder(
    actors: list[Actor], norms: list[str], a: Actor, skip: set[int], cues: Cues
) -> Actor | None:
    """قائد الجيش السوداني الفريق أول عبد الفتاح البرهان: a body or state inside a title
    before the verb's subject is the title's, and the person of the same state named
    right after it (past ranks and adjectives) is the subject. A person of another state
    there (وزير خارجية إيران الرئيس الأمريكي ...) is the object."""
    for p in actors:
        if p.ts < a.te or p.etype != "PER":
            continue
        near = words_between(norms, a.te, p.ts, skip) <= HOLDER_GAP
        same = bool(a.code and p.code) and a.code[:3] == p.code[:3]  # type: ignore[index]
        if p.prep is None and near and same and gap_ok(norms, a.te, p.ts, skip, cues):
            return p
        return None
    return None


def _feminine_object(actors: list[Actor], norms: list[str], head: int) -> bool:
    """وحمل حكومة الرياض، دعا حكومة بلاده: a verb agrees with a subject right after it in
    gender, so a masculine singular verb (no ت at either end) is not that of the feminine
    noun (ة) right after it; the noun and the actor it governs are the object. (An
    adjective after the noun qualifies it: شن ضربة جوية أميركية is an American strike.)"""
    verb = norms[head][1:] if norms[head][:1] in "وف" else norms[head]
    if verb.startswith("ت") or verb.endswith("ت") or head + 1 >= len(norms):
        return False
    noun = norms[head + 1]
    if len(noun) < 4 or not noun.endswith("ه") or noun.endswith("له"):
        return False  # الله، and words of no ة
    return not any(a.ts <= head + 1 < a.te for a in actors)  # أسامة بن لادن: a name


def _oblique_people(a: Actor, norms: list[str]) -> bool:
    """دعا المصريين، طالب العراقيين: a definite nationality in -ين is accusative or
    genitive (the subject would be المصريون), so it is the verb's object, not its subject."""
    if a.etype != "ADJ" or a.te - a.ts != 1:
        return False
    w = norms[a.ts]
    w = w[1:] if w[:1] in "وف" else w
    return w.startswith("ال") and w.endswith("يين")


def plural_verb(norm: str) -> bool:
    """خطفوا، قالوا: a perfect verb that carries its plural subject (-وا). A verb before
    its subject stays singular (خطف مسلحون), so the noun after such a verb is its object
    (خطفوا مصورا فرنسيا), never its subject."""
    return len(norm) > 3 and norm.endswith("وا")


# Harm verbs whose perfect reads as passive before a victim (قُتل جندي، خُطف صحفي فرنسي,
# اعتُقل ناشط): unvowelled, قتل جندي عراقي is "an Iraqi soldier was killed" far more often
# than "an Iraqi soldier killed" (which would go on to name an object)
_HARM_VERBS = frozenset({"قتل", "اصيب", "جرح", "خطف", "اختطف", "اغتيل", "اعتقل", "احتجز"})
# People nouns in the nominative (singular, dual, sound plural) that news names as victims;
# the accusative (جنديا، مدنيين) is an object, read as one anyway
_VICTIMS = frozenset(
    [
        "شخص",
        "شخصان",
        "اشخاص",
        "مدني",
        "مدنيان",
        "مدنيون",
        "طفل",
        "طفلان",
        "اطفال",
        "امراه",
        "امراتان",
        "نساء",
        "مواطن",
        "مواطنان",
        "مواطنون",
        "جندي",
        "جنديان",
        "شرطي",
        "شرطيان",
        "عنصر",
        "عنصران",
        "رجل",
        "رجلان",
        "صحفي",
        "صحفيان",
        "ساءح",
        "ساءحان",
        "سياح",
        "عامل",
        "عاملان",
        "عمال",
        "لاجء",
        "لاجءون",
        "ضابط",
        "ضابطان",
        "متظاهر",
        "متظاهرون",
        "محتج",
        "محتجون",
        "ناشط",
        "ناشطان",
        "ناشطون",
        "رهينه",
        "رهاءن",
    ]
)


# plurals and accusatives news counts victims in besides ``_VICTIMS`` (مقتل 15 جنديا)
_VICTIM_FORMS = _VICTIMS | frozenset(
    {"جنود", "عناصر", "افراد", "مدنيين", "اشخاص", "مواطنين", "صحفيين", "عمال", "ضباط"}
)
VICTIM_GAP = 3  # words (a count, a people noun) between a verbal noun and the nationality


def victim_count(norms: list[str], kinds: list[str], start: int, end: int) -> bool:
    """Only a count and one people noun in ``[start, end)`` (مقتل 15 جنديا تركيا، اختطاف
    ثلاثة صحفيين): the nationality after them is the victims'."""
    if not 0 < end - start <= VICTIM_GAP:
        return False
    people = [k for k in range(start, end) if kinds[k] != "number" and not count_word(norms[k])]
    return len(people) == 1 and (
        norms[people[0]] in _VICTIM_FORMS or norms[people[0]][:-1] in _VICTIM_FORMS
    )


# number words (normalised), as a count before the people noun
_COUNT_WORDS = frozenset(
    {"اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره"}
    | {"عشرات", "مءات", "الاف"}
)


def count_word(norm: str) -> bool:
    """A number word (ثلاثة، عشرات، آلاف), normalised."""
    return norm in _COUNT_WORDS


# people nouns in the oblique plural a nationality qualifies (ومتظاهرين فلسطينيين)
_PEOPLE_OBLIQUE = frozenset(
    {"متظاهرين", "محتجين", "مسلحين", "مقاتلين", "طلاب", "لاجءين", "مهاجرين", "سكان"}
)


def people_noun(norm: str) -> bool:
    """A people noun, with or without ال (متظاهرين، المدنيين)."""
    bare = norm[2:] if norm.startswith("ال") else norm
    return bare in _VICTIM_FORMS or bare in _PEOPLE_OBLIQUE


def passive_victim(norms: list[str], head: int, skip: set[int]) -> bool:
    """قتل جندي عراقي، وخطف صحفيان فرنسيان: a harm verb right before a victim noun in the
    nominative is a passive; the victim and its nationality are the object."""
    verb = norms[head] if 0 <= head < len(norms) else ""
    verb = verb[1:] if verb[:1] in "وف" and verb[1:] in _HARM_VERBS else verb
    k = head + 1
    while k in skip:
        k += 1
    return verb in _HARM_VERBS and k < len(norms) and norms[k] in _VICTIMS


def _office_in(a: Actor, norms: list[str], head: int, skip: set[int], cues: Cues) -> bool:
    """A title right after the verb, then في and a state or city (طلب النائب العام في روما،
    قال مسؤول في دمشق): the office holder of that place acts, and the place codes him.
    Only titles between the verb and في, and only a coded place."""
    if not (a.place and a.prep == "في" and a.code and a.etype == "GPE" and a.ts >= head + 3):
        return False
    if norms[a.ts - 1] != "في":
        return False
    words = [k for k in range(head + 1, a.ts - 1) if k not in skip]
    if not words or not _gap_word(cues, norms[words[0]]) or len(words) > OFFICE_WORDS:
        return False
    # the title first, then titles or the office's definite name (وزير الشؤون الخارجية
    # والتعاون الدولي في المغرب)
    return all(_gap_word(cues, norms[k]) or _definite_word(norms[k]) for k in words[1:])


OFFICE_WORDS = 6  # words of a title and its office's name before في and the place


def _definite_word(w: str) -> bool:
    return w.startswith(("ال", "وال")) and len(w) > 3


def svo_subject(actors: list[Actor], head: int, left: int) -> Actor | None:
    """The nearest actor before the verb in its clause, not after a preposition; for
    coordinated subjects (بريطانيا وفرنسا اتفقتا) the first of them."""
    for i in range(len(actors) - 1, -1, -1):
        a = actors[i]
        if a.te > head or a.ts < left:
            continue
        while (
            a.conj and i > 0 and a.ts - a.lead - actors[i - 1].te <= 1 and actors[i - 1].ts >= left
        ):
            i -= 1
            a = actors[i]
        if a.prep is None and not a.place and (a.etype != "ADJ" or a.te >= head - 1 or a.doer):
            return a  # an adjective only right before the verb (دول غربية نددت) or قام's
    return None


def object_after(
    actors: list[Actor],
    norms: list[str],
    after: int,
    right: int,
    avoid: Actor | None,
    preps: frozenset[str],
    foreign: bool = False,
    agents: bool = False,
) -> Actor | None:
    """The first target-preposition actor after position ``after``, or a plain one close
    enough to be the direct object (not a genitive deep inside a later phrase). With
    ``foreign``, actors of the avoided actor's own state are passed over."""
    own = avoid.code[:3] if foreign and avoid is not None and avoid.code else None
    # the subject's phrase end, when the subject is of this sentence (a dropped subject
    # carried over from an earlier one has offsets into that sentence)
    here = avoid is not None and avoid.ts >= 0 and any(a is avoid for a in actors)
    edge = avoid.te if avoid is not None and here else -1
    for a in actors:
        if a.ts < after or a.same(avoid) or a.place or (a.agent and not agents):
            continue
        if 0 <= a.origin <= after:
            continue  # أطلقت صواريخ من لبنان على ...: where the fire came from, no target
        if a.resumes:
            return None  # التي تدعمها إيران، وتنظيم داعش: past the relative clause's end
        if avoid is not None and edge >= 0 and _attached(norms, edge, a, avoid):
            edge = a.te  # an apposition or envoy phrase of the subject, not its object
            continue
        if own is not None and a.code and a.code[:3] == own and not _partner_body(a, avoid):
            continue
        if own_envoy_post(norms, a):
            continue
        if a.ts >= min(right, after + TARGET_WINDOW):
            return None
        if a.prep is None and (a.etype == "ADJ" or _object_gap(norms, after, a.ts) <= OBJECT_GAP):
            return a
        if a.prep is not None and (a.prep in preps or a.prep in ("ل", "ب", "عن", "من")):
            return a
    return None


_BODY_PREPS = frozenset({"مع", "ب", "ل", "علي"})  # normalised على


def _partner_body(a: Actor, subj: Actor | None) -> bool:
    """يتعاون مع المدعي الخاص، أشاد النائب العام بعمل الشرطة: another body of the
    subject's own state (a court, the police, a parliament, not the state itself), named
    as a plain object or after مع/ب/ل/على, is the other side of an act between states'
    bodies: one arm of a state acting on another is coded like one state on another."""
    code, own = a.code or "", (subj.code if subj is not None else None) or ""
    plain = a.prep is None or a.prep in _BODY_PREPS
    return plain and len(code) > 3 and len(own) > 3 and code[3:6] != own[3:6]


_ENVOY_PREPS = frozenset({"الي", "لدي"})  # normalised إلى، لدى
_ENVOYS = frozenset({"سفير", "سفيره", "مندوب", "مندوبه", "مبعوث", "ممثل", "ممثله"})


def _attached(norms: list[str], edge: int, a: Actor, subj: Actor) -> bool:
    """An actor that belongs to the subject phrase ending at ``edge``: an apposition set
    off by a comma (شيخ الأزهر، أحمد الطيب،) with no other state, the post of an envoy
    (السفير الروسي إلى الاتحاد الأوروبي), or the side of armed men or a unit named by من
    right after them (هاجم مسلحون من طالبان موقعا: Taliban's men, not what they hit)."""
    between = [norms[k] for k in range(edge, a.ts)]
    if between == ["من"] and a.prep == "من" and edge > 0 and _unit_word(norms[edge - 1]):
        return not a.place
    title = norms[subj.ts - 1] if 0 < subj.ts <= len(norms) else ""
    title = title[2:] if title.startswith("ال") else title
    if a.prep in _ENVOY_PREPS and subj.etype == "ADJ" and title in _ENVOYS:
        return all(w in ("،", ",") or w in _ENVOY_PREPS for w in between) and len(between) <= 1
    if a.prep is not None or not between or any(w not in ("،", ",") for w in between):
        return False
    same = subj.code is not None and a.code is not None and a.code[:3] == subj.code[:3]
    return a.code is None or same


_ENVOY_STEMS = ("ممثل", "سفير", "مندوب", "مبعوث")
_POST_PREPS = frozenset({"في", "لدي", "الي"})  # normalised في، لدى، إلى
_POSSESSIVES = ("نا", "ه", "ها", "هم", "ي")


def own_envoy(word: str) -> bool:
    """ممثلنا، سفيرها، مندوبه: an envoy with a possessive pronoun, the speaker's own."""
    stem = next((s for s in _ENVOY_STEMS if word.startswith(s)), None)
    return stem is not None and word[len(stem) :] in _POSSESSIVES


def own_envoy_post(norms: list[str], a: Actor) -> bool:
    """طلب من ممثلنا في الأمم المتحدة، من سفيرها لدى واشنطن: the body after an envoy with
    a possessive pronoun is where the speaker's own envoy serves, not the one asked."""
    return a.ts >= 2 and norms[a.ts - 1] in _POST_PREPS and own_envoy(norms[a.ts - 2])


def _object_gap(norms: list[str], a: int, b: int) -> int:
    """Words between verb and object, a comma-delimited aside not counted
    (حث الوزير، خلال لقاء صحفي أمس، الولايات المتحدة)."""
    commas = [k for k in range(a, b) if norms[k] in ("،", ",")]
    aside = set(range(commas[0], commas[-1] + 1)) if len(commas) >= 2 else set()
    return words_between(norms, a, b, aside)


# code prefixes of actors that belong to no state: international bodies, companies
# (MNC), unidentified forces, regions (CAMEO's non-state first blocks)
NON_STATE = (*sorted(NON_STATE_PREFIXES), "UAF")
_CATHOLIC_CHURCH = "VATCHR"


def nearest_state(actors: list[Actor], i: int) -> str | None:
    """The state of the named actor nearest to token ``i`` (pronouns and international or
    non-state actors aside): the state an unplaced institution or crowd belongs to."""
    coded = [a for a in actors if a.code and a.code[:3].isalpha() and a.etype != "PRON"]
    coded = [a for a in coded if a.code and not a.code.startswith(NON_STATE)]
    coded = [a for a in coded if not (a.code and a.code.endswith("MED"))]  # حسب وكالة رويترز
    # the Catholic Church (VATCHR) is of every state: its churches and clergy are no sign
    # of the Vatican (قتلا في إحدى كنائسها: protesters in Nicaragua)
    coded = [a for a in coded if a.code != _CATHOLIC_CHURCH]
    if not coded:
        return None
    near = min(coded, key=lambda a: abs(a.ts - i))
    return near.code[:3] if near.code else None


# normalised: سفارة، قنصلية، بعثة دبلوماسية heads (ال، لل، بال، وال glued before them)
_MISSIONS = ("سفاره", "سفارات", "قنصليه", "قنصليات")
_MISSION_CLITICS = ("", "ال", "لل", "بال", "وال", "ل", "ب", "و", "وب", "ول", "فال")
EMBASSY_REACH = 12  # words from a protest word to the embassy it marches to or stands at


# every clitic + head spelling, built once: one set test per token instead of 44 compares
_MISSION_FORMS = frozenset(c + m for m in _MISSIONS for c in _MISSION_CLITICS)


def mission_word(norm: str) -> bool:
    """سفارة، السفارة، للسفارة، قنصلية ...: a foreign state's mission (not سفارتها: a
    possessed one is the speaker's own, whose state the text names elsewhere)."""
    return norm in _MISSION_FORMS


def embassy_state(actors: list[Actor], head: int) -> Actor | None:
    """The state whose embassy or consulate a protest gathers at or marches to (أمام
    السفارة الأمريكية، نحو سفارة الولايات المتحدة، قرب القنصلية الفرنسية): by convention
    its target. The mission nearest after the protest word wins, else the nearest before
    it (قرب سفارة X ... ثم ساروا حتى السفارة Y: the march ends at Y's)."""
    found = [
        a
        for a in actors
        if a.mission
        and a.code
        and not a.code.startswith(NON_STATE)
        and abs(a.ts - head) <= EMBASSY_REACH
    ]
    after = [a for a in found if a.ts > head]
    if after:
        return after[0]
    return found[-1] if found else None


# Normalised words of protesters demanding of someone (مطالبين الحكومة، يطالبون بتدخل
# الأمم المتحدة): participles, verbal nouns and plural verbs only, whose subject is the
# protesters named before them; a singular verb (طالب الاتحاد الحكومة) has its own after it.
_DEMANDS = frozenset(
    c + w
    for w in (
        *("مطالبين", "مطالبا", "مطالبه", "مطالبون", "يطالبون", "طالبوا"),
        *("داعين", "دعوا", "مناشدين", "ناشدوا"),
    )
    for c in ("", "و", "ل", "ول", "لل", "ف")
)
# Normalised words of chanting or banners (هاتفين «يسقط بوش»، رددوا شعارات معادية لإيران):
# the actor they name is whom the crowd protests.
_CHANTS = frozenset(
    c + w
    for w in (
        *("هاتفين", "مرددين", "رددوا", "يرددون", "هتفوا", "يهتفون", "هتافات", "شعارات"),
        *("لافتات", "هتاف", "شعار", "لافته"),
    )
    for c in ("", "و", "ب")
)
# Normalised words of protesters clashing with someone (واشتبك المتظاهرون مع الجنود
# الإسرائيليين): whom they clash with (after مع) is whom they face.
_CLASHES = frozenset(
    c + w
    for w in ("اشتبك", "اشتبكوا", "يشتبكون", "اشتبكت", "مواجهات", "صدامات", "تصادموا")
    for c in ("", "و", "ف")
)
# Normalised words that make the named actor one the crowd backs (هتافات مؤيدة للرئيس،
# هاتفين بحياة الملك): no target.
_BACKING = ("مءيد", "داعم", "مناصر", "بحياه", "تاييد", "تحيي", "تمجد", "دعما", "تضامن")
# normalised: the protesters' own symbols (النشيد الوطني اللبناني، رافعين الأعلام
# الفلسطينية): the state they name is theirs, not whom they protest
_SYMBOLS = frozenset({"النشيد", "العلم", "الاعلام", "اعلام", "علم", "اعلاما", "الرايات", "رايات"})
# normalised, ال or ب/ل/و stripped: what is asked for someone, whose name follows
# (إطلاق سراح فلان، الإفراج عن، عودة اللاجئين، ضمان الأمن، حماية المدنيين، حقوق)
_FOR_WHOM = frozenset(
    {"سراح", "الافراج", "افراج", "عوده", "العوده", "ضمان", "حمايه", "حقوق", "تحسين", "انصاف"}
)
DEMAND_REACH = 3  # words from a demand word to whom it asks (بتدخل، باستقالة between)
CHANT_REACH = 6  # words from a chant word to the actor its slogan names
CLASH_REACH = 4  # words from a clash word to the side after مع (المتظاهرون، title words)


def protest_aim(actors: list[Actor], norms: list[str], head: int) -> Actor | None:
    """Whom protesters address, after the protest word: the one a demand is made of
    (مطالبين الحكومة التركية، يطالبون بتدخل الأمم المتحدة، ومطالبة الحكومة الصينية) or
    the one a chant or banner names (مرددين هتافات منها «يسقط بوش»، الموت لأمريكا) or
    the side they clash with (واشتبك المتظاهرون مع الجنود الإسرائيليين)."""
    for k in range(head + 1, len(norms)):
        w = norms[k]
        clash = w in _CLASHES
        reach = DEMAND_REACH if w in _DEMANDS else CHANT_REACH if w in _CHANTS else 0
        reach = CLASH_REACH if clash else reach
        if not reach:
            continue
        for a in actors:
            if a.ts <= k or a.place or a.mission or not a.code or a.etype == "PRON":
                continue
            if _crowd_word(norms[a.ts]) or (a.ts > 0 and _crowd_word(norms[a.ts - 1])):
                continue  # واشتبك المتظاهرون مع، مع محتجين فلسطينيين: the protesters
            if words_between(norms, k + 1, a.ts, set()) >= reach:
                break
            words = norms[k + 1 : a.te]
            if any(w.startswith(_BACKING) or w.lstrip("وب") in _SYMBOLS for w in words):
                break  # هتافات مؤيدة للرئيس، مرددين النشيد الوطني: backed or their own
            if a.conj or any(w.lstrip("وبل") in _FOR_WHOM for w in words):
                break  # بإطلاق سراح فلان، بعودة الفلسطينيين: for whom, not of whom
            if not clash and a.ts > 0 and people_noun(norms[a.ts - 1]):
                break  # للمطالبة بعودة اللاجئين الفلسطينيين: for whom, not of whom
            if clash and ((a.prep != "مع" and "مع" not in words) or a.etype in ("GPE", "LOC")):
                break  # مواجهات في القدس، عند الحدود مع قطاع غزة: where, not with whom
            return a
    return None


# normalised definite acts a state does to others (تنديدا بالهجوم التركي، احتجاجا على
# التدخل العسكري التركي، ضد العدوان الإسرائيلي): their state is whom a protest faces
_FOREIGN_DEEDS = _DEED_NOUNS | frozenset(
    {"الهجوم", "الهجمات", "العدوان", "القرار", "الغارات", "القصف", "الاحتلال", "الحصار"}
    | {"العمليه", "الحمله", "التصعيد", "الاجتياح", "التوغل", "العسكري", "العسكريه"}
)
DEED_GAP = 2  # words (العسكري) between an act noun and the state's adjective


def _deed_of(target: Actor, norms: list[str] | None) -> bool:
    """A nationality adjective of an act (الهجوم التركي، القرار الإسرائيلي) as the
    protest's target: the protesters are not that state's people."""
    if norms is None or target.etype != "ADJ" or target.ts <= 0 or target.place:
        return False
    for k in range(target.ts - 1, max(-1, target.ts - 1 - DEED_GAP), -1):
        w = norms[k]
        bare = "ال" + w[3:] if w.startswith(("بال", "وال")) else w
        if bare in _FOREIGN_DEEDS:
            return True
    return False


def _aimed_past(target: Actor | None, norms: list[str] | None) -> bool:
    """A target an embassy or the protest's own aim may replace: none, a convention's
    (no span), a place, where the crowd came from (خرج الطلاب من جامعة صنعاء), a medium
    it spoke to (قال المتظاهرون لـ«الشرق الأوسط») or the crowd itself."""
    if target is None or target.ts < 0 or not target.code or target.place:
        return True
    if target.prep == "من" or target.code.endswith("MED"):
        return True
    return norms is not None and target.ts < len(norms) and _crowd_word(norms[target.ts])


# normalised stems of the protesters' nouns (المتظاهرين، محتجون، المعتصمين)
_CROWD_STEMS = ("متظاهر", "محتج", "معتصم")


def _crowd_word(norm: str) -> bool:
    return any(stem in norm for stem in _CROWD_STEMS)


def protest_sides(
    actors: list[Actor],
    head: int,
    source: Actor | None,
    target: Actor | None,
    norms: list[str] | None = None,
) -> tuple[Actor | None, Actor | None]:
    """Protesters with no coded side (تتواصل المظاهرات في الشوارع، خرج المحتجون) are
    civilians of the state the sentence names: the protest's state target (الاحتجاجات في
    الأردن), else the sentence's nearest state; with no target they protest its government.
    A demand or chant that names someone (``protest_aim``) gives the target instead."""
    mission = embassy_state(actors, head)
    if mission is not None and _aimed_past(target, norms):
        target = mission  # أمام السفارة الأمريكية: the embassy's state is the target
    aim = protest_aim(actors, norms, head) if norms is not None else None
    if aim is not None and (aim.same(source) or (target is not None and target.mission)):
        aim = None
    if aim is not None and not _aimed_past(target, norms):
        aim = None  # احتجاجا على قرار بريطانيا: a target the clause names stays
    # the protesters' state is read from the sides before the aim replaces the target
    source, target = _protesters(actors, head, source, target, norms, aim)
    own = source.code[:3] if source is not None and source.code else None
    if aim is not None and aim.code == own:
        aim = None  # "أرمينيا حرة"، تحت شعار "فلسطينيات نحو العودة": the crowd's own state
    return source, aim or target


def _protesters(
    actors: list[Actor],
    head: int,
    source: Actor | None,
    target: Actor | None,
    norms: list[str] | None,
    aim: Actor | None,
) -> tuple[Actor | None, Actor | None]:
    if source is not None and (_facing_force(source, head) or _state_itself(source, head, norms)):
        source = None  # تدخلت الشرطة لتفريق المتظاهرين: the police face the protesters
    if source is not None and source.code:
        return source, target
    home = None
    deed = target is not None and _deed_of(target, norms)
    if target is not None and target.code and target.etype in ("GPE", "ADJ") and not deed:
        home = None if target.code.startswith(NON_STATE) else target.code[:3]
    # the embassy's state is never its protesters' own, nor is whom they chant against
    home = None if target is not None and target.mission else home
    chanted = coordinated(actors, aim) if aim is not None else []
    chanted += [target] if deed and target is not None else []
    others = [a for a in actors if not a.mission and not any(a.same(c) for c in chanted)]
    home = home or nearest_state(others, head)
    if home is None and aim is not None:
        return _protesters(
            actors, head, source, target, norms, None
        )  # the aim names the only state
    if home is None:
        return source, target
    source = Actor(-1, -1, home + "CVL", "", -1, -1, "GPE")
    if target is None:
        target = Actor(-1, -1, home + "GOV", "", -1, -1, "GPE")
    return source, target


_FORCES = ("COP", "MIL")  # role codes of a state's police and armed forces
# normalised: سكان، أهالي، أبناء، شعب، مواطنو/مواطني (the people of the place named next)
_PEOPLE_OF = frozenset({"سكان", "اهالي", "ابناء", "شعب", "مواطنو", "مواطني", "لسكان", "لاهالي"})


def _facing_force(source: Actor, head: int) -> bool:
    """Police or troops named before a protest word (أطلقت قوات الأمن الغاز على المحتجين،
    تدخلت الشرطة لتفريق المتظاهرين، قتل الجنود محتجين) are the subject of what was done to
    the protest, not its protesters: they are read as none, so the protesters are the
    state's civilians by convention. After the word they can be its subject (تظاهر جنود)."""
    code = source.code or ""
    return 0 <= source.ts < head and len(code) >= 6 and code[3:6] in _FORCES


def _state_itself(source: Actor, head: int, norms: list[str] | None) -> bool:
    """A state named before a protest word (أرسلت الصين دبابات لإخماد الاحتجاجات), or its
    government, does something to the protest: a state does not march. Read as none, the
    protesters are its civilians and protest its government, by convention. Not the
    people of a place (سكان غزة، أهالي البصرة): they are the protesters."""
    code = source.code or ""
    state = len(code) == 3 or (len(code) == 6 and code.endswith("GOV"))
    if not (0 <= source.ts < head and source.etype == "GPE" and state):
        return False
    before = norms[source.ts - 1] if norms is not None and source.ts > 0 else ""
    return before.removeprefix("و") not in _PEOPLE_OF


def agent_after(actors: list[Actor], head: int, right: int) -> list[Actor]:
    """The doers named after a passive verb or verbal noun by من قبل / على يد, with
    those joined to them by و (من قبل الطائرات السورية والروسية); or, when the trigger
    (ending at ``head``) is itself the launch, the state fire was launched from: by
    convention the attack's doer (إطلاق صواريخ من جنوب لبنان)."""
    for a in actors:
        if a.ts >= head and a.ts < min(right, head + TARGET_WINDOW) and _doer(a, head):
            return coordinated(actors, a)
    return []


def _doer(a: Actor, head: int) -> bool:
    """An agent phrase, or the origin of a launch that the trigger ending at ``head``
    names (the launch word inside or right at the trigger, not in a later phrase: شجب
    إطلاق الصواريخ من غزة condemns the launch; Gaza is the condemned side)."""
    return a.agent or 0 <= a.origin <= head


_TO = frozenset({"الي", "إلى"})  # إلى, normalised
CLAIM_REACH = 3  # words from شنه/تبنته to the attacker it names (titles, quotes between)


def claimed_attacker(actors: list[Actor], norms: list[str], head: int, cues: Cues) -> Actor | None:
    """The attacker a resumptive clause names (هجوم شنه مسلحون صوماليون، غارة شنتها طائرة
    أمريكية، اعتداء تبناه تنظيم ...): the first coded actor a few words after an
    ``attack_claims`` verb, no preposition between; the clause nearest to ``head`` wins."""
    claims = [k for k, w in enumerate(norms) if cues.has("attack_claims", w)]
    # هجوم انتحاري، نسب إلى المتمردين: a passive of attributing, its إلى-phrase the attacker
    claims += [
        k
        for k, w in enumerate(norms[:-1])
        if cues.has("attack_attributions", w) and norms[k + 1] in _TO
    ]
    for k in sorted(claims, key=lambda k: abs(k - head)):
        opens = k + 2 if norms[k + 1] in _TO else k + 1  # the actor's phrase starts here
        for a in actors:
            if a.ts <= k:
                continue
            words = words_between(norms, opens, a.ts, set())
            # the verb opens the phrase: a preposition before it (في عمليات نفذها) is not
            # the actor's, only one between them is
            prep = any(cues.has("prepositions", norms[j]) for j in range(opens, a.ts))
            if words < CLAIM_REACH and a.code and not prep and a.etype not in ("LOC", "PRON"):
                return a
            break  # only the phrase right after the verb
    return None


# Verbs of aspect (habit, continuation, onset, resumption) whose complement is a verbal
# noun: اعتادت إسرائيل على ضرب، واصلت القوات قصف، استمر الجيش في ملاحقة، بدأت تركيا بنشر.
# They state nothing themselves; their subject is the source of the act they govern.
# Normalised (أ -> ا): past stems, and imperfect stems after ي/ت.
_ASPECT_PAST = ("اعتاد", "واصل", "استمر", "بدا", "باشر", "عاود")
_ASPECT_PRESENT = ("عتاد", "واصل", "ستمر", "بدا", "باشر", "عاود")
_ASPECT_LINKS = frozenset({"علي", "في", "قد", "لقد"})  # على/في before the noun; قد before the verb
ASPECT_REACH = 6  # tokens from the aspect verb to the verbal noun (its subject may sit between)


def _aspect_forms() -> frozenset[str]:
    stems = list(_ASPECT_PAST)
    stems += [p + s for s in _ASPECT_PRESENT for p in ("ي", "ت")]
    words = {s + end for s in stems for end in ("", "ت", "وا", "ا", "تا", "ون", "ان")}
    return frozenset(c + w for w in words for c in ("", "و", "ف"))


ASPECT_VERBS = _aspect_forms()


def aspect_subject(actors: list[Actor], norms: list[str], start: int, left: int) -> list[Actor]:
    """The subject of an aspect verb governing the verbal noun at ``start``
    (اعتادت إسرائيل على ضرب ...): named after the verb (VSO) or before it (SVO).
    Only the subject, على/في and قد may stand between the verb and the noun."""
    for k in range(start - 1, max(left, start - ASPECT_REACH) - 1, -1):
        if norms[k] not in ASPECT_VERBS:
            continue
        inside = [a for a in actors if k < a.ts and a.te <= start]
        covered = {i for a in inside for i in range(a.ts - a.lead, a.te)}
        if any(i not in covered and norms[i] not in _ASPECT_LINKS for i in range(k + 1, start)):
            return []  # another word between: the noun is not the verb's complement
        subj = next((a for a in inside if a.prep is None and not a.place and a.code), None)
        if subj is None:
            subj = svo_subject(actors, k, left)
        return coordinated(actors, subj) if subj is not None and subj.code else []
    return []
