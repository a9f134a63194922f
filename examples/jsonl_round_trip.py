"""Write events to a JSON Lines file, read them back, and see a bad line reported.

JSON Lines (one event a line) is what ``diplomev parse`` writes for a corpus
and what other tools read line by line. Both directions stream: writing takes
any iterable, reading yields one event at a time.

Run it: ``python examples/jsonl_round_trip.py [OUT.jsonl]``
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

import diplomev
from diplomev import Agreement, Event, EventKind, Participant


def events() -> list[Event]:
    """Return two small events built in code."""
    wang = Participant(id="wang-yi", name="Wang Yi", role="Foreign Minister", country="CHN")
    mutua = Participant(id="alfred-mutua", name="Alfred Mutua", country="KEN")
    meeting = Event(
        kind=EventKind.MEETING,
        date=dt.date(2023, 5, 12),
        participants=(wang, mutua),
        agreements=(
            Agreement(
                parties=(wang.id, mutua.id), text="strengthen coordination on regional issues"
            ),
        ),
    )
    call = Event(kind=EventKind.PHONE_CALL, date=dt.date(2023, 6, 1), participants=(wang,))
    return [meeting, call]


def round_trip(path: Path) -> list[Event]:
    """Write the events to ``path`` as JSON Lines and read them back."""
    with path.open("w", encoding="utf-8") as fp:
        written = diplomev.dump_jsonl(events(), fp)
    print(f"wrote {written} events to {path}")
    with path.open(encoding="utf-8") as fp:
        return list(diplomev.load_jsonl(fp))


def bad_line(path: Path) -> diplomev.ValidationError:
    """Append a line breaking the model and return the error reading it gives."""
    with path.open("a", encoding="utf-8") as fp:
        fp.write('{"schema_version": "1.0", "kind": "meeting", "date": "12 May"}\n')
    try:
        with path.open(encoding="utf-8") as fp:
            list(diplomev.load_jsonl(fp))
    except diplomev.ValidationError as exc:
        return exc
    raise AssertionError("the bad line was accepted")


def main(argv: list[str] | None = None) -> int:
    """Run the round trip in ``argv[0]`` (a temporary file by default)."""
    args = sys.argv[1:] if argv is None else argv
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(args[0]) if args else Path(scratch) / "events.jsonl"
        read = round_trip(path)
        assert read == events(), "the events read back differ from those written"
        print(f"read back {len(read)} equal events: {', '.join(event.id for event in read)}")
        error = bad_line(path)
        print(f"a bad line is refused: line {error.line}: {error.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
