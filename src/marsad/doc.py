"""The document model: one ``Document`` that every pipeline step takes and returns.

Every span carries ``start``/``end`` character offsets into ``Document.text`` (the
original input, never modified), so ``doc.text[span.start:span.end] == span.text``.
Surface tokens are separate from the analysed words they split into: the token
``وبالعقوبات`` holds the words ``و`` ``ب`` ``العقوبات``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

import msgspec

SCHEMA_VERSION = "1.0"
# Document.meta key of the entities step's actor rows (nationality adjectives and bodies the
# KB codes without an entity: {start, end, text, kb_id, actor, adjective}); later steps read
# it by this name, so they run where the entities stage is not installed
ACTOR_ROWS_META = "actor_mentions"
# Document.meta key of the state of the nationality adjective before an uncoded person's name
# (entity id -> ISO3): not their actor code, what a speaker of theirs speaks for
STATE_META = "entity_states"

TokenKind = Literal[
    "word", "latin", "number", "date", "model", "url", "email", "hashtag", "punct", "symbol"
]
WordRole = Literal["proclitic", "stem", "enclitic"]
EntityType = Literal["PER", "ORG", "GPE", "LOC", "WEAPON", "LAW"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
PloverType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]


# Word, Token, Sentence and Line hold only scalars (and Token a list of Words), so they
# can never be part of a reference cycle: gc=False keeps the millions of them a
# corpus run creates out of the cyclic garbage collector (which otherwise dominates
# the text layer's run time).
class Word(msgspec.Struct, kw_only=True, gc=False):
    """An analysed word: a clitic or a stem. ``form`` may restore a letter the
    surface lost (``للأمم`` -> ``ل`` + ``الأمم``); ``text`` is the exact substring."""

    start: int
    end: int
    text: str
    form: str
    role: WordRole = "stem"


class Token(msgspec.Struct, kw_only=True, gc=False):
    """A surface token (white-space/punctuation delimited unit)."""

    start: int
    end: int
    text: str
    norm: str  # normalised for matching
    kind: TokenKind = "word"
    words: list[Word] = msgspec.field(default_factory=list)


class Sentence(msgspec.Struct, kw_only=True, gc=False):
    index: int
    start: int
    end: int
    text: str
    token_start: int = 0  # index into Document.tokens
    token_end: int = 0  # exclusive


class Line(msgspec.Struct, kw_only=True, gc=False):
    """A line of the input. Non-body lines (``body=False``) are never analysed."""

    start: int
    end: int
    text: str
    body: bool = True
    reason: str | None = None  # why a line is not body: read-also, byline, caption ...


class Mention(msgspec.Struct, kw_only=True):
    start: int
    end: int
    text: str
    sentence: int = -1
    form: str | None = None  # restored form when a clitic swallowed a letter


class Entity(msgspec.Struct, kw_only=True):
    id: str  # document-local id: e1, e2 ...
    type: EntityType
    mentions: list[Mention]
    name: str  # canonical Arabic name (longest mention or KB name)
    name_en: str | None = None
    kb_id: str | None = None
    actor: str | None = None  # CAMEO actor code valid on the document's date
    confidence: float = 1.0


class DateExpr(msgspec.Struct, kw_only=True):
    """A temporal expression with its resolved value (TimeML-style)."""

    start: int
    end: int
    text: str
    sentence: int = -1
    type: TimexType = "DATE"
    value: str | None = None  # YYYY-MM-DD, YYYY-MM, YYYY or a TimeML special value
    end_value: str | None = None  # ranges: the last day
    anchor: Literal["absolute", "published", "text", "none"] = "absolute"
    # the day of a named event (هجمات 11 سبتمبر، ثورة 25 يناير): part of a name, no date
    # of what the text reports
    historical: bool = False


class Quote(msgspec.Struct, kw_only=True):
    start: int  # offsets of the quoted content, without the cue verb
    end: int
    text: str
    direct: bool
    sentence: int = -1
    speaker: str | None = None  # English name if linked, else the surface text
    speaker_text: str | None = None  # surface form in the article
    speaker_entity: str | None = None  # Entity.id
    speaker_actor: str | None = None
    cue: str | None = None  # the cue verb / participle as written


class Argument(msgspec.Struct, kw_only=True):
    """An event participant or place: an entity, or an actor read from an adjective."""

    actor: str | None = None
    entity: str | None = None  # Entity.id
    text: str | None = None
    start: int = -1
    end: int = -1


class EventMention(msgspec.Struct, kw_only=True):
    sentence: int
    trigger_start: int
    trigger_end: int
    trigger: str
    evidence_start: int  # the evidence sentence
    evidence_end: int


class Event(msgspec.Struct, kw_only=True):
    id: str
    type: PloverType
    mentions: list[EventMention]
    source: Argument | None = None
    target: Argument | None = None
    mode: str | None = None  # PLOVER mode where one applies
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    date: str | None = None
    date_from: Literal["text", "published", "none"] = "none"
    place: Argument | None = None
    negated: bool = False
    intent: bool = False
    hypothetical: bool = False
    reported_by: str | None = None  # Entity.id of the speaker when the event is reported
    confidence: float = 0.5
    # False when the sentence only mentions the act in passing (an anniversary, a past or
    # well-known attack named as a reference point, a title, a verbal "attack") instead of
    # reporting it as news; judged by the learned event model for ASSAULT and PROTEST.
    reported: bool = True


class Document(msgspec.Struct, kw_only=True):
    """An article and everything marsad reads out of it."""

    text: str
    id: str = ""
    url: str | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    schema_version: str = SCHEMA_VERSION
    steps: list[str] = msgspec.field(default_factory=list)  # steps that ran, in order
    lines: list[Line] = msgspec.field(default_factory=list)
    related: list[str] = msgspec.field(default_factory=list)  # non-body line texts
    sentences: list[Sentence] = msgspec.field(default_factory=list)
    tokens: list[Token] = msgspec.field(default_factory=list)
    entities: list[Entity] = msgspec.field(default_factory=list)
    dates: list[DateExpr] = msgspec.field(default_factory=list)
    quotes: list[Quote] = msgspec.field(default_factory=list)
    events: list[Event] = msgspec.field(default_factory=list)
    meta: dict[str, Any] = msgspec.field(default_factory=dict)

    # -- views ------------------------------------------------------------
    def words(self) -> Iterator[Word]:
        for tok in self.tokens:
            yield from tok.words

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens[sent.token_start : sent.token_end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def body_lines(self) -> list[Line]:
        return [ln for ln in self.lines if ln.body]

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    # -- serialisation ----------------------------------------------------
    def to_json(self, *, indent: int = 0) -> bytes:
        data = msgspec.json.encode(self)
        return msgspec.json.format(data, indent=indent) if indent else data

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)  # type: ignore[no-any-return]

    @classmethod
    def from_json(cls, data: bytes | str) -> Document:
        return msgspec.json.decode(data, type=cls)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return msgspec.convert(data, type=cls)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``Document`` (checked into ``docs/document.schema.json``)."""
    schema = msgspec.json.schema(Document)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://marsad.dev/schema/document-{SCHEMA_VERSION}.json"
    schema["title"] = f"marsad Document {SCHEMA_VERSION}"
    return schema
