"""``aicc report``: render a review JSON as HTML, PDF, Markdown, XLSX, DOCX or JSON; compare two drafts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from aicc.cli.app import app, resolve_lang
from aicc.errors import AiccError

TEXT_FORMATS = ("md", "json", "html")


@app.command("report")
def report(
    review_file: Annotated[
        Path | None, typer.Argument(help="The review JSON (`aicc review FILE --format json`)")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="html, pdf, md, xlsx, docx or json")] = "html",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output file (md, json and html may go to stdout)")
    ] = None,
    audience: Annotated[
        str, typer.Option(help="internal (everything) or counterparty (no fallbacks, severities or internal notes)")
    ] = "internal",
    lang: Annotated[str | None, typer.Option(help="ja or en (default: your locale, see AICC_LANG)")] = None,
    source: Annotated[
        Path | None,
        typer.Option(help="The original contract, for --format docx (default: the review's recorded source)"),
    ] = None,
    compare: Annotated[
        tuple[Path, Path] | None,
        typer.Option("--compare", help="OLD.json NEW.json: what changed between two drafts (html, md or json)"),
    ] = None,
) -> None:
    """Turn a review into a report legal teams can use, or compare two drafts. Not legal advice."""
    from aicc.report import FORMATS, load_review

    language = resolve_lang(lang)
    if compare is not None:
        if review_file is not None:
            raise AiccError("give either REVIEW.json or --compare OLD.json NEW.json, not both")
        from aicc.report.compare import COMPARE_FORMATS, compare_reviews, render_compare

        if fmt not in COMPARE_FORMATS:
            raise AiccError(f"--compare writes {', '.join(COMPARE_FORMATS)}, not {fmt!r}")
        _check_out(out, fmt)
        old, new = load_review(compare[0]), load_review(compare[1])
        data = render_compare(compare_reviews(old, new, audience=audience), fmt, language)
        _emit(data, out)
        return
    if review_file is None:
        raise AiccError("give a review JSON (aicc report REVIEW.json) or --compare OLD.json NEW.json")
    if fmt not in FORMATS:
        raise AiccError(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}")
    _check_out(out, fmt)
    review = load_review(review_file)
    from aicc.report import render_bytes, render_report

    if out is None:
        _emit(render_bytes(review, fmt, audience=audience, lang=language, source=source), None)
    else:
        render_report(review, fmt, out, audience=audience, lang=language, source=source)
        typer.echo(f"wrote {out}", err=True)


def _check_out(out: Path | None, fmt: str) -> None:
    from aicc.io import check_writable

    if out is None:
        if fmt not in TEXT_FORMATS:
            raise AiccError(f"--format {fmt} needs --out FILE")
        return
    check_writable(out)


def _emit(data: bytes, out: Path | None) -> None:
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from aicc.io import write_bytes_atomic

    write_bytes_atomic(out, data)
    typer.echo(f"wrote {out}", err=True)
