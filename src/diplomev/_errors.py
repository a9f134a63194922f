"""The one error hierarchy of diplomev.

Every error the library raises on purpose is a :class:`DiplomevError`, and each
also subclasses the builtin a caller would expect (``ValueError``), so code
written against plain Python still catches it.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["DiplomevError", "ReleaseParseError", "ValidationError"]


class DiplomevError(Exception):
    """Base class of every error diplomev raises on purpose."""


class ValidationError(DiplomevError, ValueError):
    """A record or a document breaks the model's rules.

    Every problem found is reported at once. ``errors`` lists them as
    ``(path, message)`` pairs, the path in JSONPath form from the document's
    root (``$.participants[1].country``). ``line`` is the 1-based line of a
    JSON Lines input the problems come from, or ``None``.

    >>> err = ValidationError([("$.date", "expected an ISO 8601 date")])
    >>> err.errors
    [('$.date', 'expected an ISO 8601 date')]
    >>> print(err)
    $.date: expected an ISO 8601 date
    """

    errors: list[tuple[str, str]]
    line: int | None

    def __init__(self, errors: Iterable[tuple[str, str]], *, line: int | None = None) -> None:
        self.errors = list(errors)
        self.line = line
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return "\n".join(f"{where}{path}: {message}" for path, message in self.errors)

    def __reduce__(self) -> tuple[object, ...]:
        # Keep the structured errors when the exception crosses a process
        # boundary (multiprocessing workers pickle what they raise).
        return (_rebuild_validation_error, (self.errors, self.line))

    def under(self, prefix: str) -> ValidationError:
        """Return the same problems with their paths moved below ``prefix``.

        >>> ValidationError([("$.country", "unknown code")]).under("$.participants[0]").errors
        [('$.participants[0].country', 'unknown code')]
        """
        moved = [
            (prefix + path[1:] if path.startswith("$") else path, msg) for path, msg in self.errors
        ]
        return ValidationError(moved, line=self.line)


def _rebuild_validation_error(errors: list[tuple[str, str]], line: int | None) -> ValidationError:
    return ValidationError(errors, line=line)


class ReleaseParseError(DiplomevError, ValueError):
    """The text given to :func:`diplomev.parse_release` is not a release about a diplomatic contact.

    ``reason`` says why, in words meant for a person.
    """

    reason: str

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.reason,))
