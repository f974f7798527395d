"""``aicc review FILE --report FORMAT --out PATH``: review and report in one step."""

from __future__ import annotations

from pathlib import Path

from conftest import REPO, run_cli

EXAMPLE = REPO / "examples" / "contracts" / "ja-ai-development-agreement.txt"


def test_review_writes_a_report_in_one_step(tmp_path: Path) -> None:
    out = tmp_path / "review.md"
    result = run_cli("review", str(EXAMPLE), "--report", "md", "--out", str(out), "--no-embeddings", "--lang", "ja")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# AI契約レビュー")
    assert "法的助言ではありません" in text


def test_bad_report_requests_fail_before_any_work(tmp_path: Path) -> None:
    out = tmp_path / "review.pdf"
    bad_format = run_cli("review", str(EXAMPLE), "--report", "pptx", "--out", str(out))
    assert bad_format.returncode == 2 and "unknown report format 'pptx'" in bad_format.stderr
    no_out = run_cli("review", str(EXAMPLE), "--report", "html")
    assert no_out.returncode == 2 and "--report needs --out" in no_out.stderr
    missing_dir = run_cli("review", str(EXAMPLE), "--report", "html", "--out", str(tmp_path / "nope" / "r.html"))
    assert missing_dir.returncode == 2 and "folder does not exist" in missing_dir.stderr
    assert list(tmp_path.iterdir()) == []
