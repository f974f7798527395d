"""The PDF report: the HTML report's templates printed by WeasyPrint (A4, page numbers, CJK font)."""

from __future__ import annotations

import logging

from aicc.errors import AiccError
from aicc.report.html import render_html
from aicc.report.view import ReportView


def render_pdf(view: ReportView, lang: str) -> bytes:
    """Print the one-column, one-language version of the HTML report.

    Japanese needs a CJK font installed on the system (Debian: fonts-noto-cjk); WeasyPrint
    embeds only the glyphs used. The page never loads anything from the network.
    """
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: the Pango/Cairo system libraries are missing
        raise AiccError(f"PDF reports need WeasyPrint and its system libraries: {exc}") from exc

    def no_fetch(url: str) -> dict[str, object]:
        raise ValueError(f"the PDF report does not load external resources ({url})")

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    page = render_html(view, lang, interactive=False)
    return HTML(string=page, url_fetcher=no_fetch).write_pdf()
