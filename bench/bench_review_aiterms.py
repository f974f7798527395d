"""Real generative-AI terms (../shared/data/ai-terms) and our example contracts: what the review says.

    .venv/bin/python bench/bench_review_aiterms.py [--data ../shared/data] [--no-embeddings]

Prints, for the METI core topics, the status and the position for a user that the topics map
gives for each document, with the clause that decided it, so a reviewer can check them against
the text. LABELS holds the answers we checked by reading the documents; the script reports the
agreement on those. The set is small and is a sanity check, not a benchmark.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from aicc.catalog import load_catalog
from aicc.ingest import load_document
from aicc.models import Profile
from aicc.review import review_documents

ROOT = Path(__file__).resolve().parents[1]
CORE = (
    "input-training-use",
    "output-ownership",
    "personal-data-handling",
    "cross-border-transfer",
    "subcontracting",
    "unilateral-changes",
    "termination",
    "liability-cap",
    "warranty-disclaimer",
    "governing-law",
    "jurisdiction",
)
# (document, topic) -> (status, position for a user); read from the documents by hand
LABELS: dict[tuple[str, str], tuple[str, str | None]] = {
    ("en-ai-saas-terms.md", "input-training-use"): ("addressed", "unfavourable"),
    ("en-ai-saas-terms.md", "output-ownership"): ("addressed", "favourable"),
    ("en-ai-saas-terms.md", "unilateral-changes"): ("addressed", "unfavourable"),
    ("en-ai-saas-terms.md", "liability-cap"): ("addressed", "unfavourable"),
    ("en-ai-saas-terms.md", "governing-law"): ("addressed", "unfavourable"),
    ("en-ai-saas-terms.md", "jurisdiction"): ("addressed", "unfavourable"),
    ("en-ai-saas-terms.md", "cross-border-transfer"): ("addressed", "unfavourable"),
    ("ja-ai-development-agreement.txt", "input-training-use"): ("addressed", "favourable"),
    ("ja-ai-development-agreement.txt", "output-ownership"): ("addressed", "favourable"),
    ("ja-ai-development-agreement.txt", "governing-law"): ("addressed", "favourable"),
    ("ja-ai-development-agreement.txt", "jurisdiction"): ("addressed", "favourable"),
    ("ja-ai-development-agreement.txt", "subcontracting"): ("addressed", "favourable"),
    ("ja-ai-development-agreement.txt", "unilateral-changes"): ("missing", None),
    ("meta-ai-terms-of-service.md", "governing-law"): ("addressed", "favourable"),
    ("google-generative-ai-services-terms-of-service.md", "governing-law"): ("addressed", "favourable"),
    ("llama-api-terms-of-service.md", "input-training-use"): ("addressed", "favourable"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--no-embeddings", action="store_true")
    args = parser.parse_args()
    paths = sorted((args.data / "ai-terms").glob("*.md")) + sorted((ROOT / "examples" / "contracts").iterdir())
    catalog = load_catalog()
    agree = total = 0
    for path in paths:
        started = time.perf_counter()
        review = review_documents([load_document(path)], catalog, Profile(), use_embeddings=not args.no_embeddings)
        print(
            f"\n{path.name}  ({len(review.documents[0].text):,} chars, {time.perf_counter() - started:.1f} s, "
            f"deal type {review.profile.deal_type})"
        )
        for topic in CORE:
            summary = review.topics[topic]
            quote = " ".join(summary.evidence[0].quote.split())[:110] if summary.evidence else ""
            label = LABELS.get((path.name, topic))
            mark = ""
            if label is not None:
                total += 1
                ok = label[0] == summary.status and (label[0] != "addressed" or label[1] == summary.position)
                agree += ok
                mark = "ok " if ok else "XX "
            print(f"  {mark:3s}{topic:26s} {summary.status:9s} {summary.position or '-':12s} {quote}")
    if total:
        print(f"\nagreement with hand labels: {agree}/{total} ({agree / total:.0%})")


if __name__ == "__main__":
    main()
