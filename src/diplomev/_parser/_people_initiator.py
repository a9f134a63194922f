"""Who initiated the contact, where the text says so.

"at the initiative of the US side", "at the Russian side's request", "initiated
by", "received a telephone call from X", "X called Y": the side named is the
initiator, if it is one of the participants.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from diplomev._parser._found import People, Person
from diplomev._parser._layout import Segment
from diplomev._parser._people_actor import resolve
from diplomev._parser._people_mentions import Reader

_MAX_TRIES = 5  # initiator phrases tried per sentence
_WINDOW = 6  # sentences after the lead where the initiator may be stated
_INIT_OF = re.compile(
    r"\b(?:at|on|upon|under)\s+the\s+(?:initiative|request|invitation)\s+of\s+|\binitiated\s+by\s+"
    # "received a telephone call on Wednesday from X": a time phrase may sit before "from"
    # "received a courtesy call from X": the caller pays the call
    r"|\breceived\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}calls?\s+(?:[\w-]+\s+){0,3}?from\s+",
    re.IGNORECASE,
)
_INIT_POSS = re.compile(
    r"\b(?:at|on|upon|under)\s{1,3}(?P<x>[^,.;:\n]{1,60}?)\s{1,3}(?:initiative|request)\b",
    re.IGNORECASE,
)
_INITIATED = re.compile(r"\binitiated\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}call\b", re.IGNORECASE)
_CALLED = re.compile(r"\b(?:called|phoned|telephoned|rang)\s+(?!on\b|for\b|upon\b|to\b|in\b)")
_CALLED_GAP = re.compile(r"(?<!\s)\s*+,[^,]*+,\s*+")
_OWNER_PRONOUN = re.compile(r"(?:his|her|its)", re.IGNORECASE)
_LATTER = re.compile(r"\blatter\b", re.IGNORECASE)
_FORMER = re.compile(r"\bformer[\u2019'`]s\b", re.IGNORECASE)
_ORDINAL = re.compile(r"the\s+(latter|former)\b", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:(]|\.\s|\s(?:on|to|in|at|who|and|took|had|has)\s")


def initiator(reader: Reader, lead: list[int], persons: Sequence[Person]) -> int | None:
    """Return the side the text says initiated the contact, if among ``persons``."""
    if not persons:
        return None
    window = reader.segs[: (lead[-1] if lead else 0) + _WINDOW + 1]
    if not window or not _may_say(reader.low, window):
        return None
    people = People(tuple(persons))
    for i, seg in enumerate(window):
        low = reader.low[seg.start : seg.end]
        finders = [finder for said, finder in _FINDERS if said(low)]
        if not finders or (i not in lead and not reader.says_cue(i)):
            continue
        for finder in finders:
            if (who := finder(reader, i, people)) is not None:
                return who
    return None


def _by_phrase(reader: Reader, i: int, people: People) -> int | None:
    """Read "at the initiative of X", "initiated by X", "received a call from X"."""
    text, seg = reader.text, reader.segs[i]
    for m in itertools.islice(_INIT_OF.finditer(text, seg.start, seg.end), _MAX_TRIES):
        if (order := _ORDINAL.match(text, m.end(), seg.end)) is not None:
            who = _by_order(reader, i, m.start(), people, order.group(1).casefold() == "latter")
            if who is not None:
                return who
        if (
            "courtesy" in reader.low[m.start() : m.end()]
            and _callers(reader, i, m.end(), people) > 1
        ):
            continue  # callers from several sides: none of them alone initiated it
        who = _who_at(reader, i, m.end(), people)
        if who is not None:
            return who
    return None


def _callers(reader: Reader, i: int, pos: int, people: People) -> int:
    """Count the sides of the participants named after ``pos`` in sentence ``i``."""
    text = reader.text
    found = {
        people.persons[who].country
        for m in reader.mentions(i)
        if m.person
        and m.start >= pos
        and (who := resolve(people, text, m.start, m.end)) is not None
    }
    return len(found)


def _by_order(reader: Reader, i: int, pos: int, people: People, latter: bool) -> int | None:
    """Read "at the request of the latter": the second (or first) person named before."""
    named = [m for m in reader.mentions(i) if m.person and m.end <= pos]
    if len(named) < 2:
        return None
    m = named[-1] if latter else named[-2]
    return resolve(people, reader.text, m.start, m.end)


def _by_possessive(reader: Reader, i: int, people: People) -> int | None:
    """Read "at the US initiative", "at the latter's initiative", "at the Syrian side's request"."""
    text, seg = reader.text, reader.segs[i]
    for m in itertools.islice(_INIT_POSS.finditer(text, seg.start, seg.end), _MAX_TRIES):
        x0, x1 = m.span("x")
        if _OWNER_PRONOUN.fullmatch(text, x0, x1) is not None:
            who = _counterpart(reader, i, m.start(), people)
            if who is not None:
                return who
            continue
        if _LATTER.search(text, x0, x1) and len(people.persons) >= 2:
            return 1
        if _FORMER.search(text, x0, x1):
            return 0
        who = resolve(people, text, x0, x1)
        if who is not None:
            return who
    for m in itertools.islice(_INITIATED.finditer(text, seg.start, seg.end), _MAX_TRIES):
        who = resolve(people, text, max(seg.start, m.start() - 40), m.start())
        if who is not None:
            return who
    return None


def _counterpart(reader: Reader, i: int, pos: int, people: People) -> int | None:
    """Read "X called Y at her request": the side named after the subject, before ``pos``.

    The subject would not need a pronoun for its own request ("at the initiative of"),
    so the pronoun stands for the other side the sentence names.
    """
    text = reader.text
    found = [
        who
        for m in reader.mentions(i)
        if m.person and m.end <= pos and (who := resolve(people, text, m.start, m.end)) is not None
    ]
    others = [w for w in found if w != found[0]] if found else []
    return others[-1] if others else None


def _by_caller(reader: Reader, i: int, people: People) -> int | None:
    """Read "X called Y": the caller initiated the call."""
    text, seg = reader.text, reader.segs[i]
    if _CALLED.search(text, seg.start, seg.end) is None:
        return None
    ms = [m for m in reader.mentions(i) if m.person]
    for m in itertools.islice(_CALLED.finditer(text, seg.start, seg.end), _MAX_TRIES):
        before = [x for x in ms if x.end <= m.start()]
        after = [x for x in ms if x.start >= m.end()]
        if not before or not after:
            continue
        between = text[before[-1].end : m.start()]
        if between.strip(" ,") and _CALLED_GAP.fullmatch(between) is None:
            continue
        if text[m.end() : after[0].start].strip() not in ("", "the", "The"):
            continue
        who = resolve(people, text, before[-1].start, before[-1].end)
        if who is not None:
            return who
    return None


def _may_say(low: str, window: Sequence[Segment]) -> bool:
    """Tell if the window has a word without which no finder can match."""
    start, end = min(s.start for s in window), max(s.end for s in window)
    return any(low.find(w, start, end) >= 0 for w in _WORDS)


_WORDS = ("initiat", "request", "invitation", "received", "called", "phoned", "rang ")


def _may_phrase(low: str) -> bool:
    return (
        "initiat" in low
        or "request" in low
        or "invitation" in low
        or ("received" in low and "call" in low and "from" in low)
    )


def _may_possessive(low: str) -> bool:
    return "initiat" in low or "request" in low


def _may_call(low: str) -> bool:
    return "called" in low or "phoned" in low or "rang " in low


# Each finder after a test of the words without which it cannot match.
_FINDERS: tuple[tuple[Callable[[str], bool], Callable[[Reader, int, People], int | None]], ...] = (
    (_may_phrase, _by_phrase),
    (_may_possessive, _by_possessive),
    (_may_call, _by_caller),
)


def _who_at(reader: Reader, i: int, pos: int, people: People) -> int | None:
    """Return the person a phrase at ``pos`` names: a mention there, else its country."""
    text, seg = reader.text, reader.segs[i]
    for m in reader.mentions(i):
        if pos <= m.end and m.start - pos <= 20 and m.start >= pos - 4:
            who = resolve(people, text, m.start, m.end)
            if who is not None:
                return who
    stop = _PHRASE_END.search(text, pos, min(seg.end, pos + 80))
    return resolve(people, text, pos, stop.start() if stop else min(seg.end, pos + 80))
