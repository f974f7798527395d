"""``aicc extract FILE``: the normalised text, or the whole Document as JSON."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from aicc.cli.app import app
from aicc.errors import AiccError

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMG]?)(?:i?B)?\s*$", re.IGNORECASE)


def parse_size(value: str) -> int:
    """``50MB``, ``200k``, ``1.5G`` or a plain number of bytes."""
    m = _SIZE.match(value)
    if not m:
        raise AiccError(f"--max-size {value!r} is not a size; write e.g. 50MB, 500KB or 1GB")
    factor = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}[m.group(2).upper()]
    return int(float(m.group(1)) * factor)


@app.command("extract")
def extract(
    file: Annotated[Path, typer.Argument(help="PDF, DOCX, HTML, Markdown or text file")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text (the normalised text) or json (the Document)")
    ] = "text",
    password: Annotated[str | None, typer.Option(help="Password of a protected PDF or DOCX")] = None,
    vendor_name: Annotated[str | None, typer.Option("--vendor-name", help="The party that is the vendor")] = None,
    user_name: Annotated[str | None, typer.Option("--user-name", help="The party that is the user")] = None,
    max_size: Annotated[str, typer.Option("--max-size", help="Refuse files larger than this")] = "50MB",
) -> None:
    """Extract a contract's text, pages, clauses, definitions and parties. Offsets index the text."""
    if fmt not in ("text", "json"):
        raise AiccError(f"unknown --format {fmt!r}; use text or json")
    from aicc.ingest import load_document

    doc = load_document(
        file,
        password=password,
        vendor_name=vendor_name,
        user_name=user_name,
        max_bytes=parse_size(max_size),
        progress=sys.stderr.isatty(),
    )
    out = doc.text if fmt == "text" else doc.model_dump_json(indent=2)
    sys.stdout.write(out + "\n")
