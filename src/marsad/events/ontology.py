"""The PLOVER ontology with its CAMEO mapping, QuadClass and Goldstein values (data file
``events/data/ontology.json``), loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import msgspec

from marsad.errors import Err, MarsadError


class TypeInfo(msgspec.Struct, kw_only=True):
    cameo: str
    modes: list[str] = msgspec.field(default_factory=list)
    description: str = ""


class Ontology(msgspec.Struct, kw_only=True):
    name: str
    version: str
    about: str = ""
    types: dict[str, TypeInfo]
    goldstein: dict[str, float]

    def cameo(self, type_: str, code: str | None) -> str:
        """The trigger's CAMEO code, else the type's default."""
        return code or self.types[type_].cameo

    def quad_class(self, cameo: str) -> int:
        """CAMEO QuadClass from the root: 01-05 verbal coop, 06-08 material coop,
        09-13 verbal conflict, 14-20 material conflict."""
        root = int(cameo[:2])
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4

    def goldstein_of(self, cameo: str) -> float | None:
        """Goldstein value of the code, else of its 3- and 2-digit parents."""
        for n in (len(cameo), 3, 2):
            value = self.goldstein.get(cameo[:n])
            if value is not None:
                return value
        return None


def ontology_path() -> Path:
    return Path(str(resources.files("marsad.events") / "data" / "ontology.json"))


@lru_cache(maxsize=1)
def load_ontology(path: Path | None = None) -> Ontology:
    path = path or ontology_path()
    if not path.is_file():
        raise MarsadError(
            Err.MISSING_RESOURCE, path=path, command="pip install --force-reinstall marsad"
        )
    try:
        return msgspec.json.decode(path.read_bytes(), type=Ontology)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise MarsadError(
            Err.BAD_RESOURCE, path=path, detail=str(exc), fix="restore the packaged ontology.json"
        ) from None
