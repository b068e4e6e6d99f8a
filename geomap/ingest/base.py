"""The reader interface shared by every input format."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from geomap.errors import InputError

MAX_BYTES = 64 * 1024 * 1024
"""Articles larger than this are read only up to this size (with a note)."""


@dataclass(frozen=True)
class RawDocument:
    """What a reader extracts from a file before normalization."""

    text: str
    title: str = ""
    date: str = ""
    date_source: str = ""
    url: str = ""
    source: str = ""
    note: str = ""


class Reader(Protocol):
    """Reads one file format into a :class:`RawDocument`."""

    def __call__(self, path: Path) -> RawDocument: ...


def read_bytes(path: Path) -> tuple[bytes, bool]:
    """Return up to :data:`MAX_BYTES` of ``path`` and whether it was cut short.

    Only regular files are read: a FIFO, socket or device named ``*.txt`` is
    refused instead of blocking the build forever.
    """
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer (no effect on files).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            mode = os.fstat(fh.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError
            if not stat.S_ISREG(mode):
                raise InputError(str(path), "not a regular file (a pipe, socket or device); skipped")
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(str(path), "permission denied; cannot read the file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read the file ({exc.strerror or exc})") from None
    return data[:MAX_BYTES], len(data) > MAX_BYTES


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Decode article bytes; return the text and a note on the encoding if unusual.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read directly; anything
    else goes through charset-normalizer, with CP1252 as the last resort. Data
    that looks binary (NUL bytes without a UTF-16 BOM) is refused.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), ""
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "looks like a binary file, not text; skipped")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    encoding = "cp1252"
    if len(data) >= 500:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:1_000_000]).best()
        if best is not None and best.encoding not in ("ascii", "utf_8") and best.coherence >= 0.5:
            encoding = best.encoding
    try:
        return data.decode(encoding, errors="replace"), f"read as {encoding}, not UTF-8"
    except LookupError:
        return data.decode("cp1252", errors="replace"), "read as cp1252, not UTF-8"
