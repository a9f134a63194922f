"""Test configuration: hypothesis profiles.

``HYPOTHESIS_PROFILE=thorough`` runs every property with 10,000 examples, for
deliberate runs; the default keeps the whole suite within a few minutes.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "thorough",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
