"""Turning cattrs' nested exception groups into ``(JSON path, message)`` pairs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from diplomev._errors import ValidationError

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def key_path(path: str, key: str) -> str:
    """Extend a JSONPath by an object key: ``$.name`` or ``$['odd key']``."""
    if _IDENTIFIER.match(key):
        return f"{path}.{key}"
    return f"{path}[{key!r}]"


def problems_of(exc: BaseException, path: str = "$") -> Iterator[tuple[str, str]]:
    """Yield every leaf problem of a structuring failure, with its path."""
    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for inner, note in with_notes:
            yield from _missing_or_deeper(inner, key_path(path, note.name))
        for inner in without:
            yield from problems_of(inner, path)
    elif isinstance(exc, IterableValidationError):
        with_index, unplaced = exc.group_exceptions()
        for item_exc, item_note in with_index:
            yield from problems_of(item_exc, f"{path}[{item_note.index}]")
        for item_exc in unplaced:
            yield from problems_of(item_exc, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield key_path(path, key), "unknown key"
    elif isinstance(exc, ValidationError):
        yield from exc.under(path).errors
    else:
        yield path, str(exc) or type(exc).__name__


def _missing_or_deeper(exc: BaseException, path: str) -> Iterator[tuple[str, str]]:
    # cattrs reports an absent required key as a bare KeyError noted with the attribute.
    if type(exc) is KeyError and any(isinstance(n, AttributeValidationNote) for n in _notes(exc)):
        yield path, "required key is missing"
    else:
        yield from problems_of(exc, path)


def _notes(exc: BaseException) -> list[object]:
    return list(getattr(exc, "__notes__", []))
