"""The fast reader and writer agree with the converter, and never decide alone.

``diplomev._json._fast`` reads and writes with msgspec. Its reader may only vouch
for a document the converter reads to the same record; anything else must go
to the converter (``read`` returns None), which reports what is wrong.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomev
from diplomev import Event, Participant, Span, ValidationError, strategies
from diplomev._json import _fast
from diplomev._json._decoding import decode
from tests.test_json import RECORD_STRATEGIES, document


def converter_reads(text: str | bytes, cls: type[Any] = Event) -> Any:
    """What the converter alone makes of ``text``: a record, or the ValidationError."""
    try:
        return diplomev.from_dict(decode(text), cls)
    except ValidationError as exc:
        return exc


def assert_fast_agrees(text: str | bytes, cls: type[Any] = Event) -> Any:
    """Check that the fast reader either passes or reads what the converter reads."""
    fast = _fast.read(text, cls)
    if fast is not None:
        assert converter_reads(text, cls) == fast
    return fast


@pytest.mark.parametrize(("cls", "strategy"), RECORD_STRATEGIES)
@given(data=st.data())
def test_what_dumps_writes_is_read_fast_compact_or_indented(
    cls: type[Any], strategy: st.SearchStrategy[Any], data: st.DataObject
) -> None:
    record = data.draw(strategy)
    indent = data.draw(st.none() | st.integers(0, 4))
    text = diplomev.dumps(record, indent=indent)
    assert assert_fast_agrees(text, cls) == record
    assert assert_fast_agrees(text.encode(), cls) == record


@given(strategies.events())
def test_dumps_and_to_dict_write_the_same_document(event: Event) -> None:
    assert json.loads(diplomev.dumps(event)) == diplomev.to_dict(event)


@given(strategies.events(), st.data())
def test_any_edit_of_the_text_is_read_alike_or_left_to_the_converter(
    event: Event, data: st.DataObject
) -> None:
    text = diplomev.dumps(event)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 3)))
    insert = data.draw(st.sampled_from(["", " ", ":", ",", '"', "\\", "}", "]", "0", "t", "Z"]))
    assert_fast_agrees(text[:start] + insert + text[end:])


@given(strategies.events(), st.data())
def test_a_key_given_twice_is_left_to_the_converter(event: Event, data: st.DataObject) -> None:
    text = diplomev.dumps(event, indent=0)  # one member a line after each ", "
    members = text[1:-1].split(', "')
    repeated = data.draw(st.sampled_from(members[1:]))
    twice = text[:-1] + ', "' + repeated + "}"
    assert _fast.read(twice, Event) is None
    assert isinstance(converter_reads(twice), ValidationError)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"kind":"phone_call"', '"kind":"meeting","kind":"phone_call"'),  # repeated key
        ('"kind":"phone_call"', '"kind":"phone_call","colour":"red"'),  # unknown key
        ('"schema_version":"1.0"', '"schema_version":"2.0"'),
        ('"name":"Sergey Lavrov"', '"name":" Sergey Lavrov"'),  # padded
        ('"name":"Sergey Lavrov"', '"name":""'),
        ('"country":"RUS"', '"country":"XXX"'),
        ("T19:58:00+03:00", "t19:58:00+03:00"),  # msgspec alone would take these date-times
        ("T19:58:00+03:00", " 19:58:00+03:00"),
        ("T19:58:00+03:00", "T19:58:00.1234567+03:00"),
        ('"proposer":"lavrov"', '"proposer":"ghost"'),
        ('"start":0', '"start":0.0'),
        ('"start":0', '"start":false'),
    ],
)
def test_what_msgspec_alone_would_take_is_left_to_the_converter(old: str, new: str) -> None:
    data = document()
    data["proposals"][0]["span"] = {"start": 0, "end": 4}
    event = diplomev.from_dict(data)
    text = diplomev.dumps(event)
    assert old in text
    changed = text.replace(old, new, 1)
    assert _fast.read(changed, Event) is None
    with contextlib.suppress(ValidationError):
        assert diplomev.loads(changed) != event


def test_valid_documents_the_writer_would_not_write_are_read_by_the_converter() -> None:
    data = document()  # keys left out, in another order, "+00:00" rather than "Z"
    data["published"] = "2020-04-17T16:58:00+00:00"
    text = json.dumps(data)  # ensure_ascii and ", " separators
    assert _fast.read(text, Event) is None
    assert diplomev.loads(text) == diplomev.from_dict(data)


def test_a_lone_surrogate_is_written_as_an_escape_and_read_back() -> None:
    participant = Participant(id="p", name="Lavrov \ud800")
    text = diplomev.dumps(participant)
    assert "\\ud800" in text
    assert diplomev.loads(text, Participant) == participant


def test_only_model_records_take_the_fast_path() -> None:
    assert _fast.write({"start": 0, "end": 1}) is None
    assert _fast.read('{"end":1,"start":0}', dict) is None
    assert _fast.read('{"end":1,"start":0}', Span) == Span(0, 1)
    assert _fast.read('{"start":0,"end":1}', Span) is None  # not the order the writer uses


def test_white_space_around_a_document_is_json_s_own() -> None:
    text = diplomev.dumps(diplomev.from_dict(document()))
    assert _fast.read("\n " + text + "\r\n", Event) is not None  # as a JSON Lines line
    assert _fast.read(text + "\f", Event) is None  # not JSON white space
    assert isinstance(converter_reads(text + "\f"), ValidationError)
