"""The optional manifest: ``articles.csv`` beside the articles, or ``--manifest``.

Columns: ``file`` (path relative to the manifest's folder), and any of
``title``, ``date``, ``source``, ``url``. A non-empty manifest value wins over
everything the file itself says.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from geomap.errors import InputError
from geomap.ingest.base import decode, read_bytes
from geomap.ingest.dates import parse_date

MANIFEST_NAME = "articles.csv"
FIELDS = ("title", "date", "source", "url")


def read_manifest(path: Path) -> dict[Path, dict[str, str]]:
    """Return metadata per resolved file path; problems raise :class:`InputError`."""
    data, _ = read_bytes(path)
    text, _ = decode(path, data)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "file" not in header:
        raise InputError(f"{path}:1", "manifest has no 'file' column (expected file,title,date,...)")
    reader.fieldnames = header
    out: dict[Path, dict[str, str]] = {}
    for row in reader:
        line = reader.line_num
        name = (row.get("file") or "").strip()
        if not name:
            continue
        meta = {k: (row.get(k) or "").strip() for k in FIELDS if (row.get(k) or "").strip()}
        if "date" in meta:
            iso = parse_date(meta["date"])
            if iso is None:
                raise InputError(f"{path}:{line}", f"date {meta['date']!r} is not a date (use YYYY-MM-DD)")
            meta["date"] = iso
        target = path.parent / name
        try:
            target = target.resolve()
        except (OSError, RuntimeError):  # a symlink loop: keep the name as given
            target = target.absolute()
        out[target] = meta
    return out
