"""Titles of office: the lexicon of ``titles.toml`` and the title phrases of a segment.

A title phrase is a title of the lexicon ("Foreign Minister"), with its modifiers
("Deputy"), its portfolio ("for Foreign and Diaspora Affairs"), the country that
qualifies it ("Russian", "of Japan") and the titles chained to it ("State Councilor
and Foreign Minister").
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Any

import attrs

from diplomev._parser._people_countries import CountryIndex
from diplomev._parser._people_records import Title

#: " of " or " of the " after a title or an office, in any case.
OF_PHRASE = re.compile(r"(?<!\s)\s++of\s++(?:the\s++)?", re.IGNORECASE)
_TO = re.compile(r"(?<!\s)\s++(?:to|in|on|for)\s++(?:the\s++)?")
# "Ambassador to the UN in Geneva, Simon Manley": the seat's city before the name's comma
_SEAT = re.compile(r"(?<!\s)\s++in\s++[A-Z][^\W\d_]*+(?:[ -][A-Z][^\W\d_]*+){0,2}(?=,)")
_AND = re.compile(r"(?<!\s)\s++and\s++")
_AND_PLACE = re.compile(
    r"(?<!\s)\s++and\s++the\s++[A-Z][^\W\d_]*+(?:[ -][A-Z][^\W\d_]*+){0,2}(?=,)"
)
_CHAIN = re.compile(r"(?<!\s)\s*+(?:/|,|\band\b)\s*+")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'\u2019`][^\W\d_]+)*\.?")
_CAPITALISED = re.compile(r"[A-Z][^\W\d_]*+(?:[ \t]++[A-Z][^\W\d_]*+){0,5}")
_MAX_CHAIN = 6  # a chain of titles is short; bound it all the same
_MODIFIERS = ("former", "acting", "the")


@attrs.frozen
class Lexicon:
    """The titles lexicon, compiled."""

    titles: dict[str, dict[str, Any]]
    title_rx: re.Pattern[str]
    title_low_rx: re.Pattern[str]  # the same, to search a lower-cased text without IGNORECASE
    name_token_rx: re.Pattern[str]
    honorifics: frozenset[str]
    honorifics_by_last: dict[str, tuple[str, ...]]
    particles: frozenset[str]
    portfolio_rx: re.Pattern[str]
    and_portfolio_rx: re.Pattern[str]  # "and Foreign Affairs" after "Minister of State"
    portfolio_words: frozenset[str]  # the words of ``portfolio_rx``, to test a title's tail
    institutions: frozenset[str]
    surname_months: frozenset[str]
    honorific_words: frozenset[str]  # words of honorifics, without their dots
    never_names: frozenset[str]  # words that end a run of name words


def trie(words: Iterable[str]) -> str:
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


def _portfolio_rx(words: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compile the portfolio patterns: "for Foreign Affairs", "of Foreign and Diaspora Affairs".

    A capitalised word the list does not know is part of the portfolio when a word
    it knows follows ("Diaspora Affairs"): a name never runs into "Affairs". The second
    pattern reads a portfolio joined to a title by "and" ("Minister of State and
    Foreign Affairs"): capitalised known words only, so "and Minister Lavrov" is not one.
    """
    known = f"(?:{trie(words)})(?![\\w-])"
    unknown = rf"(?-i:[A-Z])[^\W\d_]*(?![\w-])(?=(?:\s+and)?\s+{known})"
    word = f"(?:{known}|{unknown})"
    capital = rf"(?=(?-i:[A-Z])){known}"
    return re.compile(
        rf"(?<!\s)\s++(?P<prep>for|of)\s++(?:the\s++)?{word}(?:(?:\s*,\s*|\s+and\s+|\s+)(?:the\s+)?{word})*",
        re.IGNORECASE,
    ), re.compile(rf"(?<!\s)\s++and\s++(?P<words>{capital}(?:\s++{capital})*+)", re.IGNORECASE)


def _name_token_rx(particles: list[str]) -> re.Pattern[str]:
    """Compile the pattern of a name word: a capitalised word or a name particle.

    Only those: lower-case prose is skipped by the regex engine.
    """
    part = trie(particles)
    return re.compile(
        rf"(?<![\w'\u2019`-])(?:(?:{part})(?![\w'\u2019`])|(?:{part})-(?=[^\W\d_])"
        r"|[^\W\d_a-z])[^\W\d_]*(?:[-'\u2019`][^\W\d_]+)*\.?"
    )


