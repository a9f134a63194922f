"""Releases written for the CLI tests, in the styles of a few ministries, and a file writer."""

from __future__ import annotations

from pathlib import Path

MIDRU = """\
14 February 202216:05

Press release on Foreign Minister Sergey Lavrov's telephone conversation with Minister for \
Foreign Affairs of Norway Anniken Huitfeldt

On February 14, Foreign Minister Sergey Lavrov had a telephone conversation with Minister for \
Foreign Affairs of Norway Anniken Huitfeldt at the Norwegian side's initiative.

The ministers discussed cooperation in the Barents Euro-Arctic Region. Sergey Lavrov proposed \
holding the next meeting of the joint fisheries commission in Murmansk.

The ministers agreed to continue contacts at various levels.
"""

STATEGOV = """\
Secretary Blinken's Call with Brazilian Foreign Minister Vieira

Office of the Spokesperson
April 3, 2023

The following is attributable to Spokesperson Matthew Miller:

Secretary of State Antony J. Blinken spoke today with Brazilian Foreign Minister Mauro Vieira. \
The Secretary and Foreign Minister Vieira discussed cooperation on climate and food security, \
and agreed to hold a high-level dialogue in Brasilia later this year.
"""

CHINAMFA = """\
Wang Yi Meets with Foreign Minister of Kenya Alfred Mutua

On 12 May 2023, Foreign Minister Wang Yi met with Foreign Minister Alfred Mutua of Kenya in \
Beijing. Wang Yi said that China is willing to work with Kenya to deepen practical cooperation. \
The two sides agreed to strengthen coordination on regional issues.
"""

NOT_A_RELEASE = """\
Opening hours of the consular section

The consular section of the Embassy will be closed on Monday for a public holiday. Visa \
applications will be accepted again from Tuesday morning.
"""


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``files`` (name: text or bytes) under ``folder`` and return it."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder
