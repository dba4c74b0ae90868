"""``marsad demo`` builds a store from examples/ through the corpus engine, and
``marsad serve`` answers over HTTP."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner
from tests.api.helpers import example_articles

from marsad.cli.main import cli
from marsad.store.db import open_store
from marsad.store.query import stats


def test_demo_builds_the_example_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    result = CliRunner().invoke(cli, ["demo", "--db", url, "--no-serve"])
    assert result.exit_code == 0, result.output
    counts = stats(open_store(url))
    assert counts["articles"] == len(example_articles())
    assert counts["events"] > 10 and counts["actors"] > 10


def test_demo_rerun_adds_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    CliRunner().invoke(cli, ["demo", "--db", url, "--no-serve"])
    result = CliRunner().invoke(cli, ["demo", "--db", url, "--no-serve"])
    assert result.exit_code == 0
    assert "0 new example articles" in result.output


def test_demo_without_examples_is_a_coded_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    result = CliRunner().invoke(
        cli, ["demo", "--db", url, "--no-serve", "--examples", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "[E005]" in result.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_over_http(sqlite_store: str) -> None:
    port = _free_port()
    cmd = [sys.executable, "-m", "marsad.cli.main", "serve", "--db", sqlite_store,
           "--port", str(port), "--read-only"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        body = None
        for _ in range(200):
            try:
                body = httpx.get(f"http://127.0.0.1:{port}/stats", timeout=2).json()
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert body is not None and body["counts"]["articles"] == len(example_articles())
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_on_missing_read_only_store_is_a_coded_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    result = CliRunner().invoke(cli, ["serve", "--db", url, "--read-only"])
    assert result.exit_code == 1
    assert "[E401]" in result.output
