"""Registers diplomev's strategies with hypothesis (through its entry point)."""

from __future__ import annotations


def _register() -> None:
    """Make ``st.from_type`` build valid diplomev records."""
    from hypothesis import strategies as st

    from diplomev import _model, strategies

    # Registered as functions, called when first needed: hypothesis runs this
    # hook while importing, which may be in the middle of importing
    # diplomev.strategies itself.
    st.register_type_strategy(_model.Event, lambda _: strategies.events())
    st.register_type_strategy(_model.Participant, lambda _: strategies.participants())
    st.register_type_strategy(_model.Proposal, lambda _: strategies.proposals())
    st.register_type_strategy(_model.Agreement, lambda _: strategies.agreements())
    st.register_type_strategy(_model.Reference, lambda _: strategies.references())
    st.register_type_strategy(_model.Source, lambda _: strategies.sources())
    st.register_type_strategy(_model.Span, lambda _: strategies.spans())
