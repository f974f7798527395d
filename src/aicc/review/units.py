"""Scoring units: the sentences of a contract, with exact offsets into the document text.

The review judges sentence by sentence, so that a quote is short enough to read and
precise enough to be the evidence. Each unit remembers its document, clause and page,
and ``document.text[start:end] == unit.text`` always holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from aicc.models import Clause, Document
from aicc.segment.numbering import read_markers

# Sentence ends: Japanese 。 (or ！？), English . ; ? ! before a capital or an opening mark,
# and blank lines / line breaks. Abbreviations such as "Inc." are rare enough before a
# capital letter in the middle of a clause that a slightly short unit does no harm.
_JA_END = re.compile(r"(?<=[。！？])|\n")
_EN_END = re.compile(r"(?<=[.;!?])\s+(?=[\"“(A-Z0-9])|\n")
_ABBREV = re.compile(r"\b(?:Inc|Ltd|Co|Corp|No|Art|Sec|e\.g|i\.e|etc|U\.S|Mr|Ms|Dr|vs|cf)\.$", re.IGNORECASE)
_MIN_CHARS = 6
# A heading on its own ("Confidentiality", 「第13条(本成果物の権利帰属)」) is not a clause to judge
_HEADING_ONLY = re.compile(
    r"^(?:#+\s*)?(?:\d+(?:\.\d+)*\.?\s*)?(?:[A-Za-z][\w'’&/-]*[,;]?\s*){1,4}$"
    r"|^第[0-9０-９一二三四五六七八九十百]+条\s*(?:[(（][^)）]{0,30}[)）])?$|^[(（]?[^。、,.\s]{1,12}[)）]?$"
)
_MAX_CHARS = 1200
_JA_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@dataclass(frozen=True)
class Unit:
    document: int
    start: int
    end: int
    text: str
    clause: str | None
    clause_heading: str | None
    page: int
    lang: str
    # a condition an earlier sentence of the same clause set for this one ("On termination, …")
    context: str = ""

    @cached_property
    def rule_text(self) -> str:
        """The text the rules read: the clause's carried condition, then the sentence, where a 。
        inside brackets (「…をいう。」, （…を含む。）) does not end it (it is written ． there, so a
        rule bounded by [^。] reads across it)."""
        text = inner_stops(self.text) if self.lang == "ja" else self.text
        return f"{self.context} {text}" if self.context else text


def inner_stops(text: str) -> str:
    """``text`` with each 。 that stands inside brackets replaced by ．."""
    if "。" not in text:
        return text
    out = []
    depth = 0
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth > 0:
            depth -= 1
        out.append("．" if ch == "。" and depth > 0 else ch)
    return "".join(out)


def text_lang(text: str) -> str:
    """ja when a meaningful share of the characters are Japanese, else en."""
    if not text:
        return "en"
    ja = len(_JA_CHAR.findall(text))
    return "ja" if ja >= max(3, len(text) * 0.15) else "en"


_OPEN = "(（「『【"
_CLOSE = ")）」』】"


def inside_brackets(text: str, start: int, cut: int) -> bool:
    """True when ``cut`` falls inside a bracket opened since ``start`` (「…。」, (…を含む。))."""
    depth = 0
    for ch in text[start:cut]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth > 0:
            depth -= 1
    return depth > 0


def _split_spans(text: str, base: int, lang: str) -> list[tuple[int, int]]:
    splitter = _JA_END if lang == "ja" else _EN_END
    spans: list[tuple[int, int]] = []
    pos = 0
    pending = 0
    for match in splitter.finditer(text):
        cut = match.start()
        if cut <= pos:
            continue
        if lang == "ja" and match.group(0) != "\n" and inside_brackets(text, pending, cut):
            continue
        if lang != "ja" and match.group(0) != "\n" and _ABBREV.search(text[pending:cut]):
            continue
        spans.append((pending, cut))
        pending = match.end() if match.group(0).strip() == "" else cut
        pos = pending
    spans.append((pending, len(text)))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        # cut very long runs (tables, lists without punctuation) into readable pieces
        while end - start > _MAX_CHARS:
            cut = text.rfind(" ", start, start + _MAX_CHARS)
            cut = cut if cut > start + _MAX_CHARS // 2 else start + _MAX_CHARS
            out.append((base + start, base + cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end - start >= _MIN_CHARS:
            out.append((base + start, base + end))
    return out


def _page_of(doc: Document) -> tuple[list[int], list[int]]:
    starts = [page.start for page in doc.pages]
    numbers = [page.number for page in doc.pages]
    return starts, numbers


def document_units(doc: Document, index: int) -> list[Unit]:
    """Split a document into sentence units, inside its clauses where ingest found them."""
    starts, numbers = _page_of(doc)

    def page(offset: int) -> int:
        if not starts:
            return 1
        i = bisect_right(starts, offset) - 1
        return numbers[max(i, 0)]

    regions: list[tuple[int, int, Clause | None]] = []
    parents = {c.parent for c in doc.clauses if c.parent is not None}
    leaves = [c for c in doc.clauses if c.id not in parents]
    if leaves:
        covered = 0
        for leaf in sorted(leaves, key=lambda c: c.start):
            if leaf.start > covered:
                regions.append((covered, leaf.start, None))
            regions.append((leaf.start, leaf.end, leaf))
            covered = max(covered, leaf.end)
        if covered < len(doc.text):
            regions.append((covered, len(doc.text), None))
    else:
        regions.append((0, len(doc.text), None))

    by_id = {c.id: c for c in doc.clauses}
    units: list[Unit] = []
    for start, end, clause in regions:
        chunk = doc.text[start:end]
        if not chunk.strip():
            continue
        top: Clause | None = clause
        while top is not None and top.parent is not None and top.parent in by_id:
            top = by_id[top.parent]
        heading = (clause.heading if clause is not None and clause.heading else None) or (
            top.heading if top is not None else None
        )
        # a heading that names the end of the contract ("Return and Deletion after Termination", 「契約終了時の措置」)
        # sets that condition for every sentence under it
        ending = _ENDING_HEADING.search(heading or "")
        carried = ending.group(0) + ("、" if text_lang(chunk) == "ja" else ",") if ending else ""
        for s, e in _split_spans(chunk, start, text_lang(chunk)):
            if _HEADING_ONLY.match(doc.text[s:e]):
                continue
            sentence = doc.text[s:e]
            condition = _CARRIED.match(sentence)
            units.append(
                Unit(
                    document=index,
                    start=s,
                    end=e,
                    text=sentence,
                    clause=clause.id if clause is not None else None,
                    clause_heading=heading,
                    page=page(s),
                    lang=text_lang(sentence),
                    context="" if condition else carried,
                )
            )
            if condition and clause is not None:
                carried = condition.group("condition")
    return units


# A heading about what happens when the contract ends: "Return and Deletion after Termination", "Effect of
# Termination", 「契約終了時の措置」「終了後のデータの取扱い」
_ENDING_HEADING = re.compile(
    r"\b(?:(?:after|upon|on|following)\s+(?:termination|expiry|expiration)|effect\s+of\s+(?:termination|expiry))\b"
    r"|(?:契約)?(?:終了|解約|解除)(?:時|後)",
    re.IGNORECASE,
)
# A clause that opens with the end of the contract sets that condition for its next sentences:
# "8.4 Effect. On termination or expiry, …. Provider will then delete …", 「本契約が終了した場合、…。」
_CARRIED = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:\*\*[^*]{1,40}\*\*\s*|[A-Z][\w ]{1,30}\.\s+)?"
    r"(?P<condition>(?:On|Upon|After|Following)\s+(?:the\s+)?(?:termination|expiry|expiration)\b[^,.;]{0,60},"
    r"|(?:本契約|利用契約|個別契約|契約)が(?:終了|解除|解約)(?:し|され)た(?:場合|とき)(?:に)?(?:は)?、)",
)


def line_unit(text: str, lang: str | None = None) -> Unit:
    """A single clause or sentence given on its own (``aicc classify``)."""
    return Unit(
        document=0,
        start=0,
        end=len(text),
        text=text,
        clause=None,
        clause_heading=None,
        page=1,
        lang=lang or text_lang(text),
    )


# A sentence that announces a list: "… if any of the following happens:", 「次の各号のいずれかに該当する場合」
_LIST_INTRO = re.compile(r"[:：]\s*$|(?:次|以下|下記)の(?:各号|いずれか|事由)", re.IGNORECASE)
_PROVISO = re.compile(r"\s*(?:ただし|但し|なお|provided\b|however\b)", re.IGNORECASE)
_BULLETS = "・•*-"


def _is_list_item(text: str) -> bool:
    """A bullet, or a sub-item number ingest's numbering reads ((a) (iv) （１） a) 一): not a strong
    number (第3条, Section 5) nor a paragraph number (1. 2)."""
    line = text.lstrip()
    if line[:1] in _BULLETS:
        return True
    return any(not m.strong and m.style != "num-bare" and not m.style.startswith("dec-") for m in read_markers(line))


@dataclass(frozen=True)
class Lists:
    """The lists of a contract: for a sentence that announces one ("… if any of the following
    happens:", 「次の各号のいずれかに該当する場合」), the text of its items; for an item, that
    sentence. Both keyed by the unit's (document, start)."""

    items: dict[tuple[int, int], str]
    lead: dict[tuple[int, int], str]

    def items_after(self, unit: Unit) -> str:
        return self.items.get((unit.document, unit.start), "")

    def lead_of(self, unit: Unit) -> str:
        return self.lead.get((unit.document, unit.start), "")


# A table row as ingest writes it: Markdown "| a | b |", or cells separated by tabs (DOCX, HTML)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|\S\t+\S")
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")
_MAX_ROWS = 200


def _table_rows(units: list[Unit], i: int) -> list[Unit]:
    """The rows under the header row ``units[i]`` (the first row of a table), separators skipped."""
    rows = []
    for following in units[i + 1 : i + 1 + _MAX_ROWS]:
        if following.document != units[i].document or not _TABLE_ROW.search(following.text):
            break
        if not _TABLE_RULE.match(following.text):
            rows.append(following)
    return rows


def find_lists(units: list[Unit]) -> Lists:
    """What a clause "for any of the following reasons:" really allows is in its items, and what
    an item such as 「（2）当社のモデルの改良」 allows is in the sentence that announced it. A table
    is read the same way: its header row announces the rows under it."""
    items: dict[tuple[int, int], str] = {}
    lead: dict[tuple[int, int], str] = {}
    for i, unit in enumerate(units):
        header = _TABLE_ROW.search(unit.text) is not None and not (
            i > 0 and units[i - 1].document == unit.document and _TABLE_ROW.search(units[i - 1].text)
        )
        if header:
            rows = _table_rows(units, i)
            for row in rows:
                lead[(row.document, row.start)] = unit.text
            if rows:
                items[(unit.document, unit.start)] = "\n".join(row.text for row in rows)
            continue
        if not _LIST_INTRO.search(unit.text):
            continue
        found = []
        start = i + 1
        # a proviso between the announcement and its items: 「…含まれない。ただし、…適用しない。」
        if start < len(units) and units[start].document == unit.document and _PROVISO.match(units[start].text):
            start += 1
        for following in units[start : start + 15]:
            if following.document != unit.document or not _is_list_item(following.text):
                break
            found.append(following.text)
            lead[(following.document, following.start)] = unit.text
        if found:
            items[(unit.document, unit.start)] = "\n".join(found)
    return Lists(items, lead)
