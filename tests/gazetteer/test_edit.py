"""Writing the gazetteer: only the new rows change, in the file's own style."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geomap.errors import ConcurrentEditError, GazetteerError, UsageError
from geomap.gazetteer.edit import GazetteerFile, append_rows, commit, plan_append, slugify

from .helpers import HEADER, RunCli

EXISTING = [
    "terter,Tərtər,Tartar|Terter,town,40.34179,46.93242,,AZ,,147288,",
    'lachin-road,Lachin road,Lachin corridor,road,39.64,46.55,"LINESTRING (46.55 39.64, 46.6 39.7)",AZ,,,"a ""quoted"" note"',
    "barda,Bərdə,Barda,town,40.37443,47.12636,,AZ,,148445,",
]  # fmt: skip
BARDA_ROW = {"id": "aghdam", "name": "Aghdam", "kind": "town", "lat": "39.99096", "lon": "46.92736"}


def write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> bytes:
    data = text.replace("\n", newline).encode(encoding)
    path.write_bytes(data)
    return data


def table(*rows: str, header: str = HEADER) -> str:
    return "\n".join((header, *rows)) + "\n"


STYLES = [
    pytest.param("utf-8", "\n", ",", b"", id="utf8-lf-comma"),
    pytest.param("utf-8", "\r\n", ",", b"", id="crlf"),
    pytest.param("utf-8", "\n", ";", b"", id="semicolon"),
    pytest.param("utf-8", "\r\n", ";", b"\xef\xbb\xbf", id="bom-crlf-semicolon"),
]


@pytest.mark.parametrize(("encoding", "newline", "delim", "bom"), STYLES)
def test_add_keeps_every_byte_and_the_style(
    workdir: Path, run_cli: RunCli, encoding: str, newline: str, delim: str, bom: bytes
) -> None:
    text = table(*EXISTING)
    if delim == ";":
        text = text.replace(",", ";").replace("46.55 39.64; 46.6 39.7", "46.55 39.64, 46.6 39.7")
    before = bom + text.replace("\n", newline).encode(encoding)
    (workdir / "gazetteer.csv").write_bytes(before)
    result = run_cli(
        "gazetteer", "add", "Ağdam", "--lat", "39.99096", "--lon", "46.92736",
        "--alias", "Aghdam", "--alias", "Akna", "--kind", "town", "--country", "az",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    after = (workdir / "gazetteer.csv").read_bytes()
    d = delim
    expected_row = f"agdam{d}Ağdam{d}Aghdam|Akna{d}town{d}39.99096{d}46.92736{d}{d}AZ{d}{d}{d}"
    assert after == before + (expected_row + newline).encode("utf-8")
    assert (workdir / "gazetteer.csv.bak").read_bytes() == before
    assert (
        result.stderr == "gazetteer.csv: added 1 row(s) at line(s) 5 (previous version: gazetteer.csv.bak)\n"
    )


def test_add_adds_missing_final_newline_in_file_style(workdir: Path, run_cli: RunCli) -> None:
    before = write(workdir / "gazetteer.csv", table(*EXISTING).rstrip("\n"), newline="\r\n")
    assert run_cli("gazetteer", "add", "Aghdam", "--lat", "39.99", "--lon", "46.93").exit_code == 0
    after = (workdir / "gazetteer.csv").read_bytes()
    assert after == before + b"\r\naghdam,Aghdam,,,39.99,46.93,,,,,\r\n"


def test_add_keeps_extra_columns_and_their_order(workdir: Path, run_cli: RunCli) -> None:
    before = write(
        workdir / "gazetteer.csv",
        "name,lat,lon,id,source_url,country\nTərtər,40.34179,46.93242,terter,https://example.org/t,AZ\n",
    )
    assert (
        run_cli("gazetteer", "add", "Barda", "--lat", "40.37", "--lon", "47.13", "--country", "AZ").exit_code
        == 0
    )
    assert (workdir / "gazetteer.csv").read_bytes() == before + b"Barda,40.37,47.13,barda,,AZ\n"


def test_add_refuses_an_option_whose_column_is_missing(workdir: Path, run_cli: RunCli) -> None:
    before = write(workdir / "gazetteer.csv", "id,name,lat,lon\nterter,Terter,40.34,46.93\n")
    result = run_cli("gazetteer", "add", "Barda", "--lat", "40.37", "--lon", "47.13", "--kind", "town")
    assert result.exit_code == 2
    assert result.stderr == (
        "geomap: gazetteer.csv:1: the header has no column(s) kind (add them to the header "
        "first, or leave those options out)\n"
    )
    assert (workdir / "gazetteer.csv").read_bytes() == before


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        pytest.param("146.93", "40.34", "gazetteer.csv:5: lat '146.93' is outside -90..90 (are lat and lon swapped?)", id="swapped"),
        pytest.param("forty", "46.9", "gazetteer.csv:5: lat 'forty' is not a number (use decimal degrees, e.g. 40.68)", id="not-a-number"),
        pytest.param("40.3", "200", "gazetteer.csv:5: lon '200' is outside -180..180 (longitude must be -180..180)", id="lon-range"),
    ],
)  # fmt: skip
def test_add_refuses_bad_coordinates_like_check(
    workdir: Path, run_cli: RunCli, lat: str, lon: str, message: str
) -> None:
    before = write(workdir / "gazetteer.csv", table(*EXISTING))
    result = run_cli("gazetteer", "add", "Aghdam", "--lat", lat, "--lon", lon)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        message,
        "geomap: the gazetteer is invalid (1 problem(s)); nothing was written",
    ]
    assert (workdir / "gazetteer.csv").read_bytes() == before
    assert not (workdir / "gazetteer.csv.bak").exists()


def test_add_refuses_duplicate_id_and_far_wkt(workdir: Path, run_cli: RunCli) -> None:
    write(workdir / "gazetteer.csv", table(*EXISTING))
    dup = run_cli("gazetteer", "add", "Terter", "--lat", "40.3", "--lon", "46.9", "--id", "terter")
    assert dup.stderr.splitlines()[0] == "gazetteer.csv:5: duplicate id 'terter' (first used on line 2)"
    wkt = run_cli(
        "gazetteer",
        "add",
        "Road",
        "--lat",
        "40.3",
        "--lon",
        "46.9",
        "--wkt",
        "LINESTRING (40.3 46.9, 40.4 47)",
    )
    assert wkt.stderr.splitlines()[0].startswith("gazetteer.csv:5: wkt lies ")
    assert (dup.exit_code, wkt.exit_code) == (2, 2)


def test_add_does_not_repeat_errors_already_in_the_file(workdir: Path, run_cli: RunCli) -> None:
    """Old problems are check's business; add refuses only for its own row."""
    before = write(workdir / "gazetteer.csv", table(*EXISTING, "broken,Broken,,town,99,46,,AZ,,,"))
    result = run_cli("gazetteer", "add", "Aghdam", "--lat", "39.99", "--lon", "46.93")
    assert result.exit_code == 0
    assert (workdir / "gazetteer.csv").read_bytes() == before + b"aghdam,Aghdam,,,39.99,46.93,,,,,\n"


