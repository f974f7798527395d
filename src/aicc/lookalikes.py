"""Look-alike subjects (``data/lookalikes.yaml``): words that make a sentence look like a topic it
is not about, such as a password kept secret beside the confidentiality of inputs.

A detection rule, in the catalog or in the engine's topics, opts in by starting with the macro
``{not:NAME}`` (or several); ``expand`` turns each into a look-ahead that skips every sentence
holding one of the words of NAME in the rule's language. Each list is written once, for all the rules that need it.
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
    """``rule`` with the ``{not:NAME}`` macros that open it written out for ``lang``. Raises
    ValueError when a macro is not at the start of the rule, or names a subject without words in
    that language."""
    skips, at = [], 0
    while (found := MACRO.match(rule, at)) is not None:
        words = lookalikes().get(found.group(1), {}).get(lang)
        if words is None:
            known = ", ".join(name for name, by_lang in lookalikes().items() if lang in by_lang)
            raise ValueError(f"unknown look-alike {found.group(1)!r} for {lang} rules (known: {known}): {rule!r}")
        skips.append(words)
        at = found.end()
    if MACRO.search(rule, at):
        raise ValueError(f"{{not:…}} macros must open the rule: {rule!r}")
    if not skips:
        return rule
    # a Japanese sentence ends at 。 (the carried context of a unit is a sentence of its own)
    scope = "[^。]*" if lang == "ja" else ".*"
    return "^" + "".join(f"(?!{scope}(?:{words}))" for words in skips) + rule[at:]