@functools.cache
def lexicon() -> Lexicon:
    """Load and compile ``titles.toml`` once."""
    raw = tomllib.loads(
        resources.files("diplomev._parser").joinpath("lexicons/titles.toml").read_text("utf-8")
    )
    titles = {t["text"].casefold(): t for t in raw["title"]}
    title = (
        rf"(?<![\w-])(?P<mods>(?:(?:{trie(raw['modifiers']['words'])})\s+){{0,3}})"
        rf"(?P<core>{trie(titles)})(?![\w-])"
    )
    honorifics = raw["honorifics"]["words"]
    # "Dato' Seri": the apostrophe is no name word's, as the dot is not "Mr."'s
    honorific_words = frozenset(w.rstrip(".'\u2019") for h in honorifics for w in h.split())
    institutions = frozenset(raw["institutions"]["words"])
    never_names = frozenset(raw["not_names"]["words"]) | institutions
    months = frozenset(raw["surname_months"]["words"])
    portfolio_rx, and_portfolio_rx = _portfolio_rx(raw["portfolio"]["words"])
    return Lexicon(
        titles=titles,
        title_rx=re.compile(title, re.IGNORECASE),
        title_low_rx=re.compile(title),
        name_token_rx=_name_token_rx(raw["particles"]["words"]),
        honorifics=frozenset(honorifics),
        honorifics_by_last=_by_last_word(honorifics),
        particles=frozenset(raw["particles"]["words"]),
        portfolio_rx=portfolio_rx,
        and_portfolio_rx=and_portfolio_rx,
        portfolio_words=frozenset(raw["portfolio"]["words"]),
        institutions=institutions,
        surname_months=months,
        honorific_words=honorific_words,
        never_names=never_names,
    )


def entry_of(m: re.Match[str]) -> dict[str, Any]:
    """Return the entry of a title match: "Federal Foreign Minister" whole, else its core."""
    titles = lexicon().titles
    whole = titles.get(" ".join(m.group().split()).casefold())
    return whole if whole is not None else titles[m.group("core").casefold()]


def titles_in(index: CountryIndex) -> list[Title]:
    """Return the title phrases of the segment ``index`` covers, in text order."""
    rx, low, seg = lexicon().title_low_rx, index.low, index.seg
    out: list[Title] = []
    pos = seg.start
    while (m := rx.search(low, pos, seg.end)) is not None:
        out.append(_title(index, m))
        pos = max(out[-1].end, m.end())
    return out


def _title(index: CountryIndex, m: re.Match[str]) -> Title:
    text, floor = index.text, index.seg.start
    entry = entry_of(m)
    definite = text[max(floor, m.start() - 4) : m.start()] in ("the ", "The ")
    role_start, role_end, end, country = _extend(index, m, entry, definite)
    default = entry.get("country")
    if default is not None and index.low.startswith(" for ", m.end()):
        default = None  # "Secretary of State for Foreign Affairs": a portfolio, not the US office
    before = index.country_before(m.start())
    start = m.start()
    if before is not None:
        start = before[0]
        country = before[1] if country is None or entry.get("plural") else country
    return Title(
        start=start,
        role_start=role_start,
        role_end=role_end,
        end=end,
        country=country,
        default=default,
        plural=bool(entry.get("plural")),
        side=entry.get("side", True),
        capital=text[m.start()].isupper(),
    )


def _extend(
    index: CountryIndex, m: re.Match[str], entry: dict[str, Any], definite: bool
) -> tuple[int, int, int, str | None]:
    """Extend a title over its portfolio, its "of X" qualifier and chained titles.

    Return where the role starts and ends, where the phrase ends, and its country.
    "the Secretary-General and President Obama" are two persons, so after "the"
    an "and" does not chain titles ("State Councilor and Foreign Minister Wang Yi").
    A membership ("Member of the Political Bureau") gives way to the office after it.
    """
    lex, text, limit = lexicon(), index.text, index.seg.end
    role_start, pos, country = m.start(), m.end(), None
    role_end = pos
    membership = bool(entry.get("membership"))
    for _ in range(_MAX_CHAIN):
        pos, role_end, country = _qualify(index, pos, role_end, country)
        ahead = _ahead(index.low, pos, limit)
        if not ahead.startswith((",", "/", "and")):
            break
        portfolio = lex.and_portfolio_rx.match(text, pos, limit)
        if portfolio is not None and lex.title_rx.match(text, portfolio.start("words")) is None:
            pos = role_end = portfolio.end()
            continue
        c = _CHAIN.match(text, pos, limit)
        if c is not None and definite and "and" in c.group():
            break
        nxt = lex.title_rx.match(text, c.end(), limit) if c is not None else None
        if nxt is None or (nxt_entry := entry_of(nxt)).get("plural"):
            break
        if c is not None and "," in c.group() and nxt_entry.get("rank"):
            break  # "Minister of Foreign Affairs, Ambassador Mauro Vieira": a rank, not an office
        if membership:
            role_start, membership = nxt.start(), bool(nxt_entry.get("membership"))
        pos = role_end = nxt.end()
    return role_start, role_end, pos, country


