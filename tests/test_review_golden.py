"""Golden review JSON for the bundled example contracts (one Japanese, one English set).

The timestamp and the tool version are normalised. After a deliberate change to the engine
or the catalog, regenerate with:  AICC_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_review_golden.py
and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from aicc.catalog import load_catalog
from aicc.ingest import load_document
from aicc.models import Profile, Review
from aicc.review import review_documents

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
FIXED = datetime(2025, 1, 1, tzinfo=UTC)

CASES = {
    "review-ja-development.json": ["examples/contracts/ja-ai-development-agreement.txt"],
    "review-en-saas.json": ["examples/contracts/en-ai-saas-terms.md", "examples/contracts/en-ai-saas-dpa.md"],
}


def normalised(review: Review) -> dict[str, Any]:
    data = review.model_dump(mode="json")
    data["generated_at"] = "2025-01-01T00:00:00+00:00"
    data["tool"]["version"] = "0.0.0"
    return data


def run(files: list[str], monkeypatch: pytest.MonkeyPatch) -> Review:
    monkeypatch.chdir(ROOT)
    documents = [load_document(path) for path in files]
    return review_documents(documents, load_catalog(), Profile(), now=FIXED)


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_review(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = normalised(run(CASES[name], monkeypatch))
    path = GOLDEN / name
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if os.environ.get("AICC_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    # compare the parts one by one, so that a failure says where the review changed
    for key in ("schema_version", "profile", "catalog", "summary"):
        assert data[key] == expected[key], key
    assert [f["item_id"] for f in data["findings"]] == [f["item_id"] for f in expected["findings"]]
    for got, want in zip(data["findings"], expected["findings"], strict=True):
        assert got == want, got["item_id"]
    assert data == expected


def test_golden_files_keep_their_quotes_verbatim() -> None:
    for name in CASES:
        data = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
        texts = [doc["text"] for doc in data["documents"]]
        for finding in data["findings"]:
            for ev in finding["evidence"]:
                assert texts[ev["document"]][ev["start"] : ev["end"]] == ev["quote"]
