"""The diplomev event model written with pydantic v2 and with msgspec, for the JSON benchmark.

Each keeps the same fields and the same rules (strict types, no unknown keys,
stripped non-empty strings, known country codes, timezone-aware datetimes,
unique participant ids, proposers and parties that are participants), so the
comparison is between equally strict readers.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec
import pydantic

from diplomev import EventKind as Kind
from diplomev import _countries

CODES = _countries.known_codes()


def _check_text(value: str) -> str:
    if not value or value != value.strip():
        raise ValueError("must be stripped and non-empty")
    return value


def _check_country(value: str | None) -> str | None:
    if value is not None and value not in CODES:
        raise ValueError("unknown country code")
    return value


def _check_refs(participants: list[str], proposers: list[str | None], parties: list[str]) -> None:
    ids = set(participants)
    if len(ids) != len(participants):
        raise ValueError("duplicate participant id")
    for pid in (*proposers, *parties):
        if pid is not None and pid not in ids:
            raise ValueError("not a participant")


# --- pydantic v2 ---------------------------------------------------------------

PText = Annotated[str, pydantic.AfterValidator(_check_text)]
_STRICT = pydantic.ConfigDict(strict=True, extra="forbid", frozen=True)


class PSpan(pydantic.BaseModel):
    """Span."""

    model_config = _STRICT
    start: Annotated[int, pydantic.Field(ge=0)]
    end: int


class PParticipant(pydantic.BaseModel):
    """Participant."""

    model_config = _STRICT
    id: PText
    name: PText | None = None
    role: PText | None = None
    country: Annotated[str | None, pydantic.AfterValidator(_check_country)] = None
    span: PSpan | None = None


class PProposal(pydantic.BaseModel):
    """Proposal."""

    model_config = _STRICT
    id: PText
    text: PText
    proposer: PText | None = None
    status: Literal["made", "reiterated"] = "made"
    span: PSpan | None = None


class PAgreement(pydantic.BaseModel):
    """Agreement."""

    model_config = _STRICT
    id: PText
    text: PText
    parties: tuple[PText, ...] = ()
    span: PSpan | None = None


class PReference(pydantic.BaseModel):
    """Reference."""

    model_config = _STRICT
    kind: Kind
    text: PText
    date: dt.date | None = None
    span: PSpan | None = None


class PSource(pydantic.BaseModel):
    """Source."""

    model_config = _STRICT
    publisher: PText | None = None
    url: PText | None = None
    language: PText | None = None
    title: PText | None = None


class PEvent(pydantic.BaseModel):
    """Event."""

    model_config = pydantic.ConfigDict(
        strict=True, extra="forbid", frozen=True, use_enum_values=False
    )
    schema_version: Literal["1.0"]
    id: PText
    kind: Kind
    date: dt.date | None = None
    published: pydantic.AwareDatetime | None = None
    title: PText | None = None
    participants: tuple[PParticipant, ...] = ()
    initiator: PText | None = None
    topics: tuple[PText, ...] = ()
    proposals: tuple[PProposal, ...] = ()
    agreements: tuple[PAgreement, ...] = ()
    references: tuple[PReference, ...] = ()
    source: PSource = PSource()

    @pydantic.model_validator(mode="after")
    def _references_resolve(self) -> PEvent:
        _check_refs(
            [p.id for p in self.participants],
            [p.proposer for p in self.proposals] + [self.initiator],
            [x for a in self.agreements for x in a.parties],
        )
        return self


# --- msgspec --------------------------------------------------------------------

MText = Annotated[str, msgspec.Meta(min_length=1, pattern=r"^\S(?:[\s\S]*\S)?$")]


class MSpan(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Span."""

    start: Annotated[int, msgspec.Meta(ge=0)]
    end: int


class MParticipant(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Participant."""

    id: MText
    name: MText | None = None
    role: MText | None = None
    country: str | None = None
    span: MSpan | None = None

    def __post_init__(self) -> None:
        _check_country(self.country)


class MProposal(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Proposal."""

    id: MText
    text: MText
    proposer: MText | None = None
    status: Literal["made", "reiterated"] = "made"
    span: MSpan | None = None


class MAgreement(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Agreement."""

    id: MText
    text: MText
    parties: tuple[MText, ...] = ()
    span: MSpan | None = None


class MReference(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Reference."""

    kind: Kind
    text: MText
    date: dt.date | None = None
    span: MSpan | None = None


class MSource(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Source."""

    publisher: MText | None = None
    url: MText | None = None
    language: MText | None = None
    title: MText | None = None


class MEvent(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """Event."""

    schema_version: Literal["1.0"]
    id: MText
    kind: Kind
    date: dt.date | None = None
    published: Annotated[dt.datetime, msgspec.Meta(tz=True)] | None = None
    title: MText | None = None
    participants: tuple[MParticipant, ...] = ()
    initiator: MText | None = None
    topics: tuple[MText, ...] = ()
    proposals: tuple[MProposal, ...] = ()
    agreements: tuple[MAgreement, ...] = ()
    references: tuple[MReference, ...] = ()
    source: MSource = MSource()

    def __post_init__(self) -> None:
        _check_refs(
            [p.id for p in self.participants],
            [p.proposer for p in self.proposals] + [self.initiator],
            [x for a in self.agreements for x in a.parties],
        )
