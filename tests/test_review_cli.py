"""``aicc review`` end to end: JSON contract, evidence offsets, several files, deal type, bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from aicc.cli import app
from aicc.cli.app import run
from aicc.models import Review
from aicc.vocabulary import TOPICS

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "tests" / "fixtures" / "review"
EXAMPLES = ROOT / "examples" / "contracts"
runner = CliRunner()


def review_json(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["review", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def exit_code(args: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.argv", ["aicc", *args])
    return run(app)


@pytest.fixture(scope="module")
def ja_terms() -> dict[str, Any]:
    return review_json(str(FIX / "ja-terms-of-use.txt"))


def test_json_is_the_public_contract(ja_terms: dict[str, Any]) -> None:
    review = Review.model_validate(ja_terms)
    assert review.schema_version.startswith("1.")
    assert set(review.topics) == set(TOPICS)
    assert review.findings and all(f.item.title.ja and f.item.title.en for f in review.findings)
    assert review.profile.deal_type == "general-service"
    assert review.profile.deal_type_source == "inferred"
    assert review.profile.deal_type_reason is not None


def test_ja_terms_positions(ja_terms: dict[str, Any]) -> None:
    findings = {f["item_id"]: f for f in ja_terms["findings"]}
    assert findings["IN-USE-02"]["position"] == "unfavourable"
    assert findings["X-CHG-01"]["position"] == "unfavourable"
    assert findings["X-LAW-01"]["position"] == "favourable"
    assert findings["IN-USE-02"]["suggestion"] is not None
    topics = ja_terms["topics"]
    assert topics["input-training-use"]["status"] == "addressed"
    assert topics["input-training-use"]["position"] == "unfavourable"
    assert topics["source-code-escrow"]["status"] == "missing"


def test_every_quote_is_the_document_text_at_its_offsets() -> None:
    for path in [*sorted(FIX.glob("*.txt")), *sorted(EXAMPLES.iterdir())]:
        data = review_json(str(path), "--no-embeddings")
        texts = [doc["text"] for doc in data["documents"]]
        quotes = [ev for f in data["findings"] for ev in f["evidence"]]
        quotes += [ev for t in data["topics"].values() for ev in t["evidence"]]
        for ev in quotes:
            assert texts[ev["document"]][ev["start"] : ev["end"]] == ev["quote"], path.name
            assert ev["quote"].strip() == ev["quote"]


def test_several_files_make_one_contract() -> None:
    data = review_json(str(FIX / "ja-master-agreement.txt"), str(FIX / "ja-individual-contract.txt"))
    assert [doc["index"] for doc in data["documents"]] == [0, 1]
    findings = {f["item_id"]: f for f in data["findings"]}
    training = findings["IN-USE-02"]
    assert training["status"] == "addressed" and training["position"] == "favourable"
    assert training["evidence"][0]["document"] == 1  # found in the individual contract
    assert findings["X-LAW-02"]["evidence"][0]["document"] == 0  # found in the master agreement
    assert findings["X-LAW-02"]["position"] == "favourable"


def test_party_roles_from_the_document_decide_positions() -> None:
    """In this licence 甲 is the vendor: 「乙に帰属する」 is good for the user."""
    data = review_json(str(FIX / "ja-license-koh-is-vendor.txt"))
    findings = {f["item_id"]: f for f in data["findings"]}
    assert findings["OUT-OWN-01"]["position"] == "favourable"
    assert findings["IN-USE-02"]["position"] == "favourable"


def test_role_vendor_mirrors_positions() -> None:
    """The same clause reads the other way for the vendor (each side sees first what hurts it)."""
    user = review_json(str(FIX / "ja-terms-of-use.txt"), "--no-embeddings")
    vendor = review_json(str(FIX / "ja-terms-of-use.txt"), "--no-embeddings", "--role", "vendor")
    mirror = {"favourable": "unfavourable", "unfavourable": "favourable", "neutral": "neutral", None: None}
    users = {f["item_id"]: f for f in user["findings"]}
    compared = 0
    for finding in vendor["findings"]:
        other = users.get(finding["item_id"])
        if other is None or finding["item_id"] in ("X-LAW-01", "X-LAW-02") or not finding["evidence"]:
            continue
        if other["evidence"] and other["evidence"][0]["start"] == finding["evidence"][0]["start"]:
            assert finding["position"] == mirror[other["position"]], finding["item_id"]
            compared += 1
    assert compared >= 5
    assert vendor["profile"]["role"] == "vendor"
    assert {f["item_id"]: f["position"] for f in vendor["findings"]}["IN-USE-02"] == "favourable"


def test_deal_type_flag_overrides_inference() -> None:
    data = review_json(str(FIX / "ja-terms-of-use.txt"), "--no-embeddings", "--deal-type", "new-development")
    assert data["profile"]["deal_type"] == "new-development"
    assert data["profile"]["deal_type_source"] == "flag"
    assert data["profile"]["deal_type_reason"] is None


def test_development_contract_is_inferred_as_new_development() -> None:
    data = review_json(str(EXAMPLES / "ja-ai-development-agreement.txt"), "--no-embeddings")
    assert data["profile"]["deal_type"] == "new-development"


def test_no_clauses_still_gives_a_review_with_a_warning() -> None:
    data = review_json(str(FIX / "no-clauses.txt"), "--no-embeddings")
    assert all(f["status"] in ("missing", "needs-review") for f in data["findings"])
    assert not any(f["status"] == "addressed" for f in data["findings"])
    assert data["summary"]["warnings"]


def test_table_output_shows_attention_items_with_quotes() -> None:
    result = runner.invoke(
        app, ["review", str(FIX / "en-short-terms.txt"), "--lang", "en", "--no-embeddings"], env={"COLUMNS": "250"}
    )
    assert result.exit_code == 0, result.output
    assert "Coverage by heading" in result.stdout
    assert "Needs attention first" in result.stdout
    assert "continued use" in result.stdout  # the quote of the unilateral-change clause


def test_out_writes_the_json_file(tmp_path: Path) -> None:
    out = tmp_path / "review.json"
    result = runner.invoke(
        app, ["review", str(FIX / "en-short-terms.txt"), "--format", "json", "--out", str(out), "--no-embeddings"]
    )
    assert result.exit_code == 0, result.output
    assert Review.model_validate_json(out.read_text(encoding="utf-8")).findings


@pytest.mark.parametrize(
    "args",
    [
        ["--role", "buyer"],
        ["--deal-type", "outsourcing"],
        ["--sector", "mining"],
        ["--format", "xml"],
        ["--lang", "fr"],
    ],
)
def test_bad_values_exit_2(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert exit_code(["review", str(FIX / "en-short-terms.txt"), *args], monkeypatch) == 2
    assert "error" in capsys.readouterr().err


def test_missing_file_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_code(["review", str(FIX / "nope.pdf")], monkeypatch) == 2
    assert "nope.pdf" in capsys.readouterr().err


def test_empty_file_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert exit_code(["review", str(empty)], monkeypatch) == 2
