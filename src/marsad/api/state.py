"""What the routes share: the store, the settings and (built on first use) the analyser."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import msgspec
from starlette.responses import Response

from marsad.api.config import ApiConfig
from marsad.settings import Settings
from marsad.store.db import Store

if TYPE_CHECKING:
    from marsad.corpus.worker import Worker


class MsgspecResponse(Response):
    """JSON from msgspec Structs (several times faster than FastAPI's encoder)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return msgspec.json.encode(content)


@dataclass
class ApiState:
    config: ApiConfig
    settings: Settings
    store: Store
    lock: threading.Lock = field(default_factory=threading.Lock)
    _worker: Worker | None = None

    def worker(self) -> Worker:
        """The ingest worker (pipeline, topic model, MinHash), built once, on first use:
        a read-only server never pays for loading the models."""
        with self.lock:
            if self._worker is None:
                from marsad.corpus.worker import Worker

                self._worker = Worker(self.settings)
            return self._worker
