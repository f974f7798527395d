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
from typing import cast

import yaml

MACRO = re.compile(r"\{not:([a-z][a-z-]*)\}")
LANGS = ("ja", "en")


NAME = re.compile(r"[a-z][a-z-]*")


@cache
def lookalikes() -> dict[str, dict[str, str]]:
    """Each look-alike subject's words, per language (a regular expression)."""
    raw = load_data("lookalikes.yaml")
    check_lookalikes(raw)
    return cast(dict[str, dict[str, str]], raw)


def load_data(file: str) -> object:
    """A YAML file of the package's ``data`` folder."""
    return yaml.safe_load(resources.files("aicc").joinpath("data", file).read_text(encoding="utf-8"))


def check_named_patterns(data: object, file: str, noun: str, holding: str) -> None:
    """Raise ValueError unless ``data`` maps names (lower-case words joined by '-') to {ja/en: a valid
    regular expression}; ``noun`` names the keys in messages, ``holding`` what each language holds."""
    if not isinstance(data, dict) or not data:
        raise ValueError(f"{file}: expected a mapping of {noun} names")
    for name, by_lang in data.items():
        if not isinstance(name, str) or not NAME.fullmatch(name):
            raise ValueError(f"{file}: bad {noun} name {name!r} (lower-case words joined by '-')")
        if not isinstance(by_lang, dict) or not by_lang or not set(by_lang) <= set(LANGS):
            raise ValueError(f"{file}: {name}: expected {holding} under 'ja' and/or 'en'")
        for lang, pattern in by_lang.items():
            try:
                re.compile(pattern, re.IGNORECASE if lang == "en" else 0)
            except (re.error, TypeError) as exc:
                raise ValueError(f"{file}: {name}.{lang}: bad regular expression {pattern!r}: {exc}") from exc


def check_lookalikes(data: object) -> None:
    """Raise ValueError unless ``data`` maps subject names to {ja/en: a valid regular expression}."""
    check_named_patterns(data, "lookalikes.yaml", "subject", "words")


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
