"""Clauses from numbered lines: a stack of open numbering styles, checked by sequence.

A line opens a clause when its number continues a numbering already open
(``(b)`` after ``(a)``, ``第4条`` after ``第3条``) or starts a new, deeper one at
its first value (``(a)``, ``(1)``, ``一``, ``①``). Each clause spans from its
number (or the bracketed heading just above it) to the next clause at the same
or a higher level. Text before the first clause is the preamble; WHEREAS
paragraphs and a RECITALS block are recitals; 別紙/Exhibit open schedules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from aicc.models import Clause, Page
from aicc.segment.numbering import RANK_WEAK, Marker, read_markers

_INDENT = " \t\u3000"
_JA_HEADING_LINE = re.compile(r"^[（(【]([^（）()【】\n]{1,30})[）)】]$")
_TOC_LINE = re.compile(r"(\.{4,}|…{2,}|・{4,}|\s{3,})\s*\d{1,3}$")
_CLOSING = re.compile(
    r"^(IN WITNESS WHEREOF|In Witness Whereof|IN WITNESS THEREOF|本契約締結の証として|本契約の成立を証するため|"
    r"以上の合意を証するため|上記合意の証として|以\s*上$)"
)
_RECITALS_HEAD = re.compile(
    r"^(RECITALS|Recitals|BACKGROUND|Background|W\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H|Witnesseth|PREAMBLE)\s*[:.]?$"
)
_WHEREAS = re.compile(r"^(WHEREAS|Whereas)\b")
_RECITALS_END = re.compile(
    r"(NOW,? THEREFORE|Now,? [Tt]herefore|agree as follows|AGREED AS FOLLOWS|^AGREEMENT$|^TERMS AND CONDITIONS$)"
)
_EN_HEADING_INLINE = re.compile(r"^[ \t]*[-–—:]?[ \t]*([A-Z][A-Za-z'’&/,\- ]{1,80}?)[.:](?=[ \t]|$)")
_CAPS_LINE = re.compile(r"^[A-Z0-9][A-Z0-9 ,'’&/\-–—()]{2,80}$")
_JA_INLINE_HEADING = re.compile(r"^[ \t\u3000]*[（(【]([^（）()【】\n]{1,30})[）)】]")


ClauseKind = Literal["preamble", "recital", "clause", "schedule"]


@dataclass
class _Open:
    marker: Marker
    index: int  # index into the clause list
    id: str


@dataclass
class _Line:
    start: int  # first non-blank character
    end: int
    text: str  # stripped text


@dataclass
class _Draft:
    id: str
    number: str | None
    heading: str | None
    parent: str | None
    level: int
    kind: ClauseKind
    start: int
    children: list[int] = field(default_factory=list)


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.lstrip(_INDENT)
        start = pos + (len(raw) - len(stripped))
        body = stripped.rstrip()
        if body:
            out.append(_Line(start, start + len(body), body))
        pos += len(raw) + 1
    return out


def _accept(marker: Marker, stack: list[_Open]) -> int | None:
    """Where ``marker`` goes: the stack depth it replaces (a sibling) or ``len(stack)`` (a new child)."""
    if marker.style == "schedule":
        return 0  # 別紙/Exhibit always starts again at the top
    for depth, frame in enumerate(stack):
        if frame.marker.style != marker.style:
            continue
        prev = frame.marker.value
        if marker.style.startswith("dec-") and marker.parent_number is not None:
            # 5.2 continues 5.1; 6.1 opens under 6 (checked by the caller's parent match).
            same_parent = frame.marker.parent_number == marker.parent_number
            if same_parent and prev < marker.value <= prev + 3:
                return depth
            if not same_parent and marker.value in (0, 1) and _parent_open(marker, stack[:depth]):
                return depth
            return None
        if marker.strong:
            step = 500 if marker.style == "ja-article" else 5  # 第3条の2 is 302
            return depth if prev < marker.value <= prev + step else None
        if marker.value == prev + 1:
            return depth
        if depth == 0 and marker.value == 1:
            return 0  # a numbering that starts again (a second part or a schedule)
        return None
    # A style not open yet: a new, deeper level.
    if marker.strong:
        if marker.style.startswith("dec-") and marker.parent_number is not None:
            if marker.value in (0, 1) and _parent_open(marker, stack):
                return _insertion_depth(marker, stack)
            if not any(f.marker.strong for f in stack):
                return _insertion_depth(marker, stack)
            return None
        if not any(f.marker.strong for f in stack) or marker.value in (1, 100):
            return _insertion_depth(marker, stack)
        return _insertion_depth(marker, stack) if not any(f.marker.rank == marker.rank for f in stack) else None
    if marker.value == 1:
        return len(stack)
    # A Japanese 項 numbered from 2: the first paragraph of an article carries no number.
    if marker.value == 2 and marker.style in ("num-bare", "circled", "dec-1", "paren-num"):
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth].marker.style == "ja-article":
                return depth + 1
    return None


def _parent_open(marker: Marker, stack: list[_Open]) -> bool:
    if not stack:
        return False
    for frame in stack:
        if frame.marker.token == marker.parent_number or frame.marker.token.rstrip(".") == marker.parent_number:
            return True
    return False


def _insertion_depth(marker: Marker, stack: list[_Open]) -> int:
    """A strong style sits below every open frame of a lower rank."""
    depth = 0
    for i, frame in enumerate(stack):
        if frame.marker.rank < marker.rank and frame.marker.rank < RANK_WEAK:
            depth = i + 1
    return depth


def _choose(markers: list[Marker], stack: list[_Open]) -> tuple[Marker, int] | None:
    # Prefer continuing an open numbering over opening a new one.
    scored: list[tuple[int, Marker, int]] = []
    for marker in markers:
        depth = _accept(marker, stack)
        if depth is not None:
            continuing = depth < len(stack) and stack[depth].marker.style == marker.style
            scored.append((0 if continuing else 1, marker, depth))
    if not scored:
        return None
    scored.sort(key=lambda item: item[0])
    return scored[0][1], scored[0][2]


def _heading_after(marker: Marker, line: str) -> tuple[str | None, bool]:
    """The heading written after the number on the same line, and whether the line is only a heading."""
    rest = line[marker.end :]
    core = rest.strip().lstrip("-–—:：").strip()
    if marker.style in ("ja-article", "ja-chapter", "ja-section") or not core.isascii():
        m = _JA_INLINE_HEADING.match(rest)
        if m:
            after = rest[m.end() :].strip()
            return m.group(1).strip(), not after
        if not marker.strong:
            return None, False
        stripped = rest.strip(" \t\u3000:：")
        if stripped and len(stripped) <= 25 and not re.search(r"[。、はをがに]$|[。]", stripped):
            return stripped, True
        return None, False
    if not core:
        return None, True
    if _CAPS_LINE.match(core) and len(core.split()) <= 10 and any(c.isalpha() for c in core):
        return core.strip(" .:-–—"), True
    m = _EN_HEADING_INLINE.match(core)
    if m and len(m.group(1).split()) <= 8 and _title_case(m.group(1)):
        return m.group(1).strip(), False
    # a whole line in title case with no full stop: "10. Return and Deletion after Termination"
    if len(core.split()) <= 8 and core[-1:].isalpha() and _title_case(core):
        return core, True
    return None, False


_SMALL_WORDS = frozenset(
    {"of", "and", "or", "the", "to", "for", "in", "on", "a", "an", "by", "with", "as", "after", "before", "upon", "at"}
)


def _title_case(phrase: str) -> bool:
    """Every word capitalised but the small ones: "Return and Deletion after Termination"."""
    words = [w for w in phrase.split() if w[:1].isalpha()]
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _opens_the_terms(marker: Marker, body: str) -> bool:
    """A numbered heading ("1. DEFINITIONS", "Article 1 Scope", 「第1条（目的）」) after the recitals:
    the operative terms have begun. A numbered recital is a sentence, not a heading."""
    if marker.style in ("en-article", "ja-article"):
        return True
    if marker.style not in ("dec-1", "num-bare"):
        return False
    heading, _ = _heading_after(marker, body)
    rest = body[marker.end :].strip()
    # a short title on a line of its own: "1. Scope"
    return heading is not None or (0 < len(rest.split()) <= 6 and rest[:1].isupper() and not rest.endswith("."))


def segment_clauses(text: str, pages: list[Page]) -> list[Clause]:
    """The clauses of ``text``; every clause satisfies ``text[c.start:c.end] == c.text``."""
    lines = _lines(text)
    drafts: list[_Draft] = []
    stack: list[_Open] = []
    ids: set[str] = set()
    barriers: list[int] = []  # offsets where every open clause ends (IN WITNESS WHEREOF …)
    in_recitals = False
    recital_no = 0
    pending_heading: tuple[str, int] | None = None  # a （目的） line waiting for its 第N条
    heading_wanted: int | None = None  # index of a clause whose heading is on the next line

    def unique(base: str) -> str:
        candidate, n = base, 2
        while candidate in ids:
            candidate = f"{base}~{n}"
            n += 1
        ids.add(candidate)
        return candidate

    def add_recital(start: int) -> None:
        nonlocal recital_no
        recital_no += 1
        drafts.append(_Draft(unique(f"recital-{recital_no}"), None, None, None, 0, "recital", start))

    for line in lines:
        body = line.text
        seen_clause = any(d.kind in ("clause", "schedule") for d in drafts)
        if _CLOSING.match(body):
            barriers.append(line.start)
            stack.clear()
            in_recitals = False
            pending_heading = None
            continue
        if not seen_clause:
            if _RECITALS_HEAD.match(body):
                in_recitals = True
                continue
            if _WHEREAS.match(body):
                in_recitals = True
                add_recital(line.start)
                continue
            if in_recitals and _RECITALS_END.search(body):
                in_recitals = False
                continue
        if _JA_HEADING_LINE.match(body):
            pending_heading = (_JA_HEADING_LINE.match(body).group(1).strip(), line.start)  # type: ignore[union-attr]
            continue
        if heading_wanted is not None:
            draft = drafts[heading_wanted]
            heading_wanted = None
            if _CAPS_LINE.match(body) and len(body.split()) <= 10 and not read_markers(body):
                draft.heading = body.strip(" .:-–—")
                continue
        if body[-1].isdigit() and _TOC_LINE.search(body):
            pending_heading = None
            continue
        markers = read_markers(body)
        if in_recitals and not seen_clause and markers:
            if not _opens_the_terms(markers[0], body):
                add_recital(line.start)
                continue
            in_recitals = False  # "1. DEFINITIONS": the recitals ended without "NOW, THEREFORE"
        chosen = _choose(markers, stack) if markers else None
        if chosen is None:
            pending_heading = None
            continue
        marker, depth = chosen
        if marker.style == "schedule":
            stack.clear()
            depth = 0
        del stack[depth:]
        parent = stack[-1] if stack else None
        parent_id = parent.id if parent else None
        article = marker.style in ("ja-article", "en-article") and not (parent and parent.marker.style == "schedule")
        if (
            article  # article numbers run on through chapters
            or (marker.style.startswith("dec-") and parent_id and marker.token.startswith(parent_id + "."))
            or (marker.style.startswith("dec-") and marker.parent_number and not parent_id)
            or parent_id is None
        ):
            base = marker.token
        elif marker.token.startswith("("):
            base = parent_id + marker.token
        else:
            base = f"{parent_id}.{marker.token}"
        clause_id = unique(base)
        heading, heading_only = _heading_after(marker, body)
        start = line.start
        if pending_heading is not None and marker.style in ("ja-article", "dec-1", "num-bare") and heading is None:
            heading, start = pending_heading
        pending_heading = None
        kind: ClauseKind = "schedule" if marker.style == "schedule" else "clause"
        drafts.append(_Draft(clause_id, marker.label, heading, parent_id, len(stack) + 1, kind, start))
        if heading is None and heading_only and marker.strong:
            heading_wanted = len(drafts) - 1
        stack.append(_Open(marker, len(drafts) - 1, clause_id))

    if not drafts:
        # no numbering at all (consumer terms, policies): headings on their own lines make the sections
        drafts = [
            _Draft(unique(line.text), None, line.text, None, 1, "clause", line.start)
            for line in _unnumbered_headings(text, lines)
        ]
    return _finish(text, drafts, barriers, pages, lines)


_HEADING_END = re.compile(r"[.。:：;；,、!?！？]$")
_NOT_HEADING = re.compile(r"[0-9０-９:：|]")  # dates, "Last updated: …", table rows


def _unnumbered_headings(text: str, lines: list[_Line]) -> list[_Line]:
    """Short lines that stand alone between blank lines, above a paragraph ("Your content",
    「個人情報の取扱い」); the first line (the title) is not one. None unless there are two."""
    found = []
    for i, line in enumerate(lines[1:], start=1):
        body = line.text
        if not 3 <= len(body) <= 80 or len(body.split()) > 10 or _HEADING_END.search(body) or _NOT_HEADING.search(body):
            continue
        if not body[0].isalpha():
            continue
        alone_before = text[max(0, line.start - 2) : line.start].count("\n") == 2
        alone_after = text[line.end : line.end + 2] == "\n\n"
        if alone_before and alone_after and i + 1 < len(lines) and len(lines[i + 1].text) > len(body):
            found.append(line)
    return found if len(found) >= 2 else []


def _finish(
    text: str, drafts: list[_Draft], barriers: list[int], pages: list[Page], lines: list[_Line]
) -> list[Clause]:
    first_start = drafts[0].start if drafts else None
    out: list[Clause] = []
    page_starts = [p.start for p in pages]

    def page_of(offset: int) -> int:
        if not pages:
            return 1
        i = bisect_right(page_starts, offset) - 1
        return pages[max(i, 0)].number

    def trimmed(start: int, end: int) -> tuple[int, int]:
        while end > start and text[end - 1] in " \t\n\u3000\r":
            end -= 1
        return start, end

    if lines and (first_start is None or lines[0].start < first_start):
        end = first_start if first_start is not None else (barriers[0] if barriers else len(text))
        s, e = trimmed(lines[0].start, end)
        if e > s:
            out.append(Clause(id="preamble", kind="preamble", level=0, text=text[s:e], start=s, end=e, page=page_of(s)))
    for i, draft in enumerate(drafts):
        end = len(text)
        for later in drafts[i + 1 :]:
            if later.level <= draft.level or (later.kind != draft.kind and draft.kind == "recital"):
                end = later.start
                break
        for barrier in barriers:
            if draft.start < barrier < end:
                end = barrier
                break
        s, e = trimmed(draft.start, end)
        out.append(
            Clause(
                id=draft.id,
                number=draft.number,
                heading=draft.heading,
                parent=draft.parent,
                level=draft.level,
                kind=draft.kind,
                text=text[s:e],
                start=s,
                end=e,
                page=page_of(s),
            )
        )
    return out
