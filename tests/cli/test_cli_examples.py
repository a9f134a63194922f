"""The runnable examples of ``examples/`` run, and do what they say."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import diplomev
from tests.cli.cli_releases import CHINAMFA, MIDRU, NOT_A_RELEASE, STATEGOV, write

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_jsonl_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    example = _load("jsonl_round_trip")
    assert example.main([str(tmp_path / "events.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "read back 2 equal events" in out
    assert "a bad line is refused: line 3: [('$.date'," in out


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_dask_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str], scheduler: str) -> None:
    pytest.importorskip("dask.bag")
    example = _load("dask_corpus")
    releases = write(tmp_path / "in", {"a.txt": MIDRU, "b.txt": STATEGOV, "sub/c.txt": CHINAMFA})
    out = tmp_path / "out"
    argv = [str(releases), str(out), "--partitions", "2", "--scheduler", scheduler]
    assert example.main(argv) == 0
    parts = sorted(out.glob("part-*.jsonl"))
    assert [part.name for part in parts] == ["part-0.jsonl", "part-1.jsonl"]
    lines = [line for part in parts for line in part.read_text(encoding="utf-8").splitlines()]
    events = [diplomev.loads(line) for line in lines]
    urls = [json.loads(line)["source"]["url"].rsplit("/", 1)[-1] for line in lines]
    assert urls == ["a.txt", "b.txt", "c.txt"]
    assert events[0] == diplomev.parse_release(MIDRU, url=(releases / "a.txt").as_uri())
    assert capsys.readouterr().err == f"parsed 3 of 3 releases into {out}\n"


def test_dask_corpus_reports_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("dask.bag")
    example = _load("dask_corpus")
    releases = write(tmp_path / "in", {"a.txt": MIDRU, "notice.txt": NOT_A_RELEASE})
    assert example.main([str(releases), str(tmp_path / "out"), "--scheduler", "synchronous"]) == 1
    assert f"{releases / 'notice.txt'}: the text names no" in capsys.readouterr().err
