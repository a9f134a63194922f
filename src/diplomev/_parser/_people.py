"""Participants stage: who took part in the contact, from which side, who initiated it.

A participant is found from a *mention*: a title phrase with a name after it
("US Secretary of State Mike Pompeo"), a name with a title after it ("Mr. Shinzo
Abe, Prime Minister of Japan"), a bare title ("the Secretary-General"), a name in
a contact role ("Vladimir Putin had a telephone conversation"), a transcript's
speaker label ("SECRETARY KERRY:") or a side named by its country ("the Russian
side").  Only the mentions of the sentences that report the contact itself
count: the title and the lead sentences up to the first that completes two
sides.  Later sentences only complete what the lead left out (the name of "the
Foreign Minister of Turkey", someone "also present").

Countries come from the text first (an adjective or "of X" qualifying the
title, a title only one state uses), then from the publisher (a ministry's own
readout leaves its own minister unqualified), then from the countries the
release talks about that no other side already holds.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from typing import Any

import attrs

from diplomev import _countries
from diplomev._parser._found import People, Person
from diplomev._parser._layout import Layout, Segment

_MAX_SEGMENTS = 40  # past this a release is a transcript whose lead has long been read
_MAX_NAME_WORDS = 6  # "Salim bin Mohammed AlMalik"; a longer run is prose, not a name
_MAX_MENTIONS = 64  # sides of one contact; beyond this a "sentence" is a list or junk
_MAX_TRIES = 5  # initiator phrases tried per sentence
_MAX_SPAN = 400  # longest phrase actor_at resolves; longer ones are no subject phrase
_SCAN_LIMIT = 20_000  # speaker labels and names of unnamed offices are looked for this far
_WINDOW = 6  # sentences after the lead where the initiator may be stated


@attrs.frozen
class _Lexicon:
    """The titles lexicon, compiled."""

    titles: dict[str, dict[str, Any]]
    title_rx: re.Pattern[str]
    name_token_rx: re.Pattern[str]
    honorifics: tuple[str, ...]
    honorifics_by_last: dict[str, tuple[str, ...]]
    honorific_words: frozenset[str]
    particles: frozenset[str]
    portfolio_rx: re.Pattern[str]
    institutions: frozenset[str]
    not_names: frozenset[str]
    surname_months: frozenset[str]
    homes: dict[str, str]


def _trie(words: Iterable[str]) -> str:
    """Return a regex alternation of literal words, factored as a trie so a miss fails fast."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word.casefold():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_rx(tree)


