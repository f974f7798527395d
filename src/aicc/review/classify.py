"""``aicc classify``: the topics and positions of single clauses or sentences, one per line."""

from __future__ import annotations

from typing import Any

from aicc.review.engine import Engine
from aicc.review.units import line_unit
from aicc.vocabulary import TOPICS

_ORDER = {key: i for i, key in enumerate(TOPICS)}


def classify_lines(engine: Engine, lines: list[str]) -> list[dict[str, Any]]:
    """One result per line, in order: {"text", "topics": [{"topic", "position", "cue"}]}."""
    units = [line_unit(line) for line in lines]
    live = [i for i, line in enumerate(lines) if line.strip()]
    sims = engine.similarities([units[i] for i in live])
    results: list[dict[str, Any]] = [{"text": line, "topics": []} for line in lines]
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
        results[index]["topics"] = [entry for _, entry in sorted(found.values(), key=lambda e: _ORDER[e[1]["topic"]])]
    return results
