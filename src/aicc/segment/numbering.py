"""Clause numbers at the start of a line, Japanese and English.

``read_markers(line)`` returns every plausible reading of the number that opens
a line (``(i)`` may be a roman numeral or the letter after ``(h)``); the clause
builder picks the reading that continues the numbering already open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FULLWIDTH_DIGITS = str.maketrans(
    "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ", "0123456789abcdefghijklmnopqrstuvwxyz"
)
_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

# Rank orders the strong (structural) styles: a lower rank encloses a higher one.
RANK_SCHEDULE = 0
RANK_CHAPTER = 1
RANK_ARTICLE = 2
RANK_DECIMAL = 3  # plus depth
RANK_WEAK = 100


@dataclass(frozen=True)
class Marker:
    """One reading of a clause number: its style, its value in that style and how it shows."""

    style: str
    value: int
    label: str  # the number as written, e.g. "第3条", "(a)", "Section 5.2"
    token: str  # the id part, e.g. "3", "(a)", "5.2"
    strong: bool
    rank: int
    end: int  # offset in the line where the number ends
    parent_number: str | None = None  # "5" for a decimal 5.2


def kanji_to_int(text: str) -> int | None:
    """Kanji numerals up to 9999 (十, 二十三, 百五) and plain digits."""
    text = text.translate(FULLWIDTH_DIGITS)
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    units = {"十": 10, "百": 100, "千": 1000}
    for ch in text:
        if ch in _KANJI_DIGITS:
            current = _KANJI_DIGITS[ch]
        elif ch in units:
            total += (current or 1) * units[ch]
            current = 0
        else:
            return None
    return total + current


def roman_to_int(text: str) -> int | None:
    text = text.lower()
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN[ch]
        if i + 1 < len(text) and _ROMAN[text[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def alpha_to_int(text: str) -> int | None:
    """a=1 … z=26, aa=27 (the (aa) that follows (z))."""
    text = text.lower()
    if len(text) == 1 and "a" <= text <= "z":
        return ord(text) - 96
    if len(text) == 2 and text[0] == text[1] and "a" <= text[0] <= "z":
        return 26 + ord(text[0]) - 96
    return None


_KNUM = "0-9０-９〇一二三四五六七八九十百"
_SP = r"[ \t\u3000]"
_AFTER = rf"(?={_SP}|$|[（(「])"

_JA_CHAPTER = re.compile(rf"第([{_KNUM}]+)章{_AFTER}")
_JA_SECTION = re.compile(rf"第([{_KNUM}]+)節{_AFTER}")
_JA_ARTICLE = re.compile(rf"第([{_KNUM}]+)条(?:の([{_KNUM}]+))?(?={_SP}|$|[（(「【]|[^\s、。をにはがのでとも])")
_SCHEDULE = re.compile(
    rf"(別紙|別表|別添|付属書類?|添付資料)({_SP}?[{_KNUM}A-Za-zＡ-Ｚ]*)(?=$|{_SP}|[（(「:：])"
    r"|(EXHIBIT|Exhibit|SCHEDULE|Schedule|APPENDIX|Appendix|ANNEX|Annex|ATTACHMENT|Attachment)"
    r"(?:[ \t]+([A-Z0-9]{1,4}(?:-\d+)?|[IVX]{1,5}))?\.?(?=$|[ \t]|[:–—-])"
)
_EN_ARTICLE = re.compile(r"(ARTICLE|Article)[ \t]+(\d{1,3}|[IVXLC]{1,7})\b\.?")
_EN_SECTION = re.compile(r"(SECTION|Section|§)[ \t]*(\d{1,3}(?:\.\d{1,3}){0,3})\b\.?")
_DECIMAL = re.compile(r"([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){0,3})([.．)]?)(?=[ \t\u3000]|$)")
_PAREN = re.compile(
    r"[(（]([0-9０-９]{1,3}|[a-zａ-ｚ]{1,2}|[A-Z]|[ivxlc]{1,6}|[IVX]{1,5}|[一二三四五六七八九十]{1,3}|[イロハニホヘトチリヌルヲ])[)）]"
)
_RPAREN = re.compile(r"([0-9]{1,2}|[a-z]|[ivx]{1,4})\)(?=[ \t\u3000])")
_LETTER_DOT = re.compile(r"([A-Z]|[a-z])\.(?=[ \t\u3000])")
_KANJI_ITEM = re.compile(r"([一二三四五六七八九十]{1,3})(?=[ \t\u3000、．.])")
_IROHA_ITEM = re.compile(rf"([{_IROHA}])(?=[ \t\u3000．.])")


def _norm_digits(text: str) -> str:
    return text.translate(FULLWIDTH_DIGITS).replace("．", ".")


def read_markers(line: str) -> list[Marker]:
    """Every reading of the clause number that opens ``line`` (already stripped on the left)."""
    if not line:
        return []
    first = line[0]
    out: list[Marker] = []
    if first == "第":
        m = _JA_CHAPTER.match(line)
        if m and (v := kanji_to_int(m.group(1))) is not None:
            return [Marker("ja-chapter", v, m.group(0), f"ch{v}", True, RANK_CHAPTER, m.end())]
        m = _JA_SECTION.match(line)
        if m and (v := kanji_to_int(m.group(1))) is not None:
            return [Marker("ja-section", v, m.group(0), f"s{v}", True, RANK_CHAPTER + 0, m.end())]
        m = _JA_ARTICLE.match(line)
        if m and (v := kanji_to_int(m.group(1))) is not None:
            token, value = str(v), v * 100
            if m.group(2) and (sub := kanji_to_int(m.group(2))) is not None:
                token, value = f"{v}-{sub}", v * 100 + sub
            return [Marker("ja-article", value, m.group(0), token, True, RANK_ARTICLE, m.end())]
        return []
    m = _SCHEDULE.match(line)
    if m:
        tail = (m.group(2) or m.group(4) or "").strip()
        tail = _norm_digits(tail)
        kanji = kanji_to_int(tail) if tail else None
        token = "sch" + (f"-{kanji if kanji is not None else tail}" if tail else "")
        return [Marker("schedule", 0, m.group(0).strip(), token, True, RANK_SCHEDULE, m.end())]
    m = _EN_ARTICLE.match(line)
    if m:
        raw = m.group(2)
        v = int(raw) if raw.isdigit() else roman_to_int(raw)
        if v is not None:
            return [Marker("en-article", v, m.group(0).rstrip("."), str(v), True, RANK_ARTICLE, m.end())]
    m = _EN_SECTION.match(line)
    if m:
        number = m.group(2)
        parts = number.split(".")
        parent = ".".join(parts[:-1]) or None
        style = f"dec-{len(parts)}"
        return [
            Marker(
                style, int(parts[-1]), m.group(0).rstrip("."), number, True, RANK_DECIMAL + len(parts), m.end(), parent
            )
        ]
    if first in "0123456789０１２３４５６７８９":
        m = _DECIMAL.match(line)
        if m:
            number = _norm_digits(m.group(1)).rstrip(".")
            parts = [p for p in number.split(".") if p]
            terminator = m.group(2)
            if len(parts) == 1:
                if terminator == ")":
                    out.append(
                        Marker("num-rparen", int(parts[0]), m.group(0), f"({parts[0]})", False, RANK_WEAK, m.end())
                    )
                elif terminator:
                    out.append(Marker("dec-1", int(parts[0]), m.group(0), parts[0], False, RANK_DECIMAL + 1, m.end()))
                else:
                    out.append(Marker("num-bare", int(parts[0]), m.group(0), parts[0], False, RANK_WEAK, m.end()))
            elif terminator != ")":
                parent = ".".join(parts[:-1])
                out.append(
                    Marker(
                        f"dec-{len(parts)}",
                        int(parts[-1]),
                        m.group(0),
                        ".".join(parts),
                        len(parts) > 1,
                        RANK_DECIMAL + len(parts),
                        m.end(),
                        parent,
                    )
                )
        return out
    if first in "(（":
        m = _PAREN.match(line)
        if m:
            raw = _norm_digits(m.group(1))
            if raw.isdigit():
                out.append(Marker("paren-num", int(raw), m.group(0), f"({raw})", False, RANK_WEAK, m.end()))
            elif (k := kanji_to_int(raw)) is not None and not raw.isascii():
                out.append(Marker("paren-kanji", k, m.group(0), f"({k})", False, RANK_WEAK, m.end()))
            elif raw in _IROHA:
                out.append(
                    Marker("paren-iroha", _IROHA.index(raw) + 1, m.group(0), f"({raw})", False, RANK_WEAK, m.end())
                )
            else:
                if raw.islower() and (a := alpha_to_int(raw)) is not None:
                    out.append(Marker("paren-alpha", a, m.group(0), f"({raw})", False, RANK_WEAK, m.end()))
                if raw.islower() and (r := roman_to_int(raw)) is not None:
                    out.append(Marker("paren-roman", r, m.group(0), f"({raw})", False, RANK_WEAK, m.end()))
                if raw.isupper() and (a := alpha_to_int(raw)) is not None:
                    out.append(Marker("paren-ALPHA", a, m.group(0), f"({raw})", False, RANK_WEAK, m.end()))
                if raw.isupper() and (r := roman_to_int(raw)) is not None:
                    out.append(Marker("paren-ROMAN", r, m.group(0), f"({raw})", False, RANK_WEAK, m.end()))
        return out
    if first in _CIRCLED:
        return [
            Marker("circled", _CIRCLED.index(first) + 1, first, f"({_CIRCLED.index(first) + 1})", False, RANK_WEAK, 1)
        ]
    m = _RPAREN.match(line)
    if m:
        raw = m.group(1)
        if (a := alpha_to_int(raw)) is not None:
            out.append(Marker("alpha-rparen", a, m.group(0), f"({raw})", False, RANK_WEAK, m.end()))
        if (r := roman_to_int(raw)) is not None:
            out.append(Marker("roman-rparen", r, m.group(0), f"({raw})", False, RANK_WEAK, m.end()))
        return out
    m = _LETTER_DOT.match(line)
    if m:
        raw = m.group(1)
        style = "ALPHA-dot" if raw.isupper() else "alpha-dot"
        letter = alpha_to_int(raw)
        if letter is not None:
            out.append(Marker(style, letter, m.group(0), f"({raw})", False, RANK_WEAK, m.end()))
        if (r := roman_to_int(raw)) is not None:
            out.append(
                Marker(
                    style.replace("alpha", "roman").replace("ALPHA", "ROMAN"),
                    r,
                    m.group(0),
                    f"({raw})",
                    False,
                    RANK_WEAK,
                    m.end(),
                )
            )
        return out
    m = _KANJI_ITEM.match(line)
    if m and (k := kanji_to_int(m.group(1))) is not None:
        return [Marker("kanji", k, m.group(1), f"({k})", False, RANK_WEAK, m.end())]
    m = _IROHA_ITEM.match(line)
    if m:
        return [Marker("iroha", _IROHA.index(m.group(1)) + 1, m.group(1), f"({m.group(1)})", False, RANK_WEAK, m.end())]
    return out
