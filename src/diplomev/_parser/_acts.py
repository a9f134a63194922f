"""Proposals and agreements: what the sides put forward and what they agreed.

Both stages scan ``layout.sentences`` for cue phrases (``lexicons/acts.toml``),
then cut the content that follows the cue down to its own clause, so that the
record holds "extend the New START Treaty" and not the whole sentence. Every
text is a ``Segment`` of the release; nothing is rewritten.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import attrs

from diplomev._parser._found import FoundAgreement, FoundProposal, People
from diplomev._parser._layout import Layout, Segment
from diplomev._parser._people import actor_at

_LEXICON_PATH = Path(__file__).with_name("lexicons") / "acts.toml"
# Longest content an act may have; bounds the work per cue (gold items stay far below).
_WINDOW = 400
# How far back a negation, a reiteration marker or a subject may lie.
_LOOKBACK = 160
# How many sentences back a pronoun may find its person.
_CARRY = 4
# Cues handled per stage and release: real releases have a few dozen at most;
# the cap bounds the work on junk such as a megabyte of "agreed to agreed to".
_MAX_CUES = 200
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "our",
        "your",
    ]
)
_PRONOUNS = frozenset(["he", "she", "his", "her", "him"])


@attrs.frozen
class _Cue:
    """One compiled cue of a lexicon list."""

    kind: str
    noun: bool
    joint: bool


@attrs.frozen
class _Lexicon:
    """The compiled contents of ``acts.toml``."""

    proposal: re.Pattern[str]
    proposal_cues: tuple[_Cue, ...]
    agreement: re.Pattern[str]
    agreement_cues: tuple[_Cue, ...]
    not_offer: frozenset[str]
    object_not_first: frozenset[str]
    object_not_before: re.Pattern[str]
    reiteration: re.Pattern[str]
    negation: re.Pattern[str]
    earlier: re.Pattern[str]
    joint_subject: re.Pattern[str]
    not_content: frozenset[str]
    subject_words: frozenset[str]
    proposal_stems: tuple[str, ...]
    agreement_stems: tuple[str, ...]
    received: re.Pattern[str]
    end_full: re.Pattern[str]
    end_base: re.Pattern[str]
    participle_ok: frozenset[str]


def alternation(entries: list[dict[str, Any]], prefix: str) -> re.Pattern[str]:
    """Compile ``entries``' patterns into one word-bounded regex, group ``<prefix><i>`` each."""
    parts = (f"(?P<{prefix}{i}>{e['pattern']})" for i, e in enumerate(entries))
    return re.compile(r"\b(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def word_alternatives(words: list[str]) -> str:
    """Build a regex alternation of literal words (spaces match any whitespace)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


_AUXILIARIES = "was|were|is|are|will|would|has|have|had|should|shall|can|could|may|must"


def _clause_ends(clause: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    # Every alternative opens with a literal (",", ";", ":", " ") so that the regex
    # engine skips ahead to those characters instead of trying each position.
    ok = frozenset(clause["participle_ok"])
    verbs = word_alternatives(clause["verbs"])
    base = (
        rf",\s+(?:{word_alternatives(clause['relative'])})\b"
        r"|;|:| [\u2013\u2014]\s| \("
        # ", an idea which ...": an appositive that comments on the content
        r"|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:which|that|whom)\b"
        rf"|,\s+and\s+(?:(?:{word_alternatives(clause['new_subject'])})\b|(?=[A-Z]))"
        rf"|,\s+and\s+(?:the|an?|his|her|their|its)\s+(?:[\w\u2019'-]+\s+){{0,3}}"
        rf"(?:{_AUXILIARIES}|{verbs})\b"
        rf"|,\s+(?:and\s+(?:also\s+)?)?(?:{verbs})\b"
        # (?<! ): start at the first space of a run, or a long run is re-read from each space.
        rf"|(?<! ) +and\s+(?:also\s+)?(?:{verbs})\b"
    )
    full = base + rf"|,\s+(?!(?:{word_alternatives(sorted(ok))})\b)[a-z]+ing\b"
    return re.compile(base), re.compile(full), ok


@functools.cache
def lexicon_data() -> dict[str, Any]:
    """Read and parse ``acts.toml`` (once)."""
    return tomllib.loads(_LEXICON_PATH.read_text(encoding="utf-8"))


@functools.cache
def lexicon() -> _Lexicon:
    """Compile the cue lexicon for proposals and agreements (once)."""
    data = lexicon_data()
    base, full, ok = _clause_ends(data["clause"])
    return _Lexicon(
        proposal=alternation(data["proposal"], "c"),
        proposal_cues=tuple(
            _Cue(e["kind"], bool(e.get("noun", False)), False) for e in data["proposal"]
        ),
        agreement=alternation(data["agreement"], "c"),
        agreement_cues=tuple(_Cue("", False, bool(e["joint"])) for e in data["agreement"]),
        not_offer=frozenset(data["offer"]["not_objects"]),
        object_not_first=frozenset(data["object"]["not_first"]),
        object_not_before=re.compile(data["object"]["not_before"], re.IGNORECASE),
        reiteration=re.compile(data["reiteration"]["pattern"], re.IGNORECASE),
        negation=re.compile(data["negation"]["pattern"], re.IGNORECASE),
        earlier=re.compile(data["earlier_agreement"]["pattern"], re.IGNORECASE),
        joint_subject=re.compile(data["joint_subject"]["pattern"], re.IGNORECASE),
        not_content=frozenset(data["not_content"]["words"]),
        subject_words=frozenset(data["subject"]["words"]),
        proposal_stems=tuple(data["stems"]["proposal"]),
        agreement_stems=tuple(data["stems"]["agreement"]),
        received=re.compile(data["received"]["pattern"], re.IGNORECASE),
        end_full=full,
        end_base=base,
        participle_ok=ok,
    )


def _cue_index(m: re.Match[str]) -> int:
    return int((m.lastgroup or "c0")[1:])


# ---------------------------------------------------------------- clauses

_WORD = re.compile(r"[\w\u2019'-]+")
_TRIM = " \t\n,.;:\"\u201c\u201d'\u2018\u2019"
# Between coordinated items that repeat their connector: "to X and to Y", "on X and on Y".
_AND_AGAIN = {
    # (?<!\s): start at the first white space of a run, so a long run is not re-read.
    word: re.compile(rf",?(?<!\s)\s+and\s+(?:also\s+)?{word}\s+(?={follow})")
    for word, follow in (
        ("to", "[a-z]"),
        ("on", r"\S"),
        ("upon", r"\S"),
        ("that", r"\S"),
        ("about", r"\S"),
        ("for", r"\S"),
    )
}
_GERUND_SPLIT = re.compile(r",\s+(?:and\s+)?(?=[a-z]+ing\b)|,?(?<!\s)\s+and\s+(?=[a-z]+ing\b)")
_RELATIVE_END = re.compile(r",\s+(?:which|who|whom|whose|where)\b")
_CONTENT_WORD = re.compile(r"[^\W\d_]{2,}|\d")


def _first_word(text: str, start: int, end: int) -> str:
    m = _WORD.search(text, start, end)
    return m.group() if m else ""


def _is_gerund(word: str, ok: frozenset[str]) -> bool:
    return len(word) > 5 and word.endswith("ing") and word.islower() and word not in ok


def _trimmed(text: str, start: int, end: int) -> Segment | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end > start and text[end - 1] == ")" and "(" not in text[start:end]:
        end -= 1
    if not _CONTENT_WORD.search(text, start, end):
        return None
    return Segment(start, end, text[start:end])


def _split(text: str, start: int, end: int, splitter: re.Pattern[str]) -> list[Segment]:
    out: list[Segment] = []
    for gap in splitter.finditer(text, start, end):
        seg = _trimmed(text, start, gap.start())
        if seg:
            out.append(seg)
        start = gap.end()
    seg = _trimmed(text, start, end)
    if seg:
        out.append(seg)
    return out


def _and_again(connector: str) -> re.Pattern[str] | None:
    """Return the splitter between items that repeat the connector ("on X and on Y")."""
    return _AND_AGAIN.get(connector.casefold())


def connector_before(text: str, start: int) -> str:
    """Return the connector ("to", "on", "that") that ends right before ``start``, or ""."""
    head = text[max(0, start - 8) : start].split()
    return head[-1].casefold() if head and head[-1].casefold() in _AND_AGAIN else ""


def clause_items(text: str, start: int, limit: int, *, connector: str = "") -> list[Segment]:
    """Cut the content that starts at ``start`` into its coordinated items.

    The content ends where a new clause begins (a relative clause, a new subject,
    another reporting verb) or at ``limit``. Items of the same form are split:
    gerunds ("deconflicting X, reducing Y") always, and items that repeat the
    cue's ``connector`` ("to resume X, which ..., and to intensify Y"; "on X and
    on Y") when one is given.
    """
    lex = lexicon()
    limit = min(limit, start + _WINDOW)
    while start < limit and text[start].isspace():
        start += 1
    gerund = _is_gerund(_first_word(text, start, limit), lex.participle_ok)
    ender = lex.end_base if gerund else lex.end_full
    stop = ender.search(text, start, limit)
    end = stop.start() if stop else limit
    again = _and_again(connector)
    if again is None:
        if gerund:
            return _split(text, start, end, _GERUND_SPLIT)
        seg = _trimmed(text, start, end)
        return [seg] if seg else []
    items = _split(text, start, end, again)
    if gerund:
        items = [g for item in items for g in _split(text, item.start, item.end, _GERUND_SPLIT)]
    if stop and _RELATIVE_END.match(text, stop.start()):
        more = again.search(text, stop.end(), limit)
        if more:
            items += clause_items(text, more.end(), limit, connector=connector)
    return items


# ---------------------------------------------------------------- actors

_SUBJECT_BREAK = re.compile(r"[,;:]|\s(?:and|while|with|whereas|but|as|after|before)\s")
_OPENER = re.compile(
    r"(?:In|On|At|During|Regarding|Concerning|With|After|Following|Furthermore|Moreover|"
    r"In\s+addition|Also|Additionally|Besides|Then|Finally|Lastly|Separately|Meanwhile|"
    r"To\s+\w+|As\s+\w+)\b[^,]{0,120},\s*"
)
_NUMBERING = re.compile(r"(?:\(?\d{1,2}[.)]|[•*-])\s*")


def _tight_start(text: str, lo: int, pos: int) -> int:
    """Where the clause that ends at ``pos`` begins (after the last break)."""
    start = lo
    for m in _SUBJECT_BREAK.finditer(text, max(lo, pos - _LOOKBACK), pos):
        start = m.end()
    return start


def _subject_phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """Find the leading noun phrase of ``text[start:end]``, stopping before a verb."""
    while start < end and text[start].isspace():
        start += 1
    allowed = lexicon().subject_words
    stop = end
    for word in _WORD.finditer(text, start, end):
        w = word.group()
        if w[0].islower() and w not in allowed:
            stop = word.start()
            break
    return start, stop


def _is_pronoun(text: str, start: int, end: int) -> bool:
    return _first_word(text, start, end).casefold() in _PRONOUNS


@attrs.frozen
class _Actors:
    """Resolves who the subject of a clause is, carrying pronouns over."""

    people: People
    text: str

    def resolve(self, start: int, end: int, previous: int | None) -> int | None:
        """Person of the phrase ``text[start:end]``; a pronoun means ``previous``."""
        a, b = _subject_phrase(self.text, start, end)
        if a >= b:
            return None
        if _is_pronoun(self.text, a, b):
            return previous
        return actor_at(self.people, self.text, a, b)

    def _subject_start(self, sentence: Segment) -> int:
        text, start = self.text, sentence.start
        for skip in (_NUMBERING, _OPENER):
            m = skip.match(text, start, sentence.end)
            if m:
                start = m.end()
        return start

    def sentence_subject(self, sentence: Segment, previous: int | None) -> int | None:
        """Person who is the grammatical subject of the sentence, if any."""
        start = self._subject_start(sentence)
        return self.resolve(start, min(sentence.end, start + _LOOKBACK), previous)

    def names_a_subject(self, sentence: Segment) -> bool:
        """Whether the sentence opens with a subject of its own (not a pronoun)."""
        start = self._subject_start(sentence)
        a, b = _subject_phrase(self.text, start, min(sentence.end, start + _LOOKBACK))
        return a < b and not _is_pronoun(self.text, a, b)

    def of_verb(self, sentence: Segment, pos: int, previous: int | None) -> int | None:
        """Person who does the verb at ``pos``: its clause's subject, else the sentence's."""
        tight = _tight_start(self.text, sentence.start, pos)
        if _WORD.search(self.text, tight, pos):
            found = self.resolve(tight, pos, previous)
            if found is not None:
                return found
        subject = self.sentence_subject(sentence, previous)
        if subject is None and self.names_a_subject(sentence):
            return None  # a subject the people stage cannot place is not the last one named
        return previous if subject is None else subject

    def previous(self, sentences: tuple[Segment, ...], index: int) -> int | None:
        """Person a pronoun in sentence ``index`` stands for: the last named subject before it."""
        for j in range(index - 1, max(-1, index - 1 - _CARRY), -1):
            found = self.sentence_subject(sentences[j], None)
            if found is not None:
                return found
        return None


_POSSESSOR_WORD = re.compile(
    r"[A-Z][\w\u2019'.-]*|\d[\w\u2019'-]*|earlier|previous|recent|new|latest|own"
)


def _possessor_start(text: str, lo: int, pos: int) -> int:
    """Start of the run of capitalised/possessive words right before ``pos``."""
    start = pos
    words = list(re.finditer(r"\S+", text[max(lo, pos - 80) : pos]))
    base = max(lo, pos - 80)
    for w in reversed(words[-6:]):
        if not _POSSESSOR_WORD.fullmatch(w.group()):
            break
        start = base + w.start()
    return start


# ---------------------------------------------------------------- proposals

_INVITE_GAP = re.compile(r"\s(?:to|for)\s+")
_INVITE_STOP = re.compile(r"[,.;:]")
_OF_POSSESSOR = re.compile(r"(?<!\s)\s+of\s+((?:[A-Z][\w\u2019'.-]*\s*){1,5})")
_AT_THE = re.compile(r"\b(?:at|upon|on|by)\s+(?:the\s+|an?\s+|\w+[\u2019']s\s+)?$", re.IGNORECASE)


def _verb_like(text: str, pos: int, end: int, *, strict: bool) -> bool:
    """Whether the words at ``pos`` open an action ("visit"; unless strict, "an early visit")."""
    words = _WORD.findall(text, pos, min(end, pos + 60))[:2]
    if not words or not words[0][0].islower():
        return False
    if words[0] in _DETERMINERS:
        return not strict and len(words) > 1 and words[1][0].islower()
    return True


def _after_invitee(text: str, pos: int, end: int, *, strict: bool) -> int | None:
    """Start of the content after an invitee: "invited X to <content>".

    ``strict`` (a cue that ends in "to") wants a verb, not "to a friend".
    """
    stop = _INVITE_STOP.search(text, pos, min(end, pos + 120))
    limit = stop.start() if stop else min(end, pos + 120)
    for gap in _INVITE_GAP.finditer(text, max(pos - 1, 0), limit):
        if _verb_like(text, gap.end(), end, strict=strict):
            return gap.end()
    return None


def _content_start(lex: _Lexicon, cue: _Cue, m: re.Match[str], end: int) -> int | None:
    text = m.string
    pos = m.end()
    if m.group().casefold().endswith(" to"):
        if _verb_like(text, pos, end, strict=True):
            return pos
        return _after_invitee(text, pos, end, strict=True)
    if cue.kind == "invite":
        return _after_invitee(text, pos, end, strict=False)
    if cue.kind == "offer":
        first = _first_word(text, pos, end).casefold()
        if not first or first in lex.not_offer:
            return None
    if cue.kind == "object":
        return pos if _is_object(lex, text, m.start(), pos, end) else None
    return pos


def _is_object(lex: _Lexicon, text: str, cue: int, pos: int, end: int) -> bool:
    """Whether a bare verb cue ("proposed") is followed by what is proposed, in the active voice."""
    first = _first_word(text, pos, end)
    if not first or not (first[0].islower() or first[0].isdigit()):
        return False
    if first in lex.object_not_first:
        return False
    return not lex.object_not_before.search(text, max(0, cue - 20), cue)


@attrs.frozen
class _Scan:
    """What a scan of the sentences needs to share between sentences."""

    layout: Layout
    actors: _Actors


def _possessor(scan: _Scan, sentence: Segment, m: re.Match[str]) -> tuple[int | None, bool]:
    """Whose noun cue this is ("Russia's proposal", "the invitation of X").

    Returns the person, if resolved, and whether the text names an owner at all.
    """
    text, people = scan.layout.text, scan.actors.people
    after = _OF_POSSESSOR.match(text, m.start() + len(m.group().split()[0]))
    if after:
        found = actor_at(people, text, after.start(1), after.end(1))
        if found is not None:
            return found, True
    lo = _possessor_start(text, sentence.start, m.start())
    if lo < m.start():
        return actor_at(people, text, lo, m.start()), True
    return None, bool(after)


def _proposer(
    scan: _Scan, cue: _Cue, sentence: Segment, m: re.Match[str], start: int, prev: int | None
) -> int | None:
    """Who put the proposal forward: a possessor of a noun cue, else the doer.

    An accepted invitation comes from the other side; an invitee named
    after the verb is never its own inviter.
    """
    text = scan.layout.text
    owned = False
    if cue.noun:
        found, owned = _possessor(scan, sentence, m)
        if found is not None:
            return found
    doer = scan.actors.of_verb(sentence, m.start(), prev)
    tight = _tight_start(text, sentence.start, m.start())
    if not owned and lexicon().received.search(text, tight, m.start()):
        return _other_side(scan.actors.people, doer)
    if cue.kind == "invite" and not owned and start > m.end():
        invitee = actor_at(scan.actors.people, text, m.end(), start)
        if invitee is not None and doer in (None, invitee):
            if doer is not None and not _says_name(scan.actors.people, doer, text, m.end(), start):
                return doer  # the inviter's title also fits the invitee: the subject invites
            return _other_side(scan.actors.people, invitee)
    return doer


def _says_name(people: People, who: int, text: str, start: int, end: int) -> bool:
    """Tell if ``text[start:end]`` says the surname of person ``who``."""
    name = people.persons[who].name
    if not name:
        return False
    words = {w.casefold() for w in _WORD.findall(text, start, end)}
    return name.rsplit(None, 1)[-1].casefold() in words


def _other_side(people: People, one: int | None) -> int | None:
    """Return the other side of a bilateral contact, if there is exactly one."""
    others = [i for i in range(len(people.persons)) if i != one]
    return others[0] if len(others) == 1 else None


def _proposals_at(
    scan: _Scan, sentence: Segment, m: re.Match[str], prev: int | None
) -> list[FoundProposal]:
    lex = lexicon()
    text = scan.layout.text
    cue = lex.proposal_cues[_cue_index(m)]
    before = text[max(sentence.start, m.start() - 40) : m.start()]
    if _AT_THE.search(before) or lex.negation.search(before):
        return []
    if cue.noun and m.group()[0].isupper() and before.strip(_TRIM):
        return []  # a capitalised noun mid-sentence names something ("the Grain Initiative")
    start = _content_start(lex, cue, m, sentence.end)
    if start is None:
        return []
    items = clause_items(text, start, sentence.end, connector=connector_before(text, start))
    if not items:
        return []
    by = _proposer(scan, cue, sentence, m, start, prev)
    window = text[_tight_start(text, sentence.start, m.start()) : m.end()]
    status: Literal["made", "reiterated"] = (
        "reiterated" if lex.reiteration.search(window) else "made"
    )
    return [FoundProposal(by=by, text=item, status=status) for item in items]


# How far before a stem a cue may begin ("reached an agreement": stem "agree").
_STEM_REACH = 24
_WORD_START = re.compile(r"\b\w")


def _stem_hits(layout: Layout, stems: tuple[str, ...], lo: int, hi: int) -> list[int] | None:
    """Offsets of every lower-case stem between ``lo`` and ``hi``; None if lowering moved any."""
    low = layout.lower
    if len(low) != len(layout.text):
        return None
    hits: set[int] = set()
    for stem in stems:
        pos = low.find(stem, lo, hi)
        while pos >= 0 and len(hits) < _MAX_CUES * 8:
            hits.add(pos)
            pos = low.find(stem, pos + 1, hi)
    return sorted(hits)


def _all_matches(
    pattern: re.Pattern[str], layout: Layout
) -> Iterator[tuple[int, Segment, re.Match[str]]]:
    for index, sentence in enumerate(layout.sentences):
        for m in pattern.finditer(layout.text, sentence.start, sentence.end):
            yield index, sentence, m


def _anchored_matches(
    pattern: re.Pattern[str], layout: Layout, hits: list[int]
) -> Iterator[tuple[int, Segment, re.Match[str]]]:
    text, sentences = layout.text, layout.sentences
    starts = [s.start for s in sentences]
    last_end = -1
    for hit in hits:
        index = bisect.bisect_right(starts, hit) - 1
        if index < 0 or hit >= sentences[index].end:
            continue
        sentence = sentences[index]
        lo = max(sentence.start, last_end, hit - _STEM_REACH)
        for word in _WORD_START.finditer(text, lo, hit + 1):
            m = pattern.match(text, word.start(), sentence.end)
            if m:
                yield index, sentence, m
                last_end = m.end()
                break


def cue_matches(
    pattern: re.Pattern[str], stems: tuple[str, ...], layout: Layout
) -> Iterator[tuple[int, Segment, re.Match[str]]]:
    """Yield ``(sentence index, sentence, match)`` of each cue, at most ``_MAX_CUES``.

    The cue regex is tried only at the words just before an occurrence of one of
    its lower-case ``stems`` (found by plain substring search), which is far
    cheaper than running it along every sentence.
    """
    if not layout.sentences:
        return
    # Only the sentences are scanned: headers and page furniture around them are skipped.
    lo, hi = layout.sentences[0].start, layout.sentences[-1].end
    hits = _stem_hits(layout, stems, lo, hi)
    found = (
        _all_matches(pattern, layout) if hits is None else _anchored_matches(pattern, layout, hits)
    )
    for count, item in enumerate(found, 1):
        yield item
        if count >= _MAX_CUES:
            return


def find_proposals(layout: Layout, people: People) -> list[FoundProposal]:
    """Find the courses of action a side put forward or reiterated in this contact."""
    lex = lexicon()
    scan = _Scan(layout, _Actors(people, layout.text))
    out: list[FoundProposal] = []
    last_end = -1
    prev_of: tuple[int, int | None] = (-1, None)
    for index, sentence, m in cue_matches(lex.proposal, lex.proposal_stems, layout):
        if prev_of[0] != index:
            prev_of = (index, scan.actors.previous(layout.sentences, index))
        for p in _proposals_at(scan, sentence, m, prev_of[1]):
            if p.text.start >= last_end:
                out.append(p)
                last_end = p.text.end
    return out


# ---------------------------------------------------------------- agreements


_CLAUSE_PUNCT = re.compile(r"[,;:]")


def _agreement_ok(lex: _Lexicon, cue: _Cue, text: str, sentence: Segment, m: re.Match[str]) -> bool:
    before = text[max(sentence.start, m.start() - 40) : m.start()]
    if lex.negation.search(before) or lex.earlier.search(before):
        return False
    opener = _first_word(text, m.end(), sentence.end).casefold()
    if opener in lex.not_content and not m.group().casefold().endswith("that"):
        return False
    if not cue.joint:
        return True
    lo = max(sentence.start, m.start() - _LOOKBACK)
    for brk in _CLAUSE_PUNCT.finditer(text, lo, m.start()):
        lo = brk.end()
    return bool(lex.joint_subject.search(text, lo, m.start()))


def find_agreements(layout: Layout, people: People) -> list[FoundAgreement]:
    """Find what the sides agreed in this contact (all sides are parties)."""
    lex = lexicon()
    text = layout.text
    parties = tuple(range(len(people.persons)))
    out: list[FoundAgreement] = []
    last_end = -1
    for _, sentence, m in cue_matches(lex.agreement, lex.agreement_stems, layout):
        cue = lex.agreement_cues[_cue_index(m)]
        if not _agreement_ok(lex, cue, text, sentence, m):
            continue
        connector = connector_before(text, m.end())
        for item in clause_items(text, m.end(), sentence.end, connector=connector):
            if item.start >= last_end:
                out.append(FoundAgreement(parties=parties, text=item))
                last_end = item.end
    return out
