"""Page layout from line boxes: running headers and footers, page numbers, columns, and
joining wrapped lines into paragraphs (hyphenation repaired, no spaces inside Japanese)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from aicc.segment.numbering import read_markers

_PAGE_NUMBER = re.compile(
    r"^[\s\-–—－‐]*(?:(?:page|p\.|ページ)\s*)?(?:\d{1,4}|[ivxlc]{1,6}|[０-９]{1,4})"
    r"(?:\s*(?:of|/|／)\s*\d{1,4})?(?:\s*(?:ページ|頁))?[\s\-–—－‐]*$",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_SENTENCE_END = ("。", ".", ":", "：", ";", "」", "）", ")")
_DIGITS = re.compile(r"\d+|[０-９]+")
MARGIN = 0.09  # share of the page height that counts as header or footer zone


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float  # distance from the top of the page
    bottom: float
    page: int


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def strip_running(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Drop page numbers and lines that repeat in the top or bottom margin of most pages."""
    n = len(pages)
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        seen = {_key(ln.text) for ln in lines if ln.top < height * MARGIN or ln.bottom > height * (1 - MARGIN)}
        counts.update(seen)
    threshold = max(2, int(n * 0.5 + 0.5))
    out: list[list[Line]] = []
    for lines, height in zip(pages, heights, strict=True):
        kept: list[Line] = []
        for i, ln in enumerate(lines):
            in_margin = ln.top < height * MARGIN or ln.bottom > height * (1 - MARGIN)
            edge = i < 2 or i >= len(lines) - 2
            if (in_margin or edge) and _PAGE_NUMBER.match(ln.text):
                continue
            if in_margin and n >= 2 and counts[_key(ln.text)] >= threshold:
                continue
            kept.append(ln)
        out.append(kept)
    return out


