"""Stopping a parse early: by signal, Ctrl-C, or an unexpected error, never a half file."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

import diplomev
from diplomev._cli import _parse, _work, main
from diplomev._cli._inputs import Input
from diplomev._cli._work import Outcome
from tests.cli.cli_releases import MIDRU, write


def _stop_at(monkeypatch: pytest.MonkeyPatch, call: int, stop: object) -> None:
    """Make the ``call``-th release parsed run ``stop()`` first."""
    calls = []

    def parse_one(item: Input, indent: int | None = None) -> Outcome:
        calls.append(item)
        if len(calls) == call:
            stop()  # type: ignore[operator]
        return _work.parse_one(item, indent)

    monkeypatch.setattr(_parse, "parse_one", parse_one)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write(tmp_path / "c", {f"r{i}.txt": MIDRU for i in range(5)})


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_keeps_what_was_parsed_as_partial(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    signum: signal.Signals,
    code: int,
) -> None:
    _stop_at(monkeypatch, 3, lambda: os.kill(os.getpid(), signum))
    out = tmp_path / "events.jsonl"
    assert main(["parse", str(folder), "-o", str(out)]) == code
    assert not out.exists()
    partial = tmp_path / "events.jsonl.partial"
    with partial.open(encoding="utf-8") as fp:
        assert len(list(diplomev.load_jsonl(fp))) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "events.jsonl.partial"]
    err = capsys.readouterr().err
    assert err == (
        f"diplomev: interrupted by {signum.name} after 2 of 5 releases; the 2 events parsed "
        f"so far are in {partial} (incomplete); {out} was not written\n"
    )


def test_signal_before_any_event_leaves_no_file(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _stop_at(monkeypatch, 1, lambda: os.kill(os.getpid(), signal.SIGTERM))
    out = tmp_path / "events.jsonl"
    assert main(["parse", str(folder), "-o", str(out)]) == 143
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c"]
    assert f"no events written; {out} was not written" in capsys.readouterr().err


def test_keyboard_interrupt_to_stdout_says_what_was_printed(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupt() -> None:
        raise KeyboardInterrupt

    _stop_at(monkeypatch, 4, interrupt)
    assert main(["parse", str(folder)]) == 130
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 3
    assert "after 3 of 5 releases; 3 events written to standard output" in err


def test_an_unexpected_error_keeps_the_partial_and_is_one_line(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def disk_full() -> None:
        raise OSError(28, "No space left on device")

    _stop_at(monkeypatch, 3, disk_full)
    out = tmp_path / "events.jsonl"
    assert main(["parse", str(folder), "-o", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"diplomev: stopped after 2 of 5 releases; the 2 events parsed so far are in {out}.partial"
        " (incomplete)",
        "diplomev: error: OSError: [Errno 28] No space left on device"
        " (--debug shows the traceback)",
    ]


def test_a_parser_bug_costs_one_release_and_debug_shows_its_traceback(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = diplomev.parse_release

    def buggy(text: str, *, url: str | None = None) -> diplomev.Event:
        if url and url.endswith("r2.txt"):
            raise RuntimeError("a bug")
        return real(text, url=url)

    monkeypatch.setattr(_work, "parse_release", buggy)
    assert main(["parse", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 4
    assert f"{folder / 'r2.txt'}: internal error: RuntimeError: a bug\n" in err
    assert "Traceback" not in err
    assert main(["parse", "--debug", str(folder)]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err
