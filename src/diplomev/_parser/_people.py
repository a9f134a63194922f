"""Participants stage: who took part in the contact, from which side, who initiated it.

The stage reads the release in steps, each in its own module:

- ``_people_titles``: titles of office (``lexicons/titles.toml``) and title phrases;
- ``_people_names``: runs of name words, given-name-first names;
- ``_people_mentions``: mentions of persons in a segment (titled names, bare names,
  unnamed offices, sides named by their country, transcript speakers);
- ``_people_drafts``: which mentions report the contact, and which are one person;
- ``_people_countries``: country mentions, the release's home, countries left open;
- ``_people_initiator``: the side the text says initiated the contact;
- ``_people_actor``: which participant a phrase names (``actor_at``).

Countries come from the text first (an adjective or "of X" qualifying the
title, a title only one state uses), then from the home of the release (its
publisher, its letterhead, the capital of its dateline: a ministry's own readout
leaves its own minister unqualified), then from the countries the release talks
about that no other side already holds.
"""

from __future__ import annotations

from diplomev._parser._found import People
from diplomev._parser._layout import Layout
from diplomev._parser._people_actor import resolve
from diplomev._parser._people_countries import (
    assign_countries,
    country_counts,
    header_lines,
    home_of,
)
from diplomev._parser._people_drafts import (
    also_present,
    escort_countries,
    fold,
    lead_mentions,
    merge,
    person,
)
from diplomev._parser._people_initiator import initiator
from diplomev._parser._people_mentions import Reader, speakers
from diplomev._parser._people_records import Draft

_MAX_MENTIONS = 64  # sides of one contact; beyond this a "sentence" is a list or junk
_COUNTED = 9  # the title and the sentences whose countries rank the open sides


def find_people(layout: Layout) -> People:
    """Find the sides of the contact the release reports, and its initiator where stated."""
    reader = Reader(layout)
    chosen, lead = lead_mentions(reader, layout.title)
    chosen.extend(also_present(reader, lead))
    chosen.extend(speakers(layout.text)[:_MAX_MENTIONS])
    drafts = merge(chosen, reader, layout.title)
    escort_countries(drafts, reader)
    _fill_countries(drafts, reader, layout)
    persons = tuple(person(d) for d in fold(drafts))
    return People(persons, initiator(reader, lead, persons))


def _fill_countries(drafts: list[Draft], reader: Reader, layout: Layout) -> None:
    """Give the drafts the mentions left without a country one from the release."""
    if all(d.country is not None for d in drafts):
        return

    def said() -> list[str]:
        counted = _COUNTED if layout.title is not None else _COUNTED - 1
        found = ((reader.segs[i], reader.index(i)) for i in range(min(len(reader.segs), counted)))
        return [c for c, _ in country_counts(found).most_common()]

    header = header_lines(layout)
    assign_countries(drafts, home_of(layout, header), said, header)


def actor_at(people: People, text: str, start: int, end: int) -> int | None:
    """Return the index in ``people.persons`` of the person ``text[start:end]`` names.

    Resolves names ("Sergey Lavrov", "Lavrov", "Minister Retno"), offices ("the
    Secretary-General", "Minister Hayashi", "EAM"), and countries ("the Russian side",
    "Russia", "the Russian Foreign Minister"); None when the phrase names nobody or
    is ambiguous.
    """
    return resolve(people, text, start, end)
