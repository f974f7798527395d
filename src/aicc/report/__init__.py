"""Reports: one renderer per format (HTML, PDF, Markdown, XLSX, DOCX, JSON), all from the review JSON."""

from aicc.report.loader import load_review, parse_review
from aicc.report.render import FORMATS, render_bytes, render_report

__all__ = ["FORMATS", "load_review", "parse_review", "render_bytes", "render_report"]
