"""``render_report``: one entry point for every format, writing the file all or nothing."""

from __future__ import annotations

from pathlib import Path

from aicc.errors import AiccError
from aicc.io import check_writable, write_bytes_atomic
from aicc.models import Review
from aicc.report.view import AUDIENCES, build_view

FORMATS: tuple[str, ...] = ("html", "pdf", "md", "xlsx", "docx", "json")


def report_lang(review: Review, lang: str | None) -> str:
    """``lang`` if given, else the language of the (first) contract; mixed documents read in Japanese."""
    if lang is not None:
        if lang not in ("ja", "en"):
            raise AiccError(f"unknown language {lang!r}; use ja or en")
        return lang
    first = review.documents[0].language if review.documents else "en"
    return "en" if first == "en" else "ja"


def render_bytes(
    review: Review, fmt: str, *, audience: str = "internal", lang: str | None = None, source: Path | None = None
) -> bytes:
    """The report as bytes, in memory."""
    if fmt not in FORMATS:
        raise AiccError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    if audience not in AUDIENCES:
        raise AiccError(f"unknown audience {audience!r}; use internal or counterparty")
    language = report_lang(review, lang)
    view = build_view(review, audience)
    if fmt == "html":
        from aicc.report.html import render_html

        return render_html(view, language).encode("utf-8")
    if fmt == "pdf":
        from aicc.report.pdf import render_pdf

        return render_pdf(view, language)
    if fmt == "md":
        from aicc.report.markdown import render_markdown

        return render_markdown(view, language).encode("utf-8")
    if fmt == "xlsx":
        from aicc.report.xlsx import render_xlsx

        return render_xlsx(view, language)
    if fmt == "json":
        from aicc.report.json_out import render_json

        return render_json(view, language).encode("utf-8")
    from aicc.report.docx_out import render_docx

    return render_docx(view, language, source=source)


def render_report(
    review: Review,
    fmt: str,
    out: Path,
    *,
    audience: str = "internal",
    lang: str | None = None,
    source: Path | None = None,
) -> Path:
    """Render ``review`` as ``fmt`` into ``out``. Checks ``out`` first; never leaves a partial file."""
    out = Path(out)
    check_writable(out)
    if source is not None and out.exists() and source.resolve() == out.resolve():
        raise AiccError("the output would overwrite the original contract; choose another --out", out)
    data = render_bytes(review, fmt, audience=audience, lang=lang, source=source)
    write_bytes_atomic(out, data)
    return out
