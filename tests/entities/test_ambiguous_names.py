"""Names that are also common words or other names: ``ماي`` (Theresa May, the Maghrebi
month), ``مالي`` (Mali, "financial"), a KB surname that is another person's given name
(``مشعل``), a bare family name in an article about its state (``الأسد``). Sentences
written for these tests."""

from __future__ import annotations

from marsad.doc import Document


def _links(doc: Document) -> dict[str, str | None]:
    return {m.text: e.kb_id for e in doc.entities for m in e.mentions}


def _types(doc: Document) -> dict[str, str]:
    return {m.text: e.type for e in doc.entities for m in e.mentions}


def test_may_after_a_feminine_verb_is_theresa_may(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("واستقبلت ماي وزير الخارجية الهندي في مكتبها صباح اليوم.", "2018-05-02")
    assert _links(doc).get("ماي") == "per:theresa-may"
    ent = next(e for e in doc.entities if e.kb_id == "per:theresa-may")
    assert ent.actor == "GBRGOV"


def test_may_after_her_title_is_theresa_may(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأكدت رئيسة الوزراء البريطانية ماي أن الحكومة لن تتراجع.", "2018-05-02")
    assert _links(doc).get("ماي") == "per:theresa-may"


def test_may_the_month_is_no_person(run) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "تنطلق امتحانات الباكالوريا يوم 20 ماي في كل الولايات.",
        "أجريت الانتخابات البلدية في ماي الماضي وسط إقبال ضعيف.",
        "تأجل المؤتمر إلى شهر ماي المقبل بطلب من النقابات.",
        "أحيا العمال يوم غرة ماي بمسيرة في العاصمة.",
    ):
        assert "per:theresa-may" not in _links(run(text, "2018-05-02")).values(), text


def test_mali_after_a_preposition_is_the_state(run) -> None:  # type: ignore[no-untyped-def]
    for text, form in (
        ("قتل ثلاثة جنود في هجوم في مالي صباح الأحد.", "مالي"),
        ("تنتشر قوات فرنسية في شمال مالي منذ سنوات.", "مالي"),
        ("عاد الوفد الوزاري من مالي بعد جولة قصيرة.", "مالي"),
        ("وصل المبعوث الأممي بمالي مساء أمس.", "مالي"),
    ):
        links = _links(run(text))
        assert any(k.endswith(form) and v == "gpe:MLI" for k, v in links.items()), text


def test_mali_beside_another_state_is_the_state(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقعت النيجر ومالي اتفاقا لتأمين الحدود المشتركة.")
    assert _links(doc).get("مالي") == "gpe:MLI"


def test_financial_adjective_is_no_state(run) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "تعاني البلدية من عجز مالي كبير هذا العام.",
        "حصلت الجمعية على دعم مالي من متبرعين محليين.",
        "أوقف موظف بتهمة فساد مالي وإداري في الشركة.",
    ):
        assert "gpe:MLI" not in _links(run(text)).values(), text


def test_kb_surname_as_another_persons_first_name_is_not_linked(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("التقى مشعل الحربي رئيس البلدية بوفد من رجال الأعمال.")
    assert "per:khaled-meshaal" not in _links(doc).values()
    assert _types(doc).get("مشعل الحربي") == "PER"


def test_kb_persons_own_first_name_still_links(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال خالد مشعل إن الحركة ستواصل الحوار.")
    assert _links(doc).get("خالد مشعل") == "per:khaled-meshaal"


def test_bare_family_name_in_an_article_about_its_state(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال المحلل إن موقف الأسد تغير بعد الغارات على المطار العسكري السوري.", "2018-03-21")
    assert _links(doc).get("الأسد") == "per:bashar-al-assad"


def test_bare_family_name_in_an_idiom_stays_a_word(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("نالت الشركات السورية حصة الأسد من عقود إعادة الإعمار.", "2018-03-21")
    assert "per:bashar-al-assad" not in _links(doc).values()


def test_bare_family_name_without_its_state_needs_more(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقف الحارس أمام قفص الأسد في حديقة الحيوان.", "2018-03-21")
    assert "per:bashar-al-assad" not in _links(doc).values()
