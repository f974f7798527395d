"""Choose, per topic, how much signal an English contract needs before the topics map says ``addressed``.

    .venv/bin/python bench/train_topic_gates.py [--data ../shared/data] [--folds 5] [--features F] [--no-save]

The engine's rules over-detect at document level (CUAD: recall ~0.95, precision ~0.55). For each
CUAD contract the review runs once with no gate, and records per topic: how many sentences the
topic rules found (``r``), and the best confidence of the topic's addressed checklist items
(``c``). A gate is (min_rule_sentences, min_item_confidence): the topic is addressed when
``r >= min_rule_sentences`` or ``c >= min_item_confidence``; otherwise, with some signal, it is
``needs-review``. Each topic's gate is chosen by F1 on training contracts; the numbers printed are
on held-out contracts (k-fold by contract). The shipped gates (src/aicc/review/data/topic_gates.json)
are chosen on all contracts. Features are cached in ``--features`` (a JSONL) because the reviews
take ~20 min.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from metrics import prf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from aicc.review.assemble import GATES_PATH  # noqa: E402
from bench_review_cuad import TOPICS, gold_rows  # noqa: E402

MIN_RULE = (1, 2, 3, 4, 6, 10**6)
MIN_CONF = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2.0)


def collect(data: Path, cache: Path) -> list[dict[str, Any]]:
    """Per contract: gold and the ungated signals per topic (appends to the cache, resumes from it)."""
    import aicc.review.assemble as assemble
    from aicc.catalog import load_catalog
    from aicc.ingest import load_document
    from aicc.models import Profile

    done = {}
    if cache.exists():
        for line in cache.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            done[record["path"]] = record
    captured: dict[str, Any] = {}
    original = assemble._topics

    def spy(findings: Any, topic_matches: Any, documents: Any, gates: Any = None) -> Any:
        captured["findings"], captured["matches"] = findings, topic_matches
        return original(findings, topic_matches, documents, gates={})

    assemble._topics = spy  # type: ignore[assignment]
    catalog = load_catalog()
    with cache.open("a", encoding="utf-8") as out:
        for path, gold in gold_rows(data):
            if str(path) in done:
                continue
            doc = load_document(path)
            assemble.review_documents([doc], catalog, Profile(deal_type="customized"), use_embeddings=False)
            features = {}
            for topic in TOPICS:
                items = [
                    f
                    for f in captured["findings"]
                    if f.topics[0] == topic and f.item.not_automatable is None and f.status == "addressed"
                ]
                features[topic] = {
                    "r": len(captured["matches"].get(topic, [])),
                    "c": max((f.confidence for f in items), default=0.0),
                }
            record = {"path": str(path), "gold": gold, "feat": features}
            done[str(path)] = record
            out.write(json.dumps(record) + "\n")
            out.flush()
    assemble._topics = original  # type: ignore[assignment]
    return list(done.values())


def decide(r: np.ndarray, c: np.ndarray, gate: tuple[int, float]) -> np.ndarray:
    return (r >= gate[0]) | (c >= gate[1])


def f1(pred: np.ndarray, gold: np.ndarray) -> float:
    tp = int((pred & gold).sum())
    return 2 * tp / (int(pred.sum()) + int(gold.sum())) if pred.sum() + gold.sum() else 0.0


def choose(r: np.ndarray, c: np.ndarray, gold: np.ndarray) -> tuple[int, float]:
    """The gate with the best F1 (ties: the current behaviour, then the lower bars)."""
    best, best_f1 = (1, 0.5), f1(decide(r, c, (1, 0.5)), gold)
    for k in MIN_RULE:
        for t in MIN_CONF:
            score = f1(decide(r, c, (k, t)), gold)
            if score > best_f1 + 1e-9:
                best, best_f1 = (k, t), score
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--features", type=Path, default=Path("/tmp/aicc_cuad_gate_features.jsonl"))
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--cached-only", action="store_true", help="use only the contracts already in --features")
    args = parser.parse_args()
    if args.cached_only:
        lines = args.features.read_text(encoding="utf-8").splitlines()
        loaded = {rec["path"]: rec for rec in map(json.loads, lines)}
        records = sorted(loaded.values(), key=lambda rec: rec["path"])
    else:
        records = sorted(collect(args.data, args.features), key=lambda rec: rec["path"])
    fold_of = np.random.default_rng(0).permutation(len(records)) % args.folds
    print(f"CUAD: {len(records)} contracts, {args.folds}-fold by contract (held-out contracts only)")
    print(f"{'topic':30s} {'gold':>4s}  {'ungated P/R/F1':>15s}  {'gated P/R/F1':>15s}")
    macro = np.zeros(2)
    gates: dict[str, dict[str, float]] = {}
    for topic in TOPICS:
        r = np.array([rec["feat"][topic]["r"] for rec in records])
        c = np.array([rec["feat"][topic]["c"] for rec in records])
        gold = np.array([rec["gold"][topic] for rec in records])
        pred = np.zeros(len(records), dtype=bool)
        for fold in range(args.folds):
            train, test = fold_of != fold, fold_of == fold
            pred[test] = decide(r[test], c[test], choose(r[train], c[train], gold[train]))
        rows = []
        for hit in (decide(r, c, (1, 0.5)), pred):
            tp, fp, fn = int((hit & gold).sum()), int((hit & ~gold).sum()), int((~hit & gold).sum())
            rows.append(prf(tp, fp, fn))
        macro += [rows[0][2], rows[1][2]]
        print(
            f"{topic:30s} {int(gold.sum()):4d}  {rows[0][0]:.2f}/{rows[0][1]:.2f}/{rows[0][2]:.2f}"
            f"  {rows[1][0]:.2f}/{rows[1][1]:.2f}/{rows[1][2]:.2f}"
        )
        k, t = choose(r, c, gold)
        gates[topic] = {"min_rule_sentences": k, "min_item_confidence": t}
    macro /= len(TOPICS)
    print(f"{'macro F1':30s}       {macro[0]:15.3f}  {macro[1]:15.3f}")
    if not args.no_save:
        GATES_PATH.write_text(json.dumps(gates, indent=1) + "\n", encoding="utf-8")
        print(f"saved {GATES_PATH}")


if __name__ == "__main__":
    main()
