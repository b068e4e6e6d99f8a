"""Second looks at an article's choices, once every name has a place.

One name keeps one sense through an article, a county follows the town it is named
after, a curated name may follow a world namesake the article is plainly about, and a
small world town far from all the article's other places is set aside for
``unresolved.csv``: each pass reads the whole article's choices, which no single
mention's evidence can.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from geomap.distance import distance_km
from geomap.gazetteer.world import CONTEXT_FREE_POP, FREE, NEEDS_CONTEXT, WORLD_REGION
from geomap.models import Mention, Place, Resolved
from geomap.resolve.candidates import Candidate, Pending
from geomap.resolve.choose import CUE, ONLY_CANDIDATE, WEAK, within
from geomap.resolve.choose import FAR_KM as SENTENCE_FAR_KM
from geomap.resolve.context import LIST_GAPS, another_name_of_a_small_town, own_key

COUNTY_NEAR_KM = 100.0
"""A county named after a town lies this near the article's other towns, if that town is
its seat ("El Paso County", "San Diego County")."""
_COUNTY_AFTER = re.compile(r" County\b")


def counties_of_far_towns(resolved: list[Resolved], text: str) -> list[Mention]:
    """Take out of ``resolved`` (and return, as "X County") the small world towns (under
    100,000 people) named in "X County" that lie over :data:`COUNTY_NEAR_KM` from every
    other town the article names: neither gazetteer holds the US counties, and a town that
    bears the name elsewhere is not the county ("Shelby County" in an article on Memphis is
    no town in North Carolina). A county named after a city, or after a town near the
    article's other towns, keeps it ("El Paso County")."""
    counties = [
        r
        for r in resolved
        if r.place.source == "world"
        and r.place.kind == "city"
        and r.place.population < CONTEXT_FREE_POP  # a city's county holds it: "El Paso County"
        and _COUNTY_AFTER.match(text, r.mention.end)
    ]
    if not counties:
        return []
    named = {r.mention.start for r in counties}
    towns = {  # the other towns named, the county's own town too ("El Paso County ... El Paso")
        (r.place.lat, r.place.lon)
        for r in resolved
        if r.place.kind == "city" and r.mention.start not in named
    }
    far = set()
    for r in counties:
        here = (r.place.lat, r.place.lon)
        if towns and all(distance_km(here, point) > COUNTY_NEAR_KM for point in towns):
            far.add(r.mention.start)
    if not far:
        return []
    word = len(" County")
    out = [
        replace(r.mention, surface=text[r.mention.start : r.mention.end + word], end=r.mention.end + word)
        for r in resolved
        if r.mention.start in far
    ]
    resolved[:] = [r for r in resolved if r.mention.start not in far]
    return out


FAR_KM = 2000.0
"""A world town this far from every other place of its article is doubtful."""


def _far_from_the_others(place: Place, points: dict[str, tuple[float, float]]) -> bool:
    """True when ``place`` lies over :data:`FAR_KM` from every other of ``points`` (the
    article's places by id), at least two of them."""
    here = (place.lat, place.lon)
    others = [point for pid, point in points.items() if pid != place.id]
    return (
        len(others) >= 2
        and not any(_surely_near(here, point) for point in others)
        and all(distance_km(here, point) > FAR_KM for point in others)
    )


def _surely_near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """True when ``b`` is within 12 degrees of latitude and longitude of ``a``: under
    :data:`FAR_KM` whatever the latitude, without trigonometry."""
    return abs(a[0] - b[0]) <= 12 and abs(a[1] - b[1]) <= 12


FAR_TOWN_RATIO = 5
"""A far town that bears a name as its own gives way to a town of that name in a country
the article names only when it is at most this many times bigger."""


