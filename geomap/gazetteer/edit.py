"""Appending rows to the gazetteer CSV without disturbing a byte of the rest.

Every command that writes the gazetteer (``add``, ``suggest --apply``,
``import-geonames --apply``, ``geocode --apply``) goes through three steps:

1. :meth:`GazetteerFile.read` reads the file's bytes once and notes their
   sha256, mtime, encoding, delimiter and line ending;
2. :func:`plan_append` builds the new bytes (old bytes + new rows in the same
   style) and validates them with the checks of ``geomap gazetteer check``;
3. :func:`commit` re-reads the file, refuses with :class:`ConcurrentEditError`
   when it changed in between, keeps ``FILE.bak`` and writes atomically.

Examples
--------
>>> from geomap.gazetteer.edit import GazetteerFile, commit, plan_append
>>> gf = GazetteerFile.read("gazetteer.csv")                        # doctest: +SKIP
>>> row = {"id": "tartar", "name": "Tartar", "lat": "40.34", "lon": "46.93"}
>>> edit = plan_append(gf, [row])                                  # doctest: +SKIP
>>> commit(edit)                                                   # doctest: +SKIP
PosixPath('gazetteer.csv.bak')
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from geomap.errors import ConcurrentEditError, GazetteerError, UsageError
from geomap.fsutil import atomic_write_bytes
from geomap.gazetteer.check import FAR_KM, Checked, check_table
from geomap.gazetteer.csvio import COLUMNS, REQUIRED, RawTable, decode_csv, read_table
from geomap.textfold import fold

_CODECS = {"utf-8": "utf-8", "utf-8-sig": "utf-8", "cp1252": "cp1252"}


@dataclass(frozen=True)
class GazetteerFile:
    """A gazetteer CSV as read from disk, with what is needed to append to it.

    Attributes
    ----------
    path
        The file, as the user named it (messages use this spelling).
    data
        The bytes read; an empty ``bytes`` when the file does not exist yet.
    sha256, mtime_ns
        Fingerprint of ``data`` (``mtime_ns`` is 0 for a missing file).
    encoding
        ``"utf-8"``, ``"utf-8-sig"`` (with BOM), ``"cp1252"`` or ``"utf-16-le"``/
        ``"utf-16-be"``: the codec new rows are written in.
    delimiter, newline
        The file's field separator and line ending, reused for new rows.
    table
        The parsed file (``None`` for a new file).
    """

    path: str
    data: bytes
    sha256: str
    mtime_ns: int
    encoding: str
    delimiter: str
    newline: str
    table: RawTable | None

    @classmethod
    def read(cls, path: str | os.PathLike[str]) -> GazetteerFile:
        """Read ``path`` once; a missing or zero-byte file is a new file."""
        name = str(path)
        try:
            data = Path(path).read_bytes()
            mtime_ns = Path(path).stat().st_mtime_ns
        except FileNotFoundError:
            data, mtime_ns = b"", 0
        except OSError as exc:
            raise GazetteerError([f"{name}: cannot read ({exc.strerror or exc})"]) from None
        digest = hashlib.sha256(data).hexdigest()
        if not data:
            return cls(name, data, digest, mtime_ns, "utf-8", ",", "\n", None)
        table = read_table(name, data)
        text, _, _ = decode_csv(name, data)
        return cls(
            name, data, digest, mtime_ns, _codec(data, table.encoding), table.delimiter,
            _newline(text), table,
        )  # fmt: skip

    @property
    def header(self) -> tuple[str, ...]:
        """The column names (lower case), or the default columns for a new file."""
        return self.table.header if self.table is not None else COLUMNS

    def ids(self) -> set[str]:
        """The ids already used."""
        rows = self.table.rows if self.table is not None else ()
        return {row.get("id", "").strip() for _, row in rows} - {""}


@dataclass(frozen=True)
class Edit:
    """New bytes for a :class:`GazetteerFile`, validated and ready to write.

    ``rows`` are the rows appended (as dicts of the file's columns), ``lines``
    the line each starts on, and ``warnings`` the new warnings they cause.
    """

    file: GazetteerFile
    data: bytes
    rows: tuple[dict[str, str], ...]
    lines: tuple[int, ...]
    warnings: tuple[str, ...]


def _codec(data: bytes, encoding: str) -> str:
    if encoding == "utf-16":
        return "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
    return encoding


def _newline(text: str) -> str:
    m = re.search(r"\r\n|\n|\r", text)
    return m.group(0) if m else "\n"


def slugify(name: str) -> str:
    """A lower-case ASCII slug of ``name`` (``"Tərtər river"`` -> ``"terter-river"``)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name).replace("'", "")).strip("-")
    return slug or "place"


