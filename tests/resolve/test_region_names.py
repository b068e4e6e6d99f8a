"""Regions, parishes and names with particles in news text."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_us_places import ctx, found

__all__ = ["ctx"]  # the module's fixture: the small gazetteer with the world one


def test_parishes_in_an_article_about_jamaica(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Storm news\n\nKINGSTON, Oct. 29 - The storm hit Jamaica hard. Westmoreland and "
        "St. Elizabeth were flattened, officials in Jamaica said.\n"
    )
    got = found(ctx, tmp_path, text)
    assert ("Westmoreland", "iso3166-2:JM-10") in got  # not a small US town of the name
    assert ("St. Elizabeth", "iso3166-2:JM-11") in got


def test_a_parish_named_like_a_saint_needs_its_country(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Church news\n\nPilgrims walked the road of St James to the cathedral of Santiago.\n"
    assert not [place for _, place in found(ctx, tmp_path, text) if place.startswith("iso3166-2:JM")]


def test_a_name_ending_in_an_elided_particle_is_whole(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Flood news\n\nWater reached Ozzano dell'Emilia and Reggio nell’Emilia overnight.\n"
    assert [surface for surface, _ in found(ctx, tmp_path, text)] == [
        "Ozzano dell'Emilia",
        "Reggio nell’Emilia",
    ]


def test_a_curated_name_in_capitals_is_an_acronym_unless_written_so(tmp_path: Path) -> None:
    from tests.resolve.test_matching import curated_context

    ctx = curated_context(
        tmp_path,
        "swat,Swat,Swat district,district,34.75,72.357,,PK,,,seat Saidu Sharif\n"
        "uae,United Arab Emirates,UAE,country,24.45,54.38,,AE,,,\n",
    )
    text = "Police news\n\nA SWAT team entered the building. The UAE sent aid. Rain hit Swat.\n"
    assert found(ctx, tmp_path, text) == [("UAE", "uae"), ("Swat", "swat")]
    dateline = "Flood news\n\nSWAT, Aug. 16 - Rain fell again.\n"
    assert found(ctx, tmp_path, dateline) == [("SWAT", "swat")]


def test_canadian_province_abbreviations_qualify_a_town(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Fire news\n\nIn Kelowna, B.C., and Flin Flon, Man., smoke rose. Around 200 B.C. it was calm.\n"
    assert found(ctx, tmp_path, text) == [
        ("Kelowna", "geonames:5990579"),
        ("B.C.", "iso3166-2:CA-BC"),
        ("Flin Flon", "geonames:5954718"),
        ("Man.", "iso3166-2:CA-MB"),
    ]


def test_a_town_its_qualifier_rules_out_is_none_of_its_namesakes(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # the world data lacks Jasper in Alberta: not Jasper, Indiana, nor any other
    text = "Fire news\n\nFlames reached Jasper, Alta., on Monday. Jasper, Indiana, was spared.\n"
    got = found(ctx, tmp_path, text)
    assert [surface for surface, _ in got] == ["Alta.", "Jasper", "Indiana"]
    listed = "Trade news\n\nFlights from Lyon, Italy and Spain landed.\n"
    assert [surface for surface, _ in found(ctx, tmp_path, listed)] == ["Lyon", "Italy", "Spain"]


def test_a_major_city_beats_a_small_namesake_nearly_as_near_the_sentence(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Smoke news\n\nA haze settled over the United States on Thursday. Rankings put Chicago "
        "first, with Minneapolis and Toronto close behind. Detroit also appeared.\n"
    )
    assert ("Toronto", "geonames:6167865") in found(ctx, tmp_path, text)  # not Toronto, Ohio


def test_a_city_s_own_name_beats_another_name_of_a_smaller_town_abroad(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Smoke news\n\nFires burned across Canada this week. Smoke from the fires in Quebec "
        "drifted over New York and Connecticut.\n"
    )
    assert ("Quebec", "geonames:6325494") in found(ctx, tmp_path, text)  # not New Britain, Conn.


def test_a_hyphen_compound_opening_an_organisation_s_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Fire news\n\nThe Athens-Macedonian News Agency said crews held the line.\n"
    assert found(ctx, tmp_path, text) == []


def test_a_public_body_named_after_its_country(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Fire news\n\nParks Canada closed the park and Environment Canada warned of smoke in Canada.\n"
    assert [surface for surface, _ in found(ctx, tmp_path, text)] == ["Canada"]


def test_a_prefecture_is_the_province_not_a_town_of_the_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Runway collision\n\nThe coast guard plane was to carry supplies to Niigata for victims of the "
        "earthquake that struck Ishikawa prefecture on New Year's Day.\n"
    )
    assert ("Ishikawa", "iso3166-2:JP-17") in found(ctx, tmp_path, text)


def test_an_english_county_in_news_on_england_is_not_a_canadian_town(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Storm warning\n\nPENZANCE, England — Gusts of 90 mph were forecast for Cornwall and Devon "
        "on Thursday, and ferries from Penzance were cancelled.\n"
    )
    got = found(ctx, tmp_path, text)
    assert ("Cornwall", "iso3166-2:GB-CON") in got
    assert ("Devon", "iso3166-2:GB-DEV") in got


def test_a_regions_name_of_dictionary_words_with_accents_is_a_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Fires\n\nFires burned near Bariloche, in Río Negro, as Argentina sent more crews.\n"
    assert ("Río Negro", "iso3166-2:AR-R") in found(ctx, tmp_path, text)


def test_corsica_is_the_french_island_region(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Autonomy vote\n\nAJACCIO, March 27 - Corsica's assembly backed a text on autonomy for the island.\n"
    )
    assert ("Corsica", "iso3166-2:FR-20R") in found(ctx, tmp_path, text)


def test_saints_names_written_short_are_known(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hurricane Beryl\n\nThe storm flattened Carriacou, and officials in St. George's, the capital "
        "of Grenada, asked for help. St. Vincent and the Grenadines and St. Lucia sent boats.\n"
    )
    got = found(ctx, tmp_path, text)
    assert ("St. George's", "geonames:3579925") in got
    assert ("St. Vincent and the Grenadines", "geonames:3577815") in got
    assert ("St. Lucia", "geonames:3576468") in got
