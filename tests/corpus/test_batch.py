"""Batch ingest: idempotent reruns, resume, the error log, and a messy directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from tests.store.helpers import TEXT_ONLY

from marsad.cli.main import cli
from marsad.corpus.batch import BatchOptions, run_ingest
from marsad.ingest.record import FieldMap
from marsad.store.db import Store, open_store

SENTENCES = [
    "افتتحت البلدية حديقة عامة جديدة في الحي الشمالي صباح اليوم.",
    "أعلن البنك المركزي تثبيت سعر الفائدة للمرة الثالثة على التوالي.",
    "وصل وفد تجاري إلى العاصمة لبحث فرص الاستثمار في قطاع الطاقة.",
    "انطلقت فعاليات معرض الكتاب بمشاركة مئات الناشرين من دول عدة.",
]
OPTS = BatchOptions(progress=False, batch_size=2, chunk_size=2, count_first=False)


def _corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for i, s in enumerate(SENTENCES):
        (src / f"n{i}.txt").write_text(s, encoding="utf-8")
    (src / "bad.jsonl").write_text(
        '{"text": "' + SENTENCES[0] + ' ثانية"}\n{broken\n', encoding="utf-8"
    )
    return src


def _ingest(src: Path, store: Store, opts: BatchOptions = OPTS):  # type: ignore[no-untyped-def]
    return run_ingest([str(src)], store, TEXT_ONLY, FieldMap(), opts)


def test_rerun_stores_nothing_new(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'b.db'}")
    first = _ingest(_corpus(tmp_path), store)
    second = _ingest(tmp_path / "in", store)
    assert (first.stored, first.failed) == (5, 1)
    assert (second.stored, second.skipped) == (0, 5) and store.count("articles") == 5


def test_failures_go_to_the_error_log_and_the_store(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'b.db'}")
    log = tmp_path / "errors.jsonl"
    _ingest(
        _corpus(tmp_path), store, BatchOptions(progress=False, count_first=False, error_log=log)
    )
    [row] = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert row["origin"].endswith("bad.jsonl:2") and row["code"] == "E007"
    assert store.count("errors") == 1


def test_resume_skips_finished_files(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'b.db'}")
    _ingest(_corpus(tmp_path), store)
    again = _ingest(
        tmp_path / "in", store, BatchOptions(progress=False, resume=True, count_first=False)
    )
    assert again.read == 0 and again.stored == 0


def test_two_worker_pool_stores_the_same_articles(tmp_path: Path) -> None:
    src = _corpus(tmp_path)
    one = open_store(f"sqlite:///{tmp_path / 'one.db'}")
    two = open_store(f"sqlite:///{tmp_path / 'two.db'}")
    _ingest(src, one)
    _ingest(src, two, BatchOptions(progress=False, workers=2, chunk_size=1, count_first=False))
    keys = "SELECT key FROM articles ORDER BY key"
    assert one.read(lambda c: c.exec_driver_sql(keys).all()) == two.read(
        lambda c: c.exec_driver_sql(keys).all()
    )


def test_cli_ingest_then_search(tmp_path: Path) -> None:
    src = _corpus(tmp_path)
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    res = runner.invoke(
        cli, ["ingest", str(src), "--db", db, "--steps", "lines,tokens,sentences", "--no-progress"]
    )
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["store", "search", "البنك", "--db", db])
    assert res.exit_code == 0 and res.output.split("\t")[0] == "n1"


@pytest.mark.slow
def test_cli_ingest_engine_dask_without_scheduler_uses_a_local_cluster(tmp_path: Path) -> None:
    src = _corpus(tmp_path)
    db = f"sqlite:///{tmp_path / 'cli-dask.db'}"
    args = ["ingest", str(src), "--db", db, "--steps", "lines,tokens,sentences", "--no-progress",
            "--engine", "dask", "--workers", "1", "--no-post"]  # fmt: skip
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 0, res.output
    assert Store(db).count("articles") == 5


def test_cli_scheduler_without_engine_dask_is_a_coded_error(tmp_path: Path) -> None:
    src = _corpus(tmp_path)
    db = f"sqlite:///{tmp_path / 'x.db'}"
    res = CliRunner().invoke(cli, ["ingest", str(src), "--db", db, "--scheduler", "tcp://h:8786"])
    assert res.exit_code != 0
    assert "--scheduler" in res.output and "--engine dask" in res.output
    assert "Traceback" not in res.output


def test_feed_url_polled_twice_stores_each_entry_once(tmp_path: Path) -> None:
    import functools
    import http.server
    import threading

    items = "".join(
        f"<item><title>خبر {i}</title><link>http://f/{i}</link><guid>g{i}</guid>"
        f"<description>{s}</description></item>"
        for i, s in enumerate(SENTENCES)
    )
    (tmp_path / "feed.xml").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>جريدة</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
        db = f"sqlite:///{tmp_path / 'feed.db'}"
        args = ["ingest", url, "--db", db, "--steps", "lines,tokens,sentences", "--no-progress",
                "--watch", "0.1", "--rounds", "2"]  # fmt: skip
        res = CliRunner().invoke(cli, args)
    finally:
        server.shutdown()
    assert res.exit_code == 0, res.output
    assert Store(db).count("articles") == len(SENTENCES)


def test_ingest_leaves_planner_statistics_for_read_only_servers(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'b.db'}")
    _ingest(_corpus(tmp_path), store)
    sql = "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'articles'"
    assert store.read(lambda c: c.exec_driver_sql(sql).scalar_one()) > 0


def test_packed_chunk_unpacks_to_the_rows_and_failures_of_the_chunk() -> None:
    from marsad.corpus.worker import pack_chunk, process_chunk, process_packed, unpack
    from marsad.ingest.record import RawArticle

    chunk = [RawArticle(origin=f"t:{i}", text=s, id=f"n{i}") for i, s in enumerate(SENTENCES)]
    chunk.append(RawArticle(origin="t:long", text="خبر " * 40, id="long"))
    settings = TEXT_ONLY.with_(max_chars=100)  # the last article fails (E-code, not raised)
    expected = process_chunk(settings, chunk)
    assert sorted(unpack(process_packed(settings, chunk)), key=repr) == sorted(expected, key=repr)
    blob = pack_chunk(chunk)  # how the pool and Dask engines send it
    assert isinstance(blob, bytes)
    assert sorted(unpack(process_packed(settings, blob)), key=repr) == sorted(expected, key=repr)


def test_chunk_with_a_lone_surrogate_travels_pickled_and_fails_one_article() -> None:
    from marsad.corpus.worker import pack_chunk, process_packed, unpack
    from marsad.ingest.record import Failure, RawArticle

    # json.loads turns a "\ud800" escape into a lone surrogate, which is no UTF-8
    bad = RawArticle(origin="t:bad", text=SENTENCES[0] + " \ud800", id="bad")
    chunk = [RawArticle(origin="t:0", text=SENTENCES[1], id="n0"), bad]
    assert pack_chunk(chunk) is chunk
    results = unpack(process_packed(TEXT_ONLY, chunk))
    assert sorted(type(r).__name__ for r in results) == ["Analysed", "Failure"]
    assert [r.origin for r in results if isinstance(r, Failure)] == ["t:bad"]


@pytest.mark.slow
def test_dask_engine_without_a_scheduler_runs_on_its_own_local_cluster(tmp_path: Path) -> None:
    src = _corpus(tmp_path)
    one = open_store(f"sqlite:///{tmp_path / 'one.db'}")
    dask = open_store(f"sqlite:///{tmp_path / 'dask.db'}")
    _ingest(src, one)
    opts = BatchOptions(progress=False, engine="dask", workers=1, chunk_size=2, count_first=False)
    report = _ingest(src, dask, opts)
    keys = "SELECT key FROM articles ORDER BY key"
    assert (report.stored, report.failed) == (5, 1)
    assert one.read(lambda c: c.exec_driver_sql(keys).all()) == dask.read(
        lambda c: c.exec_driver_sql(keys).all()
    )


@pytest.mark.slow
def test_local_cluster_workers_run_without_profiler_or_malloc_trim() -> None:
    from distributed import Client

    from marsad.corpus.engines import local_cluster

    def quiet(dask_worker: Any) -> tuple[bool, str | None]:
        import os

        return "profile" in dask_worker.periodic_callbacks, os.environ.get("MALLOC_TRIM_THRESHOLD_")

    with local_cluster(1) as cluster, Client(cluster) as client:
        assert list(client.run(quiet).values()) == [(False, None)]


def test_pool_worker_watcher_does_not_wake_on_results() -> None:
    # The watcher thread polled the result pipe and spun while a chunk's rows arrived;
    # worker exits and pool state changes must still wake it (the pool still finishes).
    import multiprocessing as mp

    from marsad.corpus.engines import _Pool

    with _Pool(1, context=mp.get_context("spawn")) as pool:
        assert pool._outqueue._reader not in pool._get_sentinels()  # type: ignore[attr-defined]
        assert pool.map(abs, [-1, -2, 3]) == [1, 2, 3]
