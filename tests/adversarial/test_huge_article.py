"""A 200 MB article: the build finishes, memory stays bounded, the cut is reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import GOOD_ARTICLE, build_args, geomap_cmd, mapped

SIZE = 200 * 1024 * 1024
MAX_RSS_BYTES = 2.5 * 1024**3

# Runs the build as its own child, so RUSAGE_CHILDREN holds that build's peak alone.
_MEASURE = """
import json, resource, subprocess, sys
run = subprocess.run(sys.argv[1:], capture_output=True, text=True, errors="replace", timeout=600)
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": run.returncode, "stdout": run.stdout, "stderr": run.stderr, "peak": peak_kib * 1024}))
"""


def _write_huge(path: Path) -> None:
    chunk = ("The committee met again on Tuesday and discussed the budget at length.\n\n" * 1000).encode()
    with path.open("wb") as fh:
        fh.write(b"Date: 2020-10-06\n\nShelling was reported in Stepanakert.\n\n")
        for _ in range(SIZE // len(chunk) + 1):
            fh.write(chunk)


@pytest.mark.slow
def test_200mb_article_completes_in_bounded_memory(tmp_path: Path, small_gazetteer: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    _write_huge(folder / "huge.txt")
    assert (folder / "huge.txt").stat().st_size > SIZE

    cmd = geomap_cmd(*build_args(["in"], small_gazetteer))
    probe = subprocess.run(
        [sys.executable, "-c", _MEASURE, *cmd], cwd=tmp_path, capture_output=True, text=True, timeout=660
    )
    got = json.loads(probe.stdout)

    assert got["code"] == 0, got["stderr"]
    assert "Traceback" not in got["stderr"]
    assert got["peak"] < MAX_RSS_BYTES, f"peak RSS {got['peak'] / 1024**3:.2f} GB"
    assert mapped(tmp_path / "out", "huge.txt") == {"stepanakert"}
    assert mapped(tmp_path / "out", "good.txt") == {"ganja", "terter"}
    assert "huge.txt: larger than 64 MB; only the start was read" in got["stderr"]
