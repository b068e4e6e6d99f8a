"""Validating gazetteer rows: every problem, one line each, ``FILE:LINE: ...``."""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

from shapely.geometry.base import BaseGeometry

from geomap.distance import distance_km
from geomap.gazetteer.csvio import REQUIRED, RawTable
from geomap.models import Place
from geomap.textfold import fold

FAR_KM = 50.0
"""An alias on two rows further apart than this is reported as ambiguous; a
WKT shape further than this from its row's lat/lon is an error."""


@dataclass(frozen=True)
class Checked:
    """Places that passed, plus every error and warning message.

    ``ambiguities`` are the warnings about one name on rows far apart: they belong
    to ``geomap gazetteer check`` and to edits, not to every build.
    """

    places: tuple[Place, ...]
    errors: tuple[str, ...]
    warnings: tuple[str, ...]
    ambiguities: tuple[str, ...] = ()


def _number(value: str) -> float | None:
    text = value.strip()
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # a decimal comma, as some spreadsheets save
    try:
        x = float(text)
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def _check_coords(where: str, row: dict[str, str], errors: list[str]) -> tuple[float, float] | None:
    lat_s, lon_s = row.get("lat", "").strip(), row.get("lon", "").strip()
    if not lat_s and not lon_s:
        return None
    lat, lon = _number(lat_s), _number(lon_s)
    bad = False
    if lat is None:
        errors.append(f"{where}: lat {lat_s!r} is not a number (use decimal degrees, e.g. 40.68)")
        bad = True
    if lon is None:
        errors.append(f"{where}: lon {lon_s!r} is not a number (use decimal degrees, e.g. 46.36)")
        bad = True
    if bad or lat is None or lon is None:
        return None
    if not -90 <= lat <= 90:
        hint = "are lat and lon swapped?" if -90 <= lon <= 90 else "latitude must be -90..90"
        errors.append(f"{where}: lat {lat_s!r} is outside -90..90 ({hint})")
        return None
    if not -180 <= lon <= 180:
        errors.append(f"{where}: lon {lon_s!r} is outside -180..180 (longitude must be -180..180)")
        return None
    return lat, lon


def _check_wkt(
    where: str, wkt: str, point: tuple[float, float] | None, errors: list[str]
) -> BaseGeometry | None:
    import numpy as np
    import shapely
    from shapely.errors import ShapelyError

    try:
        with warnings.catch_warnings():  # "invalid value encountered": reported below
            warnings.simplefilter("ignore", RuntimeWarning)
            geom = shapely.from_wkt(wkt)
    except (ShapelyError, ValueError) as exc:
        short = str(exc).split("\n")[0][:80]
        errors.append(f"{where}: wkt does not parse ({short}; expected e.g. LINESTRING (lon lat, lon lat))")
        return None
    if geom is None or geom.is_empty:
        errors.append(f"{where}: wkt is empty (leave the column blank for a point)")
        return None
    if geom.geom_type not in ("LineString", "MultiLineString", "Polygon", "MultiPolygon", "Point"):
        errors.append(
            f"{where}: wkt type {geom.geom_type} is not supported (use LINESTRING, POLYGON or MULTIPOLYGON)"
        )
        return None
    if not np.isfinite(shapely.get_coordinates(geom)).all():  # bounds skip NaN
        errors.append(f"{where}: wkt has a coordinate that is not a number (nan or inf)")
        return None
    minx, miny, maxx, maxy = geom.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        errors.append(f"{where}: wkt coordinates are out of range (WKT is 'lon lat', not 'lat lon')")
        return None
    if point is not None:
        nearest = shapely.ops.nearest_points(geom, shapely.Point(point[1], point[0]))[0]
        km = distance_km(point, (nearest.y, nearest.x))
        if km > FAR_KM:
            errors.append(
                f"{where}: wkt lies {km:.0f} km from lat/lon (check the shape or the point; WKT is 'lon lat')"
            )
            return None
    return geom


