"""Reading JSON text strictly: every problem becomes a ValidationError with a place."""

from __future__ import annotations

import json
from typing import Any

from diplomev._errors import ValidationError


class DuplicateKeys(dict[str, Any]):
    """A JSON object in which some key was given more than once.

    JSON parsers silently keep the last value of a repeated key, which loses
    data; this marks the object so the structuring step reports the key with
    its path, along with every other problem of the document.
    """

    duplicates: tuple[str, ...]

    def problem(self) -> ValidationError:
        """Return the repeated keys as a validation problem at this object."""
        return ValidationError(
            [(f"$.{key}", "key given more than once") for key in self.duplicates]
        )


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        marked = DuplicateKeys(obj)
        seen: set[str] = set()
        repeated: list[str] = []
        for key, _ in pairs:
            if key in seen:
                repeated.append(key)
            seen.add(key)
        marked.duplicates = tuple(repeated)
        return marked
    return obj


def decode(text: str | bytes | bytearray) -> Any:
    """Parse JSON text; raise ValidationError (path ``$``) for text that is not JSON."""
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError([("$", f"invalid UTF-8 at byte {exc.start}")]) from None
    if not isinstance(text, str):
        raise ValidationError([("$", f"expected JSON text, got {type(text).__name__}")])
    try:
        return json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno} (char {exc.pos})"
        raise ValidationError([("$", f"invalid JSON at {where}: {exc.msg}")]) from None
    except RecursionError:
        raise ValidationError([("$", "JSON nested too deeply")]) from None
    except ValueError as exc:  # e.g. an integer literal beyond Python's digit limit
        raise ValidationError([("$", f"invalid JSON: {exc}")]) from None
