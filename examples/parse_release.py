"""Parse one press release and print its event as JSON.

Run it: ``python examples/parse_release.py examples/releases/midru_phone_call.txt``
"""

from __future__ import annotations

import sys
from pathlib import Path

import diplomev


def main(argv: list[str]) -> int:
    """Parse the release named by ``argv[1]`` and print the event's JSON."""
    if len(argv) != 2:
        print("usage: python examples/parse_release.py RELEASE.txt", file=sys.stderr)
        return 2
    path = Path(argv[1])
    try:
        text = path.read_text(encoding="utf-8")
        event = diplomev.parse_release(text, url=path.resolve().as_uri())
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{path}: cannot read: {exc}", file=sys.stderr)
        return 1
    except diplomev.ReleaseParseError as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 1
    print(diplomev.dumps(event, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