def split_columns(lines: list[Line], width: float) -> list[list[Line]]:
    """The page's lines in reading order, as blocks: full-width lines above, the left column,
    the right column, full-width lines below. A one-column page is one block."""
    if len(lines) < 4:
        return [lines]
    mid = width / 2
    slack = width * 0.02
    left = [ln for ln in lines if ln.x1 <= mid + slack]
    right = [ln for ln in lines if ln.x0 >= mid - slack and ln.x1 > mid + slack]
    spanning = [ln for ln in lines if ln.x0 < mid - slack and ln.x1 > mid + slack]
    if len(left) < 0.3 * len(lines) or len(right) < 0.3 * len(lines) or len(spanning) > 0.2 * len(lines):
        return [lines]
    # A table's cells also sit left and right of the middle; columns of running text fill their width.
    for column in (left, right):
        widths = sorted(ln.x1 - ln.x0 for ln in column)
        if widths[len(widths) // 2] < width * 0.25:
            return [lines]
    column_top = min(ln.top for ln in left + right)
    head = sorted((ln for ln in spanning if ln.top < column_top), key=lambda ln: ln.top)
    tail = sorted((ln for ln in spanning if ln.top >= column_top), key=lambda ln: ln.top)
    blocks = [head, sorted(left, key=lambda ln: (ln.top, ln.x0)), sorted(right, key=lambda ln: (ln.top, ln.x0)), tail]
    return [b for b in blocks if b]


def _join(a: str, b: str) -> str:
    if a.endswith(("-", "‐")) and len(a) > 1 and a[-2].isalpha() and b[:1].isalpha():
        return a + b  # contracts are rarely hyphenated: a hyphen at a line end is part of the word
    if is_cjk(a[-1]) or is_cjk(b[0]):
        return a + b
    return a + " " + b


_ALWAYS_BLOCK = ("ja-article", "ja-chapter", "ja-section", "en-article")


def _starts_block(text: str, after: Line | None = None, right: float = 0.0, lh: float | None = None) -> bool:
    """Whether a line opens a new paragraph by its look: a clause number, WHEREAS, a bullet. A weaker
    number (``Schedule 2.``, ``(a)``, ``5.2``) right after a full line that ends mid-sentence is a
    cross-reference that wrapped, not a new clause."""
    markers = read_markers(text)
    if not markers:
        return text.startswith(("WHEREAS", "（", "【", "・", "•", "●", "■", "□"))
    if after is None or any(m.style in _ALWAYS_BLOCK for m in markers) or not text.isascii():
        return True  # Japanese items (①, 一, （１）) rarely end with punctuation
    ends = after.text.rstrip().endswith((*_SENTENCE_END, "and", "or", "および", "又は"))
    full = right > 0 and not _would_fit(after, Line(text, 0, 0, 0, 0, 0), right, lh)
    return ends or not full


def _would_fit(prev: Line, cur: Line, right: float, lh: float | None = None) -> bool:
    """Whether the first word of ``cur`` would have fitted at the end of ``prev``: then ``prev`` ended a paragraph."""
    text = prev.text
    lh = lh if lh is not None else min(prev.bottom - prev.top, cur.bottom - cur.top)
    # pdfium sometimes returns two visual lines as one; the line height keeps the estimate sane.
    char_w = max((prev.x1 - prev.x0) / max(len(text), 1), 0.4 * lh)
    first = cur.text.split(maxsplit=1)[0] if cur.text.split() else cur.text
    need = char_w * 1.5 if is_cjk(cur.text[0]) else char_w * (len(first) + 1)
    return prev.x1 + need < right - char_w * 0.5


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Group a page's lines into paragraphs: a line starts a paragraph after a wide gap, at a clause
    number, or when the previous line stopped short although the next word would have fitted."""
    if not lines:
        return []
    heights = sorted(ln.bottom - ln.top for ln in lines)
    lh = max(heights[len(heights) // 2], 1.0)
    right = sorted(ln.x1 for ln in lines)[int(len(lines) * 0.9)]
    groups: list[list[Line]] = [[lines[0]]]
    for prev, cur in itertools.pairwise(lines):
        gap = cur.top - prev.bottom
        new_column = cur.top < prev.top - lh  # moved up: the next column
        if _starts_block(cur.text, prev, right, lh):
            groups.append([cur])
        elif new_column:
            if prev.text.rstrip().endswith(_SENTENCE_END) or _would_fit(prev, cur, right, lh):
                groups.append([cur])
            else:
                groups[-1].append(cur)
        elif gap > lh * 1.2 or _would_fit(prev, cur, right, lh):
            groups.append([cur])
        else:
            groups[-1].append(cur)
    return groups


def paragraph_text(group: list[Line]) -> str:
    text = group[0].text.strip()
    for ln in group[1:]:
        nxt = ln.text.strip()
        if nxt:
            text = _join(text, nxt) if text else nxt
    return text


def continues(prev_group: list[Line], next_group: list[Line], right: float) -> bool:
    """Whether a paragraph runs on from the end of one column or page to the start of the next."""
    last = prev_group[-1]
    first = next_group[0].text.strip()
    if not first or _starts_block(first):
        return False
    if last.text.rstrip().endswith(_SENTENCE_END):
        return False
    return not _would_fit(last, next_group[0], right) or first[:1].islower()


def page_paragraphs(lines: list[Line], width: float) -> list[list[Line]]:
    """A page's paragraphs in reading order, joined across its columns."""
    groups: list[list[Line]] = []
    prev_right = 0.0
    for block in split_columns(lines, width):
        block_groups = paragraphs(block)
        if not block_groups:
            continue
        if groups and continues(groups[-1], block_groups[0], prev_right):
            groups[-1].extend(block_groups[0])
            block_groups = block_groups[1:]
        groups.extend(block_groups)
        prev_right = right_edge(block)
    return groups


def right_edge(lines: list[Line]) -> float:
    """Where the lines of a block end when they are full (a high percentile, robust to stray boxes)."""
    return sorted(ln.x1 for ln in lines)[int(len(lines) * 0.9)] if lines else 0.0


def join_text(a: str, b: str) -> str:
    return _join(a, b)