def check_table(table: RawTable) -> Checked:
    """Validate ``table``; return the good places and every problem found."""
    import shapely.ops  # noqa: F401  (used by _check_wkt)

    errors: list[str] = []
    warnings: list[str] = list(table.warnings)
    missing = [c for c in REQUIRED if c not in table.header]
    if missing:
        # One line, whatever a quoted header cell holds.
        have = ", ".join(h.replace("\r", "\\r").replace("\n", "\\n") for h in table.header if h) or "none"
        have = have if len(have) <= 200 else have[:200] + "..."
        errors.append(f"{table.path}:1: missing column(s) {', '.join(missing)} (the header has: {have})")
        return Checked((), tuple(errors), tuple(warnings))
    places: list[Place] = []
    ids: dict[str, int] = {}
    for line, row in table.rows:
        where = f"{table.path}:{line}"
        place = _check_row(where, line, row, table.header, ids, errors)
        if place is not None:
            places.append(place)
    ambiguities = _ambiguous_aliases(table.path, places) + _shared_geonames_ids(table.path, places)
    return Checked(tuple(places), tuple(errors), tuple(warnings), tuple(ambiguities))


def _check_row(
    where: str,
    line: int,
    row: dict[str, str],
    header: tuple[str, ...],
    ids: dict[str, int],
    errors: list[str],
) -> Place | None:
    n_before = len(errors)
    pid = row.get("id", "").strip()
    name = row.get("name", "").strip()
    kind = row.get("kind", "").strip().lower() or "place"
    if not pid:
        errors.append(f"{where}: id is empty (give every row a unique id, e.g. a slug of the name)")
    elif pid in ids:
        errors.append(f"{where}: duplicate id {pid!r} (first used on line {ids[pid]})")
    else:
        ids[pid] = line
    if not name:
        errors.append(f"{where}: name is empty (every row needs the place's name)")
    point = _check_coords(where, row, errors)
    wkt = row.get("wkt", "").strip()
    geom = _check_wkt(where, wkt, point, errors) if wkt else None
    if point is None and geom is not None:
        rp = geom.representative_point()
        point = (rp.y, rp.x)
    if point is None and kind != "ignore" and len(errors) == n_before:
        errors.append(f"{where}: lat and lon are empty (give coordinates, a wkt shape, or kind 'ignore')")
    if len(errors) != n_before:
        return None
    aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
    extra = tuple((k, v) for k, v in row.items() if k not in _KNOWN and k)
    lat, lon = point if point is not None else (math.nan, math.nan)
    return Place(
        id=pid, name=name, kind=kind, lat=lat, lon=lon, aliases=aliases, wkt=wkt,
        country=row.get("country", "").strip().upper(), parent=row.get("parent", "").strip(),
        geonames_id=row.get("geonames_id", "").strip(), notes=row.get("notes", "").strip(),
        source="gazetteer", extra=extra,
    )  # fmt: skip


_KNOWN = {
    "id",
    "name",
    "aliases",
    "kind",
    "lat",
    "lon",
    "wkt",
    "country",
    "parent",
    "geonames_id",
    "notes",
}


def _ambiguous_aliases(path: str, places: list[Place]) -> list[str]:
    by_key: dict[str, list[Place]] = {}
    for place in places:
        if place.kind == "ignore":
            continue
        for n in {fold(x) for x in (place.name, *place.aliases)}:
            by_key.setdefault(n, []).append(place)
    out = []
    for key, group in sorted(by_key.items()):
        if len(group) < 2:
            continue
        first = group[0]
        for other in group[1:]:
            km = distance_km((first.lat, first.lon), (other.lat, other.lon))
            if km > FAR_KM:
                out.append(
                    f"{path}: warning: the name {key!r} is on rows {first.id!r} and {other.id!r}, "
                    f"{km:.0f} km apart (ambiguous; context decides, or remove one)"
                )
    return out


def _shared_geonames_ids(path: str, places: list[Place]) -> list[str]:
    """Rows that give the same GeoNames id: one place entered twice, most likely."""
    first: dict[str, Place] = {}
    out = []
    for place in places:
        gid = place.geonames_id
        if not gid:
            continue
        if gid in first:
            out.append(
                f"{path}: warning: rows {first[gid].id!r} and {place.id!r} have the same geonames_id "
                f"{gid} (the same place twice? merge them into one row)"
            )
        else:
            first[gid] = place
    return out
