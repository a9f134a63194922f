"""The JSON contract: round trips, strictness, and every problem with its path."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomev
from diplomev import (
    Agreement,
    Event,
    Participant,
    Proposal,
    Reference,
    Source,
    Span,
    ValidationError,
    strategies,
)

RECORD_STRATEGIES: list[tuple[type[Any], st.SearchStrategy[Any]]] = [
    (Event, strategies.events()),
    (Participant, strategies.participants()),
    (Proposal, strategies.proposals()),
    (Agreement, strategies.agreements()),
    (Reference, strategies.references()),
    (Source, strategies.sources()),
    (Span, strategies.spans()),
]


def document() -> dict[str, Any]:
    """A small valid event document to break in tests."""
    return {
        "schema_version": "1.0",
        "kind": "phone_call",
        "date": "2020-04-17",
        "published": "2020-04-17T19:58:00+03:00",
        "participants": [
            {"id": "lavrov", "name": "Sergey Lavrov", "country": "RUS"},
            {"id": "pompeo", "name": "Mike Pompeo", "country": "USA"},
        ],
        "proposals": [{"text": "extend the treaty", "proposer": "lavrov", "status": "made"}],
    }


def problems(data: Any, cls: type[Any] = Event) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as exc:
        diplomev.from_dict(data, cls)
    return exc.value.errors


def problem_paths(data: Any, cls: type[Any] = Event) -> list[str]:
    return [path for path, _ in problems(data, cls)]


@pytest.mark.parametrize(("cls", "strategy"), RECORD_STRATEGIES)
@given(data=st.data())
def test_round_trips(cls: type[Any], strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    record = data.draw(strategy)
    assert diplomev.loads(diplomev.dumps(record), cls) == record
    assert diplomev.from_dict(diplomev.to_dict(record), cls) == record


@given(strategies.events())
def test_a_document_is_plain_json_and_starts_with_its_schema_version(event: Event) -> None:
    data = diplomev.to_dict(event)
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == diplomev.SCHEMA_VERSION
    assert json.loads(json.dumps(data)) == data


def test_a_valid_document_loads() -> None:
    event = diplomev.from_dict(document())
    assert event.published == dt.datetime(2020, 4, 17, 16, 58, tzinfo=dt.UTC)
    assert event.proposals[0].proposer == "lavrov"


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d.pop("kind"), "$.kind"),
        (lambda d: d.update(kind="summit"), "$.kind"),
        (lambda d: d.update(colour="red"), "$.colour"),
        (lambda d: d.update({"odd key": 1}), "$['odd key']"),
        (lambda d: d.update(date="17/04/2020"), "$.date"),
        (lambda d: d.update(date="2020-02-30"), "$.date"),
        (lambda d: d.update(published="2020-04-17T19:58:00"), "$.published"),
        (lambda d: d.update(title=5), "$.title"),
        (lambda d: d.update(topics="Syria"), "$.topics"),
        (lambda d: d.update(topics=["Syria", 3]), "$.topics[1]"),
        (lambda d: d["participants"][1].update(country="XXX"), "$.participants[1].country"),
        (lambda d: d["participants"][1].pop("id"), "$.participants[1].id"),
        (lambda d: d["participants"][0].update(nmae="x"), "$.participants[0].nmae"),
        (lambda d: d["participants"].append("lavrov"), "$.participants[2]"),
        (lambda d: d["proposals"][0].update(proposer="ghost"), "$.proposals[0].proposer"),
        (
            lambda d: d["proposals"][0].update(span={"start": 4, "end": 2}),
            "$.proposals[0].span.end",
        ),
        (
            lambda d: d["proposals"][0].update(span={"start": "4", "end": 9}),
            "$.proposals[0].span.start",
        ),
        (lambda d: d.update(schema_version="2.0"), "$.schema_version"),
        (lambda d: d.pop("schema_version"), "$.schema_version"),
        (lambda d: d.update(source=[]), "$.source"),
        (lambda d: d.update(participants=None), "$.participants"),
    ],
)
def test_mutations_are_reported_at_their_path(mutate: Any, path: str) -> None:
    data = document()
    mutate(data)
    assert path in problem_paths(data)


def test_every_problem_of_a_document_is_reported_at_once() -> None:
    data = document()
    data["kind"] = 7
    data["participants"][0]["country"] = "Russia"
    data["participants"][1]["name"] = 5
    data["extra"] = True
    assert problem_paths(data) == [
        "$.kind",
        "$.participants[0].country",
        "$.participants[1].name",
        "$.extra",
    ]


def test_no_coercion_between_types() -> None:
    assert problem_paths({"start": 1.0, "end": True}, Span) == ["$.start", "$.end"]
    assert problem_paths({"id": "x", "name": 12}, Participant) == ["$.name"]
    assert problem_paths({"text": "x", "parties": "ab"}, Agreement) == ["$.parties"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[1, 2",
        "NaN",
        '{"schema_version": "1.0", "kind": "other", "date": NaN}',
        "1" * 5000,
        "[" * 100_000 + "]" * 100_000,
        b"\xff\xfe{}",
    ],
)
def test_text_that_is_not_a_valid_document_is_a_validation_error(text: str | bytes) -> None:
    with pytest.raises(ValidationError) as exc:
        diplomev.loads(text)
    assert exc.value.errors[0][0].startswith("$")


def test_duplicate_keys_are_reported_not_silently_dropped() -> None:
    text = '{"schema_version": "1.0", "kind": "other", "kind": "meeting"}'
    assert problem_paths_of_text(text) == ["$.kind"]


def problem_paths_of_text(text: str) -> list[str]:
    with pytest.raises(ValidationError) as exc:
        diplomev.loads(text)
    return [path for path, _ in exc.value.errors]


def test_invalid_json_names_the_place() -> None:
    with pytest.raises(ValidationError) as exc:
        diplomev.loads('{\n  "kind": "other",\n  oops\n}')
    assert "line 3" in exc.value.errors[0][1]


@given(strategies.events(), st.data())
def test_a_retyped_value_is_reported_at_its_key(event: Event, data: st.DataObject) -> None:
    doc = diplomev.to_dict(event)
    key = data.draw(st.sampled_from(sorted(doc)))
    broken = copy.deepcopy(doc)
    broken[key] = {"not": "valid"}
    paths = problem_paths(broken)
    assert paths
    assert all(p == f"$.{key}" or p.startswith(f"$.{key}.") for p in paths)


def test_jsonl_streams_and_names_the_bad_line() -> None:
    events = [Event(kind="meeting", title=f"Talks {n}") for n in range(3)]
    buffer = io.StringIO()
    assert diplomev.dump_jsonl(iter(events), buffer) == 3
    text = buffer.getvalue()
    assert text.count("\n") == 3
    assert list(diplomev.load_jsonl(io.StringIO(text + "\n"))) == events
    bad = text.replace('"meeting"', '"meating"', 1).splitlines(keepends=True)
    bad = [bad[1], bad[0], bad[2]]
    reader: Iterator[Event] = diplomev.load_jsonl(io.StringIO("".join(bad)))
    assert next(reader) == events[1]
    with pytest.raises(ValidationError) as exc:
        next(reader)
    assert exc.value.line == 2
    assert str(exc.value).startswith("line 2: $.kind")


def test_loads_reads_other_record_types() -> None:
    participant = diplomev.loads('{"id": "a", "role": "President"}', Participant)
    assert participant == Participant(id="a", role="President")


def test_to_dict_refuses_what_is_not_a_record() -> None:
    with pytest.raises(TypeError):
        diplomev.to_dict(5)


def objects_in(data: Any, path: str = "$") -> list[tuple[str, dict[str, Any]]]:
    """Every JSON object in a document, with its path."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(data, dict):
        found.append((path, data))
        for key, value in data.items():
            found.extend(objects_in(value, f"{path}.{key}"))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(objects_in(value, f"{path}[{index}]"))
    return found