def _qualify(
    index: CountryIndex, pos: int, role_end: int, country: str | None
) -> tuple[int, int, str | None]:
    """Read a title's portfolio, "of X" and "to X" after ``pos``: (pos, role end, country)."""
    lex, text, limit = lexicon(), index.text, index.seg.end
    for _ in range(_MAX_CHAIN):
        word = _word_ahead(index.low, pos, limit)
        if word not in ("for", "of"):
            break
        start = pos
        if (
            (p := lex.portfolio_rx.match(text, pos, limit)) is not None
            and (p.group("prep") == "for" or index.country_at(p.end("prep") + 1) is None)
            and not _institution_next(text, p.end(), limit)
        ):
            pos = role_end = p.end()
        o = OF_PHRASE.match(text, pos, limit)
        boss = None
        if o is not None and index.country_at(o.end()) is None:
            boss = lex.title_rx.match(text, o.end(), limit)
        if boss is None:
            if pos == start:
                break
            continue  # "for the Horn" read: "of Africa" may go on with it
        # "Spokesperson of the Chairperson", "Special Envoy of the President": one office,
        # whose holder serves the boss's organisation ("of the Secretary-General": the UN)
        pos = role_end = boss.end()
        country = country or entry_of(boss).get("country")
    word = _word_ahead(index.low, pos, limit)
    if word == "of" and (o := OF_PHRASE.match(text, pos, limit)) is not None:
        hit = index.country_at(o.end())
        if hit is not None:
            country = country or hit[1]
            pos = hit[0]
            # "Chairperson of the African Union Commission": the organisation's organ
            if text[o.end() : pos].rsplit(None, 1)[-1] in lex.institutions:
                role_end = pos
            elif (org_end := _organisation(text, _skip_space(text, pos), limit)) is not None:
                pos = role_end = _remit(index, org_end)
            elif (boss := lex.title_rx.match(text, _skip_space(text, pos), limit)) is not None:
                pos = role_end = boss.end()  # "Personal Envoy of the UN Secretary-General"
                pos = role_end = _remit(index, pos)
        elif (org_end := _organisation(text, o.end(), limit)) is not None:
            pos = role_end = _remit(index, org_end)
            if (owner := _owner(index, pos)) is not None:
                role_end, pos, country = owner
    return _destination(index, pos), role_end, country


def _remit(index: CountryIndex, pos: int) -> int:
    """Read an organ's or office's remit after ``pos``: "Office for Democratic Institutions".

    A place first ("Envoy ... for Western Sahara"): a portfolio word may start its name.
    """
    dest = _destination(index, pos)
    if dest != pos:
        return dest
    p = lexicon().portfolio_rx.match(index.text, pos, index.seg.end)
    return p.end() if p is not None and p.group("prep") == "for" else pos


def _destination(index: CountryIndex, pos: int) -> int:
    """Read where an office is held or aimed after ``pos``: "to Russia", "on Afghanistan".

    An envoy "for Afghanistan" or an ambassador "to Russia" serves another state: the
    place extends the title, it never gives its holder's country.
    """
    text, limit = index.text, index.seg.end
    if _word_ahead(index.low, pos, limit) not in ("to", "in", "on", "for"):
        return pos
    t = _TO.match(text, pos, limit)
    dest = index.country_at(t.end()) if t is not None else None
    if dest is None:
        return pos
    seat = _SEAT.match(text, dest[0], limit)
    return _second_place(index, seat.end() if seat is not None else dest[0])


def _second_place(index: CountryIndex, pos: int) -> int:
    """Read a second place of a remit: "for Barbados and the Eastern Caribbean, Name".

    A state, or "the" and a capitalised place before the name's comma: a person's
    name never follows "and the".
    """
    text, limit = index.text, index.seg.end
    if _word_ahead(index.low, pos, limit) != "and":
        return pos
    place = _AND_PLACE.match(text, pos, limit)
    if place is not None:
        return place.end()
    a = _AND.match(text, pos, limit)
    hit = index.country_at(a.end()) if a is not None else None
    return hit[0] if hit is not None else pos


