"""Compiled detection rules: the engine's own topic rules and the catalog items' hints.

Both are data (``review/data/topics.yaml`` and each item's ``detection``); this module only
compiles them once per set of party names and answers "which rules fire on this sentence".
English rules are case-insensitive; ``{V}``/``{U}`` are expanded to the parties' names and ``{O}`` to
the contract's own names for the output, a ``{not:NAME}`` opening skips the look-alike sentences
of ``aicc.lookalikes``, and ``{phrase:NAME}`` stands for a phrase several rules share (``aicc.macros``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from aicc import lookalikes, macros
from aicc.catalog.yamlfile import parse_yaml
from aicc.models import Item
from aicc.review.literals import Needs, fold, required_literals, satisfied
from aicc.review.parties import PartyNames
from aicc.review.regexcache import compile_rule
from aicc.review.textindex import TextIndex
from aicc.vocabulary import TOPICS

_ANY_NAME = re.compile(r"\{[VUO]\}")
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
    """Rules compiled on first use, and only run on texts that hold their required words.

    Each rule's required literals (see ``literals.py``) are checked with ``in`` first, or looked up
    in the document's ``TextIndex``: a rule that lacks one of them cannot match a text, so it is
    neither compiled nor run on it.
    """

    def __init__(self, rules: list[str], lang: str, names: PartyNames) -> None:
        self._rules = rules
        self._lang = lang
        self._written = [macros.expand(rule, lang) for rule in rules]  # the {not:…} and {phrase:…} macros written out
        self._expanded = [names.expand(rule) for rule in self._written]
        # a rule written out with this contract's names is not worth keeping on disk
        self._keep = [expanded == written for expanded, written in zip(self._expanded, self._written, strict=True)]
        self._needs: list[Needs] | None = None

    def _required(self) -> list[Needs]:
        if self._needs is None:
            # computed on the rule as written, the name macros standing for any text: the same for
            # every contract, so the on-disk cache serves them all (names add no requirement)
            self._needs = [required_literals(_ANY_NAME.sub("(?:.)", rule), self._lang) for rule in self._written]
        return self._needs

    def live(self, folded: str) -> list[int]:
        """Indexes of the rules that may match a text (given folded with ``fold``)."""
        return [i for i, needs in enumerate(self._required()) if satisfied(needs, folded)]

    def units_per_rule(self, index: TextIndex) -> Iterator[tuple[int, frozenset[int]]]:
        """Each rule with the units of the indexed document that may match it."""
        for i, needs in enumerate(self._required()):
            yield i, index.candidates(needs, self._lang)

    def rule(self, i: int) -> str:
        """Rule ``i`` as written (party macros not expanded)."""
        return self._rules[i]

    def pattern(self, i: int) -> re.Pattern[str] | None:
        """Rule ``i`` compiled (None when it is not a valid regex)."""
        return _compile(self._expanded[i], self._lang, self._keep[i])

    def matching(self, text: str) -> list[int]:
        """Indexes of the rules that match ``text``."""
        folded = fold(text, self._lang)
        out = []
        for i in self.live(folded):
            pattern = self.pattern(i)
            if pattern is not None and pattern.search(text):
                out.append(i)
        return out

    def hits(self, text: str) -> Iterator[tuple[str, re.Pattern[str]]]:
        """The compiled rules that may match ``text``, in order."""
        folded = fold(text, self._lang)
        for i in self.live(folded):
            pattern = self.pattern(i)
            if pattern is not None:
                yield self._rules[i], pattern

    def __iter__(self) -> Iterator[tuple[str, re.Pattern[str]]]:
        for i, rule in enumerate(self._rules):
            pattern = self.pattern(i)
            if pattern is not None:
                yield rule, pattern

    def __bool__(self) -> bool:
        return bool(self._rules)


@dataclass
class CompiledLang:
    keywords: list[str] = field(default_factory=list)
    keyword_rules: LazyRules | None = None  # one rule per keyword, in the same order
    # a sentence the look-alikes opening all the patterns skip: its keywords are no sign either
    keyword_veto: re.Pattern[str] | None = None
    patterns: LazyRules | list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    favourable: LazyRules | list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    unfavourable: LazyRules | list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    # a vendor-duty topic's acts (topics.yaml ``duty``): what the vendor owes the user, what a
    # vendor may promise without protecting anyone, and what the user may owe while something protects it
    owed: LazyRules | list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    no_protection: LazyRules | list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    user_own: LazyRules | list[tuple[str, re.Pattern[str]]] = field(default_factory=list)


@cache
def _compile(rule: str, lang: str, keep: bool = True) -> re.Pattern[str] | None:
    """Compile once per process: the same rule text is shared by every review in a batch. ``keep``:
    whether the compiled rule is worth keeping on disk (not when written out with party names)."""
    try:
        return compile_rule(rule, re.IGNORECASE if lang == "en" else 0, keep=keep)
    except re.error:
        return None


def _compile_all(rules: list[str], lang: str, names: PartyNames) -> LazyRules:
    return LazyRules(rules, lang, names)


def _keyword(word: str, lang: str) -> str:
    """A keyword as a rule: the word itself, whole words only in English (case-insensitive)."""
    if lang == "en":
        return r"\b" + re.escape(word) + r"\b"
    return re.escape(word)


def first_hit(kind: str, rules: Iterable[tuple[str, re.Pattern[str]]], text: str) -> Hit | None:
    if isinstance(rules, LazyRules):
        rules = rules.hits(text)
    for rule, pattern in rules:
        match = pattern.search(text)
        if match:
            return Hit(kind, rule, match.group(0))
    return None


def all_hits(
    kind: str,
    rules: Iterable[tuple[str, re.Pattern[str]]],
    text: str,
    skip: Callable[[re.Match[str]], bool] | None = None,
) -> list[Hit]:
    """Each rule's first match in ``text``; with ``skip``, its first match that ``skip`` keeps."""
    if isinstance(rules, LazyRules):
        rules = rules.hits(text)
    hits = []
    for rule, pattern in rules:
        match = next((m for m in pattern.finditer(text) if skip is None or not skip(m)), None)
        if match:
            hits.append(Hit(kind, rule, match.group(0)))
    return hits


