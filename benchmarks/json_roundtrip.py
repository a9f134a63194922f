"""JSON speed: dumps, loads and round trip of a realistic event, beside pydantic v2 and msgspec.

The event is the seed (2 participants, 3 proposals, 2 agreements, a
reference, topics and a source). pydantic and msgspec read the same document
into equivalent models with the same rules (see ``_equivalents.py``). The
"reordered" row reads the document with its keys in another order, which
diplomev's fast reader leaves to its strict reader (the converter).
Run: ``python benchmarks/json_roundtrip.py`` (needs ``pip install pydantic msgspec``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import msgspec

import diplomev

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "examples")]

from _equivalents import MEvent, PEvent  # noqa: E402
from _report import best_of, print_environment  # noqa: E402
from build_event import seed_event  # noqa: E402

NUMBER = 5_000


def measure() -> dict[str, dict[str, float]]:
    """Return µs per call of dumps, loads and round trip for each library."""
    event = seed_event()
    text = diplomev.dumps(event)
    # The same document, its keys in another order: the fast reader leaves it to the converter.
    reordered = json.dumps(dict(reversed(diplomev.to_dict(event).items())))
    pyd = PEvent.model_validate_json(text)
    msg = msgspec.json.decode(text, type=MEvent)
    decoder, encoder = msgspec.json.Decoder(MEvent), msgspec.json.Encoder()
    assert diplomev.loads(text) == diplomev.loads(reordered) == event
    cases = {
        "diplomev": (lambda: diplomev.dumps(event), lambda: diplomev.loads(text)),
        "  reordered": (lambda: diplomev.dumps(event), lambda: diplomev.loads(reordered)),
        "pydantic v2": (pyd.model_dump_json, lambda: PEvent.model_validate_json(text)),
        "msgspec": (lambda: encoder.encode(msg), lambda: decoder.decode(text)),
    }
    results = {}
    for name, (dump, load) in cases.items():
        dumps_us = best_of(dump, number=NUMBER)
        loads_us = best_of(load, number=NUMBER)
        results[name] = {"dumps": dumps_us, "loads": loads_us, "round trip": dumps_us + loads_us}
    return results


def main() -> None:
    """Print the figures and the ratios to pydantic and msgspec."""
    print_environment()
    results = measure()
    print(f"{'µs per call':<14}{'dumps':>10}{'loads':>10}{'round trip':>12}")
    for name, row in results.items():
        print(f"{name:<14}{row['dumps']:>10.1f}{row['loads']:>10.1f}{row['round trip']:>12.1f}")
    ours = results["diplomev"]["round trip"]
    print()
    for other, target in (("pydantic v2", 1.0), ("msgspec", 2.0)):
        ratio = ours / results[other]["round trip"]
        verdict = "met" if ratio <= target else "NOT met"
        print(f"round trip diplomev / {other}: {ratio:.2f} (target <= {target}: {verdict})")


if __name__ == "__main__":
    main()
