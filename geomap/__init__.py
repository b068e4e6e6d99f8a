"""geomap: turn a folder of news articles into a map of the places they report."""

from __future__ import annotations

from geomap.build import BuildResult, build
from geomap.errors import GazetteerError, GeomapError, InputError, UsageError
from geomap.gazetteer import Gazetteer

__version__ = "0.1.0"

__all__ = [
    "BuildResult",
    "Gazetteer",
    "GazetteerError",
    "GeomapError",
    "InputError",
    "UsageError",
    "__version__",
    "build",
]
