"""Choosing a place for each name found in an article, and saying why.

Order of evidence: is it a place at all (ignore rows, excluded passages, names
of people and organisations), then the user's gazetteer over the world one (unless
a big world namesake lies among the other places of the sentence and the curated
places are far from all of them), then
explicit cues ("Atlanta, Georgia", "X province", "the town of X"), then the
article's context (its countries, distance to its other places, via geopy), then
prominence. Each name is decided on its own: one that cannot be resolved never
affects the others.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from geomap.distance import distance_km
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.world import (
    AFTER_PLACE,
    CONTEXT_FREE_POP,
    FREE,
    NEEDS_CONTEXT,
    NEEDS_QUALIFIER,
    WorldIndex,
)
from geomap.match import Hit
from geomap.models import Article, Mention, Passage, Place, Resolved
from geomap.resolve.cues import (
    CALENDAR,
    CLUB_WORDS,
    FUNCTION_WORDS,
    PLACE_WORDS,
    has_place_context,
    is_headline,
    kind_cue,
    looks_like_person,
    names_a_club,
    names_a_product,
    part_of_name,
    strong_place_cue,
    word_before,
)

KIND_RANK = {
    "country": 6, "region": 5, "province": 4, "state": 4, "city": 3, "district": 2,
    "corridor": 3, "town": 2, "village": 1,
}  # fmt: skip
_KIND_GROUPS = {
    "district": {"district", "rayon"}, "rayon": {"district"}, "province": {"province", "marz", "region"},
    "region": {"region", "province"}, "state": {"state"}, "city": {"city", "town"},
    "town": {"town", "city", "village"}, "village": {"village", "town"}, "corridor": {"corridor", "road"},
    "country": {"country"}, "capital": {"city"}, "republic": {"region", "country"},
}  # fmt: skip


_ONLY_CANDIDATE = {origin: f"only candidate ({origin})" for origin in ("gazetteer", "world")}
"""The most common reasons by origin, one string each (most mentions carry one of them)."""


@dataclass(frozen=True)
class Candidate:
    place: Place
    need: int = FREE


_Pending = tuple[Mention, Sequence[Candidate], str, Sequence[Candidate]]
"""A mention kept for resolution: the candidates to choose from, their origin
("gazetteer" or "world") and every candidate of its name (for pair cues)."""


@dataclass
class ArticleResult:
    """What resolution made of one article."""

    resolved: list[Resolved]
    excluded: int = 0
    rejected: int = 0


class Candidates:
    """The candidate places of each key, built once per key and kept (bounded)."""

    def __init__(self, gazetteer: Gazetteer, world: WorldIndex | None, size: int = 50_000) -> None:
        self.gazetteer, self.world, self.size = gazetteer, world, size
        self._cache: dict[str, tuple[tuple[Candidate, ...], int]] = {}
        self._world: dict[tuple[int, int], Candidate] = {}  # (row, need) -> candidate

    def lookup(self, key: str) -> tuple[tuple[Candidate, ...], int]:
        """The candidates of ``key`` (the curated ones first) and how many are curated."""
        got = self._cache.get(key)
        if got is None:
            cands = self._build(key)
            got = (cands, sum(1 for c in cands if c.place.source == "gazetteer"))
            if len(self._cache) >= self.size:
                self._cache.clear()
                self._world.clear()
            self._cache[key] = got
        return got

    def _build(self, key: str) -> tuple[Candidate, ...]:
        out = [Candidate(p) for p in self.gazetteer.by_key.get(key, ())]
        world, taken = self.world, self.gazetteer.geonames_ids
        if world is not None:
            for entry in world.entries(key):
                cand = self._world.get(entry)
                if cand is None:  # a world place is built once, whichever of its names found it
                    row, need = entry
                    if str(world.geonameid[row]) in taken:
                        continue
                    cand = self._world[entry] = Candidate(world.place(row), need)
                out.append(cand)
        return tuple(out)


def resolve_article(
    article: Article,
    passages: Sequence[Passage],
    hits: Sequence[Hit],
    gazetteer: Gazetteer,
    world: WorldIndex | None,
    candidates: Candidates | None = None,
) -> ArticleResult:
    """Resolve the ``hits`` of one ``article``."""
    candidates = candidates or Candidates(gazetteer, world)
    headlines: dict[int, bool] = {}
    text, path, ignored, lookup = article.text, article.path, gazetteer.ignored, candidates.lookup
    starts = [p.start for p in passages]
    last = len(passages) - 1
    j = 0  # the passage of the current hit: hits come left to right
    result = ArticleResult([])
    pending: list[_Pending] = []
    held_back: list[_Pending] = []  # towns that need a cue, without one
    people: set[str] = set()  # world-only names seen used as a person's name
    clubs: set[str] = set()  # keys seen in a sports club's name ("Qarabag FK")
    everything: Sequence[Candidate]
    chosen: Sequence[Candidate]
    for i, hit in enumerate(hits):
        start, end, key = hit
        if key in ignored:
            result.rejected += 1
            words = key.split()
            if not CLUB_WORDS.isdisjoint(words):  # "Qarabag FK": a club named after a place
                clubs.update(w for w in words if w not in CLUB_WORDS)
            continue
        while j < last and starts[j + 1] <= start:
            j += 1
        passage = passages[j] if passages else Passage(start, start, "")
        if passage.excluded:
            result.excluded += 1
            continue
        everything, n_curated = lookup(key)
        if not everything:
            continue

        def headline(passage: Passage = passage) -> bool:
            known = headlines.get(passage.start)
            if known is None:
                known = headlines[passage.start] = is_headline(passage.text)
            return known

        dotted = text[end : end + 1] == "." and text[end - 2 : end - 1] == "."
        if dotted:
            end += 1  # a dotted abbreviation keeps its period: "U.S."
        # "U.S. Agency for ..." is an organisation; "U.S. Secretary of State" is not.
        if part_of_name(text, start, end, headline, any_capital=not dotted):
            result.rejected += 1
            if names_a_club(text, start, end):
                clubs.add(key)
            continue
        if names_a_product(text, end):
            result.rejected += 1
            continue
        surface = text[start:end]
        cands: Sequence[Candidate] = everything
        held: list[Candidate] = []
        if n_curated:
            chosen, origin = everything[:n_curated], "gazetteer"
        elif " " in surface and _lowercase_ending(surface):
            result.rejected += 1  # "The villages": a world name is capitalized throughout
            continue
        else:
            before = word_before(text, start)
            if (
                before[:1].isupper()
                and before.lower() not in FUNCTION_WORDS
                and not before.endswith(("'s", "’s"))  # "Ukraine's Kursk incursion"
                and not _sentence_start(text, start)
                and not headline()
            ) or (
                not _qualifies_previous(hits, i, text)
                and looks_like_person(text, start, end, speech=not _speaks_for_a_state(cands))
            ):
                people.add(surface)
            else:
                cued = has_place_context(text, start, end) or _in_compound(hits, i, text)
                allowed = NEEDS_CONTEXT if cued else FREE
                qualified = _qualifier_follows(hits, i, text, gazetteer, world)
                # A name that is surely a place (one of its places needs nothing) may be
                # any of them after a cue: "in Tripoli" can be Lebanon's (a common word).
                # After "in", "near", "the town of", a name that is also a common word is a
                # place ("in Valence"), unless a headline has every word capitalized.
                settled = allowed >= NEEDS_CONTEXT and (
                    any(c.need == FREE for c in cands)
                    or (
                        strong_place_cue(text, start)
                        and not text[end + 1 : end + 2].isupper()  # "in Independence Square"
                        and surface.lower() not in CALENDAR
                        and not headline()
                    )
                )
                after_place = _qualifies_previous(hits, i, text)  # "Glendale, Calif."
                # Held back for the article's country: a town that needs a cue, without one
                # ("Avdiivka fell"); a big town named like a word, after a weak cue
                # ("residents of Tyre").
                held = [
                    c
                    for c in cands
                    if c.place.kind == "city"
                    and (
                        (c.need == NEEDS_CONTEXT and not cued)
                        or (c.need == NEEDS_QUALIFIER and cued and c.place.population >= CONTEXT_FREE_POP)
                    )
                ]
                cands = [
                    c
                    for c in cands
                    if c.need <= allowed
                    or ((qualified or settled) and c.need == NEEDS_QUALIFIER)
                    or (after_place and c.need == AFTER_PLACE)
                ]
            if not cands and held and surface not in people:
                # "Avdiivka fell": a town that needs a cue may still be one of the
                # article's country (decided once the article's context is known).
                held_back.append(
                    (Mention(path, surface, key, start, end, passage), held, "world", everything)
                )
                continue
            if not cands or (surface in people and not _cued_despite_person(text, start, end)):
                result.rejected += 1
                continue
            chosen, origin = cands, "world"
            if text[end : end + 1] == "." and all(c.need == AFTER_PLACE for c in cands):
                end += 1  # an abbreviation keeps its period: "Calif."
                surface = text[start:end]
        pending.append((Mention(path, surface, key, start, end, passage), chosen, origin, cands))
    # "Charles Michel ... Michel's statement": once a person, always a person here,
    # but where a strong cue says place ("Rami Aleppo ... in Aleppo").
    if people:
        pending = [
            p
            for p in pending
            if p[2] == "gazetteer"
            or p[0].surface not in people
            or _cued_despite_person(text, p[0].start, p[0].end)
        ]
    # "Qarabag FK ... Qarabag won again": the club, unless a place cue says otherwise.
    if clubs:
        kept = [p for p in pending if p[0].key not in clubs or has_place_context(text, p[0].start, p[0].end)]
        result.rejected += len(pending) - len(kept)
        pending = kept
    context = _Context.from_unambiguous(pending, text, gazetteer.by_id)
    admitted: dict[int, str] = {}
    if held_back:
        pending, admitted = _admit_held_back(pending, held_back, context, text, people, clubs)
        result.rejected += len(held_back) - len(admitted)
    previous: Resolved | None = None
    resolved = result.resolved
    for i, (mention, options, origin, everything) in enumerate(pending):
        cue = None
        if previous is not None and 0 < mention.start - previous.mention.end <= 30:  # see _QUALIFIER_GAP
            cue = _pair_cue(mention, everything, text, previous)
        if cue is None and i + 1 < len(pending) and 0 < pending[i + 1][0].start - mention.end <= 30:
            cue = _qualified_by_next(mention, everything, pending[i + 1], text)
        if cue is None and origin == "gazetteer" and len(everything) > len(options):
            cue = _among_its_sentence(mention, options, everything[len(options) :], context)
        if cue is not None:
            place, why = cue
        elif len(options) == 1:
            place, why = options[0].place, _ONLY_CANDIDATE[origin]
        else:
            place, why = _choose(mention, options, origin, text, context)
        if mention.start in admitted and why.startswith("only candidate"):
            why = f"context: a town of {admitted[mention.start]}, which the article is about (world)"
        previous = Resolved(mention, place, why)
        resolved.append(previous)
    _one_sense_per_article(resolved, pending, text)
    return result


ARTICLE_COUNTRY_MENTIONS = 2
"""How often a country must be named (or hold a named place) for its towns to need no cue."""


def _admit_held_back(
    pending: list[_Pending],
    held_back: Sequence[_Pending],
    context: _Context,
    text: str,
    people: set[str],
    clubs: set[str],
) -> tuple[list[_Pending], dict[int, str]]:
    """``pending`` with the held-back towns of the article's countries put in place.

    A town that needs a cue ("in X") counts without one when it lies in a country the
    article names at least twice or names in the same paragraph: "Russian forces took
    Ocheretyne" in an article about Ukraine. Returns the mentions admitted (by start)
    with the country that admitted them.
    """
    main = {cc for cc, n in context.countries.items() if n >= ARTICLE_COUNTRY_MENTIONS and cc}
    admitted: dict[int, str] = {}
    extra: list[_Pending] = []
    for mention, held, origin, everything in held_back:
        if mention.surface in people or mention.key in clubs:
            continue
        here = main | {cc for _, cc in context.paragraphs.get(_paragraph_start(text, mention.start), ())}
        fitting = [c for c in held if c.place.country in here]
        if fitting:
            extra.append((mention, fitting, origin, everything))
            admitted[mention.start] = fitting[0].place.country
    if not extra:
        return pending, admitted
    return sorted([*pending, *extra], key=lambda p: p[0].start), admitted


_CUED = ("cue ", "kind cue ")
_WEAK_CONTEXT = ("km from the article", "named last before it", "named in the same paragraph")


def _weakly_chosen(why: str) -> bool:
    """True for a choice made on the article's overall context or on prominence alone."""
    return why.startswith(("prominence", "context: article is about")) or (
        why.startswith("context: ") and any(w in why for w in _WEAK_CONTEXT)
    )


