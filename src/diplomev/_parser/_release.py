"""``parse_release``: the stages in order, and their findings as model records."""

from __future__ import annotations

import re
import unicodedata

from diplomev._errors import ReleaseParseError
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
from diplomev._parser._acts import find_agreements, find_proposals
from diplomev._parser._dates import event_date
from diplomev._parser._found import Person
from diplomev._parser._kind import FirstKind, event_kind, first_kind
from diplomev._parser._layout import Layout, Segment, read_layout
from diplomev._parser._people import find_people
from diplomev._parser._references import find_references
from diplomev._parser._reject import MAX_SENTENCES, reject_reason
from diplomev._parser._topics import find_topics

#: The longest text ``parse_release`` reads, in characters. Real releases are
#: a few thousand characters; anything this long is not one release.
MAX_RELEASE_CHARS = 2_000_000

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def parse_release(text: str, *, url: str | None = None) -> Event:
    r"""Read the plain text of a press release about a diplomatic contact.

    The text is used exactly as given, scraping noise and all; every string
    the event holds is a span of it (``text[span.start:span.end]``), apart
    from participant names, which are built only from the words of their
    mention (``"HAYASHI Yoshimasa"`` becomes ``"Yoshimasa Hayashi"``). What
    the text does not say stays ``None``. ``url``, when given, only fills
    ``source.url``.

    Raises :class:`~diplomev.ReleaseParseError`, with a reason, when the text
    is not a release about a diplomatic contact: empty, binary junk, prose
    that names no contact, or longer than :data:`MAX_RELEASE_CHARS`.

    >>> event = parse_release(
    ...     "Press release\n\nOn 3 March 2021, Russian Foreign Minister Sergey Lavrov held a "
    ...     "telephone conversation with US Secretary of State Antony Blinken."
    ... )
    >>> event.kind, event.date
    (<EventKind.PHONE_CALL: 'phone_call'>, datetime.date(2021, 3, 3))
    >>> [(p.name, p.country) for p in event.participants]
    [('Sergey Lavrov', 'RUS'), ('Antony Blinken', 'USA')]
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_release takes a str, not {type(text).__name__}")
    if len(text) > MAX_RELEASE_CHARS:
        raise ReleaseParseError(
            f"the text is {len(text):,} characters long; a release is at most {MAX_RELEASE_CHARS:,}"
        )
    layout = read_layout(text)
    # The reject stage reads the title and lead for a kind of contact; so does the kind stage.
    found = first_kind(layout, MAX_SENTENCES)
    reason = reject_reason(layout, found)
    if reason is not None:
        raise ReleaseParseError(reason)
    return _event_of(layout, url, found)


def _event_of(layout: Layout, url: str | None, found_kind: FirstKind | None = None) -> Event:
    people = find_people(layout)
    ids = _participant_ids(people.persons)
    participants = [
        _participant(pid, person) for pid, person in zip(ids, people.persons, strict=True)
    ]
    proposals = [
        Proposal(
            id=f"p{number}",
            proposer=None if found.by is None else ids[found.by],
            text=found.text.text,
            status=ProposalStatus(found.status),
            span=_span(found.text),
        )
        for number, found in enumerate(find_proposals(layout, people), start=1)
    ]
    agreements = [
        Agreement(
            id=f"a{number}",
            parties=tuple(dict.fromkeys(ids[index] for index in found.parties)),
            text=found.text.text,
            span=_span(found.text),
        )
        for number, found in enumerate(find_agreements(layout, people), start=1)
    ]
    references = [
        Reference(
            kind=EventKind(found.kind),
            date=found.date,
            text=found.text.text,
            span=_span(found.text),
        )
        for found in find_references(layout)
    ]
    published = layout.published
    return Event(
        kind=EventKind(event_kind(layout, found_kind)),
        date=event_date(layout),
        published=published
        if published is not None and published.utcoffset() is not None
        else None,
        title=layout.title.text if layout.title else None,
        participants=participants,
        initiator=None if people.initiator is None else ids[people.initiator],
        topics=tuple(dict.fromkeys(topic.text for topic in find_topics(layout))),
        proposals=proposals,
        agreements=agreements,
        references=references,
        source=Source(publisher=layout.publisher, url=url, language=layout.language),
    )


def _span(segment: Segment) -> Span:
    return Span(segment.start, segment.end)


def _participant(pid: str, person: Person) -> Participant:
    return Participant(
        id=pid,
        name=person.name,
        role=person.role,
        country=person.country,
        span=_span(person.mention),
    )


def _participant_ids(persons: tuple[Person, ...]) -> list[str]:
    """Readable ids, unique within the event: the name, else the role or country, as a slug."""
    ids: list[str] = []
    for number, person in enumerate(persons, start=1):
        base = _slug(person.name or person.role or person.country or "") or f"participant-{number}"
        candidate, suffix = base, 2
        while candidate in ids:
            candidate, suffix = f"{base}-{suffix}", suffix + 1
        ids.append(candidate)
    return ids


def _slug(words: str) -> str:
    folded = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode().lower()
    return _NOT_SLUG.sub("-", folded).strip("-")
