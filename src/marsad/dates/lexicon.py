"""The Arabic date vocabulary: CLDR month and weekday names from babel plus the
curated variants in ``marsad/lang/ar/dates/lexicon.json``, folded for matching."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from babel.dates import get_day_names, get_month_names

from marsad.resources import load_json
from marsad.settings import NormalizeOptions
from marsad.text.lexicon import load_lexicon as load_word_counts
from marsad.text.normalize import normalize, table_for

RESOURCE = "lang/ar/dates/lexicon.json"


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """Folded surface form -> value tables. Weekdays use Python's Monday=0."""

    version: str
    months: dict[str, int]
    ambiguous_months: dict[str, str]  # folded -> the only raw spelling matched alone
    months_needing_cue: frozenset[str]  # مارس (a verb): a month only after a cue
    hijri_months: dict[str, int]
    hijri_ambiguous: frozenset[str]
    weekdays: dict[str, int]
    cardinals: dict[str, int]
    ordinals: dict[str, int]  # day ordinals 1..31 (الثامن, الحادي والعشرين)
    units: dict[str, tuple[str, int]]  # word -> (period letter, count: 1, 2 or 0 plural)
    relative_days: dict[str, int]
    anchored_days: dict[str, int]  # غداة: counted from the last full date in the text
    parts_of_day: dict[str, str]
    period_parts: dict[str, str]
    period_words: dict[str, str]
    past_mods: frozenset[str]
    future_mods: frozenset[str]
    current_mods: frozenset[str]
    seasons: dict[str, str]
    specials: dict[str, str]  # PRESENT_REF / PAST_REF / FUTURE_REF phrases
    sets: dict[str, str]
    decades: dict[str, int]
    future_markers: frozenset[str]
    future_stoplist: frozenset[str]
    short_futures: frozenset[str]  # سيصل، سيتم: four-letter future verbs, listed
    past_markers: frozenset[str]  # قد, كان, أمس: a past event near a date without a year
    present_stoplist: frozenset[str]  # يوم, تقرير: يـ/تـ words that are no scheduling verb
    counted_nouns: frozenset[str]  # 2000 شخص: a number before one is a count
    year_adverbs: frozenset[str]  # 1990 تقريبا: alif-final words that follow years
    # the corpus's words opening with ي, ت or ن without that letter, folded (the
    # segmenter's word counts): what a future verb is without سـ and its prefix
    # (ستمكث -> مكث of يمكث), where a name is not (سيلفا, سترزودا)
    imperfectives: frozenset[str]
    # a noun a day-month names something after (ثورة 25 يناير), with its clitics and
    # article, folded -> its class: "place", "movement" or "event"
    name_heads: dict[str, str]
    # head class -> (month, day) -> year of the named event
    named_days: dict[str, dict[tuple[int, int], int]]
    named_hijri_days: dict[str, dict[tuple[int, int], int]]
    named_months: dict[str, dict[int, int]]  # head class -> month -> year (ثورة يوليو)
    anniversary_words: frozenset[str]  # ذكرى: a named day's anniversary keeps its reading


def _raw() -> dict[str, Any]:
    return load_json(RESOURCE)


def _ordinal_days(data: dict[str, Any], n: Any) -> dict[str, int]:
    """Day ordinals 1..31: the listed words plus compounds (الحادي عشر, الثالث والعشرين)."""
    out = {n(w): int(k) for k, ws in data["ordinals"].items() for w in ws}
    units = {int(k): n(w) for k, w in data["ordinal_units"].items()}
    for u, word in units.items():
        out[f"{word} عشر"] = 10 + u
        out[f"{word} عشره"] = 10 + u
        for tens, tens_word in ((20, "العشرين"), (30, "الثلاثين")):
            if tens + u <= 31:
                out[f"{word} و{n(tens_word)}"] = tens + u
    return out


def _cardinals(data: dict[str, Any], n: Any) -> dict[str, int]:
    """Cardinals 1..99 including compounds (خمسة وتسعين)."""
    base = {n(w): int(k) for k, ws in data["cardinals"].items() for w in ws}
    units = {w: v for w, v in base.items() if v < 10}
    tens = {w: v for w, v in base.items() if v in range(20, 100, 10)}
    out = dict(base)
    for uw, uv in units.items():
        for tw, tv in tens.items():
            out[f"{uw} و{tw}"] = uv + tv
    return out


# feminine modifiers, as a plural of things takes them (الأيام الماضية, السنوات
# الأخيرة: the latest years, up to the time of writing)
PLURAL_PAST = ("الماضية", "السابقة", "الفائتة", "المنصرمة", "الأخيرة")
PLURAL_FUTURE = ("المقبلة", "القادمة", "التالية", "اللاحقة")
# a plural's vague count between it and its modifier: الأيام القليلة الماضية
PLURAL_FEW = ("", "القليلة ")


def _plural_refs(data: dict[str, Any], n: Callable[[str], str]) -> dict[str, str]:
    """``الأيام الماضية`` / ``السنوات القليلة المقبلة``: a definite plural unit with a
    past or future modifier is an unplaced past or future (PAST_REF / FUTURE_REF)."""
    out: dict[str, str] = {}
    for spec in data["units"].values():
        for word in spec["plural"]:
            if word in spec["singular"]:
                continue  # عاما, سنة: counted forms, no plural of their own
            for few in PLURAL_FEW:
                for mod in PLURAL_PAST:
                    if mod == "الأخيرة" and spec["period"] in ("TH", "TM"):
                        continue  # الدقائق الأخيرة: of a match or a count, not of the past
                    out[n(f"ال{word} {few}{mod}")] = "PAST_REF"
                for mod in PLURAL_FUTURE:
                    out[n(f"ال{word} {few}{mod}")] = "FUTURE_REF"
    return out


