"""The one way a subcommand stops early: a message for a person and an exit code."""

from __future__ import annotations

from diplomev._errors import ValidationError

#: Exit codes of every subcommand.
OK = 0
FAILED = 1
USAGE = 2
#: 128 plus the signal's number, as shells report a process a signal ended.
INTERRUPTED = 130


class CliError(Exception):
    """Stops the command: ``main`` prints ``message`` on one line and returns ``code``."""

    def __init__(self, message: str, code: int = FAILED) -> None:
        self.message = message
        self.code = code
        super().__init__(message)


class SignalError(BaseException):
    """Raised in the main process when SIGINT or SIGTERM arrives.

    A ``BaseException``, like ``KeyboardInterrupt``, so that no handler of
    ordinary errors (such as the one keeping a batch going past a parser bug)
    swallows it.
    """

    def __init__(self, signal_name: str, code: int) -> None:
        self.signal_name = signal_name
        self.code = code
        super().__init__(signal_name)


def invalid_document(label: str, exc: ValidationError) -> str:
    """Describe an invalid document on one line: its first problem, and how to see the rest."""
    where = f"{label}:{exc.line}" if exc.line is not None else label
    path, message = exc.errors[0]
    more = len(exc.errors) - 1
    rest = f" (and {more} more; `diplomev validate {label}` lists them)" if more else ""
    return f"{where}: {path}: {message}{rest}"
