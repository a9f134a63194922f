"""The shape of a release: where its title, dateline and prose are.

Every later stage works on ``Segment``s, offsets into the text exactly as the
caller gave it, so every string the parser extracts is a span of the input.

The layout reader goes line by line.  Lines that are page furniture (the
patterns of ``lexicons/noise.toml``) are dropped; a line that is only a date
is the dateline; lines before the first line of prose are the header, whose
most event-like line is the title; the rest are paragraphs, split into
sentences.  The publisher is recognised from format alone
(``lexicons/publishers.toml``).  ``published`` is aware in the zone the
dateline states ("10:00 GMT+3"), else that of its place ("Madrid, ..."), else
the publisher's; with none of them known it is None, never a guessed offset.
Date-only datelines give ``published`` at 00:00 of that day in the zone.
A dateline may also open the first paragraph ("ABU DHABI, 2nd July, 2024
(WAM) -- ..."): it is read, and the paragraph starts after it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from importlib import resources
from typing import Any

import attrs
from dateutil import tz

from diplomev import _countries
from diplomev._parser._dates import DateMention, explicit_dates, find_dates


@attrs.frozen
class Segment:
    """A stretch of the release: ``text == release[start:end]``."""

    start: int
    end: int
    text: str


@attrs.frozen
class Layout:
    """What the layout stage found in a release.

    ``dateline_source`` tells where ``dateline`` came from: ``"text"`` (a
    dateline line of the release), ``"notice"`` (a "press release issued on"
    sentence) or ``"mirror"`` (a news mirror's posting date); None if no
    dateline.  ``month_first`` is how the recognised publisher writes numeric
    dates ("05/03/2024" is May 3 when True, 5 March when False; None: not
    known), for later stages to pass to ``find_dates``.  ``lower`` is
    ``text.lower()``, made once for the stages that search the text in lower case
    (its length differs from the text's where a character lowers to two).
    """

    text: str
    lower: str
    publisher: str | None
    language: str | None
    title: Segment | None
    published: dt.datetime | None
    dateline: dt.date | None
    paragraphs: tuple[Segment, ...]
    sentences: tuple[Segment, ...]
    dateline_source: str | None = None
    month_first: bool | None = None


def _lexicon(name: str) -> str:
    return resources.files("diplomev._parser").joinpath(f"lexicons/{name}").read_text("utf-8")


@attrs.frozen
class _Noise:
    prefix: re.Pattern[str]
    line: re.Pattern[str]
    end: re.Pattern[str]
    bullet: re.Pattern[str]


def _union(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.IGNORECASE)


def _by_initial(names: list[str]) -> str:
    """Return an alternation of ``names`` grouped by initial, order kept within a group.

    It matches exactly what the flat alternation would (no two groups can match
    at the same place), but the engine tries one group instead of every name.
    """
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(
        f"{re.escape(initial)}(?:{'|'.join(rests)})" for initial, rests in groups.items()
    )


@functools.cache
def _noise() -> _Noise:
    data = tomllib.loads(_lexicon("noise.toml"))
    lines: list[dict[str, Any]] = data["line"]
    extra: dict[str, str] = data["dateline_places"]
    names = {c.upper() for c in _countries.capitals()} | set(extra)
    places = _by_initial(sorted(names, key=len, reverse=True))
    prefixes = [e["pattern"].replace("{dateline_place}", f"(?:{places})") for e in data["prefix"]]
    return _Noise(
        prefix=_union(prefixes),
        line=_union([e["pattern"] for e in lines if not e.get("end") and not e.get("bullet_only")]),
        end=_union([e["pattern"] for e in lines if e.get("end")]),
        bullet=_union([e["pattern"] for e in lines if e.get("bullet_only")]),
    )


@attrs.frozen
class _Signature:
    """A publisher's format cue, searched only when one of its needles occurs."""

    pattern: re.Pattern[str]
    weight: int
    needles: tuple[str, ...]


@attrs.frozen
class _Profile:
    id: str
    zone: str
    signatures: tuple[_Signature, ...]
    ceiling: int
    month_first: bool | None  # how the publisher writes numeric dates; None: not known


def _signature(entry: dict[str, Any]) -> _Signature:
    return _Signature(
        re.compile(entry["pattern"]),
        int(entry["weight"]),
        tuple(entry.get("needles", ())),
    )


@functools.cache
def _profiles() -> tuple[int, tuple[_Profile, ...]]:
    data = tomllib.loads(_lexicon("publishers.toml"))
    profiles = []
    for p in data["profile"]:
        # Heaviest first, so that a profile that can no longer win is left early.
        signatures = tuple(
            sorted((_signature(s) for s in p["signatures"]), key=lambda s: -s.weight)
        )
        order = _ORDERS.get(p.get("numeric_dates", ""))
        ceiling = sum(s.weight for s in signatures)
        profiles.append(_Profile(p["id"], p["zone"], signatures, ceiling, order))
    return int(data["min_score"]), tuple(profiles)


_ORDERS = {"month-first": True, "day-first": False}


@attrs.frozen
class _Places:
    """What a dateline's place tells when the publisher is not known (``publishers.toml``)."""

    orders: dict[str, bool | None]  # state code -> month_first; states not listed write day first
    zones: dict[str, str]  # place -> tz database name, where the name is not the place's own


@functools.cache
def _places() -> _Places:
    data = tomllib.loads(_lexicon("publishers.toml"))
    orders = {code: _ORDERS.get(way) for code, way in data["numeric_dates_by_state"].items()}
    zones = {place.casefold(): zone for place, zone in data["place_zones"].items()}
    return _Places(orders, zones)


# Regions of the tz database where a capital is looked up by its own name ("Europe/Madrid").
_REGIONS = ("Europe", "Asia", "Africa", "America", "Pacific", "Australia", "Atlantic", "Indian")


@functools.cache
def _place_zone(place: str) -> dt.tzinfo | None:
    """Return a dateline place's time zone: from the table, else the tz database's own name."""
    name = _places().zones.get(place.casefold())
    if name is not None:
        return tz.gettz(name)
    city = "_".join(w.capitalize() for w in place.split())
    if not city.replace("_", "").isalpha():
        return None
    for region in _REGIONS:
        zone = tz.gettz(f"{region}/{city}")
        if zone is not None:
            return zone
    return None


def _place_order(place: str) -> bool | None:
    """How the state whose capital ``place`` is writes numeric dates (None: not known)."""
    code = _countries.capital_code(place)
    if code is None:
        return None
    return _places().orders.get(code, False)


@functools.cache
def _abbreviation_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Abbreviations that never end a sentence, and dotted ones that may."""
    lines = _lexicon("abbreviations.txt").split("\n")
    words = [w for w in (line.split("#", 1)[0].strip().lower() for line in lines) if w]
    final = frozenset(w[1:] for w in words if w.startswith("!"))
    return frozenset(w for w in words if not w.startswith("!")), final


# ------------------------------------------------------------------ lines

_STRIP = " \t\r\f\v\u00a0\u200b\u2009\u202f\ufeff"
_MIRROR_DATE = re.compile(r"date (\d{4})-(\d{2})-(\d{2})[ \t]*", re.IGNORECASE)
_LIST_MARK = re.compile(
    r"(?:[:\u2022\u00b7\u25aa\u25e6*\-\u2013][ \t]*|\(?\d{1,2}[.)][ \t]+|\([a-z]\)[ \t]+)+"
)
_BULLET = re.compile(r"[\u2022\u00b7\u25aa\u25e6*]")
_TIME_ONLY = re.compile(r"[0-2]?\d:[0-5]\d")
_TIME_CHARS = 5  # the longest line _TIME_ONLY can match
# "18:05", and "17h30" as French, Portuguese and Spanish sites write the time.
_TIME = re.compile(r"(?<![\d:])([0-2]?\d)[:h]([0-5]\d)(?![\d:])")
_ENDS_SENTENCE = re.compile(r"[.!?:;][\"\u201d\u2019'\u00bb)\]]*$")
_NOTICE = re.compile(
    r"(?:the|this) (?:following )?press release (?:was )?(?:issued|published|released)\b",
    re.IGNORECASE,
)
_TITLE_CUE = re.compile(
    r"call|conversation|talks?\b|meet|meeting|visit|readout|statement|consultations?|remarks"
    r"|message|phone|spoke|dialogue|telefongespräch|встреч|разговор",
    re.IGNORECASE,
)
# Latin letters with accents too, so that "Brasília" is one capitalised word, not "Bras" "lia".
_DATELINE_WORD = re.compile(
    r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0410-\u042f\u0430-\u044f\u0401\u0451.]+"
)
# Words a dateline line may carry besides the date, a place and a weekday.
_DATELINE_ALLOWED = frozenset(
    (
        *("on", "by", "at", "of", "the", "press", "release", "local", "time"),
        *("ist", "gmt", "utc", "msk", "submitted", "distributed", "published"),
        *("updated", "posted", "am", "pm", "a.m.", "p.m.", "last"),
        # Publication stamps of sites in other languages ("Publicado em", "Publié le",
        # "mis à jour le", "Veröffentlicht am", "Actualizado el").
        *("publicado", "publicada", "atualizado", "actualizado", "em", "el", "le", "publié"),
        *("mis", "à", "jour", "veröffentlicht", "aktualisiert"),
    )
)
_DIGIT = re.compile(r"\d")
_MAX_TITLE = 300
_MAX_DATELINE = 120


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of non-blank lines, without their surrounding whitespace."""
    spans = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip(_STRIP)
        if stripped:
            start = pos + raw.index(stripped)
            spans.append((start, start + len(stripped)))
        pos += len(raw) + 1
    return spans


def _strip_prefixes(text: str, start: int, end: int) -> tuple[int, dt.date | None]:
    """Drop mirror and letterhead prefixes; return the new start and a mirror date."""
    mirror: dt.date | None = None
    prefix = _noise().prefix
    for _ in range(6):
        m = _MIRROR_DATE.match(text, start, end)
        if m is not None and mirror is None:
            mirror = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = m or prefix.match(text, start, end)
        if m is None or m.end() == start:
            break
        start = m.end()
        while start < end and text[start] in _STRIP:
            start += 1
    return start, mirror


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_date(mention: DateMention) -> dt.date | None:
    if mention.year is None or mention.month is None or mention.day is None:
        return None
    return _safe_date(mention.year, mention.month, mention.day)


@attrs.frozen
class _Dateline:
    """A dateline read: the day, the time and zone if stated, and the place it names."""

    day: dt.date
    time: tuple[int, int] | None
    place: str | None
    zone: dt.tzinfo | None


# The place a dateline opens with: "Madrid, ...", "ABU DHABI, ...", "WASHINGTON, DC, UNITED
# STATES, ..." (the first name is the place; the names after it say where that is).
_PLACE_HEAD = re.compile(
    r"(?P<place>[A-Z][A-Za-z\u00c0-\u017f.'\u2019-]*"
    r"(?:[ \t][A-Z][A-Za-z\u00c0-\u017f.'\u2019-]*){0,3})"
    r"(?:,[ \t]?[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,2}){0,2},[ \t]?"
)
# A time zone written after the time: "10:00 GMT+3", "18:20 (UTC+05:30)", "09:00 UTC".
_ZONE = re.compile(r"\b(?:GMT|UTC)(?:[ \t]?([+\-\u2212])[ \t]?(\d{1,2})(?::?([0-5]\d))?)?(?![\w+])")


def _stated_zone(line: str) -> dt.tzinfo | None:
    m = _ZONE.search(line)
    if m is None:
        return None
    if m.group(1) is None:
        return dt.UTC
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    if minutes > 14 * 60:
        return None
    return tz.tzoffset(None, (-60 if m.group(1) != "+" else 60) * minutes)


def _dateline_of(line: str, month_first: bool | None) -> _Dateline | None:
    """Return the dateline if ``line`` is one: a date amid furniture only.

    A line may state two stamps ("Published 22/05/2024 17h30 Updated 22/05/2024
    18h02"): the first date is the dateline, the other dates and times are furniture.
    With no known convention, a place that opens the line settles how numeric dates
    are written there ("Madrid, 12/03/2024" is 12 March).
    """
    if len(line) > _MAX_DATELINE or line.endswith(":") or _DIGIT.search(line) is None:
        return None
    place = _place_of(line) if month_first is None else None
    if place is not None:
        month_first = _place_order(place)
    # Only calendar dates are full dates: "today" or "on Monday" never make a dateline.
    mentions = explicit_dates(line, month_first)
    for mention in mentions:
        day = _full_date(mention)
        if day is None:
            continue
        rest = line[: mention.start] + " " + line[mention.end :]
        furniture = _TIME.sub(" ", _without(line, mentions))
        words = [w for w in _DATELINE_WORD.findall(furniture) if w.lower() not in _DATELINE_ALLOWED]
        if len(words) > 6 or any(w[0].islower() for w in words if w != "."):
            return None
        time: tuple[int, int] | None = None
        if mention.hour is not None and mention.minute is not None:
            time = (mention.hour, mention.minute)
        elif (t := _TIME.search(rest)) is not None:
            time = (int(t.group(1)), int(t.group(2)))
        return _Dateline(day, time, place or _place_of(line), _stated_zone(line))
    return None


def _place_of(line: str) -> str | None:
    """Return the place a dateline opens with ("Madrid" of "Madrid, 12/03/2024"), if any."""
    head = _PLACE_HEAD.match(line)
    return head.group("place") if head is not None else None


# After a dateline that opens the first paragraph: an agency's tag ("(WAM)",
# "/EINPresswire.com/") and the dash before the prose.
# Each part starts with a fixed character, so no search re-reads a run of blanks.
_LEAD_TAIL = re.compile(
    r"(?:\([^()\n]{1,40}\)[ \t]?|/[^/\n]{1,40}/[ \t]?)?(?:--?|\u2013|\u2014)(?=[ \t])"
)
# The date follows the place closely.
_LEAD_DATE = 40


def _lead_dateline(line: str, month_first: bool | None) -> tuple[_Dateline, int] | None:
    """Read a dateline that opens a paragraph: "Bern, 05.12.2023 - Federal Councillor ...".

    Returns it and where the prose after it begins.
    """
    head = _PLACE_HEAD.match(line)
    if head is None:
        return None
    place = head.group("place")
    order = month_first if month_first is not None else _place_order(place)
    mentions = explicit_dates(line[head.end() : head.end() + _LEAD_DATE], order)
    if not mentions or mentions[0].start != 0 or (day := _full_date(mentions[0])) is None:
        return None
    tail = _LEAD_TAIL.match(line, _skip_blanks(line, head.end() + mentions[0].end))
    prose = _skip_blanks(line, tail.end()) if tail is not None else len(line)
    if prose >= len(line):
        return None
    m = mentions[0]
    time = (m.hour, m.minute) if m.hour is not None and m.minute is not None else None
    return _Dateline(day, time, place, None), prose


def _skip_blanks(line: str, pos: int) -> int:
    """Return where the blanks at ``pos`` end (a loop, so that no pattern re-reads them)."""
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    return pos


def _without(line: str, mentions: list[DateMention]) -> str:
    """``line`` with the date phrases ``mentions`` blanked out."""
    parts = []
    pos = 0
    for mention in mentions:
        parts.append(line[pos : mention.start])
        pos = mention.end
    parts.append(line[pos:])
    return " ".join(parts)


# A title may end in its own date: "... Tuggar (7 March 2024)", "... Albanese: 3 March 2023".
_TITLE_DATE_MARKS = ":|-,\u2013\u2014"
# The date at the end of a title lies within this many characters of its end.
_TITLE_DATE_TAIL = 40


def _title_date(line: str, month_first: bool | None) -> dt.date | None:
    """Return the full date that ends a title line, in parentheses or after a colon or dash."""
    tail = line[-_TITLE_DATE_TAIL:]
    mentions = explicit_dates(tail, month_first)
    if not mentions:
        return None
    last = mentions[-1]
    after = tail[last.end :].strip(_STRIP)
    before = tail[: last.start].rstrip(_STRIP)
    bracketed = after == ")" and before.endswith("(")
    marked = not after and before[-1:] in _TITLE_DATE_MARKS
    return _full_date(last) if bracketed or marked else None


def _is_title_like(line: str) -> bool:
    return len(line) <= _MAX_TITLE and _ENDS_SENTENCE.search(line) is None


# ------------------------------------------------------------ sentences

_BOUNDARY = re.compile(r"[.!?]+[\"\u201d\u2019'\u00bb)\]]*")
_TOKEN_BEFORE = re.compile(r"[\w.]{1,20}$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_OPENERS = "\"\u201c\u2018'\u00ab(["


def _is_boundary(text: str, m: re.Match[str], limit: int) -> tuple[bool, int]:
    """Whether the punctuation at ``m`` ends a sentence; and where the next one starts.

    ``limit`` is the end of the paragraph: nothing beyond it is looked at.
    """
    end = m.end()
    nxt = end
    while nxt < limit and text[nxt] in _STRIP:
        nxt += 1
    if nxt >= limit:
        return False, nxt
    c = text[nxt]
    glued = nxt == end
    if glued:
        # "security.The": glued sentences in scraped text; demand a lower-case
        # letter before and a capitalised word after, so "U.S" and "V.Putin" stay.
        ok = (
            m.group().startswith(".")
            and m.start() >= 2
            and text[m.start() - 1].islower()
            and text[m.start() - 2].isalpha()
            and c.isupper()
            and nxt + 1 < limit
            and text[nxt + 1].islower()
        )
        if not ok:
            return False, nxt
    elif not (c.isupper() or c.isdigit() or c in _OPENERS):
        return False, nxt
    if m.group()[0] == ".":
        tok = _TOKEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
        word = tok.group().lstrip(".") if tok else ""
        never, may = _abbreviation_sets()
        if word.lower() in never:
            return False, nxt
        if (len(word) == 1 and word.isupper()) or (
            _INITIALS.fullmatch(word) and word.lower() not in may
        ):
            return False, nxt
        if (
            word.isdigit()
            and len(word) <= 2
            and find_dates(text[m.start() - len(word) : min(limit, nxt + 12)])
        ):
            return False, nxt
    return True, nxt


def _sentences_of(text: str, paragraph: Segment) -> list[Segment]:
    out: list[Segment] = []
    start = paragraph.start
    for m in _BOUNDARY.finditer(text, paragraph.start, paragraph.end):
        if m.end() >= paragraph.end:
            break  # the paragraph's own end: no sentence follows to split off
        split, nxt = _is_boundary(text, m, paragraph.end)
        if split and m.end() > start:
            out.append(Segment(start, m.end(), text[start : m.end()]))
            start = nxt
    if start < paragraph.end:
        out.append(Segment(start, paragraph.end, text[start : paragraph.end]))
    return [s for s in out if s.text.strip(_STRIP)]


# ------------------------------------------------------------ assembly


@attrs.define
class _Scan:
    """Mutable state of one pass over the lines."""

    header: list[Segment] = attrs.field(factory=list)
    paragraphs: list[Segment] = attrs.field(factory=list)
    dateline: dt.date | None = None
    time: tuple[int, int] | None = None
    loose_time: tuple[int, int] | None = None
    source: str | None = None
    mirror: dt.date | None = None
    title_date: dt.date | None = None
    ended: bool = False
    month_first: bool | None = None
    place: str | None = None
    zone: dt.tzinfo | None = None

    def date(self, found: _Dateline) -> None:
        """Take ``found`` as the dateline unless one was found before."""
        if self.dateline is not None:
            return
        self.dateline, self.time, self.source = found.day, found.time, "text"
        self.place, self.zone = found.place, found.zone
        if self.month_first is None and found.place is not None:
            # The place's convention then holds for the whole release.
            self.month_first = _place_order(found.place)


def _visit(text: str, start: int, end: int, scan: _Scan) -> None:
    noise = _noise()
    start, mirror = _strip_prefixes(text, start, end)
    if mirror is not None and scan.mirror is None:
        scan.mirror = mirror
    line = text[start:end].rstrip(_STRIP)
    end = start + len(line)
    if not line or scan.ended:
        return
    mark = _LIST_MARK.match(line)
    bare = line[mark.end() :] if mark is not None and mark.end() < len(line) else None
    if noise.end.fullmatch(line) or (bare is not None and noise.end.fullmatch(bare)):
        scan.ended = bool(scan.paragraphs)
        return
    if noise.line.fullmatch(line) or (bare is not None and noise.line.fullmatch(bare)):
        return
    if _BULLET.match(line) and noise.bullet.fullmatch(line):
        return
    if len(line) <= _TIME_CHARS and _TIME_ONLY.fullmatch(line):
        scan.loose_time = scan.loose_time or _time_of(line)
        return
    found = _dateline_of(line, scan.month_first)
    if found is not None:
        _drop_place_line(scan)
        scan.date(found)
        return
    if _NOTICE.match(line):
        dates = [d for d in map(_full_date, find_dates(line, scan.month_first)) if d]
        if dates and scan.dateline is None:
            scan.dateline, scan.source = dates[0], "notice"
        return
    if mark is not None and mark.end() < len(line):
        start += mark.end()
    elif not scan.paragraphs and scan.dateline is None and "," in line[:_LEAD_DATE]:
        lead = _lead_dateline(line, scan.month_first)
        if lead is not None:
            scan.date(lead[0])
            start += lead[1]
    segment = Segment(start, end, text[start:end])
    if not scan.paragraphs and _is_title_like(segment.text):
        scan.header.append(segment)
        if scan.title_date is None:
            scan.title_date = _title_date(segment.text, scan.month_first)
    else:
        scan.paragraphs.append(segment)


_PLACE = re.compile(r"[A-Z][\w.'\u2019-]*(?:,? [A-Z][\w.'\u2019-]*){0,3}")


def _drop_place_line(scan: _Scan) -> None:
    """Drop a place name ("New Delhi") on the line before a closing dateline."""
    if len(scan.paragraphs) > 1 and _PLACE.fullmatch(scan.paragraphs[-1].text):
        scan.paragraphs.pop()


def _time_of(line: str) -> tuple[int, int] | None:
    m = _TIME.search(line)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _pick_title(header: list[Segment]) -> Segment | None:
    def score(item: tuple[int, Segment]) -> tuple[int, int]:
        cue = 200 if _TITLE_CUE.search(item[1].text) else 0
        return cue + len(item[1].text), item[0]

    return max(enumerate(header), key=score)[1] if header else None


_CYRILLIC = re.compile(r"[\u0410-\u042f\u0430-\u044f\u0401\u0451]")
# Function words that tell English from German (the corpus's other Latin-script language).
_ENGLISH = frozenset(("the", "and", "of", "to", "with", "on", "for", "was", "were", "that"))
_GERMAN = frozenset(("der", "die", "und", "des", "mit", "den", "im", "zu", "das", "von", "ein"))
# Enough prose to tell the language; more only costs time.
_SAMPLE = 1000


def _language(sample: str) -> str | None:
    words = sample.lower().split()
    if _CYRILLIC.search(sample) is not None:
        cyrillic = sum(1 for w in words if _CYRILLIC.match(w))
        latin = sum(1 for w in words if w[:1].isascii() and w[:1].isalpha())
        if cyrillic > latin:
            return "ru"
    english = sum(map(_ENGLISH.__contains__, words))
    if english >= 2 and english > 2 * sum(map(_GERMAN.__contains__, words)):
        return "en"
    return None


# Publisher formats show in a release's head and tail; bounding the search
# keeps recognition fast on long or hostile input.
_HEAD, _TAIL = 1200, 400


def _present(signature: _Signature, sample: str) -> bool:
    """Whether one of the signature's needles (if it has any) occurs in ``sample``."""
    for needle in signature.needles:
        if needle in sample:
            return True
    return not signature.needles


def _publisher(text: str) -> _Profile | None:
    min_score, profiles = _profiles()
    if len(text) > _HEAD + _TAIL:
        text = text[:_HEAD] + "\n" + text[-_TAIL:]
    best: _Profile | None = None
    best_score = min_score - 1
    for profile in profiles:
        score, left = 0, profile.ceiling
        for signature in profile.signatures:
            if score + left <= best_score:
                break  # even every remaining signature would not beat the best
            left -= signature.weight
            if _present(signature, text) and signature.pattern.search(text):
                score += signature.weight
        if score > best_score:
            best, best_score = profile, score
    return best


def _zone_of(profile: _Profile | None, scan: _Scan) -> dt.tzinfo | None:
    """Return the dateline's zone: as stated, else its place's, else the publisher's.

    The place comes before the publisher: it says where the release was dated
    (an embassy abroad, a minister travelling).  None when none of them is
    known: no offset is ever assumed.
    """
    zone = scan.zone
    if zone is None and scan.place is not None:
        zone = _place_zone(scan.place)
    if zone is None and profile is not None:
        zone = tz.gettz(profile.zone)
    return zone


def read_layout(text: str) -> Layout:
    """Read the layout of a release: publisher, title, dateline, paragraphs, sentences."""
    profile = _publisher(text)
    month_first = profile.month_first if profile is not None else None
    scan = _Scan(month_first=month_first)
    for start, end in _lines(text):
        _visit(text, start, end, scan)
    if not scan.paragraphs and scan.header:
        # A release of one long title-like line: treat the last header line as prose.
        scan.paragraphs.append(scan.header.pop())
    dateline, source = scan.dateline, scan.source
    if dateline is None and scan.title_date is not None:
        dateline, source = scan.title_date, "text"
    if dateline is None and scan.mirror is not None:
        dateline, source = scan.mirror, "mirror"
    published = None
    zone = _zone_of(profile, scan) if dateline is not None else None
    if dateline is not None and zone is not None:
        hour, minute = scan.time or scan.loose_time or (0, 0)
        when = dt.time(hour % 24, minute)
        published = dt.datetime.combine(dateline, when, tzinfo=zone)
    sample = (" ".join(p.text for p in scan.paragraphs[:6]) or text)[:_SAMPLE]
    sentences = tuple(s for p in scan.paragraphs for s in _sentences_of(text, p))
    return Layout(
        text=text,
        lower=text.lower(),
        publisher=profile.id if profile else None,
        language=_language(sample),
        title=_pick_title(scan.header),
        published=published,
        dateline=dateline,
        paragraphs=tuple(scan.paragraphs),
        sentences=sentences,
        dateline_source=source,
        month_first=scan.month_first,
    )
