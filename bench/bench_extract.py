"""Extraction quality and speed on the CUAD PDFs, against raw pypdfium2 text.

Quality: the similarity of our text to CUAD's ``txt/`` (the Atticus Project's own
extraction), as difflib's ratio on word tokens after whitespace normalisation, with
curly quotes and dashes folded to ASCII on both sides. Speed: pages per second and the
median time for one contract, for ``load_document`` (extraction and segmentation) and
for raw pypdfium2 ``get_text_range``.

    .venv/bin/python bench/bench_extract.py [--data ../shared/data] [--limit N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from difflib import SequenceMatcher
from pathlib import Path

FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})


def tokens(text: str) -> list[str]:
    return text.translate(FOLD).split()


def similarity(ours: str, reference: str) -> float:
    """difflib ratio on whitespace-separated tokens: 2*matches / (len(a)+len(b))."""
    a, b = tokens(ours), tokens(reference)
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def raw_text(path: Path) -> tuple[str, int]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    parts = []
    for page in pdf:
        tp = page.get_textpage()
        parts.append(tp.get_text_range())
        tp.close()
        page.close()
    n = len(pdf)
    pdf.close()
    return "\n".join(parts), n


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=root.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--worst", type=int, default=5, help="list the N least similar files")
    args = parser.parse_args()
    from aicc.ingest import load_document

    pdfs = sorted((args.data / "cuad" / "pdf").glob("*.pdf"))
    if args.limit:
        pdfs = pdfs[: args.limit]
    rows = []
    ours_time = raw_time = 0.0
    pages_total = 0
    for pdf in pdfs:
        ref = (args.data / "cuad" / "txt" / pdf.with_suffix(".txt").name).read_text(encoding="utf-8", errors="replace")
        t0 = time.perf_counter()
        raw, n = raw_text(pdf)
        t1 = time.perf_counter()
        doc = load_document(pdf)
        t2 = time.perf_counter()
        assert all(doc.text[c.start : c.end] == c.text for c in doc.clauses)
        raw_time += t1 - t0
        ours_time += t2 - t1
        pages_total += n
        rows.append((pdf.name, n, similarity(raw, ref), similarity(doc.text, ref), t2 - t1, t1 - t0, len(doc.clauses)))
    raw_sims = [r[2] for r in rows]
    our_sims = [r[3] for r in rows]
    print(f"files: {len(rows)}, pages: {pages_total}")
    print(
        f"similarity  raw pypdfium2: median {statistics.median(raw_sims):.4f}  min {min(raw_sims):.4f}  mean {statistics.mean(raw_sims):.4f}"
    )
    print(
        f"similarity  aicc ingest:   median {statistics.median(our_sims):.4f}  min {min(our_sims):.4f}  mean {statistics.mean(our_sims):.4f}"
    )
    print(f"files below 0.90: raw {sum(s < 0.9 for s in raw_sims)}, aicc {sum(s < 0.9 for s in our_sims)}")
    print(
        f"speed  raw pypdfium2: {pages_total / raw_time:.0f} pages/s, median {statistics.median(r[5] for r in rows) * 1000:.1f} ms per contract"
    )
    print(
        f"speed  aicc (extract + segment): {pages_total / ours_time:.0f} pages/s, "
        f"median {statistics.median(r[4] for r in rows) * 1000:.1f} ms per contract, "
        f"50 pages at this rate: {50 / (pages_total / ours_time):.2f} s"
    )
    big = [r for r in rows if r[1] >= 40]
    for name, n, _, _, t, _, _ in big:
        print(f"  {n:3d} pages  {t * 1000:6.0f} ms  {name}")
    print("least similar (aicc vs raw):")
    for name, n, rs, os_, *_ in sorted(rows, key=lambda r: r[3])[: args.worst]:
        print(f"  {os_:.4f}  raw {rs:.4f}  {n:3d}p  {name}")


if __name__ == "__main__":
    main()
