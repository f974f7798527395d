"""Look-alike subjects (``data/lookalikes.yaml``): words that make a sentence look like a topic it
is not about, such as a password kept secret beside the confidentiality of inputs.

A detection rule, in the catalog or in the engine's topics, opts in by starting with the macro
``{not:NAME}``; ``expand`` turns it into a look-ahead that skips every sentence holding one of the
words of NAME in the rule's language. Each list is written once, for all the rules that need it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

MACRO = re.compile(r"\{not:([a-z][a-z-]*)\}")
LANGS = ("ja", "en")


@cache
def lookalikes() -> dict[str, dict[str, str]]:
    """Each look-alike subject's words, per language (a regular expression)."""
    raw = yaml.safe_load(resources.files("aicc").joinpath("data", "lookalikes.yaml").read_text(encoding="utf-8"))
    check_lookalikes(raw)
    return raw


def check_lookalikes(data: object) -> None:
    """Raise ValueError unless ``data`` maps subject names to {ja/en: a valid regular expression}."""
    if not isinstance(data, dict) or not data:
        raise ValueError("lookalikes.yaml: expected a mapping of subject names")
    for name, words in data.items():
        if not isinstance(name, str) or not MACRO.fullmatch(f"{{not:{name}}}"):
            raise ValueError(f"lookalikes.yaml: bad subject name {name!r} (lower-case words joined by '-')")
        if not isinstance(words, dict) or not words or not set(words) <= set(LANGS):
            raise ValueError(f"lookalikes.yaml: {name}: expected words under 'ja' and/or 'en'")
        for lang, pattern in words.items():
            try:
                re.compile(pattern, re.IGNORECASE if lang == "en" else 0)
            except (re.error, TypeError) as exc:
                raise ValueError(f"lookalikes.yaml: {name}.{lang}: bad regular expression {pattern!r}: {exc}") from exc


def expand(rule: str, lang: str) -> str:
    """``rule`` with its ``{not:NAME}`` macro written out for ``lang``. Raises ValueError when the
    macro is not at the start of the rule, or names a subject without words in that language."""
    found = MACRO.search(rule)
    if found is None:
        return rule
    if found.start() != 0 or MACRO.search(rule, found.end()):
        raise ValueError(f"{{not:…}} must open the rule, once: {rule!r}")
    words = lookalikes().get(found.group(1), {}).get(lang)
    if words is None:
        known = ", ".join(name for name, by_lang in lookalikes().items() if lang in by_lang)
        raise ValueError(f"unknown look-alike {found.group(1)!r} for {lang} rules (known: {known}): {rule!r}")
    # a Japanese sentence ends at 。 (the carried context of a unit is a sentence of its own)
    skip = f"^(?![^。]*(?:{words}))" if lang == "ja" else f"^(?!.*(?:{words}))"
    return skip + rule[found.end() :]
