"""Dates in release text: reading date phrases and finding the event's day.

``find_dates`` lists every date phrase of a text (explicit dates with or
without a year, "today"/"yesterday", "on Wednesday"); ``resolve`` turns one
into a ``datetime.date`` against an anchor day (the release's dateline), and
``event_date`` picks the day the release's (first) contact took place.

Resolution rules (see docs of each function):

* a day and month without a year take the year that puts the day nearest to
  the anchor (so "December 30" in a release dated 2 January is last year's);
* "today", "this morning/afternoon/evening", "tonight" are the anchor day,
  "yesterday" the day before, "tomorrow" the day after (a release announcing a
  visit);
* a weekday ("on Wednesday") is the most recent such weekday on or before the
  anchor;
* without an anchor, only phrases that carry their own year resolve.

Numeric dates with slashes are ambiguous: "05/03/2024" is 5 March in most of
the world and May 3 in the United States.  A part above 12 decides
("28/02/2023" is day-first, "07/16/2020" month-first).  Otherwise the
publisher's convention decides (``month_first`` of :func:`find_dates`, from
``lexicons/publishers.toml``: a known publisher's, else that of the state
whose capital the dateline names); with no known convention the phrase is not
read as a date at all rather than guessed.  Year-first dates ("2024/06/05",
ISO "2024-06-05T10:00") are never ambiguous.  Dotted and dashed numeric dates
("13.04.2018", "14-06-2023") are day-first wherever they are written.  A
weekday written before an ambiguous date ("Wed, 09/08/2021") settles it when
only one reading falls on that weekday.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterator
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from diplomev._parser._layout import Layout, Segment


class DateMention(NamedTuple):
    """A date phrase at ``text[start:end]``.

    Exactly one reading is set: an explicit calendar date (``month`` and maybe
    ``year``/``day``), a day offset from the anchor (``offset``: 0 for today,
    -1 for yesterday, 1 for tomorrow), or a weekday (``weekday``, Monday = 0).
    A named tuple: every date phrase of every stage builds one, and it is cheap to build.
    """

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    offset: int | None = None
    weekday: int | None = None
    swappable: bool = False  # numeric, both parts <= 12: day/month hold the day-first reading

    @property
    def has_day(self) -> bool:
        """Whether the phrase names a single day (not just a month or year)."""
        return self.day is not None or self.offset is not None or self.weekday is not None


@functools.cache
def _calendar() -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names, each month also in upper case and, if lower case, capitalised."""
    data = tomllib.loads(
        resources.files("diplomev._parser")
        .joinpath("lexicons/calendar.toml")
        .read_text(encoding="utf-8")
    )
    months: dict[str, int] = {}
    for name, number in data["months"].items():
        for form in (name, name.upper(), name[:1].upper() + name[1:]):
            months.setdefault(form, number)
    return months, dict(data["weekdays"])


def _alternation(names: dict[str, int]) -> str:
    """Return an alternation of ``names``, longest first, grouped by initial letter.

    It matches what the flat alternation would, but where a date cannot start
    the engine tests one initial per group instead of every name.
    """
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


@functools.cache
def _date_re() -> re.Pattern[str]:
    months, _ = _calendar()
    mon = rf"(?:{_alternation(months)})(?![A-Za-z\u0410-\u042f\u0430-\u044f\u0451])\.?"
    year = r"(?:19|20)\d\d"
    # mid.ru glues the time to the year ("17 April 202019:58"): the time may
    # follow the year with no space at all.
    time = (
        r"(?:,?[ \t]?(?P<h1>[0-2]?\d):(?P<mi1>[0-5]\d)(?!\d)"
        r"(?:[ \t]?(?P<ap1>[AaPp])\.?[Mm]\b\.?)?)?"
    )
    pattern = "|".join(
        [
            # Year first: ISO "2024-06-05T10:00", and "2024/06/05", "2024.06.05" (East Asian usage).
            rf"(?<![\d.])(?P<iy>{year})(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)(?!\d)"
            r"(?:[ T](?P<ih>[0-2]?\d):(?P<imi>[0-5]\d)(?!\d))?",
            rf"(?<![\d.])(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\.?(?:[ \t\u00a0]|-)(?:of |de )?"
            rf"(?P<m1>{mon})(?:(?:,[ \t]?|[ \t\u00a0]|-)(?:de[ \t])?"
            rf"(?P<y1>{year})(?!\d{{3}}){time})?",
            rf"(?P<m2>{mon})[ \t\u00a0](?P<d2>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
            rf"(?:,?[ \t](?P<y2>{year})(?!\d))?",
            rf"(?P<m3>{mon})[ \t](?P<y3>{year})(?!\d)",
            rf"(?<![\d.])(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?P<y4>{year})(?!\d)",
            rf"(?<![\d/])(?P<a5>[0-3]?\d)/(?P<b5>[0-3]?\d)/(?P<y5>{year})(?!\d)",
            rf"(?<!\d)(?P<d6>[0-3]?\d)-(?P<m6>[01]?\d)-(?P<y6>{year})(?!\d)",
        ]
    )
    return re.compile(pattern)


