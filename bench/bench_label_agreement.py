"""How often two labellers agree on the AI-terms held-out sets, and where the engine stands between them.

    .venv/bin/python bench/bench_label_agreement.py [--second DIR] [--only-sets N,N-M] [--no-engine] [--list]

The held-out sets of bench/bench_review_aiterms.py carry one labeller's reading per (document,
topic). For some sets a second helper session read the same documents and labelled them again,
blind: it saw neither the first labels, nor the engine, nor its output
(bench/data/second-labels/heldoutN.yaml, same shape as the first labels). This script compares
the two readings and the engine's:

- **agreement**: status alike (addressed or silent) and joint alike (status and position), with
  Cohen's kappa over the four readings silent / favourable / neutral / unfavourable;
- **engine vs each labeller**: joint right against the first labels (the benchmark's figure) and
  against the second;
- **consensus**: on the pairs where both labellers agree, how often the engine agrees too; on the
  disputed pairs, whether it sides with the first, the second or neither.

Two labellers' joint agreement is a ceiling of sorts for what the benchmark can measure: where
they disagree, the rubric leaves room, and a miss against one labeller may be a hit against the
other. The engine is reviewed once per document with the first labels' user and vendor names
(``needs-review`` never counts as agreeing). Run with ``PYTHONPATH=<src>`` to score another engine.

Result (2026-11-28, nineteenth session): second labels for sets 412-439 (112 documents, 1,568 pairs),
written by eight helper sessions that saw only the documents and the rubric.

- **The labellers** agree on status for 1543/1568 pairs (98.4%) and jointly on 1509/1568 (96.2%;
  en 754/784, ja 755/784), Cohen's kappa 0.94. They split most on data-retention-period (joint
  96/112, kappa 0.78: does a deadline to delete at the end address retention?),
  data-deletion-after-termination (101/112, 0.82: is a vendor right that survives the end, with no
  deletion duty, silent or unfavourable?) and output-ownership (101/112, 0.83: user-owned outputs
  beside a vendor-kept model, favourable or neutral?).
- **The engine the session started from** (6fc1927, which had seen none of these sets): joint right
  against the first labels 1414/1568 (90.2%), against the second 1396 (89.0%), on the 1,509
  consensus pairs 1381 (91.5%). On the 59 disputed pairs it sides with the first labeller 33 times,
  the second 15, neither 11. So 128 of its 154 misses against the first labels are pairs both
  labellers read alike: on new text the misses are mostly the engine's, not labeller splits.
- **The engine tuned on these sets' first labels** (74bfbe1): 1461 (93.2%) against the first, 1438
  (91.7%) against the second, 1424/1509 (94.4%) on consensus; sides 37 / 14 / 8.

Both labellers are helper sessions of the same kind given the same rubric, and the first one wrote
the document it labelled, so 96% is how consistently the rubric can be applied by such readers, not
how a lawyer would read the documents.

Later the same session: sets 440 to 455 were written in two rounds of eight and labelled twice from the start.
- Sets 440-447, first run on the session's committed engine (74bfbe1, before any fix for them): joint 399/448 against
  the first labels, 399 against the second, 393/433 on consensus (labellers: joint 433/448, 96.7%, kappa 0.95). Their
  consensus misses then led to fixes: 409/448 and 402/433 on the final rules (525946a; 8baa6d8 the same).
- Sets 448-455, never used for a fix: 74bfbe1 406/448 (consensus 396/430); the final rules 407/448 (397/430);
  labellers joint 430/448 (96.0%), kappa 0.94. As in the eighteenth session, fixes drawn from one round's misses reach
  new text by about one label in 448.
- All thirty-six double-labelled sets (2,464 pairs): labellers status 98.3%, joint 2372 (96.3%), kappa 0.94; 74bfbe1
  2266 against the first labels (92.0%), 2213/2372 on consensus (93.3%); the final rules 2293 (93.1%) and 2238/2372
  (94.4%).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_review_aiterms import CORE, load_labels, review_one, set_dirs  # noqa: E402

SECOND = ROOT / "bench" / "data" / "second-labels"
Reading = tuple[str, str | None]  # ("silent", None), ("addressed", position) or ("needs-review", None)
CATEGORIES = ("silent", "favourable", "neutral", "unfavourable")


def category(reading: Reading) -> str:
    return reading[1] or reading[0]


def kappa(pairs: list[tuple[Reading, Reading]]) -> float:
    """Cohen's kappa of two readings over silent / favourable / neutral / unfavourable."""
    if not pairs:
        return 0.0
    n = len(pairs)
    observed = sum(category(a) == category(b) for a, b in pairs) / n
    left = Counter(category(a) for a, _ in pairs)
    right = Counter(category(b) for _, b in pairs)
    expected = sum(left[c] * right[c] for c in CATEGORIES) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def label_reading(label: dict[str, Any]) -> Reading:
    return (label["status"], label["position"] if label["status"] == "addressed" else None)


def wanted_sets(spec: str | None) -> set[int] | None:
    """``412,420-423`` -> {412, 420, 421, 422, 423}; None keeps every set."""
    if not spec:
        return None
    numbers: set[int] = set()
    for part in spec.split(","):
        low, _, high = part.partition("-")
        numbers.update(range(int(low), int(high or low) + 1))
    return numbers


