"""Text normalization: what the user reads and what every offset points into.

- Unicode NFC, no BOM, ``\\n`` line ends, control characters removed;
- hard-wrapped lines joined into paragraphs (paragraphs stay separated by a
  blank line), leading/trailing blanks trimmed, runs of spaces collapsed;
- a word split across a line break by a hyphen rejoined: ``Nagorno-`` +
  ``Karabakh`` -> ``Nagorno-Karabakh`` (a capitalized continuation keeps the
  hyphen), ``escal-`` + ``ating`` -> ``escalating`` (a known word loses it);
- letters that PDF extraction spaced apart inside a word (``G ə nc ə``)
  joined again when the pieces are single letters around non-ASCII letters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from geomap.passages import TAG_LABELS
from geomap.words import zipf_at_least

# Lone surrogates (from broken PDF text maps) cannot be written as UTF-8: dropped too.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\ud800-\udfff]")
# Runs of blanks, but not a lone ASCII space (replacing it by itself is slow on big files).
_SPACES = re.compile(r"[\t\u00a0\u2009\u202f][ \t\u00a0\u2009\u202f]*| [ \t\u00a0\u2009\u202f]+")
_LAST_WORD = re.compile(r"(\w+)$")
_FIRST_WORD = re.compile(r"(\w+)")
_PARA_SPLIT = re.compile(r"\n[ \t]*\n+")
# PDF extraction sometimes spaces out letters around non-ASCII ones: "G ə nc ə".
# Letters only: quotes and dashes between spaces ("a “quote”", "5 — A") stay apart.
_SPACED = re.compile(r"\b(\w{1,2})((?: [^\W\x00-\x7f]{1,2}(?: \w{1,2})?)+)\b")
# What _SPACED needs somewhere: a lone non-ASCII letter or two between spaces.
_SPACED_HINT = re.compile(r" [^\W\x00-\x7f]{1,2}\b")


def _known_word(word: str) -> bool:
    return zipf_at_least(word, 2.5)


COMPOUND_PARTS = frozenset(
    "led held born run style bound wide area made type like side free proof era owned built "
    "bred grown torn hit only friendly speaking allied occupied leaning minded centric level "
    "scale sized wise ward language speakers watchers".split()
)
"""Words (not ending in -ed or -ing) that follow a name in a compound: "Moscow-led",
"Soviet-era", "Kremlin-friendly"."""


def compound_part(word: str) -> bool:
    """True for a word that can follow a name in a compound ("brokered", "led", "based").

    Name fragments ("nis" of Varde-nis, "jar" of Kalba-jar, "lan" of Zangi-lan, "ran"
    of Teh-ran) are not, even where they are words too: only a participle or one of
    :data:`COMPOUND_PARTS` is.
    """
    low = word.lower()
    if len(low) >= 5 and low.endswith(("ed", "ing")):
        return True
    return low in COMPOUND_PARTS


def _join_hyphen(left: str, right: str) -> str:
    """Join ``left`` (ending in '-') with the next line's ``right``."""
    head = left.rstrip()[:-1]
    m_prev = _LAST_WORD.search(head)
    m_next = _FIRST_WORD.match(right)
    if not m_prev or not m_next:
        return left.rstrip() + right
    prev_word, next_word = m_prev.group(1), m_next.group(1)
    if next_word[0].isupper():
        return head + "-" + right  # Nagorno-Karabakh, Armenia-Azerbaijan
    if prev_word[0].isupper():
        # Moscow-brokered and Rostov-on-Don keep their hyphen; Varde-nis, Stepana-kert
        # are one word.
        hyphenated = right[len(next_word) : len(next_word) + 1] == "-"
        return head + ("-" if hyphenated or compound_part(next_word) else "") + right
    if _known_word(prev_word + next_word) and not (
        _known_word(prev_word) and _known_word(next_word) and len(prev_word) > 3
    ):
        return head + right
    return head + "-" + right


def _wrapped(lengths: list[int]) -> bool:
    """Hard-wrapped text: nine lines in ten are at most 130 characters."""
    lengths = [n for n in lengths if n]
    if len(lengths) < 3:
        return False
    return sum(n > 130 for n in lengths) * 10 <= len(lengths)


