"""A public body named after a region ("Emergency Management Otago") leaves the region a
place; a government "in" a city sits in the major city of its name; a region named like
words ("Northland", "Bay of Plenty") counts bare in an article on its country; a country
that is a person's surname ("Kelvin Jordan, 52") is the person when the surname speaks; a
part of a state before its name ("eastern Washington") makes it the state."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_matching import bundled, found

__all__ = ["bundled"]  # the module's fixture


def test_a_body_named_after_a_region_leaves_the_region_a_place(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rain\n\nQUEENSTOWN, New Zealand - The decision came on advice from Emergency "
        "Management Otago, officials said.\n\nThe band of rain had reached Southland before it "
        "crossed into Otago.\n"
    )
    assert ("Otago", "iso3166-2:NZ-OTA") in found(bundled, tmp_path, text)


def test_a_government_in_a_city_is_in_the_major_city_of_its_name(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Parole ends\n\nMany Cubans settled in Miami. Florida's members of Congress were split, "
        "and the Miami-born secretary of state in Florida has led a harder line toward the "
        "government in Havana.\n"
    )
    (havana,) = [p for s, p in found(bundled, tmp_path, text) if s == "Havana"]
    assert havana == "geonames:3553478"  # Cuba's capital, not Havana, Florida, near Tallahassee


def test_regions_named_like_words_count_bare_in_an_article_on_their_country(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cyclone\n\nNAPIER, New Zealand - New Zealand declared a national emergency as the "
        "cyclone hit Northland, Auckland and the Bay of Plenty. New Zealand's army was sent.\n"
    )
    places = found(bundled, tmp_path, text)
    assert ("Northland", "iso3166-2:NZ-NTL") in places  # not Norway's Nordland
    assert ("Bay of Plenty", "iso3166-2:NZ-BOP") in places


def test_a_region_named_like_words_stays_a_phrase_outside_its_country(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Travel\n\nPARIS, France - France's rail strike hit the Bay of Plenty resort trade too.\n"
    assert [s for s, _ in found(bundled, tmp_path, text) if s == "Bay of Plenty"] == []


def test_a_country_named_as_a_persons_surname_is_the_person_when_they_speak(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fishing\n\nCEDROS, Mexico - The fleet stayed in port. Local man Kelvin Jordan, 52, has "
        'fished out of Cedros for thirty years.\n\n"We are in the middle," Jordan said.\n'
    )
    assert [s for s, _ in found(bundled, tmp_path, text) if s == "Jordan"] == []


def test_a_free_country_in_a_groups_name_stays_the_country(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Leaflets\n\nSEOUL - The drop came from Fighters for a Free North Korea, a group run by "
        "defectors. North Korea fired artillery on Friday.\n"
    )
    assert "North Korea" in [s for s, _ in found(bundled, tmp_path, text)]


def test_a_part_of_a_state_written_before_its_name_makes_it_the_state(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fires\n\nSPOKANE - The governor freed state money for counties across eastern "
        "Washington. In southern Georgia, the talks went on.\n"
    )
    places = found(bundled, tmp_path, text)
    assert ("Washington", "geonames:5815135") in places  # the state, not the curated capital
    assert ("Georgia", "georgia") in places  # the curated country stays
