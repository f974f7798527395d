"""A small learned model for unfair consumer-terms clauses, used by ``aicc classify`` beside the rules.

One logistic regression per class over the sublinear TF-IDF of lowercased word 1-2-grams plus
what the engine's rules said about each class (found one of its topics; found it unfavourable),
so the model learns how far to trust the rules. Trained by ``bench/train_unfair_model.py`` on
UNFAIR-ToS sentences; stored as plain arrays in ``data/unfair_terms.npz`` (no pickle) and scored
here with numpy, so scikit-learn is needed only for training. English only.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).parent / "data" / "unfair_terms.npz"
# model class -> the engine topics it stands for (first = the topic named when the rules saw none)
CLASS_TOPICS: dict[str, tuple[str, ...]] = {
    "jurisdiction": ("jurisdiction",),
    "governing-law": ("governing-law",),
    "liability": ("liability-cap", "warranty-disclaimer"),
    "unilateral-change": ("unilateral-changes",),
    "termination": ("termination",),
}
_TOKEN = re.compile(r"[a-z][a-z0-9'-]*|\d+")


def grams(text: str) -> list[str]:
    """Word 1-2-grams of a text, lowercased (the model's analyzer, in training too)."""
    words = _TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def tfidf_vector(gram_list: list[str], vocab: dict[str, int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(vocabulary indices, weights) of a text's n-grams: (1 + log tf) x idf, L2-normalised, as
    scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` computes them (both shipped models use it)."""
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


@dataclass(frozen=True)
class LinearTextModel:
    classes: list[str]
    vocabulary: dict[str, int]
    idf: np.ndarray  # (features,)
    coef: np.ndarray  # (classes, n-gram features)
    rule_coef: np.ndarray  # (classes, 2 * classes): weights of "rules found class k" / "... unfavourable"
    bias: np.ndarray  # (classes,)
    rule_weight: float  # value of a rule feature that is on

    def rule_features(self, tiers: np.ndarray) -> np.ndarray:
        """Rule features from per-class tiers (0 = rules did not find it, 1 = found, 2 = found unfavourable)."""
        return np.concatenate([tiers == 1, tiers == 2]).astype(np.float32) * self.rule_weight

    def probabilities(self, text: str, tiers: np.ndarray) -> np.ndarray:
        """Probability of each class for one sentence, given what the rules said (see ``rule_features``)."""
        columns, weights = tfidf_vector(grams(text), self.vocabulary, self.idf)
        margin = self.bias + self.rule_coef @ self.rule_features(tiers)
        if len(columns):
            margin = margin + self.coef[:, columns] @ weights
        return np.asarray(1.0 / (1.0 + np.exp(-margin)), dtype=np.float64)

    def explain(self, text: str, class_index: int, top: int = 3) -> list[str]:
        """The n-grams of the sentence that push hardest towards the class."""
        columns, weights = tfidf_vector(grams(text), self.vocabulary, self.idf)
        if not len(columns):
            return []
        contributions = self.coef[class_index, columns] * weights
        order = np.argsort(-contributions)[:top]
        wanted = set(columns)
        names = {index: gram for gram, index in self.vocabulary.items() if index in wanted}
        return [names[columns[i]] for i in order if contributions[i] > 0]

    def save(self, path: Path) -> None:
        grams_by_index = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            vocabulary=np.array(grams_by_index),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            rule_coef=self.rule_coef.astype(np.float32),
            bias=self.bias.astype(np.float32),
            rule_weight=np.float32(self.rule_weight),
        )

    @classmethod
    def load(cls, path: Path) -> LinearTextModel:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                classes=[str(c) for c in data["classes"]],
                vocabulary={str(g): i for i, g in enumerate(data["vocabulary"])},
                idf=data["idf"],
                coef=data["coef"],
                rule_coef=data["rule_coef"],
                bias=data["bias"],
                rule_weight=float(data["rule_weight"]),
            )


@lru_cache(maxsize=1)
def unfair_model() -> LinearTextModel | None:
    """The shipped model, loaded once; None when the package has no model file."""
    return LinearTextModel.load(MODEL_PATH) if MODEL_PATH.exists() else None
