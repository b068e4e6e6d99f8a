#!/usr/bin/env python
"""Map scale benchmark: geomap's map against one folium Marker+Popup per mention.

Builds a seeded synthetic set (default 50,000 mentions of 5,000 places in
~5,000 articles over 365 dates, 2% undated; 2% of places are lines, 2% areas,
10% world-fallback), then measures in one run:

1. ``render_map`` self-contained with the offline base layer: build time, HTML
   size, and the time headless Chromium takes from navigation until every date
   layer is on the map (``html[data-geomap-ready]``); medians over ``--runs``;
2. the same with ``group_by="day"`` (365 layers), one run;
3. a plain folium map with one ``folium.Marker`` + ``folium.Popup`` per mention
   (scripts inlined so it loads offline), one run, its load capped at
   ``--baseline-timeout`` seconds.

Targets for (1): HTML < 15 MB, load < 3 s, build < 15 s.

Needs the pinned assets (``npm ci`` at the repository root, which also brings
jQuery for the folium baseline) and Chromium on PATH. Usage::

    python benchmarks/map_scale.py
    python benchmarks/map_scale.py --quick          # 5,000 mentions, 500 places
    python benchmarks/map_scale.py --no-baseline --runs 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import random
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from geomap.models import Article, Mention, Passage, Place, Resolved
from geomap.render import MapOptions, load_assets, render_map
from geomap.render.manifest import FILES
from geomap.render.safety import inline_script

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
READY = "html[data-geomap-ready=true]"
JQUERY = ("jquery/dist/jquery.min.js", "fc9a93dd241f6b045cbff0481cf4e1901becd0e12fb45166a8f17f95823f0b1a")
KINDS = ("city", "town", "village", "district", "region", "corridor", "river", "base", "border", "camp")
SYLLABLES = (
    "ka",
    "ra",
    "ba",
    "shu",
    "sha",
    "gan",
    "ja",
    "ter",
    "lach",
    "in",
    "go",
    "ris",
    "ag",
    "dam",
    "ze",
    "van",
    "khoj",
    "aly",
    "bar",
    "da",
    "fuz",
    "uli",
    "ham",
    "kar",
    "vach",
    "ar",
    "tash",
    "ber",
    "dzor",
    "mar",
    "tak",
    "hadr",
    "ut",
    "jab",
    "ray",
    "kub",
    "at",
    "ler",
    "qub",
)
WORDS = (
    "officials",
    "said",
    "the",
    "convoy",
    "reached",
    "residents",
    "shelling",
    "overnight",
    "talks",
    "resumed",
    "near",
    "aid",
    "workers",
    "reported",
    "roads",
    "closed",
    "refugees",
    "crossed",
    "villages",
    "quiet",
    "again",
    "after",
    "ceasefire",
    "monitors",
    "observed",
    "damage",
    "across",
    "the",
    "district",
    "on",
    "tuesday",
    "morning",
)


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    name: str
    build_s: float
    html_mb: float
    load_s: float | None
    note: str = ""


def _name(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        if name not in taken:
            taken.add(name)
            return name


def _places(rng: random.Random, n: int) -> list[Place]:
    taken: set[str] = set()
    out = []
    for i in range(n):
        lat, lon = rng.uniform(38.0, 43.5), rng.uniform(43.0, 50.5)
        roll = rng.random()
        wkt = ""
        if roll < 0.02:
            pts = [(lon + k * rng.uniform(0.02, 0.1), lat + k * rng.uniform(-0.08, 0.08)) for k in range(5)]
            wkt = "LINESTRING (" + ", ".join(f"{x:.4f} {y:.4f}" for x, y in pts) + ")"
        elif roll < 0.04:
            d = rng.uniform(0.05, 0.3)
            ring = [(lon, lat), (lon + d, lat), (lon + d, lat + d), (lon, lat + d), (lon, lat)]
            wkt = "POLYGON ((" + ", ".join(f"{x:.4f} {y:.4f}" for x, y in ring) + "))"
        source = "world" if rng.random() < 0.1 else "gazetteer"
        kind = KINDS[i % len(KINDS)]
        out.append(Place(f"p{i}", _name(rng, taken), kind, lat, lon, wkt=wkt, source=source))
    return out


def synthetic(seed: int, mentions: int, places: int, dates: int) -> tuple[list[Article], list[Resolved]]:
    """A seeded set of articles and resolved mentions of the requested size."""
    rng = random.Random(seed)
    gaz = _places(rng, places)
    weights = list(itertools.accumulate(1 / (r + 1) ** 0.7 for r in range(places)))
    start = dt.date(2023, 1, 1)
    days = [(start + dt.timedelta(days=i)).isoformat() for i in range(dates)]
    articles: list[Article] = []
    resolved: list[Resolved] = []
    i = 0
    while len(resolved) < mentions:
        date: str | None = days[i % dates] if i < dates else rng.choice(days)
        if i >= dates and rng.random() < 0.02:
            date = None
        path = f"articles/{i:05d}.txt"
        parts: list[str] = []
        found: list[tuple[int, int, Place, int]] = []  # passage index, offset, place, length
        offset = 0
        for p_i in range(4):
            words = [rng.choice(WORDS) for _ in range(rng.randint(18, 30))]
            picks = rng.choices(gaz, cum_weights=weights, k=rng.randint(2, 3))
            for _ in picks:
                words.insert(rng.randrange(len(words) + 1), "\x00")
            text = " ".join(words).capitalize() + "."
            for place in picks:
                at = text.index("\x00")
                text = text[:at] + place.name + text[at + 1 :]
                found.append((p_i, at, place, len(place.name)))
            parts.append(text)
            offset += len(text) + 2
        body = "\n\n".join(parts)
        starts = list(itertools.accumulate([0] + [len(t) + 2 for t in parts[:-1]]))
        title = f"Report {i}: {found[0][2].name}"
        articles.append(
            Article(path, title, date, "manifest", f"https://example.org/{i}", "Wire", body, "txt")
        )
        for p_i, at, place, length in found:
            if len(resolved) >= mentions:
                break
            passage = Passage(starts[p_i], starts[p_i] + len(parts[p_i]), parts[p_i])
            s = starts[p_i] + at
            m = Mention(path, place.name, place.name.lower(), s, s + length, passage)
            resolved.append(Resolved(m, place, "synthetic"))
        i += 1
    return articles, resolved


def timed(fn: Callable[[], str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def folium_baseline(articles: list[Article], resolved: list[Resolved]) -> str:
    """One folium Marker with a Popup per mention, the naive way."""
    import folium

    titles = {a.path: a.title for a in articles}
    fmap = folium.Map(location=[40.5, 46.5], zoom_start=7)
    for r in resolved:
        html = f"<b>{titles[r.mention.article]}</b><br>{r.mention.passage.text}"
        folium.Marker(
            [r.place.lat, r.place.lon], popup=folium.Popup(html, max_width=300), tooltip=r.place.name
        ).add_to(fmap)
    return fmap.get_root().render()


def offline(page: str, assets_root: Path) -> str:
    """Inline the pinned Leaflet and jQuery into folium's page; drop other CDN tags."""
    assets = load_assets(assets_root)
    by_path = {f"{a.package}/{a.path}": a for a in FILES}
    leaflet_js = assets.text(by_path["leaflet/dist/leaflet.js"])
    leaflet_css = assets.text(by_path["leaflet/dist/leaflet.css"])
    jquery = (assets.root / JQUERY[0]).read_bytes()
    if hashlib.sha256(jquery).hexdigest() != JQUERY[1]:
        raise SystemExit(f"{JQUERY[0]}: unexpected sha256; run npm ci")
    page = re.sub(r'<script src="https?://[^"]+"></script>', "", page)
    page = re.sub(r'<link rel="stylesheet" href="https?://[^"]+"/>', "", page)
    head = (
        f"<style>{leaflet_css}</style><script>{inline_script(leaflet_js)}</script>"
        f"<script>{inline_script(jquery.decode())}</script>"
    )
    return page.replace("<head>", "<head>" + head, 1)


