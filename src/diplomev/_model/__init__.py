"""The typed model: frozen, validated attrs records."""

from diplomev._model._event import Event
from diplomev._model._kinds import EventKind, ProposalStatus
from diplomev._model._records import Agreement, Participant, Proposal, Reference, Source, Span

__all__ = [
    "Agreement",
    "Event",
    "EventKind",
    "Participant",
    "Proposal",
    "ProposalStatus",
    "Reference",
    "Source",
    "Span",
]
