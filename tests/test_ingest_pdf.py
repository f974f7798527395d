"""PDF ingest: generated layouts (running headers/footers, page numbers, two columns), in both
languages; page spans; encrypted and corrupt files; scanned pages through OCR."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import yaml

from aicc.errors import IngestError
from aicc.ingest import load_document

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "ingest"))
import builders

SEGMENT = Path(__file__).parent / "fixtures" / "segment"
EXPECTED: dict[str, list[str]] = yaml.safe_load((SEGMENT / "expected.yaml").read_text(encoding="utf-8"))
CASES = [
    ("ja/01-dev-kou.txt", "running"),
    ("ja/06-kanji-iroha.txt", "columns"),
    ("ja/04-chapters-no2.txt", "running"),
    ("en/02-decimal-roman.txt", "columns"),
    ("en/04-section-whereas.txt", "running"),
    ("en/07-three-level.txt", "columns"),
]


@pytest.mark.parametrize(("name", "layout"), CASES)
def test_generated_pdf_keeps_clauses_and_drops_running_text(tmp_path: Path, name: str, layout: str) -> None:
    source = (SEGMENT / name).read_text(encoding="utf-8")
    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(builders.text_pdf(source, layout))
    doc = load_document(pdf)
    assert doc.format == "pdf"
    if layout == "running":
        assert len(doc.pages) >= 2, "this layout is meant to spread over several pages"
    assert [c.id for c in doc.clauses if c.kind != "preamble"] == EXPECTED[name]
    for clause in doc.clauses:
        assert doc.text[clause.start : clause.end] == clause.text
        page = doc.pages[clause.page - 1]
        assert page.start <= clause.start <= max(page.end, page.start)
    if len(doc.pages) >= 2:  # a header is only known to be running once it repeats
        assert "CONFIDENTIAL" not in doc.text and "AI Agreement (v2)" not in doc.text
    assert "Page 1 of" not in doc.text and "- 1 -" not in doc.text
    # Every paragraph of the source survives with its line breaks repaired.
    squashed = doc.text.replace("\n", "").replace(" ", "")
    for line in source.splitlines():
        assert line.replace(" ", "").replace("\u3000", "") in squashed.replace("\u3000", ""), line


def test_pages_are_contiguous_and_one_based(tmp_path: Path) -> None:
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(builders.text_pdf((SEGMENT / "en/01-articles.txt").read_text(encoding="utf-8"), "running"))
    doc = load_document(pdf)
    assert [p.number for p in doc.pages] == list(range(1, len(doc.pages) + 1))
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert all(a.end <= b.start for a, b in zip(doc.pages, doc.pages[1:], strict=False))


def test_password_protected_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "locked.pdf"
    pdf.write_bytes(builders.encrypted_pdf("Secret contract terms", "s3cret"))
    with pytest.raises(IngestError, match=r"password-protected.*--password") as info:
        load_document(pdf)
    assert str(pdf) in str(info.value)
    with pytest.raises(IngestError, match="wrong password"):
        load_document(pdf, password="nope")
    assert "Secret contract terms" in load_document(pdf, password="s3cret").text


def test_corrupt_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\ngarbage")
    with pytest.raises(IngestError, match="corrupt PDF"):
        load_document(pdf)
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf at all", encoding="utf-8")
    with pytest.raises(IngestError, match="corrupt PDF"):
        load_document(fake)


def test_scanned_pdf_without_ocr_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aicc.ingest import ocr

    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(builders.scanned_pdf(["Article 1 Purpose"]))
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    with pytest.raises(IngestError, match="apt-get install tesseract-ocr tesseract-ocr-jpn"):
        load_document(pdf)


@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scanned_pdf_goes_through_ocr(tmp_path: Path) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(
        builders.scanned_pdf(
            [
                "業務委託契約書",
                "第1条（目的）",
                "本契約は、甲が乙に業務を委託することを目的とする。",
                "第2条（委託料）",
                "甲は、乙に対し、委託料を支払う。",
            ]
        )
    )
    doc = load_document(pdf)
    assert doc.ocr and doc.language == "ja"
    assert "委託料を支払う" in doc.text
    assert [c.id for c in doc.clauses if c.kind == "clause"] == ["1", "2"]


@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scanned_english_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(
        builders.scanned_pdf(
            ["1. Services", "The Provider shall host the model.", "2. Fees", "The Customer shall pay the fees."]
        )
    )
    doc = load_document(pdf)
    assert doc.ocr and doc.language == "en"
    assert "The Customer shall pay the fees." in doc.text
    assert [c.id for c in doc.clauses if c.kind == "clause"] == ["1", "2"]
