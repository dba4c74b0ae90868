"""Linking and coreference: KB ids, short forms, role references, actors by date."""

from __future__ import annotations

from marsad.entities.link import resolve_reference

AKAR = "قال وزير الدفاع التركي خلوصي أكار إن بلاده لن تتراجع. وأضاف الوزير أن المحادثات مستمرة."


def test_person_actor_is_the_role_held_on_the_document_date(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(AKAR, "2021-01-14")
    akar = next(e for e in doc.entities if e.kb_id == "per:hulusi-akar")
    assert (akar.name_en, akar.actor) == ("Hulusi Akar", "TURGOVMIL")


def test_earlier_date_gives_the_earlier_role(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(AKAR, "2017-05-01")
    akar = next(e for e in doc.entities if e.kb_id == "per:hulusi-akar")
    assert akar.actor == "TURMIL"


def test_short_form_joins_the_full_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("التقى المدرب كريم العتيبي باللاعبين أمس. وأضاف العتيبي أن الفريق جاهز.")
    people = [e for e in doc.entities if e.type == "PER"]
    assert len(people) == 1
    assert [m.text for m in people[0].mentions] == ["كريم العتيبي", "العتيبي"]


def test_role_reference_is_not_a_mention(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(AKAR, "2021-01-14")
    texts = {m.text for e in doc.entities for m in e.mentions}
    assert "الوزير" not in texts


def test_role_reference_resolves_to_the_last_matching_person(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(AKAR, "2021-01-14")
    target = resolve_reference(doc, doc.text.index("الوزير"))
    assert target is not None and target.kb_id == "per:hulusi-akar"


def test_nationality_adjective_is_not_an_entity(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("زار وفد تركي المدينة أمس والتقى مسؤولين.")
    assert not [e for e in doc.entities if "تركي" in e.name]
    rows = doc.meta["actor_mentions"]
    assert [(r["text"], r["actor"], r["adjective"]) for r in rows] == [("تركي", "TUR", True)]


def test_capital_takes_its_state_code(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أعلنت أنقرة أنها سترد على القرار.", "2021-01-14")
    assert [(e.type, e.actor) for e in doc.entities] == [("GPE", "TUR")]


def test_glued_conjunction_is_outside_the_mention(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("اتصل الرئيس بنظيره وبحثا العلاقات بين مصر وتركيا.")
    turkey = next(e for e in doc.entities if e.kb_id == "gpe:TUR")
    assert turkey.mentions[0].text == "تركيا"


def test_restored_form_for_a_swallowed_alef(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قدمت الدولة شكوى للأمم المتحدة أمس.")
    un = next(e for e in doc.entities if e.mentions[0].text.endswith("المتحدة"))
    assert un.mentions[0].form == "الأمم المتحدة"


def test_ambiguous_form_follows_the_countries_of_the_article(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("زار الوفد الأردني عمان أمس.")
    assert next(e for e in doc.entities if e.name == "عمان").actor == "JOR"


def test_bare_ministry_takes_the_state_of_its_sentence(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أعلنت مصر أمس أن وزارة الداخلية اعتقلت خمسة أشخاص.", "2018-03-15")
    ministry = next(e for e in doc.entities if e.type == "ORG")
    assert (ministry.mentions[0].text, ministry.actor) == ("وزارة الداخلية", "EGYGOV")


def test_bare_ministry_with_a_glued_preposition_is_cut(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وجهت تونس شكرها لوزارة الخارجية على جهودها.", "2018-03-15")
    ministry = next(e for e in doc.entities if e.type == "ORG")
    assert ministry.mentions[0].text == "وزارة الخارجية"


def test_user_kb_file_adds_an_entity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from marsad.pipeline import Pipeline, analyze
    from marsad.settings import Settings

    user = tmp_path / "mine.jsonl"
    user.write_text(
        '{"id":"per:test-zahran","type":"PER","name_en":"Test Zahran",'
        '"names_ar":["زهران الغامدي"],"code":"SAUGOV","country":"SAU"}\n',
        encoding="utf-8",
    )
    settings = Settings(steps=("lines", "tokens", "sentences", "entities"), kb_paths=(user,))
    doc = analyze("التقى زهران الغامدي بالوفد.", pipeline=Pipeline(settings))
    assert [(e.kb_id, e.actor) for e in doc.entities] == [("per:test-zahran", "SAUGOV")]


def test_hashtag_in_a_name_still_links(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال الرئيس دونالد #ترمب إن بلاده ستنسحب.", "2018-05-08")
    assert "per:donald-trump" in {e.kb_id for e in doc.entities}


def test_a_written_shadda_tells_amman_from_oman(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وصل الوفد التجاري إلى عمّان مساء الأحد في زيارة تستمر يومين.")
    assert [e.kb_id for e in doc.entities if e.type == "GPE"] == ["gpe:JOR:amman"]


def test_a_bare_homograph_keeps_its_first_reading(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وصل الوفد التجاري إلى سلطنة عمان مساء الأحد في زيارة تستمر يومين.")
    assert [e.kb_id for e in doc.entities if e.type == "GPE"] == ["gpe:OMN"]


def test_a_state_named_inside_its_government_is_linked(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وانتقدت حكومة كوريا الجنوبية قرار الشركة بإغلاق مصنعها.")
    assert "gpe:KOR" in [e.kb_id for e in doc.entities]


def _mentions_of(doc, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    ent = next(e for e in doc.entities if e.name == name)
    return [m.text for m in ent.mentions]


def test_a_surname_joins_the_person_named_in_full_not_a_kb_namesake(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("غنت الفنانة صبا مبارك في افتتاح المهرجان. وقالت مبارك إنها سعيدة بالجمهور.")
    assert _mentions_of(doc, "صبا مبارك") == ["صبا مبارك", "مبارك"]
    assert not any(e.kb_id == "per:hosni-mubarak" for e in doc.entities)


def test_a_surname_stays_with_the_kb_person_spelled_otherwise(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("التقى الرئيس الفرنسي ايمانيول ماكرون نظيره. وقال ماكرون إن اللقاء كان مثمرا.")
    assert any(e.kb_id == "per:emmanuel-macron" for e in doc.entities)


def test_a_fathers_name_after_bin_is_not_a_surname(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("استقبل الشيخ سالم بن راشد الوفد. وكان راشد قد زار المدينة قبل عام.")
    people = [e for e in doc.entities if e.type == "PER"]
    assert all(e.mentions[0].text != "راشد" or len(e.mentions) == 1 for e in people)
    assert "راشد" not in _mentions_of(doc, "سالم بن راشد")


def test_an_unknown_name_written_as_a_hashtag_is_named_without_its_marks(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقالت #مايا_مرسي إن المجلس سيواصل دعم النساء في كل المحافظات.")
    [person] = [e for e in doc.entities if e.type == "PER"]
    assert person.kb_id is None and person.name == "مايا مرسي"
    assert [m.text for m in person.mentions] == ["#مايا_مرسي"]  # as written


def test_hashtag_with_a_title_links_the_person_after_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وصل #الأمير_محمد_بن_سلمان إلى لندن في زيارة رسمية.", "2018-03-07")
    ids = {e.kb_id for e in doc.entities if e.type == "PER"}
    assert "per:mohammed-bin-salman" in ids


def test_hashtag_title_and_adjective_before_a_second_hashtag(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأكد #الرئيس_الفلسطيني #محمود_عباس رفضه للقرار.", "2018-05-03")
    ids = {e.kb_id for e in doc.entities if e.type == "PER"}
    assert "per:mahmoud-abbas" in ids


def test_club_name_with_the_article_joins_the_club_named_in_full(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        "فاز ريال مدريد على ضيفه بهدفين في المباراة. وسجل اللاعب الهدف الأول للريال "
        "في الدقيقة العاشرة. ويرفع الريال رصيده إلى 50 نقطة في صدارة الدوري."
    )
    texts = {m.text: e.kb_id for e in doc.entities for m in e.mentions}
    assert texts.get("الريال") == "org:real-madrid"


def test_surname_after_a_name_ending_in_senior_joins_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        "وزار الرئيس الأمريكي الأسبق جورج بوش الأب المدينة عام 1991. وقال بوش إن الزيارة "
        "كانت مهمة.",
        "2018-04-18",
    )
    texts = {m.text: e.kb_id for e in doc.entities for m in e.mentions}
    assert texts.get("بوش") == "per:george-h-w-bush"
