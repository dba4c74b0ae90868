"""One catalogue of coded errors. Each message names the input, the problem and the fix.

Raise with ``MarsadError(Err.BINARY_INPUT, source=path)``; the CLI prints the message
and exits 1 without a traceback.
"""

from __future__ import annotations

from enum import Enum


class Err(Enum):
    """Error codes with message templates. Templates use ``str.format`` fields."""

    # E0xx: input
    BINARY_INPUT = (
        "E001",
        "{source}: input looks binary ({detail}), not text. "
        "Fix: pass a UTF-8, Windows-1256 or ISO-8859-6 text, HTML or JSON file.",
    )
    UNDECODABLE = (
        "E002",
        "{source}: input is not valid UTF-8, Windows-1256 or ISO-8859-6 text ({detail}). "
        "Fix: convert it to UTF-8 (e.g. `iconv -f ENCODING -t UTF-8`).",
    )
    EMPTY_INPUT = (
        "E003",
        "{source}: input is empty or holds only white space. Fix: pass a file with article text.",
    )
    TOO_LARGE = (
        "E004",
        "{source}: input has {size:,} characters, more than max_chars={limit:,}. "
        "Fix: split the file into articles, or raise the limit with --max-chars.",
    )
    FILE_TOO_LARGE = (
        "E008",
        "{source}: file has {size:,} bytes, more than the limit of {limit:,} bytes. "
        "Fix: split the file into articles, or raise the limit (--max-chars; a file may "
        "hold 4 bytes per character).",
    )
    NOT_FOUND = (
        "E005",
        "{source}: no such file or directory. Fix: check the path.",
    )
    BAD_DATE = (
        "E006",
        "{source}: '{value}' is not a date in the form YYYY-MM-DD. Fix: pass e.g. 2021-01-14.",
    )
    BAD_RECORD = (
        "E007",
        "{source}: {detail}. Fix: {fix}",
    )
    INTERNAL = (
        "E999",
        "internal error ({detail}). This is a bug in marsad, not in your input. "
        "Fix: rerun with MARSAD_DEBUG=1 to see the traceback, and report it.",
    )
    # E1xx: pipeline construction
    UNKNOWN_STEP = (
        "E101",
        "Pipeline step '{name}' is not registered. Known steps: {known}. "
        "Fix: correct the name in Settings.steps.",
    )
    MISSING_REQUIREMENT = (
        "E102",
        "Pipeline step '{name}' requires '{need}', which no earlier step provides. "
        "Fix: add a step providing it before '{name}' (providers: {providers}).",
    )
    DUPLICATE_STEP = (
        "E103",
        "Pipeline step '{name}' is registered twice. Fix: give each step a unique name.",
    )
    # E2xx: resources and models
    MISSING_RESOURCE = (
        "E201",
        "Resource {path} is missing from the package. Fix: reinstall marsad, or run "
        "`{command}` to build it.",
    )
    BAD_RESOURCE = (
        "E202",
        "Resource {path} is invalid: {detail}. Fix: {fix}",
    )
    # E3xx: evaluation and data files
    BAD_GOLD = (
        "E301",
        "{source}: gold file is invalid: {detail}. Fix: follow shared/gold/GUIDE.md.",
    )
    BAD_DATA_FILE = (
        "E302",
        "{source}: cannot read {kind} file: {detail}. Fix: {fix}",
    )
    # E4xx: storage
    STORE_UNAVAILABLE = (
        "E401",
        "Store {url} is not reachable: {detail}. Fix: check the URL and that the server runs.",
    )
    STORE_READ_ONLY = (
        "E402",
        "Store {url} is opened read-only. Fix: drop --read-only to write.",
    )
    # E5xx: the REST API
    API_BAD_REQUEST = (
        "E501",
        "{source}: {detail}. Fix: {fix}",
    )
    API_NOT_FOUND = (
        "E502",
        "{source}: no {kind} with id '{value}'. Fix: take ids from the list endpoints.",
    )
    API_UNAUTHORIZED = (
        "E503",
        "{source}: {detail}. Fix: send 'Authorization: Bearer <token>' with the server's "
        "MARSAD_API_TOKEN.",
    )
    API_TOO_LARGE = (
        "E504",
        "{source}: request body has {size:,} bytes, more than the limit of {limit:,}. "
        "Fix: send fewer or shorter articles per request.",
    )

    @property
    def code(self) -> str:
        return self.value[0]

    @property
    def template(self) -> str:
        return self.value[1]


class MarsadError(Exception):
    """An expected failure with a coded, user-facing message."""

    def __init__(self, err: Err, **fields: object) -> None:
        self.err = err
        self.fields = fields
        try:
            text = err.template.format(**fields)
        except (KeyError, IndexError, ValueError):
            text = f"{err.template} {fields}"
        super().__init__(f"[{err.code}] {text}")

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt from its code and fields, so an error raised in a worker process
        # reaches the parent intact (the default would pass the message as ``err``).
        return (_rebuild, (self.err.name, self.fields))

    @property
    def code(self) -> str:
        return self.err.code


def _rebuild(name: str, fields: dict[str, object]) -> MarsadError:
    return MarsadError(Err[name], **fields)
