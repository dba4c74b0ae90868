"""Reliability: kill -9 and rerun, PostgreSQL restart, a killed Dask worker, bad input."""

from __future__ import annotations

import gzip
import itertools
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from tests.conftest import DATA, ROOT, need
from tests.store.helpers import TEXT_ONLY, pg_schema

from marsad.corpus.batch import BatchOptions, run_ingest
from marsad.ingest.record import FieldMap
from marsad.store.db import Store, open_store

ANT = DATA / "news/ant_multisource/articles.jsonl.gz"
MARSAD = [sys.executable, "-m", "marsad.cli.main"]


def _ant_slice(tmp_path: Path, n: int) -> Path:
    out = tmp_path / f"ant{n}.jsonl"
    with gzip.open(need(ANT), "rt", encoding="utf-8") as fh:
        out.write_text("".join(itertools.islice(fh, n)), encoding="utf-8")
    return out


def _ingest_cmd(src: Path, db: str) -> list[str]:
    return [*MARSAD, "ingest", str(src), "--db", db, "--steps", "lines,tokens,sentences",
            "--no-progress", "--no-post", "--batch-size", "100"]  # fmt: skip


def _wait_until(cond: Callable[[], bool], timeout: float = 600.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("condition not reached")
        time.sleep(0.5)


def _count(db: str) -> int:
    try:
        store = Store(db, retry_s=0)
        n = store.read(lambda c: int(c.execute(text("SELECT count(*) FROM articles")).scalar_one()))
        store.close()
        return n
    except Exception:
        return 0  # not created yet, or the server is restarting


def _distinct_ids(db: str) -> tuple[int, int]:
    store = Store(db)
    q = "SELECT count(*), count(DISTINCT doc_id) FROM articles"
    total, distinct = store.read(lambda c: tuple(c.execute(text(q)).one()))
    store.close()
    return int(total), int(distinct)


@pytest.mark.slow
@pytest.mark.timeout(1800)  # two ingests of 10,000 articles on a shared 2-core machine
def test_kill_9_mid_ingest_then_rerun_stores_each_article_once(tmp_path: Path) -> None:
    src = _ant_slice(tmp_path, 10_000)
    db = f"sqlite:///{tmp_path / 'k.db'}"
    proc = subprocess.Popen(_ingest_cmd(src, db), cwd=ROOT, start_new_session=True)
    _wait_until(lambda: _count(db) >= 500)
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and any children it started
    proc.wait()
    partial = _count(db)
    assert 0 < partial < 10_000
    subprocess.run(_ingest_cmd(src, db), cwd=ROOT, check=True)
    assert _distinct_ids(db) == (10_000, 10_000)


@pytest.mark.slow
@pytest.mark.postgres
def test_postgres_restart_mid_ingest_retries_and_completes(tmp_path: Path) -> None:
    src = _ant_slice(tmp_path, 1_500)
    with pg_schema() as db:
        proc = subprocess.Popen(_ingest_cmd(src, db), cwd=ROOT, start_new_session=True)
        _wait_until(lambda: _count(db) >= 100)
        assert proc.poll() is None, "the ingest ended before the restart"
        version = os.listdir("/etc/postgresql")[0]
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True
        )
        assert proc.wait(timeout=900) == 0
        assert _distinct_ids(db) == (1_500, 1_500)


def _keys_and_docs(store: Store) -> list[tuple[str, bytes]]:
    q = "SELECT a.key, n.doc FROM articles a JOIN analyses n ON n.article_id = a.id ORDER BY a.key"
    import zlib

    return [(k, zlib.decompress(d)) for k, d in store.read(lambda c: c.execute(text(q)).all())]


@pytest.mark.slow
def test_dask_worker_killed_mid_job_gives_the_same_results(tmp_path: Path) -> None:
    from distributed import Client

    from marsad.corpus.engines import local_cluster

    src = _ant_slice(tmp_path, 400)
    local = open_store(f"sqlite:///{tmp_path / 'local.db'}")
    opts = BatchOptions(progress=False, chunk_size=10, batch_size=50, count_first=False)
    run_ingest([str(src)], local, TEXT_ONLY, FieldMap(), opts)
    remote = open_store(f"sqlite:///{tmp_path / 'dask.db'}")
    with local_cluster(2) as cluster, Client(cluster) as client:  # the cluster marsad makes
        victim = sorted(client.run(os.getpid).values())[0]

        def kill_when_started() -> None:
            _wait_until(lambda: remote.count("articles") >= 50, timeout=300)
            os.kill(victim, signal.SIGKILL)

        killer = threading.Thread(target=kill_when_started, daemon=True)
        killer.start()
        dopts = BatchOptions(progress=False, chunk_size=10, batch_size=50, count_first=False,
                             engine="dask", scheduler=client)  # fmt: skip
        report = run_ingest([str(src)], remote, TEXT_ONLY, FieldMap(), dopts)
        killer.join(timeout=60)
        assert victim not in client.run(os.getpid).values()
    assert report.failed == 0
    assert _keys_and_docs(remote) == _keys_and_docs(local)


def _bad_inputs(d: Path) -> None:
    ar = "كتبنا هذه الجملة العربية للاختبار فقط ولا تحمل أي خبر حقيقي. "
    (d / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (d / "empty.txt").write_bytes(b"")
    (d / "invalid_utf8.txt").write_bytes(b"abc \xff\xfe\xfd \x80\x81 def" * 10)
    (d / "legacy_1256.txt").write_bytes((ar * 3).encode("cp1256"))
    with (d / "huge.txt").open("wb") as fh:
        chunk = (ar * 1000).encode("utf-8")
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    (d / "broken.jsonl").write_text('{"text": "' + ar + '"}\n{"text": \n[1, 2\n', encoding="utf-8")
    (d / "deep.html").write_text(
        "<html><body>" + "<div>" * 10_000 + f"<p>{ar}</p>" + "</div>" * 10_000 + "</body></html>",
        encoding="utf-8",
    )
    (d / "controls.txt").write_text(
        "\u202b" + ar + "\u200d\u200f\u2066" + ar + "\u2069\u200b", encoding="utf-8"
    )


def test_bad_input_directory_is_stored_or_reported_file_by_file(tmp_path: Path) -> None:
    src = tmp_path / "bad"
    src.mkdir()
    _bad_inputs(src)
    store = open_store(f"sqlite:///{tmp_path / 'bad.db'}")
    report = run_ingest([str(src)], store, TEXT_ONLY, FieldMap(), BatchOptions(progress=False))
    stored = {
        row[0] for row in store.read(lambda c: c.execute(text("SELECT origin FROM articles")).all())
    }
    failed = {f.origin for f in report.failures}
    for path in sorted(src.iterdir()):
        hits = [o for o in stored | failed if o == str(path) or o.startswith(f"{path}:")]
        assert hits, f"{path.name} neither stored nor reported"
    assert {f.code for f in report.failures if "huge" in f.origin} == {"E008"}
    assert {f.code for f in report.failures if "binary" in f.origin} == {"E001"}
    assert str(src / "legacy_1256.txt") in stored and str(src / "controls.txt") in stored
