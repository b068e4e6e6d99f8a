"""``geomap gazetteer``: check and edit the curated gazetteer."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from geomap.cli import EXIT_INVALID, EXIT_OK, cli, guarded
from geomap.errors import UsageError

if TYPE_CHECKING:
    from geomap.gazetteer.edit import Edit

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
    errors = gaz.errors
    for line in [*errors, *gaz.warnings, *gaz.ambiguities]:
        click.echo(line, err=True)
    if errors:
        click.echo(f"geomap: {file}: {len(errors)} error(s); {len(gaz.places)} valid row(s)", err=True)
        sys.exit(EXIT_INVALID)
    warn = len(gaz.warnings) + len(gaz.ambiguities)
    click.echo(f"{file}: {len(gaz.places)} rows OK" + (f", {warn} warning(s)" if warn else ""))
    sys.exit(EXIT_OK)


FILE_OPTION = click.option(
    "--file", "file", default="gazetteer.csv", show_default=True, type=click.Path(path_type=str),
    help="The gazetteer CSV to edit.",
)  # fmt: skip
APPLY_OPTION = click.option(
    "--apply", is_flag=True, help="Append the rows to the gazetteer (default: only print them)."
)


def _write(edit: Edit) -> None:
    """Print the edit's warnings, write it, report what was written."""
    from geomap.gazetteer.edit import commit

    for warning in edit.warnings:
        click.echo(warning, err=True)
    if not edit.rows:
        click.echo(f"{edit.file.path}: nothing to add", err=True)
        return
    backup = commit(edit)
    lines = ", ".join(str(n) for n in edit.lines[:5]) + (", ..." if len(edit.lines) > 5 else "")
    kept = f" (previous version: {backup})" if backup else ""
    click.echo(f"{edit.file.path}: added {len(edit.rows)} row(s) at line(s) {lines}{kept}", err=True)


@gazetteer.command("add")
@click.argument("name")
@click.option("--lat", required=True, help="Latitude, WGS84 decimal degrees (e.g. 40.34).")
@click.option("--lon", required=True, help="Longitude, WGS84 decimal degrees (e.g. 46.93).")
@click.option("--alias", "aliases", multiple=True, help="Another name or spelling (repeatable).")
@click.option("--kind", default="", help="city, town, village, district, region, road, ...")
@click.option("--country", default="", help="ISO 3166-1 alpha-2 code, e.g. AZ.")
@click.option("--id", "pid", default="", help="Row id (default: a unique slug of NAME).")
@click.option("--wkt", default="", help="LINESTRING / POLYGON / MULTIPOLYGON in lon lat order.")
@FILE_OPTION
@guarded
def add(
    name: str, lat: str, lon: str, aliases: tuple[str, ...], kind: str, country: str, pid: str,
    wkt: str, file: str,
) -> None:  # fmt: skip
    """Append one row for NAME to the gazetteer (checked like 'geomap gazetteer check')."""
    from geomap.gazetteer.edit import GazetteerFile, plan_append, unique_id

    if any("|" in a for a in aliases):
        raise UsageError("an --alias contains '|' (give each alias with its own --alias)")
    gf = GazetteerFile.read(file)
    row = {
        "id": pid.strip() or unique_id(name, gf.ids()), "name": name.strip(),
        "aliases": "|".join(a.strip() for a in aliases if a.strip()), "kind": kind.strip(),
        "lat": lat.strip(), "lon": lon.strip(), "wkt": wkt.strip(),
        "country": country.strip().upper(),
    }  # fmt: skip
    _write(plan_append(gf, [row]))


@gazetteer.command("suggest")
@click.option(
    "--unresolved", default="output/unresolved.csv", show_default=True,
    type=click.Path(path_type=str), help="The unresolved.csv written by 'geomap build'.",
)  # fmt: skip
@FILE_OPTION
@APPLY_OPTION
@click.option("--online", is_flag=True, help="Geocode names the world gazetteer lacks (Nominatim).")
@click.option("--user-agent", default=None, help="For --online (default: $GEOMAP_USER_AGENT).")
@guarded
def suggest(unresolved: str, file: str, apply: bool, online: bool, user_agent: str | None) -> None:
    """Propose rows for the names of unresolved.csv, from the offline world gazetteer.

    Prints the candidates as CSV (status: world, online, not-found or known);
    --apply appends the found ones.
    """
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.check import check_table
    from geomap.gazetteer.edit import GazetteerFile, plan_append
    from geomap.gazetteer.geocode import (
        candidates_csv,
        nominatim,
        read_unresolved,
        require_user_agent,
    )  # fmt: skip
    from geomap.gazetteer.geocode import suggest as suggest_rows
    from geomap.gazetteer.world import load_index

    names = read_unresolved(unresolved)
    gf = GazetteerFile.read(file)
    places = list(check_table(gf.table).places) if gf.table is not None else []
    geocoder = nominatim(require_user_agent(user_agent)) if online else None
    found = suggest_rows(names, Gazetteer(places, gf.path), load_index(), gf.ids(), geocoder)
    _report(candidates_csv(found), [c.status for c in found])
    if apply:
        _write(plan_append(gf, [c.row for c in found if c.status in ("world", "online")], "drop"))


