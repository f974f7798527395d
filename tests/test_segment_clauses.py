"""Clause segmentation on the hand-checked fixtures (ja and en), and its offset invariant."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aicc.ingest import document_from_text

FIXTURES = Path(__file__).parent / "fixtures" / "segment"
EXPECTED: dict[str, list[str]] = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_clause_ids_match_the_hand_checked_list(name: str) -> None:
    doc = document_from_text((FIXTURES / name).read_text(encoding="utf-8"), source=name)
    assert [c.id for c in doc.clauses if c.kind != "preamble"] == EXPECTED[name]
    for clause in doc.clauses:
        assert doc.text[clause.start : clause.end] == clause.text
    for definition in doc.definitions:
        assert doc.text[definition.start : definition.end] == definition.text


def test_both_languages_have_ten_fixtures() -> None:
    assert sum(k.startswith("ja/") for k in EXPECTED) >= 10
    assert sum(k.startswith("en/") for k in EXPECTED) >= 10


def test_japanese_headings_parents_levels_and_kinds() -> None:
    doc = document_from_text((FIXTURES / "ja/01-dev-kou.txt").read_text(encoding="utf-8"))
    by_id = {c.id: c for c in doc.clauses}
    assert by_id["preamble"].kind == "preamble"
    assert by_id["1"].heading == "目的" and by_id["1"].number == "第1条" and by_id["1"].level == 1
    assert by_id["1"].text.startswith("（目的）\n第1条")
    assert by_id["3.2"].parent == "3" and by_id["3.2"].level == 2 and by_id["3.2"].number == "２"
    assert by_id["2(1)"].parent == "2"
    # The article spans its paragraphs; the closing words end the last article.
    assert "３　振込手数料" in by_id["3"].text
    assert "本契約締結の証として" not in by_id["5"].text


def test_article_no2_chapters_and_schedules() -> None:
    doc = document_from_text((FIXTURES / "ja/04-chapters-no2.txt").read_text(encoding="utf-8"))
    by_id = {c.id: c for c in doc.clauses}
    assert by_id["2-2"].number == "第2条の2" and by_id["2-2"].heading == "保守時間"
    assert by_id["1"].parent == "ch1" and by_id["3"].parent == "ch2"
    assert by_id["sch-1"].kind == "schedule" and by_id["sch-1.1"].parent == "sch-1"


def test_english_recitals_headings_and_roman_after_h() -> None:
    doc = document_from_text((FIXTURES / "en/04-section-whereas.txt").read_text(encoding="utf-8"))
    kinds = [c.kind for c in doc.clauses]
    assert kinds[:3] == ["preamble", "recital", "recital"]
    by_id = {c.id: c for c in doc.clauses}
    assert by_id["1"].heading == "Services" and by_id["1"].number == "Section 1"
    assert by_id["3(c)(ii)"].parent == "3(c)"
    doc = document_from_text((FIXTURES / "en/08-alpha-i-recitals.txt").read_text(encoding="utf-8"))
    assert "1(i)" in {c.id for c in doc.clauses}  # (i) after (h) is the letter, not a roman numeral
    doc = document_from_text((FIXTURES / "en/01-articles.txt").read_text(encoding="utf-8"))
    by_id = {c.id: c for c in doc.clauses}
    assert by_id["1"].heading == "DEFINITIONS" and by_id["2.1"].heading == "Scope"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1. DEFINITIONS AND INTERPRETATION", "2. FEES"),
        ("Article 1 Definitions", "Article 2 Fees"),
        ("1. Scope", "2. Fees"),
    ],
)
def test_a_numbered_heading_ends_recitals_that_have_no_now_therefore(first: str, second: str) -> None:
    text = (
        "SERVICES AGREEMENT\n\nRECITALS\n\nA. The Client makes parts.\n\nB. The Developer builds models.\n\n"
        f"{first}\n\n1.1 The Developer shall deliver the model.\n\n{second}\n\n2.1 The Client shall pay the fees.\n"
    )
    doc = document_from_text(text)
    kinds = {c.id: c.kind for c in doc.clauses}
    assert [k for k in kinds.values() if k == "recital"] == ["recital", "recital"]
    assert [kinds.get(i) for i in ("1", "1.1", "2", "2.1")] == ["clause"] * 4


def test_a_numbered_recital_sentence_stays_a_recital() -> None:
    text = "RECITALS\n\n1. The Client makes parts and wishes to automate inspection.\n\nNOW, THEREFORE, the parties agree as follows:\n\n1. Scope\n\nThe Developer builds."
    doc = document_from_text(text)
    assert [c.kind for c in doc.clauses if c.kind != "preamble"][:2] == ["recital", "clause"]


def test_numbers_inside_sentences_do_not_open_clauses() -> None:
    text = "1. Term\nThis Agreement lasts for\n2 years unless ended earlier.\n2. Fees\nFees are due monthly."
    doc = document_from_text(text)
    assert [c.id for c in doc.clauses if c.kind != "preamble"] == ["1", "2"]


def test_table_of_contents_lines_are_not_clauses() -> None:
    text = "CONTENTS\n1. Definitions ........ 2\n2. Services ........ 3\n\n1. Definitions\nWords mean things.\n2. Services\nWe serve."
    doc = document_from_text(text)
    assert [c.id for c in doc.clauses if c.kind != "preamble"] == ["1", "2"]
    assert doc.clauses[1].text.startswith("1. Definitions\nWords")


UNNUMBERED = (
    "Lumen Terms of Use\n\n"
    "Last updated: 2 March 2026\n\n"
    "Welcome to Lumen. These terms are between you and us.\n\n"
    "Your content\n\n"
    "You own what you upload, and you grant us a licence to host it.\n\n"
    "Ending these terms\n\n"
    "You may close your account at any time. We may suspend your account if you break these terms.\n"
)


def test_terms_without_numbers_are_sectioned_by_their_headings() -> None:
    doc = document_from_text(UNNUMBERED)
    clauses = [c for c in doc.clauses if c.kind != "preamble"]
    assert [c.id for c in clauses] == ["Your content", "Ending these terms"]  # not the title, not the date
    assert clauses[1].heading == "Ending these terms" and clauses[1].number is None
    assert "We may suspend your account" in clauses[1].text
    for clause in doc.clauses:
        assert doc.text[clause.start : clause.end] == clause.text


def test_one_short_line_or_a_numbered_contract_gets_no_heading_sections() -> None:
    one = document_from_text("Lumen Terms\n\nWelcome.\n\nYour content\n\nYou own what you upload to the service.\n")
    assert [c.kind for c in one.clauses] == ["preamble"]
    numbered = document_from_text("Terms\n\n1. Your content\n\nYou own it.\n\nEnding\n\nYou may leave at any time.\n")
    assert [c.id for c in numbered.clauses if c.kind != "preamble"] == ["1"]


def test_a_numbered_line_in_title_case_is_the_clauses_heading() -> None:
    """A line "2. Return and Deletion after Termination" names its clause, as "1. DEFINITIONS" does; a sentence does not."""
    text = (
        "Data Terms\n\nThese terms apply between us and you.\n\n1. Definitions\n\n1.1 Words mean things.\n\n"
        "2. Return and Deletion after Termination\n\n"
        "2.1 For 30 days after the subscription ends you may export your data.\n\n"
        "3. Fees are due monthly in advance\n\n3.1 Fees are non-refundable.\n"
    )
    by_id = {c.id: c for c in document_from_text(text).clauses}
    assert by_id["1"].heading == "Definitions"
    assert by_id["2"].heading == "Return and Deletion after Termination"
    assert by_id["3"].heading is None
