"""Wall time and peak memory of ``aicc review`` on 30-page contracts, start-up included.

    .venv/bin/python bench/bench_review_speed.py [--data ../shared/data] [--pages 30] [--runs 5]

Contracts: a real one, the CUAD contract whose text is closest to 30 pages (3,000 characters a
page), and a synthetic one built from the bundled English example (sections renumbered and
repeated; its repeated sentences flatter any per-sentence cache, so the real contract is the
measure). Each run is a fresh ``aicc review --format json`` process, so the time includes Python
start-up, imports, catalog loading, ingest and the review. The first run uses an empty cache
folder (cold start: the checked catalog and the rule prefilter are cached on first use) and is
reported apart; then the default (rules only) and ``--embeddings`` runs alternate, and medians
are printed. Peak memory is the largest resident size of one review process (ru_maxrss).
"""

from __future__ import annotations

import argparse
import os
import re
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


def real_contract(data: Path, pages: int) -> Path | None:
    """The CUAD contract whose text length is closest to ``pages`` pages."""
    folder = data / "cuad" / "txt"
    if not folder.is_dir():
        return None
    target = pages * CHARS_PER_PAGE
    return min(sorted(folder.glob("*.txt")), key=lambda p: abs(p.stat().st_size - target), default=None)


def run(path: Path, *flags: str, cache: str | None = None) -> tuple[float, float]:
    """Wall seconds and peak MiB of one review process."""
    env = {**os.environ, "AICC_LANG": "en"}
    if cache is not None:
        env["AICC_CACHE"] = cache
    started = time.perf_counter()
    child = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "aicc"), "review", str(path), "--format", "json", *flags],
        stdout=subprocess.DEVNULL,
        env=env,
    )
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"aicc review failed on {path}")
    return elapsed, usage.ru_maxrss / 1024


def measure(path: Path, runs: int) -> None:
    text = path.read_text(encoding="utf-8")
    print(f"\n{path.name}: {len(text):,} characters (~{len(text) / CHARS_PER_PAGE:.0f} pages)")
    with tempfile.TemporaryDirectory() as cold:
        seconds, mib = run(path, cache=cold)
    print(f"  cold start (empty cache folder)   {seconds:5.2f} s  {mib:4.0f} MiB")
    configs = (("default (rules only)", ()), ("--embeddings", ("--embeddings",)))
    times: dict[str, list[float]] = {label: [] for label, _ in configs}
    peaks: dict[str, float] = {label: 0.0 for label, _ in configs}
    run(path, "--embeddings")  # warm the embedding model's caches once
    for _ in range(runs):
        for label, flags in configs:  # alternate, so machine noise hits both alike
            seconds, mib = run(path, *flags)
            times[label].append(seconds)
            peaks[label] = max(peaks[label], mib)
    for label, _ in configs:
        ordered = sorted(times[label])
        print(
            f"  {label:32s} median {ordered[len(ordered) // 2]:5.2f} s  (min {ordered[0]:.2f}, max {ordered[-1]:.2f})"
            f"  peak {peaks[label]:4.0f} MiB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} ({os.cpu_count()} CPUs)")
    real = real_contract(args.data, args.pages)
    if real is not None:
        measure(real, args.runs)
    else:
        print(f"no CUAD texts under {args.data}: real contract skipped")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic-contract.md"
        path.write_text(build_contract(args.pages), encoding="utf-8")
        measure(path, args.runs)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
