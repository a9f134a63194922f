"""The ``diplomev`` command: ``parse``, ``validate``, ``schema``, ``show`` and ``export``.

``main(argv)`` runs one command line and returns its exit code, so tests and
other programs call it without a subprocess:

- 0: everything went well;
- 1: some input failed (each failure said on standard error), or an
  unexpected error (one line, or its traceback with ``--debug``);
- 2: the command line is wrong (argparse's own convention);
- 130 or 143: stopped by SIGINT or SIGTERM.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from diplomev._cli import _export, _parse, _schema, _show, _validate
from diplomev._cli._args import build_parser
from diplomev._cli._failure import FAILED, INTERRUPTED, CliError, SignalError

__all__ = ["main"]

_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "parse": _parse.run,
    "validate": _validate.run,
    "schema": _schema.run,
    "show": _show.run,
    "export": _export.run,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (``sys.argv[1:]`` by default); return the exit code."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse already reported
        return exc.code if isinstance(exc.code, int) else FAILED
    try:
        return _COMMANDS[args.command](args)
    except CliError as exc:
        print(f"{exc.message}", file=sys.stderr)
        return exc.code
    except (KeyboardInterrupt, SignalError) as exc:
        print("diplomev: interrupted", file=sys.stderr)
        return exc.code if isinstance(exc, SignalError) else INTERRUPTED
    except BrokenPipeError:
        return _broken_pipe()
    except Exception as exc:
        return _unexpected(exc, args.debug)


def _unexpected(exc: Exception, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    else:
        print(
            f"diplomev: error: {type(exc).__name__}: {exc} (--debug shows the traceback)",
            file=sys.stderr,
        )
    return FAILED


def _broken_pipe() -> int:
    # The reader went away (`diplomev parse dir | head`): nothing more to say.
    # Point stdout at /dev/null so the interpreter's final flush does not fail too.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return FAILED
