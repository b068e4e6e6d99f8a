"""The sentence around a name, by the rules passages are split by."""

from __future__ import annotations

from geomap.passages import sentence_around


def test_the_sentence_around_a_name() -> None:
    text = (
        "Crews watch Qarabag in the Europa League. Mr. Aliyev met Dr. Berlin in Baku on Oct. 11, "
        "officials said.\nFamilies returned to Qarabağ."
    )
    start = text.index("Baku")
    assert sentence_around(text, start, start + 4) == (
        "Mr. Aliyev met Dr. Berlin in Baku on Oct. 11, officials said."
    )
    start = text.index("Qarabağ")
    assert sentence_around(text, start, start + 7) == "Families returned to Qarabağ."
    start = text.index("Qarabag")
    assert sentence_around(text, start, start + 7) == "Crews watch Qarabag in the Europa League."
