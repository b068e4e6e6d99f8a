"""Assembling the HTML page: folium skeleton, scripts and styles, data, policy.

Third-party files come from :mod:`geomap.render.assets`: inlined when the map
is self-contained, else linked from a CDN at the same pinned versions with
Subresource-Integrity. geomap's own script and styles (``static/``) are always
inlined. A Content-Security-Policy ``<meta>`` allows exactly the page's own
scripts (by hash), so injected markup could not run even if escaping failed.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import posixpath
import re
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import folium

from geomap.errors import AssetError
from geomap.render.assets import Assets, load_assets, sri
from geomap.render.data import MapData
from geomap.render.elements import BareMap, DataBlock, MapApp, PageHead, stable_ids
from geomap.render.manifest import FILES, OUTLINE, AssetFile, cdn_url
from geomap.render.safety import inline_script, inline_style, script_json

if TYPE_CHECKING:
    from geomap.render import MapOptions

STATIC_JS = ("popup.js", "controls.js", "app.js")
STATIC_CSS = "geomap.css"
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_CHARSET_META = '<meta http-equiv="content-type" content="text/html; charset=UTF-8" />'
_DEFAULT_ICON = {
    "iconUrl": "dist/images/marker-icon.png",
    "iconRetinaUrl": "dist/images/marker-icon-2x.png",
    "shadowUrl": "dist/images/marker-shadow.png",
}


def build_page(data: MapData, options: MapOptions) -> str:
    """Return the complete HTML page for ``data``.

    Raises
    ------
    AssetError
        If ``options.self_contained`` and the pinned assets are missing or altered.
    """
    assets = load_assets(options.assets_dir) if options.self_contained else None
    fmap = BareMap(location=_center(data), zoom_start=5, tiles=None, control_scale=True)
    tiles: folium.TileLayer | None = None
    if options.tiles == "osm":
        tiles = folium.TileLayer("OpenStreetMap", max_zoom=19)
        tiles.add_to(fmap)
    payload = dict(data.payload, title=options.title, config=_config(options, assets))
    fmap.add_child(PageHead(html.escape(options.title, quote=True), _tags(assets, data)))
    fmap.add_child(DataBlock("geomap-data", script_json(payload)))
    if assets is not None:
        outline = json.loads(assets.files[OUTLINE])
        fmap.add_child(DataBlock("geomap-outline", script_json(outline)))
    fmap.add_child(MapApp(tiles))
    root = fmap.get_root()
    stable_ids(root)
    page = root.render()
    tile_url = tiles.tiles if tiles is not None else None
    return _finish(page, assets is not None, tile_url)


def _center(data: MapData) -> list[float]:
    if data.bounds is None:
        return [20.0, 0.0]
    (south, west), (north, east) = data.bounds
    return [round((south + north) / 2, 5), round((west + east) / 2, 5)]


def _config(options: MapOptions, assets: Assets | None) -> dict[str, Any]:
    config: dict[str, Any] = {"timeline": options.timeline, "tiles": options.tiles}
    if assets is None:
        config["outline"] = {"url": cdn_url(OUTLINE), "integrity": sri(OUTLINE)}
        return config
    leaflet = {a.path: a for a in FILES if a.package == "leaflet"}
    config["outline"] = {"inline": True}
    config["defaultIcon"] = {
        key: _data_uri(assets, leaflet[path]) for key, path in sorted(_DEFAULT_ICON.items())
    }
    return config


def _tags(assets: Assets | None, data: MapData) -> list[str]:
    tags: list[str] = []
    for asset in (a for a in FILES if a.role == "css"):
        if assets is None:
            tags.append(f'<link rel="stylesheet" href="{cdn_url(asset)}"{_sri_attrs(asset)}/>')
        else:
            tags.append(f"<style>{inline_style(_inline_css(assets, asset))}</style>")
    tags.append(f"<style>{inline_style(_static(STATIC_CSS) + _kind_css(data))}</style>")
    for asset in (a for a in FILES if a.role == "js"):
        if assets is None:
            tags.append(f'<script src="{cdn_url(asset)}"{_sri_attrs(asset)}></script>')
        else:
            tags.append(f"<script>{inline_script(assets.text(asset))}</script>")
    own = "\n".join(_static(name) for name in STATIC_JS)
    tags.append(f"<script>{inline_script(own)}</script>")
    return tags


def _sri_attrs(asset: AssetFile) -> str:
    return f' integrity="{sri(asset)}" crossorigin="anonymous"'


def _static(name: str) -> str:
    return resources.files("geomap.render").joinpath("static", name).read_text("utf-8")


def _kind_css(data: MapData) -> str:
    rules = [f".geomap-k{i}{{--geomap-kind:{kind['color']}}}" for i, kind in enumerate(data.payload["kinds"])]
    return "\n" + "\n".join(rules) + "\n"


def _inline_css(assets: Assets, css: AssetFile) -> str:
    """The stylesheet with every relative ``url()`` replaced by a data URI."""
    files = {(a.package, a.path): a for a in FILES}

    def replace(match: re.Match[str]) -> str:
        ref = match.group(2).strip()
        if ref.startswith(("#", "data:")):
            return match.group(0)
        path = posixpath.normpath(posixpath.join(posixpath.dirname(css.path), ref))
        asset = files.get((css.package, path))
        if asset is None:
            raise AssetError(
                f"{css.package}/{css.path} refers to {ref}, which the asset manifest does not "
                "list; add it to geomap/render/manifest.py"
            )
        return f'url("{_data_uri(assets, asset)}")'

    return _CSS_URL.sub(replace, assets.text(css))


def _data_uri(assets: Assets, asset: AssetFile) -> str:
    mime = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif"}
    kind = mime.get(posixpath.splitext(asset.path)[1], "application/octet-stream")
    return f"data:{kind};base64," + base64.b64encode(assets.files[asset]).decode("ascii")


def _finish(page: str, self_contained: bool, tile_url: str | None) -> str:
    """Add ``lang`` and the Content-Security-Policy that admits only this page's scripts."""
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(m.encode()).digest()).decode() + "'"
            for m in _INLINE_SCRIPT.findall(page)
        }
    )
    img = ["data:"]
    if tile_url:
        parts = urlsplit(tile_url)
        img.append(f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}")
    script, style, connect = list(hashes), ["'unsafe-inline'"], ["'none'"]
    if not self_contained:
        script += [cdn_url(a) for a in FILES if a.role == "js"]
        style += [cdn_url(a) for a in FILES if a.role == "css"]
        img.append(cdn_url(FILES[0]).rsplit("/", 1)[0] + "/images/")
        connect = [cdn_url(OUTLINE)]
    policy = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(script),
            "style-src " + " ".join(style),
            "img-src " + " ".join(img),
            "connect-src " + " ".join(connect),
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}" />'
    if _CHARSET_META not in page:
        raise RuntimeError("folium's page template changed: charset meta not found")
    page = page.replace(_CHARSET_META, _CHARSET_META + "\n    " + meta, 1)
    return page.replace("<html>", '<html lang="en">', 1)
