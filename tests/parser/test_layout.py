"""Layout stage: publisher, title, dateline, prose-only sentences, totality."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil import tz
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomev._parser._layout import Layout, read_layout

MIDRU = (
    (
        "3 March 202117:45\n\n"
        "Press release on Foreign Minister Sergey Lavrov\u2019s telephone conversation with "
        "Foreign Minister of Ruritania Anna Berg\n"
    )
    + """

  \u2022 en-GB1 ru-RU1

On March 3, Foreign Minister Sergey Lavrov spoke by telephone with Foreign Minister Anna Berg.

The ministers discussed the situation in the region.Both sides agreed to stay in touch.



Additional materials


Advanced settings
"""
)

STATE_MIRROR = (
    (
        " date 2021-06-09 Washington, DC (STL.News) The US Department of State released the "
        "following statement:\n\n"
        "The below is attributable to Spokesperson Jane Roe:\n\n"
        "Secretary of State Tom Smith met on Tuesday with Ruritanian Foreign Minister Anna Berg. "
        "Mr. Smith and Dr. Berg discussed U.S. support for St. Petersburg talks.\n"
    )
    + """
/Public Release. This material from the originating organization might be edited.
"""
)

KREMLIN = """Telephone conversation with President of Ruritania Karl Ost

May 4, 2019

Vladimir Putin had a telephone conversation with President of Ruritania Karl Ost.

The presidents discussed trade.