def load_times(chromium: str, files: list[tuple[Path, str, float]]) -> list[float | None]:
    """Seconds from navigation until ``until`` (a selector, or "load"), None on timeout."""
    from playwright.sync_api import Error, sync_playwright

    out: list[float | None] = []
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=chromium, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 800},
        )  # fmt: skip
        ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        for path, until, timeout in files:
            page = ctx.new_page()
            t0 = time.perf_counter()
            try:
                page.goto(path.as_uri(), wait_until="load", timeout=timeout * 1000)
                if until != "load":
                    left = max(1.0, timeout - (time.perf_counter() - t0))
                    page.wait_for_selector(until, state="attached", timeout=left * 1000)
                out.append(time.perf_counter() - t0)
            except Error:
                out.append(None)
            page.close()
        ctx.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mentions", type=int, default=50_000)
    parser.add_argument("--places", type=int, default=5_000)
    parser.add_argument("--dates", type=int, default=365)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="5,000 mentions, 500 places")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--baseline-timeout", type=float, default=60.0)
    parser.add_argument("--chromium", default=shutil.which("chromium"))
    args = parser.parse_args()
    if args.quick:
        args.mentions, args.places = 5_000, 500
    if not args.chromium:
        raise SystemExit("chromium not found on PATH; pass --chromium")
    assets_root = load_assets().root

    t0 = time.perf_counter()
    articles, resolved = synthetic(args.seed, args.mentions, args.places, args.dates)
    dated = {a.date for a in articles} - {None}
    print(
        f"synthetic set: {len(resolved):,} mentions, {len({r.place.id for r in resolved}):,} places, "
        f"{len(articles):,} articles, {len(dated)} dates ({time.perf_counter() - t0:.1f} s)"
    )
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="geomap-scale-") as tmp:
        out = Path(tmp)
        options = MapOptions(title="scale", tiles="none", self_contained=True)
        builds, html = [], ""
        for _ in range(args.runs):
            seconds, html = timed(lambda: render_map(articles, resolved, options))
            builds.append(seconds)
        ours = out / "geomap.html"
        ours.write_text(html, encoding="utf-8")
        loads = load_times(args.chromium, [(ours, READY, 60.0)] * args.runs)
        rows.append(_row("geomap (auto: by month)", builds, html, loads))

        day = MapOptions(title="scale", tiles="none", self_contained=True, group_by="day")
        seconds, html = timed(lambda: render_map(articles, resolved, day))
        daily = out / "geomap-day.html"
        daily.write_text(html, encoding="utf-8")
        rows.append(
            _row("geomap, group_by=day", [seconds], html, load_times(args.chromium, [(daily, READY, 60.0)]))
        )

        if not args.no_baseline:
            seconds, html = timed(lambda: folium_baseline(articles, resolved))
            naive = out / "folium.html"
            naive.write_text(offline(html, assets_root), encoding="utf-8")
            load = load_times(args.chromium, [(naive, "load", args.baseline_timeout)])
            note = "" if load[0] is not None else f"timeout > {args.baseline_timeout:.0f} s"
            rows.append(_row("folium Marker+Popup per mention", [seconds], html, load, note))
    _print(rows, args.runs)


def _row(name: str, builds: list[float], html: str, loads: list[float | None], note: str = "") -> Row:
    ok = [t for t in loads if t is not None]
    load = statistics.median(ok) if len(ok) == len(loads) else None
    return Row(name, statistics.median(builds), len(html.encode("utf-8")) / 1e6, load, note)


def _print(rows: list[Row], runs: int) -> None:
    print(f"\n(medians of {runs} runs for the first row; one run otherwise)")
    print(f"| {'map':<34} | {'build s':>8} | {'HTML MB':>8} | {'load s':>8} |")
    print(f"|{'-' * 36}|{'-' * 9}:|{'-' * 9}:|{'-' * 9}:|")
    for r in rows:
        load = f"{r.load_s:.2f}" if r.load_s is not None else (r.note or "timeout")
        print(f"| {r.name:<34} | {r.build_s:>8.2f} | {r.html_mb:>8.1f} | {load:>8} |")
    print("targets for geomap: HTML < 15 MB, load < 3 s, build < 15 s")


if __name__ == "__main__":
    main()
