"""Rules on top of the CRF: WEAPON, LAW, role + nationality + name."""

from __future__ import annotations

from marsad.entities.rules import Span, join_patronymics, title_spans, yield_to_crf
from marsad.entities.steps import Recognizer
from marsad.kb.loader import KB
from marsad.pipeline import Pipeline
from marsad.text.normalize import normalize


def test_model_name_after_weapon_cue_is_weapon(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أعلن الجيش أنه اختبر صواريخ KX-9 الجديدة بنجاح.")
    assert [(e.type, e.name) for e in doc.entities] == [("WEAPON", "KX-9")]


def test_known_weapon_links_to_kb(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("تسلمت الدولة دفعة من منظومة إس-400 أمس.")
    weapons = [e for e in doc.entities if e.type == "WEAPON"]
    assert weapons[0].name_en == "S-400"


def test_quoted_title_after_treaty_cue_is_law(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقع البلدان اتفاقية «التعاون البحري» العام الماضي.")
    laws = [e for e in doc.entities if e.type == "LAW"]
    assert laws[0].mentions[0].text == "اتفاقية «التعاون البحري»"


def test_treaty_cue_before_place_name_is_law(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقع الطرفان اتفاقية البصرة العام الماضي.")
    assert [(e.type, e.name) for e in doc.entities] == [("LAW", "اتفاقية البصرة")]


def test_role_and_adjective_give_unknown_person_an_actor(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قال وزير الخارجية القطري سالم بن فهد المطيري إن بلاده ترحب بالحوار.")
    person = next(e for e in doc.entities if e.type == "PER")
    assert (person.name, person.actor) == ("سالم بن فهد المطيري", "QATGOV")


def test_defence_minister_role_gives_military_code(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وحذر وزير الدفاع الكويتي ناصر عبد الرحمن الفهيد من التصعيد.")
    person = next(e for e in doc.entities if e.type == "PER")
    assert person.actor == "KWTGOVMIL"


def test_role_before_a_state_name_gives_the_state(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وصل وزير خارجية قطر سالم بن فهد المطيري إلى العاصمة.")
    person = next(e for e in doc.entities if e.type == "PER")
    assert person.actor == "QATGOV"


def test_function_word_alone_is_never_a_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال حينئذ إن الوضع صعب.")
    assert not [e for e in doc.entities if e.name == "حينئذ"]


def test_name_found_once_labels_its_other_occurrences() -> None:
    from marsad.entities.rules import Span, propagate
    from marsad.pipeline import Pipeline, analyze
    from marsad.settings import Settings

    text = "وصل رامي الحداد إلى المدينة. والتقى الحداد بالسكان."
    doc = analyze(text, pipeline=Pipeline(Settings(steps=("lines", "tokens", "sentences"))))
    stems = [t.norm for t in doc.tokens]
    first = Span(1, 3, "PER", "crf", 4, 15, "رامي الحداد", confidence=0.9)
    found = propagate(doc, [first], stems, lambda w: False)
    assert [(s.form, s.type) for s in found] == [("الحداد", "PER")]


def _person(ts: int, te: int, source: str) -> Span:
    return Span(ts, te, "PER", source)


def _kb(pipeline: Pipeline) -> KB:
    rec = pipeline.fns[-1]
    assert isinstance(rec, Recognizer)
    return rec.kb


def test_kb_given_name_yields_to_longer_crf_person(ent_pipeline: Pipeline) -> None:
    kb_span, crf_span = _person(3, 4, "kb"), _person(3, 5, "crf")
    assert yield_to_crf(_kb(ent_pipeline), [kb_span], [crf_span]) == []


def test_kb_name_keeps_a_definite_word_after_it(ent_pipeline: Pipeline) -> None:
    kb_span, crf_span = _person(3, 4, "kb"), _person(3, 5, "crf")
    kb = _kb(ent_pipeline)
    assert yield_to_crf(kb, [kb_span], [crf_span], frozenset({4})) == [kb_span]


def test_kb_name_keeps_another_known_name_after_it(ent_pipeline: Pipeline) -> None:
    first, second, crf_span = _person(3, 4, "kb"), _person(4, 5, "kb"), _person(3, 5, "crf")
    kb = _kb(ent_pipeline)
    assert first in yield_to_crf(kb, [first, second], [crf_span])


def test_given_names_come_from_kb_persons_not_places(ent_pipeline: Pipeline) -> None:
    rec = ent_pipeline.fns[-1]
    assert isinstance(rec, Recognizer)
    assert "حسن" in rec.given_names and "اسراءيل" not in rec.given_names


def test_quoted_programme_title_is_an_other_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("تقدم المذيعة برنامج « ليالي الشتاء الطويلة » كل خميس.")
    assert [r["text"] for r in doc.meta["misc_mentions"]] == ["ليالي الشتاء الطويلة"]
    assert not doc.entities


def test_quotes_without_a_title_cue_give_no_other_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("قال المتحدث « لن نتراجع » ثم غادر القاعة.")
    assert "misc_mentions" not in doc.meta


def test_plain_word_after_a_title_is_a_first_name(run, ent_pipeline: Pipeline) -> None:  # type: ignore[no-untyped-def]
    rec = ent_pipeline.fns[-1]
    assert isinstance(rec, Recognizer)
    doc = run("وقدم الفنان زهران القباني عرضا جديدا أمس.")
    labels = ["O", "O", "O", "B-PERS", "O", "O", "O", "O"]
    assert rec.named_after_title(doc, 3, labels, set())
    other = run("وقدم المسرح زهران القباني عرضا جديدا أمس.")
    assert not rec.named_after_title(other, 3, labels, set())  # no title before the word


def test_city_with_a_masculine_nationality_adjective_is_its_club(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("فاز ليون الفرنسي بثلاثة أهداف، ثم عاد الوفد إلى مدينة ليون الفرنسية.")
    kinds = sorted((e.type, e.kb_id or "") for e in doc.entities)
    assert ("ORG", "") in kinds
    assert any(t == "GPE" and k for t, k in kinds)


def test_surname_that_is_a_nationality_adjective_needs_the_full_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("استقبل الرئيس السوداني ضيفه في الخرطوم، وقال السوداني إن اللقاء مثمر.")
    assert not [e for e in doc.entities if e.kb_id == "per:mohammed-shia-al-sudani"]
    full = run("التقى محمد شياع السوداني الوفد أمس، وقال السوداني إن اللقاء مثمر.")
    sudani = [e for e in full.entities if e.kb_id == "per:mohammed-shia-al-sudani"]
    assert sudani and len(sudani[0].mentions) == 2


def test_name_inside_a_quoted_venue_title_is_part_of_the_title(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("تقام المباراة النهائية على ملعب « الكويت » مساء الجمعة.")
    assert [r["text"] for r in doc.meta["misc_mentions"]] == ["الكويت"]
    assert not [e for e in doc.entities if e.kb_id == "gpe:KWT"]


def test_person_ending_in_bin_joins_the_next_person(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("حضر سالم بن محمد بن راشد الحفل.")
    first = Span(1, 3, "PER", "crf")
    father = Span(3, 6, "PER", "kb", entry_ids=["per:x"])
    joined = join_patronymics(doc, [father, first])
    assert [(s.ts, s.te, s.entry_ids) for s in joined] == [(1, 6, [])]
    apart = join_patronymics(doc, [Span(1, 2, "PER", "crf"), Span(3, 6, "PER", "kb")])
    assert len(apart) == 2


def test_definite_org_head_alone_is_not_a_name(ent_pipeline: Pipeline) -> None:
    rec = ent_pipeline.fns[-1]
    assert isinstance(rec, Recognizer)
    norm = ent_pipeline.settings.normalize
    for word in ("البنك", "للمجلس", "والحزب", "بالشركة"):
        assert rec.definite_org_head(normalize(word, norm)), word
    for word in ("بنك", "البنكي", "الأهلي"):
        assert not rec.definite_org_head(normalize(word, norm)), word


def test_unknown_word_after_place_head_is_a_place(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وانتقل الفريق إلى جزيرة مليكوتا للراحة.")
    assert [(e.type, e.name) for e in doc.entities] == [("LOC", "مليكوتا")]


def test_known_word_after_place_head_is_left_alone(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال إن المنطقة منطقة زراعية منذ زمن طويل.")
    assert doc.entities == []


def test_currency_name_is_an_other_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وارتفع سعر صرف الزلوتي أمام العملات الأخرى أمس.")
    assert [r["text"] for r in doc.meta.get("misc_mentions", [])] == ["الزلوتي"]
    assert doc.entities == []


def test_word_after_club_head_is_the_club(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقع اللاعب عقدا جديدا مع نادي الشروق لمدة عامين.")
    assert ("ORG", "الشروق") in [(e.type, e.name) for e in doc.entities]


def test_bank_and_relation_adjective_is_a_bank(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأعلن البنك الزراعي عن أرباح سنوية قياسية أمس.")
    assert [(e.type, e.name, e.kb_id) for e in doc.entities] == [("ORG", "البنك الزراعي", None)]


def test_city_in_a_results_table_is_its_club(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ترتيب المجموعة : لشبونة ( البرتغال ) - ميونيخ ( ألمانيا ) 1 - 1 .")
    clubs = [(e.type, e.kb_id) for e in doc.entities if e.name in ("لشبونة", "ميونيخ")]
    assert clubs == [("ORG", None), ("ORG", None)]


def test_city_after_a_preposition_with_its_state_in_brackets_stays_a_place(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وعقد المؤتمر في ميونيخ ( ألمانيا ) الأسبوع الماضي .")
    assert next((e.type, e.kb_id) for e in doc.entities) == ("GPE", "gpe:DEU:munich")


def test_state_after_club_head_is_the_club(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("فاز نادي الكويت على ضيفه بهدفين.")
    club = [e for e in doc.entities if e.name == "الكويت"]
    assert [(e.type, e.kb_id) for e in club] == [("ORG", None)]


def test_title_spans_at_the_edges_of_the_tokens() -> None:
    from marsad.settings import Settings
    from marsad.text.steps import TextLayer

    layer = TextLayer(Settings())
    assert title_spans(layer.tokens("بعنوان «صوت المدينة» أمس")) == [(2, 4)]
    assert title_spans(layer.tokens("نشر كتابا بعنوان «")) == []  # the quote ends the text
    assert title_spans(layer.tokens("بعنوان «»")) == []  # nothing inside
    two = layer.tokens("قصيدة بعنوان «الريح» وأخرى بعنوان «البحر»")
    assert title_spans(two) == [(3, 4), (8, 9)]


def test_compound_preposition_is_no_mention_of_a_name_found_elsewhere(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("واستقبل الوزير الضيف مراد صالح في مكتبه أمس. وقال صالح إن المجلس صوت لصالح الخطة.")
    texts = [m.text for e in doc.entities for m in e.mentions]
    assert "مراد صالح" in texts
    assert "لصالح" not in texts


def test_bare_central_bank_links_to_the_state_of_the_article(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال محافظ البنك المركزي إن الاقتصاد المصري ينمو. وأبقى البنك المركزي على الفائدة.")
    bank = [e for e in doc.entities if e.type == "ORG"]
    assert [(e.kb_id, len(e.mentions)) for e in bank] == [("org:EGY:central-bank", 2)]


def test_a_lone_name_is_not_copied_onto_a_nationality_adjective() -> None:
    from marsad.entities.rules import Span, propagate
    from marsad.pipeline import Pipeline, analyze
    from marsad.settings import Settings

    text = "تحدث السوداني مع الصحفيين. واستقبل الرئيس السوداني الوفد."
    doc = analyze(text, pipeline=Pipeline(Settings(steps=("lines", "tokens", "sentences"))))
    stems = [t.norm for t in doc.tokens]
    first = Span(1, 2, "PER", "crf", 5, 13, "السوداني", confidence=0.9)
    adjective = frozenset(i for i, s in enumerate(stems) if s == "السوداني" and i > 1)
    assert propagate(doc, [first], stems, lambda w: False) != []
    assert propagate(doc, [first], stems, lambda w: False, adjectives=adjective) == []


def test_a_state_adjective_after_a_title_is_no_person(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("استقبل الرئيس السوداني ـ في مكتبه ـ وفدا من رجال الأعمال أمس.")
    assert not [e for e in doc.entities if e.type == "PER"]


def test_a_place_name_quoted_alone_is_the_paper_of_that_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("القاهرة: «الشرق الأوسط» أعلنت الحكومة خطة جديدة للنقل.")
    assert ("ORG", "org:asharq-al-awsat") in {(e.type, e.kb_id) for e in doc.entities}


def test_a_place_name_unquoted_stays_the_place(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("تتزايد المخاوف من اتساع الحرب في الشرق الأوسط.")
    assert ("LOC", "loc:middle-east") in {(e.type, e.kb_id) for e in doc.entities}


_MATCH_REPORT = (
    "انتهت مباراة الدوري القطري بفوز الغرافة على العربي بهدفين. وسجل لاعب العربي هدفا في "
    "الشوط الثاني، وتألق حارس المرمى في المباراة."
)


def test_a_bare_club_name_in_a_sports_report_is_the_club(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(_MATCH_REPORT)
    clubs = [m.text for e in doc.entities if e.kb_id == "org:al-arabi-qa" for m in e.mentions]
    assert clubs == ["العربي", "العربي"]


def test_a_bare_club_name_after_a_definite_noun_is_its_adjective(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(_MATCH_REPORT + " وتنطلق بطولة الخليج العربي للأندية في الملعب القطري.")
    clubs = [m.text for e in doc.entities if e.kb_id == "org:al-arabi-qa" for m in e.mentions]
    assert clubs == ["العربي", "العربي"]  # not the third, after الخليج


def test_no_bare_club_outside_a_sports_report(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ناقش المجلس الوضع العربي في قطر مع الوزير أمس.")
    assert not [e for e in doc.entities if e.kb_id == "org:al-arabi-qa"]


def test_a_person_ending_in_name_particles_runs_on_to_the_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وسلم المندوب جان بيير دو لا فوسيير رسالة إلى الأمين العام أمس.")
    people = [m.text for e in doc.entities if e.type == "PER" for m in e.mentions]
    assert "جان بيير دو لا فوسيير" in people


def test_particle_runs_on_only_to_a_rare_word() -> None:
    from marsad.entities.rules import Span, run_on_particles
    from marsad.pipeline import Pipeline, analyze
    from marsad.settings import Settings

    doc = analyze(
        "قال وانغ دي أن الزيارة ناجحة.",
        pipeline=Pipeline(Settings(steps=("lines", "tokens", "sentences"))),
    )
    span = Span(1, 3, "PER", "crf")
    run_on_particles(doc, [span], lambda i: doc.tokens[i].text == "أن")
    assert (span.ts, span.te) == (1, 3)
    run_on_particles(doc, [span], lambda i: False)
    assert (span.ts, span.te) == (1, 4)
