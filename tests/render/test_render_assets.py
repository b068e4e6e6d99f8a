"""Pinned assets: manifest in step with npm files, found, verified, inlined."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
import sample_data
from render_helpers import Tags

from geomap.errors import AssetError
from geomap.render import MapOptions, fetch_assets, load_assets, render_map
from geomap.render.assets import _unpack
from geomap.render.manifest import FILES, PACKAGES, Package

ROOT = Path(__file__).resolve().parents[2]


def test_manifest_matches_package_json_and_lock() -> None:
    manifest = json.loads((ROOT / "package.json").read_text())
    lock = json.loads((ROOT / "package-lock.json").read_text())
    assert manifest["dependencies"] == {p.name: p.version for p in PACKAGES}
    for p in PACKAGES:
        entry = lock["packages"][f"node_modules/{p.name}"]
        assert (entry["version"], entry["integrity"]) == (p.version, p.integrity)


def _copy_assets(dest: Path) -> Path:
    source = load_assets().root
    for a in FILES:
        target = dest / a.package / a.path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / a.package / a.path, target)
    return dest


def test_assets_load_from_a_given_folder(tmp_path: Path) -> None:
    assets = load_assets(_copy_assets(tmp_path))
    assert assets.root == tmp_path and len(assets.files) == len(FILES)


def test_env_var_points_to_assets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEOMAP_ASSETS", str(_copy_assets(tmp_path)))
    assert load_assets().root == tmp_path


def test_missing_assets_say_how_to_fetch(tmp_path: Path) -> None:
    with pytest.raises(AssetError, match=r"not found .*geomap assets fetch") as err:
        load_assets(tmp_path)
    assert "\n" not in str(err.value)
    with pytest.raises(AssetError, match="geomap assets fetch"):
        render_map([], [], MapOptions(self_contained=True, assets_dir=str(tmp_path)))


def test_altered_asset_fails_its_checksum(tmp_path: Path) -> None:
    _copy_assets(tmp_path)
    script = tmp_path / "leaflet" / "dist" / "leaflet.js"
    script.write_text(script.read_text() + "\nwindow.evil = 1;")
    with pytest.raises(AssetError, match=r"leaflet\.js: sha256 .* does not match"):
        load_assets(tmp_path)


def test_download_must_match_the_pinned_integrity(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        data = b"window.evil = 1;"
        info = tarfile.TarInfo("package/dist/topojson-client.min.js")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    pinned = next(p for p in PACKAGES if p.name == "topojson-client")
    with pytest.raises(AssetError, match="does not match the pinned integrity"):
        _unpack(pinned, buffer.getvalue(), tmp_path)
    import base64

    digest = base64.b64encode(hashlib.sha512(buffer.getvalue()).digest()).decode()
    honest_but_wrong = Package(pinned.name, pinned.version, "sha512-" + digest)
    with pytest.raises(AssetError, match="sha256 mismatch"):
        _unpack(honest_but_wrong, buffer.getvalue(), tmp_path)
    assert not (tmp_path / "topojson-client").exists()


def test_fetch_without_npm_says_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(AssetError, match=r"install Node\.js"):
        fetch_assets(tmp_path, npm="no-such-npm-here")


@pytest.mark.network
def test_fetch_assets_from_the_registry(tmp_path: Path) -> None:
    assert load_assets(fetch_assets(tmp_path / "assets")).root == tmp_path / "assets"


def test_self_contained_page_loads_nothing_external(page: str) -> None:
    tags = Tags(page)
    for name, attrs in tags.tags:
        for key in ("src", "href"):
            assert not (attrs.get(key) or "").startswith(("http:", "https:", "//")), (name, attrs)
    assert not [a for n, a in tags.tags if n == "link"]
    assert page.count("data:image/png;base64,") >= 5  # leaflet images and default icon
    for code in tags.scripts:
        assert "</script" not in code.lower()


def test_cdn_page_pins_versions_with_integrity(sample: sample_data.Sample) -> None:
    out = render_map(sample.articles, sample.resolved, MapOptions())
    tags = Tags(out)
    external = [a for n, a in tags.tags if n == "script" and a.get("src")]
    assert [a["src"].rsplit("/npm/", 1)[1] for a in external] == [
        "leaflet@1.9.4/dist/leaflet.js",
        "leaflet.markercluster@1.5.3/dist/leaflet.markercluster.js",
        "leaflet.featuregroup.subgroup@1.0.2/dist/leaflet.featuregroup.subgroup.js",
        "topojson-client@3.1.0/dist/topojson-client.min.js",
    ]
    assert all(a["integrity"].startswith("sha256-") for a in external)
    assert "jquery" not in out and "bootstrap" not in out
