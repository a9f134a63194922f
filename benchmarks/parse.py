"""Parser speed: per-release latency, throughput, first call, import time, cost per KB.

Reads the releases of ``../shared/corpus/dev`` (the text below each ``---``),
or the project's own pinned releases when the corpus is absent.
Run: ``python benchmarks/parse.py``.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import diplomev

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _report import median, percentile, print_environment  # noqa: E402

CORPUS = HERE.parents[1] / "shared" / "corpus" / "dev"
OWN = [HERE.parent / "examples" / "releases", HERE.parent / "tests" / "parser" / "releases"]
TARGET_P50_US = 300
TARGET_IMPORT_MS = 120


def releases() -> tuple[str, list[str]]:
    """Return where the releases come from, and their texts."""
    if CORPUS.is_dir():
        paths = sorted(CORPUS.glob("*.txt"))
        return str(CORPUS), [p.read_text("utf-8").partition("\n---\n")[2] for p in paths]
    paths = sorted(p for folder in OWN for p in folder.glob("*.txt"))
    return "the project's own releases", [p.read_text("utf-8") for p in paths]


def parse(text: str) -> None:
    """Parse one text; a refusal is a result like any other."""
    with contextlib.suppress(diplomev.ReleaseParseError):
        diplomev.parse_release(text)


def latencies(texts: list[str], rounds: int = 5) -> list[float]:
    """Return each release's best time over ``rounds``, in µs."""
    best = [float("inf")] * len(texts)
    for _ in range(rounds):
        for index, text in enumerate(texts):
            start = time.perf_counter()
            parse(text)
            best[index] = min(best[index], time.perf_counter() - start)
    return [seconds * 1e6 for seconds in best]


def fresh_process_ms(code: str, runs: int = 7) -> float:
    """Return the median wall time in ms of ``python -c code`` in a new process.

    The modules' bytecode is cached, as an installed package has it: a first,
    untimed run writes the cache even where the environment says not to
    (``PYTHONDONTWRITEBYTECODE``), which would otherwise time the compiler.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def cost_per_kb(texts: list[str]) -> dict[int, float]:
    """Return µs per KB of parsing one long text built from the releases, at 10 KB and 1 MB."""
    joined = "\n\n".join(texts)
    costs = {}
    for size in (10_000, 1_000_000):
        text = (joined * (size // len(joined) + 1))[:size]
        start = time.perf_counter()
        parse(text)
        costs[size] = (time.perf_counter() - start) * 1e6 / (size / 1000)
    return costs


def main() -> None:
    """Print every figure with its target."""
    print_environment()
    where, texts = releases()
    print(f"releases: {len(texts)} from {where}")
    interpreter = fresh_process_ms("pass")
    imported = fresh_process_ms("import diplomev")
    first = fresh_process_ms(
        f"import diplomev\ntry: diplomev.parse_release({texts[0]!r})\nexcept Exception: pass"
    )
    for text in texts:  # warm up: lexicons load and patterns compile once per process
        parse(text)
    times = latencies(texts)
    p50, p99 = median(times), percentile(times, 0.99)
    print(f"parse p50 {p50:.0f} µs (target <= {TARGET_P50_US}), p99 {p99:.0f} µs")
    print(f"throughput {1e6 / statistics.mean(times):.0f} releases/s on one core")
    print(
        f"import diplomev {imported:.0f} ms with the interpreter's start "
        f"({interpreter:.0f} ms alone; target <= {TARGET_IMPORT_MS})"
    )
    print(f"first call (import + first parse, fresh process) {first:.0f} ms")
    costs = cost_per_kb(texts)
    growth = costs[1_000_000] / costs[10_000]
    print(
        f"cost per KB: {costs[10_000]:.0f} µs at 10 KB, {costs[1_000_000]:.0f} µs at 1 MB "
        f"(growth {growth:.1f}x, target <= 3x)"
    )


if __name__ == "__main__":
    main()
