"""Hostile text for the parser's robustness tests: units that, repeated, provoke blow-ups.

The pattern audit (``test_patterns``) runs every compiled pattern over them; the
whole-parser test (``test_release``) runs ``parse_release`` over a megabyte of each,
most after a lead sentence that reports a contact, so that every stage reads them.
"""

from __future__ import annotations

# Characters and words a pattern may re-read: runs of one class, openers, initials.
CHARACTER_UNITS = {
    "commas": ",",
    "spaces": " ",
    "newlines": "\n",
    "letters": "a",
    "initials": "A. ",
    "honorifics": "Mr. ",
    "articles": "the ",
    "name": "Sergey Lavrov ",
    "openers": "(",
    "digits": "1234567890",
    "blank-lines": "  \n",
    "unicode": "Ёж é 中文 \u2019\u00a0\u0661\u0662 \u200b",
    "dates": "5 May 2021, ",
    "capitals": "SECRETARY KERRY ",
    "dashes": "- ",
}

# Sentences and lines each stage acts on: every repeat gives it work to do. Numbered
# units give every repeat words of its own, a number ("{n}") or a capitalised word
# ("{word}"), so that none is a repeat to drop.
SENTENCE_UNITS = {
    "contacts": "Minister Ivan Petrov met Minister John Smith. ",
    "proposals": "Petrov proposed to hold round {n} of the talks. ",
    "agreements": "The sides agreed to expand trade by {n} percent. ",
    "topics": "They discussed trade, energy and security. ",
    "references": "A meeting with the delegation of Region {n} was held on 5 May 2021. ",
    "summits": "They recalled the Riga Summit on 9 September 2023. ",
    "also-present": "Also present was Deputy Minister Ivan Petrov. ",
    "quotes": "\u201cWe agreed,\u201d said Petrov. ",
    "paragraphs": "Minister Ivan Petrov met Minister John Smith.\n\n",
    "datelines": "Moscow, 5 May 2021\n",
    "one-sentence-of-dates": "the meeting on 5 May 2021, ",
    "one-sentence-of-offices": "the Foreign Minister of {word}, ",
}

# A contact, so that no text is refused before every stage has read it.
LEAD = (
    "On 3 March 2021, Foreign Minister Sergey Lavrov held talks with "
    "Secretary of State Antony Blinken. "
)


def repeated(unit: str, size: int, lead: str = "") -> str:
    """``lead``, then ``unit`` again and again: ``size`` characters in all.

    A numbered unit has ``{n}`` or ``{word}`` filled with the repeat's number, in
    digits or as a capitalised word of letters.
    """
    if "{" not in unit:
        return (lead + unit * (size // len(unit) + 1))[:size]
    parts, length = [lead], len(lead)
    while length < size:
        number = len(parts) - 1
        parts.append(unit.format(n=number, word=_word(number)))
        length += len(parts[-1])
    return "".join(parts)[:size]


def _word(number: int) -> str:
    """A capitalised word of letters, one per number: "Ba", "Bb", ..."""
    letters = ""
    number += 26  # two letters at least: one capital letter is an initial
    while number:
        number, digit = divmod(number, 26)
        letters = chr(ord("a") + digit) + letters
    return letters.capitalize()
