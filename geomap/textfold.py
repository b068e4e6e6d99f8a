"""Length-preserving folding of text for matching.

``fold(s)`` has exactly ``len(s)`` characters, so an offset into the folded text
is an offset into the original. It lowercases, strips diacritics (``Gəncə`` ->
``gence``, ``Tərtər`` -> ``terter``) and maps curly quotes and dashes to their
ASCII forms, so ``Russia’s`` and ``Russia's`` fold alike.
"""

from __future__ import annotations

import re
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


def _scan_char(ch: str) -> str:
    folded = fold_char(ch)
    return folded if folded.isalnum() else " "


_ASCII_SCAN = bytes(ord(_scan_char(chr(i))) for i in range(128)) + bytes(range(128, 256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@cache
def _scan_table() -> dict[int, str]:
    return {cp: _scan_char(chr(cp)) for cp in range(0x3000) if _scan_char(chr(cp)) != chr(cp)}


@cache
def _scan_one(ch: str) -> str:
    return _scan_char(ch)


def scan_fold(text: str) -> str:
    """``fold(text)`` with every character that is not a letter or digit as a space.

    Same length as ``text``. This is the form names are matched in: word
    boundaries become spaces, so ``Nagorno-Karabakh`` and ``Nagorno Karabakh`` read
    alike and ``Karabakh’s`` holds the word ``karabakh``.

    Examples
    --------
    >>> scan_fold("Gəncə’s Moscow-brokered")
    'gence s moscow brokered'
    """
    if not text.isascii():
        text = _NON_ASCII.sub(lambda m: _scan_one(m.group()), text)
        if not text.isascii():
            return text.translate(_scan_table())
    return text.encode("ascii").translate(_ASCII_SCAN).decode("ascii")
