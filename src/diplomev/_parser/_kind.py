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

KINDS = (
    "phone_call",
    "video_call",
    "meeting",
    "consultations",
    "joint_statement",
    "message",
    "other",
)

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

    def may_occur(self, folded: str | None) -> bool:
        """Whether a needle occurs in ``folded`` (the lower-cased text; None: unknown)."""
        if folded is None or not self.needles:
            return True
        return any(needle in folded for needle in self.needles)


@attrs.frozen
class _Lexicon:
    priority: dict[str, int]
    cues: tuple[_Cue, ...]


@functools.cache
def _lexicon() -> _Lexicon:
    text = resources.files("diplomev._parser").joinpath("lexicons/kinds.toml").read_text("utf-8")
    data = tomllib.loads(text)
    entries: list[dict[str, Any]] = data["cue"]
    cues = tuple(
        _Cue(
            e["kind"],
            re.compile(e["pattern"], re.IGNORECASE),
            bool(e.get("future")),
            tuple(e.get("needles", ())),
        )
        for e in entries
    )
    return _Lexicon({k: i for i, k in enumerate(data["priority"])}, cues)


def kind_in(text: str) -> str | None:
    """Return the contact kind ``text`` names, or None if it has no cue at all."""
    lexicon = _lexicon()
    text = text[:_SCAN]
    lowered = text.lower()
    # Lower-casing may change the length of rare characters; then every cue is tried.
    folded = lowered if len(lowered) == len(text) else None
    cues = [cue for cue in lexicon.cues if cue.may_occur(folded)]
    future = [
        (m.start(), m.end()) for cue in cues if cue.future for m in cue.pattern.finditer(text)
    ]
    best: str | None = None
    for cue in cues:
        if cue.future or (
            best is not None and lexicon.priority[cue.kind] >= lexicon.priority[best]
        ):
            continue
        for m in cue.pattern.finditer(text):
            if not any(s <= m.start() < e for s, e in future):
                best = cue.kind
                break
    if best is None and future:
        return "other"
    return best


def _lead(layout: Layout) -> list[Segment]:
    lead = [layout.title] if layout.title is not None else []
    return lead + list(layout.sentences[:_LEAD_SENTENCES])


def event_kind(layout: Layout) -> str:
    """Return the kind of the release's (first) contact: one of ``KINDS``.

    ``"other"`` when neither the title nor the lead names a kind of contact.
    """
    for segment in _lead(layout):
        kind = kind_in(segment.text)
        if kind is not None:
            return kind
    return "other"
