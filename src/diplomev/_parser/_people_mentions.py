"""Mentions of persons in a release's segments: titled names, bare names, offices, sides.

A mention is a title phrase with a name after it ("US Secretary of State Mike
Pompeo"), a name with a title after it ("Mr. Shinzo Abe, Prime Minister of Japan"),
a bare title ("the Secretary-General"), a name in a contact role ("Vladimir Putin
had a telephone conversation"), a transcript's speaker label ("SECRETARY KERRY:")
or a side named by its country ("the Russian side").
"""

from __future__ import annotations

import functools
import re

from diplomev._parser._layout import Layout, Segment
from diplomev._parser._people_countries import CountryIndex, is_capital
from diplomev._parser._people_names import (
    NAME_ABBREVIATIONS,
    case_fixed,
    inverted,
    name_of,
    runs_in,
)
from diplomev._parser._people_records import Mention, Run, Title
from diplomev._parser._people_titles import (
    OF_PHRASE,
    entry_of,
    is_side,
    lexicon,
    singular,
    titles_in,
    trie,
)

_MAX_SEGMENTS = 40  # past this a release is a transcript whose lead has long been read
_SCAN_LIMIT = 20_000  # speaker labels are looked for this far
_COMMA_THE = re.compile(r",\s+(?:the\s+)?")
_LIST_SEP = re.compile(r"(?<!\s)(?:\s*+,\s*+(?:and\s++)?(?:the\s++)?|\s++and\s++(?:the\s++)?)")
# An acronym or a department in brackets between a title and its name ("Director General
# (East Asia and Pacific) Md. Nazrul Islam").
_GAP = re.compile(r"[ \t\u00a0]*(?:\([A-Z][A-Za-z&,' -]{1,60}\)[ \t\u00a0]*)?")
# A name in a contact role: a verb of contact right after it, or after a relative clause
# ("Vladimir Putin, who is in Mongolia on a visit, held talks"); "also" may come first.
_AFTER_NAME = re.compile(
    r"(?<!\s)(?:,\s*+who\s[^,\n]{1,120}+,)?\s++(?:also\s++)?"
    r"(?:had|has|held|holds|met|meets|spoke|speaks|called|calls|received|receives|telephoned"
    r"|phoned|talked|hosted|hosts|sent|sends|wrote|writes|addressed|and"
    r"|attended|participated|joined|took\s++part|was\s++(?:also\s++)?present)\b",
    re.IGNORECASE,
)
_BEFORE_NAME = re.compile(
    r"(?:\bwith|\bbetween|\band|\bcongratulated|\bthanked|\bwelcomed|\breceived|\bhosted|\bcalled"
    r"|\bphoned|\btelephoned|\bmet|\bto)\s+$",
    re.IGNORECASE,
)
_UNNAMED_BEFORE = re.compile(r"(?:\bthe|\bby|\bwith|\band|\bfrom|\bbetween)\s+$", re.IGNORECASE)
_SIDE = re.compile(r"\bsides?\b", re.IGNORECASE)
# A line break first: the regex engine skips to line starts (the text's start is tried apart).
_LABEL = r"[ \t]*(?P<label>[A-Z][A-Z.'\u2019 -]{2,60}):"
_SPEAKER = re.compile("\n" + _LABEL)
_FIRST_SPEAKER = re.compile(r"\A" + _LABEL)
_ABBREVIATED = frozenset(["Mr.", "Mrs.", "Ms.", "Dr.", "H.E.", "St.", "Prof.", *NAME_ABBREVIATIONS])
_NAME_END = (",", ".", ";", ":", "(", "\n")
_POSTNOMINALS = re.compile(r"(?: [A-Z]{2,4}(?![\w-]))*+")  # "MP", "TD", "EGH" after a name
_TAIL_CHARS = 120  # a portfolio after a title's comma is shorter than this
_TAIL_WORDS = 12  # "African Cooperation and Moroccan Expatriates of the Kingdom of Morocco"
_JOINERS = frozenset(["and", "of", "the", "for", "&"])
_CUE_WORDS = (
    *("telephone", "telephoned", "telephonic", "phone", "phoned", "call", "calls", "called"),
    *("conversation", "conversations", "talk", "talks", "met", "meet", "meets", "meeting"),
    *("meetings", "spoke", "speaks", "receive", "received", "receives", "hosted", "hosts"),
    *("held", "hold", "holds", "video", "videoconference", "virtual", "virtually"),
    *("consultations", "statement", "visit", "visits", "visiting", "courtesy", "remarks"),
    *("discussed", "dialogue", "letter", "letters", "message", "messages", "wrote", "writes"),
    *("addressed", "chaired", "co-chaired"),
)  # words that report a contact: a sentence without one does not name its sides
_CUE = re.compile(rf"\b(?:{trie(_CUE_WORDS)})\b")  # searched in the lower-cased text


