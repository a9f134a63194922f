"""The model's records: construction, invariants, immutability, identity."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import msgspec
import pytest
from dateutil import tz
from hypothesis import given

import diplomev
from diplomev import (
    Agreement,
    DiplomevError,
    Event,
    EventKind,
    Participant,
    Proposal,
    Reference,
    Source,
    Span,
    ValidationError,
    strategies,
)

LAVROV = Participant(id="lavrov", name="Sergey Lavrov", role="Foreign Minister", country="RUS")
POMPEO = Participant(id="pompeo", name="Mike Pompeo", role="Secretary of State", country="USA")
MOSCOW = dt.timezone(dt.timedelta(hours=3))


def paths(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [path for path, _ in exc.value.errors]


def test_validation_error_is_a_value_error_and_a_diplomev_error() -> None:
    assert issubclass(ValidationError, ValueError)
    assert issubclass(ValidationError, DiplomevError)


def test_strings_are_stripped_and_lists_become_tuples() -> None:
    event = Event(kind="meeting", title="  Talks  ", participants=[LAVROV], topics=[" Syria "])
    assert event.title == "Talks"
    assert event.participants == (LAVROV,)
    assert event.topics == ("Syria",)
    assert event.kind is EventKind.MEETING


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"id": ""}, "$.id"),
        ({"id": "x", "name": "   "}, "$.name"),
        ({"id": "x", "country": "XXX"}, "$.country"),
        ({"id": "x", "country": "rus"}, "$.country"),
        ({"id": "x"}, "$"),
        ({"id": 5, "name": "A"}, "$.id"),
        ({"id": "x", "name": "A", "span": (1, 2)}, "$.span"),
    ],
)
def test_participant_refuses(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(ValidationError) as exc:
        Participant(**kwargs)
    assert path in paths(exc)


def test_every_problem_of_a_record_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as exc:
        Participant(id="", name="", country="ZZZ")
    assert paths(exc) == ["$.id", "$.name", "$.country"]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (4, 3), (True, 3), (0.0, 3)])
def test_span_refuses(start: Any, end: Any) -> None:
    with pytest.raises(ValidationError):
        Span(start, end)


def test_event_refuses_dangling_references_and_duplicate_ids() -> None:
    with pytest.raises(ValidationError) as exc:
        Event(
            kind=EventKind.PHONE_CALL,
            participants=(LAVROV, attrs.evolve(POMPEO, id="lavrov")),
            initiator="nobody",
            proposals=(Proposal(text="extend the treaty", proposer="ghost"),),
            agreements=(Agreement(text="meet again", parties=("lavrov", "ghost")),),
        )
    assert paths(exc) == [
        "$.participants[1].id",
        "$.initiator",
        "$.proposals[0].proposer",
        "$.agreements[0].parties[1]",
    ]


def test_event_refuses_a_string_where_a_tuple_belongs() -> None:
    with pytest.raises(ValidationError) as exc:
        Event(kind="other", topics="Syria")
    assert paths(exc) == ["$.topics"]


def test_event_refuses_naive_and_odd_datetimes_and_datetime_as_date() -> None:
    odd = dt.timezone(dt.timedelta(hours=2, minutes=30, seconds=17))
    for published in (dt.datetime(2020, 4, 17, 19, 58), dt.datetime(2020, 1, 1, tzinfo=odd)):
        with pytest.raises(ValidationError) as exc:
            Event(kind="other", published=published)
        assert paths(exc) == ["$.published"]
    with pytest.raises(ValidationError) as exc:
        Event(kind="other", date=dt.datetime(2020, 4, 17, tzinfo=MOSCOW))
    assert paths(exc) == ["$.date"]


@pytest.mark.parametrize(
    "published",
    [
        dt.datetime(1, 1, 1, tzinfo=MOSCOW),  # still year 0 in UTC
        dt.datetime(9999, 12, 31, 23, tzinfo=dt.timezone(dt.timedelta(hours=-3))),
    ],
)
def test_event_refuses_a_moment_that_cannot_be_written_in_utc(published: dt.datetime) -> None:
    with pytest.raises(ValidationError) as exc:
        Event(kind="other", published=published)
    assert exc.value.errors == [("$.published", "the moment falls outside the years 1-9999 in UTC")]


def test_a_named_zone_is_kept_as_its_offset_so_the_event_equals_its_round_trip() -> None:
    new_york = tz.gettz("America/New_York")
    for fold in (0, 1):  # 1:30 on 3 November 2024 came twice, at -04:00 and then at -05:00
        published = dt.datetime(2024, 11, 3, 1, 30, fold=fold, tzinfo=new_york)
        event = Event(kind="other", published=published)
        assert event.published is not None
        # The same moment; == cannot say so across zones in a repeated hour (PEP 495).
        assert event.published.timestamp() == published.timestamp()
        assert event.published.utcoffset() == published.utcoffset()
        assert isinstance(event.published.tzinfo, dt.timezone)
        assert diplomev.loads(diplomev.dumps(event)) == event


def test_a_record_built_past_its_converters_still_refuses_padded_text() -> None:
    # msgspec builds records without their converters (the fast JSON reader):
    # the post-init checks must hold the invariant the converters keep.
    with pytest.raises(msgspec.ValidationError, match="must not begin or end with white space"):
        msgspec.json.decode(b'{"id": "x ", "name": "Sergey Lavrov"}', type=Participant)
    with pytest.raises(msgspec.ValidationError, match="must not begin or end with white space"):
        msgspec.json.decode(b'{"kind": "other", "topics": ["oil", " gas"]}', type=Event)


def test_unknown_enum_values_are_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        Event(kind="summit")
    assert paths(exc) == ["$.kind"]
    with pytest.raises(ValidationError):
        Proposal(text="x", status="pending")
    assert Reference(kind="meeting", text="x").kind is EventKind.MEETING


def test_records_are_immutable() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        LAVROV.name = "Someone"  # type: ignore[misc]


def test_evolve_keeps_the_invariants() -> None:
    event = Event(kind="phone_call", participants=(LAVROV, POMPEO), initiator="lavrov")
    with pytest.raises(ValidationError):
        attrs.evolve(event, participants=(POMPEO,))
    with pytest.raises(ValidationError):
        attrs.evolve(LAVROV, country="Russia")


def test_ids_are_derived_from_content_and_kept_by_evolve() -> None:
    one = Event(kind="phone_call", date=dt.date(2020, 4, 17), participants=(LAVROV, POMPEO))
    same = Event(kind="phone_call", date=dt.date(2020, 4, 17), participants=[LAVROV, POMPEO])
    other = Event(kind="phone_call", date=dt.date(2020, 4, 18), participants=(LAVROV, POMPEO))
    assert one.id == same.id != other.id
    assert one.id.startswith("ev-")
    assert len(one.id) == len("ev-") + 16
    assert attrs.evolve(one, title="x").id == one.id
    assert attrs.evolve(one, title="x", id=None).id != one.id
    assert Event(kind="other", id="mine").id == "mine"
    assert Proposal(text="a").id == Proposal(text="a").id != Proposal(text="b").id
    assert Agreement(text="a").id.startswith("a-")


def test_derived_id_ignores_the_zone_an_instant_is_written_in() -> None:
    utc = dt.datetime(2020, 4, 17, 16, 58, tzinfo=dt.UTC)
    moscow = utc.astimezone(MOSCOW)
    assert Event(kind="other", published=utc).id == Event(kind="other", published=moscow).id


def test_source_fields_are_all_optional() -> None:
    assert Source() == Source(publisher=None)
    with pytest.raises(ValidationError):
        Source(url="")


@given(strategies.events())
def test_equal_events_hash_alike(event: Event) -> None:
    copy = attrs.evolve(event)
    assert copy == event
    assert hash(copy) == hash(event)


def test_derived_id_ignores_where_the_release_was_found() -> None:
    here = Event(kind="other", source=Source(url="file:///a/release.txt"))
    there = Event(kind="other", source=Source(url="https://example.org/release"))
    assert here.id == there.id
