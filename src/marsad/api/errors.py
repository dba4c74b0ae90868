"""One JSON error shape for every failure: ``{"error": {"code": ..., "message": ...}}``.

Coded ``MarsadError``s map to HTTP statuses; validation errors name the parameter;
an unexpected exception is still answered in the same shape (and logged), never as HTML.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.errors import Err, MarsadError

log = logging.getLogger("marsad.api")

STATUS: dict[str, int] = {
    Err.API_NOT_FOUND.code: 404,
    Err.API_UNAUTHORIZED.code: 401,
    Err.API_TOO_LARGE.code: 413,
    Err.TOO_LARGE.code: 413,
    Err.FILE_TOO_LARGE.code: 413,
    Err.STORE_READ_ONLY.code: 403,
    Err.STORE_UNAVAILABLE.code: 503,
}
HTTP_CODES: dict[int, str] = {404: "E502", 401: "E503", 413: "E504"}


def error_response(status: int, code: str, message: str) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    body = {"error": {"code": code, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(x) for x in err.get("loc", ()) if x != "body") or "request"
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) + ". Fix: see /docs for the accepted values"


async def _on_marsad(_req: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, MarsadError)
    return error_response(STATUS.get(exc.code, 400), exc.code, str(exc))


async def _on_validation(_req: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, Err.API_BAD_REQUEST.code, _validation_message(exc))


async def _on_http(req: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = HTTP_CODES.get(exc.status_code, Err.API_BAD_REQUEST.code)
    return error_response(exc.status_code, code, f"{req.url.path}: {exc.detail}")


async def _on_any(req: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s", req.url.path)
    return error_response(500, "E500", f"{req.url.path}: internal error ({type(exc).__name__})")


def install(app: FastAPI) -> None:
    app.add_exception_handler(MarsadError, _on_marsad)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_any)
