"""The progress bar: only for a person watching a long run."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from diplomev._cli import main
from tests.cli.cli_releases import MIDRU, write


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _err() -> str:
    stream = sys.stderr
    assert isinstance(stream, _Terminal)
    return stream.getvalue()


@pytest.fixture
def many(tmp_path: Path) -> Path:
    return write(tmp_path / "c", {f"r{i:02d}.txt": MIDRU for i in range(12)})


def test_silent_when_stderr_is_not_a_terminal(
    many: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(many)]) == 0
    assert capsys.readouterr().err == ""


def test_silent_for_a_handful_of_files_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(tmp_path, {"a.txt": MIDRU, "b.txt": MIDRU})
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert main(["parse", str(folder)]) == 0
    assert _err() == ""


def test_a_bar_on_a_terminal(
    many: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert main(["parse", str(many)]) == 0
    assert "12/12" in _err()
    assert len(capsys.readouterr().out.splitlines()) == 12


def test_a_counter_without_tqdm(
    many: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setattr(sys, "stderr", _Terminal())
    (many / "r05.txt").write_text("not a release", encoding="utf-8")
    assert main(["parse", str(many)]) == 1
    err = _err()
    assert "parsed 12/12" in err
    assert f"\r\x1b[K{many / 'r05.txt'}: " in err
