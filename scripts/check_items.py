"""Quick check of item files while the catalog is being written.

Usage: python scripts/check_items.py src/aicc/catalogs/meti-ai-2025/items/IN-*.yaml
(The full strict loader is `aicc catalog validate`.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from aicc.models import CatalogMeta, Item

root = Path(__file__).resolve().parents[1] / "src/aicc/catalogs/meti-ai-2025"
meta = CatalogMeta.model_validate(yaml.safe_load((root / "catalog.yaml").read_text(encoding="utf-8")))
sources = {s.id for s in meta.sources}
bad = 0
for name in sys.argv[1:]:
    path = Path(name)
    try:
        item = Item.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except Exception as exc:  # show everything, keep going
        print(f"{path}: {exc}")
        bad += 1
        continue
    if item.id != path.stem:
        print(f"{path}: id {item.id} does not match file name")
        bad += 1
    for ref in item.references:
        if ref.source not in sources:
            print(f"{path}: unknown source {ref.source}")
            bad += 1
    langs = {(t.lang, t.status) for t in item.tests}
    if item.not_automatable is None:
        for need in [("ja", "addressed"), ("ja", "missing"), ("en", "addressed"), ("en", "missing")]:
            if need not in langs:
                print(f"{path}: missing a test clause {need}")
                bad += 1
print(f"checked {len(sys.argv) - 1} file(s), {bad} problem(s)")
sys.exit(1 if bad else 0)