class Reader:
    """The release's segments, their country mentions and person mentions, read on demand."""

    def __init__(self, layout: Layout) -> None:
        self.text = layout.text
        self.low = lowered(layout.text, layout.lower)
        self.segs = segments(layout)
        self._indexes: dict[int, CountryIndex] = {}
        self._mentions: dict[int, list[Mention]] = {}

    def index(self, i: int) -> CountryIndex:
        """Return the country mentions of segment ``i``."""
        found = self._indexes.get(i)
        if found is None:
            found = self._indexes[i] = CountryIndex(self.text, self.low, self.segs[i])
        return found

    def says_cue(self, i: int) -> bool:
        """Tell if segment ``i`` has a word that reports a contact ("met", "call", "talks")."""
        seg = self.segs[i]
        return _CUE.search(self.low, seg.start, seg.end) is not None

    def mentions(self, i: int) -> list[Mention]:
        """Return the person mentions of segment ``i``, in text order."""
        found = self._mentions.get(i)
        if found is None:
            found = self._mentions[i] = segment_mentions(self.index(i))
        return found


def lowered(text: str, low: str) -> str:
    """Return the text in lower case, offset for offset: patterns read it without IGNORECASE.

    ``low`` is ``text.lower()``: the answer, unless a character grew.
    """
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" grows


def segments(layout: Layout) -> list[Segment]:
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
            and prev.text.endswith(".")
            and _ends_in_abbreviation(prev.text)
            and text[prev.end : s.start].strip(" ") == ""
        ):
            out[-1] = Segment(prev.start, s.end, text[prev.start : s.end])
        else:
            out.append(s)
        if len(out) >= _MAX_SEGMENTS:
            break
    return out


def _ends_in_abbreviation(sentence: str) -> bool:
    """Tell if a sentence "ends" in an initial or an honorific ("J.", "U.S.", "Mr.", "the Hon.")."""
    tail = sentence[-12:]
    word = tail[tail.rfind(" ") + 1 :].lstrip("(\"'\u201c")
    if len(word) >= 2 and word[-2].isupper() and (len(word) == 2 or not word[-3].isalnum()):
        return True  # an initial
    return word in _ABBREVIATED or word in _dotted_honorifics()


@functools.cache
def _dotted_honorifics() -> frozenset[str]:
    """Words of honorifics written with a dot ("Hon.", "Rt.", "Smt."): none ends a sentence."""
    return frozenset(w for h in lexicon().honorifics for w in h.split() if w.endswith("."))


def _given_name(text: str, start: int, end: int, title_ends: set[int]) -> bool:
    """Tell if a country's name is a given name: "Foreign Minister Israel Katz".

    Right after a title or an honorific ("Mr. Israel Katz"), with no "of" between, and
    with a capitalised word right after it, a country's name is the first word of the
    holder's name, never a qualifier.
    """
    return (
        text[start - 1 : start] == " "
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
        and " " not in text[start:end]
        and (start - 1 in title_ends or _after_honorific(text, start))
    )


def _after_honorific(text: str, start: int) -> bool:
    """Tell if an honorific ends right before ``start`` ("Mr. Israel Katz")."""
    word = text[max(0, start - 10) : start - 1].rpartition(" ")[2].rstrip(".")
    return word in lexicon().honorific_words and word[:1].isupper()


