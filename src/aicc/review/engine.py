"""Matching checklist items and topics to sentences, and judging each match.

An item is found in a sentence by its catalog hints (patterns, keywords, cues), by the
engine's topic rules for the item's main topic, and by the cosine similarity of the sentence
to the item's exemplar clauses (multilingual embeddings, so English exemplars find Japanese
clauses too). These signals add up to a score; a logistic squash turns it into the
confidence. Every match names the signal that weighed most.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from aicc.models import Item
from aicc.review.embeddings import Embedder, exemplar_matrix
from aicc.review.parties import PartyNames
from aicc.review.position import Judgement, judge
from aicc.review.rules import (
    CompiledLang,
    Hit,
    ItemRules,
    LazyRules,
    TopicRule,
    compile_item,
    compile_topic_rules,
    first_hit,
)
from aicc.review.textindex import TextIndex
from aicc.review.units import Lists, Unit, find_lists

# Weights of the detection score (see bench/bench_review_catalog.py for how they were set).
BIAS = -2.2
W_PATTERN = 2.6
W_KEYWORD = 0.9
W_TOPIC = 1.4
W_CUE = 0.8
W_SIM = 10.0
SIM_CENTRE = 0.42
THRESHOLD = 0.5
# Below this similarity, a sentence with no lexical hit cannot reach THRESHOLD (bias + cue < 0)
MIN_SIM = SIM_CENTRE + (-BIAS - W_CUE) / W_SIM - 0.01
CANDIDATE_SIM = SIM_CENTRE + (-BIAS - W_CUE - 1.0) / W_SIM


def squash(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@dataclass
class Match:
    unit: Unit
    confidence: float
    basis: str
    judgement: Judgement | None = None


@dataclass
class TopicMatch:
    unit: Unit
    hit: Hit
    judgement: Judgement


@dataclass
class Engine:
    items: list[Item]
    names: PartyNames
    role: str = "user"
    home: str = "JP"
    embedder: Embedder | None = None
    item_rules: dict[str, ItemRules] = field(init=False)
    topic_rules: dict[str, TopicRule] = field(init=False)
    _exemplars: np.ndarray | None = field(init=False, default=None)
    _exemplar_texts: list[str] = field(init=False, default_factory=list)
    _rows: dict[str, list[int]] = field(init=False, default_factory=dict)
    _unit_hits: dict[tuple[re.Pattern[str], int], bool] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.item_rules = {item.id: compile_item(item, self.names) for item in self.items}
        self.topic_rules = compile_topic_rules(self.names)

    # ------------------------------------------------------------ embeddings

    def _exemplar_vectors(self) -> np.ndarray:
        if self._exemplars is None:
            assert self.embedder is not None
            texts: list[str] = []
            for item in self.items:
                rows = []
                for lang in ("ja", "en"):
                    for text in getattr(item.detection, lang).exemplars:
                        rows.append(len(texts))
                        texts.append(text)
                self._rows[item.id] = rows
            self._exemplar_texts = texts
            self._exemplars = exemplar_matrix(texts, self.embedder)
        return self._exemplars

    def similarities(self, units: list[Unit]) -> np.ndarray | None:
        """units x exemplars cosine matrix, or None without an embedder."""
        if self.embedder is None or not units:
            return None
        exemplars = self._exemplar_vectors()
        vectors = self.embedder.encode([unit.text for unit in units])
        return np.asarray(vectors @ exemplars.T, dtype=np.float32)

    # ------------------------------------------------------------ detection

    def kind_of(self, item: Item) -> str:
        for topic in item.topics:
            rule = self.topic_rules.get(topic)
            if rule is not None:
                return rule.kind
        return "neutral"

    def reads_places(self, item: Item) -> bool:
        """The item's main topic is about where the data is kept."""
        rule = self.topic_rules.get(item.topics[0])
        return rule is not None and rule.places

    def law_aspect(self, item: Item) -> str | None:
        """What the item's main topic reads in a sentence that sets both the law and the forum."""
        rule = self.topic_rules.get(item.topics[0])
        return rule.aspect if rule is not None else None

    def _topic_cues(self, topics: list[str], lang: str) -> list[CompiledLang]:
        return [self.topic_rules[t].langs[lang] for t in topics if t in self.topic_rules]

    def score(self, item: Item, unit: Unit, sims: np.ndarray | None) -> tuple[float, str]:
        rules = self.item_rules[item.id]
        lang_rules = rules.langs[unit.lang]
        text = unit.rule_text
        z = BIAS
        signals: list[tuple[float, str]] = []
        pattern = first_hit("pattern", lang_rules.patterns, text)
        if pattern is not None:
            z += W_PATTERN
            signals.append((W_PATTERN, f"pattern /{pattern.rule}/ matched {pattern.matched!r}"))
        keyword_rules = lang_rules.keyword_rules
        keywords = [lang_rules.keywords[i] for i in keyword_rules.matching(text)] if keyword_rules is not None else []
        # a sentence the look-alikes opening all the item's patterns skip: neither its keywords nor its
        # likeness to an exemplar are a sign of the item
        veto = lang_rules.keyword_veto
        vetoed = veto is not None and (bool(keywords) or sims is not None) and veto.match(text) is not None
        if vetoed:
            keywords = []
        if keywords:
            gain = W_KEYWORD * min(len(keywords), 2)
            z += gain
            signals.append((gain, "keywords " + ", ".join(repr(k) for k in keywords[:3])))
        main = item.topics[0]
        topic_rule = self.topic_rules.get(main)
        if topic_rule is not None:
            hit = first_hit("topic", topic_rule.langs[unit.lang].patterns, text)
            if hit is not None:
                z += W_TOPIC
                signals.append((W_TOPIC, f"topic rule {main} /{hit.rule}/ matched {hit.matched!r}"))
        if sims is not None and not vetoed:
            rows = self._rows.get(item.id, [])
            if rows:
                best = int(np.argmax(sims[rows]))
                sim = float(sims[rows][best])
                gain = max(0.0, W_SIM * (sim - SIM_CENTRE))  # similarity adds evidence, never vetoes a rule
                z += gain
                exemplar = self._exemplar_texts[rows[best]]
                signals.append((gain, f"exemplar {exemplar!r} (cosine {sim:.2f})"))
        if -W_CUE <= z < 0:
            # a position cue only matters where it can tip the balance; it is checked only then
            cue = first_hit("favourable", lang_rules.favourable, text) or first_hit(
                "unfavourable", lang_rules.unfavourable, text
            )
            if cue is not None:
                z += W_CUE
                signals.append((W_CUE, f"{cue.kind} cue /{cue.rule}/ matched {cue.matched!r}"))
        confidence = squash(z)
        basis = max(signals, key=lambda s: s[0])[1] if signals else "no signal"
        return confidence, basis

    def assess(
        self, item: Item, unit: Unit, sims: np.ndarray | None, role: str | None = None
    ) -> tuple[str, str | None, float, str, str]:
        """status, position, confidence, what found it and what decided the position, for one sentence."""
        confidence, basis = self.score(item, unit, sims)
        if confidence < THRESHOLD:
            return "missing", None, confidence, basis, ""
        judgement = self.judge_item(item, unit, role)
        return "addressed", judgement.position, confidence, basis, judgement.cue

    def judge_item(self, item: Item, unit: Unit, role: str | None = None, lists: Lists | None = None) -> Judgement:
        return judge(
            unit.rule_text,
            unit.lang,
            self.names,
            kind=self.kind_of(item),
            item_cues=self.item_rules[item.id].langs[unit.lang],
            topic_cues=self._topic_cues(item.topics, unit.lang),
            role=role or self.role,
            home=self.home,
            listed=lists.items_after(unit) if lists else "",
            lead=lists.lead_of(unit) if lists else "",
            where=self.reads_places(item),
            aspect=self.law_aspect(item),
        )

    def candidates(
        self,
        item: Item,
        units: list[Unit],
        sims: np.ndarray | None,
        index: TextIndex,
        min_sim: float,
    ) -> list[int]:
        """Units worth scoring for an item: a lexical rule fires in them, or they are close to an exemplar.

        A rule is run only on the units that hold its required words (``index``); a unit with no
        lexical hit and a similarity under ``min_sim`` cannot reach the threshold.
        """
        chosen: set[int] = set()
        for lang in ("ja", "en"):
            rules = self.item_rules[item.id].langs[lang] if index.units(lang) else None
            if rules is None:
                continue
            sources: list[LazyRules] = []
            if rules.keyword_rules is not None:
                sources.append(rules.keyword_rules)
            if isinstance(rules.patterns, LazyRules):
                sources.append(rules.patterns)
            topic_rule = self.topic_rules.get(item.topics[0])
            topic_patterns = topic_rule.langs[lang].patterns if topic_rule is not None else None
            if isinstance(topic_patterns, LazyRules):
                sources.append(topic_patterns)
            for source in sources:
                for i, unit_ids in source.units_per_rule(index):
                    todo = unit_ids - chosen
                    if not todo:
                        continue
                    pattern = source.pattern(i)
                    if pattern is not None:
                        chosen.update(u for u in todo if self._matches(pattern, u, units))
        if sims is not None:
            rows = self._rows.get(item.id, [])
            if rows:
                best = sims[:, rows].max(axis=1)
                chosen.update(int(i) for i in np.nonzero(best >= min_sim)[0])
        return sorted(chosen)

    def _matches(self, pattern: re.Pattern[str], unit: int, units: list[Unit]) -> bool:
        """Whether a pattern matches a unit's rule text (what ``score`` reads); remembered, since items
        share topic rules."""
        key = (pattern, unit)
        found = self._unit_hits.get(key)
        if found is None:
            found = self._unit_hits[key] = pattern.search(units[unit].rule_text) is not None
        return found

    def match_items(
        self,
        units: list[Unit],
        sims: np.ndarray | None,
        index: TextIndex | None = None,
        lists: Lists | None = None,
    ) -> dict[str, list[Match]]:
        """For each item, the sentences that address it, best first (judged). ``index`` and ``lists``
        are computed from ``units`` when not given."""
        index = index if index is not None else TextIndex(units)
        self._unit_hits.clear()
        lists = lists if lists is not None else find_lists(units)
        out: dict[str, list[Match]] = {}
        for item in self.items:
            found: list[Match] = []
            for i in self.candidates(item, units, sims, index, MIN_SIM):
                unit = units[i]
                confidence, basis = self.score(item, unit, sims[i] if sims is not None else None)
                if confidence >= THRESHOLD:
                    found.append(Match(unit, confidence, basis))
            found.sort(key=lambda m: (-m.confidence, m.unit.document, m.unit.start))
            for match in found[:5]:
                match.judgement = self.judge_item(item, match.unit, lists=lists)
            out[item.id] = found
        return out

    def match_topics(
        self, units: list[Unit], index: TextIndex | None = None, lists: Lists | None = None
    ) -> dict[str, list[TopicMatch]]:
        """For each engine topic, the sentences its rules find (in document order), judged."""
        index = index if index is not None else TextIndex(units)
        lists = lists if lists is not None else find_lists(units)
        out: dict[str, list[TopicMatch]] = {}
        for key, rule in self.topic_rules.items():
            hits: dict[int, Hit] = {}
            for lang in ("ja", "en"):
                patterns = rule.langs[lang].patterns
                if not isinstance(patterns, LazyRules) or not index.units(lang):
                    continue
                # rules in order, each on the units no earlier rule matched: a unit's first hit
                for i, unit_ids in patterns.units_per_rule(index):
                    todo = unit_ids - hits.keys()
                    pattern = patterns.pattern(i) if todo else None
                    if pattern is None:
                        continue
                    for u in todo:
                        match = pattern.search(units[u].rule_text)
                        if match:
                            hits[u] = Hit("topic", patterns.rule(i), match.group(0))
            found = []
            for u in sorted(hits):
                unit = units[u]
                judgement = judge(
                    unit.rule_text,
                    unit.lang,
                    self.names,
                    kind=rule.kind,
                    item_cues=None,
                    topic_cues=[rule.langs[unit.lang]],
                    role=self.role,
                    home=self.home,
                    listed=lists.items_after(unit),
                    lead=lists.lead_of(unit),
                    where=rule.places,
                    aspect=rule.aspect,
                )
                found.append(TopicMatch(unit, hits[u], judgement))
            if found:
                out[key] = found
        return out
