"""Content-derived ids.

A record built without an id gets one computed from its content, so that the
same content always gives the same id, on any machine and in any process:
the SHA-256 of the record's canonical JSON (its document form without ``id``,
``schema_version`` and an event's ``source``, keys sorted, no white space,
datetimes in UTC), as a prefix and the first hex digits.

An event's ``source`` says where a release was found, not what happened, so
the same release read from two places gets the same id.

An event's canonical JSON is written directly (:func:`canonical_event`), since
every event the parser builds needs it; it is the very string that the JSON
layer's document form gives through ``json`` with sorted keys, which
:func:`canonical_json` computes for any record (the tests hold the two to that).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

#: What an id field holds between ``__init__`` and the derivation of the id.
DERIVE = ""

# One encoder for every id: ``json.dumps`` with options builds a new one per call.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
# The string encoder that ``_CANONICAL`` itself applies to every string (its C version).
_quote: Callable[[str], str] = json.encoder.encode_basestring


def keep_or_derive(value: str | None) -> str:
    """Keep a given id (stripped); ``None`` asks for a derived one."""
    if value is None:
        return DERIVE
    return value.strip() if isinstance(value, str) else value


def canonical_json(record: Any) -> str:
    """Return the canonical JSON of any record, through the JSON layer's document form."""
    from diplomev._json._converter import DEFAULT

    document = DEFAULT.unstructure(record)
    document.pop("id", None)
    document.pop("schema_version", None)
    document.pop("source", None)
    published = getattr(record, "published", None)
    if isinstance(published, dt.datetime):
        # Equal datetimes in different zones must hash alike, as they compare alike.
        document["published"] = published.astimezone(dt.UTC).isoformat()
    return _CANONICAL.encode(document)


def content_id(prefix: str, record: Any, digits: int = 12, *, written: str | None = None) -> str:
    """Return ``prefix`` plus the first ``digits`` hex digits of the content hash.

    ``written`` is the record's canonical JSON when the caller has written it already.
    """
    # Imported here: loading OpenSSL's hashes costs more than this whole module.
    from hashlib import sha256

    document = canonical_json(record) if written is None else written
    return prefix + sha256(document.encode()).hexdigest()[:digits]


# ------------------------------------------------- an event's canonical JSON, written directly
# Every value below has passed the record's checks: strings are ``str``, spans hold ``int``s,
# dates are ``datetime.date``s, kinds and statuses are ``StrEnum`` members. Keys are written
# in sorted order, as ``sort_keys`` would.


def _text(value: str | None) -> str:
    return "null" if value is None else _quote(value)


def _day(value: dt.date | None) -> str:
    return "null" if value is None else '"' + value.isoformat() + '"'


def _span(span: Any) -> str:
    if span is None:
        return "null"
    return '{"end":' + int.__repr__(span.end) + ',"start":' + int.__repr__(span.start) + "}"


def _texts(values: tuple[str, ...]) -> str:
    return "[" + ",".join(map(_quote, values)) + "]"


def _participant(p: Any) -> str:
    return (
        '{"country":' + _text(p.country) + ',"id":' + _quote(p.id) + ',"name":' + _text(p.name)
        + ',"role":' + _text(p.role) + ',"span":' + _span(p.span) + "}"
    )  # fmt: skip


def _proposal(p: Any) -> str:
    return (
        '{"id":' + _quote(p.id) + ',"proposer":' + _text(p.proposer) + ',"span":' + _span(p.span)
        + ',"status":' + _quote(p.status.value) + ',"text":' + _quote(p.text) + "}"
    )  # fmt: skip


def _agreement(a: Any) -> str:
    return (
        '{"id":' + _quote(a.id) + ',"parties":' + _texts(a.parties) + ',"span":' + _span(a.span)
        + ',"text":' + _quote(a.text) + "}"
    )  # fmt: skip


def _reference(r: Any) -> str:
    return (
        '{"date":' + _day(r.date) + ',"kind":' + _quote(r.kind.value) + ',"span":' + _span(r.span)
        + ',"text":' + _quote(r.text) + "}"
    )  # fmt: skip


def _list(write: Callable[[Any], str], records: tuple[Any, ...]) -> str:
    return "[" + ",".join(map(write, records)) + "]"


def canonical_event(event: Any) -> str:
    """Return the canonical JSON of a checked ``Event``: ``canonical_json(event)``, only faster."""
    published = event.published
    moment = "null" if published is None else '"' + published.astimezone(dt.UTC).isoformat() + '"'
    return (
        '{"agreements":' + _list(_agreement, event.agreements) + ',"date":' + _day(event.date)
        + ',"initiator":' + _text(event.initiator) + ',"kind":' + _quote(event.kind.value)
        + ',"participants":' + _list(_participant, event.participants)
        + ',"proposals":' + _list(_proposal, event.proposals) + ',"published":' + moment
        + ',"references":' + _list(_reference, event.references) + ',"title":' + _text(event.title)
        + ',"topics":' + _texts(event.topics) + "}"
    )  # fmt: skip
