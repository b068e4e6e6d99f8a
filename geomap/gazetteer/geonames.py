"""Importing places from a GeoNames dump (``allCountries.txt``, ``AZ.txt``, ``AZ.zip``).

The dump is tab-separated, one place per line, no header, 19 columns:
geonameid, name, asciiname, alternatenames (comma-separated), latitude,
longitude, feature class, feature code, country code, cc2, admin1..admin4,
population, elevation, dem, timezone, modification date.

Examples
--------
>>> from geomap.gazetteer.geonames import import_rows, read_geonames
>>> found = read_geonames("AM.txt", countries={"AM"}, min_population=500)  # doctest: +SKIP
>>> rows, skipped = import_rows(found, set(), set())  # doctest: +SKIP
"""

from __future__ import annotations

import io
import os
import unicodedata
import zipfile
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from geomap.errors import InputError

N_FIELDS = 19
MAX_ALIASES = 12
SAME_PLACE_KM = 5.0
"""A GeoNames record named like a gazetteer row and this close is that row's place."""
DEFAULT_CLASSES = frozenset({"P", "A"})

_ADMIN_KINDS = {
    "PCLI": "country", "PCLD": "country", "PCLS": "country", "PCLF": "country", "PCL": "country",
    "ADM1": "region", "ADM2": "district", "ADM3": "district", "ADM4": "district",
}  # fmt: skip


@dataclass(frozen=True)
class GeoName:
    """One line of a GeoNames dump (the columns geomap uses)."""

    geonameid: str
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    population: int


def settlement_kind(population: int, capital: bool = False) -> str:
    """``city`` (100,000+ people or a seat), ``town`` (10,000+) or ``village``."""
    if capital or population >= 100_000:
        return "city"
    return "town" if population >= 10_000 else "village"


@dataclass(frozen=True)
class Known:
    """A gazetteer row as the importer compares records with it."""

    line: int
    id: str
    lat: float
    lon: float
    geonames_id: str


@dataclass(frozen=True)
class SamePlace:
    """A GeoNames record that is a row already in the gazetteer (by name and distance)."""

    row: Known
    record: GeoName
    km: float


def known_rows(rows: Iterable[tuple[int, Mapping[str, str]]]) -> dict[str, list[Known]]:
    """The gazetteer's rows with coordinates, by the lookup key of each name and alias."""
    from geomap.gazetteer import name_key

    out: dict[str, list[Known]] = {}
    for line, row in rows:
        try:
            lat, lon = float(row.get("lat", "")), float(row.get("lon", ""))
        except ValueError:
            continue
        known = Known(line, row.get("id", "").strip(), lat, lon, row.get("geonames_id", "").strip())
        names = [row.get("name", ""), *row.get("aliases", "").split("|")]
        for key in dict.fromkeys(name_key(n) for n in names):
            if key:
                out.setdefault(key, []).append(known)
    return out


def same_place(g: GeoName, known: Mapping[str, list[Known]]) -> SamePlace | None:
    """The nearest row sharing a name with ``g`` within :data:`SAME_PLACE_KM`, if any."""
    from geomap.distance import distance_km
    from geomap.gazetteer import name_key

    best: SamePlace | None = None
    for key in dict.fromkeys(name_key(n) for n in (g.name, g.asciiname, *g.alternatenames)):
        for row in known.get(key, ()):
            km = distance_km((g.lat, g.lon), (row.lat, row.lon))
            if km <= SAME_PLACE_KM and (best is None or km < best.km):
                best = SamePlace(row, g, km)
    return best


def kind_of(g: GeoName) -> str:
    """The gazetteer ``kind`` for a GeoNames feature."""
    if g.feature_class == "A":
        return _ADMIN_KINDS.get(g.feature_code, "region")
    if g.feature_class == "P":
        return settlement_kind(g.population, g.feature_code in ("PPLC", "PPLA"))
    return "place"


def _is_latin(name: str) -> bool:
    """True when every letter of ``name`` is a Latin letter (spaces, ``'-.`` and
    modifier apostrophes allowed)."""
    for ch in name:
        if ch.isalpha():
            if not unicodedata.name(ch, "").startswith("LATIN") and ch not in "ʻʼ":
                return False
        elif ch not in " -'’.ʻʼ":
            return False
    return any(ch.isalpha() for ch in name)


