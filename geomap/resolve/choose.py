"""Choosing among several candidate places: explicit cues ("Atlanta, Georgia", "X
province"), the other places of a list, the article's context, then prominence."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from geomap.distance import distance_km
from geomap.gazetteer.world import FREE, NEEDS_CONTEXT, NEEDS_QUALIFIER, WORLD_REGION
from geomap.models import Mention, Place, Resolved
from geomap.resolve.candidates import Candidate, Pending
from geomap.resolve.context import REGION_NAMESAKE_POP, ArticleContext, own_key, us_states
from geomap.resolve.cues import COMPASS, SETTLEMENT_WORDS, kind_cue
from geomap.resolve.kinds import KIND_RANK, REGION_KINDS, REGION_POP_KINDS

CUE, FIRM, WEAK = "cue", "firm", "weak"
"""What a choice rests on: an explicit cue in the text ("Paris, Texas", "X province"),
firm evidence (the only candidate, a country's name, a list, the places of its
sentence), or only the article's overall context or prominence."""

ONLY_CANDIDATE = {origin: f"only candidate ({origin})" for origin in ("gazetteer", "world")}
"""The most common reasons by origin, one string each (most mentions carry one of them)."""

Choice = tuple[Place, str, str]
"""A place chosen for a mention, the reason (the ``why`` column) and what it rests on."""

_KIND_GROUPS = {
    "district": {"district", "rayon"}, "rayon": {"district"}, "province": {"province", "marz", "region"},
    "region": {"region", "province"}, "state": {"state"}, "city": {"city", "town"},
    "town": {"town", "city", "village"}, "village": {"village", "town"}, "corridor": {"corridor", "road"},
    "country": {"country"}, "capital": {"city"}, "republic": {"region", "country"},
    "department": {"province", "region", "district"}, "parish": {"parish"}, "prefecture": {"province"},
}  # fmt: skip


def choose(
    mention: Mention,
    cands: Sequence[Candidate],
    origin: str,
    text: str,
    context: ArticleContext,
    earlier: Sequence[tuple[float, float]] = (),
) -> Choice:
    """The best of several candidates (no pair cue applied to the mention), the reason,
    and what it rests on (:data:`CUE`, :data:`FIRM` or :data:`WEAK`). ``earlier``: the
    points of the places resolved before it in its passage."""
    kind = kind_cue(text, mention.start, mention.end)
    if kind:
        wanted = _KIND_GROUPS.get(kind, {kind})
        fitting = [c for c in cands if c.place.kind in wanted]
        if (
            kind in _SETTLEMENTS
            and text.startswith(f" {kind}", mention.end)
            and all(c.need >= NEEDS_CONTEXT for c in fitting)
            and any(c.need == FREE and _a_first_level_region(c.place) for c in cands)
        ):
            # "killed in Michoacán town", "as Iowa town rebuilds": a town of the state, not
            # a hamlet of the name
            fitting = []
        if fitting and not any(context.countries[c.place.country] for c in fitting):
            # "Colón province" in an article on Panama: the Colón of Panama, not the
            # department of Honduras that alone fits the cue
            fitting = [] if any(context.countries[c.place.country] for c in cands) else fitting
        if len(fitting) == 1:
            return fitting[0].place, f"kind cue '{kind}' ({origin})", CUE
        if fitting:
            cands = fitting
    elif any(c.place.kind == "country" for c in cands):
        # "Egypt", "Lebanon": the country, not a town named after it (a qualifier,
        # "Lebanon, Pennsylvania", was read before); a state may still be meant (Georgia).
        big = [c for c in cands if c.place.kind in ("country", "state")]
        if len(big) == 1:
            return big[0].place, f"a country's name ({origin}; {len(cands)} candidates)", FIRM
        cands = big
    elif (us_state := _a_us_state(cands, context)) is not None:
        return us_state, f"a US state's name ({origin}; {len(cands)} candidates)", FIRM
    cands = _regions_over_namesakes(mention, cands)
    cands = _own_names_first(mention, cands, context)
    if len(cands) == 1:
        return cands[0].place, f"its own name, not another's other name ({origin})", FIRM
    listed = context.listed.get(mention.start)
    if listed:  # "the Donetsk, Luhansk, Zaporizhzhia and Kherson regions": all Ukraine's
        fitting = [c for c in cands if c.place.country == listed]
        if fitting and len(fitting) < len(cands):
            cands = fitting
            if len(fitting) == 1:
                return fitting[0].place, f"context: listed with places in {listed} ({origin})", FIRM
    inside = _in_named_states(cands, context)
    if len(inside) == 1:  # "Springfield" in an article that names Illinois
        state = context.states[inside[0].parent]
        return inside[0], f"context: in {state}, which the article names ({origin})", FIRM
    if inside:  # "Adair County" in an article that names Iowa and Oklahoma: one of theirs
        cands = [c for c in cands if c.place in inside]
    region = _a_region_of_its_country(cands, context)
    if region is not None:  # "Ontario" in an article on Canada that names Texas too
        return region, f"context: a region of {region.country}, the article's main country ({origin})", FIRM
    nearby, last = context.nearby(mention, text)
    near = [*context.sentences.get(mention.passage.start, ()), *earlier]
    scored = sorted(cands, key=lambda c: _score(c, mention, context, nearby, last, near), reverse=True)
    best = scored[0].place
    major = _a_major_city_over(best, cands, mention, context, near, text)
    if major is not None:
        reason = f"prominence: {major.name} (population {major.population:,}), not a small namesake"
        return major, f"{reason} ({origin}; {len(cands)} candidates)", WEAK
    reason = _reason(best, scored[1].place, context, nearby, last)
    return best, f"{reason} ({origin}; {len(cands)} candidates)", WEAK