# ---------------------------------------------------------------- topic rules


@dataclass
class TopicRule:
    key: str
    kind: str
    langs: dict[str, CompiledLang]
    places: bool = False  # the topic is about where the data is kept (topics.yaml ``places``)
    aspect: str | None = None  # the part of a law-and-forum sentence the topic reads (topics.yaml ``aspect``)


@cache
def _topic_data() -> dict[str, Any]:
    text = resources.files("aicc.review").joinpath("data/topics.yaml").read_text(encoding="utf-8")
    data, _ = parse_yaml(text, "aicc/review/data/topics.yaml")  # strict: a topic given twice is an error
    validate_topic_data(data)
    return dict(data)


def validate_topic_data(data: dict[str, Any]) -> None:
    """Raise ValueError when topics.yaml names an unknown topic, kind, aggregate, duty act or look-alike."""
    for key, spec in data.items():
        if key not in TOPICS:
            raise ValueError(f"topics.yaml: unknown topic {key!r}")
        if spec.get("kind") not in KINDS:
            raise ValueError(f"topics.yaml: {key}: kind must be one of {KINDS}")
        if spec.get("aggregate", "worst-first") not in AGGREGATES:
            raise ValueError(f"topics.yaml: {key}: aggregate must be one of {AGGREGATES}")
        for flag in ("places", "secondary", "disclaimers", "exits", "short-notice"):
            if not isinstance(spec.get(flag, False), bool):
                raise ValueError(f"topics.yaml: {key}: {flag} must be true or false")
        if spec.get("aspect") not in (None, *ASPECTS) or ("aspect" in spec and spec["kind"] != "law"):
            raise ValueError(f"topics.yaml: {key}: aspect must be one of {ASPECTS}, on a topic of kind law")
        marked = spec.get("marked-only")
        if marked is not None and not (
            isinstance(marked, dict)
            and set(marked) == {"marked", "names-data", "only-if-marked"}
            and all(isinstance(marked[part].get(lang), str) for part in marked for lang in ("en", "ja"))
        ):
            raise ValueError(
                f"topics.yaml: {key}: marked-only holds marked, names-data and only-if-marked, each with en and ja"
            )
        duty = spec.get("duty")
        if duty is not None and (spec["kind"] != "vendor-duty" or not set(duty) <= DUTY_ACTS):
            raise ValueError(f"topics.yaml: {key}: duty belongs to vendor-duty topics and holds only {DUTY_ACTS}")
        for lang in ("ja", "en"):
            for rule in spec.get(lang) or []:
                try:
                    macros.expand(rule, lang)
                except ValueError as exc:
                    raise ValueError(f"topics.yaml: {key}: {exc}") from exc


AGGREGATES = ("worst-first", "favourable-first")
DUTY_ACTS = {"owed", "no-protection", "user-own"}
ASPECTS = ("law", "forum")  # topics.yaml ``aspect``: what a law topic reads in a sentence that sets both


def _topic_spec(topic: str) -> dict[str, Any]:
    """The topic's entry of topics.yaml, or an empty one for a topic the engine has no rules for."""
    spec: dict[str, Any] = _topic_data().get(topic) or {}
    return spec


