"""Coordinates for names: the offline world gazetteer first, an online geocoder on request.

``suggest`` turns the names of ``unresolved.csv`` into candidate gazetteer rows;
``geocode_names`` asks any geopy-compatible geocoder (Nominatim by default),
one request a second, and caches the answers in a JSON file.

Examples
--------
>>> from geomap.gazetteer.geocode import geocode_names, nominatim
>>> found = geocode_names(["Hadrut"], nominatim("myproject/1.0 (me@example.org)"))  # doctest: +SKIP
>>> found["Hadrut"].lat                                                             # doctest: +SKIP
39.52...
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from geomap.errors import GeomapError, InputError, UsageError
from geomap.fsutil import atomic_write_text
from geomap.gazetteer.csvio import COLUMNS
from geomap.gazetteer.geonames import settlement_kind

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.world import WorldIndex
    from geomap.models import Place

Status = Literal["world", "online", "not-found", "known"]
_WORLD_KINDS = {
    "country": "country", "state": "region", "region": "region", "province": "province",
    "district": "district",
}  # fmt: skip
ONLINE_KINDS = {"city", "town", "village", "hamlet", "suburb", "district", "region", "country"}


class Geocoder(Protocol):
    """What geomap needs of a geocoder: geopy's ``geocode(query, exactly_one=True)``."""

    def geocode(self, query: str, *, exactly_one: bool = ...) -> Any: ...


@dataclass(frozen=True)
class Found:
    """An online geocoding result."""

    lat: float
    lon: float
    address: str
    kind: str = ""


@dataclass
class Candidate:
    """A name and the gazetteer row proposed for it (empty coordinates when not found)."""

    name: str
    status: Status
    row: dict[str, str] = field(default_factory=dict)


def nominatim(user_agent: str | None = None, timeout: float = 10.0) -> Geocoder:
    """A geopy Nominatim geocoder; ``user_agent`` or ``$GEOMAP_USER_AGENT`` identifies you.

    Nominatim's usage policy asks for a user agent naming your application (and
    ideally a contact); without one, ``geomap/VERSION`` is sent.
    """
    from importlib.metadata import version

    from geopy.geocoders import Nominatim

    ua = user_agent or os.environ.get("GEOMAP_USER_AGENT") or f"geomap/{version('geomap')}"
    return Nominatim(user_agent=ua, timeout=timeout)


def default_cache_path(geocoder: object) -> Path:
    """``geocode-<provider>.json`` in :func:`geomap.cache.cache_dir`."""
    from geomap.cache import cache_dir

    return cache_dir() / f"geocode-{type(geocoder).__name__.lower()}.json"


