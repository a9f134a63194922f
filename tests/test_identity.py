"""Content-derived ids: the event's canonical JSON written directly is the JSON layer's own."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given, settings

from diplomev import Event, Participant, Proposal, Reference, Span, strategies
from diplomev._model._event import _is_valid
from diplomev._model._identity import canonical_event, canonical_json, content_id


@settings(max_examples=300)
@given(strategies.events())
def test_the_direct_canonical_json_is_the_json_layers(event: Event) -> None:
    assert canonical_event(event) == canonical_json(event)


@given(strategies.events())
def test_a_derived_event_id_hashes_the_json_layers_canonical_form(event: Event) -> None:
    derived = attrs.evolve(event, id=None)
    assert derived.id == content_id("ev-", derived, digits=16)


@given(strategies.events())
def test_every_valid_event_takes_the_fast_check(event: Event) -> None:
    assert _is_valid(event)


def test_odd_strings_and_offsets_are_written_as_json_writes_them() -> None:
    moment = dt.datetime(2021, 3, 3, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    event = Event(
        kind="meeting",
        published=moment,
        title='A "quoted" title\twith \\ and \u2028 and \x00',
        participants=[Participant(id="é", name="Jürgen", span=Span(0, 10**20))],
        proposals=[Proposal(text="\ud7ff text", proposer="é")],
        references=[Reference(kind="other", text="x", date=dt.date(1, 1, 1))],
        topics=("\u00a0x",),
    )
    assert canonical_event(event) == canonical_json(event)
    assert event.id == content_id("ev-", event, digits=16)
