"""Look-alike subjects (``data/lookalikes.yaml``): words that make a sentence look like a topic it
is not about, such as a password kept secret beside the confidentiality of inputs.

A detection rule, in the catalog or in the engine's topics, opts in by starting with the macro
``{not:NAME}`` (or several); ``expand`` turns each into a look-ahead that skips every sentence
holding one of the words of NAME in the rule's language. Each list is written once, for all the rules that need it.
"""

from __future__ import annotations

import re

from aicc.named_patterns import NamedPatterns

MACRO = re.compile(r"\{not:([a-z][a-z-]*)\}")

_FILE = NamedPatterns("lookalikes.yaml", "subject", "words")
# each look-alike subject's words, per language (a regular expression); and the check of that shape
lookalikes = _FILE.all
check_lookalikes = _FILE.check


def expand(rule: str, lang: str) -> str:
    """``rule`` with the ``{not:NAME}`` macros that open it written out for ``lang``. Raises
    ValueError when a macro is not at the start of the rule, or names a subject without words in
    that language."""
    names, at = _opening(rule)
    skips = []
    for name in names:
        words = lookalikes().get(name, {}).get(lang)
        if words is None:
            known = ", ".join(other for other, by_lang in lookalikes().items() if lang in by_lang)
            raise ValueError(f"unknown look-alike {name!r} for {lang} rules (known: {known}): {rule!r}")
        skips.append(words)
    if MACRO.search(rule, at):
        raise ValueError(f"{{not:…}} macros must open the rule: {rule!r}")
    if not skips:
        return rule
    return "^" + "".join(f"(?!{_scope(lang)}(?:{words}))" for words in skips) + rule[at:]


def _opening(rule: str) -> tuple[list[str], int]:
    """The look-alike names of the ``{not:NAME}`` macros that open ``rule``, and where they end."""
    names, at = [], 0
    while (found := MACRO.match(rule, at)) is not None:
        names.append(found.group(1))
        at = found.end()
    return names, at


def _scope(lang: str) -> str:
    """What may stand before a look-alike word: a Japanese sentence ends at 。 (the carried context
    of a unit is a sentence of its own)."""
    return "[^。]*" if lang == "ja" else ".*"


def shared(rules: list[str], lang: str) -> str | None:
    """A rule that matches a sentence holding a word of a look-alike subject that opens every one
    of ``rules`` (None when they share none): what such a sentence looks like is no sign of them."""
    common: set[str] | None = None
    for rule in rules:
        names = set(_opening(rule)[0])
        common = names if common is None else common & names
    if not common:
        return None
    words = "|".join(lookalikes()[name][lang] for name in sorted(common))
    return f"^{_scope(lang)}(?:{words})"
