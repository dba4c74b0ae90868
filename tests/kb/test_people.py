"""The curated people files: well-formed entries, valid dates and codes, known actor codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec
import pytest
from tests.conftest import GOLD, need

from marsad.kb.build.people_gen import REGIONS, render
from marsad.kb.codes import is_valid_code
from marsad.kb.model import Entry
from marsad.kb.validate import validate_files

DATA_DIR = Path(__file__).resolve().parents[2] / "src" / "marsad" / "kb" / "data"
# ISO 3166-1 alpha-3 codes (plus XKX for Kosovo, used by news and CAMEO alike).
ISO3_TEXT = """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA
    BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN
    CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU
    EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB
    GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL
    ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO
    LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR
    MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER
    PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM
    SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCA TCD TGO THA TJK TKL
    TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT
    WLF WSM XKX YEM ZAF ZMB ZWE
"""
ISO3 = set(ISO3_TEXT.split())
NON_STATE_HEADS = {"IGO", "NGO", "IMG", "NAF", "MEA"}


def people_files() -> list[Path]:
    return sorted(DATA_DIR.glob("people*.jsonl"))


def load_people() -> list[Entry]:
    entries = []
    for path in people_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entries.append(msgspec.json.decode(line, type=Entry))
    return entries


@pytest.fixture(scope="module")
def people() -> list[Entry]:
    return load_people()


def by_id(people: list[Entry], entry_id: str) -> Entry:
    return next(e for e in people if e.id == entry_id)


def valid_code(code: str | None) -> bool:
    """A state code (ISO3 + role blocks) or a CAMEO non-state one (IGO, NGO, IMG, regions)."""
    return code is not None and is_valid_code(code)


def test_people_files_exist() -> None:
    assert people_files()


def test_ids_unique_and_prefixed(people: list[Entry]) -> None:
    ids = [e.id for e in people]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("per:") for i in ids)


def test_every_entry_is_a_person_with_arabic_names(people: list[Entry]) -> None:
    assert all(e.type == "PER" and e.names_ar and e.name_en for e in people)


def test_role_dates_are_iso_and_ordered(people: list[Entry]) -> None:
    for entry in people:
        for role in entry.roles:
            for day in (role.start, role.end):
                if day is not None:
                    dt.date.fromisoformat(day)
            if role.start and role.end:
                assert role.start <= role.end, entry.id


def test_codes_are_well_formed_cameo(people: list[Entry]) -> None:
    bad = [e.id for e in people if not valid_code(e.code)]
    bad += [e.id for e in people for r in e.roles if not valid_code(r.code)]
    assert not bad


def test_country_is_iso3(people: list[Entry]) -> None:
    assert all(e.country in ISO3 for e in people)


def test_state_codes_use_a_real_iso3(people: list[Entry]) -> None:
    # is_valid_code accepts CAMEO regions too; a person's own state code must be a real state.
    codes = {r.code for e in people for r in e.roles} | {e.code for e in people if e.code}
    state_codes = {c for c in codes if c[:3] not in NON_STATE_HEADS}
    assert all(c[:3] in ISO3 for c in state_codes)


@pytest.mark.parametrize(
    ("entry_id", "code"),
    [
        ("per:hulusi-akar", "TURGOVMIL"),
        ("per:mevlut-cavusoglu", "TURGOV"),
        ("per:joe-biden", "USAGOV"),
    ],
)
def test_actor_code_on_seed_date(people: list[Entry], entry_id: str, code: str) -> None:
    assert by_id(people, entry_id).actor_on("2021-01-14") == code


def test_akar_was_army_chief_before_minister(people: list[Entry]) -> None:
    assert by_id(people, "per:hulusi-akar").actor_on("2017-01-01") == "TURMIL"


def test_people_files_pass_kb_validate() -> None:
    assert validate_files(people_files()).errors == []


def test_packaged_people_files_match_the_tables() -> None:
    for region in REGIONS:
        packaged = (DATA_DIR / f"people_{region}.jsonl").read_bytes()
        assert packaged == render(region), f"rerun python -m marsad.kb.build.people_gen ({region})"


def test_gold_people_get_the_gold_actor_code(people: list[Entry]) -> None:
    # Dev gold only: every gold person the KB knows gets the gold actor code on the article date.
    by_name = {n.lower(): e for e in people for n in [e.name_en, *e.aliases_en]}
    checked = 0
    for path in sorted(need(GOLD / "dev").glob("*.json")):
        article = msgspec.json.decode(path.read_bytes())
        for gold in article["entities"]:
            entry = by_name.get(gold["name_en"].lower()) if gold["type"] == "PER" else None
            if entry is not None and gold.get("actor"):
                assert entry.actor_on(article["published"]) == gold["actor"], gold["name_en"]
                checked += 1
    assert checked >= 30
