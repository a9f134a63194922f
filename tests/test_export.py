"""PLOVER records and CAMEO rows: the seed event's, dyads, valid JSON and CSV for any event."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import runpy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomev import Agreement, Event, Participant, Proposal, Source, Span, _codes, strategies
from diplomev.export import CAMEO_COLUMNS, CameoRow, to_cameo_rows, to_plover, write_cameo_csv

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "build_event.py"
seed_event: Callable[[], Event] = runpy.run_path(str(EXAMPLE))["seed_event"]
DATA = _codes.load()
SEED_ID = "ev-853de8ac3e88a9ca"
LAVROV = {
    "code": "RUS",
    "actor_text": "Sergey Lavrov",
    "office": "Foreign Minister",
    "country": "RUS",
}
POMPEO = {
    "code": "USA",
    "actor_text": "Mike Pompeo",
    "office": "Secretary of State",
    "country": "USA",
}
CITE = {
    "url": None,
    "language": "en",
    "title": None,
    "publication": "midru",
    "codebook": "diplomev-plover-1.0",
}
TRICKY = 'say "yes", then\nno,\r\nand "more"'


def check_plover(record: dict[str, Any], event: Event) -> None:
    """A record has the PLOVER fields, valid codes, and survives JSON."""
    assert json.loads(json.dumps(record, allow_nan=False)) == record
    assert record["id"].startswith(event.id + "-")
    assert record["date"] == (None if event.date is None else event.date.isoformat())
    [kind] = record["event"]
    assert kind in DATA.plover
    assert set(record["mode"]) <= DATA.plover[kind].modes
    assert set(record["context"]) <= DATA.contexts
    assert record["quad_code"] == DATA.plover[kind].quad
    assert record["event_scale"] == DATA.plover[kind].intensity
    assert record["codebook_version"] == DATA.version
    assert set(record["cite_info"]) == {"url", "language", "title", "publication", "codebook"}
    for actor in record["actor"] + record["recipient"]:
        assert set(actor) == {"code", "actor_text", "office", "country"}
    assert record["text_info"] is None or set(record["text_info"]) == {"start", "end"}


def check_row(row: CameoRow) -> None:
    """A row's codes are in the CAMEO list and agree with each other."""
    assert row.event_code in DATA.goldstein
    assert row.event_base_code == row.event_code[:3]
    assert row.event_root_code == row.event_code[:2]
    assert row.goldstein_scale == DATA.goldstein[row.event_code]
    assert row.quad_class == DATA.roots[row.event_root_code].quad
    assert row.codebook_version == DATA.version
    assert len(row.values()) == len(CAMEO_COLUMNS)


def csv_round_trip(rows: list[CameoRow]) -> list[list[str]]:
    buffer = io.StringIO(newline="")
    assert write_cameo_csv(rows, buffer) == len(rows)
    return list(csv.reader(io.StringIO(buffer.getvalue(), newline="")))


def as_text(row: CameoRow) -> list[str]:
    return [str(value) for value in row.values()]


def test_the_seed_event_as_plover_records() -> None:
    event = seed_event()
    assert event.id == SEED_ID
    records = to_plover(event)
    for record in records:
        check_plover(record, event)
    assert [r["id"] for r in records] == [f"{SEED_ID}-{n}" for n in range(6)]
    assert records[0] == {
        "id": f"{SEED_ID}-0",
        "date": "2020-04-17",
        "actor": [LAVROV, POMPEO],
        "recipient": [],
        "event": ["CONSULT"],
        "mode": ["phone"],
        "context": ["diplomatic"],
        "quad_code": 1,
        "event_scale": 2.1,
        "event_text": [
            "Foreign Minister Sergey Lavrov's telephone conversation with "
            "US Secretary of State Mike Pompeo"
        ],
        "text_info": None,
        "cite_info": CITE,
        "codebook_version": "1.0",
        "diplomev": {"event_id": SEED_ID, "act": "phone_call", "record_id": SEED_ID},
    }
    summary = [
        (
            r["diplomev"]["act"],
            r["event"],
            [a["code"] for a in r["actor"]],
            [a["code"] for a in r["recipient"]],
            r["event_text"][0][:22],
        )
        for r in records[1:]
    ]
    assert summary == [
        ("proposal_reiterated", ["AGREE"], ["RUS"], ["USA"], "extend the New START T"),
        ("proposal_reiterated", ["AGREE"], ["RUS"], ["USA"], "resume the work of the"),
        ("proposal_reiterated", ["AGREE"], ["RUS"], ["USA"], "intensify the counter-"),
        ("agreement", ["AGREE"], ["RUS", "USA"], [], "intensify the Russian-"),
        ("agreement", ["AGREE"], ["RUS", "USA"], [], "cooperate closely in p"),
    ]
    assert all(r["event_scale"] == 4.2 and r["mode"] == [] for r in records[1:])


