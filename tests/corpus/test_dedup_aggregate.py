"""Duplicates, stories and GDELT-style event aggregation over a small store."""

from __future__ import annotations

from pathlib import Path

from tests.store.helpers import article, with_event

from marsad.corpus.aggregate import aggregate_events
from marsad.corpus.dedup import cluster
from marsad.corpus.minhash import signature
from marsad.settings import NormalizeOptions
from marsad.store.db import Store, open_store
from marsad.store.query import stats, stories
from marsad.store.rows import Analysed

STORY = (
    "أعلنت وزارة النقل افتتاح الطريق السريع الجديد بين المدينتين بعد ثلاث سنوات من العمل. "
    "وقال الوزير في مؤتمر صحفي إن الطريق سيختصر زمن الرحلة إلى النصف ويخدم آلاف السائقين يوميا. "
    "وأضاف أن المرحلة الثانية من المشروع ستبدأ في الربيع المقبل بتمويل حكومي كامل."
)
EDITED = STORY.replace("آلاف السائقين", "عشرات الآلاف من السائقين")
REWORDED = (
    "افتتاح الطريق السريع الجديد بين المدينتين: وزارة النقل تعلن انتهاء العمل بعد ثلاث سنوات. "
    "الوزير قال للصحفيين إن زمن الرحلة سينخفض إلى النصف، وإن المرحلة الثانية تبدأ في الربيع."
)
UNRELATED = (
    "حقق الفريق الأول لكرة السلة فوزا كبيرا في مباراة الأمس وتأهل إلى الدور قبل النهائي. "
    "وأشاد المدرب بأداء اللاعبين الشباب ووعد الجمهور بلقب هذا الموسم."
)
TITLE = "افتتاح الطريق السريع الجديد بين المدينتين"


def _signed(a: Analysed) -> Analysed:
    a.minhash = signature(a.raw.title, a.raw.text, NormalizeOptions())
    return a


def _store(tmp_path: Path, items: list[Analysed]) -> Store:
    s = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    s.write([_signed(a) for a in items])
    return s


def test_exact_copy_points_at_the_first_article(tmp_path: Path) -> None:
    s = _store(tmp_path, [article(STORY, id="a"), article(STORY, id="b", source="other")])
    report = cluster(s)
    assert report.exact_dups == 1 and stats(s)["duplicates"] == 1


def test_lightly_edited_copy_is_a_near_duplicate(tmp_path: Path) -> None:
    s = _store(tmp_path, [article(STORY, id="a"), article(EDITED, id="b", source="other")])
    assert cluster(s).copy_dups == 1


def test_reworded_story_from_another_source_joins_the_story(tmp_path: Path) -> None:
    items = [
        article(STORY, id="a", title=TITLE),
        article(REWORDED, id="b", source="other", published="2021-03-02", title=TITLE),
        article(UNRELATED, id="c", published="2021-03-02"),
    ]
    s = _store(tmp_path, items)
    report = cluster(s)
    [story] = stories(s)
    assert report.story_pairs + report.reworded_pairs == 1 and (
        story["n_articles"],
        story["n_sources"],
    ) == (2, 2)


def test_same_story_outside_the_time_window_is_not_joined(tmp_path: Path) -> None:
    items = [
        article(STORY, id="a", title=TITLE),
        article(REWORDED, id="b", source="other", published="2021-06-01", title=TITLE),
    ]
    s = _store(tmp_path, items)
    assert cluster(s).stories == 0


def test_events_aggregate_per_actor_pair_type_and_date(tmp_path: Path) -> None:
    items = [
        with_event(article(STORY, id="a", source="s1"), src="EGYGOV", tgt="JOR", confidence=0.6),
        with_event(article(REWORDED, id="b", source="s2"), src="EGYGOV", tgt="JOR", confidence=0.9),
        with_event(article(UNRELATED, id="c", source="s2"), src="EGYGOV", tgt="JOR", type="AGREE"),
    ]
    s = _store(tmp_path, items)
    report = aggregate_events(s)
    rows = s.read(
        lambda c: [
            dict(r._mapping)
            for r in c.exec_driver_sql("SELECT * FROM event_aggregates ORDER BY type DESC")
        ]
    )
    consult = rows[0]
    assert report.rows == 2 and consult["type"] == "CONSULT"
    assert (consult["n_articles"], consult["n_sources"], consult["best_confidence"]) == (2, 2, 0.9)
    assert consult["first_seen"] == consult["last_seen"] == "2021-03-01"


def test_acts_named_in_passing_are_not_aggregated(tmp_path: Path) -> None:
    items = [
        with_event(article(STORY, id="a", source="s1"), src="EGYGOV", tgt="JOR"),
        with_event(article(UNRELATED, id="c", source="s2"), src="EGYGOV", tgt="JOR",
                   reported=False),
    ]  # fmt: skip
    s = _store(tmp_path, items)
    report = aggregate_events(s)
    [row] = s.read(lambda c: list(c.exec_driver_sql("SELECT n_articles FROM event_aggregates")))
    assert (report.events, report.rows, row[0]) == (1, 1, 1)


def test_one_word_items_are_not_near_copies_of_each_other(tmp_path: Path) -> None:
    s = _store(
        tmp_path, [article("كاريكاتير", id="a"), article("صور اليوم", id="b", source="other")]
    )
    report = cluster(s)
    assert (report.copy_dups, report.reworded_pairs, report.story_pairs) == (0, 0, 0)