@given(strategies.events(), st.data())
def test_a_renamed_key_is_reported_at_its_new_name(event: Event, data: st.DataObject) -> None:
    doc = diplomev.to_dict(event)
    path, target = data.draw(st.sampled_from(objects_in(doc)))
    key = data.draw(st.sampled_from(sorted(target)))
    target[f"{key}_renamed"] = target.pop(key)
    assert f"{path}.{key}_renamed" in problem_paths(doc)


REQUIRED_KEYS = [
    (re.compile(r"\$\Z"), {"schema_version", "kind"}),
    (re.compile(r"\$\.participants\[\d+\]\Z"), {"id"}),
    (re.compile(r"\$\.(?:proposals|agreements)\[\d+\]\Z"), {"text"}),
    (re.compile(r"\$\.references\[\d+\]\Z"), {"kind", "text"}),
    (re.compile(r"\.span\Z"), {"start", "end"}),
]


REFERRING = ("proposer", "parties", "initiator")


def required_keys(path: str) -> set[str]:
    return next((keys for pattern, keys in REQUIRED_KEYS if pattern.search(path)), set())


@given(strategies.events(), st.data())
def test_a_dropped_required_key_is_named_and_an_optional_one_defaults(
    event: Event, data: st.DataObject
) -> None:
    doc = diplomev.to_dict(event)
    path, target = data.draw(st.sampled_from(objects_in(doc)))
    key = data.draw(st.sampled_from(sorted(target)))
    target.pop(key)
    if key in required_keys(path):
        assert f"{path}.{key}" in problem_paths(doc)
        return
    try:
        diplomev.from_dict(doc)
    except ValidationError:
        broken = True
    else:
        broken = False
    if broken:
        # Dropping an optional key can only break a rule across fields: the
        # object's own (a participant of whom nothing is known) or a reference
        # to a dropped participant.
        assert key in {"participants", "name", "role", "country"}
        paths = problem_paths(doc)
        assert all(p == path or p.rsplit(".", 1)[-1].startswith(REFERRING) for p in paths)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)


@given(strategies.events(), st.data(), JSON_VALUES)
def test_any_value_anywhere_gives_a_result_or_a_validation_error(
    event: Event, data: st.DataObject, value: Any
) -> None:
    doc = diplomev.to_dict(event)
    _path, target = data.draw(st.sampled_from(objects_in(doc)))
    key = data.draw(st.sampled_from([*sorted(target), "extra"]))
    target[key] = value
    with contextlib.suppress(ValidationError):
        diplomev.from_dict(doc)
    with contextlib.suppress(ValidationError):
        diplomev.loads(json.dumps(doc))


@given(st.binary(max_size=200))
def test_any_bytes_give_a_result_or_a_validation_error(raw: bytes) -> None:
    with contextlib.suppress(ValidationError):
        diplomev.loads(raw)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 10_000 + "]" * 10_000,
        '{"a":' * 10_000 + "1" + "}" * 10_000,
        '{"schema_version": "1.0", "kind": "other", "topics": ['
        + "[" * 10_000
        + "]" * 10_000
        + "]}",
        "1e999999",
        "-Infinity",
        '{"schema_version": "1.0", "kind": "other", "title": Infinity}',
    ],
)
def test_hostile_json_gives_a_validation_error_with_a_path(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        diplomev.loads(text)
    assert all(path.startswith("$") for path, _ in exc.value.errors)
