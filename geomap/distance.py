"""Great-circle distances (geopy), the one measure geomap uses for "near" and "far"."""

from __future__ import annotations

LatLon = tuple[float, float]


def distance_km(a: LatLon, b: LatLon) -> float:
    """Great-circle distance in km between two (lat, lon) points.

    Examples
    --------
    >>> round(distance_km((40.1811, 44.5136), (40.3777, 49.892)))
    457
    """
    from geopy.distance import great_circle

    return float(great_circle(a, b).km)