def _one_sense_per_article(resolved: list[Resolved], pending: Sequence[_Pending], text: str) -> None:
    """A name that a cue placed ("ODESSA, Texas") means the same place wherever else in
    the article it was chosen on weak grounds only ("a Texas oil town called Odessa")."""
    cued: dict[str, dict[str, Resolved]] = {}
    for r in resolved:
        if r.why.startswith(_CUED):
            cued.setdefault(r.mention.key, {})[r.place.id] = r
    if not cued:
        return
    for i, r in enumerate(resolved):
        sense = cued.get(r.mention.key)
        if not sense or len(sense) != 1 or r.place.id in sense or not _weakly_chosen(r.why):
            continue
        source = next(iter(sense.values()))
        if any(c.place.id == source.place.id for c in pending[i][3]):
            said = text[source.mention.start : source.mention.end]
            resolved[i] = Resolved(r.mention, source.place, f"same place as '{said}' ({source.why})")


SPEAKING_CITY = 500_000
"""A city this big may speak for its government ("Khartoum said"), as a country does."""


def _speaks_for_a_state(cands: Sequence[Candidate]) -> bool:
    """True when one of the candidates is a country or a big city: "X said" is metonymy."""
    return any(c.place.kind == "country" or c.place.population >= SPEAKING_CITY for c in cands)


