"""Fixes prompted by blind293-308: a metropolis over the villages of its name in its own
country; a town listed with its neighbours over a far major city; a far town alone in its
country; a world place of the kind a cue names ("the city of Holland", "New York state");
Fort and Port towns; a town that needs a qualifier, without one, outside the article's main
country; a town's other name after "the"."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_matching import bundled, processed
from tests.resolve.test_us_places import ctx, found

__all__ = ["bundled", "ctx", "processed"]  # the module's fixtures and helpers


def test_a_metropolis_beats_a_village_of_its_name_near_the_other_places_of_its_sentence(
    ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Protests spread\n\nStudents marched in Jakarta, Indonesia, on Monday. Clashes were also "
        "reported in Surabaya, Bandung, Yogyakarta and Medan.\n"
    )
    (surabaya,) = [p for s, p in found(ctx, tmp_path, text) if s == "Surabaya"]
    assert surabaya == "geonames:1625822"  # the city of three million, not a West Java village


def test_a_town_listed_after_its_neighbours_is_theirs_not_a_far_major_city(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Algarve vote\n\nFARO, Portugal - Voters in Portugal's south backed the party again. "
        "Rents in towns such as Albufeira, Loulé and Lagos have risen with holiday lets.\n"
    )
    (lagos,) = [p for s, p in found(ctx, tmp_path, text) if s == "Lagos"]
    assert lagos == "geonames:2267226"  # the Algarve town beside Albufeira and Loulé, not Nigeria's


def test_a_far_town_alone_in_its_country_gives_way_to_its_namesake_in_the_articles(
    ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Election night\n\nFARO, Portugal - The party won seats in Faro and Setúbal, and in every "
        "district on the mainland except Bragança.\n"
    )
    (braganca,) = [p for s, p in found(ctx, tmp_path, text) if s == "Bragança"]
    assert braganca == "geonames:2742027"  # Portugal's Bragança, not Brazil's (three times bigger)


def test_a_far_major_city_keeps_its_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Storm news\n\nIn Texas, crews in Austin and Waco cleared roads. My cousin in Toronto "
        "called to ask about the damage.\n"
    )
    (toronto,) = [p for s, p in found(ctx, tmp_path, text) if s == "Toronto"]
    assert toronto == "geonames:6167865"  # a city of millions, not Toronto, Ohio


def test_the_city_of_a_countrys_other_name_is_a_town(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tulip farms\n\nFarmers in the Netherlands drove tractors to The Hague and Groningen. "
        "Growers in Michigan watched.\n\n"
        "Their county was settled by Dutch emigrants, who founded the city of Holland in 1847.\n"
    )
    got = found(bundled, tmp_path, text)
    (holland,) = [p for s, p in got if s == "Holland"]
    assert holland == "geonames:4996248"  # Holland, Michigan, not the Netherlands


def test_a_countrys_other_name_without_a_town_word_stays_the_country(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Tulip farms\n\nGrowers in Kenya ship roses to Holland every week.\n"
    assert ("Holland", "netherlands") in found(bundled, tmp_path, text)


def test_a_small_fort_or_port_is_a_town_not_a_phrase(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wildfire season\n\nFire crews in British Columbia ordered Fort Nelson emptied on Friday, "
        "and smoke drifted north over Fort Providence.\n"
    )
    got = dict(found(ctx, tmp_path, text))
    assert got.get("Fort Nelson") == "geonames:5955902"  # 2,600 people, named by two words
    assert got.get("Fort Providence") == "geonames:5955921"


def test_a_town_that_needs_a_qualifier_loses_to_a_capital_in_the_articles_country() -> None:
    from collections import Counter

    from geomap.gazetteer.world import FREE, NEEDS_QUALIFIER
    from geomap.models import Mention, Passage, Place
    from geomap.resolve.candidates import Candidate
    from geomap.resolve.choose import choose
    from geomap.resolve.context import ArticleContext

    text = "Protesters marched through Panama City against the envoy."
    start = text.index("Panama City")
    mention = Mention("a.txt", "Panama City", "panama city", start, start + 11, Passage(0, len(text), text))
    capital = Place(
        "geonames:3703443",
        "Panama City",
        "city",
        8.994,
        -79.519,
        country="PA",
        source="world",
        population=408_168,
    )
    florida = Place(
        "geonames:4167694",
        "Panama City",
        "city",
        30.159,
        -85.660,
        country="US",
        source="world",
        population=38_286,
    )
    # an article on Panama that names the US often too, its places spread towards Florida
    context = ArticleContext(Counter(PA=9, US=6, CN=3), 25.0, -84.0, {}, {}, set(), {}, {})
    cands = [Candidate(capital, FREE), Candidate(florida, NEEDS_QUALIFIER)]
    assert choose(mention, cands, "world", text, context)[0] is capital
    # in an article mostly on the US, the Florida town may still win on its merits
    context_us = ArticleContext(Counter(US=9, PA=6), 29.0, -86.0, {}, {}, set(), {}, {})
    assert choose(mention, cands, "world", text, context_us)[0] is florida


def test_after_the_a_towns_other_name_is_a_river(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flood crest\n\nIn Russia and Kazakhstan, the Ishim will carry the meltwater from "
        "Kazakhstan into the Irtysh, and "
        "officials in Tobolsk expect high water. In Kyiv, power failed in the Holosiivskyi "
        "district, Ukraine said.\n"
    )
    got = [s for s, _ in found(ctx, tmp_path, text)]
    assert "Irtysh" not in got  # the river, not Irtyshsk in Kazakhstan, which it names
    assert "Tobolsk" in got
    assert "Holosiivskyi district" in got  # a place by its kind, after "the" too


def test_state_after_a_curated_citys_name_makes_it_the_state(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Football news\n\nThe Bills are the only team that plays its home games in New York state, "
        "and growers in Washington state sold fewer grapes.\n"
    )
    got = dict(found(bundled, tmp_path, text))
    assert got.get("New York") == "geonames:5128638"  # the state, not the city
    assert got.get("Washington") == "geonames:5815135"  # the state, not the capital


def test_the_places_before_a_name_in_its_sentence_count_in_scoring(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Protest night\n\nIn Liverpool a protest at the docks passed off quietly, but by the "
        "evening about 300 people had gathered on County Road in Walton, near a mosque.\n"
    )
    got = dict(found(ctx, tmp_path, text))
    assert got.get("Walton") == "geonames:2634827"  # Liverpool's Walton, 4 km from the city


def test_a_company_based_in_a_city_is_based_in_the_major_one(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Acid leak\n\nMcRae, a town in White County, Arkansas, lies north-east of Little Rock on "
        "the line the Omaha-based railroad runs.\n"
    )
    assert ("Omaha", "geonames:5074472") in found(ctx, tmp_path, text)  # Nebraska's city


def test_the_nile_named_like_sudans_states_is_the_river(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dam opens\n\nEthiopia opened the dam on the Blue Nile, and Khartoum, where the Blue Nile "
        "meets the White Nile, said Sudan would watch. In Blue Nile state, farmers waited.\n"
    )
    got = found(ctx, tmp_path, text)
    assert [s for s, _ in got if "Nile" in s] == ["Blue Nile"]  # the state, once, by its kind


def test_a_governors_title_after_a_name_makes_it_the_state(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Storm relief\n\nAfter the storm, Georgia Governor Brian Kemp sent crews to the coast.\n"
    assert ("Georgia", "geonames:4197000") in found(bundled, tmp_path, text)  # the state, not the country