def test_add_gives_a_unique_slug(workdir: Path, run_cli: RunCli) -> None:
    write(workdir / "gazetteer.csv", table(*EXISTING, "terter-2,Terter II,,town,40.3,46.9,,AZ,,,"))
    result = run_cli("gazetteer", "add", "Tərtər", "--lat", "40.34", "--lon", "46.93")
    assert result.exit_code == 0
    assert (workdir / "gazetteer.csv").read_text("utf-8").splitlines()[-1].startswith("terter-3,Tərtər,")


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        pytest.param("Tərtər", "terter", id="schwa"),
        pytest.param("Qarabağ iqtisadi rayonu", "qarabag-iqtisadi-rayonu", id="spaces"),
        pytest.param("Nagorno-Karabakh", "nagorno-karabakh", id="hyphen"),
        pytest.param("Ma’ilbayli", "mailbayli", id="apostrophe"),
        pytest.param("Ստեփանակերտ", "place", id="armenian-script"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_same_name_nearby_is_allowed_with_a_warning(workdir: Path, run_cli: RunCli) -> None:
    write(workdir / "gazetteer.csv", table(*EXISTING))
    result = run_cli(
        "gazetteer", "add", "Tartar village", "--alias", "Tartar", "--lat", "40.35", "--lon", "46.95"
    )
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        "gazetteer.csv:5: warning: the name 'tartar' is also on row 'terter' (line 2, 2 km away); "
        "lookups will find both"
    )


def test_same_name_far_away_gets_checks_ambiguity_warning(workdir: Path, run_cli: RunCli) -> None:
    write(workdir / "gazetteer.csv", table(*EXISTING))
    result = run_cli("gazetteer", "add", "Barda", "--lat", "41.5", "--lon", "44.0")
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        "gazetteer.csv: warning: the name 'barda' is on rows 'barda' and 'barda-2', 291 km "
        "apart (ambiguous; context decides, or remove one)"
    )


def test_add_creates_a_new_file(workdir: Path, run_cli: RunCli) -> None:
    result = run_cli("gazetteer", "add", "Aghdam", "--lat", "39.99", "--lon", "46.93", "--file", "new.csv")
    assert result.exit_code == 0
    assert (workdir / "new.csv").read_bytes() == (HEADER + "\naghdam,Aghdam,,,39.99,46.93,,,,,\n").encode()
    assert not (workdir / "new.csv.bak").exists()