def _cued_despite_person(text: str, start: int, end: int) -> bool:
    """True when a strong place cue ("in", "near", "outside", "the town of") comes right
    before a name also used as a person's name in the article: "Rami Aleppo ... in
    Aleppo". A possessive after it keeps it the person's: "in Michel's view"."""
    return strong_place_cue(text, start) and text[end : end + 1] not in ("'", "’")


def _qualifier_follows(
    hits: Sequence[Hit], i: int, text: str, gazetteer: Gazetteer, world: WorldIndex | None
) -> bool:
    """True when the next hit, after ", ", names a state or country ("Paris, Texas")."""
    if i + 1 >= len(hits) or not _comma_between(text, hits[i].end, hits[i + 1].start):
        return False
    key = hits[i + 1].key
    if any(p.kind == "country" for p in gazetteer.by_key.get(key, ())):
        return True
    return world is not None and any(world.kind[r] in ("state", "country") for r, _ in world.entries(key))


def _comma_between(text: str, end: int, start: int) -> bool:
    """True when only a comma (and a space) separates two names: "Paris, Texas"."""
    return text[end:start] in (", ", ",")


def _qualifies_previous(hits: Sequence[Hit], i: int, text: str) -> bool:
    """True when hit ``i`` follows another name after a comma: "Alexandria, Virginia, who ..."."""
    return i > 0 and _comma_between(text, hits[i - 1].end, hits[i].start)


