"""DOCX, HTML, Markdown and text in both languages and in Japanese legacy encodings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from aicc.errors import IngestError
from aicc.ingest import load_document

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "ingest"))
import builders

SEGMENT = Path(__file__).parent / "fixtures" / "segment"


def check_offsets(doc) -> None:  # type: ignore[no-untyped-def]
    for clause in doc.clauses:
        assert doc.text[clause.start : clause.end] == clause.text


def test_docx_auto_numbering_tables_and_tracked_changes(tmp_path: Path) -> None:
    path = tmp_path / "msa.docx"
    path.write_bytes(
        builders.docx_bytes(
            [
                (None, 'This Agreement is between Acme Inc. ("Customer") and Beta AI LLC ("Provider").'),
                (0, "Services. Provider shall host the model."),
                (1, "Provider shall keep it available."),
                (1, "Provider shall patch it monthly."),
                (0, "Fees. Customer shall pay monthly."),
            ],
            table=[["Plan", "Fee"], ["Standard", "USD 100"]],
            tracked=("the revised wording", "the old wording"),
        )
    )
    doc = load_document(path)
    check_offsets(doc)
    assert doc.format == "docx" and doc.language == "en"
    assert [c.id for c in doc.clauses if c.kind == "clause"] == ["(1)", "(1)(a)", "(1)(b)", "(2)"]
    assert "Standard\tUSD 100" in doc.text
    assert "the revised wording" in doc.text and "the old wording" not in doc.text
    assert any("tracked changes" in w for w in doc.warnings)
    assert {p.role: p.name for p in doc.parties} == {"user": "Acme Inc.", "vendor": "Beta AI LLC"}


def test_japanese_docx(tmp_path: Path) -> None:
    lines = (SEGMENT / "ja/07-entrust-brackets.txt").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "ja.docx"
    path.write_bytes(builders.docx_bytes([(None, line) for line in lines if line.strip()]))
    doc = load_document(path)
    assert doc.language == "ja"
    assert [c.id for c in doc.clauses if c.kind == "clause"] == ["1", "2", "2.2", "3", "3.2", "4", "5"]


def test_password_protected_docx(tmp_path: Path) -> None:
    plain = builders.docx_bytes([(None, "第1条　本契約は秘密である。")])
    path = tmp_path / "locked.docx"
    path.write_bytes(builders.encrypted_docx(plain, "pw123"))
    with pytest.raises(IngestError, match=r"password-protected.*--password"):
        load_document(path)
    with pytest.raises(IngestError, match="wrong password"):
        load_document(path, password="bad")
    assert "本契約は秘密である" in load_document(path, password="pw123").text


def test_docx_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    plain = builders.docx_bytes([(None, "Hello")])
    path = tmp_path / "bomb.docx"
    path.write_bytes(builders.zip_bomb_docx(plain, 20_000_000))
    with pytest.raises(IngestError, match="zip bomb"):
        load_document(path)


def test_corrupt_docx(tmp_path: Path) -> None:
    plain = builders.docx_bytes([(None, "Hello")])
    path = tmp_path / "cut.docx"
    path.write_bytes(plain[: len(plain) // 2])
    with pytest.raises(IngestError, match="corrupt"):
        load_document(path)


def test_html_lists_tables_and_scripts(tmp_path: Path) -> None:
    path = tmp_path / "tos.html"
    path.write_text(
        "<html><head><title>x</title><script>var a = 1;</script></head><body><nav>Home | Login</nav>"
        "<h1>Terms of Service</h1><p>These terms govern your use of our service. We provide it; you use it. "
        "We may change it and you accept that our terms apply.</p>"
        "<ol><li>Accounts. You must be 18.</li><li>Content. We do not train on <b>your</b> prompts."
        "<ol type='a'><li>unless you opt in;</li><li>or the law requires it.</li></ol></li></ol>"
        "<table><tr><td>Plan</td><td>Fee</td></tr></table></body></html>",
        encoding="utf-8",
    )
    doc = load_document(path)
    check_offsets(doc)
    assert doc.format == "html"
    assert "var a" not in doc.text and "Home | Login" not in doc.text
    assert "2. Content. We do not train on your prompts." in doc.text
    assert "Plan\tFee" in doc.text
    assert [c.id for c in doc.clauses if c.kind == "clause"] == ["1", "2", "2(a)", "2(b)"]
    assert {p.role for p in doc.parties} == {"vendor", "user"}


def test_shift_jis_html_with_meta_charset(tmp_path: Path) -> None:
    body = "<html><head><meta charset='shift_jis'></head><body><p>第1条（目的）</p><p>本規約は当社のサービスに適用する。</p></body></html>"
    path = tmp_path / "sjis.html"
    path.write_bytes(body.encode("shift_jis"))
    doc = load_document(path)
    assert "本規約は当社のサービスに適用する。" in doc.text and doc.encoding == "shift_jis"


@pytest.mark.parametrize("codec", ["utf-8", "shift_jis", "cp932", "euc_jp"])
def test_japanese_text_encodings(tmp_path: Path, codec: str) -> None:
    source = (SEGMENT / "ja/01-dev-kou.txt").read_text(encoding="utf-8").strip()
    if codec == "cp932":
        source += "\n①②の記号と髙﨑の字を含む。"  # characters only CP932 has
    path = tmp_path / "tos.txt"
    path.write_bytes(source.encode(codec))
    doc = load_document(path)
    assert doc.text == source.strip()
    assert doc.encoding == codec
    assert doc.language == "ja"


def test_markdown_markup_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "terms.md"
    path.write_text(
        "# Terms\n\n## 1. Use\n\nYou may use **the service** as described in [the guide](https://example.com).\n\n## 2. Fees\n\n- Fees are due monthly.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.format == "markdown"
    assert "1. Use" in doc.text and "**" not in doc.text and "https://" not in doc.text and "(https" not in doc.text
    assert "You may use the service as described in the guide." in doc.text
    assert [c.id for c in doc.clauses if c.kind == "clause"] == ["1", "2"]


def test_english_text_and_page_breaks(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("1. Scope\r\nThe Provider hosts.\f2. Fees\r\nThe Customer pays.\r\n", encoding="utf-8")
    doc = load_document(path)
    assert len(doc.pages) == 2 and "\r" not in doc.text
    assert [c.page for c in doc.clauses if c.kind == "clause"] == [1, 2]
