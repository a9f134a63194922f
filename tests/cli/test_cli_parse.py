"""``diplomev parse``: formats, order, bad inputs, -o, --jobs."""

from __future__ import annotations

import errno
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

import diplomev
from diplomev._cli import _work, main
from tests.cli.cli_releases import CHINAMFA, MIDRU, NOT_A_RELEASE, STATEGOV, write


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def _urls(events: list[dict[str, object]]) -> list[str]:
    return [str(event["source"]["url"]).rsplit("/", 1)[-1] for event in events]  # type: ignore[index]


def test_one_release_prints_a_pretty_json_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, {"call.txt": MIDRU}) / "call.txt"
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")
    event = diplomev.loads(out)
    assert event == diplomev.parse_release(MIDRU, url=path.resolve().as_uri())


def test_a_directory_gives_json_lines_in_sorted_order(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(corpus)]) == 0
    events = _lines(capsys.readouterr().out)
    # Files of a folder come before its subfolders', each in sorted order.
    assert _urls(events) == ["midru.txt", "stategov.txt", "chinamfa.txt"]
    assert all(diplomev.from_dict(event) for event in events)


def test_format_jsonl_makes_one_file_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, {"call.txt": MIDRU}) / "call.txt"
    assert main(["parse", "--format", "jsonl", str(path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_format_json_makes_several_releases_an_array(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", "--format", "json", str(corpus)]) == 0
    events = json.loads(capsys.readouterr().out)
    assert _urls(events) == ["midru.txt", "stategov.txt", "chinamfa.txt"]


def test_format_json_of_no_events_is_an_empty_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(tmp_path, {"notice.txt": NOT_A_RELEASE})
    assert main(["parse", "--format", "json", str(folder)]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(STATEGOV))
    assert main(["parse", "-"]) == 0
    assert diplomev.loads(capsys.readouterr().out) == diplomev.parse_release(STATEGOV)


def test_an_unparseable_release_amid_good_ones_is_reported_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(tmp_path, {"a.txt": MIDRU, "b.txt": NOT_A_RELEASE, "c.txt": CHINAMFA})
    assert main(["parse", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert _urls(_lines(out)) == ["a.txt", "c.txt"]
    assert f"{folder / 'b.txt'}: the text names no diplomatic contact" in err
    assert "1 of 3 releases could not be parsed" in err


def test_a_missing_file_is_reported_and_the_rest_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, {"a.txt": MIDRU}) / "a.txt"
    missing = tmp_path / "missing.txt"
    assert main(["parse", str(missing), str(good)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert f"{missing}: no such file or directory" in err


def test_a_directory_with_no_releases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write(tmp_path / "empty", {"notes.md": "nothing here"})
    assert main(["parse", str(folder), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert f"{folder}: no *.txt files in this directory" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe\x00binary", "not utf-8 text (invalid byte at offset 0)"),
        (b"", "empty"),
    ],
)
def test_unreadable_files_are_reported_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    folder = write(tmp_path, {"bad.txt": content, "good.txt": MIDRU})
    assert main(["parse", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert f"{folder / 'bad.txt'}: " in err
    assert reason in err.lower()


def test_a_directory_named_like_a_release_is_walked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(tmp_path, {"odd.txt/inner.txt": MIDRU})
    assert main(["parse", str(folder)]) == 0
    assert _urls(_lines(capsys.readouterr().out)) == ["inner.txt"]


def test_a_file_that_is_not_readable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, {"locked.txt": MIDRU}) / "locked.txt"

    def refuse(file: str, *args: Any, **kwargs: Any) -> Any:
        # File modes do not stop root, so the refusal is made here, as the OS would.
        raise PermissionError(errno.EACCES, "Permission denied", file)

    monkeypatch.setattr(_work, "open", refuse, raising=False)
    assert main(["parse", str(path)]) == 1
    assert f"{path}: cannot read: Permission denied" in capsys.readouterr().err


def test_output_file_is_written_whole(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    out.write_text("old contents\n")
    assert main(["parse", str(corpus), "-o", str(out)]) == 0
    with out.open(encoding="utf-8") as fp:
        events: list[diplomev.Event] = list(diplomev.load_jsonl(fp))
    assert len(events) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "events.jsonl"]
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_output_summary_on_stderr(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.jsonl"
    assert main(["parse", str(corpus), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"diplomev: wrote 3 events to {out}\n"


def test_output_into_a_directory_that_does_not_exist(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "events.jsonl"
    assert main(["parse", str(corpus), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"diplomev: cannot write {out}: no directory {out.parent}\n"
    assert not out.parent.exists()


def test_output_onto_a_directory(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(corpus), "-o", str(corpus)]) == 2
    assert "it is a directory" in capsys.readouterr().err


def test_one_failed_release_writes_no_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, {"notice.txt": NOT_A_RELEASE}) / "notice.txt"
    assert main(["parse", str(path), "-o", str(tmp_path / "event.json")]) == 1
    assert not (tmp_path / "event.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notice.txt"]


def test_jobs_keep_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = [MIDRU, STATEGOV, CHINAMFA, NOT_A_RELEASE]
    folder = write(tmp_path / "c", {f"r{i:03d}.txt": texts[i % 4] for i in range(90)})
    assert main(["parse", str(folder)]) == 1
    serial = capsys.readouterr()
    assert main(["parse", "--jobs", "2", str(folder)]) == 1
    parallel = capsys.readouterr()
    assert parallel.out == serial.out
    assert parallel.err == serial.err
    expected = [f"r{i:03d}.txt" for i in range(90) if i % 4 != 3]
    assert _urls(_lines(parallel.out)) == expected


def test_jobs_zero_means_one_per_cpu(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--jobs", "0", str(corpus)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


@pytest.mark.parametrize("jobs", ["-1", "two"])
def test_bad_jobs_is_a_usage_error(
    corpus: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    assert main(["parse", "--jobs", jobs, str(corpus)]) == 2
    assert "--jobs" in capsys.readouterr().err
