"""Sentence units: exact offsets, brackets, clauses; and deal-type inference."""

from __future__ import annotations

import pytest

from aicc.ingest import document_from_text
from aicc.review.deal_type import infer_deal_type
from aicc.review.parties import resolve_names
from aicc.review.position import judge
from aicc.review.units import document_units, find_lists, text_lang

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


SUBPROCESSORS = """# Sub-processors

| Entity | Processing location |
| --- | --- |
| Northwind Hosting LLC | United States |
| Fjord Compute ApS | Denmark |

We will tell you before we add a new sub-processor.
"""


def test_a_table_header_announces_its_rows() -> None:
    units = document_units(document_from_text(SUBPROCESSORS), 0)
    lists = find_lists(units)
    header = next(u for u in units if "Processing location" in u.text)
    rows = lists.items_after(header)
    assert "United States" in rows and "Denmark" in rows
    assert "---" not in rows and "We will tell you" not in rows
    row = next(u for u in units if "Fjord" in u.text)
    assert lists.lead_of(row) == header.text


@pytest.mark.parametrize(
    ("rows", "home", "position"),
    [
        ("| Northwind Hosting LLC | United States |\n| Fjord Compute ApS | Denmark |", "JP", "unfavourable"),
        ("| 株式会社北風ホスティング | 日本 |", "JP", "favourable"),
    ],
)
def test_a_table_of_processing_locations_is_read_with_its_rows(rows: str, home: str, position: str) -> None:
    header = "| Entity | Processing location |"
    judgement = judge(
        header,
        "en",
        resolve_names(),
        kind="vendor-action",
        item_cues=None,
        topic_cues=[],
        role="user",
        home=home,
        listed=rows,
    )
    assert judgement.position == position
    assert "processing locations listed" in judgement.cue


def test_a_full_stop_inside_brackets_does_not_end_the_sentence_for_the_rules() -> None:
    text = "分析結果に関する著作権（著作権法第27条及び第28条の権利を含む。）は、甲に移転する。"
    unit = document_units(document_from_text(text), 0)[0]
    assert unit.text == text  # the evidence keeps the contract's own characters
    assert unit.rule_text == text.replace("含む。）", "含む．）")
    assert "。" not in unit.rule_text[:-1]


CARRIED = """# Terms

8.4 Effect. On termination or expiry, Customer's right to use the Service ends. Provider will make Customer Content available for export for 30 days and will then delete Customer Content from its systems.

8.5 Survival. Sections 5 and 9 survive.
"""


def test_a_clause_opening_with_termination_carries_that_condition_to_its_next_sentences() -> None:
    units = document_units(document_from_text(CARRIED), 0)
    later = next(u for u in units if u.text.startswith("Provider will make"))
    assert later.context == "On termination or expiry,"
    assert later.rule_text.startswith("On termination or expiry, Provider will make")
    assert later.text.startswith("Provider will make")  # the evidence is the sentence itself
    other = next(u for u in units if "survive" in u.text)
    assert other.context == ""  # another clause


def test_the_carried_condition_lets_the_rules_see_a_deletion_after_termination() -> None:
    from aicc.review.engine import Engine

    units = document_units(document_from_text(CARRIED), 0)
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    found = engine.match_topics(units).get("data-deletion-after-termination", [])
    assert any(m.unit.text.startswith("Provider will make") for m in found)
