"""An event as a person reads it at a glance: aligned columns, wrapped to the terminal."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from diplomev import Event, Participant, ProposalStatus

_UNSTATED = "not stated"
#: When less room than this is left right of the leading columns, the text
#: goes on lines of its own below them.
_MIN_TEXT_WIDTH = 24


def summary(event: Event, width: int = 100) -> str:
    """Return the human summary of ``event``, lines at most ``width`` characters where possible."""
    blocks = [
        _heading(event, width),
        _facts(event, width),
        _section("Participants", _participant_rows(event), width),
        _section("Proposals", _proposal_rows(event), width),
        _section("Agreements", _agreement_rows(event), width),
        _section("References", _reference_rows(event), width),
    ]
    return "\n\n".join(block for block in blocks if block) + "\n"


def _heading(event: Event, width: int) -> str:
    kind = event.kind.value.replace("_", " ").capitalize()
    when = f"{event.date.day} {event.date:%B %Y}" if event.date else "date not stated"
    lines = [f"{kind}, {when}"]
    if event.title:
        lines += textwrap.wrap(event.title, width)
    return "\n".join(lines)


def _facts(event: Event, width: int) -> str:
    source = " · ".join(
        value
        for value in (event.source.publisher, event.source.language, event.source.url)
        if value
    )
    facts = [
        ("Id", event.id),
        ("Date", event.date.isoformat() if event.date else _UNSTATED),
        ("Published", event.published.isoformat(" ", "minutes") if event.published else _UNSTATED),
        ("Initiator", _who(event, event.initiator, country=True) if event.initiator else _UNSTATED),
        ("Topics", "; ".join(event.topics) or "none found"),
        ("Source", source or _UNSTATED),
    ]
    return _table([[label, value] for label, value in facts], width)


def _participant_rows(event: Event) -> list[list[str]]:
    return [
        [
            person.name or "(no name)",
            person.role or "",
            person.country or "",
            "initiator" if person.id == event.initiator else "",
        ]
        for person in event.participants
    ]


def _proposal_rows(event: Event) -> list[list[str]]:
    return [
        [
            f"{number}.",
            _who(event, proposal.proposer) if proposal.proposer else "(who: not stated)",
            proposal.text
            + (" (reiterated)" if proposal.status is ProposalStatus.REITERATED else ""),
        ]
        for number, proposal in enumerate(event.proposals, start=1)
    ]


def _agreement_rows(event: Event) -> list[list[str]]:
    return [
        [
            f"{number}.",
            ", ".join(_who(event, party) for party in agreement.parties) or "(parties: not stated)",
            agreement.text,
        ]
        for number, agreement in enumerate(event.agreements, start=1)
    ]


def _reference_rows(event: Event) -> list[list[str]]:
    return [
        [
            reference.kind.value.replace("_", " "),
            reference.date.isoformat() if reference.date else "",
            reference.text,
        ]
        for reference in event.references
    ]


def _who(event: Event, pid: str, *, country: bool = False) -> str:
    person = next((p for p in event.participants if p.id == pid), None)
    if person is None:
        return pid
    label = _label(person)
    return f"{label} ({person.country})" if country and person.country else label


def _label(person: Participant) -> str:
    return person.name or person.role or person.country or person.id


def _section(title: str, rows: list[list[str]], width: int) -> str:
    if not rows:
        return ""
    body = _table(rows, width - 2)
    return title + "\n" + textwrap.indent(body, "  ")


def _table(rows: Sequence[Sequence[str]], width: int) -> str:
    """Pad every column but the last to its widest cell; wrap the last under itself."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    lead = sum(widths) + 2 * len(widths)
    lines: list[str] = []
    for row in rows:
        head = "".join(cell.ljust(size + 2) for cell, size in zip(row, widths, strict=False))
        lines += _wrapped(head, row[-1], lead, width)
    return "\n".join(line.rstrip() for line in lines)


def _wrapped(head: str, text: str, lead: int, width: int) -> list[str]:
    if not text:
        return [head]
    if width - lead < _MIN_TEXT_WIDTH:
        return [
            head.rstrip(),
            *textwrap.wrap(text, width, initial_indent="    ", subsequent_indent="    "),
        ]
    body = textwrap.wrap(text, width - lead) or [""]
    return [head + body[0], *(" " * lead + line for line in body[1:])]
