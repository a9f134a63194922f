"""From mentions to persons: which mentions report the contact, and which are one person.

Only the mentions of the sentences that report the contact itself count: the
title and the lead sentences up to the first that completes two sides. Later
sentences only complete what the lead left out (the name of "the Foreign
Minister of Turkey", someone "also present").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from diplomev._parser._found import Person
from diplomev._parser._layout import Segment
from diplomev._parser._people_countries import CountryIndex
from diplomev._parser._people_mentions import Reader, segment_mentions
from diplomev._parser._people_names import fuller_name, same_name, surname
from diplomev._parser._people_records import Draft, Mention
from diplomev._parser._people_titles import lexicon, role_core, roles_agree

_MAX_MENTIONS = 64  # sides of one contact; beyond this a "sentence" is a list or junk
_HEADER_LIMIT = 3000
_NEAR = 5  # sentences where the name of an unnamed office is looked for
_LEAD_BODY = 3  # body sentences read for the sides at most
_PAIR_SCAN = 6  # body sentences read for two named persons when none reports a contact
_PROPOSE_STEMS = ("propos", "suggest", "offer")
_PROPOSED = re.compile(r"\b(?:propos|suggest)(?:e|es|ed|ing)\b|\boffer(?:s|ed)\b")  # lower case
# Phrases that add persons to a contact's sides without "also" ("They were joined by the
# Vice-President", "The Russian delegation included the Director of ...").
_WITH = (
    *("accompanied by", "joined by", "delegation included", "delegation comprised"),
    *("taking part in the meeting", "taking part in the talks", "delegation was headed by"),
    *("delegation was led by", "accompanied him", "accompanied her", "accompanied them"),
)
# "The Russian delegation at the talks included ...": words between the delegation and its
# members (searched in the lower-cased text)
_DELEGATION = re.compile(r"\bdelegations?\b[^.;\n]{0,40}?\b(?:included|comprised|consisted\s+of)\b")
_PASSING_REACH = 60  # characters before a name where a cue of passing mention reaches
_PASSING = re.compile(
    r"\b(?:greetings|regards|wishes|consensus|instructions|directives|guidance|behalf)"
    r"\s(?:of|from|by|reached by|to)\b"
)  # searched in the lower-cased text
# A comma or a verb of contact after the cue ends its reach ("Upon the instructions of
# King X, Minister Y held talks": Y is a side).
_CONTACT = re.compile(r",|\b(?:met|meets|held|holds|spoke|talks|with|called|received)\b")
_ALSO = ("present", "attended", "took part", "participated", "joined")  # after "also"


def lead_mentions(reader: Reader, title: Segment | None) -> tuple[list[Mention], list[int]]:
    """Mentions of the lead sentences, up to two sides; the title's when the lead has fewer.

    A headline repeats the lead in short: read only when the lead does not name both sides.
    """
    chosen: list[Mention] = []
    lead: list[int] = []
    keys: set[str] = set()
    first = 0 if title is None else 1
    for i in range(first, len(reader.segs)):
        if not reader.says_cue(i):
            continue
        ms = _sides(reader, i)
        if not any(m.person for m in ms):
            continue
        chosen.extend(ms[: _MAX_MENTIONS - len(chosen)])
        lead.append(i)
        keys |= {_key(m) for m in ms if m.person}
        if len(keys) >= 2 or len(lead) >= _LEAD_BODY:
            break
    if not lead:
        pair = _named_pair(reader, first)
        if pair is not None:
            ms = reader.mentions(pair)
            chosen.extend(ms[:_MAX_MENTIONS])
            lead.append(pair)
            keys |= {_key(m) for m in ms if m.person}
    if title is not None and len(keys) < 2 and reader.says_cue(0):
        ms = reader.mentions(0)
        if any(m.person for m in ms):
            chosen[:0] = ms[:_MAX_MENTIONS]
            lead.insert(0, 0)
    return chosen, lead


def _sides(reader: Reader, i: int) -> list[Mention]:
    """Mentions of segment ``i`` that may be sides: not unnamed offices inside a proposal.

    "proposed a meeting of the foreign ministers of A, B and C" names a future meeting's
    members, not the sides of this contact.
    """
    seg, low = reader.segs[i], reader.low
    ms = _not_in_passing(reader, i)
    if not any(m.name is None for m in ms):
        return ms
    # a plain search for the stems first: the regex alone would be tried at every position
    hits = [p for stem in _PROPOSE_STEMS if (p := low.find(stem, seg.start, seg.end)) >= 0]
    cue = _PROPOSED.search(low, min(hits), seg.end) if hits else None
    if cue is None:
        return ms
    return [m for m in ms if m.name is not None or m.start < cue.start()]


def _not_in_passing(reader: Reader, i: int) -> list[Mention]:
    """Mentions of segment ``i`` less the persons only named in passing."""
    ms, seg, low = reader.mentions(i), reader.segs[i], reader.low
    if _PASSING.search(low, seg.start, seg.end) is None:
        return ms  # most sentences cite nobody's greetings: one search spares the rest
    return [m for m in ms if not _named_in_passing(low, seg.start, m)]


def _named_in_passing(low: str, floor: int, m: Mention) -> bool:
    """Tell if a person is named as the source of greetings, guidance or instructions.

    "conveyed the greetings of Prime Minister X", "the consensus reached by President X",
    "Upon the instructions of His Majesty X": such a person is not at the table. A verb
    of contact or a comma between the cue and the name ends its reach.
    """
    if not m.person:
        return False
    head = low[max(floor, m.start - _PASSING_REACH) : m.start]
    last = None
    for hit in _PASSING.finditer(head):
        last = hit
    return last is not None and _CONTACT.search(head, last.end()) is None


def _named_pair(reader: Reader, first: int) -> int | None:
    """Return the first body sentence naming two titled persons, when none reports a contact.

    A joint statement's body need not say "met" or "call" ("Secretary X and Minister Y
    reaffirm"), nor an announcement ("Minister X will co-chair ... with Minister Y"). Its
    names are fuller than a headline's ("Park" for "Park Jin").
    """
    title_rx, low = lexicon().title_low_rx, reader.low
    for i in range(first, min(len(reader.segs), first + _PAIR_SCAN)):
        seg = reader.segs[i]
        if title_rx.search(low, seg.start, seg.end) is None:
            continue  # two persons named in one sentence carry a title
        names = {surname(m.name) for m in reader.mentions(i) if m.person and m.name is not None}
        if len(names) >= 2:
            return i
    return None


def also_present(reader: Reader, lead: list[int]) -> list[Mention]:
    """Named persons "also present" at the contact, anywhere in the release."""
    segs, low = reader.segs, reader.low
    if not segs or not _says_also_present(low, 0, len(low)):
        return []
    out: list[Mention] = []
    for i, seg in enumerate(segs):
        if i not in lead and _says_also_present(low, seg.start, seg.end):
            out.extend(m for m in reader.mentions(i) if m.name is not None and m.person)
    return out[:_MAX_MENTIONS]


def _says_also_present(low: str, start: int, end: int) -> bool:
    """Tell if ``low[start:end]`` says someone "also attended" or came "accompanied by" someone."""
    if any(low.find(cue, start, end) >= 0 for cue in _WITH):
        return True
    if low.find("delegation", start, end) >= 0 and _DELEGATION.search(low, start, end):
        return True
    pos = low.find("also ", start, end)
    while pos >= 0:
        if low.startswith(_ALSO, pos + 5, end) and (pos == 0 or not low[pos - 1].isalnum()):
            return True
        pos = low.find("also ", pos + 5, end)
    return False


def _key(m: Mention) -> str:
    if m.name is not None:
        return "n:" + surname(m.name)
    return f"c:{m.country}:{role_core(m.role)}"


def merge(chosen: list[Mention], reader: Reader, title: Segment | None) -> list[Draft]:
    """One draft per person: same surname, or an unnamed office matching a named one."""
    drafts: list[Draft] = []
    for m in chosen:
        match = next((d for d in drafts if _same(d, m)), None)
        in_title = title is not None and title.start <= m.start < title.end
        if match is None:
            drafts.append(
                Draft(
                    m.name, m.role, m.country, m.qualified, m.span(), m.person, in_title, in_title
                )
            )
        else:
            if match.role_in_title and not in_title and m.role is not None:
                match.role, match.role_in_title = m.role, False
            _absorb(match, m)
    offices: dict[str, list[Mention]] = {}  # G7 statements: one office, many states
    for d in drafts:
        if d.name is None and d.person and d.role is not None:
            every = offices.get(d.role)
            if every is None:
                every = offices[d.role] = _office_mentions(reader, d.role)
            named = _namesake(d, every)
            if named is not None:
                _absorb(d, named)
    drafts = _dedupe(drafts)
    for d in drafts:
        if d.name is not None and " " not in d.name:
            d.name = fuller_name(reader.text, d.name, d.role)
    return drafts


def _same(d: Draft, m: Mention) -> bool:
    if d.name is not None and m.name is not None:
        return same_name(d.name, m.name)
    if d.name is None and m.name is None:
        if not d.person or not m.person:
            return d.country == m.country and d.country is not None and d.person == m.person
        return d.country == m.country and role_core(d.role) == role_core(m.role)
    return False


def _absorb(d: Draft, m: Mention) -> None:
    if m.name is not None and (d.name is None or len(m.name) > len(d.name)):
        d.name = m.name
        d.mention = m.span()
    if m.role is not None and (
        d.role is None or (len(m.role) > len(d.role) and roles_agree(d.role, m.role))
    ):
        d.role = m.role  # "Secretary Blinken", then "Secretary of State Antony J. Blinken"
    if m.qualified and not d.qualified:
        d.country, d.qualified = m.country, True
    elif d.country is None:
        d.country = m.country


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """Join drafts that became one person once unnamed offices got their names."""
    out: list[Draft] = []
    for d in drafts:
        twin = next((o for o in out if o.name and d.name and same_name(o.name, d.name)), None)
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


def _namesake(d: Draft, every: list[Mention]) -> Mention | None:
    """Return the one named mention that can be the unnamed office ``d``, if just one.

    Same country first, then no country; an office the text did not qualify may be
    a named holder of any country.  Never one named in its own sentence: a sentence
    naming two titles names two persons ("Minister Pandor meets Saudi Foreign Minister").
    """
    tests: list[Callable[[Mention], bool]] = [
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
        and not any(same_name(m.name, b) for b in beside)
        and roles_agree(d.role, m.role)
        and not _past_holder(m)
    ]
    for test in tests:
        named = [m for m in every if test(m)]
        names = {surname(m.name) for m in named if m.name}
        if len(names) == 1:
            return named[0]
        if names:
            return None
    return None


def _past_holder(m: Mention) -> bool:
    """Tell if a mention opens with "former" ("Former Prime Minister Boris Johnson").

    Such a person is not the present holder an unnamed office in the lead names. A
    byline's "Ban Ki-moon, Former Secretary-General" (a web archive's label, put after
    the name) does not open with it, so stays a candidate.
    """
    return m.span().text[:7].casefold() == "former "


def _office_mentions(reader: Reader, role: str) -> list[Mention]:
    """Named mentions near the places where ``role`` is said: the lead and the page header."""
    keys = [w for w in role.split() if len(w) > 3 and w[:1].isupper()] or role.split()[-1:]
    key = keys[-1]
    out: list[Mention] = []
    for i, seg in enumerate(reader.segs[:_NEAR]):
        if any(k in seg.text for k in keys):
            out.extend(_not_in_passing(reader, i))
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
        out.extend(m for m in _line_mentions(reader, line) if m.name is not None and m.role)
        pos = max(pos, end)
    return out[:_MAX_MENTIONS]  # each is weighed against the others: junk must not square


def _line_mentions(reader: Reader, line: Segment) -> list[Mention]:
    return segment_mentions(CountryIndex(reader.text, reader.low, line))


def fold(drafts: list[Draft]) -> list[Draft]:
    """Drop unnamed offices and sides whose country a named participant already holds."""
    out: list[Draft] = []
    for d in drafts:
        held = any(
            o is not d and o.country == d.country and (o.name or not d.person) for o in drafts
        )
        if d.name is None and d.country is not None and held:
            continue
        if d.name is not None and any(o.name and same_name(o.name, d.name) for o in out):
            continue
        out.append(d)
    return out


def person(d: Draft) -> Person:
    """Return the stage's finding for a draft."""
    return Person(d.name, d.role, d.country, d.mention)