def paired_labels(second_dir: Path, sets: set[int] | None) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(set key, first labels, second labels) for every second-labels file, checked to cover the same documents."""
    pairs = []
    files = sorted(second_dir.glob("heldout*.yaml"), key=lambda p: int(re.sub(r"\D", "", p.stem)))
    for path in files:
        key = path.stem
        if sets is not None and int(key.removeprefix("heldout")) not in sets:
            continue
        first = load_labels(ROOT / "bench" / "data" / f"ai_terms_{key}_labels.yaml")
        second = load_labels(path)
        if set(first["documents"]) != set(second["documents"]):
            raise SystemExit(f"{path}: documents differ from the first labels of {key}")
        pairs.append((key, first, second))
    if not pairs:
        raise SystemExit(f"no second labels found in {second_dir}")
    return pairs


def pct(good: int, total: int) -> str:
    return f"{good:4d}/{total:<4d} {good / total:5.1%}" if total else "   -/0           "


def report(name: str, rows: list[dict[str, Any]], engine: bool) -> str:
    """One line: the labellers' agreement, then (with the engine) its standing against each and the consensus."""
    status = sum(r["a"][0] == r["b"][0] for r in rows)
    joint = sum(r["a"] == r["b"] for r in rows)
    line = f"  {name:32s} status {pct(status, len(rows))}  joint {pct(joint, len(rows))}"
    line += f"  kappa {kappa([(r['a'], r['b']) for r in rows]):.2f}"
    if engine:
        agreed = [r for r in rows if r["a"] == r["b"]]
        line += f"  | engine=A {pct(sum(r['e'] == r['a'] for r in rows), len(rows))}"
        line += f"  engine=B {pct(sum(r['e'] == r['b'] for r in rows), len(rows))}"
        line += f"  on consensus {pct(sum(r['e'] == r['a'] for r in agreed), len(agreed))}"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--second", type=Path, default=SECOND, help="folder of second labels (heldoutN.yaml)")
    parser.add_argument("--only-sets", metavar="N,N-M", help="compare only these set numbers")
    parser.add_argument("--no-engine", action="store_true", help="compare the two labellers only")
    parser.add_argument(
        "--list",
        action="store_true",
        help="print every disputed pair, and the engine's misses where the labellers agree",
    )
    args = parser.parse_args()

    pairs = paired_labels(args.second, wanted_sets(args.only_sets))
    dirs = set_dirs(args.data)
    engine = not args.no_engine
    if engine:
        from aicc.catalog import load_catalog

        catalog = load_catalog()
        review_args = argparse.Namespace(embeddings=False, quiet=True)
    rows: list[dict[str, Any]] = []
    for key, first, second in pairs:
        for name, doc in first["documents"].items():
            found: dict[str, Reading] = {}
            if engine:
                for outcome in review_one(dirs[key] / name, doc, review_args, catalog):
                    status = {"missing": "silent"}.get(outcome.engine_status, outcome.engine_status)
                    found[outcome.topic] = (status, outcome.engine_position if status == "addressed" else None)
            for topic in CORE:
                rows.append(
                    {
                        "set": key,
                        "document": name,
                        "lang": doc["lang"],
                        "topic": topic,
                        "a": label_reading(doc["labels"][topic]),
                        "b": label_reading(second["documents"][name]["labels"][topic]),
                        "e": found.get(topic, ("not-run", None)),
                    }
                )

    documents = len({(r["set"], r["document"]) for r in rows})
    print(f"== {len(pairs)} sets, {documents} documents, {len(rows)} (document, topic) pairs")
    print("   A = first labels (the benchmark's), B = second labels (blind); joint = status and position alike")
    print("\nby language")
    print(report("all", rows, engine))
    for lang in sorted({r["lang"] for r in rows}):
        print(report(lang, [r for r in rows if r["lang"] == lang], engine))
    print("\nby topic")
    for topic in CORE:
        print(report(topic, [r for r in rows if r["topic"] == topic], engine))

    disputed = [r for r in rows if r["a"] != r["b"]]
    kinds = Counter(
        "status" if r["a"][0] != r["b"][0] else f"{r['a'][1]} / {r['b'][1]}".replace("favourable", "fav")
        for r in disputed
    )
    print(f"\ndisputed pairs: {len(disputed)} (A position / B position, or a status split)")
    for kind, n in kinds.most_common():
        print(f"  {kind:30s} {n}")
    if engine:
        sides = Counter("first" if r["e"] == r["a"] else "second" if r["e"] == r["b"] else "neither" for r in disputed)
        print(f"  the engine sides with: first {sides['first']}, second {sides['second']}, neither {sides['neither']}")
    if args.list:
        print("\ndisputed (set, document, topic: A | B | engine)")
        for r in disputed:
            readings = " | ".join(category(r[k]) for k in "abe")
            print(f"  {r['set']} {r['document']} {r['topic']}: {readings}")
        if engine:
            print("\nthe engine's misses where both labellers agree (set, document, topic: labels | engine)")
            for r in rows:
                if r["a"] == r["b"] and r["e"] != r["a"]:
                    print(f"  {r['set']} {r['document']} {r['topic']}: {category(r['a'])} | {category(r['e'])}")


if __name__ == "__main__":
    main()
