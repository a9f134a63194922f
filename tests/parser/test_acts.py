"""Proposals and agreements found in short releases written for these tests."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomev._parser._acts import find_agreements, find_proposals
from diplomev._parser._found import People, Person
from diplomev._parser._layout import Segment, read_layout


def _people(text: str) -> People:
    here = Segment(0, 1, text[:1])
    return People(
        (
            Person("Ivan Petrov", "Foreign Minister", "RUS", here),
            Person("Jane Walker", "Secretary of State", "USA", here),
        )
    )


def _proposals(text: str) -> list[tuple[int | None, str, str]]:
    found = find_proposals(read_layout(text), _people(text))
    return [(p.by, p.text.text, p.status) for p in found]


def _agreements(text: str) -> list[str]:
    return [a.text.text for a in find_agreements(read_layout(text), _people(text))]


RELEASE = """Press release on Foreign Minister Ivan Petrov's telephone conversation

On March 3, Foreign Minister Ivan Petrov spoke by telephone with Secretary of State Jane Walker.

The ministers discussed strategic stability, with Ivan Petrov reiterating the Russian proposal to \
prolong the Open Skies arrangements, which lapse next spring. He reminded his counterpart of \
Russia's proposals to restore the bilateral cyber working group, which was frozen in 2019, and to \
expand the counter-narcotics dialogue.

