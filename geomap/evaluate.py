"""Scoring a build against gold annotations (``geomap eval``).

Gold file: CSV with the header ``article,start,end,surface,lat,lon``.

- Mention-level rows give ``start``/``end``: character offsets into geomap's
  normalized text of the article; a found mention counts when its span overlaps
  the gold span.
- Article-level rows leave ``start``/``end`` empty: "this article names a place
  written ``surface``, at lat/lon". Scoring is per distinct surface (case,
  diacritics and apostrophes ignored) per article; a found name that is the gold
  name plus whole words ("Aghdam district" for "Aghdam") counts as that name.
  Quick to annotate.

An article with any mention-level row is scored by its mention-level rows only.
Recognition: precision, recall, F1. Resolution: of the correctly recognized
names, the share placed within 25 km and 161 km (100 miles) of the gold point (for a
place with a shape, of the nearer of its point and its shape).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.distance import distance_km
from geomap.errors import InputError
from geomap.gazetteer import name_key
from geomap.models import Place, Resolved

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry


@dataclass(frozen=True)
class GoldItem:
    article: str
    start: int | None
    end: int | None
    surface: str
    lat: float
    lon: float


@dataclass
class Scores:
    """Counts and rates of one evaluation."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    within25: int = 0
    within161: int = 0
    misses: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    misplaced: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc25(self) -> float:
        return self.within25 / self.tp if self.tp else 0.0

    @property
    def acc161(self) -> float:
        return self.within161 / self.tp if self.tp else 0.0


def read_gold(path: str | Path) -> list[GoldItem]:
    """Read a gold file; bad rows raise :class:`InputError` with the line."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(str(path), f"cannot read the gold file ({exc.strerror or exc})") from None
    reader = csv.DictReader(io.StringIO(text))
    need = {"article", "surface", "lat", "lon"}
    if not need <= set(reader.fieldnames or []):
        raise InputError(f"{path}:1", "gold file needs columns article,start,end,surface,lat,lon")
    items = []
    for row in reader:
        where = f"{path}:{reader.line_num}"
        try:
            start = int(row["start"]) if (row.get("start") or "").strip() else None
            end = int(row["end"]) if (row.get("end") or "").strip() else None
            items.append(
                GoldItem(
                    row["article"].strip(),
                    start,
                    end,
                    row["surface"].strip(),
                    float(row["lat"]),
                    float(row["lon"]),
                )
            )
        except (ValueError, TypeError):
            raise InputError(where, "start/end must be integers and lat/lon numbers") from None
    return items


def score(gold: Sequence[GoldItem], resolved: Sequence[Resolved], articles: Sequence[str]) -> Scores:
    """Score ``resolved`` mentions of ``articles`` against ``gold``."""
    s = Scores()
    by_article: dict[str, list[Resolved]] = {}
    for r in resolved:
        by_article.setdefault(r.mention.article, []).append(r)
    gold_by: dict[str, list[GoldItem]] = {}
    for g in gold:
        gold_by.setdefault(g.article, []).append(g)
    for article in sorted(set(articles) | set(gold_by)):
        g_items = gold_by.get(article, [])
        found = by_article.get(article, [])
        if any(g.start is not None for g in g_items):
            _score_mentions(s, article, [g for g in g_items if g.start is not None], found)
        else:
            _score_article(s, article, g_items, found)
    return s


def _place(s: Scores, label: str, g: GoldItem, r: Resolved) -> None:
    s.tp += 1
    km = _km_to_place(g, r.place)
    s.within25 += km <= 25
    s.within161 += km <= 161
    if km > 25:
        s.misplaced.append(f"{label}: {g.surface} -> {r.place.name} ({r.place.id}), {km:.0f} km off")


def _km_to_place(g: GoldItem, place: Place) -> float:
    """Distance from the gold point to the place: to its point, or to the nearest point of
    its shape (a corridor, a pipeline, a region), whichever is nearer."""
    km = distance_km((g.lat, g.lon), (place.lat, place.lon))
    if place.wkt and km > 0:
        import shapely
        from shapely.ops import nearest_points

        nearest = nearest_points(_shape(place.wkt), shapely.Point(g.lon, g.lat))[0]
        km = min(km, distance_km((g.lat, g.lon), (nearest.y, nearest.x)))
    return km


@cache
def _shape(wkt: str) -> BaseGeometry:
    """A place's shape, parsed once per evaluation run."""
    import shapely

    return shapely.from_wkt(wkt)


def _same_name(found: str, gold: str) -> bool:
    """Article-level names agree when equal or one is the other plus whole words."""
    if found == gold:
        return True
    short, long = sorted((found, gold), key=len)
    return long.startswith(short + " ") or long.endswith(" " + short)


def _closest(got: dict[str, Resolved], key: str) -> Resolved | None:
    """The found name that agrees with ``key`` over the most letters: for "west kazakhstan",
    "west kazakhstan region" rather than "kazakhstan" (first found on a tie)."""
    agree = [(min(len(k), len(key)), -i, r) for i, (k, r) in enumerate(got.items()) if _same_name(k, key)]
    return max(agree, key=lambda t: t[:2])[2] if agree else None


def _score_article(s: Scores, article: str, gold: list[GoldItem], found: list[Resolved]) -> None:
    want = {name_key(g.surface): g for g in gold}
    got: dict[str, Resolved] = {}
    for r in found:
        got.setdefault(name_key(r.mention.surface), r)
    for key, g in want.items():
        match = got.get(key) or _closest(got, key)
        if match is not None:
            _place(s, article, g, match)
        else:
            s.fn += 1
            s.misses[g.surface] += 1
    for key, r in got.items():
        if not any(_same_name(key, k) for k in want):
            s.fp += 1
            s.false_positives[r.mention.surface] += 1


def _score_mentions(s: Scores, article: str, gold: list[GoldItem], found: list[Resolved]) -> None:
    used: set[int] = set()
    for g in gold:
        match = next(
            (
                i
                for i, r in enumerate(found)
                if i not in used and r.mention.start < (g.end or 0) and (g.start or 0) < r.mention.end
            ),
            None,
        )
        if match is None:
            s.fn += 1
            s.misses[g.surface] += 1
        else:
            used.add(match)
            _place(s, f"{article}:{g.start}", g, found[match])
    for i, r in enumerate(found):
        if i not in used:
            s.fp += 1
            s.false_positives[r.mention.surface] += 1


def format_scores(s: Scores) -> str:
    """A short plain-text report."""
    lines = [
        f"recognition  precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}"
        f"  (tp {s.tp}, fp {s.fp}, fn {s.fn})",
        f"resolution   within 25 km {s.acc25:.3f}  within 161 km {s.acc161:.3f}  (of {s.tp} recognized)",
    ]
    if s.misses:
        lines.append(
            "misses: "
            + ", ".join(f"{k} ({v})" for k, v in sorted(s.misses.items(), key=lambda kv: (-kv[1], kv[0])))
        )
    if s.false_positives:
        lines.append(
            "false positives: "
            + ", ".join(
                f"{k} ({v})" for k, v in sorted(s.false_positives.items(), key=lambda kv: (-kv[1], kv[0]))
            )
        )
    lines.extend("misplaced: " + m for m in s.misplaced)
    return "\n".join(lines)
