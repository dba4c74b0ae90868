"""Load the packaged KB plus user files into one ``KB`` (cached per settings).

User files are JSON Lines of ``Entry`` in the packaged format, named by
``Settings.kb_paths``; a user entry replaces a packaged one with the same id.
The CLI also reads ``MARSAD_KB`` (paths separated by ``os.pathsep``) through
``settings_with_env_kb``; nothing reads the environment at import.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import msgspec

from marsad.doc import Document
from marsad.errors import Err, MarsadError
from marsad.kb.match import KBMatch, Matcher, tokens_of
from marsad.kb.model import Entry
from marsad.settings import NormalizeOptions, Settings
from marsad.text.normalize import normalize
from marsad.text.segment import load_nosplit

ENV_VAR = "MARSAD_KB"
_DECODER = msgspec.json.Decoder(Entry)


def data_dir() -> Path:
    """The packaged data folder (``marsad/kb/data``)."""
    return Path(str(resources.files("marsad.kb") / "data"))


def packaged_files() -> list[Path]:
    """Every packaged KB file, in name order (new files are picked up by name)."""
    return sorted(data_dir().glob("*.jsonl"))


def settings_with_env_kb(settings: Settings, environ: Mapping[str, str] | None = None) -> Settings:
    """``settings`` with the files listed in ``$MARSAD_KB`` appended to ``kb_paths``."""
    env = os.environ if environ is None else environ
    extra = tuple(Path(p) for p in env.get(ENV_VAR, "").split(os.pathsep) if p.strip())
    if not extra:
        return settings
    return settings.with_(kb_paths=tuple(settings.kb_paths) + extra)


def read_entries(path: Path) -> Iterator[tuple[int, Entry]]:
    """``(line number, Entry)`` for each non-blank line; a bad line raises E302."""
    if not path.is_file():
        raise MarsadError(Err.NOT_FOUND, source=str(path))
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                yield lineno, _DECODER.decode(raw)
            except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                raise MarsadError(
                    Err.BAD_DATA_FILE,
                    source=f"{path}:{lineno}",
                    kind="KB",
                    detail=str(exc),
                    fix="each line must be one JSON Entry (see docs/kb.md)",
                ) from None


@dataclass(slots=True)
class KB:
    """Entries by id, a search index and a longest-match matcher over Arabic forms."""

    entries: list[Entry]
    opts: NormalizeOptions = field(default_factory=NormalizeOptions)
    by_id: dict[str, Entry] = field(init=False)
    matcher: Matcher = field(init=False)
    _clubs: dict[str, list[str]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entries}
        self.matcher = Matcher(self.opts, load_nosplit())
        for e in self.entries:
            for form in e.names_ar:
                self.matcher.add(form, e.id, country=e.country)
            for form in e.adjectives_ar:
                self.matcher.add(form, e.id, adjective=True, country=e.country)
            for form in e.ambiguous_ar:
                self.matcher.add(form, e.id, weak=True)

    def get(self, entry_id: str) -> Entry | None:
        return self.by_id.get(entry_id)

    def clubs_of_place(self, place: str) -> list[str]:
        """Sports clubs the KB names as ``place`` + a nationality adjective (``ليفربول
        الإنجليزي``), by the place's normalised form: what a place read as a club stands for."""
        if self._clubs is None:
            self._clubs = self._club_index()
        return self._clubs.get(place, [])

    def _club_index(self) -> dict[str, list[str]]:
        """Club forms of a place and a definite nisba adjective (``برشلونة الإسباني``,
        ``ليفربول الإنجليزي``) by the place's name."""
        out: dict[str, list[str]] = {}
        for e in self.entries:
            if e.kind != "sport-club":
                continue
            for form in e.names_ar:
                *head, last = normalize(form, self.opts).split() or [""]
                place = " ".join(head)
                nisba = last.startswith("ال") and last.endswith("ي")
                if head and nisba and self._is_place(place):
                    ids = out.setdefault(place, [])
                    ids.extend([] if e.id in ids else [e.id])
        return out

    def _is_place(self, text: str) -> bool:
        """``text`` is wholly a KB place name (not الريال, the currency's word too)."""
        found = self.match_text(text)
        if len(found) != 1 or found[0].adjective or normalize(found[0].form, self.opts) != text:
            return False
        return any(
            (e := self.get(i)) is not None and e.type in ("GPE", "LOC") for i in found[0].entry_ids
        )

    def match(self, doc: Document, weak: bool = False) -> list[KBMatch]:
        """Longest KB matches over ``doc.tokens`` (run the ``tokens`` step first).
        ``weak``: keep the matches of ambiguous forms (``Entry.ambiguous_ar``), which
        only a reader of their context (the entities step) may take as names."""
        return _strong(self.matcher.match(doc.tokens), weak)

    def match_text(self, text: str, weak: bool = False) -> list[KBMatch]:
        """Longest KB matches over a bare string (tokenised here); ``weak`` as in ``match``."""
        return _strong(self.matcher.match(tokens_of(text, self.opts)), weak)

    def search(self, query: str, limit: int = 20) -> list[Entry]:
        """Entries whose id, English or Arabic names equal, start with or contain
        ``query`` (normalised), best first."""
        q = normalize(query.strip(), self.opts).lower()
        if not q:
            return []
        scored: list[tuple[int, int, Entry]] = []
        for order, e in enumerate(self.entries):
            rank = _rank(q, self._search_keys(e))
            if rank is not None:
                scored.append((rank, order, e))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [e for _, _, e in scored[:limit]]

    def _search_keys(self, e: Entry) -> Iterable[str]:
        yield e.id.lower()
        yield e.name_en.lower()
        yield from (a.lower() for a in e.aliases_en)
        yield from (normalize(f, self.opts).lower() for f in e.names_ar)
        if e.code:
            yield e.code.lower()


def _strong(matches: list[KBMatch], weak: bool) -> list[KBMatch]:
    return matches if weak else [m for m in matches if not m.weak]


def _rank(q: str, keys: Iterable[str]) -> int | None:
    best: int | None = None
    for k in keys:
        r = 0 if k == q else 1 if k.startswith(q) else 2 if q in k else None
        if r is not None and (best is None or r < best):
            best = r
            if r == 0:
                break
    return best


def build_kb(paths: Iterable[Path], opts: NormalizeOptions) -> KB:
    """A KB from ``paths`` in order; a later entry replaces an earlier one by id."""
    merged: dict[str, Entry] = {}
    for path in paths:
        for _, entry in read_entries(path):
            merged[entry.id] = entry
    return KB(list(merged.values()), opts)


@lru_cache(maxsize=4)
def _cached(kb_paths: tuple[Path, ...], opts: NormalizeOptions) -> KB:
    return build_kb([*packaged_files(), *kb_paths], opts)


def load_kb(settings: Settings) -> KB:
    """The packaged KB plus ``settings.kb_paths`` (built once per paths and options)."""
    return _cached(tuple(Path(p) for p in settings.kb_paths), settings.normalize)
