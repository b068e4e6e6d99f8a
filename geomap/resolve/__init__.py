"""Choosing a place for each name found in an article, and saying why.

Order of evidence: is it a place at all (ignore rows, excluded passages, names
of people and organisations), then the user's gazetteer over the world one (unless
a big world namesake lies among the other places of the sentence and the curated
places are far from all of them), then
explicit cues ("Atlanta, Georgia", "X province", "the town of X"), then the
article's context (its countries, distance to its other places, via geopy), then
prominence. Each name is decided on its own: one that cannot be resolved never
affects the others.

This module finds which names are places (and holds back the towns that need the
article's context); :mod:`geomap.resolve.candidates` looks their places up,
:mod:`geomap.resolve.context` reads what the article is about,
:mod:`geomap.resolve.choose` picks among several places,
:mod:`geomap.resolve.persons` tells people's names from places' and
:mod:`geomap.resolve.review` takes a second look at the whole article's choices.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from geomap.gazetteer import Gazetteer, name_key
from geomap.gazetteer.world import (
    AFTER_PLACE,
    CONTEXT_FREE_POP,
    FREE,
    KIND_AFTER,
    NEEDS_CONTEXT,
    NEEDS_QUALIFIER,
    WorldIndex,
    a_rare_word,
    peoples,
)
from geomap.match import Hit
from geomap.models import Article, Mention, Passage, Place, Resolved
from geomap.resolve.candidates import Candidate, Candidates, Pending
from geomap.resolve.choose import (
    CUE,
    FIRM,
    ONLY_CANDIDATE,
    QUALIFIER_GAP,
    QUALIFIER_MAX,
    REGION_WORD_AFTER,
    WEAK,
    WORLD_REGION,
    Choice,
    a_world_place_by_its_kind,
    among_its_sentence,
    choose,
    held_by_previous,
    outside_its_qualifier,
    outside_its_region,
    pair_cue,
    qualified_by_next,
)
from geomap.resolve.context import (
    ARTICLE_COUNTRY_MENTIONS,
    LIST_GAPS,
    ArticleContext,
    in_lists,
    own_key,
    paragraph_start,
)
from geomap.resolve.cues import (
    CALENDAR,
    CLUB_WORDS,
    OFFICE_TITLES,
    PARTY_REASON,
    PLACE_WORDS,
    WordsBefore,
    a_family_named,
    a_given_name,
    a_plural_word_opening_a_sentence,
    a_relative_named,
    a_side_in_a_result,
    about_a_match,
    after_a_team_word,
    after_a_youth_team,
    after_an_office,
    after_county,
    after_the_article,
    described_as_a_team,
    described_as_place,
    ends_a_romance_name,
    goes_on_in_romance,
    has_place_context,
    is_headline,
    looks_like_person,
    name_announced,
    names_a_breed,
    names_a_club,
    names_a_disease,
    names_a_people,
    names_a_product,
    names_a_ship,
    names_a_style,
    names_a_work,
    numbers_a_road,
    opens_a_dateline,
    part_of_name,
    place_word_follows,
    reports_a_match,
    served_as_a_drink,
    strong_place_cue,
    word_before,
)
from geomap.resolve.kinds import HELD_KINDS
from geomap.resolve.persons import (
    AGE_AND_ROLE,
    EPITHET,
    INITIAL_BEFORE,
    SUFFIX_AFTER,
    a_full_name_and_age,
    a_named_speaker,
    after_a_first_name,
    aged_like_a_person,
    described_as_a_person,
    named_like_a_surname,
)
from geomap.resolve.review import (
    counties_of_far_towns,
    county_of_its_town,
    curated_default_follows_its_namesake,
    far_from_the_rest,
    not_a_far_namesake,
    one_sense_per_article,
)
from geomap.words import LANGUAGES

__all__ = ["ArticleResult", "Candidate", "Candidates", "resolve_article"]


@dataclass
class ArticleResult:
    """What resolution made of one article."""

    resolved: list[Resolved]
    excluded: int = 0
    rejected: int = 0
    far: list[Mention] = field(default_factory=list)
    """Names the world gazetteer could only place far from the rest (not resolved)."""
    counties: list[Mention] = field(default_factory=list)
    """Counties neither gazetteer knows, named after a town far from the article's other
    places ("Shelby County" in Tennessee is no town in North Carolina): not resolved."""


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
    club_names = candidates.club_names
    starts = [p.start for p in passages]
    last = len(passages) - 1
    j = 0  # the passage of the current hit: hits come left to right
    result = ArticleResult([])
    pending: list[Pending] = []
    held_back: list[Pending] = []  # towns that need a cue, without one
    seen = Seen()  # names used for something else than a place, so far
    plural_counties = " counties" in text  # "Marion and Linn counties" (see below)
    unfiltered: dict[int, Sequence[Candidate]] = {}  # every candidate of a narrowed world name
    everything: Sequence[Candidate]
    chosen: Sequence[Candidate]
    for i, hit in enumerate(hits):
        start, end, key = hit
        if key in ignored:
            result.rejected += 1
            words = key.split()
            if not CLUB_WORDS.isdisjoint(words):  # "Qarabag FK": a club named after a place
                seen.clubs.update(w for w in words if w not in CLUB_WORDS)
            continue
        while j < last and starts[j + 1] <= start:
            j += 1
        passage = passages[j] if passages else Passage(start, start, "")
        if passage.excluded:
            result.excluded += 1
            continue
        everything, n_curated = lookup(key)
        if plural_counties and text[end : end + 1] in " ," and _PLURAL_COUNTIES_AFTER.match(text, end):
            counties = lookup(f"{key} county")  # "Marion and Linn counties": two counties
            if counties[0]:
                (everything, n_curated), key = counties, f"{key} county"
        if not everything:
            continue
        if everything[-1].need == KIND_AFTER and _needs_its_kind(everything, n_curated, text, start, end):
            surface = text[start:end]
            if (
                _a_proper_name(surface)
                and not text.startswith(" of ", end)  # "the Free State of Saxony"
                and not part_of_name(text, start, end, lambda: False)
            ):  # "the Western Cape": a region in an article about its country (decided later)
                kinds = [c for c in everything if c.need == KIND_AFTER]
                held_back.append(
                    (Mention(path, surface, key, start, end, passage), kinds, "world", everything)
                )
                continue
            result.rejected += 1  # "National Unity": a region named like a word, without its kind
            continue

        def headline(passage: Passage = passage) -> bool:
            known = headlines.get(passage.start)
            if known is None:
                known = headlines[passage.start] = is_headline(passage.text)
            return known

        dotted = text[end : end + 1] == "." and text[end - 2 : end - 1] == "."
        if dotted:
            end += 1  # a dotted abbreviation keeps its period: "U.S."
        # "U.S. Agency for ..." is an organisation; "U.S. Secretary of State" is not, nor
        # "US President" or "UAE Foreign Minister" (but "US Central Command" is one).
        titled = end - start <= 3 and text[start:end].isupper() and _TITLE_AFTER.match(text, end)
        if why_not := part_of_name(text, start, end, headline, any_capital=not (dotted or titled)):
            result.rejected += 1
            if names_a_club(text, start, end) or (why_not == PARTY_REASON and not _a_country(everything)):
                seen.clubs.add(key)  # "the ruling Morena party ... joined Morena" (not "United Russia party")
            elif a_full_name_and_age(text, end) or after_an_office(text, start):
                # "Sevan Hakobyan, 34, ... For Sevan, ..."; "Prime Minister Abiy Ahmed ... Abiy said"
                seen.first_names.add(text[start:end])
            elif (
                not n_curated
                and SUFFIX_AFTER.match(text, end)
                and all(c.place.kind == "city" for c in everything)
                and (
                    after_a_first_name(text, start, headline)
                    or INITIAL_BEFORE.search(text, max(0, start - 20), start)
                )
            ):
                seen.people.add(text[start:end])  # "Robert F. Kennedy Jr. ... Kennedy said": a surname
            continue
        if (
            names_a_product(text, end)
            or (names_a_style(text, end) and not _a_country(everything))  # "Westminster-style"
            or text[end : end + 1] == "$"  # "US$400 million", "HK$": a currency
            or (n_curated == 0 and goes_on_in_romance(text, end))  # "San Juan de Lurigancho"
            or served_as_a_drink(text, start)
            or names_a_work(text, start, end)
            or numbers_a_road(text, start, end)  # "U.S. 27": a highway
            or (not n_curated and a_plural_word_opening_a_sentence(text, start, end))  # "Rivers rose"
            or names_a_people(text, start, end)
            or a_given_name(text, start, end)
            or described_as_a_team(text, start, end)
            or (key not in club_names and after_a_youth_team(text, start))  # "the youth team of Urartu"
            or a_family_named(text, start, end)  # "the Mikoyan brothers"
            or _a_street_before(text, start)  # "Via Napoli", "Avenida Brasil"
            or _a_feature_before(text, start)  # "Mount Iwate", "Lake Biwa": no town's mention
            or (not n_curated and _a_feature_named_like_its_region(text, end, everything, key))
            or (
                not n_curated
                and after_the_article(text, start, end)
                and (
                    _small_towns_only(everything)
                    or _other_names_of_towns_only(everything, key)
                    or _towns_needing_context_only(everything)
                )
            )
        ):
            result.rejected += 1
            continue
        if (
            key in club_names
            and (
                reports_a_match(text, start, end)
                or after_a_team_word(text, start)
                or (about_a_match(passage.text) and not has_place_context(text, start, end))
            )
            and not strong_place_cue(text, start)
        ):  # "to watch Qarabag in the Europa League", "the champions Qarabağ", "Arsenal,
            # Chelsea, Qarabağ" after a sentence on scarves: the curated club
            result.rejected += 1
            seen.clubs.add(key)
            continue
        if _a_clubs_full_name(text, end, everything):  # "Leicester City", "Luton Town"
            result.rejected += 1
            seen.clubs.add(key)
            continue
        if a_side_in_a_result(text, start, end):  # "Mali beat Tunisia 1-0": teams
            result.rejected += 1
            if not _a_country(everything):  # "beat Benfica 3-2 ... the Benfica game": a club
                seen.clubs.add(key)
            continue
        if names_a_disease(text, start, end):  # "Marburg virus", "Lassa fever"
            result.rejected += 1
            seen.diseases.add(key)
            continue
        if _a_breed(text, end, everything):  # "Holstein and Jersey cows", not "Texas cattle"
            result.rejected += 1
            continue
        if names_a_ship(text, start, end):  # "the carrier Shandong"
            result.rejected += 1
            seen.ships.add(key)
            continue
        surface = text[start:end]
        if (
            AGE_AND_ROLE.match(text, end)
            or EPITHET.match(text, end)
            or (not n_curated and aged_like_a_person(text, start, end))
        ):  # "Sevan, 47, a driver"; "Constantine the Great"; "Jordan, a 27-year-old Honduran"
            result.rejected += 1
            seen.first_names.add(surface)
            continue
        cands: Sequence[Candidate] = everything
        held: list[Candidate] = []
        if n_curated and (
            (text[end : end + 1] == "," and described_as_a_person(text, start, end, headline))
            or a_named_speaker(text, start, headline)
            or name_announced(text, start)
            or a_relative_named(text, start)
        ):
            result.rejected += 1  # "Moshe Berlin, 71", "gave her name only as Paris": a person
            continue
        if (
            n_curated
            and _an_acronym_in_capitals(surface, everything[:n_curated])
            and not opens_a_dateline(text, start, end)
            and not headline()
        ):
            result.rejected += 1  # "a SWAT team", "UCH": an acronym, not Swat or Uch
            continue
        if n_curated and surface in seen.people and not _cued_as_place(text, start, end):
            result.rejected += 1  # "Karki said" after "Sushila Karki": the same person
            continue
        if (
            n_curated
            and named_like_a_surname(everything[:n_curated], key)
            and after_a_first_name(text, start, headline)
            and word_before(text, start).lower() not in peoples()  # "Greek Kos": the island
            and not _cued_as_place(text, start, end)
        ):
            result.rejected += 1  # "Sushila Karki": a surname, not Tigranashen's other name
            seen.people.add(surface)
            continue
        if ends_a_romance_name(text, start):
            result.rejected += 1  # "Parada de Lucas", "Complexo de Israel": a longer name's end
            continue
        if n_curated:
            chosen, origin = everything[:n_curated], "gazetteer"
        elif " " in surface and _lowercase_ending(surface):
            result.rejected += 1  # "The villages": a world name is capitalized throughout
            continue
        elif key in LANGUAGES:
            result.rejected += 1  # "signs in Dari": a language, not the town
            continue
        elif _STREET_AFTER.match(text, end):
            result.rejected += 1  # "al-Rashid Street": a street named after a person or a place
            continue
        elif (
            surface.isupper()
            and (all(c.need >= NEEDS_CONTEXT for c in cands) or _an_acronym_of_another_name(cands, key))
            and not opens_a_dateline(text, start, end)
            and not headline()
            # "Haywood County, N.C.": a state's abbreviation after a place
            and not (any(c.need == AFTER_PLACE for c in cands) and _qualifies_previous(hits, i, text))
        ):
            result.rejected += 1  # "the EU and NATO": an acronym, not the small town Nato
            continue
        else:
            if after_a_first_name(text, start, headline) or (
                not _qualifies_previous(hits, i, text)
                and not _listed_after_a_name(hits, i, text)
                and looks_like_person(
                    text, start, end, speech=not _speaks_for_a_state(cands), opponent=not _a_country(cands)
                )
            ):
                if _a_country(cands):  # "Visit Rwanda": this mention only, not every "Rwanda"
                    result.rejected += 1
                    if _DESCRIBED_PERSON_AFTER.match(text, end) and after_a_first_name(text, start, headline):
                        seen.people.add(surface)  # "Kelvin Jordan, 52, ... Jordan said": the man
                    continue
                seen.people.add(surface)
            else:
                # "a Boston-based charity"
                based = text[end : end + 1] == "-" and _BASED_AFTER.match(text, end) is not None
                described = described_as_place(text, end)
                cued = (
                    based
                    or described
                    or has_place_context(text, start, end)
                    or _in_compound(hits, i, text)
                    or opens_a_dateline(text, start, end)
                )
                allowed = NEEDS_CONTEXT if cued else FREE
                qualified = _qualifier_follows(hits, i, text, gazetteer, world)
                # A name that is surely a place (one of its places needs nothing) may be
                # any of them after a cue: "in Tripoli" can be Lebanon's (a common word).
                # After "in", "near", "the town of", a name that is also a common word is a
                # place ("in Valence"), unless a headline has every word capitalized.
                settled = allowed >= NEEDS_CONTEXT and (
                    any(c.need == FREE for c in cands)
                    or (
                        (based or strong_place_cue(text, start))
                        and not text[end + 1 : end + 2].isupper()  # "in Independence Square"
                        and surface.lower() not in CALENDAR
                        and not headline()
                    )
                )
                after_place = _qualifies_previous(hits, i, text)  # "Glendale, Calif."
                # Held back for the article's country: a town that needs a cue, without one
                # ("Avdiivka fell"); a big town named like a word, after a weak cue
                # ("residents of Tyre"); a town named like a word that an appositive calls
                # a place ("Mora, the nearest Cameroonian town").
                # So is a big town named like a word in a list of names ("the mayors of
                # Mardin, Batman and Halfeti").
                held = [
                    c
                    for c in cands
                    if (c.need == NEEDS_CONTEXT and not cued and c.place.kind in HELD_KINDS)
                    or (
                        c.place.kind == "city"
                        and c.need == NEEDS_QUALIFIER
                        and (
                            described
                            or (
                                c.place.population >= CONTEXT_FREE_POP
                                and (cued or _in_a_list_of_names(hits, i, text) or a_rare_word(key))
                                and not _a_namesake_bears_it(c, cands, key)  # "Bogo" is not Bago City
                            )
                        )
                    )
                ]
                cands = [
                    c
                    for c in cands
                    if c.need <= allowed
                    or (settled and c.need == NEEDS_QUALIFIER)
                    # "Newport, Tennessee —" opening a story: the qualifier is cue enough
                    or (qualified and c.need in (NEEDS_CONTEXT, NEEDS_QUALIFIER))
                    or (after_place and c.need == AFTER_PLACE)
                    or (c.need == KIND_AFTER and _its_kind_written(text, start, end, c.place))
                ]
            if (
                cands
                and REGION_WORD_AFTER.match(text, end)
                and all(_another_small_town(c, key) for c in cands)
            ):
                # "Razavi Khorasan province": a region the world index does not know, not
                # a small town that bears the name as another name ("Khorasan" for Horasan),
                # unless of the article's country ("Batken region" is Batken's own name)
                held, cands = [*held, *cands], []
                seen.people.discard(surface)
            if not cands and held and surface not in seen.people:
                # "Avdiivka fell": a town that needs a cue may still be one of the
                # article's country (decided once the article's context is known).
                held_back.append(
                    (Mention(path, surface, key, start, end, passage), held, "world", everything)
                )
                continue
            if not cands or (surface in seen.people and not _cued_as_place(text, start, end)):
                result.rejected += 1
                continue
            chosen, origin = cands, "world"
            if text[end : end + 1] == "." and all(c.need == AFTER_PLACE for c in cands):
                end += 1  # an abbreviation keeps its period: "Calif."
                surface = text[start:end]
        if origin == "world" and len(chosen) < len(everything):
            unfiltered[start] = everything  # towns that need a cue were set aside
        pending.append((Mention(path, surface, key, start, end, passage), chosen, origin, cands))
    pending = _once_not_a_place_always(pending, result, text, seen)
    context = ArticleContext.from_unambiguous(pending, text, gazetteer.by_id)
    admitted: dict[int, str] = {}
    if held_back:
        pending, admitted = _admit_held_back(
            pending, held_back, context, text, seen.people | seen.first_names, seen.clubs
        )
        result.rejected += len(held_back) - len(admitted)
    previous: Resolved | None = None
    resolved = result.resolved
    bases: list[str] = []  # what each choice rests on (CUE, FIRM or WEAK)
    chosen_from: list[Pending] = []  # the pending item of each resolved mention
    for i, (mention, options, origin, everything) in enumerate(pending):
        cue: Choice | None = None
        if previous is not None and 0 < mention.start - previous.mention.end <= QUALIFIER_MAX:
            cue = pair_cue(mention, everything, text, previous)
        following = pending[i + 1] if i + 1 < len(pending) else None
        if cue is None and following and 0 < following[0].start - mention.end <= QUALIFIER_MAX:
            cue = qualified_by_next(mention, everything, following, text)
            if cue is None and (
                outside_its_region(mention, everything, following, text)
                or outside_its_qualifier(mention, everything, following, text)
            ):
                result.rejected += 1  # "Hays, a farming town in ... Hodeidah province"
                continue
        if cue is None and origin == "gazetteer" and len(everything) > len(options):
            worlds = everything[len(options) :]  # the world's places of a curated name
            cue = a_world_place_by_its_kind(mention, options, worlds, text, context) or among_its_sentence(
                mention, options, worlds, context, _earlier_in_passage(resolved, mention)
            )
        if cue is not None:
            place, why, basis = cue
        elif len(options) == 1:
            place, why, basis = options[0].place, ONLY_CANDIDATE[origin], FIRM
            if mention.start in admitted:  # weak grounds: a cue elsewhere may say which town
                kind = "town" if place.kind == "city" else place.kind
                why = f"context: a {kind} of {admitted[mention.start]}, which the article is about (world)"
                basis = WEAK
        else:
            inside = held_by_previous(mention, options, text, previous)
            if len(inside) == 1 and previous is not None:  # "Van's Saray district": Van's country's
                cue_text = text[previous.mention.start : mention.end]
                place, why, basis = inside[0].place, f"cue '{cue_text}'", CUE
            else:
                place, why, basis = choose(
                    mention, inside, origin, text, context, _earlier_in_passage(resolved, mention)
                )
        previous = Resolved(mention, place, why)
        resolved.append(previous)
        bases.append(basis)
        chosen_from.append(pending[i])
    one_sense_per_article(resolved, bases, chosen_from, text, unfiltered)
    county_of_its_town(resolved, bases, chosen_from)
    curated_default_follows_its_namesake(resolved, bases, chosen_from, unfiltered, text)
    not_a_far_namesake(resolved, unfiltered)
    result.far = far_from_the_rest(resolved)
    result.counties = counties_of_far_towns(resolved, text)
    return result


SMALL_TOWN = 5_000
"""A town smaller than this (a village) is no likely head of a phrase after "the" ("on the
Elbe"); bigger ones may be city districts ("the Baixa", "the Bairro Alto")."""


def _small_towns_only(cands: Sequence[Candidate]) -> bool:
    """True when every candidate is a town of under :data:`SMALL_TOWN` people, all with a
    known population (GeoNames gives none for some city districts: those are not judged)."""
    return all(c.place.kind == "city" and 0 < c.place.population < SMALL_TOWN for c in cands)


def _towns_needing_context_only(cands: Sequence[Candidate]) -> bool:
    """True when every candidate is a world town of known population under
    :data:`CONTEXT_FREE_POP` that needs its country's context to count: "up and down the
    Andes" is neither Los Andes in Chile nor Andes in Colombia."""
    return all(
        c.place.kind == "city" and 0 < c.place.population < CONTEXT_FREE_POP and c.need == NEEDS_CONTEXT
        for c in cands
    )


REGION_FEATURE_WORDS = frozenset({"sea", "nile"})
"""Last words of the names of regions named after a sea or the Nile: "Red Sea", "Blue Nile"
("Tana River" county is named so as often as its river)."""


def _a_feature_named_like_its_region(text: str, end: int, cands: Sequence[Candidate], key: str) -> bool:
    """True when every candidate is a world region named after a sea or the Nile and no
    region word follows: "shipping in the Red Sea", "the dam on the Blue Nile" (not "Red
    Sea province", "Blue Nile state")."""
    return (
        key.rsplit(" ", 1)[-1] in REGION_FEATURE_WORDS
        and " " in key
        and all(c.place.id.startswith(WORLD_REGION) for c in cands)
        and not REGION_WORD_AFTER.match(text, end)
    )


def _other_names_of_towns_only(cands: Sequence[Candidate], key: str) -> bool:
    """True when every candidate is a world town of known population under
    :data:`CONTEXT_FREE_POP` that bears ``key`` only as another name ("the Andes" is no
    other name of Los Andes, "the Irtysh" none of Irtyshsk; but "the Big Apple" is New
    York, and city districts, of no known population, are not judged)."""
    if key.rsplit(" ", 1)[-1] in PLACE_WORDS:
        return False  # "the Holosiivskyi district": a place by its kind
    return all(c.place.population > 0 and _another_small_town(c, key) for c in cands)


@dataclass
class Seen:
    """Names an article has used for something else than a place, so far."""

    people: set[str] = field(default_factory=set)
    """World-only names seen used as a person's name."""
    clubs: set[str] = field(default_factory=set)
    """Keys seen in a sports club's or a party's name ("Qarabag FK")."""
    first_names: set[str] = field(default_factory=set)
    """First names of people given with an age or an office."""
    ships: set[str] = field(default_factory=set)
    """Keys seen as a ship's name ("the carrier Shandong")."""
    diseases: set[str] = field(default_factory=set)
    """Keys seen in a disease's name ("Marburg virus")."""

    def __bool__(self) -> bool:
        return bool(self.people or self.clubs or self.first_names or self.ships or self.diseases)


def _once_not_a_place_always(
    pending: list[Pending], result: ArticleResult, text: str, seen: Seen
) -> list[Pending]:
    """``pending`` without the mentions of names the article used for a person, a club,
    a ship or a disease elsewhere, but where the text says place."""
    # "Charles Michel ... Michel's statement": once a person, always a person here,
    # but where a strong cue says place ("Rami Aleppo ... in Aleppo"), or a list of places
    # holds the name ("Moscow, Kazan and Sochi").
    if not seen:
        return pending
    listed = in_lists(pending, text)

    def said_as_place(p: Pending) -> bool:
        return _cued_as_place(text, p[0].start, p[0].end) or p[0].start in listed

    if seen.people:
        pending = [
            p for p in pending if p[2] == "gazetteer" or p[0].surface not in seen.people or said_as_place(p)
        ]
    # "Sevan Hakobyan, 34, ... For Sevan, the choice was simple": the person, curated or not,
    # but where a strong cue says place ("in Sevan"), or where it is a country's name.
    if seen.first_names:
        pending = _keep(
            pending,
            result,
            lambda p: (
                p[0].surface not in seen.first_names
                or _a_country(p[1])  # "Georgia Brown, 34, ... the border with Georgia"
                or said_as_place(p)
            ),
        )
    # "the carrier Fujian ... The Fujian sailed": the ship, unless a place cue says otherwise.
    if seen.ships:
        pending = _keep(
            pending,
            result,
            lambda p: (
                p[0].key not in seen.ships
                or text[max(0, p[0].start - 4) : p[0].start] not in ("the ", "The ")
                or said_as_place(p)
            ),
        )
    # "Marburg virus ... the Marburg outbreak": the disease, unless a place cue says
    # otherwise ("the German town of Marburg") or it is a country ("Sudan virus ... Sudan")
    if seen.diseases:
        pending = _keep(
            pending, result, lambda p: p[0].key not in seen.diseases or _a_country(p[1]) or said_as_place(p)
        )
    # "Qarabag FK ... Qarabag won again": the club, unless a place cue says otherwise
    # ("Rubin Kazan ... Kazan, the capital of Tatarstan").
    if seen.clubs:
        pending = _keep(
            pending,
            result,
            lambda p: (
                p[0].key not in seen.clubs
                or has_place_context(text, p[0].start, p[0].end)
                or opens_a_dateline(text, p[0].start, p[0].end)  # "LEICESTER -" after "Leicester City"
                or described_as_place(text, p[0].end)
                or p[0].start in listed
            ),
        )
    return pending


def _another_small_town(c: Candidate, key: str) -> bool:
    """True for a small town that bears ``key`` only as another of its names."""
    return c.place.kind == "city" and c.place.population < CONTEXT_FREE_POP and own_key(c.place.name) != key


def _a_namesake_bears_it(cand: Candidate, cands: Sequence[Candidate], key: str) -> bool:
    """True when ``key`` is only another name of ``cand``'s town while a town of the same
    country bears it as its own: "Bogo" names Bogo in Cebu, not Bago City, which GeoNames
    also calls so ("Sour" stays Tyre, which no Lebanese town bears as its own name)."""
    if own_key(cand.place.name) == key:
        return False
    return any(o.place.country == cand.place.country and own_key(o.place.name) == key for o in cands)


def _admit_held_back(
    pending: list[Pending],
    held_back: Sequence[Pending],
    context: ArticleContext,
    text: str,
    people: set[str],
    clubs: set[str],
) -> tuple[list[Pending], dict[int, str]]:
    """``pending`` with the held-back towns of the article's countries put in place.

    A town that needs a cue ("in X") counts without one when it lies in a country the
    article names at least twice or names in the same paragraph: "Russian forces took
    Ocheretyne" in an article about Ukraine. Returns the mentions admitted (by start)
    with the country that admitted them.
    """
    main = {cc for cc, n in context.countries.items() if n >= ARTICLE_COUNTRY_MENTIONS and cc}
    admitted: dict[int, str] = {}
    extra: list[Pending] = []
    for mention, held, origin, everything in held_back:
        if mention.surface in people or mention.key in clubs:
            continue
        here = main | {cc for _, cc in context.paragraphs.get(paragraph_start(text, mention.start), ())}
        fitting = [c for c in held if c.place.country in here]
        if fitting:
            extra.append((mention, fitting, origin, everything))
            admitted[mention.start] = fitting[0].place.country
    if not extra:
        return pending, admitted
    return sorted([*pending, *extra], key=lambda p: p[0].start), admitted


def _earlier_in_passage(resolved: Sequence[Resolved], mention: Mention) -> list[tuple[float, float]]:
    """The points of the places resolved before ``mention`` in its passage (countries
    aside): they come last in ``resolved``, which is in text order."""
    out = []
    for r in reversed(resolved):
        if r.mention.passage.start != mention.passage.start:
            break
        if r.place.kind != "country":
            out.append((r.place.lat, r.place.lon))
    return out


SPEAKING_CITY = 500_000
"""A city this big may speak for its government ("Khartoum said"), as a country does."""


def _a_country(cands: Sequence[Candidate]) -> bool:
    return any(c.place.kind == "country" for c in cands)


def _speaks_for_a_state(cands: Sequence[Candidate]) -> bool:
    """True when one of the candidates is a country, a big city or a region of several
    words: "X said" is metonymy ("the government of British Columbia argued"; not
    "Victoria said", a first name too)."""
    return (
        _a_country(cands)
        or any(c.place.population >= SPEAKING_CITY for c in cands)
        or any(c.place.id.startswith(WORLD_REGION) and " " in c.place.name for c in cands)
    )


def _keep(pending: list[Pending], result: ArticleResult, keep: Callable[[Pending], bool]) -> list[Pending]:
    """The mentions of ``pending`` that ``keep`` accepts; the others count as rejected."""
    kept = [p for p in pending if keep(p)]
    result.rejected += len(pending) - len(kept)
    return kept


def _cued_as_place(text: str, start: int, end: int) -> bool:
    """True when a strong place cue ("in", "near", "outside", "the town of") comes right
    before a name also used for a person, a ship or the like in the article: "Rami Aleppo
    ... in Aleppo". A possessive after it keeps it the person's: "in Michel's view". A place
    word after it makes it a place too: "Shakhtar Donetsk ... the Donetsk region", and so
    do an appositive ("Kazan, the capital of Tatarstan") and its office ("Hatay's
    governor")."""
    return (
        (strong_place_cue(text, start) and text[end : end + 1] not in ("'", "’"))
        or place_word_follows(text, end)
        or described_as_place(text, end)
        or _PLACES_OFFICE_AFTER.match(text, end) is not None
    )


CLUB_COUNTRIES = frozenset({"GB", "IE"})
"""Countries whose football clubs are named "X City" and "X Town" after their towns."""
_CLUB_SUFFIX_AFTER = re.compile(
    r" (?:City|Town)\b(?! (?:Council|Hall|Centre|Center|Square|Police|Mayor|Hospital|Station|Walls?)\b)"
)
"""A club's suffix after its town's name: "Leicester City", "Luton Town" (not "Bristol City
Council" nor "Luton Town Hall", which are the town's)."""


def _a_clubs_full_name(text: str, end: int, cands: Sequence[Candidate]) -> bool:
    """True when "City" or "Town" follows a name that is a town's in Britain or Ireland
    and no region's there, nor a country's: a club's name ("Leicester City", "Ipswich
    Town"; not Jamaica's parish of Manchester). A place so named is one name in the
    gazetteers ("Mexico City", "Cape Town", "Davao City") and never comes here."""
    return (
        text[end : end + 1] == " "
        and _CLUB_SUFFIX_AFTER.match(text, end) is not None
        and any(c.place.country in CLUB_COUNTRIES for c in cands)
        and all(c.place.kind == "city" for c in cands if c.place.country in CLUB_COUNTRIES)
        and not _a_country(cands)
    )


_BREED_EXEMPT = frozenset({"state", "province", "region"})
BREED_COUNTRY_POP = 1_000_000
"""A state, a region or a country this big before "cattle" is the place ("Texas cattle",
"Brazil cattle"); Jersey and Guernsey cows are breeds."""


def _a_breed(text: str, end: int, cands: Sequence[Candidate]) -> bool:
    """True when the name ending at ``end`` is a breed's, before the animal ("Holstein and
    Jersey cows"), and none of ``cands`` is a state, a region or a big country."""
    return names_a_breed(text, end) and not any(
        c.place.kind in _BREED_EXEMPT
        or (c.place.kind == "country" and c.place.population >= BREED_COUNTRY_POP)
        for c in cands
    )


_PLACES_OFFICE_AFTER = re.compile(r"['’]s (?:governor|mayor|governorate|municipality|city council)\b")
"""A place's office after its name: "Hatay's governor" (after "Hatay Yilmaz", a person)."""


def _qualifier_follows(
    hits: Sequence[Hit], i: int, text: str, gazetteer: Gazetteer, world: WorldIndex | None
) -> bool:
    """True when the next hit, after a qualifier's gap, names a state or country ("Paris,
    Texas", "Dover, in Delaware")."""
    if i + 1 >= len(hits) or not _comma_between(text, hits[i].end, hits[i + 1].start):
        return False
    key = hits[i + 1].key
    if any(p.kind == "country" for p in gazetteer.by_key.get(key, ())):
        return True
    return world is not None and any(
        world.kind[r] in ("state", "country") or need == AFTER_PLACE  # "Jasper, Alta."
        for r, need in world.entries(key)
    )


def _comma_between(text: str, end: int, start: int) -> bool:
    """True when a qualifier's gap separates two names: "Paris, Texas", "Pokrovsk, a
    small town in Yakutia" (:data:`geomap.resolve.choose.QUALIFIER_GAP`)."""
    return 0 < start - end <= QUALIFIER_MAX and QUALIFIER_GAP.fullmatch(text, end, start) is not None


def _qualifies_previous(hits: Sequence[Hit], i: int, text: str) -> bool:
    """True when hit ``i`` follows another name after a qualifier's gap: "Alexandria,
    Virginia, who ..."."""
    return i > 0 and _comma_between(text, hits[i - 1].end, hits[i].start)


def _in_compound(hits: Sequence[Hit], i: int, text: str) -> bool:
    """True when a hyphen joins hit ``i`` to another name: "Baku-Tbilisi-Ceyhan"."""
    hit = hits[i]
    if i > 0 and hits[i - 1].end == hit.start - 1 and text[hit.start - 1] == "-":
        return True
    return i + 1 < len(hits) and hits[i + 1].start == hit.end + 1 and text[hit.end : hit.end + 1] == "-"


def _listed_after_a_name(hits: Sequence[Hit], i: int, text: str) -> bool:
    """True when hit ``i`` follows another name in a list: "families from Tyre and
    Nabatieh said" (the towns' people said, not a person called Nabatieh)."""
    return i > 0 and text[hits[i - 1].end : hits[i].start] in LIST_GAPS


def _in_a_list_of_names(hits: Sequence[Hit], i: int, text: str) -> bool:
    """True when hit ``i`` is one of three names or more in a list: "Mardin, Batman and
    Halfeti"."""
    first = last = i
    while first > 0 and text[hits[first - 1].end : hits[first].start] in LIST_GAPS:
        first -= 1
    while last + 1 < len(hits) and text[hits[last].end : hits[last + 1].start] in LIST_GAPS:
        last += 1
    return last - first >= 2


def _an_acronym_in_capitals(surface: str, cands: Sequence[Candidate]) -> bool:
    """True for a short word in capitals that none of the curated places is written as:
    "SWAT" is a police unit, not Swat district ("UAE" and "DRC", written so in the
    gazetteer, are names)."""
    return (
        len(surface) <= 5
        and surface.isupper()
        and " " not in surface
        and all(surface != name for c in cands for name in (c.place.name, *c.place.aliases))
    )


def _an_acronym_of_another_name(cands: Sequence[Candidate], key: str) -> bool:
    """True when a short name in capitals is only another name of world towns, none of
    them called so: "IRNA reported" is the news agency, not Salerno's old name Irna (but
    "DRC" is the country's)."""
    return (
        " " not in key
        and len(key) <= 5
        and all(c.place.kind == "city" and name_key(c.place.name) != key for c in cands)
    )


def _lowercase_ending(surface: str) -> bool:
    """True when the last word of a name of several words is in lower case and is not a
    place word: "The villages" (not "Deir ez-Zor", "Santa Bárbara d'Oeste", "Ozzano
    dell'Emilia", "Huzhou city")."""
    last = surface[surface.rfind(" ") + 1 :]
    part = last[last.rfind("-") + 1 :]
    if not part[:1].islower() or part in PLACE_WORDS:
        return False
    quote = max(part.find("'", 0, 5), part.find("’", 0, 5))  # a particle: "d'Oeste", "dell'Emilia"
    return quote < 0 or part[quote + 1 : quote + 2].islower()


_TITLE_AFTER = re.compile(
    rf" (?:{'|'.join(OFFICE_TITLES)}|Vice|Secretary|Foreign|Defen[cs]e|Prime|Premier|Deputy|Envoy|Special"
    r"|Attorney)\b"
)
"""An office after a country's or a state's initials: "US President", "UAE Foreign Minister",
"NSW Premier"."""
_STREET_AFTER = re.compile(r" (?:Street|St\.|Road|Avenue|Ave\.|Boulevard|Lane)\b")
"""A street's name, for a name only the world gazetteer knows: "al-Rashid Street" (not
Rosetta, which GeoNames also calls Rashid), "Salah al-Din Road" (not the Iraqi province)."""
_a_street_before = WordsBefore(
    "Via", "Viale", "Rue", "Calle", "Avenida", "Rua", "Piazza", "Plaza", "Praça", mid_sentence=True
)
"""True after a street's or square's word, in the language of its city: "Via Napoli" in
Pozzuoli, "Avenida Brasil" in Rio, "Via Roma" (not at a sentence's start: "Via Rome, the
flight ...")."""
_a_feature_before = WordsBefore(
    "Mount", "Mt", "Mt.", "Lake", "Cape", "Gulf of", "Strait of", "Straits of", "Sea of", "Bay of"
)
"""True after a natural feature's word: "Mount Iwate", "Lake Malawi", "Cape Cod", "the Gulf
of Mexico", "the Sea of Azov" (a longer name that no gazetteer holds whole, named after the
place or the place after it)."""


_PLURAL_COUNTIES_AFTER = re.compile(r"(?:(?:,|,? and|,? or) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)* counties\b")
"""Names listed before "counties", the kind they share: "Marion and Linn counties", "Pierce,
King and Snohomish counties"."""
_DESCRIBED_PERSON_AFTER = re.compile(r", (?:\d{1,3},|who\b|an? \d{1,2}-year-old)")
"""An age or "who" after a person's full name: "Kelvin Jordan, 52,", "Daniel Jordan, who
runs a brokerage" (not "a Free North Korea, a group")."""


_BASED_AFTER = re.compile(r"-(?:based|born|headquartered)\b")
"""A compound that says its first part is a place: "a Boston-based charity"."""


_NAME_LINKS = frozenset({"of", "the", "and"})
"""Lower-case words inside a region's name: "Bay of Plenty"."""


def _a_proper_name(surface: str) -> bool:
    """True when every word of ``surface`` but its links ("of", "the") is capitalized: "the
    Western Cape", "Bay of Plenty", "Southland" (not "National unity")."""
    words = surface.split()
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_LINKS for w in words[1:])


