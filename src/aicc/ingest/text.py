"""Plain text and Markdown in UTF-8, UTF-16, Shift_JIS, CP932 or EUC-JP."""

from __future__ import annotations

import re

from aicc.errors import IngestError
from aicc.ingest.base import Extracted

_JAPANESE_CODECS = ("cp932", "euc_jp", "iso2022_jp")
_KANA = re.compile(r"[\u3040-\u30ff]")
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_JA_PUNCT = re.compile(r"[、。「」（）・ー]")
_ODD = re.compile(r"[\ue000-\uf8ff\uff61-\uff9f\u0080-\u009f\ufffd]")

_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_MD_CODE_FENCE = re.compile(r"^[ \t]*(```|~~~).*$", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}.*$", re.MULTILINE)


def _japanese_score(text: str) -> float:
    """How much a decode looks like real Japanese: kana, kanji and punctuation, minus odd characters."""
    if not text:
        return 0.0
    good = len(_KANA.findall(text)) * 2 + len(_KANJI.findall(text)) + len(_JA_PUNCT.findall(text))
    bad = len(_ODD.findall(text)) * 5
    return (good - bad) / len(text)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode ``data``; return the text and the encoding. BOMs and strict UTF-8 first, then the
    Japanese legacy codecs scored by how Japanese their result looks, then charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for codec in _JAPANESE_CODECS:
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _japanese_score(decoded)
        if best is None or score > best[0]:
            best = (score, codec, decoded)
    if best is not None and best[0] > 0.2:
        codec, decoded = best[1], best[2]
        if codec == "cp932":
            try:
                if data.decode("shift_jis") == decoded:
                    codec = "shift_jis"
            except UnicodeDecodeError:
                pass
        return decoded, codec
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None or match.encoding is None:
        raise IngestError("cannot tell the text encoding (tried UTF-8, Shift_JIS/CP932, EUC-JP and others)", path)
    return str(match), match.encoding


def strip_markdown(text: str) -> str:
    """Markdown markup out, words kept: headings, emphasis, links, quotes, bullets, rules, fences."""
    text = _MD_CODE_FENCE.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_TABLE_RULE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_BULLET.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_ESCAPE.sub(r"\1", text)


def load_text(data: bytes, path: str, *, markdown: bool = False) -> Extracted:
    text, encoding = decode(data, path)
    if "\x00" in text:
        raise IngestError("this looks like a binary file, not text", path)
    if markdown:
        text = strip_markdown(text)
    pages = text.split("\f") if "\f" in text else [text]
    return Extracted("markdown" if markdown else "text", pages, encoding=encoding)