def _a_first_level_region(place: Place) -> bool:
    """True for a world gazetteer's first-level region: a US state (from GeoNames) or
    another country's (from ISO 3166-2)."""
    return place.kind == "state" or place.id.startswith(WORLD_REGION)


_SETTLEMENTS = frozenset(SETTLEMENT_WORDS)

MAJOR_CITY, PROMINENCE_RATIO, METROPOLIS = 250_000, 22, 1_000_000
"""A city this big wins over a namesake this many times smaller that only the article's
countries favour: "my cousin in Toronto" in an article that names the US is Toronto,
Canada, not the Ohio village; "walked here from Herat" in an article about Iran is the
Afghan city. A city of a :data:`METROPOLIS` wins over the small namesakes of its own
country even near the other places of its sentence."""


def _a_major_city_over(
    best: Place,
    cands: Sequence[Candidate],
    mention: Mention,
    context: ArticleContext,
    near: Sequence[tuple[float, float]] = (),
    text: str = "",
) -> Place | None:
    """The major city among ``cands`` that should win over ``best``, or None: not when
    ``best`` is named unambiguously elsewhere in the article or lies near the other places
    of its sentence (``near``, their points), nor when the name is ``best``'s own, in a
    country the article names, and only another name of the city ("Bethlehem" in an article
    on the West Bank is not Brazil's Belém). It does win where a company is "based" (in
    ``text`` after the name), where a government sits ("the government in Havana") and, as
    a :data:`METROPOLIS`, over its own country's villages."""
    top = max(cands, key=lambda c: c.place.population)
    big = top.place
    if (
        big is best
        or not _dwarfs(top, best)
        or best.id in context.places
        or (context.countries[best.country] and own_key(best.name) == mention.key != own_key(big.name))
    ):
        return None
    if text.startswith("-based", mention.end):
        return big  # "the Omaha-based railroad": where a company sits, the city
    if _GOVERNMENT_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return big  # "the government in Havana": a capital, not Havana, Florida
    if not near or math.isnan(best.lat) or (big.population >= METROPOLIS and big.country == best.country):
        return big  # "Surabaya, Bandung and Medan": not a village of West Java

    def km(p: Place) -> float:
        return min(distance_km(q, (p.lat, p.lon)) for q in near)

    if big.population >= METROPOLIS and best.population < VILLAGE and km(best) > VILLAGE_NEAR_KM:
        return big  # "from Melbourne to London": not the Derbyshire village 180 km away
    # near the other places of its sentence, and much nearer than the city ("Minneapolis,
    # Toronto and Detroit" is not Toronto, Ohio, 280 km from Detroit against 330)
    return None if km(best) <= NEAR_KM and 2 * km(best) < km(big) else big


