"""Other events a release mentions: earlier calls, visits, summits, sessions.

Two shapes are recognised, chosen for precision over recall:

* a dated event: an event noun ("telephone conversations", "visit",
  "briefing", "conference") with a day in the same clause, such as
  "Mr X's visit to Moscow on July 15" (outside the lead sentence, which
  describes the contact itself);
* a named gathering: capitalised words ending in Summit, Conference,
  Meeting, Ministerial, or "the 76th session of the UN General Assembly".
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from diplomev._parser._dates import DateMention, find_dates, parse_dates, resolve
from diplomev._parser._found import FoundReference
from diplomev._parser._kind import kind_in
from diplomev._parser._layout import Layout, Segment

_EVENT_NOUNS = (
    r"\b(?:(?:tele)?phone (?:conversations?|calls?|talks)|conversations?|meetings?|summits?"
    r"|visits?|videoconferences?|video conferences?|conferences?|briefings?|consultations"
    r"|talks|sessions?|ministerial|memorandum|attacks?|tragedy|incident|earthquake|launch)"
)
_EVENT_NOUN = re.compile(_EVENT_NOUNS + r"\b", re.IGNORECASE)
# Without the closing boundary: it also finds what a search cut short at a date finds
# ("meetings" of "meetingsx"), so a sentence without it has no event noun to offer.
_EVENT_NOUN_START = re.compile(_EVENT_NOUNS, re.IGNORECASE)
# The start of the noun phrase around an event noun: a determiner or a possessive.
_PHRASE_START = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our)\s|(?:Mr |Ms |Mrs )?[A-Z][\w.]*(?:\u2019s|'s)\s",
)
_PHRASE_REACH = 60
_CLAUSE_BREAK = re.compile(r"[.;:!?]")
_NAMED = re.compile(
    r"\bthe (?:\d+(?:st|nd|rd|th) )?(?:session of the )?"
    r"(?:[A-Z][\w+.\u2019'-]*(?: of| on| the| and)? ){1,7}"
    r"(?:Summit|Conference|Meeting|Ministerial|General Assembly|Forum)\b"
    r"(?: on the [\w ]{1,40}?(?= issue| question|[,.;]))?(?: (?:issue|question))?"
)
_HELD_BEFORE = re.compile(r"\b(?:held|hold|holding|co-chaired|chaired)\s(?:\w+\s){0,3}$")
_MAX_GAP = 120
# Dates weighed per release: real releases have a few dozen at most; the cap bounds
# the work on junk such as a megabyte of "the meeting on 5 May 2021, ".
_MAX_DATES = 200


def _dated_references(
    sentence: Segment, mentions: list[DateMention], anchor: dt.date | None
) -> list[FoundReference]:
    """Return the references an event noun makes with one of ``mentions``, dates of ``sentence``."""
    out: list[FoundReference] = []
    text = sentence.text
    for mention in mentions:
        if not mention.has_day or mention.offset == 0:
            # "today" is nearly always the contact itself, not another event.
            continue
        window_start = max(0, mention.start - _MAX_GAP)
        before = text[window_start : mention.start]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        if breaks:
            window_start += breaks[-1].end()
        nouns = list(_EVENT_NOUN.finditer(text, window_start, mention.start))
        after = _EVENT_NOUN.match(text, mention.end + 1, min(len(text), mention.end + 60))
        noun = after or _following_noun(text, mention.end)
        if nouns:
            start, end = _phrase_start(text, window_start, nouns[-1].start()), mention.end
        elif noun is not None:
            start, end = _phrase_start(text, window_start, mention.start), noun.end()
        else:
            continue
        end = _extend_list(text, end, mention)
        span = text[start:end]
        dates = parse_dates(text[mention.start : end], anchor)
        day = dates[0] if dates else resolve(mention, anchor)
        out.append(
            FoundReference(
                kind=_reference_kind(span),
                date=day,
                text=Segment(sentence.start + start, sentence.start + end, span),
            )
        )
    return out


def _phrase_start(text: str, floor: int, noun_start: int) -> int:
    """Where the noun phrase of the noun at ``noun_start`` begins: its last determiner."""
    heads = list(_PHRASE_START.finditer(text, max(floor, noun_start - _PHRASE_REACH), noun_start))
    return heads[-1].start() if heads else noun_start


_VISIT = re.compile(r"\bvisit|\bbriefing", re.IGNORECASE)


def _reference_kind(span: str) -> str:
    """Return the event kind a reference names; a visit or briefing is a meeting."""
    kind = kind_in(span)
    if kind is None and _VISIT.search(span):
        return "meeting"
    return kind or "other"


def _following_noun(text: str, pos: int) -> re.Match[str] | None:
    """Find the event noun a few words after ``pos`` ("yesterday's ... videoconference")."""
    stop = _CLAUSE_BREAK.search(text, pos, min(len(text), pos + 90))
    limit = stop.start() if stop else min(len(text), pos + 90)
    m = _EVENT_NOUN.search(text, pos, limit)
    if m is None or text[pos:limit].count(",") > 0:
        return None
    return m


_LIST_TAIL = re.compile(r"(?:,\s?\d{1,2}(?!\d))*(?:,?\s(?:and|&)\s\d{1,2}(?!\d))?")


def _extend_list(text: str, end: int, mention: object) -> int:
    m = _LIST_TAIL.match(text, end)
    return m.end() if m and m.end() > end else end


_NAMED_HEADS = ("Summit", "Conference", "Meeting", "Ministerial", "Assembly", "Forum")
# A plain character class first (a digit, "y" or "d" in either case) lets the engine skip
# to the characters a match can start with; the look-behinds then tell which one it read.
_DATED_HINT = re.compile(r"[\dDdYy](?:(?<=\d)|(?<=[Yy])esterday|(?<=[Dd])ay\b)", re.IGNORECASE)


def _names_a_dated_event(text: str) -> bool:
    """Tell if a sentence may name a dated event: a day and an event noun (one search each)."""
    return _DATED_HINT.search(text) is not None and _EVENT_NOUN_START.search(text) is not None


# What may stand between a named gathering and its date: "the G20 Summit in
# New Delhi on 9-10 September", "the Conference, held in Vienna on 5 May".
_ATTACHED = re.compile(
    r"(?:,? (?:which |that )?(?:was |were )?(?:held|took place))?"
    r"(?: in (?-i:[A-Z])[\w'\u2019.-]{0,30}(?: (?-i:[A-Z])[\w'\u2019.-]{0,30}){0,2})?,?"
    r"(?: on| of)? (?:(?P<first>[0-3]?\d)[-\u2013](?=[0-3]?\d\b))?"
)


def _attached_date(text: str, end: int, anchor: dt.date | None) -> tuple[int, dt.date] | None:
    """Return where the date after a gathering's name ends, and its day; None if no date."""
    m = _ATTACHED.match(text, end)
    if m is None:
        return None
    dates = find_dates(text[m.end() : m.end() + 40])
    if not dates or dates[0].start != 0 or dates[0].offset is not None:
        return None
    mention = dates[0]
    day = resolve(mention, anchor)
    if day is not None and m["first"] is not None:
        try:
            day = day.replace(day=int(m["first"]))
        except ValueError:
            return None
    return (m.end() + mention.end, day) if day is not None else None


