"""The event: one diplomatic contact as a release reports it."""

from __future__ import annotations

import datetime as dt

import attrs

from diplomev._model._checks import (
    Problems,
    as_event_kind,
    as_fixed_offset,
    as_tuple,
    in_utc_range,
    is_text,
    is_tuple_of,
    strip,
    strip_all,
)
from diplomev._model._identity import DERIVE, canonical_event, content_id, keep_or_derive
from diplomev._model._kinds import EventKind
from diplomev._model._records import Agreement, Participant, Proposal, Reference, Source


@attrs.frozen(kw_only=True)
class Event:
    """One diplomatic contact: who took part, when, what was proposed and agreed.

    Every collection is a tuple (a list passed in is converted; a string is
    refused). The record is checked as a whole when built: participant ids are
    unique, and proposers, parties and the initiator are ids of its
    participants. ``published`` must be timezone-aware; a named zone is kept as the
    offset it has at that moment, all that JSON can write.

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
    published: dt.datetime | None = attrs.field(default=None, converter=as_fixed_offset)
    title: str | None = attrs.field(default=None, converter=strip)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=as_tuple)
    initiator: str | None = attrs.field(default=None, converter=strip)
    topics: tuple[str, ...] = attrs.field(default=(), converter=strip_all)
    proposals: tuple[Proposal, ...] = attrs.field(default=(), converter=as_tuple)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=as_tuple)
    references: tuple[Reference, ...] = attrs.field(default=(), converter=as_tuple)
    source: Source = attrs.field(factory=Source)

    def __attrs_post_init__(self) -> None:
        if not _is_valid(self):
            self._refuse()
        if self.id == DERIVE:
            # Subclasses keep the general path: their document form is the JSON layer's to say.
            written = canonical_event(self) if type(self) is Event else None
            object.__setattr__(self, "id", content_id("ev-", self, digits=16, written=written))

    def _refuse(self) -> None:
        """Raise a ``ValidationError`` listing every broken rule, if any is."""
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


def _is_valid(event: Event) -> bool:
    """Whether ``event`` breaks no rule: the fast common case of the checks of ``_refuse``.

    It may only say False for a valid event (``_refuse`` then finds nothing), never True
    for an invalid one. Every record read or parsed passes here, so each collection is
    walked once, by a plain loop (the fastest way over a few items).
    """
    title, topics, published = event.title, event.topics, event.published
    if not (
        isinstance(event.kind, EventKind)
        and (event.date is None or type(event.date) is dt.date)
        and (published is None or _is_aware(published))
        and (title is None or is_text(title))
        and isinstance(topics, tuple)
        and all(map(is_text, topics))
        and isinstance(event.source, Source)
        and (event.id == DERIVE or is_text(event.id))
        and isinstance(event.participants, tuple)
        and isinstance(event.proposals, tuple)
        and isinstance(event.agreements, tuple)
        and is_tuple_of(event.references, Reference)
    ):
        return False
    ids = _participant_ids(event.participants)
    initiator = event.initiator
    return (
        ids is not None
        and (initiator is None or (isinstance(initiator, str) and initiator in ids))
        and _proposals_resolve(event.proposals, ids)
        and _agreements_resolve(event.agreements, ids)
    )


def _is_aware(moment: object) -> bool:
    """Whether ``moment`` is a datetime with a whole-minute UTC offset, writable in UTC."""
    if not isinstance(moment, dt.datetime):
        return False
    offset = moment.utcoffset()
    return (
        offset is not None
        and not (offset.seconds % 60 or offset.microseconds)
        and in_utc_range(moment)
    )


def _participant_ids(participants: tuple[object, ...]) -> set[str] | None:
    """Return the ids of the participants, or None if an item is not one or an id repeats."""
    ids: set[str] = set()
    for participant in participants:
        if not isinstance(participant, Participant):
            return None
        ids.add(participant.id)
    return ids if len(ids) == len(participants) else None


def _proposals_resolve(proposals: tuple[object, ...], ids: set[str]) -> bool:
    """Whether the items are proposals with unique ids whose proposers are participants."""
    seen: set[str] = set()
    for proposal in proposals:
        if not isinstance(proposal, Proposal) or proposal.id in seen:
            return False
        if proposal.proposer is not None and proposal.proposer not in ids:
            return False
        seen.add(proposal.id)
    return True


def _agreements_resolve(agreements: tuple[object, ...], ids: set[str]) -> bool:
    """Whether the items are agreements with unique ids whose parties are participants."""
    seen: set[str] = set()
    for agreement in agreements:
        if not isinstance(agreement, Agreement) or agreement.id in seen:
            return False
        if not ids.issuperset(agreement.parties):
            return False
        seen.add(agreement.id)
    return True


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
