"""Reading the gazetteer CSV as spreadsheets save it, with line numbers.

Copes with a UTF-8 BOM, ``;`` or tab delimiters, CRLF line ends and CP1252
(with a warning). Every row keeps the physical line it started on.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import GazetteerError

COLUMNS = (
    "id", "name", "aliases", "kind", "lat", "lon", "wkt",
    "country", "parent", "geonames_id", "notes",
)  # fmt: skip
"""The documented columns, in the order geomap writes them."""

REQUIRED = ("id", "name", "lat", "lon")


@dataclass(frozen=True)
class RawTable:
    """The parsed file: header, rows with their line numbers, and format facts."""

    path: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]
    delimiter: str
    encoding: str
    warnings: tuple[str, ...]


def decode_csv(path: str, data: bytes) -> tuple[str, str, list[str]]:
    """Return text, encoding name and warnings for the raw bytes of a CSV file."""
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", warnings
        except UnicodeDecodeError:
            raise GazetteerError([f"{path}:1: broken UTF-16 text (save it as CSV UTF-8)"]) from None
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    if b"\x00" in data:
        raise GazetteerError([f"{path}:1: the file is binary, not CSV text (save it as CSV UTF-8)"])
    try:
        return data.decode("utf-8"), "utf-8-sig" if bom else "utf-8", warnings
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        warnings.append(
            f"{path}:{line}: warning: not UTF-8; read as Windows-1252 "
            "(save as 'CSV UTF-8' to keep non-Latin letters)"
        )
        return data.decode("cp1252", errors="replace"), "cp1252", warnings


def sniff_delimiter(first_line: str) -> str:
    """Pick the delimiter the header uses: ``,``, ``;`` or tab."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def read_table(path: str | Path, data: bytes | None = None) -> RawTable:
    """Parse the CSV at ``path`` (or ``data``) into a :class:`RawTable`.

    Raises :class:`GazetteerError` when the file cannot be read as CSV at all.
    """
    name = str(path)
    if data is None:
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise GazetteerError([f"{name}: no such file (create it or pass --gazetteer)"]) from None
        except OSError as exc:
            raise GazetteerError([f"{name}: cannot read ({exc.strerror or exc})"]) from None
    text, encoding, warnings = decode_csv(name, data)
    if not text.strip():
        raise GazetteerError([f"{name}:1: the file is empty (expected a header: {','.join(COLUMNS)})"])
    first = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first)
    csv.field_size_limit(10_000_000)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header_row = next(reader)
    except (csv.Error, StopIteration) as exc:
        raise GazetteerError([f"{name}:1: the header cannot be read as CSV ({exc})"]) from None
    header = tuple(h.strip().lower() for h in header_row)
    rows: list[tuple[int, dict[str, str]]] = []
    line = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise GazetteerError(
                [f"{name}:{line}: not valid CSV ({exc}; check for an unclosed quote)"]
            ) from None
        if any(v.strip() for v in values):
            if len(values) > len(header):
                warnings.append(
                    f"{name}:{line}: warning: {len(values)} fields but the header has "
                    f"{len(header)}; extra fields ignored (a stray '{delimiter}'?)"
                )
            row = {h: (values[i] if i < len(values) else "") for i, h in enumerate(header)}
            rows.append((line, row))
        line = reader.line_num + 1
    return RawTable(name, header, tuple(rows), delimiter, encoding, tuple(warnings))
