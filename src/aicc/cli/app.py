"""The Typer app and the one place where user-facing errors become exit code 2."""

from __future__ import annotations

import locale
import os
import sys

import typer
from rich.console import Console

from aicc.errors import AiccError

app = typer.Typer(
    name="aicc",
    help=(
        "aicc: METI's AI contract checklist (AIの利用・開発に関する契約チェックリスト) as data. "
        "Tailor it to a deal, review contracts against it, and report. Runs offline. Not legal advice."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

err_console = Console(stderr=True, highlight=False)


def default_lang() -> str:
    """The output language: ``AICC_LANG``, else the locale (ja for a Japanese locale), else en."""
    forced = os.environ.get("AICC_LANG")
    if forced in ("ja", "en"):
        return forced
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "ja" if loc.lower().startswith("ja") else "en"


def resolve_lang(value: str | None) -> str:
    """``--lang`` if given, else the default; anything but ja or en is an error."""
    lang = value or default_lang()
    if lang not in ("ja", "en"):
        raise AiccError(f"unknown language {lang!r}; use ja or en")
    return lang


def fail(message: str) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}", markup=True, soft_wrap=True)
    return typer.Exit(2)


def _is_usage_error(exc: Exception) -> bool:
    """A command-line usage error (unknown option, bad value): a ClickException, which is click's
    own class in older typer releases and typer's vendored copy (``typer._click``) in newer ones."""
    return any(cls.__name__ == "ClickException" for cls in type(exc).__mro__) and callable(getattr(exc, "show", None))


def run(application: typer.Typer) -> int:
    """Run the app; turn AiccError into one clear message and exit code 2, never a traceback."""
    try:
        application(standalone_mode=False)
    except AiccError as exc:
        for line in str(exc).splitlines():
            err_console.print(f"[bold red]error:[/] {line}", markup=True, soft_wrap=True, highlight=False)
        return exc.exit_code
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except typer.Abort:
        err_console.print("aborted")
        return 1
    except KeyboardInterrupt:
        err_console.print("interrupted")
        return 130
    except Exception as exc:
        if _is_usage_error(exc):
            exc.show(file=sys.stderr)  # type: ignore[attr-defined]
            return 2
        raise
    return 0
