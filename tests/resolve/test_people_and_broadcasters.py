"""Names of places that stand for a person (a call sign, a person described by age) or for a
broadcaster ("France 24")."""

from __future__ import annotations

from pathlib import Path

from tests.resolve.test_us_places import bundled, ctx, found

__all__ = ["bundled", "ctx"]  # the module's fixtures: the small and the bundled gazetteers


def surfaces(ctx, tmp_path: Path, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [surface for surface, _ in found(ctx, tmp_path, text)]


def test_a_call_sign_is_no_mention_of_its_place(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Drones over the front\n\nThe shelling of Pokrovsk went on all night, said a drone operator "
        "who uses the call sign Tokyo. Another soldier, callsign Berlin, said the roads were cut.\n"
    )
    got = surfaces(ctx, tmp_path, text)
    assert "Pokrovsk" in got
    assert "Tokyo" not in got and "Berlin" not in got


def test_a_place_in_a_call_sign_is_still_a_place_elsewhere(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Talks\n\nThe envoy flew to Tokyo on Monday, and the talks in Tokyo went on until late.\n"
    assert surfaces(ctx, tmp_path, text).count("Tokyo") == 2


def test_a_world_name_followed_by_a_persons_age_is_a_person(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Waiting at the border\n\nIn Tapachula the appointments were cancelled. Jordan, a 27-year-old "
        "Honduran who had waited for five months, said he would try again.\n"
    )
    got = surfaces(ctx, tmp_path, text)
    assert "Tapachula" in got
    assert "Jordan" not in got


def test_a_place_followed_by_an_age_after_a_place_cue_is_the_place(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Floods\n\nIn Tapachula, a 27-year-old fisherman said the river rose overnight.\n"
    assert "Tapachula" in surfaces(ctx, tmp_path, text)


def test_a_french_broadcaster_is_no_mention_of_france(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Coup in Niger\n\nThe foreign minister told France 24 that only part of the army had joined "
        "the mutiny, and he later spoke to Radio France Internationale.\n"
    )
    got = surfaces(bundled, tmp_path, text)
    assert "Niger" in got
    assert not any(s.startswith("France") for s in got)


def test_a_street_named_after_a_place_is_no_mention_of_it(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Quake\n\nThe quake was centred off the seafront road known as Via Napoli, and traffic on "
        "Avenida Brasil stopped in Rio de Janeiro.\n"
    )
    got = surfaces(bundled, tmp_path, text)
    assert "Rio de Janeiro" in got
    assert "Napoli" not in got and "Brasil" not in got


def test_adjectives_of_peoples_and_a_mining_company_are_no_places(bundled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chips and mines\n\nThe plant stands on the edge of the Saxon capital, Dresden. In Bacoli, "
        "where the Romans kept their fleet, Rio Tinto has no mine.\n"
    )
    got = surfaces(bundled, tmp_path, text)
    assert "Dresden" in got
    assert not {"Saxon", "Romans", "Rio Tinto"} & set(got)


def test_a_remark_on_the_clause_after_a_town_is_no_persons_description(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Storm in Chile\n\nThe mayor called for a yellow alert for Coyhaique, a step that would release "
        "more resources for the Aysén region of Chile.\n"
    )
    assert "Coyhaique" in surfaces(ctx, tmp_path, text)
