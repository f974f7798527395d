"""The learned CUAD clause model: numpy scoring of stored arrays, and how the topics map gates on it."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

import aicc.review.assemble as assemble
import aicc.review.clause_model as clause_model
from aicc.review.clause_model import (
    DOCUMENT_MODEL_PATH,
    MODEL_PATH,
    ClauseModel,
    DocumentModel,
    grams,
    shipped_document_model,
    shipped_model,
)

from conftest import review_text

ESCROW = (
    "Licensor shall deposit the Source Code of the Software with the Escrow Agent under a source code escrow "
    "agreement, and the Escrow Agent shall release the Source Code to Licensee upon a Release Condition."
)
CHANGE_OF_CONTROL = (
    "Either party may terminate this Agreement upon written notice if the other party undergoes a Change of "
    "Control, including a merger or the sale of all or substantially all of its assets or voting stock."
)
BOILERPLATE = "This Agreement may be executed in counterparts, each of which shall be deemed an original."


def _gate(topic: str) -> dict[str, float]:
    gates: dict[str, dict[str, float]] = assemble._english_gates()
    return gates[topic]


def _bar(topic: str) -> float:
    """The lowest probability at which the shipped gate lets the model speak for the topic."""
    gate = _gate(topic)
    bar = min(gate["model_with_rules"] or 2.0, gate["model_alone"])
    assert 0.0 < bar <= 1.0, f"the shipped gate of {topic} does not use the clause model"
    return bar


def test_grams_are_lowercased_words_and_bigrams() -> None:
    assert grams("Source CODE escrow.") == ["source", "code", "escrow", "source code", "code escrow"]


def test_save_load_round_trip_without_pickle(tmp_path: Path) -> None:
    model = ClauseModel(
        topics=["source-code-escrow", "governing-law"],
        vocab={"escrow": 0, "source code": 1},
        idf=np.array([2.0, 1.0], dtype=np.float32),
        weights=np.array([[3.0, 0.0], [1.0, 0.0]], dtype=np.float32),
        bias=np.array([-2.0, -1.0], dtype=np.float32),
    )
    path = tmp_path / "m.npz"
    model.save(path)
    with np.load(path, allow_pickle=False) as data:
        assert all(data[name].dtype != object for name in data.files)
    loaded = ClauseModel.load(path)
    best = loaded.best(["Nothing here.", "The source code escrow."])
    # (1 + log 1) x idf, L2-normalised: escrow 2/sqrt(5), source code 1/sqrt(5)
    expected = 1.0 / (1.0 + math.exp(-(-2.0 + (3.0 * 2.0 + 1.0 * 1.0) / math.sqrt(5.0))))
    assert best["source-code-escrow"].unit == 1
    assert best["source-code-escrow"].p == pytest.approx(expected, rel=1e-3)
    assert loaded.explain("The source code escrow.", "source-code-escrow") == ["escrow", "source code"]


def test_shipped_model_is_small_and_loads() -> None:
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size < 8_000_000
    model = shipped_model()
    assert model is not None and "source-code-escrow" in model.topics and "change-of-control" in model.topics


@pytest.mark.parametrize(
    ("topic", "sentence"), [("source-code-escrow", ESCROW), ("change-of-control", CHANGE_OF_CONTROL)]
)
def test_shipped_model_scores_clear_clauses_above_and_boilerplate_below(topic: str, sentence: str) -> None:
    model = shipped_model()
    assert model is not None
    best = model.best([BOILERPLATE, sentence])
    assert best[topic].unit == 1 and best[topic].p >= _bar(topic)
    assert model.best([BOILERPLATE])[topic].p < _bar(topic)
    assert model.explain(sentence, topic)


def _tiny() -> ClauseModel:
    """Reacts to 'escrow' for source-code-escrow only."""
    return ClauseModel(
        topics=["source-code-escrow"],
        vocab={"escrow": 0},
        idf=np.ones(1, dtype=np.float32),
        weights=np.array([[8.0]], dtype=np.float32),
        bias=np.array([-4.0], dtype=np.float32),
    )


# a gate under which only the model can make the topic addressed
GATES = {
    "source-code-escrow": {
        "min_rule_sentences": 10**6,
        "min_item_confidence": 2.0,
        "model_min_rule_sentences": 10**6,
        "model_min_item_confidence": 2.0,
        "model_with_rules": 0.0,
        "model_alone": 0.9,
    }
}
EN = """# Software License Agreement

1. Deposit. The Licensor will place the materials with the agent in escrow for the Licensee.

