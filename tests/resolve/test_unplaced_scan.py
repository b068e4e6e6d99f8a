"""The fast scans for unplaced names find exactly what their plain definitions find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.unresolved import _BEFORE, _CUES, _NAME, _REST, _after_cue, _before_place_word

# The definitions: one regular expression each, searched over the whole text.
PLAIN_AFTER_CUE = re.compile("([A-Z](?:" + "|".join(rf"(?<=\b{c} [A-Z])" for c in _CUES) + f"){_REST})")
PLAIN_BEFORE_PLACE_WORD = re.compile(_NAME + r" (?:district|province|region|village|town|checkpoint|rayon)\b")

TOKENS = [
    "Foo", "Bar", "McDonald", "xDonald", "Big", "Red", "Hill", "A", "B1", "Xx", "Ab", "cD", "ab",
    "Ağdam", "Tərtər", "O’Neil", "Nagorno-Karabakh", "district", "District", "town", "township",
    "town-", "province", "rayon", "village", "checkpoint", "region", "regional", "the", "of", "in",
    "near", "into", "toward", "towards", "village of", "city of", "outside", "at", "from", "within",
    ".", ",", "-", "’s", "'", "\n",
]  # fmt: skip
texts = st.lists(
    st.tuples(st.sampled_from(TOKENS), st.sampled_from(["", " ", " ", " ", "  "])), max_size=30
).map(lambda parts: "".join(token + gap for token, gap in parts))


@settings(derandomize=True, max_examples=1500)
@given(texts)
def test_names_before_a_place_word_match_the_plain_expression(text: str) -> None:
    assert _before_place_word(text) == [m.span(1) for m in PLAIN_BEFORE_PLACE_WORD.finditer(text)]


@settings(derandomize=True, max_examples=1500)
@given(texts)
def test_names_after_a_cue_match_the_plain_expression(text: str) -> None:
    assert _after_cue(text) == [m.span(1) for m in PLAIN_AFTER_CUE.finditer(text)]


def test_the_scans_find_names_in_running_text() -> None:
    text = "Shelling hit the village of Talish and Sugovushan district, then Khojavend."
    spans = _before_place_word(text) + _after_cue(text)
    assert sorted(text[a:b] for a, b in spans) == ["Sugovushan", "Talish"]
    assert _BEFORE.pattern != PLAIN_AFTER_CUE.pattern  # the fast form is what is tested above
