"""Ordered, bounded parallel map."""

from __future__ import annotations

import time

import pytest

from diplomev._cli._pool import ordered_map


def _slow_square(n: int) -> int:
    if n % 7 == 0:
        time.sleep(0.01)  # a slow item must not reorder the results
    return n * n


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_follow_input_order(jobs: int) -> None:
    assert list(ordered_map(_slow_square, range(200), jobs)) == [n * n for n in range(200)]


def test_stopping_early_leaves_no_worker_behind() -> None:
    results = ordered_map(_slow_square, iter(range(10_000)), 2)
    assert [next(results) for _ in range(5)] == [0, 1, 4, 9, 16]
    results.close()  # type: ignore[attr-defined]  # must not hang on the blocked feeder


def test_an_empty_input() -> None:
    assert list(ordered_map(_slow_square, [], 2)) == []
