"""Running a function over releases in order, in this process or in worker processes.

With workers, at most a fixed window of releases is in flight at once: the
pool's feeder thread waits for results to be taken before it sends more, so
memory stays flat however long the input, and however slow one release is.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Releases sent to a worker at a time: enough to make the cost of a round
#: trip small next to parsing them (a few hundred microseconds each).
CHUNKSIZE = 16


def ordered_map(work: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """Yield ``work(item)`` for each item, in the order of ``items``, using ``jobs`` processes."""
    if jobs <= 1:
        yield from map(work, items)
        return
    window = _Window(items, size=jobs * CHUNKSIZE * 4)
    with multiprocessing.Pool(jobs, initializer=_worker_signals) as pool:
        try:
            for result in pool.imap(work, window.feed(), CHUNKSIZE):
                window.taken()
                yield result
        finally:
            # Unblock the feeder thread first: terminating the pool joins it.
            window.close()


class _Window(Generic[T]):
    """A bound on the items handed out but not yet taken back as results."""

    def __init__(self, items: Iterable[T], size: int) -> None:
        self._items = items
        self._room = threading.Semaphore(size)
        self._closed = False

    def feed(self) -> Iterator[T]:
        """Yield the items, waiting whenever the window is full."""
        for item in self._items:
            self._room.acquire()
            if self._closed:
                return
            yield item

    def taken(self) -> None:
        """Note that one result was taken, making room for one more item."""
        self._room.release()

    def close(self) -> None:
        """Stop feeding, waking the feeder if it waits."""
        self._closed = True
        self._room.release()


def _worker_signals() -> None:
    # Ctrl-C reaches the whole process group; only the main process acts on
    # it (stopping the pool), so workers print no tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
