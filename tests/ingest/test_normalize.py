"""Text normalization: each case is one thing real input does."""

from __future__ import annotations

import pytest

from geomap.ingest.normalize import normalize

WRAPPED = (
    "The shelling of the city went on through the night and residents said they had\n"
    "spent hours in basements while the sirens sounded across the whole district and\n"
    "the lights went out in the centre of town.\n"
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "Fighting resumed over Nagorno-\nKarabakh on Sunday, officials in the capital said again.\n"
            "Second line of the same hard wrapped paragraph goes on for a while here.\n"
            "And a third line that also belongs to the very same paragraph of text.",
            "Fighting resumed over Nagorno-Karabakh on Sunday,",
            id="name-split-by-hyphen",
        ),
        pytest.param(
            "Troops kept escal-\nating the exchange of fire along the line of contact for days on end.\n"
            "Second line of the same hard wrapped paragraph goes on for a while here.\n"
            "And a third line that also belongs to the very same paragraph of text.",
            "Troops kept escalating the exchange",
            id="word-split-by-soft-hyphen",
        ),
        pytest.param(
            "It was a Moscow-\nbrokered truce that the two sides signed after weeks of talks there.\n"
            "Second line of the same hard wrapped paragraph goes on for a while here.\n"
            "And a third line that also belongs to the very same paragraph of text.",
            "a Moscow-brokered truce",
            id="capitalized-compound-keeps-hyphen",
        ),
        pytest.param(
            "Families left Kalba-\njar and Zangi-\nlan, and Teh-\nran sent a Soviet-\nera plane to the Moscow-\nled talks there.\n"
            "Second line of the same hard wrapped paragraph goes on for a while here.\n"
            "And a third line that also belongs to the very same paragraph of text.",
            "Families left Kalbajar and Zangilan, and Tehran sent a Soviet-era plane to the Moscow-led talks",
            id="name-split-at-a-syllable-that-is-also-a-word",
        ),
        pytest.param(
            "Some families moved on to Rostov-\non-Don and Aix-\nen-Provence, and a few to Varde-\nnis again.\n"
            "Second line of the same hard wrapped paragraph goes on for a while here.\n"
            "And a third line that also belongs to the very same paragraph of text.",
            "moved on to Rostov-on-Don and Aix-en-Provence, and a few to Vardenis again.",
            id="a-hyphenated-name-split-at-its-first-hyphen",
        ),
        pytest.param(WRAPPED, "residents said they had spent hours", id="hard-wrapped-lines-joined"),
        pytest.param("Ge\u0301nc\u0259 and Te\u0308rter", "Géncə and Tërter", id="unicode-nfc"),
        pytest.param("First line\r\nsecond line\r\n", "First line", id="crlf"),
        pytest.param("A\u00a0space  and\ttab", "A space and tab", id="odd-spaces-collapsed"),
        pytest.param("zero\u200bwidth\x00and control", "zerowidthand control", id="control-chars-removed"),
        pytest.param("\ufeffWith BOM", "With BOM", id="bom-removed"),
        pytest.param(
            "Shelling hit G ə nc ə overnight",
            "Shelling hit Gəncə overnight",
            id="pdf-spaced-letters",
        ),
        pytest.param(
            "Shelling hit G ə nc ə during a “local” operation, Sept. 5 — A report",
            "Shelling hit Gəncə during a “local” operation, Sept. 5 — A report",
            id="quotes-and-dashes-between-spaces-stay-apart",
        ),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert expected in normalize(raw)


def test_paragraphs_stay_apart() -> None:
    text = normalize(WRAPPED + "\n" + WRAPPED)
    assert text.count("\n\n") == 1


def test_short_heading_lines_are_not_joined() -> None:
    raw = "A Title Line\nDate: 2020-10-04\n\n" + WRAPPED
    assert normalize(raw).startswith("A Title Line\nDate: 2020-10-04\n\n")


def test_unwrapped_paragraph_lines_stay_separate() -> None:
    long = "word " * 60
    text = normalize(long + "\n" + long)
    assert text.count("\n") == 1


def test_a_labelled_page_line_is_not_joined_to_the_line_before() -> None:
    raw = (
        "WORLD > AFRICA\nShare: Facebook | X | WhatsApp | LinkedIn | Email | Print\n"
        "Tags: Mali, Sahel, Dakar Bureau\n\n"
        + WRAPPED
        + "\nPhoto: a street in the old town, seen from the south\n\n"
        + WRAPPED
    )
    text = normalize(raw)
    assert "\nTags: Mali, Sahel, Dakar Bureau\n" in text
    assert "district and the lights" in text  # the story's own lines are still joined
    assert "\n\nPhoto: a street" in text  # a paragraph break before a label stays one
