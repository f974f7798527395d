"""Train the learned consumer-terms model shipped in src/aicc/review/data/unfair_terms.npz.

    .venv/bin/python bench/train_unfair_model.py [--data ../shared/data] [--folds 5] [--no-save]

Data: UNFAIR-ToS dev sentences (five classes, see bench_review_unfair.py). Features: sublinear
TF-IDF of word 1-2-grams (``aicc.review.learned.grams``); one balanced logistic regression per
class. The model is combined with the rules of ``aicc classify``: a sentence gets a class when the
model's probability reaches a threshold that depends on what the rules said (2 = the rules found
one of the class's topics with an unfavourable position, 1 = found it with another position, 0 =
did not find it). The three thresholds are chosen by an inner cross-validation on the training
sentences only.

Reported numbers: stratified k-fold CV; each fold's model and thresholds never saw its test
sentences. The shipped model is then trained on all sentences (thresholds from an all-data CV).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_review_unfair import CLASSES, prf  # noqa: E402

from aicc.review.learned import MODEL_PATH, LinearTextModel, grams  # noqa: E402

GRID = np.array([0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01])
C = 10.0


def rule_tiers(texts: list[str]) -> np.ndarray:
    """sentences x classes: 2 = rules found the class unfavourable, 1 = found it, 0 = not found."""
    from aicc.catalog import load_catalog
    from aicc.review.classify import classify_lines
    from aicc.review.engine import Engine
    from aicc.review.parties import resolve_names

    engine = Engine(items=load_catalog().items, names=resolve_names(), embedder=None)
    results = classify_lines(engine, texts, learned=False)
    tiers = np.zeros((len(texts), len(CLASSES)), dtype=np.int8)
    for i, result in enumerate(results):
        for c, (_, topics) in enumerate(CLASSES.values()):
            found = [t for t in result["topics"] if t["topic"] in topics]
            if found:
                tiers[i, c] = 2 if any(t["position"] == "unfavourable" for t in found) else 1
    return tiers


def fit(texts: list[str], y: np.ndarray) -> tuple[Any, np.ndarray, np.ndarray]:
    """Vectorizer, coef (classes x features), bias (classes,)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=grams, sublinear_tf=True, min_df=2)
    X = vectorizer.fit_transform(texts)
    coef = np.zeros((y.shape[1], X.shape[1]), dtype=np.float32)
    bias = np.zeros(y.shape[1], dtype=np.float32)
    for c in range(y.shape[1]):
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
        model.fit(X, y[:, c])
        coef[c], bias[c] = model.coef_[0], model.intercept_[0]
    return vectorizer, coef, bias


def probabilities(vectorizer: Any, coef: np.ndarray, bias: np.ndarray, texts: list[str]) -> np.ndarray:
    X = vectorizer.transform(texts)
    return np.asarray(1.0 / (1.0 + np.exp(-(X @ coef.T + bias))))


def folds(y: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Fold number per sentence, stratified by the sentence's class (or none)."""
    strata = np.where(y.any(axis=1), y.argmax(axis=1), -1)
    out = np.zeros(len(y), dtype=int)
    rng = np.random.default_rng(seed)
    for value in np.unique(strata):
        members = rng.permutation(np.nonzero(strata == value)[0])
        out[members] = np.arange(len(members)) % k
    return out


def oof_probabilities(texts: list[str], y: np.ndarray, k: int, seed: int) -> np.ndarray:
    fold_of = folds(y, k, seed)
    out = np.zeros(y.shape, dtype=np.float64)
    for fold in range(k):
        train = np.nonzero(fold_of != fold)[0]
        test = np.nonzero(fold_of == fold)[0]
        vectorizer, coef, bias = fit([texts[i] for i in train], y[train])
        out[test] = probabilities(vectorizer, coef, bias, [texts[i] for i in test])
    return out


def choose(p: np.ndarray, tiers: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """Thresholds for tiers 0, 1, 2 with the best F1 (ties: the higher thresholds)."""
    best, best_f1 = np.array([1.01, 1.01, 0.0]), -1.0
    for t0 in GRID:
        for t1 in GRID:
            for t2 in GRID:
                thresholds = np.array([t0, t1, t2])
                pred = p >= thresholds[tiers]
                tp = int((pred & gold).sum())
                f1 = 2 * tp / (pred.sum() + gold.sum()) if pred.sum() + gold.sum() else 0.0
                if f1 > best_f1 + 1e-9:
                    best, best_f1 = thresholds, f1
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    with (args.data / "unfair_tos" / "dev.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    texts = [row["text"].strip() for row in rows]
    y = np.array([[row["label"].strip() in gold for gold, _ in CLASSES.values()] for row in rows], dtype=bool)
    tiers = rule_tiers(texts)
    fold_of = folds(y, args.folds, 0)
    pred = np.zeros(y.shape, dtype=bool)
    model_only = np.zeros(y.shape, dtype=bool)
    for fold in range(args.folds):
        train = np.nonzero(fold_of != fold)[0]
        test = np.nonzero(fold_of == fold)[0]
        train_texts = [texts[i] for i in train]
        inner = oof_probabilities(train_texts, y[train], args.folds, fold + 1)
        vectorizer, coef, bias = fit(train_texts, y[train])
        p = probabilities(vectorizer, coef, bias, [texts[i] for i in test])
        for c in range(len(CLASSES)):
            thresholds = choose(inner[:, c], tiers[train, c], y[train, c])
            pred[test, c] = p[:, c] >= thresholds[tiers[test, c]]
            model_only[test, c] = p[:, c] >= 0.5
    print(f"UNFAIR-ToS dev, {len(texts)} sentences, {args.folds}-fold CV (held-out sentences only)")
    print(f"{'class':20s} {'n':>4s}  {'rules':>5s}  {'model':>5s}  {'both':>5s}   (F1; both = P/R/F1)")
    macro = np.zeros(3)
    for c, name in enumerate(CLASSES):
        gold = y[:, c]
        scores = []
        for hit in (tiers[:, c] == 2, model_only[:, c], pred[:, c]):
            scores.append(prf(int((hit & gold).sum()), int((hit & ~gold).sum()), int((~hit & gold).sum())))
        macro += [s[2] for s in scores]
        both = scores[2]
        print(
            f"{name:20s} {int(gold.sum()):4d}  {scores[0][2]:5.2f}  {scores[1][2]:5.2f}  {both[2]:5.2f}"
            f"   {both[0]:.2f}/{both[1]:.2f}/{both[2]:.2f}"
        )
    macro /= len(CLASSES)
    print(f"{'macro F1':20s}       {macro[0]:5.3f}  {macro[1]:5.3f}  {macro[2]:5.3f}")
    if args.no_save:
        return
    vectorizer, coef, bias = fit(texts, y)
    oof = oof_probabilities(texts, y, args.folds, 0)
    thresholds = np.array([choose(oof[:, c], tiers[:, c], y[:, c]) for c in range(len(CLASSES))])
    model = LinearTextModel(
        classes=list(CLASSES),
        vocabulary={str(g): int(i) for g, i in vectorizer.vocabulary_.items()},
        idf=vectorizer.idf_.astype(np.float32),
        coef=coef,
        bias=bias,
        thresholds=thresholds.astype(np.float32),
    )
    model.save(MODEL_PATH)
    print(f"saved {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1024:.0f} KiB); thresholds per class (tier 0/1/2):")
    for name, row in zip(CLASSES, thresholds, strict=True):
        print(f"  {name:20s} {row[0]:.2f} {row[1]:.2f} {row[2]:.2f}")


if __name__ == "__main__":
    main()
