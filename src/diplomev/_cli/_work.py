"""Parsing one release, in the main process or a worker: a path in, a JSON text or a reason out.

Everything here is a module-level function of picklable arguments, with no
state, so ``multiprocessing`` can run it in any worker.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import NamedTuple

from diplomev import ReleaseParseError, dumps, parse_release
from diplomev._cli._inputs import MAX_RELEASE_BYTES, Input


class Outcome(NamedTuple):
    """What became of one release: its event's JSON text, or why there is none."""

    label: str
    #: The event as JSON text (one line unless pretty-printed), or ``None``.
    json: str | None
    #: Why the release gave no event, for a person, or ``None``.
    error: str | None = None
    #: The traceback of an unexpected error, shown only with ``--debug``.
    trace: str | None = None


class UnreadableError(Exception):
    """A file that cannot be read as the text of a release."""


def parse_one(release: Input, indent: int | None = None) -> Outcome:
    """Read and parse ``release``; never raise for anything the input holds."""
    try:
        data = release.data if release.data is not None else read_bytes(release.path)
        event = parse_release(decode(data), url=_url(release.path))
        return Outcome(release.label, dumps(event, indent=indent))
    except UnreadableError as exc:
        return Outcome(release.label, None, str(exc))
    except ReleaseParseError as exc:
        return Outcome(release.label, None, exc.reason)
    except Exception as exc:  # a parser bug must cost one release, not the batch
        reason = f"internal error: {type(exc).__name__}: {exc}"
        return Outcome(release.label, None, reason, traceback.format_exc())


def read_bytes(path: str | None) -> bytes:
    """Return the bytes of the file at ``path``, refusing one too large to be a release."""
    if path is None:
        raise UnreadableError("nothing to read")
    try:
        with open(path, "rb") as fp:
            data = fp.read(MAX_RELEASE_BYTES + 1)
    except IsADirectoryError:
        raise UnreadableError("is a directory, not a release file") from None
    except OSError as exc:
        raise UnreadableError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_RELEASE_BYTES:
        raise UnreadableError(f"larger than {MAX_RELEASE_BYTES:,} bytes; not one release")
    return data


def decode(data: bytes) -> str:
    """Return ``data`` as UTF-8 text, or say where it is not."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableError(f"not UTF-8 text (invalid byte at offset {exc.start})") from None


def _url(path: str | None) -> str | None:
    # The file's own URI is the only provenance a local release has; it lets
    # a reader of the JSONL go back from an event to its file.
    return None if path is None else Path(path).resolve().as_uri()
