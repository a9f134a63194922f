"""diplomev: diplomatic contacts from foreign-ministry press releases, as typed records.

The public surface is re-exported here; everything else is private.

>>> import diplomev
>>> event = diplomev.loads(diplomev.dumps(diplomev.Event(kind="phone_call")))
>>> event.kind
<EventKind.PHONE_CALL: 'phone_call'>
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from diplomev._errors import DiplomevError, ReleaseParseError, ValidationError
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

if TYPE_CHECKING:
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
    from diplomev._parser import MAX_RELEASE_CHARS, parse_release

# Imported on first use, so that ``import diplomev`` stays fast: the JSON layer
# brings in cattrs, and the parser compiles its patterns and reads its lexicons.
_LAZY = {
    **dict.fromkeys(
        [
            "SCHEMA_VERSION",
            "dump_jsonl",
            "dumps",
            "from_dict",
            "json_schema",
            "load_jsonl",
            "loads",
            "make_converter",
            "to_dict",
        ],
        "diplomev._json",
    ),
    **dict.fromkeys(["MAX_RELEASE_CHARS", "parse_release"], "diplomev._parser"),
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'diplomev' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
