"""Records to JSON documents and back: the public reading and writing functions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any, TypeVar, overload

import cattrs
import msgspec

from diplomev._errors import ValidationError
from diplomev._json import _fast
from diplomev._json._converter import DEFAULT
from diplomev._json._decoding import decode
from diplomev._json._problems import problems_of
from diplomev._model import Event

T = TypeVar("T")


def to_dict(record: object, *, converter: cattrs.Converter | None = None) -> dict[str, Any]:
    """Return the JSON-ready ``dict`` of a record (an ``Event`` or any model record).

    Only JSON types appear in it: ``str``, ``int``, ``list``, ``dict`` and ``None``.
    Without ``converter``, it is the very document :func:`dumps` writes.

    >>> from diplomev import Span
    >>> to_dict(Span(0, 5))
    {'end': 5, 'start': 0}
    """
    if converter is None and (text := _fast.write(record)) is not None:
        document: dict[str, Any] = msgspec.json.decode(text)
        return document
    data = (converter or DEFAULT).unstructure(record)
    if not isinstance(data, dict):
        raise TypeError(f"to_dict takes a diplomev record, not {type(record).__name__}")
    return data


@overload
def from_dict(data: Any, cls: type[T], *, converter: cattrs.Converter | None = None) -> T: ...
@overload
def from_dict(data: Any, *, converter: cattrs.Converter | None = None) -> Event: ...
def from_dict(
    data: Any, cls: type[Any] = Event, *, converter: cattrs.Converter | None = None
) -> Any:
    """Build a record of type ``cls`` (``Event`` by default) from JSON-ready data.

    Strict: unknown keys, wrong types, naive datetimes, unknown codes and broken
    invariants are refused. Every problem of the document is reported at once
    in one :class:`~diplomev.ValidationError`.

    >>> from diplomev import Span
    >>> from_dict({"start": 0, "end": 5}, Span)
    Span(start=0, end=5)
    >>> from_dict({"start": "0", "end": 5, "width": 5}, Span)
    Traceback (most recent call last):
    ...
    diplomev._errors.ValidationError: $.start: expected an integer, got a string
    $.width: unknown key
    """
    try:
        return (converter or DEFAULT).structure(data, cls)
    except ValidationError:
        raise
    except Exception as exc:
        raise ValidationError(dict.fromkeys(problems_of(exc))) from None


def dumps(record: object, *, indent: int | None = None) -> str:
    """Return the JSON text of a record: compact, or indented by ``indent`` spaces a level.

    ``indent=0`` keeps the text on one line, with a space after each separator.
    Keys come in alphabetical order (after an event's ``schema_version``), so
    the same record always gives the same text.

    >>> from diplomev import Span
    >>> dumps(Span(0, 5))
    '{"end":5,"start":0}'
    >>> print(dumps(Span(0, 5), indent=2))
    {
      "end": 5,
      "start": 0
    }
    """
    text = _fast.write(record)
    if text is None:
        # A subclass, or a record holding a lone surrogate, which only an escape
        # can write: the converter's document, escaped.
        text = json.dumps(to_dict(record), separators=(",", ":")).encode()
    if indent is not None:
        text = msgspec.json.format(text, indent=indent)
    return text.decode()


@overload
def loads(text: str | bytes, cls: type[T]) -> T: ...
@overload
def loads(text: str | bytes) -> Event: ...
def loads(text: str | bytes, cls: type[Any] = Event) -> Any:
    """Read a record of type ``cls`` (``Event`` by default) from JSON text.

    Text that is not JSON (or not UTF-8) is a :class:`~diplomev.ValidationError`
    too, at path ``$``, saying where the text breaks. A document in the form
    :func:`dumps` writes (indented or not) is read several times faster than
    any other; both are read with the same rules.
    """
    record = _fast.read(text, cls)
    if record is not None:
        return record
    return from_dict(decode(text), cls)


def dump_jsonl(records: Iterable[object], fp: IO[str]) -> int:
    """Write records to ``fp`` as JSON Lines, one document a line; return how many.

    The records are consumed one at a time, so a generator of any length
    streams through in constant memory.
    """
    count = 0
    for record in records:
        fp.write(dumps(record))
        fp.write("\n")
        count += 1
    return count


def load_jsonl(fp: Iterable[str], cls: type[T] = Event) -> Iterator[T]:  # type: ignore[assignment]
    """Yield the records of a JSON Lines stream, one per non-blank line.

    A bad line raises :class:`~diplomev.ValidationError` with ``line`` set to
    its 1-based number.
    """
    for number, line in enumerate(fp, start=1):
        if not line.strip():
            continue
        try:
            yield loads(line, cls)
        except ValidationError as exc:
            raise ValidationError(exc.errors, line=number) from None
