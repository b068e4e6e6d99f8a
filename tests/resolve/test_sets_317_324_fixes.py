"""Fixes prompted by blind317-324: a number word opening a sentence is no first name
("Fifteen Colombo-bound flights"); a city of 100,000 people or more named by a rare word
("Varna") counts in its country's news as a smaller town does; names listed before
"counties" are those counties ("Marion and Linn counties"); a metropolis beats a far
village of its name ("from Melbourne to London"); a curated name follows its world namesake
when that lies near more of the article's places ("London" beside Sarnia and Toronto)."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_matching import bundled, found

__all__ = ["bundled"]  # the module's fixture


def test_a_number_word_before_a_name_is_no_first_name(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Floods\n\nKANDY, Sri Lanka - Fifteen Colombo-bound flights were diverted on Friday. "
        "Rescuers flew relief supplies into Colombo on Saturday.\n"
    )
    assert "Colombo" in [s for s, _ in found(bundled, tmp_path, text)]


def test_a_big_city_named_by_a_rare_word_counts_in_its_countrys_news(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Anniversary\n\nSOFIA, Bulgaria - Bulgaria's president laid a wreath at Shumen. Varna "
        "marked on Friday 580 years since the battle, and Bulgaria's navy sailed past.\n"
    )
    assert ("Varna", "geonames:726050") in found(bundled, tmp_path, text)  # 'varna' is a rare word


def test_names_listed_before_counties_are_those_counties(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Heat\n\nSALEM, Ore. - Oregon opened cooling centres. Officials in Marion and Linn "
        "counties urged residents to stay inside.\n"
    )
    places = found(bundled, tmp_path, text)
    assert ("Marion", "fips:41047") in places and ("Linn", "fips:41043") in places


def test_a_metropolis_beats_a_far_village_of_its_name_near_the_sentences_other_places(
    bundled, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hawker food\n\nKUALA LUMPUR, Malaysia - Malaysia's hawkers won stars. Restaurants "
        "serve laksa in cities from Melbourne to London.\n"
    )
    (melbourne,) = [p for s, p in found(bundled, tmp_path, text) if s == "Melbourne"]
    assert melbourne == "geonames:2158177"  # Australia's city, not the Derbyshire village


def test_a_curated_name_follows_its_namesake_near_more_of_the_articles_places(
    bundled, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Housing\n\nLondon's council has tried to build homes faster. Cranes stand over the "
        "blocks near Lambeth.\n\nA nurse moved to London from Sarnia in 2019. Families priced "
        "out of Toronto have come too, and landlords in St. Thomas and Strathroy raised rents.\n"
    )
    londons = {p for s, p in found(bundled, tmp_path, text) if s == "London"}
    assert londons == {"geonames:6058560"}  # London, Ontario, beside Sarnia and Toronto
