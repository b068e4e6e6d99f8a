"""Towns named by a rare dictionary word ("Calais", "Delft"): a place after any cue or in
their country's news, unlike towns named by everyday words ("Reading", "Mobile")."""

from __future__ import annotations

from pathlib import Path

from geomap.gazetteer.world import NEEDS_CONTEXT, NEEDS_QUALIFIER
from tests.resolve.test_us_places import ctx, found

__all__ = ["ctx"]  # the module's fixture: the small gazetteer with the world index

CALAIS = "geonames:3029162"
DELFT = "geonames:2757345"
SULPHUR_OK = "geonames:4552519"


def test_a_town_named_by_a_rare_word_needs_only_a_cue(ctx) -> None:  # type: ignore[no-untyped-def]
    cands, _ = ctx.candidates.lookup("calais")
    needs = {c.place.id: c.need for c in cands}
    assert needs[CALAIS] == NEEDS_CONTEXT
    assert all(c.need == NEEDS_QUALIFIER for c in ctx.candidates.lookup("mobile")[0])


def test_a_rare_word_town_after_a_weak_cue_is_found(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Crossings\n\nSmugglers launch dinghies from the beaches between Dunkirk and Calais, and "
        "the train to Delft was full.\n"
    )
    got = found(ctx, tmp_path, text)
    assert ("Calais", CALAIS) in got
    assert ("Delft", DELFT) in got


def test_an_everyday_word_still_needs_a_qualifier(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Roads\n\nDrivers heading to Reading were told to wait, and the Mobile phone network failed.\n"
    assert found(ctx, tmp_path, text) == []


def test_a_town_admitted_for_its_country_follows_the_dateline_town(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sulphur's downtown lies in ruins as Oklahoma counts the dead\n\nSULPHUR, Oklahoma — Crews worked on Monday "
        "in this southern Oklahoma town. One person died in Sulphur. Storms also struck Texas, Iowa "
        "and Nebraska.\n"
    )
    got = [place for surface, place in found(ctx, tmp_path, text) if surface.lower() == "sulphur"]
    assert got == [SULPHUR_OK] * 3


def test_a_rare_word_town_with_a_bigger_namesake_still_needs_a_qualifier(ctx) -> None:  # type: ignore[no-untyped-def]
    cands, _ = ctx.candidates.lookup("burbank")
    needs = {c.place.id: c.need for c in cands}
    assert needs["geonames:4885983"] == NEEDS_QUALIFIER  # Burbank, Illinois: California's is bigger
    assert needs["geonames:5331835"] == NEEDS_QUALIFIER  # Burbank, California, held for US news
