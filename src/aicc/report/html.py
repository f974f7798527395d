"""The HTML report: one self-contained file (styles, script and chart inline; no external requests)."""

from __future__ import annotations

from markupsafe import Markup

from aicc.report.chart import coverage_svg
from aicc.report.templating import environment, template_text, text_helpers
from aicc.report.view import ReportView


def render_html(view: ReportView, lang: str, *, interactive: bool = True) -> str:
    """The report page. ``interactive`` keeps both languages, the switch and the filters;
    without it (the PDF) the page is in ``lang`` only, in one column."""
    langs = ["ja", "en"] if interactive else [lang]
    template = environment(True).get_template("report.html.j2")
    return template.render(
        v=view,
        r=view.review,
        lang=lang,
        interactive=interactive,
        css=Markup(template_text("report.css")),
        js=Markup(template_text("report.js")),
        svg=Markup(coverage_svg(view.chart, langs)),
        **text_helpers(lang, both=interactive),
    )