def unique_id(name: str, taken: set[str]) -> str:
    """A slug of ``name`` not in ``taken`` (``-2``, ``-3``, ... appended); adds it to ``taken``."""
    base = slugify(name)
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def format_rows(
    header: Sequence[str], rows: Iterable[Mapping[str, str]], delimiter: str, newline: str
) -> str:
    """``rows`` as CSV text in ``header`` order (unknown columns empty)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator=newline)
    for row in rows:
        writer.writerow([_one_line(row.get(h, "")) if h else "" for h in header])
    return buf.getvalue()


def _one_line(value: str) -> str:
    return value.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


def plan_append(
    gf: GazetteerFile,
    rows: Sequence[Mapping[str, str]],
    on_missing_column: Literal["raise", "drop"] = "raise",
) -> Edit:
    """Build and validate the bytes of ``gf`` with ``rows`` appended.

    Parameters
    ----------
    gf
        The file as read.
    rows
        New rows as ``{column: value}``; keys are documented column names.
    on_missing_column
        A value for a column the file's header lacks: ``"raise"`` refuses with
        :class:`UsageError`, ``"drop"`` leaves it out with a warning.

    Raises
    ------
    GazetteerError
        When a new row fails a check of ``geomap gazetteer check`` (messages
        ``FILE:LINE: ...`` pointing at the new line).
    UsageError
        A value that this file's encoding cannot hold, or a missing column.
    """
    header = gf.header
    warnings = _missing_columns(gf, rows, on_missing_column)
    prefix = "" if gf.table is not None else format_rows(header, [{h: h for h in header}], ",", "\n")
    text = gf.data.decode(gf.encoding, errors="replace") if gf.table is not None else ""
    if text and not text.endswith(("\n", "\r")):
        prefix += gf.newline
    prefix += format_rows(header, rows, gf.delimiter, gf.newline)
    new_data = gf.data + _encode(gf, prefix)
    table = read_table(gf.path, new_data)
    after = check_table(table)
    before = check_table(gf.table) if gf.table is not None else Checked((), (), ())
    new_rows = table.rows[len(table.rows) - len(rows) :] if rows else ()
    errors = [e for e in after.errors if e not in set(before.errors)]
    if errors:
        raise GazetteerError(errors)
    old = set(before.warnings) | set(before.ambiguities)
    warnings += [w for w in (*after.warnings, *after.ambiguities) if w not in old]
    warnings += _same_names(gf.path, table, len(rows), after)
    return Edit(gf, new_data, tuple(r for _, r in new_rows), tuple(n for n, _ in new_rows), tuple(warnings))


def _missing_columns(gf: GazetteerFile, rows: Sequence[Mapping[str, str]], on_missing: str) -> list[str]:
    header = set(gf.header)
    need_required = [c for c in REQUIRED if c not in header]
    asked = sorted({k for row in rows for k, v in row.items() if v and k not in header})
    if need_required:
        raise GazetteerError(
            [f"{gf.path}:1: missing column(s) {', '.join(need_required)} (fix the header first)"]
        )
    if not asked:
        return []
    msg = f"{gf.path}:1: the header has no column(s) {', '.join(asked)}"
    if on_missing == "raise":
        raise UsageError(f"{msg} (add them to the header first, or leave those options out)")
    return [f"{msg.replace(':1:', ':1: warning:', 1)}; their values were left out"]


def _encode(gf: GazetteerFile, text: str) -> bytes:
    codec = _CODECS.get(gf.encoding, gf.encoding)
    try:
        return text.encode(codec)
    except UnicodeEncodeError as exc:
        bad = text[exc.start : exc.end]
        if codec != "cp1252":
            raise UsageError(f"{gf.path}: {bad!r} is not a valid character; nothing written") from None
        raise UsageError(
            f"{gf.path}: {bad!r} cannot be written to this file: it is saved as "
            "Windows-1252, not UTF-8; nothing written (save it as 'CSV UTF-8' and run the "
            "command again, or use a spelling without that character)"
        ) from None


def _same_names(path: str, table: RawTable, n_new: int, checked: Checked) -> list[str]:
    """Warnings for new rows whose name or alias is already on a nearby row.

    Far-apart ones (over ``FAR_KM``) are reported by the check's ambiguity warning.
    """
    from geomap.distance import distance_km

    if n_new == 0:
        return []
    new_lines = {line for line, _ in table.rows[-n_new:]}
    line_of = {row.get("id", "").strip(): line for line, row in table.rows}
    by_key: dict[str, list[tuple[int, float, float, str]]] = {}
    for place in checked.places:
        if place.kind == "ignore":
            continue
        for n in {fold(x) for x in (place.name, *place.aliases)}:
            by_key.setdefault(n, []).append((line_of.get(place.id, 0), place.lat, place.lon, place.id))
    out = []
    for key, group in sorted(by_key.items()):
        for line, lat, lon, _ in group:
            if line not in new_lines:
                continue
            for other_line, olat, olon, oid in group:
                if other_line == line or (other_line > line and other_line in new_lines):
                    continue
                km = distance_km((lat, lon), (olat, olon))
                if km <= FAR_KM:
                    out.append(
                        f"{path}:{line}: warning: the name {key!r} is also on row {oid!r} "
                        f"(line {other_line}, {km:.0f} km away); lookups will find both"
                    )
    return out


def commit(edit: Edit) -> Path | None:
    """Write ``edit`` if the file is unchanged since it was read.

    The previous content goes to ``FILE.bak`` first; the new file is written
    atomically. Returns the backup's path (``None`` for a new file).

    Raises
    ------
    ConcurrentEditError
        The bytes on disk differ from those read; nothing is written.
    """
    gf = edit.file
    path = Path(gf.path)
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        current = b""
    if hashlib.sha256(current).hexdigest() != gf.sha256:
        raise ConcurrentEditError(
            f"{gf.path} changed on disk since it was read; nothing written (run the command again)"
        )
    backup = None
    if current:
        backup = path.with_name(path.name + ".bak")
        atomic_write_bytes(backup, current)
    atomic_write_bytes(path, edit.data)
    return backup


def append_rows(
    path: str | os.PathLike[str],
    rows: Sequence[Mapping[str, str]],
    on_missing_column: Literal["raise", "drop"] = "raise",
) -> Edit:
    """Read ``path``, append ``rows`` and write it (see :func:`plan_append`, :func:`commit`)."""
    edit = plan_append(GazetteerFile.read(path), rows, on_missing_column)
    commit(edit)
    return edit
