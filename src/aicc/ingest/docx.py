"""DOCX through docx2python: auto-numbering labels, tables, and tracked changes resolved to the
current text (insertions kept, deletions dropped). Protected files are decrypted with
msoffcrypto-tool; archives that would unpack to an absurd size are refused before reading."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from typing import Any

from aicc.errors import IngestError
from aicc.ingest.base import Extracted

_MARKER = re.compile(r"----(?:media/[^-]*|footnote\d+|endnote\d+|comment\d+|Image[^-]*)----")
UNZIP_FACTOR = 10  # an archive may unpack to at most this many times the size limit
MAX_RATIO = 200  # a member that compresses more than this (and is over 1 MB) is a zip bomb


def decrypt(data: bytes, path: str, password: str | None) -> bytes:
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError, FileFormatError, InvalidKeyError

    if password is None:
        raise IngestError("the DOCX is password-protected; give the password with --password", path)
    try:
        office = msoffcrypto.OfficeFile(BytesIO(data))
        office.load_key(password=password)
        out = BytesIO()
        office.decrypt(out)
    except InvalidKeyError as exc:
        raise IngestError("wrong password for this DOCX", path) from exc
    except (DecryptionError, FileFormatError, ValueError, OSError) as exc:
        message = str(exc).lower()
        if "password" in message or "key" in message or "verif" in message:
            raise IngestError("wrong password for this DOCX", path) from exc
        raise IngestError(f"cannot decrypt this protected file ({exc})", path) from exc
    return out.getvalue()


def check_zip(data: bytes, path: str, max_bytes: int) -> None:
    """Refuse an archive whose members would unpack to an absurd size, before reading any of them."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            infos = zf.infolist()
            if zf.testzip() is not None:
                raise IngestError("corrupt DOCX: a member of the archive is damaged", path)
    except zipfile.BadZipFile as exc:
        raise IngestError(f"corrupt DOCX: {exc}", path) from exc
    total = sum(info.file_size for info in infos)
    limit = max_bytes * UNZIP_FACTOR
    if total > limit:
        raise IngestError(
            f"refused: the DOCX would unpack to {total / 1e6:.0f} MB (limit {limit / 1e6:.0f} MB); a zip bomb?", path
        )
    for info in infos:
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise IngestError(
                f"refused: {info.filename} is compressed {info.file_size // max(info.compress_size, 1)}:1; a zip bomb?",
                path,
            )


def _cell_text(cell: list[str]) -> str:
    return " ".join(p.strip() for p in cell if p.strip())


def _blocks(document: list[Any]) -> list[str]:
    """docx2python's nested tables → rows → cells → paragraphs, as lines: a table row is one line, cells tab-separated."""
    lines: list[str] = []
    for table in document:
        is_table = len(table) > 1 or any(len(row) > 1 for row in table)
        for row in table:
            if is_table:
                cells = [_cell_text(cell) for cell in row]
                if any(cells):
                    lines.append("\t".join(cells))
            else:
                for cell in row:
                    lines.extend(cell)
    return lines


def load_docx(data: bytes, path: str, *, password: str | None, encrypted: bool, max_bytes: int) -> Extracted:
    if encrypted:
        data = decrypt(data, path, password)
    check_zip(data, path, max_bytes)
    from docx2python import docx2python

    warnings: list[str] = []
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            body = zf.read("word/document.xml")
        if b"<w:ins " in body or b"<w:del " in body:
            warnings.append("tracked changes: insertions are included and deletions dropped (the current text)")
        with docx2python(BytesIO(data)) as content:
            lines = _blocks(content.document)
    except IngestError:
        raise
    except Exception as exc:  # docx2python raises KeyError, XMLSyntaxError … on broken files
        raise IngestError(f"corrupt DOCX: {type(exc).__name__}: {exc}", path) from exc
    text = "\n".join(_MARKER.sub("", line) for line in lines)
    return Extracted("docx", [text], warnings=warnings)
