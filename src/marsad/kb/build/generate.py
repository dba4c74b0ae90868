"""Regenerate the generated KB files from CLDR (babel) and the curated tables here.

    python -m marsad.kb.build.generate            # writes src/marsad/kb/data/*.jsonl
    python -m marsad.kb.build.generate --check    # fails if the files are stale

Writes ``states.jsonl`` (states, territories, capitals as metonyms, government seats),
``institutions.jsonl`` (state institutions by role), ``cities.jsonl`` (cities, regions
and physical places), ``orgs.jsonl`` (IGOs, NGOs, media, named state bodies,
companies), ``groups.jsonl`` (armed and political groups), ``weapons.jsonl`` and
``laws.jsonl`` from the curated tables in this package, then ``MANIFEST.json`` over
every data file. People files (``people*.jsonl``) have their own generator.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import msgspec
from babel import Locale

from marsad.kb.build.adjectives import adjective_forms, feminine_definite, masculine_definite
from marsad.kb.build.cities_src import CITIES, PLACES, REGIONS
from marsad.kb.build.institutions_src import (
    ARMY_TEMPLATES,
    DEMONYM_NAMES,
    DEMONYMS,
    EXTRAS,
    FOCUS,
    GENERIC,
    NO_ARMY,
    NO_INSTITUTIONS,
    ONLY_FOR,
    TEMPLATES,
)
from marsad.kb.build.manifest import write_manifest
from marsad.kb.build.orgs_src import GROUPS, IGOS, MEDIA, NAMED, NGOS, ORG_ADJECTIVES
from marsad.kb.build.states_src import ENGLISH, SEATS, STATES
from marsad.kb.build.weapons_laws_src import LAWS, WEAPON_MODELS, WEAPON_NAMES
from marsad.kb.codes import iso2_to_iso3
from marsad.kb.loader import data_dir
from marsad.kb.model import Entry
from marsad.text.normalize import normalize

# CLDR territories that are not places a news actor code can name.
_SKIP = {"EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "AC", "CP", "DG", "TA", "IC", "EA", "CQ"}
# Sovereign states without a curated row (small states): kind "state", no adjective.
_SMALL = "AD AG BB DM FM GD KI KN LC LI MH NR PW SB SC SM SR ST TO TV VC VU WS"
_SMALL_STATES = set(_SMALL.split(" "))
# Curated rows that are not sovereign states.
_TERRITORIES = {"HK", "MO", "GL", "PR", "EH"}


@dataclass(slots=True)
class StateRow:
    iso2: str
    names: list[str]
    replace: bool
    stems: list[str]
    plurals: list[str]
    capital_en: str
    capitals: list[str]


def _split(field: str) -> list[str]:
    return [p.strip() for p in field.split(";") if p.strip()]


def parse_states(table: str = STATES) -> dict[str, StateRow]:
    rows: dict[str, StateRow] = {}
    for line in table.strip().splitlines():
        iso2, names, stems, plurals, cap_en, caps = (f.strip() for f in line.split("|"))
        replace = names.startswith("=")
        rows[iso2] = StateRow(
            iso2,
            _split(names.lstrip("=")),
            replace,
            _split(stems),
            _split(plurals),
            cap_en,
            _split(caps),
        )
    return rows


def _clean(name: str) -> str:
    return re.sub(r"\s*\(.*?\)", "", name).replace(" - ", " ").replace("&", "and").strip()


OPTIONAL_GENERIC = "optional/generic.jsonl"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def state_entries(rows: dict[str, StateRow]) -> list[Entry]:
    ar: dict[str, str] = dict(Locale("ar").territories)
    en: dict[str, str] = dict(Locale("en").territories)
    to3 = iso2_to_iso3()
    out: list[Entry] = []
    for iso2 in sorted(k for k in ar if len(k) == 2 and k in to3 and k not in _SKIP):
        iso3 = to3[iso2]
        row = rows.get(iso2)
        names = [] if row and row.replace else [_clean(ar[iso2])]
        adjectives: list[str] = []
        weak: list[str] = []
        if row:
            # ``?مالي``: a name that is more often a common word ("financial")
            names += [n for n in row.names if not n.startswith("?")]
            weak = [n[1:] for n in row.names if n.startswith("?")]
            for stem in row.stems:
                adjectives += adjective_forms(stem, row.plurals)
        sovereign = (row is not None and iso2 not in _TERRITORIES) or iso2 in _SMALL_STATES
        kind = "state" if sovereign else "territory"
        cldr_en = _clean(en[iso2])
        name_en = ENGLISH.get(iso2, cldr_en)
        out.append(
            Entry(
                id=f"gpe:{iso3}",
                type="GPE",
                name_en=name_en,
                aliases_en=[cldr_en] if cldr_en != name_en else [],
                names_ar=list(dict.fromkeys(names)),
                code=iso3,
                kind=kind,
                country=iso3,
                iso2=iso2,
                adjectives_ar=list(dict.fromkeys(adjectives)),
                ambiguous_ar=weak,
            )
        )
    return out


def capital_entries(rows: dict[str, StateRow], states: list[Entry]) -> list[Entry]:
    to3 = iso2_to_iso3()
    state_names = {n for e in states for n in e.names_ar}
    out: list[Entry] = []
    for row in rows.values():
        # a city-state's capital is written as the state itself: one entry is enough
        if not row.capitals or set(row.capitals) <= state_names:
            continue
        iso3 = to3[row.iso2]
        out.append(
            Entry(
                id=f"gpe:{iso3}:{slug(row.capital_en)}",
                type="GPE",
                name_en=row.capital_en,
                names_ar=row.capitals,
                code=iso3,
                kind="capital",
                country=iso3,
                refers_to=f"gpe:{iso3}",
            )
        )
    return out


def seat_entries(table: str = SEATS) -> list[Entry]:
    to3 = iso2_to_iso3()
    out: list[Entry] = []
    for line in table.strip().splitlines():
        key, name_en, forms, iso2, code = (f.strip() for f in line.split("|"))
        iso3 = to3[iso2]
        out.append(
            Entry(
                id=f"org:{iso3}:{key}",
                type="ORG",
                name_en=name_en,
                names_ar=_split(forms),
                code=code,
                kind="government-seat",
                country=iso3,
                refers_to=f"gpe:{iso3}",
            )
        )
    return out


def institution_entries(rows: dict[str, StateRow], states: list[Entry]) -> list[Entry]:
    by_iso2 = {e.iso2: e for e in states}
    to3 = iso2_to_iso3()
    out: list[Entry] = []
    for iso2, row in sorted(rows.items()):
        if not row.stems or iso2 in NO_INSTITUTIONS:
            continue
        iso3, state = to3[iso2], by_iso2[iso2]
        for key, en_t, role, kind, templates, core in TEMPLATES:
            if not _has_body(iso2, key, core):
                continue
            forms = _realise(templates, row.stems, state.names_ar[0])
            proper, extra = EXTRAS.get((iso2, key), (None, ()))
            of_state = en_t.format(en=state.name_en)
            english = _english_name(iso2, key) or of_state
            out.append(
                Entry(
                    id=f"org:{iso3}:{key}",
                    type="ORG",
                    name_en=proper or english,
                    names_ar=list(dict.fromkeys([*extra, *forms])),
                    code=iso3 + role,
                    kind=kind,
                    country=iso3,
                    aliases_en=[n for n in (english, of_state) if n != (proper or english)],
                )
            )
    return out


def _has_body(iso2: str, key: str, core: bool) -> bool:
    """Whether the state gets this template: listed states, else core or focus."""
    if key in ARMY_TEMPLATES and iso2 in NO_ARMY:
        return False
    only = ONLY_FOR.get(key)
    if only is not None:
        return iso2 in only
    return core or iso2 in FOCUS


def _english_name(iso2: str, key: str) -> str | None:
    """``Turkish Army``: the demonym form English news uses, when both are known."""
    dem, template = DEMONYMS.get(iso2), DEMONYM_NAMES.get(key)
    return template.format(dem=dem) if dem and template else None


def generic_entries() -> list[Entry]:
    """Institutions named without a state; linking picks the state from context."""
    english = {key: en_t.replace(" of {en}", "") for key, en_t, *_ in TEMPLATES}
    return [
        Entry(
            id=f"generic:{key}",
            type="ORG",
            name_en=f"{english[key]} (state from context)",
            names_ar=list(forms),
            kind="generic",
        )
        for key, forms in GENERIC.items()
    ]


def _realise(templates: tuple[str, ...], stems: list[str], name: str) -> list[str]:
    forms: list[str] = []
    for t in templates:
        if "{N}" in t:
            forms.append(t.format(N=name))
            continue
        for stem in stems:
            forms.append(t.format(F=feminine_definite(stem), M=masculine_definite(stem)))
    return forms


def place_entries() -> list[Entry]:
    to3 = iso2_to_iso3()
    out: list[Entry] = []
    for table, etype in ((CITIES, "GPE"), (PLACES, "LOC")):
        for line in table.strip().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            iso2, name_en, forms, kind = (f.strip() for f in line.split("|"))
            iso3 = to3.get(iso2)
            prefix = f"{etype.lower()}:{iso3}:" if iso3 else f"{etype.lower()}:"
            region_code, stems = REGIONS.get(name_en, (None, ()))
            out.append(
                Entry(
                    id=prefix + slug(name_en),
                    type=etype,  # type: ignore[arg-type]
                    name_en=name_en,
                    names_ar=_split(forms),
                    code=iso3 or region_code,
                    kind=kind or None,
                    country=iso3,
                    adjectives_ar=[f for stem in stems for f in adjective_forms(stem)],
                )
            )
    return out


def _rows(table: str, width: int) -> list[list[str]]:
    rows = [[f.strip() for f in line.split("|")] for line in table.strip().splitlines()]
    for row in rows:
        if len(row) != width:
            raise ValueError(f"expected {width} fields: {'|'.join(row)}")
    return rows


def org_entries(*tables: str) -> list[Entry]:
    out: list[Entry] = []
    for table in tables:
        for eid, name_en, code, kind, country, forms, aliases in _rows(table, 7):
            # ``?القاعدة``: a name that is more often a common word ("the base", "the
            # rule"), read as the body only where the tagger reads an organisation
            names = _split(forms)
            out.append(
                Entry(
                    id=eid,
                    type="ORG",
                    name_en=name_en,
                    names_ar=[n for n in names if not n.startswith("?")],
                    ambiguous_ar=[n[1:] for n in names if n.startswith("?")],
                    code=code or None,
                    kind=kind,
                    country=country or None,
                    aliases_en=_split(aliases),
                    adjectives_ar=[
                        f for stem in ORG_ADJECTIVES.get(eid, ()) for f in adjective_forms(stem)
                    ],
                )
            )
    return out


def model_forms(prefixes: list[str], number: str) -> list[str]:
    """``إس`` + ``400`` -> إس-400, إس 400, إس400 (Latin prefixes likewise). A one-digit
    number keeps only the hyphen: ``B1`` or ``بي 2`` are too often something else."""
    joiners = ("-", " ", "") if len(number) > 1 else ("-",)
    return [p + j + number for p in prefixes for j in joiners]


def weapon_entries() -> list[Entry]:
    merged: dict[str, Entry] = {}
    for eid, name_en, kind, country, prefixes, number, aliases in _rows(WEAPON_MODELS, 7):
        model_names = model_forms(_split(prefixes), number)
        merged[eid] = Entry(
            id=eid,
            type="WEAPON",
            name_en=name_en,
            names_ar=model_names,
            kind=kind,
            country=country or None,
            aliases_en=_split(aliases),
        )
    for eid, name_en, kind, country, forms, aliases in _rows(WEAPON_NAMES, 6):
        old = merged.get(eid)
        if old is not None:  # a model also known by name: one entry, all forms
            old.names_ar = list(dict.fromkeys([*old.names_ar, *_split(forms)]))
            old.aliases_en = list(dict.fromkeys([*old.aliases_en, *_split(aliases)]))
            continue
        merged[eid] = Entry(
            id=eid,
            type="WEAPON",
            name_en=name_en,
            names_ar=_split(forms),
            kind=kind,
            country=country or None,
            aliases_en=_split(aliases),
        )
    return list(merged.values())


def law_entries() -> list[Entry]:
    return [
        Entry(
            id=eid,
            type="LAW",
            name_en=name_en,
            names_ar=_split(forms),
            kind=kind,
            country=country or None,
            aliases_en=_split(aliases),
        )
        for eid, name_en, kind, country, forms, aliases in _rows(LAWS, 6)
    ]


def _jsonl(entries: list[Entry]) -> bytes:
    enc = msgspec.json.Encoder()
    return b"".join(enc.encode(e) + b"\n" for e in entries)


def outputs() -> dict[str, bytes]:
    """Generated file name -> content."""
    rows = parse_states()
    states = state_entries(rows)
    orgs, groups = org_entries(IGOS, NGOS, MEDIA, NAMED), org_entries(GROUPS)
    institutions = without_named_forms(institution_entries(rows, states), orgs + groups)
    return {
        "states.jsonl": _jsonl(states + capital_entries(rows, states) + seat_entries()),
        "institutions.jsonl": _jsonl(institutions),
        # opt-in (not loaded by default): Settings(kb_paths=(data_dir() / OPTIONAL_GENERIC,))
        OPTIONAL_GENERIC: _jsonl(generic_entries()),
        "cities.jsonl": _jsonl(place_entries()),
        "orgs.jsonl": _jsonl(orgs),
        "groups.jsonl": _jsonl(groups),
        "weapons.jsonl": _jsonl(weapon_entries()),
        "laws.jsonl": _jsonl(law_entries()),
    }


def without_named_forms(generated: list[Entry], named: list[Entry]) -> list[Entry]:
    """Template institutions minus forms a curated entry owns (``وكالة الأنباء السعودية``
    is SPA, not a second "Saudi state news agency"); emptied entries are dropped."""
    taken = {normalize(f) for e in named for f in e.names_ar}
    out: list[Entry] = []
    for e in generated:
        e.names_ar = [f for f in e.names_ar if normalize(f) not in taken]
        if e.names_ar:
            out.append(e)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if files are stale")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: package)")
    args = parser.parse_args(argv)
    out_dir: Path = args.out or data_dir()
    stale = []
    for name, content in outputs().items():
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if args.check:
            if not path.exists() or path.read_bytes() != content:
                stale.append(name)
        else:
            path.write_bytes(content)
    if args.check:
        print("stale: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale else 0
    write_manifest(out_dir)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
