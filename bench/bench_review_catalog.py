"""Accuracy of the review engine on the catalog's own test clauses (ja and en, both roles).

    .venv/bin/python bench/bench_review_catalog.py [--embeddings] [--failures]

Prints the pass rate for status (addressed/missing) and, where addressed, position.
The test clauses are written apart from the detection hints, so this measures how the
engine generalises beyond the hints' own words. The engine's global weights (engine.py)
were chosen by looking at this number, so it is optimistic for unseen contracts.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from aicc.catalog import load_catalog
from aicc.review.embeddings import shared_embedder
from aicc.review.engine import Engine
from aicc.review.parties import resolve_names
from aicc.review.units import line_unit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--embeddings", action="store_true", help="also use sentence embeddings (off by default, as in aicc)"
    )
    parser.add_argument("--failures", action="store_true", help="list every failing clause")
    args = parser.parse_args()
    catalog = load_catalog()
    engine = Engine(items=catalog.items, names=resolve_names(), embedder=shared_embedder() if args.embeddings else None)
    cases = [(item, test) for item in catalog.items for test in item.tests]
    units = [line_unit(test.text, test.lang) for _, test in cases]
    started = time.perf_counter()
    sims = engine.similarities(units)
    counts: Counter[str] = Counter()
    for k, ((item, test), unit) in enumerate(zip(cases, units, strict=True)):
        status, position, confidence, basis, cue = engine.assess(
            item, unit, sims[k] if sims is not None else None, test.role
        )
        status_ok = status == test.status
        ok = status_ok and (test.status == "missing" or position == test.position)
        group = f"{test.lang}/{test.status}"
        counts[group + "/n"] += 1
        counts[group + "/ok"] += ok
        counts["all/n"] += 1
        counts["all/ok"] += ok
        counts["status/ok"] += status_ok
        if test.status == "addressed" and status_ok:
            counts["position/n"] += 1
            counts["position/ok"] += position == test.position
        if not ok and args.failures:
            print(
                f"MISS {item.id} [{test.lang} {test.role}] want {test.status}/{test.position} got {status}/{position} "
                f"conf={confidence:.2f}\n  {test.text}\n  found by: {basis}\n  decided by: {cue}"
            )
    elapsed = time.perf_counter() - started
    print(f"catalog {catalog.meta.id}: {len(catalog.items)} items, {counts['all/n']} test clauses, {elapsed:.1f} s")
    for group in sorted({key.rsplit("/", 1)[0] for key in counts if key.endswith("/n")}):
        n, ok = counts[group + "/n"], counts[group + "/ok"]
        print(f"  {group:22s} {ok:4d}/{n:<4d} {ok / n:6.1%}")
    print(
        f"  {'status only':22s} {counts['status/ok']:4d}/{counts['all/n']:<4d} {counts['status/ok'] / counts['all/n']:6.1%}"
    )


if __name__ == "__main__":
    main()
