"""The ``geomap`` command: parses flags, calls the library, reports.

Exit codes
----------
0   success
1   done, but some input files were skipped (each named on stderr)
2   bad usage or invalid input (for example an invalid gazetteer); nothing written
70  internal error (a bug: the message says how to report it)
130 interrupted
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from geomap.errors import GazetteerError, GeomapError

EXIT_OK, EXIT_SKIPPED, EXIT_INVALID, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 70, 130
F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = EXIT_INVALID) -> None:
    """Print ``geomap: message`` on stderr and exit with ``code``."""
    click.echo(f"geomap: {message}", err=True)
    sys.exit(code)


def guarded(func: F) -> F:
    """Turn library errors into one-line messages; tracebacks only with --verbose."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        verbose = bool(click.get_current_context().find_root().params.get("verbose"))
        try:
            return func(*args, **kwargs)
        except GazetteerError as exc:
            if verbose:
                traceback.print_exc()
            for problem in exc.problems:
                click.echo(problem, err=True)
            fail(f"the gazetteer is invalid ({len(exc.problems)} problem(s)); nothing was written")
        except GeomapError as exc:
            if verbose:
                traceback.print_exc()
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            if sys.stderr.isatty():
                click.echo("", err=True)  # off the progress bar's line
            fail("interrupted; outputs already written are complete, others untouched", EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:
            if verbose:
                traceback.print_exc()
            fail(
                f"internal error: {type(exc).__name__}: {exc}. This is a bug in geomap; please "
                "report it with the command you ran and the output of 'geomap --verbose ...'",
                EXIT_INTERNAL,
            )

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--verbose", "-v", is_flag=True, help="Show tracebacks and more detail.")
@click.version_option(package_name="geomap")
def cli(verbose: bool) -> None:
    """Turn a folder of news articles into an interactive map of the places they report.

    Exit codes: 0 success; 1 done but some files skipped; 2 bad usage or invalid
    input (nothing written); 70 internal error; 130 interrupted.
    """


def main() -> None:
    """Console entry point."""
    from geomap.cli import assets_cmd, build_cmd, eval_cmd, gazetteer_cmd

    del assets_cmd, build_cmd, eval_cmd, gazetteer_cmd
    try:
        code = cli.main(prog_name="geomap", standalone_mode=False)
    except click.UsageError as exc:  # bad flags: one line, like every other user error
        hint = f" (see 'geomap {exc.ctx.command_path.split(' ', 1)[-1]} --help')" if exc.ctx else ""
        fail(exc.format_message() + hint.replace("'geomap geomap", "'geomap"), EXIT_INVALID)
    except click.ClickException as exc:
        fail(exc.format_message(), exc.exit_code)
    except (KeyboardInterrupt, click.exceptions.Abort):
        fail("interrupted", EXIT_INTERRUPTED)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
