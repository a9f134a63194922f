"""The one converter factory: model records to JSON-ready data and back, strictly.

cattrs does the structural work; the hooks here make it strict (no coercion of
a number into a string, no string taken for a list) and put the model's
documented JSON forms on dates, datetimes and enums.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from typing import Any, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from diplomev._errors import ValidationError
from diplomev._json._decoding import DuplicateKeys
from diplomev._model import Event, EventKind, ProposalStatus

#: The ``schema_version`` every event document carries, and the only one read.
SCHEMA_VERSION = "1.0"

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})\Z", re.ASCII
)


def make_converter() -> cattrs.Converter:
    """Return a new converter configured for diplomev's JSON contract.

    The library's strict reader is one such converter: it reads every document
    the fast reader does not vouch for, and reports every problem of an invalid
    one. Downstream tools may build their own and register more hooks on it,
    for example to serialise their own records that embed diplomev ones.

    >>> from diplomev import Span
    >>> conv = make_converter()
    >>> conv.unstructure(Span(0, 4))
    {'start': 0, 'end': 4}
    """
    converter = cattrs.Converter(
        forbid_extra_keys=True,
        detailed_validation=True,
        unstruct_collection_overrides={tuple: list},
    )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook(dt.datetime, _structure_datetime)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(dt.datetime, _moment_text)
    for vocabulary in (EventKind, ProposalStatus):
        # Registered by class: as str subclasses they would otherwise take the str hooks.
        converter.register_structure_hook(vocabulary, _structure_enum)
        converter.register_unstructure_hook(vocabulary, _enum_value)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook(converter))
    converter.register_structure_hook_factory(attrs.has, _record_hook(converter))
    converter.register_unstructure_hook(Event, _event_unstructure_hook(converter))
    return converter


def _describe(value: object) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string"}.get(
        type(value), "an array" if isinstance(value, list | tuple) else "an object"
    )


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise TypeError(f"expected a string, got {_describe(value)}")
    if value != value.strip():
        # The model stores strings stripped, so a document never holds padding.
        raise ValueError("must not begin or end with white space")
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise TypeError(f"expected an integer, got {_describe(value)}")
    return value


def _structure_date(value: object, _: type) -> dt.date:
    if type(value) is not str or not _DATE.match(value):
        raise ValueError(f"expected an ISO 8601 date (YYYY-MM-DD), got {_describe(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a calendar date") from None


def _structure_datetime(value: object, _: type) -> dt.datetime:
    if type(value) is not str or not _DATETIME.match(value):
        raise ValueError(
            "expected an ISO 8601 date-time with a UTC offset "
            f"(YYYY-MM-DDTHH:MM:SS+HH:MM), got {_describe(value)}"
        )
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a valid date-time") from None


def _moment_text(moment: dt.datetime) -> str:
    # RFC 3339's own name for a zero offset, as the fast writer (msgspec) spells it too.
    text = moment.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    member = cls._value2member_map_.get(value) if type(value) is str else None
    if member is None:
        allowed = ", ".join(repr(m.value) for m in cls)
        if type(value) is not str:
            raise TypeError(f"expected one of {allowed}, got {_describe(value)}")
        raise ValueError(f"{value!r} is not one of {allowed}")
    return member


def _is_homogeneous_tuple(cls: Any) -> bool:
    args = get_args(cls)
    return get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(cls: Any) -> Callable[[Any, Any], Any]:
        item_type = get_args(cls)[0]
        structure_item = converter.get_structure_hook(item_type)

        def structure(value: Any, _: Any) -> tuple[Any, ...]:
            if not isinstance(value, list | tuple):
                raise TypeError(f"expected an array, got {_describe(value)}")
            items, errors = [], []
            for index, item in enumerate(value):
                try:
                    items.append(structure_item(item, item_type))
                except Exception as exc:
                    exc.__notes__ = [IterableValidationNote(f"@ [{index}]", index, item_type)]
                    errors.append(exc)
            if errors:
                raise IterableValidationError("invalid items", errors, cls)
            return tuple(items)

        return structure

    return factory


def _record_hook(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(cls: Any) -> Callable[[Any, Any], Any]:
        structure_fields = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)
        versioned = cls is Event

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object, got {_describe(value)}")
            problems: list[Exception] = []
            if isinstance(value, DuplicateKeys):
                problems.append(value.problem())
            if versioned:
                value = dict(value)
                version = value.pop("schema_version", None)
                if version != SCHEMA_VERSION:
                    problems.append(_version_problem(version))
            try:
                record = structure_fields(value, cls)
            except ClassValidationError as exc:
                raise ClassValidationError(exc.message, [*problems, *exc.exceptions], cls) from None
            if problems:
                raise ClassValidationError("invalid document", problems, cls)
            return record

        return structure

    return factory


def _version_problem(version: object) -> ValidationError:
    if version is None:
        message = f'required key is missing (this library reads "{SCHEMA_VERSION}")'
    else:
        message = f'unsupported schema version {version!r} (this library reads "{SCHEMA_VERSION}")'
    return ValidationError([("$.schema_version", message)])


def _event_unstructure_hook(converter: cattrs.Converter) -> Callable[[Event], dict[str, Any]]:
    unstructure_fields = make_dict_unstructure_fn(Event, converter)

    def unstructure(event: Event) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, **unstructure_fields(event)}

    return unstructure


#: The converter the library itself uses.
DEFAULT = make_converter()
