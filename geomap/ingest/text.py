"""Plain text articles (``.txt``)."""

from __future__ import annotations

from pathlib import Path

from geomap.ingest.base import RawDocument, decode, read_bytes
from geomap.ingest.title import title_of


def read_text(path: Path) -> RawDocument:
    """Read a ``.txt`` article; its headline is the first line that is not page furniture."""
    data, cut = read_bytes(path)
    text, note = decode(path, data)
    if cut:
        note = "; ".join(x for x in (note, "larger than 64 MB; only the start was read") if x)
    return RawDocument(text=text, title=title_of(text), note=note)