def test_the_seed_event_as_cameo_rows() -> None:
    rows = to_cameo_rows(seed_event())
    for row in rows:
        check_row(row)
    dyads = [(r.actor1_code, r.actor2_code, r.event_code, r.goldstein_scale, r.act) for r in rows]
    assert dyads == [
        ("RUS", "USA", "041", 1.0, "phone_call"),
        ("USA", "RUS", "041", 1.0, "phone_call"),
        ("RUS", "USA", "030", 4.0, "proposal_reiterated"),
        ("RUS", "USA", "030", 4.0, "proposal_reiterated"),
        ("RUS", "USA", "030", 4.0, "proposal_reiterated"),
        ("RUS", "USA", "030", 4.0, "agreement"),
        ("USA", "RUS", "030", 4.0, "agreement"),
        ("RUS", "USA", "030", 4.0, "agreement"),
        ("USA", "RUS", "030", 4.0, "agreement"),
    ]
    assert rows[0].as_dict() == {
        "SQLDATE": 20200417,
        "Actor1Code": "RUS",
        "Actor1Name": "Sergey Lavrov",
        "Actor1CountryCode": "RUS",
        "Actor2Code": "USA",
        "Actor2Name": "Mike Pompeo",
        "Actor2CountryCode": "USA",
        "EventCode": "041",
        "EventBaseCode": "041",
        "EventRootCode": "04",
        "QuadClass": 1,
        "GoldsteinScale": 1.0,
        "SOURCEURL": "",
        "DiplomevEventId": SEED_ID,
        "DiplomevAct": "phone_call",
        "DiplomevRecordId": SEED_ID,
        "DiplomevText": rows[0].text,
        "CodebookVersion": "1.0",
    }
    table = csv_round_trip(rows)
    assert table[0] == list(CAMEO_COLUMNS)
    assert table[1][:10] == ["20200417", "RUS", "Sergey Lavrov", "RUS", "USA", "Mike Pompeo",
                             "USA", "041", "041", "04"]  # fmt: skip


def test_quotes_commas_and_line_breaks_survive_csv() -> None:
    people = [
        Participant(id="a", name='Ivan "the Envoy", Jr.', country="RUS"),
        Participant(id="b", role="Minister,\nof Foreign Affairs", country="FRA"),
    ]
    event = Event(
        kind="meeting",
        title=TRICKY,
        participants=people,
        proposals=[Proposal(text=TRICKY, proposer="a")],
        source=Source(url="https://example.org/a?b=1,2"),
    )
    rows = to_cameo_rows(event)
    assert csv_round_trip(rows)[1:] == [as_text(row) for row in rows]
    assert TRICKY in csv_round_trip(rows)[3]


def test_plover_text_info_gives_the_offsets() -> None:
    people = [Participant(id="a", country="RUS"), Participant(id="b", country="CHN")]
    event = Event(
        kind="meeting",
        participants=people,
        agreements=[Agreement(text="continue contacts", parties=["a", "b"], span=Span(40, 57))],
    )
    assert to_plover(event)[1]["text_info"] == {"start": 40, "end": 57}


def three_sides(kind: str, initiator: str | None = None) -> Event:
    people = [
        Participant(id="lavrov", name="Sergey Lavrov", country="RUS"),
        Participant(id="wang", name="Wang Yi", country="CHN"),
        Participant(id="deputy", role="Deputy Foreign Minister", country="CHN"),
        Participant(id="guterres", name="Antonio Guterres", country="UN"),
    ]
    return Event(kind=kind, participants=people, initiator=initiator, date=dt.date(2023, 5, 1))


