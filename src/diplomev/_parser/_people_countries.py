"""Countries of the participants: the names in a segment, the publisher's home, assignment.

A mention's country comes from the text around it (``CountryIndex``); what stays
open is filled here, from the home of the release (its publisher, its letterhead,
the capital of its dateline) and then from the states the release talks about.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from importlib import resources

from diplomev import _countries
from diplomev._parser._layout import Layout, Segment
from diplomev._parser._people_records import Draft

_PAIR_WEIGHT = 5  # "the UK and Russia", "Russian-Turkish": the two sides, named together
_PAIR = re.compile(r"-|/|(?<!\s)\s++and\s++(?:the\s++)?")
_THE = ("the ", "The ")


def safe_code(phrase: str) -> str | None:
    """Return the code a whole phrase names; the country table never breaks this stage."""
    try:
        return _countries.find_code(phrase)
    except Exception:
        return None


def safe_mentions(text: str) -> list[tuple[int, int, str]]:
    """Return the country mentions of ``text``; the country table never breaks this stage."""
    try:
        return _countries.mentions(text)
    except Exception:
        return []


def safe_capital(name: str) -> str | None:
    """Return the state whose capital ``name`` is; the country table never breaks this stage."""
    try:
        return _countries.capital_code(name)
    except Exception:
        return None


@functools.cache
def _capital_names() -> frozenset[str]:
    try:
        return frozenset(c.casefold() for c in _countries.capitals())
    except Exception:
        return frozenset()


def is_capital(name: str) -> bool:
    """Tell if ``name`` is a capital as written (any case): a set look-up, cheap per name."""
    return name.casefold() in _capital_names()


def is_state(code: str) -> bool:
    """Organisations are never guessed: their officials carry their titles."""
    try:
        return not _countries.is_organisation(code)
    except Exception:
        return False


class CountryIndex:
    """Country mentions of one segment, indexed by start and end offset in the release."""

    __slots__ = ("by_end", "by_start", "found", "low", "seg", "text")

    def __init__(self, text: str, low: str, seg: Segment) -> None:
        self.text = text
        self.low = low  # ``text`` lower-cased, offset for offset
        self.seg = seg
        base = seg.start
        self.found = [(s + base, e + base, c) for s, e, c in safe_mentions(seg.text)]
        self.by_start = {s: (e, c) for s, e, c in self.found}
        self.by_end = {e: (s, c) for s, e, c in self.found}

    def codes(self) -> Iterable[str]:
        """Return the codes named, in text order."""
        return (c for _, _, c in self.found)

    def country_at(self, pos: int) -> tuple[int, str] | None:
        """Return (end, code) of the country starting at ``pos``, "the" before or after allowed."""
        hit = self.by_start.get(pos)
        if hit is None and self.text.startswith(_THE, pos):
            hit = self.by_start.get(pos + 4)
        if hit is None and self.text[max(0, pos - 4) : pos] in _THE:
            hit = self.by_start.get(pos - 4)
        return hit

    def country_before(self, pos: int) -> tuple[int, str] | None:
        """Return (start, code) of the adjective (maybe possessive) ending before ``pos``."""
        text, floor = self.text, self.seg.start
        j = pos
        while j > floor and text[j - 1] in " \t\u00a0":
            j -= 1
        if text.endswith("MFA", floor, j):
            j -= 3
            while j > floor and text[j - 1] == " ":
                j -= 1
        hit = self.by_end.get(j)
        if hit is None and text[j - 2 : j] in ("\u2019s", "'s", "`s"):
            hit = self.by_end.get(j - 2)
        if hit is None and text[j - 1 : j] in ("\u2019", "'"):
            hit = self.by_end.get(j - 1)
        if hit is None:
            return None
        start, code = hit
        if text[max(0, start - 4) : start] in _THE:
            start -= 4
        return start, code


# ------------------------------------------------------------------ home


@functools.cache
def _homes() -> dict[str, str]:
    """Load the publisher homes of ``titles.toml``."""
    raw = tomllib.loads(
        resources.files("diplomev._parser").joinpath("lexicons/titles.toml").read_text("utf-8")
    )
    return dict(raw["publishers"])


_LETTERHEAD = re.compile(
    r"\b(?:Ministry|Department|Government|Office|Embassy|Mission|Presidency|Chancellery)\b"
)
_HEADER_LINES = 8  # a letterhead sits in the first lines of the page
_HEADER_LIMIT = 3000
# "Rome, 8 February 2024", "NEW DELHI: 9 August": a place, then a date on the same line.
_DATELINE = re.compile(
    r"\A[ \t]*+(?P<place>[^\W\d_]++(?:[ .'-][^\W\d_]++){0,2})[ \t]*+[,:\u2013\u2014]"
)
_DIGIT = re.compile(r"\d")


def header_lines(layout: Layout) -> list[str]:
    """Lines above the first sentence, the title left out: letterhead and page furniture."""
    text = layout.text
    end = min(layout.sentences[0].start if layout.sentences else len(text), _HEADER_LIMIT)
    title = layout.title
    out: list[str] = []
    pos = 0
    while pos < end and len(out) < _HEADER_LINES:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        if text[pos:stop].strip() and (title is None or not pos <= title.start < stop + 1):
            out.append(text[pos:stop])
        pos = stop + 1
    return out


def _letterhead(lines: Sequence[str]) -> str | None:
    """Return the state a ministry's letterhead names: the publisher's home.

    "Ministry of Foreign Affairs of the Republic of Poland", or a state's name on a
    line of its own ("Republic of South Africa").
    """
    for line in lines:
        if len(line) > 120:
            continue
        found = safe_mentions(line)
        codes = {c for _, _, c in found}
        if len(codes) != 1:
            continue
        whole = len(found) == 1 and not line[: found[0][0]].strip(" the")
        whole = whole and not line[found[0][1] :].strip()
        if whole or _LETTERHEAD.search(line) is not None:
            return codes.pop()
    return None


def _dateline_capital(lines: Iterable[str]) -> str | None:
    """Return the state whose capital a dateline names ("Rome, 8 February 2024").

    A ministry dates its releases from its capital; read only when the publisher
    is not known, and only for a line that also carries a number (the date).
    """
    for line in lines:
        m = _DATELINE.match(line)
        if m is not None and _DIGIT.search(line, m.end()) is not None:
            code = safe_capital(m.group("place"))
            if code is not None:
                return code
    return None


def home_of(layout: Layout, header: Sequence[str]) -> str | None:
    """Return the state whose ministry published the release, where the page says so."""
    publisher = layout.publisher
    if publisher:
        homes = _homes()
        home = homes.get(publisher) or homes.get(publisher.split("-")[0])
        if home is not None:
            return _letterhead(header) or home
    first = layout.sentences[0].text[:80] if layout.sentences else ""
    return _letterhead(header) or _dateline_capital([*header, first])


# ------------------------------------------------------------ assignment


def country_counts(found: Iterable[tuple[Segment, CountryIndex]]) -> Counter[str]:
    """How much the release talks about each country; bilateral pairs weigh most."""
    counts: Counter[str] = Counter()
    for seg, index in found:
        counts.update(index.codes())
        for (_, e1, c1), (s2, _, c2) in itertools.pairwise(index.found):
            if c1 != c2 and _PAIR.fullmatch(seg.text, e1 - seg.start, s2 - seg.start):
                counts.update({c1: _PAIR_WEIGHT, c2: _PAIR_WEIGHT})
    return counts


def assign_countries(
    drafts: Sequence[Draft],
    home: str | None,
    said: Callable[[], Sequence[str]],
    header: Sequence[str],
) -> None:
    """Fill the countries the mentions left open: the home, then the countries ``said``.

    ``said()`` ranks the countries the release talks about, most first (asked only
    when the home leaves a side open); the page header ("Saudi Press Agency") only
    speaks when the release itself does not.
    """
    open_ = [d for d in drafts if d.country is None]
    if not open_:
        return
    # unnamed offices may be the named persons themselves: they do not hold a country yet
    taken = {d.country for d in drafts if d.country is not None and d.name is not None}
    fallback = home
    if home in taken:
        home = None  # another side holds it: the release was written abroad, or quotes it
    if home is not None:
        # the ministry's own side is the subject of its lead sentence, not of a headline
        own = next((d for d in open_ if not d.in_title), open_[0])
        own.country = home
        taken.add(home)
        open_ = [d for d in open_ if d is not own]
    if not open_:
        return
    if fallback is not None and len(taken) >= 2:
        # both sides are known: the persons left are the ones a ministry names of its own
        # side ("also joined", "accompanied by"), not a third state
        for d in open_:
            d.country = fallback
        return
    ranked = [*said(), *(c for line in header for _, _, c in safe_mentions(line))]
    ranked = [c for c in dict.fromkeys(ranked) if c not in taken and is_state(c)]
    for d, code in zip(open_, ranked, strict=False):
        d.country = code
    lead = home if home is not None else _lead_country(drafts)
    for d in open_:
        if d.country is None:
            d.country = lead


def _lead_country(drafts: Sequence[Draft]) -> str | None:
    """Return the country of the lead sentence's subject: the publisher's side, home unknown."""
    subject = next((d for d in drafts if not d.in_title), None)
    return subject.country if subject is not None else None
