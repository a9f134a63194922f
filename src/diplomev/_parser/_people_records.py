"""Records the participants stage builds on its way: titles, name runs, mentions, drafts.

They stay inside the stage; ``find_people`` turns drafts into ``Person``s at the end.
The many small records of one segment are named tuples: cheap to build.
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

from diplomev._parser._layout import Segment


class Title(NamedTuple):
    """A title phrase: its role span, the country qualifying it, where it ends."""

    start: int  # with the country qualifier before it
    role_start: int
    role_end: int
    end: int  # with the country qualifier after it
    country: str | None
    default: str | None
    plural: bool
    side: bool
    capital: bool


class Run(NamedTuple):
    """A run of name words; ``lead`` is where its honorifics start."""

    lead: int
    start: int
    end: int
    words: tuple[str, ...]
    honoured: bool
    ordered: bool = False  # words already given-name-first ("Lavrov, Sergey" read back)


class Mention(NamedTuple):
    """One person-like mention in a segment; ``person`` is False for "the X side"."""

    start: int
    end: int
    name: str | None
    role: str | None
    country: str | None
    qualified: bool
    segment: Segment
    person: bool = True

    def span(self) -> Segment:
        """Return the mention as a segment of the release."""
        base = self.segment.start
        return Segment(self.start, self.end, self.segment.text[self.start - base : self.end - base])


@attrs.define
class Draft:
    """A person being assembled from several mentions."""

    name: str | None
    role: str | None
    country: str | None
    qualified: bool
    mention: Segment
    person: bool
    in_title: bool
    role_in_title: bool = False  # headlines shorten titles: a body mention's role is better