def _institution_next(text: str, pos: int, limit: int) -> bool:
    """Tell if an institution's word follows ``pos``: "of the Foreign" was no portfolio.

    "Director General of the Foreign Ministry", "Director of the Fourth European
    Department": the words name an organ, which ``_organisation`` reads whole.
    """
    m = _TOKEN.match(text, _skip_space(text, pos), min(limit, pos + 40))
    return m is not None and m.group().rstrip(".") in lexicon().institutions


def _ahead(low: str, pos: int, limit: int) -> str:
    """Return the next characters after ``pos``, white space skipped: what follows a title."""
    return low[pos : min(limit, pos + 16)].lstrip()


def _word_ahead(low: str, pos: int, limit: int) -> str:
    """Return the next word after ``pos`` (lower case): "of", "for", "and" say what follows."""
    ahead = low[pos : min(limit, pos + 16)]
    if not ahead[:1].isspace():
        return ""
    words = ahead.split(None, 1)
    return words[0] if words else ""


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _owner(index: CountryIndex, pos: int) -> tuple[int, int, str] | None:
    """Read the state that owns an organ named in a title: (role end, phrase end, code).

    "President of the Council of Ministers of the Italian Republic", "Secretary-General
    of the Ministry of Foreign Affairs of Brazil": the organ belongs to that state, so
    the office does too (and is no organisation's own "Secretary-General"). A country
    that runs on into a longer name ("of American States") owns nothing.
    """
    text, limit = index.text, index.seg.end
    for _ in range(_MAX_CHAIN):
        o = OF_PHRASE.match(text, pos, limit)
        if o is None:
            return None
        hit = index.country_at(o.end())
        if hit is not None:
            after = text[hit[0] : hit[0] + 2]
            runs_on = len(after) == 2 and after[0] == " " and after[1].isupper()
            if runs_on and not _honorific_at(text, hit[0] + 1):
                return None
            return pos, hit[0], hit[1]
        words = _CAPITALISED.match(text, o.end(), limit)
        if words is None:
            return None
        pos = words.end()
    return None


def _honorific_at(text: str, pos: int) -> bool:
    """Tell if an honorific starts at ``pos`` ("of the Netherlands Mr. Paul Huijts")."""
    m = _TOKEN.match(text, pos, min(len(text), pos + 30))
    return m is not None and m.group().rstrip(".") in lexicon().honorific_words


def _organisation(text: str, pos: int, limit: int) -> int | None:
    """End of an organisation's name ("World Bank") starting at ``pos``, if one starts there."""
    institutions = lexicon().institutions
    end = None
    for m in _TOKEN.finditer(text, pos, min(limit, pos + 120)):
        word = m.group().rstrip(".")
        if m.start() != pos and not text[pos : m.start()].isspace():
            break
        if not (word[:1].isupper() or word in ("of", "the", "and", "for")):
            break
        if word in institutions:
            end = m.start() + len(word)
        pos = m.start() + len(word)
    return end


def singular(role: str) -> str:
    """Make a plural title singular ("Ministers of Foreign Affairs" -> "Minister of ...")."""
    head, sep, tail = role.partition(" of ")
    head = head[:-1] if head.endswith("s") else head
    return head + sep + tail


def role_core(role: str | None) -> str:
    """Return a role without modifiers, to compare two mentions of one office."""
    if role is None:
        return ""
    # "High Representative/Vice-President": two offices, each said alone later
    words = role.casefold().replace("/", " ").split()
    return " ".join(w for w in words if w not in _MODIFIERS)


def roles_agree(a: str | None, b: str | None) -> bool:
    """Tell if two roles can be one office: equal, or one the other's head or tail."""
    if a is None or b is None:
        return True
    x, y = role_core(a), role_core(b)
    return (
        x == y
        or x.startswith(y + " ")
        or y.startswith(x + " ")
        or x.endswith(" " + y)
        or y.endswith(" " + x)
    )


def role_names(role: str | None, said: str) -> bool:
    """Tell if a title as said ("the Secretary") names a role ("Secretary of State")."""
    x, y = role_core(role), role_core(said)
    return bool(y) and (
        x == y or x.startswith(y + " ") or x.endswith(" " + y) or f" {y} " in f" {x} "
    )


def is_side(label_title: re.Match[str]) -> bool:
    """Tell if a title's holder takes part in contacts (spokespersons do not)."""
    return bool(lexicon().titles[label_title.group("core").casefold()].get("side", True))