def _trie_rx(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_rx(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _by_last_word(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for phrase in phrases:
        out.setdefault(phrase.split()[-1], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@functools.cache
def _lexicon() -> _Lexicon:
    raw = tomllib.loads(
        resources.files("diplomev._parser").joinpath("lexicons/titles.toml").read_text("utf-8")
    )
    titles = {t["text"].casefold(): t for t in raw["title"]}
    title_rx = re.compile(
        rf"(?<![\w-])(?P<mods>(?:(?:{_trie(raw['modifiers']['words'])})\s+){{0,3}})"
        rf"(?P<core>{_trie(titles)})(?![\w-])",
        re.IGNORECASE,
    )
    word = _trie(raw["portfolio"]["words"])
    portfolio_rx = re.compile(
        rf"\s+(?P<prep>for|of)\s+(?:the\s+)?(?:{word})(?![\w-])"
        rf"(?:(?:\s*,\s*|\s+and\s+|\s+)(?:the\s+)?(?:{word})(?![\w-]))*",
        re.IGNORECASE,
    )
    honorifics = tuple(sorted(raw["honorifics"]["words"], key=len, reverse=True))
    particles = raw["particles"]["words"]
    # Only capitalised words and name particles: lower-case prose is skipped by the regex engine.
    name_token_rx = re.compile(
        rf"(?<![\w'\u2019`-])(?:(?:{_trie(particles)})(?![\w'\u2019`])|(?:{_trie(particles)})-(?=[^\W\d_])"
        r"|[^\W\d_a-z])[^\W\d_]*(?:[-'\u2019`][^\W\d_]+)*\.?"
    )
    return _Lexicon(
        titles=titles,
        title_rx=title_rx,
        name_token_rx=name_token_rx,
        honorifics=honorifics,
        honorifics_by_last=_by_last_word(honorifics),
        honorific_words=frozenset(w.rstrip(".") for h in honorifics for w in h.split()),
        particles=frozenset(raw["particles"]["words"]),
        portfolio_rx=portfolio_rx,
        institutions=frozenset(raw["institutions"]["words"]),
        not_names=frozenset(raw["not_names"]["words"]),
        surname_months=frozenset(raw["surname_months"]["words"]),
        homes=dict(raw["publishers"]),
    )


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'\u2019`][^\W\d_]+)*\.?")
_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_TO = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?")
_CHAIN = re.compile(r"\s*(?:/|,|\band\b)\s*")
_COMMA_THE = re.compile(r",\s+(?:the\s+)?")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_GAP = re.compile(r"[ \t\u00a0]*(?:\([A-Z]{2,6}\)[ \t\u00a0]*)?")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ich|ichna)$")
_POSSESSIVE = re.compile(r"[\u2019'`]s$")
_POSSESSIVE_ENDS = ("\u2019s", "'s", "`s")
_CUE_WORDS = (
    "telephone",
    "telephoned",
    "telephonic",
    "phone",
    "phoned",
    "call",
    "calls",
    "called",
    "conversation",
    "conversations",
    "talk",
    "talks",
    "met",
    "meet",
    "meets",
    "meeting",
    "meetings",
    "spoke",
    "speaks",
    "receive",
    "received",
    "receives",
    "hosted",
    "hosts",
    "held",
    "hold",
    "holds",
    "video",
    "videoconference",
    "virtual",
    "virtually",
    "consultations",
    "statement",
    "visit",
    "visits",
    "visiting",
    "courtesy",
    "remarks",
    "discussed",
    "dialogue",
    "letter",
    "letters",
    "message",
    "messages",
    "wrote",
    "writes",
    "addressed",
)  # words that report a contact: a sentence without one does not name its sides
_CUE = re.compile(rf"\b(?:{_trie(_CUE_WORDS)})\b", re.IGNORECASE)
_AFTER_NAME = re.compile(
    r"\s+(?:had|has|held|holds|met|meets|spoke|speaks|called|calls|received|receives|telephoned"
    r"|phoned|talked|hosted|hosts|and)\b",
    re.IGNORECASE,
)
_BEFORE_NAME = re.compile(
    r"(?:\bwith|\bbetween|\band|\bcongratulated|\bthanked|\bwelcomed|\breceived|\bhosted|\bcalled"
    r"|\bphoned|\btelephoned|\bmet|\bto)\s+$",
    re.IGNORECASE,
)
_UNNAMED_BEFORE = re.compile(r"(?:\bthe|\bby|\bwith|\band|\bfrom|\bbetween)\s+$", re.IGNORECASE)
_ALSO_PRESENT = re.compile(
    r"also (?:present|attended|took part|participated|joined)|\baccompanied by\b", re.IGNORECASE
)
_SIDE = re.compile(r"\bsides?\b", re.IGNORECASE)
_SPEAKER = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z.'\u2019 -]{2,60}):", re.MULTILINE)
_INIT_OF = re.compile(
    r"\b(?:at|on|upon|under)\s+the\s+(?:initiative|request|invitation)\s+of\s+|\binitiated\s+by\s+"
    r"|\breceived\s+(?:an?\s+)?(?:(?!courtesy)[\w-]+\s+){0,2}calls?\s+from\s+",
    re.IGNORECASE,
)
_INIT_POSS = re.compile(
    r"\b(?:at|on|upon|under)\s{1,3}(?P<x>[^,.;:\n]{1,60}?)\s{1,3}(?:initiative|request)\b",
    re.IGNORECASE,
)
_INITIATED = re.compile(r"\binitiated\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}call\b", re.IGNORECASE)
_CALLED = re.compile(r"\b(?:called|phoned|telephoned|rang)\s+(?!on\b|for\b|upon\b|to\b|in\b)")
_LATTER = re.compile(r"\blatter\b", re.IGNORECASE)
_FORMER = re.compile(r"\bformer[\u2019'`]s\b", re.IGNORECASE)
_INITIAL_END = re.compile(r"(?:\b[A-Z]|\bMrs?|\bMs|\bDr|\bH\.E|\bSt|\bProf)\.$")
_PHRASE_END = re.compile(r"[,;:(]|\.\s|\s(?:on|to|in|at|who|and|took|had|has)\s")
_PAIR_WEIGHT = 5  # "the UK and Russia", "Russian-Turkish": the two sides, named together
_PAIR = re.compile(r"-|/|\s+and\s+(?:the\s+)?")


@attrs.frozen
class _Title:
    """A title phrase: its role span, the country qualifying it, where it ends."""

    start: int  # with the country qualifier before it
    role_start: int
    role_end: int
    end: int  # with the country qualifier after it
    country: str | None
    default: str | None
    plural: bool
    side: bool
    capital: bool


@attrs.frozen
class _Run:
    """A run of name words; ``lead`` is where its honorifics start."""

    lead: int
    start: int
    end: int
    words: tuple[str, ...]
    honoured: bool
    ordered: bool = False  # words already given-name-first ("Lavrov, Sergey" read back)


@attrs.frozen
class _Mention:
    """One person-like mention in a segment; ``person`` is False for "the X side"."""

    start: int
    end: int
    name: str | None
    role: str | None
    country: str | None
    qualified: bool
    segment: Segment
    person: bool = True


class _Segmenter:
    """Country mentions of one segment, indexed by start and end offset."""

    def __init__(self, text: str, seg: Segment) -> None:
        self.text = text
        self.seg = seg
        self.found = [(s + seg.start, e + seg.start, c) for s, e, c in _safe_mentions(seg.text)]
        self.by_start = {s: (e, c) for s, e, c in self.found}
        self.by_end = {e: (s, c) for s, e, c in self.found}

    def country_at(self, pos: int) -> tuple[int, str] | None:
        """Return the country mention starting at ``pos``, a "the" before or after it allowed."""
        hit = self.by_start.get(pos)
        if hit is None and self.text.startswith(("the ", "The "), pos):
            hit = self.by_start.get(pos + 4)
        if hit is None and self.text[max(0, pos - 4) : pos] in ("the ", "The "):
            hit = self.by_start.get(pos - 4)
        return hit

    def country_before(self, pos: int) -> tuple[int, str] | None:
        """Return the country mention (adjective, maybe possessive) ending before ``pos``."""
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
        if text[max(0, start - 4) : start] in ("the ", "The "):
            start -= 4
        return start, code


def _safe_code(phrase: str) -> str | None:
    try:
        return _countries.find_code(phrase)
    except Exception:  # the country table must never break this stage
        return None


def _safe_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """Return the country mentions of ``text``, each sentence scanned once.

    A sentence is read for its sides and again for its countries; the cache is keyed
    by the string, bounded, and the function is pure.
    """
    if len(text) > _MAX_CACHED:
        return _mentions_uncached(text)
    return _mentions_cached(text)


_MAX_CACHED = 2000  # longer strings are rare and not worth keeping


@functools.lru_cache(maxsize=512)
def _mentions_cached(text: str) -> tuple[tuple[int, int, str], ...]:
    return _mentions_uncached(text)


def _mentions_uncached(text: str) -> tuple[tuple[int, int, str], ...]:
    try:
        return tuple(_countries.mentions(text))
    except Exception:  # the country table must never break this stage
        return ()


def _titles(sg: _Segmenter) -> list[_Title]:
    lex, text, seg = _lexicon(), sg.text, sg.seg
    out: list[_Title] = []
    pos = seg.start
    while (m := lex.title_rx.search(text, pos, seg.end)) is not None:
        entry = _entry(m)
        definite = text[max(seg.start, m.start() - 4) : m.start()] in ("the ", "The ")
        role_end, end, country = _extend_title(sg, m.end(), definite)
        before = sg.country_before(m.start())
        start = m.start()
        if before is not None:
            start = before[0]
            country = before[1] if country is None or entry.get("plural") else country
        out.append(
            _Title(
                start=start,
                role_start=m.start(),
                role_end=role_end,
                end=end,
                country=country,
                default=entry.get("country"),
                plural=bool(entry.get("plural")),
                side=entry.get("side", True),
                capital=m.group()[:1].isupper(),
            )
        )
        pos = max(end, m.end())
    return out


def _entry(m: re.Match[str]) -> dict[str, Any]:
    """Return the entry of a title match: "Federal Foreign Minister" whole, else its core."""
    titles = _lexicon().titles
    whole = titles.get(" ".join(m.group().split()).casefold())
    return whole if whole is not None else titles[m.group("core").casefold()]


def _extend_title(sg: _Segmenter, pos: int, definite: bool) -> tuple[int, int, str | None]:
    """Extend a title over its portfolio, its "of X" qualifier and chained titles.

    "the Secretary-General and President Obama" are two persons, so after "the"
    an "and" does not chain titles ("State Councilor and Foreign Minister Wang Yi").
    """
    lex, text, limit = _lexicon(), sg.text, sg.seg.end
    role_end, country = pos, None
    for _ in range(6):  # a chain of titles is short; bound it all the same
        if (p := lex.portfolio_rx.match(text, pos, limit)) is not None and (
            p.group("prep") == "for" or sg.country_at(p.start() + p.group().index("of") + 3) is None
        ):
            pos = role_end = p.end()
        if (o := _OF.match(text, pos, limit)) is not None:
            hit = sg.country_at(o.end())
            boss = lex.title_rx.match(text, o.end(), limit) if hit is None else None
            if boss is not None:
                # "Spokesperson of the Chairperson", "Special Envoy of the President": one office
                pos = role_end = boss.end()
                continue
            if hit is not None:
                country = country or hit[1]
                pos = hit[0]
                # "Chairperson of the African Union Commission": the organisation's organ
                if text[o.end() : pos].rsplit(None, 1)[-1] in lex.institutions:
                    role_end = pos
                elif (org_end := _organisation(text, _skip_space(text, pos), limit)) is not None:
                    pos = role_end = org_end
            elif (org_end := _organisation(text, o.end(), limit)) is not None:
                pos = role_end = org_end
        if (t := _TO.match(text, pos, limit)) is not None:
            dest = sg.country_at(t.end())
            if dest is not None:
                pos = dest[0]
        c = _CHAIN.match(text, pos, limit)
        if c is not None and definite and "and" in c.group():
            break
        nxt = lex.title_rx.match(text, c.end(), limit) if c is not None else None
        if nxt is None or _entry(nxt).get("plural"):
            break
        if c is not None and "," in c.group() and _entry(nxt).get("rank"):
            break  # "Minister of Foreign Affairs, Ambassador Mauro Vieira": a rank, not an office
        pos = role_end = nxt.end()
    return role_end, pos, country


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _organisation(text: str, pos: int, limit: int) -> int | None:
    """End of an organisation's name ("World Bank") starting at ``pos``, if one starts there."""
    lex = _lexicon()
    end = None
    for m in _TOKEN.finditer(text, pos, min(limit, pos + 120)):
        word = m.group().rstrip(".")
        if m.start() != pos and not text[pos : m.start()].isspace():
            break
        if not (word[:1].isupper() or word in ("of", "the", "and", "for")):
            break
        if word in lex.institutions:
            end = m.start() + len(word)
        pos = m.start() + len(word)
    return end


def _runs(sg: _Segmenter, masked: Sequence[tuple[int, int]]) -> list[_Run]:
    """Return the runs of consecutive name words outside titles and country names."""
    lex, text = _lexicon(), sg.text
    runs: list[_Run] = []
    cur: list[tuple[int, int, str]] = []

    def close() -> None:
        while cur and cur[-1][2] in lex.particles:
            cur.pop()
        while cur and cur[0][2] in lex.particles:
            cur.pop(0)
        if cur and any(len(w.rstrip(".")) > 1 for _, _, w in cur):
            lead, honoured = _honorifics_before(text, cur[0][0], sg.seg.start)
            runs.append(_Run(lead, cur[0][0], cur[-1][1], _glued(cur), honoured))
        cur.clear()

    mask_i = 0
    for m in lex.name_token_rx.finditer(text, sg.seg.start, sg.seg.end):
        s, e, word = m.start(), m.end(), m.group()
        while mask_i < len(masked) and masked[mask_i][1] <= s:
            mask_i += 1
        inside = mask_i < len(masked) and masked[mask_i][0] <= s
        if word.endswith(".") and len(word) > 2 and word not in lex.honorifics:
            word, e = word[:-1], e - 1
        possessive = word.endswith(_POSSESSIVE_ENDS)
        if possessive:
            word, e = word[:-2], e - 2
        ok = not inside and len(cur) < _MAX_NAME_WORDS and _name_word(word, bool(cur), text, e)
        if cur and (not ok or not _joined(text, cur[-1], s)):
            close()
        if ok:
            cur.append((s, e, word))
            if possessive:
                close()
    close()
    return runs


def _glued(tokens: Sequence[tuple[int, int, str]]) -> tuple[str, ...]:
    """Words of a run, initials written together kept together ("Retno L.P. Marsudi")."""
    words: list[str] = []
    prev_end = -1
    for s, e, w in tokens:
        if s == prev_end and _is_initial(w) and words and _is_initial(words[-1][-2:]):
            words[-1] += w
        else:
            words.append(w)
        prev_end = e
    return tuple(words)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _name_word(word: str, inside_run: bool, text: str, end: int) -> bool:
    lex = _lexicon()
    if word in lex.particles or _particle_prefixed(word):
        return True
    if not word[:1].isupper() or word.rstrip(".") in lex.honorific_words:
        return False
    if word in lex.surname_months:
        return inside_run and not text[end : end + 3].strip()[:1].isdigit()
    return word not in lex.not_names and word not in lex.institutions


def _particle_prefixed(word: str) -> bool:
    """Tell a lower-case particle hyphened to a capitalised name ("al-Assad", "el-Sisi")."""
    if "-" not in word:
        return False
    head, dash, tail = word.partition("-")
    return bool(dash) and head in _lexicon().particles and tail[:1].isupper()


def _joined(text: str, prev: tuple[int, int, str], start: int) -> bool:
    gap = text[prev[1] : start]
    if not gap:
        return prev[2].endswith(".") and len(prev[2]) == 2  # "V.Putin"
    return len(gap) <= 2 and gap.strip(" \u00a0") == ""


def _honorifics_before(text: str, pos: int, floor: int) -> tuple[int, bool]:
    """Walk back over honorifics ("H.E. Mr.") before ``pos``: where they start, and if any."""
    by_last = _lexicon().honorifics_by_last
    honoured = False
    for _ in range(4):
        j = pos
        while j > floor and text[j - 1] in " \u00a0":
            j -= 1
        k = j
        while k > floor and not text[k - 1].isspace():
            k -= 1
        hit = next(
            (
                h
                for h in by_last.get(text[k:j], ())
                if text.endswith(h, floor, j) and _bounded(text, j - len(h))
            ),
            None,
        )
        if hit is None:
            break
        pos, honoured = j - len(hit), True
    return pos, honoured


def _bounded(text: str, pos: int) -> bool:
    return pos <= 0 or not text[pos - 1].isalnum()


def _name_of(words: Sequence[str]) -> str:
    """Given-name-first name from a run: "HAYASHI Yoshimasa" becomes "Yoshimasa Hayashi"."""
    first = words[0]
    upper_first = len(first) > 1 and first.isalpha() and first.isupper()
    if len(words) > 1 and upper_first and not words[1].isupper():
        words = [*words[1:], first]
    return " ".join(_case(w) for w in words)


def _case(word: str) -> str:
    """Case-fix an upper-case name word: "HAYASHI" -> "Hayashi"."""
    if len(word) > 1 and word.isupper() and word.replace("-", "").isalpha():
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


def _segment_mentions(text: str, seg: Segment) -> list[_Mention]:
    """Every person-like mention of one segment, in text order."""
    sg = _Segmenter(text, seg)
    titles = _titles(sg)
    masked = sorted([(t.role_start, t.role_end) for t in titles] + [(s, e) for s, e, _ in sg.found])
    runs = _runs(sg, masked)
    by_lead = {r.lead: r for r in runs}
    by_end = {r.end: r for r in runs}
    used: set[_Run] = set()
    out: list[_Mention] = []
    for t in titles:
        out.extend(_title_mentions(sg, t, by_lead, by_end, used))
    for r in runs:
        if r not in used and _bare_person(text, r, seg.start):
            country = _country_after(sg, r.end)
            out.append(
                _Mention(r.start, r.end, _name_of(r.words), None, country, bool(country), seg)
            )
    out.extend(_side_mentions(sg))
    out.sort(key=lambda m: m.start)
    return out


def _country_after(sg: _Segmenter, pos: int) -> str | None:
    """Return the country of an "of X" after a name ("Barack Obama of the United States")."""
    o = _OF.match(sg.text, pos, sg.seg.end)
    hit = sg.country_at(o.end()) if o is not None else None
    return hit[1] if hit is not None else None


def _title_mentions(
    sg: _Segmenter,
    t: _Title,
    by_lead: dict[int, _Run],
    by_end: dict[int, _Run],
    used: set[_Run],
) -> list[_Mention]:
    text, seg = sg.text, sg.seg
    if t.plural:
        return _plural_mentions(sg, t)
    role = text[t.role_start : t.role_end]
    run = _run_after(text, t.end, seg.end, by_lead)
    if run is None and (before := _run_before(text, t.start, by_end)) is not None:
        run = _inverted(text, before, by_end, used) or before
    if run is not None:
        used.add(run)
    if not t.side:
        return []
    country = t.country or t.default
    qualified = t.country is not None
    if run is not None:
        name = " ".join(run.words) if run.ordered else _name_of(run.words)
        if country is None or not qualified:
            after = _country_after(sg, run.end)
            country, qualified = (after, True) if after else (country, qualified)
        start, end = min(run.start, t.start), max(run.end, t.end)
        return [_Mention(start, end, name, role, country, qualified, seg)]
    if not t.capital or not _unnamed_context(text, t, seg.start):
        return []
    return [_Mention(t.start, t.end, None, role, country, qualified, seg)]


def _inverted(text: str, run: _Run, by_end: dict[int, _Run], used: set[_Run]) -> _Run | None:
    """Read "Lavrov, Sergey Viktorovich" as "Sergey Lavrov" (the patronymic dropped)."""
    if len(run.words) != 2 or _PATRONYMIC.search(run.words[1]) is None:
        return None
    j = run.lead
    if text[j - 2 : j] != ", ":
        return None
    surname = by_end.get(j - 2)
    if surname is None or len(surname.words) > 2:
        return None
    used.add(surname)
    words = (run.words[0], *(_name_of(surname.words).split()))
    return _Run(surname.lead, surname.start, run.end, words, True, ordered=True)


def _run_after(text: str, pos: int, limit: int, by_lead: dict[int, _Run]) -> _Run | None:
    """Return the name right after a title ("Secretary Pompeo", "President of France, X,")."""
    j = _GAP.match(text, pos).end()  # type: ignore[union-attr]
    comma = text.startswith(",", j)
    if comma:
        j = _GAP.match(text, j + 1).end()  # type: ignore[union-attr]
        rank = _lexicon().title_rx.match(text, j, limit)
        if rank is not None and _entry(rank).get("rank"):
            j = _GAP.match(text, rank.end()).end()  # type: ignore[union-attr]
    elif j == pos:
        return None
    run = by_lead.get(j)
    if run is None or not comma or run.honoured:
        return run
    rest = text[run.end : run.end + 1]
    return run if run.end >= limit or rest in (",", ".", ";", ":", "(", "\n") else None


def _run_before(text: str, start: int, by_end: dict[int, _Run]) -> _Run | None:
    """Return the name right before ", [the] Title" ("Mr. Shinzo Abe, Prime Minister of Japan")."""
    for m in _COMMA_THE.finditer(text, max(0, start - 6), start + 1):
        if m.end() == start:
            return by_end.get(m.start())
    return None


def _unnamed_context(text: str, t: _Title, floor: int) -> bool:
    """Tell if a bare title stands for a person: after "the", "by", "with"... or a country."""
    if t.start != t.role_start:
        return True
    head = text[max(floor, t.start - 10) : t.start]
    return not head.strip() or _UNNAMED_BEFORE.search(head) is not None


def _plural_mentions(sg: _Segmenter, t: _Title) -> list[_Mention]:
    """Read "the Foreign Ministers of Canada, France and Italy" as one unnamed side per country."""
    text, limit = sg.text, sg.seg.end
    o = _OF.match(text, t.role_end, limit)
    if o is None:
        return []
    role = _singular(text[t.role_start : t.role_end])
    out: list[_Mention] = []
    pos = o.end()
    while (hit := sg.country_at(pos)) is not None:
        out.append(_Mention(pos, hit[0], None, role, hit[1], True, sg.seg))
        sep = _LIST_SEP.match(text, hit[0], limit)
        if sep is None:
            break
        pos = sep.end()
    return out


def _singular(role: str) -> str:
    """Make a plural title singular ("Ministers of Foreign Affairs" -> "Minister of ...")."""
    head, sep, tail = role.partition(" of ")
    head = head[:-1] if head.endswith("s") else head
    return head + sep + tail


def _bare_person(text: str, run: _Run, floor: int) -> bool:
    """Tell if a name with no title is a person: honoured, or in a contact role."""
    if run.honoured:
        return True
    if len(run.words) < 2:
        return False
    if _AFTER_NAME.match(text, run.end) is not None:
        return True
    return _BEFORE_NAME.search(text[max(floor, run.start - 16) : run.start]) is not None


def _side_mentions(sg: _Segmenter) -> list[_Mention]:
    out = []
    for m in _SIDE.finditer(sg.text, sg.seg.start, sg.seg.end):
        hit = sg.country_before(m.start())
        if hit is not None:
            out.append(_Mention(hit[0], m.end(), None, None, hit[1], True, sg.seg, person=False))
    return out


def _segments(layout: Layout) -> list[Segment]:
    """Title, then the sentences after it, rejoining sentences split after an initial."""
    out: list[Segment] = []
    title = layout.title
    if title is not None:
        out.append(title)
    text = layout.text
    for s in layout.sentences:
        if title is not None and s.start < title.end and s.end > title.start:
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev is not title
            and _INITIAL_END.search(prev.text) is not None
            and text[prev.end : s.start].strip(" ") == ""
        ):
            out[-1] = Segment(prev.start, s.end, text[prev.start : s.end])
        else:
            out.append(s)
        if len(out) >= _MAX_SEGMENTS:
            break
    return out


class _Reader:
    """Mentions of the release's segments, computed once and only when asked for."""

    def __init__(self, layout: Layout) -> None:
        self.text = layout.text
        self.segs = _segments(layout)
        self._cache: dict[int, list[_Mention]] = {}

    def mentions(self, i: int) -> list[_Mention]:
        if i not in self._cache:
            self._cache[i] = _segment_mentions(self.text, self.segs[i])
        return self._cache[i]

    def first(self, n: int) -> list[_Mention]:
        return [m for i in range(min(n, len(self.segs))) for m in self.mentions(i)]


def find_people(layout: Layout) -> People:
    """Find the sides of the contact the release reports, and its initiator where stated."""
    reader = _Reader(layout)
    chosen, lead = _lead_mentions(reader, layout.title)
    chosen.extend(_also_present(reader, lead)[:_MAX_MENTIONS])
    chosen.extend(_speakers(layout.text)[:_MAX_MENTIONS])
    drafts = _merge(chosen, reader, layout.title)
    _assign_countries(drafts, layout)
    drafts = _fold(drafts)
    persons = tuple(_person(d) for d in drafts)
    return People(persons, _initiator(reader, lead, persons))


def _lead_mentions(reader: _Reader, title: Segment | None) -> tuple[list[_Mention], list[int]]:
    """Mentions of the title and of the lead sentences, up to two sides in the body."""
    chosen: list[_Mention] = []
    lead: list[int] = []
    keys: set[str] = set()
    body = 0
    for i, seg in enumerate(reader.segs):
        if _CUE.search(seg.text) is None:
            continue
        ms = reader.mentions(i)
        if not any(m.person for m in ms):
            continue
        chosen.extend(ms[: _MAX_MENTIONS - len(chosen)])
        lead.append(i)
        keys |= {_key(m) for m in ms if m.person}
        if seg is not title:
            body += 1
            if len(keys) >= 2 or body >= 3:
                break
    return chosen, lead


def _also_present(reader: _Reader, lead: list[int]) -> list[_Mention]:
    """Named persons "also present" at the contact, anywhere in the release."""
    out: list[_Mention] = []
    for i, seg in enumerate(reader.segs):
        if i in lead or _ALSO_PRESENT.search(seg.text) is None:
            continue
        out.extend(m for m in reader.mentions(i) if m.name is not None and m.person)
    return out


def _speakers(text: str) -> list[_Mention]:
    """Speaker labels of a transcript ("SECRETARY KERRY:", "FOREIGN MINISTER LAVROV:")."""
    lex = _lexicon()
    out: list[_Mention] = []
    for m in _SPEAKER.finditer(text, 0, min(len(text), _SCAN_LIMIT)):
        label = m.group("label").strip()
        t = lex.title_rx.match(label)
        if (
            t is None
            or t.end() >= len(label)
            or not lex.titles[t.group("core").casefold()].get("side", True)
        ):
            continue
        words = label[t.end() :].split()
        if not words or len(words) > 3 or not all(w.isupper() and w.isalpha() for w in words):
            continue
        start = m.start("label") + label.index(words[0])
        end = m.start("label") + len(label)
        seg = Segment(m.start("label"), end, text[m.start("label") : end])
        role = _case_title(label[: t.end()])
        out.append(_Mention(start, end, " ".join(_case(w) for w in words), role, None, False, seg))
    return out


def _case_title(label: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in label.split())


def _key(m: _Mention) -> str:
    if m.name is not None:
        return "n:" + _surname(m.name)
    return f"c:{m.country}:{_core(m.role)}"


def _surname(name: str) -> str:
    return name.split()[-1].casefold()


def _core(role: str | None) -> str:
    """Return a role without modifiers, to compare two mentions of one office."""
    if role is None:
        return ""
    return " ".join(w for w in role.casefold().split() if w not in ("former", "acting", "the"))


def _roles_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    x, y = _core(a), _core(b)
    return (
        x == y
        or x.startswith(y + " ")
        or y.startswith(x + " ")
        or x.endswith(" " + y)
        or (y.endswith(" " + x))
    )


@attrs.define
class _Draft:
    """A person being assembled from several mentions."""

    name: str | None
    role: str | None
    country: str | None
    qualified: bool
    mention: Segment
    person: bool
    in_title: bool
    role_in_title: bool = False  # headlines shorten titles: a body mention's role is better


def _span(m: _Mention) -> Segment:
    base = m.segment.start
    return Segment(m.start, m.end, m.segment.text[m.start - base : m.end - base])


def _merge(chosen: list[_Mention], reader: _Reader, title: Segment | None) -> list[_Draft]:
    """One draft per person: same surname, or an unnamed office matching a named one."""
    drafts: list[_Draft] = []
    for m in chosen:
        match = next((d for d in drafts if _same(d, m)), None)
        in_title = title is not None and title.start <= m.start < title.end
        if match is None:
            drafts.append(
                _Draft(
                    m.name, m.role, m.country, m.qualified, _span(m), m.person, in_title, in_title
                )
            )
        else:
            if match.role_in_title and not in_title and m.role is not None:
                match.role, match.role_in_title = m.role, False
            _absorb(match, m)
    for d in drafts:
        if d.name is None and d.person and d.role is not None:
            named = _namesake(d, _office_mentions(reader, d.role))
            if named is not None:
                _absorb(d, named)
    drafts = _dedupe(drafts)
    for d in drafts:
        if d.name is not None and " " not in d.name:
            d.name = _fuller_name(reader.text, d.name, d.role)
    return drafts


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """Join drafts that became one person once unnamed offices got their names."""
    out: list[_Draft] = []
    for d in drafts:
        twin = next((o for o in out if o.name and d.name and _same_name(o.name, d.name)), None)
        if twin is None:
            out.append(d)
            continue
        twin.in_title = twin.in_title and d.in_title
        if d.name is not None and twin.name is not None and len(d.name) > len(twin.name):
            twin.name = d.name
        if twin.role_in_title and not d.role_in_title and d.role is not None:
            twin.role, twin.role_in_title = d.role, False
        if d.qualified and not twin.qualified:
            twin.country, twin.qualified = d.country, True
        elif twin.country is None:
            twin.country = d.country
    return out


_NEAR = 5  # sentences where the name of an unnamed office is looked for


def _office_mentions(reader: _Reader, role: str) -> list[_Mention]:
    """Named mentions near the places where ``role`` is said: the lead and the page header."""
    keys = [w for w in role.split() if len(w) > 3 and w[:1].isupper()] or role.split()[-1:]
    key = keys[-1]
    out: list[_Mention] = []
    for i, seg in enumerate(reader.segs[:_NEAR]):
        if any(k in seg.text for k in keys):
            out.extend(reader.mentions(i))
    text = reader.text
    first = reader.segs[0].start if reader.segs else len(text)
    limit = min(len(text), _HEADER_LIMIT, max((s.end for s in reader.segs[:3]), default=0))
    pos = 0
    while (hit := text.find(key, pos, limit)) >= 0:
        pos = hit + len(key)
        if reader.segs and hit >= first and any(s.start <= hit < s.end for s in reader.segs[:3]):
            continue
        start = text.rfind("\n", 0, hit) + 1
        end = text.find("\n", hit)
        end = len(text) if end < 0 else end
        line = Segment(start, end, text[start:end])
        out.extend(m for m in _segment_mentions(text, line) if m.name is not None and m.role)
        pos = max(pos, end)
    return out


_HEADER_LIMIT = 3000


def _fuller_name(text: str, name: str, role: str | None) -> str:
    """Complete "Pompeo" to "Mike Pompeo" from a fuller mention of the same surname."""
    best = name
    lex = _lexicon()
    rx = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    for m in rx.finditer(text, 0, min(len(text), _SCAN_LIMIT)):
        words: list[str] = []
        pos = m.start()
        for _ in range(3):
            w = _word_before(text, pos)
            if w is None or not _name_word(w, False, text, pos) or w in lex.particles:
                break
            if lex.title_rx.fullmatch(w) is not None or _safe_code(w) is not None:
                break
            words.insert(0, w)
            pos -= len(w) + 1
        if not words:
            continue
        said = lex.title_rx.search(text, max(0, pos - 60), pos)
        titled = role is not None and said is not None and said.end() >= pos - 1
        if titled and said is not None and not _roles_agree(role, said.group()):
            continue
        if len(words) + 1 > len(best.split()):
            best = " ".join([*words, name])
    return best


def _word_before(text: str, pos: int) -> str | None:
    """Return the word that ends one space before ``pos``."""
    if pos < 2 or text[pos - 1] != " ":
        return None
    j = pos - 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "-.'\u2019"):
        k -= 1
    word = text[k:j]
    return word or None


def _namesake(d: _Draft, every: list[_Mention]) -> _Mention | None:
    """Return the one named mention that can be the unnamed office ``d``, if just one.

    Same country first, then no country; an office the text did not qualify may be
    a named holder of any country.  Never one named in its own sentence: a sentence
    naming two titles names two persons ("Minister Pandor meets Saudi Foreign Minister").
    """
    tests: list[Callable[[_Mention], bool]] = [
        lambda m: m.country == d.country,
        lambda m: m.country is None,
    ]
    if not d.qualified:
        tests.append(lambda m: True)
    beside = {
        m.name
        for m in every
        if m.name is not None and m.segment.start <= d.mention.start < m.segment.end
    }
    every = [
        m
        for m in every
        if m.name is not None
        and m.role is not None
        and not any(_same_name(m.name, b) for b in beside)
        and _roles_agree(d.role, m.role)
    ]
    for test in tests:
        named = [m for m in every if test(m)]
        names = {_surname(m.name) for m in named if m.name}
        if len(names) == 1:
            return named[0]
        if names:
            return None
    return None


def _same(d: _Draft, m: _Mention) -> bool:
    if d.name is not None and m.name is not None:
        return _same_name(d.name, m.name)
    if d.name is None and m.name is None:
        if not d.person or not m.person:
            return d.country == m.country and d.country is not None and d.person == m.person
        return d.country == m.country and _core(d.role) == _core(m.role)
    return False


def _same_name(a: str, b: str) -> bool:
    """Tell if two names are one person's: one surname, or the shorter's words all in the longer.

    "Ebrard" and "Marcelo Ebrard Casaubon" (two surnames), "Retno" and "Retno Marsudi".
    """
    if _surname(a) == _surname(b):
        return True
    short, long_ = sorted((a.casefold().split(), b.casefold().split()), key=len)
    return len(short) < len(long_) and set(short) <= set(long_)


def _absorb(d: _Draft, m: _Mention, keep_mention: bool = False) -> None:
    if m.name is not None and (d.name is None or len(m.name) > len(d.name)):
        d.name = m.name
        if not keep_mention:
            d.mention = _span(m)
    if m.role is not None and (
        d.role is None or (len(m.role) > len(d.role) and _roles_agree(d.role, m.role))
    ):
        d.role = m.role  # "Secretary Blinken", then "Secretary of State Antony J. Blinken"
    if m.qualified and not d.qualified:
        d.country, d.qualified = m.country, True
    elif d.country is None:
        d.country = m.country


def _fold(drafts: list[_Draft]) -> list[_Draft]:
    """Drop unnamed offices and sides whose country a named participant already holds."""
    out: list[_Draft] = []
    for d in drafts:
        held = any(
            o is not d and o.country == d.country and (o.name or not d.person) for o in drafts
        )
        if d.name is None and d.country is not None and held:
            continue
        if d.name is not None and any(o.name and _same_name(o.name, d.name) for o in out):
            continue
        out.append(d)
    return out


def _home(publisher: str | None) -> str | None:
    if not publisher:
        return None
    homes = _lexicon().homes
    return homes.get(publisher) or homes.get(publisher.split("-")[0])


_LETTERHEAD = re.compile(
    r"\b(?:Ministry|Department|Government|Office|Embassy|Mission|Presidency|Chancellery)\b"
)
_HEADER_LINES = 8  # a letterhead sits in the first lines of the page


def _header_lines(layout: Layout) -> list[str]:
    """Lines above the first sentence, the title left out: letterhead and page furniture."""
    text = layout.text
    end = min(layout.sentences[0].start if layout.sentences else len(text), _HEADER_LIMIT)
    out: list[str] = []
    pos = 0
    while pos < end and len(out) < _HEADER_LINES:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        title = layout.title
        if text[pos:stop].strip() and (title is None or not pos <= title.start < stop + 1):
            out.append(text[pos:stop])
        pos = stop + 1
    return out


def _letterhead(lines: list[str]) -> str | None:
    """Return the state a ministry's letterhead names: the publisher's home.

    "Ministry of Foreign Affairs of the Republic of Poland", or a state's name on a
    line of its own ("Republic of South Africa").
    """
    for line in lines:
        found = _safe_mentions(line)
        codes = {c for _, _, c in found}
        if len(codes) != 1 or len(line) > 120:
            continue
        whole = len(found) == 1 and not line[: found[0][0]].strip(" the")
        whole = whole and not line[found[0][1] :].strip()
        if whole or _LETTERHEAD.search(line) is not None:
            return codes.pop()
    return None


def _assign_countries(drafts: list[_Draft], layout: Layout) -> None:
    """Fill the countries the mentions left open: publisher's home, then the text's countries."""
    open_ = [d for d in drafts if d.country is None]
    if not open_:
        return
    # unnamed offices may be the named persons themselves: they do not hold a country yet
    taken = {d.country for d in drafts if d.country is not None and d.name is not None}
    header = _header_lines(layout)
    home = _letterhead(header) or _home(layout.publisher)
    if home is not None and home not in taken:
        # the ministry's own side is the subject of its lead sentence, not of a headline
        own = next((d for d in open_ if not d.in_title), open_[0])
        own.country = home
        taken.add(home)
        open_ = [d for d in open_ if d is not own]
    # the page header ("Saudi Press Agency") only speaks when the release itself does not
    said = [c for c, _ in _country_counts(layout).most_common()]
    said += [c for line in header for _, _, c in _safe_mentions(line)]
    ranked = [c for c in dict.fromkeys(said) if c not in taken and _is_state(c)]
    for d, code in zip(open_, ranked, strict=False):
        d.country = code
    for d in open_:
        if d.country is None:
            d.country = home


def _is_state(code: str) -> bool:
    """Organisations are never guessed: their officials carry their titles."""
    try:
        return not _countries.is_organisation(code)
    except Exception:  # the country table must never break this stage
        return False


def _country_counts(layout: Layout) -> Counter[str]:
    """How much the release talks about each country; bilateral pairs weigh most."""
    counts: Counter[str] = Counter()
    segs = ([layout.title] if layout.title is not None else []) + list(layout.sentences[:8])
    for seg in segs:
        found = _safe_mentions(seg.text)
        counts.update(code for _, _, code in found)
        for (_, e1, c1), (s2, _, c2) in itertools.pairwise(found):
            if c1 != c2 and _PAIR.fullmatch(seg.text, e1, s2):
                counts.update({c1: _PAIR_WEIGHT, c2: _PAIR_WEIGHT})
    return counts


def _person(d: _Draft) -> Person:
    aliases: list[str] = []
    if d.name is not None:
        aliases.append(d.name.split()[-1])
    if d.role is not None:
        aliases.append(d.role)
    return Person(d.name, d.role, d.country, d.mention, tuple(dict.fromkeys(aliases)))


def _initiator(reader: _Reader, lead: list[int], persons: Sequence[Person]) -> int | None:
    """Return the side the text says initiated the contact, if among ``persons``."""
    if not persons:
        return None
    people = People(tuple(persons))
    last = (lead[-1] if lead else 0) + _WINDOW
    for i, seg in enumerate(reader.segs[: last + 1]):
        if i not in lead and _CUE.search(seg.text) is None:
            continue
        for finder in _FINDERS:
            who = finder(reader, i, people)
            if who is not None:
                return who
    return None


def _by_phrase(reader: _Reader, i: int, people: People) -> int | None:
    """Read "at the initiative of X", "initiated by X", "received a call from X"."""
    text, seg = reader.text, reader.segs[i]
    for m in itertools.islice(_INIT_OF.finditer(text, seg.start, seg.end), _MAX_TRIES):
        if (order := _ORDINAL.match(text, m.end(), seg.end)) is not None:
            who = _by_order(reader, i, m.start(), people, order.group(1).casefold() == "latter")
            if who is not None:
                return who
        who = _who_at(reader, i, m.end(), people)
        if who is not None:
            return who
    return None


_ORDINAL = re.compile(r"the\s+(latter|former)\b", re.IGNORECASE)


def _by_order(reader: _Reader, i: int, pos: int, people: People, latter: bool) -> int | None:
    """Read "at the request of the latter": the second (or first) person named before."""
    named = [m for m in reader.mentions(i) if m.person and m.end <= pos]
    if len(named) < 2:
        return None
    m = named[-1] if latter else named[-2]
    return actor_at(people, reader.text, m.start, m.end)


def _by_possessive(reader: _Reader, i: int, people: People) -> int | None:
    """Read "at the US initiative", "at the latter's initiative", "at the Syrian side's request"."""
    text, seg = reader.text, reader.segs[i]
    for m in itertools.islice(_INIT_POSS.finditer(text, seg.start, seg.end), _MAX_TRIES):
        x0, x1 = m.span("x")
        if _LATTER.search(text, x0, x1) and len(people.persons) >= 2:
            return 1
        if _FORMER.search(text, x0, x1):
            return 0
        who = actor_at(people, text, x0, x1)
        if who is not None:
            return who
    for m in itertools.islice(_INITIATED.finditer(text, seg.start, seg.end), _MAX_TRIES):
        who = actor_at(people, text, max(seg.start, m.start() - 40), m.start())
        if who is not None:
            return who
    return None


def _by_caller(reader: _Reader, i: int, people: People) -> int | None:
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
        if between.strip(" ,") and re.fullmatch(r"\s*,[^,]*,\s*", between) is None:
            continue
        if text[m.end() : after[0].start].strip() not in ("", "the", "The"):
            continue
        who = actor_at(people, text, before[-1].start, before[-1].end)
        if who is not None:
            return who
    return None


_FINDERS: tuple[Callable[[_Reader, int, People], int | None], ...] = (
    _by_phrase,
    _by_possessive,
    _by_caller,
)


def _who_at(reader: _Reader, i: int, pos: int, people: People) -> int | None:
    """Return the person a phrase at ``pos`` names: a mention there, else its country."""
    text, seg = reader.text, reader.segs[i]
    for m in reader.mentions(i):
        if pos <= m.end and m.start - pos <= 20 and m.start >= pos - 4:
            who = actor_at(people, text, m.start, m.end)
            if who is not None:
                return who
    stop = _PHRASE_END.search(text, pos, min(seg.end, pos + 80))
    return actor_at(people, text, pos, stop.start() if stop else min(seg.end, pos + 80))


def actor_at(people: People, text: str, start: int, end: int) -> int | None:
    """Return the index in ``people.persons`` of the person ``text[start:end]`` names.

    Resolves names ("Sergey Lavrov", "Lavrov"), offices ("the Secretary-General",
    "Minister Hayashi") and countries ("the Russian side", "Russia", "the Russian
    Foreign Minister"); None when the phrase names nobody or is ambiguous.
    """
    persons = people.persons
    start, end = max(0, start), min(len(text), end)
    if not persons or end <= start or end - start > _MAX_SPAN:
        return None
    phrase = text[start:end]
    words = {_POSSESSIVE.sub("", w.rstrip(".")).casefold() for w in _TOKEN.findall(phrase)}
    by_name = [i for i, p in enumerate(persons) if p.name and _surname(p.name) in words]
    if len(by_name) == 1:
        return by_name[0]
    codes = {c for _, _, c in _safe_mentions(phrase)}
    pool = [i for i, p in enumerate(persons) if p.country in codes] if codes else []
    if len(pool) == 1:
        return pool[0]
    titled = _lexicon().title_rx.search(phrase)
    if titled is not None:
        pool = pool or list(range(len(persons)))
        core = titled.group()
        hits = [i for i in pool if persons[i].role and _role_names(persons[i].role, core)]
        if len(hits) == 1:
            return hits[0]
    return None


def _role_names(role: str | None, said: str) -> bool:
    """Tell if a title as said ("the Secretary") names a role ("Secretary of State")."""
    x, y = _core(role), _core(said)
    return bool(y) and (
        x == y or x.startswith(y + " ") or x.endswith(" " + y) or f" {y} " in f" {x} "
    )