def not_a_far_namesake(resolved: list[Resolved], unfiltered: dict[int, Sequence[Candidate]]) -> None:
    """A world name that is only another name of a place over :data:`FAR_KM` from every
    other place of the article ("Poti", an old name of Teresina in Brazil) means the town
    of that name in a country the article names (Poti, Georgia), set aside for want of a
    cue. So does a town's own name, when the town is the article's only place in its
    country and at most :data:`FAR_TOWN_RATIO` times bigger."""
    if not unfiltered:
        return
    countries = Counter(r.place.country for r in resolved)
    mentions = Counter(r.place.id for r in resolved)
    points = {r.place.id: (r.place.lat, r.place.lon) for r in resolved}
    for i, r in enumerate(resolved):
        place = r.place
        everything = unfiltered.get(r.mention.start)
        if not everything or place.source != "world":
            continue
        own = [
            c.place
            for c in everything
            if c.place.country in countries.keys() - {place.country}
            and own_key(c.place.name) == r.mention.key
        ]
        if own_key(place.name) == r.mention.key:
            # its own name too: only a town alone in its country and not much bigger
            # ("Bragança" in an article on Portugal is not Brazil's, three times its size)
            if countries[place.country] > mentions[place.id]:
                continue
            own = [p for p in own if place.population <= FAR_TOWN_RATIO * max(p.population, 1)]
        if own and _far_from_the_others(place, points):
            best = max(own, key=lambda p: p.population)
            why = f"context: a town of {best.country}, which the article names (world)"
            resolved[i] = Resolved(r.mention, best, why)


def far_from_the_rest(resolved: list[Resolved]) -> list[Mention]:
    """Take out of ``resolved`` (and return) the mentions of small world towns that lie
    over :data:`FAR_KM` from every other place of the article, in a country it does not
    otherwise name: "the Joda crossing" in an article on South Sudan is no town in India,
    "Koya" in Iraqi Kurdistan no village in Japan. So too a name that is only another name
    of a city of any size or of a region there ("Roha", Lalibela's old name, in an article
    on Ethiopia is not Loja in Ecuador, nor "Southern Province" in one on New Caledonia
    Rwanda's Southern region), or of a town of under 15,000 people in such a country, however
    near ("Banjska" in Kosovo is not Bulgaria's Bansko). Another place the gazetteers do
    not know is likelier: the name goes to ``unresolved.csv``."""
    doubtful = [
        r
        for r in resolved
        if r.place.source == "world"
        and (
            (r.place.kind == "city" and r.place.population < CONTEXT_FREE_POP)
            or (
                (r.place.kind == "city" or r.place.id.startswith(WORLD_REGION))
                and own_key(r.place.name) != r.mention.key
            )
        )
    ]
    if not doubtful:
        return []
    points = {r.place.id: (r.place.lat, r.place.lon) for r in resolved}
    far = {
        r.mention.start
        for r in doubtful
        if not any(o.place.country == r.place.country and o.place.id != r.place.id for o in resolved)
        and (_far_from_the_others(r.place, points) or another_name_of_a_small_town(r.place, r.mention.key))
    }
    if not far:
        return []
    out = [r.mention for r in resolved if r.mention.start in far]
    resolved[:] = [r for r in resolved if r.mention.start not in far]
    return out


