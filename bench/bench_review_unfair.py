"""UNFAIR-ToS (LexGLUE / LegalBench dev split): sentence-level F1 of ``aicc classify`` for five classes.

    .venv/bin/python bench/bench_review_unfair.py [--data ../shared/data] [--embeddings] [--errors N] [--learned]

Class mapping (as in the issue): Arbitration or Jurisdiction -> jurisdiction; Choice of law ->
governing-law; Limitation of liability -> liability-cap or warranty-disclaimer; Unilateral change ->
unilateral-changes; Unilateral termination -> termination. A sentence counts as predicted for a
class when classify returns one of its topics with an unfavourable position for the user ("strict"),
or with any position ("topic only"). No rule was written from these sentences; they are only measured.

By default the rules run alone. The learned model that ``aicc classify`` also uses was trained on
these very sentences, so ``--learned`` gives in-sample numbers (a wiring check, not a measure);
the held-out numbers of rules + model come from bench/train_unfair_model.py (cross-validation).
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from aicc.catalog import load_catalog
from aicc.review.classify import classify_lines
from aicc.review.embeddings import shared_embedder
from aicc.review.engine import Engine
from aicc.review.parties import resolve_names
from metrics import prf

ROOT = Path(__file__).resolve().parents[1]
CLASSES: dict[str, tuple[set[str], set[str]]] = {
    "jurisdiction": ({"Arbitration", "Jurisdiction"}, {"jurisdiction"}),
    "governing-law": ({"Choice of law"}, {"governing-law"}),
    "liability": ({"Limitation of liability"}, {"liability-cap", "warranty-disclaimer"}),
    "unilateral-change": ({"Unilateral change"}, {"unilateral-changes"}),
    "termination": ({"Unilateral termination"}, {"termination"}),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument(
        "--embeddings", action="store_true", help="also use sentence embeddings (off by default, as in aicc)"
    )
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors per class")
    parser.add_argument("--learned", action="store_true", help="also use the learned model (in-sample!)")
    args = parser.parse_args()
    with (args.data / "unfair_tos" / "dev.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    texts = [row["text"].strip() for row in rows]
    labels = [row["label"].strip() for row in rows]
    engine = Engine(
        items=load_catalog().items,
        names=resolve_names(),
        embedder=shared_embedder() if args.embeddings else None,
    )
    started = time.perf_counter()
    results = classify_lines(engine, texts, learned=args.learned)
    elapsed = time.perf_counter() - started
    print(
        f"UNFAIR-ToS dev: {len(texts)} sentences in {elapsed:.1f} s ({len(texts) / elapsed:.0f}/s), "
        f"embeddings {'on' if args.embeddings else 'off'}, "
        f"{'with the learned model (IN-SAMPLE, not a measure)' if args.learned else 'rules only'}"
    )
    print(f"{'class':20s} {'n':>4s}  {'P':>5s} {'R':>5s} {'F1':>5s}   topic-only P/R/F1")
    macro_strict, macro_loose = [], []
    for name, (gold_labels, topics) in CLASSES.items():
        counts = {"strict": [0, 0, 0], "loose": [0, 0, 0]}
        shown = 0
        for text, label, result in zip(texts, labels, results, strict=True):
            gold = label in gold_labels
            found = [t for t in result["topics"] if t["topic"] in topics]
            for mode, hit in (("strict", any(t["position"] == "unfavourable" for t in found)), ("loose", bool(found))):
                c = counts[mode]
                if hit and gold:
                    c[0] += 1
                elif hit:
                    c[1] += 1
                elif gold:
                    c[2] += 1
            if args.errors and shown < args.errors and gold != bool(found):
                shown += 1
                print(f"  {'FN' if gold else 'FP'} {name} [{label}] {text[:200]}\n     {found}")
        s, lo = prf(*counts["strict"]), prf(*counts["loose"])
        macro_strict.append(s[2])
        macro_loose.append(lo[2])
        n = sum(1 for label in labels if label in gold_labels)
        print(f"{name:20s} {n:4d}  {s[0]:5.2f} {s[1]:5.2f} {s[2]:5.2f}   {lo[0]:.2f}/{lo[1]:.2f}/{lo[2]:.2f}")
    print(f"{'macro F1':20s}       {'':11s} {sum(macro_strict) / 5:5.3f}   topic only {sum(macro_loose) / 5:.3f}")


if __name__ == "__main__":
    main()
