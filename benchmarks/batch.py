"""Batch speed and memory: the CLI over 20,000 releases with --jobs 1 and --jobs 2.

The releases are the dev corpus (or the project's own releases) copied and
varied (a number woven into each text) into a temporary directory. Peak RSS
is sampled from /proc for the whole process tree (the main process and its
workers). Run: ``python benchmarks/batch.py [COUNT]``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _report import print_environment  # noqa: E402
from parse import releases  # noqa: E402

TARGET_SPEEDUP = 1.7
TARGET_RSS_MB = 150


def make_corpus(folder: Path, count: int) -> None:
    """Write ``count`` varied copies of the releases into ``folder``, 1,000 to a subfolder."""
    _, texts = releases()
    for number in range(count):
        text = texts[number % len(texts)]
        sub = folder / f"part-{number // 1000:03d}"
        sub.mkdir(exist_ok=True)
        varied = text.replace(" the ", f" the {number % 97} ", 1) if number >= len(texts) else text
        (sub / f"release-{number:06d}.txt").write_text(varied, encoding="utf-8")


def tree_rss_kb(pid: int) -> tuple[int, int]:
    """Return the summed and the largest RSS in KB of ``pid`` and its descendants."""
    sizes = []
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        rss = next(
            (line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")), "0"
        )
        sizes.append(int(rss))
        pending.extend(int(child) for child in children)
    return sum(sizes), max(sizes, default=0)


def run(folder: Path, out: Path, jobs: int) -> tuple[float, int, int]:
    """Run the CLI; return seconds, peak summed RSS and peak single-process RSS in KB."""
    command = [
        sys.executable,
        "-m",
        "diplomev",
        "parse",
        str(folder),
        "-o",
        str(out),
        f"--jobs={jobs}",
    ]
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    peak_sum = peak_one = 0
    while process.poll() is None:
        total, largest = tree_rss_kb(process.pid)
        peak_sum, peak_one = max(peak_sum, total), max(peak_one, largest)
        time.sleep(0.05)
    return time.perf_counter() - start, peak_sum, peak_one


def main(argv: list[str]) -> None:
    """Build the corpus, run both job counts and print the figures with their targets."""
    count = int(argv[0]) if argv else 20_000
    print_environment()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        make_corpus(folder, count)
        rates = {}
        for jobs in (1, 2):
            seconds, peak_sum, peak_one = run(folder, Path(tmp) / f"out-{jobs}.jsonl", jobs)
            rates[jobs] = count / seconds
            print(
                f"--jobs {jobs}: {rates[jobs]:.0f} releases/s over {count:,} releases; peak RSS "
                f"{peak_one / 1024:.0f} MB per process, {peak_sum / 1024:.0f} MB for all "
                f"(target < {TARGET_RSS_MB} MB)"
            )
        speedup = rates[2] / rates[1]
        print(f"--jobs 2 / --jobs 1: {speedup:.2f}x (target >= {TARGET_SPEEDUP}x)")


if __name__ == "__main__":
    main(sys.argv[1:])