# The first letter is a plain character class so that the regex engine can skip
# ahead to candidates quickly; the lookbehind then asks for a word start.
_RELATIVE = re.compile(
    r"[TtYy](?<!\w.)(?i:(?<=[Tt])(?:(?P<today>oday|onight|his (?:morning|afternoon|evening))"
    r"|(?P<tomorrow>omorrow))|(?<=[Yy])(?P<yesterday>esterday))\b"
)


@functools.cache
def _weekday_re() -> re.Pattern[str]:
    _, weekdays = _calendar()
    return re.compile(rf"(?P<wd>{_alternation(weekdays)})\b")


# Before a weekday: "on Tuesday", "last Friday" (the word itself must start a word).
_WEEKDAY_CUES = ("on ", "On ", "last ", "Last ")
_DIGITS = re.compile(r"\d+")
# A date phrase starts with a day, month or year of 1, 2 or 4 digits.
_DATE_RUNS = frozenset((1, 2, 4))


_WORD_CHAR = re.compile(r"\w")


def _weekday_cue(text: str, start: int) -> int | None:
    """Where "on"/"last" (a whole word) and a space right before ``start`` begin, if they do."""
    for cue in _WEEKDAY_CUES:
        at = start - len(cue)
        if at >= 0 and text.startswith(cue, at) and not (at and _WORD_CHAR.match(text, at - 1)):
            return at
    return None


def _int(text: str | None) -> int | None:
    return int(text) if text is not None else None


def _explicit(m: re.Match[str]) -> DateMention:
    months, _ = _calendar()
    g = m.groupdict()

    def month(name: str | None) -> int | None:
        return months.get(name.rstrip(".")) if name is not None else None

    if g["iy"] is not None:
        y, mo, d, h, mi = g["iy"], _int(g["im"]), g["id"], g["ih"], g["imi"]
    elif g["m1"] is not None:
        y, mo, d, h, mi = g["y1"], month(g["m1"]), g["d1"], g["h1"], g["mi1"]
    elif g["m2"] is not None:
        y, mo, d, h, mi = g["y2"], month(g["m2"]), g["d2"], None, None
    elif g["m3"] is not None:
        y, mo, d, h, mi = g["y3"], month(g["m3"]), None, None, None
    elif g["d4"] is not None:
        y, mo, d, h, mi = g["y4"], _int(g["m4"]), g["d4"], None, None
    elif g["a5"] is not None:
        return _slashed(m, int(g["a5"]), int(g["b5"]), int(g["y5"]))
    else:
        y, mo, d, h, mi = g["y6"], _int(g["m6"]), g["d6"], None, None
    return DateMention(m.start(), m.end(), _int(y), mo, _int(d), _hour(h, g["ap1"]), _int(mi))


def _hour(hour: str | None, meridiem: str | None) -> int | None:
    """Return the hour on the 24-hour clock: "7:45PM" is 19, "12:10 a.m." is 0."""
    if hour is None:
        return None
    h = int(hour)
    if meridiem is None or h > 12:
        return h
    return h % 12 + (12 if meridiem in "Pp" else 0)


def _slashed(m: re.Match[str], first: int, second: int, year: int) -> DateMention:
    """Read "a/b/yyyy": a part above 12 is the day; else keep the day-first reading, swappable."""
    if first > 12 >= second:
        return DateMention(m.start(), m.end(), year, second, first)
    if second > 12 >= first:
        return DateMention(m.start(), m.end(), year, first, second)
    if first > 12:  # both above 12: no date; the phrase is still consumed
        return DateMention(m.start(), m.end(), year)
    return DateMention(m.start(), m.end(), year, second, first, swappable=True)


def _month_starts(text: str, run: int) -> list[int]:
    """Where a month name may start that a date phrase's digits at ``run`` follow.

    "March 10", "Jan. 5", "сентября 2021": the month ends one space (and maybe
    a full stop) before the digits.  Longest names first, so earliest start first.
    """
    end = run - 1
    if end < 3 or text[end] not in " \t\u00a0":
        return []
    if text[end - 1] == ".":
        end -= 1
    months, lengths = _month_lookup()
    return [
        end - n
        for n in lengths.get(text[end - 1], ())
        if n <= end and text[end - n : end] in months
    ]


