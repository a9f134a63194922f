"""References to other events, and the rejection check."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomev._parser._layout import read_layout
from diplomev._parser._references import _MAX_DATES, find_references
from diplomev._parser._reject import reject_reason

RELEASE = """Telephone conversation with the Foreign Minister of Ruritania

12 March 2021

The Minister had a telephone conversation with the Foreign Minister of Ruritania.

""" + (
    "Following up on the telephone conversations between the two Presidents on March 2, 3 "
    "and 5, they reviewed trade. They also prepared the Global Water Summit.\n"
)


def test_dated_and_named_references() -> None:
    layout = read_layout(RELEASE)
    refs = find_references(layout)
    texts = [r.text.text for r in refs]
    assert texts == [
        "the telephone conversations between the two Presidents on March 2, 3 and 5",
        "the Global Water Summit",
    ]
    assert refs[0].kind == "phone_call"
    assert refs[0].date == dt.date(2021, 3, 2)
    assert refs[1].date is None
    for ref in refs:
        assert RELEASE[ref.text.start : ref.text.end] == ref.text.text


def test_named_gatherings_are_other_unless_a_meeting_and_keep_their_date() -> None:
    text = (
        "Meeting with the Foreign Minister of Ruritania\n\n"
        "12 March 2023\n\n"
        "The ministers met in Rome. They recalled the Global Water Summit in New Delhi on "
        "9-10 September 2022. They prepared the Annual Ministerial Meeting and the Ocean "
        "Conference.\n"
    )
    refs = find_references(read_layout(text))
    found = [(r.kind, r.date, r.text.text) for r in refs]
    assert found == [
        (
            "other",
            dt.date(2022, 9, 9),
            "the Global Water Summit in New Delhi on 9-10 September 2022",
        ),
        ("meeting", None, "the Annual Ministerial Meeting"),
        ("other", None, "the Ocean Conference"),
    ]
    for ref in refs:
        assert text[ref.text.start : ref.text.end] == ref.text.text


def test_repeats_and_overlaps_are_left_out_and_the_rest_kept_in_order() -> None:
    visits = "".join(f"A visit to Region {n} took place on {n + 1} May 2020. " for n in range(3))
    layout = read_layout(RELEASE + visits + visits + "They recalled the visit on 1 May 2020.\n")
    texts = [r.text.text for r in find_references(layout)]
    assert texts[2:] == [
        "visit to Region 0 took place on 1 May 2020",
        "visit to Region 1 took place on 2 May 2020",
        "visit to Region 2 took place on 3 May 2020",
        "the visit on 1 May 2020",
    ]


def test_the_dates_weighed_per_release_are_bounded() -> None:
    # Real releases name a few dozen dates at most; junk with thousands costs no more.
    lead = "The Minister met the Foreign Minister of Ruritania.\n"
    visits = "".join(f"A visit to Region {n} took place on 5 May 2020. " for n in range(300))
    refs = find_references(read_layout(lead + visits))
    assert len(refs) == _MAX_DATES
    assert refs[-1].text.text == f"visit to Region {_MAX_DATES - 1} took place on 5 May 2020"


def test_lead_sentence_is_not_a_reference() -> None:
    text = "On May 5, 2021, the ministers met in Rome.\n"
    assert find_references(read_layout(text)) == []


def test_reject_reasons() -> None:
    assert reject_reason(read_layout("")) is not None
    assert reject_reason(read_layout(" \n\t ")) is not None
    assert reject_reason(read_layout("12 345 6789")) is not None
    assert reject_reason(read_layout("\x00\x01\x02\x03ab\x00\x00")) is not None
    assert reject_reason(read_layout("Bake the cake for twenty minutes.\n")) is not None
    assert reject_reason(read_layout(RELEASE)) is None
    announcement = "The Secretary will meet the Foreign Minister of Ruritania on Friday.\n"
    assert reject_reason(read_layout(announcement)) is None
    session = (
        "Media Statement\n\nThe Minister of International Relations will co-chair the 6th "
        "Session of the Joint Commission with the Foreign Minister of Ruritania.\n"
    )
    assert reject_reason(read_layout(session)) is None
    notice = "The consular section of the Embassy will be closed on Monday.\n"
    assert reject_reason(read_layout(notice)) is not None


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_total(text: str) -> None:
    layout = read_layout(text)
    reject_reason(layout)
    for ref in find_references(layout):
        assert text[ref.text.start : ref.text.end] == ref.text.text
