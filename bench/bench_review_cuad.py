"""CUAD: document-level presence of the CUAD-aligned topics, and review speed over the folder.

    .venv/bin/python bench/bench_review_cuad.py [--data ../shared/data] [--limit N] [--embeddings] [--no-gates]

For each contract the full review runs (ingest + tailored checklist + topics map) and a topic
counts as present when the review's topics map says ``addressed``. Gold: the CUAD category has
at least one annotated clause. No rule was fitted to CUAD; this measures the rules and catalog
hints as they are. Prints per-topic precision, recall, F1, macro F1, reviews per second and
peak memory (ru_maxrss).

The per-topic gates of English contracts (src/aicc/review/data/topic_gates.json) were chosen on
these contracts by bench/train_topic_gates.py, and the learned CUAD clause model they use
(src/aicc/review/data/cuad_topics.npz) was trained on these contracts by bench/train_cuad_topics.py,
and so was the document model some gates stack with it (src/aicc/review/data/cuad_documents.npz,
bench/train_cuad_topics.py --documents), so with them this bench is IN-SAMPLE (optimistic); the
held-out numbers (nested 5-fold by contract: 0.781 with the clause model, 0.809 with the document
stack) come from bench/train_topic_gates.py. ``--no-gates`` measures the rules as they are (no gates, no
model); ``--no-model`` keeps the plain gates without the clause model.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from pathlib import Path

from aicc.catalog import load_catalog
from aicc.ingest import load_document
from aicc.models import Profile
from aicc.review import review_documents
from metrics import prf

ROOT = Path(__file__).resolve().parents[1]
TOPICS = {
    "governing-law": "Governing Law",
    "liability-cap": "Cap On Liability",
    "uncapped-liability": "Uncapped Liability",
    "audit-rights": "Audit Rights",
    "insurance": "Insurance",
    "assignment": "Anti-Assignment",
    "change-of-control": "Change Of Control",
    "termination-for-convenience": "Termination For Convenience",
    "post-termination-services": "Post-Termination Services",
    "warranty-duration": "Warranty Duration",
    "ip-ownership-assignment": "Ip Ownership Assignment",
    "joint-ip-ownership": "Joint Ip Ownership",
    "license-grant": "License Grant",
    "non-compete": "Non-Compete",
    "exclusivity": "Exclusivity",
    "source-code-escrow": "Source Code Escrow",
}


def gold_rows(data: Path) -> list[tuple[Path, dict[str, bool]]]:
    csv.field_size_limit(sys.maxsize)
    with (data / "cuad" / "index.csv").open(encoding="utf-8") as handle:
        index = {row["Filename"]: row["txt"] for row in csv.DictReader(handle)}
    out = []
    with (data / "cuad" / "master_clauses.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            txt = index.get(row["Filename"])
            if txt is None:
                continue
            gold = {topic: row[column].strip() not in ("", "[]") for topic, column in TOPICS.items()}
            out.append((data / "cuad" / txt, gold))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--embeddings", action="store_true", help="also use exemplar embeddings (slow on CUAD)")
    parser.add_argument("--no-gates", action="store_true", help="topics map without the CUAD-chosen gates")
    parser.add_argument("--no-model", action="store_true", help="the gates without the learned clause model")
    args = parser.parse_args()
    if args.no_gates or args.no_model:
        import aicc.review.assemble as assemble

        assemble.shipped_model = lambda: None  # type: ignore[assignment]
        assemble.shipped_document_model = lambda: None  # type: ignore[assignment]
        if args.no_gates:
            assemble._english_gates = lambda: {}  # type: ignore[assignment]
    rows = gold_rows(args.data)
    if args.limit:
        rows = rows[: args.limit]
    catalog = load_catalog()
    counts = {topic: [0, 0, 0] for topic in TOPICS}
    started = time.perf_counter()
    chars = 0
    for path, gold in rows:
        doc = load_document(path)
        chars += len(doc.text)
        review = review_documents([doc], catalog, Profile(deal_type="customized"), use_embeddings=args.embeddings)
        for topic in TOPICS:
            predicted = review.topics[topic].status == "addressed"
            c = counts[topic]
            if predicted and gold[topic]:
                c[0] += 1
            elif predicted:
                c[1] += 1
            elif gold[topic]:
                c[2] += 1
    elapsed = time.perf_counter() - started
    print(
        f"CUAD: {len(rows)} contracts, {chars / 1e6:.1f} M chars, {elapsed:.1f} s, "
        f"{len(rows) / elapsed:.2f} reviews/s, embeddings {'on' if args.embeddings else 'off'}, "
        f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )
    print(f"{'topic':30s} {'gold':>4s} {'P':>5s} {'R':>5s} {'F1':>5s}")
    f1s = []
    for topic, (tp, fp, fn) in counts.items():
        p, r, f1 = prf(tp, fp, fn)
        f1s.append(f1)
        print(f"{topic:30s} {tp + fn:4d} {p:5.2f} {r:5.2f} {f1:5.2f}")
    print(f"{'macro F1':30s}      {'':11s} {sum(f1s) / len(f1s):5.3f}")


if __name__ == "__main__":
    main()
