"""Accuracy of the parser on the real releases of ``../shared/corpus/dev``.

Runs the corpus' own scorer against the installed diplomev and prints its
table (per publisher and overall). Extra arguments go to the scorer, e.g.
``--file seed-001`` or ``-v``. Run: ``python benchmarks/accuracy.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "score.py"

TARGETS = (
    "kind >= 0.90, date >= 0.95, participants_f1 >= 0.92, country >= 0.95, "
    "proposals_f1 >= 0.75, agreements_f1 >= 0.80, 0 crashes, 0 invented"
)


def main(argv: list[str]) -> int:
    """Run the scorer and print its figures with the targets."""
    if not SCORER.is_file():
        print(f"no corpus scorer at {SCORER}: nothing to measure")
        return 0
    print(f"targets: {TARGETS}")
    return subprocess.run([sys.executable, str(SCORER), *argv], check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
