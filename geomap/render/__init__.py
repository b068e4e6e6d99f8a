"""The folium map: layers by date, popups with passages, lines and regions.

Public entry point: :func:`render_map` returns the page as a string; writing it
(atomically) is the caller's job. :func:`fetch_assets` obtains the pinned
scripts that a self-contained map inlines.

The modules, in the order data flows through them: :mod:`.dates` (date
layers), :mod:`.geometry` (WKT to GeoJSON), :mod:`.data` (the JSON document the
page draws from), :mod:`.assets` and :mod:`.manifest` (pinned third-party
files), :mod:`.elements` and :mod:`.page` (the folium page), :mod:`.safety`
(escaping). The page's own script is in ``static/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from geomap.models import Article, Resolved
from geomap.render.assets import default_asset_dir, fetch_assets, load_assets
from geomap.render.data import build_map_data

__all__ = ["MapOptions", "default_asset_dir", "fetch_assets", "load_assets", "render_map"]


@dataclass(frozen=True)
class MapOptions:
    """How the map is drawn.

    Attributes
    ----------
    title
        The page title (shown as text; any markup in it is displayed literally).
    group_by
        Date layers per day, ISO week or month; ``"auto"`` picks day up to 30
        distinct dates, then week if that gives at most 30 layers, then month.
    tiles
        ``"osm"`` for OpenStreetMap tiles (over the offline country outlines) or
        ``"none"`` for the country-outline base layer only.
    self_contained
        Inline every script and stylesheet (pinned, integrity-checked) so the
        page makes no request except for map tiles; needs the assets (see
        :func:`fetch_assets`). Otherwise they load from a CDN with
        Subresource-Integrity.
    timeline
        Add the time-slider view (one date layer at a time; never auto-plays).
    assets_dir
        Folder holding the assets laid out like ``node_modules``; default: the
        ``GEOMAP_ASSETS`` variable, the source tree's ``node_modules``, then
        the user cache.
    """

    title: str = "geomap"
    group_by: Literal["auto", "day", "week", "month"] = "auto"
    tiles: Literal["osm", "none"] = "osm"
    self_contained: bool = False
    timeline: bool = True
    assets_dir: str | None = None


def render_map(articles: Sequence[Article], resolved: Sequence[Resolved], options: MapOptions) -> str:
    """Return the HTML of the map for ``resolved`` mentions of ``articles``.

    Every resolved mention is drawn: aggregated into one feature per place per
    date layer, with popups listing its passages. Identical input gives
    byte-identical output.

    Parameters
    ----------
    articles
        The articles the mentions point into (by ``Article.path``).
    resolved
        The mentions to draw, each with its place.
    options
        How to draw them.

    Returns
    -------
    str
        A complete HTML document.

    Raises
    ------
    geomap.errors.AssetError
        If ``options.self_contained`` and the pinned assets are missing or fail
        their checksum (the message says how to fetch them).

    Examples
    --------
    >>> html = render_map([], [], MapOptions(title="Empty"))
    >>> html.startswith("<!DOCTYPE html>")
    True
    """
    from geomap.render.page import build_page

    data = build_map_data(articles, resolved, options.group_by)
    return build_page(data, options)
