"""Tests of diplomev._countries: the table's data, find_code(), mentions() and their speed."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomev._countries as countries

STATE_CODE = re.compile(r"[A-Z]{3}")
ORG_CODE = re.compile(r"[A-Z][A-Za-z0-9]{1,9}")


def raw_rows(filename: str) -> list[list[str]]:
    """Read a TSV file of the package independently of the module's loader."""
    text = resources.files("diplomev._countries").joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    columns = ["code", "name", "aliases", "adjectives", "quiet", "blocked"]
    if filename == "countries.tsv":
        columns.append("capital")
    assert lines[0].split("\t") == columns
    return [line.split("\t") for line in lines[1:]]


def written_forms(row: list[str]) -> list[str]:
    """Return every name, alias and adjective written in a row (a leading "the" included)."""
    forms = [row[1]]
    for cell in row[2:4]:
        forms += [part for part in cell.split("|") if part]
    return forms


STATES = raw_rows("countries.tsv")
ORGS = raw_rows("organisations.tsv")


# --- the data ------------------------------------------------------------------------------------


def test_every_iso_3166_entry_is_there_once() -> None:
    codes = [row[0] for row in STATES]
    assert len(codes) == 249
    assert len(set(codes)) == 249
    assert all(STATE_CODE.fullmatch(code) for code in codes)


@pytest.mark.parametrize("row", STATES + ORGS, ids=lambda row: row[0])
def test_row_is_well_formed(row: list[str]) -> None:
    assert 2 <= len(row) <= (6 if row in ORGS else 7)
    assert all(cell == cell.strip() for cell in row)
    assert row[1], "every entry has a name"
    for cell in row[2:]:
        assert "||" not in cell
        assert not cell.startswith("|")
        assert not cell.endswith("|")


CAPITALLESS = {"ATA", "BVT", "ESH", "HKG", "HMD", "IOT", "MAC", "NFK", "TKL", "UMI"}


def test_every_state_has_a_capital_unless_the_table_says_why() -> None:
    without = {row[0] for row in STATES if len(row) < 7 or not row[6]}
    assert without == CAPITALLESS


@pytest.mark.parametrize("row", [row for row in STATES if len(row) == 7], ids=lambda row: row[0])
def test_every_capital_maps_back_to_its_state(row: list[str]) -> None:
    for form in row[6].split("|"):
        assert countries.capital_code(form) == row[0]
        assert form in countries.capitals()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Rome", "ITA"),
        ("  rome ", "ITA"),
        ("Brasilia", "BRA"),
        ("Brasília", "BRA"),
        ("Nuku\u2019alofa", "TON"),
        ("La Paz", "BOL"),
        ("Sucre", "BOL"),
        ("The Hague", "NLD"),
        ("Washington, D.C.", "USA"),
        ("Kiev", "UKR"),
        ("Brussels", "BEL"),
    ],
)
def test_capital_code(name: str, code: str) -> None:
    assert countries.capital_code(name) == code


@pytest.mark.parametrize("name", ["Geneva", "New York", "Russia", "", "Hague", "Strasbourg"])
def test_capital_code_refuses_what_is_no_capital(name: str) -> None:
    assert countries.capital_code(name) is None


def test_capitals_include_accent_free_spellings() -> None:
    assert {"Bogotá", "Bogota", "Moscow", "New Delhi"} <= countries.capitals()
    assert "Geneva" not in countries.capitals()


@given(st.text(max_size=40))
def test_capital_code_is_total(text: str) -> None:
    code = countries.capital_code(text)
    assert code is None or countries.is_known(code)


def test_organisation_codes_are_distinct_from_states() -> None:
    org_codes = [row[0] for row in ORGS]
    assert len(set(org_codes)) == len(org_codes)
    assert all(ORG_CODE.fullmatch(code) for code in org_codes)
    assert not set(org_codes) & {row[0] for row in STATES}


def test_known_codes_are_both_tables() -> None:
    assert countries.known_codes() == {row[0] for row in STATES + ORGS}


@pytest.mark.parametrize("row", STATES + ORGS, ids=lambda row: row[0])
def test_every_written_form_maps_back_to_its_own_code(row: list[str]) -> None:
    code = row[0]
    assert countries.is_known(code)
    assert countries.is_organisation(code) == (row in ORGS)
    assert countries.name_of(code) == row[1]
    for form in written_forms(row):
        assert countries.find_code(form) == code, form
        assert countries.find_code(form.upper()) == code, form
        if any(ch.islower() for ch in form):
            assert countries.find_code(form.lower()) == code, form


