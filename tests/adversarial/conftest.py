"""Adversarial tests: the ``slow`` marker and the hypothesis profiles.

Slow tests still run in CI (nothing here is skipped); the marker only lets a
developer deselect them locally with ``-m "not slow"``. The hypothesis profile is
``ci`` (200 examples, no deadline, the same examples on every run so CI is
reproducible) unless ``GEOMAP_HYPOTHESIS_PROFILE`` names another (``dev``: 30
examples, ``thorough``: 2,000 new ones each run, to go looking for failures).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow], "print_blob": True}
settings.register_profile("ci", max_examples=200, derandomize=True, **_COMMON)
settings.register_profile("dev", max_examples=30, **_COMMON)
settings.register_profile("thorough", max_examples=2000, **_COMMON)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes several seconds; still runs in CI")
