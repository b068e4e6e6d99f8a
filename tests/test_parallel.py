"""Worker processes: outcomes in order, places sent as references, failures reported."""

from __future__ import annotations

import multiprocessing
import os
import pickletools
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import geomap.parallel
from geomap.build import context_cached, make_context
from geomap.gazetteer import Gazetteer
from geomap.ingest import Source, find_sources
from geomap.match import Matcher
from geomap.models import Place
from geomap.parallel import WorkerError, decode, encode, run_parallel
from geomap.pipeline import Context, Outcome, process_batch
from tests.conftest import ROOT, write

TOWNS = ["Ganja", "Terter", "Barda", "Goris", "Stepanakert", "Yerevan", "Tbilisi", "Reno, Nevada"]


@pytest.fixture(scope="module")
def ctx() -> Context:
    return make_context(Gazetteer.load(ROOT / "gazetteer.csv"), world=True)


@pytest.fixture
def batches(tmp_path: Path) -> list[list[Source]]:
    for i in range(24):
        write(
            tmp_path / f"a{i:02d}.txt",
            f"Report {i}\n\nShelling hit {TOWNS[i % 8]} and {TOWNS[(i * 3) % 8]}.\n",
        )
    sources = find_sources([str(tmp_path)], None)
    return [sources[i : i + 3] for i in range(0, len(sources), 3)]


def _key(outcomes: list[Outcome]) -> list[tuple[object, ...]]:
    return [(o.article, o.resolved, o.unresolved, o.excluded) for o in outcomes]


def test_encode_sends_places_as_references(ctx: Context, batches: list[list[Source]]) -> None:
    outcomes = process_batch(batches[-1], ctx)  # holds Reno (a world place) and curated ones
    data = encode(outcomes, ctx)
    back = decode(data, geomap.parallel._PlaceRefs(ctx))
    assert _key(back) == _key(outcomes)
    places = [r.place for o in back for r in o.resolved]
    assert {p.source for p in places} == {"gazetteer", "world"}
    for p in places:
        if p.source == "gazetteer":
            assert p is ctx.gazetteer.by_id[p.id]  # the same object, not a copy
    # No place is written out whole: the class is never named in the pickle.
    strings = {arg for op, arg, _ in pickletools.genops(data) if isinstance(arg, str)}
    assert "Passage" in strings and "Place" not in strings


def test_parallel_outcomes_are_those_of_one_process_in_order(
    ctx: Context, batches: list[list[Source]]
) -> None:
    one = [o for b in batches for o in process_batch(b, ctx)]
    for jobs in (2, 3):
        assert _key(list(run_parallel(batches, lambda: ctx, jobs))) == _key(one)


def _raise_in_worker() -> None:
    raise ValueError("boom in a worker")


def _die_in_worker() -> None:
    os._exit(3)


@pytest.mark.parametrize(
    ("in_worker", "message"),
    [
        pytest.param(_raise_in_worker, "boom in a worker", id="raises"),
        pytest.param(_die_in_worker, "ended without finishing", id="dies"),
    ],
)
def test_a_worker_that_fails_or_dies_is_reported(
    ctx: Context,
    batches: list[list[Source]],
    monkeypatch: pytest.MonkeyPatch,
    in_worker: Callable[[], None],
    message: str,
) -> None:
    parent = os.getpid()

    def failing(sources: list[Source], context: Context) -> list[Outcome]:
        if os.getpid() != parent:
            in_worker()
        _wait_for_workers()
        return process_batch(sources, context)

    monkeypatch.setattr(geomap.parallel, "process_batch", failing)
    with pytest.raises(WorkerError, match=message):
        list(run_parallel(batches, lambda: ctx, 2))


def test_world_place_reference_round_trips(ctx: Context) -> None:
    assert ctx.world is not None
    row = ctx.world.names.index("Reno")
    place = ctx.world.place(row)
    refs = geomap.parallel._PlaceRefs(ctx)
    back = decode(encode([Outcome(None, None, ())], ctx), refs)
    assert back[0].article is None
    got = refs.get("w", place.geonames_id)
    assert got == place and isinstance(got, Place)
    assert refs.get("w", place.geonames_id) is got  # built once


def test_each_process_may_load_its_own_context(ctx: Context, batches: list[list[Source]]) -> None:
    """With a warm cache the workers load the indexes themselves (no copies inherited)."""
    gaz = ctx.gazetteer
    _cache_context(ctx)
    assert context_cached(gaz, True)
    one = [o for b in batches for o in process_batch(b, ctx)]
    got = list(run_parallel(batches, lambda: make_context(gaz, world=True), 2))
    assert _key(got) == _key(one)


def test_a_worker_that_cannot_load_is_reported(ctx: Context, batches: list[list[Source]]) -> None:
    parent = os.getpid()

    def load() -> Context:
        if os.getpid() != parent:
            raise OSError("cannot read the index")
        _wait_for_workers()
        return ctx

    with pytest.raises(WorkerError, match="cannot read the index"):
        list(run_parallel(batches, load, 2))


def test_context_cached_needs_a_gazetteer_file_and_the_cache(tmp_path: Path, ctx: Context) -> None:
    from geomap.cache import cache_dir

    in_memory = Gazetteer(list(ctx.gazetteer.places), "", [], "")
    assert not context_cached(in_memory, True)  # no file digest: never cached
    _cache_context(ctx)
    assert context_cached(ctx.gazetteer, True)
    name = Matcher.cache_name(ctx.gazetteer, True)
    assert name is not None
    (cache_dir() / name).unlink()
    assert not context_cached(ctx.gazetteer, True)


def _cache_context(ctx: Context) -> None:
    """Put the world index and the matcher in the cache folder (the index may have been
    loaded in this process before, so it was not read from this folder)."""
    from geomap.cache import save_cached
    from geomap.gazetteer.world import cache_name

    assert ctx.world is not None
    save_cached(cache_name(), ctx.world)
    name = Matcher.cache_name(ctx.gazetteer, True)
    assert name is not None
    save_cached(name, ctx.matcher)


def _wait_for_workers() -> None:
    """Let the worker fail (and end) before this process works, so it cannot do
    every batch first and leave the failure unseen."""
    deadline = time.monotonic() + 30
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.01)
