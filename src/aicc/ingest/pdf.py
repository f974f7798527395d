"""PDF through pypdfium2: lines and their boxes per page, then layout repair (see ``layout``).

Pages without a text layer go to OCR (``ocr``). Password-protected files open with
``password``; without it the error asks for one.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from typing import Any

from aicc.errors import IngestError
from aicc.ingest.base import Extracted, normalize
from aicc.ingest.layout import Line, continues, join_text, page_paragraphs, paragraph_text, right_edge, strip_running

_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_CONTROL = re.compile(r"[\x00\x01\x03-\x08\x0b-\x1f\x7f\ufffe\uffff\u00ad\u200b\ufeff]")
_ODD_SPACE = re.compile(r"[\u00a0\u2002-\u200a\u202f]")


def _clean(line: str) -> str:
    """pdfium marks a hyphen that ends a line as U+0002; other controls and odd spaces go."""
    if line.endswith("\u00ad"):  # a soft hyphen that broke the line shows as a hyphen
        line = line[:-1] + "-"
    # pdfium writes U+FFFE (or U+0002) for a hyphen where a word was broken across lines.
    line = unicodedata.normalize("NFC", line.replace("\x02", "-").replace("\ufffe", "-"))
    line = _CONTROL.sub("", line)
    return _ODD_SPACE.sub(" ", line).strip()


def _open(data: bytes, path: str, password: str | None) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            if password is None:
                raise IngestError("the PDF is password-protected; give the password with --password", path) from exc
            raise IngestError("wrong password for this PDF", path) from exc
        raise IngestError(f"corrupt PDF: pdfium cannot open it ({exc})", path) from exc


def _page_lines(page: Any, number: int) -> tuple[list[Line], float, float, int]:
    """The page's text lines with their boxes (top-down coordinates), its size, and its character count."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if count <= 0:
            return [], width, height, 0
        text = textpage.get_text_range(0, count)
        left, bottom, right, top = (ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double())
        refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
        handle = textpage.raw
        lines: list[Line] = []
        pos = 0
        for m in [*_LINE_BREAK.finditer(text), None]:
            end = m.start() if m else len(text)
            seg = text[pos:end]
            stripped = _clean(seg.strip())
            if stripped:
                first = pos + (len(seg) - len(seg.lstrip()))
                last = pos + len(seg.rstrip()) - 1
                raw.FPDFText_GetCharBox(handle, first, *refs)
                x0, y_top, y_bottom = left.value, top.value, bottom.value
                raw.FPDFText_GetCharBox(handle, last, *refs)
                x1 = right.value
                y_top = max(y_top, top.value)
                y_bottom = min(y_bottom, bottom.value)
                if y_top - y_bottom < 1:  # a generated character or a blank glyph
                    size = raw.FPDFText_GetFontSize(handle, first) or 10.0
                    y_top = y_bottom + size
                lines.append(Line(stripped, x0, max(x1, x0 + 1), height - y_top, height - y_bottom, number))
            pos = m.end() if m else len(text)
        return lines, width, height, len(text.strip())
    finally:
        textpage.close()


def _has_images(page: Any) -> bool:
    import pypdfium2.raw as raw

    return any(True for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2))


def load_pdf(data: bytes, path: str, *, password: str | None = None, progress: bool = False) -> Extracted:
    pdf = _open(data, path, password)
    try:
        return _extract(pdf, path, progress)
    finally:
        pdf.close()


def _extract(pdf: Any, path: str, progress: bool) -> Extracted:
    n = len(pdf)
    if n == 0:
        raise IngestError("the PDF has no pages", path)
    pages: list[list[Line]] = []
    widths: list[float] = []
    heights: list[float] = []
    scanned: list[int] = []
    for i in range(n):
        page = pdf[i]
        try:
            lines, width, height, chars = _page_lines(page, i + 1)
            if chars == 0 and _has_images(page):
                scanned.append(i)
        finally:
            page.close()
        pages.append(lines)
        widths.append(width)
        heights.append(height)
    warnings: list[str] = []
    ocr_text: dict[int, str] = {}
    if scanned:
        from aicc.ingest.ocr import ocr_available, ocr_pdf_pages

        if not ocr_available():
            if len(scanned) == n:
                raise IngestError(
                    "this PDF is scanned images with no text layer, and OCR is not available; "
                    "install it with: apt-get install tesseract-ocr tesseract-ocr-jpn",
                    path,
                )
            warnings.append(
                f"{len(scanned)} scanned page(s) skipped: OCR is not available (apt-get install tesseract-ocr tesseract-ocr-jpn)"
            )
        else:
            ocr_text = ocr_pdf_pages(pdf, scanned, path, progress=progress)
    pages = strip_running(pages, heights)
    return _assemble(pages, widths, ocr_text, warnings)


def _assemble(pages: list[list[Line]], widths: list[float], ocr_text: dict[int, str], warnings: list[str]) -> Extracted:
    """Join the pages' paragraphs into one text; a paragraph broken by a page break is joined again."""
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    prev_tail: list[Line] | None = None
    prev_right = 0.0
    for i, lines in enumerate(pages):
        if i in ocr_text:
            groups_text = [normalize(ocr_text[i])] if ocr_text[i].strip() else []
            groups: list[list[Line]] = []
        else:
            groups = page_paragraphs(lines, widths[i])
            groups_text = [paragraph_text(g) for g in groups]
        right = right_edge(groups[-1]) if groups else 0.0
        if not groups_text:
            starts.append(length)
            continue
        first = groups_text[0]
        if parts and prev_tail is not None and groups and continues(prev_tail, groups[0], prev_right):
            joined = join_text(parts[-1], first)
            sep_len = len(joined) - len(parts[-1]) - len(first)  # 1 for a space, 0 for Japanese, -1 for a hyphen
            length += sep_len
            starts.append(length)
            parts[-1] = joined
            length += len(first)
            rest = groups_text[1:]
        else:
            if parts:
                parts.append("\n")
                length += 1
            starts.append(length)
            rest = groups_text
            parts.append(first)
            length += len(first)
            rest = groups_text[1:]
        for para in rest:
            parts.append("\n")
            parts.append(para)
            length += 1 + len(para)
        prev_tail = groups[-1] if groups else None
        prev_right = right
    text = "".join(parts)
    return Extracted(
        "pdf", [text], ocr=bool(ocr_text), warnings=warnings, joined=text, page_starts=_clamp(starts, len(text))
    )


def _clamp(starts: list[int], size: int) -> list[int]:
    out: list[int] = []
    low = 0
    for s in starts:
        low = min(max(s, low), size)
        out.append(low)
    return out
