"""Generated files in the repo must match what the code generates now."""

from __future__ import annotations

import json
from pathlib import Path

from aicc.catalog import load_catalog
from aicc.catalog.reference import catalog_reference
from aicc.schemas import HERE, SCHEMAS, schema_text

from conftest import REPO


def test_shipped_schemas_are_current() -> None:
    for name in SCHEMAS:
        shipped = HERE / f"{name}.schema.json"
        assert shipped.exists(), f"missing {shipped}; run python -m aicc.schemas"
        assert shipped.read_text(encoding="utf-8") == schema_text(name), (
            f"{shipped.name} is stale: run python -m aicc.schemas"
        )


def test_item_schema_rejects_unknown_keys() -> None:
    schema = json.loads(schema_text("item"))
    assert schema["additionalProperties"] is False
    assert "evidence_tag" in schema["required"]


def test_catalog_reference_is_current() -> None:
    path = REPO / "docs" / "catalog.md"
    assert path.exists(), "run: aicc catalog export --out docs/catalog.md"
    current = catalog_reference(load_catalog())
    assert path.read_text(encoding="utf-8") == current, (
        "docs/catalog.md is stale: run aicc catalog export --out docs/catalog.md"
    )


def test_reference_covers_both_sides_and_provenance() -> None:
    text = catalog_reference(load_catalog())
    assert "## Input / インプット" in text
    assert "## Output / アウトプット" in text
    assert "METI's official text" in text or "経済産業省のチェックリスト本文" in text
    assert "Reconstructed items" in text


def test_item_files_point_to_the_schema() -> None:
    folder = Path(__file__).resolve().parents[1] / "src" / "aicc" / "catalogs" / "meti-ai-2025" / "items"
    for path in folder.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../../schemas/item.schema.json", path.name