def _in_compound(hits: Sequence[Hit], i: int, text: str) -> bool:
    """True when a hyphen joins hit ``i`` to another name: "Baku-Tbilisi-Ceyhan"."""
    hit = hits[i]
    if i > 0 and hits[i - 1].end == hit.start - 1 and text[hit.start - 1] == "-":
        return True
    return i + 1 < len(hits) and hits[i + 1].start == hit.end + 1 and text[hit.end : hit.end + 1] == "-"


def _lowercase_ending(surface: str) -> bool:
    """True when the last word of a name of several words is in lower case and is not a
    place word: "The villages" (not "Deir ez-Zor", "Santa Bárbara d'Oeste", "Huzhou city")."""
    last = surface[surface.rfind(" ") + 1 :]
    part = last[last.rfind("-") + 1 :]
    if not part[:1].islower() or part in PLACE_WORDS:
        return False
    quote = max(part.find("'", 0, 4), part.find("’", 0, 4))  # a particle: "d'Oeste"
    return quote < 0 or part[quote + 1 : quote + 2].islower()


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" “\"‘'(")
    return not before or before[-1] in ".!?:\n—–-"


@dataclass
class _Context:
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

    @classmethod
    def from_unambiguous(cls, pending: Sequence[_Pending], text: str, by_id: dict[str, Place]) -> _Context:
        """The context of the mentions (with their candidates) of one article."""
        countries: Counter[str] = Counter()
        paragraphs: dict[int, list[tuple[int, str]]] = {}
        sentences: dict[int, list[tuple[float, float]]] = {}
        places: set[str] = set()
        pts = []

        def country_named(mention: Mention, country: str) -> None:
            paragraphs.setdefault(_paragraph_start(text, mention.start), []).append((mention.start, country))

        for mention, cands, _origin, _everything in pending:
            if len(cands) != 1:
                named = [c.place for c in cands if c.place.kind == "country"]
                if len(named) == 1:  # a country named ("Lebanon"; its small namesakes do not count)
                    country_named(mention, named[0].country)
                    countries[named[0].country] += 1
                continue
            p = cands[0].place
            if p.kind == "country":
                country_named(mention, p.country)
            places.add(p.id)
            if p.country:
                countries[p.country] += 1
            if p.kind != "country" and not math.isnan(p.lat):
                pts.append((p.lat, p.lon))
                sentences.setdefault(mention.passage.start, []).append((p.lat, p.lon))
        mid = sorted(pts)[len(pts) // 2] if pts else (None, None)
        listed = _listed_countries(pending, text)
        return cls(countries, mid[0], mid[1], paragraphs, sentences, places, by_id, listed)

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
        named = self.paragraphs.get(_paragraph_start(text, mention.start), [])
        before = [cc for pos, cc in named if pos < mention.start]
        return {cc for _, cc in named}, before[-1] if before else ""


_LIST_GAP = re.compile(r", (?:and |or )?| and | or ")


def _listed_countries(pending: Sequence[_Pending], text: str) -> dict[int, str]:
    """For each mention in a list ("X, Y and Z"), the country of the other members when
    at least two of them have all their candidates in one country, the same one."""
    out: dict[int, str] = {}
    run: list[_Pending] = []
    for item in [*pending, None]:
        if item is not None and run and _LIST_GAP.fullmatch(text, run[-1][0].end, item[0].start):
            run.append(item)
            continue
        if len(run) > 2:
            own = [{c.place.country for c in cands} for _, cands, _, _ in run]
            for k, (mention, _, _, _) in enumerate(run):
                others = [next(iter(o)) for j, o in enumerate(own) if j != k and len(o) == 1]
                if len(others) >= 2 and len(set(others)) == 1 and others[0]:
                    out[mention.start] = others[0]
        run = [item] if item is not None else []
    return out


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _choose(
    mention: Mention,
    cands: Sequence[Candidate],
    origin: str,
    text: str,
    context: _Context,
) -> tuple[Place, str]:
    """The best of several candidates (no pair cue applied to the mention)."""
    kind = kind_cue(text, mention.start, mention.end)
    if kind:
        wanted = _KIND_GROUPS.get(kind, {kind})
        fitting = [c for c in cands if c.place.kind in wanted]
        if len(fitting) == 1:
            return fitting[0].place, f"kind cue '{kind}' ({origin})"
        if fitting:
            cands = fitting
    elif any(c.place.kind == "country" for c in cands):
        # "Egypt", "Lebanon": the country, not a town named after it (a qualifier,
        # "Lebanon, Pennsylvania", was read before); a state may still be meant (Georgia).
        big = [c for c in cands if c.place.kind in ("country", "state")]
        if len(big) == 1:
            return big[0].place, f"a country's name ({origin}; {len(cands)} candidates)"
        cands = big
    listed = context.listed.get(mention.start)
    if listed:  # "the Donetsk, Luhansk, Zaporizhzhia and Kherson regions": all Ukraine's
        fitting = [c for c in cands if c.place.country == listed]
        if fitting and len(fitting) < len(cands):
            cands = fitting
            if len(fitting) == 1:
                return fitting[0].place, f"context: listed with places in {listed} ({origin})"
    nearby, last = context.nearby(mention, text)
    scored = sorted(cands, key=lambda c: _score(c, mention, context, nearby, last), reverse=True)
    best = scored[0].place
    reason = _reason(best, scored[1].place, context, nearby, last)
    return best, f"{reason} ({origin}; {len(cands)} candidates)"


def _pair_cue(
    mention: Mention, cands: Sequence[Candidate], text: str, previous: Resolved | None
) -> tuple[Place, str] | None:
    """``Atlanta, Georgia``, ``Alexandria, in Virginia``: the name right after a
    resolved place names its state or country."""
    if previous is None:
        return None
    if not _QUALIFIER_GAP.fullmatch(text, previous.mention.end, mention.start):
        return None
    prev = previous.place
    for c in cands:
        p = c.place
        if p.kind == "state" and prev.kind != "state" and prev.parent == p.parent:
            return p, f"cue '{text[previous.mention.start : mention.end]}'"
        if p.kind == "country" and prev.country == p.country and prev.kind != "country":
            return p, f"cue '{text[previous.mention.start : mention.end]}'"
    return None


def _qualified_by_next(
    mention: Mention,
    cands: Sequence[Candidate],
    following: _Pending,
    text: str,
) -> tuple[Place, str] | None:
    """``Paris, Texas``, ``Martuni, in Gegharkunik province``: the next name, a region
    that holds some of this name's places and not others, qualifies it."""
    nxt, _, _, nxt_all = following
    if not _QUALIFIER_GAP.fullmatch(text, mention.end, nxt.start):
        return None
    for region in (c.place for c in nxt_all if c.place.kind in _REGION_KINDS):
        inside = [
            c.place for c in cands if c.place.kind not in ("state", "country") and _within(c.place, region)
        ]
        if inside and len(inside) < len(cands):
            if region.id.startswith(WORLD_REGION):  # no admin codes: the nearest to its centre
                best = min(inside, key=lambda p: distance_km((p.lat, p.lon), (region.lat, region.lon)))
            else:
                best = max(inside, key=lambda p: p.population)
            return best, f"cue '{text[mention.start : nxt.end]}'"
    return None


_DIRECTION = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)? "
_QUALIFIER_GAP = re.compile(
    rf", ?(?:(?:(?:a|an|the) (?:[a-z]+ ){{0,2}}(?:town|city|village|port|settlement) )?in (?:the )?"
    rf"(?:{_DIRECTION})?)?"
)
"""What may stand between a name and the region that qualifies it: ", ", ", in ",
", in the ", ", in southern " ("Armavir, in southern Russia"), ", a small town in "
("Pokrovsk, a small town in Yakutia")."""
_REGION_KINDS = frozenset({"state", "country", "province", "region", "district"})


