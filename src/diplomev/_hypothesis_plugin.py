"""Registers diplomev's strategies with hypothesis (through its entry point)."""

from __future__ import annotations


def _register() -> None:
    """Make ``st.from_type`` build valid diplomev records."""
    from hypothesis import strategies as st

    from diplomev import _model, strategies

    st.register_type_strategy(_model.Event, strategies.events())
    st.register_type_strategy(_model.Participant, strategies.participants())
    st.register_type_strategy(_model.Proposal, strategies.proposals())
    st.register_type_strategy(_model.Agreement, strategies.agreements())
    st.register_type_strategy(_model.Reference, strategies.references())
    st.register_type_strategy(_model.Source, strategies.sources())
    st.register_type_strategy(_model.Span, strategies.spans())
