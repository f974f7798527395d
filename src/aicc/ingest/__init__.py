"""Ingest: read a contract file (PDF, scanned PDF, DOCX, HTML, Markdown, text) into a Document.

``load_document(path)`` reads, normalises and segments a file;
``document_from_text(text)`` segments a text already in memory. Every offset in
the Document indexes ``Document.text``, which ``aicc extract`` prints.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from aicc.errors import IngestError
from aicc.ingest.base import Extracted, join_pages, normalize
from aicc.ingest.dispatch import DEFAULT_MAX_BYTES
from aicc.models import DocFormat, Document, Page
from aicc.segment import segment


def _build(
    source: str,
    sha256: str,
    extracted: Extracted,
    *,
    vendor_name: str | None,
    user_name: str | None,
) -> Document:
    if extracted.joined is not None and extracted.page_starts is not None:
        text = extracted.joined
        starts = [*extracted.page_starts, len(text)]
        pages = [
            Page(number=i + 1, start=starts[i], end=max(starts[i], starts[i + 1]))
            for i in range(len(extracted.page_starts))
        ]
    else:
        text, pages = join_pages(extracted.pages)
    seg = segment(text, pages, vendor_name=vendor_name, user_name=user_name)
    return Document(
        source=source,
        sha256=sha256,
        format=extracted.format,
        language=seg.language,
        text=text,
        pages=pages,
        clauses=seg.clauses,
        definitions=seg.definitions,
        parties=seg.parties,
        ocr=extracted.ocr,
        encoding=extracted.encoding,
        warnings=[*extracted.warnings, *seg.warnings],
    )


def document_from_text(
    text: str,
    *,
    source: str = "<text>",
    fmt: str = "text",
    vendor_name: str | None = None,
    user_name: str | None = None,
) -> Document:
    """Segment an in-memory text. The Document's text is ``text`` normalised (see ``normalize``)."""
    if fmt not in ("pdf", "docx", "html", "markdown", "text"):
        raise IngestError(f"unknown format {fmt!r}", source)
    fmt_: DocFormat = fmt  # type: ignore[assignment]
    pages = text.split("\f") if "\f" in text else [text]
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return _build(source, sha, Extracted(fmt_, pages), vendor_name=vendor_name, user_name=user_name)


def load_document(
    path: str | Path,
    *,
    password: str | None = None,
    vendor_name: str | None = None,
    user_name: str | None = None,
    max_bytes: int | None = None,
    progress: bool = False,
) -> Document:
    """Read, normalise and segment one contract file. Raises IngestError naming the file and the reason."""
    from aicc.ingest.dispatch import extract

    path = Path(path)
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if not path.exists():
        raise IngestError("file not found", path)
    if path.is_dir():
        raise IngestError("this is a folder, not a file", path)
    size = path.stat().st_size
    if size == 0:
        raise IngestError("the file is empty", path)
    if size > limit:
        raise IngestError(
            f"the file is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit (raise it with --max-size)", path
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read the file: {exc.strerror or exc}", path) from exc
    extracted = extract(data, path, password=password, progress=progress, max_bytes=limit)
    if not any(page.strip() for page in extracted.pages) and not (extracted.joined or "").strip():
        raise IngestError("no text found in the file", path)
    return _build(str(path), hashlib.sha256(data).hexdigest(), extracted, vendor_name=vendor_name, user_name=user_name)


__all__ = ["DEFAULT_MAX_BYTES", "document_from_text", "load_document", "normalize"]
