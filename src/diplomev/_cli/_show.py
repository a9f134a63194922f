"""``diplomev show``: the human summary of a release, or of the events of a JSON file."""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Iterator

from diplomev import (
    Event,
    ReleaseParseError,
    ValidationError,
    from_dict,
    load_jsonl,
    loads,
    parse_release,
)
from diplomev._cli._failure import OK, CliError, invalid_document
from diplomev._cli._inputs import STDIN_LABEL, read_stdin
from diplomev._cli._summary import summary
from diplomev._cli._work import UnreadableError, decode, read_bytes

_JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")


def run(args: argparse.Namespace) -> int:
    """Print the summary of each event ``args.path`` holds; return the exit code."""
    label = STDIN_LABEL if args.path == "-" else args.path
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    try:
        text = decode(read_stdin() if args.path == "-" else read_bytes(args.path))
        events = list(_events(args.path, text))
    except UnreadableError as exc:
        raise CliError(f"{label}: {exc}") from None
    except ReleaseParseError as exc:
        raise CliError(f"{label}: {exc.reason}") from None
    except ValidationError as exc:
        raise CliError(invalid_document(label, exc)) from None
    print(("\n" + "─" * min(width, 40) + "\n\n").join(summary(e, width) for e in events), end="")
    return OK


def _events(path: str, text: str) -> Iterator[Event]:
    """Yield the events of a JSON document, array or JSON Lines; else parse a release."""
    stripped = text.lstrip()
    if not (path.lower().endswith(_JSON_SUFFIXES) or stripped.startswith(("{", "["))):
        yield parse_release(text)
        return
    value: object = None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several documents: JSON Lines
            yield from load_jsonl(text.splitlines())
            return
    except ValueError:
        pass  # let loads below describe it
    if isinstance(value, list):
        yield from _elements(value)
    else:
        yield loads(text)


def _elements(values: list[object]) -> Iterator[Event]:
    for index, value in enumerate(values):
        try:
            yield from_dict(value)
        except ValidationError as exc:
            raise exc.under(f"$[{index}]") from None
