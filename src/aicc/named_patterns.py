"""Files of named patterns per language (``data/lookalikes.yaml``, ``data/phrases.yaml``): reading one
and checking its shape, once for both."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import cast

from aicc.catalog.yamlfile import parse_yaml

LANGS = ("ja", "en")
NAME = re.compile(r"[a-z][a-z-]*")


def load_named_patterns(file: str, noun: str, holding: str) -> dict[str, dict[str, str]]:
    """The named patterns of ``file`` in the package's ``data`` folder, checked (see below)."""
    text = resources.files("aicc").joinpath("data", file).read_text(encoding="utf-8")
    raw, _ = parse_yaml(text, f"aicc/data/{file}")  # a name given twice is an error, not the last one winning
    check_named_patterns(raw, file, noun, holding)
    return cast(dict[str, dict[str, str]], raw)


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


@dataclass(frozen=True)
class NamedPatterns:
    """One file of named patterns: ``file`` in the package's ``data`` folder, whose keys are called
    ``noun`` in messages and whose languages each hold ``holding``."""

    file: str
    noun: str
    holding: str

    @cache  # noqa: B019 - two module-level instances, read once per process
    def all(self) -> dict[str, dict[str, str]]:
        """Each name's pattern per language, read and checked once."""
        return load_named_patterns(self.file, self.noun, self.holding)

    def check(self, data: object) -> None:
        """Raise ValueError unless ``data`` has the shape this file must have."""
        check_named_patterns(data, self.file, self.noun, self.holding)