def one_sense_per_article(
    resolved: list[Resolved],
    bases: Sequence[str],
    pending: Sequence[Pending],
    text: str,
    unfiltered: dict[int, Sequence[Candidate]],
) -> None:
    """One name, one place per article.

    A name that a cue placed ("ODESSA, Texas") means the same place wherever else in
    the article it was chosen on weak grounds only (the article's overall context or
    prominence: "a Texas oil town called Odessa"). A name placed among several
    candidates ("barges load at Reni": Ukraine's, the article's country) means that
    place too where the towns that need a cue were set aside and another's other name
    was left ("facing Reni" alone had been Rennes). A name chosen as several places, one
    of which bears it as its own name, means that one wherever no cue said otherwise
    ("Pokrovsk" in an article on Ukraine's front is not Engels, once called so, where a
    paragraph also names Russia). ``bases`` says what each of the
    ``resolved`` choices rests on, ``pending`` what it was chosen from, ``unfiltered``
    every candidate of the world names that lost some (by start)."""
    cued: dict[str, dict[str, Resolved]] = {}
    chosen: dict[str, dict[str, Resolved]] = {}  # chosen among several candidates
    for r, basis, (_, options, _, _) in zip(resolved, bases, pending, strict=True):
        if basis == CUE:
            cued.setdefault(r.mention.key, {})[r.place.id] = r
        if len(options) > 1:
            chosen.setdefault(r.mention.key, {})[r.place.id] = r
    split = set()  # names chosen as several places, one of which bears the name as its own
    for key, senses in chosen.items():
        own = [r for r in senses.values() if own_key(r.place.name) == key]
        if len(senses) > 1 and len(own) == 1:
            chosen[key] = {own[0].place.id: own[0]}
            split.add(key)
    if not cued and not unfiltered and not split:
        return
    for i, r in enumerate(resolved):
        sense = cued.get(r.mention.key, {})
        candidates = pending[i][3]
        if _set_aside_for_want_of_a_cue(sense, r, bases[i], pending[i], unfiltered):
            candidates = unfiltered[r.mention.start]  # "Newport" beside "Newport, Tennessee"
        elif not sense or len(sense) != 1 or r.place.id in sense or bases[i] != WEAK:
            sense = chosen.get(r.mention.key, {})
            candidates = unfiltered.get(r.mention.start, ())
            if r.mention.key in split and bases[i] != CUE:
                candidates = candidates or pending[i][3]
            if not candidates or not sense or len(sense) != 1 or r.place.id in sense:
                continue
        source = next(iter(sense.values()))
        if any(c.place.id == source.place.id for c in candidates):
            said = text[source.mention.start : source.mention.end]
            resolved[i] = Resolved(r.mention, source.place, f"same place as '{said}' ({source.why})")


def county_of_its_town(resolved: list[Resolved], bases: Sequence[str], pending: Sequence[Pending]) -> None:
    """A world county chosen without a cue, named after a town the article names, is the
    county of that name that holds the town: "El Paso County officials in El Paso" is
    Texas's, not Colorado's. ``bases`` says what each of the ``resolved`` choices rests on,
    ``pending`` what it was chosen from."""
    towns = {r.mention.key: r.place for r in resolved if r.place.kind == "city"}
    for i, r in enumerate(resolved):
        if r.place.kind != "county" or r.place.source != "world" or bases[i] == CUE:
            continue
        town = towns.get(r.mention.key.rsplit(" ", 1)[0])
        if town is None:
            continue
        holding = [c.place for c in pending[i][3] if c.place.kind == "county" and within(town, c.place)]
        if len(holding) == 1 and holding[0].id != r.place.id:
            why = f"context: holds {town.name}, which the article names"
            resolved[i] = Resolved(r.mention, holding[0], why)


MAIN_COUNTRY_PLACES = 2
"""How many of an article's other places must lie in one country (and more than half of
them) for a far curated name to mean that country's town of the name."""


STATE_PLACES = 3
"""How many towns and counties of one US state an article must name, and no place outside
the US, for a far curated name to mean that state's one town of the name even where the
article does not name the state: "In Venice, a dozen miles down the coast" in an article on
Siesta Key, Sarasota and Tampa is Venice, Florida."""


def _the_state_of_the_rest(others: Sequence[Place]) -> str | None:
    """The parent code ("US.FL") of the one US state that holds :data:`STATE_PLACES` or more
    of ``others`` and all its towns and counties, when every one of ``others`` is in the US."""
    if any(o.country != "US" for o in others):
        return None
    local = {o.parent for o in others if o.kind in ("city", "county")}
    count = sum(1 for o in others if o.kind in ("city", "county"))
    return next(iter(local)) if len(local) == 1 and count >= STATE_PLACES else None


def _state_name(parent: str) -> str:
    """The name of the US state of a parent code ("US.FL": Florida)."""
    import us

    state = us.states.lookup(parent.rpartition(".")[2])
    return state.name if state is not None else parent


