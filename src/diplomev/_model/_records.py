"""The value records an event is made of."""

from __future__ import annotations

import datetime as dt

import attrs

from diplomev import _countries
from diplomev._model._checks import (
    Problems,
    as_event_kind,
    as_proposal_status,
    as_tuple,
    is_optional_text,
    is_text,
    strip,
)
from diplomev._model._identity import DERIVE, content_id, keep_or_derive
from diplomev._model._kinds import EventKind, ProposalStatus


@attrs.frozen
class Span:
    """Where a record was read from: ``release[start:end]``, character offsets.

    Records built in code have no span; records parsed from a release do.

    >>> Span(3, 8)
    Span(start=3, end=8)
    >>> Span(8, 3)
    Traceback (most recent call last):
    ...
    diplomev._errors.ValidationError: $.end: must be greater than start (8)
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start < end:
            return  # the common case; the checks below only run to report what is wrong
        problems = Problems()
        if problems.integer(self.start, "$.start") and self.start < 0:
            problems.add("$.start", "must not be negative")
        ordered = isinstance(self.start, int) and problems.integer(self.end, "$.end")
        if ordered and self.end <= self.start:
            problems.add("$.end", f"must be greater than start ({self.start})")
        problems.raise_if_any()


@attrs.frozen(kw_only=True)
class Source:
    """Where the release came from. Every field is optional.

    ``publisher`` is a short publisher id (``"midru"``, ``"stategov"``, ...),
    ``language`` an ISO 639-1 code, ``title`` the release's own headline.
    """

    publisher: str | None = attrs.field(default=None, converter=strip)
    url: str | None = attrs.field(default=None, converter=strip)
    language: str | None = attrs.field(default=None, converter=strip)
    title: str | None = attrs.field(default=None, converter=strip)

    def __attrs_post_init__(self) -> None:
        if (
            is_optional_text(self.publisher)
            and is_optional_text(self.url)
            and is_optional_text(self.language)
            and is_optional_text(self.title)
        ):
            return  # the common case; the checks below only run to report what is wrong
        problems = Problems()
        for field in attrs.fields(Source):
            problems.text(getattr(self, field.name), f"$.{field.name}", optional=True)
        problems.raise_if_any()


@attrs.frozen(kw_only=True)
class Participant:
    """A side of the contact: a person, an office, or a country.

    ``id`` names the participant within its event. ``country`` is an ISO
    3166-1 alpha-3 code for a state, or an organisation's short code (``UN``,
    ``EU``, ``OSCE``, ...) for its officials; see :doc:`/countries`.
    Any of ``name``, ``role`` and ``country`` may be unknown, but not all three.

    >>> Participant(id="sergey-lavrov", name="Sergey Lavrov", country="RUS").role is None
    True
    """

    id: str = attrs.field(converter=strip)
    name: str | None = attrs.field(default=None, converter=strip)
    role: str | None = attrs.field(default=None, converter=strip)
    country: str | None = attrs.field(default=None, converter=strip)
    span: Span | None = None

    def __attrs_post_init__(self) -> None:
        name, role, country, span = self.name, self.role, self.country, self.span
        if (
            is_text(self.id)
            and is_optional_text(name)
            and is_optional_text(role)
            and (
                country is None
                or (isinstance(country, str) and country in _countries.known_codes())
            )
            and not (name is None and role is None and country is None)
            and (span is None or isinstance(span, Span))
        ):
            return  # the common case; the checks below only run to report what is wrong
        problems = Problems()
        problems.text(self.id, "$.id")
        problems.text(self.name, "$.name", optional=True)
        problems.text(self.role, "$.role", optional=True)
        problems.text(self.country, "$.country", optional=True)
        if (
            isinstance(self.country, str)
            and self.country
            and self.country not in _countries.known_codes()
        ):
            problems.add("$.country", f"{self.country!r} is not a code of the country table")
        if self.name is None and self.role is None and self.country is None:
            problems.add("$", "a participant needs at least one of name, role and country")
        problems.instance(self.span, Span, "$.span", optional=True)
        problems.raise_if_any()


@attrs.frozen(kw_only=True)
class Proposal:
    """A course of action a side put forward, or repeated, in the contact.

    ``proposer`` is the id of a participant of the same event, or ``None``
    when the text does not say who. ``id`` is derived from the content when
    not given (``"p-"`` and 12 hex digits).
    """

    id: str = attrs.field(default=DERIVE, converter=keep_or_derive)
    text: str = attrs.field(converter=strip)
    proposer: str | None = attrs.field(default=None, converter=strip)
    status: ProposalStatus = attrs.field(default=ProposalStatus.MADE, converter=as_proposal_status)
    span: Span | None = None

    def __attrs_post_init__(self) -> None:
        if not (
            is_text(self.text)
            and is_optional_text(self.proposer)
            and isinstance(self.status, ProposalStatus)
            and (self.span is None or isinstance(self.span, Span))
            and (self.id == DERIVE or is_text(self.id))
        ):
            self._refuse()
        if self.id == DERIVE:
            object.__setattr__(self, "id", content_id("p-", self))

    def _refuse(self) -> None:
        problems = Problems()
        problems.text(self.text, "$.text")
        problems.text(self.proposer, "$.proposer", optional=True)
        problems.instance(self.status, ProposalStatus, "$.status")
        problems.instance(self.span, Span, "$.span", optional=True)
        if self.id != DERIVE:
            problems.text(self.id, "$.id")
        problems.raise_if_any()


@attrs.frozen(kw_only=True)
class Agreement:
    """What sides agreed in the contact.

    ``parties`` are ids of participants of the same event. ``id`` is derived
    from the content when not given (``"a-"`` and 12 hex digits).
    """

    id: str = attrs.field(default=DERIVE, converter=keep_or_derive)
    text: str = attrs.field(converter=strip)
    parties: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    span: Span | None = None

    def __attrs_post_init__(self) -> None:
        parties = self.parties
        if not (
            is_text(self.text)
            and isinstance(parties, tuple)
            and all(map(is_text, parties))
            and len(set(parties)) == len(parties)
            and (self.span is None or isinstance(self.span, Span))
            and (self.id == DERIVE or is_text(self.id))
        ):
            self._refuse()
        if self.id == DERIVE:
            object.__setattr__(self, "id", content_id("a-", self))

    def _refuse(self) -> None:
        problems = Problems()
        problems.text(self.text, "$.text")
        if problems.items(self.parties, str, "$.parties") and len(set(self.parties)) != len(
            self.parties
        ):
            problems.add("$.parties", "a party is listed twice")
        problems.instance(self.span, Span, "$.span", optional=True)
        if self.id != DERIVE:
            problems.text(self.id, "$.id")
        problems.raise_if_any()


@attrs.frozen(kw_only=True)
class Reference:
    """Another dated or named event that a release mentions.

    ``kind`` is the sort of that event (``EventKind.OTHER`` for a treaty's
    expiry, a summit, ...), ``date`` its (first) day where the text gives one.
    """

    kind: EventKind = attrs.field(converter=as_event_kind)
    text: str = attrs.field(converter=strip)
    date: dt.date | None = None
    span: Span | None = None

    def __attrs_post_init__(self) -> None:
        if (
            isinstance(self.kind, EventKind)
            and is_text(self.text)
            and (self.date is None or type(self.date) is dt.date)
            and (self.span is None or isinstance(self.span, Span))
        ):
            return  # the common case; the checks below only run to report what is wrong
        problems = Problems()
        problems.instance(self.kind, EventKind, "$.kind")
        problems.text(self.text, "$.text")
        problems.day(self.date, "$.date")
        problems.instance(self.span, Span, "$.span", optional=True)
        problems.raise_if_any()