VILLAGE, VILLAGE_NEAR_KM = 10_000, 100.0
"""A village this small is a metropolis's namesake only this near the other places of its
sentence."""
_GOVERNMENT_BEFORE = re.compile(r"\b(?:government|regime|leadership|junta) in $")
"""A government "in" a city: the city is a capital, the major one of its name."""


_TOWNS_AND_COUNTIES = frozenset({"city", "county"})


def _in_named_states(cands: Sequence[Candidate], context: ArticleContext) -> list[Place]:
    """The towns or counties among ``cands`` (all towns or counties) in the states the
    article names: "Springfield" in an article that names Illinois, "Adams County" in one
    that names Iowa. Empty when one lies in another country the article names ("Odesa" in
    an article on Ukraine that names Texas too), or when a major city elsewhere dwarfs them
    ("the Atlanta-based CDC" in an article that names Texas: not Atlanta, Texas)."""
    if not context.states or any(
        c.place.kind not in _TOWNS_AND_COUNTIES
        or (_abroad_named(c, context) and c.place.parent not in context.states)
        for c in cands
    ):
        return []
    inside = [c for c in cands if c.place.parent in context.states]
    top = max(cands, key=lambda c: c.place.population)
    if any(c.need >= NEEDS_CONTEXT and _dwarfs(top, c.place) for c in inside):
        return []
    return [c.place for c in inside]


def _dwarfs(big: Candidate, small: Place) -> bool:
    """True when ``big`` is a major city, named by a name it needs no cue for, many times
    bigger than ``small`` (:data:`MAJOR_CITY`, :data:`PROMINENCE_RATIO`)."""
    population = big.place.population
    return (
        big.need == FREE
        and population >= MAJOR_CITY
        and population >= PROMINENCE_RATIO * max(small.population, 1)
    )


def _a_region_of_its_country(cands: Sequence[Candidate], context: ArticleContext) -> Place | None:
    """The one first-level region among ``cands`` in the country the article names most
    (more than any other), when the rest lie elsewhere: "Ontario" in an article on Canada
    that names Texas and Utah too is the province, not Ontario, California."""
    main = context.main_country
    if not main:
        return None
    fitting = [c for c in cands if c.place.country == main]
    if len(fitting) != 1 or fitting[0].need != FREE or not fitting[0].place.id.startswith(WORLD_REGION):
        return None
    return fitting[0].place


def _a_us_state(cands: Sequence[Candidate], context: ArticleContext) -> Place | None:
    """The US state among ``cands`` when the rest are towns named after it ("Oregon" is the
    state, not Oregon, Ohio; "Maryland" not Maryland City): not when one is a major city
    ("Washington", "New York") or lies in another country the article names (Montana in an
    article on Bulgaria)."""
    states = us_states(cands)
    if len(states) != 1 or any(c.place.population >= MAJOR_CITY or _abroad_named(c, context) for c in cands):
        return None
    return states[0]


def _abroad_named(c: Candidate, context: ArticleContext) -> bool:
    """True when ``c`` lies outside the US, in a country the article names."""
    return c.place.country != "US" and context.countries[c.place.country] > 0


def _regions_over_namesakes(mention: Mention, cands: Sequence[Candidate]) -> Sequence[Candidate]:
    """``cands`` without the towns of a first-level region's country that bear its name
    only as another name, or as their own but are small and need a cue: "Henan" is the
    province, not Hengyang (which GeoNames also calls so) nor a village called Henan. A
    settlement cue ("the town of Henan") was read before."""
    regions = [
        c
        for c in cands
        if c.need == FREE and _a_first_level_region(c.place) and own_key(c.place.name) == mention.key
    ]
    if not regions:
        return cands
    countries = {c.place.country for c in regions}
    return [
        c
        for c in cands
        if c.place.country not in countries
        or c in regions
        or (
            own_key(c.place.name) == mention.key
            and (c.need == FREE or c.place.population >= REGION_NAMESAKE_POP)
        )
    ]


