"""Tell a file's format from its bytes (and its name), check its size, and call the right loader."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from aicc.errors import IngestError
from aicc.ingest.base import Extracted

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
SUPPORTED = "PDF, DOCX, HTML, Markdown or plain text"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = {b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"II*\x00": "TIFF", b"MM\x00*": "TIFF", b"GIF8": "GIF"}
_HTML_EXT = {".html", ".htm", ".xhtml"}
_MD_EXT = {".md", ".markdown", ".mdown"}
_TEXT_EXT = {".txt", ".text", ""}


def sniff(data: bytes, path: Path) -> str:
    """One of pdf, docx, encrypted-office, html, markdown, text; or an IngestError for what we cannot read."""
    head = data[:2048]
    suffix = path.suffix.lower()
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile as exc:
            raise IngestError(f"corrupt file: not a readable DOCX/ZIP archive ({exc})", path) from exc
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
            raise IngestError(f"unsupported format: a spreadsheet or presentation; use {SUPPORTED}", path)
        if suffix == ".docx":
            raise IngestError("corrupt DOCX: word/document.xml is missing", path)
        raise IngestError(f"unsupported format: a ZIP archive; use {SUPPORTED}", path)
    if head.startswith(_OLE):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in data[:65536] or _ole_has(
            data, "EncryptionInfo"
        ):
            return "encrypted-office"
        raise IngestError(
            "legacy Word (.doc) files are not supported: open it in Word or LibreOffice and save it as DOCX or PDF",
            path,
        )
    if head.lstrip().startswith(b"{\\rtf"):
        raise IngestError(
            "RTF files are not supported: open it in Word or LibreOffice and save it as DOCX or PDF", path
        )
    for magic, name in _IMAGES.items():
        if head.startswith(magic):
            raise IngestError(
                f"unsupported format: a {name} image; put the scanned pages in a PDF (OCR runs on PDFs)", path
            )
    if suffix in (".doc", ".rtf"):
        raise IngestError(f"{suffix} files are not supported: save it as DOCX or PDF", path)
    if suffix == ".pdf":
        raise IngestError("corrupt PDF: the file does not start with a PDF header", path)
    if suffix == ".docx":
        raise IngestError("corrupt DOCX: not a ZIP archive", path)
    lowered = head.lstrip().lower()
    if suffix in _HTML_EXT or lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:512]:
        return "html"
    if suffix in _MD_EXT:
        return "markdown"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(f"unsupported format: a binary file; use {SUPPORTED}", path)
    if suffix in _TEXT_EXT or suffix in {".csv", ".tsv", ".log"}:
        return "text"
    return "text"


def _ole_has(data: bytes, stream: str) -> bool:
    try:
        import olefile

        return bool(olefile.OleFileIO(BytesIO(data)).exists(stream))
    except Exception:
        return False


def extract(data: bytes, path: Path, *, password: str | None, progress: bool, max_bytes: int) -> Extracted:
    """Dispatch ``data`` to its format's loader."""
    kind = sniff(data, path)
    if kind == "pdf":
        from aicc.ingest.pdf import load_pdf

        return load_pdf(data, str(path), password=password, progress=progress)
    if kind in ("docx", "encrypted-office"):
        from aicc.ingest.docx import load_docx

        return load_docx(data, str(path), password=password, encrypted=kind == "encrypted-office", max_bytes=max_bytes)
    if kind == "html":
        from aicc.ingest.html import load_html

        return load_html(data, str(path))
    from aicc.ingest.text import load_text

    return load_text(data, str(path), markdown=kind == "markdown")
