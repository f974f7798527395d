"""``aicc report`` as a user runs it: formats, audiences, compare, and safe output paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from report_helpers import REPORT_FIXTURES

from conftest import run_cli

JA = str(REPORT_FIXTURES / "review-ja.json")


@pytest.mark.parametrize("fmt", ["html", "md", "xlsx", "docx", "json"])
def test_report_writes_each_format(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    result = run_cli("report", JA, "--format", fmt, "--out", str(out), "--lang", "ja")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind


def test_markdown_to_stdout_follows_lang() -> None:
    result = run_cli("report", JA, "--format", "md", "--audience", "counterparty")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# AI contract review")  # AICC_LANG=en in run_cli
    assert "Fallback" not in result.stdout


def test_unknown_language_is_refused() -> None:
    result = run_cli("report", JA, "--format", "md", "--lang", "fr")
    assert result.returncode == 2
    assert "unknown language 'fr'" in result.stderr
    assert not result.stdout


def test_binary_format_needs_out() -> None:
    result = run_cli("report", JA, "--format", "xlsx")
    assert result.returncode == 2
    assert "needs --out" in result.stderr


def test_missing_folder_is_a_clear_error_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "r.pdf"
    result = run_cli("report", JA, "--format", "pdf", "--out", str(out))
    assert result.returncode == 2
    assert "the folder does not exist" in result.stderr
    assert not out.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run_cli("report", JA, "--format", "md", "--out", str(folder / "r.md"))
        assert result.returncode == 2
        assert "permission denied" in result.stderr
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_unknown_format_and_audience(tmp_path: Path) -> None:
    result = run_cli("report", JA, "--format", "odt", "--out", str(tmp_path / "x"))
    assert result.returncode == 2 and "unknown --format" in result.stderr
    result = run_cli("report", JA, "--format", "md", "--audience", "press")
    assert result.returncode == 2 and "unknown audience" in result.stderr


def test_compare_two_drafts(tmp_path: Path) -> None:
    old, new = JA, str(REPORT_FIXTURES / "review-ja-v2.json")
    result = run_cli("report", "--compare", old, new, "--format", "md", "--lang", "ja")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "X-SEC-03" in text and "新たに手当て" in text
    assert "IN-USE-02" in text and "評価が変化" in text
    assert "X-ASF-01" in text and "削除・後退" in text
    assert "X-LIAB-01" not in text  # unchanged between drafts
    out = tmp_path / "changes.html"
    result = run_cli("report", "--compare", old, new, "--format", "html", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "乙は、甲の事前の書面による同意がない限り" in out.read_text(encoding="utf-8")
    result = run_cli("report", "--compare", old, new, "--format", "pdf", "--out", str(tmp_path / "c.pdf"))
    assert result.returncode == 2


def test_compare_refuses_reviews_of_different_sides(tmp_path: Path) -> None:
    import json

    data = json.loads(Path(JA).read_text(encoding="utf-8"))
    data["profile"]["role"] = "vendor"
    other = tmp_path / "vendor.json"
    other.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run_cli("report", "--compare", JA, str(other), "--format", "md")
    assert result.returncode == 2
    assert "different sides" in result.stderr