The parties agreed to step up consultations on arms control. Ivan Petrov and Jane Walker agreed \
to stay in touch.
"""


def test_reiterated_proposals_are_cut_to_their_clauses() -> None:
    assert _proposals(RELEASE) == [
        (0, "prolong the Open Skies arrangements", "reiterated"),
        (0, "restore the bilateral cyber working group", "reiterated"),
        (0, "expand the counter-narcotics dialogue", "reiterated"),
    ]


def test_agreements_drop_the_cue() -> None:
    assert _agreements(RELEASE) == ["step up consultations on arms control", "stay in touch"]


def test_every_text_is_a_span_of_the_release() -> None:
    layout = read_layout(RELEASE)
    people = _people(RELEASE)
    for seg in [p.text for p in find_proposals(layout, people)] + [
        a.text for a in find_agreements(layout, people)
    ]:
        assert RELEASE[seg.start : seg.end] == seg.text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Jane Walker invited Ivan Petrov to visit Washington at an early date.",
            (1, "visit Washington at an early date"),
        ),
        (
            "Ivan Petrov extended an invitation to Jane Walker to attend the forum in Kazan.",
            (0, "attend the forum in Kazan"),
        ),
        (
            "Jane Walker accepted an invitation for an official visit to Moscow.",
            (0, "an official visit to Moscow"),
        ),
        (
            "Jane Walker offered whatever help the investigation might need.",
            (1, "whatever help the investigation might need"),
        ),
        (
            "The Secretary of State proposed holding a donor conference in the autumn.",
            (1, "holding a donor conference in the autumn"),
        ),
        (
            "Ivan Petrov recalled Russia's initiative to convene a regional security forum.",
            (0, "convene a regional security forum"),
        ),
    ],
)
def test_proposal_cues(text: str, want: tuple[int, str]) -> None:
    assert [(by, t) for by, t, _ in _proposals(text)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Jane Walker proposed a joint working group on maritime security.",
            [(1, "a joint working group on maritime security")],
        ),
        (
            "Ivan Petrov suggested a meeting of experts before the summer.",
            [(0, "a meeting of experts before the summer")],
        ),
        (
            "Jane Walker thanked him for the talks. She floated the idea of a donor conference.",
            [(1, "a donor conference")],
        ),
        (
            "Ivan Petrov put forward a three-point proposal for a truce in the region.",
            [(0, "a truce in the region")],
        ),
        (
            "Jane Walker suggested establishing a business council, an idea which Ivan Petrov "
            "supported.",
            [(1, "establishing a business council")],
        ),
        (
            "Ivan Petrov proposed a cultural festival, and the two agreed to meet again.",
            [(0, "a cultural festival")],
        ),
    ],
)
def test_proposals_with_noun_phrase_objects(text: str, want: list[tuple[int, str]]) -> None:
    assert [(by, t) for by, t, _ in _proposals(text)] == want


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed the proposed summit in Vienna.",
        "The plan was proposed by the Russian side in 2019.",
        "Ivan Petrov recalled the road map as suggested earlier.",
    ],
)
def test_earlier_or_passive_proposals_are_not_made_now(text: str) -> None:
    assert _proposals(text) == []


def test_pronoun_takes_the_previous_sentence_actor() -> None:
    text = (
        "Jane Walker thanked Ivan Petrov for the talks. She suggested that the experts meet in May."
    )
    assert [(by, t) for by, t, _ in _proposals(text)] == [(1, "the experts meet in May")]


def test_invitation_clause_stops_at_new_subject() -> None:
    text = (
        "Ivan Petrov invited Jane Walker to visit Moscow next year, and the invitation was "
        "accepted with thanks."
    )
    assert [t for _, t, _ in _proposals(text)] == ["visit Moscow next year"]


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Petrov called for an immediate ceasefire.",
        "Jane Walker urged the Russian side to withdraw its forces.",
        "Jane Walker emphasised the need to respect international law.",
        "Ivan Petrov cautioned against any interference in the internal affairs of Venezuela.",
        "Jane Walker offered her condolences over the victims of the earthquake.",
        "The meeting took place at the invitation of the American side.",
        "Share this page: Suggest to a friend:",
        "Ivan Petrov accepted the invitation and expressed his gratitude.",
    ],
)
def test_not_proposals(text: str) -> None:
    assert _proposals(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It was agreed to maintain contacts at all levels.", ["maintain contacts at all levels"]),
        (
            "The two ministers shared the view that their deputies will meet in June.",
            ["their deputies will meet in June"],
        ),
        (
            "An agreement was reached to resume flights between the capitals.",
            ["resume flights between the capitals"],
        ),
        (
            "On trade, they agreed on the importance of lowering tariffs.",
            ["the importance of lowering tariffs"],
        ),
        (
            "The two recommitted to easing tensions, reopening consulates, and restoring flights.",
            ["easing tensions", "reopening consulates", "restoring flights"],
        ),
        (
            "They pledged to deepen energy ties and reaffirmed their commitment to the treaty.",
            ["deepen energy ties"],
        ),
        (
            "Minister Petrov briefed her on the talks, and it was decided that the sides "
            "will coordinate the schedule.",
            ["the sides will coordinate the schedule"],
        ),
    ],
)
def test_agreement_cues(text: str, want: list[str]) -> None:
    assert _agreements(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The leaders agreed on expanding trade in national currencies and on launching "
            "direct flights.",
            ["expanding trade in national currencies", "launching direct flights"],
        ),
        (
            "Both sides confirmed they will hold the next commission in Minsk.",
            ["hold the next commission in Minsk"],
        ),
        (
            "The two ministers agreed that the talks were useful and that contacts should go on.",
            ["the talks were useful", "contacts should go on"],
        ),
        (
            "In line with the agreement reached earlier, the sides agreed to complete the "
            "demarcation.",
            ["complete the demarcation"],
        ),
        ("The ministers jointly agreed to open a consulate.", ["open a consulate"]),
    ],
)
def test_agreement_items(text: str, want: list[str]) -> None:
    assert _agreements(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The ministers did not agree on the text of the communique.",
        "They failed to agree on a date for the summit.",
        "No agreement was reached on the border issue.",
        "The sides discussed the implementation of the agreements reached earlier.",
        "As agreed by the presidents, the ministers reviewed the agenda.",
        "They called for full implementation of the obligations agreed upon in Minsk.",
        "Kiev decided to launch a new offensive.",
        "Ivan Petrov confirmed that Russia would not accept such demands.",
        "The ministers welcomed the progress and noted the importance of dialogue.",
        "They reviewed the road map that was agreed to between the leaders.",
        "Jane Walker welcomed the agreement signed last year on migration.",
        "The ministers discussed the implementation of the Minsk agreements.",
    ],
)
def test_not_agreements(text: str) -> None:
    assert _agreements(text) == []


def test_agreement_parties_are_all_sides() -> None:
    text = "The parties agreed to continue contacts."
    (found,) = find_agreements(read_layout(text), _people(text))
    assert found.parties == (0, 1)


@given(
    st.text(
        alphabet=st.sampled_from(list("agreed to propose invite, the.;:A Z\n'\u2019")), max_size=300
    )
)
def test_total_over_junk(text: str) -> None:
    layout = read_layout(text)
    people = _people(text or "x")
    for seg in [p.text for p in find_proposals(layout, people)] + [
        a.text for a in find_agreements(layout, people)
    ]:
        assert text[seg.start : seg.end] == seg.text


@given(st.text(max_size=200))
def test_total_over_any_text(text: str) -> None:
    layout = read_layout(text)
    find_proposals(layout, People(()))
    find_agreements(layout, People(()))


@pytest.mark.parametrize(
    "text",
    [
        "," * 200_000,
        "They agreed to " * 20_000,
        "Ivan Petrov invited " * 20_000,
        "the proposal to " * 20_000,
        ("a, " * 50_000) + "agreed to stay in touch",
        "Ivan Petrov proposed a " + "very " * 100_000,
        "They agreed on X" + " and on X" * 50_000,
        "They put forward " + "x- " * 100_000,
    ],
)
def test_adversarial_input_stays_fast(text: str) -> None:
    layout = read_layout(text)
    people = _people(text)
    start = time.perf_counter()
    find_proposals(layout, people)
    find_agreements(layout, people)
    assert time.perf_counter() - start < 2.0


def _ministers(text: str) -> People:
    here = Segment(0, 1, text[:1])
    return People(
        (
            Person("Ivan Petrov", "Minister of Foreign Affairs", "RUS", here),
            Person("Jane Walker", "Minister for Foreign Affairs", "AUS", here),
        )
    )


def test_an_inviter_whose_title_fits_the_invitee_too_is_the_inviter() -> None:
    text = "Minister Petrov invited Minister Brown to visit Moscow in the autumn."
    found = find_proposals(read_layout(text), _ministers(text))
    assert [(p.by, p.text.text) for p in found] == [(0, "visit Moscow in the autumn")]


def test_a_bare_title_several_sides_hold_is_the_first_side() -> None:
    text = (
        "Ivan Petrov spoke with Jane Walker. The Minister proposed that the two countries "
        "hold a strategic dialogue."
    )
    found = find_proposals(read_layout(text), _ministers(text))
    assert [p.by for p in found] == [0]


def test_a_pronoun_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Ivan Petrov met Jane Walker. Jane Walker said that the talks were useful. "
        "She proposed that the experts meet in June."
    )
    assert [(by, t) for by, t, _ in _proposals(text)] == [(1, "the experts meet in June")]
