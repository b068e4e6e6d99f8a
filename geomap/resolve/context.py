"""What an article is about, read from its unambiguous places: its countries, the
countries named in each paragraph, the places of each sentence, the lists it makes."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from geomap.gazetteer import name_key
from geomap.gazetteer.world import REGION_NAMESAKE_POP, WORLD_REGION
from geomap.models import Mention, Place
from geomap.resolve.candidates import Candidate, Pending


@dataclass
class ArticleContext:
    """The evidence an article gives about where its ambiguous names are."""

    countries: Counter[str]
    lat: float | None
    lon: float | None
    paragraphs: dict[int, list[tuple[int, str]]]
    """Countries named in each paragraph (by its start offset), with where, in order."""
    sentences: dict[int, list[tuple[float, float]]]
    """Points of the unambiguous places of each passage (by its start offset)."""
    places: set[str]
    """Ids of the places named unambiguously somewhere in the article."""
    by_id: dict[str, Place]
    """The curated places by id (for their ``parent`` chains)."""
    listed: dict[int, str]
    """For a mention in a list of places (by its start), the one country of the others:
    "the Donetsk, Luhansk and Kherson regions"."""
    states: dict[str, str] = field(default_factory=dict)
    """The US states and other regions the article names (by their towns' admin code,
    "US.IL", "CA.07"), with their names."""

    @classmethod
    def from_unambiguous(
        cls, pending: Sequence[Pending], text: str, by_id: dict[str, Place]
    ) -> ArticleContext:
        """The context of the mentions (with their candidates) of one article."""
        countries: Counter[str] = Counter()
        paragraphs: dict[int, list[tuple[int, str]]] = {}
        sentences: dict[int, list[tuple[float, float]]] = {}
        places: set[str] = set()
        states: dict[str, str] = {}
        pts = []

        def country_named(mention: Mention, country: str) -> None:
            paragraphs.setdefault(paragraph_start(text, mention.start), []).append((mention.start, country))

        for mention, cands, _origin, _everything in pending:
            if len(cands) != 1:
                named = [c.place for c in cands if c.place.kind == "country"]
                if len(named) == 1:  # a country named ("Lebanon"; its small namesakes do not count)
                    country_named(mention, named[0].country)
                    countries[named[0].country] += 1
                elif not named:  # a state named ("Oregon", not the towns named after it)
                    named = us_states(cands)
                    if len(named) == 1:
                        states[named[0].parent] = named[0].name
                continue
            p = cands[0].place
            if another_name_of_a_small_town(p, mention.key):
                continue  # "Banjska", another name of Bulgaria's Bansko: too doubtful to go by
            if p.kind == "country":
                country_named(mention, p.country)
            places.add(p.id)
            if (p.kind == "state" and p.country == "US") or (
                p.id.startswith(WORLD_REGION) and "." in p.parent
            ):  # a US state, or another country's region whose towns' GeoNames code is known
                states[p.parent] = p.name
            if p.country:
                countries[p.country] += 1
            if p.kind != "country" and not math.isnan(p.lat):
                pts.append((p.lat, p.lon))
                sentences.setdefault(mention.passage.start, []).append((p.lat, p.lon))
        mid = sorted(pts)[len(pts) // 2] if pts else (None, None)
        listed = listed_countries(pending, text, countries)
        return cls(countries, mid[0], mid[1], paragraphs, sentences, places, by_id, listed, states)

    @property
    def main_country(self) -> str:
        """The country the article names most, more than any other; else ''."""
        ranked = self.countries.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return ""
        return ranked[0][0]

    def in_named_region(self, place: Place) -> bool:
        """True when a curated region, province or district that holds ``place`` (by its
        ``parent`` chain) is named in the article ("Karabakh" for Khojavend's Martuni)."""
        parent, seen = place.parent, 0
        while parent and seen < 6:
            region = self.by_id.get(parent)
            if region is None or region.kind == "country":
                return False
            if parent in self.places:
                return True
            parent, seen = region.parent, seen + 1
        return False

    def nearby(self, mention: Mention, text: str) -> tuple[set[str], str]:
        """Countries named in the mention's paragraph, and the last one named before it."""
        named = self.paragraphs.get(paragraph_start(text, mention.start), [])
        before = [cc for pos, cc in named if pos < mention.start]
        return {cc for _, cc in named}, before[-1] if before else ""


def us_states(cands: Sequence[Candidate]) -> list[Place]:
    """The US states among ``cands`` ("Oregon": the state, among towns named after it)."""
    return [c.place for c in cands if c.place.kind == "state" and c.place.country == "US"]


@lru_cache(maxsize=65_536)
def own_key(name: str) -> str:
    """The key of a place's own name (cached: the same places come up again and again)."""
    return name_key(name)


def another_name_of_a_small_town(place: Place, key: str) -> bool:
    """True for a world town under :data:`REGION_NAMESAKE_POP` people that ``key`` names
    only as another of its names."""
    return (
        place.source == "world"
        and place.kind == "city"
        and place.population < REGION_NAMESAKE_POP
        and own_key(place.name) != key
    )


ARTICLE_COUNTRY_MENTIONS = 2
"""How often a country must be named (or hold a named place) for its towns to need no cue."""
LIST_GAPS = frozenset({", ", ", and ", ", or ", " and ", " or "})
"""What stands between two names of a list: "Moscow, Kazan and Sochi"."""


def lists(pending: Sequence[Pending], text: str) -> Iterator[list[Pending]]:
    """The lists of three names or more among ``pending``: "Moscow, Kazan and Sochi"."""
    run: list[Pending] = []
    for item in [*pending, None]:
        if item is not None and run and text[run[-1][0].end : item[0].start] in LIST_GAPS:
            run.append(item)
            continue
        if len(run) > 2:
            yield run
        run = [item] if item is not None else []


def listed_countries(pending: Sequence[Pending], text: str, countries: Mapping[str, int]) -> dict[int, str]:
    """For each mention in a list ("X, Y and Z"), the country of the other members when
    at least two of them have all their candidates in one country, the same one; or when
    one has, the country is one of the article's (named in ``countries`` at least
    :data:`ARTICLE_COUNTRY_MENTIONS` times), and each of the others has a candidate there
    ("Catamarca, La Rioja, San Juan and Mendoza" in an article on Argentina)."""
    out: dict[int, str] = {}
    for run in lists(pending, text):
        own = [{c.place.country for c in cands} for _, cands, _, _ in run]
        for k, (mention, _, _, _) in enumerate(run):
            rest = [o for j, o in enumerate(own) if j != k]
            others = [next(iter(o)) for o in rest if len(o) == 1]
            if len(set(others)) != 1 or not others[0]:
                continue
            if len(others) >= 2 or (
                len(rest) >= 2
                and countries.get(others[0], 0) >= ARTICLE_COUNTRY_MENTIONS
                and all(others[0] in o for o in rest)
            ):
                out[mention.start] = others[0]
    return out


def in_lists(pending: Sequence[Pending], text: str) -> set[int]:
    """The starts of the mentions in a list of three names or more: "Moscow, Kazan and Sochi"."""
    return {mention.start for run in lists(pending, text) for mention, _, _, _ in run}


def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1