def _report(table: str, statuses: list[str]) -> None:
    click.echo(table, nl=False)
    counts = {s: statuses.count(s) for s in dict.fromkeys(statuses)}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items()) or "no names"
    click.echo(f"candidates: {summary}", err=True)


@gazetteer.command("import-geonames")
@click.argument("geonames_file", metavar="FILE", type=click.Path(path_type=str))
@click.option("--country", default="", help="Comma-separated ISO codes to keep, e.g. AZ,AM.")
@click.option("--min-population", default=0, type=click.IntRange(min=0), show_default=True)
@click.option(
    "--feature-class", default="P,A", show_default=True,
    help="GeoNames feature classes to keep (P populated places, A areas).",
)  # fmt: skip
@FILE_OPTION
@APPLY_OPTION
@guarded
def import_geonames(
    geonames_file: str,
    country: str,
    min_population: int,
    feature_class: str,
    file: str,
    apply: bool,
) -> None:
    """Add places from a GeoNames dump (allCountries.txt, XX.txt or XX.zip) not yet present.

    A record is present when a row has its geonames_id, or when a row shares one
    of its names within 5 km (such rows without a geonames_id are listed with the
    id to put there). Aliases are Latin-script alternate names.
    """
    from geomap.gazetteer.edit import GazetteerFile, plan_append
    from geomap.gazetteer.geonames import import_rows, known_rows, read_geonames

    gf = GazetteerFile.read(file)
    if "geonames_id" not in gf.header:
        raise UsageError(f"{file}:1: no geonames_id column (add it to the header; imports match on it)")
    rows_in = gf.table.rows if gf.table is not None else ()
    present = {r.get("geonames_id", "").strip() for _, r in rows_in} - {""}
    found = read_geonames(geonames_file, country.split(","), min_population, feature_class.split(","))
    rows, skipped, unlinked = import_rows(found, gf.ids(), present, known_rows(rows_in))
    if not apply:
        from geomap.gazetteer.geocode import Candidate, candidates_csv

        click.echo(candidates_csv(Candidate(r["name"], "world", r) for r in rows), nl=False)
    for same in unlinked:
        g = same.record
        click.echo(
            f"{file}:{same.row.line}: row {same.row.id!r} is GeoNames {g.geonameid} ({g.name}, "
            f"{same.km:.1f} km away) by name: not added again; its geonames_id could be {g.geonameid}",
            err=True,
        )
    verb = "added" if apply else "to add (run with --apply)"
    click.echo(f"{geonames_file}: {len(rows)} {verb}, {skipped} skipped (already in {file})", err=True)
    if apply:
        _write(plan_append(gf, rows, "drop"))


@gazetteer.command("geocode")
@click.argument("names", nargs=-1, required=True)
@click.option("--user-agent", default=None, help="Identifies you to Nominatim (default: $GEOMAP_USER_AGENT).")
@FILE_OPTION
@APPLY_OPTION
@guarded
def geocode(names: tuple[str, ...], user_agent: str | None, file: str, apply: bool) -> None:
    """Look NAMES up online (Nominatim, one request a second, answers cached)."""
    from geomap.gazetteer.edit import GazetteerFile, plan_append
    from geomap.gazetteer.geocode import (
        Candidate,
        candidates_csv,
        geocode_names,
        nominatim,
        online_row,
        require_user_agent,
    )  # fmt: skip

    gf = GazetteerFile.read(file)
    geocoder = nominatim(require_user_agent(user_agent))
    found = geocode_names(names, geocoder)
    taken = gf.ids()
    provider = type(geocoder).__name__
    out = [
        Candidate(n, "online", online_row(n, hit, provider, taken)) if hit else Candidate(n, "not-found")
        for n, hit in found.items()
    ]
    _report(candidates_csv(out), [c.status for c in out])
    if apply:
        _write(plan_append(gf, [c.row for c in out if c.status == "online"], "drop"))
