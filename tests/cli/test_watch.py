"""``geomap build --watch`` rebuilds after the gazetteer changes and says what changed."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import write


def test_watch_rebuilds_when_the_gazetteer_changes(tmp_path: Path, small_gazetteer: Path) -> None:
    write(tmp_path / "in" / "a.txt", "Shelling hit Ganja and the village of Zrpukhvar overnight.\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "geomap", "build", "in", "--gazetteer", str(small_gazetteer), "--out", "out", "--watch"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        lines: list[str] = []
        assert proc.stdout is not None

        def wait_for(text: str, timeout: float = 120) -> None:
            end = time.monotonic() + timeout
            while time.monotonic() < end:
                line = proc.stdout.readline()  # type: ignore[union-attr]
                lines.append(line)
                if text in line:
                    return
            raise AssertionError(f"{text!r} not seen in: {''.join(lines)}")

        wait_for("watching for changes")
        assert "Zrpukhvar" in (tmp_path / "out" / "unresolved.csv").read_text()
        with small_gazetteer.open("a", encoding="utf-8") as fh:
            fh.write("zrpukhvar,Zrpukhvar,,village,40.1,46.5,,AZ,,,\n")
        wait_for("changed: ")
        wait_for("map:")
        assert "Zrpukhvar" in (tmp_path / "out" / "mentions.csv").read_text()
        assert "Zrpukhvar" not in (tmp_path / "out" / "unresolved.csv").read_text()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
