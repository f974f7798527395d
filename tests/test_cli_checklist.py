"""``aicc checklist``, ``aicc catalog`` and ``aicc interview`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import REPO, run_cli


def test_checklist_json_is_the_stable_interface() -> None:
    result = run_cli("checklist", "--deal-type", "new-development", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"schema_version", "catalog", "playbook", "profile", "items"}
    assert data["catalog"]["id"] == "meti-ai-2025"
    assert data["profile"]["deal_type"] == "new-development"
    assert data["items"], "no items"
    for entry in data["items"]:
        assert "new-development" in entry["deal_types"]
        assert entry["title"]["ja"] and entry["title"]["en"]
        assert entry["question"]["ja"] and entry["question"]["en"]
        assert entry["evidence_tag"] in ("attested", "heading", "inferred")
        assert entry["reasons"]
    order = [{"high": 0, "medium": 1, "low": 2}[e["severity"]] for e in data["items"]]
    assert order == sorted(order)


def test_profile_file_and_flags(tmp_path: Path) -> None:
    profile = REPO / "examples" / "profiles" / "general-service-user.yaml"
    result = run_cli("checklist", "--profile", str(profile), "--format", "json", "--role", "vendor")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["profile"]["role"] == "vendor"  # the flag wins
    assert data["profile"]["countries"] == ["US"]  # from the file


def test_xlsx_is_a_working_checklist(tmp_path: Path) -> None:
    out = tmp_path / "checklist.xlsx"
    result = run_cli("checklist", "--deal-type", "customized", "--format", "xlsx", "--out", str(out), "--lang", "ja")
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    header = [cell.value for cell in ws[1]]
    assert header[:4] == ["ID", "区分", "見出し", "項目"]
    assert header[-3:] == ["状況", "担当者", "メモ"]
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref
    assert ws.max_row >= 2
    assert any("インプット" in str(cell.value) for cell in ws["B"])
    assert ws.column_dimensions["E"].width >= 40


@pytest.mark.parametrize("fmt", ["md", "csv", "table"])
def test_other_formats_in_both_languages(fmt: str) -> None:
    for lang, word in (("ja", "インプット"), ("en", "Input")):
        result = run_cli("checklist", "--deal-type", "general-service", "--format", fmt, "--lang", lang)
        assert result.returncode == 0, result.stderr
        assert word in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["checklist", "--deal-type", "outsourcing"], "unknown deal type 'outsourcing'"),
        (["checklist", "--role", "buyer"], "unknown role 'buyer'"),
        (["checklist", "--sector", "space"], "unknown sector 'space'"),
        (["checklist", "--profile", "/nonexistent/profile.yaml"], "file not found"),
        (["checklist", "--playbook", "/nonexistent/pb.yaml"], "file not found"),
        (["checklist", "--format", "xlsx"], "needs --out"),
        (["checklist", "--format", "pdf"], "unknown format 'pdf'"),
        (["checklist", "--format", "json", "--out", "/nonexistent-dir/x.json"], "folder does not exist"),
        (["catalog", "show", "IN-USE-99"], "unknown item id 'IN-USE-99'"),
        (["catalog", "validate", "/nonexistent/catalog"], "file not found"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_malformed_profile_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "profile.yaml"
    bad.write_text("kind: profile\ndeal_type: general-service\nrole: customer\n", encoding="utf-8")
    result = run_cli("checklist", "--profile", str(bad))
    assert result.returncode == 2
    assert f"{bad}:3:" in result.stderr and "'customer'" in result.stderr
    bad.write_text("kind: profile\nrole: user\n  sector: x\n", encoding="utf-8")
    result = run_cli("checklist", "--profile", str(bad))
    assert result.returncode == 2 and "invalid YAML" in result.stderr


def test_malformed_playbook_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "pb.yaml"
    bad.write_text(
        "kind: playbook\nid: x\ntitle: {ja: x, en: x}\ncatalog: meti-ai-2025\nmodify:\n  - item: NOPE-1\n",
        encoding="utf-8",
    )
    result = run_cli("checklist", "--playbook", str(bad))
    assert result.returncode == 2
    assert "NOPE-1" in result.stderr


def test_catalog_validate_and_show() -> None:
    result = run_cli("catalog", "validate")
    assert result.returncode == 0, result.stderr
    assert "ok catalog meti-ai-2025" in result.stdout
    shown = run_cli("catalog", "show", "in-use-02", "--lang", "ja")
    assert shown.returncode == 0
    assert "インプットの学習" in shown.stdout and "出典" in shown.stdout
    as_json = json.loads(run_cli("catalog", "show", "IN-USE-02", "--format", "json").stdout)
    assert as_json["id"] == "IN-USE-02"


def test_validate_a_playbook_file() -> None:
    result = run_cli("catalog", "validate", str(REPO / "examples" / "playbooks" / "acme-legal.yaml"))
    assert result.returncode == 0, result.stderr
    assert "ok playbook" in result.stdout


def test_interview_writes_a_profile(tmp_path: Path) -> None:
    out = tmp_path / "profile.yaml"
    answers = "\n".join(["2", "1", "healthcare", "3", "sensitive", "y", "US,SG", "", "y", "n", "n"]) + "\n"
    result = run_cli("interview", "--out", str(out), "--lang", "en", stdin=answers)
    assert result.returncode == 0, result.stderr
    checked = run_cli("checklist", "--profile", str(out), "--format", "json")
    data = json.loads(checked.stdout)
    assert data["profile"] | {} == data["profile"]
    assert data["profile"]["deal_type"] == "customized"
    assert data["profile"]["sector"] == "healthcare"
    assert data["profile"]["personal_data"] == "sensitive"
    assert data["profile"]["countries"] == ["US", "SG"]
    again = run_cli("interview", "--out", str(out), stdin=answers)
    assert again.returncode == 2 and "--force" in again.stderr


@pytest.mark.parametrize(
    "args",
    [["review", "--bogus", "x.txt"], ["checklist", "--format", "nonsense"], ["--no-such-flag"], ["report"]],
)
def test_usage_errors_exit_2_with_a_message_not_a_traceback(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "Error" in result.stderr or "error" in result.stderr
