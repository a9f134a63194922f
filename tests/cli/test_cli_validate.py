"""``diplomev validate``: every problem, as ``file:line: $.path: message``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import diplomev
from diplomev._cli import main
from tests.cli.cli_releases import CHINAMFA, MIDRU, write


def _good() -> dict[str, object]:
    return diplomev.to_dict(diplomev.parse_release(MIDRU))


def _bad() -> dict[str, object]:
    event = _good()
    event["date"] = "soon"
    event["participants"][1]["country"] = "XXX"  # type: ignore[index]
    event["extra"] = 1
    return event


def test_valid_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = [diplomev.parse_release(MIDRU), diplomev.parse_release(CHINAMFA)]
    path = tmp_path / "events.jsonl"
    with path.open("w", encoding="utf-8") as fp:
        diplomev.dump_jsonl(good, fp)
    assert main(["validate", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "diplomev: 2 documents checked, no problems\n"


def test_every_problem_of_every_line_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json.dumps(_good()), "", json.dumps(_bad()), '{"kind": "meeting",', json.dumps(_bad())]
    path = write(tmp_path, {"events.jsonl": "\n".join(lines) + "\n"}) / "events.jsonl"
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    bad = [f"$.date: {_message('date')}", f"$.participants[1].country: {_message('country')}"]
    bad.append("$.extra: unknown key")
    assert out.splitlines() == [
        *(f"{path}:3: {problem}" for problem in bad),
        f"{path}:4: $: invalid JSON at column 20: "
        "Expecting property name enclosed in double quotes",
        *(f"{path}:5: {problem}" for problem in bad),
    ]
    assert err == "diplomev: 7 problems in 3 of 4 documents\n"


def _message(field: str) -> str:
    """The library's own message for the problem ``_bad`` puts in ``field``."""
    try:
        diplomev.from_dict(_bad())
    except diplomev.ValidationError as exc:
        return next(message for path, message in exc.errors if path.endswith(field))
    raise AssertionError("not invalid")


def test_a_json_document_reports_the_line_it_starts_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, {"event.json": "\n\n" + json.dumps(_bad(), indent=2)}) / "event.json"
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path}:3: $.date: {_message('date')}"
    assert len(out) == 3


def test_a_json_array_reports_each_element_with_its_index_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps([_good(), _bad()], indent=2)
    second = [n for n, line in enumerate(text.splitlines(), start=1) if line == "  {"][1]
    path = write(tmp_path, {"events.json": text}) / "events.json"
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:{second}: $[1].date: {_message('date')}",
        f"{path}:{second}: $[1].participants[1].country: {_message('country')}",
        f"{path}:{second}: $[1].extra: unknown key",
    ]


def test_invalid_json_reports_where_it_breaks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, {"event.json": '{\n  "kind": "meeting"\n  "date": 1\n}'}) / "event.json"
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out == (
        f"{path}:3: $: invalid JSON at column 3: Expecting ',' delimiter\n"
    )


def test_duplicate_keys_and_invalid_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = (
        write(
            tmp_path,
            {"events.jsonl": b'{"kind": "meeting", "kind": "meeting"}\n{"kind": "\xff"}\n'},
        )
        / "events.jsonl"
    )
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{path}:1: $.kind: key given more than once" in out
    assert f"{path}:2: $: invalid UTF-8 at byte 10" in out


def test_a_json_file_holding_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = json.dumps(_good()) + "\n" + json.dumps(_bad()) + "\n"
    path = write(tmp_path, {"events.json": text}) / "events.json"
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out.startswith(f"{path}:2: $.date: ")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(_bad(), indent=2)))
    assert main(["validate", "-"]) == 1
    assert capsys.readouterr().out.startswith("<stdin>:1: $.date: ")


def test_a_directory_is_walked_for_json_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(
        tmp_path / "d",
        {"a.json": json.dumps(_good()), "b/c.jsonl": json.dumps(_bad()), "notes.txt": "x"},
    )
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{folder / 'b' / 'c.jsonl'}:1: $.date: ")


def test_missing_file_and_empty_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["validate", str(tmp_path / "nope.json"), str(empty)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'nope.json'}: no such file or directory" in err
    assert f"{empty}: no *.json or *.jsonl or *.ndjson files in this directory" in err


def test_an_empty_json_file_is_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, {"event.json": ""}) / "event.json"
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out == f"{path}:1: $: invalid JSON at column 1: Expecting value\n"
