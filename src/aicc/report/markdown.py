"""The Markdown report, for pasting into tickets and mail (one language)."""

from __future__ import annotations

import re

from aicc.report.templating import environment, text_helpers
from aicc.report.view import ReportView

_SPECIAL = re.compile(r"([\\`*_\[\]|<>#])")


def md_escape(text: str) -> str:
    """Escape what Markdown would read as markup; keep the wording itself untouched."""
    return _SPECIAL.sub(r"\\\1", text)


def quote_md(text: str) -> str:
    """A quote as one blockquote: line breaks of the contract stay inside the ``>`` block."""
    return "\n> ".join(md_escape(line) for line in text.splitlines() or [""])


def render_markdown(view: ReportView, lang: str) -> str:
    template = environment(False).get_template("report.md.j2")
    text = template.render(
        v=view,
        r=view.review,
        lang=lang,
        quote_md=quote_md,
        **text_helpers(lang, both=False, escape_text=md_escape),
    )
    return re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"
