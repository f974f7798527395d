"""Golden files: Markdown, the normalised HTML and the JSON reports of the fixture reviews."""

from __future__ import annotations

from aicc.report import load_review, render_bytes
from aicc.report.compare import compare_reviews, render_compare
from report_helpers import REPORT_FIXTURES, check_golden, fixture_review, normalise_html


def test_markdown_ja_internal() -> None:
    check_golden("review-ja.internal.ja.md", render_bytes(fixture_review(), "md", lang="ja").decode())


def test_markdown_en_counterparty() -> None:
    review = fixture_review("review-en.json")
    check_golden(
        "review-en.counterparty.en.md", render_bytes(review, "md", audience="counterparty", lang="en").decode()
    )


def test_html_ja_internal_normalised() -> None:
    page = render_bytes(fixture_review(), "html", lang="ja").decode()
    check_golden("review-ja.internal.html", normalise_html(page))


def test_json_en_counterparty() -> None:
    review = fixture_review("review-en.json")
    check_golden("review-en.counterparty.json", render_bytes(review, "json", audience="counterparty").decode())


def test_compare_markdown_and_json() -> None:
    old = load_review(REPORT_FIXTURES / "review-ja.json")
    new = load_review(REPORT_FIXTURES / "review-ja-v2.json")
    comparison = compare_reviews(old, new)
    check_golden("compare-ja.ja.md", render_compare(comparison, "md", "ja").decode())
    check_golden("compare-ja.json", render_compare(comparison, "json", "en").decode())