def _load_cache(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _found(entry: Any) -> Found | None:
    if not isinstance(entry, dict):
        return None
    return Found(
        float(entry["lat"]),
        float(entry["lon"]),
        str(entry.get("address", "")),
        str(entry.get("kind", "")),
    )


def _kind(raw: Any) -> str:
    if not isinstance(raw, dict):
        return ""
    for key in ("addresstype", "type"):
        value = str(raw.get(key, ""))
        if value in ONLINE_KINDS:
            return "village" if value == "hamlet" else value
    return ""


def geocode_names(
    names: Iterable[str],
    geocoder: Geocoder,
    cache_path: Path | None = None,
    min_delay_seconds: float = 1.0,
    max_retries: int = 2,
    error_wait_seconds: float = 5.0,
) -> dict[str, Found | None]:
    """Geocode each name once (cached), at most one request per ``min_delay_seconds``.

    Parameters
    ----------
    names
        Place names to look up.
    geocoder
        Any object with geopy's ``geocode(query, exactly_one=True)`` returning a
        ``geopy.location.Location`` or ``None`` (e.g. :func:`nominatim`).
    cache_path
        The JSON cache (default :func:`default_cache_path`); answers, "not found"
        included, are kept there so a name is asked only once.
    min_delay_seconds, max_retries, error_wait_seconds
        Passed to ``geopy.extra.rate_limiter.RateLimiter``.

    Raises
    ------
    GeomapError
        A one-line message when the service fails (``geopy.exc.GeopyError``);
        answers received before the failure stay cached.
    """
    from geopy.exc import GeopyError
    from geopy.extra.rate_limiter import RateLimiter

    path = cache_path or default_cache_path(geocoder)
    cache = _load_cache(path)
    limited = RateLimiter(
        geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=max_retries,
        error_wait_seconds=max(error_wait_seconds, min_delay_seconds), swallow_exceptions=False,
    )  # fmt: skip
    out: dict[str, Found | None] = {}
    dirty = False
    try:
        for name in names:
            query = " ".join(name.split())
            if query not in cache:
                try:
                    loc = limited(query, exactly_one=True)
                except GeopyError as exc:
                    raise GeomapError(
                        f"geocoding {query!r} failed ({type(exc).__name__}: {exc}); check the "
                        "network connection and the user agent, or try again later"
                    ) from None
                cache[query] = None if loc is None else {
                    "lat": loc.latitude, "lon": loc.longitude, "address": loc.address,
                    "kind": _kind(getattr(loc, "raw", None)),
                }  # fmt: skip
                dirty = True
            out[name] = _found(cache[query])
    finally:
        if dirty:
            atomic_write_text(path, json.dumps(cache, ensure_ascii=False, indent=1, sort_keys=True))
    return out


def read_unresolved(path: str | os.PathLike[str]) -> list[str]:
    """The names of an ``unresolved.csv`` (column ``name``), in file order, once each."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(str(path), "no such file (run 'geomap build' first, or pass --unresolved)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read ({exc})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if "name" not in (reader.fieldnames or ()):
        raise InputError(
            str(path), f"no 'name' column (the header has: {', '.join(reader.fieldnames or [])})"
        )
    return list(dict.fromkeys(n.strip() for n in (r.get("name") or "" for r in reader) if n.strip()))


def _coord(x: float) -> str:
    return repr(round(x, 6))


def world_row(name: str, index: WorldIndex, taken: set[str]) -> dict[str, str] | None:
    """A row for ``name`` from the world gazetteer (the most populous match), or ``None``."""
    from geomap.gazetteer import name_key
    from geomap.gazetteer.edit import unique_id

    entries = index.entries(name_key(name))
    if not entries:
        return None
    row = max((r for r, _ in entries), key=lambda r: (index.population[r], -r))
    place = index.place(row)
    kind = _WORLD_KINDS.get(place.kind) or settlement_kind(place.population)
    others = f"; {len(entries) - 1} other place(s) share the name" if len(entries) > 1 else ""
    return {
        "id": unique_id(place.name, taken), "name": place.name,
        "aliases": name if name_key(name) != name_key(place.name) else "",
        "kind": kind, "lat": _coord(place.lat), "lon": _coord(place.lon), "country": place.country,
        "geonames_id": place.geonames_id,
        "notes": f"suggested from the world gazetteer ({_source_of(place)}){others}; check before use",
    }  # fmt: skip


def _source_of(place: Place) -> str:
    """Where a world place comes from: its GeoNames record, or its ISO 3166-2 code."""
    if place.geonames_id:
        return f"GeoNames {place.geonames_id}, population {place.population}"
    return f"ISO 3166-2 {place.id.partition(':')[2]}, a region's centre"


def online_row(name: str, found: Found, provider: str, taken: set[str]) -> dict[str, str]:
    """A row for ``name`` from an online geocoding result."""
    from geomap.gazetteer.edit import unique_id

    return {
        "id": unique_id(name, taken), "name": name, "kind": found.kind or "place",
        "lat": _coord(found.lat), "lon": _coord(found.lon),
        "notes": f"geocoded by {provider}: {found.address}; check before use",
    }  # fmt: skip


def suggest(
    names: Sequence[str],
    gazetteer: Gazetteer | None,
    index: WorldIndex,
    taken_ids: set[str],
    geocoder: Geocoder | None = None,
    cache_path: Path | None = None,
    min_delay_seconds: float = 1.0,
) -> list[Candidate]:
    """Candidate rows for ``names``: ``known`` to ``gazetteer``, from the world ``index``,
    ``online`` (only when a ``geocoder`` is given) or ``not-found``.

    ``taken_ids`` (the gazetteer's ids) is extended with the ids given out.
    """
    from geomap.gazetteer import name_key

    out: list[Candidate] = []
    missing: list[str] = []
    for name in dict.fromkeys(names):
        key = name_key(name)
        if gazetteer is not None and (gazetteer.lookup(name) or key in gazetteer.ignored):
            out.append(Candidate(name, "known"))
        elif (row := world_row(name, index, taken_ids)) is not None:
            out.append(Candidate(name, "world", row))
        else:
            out.append(Candidate(name, "not-found", {"name": name}))
            missing.append(name)
    if geocoder is None or not missing:
        return out
    found = geocode_names(missing, geocoder, cache_path, min_delay_seconds)
    provider = type(geocoder).__name__
    for cand in out:
        hit = found.get(cand.name) if cand.status == "not-found" else None
        if hit is not None:
            cand.status, cand.row = "online", online_row(cand.name, hit, provider, taken_ids)
    return out


def candidates_csv(candidates: Iterable[Candidate]) -> str:
    """The candidates as CSV for review: a ``status`` column, then the gazetteer columns."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(("status", *COLUMNS))
    for c in candidates:
        row = c.row or {"name": c.name}
        writer.writerow((c.status, *(row.get(col, "") for col in COLUMNS)))
    return buf.getvalue()


def require_user_agent(user_agent: str | None) -> str | None:
    """Refuse an empty ``--user-agent``; ``None`` means "use the default"."""
    if user_agent is not None and not user_agent.strip():
        raise UsageError(
            "--user-agent is empty (name your application, e.g. 'myproject/1.0 (me@example.org)')"
        )
    return user_agent
