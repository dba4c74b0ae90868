"""Source and target: word order, prepositions, adjectives, reported speech, dropped subjects."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.doc import Event
from marsad.events.args import Actor, agent_after, protest_sides
from marsad.pipeline import Pipeline


def test_vso(events_pipeline: Pipeline) -> None:
    assert ("TUR", "REQUEST", "USA") in triples(
        code(events_pipeline, "دعت تركيا الولايات المتحدة إلى الحوار.")
    )


def test_svo(events_pipeline: Pipeline) -> None:
    assert ("TUR", "ACCUSE", "GRC") in triples(
        code(events_pipeline, "تركيا تتهم اليونان بانتهاك أجوائها.")
    )


def test_target_after_preposition_ala(events_pipeline: Pipeline) -> None:
    assert ("USA", "SANCTION", "IRN") in triples(
        code(events_pipeline, "فرضت الولايات المتحدة الاثنين عقوبات على إيران.")
    )


def test_target_after_preposition_ma(events_pipeline: Pipeline) -> None:
    assert ("USA", "CONSULT", "CHN") in triples(
        code(events_pipeline, "اجتمع وزير الخارجية الأمريكي مع نظيره الصيني.")
    )


def test_between_x_and_y(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "جرت محادثات بين روسيا وتركيا حول سوريا.")
    assert ("RUS", "CONSULT", "TUR") in triples(doc)


def test_coordinated_subjects(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "رفضت الجزائر والمغرب وتونس المقترح الفرنسي."))
    assert {s for s, t, _ in found if t == "REJECT"} >= {"DZA", "MAR", "TUN"}


def test_nationality_adjective_is_the_source(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "قصفت الطائرات الروسية مواقع في ريف إدلب."))
    assert any(s == "RUS" and t == "ASSAULT" for s, t, _ in found)


def test_construct_state_agent_and_lam_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أدان البرلمان قصف إسرائيل لقطاع غزة.")
    assert any(
        e.type == "ASSAULT" and e.source is not None and e.source.actor == "ISR" for e in doc.events
    )


def test_reported_speech_codes_the_reported_actor(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قال أردوغان إن واشنطن فرضت عقوبات على أنقرة.")
    assert ("USA", "SANCTION", "TUR") in triples(doc)


def test_reported_speech_records_the_speaker(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قال أردوغان إن واشنطن فرضت عقوبات على أنقرة.")
    [ev] = [e for e in doc.events if e.type == "SANCTION"]
    speaker = doc.entity(ev.reported_by)
    assert speaker is not None and "أردوغان" in speaker.name


def test_dropped_subject_continues_previous_sentence(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "انتقدت فرنسا السياسة الإيرانية. وطالبت بالإفراج عن الرهائن.")
    [ev] = [e for e in doc.events if e.type == "REQUEST"]
    assert ev.source is not None and ev.source.actor == "FRA"
    assert ev.mentions[0].sentence == 1


def test_subject_pronoun_after_reporting_verb(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أعلنت روسيا أنها سحبت قواتها من سوريا.")
    assert ("RUS", "RETREAT", "SYR") in triples(doc)


def test_institution_takes_the_state_of_the_sentence(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "شن الجيش عملية عسكرية واسعة في سيناء المصرية.")
    assert any(
        e.type == "ASSAULT" and e.source is not None and e.source.actor == "EGYMIL"
        for e in doc.events
    )


def test_protest_without_coded_side_takes_the_sentence_state(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "تظاهر آلاف العمال أمس في الشوارع احتجاجا على قرار الحكومة المغربية."
    )
    assert ("MAR", "PROTEST", "MAR") in triples(doc)


def test_protest_sides_read_the_state_of_a_place_target() -> None:
    place = Actor(3, 4, "JOR", "الأردن", 20, 26, "GPE")
    source, target = protest_sides([place], 1, None, place)
    assert source is not None and source.code == "JORCVL"
    assert target is place


def test_protest_sides_leave_a_coded_source_alone() -> None:
    union = Actor(0, 2, "FRALAB", "اتحاد العمال", 0, 12, "ORG")
    assert protest_sides([union], 3, union, None) == (union, None)


def test_agent_after_min_qibal_is_the_source(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "شنت غارات على المدينة من قبل الطائرات الإسرائيلية.")
    assert ("ISR", "ASSAULT", None) in triples(doc)


def test_agent_after_ala_yad_is_not_the_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قتل صحفي على يد الشرطة الإيرانية في طهران.")
    assert all(t[2] != "IRN" or t[0] == "IRN" for t in triples(doc))


def test_lam_glued_to_an_indefinite_head_marks_the_owner(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أصيب خمسة مدنيين في غارات لطائرات روسية على ريف إدلب.")
    assert any(t[0] == "RUS" and t[1] == "ASSAULT" for t in triples(doc))


def test_object_pronoun_before_the_subject_points_back(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أقرت الحكومة البولندية قانونا جديدا نددت به إسرائيل بشدة.")
    assert ("ISR", "ACCUSE", "POL") in triples(doc)


def test_titled_name_after_a_verbal_noun_is_its_agent(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "بدأت زيارة الرئيس الفرنسي إيمانويل ماكرون إلى الهند أمس.")
    assert ("FRA", "CONSULT", "IND") in triples(doc)


def test_possessive_pronoun_of_a_meeting_is_the_speaker(events_pipeline: Pipeline) -> None:
    text = "وخلال لقائه الرئيس الفرنسي إيمانويل ماكرون، أكد الرئيس التركي رجب طيب أردوغان أن العلاقات قوية."
    assert ("TUR", "CONSULT", "FRA") in triples(code(events_pipeline, text))


def test_verb_spelling_after_a_light_verb_is_its_verbal_noun(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "واشنطن وموسكو تتبادلان طرد الدبلوماسيين."))
    assert {("USA", "SANCTION", "RUS"), ("RUS", "SANCTION", "USA")} <= found


def test_institution_nouns_may_stand_between_verb_and_adjective(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "اعتقلت قوات الأمن المصرية ناشطا معارضا.")
    assert ("EGY", "COERCE", "EGY") in triples(doc)


def test_weapon_nouns_may_stand_between_verb_and_subject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قصفت مدفعية الجيش التركي مواقع للمسلحين قرب الحدود السورية.")
    assert any(t[0] == "TUR" and t[1] == "ASSAULT" for t in triples(doc))


def test_adjective_after_a_unit_noun_is_the_verbal_nouns_agent(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أدانت الحكومة قصف سلاح الجو الإسرائيلي مواقع في سوريا.")
    assert ("ISR", "ASSAULT", "SYR") in triples(doc)


def test_agent_after_takes_the_coordinated_doers() -> None:
    first = Actor(5, 6, "SYR", "السورية", 30, 37, "ADJ", prep="من", agent=True)
    second = Actor(6, 7, "RUS", "والروسية", 38, 46, "ADJ", conj=True)
    assert agent_after([first, second], 1, 10) == [first, second]


def test_kull_min_introduces_coordinated_subjects(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقعت كل من مصر والأردن اتفاقا للتعاون في مجال الطاقة.")
    assert ("EGY", "AGREE", "JOR") in triples(doc)


def test_rank_adjective_between_nationality_and_verb(events_pipeline: Pipeline) -> None:
    text = "وكانت مسؤولة صينية رفيعة انتقدت، الخميس، وزير الخارجية الأميركي بسبب تصريحاته."
    assert ("CHN", "ACCUSE", "USA") in triples(code(events_pipeline, text))


def test_counterpart_joined_by_wa_agrees_both_ways(events_pipeline: Pipeline) -> None:
    text = "اتفق الرئيس التركي ونظيره الروسي على تمديد الهدنة في إدلب."
    found = triples(code(events_pipeline, text))
    assert {("TUR", "AGREE", "RUS"), ("RUS", "AGREE", "TUR")} <= found


def test_counterpart_after_ba_is_the_object(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أشاد وزير الخارجية السعودي بنظيره الأردني.")
    assert ("SAU", "SUPPORT", "JOR") in triples(doc)


def test_dateline_places_are_not_participants(events_pipeline: Pipeline) -> None:
    text = "الدوحة، قطر (CNN)— رفضت وزارة الخارجية الإيرانية الاتهامات الأخيرة."
    assert all(t[2] != "QAT" for t in triples(code(events_pipeline, text)))


def test_adjective_of_an_act_noun_after_the_verb_is_not_the_subject(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "رفضت الانتقادات الأمريكية الأخيرة لسياستها.")
    assert all(t[0] != "USA" for t in triples(doc))


def test_adjective_of_a_plain_noun_after_the_verb_is_the_subject(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "أصدرت محكمة تركية الخميس عقوبة السجن على صحفي.")
    assert any(t[0] == "TUR" for t in triples(doc))


def test_unnamed_attacker_is_unidentified_armed_forces(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "استهدف هجوم صاروخي قاعدة عسكرية في العراق أمس."))
    assert ("UAF", "ASSAULT", "IRQ") in found


def test_long_subject_list_keeps_every_source(events_pipeline: Pipeline) -> None:
    text = (
        "وقد صنفت الولايات المتحدة وفرنسا وكندا واليابان وهولندا وألمانيا وبريطانيا "
        "جماعة الحوثي منظمة إرهابية."
    )
    found = triples(code(events_pipeline, text))
    sources = {s for s, t, _ in found if t == "ACCUSE"}
    assert sources >= {"USA", "FRA", "CAN", "JPN", "NLD", "DEU", "GBR"}


def test_envoy_post_is_not_the_object(events_pipeline: Pipeline) -> None:
    text = "وانتقد السفير الإيراني لدى الأمم المتحدة، فرهاد رضائي، فرنسا بشدة."
    found = triples(code(events_pipeline, text))
    assert ("IRN", "ACCUSE", "FRA") in found


def test_apposition_after_a_title_subject_is_not_the_object(events_pipeline: Pipeline) -> None:
    text = "وانتقد شيخ الأزهر، أحمد الطيب، قرار الإدارة الأمريكية الأخير."
    found = triples(code(events_pipeline, text))
    assert ("EGY", "ACCUSE", "USA") in found
    assert ("EGY", "ACCUSE", "EGY") not in found


def test_needed_object_before_a_relative_verb(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "ورفعت كندا عقوبات فرضتها على كوبا."))
    assert ("CAN", "SANCTION", "CUB") in found


def test_definite_antecedent_is_a_known_act(events_pipeline: Pipeline) -> None:
    text = "وانتقد الوزير الاتفاق الذي وقعته مصر مع الأردن قبل سنوات."
    found = triples(code(events_pipeline, text))
    assert not any(t == "AGREE" for _, t, _ in found)


def test_any_blockade_is_no_blockade(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وقالت إيران إن أي حصار تفرضه بريطانيا سيفشل."))
    assert not any(t == "SANCTION" for _, t, _ in found)


def test_listing_under_sanctions(events_pipeline: Pipeline) -> None:
    text = "أدرجت وزارة الخزانة الأمريكية شركة إيرانية على قائمة العقوبات."
    assert ("USA", "SANCTION", "IRN") in triples(code(events_pipeline, text))


def test_expelled_diplomats_nationality_is_the_target(events_pipeline: Pipeline) -> None:
    text = "وطردت دبلوماسيين روسيين من كل من ألمانيا، وبولندا، والسويد."
    found = triples(code(events_pipeline, text))
    assert {("DEU", "SANCTION", "RUS"), ("POL", "SANCTION", "RUS")} <= found
    assert not any(s == "RUS" for s, _, _ in found)


def test_expelling_state_named_before_the_verb(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "طردت فرنسا دبلوماسيين إيرانيين اثنين."))
    assert ("FRA", "SANCTION", "IRN") in found


def test_western_states_code_wst(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وكانت دول غربية انتقدت إيران الأسبوع الماضي."))
    assert ("WST", "ACCUSE", "IRN") in found


def test_western_as_a_direction_is_no_actor(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "قصفت الطائرات الروسية ريف حلب الغربي أمس."))
    assert not any("WST" in (s, o) for s, _, o in found)


def test_kull_min_list_of_institutions_are_the_sources(events_pipeline: Pipeline) -> None:
    text = "ورفض كل من الجيش التركي والقوات الروسية المقترح الأمريكي."
    sources = {s for s, t, _ in triples(code(events_pipeline, text)) if t == "REJECT"}
    assert sources >= {"TUR", "RUS"}


def test_unnamed_court_takes_the_sentence_state(events_pipeline: Pipeline) -> None:
    text = "قضت محكمة مصرية بسجن المعارض أحمد ماهر ثلاث سنوات."
    found = triples(code(events_pipeline, text))
    assert any(s == "EGY" and t == "COERCE" for s, t, _ in found)


def test_a_court_condemning_is_a_conviction(events_pipeline: Pipeline) -> None:
    text = "وأدانت محكمة تركية صحفيين اثنين بتهمة التجسس."
    found = triples(code(events_pipeline, text))
    assert any(s == "TUR" and t == "COERCE" for s, t, _ in found)
    assert not any(t == "ACCUSE" for _, t, _ in found)


def test_news_agency_is_not_the_state_of_an_unnamed_court(events_pipeline: Pipeline) -> None:
    text = "وأدانت المحكمة المتهم بالقتل الشهر الماضي، حسب وكالة رويترز."
    found = triples(code(events_pipeline, text))
    assert not any(s == "GBR" for s, _, _ in found)


def test_unnamed_militants_code_imgmus(events_pipeline: Pipeline) -> None:
    text = "وقال الجيش المصري إنه قتل العشرات من المتشددين في شمال سيناء."
    found = triples(code(events_pipeline, text))
    assert ("EGY", "ASSAULT", "IMG") in found


def test_arrest_after_an_attack_falls_on_the_same_side(events_pipeline: Pipeline) -> None:
    text = "وقال الجيش العراقي إنه قتل العشرات من المتشددين واعتقل المئات في الأنبار."
    found = triples(code(events_pipeline, text))
    assert ("IRQ", "COERCE", "IMG") in found


def test_alongside_is_an_ally_not_the_target(events_pipeline: Pipeline) -> None:
    text = "وخاضت القوات العراقية معارك عنيفة إلى جانب القوات الأمريكية ضد تنظيم داعش."
    found = triples(code(events_pipeline, text))
    assert not any(t == "ASSAULT" and o == "USA" for _, t, o in found)
    assert ("IRQ", "ASSAULT", "IMG") in found


def test_meeting_with_two_coordinated_ministers(events_pipeline: Pipeline) -> None:
    text = "وجاء اجتماع لافروف مع وزير الخارجية التركي مولود جاويش أوغلو ووزيرة الخارجية الكورية الجنوبية أمس."
    found = triples(code(events_pipeline, text))
    assert {("RUS", "CONSULT", "TUR"), ("RUS", "CONSULT", "KOR")} <= found


def test_killed_soldiers_nationality_is_the_target(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وأعلنت الوكالة مقتل جنود أردنيين في هجوم."))
    assert any(t == "ASSAULT" and o == "JOR" for _, t, o in found)
    assert not any(t == "ASSAULT" and s == "JOR" for s, t, _ in found)


def test_arrest_by_an_institution_keeps_it_the_agent(events_pipeline: Pipeline) -> None:
    text = "وأدانت منظمة العفو اعتقال الشرطة التركية لصحفيين في إسطنبول."
    found = triples(code(events_pipeline, text))
    assert any(t == "COERCE" and s == "TUR" for s, t, _ in found)


def test_joined_verb_keeps_the_first_subject(events_pipeline: Pipeline) -> None:
    text = "وحذرت فرنسا إيران من مغبة التصعيد ودعت إلى ضبط النفس."
    doc = code(events_pipeline, text)
    [req] = [e for e in doc.events if e.type == "REQUEST"]
    assert req.source is not None and req.source.actor == "FRA"


def test_dropped_subject_from_a_longer_sentence_is_safe(events_pipeline: Pipeline) -> None:
    # the carried subject's token offsets belong to the first sentence, past the end of
    # the second: reading the second's tokens at them must not happen
    text = (
        "وفي مؤتمر صحفي طويل عقد في العاصمة الفرنسية باريس صباح أمس، انتقد السفير الروسي "
        "لدى فرنسا القرار. ودعا إلى معاقبة بريطانيا."
    )
    doc = code(events_pipeline, text)
    [req] = [e for e in doc.events if e.type == "REQUEST"]
    assert req.source is not None and req.source.actor == "RUS"


def test_an_uncoded_name_takes_its_nationality_adjective(events_pipeline: Pipeline) -> None:
    text = "أغلق الجيش التركي، أمس، الطرق المؤدية إلى مدينة عفرين."
    found = triples(code(events_pipeline, text))
    assert any(s == "TUR" and t == "COERCE" for s, t, _ in found)


def test_named_agent_after_min_qibal_overrides_a_guessed_subject(events_pipeline: Pipeline) -> None:
    text = "وقال الوزير الإسرائيلي إن القرار جاء بعد بيانات استنكرت ما جرى من قبل الأمين العام للأمم المتحدة."
    doc = code(events_pipeline, text)
    [acc] = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc.source is not None and acc.source.actor == "IGOUNO"


def test_title_with_lam_before_its_body_is_the_subject(events_pipeline: Pipeline) -> None:
    text = "واتهم الأمين العام لحزب الله إسرائيل بخرق الهدنة."
    found = triples(code(events_pipeline, text))
    assert ("LBN", "ACCUSE", "ISR") in found


def test_an_appeal_by_nobody_named_is_not_coded(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وطالب بإجراء تحقيق شامل في الحادث."))
    assert not any(t == "REQUEST" for _, t, _ in found)


def test_a_criticism_of_no_named_side_is_not_coded(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وانتقد وزير الخارجية الفرنسي القرار."))
    assert not any(t == "ACCUSE" for _, t, _ in found)
    found = triples(code(events_pipeline, "وانتقد وزير الخارجية الفرنسي إيران."))
    assert ("FRA", "ACCUSE", "IRN") in found


def test_an_attack_keeps_its_one_known_side(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وقتل خمسة جنود في هجوم على مدينة الموصل."))
    assert any(t == "ASSAULT" and tgt == "IRQ" for _, t, tgt in found)


def test_support_as_purpose_is_not_an_act(events_pipeline: Pipeline) -> None:
    text = "وأطلق الجيش السعودي عملية عسكرية في اليمن، ودعماً لجهود الجيش اليمني."
    assert not any(t == "SUPPORT" for _, t, _ in triples(code(events_pipeline, text)))
    text = "وأعلن الرئيس الفرنسي تأييده الكامل لإسرائيل."
    assert ("FRA", "SUPPORT", "ISR") in triples(code(events_pipeline, text))


def test_an_uncoded_doer_is_no_source(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وانتقد الكاتب سامر الخطيب إيران في مقال."))
    assert not any(t == "ACCUSE" for _, t, _ in found)


def test_fronted_meeting_pronoun_is_the_main_subject(events_pipeline: Pipeline) -> None:
    text = (
        "وخلال لقائه الرئيس الفرنسي إيمانويل ماكرون في باريس، أكد الملك الأردني"
        " عبد الله الثاني أهمية التعاون."
    )
    assert ("JOR", "CONSULT", "FRA") in triples(code(events_pipeline, text))


def test_an_unnamed_prosecutor_takes_the_state_of_his_city(events_pipeline: Pipeline) -> None:
    text = "وطلب المدعي العام في باريس من السلطات البريطانية تسليم المتهم."
    assert ("FRA", "REQUEST", "GBR") in triples(code(events_pipeline, text))


def test_the_latter_is_the_last_named_actor(events_pipeline: Pipeline) -> None:
    text = "وتحدثت التقارير عن خلاف بين فرنسا وإيران، وانتقدت الأخيرة الولايات المتحدة بشدة."
    assert ("IRN", "ACCUSE", "USA") in triples(code(events_pipeline, text))


def test_the_last_as_an_adjective_is_no_actor(events_pipeline: Pipeline) -> None:
    text = "وانتقدت إيران في الفترة الأخيرة الولايات المتحدة بشدة."
    found = triples(code(events_pipeline, text))
    assert ("IRN", "ACCUSE", "USA") in found
    assert len([t for t in found if t[1] == "ACCUSE"]) == 1


def test_toll_of_a_named_attack_is_not_a_second_attack(events_pipeline: Pipeline) -> None:
    text = "قتل عشرون مسلحا في غارات للطائرات الأمريكية على مواقع تنظيم داعش في سوريا."
    found = triples(code(events_pipeline, text))
    assert any(t[0] == "USA" and t[1] == "ASSAULT" for t in found)
    assert not any(t[0] == "UAF" for t in found)


def test_refusal_with_no_named_target_is_not_coded(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "رفضت الحكومة المغربية إقامة أي مخيمات على أراضيها."))
    assert not any(t[1] == "REJECT" for t in found)


def test_warning_takes_no_target_from_a_condition(events_pipeline: Pipeline) -> None:
    text = "حذرت منظمة الصحة العالمية من كارثة صحية إذا وقع هجوم على مدينة حلب."
    assert not any(t[1] == "THREATEN" for t in triples(code(events_pipeline, text)))


def test_unsaid_object_may_sit_in_a_relative_clause(events_pipeline: Pipeline) -> None:
    text = "عبرت الخارجية الروسية عن رفضها للشروط التي وضعتها الحكومة البريطانية."
    assert ("RUS", "REJECT", "GBR") in triples(code(events_pipeline, text))


def test_approval_with_no_other_side_is_no_agreement(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وافق البرلمان التونسي على القانون الجديد."))
    assert not any(t[1] == "AGREE" for t in found)


def test_actor_after_min_an_is_the_clause_subject(events_pipeline: Pipeline) -> None:
    text = "وحذر الجيش العراقي من أن تنظيم داعش شن هجوما على مدينة الموصل."
    assert ("IMG", "ASSAULT", "IRQ") in triples(code(events_pipeline, text))


def test_denial_takes_no_other_actor_as_its_target(events_pipeline: Pipeline) -> None:
    text = "التقى وزير الخارجية العراقي نظيره الإيراني، فيما نفى حزب الله إرسال مقاتلين."
    assert not any(t[1] == "REJECT" and t[2] == "IRQ" for t in triples(code(events_pipeline, text)))


def test_adjective_before_another_states_body_keeps_its_actor(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "انتقد الجيش العراقي حزب الله بشدة."))
    assert ("IRQ", "ACCUSE", "LBN") in found


def test_its_own_nationals_are_its_state(events_pipeline: Pipeline) -> None:
    text = "دعت السلطات الفرنسية رعاياها إلى مغادرة لبنان فورا."
    assert ("FRA", "REQUEST", "FRA") in triples(code(events_pipeline, text))


def test_actor_after_a_verb_with_a_noun_subject_is_its_object(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "البيان انتقد الحكومة التركية بشدة."))
    assert not any(t[0] == "TUR" and t[1] == "ACCUSE" for t in found)


def test_visit_noun_takes_the_destination_named_before_it(events_pipeline: Pipeline) -> None:
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة في زيارة رسمية تستغرق يومين."
    assert ("FRA", "CONSULT", "EGY") in triples(code(events_pipeline, text))


def test_latter_after_a_possessed_noun_is_an_adjective(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "انتقد النائب بومبيو لإخفائه رحلته الأخيرة إلى كوريا الشمالية.")
    assert not any(e.target is not None and e.target.text == "الأخيرة" for e in doc.events)


def test_welcoming_a_deal_between_two_states_is_not_between_them(
    events_pipeline: Pipeline,
) -> None:
    text = "وأصدر البرلمان العربي بيانا، مرحبا بالاتفاق بين السودان وجنوب السودان."
    found = triples(code(events_pipeline, text))
    assert not any(t[1] == "SUPPORT" and t[0] == "SDN" for t in found)


def test_participle_shares_the_titled_subject(events_pipeline: Pipeline) -> None:
    text = "وتحدث وزير الخارجية السعودي في مؤتمر صحفي، محملا إيران مسؤولية الهجوم."
    assert ("SAU", "ACCUSE", "IRN") in triples(code(events_pipeline, text))


def test_noun_sides_end_at_a_comma(events_pipeline: Pipeline) -> None:
    text = "وحضر وزير الخارجية اجتماع الجامعة العربية، ثم التقى مندوب الأمم المتحدة مساء."
    found = triples(code(events_pipeline, text))
    assert not any(t[0] == "IGOMEA" and t[1] == "CONSULT" and t[2] == "IGOUNO" for t in found)


def test_ma_after_a_refusal_names_partners(events_pipeline: Pipeline) -> None:
    text = "رفضت سوريا بشدة مع حليفتها روسيا قرار الجامعة العربية."
    found = triples(code(events_pipeline, text))
    assert not any(t[1] == "REJECT" and t[2] == "RUS" for t in found)
    assert ("RUS", "REJECT", "IGO") in found


def test_idh_opens_a_clause_of_its_own(events_pipeline: Pipeline) -> None:
    text = (
        "وتثير سياسة الرئيس الأمريكي جدلا واسعا في الولايات المتحدة، إذ تندد المنظمات الحقوقية بها."
    )
    found = triples(code(events_pipeline, text))
    assert not any(t[1] == "ACCUSE" and t[0] == "USA" for t in found)


def test_states_leading_a_group_are_not_its_target(events_pipeline: Pipeline) -> None:
    text = "وأشار التقرير إلى أن دولا كبرى على رأسها الولايات المتحدة وفرنسا تتوعد بالرد العسكري على سوريا."
    found = triples(code(events_pipeline, text))
    assert not any(t[1] == "THREATEN" and t[2] in ("USA", "FRA") for t in found)


def _attack_sources(events: list[Event]) -> set[str | None]:
    return {e.source.actor[:3] if e.source and e.source.actor else None for e in events}


def test_resumptive_clause_names_the_attacker(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قتل ثلاثة حراس في هجوم شنه مسلحون ليبيون على نقطة تفتيش.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and _attack_sources(attacks) == {"LBY"}


def test_claim_clause_names_the_attacker_over_quotes(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أصيب جنديان في هجوم بقذائف الهاون تبنته «تنظيم القاعدة».")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and "UAF" not in _attack_sources(attacks)
    assert all(e.source is not None and e.source.text == "تنظيم القاعدة" for e in attacks)


def test_claim_verb_after_a_preposition_phrase(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "تعرضت قوافل تجارية للهجوم في عمليات نفذها مهربون جزائريون.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and _attack_sources(attacks) == {"DZA"}


def test_claim_clause_does_not_override_a_named_subject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قصفت الطائرات التركية مواقع شنت منها جماعات هجمات سابقة.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert any(e.source is not None and e.source.actor == "TUR" for e in attacks)


def test_killed_in_an_attack_is_done_by_its_attacker(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "قتل جنديان عراقيان في هجوم شنه مسلحون سوريون."))
    assert ("SYR", "ASSAULT", "IRQ") in found
    assert ("IRQ", "ASSAULT", "SYR") not in found


def test_subject_killed_in_an_air_raid_is_its_target(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "جنود أتراك قتلوا جراء غارة جوية روسية في ريف إدلب."))
    assert ("RUS", "ASSAULT", "TUR") in found
    assert ("TUR", "ASSAULT", "RUS") not in found


def test_killing_with_no_cause_phrase_keeps_its_subject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قتلت القوات التركية خمسة مسلحين في جبال قنديل.")
    # the forces' own code (TURMIL) or the bare state: the subject is kept either way
    assert any(
        e.type == "ASSAULT" and e.source and (e.source.actor or "")[:3] == "TUR" for e in doc.events
    )


def test_own_planes_attack_for_a_distant_speaker(events_pipeline: Pipeline) -> None:
    text = (
        "قال الجيش التركي في بيان نشره على موقعه الإلكتروني في ساعة متأخرة من مساء"
        " أمس إن طائراته قصفت مخابئ للمتمردين."
    )
    attacks = [e for e in code(events_pipeline, text).events if e.type == "ASSAULT"]
    assert attacks and _attack_sources(attacks) == {"TUR"}


def test_unit_named_by_nationality_before_a_description(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ذكر شهود أن دورية تركية مؤلفة من ثلاث مدرعات اقتحمت القرية.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and _attack_sources(attacks) == {"TUR"}


def test_unit_adjective_past_a_clause_opener_is_not_the_attacker(
    events_pipeline: Pipeline,
) -> None:
    text = "وصلت دورية تركية إلى القرية بينما كانت مجموعة مسلحة مجهولة تقتحم المدرسة."
    attacks = [e for e in code(events_pipeline, text).events if e.type == "ASSAULT"]
    assert all(e.source is None or e.source.actor != "TUR" for e in attacks)


def test_name_after_titled_subject_is_not_its_object(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "طالب رئيس الحكومة البريطانية بوريس جونسون طهران بالإفراج عن المعتقلين."
    )
    assert ("GBR", "REQUEST", "IRN") in triples(doc)
    assert ("GBR", "REQUEST", "GBR") not in triples(doc)


def test_granting_a_deadline_is_a_demand(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أمهلت رئيسة الحكومة البريطانية تيريزا ماي دمشق يومين للرد.")
    assert ("GBR", "REQUEST", "SYR") in triples(doc)


def test_recognising_a_right_is_support(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قالت الحكومة الألمانية إنها تعترف بحق أوكرانيا في حماية حدودها.")
    assert ("DEU", "SUPPORT", "UKR") in triples(doc)
    doc = code(events_pipeline, "اعترفت الحكومة الألمانية بوجود أخطاء في خطتها.")
    assert not any(t[1] == "SUPPORT" for t in triples(doc))


def test_national_named_as_group_member_acts_for_the_group(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أعلنت الشرطة العراقية القبض على قيادي فرنسي بارز في تنظيم داعش.")
    assert ("IRQ", "COERCE", "IMG") in triples(doc)
    assert ("IRQ", "COERCE", "FRA") not in triples(doc)


def test_harm_verb_before_a_victim_noun_is_passive(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "قتل جندي عراقي في انفجار قرب الموصل."))
    assert all(s != "IRQ" for s, t, _ in found if t == "ASSAULT")


def test_victim_of_a_passive_harm_verb_is_the_target(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وخطف صحفيان فرنسيان أمس في شمال العراق."))
    assert any(g == "FRA" for _, t, g in found if t == "ASSAULT")


def test_harm_verb_before_an_armed_subject_stays_active(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قتل مسلحون جنديين أمريكيين في بغداد.")
    [ev] = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.source is not None and ev.source.text == "مسلحون"
    assert ev.target is not None and ev.target.actor == "USA"


def test_office_in_a_capital_is_that_state(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وطالب المسؤول في روما السلطات المصرية بتسليم الوثائق.")
    assert ("ITA", "REQUEST", "EGY") in triples(doc)


def test_place_after_a_plain_noun_is_no_subject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وطالب المحتجون في روما الحكومة بالاستقالة.")
    requests = [e for e in doc.events if e.type == "REQUEST"]
    assert all(e.source is None or e.source.text != "روما" for e in requests)
    # the protesters (civilians) ask their own government, not the place
    assert all(e.source is None or e.source.actor != "ITA" for e in requests)


def test_subject_of_qama_does_the_verbal_noun(events_pipeline: Pipeline) -> None:
    text = "وقامت امرأة فرنسية اعتنقت الإسلام منذ سنوات بتفجير نفسها قرب دورية عسكرية."
    found = triples(code(events_pipeline, text))
    assert any(s == "FRA" for s, t, _ in found if t == "ASSAULT")
