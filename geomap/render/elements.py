"""The folium elements that make up a geomap page.

folium draws the page skeleton (the figure, the ``L.map`` and its tile layer);
these small ``MacroElement`` subclasses add the rest. None of them puts data
into markup: every string they render was escaped by :mod:`geomap.render.safety`
or is geomap's own constant text.
"""

from __future__ import annotations

import itertools
from typing import Any

import folium
from branca.element import Element, MacroElement
from folium.template import Template


class BareMap(folium.Map):
    """A ``folium.Map`` without folium's default scripts and stylesheets.

    geomap supplies Leaflet itself (pinned, from :mod:`geomap.render.manifest`) and
    uses neither jQuery, Bootstrap nor Font Awesome. Overriding the class
    attributes here leaves ``folium.Map`` untouched for other maps.
    """

    default_js: list[tuple[str, str]] = []  # noqa: RUF012 (folium's own attribute)
    default_css: list[tuple[str, str]] = []  # noqa: RUF012


class Verbatim(Element):
    """Markup placed in the page as it is.

    ``MacroElement.render`` wraps its output in ``Element(output)``, which parses
    the output *again* as a Jinja template: ``{{ 7*7 }}`` in article text would
    become ``49`` and ``{% if`` would break the page. This element outputs a
    variable instead, which Jinja never re-parses.
    """

    _template = Template("{{ this.markup }}")

    def __init__(self, markup: str) -> None:
        super().__init__()
        self._name = "Verbatim"
        self.markup = markup


class VerbatimMacro(MacroElement):
    """A ``MacroElement`` whose header/html/script output is placed verbatim."""

    def render(self, **kwargs: Any) -> str:
        """Add this element's macros' output to the figure, then render children."""
        figure = self.get_root()
        for part in ("header", "html", "script"):
            macro = self._template.module.__dict__.get(part)
            if macro is not None:
                markup = Verbatim(macro(self, kwargs))
                getattr(figure, part).add_child(markup, name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
        return ""


class PageHead(VerbatimMacro):
    """The page title, styles and scripts, placed in ``<head>``.

    Parameters
    ----------
    title_html
        The page title, already HTML-escaped.
    tags
        Complete ``<style>``/``<link>``/``<script>`` tags, in order.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <title>{{ this.title_html }}</title>
        {%- for tag in this.tags %}
        {{ tag }}
        {%- endfor %}
        {% endmacro %}
        """
    )

    def __init__(self, title_html: str, tags: list[str]) -> None:
        super().__init__()
        self._name = "PageHead"
        self.title_html = title_html
        self.tags = tags


class DataBlock(VerbatimMacro):
    """A ``<script type="application/json">`` holding JSON from :func:`script_json`."""

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <script type="application/json" id="{{ this.element_id }}">{{ this.json }}</script>
        {% endmacro %}
        """
    )

    def __init__(self, element_id: str, json_text: str) -> None:
        super().__init__()
        self._name = "DataBlock"
        self.element_id = element_id
        self.json = json_text


class MapApp(VerbatimMacro):
    """Starts geomap's map script on the parent ``folium.Map``.

    Parameters
    ----------
    tiles
        The tile layer whose visibility the page may toggle, or None.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            GeomapLib.start({{ this._parent.get_name() }}, {{ this.tiles_name }},
                "geomap-data", "geomap-outline");
        {% endmacro %}
        """
    )

    def __init__(self, tiles: Element | None) -> None:
        super().__init__()
        self._name = "MapApp"
        self._tiles = tiles

    @property
    def tiles_name(self) -> str:
        """The tile layer's JavaScript variable, or ``null``."""
        return self._tiles.get_name() if self._tiles is not None else "null"


def stable_ids(root: Any) -> None:
    """Give every element under ``root`` a counter-based id instead of a random one.

    folium names each element's JavaScript variable and ``id`` after a random
    ``_id``; numbering them in tree order makes equal input render to equal bytes.
    """
    counter = itertools.count()
    stack = [root]
    while stack:
        element = stack.pop()
        element._id = f"{next(counter):04d}"
        children = list(element._children.values())
        for attr in ("header", "html", "script"):
            part = getattr(element, attr, None)
            if isinstance(part, Element):
                children.append(part)
        stack.extend(reversed(children))
