"""The release parser: plain text of a press release in, an ``Event`` out.

Stages, each in its own module: ``_layout`` (publisher, title, dateline, prose
without scraping noise), ``_reject``, ``_kind``, ``_dates``, ``_people``,
``_acts`` (proposals and agreements), ``_references`` and ``_topics``. Their
cue phrases and tables are data, in ``lexicons/``.
"""

from diplomev._parser._release import MAX_RELEASE_CHARS, parse_release

__all__ = ["MAX_RELEASE_CHARS", "parse_release"]
