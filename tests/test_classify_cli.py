"""``aicc classify``: one JSON object per input line, in order, with topics, positions and cues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aicc.cli import app
from aicc.cli.app import run

runner = CliRunner()

LINES = [
    "These Terms are governed by the laws of the State of New York.",
    "",
    "当社は、お客様が入力したデータをAIモデルの学習に利用することができます。",
    "We may suspend or terminate your account at any time without notice.",
    "The meeting room is on the third floor.",
    "本規約に関する紛争は、東京地方裁判所を第一審の専属的合意管轄裁判所とします。",
]


def classify(lines: list[str], *args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["classify", "-", *args], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def topics(row: dict[str, object]) -> dict[str, str]:
    return {t["topic"]: t["position"] for t in row["topics"]}  # type: ignore[index, union-attr]


def test_one_object_per_line_in_order() -> None:
    rows = classify(LINES)
    assert [row["text"] for row in rows] == LINES
    assert rows[1]["topics"] == []
    assert rows[4]["topics"] == []


def test_topics_and_positions_for_the_user() -> None:
    rows = classify(LINES, "--role", "user")
    assert topics(rows[0])["governing-law"] == "unfavourable"
    assert topics(rows[2])["input-training-use"] == "unfavourable"
    assert topics(rows[3])["termination"] == "unfavourable"
    assert topics(rows[5])["jurisdiction"] == "favourable"
    for row in rows:
        for topic in row["topics"]:  # type: ignore[union-attr]
            assert topic["cue"]  # type: ignore[index]


def test_vendor_role_mirrors_but_keeps_home_forum() -> None:
    rows = classify(LINES, "--role", "vendor")
    assert topics(rows[2])["input-training-use"] == "favourable"
    assert topics(rows[5])["jurisdiction"] == "favourable"


def test_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "clauses.txt"
    path.write_text("Customer may terminate this Agreement for convenience on 30 days' notice.\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", str(path), "--no-embeddings"])
    assert result.exit_code == 0, result.output
    assert "termination" in result.stdout


@pytest.mark.parametrize("args", [["--role", "buyer"], ["--format", "csv"], ["missing-file.txt"]])
def test_bad_input_exits_2(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.argv", ["aicc", "classify", *args])
    assert run(app) == 2


@pytest.mark.parametrize(
    "line",
    [
        "前項の規定にかかわらず、甲が書面で延長を求めたログデータについては、甲が指定する期間保存するものとする。",
        "Candidate Data is kept for the retention period selected by Customer.",
        "An Administrator may select a retention period of 7 or 30 days.",
        "Provider retains Inputs for no more than thirty (30) days, after which they are deleted.",
        "Audio is automatically deleted from the Supplier's systems thirty (30) days after the transcript is generated.",
        "Supplier will retain Customer Data only for the rolling retention window in the Order Form.",
        "乙は、提供データを研究期間中に限り保持するものとする。",
    ],
)
def test_a_limited_retention_period_or_one_the_user_chooses_is_favourable(line: str) -> None:
    [row] = classify([line], "--role", "user")
    assert topics(row)["data-retention-period"] == "favourable"


@pytest.mark.parametrize(
    "line",
    [
        "乙は、本契約が終了した後も、提供を受けたデータを保持し、継続して利用することができる。",
        "当社は、入力データ及び生成物を、当社が定める期間、当社のサーバに保存します。",
        "We store your prompts for such period as we determine.",
    ],
)
def test_keeping_data_as_long_as_the_vendor_decides_is_unfavourable(line: str) -> None:
    [row] = classify([line], "--role", "user")
    assert topics(row)["data-retention-period"] == "unfavourable"


@pytest.mark.parametrize(
    ("line", "position"),
    [
        ("When your account is closed, we will delete your voice data from our systems within 30 days.", "favourable"),
        ("Upon termination or expiry, Customer Data will be returned and deleted as set out in the MSA.", "favourable"),
        (
            "We have no obligation to keep, return or provide an export of any Content after termination.",
            "unfavourable",
        ),
    ],
)
def test_deletion_after_the_end(line: str, position: str) -> None:
    [row] = classify([line], "--role", "user")
    assert topics(row)["data-deletion-after-termination"] == position


@pytest.mark.parametrize(
    "line",
    [
        "利用企業は、本契約の終了時に、サービス提供者から提供を受けたマニュアル等の資料を返還又は廃棄する。",
        "On termination, the Licensee shall return or destroy all copies of the Model files and documentation.",
    ],
)
def test_the_user_giving_back_what_the_vendor_lent_it_is_no_deletion_of_data(line: str) -> None:
    [row] = classify([line], "--role", "user")
    assert "data-deletion-after-termination" not in topics(row)


def test_deleting_the_account_is_leaving_not_deleting_data() -> None:
    [row] = classify(["お客様は、本アプリ内の「アカウント削除」メニューから、いつでも退会することができます。"])
    assert "data-deletion-after-termination" not in topics(row)


@pytest.mark.parametrize(
    "line",
    [
        "If you include personal information about other people in your Inputs, you are solely responsible for making "
        "sure you have the right to do so.",
        "Reseller does not act as Customer's data processor in respect of Customer Data processed by the Platform.",
    ],
)
def test_personal_data_left_to_the_user_is_unfavourable(line: str) -> None:
    [row] = classify([line], "--role", "user")
    assert topics(row)["personal-data-handling"] == "unfavourable"


def test_giving_no_warranty_of_any_kind_in_japanese_is_a_disclaimer() -> None:
    [row] = classify(
        ["当社は、翻訳結果の正確性及び契約者の特定の目的への適合性について、いかなる保証も行いません。"],
        "--role",
        "user",
    )
    assert topics(row)["warranty-disclaimer"] == "unfavourable"


def test_derived_data_used_to_improve_the_vendors_products_is_training_use() -> None:
    line = "The Supplier may create Aggregated Data and use it to improve, benchmark and develop the Platform and its other products."
    [row] = classify([line], "--role", "user")
    assert topics(row)["input-training-use"] == "unfavourable"
    [plain] = classify(["The Supplier shall continuously improve the Platform."], "--role", "user")
    assert "input-training-use" not in topics(plain)


def test_a_saving_for_consumer_law_is_no_change_to_the_terms() -> None:
    line = "Nothing in this Agreement excludes, restricts or modifies any consumer guarantee under the Australian Consumer Law."
    [row] = classify([line], "--role", "user")
    assert "unilateral-changes" not in topics(row)


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        (
            "The exclusive place of jurisdiction for all disputes under this Agreement shall be Munich, Germany.",
            "jurisdiction",
        ),
        (
            "The Client agrees that Client Data may be stored in, transferred to and processed in any such jurisdiction.",
            "cross-border-transfer",
        ),
    ],
)
def test_a_foreign_place_of_jurisdiction_or_any_jurisdiction_is_unfavourable(line: str, topic: str) -> None:
    [row] = classify([line], "--role", "user")
    assert topics(row)[topic] == "unfavourable"


@pytest.mark.parametrize(
    ("line", "position"),
    [
        # an amendment announced a month ahead, or none without both signatures: the topic's own rules see it
        (
            "If an amendment is material, the Company will notify the Customer by e-mail at least thirty (30) days "
            "before it takes effect.",
            "favourable",
        ),
        (
            "No change shall take effect unless it is agreed in writing and signed by an authorised representative "
            "of each party.",
            "favourable",
        ),
    ],
)
def test_notice_or_agreement_before_an_amendment(line: str, position: str) -> None:
    [row] = classify([line], "--role", "user")
    assert topics(row)["unilateral-changes"] == position
