"""Request size limit, enforced before a body is parsed (pure ASGI middleware)."""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.api.errors import error_response
from marsad.errors import Err, MarsadError


class BodyLimit:
    """Refuses bodies over ``limit`` bytes with E504 (413), by Content-Length or, for
    chunked uploads, by counting; the body read is then replayed to the app."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send, int(declared))
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                await self._refuse(scope, receive, send, size)
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks)), send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, size: int) -> None:
        exc = MarsadError(Err.API_TOO_LARGE, source=scope["path"], size=size, limit=self.limit)
        await error_response(413, exc.code, str(exc))(scope, receive, send)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        out: dict[str, Any] = {"type": "http.request", "body": body, "more_body": False}
        return out

    return receive
