"""Nothing lost: a build never writes to its inputs, and a killed build leaves whole files.

(a) Every article, the manifest and the gazetteer keep their bytes, size, mode
and mtime, and no file appears among them. (b) A second build over a bigger
corpus is SIGKILLed at several moments; each output file is then byte for byte
either the previous build's or the new build's (computed by an undisturbed run),
and the only leftovers are hidden ``.NAME.*.tmp`` files.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import SMALL_GAZETTEER

from .helpers import GOOD_ARTICLE, OUTPUTS, assert_complete, build_args, geomap_cmd, run_geomap

PLACES = ["Ganja", "Terter", "Stepanakert", "Lachin", "Yerevan", "Moscow", "Talysh", "Armenia"]
HIDDEN_TEMP = re.compile(r"^\.(map\.html|mentions\.csv|mentions\.geojson|unresolved\.csv)\..+\.tmp$")


def _snapshot(root: Path) -> dict[str, tuple[str, int, int, int]]:
    """Every file under ``root``: sha256, size, mode, mtime (ns)."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            st = path.stat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            out[path.relative_to(root).as_posix()] = (digest, st.st_size, st.st_mode, st.st_mtime_ns)
    return out


def _mixed_inputs(folder: Path) -> None:
    from fpdf import FPDF

    (folder / "plain.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (folder / "crlf.txt").write_bytes(b"Date: 2020-10-05\r\n\r\nShelling near Lachin.\r\n")
    (folder / "cp1252.txt").write_bytes("Date: 2020-10-05\n\nThe café in Stepanakert.\n".encode("cp1252"))
    (folder / "front.md").write_text(
        "---\ntitle: Front\ndate: 2020-10-06\n---\n# Yerevan\n\nTalks in **Yerevan**.\n"
    )
    (folder / "page.html").write_text(
        "<html><head><title>T</title></head><body><p>Shelling in Terter.</p></body></html>"
    )
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Talks in Moscow.")
    (folder / "doc.pdf").write_bytes(bytes(pdf.output()))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "articles.csv").write_text("file,title,date\nplain.txt,Plain,2020-10-04\n", encoding="utf-8")


@pytest.mark.parametrize("gazetteer_bytes", [
    pytest.param(SMALL_GAZETTEER.encode("utf-8"), id="utf8-gazetteer"),
    pytest.param(SMALL_GAZETTEER.replace("\n", "\r\n").encode("cp1252", "replace"), id="cp1252-crlf-gazetteer"),
])  # fmt: skip
def test_build_never_writes_to_inputs(tmp_path: Path, gazetteer_bytes: bytes) -> None:
    inputs = tmp_path / "inputs"
    (inputs / "articles").mkdir(parents=True)
    _mixed_inputs(inputs / "articles")
    gazetteer = inputs / "gazetteer.csv"
    gazetteer.write_bytes(gazetteer_bytes)
    past = time.time_ns() - 3_600 * 10**9  # an hour ago: a rewrite would show
    for path in inputs.rglob("*"):
        os.utime(path, ns=(past, past))
    before = _snapshot(inputs)

    run = run_geomap(*build_args([str(inputs / "articles")], gazetteer, str(tmp_path / "out")), cwd=tmp_path)

    assert run.returncode == 1, run.stderr  # empty.txt is skipped
    assert _snapshot(inputs) == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(OUTPUTS)


@dataclass(frozen=True)
class Corpus:
    articles: Path
    gazetteer: Path
    old: dict[str, bytes]  # outputs of a first, smaller build
    new: dict[str, bytes]  # outputs of an undisturbed build of ``articles``


