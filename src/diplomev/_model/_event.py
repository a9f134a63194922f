"""The event: one diplomatic contact as a release reports it."""

from __future__ import annotations

import datetime as dt

import attrs

from diplomev._model._checks import Problems, as_event_kind, as_tuple, strip, strip_all
from diplomev._model._identity import DERIVE, content_id, keep_or_derive
from diplomev._model._kinds import EventKind
from diplomev._model._records import Agreement, Participant, Proposal, Reference, Source


@attrs.frozen(kw_only=True)
class Event:
    """One diplomatic contact: who took part, when, what was proposed and agreed.

    Every collection is a tuple (a list passed in is converted; a string is
    refused). The record is checked as a whole when built: participant ids are
    unique, and proposers, parties and the initiator are ids of its
    participants. ``published`` must be timezone-aware.

    ``id`` is derived from the content when not given: ``"ev-"`` and the first
    16 hex digits of the SHA-256 of the event's canonical JSON, ``source``
    left out (see :doc:`/model`). ``attrs.evolve`` keeps the id, as a record's identity;
    pass ``id=None`` to derive a fresh one from the new content.

    >>> import datetime
    >>> event = Event(kind=EventKind.MEETING, date=datetime.date(2021, 5, 6))
    >>> event.id == Event(kind="meeting", date=datetime.date(2021, 5, 6)).id
    True
    """

    id: str = attrs.field(default=DERIVE, converter=keep_or_derive)
    kind: EventKind = attrs.field(converter=as_event_kind)
    date: dt.date | None = None
    published: dt.datetime | None = None
    title: str | None = attrs.field(default=None, converter=strip)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=as_tuple)
    initiator: str | None = attrs.field(default=None, converter=strip)
    topics: tuple[str, ...] = attrs.field(default=(), converter=strip_all)
    proposals: tuple[Proposal, ...] = attrs.field(default=(), converter=as_tuple)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=as_tuple)
    references: tuple[Reference, ...] = attrs.field(default=(), converter=as_tuple)
    source: Source = attrs.field(factory=Source)

    def __attrs_post_init__(self) -> None:
        problems = Problems()
        problems.instance(self.kind, EventKind, "$.kind")
        problems.day(self.date, "$.date")
        problems.moment(self.published, "$.published")
        problems.text(self.title, "$.title", optional=True)
        problems.items(self.topics, str, "$.topics")
        problems.instance(self.source, Source, "$.source")
        if self.id != DERIVE:
            problems.text(self.id, "$.id")
        if problems.items(self.participants, Participant, "$.participants"):
            _check_references(self, problems)
        problems.raise_if_any()
        if self.id == DERIVE:
            object.__setattr__(self, "id", content_id("ev-", self, digits=16))


def _check_references(event: Event, problems: Problems) -> None:
    """Check that every participant id is unique and every reference to one resolves."""
    ids: set[str] = set()
    for index, participant in enumerate(event.participants):
        if participant.id in ids:
            problems.add(
                f"$.participants[{index}].id", f"duplicate participant id {participant.id!r}"
            )
        ids.add(participant.id)

    def check(value: object, path: str) -> None:
        if isinstance(value, str) and value not in ids:
            problems.add(path, f"{value!r} is not the id of a participant of this event")

    problems.text(event.initiator, "$.initiator", optional=True)
    check(event.initiator, "$.initiator")
    if problems.items(event.proposals, Proposal, "$.proposals"):
        _check_unique_ids(event.proposals, "$.proposals", problems)
        for index, proposal in enumerate(event.proposals):
            check(proposal.proposer, f"$.proposals[{index}].proposer")
    if problems.items(event.agreements, Agreement, "$.agreements"):
        _check_unique_ids(event.agreements, "$.agreements", problems)
        for index, agreement in enumerate(event.agreements):
            for position, party in enumerate(agreement.parties):
                check(party, f"$.agreements[{index}].parties[{position}]")
    problems.items(event.references, Reference, "$.references")


def _check_unique_ids(
    records: tuple[Proposal | Agreement, ...], path: str, problems: Problems
) -> None:
    seen: set[str] = set()
    for index, record in enumerate(records):
        if record.id in seen:
            problems.add(f"{path}[{index}].id", f"duplicate id {record.id!r}")
        seen.add(record.id)
