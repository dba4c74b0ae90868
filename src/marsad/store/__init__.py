"""The corpus store: one SQLAlchemy Core schema on SQLite (default) or PostgreSQL."""

from marsad.store.db import Store, open_store
from marsad.store.rows import Analysed

__all__ = ["Analysed", "Store", "open_store"]
