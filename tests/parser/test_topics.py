"""Topics found in short releases written for these tests."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from diplomev._parser._layout import read_layout
from diplomev._parser._topics import find_topics


def _topics(text: str) -> list[str]:
    return [s.text for s in find_topics(read_layout(text))]


def test_discussed_list_is_split_into_phrases() -> None:
    text = (
        "The ministers discussed the situation in the Sahel, maritime security and the "
        "preparations for the autumn summit, as well as trade."
    )
    assert _topics(text) == [
        "situation in the Sahel",
        "maritime security",
        "preparations for the autumn summit",
        "trade",
    ]


def test_exchanged_views_and_touched_on() -> None:
    text = (
        "The officials exchanged views on the Iranian nuclear programme. They also touched on "
        "the schedule of further contacts."
    )
    assert _topics(text) == ["Iranian nuclear programme", "schedule of further contacts"]


def test_sentence_openers_name_topics_but_dates_do_not() -> None:
    text = "On May 4, the ministers spoke by phone. Regarding Yemen, they agreed to stay in touch."
    assert _topics(text) == ["Yemen"]


def test_two_subjects_joined_by_and_the() -> None:
    text = "They discussed the situation in the Sahel and the preparations for the Summit."
    assert _topics(text) == ["situation in the Sahel", "preparations for the Summit"]


def test_last_item_of_a_comma_list_is_split_at_and() -> None:
    text = "The talks focused on trade, visa facilitation and peace and security in the region."
    assert _topics(text) == ["trade", "visa facilitation", "peace and security in the region"]


def test_passive_names_its_topic_before_the_verb() -> None:
    text = "During the talks, issues of energy security and the Arctic were also discussed."
    assert _topics(text) == ["energy security", "Arctic"]


def test_spoke_with_someone_about() -> None:
    text = "The Secretary spoke today with the Foreign Minister about the G20 presidency."
    assert _topics(text) == ["G20 presidency"]


def test_adverbials_and_placeholders_are_dropped() -> None:
    text = "The two sides discussed in detail issues of mutual concern during the conversation."
    assert _topics(text) == []


def test_at_most_six_and_spans_are_exact() -> None:
    text = "They discussed Syria, Libya, Yemen, Iraq, Sudan, Mali, Chad and Niger."
    found = find_topics(read_layout(text))
    assert len(found) == 6
    assert all(text[s.start : s.end] == s.text for s in found)


def test_adversarial_input_stays_fast() -> None:
    for text in (
        "They discussed " + "a, " * 100_000,
        "Issues " * 100_000 + "were discussed.",
        "He spoke " + "with x " * 100_000 + "about it.",
        "They discussed X" + " and the X" * 50_000,
    ):
        start = time.perf_counter()
        find_topics(read_layout(text))
        assert time.perf_counter() - start < 2.0


@given(st.text(max_size=300))
def test_total(text: str) -> None:
    for s in find_topics(read_layout(text)):
        assert text[s.start : s.end] == s.text