def test_cp1252_file_refuses_letters_it_cannot_hold(workdir: Path, run_cli: RunCli) -> None:
    before = write(workdir / "gazetteer.csv", table("barda,Bärda,,town,40.37,47.12,,AZ,,,"), "cp1252")
    result = run_cli("gazetteer", "add", "Ağdam", "--lat", "39.99", "--lon", "46.93")
    assert result.exit_code == 2
    assert result.stderr == (
        "geomap: gazetteer.csv: 'ğ' cannot be written to this file: it is saved as Windows-1252, "
        "not UTF-8; nothing written (save it as 'CSV UTF-8' and run the command again, or use a "
        "spelling without that character)\n"
    )
    assert (workdir / "gazetteer.csv").read_bytes() == before


def test_cp1252_file_gets_cp1252_bytes(workdir: Path, run_cli: RunCli) -> None:
    before = write(workdir / "gazetteer.csv", table("barda,Bärda,,town,40.37,47.12,,AZ,,,"), "cp1252")
    result = run_cli("gazetteer", "add", "Göygöl", "--lat", "40.59", "--lon", "46.32")
    assert result.exit_code == 0
    assert (workdir / "gazetteer.csv").read_bytes() == before + "goygol,Göygöl,,,40.59,46.32,,,,,\n".encode(
        "cp1252"
    )
    assert "warning: not UTF-8" not in result.stderr  # an old warning, not the new row's


def test_concurrent_change_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    write(path, table(*EXISTING))
    edit = plan_append(GazetteerFile.read(path), [BARDA_ROW])
    changed = write(path, table(*EXISTING, "ganja,Ganja,,city,40.68,46.36,,AZ,,,"))
    with pytest.raises(ConcurrentEditError) as err:
        commit(edit)
    assert str(err.value) == (
        f"{path} changed on disk since it was read; nothing written (run the command again)"
    )
    assert path.read_bytes() == changed
    assert not (tmp_path / "gazetteer.csv.bak").exists()


def test_deleted_file_counts_as_a_change(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    write(path, table(*EXISTING))
    edit = plan_append(GazetteerFile.read(path), [BARDA_ROW])
    path.unlink()
    with pytest.raises(ConcurrentEditError):
        commit(edit)
    assert not path.exists()


def test_touch_without_change_is_not_a_conflict(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    before = write(path, table(*EXISTING))
    gf = GazetteerFile.read(path)
    edit = plan_append(gf, [BARDA_ROW])
    os.utime(path, ns=(gf.mtime_ns + 5_000_000_000, gf.mtime_ns + 5_000_000_000))
    assert commit(edit) == tmp_path / "gazetteer.csv.bak"
    assert path.read_bytes() == before + b"aghdam,Aghdam,,town,39.99096,46.92736,,,,,\n"


def test_backup_holds_the_previous_version_each_time(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    first = write(path, table(*EXISTING))
    append_rows(path, [BARDA_ROW])
    second = path.read_bytes()
    append_rows(path, [{"id": "ganja", "name": "Ganja", "lat": "40.68", "lon": "46.36"}])
    assert (tmp_path / "gazetteer.csv.bak").read_bytes() == second
    assert path.read_bytes() == second + b"ganja,Ganja,,,40.68,46.36,,,,,\n"
    assert second.startswith(first)


def test_values_needing_quotes_are_quoted(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    before = write(path, table(*EXISTING))
    row = {**BARDA_ROW, "notes": 'GeoNames 148619, "ghost town"\nsecond line'}
    edit = append_rows(path, [row])
    assert path.read_bytes() == before + (
        b'aghdam,Aghdam,,town,39.99096,46.92736,,,,,"GeoNames 148619, ""ghost town"" second line"\n'
    )
    assert edit.lines == (5,)


def test_unreadable_csv_is_not_edited(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    before = write(path, table(*EXISTING, 'x,"X,,town,1,1,,,,,'))
    with pytest.raises(GazetteerError, match="unclosed quote"):
        append_rows(path, [BARDA_ROW])
    assert path.read_bytes() == before


def test_missing_column_drop_mode_warns(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    before = write(path, "id,name,lat,lon\n")
    edit = plan_append(GazetteerFile.read(path), [BARDA_ROW], on_missing_column="drop")
    assert edit.warnings == (
        f"{path}:1: warning: the header has no column(s) kind; their values were left out",
    )
    assert edit.data == before + b"aghdam,Aghdam,39.99096,46.92736\n"
    with pytest.raises(UsageError, match="no column"):
        plan_append(GazetteerFile.read(path), [BARDA_ROW])
