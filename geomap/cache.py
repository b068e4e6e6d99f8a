"""geomap's cache folder, and objects kept there as pickles between runs."""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """Where geomap keeps its caches: ``$GEOMAP_CACHE`` or the XDG cache folder."""
    env = os.environ.get("GEOMAP_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "geomap"


def load_cached(name: str, kind: type[T]) -> T | None:
    """The object pickled as ``name`` in :func:`cache_dir`, or None (missing, unreadable, foreign)."""
    try:
        with (cache_dir() / name).open("rb") as fh:
            obj = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ImportError, ValueError):
        return None
    return obj if isinstance(obj, kind) else None


def save_cached(name: str, obj: object, prune: str = "", keep: int = 8) -> None:
    """Pickle ``obj`` as ``name`` in :func:`cache_dir`; keep only the ``keep`` newest
    files matching ``prune``. A folder that cannot be written is not an error."""
    from geomap.fsutil import atomic_write_bytes

    folder = cache_dir()
    with contextlib.suppress(OSError):
        atomic_write_bytes(folder / name, pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
    if prune:
        with contextlib.suppress(OSError):
            files = sorted(folder.glob(prune), key=lambda p: p.stat().st_mtime)
            for old in files[:-keep]:
                old.unlink(missing_ok=True)


def cached(name: str, kind: type[T], build: Callable[[], T], prune: str = "") -> T:
    """The object pickled as ``name`` in :func:`cache_dir`, or ``build()`` saved there.

    ``name`` must change whenever what ``build`` makes would (versions, content
    digests). A missing, unreadable or foreign file is rebuilt; a cache folder that
    cannot be written only costs the next run the build again.
    """
    known = load_cached(name, kind)
    if known is not None:
        return known
    obj = build()
    save_cached(name, obj, prune)
    return obj
