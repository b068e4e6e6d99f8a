"""The map's data: resolved mentions aggregated into one JSON document.

The page's scripts read this document (see :func:`build_map_data`) and draw
everything from it. It is compact so that 50,000 mentions stay a few MB:

``places``
    One object per place: ``name``, ``label`` (unique), ``kind`` (index into
    ``kinds``), ``lat``/``lon``, ``verified``, ``source``, ``id``, ``country``,
    ``geonames``, ``spellings``, ``shape`` (``point``/``line``/``area``), ``geom``
    (GeoJSON or null), ``bounds`` and ``mentions`` (total count).
``groups``
    The date layers in chronological order (``undated`` last), each with
    ``key``, ``label``, ``mentions`` and ``places`` counts.
``articles``
    ``path``, ``title``, ``url`` (only if a safe http(s) link, else ``""``),
    ``date`` and ``source``.
``passages``
    Passage texts, each stored once however many mentions it holds.
``mentions``
    ``[article, passage, start, end]``: indexes into ``articles`` and
    ``passages``, and the mention's offsets inside the passage text in UTF-16
    code units (what JavaScript strings count).
``features``
    ``[place, group, first, stop]``: one map feature per place per date layer,
    showing ``mentions[first:stop]`` (sorted by place, group, article, offset).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from geomap.models import Article, Place, Resolved
from geomap.render.dates import DateGroup, GroupBy, Period, choose_period, group_of, sort_key
from geomap.render.geometry import PRECISION, Geometry, place_geometry
from geomap.render.safety import safe_link

KIND_COLORS = {
    "country": "#9467bd", "region": "#138d9c", "province": "#d63fa6", "state": "#3b4cc0",
    "district": "#e6750b", "city": "#d62728", "town": "#1f77b4", "village": "#2ca02c",
    "corridor": "#000000", "road": "#7f7f3f", "checkpoint": "#f0c808", "landmark": "#8c564b",
    "river": "#4a90d9", "lake": "#6baed6", "airport": "#bcbd22", "mountain": "#a0522d",
    "pipeline": "#7b4173",
}  # fmt: skip
"""Fixed colours of the usual place kinds, the same on every map; grey is kept for
unverified places."""
OTHER_COLORS = ("#8f8a0c", "#e377c2", "#5254a3", "#637939", "#ad494a", "#393b79")
"""Colours for other kinds, in sorted order (cycled)."""

Bounds = tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class LayerSummary:
    """One date layer as listed on the map: its key, label and counts."""

    key: str
    label: str
    mentions: int
    places: int


@dataclass(frozen=True)
class MapData:
    """Everything the page draws, ready to be serialized.

    Attributes
    ----------
    period
        The period the date layers use (``"auto"`` resolved).
    layers
        The date layers in the order the map lists them.
    payload
        The JSON document described in this module's docstring.
    bounds
        ``((south, west), (north, east))`` of all places, or None without places.
    """

    period: Period
    layers: tuple[LayerSummary, ...]
    payload: dict[str, Any]
    bounds: Bounds | None


def build_map_data(articles: Sequence[Article], resolved: Sequence[Resolved], group_by: GroupBy) -> MapData:
    """Aggregate ``resolved`` mentions into the map's JSON document.

    Mentions of an article missing from ``articles`` are kept and shown with the
    article's path only. Duplicate mentions (same place, article and offsets)
    count once. The result does not depend on the order of the inputs.

    Examples
    --------
    >>> data = build_map_data([], [], "auto")
    >>> data.layers, data.payload["features"]
    ((), [])
    """
    known = {a.path: a for a in articles}
    paths = sorted({r.mention.article for r in resolved})
    arts = [known.get(p) or Article(p, "", None, "", "", "", "", "") for p in paths]
    arts.sort(key=lambda a: (a.date is None, a.date or "", a.path))
    art_index = {a.path: i for i, a in enumerate(arts)}
    period = choose_period([a.date for a in arts], group_by)
    art_group = {a.path: group_of(a.date, period) for a in arts}
    groups = sorted(set(art_group.values()), key=sort_key)
    group_index = {g: i for i, g in enumerate(groups)}

    places = _unique_places(resolved)
    place_index = {_place_key(p): i for i, p in enumerate(places)}

    rows: dict[tuple[int, int, int, int, int], Resolved] = {}
    for r in resolved:
        m = r.mention
        row = (
            place_index[_place_key(r.place)],
            group_index[art_group[m.article]],
            art_index[m.article],
            m.start,
            m.end,
        )
        rows.setdefault(row, r)
    ordered = sorted(rows.items(), key=lambda item: item[0])

    passages: dict[tuple[str, int, int], int] = {}
    passage_texts: list[str] = []
    mentions: list[list[int]] = []
    features: list[list[int]] = []
    for (p_i, g_i, a_i, _, _), r in ordered:
        psg = r.mention.passage
        pkey = (r.mention.article, psg.start, psg.end)
        if pkey not in passages:
            passages[pkey] = len(passage_texts)
            passage_texts.append(psg.text)
        start, end = _highlight(r)
        mentions.append([a_i, passages[pkey], start, end])
        if features and features[-1][:2] == [p_i, g_i]:
            features[-1][3] += 1
        else:
            n = len(mentions)
            features.append([p_i, g_i, n - 1, n])

    geoms = [place_geometry(p) for p in places]
    groups_json = _groups_json(groups, features)
    payload: dict[str, Any] = {
        "version": 1,
        "period": period,
        "groups": groups_json,
        "kinds": _kinds_json(places),
        "places": _places_json(places, geoms, resolved, features),
        "articles": [_article_json(a) for a in arts],
        "passages": passage_texts,
        "mentions": mentions,
        "features": features,
        "focus": _focus(resolved),
    }
    layers = tuple(LayerSummary(**g) for g in groups_json)
    return MapData(period, layers, payload, _union([g.bounds for g in geoms]))


def _focus(resolved: Sequence[Resolved], share: float = 0.05) -> list[list[float]] | None:
    """The view that opens the map: where most mentions are.

    Bounds of the mentioned points without the outer ``share`` of mentions on each
    side (so one mention of Washington does not shrink the Caucasus to a dot).
    """
    import math

    points = sorted((r.place.lat, r.place.lon) for r in resolved if not math.isnan(r.place.lat))
    if not points:
        return None
    k = int(len(points) * share)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    hi = len(points) - 1 - k
    return [[round(lats[k], 5), round(lons[k], 5)], [round(lats[hi], 5), round(lons[hi], 5)]]


def _place_key(place: Place) -> tuple[str, str]:
    return (place.source, place.id)


def _unique_places(resolved: Sequence[Resolved]) -> list[Place]:
    seen: dict[tuple[str, str], Place] = {}
    for r in resolved:
        seen.setdefault(_place_key(r.place), r.place)
    return sorted(seen.values(), key=lambda p: (p.name.casefold(), p.name, p.source, p.id))


def _highlight(r: Resolved) -> tuple[int, int]:
    """The mention's offsets inside its passage, in UTF-16 code units (0, 0 if unknown)."""
    m, text = r.mention, r.mention.passage.text
    start, end = m.start - m.passage.start, m.end - m.passage.start
    if not (0 <= start < end <= len(text)):
        start = text.find(m.surface) if m.surface else -1
        if start < 0:
            return (0, 0)
        end = start + len(m.surface)
    if text.isascii():
        return (start, end)
    return (_utf16_len(text[:start]), _utf16_len(text[:end]))


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _groups_json(groups: list[DateGroup], features: list[list[int]]) -> list[dict[str, Any]]:
    mentions: Counter[int] = Counter()
    places: Counter[int] = Counter()
    for _, g_i, first, stop in features:
        mentions[g_i] += stop - first
        places[g_i] += 1
    return [
        {"key": g.key, "label": g.label, "mentions": mentions[i], "places": places[i]}
        for i, g in enumerate(groups)
    ]


