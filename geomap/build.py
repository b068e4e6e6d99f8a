"""The library entry point: :func:`build` a map from articles."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from geomap.errors import UsageError
from geomap.export import mention_rows, mentions_csv, mentions_geojson, unresolved_csv, unresolved_rows
from geomap.fsutil import atomic_write_many
from geomap.gazetteer import Gazetteer
from geomap.ingest import Skipped, Source, find_sources
from geomap.match import Matcher
from geomap.models import Article, Resolved, Unresolved
from geomap.parallel import can_fork, run_parallel
from geomap.pipeline import Context, Outcome, process_batch
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
    jobs: int | Literal["auto"] = 1,
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
        Processes that read and resolve articles (this one and ``jobs - 1``
        workers); the output is identical for any value. ``"auto"``: one per CPU
        for large builds (:func:`auto_jobs`), this process alone for small ones.

    Examples
    --------
    >>> import geomap
    >>> result = geomap.build(["examples/articles"], out="output")   # doctest: +SKIP
    >>> result.places                                                 # doctest: +SKIP
    18
    """
    if jobs != "auto" and jobs < 1:
        raise UsageError(f"--jobs must be 1 or more, or auto, not {jobs}")
    if out is not None:
        check_out(Path(out))
    # The loaded indexes and the results are many small acyclic objects: the cycle
    # collector would only rescan them over and over (a third of the time of a
    # large build, and a quarter of the loading time).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        gaz = Gazetteer.load(gazetteer)
        exclude = [Path(out)] if out is not None else []
        sources = find_sources(list(paths) if paths else default_paths(), manifest, exclude=exclude)
        workers = auto_jobs(len(sources)) if jobs == "auto" else jobs
        if workers > 1 and not can_fork():
            workers = 1  # workers are forked; the output is the same from one process
        result = BuildResult(warnings=list(gaz.warnings))
        _collect(result, sources, _loader(gaz, world, workers), workers, progress)
    finally:
        if gc_was_enabled:
            gc.enable()
    if out is not None:
        write_outputs(result, Path(out), map_options or MapOptions())
    return result


def _collect(
    result: BuildResult,
    sources: list[Source],
    load: Callable[[], Context],
    jobs: int,
    progress: Callable[[int, int], None] | None,
) -> None:
    for i, outcome in enumerate(_run(sources, load, jobs), 1):
        if outcome.skipped is not None:
            result.skipped.append(outcome.skipped)
        elif outcome.article is not None:
            result.articles.append(outcome.article)
            result.warnings.extend(f"{outcome.article.path}: {note}" for note in outcome.article.notes)
            result.resolved.extend(outcome.resolved)
            result.unresolved.extend(outcome.unresolved)
            result.excluded += outcome.excluded
        if progress is not None:
            progress(i, len(sources))


AUTO_MIN_ARTICLES = 200
"""Below this many articles ``jobs="auto"`` stays in one process (starting workers
costs more than it saves)."""


def auto_jobs(n_articles: int, cpus: int | None = None) -> int:
    """Processes for ``jobs="auto"``: one per usable CPU (at most 8, and at least 100
    articles each), or 1 for fewer than :data:`AUTO_MIN_ARTICLES` articles."""
    if cpus is None:
        try:
            cpus = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            cpus = os.cpu_count() or 1
    if n_articles < AUTO_MIN_ARTICLES:
        return 1
    return max(1, min(cpus, 8, n_articles // 100))


def check_out(out: Path) -> None:
    """Refuse an output folder that cannot be one, before any work is done."""
    for folder in (out, *out.parents):
        if folder.exists():
            if not folder.is_dir():
                where = "is a file" if folder == out else f"is under {folder}, which is a file"
                raise UsageError(f"--out {out}: {where}, not a folder")
            return


def make_context(gaz: Gazetteer, world: bool) -> Context:
    """Load the world index (if wanted) and the matcher for ``gaz``."""
    from geomap.gazetteer.world import load_index

    index = load_index() if world else None
    return Context(gaz, index, Matcher.for_gazetteer(gaz, index))


def context_cached(gaz: Gazetteer, world: bool) -> bool:
    """True when the world index (if wanted) and the matcher for ``gaz`` are in the cache."""
    from geomap.cache import cache_dir
    from geomap.gazetteer.world import cache_name

    matcher = Matcher.cache_name(gaz, world)
    if matcher is None:
        return False
    return all((cache_dir() / name).is_file() for name in (matcher, *([cache_name()] if world else [])))


def _loader(gaz: Gazetteer, world: bool, jobs: int) -> Callable[[], Context]:
    """What gives each process its :class:`Context`.

    With workers and a warm cache every process loads the indexes itself, at the
    same time (the workers start first): the loads are most of the setup. Otherwise
    this process loads them (building the caches once) and the workers inherit them.
    """
    if jobs > 1 and context_cached(gaz, world):
        return lambda: make_context(gaz, world)
    ctx = make_context(gaz, world)
    return lambda: ctx


BATCH = 32
"""Articles processed stage by stage together (see :func:`process_batch`)."""


def _run(sources: list[Source], load: Callable[[], Context], jobs: int) -> Iterator[Outcome]:
    size = BATCH if jobs == 1 else max(1, min(BATCH, len(sources) // (jobs * 8)))  # spread the work
    batches = [sources[i : i + size] for i in range(0, len(sources), size)]
    if jobs == 1 or len(batches) < 2:
        ctx = load()
        for batch in batches:
            yield from process_batch(batch, ctx)
        return
    yield from run_parallel(batches, load, jobs)


def write_outputs(result: BuildResult, out: Path, options: MapOptions) -> None:
    """Write the four output files into ``out``.

    Everything is rendered first, then written to temporary files, then renamed
    into place one after the other: a build killed at any moment leaves each file
    whole (old or new).
    """
    from geomap.render import render_map

    rows = mention_rows({a.path: a for a in result.articles}, result.resolved)
    html = render_map(result.articles, result.resolved, options)
    files = {
        "map.html": html,
        "mentions.csv": mentions_csv(rows),
        "mentions.geojson": mentions_geojson(rows),
        "unresolved.csv": unresolved_csv(unresolved_rows(result.unresolved)),
    }
    try:
        out.mkdir(parents=True, exist_ok=True)
        atomic_write_many({out / name: text.encode("utf-8") for name, text in files.items()})
    except OSError as exc:
        raise UsageError(f"--out {out}: cannot write ({exc.strerror or exc})") from None
    result.outputs = {name: out / name for name in OUTPUT_FILES}