@functools.cache
def _month_lookup() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """Month names, and the lengths of those ending in each letter, longest first.

    Only the names ending in the letter before the digits can end there: the others
    need not be sliced out and compared.
    """
    months, _ = _calendar()
    lengths: dict[str, set[int]] = {}
    for name in months:
        lengths.setdefault(name[-1], set()).add(len(name))
    by_last = {last: tuple(sorted(sizes, reverse=True)) for last, sizes in lengths.items()}
    return frozenset(months), by_last


_WEEKDAY_BEFORE = re.compile(r"\b([A-Z][a-z]{2,8})\.?,?[ \t]+$")


def _weekday_order(text: str, mention: DateMention) -> bool | None:
    """Whether the weekday before an ambiguous date says it is month-first (None: no say)."""
    m = _WEEKDAY_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    weekday = _weekday_names().get(m.group(1)) if m else None
    if weekday is None or mention.year is None or mention.month is None or mention.day is None:
        return None
    day_first = _safe_date(mention.year, mention.month, mention.day)
    month_first = _safe_date(mention.year, mention.day, mention.month)
    fits = [d is not None and d.weekday() == weekday for d in (day_first, month_first)]
    return fits[1] if fits[0] != fits[1] else None


@functools.cache
def _weekday_names() -> dict[str, int]:
    """Weekday names and their three-letter abbreviations ("Wed") -> ISO weekday."""
    _, weekdays = _calendar()
    return {**weekdays, **{name[:3]: day for name, day in weekdays.items()}}


def _by_convention(text: str, mention: DateMention, month_first: bool | None) -> DateMention | None:
    """Settle a swappable numeric date by a weekday or the publisher's convention, else drop it."""
    if not mention.swappable:
        return mention
    said = _weekday_order(text, mention)
    month_first = month_first if said is None else said
    if month_first is None:
        return None
    if not month_first:
        return mention._replace(swappable=False)
    return mention._replace(month=mention.day, day=mention.month, swappable=False)


def explicit_dates(text: str, month_first: bool | None = None) -> list[DateMention]:
    """Calendar dates of ``text``: ``_date_re().finditer(text)``, tried only where one can start.

    Every date phrase has a run of 1, 2 or 4 digits, either at its start or
    right after a month name, so matching at those places alone finds the
    same phrases as scanning every position, many times faster.  An ambiguous
    numeric date is read by ``month_first`` (True: US order), or dropped when
    that is None (see the module's docstring).
    """
    pattern = _date_re()
    found: list[DateMention] = []
    pos = 0
    for run in _DIGITS.finditer(text):
        start = run.start()
        if start < pos or run.end() - start not in _DATE_RUNS:
            continue
        for candidate in (*_month_starts(text, start), start):
            if candidate < pos:
                continue
            m = pattern.match(text, candidate)
            if m is not None:
                mention = _by_convention(text, _explicit(m), month_first)
                if mention is not None:
                    found.append(mention)
                pos = m.end()
                break
    return found


def find_dates(text: str, month_first: bool | None = None) -> list[DateMention]:
    """Every date phrase of ``text``, in text order, non-overlapping.

    A weekday directly before an explicit date ("Thursday, March 10") is part
    of that date, not a separate mention.  ``month_first`` settles ambiguous
    numeric dates (see :func:`explicit_dates`).
    """
    found = explicit_dates(text, month_first)
    starts = [d.start for d in found]

    def free(start: int, end: int) -> bool:
        # Explicit dates do not overlap one another and are sorted: check the neighbour.
        i = bisect.bisect_right(starts, start) - 1
        return i < 0 or found[i].end <= start

    for m in _RELATIVE.finditer(text):
        if free(m.start(), m.end()):
            offset = 0 if m["today"] else 1 if m["tomorrow"] else -1
            found.append(DateMention(m.start(), m.end(), offset=offset))
    _, weekdays = _calendar()
    for m in _weekday_re().finditer(text):
        start = m.start()
        cue = _weekday_cue(text, start)
        if cue is None:
            continue
        after = text[m.end() : m.end() + 3]
        nxt = bisect.bisect_left(starts, m.end())
        glued = nxt < len(starts) and starts[nxt] - m.end() <= 3
        if free(cue, m.end()) and not glued and not after.startswith("'s"):
            found.append(DateMention(start, m.end(), weekday=weekdays[m["wd"]]))
    found.sort(key=lambda d: d.start)
    return found


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve(mention: DateMention, anchor: dt.date | None) -> dt.date | None:
    """Return the day ``mention`` names, read against ``anchor``; None if unknowable."""
    if mention.offset is not None:
        return anchor + dt.timedelta(days=mention.offset) if anchor else None
    if mention.weekday is not None:
        if anchor is None:
            return None
        return anchor - dt.timedelta(days=(anchor.weekday() - mention.weekday) % 7)
    if mention.month is None or mention.day is None or not 1 <= mention.month <= 12:
        return None
    if mention.year is not None:
        return _safe_date(mention.year, mention.month, mention.day)
    if anchor is None:
        return None
    options = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _safe_date(y, mention.month, mention.day)) is not None
    ]
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


