"""Suggesting rows from the world gazetteer, and online geocoding (local stand-in only)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from geopy.exc import GeocoderServiceError, GeocoderUnavailable

from geomap.errors import ConcurrentEditError, GeomapError, InputError, UsageError
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.edit import GazetteerFile, commit, plan_append
from geomap.gazetteer.geocode import (
    Found,
    candidates_csv,
    default_cache_path,
    geocode_names,
    read_unresolved,
    require_user_agent,
    suggest,
)  # fmt: skip
from geomap.gazetteer.geonames import import_rows, read_geonames
from geomap.gazetteer.world import WorldIndex

from .helpers import GEONAMES_SAMPLE, HEADER, DictGeocoder, RunCli

HADRUT = (39.5198, 47.0315, "Hadrut, Khojavend District, Azerbaijan", "village")
UNRESOLVED = (
    "name,count,articles,reason,example_article,example_passage\n"
    "Vardenis,3,2,after a place cue,a.md,in Vardenis\n"
    "Shushi,2,1,after a place cue,a.md,in Shushi\n"
    "Terter,1,1,after a place cue,b.md,in Terter\n"
    "Hadrut,1,1,after a place cue,b.md,near Hadrut\n"
    "Vardenis,1,1,after a place cue,c.md,in Vardenis\n"
)
GAZ = HEADER + "\nterter,Tərtər,Tartar|Terter,town,40.34179,46.93242,,AZ,,147288,\n"


def test_geocode_names_uses_and_fills_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "geo.json"
    geocoder = DictGeocoder({"Hadrut": HADRUT, "Nowhere": None})
    first = geocode_names(["Hadrut", "Nowhere"], geocoder, cache, min_delay_seconds=0)
    assert first == {"Hadrut": Found(39.5198, 47.0315, HADRUT[2], "village"), "Nowhere": None}
    assert json.loads(cache.read_text("utf-8")) == {
        "Hadrut": {"address": HADRUT[2], "kind": "village", "lat": 39.5198, "lon": 47.0315},
        "Nowhere": None,
    }
    again = geocode_names(["Hadrut", "Nowhere"], geocoder, cache, min_delay_seconds=0)
    assert again == first
    assert geocoder.calls == ["Hadrut", "Nowhere"]  # the second round came from the cache


def test_geocode_is_rate_limited(tmp_path: Path) -> None:
    geocoder = DictGeocoder({})
    start = time.monotonic()
    geocode_names(["A", "B", "C"], geocoder, tmp_path / "c.json", min_delay_seconds=0.3)
    assert time.monotonic() - start >= 0.55
    assert geocoder.calls == ["A", "B", "C"]


def test_default_cache_is_in_cache_dir(cache: Path) -> None:
    geocoder = DictGeocoder({"Hadrut": HADRUT})
    geocode_names(["Hadrut"], geocoder, min_delay_seconds=0)
    assert default_cache_path(geocoder) == cache / "geocode-dictgeocoder.json"
    assert "Hadrut" in json.loads((cache / "geocode-dictgeocoder.json").read_text("utf-8"))


def test_network_error_is_one_line_and_keeps_earlier_answers(tmp_path: Path) -> None:
    cache = tmp_path / "geo.json"
    geocoder = DictGeocoder({"Hadrut": HADRUT, "Shushi": GeocoderUnavailable("Service not available")})
    with pytest.raises(GeomapError) as err:
        geocode_names(["Hadrut", "Shushi"], geocoder, cache, min_delay_seconds=0, max_retries=0)
    assert str(err.value) == (
        "geocoding 'Shushi' failed (GeocoderUnavailable: Service not available); check the "
        "network connection and the user agent, or try again later"
    )
    assert list(json.loads(cache.read_text("utf-8"))) == ["Hadrut"]


def test_service_errors_are_retried(tmp_path: Path) -> None:
    geocoder = DictGeocoder({"X": GeocoderServiceError("busy")})
    with pytest.raises(GeomapError, match="busy"):
        geocode_names(["X"], geocoder, tmp_path / "c.json", 0, max_retries=2, error_wait_seconds=0)
    assert geocoder.calls == ["X", "X", "X"]


def test_empty_user_agent_is_refused() -> None:
    with pytest.raises(UsageError, match="--user-agent is empty"):
        require_user_agent("  ")
    assert require_user_agent(None) is None


def test_suggest_prefers_the_most_populous_and_marks_the_rest(tmp_path: Path) -> None:
    from .helpers import small_world

    gaz = Gazetteer.load(_write(tmp_path / "g.csv", GAZ))
    taken = {"terter"}
    found = suggest(["Vardenis", "Shushi", "Terter", "Hadrut"], gaz, small_world(), taken)
    assert [(c.name, c.status) for c in found] == [
        ("Vardenis", "world"), ("Shushi", "world"), ("Terter", "known"), ("Hadrut", "not-found"),
    ]  # fmt: skip
    vardenis, shushi = found[0].row, found[1].row
    assert (vardenis["lat"], vardenis["lon"], vardenis["geonames_id"]) == ("40.1827", "45.73156", "616108")
    assert vardenis["kind"] == "town"
    assert vardenis["notes"] == (
        "suggested from the world gazetteer (GeoNames 616108, population 12651); 1 other "
        "place(s) share the name; check before use"
    )
    assert (shushi["id"], shushi["name"], shushi["aliases"]) == ("shusha", "Shusha", "Shushi")
    assert taken == {"terter", "vardenis", "shusha"}


def test_suggest_online_only_for_names_the_world_lacks(tmp_path: Path) -> None:
    from .helpers import small_world

    geocoder = DictGeocoder({"Hadrut": HADRUT})
    found = suggest(
        ["Vardenis", "Hadrut", "Nowhere"], None, small_world(), set(), geocoder,
        tmp_path / "c.json", min_delay_seconds=0,
    )  # fmt: skip
    assert [c.status for c in found] == ["world", "online", "not-found"]
    assert geocoder.calls == ["Hadrut", "Nowhere"]
    assert found[1].row == {
        "id": "hadrut", "name": "Hadrut", "kind": "village", "lat": "39.5198", "lon": "47.0315",
        "notes": f"geocoded by DictGeocoder: {HADRUT[2]}; check before use",
    }  # fmt: skip
    assert candidates_csv(found[2:]) == "status," + HEADER + "\nnot-found,,Nowhere,,,,,,,,,\n"


def test_read_unresolved(tmp_path: Path) -> None:
    assert read_unresolved(_write(tmp_path / "u.csv", UNRESOLVED)) == [
        "Vardenis",
        "Shushi",
        "Terter",
        "Hadrut",
    ]
    with pytest.raises(InputError, match="no 'name' column"):
        read_unresolved(_write(tmp_path / "bad.csv", "place,count\nX,1\n"))


def test_suggest_cli_prints_then_applies(workdir: Path, run_cli: RunCli, world_index: WorldIndex) -> None:
    (workdir / "output").mkdir()
    _write(workdir / "output" / "unresolved.csv", UNRESOLVED)
    before = GAZ.replace(",", ";").replace("\n", "\r\n").encode()
    (workdir / "gazetteer.csv").write_bytes(before)
    dry = run_cli("gazetteer", "suggest")
    assert dry.exit_code == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        "status," + HEADER,
        'world,vardenis,Vardenis,,town,40.1827,45.73156,,AM,,616108,"suggested from the world '
        "gazetteer (GeoNames 616108, population 12651); 1 other place(s) share the name; check "
        'before use"',
        'world,shusha,Shusha,Shushi,town,39.76006,46.74989,,AZ,,147105,"suggested from the world '
        'gazetteer (GeoNames 147105, population 19400); check before use"',
        "known,,Terter,,,,,,,,,",
        "not-found,,Hadrut,,,,,,,,,",
    ]
    assert dry.stderr == "candidates: 2 world, 1 known, 1 not-found\n"
    assert (workdir / "gazetteer.csv").read_bytes() == before

    applied = run_cli("gazetteer", "suggest", "--apply")
    assert applied.exit_code == 0, applied.stderr
    after = (workdir / "gazetteer.csv").read_bytes()
    assert after == before + (
        b'vardenis;Vardenis;;town;40.1827;45.73156;;AM;;616108;"suggested from the world gazetteer '
        b"(GeoNames 616108, population 12651); 1 other place(s) share the name; check before "
        b'use"\r\n'
        b'shusha;Shusha;Shushi;town;39.76006;46.74989;;AZ;;147105;"suggested from the world gazetteer '
        b'(GeoNames 147105, population 19400); check before use"\r\n'
    )
    assert (workdir / "gazetteer.csv.bak").read_bytes() == before


def test_geocode_cli_from_cache(workdir: Path, run_cli: RunCli, cache: Path) -> None:
    """The real command with Nominatim, answered from the cache: no request is made."""
    cache.mkdir(parents=True)
    entry = {"lat": 39.5198, "lon": 47.0315, "address": HADRUT[2], "kind": "village"}
    (cache / "geocode-nominatim.json").write_text(json.dumps({"Hadrut": entry, "Nowhere": None}))
    before = _write(workdir / "gazetteer.csv", GAZ).read_bytes()
    result = run_cli("gazetteer", "geocode", "Hadrut", "Nowhere", "--user-agent", "geomap-tests/1", "--apply")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        f'online,hadrut,Hadrut,,village,39.5198,47.0315,,,,,"geocoded by Nominatim: {HADRUT[2]}; check before use"',
        "not-found,,Nowhere,,,,,,,,,",
    ]
    assert (workdir / "gazetteer.csv").read_bytes() == before + (
        f'hadrut,Hadrut,,village,39.5198,47.0315,,,,,"geocoded by Nominatim: {HADRUT[2]}; check before use"\n'
    ).encode()


ROWS_BY_COMMAND = {
    "add": lambda: [{"id": "aghdam", "name": "Aghdam", "lat": "39.99096", "lon": "46.92736"}],
    "suggest": lambda: [c.row for c in suggest(["Ganja"], None, _small(), set())],
    "import-geonames": lambda: import_rows(read_geonames(GEONAMES_SAMPLE, ["AZ"], 9000), set(), set())[0],
    "geocode": lambda: [
        c.row for c in suggest(["Hadrut"], None, _small(), set(), DictGeocoder({"Hadrut": HADRUT}),
                               Path(os.environ["GEOMAP_CACHE"]) / "g.json", 0)
    ],
}  # fmt: skip


def _small() -> WorldIndex:
    from .helpers import small_world

    return small_world()


@pytest.mark.parametrize("command", [pytest.param(c, id=c) for c in ROWS_BY_COMMAND])
def test_every_command_refuses_a_concurrent_change(tmp_path: Path, command: str) -> None:
    path = _write(tmp_path / "gazetteer.csv", GAZ)
    rows = ROWS_BY_COMMAND[command]()
    assert rows
    edit = plan_append(GazetteerFile.read(path), rows, "drop")
    assert edit.data.startswith(path.read_bytes())
    path.write_text(GAZ + "x,X,,town,40,46,,AZ,,,\n", encoding="utf-8")
    with pytest.raises(ConcurrentEditError, match="changed on disk since it was read"):
        commit(edit)
    assert path.read_text("utf-8") == GAZ + "x,X,,town,40,46,,AZ,,,\n"


@pytest.mark.network
def test_real_nominatim(tmp_path: Path) -> None:  # pragma: no cover - network
    from geomap.gazetteer.geocode import nominatim

    found = geocode_names(["Hadrut, Azerbaijan"], nominatim(), tmp_path / "c.json")
    hit = found["Hadrut, Azerbaijan"]
    assert hit is not None and abs(hit.lat - 39.52) < 0.1 and abs(hit.lon - 47.03) < 0.1


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_world_region_is_suggested_as_a_region_with_its_iso_code() -> None:
    from geomap.gazetteer import name_key
    from geomap.gazetteer.geocode import world_row
    from geomap.gazetteer.world import FREE, WorldIndex

    index = WorldIndex(
        names=["North Darfur"], lat=[16.0], lon=[26.0], country=["SD"], admin1=["SD-DN"],
        population=[0], geonameid=[0], kind=["state"], keys={},
    )  # fmt: skip
    index.add(name_key("North Darfur"), 0, FREE)
    row = world_row("North Darfur", index, set())
    assert row is not None
    assert (row["kind"], row["geonames_id"], row["country"]) == ("region", "", "SD")
    assert row["notes"] == (
        "suggested from the world gazetteer (ISO 3166-2 SD-DN, a region's centre); check before use"
    )
