"""The public strategies: valid records, and registered for ``st.from_type``."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

import diplomev
from diplomev import strategies


@given(st.from_type(diplomev.Event))
def test_from_type_builds_events_through_the_entry_point(event: diplomev.Event) -> None:
    ids = {p.id for p in event.participants}
    assert {p.proposer for p in event.proposals} <= ids | {None}
    assert {party for a in event.agreements for party in a.parties} <= ids


@given(st.from_type(diplomev.Participant), st.from_type(diplomev.Span))
def test_from_type_covers_the_other_records(
    participant: diplomev.Participant, span: diplomev.Span
) -> None:
    assert (participant.name, participant.role, participant.country) != (None, None, None)
    assert 0 <= span.start < span.end


@given(strategies.published_times())
def test_published_times_are_aware_in_whole_minutes(moment: dt.datetime) -> None:
    offset = moment.utcoffset()
    assert offset is not None
    assert offset.total_seconds() % 60 == 0


@given(strategies.proposals(proposer_ids=[]), strategies.agreements(party_ids=[]))
def test_an_empty_id_pool_gives_no_references(
    proposal: diplomev.Proposal, agreement: diplomev.Agreement
) -> None:
    assert proposal.proposer is None
    assert agreement.parties == ()


def test_strategies_import_first_in_a_fresh_process() -> None:
    # hypothesis runs diplomev's registration hook while diplomev.strategies imports it.
    code = "import diplomev.strategies as s; from hypothesis import strategies as st; "
    code += "import diplomev; st.from_type(diplomev.Event).example()"
    subprocess.run([sys.executable, "-c", code], check=True)


@given(strategies.participants(ids=st.just("only")))
def test_participant_ids_can_be_drawn_from_a_given_strategy(
    participant: diplomev.Participant,
) -> None:
    assert participant.id == "only"
