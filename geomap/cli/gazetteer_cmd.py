"""``geomap gazetteer``: check and edit the curated gazetteer."""

from __future__ import annotations

import sys

import click

from geomap.cli import EXIT_INVALID, EXIT_OK, cli, guarded

COLUMNS_HELP = """\b
Columns of gazetteer.csv (UTF-8; ',' or ';' separated; extra columns are kept):
  id           stable, unique identifier (e.g. a slug: lachin-corridor)
  name         the usual English name
  aliases      other names and spellings, separated by '|' (Gəncə|Gyandzha)
  kind         country, region, province, district, city, town, village,
               corridor, road, checkpoint, bridge, landmark, ... or 'ignore'
               (a phrase that is never a place, e.g. Minsk Group)
  lat, lon     WGS84 decimal degrees
  wkt          optional LINESTRING / POLYGON / MULTIPOLYGON (lon lat order)
  country      ISO 3166-1 alpha-2 code
  parent       id of the containing row
  geonames_id  GeoNames id, where GeoNames has the place
  notes        free text (sources of the coordinates, doubts)
"""


@cli.group("gazetteer", help="Check and edit the curated gazetteer.\n\n" + COLUMNS_HELP)
def gazetteer() -> None:
    pass


@gazetteer.command("check")
@click.argument("file", default="gazetteer.csv", type=click.Path(path_type=str))
@guarded
def check(file: str) -> None:
    """Report every problem in FILE, one line each (FILE:LINE: what is wrong (hint))."""
    from geomap.gazetteer import Gazetteer

    gaz = Gazetteer.load(file, on_invalid="warn")
    errors = [w for w in gaz.warnings if ": warning:" not in w]
    for line in gaz.warnings:
        click.echo(line, err=True)
    if errors:
        click.echo(f"geomap: {file}: {len(errors)} error(s); {len(gaz.places)} valid row(s)", err=True)
        sys.exit(EXIT_INVALID)
    warn = len(gaz.warnings)
    click.echo(f"{file}: {len(gaz.places)} rows OK" + (f", {warn} warning(s)" if warn else ""))
    sys.exit(EXIT_OK)
