"""parse_release as a whole: totality, spans, and the dev corpus when it is there."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomev
from diplomev import Agreement, Event, Proposal, Reference, ReleaseParseError
from tests.parser.hostile import CHARACTER_UNITS, LEAD, SENTENCE_UNITS, repeated

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
RELEASES = sorted(
    [
        *(ROOT / "examples" / "releases").glob("*.txt"),
        *(ROOT / "tests" / "parser" / "releases").glob("*.txt"),
    ]
)


def assert_spans_hold(event: Event, text: str) -> None:
    """Every extracted text is exactly the slice of the release its span names."""
    records: list[Proposal | Agreement | Reference] = [
        *event.proposals,
        *event.agreements,
        *event.references,
    ]
    for record in records:
        assert record.span is not None
        assert text[record.span.start : record.span.end] == record.text
    for participant in event.participants:
        assert participant.span is not None
        assert 0 <= participant.span.start < participant.span.end <= len(text)
    assert event.title is None or event.title in text
    for topic in event.topics:
        assert topic in text


def parse_or_refuse(text: str) -> Event | None:
    try:
        event = diplomev.parse_release(text)
    except ReleaseParseError as exc:
        reason = exc.reason
        assert reason
        return None
    assert_spans_hold(event, text)
    return event


@given(st.text(max_size=2000))
def test_any_text_gives_an_event_or_a_reason(text: str) -> None:
    parse_or_refuse(text)


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
@given(data=st.data())
def test_cut_and_shuffled_releases_never_crash(path: Path, data: st.DataObject) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    shuffled = data.draw(st.permutations(lines))
    cut = data.draw(st.integers(0, len(text)))
    parse_or_refuse("".join(shuffled))
    parse_or_refuse(text[:cut])
    parse_or_refuse(text[cut:])


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]+\s*|[^\n]+\n?|\n")


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_releases_with_every_sentence_or_line_doubled_never_crash(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    parse_or_refuse("".join(piece * 2 for piece in _SENTENCE.findall(text)))
    parse_or_refuse("".join(line * 2 for line in text.splitlines(keepends=True)))


# A safety net against blow-ups, not a speed test: a linear parser reads a megabyte
# of any of these in a few seconds at most, a quadratic one takes minutes.
_MEGABYTE = 1_000_000
_BOUND_SECONDS = 10.0
HOSTILE = {
    **{f"{name} after a lead": (unit, LEAD) for name, unit in CHARACTER_UNITS.items()},
    **{name: (unit, LEAD) for name, unit in SENTENCE_UNITS.items()},
    "a name alone": (CHARACTER_UNITS["name"], ""),
    "commas alone": (CHARACTER_UNITS["commas"], ""),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_megabyte_of_hostile_text_is_read_within_the_bound(name: str) -> None:
    unit, lead = HOSTILE[name]
    text = repeated(unit, _MEGABYTE, lead)
    started = time.perf_counter()
    parse_or_refuse(text)
    elapsed = time.perf_counter() - started
    assert elapsed < _BOUND_SECONDS, f"{elapsed:.1f} s for a megabyte of {unit!r}"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "\x00\x01\x02" * 50,
        "1234 5678",
        "The weather was fine and the harvest good.",
    ],
)
def test_what_is_not_a_release_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(ReleaseParseError) as exc:
        diplomev.parse_release(text)
    assert exc.value.reason


def test_an_oversized_text_is_refused() -> None:
    with pytest.raises(ReleaseParseError, match="at most"):
        diplomev.parse_release("talks " * (diplomev.MAX_RELEASE_CHARS // 6 + 1))


def test_url_only_fills_the_source() -> None:
    text = RELEASES[0].read_text(encoding="utf-8")
    event = diplomev.parse_release(text, url="https://example.org/release")
    assert event.source.url == "https://example.org/release"
    assert diplomev.parse_release(text).source.url is None


def test_parsed_events_round_trip_through_json() -> None:
    for path in RELEASES:
        text = path.read_text(encoding="utf-8")
        event = diplomev.parse_release(text)
        assert diplomev.loads(diplomev.dumps(event)) == event


def corpus_releases() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no dev corpus (../shared) beside this clone")
def test_the_dev_corpus_parses_without_crash_and_with_exact_spans() -> None:
    for path in corpus_releases():
        body = path.read_text(encoding="utf-8").partition("\n---\n")[2]
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        event = parse_or_refuse(body)
        if gold.get("usable", True) and gold.get("language") == "en":
            assert event is not None, path.name


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_releases_in_other_cases_never_crash(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for variant in (text.upper(), text.lower(), text.title(), text.swapcase()):
        parse_or_refuse(variant)
