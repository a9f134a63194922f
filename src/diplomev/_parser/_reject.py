"""Whether a text is a release about a diplomatic contact at all.

``reject_reason`` gives a human reason to refuse a text (empty, no letters,
binary junk, prose with no diplomatic content at all: neither a contact cue
nor a diplomatic actor or institution) and None for anything that may be a
release; it errs on the side of accepting.  An announcement of a commission's
session or a minister's trip is a release (kind "other"), not refused.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from diplomev._parser._kind import FirstKind, first_kind
from diplomev._parser._layout import Layout

_LETTER = re.compile(r"[^\W\d_]")
_JUNK = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
# Above this share of control or replacement characters a text is binary junk.
_MAX_JUNK_SHARE = 0.02
#: A release names its contact early; a cue later than this does not save a text.
MAX_SENTENCES = 40


@functools.cache
def _diplomatic() -> re.Pattern[str]:
    """Compile ``[content]`` of ``lexicons/kinds.toml``: any diplomatic actor or body."""
    text = resources.files("diplomev._parser").joinpath("lexicons/kinds.toml").read_text("utf-8")
    return re.compile(tomllib.loads(text)["content"]["pattern"], re.IGNORECASE)


def reject_reason(layout: Layout, found: FirstKind | None = None) -> str | None:
    """Return why ``layout``'s text is not a release about a contact, or None.

    ``found``, when given, is ``first_kind(layout, MAX_SENTENCES)``.
    """
    text = layout.text
    if not text.strip():
        return "the text is empty"
    if _LETTER.search(text) is None:
        return "the text has no letters"
    if len(_JUNK.findall(text)) > _MAX_JUNK_SHARE * len(text):
        return "the text looks like binary data, not prose"
    if not layout.sentences:
        return "the text has no prose, only page furniture"
    if found is None:
        found = first_kind(layout, MAX_SENTENCES)
    sentences = layout.sentences[:MAX_SENTENCES]
    segments = [layout.title, *sentences] if layout.title else list(sentences)
    if found.kind is None and not any(_diplomatic().search(s.text) for s in segments):
        # The wording is shown by the CLI and quoted in the docs: keep it stable.
        return (
            "the text names no diplomatic contact (no call, meeting, talks, message or statement)"
        )
    return None
