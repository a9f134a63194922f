"""Personal names: runs of name words, their honorifics, their given-name-first form.

A name is a run of capitalised words and name particles ("Faisal bin Farhan"),
outside titles and country names, that no headline word or institution breaks.
Names are built only from the words of the text, re-ordered ("HAYASHI Yoshimasa"
becomes "Yoshimasa Hayashi") and case-fixed, never invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from diplomev._parser._people_countries import CountryIndex, safe_code
from diplomev._parser._people_records import Run
from diplomev._parser._people_titles import lexicon, roles_agree

_MAX_NAME_WORDS = 7  # "Badr bin Hamad bin Hamood Albusaidi"; a longer run is prose, not a name
_SCAN_LIMIT = 20_000  # a fuller form of a name is looked for this far
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ich|ichna)$")
_POSSESSIVE_ENDS = ("\u2019s", "'s", "`s")
_Token = tuple[int, int, str]
# Abbreviated given names that are part of the name ("Md. Touhid Hossain", "Mohd. Hasan"):
# their dot ends no sentence and no run.
NAME_ABBREVIATIONS = frozenset(["Md.", "Mohd.", "Muhd."])


def runs_in(index: CountryIndex, masked: Sequence[tuple[int, int]]) -> list[Run]:
    """Return the runs of consecutive name words outside the ``masked`` spans (sorted)."""
    lex, text, floor = lexicon(), index.text, index.seg.start
    honorifics, never, months = lex.honorifics, lex.never_names, lex.surname_months
    runs: list[Run] = []
    cur: list[_Token] = []
    for m in _tokens(lex.name_token_rx, text, floor, index.seg.end, masked):
        if m is None:  # a masked span: a title or a country name ends the run
            if cur:
                _close(text, cur, floor, runs)
            continue
        s, e = m.span()
        word = m.group()
        if (
            word[-1] == "."
            and len(word) > 2
            and word not in honorifics
            and word not in NAME_ABBREVIATIONS
        ):
            word = word[:-1]
        possessive = word.endswith(_POSSESSIVE_ENDS)
        if possessive:
            word = word[:-2]
        e = s + len(word)
        if not word[0].isupper():
            ok = _particle(word)
        elif word in never:
            ok = word in months and bool(cur) and not _day_after(text, e)
        else:
            ok = word.rstrip(".") not in lex.honorific_words
        ok = ok and len(cur) < _MAX_NAME_WORDS
        if cur and (not ok or not _joined(text, cur[-1], s)):
            _close(text, cur, floor, runs)
        if ok:
            cur.append((s, e, word))
            if possessive:
                _close(text, cur, floor, runs)
    if cur:
        _close(text, cur, floor, runs)
    return runs


def _tokens(
    rx: re.Pattern[str], text: str, start: int, end: int, masked: Sequence[tuple[int, int]]
) -> Iterator[re.Match[str] | None]:
    """Name tokens of ``text[start:end]`` outside the ``masked`` spans; None for each span."""
    pos = start
    for m0, m1 in masked:
        if m1 <= pos or m0 >= end:
            continue
        yield from rx.finditer(text, pos, max(pos, m0))
        yield None
        pos = m1
    yield from rx.finditer(text, pos, end)


def _close(text: str, cur: list[_Token], floor: int, runs: list[Run]) -> None:
    """End the current run: particles trimmed, kept if a word is longer than an initial."""
    particles = lexicon().particles
    while cur and cur[-1][2] in particles:
        cur.pop()
    while cur and cur[0][2] in particles:
        cur.pop(0)
    if cur and any(len(w.rstrip(".")) > 1 for _, _, w in cur):
        lead, honoured = _honorifics_before(text, cur[0][0], floor)
        runs.append(Run(lead, cur[0][0], cur[-1][1], _glued(cur), honoured))
    cur.clear()


def _glued(tokens: Sequence[_Token]) -> tuple[str, ...]:
    """Words of a run, initials written together kept together ("Retno L.P. Marsudi")."""
    if len(tokens) == 1:
        return (tokens[0][2],)
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
    """Tell if ``word`` may be a word of a personal name (``end``: where it ends in ``text``)."""
    lex = lexicon()
    if not word[:1].isupper():
        return _particle(word)
    if word.rstrip(".") in lex.honorific_words:
        return False
    if word in lex.never_names:
        # "Theresa May", not "May 5": a month-named word after a first name, no day after it
        return word in lex.surname_months and inside_run and not _day_after(text, end)
    return True


def _day_after(text: str, end: int) -> bool:
    return text[end : end + 3].strip()[:1].isdigit()


def _particle(word: str) -> bool:
    """Tell a name particle ("bin", "von"), alone or hyphened to a name ("al-Assad")."""
    particles = lexicon().particles
    if word in particles:
        return True
    head, dash, tail = word.partition("-")
    return bool(dash) and head in particles and tail[:1].isupper()


def _joined(text: str, prev: _Token, start: int) -> bool:
    if prev[1] == start:
        return prev[2].endswith(".") and len(prev[2]) == 2  # "V.Putin"
    gap = text[prev[1] : start]
    return len(gap) <= 2 and gap.strip(" \u00a0") == ""


def _honorifics_before(text: str, pos: int, floor: int) -> tuple[int, bool]:
    """Walk back over honorifics ("H.E. Mr.") before ``pos``: where they start, and if any."""
    by_last = lexicon().honorifics_by_last
    honoured = False
    for _ in range(4):
        j = pos
        while j > floor and text[j - 1] in " \u00a0":
            j -= 1
        k = max(text.rfind(" ", floor, j), text.rfind("\u00a0", floor, j), floor - 1) + 1
        word = text[k:j]
        candidates = by_last.get(word) if word.isprintable() else None
        if not candidates:
            break
        hit = next(
            (h for h in candidates if text.endswith(h, floor, j) and _bounded(text, j - len(h))),
            None,
        )
        if hit is None:
            break
        pos, honoured = j - len(hit), True
    return pos, honoured


def _bounded(text: str, pos: int) -> bool:
    return pos <= 0 or not text[pos - 1].isalnum()


def inverted(text: str, run: Run, by_end: dict[int, Run], used: set[Run]) -> Run | None:
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
    words = (run.words[0], *(name_of(surname.words).split()))
    return Run(surname.lead, surname.start, run.end, words, True, ordered=True)


def name_of(words: Sequence[str]) -> str:
    """Given-name-first name from a run: "HAYASHI Yoshimasa" becomes "Yoshimasa Hayashi"."""
    first = words[0]
    upper_first = len(first) > 1 and first.isalpha() and first.isupper()
    if len(words) > 1 and upper_first and not words[1].isupper():
        words = [*words[1:], first]
    return " ".join(case_fixed(w) for w in words)


def case_fixed(word: str) -> str:
    """Case-fix an upper-case name word: "HAYASHI" -> "Hayashi"."""
    if len(word) > 1 and word.isupper() and word.replace("-", "").isalpha():
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


def surname(name: str) -> str:
    """Return the last word of a name, case-folded: how later sentences refer to the person."""
    return name.rsplit(None, 1)[-1].casefold()


def same_name(a: str, b: str) -> bool:
    """Tell if two names are one person's: one surname, or the shorter's words all in the longer.

    "Ebrard" and "Marcelo Ebrard Casaubon" (two surnames), "Retno" and "Retno Marsudi";
    not two full names whose first names differ ("Mohamed bin Zayed Al Nahyan" and
    "Abdullah bin Zayed Al Nahyan" are brothers, "S. Jaishankar" is "Subrahmanyam Jaishankar").
    """
    if surname(a) == surname(b):
        return not _given_names_clash(a, b)
    short, long_ = sorted((a.casefold().split(), b.casefold().split()), key=len)
    return len(short) < len(long_) and set(short) <= set(long_)


def _given_names_clash(a: str, b: str) -> bool:
    wa, wb = a.split(None, 1), b.split(None, 1)
    if len(wa) < 2 or len(wb) < 2:
        return False
    x, y = wa[0].rstrip(".").casefold(), wb[0].rstrip(".").casefold()
    return not (x.startswith(y) or y.startswith(x))


def fuller_name(text: str, name: str, role: str | None) -> str:
    """Complete "Pompeo" to "Mike Pompeo" from a fuller mention of the same surname."""
    best = name
    title_rx = lexicon().title_rx
    rx = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    for m in rx.finditer(text, 0, min(len(text), _SCAN_LIMIT)):
        words, pos = _given_names_before(text, m.start())
        if not words:
            continue
        said = title_rx.search(text, max(0, pos - 60), pos)
        titled = role is not None and said is not None and said.end() >= pos - 1
        if titled and said is not None and not roles_agree(role, said.group()):
            continue
        if len(words) + 1 > len(best.split()):
            best = " ".join([*words, name])
    return best


def _given_names_before(text: str, pos: int) -> tuple[list[str], int]:
    """Return the name words (up to three) right before ``pos``, and where they start."""
    lex = lexicon()
    words: list[str] = []
    for _ in range(3):
        w = _word_before(text, pos)
        if w is None or not _name_word(w, False, text, pos) or w in lex.particles:
            break
        if lex.title_rx.fullmatch(w) is not None or safe_code(w) is not None:
            break
        words.insert(0, w)
        pos -= len(w) + 1
    return words, pos


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
