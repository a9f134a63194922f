"""Hypothesis strategies for every public diplomev type.

They produce only valid records: participant ids are unique, proposers,
parties and initiators refer to participants of the same event, and
datetimes are timezone-aware. Use them to test tools that consume diplomev
records::

    from hypothesis import given
    from diplomev import strategies

    @given(strategies.events())
    def test_my_exporter_accepts_any_event(event): ...

With diplomev installed, ``hypothesis.strategies.from_type(diplomev.Event)``
(and likewise for the other records) uses these strategies too: they are
registered through hypothesis' entry point. This module needs the
``diplomev[strategies]`` extra (hypothesis).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

from dateutil import tz
from hypothesis import strategies as st

from diplomev import _countries
from diplomev._model import (
    Agreement,
    Event,
    EventKind,
    Participant,
    Proposal,
    ProposalStatus,
    Reference,
    Source,
    Span,
)

__all__ = [
    "agreements",
    "country_codes",
    "events",
    "participants",
    "proposals",
    "published_times",
    "references",
    "sources",
    "spans",
    "texts",
]

T = TypeVar("T")

# Whole-minute offsets only: RFC 3339 cannot write others.
_FIXED_ZONES: st.SearchStrategy[dt.tzinfo] = st.integers(-14 * 60, 14 * 60).map(
    lambda m: dt.timezone(dt.timedelta(minutes=m))
)
# Named zones from the publishers' capitals, after their last odd historical offsets.
_NAMED_ZONES: st.SearchStrategy[dt.tzinfo | None] = st.sampled_from(
    ["Europe/Moscow", "America/New_York", "Europe/London", "Asia/Tokyo", "Asia/Kolkata"]
).map(tz.gettz)


def texts(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Generate non-empty strings without surrounding white space, as the model stores them."""
    return st.text(min_size=1, max_size=max_size).map(str.strip).filter(bool)


def country_codes() -> st.SearchStrategy[str]:
    """Generate codes of the country table: ISO 3166-1 alpha-3 states and organisations."""
    return st.sampled_from(sorted(_countries.known_codes()))


def spans() -> st.SearchStrategy[Span]:
    """Generate valid spans: ``0 <= start < end``."""
    return st.tuples(st.integers(0, 10**6), st.integers(1, 10**4)).map(
        lambda pair: Span(pair[0], pair[0] + pair[1])
    )


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def published_times() -> st.SearchStrategy[dt.datetime]:
    """Generate timezone-aware datetimes, in fixed offsets and in named zones."""
    fixed = st.datetimes(
        min_value=dt.datetime(1900, 1, 1),
        max_value=dt.datetime(2100, 1, 1),
        timezones=_FIXED_ZONES,
    )
    named = st.datetimes(
        min_value=dt.datetime(1990, 1, 1),
        max_value=dt.datetime(2100, 1, 1),
        timezones=_NAMED_ZONES,  # type: ignore[arg-type]
    )
    return fixed | named


def sources() -> st.SearchStrategy[Source]:
    """Generate sources with any subset of their fields known."""
    return st.builds(
        Source,
        publisher=_optional(texts()),
        url=_optional(texts()),
        language=_optional(st.sampled_from(["en", "ru", "fr", "de", "ja", "zh"])),
        title=_optional(texts()),
    )


def participants(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Participant]:
    """Generate participants with at least one of name, role and country known."""
    known = st.fixed_dictionaries(
        {},
        optional={"name": texts(), "role": texts(), "country": country_codes()},
    ).filter(bool)
    return st.builds(
        lambda pid, fields, span: Participant(id=pid, span=span, **fields),
        ids if ids is not None else texts(max_size=20),
        known,
        _optional(spans()),
    )


def _ids_from(ids: Sequence[str] | None) -> st.SearchStrategy[str] | None:
    """Free ids when ``ids`` is None, one of ``ids`` otherwise, none at all if it is empty."""
    if ids is None:
        return texts(max_size=20)
    return st.sampled_from(ids) if ids else None


def proposals(*, proposer_ids: Sequence[str] | None = None) -> st.SearchStrategy[Proposal]:
    """Generate proposals; with ``proposer_ids``, the proposer is one of them or ``None``."""
    pool = _ids_from(proposer_ids)
    return st.builds(
        Proposal,
        text=texts(),
        proposer=st.none() if pool is None else _optional(pool),
        status=st.sampled_from(ProposalStatus),
        span=_optional(spans()),
        id=_optional(texts(max_size=20)),
    )


def agreements(*, party_ids: Sequence[str] | None = None) -> st.SearchStrategy[Agreement]:
    """Generate agreements; with ``party_ids``, the parties are drawn from them."""
    pool = _ids_from(party_ids)
    return st.builds(
        Agreement,
        text=texts(),
        parties=st.just(()) if pool is None else st.lists(pool, unique=True, max_size=4),
        span=_optional(spans()),
        id=_optional(texts(max_size=20)),
    )


def references() -> st.SearchStrategy[Reference]:
    """Generate references to other events, dated or not."""
    return st.builds(
        Reference,
        kind=st.sampled_from(EventKind),
        text=texts(),
        date=_optional(st.dates()),
        span=_optional(spans()),
    )


@st.composite
def events(draw: st.DrawFn, *, max_participants: int = 5) -> Event:
    """Generate whole events whose cross-references all resolve."""
    people = draw(st.lists(participants(), max_size=max_participants, unique_by=lambda p: p.id))
    ids = [p.id for p in people]
    return Event(
        kind=draw(st.sampled_from(EventKind)),
        date=draw(_optional(st.dates())),
        published=draw(_optional(published_times())),
        title=draw(_optional(texts())),
        participants=people,
        initiator=draw(_optional(st.sampled_from(ids))) if ids else None,
        topics=draw(st.lists(texts(), max_size=4)),
        proposals=draw(st.lists(proposals(proposer_ids=ids), max_size=3, unique_by=lambda p: p.id)),
        agreements=draw(st.lists(agreements(party_ids=ids), max_size=3, unique_by=lambda a: a.id)),
        references=draw(st.lists(references(), max_size=3)),
        source=draw(sources()),
        id=draw(_optional(texts(max_size=24))),
    )
