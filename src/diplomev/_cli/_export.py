"""``diplomev export``: events as PLOVER JSON Lines or CAMEO CSV, from releases or event files.

A ``.txt`` file (or standard input that is not JSON) is a release, parsed first; a ``.json``
file is one event document or an array of them; a ``.jsonl`` or ``.ndjson`` file is JSON Lines.
A bad input is reported on standard error as the other subcommands report it (``path: reason``,
or ``path:line: $.path: message`` for an invalid document) and the rest go on; the exit code is
then 1. Inside a JSON Lines file each bad line is reported and the good ones are exported.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from diplomev import Event, ReleaseParseError, ValidationError, from_dict, loads, parse_release
from diplomev._cli._failure import FAILED, OK, invalid_document
from diplomev._cli._inputs import Input, expand, read_stdin
from diplomev._cli._output import Output
from diplomev._cli._work import UnreadableError, decode, read_bytes
from diplomev.export import to_cameo_rows, to_plover, write_cameo_csv

_LINES_SUFFIXES = (".jsonl", ".ndjson")
_SUFFIXES = (".txt", ".json", *_LINES_SUFFIXES)

#: What each input yields: an event, or a message saying what is wrong.
_Item = Event | str
_Write = Callable[[Event], int]


def run(args: argparse.Namespace) -> int:
    """Export every event ``args.paths`` hold in the format ``args.to``; return the exit code."""
    output = Output(None if args.output in (None, "-") else args.output)
    try:
        found = expand(args.paths, _SUFFIXES)
        for problem in found.problems:
            print(problem, file=sys.stderr)
        if not found.inputs:
            output.discard()
            return FAILED
        failed = _export_all(found.inputs, _writer(args.to, output))
        output.commit()
    except BaseException:
        output.discard()
        raise
    _summarise(output, failed, len(found.inputs), len(found.problems))
    return FAILED if failed or found.problems else OK


def _export_all(inputs: list[Input], write: _Write) -> int:
    """Write the records of every input; return how many inputs had a problem."""
    failed = 0
    for item in inputs:
        bad = False
        for event in _events(item):
            if isinstance(event, str):
                print(event, file=sys.stderr)
                bad = True
            else:
                write(event)
        failed += bad
    return failed


def _writer(fmt: str, output: Output) -> _Write:
    """Return the function writing one event's records to ``output`` in ``fmt``."""
    return _plover_writer(output) if fmt == "plover" else _cameo_writer(output)


def _plover_writer(output: Output) -> _Write:
    """PLOVER records as JSON Lines, as the PLOVER manual recommends."""

    def write(event: Event) -> int:
        records = to_plover(event)
        for record in records:
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
        return len(records)

    return write


def _cameo_writer(output: Output) -> _Write:
    """CAMEO rows as CSV, the header first."""
    header = io.StringIO(newline="")
    write_cameo_csv((), header)
    output.write(header.getvalue(), event=False)

    def write(event: Event) -> int:
        buffer = io.StringIO(newline="")
        count = write_cameo_csv(to_cameo_rows(event), buffer, header=False)
        output.write(buffer.getvalue(), event=False)
        output.events += count
        return count

    return write


def _events(item: Input) -> Iterator[_Item]:
    """Yield the events of one input, and a message for each problem, in order."""
    try:
        if item.path is None:
            yield from _from_text(item.label, decode(read_stdin(-1)), None)
        elif item.path.lower().endswith(_LINES_SUFFIXES):
            with open(item.path, "rb") as fp:
                yield from _from_lines(item.label, fp)
        else:
            yield from _from_text(item.label, decode(_read(item.path)), item.path)
    except UnreadableError as exc:
        yield f"{item.label}: {exc}"
    except OSError as exc:
        yield f"{item.label}: cannot read: {exc.strerror or exc}"


def _read(path: str) -> bytes:
    """Read a JSON file whole, or a release within the size limit of one."""
    if path.lower().endswith(".json"):
        with open(path, "rb") as fp:
            return fp.read()
    return read_bytes(path)


def _from_text(label: str, text: str, path: str | None) -> Iterator[_Item]:
    """Yield a release's event, or (.json, or JSON on stdin) a document's, an array's or lines'."""
    is_json = path.lower().endswith(".json") if path else text.lstrip().startswith(("{", "["))
    if not is_json:
        try:
            yield parse_release(text, url=None if path is None else Path(path).resolve().as_uri())
        except ReleaseParseError as exc:
            yield f"{label}: {exc.reason}"
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several documents: JSON Lines
            yield from _from_lines(label, (line.encode() for line in text.splitlines()))
            return
        value = None
    except ValueError:
        value = None  # beyond the json module (deep nesting): loads below says what is wrong
    if isinstance(value, list):
        yield from (_element(label, element, index) for index, element in enumerate(value))
    else:
        yield _checked(label, text)


def _checked(label: str, text: str) -> _Item:
    """Return the event of one JSON document, or what is wrong with it."""
    try:
        return loads(text)
    except ValidationError as exc:
        return invalid_document(label, exc)


def _element(label: str, element: object, index: int) -> _Item:
    """Return the event of one element of a JSON array, or what is wrong with it."""
    try:
        return from_dict(element)
    except ValidationError as exc:
        return invalid_document(label, exc.under(f"$[{index}]"))


def _from_lines(label: str, lines: Iterable[bytes]) -> Iterator[_Item]:
    """Yield the events of JSON Lines, one per non-blank line; a bad line is one message."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            yield loads(raw)
        except ValidationError as exc:
            yield invalid_document(label, ValidationError(exc.errors, line=number))


def _summarise(output: Output, failed: int, total: int, bad_paths: int) -> None:
    parts = []
    if output.committed:
        records = f"{output.events} record{'s' * (output.events != 1)}"
        parts.append(f"wrote {records} to {output.target}")
    if failed:
        parts.append(f"{failed} of {total} inputs had problems")
    if bad_paths:
        parts.append(f"{bad_paths} path{'s' * (bad_paths > 1)} named no input")
    if parts:
        print("diplomev: " + "; ".join(parts), file=sys.stderr)