May 4, 2019
"""


def _sentences(layout: Layout) -> list[str]:
    return [s.text for s in layout.sentences]


def test_midru_glued_dateline_and_noise() -> None:
    layout = read_layout(MIDRU)
    assert layout.publisher == "midru"
    assert layout.language == "en"
    assert layout.dateline == dt.date(2021, 3, 3)
    assert layout.published == dt.datetime(2021, 3, 3, 17, 45, tzinfo=tz.gettz("Europe/Moscow"))
    assert layout.title is not None
    assert layout.title.text.startswith("Press release on Foreign Minister")
    assert _sentences(layout) == [
        "On March 3, Foreign Minister Sergey Lavrov spoke by telephone with Foreign Minister "
        "Anna Berg.",
        "The ministers discussed the situation in the region.",
        "Both sides agreed to stay in touch.",
    ]


def test_mirror_prefix_and_disclaimer_are_noise() -> None:
    layout = read_layout(STATE_MIRROR)
    assert layout.publisher == "stategov"
    assert layout.dateline == dt.date(2021, 6, 9)
    assert layout.dateline_source == "mirror"
    # Date-only dateline: midnight in the publisher's zone.
    assert layout.published == dt.datetime(2021, 6, 9, tzinfo=tz.gettz("America/New_York"))
    assert _sentences(layout) == [
        "Secretary of State Tom Smith met on Tuesday with Ruritanian Foreign Minister Anna Berg.",
        "Mr. Smith and Dr. Berg discussed U.S. support for St. Petersburg talks.",
    ]


def test_kremlin_title_and_dateline() -> None:
    layout = read_layout(KREMLIN)
    assert layout.publisher == "kremlin"
    assert layout.title is not None
    assert layout.title.text == "Telephone conversation with President of Ruritania Karl Ost"
    assert layout.dateline == dt.date(2019, 5, 4)
    assert layout.dateline_source == "text"
    assert len(layout.sentences) == 2


# Publishers are recognised by their format, not by who holds office: each of
# these releases names an invented incumbent.
NEW_INCUMBENTS = {
    "midru": (
        "Foreign Minister Ivan Korin\u2019s talks with Foreign Minister of Ruritania Anna Berg\n\n"
        "Submitted on Wed, 09/08/2031 - 14:20\n\n"
        "On 7 September 2031 Foreign Minister Ivan Korin held talks in Moscow with Foreign "
        "Minister of Ruritania Anna Berg.\n\nThe ministers discussed trade.\n"
    ),
    "kremlin": (
        "Meeting with President of Ruritania Karl Ost\n\nMay 4, 2031\n\n"
        "Pavel Sokol met with President of Ruritania Karl Ost.\n\n"
        "President of Russia Pavel Sokol: Mr President, welcome to Moscow.\n\n"
        "President of Ruritania Karl Ost: Thank you, Mr President.\n"
    ),
    "chinamfa": (
        "Li Ming Holds Talks with Ruritanian Foreign Minister Anna Berg\n\n2031-07-04 21:15\n\n"
        "On July 4, 2031, Member of the Political Bureau of the CPC Central Committee and "
        "Foreign Minister Li Ming held talks with Ruritanian Foreign Minister Anna Berg.\n\n"
        "Li Ming said that the two countries are good partners.\n"
    ),
}


@pytest.mark.parametrize("publisher", sorted(NEW_INCUMBENTS))
def test_publisher_is_recognised_whoever_holds_office(publisher: str) -> None:
    assert read_layout(NEW_INCUMBENTS[publisher]).publisher == publisher


def test_kremlin_initial_and_surname_of_any_president() -> None:
    text = (
        "Telephone conversation between President of Russia P.Sokol and President of "
        "Ruritania K.Ost\n\nOn May 4, 2031 Pavel Sokol spoke with Karl Ost by telephone.\n"
    )
    assert read_layout(text).publisher == "kremlin"


def test_another_ministrys_minister_title_is_not_midru() -> None:
    # "Foreign Minister <Name> meets ..." is common to many ministries.
    text = (
        "Foreign Minister Laura Vela meets with the Foreign Minister of Freedonia\n\n"
        "On 18 March 2031 Foreign Minister Laura Vela met the Foreign Minister of Freedonia.\n"
    )
    assert read_layout(text).publisher is None


def test_generic_release_has_no_zone() -> None:
    text = "Ruritania MFA\n\n12 June 2022\n\nThe Minister met the Ambassador of Freedonia today.\n"
    layout = read_layout(text)
    assert layout.publisher is None
    assert layout.dateline == dt.date(2022, 6, 12)
    assert layout.published is None


def test_russian_language() -> None:
    layout = read_layout("Состоялась встреча министров иностранных дел.\n")
    assert layout.language == "ru"


def _check_segments(text: str, layout: Layout) -> None:
    segments = list(layout.paragraphs) + list(layout.sentences)
    if layout.title is not None:
        segments.append(layout.title)
    for seg in segments:
        assert 0 <= seg.start < seg.end <= len(text)
        assert text[seg.start : seg.end] == seg.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_total_on_any_text(text: str) -> None:
    _check_segments(text, read_layout(text))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "On May 5, ",
                "Mr. ",
                "U.S. ",
                "security.The ",
                "17 April 202019:58\n",
                "\u2022 en-GB1\n",
                " date 2020-01-02 ",
                "Additional materials\n",
                "met today",
                ". ",
                "\n\n",
                "1. ",
                "(Photo 1) x\n",
                "\u00a0",
            ]
        ),
        max_size=30,
    )
)
def test_total_on_release_like_text(parts: list[str]) -> None:
    text = "".join(parts)
    _check_segments(text, read_layout(text))


def test_speaker_labels_are_not_datelines() -> None:
    text = (
        "Remarks Before Their Meeting\n\n"
        "SECRETARY SMITH: Thank you all for coming.\n"
        "FOREIGN MINISTER BERG: Thank you, Tom.\n"
    )
    assert _sentences(read_layout(text)) == [
        "SECRETARY SMITH: Thank you all for coming.",
        "FOREIGN MINISTER BERG: Thank you, Tom.",
    ]


def test_upper_case_place_datelines_are_dropped() -> None:
    for text in (
        "WASHINGTON: The Secretary met the Minister today.\n",
        "NEW DELHI : The Secretary met the Minister today.\n",
        "ZAGREB - The Secretary met the Minister today.\n",
    ):
        assert _sentences(read_layout(text)) == ["The Secretary met the Minister today."]


def test_federal_foreign_office_is_not_the_uk() -> None:
    text = (
        "Federal Foreign Office\n\n"
        "Foreign Minister Anna Berg met the Foreign Minister of the United Kingdom in Berlin "
        "today. They discussed British and German support for the talks.\n"
    )
    assert read_layout(text).publisher != "ukgov"
    uk = "Foreign Office\n\nThe Foreign Secretary met the Minister of Ruritania in London.\n"
    assert read_layout(uk).publisher == "ukgov"


def test_numeric_dateline_with_a_time() -> None:
    text = (
        "EEAS Press Release\n\n"
        "High Representative speaks with the Foreign Minister of Ruritania\n\n"
        "Brussels, 28/02/2023 - 18:05\n\n"
        "Today, the High Representative/Vice-President had a phone call with the Minister.\n"
    )
    layout = read_layout(text)
    assert layout.dateline == dt.date(2023, 2, 28)
    assert layout.published == dt.datetime(2023, 2, 28, 18, 5, tzinfo=tz.gettz("Europe/Brussels"))


def test_publication_stamps_in_another_language_make_a_dateline() -> None:
    text = (
        "Meeting between the Minister and the Foreign Minister of Ruritania\n\n"
        "Publicado em 22/05/2024 17h30 Atualizado em 22/05/2024 18h02\n\n"
        "The Minister received yesterday the Foreign Minister of Ruritania.\n"
    )
    assert read_layout(text).dateline == dt.date(2024, 5, 22)


def test_a_title_may_end_in_its_date() -> None:
    for title in ("Telephone conversation with the Minister (7 March 2024)", "Call: 7 March 2024"):
        layout = read_layout(f"{title}\n\nThe Minister spoke this afternoon with his colleague.\n")
        assert layout.dateline == dt.date(2024, 3, 7)
        assert layout.dateline_source == "text"
    plain = read_layout("Talks on the treaty of 7 March 2024\n\nThe ministers met today.\n")
    assert plain.dateline is None


def test_every_capital_is_a_dateline_place() -> None:
    text = "Call with the Minister\n\nNUKU'ALOFA: The Prime Minister spoke with the Minister.\n"
    assert read_layout(text).sentences[0].text.startswith("The Prime Minister")


def test_dateline_opening_the_lead() -> None:
    text = (
        "Ministry of Foreign Affairs\n\n"
        "ABU DHABI, 2nd July, 2024 (WAM) -- The Minister received a phone call today from the "
        "Foreign Minister of Freedonia.\n"
    )
    layout = read_layout(text)
    assert layout.dateline == dt.date(2024, 7, 2)
    assert layout.sentences[0].text.startswith("The Minister received")
    assert layout.published is not None
    assert layout.published.utcoffset() == dt.timedelta(hours=4)


def test_wire_dateline_with_state_and_country() -> None:
    text = (
        "Wire service\n\n"
        "WASHINGTON, DC, UNITED STATES, May 15, 2024 /EINPresswire.com/ -- The Deputy Secretary "
        "spoke yesterday with the Foreign Minister of Freedonia.\n"
    )
    layout = read_layout(text)
    assert layout.dateline == dt.date(2024, 5, 15)
    assert layout.sentences[0].text.startswith("The Deputy Secretary")


def test_dotted_dateline_with_dash() -> None:
    layout = read_layout("FDFA\n\nBern, 05.12.2023 - The Federal Councillor met the Minister.\n")
    assert layout.dateline == dt.date(2023, 12, 5)
    assert layout.published is not None
    assert layout.published.tzinfo is not None


def test_place_settles_numeric_dates() -> None:
    text = "Ministry\n\nMadrid, 12/03/2024\n\nThe Minister received the Minister on Monday.\n"
    layout = read_layout(text)
    assert layout.dateline == dt.date(2024, 3, 12)
    assert layout.month_first is False


def test_spanish_dateline() -> None:
    text = (
        "Ministerio\n\nSantiago, 24 de abril de 2024\n\nThe Minister met today with the Minister.\n"
    )
    assert read_layout(text).dateline == dt.date(2024, 4, 24)


def test_pib_posted_on_line() -> None:
    text = (
        "Prime Minister's Office\n\nPM holds telephone conversation with President\n\n"
        "Posted On: 29 AUG 2024 7:45PM by PIB Delhi\n\n"
        "Prime Minister Shri Narendra Modi received a telephone call today from the President.\n"
    )
    layout = read_layout(text)
    assert layout.published is not None
    assert layout.published.replace(tzinfo=None) == dt.datetime(2024, 8, 29, 19, 45)
    assert layout.publisher == "indiamea"


@pytest.mark.parametrize(
    ("line", "offset"),
    [
        ("5 June 2024, 10:00 GMT+3", dt.timedelta(hours=3)),
        ("5 June 2024 18:20 (UTC+05:30)", dt.timedelta(hours=5, minutes=30)),
        ("5 June 2024 09:00 UTC", dt.timedelta(0)),
    ],
)
def test_stated_zone(line: str, offset: dt.timedelta) -> None:
    layout = read_layout(f"Ruritania MFA\n\n{line}\n\nThe Minister met the Ambassador today.\n")
    assert layout.published is not None
    assert layout.published.utcoffset() == offset
