"""The one table of countries and international organisations shared by the model and the parser.

The data live in two readable TSV files beside this module (``countries.tsv``: the 249 ISO 3166-1
alpha-3 entries; ``organisations.tsv``: international organisations with short codes such as ``UN``,
``EU``, ``OSCE``). Each file explains its columns and gives the reason for every non-obvious entry.

Nothing is read at import time: the tables are loaded on first use and the search pattern is
compiled on the first call of :func:`mentions`, so importing this module costs next to nothing.

Matching rules, shared by :func:`find_code` and :func:`mentions`:

* case matters: forms match as written, plus their ALL-CAPS spelling (headlines such as "RUSSIA");
  abbreviations are written in capitals, so "US" never matches "us" and "WHO" never matches "who".
  :func:`find_code` (a whole phrase, not running text) also accepts names in any case ("russia").
* curly, straight and back-tick apostrophes are the same; runs of white space inside a name are one
  space; hyphen variants inside a name ("Guinea-Bissau") are the same hyphen.
* spelling variants are generated: accent-free ("Turkiye"), Organisation/Organization,
  Co-operation/Cooperation, and plurals of demonyms in -an/-i ("Russians", "Pakistanis").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

__all__ = [
    "capital_code",
    "capitals",
    "find_code",
    "is_known",
    "is_organisation",
    "known_codes",
    "mentions",
    "name_of",
]

_APOSTROPHES = "'\u2019\u2018\u02bc`"
_HYPHENS = "-\u2010\u2011"
# Patterns are kept as strings, compiled on first use by the re module's own cache, so that
# importing this module compiles nothing.
_APOS_RE = f"[{_APOSTROPHES}]"
_HYPHEN_RE = f"[{_HYPHENS}]"
_SPACE_RE = r"\s+"
_LEADING_THE_RE = r"^(?:the|The|THE)\s+"
_POSSESSIVE_RE = r"'[sS]?$"
_SPELLINGS = (
    ("Organization", "Organisation"),
    ("Organisation", "Organization"),
    ("Co-operation", "Cooperation"),
    ("Cooperation", "Co-operation"),
)
_COLUMNS = ("code", "name", "aliases", "adjectives", "quiet", "blocked", "capital")


class _Row(NamedTuple):
    """One row of a TSV table, its forms already expanded into their variants."""

    code: str
    name: str
    is_organisation: bool
    written: tuple[str, ...]  # forms as written in the file (names, aliases, adjectives)
    searched: frozenset[str]  # normalised forms reported by mentions()
    combining: frozenset[str]  # normalised forms reported only right before a hyphen
    looked_up: frozenset[str]  # normalised forms accepted by find_code()
    blocked: frozenset[str]  # normalised phrases (quiet forms too) matched in text, never reported
    capitals: frozenset[str]  # normalised names of the capital and their accent-free spellings


class _Table(NamedTuple):
    """The loaded tables and the indexes built from them."""

    rows: dict[str, _Row]
    exact: dict[str, str]  # normalised form -> code, for find_code()
    folded: dict[str, str | None]  # casefolded mixed-case form -> code (None when ambiguous)
    in_text: dict[str, str | None]  # normalised form -> code, or None for a blocked phrase
    combining: frozenset[str]  # keys of in_text that only count before a hyphen
    capital_of: dict[str, str]  # accent-free, casefolded capital name -> code


def _normalise(text: str) -> str:
    """Return ``text`` with apostrophes, hyphens and white space in one canonical spelling."""
    text = re.sub(_APOS_RE, "'", text)
    text = re.sub(_HYPHEN_RE, "-", text)
    return re.sub(_SPACE_RE, " ", text).strip()


def _unaccented(form: str) -> str:
    """Return ``form`` without diacritics ("Türkiye" -> "Turkiye")."""
    decomposed = unicodedata.normalize("NFKD", form)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _variants(form: str, *, plural: bool = False) -> set[str]:
    """Return ``form`` and the spellings generated from it (accents, spelling, plural, capitals)."""
    found = {form, _unaccented(form)}
    for old, new in _SPELLINGS:
        found |= {f.replace(old, new) for f in found if old in f}
    last_word = form.rsplit(" ", 1)[-1]
    if plural and "-" not in last_word and last_word.endswith(("an", "i")):
        found |= {f + "s" for f in found}
    found |= {f.upper() for f in found if any(ch.islower() for ch in f)}
    return found


def _spellings(form: str) -> set[str]:
    """Return ``form`` and its accent-free spelling ("Brasília", "Brasilia")."""
    return {form, _unaccented(form)}


def _split(cell: str) -> list[str]:
    """Split a pipe-separated cell into normalised forms, without a leading "the"."""
    return [
        re.sub(_LEADING_THE_RE, "", _normalise(part)) for part in cell.split("|") if part.strip()
    ]


def _parse_row(cells: list[str], *, organisation: bool) -> _Row:
    """Build a :class:`_Row` from the cells of one TSV line."""
    cells = cells + [""] * (len(_COLUMNS) - len(cells))
    code, name, aliases, adjectives, quiet, blocked, capital = (
        c.strip() for c in cells[: len(_COLUMNS)]
    )
    names = [_normalise(name), *_split(aliases)]
    adjs = _split(adjectives)
    written = tuple(dict.fromkeys(names + adjs))
    full: set[str] = set()
    for form in names:
        full |= _variants(form)
    combining: set[str] = set()
    for form in adjs:
        if form.endswith("-"):
            combining |= _variants(form[:-1])
        else:
            full |= _variants(form, plural=True)
    silent: set[str] = set()
    for form in _split(quiet):
        silent |= _variants(form)
    if not silent <= full | combining:
        raise ValueError(f"{code}: quiet forms {sorted(silent - full - combining)} are not forms")
    blocks: set[str] = set()
    for phrase in _split(blocked):
        blocks |= _variants(phrase)
    return _Row(
        code=code,
        name=name,
        is_organisation=organisation,
        written=written,
        searched=frozenset(full - silent),
        combining=frozenset(combining - silent - full),
        looked_up=frozenset(full | combining),
        blocked=frozenset(blocks | silent),
        capitals=frozenset(
            v for form in capital.split("|") if form.strip() for v in _spellings(_normalise(form))
        ),
    )


def _read_rows(filename: str, *, organisation: bool) -> list[_Row]:
    """Read one TSV file of the package: comment lines start with "#", the header with "code"."""
    from importlib import resources  # imported here to keep `import diplomev._countries` cheap

    text = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith(("#", "code\t")):
            continue
        rows.append(_parse_row(line.split("\t"), organisation=organisation))
    return rows


def _claim(index: dict[str, str | None], key: str, code: str | None, what: str) -> None:
    """Add ``key`` to ``index``, refusing a key that two entries claim."""
    if index.get(key, code) != code:
        raise ValueError(f"{what} {key!r} is claimed by {index[key]} and {code}")
    index[key] = code


@functools.cache
def _table() -> _Table:
    """Load both TSV files once and build the lookup indexes; raise ValueError on bad data."""
    rows: dict[str, _Row] = {}
    for row in [
        *_read_rows("countries.tsv", organisation=False),
        *_read_rows("organisations.tsv", organisation=True),
    ]:
        if row.code in rows:
            raise ValueError(f"duplicate code {row.code}")
        rows[row.code] = row
    exact: dict[str, str | None] = {}
    in_text: dict[str, str | None] = {}
    for row in rows.values():
        for form in row.looked_up:
            _claim(exact, form, row.code, "form")
        for form in row.searched | row.combining:
            _claim(in_text, form, row.code, "form")
    for row in rows.values():
        for phrase in row.blocked:
            if exact.get(phrase, row.code) != row.code:
                raise ValueError(
                    f"{row.code}: blocked phrase {phrase!r} is a form of {exact[phrase]}"
                )
            in_text[phrase] = None
    folded: dict[str, str | None] = {}
    for form, code in exact.items():
        if any(ch.islower() for ch in form):
            key = form.casefold()
            folded[key] = code if folded.get(key, code) == code else None
    combining = frozenset(f for row in rows.values() for f in row.combining)
    capital_of: dict[str, str | None] = {}
    for row in rows.values():
        for form in row.capitals:
            _claim(capital_of, _unaccented(form).casefold(), row.code, "capital")
    return _Table(
        rows,
        {k: v for k, v in exact.items() if v},
        folded,
        in_text,
        combining,
        {k: v for k, v in capital_of.items() if v},
    )


@functools.cache
def known_codes() -> frozenset[str]:
    """Return every code of the table: ISO 3166-1 alpha-3 states and organisation short codes."""
    return frozenset(_table().rows)


def is_known(code: str) -> bool:
    """Tell whether ``code`` is a code of the table ("RUS", "UN"); codes are case-sensitive."""
    return code in _table().rows


def is_organisation(code: str) -> bool:
    """Tell whether ``code`` is the code of an international organisation ("UN", "EU", "OSCE")."""
    row = _table().rows.get(code)
    return row is not None and row.is_organisation


def name_of(code: str) -> str:
    """Return the display name of ``code``: the ISO short name, or the organisation's full name.

    Raises:
        KeyError: ``code`` is not in the table (see :func:`is_known`).
    """
    return _table().rows[code].name


def capital_code(name: str) -> str | None:
    """Return the code of the state whose capital ``name`` is ("Rome" -> "ITA"), else None.

    The name is a whole phrase, compared without regard to letter case, accents, apostrophe
    style or runs of white space ("brasilia", "Nuku'alofa"). A state with several capitals
    answers to each ("La Paz" and "Sucre" -> "BOL"). Brussels gives "BEL" although it is the
    seat of the EU and NATO as well; Geneva and New York are no capitals and give None.
    """
    key = _unaccented(_normalise(name)).casefold()
    return _table().capital_of.get(key)


@functools.cache
def capitals() -> frozenset[str]:
    """Return every capital name of the table as written, with its accent-free spelling."""
    return frozenset(form for row in _table().rows.values() for form in row.capitals)


def find_code(phrase: str) -> str | None:
    """Return the code that a whole phrase names, or None if it names none (or is ambiguous).

    The phrase may be a name, an alias, an abbreviation or an adjective/demonym ("the Russian
    Federation", "US", "U.S.", "American", "Republic of Korea", "UN"). Surrounding white space, a
    leading "the", a trailing possessive ("Russia's") and the apostrophe style do not matter.
    Names also match in any letter case; abbreviations only as written ("us" is not "US").
    """
    table = _table()
    key = re.sub(_LEADING_THE_RE, "", _normalise(phrase)).removesuffix("-")
    for candidate in (key, re.sub(_POSSESSIVE_RE, "", key)):
        code = table.exact.get(candidate) or table.folded.get(candidate.casefold())
        if code is not None:
            return code
    return None


_TOKENS = {" ": r"\s++", "'": f"[{_APOSTROPHES}]", "-": f"[{_HYPHENS}]"}
_END = ""  # trie key marking that a form ends at this node
_TrieNode = dict[str, "_TrieNode"]


def _trie(forms: list[str]) -> _TrieNode:
    """Build a character trie of the normalised ``forms``."""
    root: _TrieNode = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return root


def _end_of_form(last: str, combining: bool) -> str:
    """Return what must follow a complete form whose last character is ``last``.

    A form ending in a letter must end a word ("US" is not the start of "USD"); one ending in a
    dot or a sign ("U.S.", "US$") already ends there. A combining form needs a hyphen ("Sino-").
    """
    if combining:
        return f"(?=[{_HYPHENS}])"
    return r"(?!\w)" if last.isalnum() or last == "_" else ""


def _emit(node: _TrieNode, last: str, combining: bool) -> str:
    """Return the regex for the trie below ``node``, reached through the character ``last``.

    The branches of a node start with distinct characters or character classes, and the end of a
    form is tried after them (greedy: longer forms first). So the pattern never has two ways of
    matching the same text: its backtracking is bounded by the length of the longest form, which
    keeps matching linear in the length of the text.
    """
    branches = [
        _TOKENS.get(ch, re.escape(ch)) + _emit(child, ch, combining)
        for ch, child in sorted(node.items())
        if ch != _END
    ]
    if _END in node:
        branches.append(_end_of_form(last, combining))
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _alternatives(forms: list[str], combining: bool) -> list[str]:
    """Return one regex branch per first character of ``forms``.

    Each branch begins with a literal character so that the regex engine can skip quickly over
    positions where no form can start; the look-behind after that character checks that it starts
    a word (the character before it is not a word character).
    """
    return [
        re.escape(first) + r"(?<!\w.)" + _emit(child, first, combining)
        for first, child in sorted(_trie(forms).items())
    ]


@functools.cache
def _pattern() -> re.Pattern[str]:
    """Compile the one search pattern of :func:`mentions` from the table."""
    table = _table()
    full = sorted(k for k in table.in_text if k not in table.combining)
    branches = _alternatives(full, combining=False) + _alternatives(
        sorted(table.combining), combining=True
    )
    return re.compile("|".join(branches))


def mentions(text: str) -> list[tuple[int, int, str]]:
    """Return every country or organisation named in ``text`` as ``(start, end, code)``.

    Matches are whole words, leftmost-longest and non-overlapping, in text order: "Papua New
    Guinea" is one mention of PNG, "US-Russia" gives USA and RUS, "Russia's" gives the span of
    "Russia", "Sino-Russian" gives CHN and RUS. Forms that are usually something else in running
    text (quiet forms) and phrases such as "Latin America" (blocked) are not reported. The spans
    are offsets into ``text`` as given.
    """
    found = []
    for match in _pattern().finditer(text):
        code = _code_in_text(match.group())
        if code is not None:
            found.append((match.start(), match.end(), code))
    return found


# The forms a text writes are few ("Russian", "U.S."), and normalising one costs
# three substitutions: each form is looked up once.
@functools.lru_cache(maxsize=4096)
def _code_in_text(form: str) -> str | None:
    """Return the code a form matched in running text reports; None for a blocked phrase."""
    return _table().in_text.get(_normalise(form))
