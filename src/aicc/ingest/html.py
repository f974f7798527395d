"""HTML through lxml: block elements become lines, list items keep their numbers, scripts go."""

from __future__ import annotations

import re
from typing import Any

from aicc.errors import IngestError
from aicc.ingest.base import Extracted
from aicc.ingest.text import decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACE = re.compile(r"[ \t\r\n\f]+")
_DROP = {"script", "style", "noscript", "template", "head", "nav", "svg", "button", "form", "iframe"}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "blockquote",
    "pre",
    "hr",
    "address",
    "figure",
    "figcaption",
    "body",
    "html",
    "caption",
    "details",
    "summary",
}


def _label(n: int, kind: str) -> str:
    if kind == "a":
        return chr(96 + n) + "." if n <= 26 else f"{n}."
    if kind == "A":
        return chr(64 + n) + "." if n <= 26 else f"{n}."
    if kind in ("i", "I"):
        numerals = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
        label = numerals[n] if n < len(numerals) else str(n)
        return (label.upper() if kind == "I" else label) + "."
    return f"{n}."


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def text(self, value: str, pre: bool = False) -> None:
        if not value:
            return
        if pre:
            parts = value.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.newline()
                self.current.append(part)
        else:
            self.current.append(_SPACE.sub(" ", value))

    def newline(self) -> None:
        line = "".join(self.current).strip()
        if line:
            self.lines.append(line)
        self.current = []


def _walk(el: Any, out: _Writer, pre: bool = False) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.lower().split("}")[-1]
    if tag in _DROP or not isinstance(el.tag, str):
        if el.tail:
            out.text(el.tail, pre)
        return
    block = tag in _BLOCK
    if block:
        out.newline()
    if tag == "br":
        out.newline()
    if tag in ("td", "th") and out.current:
        out.current.append("\t")
    if tag == "li":
        parent = el.getparent()
        if parent is not None and str(parent.tag).lower() == "ol":
            start = int(parent.get("start", "1") or 1) if (parent.get("start") or "1").lstrip("-").isdigit() else 1
            index = [c for c in parent if str(c.tag).lower() == "li"].index(el)
            value = el.get("value")
            n = int(value) if value and value.isdigit() else start + index
            out.text(_label(n, parent.get("type", "1")) + " ")
    if el.text:
        out.text(el.text, pre or tag == "pre")
    for child in el:
        _walk(child, out, pre or tag == "pre")
    if block or tag in ("tr",):
        out.newline()
    if el.tail:
        out.text(el.tail, pre)


def load_html(data: bytes, path: str) -> Extracted:
    import lxml.html
    from lxml.etree import ParserError

    m = _META_CHARSET.search(data[:4096])
    encoding = None
    text: str | None = None
    if m:
        try:
            text, encoding = data.decode(m.group(1).decode("ascii")), m.group(1).decode("ascii").lower()
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text, encoding = decode(data, path)
    text = _XML_DECL.sub("", text)
    try:
        root = lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as exc:
        raise IngestError(f"cannot parse the HTML ({exc})", path) from exc
    out = _Writer()
    _walk(root, out)
    out.newline()
    return Extracted("html", ["\n".join(out.lines)], encoding=encoding)