def _own_names_first(
    mention: Mention, cands: Sequence[Candidate], context: ArticleContext
) -> Sequence[Candidate]:
    """``cands`` without the places that bear the name only as another name while a larger
    place of their country bears it as its own ("Bahawalpur", not Bahawalnagar, which
    GeoNames also calls so), or a major city of a country the article names ("Quebec" in
    an article that names Canada is not New Britain in Connecticut)."""
    own = [own_key(c.place.name) == mention.key for c in cands]
    largest: dict[str, int] = {}
    for c, is_own in zip(cands, own, strict=True):
        if is_own:
            largest[c.place.country] = max(largest.get(c.place.country, -1), c.place.population)
    if not largest:
        return cands
    # of the world's, a town abroad that bears the name only as another name gives way
    # to a major city many times bigger that bears it as its own, in a country the article
    # names ("Hagen" for Mount Hagen stays beside the German city, "Victoria" for Limbe
    # beside Hong Kong's, "Santiago" for Santiago de Cuba beside Chile's capital)
    world_own = [
        c.place.population
        for c, is_own in zip(cands, own, strict=True)
        if is_own and c.place.source == "world" and context.countries[c.place.country]
    ]
    biggest = max(world_own, default=-1)
    return [
        c
        for c, is_own in zip(cands, own, strict=True)
        if is_own
        or (
            c.place.population > largest.get(c.place.country, -1)
            and (
                c.place.source != "world"
                or biggest < OWN_NAME_CITY
                or c.place.population * OWN_NAME_RATIO >= biggest
            )
        )
    ]


OWN_NAME_CITY, OWN_NAME_RATIO = 500_000, 5
"""A city this big that bears a name as its own, in a country the article names, hides the
towns abroad this many times smaller that bear it only as another name ("Quebec" is not
New Britain, Connecticut)."""


def pair_cue(
    mention: Mention, cands: Sequence[Candidate], text: str, previous: Resolved | None
) -> Choice | None:
    """``Atlanta, Georgia``, ``Alexandria, in Virginia``: the name right after a
    resolved place names its state or country."""
    if previous is None:
        return None
    if not QUALIFIER_GAP.fullmatch(text, previous.mention.end, mention.start):
        return None
    prev = previous.place
    for c in cands:
        p = c.place
        if p.kind == "state" and prev.kind != "state" and prev.parent == p.parent:
            return p, f"cue '{text[previous.mention.start : mention.end]}'", CUE
        if p.kind == "country" and prev.country == p.country and prev.kind != "country":
            return p, f"cue '{text[previous.mention.start : mention.end]}'", CUE
    return None


def held_by_previous(
    mention: Mention, cands: Sequence[Candidate], text: str, previous: Resolved | None
) -> Sequence[Candidate]:
    """``Van's Saray district``: after a resolved place and a possessive, the candidates in
    that place's country, when some are and some are not (else all of them)."""
    if previous is None or text[previous.mention.end : mention.start] not in ("'s ", "’s "):
        return cands
    country = previous.place.country
    inside = [c for c in cands if c.place.country == country]
    return inside if country and inside else cands


