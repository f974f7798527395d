"""Helpers shared by the report tests: fixture paths, golden files, reading DOCX annotations back."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

from aicc.models import Review
from aicc.report import load_review

HERE = Path(__file__).parent
REPORT_FIXTURES = HERE / "fixtures" / "report"
GOLDEN = HERE / "golden" / "report"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def fixture_review(name: str = "review-ja.json") -> Review:
    return load_review(REPORT_FIXTURES / name)


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/report/NAME; AICC_UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / name
    if os.environ.get("AICC_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with AICC_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from its golden file (AICC_UPDATE_GOLDEN=1 to accept)"


def normalise_html(page: str) -> str:
    """The HTML without its inline stylesheet and script, one tag run per line, for stable diffs."""
    page = re.sub(r"<style>.*?</style>", "<style/>", page, flags=re.S)
    page = re.sub(r"<script>.*?</script>", "<script/>", page, flags=re.S)
    page = re.sub(r">\s*<", ">\n<", page)
    return "\n".join(line.rstrip() for line in page.splitlines() if line.strip()) + "\n"


def comment_anchors(docx_bytes: bytes) -> dict[int, str]:
    """Comment id -> the original contract text between its range markers.

    Deleted text counts (it is original); text inside a tracked insertion does not.
    """
    import io

    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    open_ids: list[int] = []
    anchors: dict[int, list[str]] = {}
    for el in root.iter():
        if el.tag == W + "commentRangeStart":
            cid = int(el.get(W + "id"))
            open_ids.append(cid)
            anchors[cid] = []
        elif el.tag == W + "commentRangeEnd":
            open_ids.remove(int(el.get(W + "id")))
        elif el.tag in (W + "t", W + "delText") and el.text:
            if any(a.tag == W + "ins" for a in el.iterancestors()):
                continue
            for cid in open_ids:
                anchors[cid].append(el.text)
    return {cid: "".join(parts) for cid, parts in anchors.items()}
