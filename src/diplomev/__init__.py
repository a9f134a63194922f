"""diplomev: diplomatic contacts from foreign-ministry press releases, as typed records.

The public surface is re-exported here; everything else is private.

>>> import diplomev
>>> event = diplomev.loads(diplomev.dumps(diplomev.Event(kind="phone_call")))
>>> event.kind
<EventKind.PHONE_CALL: 'phone_call'>
"""

from diplomev._errors import DiplomevError, ReleaseParseError, ValidationError
from diplomev._json import (
    SCHEMA_VERSION,
    dump_jsonl,
    dumps,
    from_dict,
    json_schema,
    load_jsonl,
    loads,
    make_converter,
    to_dict,
)
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
from diplomev._parser import MAX_RELEASE_CHARS, parse_release

__all__ = [
    "MAX_RELEASE_CHARS",
    "SCHEMA_VERSION",
    "Agreement",
    "DiplomevError",
    "Event",
    "EventKind",
    "Participant",
    "Proposal",
    "ProposalStatus",
    "Reference",
    "ReleaseParseError",
    "Source",
    "Span",
    "ValidationError",
    "dump_jsonl",
    "dumps",
    "from_dict",
    "json_schema",
    "load_jsonl",
    "loads",
    "make_converter",
    "parse_release",
    "to_dict",
]
