"""Finding gazetteer names in normalized text with one Aho-Corasick automaton.

The automaton holds the keys (:func:`geomap.gazetteer.name_key`) of every
curated name, ignore phrases included, and of the world gazetteer, each behind a
space on either side. It scans the text in the same form
(:func:`geomap.textfold.scan_fold`: folded, every non-letter a space, same length
as the text) between two spaces, so a name matches only from a word start to a
word end (a hyphen or apostrophe is a boundary: "Moscow-brokered", "Karabakh’s").
Of overlapping names the leftmost, then the longest wins: "Lachin Corridor" beats
"Lachin", "Nagorno-Karabakh" beats "Karabakh". A hit counts when its first letter
is a capital as written (so "turkey" and "china" are not places, while an
all-caps dateline is), or its second letter is, after a prefix: "eSwatini", "eThekwini".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick

from geomap.cache import cached
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.world import WorldIndex
from geomap.textfold import scan_fold

MATCHER_VERSION = 7
_LOWER_PREFIXES = frozenset("eiu")
"""Lower-case prefixes of names written with a capital second letter: "eSwatini",
"eThekwini" (Nguni locative prefixes)."""
SHORT_NAME = 4
"""Names this short must match with their diacritics as written (no folding)."""


class Hit(NamedTuple):
    """A name found in the text: offsets into the text and its folded key.

    A named tuple, not a dataclass: an article has hundreds, made in a hot loop.
    """

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

    def __init__(
        self,
        keys: Iterable[str],
        exact: dict[str, set[str]] | None = None,
        acronyms: Iterable[str] = (),
        titled: Iterable[str] = (),
    ) -> None:
        self.automaton = ahocorasick.Automaton()
        for key in keys:
            if key:
                self.automaton.add_word(f" {key} ", key)
        if len(self.automaton) == 0:
            self.automaton.add_word("\x00", "\x00")
        self.automaton.make_automaton()
        self.exact = exact or {}
        self.acronyms = frozenset(acronyms)
        """Keys written only in capitals ("US", "UK"): they match only so ("Us" is a word)."""
        self.titled = frozenset(titled)
        """Keys whose last word must be capitalized as written ("Shan State", not "the Kursk
        region")."""

    @classmethod
    def for_gazetteer(cls, gazetteer: Gazetteer, world: WorldIndex | None) -> Matcher:
        """The matcher for ``gazetteer`` (+ ``world``), cached on disk by content."""
        name = cls.cache_name(gazetteer, world is not None)
        if name is None:  # built in memory, not from a file: nothing to key a cache on
            return cls._build(gazetteer, world)
        build = lambda: cls._build(gazetteer, world)  # noqa: E731
        return cached(name, Matcher, build, prune="matcher-*.pickle")

    @staticmethod
    def cache_name(gazetteer: Gazetteer, world: bool) -> str | None:
        """The name of the matcher's file in the cache folder (None: not cached)."""
        from geomap.gazetteer.world import _version_tag

        if not gazetteer.digest:
            return None
        world_tag = _version_tag() if world else "none"
        return f"matcher-{gazetteer.digest[:20]}-{MATCHER_VERSION}-{world_tag}.pickle"

    @classmethod
    def _build(cls, gazetteer: Gazetteer, world: WorldIndex | None) -> Matcher:
        spellings: dict[str, set[str]] = {}
        as_written: dict[str, set[str]] = {}
        keys = set()
        for key, spelling in gazetteer.names():
            keys.add(key)
            if len(key) <= SHORT_NAME:
                spellings.setdefault(key, set()).add(_written(spelling))
                as_written.setdefault(key, set()).add(spelling)
        # A short key that folding made from a name with diacritics ("Ağrı" -> "agri")
        # matches only as one of the spellings the gazetteer gives for it.
        exact = {k: v for k, v in spellings.items() if any(not w.isascii() for w in v)}
        acronyms = {k for k, v in as_written.items() if all(w.isupper() for w in v)}
        titled: frozenset[str] = frozenset()
        if world is not None:
            titled = world.titled - keys  # a curated name counts however it is written
            keys.update(world.keys)
            acronyms = {k for k in acronyms if not world.entries(k)}
        return cls(sorted(keys), exact, acronyms, titled)

    def find(self, text: str) -> list[Hit]:
        """The accepted hits in ``text``, left to right, non-overlapping."""
        scan = f" {scan_fold(text)} "
        found = []
        upper = str.isupper
        for end, key in self.automaton.iter(scan):
            # scan[i] is text[i - 1]; the match is " key " ending at scan[end]
            start = end - len(key) - 1
            if upper(text[start]) or (text[start] in _LOWER_PREFIXES and upper(text[start + 1])):
                found.append((start, start - end + 1, key))
        hits: list[Hit] = []
        last = 0
        for start, neg_len, key in sorted(found):  # leftmost, then longest
            if start < last:
                continue
            stop = start - neg_len
            if key in self.exact and _written(text[start:stop]) not in self.exact[key]:
                continue
            if key in self.acronyms and not text[start:stop].isupper():
                continue
            if key in self.titled and not text[text.rfind(" ", start, stop) + 1].isupper():
                continue
            hits.append(Hit(start, stop, key))
            last = stop
        return hits


def _written(name: str) -> str:
    """``name`` lowercased with every non-letter a space: diacritics kept (but ı = i)."""
    return "".join(ch if ch.isalnum() else " " for ch in name.lower().replace("ı", "i")).strip()
