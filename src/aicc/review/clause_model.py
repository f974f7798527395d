"""Learned CUAD clause model: per topic, how much an English sentence reads like an annotated CUAD clause.

A linear model over word 1-2-grams (sublinear term frequency x idf, L2-normalised), one weight
column per CUAD-aligned topic, trained by bench/train_cuad_topics.py on the sentences of CUAD
contracts that overlap an annotated clause. It is stored as plain arrays (``cuad_topics.npz``,
read with ``allow_pickle=False``): the vocabulary as one newline-joined UTF-8 byte string, the
idf per n-gram, the weights (n-grams x topics, float16) and the bias per topic. Scoring needs
numpy only and is deterministic.

The review uses it only for the document-level topics map of English contracts, as one more gate
signal beside the topic rules and checklist items (see ``assemble._topics``). A score can be
explained: ``explain`` names the n-grams that pushed a sentence up.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).parent / "data" / "cuad_topics.npz"
_TOKEN = re.compile(r"[a-z][a-z0-9'-]*|\d+")
_MAX_CHARS = 2000  # a unit is at most ~1200 characters; longer text is cut, never slower


def grams(text: str) -> list[str]:
    """Word 1-grams and 2-grams of a text (lower-cased)."""
    words = _TOKEN.findall(text[:_MAX_CHARS].lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def features(gram_list: list[str], vocab: dict[str, int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(vocabulary indices, weights) of a sentence: (1 + log tf) x idf, L2-normalised."""
    counts: dict[int, int] = {}
    for gram in gram_list:
        index = vocab.get(gram)
        if index is not None:
            counts[index] = counts.get(index, 0) + 1
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    indices = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
    weights = (1.0 + np.log(tf)) * idf[indices]
    norm = float(np.sqrt(np.dot(weights, weights)))
    return indices, (weights / norm if norm > 0 else weights)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0))), dtype=np.float64)


@dataclass(frozen=True)
class Best:
    """The best-scoring sentence of a document for one topic."""

    unit: int  # index into the scored texts
    p: float  # probability-like score (logistic of the linear score)


@dataclass
class ClauseModel:
    topics: list[str]
    vocab: dict[str, int]
    idf: np.ndarray  # (n_grams,) float32
    weights: np.ndarray  # (n_grams, n_topics) float32
    bias: np.ndarray  # (n_topics,) float32

    @classmethod
    def load(cls, path: Path) -> ClauseModel:
        with np.load(path, allow_pickle=False) as data:
            terms = bytes(data["vocab"].tobytes()).decode("utf-8").split("\n")
            topics = bytes(data["topics"].tobytes()).decode("utf-8").split("\n")
            return cls(
                topics=topics,
                vocab={term: i for i, term in enumerate(terms)},
                idf=data["idf"].astype(np.float32),
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
            )

    def save(self, path: Path) -> None:
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        np.savez_compressed(
            path,
            vocab=np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8),
            topics=np.frombuffer("\n".join(self.topics).encode("utf-8"), dtype=np.uint8),
            idf=self.idf.astype(np.float16),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
        )

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """texts x topics: the linear score of every text for every topic (``features`` for all texts at once)."""
        vocab, n_terms = self.vocab, len(self.vocab)
        found: list[int] = []
        lengths = np.zeros(len(texts), dtype=np.int64)
        for row, text in enumerate(texts):
            before = len(found)
            found.extend(i for i in map(vocab.get, grams(text)) if i is not None)
            lengths[row] = len(found) - before
        out = np.tile(self.bias, (len(texts), 1))
        if not found:
            return out
        keys = np.repeat(np.arange(len(texts), dtype=np.int64), lengths) * n_terms + np.asarray(found, dtype=np.int64)
        keys, counts = np.unique(keys, return_counts=True)
        rows, terms = keys // n_terms, keys % n_terms
        weights = (1.0 + np.log(counts.astype(np.float32))) * self.idf[terms]
        norms = np.sqrt(np.bincount(rows, weights=weights.astype(np.float64) ** 2, minlength=len(texts)))
        weights = weights / norms[rows].astype(np.float32)
        contributions = self.weights[terms] * weights[:, None]
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        out[rows[starts]] += np.add.reduceat(contributions, starts, axis=0)
        return out

    def best(self, texts: Sequence[str]) -> dict[str, Best]:
        """Per topic, the best-scoring text (nothing when there is no text)."""
        if not texts:
            return {}
        logits = self.logits(texts)
        rows = logits.argmax(axis=0)
        probs = _sigmoid(logits[rows, np.arange(len(self.topics))])
        return {topic: Best(int(rows[t]), float(probs[t])) for t, topic in enumerate(self.topics)}

    def explain(self, text: str, topic: str, n: int = 3) -> list[str]:
        """The n-grams of the text that raise its score for the topic most."""
        column = self.topics.index(topic)
        gram_list = grams(text)
        indices, weights = features(gram_list, self.vocab, self.idf)
        if not len(indices):
            return []
        contribution = weights * self.weights[indices, column]
        names = {self.vocab[g]: g for g in gram_list if g in self.vocab}
        order = np.argsort(-contribution, kind="stable")
        return [names[int(indices[i])] for i in order[:n] if contribution[i] > 0]


@lru_cache(maxsize=1)
def shipped_model() -> ClauseModel | None:
    """The packaged model, or None when the file is absent (the review then works without it)."""
    if not MODEL_PATH.exists():
        return None
    return ClauseModel.load(MODEL_PATH)


def cue(model: ClauseModel, text: str, topic: str, p: float) -> str:
    """A short human-readable reason, e.g. for logs and reports."""
    top = ", ".join(f"'{g}'" for g in model.explain(text, topic))
    return f"learned CUAD clause model p={p:.2f} (n-grams {top})"
