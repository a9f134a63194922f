"""The fast reader and writer: msgspec in C, with the converter as the judge.

msgspec writes a record straight from its attrs instance, its keys in
alphabetical order (the order of the record's slots), about five times faster
than the converter builds the same document.

msgspec also reads a document straight into the record classes. It checks
each value's type and builds the records without their converters; their
``__attrs_post_init__`` checks run as for any record, and refuse, among the
rest, empty or padded strings, unknown country codes and proposers who are not
participants. But msgspec is lax where the strict reading is not: it ignores
unknown keys, keeps the last value of a repeated key and takes date-times in
several forms. So :func:`read` only vouches for a document that is, white space
aside, exactly what :func:`write` writes for the record read from it: the
converter reads every such text to the same record (the round trip that the
tests check), so the two readers agree on it. Anything else, valid or not, is
left to the converter, which says what is wrong and where.
"""

from __future__ import annotations

from typing import Any

import msgspec

from diplomev._json._converter import SCHEMA_VERSION
from diplomev._model import Agreement, Event, Participant, Proposal, Reference, Source, Span

_RECORDS = (Event, Participant, Proposal, Agreement, Reference, Source, Span)
_ENCODER = msgspec.json.Encoder()
_DECODERS = {cls: msgspec.json.Decoder(cls) for cls in _RECORDS}
# An event document begins with its version; the rest is the record's own object.
_VERSIONED = b'{"schema_version":"' + SCHEMA_VERSION.encode() + b'",'
# JSON's white space; bytes.strip() would also take "\v" and "\f", which JSON refuses.
_JSON_SPACE = b" \t\n\r"


def read(text: str | bytes, cls: type[Any]) -> Any:
    """Return the record of type ``cls`` that ``text`` holds, or ``None`` if unsure.

    ``None`` only means that the converter must read the text: it may be valid
    (keys in another order, a key left out, escapes the writer does not use)
    or not.
    """
    decoder = _DECODERS.get(cls)
    if decoder is None:
        return None
    try:
        record = decoder.decode(text)
    except (msgspec.MsgspecError, ValueError, TypeError, RecursionError):
        return None  # msgspec raises ValidationError for the records' own checks too
    written = write(record)
    if written is None or not _same_document(text, written):
        return None
    return record


def write(record: object) -> bytes | None:
    """Return the compact JSON of a model record, or ``None`` for any other object."""
    if type(record) not in _DECODERS:
        return None  # a subclass has fields msgspec knows nothing of
    try:
        text = _ENCODER.encode(record)
    except (msgspec.EncodeError, UnicodeEncodeError):
        return None  # a lone surrogate, which only an escape can write
    return _VERSIONED + text[1:] if type(record) is Event else text


def _same_document(text: str | bytes, written: bytes) -> bool:
    """Whether ``text`` is ``written``, but for white space between tokens."""
    given = text.encode() if isinstance(text, str) else bytes(text)
    if given.strip(_JSON_SPACE) == written:  # a line of JSON Lines ends in a newline
        return True
    try:
        return msgspec.json.format(given, indent=-1) == written
    except msgspec.DecodeError:
        return False
