"""Speech cues from ``marsad/lang/ar/quotes/cues.json``, folded for matching."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.resources import load_json
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

RESOURCE = "lang/ar/quotes/cues.json"


@dataclass(frozen=True, slots=True)
class CueLexicon:
    version: str
    verbs: dict[str, str]  # folded form -> lemma
    participles: dict[str, str]
    bare_verbs: frozenset[str]  # lemmas that continue the previous speaker when bare
    openers: tuple[str, ...]
    prepositions: dict[str, str]  # lemma -> preposition opening its content
    pronoun_openers: frozenset[str]
    unnamed: tuple[str, ...]
    titles: tuple[str, ...]
    stops: tuple[str, ...]
    prepositions_alone: frozenset[str]  # lemmas whose preposition alone opens content
    reported_nouns: frozenset[str]  # قوله: the speaker is named after عن before it
    document_subjects: tuple[str, ...]  # بيان, تغريدة: the issuer speaks
    negations: frozenset[str]
    subject_stops: frozenset[str]  # words that end a speaker phrase
    request_lemmas: frozenset[str]  # cues whose content is a request, not speech
    # news outlets and their head nouns: glued to ل after a speaker (قال مصدر لوكالة X)
    # they name whom the speaker told, never the speaker
    addressee_outlets: frozenset[str]
    # a report of an outlet (تقرير لوكالة X): there the outlet is the speaker
    outlet_works: frozenset[str]
    # indefinite heads of a construct speaker (رئيس النادي), and words that never
    # head a speaker (العديد، الأمر): read for a participle's opening subject
    construct_heads: frozenset[str]
    not_subjects: frozenset[str]
    # nouns a quoted name follows (صحيفة "..."، عملية "..."): a quotation right after
    # one is that name, not words said
    named_nouns: frozenset[str]
    # cue forms that with nothing before their opener are impersonal: يذكر أن is "it
    # is worth recalling that", the writer's background, not anyone's words
    impersonal: frozenset[str]
    # the heads of a source after بحسب/وفقاً لـ beside names and unnamed sources
    # (بحسب الشرطة المحلية، وفق إحصاءات رسمية); any other phrase there is no source
    source_heads: frozenset[str]
    # cue lemmas that open a cue but cut no other cue's content (توقع، كتب): within
    # reported content they belong to it
    weak: frozenset[str]
    # words right after a cue that make it passive (كتب عليها "...")
    passive_marks: frozenset[str]
    # lemmas whose participle is also a common noun (لافتة: a banner): it opens a
    # quotation only after its preposition
    noun_participles: frozenset[str]
    # cue forms that are also an adjective of belonging before ل (فرع تابع لشركة X):
    # there they say nothing
    belonging: frozenset[str]
    # cue lemmas whose object may stand between subject and opener (وصفت الشرطة
    # المحتجين بأنهم), and the adjectives that are no such object (الأمين العام)
    object_lemmas: frozenset[str]
    adjectives: frozenset[str]


def _raw() -> dict[str, Any]:
    return load_json(RESOURCE)


@lru_cache(maxsize=4)
def load_cues(opts: NormalizeOptions) -> CueLexicon:
    data = _raw()

    def n(s: str) -> str:
        return normalize(s, opts)

    def forms(key: str) -> dict[str, str]:
        return {n(f): n(lemma) for lemma, fs in data[key].items() for f in fs}

    return CueLexicon(
        version=str(data["version"]),
        verbs=forms("verbs"),
        participles=forms("participles"),
        bare_verbs=frozenset(n(w) for w in data["bare_verbs"]),
        openers=tuple(sorted({n(w) for w in data["openers"]}, key=len, reverse=True)),
        prepositions={n(k): n(v) for k, v in data["open_prepositions"].items()},
        pronoun_openers=frozenset(n(w) for w in data["pronoun_openers"]),
        unnamed=tuple(sorted({n(w) for w in data["unnamed_sources"]}, key=len, reverse=True)),
        titles=tuple(sorted({n(w) for w in data["titles"]}, key=len, reverse=True)),
        stops=tuple(n(w) for w in data["content_stops"]),
        prepositions_alone=frozenset(n(w) for w in data["prepositions_alone"]),
        reported_nouns=frozenset(n(w) for w in data["reported_nouns"]),
        document_subjects=tuple(n(w) for w in data["document_subjects"]),
        negations=frozenset(n(w) for w in data["negations"]),
        subject_stops=frozenset(n(w) for w in data["subject_stops"]),
        request_lemmas=frozenset(n(w) for w in data["request_lemmas"]),
        addressee_outlets=frozenset(n(w) for w in data["addressee_outlets"]),
        outlet_works=frozenset(n(w) for w in data["outlet_works"]),
        construct_heads=frozenset(n(w) for w in data["construct_heads"]),
        not_subjects=frozenset(n(w) for w in data["not_subjects"]),
        named_nouns=frozenset(n(w) for w in data["named_nouns"]),
        impersonal=frozenset(n(w) for w in data["impersonal"]),
        source_heads=frozenset(n(w) for w in data["source_heads"]),
        weak=frozenset(n(w) for w in data["weak_lemmas"]),
        passive_marks=frozenset(n(w) for w in data["passive_marks"]),
        noun_participles=frozenset(n(w) for w in data["noun_participles"]),
        belonging=frozenset(n(w) for w in data.get("belonging_forms", ())),
        object_lemmas=frozenset(n(w) for w in data["object_lemmas"]),
        adjectives=frozenset(n(w) for w in data["adjectives"]),
    )
