"""The API's read queries, on top of the corpus store's schema (``marsad.store``).

Filters map onto indexed columns: events on date, type and actor codes (a country is
a code prefix, read as a range so the index applies), articles on source, date and the
full-text index. Every query runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    asc,
    case,
    desc,
    func,
    or_,
    select,
    true,
)

from marsad.api import models as M
from marsad.store import schema as S
from marsad.store.query import (
    SORTS,
    ArticleFilter,
    ArticleHit,
    EventFilter,
    article_select,
    event_where,
    quad_of,
)

ART = S.articles.c
EV = S.events.c
COUNT_CAP = 10_000
EVENT_COLS = [*(getattr(EV, f) for f in M.EventRow.__struct_fields__ if f != "title"),
              ART.title]  # fmt: skip


# -- articles ---------------------------------------------------------------
def articles(conn: Connection, f: ArticleFilter) -> M.ArticlePage:
    s = article_select(conn, f)
    if s is None:
        return M.ArticlePage(total=0, limit=f.limit, offset=f.offset, items=[])
    total = conn.execute(select(func.count()).select_from(s.subquery())).scalar_one()
    page = s.order_by(desc(ART.published), desc(ART.id)).limit(f.limit).offset(f.offset)
    items = [ArticleHit(**r) for r in conn.execute(page).mappings()]
    return M.ArticlePage(total=int(total), limit=f.limit, offset=f.offset, items=items)


# -- events -----------------------------------------------------------------
def _event_rows(conn: Connection, s: Select[Any]) -> list[M.EventRow]:
    return [M.EventRow(**r) for r in conn.execute(s).mappings()]


def event_base() -> Select[Any]:
    return select(*EVENT_COLS).join(S.articles, ART.id == EV.article_id)


def events(conn: Connection, f: EventFilter) -> M.EventPage:
    """One page of events. The page's ids are chosen on ``events`` alone and only those
    rows join ``articles`` (for titles), so a broad filter never joins every match; the
    total is counted up to ``COUNT_CAP`` (a page counter needs no exact 30,000)."""
    capped = select(EV.id).select_from(S.events)
    counted = event_where(capped, f).limit(COUNT_CAP + 1).subquery()
    total = int(conn.execute(select(func.count()).select_from(counted)).scalar_one())
    direction = asc if f.order == "asc" else desc
    order = [direction(SORTS[f.sort]), direction(EV.id)]
    ids = event_where(select(EV.id), f).order_by(*order).limit(f.limit).offset(f.offset)
    page = list(conn.execute(ids).scalars())
    rows = _event_rows(conn, event_base().where(EV.id.in_(page)).order_by(*order)) if page else []
    return M.EventPage(total=min(total, COUNT_CAP), capped=total > COUNT_CAP, limit=f.limit,
                       offset=f.offset, items=rows)  # fmt: skip


def event_detail(conn: Connection, event_id: int) -> M.EventDetail | None:
    rows = _event_rows(conn, event_base().where(EV.id == event_id))
    if not rows:
        return None
    em = S.event_mentions.c
    agg = conn.execute(select(EV.aggregate_id).where(EV.id == event_id)).scalar_one()
    same = EV.id == event_id if agg is None else or_(EV.id == event_id, EV.aggregate_id == agg)
    s = (
        select(em.event_id, em.article_id, em.sentence, em.trigger, em.trigger_start,
               em.trigger_end, em.evidence, ART.title, EV.news_source, ART.published)
        .join(S.events, EV.id == em.event_id)
        .join(S.articles, ART.id == em.article_id)
        .where(same)
        .order_by(case((EV.id == event_id, 0), else_=1), ART.published, em.id)
        .limit(200)
    )  # fmt: skip
    mentions = [M.EvidenceOut(**r) for r in conn.execute(s).mappings()]
    return M.EventDetail(event=rows[0], mentions=mentions)


def timeline(conn: Connection, f: EventFilter) -> list[M.DayCount]:
    quad = quad_of(EV.quad_class).label("quad_class")
    s = event_where(select(EV.date, EV.type, quad, func.count().label("n")), f)
    s = s.where(func.length(EV.date) == 10).group_by(EV.date, EV.type, quad).order_by(EV.date)
    return [M.DayCount(**r) for r in conn.execute(s).mappings()]


# -- actors -----------------------------------------------------------------
def all_actors(conn: Connection) -> list[M.Actor]:
    a = S.actors.c
    s = select(S.actors).order_by(desc(a.n_events), desc(a.n_articles), a.code)
    return [M.Actor(**r) for r in conn.execute(s).mappings()]


def actor(conn: Connection, code: str) -> M.Actor | None:
    row = conn.execute(select(S.actors).where(S.actors.c.code == code)).mappings().first()
    if row is not None:
        return M.Actor(**row)
    n = conn.execute(
        select(func.count()).where(or_(EV.source_actor == code, EV.target_actor == code))
    ).scalar_one()
    return M.Actor(code=code, n_events=int(n)) if n else None


def names(conn: Connection, codes: set[str]) -> dict[str, tuple[str | None, str | None]]:
    if not codes:
        return {}
    a = S.actors.c
    rows = conn.execute(select(a.code, a.name, a.name_en).where(a.code.in_(sorted(codes))))
    return {r.code: (r.name, r.name_en) for r in rows}


def counterparts(
    conn: Connection, code: str, f: EventFilter, limit: int = 15
) -> list[M.Counterpart]:
    other = case((EV.source_actor == code, EV.target_actor), else_=EV.source_actor).label("other")
    conflict = func.sum(case((quad_of(EV.quad_class) >= 3, 1), else_=0)).label("n_conflict")
    s = event_where(select(other, func.count().label("n"), conflict), f)
    s = s.where(or_(EV.source_actor == code, EV.target_actor == code))
    s = s.where(EV.source_actor.is_not(None), EV.target_actor.is_not(None))
    s = s.where(EV.source_actor != EV.target_actor)
    rows = list(conn.execute(s.group_by(other).order_by(desc("n")).limit(limit)))
    named = names(conn, {r.other for r in rows})
    return [
        M.Counterpart(code=r.other, name=named.get(r.other, (None, None))[0], n_events=r.n,
                      n_cooperation=r.n - int(r.n_conflict), n_conflict=int(r.n_conflict))
        for r in rows
    ]  # fmt: skip


def actor_quotes(conn: Connection, code: str, limit: int = 20) -> list[M.QuoteOut]:
    q = S.quotes.c
    s = (select(q.article_id, q.text, q.speaker, q.speaker_text, q.cue, ART.published)
         .join(S.articles, ART.id == q.article_id).where(q.speaker_actor == code)
         .order_by(desc(ART.published), desc(q.id)).limit(limit))  # fmt: skip
    return [M.QuoteOut(**r) for r in conn.execute(s).mappings()]


# -- network ----------------------------------------------------------------
def network(conn: Connection, f: EventFilter, max_edges: int) -> M.Network:
    """Directed actor pairs with counts by type and by cooperation (QuadClass 1-2) versus
    conflict (3-4); the ``max_edges`` busiest pairs are kept."""
    quad = quad_of(EV.quad_class).label("quad")
    s = select(EV.source_actor, EV.target_actor, EV.type, quad, func.count().label("n"),
               func.sum(EV.goldstein).label("g"), func.count(EV.goldstein).label("ng"))  # fmt: skip
    s = event_where(s, f).where(EV.source_actor.is_not(None), EV.target_actor.is_not(None))
    s = s.where(EV.source_actor != EV.target_actor)
    s = s.group_by(EV.source_actor, EV.target_actor, EV.type, quad)
    pairs: dict[tuple[str, str], M.Edge] = {}
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in conn.execute(s):
        key = (r.source_actor, r.target_actor)
        edge = pairs.get(key) or M.Edge(source=key[0], target=key[1], n_events=0,
                                        n_cooperation=0, n_conflict=0, goldstein=None, types={})  # fmt: skip
        pairs[key] = edge
        edge.n_events += r.n
        if r.quad >= 3:
            edge.n_conflict += r.n
        else:
            edge.n_cooperation += r.n
        edge.types[r.type] = edge.types.get(r.type, 0) + r.n
        sums[key][0] += float(r.g or 0.0)
        sums[key][1] += r.ng
    edges = sorted(pairs.values(), key=lambda e: (-e.n_events, e.source, e.target))[:max_edges]
    for e in edges:
        total, n = sums[(e.source, e.target)]
        e.goldstein = round(total / n, 2) if n else None
    return M.Network(nodes=_nodes(conn, edges), edges=edges)


def _nodes(conn: Connection, edges: list[M.Edge]) -> list[M.Node]:
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e.source] += e.n_events
        degree[e.target] += e.n_events
    named = names(conn, set(degree))
    return [
        M.Node(id=c, name=named.get(c, (None, None))[0], name_en=named.get(c, (None, None))[1],
               n_events=n)
        for c, n in sorted(degree.items(), key=lambda kv: -kv[1])
    ]  # fmt: skip


# -- stories and statistics --------------------------------------------------
def stories(conn: Connection, limit: int, offset: int) -> M.StoryPage:
    st = S.stories.c
    total = conn.execute(select(func.count()).select_from(S.stories)).scalar_one()
    s = select(S.stories).order_by(desc(st.n_sources), desc(st.n_articles), st.id)
    items = [M.Story(**r) for r in conn.execute(s.limit(limit).offset(offset)).mappings()]
    return M.StoryPage(total=int(total), limit=limit, offset=offset, items=items)


def story(conn: Connection, story_id: int) -> M.Story | None:
    row = conn.execute(select(S.stories).where(S.stories.c.id == story_id)).mappings().first()
    return M.Story(**row) if row is not None else None


def _counts(conn: Connection, col: Any, *where: Any, limit: int = 50) -> list[M.Count]:
    s = (select(col.label("name"), func.count().label("n")).where(col.is_not(None), *where)
         .group_by(col).order_by(desc("n")).limit(limit))  # fmt: skip
    return [M.Count(name=str(r.name), n=int(r.n)) for r in conn.execute(s)]


def stats(conn: Connection, counts: dict[str, int]) -> M.Stats:
    first, last = conn.execute(select(func.min(ART.published), func.max(ART.published))).one()
    return M.Stats(
        counts=counts, first_date=first, last_date=last,
        sources=_counts(conn, ART.source), categories=_counts(conn, ART.category),
        types=_counts(conn, EV.type, EV.reported == true()),  # as /events lists them
    )  # fmt: skip
