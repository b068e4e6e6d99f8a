"""``geomap build --watch`` rebuilds after the gazetteer changes and says what changed."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.conftest import write


class Output:
    """Lines of a child process, read on a thread so waits can time out."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, args=(proc,), daemon=True).start()

    def _pump(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            self.lines.put(line)

    def wait_for(self, text: str, timeout: float = 120) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=max(0.1, end - time.monotonic()))
            except queue.Empty:
                break
            self.seen.append(line)
            if text in line:
                return
        raise AssertionError(f"{text!r} not seen in: {''.join(self.seen)}")


def test_watch_rebuilds_when_the_gazetteer_changes(tmp_path: Path, small_gazetteer: Path) -> None:
    write(tmp_path / "in" / "a.txt", "Shelling hit Ganja and the village of Zrpukhvar overnight.\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "geomap", "build", "in", "--gazetteer", str(small_gazetteer), "--out", "out", "--watch"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        out = Output(proc)
        out.wait_for("watching for changes")
        assert "Zrpukhvar" in (tmp_path / "out" / "unresolved.csv").read_text()
        with small_gazetteer.open("a", encoding="utf-8") as fh:
            fh.write("zrpukhvar,Zrpukhvar,,village,40.1,46.5,,AZ,,,\n")
        out.wait_for("changed: ")
        out.wait_for("map:")
        assert "Zrpukhvar" in (tmp_path / "out" / "mentions.csv").read_text()
        assert "Zrpukhvar" not in (tmp_path / "out" / "unresolved.csv").read_text()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
