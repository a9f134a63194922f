"""A progress bar on standard error, shown only to a person watching a long run.

It appears when standard error is a terminal and there are more than a
handful of releases; otherwise it is silent. tqdm draws it when installed
(``pip install 'diplomev[cli]'``); without tqdm a one-line counter does.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Protocol

#: Fewer releases than this finish before a bar would be worth reading.
HANDFUL = 8


class Progress(Protocol):
    """What the parse command needs of a progress display."""

    def advance(self) -> None:
        """Count one more release done."""

    def note(self, line: str) -> None:
        """Print ``line`` on standard error without garbling the bar."""

    def close(self) -> None:
        """Remove or finish the bar."""


def progress(total: int) -> Progress:
    """Return the display fit for ``total`` releases and the current standard error."""
    isatty = getattr(sys.stderr, "isatty", None)
    if total <= HANDFUL or isatty is None or not isatty():
        return _Silent()
    try:
        from tqdm import tqdm
    except ImportError:
        return _Counter(total)
    return _Tqdm(tqdm(total=total, unit="release", file=sys.stderr, dynamic_ncols=True))


class _Silent:
    def advance(self) -> None:
        pass

    def note(self, line: str) -> None:
        print(line, file=sys.stderr)

    def close(self) -> None:
        pass


class _Tqdm:
    def __init__(self, bar: Any) -> None:
        self._bar = bar

    def advance(self) -> None:
        self._bar.update(1)

    def note(self, line: str) -> None:
        self._bar.write(line, file=sys.stderr)

    def close(self) -> None:
        self._bar.close()


class _Counter:
    """``parsed 812/2000`` redrawn in place, at most ten times a second."""

    def __init__(self, total: int) -> None:
        self._total = total
        self._done = 0
        self._drawn = 0.0

    def advance(self) -> None:
        self._done += 1
        now = time.monotonic()
        if now - self._drawn >= 0.1 or self._done == self._total:
            self._drawn = now
            self._draw()

    def note(self, line: str) -> None:
        sys.stderr.write(f"\r\x1b[K{line}\n")
        self._draw()

    def close(self) -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()

    def _draw(self) -> None:
        sys.stderr.write(f"\rparsed {self._done}/{self._total}")
        sys.stderr.flush()