def qualified_by_next(
    mention: Mention,
    cands: Sequence[Candidate],
    following: Pending,
    text: str,
) -> Choice | None:
    """``Paris, Texas``, ``Martuni, in Gegharkunik province``: the next name, a region
    that holds some of this name's places and not others, qualifies it."""
    nxt, _, _, nxt_all = following
    if not QUALIFIER_GAP.fullmatch(text, mention.end, nxt.start) or _describes_something(text, nxt.end):
        return None
    # "Iraq, Iran and Syria": a country's name is not qualified by another country's
    # ("Lebanon, Pa." is: the town)
    kinds = REGION_KINDS - {"country"} if any(c.place.kind == "country" for c in cands) else REGION_KINDS
    for region in (c.place for c in nxt_all if c.place.kind in kinds):
        inside = [
            c.place for c in cands if c.place.kind not in ("state", "country") and within(c.place, region)
        ]
        if inside and len(inside) < len(cands):
            # the curated places first; of the world's, with no admin codes to go by, the
            # nearest to the region's centre, else the most populous
            if region.id.startswith(WORLD_REGION) or region.kind == "county":
                at = (region.lat, region.lon)
                best = min(inside, key=lambda p: (p.source != "gazetteer", distance_km((p.lat, p.lon), at)))
            else:
                best = max(inside, key=lambda p: (p.source == "gazetteer", p.population))
            return best, f"cue '{text[mention.start : nxt.end]}'", CUE
    kind_after = REGION_WORD_AFTER.match(text, nxt.end)
    if kind_after:
        # "Laçin, a small district centre in Çorum province": the world index knows Çorum
        # as the province's capital only; the places in the same province are meant
        for city in (c.place for c in nxt_all if c.place.kind == "city" and "." in c.place.parent):
            inside = [c.place for c in cands if c.place.parent == city.parent and c.place.id != city.id]
            if inside and len(inside) < len(cands):
                best = max(inside, key=lambda p: p.population)
                return best, f"cue '{text[mention.start : kind_after.end()]}'", CUE
    return None


