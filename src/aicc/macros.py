"""The macros of detection rules, written out for one language.

A rule, in the catalog or in the engine's topics, may open with ``{not:NAME}`` look-alike macros
(``aicc.lookalikes``) and may use ``{phrase:NAME}`` anywhere for a phrase that several rules share
(``data/phrases.yaml``). The party and output macros ``{V}``, ``{U}`` and ``{O}`` depend on the
contract and are left to ``aicc.review.parties``.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from aicc import lookalikes

PHRASE = re.compile(r"\{phrase:([a-z][a-z-]*)\}")


@cache
def phrases() -> dict[str, dict[str, str]]:
    """Each shared phrase, per language (a regular expression)."""
    raw = yaml.safe_load(resources.files("aicc").joinpath("data", "phrases.yaml").read_text(encoding="utf-8"))
    check_phrases(raw)
    return raw


def check_phrases(data: object) -> None:
    """Raise ValueError unless ``data`` maps phrase names to {ja/en: a valid regular expression}."""
    if not isinstance(data, dict) or not data:
        raise ValueError("phrases.yaml: expected a mapping of phrase names")
    for name, by_lang in data.items():
        if not isinstance(name, str) or not PHRASE.fullmatch(f"{{phrase:{name}}}"):
            raise ValueError(f"phrases.yaml: bad phrase name {name!r} (lower-case words joined by '-')")
        if not isinstance(by_lang, dict) or not by_lang or not set(by_lang) <= set(lookalikes.LANGS):
            raise ValueError(f"phrases.yaml: {name}: expected a phrase under 'ja' and/or 'en'")
        for lang, pattern in by_lang.items():
            try:
                re.compile(pattern, re.IGNORECASE if lang == "en" else 0)
            except (re.error, TypeError) as exc:
                raise ValueError(f"phrases.yaml: {name}.{lang}: bad regular expression {pattern!r}: {exc}") from exc


def phrase(name: str, lang: str) -> str:
    """The shared phrase ``name`` for ``lang``. Raises ValueError when there is none."""
    pattern = phrases().get(name, {}).get(lang)
    if pattern is None:
        known = ", ".join(key for key, by_lang in phrases().items() if lang in by_lang)
        raise ValueError(f"unknown phrase {name!r} for {lang} rules (known: {known})")
    return pattern


def expand(rule: str, lang: str) -> str:
    """``rule`` with its ``{not:NAME}`` and ``{phrase:NAME}`` macros written out for ``lang``.
    Raises ValueError for an unknown name or a misplaced look-alike macro."""
    try:
        written = PHRASE.sub(lambda found: f"(?:{phrase(found.group(1), lang)})", rule)
    except ValueError as exc:
        raise ValueError(f"{exc}: {rule!r}") from exc
    return lookalikes.expand(written, lang)
