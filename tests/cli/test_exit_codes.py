"""The command line: exit codes, one-line messages, nothing written on invalid input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write

ARTICLE = "Date: 2020-10-04\n\nShelling hit Ganja overnight. Residents of Terter sheltered in basements.\n"


def geomap(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geomap", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_success_writes_all_outputs(tmp_path: Path, small_gazetteer: Path) -> None:
    write(tmp_path / "in" / "a.txt", ARTICLE)
    run = geomap("build", "in", "--gazetteer", str(small_gazetteer), "--out", "out", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "map.html", "mentions.csv", "mentions.geojson", "unresolved.csv"
    ]  # fmt: skip
    assert "articles read:   1" in run.stdout and "map:" in run.stdout


def test_skipped_file_gives_exit_1(tmp_path: Path, small_gazetteer: Path) -> None:
    write(tmp_path / "in" / "a.txt", ARTICLE)
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00\x01\x02binary")
    run = geomap("build", "in", "--gazetteer", str(small_gazetteer), "--out", "out", cwd=tmp_path)
    assert run.returncode == 1
    assert "skipped b.txt: looks like a binary file" in run.stderr
    assert "Traceback" not in run.stderr
    assert (tmp_path / "out" / "mentions.csv").read_text().count("\n") == 3


def test_invalid_gazetteer_gives_exit_2_and_writes_nothing(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", ARTICLE)
    gaz = write(tmp_path / "g.csv", "id,name,lat,lon\nganja,Ganja,123.4,46.36\n")
    run = geomap("build", "in", "--gazetteer", str(gaz), "--out", "out", cwd=tmp_path)
    assert run.returncode == 2
    assert f"{gaz}:2: lat '123.4' is outside -90..90 (are lat and lon swapped?)" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("build", "missing-folder"), id="missing-path"),
        pytest.param(("build", "--group-by", "year"), id="bad-choice"),
        pytest.param(("build", "--jobs", "0"), id="bad-jobs"),
        pytest.param(("frobnicate",), id="unknown-command"),
    ],
)
def test_bad_usage_gives_exit_2(tmp_path: Path, small_gazetteer: Path, args: tuple[str, ...]) -> None:
    write(tmp_path / "examples" / "articles" / "a.txt", ARTICLE)
    run = (
        geomap(*args, "--gazetteer", str(small_gazetteer), cwd=tmp_path)
        if args[0] == "build"
        else geomap(*args, cwd=tmp_path)
    )
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "output").exists()


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    gaz = write(tmp_path / "g.csv", "id,name,lat,lon\nganja,Ganja,x,46.36\n")
    write(tmp_path / "in" / "a.txt", ARTICLE)
    run = geomap("--verbose", "build", "in", "--gazetteer", str(gaz), cwd=tmp_path)
    assert run.returncode == 2 and "Traceback" in run.stderr


def test_internal_error_says_how_to_report(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, small_gazetteer: Path
) -> None:
    from click.testing import CliRunner

    import geomap.cli.build_cmd as build_cmd
    from geomap.cli import cli

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(build_cmd, "build", broken)
    write(tmp_path / "a.txt", ARTICLE)
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--gazetteer", str(small_gazetteer)])
    assert result.exit_code == 70
    assert "internal error: ZeroDivisionError: boom" in result.output and "report" in result.output


def test_python_m_geomap_help(tmp_path: Path) -> None:
    run = geomap("--help", cwd=tmp_path)
    assert run.returncode == 0 and "Exit codes" in run.stdout