def _describes_something(text: str, end: int) -> bool:
    """True when a name ends in a compound that describes what follows: "Iran-backed"."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].islower()


def outside_its_region(mention: Mention, cands: Sequence[Candidate], following: Pending, text: str) -> bool:
    """True when the text says which region holds the place ("Hays, a farming town in the
    south of Hodeidah province") and none of the name's world places lies in its country:
    the name is none of them (not Hays, Kansas). Never for a curated name."""
    nxt, _, _, nxt_all = following
    if not (_DESCRIBED.match(text, mention.end) and QUALIFIER_GAP.fullmatch(text, mention.end, nxt.start)):
        return False
    if any(c.place.source == "gazetteer" for c in cands):
        return False
    regions = [c.place for c in nxt_all if c.place.kind in REGION_KINDS]
    if not regions and REGION_WORD_AFTER.match(text, nxt.end):  # "Hodeidah province", known as a city
        regions = [c.place for c in nxt_all]
    countries = {r.country for r in regions}
    return bool(countries) and "" not in countries and not any(c.place.country in countries for c in cands)


def outside_its_qualifier(
    mention: Mention, cands: Sequence[Candidate], following: Pending, text: str
) -> bool:
    """True when a region right after the name and a comma qualifies it ("Jasper, Alta.",
    "Jasper, Alberta", "Center Point, Texas") and none of the name's world towns lies in it
    (in its country, for a region without admin codes): the name is none of them (not
    Jasper, Indiana, nor Center Point, Alabama). Not in a list ("from Lyon, Italy and Spain"), but
    after a region's abbreviation; never for a curated name."""
    nxt, _, _, nxt_all = following
    if text[mention.end : nxt.start] != ", " or not nxt_all:
        return False
    if any(c.place.source == "gazetteer" or c.place.kind != "city" for c in cands):
        return False
    if any(c.place.kind not in REGION_KINDS for c in nxt_all):
        return False
    if not nxt.surface.endswith(".") and _LIST_GOES_ON.match(text, nxt.end):
        return False
    regions = [c.place for c in nxt_all]
    if any(not r.country for r in regions):
        return False

    def holds(region: Place, place: Place) -> bool:  # a world region as within() reads it, else by country
        return within(place, region) if region.source == "world" else place.country == region.country

    return not any(holds(region, c.place) for c in cands for region in regions)


_LIST_GOES_ON = re.compile(r",? (?:and |or )?[A-Z]")
"""Another name after a region: the region is one of a list, not a qualifier."""


_POINTS = rf"(?:{COMPASS}|central|centre|center)"
_DIRECTION = rf"(?:{_POINTS}(?:ern)? |{_POINTS} of (?:the )?)"
_A_PLACE = (
    r"(?:a|an|the) (?:[a-z]+ ){0,2}(?:town|city|village|port|settlement|centre|center) "
    r"(?:of (?:about |some |around |nearly )?[\d,.]+ (?:people |residents |inhabitants )?)?"
)
"""A kind of place, with its size: "a small town ", "a town of about 10,000 people "."""


QUALIFIER_GAP = re.compile(rf", ?(?:(?:{_A_PLACE})?in (?:the )?(?:{_DIRECTION})?)?")
"""What may stand between a name and the region that qualifies it: ", ", ", in ",
", in the ", ", in southern " ("Armavir, in southern Russia"), ", a small town in "
("Pokrovsk, a small town in Yakutia", "a town of about 10,000 people in"), ", a farming town
in the south of"."""
QUALIFIER_MAX = 45
"""The longest such gap, in characters."""
_DESCRIBED = re.compile(rf", {_A_PLACE}in ")
REGION_WORD_AFTER = re.compile(r" (?:province|governorate|region|state|district|oblast|parish)\b")
"""A region's kind written after its name: "Hodeidah province", "Kursk region"."""


COUNTY_KM = 60.0
"""A town this near a world county's main town, in its state, counts as in it ("Portland,
Multnomah County"): the world index holds no county's outline."""


NEAR_KM, FAR_KM, BIG_TOWN = 300.0, 500.0, 50_000
UNQUALIFIED_PENALTY = 1.0
"""What a town loses in scoring when its name needs a qualifier and has none, outside the
article's main country ("Panama City" after a cue in an article on Panama is not the
Florida town)."""
REGION_POP = 300
"""The population a state or province is scored with when it has none on record (the
world's first-level regions): with its kind's rank it outweighs a town of up to about
10,000 people ("Coahuila" alone is the Mexican state, not a village of 626), not a bigger
one."""


def among_its_sentence(
    mention: Mention,
    curated: Sequence[Candidate],
    world: Sequence[Candidate],
    context: ArticleContext,
    earlier: Sequence[tuple[float, float]] = (),
) -> Choice | None:
    """ "Krasnodar, Armavir and Sochi": a big world namesake among the other places of the
    sentence wins over curated places far from all of them (Armavir in Armenia). The
    places of the sentence are its unambiguous ones and those resolved before this one
    (``earlier``): "from Savannah on the coast to the college town of Athens"."""
    own = {(c.place.lat, c.place.lon) for c in curated}
    near = [
        q
        for q in (*context.sentences.get(mention.passage.start, ()), *earlier)
        if q not in own and not math.isnan(q[0])
    ]
    if not near:
        return None
    for c in curated:
        if math.isnan(c.place.lat) or min(distance_km(q, (c.place.lat, c.place.lon)) for q in near) <= FAR_KM:
            return None
    for c in world:
        p = c.place
        if c.need == FREE and (p.population >= BIG_TOWN or p.kind == "state"):
            km = min(distance_km(q, (p.lat, p.lon)) for q in near)
            if km <= NEAR_KM:
                return p, f"context: {km:.0f} km from the other places of its sentence (world)", FIRM
    return None


_GOVERNOR_AFTER = re.compile(r" (?:Gov\.|Governor) [A-Z]")
"""A governor's title after a name, before the governor's name: "New York Gov. Kathy Hochul",
"Georgia Governor Brian Kemp" name a state."""
_PART_OF_A_STATE_BEFORE = re.compile(rf"\b(?:{COMPASS}(?:ern)?|central|upstate|downstate) $")
"""A lower-case word for a part of a state before its name: "across eastern Washington",
"upstate New York" name the state, not the city."""


def a_world_place_by_its_kind(
    mention: Mention,
    curated: Sequence[Candidate],
    world: Sequence[Candidate],
    text: str,
    context: ArticleContext,
) -> Choice | None:
    """A world place of the kind a cue names, when no curated place of the name is of it:
    "the city of Holland" in an article on Michigan is a town, not the Netherlands; "New
    York state", "New York Gov. Kathy Hochul" and "eastern Washington" the state, not the
    city."""
    part = _PART_OF_A_STATE_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    if part and any(c.place.kind != "city" for c in curated):
        return None  # "southern Georgia" is still the country
    kind = (
        "state"
        if part or _GOVERNOR_AFTER.match(text, mention.end)
        else kind_cue(text, mention.start, mention.end)
    )
    if kind in _SETTLEMENTS:
        if text.startswith(f" {kind}", mention.end):
            return None  # "Holland town" is no cue for a town
        wanted, curated_kinds = frozenset({"city"}), _SETTLEMENTS
    elif kind == "state":
        wanted, curated_kinds = frozenset({"state"}), frozenset({"state", "province", "region"})
    else:
        return None
    if any(c.place.kind in curated_kinds for c in curated):
        return None
    fitting = [c for c in world if c.place.kind in wanted and c.need <= NEEDS_CONTEXT]
    if not fitting:
        return None
    place, why, _ = choose(mention, fitting, "world", text, context)
    return place, f"kind cue '{kind}', then {why}", CUE


def within(place: Place, region: Place) -> bool:
    """True when ``place`` lies in ``region``: by the curated ``parent`` id, else by the
    world's admin codes (a state) or the country code."""
    if region.source == "gazetteer" and region.kind != "country":
        return place.parent == region.id
    if region.id.startswith(WORLD_REGION):  # a world region: its country's places
        return place.country == region.country
    if region.kind == "state":
        return place.parent == region.parent
    if region.kind == "county":  # a world county: its state's places near its main town
        here, there = (place.lat, place.lon), (region.lat, region.lon)
        return place.parent == region.parent and distance_km(here, there) <= COUNTY_KM
    return region.kind == "country" and place.country == region.country


def _score(
    c: Candidate,
    mention: Mention,
    context: ArticleContext,
    nearby: set[str],
    last: str,
    near: Sequence[tuple[float, float]] = (),
) -> float:
    """How well ``c`` fits the article; ``near``: the points of the other places of its
    sentence."""
    p = c.place
    score = 0.0
    if p.country in nearby:  # "in Libya, where ... the government in Tripoli"
        score += 2.5
        if p.country == last:  # "in Lebanon, in Egypt ... settled in Alexandria"
            score += 1.0
    if p.id in context.places:  # "Martuni, which Azerbaijan now calls Khojavend"
        score += 2.0
    if p.source == "gazetteer" and context.in_named_region(p):  # an article about Karabakh
        score += 1.5
    if near and not math.isnan(p.lat):  # "in Martuni, a town east of Stepanakert"
        km = min(distance_km(q, (p.lat, p.lon)) for q in near)
        score += 2.5 * max(0.0, 1.0 - km / 300.0)
    if p.country and context.countries:
        score += 3.0 * context.countries[p.country] / max(1, sum(context.countries.values()))
    if context.lat is not None and context.lon is not None and not math.isnan(p.lat):
        km = distance_km((context.lat, context.lon), (p.lat, p.lon))
        score += 2.0 * max(0.0, 1.0 - km / 2000.0)
    score += KIND_RANK.get(p.kind, 0) * 0.3
    population = p.population or (REGION_POP if p.kind in REGION_POP_KINDS else 0)
    score += math.log10(population + 1) * 0.2
    if p.name.lower() == mention.surface.lower():
        score += 0.5
    if c.need >= NEEDS_QUALIFIER and p.country != context.main_country:
        score -= UNQUALIFIED_PENALTY  # a town whose name needs a qualifier, here without one
    return score


def _reason(best: Place, runner: Place, context: ArticleContext, nearby: set[str], last: str) -> str:
    if best.country in nearby and runner.country not in nearby:
        return f"context: {best.country} named in the same paragraph"
    if best.country == last and runner.country != last:
        return f"context: {best.country} named last before it"
    if context.countries and context.countries[best.country] > context.countries[runner.country]:
        return f"context: article is about {best.country}"
    if context.lat is not None and context.lon is not None:
        here = (context.lat, context.lon)
        d_best, d_run = (
            distance_km(here, (best.lat, best.lon)),
            distance_km(here, (runner.lat, runner.lon)),
        )
        if d_best + 50 < d_run:
            return f"context: {d_best:.0f} km from the article's other places"
    if best.population > runner.population:
        return f"prominence (population {best.population:,})"
    return f"prominence ({best.kind})"
