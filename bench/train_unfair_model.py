"""Train the learned consumer-terms model shipped in src/aicc/review/data/unfair_terms.npz.

    .venv/bin/python bench/train_unfair_model.py [--data ../shared/data] [--folds 5] [--no-save]

Data: UNFAIR-ToS dev sentences (five classes, see bench_review_unfair.py). Features: sublinear
TF-IDF of word 1-2-grams (``aicc.review.learned.grams``) plus, per class, whether the rules of
``aicc classify`` (run without the model) found one of the class's topics and whether they judged
it unfavourable; one balanced logistic regression per class; a class is predicted at p >= 0.5.

Reported numbers: stratified k-fold CV; each fold's model never saw its test sentences. Columns:
the rules alone (bench_review_unfair.py's strict measure), the n-gram model alone, and both. The
shipped model is then trained on all sentences, so bench_review_unfair.py run with the model on
this same data is in-sample and not a measure.
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

from aicc.review.learned import MODEL_PATH, LinearTextModel, grams  # noqa: E402
from bench_review_unfair import CLASSES, prf  # noqa: E402

C = 10.0  # inverse regularisation; C and RULE_WEIGHT were picked among ~10 settings by this CV
RULE_WEIGHT = 0.5


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


def rule_matrix(tiers: np.ndarray) -> Any:
    """The model's rule features for many sentences (same layout as LinearTextModel.rule_features)."""
    from scipy.sparse import csr_matrix

    return csr_matrix(np.hstack([tiers == 1, tiers == 2]).astype(np.float32) * RULE_WEIGHT)


def fit(texts: list[str], tiers: np.ndarray | None, y: np.ndarray) -> tuple[Any, np.ndarray, np.ndarray]:
    """Vectorizer, coef (classes x features, rule features last when tiers are given), bias (classes,)."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=grams, sublinear_tf=True, min_df=2)
    X = vectorizer.fit_transform(texts)
    if tiers is not None:
        X = hstack([X, rule_matrix(tiers)]).tocsr()
    coef = np.zeros((y.shape[1], X.shape[1]), dtype=np.float32)
    bias = np.zeros(y.shape[1], dtype=np.float32)
    for c in range(y.shape[1]):
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
        model.fit(X, y[:, c])
        coef[c], bias[c] = model.coef_[0], model.intercept_[0]
    return vectorizer, coef, bias


def predict(vectorizer: Any, coef: np.ndarray, bias: np.ndarray, texts: list[str], tiers: np.ndarray | None) -> Any:
    from scipy.sparse import hstack

    X = vectorizer.transform(texts)
    if tiers is not None:
        X = hstack([X, rule_matrix(tiers)]).tocsr()
    return np.asarray(X @ coef.T + bias) >= 0.0  # probability >= 0.5


def folds(y: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Fold number per sentence, stratified by the sentence's class (or none)."""
    strata = np.where(y.any(axis=1), y.argmax(axis=1), -1)
    out = np.zeros(len(y), dtype=int)
    rng = np.random.default_rng(seed)
    for value in np.unique(strata):
        members = rng.permutation(np.nonzero(strata == value)[0])
        out[members] = np.arange(len(members)) % k
    return out


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
        train_texts, test_texts = [texts[i] for i in train], [texts[i] for i in test]
        pred[test] = predict(*fit(train_texts, tiers[train], y[train]), test_texts, tiers[test])
        model_only[test] = predict(*fit(train_texts, None, y[train]), test_texts, None)
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
    vectorizer, coef, bias = fit(texts, tiers, y)
    n_grams = len(vectorizer.vocabulary_)
    model = LinearTextModel(
        classes=list(CLASSES),
        vocabulary={str(g): int(i) for g, i in vectorizer.vocabulary_.items()},
        idf=vectorizer.idf_.astype(np.float32),
        coef=coef[:, :n_grams],
        rule_coef=coef[:, n_grams:],
        bias=bias,
        rule_weight=RULE_WEIGHT,
    )
    model.save(MODEL_PATH)
    print(f"saved {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1024:.0f} KiB, {n_grams} n-grams)")


if __name__ == "__main__":
    main()