def _write_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        a, b = PLACES[i % len(PLACES)], PLACES[(i * 3 + 1) % len(PLACES)]
        paras = [
            f"Reports from {a} said shelling continued overnight near {b}. Officials in {a} "
            f"described the damage as serious and residents of {b} moved to shelters ({i}, {j})."
            for j in range(10)
        ]
        text = f"Date: 2020-{1 + i % 12:02d}-{1 + i % 28:02d}\n\n" + "\n\n".join(paras) + "\n"
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = tmp_path_factory.mktemp("corpus")
    gazetteer = root / "gazetteer.csv"
    gazetteer.write_text(SMALL_GAZETTEER, encoding="utf-8")
    _write_corpus(root / "small", 5)
    _write_corpus(root / "big", 300)
    for name in ("small", "big"):
        run = run_geomap(*build_args([str(root / name)], gazetteer, f"out-{name}"), cwd=root)
        assert run.returncode == 0, run.stderr
    old, new = _outputs(root / "out-small"), _outputs(root / "out-big")
    assert all(old[n] != new[n] for n in OUTPUTS if n != "unresolved.csv")
    return Corpus(root / "big", gazetteer, old, new)


def _wait_for_first_replacement(proc: subprocess.Popen[bytes], out: Path, timeout: float = 120) -> None:
    """Return as soon as the build has replaced its first output file."""
    ino = (out / "mentions.csv").stat().st_ino
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            if (out / "mentions.csv").stat().st_ino != ino:
                return
        except FileNotFoundError:
            pass
        time.sleep(0.0005)


@pytest.mark.slow
@pytest.mark.parametrize("moment", [
    pytest.param(0.2, id="kill-after-0.2s"),
    pytest.param(0.5, id="kill-after-0.5s"),
    pytest.param(1.0, id="kill-after-1s"),
    pytest.param(2.0, id="kill-after-2s"),
    pytest.param("first-file-replaced", id="kill-between-output-files"),
])  # fmt: skip
def test_killed_build_leaves_whole_files(tmp_path: Path, corpus: Corpus, moment: float | str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name, data in corpus.old.items():
        (out / name).write_bytes(data)
    cmd = geomap_cmd(*build_args([str(corpus.articles)], corpus.gazetteer, "out"))

    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if moment == "first-file-replaced":
            _wait_for_first_replacement(proc, out)
        else:
            time.sleep(float(moment))
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)

    names = sorted(os.listdir(out))
    visible = [n for n in names if not n.startswith(".")]
    assert visible == sorted(OUTPUTS), names
    assert all(HIDDEN_TEMP.match(n) for n in names if n.startswith(".")), names
    for name in OUTPUTS:
        data = (out / name).read_bytes()
        assert data in (corpus.old[name], corpus.new[name]), f"{name} is neither the old nor the new file"
        assert_complete(out / name)
    if moment == "first-file-replaced" and proc.returncode == -signal.SIGKILL:
        assert (out / "mentions.csv").read_bytes() == corpus.new["mentions.csv"]


def test_interrupted_outputs_can_be_rebuilt(tmp_path: Path, corpus: Corpus) -> None:
    """Leftover hidden temp files do not disturb the next build or become inputs."""
    out = tmp_path / "out"
    shutil.copytree(corpus.articles, tmp_path / "in")
    (tmp_path / "in" / ".a000.txt.x1y2.tmp").write_text("Moscow Moscow Moscow", encoding="utf-8")
    out.mkdir()
    (out / ".map.html.abc123.tmp").write_text("<html><body>half", encoding="utf-8")

    run = run_geomap(*build_args(["in"], corpus.gazetteer, "out"), cwd=tmp_path)

    assert run.returncode == 0, run.stderr
    assert _outputs(out) == corpus.new


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (read from /proc)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_a_killed_build_leaves_no_worker_behind(tmp_path: Path, corpus: Corpus) -> None:
    """SIGKILL of a ``--jobs 2`` build ends its worker too (it used to wait forever on
    its results queue, holding its memory)."""
    cmd = geomap_cmd(*build_args([str(corpus.articles)], corpus.gazetteer, "out", "--jobs", "2"))
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not workers and proc.poll() is None and time.monotonic() < deadline:
            workers = _children(proc.pid)
            time.sleep(0.01)
        assert workers, "the build started no worker"
        proc.send_signal(signal.SIGKILL)  # the worker is left with every batch to do
    finally:
        proc.wait(timeout=60)
    deadline = time.monotonic() + 20
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, f"workers still running after their build was killed: {left}"
