"""SIGINT and SIGTERM as an exception, so a run can stop cleanly wherever it is."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from diplomev._cli._failure import SignalError

_STOPPING = (signal.SIGINT, signal.SIGTERM)


class _State:
    """Whether raising is held back, and the signal that came meanwhile."""

    deferring = False
    pending: int | None = None


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise :class:`SignalError`.

    Outside the main thread, where Python cannot set handlers, this does
    nothing (Ctrl-C still raises ``KeyboardInterrupt`` there).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, _on_signal) for number in _STOPPING}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold a stopping signal back until the block ends, so the block runs to completion."""
    _State.deferring, _State.pending = True, None
    try:
        yield
    finally:
        _State.deferring = False
    pending = _pending()
    if pending is not None:
        _raise(pending)


def _pending() -> int | None:
    # A function, so type checkers do not take the value set above for granted.
    return _State.pending


def _on_signal(number: int, frame: FrameType | None) -> None:
    if _State.deferring:
        _State.pending = number
    else:
        _raise(number)


def _raise(number: int) -> None:
    raise SignalError(signal.Signals(number).name, 128 + number)
