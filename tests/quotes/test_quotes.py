"""Direct and reported speech with speakers, on sentences written for these tests.

Documents go through the text layer; entities are given by hand where a test is
about linking a speaker, so the behaviour does not hang on the tagger.
"""

from __future__ import annotations

import pytest

from marsad.doc import Document, Entity, Mention, Quote
from marsad.pipeline import REGISTRY, Pipeline, StepFn, analyze
from marsad.settings import Settings

TEXT = Settings(steps=("lines", "tokens", "sentences"))


@pytest.fixture(scope="module")
def text_layer() -> Pipeline:
    return Pipeline(TEXT)


@pytest.fixture(scope="module")
def quotes_fn() -> StepFn:
    return REGISTRY.get("quotes").factory(Settings())


def run(
    text: str, text_layer: Pipeline, quotes_fn: StepFn, entities: list[Entity] | None = None
) -> list[Quote]:
    doc = analyze(text, "2021-01-14", pipeline=text_layer)
    doc.entities = entities or []
    return quotes_fn(doc).quotes


def person(doc_text: str, surface: str, name_en: str, actor: str, eid: str = "e1") -> Entity:
    mentions = []
    at = doc_text.find(surface)
    while at >= 0:
        mentions.append(Mention(start=at, end=at + len(surface), text=surface))
        at = doc_text.find(surface, at + 1)
    return Entity(id=eid, type="PER", mentions=mentions, name=surface, name_en=name_en, actor=actor)


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير: «سنواصل العمل مع شركائنا في المنطقة».",
        "وقال الوزير: “سنواصل العمل مع شركائنا في المنطقة”.",
        'وقال الوزير: "سنواصل العمل مع شركائنا في المنطقة".',
        'وقال الوزير "سنواصل العمل مع شركائنا في المنطقة".',
    ],
)
def test_direct_quote_in_every_mark(text: str, text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    [q] = run(text, text_layer, quotes_fn)
    assert (q.text, q.direct) == ("سنواصل العمل مع شركائنا في المنطقة", True)


def test_quote_text_is_its_span(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    text = "وأكد المتحدث أن «الحكومة لن تتراجع عن قرارها مهما كانت الضغوط»."
    doc = analyze(text, "2021-01-14", pipeline=text_layer)
    [q] = quotes_fn(doc).quotes
    assert text[q.start : q.end] == q.text


def test_multi_sentence_quote_is_one_quote(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    text = 'وقال الوزير: "نحن مستعدون للحوار. لكننا لن نقبل بالشروط المسبقة".'
    [q] = run(text, text_layer, quotes_fn)
    assert q.text == "نحن مستعدون للحوار. لكننا لن نقبل بالشروط المسبقة"


def test_unbalanced_quote_runs_to_the_end_of_the_line(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    text = 'وقال الرئيس إنه يريد "إعادة العلاقات بين البلدين إلى مسارها الطبيعي.\nوانتهى اللقاء.'
    [q] = run(text, text_layer, quotes_fn)
    assert q.text == "إعادة العلاقات بين البلدين إلى مسارها الطبيعي"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وقال المتحدث إن الحكومة سترفع الأجور في الربيع.", "قال"),
        ("وقالت الوزيرة إن الحكومة سترفع الأجور في الربيع.", "قالت"),
        ("فأكد المتحدث أن الحكومة سترفع الأجور في الربيع.", "أكد"),
        ("وأضافت الوزارة أن الحكومة سترفع الأجور في الربيع.", "أضافت"),
        ("وأوضح المسؤول أن الحكومة سترفع الأجور في الربيع.", "أوضح"),
        ("وأشار المسؤول إلى أن الحكومة سترفع الأجور في الربيع.", "أشار"),
        ("ورأى المحلل أن الحكومة سترفع الأجور في الربيع.", "رأى"),
        ("واعتبر النائب أن الحكومة سترفع الأجور في الربيع.", "اعتبر"),
        ("وشدد النائب على أن الحكومة سترفع الأجور في الربيع.", "شدد"),
        ("وحذر الخبراء من أن الحكومة سترفع الأجور في الربيع.", "حذر"),
        ("وأعلن المتحدث أن الحكومة سترفع الأجور في الربيع.", "أعلن"),
        ("ونفى المتحدث أن الحكومة سترفع الأجور في الربيع.", "نفى"),
        ("وصرح المتحدث بأن الحكومة سترفع الأجور في الربيع.", "صرح"),
        ("وكشف المتحدث أن الحكومة سترفع الأجور في الربيع.", "كشف"),
        ("وقالوا: الحكومة سترفع الأجور في الربيع.", "قالوا"),
        ("ويقول الخبير إن الحكومة سترفع الأجور في الربيع.", "يقول"),
    ],
)
def test_reported_speech_after_each_cue_verb(
    text: str, cue: str, text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    [q] = run(text, text_layer, quotes_fn)
    assert (q.text, q.direct, q.cue) == ("الحكومة سترفع الأجور في الربيع", False, cue)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "ودعا الوزير إلى الحوار، معتبراً أن الحل السياسي هو الطريق الوحيد.",
            "معتبراً",
            "الحل السياسي هو الطريق الوحيد",
        ),
        (
            "وانتقد الوزير القرار، مشيراً إلى أن العقوبات لن تغير شيئا.",
            "مشيراً",
            "العقوبات لن تغير شيئا",
        ),
        (
            "واختتم الوزير زيارته معرباً عن أمله في تعاون أوسع بين البلدين.",
            "معرباً",
            "أمله في تعاون أوسع بين البلدين",
        ),
    ],
)
def test_participle_cues(
    text: str, cue: str, content: str, text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    quotes = run(text, text_layer, quotes_fn)
    assert [(q.cue, q.text) for q in quotes] == [(cue, content)]


def test_named_speaker_links_to_the_entity(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    text = "وقال سامي ناصر إن المفاوضات ستستأنف قريبا في العاصمة."
    [q] = run(text, text_layer, quotes_fn, [person(text, "سامي ناصر", "Sami Nasser", "XYZGOV")])
    assert (q.speaker, q.speaker_actor, q.speaker_entity) == ("Sami Nasser", "XYZGOV", "e1")


def test_title_resolves_to_the_last_person_named(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    text = "التقى وزير الخارجية سامي ناصر نظيره في العاصمة.\nوقال الوزير إن الجانبين اتفقا على خطة عمل مشتركة."
    [q] = run(text, text_layer, quotes_fn, [person(text, "سامي ناصر", "Sami Nasser", "XYZGOV")])
    assert q.speaker == "Sami Nasser"


def test_unlinked_title_is_the_speaker_phrase(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    # no person named before it: the title itself speaks, with what names its office
    text = "وقال المتحدث باسم الخارجية إن بلاده ترفض أي تدخل في شؤونها الداخلية."
    [q] = run(text, text_layer, quotes_fn)
    assert (q.speaker_text, q.direct) == ("المتحدث باسم الخارجية", False)


def test_bare_verb_continues_the_previous_speaker(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    text = "وقال سامي ناصر إن المفاوضات ستستأنف قريبا.\nوأضاف أن الوفد سيصل الأسبوع المقبل إلى العاصمة."
    quotes = run(text, text_layer, quotes_fn, [person(text, "سامي ناصر", "Sami Nasser", "XYZGOV")])
    assert [q.speaker for q in quotes] == ["Sami Nasser", "Sami Nasser"]


def test_participle_speaks_for_the_subject_of_its_sentence(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    text = "وانتقد سامي ناصر القرار، معتبراً أن العقوبات لن تغير موقف بلاده."
    [q] = run(text, text_layer, quotes_fn, [person(text, "سامي ناصر", "Sami Nasser", "XYZGOV")])
    assert q.speaker == "Sami Nasser"


def test_unnamed_sources_are_a_group_with_their_state(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    [q] = run("وقال مسؤولون أتراك إن المحادثات ستستمر حتى نهاية الشهر.", text_layer, quotes_fn)
    assert (q.speaker, q.speaker_actor) == ("مسؤولون أتراك", "TUR")


def test_unnamed_source_without_a_state(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    [q] = run("وقالت مصادر مطلعة إن الاجتماع تأجل إلى موعد لاحق.", text_layer, quotes_fn)
    assert (q.speaker, q.speaker_actor) == ("مصادر مطلعة", None)


def test_negated_cue_gives_no_quote(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    assert run("ولم يكشف المتحدث أن الاجتماع سيعقد في العاصمة.", text_layer, quotes_fn) == []


def test_quoted_name_is_not_a_quote(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    assert run('واشترت الدولة طائرات "إف-35" الحديثة من المصنع.', text_layer, quotes_fn) == []


def test_quoted_words_without_a_cue_are_not_a_quote(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    text = 'وصدر الكتاب بعنوان "رحلة في ذاكرة المدينة القديمة" عن دار النشر.'
    assert run(text, text_layer, quotes_fn) == []


def test_non_body_lines_give_no_quotes(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    text = 'عاد الوفد إلى العاصمة.\nاقرأ أيضاً: الوزير: "لن نتراجع عن قرارنا مهما حدث"'
    assert run(text, text_layer, quotes_fn) == []


def test_quote_inside_reported_speech_is_the_direct_quote(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    text = 'وقال الوزير إنه يأمل "بعودة الحوار بين الطرفين" قريبا.'
    quotes = run(text, text_layer, quotes_fn)
    assert [(q.text, q.direct) for q in quotes] == [("بعودة الحوار بين الطرفين", True)]


def test_quotes_step_is_registered_after_sentences() -> None:
    info = REGISTRY.get("quotes")
    assert (info.requires, info.provides) == (("sentences",), ("quotes",))


def test_document_round_trips_with_quotes(text_layer: Pipeline, quotes_fn) -> None:  # type: ignore[no-untyped-def]
    doc = analyze("وقال المتحدث إن الحكومة سترفع الأجور.", "2021-01-14", pipeline=text_layer)
    doc = quotes_fn(doc)
    assert Document.from_json(doc.to_json()).quotes == doc.quotes


def test_title_prefers_the_person_named_with_that_title(
    text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    text = (
        "استقبل وزير الخارجية سامي ناصر السفير رامي خليل في مكتبه.\n"
        "وقال الوزير إن العلاقات بين البلدين تشهد تحسنا ملحوظا."
    )
    people = [
        person(text, "سامي ناصر", "Sami Nasser", "XYZGOV", "e1"),
        person(text, "رامي خليل", "Rami Khalil", "ABCGOV", "e2"),
    ]
    [q] = run(text, text_layer, quotes_fn, people)
    assert q.speaker == "Sami Nasser"


def entity(doc_text: str, surface: str, type_: str, name_en: str, eid: str) -> Entity:
    at = doc_text.find(surface)
    mention = Mention(start=at, end=at + len(surface), text=surface)
    return Entity(id=eid, type=type_, mentions=[mention], name=surface, name_en=name_en)  # type: ignore[arg-type]


def test_a_place_after_a_preposition_is_not_the_speaker(
    text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    text = "وقالت الحكومة في لندن إن الإجراءات الجديدة ستطبق على الجميع."
    [q] = run(text, text_layer, quotes_fn, [entity(text, "لندن", "GPE", "London", "e1")])
    assert q.speaker != "London"


def test_a_lone_surname_is_the_person_named_before(text_layer: Pipeline, quotes_fn: StepFn) -> None:
    text = "التقى سامي ناصر الوفد الزائر.\nولفت ناصر إلى أن المحادثات كانت مثمرة وبناءة."
    [q] = run(text, text_layer, quotes_fn, [person(text, "سامي ناصر", "Sami Nasser", "XYZGOV")])
    assert q.speaker == "Sami Nasser"


def test_a_definite_noun_is_the_organisation_named_before(
    text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    text = "نشرت وكالة الأنباء الوطنية تقريرا مطولا.\nوقالت الوكالة إن عدد الزوار تضاعف هذا العام."
    org = entity(text, "وكالة الأنباء الوطنية", "ORG", "National News Agency", "e1")
    [q] = run(text, text_layer, quotes_fn, [org])
    assert q.speaker == "National News Agency"


def test_plural_nationality_gives_the_group_its_state(
    text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    [q] = run("وقال دبلوماسيون فرنسيون إن المفاوضات بلغت مرحلة حاسمة.", text_layer, quotes_fn)
    assert (q.speaker, q.speaker_actor) == ("دبلوماسيون فرنسيون", "FRA")


def test_unlinked_description_takes_the_state_of_its_adjective(
    text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    [q] = run("وقال مستشار تونسي إن الاتفاق سيوقع قريبا.", text_layer, quotes_fn)
    assert (q.speaker, q.speaker_actor) == ("مستشار تونسي", "TUN")


def test_cue_with_an_object_pronoun_keeps_the_sentence_subject(
    text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    text = "وانتقد سامي ناصر البيان بشدة واعتبره موقفا يعكس «تدخلا سافرا في شؤون البلاد»."
    [q] = run(text, text_layer, quotes_fn, [person(text, "سامي ناصر", "Sami Nasser", "XYZGOV")])
    assert (q.text, q.direct, q.speaker) == ("تدخلا سافرا في شؤون البلاد", True, "Sami Nasser")


def test_content_opened_by_a_quote_is_only_the_quote(
    text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    text = 'واعتبر المتحدث "الاتفاق خطوة أولى مهمة" ثم غادر القاعة دون أن يجيب عن الأسئلة.'
    quotes = run(text, text_layer, quotes_fn)
    assert [(q.text, q.direct) for q in quotes] == [("الاتفاق خطوة أولى مهمة", True)]


def test_quotes_from_text_layer_flags_equal_quotes_from_all_tokens(
    text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    # sentences written for this test: a sentence with no cue word between two quotes
    text = (
        "قال الوزير إن المفاوضات ستستمر حتى نهاية الشهر.\n"
        "وصل الوفد إلى العاصمة صباحاً.\n"
        'وأضاف: "لن نقبل بأي شروط مسبقة على الإطلاق".'
    )
    flagged = analyze(text, "2021-01-14", settings=Settings(steps=(*TEXT.steps, "quotes")))
    assert flagged.quotes == run(text, text_layer, quotes_fn) and len(flagged.quotes) == 2


def test_a_cue_inside_a_quotation_neither_quotes_nor_cuts_the_quotation(
    text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    # cues are read before the quote marks: the inner one must still be left out
    text = 'وقال الوزير: "قال لي صديقي إن الطريق طويل وصعب جدا" ثم ابتسم.'
    quotes = run(text, text_layer, quotes_fn)
    assert [(q.text, q.direct, q.speaker) for q in quotes] == [
        ("قال لي صديقي إن الطريق طويل وصعب جدا", True, "الوزير")
    ]


def test_a_second_cue_ends_the_content_of_the_first(
    text_layer: Pipeline, quotes_fn: StepFn
) -> None:
    text = "قال الوزير إن الاتفاق صامد رغم كل شيء، وأضاف أن المحادثات ستستمر الأسبوع المقبل."
    quotes = run(text, text_layer, quotes_fn)
    assert [(q.text, q.cue) for q in quotes] == [
        ("الاتفاق صامد رغم كل شيء", "قال"),
        ("المحادثات ستستمر الأسبوع المقبل", "أضاف"),
    ]


def test_a_cue_after_the_quotation_reports_it() -> None:
    pipe = Pipeline(Settings(steps=("lines", "tokens", "sentences", "entities", "quotes")))
    text = "«لن نقبل بالأمر الواقع مهما طال الزمن»، قال وزير الخارجية الأردني في كلمته أمام الجلسة."
    quotes = analyze(text, "2021-09-16", pipeline=pipe).quotes
    assert [(q.text, q.direct, q.speaker_actor) for q in quotes] == [
        ("لن نقبل بالأمر الواقع مهما طال الزمن", True, "JORGOV")
    ]
