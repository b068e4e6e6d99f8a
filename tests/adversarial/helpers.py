"""Running the real ``geomap`` command on hostile inputs, and reading what it wrote."""

from __future__ import annotations

import csv
import ctypes
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

GOOD_ARTICLE = "Date: 2020-10-04\n\nShelling hit Ganja overnight. Residents of Terter sheltered."
"""The article every folder also holds: its two mentions must survive any neighbour."""

OUTPUTS = ("map.html", "mentions.csv", "mentions.geojson", "unresolved.csv")

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _drop_file_capabilities() -> None:  # pragma: no cover - runs in the child
    """Make root obey file permissions: drop the DAC capabilities before exec.

    Removing them from the bounding set survives ``execve`` (root regains only
    what the bounding set allows), so ``chmod 000`` really denies reading.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop CAP_DAC_* (needs CAP_SETPCAP)")


def obey_permissions() -> Callable[[], None] | None:
    """A ``preexec_fn`` under which ``chmod 000`` denies reading, for root too."""
    return _drop_file_capabilities if os.geteuid() == 0 else None


def geomap_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "geomap", *args]


def run_geomap(
    *args: str,
    cwd: Path,
    timeout: float = 180,
    preexec_fn: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m geomap ARGS`` and capture its output as text."""
    return subprocess.run(
        geomap_cmd(*args),
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        timeout=timeout,
        preexec_fn=preexec_fn,
    )


def build_args(paths: Sequence[str], gazetteer: Path, out: str = "out", *extra: str) -> list[str]:
    return ["build", *paths, "--gazetteer", str(gazetteer), "--out", out, "--no-world", *extra]


def read_csv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)  # a passage can be a whole hostile paragraph
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def mapped(out: Path, article: str) -> set[str]:
    """Place ids that ``mentions.csv`` in ``out`` lists for ``article``."""
    return {r["place_id"] for r in read_csv(out / "mentions.csv") if r["article"] == article}


def problem_lines(stderr: str) -> list[str]:
    """The lines on stderr that report a problem (everything but blank lines)."""
    return [line for line in stderr.splitlines() if line.strip()]


def assert_complete(path: Path) -> None:
    """``path`` is a whole output file: it parses, and the page ends its document."""
    data = path.read_bytes()
    text = data.decode("utf-8")
    if path.name.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert rows and all(len(r) == len(rows[0]) for r in rows), path
        assert text.endswith("\n"), path
    elif path.name.endswith(".geojson"):
        assert json.loads(text)["type"] == "FeatureCollection", path
    else:
        assert text.rstrip().endswith("</html>"), path
