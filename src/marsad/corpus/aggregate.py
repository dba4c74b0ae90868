"""Cross-article event aggregation in the GDELT manner.

One ``event_aggregates`` row per (source actor, PLOVER type, target actor, date) with
its number of mentions, articles and sources, first and last seen (publication dates)
and the best confidence; ``events.aggregate_id`` links each event mention to its row.
Events of duplicate articles count once per article, as GDELT counts articles.
Negated and hypothetical events, and acts named only in passing, are not aggregated.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, delete, func, insert, select, true, update

from marsad.store import schema as S
from marsad.store.db import Store

Key = tuple[str, str, str, str]


@dataclass
class _Acc:
    event_ids: list[int] = field(default_factory=list)
    articles: set[int] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    seen: list[str] = field(default_factory=list)
    mentions: int = 0
    best: tuple[float, int] = (-1.0, 0)
    cameo: Counter[str] = field(default_factory=Counter)
    quad: int | None = None
    goldstein: float | None = None


@dataclass
class AggregateReport:
    events: int = 0
    rows: int = 0
    actors: int = 0

    def __str__(self) -> str:
        return f"{self.events} events in {self.rows} aggregate rows, {self.actors} actors"


def _mention_counts(conn: Connection) -> dict[int, int]:
    m = S.event_mentions.c
    rows = conn.execute(select(m.event_id, func.count()).group_by(m.event_id))
    return {r[0]: r[1] for r in rows}


def collect(conn: Connection) -> dict[Key, _Acc]:
    e = S.events.c
    counts = _mention_counts(conn)
    q = select(e.id, e.article_id, e.type, e.source_actor, e.target_actor, e.date, e.cameo,
               e.quad_class, e.goldstein, e.confidence, e.news_source, e.published,
               e.negated, e.hypothetical, e.reported)  # fmt: skip
    groups: dict[Key, _Acc] = defaultdict(_Acc)
    for r in conn.execute(q):
        if r.negated or r.hypothetical or not r.reported:
            continue  # what did not happen, or is only named in passing, is no event
        acc = groups[(r.source_actor or "", r.type, r.target_actor or "", r.date or "")]
        acc.event_ids.append(r.id)
        acc.articles.add(r.article_id)
        if r.news_source:
            acc.sources.add(r.news_source)
        if r.published:
            acc.seen.append(r.published)
        acc.mentions += counts.get(r.id, 1)
        if r.confidence > acc.best[0]:
            acc.best = (r.confidence, r.id)
            acc.quad, acc.goldstein = r.quad_class, r.goldstein
        if r.cameo:
            acc.cameo[r.cameo] += 1
    return groups


def _save(conn: Connection, groups: dict[Key, _Acc]) -> AggregateReport:
    conn.execute(update(S.events).values(aggregate_id=None))
    conn.execute(delete(S.event_aggregates))
    rows: list[dict[str, object]] = []
    links: list[dict[str, int]] = []
    for n, ((src, typ, tgt, day), acc) in enumerate(sorted(groups.items()), 1):
        seen = sorted(acc.seen)
        rows.append(dict(
            id=n, source_actor=src, type=typ, target_actor=tgt, date=day,
            cameo=acc.cameo.most_common(1)[0][0] if acc.cameo else None,
            quad_class=acc.quad, goldstein=acc.goldstein, n_mentions=acc.mentions,
            n_articles=len(acc.articles), n_sources=len(acc.sources),
            first_seen=seen[0] if seen else None, last_seen=seen[-1] if seen else None,
            best_confidence=acc.best[0], best_event_id=acc.best[1],
        ))  # fmt: skip
        links.extend({"i": i, "g": n} for i in acc.event_ids)
    if rows:
        conn.execute(insert(S.event_aggregates), rows)
        ev = S.events
        conn.execute(
            update(ev).where(ev.c.id == bindparam("i")).values(aggregate_id=bindparam("g")), links
        )
    n_actors = _save_actors(conn)
    return AggregateReport(events=len(links), rows=len(rows), actors=n_actors)


def _save_actors(conn: Connection) -> int:
    """Actor codes with a display name (most frequent entity name) and counts."""
    ent, ev = S.entities.c, S.events.c
    names: dict[str, Counter[str]] = defaultdict(Counter)
    names_en: dict[str, Counter[str]] = defaultdict(Counter)
    arts: dict[str, set[int]] = defaultdict(set)
    for r in conn.execute(
        select(ent.actor, ent.name, ent.name_en, ent.article_id).where(ent.actor.is_not(None))
    ):
        names[r.actor][r.name] += 1
        if r.name_en:
            names_en[r.actor][r.name_en] += 1
        arts[r.actor].add(r.article_id)
    n_events: Counter[str] = Counter()
    # as the event lists count: acts named only in passing are left out
    for pair in conn.execute(select(ev.source_actor, ev.target_actor).where(ev.reported == true())):
        for code in (pair.source_actor, pair.target_actor):
            if code:
                n_events[code] += 1
    conn.execute(delete(S.actors))
    codes = set(names) | set(n_events)
    rows = [dict(
        code=c, name=names[c].most_common(1)[0][0] if names[c] else None,
        name_en=names_en[c].most_common(1)[0][0] if names_en[c] else None,
        n_articles=len(arts[c]), n_events=n_events[c],
    ) for c in sorted(codes)]  # fmt: skip
    if rows:
        conn.execute(insert(S.actors), rows)
    return len(rows)


def aggregate_events(store: Store) -> AggregateReport:
    """Rebuild ``event_aggregates`` and ``actors`` from the stored events."""
    return store.transaction(lambda conn: _save(conn, collect(conn)))
