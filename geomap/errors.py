"""The exception hierarchy: one root, each subclass also its builtin refinement."""

from __future__ import annotations


class GeomapError(Exception):
    """Root of every error geomap raises on purpose.

    The CLI turns these into one-line messages and exit code 2; anything else is an
    internal error (exit code 70) with a hint on how to report it.
    """

    exit_code = 2


class UsageError(GeomapError, ValueError):
    """Bad arguments: a missing path, an unknown option value."""


class InputError(GeomapError, ValueError):
    """An article or other input file that cannot be read."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class GazetteerError(GeomapError, ValueError):
    """One or more problems in a gazetteer file.

    ``problems`` holds every message (``FILE:LINE: what is wrong (hint)``); ``str()``
    of the error is the first one, followed by a count of the rest.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "invalid gazetteer"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problem(s))" if more > 0 else ""))


class ConcurrentEditError(GeomapError, RuntimeError):
    """The file changed on disk since it was read; the edit was not written."""


class AssetError(GeomapError, RuntimeError):
    """Map assets (Leaflet and plugins) are missing or fail their integrity check."""
