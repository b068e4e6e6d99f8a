"""The gazetteer: the user's curated CSV, backed by an offline world gazetteer.

Examples
--------
>>> from geomap import Gazetteer
>>> gaz = Gazetteer.load("gazetteer.csv")            # doctest: +SKIP
>>> [p.name for p in gaz.lookup("Tartar")]            # doctest: +SKIP
['Terter']
"""

from __future__ import annotations

import functools
import math
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from geomap.cache import load_cached, save_cached
from geomap.errors import GazetteerError
from geomap.gazetteer.check import check_table
from geomap.gazetteer.csvio import read_table
from geomap.models import Place
from geomap.textfold import scan_fold

if TYPE_CHECKING:
    import geopandas


def name_key(name: str) -> str:
    """The lookup key of a name: folded, and every non-letter a space.

    ``Nagorno-Karabakh`` and ``Nagorno Karabakh`` share the key ``nagorno karabakh``;
    ``Gəncə`` has ``gence``. It is the form the matcher reads text in.
    """
    return scan_fold(" ".join(name.split())).strip()


@dataclass
class Gazetteer:
    """Places and the names that refer to them.

    ``places`` are the curated rows (``source="gazetteer"``); ``ignored`` holds
    the keys of ``kind=ignore`` rows, phrases that are never places.
    """

    places: list[Place]
    path: str = ""
    warnings: list[str] = field(default_factory=list)
    digest: str = ""

    def __post_init__(self) -> None:
        self.errors: list[str] = []
        self.ambiguities: list[str] = []  # one name on rows far apart (see Checked)
        self.by_key: dict[str, list[Place]] = {}
        self.by_id: dict[str, Place] = {}
        self.ignored: set[str] = set()
        self.by_geonames_id = {p.geonames_id: p for p in self.places if p.geonames_id}
        for place in self.places:
            self.by_id[place.id] = place
            for key in dict.fromkeys(name_key(n) for n in (place.name, *place.aliases)):
                if not key:
                    continue
                if place.kind == "ignore":
                    self.ignored.add(key)
                else:
                    self.by_key.setdefault(key, []).append(place)

    @classmethod
    def load(cls, path: str | os.PathLike[str], on_invalid: Literal["raise", "warn"] = "raise") -> Gazetteer:
        """Read and validate the CSV at ``path``.

        Parameters
        ----------
        path
            The gazetteer CSV.
        on_invalid
            ``"raise"`` (default): any error raises :class:`GazetteerError` with every
            message. ``"warn"``: bad rows are left out and their messages kept in
            ``errors`` (warnings are in ``warnings`` either way).
        """
        import hashlib

        data = _read(path)
        digest = hashlib.sha256(data).hexdigest()
        # A file read and found valid before (same bytes, same path, same code) is
        # loaded from geomap's cache: the checks would say the same again.
        tag = hashlib.sha256(f"{path}\0{digest}\0{_code_tag()}".encode()).hexdigest()[:32]
        name = f"gazetteer-{tag}.pickle"
        known = load_cached(name, cls)
        if known is not None:
            return known
        table = read_table(str(path), data)
        checked = check_table(table)
        if checked.errors and on_invalid == "raise":
            raise GazetteerError(list(checked.errors))
        gaz = cls(list(checked.places), str(path), list(checked.warnings), digest)
        gaz.errors = list(checked.errors)
        gaz.ambiguities = list(checked.ambiguities)
        if not gaz.errors:
            save_cached(name, gaz, prune="gazetteer-*.pickle")
        return gaz

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name`` (any spelling, case and diacritics ignored)."""
        return list(self.by_key.get(name_key(name), []))

    def names(self) -> Iterable[tuple[str, str]]:
        """Every (key, original spelling) pair, ignore phrases included."""
        for place in self.places:
            for n in (place.name, *place.aliases):
                yield name_key(n), n

    def to_geodataframe(self) -> geopandas.GeoDataFrame:
        """The places as a GeoDataFrame in EPSG:4326 (shapes where given, else points)."""
        import geopandas
        import shapely

        rows = [p for p in self.places if p.kind != "ignore" and not math.isnan(p.lat)]
        geoms = [shapely.from_wkt(p.wkt) if p.wkt else shapely.Point(p.lon, p.lat) for p in rows]
        data = {
            "id": [p.id for p in rows],
            "name": [p.name for p in rows],
            "aliases": ["|".join(p.aliases) for p in rows],
            "kind": [p.kind for p in rows],
            "lat": [p.lat for p in rows],
            "lon": [p.lon for p in rows],
            "country": [p.country for p in rows],
            "parent": [p.parent for p in rows],
            "geonames_id": [p.geonames_id for p in rows],
        }
        return geopandas.GeoDataFrame(data, geometry=geoms, crs="EPSG:4326")


@functools.cache
def _code_tag() -> str:
    """A digest of the code that reads and checks a gazetteer (a change invalidates the cache)."""
    import hashlib

    from geomap import models, textfold
    from geomap.gazetteer import check, csvio

    h = hashlib.sha256()
    for module in (models, textfold, check, csvio, sys.modules[__name__]):
        h.update(Path(str(module.__file__)).read_bytes())
    return h.hexdigest()


def _read(path: str | os.PathLike[str]) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise GazetteerError([f"{path}: no such file (create it or pass --gazetteer)"]) from None
    except IsADirectoryError:
        raise GazetteerError([f"{path}: is a folder, not a CSV file"]) from None
    except OSError as exc:
        raise GazetteerError([f"{path}: cannot read ({exc.strerror or exc})"]) from None


__all__ = ["Gazetteer", "name_key"]
