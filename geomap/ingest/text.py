"""Plain text articles (``.txt``)."""

from __future__ import annotations

from pathlib import Path

from geomap.ingest.base import RawDocument, decode, read_bytes


def read_text(path: Path) -> RawDocument:
    """Read a ``.txt`` article; its first line is taken as the title."""
    data, cut = read_bytes(path)
    text, note = decode(path, data)
    if cut:
        note = "; ".join(x for x in (note, "larger than 64 MB; only the start was read") if x)
    return RawDocument(text=text, title=_first_line(text), note=note)


def _first_line(text: str) -> str:
    for line in text.splitlines()[:12]:
        line = line.strip().strip("#").strip()
        if line and not line.lower().startswith(("date:", "by ", "source:", "url:")):
            return line[:200]
    return ""
