"""Events as PLOVER records and as GDELT-style CAMEO rows, for event-data pipelines.

Every act of an event (the contact, each proposal, each agreement) becomes one PLOVER record,
and one CAMEO row per directed dyad of sides. The codes come from :mod:`diplomev.codes`, and
every record and row carries the ``codebook_version`` they were coded with. See :doc:`/codes`.

A *side* of an event, for the CAMEO rows, is the participants of one country (or organisation);
a participant whose country is unknown is a side alone, with an empty actor code.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs

from diplomev import _countries
from diplomev._model import Agreement, Event, Participant, Proposal, Span
from diplomev.codes import (
    ActCodes,
    agreement_codes,
    cameo_actor_code,
    codebook_version,
    event_codes,
    plover_actor_code,
    proposal_codes,
)

__all__ = [
    "CAMEO_COLUMNS",
    "CameoRow",
    "to_cameo_rows",
    "to_plover",
    "write_cameo_csv",
]

#: The columns of a CAMEO row, in order: GDELT's names, then diplomev's own.
CAMEO_COLUMNS: tuple[str, ...] = (
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "SOURCEURL",
    "DiplomevEventId",
    "DiplomevAct",
    "DiplomevRecordId",
    "DiplomevText",
    "CodebookVersion",
)


@attrs.frozen(kw_only=True)
class CameoRow:
    """One directed dyad of one act, with GDELT's columns (see :data:`CAMEO_COLUMNS`).

    ``sql_date`` is the event's date as ``YYYYMMDD`` (``None`` when unknown). Actor fields are
    ``""`` where the side is unknown. ``act`` names the row of the codebook, ``record_id`` the
    event, proposal or agreement coded, and ``text`` its words (the event's title for a contact).
    """

    sql_date: int | None
    actor1_code: str
    actor1_name: str
    actor1_country_code: str
    actor2_code: str
    actor2_name: str
    actor2_country_code: str
    event_code: str
    event_base_code: str
    event_root_code: str
    quad_class: int
    goldstein_scale: float
    source_url: str
    event_id: str
    act: str
    record_id: str
    text: str
    codebook_version: str

    def values(self) -> tuple[str | int | float, ...]:
        """Return the row's values in the order of :data:`CAMEO_COLUMNS` (``""`` for unknown)."""
        date: str | int = "" if self.sql_date is None else self.sql_date
        return (date, *attrs.astuple(self, recurse=False)[1:])

    def as_dict(self) -> dict[str, str | int | float]:
        """Return the row as a ``dict`` keyed by :data:`CAMEO_COLUMNS`."""
        return dict(zip(CAMEO_COLUMNS, self.values(), strict=True))


@attrs.frozen
class _Side:
    """The participants of one country (or one participant of unknown country)."""

    country: str | None
    members: tuple[Participant, ...]

    @property
    def name(self) -> str:
        return "; ".join(_label(member) for member in self.members)


_Dyad = tuple[_Side | None, _Side | None]


def _label(participant: Participant) -> str:
    """Return a participant's name, else role, else the name of their country."""
    if participant.name or participant.role:
        return participant.name or participant.role or ""
    return _countries.name_of(participant.country) if participant.country else ""


def _sides(event: Event) -> list[_Side]:
    """Group the participants by country, in order of first appearance."""
    groups: dict[tuple[bool, str], list[Participant]] = {}
    for participant in event.participants:
        country = participant.country
        key = (True, country) if country is not None else (False, participant.id)
        groups.setdefault(key, []).append(participant)
    return [_Side(members[0].country, tuple(members)) for members in groups.values()]


def _side_of(sides: list[_Side], participant_id: str) -> _Side | None:
    return next((s for s in sides if any(m.id == participant_id for m in s.members)), None)


def _both_ways(sides: list[_Side]) -> list[_Dyad]:
    """Every ordered pair of two sides; a lone side acts on no one; no side at all, no actors."""
    if len(sides) < 2:
        return [(sides[0] if sides else None, None)]
    return [(a, b) for a in sides for b in sides if a is not b]


def _one_way(source: _Side | None, sides: list[_Side]) -> list[_Dyad]:
    """From ``source`` to each other side; no source, no actors."""
    if source is None:
        return [(None, None)]
    return [(source, other) for other in sides if other is not source] or [(source, None)]


def _contact_dyads(event: Event, codes: ActCodes, sides: list[_Side]) -> list[_Dyad]:
    if codes.reciprocal or event.initiator is None:
        return _both_ways(sides)
    return _one_way(_side_of(sides, event.initiator), sides)


def _proposal_dyads(proposal: Proposal, sides: list[_Side]) -> list[_Dyad]:
    if proposal.proposer is None:
        return [(None, None)]
    return _one_way(_side_of(sides, proposal.proposer), sides)


def _agreement_dyads(agreement: Agreement, sides: list[_Side]) -> list[_Dyad]:
    if not agreement.parties:
        return [(None, None)]
    parties = set(agreement.parties)
    return _both_ways([s for s in sides if any(m.id in parties for m in s.members)])


def _actor(side: _Side | None) -> tuple[str, str, str]:
    """Return a side's CAMEO actor code, name and country code (none for an organisation)."""
    if side is None:
        return "", "", ""
    if side.country is None:
        return "", side.name, ""
    code = cameo_actor_code(side.country)
    return code, side.name, "" if _countries.is_organisation(side.country) else side.country


def _sql_date(day: dt.date | None) -> int | None:
    return None if day is None else day.year * 10000 + day.month * 100 + day.day


def _acts(event: Event) -> Iterator[tuple[ActCodes, str, str, list[_Dyad]]]:
    """Yield each act of an event: its codes, the id and text of the record, its dyads."""
    sides = _sides(event)
    codes = event_codes(event)
    yield codes, event.id, event.title or "", _contact_dyads(event, codes, sides)
    for proposal in event.proposals:
        yield proposal_codes(proposal), proposal.id, proposal.text, _proposal_dyads(proposal, sides)
    for agreement in event.agreements:
        yield (
            agreement_codes(agreement),
            agreement.id,
            agreement.text,
            _agreement_dyads(agreement, sides),
        )


def to_cameo_rows(event: Event) -> list[CameoRow]:
    """Return the CAMEO rows of an event: one per directed dyad of each of its acts.

    The contact gives rows both ways between every two sides (one way, from the sender, for a
    message whose initiator is known); a proposal gives rows from the proposer's side to each
    other side; an agreement gives rows both ways between its parties' sides. An act whose
    sides are unknown (a proposal with no proposer) still gives one row, with empty actors, so
    that no act is lost.
    """
    rows = []
    for codes, record_id, text, dyads in _acts(event):
        for source, target in dyads:
            rows.append(_row(event, codes, record_id, text, source, target))
    return rows


def _row(
    event: Event, codes: ActCodes, record_id: str, text: str, a: _Side | None, b: _Side | None
) -> CameoRow:
    actor1, actor2 = _actor(a), _actor(b)
    return CameoRow(
        sql_date=_sql_date(event.date),
        actor1_code=actor1[0],
        actor1_name=actor1[1],
        actor1_country_code=actor1[2],
        actor2_code=actor2[0],
        actor2_name=actor2[1],
        actor2_country_code=actor2[2],
        event_code=codes.cameo.code,
        event_base_code=codes.cameo.base_code,
        event_root_code=codes.cameo.root_code,
        quad_class=int(codes.quad_class),
        goldstein_scale=codes.goldstein,
        source_url=event.source.url or "",
        event_id=event.id,
        act=codes.act.value,
        record_id=record_id,
        text=text,
        codebook_version=codebook_version(),
    )


def write_cameo_csv(rows: Iterable[CameoRow], fp: IO[str], *, header: bool = True) -> int:
    """Write rows to ``fp`` as CSV (RFC 4180 quoting); return how many rows were written.

    Open ``fp`` with ``newline=""`` so that line breaks inside a text survive. The header is
    :data:`CAMEO_COLUMNS`.
    """
    writer = csv.writer(fp, lineterminator="\r\n")
    if header:
        writer.writerow(CAMEO_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(row.values())
        count += 1
    return count


def to_plover(event: Event) -> list[dict[str, Any]]:
    """Return the PLOVER records of an event: one for the contact, each proposal and agreement.

    The records are JSON-ready dicts with the PLOVER manual's fields: ``id`` (the event's id and
    the record's number in the list), ``date``,
    ``actor`` and ``recipient`` (lists of actor objects, one per participant), ``event``,
    ``mode`` and ``context`` (lists), ``quad_code``, ``event_scale`` (the intensity),
    ``event_text``, ``text_info`` (the character offsets of a proposal's or agreement's text in
    the release, or ``None``) and ``cite_info`` (``url``, ``language``, ``title``,
    ``publication``, ``codebook``); plus ``codebook_version`` and ``diplomev`` (the event id,
    the act and the id of the record coded).
    """
    records = [_record(event, event_codes(event), event.id, _contact_actors(event), None)]
    records += [
        _record(event, proposal_codes(p), p.id, _proposal_actors(event, p), (p.text, p.span))
        for p in event.proposals
    ]
    records += [
        _record(event, agreement_codes(a), a.id, _agreement_actors(event, a), (a.text, a.span))
        for a in event.agreements
    ]
    for number, record in enumerate(records):
        # Proposal and agreement ids are unique only among their own kind: number the records.
        record["id"] = f"{event.id}-{number}"
    return records


_Actors = tuple[list[Participant], list[Participant]]


def _contact_actors(event: Event) -> _Actors:
    """Everyone acts in a reciprocal contact; a message goes from the initiator's side."""
    if event_codes(event).reciprocal or event.initiator is None:
        return list(event.participants), []
    return _split(event, event.initiator)


def _split(event: Event, participant_id: str) -> _Actors:
    """Return the participant's side as actors, every other side as recipients."""
    side = _side_of(_sides(event), participant_id)
    members = side.members if side is not None else ()
    return list(members), [p for p in event.participants if p not in members]


def _proposal_actors(event: Event, proposal: Proposal) -> _Actors:
    if proposal.proposer is None:
        return [], []
    actors, recipients = _split(event, proposal.proposer)
    return [p for p in actors if p.id == proposal.proposer], recipients


def _agreement_actors(event: Event, agreement: Agreement) -> _Actors:
    return [p for p in event.participants if p.id in agreement.parties], []


def _actor_object(participant: Participant) -> dict[str, Any]:
    country = participant.country
    return {
        "code": None if country is None else plover_actor_code(country),
        "actor_text": participant.name,
        "office": participant.role,
        "country": country,
    }


def _record(
    event: Event,
    codes: ActCodes,
    record_id: str,
    actors: _Actors,
    text: tuple[str, Span | None] | None,
) -> dict[str, Any]:
    plover = codes.plover
    event_text = [text[0]] if text else ([event.title] if event.title else [])
    span = text[1] if text else None
    return {
        "id": event.id,
        "date": None if event.date is None else event.date.isoformat(),
        "actor": [_actor_object(p) for p in actors[0]],
        "recipient": [_actor_object(p) for p in actors[1]],
        "event": [plover.event],
        "mode": [] if plover.mode is None else [plover.mode],
        "context": list(plover.context),
        "quad_code": int(plover.quad_class),
        "event_scale": plover.intensity,
        "event_text": event_text,
        "text_info": None if span is None else {"start": span.start, "end": span.end},
        "cite_info": _cite_info(event),
        "codebook_version": codebook_version(),
        "diplomev": {"event_id": event.id, "act": codes.act.value, "record_id": record_id},
    }


def _cite_info(event: Event) -> dict[str, Any]:
    source = event.source
    return {
        "url": source.url,
        "language": source.language,
        "title": source.title,
        "publication": source.publisher,
        "codebook": f"diplomev-plover-{codebook_version()}",
    }
