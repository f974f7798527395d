"""OCR of scanned PDF pages: pdfium renders each page, Debian's tesseract reads it (jpn+eng)."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from aicc.errors import IngestError
from aicc.segment.language import detect_language
from aicc.segment.numbering import read_markers

DPI = 300
_CJK = r"\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}]) +(?=[{_CJK}])|(?<=[{_CJK}]) +(?=[0-9A-Za-z(（])|(?<=[0-9)）]) +(?=[{_CJK}])")
_ENDS = ("。", ".", ":", "：", ";", "」", "）", ")")


@functools.cache
def tesseract_languages() -> tuple[str, ...]:
    exe = shutil.which("tesseract")
    if exe is None:
        return ()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(line.strip() for line in out.splitlines()[1:] if line.strip())


def ocr_available() -> bool:
    return "eng" in tesseract_languages() or "jpn" in tesseract_languages()


def _languages() -> list[str]:
    """Japanese first (its model also reads Latin script; jpn+eng garbles Japanese headings), then English."""
    langs = tesseract_languages()
    return [lang for lang in ("jpn", "eng") if lang in langs]


def tidy(raw: str) -> str:
    """Join tesseract's wrapped lines into paragraphs and drop the spaces it puts between Japanese characters."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", raw.replace("\f", "\n\n")):
        lines = [_CJK_GAP.sub("", ln.strip()) for ln in block.splitlines() if ln.strip()]
        para = ""
        for ln in lines:
            if not para:
                para = ln
            elif read_markers(ln) or para.endswith(_ENDS):
                out.append(para)
                para = ln
            elif re.match(rf"[{_CJK}]", para[-1]) or re.match(rf"[{_CJK}]", ln[0]):
                para += ln
            elif para.endswith("-") and ln[:1].islower():
                para = para[:-1] + ln
            else:
                para += " " + ln
        if para:
            out.append(para)
    return "\n".join(out)


def _run(exe: str, image_path: Path, lang: str, path: str) -> str:
    try:
        done = subprocess.run(
            [exe, str(image_path), "stdout", "-l", lang, "--psm", "6"],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise IngestError(f"OCR failed: {exc}", path) from exc
    if done.returncode != 0:
        raise IngestError(f"OCR failed: {done.stderr.strip()[:200]}", path)
    return done.stdout


def ocr_image(image_path: Path, path: str) -> str:
    """OCR one page image; a page that reads as mostly Latin script is read again with the English model."""
    exe = shutil.which("tesseract")
    langs = _languages()
    if exe is None or not langs:
        raise IngestError(
            "OCR is not available; install it with: apt-get install tesseract-ocr tesseract-ocr-jpn", path
        )
    text = _run(exe, image_path, langs[0], path)
    if langs[0] == "jpn" and "eng" in langs and detect_language(text) == "en":
        text = _run(exe, image_path, "eng", path)
    return tidy(text)


def ocr_pdf_pages(pdf: Any, indices: list[int], path: str, *, progress: bool = False) -> dict[int, str]:
    """OCR the given pages (0-based) of an open pypdfium2 document; a Rich progress bar on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    results: dict[int, str] = {}
    console = Console(stderr=True)
    columns = (TextColumn("OCR"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with (
        tempfile.TemporaryDirectory(prefix="aicc-ocr-") as tmp,
        Progress(*columns, console=console, disable=not progress) as bar,
    ):
        task = bar.add_task("ocr", total=len(indices))
        for index in indices:
            page = pdf[index]
            try:
                image = page.render(scale=DPI / 72, grayscale=True).to_pil()
            finally:
                page.close()
            target = Path(tmp) / f"page-{index + 1}.png"
            image.save(target)
            results[index] = ocr_image(target, path)
            bar.advance(task)
    return results