def test_a_contact_goes_both_ways_between_every_two_sides() -> None:
    rows = to_cameo_rows(three_sides("meeting"))
    pairs = [(r.actor1_code, r.actor2_code) for r in rows]
    assert pairs == [
        ("RUS", "CHN"), ("RUS", "IGOUNO"), ("CHN", "RUS"),
        ("CHN", "IGOUNO"), ("IGOUNO", "RUS"), ("IGOUNO", "CHN"),
    ]  # fmt: skip
    assert rows[1].actor2_country_code == ""  # an organisation has no country
    assert rows[2].actor1_name == "Wang Yi; Deputy Foreign Minister"
    assert {r.sql_date for r in rows} == {20230501}


def test_a_message_goes_from_its_sender() -> None:
    rows = to_cameo_rows(three_sides("message", initiator="wang"))
    assert [(r.actor1_code, r.actor2_code) for r in rows] == [("CHN", "RUS"), ("CHN", "IGOUNO")]
    record = to_plover(three_sides("message", initiator="wang"))[0]
    assert [a["actor_text"] for a in record["actor"]] == ["Wang Yi", None]
    assert [a["code"] for a in record["recipient"]] == ["RUS", "IGO"]
    # No sender known: the sides are taken to exchange messages.
    assert len(to_cameo_rows(three_sides("message"))) == 6


def test_a_call_goes_both_ways_whoever_placed_it() -> None:
    assert len(to_cameo_rows(three_sides("phone_call", initiator="wang"))) == 6


def test_acts_without_known_sides_keep_one_row_with_empty_actors() -> None:
    event = Event(
        kind="other",
        proposals=[Proposal(text="hold talks")],
        agreements=[Agreement(text="stay in touch")],
    )
    rows = to_cameo_rows(event)
    assert [(r.act, r.actor1_code, r.actor2_code, r.sql_date) for r in rows] == [
        ("other", "", "", None),
        ("proposal_made", "", "", None),
        ("agreement", "", "", None),
    ]
    assert csv_round_trip(rows)[1][0] == ""
    records = to_plover(event)
    assert [(r["actor"], r["recipient"], r["date"]) for r in records] == [([], [], None)] * 3


def test_a_participant_of_unknown_country_is_a_side_of_their_own() -> None:
    people = [Participant(id="x", name="A Envoy"), Participant(id="y", name="B", country="JPN")]
    rows = to_cameo_rows(Event(kind="phone_call", participants=people))
    assert [(r.actor1_code, r.actor1_name, r.actor2_code) for r in rows] == [
        ("", "A Envoy", "JPN"),
        ("JPN", "B", ""),
    ]
    assert to_plover(Event(kind="phone_call", participants=people))[0]["actor"][0]["code"] is None


def test_an_agreement_goes_between_its_parties_only() -> None:
    event = three_sides("meeting")
    event = Event(
        kind="meeting",
        participants=event.participants,
        agreements=[Agreement(text="meet again", parties=["lavrov", "wang"])],
    )
    rows = [r for r in to_cameo_rows(event) if r.act == "agreement"]
    assert [(r.actor1_code, r.actor2_code) for r in rows] == [("RUS", "CHN"), ("CHN", "RUS")]


@settings(max_examples=60, deadline=None)
@given(strategies.events())
def test_any_event_exports_valid_records_and_rows(event: Event) -> None:
    records = to_plover(event)
    assert len(records) == 1 + len(event.proposals) + len(event.agreements)
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        check_plover(record, event)
    rows = to_cameo_rows(event)
    assert len(rows) >= len(records)
    for row in rows:
        check_row(row)
    assert csv_round_trip(rows)[1:] == [as_text(row) for row in rows]


@settings(max_examples=40, deadline=None)
@given(st.text(), st.text())
def test_any_text_survives_the_csv(name: str, text: str) -> None:
    people = [Participant(id="a", name=name.strip() or "x", country="RUS")]
    event = Event(kind="meeting", participants=people, title=text.strip() or None)
    rows = to_cameo_rows(event)
    assert csv_round_trip(rows)[1:] == [as_text(row) for row in rows]
