"""Whether a trigger states an act that happened: negation, intent, hypotheticals.

Negation: a particle right before the head (لم تفرض، لن، لا، ما، عدم) or a denial
governing the clause (نفى أن ...). Intent: the future (ستفرض، سوف)، a modal (قد + imperfect),
an intent verb or word shortly before (تعتزم، قررت، من المقرر) or an "expected" adjective
right after a verbal noun (الزيارة المرتقبة)، hope and expectation
(يأمل، يتوقع)، a purpose ل (لفرض، but not the object of تعرض "to undergo")، or being the content of a call, threat or promise
(دعا إلى وقف ...، هدد بفرض ...). Hypothetical: a condition opening the clause (إذا، لو، في حال),
or a question (هل ...؟).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.events.lexicon import Cues, keys
from marsad.events.triggers import Hit

INTENT_WINDOW = 4  # words before the head an intent verb may govern
GOVERN_WINDOW = 8  # words a call/threat/promise governs after it
_GOVERNING_INTENT = frozenset({"REQUEST", "THREATEN", "AGREE"})
_GOVERNING_NEGATION = frozenset({"REJECT"})
_GOVERNING_ALLEGED = frozenset({"ACCUSE"})  # اتهم X بقصف: alleged, not reported as fact
# acts whose attempt is the act: trying to storm a town is an assault whether it succeeded
_ATTEMPTS = frozenset({"ASSAULT"})
_FUTURE_WORDS = frozenset({"سوف", "لن"})


@dataclass(slots=True)
class Modality:
    negated: bool = False
    intent: bool = False
    hypothetical: bool = False


def _phrase_before(cues: Cues, name: str, norms: list[str], lo: int, hi: int) -> bool:
    """Whether a phrase of class ``name`` stands within ``[lo, hi)`` (0 <= lo, hi <= len)."""
    phrases = cues.phrases.get(name, ())
    if not phrases:
        return False
    found = list(map(keys, norms[lo:hi]))  # each word's keys once, not once per phrase
    firsts = cues.phrase_firsts.get(name, frozenset())
    for j, first in enumerate(found):
        if firsts.isdisjoint(first):  # most words open no phrase: one set test each
            continue
        for seq in phrases:
            if (
                seq[0] in first
                and j + len(seq) <= len(found)
                and all(w in found[j + k] for k, w in enumerate(seq[1:], 1))
            ):
                return True
    return False


def _negated(cues: Cues, norms: list[str], hit: Hit, left: int) -> bool:
    h = hit.head
    for k in (h - 1, h - 2):
        if k < left:
            break
        w = norms[k]
        if w == "ما" and (k != h - 1 or _relative_ma(norms, h)):
            continue
        if cues.has("negation", w):
            return True
    return False


# normalised له، لها، لهم، لهما، به، بها، بهم: a pronoun after the verb taking ما up
_TAKES_UP = frozenset({"له", "لها", "لهم", "لهما", "به", "بها", "بهم"})


def _relative_ma(norms: list[str], h: int) -> bool:
    """ما تعرض له من تعذيب، ما قامت به القوات: ما is "what", taken up by a pronoun after
    the verb, not a negation."""
    return h + 1 < len(norms) and norms[h + 1] in _TAKES_UP


def _denied(cues: Cues, norms: list[str], hit: Hit, sent_left: int) -> bool:
    """A denial verb before the head: نفى أن يكون ... / نفى اعتقال ... It governs its own
    clause only: a new و-joined verb (نفت دمشق ...، وأيدت روسيا) or a comma ends it."""
    if _coordinated_verb(hit):
        return False
    for k in range(hit.head - 1, max(sent_left - 1, hit.head - 9), -1):
        if norms[k] in _PAUSES:
            return False
        if cues.has("deny_verbs", norms[k]):
            return hit.spec.type != "REJECT"
    return False


_PAUSES = frozenset({"،", ",", "؛", ";", ":"})

REPORT_REACH = 8  # words from a report noun (الأنباء عن) to the act it reports
BASELESS_REACH = 25  # words from the act to the verdict that the reports are untrue


def _baseless(cues: Cues, norms: list[str], hit: Hit) -> bool:
    """الأنباء عن طرد السفير ... لا أساس لها من الصحة، لا صحة للتقارير عن اعتقاله: an act
    that reports or rumours tell of, declared untrue in the same sentence, did not happen."""
    h = hit.head
    lo = max(0, h - REPORT_REACH)
    if not any(cues.has("report_nouns", norms[k]) for k in range(lo, h)):
        return False
    if _phrase_before(cues, "baseless", norms, lo, h):
        return True  # لا صحة للأنباء عن ...
    hi = min(len(norms), hit.end + BASELESS_REACH)
    end = next((k for k in range(hit.end, hi) if _is_end(norms[k])), hi)
    return any(cues.has("baseless", norms[k]) for k in range(hit.end, end)) or _phrase_before(
        cues, "baseless", norms, hit.end, end
    )


EVIDENCE_REACH = 12  # words from the evidence noun to the act it is evidence of
NO_EXISTENCE_REACH = 4  # words from "there is no" to the evidence noun (أي، أدنى، حتى الآن)


def _no_evidence(cues: Cues, norms: list[str], hit: Hit, sent_left: int) -> bool:
    """ليس هناك مؤشرات على أن كيم اتخذ خطوات، لا يوجد أي دليل على حصول هجمات: an act
    there is said to be no sign or evidence of did not happen as far as the text says.
    A pause between the two ends the reach (لا دليل على ذلك، لكن الجيش قصف)."""
    for k in range(hit.head - 1, max(sent_left - 1, hit.head - EVIDENCE_REACH - 1), -1):
        if norms[k] in _PAUSES:
            return False
        if cues.has("evidence_nouns", norms[k]):
            lo = max(sent_left, k - NO_EXISTENCE_REACH)
            if _phrase_before(cues, "no_existence", norms, lo, k):
                return True
    return False


def _is_end(norm: str) -> bool:
    return norm in (".", "!", "؟", "?", ";", "؛")


def _coordinated_verb(hit: Hit) -> bool:
    """وأيدت، ودعت: a finite verb (or light verb) joined by و/ف opens a clause of its own;
    it is a second act of the subject, not the content of the verb before it."""
    if hit.light is not None:
        return hit.light_prefix[:1] in ("و", "ف")
    if hit.noun is not None and not hit.imperfect and hit.form == hit.spec.lemma:
        return False  # وسحب: as likely the verbal noun "and the withdrawal of", still content
    return hit.spec.pos == "verb" and hit.prefix[:1] in ("و", "ف")


def _nominative_noun(hit: Hit) -> bool:
    """طالب المتظاهرون الحكومة بـ...: a noun in the nominative plural (ـون, no preposition
    glued to it) is a subject. What a call, threat or promise governs is its object or
    stands after بـ/إلى/أن, never in the nominative."""
    return (
        hit.spec.pos == "noun"
        and hit.light is None
        and hit.form.endswith("ون")
        and (hit.prefix in ("", "و", "ف", "ال", "وال", "فال"))
    )


def _intended(cues: Cues, norms: list[str], hit: Hit, left: int) -> bool:
    h = hit.head
    imperfect = hit.light_imperfect if hit.light is not None else hit.imperfect
    if hit.future or (hit.purpose and not _undergone(norms, hit, left)):
        return True
    if _called_for(cues, norms, hit):
        return True
    if h > 0 and norms[h - 1] in ("سوف", "لن"):
        return True
    if h > 0 and norms[h - 1] == "قد" and imperfect:
        return True
    if h > 0 and imperfect and norms[h - 1] in _SUBJUNCTIVE:
        return True  # على إيران أن توقف، طالب بأن يفرج: أنْ + verb is wanted, not done
    if imperfect and _joined_subjunctive(cues, norms, hit, left):
        return True
    if _prospective(cues, norms, hit):
        return True
    lo = max(left, h - INTENT_WINDOW)
    # أعلن عن استعداده للمشاركة في القتال: an intent word between a light verb and its noun
    inside = range(h + 1, hit.start) if hit.light is not None else range(0)
    for k in [*range(lo, h), *inside]:
        if _attempt_made(cues, norms, hit, k):
            continue
        if cues.has("intent_verbs", norms[k]) or cues.has("intent_words", norms[k]):
            return True
        if "قد" not in keys(norms[k]) and cues.has("modal", norms[k]):
            return True  # لا يمكن أن يكون احتجاز السفن ...، ربما: possible, not reported
    return any(cues.has("hope_verbs", norms[k]) for k in range(max(left, h - 8), h))


JOINED_REACH = 7  # words from أنْ + verb back to a verb joined to it by و


def _joined_subjunctive(cues: Cues, norms: list[str], hit: Hit, left: int) -> bool:
    """يمكن أن تضيق الخناق وتستهدف المناطق، أن يقفوا بجانبهم ويقدموا لهم: an imperfect
    verb joined by و to the imperfect verb right after أنْ, in the same clause, is in the
    subjunctive too (wanted or possible). أنّ ("that") takes a noun, so a verb spelling
    right after أن marks أنْ. Not after قبل/بعد أن, which date an act that happened."""
    pre = hit.light_prefix if hit.light is not None else hit.prefix
    if not pre.startswith("و"):
        return False
    # the clause of the verb joined to starts right after its أنْ + verb: two words back
    for k in range(hit.head - 1, max(0, left - 2, hit.head - JOINED_REACH) - 1, -1):
        if norms[k] in _PAUSES or _is_end(norms[k]) or cues.has("clause_breaks", norms[k]):
            return False
        if norms[k] in _SUBJUNCTIVE and k + 1 < hit.head:
            if k > 0 and norms[k - 1] in _TEMPORAL:
                return False  # قبل أن تتدخل الشرطة وتعتقل: dated by another act, it happened
            nxt = norms[k + 1]
            return nxt[:1] in ("ي", "ت") and not nxt.startswith("تم")
    return False


_TEMPORAL = frozenset({"قبل", "بعد", "وقبل", "وبعد"})  # قبل أن / بعد أن: before / after


def _attempt_made(cues: Cues, norms: list[str], hit: Hit, k: int) -> bool:
    """حاولت القوات اقتحام البلدة: an attack attempted (not in the future: ستحاول، سوف
    يحاول، لن يحاول) was made, so the attempt verb at ``k`` does not make it intent."""
    if hit.spec.type not in _ATTEMPTS or not cues.has("attempt_verbs", norms[k]):
        return False
    future = norms[k].lstrip("وف").startswith("س")  # ستحاول: no form of حاول starts with س
    return not future and not (k > 0 and norms[k - 1].lstrip("وف") in _FUTURE_WORDS)


PROSPECTIVE_REACH = 2  # words after a verbal noun its "expected" adjective may stand


def _prospective(cues: Cues, norms: list[str], hit: Hit) -> bool:
    """الاحتجاجات المتوقعة، الزيارة الرسمية المرتقبة: a bare verbal noun described as
    expected, planned or possible names an act still to come, not one that happened.
    With a light verb (أجرى المحادثات المقررة) the verb reports it."""
    if hit.spec.pos != "noun" or hit.light is not None:
        return False
    end = min(len(norms), hit.end + PROSPECTIVE_REACH)
    return any(cues.has("prospective", norms[k]) for k in range(hit.end, end))


def _called_for(cues: Cues, norms: list[str], hit: Hit) -> bool:
    """تهديدات بفرض عقوبات، دعوات لوقف القتال، مطالب بالإفراج: the content of a threat,
    call or demand noun (``call_nouns``) right before it, joined by ب/ل or إلى, is wanted
    or threatened, not done; the noun itself needs no light verb to say so."""
    h = hit.head
    pre = hit.light_prefix if hit.light is not None else hit.prefix
    k = h - 1
    if k >= 0 and norms[k] == "الي" and not pre:  # إلى, normalised
        k -= 1
    elif not pre.lstrip("وف").startswith(("ب", "ل")):
        return False
    return k >= 0 and cues.has("call_nouns", norms[k])


# أنْ before an imperfect verb is the subjunctive (أنّ, "that", takes a noun or pronoun)
_SUBJUNCTIVE = frozenset({"ان", "أن", "وان", "وأن", "بان", "بأن"})


# تعرض (to undergo) takes its act with ل: تعرضت الدورية لهجوم is an attack that happened,
# not a purpose; the verb's forms share the stem whatever the person or tense.
_UNDERGO_STEMS = ("تعرض", "يتعرض", "تتعرض", "نتعرض", "اتعرض")


def _undergone(norms: list[str], hit: Hit, left: int) -> bool:
    """A ل + verbal noun trigger that is the object of تعرض, in the same clause (تعرض
    may be the head itself, as the light verb of the construction)."""
    words = 0  # quotes and commas around a place name (تعرضت منطقة "نصيب" لقصف) do not count
    for k in range(hit.head, left - 1, -1):
        if any(c.startswith(_UNDERGO_STEMS) for c in keys(norms[k])):
            return True
        words += any(ch.isalnum() for ch in norms[k])
        if words > GOVERN_WINDOW:
            break
    return False


# Connectives that open a clause stating fact (إذ أن اشتباكات تدور، بينما، لكن): a "which
# would" or condition before one does not reach past it. Relative pronouns are no such
# break: a condition covers its relative clauses (إذا تعرضت القوات التي ... لهجوم).
_FACT_CLAUSE = frozenset({"اذ", "وبينما", "بينما", "فيما", "لكن", "ولكن", "لكنه", "لكنها"})


def _hypothetical(cues: Cues, norms: list[str], hit: Hit, left: int) -> bool:
    lo = max(0, left)
    lo = max([lo, *(k + 1 for k in range(lo, hit.head) if norms[k] in _FACT_CLAUSE)])
    if any(cues.has("hypothetical", norms[k]) for k in range(lo, hit.head)):
        return True
    return _phrase_before(cues, "hypothetical", _unstated(cues, norms, lo, hit.head), lo, hit.head)


_CASE = frozenset({"حال", "حاله"})  # حال، حالة (normalised)


def _unstated(cues: Cues, norms: list[str], lo: int, hi: int) -> list[str]:
    """The tokens with "in a state of" left out of the conditions: في حالة تأهب قصوى،
    في حالة حرب say how things stand, في حال انسحابها (in case of) sets a condition."""
    found = [
        k + 1
        for k in range(lo, hi - 2)
        if norms[k] == "في" and norms[k + 1] in _CASE and cues.has("states", norms[k + 2])
    ]
    if not found:
        return norms
    out = list(norms)
    for k in found:
        out[k] = ""
    return out


def _any(norms: list[str], hit: Hit) -> bool:
    """أي هجوم، أي عقوبات: "any attack" names a kind of act, not one that happened."""
    return hit.light is None and hit.start > 0 and norms[hit.start - 1] in _ANY


_ANY = frozenset({"اي", "ايه"})  # أي، أية (normalised)


def _question(norms: list[str], hit: Hit) -> bool:
    """هل ...؟: a question asks whether the act happens; it does not report it."""
    end = next((k for k in range(hit.end, len(norms)) if norms[k] in (".", "!", "؟", "?")), None)
    return end is not None and norms[end] in ("؟", "?")


def _governed(hit: Hit, hits: list[Hit], norms: list[str], cues: Cues) -> str | None:
    """The type of a call/threat/promise/refusal whose content this trigger is. A و-joined
    verb is a new act (حذرت ... ودعت إلى ...); what a warning states after أن is reported
    as fact (حذرت من أنها تعارض ...), its own tense says whether it is to come; a clause
    opener between starts a clause of its own (سيطلبون الحماية بعدما رفضت واشنطن،
    طالب بالإفراج عن الذين اعتقلتهم الشرطة)."""
    if _coordinated_verb(hit) or _nominative_noun(hit):
        return None
    comps = cues.words.get("complementizers", frozenset())
    for other in hits:
        if other is hit or other.end > hit.head:
            continue
        if any(cues.has("clause_breaks", norms[k]) for k in range(other.end, hit.head)):
            continue
        if other.spec.mode == "warn" and any(norms[k] in comps for k in range(other.end, hit.head)):
            continue
        paused = any(norms[k] in _PAUSES for k in range(other.end, hit.head))
        bare = other.spec.pos == "noun" and other.light is None
        if (bare and (paused or hit.spec.pos == "participle")) or (
            paused and hit.spec.pos == "participle"
        ):
            # لتهديدات واشنطن، محذرا / قلقه من تهديد X للملاحة، مؤكدا تعاون / رفضت ...،
            # محذرة: a noun's content follows it at once, and a circumstantial verb after
            # a comma is the subject's own act, not what the verb before wants or refuses
            continue
        alleged = (
            other.spec.type in _GOVERNING_ALLEGED
            and other.spec.mode == "accuse"  # اتهم X بـ; condemning an act affirms it
            and hit.spec.type not in _GOVERNING_ALLEGED
        )
        if hit.head - other.end - _time_aside(norms, other.end, hit.head) <= GOVERN_WINDOW and (
            other.spec.type in _GOVERNING_INTENT
            or other.spec.type in _GOVERNING_NEGATION
            or alleged
        ):
            return other.spec.type
    return None


# Words that close a time adverbial (نفى خلال خطاب الشهر الماضي، ...، يوم الأحد،): the comma
# after one sets the adverbial aside, it does not end the clause (normalised spellings).
_TIME_ENDS = frozenset(
    {"الماضي", "الماضيه", "امس", "اليوم", "الجاري", "الحالي", "الاحد", "الاثنين", "الثلاثاء"}
    | {"الاربعاء", "الخميس", "الجمعه", "السبت"}
)
ASIDE_REACH = 12  # words a time adverbial between a verb and its content may span


def _time_aside(norms: list[str], lo: int, hi: int) -> int:
    """Words from ``lo`` up to a comma closing a time adverbial before ``hi``: they stand
    between a governing verb and its content without taking it out of the verb's reach."""
    for k in range(lo, min(hi, lo + ASIDE_REACH)):
        if norms[k] in _PAUSES:
            before = norms[k - 1] if k > lo else ""
            return k + 1 - lo if before in _TIME_ENDS or before.isdigit() else 0
    return 0


