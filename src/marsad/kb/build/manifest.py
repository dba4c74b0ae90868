"""``MANIFEST.json``: the KB version and, per data file, its counts and sources."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import msgspec

from marsad.kb.model import Entry

KB_VERSION = "2026.11.0"

# Where each file's facts come from (hand curation unless stated).
SOURCES: dict[str, str] = {
    "states.jsonl": "generated: CLDR names via babel + curated variants, adjectives, "
    "capitals and government seats (kb/build/states_src.py)",
    "institutions.jsonl": "generated: role templates x curated state adjectives "
    "(kb/build/institutions_src.py); codes follow CAMEO agent conventions",
    "cities.jsonl": "generated: curated cities, regions and places (kb/build/cities_src.py)",
    "orgs.jsonl": "generated: curated IGOs, NGOs, media, named state bodies and companies "
    "(kb/build/orgs_src.py); codes checked against the CAMEO/Phoenix dictionaries",
    "groups.jsonl": "generated: curated armed and political groups and parties "
    "(kb/build/orgs_src.py)",
    "weapons.jsonl": "generated: curated weapon systems and platforms "
    "(kb/build/weapons_laws_src.py)",
    "optional/generic.jsonl": "generated: institutions named without their state "
    "(kb/build/institutions_src.py GENERIC); opt in through Settings.kb_paths",
    "laws.jsonl": "generated: curated laws, treaties and agreements (kb/build/weapons_laws_src.py)",
    "people_world_2000s.jsonl": "generated: curated heads of state and government, foreign "
    "ministers, UN/EU officials of about 1995-2010, people the press of those years cites "
    "and historical figures news still names "
    "(kb/build/people_world_2000s.py via people_gen.py)",
}


def file_stats(path: Path) -> dict[str, object]:
    decoder = msgspec.json.Decoder(Entry)
    types: Counter[str] = Counter()
    forms = 0
    for raw in path.read_bytes().splitlines():
        if raw.strip():
            e = decoder.decode(raw)
            types[e.type] += 1
            forms += len(set(e.names_ar) | set(e.adjectives_ar) | set(e.ambiguous_ar))
    return {"entries": sum(types.values()), "forms": forms, "types": dict(sorted(types.items()))}


def write_manifest(data: Path) -> None:
    files = {}
    for path in [*sorted(data.glob("*.jsonl")), *sorted(data.glob("optional/*.jsonl"))]:
        name = path.relative_to(data).as_posix()
        stats = file_stats(path)
        stats["source"] = SOURCES.get(name, "curated (see the file's maintainer)")
        stats["loaded_by_default"] = not name.startswith("optional/")
        files[name] = stats
    manifest = {
        "version": KB_VERSION,
        "format": "JSON Lines of marsad.kb.model.Entry",
        "files": files,
    }
    (data / "MANIFEST.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
