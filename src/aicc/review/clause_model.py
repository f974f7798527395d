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

``DocumentModel`` scores a whole English contract per topic (word 1-2-grams and char_wb
3-5-grams, re-implemented here exactly as scikit-learn's analyzers; ``cuad_documents.npz``, trained
by bench/train_cuad_topics.py --documents). It has no sentence to quote: it is only one input of
some topics' stacked gates (``assemble._stack``), never evidence, and never used by ``aicc classify``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from aicc.review.learned import grams as word_bigrams
from aicc.review.learned import tfidf_vector

MODEL_PATH = Path(__file__).parent / "data" / "cuad_topics.npz"
_MAX_CHARS = 2000  # a unit is at most ~1200 characters; longer text is cut, never slower


def grams(text: str) -> list[str]:
    """Word 1-grams and 2-grams of a text (lower-cased): the unfair-terms model's analyzer, on at most
    ``_MAX_CHARS`` characters."""
    return word_bigrams(text[:_MAX_CHARS])


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
        """texts x topics: the linear score of every text for every topic (``tfidf_vector`` for all texts at once)."""
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
        indices, weights = tfidf_vector(gram_list, self.vocab, self.idf)
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


# --- document-level model: the whole English text -> per topic, how much it reads like a contract with the clause

DOCUMENT_MODEL_PATH = Path(__file__).parent / "data" / "cuad_documents.npz"
_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


def _word_list(text: str) -> list[str]:
    tokens = _WORD.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]


def _char_list(text: str) -> tuple[list[str], np.ndarray]:
    """The char_wb 3-5-grams of each distinct word (a contract has few), and per n-gram the word's count."""
    words = Counter(text.lower().split())
    found: list[str] = []
    sizes = []
    for word in words:
        padded, before = f" {word} ", len(found)
        length = len(padded)
        for n in range(3, 6):
            if length <= n:  # a short word gives itself once
                found.append(padded)
                break
            found.extend([padded[offset : offset + n] for offset in range(length - n + 1)])
        sizes.append(len(found) - before)
    times = np.repeat(np.fromiter(words.values(), dtype=np.float64, count=len(words)), sizes)
    return found, times


def word_grams(text: str) -> Counter[str]:
    """Counts of word 1-2-grams, exactly scikit-learn's ``analyzer="word", ngram_range=(1, 2)`` (lower-cased)."""
    return Counter(_word_list(text))


def char_grams(text: str) -> Counter[str]:
    """Counts of character 3-5-grams inside word boundaries, exactly scikit-learn's ``analyzer="char_wb"``:
    each whitespace-separated word, padded with one space on each side, gives its n-grams."""
    counts: Counter[str] = Counter()
    for gram, times in zip(*_char_list(text), strict=True):
        counts[gram] += int(times)
    return counts


def _block(
    found: list[str], times: np.ndarray, vocab: dict[str, int], idf: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(indices, L2-normalised sublinear tf x idf) of the n-grams that are in the vocabulary."""
    get = vocab.get
    ids = np.array([get(gram, -1) for gram in found], dtype=np.int64)
    keep = ids >= 0
    tf = np.bincount(ids[keep], weights=times[keep], minlength=len(idf))
    indices = np.flatnonzero(tf)
    if not len(indices):
        return indices, np.zeros(0, dtype=np.float64)
    values = (1.0 + np.log(tf[indices])) * idf[indices]
    return indices, values / np.sqrt(np.dot(values, values))


@dataclass
class DocumentModel:
    """One logistic regression per topic over a whole contract (word 1-2-grams + char_wb 3-5-grams, tf-idf)."""

    topics: list[str]
    words: dict[str, int]
    chars: dict[str, int]
    idf: np.ndarray  # (n_words + n_chars,) float64: the word block, then the char block
    weights: np.ndarray  # (n_words + n_chars, n_topics) float32
    bias: np.ndarray  # (n_topics,) float32

    @classmethod
    def load(cls, path: Path) -> DocumentModel:
        with np.load(path, allow_pickle=False) as data:

            def strings(key: str) -> list[str]:
                return bytes(data[key].tobytes()).decode("utf-8").split("\n")

            words, chars = strings("words"), strings("chars")
            return cls(
                topics=strings("topics"),
                words={g: i for i, g in enumerate(words)},
                chars={g: i for i, g in enumerate(chars)},
                idf=data["idf"].astype(np.float64),
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
            )

    def save(self, path: Path) -> None:
        def joined(names: list[str]) -> np.ndarray:
            return np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)

        np.savez_compressed(
            path,
            topics=joined(self.topics),
            words=joined(sorted(self.words, key=self.words.__getitem__)),
            chars=joined(sorted(self.chars, key=self.chars.__getitem__)),
            idf=self.idf.astype(np.float32),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
        )

    def scores(self, text: str) -> dict[str, float]:
        """Per topic, the linear score of the whole text (higher: more like a contract with the clause)."""
        n_words = len(self.words)
        words = _word_list(text)
        w_at, w_val = _block(words, np.ones(len(words)), self.words, self.idf[:n_words])
        c_at, c_val = _block(*_char_list(text), self.chars, self.idf[n_words:])
        out = self.bias.astype(np.float64) + w_val @ self.weights[w_at] + c_val @ self.weights[c_at + n_words]
        return {topic: float(out[t]) for t, topic in enumerate(self.topics)}


@lru_cache(maxsize=1)
def shipped_document_model() -> DocumentModel | None:
    """The packaged document model, or None when the file is absent."""
    if not DOCUMENT_MODEL_PATH.exists():
        return None
    return DocumentModel.load(DOCUMENT_MODEL_PATH)
