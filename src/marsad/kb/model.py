"""KB entry model. Data files are JSON Lines under ``marsad/kb/data/`` (one entry a line);
users add their own files through ``Settings.kb_paths`` (same format).

An entry's actor code on a date is the code of the role whose dates contain it,
else the entry's own ``code``.
"""

from __future__ import annotations

from typing import Literal

import msgspec

KBType = Literal["PER", "ORG", "GPE", "LOC", "WEAPON", "LAW"]


class Role(msgspec.Struct, kw_only=True, omit_defaults=True):
    code: str  # CAMEO actor code while the role was held, e.g. TURGOVMIL
    title: str | None = None  # e.g. "Minister of National Defence"
    start: str | None = None  # ISO date or year; None = open
    end: str | None = None


class Entry(msgspec.Struct, kw_only=True, omit_defaults=True):
    id: str  # stable, e.g. "gpe:TUR", "per:hulusi-akar", "org:nato"
    type: KBType
    name_en: str
    names_ar: list[str]  # every Arabic surface variant (not normalised; the loader normalises)
    code: str | None = None  # default CAMEO actor code
    kind: str | None = (
        None  # subtype: state, territory, city, capital, igo, armed-group, ministry ...
    )
    country: str | None = None  # ISO 3166-1 alpha-3 of the state it belongs to
    iso2: str | None = None  # ISO 3166-1 alpha-2 (states and territories)
    adjectives_ar: list[str] = msgspec.field(default_factory=list)  # nationality adjectives (GPE)
    # forms that are also common words (``ماي`` the month, ``مالي`` "financial"): matched,
    # but only the entities step reads them, and only where the context makes them names
    ambiguous_ar: list[str] = msgspec.field(default_factory=list)
    aliases_en: list[str] = msgspec.field(default_factory=list)
    roles: list[Role] = msgspec.field(default_factory=list)
    refers_to: str | None = None  # metonyms: "البيت الأبيض" -> gpe:USA government

    def actor_on(self, day: str | None) -> str | None:
        """The actor code valid on ``day`` (ISO date); the latest role if day is None."""
        if not self.roles:
            return self.code
        if day is None:
            return self.roles[-1].code
        for role in self.roles:
            if (role.start is None or role.start <= day) and (role.end is None or day <= role.end):
                return role.code
        return self.code
