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
    cue_matches,
    lexicon_data,
    word_alternatives,
)
from diplomev._parser._layout import Layout, Segment

_MAX_TOPICS = 6
# A longer phrase is a clause, not a topic.
_MAX_WORDS = 10
# Sentences looked at for openers; bounds the work on junk with thousands of lines.
_MAX_OPENERS = 200
_EDGE = " \t\n,.;:\"\u201c\u201d'\u2018\u2019()"
_NUMBERING = re.compile(r"[\s•*-]*(?:\(?\d{1,2}[.)]\s*)*")


@attrs.frozen
class _TopicLexicon:
    """The compiled topic entries of ``acts.toml``."""

    cue: re.Pattern[str]
    stems: tuple[str, ...]
    opener: re.Pattern[str]
    lead: re.Pattern[str]
    split: re.Pattern[str]
    drop_lead: frozenset[str]
    vague: frozenset[str]
    trim_lead: re.Pattern[str]
    trim_tail: re.Pattern[str]


@functools.cache
def _lexicon() -> _TopicLexicon:
    data = lexicon_data()
    drop, trim = data["topic_drop"], data["topic_trim"]
    return _TopicLexicon(
        cue=alternation(data["topic"], "t"),
        stems=tuple(data["stems"]["topic"]),
        opener=re.compile(data["topic_opener"]["pattern"], re.IGNORECASE),
        lead=re.compile(data["topic_lead"]["pattern"], re.IGNORECASE),
        split=re.compile(data["topic_split"]["pattern"], re.IGNORECASE),
        drop_lead=frozenset(drop["lead"]),
        vague=frozenset(drop["vague"]),
        trim_lead=re.compile(trim["lead"], re.IGNORECASE),
        trim_tail=re.compile(rf"(?:{trim['tail']})|(?:\s+(?:{word_alternatives(['and'])}))$"),
    )


def _clean(text: str, start: int, end: int) -> Segment | None:
    """Trim list glue off ``text[start:end]``; None unless it names a subject."""
    lex = _lexicon()
    while start < end and text[start] in _EDGE:
        start += 1
    for lead in (lex.trim_lead, lex.lead, lex.trim_lead):
        m = lead.match(text, start, end)
        if m:
            start = m.end()
    tail = lex.trim_tail.search(text, start, end)
    if tail:
        end = tail.start()
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    piece = text[start:end]
    words = piece.split()
    if not words or len(words) > _MAX_WORDS or not any(c.isalpha() for c in piece):
        return None
    if words[0] in lex.drop_lead or piece.casefold() in lex.vague:
        return None
    return Segment(start, end, piece)


def _pieces(text: str, item: Segment) -> Iterator[Segment]:
    start = item.start
    for gap in _lexicon().split.finditer(text, item.start, item.end):
        piece = _clean(text, start, gap.start())
        if piece:
            yield piece
        start = gap.end()
    piece = _clean(text, start, item.end)
    if piece:
        yield piece


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
        for item in clause_items(text, m.end(), sentence.end, infinitive=False):
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
