"""Releases written for the project, each with the event it must give, field by field.

Each ``NAME.txt`` has a ``NAME.json`` beside it, in the shape of the gold
annotations: ``kind``, ``date``, ``participants`` (name, role, country),
``initiator`` (a country code), ``proposals`` (by, text) and ``agreements``
(parties, text). Only the fields a file gives are compared, texts exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import diplomev
from diplomev import Event

ROOT = Path(__file__).resolve().parents[2]
PINNED = sorted(
    [
        *(ROOT / "examples" / "releases").glob("*.txt"),
        *(Path(__file__).parent / "releases").glob("*.txt"),
    ]
)


def country(event: Event, pid: str | None) -> str | None:
    by_id = {p.id: p.country for p in event.participants}
    return None if pid is None else by_id[pid]


def observed(event: Event) -> dict[str, Any]:
    return {
        "kind": event.kind.value,
        "date": event.date.isoformat() if event.date else None,
        "participants": sorted(
            (p.name or "", p.role or "", p.country or "") for p in event.participants
        ),
        "initiator": country(event, event.initiator),
        "proposals": sorted((country(event, p.proposer) or "", p.text) for p in event.proposals),
        "agreements": sorted(
            (tuple(sorted(country(event, x) or "" for x in a.parties)), a.text)
            for a in event.agreements
        ),
    }


def expected(gold: dict[str, Any]) -> dict[str, Any]:
    fields = {
        "kind": gold.get("kind"),
        "date": gold.get("date"),
        "participants": sorted(
            (p["name"] or "", p["role"] or "", p["country"] or "")
            for p in gold.get("participants", ())
        ),
        "initiator": gold.get("initiator"),
        "proposals": sorted((p["by"] or "", p["text"]) for p in gold.get("proposals", ())),
        "agreements": sorted(
            (tuple(sorted(a["parties"])), a["text"]) for a in gold.get("agreements", ())
        ),
    }
    return {key: value for key, value in fields.items() if key in gold}


@pytest.mark.parametrize("path", PINNED, ids=lambda p: p.stem)
def test_release_gives_its_pinned_event(path: Path) -> None:
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    event = diplomev.parse_release(path.read_text(encoding="utf-8"))
    want = expected(gold)
    got = {key: value for key, value in observed(event).items() if key in want}
    assert got == want
