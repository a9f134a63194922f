"""What every benchmark prints first: the machine, the Python, the libraries."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable

LIBRARIES = ("diplomev", "attrs", "cattrs", "python-dateutil", "pydantic", "msgspec", "orjson")


def print_environment() -> None:
    """Print the machine, the Python version and the versions of the libraries involved."""
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}")
    print(f"python:  {sys.version.split()[0]} ({platform.python_implementation()})")
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    print(f"libraries: {', '.join(versions)}")
    # Figures from two machines compare only beside a yardstick of their pure-Python speed.
    yardstick = best_of(lambda: sum(range(1000)), number=2000)
    print(f"yardstick: sum(range(1000)) in {yardstick:.1f} µs of pure Python")
    print()


def best_of(call: Callable[[], object], *, number: int, repeat: int = 5) -> float:
    """Return the best mean time of ``call`` in µs over ``repeat`` runs of ``number`` calls."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            call()
        runs.append((time.perf_counter() - start) / number)
    return min(runs) * 1e6


def percentile(values: list[float], fraction: float) -> float:
    """Return the value below which ``fraction`` of ``values`` lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def median(values: list[float]) -> float:
    """Return the median of ``values``."""
    return statistics.median(values)
