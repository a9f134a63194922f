"""Build the seed event in code, check it, and round-trip it through JSON.

The seed is the 17 April 2020 telephone conversation between Sergey Lavrov and
Mike Pompeo: two participants, three Russian proposals, two agreements, and the
earlier presidential calls as references.

Run it: ``python examples/build_event.py``
"""

from __future__ import annotations

import datetime as dt

from dateutil import tz

import diplomev
from diplomev import Agreement, Event, EventKind, Participant, Proposal, ProposalStatus, Reference


def seed_event() -> Event:
    """Return the seed event, built field by field."""
    lavrov = Participant(
        id="sergey-lavrov", name="Sergey Lavrov", role="Foreign Minister", country="RUS"
    )
    pompeo = Participant(
        id="mike-pompeo", name="Mike Pompeo", role="Secretary of State", country="USA"
    )
    both = (lavrov.id, pompeo.id)
    return Event(
        kind=EventKind.PHONE_CALL,
        date=dt.date(2020, 4, 17),
        published=dt.datetime(2020, 4, 17, 19, 58, tzinfo=tz.gettz("Europe/Moscow")),
        title="Foreign Minister Sergey Lavrov's telephone conversation with "
        "US Secretary of State Mike Pompeo",
        participants=(lavrov, pompeo),
        topics=("coronavirus pandemic", "world oil markets", "strategic stability"),
        proposals=(
            Proposal(
                proposer=lavrov.id,
                text="extend the New START Treaty",
                status=ProposalStatus.REITERATED,
            ),
            Proposal(
                proposer=lavrov.id,
                text="resume the work of the US-Russia Working Group on Threats to and in "
                "the Use of Information and Communication Technologies",
                status=ProposalStatus.REITERATED,
            ),
            Proposal(
                proposer=lavrov.id,
                text="intensify the counter-terrorism dialogue",
                status=ProposalStatus.REITERATED,
            ),
        ),
        agreements=(
            Agreement(
                parties=both,
                text="intensify the Russian-American dialogue on arms control "
                "and non-proliferation",
            ),
            Agreement(
                parties=both,
                text="cooperate closely in preparing for the summit meeting of the "
                "UN Security Council permanent members",
            ),
        ),
        references=(
            Reference(
                kind=EventKind.PHONE_CALL,
                date=dt.date(2020, 4, 9),
                text="telephone conversations between the Presidents of Russia and the "
                "United States on April 9, 10, 11 and 12",
            ),
        ),
        source=diplomev.Source(publisher="midru", language="en"),
    )


def main() -> None:
    """Build the seed event, print its JSON, and check the round trip."""
    event = seed_event()
    text = diplomev.dumps(event, indent=2)
    print(text)
    assert diplomev.loads(text) == event
    assert diplomev.from_dict(diplomev.to_dict(event)) == event
    print(f"round trip ok: {event.id}")


if __name__ == "__main__":
    main()
