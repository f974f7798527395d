"""Defined terms: 「X」とは…をいう, "X" means …, (以下「X」という), (hereinafter "X")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from aicc.models import Definition

_Q_OPEN = "\"“”'‘"
_Q_CLOSE = "\"”“'’"

_JA_MEANS = re.compile(
    r"「([^「」\n]{1,40})」(?:とは|は)、?[^。\n]{0,400}?(?:をいう|をいい|を意味する|を意味し|を指す|をいいます|とする)[^。\n]{0,200}?。"
)
_JA_HEREAFTER = re.compile(
    r"[（(](?:以下[、,]?|本契約において|本規約において|以下本契約において)[^（）()「」\n]{0,20}?"
    r"((?:「[^「」\n]{1,30}」(?:[、,]|又は|または|もしくは|及び|および|と)?)+)[^（）()\n]{0,20}?[）)]"
)
_EN_MEANS = re.compile(
    r"[\"“]([^\"“”\n]{1,60})[\"”]\s+(?:shall\s+)?(?:means?|has\s+the\s+meaning|shall\s+have\s+the\s+meaning|refers?\s+to|includes?|is\s+defined\s+as)\b"
)
# a term set in bold, not in quotes, opening its line: "4.1 **Predictions** means …" (the Markdown
# emphasis is gone from the extracted text, so the capitalised words before "means" are the term)
_EN_BARE_MEANS = re.compile(
    r"^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+|\([a-z0-9]{1,4}\)[ \t]+)?"
    r"((?!(?:This|These|That|The|It|Each|Any|No|Nothing|Such|Which|What)\b)[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,4})"
    r"[ \t]+means\b",
    re.MULTILINE,
)
_EN_PAREN = re.compile(r"\(([^()\n]{1,240})\)")
_EN_PAREN_BODY = re.compile(
    r"^(?:(?:each|individually|collectively|together|jointly)?,?\s*(?:a|an|the)?\s*"
    r"(?:hereinafter|herein(?:after)?\s+referred\s+to\s+as|referred\s+to\s+(?:herein\s+|hereinafter\s+)?as|as\s+so\s+called|called)?\s*(?:the\s+|a\s+|an\s+)?)?"
    r"[\"“]([^\"“”]{1,60})[\"”]"
    # the next name after a separator, or right after a closing quote that holds the comma
    # (American style: ("PulseForge," "we," "us" or "our"))
    r"((?:\s*(?:(?:,|;|or|and|and/or)\s*|(?<=,[\"”])\s+)(?:the\s+|a\s+|an\s+)?[\"“][^\"“”]{1,40}[\"”])*)"
    r"\s*(?:,?\s*(?:as\s+applicable|respectively|as\s+the\s+case\s+may\s+be|and\s+collectively[^)]*|each\s+a[^)]*))?\s*$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“]([^\"“”]{1,60})[\"”]")
_JA_QUOTED = re.compile(r"「([^「」]{1,30})」")
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z(\"“]|\s*$)|\n|;(?=\s)")
_BOUNDARY_JA = "。、，,\n）)」』"
_BOUNDARY_EN = "\n;:()"


@dataclass(frozen=True)
class TermSpan:
    """A defined term with every alias defined alongside it (("Company", "we", "us"))."""

    terms: tuple[str, ...]
    start: int  # start of the defining phrase (the name before the parenthesis)
    paren_start: int
    end: int


def _back_to_boundary(text: str, pos: int, boundaries: str, limit: int = 200) -> int:
    start = pos
    lower = max(0, pos - limit)
    while start > lower and text[start - 1] not in boundaries:
        start -= 1
    while start < pos and text[start] in " \t\u3000":
        start += 1
    for particle in ("及び", "および", "並びに", "と"):
        if text.startswith(particle, start) and start + len(particle) < pos:
            return start + len(particle)
    return start


def _bare(term: str) -> str:
    """A quoted term without Markdown emphasis or the comma American style puts inside the quotes:
    ("**Customer**") and ("Customer,") name Customer."""
    return term.strip().strip("*_").strip().rstrip(",;").strip()


def hereafter_terms(text: str) -> list[TermSpan]:
    """Terms introduced in parentheses after the thing they name, in text order."""
    found: list[TermSpan] = []
    for m in _JA_HEREAFTER.finditer(text):
        terms = tuple(t for t in _JA_QUOTED.findall(m.group(1)))
        start = _back_to_boundary(text, m.start(), _BOUNDARY_JA)
        found.append(TermSpan(terms, start, m.start(), m.end()))
    for m in _EN_PAREN.finditer(text):
        body = m.group(1).strip()
        if not _EN_PAREN_BODY.match(body):
            continue
        terms = tuple(_bare(t) for t in _QUOTED.findall(body))
        if not terms:
            continue
        start = _back_to_boundary(text, m.start(), _BOUNDARY_EN)
        found.append(TermSpan(terms, start, m.start(), m.end()))
    found.sort(key=lambda t: t.paren_start)
    return found


def find_definitions(text: str) -> list[Definition]:
    """Every defined term with the span that defines it; ``text[start:end] == definition.text``."""
    out: list[Definition] = []
    seen: set[tuple[str, int]] = set()

    def add(term: str, start: int, end: int) -> None:
        term = _bare(term)
        while end > start and text[end - 1] in " \t\n":
            end -= 1
        if not term or end <= start or (term, start) in seen:
            return
        seen.add((term, start))
        out.append(Definition(term=term, text=text[start:end], start=start, end=end))

    for m in _JA_MEANS.finditer(text):
        add(m.group(1), m.start(), m.end())

    def sentence_end(after: int) -> int:
        tail = _SENTENCE_END.search(text, after)
        if tail is None:
            return len(text)
        return tail.start() if text[tail.start()] == "\n" else tail.end()

    for m in _EN_MEANS.finditer(text):
        add(m.group(1), m.start(), min(sentence_end(m.end()), m.start() + 2000))
    for m in _EN_BARE_MEANS.finditer(text):
        add(m.group(1), m.start(1), min(sentence_end(m.end()), m.start(1) + 2000))
    for span in hereafter_terms(text):
        for term in span.terms:
            add(term, span.start, span.end)
    out.sort(key=lambda d: (d.start, d.term))
    return out
