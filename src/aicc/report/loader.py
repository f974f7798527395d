"""Reading a review JSON for reporting: version check, validation and quote verification."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from aicc.errors import AiccError
from aicc.models import REVIEW_SCHEMA_VERSION, Review

MAX_REVIEW_BYTES = 200 * 1024 * 1024


def _major(version: str) -> str:
    return version.split(".", 1)[0]


def parse_review(data: object, path: str | Path = "<review>") -> Review:
    """Validate already-parsed JSON as a Review of a schema version this reader understands."""
    if not isinstance(data, dict):
        raise AiccError(
            "not a review: the JSON is not an object (expected the output of `aicc review --format json`)", path
        )
    version = data.get("schema_version")
    if not isinstance(version, str):
        raise AiccError("not a review: no schema_version (expected the output of `aicc review --format json`)", path)
    if _major(version) != _major(REVIEW_SCHEMA_VERSION):
        raise AiccError(
            f"review schema_version {version} is not supported: this aicc reads {_major(REVIEW_SCHEMA_VERSION)}.x "
            f"(it writes {REVIEW_SCHEMA_VERSION}); re-run `aicc review` with this version of aicc",
            path,
        )
    try:
        review = Review.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
        raise AiccError(f"malformed review: {where}: {first['msg']}{more}", path) from exc
    check_quotes(review, path)
    return review


def check_quotes(review: Review, path: str | Path = "<review>") -> None:
    """Every quote must be exactly ``text[start:end]`` of its document; a report never shows a made-up quote."""
    for finding in review.findings:
        for ev in finding.evidence:
            if ev.document >= len(review.documents):
                raise AiccError(
                    f"malformed review: {finding.item_id} cites document {ev.document}, which is not in the review",
                    path,
                )
            text = review.documents[ev.document].text
            if not (0 <= ev.start <= ev.end <= len(text)) or text[ev.start : ev.end] != ev.quote:
                raise AiccError(
                    f"malformed review: the quote of {finding.item_id} is not text[{ev.start}:{ev.end}] of document {ev.document}",
                    path,
                )


def load_review(path: Path) -> Review:
    """Read ``REVIEW.json``. Any problem is an AiccError naming the file (exit code 2)."""
    if not path.exists():
        raise AiccError("no such file", path)
    if path.is_dir():
        raise AiccError("is a folder, not a review JSON file", path)
    size = path.stat().st_size
    if size == 0:
        raise AiccError("empty file: not a review JSON", path)
    if size > MAX_REVIEW_BYTES:
        raise AiccError(f"file too large for a review ({size} bytes)", path)
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise AiccError(f"cannot read: {exc.strerror or exc}", path) from exc
    except UnicodeDecodeError as exc:
        raise AiccError("not a review: the file is not UTF-8 text", path) from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise AiccError(f"malformed JSON: {exc.msg} (column {exc.colno})", path, exc.lineno) from exc
    return parse_review(data, path)
