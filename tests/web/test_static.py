"""The dashboard is self-contained: every asset is shipped in the package (offline, no CDN)."""

from __future__ import annotations

import re
from pathlib import Path

import marsad.web

STATIC = Path(marsad.web.__file__).parent / "static"


def test_static_files_reference_no_remote_url() -> None:
    for path in STATIC.iterdir():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://", text), path.name


def test_index_loads_only_packaged_assets() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"#]+)"', html)
    for ref in refs:
        if ref.startswith("data:") or ref == "/docs":
            continue
        assert ref.startswith("/static/") and (STATIC / ref.removeprefix("/static/")).is_file(), ref
