"""The pinned third-party files a map uses, with their checksums.

Each package comes from the npm registry at an exact version (the same as in
``package.json``/``package-lock.json`` at the repository root; a test keeps the
three in step). ``integrity`` is the tarball's Subresource-Integrity string as
the lockfile records it; ``sha256`` is each used file's digest, checked before
the file is inlined into a self-contained map.

To move to a new version: change ``package.json``, run ``npm install
--ignore-scripts``, then update the versions, integrities and digests here
(``sha256sum node_modules/<package>/<path>``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["js", "css", "image", "data"]


@dataclass(frozen=True)
class Package:
    """An npm package pinned to one version and tarball integrity."""

    name: str
    version: str
    integrity: str


@dataclass(frozen=True)
class AssetFile:
    """One file of a package, as the map uses it.

    ``role`` says how: a script or stylesheet inlined in order, an image that a
    stylesheet refers to (inlined as a data URI), or data read by the page.
    """

    package: str
    path: str
    sha256: str
    role: Role


PACKAGES: tuple[Package, ...] = (
    Package(
        "leaflet",
        "1.9.4",
        "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
    ),
    Package(
        "leaflet.markercluster",
        "1.5.3",
        "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA==",
    ),
    Package(
        "leaflet.featuregroup.subgroup",
        "1.0.2",
        "sha512-9nCVg8nUe686+BtPbUT7ALOe/IA+8Mum+rkA8pfPpCkH0WvKevRrH+JMcMTjAoNQKVI0uxrWrLV5w298SS3ESA==",
    ),
    Package(
        "topojson-client",
        "3.1.0",
        "sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==",
    ),
    Package(
        "world-atlas",
        "2.0.2",
        "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
    ),
)

FILES: tuple[AssetFile, ...] = (
    AssetFile(
        "leaflet",
        "dist/leaflet.css",
        "a7837102824184820dfa198d1ebcd109ff6d0ff9a2672a074b9a1b4d147d04c6",
        "css",
    ),
    AssetFile(
        "leaflet.markercluster",
        "dist/MarkerCluster.css",
        "614dea0a98ff3f4ead74f04918f6b1d1b9ba435c25b5fc23b21a394d1e3e4d87",
        "css",
    ),
    AssetFile(
        "leaflet.markercluster",
        "dist/MarkerCluster.Default.css",
        "61258232d98d64dc2a7b1e02130d67421bc5b9bda5994eef70228ff97570c170",
        "css",
    ),
    AssetFile(
        "leaflet",
        "dist/leaflet.js",
        "db49d009c841f5ca34a888c96511ae936fd9f5533e90d8b2c4d57596f4e5641a",
        "js",
    ),
    AssetFile(
        "leaflet.markercluster",
        "dist/leaflet.markercluster.js",
        "1e4e1d22972a3926f48598e0caf14e3fe7049835d428a344fed4f9e3665b3508",
        "js",
    ),
    AssetFile(
        "leaflet.featuregroup.subgroup",
        "dist/leaflet.featuregroup.subgroup.js",
        "95337c0583cd72f86377c0c50ce58fb4d6d859c404cfde123c460709a10397b9",
        "js",
    ),
    AssetFile(
        "topojson-client",
        "dist/topojson-client.min.js",
        "25cd02ae486cc5063e0215a4e4cfb15de83700c87ac48bac4d57dc6aaf3ebb89",
        "js",
    ),
    AssetFile(
        "leaflet",
        "dist/images/layers.png",
        "1dbbe9d028e292f36fcba8f8b3a28d5e8932754fc2215b9ac69e4cdecf5107c6",
        "image",
    ),
    AssetFile(
        "leaflet",
        "dist/images/layers-2x.png",
        "066daca850d8ffbef007af00b06eac0015728dee279c51f3cb6c716df7c42edf",
        "image",
    ),
    AssetFile(
        "leaflet",
        "dist/images/marker-icon.png",
        "574c3a5cca85f4114085b6841596d62f00d7c892c7b03f28cbfa301deb1dc437",
        "image",
    ),
    AssetFile(
        "leaflet",
        "dist/images/marker-icon-2x.png",
        "00179c4c1ee830d3a108412ae0d294f55776cfeb085c60129a39aa6fc4ae2528",
        "image",
    ),
    AssetFile(
        "leaflet",
        "dist/images/marker-shadow.png",
        "264f5c640339f042dd729062cfc04c17f8ea0f29882b538e3848ed8f10edb4da",
        "image",
    ),
    AssetFile(
        "world-atlas",
        "countries-50m.json",
        "04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394",
        "data",
    ),
)

OUTLINE = FILES[-1]
"""Natural Earth country outlines (public domain), TopoJSON, object ``countries``."""

CDN = "https://cdn.jsdelivr.net/npm/"
"""Where a map that is not self-contained loads the same pinned files from."""


def package(name: str) -> Package:
    """Return the pinned package called ``name``."""
    for p in PACKAGES:
        if p.name == name:
            return p
    raise KeyError(name)


def cdn_url(asset: AssetFile) -> str:
    """The public URL of ``asset`` at its pinned version."""
    return f"{CDN}{asset.package}@{package(asset.package).version}/{asset.path}"
