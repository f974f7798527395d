"""Bad input: each gets a clear IngestError naming the file, and the CLI exits 2 with one line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aicc.cli import app
from aicc.cli.app import run
from aicc.errors import IngestError
from aicc.ingest import document_from_text, load_document

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "ingest"))
import builders


def expect(path: Path, pattern: str, **kw: object) -> None:
    with pytest.raises(IngestError, match=pattern) as info:
        load_document(path, **kw)  # type: ignore[arg-type]
    assert str(path) in str(info.value)


def test_missing_empty_and_folder(tmp_path: Path) -> None:
    expect(tmp_path / "nope.pdf", "file not found")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    expect(empty, "empty")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n ", encoding="utf-8")
    expect(blank, "no text")
    expect(tmp_path, "folder")


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 5000, encoding="utf-8")
    expect(big, "over the .* limit", max_bytes=1000)
    assert load_document(big, max_bytes=10_000).text.startswith("x")


@pytest.mark.parametrize(
    ("name", "data", "pattern"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "save it as DOCX or PDF"),
        ("memo.rtf", b"{\\rtf1\\ansi Hello}", "save it as DOCX or PDF"),
        ("scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG image"),
        ("blob.bin", b"\x00\x01\x02\x03" * 100, "unsupported format"),
        ("sheet.xlsx", None, "spreadsheet"),
    ],
)
def test_unsupported_formats(tmp_path: Path, name: str, data: bytes | None, pattern: str) -> None:
    if data is None:
        import zipfile

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("xl/workbook.xml", "<workbook/>")
        data = buf.getvalue()
    path = tmp_path / name
    path.write_bytes(data)
    expect(path, pattern)


def test_cli_error_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(builders.encrypted_pdf("Secret", "pw"))
    monkeypatch.setattr(sys, "argv", ["aicc", "extract", str(locked)])
    assert run(app) == 2
    err = capsys.readouterr().err
    assert "error:" in err and "locked.pdf" in err and "--password" in err and "Traceback" not in err


def test_cli_extract_text_and_json(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text(
        'This Agreement is between Acme Inc. ("Customer") and Beta AI LLC ("Provider").\n1. Scope\nProvider hosts.\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0 and result.stdout.startswith("This Agreement")
    result = runner.invoke(app, ["extract", str(path), "--format", "json", "--vendor-name", "Acme"])
    data = json.loads(result.stdout)
    assert {"source", "sha256", "format", "language", "pages", "clauses", "definitions", "parties"} <= set(data)
    roles = {p["name"]: p["role"] for p in data["parties"]}
    assert roles == {"Acme Inc.": "vendor", "Beta AI LLC": "user"}
    for clause in data["clauses"]:
        assert data["text"][clause["start"] : clause["end"]] == clause["text"]
    result = runner.invoke(app, ["extract", str(path), "--max-size", "10B"])
    assert result.exit_code != 0


def test_document_from_text_normalises_and_keeps_offsets() -> None:
    doc = document_from_text(
        "第1条\u3000目的\r\n本契約は\u200bテストである。  \r\n\r\n\r\n\r\n第2条\u3000期間\r\n1年とする。"
    )
    assert "\r" not in doc.text and "\u200b" not in doc.text and "\n\n\n" not in doc.text
    assert [c.id for c in doc.clauses] == ["1", "2"]
    with pytest.raises(IngestError):
        document_from_text("x", fmt="rtf")
