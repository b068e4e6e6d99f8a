"""Ireland's counties, written alone or after "County" or "Co"; Tibet; names that are no town
(rivers, mountains, a railroad, courts and councils); the towns of a named province."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_matching import bundled, processed
from tests.resolve.test_us_places import ctx, found

__all__ = ["bundled", "ctx"]  # the module's fixtures

DONEGAL, LOUTH, KERRY, MAYO, CLARE = (f"iso3166-2:IE-{c}" for c in ("DL", "LH", "KY", "MO", "CE"))


def test_a_county_in_an_article_about_ireland_is_the_county(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Donegal families count the cost\n\nHomes in Donegal are crumbling, and owners in Mayo "
        "and Clare say the Irish scheme is too slow. Dublin has promised more money for Ireland.\n"
    )
    got = found(ctx, tmp_path, text)
    # not Donegal town (2,600 people), a Maryland Mayo nor Clare in Suffolk
    assert got[:3] == [("Donegal", DONEGAL), ("Donegal", DONEGAL), ("Mayo", MAYO)]
    assert ("Clare", CLARE) in got


def test_county_and_co_before_a_name_make_it_the_county(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Commuter news\n\nDrogheda sits mostly in Co Louth, across the river from Meath, Ireland. "
        "A hotel in Moville, Co Donegal, burned, and walkers came from County Kerry.\n"
    )
    outcome = processed(ctx, tmp_path, text)
    got = [(r.mention.surface, r.place.id) for r in outcome.resolved]
    assert ("Louth", LOUTH) in got  # "Co" is no first name
    assert ("Donegal", DONEGAL) in got
    assert ("Kerry", KERRY) in got  # a dictionary word ("kerry"), but a county after "County"
    assert not outcome.unresolved  # not "Co Louth" as a name no gazetteer knows


def test_a_county_stands_at_its_county_town(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Housing news\n\nIn Ireland, builders in Co Donegal and Co Clare wait for blocks.\n"
    outcome = processed(ctx, tmp_path, text)
    points = {r.mention.surface: (r.place.lat, r.place.lon) for r in outcome.resolved}
    assert abs(points["Donegal"][0] - 54.832) < 0.01 and abs(points["Donegal"][1] + 7.484) < 0.01  # Lifford
    assert abs(points["Clare"][0] - 52.844) < 0.01 and abs(points["Clare"][1] + 8.986) < 0.01  # Ennis


def test_an_unknown_county_after_co_is_reported_by_its_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Farm news\n\nIn Ireland, the herd grazed near Co Tyronex on Monday.\n"
    assert [u.surface for u in processed(ctx, tmp_path, text).unresolved] == ["Tyronex"]


def test_tibet_and_tingri_are_places(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Quake news\n\nThe earthquake struck Tibet's Tingri county on Tuesday, and climbers "
        "flew out of Lukla in Nepal. Dingri's schools stayed shut across Tibet.\n"
    )
    got = found(bundled, tmp_path, text)
    assert ("Tibet", "tibet") in got  # not only with its kind after it ("Tibet region")
    assert ("Tingri", "tingri") in got and ("Dingri", "tingri") in got
    assert ("Lukla", "lukla") in got


def test_a_rivers_name_is_no_other_name_of_a_town(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Plant news\n\nThe town of Lexington, Nebraska, lies on the Platte River, west of Kearney.\n"
    # GeoNames lists "Platte River" among Platteville's other names
    assert "Platte River" not in [surface for surface, _ in found(ctx, tmp_path, text)]


def test_the_railroad_is_no_mention_of_norfolk(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Union Pacific Deal for Norfolk Southern Stirs Old Questions in East Palestine\n\n"
        "The railroad has been based in Atlanta since 2021, when it left Norfolk, Virginia.\n"
    )
    assert [s for s, _ in found(bundled, tmp_path, text)].count("Norfolk") == 1  # the city only


def test_a_mountain_named_after_a_place_is_no_person_nor_the_place(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Morioka news\n\nIwate's population has fallen below 1.2 million, as people leave for "
        "Sendai and Tokyo. The cone of Mount Iwate is on the skyline.\n"
    )
    got = [(r.mention.surface, r.mention.start) for r in processed(ctx, tmp_path, text).resolved]
    assert ("Iwate", 14) in got  # "Mount" is no first name that makes Iwate a person
    assert [surface for surface, _ in got].count("Iwate") == 1  # the mountain is not the prefecture


def test_a_court_or_a_council_named_after_a_place_is_an_institution(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Court news\n\nIn Dublin, six people from the village appeared at Bray District Court on "
        "Friday, and Cork County Council met in Ireland's south.\n"
    )
    got = [surface for surface, _ in found(ctx, tmp_path, text)]
    assert "Dublin" in got and "Bray" not in got and "Cork" not in got


def test_a_region_named_like_a_word_counts_when_written_with_its_accents(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fire news\n\nSmoke from fires in Pará reached Manaus, in Brazil's north. "
        "Para athletes trained indoors.\n"
    )
    got = [(s, p) for s, p in found(ctx, tmp_path, text)]
    assert ("Pará", "iso3166-2:BR-PA") in got  # not left out as the word "para"
    assert [s for s, _ in got].count("Pará") == 1 and "Para" not in [s for s, _ in got]


def test_a_town_of_a_named_province_beats_a_namesake_in_another_named_country(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fire news\n\nThe biggest wildfire ever recorded in Nova Scotia is now held, officials said. "
        "Firefighters from the United States joined the crews, and U.S. pumps came too. Crews "
        "from Yarmouth drove east.\n"
    )
    # Yarmouth, Nova Scotia, as a US state named would place it; not Yarmouth, Massachusetts
    assert ("Yarmouth", "geonames:6185217") in found(ctx, tmp_path, text)
