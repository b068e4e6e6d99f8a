"""Running batches of articles in worker processes; outcomes come back in order.

Every process (this one included) claims the next batch from a shared counter,
so a process that is slowed down (this one also decodes the workers' results)
simply takes fewer batches. Workers send their outcomes as one pickle in which
each :class:`~geomap.models.Place` is a reference (``("g", id)`` for a curated
row, ``("w", geonameid)`` for a world row, read back by :func:`_place`): this
process already holds every place, and copies made a fifth of a batch's bytes.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
import queue
import traceback
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.sharedctypes import Synchronized
from typing import Any

from geomap.ingest import Source
from geomap.models import Place
from geomap.pipeline import Context, Outcome, process_batch

POLL_SECONDS = 0.5
"""How often the parent checks that its workers are alive while it waits."""


class WorkerError(RuntimeError):
    """A worker process failed; the message holds its traceback."""


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, ctx: Context) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.ctx = ctx

    # reducer_override, unlike persistent_id, is not asked about strings, numbers and
    # containers: a third of the cost of encoding a batch.
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is Place:
            if obj.source == "gazetteer":
                if self.ctx.gazetteer.by_id.get(obj.id) is obj:
                    return _place, ("g", obj.id)
            elif obj.source == "world" and self.ctx.world is not None and obj.geonames_id:
                return _place, ("w", obj.geonames_id)
        return NotImplemented


_DECODING: list[_PlaceRefs] = []
"""The places of the :func:`decode` under way (what :func:`_place` reads)."""


def _place(origin: str, ref: str) -> Place:
    return _DECODING[-1].get(origin, ref)


class _PlaceRefs:
    """Turns a place reference back into the place (world places built once each)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.rows: dict[int, int] | None = None
        self.world: dict[str, Place] = {}

    def get(self, origin: str, ref: str) -> Place:
        if origin == "g":
            return self.ctx.gazetteer.by_id[ref]
        got = self.world.get(ref)
        if got is None:
            world = self.ctx.world
            assert world is not None
            if self.rows is None:
                self.rows = {gid: row for row, gid in enumerate(world.geonameid)}
            got = self.world[ref] = world.place(self.rows[int(ref)])
        return got


def encode(outcomes: list[Outcome], ctx: Context) -> bytes:
    """``outcomes`` as bytes, each place a reference into ``ctx`` (see :func:`decode`)."""
    buffer = io.BytesIO()
    _Pickler(buffer, ctx).dump(outcomes)
    return buffer.getvalue()


def decode(data: bytes, places: _PlaceRefs) -> list[Outcome]:
    """The outcomes :func:`encode` wrote, with the places of this process."""
    _DECODING.append(places)
    try:
        got: list[Outcome] = pickle.loads(data)
    finally:
        _DECODING.pop()
    return got


def can_fork() -> bool:
    """True where worker processes can be forked (not on Windows)."""
    return "fork" in multiprocessing.get_all_start_methods()


def _claim(counter: Synchronized[int], total: int) -> int | None:
    with counter.get_lock():
        i = counter.value
        if i >= total:
            return None
        counter.value = i + 1
    return i


def _die_with(parent: int) -> None:
    """End this worker when the process that started it ends, even by SIGKILL (where the
    system allows it: Linux), so that a killed build leaves no worker behind."""
    import ctypes
    import ctypes.util
    import signal

    name = ctypes.util.find_library("c")
    prctl = getattr(ctypes.CDLL(name), "prctl", None) if name else None
    if prctl is not None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent ended before the request took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _worker(
    batches: Sequence[Sequence[Source]],
    load: Callable[[], Context],
    counter: Synchronized[int],
    results: multiprocessing.Queue[tuple[int, bytes | str]],
    parent: int,
) -> None:
    """Claim and process batches; send each one's encoded outcomes, or a traceback (str)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with(parent)
    try:
        ctx = load()
        while (i := _claim(counter, len(batches))) is not None:
            results.put((i, encode(process_batch(batches[i], ctx), ctx)))
    except BaseException:  # reported to the parent, which raises it
        results.put((-1, traceback.format_exc()))


def run_parallel(
    batches: Sequence[Sequence[Source]], load: Callable[[], Context], jobs: int
) -> Iterator[Outcome]:
    """The outcomes of every batch, in order, computed by this process and ``jobs - 1`` workers.

    Each process gets its :class:`Context` from ``load`` (the workers first: a
    ``load`` that reads the indexes runs in every process at once).
    """
    mp = multiprocessing.get_context("fork")
    counter = mp.Value("i", 0)
    results: multiprocessing.Queue[tuple[int, bytes | str]] = mp.Queue()
    workers = [
        mp.Process(target=_worker, args=(batches, load, counter, results, os.getpid()), daemon=True)
        for _ in range(jobs - 1)
    ]
    for w in workers:
        w.start()
    ready: dict[int, list[Outcome] | bytes] = {}
    try:
        ctx = load()
        places = _PlaceRefs(ctx)
        for i in range(len(batches)):
            while i not in ready:
                _collect(results, ready, workers, block=False)
                if i in ready:
                    break
                mine = _claim(counter, len(batches))
                if mine is None:
                    _collect(results, ready, workers, block=True)
                else:
                    ready[mine] = process_batch(batches[mine], ctx)
            got = ready.pop(i)
            yield from decode(got, places) if isinstance(got, bytes) else got
    finally:
        for w in workers:
            if w.is_alive():
                w.terminate()
            w.join()
        results.close()
        results.join_thread()


def _collect(
    results: multiprocessing.Queue[tuple[int, bytes | str]],
    ready: dict[int, list[Outcome] | bytes],
    workers: Sequence[multiprocessing.process.BaseProcess],
    block: bool,
) -> None:
    """Move the workers' finished batches into ``ready`` (waiting for one if ``block``)."""
    while True:
        try:
            i, payload = results.get(timeout=POLL_SECONDS) if block else results.get_nowait()
        except queue.Empty:
            if not block:
                return
            if not any(w.is_alive() for w in workers):
                raise WorkerError("a worker process ended without finishing its batch") from None
            continue
        if isinstance(payload, str):
            raise WorkerError(f"a worker process failed:\n{payload}")
        ready[i] = payload
        block = False
