"""What the parser's stages find, before it becomes public model objects.

The stages pass these plain records to one another; ``parse_release`` turns
them into ``Event``, ``Participant``, ``Proposal`` and so on at the very end.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from diplomev._parser._layout import Segment


@attrs.frozen
class Person:
    """A side of the contact: a named person, an unnamed office, or a country.

    ``name`` is given-name-first, built only from words of ``mention``;
    ``country`` is a code of the country table (ISO alpha-3 or organisation).
    """

    name: str | None
    role: str | None
    country: str | None
    mention: Segment


@attrs.frozen
class People:
    """The sides of the contact and, where the text says so, who initiated it."""

    persons: tuple[Person, ...]
    initiator: int | None = None


@attrs.frozen
class FoundProposal:
    """A course of action a side put forward; ``by`` indexes ``People.persons``."""

    by: int | None
    text: Segment
    status: Literal["made", "reiterated"]


@attrs.frozen
class FoundAgreement:
    """What sides agreed; ``parties`` index ``People.persons``."""

    parties: tuple[int, ...]
    text: Segment


@attrs.frozen
class FoundReference:
    """Another dated or named event the release mentions.

    ``kind`` is an event kind value (``phone_call``, ``meeting``, ... ``other``).
    """

    kind: str
    date: dt.date | None
    text: Segment
