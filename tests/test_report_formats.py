"""What each report format must hold, read back with the tools people use (pypdfium2, openpyxl)."""

from __future__ import annotations

import io
import json
import re

import pytest

from aicc.report import render_bytes
from aicc.report.labels import UI
from report_helpers import fixture_review


def test_html_is_self_contained() -> None:
    page = render_bytes(fixture_review(), "html").decode()
    assert "<link" not in page
    assert not re.search(r"""(src|href)\s*=\s*["'](https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert "<svg" in page and "<script>" in page and "<style>" in page


def test_html_has_header_summary_cards_and_highlights() -> None:
    review = fixture_review()
    page = render_bytes(review, "html", lang="ja").decode()
    assert review.catalog.edition in page and review.tool.version in page
    assert "法的助言ではありません" in page and "It is not legal advice" in page
    for finding in review.findings:
        assert f'id="item-{finding.item_id}"' in page
        assert finding.item.title.ja in page and finding.item.title.en in page
    # each quote links to an anchor in the contract text, where the passage is marked
    for anchor in re.findall(r'href="#(ev-\d+-\d+)"', page):
        assert f'id="{anchor}"' in page
        assert re.search(rf'<mark data-ev="[^"]*\b{anchor}\b', page)
    assert "出典に記載あり" in page and "attested by a source" in page  # OUT-OWN-01 is attested
    assert "METIの見出し・文言は当方作成" in page


def test_counterparty_leaves_out_internal_matters() -> None:
    review = fixture_review()
    internal = render_bytes(review, "md", lang="ja").decode()
    outside = render_bytes(review, "md", lang="ja", audience="counterparty").decode()
    fallback = review.findings[0].item.fallback.ja
    assert fallback in internal and fallback not in outside
    for word in ("重要度", "代替案", "確度", "重要度「高」"):
        assert word in internal and word not in outside
    assert "当方の要望" in outside
    data = json.loads(render_bytes(review, "json", audience="counterparty"))
    assert data["audience"] == "counterparty"
    for finding in data["findings"]:
        assert not {"severity", "fallback", "positions", "notes"} & set(finding["item"])
        assert "confidence" not in finding
    page = render_bytes(review, "html", audience="counterparty").decode()
    assert "badge severity-" not in page and fallback not in page


def test_markdown_in_english_quotes_verbatim() -> None:
    review = fixture_review("review-en.json")
    text = render_bytes(review, "md", lang="en").decode()
    assert UI["not_legal_advice"][1] in text
    assert "> Provider shall process Customer Data solely to provide the Service to Customer." in text
    assert 'ARE PROVIDED "AS IS"' in text


def test_xlsx_reads_back() -> None:
    from openpyxl import load_workbook

    review = fixture_review()
    wb = load_workbook(io.BytesIO(render_bytes(review, "xlsx", lang="ja")))
    ws = wb["チェックリスト"]
    header = [c.value for c in ws[1]]
    for column in ("状況", "評価", "該当箇所", "条項", "修正の提案", "担当者", "合意内容", "メモ"):
        assert column in header
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == ws.dimensions
    assert ws.column_dimensions["E"].width >= 40  # the question column fits Japanese text
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == len(review.findings)
    training = rows["IN-USE-02"]
    assert training["状況"] == "定めあり" and training["評価"] == "不利"
    assert training["該当箇所"] == review.findings[1].evidence[0].quote
    assert training["条項"] == "第2条"
    assert training["担当者"] is None and training["合意内容"] is None
    assert rows["X-SEC-03"]["状況"] == "定めなし" and rows["X-SEC-03"]["該当箇所"] is None
    outside = load_workbook(io.BytesIO(render_bytes(review, "xlsx", lang="ja", audience="counterparty"))).active
    assert outside is not None
    assert "重要度" not in [c.value for c in outside[1]]


@pytest.fixture(scope="module")
def ja_pdf() -> bytes:
    return render_bytes(fixture_review(), "pdf", lang="ja")


def test_pdf_has_japanese_text_and_numbered_a4_pages(ja_pdf: bytes) -> None:
    import pypdfium2 as pdfium

    review = fixture_review()
    pdf = pdfium.PdfDocument(ja_pdf)
    pages = len(pdf)
    texts = [pdf[i].get_textpage().get_text_range() for i in range(pages)]
    whole = re.sub(r"\s+", "", "".join(texts))
    for finding in review.findings:
        assert re.sub(r"\s+", "", finding.item.title.ja) in whole, finding.item_id
    assert "法的助言ではありません" in whole
    assert 2 <= pages <= 40
    for number, text in enumerate(texts, start=1):
        assert f"{number} / {pages}" in text  # every page is numbered, and the count is the real one
        width, height = pdf[number - 1].get_size()
        assert (round(width), round(height)) == (595, 842)  # A4 in points
    assert "\ufffd" not in whole  # no replacement characters
