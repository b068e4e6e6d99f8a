"""Fixes prompted by blind317-324: a number word opening a sentence is no first name
("Fifteen Colombo-bound flights")."""

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