@pytest.mark.parametrize("row", STATES + ORGS, ids=lambda row: row[0])
def test_every_searched_form_is_found_in_running_text(row: list[str]) -> None:
    code = row[0]
    quiet = set(row[4].split("|")) if len(row) > 4 else set()
    for form in written_forms(row):
        if form in quiet:
            assert countries.mentions(f"Talks with {form} today.") == [], form
        elif form.endswith("-"):
            found = countries.mentions(f"The {form}Russian talks.")
            assert [c for _, _, c in found] == [code, "RUS"], form
        else:
            sentence = f"Talks with {form} today."
            assert countries.mentions(sentence) == [(11, 11 + len(form), code)], form


def test_every_generated_variant_is_found_in_running_text() -> None:
    table = countries._table()
    for form, code in table.in_text.items():
        sentence = f"Talks with {form} today."
        if code is None:
            assert countries.mentions(sentence) == [], form
        elif form not in table.combining:
            assert countries.mentions(sentence) == [(11, 11 + len(form), code)], form
            assert countries.find_code(form) == code, form


@pytest.mark.parametrize("row", STATES + ORGS, ids=lambda row: row[0])
def test_blocked_phrases_are_not_reported(row: list[str]) -> None:
    blocked = row[5].split("|") if len(row) > 5 and row[5] else []
    for phrase in blocked:
        assert countries.find_code(phrase) is None, phrase
        assert countries.mentions(f"Talks on {phrase} today.") == [], phrase


# --- find_code -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Russian", "RUS"),
        ("the Russian Federation", "RUS"),
        ("  The Russian  Federation ", "RUS"),
        ("Russia", "RUS"),
        ("Russia's", "RUS"),
        ("Russia\u2019s", "RUS"),
        ("RUSSIA", "RUS"),
        ("the United States of America", "USA"),
        ("United States", "USA"),
        ("USA", "USA"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("the UK", "GBR"),
        ("Britain", "GBR"),
        ("British", "GBR"),
        ("the Republic of Korea", "KOR"),
        ("South Korea", "KOR"),
        ("ROK", "KOR"),
        ("DPRK", "PRK"),
        ("the Democratic People\u2019s Republic of Korea", "PRK"),
        ("PRC", "CHN"),
        ("Chinese", "CHN"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Czechia", "CZE"),
        ("Côte d\u2019Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Taiwan", "TWN"),
        ("Macedonia", "MKD"),
        ("UN", "UN"),
        ("United Nations", "UN"),
        ("European Union", "EU"),
        ("World Health Organisation", "WHO"),
        ("World Health Organization", "WHO"),
        ("Organization for Security and Co-operation in Europe", "OSCE"),
        ("Council of Europe", "COE"),
        ("CoE", "COE"),
        ("Arab League", "LAS"),
    ],
)
def test_find_code(phrase: str, code: str) -> None:
    assert countries.find_code(phrase) == code


@pytest.mark.parametrize(
    "phrase",
    [
        "Korea",  # which one?
        "Korean",
        "Congolese",
        "Dominican",
        "European",
        "African",
        "Arab",
        "Virgin Islands",
        "us",  # the pronoun, not the abbreviation
        "who",
        "the Secretary-General",  # a role, not an organisation
        "Latin America",
        "Northern Ireland",
        "",
        "   ",
        "the",
        "Moscow",
    ],
)
def test_find_code_refuses(phrase: str) -> None:
    assert countries.find_code(phrase) is None


def test_name_of_unknown_code_raises_key_error() -> None:
    assert countries.name_of("RUS") == "Russian Federation"
    assert countries.name_of("UN") == "United Nations"
    with pytest.raises(KeyError):
        countries.name_of("XXX")
    assert not countries.is_known("rus")
    assert not countries.is_organisation("RUS")


# --- mentions ------------------------------------------------------------------------------------


