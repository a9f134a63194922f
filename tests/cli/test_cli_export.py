"""``diplomev export``: releases and event files to PLOVER JSON Lines or CAMEO CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

import diplomev
from diplomev._cli import main
from diplomev.export import CAMEO_COLUMNS
from tests.cli.cli_releases import CHINAMFA, MIDRU, NOT_A_RELEASE, STATEGOV, write


def plover_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: diplomev export")
    assert "  diplomev export --to plover" in out
    assert main(["--help"]) == 0
    assert "export" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["export", "x.txt"], ["export", "--to", "xml", "x.txt"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage: diplomev export" in capsys.readouterr().err


def test_a_release_to_plover(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, {"call.txt": MIDRU}) / "call.txt"
    assert main(["export", "--to", "plover", str(path)]) == 0
    records = plover_lines(capsys.readouterr().out)
    event = diplomev.parse_release(MIDRU, url=path.resolve().as_uri())
    assert records == diplomev.export.to_plover(event)
    assert records[0]["event"] == ["CONSULT"]
    assert records[0]["mode"] == ["phone"]
    assert {r["codebook_version"] for r in records} == {"1.0"}


def test_a_folder_and_an_event_file_to_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(tmp_path / "in", {"a.txt": STATEGOV, "b/c.txt": CHINAMFA})
    events = write(tmp_path, {"e.json": diplomev.dumps(diplomev.parse_release(MIDRU))})
    out = tmp_path / "events.csv"
    argv = ["export", "--to", "cameo-csv", str(folder), str(events / "e.json"), "-o", str(out)]
    assert main(argv) == 0
    rows = csv_rows(out.read_text(encoding="utf-8"))
    assert rows[0] == list(CAMEO_COLUMNS)
    assert {row[1] for row in rows[1:]} >= {"USA", "BRA", "CHN", "KEN", "RUS", "NOR"}
    assert {row[-1] for row in rows[1:]} == {"1.0"}
    assert capsys.readouterr().err == f"diplomev: wrote {len(rows) - 1} records to {out}\n"


def test_bad_inputs_are_reported_and_the_rest_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = diplomev.dumps(diplomev.parse_release(CHINAMFA))
    files = write(
        tmp_path,
        {
            "notice.txt": NOT_A_RELEASE,
            "lines.jsonl": f'{good}\n{{"kind": "dinner"}}\n\n{good}\n',
            "array.json": f'[{good}, {{"kind": "meeting", "extra": 1}}]',
            "broken.json": "{",
        },
    )
    argv = ["export", "--to", "plover", str(files), str(tmp_path / "missing.txt")]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert len(plover_lines(captured.out)) == 3 * 2  # three good events, two records each
    err = captured.err.splitlines()
    assert f"{files / 'notice.txt'}: the text names no" in captured.err
    assert f"{files / 'lines.jsonl'}:2: $.kind: " in captured.err
    assert any(line.startswith(f"{files / 'array.json'}: $[1].") for line in err)
    assert any(line.startswith(f"{files / 'broken.json'}: $: ") for line in err)
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in err
    assert err[-1] == "diplomev: 4 of 4 inputs had problems; 1 path named no input"


def test_json_on_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    event = diplomev.parse_release(STATEGOV)
    monkeypatch.setattr("sys.stdin", io.StringIO(diplomev.dumps(event, indent=2)))
    assert main(["export", "--to", "cameo-csv", "-"]) == 0
    rows = csv_rows(capsys.readouterr().out)
    assert [row[1:3] for row in rows[1:3]] == [
        ["USA", "Antony J. Blinken"],
        ["BRA", "Mauro Vieira"],
    ]


def test_a_release_on_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(MIDRU))
    assert main(["export", "--to", "plover", "-"]) == 0
    assert plover_lines(capsys.readouterr().out)[0]["cite_info"]["url"] is None


def test_nothing_to_read_leaves_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.csv"
    assert main(["export", "--to", "cameo-csv", str(tmp_path / "nope"), "-o", str(out)]) == 1
    assert not out.exists()
    assert capsys.readouterr().err == f"{tmp_path / 'nope'}: no such file or directory\n"
