"""``marsad eval gold`` scoring on hand-made gold/prediction pairs with known counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.eval.helpers import date, entity, event, lines_of, quote, span

from marsad.cli.main import cli
from marsad.doc import Argument, DateExpr, Document
from marsad.errors import MarsadError
from marsad.eval.gold import score_article
from marsad.eval.gold_model import (
    GoldArticle,
    GoldDate,
    GoldEntity,
    GoldEvent,
    GoldQuote,
    load_gold,
)

TEXT = (
    "أعلنت وزارة الخارجية التركية أمس الاثنين أن أنقرة تطالب الأمم المتحدة بإرسال مساعدات.\n"
    'وقال الوزير إن "بلادنا لن تقبل بهذا القرار أبداً" في مؤتمر صحفي.\n'
    "اقرأ أيضاً: تقرير عن الطقس في مدينة إزمير"
)


def doc() -> Document:
    return Document(text=TEXT, published="2024-03-12", lines=lines_of(TEXT, non_body=(2,)))


def counts(prf: object) -> tuple[int, int, int]:
    return (prf.tp, prf.fp, prf.fn)  # type: ignore[attr-defined]


# -- entities --------------------------------------------------------------------


def test_entity_found_by_any_normalised_gold_form() -> None:
    d = doc()
    entity(d, "GPE", "أنقرة", actor="TUR")
    gold = GoldArticle(entities=[GoldEntity(mentions=["تركيا", "انقره"], type="GPE")])
    assert counts(score_article(gold, d).entities) == (1, 0, 0)


def test_entity_of_wrong_type_is_miss_and_false_positive() -> None:
    d = doc()
    entity(d, "ORG", "أنقرة")
    gold = GoldArticle(entities=[GoldEntity(mentions=["أنقرة"], type="GPE")])
    assert counts(score_article(gold, d).entities) == (0, 1, 1)


def test_empty_prediction_scores_zero_precision_and_recall() -> None:
    gold = GoldArticle(
        entities=[
            GoldEntity(mentions=["أنقرة"], type="GPE"),
            GoldEntity(mentions=["الأمم المتحدة"], type="ORG"),
        ]
    )
    score = score_article(gold, doc()).entities
    assert counts(score) == (0, 0, 2)
    assert score.precision == score.recall == score.f1 == 0.0


def test_optional_entity_is_ignored_both_ways() -> None:
    d = doc()
    entity(d, "ORG", "وزارة الخارجية التركية")
    gold = GoldArticle(
        entities=[
            GoldEntity(mentions=["وزارة الخارجية التركية"], type="ORG", optional=True),
            GoldEntity(mentions=["الوزير"], type="PER", optional=True),
        ]
    )
    assert counts(score_article(gold, d).entities) == (0, 0, 0)


def test_two_predicted_clusters_for_one_gold_entity_are_one_hit() -> None:
    d = doc()
    entity(d, "GPE", "أنقرة")
    entity(d, "GPE", "التركية")
    gold = GoldArticle(entities=[GoldEntity(mentions=["أنقرة", "التركية"], type="GPE")])
    assert counts(score_article(gold, d).entities) == (1, 0, 0)


def test_linking_accuracy_over_matched_entities() -> None:
    d = doc()
    entity(d, "GPE", "أنقرة", actor="TUR", name_en="turkey")
    entity(d, "ORG", "الأمم المتحدة", actor="IGOUNO", name_en="UN")
    gold = GoldArticle(
        entities=[
            GoldEntity(mentions=["أنقرة"], type="GPE", name_en="Turkey", actor="TUR"),
            GoldEntity(
                mentions=["الأمم المتحدة"], type="ORG", name_en="United Nations", actor="IGOUNO"
            ),
            GoldEntity(mentions=["إزمير"], type="GPE", name_en="Izmir", actor="TUR"),
        ]
    )
    score = score_article(gold, d)
    assert (score.linking_name.correct, score.linking_name.total) == (1, 2)
    assert (score.linking_actor.correct, score.linking_actor.total) == (2, 2)


# -- dates -----------------------------------------------------------------------


def test_date_overlapping_gold_mention_with_equal_value_is_hit() -> None:
    d = doc()
    date(d, "أمس", "2024-03-11")
    gold = GoldArticle(dates=[GoldDate(mention="أمس الاثنين", value="2024-03-11")])
    assert counts(score_article(gold, d).dates) == (1, 0, 0)


def test_date_with_wrong_value_is_miss_and_false_positive() -> None:
    d = doc()
    date(d, "أمس الاثنين", "2024-03-10")
    gold = GoldArticle(dates=[GoldDate(mention="أمس الاثنين", value="2024-03-11")])
    assert counts(score_article(gold, d).dates) == (0, 1, 1)


def test_date_not_overlapping_gold_is_false_positive() -> None:
    d = doc()
    date(d, "مؤتمر", "2024-03-11")
    gold = GoldArticle(dates=[GoldDate(mention="أمس الاثنين", value="2024-03-11")])
    assert counts(score_article(gold, d).dates) == (0, 1, 1)


def test_optional_date_is_ignored_both_ways() -> None:
    d = doc()
    date(d, "الاثنين", "2024-03-11")
    gold = GoldArticle(
        dates=[
            GoldDate(mention="أمس الاثنين", value="2024-03-11", optional=True),
            GoldDate(mention="مؤتمر", value="2024", optional=True),
        ]
    )
    assert counts(score_article(gold, d).dates) == (0, 0, 0)


def test_week_value_outside_gold_mentions_is_not_scored() -> None:
    d = doc()
    date(d, "مؤتمر", "2024-W10")
    assert counts(score_article(GoldArticle(), d).dates) == (0, 0, 0)


def test_week_value_on_a_gold_mention_is_false_positive() -> None:
    d = doc()
    date(d, "أمس الاثنين", "2024-W11")
    gold = GoldArticle(dates=[GoldDate(mention="أمس الاثنين", value="2024-03-11")])
    assert counts(score_article(gold, d).dates) == (0, 1, 1)


def test_repeated_wrong_date_is_one_false_positive() -> None:
    d = Document(text="عقد مؤتمر أول، ثم عقد مؤتمر ثانٍ.")
    date(d, "مؤتمر", "2020")
    s, e = span(d.text, "مؤتمر", nth=1)
    d.dates.append(DateExpr(start=s, end=e, text="مؤتمر", value="2020"))
    assert counts(score_article(GoldArticle(), d).dates) == (0, 1, 0)


def test_any_value_on_an_optional_date_is_ignored() -> None:
    d = doc()
    date(d, "أمس الاثنين", "2024-W11")
    gold = GoldArticle(dates=[GoldDate(mention="أمس الاثنين", value="2024-03", optional=True)])
    assert counts(score_article(gold, d).dates) == (0, 0, 0)


def test_durations_are_not_scored_as_dates() -> None:
    d = doc()
    date(d, "مؤتمر", None, type_="DURATION")
    assert counts(score_article(GoldArticle(), d).dates) == (0, 0, 0)


# -- quotes ----------------------------------------------------------------------


def test_quote_at_jaccard_half_matches() -> None:
    d = doc()
    quote(d, "بلادنا لن تقبل")  # 3 of the gold's 6 words: Jaccard 3/6
    gold = GoldArticle(quotes=[GoldQuote(text="بلادنا لن تقبل بهذا القرار أبداً")])
    assert counts(score_article(gold, d).quotes) == (1, 0, 0)


def test_quote_below_jaccard_half_does_not_match() -> None:
    d = doc()
    quote(d, "بلادنا لن")  # 2 of 6 words
    gold = GoldArticle(quotes=[GoldQuote(text="بلادنا لن تقبل بهذا القرار أبداً")])
    assert counts(score_article(gold, d).quotes) == (0, 1, 1)


def test_quote_speaker_right_by_actor_country() -> None:
    d = doc()
    quote(d, "بلادنا لن تقبل بهذا القرار أبداً", speaker="someone", actor="TUR")
    gold = GoldArticle(
        quotes=[
            GoldQuote(
                text="بلادنا لن تقبل بهذا القرار", speaker="A Minister", speaker_actor="TURGOV"
            )
        ]
    )
    score = score_article(gold, d)
    assert (score.speakers.correct, score.speakers.total) == (1, 1)


def test_quote_speaker_wrong_when_name_and_country_differ() -> None:
    d = doc()
    quote(d, "بلادنا لن تقبل بهذا القرار أبداً", speaker="Other", actor="GRC")
    gold = GoldArticle(
        quotes=[GoldQuote(text="بلادنا لن تقبل بهذا القرار", speaker="X", speaker_actor="TUR")]
    )
    score = score_article(gold, d)
    assert (score.speakers.correct, score.speakers.total) == (0, 1)


def test_optional_quote_is_ignored_both_ways() -> None:
    d = doc()
    quote(d, "بلادنا لن تقبل بهذا القرار أبداً")
    gold = GoldArticle(
        quotes=[
            GoldQuote(text="بلادنا لن تقبل بهذا القرار أبداً", optional=True),
            GoldQuote(text="نحن ندعم الحوار", optional=True),
        ]
    )
    assert counts(score_article(gold, d).quotes) == (0, 0, 0)


# -- events ----------------------------------------------------------------------


def test_event_codes_compare_country_prefix() -> None:
    d = doc()
    event(d, "TURGOV", "REQUEST", "IGOUNOREF")
    gold = GoldArticle(events=[GoldEvent(source="TUR", type="REQUEST", target="IGOUNO")])
    assert counts(score_article(gold, d).events) == (1, 0, 0)


def test_event_igo_codes_compare_six_letters() -> None:
    d = doc()
    event(d, "TUR", "REQUEST", "IGOUNOHLH")
    event(d, "TUR", "REQUEST", "IGOEUREEC")
    gold = GoldArticle(events=[GoldEvent(source="TUR", type="REQUEST", target="IGOUNOREF")])
    assert counts(score_article(gold, d).events) == (1, 1, 0)


def test_event_triples_are_sets() -> None:
    d = doc()
    event(d, "TUR", "REQUEST", "IGOUNO")
    event(d, "TURGOV", "REQUEST", "IGOUNO")
    gold = GoldArticle(
        events=[
            GoldEvent(source="TUR", type="REQUEST", target="IGOUNO"),
            GoldEvent(source="TURGOVMIL", type="REQUEST", target="IGOUNO"),
        ]
    )
    assert counts(score_article(gold, d).events) == (1, 0, 0)


def test_optional_event_is_ignored_both_ways() -> None:
    d = doc()
    event(d, "TUR", "ACCUSE", "IGOUNO")
    gold = GoldArticle(
        events=[
            GoldEvent(source="TUR", type="ACCUSE", target="IGOUNO", required=False),
            GoldEvent(source="TUR", type="REJECT", target="IGOUNO", required=False),
        ]
    )
    assert counts(score_article(gold, d).events) == (0, 0, 0)


def test_negated_prediction_is_not_counted() -> None:
    d = doc()
    event(d, "TUR", "REJECT", "IGOUNO", negated=True)
    gold = GoldArticle(events=[GoldEvent(source="TUR", type="REQUEST", target="IGOUNO")])
    assert counts(score_article(gold, d).events) == (0, 0, 1)


def test_argument_without_actor_takes_entity_actor() -> None:
    d = doc()
    ankara = entity(d, "GPE", "أنقرة", actor="TUR")
    ev = event(d, None, "REQUEST", "IGOUNO")
    ev.source = Argument(entity=ankara.id)
    gold = GoldArticle(events=[GoldEvent(source="TUR", type="REQUEST", target="IGOUNO")])
    assert counts(score_article(gold, d).events) == (1, 0, 0)


def test_event_date_accuracy_over_matched_triples() -> None:
    d = doc()
    event(d, "TUR", "REQUEST", "IGOUNO", date="2024-03-11")
    event(d, "TUR", "AID", "SYR", date="2024-03-12")
    gold = GoldArticle(
        events=[
            GoldEvent(source="TUR", type="REQUEST", target="IGOUNO", date="2024-03-11"),
            GoldEvent(source="TUR", type="AID", target="SYR", date="2024-03-01"),
        ]
    )
    score = score_article(gold, d)
    assert (score.event_dates.correct, score.event_dates.total) == (1, 2)


# -- related lines ---------------------------------------------------------------


def test_related_line_reported_non_body_is_hit() -> None:
    gold = GoldArticle(related=["اقرأ أيضاً: تقرير عن الطقس في مدينة إزمير"])
    assert counts(score_article(gold, doc()).related) == (1, 0, 0)


def test_related_line_left_in_body_is_miss() -> None:
    d = doc()
    d.lines = lines_of(TEXT)
    gold = GoldArticle(related=["اقرأ أيضاً: تقرير عن الطقس في مدينة إزمير"])
    assert counts(score_article(gold, d).related) == (0, 0, 1)


def test_body_line_reported_non_body_is_false_positive() -> None:
    d = doc()
    d.lines = lines_of(TEXT, non_body=(1, 2))
    gold = GoldArticle(related=["اقرأ أيضاً: تقرير عن الطقس في مدينة إزمير"])
    assert counts(score_article(gold, d).related) == (1, 1, 0)


def test_entity_from_related_line_is_violation() -> None:
    d = doc()
    entity(d, "GPE", "إزمير")
    event(d, "TUR", "ACCUSE", None, trigger="تقرير")
    gold = GoldArticle(related=["اقرأ أيضاً: تقرير عن الطقس في مدينة إزمير"])
    assert score_article(gold, d).violations == 2


# -- files and the command -------------------------------------------------------


def write_gold(folder: Path, name: str = "g1.json", **fields: object) -> Path:
    data: dict[str, object] = {"id": name.removesuffix(".json"), "published": "2024-03-12"}
    data.update(fields)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_load_gold_reads_text_file_beside_it(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    gold, text = load_gold(write_gold(tmp_path, text_file="article.txt"))
    assert text == TEXT
    assert gold.published == "2024-03-12"


def test_load_gold_without_text_is_coded_error(tmp_path: Path) -> None:
    with pytest.raises(MarsadError) as exc:
        load_gold(write_gold(tmp_path))
    assert exc.value.code == "E301"


def test_load_gold_with_binary_text_file_is_coded_error(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(MarsadError) as exc:
        load_gold(write_gold(tmp_path, text_file="article.txt"))
    assert exc.value.code == "E301"


def test_load_gold_with_wrong_field_type_is_coded_error(tmp_path: Path) -> None:
    with pytest.raises(MarsadError) as exc:
        load_gold(write_gold(tmp_path, text=TEXT, entities="none"))
    assert exc.value.code == "E301"


def test_cli_scores_related_line_and_dumps_analysis(tmp_path: Path) -> None:
    gold_dir, dump = tmp_path / "gold", tmp_path / "dump"
    gold_dir.mkdir()
    related = ["اقرأ أيضاً: تقرير عن الطقس في مدينة إزمير"]
    write_gold(gold_dir, text=TEXT, related=related)
    args = ["eval", "gold", str(gold_dir), "--json", "--dump", str(dump)]
    out = CliRunner().invoke(cli, args)
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["total"]["related"]["tp"] == 1
    assert [f["id"] for f in data["files"]] == ["g1"]
    assert Document.from_json((dump / "g1.json").read_bytes()).text == TEXT


def test_cli_verbose_lists_misses(tmp_path: Path) -> None:
    write_gold(tmp_path, text=TEXT, dates=[{"mention": "أمس الاثنين", "value": "1999-01-01"}])
    out = CliRunner().invoke(cli, ["eval", "gold", str(tmp_path), "--verbose"])
    assert out.exit_code == 0, out.output
    assert "dates.missed" in out.output


def test_cli_empty_folder_is_coded_error(tmp_path: Path) -> None:
    out = CliRunner().invoke(cli, ["eval", "gold", str(tmp_path)])
    assert out.exit_code == 1
    assert "E302" in out.output


def test_item_from_a_line_marked_non_body_is_a_leak() -> None:
    d = doc()
    entity(d, "GPE", "إزمير")
    assert score_article(GoldArticle(), d).leaks == 1
