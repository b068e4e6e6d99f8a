"""Length-preserving folding of text for matching.

``fold(s)`` has exactly ``len(s)`` characters, so an offset into the folded text
is an offset into the original. It lowercases, strips diacritics (``Gəncə`` ->
``gence``, ``Tərtər`` -> ``terter``) and maps curly quotes and dashes to their
ASCII forms, so ``Russia’s`` and ``Russia's`` fold alike.
"""

from __future__ import annotations

import unicodedata
from functools import cache

_SPECIAL = {
    "ə": "e", "Ə": "e", "ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o",
    "ß": "s", "đ": "d", "Đ": "d", "ħ": "h", "æ": "a", "Æ": "a", "œ": "o", "Œ": "o",
    "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "‚": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}  # fmt: skip


def fold_char(ch: str) -> str:
    """Fold one character to exactly one character."""
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low[0] if low else base


@cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x20, 0x3000):
        ch = chr(cp)
        folded = fold_char(ch)
        if folded != ch:
            table[cp] = folded
    return table


def fold(text: str) -> str:
    """Return ``text`` lowercased, without diacritics, same length.

    Examples
    --------
    >>> fold("Gəncə’s")
    "gence's"
    """
    return text.translate(_table())


def is_word_char(ch: str) -> bool:
    """True for characters that continue a word (letters, digits)."""
    return ch.isalnum()