def aliases_of(g: GeoName, limit: int = MAX_ALIASES) -> tuple[str, ...]:
    """Latin-script alternate names, without repeats of the name, at most ``limit``.

    Names are compared by their lookup key (case and diacritics ignored); names
    with digits or other symbols, and all-lower-case ones (GeoNames' machine
    transliterations such as ``jaluti``), are left out.
    """
    from geomap.gazetteer import name_key

    seen = {name_key(g.name)}
    out: list[str] = []
    for alt in (g.asciiname, *g.alternatenames):
        alt = alt.strip()
        key = name_key(alt)
        if len(key) < 2 or key in seen or not _is_latin(alt) or alt.islower():
            continue
        seen.add(key)
        out.append(alt)
        if len(out) >= limit:
            break
    return tuple(out)


def parse_line(line: str) -> GeoName | None:
    """One dump line as a :class:`GeoName`; ``None`` for a malformed line."""
    f = line.rstrip("\r\n").split("\t")
    if len(f) < N_FIELDS - 4 or not f[0].strip().isdigit():
        return None
    try:
        lat, lon = float(f[4]), float(f[5])
        population = int(f[14] or 0)
    except ValueError:
        return None
    alts = tuple(a for a in f[3].split(",") if a)
    return GeoName(
        f[0].strip(),
        f[1].strip(),
        f[2].strip(),
        alts,
        lat,
        lon,
        f[6],
        f[7],
        f[8].upper(),
        population,
    )


def _open(path: Path) -> IO[str]:
    if path.suffix.lower() != ".zip":
        return path.open(encoding="utf-8", newline="")
    zf = zipfile.ZipFile(path)
    members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
    if len(members) != 1:
        raise InputError(str(path), f"expected one data .txt file in the zip, found {members}")
    return io.TextIOWrapper(zf.open(members[0]), encoding="utf-8", newline="")


def read_geonames(
    path: str | os.PathLike[str],
    countries: Collection[str] = (),
    min_population: int = 0,
    feature_classes: Collection[str] = DEFAULT_CLASSES,
) -> Iterator[GeoName]:
    """The places of a GeoNames dump that pass the filters, in file order.

    Parameters
    ----------
    path
        ``allCountries.txt``, a per-country ``XX.txt``, or its ``.zip``.
    countries
        ISO codes to keep (all when empty).
    min_population
        Keep places with at least this many people.
    feature_classes
        GeoNames feature classes to keep (``P`` populated places, ``A`` areas).

    Raises
    ------
    InputError
        When the file cannot be read or holds no GeoNames lines at all.
    """
    wanted = {c.strip().upper() for c in countries if c.strip()}
    classes = {c.strip().upper() for c in feature_classes}
    p = Path(path)
    parsed = 0
    try:
        with _open(p) as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                g = parse_line(line)
                if g is None:
                    raise InputError(
                        str(path), f"line {number} is not a GeoNames record (expected "
                        f"{N_FIELDS} tab-separated fields starting with a numeric geonameid)"
                    )  # fmt: skip
                parsed += 1
                if wanted and g.country not in wanted:
                    continue
                if g.feature_class in classes and g.population >= min_population:
                    yield g
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read ({exc})") from None
    if parsed == 0:
        raise InputError(str(path), "holds no GeoNames records")


def import_rows(
    found: Iterator[GeoName] | Collection[GeoName],
    existing_ids: set[str],
    existing_geonames: set[str],
    known: Mapping[str, list[Known]] | None = None,
) -> tuple[list[dict[str, str]], int, list[SamePlace]]:
    """Gazetteer rows for places not yet present.

    A record is present when its ``geonames_id`` is on a row, or when a row of
    ``known`` (:func:`known_rows`) shares one of its names within
    :data:`SAME_PLACE_KM` (a curated row without an id: it is not added twice).

    Returns the new rows, how many records were skipped as present, and the
    records matched by name to rows that have no ``geonames_id`` yet.
    ``existing_ids`` is updated with the ids given to the new rows.
    """
    from geomap.gazetteer.edit import unique_id

    rows: list[dict[str, str]] = []
    skipped = 0
    unlinked: list[SamePlace] = []
    seen = set(existing_geonames)
    for g in found:
        if g.geonameid in seen:
            skipped += 1
            continue
        seen.add(g.geonameid)
        same = same_place(g, known) if known else None
        if same is not None:
            skipped += 1
            if not same.row.geonames_id:
                unlinked.append(same)
            continue
        rows.append(
            {
                "id": unique_id(g.name, existing_ids),
                "name": g.name,
                "aliases": "|".join(aliases_of(g)),
                "kind": kind_of(g),
                "lat": repr(g.lat),
                "lon": repr(g.lon),
                "country": g.country,
                "geonames_id": g.geonameid,
                "notes": f"GeoNames {g.geonameid} ({g.feature_class}.{g.feature_code})",
            }
        )
    return rows, skipped, unlinked
