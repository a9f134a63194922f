"""Which participant a phrase names: a name, an office, a country, an abbreviated title.

Later stages ask this of every subject phrase ("Minister Retno proposed", "the
Russian side offered", "EAM invited"): a phrase names a participant when it
fits one participant only.
"""

from __future__ import annotations

import re

from diplomev._parser._found import People, Person
from diplomev._parser._people_countries import safe_mentions
from diplomev._parser._people_names import surname
from diplomev._parser._people_titles import lexicon, role_names

_MAX_SPAN = 400  # longest phrase actor_at resolves; longer ones are no subject phrase
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'\u2019`][^\W\d_]+)*\.?")
_POSSESSIVE = ("\u2019s", "'s", "`s")
_ACRONYM = re.compile(r"(?<![\w.-])[A-Z]{2,5}(?![\w-])")
_ROLE_WORD = re.compile(r"[A-Z][^\W\d_]*")


def resolve(people: People, text: str, start: int, end: int) -> int | None:
    """Return the index in ``people.persons`` of the person ``text[start:end]`` names.

    Tried in turn, each only if it singles out one person: a surname, a given name
    ("Minister Retno": Indonesian usage), a country ("the Russian side"), a title
    ("the Secretary"), a title's initials ("EAM" for External Affairs Minister).
    """
    persons = people.persons
    start, end = max(0, start), min(len(text), end)
    if not persons or end <= start or end - start > _MAX_SPAN:
        return None
    phrase = text[start:end]
    tokens = [_without_possessive(w.rstrip(".")) for w in _TOKEN.findall(phrase)]
    words = {w.casefold() for w in tokens}
    by_name = [i for i, p in enumerate(persons) if p.name and surname(p.name) in words]
    if len(by_name) == 1:
        return by_name[0]
    if not by_name and (given := _by_given_name(persons, tokens)) is not None:
        return given
    found = safe_mentions(phrase)
    codes = {c for _, _, c in found}
    pool = [i for i, p in enumerate(persons) if p.country in codes] if codes else []
    if len(pool) == 1:
        return pool[0]
    titled = lexicon().title_rx.search(phrase)
    if titled is not None:
        pool = pool or list(range(len(persons)))
        core = titled.group()
        hits = [i for i in pool if persons[i].role and role_names(persons[i].role, core)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1 and _bare(phrase, titled.start(), titled.end()):
            return _own_side(persons, hits)
        return None
    return _by_initials(persons, phrase, found)


def _without_possessive(word: str) -> str:
    """Return a word without its possessive "'s" ("Russia's" -> "Russia")."""
    return word[:-2] if word.endswith(_POSSESSIVE) else word


def _bare(phrase: str, start: int, end: int) -> bool:
    """Tell if a phrase is a title alone, "the" allowed: "The Minister", "the Prime Minister"."""
    return phrase[:start].strip() in ("", "the", "The") and not phrase[end:].strip()


def _own_side(persons: tuple[Person, ...], hits: list[int]) -> int | None:
    """Return whom a bare title means when several participants hold it.

    A release calls its own official by the bare title ("The Prime Minister spoke to
    Prime Minister Albanese"): the one holder it never names, else the side its lead
    names first (a ministry reports its own minister first).
    """
    unnamed = [i for i in hits if persons[i].name is None and persons[i].country is not None]
    if len(unnamed) == 1:
        return unnamed[0]
    return hits[0] if hits[0] == 0 and not unnamed else None


def _by_given_name(persons: tuple[Person, ...], tokens: list[str]) -> int | None:
    """Return the one person one of whose given names the phrase says, capitalised."""
    said = {w.casefold() for w in tokens if len(w) > 1 and w[:1].isupper()}
    hits = [
        i
        for i, p in enumerate(persons)
        if p.name and any(w.casefold() in said for w in p.name.split()[:-1] if len(w) > 2)
    ]
    return hits[0] if len(hits) == 1 else None


def _by_initials(
    persons: tuple[Person, ...], phrase: str, found: list[tuple[int, int, str]]
) -> int | None:
    """Return the one person whose role the phrase abbreviates ("EAM")."""
    for m in _ACRONYM.finditer(phrase):
        if any(s <= m.start() < e for s, e, _ in found):
            continue  # "US", "UK": a country, not a title
        hits = [i for i, p in enumerate(persons) if p.role and _initials(p.role) == m.group()]
        if len(hits) == 1:
            return hits[0]
    return None


def _initials(role: str) -> str:
    """Return the initials of a role's capitalised words: "EAM" for External Affairs Minister."""
    return "".join(w[0] for w in _ROLE_WORD.findall(role))
