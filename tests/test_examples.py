"""The scripts in examples/ run and do what they say."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

import pytest

import diplomev

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_build_event_round_trips_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(EXAMPLES / "build_event.py"), run_name="__main__")
    out = capsys.readouterr().out
    document, _, last = out.rpartition("}\n")
    event = diplomev.loads(document + "}")
    assert len(event.participants) == 2
    assert len(event.proposals) == 3
    assert len(event.agreements) == 2
    assert last.startswith(f"round trip ok: {event.id}")


def test_parse_release_prints_the_event(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    release = EXAMPLES / "releases" / "midru_phone_call.txt"
    monkeypatch.setattr(sys, "argv", ["parse_release.py", str(release)])
    with pytest.raises(SystemExit) as exit_:
        runpy.run_path(str(EXAMPLES / "parse_release.py"), run_name="__main__")
    assert exit_.value.code == 0
    data = json.loads(capsys.readouterr().out)
    event = diplomev.from_dict(data)
    assert event.kind is diplomev.EventKind.PHONE_CALL
    assert [p.country for p in event.participants] == ["RUS", "FIN"]


def test_parse_release_reports_a_missing_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "argv", ["parse_release.py", str(tmp_path / "none.txt")])
    with pytest.raises(SystemExit) as exit_:
        runpy.run_path(str(EXAMPLES / "parse_release.py"), run_name="__main__")
    assert exit_.value.code == 1
    assert "cannot read" in capsys.readouterr().err
