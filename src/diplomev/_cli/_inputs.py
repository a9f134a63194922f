"""Turning PATH arguments into the releases to read, in a stable order.

A file is one release, ``-`` is standard input, and a directory is walked
recursively for ``*.txt`` files, directories and files each in sorted order,
so the same tree always gives the same order.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from typing import NamedTuple

#: The most bytes read of one file: four per character of the longest release
#: the parser accepts. A larger file is refused without reading it all.
MAX_RELEASE_BYTES = 8_000_000

STDIN_LABEL = "<stdin>"


class Input(NamedTuple):
    """One file to read, or standard input; picklable, so it can go to a worker process."""

    #: What messages call it: the path as the walk found it, or ``<stdin>``.
    label: str
    #: The file to read, or ``None`` when ``data`` is already read.
    path: str | None
    #: The bytes of standard input, or ``None`` for a file.
    data: bytes | None = None


class Expanded(NamedTuple):
    """The releases named by the arguments, and the arguments that named none."""

    inputs: list[Input]
    problems: list[str]


def expand(args: Sequence[str], suffixes: tuple[str, ...] = (".txt",)) -> Expanded:
    """Return the inputs ``args`` name, and a ``path: reason`` line for each bad argument.

    A directory contributes its files whose names end with one of ``suffixes``
    (compared in lower case).

    Only paths are held, never texts, so the list stays small next to the
    corpus; standard input (``path`` ``None``) is left for the caller to read.
    Whether a file can be read is found out when it is read, by whoever
    parses it.
    """
    inputs: list[Input] = []
    problems: list[str] = []
    for arg in args:
        if arg == "-":
            inputs.append(Input(STDIN_LABEL, None))
        elif os.path.isdir(arg):
            found = list(_walk(arg, suffixes, problems))
            if not found:
                wanted = " or ".join(f"*{suffix}" for suffix in suffixes)
                problems.append(f"{arg}: no {wanted} files in this directory")
            inputs.extend(found)
        elif os.path.lexists(arg):
            inputs.append(Input(arg, arg))
        else:
            problems.append(f"{arg}: no such file or directory")
    return Expanded(inputs, problems)


def _walk(top: str, suffixes: tuple[str, ...], problems: list[str]) -> Iterator[Input]:
    def unlistable(exc: OSError) -> None:
        problems.append(f"{exc.filename}: cannot list: {exc.strerror or exc}")

    for folder, dirnames, filenames in os.walk(top, onerror=unlistable):
        dirnames.sort()
        for name in sorted(filenames):
            if name.lower().endswith(suffixes):
                path = os.path.join(folder, name)
                yield Input(path, path)


def read_stdin(limit: int = MAX_RELEASE_BYTES + 1) -> bytes:
    """Read standard input's bytes, at most ``limit`` of them (``-1``: all)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream put in place of stdin, as tests do
        return sys.stdin.read(limit).encode("utf-8")
    data: bytes = buffer.read(limit)
    return data
