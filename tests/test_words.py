"""The cached word lists give wordfreq's own answers."""

from __future__ import annotations

import re

import pytest
from english_words import get_english_words_set
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import get_frequency_dict, zipf_frequency

from geomap.words import lowercase_words, zipf_at_least
from tests.conftest import ROOT

SAMPLE = sorted(get_english_words_set(["web2"], lower=False, alpha=True))[::37]
FREQUENT = sorted(get_frequency_dict("en"))[::53]
GAZETTEER_WORDS = sorted(
    {w for line in (ROOT / "gazetteer.csv").open(encoding="utf-8") for w in re.findall(r"\w+", line)}
)


@pytest.mark.parametrize("level", [2.5, 4.5])
def test_zipf_matches_wordfreq_on_dictionary_and_frequency_words(level: float) -> None:
    words = (
        SAMPLE + FREQUENT + ["Escalating", "brokered", "village", "Stepanakert", "e-mail", "Gəncə", "2020"]
    )
    wrong = [w for w in words if zipf_at_least(w, level) != (zipf_frequency(w.lower(), "en") >= level)]
    assert not wrong


@settings(derandomize=True, max_examples=300)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzAEIOU-'ə1éüūßıİçş\u0301", min_size=1, max_size=12))
def test_zipf_matches_wordfreq_on_any_text(word: str) -> None:
    for level in (2.5, 4.5):
        assert zipf_at_least(word, level) == (zipf_frequency(word.lower(), "en") >= level)


def test_lowercase_words_are_dictionary_words_in_lower_case() -> None:
    words = lowercase_words()
    assert "reading" in words and "split" in words
    assert "atlanta" not in words and "Atlanta" not in words
