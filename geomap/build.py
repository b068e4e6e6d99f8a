"""The library entry point: :func:`build` a map from articles."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.errors import UsageError
from geomap.export import (
    mention_rows,
    unresolved_rows,
    write_mentions_csv,
    write_mentions_geojson,
    write_unresolved_csv,
)
from geomap.fsutil import atomic_write_text
from geomap.gazetteer import Gazetteer
from geomap.ingest import Skipped, Source, find_sources
from geomap.match import Matcher
from geomap.models import Article, Resolved, Unresolved
from geomap.pipeline import Context, Outcome, _init_worker, _work, process
from geomap.render import MapOptions

if TYPE_CHECKING:
    import geopandas

OUTPUT_FILES = ("map.html", "mentions.csv", "mentions.geojson", "unresolved.csv")


@dataclass
class BuildResult:
    """What a build read, found and wrote."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    resolved: list[Resolved] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    excluded: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def places(self) -> int:
        """Number of distinct places resolved."""
        return len({r.place.id for r in self.resolved})

    @property
    def undated(self) -> list[Article]:
        """Articles without a publication date."""
        return [a for a in self.articles if a.date is None]

    def to_geodataframe(self) -> geopandas.GeoDataFrame:
        """The mentions as a GeoDataFrame (EPSG:4326), one row per mention."""
        import geopandas
        import shapely

        rows = mention_rows({a.path: a for a in self.articles}, self.resolved)
        geoms = [shapely.Point(float(r["lon"]), float(r["lat"])) for r in rows]
        return geopandas.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def default_paths() -> list[str]:
    """The bundled example articles (``examples/articles`` in the project folder)."""
    here = Path("examples/articles")
    if here.is_dir():
        return [str(here)]
    raise UsageError("no PATH given and no examples/articles folder here (give article files or folders)")


def build(
    paths: Sequence[str | os.PathLike[str]] | None = None,
    *,
    gazetteer: str | os.PathLike[str] = "gazetteer.csv",
    out: str | os.PathLike[str] | None = "output",
    world: bool = True,
    manifest: str | None = None,
    jobs: int = 1,
    map_options: MapOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BuildResult:
    """Read articles, find and resolve their places, and write the outputs.

    Parameters
    ----------
    paths
        Article files or folders (read recursively); default: the bundled examples.
    gazetteer
        The curated gazetteer CSV. An invalid file raises ``GazetteerError`` and
        nothing is written.
    out
        Output folder (``map.html``, ``mentions.csv``, ``mentions.geojson``,
        ``unresolved.csv``, each written atomically); ``None`` writes nothing.
    world
        Use the offline world gazetteer behind the curated one.
    jobs
        Worker processes; the output is identical for any value.

    Examples
    --------
    >>> import geomap
    >>> result = geomap.build(["examples/articles"], out="output")   # doctest: +SKIP
    >>> result.places                                                 # doctest: +SKIP
    18
    """
    if jobs < 1:
        raise UsageError(f"--jobs must be 1 or more, not {jobs}")
    gaz = Gazetteer.load(gazetteer)
    sources = find_sources(list(paths) if paths else default_paths(), manifest)
    ctx = make_context(gaz, world)
    result = BuildResult(warnings=list(gaz.warnings))
    for i, outcome in enumerate(_run(sources, ctx, jobs), 1):
        if outcome.skipped is not None:
            result.skipped.append(outcome.skipped)
        elif outcome.article is not None:
            result.articles.append(outcome.article)
            result.resolved.extend(outcome.resolved)
            result.unresolved.extend(outcome.unresolved)
            result.excluded += outcome.excluded
        if progress is not None:
            progress(i, len(sources))
    if out is not None:
        write_outputs(result, Path(out), map_options or MapOptions())
    return result


def make_context(gaz: Gazetteer, world: bool) -> Context:
    """Load the world index (if wanted) and the matcher for ``gaz``."""
    from geomap.gazetteer.world import load_index

    index = load_index() if world else None
    return Context(gaz, index, Matcher.for_gazetteer(gaz, index))


def _run(sources: list[Source], ctx: Context, jobs: int) -> Iterator[Outcome]:
    if jobs == 1 or len(sources) < 2:
        for source in sources:
            yield process(source, ctx)
        return
    import multiprocessing

    mp = multiprocessing.get_context("fork")
    with mp.Pool(jobs, initializer=_init_worker, initargs=(ctx,)) as pool:
        yield from pool.imap(_work, sources, chunksize=max(1, min(64, len(sources) // (jobs * 8))))


def write_outputs(result: BuildResult, out: Path, options: MapOptions) -> None:
    """Write the four output files into ``out``, each atomically."""
    from geomap.render import render_map

    out.mkdir(parents=True, exist_ok=True)
    rows = mention_rows({a.path: a for a in result.articles}, result.resolved)
    html = render_map(result.articles, result.resolved, options)
    write_mentions_csv(out / "mentions.csv", rows)
    write_mentions_geojson(out / "mentions.geojson", rows)
    write_unresolved_csv(out / "unresolved.csv", unresolved_rows(result.unresolved))
    atomic_write_text(out / "map.html", html)
    result.outputs = {name: out / name for name in OUTPUT_FILES}
