"""The JSON report: the review itself (internal), or the review without our internal fields.

The internal JSON is the review JSON, unchanged, so ``aicc report`` reads it back. The
counterparty JSON leaves out severities, fallback positions (including the positions table,
which holds both sides' fallbacks), internal notes, confidences and cues, and says so in
``audience``.
"""

from __future__ import annotations

import json
from typing import Any

from aicc.report.view import ReportView

INTERNAL_ITEM_FIELDS = ("severity", "fallback", "positions", "notes")
INTERNAL_FINDING_FIELDS = ("confidence", "cue")


def counterparty_dict(data: dict[str, Any]) -> dict[str, Any]:
    data = {**data, "audience": "counterparty"}
    findings = []
    for finding in data["findings"]:
        finding = {k: v for k, v in finding.items() if k not in INTERNAL_FINDING_FIELDS}
        finding["item"] = {k: v for k, v in finding["item"].items() if k not in INTERNAL_ITEM_FIELDS}
        findings.append(finding)
    data["findings"] = findings
    data["summary"] = {k: v for k, v in data["summary"].items() if k not in ("high_severity_open", "warnings")}
    return data


def render_json(view: ReportView, lang: str) -> str:
    data = view.review.model_dump(mode="json")
    if not view.internal:
        data = counterparty_dict(data)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