def topic_aggregate(topic: str) -> str:
    """How the topics map weighs several clauses on a topic (see topics.yaml)."""
    return str(_topic_spec(topic).get("aggregate", "worst-first"))


def topic_heeds_disclaimers(topic: str) -> bool:
    """A vendor's disclaimer that the topic's own rules read as unfavourable counts even when no item
    quotes it (topics.yaml ``disclaimers``)."""
    return bool(_topic_spec(topic).get("disclaimers", False))


def topic_takes_secondary(topic: str) -> bool:
    """Items that list the topic after their main one speak for it when they find an unfavourable
    clause (topics.yaml ``secondary``)."""
    return bool(_topic_spec(topic).get("secondary", False))


def topic_heeds_exits(topic: str) -> bool:
    """The user's own way out decides the topic when no finding takes a side (topics.yaml ``exits``)."""
    return bool(_topic_spec(topic).get("exits", False))


def topic_tempers_short_notice(topic: str) -> bool:
    """A notice shorter than 30 days makes an unfavourable right even (topics.yaml ``short-notice``)."""
    return bool(_topic_spec(topic).get("short-notice", False))


def topic_reads_places(topic: str) -> bool:
    """The topic is about where the data is kept (topics.yaml ``places``)."""
    return bool(_topic_spec(topic).get("places", False))


@dataclass(frozen=True)
class MarkedOnly:
    """A topic's mutual clause over marked information only (topics.yaml ``marked-only``)."""

    marked: tuple[re.Pattern[str], ...]  # the clause covers what is marked confidential (en, ja)
    names_data: tuple[re.Pattern[str], ...]  # a clause names the user's data (en, ja)
    only_if_marked: tuple[re.Pattern[str], ...]  # ... but only to make it confidential when marked (en, ja)

    def covers_marked(self, text: str) -> bool:
        return any(p.search(text) for p in self.marked)

    def names_user_data(self, text: str) -> bool:
        return any(p.search(text) for p in self.names_data) and not any(p.search(text) for p in self.only_if_marked)


@cache
def topic_marked_only(topic: str) -> MarkedOnly | None:
    """What shows, on ``topic``, a mutual duty over marked information only, and a clause naming the
    user's data (topics.yaml ``marked-only``), or None."""
    spec = _topic_spec(topic).get("marked-only")
    if spec is None:
        return None

    def both(part: str) -> tuple[re.Pattern[str], ...]:
        # compiled as every other rule is: English case-insensitive, through the shared compiled-rule cache
        return (compile_rule(spec[part]["en"], re.IGNORECASE), compile_rule(spec[part]["ja"]))

    return MarkedOnly(both("marked"), both("names-data"), both("only-if-marked"))


def topic_kind(topic: str) -> str:
    return str(_topic_spec(topic).get("kind", "neutral"))


def compile_topic_rules(names: PartyNames) -> dict[str, TopicRule]:
    rules: dict[str, TopicRule] = {}
    for key, spec in _topic_data().items():
        langs: dict[str, CompiledLang] = {}
        for lang in ("ja", "en"):
            compiled = CompiledLang()
            compiled.patterns = _compile_all(spec.get(lang) or [], lang, names)
            compiled.favourable = _compile_all((spec.get("favourable") or {}).get(lang) or [], lang, names)
            compiled.unfavourable = _compile_all((spec.get("unfavourable") or {}).get(lang) or [], lang, names)
            duty = spec.get("duty") or {}
            compiled.owed = _compile_all((duty.get("owed") or {}).get(lang) or [], lang, names)
            compiled.no_protection = _compile_all((duty.get("no-protection") or {}).get(lang) or [], lang, names)
            compiled.user_own = _compile_all((duty.get("user-own") or {}).get(lang) or [], lang, names)
            langs[lang] = compiled
        rules[key] = TopicRule(
            key=key, kind=str(spec["kind"]), langs=langs, places=topic_reads_places(key), aspect=spec.get("aspect")
        )
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
        compiled.keywords = list(hints.keywords)
        compiled.keyword_rules = LazyRules([_keyword(word, lang) for word in hints.keywords], lang, self._names)
        compiled.patterns = _compile_all(hints.patterns, lang, self._names)
        veto = lookalikes.shared(list(hints.patterns), lang)
        compiled.keyword_veto = _compile(veto, lang) if veto is not None else None
        compiled.favourable = _compile_all(hints.favourable, lang, self._names)
        compiled.unfavourable = _compile_all(hints.unfavourable, lang, self._names)
        self[lang] = compiled
        return compiled


def compile_item(item: Item, names: PartyNames) -> ItemRules:
    exemplars = {lang: list(getattr(item.detection, lang).exemplars) for lang in ("ja", "en")}
    return ItemRules(item=item, langs=_ItemLangs(item, names), exemplars=exemplars)
