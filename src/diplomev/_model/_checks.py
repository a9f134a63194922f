"""Collecting every broken rule of a record before refusing it.

A record is checked as a whole in ``__attrs_post_init__`` so that the caller
learns about all of its problems at once, not one per attempt.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any, TypeVar

from diplomev._errors import ValidationError
from diplomev._model._kinds import EventKind, ProposalStatus

E = TypeVar("E", bound=enum.Enum)


class Problems:
    """An accumulator of ``(path, message)`` pairs for one record."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []

    def add(self, path: str, message: str) -> None:
        """Record one problem at ``path``."""
        self.found.append((path, message))

    def raise_if_any(self) -> None:
        """Refuse the record if anything was found."""
        if self.found:
            raise ValidationError(self.found)

    def text(self, value: object, path: str, *, optional: bool = False) -> None:
        """Check a stripped, non-empty string (or ``None`` where allowed)."""
        if value is None and optional:
            return
        if not isinstance(value, str):
            self.add(path, f"expected a string, got {_type_name(value)}")
        elif not value:
            self.add(path, "must not be empty or only white space")
        elif value != value.strip():
            # Only reachable past the converters, as when msgspec builds a record.
            self.add(path, "must not begin or end with white space")

    def integer(self, value: object, path: str) -> bool:
        """Check an ``int`` that is not a ``bool``; say whether it is one."""
        if type(value) is not int:
            self.add(path, f"expected an integer, got {_type_name(value)}")
            return False
        return True

    def instance(self, value: object, cls: type, path: str, *, optional: bool = False) -> bool:
        """Check ``isinstance(value, cls)``; say whether it holds."""
        if value is None and optional:
            return False
        if not isinstance(value, cls):
            self.add(path, f"expected {cls.__name__}, got {_type_name(value)}")
            return False
        return True

    def day(self, value: object, path: str) -> None:
        """Check an optional calendar date (a ``datetime`` is not a date here)."""
        if value is not None and (type(value) is not dt.date):
            self.add(path, f"expected a date, got {_type_name(value)}")

    def moment(self, value: object, path: str) -> None:
        """Check an optional tz-aware datetime."""
        if value is None:
            return
        if not isinstance(value, dt.datetime):
            self.add(path, f"expected a datetime, got {_type_name(value)}")
        elif (offset := value.utcoffset()) is None:
            self.add(path, "datetime must be timezone-aware (carry a UTC offset)")
        elif offset.seconds % 60 or offset.microseconds:
            # RFC 3339, and so JSON, can only write offsets in whole minutes.
            self.add(path, f"UTC offset {offset} is not a whole number of minutes")
        elif not in_utc_range(value):
            self.add(path, "the moment falls outside the years 1-9999 in UTC")

    def items(self, value: object, cls: type, path: str) -> bool:
        """Check a tuple whose every item is a ``cls``; say whether it holds."""
        if not isinstance(value, tuple):
            self.add(path, f"expected a sequence (list or tuple), got {_type_name(value)}")
            return False
        ok = True
        for index, item in enumerate(value):
            if cls is str:
                before = len(self.found)
                self.text(item, f"{path}[{index}]")
                ok = ok and len(self.found) == before
            elif not isinstance(item, cls):
                self.add(f"{path}[{index}]", f"expected {cls.__name__}, got {_type_name(item)}")
                ok = False
        return ok


def is_text(value: object) -> bool:
    """Whether ``value`` is a stripped, non-empty string: what ``Problems.text`` accepts."""
    return isinstance(value, str) and value != "" and value.strip() == value


def is_optional_text(value: object) -> bool:
    """Whether ``value`` is ``None`` or what :func:`is_text` accepts."""
    # is_text's test written out: every optional string of every record passes here.
    return value is None or (isinstance(value, str) and value != "" and value.strip() == value)


def is_tuple_of(values: object, cls: type) -> bool:
    """Whether ``values`` is a tuple of ``cls`` items: what ``Problems.items`` accepts."""
    if not isinstance(values, tuple):
        return False
    for value in values:  # noqa: SIM110  (a loop is quicker than all() over a few items)
        if not isinstance(value, cls):
            return False
    return True


def in_utc_range(moment: dt.datetime) -> bool:
    """Whether an aware ``moment`` can be written in UTC (an event's id is derived so)."""
    if 1 < moment.year < 9999:
        return True  # an offset is less than a day: only the first and last years can overflow
    try:
        moment.astimezone(dt.UTC)
    except OverflowError:
        return False
    return True


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def strip(value: Any) -> Any:
    """Strip white space around a string; leave anything else for the checks."""
    return value.strip() if isinstance(value, str) else value


def _member(cls: type[E], value: object) -> object:
    # A valid value string becomes the member; anything else is left for the checks.
    if isinstance(value, str) and not isinstance(value, cls):
        try:
            return cls(value)
        except ValueError:
            pass
    return value


def as_event_kind(value: EventKind | str) -> EventKind:
    """Turn an event kind's value string into its ``EventKind``."""
    return _member(EventKind, value)  # type: ignore[return-value]


def as_proposal_status(value: ProposalStatus | str) -> ProposalStatus:
    """Turn a proposal status's value string into its ``ProposalStatus``."""
    return _member(ProposalStatus, value)  # type: ignore[return-value]


def as_fixed_offset(value: Any) -> Any:
    """Give an aware datetime a fixed-offset zone: the offset its zone has at that moment.

    A named zone is more than JSON can write, and a moment in a zone's repeated hour
    compares unequal to the same moment in any other zone (PEP 495), so an event kept
    with one would not equal its own round trip. Anything else is left for the checks.
    """
    if isinstance(value, dt.datetime) and not isinstance(value.tzinfo, dt.timezone | None):
        offset = value.utcoffset()
        if offset is not None:
            return value.replace(tzinfo=dt.timezone(offset), fold=0)
    return value


def as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Turn a list into a tuple; leave anything else (a str!) for the checks."""
    if isinstance(value, list):
        return tuple(value)
    return value  # type: ignore[return-value]


def strip_all(value: Iterable[Any]) -> tuple[Any, ...]:
    """Turn a list or tuple of strings into a tuple of stripped strings."""
    if isinstance(value, list | tuple):
        return tuple(strip(item) for item in value)
    return value  # type: ignore[return-value]