def _needs_its_kind(cands: Sequence[Candidate], n_curated: int, text: str, start: int, end: int) -> bool:
    """True when every candidate is a region that counts only with its kind written by
    it, and that kind is not written there (a quick way out for "National Unity")."""
    return not n_curated and all(
        c.need == KIND_AFTER and not _its_kind_written(text, start, end, c.place) for c in cands
    )


def _its_kind_written(text: str, start: int, end: int, place: Place) -> bool:
    """True when a region's own kind is written after its name (see
    :func:`_its_kind_after`) or, for a county, before it ("County Kerry", "Co Kerry"), or
    when its name is written with the accents no English word has ("Pará", not "para")."""
    return (
        _its_kind_after(text, end, place.kind)
        or (place.kind == "county" and after_county(text, start))
        or (not text[start:end].isascii() and text[start:end] == place.name)
    )


def _its_kind_after(text: str, end: int, kind: str) -> bool:
    """True when a region's own kind is written right after its name: "Unity state" (a
    state), not "Bolívar state" for Colombia's department; or in the plural after it or
    after a second name joined to it: "Cameroon's North West and South West regions"."""
    after = end + 1 + len(kind)
    written = text[end : end + 1] == " " and text[end + 1 : after].lower() == kind
    if written and text[after : after + 1] == "s":
        after += 1
    if written and not text[after : after + 1].isalnum():
        return True
    pair = _KINDS_AFTER_A_PAIR.match(text, end, end + 60)
    return pair is not None and pair.group(1).lower() == kind


_KINDS_AFTER_A_PAIR = re.compile(r" and (?:[A-Z][\w'’-]*[ -])*?[A-Z][\w'’-]* (\w+)s\b")
"""A second name and the plural of a kind after a name: " and South West regions"."""
