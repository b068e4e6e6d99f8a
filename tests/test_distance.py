"""geomap's distance is geopy's great-circle distance, to the last bit."""

from __future__ import annotations

import math

import pytest
from geopy.distance import great_circle
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.distance import distance_km

lat = st.floats(min_value=-90, max_value=90, allow_nan=False)
lon = st.floats(min_value=-180, max_value=180, allow_nan=False)
wild_lon = st.floats(min_value=-1000, max_value=1000, allow_nan=False)


@settings(derandomize=True, max_examples=300)
@given(lat, lon, lat, lon)
def test_same_as_geopy(lat1: float, lon1: float, lat2: float, lon2: float) -> None:
    assert distance_km((lat1, lon1), (lat2, lon2)) == great_circle((lat1, lon1), (lat2, lon2)).km


@settings(derandomize=True, max_examples=300)
@given(lat, wild_lon, lat, wild_lon)
def test_same_as_geopy_for_longitudes_past_180(lat1: float, lon1: float, lat2: float, lon2: float) -> None:
    assert distance_km((lat1, lon1), (lat2, lon2)) == great_circle((lat1, lon1), (lat2, lon2)).km


def test_known_distance() -> None:
    assert round(distance_km((40.1811, 44.5136), (40.3777, 49.892)), 1) == 456.7  # Yerevan-Baku


@pytest.mark.filterwarnings("ignore:Latitude normalization")
@pytest.mark.parametrize("bad", [(math.nan, 0.0), (0.0, math.inf), (91.0, 0.0)])
def test_bad_points_are_refused_as_geopy_does(bad: tuple[float, float]) -> None:
    with pytest.raises(ValueError):
        distance_km(bad, (0.0, 0.0))
