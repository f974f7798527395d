"""The macros of detection rules, written out for one language.

A rule, in the catalog or in the engine's topics, may open with ``{not:NAME}`` look-alike macros
(``aicc.lookalikes``) and may use ``{phrase:NAME}`` anywhere for a phrase that several rules share
(``data/phrases.yaml``). The party and output macros ``{V}``, ``{U}`` and ``{O}`` depend on the
contract and are left to ``aicc.review.parties``.
"""

from __future__ import annotations

import re

from aicc import lookalikes
from aicc.named_patterns import NamedPatterns

PHRASE = re.compile(r"\{phrase:([a-z][a-z-]*)\}")

_FILE = NamedPatterns("phrases.yaml", "phrase", "a phrase")
# each shared phrase, per language (a regular expression); and the check of that shape
phrases = _FILE.all
check_phrases = _FILE.check


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
    if "{phrase:" in rule:
        try:
            rule = PHRASE.sub(lambda found: f"(?:{phrase(found.group(1), lang)})", rule)
        except ValueError as exc:
            raise ValueError(f"{exc}: {rule!r}") from exc
    return lookalikes.expand(rule, lang)
