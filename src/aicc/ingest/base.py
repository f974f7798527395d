"""What every format loader returns, and the text normalisation all offsets refer to."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from aicc.models import DocFormat, Page

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[\u00a0\u2002-\u200a\u202f\u205f]")
_TRAILING = re.compile(r"[ \t\u3000]+\n")
_BLANKS = re.compile(r"\n{3,}")


@dataclass
class Extracted:
    """A format loader's output: the text of each page, before it is joined and segmented."""

    format: DocFormat
    pages: list[str]
    encoding: str | None = None
    ocr: bool = False
    warnings: list[str] = field(default_factory=list)
    joined: str | None = None  # set by loaders that join pages themselves (PDF)
    page_starts: list[int] | None = None


def normalize(text: str) -> str:
    """Line ends to ``\\n``; control, zero-width and soft-hyphen characters out; odd spaces to spaces;
    trailing blanks out; at most one blank line in a row; no blank lines at either end."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("\n", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip("\n ").rstrip()


def join_pages(pages: list[str]) -> tuple[str, list[Page]]:
    """Normalise each page and join them with a blank line; return the text and the page spans."""
    parts: list[str] = []
    spans: list[Page] = []
    pos = 0
    for number, raw in enumerate(pages, start=1):
        body = normalize(raw)
        if parts:
            parts.append("\n\n")
            pos += 2
        spans.append(Page(number=number, start=pos, end=pos + len(body)))
        parts.append(body)
        pos += len(body)
    return "".join(parts), spans
