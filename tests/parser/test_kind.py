"""Kind of contact from the title and lead."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomev import EventKind
from diplomev._parser._kind import _lexicon, event_kind
from diplomev._parser._layout import read_layout


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Minister Holds Telephone Talks with Counterpart\n\nThe two discussed trade.\n",
            "phone_call",
        ),
        ("The Secretary spoke today with the Foreign Minister of Ruritania.\n", "phone_call"),
        ("The Secretary met virtually with three counterparts.\n", "video_call"),
        ("The Prime Minister received a courtesy call from the Foreign Minister.\n", "meeting"),
        ("Readout of the meeting with the Ambassador\n\nThey talked.\n", "meeting"),
        ("The Minister called for restraint. He met the envoy later.\n", "meeting"),
        ("Joint Statement of the Foreign Ministers\n\nWe condemn the attack.\n", "joint_statement"),
        ("The President sent a message of condolences to the King of Ruritania.\n", "message"),
        ("Deputy ministers held a regular round of consultations in Geneva.\n", "consultations"),
        ("The Secretary will meet the Foreign Minister on Friday in Rome.\n", "other"),
        (
            "Ruritania-Freedonia Political Consultations (Deputy Ministers)\n\nThey talked.\n",
            "consultations",
        ),
        ("The two sides held the Ruritania-Freedonia Political Consultations.\n", "consultations"),
        (
            "The Minister will on Monday, 4 September 2023, co-chair the Joint Commission.\n",
            "other",
        ),
        ("Ein Telefongespräch fand statt.\n", "phone_call"),
        (
            "Minister Ana Lima received today, in Lisbon, the Minister of Foreign Affairs of "
            "Ruritania, Karl Ost.\n",
            "meeting",
        ),
        ("The Chancellor receives President Ost in Berlin.\n", "meeting"),
        ("The Embassy received a donation of books.\n", "other"),
        ("The weather was fine.\n", "other"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    assert event_kind(read_layout(text)) == kind


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_total(text: str) -> None:
    assert event_kind(read_layout(text)) in {kind.value for kind in EventKind}


@pytest.mark.parametrize("cue", range(len(_lexicon().cues)))
def test_needles_are_in_everything_a_cue_matches(cue: int) -> None:
    # A cue is only searched for when a needle occurs: a wrong needle would hide it.
    entry = _lexicon().cues[cue]
    if not entry.needles:
        return

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(entry.pattern, fullmatch=True))
    def check(text: str) -> None:
        assert any(needle in text.lower() for needle in entry.needles), text

    check()
