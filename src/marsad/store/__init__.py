"""The corpus store: one SQLAlchemy Core schema on SQLite (default) or PostgreSQL.

``Store``, ``open_store`` and ``Analysed`` load on first use (PEP 562): ingest workers
import ``store.fts`` and ``store.rows``, which are plain Python, and importing this
package must not cost each of them SQLAlchemy (about 0.16 s of CPU per process).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marsad.store.db import Store, open_store
    from marsad.store.rows import Analysed

__all__ = ["Analysed", "Store", "open_store"]

_HOME = {
    "Store": "marsad.store.db",
    "open_store": "marsad.store.db",
    "Analysed": "marsad.store.rows",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