def segment_mentions(index: CountryIndex) -> list[Mention]:
    """Every person-like mention of one segment, in text order."""
    text, seg = index.text, index.seg
    titles = titles_in(index)
    ends = {t.role_end for t in titles}
    masked = sorted(
        [(t.role_start, t.role_end) for t in titles]
        + [(s, e) for s, e, _ in index.found if not _given_name(text, s, e, ends)]
    )
    runs = runs_in(index, masked)
    by_lead = {r.lead: r for r in runs}
    by_end = {r.end: r for r in runs}
    used: set[Run] = set()
    out: list[Mention] = []
    for t in titles:
        out.extend(_title_mentions(index, t, by_lead, by_end, used))
    for r in runs:
        if r not in used and _bare_person(text, r, seg.start):
            country = _country_after(index, r.end)
            out.append(Mention(r.start, r.end, name_of(r.words), None, country, bool(country), seg))
    out.extend(_side_mentions(index))
    out.sort(key=lambda m: m.start)
    return out


def _country_after(index: CountryIndex, pos: int) -> str | None:
    """Return the country of an "of X" after a name ("Barack Obama of the United States")."""
    o = OF_PHRASE.match(index.text, pos, index.seg.end)
    hit = index.country_at(o.end()) if o is not None else None
    return hit[1] if hit is not None else None


def _title_mentions(
    index: CountryIndex,
    t: Title,
    by_lead: dict[int, Run],
    by_end: dict[int, Run],
    used: set[Run],
) -> list[Mention]:
    text, seg = index.text, index.seg
    if t.plural:
        return _plural_mentions(index, t)
    run = _run_after(text, t.end, seg.end, by_lead)
    if (
        run is None
        and (before := _run_before(text, t.start, by_end)) is not None
        and not _place(before)
    ):
        run = inverted(text, before, by_end, used) or before
    if run is not None:
        used.add(run)
    if not t.side:
        return []
    role = text[t.role_start : t.role_end]
    country = t.country or t.default
    qualified = t.country is not None
    if run is not None:
        name = " ".join(run.words) if run.ordered else name_of(run.words)
        if country is None or not qualified:
            after = _country_after(index, run.end)
            country, qualified = (after, True) if after else (country, qualified)
        start, end = min(run.start, t.start), max(run.end, t.end)
        return [Mention(start, end, name, role, country, qualified, seg)]
    if not t.capital or not _unnamed_context(text, t, seg.start):
        return []
    return [Mention(t.start, t.end, None, role, country, qualified, seg)]


def _run_after(text: str, pos: int, limit: int, by_lead: dict[int, Run]) -> Run | None:
    """Return the name right after a title ("Secretary Pompeo", "President of France, X,")."""
    j = _GAP.match(text, pos).end()  # type: ignore[union-attr]
    comma = text.startswith(",", j)
    if comma:
        j = _GAP.match(text, j + 1).end()  # type: ignore[union-attr]
        rank = lexicon().title_rx.match(text, j, limit)
        if rank is not None and entry_of(rank).get("rank"):
            j = _GAP.match(text, rank.end()).end()  # type: ignore[union-attr]
    elif j == pos:
        return None
    run = by_lead.get(j)
    if run is not None and (not comma or run.honoured or _name_ends(text, run.end, limit)):
        return run
    if not comma:
        return None
    k = _portfolio_tail(text, j, limit)
    if k is None:
        return None
    run = by_lead.get(_GAP.match(text, k).end())  # type: ignore[union-attr]
    if run is not None and (run.honoured or _name_ends(text, run.end, limit)):
        return run
    return None


def _name_ends(text: str, pos: int, limit: int) -> bool:
    """Tell if a name ends a phrase at ``pos``, after any post-nominals ("Martin TD,")."""
    pos = _POSTNOMINALS.match(text, pos).end()  # type: ignore[union-attr]
    return pos >= limit or text[pos : pos + 1] in _NAME_END


def _portfolio_tail(text: str, pos: int, limit: int) -> int | None:
    """Return where the name starts after a portfolio written after a comma, if one is there.

    "Minister of Foreign Affairs, International Trade and Worship, Gerardo Werthein": the
    words up to the next comma are capitalised or joiners, and one is a portfolio word (a
    name never has one), so the name is after that comma.
    """
    comma = text.find(",", pos, min(limit, pos + _TAIL_CHARS))
    if comma < 0:
        return None
    words = text[pos:comma].split()
    if not 0 < len(words) <= _TAIL_WORDS or not words[-1][:1].isupper():
        return None
    if not all(w[:1].isupper() or w in _JOINERS for w in words):
        return None
    known = lexicon().portfolio_words
    return comma + 1 if any(w in known for w in words) else None


