"""The gold article format of ``shared/gold/GUIDE.md``, read into typed Structs."""

from __future__ import annotations

from pathlib import Path

import msgspec

from marsad.errors import Err, MarsadError
from marsad.eval.common import read_json


class GoldEntity(msgspec.Struct, kw_only=True):
    mentions: list[str]
    type: str
    name_en: str | None = None
    actor: str | None = None
    optional: bool = False


class GoldDate(msgspec.Struct, kw_only=True):
    mention: str
    value: str
    optional: bool = False


class GoldQuote(msgspec.Struct, kw_only=True):
    text: str
    speaker: str | None = None
    speaker_actor: str | None = None
    direct: bool | None = None
    optional: bool = False


class GoldEvent(msgspec.Struct, kw_only=True):
    type: str
    source: str | None = None
    target: str | None = None
    date: str | None = None
    required: bool = True
    optional: bool = False  # GUIDE.md marks events with required: false; accept both
    evidence: str | None = None
    negated: bool = False
    intent: bool = False

    @property
    def counted(self) -> bool:
        """Whether the event is required gold that happened (not optional, negated or intended)."""
        return self.required and not self.optional and not self.negated and not self.intent

    @property
    def ignored(self) -> bool:
        """Optional gold: a prediction matching it is neither a hit nor a false positive."""
        return not self.required or self.optional


class GoldArticle(msgspec.Struct, kw_only=True):
    id: str = ""
    published: str | None = None
    text: str | None = None
    text_file: str | None = None
    related: list[str] = msgspec.field(default_factory=list)
    entities: list[GoldEntity] = msgspec.field(default_factory=list)
    dates: list[GoldDate] = msgspec.field(default_factory=list)
    quotes: list[GoldQuote] = msgspec.field(default_factory=list)
    events: list[GoldEvent] = msgspec.field(default_factory=list)


def load_gold(path: Path) -> tuple[GoldArticle, str]:
    """Read a gold file and its article text (inline ``text`` or ``text_file`` beside it)."""
    try:
        gold = msgspec.convert(read_json(path, "gold"), type=GoldArticle)
    except msgspec.ValidationError as exc:
        raise MarsadError(Err.BAD_GOLD, source=path, detail=str(exc)) from None
    if gold.text is not None:
        text = gold.text
    elif gold.text_file is not None:
        text_path = (path.parent / gold.text_file).resolve()
        if not text_path.is_file():
            raise MarsadError(
                Err.BAD_GOLD, source=path, detail=f"text_file {text_path} does not exist"
            )
        try:
            text = text_path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise MarsadError(
                Err.BAD_GOLD, source=path, detail=f"text_file {text_path} is not UTF-8 ({exc})"
            ) from None
    else:
        raise MarsadError(Err.BAD_GOLD, source=path, detail="neither 'text' nor 'text_file'")
    if not gold.id:
        gold.id = path.stem
    return gold, text
