"""Reading review JSON for reports: good fixtures load, bad ones give one clear error and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aicc.errors import AiccError
from aicc.report import load_review
from report_fixtures import contract_texts, fixture_reviews
from report_helpers import REPORT_FIXTURES

from conftest import run_cli


def test_committed_fixtures_match_the_builder() -> None:
    for name, review in fixture_reviews().items():
        committed = json.loads((REPORT_FIXTURES / name).read_text(encoding="utf-8"))
        assert committed == review.model_dump(mode="json"), f"{name}: run python tests/report_fixtures.py"
    for name, text in contract_texts().items():
        assert (REPORT_FIXTURES / name).read_text(encoding="utf-8") == text


@pytest.mark.parametrize("name", ["review-ja.json", "review-ja-v2.json", "review-en.json"])
def test_fixture_quotes_are_exact(name: str) -> None:
    review = load_review(REPORT_FIXTURES / name)
    quotes = [(ev, review.documents[ev.document].text) for f in review.findings for ev in f.evidence]
    assert quotes
    for ev, text in quotes:
        assert text[ev.start : ev.end] == ev.quote


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("truncated.json", "malformed JSON"),
        ("empty.json", "empty file"),
        ("not-an-object.json", "not an object"),
        ("missing-fields.json", "malformed review"),
        ("not-utf8.json", "not UTF-8"),
    ],
)
def test_bad_review_files(name: str, message: str) -> None:
    path = REPORT_FIXTURES / "bad" / name
    with pytest.raises(AiccError, match=message) as info:
        load_review(path)
    assert str(path) in str(info.value)


def _write(tmp_path: Path, data: dict[str, object]) -> Path:
    path = tmp_path / "review.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_other_major_version_is_refused_and_same_major_accepted(tmp_path: Path) -> None:
    data = json.loads((REPORT_FIXTURES / "review-en.json").read_text(encoding="utf-8"))
    data["schema_version"] = "1.7.2"
    assert load_review(_write(tmp_path, data)).schema_version == "1.7.2"
    data["schema_version"] = "2.0.0"
    with pytest.raises(AiccError, match=r"schema_version 2\.0\.0 is not supported: this aicc reads 1\.x"):
        load_review(_write(tmp_path, data))


def test_a_quote_that_is_not_in_the_text_is_refused(tmp_path: Path) -> None:
    data = json.loads((REPORT_FIXTURES / "review-en.json").read_text(encoding="utf-8"))
    data["findings"][0]["evidence"][0]["start"] += 1
    with pytest.raises(AiccError, match=r"quote of IN-USE-01 is not text\["):
        load_review(_write(tmp_path, data))


def test_cli_bad_input_exits_2_with_one_line(tmp_path: Path) -> None:
    data = json.loads((REPORT_FIXTURES / "review-en.json").read_text(encoding="utf-8"))
    data["schema_version"] = "3.1.0"
    path = _write(tmp_path, data)
    out = tmp_path / "r.html"
    result = run_cli("report", str(path), "--format", "html", "--out", str(out))
    assert result.returncode == 2
    assert "schema_version 3.1.0 is not supported" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    result = run_cli("report", str(REPORT_FIXTURES / "bad" / "truncated.json"), "--format", "md")
    assert result.returncode == 2
    assert "malformed JSON" in result.stderr
    result = run_cli("report", str(tmp_path / "nope.json"), "--format", "md")
    assert result.returncode == 2
    assert "no such file" in result.stderr