def _kinds(places: list[Place]) -> list[str]:
    return sorted({p.kind or "place" for p in places})


def _kinds_json(places: list[Place]) -> list[dict[str, str]]:
    others = [k for k in _kinds(places) if k not in KIND_COLORS]
    return [
        {"name": k, "color": KIND_COLORS.get(k) or OTHER_COLORS[others.index(k) % len(OTHER_COLORS)]}
        for k in _kinds(places)
    ]


def _places_json(
    places: list[Place],
    geoms: list[Geometry],
    resolved: Sequence[Resolved],
    features: list[list[int]],
) -> list[dict[str, Any]]:
    kind_index = {k: i for i, k in enumerate(_kinds(places))}
    index = {_place_key(p): i for i, p in enumerate(places)}
    spellings: list[set[str]] = [set() for _ in places]
    for r in resolved:
        spellings[index[_place_key(r.place)]].add(r.mention.surface)
    totals: Counter[int] = Counter()
    for p_i, _, first, stop in features:
        totals[p_i] += stop - first
    labels = _unique_labels(places)
    return [
        {
            "name": p.name,
            "label": labels[i],
            "kind": kind_index[p.kind or "place"],
            "lat": round(p.lat, PRECISION),
            "lon": round(p.lon, PRECISION),
            "verified": p.verified,
            "source": p.source,
            "id": p.id,
            "country": p.country,
            "geonames": p.geonames_id,
            "spellings": sorted(spellings[i]),
            "shape": g.shape,
            "geom": g.geojson,
            "bounds": [list(g.bounds[0]), list(g.bounds[1])],
            "mentions": totals[i],
        }
        for i, (p, g) in enumerate(zip(places, geoms, strict=True))
    ]


def _unique_labels(places: list[Place]) -> list[str]:
    """Names, disambiguated by kind/country and then id where names repeat."""
    labels = [p.name for p in places]
    for attempt in (lambda p: ", ".join(x for x in (p.kind, p.country) if x), lambda p: p.id):
        counts = Counter(labels)
        labels = [
            f"{label} ({attempt(p)})" if counts[label] > 1 and attempt(p) else label
            for label, p in zip(labels, places, strict=True)
        ]
    return labels


def _article_json(a: Article) -> dict[str, Any]:
    return {
        "path": a.path,
        "title": a.title,
        "url": safe_link(a.url.strip()),
        "date": a.date,
        "source": a.source,
    }


def _union(bounds: list[Bounds]) -> Bounds | None:
    if not bounds:
        return None
    south = min(b[0][0] for b in bounds)
    west = min(b[0][1] for b in bounds)
    north = max(b[1][0] for b in bounds)
    east = max(b[1][1] for b in bounds)
    return ((south, west), (north, east))
