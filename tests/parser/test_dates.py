"""Date phrases and the event's day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomev._parser._dates import event_date, find_dates, parse_dates
from diplomev._parser._layout import read_layout

ANCHOR = dt.date(2021, 5, 20)  # a Thursday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on 5 May 2021", [dt.date(2021, 5, 5)]),
        ("May 5, 2021", [dt.date(2021, 5, 5)]),
        ("5.5.2021", [dt.date(2021, 5, 5)]),
        ("On April 17", [dt.date(2021, 4, 17)]),
        ("today", [ANCHOR]),
        ("yesterday", [dt.date(2021, 5, 19)]),
        ("met on Wednesday", [dt.date(2021, 5, 19)]),
        ("met on Thursday", [ANCHOR]),
        ("on April 9, 10 and 12", [dt.date(2021, 4, d) for d in (9, 10, 12)]),
        ("Am 4. April", [dt.date(2021, 4, 4)]),
        ("in February 2021", []),
    ],
)
def test_parse_dates(phrase: str, expected: list[dt.date]) -> None:
    assert parse_dates(phrase, ANCHOR) == expected


def test_no_year_without_anchor() -> None:
    assert parse_dates("On April 17", None) == []
    assert parse_dates("on 5 May 2021", None) == [dt.date(2021, 5, 5)]


def test_year_nearest_to_anchor() -> None:
    assert parse_dates("on December 30", dt.date(2022, 1, 2)) == [dt.date(2021, 12, 30)]


def test_weekday_before_date_is_one_mention() -> None:
    assert len(find_dates("On Thursday, March 10, the two ministers")) == 1


def _day(text: str) -> dt.date | None:
    return event_date(read_layout(text))


def test_on_date_with_dateline_year() -> None:
    text = "Press release\n\n2 June 2019\n\nOn May 31, the Minister met his counterpart.\n"
    assert _day(text) == dt.date(2019, 5, 31)


def test_yesterday_against_mirror_date() -> None:
    assert _day(" date 2023-02-10 The Minister spoke yesterday with his counterpart.\n") == (
        dt.date(2023, 2, 9)
    )


def test_readout_dateline_without_day() -> None:
    text = "Talks with the President of Ruritania\n\nJuly 3, 2020\n\nThe presidents held talks.\n"
    assert _day(text) == dt.date(2020, 7, 3)


def test_mirror_date_alone_is_not_the_event_day() -> None:
    assert _day(" date 2022-09-20 The Secretary hosted the two ministers.\n") is None


def test_no_year_known() -> None:
    assert _day("On September 23, the ministers met in New York.\n") is None


def test_later_future_date_is_not_the_event() -> None:
    text = (
        "Telephone conversation with the Chancellor\n\nJune 9, 2018\n\n"
        "The President had a telephone conversation with the Chancellor. They discussed "
        "the upcoming meeting, which is to take place in Berlin on June 11.\n"
    )
    assert _day(text) == dt.date(2018, 6, 9)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_total(text: str) -> None:
    event_date(read_layout(text))
    parse_dates(text, ANCHOR)


@pytest.mark.parametrize(
    ("phrase", "month_first", "expected"),
    [
        ("28/02/2023", None, [dt.date(2023, 2, 28)]),  # a part above 12 decides
        ("07/16/2020", None, [dt.date(2020, 7, 16)]),
        ("05/03/2024", None, []),  # ambiguous and no convention: not read
        ("05/03/2024", False, [dt.date(2024, 3, 5)]),
        ("05/03/2024", True, [dt.date(2024, 5, 3)]),
        ("Wed, 09/08/2021", None, [dt.date(2021, 9, 8)]),  # only 8 September was a Wednesday
        ("Mon, 09/08/2021", True, [dt.date(2021, 8, 9)]),
        ("31/31/2020", True, []),
    ],
)
def test_numeric_dates_follow_the_parts_a_weekday_or_the_convention(
    phrase: str, month_first: bool | None, expected: list[dt.date]
) -> None:
    found = [m for m in find_dates(phrase, month_first) if m.day is not None]
    assert [dt.date(m.year or 0, m.month or 0, m.day or 0) for m in found] == expected


def test_a_date_far_from_the_dateline_is_another_event() -> None:
    text = (
        "Joint Statement on the Anniversary of the Alliance\n\nApril 26, 2023\n\n"
        "The two ministers reaffirm the treaty signed on October 1, 1953, and their alliance.\n"
    )
    assert event_date(read_layout(text)) == dt.date(2023, 4, 26)


def test_captions_and_labels_do_not_use_up_the_lead() -> None:
    text = (
        "Minister meets counterpart\n\nThe Minister met her counterpart to discuss trade.\n\n"
        "From:\nMinistry of Foreign Affairs\nPublished\n15 November 2024\n\n"
        "Minister Ana Lopez with Minister Ivo Kral in Prague.\n\n"
        "The Minister, Ana Lopez, met the Foreign Minister, Ivo Kral, in Prague yesterday.\n"
    )
    assert event_date(read_layout(text)) == dt.date(2024, 11, 14)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("2024/06/05", dt.date(2024, 6, 5)),
        ("2024-06-05T10:00", dt.date(2024, 6, 5)),
        ("2024.06.05", dt.date(2024, 6, 5)),
        ("June 5th, 2024", dt.date(2024, 6, 5)),
        ("the 5th of June 2024", dt.date(2024, 6, 5)),
        ("Tuesday, 4 June 2024", dt.date(2024, 6, 4)),
        ("04 Jun 2024", dt.date(2024, 6, 4)),
        ("29 AUG 2024", dt.date(2024, 8, 29)),
        ("2nd July, 2024", dt.date(2024, 7, 2)),
        ("24 de abril de 2024", dt.date(2024, 4, 24)),
        ("le 5 juin 2024", dt.date(2024, 6, 5)),
        ("3 de maio de 2024", dt.date(2024, 5, 3)),
        ("14.09.2024", dt.date(2024, 9, 14)),
    ],
)
def test_date_forms(phrase: str, expected: dt.date) -> None:
    assert parse_dates(phrase, None) == [expected]


def test_tomorrow_is_the_day_after() -> None:
    assert parse_dates("will host him tomorrow", ANCHOR) == [dt.date(2021, 5, 21)]


@pytest.mark.parametrize(
    ("phrase", "hour"),
    [("29 AUG 2024 7:45PM", 19), ("5 May 2021, 12:10 a.m.", 0), ("5 May 2021 12:30 pm", 12)],
)
def test_clock_times(phrase: str, hour: int) -> None:
    (mention,) = find_dates(phrase)
    assert mention.hour == hour


def test_ambiguous_numeric_date_needs_a_convention() -> None:
    assert parse_dates("12/03/2024", None) == []
    assert find_dates("12/03/2024", month_first=False)[0].month == 3
    assert find_dates("12/03/2024", month_first=True)[0].month == 12
    # A part above 12 decides whatever the convention.
    assert find_dates("17/10/2023", month_first=True)[0].month == 10


def test_event_date_against_a_dateline_further_down() -> None:
    text = (
        "Minister meets counterpart\n\n"
        "The Minister met the Foreign Minister of Freedonia on 4 December in the capital.\n\n"
        "Published: 5 December 2023\n"
    )
    assert event_date(read_layout(text)) == dt.date(2023, 12, 4)
