"""User errors: one ``geomap:`` line, no traceback (``--verbose`` shows it), documented codes.

Extends ``tests/cli/test_exit_codes.py`` (which covers success, a skipped file, an
invalid gazetteer, a missing path, bad ``--group-by``/``--jobs``, an unknown
command, ``--verbose`` on a gazetteer error and the internal-error hint) with the
remaining user errors, exit code 1 for unsupported files, 0 for an empty folder,
and 130 for an interrupted build.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SMALL_GAZETTEER

from .helpers import GOOD_ARTICLE, OUTPUTS, assert_complete, build_args, geomap_cmd, read_csv, run_geomap


def _setup(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(SMALL_GAZETTEER, encoding="utf-8")
    return gazetteer


def _gazetteer(data: bytes | None) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        path = tmp / "bad-gazetteer.csv"
        if data is None:
            path.mkdir()
        else:
            path.write_bytes(data)
        return build_args(["in"], path)

    return make


def _manifest(text: str, given: bool = True) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        (tmp / "in" / "articles.csv").write_text(text, encoding="utf-8")
        extra = ["--manifest", str(tmp / "in" / "articles.csv")] if given else []
        return build_args(["in"], tmp / "gazetteer.csv", "out", *extra)

    return make


def _out_is_file(tmp: Path) -> list[str]:
    (tmp / "taken").write_text("not a folder", encoding="utf-8")
    return build_args(["in"], tmp / "gazetteer.csv", "taken")


def _out_under_file(tmp: Path) -> list[str]:
    (tmp / "taken").write_text("not a folder", encoding="utf-8")
    return build_args(["in"], tmp / "gazetteer.csv", "taken/out")


USER_ERRORS = [
    pytest.param(
        lambda t: build_args(["in", "nope"], t / "gazetteer.csv"),
        "nope: no such file or folder",
        id="missing-path",
    ),
    pytest.param(lambda t: build_args(["in"], t / "nope.csv"), "no such file", id="missing-gazetteer"),
    pytest.param(_gazetteer(None), "is a folder", id="gazetteer-is-a-folder"),
    pytest.param(_gazetteer(b"\x00\x01PK\x03\x04"), "binary", id="gazetteer-binary"),
    pytest.param(_gazetteer(b""), "empty", id="gazetteer-empty"),
    pytest.param(
        _gazetteer(b"name,place\nGanja,x\n"), "missing column(s) id, lat, lon", id="gazetteer-wrong-columns"
    ),
    pytest.param(
        _gazetteer(b'id,name,lat,lon\nganja,"Ganja,40.68,46.36\n'),
        "unclosed quote",
        id="gazetteer-unclosed-quote",
    ),
    pytest.param(
        _manifest("file,date\ngood.txt,someday\n"),
        "articles.csv:2: date 'someday' is not a date",
        id="manifest-bad-date",
    ),
    pytest.param(
        _manifest("name,date\n", given=False),
        "manifest has no 'file' column",
        id="manifest-without-file-column",
    ),
    pytest.param(
        lambda t: build_args(["in"], t / "gazetteer.csv", "out", "--manifest", "nope.csv"),
        "nope.csv",
        id="manifest-missing",
    ),
    pytest.param(_out_is_file, "taken", id="out-is-a-file"),
    pytest.param(_out_under_file, "taken", id="out-under-a-file"),
]


@pytest.mark.parametrize(("make_args", "fragment"), USER_ERRORS)
def test_user_error_is_one_line(
    tmp_path: Path, make_args: Callable[[Path], list[str]], fragment: str
) -> None:
    _setup(tmp_path)
    args = make_args(tmp_path)

    run = run_geomap(*args, cwd=tmp_path)

    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    summary = [line for line in lines if line.startswith("geomap: ")]
    assert len(summary) == 1, lines
    assert fragment in run.stderr
    # Besides the summary, only the gazetteer's FILE:LINE problem lines.
    assert all(line.startswith(("geomap: ", str(tmp_path))) for line in lines), lines
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "make_args",
    [
        pytest.param(p.values[0], id=p.id)
        for p in USER_ERRORS
        if p.id in ("missing-path", "manifest-bad-date", "gazetteer-binary")
    ],
)
def test_verbose_shows_the_traceback(tmp_path: Path, make_args: Callable[[Path], list[str]]) -> None:
    _setup(tmp_path)

    run = run_geomap("--verbose", *make_args(tmp_path), cwd=tmp_path)

    assert run.returncode == 2
    assert "Traceback (most recent call last)" in run.stderr
    assert run.stderr.rstrip().splitlines()[-1].startswith("geomap: ")


@pytest.mark.parametrize("args", [
    pytest.param(["build", "--tiles", "satellite"], id="bad-tiles"),
    pytest.param(["build", "--jobs", "many"], id="jobs-not-a-number"),
    pytest.param(["build", "--no-such-option"], id="unknown-option"),
])  # fmt: skip
def test_usage_error_names_the_option(tmp_path: Path, args: list[str]) -> None:
    run = run_geomap(*args, cwd=tmp_path)

    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("geomap: ") and args[1] in lines[0], run.stderr


def test_only_unsupported_files_gives_exit_1(tmp_path: Path) -> None:
    gazetteer = _setup(tmp_path)
    (tmp_path / "in" / "good.txt").unlink()
    (tmp_path / "in" / "photo.jpg").write_bytes(b"\xff\xd8\xff")

    run = run_geomap(*build_args(["in"], gazetteer), cwd=tmp_path)

    assert run.returncode == 1, run.stderr
    assert run.stderr.splitlines() == [
        "skipped photo.jpg: unsupported file type '.jpg' (supported: .htm, .html, .markdown, .md, .pdf, .text, .txt)"
    ]
    assert read_csv(tmp_path / "out" / "mentions.csv") == []


def test_empty_folder_gives_exit_0_and_an_empty_map(tmp_path: Path) -> None:
    gazetteer = _setup(tmp_path)
    (tmp_path / "in" / "good.txt").unlink()

    run = run_geomap(*build_args(["in"], gazetteer), cwd=tmp_path)

    assert run.returncode == 0, run.stderr
    assert "articles read:   0" in run.stdout
    for name in OUTPUTS:
        assert_complete(tmp_path / "out" / name)


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    body = "\n\n".join(f"Shelling near Ganja and Terter continued ({j})." for j in range(20))
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(f"Date: 2020-10-{1 + i % 28:02d}\n\n{body}\n", encoding="utf-8")


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _read_until(fd: int, needle: bytes | None, timeout: float) -> bytes:
    """Read the terminal until ``needle`` shows, its other end closes, or time is up."""
    buf = b""
    deadline = time.monotonic() + timeout
    while (needle is None or needle not in buf) and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.1)[0]:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the child has exited and closed the terminal
                break
            if not chunk:
                break
            buf += chunk
    return buf


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [pytest.param("1", id="jobs-1"), pytest.param("2", id="jobs-2")])
def test_ctrl_c_gives_130_and_intact_outputs(tmp_path: Path, jobs: str) -> None:
    """Ctrl-C in a terminal: SIGINT to the whole process group, mid-build."""
    gazetteer = _setup(tmp_path)
    run = run_geomap(*build_args(["in"], gazetteer), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    before = {name: (tmp_path / "out" / name).read_bytes() for name in OUTPUTS}
    _corpus(tmp_path / "big", 300)
    master, slave = pty.openpty()  # a terminal, so the progress bar shows the build is under way
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    cmd = geomap_cmd(*build_args(["big"], gazetteer, "out", "--jobs", jobs))
    # A terminal's Ctrl-C reaches a process whose SIGINT is not ignored; a test run started in
    # the background of a shell would pass SIG_IGN on, so the default is restored.
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, start_new_session=True, preexec_fn=_default_sigint)  # fmt: skip
    os.close(slave)
    try:
        seen = _read_until(master, b"article", timeout=120)
        assert b"article" in seen, seen  # the bar: articles are being read
        os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(timeout=60)
        seen += _read_until(master, None, timeout=10)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()

    stderr = seen.decode("utf-8", "replace")
    assert code == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    assert stderr.count("geomap: interrupted") == 1, stderr
    names = sorted(os.listdir(tmp_path / "out"))
    assert names == sorted(OUTPUTS), names  # no temp file left behind
    for name in OUTPUTS:
        data = (tmp_path / "out" / name).read_bytes()
        assert data == before[name] or assert_complete(tmp_path / "out" / name) is None
    segments = [s.strip() for s in stderr.replace("\r", "\n").split("\n") if "geomap: interrupted" in s]
    assert segments[0].startswith("geomap: interrupted"), stderr
