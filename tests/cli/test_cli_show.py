"""``diplomev show``: the summary a person reads at a glance."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import diplomev
from diplomev import Agreement, Event, Participant, Proposal, Reference
from diplomev._cli import main
from diplomev._cli._summary import summary
from tests.cli.cli_releases import CHINAMFA, MIDRU, NOT_A_RELEASE, write


def test_show_a_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, {"call.txt": MIDRU}) / "call.txt"
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Phone call, 14 February 2022\n")
    assert "Initiator  Anniken Huitfeldt (NOR)\n" in out
    assert "\nParticipants\n  Sergey Lavrov      Foreign Minister              RUS\n" in out
    assert "\nProposals\n  1.  Sergey Lavrov  holding the next meeting" in out
    assert "\nAgreements\n  1.  Sergey Lavrov, Anniken Huitfeldt  continue contacts" in out


def test_show_a_json_file_and_a_jsonl_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = [diplomev.parse_release(MIDRU), diplomev.parse_release(CHINAMFA)]
    write(tmp_path, {"one.json": diplomev.dumps(events[0], indent=2)})
    write(tmp_path, {"two.jsonl": "".join(diplomev.dumps(e) + "\n" for e in events)})
    assert main(["show", str(tmp_path / "one.json")]) == 0
    one = capsys.readouterr().out
    assert one.startswith("Phone call, 14 February 2022")
    assert main(["show", str(tmp_path / "two.jsonl")]) == 0
    two = capsys.readouterr().out
    assert "Phone call, 14 February 2022" in two
    assert "Meeting, 12 May 2023" in two


def test_show_a_json_array_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    array = json.dumps([diplomev.to_dict(diplomev.parse_release(CHINAMFA))])
    monkeypatch.setattr("sys.stdin", io.StringIO(array))
    assert main(["show", "-"]) == 0
    assert capsys.readouterr().out.startswith("Meeting, 12 May 2023")


def test_show_bad_inputs_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = write(
        tmp_path,
        {"notice.txt": NOT_A_RELEASE, "bad.json": '{"kind": "dinner", "extra": 1}', "x.json": "{"},
    )
    assert main(["show", str(files / "notice.txt")]) == 1
    assert capsys.readouterr().err.startswith(f"{files / 'notice.txt'}: the text names no")
    assert main(["show", str(files / "bad.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"{files / 'bad.json'}: $.")
    assert "diplomev validate" in err
    assert main(["show", str(files / "x.json")]) == 1
    assert capsys.readouterr().err.startswith(f"{files / 'x.json'}: $: invalid JSON")
    assert main(["show", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: cannot read: No such file or directory" in capsys.readouterr().err


def test_summary_of_an_event_built_in_code() -> None:
    lavrov = Participant(id="l", name="Sergey Lavrov", role="Foreign Minister", country="RUS")
    un = Participant(id="un", role="Secretary-General", country="UN")
    event = Event(
        kind="meeting",
        participants=[lavrov, un],
        initiator="un",
        proposals=[Proposal(text="convene a conference " * 8, proposer="l"), Proposal(text="x")],
        agreements=[Agreement(text="keep in touch", parties=["l", "un"])],
        references=[Reference(kind="phone_call", text="their call in May")],
    )
    text = summary(event, width=60)
    assert text.startswith("Meeting, date not stated\n")
    assert "Initiator  Secretary-General (UN)" in text
    assert "  2.  (who: not stated)  x" in text
    # Too little room right of the parties: the text goes below them.
    assert "  1.  Sergey Lavrov, Secretary-General\n      keep in touch\n" in text
    assert "  phone call    their call in May" in text
    assert all(len(line) <= 60 for line in text.splitlines() if "ev-" not in line)
