"""Generate ``kb/data/people_<region>.jsonl`` from the curated tables in ``people_<region>.py``.

Run ``python -m marsad.kb.build.people_gen`` after editing a table. Tables are compact text so
that hundreds of people stay reviewable; one person a line, fields separated by ``|``::

    Name En / Alias En | ar1, ar2, ~ambiguous | ISO3 | DEFAULT | CODE Title START..END ; ...

- A role code starting with a role token (``GOV``, ``GOVMIL``, ``MIL`` ...) gets the person's
  country prepended; any other code (``IGOUNO``, ``PSEREB``) is used as written.
- Dates are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` and are padded to the first day, because
  the entry model compares ISO strings; an empty side of ``..`` is open.
- A ``~`` before an Arabic form marks a short form that is also a common word or name; the
  entry then gets ``kind: person`` so the linker only uses it after the full name.
- A ``?`` before an Arabic form marks a form that is more often another word (``ماي``, the
  Maghrebi month name): it goes to ``ambiguous_ar``, which only the entities step reads,
  and only where the context makes it a name (a title, a verb before it, the full name).
- ``DEFAULT`` empty means the code of the longest-held role.
- Spelling variants are added mechanically where news writes a name two ways: compound names
  spaced and joined (عبد الله/عبدالله) and, for non-Arab, non-Persian names, ج for a hard g
  (غوتيريش/جوتيريش).
- ``{slug}`` after the English name overrides the id for namesakes.
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from pathlib import Path

import msgspec

from marsad.kb.model import Entry, Role

REGIONS = (
    "turkey",
    "usa",
    "arab_gulf",
    "arab_levant",
    "arab_africa",
    "iran_israel",
    "g20",
    "g20_other",
    "other",
    "world_2000s",
)
ROLE_TOKENS = (
    "GOV",
    "MIL",
    "LEG",
    "JUD",
    "REB",
    "OPP",
    "COP",
    "SPY",
    "MED",
    "BUS",
    "CVL",
    "ELI",
    "REL",
)
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ARABIC_RE = re.compile(r"^[\u0621-\u064A\u0670-\u06D3 -]+$")  # letters only: catches Latin typos
# Diacritics and tatweel are dropped: the loader normalises them away, so such forms are duplicates.
MARKS_RE = re.compile(r"[\u0640\u064B-\u0652]")
OPEN_END = "2025-12-31"  # how long an open role counts when choosing the default code
DATA_DIR = Path(__file__).resolve().parents[1] / "data"
# Compound names that news writes both spaced and joined (عبد الله/عبدالله, نور الدين/نورالدين):
# heads that join with the following word; عبد joins with any ال- word.
JOIN_HEADS = {
    "الدين": frozenset(["نور", "عز", "بدر", "سعد", "علاء", "زين", "جمال", "محي"]),
    "الله": frozenset(["نصر", "فتح", "عطا", "جار", "خير", "الحمد"]),
}


class TableError(ValueError):
    """A malformed table line; the message names the line."""


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def full_date(text: str, where: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    if not DATE_RE.match(text):
        raise TableError(f"{where}: bad date {text!r}")
    return (text + "-01-01")[:10] if len(text) == 4 else (text + "-01")[:10]


def full_code(code: str, country: str) -> str:
    return country + code if code.startswith(ROLE_TOKENS) else code


def joins(head: str, tail: str) -> bool:
    return (head == "عبد" and tail.startswith("ال")) or head in JOIN_HEADS.get(tail, ())


# States whose names keep a real ghayn (غ); elsewhere غ transliterates a hard g, which Egyptian
# outlets write ج (غوتيريش/جوتيريش, غانتس/جانتس). Turkish "oğlu" keeps غ (soft g).
_GHAYN_STATES = "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM ESH IRN AFG PAK"
GHAYN_STATES = frozenset(_GHAYN_STATES.split())
_ARABIC_GHAYN_WORDS = "غسان غازي غالب غانم غيث غدير"
ARABIC_GHAYN_WORDS = frozenset(_ARABIC_GHAYN_WORDS.split())


def g_word(word: str) -> str:
    if word in ARABIC_GHAYN_WORDS or word.endswith("غلو"):
        return word
    return word.replace("غ", "ج")


def g_variants(form: str, country: str) -> list[str]:
    """``form`` plus its ج-for-g spelling for people whose names are not Arabic or Persian."""
    if country in GHAYN_STATES or "غ" not in form:
        return [form]
    return list(dict.fromkeys([form, " ".join(g_word(w) for w in form.split())]))


def split_compound(word: str) -> tuple[str, ...]:
    """``عبدالله`` -> (``عبد``, ``الله``); ``نورالدين`` -> (``نور``, ``الدين``); else (word,)."""
    if word.startswith("عبدال"):
        return ("عبد", word[3:])
    for tail, heads in JOIN_HEADS.items():
        if word.endswith(tail) and word[: -len(tail)] in heads:
            return (word[: -len(tail)], tail)
    return (word,)


def compound_variants(form: str) -> list[str]:
    """``form`` plus its all-joined and all-spaced spellings of compound names."""
    spaced = [part for word in form.split() for part in split_compound(word)]
    joined: list[str] = []
    for word in spaced:
        if joined and joins(joined[-1], word):
            joined[-1] += word
        else:
            joined.append(word)
    return list(dict.fromkeys([form, " ".join(joined), " ".join(spaced)]))


def parse_role(text: str, country: str, where: str) -> Role:
    parts = text.split()
    code = full_code(parts[0], country)
    start = end = None
    if len(parts) > 1 and ".." in parts[-1]:
        left, right = parts.pop().split("..")
        start, end = full_date(left, where), full_date(right, where)
        if start and end and end < start:
            raise TableError(f"{where}: role ends before it starts: {text!r}")
    title = " ".join(parts[1:]) or None
    return Role(code=code, title=title, start=start, end=end)


def longest_role(roles: list[Role]) -> str | None:
    def days(role: Role) -> int:
        start = int((role.start or "2010-01-01")[:4]) * 12 + int((role.start or "2010-01-01")[5:7])
        end = int((role.end or OPEN_END)[:4]) * 12 + int((role.end or OPEN_END)[5:7])
        return end - start

    return max(roles, key=days).code if roles else None


def parse_line(line: str, where: str) -> Entry:
    fields = [f.strip() for f in line.split("|")]
    if len(fields) != 5:
        raise TableError(f"{where}: expected 5 fields, got {len(fields)}")
    names, arabic, country, default, roles_text = fields
    id_match = re.search(r"\{([a-z0-9-]+)\}", names)
    names = re.sub(r"\{[a-z0-9-]+\}", "", names)
    english = [n.strip() for n in names.split("/") if n.strip()]
    forms = [MARKS_RE.sub("", a).strip() for a in arabic.split(",") if a.strip()]
    if not english or not forms or not re.fullmatch(r"[A-Z]{3}", country):
        raise TableError(f"{where}: needs an English name, Arabic forms and an ISO3 country")
    bad = [f for f in forms if not ARABIC_RE.match(f.lstrip("~?"))]
    if bad:
        raise TableError(f"{where}: non-Arabic characters in {bad}")
    roles = [parse_role(r, country, where) for r in roles_text.split(";") if r.strip()]
    ambiguous = any(f.startswith("~") for f in forms)
    weak = [f[1:] for f in forms if f.startswith("?")]
    spellings = (v for f in forms if f[:1] != "?" for v in compound_variants(f.lstrip("~")))
    names_ar = list(dict.fromkeys(g for v in spellings for g in g_variants(v, country)))
    return Entry(
        id="per:" + (id_match.group(1) if id_match else slug(english[0])),
        type="PER",
        name_en=english[0],
        names_ar=names_ar,
        code=full_code(default, country) if default else longest_role(roles),
        kind="person" if ambiguous else None,
        country=country,
        aliases_en=english[1:],
        roles=roles,
        ambiguous_ar=weak,
    )


def parse_table(text: str, region: str) -> list[Entry]:
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            entries.append(parse_line(line, f"people_{region}.py line {number}"))
    return entries


def render(region: str) -> bytes:
    """The JSON Lines bytes of ``people_<region>.jsonl`` from its table."""
    table = importlib.import_module(f"marsad.kb.build.people_{region}").ROWS
    lines = [msgspec.json.encode(e).decode() for e in parse_table(table, region)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def build(regions: tuple[str, ...] = REGIONS, out_dir: Path = DATA_DIR) -> dict[str, int]:
    """Write one JSONL file a region; raise TableError on bad lines or duplicate ids."""
    seen: dict[str, str] = {}
    counts = {}
    for region in regions:
        content = render(region)
        entries = [msgspec.json.decode(line, type=Entry) for line in content.splitlines()]
        for entry in entries:
            if entry.id in seen:
                raise TableError(f"duplicate id {entry.id} in {region} and {seen[entry.id]}")
            seen[entry.id] = region
        (out_dir / f"people_{region}.jsonl").write_bytes(content)
        counts[region] = len(entries)
    return counts


def main(argv: list[str]) -> int:
    regions = tuple(argv) or REGIONS
    try:
        counts = build(regions)
    except TableError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    for region, count in counts.items():
        print(f"people_{region}.jsonl: {count} people")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
