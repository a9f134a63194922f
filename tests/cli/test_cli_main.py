"""The command as a whole: help, usage errors, schema, --debug, ``python -m``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import diplomev
from diplomev._cli import _schema, main
from tests.cli.cli_releases import MIDRU, write

SRC = str(Path(diplomev.__file__).parent.parent)


@pytest.mark.parametrize("command", ["parse", "validate", "schema", "show"])
def test_every_subcommand_has_help_with_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: diplomev {command}")
    assert "example" in out
    assert f"  diplomev {command}" in out


def test_top_level_help_lists_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "exit codes" in out
    assert all(command in out for command in ("parse", "validate", "schema", "show"))


@pytest.mark.parametrize(
    "argv", [[], ["frobnicate"], ["parse"], ["parse", "--format", "xml", "x"], ["show"]]
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage: diplomev" in capsys.readouterr().err


def test_schema_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == diplomev.json_schema()


def test_unexpected_errors_are_one_line_unless_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> dict[str, object]:
        raise RuntimeError("the schema went missing")

    monkeypatch.setattr(_schema, "json_schema", broken)
    assert main(["schema"]) == 1
    assert capsys.readouterr().err == (
        "diplomev: error: RuntimeError: the schema went missing (--debug shows the traceback)\n"
    )
    assert main(["--debug", "schema"]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err
    assert main(["schema", "--debug"]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_signal_handlers_are_restored(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    assert main(["parse", str(corpus)]) == 0
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run(
        [sys.executable, "-m", "diplomev", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
        check=False,
    )


def test_python_dash_m(tmp_path: Path) -> None:
    write(tmp_path, {"call.txt": MIDRU})
    done = _run("parse", "call.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert diplomev.loads(done.stdout).kind == diplomev.EventKind.PHONE_CALL
    missing = _run("show", "nope.txt", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr == "nope.txt: cannot read: No such file or directory\n"
