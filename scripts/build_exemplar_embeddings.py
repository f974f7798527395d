"""Embed every exemplar clause of the bundled catalog and ship the vectors as package data.

Run after catalog items change:  .venv/bin/python scripts/build_exemplar_embeddings.py
Writes src/aicc/review/data/exemplars.npz (keys = sha1 of the text, vectors = float16 512-d).
The review engine embeds any exemplar missing from the file at run time, so a stale file is
slower, never wrong.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from aicc.catalog import load_catalog
from aicc.review.embeddings import Embedder, text_key

OUT = Path(__file__).resolve().parents[1] / "src" / "aicc" / "review" / "data" / "exemplars.npz"


def main() -> None:
    catalog = load_catalog()
    texts = sorted(
        {text for item in catalog.items for lang in ("ja", "en") for text in getattr(item.detection, lang).exemplars}
    )
    vectors = Embedder().encode(texts)
    keys = np.array([text_key(text) for text in texts])
    np.savez_compressed(OUT, keys=keys, vectors=vectors.astype(np.float16))
    print(f"{len(texts)} exemplars of {len(catalog.items)} items -> {OUT} ({OUT.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