2. Fees. The Licensee shall pay the fees within thirty days of the invoice.
"""
JA = "第1条（寄託）甲は、本ソフトウェアの資料を寄託機関に escrow として寄託する。\n"


def test_gate_uses_the_model_for_english_and_quotes_its_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assemble, "_english_gates", lambda: GATES)
    monkeypatch.setattr(assemble, "shipped_model", lambda: None)
    assert review_text(tmp_path, EN, "a.md").topics["source-code-escrow"].status != "addressed"
    monkeypatch.setattr(assemble, "shipped_model", _tiny)
    topic = review_text(tmp_path, EN, "b.md").topics["source-code-escrow"]
    assert topic.status == "addressed"
    assert "escrow" in topic.evidence[0].quote and topic.evidence[0].quote.startswith("The Licensor will place")


def test_gate_never_uses_the_model_for_japanese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden() -> ClauseModel:
        raise AssertionError("the clause model must not run on Japanese contracts")

    monkeypatch.setattr(assemble, "_english_gates", lambda: GATES)
    monkeypatch.setattr(assemble, "shipped_model", forbidden)
    assert review_text(tmp_path, JA, "c.txt").topics["source-code-escrow"].status != "addressed"


def test_missing_model_file_keeps_the_plain_gates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clause_model, "MODEL_PATH", tmp_path / "absent.npz")
    clause_model.shipped_model.cache_clear()
    try:
        assert clause_model.shipped_model() is None
        gates = {
            "governing-law": {
                "min_rule_sentences": 1,
                "min_item_confidence": 0.5,
                "model_min_rule_sentences": 10**6,
                "model_min_item_confidence": 2.0,
                "model_with_rules": 0.0,
                "model_alone": 2.0,
            }
        }
        monkeypatch.setattr(assemble, "_english_gates", lambda: gates)
        text = "# Agreement\n\n1. Governing Law. This Agreement is governed by the laws of the State of New York.\n"
        # without the model the plain bars (1 rule sentence) apply; with it, the model bars would refuse
        assert review_text(tmp_path, text, "d.md").topics["governing-law"].status == "addressed"
    finally:
        clause_model.shipped_model.cache_clear()


# --- the document model (whole English text -> per topic score), stacked with the other signals


def test_document_analyzers_equal_scikit_learn() -> None:
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    samples = [
        CHANGE_OF_CONTROL + "\n\n" + ESCROW,
        "Ab  c\tdéF  x 1 22 a-b's Ünïcode\n\nline two; (i) x.y — “quoted” 10,000.00 USD",
        "",
    ]
    for text in samples:
        for analyzer, ngrams, ours in (
            ("word", (1, 2), clause_model.word_grams),
            ("char_wb", (3, 5), clause_model.char_grams),
        ):
            theirs = sklearn_text.CountVectorizer(analyzer=analyzer, ngram_range=ngrams).build_analyzer()
            assert ours(text) == Counter(theirs(text)), (analyzer, text[:30])


def test_document_model_round_trip_without_pickle(tmp_path: Path) -> None:
    model = DocumentModel(
        topics=["change-of-control"],
        words={"control": 0},
        chars={"ger": 0},
        idf=np.array([2.0, 1.0]),
        weights=np.array([[3.0], [1.0]], dtype=np.float32),
        bias=np.array([-2.0], dtype=np.float32),
    )
    path = tmp_path / "d.npz"
    model.save(path)
    with np.load(path, allow_pickle=False) as data:
        assert all(data[name].dtype != object for name in data.files)
    loaded = DocumentModel.load(path)
    # each block is L2-normalised on its own: one word n-gram and one char n-gram -> 1 each
    assert loaded.scores("a change of control merger")["change-of-control"] == pytest.approx(-2.0 + 3.0 + 1.0)
    assert loaded.scores("nothing")["change-of-control"] == pytest.approx(-2.0)


def test_shipped_document_model_is_small_fast_and_reads_change_of_control() -> None:
    import time

    assert DOCUMENT_MODEL_PATH.exists() and DOCUMENT_MODEL_PATH.stat().st_size <= 6_000_000
    model = shipped_document_model()
    assert model is not None and model.topics == shipped_model().topics  # type: ignore[union-attr]
    body = " ".join([BOILERPLATE] * 40)
    with_clause = model.scores(body + " " + CHANGE_OF_CONTROL)["change-of-control"]
    without = model.scores(body)["change-of-control"]
    assert with_clause > without
    long = " ".join([CHANGE_OF_CONTROL, ESCROW, BOILERPLATE] * 400)  # ~150k characters, a long contract
    started = time.perf_counter()
    model.scores(long)
    assert time.perf_counter() - started < 1.0


def test_stacked_gate_decides_with_the_document_score() -> None:
    gate = {"stack_r": 0.0, "stack_c": 0.0, "stack_p": 0.0, "stack_d": 1.0, "stack_bias": -0.5}
    assert assemble._stack(gate, 0, 0.0, 0.5, 1.0) is True
    assert assemble._stack(gate, 0, 0.0, 0.5, 0.0) is False
    assert assemble._stack(gate, 0, 0.0, 0.5, None) is None  # no document model: the other gates decide
    assert assemble._stack({"model_alone": 0.5}, 0, 0.0, 0.5, 1.0) is None


def test_document_model_never_runs_on_japanese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden() -> DocumentModel:
        raise AssertionError("the document model must not run on Japanese contracts")

    monkeypatch.setattr(assemble, "shipped_document_model", forbidden)
    review_text(tmp_path, JA, "e.txt")
    calls: list[str] = []
    real = shipped_document_model()
    assert real is not None

    def counted() -> DocumentModel:
        calls.append("en")
        return real

    monkeypatch.setattr(assemble, "shipped_document_model", counted)
    review_text(tmp_path, EN, "f.md")
    assert calls == ["en"]
