"""Reading the language resources that ship inside the package."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from marsad.errors import Err, MarsadError


def load_json(resource: str) -> dict[str, Any]:
    """A packaged JSON object (``resource`` relative to ``marsad/``), or a coded error."""
    where = f"marsad/{resource}"
    try:
        text = resources.files("marsad").joinpath(resource).read_text(encoding="utf-8")
        data = json.loads(text)
    except (FileNotFoundError, ModuleNotFoundError):
        raise MarsadError(Err.MISSING_RESOURCE, path=where, command="pip install marsad") from None
    except json.JSONDecodeError as exc:
        raise MarsadError(
            Err.BAD_RESOURCE,
            path=where,
            detail=str(exc),
            fix="restore the file from the marsad release.",
        ) from None
    if not isinstance(data, dict):
        raise MarsadError(
            Err.BAD_RESOURCE,
            path=where,
            detail="not a JSON object",
            fix="restore the file from the marsad release.",
        )
    return data
