"""The mentions as CSV and GeoJSON, and the unresolved names as CSV.

Each function returns the file's text, byte-identical for the same input; the
build writes them (atomically).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from geomap.models import Article, Resolved, Unresolved

MENTION_COLUMNS = (
    "article", "title", "date", "date_source", "place_id", "place", "surface", "kind",
    "lat", "lon", "start", "end", "passage", "source", "why",
)  # fmt: skip


def mention_rows(articles: dict[str, Article], resolved: Sequence[Resolved]) -> list[dict[str, str]]:
    """One dict per mention, with the columns of ``mentions.csv``."""
    rows = []
    for r in resolved:
        a = articles[r.mention.article]
        rows.append(
            {
                "article": a.path,
                "title": a.title,
                "date": a.date or "",
                "date_source": a.date_source,
                "place_id": r.place.id,
                "place": r.place.name,
                "surface": r.mention.surface,
                "kind": r.place.kind,
                "lat": f"{r.place.lat:.6f}",
                "lon": f"{r.place.lon:.6f}",
                "start": str(r.mention.start),
                "end": str(r.mention.end),
                "passage": r.mention.passage.text,
                "source": "world" if r.place.source == "world" else "gazetteer",
                "why": r.why,
            }
        )
    return rows


def _csv(columns: Sequence[str], rows: Sequence[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def mentions_csv(rows: Sequence[dict[str, str]]) -> str:
    """``mentions.csv``: one row per resolved mention."""
    return _csv(MENTION_COLUMNS, rows)


def mentions_geojson(rows: Sequence[dict[str, str]]) -> str:
    """``mentions.geojson``: an RFC 7946 FeatureCollection, lon/lat order."""
    features = []
    for row in rows:
        props: dict[str, str | int] = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        props["start"], props["end"] = int(row["start"]), int(row["end"])
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(row["lon"]), float(row["lat"])],
                },
                "properties": props,
            }
        )
    doc = {"type": "FeatureCollection", "features": features}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


UNRESOLVED_COLUMNS = ("name", "count", "articles", "reason", "example_article", "example_passage")


def unresolved_rows(items: Sequence[Unresolved]) -> list[dict[str, str]]:
    """Group unresolved names: counts, articles and one example passage each."""
    groups: dict[str, list[Unresolved]] = {}
    for u in items:
        groups.setdefault(u.surface, []).append(u)
    rows = []
    for name, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        first = group[0]
        rows.append(
            {
                "name": name,
                "count": str(len(group)),
                "articles": str(len({u.article for u in group})),
                "reason": first.reason,
                "example_article": first.article,
                "example_passage": first.passage.text,
            }
        )
    return rows


def unresolved_csv(rows: Sequence[dict[str, str]]) -> str:
    """``unresolved.csv``: what the user may want to add to the gazetteer."""
    return _csv(UNRESOLVED_COLUMNS, rows)