_AROUND_NEWLINE = re.compile(r"[ \t]+\n[ \t]*|\n[ \t]+")
# Anchored on the hyphen, not on every word start (much faster on long texts).
_HYPHEN_BREAK = re.compile(r"-\n(?<=\w-\n)(?=\w)")


def _unhyphenate(text: str) -> str:
    """Rejoin words split by a hyphen at a line break (the join decides the hyphen)."""

    def join(m: re.Match[str]) -> str:
        word = _LAST_WORD.search(text, max(0, m.start() - 60), m.start())
        prev = word.group(1) if word else ""
        rest = text[m.end() : m.end() + 40]
        return _join_hyphen(prev + "-", rest)[len(prev) : -len(rest) or None]

    return _HYPHEN_BREAK.sub(join, text)


_SOFT_BREAK = re.compile(r"\n(?<!\n\n)(?!\n)")  # the literal first: searched for, not tried everywhere
"""A line break inside a paragraph (paragraphs are separated by a blank line)."""


@cache
def _short_line(threshold: int) -> re.Pattern[str]:
    """A line inside a paragraph shorter than ``threshold`` (>= 2), followed by a line
    break (group 1), after a line break (or at the start when searched at 0 with
    ``text`` given a leading newline)."""
    return re.compile(rf"\n(?=([^\n]{{1,{threshold - 1}}}+)\n(?!\n))")


_LABEL_LINE = re.compile(
    rf"(?<=[^\n])\n(?=(?:{TAG_LABELS}|share"
    r"|(?:top )?(?:photo|image)(?: credit)?|credit|related(?: articles?| stories| coverage)?"
    r"|read more|see also)\s*:)",
    re.I,
)
"""A line break before a page's labelled line ("Tags: ...", "Photo credit: ..."): kept."""


def _join_wrapped(text: str, width: int) -> str:
    """Join the lines of the hard-wrapped paragraphs of ``text`` (separated by blank lines).

    A line break is soft (a space) after a line of at least 60% of the text's
    width or before a lowercase letter; otherwise it stays (titles, datelines,
    short lines). Done with regular expressions over the whole text.
    """
    if "-\n" in text:
        text = _unhyphenate(text)
    threshold = max(1, int(0.6 * width + 0.9999))
    # Every break becomes a space but those after a short line before a capital:
    # those are marked first (NUL cannot be in the text: control characters are gone).
    keep = []
    if threshold > 1:
        for m in _short_line(threshold).finditer("\n" + text):  # offsets one past the text's
            brk = m.end() - 1 + len(m.group(1))  # the line break after the short line
            if not text[brk + 1 : brk + 2].islower():
                keep.append(brk)
    if ":" in text:  # furniture lines stay lines: "Share: ...", then "Tags: ..."
        keep = sorted({*keep, *(m.start() for m in _LABEL_LINE.finditer(text))})
    if keep:
        pieces, last = [], 0
        for pos in keep:
            pieces.append(text[last:pos])
            last = pos + 1
        pieces.append(text[last:])
        text = "\x00".join(pieces)
    text = _SOFT_BREAK.sub(" ", text)
    return text.replace("\x00", "\n") if keep else text


def normalize(text: str) -> str:
    """Return the normalized text of an article.

    Examples
    --------
    >>> normalize("fighting in Nagorno-\\nKarabakh and\\nTerter")
    'fighting in Nagorno-Karabakh and Terter'
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if "  " in text or "\t" in text or "\u00a0" in text or "\u2009" in text or "\u202f" in text:
        text = _SPACES.sub(" ", text)
    if not text.isascii() and _SPACED_HINT.search(text):  # skip the slow scan when it cannot match
        text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = text.strip(" \t")
    if " \n" in text or "\n " in text or "\t" in text:
        text = _AROUND_NEWLINE.sub("\n", text)
    lengths = [len(line) for line in text.split("\n")]
    wrapped = _wrapped(lengths)
    width = max(lengths, default=0)
    blocks = (block.strip(" \t\n") for block in _PARA_SPLIT.split(text))
    text = "\n\n".join(block for block in blocks if block)
    return _join_wrapped(text, width) if wrapped else text
