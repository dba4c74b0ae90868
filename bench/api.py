"""REST API latency over a full corpus store: GET /events with filters and GET /network.

Serves the app with uvicorn on a free local port (read-only) and sends requests over
HTTP with one keep-alive client, so each figure is the full round trip: routing,
validation, the SQL query, encoding and the socket. Filters are drawn at random (seeded)
from the store's own values: PLOVER types, busy actor codes, countries, 30-day windows,
confidence floors and sort orders. Wall-clock times: the machine is shared, so p95 is
the figure to read, and reruns vary.

    .venv/bin/python bench/api.py --db sqlite:////tmp/marsad-ant.db -n 300 [--analyze]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import httpx
import uvicorn
from sqlalchemy import func, select

from marsad.api import ApiConfig, create_app
from marsad.settings import Settings
from marsad.store import schema as S
from marsad.store.db import Store

Params = dict[str, str | int | float]


@dataclass(frozen=True, slots=True)
class Pools:
    """Values to draw filters from, read from the store itself."""

    types: list[str]
    actors: list[str]
    countries: list[str]
    first: date
    last: date


def pools(url: str) -> Pools:
    store = Store(url)
    ev = S.events.c
    with store.engine.connect() as c:
        types = list(c.execute(select(ev.type).group_by(ev.type)).scalars())
        busy = select(ev.source_actor).where(ev.source_actor.is_not(None))
        busy = busy.group_by(ev.source_actor).order_by(func.count().desc()).limit(60)
        actors = list(c.execute(busy).scalars())
        first, last = c.execute(
            select(func.min(S.articles.c.published), func.max(S.articles.c.published))
        ).one()
    store.close()
    countries = sorted({a[:3] for a in actors if a[:3].isalpha() and a[:3] != "IGO"})
    return Pools(types, actors, countries, date.fromisoformat(first), date.fromisoformat(last))


def window(rng: random.Random, p: Pools, days: int) -> tuple[str, str]:
    span = max((p.last - p.first).days - days, 1)
    start = p.first + timedelta(days=rng.randrange(span))
    return start.isoformat(), (start + timedelta(days=days)).isoformat()


def events_params(rng: random.Random, p: Pools) -> Params:
    """Two to four filters of the dashboard's events explorer, and a sort."""
    d_from, d_to = window(rng, p, 30)
    options: list[Params] = [
        {"type": rng.choice(p.types)},
        {"actor": rng.choice(p.actors)},
        {"country": rng.choice(p.countries)},
        {"date_from": d_from, "date_to": d_to},
        {"min_confidence": rng.choice([0.5, 0.7, 0.8, 0.9])},
    ]
    params: Params = {"sort": rng.choice(["date", "confidence", "goldstein"]), "limit": 50}
    for extra in rng.sample(options, rng.randint(2, 4)):
        params.update(extra)
    return params


def network_params(rng: random.Random, p: Pools) -> Params:
    d_from, d_to = window(rng, p, rng.choice([7, 30, 90]))
    params: Params = {"date_from": d_from, "date_to": d_to, "max_edges": 150}
    if rng.random() < 0.5:
        params["type"] = rng.choice(p.types)
    return params


def serve(url: str) -> tuple[uvicorn.Server, int]:
    app = create_app(Settings(), config=ApiConfig(db_url=url, read_only=True))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, port


def measure(client: httpx.Client, path: str, make: Callable[[], Params], n: int) -> list[float]:
    times = []
    for _ in range(n):
        params = make()
        t0 = time.perf_counter()
        r = client.get(path, params=params)
        times.append((time.perf_counter() - t0) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{path} {params}: HTTP {r.status_code} {r.text[:200]}")
    return times


def row(name: str, times: list[float], target: float | None) -> str:
    q = statistics.quantiles(times, n=100)
    verdict = "" if target is None else ("pass" if q[94] < target else "FAIL")
    goal = f"< {target:.0f}" if target else "-"
    return (f"| {name} | {len(times)} | {statistics.median(times):.1f} | {q[94]:.1f} | "
            f"{q[98]:.1f} | {max(times):.1f} | {goal} | {verdict} |")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite:////tmp/marsad-ant.db")
    parser.add_argument("-n", type=int, default=300, help="requests per workload")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--analyze",
        action="store_true",
        help="run SQLite ANALYZE on the store first (what a writable `marsad serve` does once)",
    )
    args = parser.parse_args()
    if args.analyze:
        store = Store(args.db)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        store.close()
    p = pools(args.db)
    rng = random.Random(args.seed)
    server, port = serve(args.db)
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
        stats = client.get("/stats").json()["counts"]
        measure(client, "/events", lambda: events_params(rng, p), 10)  # warm caches
        rows = [
            row("GET /events, 2-4 filters + sort", measure(client, "/events", lambda: events_params(rng, p), args.n), 100),
            row("GET /network, 7/30/90-day window, type half the time", measure(client, "/network", lambda: network_params(rng, p), args.n), 300),
            row("GET /network, whole store, no filter", measure(client, "/network", lambda: {"max_edges": 150}, max(args.n // 10, 20)), None),
            row("GET /events, no filter (newest 50)", measure(client, "/events", lambda: {"limit": 50}, max(args.n // 10, 20)), None),
        ]  # fmt: skip
    server.should_exit = True
    print(f"store: {args.db}: {stats['articles']:,} articles, {stats['events']:,} events")
    print("| workload | requests | p50 ms | p95 ms | p99 ms | max ms | target p95 | |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
