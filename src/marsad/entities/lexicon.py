"""Trigger lists under ``marsad/lang/ar/entities/``: person titles, organisation and
place openers, role phrases with their CAMEO role codes."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from marsad.errors import Err, MarsadError
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

_DIR = ("lang", "ar", "entities")


def read_list(name: str) -> list[str]:
    """The lines of a list under ``lang/ar/entities/``, less comments and blank lines."""
    res = resources.files("marsad").joinpath(*_DIR, name)
    if not res.is_file():
        raise MarsadError(
            Err.MISSING_RESOURCE, path="/".join((*_DIR, name)), command="pip install marsad"
        )
    lines = res.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True, slots=True)
class Triggers:
    """Normalised trigger words and role phrases (role phrase -> role code)."""

    person: frozenset[str]
    org: frozenset[str]
    loc: frozenset[str]
    roles: dict[str, str]
    max_role_words: int
    not_names: frozenset[str] = frozenset()
    # words cut from the start / end of a tagged person name (``name_edges.tsv``)
    lead_not_name: frozenset[str] = frozenset()
    trail_not_name: frozenset[str] = frozenset()

    def trigger_class(self, form: str) -> str | None:
        if form in self.person:
            return "P"
        if form in self.org:
            return "O"
        if form in self.loc:
            return "L"
        return None


def load_currencies(opts: NormalizeOptions) -> frozenset[str]:
    """Singular currency names (``currencies.txt``), normalised."""
    return frozenset(normalize(w, opts) for w in read_list("currencies.txt"))


def load_triggers(opts: NormalizeOptions) -> Triggers:
    roles: dict[str, str] = {}
    for line in read_list("roles.tsv"):
        phrase, _, code = line.partition("\t")
        if not code:
            raise MarsadError(
                Err.BAD_RESOURCE,
                path="lang/ar/entities/roles.tsv",
                detail=f"line without a tab: {line!r}",
                fix="write `phrase<TAB>code`",
            )
        roles[normalize(phrase, opts)] = code.strip()
    edges = _name_edges(opts)
    return Triggers(
        person=frozenset(normalize(w, opts) for w in read_list("person_titles.txt")),
        org=frozenset(normalize(w, opts) for w in read_list("org_triggers.txt")),
        loc=frozenset(normalize(w, opts) for w in read_list("loc_triggers.txt")),
        roles=roles,
        max_role_words=max(len(p.split()) for p in roles),
        not_names=frozenset(normalize(w, opts) for w in read_list("not_names.txt")),
        lead_not_name=edges["lead"],
        trail_not_name=edges["trail"],
    )


def _name_edges(opts: NormalizeOptions) -> dict[str, frozenset[str]]:
    """``name_edges.tsv``: side (``lead``/``trail``) -> normalised words."""
    sides: dict[str, set[str]] = {"lead": set(), "trail": set()}
    for line in read_list("name_edges.tsv"):
        side, _, word = line.partition("\t")
        if side not in sides or not word.strip():
            raise MarsadError(
                Err.BAD_RESOURCE,
                path="lang/ar/entities/name_edges.tsv",
                detail=f"bad line: {line!r}",
                fix="write `lead<TAB>word` or `trail<TAB>word`",
            )
        sides[side].add(normalize(word.strip(), opts))
    return {side: frozenset(words) for side, words in sides.items()}
