"""Which actor codes are well formed: an ISO 3166 alpha-3 state (from CLDR via babel)
or a CAMEO non-state prefix, followed by three-letter CAMEO role/sector blocks."""

from __future__ import annotations

import re
from functools import lru_cache

from babel.core import get_global

# CAMEO first blocks that are not states: international/non-governmental actors,
# international militarised groups, multinationals, unidentified, and regions.
_NON_STATE = "IGO NGO IMG MNC UIS INT AFR ASA BLK CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF WST"
NON_STATE_PREFIXES = frozenset(_NON_STATE.split(" "))
# CAMEO/news codes outside ISO 3166 that the KB uses.
EXTRA_COUNTRIES = frozenset({"KSV", "XKX"})
# Withdrawn alpha-3 codes that CLDR still lists as aliases of a current alpha-2.
_WITHDRAWN = frozenset({"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"})
_CODE = re.compile(r"^(?:[A-Z]{3})+$")


@lru_cache(maxsize=1)
def iso3_to_iso2() -> dict[str, str]:
    """ISO alpha-3 -> alpha-2 for current territories (CLDR territory aliases)."""
    out: dict[str, str] = {}
    for alias, targets in get_global("territory_aliases").items():
        current = alias not in _WITHDRAWN and len(targets) == 1 and len(targets[0]) == 2
        if current and len(alias) == 3 and alias.isalpha():
            out[alias] = targets[0]
    return out


@lru_cache(maxsize=1)
def iso2_to_iso3() -> dict[str, str]:
    return {v: k for k, v in iso3_to_iso2().items()}


def is_known_country(code: str) -> bool:
    return code in iso3_to_iso2() or code in EXTRA_COUNTRIES


def is_valid_code(code: str) -> bool:
    """``TUR``, ``TURGOVMIL``, ``IGOUNOIAE``, ``NGOHLHIRC``: blocks of three capitals,
    the first a known state or a CAMEO non-state prefix."""
    if not _CODE.match(code):
        return False
    head = code[:3]
    return head in NON_STATE_PREFIXES or is_known_country(head)
