"""The annotated DOCX: comments anchored on the evidence, tracked changes the other side can accept."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from aicc.errors import AiccError
from aicc.models import Review
from aicc.report import render_bytes, render_report
from report_helpers import comment_anchors, fixture_review


def _track_changes(data: bytes) -> tuple[list[str], list[str]]:
    from docx_revisions import RevisionDocument, TrackedDeletion, TrackedInsertion

    doc = RevisionDocument(io.BytesIO(data))
    inserted, deleted = [], []
    for paragraph in doc.paragraphs:
        for change in paragraph.track_changes:
            text = "".join(run.text for run in change.runs) if isinstance(change, TrackedInsertion) else ""
            if isinstance(change, TrackedInsertion):
                inserted.append(text)
            elif isinstance(change, TrackedDeletion):
                deleted.append("".join(change._element.xpath(".//w:delText/text()")))
    return inserted, deleted


def _check_annotations(data: bytes, review: Review) -> None:
    import docx

    document = docx.Document(io.BytesIO(data))
    comments = {c.comment_id: c.text for c in document.comments}
    anchors = comment_anchors(data)
    for finding in review.findings:
        mine = [cid for cid, text in comments.items() if text.startswith(f"[{finding.item_id}]")]
        assert mine, f"no comment for {finding.item_id}"
        if finding.evidence:
            assert anchors[mine[0]] == finding.evidence[0].quote
            assert finding.item.title.get("ja") in comments[mine[0]]
        if finding.suggestion:
            assert finding.suggestion.ja in comments[mine[0]]
    inserted, deleted = _track_changes(data)
    for finding in review.findings:
        if finding.status == "missing":
            assert finding.item.sample_clause.ja in inserted, finding.item_id
        if finding.position == "unfavourable":
            assert finding.evidence[0].quote in deleted, finding.item_id
            assert finding.item.sample_clause.ja in inserted, finding.item_id


def test_text_contract_becomes_an_annotated_docx() -> None:
    review = fixture_review()
    _check_annotations(render_bytes(review, "docx", lang="ja"), review)


def _contract_docx(path: Path, text: str) -> None:
    """A DOCX of the contract with formatting that splits runs mid-sentence (bold party names)."""
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        paragraph = document.add_paragraph()
        for n, piece in enumerate(line.split("乙")):
            if n:
                paragraph.add_run("乙").bold = True
            if piece:
                paragraph.add_run(piece)
    document.save(str(path))


def test_docx_contract_is_copied_and_annotated_never_modified(tmp_path: Path) -> None:
    review = fixture_review()
    original = tmp_path / "contract.docx"
    _contract_docx(original, review.documents[0].text)
    review.documents[0].format = "docx"
    review.documents[0].source = str(original)
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    out = tmp_path / "修正案.docx"
    render_report(review, "docx", out, lang="ja")
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before
    data = out.read_bytes()
    _check_annotations(data, review)
    import docx

    bold = [r.text for p in docx.Document(io.BytesIO(data)).paragraphs for r in p.runs if r.bold]
    assert "乙" in bold  # the original formatting survives the split runs


def test_source_option_and_missing_original(tmp_path: Path) -> None:
    review = fixture_review()
    review.documents[0].format = "docx"
    review.documents[0].source = str(tmp_path / "gone.docx")
    with pytest.raises(AiccError, match="--source"):
        render_bytes(review, "docx")
    elsewhere = tmp_path / "moved.docx"
    _contract_docx(elsewhere, review.documents[0].text)
    _check_annotations(render_bytes(review, "docx", source=elsewhere, lang="ja"), review)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(AiccError, match="cannot open the DOCX"):
        render_bytes(review, "docx", source=broken)
    with pytest.raises(AiccError, match="overwrite the original"):
        render_report(review, "docx", elsewhere, source=elsewhere)


def test_english_docx_counterparty_has_no_fallback() -> None:
    import docx

    review = fixture_review("review-en.json")
    data = render_bytes(review, "docx", lang="en", audience="counterparty")
    texts = [c.text for c in docx.Document(io.BytesIO(data)).comments]
    assert any("What we ask for" in t for t in texts)
    assert not any("Fallback" in t for t in texts)
    assert comment_anchors(data)