def _a_town_where_the_rest_is(
    curated: Place,
    world: Sequence[Candidate],
    others: Sequence[Place],
    states: dict[str, str],
    listed_with: set[str],
) -> tuple[Place, str] | None:
    """The one world town of the name in a US state the article names (``states``, by
    admin code) or in the one US state that holds all of ``others`` (see
    :func:`_the_state_of_the_rest`), or else in the country most of the article's ``others`` places lie in
    (:data:`MAIN_COUNTRY_PLACES`) if a place of that country is listed beside it (the
    countries in ``listed_with``), when the ``curated`` place lies over
    :data:`SENTENCE_FAR_KM` from all of them; with the state's or the country's name.
    "London" in an article on a Kentucky tornado is London, Kentucky; "Stawell and Ararat"
    in one on bushfires in Victoria is the Australian town (but "the Bank of England in
    London" stays in England in an article on Canada)."""
    if not others:
        return None
    towns = [c.place for c in world if c.place.kind == "city" and c.place.parent in states]
    if len(towns) != 1 and (rest := _the_state_of_the_rest(others)) is not None:
        towns = [c.place for c in world if c.place.kind == "city" and c.place.parent == rest]
        states = {rest: _state_name(rest)}
    if len(towns) == 1:
        found = towns[0], states[towns[0].parent]
    else:
        counts = Counter(o.country for o in others if o.country)
        main, most = counts.most_common(1)[0] if counts else ("", 0)
        if most < MAIN_COUNTRY_PLACES or 2 * most <= sum(counts.values()) or main not in listed_with:
            return None
        towns = [c.place for c in world if c.place.kind == "city" and c.place.country == main]
        if len(towns) != 1:
            return None
        found = towns[0], main
    here = (curated.lat, curated.lon)  # measured last: the rest is cheaper
    if min(distance_km(here, (o.lat, o.lon)) for o in others) <= SENTENCE_FAR_KM:
        return None
    return found


def _set_aside_for_want_of_a_cue(
    sense: dict[str, Resolved],
    r: Resolved,
    basis: str,
    pending: Pending,
    unfiltered: dict[int, Sequence[Candidate]],
) -> bool:
    """True when ``r`` is its name's only candidate left after the towns that need a cue
    were set aside, and a cue elsewhere in the article placed the name at one of them
    (the only one it placed it at): "Newport" in a headline, and "Newport, Tennessee"."""
    return (
        len(sense) == 1
        and r.place.id not in sense
        and basis != CUE
        and len(pending[1]) == 1
        and r.mention.start in unfiltered
    )


