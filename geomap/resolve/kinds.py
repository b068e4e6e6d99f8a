"""What each kind of place weighs when geomap chooses among the places of a name.

One table, :data:`KINDS`, holds every property the resolver reads from a place's kind, so a
new kind (Ireland's counties came as "county") is added in one row.

Examples
--------
>>> KINDS["province"].rank > KINDS["city"].rank
True
>>> sorted(REGION_KINDS)
['country', 'county', 'district', 'parish', 'province', 'region', 'state']
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KindTraits:
    """How the resolver treats the places of one kind.

    Attributes
    ----------
    rank
        How much the kind weighs against the other places of a name: a country most,
        a village least.
    area
        An area that holds other places (a country, a region, a county), as against a
        settlement or a route.
    held
        A world place of this kind needs a cue, unless the article is about its country
        ("Avdiivka fell", "heads Dagestan").
    region_pop
        Scored with :data:`geomap.resolve.choose.REGION_POP` people when it has no
        population on record (the world's first-level regions and counties).
    """

    rank: int
    area: bool = False
    held: bool = False
    region_pop: bool = False


KINDS: dict[str, KindTraits] = {
    "country": KindTraits(6, area=True),
    "region": KindTraits(5, area=True, held=True),
    "province": KindTraits(4, area=True, held=True, region_pop=True),
    "state": KindTraits(4, area=True, region_pop=True),
    "parish": KindTraits(4, area=True, held=True, region_pop=True),
    "county": KindTraits(4, area=True, held=True, region_pop=True),
    "city": KindTraits(3, held=True),
    "corridor": KindTraits(3),
    "district": KindTraits(2, area=True, held=True),
    "town": KindTraits(2),
    "village": KindTraits(1),
}
"""The kinds the resolver tells apart; any other kind ranks 0 and has no trait."""

KIND_RANK = {kind: traits.rank for kind, traits in KINDS.items()}
REGION_KINDS = frozenset(kind for kind, traits in KINDS.items() if traits.area)
HELD_KINDS = frozenset(kind for kind, traits in KINDS.items() if traits.held)
REGION_POP_KINDS = frozenset(kind for kind, traits in KINDS.items() if traits.region_pop)