def _named_references(
    sentence: Segment, anchor: dt.date | None, heads: tuple[str, ...] = ()
) -> list[FoundReference]:
    """Named gatherings in ``sentence``; ``heads``: the ``_NAMED_HEADS`` its release contains."""
    out: list[FoundReference] = []
    if not any(head in sentence.text for head in heads):
        return out
    text = sentence.text
    for m in _NAMED.finditer(text):
        if _HELD_BEFORE.search(text, 0, m.start()):
            continue
        end, day = m.end(), None
        attached = _attached_date(text, end, anchor)
        if attached is not None:
            end, day = attached
        # A summit, conference or session is not a meeting unless the text calls it one.
        out.append(
            FoundReference(
                kind=kind_in(m.group()) or "other",
                date=day,
                text=Segment(
                    sentence.start + m.start(), sentence.start + end, text[m.start() : end]
                ),
            )
        )
    return out


class _Disjoint:
    """References in text order, none overlapping another or repeating its words.

    Those kept never overlap, so a new one can only overlap its neighbours: finding
    them by bisection keeps junk with thousands of references linear, where comparing
    with every reference kept was quadratic.
    """

    def __init__(self) -> None:
        self.kept: list[FoundReference] = []
        self._starts: list[int] = []
        self._texts: set[str] = set()

    def add(self, ref: FoundReference) -> None:
        """Keep ``ref`` unless it overlaps a reference kept or repeats its words."""
        span = ref.text
        at = bisect.bisect_left(self._starts, span.start)
        if (
            span.text in self._texts
            or (at > 0 and self.kept[at - 1].text.end > span.start)
            or (at < len(self.kept) and self.kept[at].text.start < span.end)
        ):
            return
        self.kept.insert(at, ref)
        self._starts.insert(at, span.start)
        self._texts.add(span.text)


def find_references(layout: Layout) -> list[FoundReference]:
    """Return other dated or named events the release mentions, in text order.

    A reference that overlaps one already found, or repeats its words, is left out.
    """
    found = _Disjoint()
    # A head a sentence contains is in the release; most releases contain none.
    heads = tuple(head for head in _NAMED_HEADS if head in layout.text)
    dates_left = _MAX_DATES
    for i, sentence in enumerate(layout.sentences):
        refs = _named_references(sentence, layout.dateline, heads) if heads else []
        if i > 0 and dates_left > 0 and _names_a_dated_event(sentence.text):
            mentions = find_dates(sentence.text, layout.month_first)[:dates_left]
            dates_left -= len(mentions)
            refs += _dated_references(sentence, mentions, layout.dateline)
        for ref in refs:
            found.add(ref)
    return found.kept