_LIST_TAIL = re.compile(r"(?:,[ \t]?|[ \t](?:and|&)[ \t])([0-3]?\d)(?![\d:])")


def parse_dates(phrase: str, anchor: dt.date | None) -> list[dt.date]:
    """Every day named in ``phrase``, resolved against ``anchor``.

    A list of days after one month ("April 9, 10, 11 and 12") gives each day.
    """
    out: list[dt.date] = []
    for mention in find_dates(phrase):
        day = resolve(mention, anchor)
        if day is None:
            continue
        out.append(day)
        if mention.year is None and mention.day is not None and mention.month is not None:
            pos = mention.end
            while (m := _LIST_TAIL.match(phrase, pos)) is not None:
                extra = _safe_date(day.year, day.month, int(m.group(1)))
                if extra is None:
                    break
                out.append(extra)
                pos = m.end()
    return out


# A date phrase right after one of these words is not when the contact was
# held: "the 13 November attacks", "since 5 May", "until 2026"; but "on the 4th
# of June" is.
_NOT_EVENT_BEFORE = re.compile(
    r"(?:(?<!\bon )\bthe|\bsince|\buntil|\btill|\bby|\bbefore|\bafter|\bfrom|\bthrough)[ \t]*$",
    re.IGNORECASE,
)
# After the first sentence, a date announced as still to come ("the upcoming
# meeting ... on June 11") is another event's, not the contact's.
_FUTURE_BEFORE = re.compile(
    r"\b(?:upcoming|forthcoming|next|will|shall|scheduled|planned|is to|are to|due to)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^[\u2019']s\b")

# How far into the prose the event's day is looked for: the lead, counted in
# sentences of prose (a photo caption or a "From:" label is not one).
_LEAD_SENTENCES = 4
# The contact's day is named early in a sentence; longer text is not searched.
_SCAN = 1500
# A sentence of prose has this many words in lower case at least ("with", "met"):
# captions, labels and lists of names have fewer.
_PROSE_WORDS = 3
# A release reports a contact within weeks of it.  A day further than this from the
# release's own dateline belongs to another event (a treaty "signed on October 1,
# 1953", an anniversary) and is passed over.
_MAX_DAYS_FROM_DATELINE = 45


def _is_event_mention(text: str, floor: int, mention: DateMention, lead: bool) -> bool:
    """Tell whether ``mention`` (in a segment starting at ``floor``) may be the event's day."""
    if not mention.has_day:
        return False
    before = text[max(floor, mention.start - 12) : mention.start]
    if _NOT_EVENT_BEFORE.search(before) or _POSSESSIVE.match(text, mention.end):
        return False
    return lead or not _FUTURE_BEFORE.search(text, max(floor, mention.start - 120), mention.start)


def _is_prose(segment: Segment) -> bool:
    lower = 0
    for word in segment.text[:300].split():
        if word[0].islower():
            lower += 1
            if lower >= _PROSE_WORDS:
                return True
    return False


def _lead(layout: Layout) -> Iterator[tuple[Segment, bool]]:
    """Yield the title and the lead sentences, each with whether it is the very lead.

    Lazily: the day is usually in the title or the first sentence, and telling
    prose from captions costs time for every sentence looked at.
    """
    if layout.title is not None:
        yield layout.title, True
    prose = 0
    for sentence in layout.sentences:
        if prose >= _LEAD_SENTENCES:
            break
        if _is_prose(sentence):
            prose += 1
        yield sentence, prose <= 1


def _near(day: dt.date | None, anchor: dt.date | None) -> bool:
    return day is None or anchor is None or abs((day - anchor).days) <= _MAX_DAYS_FROM_DATELINE


def event_date(layout: Layout) -> dt.date | None:
    """Return the day the release's (first) contact took place, or None.

    The first day-naming phrase of the title and lead sentences decides; if
    it cannot be resolved (no year known) the answer is None.  A day far from
    the release's dateline is another event's and is skipped.  With no such
    phrase, a release's own dateline is taken as the day (readouts are dated
    the day of the contact), but a mirror's posting date is not.
    """
    anchor = layout.dateline
    for segment, lead in _lead(layout):
        for mention in find_dates(segment.text[:_SCAN], layout.month_first):
            if _is_event_mention(segment.text, 0, mention, lead):
                day = resolve(mention, anchor)
                if _near(day, anchor):
                    return day
    if layout.dateline_source in ("text", "notice"):
        return layout.dateline
    return None
