"""The store: migrations, idempotent writes, Arabic full-text search, queries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.store.helpers import article, pg_schema, with_event

from marsad.store import schema as S
from marsad.store import write as W
from marsad.store.db import Store, open_store
from marsad.store.migrations import MIGRATIONS
from marsad.store.query import ArticleFilter, EventFilter, article_doc, events, search_articles
from marsad.store.rows import Analysed, EntityRow, MentionRow, QuoteRow

NEWS = "زار الرئيس العاصمة الجديدة والتقى بالوزراء لبحث خطة التنمية."
OTHER = "فاز المنتخب الوطني بالمباراة النهائية وسط حضور جماهيري كبير."


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(f"sqlite:///{tmp_path / 'm.db'}")


def test_migrations_are_recorded_and_applied_once(tmp_path: Path) -> None:
    s = Store(f"sqlite:///{tmp_path / 'x.db'}")
    assert s.migrate() == [m.name for m in MIGRATIONS]
    assert s.migrate() == []


def test_rewriting_a_batch_changes_nothing(store: Store) -> None:
    batch = [article(NEWS, id="a1"), article(OTHER, id="a2")]
    assert store.write(batch) == 2
    assert store.write(batch) == 0
    assert store.count("articles") == 2 and store.count("analyses") == 2


def test_search_folds_article_hamza_and_diacritics(store: Store) -> None:
    store.write([article(NEWS, id="a1"), article(OTHER, id="a2")])
    hits = search_articles(store, ArticleFilter(q="رئيس"))
    assert [h.doc_id for h in hits] == ["a1"]
    assert [h.doc_id for h in search_articles(store, ArticleFilter(q="المُنتخب"))] == ["a2"]


def test_search_prefix_and_filters(store: Store) -> None:
    store.write([article(NEWS, id="a1", source="s1"), article(OTHER, id="a2", source="s2")])
    assert [h.doc_id for h in search_articles(store, ArticleFilter(q="التنم*"))] == ["a1"]
    assert search_articles(store, ArticleFilter(q="الرئيس", source="s2")) == []


def test_stored_document_round_trips(store: Store) -> None:
    store.write([article(NEWS, id="a1")])
    doc = article_doc(store, 1)
    assert doc is not None and doc.text == NEWS and doc.steps == ["lines", "tokens", "sentences"]


def test_events_are_stored_with_actors_and_filterable(store: Store) -> None:
    store.write([with_event(article(NEWS, id="a1"), src="EGYGOV", tgt="JOR")])
    [ev] = events(store, EventFilter(actor="JOR"))
    assert (ev.source_actor, ev.type, ev.date) == ("EGYGOV", "CONSULT", "2021-03-01")
    assert events(store, EventFilter(types=("ASSAULT",))) == []
    # a country is a code prefix of either side, the same filter the API applies
    assert [e.id for e in events(store, EventFilter(country="EGY"))] == [ev.id]
    assert events(store, EventFilter(country="EGYM")) == []


def test_acts_named_in_passing_are_listed_only_when_asked_for(store: Store) -> None:
    store.write([with_event(article(NEWS, id="a1"), src="EGYGOV", tgt="JOR"),
                 with_event(article(OTHER, id="a2"), src="SYR", tgt="JOR", reported=False)])  # fmt: skip
    assert [e.source_actor for e in events(store, EventFilter(actor="JOR"))] == ["EGYGOV"]
    listed = events(store, EventFilter(actor="JOR", passing=True, sort="id", order="asc"))
    assert [(e.source_actor, e.reported) for e in listed] == [("EGYGOV", True), ("SYR", False)]


def _drop_reported(conn: Any) -> None:
    """Make the store look as one written before ``0004_event_reported``."""
    conn.exec_driver_sql("ALTER TABLE events DROP COLUMN reported")
    conn.execute(S.migrations.delete().where(S.migrations.c.name == "0004_event_reported"))


def _reported_by_doc(s: Store) -> dict[str, bool]:
    sql = "SELECT a.doc_id, e.reported FROM events e JOIN articles a ON a.id = e.article_id"
    return s.read(lambda c: {r[0]: bool(r[1]) for r in c.exec_driver_sql(sql)})


def test_reported_migration_fills_the_flag_from_stored_documents(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    s = open_store(url)
    s.write([with_event(article(NEWS, id="a1"), src="EGYGOV", tgt="JOR"),
             with_event(article(OTHER, id="a2"), src="SYR", tgt="JOR", reported=False)])  # fmt: skip
    s.transaction(_drop_reported)
    s.close()
    again = Store(url)
    assert again.migrate() == ["0004_event_reported"]
    assert _reported_by_doc(again) == {"a1": True, "a2": False}
    again.close()


@pytest.mark.postgres
def test_postgres_reported_migration_fills_the_flag() -> None:
    with pg_schema() as url:
        s = open_store(url)
        s.write([with_event(article(NEWS, id="a1"), src="EGYGOV", tgt="JOR", reported=False)])
        s.transaction(_drop_reported)
        assert s.migrate() == ["0004_event_reported"]
        assert _reported_by_doc(s) == {"a1": False}
        s.close()


def test_rows_of_later_batches_point_at_their_own_articles(store: Store) -> None:
    # Ids of articles and events are assigned in the writer; a second batch must not
    # reuse the first batch's ids or attach its rows to another article.
    store.write([with_event(article(NEWS, id="a1"), src="EGYGOV", tgt="JOR")])
    store.write(
        [
            with_event(article(OTHER, id="b1"), src="JOR", tgt="SYR"),
            with_event(article(NEWS + " ثم عاد.", id="b2"), src="SYR", tgt="EGYGOV"),
        ]
    )
    sql = (
        "SELECT a.doc_id, e.source_actor, m.article_id = e.article_id FROM events e"
        " JOIN articles a ON a.id = e.article_id JOIN event_mentions m ON m.event_id = e.id"
        " ORDER BY a.doc_id"
    )
    rows = store.read(lambda c: [tuple(r) for r in c.exec_driver_sql(sql)])
    assert rows == [("a1", "EGYGOV", 1), ("b1", "JOR", 1), ("b2", "SYR", 1)]


@pytest.mark.postgres
def test_postgres_store_writes_once_and_searches_arabic() -> None:
    with pg_schema() as url:
        s = open_store(url)
        batch = [article(NEWS, id="a1"), article(OTHER, id="a2")]
        assert s.write(batch) == 2 and s.write(batch) == 0
        assert [h.doc_id for h in search_articles(s, ArticleFilter(q="والرئيس"))] == ["a1"]
        s.close()


@pytest.mark.postgres
def test_postgres_statistics_refresh_analyses_marsad_tables() -> None:
    with pg_schema() as url:
        s = open_store(url)
        s.write([article(NEWS, id="a1")])
        s.refresh_statistics()
        sql = (
            "SELECT last_analyze FROM pg_stat_user_tables"
            " WHERE relname = 'articles' AND schemaname = current_schema()"
        )
        [(when,)] = s.read(lambda c: list(c.exec_driver_sql(sql)))
        assert when is not None
        s.close()


def _with_entity_and_quote(a: Analysed) -> Analysed:
    """Rows as the entities and quotes steps would give them (nullable fields set to None)."""
    a.entities = [EntityRow(
        local_id="e1", type="PER", name="الرئيس", name_norm="الرييس", name_en=None,
        kb_id="Q1", actor="EGYGOV", confidence=0.9,
        mentions=[MentionRow(start=4, end=10, text="الرئيس", sentence=0),
                  MentionRow(start=20, end=26, text="الرئيس", sentence=0)],
    )]  # fmt: skip
    a.quotes = [QuoteRow(start=0, end=12, text="زار الرئيس", direct=True, speaker="e1",
                         speaker_text="الرئيس", speaker_actor="EGYGOV", cue=None)]  # fmt: skip
    return a


def _stored_rows(s: Store) -> dict[str, list[tuple[object, ...]]]:
    def run(conn: Any) -> dict[str, list[tuple[object, ...]]]:
        out = {}
        for t in ("entities", "mentions", "quotes", "events", "event_mentions"):
            cols = [c for c in S.metadata.tables[t].c if c.name not in ("id", "aggregate_id")]
            out[t] = [tuple(r) for r in conn.execute(select(*cols).order_by(cols[0]))]
        return out

    return s.read(run)


def _expected_rows(s: Store) -> dict[str, list[tuple[object, ...]]]:
    aid, eid, evid = (s.read(lambda c, t=t: c.exec_driver_sql(f"SELECT min(id) FROM {t}").scalar())
                      for t in ("articles", "entities", "events"))  # fmt: skip
    return {
        "entities": [(aid, "e1", "PER", "الرئيس", "الرييس", None, "Q1", "EGYGOV", 0.9, 2)],
        "mentions": [(eid, aid, 4, 10, "الرئيس", 0), (eid, aid, 20, 26, "الرئيس", 0)],
        "quotes": [(aid, 0, 12, "زار الرئيس", True, "e1", "الرئيس", "EGYGOV", None)],
        "events": [(aid, "v1", "CONSULT", None, "EGYGOV", "الطرف الأول", "JOR", "الطرف الثاني",
                    None, None, "040", 1, 1.0, "2021-03-01", "published", False, False, False,
                    True, 0.7, "paper", "2021-03-01")],
        "event_mentions": [(evid, aid, 0, "زار ", 0, 4, NEWS)],
    }  # fmt: skip


def test_writer_stores_each_row_field_in_its_column(store: Store) -> None:
    # The writer sends plain tuples in the order of its column lists; a field moved in a
    # row struct must not land in another column.
    a = _with_entity_and_quote(with_event(article(NEWS, id="a1"), src="EGYGOV", tgt="JOR"))
    assert store.write([a]) == 1
    assert _stored_rows(store) == _expected_rows(store)


def test_writer_columns_are_columns_of_their_tables() -> None:
    for table, cols in [(S.articles, W.ARTICLE_COLS), (S.analyses, W.ANALYSIS_COLS),
                        (S.entities, W.ENTITY_COLS), (S.mentions, W.MENTION_COLS),
                        (S.quotes, W.QUOTE_COLS), (S.events, W.EVENT_COLS),
                        (S.event_mentions, W.EVENT_MENTION_COLS)]:  # fmt: skip
        names = {c.name for c in table.c}
        assert set(cols) <= names, table.name
        # every column without a default is written (nullable ones the writer skips are
        # filled later: dup_of, story_id, aggregate_id)
        assert names - set(cols) <= {"id", "dup_of", "story_id", "aggregate_id"}, table.name


@pytest.mark.postgres
def test_postgres_writer_stores_each_row_field_in_its_column() -> None:
    with pg_schema() as url:
        s = open_store(url)
        a = _with_entity_and_quote(with_event(article(NEWS, id="a1"), src="EGYGOV", tgt="JOR"))
        assert s.write([a]) == 1 and s.write([a]) == 0
        assert _stored_rows(s) == _expected_rows(s)
        s.close()
