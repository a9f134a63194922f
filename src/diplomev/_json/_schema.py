"""The JSON Schema of event documents, derived from the model.

The schema shipped as package data (``schema.json``) is written from
:func:`build_schema` by ``tools/regenerate_schema.py``, and a test checks the
two agree.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import types
from importlib import resources
from typing import Any, Union, get_args, get_origin

import attrs

from diplomev import _countries
from diplomev._json._converter import SCHEMA_VERSION
from diplomev._model import Event

#: A stripped, non-empty string, as the model's converters and checks make it.
_TEXT_PATTERN = r"^\S(?:[\s\S]*\S)?$"


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of an event document.

    A fresh copy of the schema shipped with the package, so the caller may
    change it freely.

    >>> json_schema()["properties"]["schema_version"]
    {'const': '1.0'}
    """
    schema: dict[str, Any] = json.loads(_shipped_text())
    return schema


@functools.cache
def _shipped_text() -> str:
    return resources.files(__package__).joinpath("schema.json").read_text(encoding="utf-8")


def build_schema() -> dict[str, Any]:
    """Derive the event document schema from the model's attrs classes."""
    defs: dict[str, Any] = {}
    root = _object_schema(Event, defs)
    root["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **root["properties"]}
    root["required"] = ["schema_version", *root["required"]]
    del defs["Event"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:diplomev:schema:event:{SCHEMA_VERSION}",
        "title": "diplomev event",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    attrs.resolve_types(cls)
    properties = {field.name: _type_schema(field, field.type, defs) for field in attrs.fields(cls)}
    schema: dict[str, Any] = {
        "description": (cls.__doc__ or "").strip().split("\n")[0],
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
        "required": [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING],
    }
    if cls.__name__ == "Participant":
        # The model refuses a participant of whom nothing is known.
        schema["anyOf"] = [
            {"properties": {key: {"type": "string"}}, "required": [key]}
            for key in ("name", "role", "country")
        ]
    defs[cls.__name__] = schema
    return schema


def _type_schema(field: attrs.Attribute[Any], hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    args = get_args(hint)
    if get_origin(hint) in (Union, types.UnionType) and type(None) in args:
        inner = next(arg for arg in args if arg is not type(None))
        return {"anyOf": [_type_schema(field, inner, defs), {"type": "null"}]}
    if get_origin(hint) is tuple:
        return {"type": "array", "items": _type_schema(field, args[0], defs)}
    if attrs.has(hint):
        if hint.__name__ not in defs:
            _object_schema(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    return _scalar_schema(field.name, hint)


def _scalar_schema(name: str, hint: Any) -> dict[str, Any]:
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"enum": [member.value for member in hint]}
    if hint is dt.datetime:
        return {"type": "string", "format": "date-time"}
    if hint is dt.date:
        return {"type": "string", "format": "date"}
    if hint is int:
        return {"type": "integer", "minimum": 0}
    if hint is str and name == "country":
        return {"enum": sorted(_countries.known_codes())}
    if hint is str:
        return {"type": "string", "pattern": _TEXT_PATTERN}
    raise TypeError(f"no JSON Schema for {hint!r}")
