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


def cached(name: str, kind: type[T], build: Callable[[], T]) -> T:
    """The object pickled as ``name`` in :func:`cache_dir`, or ``build()`` saved there.

    ``name`` must change whenever what ``build`` makes would (versions, content
    digests). A missing, unreadable or foreign file is rebuilt; a cache folder that
    cannot be written only costs the next run the build again.
    """
    from geomap.fsutil import atomic_write_bytes

    path = cache_dir() / name
    try:
        with path.open("rb") as fh:
            obj = pickle.load(fh)
        if isinstance(obj, kind):
            return obj
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ImportError):
        pass
    obj = build()
    with contextlib.suppress(OSError):
        atomic_write_bytes(path, pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
    return obj
