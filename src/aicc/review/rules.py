"""Compiled detection rules: the engine's own topic rules and the catalog items' hints.

Both are data (``review/data/topics.yaml`` and each item's ``detection``); this module only
compiles them once per set of party names and answers "which rules fire on this sentence".
English rules are case-insensitive; ``{V}``/``{U}`` are expanded to the parties' names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from aicc.models import Item
from aicc.review.parties import PartyNames
from aicc.vocabulary import TOPICS

KINDS = ("vendor-action", "vendor-duty", "disclaimer", "ownership", "law", "restriction", "neutral")


@dataclass(frozen=True)
class Hit:
    """A rule that fired: what kind of rule, its source text, and the matched words."""

    kind: str  # "pattern" | "keyword" | "favourable" | "unfavourable" | "topic"
    rule: str
    matched: str

    def label(self) -> str:
        return f"{self.kind}: /{self.rule}/ matched {self.matched!r}"


class LazyRules:
    """Rules compiled on first use: most cue rules are only needed for the few sentences that match."""

    def __init__(self, rules: list[str], lang: str, names: PartyNames) -> None:
        self._rules = rules
        self._lang = lang
        self._names = names
        self._compiled: list[tuple[str, re.Pattern[str]]] | None = None
        self._combined: re.Pattern[str] | bool | None = None

    def combined(self) -> re.Pattern[str] | None:
        """All rules joined in one pattern (None if they cannot be joined; never matches if there are none)."""
        if self._combined is None:
            if len(self._rules) == 1:  # the rule itself: compiled once, shared with __iter__
                joined = self._names.expand(self._rules[0])
            else:
                joined = "|".join(f"(?:{self._names.expand(rule)})" for rule in self._rules) or r"(?!x)x"
            self._combined = _compile(joined, self._lang) or False
        return self._combined if isinstance(self._combined, re.Pattern) else None

    def could_match(self, text: str) -> bool:
        """One search with all rules joined: most sentences match none, and are done in one step."""
        combined = self.combined()
        if combined is None:
            return bool(self._rules)
        return combined.search(text) is not None

    def __iter__(self) -> Iterator[tuple[str, re.Pattern[str]]]:
        if self._compiled is None:
            self._compiled = []
            for rule in self._rules:
                pattern = _compile(self._names.expand(rule), self._lang)
                if pattern is not None:
                    self._compiled.append((rule, pattern))
        return iter(self._compiled)

    def __bool__(self) -> bool:
        return bool(self._rules)


@dataclass
class CompiledLang:
    keywords: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    any_keyword: re.Pattern[str] | None = None
    patterns: LazyRules | list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    favourable: LazyRules | list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    unfavourable: LazyRules | list[tuple[str, re.Pattern[str]]] = field(default_factory=list)


@cache
def _compile(rule: str, lang: str) -> re.Pattern[str] | None:
    """Compile once per process: the same rule text is shared by every review in a batch."""
    try:
        return re.compile(rule, re.IGNORECASE if lang == "en" else 0)
    except re.error:
        return None


def _compile_all(rules: list[str], lang: str, names: PartyNames) -> LazyRules:
    return LazyRules(rules, lang, names)


@cache
def _keyword(word: str, lang: str) -> re.Pattern[str]:
    if lang == "en":
        return re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    return re.compile(re.escape(word))


def first_hit(kind: str, rules: Iterable[tuple[str, re.Pattern[str]]], text: str) -> Hit | None:
    if isinstance(rules, LazyRules) and not rules.could_match(text):
        return None
    for rule, pattern in rules:
        match = pattern.search(text)
        if match:
            return Hit(kind, rule, match.group(0))
    return None


def all_hits(kind: str, rules: Iterable[tuple[str, re.Pattern[str]]], text: str) -> list[Hit]:
    if isinstance(rules, LazyRules) and not rules.could_match(text):
        return []
    hits = []
    for rule, pattern in rules:
        match = pattern.search(text)
        if match:
            hits.append(Hit(kind, rule, match.group(0)))
    return hits


# ---------------------------------------------------------------- topic rules


@dataclass
class TopicRule:
    key: str
    kind: str
    langs: dict[str, CompiledLang]


@cache
def _topic_data() -> dict[str, Any]:
    text = resources.files("aicc.review").joinpath("data/topics.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    for key, spec in data.items():
        if key not in TOPICS:
            raise ValueError(f"topics.yaml: unknown topic {key!r}")
        if spec.get("kind") not in KINDS:
            raise ValueError(f"topics.yaml: {key}: kind must be one of {KINDS}")
    return dict(data)


def topic_kind(topic: str) -> str:
    spec = _topic_data().get(topic)
    return str(spec["kind"]) if spec else "neutral"


def compile_topic_rules(names: PartyNames) -> dict[str, TopicRule]:
    rules: dict[str, TopicRule] = {}
    for key, spec in _topic_data().items():
        langs: dict[str, CompiledLang] = {}
        for lang in ("ja", "en"):
            compiled = CompiledLang()
            compiled.patterns = _compile_all(spec.get(lang) or [], lang, names)
            compiled.favourable = _compile_all((spec.get("favourable") or {}).get(lang) or [], lang, names)
            compiled.unfavourable = _compile_all((spec.get("unfavourable") or {}).get(lang) or [], lang, names)
            langs[lang] = compiled
        rules[key] = TopicRule(key=key, kind=str(spec["kind"]), langs=langs)
    return rules


# ---------------------------------------------------------------- item hints


@dataclass
class ItemRules:
    item: Item
    langs: dict[str, CompiledLang]
    exemplars: dict[str, list[str]]


class _ItemLangs(dict[str, CompiledLang]):
    """An item's rules per language, compiled when a language is first asked for: a contract in
    one language never pays for the other's keyword patterns."""

    def __init__(self, item: Item, names: PartyNames) -> None:
        super().__init__()
        self._item = item
        self._names = names

    def __missing__(self, lang: str) -> CompiledLang:
        hints = getattr(self._item.detection, lang)
        compiled = CompiledLang()
        compiled.keywords = [(word, _keyword(word, lang)) for word in hints.keywords]
        compiled.any_keyword = _compile("|".join(f"(?:{rx.pattern})" for _, rx in compiled.keywords) or r"(?!x)x", lang)
        compiled.patterns = _compile_all(hints.patterns, lang, self._names)
        compiled.favourable = _compile_all(hints.favourable, lang, self._names)
        compiled.unfavourable = _compile_all(hints.unfavourable, lang, self._names)
        self[lang] = compiled
        return compiled


def compile_item(item: Item, names: PartyNames) -> ItemRules:
    exemplars = {lang: list(getattr(item.detection, lang).exemplars) for lang in ("ja", "en")}
    return ItemRules(item=item, langs=_ItemLangs(item, names), exemplars=exemplars)