NEAR_KM, FAR_KM, BIG_TOWN = 300.0, 500.0, 50_000


def _among_its_sentence(
    mention: Mention, curated: Sequence[Candidate], world: Sequence[Candidate], context: _Context
) -> tuple[Place, str] | None:
    """ "Krasnodar, Armavir and Sochi": a big world namesake among the other places of the
    sentence wins over curated places far from all of them (Armavir in Armenia)."""
    own = {(c.place.lat, c.place.lon) for c in curated}
    near = [q for q in context.sentences.get(mention.passage.start, ()) if q not in own]
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
                return p, f"context: {km:.0f} km from the other places of its sentence (world)"
    return None


WORLD_REGION = "iso3166-2:"
"""The id prefix of the world gazetteer's first-level regions."""


def _within(place: Place, region: Place) -> bool:
    """True when ``place`` lies in ``region``: by the curated ``parent`` id, else by the
    world's admin codes (a state) or the country code."""
    if region.source == "gazetteer" and region.kind != "country":
        return place.parent == region.id
    if region.id.startswith(WORLD_REGION):  # a world region: its country's places
        return place.country == region.country
    if region.kind == "state":
        return place.parent == region.parent
    return region.kind == "country" and place.country == region.country


def _score(c: Candidate, mention: Mention, context: _Context, nearby: set[str], last: str) -> float:
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
    near = context.sentences.get(mention.passage.start)
    if near and not math.isnan(p.lat):  # "in Martuni, a town east of Stepanakert"
        km = min(distance_km(q, (p.lat, p.lon)) for q in near)
        score += 2.5 * max(0.0, 1.0 - km / 300.0)
    if p.country and context.countries:
        score += 3.0 * context.countries[p.country] / max(1, sum(context.countries.values()))
    if context.lat is not None and context.lon is not None and not math.isnan(p.lat):
        km = distance_km((context.lat, context.lon), (p.lat, p.lon))
        score += 2.0 * max(0.0, 1.0 - km / 2000.0)
    score += KIND_RANK.get(p.kind, 0) * 0.3
    score += math.log10(p.population + 1) * 0.2
    if p.name.lower() == mention.surface.lower():
        score += 0.5
    return score


def _reason(best: Place, runner: Place, context: _Context, nearby: set[str], last: str) -> str:
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
