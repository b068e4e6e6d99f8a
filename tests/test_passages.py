"""Passages: teaser cards of other stories at the foot of a page."""

from __future__ import annotations

from geomap.passages import split_passages


def test_a_storys_own_photo_credit_does_not_make_it_a_teaser_card() -> None:
    body = "\n".join(f"Paragraph {i} of the story reports shelling near the town." for i in range(4))
    story = f"Headline\nPhoto credit: Wire Photo Service / Handout\n{body}\nKeep reading\nOther story"
    card = (
        "The story ends here.\nOther things\nTop image credit: a panel in Doha (Photo by X)\n"
        "A teaser's headline\nMiddle East\nA teaser paragraph about Gaza.\nkeep readingShow less"
    )
    assert [p.excluded for p in split_passages(story) if p.text.startswith("Paragraph")] == [""] * 4
    marked = {p.text: p.excluded for p in split_passages(card)}
    assert marked["A teaser paragraph about Gaza."] == "teaser" and marked["The story ends here."] == ""