def spans(text: str) -> list[tuple[str, str]]:
    """Return the mentions of ``text`` as (span text, code) pairs."""
    return [(text[start:end], code) for start, end, code in countries.mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia\u2019s Foreign Minister spoke with the U.S. Secretary of State.",
            [("Russia", "RUS"), ("U.S.", "USA")],
        ),
        ("US-Russia talks; Russia's view", [("US", "USA"), ("Russia", "RUS"), ("Russia", "RUS")]),
        ("Sino-British Joint Declaration", [("Sino", "CHN"), ("British", "GBR")]),
        ("Let us talk to the WHO about who pays.", [("WHO", "WHO")]),
        ("PRESIDENT OF RUSSIA MEETS UN CHIEF", [("RUSSIA", "RUS"), ("UN", "UN")]),
        (
            "Papua New Guinea, Guinea-Bissau and Guinea",
            [
                ("Papua New Guinea", "PNG"),
                ("Guinea-Bissau", "GNB"),
                ("Guinea", "GIN"),
            ],
        ),
        (
            "South Sudan and Sudan; Niger and Nigeria",
            [
                ("South Sudan", "SSD"),
                ("Sudan", "SDN"),
                ("Niger", "NER"),
                ("Nigeria", "NGA"),
            ],
        ),
        (
            "Dominica and the Dominican Republic",
            [
                ("Dominica", "DMA"),
                ("Dominican Republic", "DOM"),
            ],
        ),
        (
            "the Democratic People's Republic of Korea and the Republic of Korea",
            [("Democratic People's Republic of Korea", "PRK"), ("Republic of Korea", "KOR")],
        ),
        ("Korea and the Korean Peninsula; the Congo", []),
        ("the People\u2019s Republic of\nChina", [("People\u2019s Republic of\nChina", "CHN")]),
        ("Latin American and North American partners", []),
        ("New Jersey, New Mexico and Northern Ireland", []),
        (
            "American Samoa and the Organization of American States",
            [
                ("American Samoa", "ASM"),
                ("Organization of American States", "OAS"),
            ],
        ),
        ("the Secretary-General of the United Nations", [("United Nations", "UN")]),
        ("European partners and the European Union", [("European Union", "EU")]),
        ("RussiaUkraine, USD, AUSTRIA, Chadian", [("AUSTRIA", "AUT"), ("Chadian", "TCD")]),
        ("Foreign Minister of Türkiye and of Turkiye", [("Türkiye", "TUR"), ("Turkiye", "TUR")]),
        ("US$5 million of US aid", [("US", "USA")]),
        ("patrols in the South China Sea and the Gulf of Guinea", []),
        ("the Chinese side and the Taiwan authorities", [("Chinese", "CHN"), ("Taiwan", "TWN")]),
    ],
)
def test_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@given(st.text())
def test_mentions_is_total_and_consistent(text: str) -> None:
    found = countries.mentions(text)
    last_end = 0
    for start, end, code in found:
        assert last_end <= start < end <= len(text)
        assert countries.is_known(code)
        assert countries.find_code(text[start:end]) == code
        last_end = end


NAMES = st.sampled_from(
    ["Russia", "US", "U.S.", "Papua New Guinea", "Korea", "Republic of", "the", "'s", "-", "UN"]
)


@given(st.lists(st.one_of(NAMES, st.sampled_from([" ", ",", "\n", "\u2019", ""])), max_size=40))
def test_mentions_on_name_soup(parts: list[str]) -> None:
    text = "".join(parts)
    for start, end, code in countries.mentions(text):
        assert countries.find_code(text[start:end]) == code


@given(st.text())
def test_find_code_is_total(text: str) -> None:
    code = countries.find_code(text)
    assert code is None or countries.is_known(code)


@pytest.mark.parametrize(
    "text",
    [
        "Russia, the United States of America and Papua New Guinea; " * 17_000,
        "," * 1_000_000,
        "United" + " " * 1_000_000,
        "Republic of " * 85_000,
        "Democratic People's Republic of " * 31_000,
        "A" * 1_000_000,
        "U.S" * 330_000,
        "Sino" * 250_000,
    ],
    ids=["names", "commas", "spaces", "republic-of", "dprk-prefix", "caps", "dots", "sino"],
)
def test_mentions_is_linear_on_a_megabyte(text: str) -> None:
    countries.mentions("warm up the compiled pattern")
    began = time.perf_counter()
    countries.mentions(text)
    # A generous safety net only: measured well under 0.2 s per megabyte.
    assert time.perf_counter() - began < 5


def test_import_loads_nothing() -> None:
    code = (
        "import diplomev, time; t = time.perf_counter(); import diplomev._countries as c; "
        "d = time.perf_counter() - t; "
        "assert c._table.cache_info().currsize == 0 and c._pattern.cache_info().currsize == 0; "
        "print(d)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert float(result.stdout) < 0.05  # generous: a cold import measures well under 5 ms
