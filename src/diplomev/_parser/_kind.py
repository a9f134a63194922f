"""What kind of contact a release reports: call, meeting, statement, ...

The cue phrases live in ``lexicons/kinds.toml``.  The title is read first,
then the lead sentences; the first segment with any cue decides, and within
it the most specific kind wins (a "telephone talk" is a call, not talks).
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any

import attrs

from diplomev._parser._layout import Layout, Segment

# The lead: how many sentences after the title may name the contact.
_LEAD_SENTENCES = 3
# A cue names the contact early in a segment; longer text is not searched.
_SCAN = 1500


@attrs.frozen
class _Cue:
    kind: str
    pattern: re.Pattern[str]
    future: bool
    needles: tuple[str, ...]
    rank: int = 0  # the kind's place in ``priority``: lower wins


@attrs.frozen
class _Lexicon:
    priority: dict[str, int]
    cues: tuple[_Cue, ...]
    # Each distinct needle once, with the positions of the cues it admits, so a
    # segment is tested for every needle only once; ``always``: cues without needles.
    needles: tuple[tuple[str, frozenset[int]], ...] = ()
    always: frozenset[int] = frozenset()


@functools.cache
def _lexicon() -> _Lexicon:
    text = resources.files("diplomev._parser").joinpath("lexicons/kinds.toml").read_text("utf-8")
    data = tomllib.loads(text)
    entries: list[dict[str, Any]] = data["cue"]
    priority = {k: i for i, k in enumerate(data["priority"])}
    cues = tuple(
        _Cue(
            e["kind"],
            re.compile(e["pattern"], re.IGNORECASE),
            bool(e.get("future")),
            tuple(e.get("needles", ())),
            priority[e["kind"]],
        )
        for e in entries
    )
    owners: dict[str, set[int]] = {}
    for index, cue in enumerate(cues):
        for needle in cue.needles:
            owners.setdefault(needle, set()).add(index)
    needles = tuple((needle, frozenset(owned)) for needle, owned in owners.items())
    always = frozenset(i for i, cue in enumerate(cues) if not cue.needles)
    return _Lexicon(priority, cues, needles, always)


def _candidates(lexicon: _Lexicon, folded: str | None) -> list[_Cue]:
    """Return the cues worth searching, in lexicon order: those with a needle in ``folded``."""
    if folded is None:
        return list(lexicon.cues)
    admitted = set(lexicon.always)
    for needle, owned in lexicon.needles:
        if needle in folded:
            admitted |= owned
    return [lexicon.cues[i] for i in sorted(admitted)]


def kind_in(text: str) -> str | None:
    """Return the contact kind ``text`` names, or None if it has no cue at all."""
    lexicon = _lexicon()
    text = text[:_SCAN]
    lowered = text.lower()
    # Lower-casing may change the length of rare characters; then every cue is tried.
    folded = lowered if len(lowered) == len(text) else None
    cues = _candidates(lexicon, folded)
    if not cues:
        return None
    future = [
        (m.start(), m.end()) for cue in cues if cue.future for m in cue.pattern.finditer(text)
    ]
    best: _Cue | None = None
    for cue in cues:
        if cue.future or (best is not None and cue.rank >= best.rank):
            continue
        for m in cue.pattern.finditer(text):
            if not any(s <= m.start() < e for s, e in future):
                best = cue
                break
    if best is None:
        return "other" if future else None
    return best.kind


@attrs.frozen
class FirstKind:
    """The first segment, of the title and the sentences after it, that names a kind of contact.

    ``position`` counts the title (when there is one) as 0; ``kind`` is None, and
    ``position`` the number of segments read, when none of them does.
    """

    position: int
    kind: str | None
    titled: bool


def first_kind(layout: Layout, sentences: int = _LEAD_SENTENCES) -> FirstKind:
    """Read the title, then up to ``sentences`` sentences, until one names a kind of contact.

    The reject stage reads further than the lead; what it finds also settles
    :func:`event_kind`, so the release is read once for both.
    """
    segments = _lead(layout, sentences)
    for position, segment in enumerate(segments):
        kind = kind_in(segment.text)
        if kind is not None:
            return FirstKind(position, kind, layout.title is not None)
    return FirstKind(len(segments), None, layout.title is not None)


def _lead(layout: Layout, sentences: int) -> list[Segment]:
    lead = [layout.title] if layout.title is not None else []
    return lead + list(layout.sentences[:sentences])


def event_kind(layout: Layout, found: FirstKind | None = None) -> str:
    """Return the kind of the release's (first) contact: an ``EventKind`` value.

    ``"other"`` when neither the title nor the lead names a kind of contact.
    ``found``, when given, is ``first_kind(layout, n)`` for any ``n``.
    """
    if found is None:
        found = first_kind(layout)
    if found.kind is None or found.position >= found.titled + _LEAD_SENTENCES:
        return "other"
    return found.kind
