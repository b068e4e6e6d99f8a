"""Place geometry for the map: WKT (lon/lat) to GeoJSON, with a shape class.

Points are drawn as markers from ``Place.lat``/``Place.lon``; a ``wkt`` line is
drawn as a polyline and a polygon as a shaded area. Coordinates are rounded to
5 decimals (about a metre), which keeps the page small and its bytes stable.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any, Literal

from geomap.models import Place

Shape = Literal["point", "line", "area"]

PRECISION = 5

_SHAPES: dict[str, Shape] = {
    "LineString": "line",
    "MultiLineString": "line",
    "Polygon": "area",
    "MultiPolygon": "area",
}


@dataclass(frozen=True)
class Geometry:
    """How one place is drawn.

    Attributes
    ----------
    shape
        ``"point"``, ``"line"`` or ``"area"``.
    geojson
        A GeoJSON geometry in lon/lat order (None for points).
    bounds
        ``((south, west), (north, east))`` in lat/lon order, for fitting the view.
    """

    shape: Shape
    geojson: dict[str, Any] | None
    bounds: tuple[tuple[float, float], tuple[float, float]]


def place_geometry(place: Place) -> Geometry:
    """Return how ``place`` is drawn.

    An empty ``wkt`` (or a WKT point) gives a point at ``lat``/``lon``. WKT that
    cannot be read, or of another type, falls back to the point with a warning.

    Examples
    --------
    >>> g = place_geometry(Place("x", "Road", "road", 39.6, 46.5,
    ...                          wkt="LINESTRING (46.5 39.6, 46.4 39.5)"))
    >>> g.shape, g.bounds
    ('line', ((39.5, 46.4), (39.6, 46.5)))
    """
    point = Geometry("point", None, ((place.lat, place.lon), (place.lat, place.lon)))
    if not place.wkt.strip():
        return point
    import shapely
    from shapely.geometry import mapping

    try:
        geom = shapely.from_wkt(place.wkt)
    except shapely.errors.ShapelyError as exc:
        warnings.warn(
            f"place {place.id!r}: unreadable wkt ({exc}); drawing it as a point",
            stacklevel=2,
        )
        return point
    shape = _SHAPES.get(geom.geom_type)
    if shape is None or geom.is_empty:
        if geom.geom_type != "Point":
            warnings.warn(
                f"place {place.id!r}: {geom.geom_type} is not drawn; drawing it as a point",
                stacklevel=2,
            )
        return point
    west, south, east, north = (round(v, PRECISION) for v in geom.bounds)
    return Geometry(shape, _rounded(mapping(geom)), ((south, west), (north, east)))


def _rounded(value: Any) -> Any:
    """Turn shapely's mapping (tuples, floats) into lists of rounded floats."""
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    if isinstance(value, float):
        return round(value, PRECISION)
    return value