def escort_countries(drafts: list[Draft], reader: Reader) -> None:
    """Give staff "accompanied by" a side that side's country.

    "The Secretary General was accompanied by the Assistant Secretary General": the
    staff serve the organisation they came with, not the host.
    """
    open_ = [d for d in drafts if d.country is None and d.name is not None]
    if not open_ or reader.low.find("accompanied by") < 0:
        return
    starts = [s.start for s in reader.segs]
    for d in open_:
        i = bisect.bisect_right(starts, d.mention.start) - 1
        if i < 0:
            continue
        cue = reader.low.find("accompanied by", reader.segs[i].start, d.mention.start)
        if cue < 0:
            continue
        escorted = next((m for m in reader.mentions(i) if m.person and m.end <= cue), None)
        host = _draft_of(escorted, drafts) if escorted is not None else None
        if host is not None and host is not d:
            d.country = host.country


def _draft_of(m: Mention, drafts: list[Draft]) -> Draft | None:
    """Return the one draft with a country that mention ``m`` names, by name or office."""
    if m.name is not None:
        found = [d for d in drafts if d.name is not None and same_name(d.name, m.name)]
    else:
        found = [d for d in drafts if m.role is not None and roles_agree(d.role, m.role)]
    found = [d for d in found if d.country is not None]
    return found[0] if len(found) == 1 else None
