"""Document language: Japanese, English or a mix, from the share of Japanese characters."""

from __future__ import annotations

import re

from aicc.models import DocLanguage

_JA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")
_LATIN = re.compile(r"[A-Za-z]")

# One Japanese character carries roughly as much text as 2.5 Latin letters.
_LATIN_WEIGHT = 1 / 2.5


def detect_language(text: str) -> DocLanguage:
    """``ja`` or ``en`` when one script holds over 85 % of the weighted letters, else ``mixed``."""
    if len(text) > 60_000:  # a spread sample is as good and much faster
        step = len(text) // 6
        text = "".join(text[i : i + 10_000] for i in range(0, len(text), step))
    ja = len(_JA.findall(text))
    en = len(_LATIN.findall(text)) * _LATIN_WEIGHT
    total = ja + en
    if total == 0:
        return "en"
    share = ja / total
    if share >= 0.85:
        return "ja"
    if share <= 0.15:
        return "en"
    return "mixed"
