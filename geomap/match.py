"""Finding gazetteer names in normalized text with one Aho-Corasick automaton.

The automaton holds the folded keys of every curated name (ignore phrases
included) and of the world gazetteer; it scans the folded text
(:func:`geomap.textfold.fold`, same length as the text) leftmost-longest, so
"Lachin Corridor" beats "Lachin" and "Nagorno-Karabakh" beats "Karabakh". A hit
counts when it sits on word boundaries (a hyphen or apostrophe is a boundary:
"Moscow-brokered", "Karabakh’s") and its first letter is a capital as written
(so "turkey" and "china" are not places, while an all-caps dateline is).
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from geomap.fsutil import atomic_write_bytes
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.world import WorldIndex, cache_dir
from geomap.textfold import fold

MATCHER_VERSION = 2
SHORT_NAME = 4
"""Names this short must match with their diacritics as written (no folding)."""


@dataclass(frozen=True)
class Hit:
    """A name found in the text: offsets into the text and its folded key."""

    start: int
    end: int
    key: str


class Matcher:
    """Scans text for every name of a gazetteer (and the world index).

    Examples
    --------
    >>> m = Matcher(["ganja", "lachin", "lachin corridor"])
    >>> [(h.key, h.start) for h in m.find("Shelling in Ganja and the Lachin Corridor.")]
    [('ganja', 12), ('lachin corridor', 26)]
    """

    def __init__(self, keys: Iterable[str], exact: dict[str, set[str]] | None = None) -> None:
        self.automaton = ahocorasick.Automaton()
        for key in keys:
            if key:
                self.automaton.add_word(key, key)
        if len(self.automaton) == 0:
            self.automaton.add_word("\x00", "\x00")
        self.automaton.make_automaton()
        self.exact = exact or {}

    @classmethod
    def for_gazetteer(cls, gazetteer: Gazetteer, world: WorldIndex | None) -> Matcher:
        """The matcher for ``gazetteer`` (+ ``world``), cached on disk by content."""
        exact: dict[str, set[str]] = {}
        keys = set()
        for key, spelling in gazetteer.names():
            keys.add(key)
            if len(key) <= SHORT_NAME and key != spelling.lower():
                exact.setdefault(key, set()).add(spelling.lower())
        tag = hashlib.sha256(
            ("\n".join(sorted(keys)) + f"|{world is not None}|{MATCHER_VERSION}").encode()
        ).hexdigest()[:20]
        path = cache_dir() / f"matcher-{tag}.pickle"
        try:
            with path.open("rb") as fh:
                cached = pickle.load(fh)
            if isinstance(cached, Matcher):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass
        if world is not None:
            keys.update(world.keys)
        matcher = cls(sorted(keys), exact)
        _prune_cache(path.parent)
        with contextlib.suppress(OSError):
            atomic_write_bytes(path, pickle.dumps(matcher, protocol=pickle.HIGHEST_PROTOCOL))
        return matcher

    def find(self, text: str, folded: str | None = None) -> Iterator[Hit]:
        """Yield the accepted hits in ``text``, left to right, non-overlapping."""
        folded = fold(text) if folded is None else folded
        pos, n = 0, len(folded)
        while pos < n:
            restart = None
            for end, key in self.automaton.iter_long(folded, pos):
                start = end - len(key) + 1
                if self._bounded(folded, start, end + 1):
                    hit = self._accept(text, start, end + 1, key)
                    if hit is not None:
                        yield hit
                    continue
                if start == 0 or not folded[start - 1].isalnum():
                    # "Gegharkunik provinces": a shorter name at the same start may stand.
                    yield from self._shorter(text, folded, start, end + 1)
                # "a Baku-based": a junk name across a word start hides what follows.
                restart = next((i for i in range(start + 1, end + 1) if _word_starts(folded, i)), None)
                if restart is not None:
                    break
            if restart is None:
                return
            pos = restart

    @staticmethod
    def _bounded(folded: str, start: int, end: int) -> bool:
        return (start == 0 or not folded[start - 1].isalnum()) and (
            end >= len(folded) or not folded[end].isalnum()
        )

    def _accept(self, text: str, start: int, end: int, key: str) -> Hit | None:
        if not text[start].isupper():
            return None
        written = text[start:end].lower()
        if key in self.exact and written not in self.exact[key] and written != key:
            return None
        return Hit(start, end, key)

    def _shorter(self, text: str, folded: str, start: int, end: int) -> Iterator[Hit]:
        """The longest name that starts at ``start``, ends before ``end`` and is bounded."""
        best: tuple[int, str] | None = None
        for e, key in self.automaton.iter(folded, start, end - 1):
            bounded = e - len(key) + 1 == start and self._bounded(folded, start, e + 1)
            if bounded and (best is None or e > best[0]):
                best = (e, key)
        if best is not None:
            hit = self._accept(text, start, best[0] + 1, best[1])
            if hit is not None:
                yield hit


def _word_starts(folded: str, i: int) -> bool:
    return folded[i].isalnum() and not folded[i - 1].isalnum()


def _prune_cache(folder: Path, keep: int = 8) -> None:
    try:
        files = sorted(folder.glob("matcher-*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in files[:-keep]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
