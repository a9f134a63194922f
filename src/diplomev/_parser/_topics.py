"""Topics: short noun phrases naming what the sides discussed.

Cues ("discussed X", "exchanged views on X", "touched on X") and sentence
openers ("Regarding X, ...") come from ``lexicons/acts.toml``. Their objects are
cut to the clause, split at list commas, trimmed of list glue and returned as
verbatim ``Segment``s: at most six, in text order, without repeats.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from diplomev._parser._acts import (
    alternation,
    clause_items,
    connector_before,
    cue_matches,
    lexicon_data,
)
from diplomev._parser._layout import Layout, Segment

_MAX_TOPICS = 6
# A longer phrase is a clause, not a topic.
_MAX_WORDS = 10
# Sentences looked at for openers; bounds the work on junk with thousands of lines.
_MAX_OPENERS = 200
_EDGE = " \t\n,.;:\"\u201c\u201d'\u2018\u2019()"
_NUMBERING = re.compile(r"[\s•*-]*(?:\(?\d{1,2}[.)]\s*)*")
# An adverbial before a passive's subject: "During the talks, ...", "In addition, ...".
_PASSIVE_OPENER = re.compile(
    r"(?:During|In|At|On|Over|Throughout|Also|Besides|Furthermore|Moreover|Additionally|Then)"
    r"\b[^,]{0,80},\s*"
)


@attrs.frozen
class _TopicLexicon:
    """The compiled topic entries of ``acts.toml``."""

    cue: re.Pattern[str]
    passive: tuple[bool, ...]
    stems: tuple[str, ...]
    opener: re.Pattern[str]
    lead: re.Pattern[str]
    split: re.Pattern[str]
    last_and: re.Pattern[str]
    drop_lead: frozenset[str]
    vague: frozenset[str]
    trim_lead: re.Pattern[str]
    tail_words: tuple[str, ...]
    cut_at: tuple[str, ...]


@functools.cache
def _lexicon() -> _TopicLexicon:
    data = lexicon_data()
    drop, trim = data["topic_drop"], data["topic_trim"]
    return _TopicLexicon(
        cue=alternation(data["topic"], "t"),
        passive=tuple(bool(e.get("passive", False)) for e in data["topic"]),
        stems=tuple(data["stems"]["topic"]),
        opener=re.compile(data["topic_opener"]["pattern"], re.IGNORECASE),
        lead=re.compile(data["topic_lead"]["pattern"], re.IGNORECASE),
        split=re.compile(data["topic_split"]["pattern"], re.IGNORECASE),
        last_and=re.compile(data["topic_split"]["last_and"]),
        drop_lead=frozenset(drop["lead"]),
        vague=frozenset(drop["vague"]),
        trim_lead=re.compile(trim["lead"], re.IGNORECASE),
        tail_words=tuple(" " + w for w in trim["tail_words"]),
        cut_at=tuple(f" {w} " for w in trim["cut_at"]),
    )


def _cut_tail(lex: _TopicLexicon, text: str, start: int, end: int) -> int:
    """End of ``text[start:end]`` without a trailing "during ..." or dangling "and"."""
    for cut in lex.cut_at:
        at = text.find(cut, start, end)
        if at >= 0:
            end = at
    while True:
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if not text.endswith(lex.tail_words, start, end):
            return end  # most pieces end in no glue: one test of them all
        end -= len(next(w for w in lex.tail_words if text.endswith(w, start, end)))


def _clean(text: str, start: int, end: int) -> Segment | None:
    """Trim list glue off ``text[start:end]``; None unless it names a subject."""
    lex = _lexicon()
    while start < end and text[start] in _EDGE:
        start += 1
    for lead in (lex.trim_lead, lex.lead, lex.trim_lead):
        m = lead.match(text, start, end)
        if m:
            start = m.end()
    end = _cut_tail(lex, text, start, end)
    piece = text[start:end]
    words = piece.split()
    if not words or len(words) > _MAX_WORDS or not any(c.isalpha() for c in piece):
        return None
    if words[0] in lex.drop_lead or piece.casefold() in lex.vague:
        return None
    return Segment(start, end, piece)


def _pieces(text: str, item: Segment) -> Iterator[Segment]:
    """Split a cue's object into its list items and clean each into a topic."""
    lex = _lexicon()
    bounds = _split_bounds(lex.split, text, item.start, item.end)
    start = bounds[-1][0]
    if len(bounds) > 1:
        last = lex.last_and.search(text, start, item.end)
        if last:
            bounds[-1:] = [(start, last.start()), (last.end(), item.end)]
    elif text.count(" ", start, item.end) >= _MAX_WORDS:
        # One phrase too long to be a topic: its "and"s join two topics.
        bounds = _split_bounds(lex.last_and, text, start, item.end)
    for a, b in bounds:
        if text.count(" ", a, b) > _MAX_WORDS + 6:
            continue  # far too long to be a topic even after trimming
        piece = _clean(text, a, b)
        if piece:
            yield piece


def _split_bounds(gap: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` at every match of ``gap``."""
    bounds: list[tuple[int, int]] = []
    for m in gap.finditer(text, start, end):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, end))
    return bounds


def _passive_subject(text: str, sentence: Segment, cue: int) -> Segment:
    """Return the subject before a passive cue, after any opener ("During the talks, ...")."""
    start = sentence.start
    lead = _NUMBERING.match(text, start, cue)
    if lead:
        start = lead.end()
    opener = _PASSIVE_OPENER.match(text, start, cue)
    if opener:
        start = opener.end()
    return Segment(start, cue, text[start:cue])


def _openers(layout: Layout) -> Iterator[Segment]:
    """Subjects named by sentence openers ("Regarding X, ...")."""
    lex = _lexicon()
    text = layout.text
    for sentence in layout.sentences[:_MAX_OPENERS]:
        lead = _NUMBERING.match(text, sentence.start, sentence.end)
        opener = lex.opener.match(text, lead.end() if lead else sentence.start, sentence.end)
        if opener:
            comma = text.find(",", opener.end(), sentence.end)
            yield from _pieces(text, Segment(opener.end(), comma, text[opener.end() : comma]))


def _candidates(layout: Layout) -> Iterator[Segment]:
    lex = _lexicon()
    text = layout.text
    for _, sentence, m in cue_matches(lex.cue, lex.stems, layout):
        if lex.passive[int((m.lastgroup or "t0")[1:])]:
            yield from _pieces(text, _passive_subject(text, sentence, m.start()))
            continue
        for item in clause_items(
            text, m.end(), sentence.end, connector=connector_before(text, m.end())
        ):
            yield from _pieces(text, item)
    yield from _openers(layout)


def find_topics(layout: Layout) -> list[Segment]:
    """Up to six subjects the release says were discussed, as verbatim spans."""
    out: list[Segment] = []
    seen: set[str] = set()
    for piece in _candidates(layout):
        key = piece.text.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(piece)
        if len(out) == _MAX_TOPICS:
            break
    return out
