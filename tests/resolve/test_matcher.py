"""The matcher on its own: boundaries, leftmost-longest, case and short names."""

from __future__ import annotations

import pytest

from geomap.gazetteer import name_key
from geomap.match import Matcher, _written

KEYS = [
    name_key(n)
    for n in ("Ganja", "Lachin", "Lachin corridor", "Nagorno-Karabakh", "Karabakh", "U.S.", "Agri")
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("in Ganja.", ["Ganja"], id="plain"),
        pytest.param("Ganjavi poets", [], id="no-match-inside-a-word"),
        pytest.param("the Lachin corridor road", ["Lachin corridor"], id="longest-wins"),
        pytest.param("Lachin corridors", ["Lachin"], id="shorter-name-when-the-longer-fails-at-its-end"),
        pytest.param(
            "Nagorno Karabakh and Nagorno-Karabakh",
            ["Nagorno Karabakh", "Nagorno-Karabakh"],
            id="space-or-hyphen",
        ),
        pytest.param("Karabakh’s and Karabakh's", ["Karabakh", "Karabakh"], id="possessives"),
        pytest.param("GANJA, Oct. 4", ["GANJA"], id="all-caps"),
        pytest.param("ganja", [], id="lowercase-is-not-a-name"),
        pytest.param("U.S. officials", ["U.S"], id="dotted-abbreviation"),
        pytest.param("Agri and Ağrı and AĞRI", ["Ağrı", "AĞRI"], id="short-name-keeps-its-diacritics"),
    ],
)
def test_find(text: str, expected: list[str]) -> None:
    m = Matcher(KEYS, {"agri": {_written("Ağrı")}})
    assert [text[h.start : h.end] for h in m.find(text)] == expected
