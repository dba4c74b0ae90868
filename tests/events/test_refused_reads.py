"""A word the lexicon reads only as the first word of a multiword act (أعمال شغب، سلسلة
بشرية), or a course noun owned in the singular (مسيرته), names something else when the
rest does not follow: the event model may not add the act from it. Sentences of our own."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import load_resources
from marsad.events.triggers import refused_at
from marsad.pipeline import Pipeline, analyze
from marsad.settings import NormalizeOptions, Settings
from marsad.text.normalize import normalize

OPTS = NormalizeOptions()


def _refused(text: str, word: str) -> bool:
    lex, _ = load_resources(OPTS)
    norms = [normalize(w, OPTS) for w in text.split()]
    return refused_at(lex, norms, norms.index(normalize(word, OPTS)), "PROTEST")


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("وعرضت الفنانة أعمالها الجديدة في معرض بالقاهرة", "أعمالها", True),
        ("وشارك الممثل في سلسلة من الأفلام الناجحة", "سلسلة", True),
        ("وبدأ المطرب مسيرته الفنية في سن مبكرة", "مسيرته", True),
        ("وشهدت المدينة أعمال شغب ليلة السبت", "أعمال", False),
        ("وشكل المحتجون سلسلة بشرية حول المبنى", "سلسلة", False),
        # تجمع is an act of its own: the model may read the gatherings
        ("وتحدث الطلاب عن التجمعات التي انتشرت في المدينة", "التجمعات", False),
        # a plural march with its name after it stays a march (مسيرات العودة)
        ("وبدأت مسيرات العودة قرب الحدود", "مسيرات", False),
        # a protest verb takes no object: a photo that brings two people together
        ("ونشر الممثل صورة تجمعه بوالدته على حسابه", "تجمعه", True),
        ("ونشر الزوجان صورة تجمعهما في الحديقة", "تجمعهما", True),
        ("وقدمت المصممة أزياء تجمع بين الأناقة والبساطة", "تجمع", True),
        # leaving somewhere, out of control: no going out to protest
        ("وقال المخرج إن المسلسل خرج من الموسم الرمضاني", "خرج", True),
        ("وأضاف أن الأمور خرجت عن السيطرة", "خرجت", True),
        ("وتخرج في أكاديمية عسكرية بريطانية عام 2016", "وتخرج", True),
        # troops massed as the target of strikes
        ("وشنت الطائرات غارات على مواقع وتجمعات للمسلحين", "وتجمعات", True),
        # we gathered: نا is the subject
        ("وقال أحد المحتجين تجمعنا أمام البرلمان منذ الصباح", "تجمعنا", False),
    ],
)
def test_a_word_that_names_something_else_is_refused(text: str, word: str, want: bool) -> None:
    assert _refused(text, word) is want


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline(Settings())


@pytest.mark.parametrize(
    "text",
    [
        "وعرف المخرج الشاب بإخراج سلسلة من الأفلام القصيرة التي نالت جوائز كثيرة.",
        "وقالت المغنية إنها ستطرح أعمالها الجديدة على الإنترنت الشهر المقبل.",
        "وانطلقت مسيرته الفنية في سن مبكرة في القاهرة.",
    ],
)
def test_works_series_and_careers_are_no_protest(full: Pipeline, text: str) -> None:
    doc = analyze(text, "2024-03-02", pipeline=full)
    assert all(e.type != "PROTEST" for e in doc.events)
