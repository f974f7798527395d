"""Wall time and peak memory of ``aicc review`` on a 30-page contract, start-up included.

    .venv/bin/python bench/bench_review_speed.py [--pages 30] [--runs 3]

The contract is built from the bundled English example (sections renumbered and repeated) to
about 3,000 characters a page. Each run is a fresh ``aicc review --format json`` process, so the
time includes Python start-up, imports, catalog loading, ingest and the review. Runs are made with
embeddings on (the default) and off (--no-embeddings). The first run with embeddings also
builds the tokenizer cache; it is reported apart.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "contracts" / "en-ai-saas-terms.md"
CHARS_PER_PAGE = 3000


def build_contract(pages: int) -> str:
    body = EXAMPLE.read_text(encoding="utf-8")
    sections = re.split(r"\n(?=## \d+\.)", body)
    head, rest = sections[0], sections[1:]
    out = [head]
    number = 0
    while sum(len(part) for part in out) < pages * CHARS_PER_PAGE:
        for section in rest:
            number += 1
            old = re.match(r"## (\d+)\.", section)
            assert old is not None
            section = re.sub(rf"\b{old.group(1)}\.(\d+)", rf"{number}.\1", section)
            out.append(re.sub(r"^## \d+\.", f"## {number}.", section))
    return "\n".join(out)


def run(path: Path, *flags: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "aicc"), "review", str(path), "--format", "json", *flags],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "AICC_LANG": "en"},
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contract.md"
        text = build_contract(args.pages)
        path.write_text(text, encoding="utf-8")
        print(f"contract: {len(text):,} characters (~{len(text) / CHARS_PER_PAGE:.0f} pages)")
        first = run(path)
        print(f"first run with embeddings (builds caches): {first:.2f} s")
        for label, flags in (("embeddings", ()), ("rules only (--no-embeddings)", ("--no-embeddings",))):
            times = sorted(run(path, *flags) for _ in range(args.runs))
            print(f"{label:30s} median {times[len(times) // 2]:.2f} s  (min {times[0]:.2f}, max {times[-1]:.2f})")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of a review process: {peak:.0f} MiB (ru_maxrss)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
