"""The store: migrations, idempotent writes, Arabic full-text search, queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.store.helpers import article, pg_schema, with_event

from marsad.store.db import Store, open_store
from marsad.store.migrations import MIGRATIONS
from marsad.store.query import ArticleQuery, EventQuery, article_doc, events, search_articles

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
    hits = search_articles(store, ArticleQuery(q="رئيس"))
    assert [h.doc_id for h in hits] == ["a1"]
    assert [h.doc_id for h in search_articles(store, ArticleQuery(q="المُنتخب"))] == ["a2"]


def test_search_prefix_and_filters(store: Store) -> None:
    store.write([article(NEWS, id="a1", source="s1"), article(OTHER, id="a2", source="s2")])
    assert [h.doc_id for h in search_articles(store, ArticleQuery(q="التنم*"))] == ["a1"]
    assert search_articles(store, ArticleQuery(q="الرئيس", source="s2")) == []


def test_stored_document_round_trips(store: Store) -> None:
    store.write([article(NEWS, id="a1")])
    doc = article_doc(store, 1)
    assert doc is not None and doc.text == NEWS and doc.steps == ["lines", "tokens", "sentences"]


def test_events_are_stored_with_actors_and_filterable(store: Store) -> None:
    store.write([with_event(article(NEWS, id="a1"), src="EGYGOV", tgt="JOR")])
    [ev] = events(store, EventQuery(actor="JOR"))
    assert (ev.source_actor, ev.type, ev.date) == ("EGYGOV", "CONSULT", "2021-03-01")
    assert events(store, EventQuery(type="ASSAULT")) == []


@pytest.mark.postgres
def test_postgres_store_writes_once_and_searches_arabic() -> None:
    with pg_schema() as url:
        s = open_store(url)
        batch = [article(NEWS, id="a1"), article(OTHER, id="a2")]
        assert s.write(batch) == 2 and s.write(batch) == 0
        assert [h.doc_id for h in search_articles(s, ArticleQuery(q="والرئيس"))] == ["a1"]
        s.close()
