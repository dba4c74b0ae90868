"""A concession made at someone's request (نزولا عند طلب، استجابة لطلب) is made to the
requester; an act noun right after a possessed decision (بإعلانه، قرارها) is the decision
of the person named last before it. Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_concession_at_a_request(events_pipeline: Pipeline) -> None:
    text = (
        "وفاجأ الرئيس الأمريكي دونالد ترامب حلفاءه في قمة الأطلسي بإعلانه وقف المناورات "
        "العسكرية المشتركة في شبه الجزيرة نزولا عند طلب بيونغ يانغ"
    )
    assert ("USA", "CONCEDE", "PRK") in triples(code(events_pipeline, text))


def test_no_request_keeps_no_target(events_pipeline: Pipeline) -> None:
    text = "وأعلن الرئيس الأمريكي دونالد ترامب وقف المناورات العسكرية في الخريف المقبل"
    assert not any(t == "PRK" for _, _, t in triples(code(events_pipeline, text)))


def test_cut_in_construct_is_to_the_genitive(events_pipeline: Pipeline) -> None:
    # قطع تمويل X: funding of X is cut; the announcer of the cut is its source
    text = "وجاء ذلك بعد إعلان الحكومة الكندية قطع تمويل المنظمة الدولية للهجرة"
    found = triples(code(events_pipeline, text))
    assert ("CAN", "SANCTION", "IGO") in found


def test_cut_with_article_keeps_its_donor(events_pipeline: Pipeline) -> None:
    text = "وانتقدت السلطة الفلسطينية قطع المساعدات الأمريكية"
    assert ("PSE", "ACCUSE", "USA") in triples(code(events_pipeline, text))
