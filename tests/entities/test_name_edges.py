"""Where a name starts and ends: a preposition glued to a known name, a clause
particle before a name, a given name that spells a clitic and a name, a compound rank
before a name that opens like an adjective. Sentences written for the tests."""

from __future__ import annotations

from marsad.doc import Document


def _mentions(doc: Document) -> dict[str, str | None]:
    return {m.text: e.kb_id for e in doc.entities for m in e.mentions}


def test_preposition_glued_to_a_known_name_is_cut_off(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("بعث المدرب برسالة تهنئة لوليد الحسيني بعد فوز الفريق.")
    assert "وليد الحسيني" in _mentions(doc)
    assert "لوليد الحسيني" not in _mentions(doc)


def test_preposition_glued_to_a_kb_surname_links_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("سجل محمد صلاح هدفين، وتحدث المدرب عن الصداقة التي تجمعه بصلاح منذ سنوات.")
    assert _mentions(doc).get("صلاح") == "per:mohamed-salah"
    assert "بصلاح" not in _mentions(doc)


def test_word_that_is_common_whole_keeps_its_first_letter(run) -> None:  # type: ignore[no-untyped-def]
    # بلوك (a block) is far more common whole than a ب before the name لوك
    doc = run("عرضت الشركة تقنية بلوك تشين الجديدة أمام المستثمرين.")
    assert not any(m.startswith("لوك") for m in _mentions(doc))


def test_clause_particle_is_not_part_of_the_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ذكر التقرير بأن أردوغان سيزور المدينة الأسبوع المقبل.")
    assert _mentions(doc).get("أردوغان") == "per:recep-tayyip-erdogan"
    assert not any(m.startswith("بأن") for m in _mentions(doc))


def test_given_name_spelt_like_a_clitic_and_a_surname_stays_whole(run) -> None:  # type: ignore[no-untyped-def]
    # فريد is not ف + ريد (Harry Reid's surname)
    doc = run("غنى المطرب فريد حمدان أغنية جديدة، وقال إن العمل فريد من نوعه.")
    assert "per:harry-reid" not in _mentions(doc).values()
    assert "فريد حمدان" in _mentions(doc)


def test_compound_rank_before_a_name_that_opens_like_an_adjective(run) -> None:  # type: ignore[no-untyped-def]
    # تركي is also "Turkish": the KB name is tried before adjectives are cut off
    doc = run("قال العقيد الركن تركي المالكي إن الدفاعات اعترضت صاروخين فجر اليوم.")
    assert _mentions(doc).get("تركي المالكي") == "per:turki-al-maliki"


def test_family_name_alone_is_the_person_named_in_full_before(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        "استقبل الرئيس الصيني شي جين بينغ وفدا تجاريا في بكين. "
        "وقال شي للوفد إن الأسواق ستبقى مفتوحة."
    )
    xi = next(e for e in doc.entities if e.kb_id == "per:xi-jinping")
    assert [m.text for m in xi.mentions] == ["شي جين بينغ", "شي"]


def test_given_name_alone_is_not_joined_to_an_arab_full_name(run) -> None:  # type: ignore[no-untyped-def]
    # Arab names put the given name first: محمد alone is not محمد بن سلمان
    doc = run("التقى ولي العهد محمد بن سلمان الوفد أمس. وقال محمد إن الطريق طويل.")
    mbs = next(e for e in doc.entities if e.kb_id == "per:mohammed-bin-salman")
    assert [m.text for m in mbs.mentions] == ["محمد بن سلمان"]


def _actor(doc: Document, text: str) -> str | None:
    return next(e.actor for e in doc.entities for m in e.mentions if m.text == text)


def test_envoy_title_reaches_over_the_state_of_posting(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("التقى الوزير السفيرة البريطانية لدى الأردن هيلين ماكفرسون أمس.")
    assert _actor(doc, "هيلين ماكفرسون") == "GBRGOV"
    doc = run("قال سفير الولايات المتحدة لدى العراق دانيال سميث إن الزيارة مهمة.")
    assert _actor(doc, "دانيال سميث") == "USAGOV"


def test_title_before_a_name_joined_by_and_is_the_first_persons(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("حضر اللقاء سفير الإمارات لدى كندا وسامر الخطيب مدير الشركة.")
    assert _actor(doc, "سامر الخطيب") is None


def test_spokesman_rank_takes_the_body_named_before_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال المتحدث باسم الجيش العراقي العميد سعد الربيعي إن القوات تقدمت.")
    assert _actor(doc, "سعد الربيعي") == "IRQMIL"


def test_foreign_rank_is_not_a_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال اللفتنانت كولونيل مارك ستيوارت إن الدورية عادت سالمة.")
    names = [m.text for e in doc.entities for m in e.mentions]
    assert "مارك ستيوارت" in names and not any("اللفتنانت" in n for n in names)


def test_title_with_a_preposition_glued_is_not_a_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قدم السفير رسالة تهنئة لولي العهد السعودي الأمير محمد بن سلمان أمس.")
    names = [m.text for e in doc.entities for m in e.mentions]
    assert not any("العهد" in n for n in names)


def test_city_the_tagger_misses_is_kept_beside_its_state(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قتل ثلاثة جنود في هجوم على حاجز غرب الموصل شمال العراق.")
    assert _mentions(doc).get("الموصل") == "gpe:IRQ:mosul"


def test_word_spelt_like_a_city_is_no_place(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("زار الوزير السعودي معرضا في الرياض، وقال إن جده كان تاجرا.")
    assert "جده" not in _mentions(doc)
    doc = run("فرقت الشرطة الجزائرية المحتجين بالقنابل المسيلة للدموع.")
    assert "المسيلة" not in _mentions(doc)


def test_name_ending_in_a_kin_word_runs_on(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال رئيس حزب الوفد المستشار بهاء أبو شقة إن الحزب يدعم الحكومة.")
    assert "بهاء أبو شقة" in _mentions(doc)


def test_kin_noun_before_a_person_is_not_part_of_the_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال شقيقه فادي إن العائلة ستقيم العزاء في القرية غدا.")
    assert "فادي" in _mentions(doc)
    assert "شقيقه فادي" not in _mentions(doc)


def test_apposition_after_a_person_is_not_part_of_the_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وشرح ابن دريد المتوفى سنة 321 هجرية معنى الكلمة في كتابه.")
    assert "ابن دريد" in _mentions(doc)
    assert not any(m.endswith("المتوفى") for m in _mentions(doc))


def test_preposition_after_a_person_is_not_part_of_the_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وظهر الممثل حسين فهمي رغم مرضه في حفل الافتتاح مساء أمس.")
    assert "حسين فهمي" in _mentions(doc)
    assert "حسين فهمي رغم" not in _mentions(doc)


def test_a_name_that_spells_a_pronoun_keeps_its_first_word(run) -> None:  # type: ignore[no-untyped-def]
    # آنا folds to the pronoun أنا: a pronoun is not listed as a name edge
    doc = run("وقالت الممثلة آنا بونايوتو إن الفيلم سيعرض في روما الشهر المقبل.")
    assert any(m.startswith("آنا") for m in _mentions(doc))


def test_a_month_beside_its_other_name_is_no_company(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وتباطأ معدل التضخم في منطقة اليورو في أبريل نيسان، مؤكدا تقديرات سابقة.")
    assert "نيسان" not in _mentions(doc)


def test_the_company_of_the_same_name_is_still_found(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وباعت شركة نيسان اليابانية سيارات أكثر هذا العام.")
    assert any("نيسان" in m for m in _mentions(doc))


def test_supporters_and_critics_are_not_part_of_the_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ويقول منتقدو ترامب إن سياسته التجارية تضر بالمزارعين.")
    assert all(not m.startswith("منتقدو") for m in _mentions(doc))
    assert _mentions(doc).get("ترامب") == "per:donald-trump"
