"""Test helpers: file constants, a tiny world index, a local geocoder stand-in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from geopy.exc import GeopyError
from geopy.location import Location

from geomap.gazetteer.world import NEEDS_CONTEXT, WorldIndex

DATA = Path(__file__).resolve().parent.parent / "data"
GEONAMES_SAMPLE = DATA / "geonames" / "AZ-AM-sample.txt"
RunCli = Callable[..., Result]
HEADER = "id,name,aliases,kind,lat,lon,wkt,country,parent,geonames_id,notes"


def small_world() -> WorldIndex:
    """Five GeoNames places (real ids and coordinates): the small Vardenis listed
    before the town of 12,651, Shusha (also indexed as "Shushi"), Ganja, Armenia."""
    from geomap.gazetteer import name_key

    names = ["Vardenis", "Vardenis", "Shusha", "Ganja", "Armenia"]
    index = WorldIndex(
        names=names,
        lat=[40.56746, 40.1827, 39.76006, 40.68157, 40.25],
        lon=[44.40586, 45.73156, 46.74989, 46.36134, 45.0],
        country=["AM", "AM", "AZ", "AZ", "AM"],
        admin1=["01", "04", "55", "20", ""],
        population=[527, 12651, 19400, 330663, 3090500],
        geonameid=[616107, 616108, 147105, 586523, 174982],
        kind=["city", "city", "city", "city", "country"],
        keys={},
    )
    for row, name in enumerate(names):
        index.add(name_key(name), row, NEEDS_CONTEXT)
    index.add("shushi", 2, NEEDS_CONTEXT)
    return index


class DictGeocoder:
    """A local stand-in for a geopy geocoder: answers from a dict, counts calls.

    ``answers[query]`` is ``(lat, lon, address, addresstype)``, ``None`` (not
    found) or a ``GeopyError`` instance to raise.
    """

    def __init__(self, answers: dict[str, tuple[float, float, str, str] | GeopyError | None]):
        self.answers = answers
        self.calls: list[str] = []

    def geocode(self, query: str, exactly_one: bool = True) -> Location | None:
        assert exactly_one is True
        self.calls.append(query)
        answer = self.answers.get(query)
        if isinstance(answer, GeopyError):
            raise answer
        if answer is None:
            return None
        lat, lon, address, kind = answer
        raw = {"lat": str(lat), "lon": str(lon), "display_name": address, "addresstype": kind}
        return Location(address, (lat, lon), raw)
