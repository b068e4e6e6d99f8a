"""US towns and counties in news text: qualifiers, state abbreviations and counties."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.build import make_context
from geomap.gazetteer import Gazetteer
from geomap.ingest import Source
from geomap.pipeline import process


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tests.conftest import SMALL_GAZETTEER

    path = tmp_path_factory.mktemp("gaz") / "gazetteer.csv"
    path.write_text(SMALL_GAZETTEER, encoding="utf-8")
    return make_context(Gazetteer.load(path), world=True)


def found(ctx, tmp_path: Path, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(r.mention.surface, r.place.id) for r in process(Source(path, "a.txt"), ctx).resolved]


NEWPORT_TN = "geonames:4645532"


def test_a_qualifier_opening_a_story_places_a_town_that_needs_a_cue(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Flood fears\n\nNewport, Tennessee — Officials told everyone to leave town.\n"
    assert ("Newport", NEWPORT_TN) in found(ctx, tmp_path, text)


def test_the_name_alone_elsewhere_means_the_place_the_qualifier_gave(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Newport orders an evacuation\n\n"
        "Newport, Tennessee — Officials told everyone in downtown Newport to leave. "
        "Forecasters warned Newport again at dusk.\n"
    )
    places = {place for surface, place in found(ctx, tmp_path, text) if surface == "Newport"}
    assert places == {NEWPORT_TN}  # not Newport in Wales, the only one free of a cue


def test_a_county_is_found_whole_and_its_state_abbreviation_after_it(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Storm news\n\nOfficials said a dam upstream in Haywood County, N.C., had failed.\n"
    got = found(ctx, tmp_path, text)
    assert ("Haywood County", "fips:37087") in got
    assert ("N.C.", "geonames:4482348") in got


def test_a_county_named_like_many_others_is_the_one_near_the_article_places(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Storm news\n\nThe Madison County seat lies in the hills north of Asheville, "
        "where the river rose 25 feet.\n"
    )
    assert ("Madison County", "fips:37115") in found(ctx, tmp_path, text)


def test_a_state_police_force_is_not_the_state(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Storm news\n\nA Virginia State Police helicopter landed on the roof of the hospital.\n"
    assert found(ctx, tmp_path, text) == []


def test_a_county_stays_in_the_state_the_article_names_beside_another(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Storm news\n\nPERRY, Fla. - The storm came ashore on the Taylor County coast of Florida. "
        "It moved north into Georgia. In Valdosta, trees fell on houses.\n"
    )
    assert ("Taylor County", "fips:12123") in found(ctx, tmp_path, text)  # Florida's, not Georgia's


def test_a_small_town_named_with_ordinary_words_counts_with_its_qualifier(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Storm news\n\nIn Cedar Key, Fla., the water rose. Residents found a cedar key on the beach.\n"
    assert found(ctx, tmp_path, text) == [("Cedar Key", "geonames:4150356"), ("Fla.", "geonames:4155751")]
    alone = "Storm news\n\nThe Cedar Key boats were lost at sea.\n"
    assert found(ctx, tmp_path, alone) == []  # a qualifier, or nothing: its words are ordinary ones


def test_a_town_whose_state_holds_none_of_its_namesakes_is_none_of_them(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # the world data lacks Center Point in Texas: not Center Point, Alabama
    text = "Flood news\n\nCenter Point, Texas, flooded overnight.\n"
    assert found(ctx, tmp_path, text) == [("Texas", "geonames:4736286")]


IOWA = "geonames:4862182"
KENTUCKY = "geonames:6254925"
ADAMS_COUNTY_IA = "fips:19003"
PULASKI_COUNTY_KY = "fips:21199"


def test_a_state_before_town_is_the_state(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Winds over Greenfield as Iowa town rebuilds\n\nThe storm crossed Greenfield on Tuesday.\n"
    assert ("Iowa", IOWA) in found(ctx, tmp_path, text)


def test_a_county_of_a_state_the_article_names(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Storm damage\n\nA woman was killed on a road in Adams County. Iowa's toll rose to five, "
        "officials in Des Moines said. The Storm Prediction Center in Norman, Oklahoma, logged the reports.\n"
    )
    assert ("Adams County", ADAMS_COUNTY_IA) in found(ctx, tmp_path, text)


def test_a_point_of_the_compass_is_no_first_name(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Clean-up\n\nSOMERSET, Kentucky — Crews worked on Tuesday. The office of the South Kentucky "
        "electric cooperative was damaged. The storm reached Pulaski County late on Friday.\n"
    )
    got = found(ctx, tmp_path, text)
    assert ("Kentucky", KENTUCKY) in got
    assert ("Pulaski County", PULASKI_COUNTY_KY) in got


LONDON_KY = "geonames:4298960"


@pytest.fixture(scope="module")
def bundled():  # type: ignore[no-untyped-def]
    """The context of the bundled gazetteer, whose London is England's capital."""
    from tests.conftest import ROOT

    return make_context(Gazetteer.load(ROOT / "gazetteer.csv"), world=True)


def test_a_curated_name_far_from_the_rest_is_the_town_of_a_named_state(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Clean-up\n\nSOMERSET, Kentucky — Crews worked on Tuesday. The tornado raced toward London, "
        "where it killed 17 people in Laurel County.\n"
    )
    assert ("London", LONDON_KY) in found(bundled, tmp_path, text)


def test_a_curated_name_keeps_its_place_near_the_rest(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flights\n\nLOUISVILLE, Kentucky — The new route to London starts in May, the airport said. "
        "Passengers can connect at Heathrow for Paris and Berlin.\n"
    )
    assert ("London", "london") in found(bundled, tmp_path, text)
