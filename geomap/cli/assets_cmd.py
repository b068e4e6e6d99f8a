"""``geomap assets``: obtain the pinned map scripts for --self-contained maps."""

from __future__ import annotations

import click

from geomap.cli import cli, guarded


@cli.group("assets")
def assets() -> None:
    """Map scripts and stylesheets (Leaflet and plugins) for offline maps."""


@assets.command("fetch")
@guarded
def fetch() -> None:
    """Download the pinned assets with npm and verify their checksums."""
    from geomap.render import assets as render_assets

    where = render_assets.fetch_assets()
    click.echo(f"assets ready in {where}")
