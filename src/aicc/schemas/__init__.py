"""JSON Schemas generated from the models, shipped as package data.

Regenerate after changing ``aicc.models``::

    python -m aicc.schemas          # writes src/aicc/schemas/*.schema.json

A test fails when the shipped files are stale.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from aicc.models import CatalogMeta as CatalogFile
from aicc.models import ChecklistOutput, Document, Item, Playbook, ProfileFile, Review

SCHEMAS: dict[str, type[BaseModel]] = {
    "item": Item,
    "catalog": CatalogFile,
    "playbook": Playbook,
    "profile": ProfileFile,
    "checklist": ChecklistOutput,
    "document": Document,
    "review": Review,
}

HERE = Path(__file__).resolve().parent


def schema_text(name: str) -> str:
    schema = SCHEMAS[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://aicc.invalid/schemas/{name}.schema.json"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path = HERE) -> list[Path]:
    from aicc.io import write_text_atomic

    written = []
    for name in SCHEMAS:
        path = folder / f"{name}.schema.json"
        write_text_atomic(path, schema_text(name))
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_schemas():
        print(written_path)
