"""Fixtures for the map's unit tests (rendering in Python, no browser)."""

from __future__ import annotations

import pytest
import sample_data

from geomap.render import MapOptions, render_map


@pytest.fixture(scope="session")
def sample() -> sample_data.Sample:
    return sample_data.sample()


@pytest.fixture(scope="session")
def page(sample: sample_data.Sample) -> str:
    """The sample rendered self-contained (needs the assets, as CI has them)."""
    options = MapOptions(title="Caucasus <i>test</i>", tiles="none", self_contained=True)
    return render_map(sample.articles, sample.resolved, options)
