"""Sentence units: exact offsets, brackets, clauses; and deal-type inference."""

from __future__ import annotations

import pytest

from aicc.ingest import document_from_text
from aicc.review.deal_type import infer_deal_type
from aicc.review.units import document_units, text_lang

JA = """AIサービス利用規約

第1条(定義)
本規約において「入力データ」とは、お客様が入力した情報(画像を含む。)をいいます。当社は、入力データを保存します。

第2条(準拠法)
本規約は日本法に準拠します。
"""

EN = """Terms of Service

1. Data. We store Input for 30 days (e.g. for abuse checks). We do not sell it.
2. Law. These Terms are governed by the laws of Japan.
"""


@pytest.mark.parametrize("text", [JA, EN])
def test_units_are_exact_slices_with_clause_and_page(text: str) -> None:
    doc = document_from_text(text)
    units = document_units(doc, 0)
    assert units
    for unit in units:
        assert doc.text[unit.start : unit.end] == unit.text
        assert unit.text == unit.text.strip()
        assert unit.page == 1
    assert any(unit.clause is not None for unit in units)


def test_a_japanese_sentence_is_not_cut_inside_brackets() -> None:
    doc = document_from_text(JA)
    texts = [unit.text for unit in document_units(doc, 0)]
    assert any("(画像を含む。)をいいます。" in text for text in texts)
    assert any(text.startswith("当社は、入力データを保存します") for text in texts)


def test_english_abbreviations_do_not_end_a_sentence() -> None:
    texts = [unit.text for unit in document_units(document_from_text(EN), 0)]
    assert any("(e.g. for abuse checks)." in text for text in texts)


def test_text_lang() -> None:
    assert text_lang("当社は、入力データを学習に利用しません。") == "ja"
    assert text_lang("We do not train on your data.") == "en"


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        ("AIチャット利用規約\n本規約は、当社のサービスの利用条件を定めます。", "general-service"),
        ("Terms of Service. By using the Service you agree to these Terms.", "general-service"),
        ("ソフトウェア開発委託契約書\n乙は成果物を納入し、甲は検収を行う。", "new-development"),
        ("Development Agreement. Supplier shall deliver the Deliverables for acceptance testing.", "new-development"),
        ("本サービスのカスタマイズとして、乙は甲のデータでファインチューニングを行う。", "customized"),
    ],
)
def test_deal_type_inference(text: str, deal: str) -> None:
    inferred, reason = infer_deal_type([text])
    assert inferred == deal
    assert reason.ja and reason.en
