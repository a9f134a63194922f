"""Content-derived ids.

A record built without an id gets one computed from its content, so that the
same content always gives the same id, on any machine and in any process:
the SHA-256 of the record's canonical JSON (its document form without ``id``,
``schema_version`` and an event's ``source``, keys sorted, no white space,
datetimes in UTC), as a prefix and the first hex digits.

An event's ``source`` says where a release was found, not what happened, so
the same release read from two places gets the same id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

#: What an id field holds between ``__init__`` and the derivation of the id.
DERIVE = ""

# One encoder for every id: ``json.dumps`` with options builds a new one per call.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def keep_or_derive(value: str | None) -> str:
    """Keep a given id (stripped); ``None`` asks for a derived one."""
    if value is None:
        return DERIVE
    return value.strip() if isinstance(value, str) else value


def content_id(prefix: str, record: Any, digits: int = 12) -> str:
    """Return ``prefix`` plus the first ``digits`` hex digits of the content hash."""
    from diplomev._json._converter import DEFAULT

    document = DEFAULT.unstructure(record)
    document.pop("id", None)
    document.pop("schema_version", None)
    document.pop("source", None)
    published = getattr(record, "published", None)
    if isinstance(published, dt.datetime):
        # Equal datetimes in different zones must hash alike, as they compare alike.
        document["published"] = published.astimezone(dt.UTC).isoformat()
    canonical = _CANONICAL.encode(document)
    return prefix + hashlib.sha256(canonical.encode()).hexdigest()[:digits]