def curated_default_follows_its_namesake(
    resolved: list[Resolved],
    bases: Sequence[str],
    pending: Sequence[Pending],
    unfiltered: dict[int, Sequence[Candidate]],
    text: str,
) -> None:
    """A curated name means a world namesake where nothing but the curated gazetteer's
    priority chose the curated place ("soldiers from Georgia", "only candidate"), when

    - the places of another of its sentences put it at that namesake ("In Georgia,
      Governor Brian Kemp ..." beside Savannah) and the curated place lies over 500 km
      from every other place of the article, or within 500 km of fewer than half as many
      of them as the namesake ("London" beside Sarnia, Toronto and St. Thomas, though
      Lambeth is London's too), or a cue of its own did ("LONDON, Ont."); or
    - the namesake is a state that holds other places of the article (Savannah and
      Waycross, in the US state of Georgia) and none of them is in the curated place's
      country; or
    - it is the one town of the name where the rest of the article is, the curated place
      lying far from all of it (:func:`_a_town_where_the_rest_is`: "London" in an article
      on a Kentucky tornado).

    A name chosen without a cue of its own then means its namesake in that state, if it
    has one there ("Carrollton"). ``bases`` says what each of the ``resolved`` choices rests on,
    ``pending`` what it was chosen from, ``unfiltered`` every candidate of the world
    names that lost some (by start)."""
    namesakes: dict[str, Resolved] = {}
    cued: set[str] = set()  # keys whose namesake a cue of their own placed ("LONDON, Ont.")
    for r, basis, (_, options, origin, _) in zip(resolved, bases, pending, strict=True):
        from_world = r.place.source == "world" and all(c.place is not r.place for c in options)
        if origin == "gazetteer" and from_world:
            namesakes.setdefault(r.mention.key, r)
            if basis == CUE and namesakes[r.mention.key].place.id == r.place.id:
                cued.add(r.mention.key)
    default = ONLY_CANDIDATE["gazetteer"]
    us_states = {
        r.place.parent: r.place.name for r in resolved if r.place.kind == "state" and r.place.country == "US"
    }
    switched: list[Place] = []
    others_of: dict[str, list[Place]] = {}  # the article's other places, by key, until one changes
    for i, (r, (_, options, _, everything)) in enumerate(zip(resolved, pending, strict=True)):
        if r.why != default or len(everything) == len(options):
            continue
        others = others_of.get(r.mention.key)
        if others is None:
            others = others_of[r.mention.key] = [o.place for o in resolved if o.mention.key != r.mention.key]
        source = namesakes.get(r.mention.key)
        if source is not None and any(c.place.id == source.place.id for c in everything):
            here, there = (r.place.lat, r.place.lon), (source.place.lat, source.place.lon)
            near_here = sum(distance_km(here, (o.lat, o.lon)) <= SENTENCE_FAR_KM for o in others)
            near_there = sum(distance_km(there, (o.lat, o.lon)) <= SENTENCE_FAR_KM for o in others)
            # far from every other place, or near fewer of them than the namesake is
            # ("London" beside Sarnia, Toronto and St. Thomas, though Lambeth is London's too)
            if (others and not near_here) or near_there > 2 * near_here or r.mention.key in cued:
                said = source.mention.surface
                resolved[i] = Resolved(r.mention, source.place, f"same place as '{said}' ({source.why})")
                others_of.clear()  # the other names' lists now hold a changed place
            continue
        if any(o.country == r.place.country for o in others):
            continue
        states = [
            c.place
            for c in everything[len(options) :]
            if c.place.kind == "state" and c.need == FREE and any(o.parent == c.place.parent for o in others)
        ]
        if len(states) == 1:
            held = sorted({o.name for o in others if o.parent == states[0].parent})
            why = f"context: the state of {', '.join(held)}, which the article names (world)"
            resolved[i] = Resolved(r.mention, states[0], why)
            others_of.clear()
            switched.append(states[0])
            continue
        listed_with = {
            o.place.country
            for j in (i - 1, i + 1)
            if 0 <= j < len(resolved)
            and (o := resolved[j])
            and text[min(o.mention.end, r.mention.end) : max(o.mention.start, r.mention.start)] in LIST_GAPS
        }
        found = _a_town_where_the_rest_is(r.place, everything[len(options) :], others, us_states, listed_with)
        if found is not None:  # "toward London ... in Laurel County" in an article on Kentucky
            town, where = found
            resolved[i] = Resolved(
                r.mention, town, f"context: in {where}, where the article's places are (world)"
            )
            others_of.clear()
    if not switched:
        return
    state = switched[0]
    why = f"context: in {state.name}, which the article names (world)"
    named = {o.place.parent for o in resolved if o.place.kind == "state"}  # "Taylor County" in Florida too
    for i, (r, basis, (_, _, _, everything)) in enumerate(zip(resolved, bases, pending, strict=True)):
        everything = unfiltered.get(r.mention.start, everything)
        inside = [c.place for c in everything if c.place.parent == state.parent and c.need <= NEEDS_CONTEXT]
        if (
            basis != CUE
            and len(inside) == 1
            and r.place.parent != state.parent
            and r.place.parent not in named
        ):
            resolved[i] = Resolved(r.mention, inside[0], why)
