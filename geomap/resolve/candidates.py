"""Candidate places of a name: the curated ones first, then the world's (cached per key)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.world import FREE, WorldIndex
from geomap.models import Mention, Place
from geomap.resolve.cues import CLUB_WORDS


@dataclass(frozen=True)
class Candidate:
    place: Place
    need: int = FREE


Pending = tuple[Mention, Sequence[Candidate], str, Sequence[Candidate]]
"""A mention kept for resolution: the candidates to choose from, their origin
("gazetteer" or "world") and every candidate of its name (for pair cues)."""


class Candidates:
    """The candidate places of each key, built once per key and kept (bounded)."""

    def __init__(self, gazetteer: Gazetteer, world: WorldIndex | None, size: int = 50_000) -> None:
        self.gazetteer, self.world, self.size = gazetteer, world, size
        self._cache: dict[str, tuple[tuple[Candidate, ...], int]] = {}
        self._world: dict[tuple[int, int], Candidate] = {}  # (row, need) -> candidate
        self.club_names = clubs_of(gazetteer.ignored)
        """The keys of the places that the curated gazetteer's clubs are named after."""

    def lookup(self, key: str) -> tuple[tuple[Candidate, ...], int]:
        """The candidates of ``key`` (the curated ones first) and how many are curated."""
        got = self._cache.get(key)
        if got is None:
            got = self._build(key)
            if len(self._cache) >= self.size:
                self._cache.clear()
                self._world.clear()
            self._cache[key] = got
        return got

    def _build(self, key: str) -> tuple[tuple[Candidate, ...], int]:
        """The candidates of ``key`` and how many of them are curated by this name.

        A world name of a place the curated gazetteer holds (by its GeoNames id) stands
        for the curated place, with the world name's need: "Frunze" for a curated
        Bishkek. It comes after the curated names, as a world candidate.
        """
        out = [Candidate(p) for p in self.gazetteer.by_key.get(key, ())]
        n_curated = len(out)
        world = self.world
        if world is not None:
            for entry in world.entries(key):
                cand = self._world.get(entry)
                if cand is None:  # a world place is built once, whichever of its names found it
                    row, need = entry
                    own = self.gazetteer.by_geonames_id.get(str(world.geonameid[row]))
                    cand = self._world[entry] = Candidate(own or world.place(row), need)
                if cand.place.source == "gazetteer" and any(c.place.id == cand.place.id for c in out):
                    continue
                out.append(cand)
        return tuple(out), n_curated


def clubs_of(ignored: Iterable[str]) -> frozenset[str]:
    """The keys of the places that clubs among the ``ignored`` names are named after:
    "qarabag" for "qarabag fk"."""
    out = set()
    for name in ignored:
        words = name.split()
        if not CLUB_WORDS.isdisjoint(words):
            out.add(" ".join(w for w in words if w not in CLUB_WORDS))
    return frozenset(out)
