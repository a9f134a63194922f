"""Parse a folder of releases with Dask into JSON Lines partitions.

Each worker reads and parses its own files: only paths travel to the
workers, only JSON text comes back, so the pattern scales from a laptop's
processes to a cluster (give ``dask.distributed`` a ``Client`` instead of a
local scheduler). Releases that cannot be parsed are reported, not fatal.

Run it (``pip install 'diplomev[dask]'``)::

    python examples/dask_corpus.py RELEASES_DIR OUT_DIR --partitions 8

It writes ``OUT_DIR/part-0.jsonl``, ``part-1.jsonl``, ... and lists the
failures on standard error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# Dask's API is only partly typed; "unused-ignore" keeps mypy quiet where it is not installed.
import dask.bag as db  # type: ignore[import-not-found, unused-ignore]
from dask.base import compute  # type: ignore[import-not-found, unused-ignore]

import diplomev


def parse_file(path: str) -> dict[str, str]:
    """Parse one release file into ``{"json": ...}`` or ``{"error": "path: reason"}``.

    A plain module-level function of a path: Dask pickles it to the workers.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
        event = diplomev.parse_release(text, url=Path(path).resolve().as_uri())
    except (OSError, UnicodeDecodeError) as exc:
        return {"error": f"{path}: cannot read: {exc}"}
    except diplomev.ReleaseParseError as exc:
        return {"error": f"{path}: {exc.reason}"}
    return {"json": diplomev.dumps(event)}


def parse_corpus(
    releases: Path, out: Path, *, partitions: int = 4, scheduler: str = "processes"
) -> tuple[int, list[str]]:
    """Parse every ``*.txt`` under ``releases`` into ``out/part-N.jsonl``.

    Returns the number of files read and the failures. ``scheduler`` is
    ``"processes"``, ``"threads"`` or ``"synchronous"`` (for debugging).
    """
    paths = sorted(str(path) for path in releases.rglob("*.txt") if path.is_file())
    if not paths:
        return 0, []
    bag = db.from_sequence(paths, npartitions=min(partitions, len(paths)))  # type: ignore[no-untyped-call, unused-ignore]
    parsed = bag.map(parse_file)
    events = parsed.filter(lambda result: "json" in result).pluck("json")
    failures = parsed.filter(lambda result: "error" in result).pluck("error")
    out.mkdir(parents=True, exist_ok=True)
    writes = events.to_textfiles(str(out / "part-*.jsonl"), compute=False, last_endline=True)
    # One compute for both, so each release is parsed once.
    _, errors = compute(writes, failures, scheduler=scheduler)  # type: ignore[no-untyped-call, unused-ignore]
    return len(paths), list(errors)


def main(argv: list[str] | None = None) -> int:
    """Parse the folder named on the command line; return 1 if any release failed."""
    parser = argparse.ArgumentParser(description="Parse a folder of releases with Dask.")
    parser.add_argument("releases", type=Path, help="folder walked for *.txt")
    parser.add_argument("out", type=Path, help="folder for the part-N.jsonl files")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument(
        "--scheduler", choices=("processes", "threads", "synchronous"), default="processes"
    )
    args = parser.parse_args(argv)
    total, errors = parse_corpus(
        args.releases, args.out, partitions=args.partitions, scheduler=args.scheduler
    )
    for error in errors:
        print(error, file=sys.stderr)
    print(f"parsed {total - len(errors)} of {total} releases into {args.out}", file=sys.stderr)
    return 1 if errors or not total else 0


if __name__ == "__main__":
    sys.exit(main())
