"""The learned unfair-terms model: numpy scoring of stored arrays, and how classify combines it with the rules."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from aicc.catalog import load_catalog
from aicc.review.classify import _apply_model, classify_lines
from aicc.review.engine import Engine
from aicc.review.learned import CLASS_TOPICS, MODEL_PATH, LinearTextModel, grams, unfair_model
from aicc.review.parties import resolve_names

from conftest import review_text

CLASSES = list(CLASS_TOPICS)


def tiny_model(bias: float = -3.0, weight: float = 6.0) -> LinearTextModel:
    """Only the termination class reacts, to the bigram 'may terminate'."""
    vocabulary = {"may terminate": 0, "account": 1}
    coef = np.zeros((len(CLASSES), 2), dtype=np.float32)
    coef[CLASSES.index("termination"), 0] = weight
    return LinearTextModel(
        classes=CLASSES,
        vocabulary=vocabulary,
        idf=np.array([2.0, 1.0], dtype=np.float32),
        coef=coef,
        rule_coef=np.zeros((len(CLASSES), 2 * len(CLASSES)), dtype=np.float32),
        bias=np.full(len(CLASSES), bias, dtype=np.float32),
        rule_weight=0.5,
    )


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(items=load_catalog().items, names=resolve_names(), embedder=None)


def test_grams_are_lowercased_words_and_bigrams() -> None:
    assert grams("We MAY terminate.") == ["we", "may", "terminate", "we may", "may terminate"]


def test_probabilities_follow_tfidf_and_logistic(tmp_path: Path) -> None:
    model = tiny_model()
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = LinearTextModel.load(path)
    p = loaded.probabilities("We may terminate your account.", np.zeros(len(CLASSES), dtype=int))
    # tf-idf: 'may terminate' 1 * 2.0, 'account' 1 * 1.0, L2-normalised -> 2 / sqrt(5)
    expected = 1.0 / (1.0 + math.exp(-(-3.0 + 6.0 * 2.0 / math.sqrt(5.0))))
    assert p[CLASSES.index("termination")] == pytest.approx(expected, rel=1e-5)
    assert p[CLASSES.index("jurisdiction")] == pytest.approx(1.0 / (1.0 + math.exp(3.0)), rel=1e-5)
    assert loaded.explain("We may terminate your account.", CLASSES.index("termination")) == ["may terminate"]


def test_model_adds_an_unfavourable_topic_the_rules_missed() -> None:
    found: dict[str, tuple[float, dict[str, Any]]] = {}
    _apply_model(tiny_model(), "We may terminate your account.", found, set())
    assert list(found) == ["termination"]
    entry = found["termination"][1]
    assert entry["position"] == "unfavourable"
    assert "learned termination model" in entry["cue"] and "'may terminate'" in entry["cue"]


def test_model_overrules_an_unfavourable_verdict_it_does_not_share() -> None:
    found: dict[str, tuple[float, dict[str, Any]]] = {
        "jurisdiction": (0.5, {"topic": "jurisdiction", "position": "unfavourable", "cue": "rule"})
    }
    _apply_model(tiny_model(), "Disputes go to the courts of Tokyo.", found, {"jurisdiction"})
    assert found["jurisdiction"][1]["position"] == "neutral"
    assert "does not find it unfavourable" in found["jurisdiction"][1]["cue"]


@pytest.mark.parametrize(("law", "expected"), [({"termination"}, "favourable"), (set(), "unfavourable")])
def test_model_does_not_overrule_home_law_on_law_topics(law: set[str], expected: str) -> None:
    # the tiny model finds 'may terminate' unfavourable; on a law topic a favourable verdict stands
    found: dict[str, tuple[float, dict[str, Any]]] = {
        "termination": (0.5, {"topic": "termination", "position": "favourable", "cue": "rule"})
    }
    _apply_model(tiny_model(), "We may terminate your account.", found, law)
    assert found["termination"][1]["position"] == expected


def test_classify_keeps_home_law_favourable(engine: Engine) -> None:
    line = "For users located in Japan, these Terms are governed by the laws of Japan."
    [result] = classify_lines(engine, [line])
    assert [(t["topic"], t["position"]) for t in result["topics"] if t["topic"] == "governing-law"] == [
        ("governing-law", "favourable")
    ]


def test_shipped_model_loads_and_speaks_in_classify(engine: Engine) -> None:
    model = unfair_model()
    assert model is not None and model.classes == CLASSES
    line = "We reserve the right to suspend or terminate your account at any time, for any reason, without notice."
    [with_model] = classify_lines(engine, [line])
    termination = [t for t in with_model["topics"] if t["topic"] == "termination"]
    assert termination and termination[0]["position"] == "unfavourable"


def test_japanese_lines_are_left_to_the_rules(engine: Engine) -> None:
    line = "本契約に関する紛争は、東京地方裁判所を第一審の専属的合意管轄裁判所とする。"
    assert classify_lines(engine, [line]) == classify_lines(engine, [line], learned=False)


# ------------------------------------------------------------------ the shipped model

CHANGE = (
    "We reserve the right, at our sole discretion, to change, modify, add or remove portions of these terms "
    "at any time without notice, and your continued use of the service means you accept the changes."
)
NEUTRAL = "The Customer shall pay the fees within thirty days of receiving the invoice."


@pytest.fixture(scope="module")
def model() -> LinearTextModel:
    loaded = unfair_model()
    assert loaded is not None, f"no model at {MODEL_PATH}"
    return loaded


def _class_topics(result: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return [t for t in result["topics"] if t["topic"] in CLASS_TOPICS[name]]


def test_model_file_is_small_plain_arrays_and_consistent(model: LinearTextModel) -> None:
    assert MODEL_PATH.stat().st_size < 8 * 1024 * 1024
    with np.load(MODEL_PATH, allow_pickle=False) as data:  # loads without pickle
        assert set(data.files) >= {"classes", "vocabulary", "idf", "coef", "rule_coef", "bias", "rule_weight"}
    assert model.classes == CLASSES
    n = len(model.vocabulary)
    assert n > 1000 and model.idf.shape == (n,) and model.coef.shape == (len(CLASSES), n)
    assert model.rule_coef.shape == (len(CLASSES), 2 * len(CLASSES)) and model.bias.shape == (len(CLASSES),)
    assert sorted(model.vocabulary.values()) == list(range(n))
    assert np.isfinite(model.coef).all() and np.isfinite(model.bias).all()


def test_rules_saying_unfavourable_raise_the_probability_of_their_class(model: LinearTextModel) -> None:
    none = np.zeros(len(CLASSES), dtype=int)
    for c in range(len(CLASSES)):
        said = none.copy()
        said[c] = 2
        assert model.probabilities(NEUTRAL, said)[c] > model.probabilities(NEUTRAL, none)[c]


def test_unilateral_change_is_flagged_unfavourable_with_its_ngrams(model: LinearTextModel, engine: Engine) -> None:
    c = CLASSES.index("unilateral-change")
    said = np.zeros(len(CLASSES), dtype=int)
    said[c] = 2
    assert model.probabilities(CHANGE, said)[c] >= 0.5
    [result] = classify_lines(engine, [CHANGE])
    [entry] = _class_topics(result, "unilateral-change")
    assert entry["position"] == "unfavourable"
    cues = model.explain(CHANGE, c)
    assert cues and all(cue in CHANGE.lower() for cue in cues)


def test_a_neutral_sentence_gets_no_unfavourable_verdict(model: LinearTextModel, engine: Engine) -> None:
    p = model.probabilities(NEUTRAL, np.zeros(len(CLASSES), dtype=int))
    assert (p < 0.5).all()
    [result] = classify_lines(engine, [NEUTRAL])
    assert not any(
        _class_topics(result, name) and _class_topics(result, name)[0]["position"] == "unfavourable" for name in CLASSES
    )


def test_without_an_embedder_classify_gives_the_same_model_verdicts(engine: Engine) -> None:
    """The model reads no embeddings: with ``embedder=None`` (``--no-embeddings``) it still decides."""
    assert engine.embedder is None
    lines = [CHANGE, NEUTRAL, "", "These terms are governed by the laws of the State of California."]
    results = classify_lines(engine, lines)
    assert [r["text"] for r in results] == lines and results[2]["topics"] == []
    assert _class_topics(results[0], "unilateral-change")[0]["position"] == "unfavourable"
    assert classify_lines(engine, lines) == results  # deterministic


CONTRACT = """# Services Agreement

1. Governing Law. This Agreement is governed by the laws of the State of New York.

2. Fees. The Customer shall pay the fees within thirty days of the invoice.
"""


def test_topic_gates_turn_weak_english_signal_into_needsreview_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aicc.review.assemble as assemble

    monkeypatch.setattr(assemble, "_english_gates", lambda: {})
    assert review_text(tmp_path, CONTRACT, "a.md").topics["governing-law"].status == "addressed"
    strict = {"governing-law": {"min_rule_sentences": 5, "min_item_confidence": 2.0}}
    monkeypatch.setattr(assemble, "_english_gates", lambda: strict)
    gated = review_text(tmp_path, CONTRACT, "b.md").topics["governing-law"]
    assert gated.status == "needs-review" and gated.evidence


def test_topic_gates_leave_japanese_contracts_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import aicc.review.assemble as assemble

    strict = {"governing-law": {"min_rule_sentences": 5, "min_item_confidence": 2.0}}
    monkeypatch.setattr(assemble, "_english_gates", lambda: strict)
    text = "第1条（準拠法）本契約は日本法に準拠し、日本法に従って解釈される。\n"
    assert review_text(tmp_path, text, "c.txt").topics["governing-law"].status == "addressed"
