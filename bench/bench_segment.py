"""Clause-boundary precision and recall on the hand-checked fixtures, as text and as generated PDFs.

A detected clause counts as correct when its id (which encodes its number and its place in
the hierarchy) is in the hand-checked list for that contract.

    .venv/bin/python bench/bench_segment.py [--no-pdf]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "segment"
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "ingest"))


def score(expected: list[str], got: list[str]) -> tuple[int, int, int]:
    exp, found = set(expected), set(got)
    return len(exp & found), len(found - exp), len(exp - found)


def report(label: str, totals: dict[str, list[int]]) -> None:
    for lang, (tp, fp, fn) in sorted(totals.items()):
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(
            f"{label:<22} {lang}: precision {precision:.3f}  recall {recall:.3f}  ({tp} correct, {fp} spurious, {fn} missed)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true", help="skip the generated-PDF run")
    args = parser.parse_args()
    from aicc.ingest import document_from_text, load_document

    expected: dict[str, list[str]] = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))
    text_totals: dict[str, list[int]] = {}
    for name, ids in expected.items():
        doc = document_from_text((FIXTURES / name).read_text(encoding="utf-8"))
        got = [c.id for c in doc.clauses if c.kind != "preamble"]
        counts = text_totals.setdefault(name[:2], [0, 0, 0])
        for i, value in enumerate(score(ids, got)):
            counts[i] += value
    report("text", text_totals)
    if args.no_pdf:
        return
    import builders

    for layout in ("running", "columns"):
        totals: dict[str, list[int]] = {}
        with tempfile.TemporaryDirectory() as tmp:
            for name, ids in expected.items():
                pdf = Path(tmp) / "c.pdf"
                pdf.write_bytes(builders.text_pdf((FIXTURES / name).read_text(encoding="utf-8"), layout))
                doc = load_document(pdf)
                got = [c.id for c in doc.clauses if c.kind != "preamble"]
                if got != ids:
                    print(
                        f"  {layout} {name}: missed {sorted(set(ids) - set(got))} spurious {sorted(set(got) - set(ids))}"
                    )
                counts = totals.setdefault(name[:2], [0, 0, 0])
                for i, value in enumerate(score(ids, got)):
                    counts[i] += value
        report(f"PDF ({layout})", totals)


if __name__ == "__main__":
    main()