@lru_cache(maxsize=4)
def load_lexicon(opts: NormalizeOptions) -> DateLexicon:
    data = _raw()

    def n(s: str) -> str:
        return normalize(s, opts)

    months: dict[str, int] = {}
    for loc in data["babel_locales"]:
        for num, name in get_month_names("wide", locale=loc).items():
            months[n(name)] = int(num)
    for num, names in data["month_variants"].items():
        months.update({n(w): int(num) for w in names})
    weekdays = {n(name): int(i) for i, name in get_day_names("wide", locale="ar").items()}
    weekdays.update({n(w): int(k) for k, ws in data["weekday_variants"].items() for w in ws})
    units: dict[str, tuple[str, int]] = {}
    for spec in data["units"].values():
        for form, count in (("plural", 0), ("dual", 2), ("singular", 1)):
            units.update({n(w): (spec["period"], count) for w in spec[form]})

    def table(key: str) -> dict[str, str]:
        return {n(w): k for k, ws in data[key].items() for w in ws}

    specials = _plural_refs(data, n)
    specials.update({n(w): "PRESENT_REF" for w in data["present_ref"]})
    specials.update({n(w): "PAST_REF" for w in data["past_ref"]})
    specials.update({n(w): "FUTURE_REF" for w in data["future_ref"]})
    return DateLexicon(
        version=str(data["version"]),
        months=months,
        ambiguous_months={n(k): v for k, v in data["ambiguous_months"]["names"].items()},
        months_needing_cue=frozenset(n(w) for w in data["months_needing_cue"]),
        hijri_months={n(w): int(k) for k, ws in data["hijri_months"].items() for w in ws},
        hijri_ambiguous=frozenset(n(w) for w in data["hijri_ambiguous"]),
        weekdays=weekdays,
        cardinals=_cardinals(data, n),
        ordinals=_ordinal_days(data, n),
        units=units,
        relative_days={n(w): int(k) for k, ws in data["relative_days"].items() for w in ws},
        anchored_days={n(w): int(k) for k, ws in data["anchored_days"].items() for w in ws},
        parts_of_day=table("parts_of_day"),
        period_parts=table("period_parts"),
        period_words=table("period_words"),
        past_mods=frozenset(n(w) for w in data["past_modifiers"]),
        future_mods=frozenset(n(w) for w in data["future_modifiers"]),
        current_mods=frozenset(n(w) for w in data["current_modifiers"]),
        seasons=table("seasons"),
        specials=specials,
        sets=table("sets"),
        decades={n(w): int(k) for k, ws in data["decades"].items() for w in ws},
        future_markers=frozenset(n(w) for w in data["future_markers"]),
        future_stoplist=frozenset(n(w) for w in data["future_prefix_stoplist"]),
        short_futures=frozenset(n(w) for w in data["short_future_verbs"]),
        past_markers=frozenset(n(w) for w in data["past_markers"]),
        present_stoplist=frozenset(n(w) for w in data["present_verb_stoplist"]),
        counted_nouns=frozenset(n(w) for w in data["counted_nouns"]),
        year_adverbs=frozenset(n(w) for w in data["adverbs_after_year"]),
        imperfectives=_imperfectives(opts),
        name_heads=_name_heads(data, n),
        named_days=_month_days(data["named_days"]),
        named_hijri_days=_month_days(data["named_hijri_days"]),
        named_months={
            kind: {int(k): int(y) for k, y in data["named_months"].get(kind, {}).items()}
            for kind in ("place", "movement", "event")
        },
        anniversary_words=frozenset(_with_clitics(data["anniversary_words"], n)),
    )


# what may be glued before a head noun (وثورة, لثورة, بمدينة, والثورة)
_HEAD_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def _name_heads(data: dict[str, Any], n: Callable[[str], str]) -> dict[str, str]:
    return {
        form: kind for kind, words in data["name_heads"].items() for form in _with_clitics(words, n)
    }


def _with_clitics(words: list[str], n: Callable[[str], str]) -> list[str]:
    """Every written form of nouns: bare or with ال, after a clitic (ل + ال is لل:
    لثورة, للثورة, بالذكرى), folded."""
    out: list[str] = []
    for w in words:
        for form in (n(w), n("ال" + w)):
            for c in _HEAD_CLITICS:
                out.append(c + form[1:] if c.endswith("ل") and form.startswith("ال") else c + form)
    return out


def _month_days(data: dict[str, Any]) -> dict[str, dict[tuple[int, int], int]]:
    """Per head class (a place names none): MM-DD -> year, keyed (month, day)."""
    return {
        kind: {(int(k[:2]), int(k[3:])): int(y) for k, y in data.get(kind, {}).items()}
        for kind in ("place", "movement", "event")
    }


def _imperfectives(opts: NormalizeOptions) -> frozenset[str]:
    """Imperfective stems: the corpus's words opening with ي, ت or ن, without it,
    folded like the text the rules read (a translation table: ``normalize`` per word
    would cost more than the rest of the lexicon)."""
    table = table_for(opts)
    words = load_word_counts().counts
    return frozenset(w[1:].translate(table) for w in words if w[:1] in ("ي", "ت", "ن"))
