"""A quick count of the records in input files, for the progress bar's total and ETA."""

from __future__ import annotations

import gzip
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path


def _count_json(data: bytes) -> int:
    try:
        obj = json.loads(data)
    except ValueError:
        return 1
    if isinstance(obj, dict):
        lists = [
            v
            for k, v in obj.items()
            if isinstance(v, list) and k in ("articles", "items", "data", "records")
        ]
        obj = lists[0] if lists else [obj]
    return len(obj) if isinstance(obj, list) else 1


def _count_lines(stream: Iterable[bytes]) -> int:
    return sum(1 for line in stream if line.strip())


def count_file(path: Path) -> int:
    name = path.name.lower()
    gz = name.endswith(".gz")
    base = name[:-3] if gz else name
    try:
        if base.endswith(".zip"):
            with zipfile.ZipFile(path) as zf:
                return sum(
                    _count_json(zf.read(m)) if m.endswith(".json") else 1 for m in zf.namelist()
                )
        if base.endswith((".jsonl", ".ndjson")):
            with gzip.open(path, "rb") if gz else path.open("rb") as fh:
                return _count_lines(fh)
        if base.endswith(".csv") or base.endswith(".tsv"):
            with gzip.open(path, "rb") if gz else path.open("rb") as fh:
                return max(_count_lines(fh) - 1, 0)
        if base.endswith(".json") and path.stat().st_size < 512_000_000:
            return _count_json(gzip.decompress(path.read_bytes()) if gz else path.read_bytes())
    except (OSError, EOFError, zipfile.BadZipFile):
        return 1
    return 1


def count_records(files: list[str]) -> int | None:
    """Records in local files (an estimate for CSV with multi-line fields); None for URLs."""
    if any(f.startswith(("http://", "https://")) for f in files):
        return None
    return sum(count_file(Path(f)) for f in files if Path(f).is_file())
