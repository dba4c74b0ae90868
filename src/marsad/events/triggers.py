"""Find event triggers in one sentence's normalised tokens.

A trigger is a verb or verbal noun of the lexicon, possibly multiword (اتصال هاتفي), a
verb that codes only with its object (فرض ... عقوبات), or a verbal noun after a light
verb (أجرى محادثات، شن هجوماً). The light verb becomes the trigger's head: arguments are
read around it (VSO/SVO) and its tense and particles give the modality.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, replace
from itertools import compress, count, repeat

from marsad.events.lexicon import CROWD_ACT, LIGHT, Lexicon, Spec, candidates, keys

NEED_WINDOW = 6  # words a verb's object may sit after it (the VSO subject comes between)
CONJUNCT_WIDENS = 2  # more words for each و-joined word (a list of subjects)
LIGHT_WINDOW = 4  # words between a light verb and its noun (subject, time words)
MAX_LIGHT_REACH = 8  # the widest ``reach=`` a light verb of the lexicon may ask for
NOUN_AFTER_VERB = 3  # a verb-or-noun spelling this close after a trigger is its object
_STOP_CHARS = ".;؛:!?؟"


@dataclass(slots=True)
class Hit:
    """A trigger in a sentence; indices are sentence-relative token positions."""

    start: int
    end: int  # exclusive
    spec: Spec
    imperfect: bool = False
    prefix: str = ""  # proclitic letters stripped from the first token (و ف ب ل س)
    head: int = -1  # the light verb's position, else ``start``
    light: Spec | None = None
    light_imperfect: bool = False
    light_prefix: str = ""
    purpose: bool = False  # ل + indefinite verbal noun or subjunctive: "in order to"
    form: str = ""  # the lexicon form the first token matched
    noun: Spec | None = None  # the same spelling read as a verbal noun (قصف: shelled / shelling)
    weak_noun: bool = False  # the same spelling is also a weak verbal noun (رفض، طلب)
    needed: tuple[int, int] | None = None  # the object word a ``need`` verb matched

    @property
    def verbal(self) -> bool:
        return self.spec.pos in ("verb", "participle") or self.light is not None

    @property
    def future(self) -> bool:
        pre = self.light_prefix if self.light is not None else self.prefix
        return pre.endswith("س")

    @property
    def inverse(self) -> bool:
        return self.spec.passive or (self.light is not None and self.light.inverse)


def _number(norms: list[str], i: int) -> bool:
    return i >= 0 and norms[i][:1].isdigit()


def _is_stop(norm: str) -> bool:
    # every character a stop mark: stripping them (in C) leaves nothing
    return bool(norm) and not norm.strip(_STOP_CHARS)


def _rest_end(norms: list[str], i: int, rest: tuple[frozenset[str], ...]) -> int | None:
    """End of a multiword noun whose later words start at ``i``, or None."""
    for k, accepted in enumerate(rest):
        j = i + k
        if j >= len(norms) or not (norms[j] in accepted or keys(norms[j]) & accepted):
            return None
    return i + len(rest)


# honorifics, titles and nasab words (normalised): a subject named in full (ملك X
# الشيخ Y بن Z آل W) is longer than the window a verb's object is looked for in
_NAME_WORDS = frozenset(
    {"بن", "بنت", "ابن", "ال", "ابو", "عبد", "الشيخ", "الامير", "الاميره", "السيد"}
    | {"السيده", "الدكتور", "الملك", "السلطان", "امير", "ولي", "العهد", "الرءيس"}
)


def _need_at(norms: list[str], i: int, spec: Spec) -> tuple[int, int] | None:
    """Span of the first needed word (sequence) of ``spec.need`` within the window after
    ``i`` (the entry's own ``window`` or NEED_WINDOW); each و-joined word on the way widens
    it (صنفت X وY وZ ... حزب الله منظمة إرهابية: a subject list). A word of the entry's
    block words on the way ends the search: علق المتحدث على الصفقات comments on the deals."""
    need, until, firsts = spec.need, spec.block, spec.need_first
    j, end, n = i, i + (spec.window or NEED_WINDOW), len(norms)
    while j < n and j < end:
        w = norms[j]
        if w and not w.strip(_STOP_CHARS):  # _is_stop, inlined: the loop's commonest test
            return None
        if len(w) > 3 and w[0] == "و":
            end += CONJUNCT_WIDENS
        elif w in _NAME_WORDS:
            end += 1  # a title or a nasab word lengthens the subject, not the distance
        first = keys(w)  # the word itself among them
        if not firsts.isdisjoint(first):  # most words start no needed sequence
            for seq in need:
                if seq[0] in first and all(
                    j + k < n and w2 in keys(norms[j + k]) for k, w2 in enumerate(seq[1:], 1)
                ):
                    return j, j + len(seq)
        if w in until:
            return None
        j += 1
    return None


_RELATIVE = frozenset({"التي", "الذي", "الذين"})
# a reflexive object makes a verb of a word listed as never a trigger (فجر نفسه)
_REFLEXIVE = frozenset({"نفسه", "نفسها", "انفسهم", "نفسيهما", "نفسهما", "انفسهن"})
# ... and so does a bomb as its object (فجر المهاجمون قنابلهم، فجر انتحاري حزاما ناسفا)
_EXPLOSIVES = frozenset(
    {"قنبله", "قنابل", "قنابلهم", "عبوه", "عبوات", "حزام", "حزاما", "حزامه", "متفجرات"}
    | {"المتفجرات", "القنبله", "العبوه", "سياره", "مفخخه", "ناسفه"}
)
# ... unless a day or a time of day follows: فجر الأحد is Sunday dawn
_DAWN_OF = frozenset(
    {"اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "امس"}
)


def _need_before(
    norms: list[str], i: int, need: tuple[tuple[str, ...], ...]
) -> tuple[int, int] | None:
    """A needed one-word object right before the verb, as the antecedent of a relative
    clause (عقوبات فرضتها على أنقرة، العقوبات التي فرضتها واشنطن)."""
    relative = i >= 2 and norms[i - 1] in _RELATIVE
    # after التي the antecedent may sit a little further (رسوم تعادل تلك التي فرضها)
    reach = range(i - 2, max(-1, i - 5), -1) if relative else range(i - 1, i - 2, -1)
    for j in reach:
        if j < 0 or _is_stop(norms[j]):
            return None
        if j > 0 and norms[j - 1] == "اي":
            return None  # أي حصار تفرضه: any blockade, none imposed
        for seq in need:
            if len(seq) == 1 and (norms[j] == seq[0] or seq[0] in keys(norms[j])):
                # الاتفاق الذي وقعته، صفقة الأسلحة التي أبرمتها: a definite antecedent (or
                # one made definite by its genitive) names a known, earlier act
                nxt = norms[j + 1]
                construct = nxt.startswith("ال") and nxt not in _RELATIVE
                known = norms[j].startswith(("ال", "وال", "بال", "لل")) or construct
                return None if known else (j, j + 1)
    return None


_POSSESSED = ("ته", "تها", "تهم", "تهما", "تنا", "تكم")  # مسيرته، مسيراتهم
# genitives and adjectives that keep a march a march (مسيرة المتظاهرين، مسيرتهم الاحتجاجية)
_MARCHING = frozenset(
    {"متظاهرين", "محتجين", "معتصمين", "غضب", "شموع", "احتجاجيه", "سلميه", "حاشده", "ضخمه"}
)


_LOOK_DEFINITE = frozenset({"الى", "الي", "الذي", "التي", "الذين", "الا", "الان"})


def _course(norms: list[str], i: int, cand: str) -> bool:
    """مسيرة السلام، مسيرة المنتخب، مسيرته المهنية: a noun that also means a course or a
    career is one when a definite genitive follows it or a possessive ends it; a march
    is indefinite with its adjective (مسيرة حاشدة) or a preposition after it."""
    nxt = keys(norms[i + 1]) if i + 1 < len(norms) else frozenset()
    if nxt & _MARCHING:
        return False
    if not cand.startswith("ال") and cand.endswith(_POSSESSED):
        return True
    # ل + the article is a preposition (مسيرة للمطالبة بالإصلاح: a march to demand it);
    # الى (إلى) and the relatives only look definite
    nxt_word = norms[i + 1] if i + 1 < len(norms) else ""
    definite_next = nxt_word.startswith("ال") and nxt_word not in _LOOK_DEFINITE
    return not cand.startswith("ال") and definite_next


# Crowd counts whose genitive plural is new participants (مئات المتظاهرين), not known ones
# (normalised: ئ is written ء by the default options, kept both ways)
_COUNTS = frozenset(
    {"مئات", "مءات", "المئات", "المءات", "الاف", "الالاف", "الوف", "عشرات", "حشود", "حشد"}
)


def _known(norms: list[str], j: int) -> bool:
    """A definite noun at ``j`` (المتظاهرون) names participants already introduced, unless
    a crowd count, a number or a partitive من governs it (آلاف المتظاهرين: new ones)."""
    if not any(c.startswith("ال") for c, _ in candidates(norms[j])):
        return False
    if j == 0:
        return True
    before = norms[j - 1]
    # a count, a number, or من after one (عدد من المتظاهرين، الآلاف من المحتجين)
    return not (
        before[:1].isdigit() or before in _COUNTS or before[1:] in _COUNTS or before == "من"
    )


# Words after which a clause (and so a bare perfect verb) may start
_OPENERS = frozenset({"الذي", "التي", "الذين", "قد", "لقد", "ثم", "كما"})


def _clause_start(norms: list[str], i: int) -> bool:
    """Whether a bare verb at ``i`` can open its clause: first in the sentence, after
    punctuation, a relative pronoun or قد. A bare perfect right after a noun is more
    often a name of the same spelling (سقوط بارك: Park's fall, not "he blessed")."""
    if i == 0:
        return True
    before = norms[i - 1]
    return not any(ch.isalnum() for ch in before) or before in _OPENERS


def _noun_before(norms: list[str], i: int) -> frozenset[str]:
    """Keys of the word before ``i``, and of the noun before it when that word is its
    definite adjective (العقوبات الجديدة تستهدف: the subject is العقوبات) or an indefinite
    nisba adjective (طائرة حوثية مسيرة، عقوبات أمريكية تستهدف)."""
    if i == 0:
        return frozenset()
    out = keys(norms[i - 1])
    if i < 2:
        return out
    before, noun = norms[i - 1], norms[i - 2]
    definite_pair = before.startswith("ال") and noun.startswith("ال")
    if definite_pair or (_nisba(before) and not noun.startswith("ال")):
        out = out | keys(noun)
    return out


def _nisba(word: str) -> bool:
    """An indefinite nisba adjective (حوثية، أمريكي، روسيات): a stem of three letters or
    more with the relative ending, feminine or plural."""
    return not word.startswith("ال") and len(word) > 4 and word.endswith(("يه", "ي", "يات"))


def _blocked_antecedent(norms: list[str], i: int, block: frozenset[str]) -> bool:
    """المفاجأة التي فجرها: a blocking object fronted as the antecedent of the relative
    pronoun right before the verb blocks it as if it followed."""
    return i >= 2 and norms[i - 1] in _RELATIVE and bool(keys(norms[i - 2]) & block)


def _next_keys(norms: list[str], i: int) -> frozenset[str]:
    """The keys of the word after token ``i``, past a count in digits (اعتراض 3 صواريخ:
    the counted noun is what a block word names, as if it stood right after)."""
    j = i + 2 if i + 2 < len(norms) and norms[i + 1].isdigit() else i + 1
    return keys(norms[j]) if j < len(norms) else frozenset()


def _ruled_out(spec: Spec, nxt: frozenset[str], norms: list[str], i: int) -> bool:
    """The context forbids this entry at token ``i``: a block word after it (``nxt``: the
    next token's keys), or a noun before it that it may not follow."""
    return bool(spec.block and nxt & spec.block) or bool(
        spec.noprev and _noun_before(norms, i) & spec.noprev
    )


# particles a hollow verb's short jussive follows (لم يزر، لا تقم); keys, so ولم counts
_JUSSIVE_PARTICLES = frozenset({"لم", "لا", "لما"})


def _made_a_verb(norms: list[str], i: int) -> bool:
    """A never-a-trigger word at ``i`` that its object shows to be the verb: a reflexive
    (فجر نفسه) or a bomb (فجر المهاجمون قنابلهم) within the next words, not after a day."""
    after = norms[i + 1 : i + 4]
    if _REFLEXIVE.intersection(after[:2]):
        return True
    return bool(_EXPLOSIVES.intersection(after)) and not (after and after[0] in _DAWN_OF)


def _candidates(
    lex: Lexicon, norms: list[str], i: int, noun: bool = False
) -> tuple[tuple[Hit, tuple[int, int] | None] | None, tuple[Spec, bool, str] | None]:
    """The best typed reading of token ``i`` and its light-verb reading, if any; with
    ``noun`` (the word is written with a final ة) no verb reading."""
    best: tuple[tuple[int, int, int], Hit, tuple[int, int] | None] | None = None
    light: tuple[Spec, bool, str] | None = None
    nouns: dict[str, Spec] = {}
    weak: set[str] = set()
    found = lex.lookup(norms[i])
    if not found and norms[i] in lex.stop and _made_a_verb(norms, i):
        found = lex.lookup_stopped(norms[i])  # فجر (انتحاري) نفسه: the verb, not the dawn
    if not found:  # most tokens: no neighbour needs reading
        return None, None
    nxt = _next_keys(norms, i)
    prev = keys(norms[i - 1]) if i > 0 else frozenset()
    for form, prefix, cand in found:
        spec = form.spec
        if noun and spec.pos == "verb":
            continue  # إصابة is no أصابه, دعوة no دعوه: ة ends nouns only
        if form.jussive and not (prev & _JUSSIVE_PARTICLES):
            continue  # فيلم، ألم: a short jussive spelling with no لم before it
        if spec.type == LIGHT:
            if spec.need and _need_at(norms, i + 1, spec) is None:
                continue  # a light verb of some phrases only (وصل ... في زيارة), none follows
            light = light or (spec, form.imperfect, prefix)
            continue
        if _ruled_out(spec, nxt, norms, i):
            continue
        if spec.block and spec.pos == "verb" and _blocked_antecedent(norms, i, spec.block):
            continue
        if spec.prev and not (prev & spec.prev or _number(norms, i - 1)):
            continue
        if spec.initial and not prefix and cand == spec.lemma and not _clause_start(norms, i):
            continue
        end = _rest_end(norms, i + 1, spec.rest) if spec.rest else i + 1
        if end is None or (spec.course and _course(norms, i, cand)):
            continue
        needed = _need_at(norms, end, spec) if spec.need else None
        if spec.need and needed is None and spec.pos == "verb":
            needed = _need_before(norms, i, spec.need)
        if spec.need and needed is None:
            continue
        need_len = needed[1] - needed[0] if needed is not None else 0
        rank = (len(spec.rest), need_len, -len(prefix))
        if best is None or rank > best[0]:
            hit = Hit(i, end, spec, form.imperfect, prefix, head=i, form=cand)
            best = (rank, hit, needed)
        if spec.pos == "noun" and not spec.rest and not spec.weak:
            nouns.setdefault(spec.type, spec)
        if spec.pos == "noun" and not spec.rest and spec.weak:
            weak.add(spec.type)
    if best is not None and best[1].spec.pos == "verb":
        best[1].noun = nouns.get(best[1].spec.type)
        best[1].weak_noun = best[1].spec.type in weak
    return (None if best is None else (best[1], best[2])), light


def reading_at(lex: Lexicon, norms: list[str], i: int) -> str | None:
    """The type token ``i`` is a trigger of in its sentence, its entry's conditions
    checked (a multiword noun's later words, a needed object, the word before), or None:
    أعمال alone is no riot, نزل with no street or crowd no demonstration."""
    found, _ = _candidates(lex, norms, i)
    return None if found is None else found[0].spec.type


# a singular noun in ة with a possessive ending, normalised (مسيرته، مسيرتها)
_ONE_OWNED = ("ته", "تها")


def refused_at(lex: Lexicon, norms: list[str], i: int, kind: str) -> bool:
    """Token ``i`` has an entry of ``kind`` that its context rules out (a block word after
    it, a noun before it that it may not follow: طائرة مسيرة is a drone, no march), as
    against an entry whose other conditions are merely unmet."""
    nxt = _next_keys(norms, i)
    found = [(form.spec, cand) for form, _, cand in lex.lookup(norms[i]) if form.spec.type == kind]
    if any(_ruled_out(spec, nxt, norms, i) for spec, _ in found):
        return True
    lone = _lone_lemmas(lex, kind)
    return bool(found) and all(_names_else(lex, norms, i, spec, cand, lone) for spec, cand in found)


def _names_else(
    lex: Lexicon, norms: list[str], i: int, spec: Spec, cand: str, lone: frozenset[str]
) -> bool:
    """The entry's word names something else here: the first word of a multiword noun whose
    later words do not follow (أعمالها الفنية، سلسلة من الأفلام: works, a series, no riot or
    human chain) unless it is an act word alone and unowned (التجمعات), a course noun in the
    singular with a possessive ending (مسيرته الفنية: a career; مسيرات العودة stays a march
    for the model to read), or a protest verb with an object (صورة تجمعهما), with من/عن
    right after it (خرج من الموسم) or في and a school (تخرج في الجامعة)."""
    alone = spec.lemma.split()[0] in lone and not cand.endswith(_OBJECTS)
    if spec.rest and not alone and _rest_end(norms, i + 1, spec.rest) is None:
        return True
    if spec.course and cand.endswith(_ONE_OWNED) and _course(norms, i, cand):
        return True
    if spec.type != "PROTEST" or spec.pos != "verb":
        return False
    nxt = norms[i + 1 : i + 3]
    return (
        _with_object(lex, spec, cand)
        or (bool(nxt) and nxt[0] in _OUT_OF)
        or (nxt[:1] == ["في"] and bool(nxt[1:] and keys(nxt[1]) & _SCHOOLS))
    )


# out of or away from, right after a protest verb: leaving somewhere (خرج من الموسم، خرجت
# عن السيطرة، يخرجون من المبنى), no going out to protest
_OUT_OF = frozenset({"من", "منه", "منها", "منهم", "منهما", "عن", "عنه", "عنها"})
# ... and graduating (تخرج في كلية الحقوق), normalised
_SCHOOLS = frozenset({"جامعه", "كليه", "اكاديميه", "معهد", "مدرسه"})


# object pronouns (نا is left out: خرجنا، تجمعنا are "we went out, we gathered")
_OBJECTS = ("هما", "هم", "هن", "ها", "ه")


def _with_object(lex: Lexicon, spec: Spec, cand: str) -> bool:
    """A verb form of ``spec`` with an object pronoun (تجمعهما، تخرجه): a protest verb
    takes no object, so the word is another one (a photo that "brings them together", his
    graduation)."""
    if spec.pos != "verb":
        return False
    for end in _OBJECTS:
        if cand.endswith(end) and len(cand) > len(end) + 2:
            bare = lex.forms.get(cand[: -len(end)], ())
            return any(form.spec is spec for form in bare)
    return False


_LONE: dict[tuple[int, str], tuple[Lexicon, frozenset[str]]] = {}


def _lone_lemmas(lex: Lexicon, kind: str) -> frozenset[str]:
    """The one-word lemmas of ``kind``: the first word of a multiword noun that is one of
    them (تجمع of تجمع احتجاجي) names the act alone too (التجمعات التي انتشرت)."""
    got = _LONE.get((id(lex), kind))
    if got is None or got[0] is not lex:
        got = (lex, frozenset(s.lemma for s in lex.specs if s.type == kind and not s.rest))
        _LONE[(id(lex), kind)] = got
    return got[1]


def _readable(lex: Lexicon, norms: list[str]) -> list[int]:
    """Positions of the words with a reading, and of stop words (a reflexive may make one a
    verb): the only possible triggers. Most words are in the lookup memo with none (an empty
    tuple); the memo is read in C (map, compress) and only the rest are looked up."""
    get, lookup = lex.memo.get, lex.lookup
    # True for a word not in the memo yet: ``lookup`` reads (and memoises) it
    found = list(map(get, norms, repeat(True)))
    # a memoised reading is its entries (truthy here): only a new word calls ``lookup``
    out = [i for i in compress(count(), found) if found[i] is not True or lookup(norms[i])]
    if lex.stop.isdisjoint(norms):
        return out
    stop = lex.stop
    return sorted(out + [i for i, w in enumerate(norms) if w in stop and not lookup(w)])


def find_triggers(
    lex: Lexicon,
    norms: list[str],
    names: frozenset[int] = frozenset(),
    actors: frozenset[int] = frozenset(),
    nouns: Container[int] = frozenset(),
) -> list[Hit]:
    """Triggers of one sentence, left to right, light verbs attached to their nouns. Tokens
    of ``names`` (inside an entity's name: وكالة ... لإغاثة ...) are never triggers, so they
    take no light verb from a real trigger. ``actors``: the positions where an actor's name
    starts (a weak noun whose agent follows as its genitive states the act). ``nouns``: the
    positions of words written with a final ة, which normalised text no longer shows: no
    verb reading there."""
    hits: list[Hit] = []
    lights: dict[int, tuple[Spec, bool, str]] = {}
    consumed: set[int] = set(names)
    for i in _readable(lex, norms):
        if i in consumed:
            continue
        found, light = _candidates(lex, norms, i, i in nouns)
        if light is not None and found is None:
            lights[i] = light
        if found is None:
            continue
        hit, needed = found
        hit.needed = needed
        if needed is not None:
            consumed.update(range(*needed))
            if needed[0] < hit.start:  # عقوبات فرضتها: the verb's own object is no trigger
                hits = [h for h in hits if not needed[0] <= h.start < needed[1]]
        consumed.update(range(hit.start + 1, hit.end))
        hits.append(hit)
    out: list[Hit] = []
    for k, hit in enumerate(hits):
        if hit.noun is not None and k > 0 and hit.start - hits[k - 1].end <= NOUN_AFTER_VERB:
            hit.spec = hit.noun  # أدان البرلمان قصف إسرائيل: the object of a verb is a noun
        if _masdar_after_light(hit, lights) or _masdar_after_masdar(lex, norms, hit):
            hit.spec = hit.noun or replace(hit.spec, pos="noun")
        elif _after_preposition(hit, norms, lights):
            if hit.noun is None:
                continue  # من رفض دولي، عند طلب بيونغ يانغ: a weak noun with no light verb
            hit.spec = hit.noun
        if hit.spec.pos == "noun":
            _attach_light(hit, lights, norms, hits)
            if (
                hit.spec.weak
                and hit.light is None
                and not _between_follows(norms, hit)
                and not _agent_follows(hit, actors)
            ):
                continue
            hit.purpose = _purpose_noun(hit)
        elif hit.imperfect and hit.prefix.endswith("ل"):
            hit.purpose = True
        elif _blocked_after_subject(norms, hit, actors):
            continue
        out.append(hit)
    # most sentences hold no act word: one set test (in C) skips the pass over them
    if lex.acts and not lex.acts.keys().isdisjoint(norms):
        acts = _street_acts(lex, norms, out, consumed)  # may drop a protester noun of ``out``
        out = sorted(out + acts, key=lambda h: h.start)
    if lex.crowd:
        _riots(lex, norms, out)
    return out


# ASSAULT entries a crowd of protesters does in a riot: clashing, storming, attacking
_RIOT_LEMMAS = frozenset(
    {"اشتبك", "اشتباكات", "مواجهات", "اقتحم", "اقتحام", "هاجم", "اعتدى", "رشق"}
)
# words that may stand between the verb and its protester subject (a count: آلاف المتظاهرين)
_COUNT_GAP = _COUNTS | {"من", "نحو", "قرابه", "حوالي", "بعض"}


def _riots(lex: Lexicon, norms: list[str], hits: list[Hit]) -> None:
    """اشتبك المتظاهرون مع الشرطة، مواجهات بين الشرطة والمحتجين، اقتحم متظاهرون المبنى:
    protesters clashing, storming or attacking is a riot, PLOVER's PROTEST (CAMEO 145), not
    an ASSAULT (organised violence). A clash has the crowd on either side, anywhere in its
    window; a storming or attack needs it as the subject (right after the verb, a count
    between) or just before the verb (SVO), not as the object (هاجمت الشرطة المتظاهرين)."""
    for hit in hits:
        spec = hit.spec
        if spec.type != "ASSAULT" or spec.lemma not in _RIOT_LEMMAS:
            continue
        if _rioting(lex, norms, hit, clash=spec.mode == "clash"):
            hit.spec = replace(spec, type="PROTEST", cameo="145", mode="riot")


def _rioting(lex: Lexicon, norms: list[str], hit: Hit, clash: bool) -> bool:
    def crowd(j: int) -> bool:
        return 0 <= j < len(norms) and any(c in lex.crowd for c, _ in candidates(norms[j]))

    if crowd(min(hit.head, hit.start) - 1):  # SVO: المحتجون اقتحموا
        return True
    if clash:
        return _crowd_after(lex, norms, hit.end - 1) is not None
    j = hit.end
    while j < len(norms) and (norms[j] in _COUNT_GAP or norms[j][:1].isdigit()):
        j += 1
    return crowd(j)


def _street_acts(lex: Lexicon, norms: list[str], hits: list[Hit], taken: set[int]) -> list[Hit]:
    """رفع متظاهرون لافتات، رشق مئات المحتجين الشرطة: a street or riot act (``lex.acts``)
    whose subject, within the verb's window, is new protesters is a protest. Not where a
    trigger other than a ban already stands on the verb; the protester noun's own reading
    (متظاهرون) gives way to the act, which states the protest as a verb does."""
    crowd_hits = {h.start: h for h in hits if h.spec.type == "PROTEST" and h.end == h.start + 1}
    # أغلق متظاهرون الطريق: closing a road is a ban (COERCE) by a state, a protest by a crowd
    bans = {h.start: h for h in hits if h.spec.type == "COERCE" and h.head == h.start}
    busy = taken | {k for h in hits for k in range(min(h.head, h.start), h.end)}
    out: list[Hit] = []
    for i, norm in enumerate(norms):
        act = lex.acts.get(norm)
        if act is None or (i in busy and i not in bans):
            continue
        j = _crowd_after(lex, norms, i)
        if j is None or (j in busy and j not in crowd_hits):
            continue
        if _known(norms, j) and not (act[0] is CROWD_ACT and _subject_case(norms[j])):
            continue
        for replaced in (crowd_hits.pop(j, None), bans.pop(i, None)):
            if replaced is not None:
                hits.remove(replaced)
        spec, prefix = act
        verb = norm[len(prefix) :]
        hit = Hit(i, i + 1, spec, verb[:1] in "يتن", prefix, head=i, form=verb, needed=(j, j + 1))
        out.append(hit)
    return out


_COMMAS = frozenset({"،", ","})


def _subject_case(norm: str) -> bool:
    """المتظاهرون، المحتجون: a known crowd noun in the nominative is the verb's subject; the
    oblique (المتظاهرين) after a verb is more often its object (حمل الأمن المتظاهرين)."""
    return norm.endswith("ون")


def _crowd_after(lex: Lexicon, norms: list[str], i: int) -> int | None:
    """The protester noun within a verb's window after ``i`` (the VSO subject)."""
    for j in range(i + 1, min(len(norms), i + 1 + NEED_WINDOW)):
        if _is_stop(norms[j]) or norms[j] in _COMMAS:
            return None  # the subject comes before the clause's first comma
        if any(c in lex.crowd for c, _ in candidates(norms[j])):
            return j
    return None


_TWO_SIDED = frozenset({"AGREE", "CONSULT"})


# weak nouns whose genitive is their doer: تهديدات واشنطن، رفض الحوثيين (the threats made,
# the refusal given). Agreements and calls are left out: اتفاق أوسلو، دعوة الرئيس name a
# deal or an invitation more often than they report one.
_AGENT_GENITIVE = frozenset({"THREATEN", "REJECT"})


# a preposition after a VSO subject starts an adjunct (صادرت الشرطة من المنزل أسلحة), not
# the object a block word names
_PREPOSITIONS = frozenset({"من", "عن", "في", "على", "الى", "منه", "منها", "عنه", "عنها", "عليه"})


def _blocked_after_subject(norms: list[str], hit: Hit, actors: frozenset[int]) -> bool:
    """A verb whose named subject follows it (VSO) and whose object, one to three words
    later, is one of its block words (تستهدف مصر نمو الناتج، فجر الرئيس مفاجأة): the block
    word is the object as if it stood right after the verb. Not for a verb that needs an
    object: its block words end the search for it there (حمل ... المسؤولية)."""
    block = hit.spec.block
    if not block or hit.spec.need or hit.spec.pos != "verb" or hit.end not in actors:
        return False
    after = norms[hit.end + 1 : hit.end + 4]
    return any(not (keys(w) & block) <= _PREPOSITIONS for w in after)


def _agent_follows(hit: Hit, actors: frozenset[int]) -> bool:
    """A weak verbal noun in the construct state (no ال, no possessive ending) with an
    actor's name right after it, its genitive: the noun names that actor's act."""
    return (
        hit.spec.type in _AGENT_GENITIVE
        and not hit.spec.obj
        and hit.end in actors
        and hit.form == _bare(hit.form)
    )


def _bare(form: str) -> str:
    return form[2:] if form.startswith("ال") else form


def _purpose_noun(hit: Hit) -> bool:
    """ل + an indefinite verbal noun says "in order to" (لفرض عقوبات). A sound feminine
    plural (لتهديدات، لهجمات) is never a purpose: "in order to attacks" is no Arabic; ل
    there is the object marker of the verb before it (تصدت لهجمات: faced attacks)."""
    if not hit.prefix.endswith("ل") or hit.form.startswith("ال"):
        return False
    return not (hit.form.endswith("ات") and hit.form != hit.spec.lemma)


def _between_follows(norms: list[str], hit: Hit) -> bool:
    """اتفاق بين الحكومة والمتمردين، قمة بين الرئيسين: an agreement or meeting noun whose
    two sides follow with بين states the act between them, light verb or not (one
    adjective may come first: اتفاق مبدئي بين)."""
    if hit.spec.type not in _TWO_SIDED:
        return False
    return any(norms[k] == "بين" for k in range(hit.end, min(len(norms), hit.end + 2)))


# Prepositions that never govern a finite verb (منذ and حتى can: منذ بدأت الحرب), as the
# tokens are normalised: إلى is written الي. على (علي) is left out: "a week after" (بعد
# أسبوع على قصف) then reads the shelling as a noun the reference-point check (منذ/بعد right
# before it) does not see, two more false events on gold dev.
_NOUN_PREPOSITIONS = frozenset(
    {"عند", "بعد", "قبل", "في", "من", "الي", "عن", "حول", "رغم", "خلال", "مع", "ضد"}
    | {"بشان", "لدى", "لدي", "عقب", "اثر"}
)


def _after_preposition(
    hit: Hit, norms: list[str], lights: dict[int, tuple[Spec, bool, str]]
) -> bool:
    """من رفض دولي، عند طلب بيونغ يانغ: a bare verb spelling that is also a verbal noun,
    right after a preposition, is that noun (a preposition takes a noun, never a finite
    verb). Not with a light verb shortly before (شاركت طائرات روسية في قصف): the light
    verb reads its arguments already."""
    if hit.spec.pos != "verb" or hit.prefix or hit.form != hit.spec.lemma:
        return False
    if not (hit.noun is not None or hit.weak_noun):
        return False
    if hit.start == 0 or norms[hit.start - 1] not in _NOUN_PREPOSITIONS:
        return False
    return not any(hit.start - LIGHT_WINDOW - 1 <= j < hit.start for j in lights)


def _masdar_after_light(hit: Hit, lights: dict[int, tuple[Spec, bool, str]]) -> bool:
    """A bare perfect-verb spelling right after a light verb is its verbal noun
    (تتبادلان طرد الدبلوماسيين، أعلن سحب قواته): two finite verbs do not follow each other."""
    return (
        hit.spec.pos == "verb"
        and not hit.imperfect
        and not hit.prefix
        and hit.form == hit.spec.lemma
        and hit.start - 1 in lights
    )


def _masdar_after_masdar(lex: Lexicon, norms: list[str], hit: Hit) -> bool:
    """A bare perfect-verb spelling right after ل and another verb's bare spelling is the
    genitive of that verbal noun (خصص لبحث دعم الوكالة، سعى لبحث قصف): a finite verb does
    not follow a purpose noun."""
    if hit.spec.pos != "verb" or hit.imperfect or hit.prefix or hit.form != hit.spec.lemma:
        return False
    if hit.start == 0 or not norms[hit.start - 1].startswith("ل"):
        return False
    bare = norms[hit.start - 1][1:]
    return any(
        form.spec.pos == "verb" and not form.imperfect and form.spec.lemma == bare
        for form in lex.forms.get(bare, ())
    )


def _attach_light(
    hit: Hit, lights: dict[int, tuple[Spec, bool, str]], norms: list[str], hits: list[Hit]
) -> None:
    taken = {h.start for h in hits}
    words = 0
    for j in range(hit.start - 1, -1, -1):
        if _is_stop(norms[j]) or j in taken or words > MAX_LIGHT_REACH:
            return
        words += any(ch.isalnum() for ch in norms[j])  # punctuation does not count
        if j in lights and words - 1 > (lights[j][0].reach or LIGHT_WINDOW):
            continue  # too far for this light verb
        if j in lights:
            spec, imperfect, prefix = lights[j]
            hit.light, hit.light_imperfect, hit.light_prefix = spec, imperfect, prefix
            hit.head = j
            return
