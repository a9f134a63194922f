"""``diplomev validate``: check JSON and JSON Lines files of events against the model.

Every problem is one line on standard output, ``file:line: $.path: message``,
and every problem of every document is reported. ``line`` is the line the
document starts on: its line in a JSON Lines file, the line of an element of
a JSON array, or where the text stops being JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from diplomev import ValidationError, loads
from diplomev._cli._failure import FAILED, OK
from diplomev._cli._inputs import Input, expand, read_stdin

_LINES_SUFFIXES = (".jsonl", ".ndjson")
_SUFFIXES = (".json", *_LINES_SUFFIXES)


class Problem(NamedTuple):
    """One thing wrong with a document."""

    line: int
    path: str
    message: str


class _Count:
    documents = 0
    problems = 0
    bad_documents = 0


def run(args: argparse.Namespace) -> int:
    """Check every file ``args.paths`` names; return the exit code."""
    found = expand(args.paths, _SUFFIXES)
    for problem in found.problems:
        print(problem, file=sys.stderr)
    count = _Count()
    unreadable = sum(not _check_input(item, count) for item in found.inputs)
    _summarise(count)
    failed = found.problems or unreadable or count.problems
    return FAILED if failed else OK


def _check_input(item: Input, count: _Count) -> bool:
    """Report the problems of one input; return whether it could be read at all."""
    try:
        for problems in _documents(item):
            count.documents += 1
            count.bad_documents += bool(problems)
            for problem in problems:
                count.problems += 1
                print(f"{item.label}:{problem.line}: {problem.path}: {problem.message}")
    except OSError as exc:
        print(f"{item.label}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True


def _documents(item: Input) -> Iterator[list[Problem]]:
    """Yield the problems of each document of ``item``, in order."""
    if item.path is None:
        yield from _documents_in_text(read_stdin(-1))
    elif item.path.lower().endswith(_LINES_SUFFIXES):
        with open(item.path, "rb") as fp:
            yield from _documents_in_lines(fp)
    else:
        with open(item.path, "rb") as fp:
            yield from _documents_in_text(fp.read())


def _documents_in_lines(lines: Iterable[bytes]) -> Iterator[list[Problem]]:
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            yield _problems(raw.rstrip(b"\r\n"), number)


def _documents_in_text(data: bytes) -> Iterator[list[Problem]]:
    """One document, an array of documents, or (when neither) JSON Lines."""
    text = _text(data)
    if text is None:
        yield _problems(data, 1)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            yield [_syntax(exc, 1)]
            return
        yield from _documents_in_lines(data.splitlines())
        return
    except ValueError:  # nesting or numbers beyond the json module: let loads say
        value = None
    if isinstance(value, list):
        yield from _array_elements(text)
    else:
        yield _problems(text, _first_line(text))


def _array_elements(text: str) -> Iterator[list[Problem]]:
    decoder = json.JSONDecoder()
    position = text.index("[") + 1
    line = text.count("\n", 0, position) + 1
    index = 0
    while True:
        start = _skip(text, position, " \t\r\n,")
        if text[start] == "]":
            return
        _, end = decoder.raw_decode(text, start)
        line += text.count("\n", position, start)
        yield [
            Problem(p.line, f"$[{index}]{p.path[1:]}", p.message)
            for p in _problems(text[start:end], line)
        ]
        line += text.count("\n", start, end)
        position, index = end, index + 1


def _skip(text: str, position: int, characters: str) -> int:
    while text[position] in characters:
        position += 1
    return position


def _problems(document: str | bytes, line: int) -> list[Problem]:
    """Every problem of one JSON document that starts on ``line``."""
    text = document if isinstance(document, str) else _text(document)
    if text is not None:
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            return [_syntax(exc, line)]
        except ValueError:
            pass
    try:
        loads(document)
    except ValidationError as exc:
        return [Problem(line, path, message) for path, message in exc.errors]
    return []


def _text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _syntax(exc: json.JSONDecodeError, line: int) -> Problem:
    return Problem(line + exc.lineno - 1, "$", f"invalid JSON at column {exc.colno}: {exc.msg}")


def _first_line(text: str) -> int:
    stripped = text.lstrip()
    return text.count("\n", 0, len(text) - len(stripped)) + 1


def _summarise(count: _Count) -> None:
    documents = f"{count.documents} document{'s' * (count.documents != 1)}"
    if count.problems:
        print(
            f"diplomev: {count.problems} problem{'s' * (count.problems != 1)} "
            f"in {count.bad_documents} of {documents}",
            file=sys.stderr,
        )
    else:
        print(f"diplomev: {documents} checked, no problems", file=sys.stderr)