# Halting or ending an act presupposes it is going on (دعت إلى وقف حملة القمع، طالب بإنهاء
# الاحتجاجات): the call's content is the halt, while the violence or protest is stated.
_HALT = frozenset({"وقف", "ايقاف", "انهاء", "بوقف", "بايقاف", "بانهاء", "لوقف", "لايقاف", "لانهاء"})
_ONGOING = frozenset({"ASSAULT", "COERCE", "PROTEST"})
HALT_REACH = 2  # words between the halt noun and the act (حملة القمع: the campaign of)


def _presupposed(norms: list[str], hit: Hit, hits: Sequence[Hit] = ()) -> bool:
    """The act right after a halt noun, or the object of such an act (وقف حملة القمع
    الدامية للاحتجاجات: the protests the repression is of are going on too)."""
    if hit.spec.type not in _ONGOING or hit.light is not None:
        return False
    lo = max(0, hit.start - HALT_REACH)
    if any(norms[k] in _HALT for k in range(lo, hit.start)):
        return True
    return any(
        o is not hit and 0 <= hit.start - o.end <= HALT_REACH and _presupposed(norms, o)
        for o in hits
    )


def modality(
    cues: Cues, norms: list[str], hit: Hit, hits: list[Hit], left: int, sent_left: int = 0
) -> Modality:
    """Modality of ``hit``; ``left`` is where its clause begins (after إن/أن)."""
    out = Modality()
    h = hit.head
    if hit.spec.prev and h > 0 and not keys(norms[h - 1]).isdisjoint(hit.spec.prev):
        # لن تسمح: a word the entry needs before it is part of the trigger's phrase, so it
        # does not negate it or put it in the future
        norms = [*norms[: h - 1], "", *norms[h:]]
    out.negated = (
        _negated(cues, norms, hit, left)
        or _denied(cues, norms, hit, sent_left)
        or _baseless(cues, norms, hit)
        or _no_evidence(cues, norms, hit, sent_left)
    )
    out.intent = _intended(cues, norms, hit, left)
    out.hypothetical = (
        _hypothetical(cues, norms, hit, sent_left) or _question(norms, hit) or _any(norms, hit)
    )
    gov = _governed(hit, hits, norms, cues)
    if gov in _GOVERNING_INTENT and _presupposed(norms, hit, hits):
        gov = None
    if gov in _GOVERNING_NEGATION:
        out.negated = True
    elif gov in _GOVERNING_ALLEGED:
        out.hypothetical = True
    elif gov is not None:
        out.intent = True
    return out


# منذ اغتيال ...، بعد هجوم ...، في ذكرى تفجير ...: a verbal noun right after "since",
# "after", "before" or "anniversary" names an act as a reference point in time; the
# sentence reports something else. (إثر/عقب "following" are left out: قتل ... إثر هجوم
# reports the attack that killed.) منذ أن / بعد أن + verb reads the same.
_REFERENCE_POINT = frozenset({"منذ", "بعد", "قبل", "ذكري", "ذكرى"})
_THAT = frozenset({"ان", "أن"})


def reference_point(norms: list[str], head: int) -> bool:
    """Whether the trigger at ``head`` follows منذ / بعد / قبل / ذكرى (clitics allowed)."""
    k = head - 1
    if k >= 1 and norms[k] in _THAT:
        k -= 1
    return k >= 0 and not keys(norms[k]).isdisjoint(_REFERENCE_POINT)
