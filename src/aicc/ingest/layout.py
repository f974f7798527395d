"""Page layout from line boxes: running headers and footers, page numbers, columns, and
joining wrapped lines into paragraphs (hyphenation repaired, no spaces inside Japanese)."""

from __future__ import annotations

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
            if in_margin and n >= 3 and counts[_key(ln.text)] >= threshold:
                continue
            kept.append(ln)
        out.append(kept)
    return out


def order_columns(lines: list[Line], width: float) -> list[Line]:
    """Reading order for a two-column page: the left column, then the right one."""
    if len(lines) < 8:
        return lines
    mid = width / 2
    left = [ln for ln in lines if ln.x1 <= mid + width * 0.02]
    right = [ln for ln in lines if ln.x0 >= mid - width * 0.02]
    spanning = [ln for ln in lines if ln.x0 < mid - width * 0.02 and ln.x1 > mid + width * 0.02]
    if len(left) < 0.3 * len(lines) or len(right) < 0.3 * len(lines) or len(spanning) > 0.2 * len(lines):
        return lines
    column_top = min(ln.top for ln in left + right)
    head = sorted((ln for ln in spanning if ln.top < column_top), key=lambda ln: ln.top)
    tail = sorted((ln for ln in spanning if ln.top >= column_top), key=lambda ln: ln.top)
    by_top = sorted(left, key=lambda ln: (ln.top, ln.x0)) + sorted(right, key=lambda ln: (ln.top, ln.x0))
    return head + by_top + tail


def _join(a: str, b: str) -> str:
    if a.endswith("-") and len(a) > 1 and a[-2].isalpha() and b[:1].islower():
        return a[:-1] + b
    if is_cjk(a[-1]) or is_cjk(b[0]):
        return a + b
    return a + " " + b


def _starts_block(text: str) -> bool:
    return bool(read_markers(text)) or text.startswith(("WHEREAS", "（", "【", "・", "•", "●", "■", "□"))


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Group a page's lines into paragraphs."""
    if not lines:
        return []
    heights = sorted(ln.bottom - ln.top for ln in lines)
    lh = max(heights[len(heights) // 2], 1.0)
    right = sorted(ln.x1 for ln in lines)[int(len(lines) * 0.9)]
    left = sorted(ln.x0 for ln in lines)[int(len(lines) * 0.1)]
    width = max(right - left, 1.0)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, cur in zip(lines, lines[1:], strict=False):
        gap = cur.top - prev.bottom
        new_column = cur.top < prev.top - lh  # moved up: the next column
        short = prev.x1 < right - width * 0.12
        ends = prev.text.rstrip().endswith(_SENTENCE_END)
        if new_column and not short and not ends and not _starts_block(cur.text):
            groups[-1].append(cur)
            continue
        if gap > lh * 0.9 or new_column or _starts_block(cur.text) or (short and (ends or is_cjk(prev.text[-1]) or len(prev.text) < 60)):
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
    """Whether a paragraph runs on from the end of one page to the start of the next."""
    last = prev_group[-1]
    first = next_group[0].text.strip()
    if not first or _starts_block(first):
        return False
    if last.text.rstrip().endswith(_SENTENCE_END):
        return False
    return last.x1 >= right * 0.85 or first[:1].islower()


def join_text(a: str, b: str) -> str:
    return _join(a, b)
