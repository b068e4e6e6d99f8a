"""Great-circle distances (geopy's), the one measure geomap uses for "near" and "far"."""

from __future__ import annotations

from math import atan2, cos, radians, sin, sqrt

LatLon = tuple[float, float]

EARTH_RADIUS_KM = 6371.009
"""geopy's mean earth radius (``geopy.distance.EARTH_RADIUS``)."""


def distance_km(a: LatLon, b: LatLon) -> float:
    """Great-circle distance in km between two (lat, lon) points.

    The value is ``geopy.distance.great_circle(a, b).km``, to the last bit. For
    points in the usual ranges this computes geopy's formula directly: resolving
    an article asks for thousands of distances, and building geopy's ``Point``
    objects for each cost more than the arithmetic. Other points go to geopy.

    Examples
    --------
    >>> round(distance_km((40.1811, 44.5136), (40.3777, 49.892)))
    457
    """
    lat1, lng1 = float(a[0]), float(a[1])
    lat2, lng2 = float(b[0]), float(b[1])
    if not (abs(lat1) <= 90 and abs(lat2) <= 90 and abs(lng1) <= 180 and abs(lng2) <= 180):  # NaN too
        from geopy.distance import great_circle

        return float(great_circle(a, b).km)
    lat1, lng1, lat2, lng2 = radians(lat1), radians(lng1), radians(lat2), radians(lng2)
    sin_lat1, cos_lat1 = sin(lat1), cos(lat1)
    sin_lat2, cos_lat2 = sin(lat2), cos(lat2)
    delta_lng = lng2 - lng1
    cos_delta_lng, sin_delta_lng = cos(delta_lng), sin(delta_lng)
    across = cos_lat1 * sin_lat2 - sin_lat1 * cos_lat2 * cos_delta_lng
    d = atan2(
        sqrt((cos_lat2 * sin_delta_lng) ** 2 + across**2),
        sin_lat1 * sin_lat2 + cos_lat1 * cos_lat2 * cos_delta_lng,
    )
    return EARTH_RADIUS_KM * d