def _place(run: Run) -> bool:
    """Tell if a run of name words is a capital city ("in Brasília, the Minister of X")."""
    return not run.honoured and is_capital(" ".join(run.words))


def _run_before(text: str, start: int, by_end: dict[int, Run]) -> Run | None:
    """Return the name right before ", [the] Title" ("Mr. Shinzo Abe, Prime Minister of Japan")."""
    for m in _COMMA_THE.finditer(text, max(0, start - 6), start + 1):
        if m.end() == start:
            return by_end.get(m.start())
    return None


def _unnamed_context(text: str, t: Title, floor: int) -> bool:
    """Tell if a bare title stands for a person: after "the", "by", "with"... or a country."""
    if t.start != t.role_start:
        return True
    head = text[max(floor, t.start - 10) : t.start]
    return not head.strip() or _UNNAMED_BEFORE.search(head) is not None


def _plural_mentions(index: CountryIndex, t: Title) -> list[Mention]:
    """Read "the Foreign Ministers of Canada, France and Italy" as one unnamed side per country."""
    text, limit = index.text, index.seg.end
    o = OF_PHRASE.match(text, t.role_end, limit)
    if o is None:
        return []
    role = singular(text[t.role_start : t.role_end])
    out: list[Mention] = []
    pos = o.end()
    while (hit := index.country_at(pos)) is not None:
        out.append(Mention(pos, hit[0], None, role, hit[1], True, index.seg))
        sep = _LIST_SEP.match(text, hit[0], limit)
        if sep is None:
            break
        pos = sep.end()
    return out


def _bare_person(text: str, run: Run, floor: int) -> bool:
    """Tell if a name with no title is a person: honoured, or in a contact role."""
    if run.honoured:
        return True
    if len(run.words) < 2:
        return False
    if all(w in lexicon().portfolio_words for w in run.words):
        return False  # "Foreign Affairs and Security Policy": a portfolio's end, no name
    if _AFTER_NAME.match(text, run.end) is not None:
        return not _place(run)
    before = _BEFORE_NAME.search(text[max(floor, run.start - 16) : run.start]) is not None
    return before and not _place(run)


def _side_mentions(index: CountryIndex) -> list[Mention]:
    """Sides named by their country: "the Russian side", "the US sides"."""
    if not index.found or index.low.find("side", index.seg.start, index.seg.end) < 0:
        return []
    out = []
    for m in _SIDE.finditer(index.text, index.seg.start, index.seg.end):
        hit = index.country_before(m.start())
        if hit is not None:
            out.append(Mention(hit[0], m.end(), None, None, hit[1], True, index.seg, person=False))
    return out


def speakers(text: str) -> list[Mention]:
    """Speaker labels of a transcript ("SECRETARY KERRY:", "FOREIGN MINISTER LAVROV:")."""
    title_rx = lexicon().title_rx
    out: list[Mention] = []
    for m in _speaker_labels(text):
        label = m.group("label").strip()
        t = title_rx.match(label)
        if t is None or t.end() >= len(label) or not is_side(t):
            continue
        words = label[t.end() :].split()
        if not words or len(words) > 3 or not all(w.isupper() and w.isalpha() for w in words):
            continue
        first = m.start("label")
        start, end = first + label.index(words[0]), first + len(label)
        seg = Segment(first, end, text[first:end])
        role = " ".join(w.capitalize() if w.isupper() else w for w in label[: t.end()].split())
        name = " ".join(case_fixed(w) for w in words)
        out.append(Mention(start, end, name, role, None, False, seg))
    return out


def _speaker_labels(text: str) -> list[re.Match[str]]:
    """Return the speaker labels at line starts, the text's first line included."""
    limit = min(len(text), _SCAN_LIMIT)
    first = _FIRST_SPEAKER.match(text, 0, limit)
    found = list(_SPEAKER.finditer(text, 0, limit))
    return found if first is None else [first, *found]
