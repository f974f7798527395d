"""A real browser opens the HTML report offline, uses a filter and the language switch."""

from __future__ import annotations

from pathlib import Path

import pytest

from aicc.report import render_report
from report_helpers import fixture_review

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def test_filters_language_switch_and_screenshot(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    review = fixture_review()
    page_file = render_report(review, "html", tmp_path / "report.html", lang="ja")
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            cards = page.locator("article.card")
            assert cards.count() == len(review.findings)
            assert page.locator("h1 .l-ja").is_visible() and not page.locator("h1 .l-en").is_visible()

            page.select_option("#filter-status", "missing")
            missing = [f.item_id for f in review.findings if f.status == "missing"]
            assert page.locator("article.card:visible").count() == len(missing)
            assert page.locator("#shown-count").inner_text() == str(len(missing))
            assert page.locator("#item-X-SEC-03").is_visible() and not page.locator("#item-IN-USE-01").is_visible()

            page.select_option("#filter-status", "")
            page.select_option("#filter-side", "output")
            outputs = [f for f in review.findings if f.item.side == "output"]
            assert page.locator("article.card:visible").count() == len(outputs)
            page.select_option("#filter-side", "")
            page.select_option("#filter-topic", "liability-cap")
            assert page.locator("#item-X-LIAB-01").is_visible() and not page.locator("#item-IN-USE-02").is_visible()
            page.select_option("#filter-topic", "")

            page.click("#lang-en")
            assert page.locator("html").get_attribute("lang") == "en"
            assert page.locator("h1 .l-en").is_visible() and not page.locator("h1 .l-ja").is_visible()
            assert page.locator("#item-IN-USE-02 h3").inner_text().endswith(review.findings[1].item.title.en)
            assert page.locator("#filter-status option[value=missing]").inner_text() == "missing"

            page.click("#item-IN-USE-02 a.quote-link")
            mark = page.locator("mark.current")
            assert mark.count() >= 1 and mark.first.inner_text() in review.findings[1].evidence[0].quote
            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=False)
            assert shot.stat().st_size > 10_000
        finally:
            browser.close()
    assert all(url.startswith("file://") for url in requests), requests
