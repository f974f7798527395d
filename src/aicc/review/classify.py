"""``aicc classify``: the topics and positions of single clauses or sentences, one per line."""

from __future__ import annotations

from typing import Any

import numpy as np

from aicc.review.engine import Engine
from aicc.review.learned import CLASS_TOPICS, LinearTextModel, unfair_model
from aicc.review.units import line_unit
from aicc.vocabulary import TOPICS

_ORDER = {key: i for i, key in enumerate(TOPICS)}


def classify_lines(engine: Engine, lines: list[str], learned: bool = True) -> list[dict[str, Any]]:
    """One result per line, in order: {"text", "topics": [{"topic", "position", "cue"}]}.

    With ``learned``, English lines are also scored by the learned unfair-terms model
    (``aicc.review.learned``), which confirms, adds or overrules the rules' unfavourable verdicts
    for its classes.
    """
    model = unfair_model() if learned else None
    units = [line_unit(line) for line in lines]
    live = [i for i, line in enumerate(lines) if line.strip()]
    sims = engine.similarities([units[i] for i in live])
    results: list[dict[str, Any]] = [{"text": line, "topics": []} for line in lines]
    law = {t for t, rule in engine.topic_rules.items() if rule.kind == "law"}
    for row, index in enumerate(live):
        unit = units[index]
        found: dict[str, tuple[float, dict[str, Any]]] = {}
        topic_hits = engine.match_topics([unit])
        for topic, matches in topic_hits.items():
            judgement = matches[0].judgement
            found[topic] = (
                0.5,
                {
                    "topic": topic,
                    "position": judgement.position,
                    "cue": f"topic rule /{matches[0].hit.rule}/ matched {matches[0].hit.matched!r}; {judgement.cue}",
                },
            )
        for item in engine.items:
            if item.not_automatable is not None:
                continue
            confidence, basis = engine.score(item, unit, sims[row] if sims is not None else None)
            if confidence < 0.5:
                continue
            topic = item.topics[0]
            if topic in found and found[topic][0] >= confidence:
                continue
            if (
                topic in engine.topic_rules
                and engine.topic_rules[topic].langs[unit.lang].patterns
                and topic not in topic_hits
            ):
                # the engine's own rules for this topic did not see it: an item alone does not name the topic
                continue
            judgement = engine.judge_item(item, unit)
            found[topic] = (
                confidence,
                {"topic": topic, "position": judgement.position, "cue": f"{item.id}: {basis}; {judgement.cue}"},
            )
        if model is not None and unit.lang == "en":
            _apply_model(model, unit.text, found, law)
        results[index]["topics"] = [entry for _, entry in sorted(found.values(), key=lambda e: _ORDER[e[1]["topic"]])]
    return results


def _apply_model(
    model: LinearTextModel, text: str, found: dict[str, tuple[float, dict[str, Any]]], law: set[str]
) -> None:
    """Let the learned model decide, per class, whether the line is an unfavourable clause of that class.

    On the ``law`` topics (governing law, forum) a favourable judgement rests on our home jurisdiction
    being named, which the model (trained on consumer terms, where any choice of law counts) cannot
    see: the model does not overrule it."""
    present = [[t for t in CLASS_TOPICS[name] if t in found] for name in model.classes]
    tiers = np.array(
        [2 if any(found[t][1]["position"] == "unfavourable" for t in ts) else 1 if ts else 0 for ts in present]
    )
    probabilities = model.probabilities(text, tiers)
    for c, name in enumerate(model.classes):
        p = float(probabilities[c])
        if p >= 0.5:
            why = ", ".join(repr(g) for g in model.explain(text, c)) or "what the rules found"
            note = f"learned {name} model p={p:.2f} ({why})"
            if not present[c]:
                topic = CLASS_TOPICS[name][0]
                found[topic] = (p, {"topic": topic, "position": "unfavourable", "cue": note})
            for t in present[c]:
                entry = found[t][1]
                if entry["position"] == "favourable" and t in law:
                    continue
                if entry["position"] != "unfavourable":
                    entry["position"] = "unfavourable"
                    entry["cue"] += f"; {note}"
        elif tiers[c] == 2:
            for t in present[c]:
                entry = found[t][1]
                if entry["position"] == "unfavourable":
                    entry["position"] = "neutral"
                    entry["cue"] += f"; learned {name} model p={p:.2f} does not find it unfavourable"
