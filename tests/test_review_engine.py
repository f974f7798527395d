"""The review engine on single clauses: detection, position by actor and modality, and role flips."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aicc.catalog import load_catalog
from aicc.ingest import document_from_text
from aicc.models import Item, Party
from aicc.review.engine import Engine
from aicc.review.modality import analyse, mutual
from aicc.review.parties import resolve_names, written_to_you
from aicc.review.rules import validate_topic_data
from aicc.review.units import document_units, find_lists, line_unit
from aicc.review.wording import is_definition

from conftest import review_text


def _item(item_id: str) -> Item:
    return load_catalog().item(item_id)


def _engine(role: str = "user", **kwargs: object) -> Engine:
    names = resolve_names(**kwargs)  # type: ignore[arg-type]
    return Engine(items=[_item("IN-USE-02")], names=names, role=role, embedder=None)


@pytest.mark.parametrize(
    ("text", "lang", "actor", "modality"),
    [
        ("Provider may use Customer Data to improve the Service.", "en", "vendor", "permit"),
        ("Provider will not use Customer Data to train any model.", "en", "vendor", "prohibit"),
        ("Customer shall not upload personal data.", "en", "user", "prohibit"),
        ("In no event shall Provider be liable for lost profits.", "en", "vendor", "disclaim"),
        ("Materials uploaded by Client will never be fed into model retraining.", "en", "none", "prohibit"),
        ("Each party shall keep the other party's information confidential.", "en", "both", "oblige"),
        ("当社は、入力データを学習に利用することができます。", "ja", "vendor", "permit"),
        ("乙は、本件データをAIの学習に用いず、他の目的に転用しない。", "ja", "vendor", "prohibit"),
        ("当社は、生成物の利用により生じた損害について一切の責任を負いません。", "ja", "vendor", "disclaim"),
        ("お客様は、個人情報を入力してはならない。", "ja", "user", "prohibit"),
        ("当社は、入力データを分析に利用できるものとします。", "ja", "vendor", "permit"),
        ("乙は、事故を知ったときは、直ちに甲に通知する。", "ja", "vendor", "oblige"),
        ("甲及び乙は、相手方の秘密情報を第三者に開示してはならない。", "ja", "both", "prohibit"),
        (
            "乙は、事故を知ったときは、直ちに甲に報告し、甲が個人情報保護委員会への報告及び本人への通知を行うために必要な情報を提供する。",
            "ja",
            "vendor",
            "oblige",
        ),
        ("Your recordings may contain the voices and names of your guests and callers.", "en", "user", "none"),
    ],
)
def test_actor_and_modality(text: str, lang: str, actor: str, modality: str) -> None:
    result = analyse(text, lang, resolve_names())
    assert (result.actor, result.modality) == (actor, modality)


def test_training_clause_flips_with_role() -> None:
    item = _item("IN-USE-02")
    unit = line_unit("We may use your prompts and content to train and improve our models.", "en")
    user = _engine("user").assess(item, unit, None)
    vendor = _engine("vendor").assess(item, unit, None)
    assert user[:2] == ("addressed", "unfavourable")
    assert vendor[:2] == ("addressed", "favourable")


def test_no_training_promise_is_favourable_for_the_user_and_unfavourable_for_the_vendor() -> None:
    item = _item("IN-USE-02")
    unit = line_unit("乙は、甲から提供されたデータを機械学習モデルの学習に利用しないものとする。", "ja")
    assert _engine("user").assess(item, unit, None)[1] == "favourable"
    assert _engine("vendor").assess(item, unit, None)[1] == "unfavourable"


def test_ownership_is_judged_by_who_the_party_is() -> None:
    """「乙に帰属する」 is good for the user only when 乙 is the user."""
    text = "本件生成物に関する一切の権利は、乙に帰属する。"
    item = _item("OUT-OWN-01")
    default = Engine(items=[item], names=resolve_names(), embedder=None)  # 乙 = vendor by convention
    assert default.judge_item(item, line_unit(text, "ja")).position == "unfavourable"
    doc = document_from_text("甲と乙は契約する。\n" + text)
    doc.parties = [
        Party(name="株式会社アルゴ", aliases=["甲"], role="vendor", start=0, end=1),
        Party(name="株式会社北斗", aliases=["乙"], role="user", start=2, end=3),
    ]
    swapped = Engine(items=[item], names=resolve_names([doc]), embedder=None)
    assert swapped.judge_item(item, line_unit(text, "ja")).position == "favourable"


def test_user_name_flag_overrides_the_roles_ingest_read() -> None:
    """--user-name 提供者 makes the data provider the user, and the other party the vendor."""
    text = "派生データに関する一切の権利は、提供者に帰属する。"
    item = _item("OUT-OWN-01")
    doc = document_from_text("提供者と受領者は契約する。\n" + text)
    doc.parties = [
        Party(name="株式会社アルゴ", aliases=["提供者"], role="vendor", start=0, end=1),
        Party(name="株式会社北斗", aliases=["受領者"], role="user", start=2, end=3),
    ]
    as_read = resolve_names([doc])
    assert "提供者" in as_read.vendor
    flagged = resolve_names([doc], user_name="提供者")
    assert "提供者" in flagged.user and "提供者" not in flagged.vendor
    assert "受領者" in flagged.vendor and "受領者" not in flagged.user
    engine = Engine(items=[item], names=flagged, embedder=None)
    assert engine.judge_item(item, line_unit(text, "ja")).position == "favourable"
    assert "Provider" not in resolve_names(vendor_name="Acme", user_name="Provider").vendor


@pytest.mark.parametrize(
    ("text", "home", "position"),
    [
        ("These Terms are governed by the laws of the State of California.", "JP", "unfavourable"),
        ("These Terms are governed by the laws of the State of California.", "US", "favourable"),
        ("本契約は、日本法に準拠する。", "JP", "favourable"),
        ("本契約に関する紛争は、シンガポール国際仲裁センターの仲裁により解決する。", "JP", "unfavourable"),
    ],
)
def test_law_and_forum_against_home_jurisdiction(text: str, home: str, position: str) -> None:
    item = _item("X-LAW-01")
    for role in ("user", "vendor"):  # our own home court is good for either side
        engine = Engine(items=[item], names=resolve_names(), role=role, home=home, embedder=None)
        assert engine.judge_item(item, line_unit(text)).position == position


def test_an_unrelated_clause_does_not_address_the_item() -> None:
    item = _item("IN-USE-02")
    unit = line_unit("Invoices are payable within thirty days of receipt.", "en")
    assert _engine().assess(item, unit, None)[0] == "missing"


def test_every_match_names_what_decided_it() -> None:
    item = _item("IN-USE-02")
    status, _position, confidence, basis, cue = _engine().assess(
        item, line_unit("当社は、お客様の入力内容をAIモデルの学習に利用することがあります。", "ja"), None
    )
    assert status == "addressed" and basis and cue
    assert 0.5 <= confidence <= 1.0


WARRANTY_TERMS = """# Service Terms

1. Warranty

1.1 We warrant that the Service will perform materially in accordance with the Documentation.

1.2 EXCEPT AS SET OUT IN SECTION 1.1, THE SERVICE IS PROVIDED "AS IS" AND WE DISCLAIM ALL OTHER WARRANTIES.
"""


@pytest.mark.parametrize(("role", "position"), [("user", "favourable"), ("vendor", "unfavourable")])
def test_an_affirmative_warranty_beside_a_disclaimer_decides_the_topic(role: str, position: str) -> None:
    """warranty-disclaimer is favourable-first (topics.yaml): the rubric asks for one real warranty."""
    from aicc.models import Profile
    from aicc.review import review_documents

    review = review_documents(
        [document_from_text(WARRANTY_TERMS)], load_catalog(), Profile(deal_type="general-service", role=role)
    )
    assert review.topics["warranty-disclaimer"].status == "addressed"
    assert review.topics["warranty-disclaimer"].position == position
    # an ordinary worst-first topic keeps the unfavourable clause first
    from aicc.review.assemble import _aggregate, _preferred

    assert _preferred("liability-cap", "user") == "unfavourable"
    assert _aggregate(["favourable", "unfavourable"], _preferred("liability-cap", "user")) == "unfavourable"


BETA_TERMS = """# Beta Terms

1. You must not include in Inputs any personal data relating to individuals other than yourself.

2. We will not publicly identify you as the source of any Feedback or Usage Data without your permission.
"""


def test_a_good_clause_on_another_subject_does_not_vouch_for_a_favourable_first_topic(tmp_path: Path) -> None:
    """personal-data-handling is favourable-first, but the one good clause must be about personal data:
    the promise not to name the user as the source of feedback (an item on usage data) is not."""
    review = review_text(tmp_path, BETA_TERMS, "beta-terms.md")
    positions = {f.item_id: f.position for f in review.findings if f.topics[0] == "personal-data-handling"}
    assert "favourable" in positions.values()  # an item on the topic's list reads clause 2 as good ...
    topic = review.topics["personal-data-handling"]
    assert (topic.status, topic.position) == ("addressed", "unfavourable")  # ... but it does not decide


DATA_WARRANTIES_JA = """# AI開発委託契約書

第5条（提供データ）
甲は、乙に対し、本開発に必要な範囲で提供データを提供する。
2. 甲は、提供データの正確性及び完全性について保証しない。

第10条（保証）
乙は、本学習済みモデル及び推論結果の精度、正確性及び特定の目的への適合性について、いかなる保証も行わない。
"""


def test_the_users_own_refusal_is_no_warranty_beside_the_vendors_disclaimer(tmp_path: Path) -> None:
    """warranty-disclaimer is favourable-first, but 甲 refusing to vouch for its own data is no warranty
    甲 gets: beside 乙's disclaimer the topic is unfavourable; alone it stays favourable."""
    review = review_text(tmp_path, DATA_WARRANTIES_JA, "ja-dev.md")
    assert review.topics["warranty-disclaimer"].position == "unfavourable"
    alone = DATA_WARRANTIES_JA.split("第10条")[0]
    review = review_text(tmp_path, alone, "ja-dev-alone.md")
    assert review.topics["warranty-disclaimer"].position == "favourable"


def test_a_terms_title_brand_names_the_vendor_when_ingest_found_only_we() -> None:
    text = (
        "Acme Cloud Terms of Service\n\nThese terms are between you and us. Acme provides the service.\n"
        "Acme may suspend your account if you breach these terms. Acme will notify you.\n"
    )
    doc = document_from_text(text)
    doc.parties = [
        Party(name="we", aliases=["we", "us"], role="vendor", start=0, end=1),
        Party(name="you", aliases=["you"], role="user", start=2, end=3),
    ]
    assert "Acme" in resolve_names([doc]).vendor
    doc.text = doc.text.replace("Acme Cloud Terms of Service", "General Terms of Service")
    assert "General" not in resolve_names([doc]).vendor


def test_a_heading_does_not_decide_the_position_over_its_clause(tmp_path: Path) -> None:
    text = (
        "# AI Service Terms\n\n"
        "## 12. Settling disputes, governing law and courts\n\n"
        "12.1 These Terms are governed by the laws of Japan.\n"
    )
    review = review_text(tmp_path, text, "terms.md")
    finding = next(f for f in review.findings if f.item_id == "X-LAW-01")
    assert finding.status == "addressed"
    assert finding.position == "favourable"
    assert "laws of Japan" in finding.evidence[0].quote


SUSPENSION_JA = (
    "# 利用規約\n\n## 第16条（利用停止）\n\n"
    "1. 当社は、契約者が次の各号のいずれかに該当する場合、事前に通知することなく、本サービスの提供を停止することができます。\n"
    "（1）本規約に違反した場合\n"
    "（2）料金の支払を遅滞した場合\n"
)
TERMINATION_JA = SUSPENSION_JA.replace("（利用停止）", "（解除）").replace("本サービスの提供を停止", "本契約を解除")


@pytest.mark.parametrize(
    ("text", "extra_item", "position"),
    [
        # only breaches listed: the vendor needs cause to end the contract
        (TERMINATION_JA, "", "favourable"),
        # and a pause for cause, which the user can cure, takes no side
        (SUSPENSION_JA, "", "neutral"),
        # the usual catch-all makes either right one the vendor holds at will
        (TERMINATION_JA, "（3）その他当社が本サービスの利用を不適当と判断した場合\n", "unfavourable"),
        (SUSPENSION_JA, "（3）その他当社が本サービスの利用を不適当と判断した場合\n", "unfavourable"),
    ],
)
def test_a_suspension_or_termination_right_is_read_with_the_causes_it_lists(
    tmp_path: Path, text: str, extra_item: str, position: str
) -> None:
    review = review_text(tmp_path, text + extra_item, "terms.md")
    finding = next(f for f in review.findings if f.item_id == "X-TERM-01")
    assert (finding.status, finding.position) == ("addressed", position)
    assert review.topics["termination"].position == position


def test_list_items_are_found_after_the_sentence_that_announces_them() -> None:
    text = (
        "We may suspend your account if any of the following happens:\n"
        "(a) you breach these Terms;\n"
        "(b) we decide, for any other reason, that it is appropriate.\n"
        "Fees are payable monthly.\n"
    )
    units = document_units(document_from_text(text), 0)
    lists = find_lists(units)
    listed = lists.items_after(units[0])
    assert "(a) you breach" in listed and "(b) we decide" in listed and "Fees" not in listed
    assert [lists.lead_of(u) == units[0].text for u in units] == [False, True, True, False]


CONSUMER_TERMS = (
    "# Brightly Terms of Use\n\n"
    "These terms are between you and us. Please read them; by using the app you accept them.\n\n"
    "## Liability\n\n"
    "We are not responsible for any loss or damage that results from your use of the app.\n"
    "You use the app at your own risk, and you should keep your own copies of anything you create.\n"
    "If you break these terms, you are responsible for the harm it causes us.\n"
)


def test_terms_written_to_you_are_not_held_to_the_cuad_gates(tmp_path: Path) -> None:
    review = review_text(tmp_path, CONSUMER_TERMS, "terms.md")
    assert written_to_you(review.documents)
    topic = review.topics["liability-cap"]
    assert (topic.status, topic.position) == ("addressed", "unfavourable")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # a list item without a verb is read with the sentence that announced it
        (
            "# 利用規約\n\n## 第6条（利用データの取扱い）\n\n"
            "1. 当社は、利用データを次の各号の目的のために利用することができます。\n"
            "（1）本サービスの提供\n"
            "（2）本サービスの品質向上及び当社の機械学習モデルの改良\n",
            "input-training-use",
        ),
        # a foreign forum beside a home one decides the forum
        (
            "# Terms\n\n## 20. Disputes\n\n"
            "20.1 If you use the service as a consumer, you may bring any dispute before the competent court in "
            "the country of your main residence, which has jurisdiction over it.\n"
            "20.2 Any other dispute must be resolved exclusively in a competent court in Ireland.\n",
            "jurisdiction",
        ),
        # where no item takes a side, a place the topic's own rules read decides
        (
            "# Essay Feedback Terms\n\n## 6. Where your data goes\n\n"
            "6.1 Your workspace, including student essays, is stored in data centres located in Australia.\n"
            "6.2 To generate feedback, the text of an essay is sent to model providers that we select, which may "
            "process that text in the United States or in other countries where those providers operate.\n",
            "cross-border-transfer",
        ),
    ],
)
def test_the_unfavourable_clause_decides_the_whole_review(tmp_path: Path, text: str, topic: str) -> None:
    review = review_text(tmp_path, text, "terms.md")
    assert review.topics[topic].position == "unfavourable"


NO_PERSONAL_DATA = """# 開発委託契約書

第5条（秘密保持）
1. 甲及び乙は、本契約に関連して相手方から開示された技術上又は営業上の情報であって、開示の際に秘密である旨が明示されたもの（以下「秘密情報」という。）を、相手方の事前の書面による承諾なく第三者に開示してはならない。
2. 次の各号のいずれかに該当する情報は、秘密情報に含まれない。
（1）開示の時点で既に公知であった情報
（2）正当な権限を有する第三者から秘密保持義務を負わずに取得した情報

第6条（再委託）
1. 乙は、甲の事前の書面による承諾を得た場合に限り、本件業務の一部を第三者に再委託することができる。
2. 乙は、再委託先の行為について、自ら行ったものとして甲に対し責任を負う。
"""


def test_an_item_for_a_person_to_judge_speaks_only_for_its_main_topic(tmp_path: Path) -> None:
    # the items that list personal data second (what the input holds, who may see it) put it in the
    # checklist; the candidate clauses they hold for a person are no sign the contract treats it
    review = review_text(tmp_path, NO_PERSONAL_DATA, "contract.md")
    assert review.topics["personal-data-handling"].status == "missing"
    assert review.topics["personal-data-handling"].in_checklist


def test_a_representation_about_anti_social_forces_is_not_a_warranty() -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    unit = line_unit("甲及び乙は、自己が暴力団その他の反社会的勢力に該当しないことを表明し、保証する。", "ja")
    topics = engine.match_topics([unit])
    assert "anti-social-forces" in topics and "warranty-disclaimer" not in topics
    other = line_unit("乙は、本成果物が仕様書に適合することを表明し、保証する。", "ja")
    assert "warranty-disclaimer" in engine.match_topics([other])


@pytest.mark.parametrize(
    ("text", "lang", "names", "actor"),
    [
        # the two parties named together under names of the contract's own are both parties
        (
            "委託者及び受託者は、相手方の秘密情報を第三者に開示してはならない。",
            "ja",
            {"user_name": "委託者", "vendor_name": "受託者"},
            "both",
        ),
        (
            "委託者は、受託者の承諾なく本件成果物を第三者に提供してはならない。",
            "ja",
            {"user_name": "委託者", "vendor_name": "受託者"},
            "user",
        ),
        ("Customer and Provider shall keep the pricing confidential.", "en", {}, "both"),
        ("Provider and its affiliates shall not use Customer Data for training.", "en", {}, "vendor"),
    ],
)
def test_two_parties_named_together_act_together(text: str, lang: str, names: dict[str, str], actor: str) -> None:
    assert analyse(text, lang, resolve_names(**names)).actor == actor


def test_a_definition_never_decides_the_position_over_a_clause_that_takes_a_side(tmp_path: Path) -> None:
    text = (
        "# Enterprise Terms\n\n## 1. Definitions\n\n"
        '1.1 "Subprocessor" means a third party engaged by Provider that processes Customer Content.\n\n'
        "## 6. Subprocessors\n\n"
        "6.1 Provider may engage Subprocessors listed on its website and will give 30 days' notice of any new one. "
        "Provider remains responsible for the acts and omissions of its Subprocessors as if they were its own.\n"
    )
    review = review_text(tmp_path, text, "terms.md")
    finding = next(f for f in review.findings if f.item_id == "IN-EXT-03")
    assert finding.position == "favourable"
    assert "means" not in finding.evidence[0].quote


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an export-control clause is not a transfer of data abroad
        (
            "利用者は、外国為替及び外国貿易法に違反して、本サービスを国外から利用してはならない。",
            "cross-border-transfer",
        ),
        # a refund of prepaid fees is not a return of data
        (
            "本契約が解約された場合、当社は、解約日以降の期間に対応する前払いの利用料金を返還する。",
            "data-deletion-after-termination",
        ),
        # selling abroad, filing patents abroad or re-exporting models is not keeping the data abroad
        (
            "甲は、成果物を、日本国内のみならず海外市場向けの広告においても使用することができる。",
            "cross-border-transfer",
        ),
        ("外国において特許出願等を行う場合、その対象国及び費用負担は、甲乙協議の上定める。", "cross-border-transfer"),
        ("You may not download, export or re-export Models from the Service.", "cross-border-transfer"),
        # a court's order to disclose is not a forum
        ("法令又は裁判所若しくは行政機関の命令に基づき開示する場合には、この限りでない。", "jurisdiction"),
        # keeping one's own password secret is not about the user's input
        ("You are responsible for keeping your login credentials confidential.", "input-confidentiality"),
        # a warranty that a party may sign is not a warranty of what it delivers
        (
            "Each party represents and warrants that it has full power and authority to enter into this Agreement.",
            "warranty-disclaimer",
        ),
        ("甲及び乙は、本契約を締結する権限を有することを相互に表明し、保証する。", "warranty-disclaimer"),
        # a data subject's request to stop a use of personal data, or an opt-out from training, ends nothing
        (
            "お客様は、当社に対し、保有個人データの開示、訂正、削除、利用停止又は第三者提供の停止を請求することができます。",
            "termination",
        ),
        ("お客様は、設定画面からいつでも学習への利用を停止することができます。", "termination"),
        # statistics derived from the inputs, handed on, are not the inputs leaving the vendor's confidence
        (
            "当社は、入力データを統計的に処理し、個人を特定できない形に加工した情報を、提携先に提供することがあります。",
            "input-confidentiality",
        ),
        ("We may share statistics derived from your inputs with our partners.", "input-confidentiality"),
        # fees that move by the contract's own price table are agreed, not changed by one side
        ("対象店舗数が変わったときは、利用料金は別表の料金表に従い翌月分から改定する。", "unilateral-changes"),
        # a licensee uninstalling the vendor's software at the end is no deletion of the user's data
        (
            "On expiry, the Licensee shall uninstall the Software, delete all copies of it and certify the deletion "
            "within thirty (30) days.",
            "data-deletion-after-termination",
        ),
        (
            "On expiry, the Licensee shall uninstall the Software, delete all copies of it and certify the deletion "
            "within thirty (30) days.",
            "data-retention-period",
        ),
        # who may see a user's posts is a sharing setting, not the confidentiality of inputs
        ("作品の公開範囲は、「全体公開」「非公開」から会員が選択します。", "input-confidentiality"),
        (
            'You can mark a finished episode as "Private" so that it does not show on your public page.',
            "input-confidentiality",
        ),
        # closing one's account is leaving, not deleting data; fee records are no keeping of the user's data
        ("利用者は、いつでもアカウントを削除し、利用契約を終了することができます。", "data-deletion-after-termination"),
        (
            "Each Party shall retain accurate books and records relating to the fees for five (5) years.",
            "data-retention-period",
        ),
        # the vendor's own service and what it is made of is no output
        (
            "本サービスを構成するソフトウェア、画面デザイン、アイコンその他の素材に関する著作権は、当社に帰属します。",
            "output-ownership",
        ),
        (
            "The Provider shall use reasonable efforts to ensure the retention of Key Personnel for two (2) years.",
            "data-retention-period",
        ),
        ("お客様がアプリ内で「非公開」を選択した生成画像は、作品例として紹介しません。", "input-confidentiality"),
        # the vendor's hardware handed back at the end is no return of data
        (
            "Appliances remain our property and must be returned within fifteen (15) days after the end of your subscription.",
            "data-deletion-after-termination",
        ),
        # a user clearing what it got from its own systems at the end is no deletion by the vendor
        (
            "On termination you must delete all Scores cached in your systems within 30 days.",
            "data-deletion-after-termination",
        ),
        # the rights and consents a party keeps up for as long as something lasts are not data kept
        (
            "The Customer represents that it holds, and will keep for as long as the Avatar remains in use, all "
            "rights, licences and consents needed for the recordings it uploads.",
            "data-retention-period",
        ),
        # export control names countries, not where the data goes
        (
            "The Customer shall not export, re-export or transfer the Software to any country prohibited under "
            "export control laws.",
            "cross-border-transfer",
        ),
        # the user barred from selling the results is a limit on outputs, not confidentiality of inputs
        ("利用者は、当社の承諾なく、解析結果を第三者に開示し、又は販売してはならない。", "input-confidentiality"),
        # a base model's change or fault disclaimed is no change of the terms
        (
            "乙は、基盤モデルの提供者の行為、基盤モデルの仕様変更又は不具合に起因して甲に生じた損害について、一切の責任を"
            "負わない。",
            "unilateral-changes",
        ),
        # how the software runs, counted, is not the user's data put to training
        (
            "乙は、本ソフトウェアの稼働状況（処理件数、エラー発生件数等）に関する統計情報を、本ソフトウェアの保守及び"
            "品質改善のために利用することができる。",
            "input-training-use",
        ),
        # the customer's overseas subsidiaries using the service, and its own contractors, are neither a transfer
        # abroad nor the vendor's subcontracting
        ("甲は、甲の海外子会社の従業員にも本サービスを利用させることができる。", "cross-border-transfer"),
        ("お客様は、当該委託先による本ツールの利用について、一切の責任を負うものとします。", "subcontracting"),
        # a cap that does not reach a breach of confidentiality is about liability, not about which data is confidential
        (
            "The limits in clause 10.1 do not apply to liability for fraud, wilful misconduct or breach of clause 8 "
            "(Confidentiality).",
            "input-confidentiality",
        ),
        # a change request for the project is no change of the terms; labelling outputs as AI-made discloses no input
        (
            "No change request shall take effect unless approved in writing by both project leads.",
            "unilateral-changes",
        ),
        (
            "You must clearly disclose AI-generated imagery where required by law or by the policies of the platform.",
            "input-confidentiality",
        ),
        # the team that does the work, changed on notice, is no change of the terms
        (
            "乙は、本業務の実施体制（責任者及び担当者を含む。）を記載した書面を本契約締結後速やかに甲に提出し、これを"
            "変更する場合は事前に甲に通知する。",
            "unilateral-changes",
        ),
    ],
)
def test_look_alike_clauses_do_not_address_the_topic(text: str, absent: str) -> None:
    engine = Engine(items=load_catalog().items, names=resolve_names(), embedder=None)
    unit = line_unit(text, "ja" if not text.isascii() else "en")
    assert absent not in engine.match_topics([unit])
    items = {item.id: item for item in load_catalog().items}
    found = [item_id for item_id, matches in engine.match_items([unit], None).items() if matches]
    assert all(absent != items[item_id].topics[0] for item_id in found)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"kind": "vendor-action", "duty": {"owed": {"en": ["x"]}}}, "duty belongs to vendor-duty topics"),
        ({"kind": "vendor-duty", "duty": {"kept": {"en": ["x"]}}}, "duty belongs to vendor-duty topics"),
        ({"kind": "vendor-duty", "aggregate": "best"}, "aggregate must be one of"),
        ({"kind": "sideways"}, "kind must be one of"),
        ({"kind": "vendor-action", "places": "yes"}, "places must be true or false"),
        ({"kind": "law", "aspect": "venue"}, "aspect must be one of"),
        ({"kind": "vendor-action", "aspect": "law"}, "aspect must be one of"),
        ({"kind": "vendor-duty", "disclaimers": "often"}, "disclaimers must be true or false"),
        ({"kind": "vendor-action", "exits": 1}, "exits must be true or false"),
        ({"kind": "vendor-action", "short-notice": "14 days"}, "short-notice must be true or false"),
        ({"kind": "vendor-duty", "marked-only": {"marked": {"en": "x", "ja": "x"}}}, "marked-only holds"),
    ],
)
def test_topic_rules_data_is_checked(spec: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        validate_topic_data({"audit-rights": spec})
    with pytest.raises(ValueError, match="unknown topic"):
        validate_topic_data({"no-such-topic": {"kind": "neutral"}})


def test_a_terms_definition_alone_does_not_address_an_item(tmp_path: Path) -> None:
    text = (
        "# Platform Terms\n\n## 1. Definitions\n\n"
        '1.1 "Pseudonymised Records" means records processed so that no patient can be identified.\n\n'
        "## 2. Fees\n\n2.1 Fees are payable monthly in advance.\n"
    )
    review = review_text(tmp_path, text, "terms.md")
    finding = next(f for f in review.findings if f.item_id == "IN-RES-03a")
    assert finding.status == "missing"


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        (
            "2. 前項のほか、甲又は乙は、相手方に対し1か月前までに書面で通知することにより、本契約を解約することができる。",
            "ja",
            "both",
        ),
        ("乙は、甲の承諾を得て再委託することができる。", "ja", "vendor"),
    ],
)
def test_either_party_named_as_the_subject(text: str, lang: str, actor: str) -> None:
    assert analyse(text, lang, resolve_names()).actor == actor


@pytest.mark.parametrize(
    ("text", "says_what_words_mean"),
    [
        (
            "A社（以下「提供者」という。）とB社（以下「受領者」という。）は、提供者のデータを受領者のAIモデルの学習に"
            "用いることに関し、次のとおり契約（以下「本契約」という。）を締結する。",
            True,
        ),
        ("This Agreement is entered into by Acme Corp. and Beta Inc. WHEREAS Beta wishes to license data.", True),
        ('"Output" means the content the Service generates.', True),
        # a term defined without quotes, then said what it is not
        ("区分変更申請とは、要介護状態区分の変更を求める申請をいい、本契約の変更を意味するものではない。", True),
        ("受領者は、提供データを本モデルの学習にのみ利用し、他のモデルの学習に利用してはならない。", False),
        # what a sentence puts outside the contract, background paragraphs and notes of what is left untouched
        ("A Crane Change is an operational matter for the Customer and does not amend this Agreement.", True),
        ("果実の保存温度及び保存期間の管理は甲の責任で行うものとし、本契約の対象とはしない。", True),
        (
            "医薬品の「保管期間」は使用期限までの残日数を指し、利用者データの保存期間を意味するものではありません。",
            True,
        ),
        ("定例会で確認された事項は、本契約又は仕様書の内容を変更するものではない。", True),
        ("Provider shall not amend these Terms without Customer's written consent.", False),
        ("乙は、甲の書面による同意なく本契約の内容を変更することはできない。", False),
        ("(B) Licensee trades electricity on the power exchange and wishes to use the Licensed Data.", True),
        ("(A) The Supplier has developed a document-understanding model.", True),
        ("(b) the Licensee may use the Licensed Data to train its models.", False),
        ("海外船級協会の型式承認の取得は本件業務に含まない。", True),
        ("これらの項目は文書の体裁に関するものであり、データの保存場所を示すものではありません。", True),
        ("本条は、当該検査記録の保存期間に関する甲の義務に影響を及ぼさない。", True),
        ("Those flags are clinical prompts and do not alter any term of this Agreement.", True),
        ("前項の操作研修は職員のための研修であり、AIモデルの学習とは関係がない。", True),
        ("This paragraph describes your own obligations and is not a promise by us to store your data.", True),
        ("なお、出版社が定めるアーカイブの保存期間その他の購読条件は、本契約の条件を変更するものではない。", True),
        (
            "This clause concerns the number of licences only and does not permit either party to amend the terms of "
            "this Agreement.",
            True,
        ),
        (
            "A run that is terminated by a usage limit is not a termination of your subscription and does not affect "
            "your fees.",
            True,
        ),
        (
            "なお、要約項目としての「解約申出」は顧客と甲との保険契約に関するものであり、本契約の解除とは関係しない。",
            True,
        ),
        (
            "B. The Lab develops machine-learning systems for handwriting recognition and wishes to use selected images "
            "to train a recognition model.",
            True,
        ),
        (
            "For clarity, the transmission of E2B files to the PMDA gateway on Sponsor's instruction is part of the "
            "Services and is not a transfer to a third party for the purposes of this Clause.",
            True,
        ),
        (
            "Termination of a route or a code-share arrangement by Kestrel does not by itself terminate this Agreement.",
            True,
        ),
        (
            "This masking feature is a product function only and does not create any confidentiality obligation.",
            True,
        ),
        ('The "hold period" shown in the booking screen refers only to this grace period.', True),
        (
            "本サービスは非公開求人の求人票作成にも利用することができますが、非公開求人であることは、当該求人の取扱いについて当社に特段の義務を生じさせるものではありません。",
            True,
        ),
        (
            "(C) The Parties wish to record the terms on which the Developer will develop, train and deliver the Custom "
            "Model.",
            True,
        ),
        (
            "Out of the box, the Platform recognises clause categories commonly found in target-company contracts, such "
            "as change of control, termination for convenience and governing law.",
            True,
        ),
        (
            "The tier is a performance product, is priced separately and does not change any other section of these Terms.",
            True,
        ),
        (
            "These display options change how your slides look; they do not change how we handle Your Content under these Terms.",
            True,
        ),
        (
            "These labels are a convenience feature; they do not create any subcontracting relationship between you and us.",
            True,
        ),
        ("The Steering Committee runs the project day to day but has no authority to amend this Agreement.", True),
        ("The end of a season does not by itself entitle the Licensee to terminate this Agreement.", True),
        ("法令の改正に伴う判定ロジックの更新は、本規約の変更には該当せず、第15条の手続を要しません。", True),
        ("甲が従業員との雇用契約を終了させたことは、本契約の解除事由とはならない。", True),
        ("Heat transfer in the weld zone is outside the scope of the work.", True),
        ("Visitors are covered by the Shipyard insurance policy, and this Article does not modify Article 10.", True),
        (
            "本条における「解除」は本契約に関するものであり、甲が顧客と締結する保険契約の解約の手続には関係しない。",
            True,
        ),
        ("内視鏡側の画像保存機能及び検査記録の保存期間は、甲の製品仕様によるものとし、本研究の対象外とする。", True),
        ("なお、出荷時期の見直しは甲の理事会の決議事項であり、本契約の変更には当たらない。", True),
        ("ただし、本協定の条項を変更するものではない。", True),
        (
            "A recipe change notified under Clause 3.4 does not by itself amend this Agreement or the Acceptance Criteria.",
            True,
        ),
        (
            "That phone setting is unrelated to how we handle your recordings and does not make any call confidential.",
            True,
        ),
        (
            'The edit history shown inside the App (the "Draft Log") records edits made by users; it is not a record of changes to these Terms.',
            True,
        ),
        (
            "Changes to the number of Authorised Users made by Customer (for example, new hires or leavers) are handled in the admin console and do not require an amendment to this Agreement.",
            True,
        ),
        ("2.4 Nothing in these Service Terms changes the procedures Customer follows when dispatching crews.", True),
        ("多言語出力は生成物の言語を切り替える機能であり、契約者の情報の保存場所を変更するものではない。", True),
        ("本項は説明書面の言語に関するものであり、本件データを外国に送ることを意味しない。", True),
        (
            "甲が法令に基づき自ら保存する検針データの保存期間は、甲の社内規程によるものとし、本契約の定めるところではない。",
            True,
        ),
    ],
)
def test_definitions_and_recitals_decide_nothing(text: str, says_what_words_mean: bool) -> None:
    assert is_definition(text) is says_what_words_mean


def test_an_account_closed_is_a_contract_ended_and_equipment_returned_is_not_data() -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    closed = line_unit("We delete your voice data within 30 days after you close your account.", "en")
    assert "data-deletion-after-termination" in engine.match_topics([closed])
    camera = line_unit("利用契約が終了した場合、加盟店は、当社が貸与したAIカメラを当社に返還する。", "ja")
    assert "data-deletion-after-termination" not in engine.match_topics([camera])


def test_retention_for_a_period_the_vendor_deems_necessary_is_open_ended() -> None:
    engine = Engine(items=[], names=resolve_names(vendor_name="Party A"), embedder=None)
    unit = line_unit("Party A shall store the Usage Log for the period Party A deems necessary for operations.", "en")
    found = engine.match_topics([unit])["data-retention-period"]
    assert found[0].judgement.position == "unfavourable"


def test_staff_abroad_with_access_to_the_data_is_a_transfer_abroad() -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    unit = line_unit(
        "Customer acknowledges that members of Provider's data team based in Hanoi, Vietnam, will access the "
        "project environment remotely.",
        "en",
    )
    assert engine.match_topics([unit])["cross-border-transfer"][0].judgement.position == "unfavourable"


def test_upon_termination_sets_a_time_and_grants_no_right_to_end() -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    after = line_unit(
        "Upon termination or expiry, Provider will keep Customer Data available for export for 30 days.", "en"
    )
    assert "termination" not in engine.match_topics([after])
    right = line_unit("Provider may terminate this Agreement on thirty days' notice.", "en")
    assert "termination" in engine.match_topics([right])


def test_damages_limited_to_direct_and_ordinary_loss_limit_liability() -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    unit = line_unit("甲及び乙は、相手方に対し、直接かつ通常の損害に限り賠償する責任を負う。", "ja")
    assert "liability-cap" in engine.match_topics([unit])


THIRD_PARTY_MODELS = (
    "# AI Services Terms\n\n## 4. Subprocessors\n\n"
    "4.1 Provider shall impose on each Subprocessor written data protection obligations no less protective than "
    "those in these Terms, and Provider remains responsible for the acts and omissions of its Subprocessors.\n\n"
    "## 5. Third-party models\n\n"
    "5.1 Customer's use of the generative features is subject to the usage policies of the third-party model "
    "providers, and Provider is not responsible for the acts, omissions or outages of any such provider.\n"
)


def test_third_party_models_disclaimed_weigh_on_subcontracting(tmp_path: Path) -> None:
    # the subprocessor commitment is good, but the models the service runs on are disclaimed: the
    # upstream-terms items that find it speak for subcontracting too (topics.yaml ``secondary``)
    review = review_text(tmp_path, THIRD_PARTY_MODELS, "terms.md")
    assert next(f for f in review.findings if f.item_id == "IN-EXT-03").position == "favourable"
    assert review.topics["subcontracting"].position == "unfavourable"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # "as long as is necessary" is no "as is" disclaimer; a limit in words is a concrete period
        (
            "Provider will retain Customer Data only for as long as is necessary to provide the Services, and in any "
            "event will purge it within twelve months after the project closes.",
            "favourable",
        ),
        (
            "Supplier shall not retain any Customer Data for longer than is necessary to perform the Services.",
            "favourable",
        ),
        ("乙は、問合せデータのログを、生成された日から90日間に限り保存するものとする。", "favourable"),
        # a period written with a hyphenated number
        (
            "Provider retains each Candidate's data for twenty-four (24) months, after which it is deleted.",
            "favourable",
        ),
    ],
)
def test_a_retention_limit_is_found_and_read_as_a_limit(text: str, position: str) -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    unit = line_unit(text, "ja" if not text.isascii() else "en")
    found = engine.match_topics([unit])
    assert "warranty-disclaimer" not in found
    assert found["data-retention-period"][0].judgement.position == position


CODE_ASSISTANT = """# Code Assistant Agreement

1. Definitions

1.1 "Suggestions" means code completions and other output generated by the Service in response to Customer Code.

1.2 "Customer Code" means source code and prompts that Customer submits, including any output generated by the Service.

2. Ownership

2.1 As between the parties, Customer owns all Suggestions.
"""


@pytest.mark.parametrize(
    ("definition", "term"),
    [
        (
            '1.3 "Synthetic Datasets" means the synthetic scenes and labels generated by Provider for Customer.',
            "Synthetic Datasets",
        ),
        (
            '1.1 The feature uses machine-learning models to suggest people you may like ("Match Suggestions").',
            "Match Suggestions",
        ),
        ('1.2 "Customer Data" means data generated by Provider from Customer\'s systems.', None),
        # a name that says it was made, even with "Data" in it
        (
            '1.4 "Extracted Data" means the fields and tables generated by the Service from Customer Data.',
            "Extracted Data",
        ),
        # the service as the subject that generates, and a name that says what was made
        (
            '1.2 "Transcript Materials" means the captions, transcripts and summaries the Add-On generates from '
            "Meeting Audio.",
            "Transcript Materials",
        ),
        # made by a generator or written by the vendor; "Migrated Code" says it was made
        (
            '1.3 "Synthetic Ledger" means the synthetic records produced by a Generator and delivered to Customer.',
            "Synthetic Ledger",
        ),
        (
            '1.2 "Migrated Code" means the Java source code generated or written by Contractor and delivered to Bank.',
            "Migrated Code",
        ),
    ],
)
def test_outputs_the_vendor_generates_are_named_outputs(definition: str, term: str | None) -> None:
    names = resolve_names([document_from_text(f"# Terms\n\n{definition}\n")])
    assert names.outputs == ((term,) if term else ())


def test_a_defined_name_for_the_output_is_read_as_the_output() -> None:
    document = document_from_text(CODE_ASSISTANT)
    names = resolve_names([document])
    assert names.outputs == ("Suggestions",)  # "Customer Code" names the user's own material
    engine = Engine(items=[], names=names, embedder=None)
    owned = line_unit("2.1 As between the parties, Customer owns all Suggestions.", "en")
    assert engine.match_topics([owned])["output-ownership"][0].judgement.position == "favourable"
    plain = Engine(items=[], names=resolve_names(), embedder=None)
    assert "output-ownership" not in plain.match_topics([owned])


@pytest.mark.parametrize(
    ("text", "topic", "position"),
    [
        # third-party services the vendor connects to, disclaimed
        (
            "当社は、連携サービスの内容及び連携サービスに起因してお客様に生じた損害について、一切の責任を負いません。",
            "subcontracting",
            "unfavourable",
        ),
        # deliverables owned jointly
        (
            "本成果物に係る著作権その他の知的財産権は、甲及び乙の共有とし、その持分は均等とする。",
            "output-ownership",
            "neutral",
        ),
        # an export window after the account closes, deletion after the user deletes it or once the window passed
        (
            "After your account is closed for any reason, you may export your Outputs for thirty (30) days.",
            "data-deletion-after-termination",
            "favourable",
        ),
        (
            "Within 30 days after you delete your account, we will delete Your Data.",
            "data-deletion-after-termination",
            "favourable",
        ),
        (
            "2. 当社は、前項の期間経過後、利用者データを復元不可能な方法により消去します。",
            "data-deletion-after-termination",
            "favourable",
        ),
        # the user's own warranty is no disclaimer by the vendor; "warrants and represents" is the vendor's warranty
        (
            "You represent and warrant to us that your use of the Service will comply with all laws.",
            "warranty-disclaimer",
            "neutral",
        ),
        (
            "We warrant and represent that the Services will achieve the Service Levels.",
            "warranty-disclaimer",
            "favourable",
        ),
        # kept only where named: the residency the rubric asks for, home or not
        (
            "Provider shall host and store Customer Data exclusively in data centres located in Hong Kong.",
            "data-location",
            "favourable",
        ),
        (
            "Larkspur will host Claims Data only in data centres located in New Zealand or Australia.",
            "data-location",
            "favourable",
        ),
        # kept for a further period the vendor decides
        (
            "We retain Your Content while your account is open and for such additional period as we determine is necessary.",
            "data-retention-period",
            "unfavourable",
        ),
        # stored abroad with no such commitment
        (
            "音声データの解析処理は外部事業者のサーバーで行われ、当該サーバーは日本国外（米国を含みます。）に所在する場合があります。",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "Provider may store Customer Data in the United States or any other country where it operates.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "The text is sent to model providers that we select, which may process it in the United States or in "
            "other countries where those providers operate.",
            "cross-border-transfer",
            "unfavourable",
        ),
        # deleted after the account closes; no export at all when the user leaves
        (
            "For thirty (30) days after closure we keep a copy for export, and after that we will delete Your Data.",
            "data-deletion-after-termination",
            "favourable",
        ),
        (
            "会員は、退会の前後を問わず、投稿データのダウンロード又は当社への提供を求めることはできません。",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        # a period that ends on a named day; a further period the vendor thinks reasonably necessary
        (
            "乙が本データを保管することができる期間は、本業務の完了日までとする。",
            "data-retention-period",
            "favourable",
        ),
        (
            "We keep Your Data while your account is open and for such period as we consider reasonably necessary.",
            "data-retention-period",
            "unfavourable",
        ),
        # an account that ends is a contract ended
        (
            "If your account ends for any reason, you may export your reports for thirty (30) days, after which we "
            "will delete them.",
            "data-deletion-after-termination",
            "favourable",
        ),
        # kept for a fixed number of years; the user keeping its own records is no keeping by the vendor
        (
            "We retain Submitted Data for five (5) years after the request, after which it is deleted.",
            "data-retention-period",
            "favourable",
        ),
        (
            "Customer shall retain records of each filing for the period required under applicable customs law.",
            "data-retention-period",
            "neutral",
        ),
        # a ban on entering information that identifies a person, with no word for personal data
        (
            "お客様は、入力情報に、氏名、住所その他の特定の個人を識別できる情報を含めてはなりません。",
            "personal-data-handling",
            "unfavourable",
        ),
        # the terms of a third party's data passed on, its acts disclaimed
        (
            "Your use of Scores is subject to the restrictions of our third-party data licensors, and we are not "
            "liable for any act or omission of those licensors.",
            "subcontracting",
            "unfavourable",
        ),
        # a period in years; a model provider named with words between; a data centre's place; a refused role
        (
            "無料プランのノートデータは、最終更新日から1年間保存し、その後削除します。",
            "data-retention-period",
            "favourable",
        ),
        (
            "当社は、本サービスに組み込まれた外部の画像生成モデルの提供者の行為について責任を負いません。",
            "subcontracting",
            "unfavourable",
        ),
        (
            "Provider shall host Customer Data in data centres located in Japan only.",
            "cross-border-transfer",
            "favourable",
        ),
        ("We do not act as your business associate under HIPAA.", "personal-data-handling", "unfavourable"),
        # abroad, but under a named safeguard; a safeguard denied is none
        (
            "The Vendor may transfer Customer Data to its affiliates in Vietnam only under binding intra-group "
            "transfer terms that give protection comparable to the APPI.",
            "cross-border-transfer",
            "favourable",
        ),
        (
            "We may transfer your data to countries without an adequacy decision.",
            "cross-border-transfer",
            "unfavourable",
        ),
        # kept abroad with no residency or safeguard; a third party's inputs disclaimed
        (
            "You acknowledge that the Service is hosted in data centres located in the United States.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            'Third-party inputs are provided "as is," and we are not responsible for their accuracy.',
            "subcontracting",
            "unfavourable",
        ),
        # moved abroad "to, and … in," the United States; no period set; no duty to keep after leaving
        (
            "You consent to the transfer of Your Content to, and its storage and processing in, the United States.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "当社は、投稿画像の保存期間を特に定めず、バックアップを当社の判断により保持することがあります。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "退会後、当社は、投稿画像を保持する義務を負わず、任意の時期にこれを削除することができます。",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        # a period written out in words
        (
            "Provider retains query logs for one hundred and eighty (180) days, after which they are deleted.",
            "data-retention-period",
            "favourable",
        ),
        # a partner's terms applied to the user
        (
            "本サービスのうち提携事業者が提供する音声合成エンジンに関する部分には、当該提携事業者の定める利用条件が適用されます。",
            "subcontracting",
            "unfavourable",
        ),
        # APPI Art. 28 in its own words
        (
            "Provider has established a system for the continuous implementation of measures equivalent to those "
            "required of a business operator in Japan.",
            "cross-border-transfer",
            "favourable",
        ),
        # APPI Art. 28's equivalent measures with words between; a duty to repair a nonconformity is a warranty
        (
            "The DPA sets out the measures Supplier takes that are equivalent to those required of a business "
            "operator under the APPI, so that transfers of personal information to Supplier in the United States "
            "are lawful.",
            "cross-border-transfer",
            "favourable",
        ),
        (
            "乙は、納入物が仕様書に適合しないことの通知を受けた場合、自らの費用でこれを修補する。",
            "warranty-disclaimer",
            "favourable",
        ),
        # providers "independent of" the vendor, and their acts disclaimed
        (
            "Those providers are independent of us, and we are not responsible for their uptime or conduct.",
            "subcontracting",
            "unfavourable",
        ),
        # the APPI Art. 28 system in Japanese; third-party services under their own terms; a change only by agreement
        (
            "当社は、当該事業者との間で、個人情報保護法施行規則に定める基準に適合する体制を整備するための契約を締結しています。",
            "cross-border-transfer",
            "favourable",
        ),
        (
            "Your use of those services is governed by their own terms, and we are not responsible for them.",
            "subcontracting",
            "unfavourable",
        ),
        ("この契約の内容を変更するときは、甲乙協議のうえ、書面により変更する。", "unilateral-changes", "favourable"),
        # providers the vendor does not control, or whose acts it answers for; data used to train
        (
            "We do not control those providers, and we are not responsible for their uptime.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "The Lab shall remain fully responsible for the acts and omissions of each hosting provider it engages.",
            "subcontracting",
            "favourable",
        ),
        (
            "Licensor may use anonymised excerpts of Licensee Data to train its engines.",
            "input-training-use",
            "unfavourable",
        ),
        # APPI Art. 28 named; third-party components disclaimed
        (
            "For each transfer of personal information out of Japan, the Licensor shall keep the measures required "
            "of a foreign recipient under Article 28 of the APPI.",
            "cross-border-transfer",
            "favourable",
        ),
        (
            "乙は、第三者構成要素について何らの保証もせず、これに起因して甲に生じた損害について責任を負わない。",
            "subcontracting",
            "unfavourable",
        ),
        # stored and processed "in … any other country"
        (
            "We may store and process your photos in Australia and any other country where our providers operate.",
            "cross-border-transfer",
            "unfavourable",
        ),
        # kept only in the European Economic Area: residency
        (
            "Any Customer Data sent to the Vendor shall be stored only in data centres located within the European "
            "Economic Area.",
            "data-location",
            "favourable",
        ),
        # the companies behind the models disowned: "not our agents", "does not control Partner Models"
        (
            "Those companies are not our agents, and we are not responsible for their models or their availability.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "The Company does not control Partner Models and is not responsible for their outputs.",
            "subcontracting",
            "unfavourable",
        ),
        # the vendor refuses to act for the user on personal data, or takes that role on
        (
            "We do not act on your behalf or under your instructions with respect to personal information in your "
            "Inputs.",
            "personal-data-handling",
            "unfavourable",
        ),
        (
            "Provider processes Personal Data only on Customer's behalf and under Customer's documented instructions.",
            "personal-data-handling",
            "favourable",
        ),
        # time given to export after the end is a right of the user's
        (
            "After your account is closed, you will have a thirty (30) day period during which you may export your "
            "files.",
            "data-deletion-after-termination",
            "favourable",
        ),
        # what is left behind when the account closes, with no duty to hand over copies
        (
            "We may remove your files, but we are not obliged to provide copies, so you should download anything you "
            "need before closing your account.",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        # the data put to improving the product, only with consent
        (
            "乙は、甲の書面による承諾を得た場合に限り、入力データを統計情報に加工した上で、本ソフトウェアの精度の改善に"
            "利用することができる。",
            "input-training-use",
            "favourable",
        ),
        # components under their own licences, disclaimed
        (
            "Such components are licensed to the Customer under their respective open-source licences, and the "
            "Supplier gives no warranty for them.",
            "subcontracting",
            "unfavourable",
        ),
        # kept for a number of days, with words between
        (
            "当社は、利用契約の終了後60日間、アップロードされたデータを保持します。",
            "data-retention-period",
            "favourable",
        ),
        ("乙は、本件データを、検証期間の終了後30日を超えて保有してはならない。", "data-retention-period", "favourable"),
        # third-party engines the vendor builds in, disclaimed, and their providers' conditions passed on
        (
            "乙は、外部エンジンの稼働停止又は仕様変更により甲に生じた損害について責任を負わない。",
            "subcontracting",
            "unfavourable",
        ),
        ("甲は、外部エンジンの提供者が定める利用条件を遵守するものとする。", "subcontracting", "unfavourable"),
        # people described, not named as personal data, left to the user
        (
            "Where your files contain details of other people, you are solely responsible for informing those people "
            "and obtaining any consent required by law.",
            "personal-data-handling",
            "unfavourable",
        ),
        # the service said not to be built for personal data leaves it to the user
        (
            "The Hosted Service is not designed to process personal information.",
            "personal-data-handling",
            "unfavourable",
        ),
        # the crowd that does the work, anywhere, and its acts disclaimed
        (
            "Contributors may be located in any country, and Tasks may be routed to them wherever they are based.",
            "cross-border-transfer",
            "unfavourable",
        ),
        ("We are not responsible for the acts or omissions of Contributors.", "subcontracting", "unfavourable"),
        # an availability promised as a figure is a performance warranty
        ("当社は、本サービスの月間稼働率について99.9%以上を保証します。", "warranty-disclaimer", "favourable"),
        (
            "Provider warrants an availability of at least 99.9% in each calendar month.",
            "warranty-disclaimer",
            "favourable",
        ),
        # a repair the vendor makes at its own cost is a remedy the user gets
        (
            "乙は、検収後1年以内に甲から成果物が仕様に適合しないこと（軽微なものを含む。）を通知されたときは、自らの費用で"
            "その修補を行う。",
            "warranty-disclaimer",
            "favourable",
        ),
        # people described, not named as 個人情報, kept out by the user alone
        (
            "甲は、提供データに従業員その他の個人を識別することができる情報が含まれないよう、マスキングその他の措置を講じた"
            "上で乙に提供するものとする。",
            "personal-data-handling",
            "unfavourable",
        ),
        # the user answers for every problem the personal data it provides causes
        (
            "乙は、提供データに個人情報が含まれていないことを前提として検証を行うものとし、提供データに個人情報が含まれて"
            "いたことにより生じた一切の問題については、甲がその責任を負う。",
            "personal-data-handling",
            "unfavourable",
        ),
        # kept until a named time, then deleted
        (
            "乙は、学習ログを、当該生徒の在籍期間及びその翌年度の末日までの間保存するものとし、当該期間を経過した学習ログは、"
            "速やかに消去する。",
            "data-retention-period",
            "favourable",
        ),
        # a base model the vendor builds on, disclaimed; a third party's API, disclaimed
        (
            "The Studio makes no representation concerning the Base Model and shall have no liability for any claim "
            "arising from it.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "当社は、第三者が提供するAPIの動作及び継続性について何ら保証せず、これらに起因して生じた損害について責任を負いません。",
            "subcontracting",
            "unfavourable",
        ),
        # the vendor says it is no entrustee, and the duties the law sets are all the user's
        (
            "当社は、撮影データについてお客様から個人情報の取扱いの委託を受けるものではありません。",
            "personal-data-handling",
            "unfavourable",
        ),
        # an exception set apart as a proviso leaves the main clause to decide
        (
            "Client Data shall be treated as Confidential Information of the Client, provided that Aggregated Data shall "
            "not be Confidential Information of the Client.",
            "input-confidentiality",
            "favourable",
        ),
        # ending the registration of anti-social forces: for cause
        (
            "当社は、利用者が反社会的勢力に該当すると判明した場合、何らの催告なく利用登録を抹消することができます。",
            "termination",
            "favourable",
        ),
        # a model publisher disclaimed; a change that needs both parties' signatures; one user suspended for cause
        (
            "We do not make any commitment on behalf of any Model Publisher and we are not responsible for any Model.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "No change takes effect until both parties' authorised representatives have signed a written change order.",
            "unilateral-changes",
            "favourable",
        ),
        (
            "Provider may suspend access of an individual Authorised User whose use presents an immediate security risk.",
            "termination",
            "neutral",
        ),
        # the results of joint work owned together; a change harmful to the user, with words between, on 30 days
        ("本件成果に係る知的財産権は、甲及び乙の共有とし、その持分は均等とする。", "output-ownership", "neutral"),
        (
            "前項の変更のうち、お客様に不利益となる重要な変更については、効力発生日の30日前までに周知するものとします。",
            "unilateral-changes",
            "favourable",
        ),
        # consent to processing "in those countries" (named in another sentence); the user entrusting the handling of personal information
        (
            "By using the Service you consent to the transfer, storage and processing of your images in those countries.",
            "cross-border-transfer",
            "neutral",
        ),
        (
            "The Client entrusts the handling of such personal information to the Consultant under Article 27(5)(i).",
            "personal-data-handling",
            "favourable",
        ),
        # a base model, or third-party infrastructure, disclaimed
        (
            "The Consultant gives no undertaking and accepts no responsibility for the performance of the Base Model.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "The Provider accepts no liability in respect of any third-party infrastructure, library or software.",
            "subcontracting",
            "unfavourable",
        ),
        # a written change contract both sign; information already public, excluded
        (
            "仕様の変更は、甲及び乙が協議のうえ、書面による変更契約を締結した場合に限り効力を生じる。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "観光情報データのうち、甲のウェブサイトで既に公開されているものは、秘密情報に含まれない。",
            "input-confidentiality",
            "neutral",
        ),
        # a use beyond what the service needs
        (
            "当社は、本サービスの提供に必要な範囲で入力データを利用できるほか、当社のAIモデルの学習のために、入力データを無償で"
            "利用できるものとします。",
            "input-training-use",
            "unfavourable",
        ),
        # passing terms down, or being allowed to subcontract, is no answer either way
        (
            "We will impose data protection terms on each sub-processor that are consistent with this DPA.",
            "subcontracting",
            "neutral",
        ),
        ("Provider may use subcontractors for hosting and support.", "subcontracting", "neutral"),
        # partners and annotators answered for; a mutual cap at half the fee (「50％」); consent before a use of
        # text with the names deleted (「…記述等を削除したテキスト」 is no deletion); retention in hours
        (
            "Tallymark remains fully responsible for the acts and omissions of its Workforce Partners and Annotators.",
            "subcontracting",
            "favourable",
        ),
        ("前項の損害賠償の累計総額は、本契約の委託料の50％に相当する額を限度とする。", "liability-cap", "neutral"),
        (
            "乙は、甲が書面により事前に承諾した場合に限り、通訳データから個人を識別することができる記述等を削除したテキストを、"
            "翻訳精度の改善のために利用することができる。",
            "input-training-use",
            "favourable",
        ),
        (
            "Source Images and Results are stored on the Service for no more than seventy-two (72) hours after generation.",
            "data-retention-period",
            "favourable",
        ),
        # notice of 30 days for a change that harms the user
        (
            "前項の変更が利用者にとって不利益なものである場合、当社は、効力発生日の30日前までに通知するものとします。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "No change is binding unless recorded in a change order signed by authorised representatives of both parties.",
            "unilateral-changes",
            "favourable",
        ),
        # a third party's terms applied to the user
        (
            "When a request is so routed, the terms of the relevant Third-Party Engine provider apply to that request and "
            "you agree to comply with them.",
            "subcontracting",
            "unfavourable",
        ),
        # one user whose conduct threatens the platform, suspended: for cause
        (
            "Provider may suspend access by a specific Authorised User whose conduct threatens the security of the Platform.",
            "termination",
            "neutral",
        ),
        # limits and open periods, agreement, places, refusals, safeguards, providers and outputs in more words
        (
            "The Vendor shall retain Client Materials only for the duration of the relevant Work Order and in any case for no longer than 90 days after the Client accepts the last Batch.",
            "data-retention-period",
            "favourable",
        ),
        (
            "We keep your Inputs and Outputs for as long as your account remains open and afterwards for as long as we consider reasonably necessary for our business purposes.",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "当社は、入力データ及び生成物を、当社所定の期間、当社のシステムに保存します。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "This Agreement may be amended only by a written instrument signed or sealed by authorised representatives of both parties.",
            "unilateral-changes",
            "favourable",
        ),
        (
            "Supplier's Model Provider may process prompts containing Client Data in data centres located outside Japan.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "乙は、本件データを第三者のAIモデルの学習の目的に利用してはならず、基盤モデルの提供者に対してもかかる利用をさせない設定を維持しなければならない。",
            "input-training-use",
            "favourable",
        ),
        (
            "Accordingly, the Provider may use Customer Data, after removing direct identifiers, to train, retrain, evaluate and improve the Sentinel engine and the Provider's other fraud-detection models.",
            "input-training-use",
            "unfavourable",
        ),
        (
            "議事録の内容は、甲乙が記名押印した書面によらない限り、本契約の内容を変更する効力を有しない。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "The Vendor shall maintain a system that conforms to the standards prescribed under Article 28, paragraph 1 of the APPI, and shall not move Client Data to any country other than India without consent.",
            "cross-border-transfer",
            "favourable",
        ),
        (
            "The Licensor shall remain fully responsible for the acts and omissions of that contractor as if they were its own.",
            "subcontracting",
            "favourable",
        ),
        (
            "Those features are governed by the third parties' own terms, and we are not responsible for their availability, accuracy or conduct.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "Your Content and Outputs may be stored and processed in those countries, where data protection laws may differ from those of Japan.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "Those components are supplied under their own licence terms, which the Hospital accepts by installing the Model, and the Licensor accepts no liability in respect of them.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "To the extent the Licensor handles Patient Data, it does so as a party entrusted with the handling of personal information within the meaning of Article 27, paragraph 5, item 1 of the APPI.",
            "personal-data-handling",
            "favourable",
        ),
        (
            "All Results, including coordinates, normalised address strings, delivery-zone codes and confidence scores, are and remain our property.",
            "output-ownership",
            "unfavourable",
        ),
        (
            "14.1 This Agreement may be varied only by a document in writing signed by an authorised signatory of each party.",
            "unilateral-changes",
            "favourable",
        ),
        (
            "Provider shall give Customer at least thirty days' notice of any new Sub-processor, during which Customer may "
            "object on reasonable grounds; if the parties cannot resolve the objection, Customer may terminate the "
            "affected Service without penalty.",
            "termination",
            "neutral",
        ),
        (
            "甲が前項の変更に同意しない場合、甲は、効力発生日の前日までに乙に通知することにより、違約金その他の負担なく本契約を解約することができる。",
            "termination",
            "neutral",
        ),
        (
            "As between you and us, and subject to our licence in Clause 6, you or the relevant Clinic own the Outputs "
            "generated for that Clinic.",
            "output-ownership",
            "favourable",
        ),
        ("We will give you thirty days' notice of any change to these Terms.", "unilateral-changes", "favourable"),
        (
            "受託者は、保守業務の遂行に必要と判断する期間、委託者データ及びその加工データを受託者の管理する環境に保管することができる。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "You also grant us the right to use Customer Content, and data about how you interact with the shortlists, to "
            "train, evaluate and improve our ranking models and other products.",
            "input-training-use",
            "unfavourable",
        ),
        (
            "You grant us a perpetual, worldwide, royalty-free licence to use Client Materials and your feedback on drafts "
            "to train, fine-tune and evaluate the models underlying the platform, provided that we do not publish Client "
            "Materials in a form that identifies you.",
            "input-training-use",
            "unfavourable",
        ),
        (
            "In addition to the Project, the Developer may use the Shared Data, and any features, weights or statistics "
            "derived from it, to train, tune and improve other imaging products that it develops from time to time.",
            "input-training-use",
            "unfavourable",
        ),
        (
            "The Developer may also use Client Data, after removing product names and the Client's name, to improve and "
            "validate its general-purpose demand forecasting toolkit.",
            "input-training-use",
            "unfavourable",
        ),
        (
            "当社は、お客様が前項各号のいずれかに該当し、利用停止後三十日以内にその事由が解消されない場合、利用契約を解除することができます。",
            "termination",
            "favourable",
        ),
        (
            "The total liability of each party under this Agreement shall not exceed the fee for the Stage in which the "
            "cause of the damage arose.",
            "liability-cap",
            "neutral",
        ),
        ("成果物の著作権は、乙に帰属し、甲に移転しないものとする。", "output-ownership", "unfavourable"),
        (
            "The Developer may retain one archival copy of the Client Data actually used in experiments reported in a "
            "publication, for a period of five (5) years from the date of that publication, solely so that the reported "
            "results can be verified.",
            "data-retention-period",
            "favourable",
        ),
        (
            "ユーザーが退会した場合又はアカウントが削除された場合であっても、当社は、プロンプト及び生成画像を引き続き保有し、第8条に定める範囲で利用することができます。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "乙は、基盤サービスの停止、障害その他基盤サービスの提供者の責めに帰すべき事由により甲に生じた損害について、責任を負わない。",
            "subcontracting",
            "unfavourable",
        ),
        (
            "乙は、加工済画像を、乙が第1項ただし書の目的のために必要と認める期間、保有することができる。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "We will use Your Content or Drafts to train or fine-tune the models behind the drafting assistant only if an "
            'account administrator turns on "Help improve" in the organisation settings, and you may turn it off again '
            "at any time.",
            "input-training-use",
            "favourable",
        ),
        (
            "You grant us a worldwide, royalty-free licence to use Scripts and Generated Audio to train, evaluate and "
            "improve our speech models and the Platform.",
            "input-training-use",
            "unfavourable",
        ),
        (
            "乙は、本保守の遂行に必要な期間、本件図面データを乙の管理するサーバに保管することができる。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "No variation of this Agreement, including the SOW, is effective unless it is in writing and signed by an "
            "authorised representative of each Party.",
            "unilateral-changes",
            "favourable",
        ),
        (
            "乙は、本映像データを受領後72時間以内に解析を完了し、解析完了後直ちに本映像データ及び特徴量データを消去する。",
            "data-retention-period",
            "favourable",
        ),
        (
            "We do not control them and we are not responsible for their availability, accuracy, security incidents or "
            "acts and omissions.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "Supplier's responsibility for any act or omission of a Crowd Contributor is limited to having exercised "
            "reasonable care in its selection, and Supplier shall have no other liability to Client for such acts or "
            "omissions.",
            "subcontracting",
            "unfavourable",
        ),
        ("| Image Retention Window | 90 days (rolling) |", "data-retention-period", "favourable"),
        (
            "乙は、本契約の内容及び利用規程を変更する場合には、民法第548条の4の規定に基づき、変更後の内容及びその効力発生日を本サービスの管理画面に掲示することにより、甲に周知する。",
            "unilateral-changes",
            "unfavourable",
        ),
        (
            "前項に基づく損害賠償の額は、損害発生の原因となった事由が生じた日の属する契約年度における委託料の年額を上限とする。",
            "liability-cap",
            "favourable",
        ),
        (
            "乙は、人流データの集計単位、推計手法その他本業務の仕様を変更する場合、変更の30日前までに甲に書面で通知する。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "前項の変更により甲の利用に重大な支障が生じる場合、甲は、変更の効力発生日までに乙に書面で通知することにより、本契約を解約することができる。",
            "termination",
            "neutral",
        ),
        ("甲提供データ及び学習用データセットは、甲の秘密情報とする。", "input-training-use", "neutral"),
        ("乙は、甲提供データを本業務の遂行以外の目的で利用してはならない。", "input-training-use", "favourable"),
        (
            "If Supplier breaches Clause 11.1, it shall at its option repair the defect or re-train the Customised Model, "
            "and if it cannot do so within 60 days, Customer may terminate this Agreement.",
            "termination",
            "neutral",
        ),
        (
            "If Supplier breaches Clause 11.1, it shall at its option repair the defect or re-train the Customised Model.",
            "input-training-use",
            "neutral",
        ),
        (
            "本契約の内容は、甲及び乙の権限ある者が記名押印した書面による合意によってのみ変更することができる。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "We do not control, and we are not responsible for, the acts, omissions, availability or insolvency of any "
            "Partner, nor for any third-party mapping, translation or language-model services that the assistant relies on.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "The Licensor remains fully responsible to the Licensee for the acts and omissions of its maintenance "
            "contractors and data-hosting providers as if they were the Licensor's own.",
            "subcontracting",
            "favourable",
        ),
        ("乙は、提供データを研究期間の満了日まで保持することができる。", "data-retention-period", "favourable"),
        (
            "本協定の内容を変更する必要が生じたときは、甲乙協議の上、書面により変更するものとする。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "Where Company consents to such entrustment, University shall impose on the third party obligations no less "
            "protective than those in this Agreement and shall remain responsible to Company for the acts and omissions "
            "of that third party as if they were its own.",
            "subcontracting",
            "favourable",
        ),
        (
            "乙は、提供データを、その受領日から2年間又は本契約の終了日のいずれか早い日まで保管することができ、当該期間を経過した提供データは、速やかに消去する。",
            "data-retention-period",
            "favourable",
        ),
        (
            "Source Images and Cutouts are automatically deleted from our processing storage seventy-two (72) hours after "
            "the Cutout is first made available for download.",
            "data-retention-period",
            "favourable",
        ),
        (
            "If the Custom Model fails a second time, Customer may terminate this Agreement and receive a refund.",
            "termination",
            "neutral",
        ),
        (
            "乙は、提供データを、本目的の達成に必要な期間、保持することができる。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "受託者は、本件データを受託者が適当と認める期間保管することができる。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "これらのサーバの所在地には、米国及びアイルランドが含まれる。",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "Our servers are located in Singapore and Australia.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "Within thirty days after an account is closed, we will delete the recordings linked to it.",
            "data-deletion-after-termination",
            "favourable",
        ),
        (
            "Our servers are located in Japan.",
            "cross-border-transfer",
            "favourable",
        ),
        (
            "You agree that Your Content is not confidential.",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "You agree that your uploads are not submitted in confidence and that nothing in these Terms creates a duty of confidentiality on our part.",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "The Provider may suspend the login of any individual user who breaches the acceptable use rules.",
            "termination",
            "neutral",
        ),
        (
            "録音データの解析は、米国その他日本国外に所在するサーバーで行われることがあります。",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "Uploaded photos are sent to servers run for us in Canada and Singapore, where they are processed.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "当該翻訳エンジンの利用には当該事業者の定める利用規約が適用され、お客様はこれを遵守するものとします。",
            "subcontracting",
            "unfavourable",
        ),
        (
            "当社は、入力データを、日本国外（米国を含みますがこれに限りません。）に所在するサーバにおいて処理することがあります。",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "当社は、当社が利用する通信事業者その他の第三者の設備又はサービスの障害に起因してお客様に生じた損害について、責任を負いません。",
            "subcontracting",
            "unfavourable",
        ),
        (
            "The Privacy Notice does not create obligations for us about other people's data, and we do not enter into data processing agreements for Starter plans.",
            "personal-data-handling",
            "unfavourable",
        ),
        (
            "The Provider may suspend the login of any user whose account shows signs of compromise.",
            "termination",
            "neutral",
        ),
        (
            "Uploaded readings are hosted by the Licensor's cloud provider in Montreal, Canada.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "Those engines are provided subject to the terms of their respective providers, and the Supplier accepts no liability for any act, omission, outage or error of those providers.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "変更内容がお客様に不利益なものであるときは、効力発生日の30日前までに通知を行い、お客様は効力発生日までの間、違約金なく利用契約を解約することができます。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "Within 30 days after a family account is closed, we will delete all recordings linked to it.",
            "data-deletion-after-termination",
            "favourable",
        ),
        (
            "乙は、提供データを日本国外のサーバに保管することができる。",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "You may delete your account at any time.",
            "termination",
            "favourable",
        ),
        (
            "当社は、動画ファイルを、処理が完了した時から72時間を経過した後に自動的に消去します。",
            "data-retention-period",
            "favourable",
        ),
        (
            "利用者は、個人情報保護法第27条第5項第1号に基づき、その取扱いを当社に委託するものとします。",
            "personal-data-handling",
            "favourable",
        ),
        (
            "If the model fails a third time, the Customer may terminate this Agreement and recover the fees paid.",
            "termination",
            "neutral",
        ),
        (
            "当社は、会話ログを当社所定の期間保存します。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "The Provider may suspend the access of any user whose credentials it reasonably believes have been compromised.",
            "termination",
            "neutral",
        ),
        (
            "The Kagoshima District Court has exclusive jurisdiction over all disputes arising out of this Agreement.",
            "jurisdiction",
            "favourable",
        ),
        (
            "提供データの保管期間は研究期間中に限るものとする。",
            "data-retention-period",
            "favourable",
        ),
        (
            "Those components are provided subject to their own licence terms, and the Licensor accepts no liability in respect of them.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "We do not control their systems and we are not responsible for their availability or acts.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "If Customer does not accept the increased Fees, Customer may terminate this Agreement with effect from the date the increase would apply.",
            "termination",
            "neutral",
        ),
        (
            "前項の変更のうち、利用者の業務に重大な支障を生じさせるものについては、提供者は、変更の効力発生日の30日前までに、その内容を利用者に書面で知らせなければならない。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "当社は、当社の判断により、いつでも本サービスの提供を停止することができ、これについて一切の責任を負いません。",
            "termination",
            "unfavourable",
        ),
        (
            "本契約は日本法に準拠し、同法に従って解釈される。",
            "governing-law",
            "favourable",
        ),
        (
            "本契約に関する一切の紛争は、東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
            "jurisdiction",
            "favourable",
        ),
        (
            "We may change these Terms and Conditions at any time by posting the revised version.",
            "unilateral-changes",
            "unfavourable",
        ),
        (
            "We keep Loan Records linked to Student Accounts for the current school year and the following sixty (60) days, after which they are reduced to anonymous counts.",
            "data-retention-period",
            "favourable",
        ),
        (
            "受託者は、音声データ及び議事要約を、検証期間の終了日から起算して14日を経過する日まで保持し、その後遅滞なく、受託者及び受託者が利用するクラウド事業者の設備から消去する。",
            "data-retention-period",
            "favourable",
        ),
        (
            "本契約の終了後、乙は、提供データを乙の判断により廃棄することができる。",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        (
            "If a supplier needs to reach Session Content from outside the United Kingdom, we will allow it only where that country is covered by UK adequacy regulations or the supplier has signed the International Data Transfer Agreement.",
            "cross-border-transfer",
            "favourable",
        ),
        (
            "仕様書及び本契約の内容の変更は、発注者及び受注者が変更内容及び費用への影響について協議し、書面により合意した場合に限り、その効力を生じる。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "We are not liable for any outage or data loss caused by those operators, and any use of a third-party network is subject to that provider's own terms.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "After that period, we will delete the Flock Data linked to your account from our systems.",
            "data-deletion-after-termination",
            "favourable",
        ),
        (
            "Within thirty (30) days after your account closes, you may download a CSV export of your Flock Data from the dashboard.",
            "data-deletion-after-termination",
            "favourable",
        ),
        (
            "Despite Clause 5.1, the Vendor may use the Client Materials and the Converted Code, including conversion patterns, fixes made by the Vendor's engineers and the mapping of legacy constructs to modern ones, to train, tune and otherwise improve the Conversion Engine.",
            "input-training-use",
            "unfavourable",
        ),
        (
            "Each party is a separate controller of the business contact details it exchanges.",
            "personal-data-handling",
            "neutral",
        ),
        (
            "受託者は、点検業務のために受領した委託者データを、当該点検業務の完了後45日以内に受託者の管理する全ての記録媒体から削除する。",
            "data-retention-period",
            "favourable",
        ),
        (
            "Within fourteen (14) days after completion of each Project, the Vendor shall return all Client Materials to the Client and shall then permanently delete every copy it holds.",
            "data-retention-period",
            "favourable",
        ),
        (
            "受託者は、本契約が終了した場合（理由の如何を問わない。）、委託者の指示に従い、本件資料及びその複製物（本件資料を加工したものを含む。）を委託者に返還し、又は復元不能な方法により消去する。",
            "data-deletion-after-termination",
            "favourable",
        ),
        (
            "This Agreement and any non-contractual obligations arising out of it are governed by the laws of Iceland.",
            "governing-law",
            "unfavourable",
        ),
        (
            "After your workspace is closed, you will no longer be able to open or export your projects, and we may delete your Inputs and Outputs at our discretion.",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        (
            "The narration engines are supplied subject to their providers' own terms, and the Supplier accepts no liability for their availability.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "Those mapping services are operated by other companies and are subject to their own terms.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "当社は、基盤モデルの提供停止その他基盤モデルに起因してお客様に生じた損害について、一切の責任を負いません。",
            "subcontracting",
            "unfavourable",
        ),
        (
            "当社および契約者は、相手方から開示された秘密情報を、相手方の事前の承諾なく第三者に開示してはなりません。",
            "input-confidentiality",
            "neutral",
        ),
        (
            "The Vendor may disclose Confidential Information to its approved subcontractors on a need-to-know basis.",
            "input-confidentiality",
            "neutral",
        ),
        (
            "乙は、法令又は裁判所の命令に基づき秘密情報の開示を求められた場合には、必要最小限の範囲で開示することができる。",
            "input-confidentiality",
            "neutral",
        ),
        (
            "乙は、本件モデルについて、その正確性及び有用性を含め一切の保証をせず、現状有姿で提供する。",
            "warranty-disclaimer",
            "unfavourable",
        ),
        (
            "Each party's total liability shall not exceed the contributions paid by the Member in the six (6) months before the claim.",
            "liability-cap",
            "neutral",
        ),
        (
            "We keep uploaded recordings for as long as we think fit, including after your subscription ends.",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        (
            "Analysis Reports are jointly owned by the Customer and the Supplier.",
            "output-ownership",
            "neutral",
        ),
        (
            "本成果に関する知的財産権は、甲及び乙の共有とする。",
            "output-ownership",
            "neutral",
        ),
        (
            "乙は、本システムの機能及び画面仕様を、甲に通知することにより変更することができる。",
            "unilateral-changes",
            "unfavourable",
        ),
        (
            "当社は、利用料金の改定を行う場合、改定の効力発生日の1か月前までにお客様に通知します。",
            "unilateral-changes",
            "neutral",
        ),
        (
            "当社は、入力データに含まれる個人情報について、お客様から取扱いの委託を受ける立場にはなく、これに関する紛争はお客様の責任と費用で解決するものとします。",
            "personal-data-handling",
            "unfavourable",
        ),
        (
            "The Platform is not designed to process patient records, payment card data or other sensitive personal data.",
            "personal-data-handling",
            "unfavourable",
        ),
        (
            "当社は、通話の録音データを、通話日から 60 日間保存し、その後遅滞なく消去します。",
            "data-retention-period",
            "favourable",
        ),
        (
            "不可抗力による履行不能が90日以上続いた場合、甲及び乙は協議の上、本契約を解除することができる。",
            "termination",
            "neutral",
        ),
        (
            "利用料金の支払が2か月以上遅延した場合、当社は、所定の手続を経て利用契約を解除することができます。",
            "termination",
            "favourable",
        ),
        (
            "当社は、前項の外国における処理について、当該外国の名称、当該外国の個人情報保護制度及び提供先が講ずる措置に関する情報を、利用者の求めに応じて提供する。",
            "cross-border-transfer",
            "favourable",
        ),
        (
            "共有成果は、甲及び乙の共有とし、その持分は均等とする。",
            "output-ownership",
            "neutral",
        ),
        (
            "この場合、お客様は、当社に対し、個人情報の保護に関する法律第27条第5項第1号に基づき患者情報の取扱いを委託するものとします。",
            "personal-data-handling",
            "favourable",
        ),
        (
            "この場合における乙の責任については、前条第2項の上限を適用しない。",
            "liability-cap",
            "neutral",
        ),
        (
            "Such services are provided under the third parties' own terms, and the Institute assumes no responsibility for their acts or omissions.",
            "subcontracting",
            "unfavourable",
        ),
        (
            "Foreground IP will be jointly owned by the Parties in equal shares.",
            "output-ownership",
            "neutral",
        ),
        (
            "The total aggregate liability of each Party shall not exceed the total trial fee paid or payable under Clause 3.1.",
            "liability-cap",
            "neutral",
        ),
        (
            "The Supplier may retain copies of Customer Data after termination for as long as it considers useful.",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        (
            "本契約、別紙1及び別紙2の内容は、甲乙双方の記名押印又は電子署名のある書面によらなければ変更することができない。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "委託者は、当該サービスの提供者が定める利用条件に従うものとする。",
            "subcontracting",
            "unfavourable",
        ),
        (
            "Information you provide to us, including your notes, Feedback and uploaded files, is not confidential.",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "You can ask us to stop using your future recordings to train our models by writing to us.",
            "input-training-use",
            "unfavourable",
        ),
        (
            "Any amendment must be made in writing and signed by both parties.",
            "unilateral-changes",
            "favourable",
        ),
        (
            "We accept no obligations as a processor or entrustee for any personal information you upload.",
            "personal-data-handling",
            "unfavourable",
        ),
        (
            "We are not your data processor for the personal data in your prompts.",
            "personal-data-handling",
            "unfavourable",
        ),
        (
            "Uploaded feedback may be accessed by our labelling teams in Vietnam and the Philippines.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "Training runs may be performed on the partner's GPU cluster in Vancouver, Canada.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "利用企業は、当社に対し、登録する求人情報が真実かつ正確であることを表明し、保証します。",
            "warranty-disclaimer",
            "neutral",
        ),
        (
            "乙は、追加で提供された提供データを用いて本学習済みモデルの再学習を行い、その評価結果を甲に報告する。",
            "input-training-use",
            "neutral",
        ),
        (
            "乙は、提供データを本件モデル及び他の顧客向けモデルの学習に利用することができる。",
            "input-training-use",
            "unfavourable",
        ),
        (
            "As between you and us, you own the tasting notes and label summaries generated for you.",
            "output-ownership",
            "favourable",
        ),
        (
            "After that 14-day period, we will delete your files and outputs from our active systems within 30 days.",
            "data-deletion-after-termination",
            "favourable",
        ),
        (
            "乙は、検証用モデルを現状有姿で提供する。",
            "warranty-disclaimer",
            "unfavourable",
        ),
        (
            "当社は、本サービスについて何らの保証も行わず、現状のままで提供します。",
            "warranty-disclaimer",
            "unfavourable",
        ),
        (
            "入力データは、当社の秘密情報にも本規約上の秘密情報にも該当しないものとします。",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "お客様が送信した情報は、秘密情報には該当しません。",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "次の各号のいずれかに該当する情報は、秘密情報に含まれない。",
            "input-confidentiality",
            "neutral",
        ),
        (
            "当社は、天災地変その他当社の責めに帰すことができない事由により本サービスを提供できない場合には、本サービスの提供を停止することができます。",
            "termination",
            "neutral",
        ),
        (
            "We may suspend the Service while an event beyond our reasonable control prevents us from providing it.",
            "termination",
            "neutral",
        ),
        (
            "Customer acknowledges that its prompts are handled cross-border, in the region that the model providers select.",
            "cross-border-transfer",
            "unfavourable",
        ),
        (
            "This Agreement is governed by the laws of England and Wales, and the parties submit to the exclusive jurisdiction of the Tokyo District Court.",
            "governing-law",
            "unfavourable",
        ),
        (
            "This Agreement is governed by the laws of England and Wales, and the parties submit to the exclusive jurisdiction of the Tokyo District Court.",
            "jurisdiction",
            "favourable",
        ),
        (
            "本契約は英国法に準拠し、本契約に関する紛争は東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
            "governing-law",
            "unfavourable",
        ),
        (
            "本契約は英国法に準拠し、本契約に関する紛争は東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
            "jurisdiction",
            "favourable",
        ),
        (
            "This Agreement is governed by Japanese law, and any dispute shall be finally settled by arbitration seated in Singapore.",
            "jurisdiction",
            "unfavourable",
        ),
        (
            "本規約は日本法に準拠するものではなく、ニューヨーク州法に準拠するものとします。",
            "governing-law",
            "unfavourable",
        ),
        (
            "This Agreement shall be governed by the laws of the State of Delaware, and the application of Japanese law is excluded.",
            "governing-law",
            "unfavourable",
        ),
        (
            "This Agreement is governed by the laws of Japan and disputes go to the Tokyo District Court.",
            "governing-law",
            "favourable",
        ),
        (
            "Provider shall not be restricted from using de-identified Customer Data to train its models.",
            "input-training-use",
            "unfavourable",
        ),
        (
            "Customer agrees that all Inputs shall be deemed non-confidential.",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "本条に定める秘密保持義務はユーザのみが負うものとし、ベンダはこれを負わない。",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "お客様の入力データは、秘密情報から除かれるものとします。",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "Upon termination, Provider may, but shall not be obliged to, delete Customer Data.",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        (
            "Our aggregate liability to you shall in no event exceed ten thousand yen.",
            "liability-cap",
            "unfavourable",
        ),
        (
            "当社は、本サービスを「現状のまま」かつ「提供可能な範囲で」お客様に提供するものとします。",
            "warranty-disclaimer",
            "unfavourable",
        ),
        (
            "当社は、出力結果に関して当社が有する一切の権利を、生成と同時に利用者に譲渡するものとします。",
            "output-ownership",
            "favourable",
        ),
        (
            "All Customer Data and Inputs submitted to the Service constitute Customer's Confidential Information.",
            "input-confidentiality",
            "favourable",
        ),
        (
            "ユーザがベンダに提供したデータは、秘密である旨の表示の有無にかかわらず、ユーザの秘密情報とみなす。",
            "input-confidentiality",
            "favourable",
        ),
        (
            "All Outputs generated by the Service, and all intellectual property rights in them, shall belong exclusively to Provider.",
            "output-ownership",
            "unfavourable",
        ),
        (
            "Provider claims no ownership rights in any content generated by the Service in response to Customer's Inputs.",
            "output-ownership",
            "favourable",
        ),
        (
            "The Licensee acquires no ownership rights in any output generated by the Software.",
            "output-ownership",
            "unfavourable",
        ),
        (
            "当社は、出力データに関する権利をお客様に移転するものではありません。",
            "output-ownership",
            "unfavourable",
        ),
        (
            "We will notify you at least sixty days in advance of any change to these Terms that materially reduces the functionality of the Service.",
            "unilateral-changes",
            "favourable",
        ),
        (
            "No change to these Terms shall bind Customer unless Customer has expressly agreed to it in writing.",
            "unilateral-changes",
            "favourable",
        ),
        (
            "Provider may amend these Terms by giving Customer at least 14 days' notice before the amendment takes effect.",
            "unilateral-changes",
            "neutral",
        ),
        (
            "当社は、本規約を変更する場合には、契約者の同意を得るものとします。",
            "unilateral-changes",
            "favourable",
        ),
        (
            "変更後の本規約は、当社ウェブサイトに掲載した時点から効力を生じるものとします。",
            "unilateral-changes",
            "unfavourable",
        ),
        (
            "乙は、再委託を行った場合であっても、本契約に基づく責任を免れない。",
            "subcontracting",
            "favourable",
        ),
        (
            "当社は、再委託先に対し本規約に基づき当社が負う義務と同等の義務を課し、その履行を監督するものとします。",
            "subcontracting",
            "favourable",
        ),
        (
            "入力データの保存期間は当社が別途定めるところによるものとし、当社はこれを随時変更できるものとします。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "当社は、お客様のデータを日本国外に移転する場合には、移転先との間で個人情報保護委員会規則で定める基準に適合する契約を締結します。",
            "cross-border-transfer",
            "favourable",
        ),
        (
            "Nothing in this Agreement grants Provider any right to use Customer Inputs for model training or product improvement.",
            "input-training-use",
            "favourable",
        ),
        (
            "Supplier shall not commence any proceedings against Customer in any forum other than the Osaka District Court.",
            "jurisdiction",
            "favourable",
        ),
        (
            "本契約の成立、効力、履行及び解釈については、日本国の法令が適用されるものとする。",
            "governing-law",
            "favourable",
        ),
        (
            "本契約には日本法は適用されず、イングランド及びウェールズの法律が適用されるものとする。",
            "governing-law",
            "unfavourable",
        ),
        (
            "当社と利用者との間の本サービスに関する一切の法律関係には、日本法が適用されます。",
            "governing-law",
            "favourable",
        ),
        (
            "Supplier may retain logs of Inputs and Outputs indefinitely.",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "ベンダは、ユーザのデータを無期限に保持することができるものとする。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "当社は、お客様の承諾を得ることなくいつでも本規約を変更することができるものとします。",
            "unilateral-changes",
            "unfavourable",
        ),
        (
            "本契約にはシンガポールの法律が適用され、本契約に関する紛争は東京地方裁判所を専属的合意管轄裁判所とする。",
            "governing-law",
            "unfavourable",
        ),
        (
            "本契約にはシンガポールの法律が適用され、本契約に関する紛争は東京地方裁判所を専属的合意管轄裁判所とする。",
            "jurisdiction",
            "favourable",
        ),
        (
            "契約者は、契約期間中は本契約を解約することができないものとします。",
            "termination",
            "unfavourable",
        ),
        (
            "ユーザが本サービスに送信したデータについては、ベンダの秘密保持義務の対象外とする。",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "本契約において秘密情報とは、当社が契約者に開示した情報をいい、契約者が本サービスに入力した情報を含まないものとします。",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "当社の秘密保持義務は当社が開示した技術情報にのみ適用され、利用企業が入力したデータには適用されないものとします。",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "Confidential Information does not include any Input, prompt or other content that Customer submits to the Services.",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "Provider shall not be required to delete backups containing Customer Data following termination of the Agreement.",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        (
            "Nothing in these Terms transfers to you any ownership of the responses generated by the AI Features, which remain owned by us.",
            "output-ownership",
            "unfavourable",
        ),
        (
            "乙は、再委託先の行為により甲に生じた損害については、再委託先の選任及び監督について乙に過失があった場合に限り責任を負う。",
            "subcontracting",
            "neutral",
        ),
        (
            "当社の損害賠償責任は契約者が支払った利用料金の24か月分を上限とし、この上限は契約者の損害賠償責任にも同様に適用されるものとします。",
            "liability-cap",
            "favourable",
        ),
        (
            "乙が甲データを日本国外で取り扱う場合、乙は、移転先の国名及び当該国の個人情報保護制度に関する情報を甲に提供する。",
            "cross-border-transfer",
            "favourable",
        ),
        (
            "This Agreement is governed by the laws of Ireland, and the laws of Japan shall not apply.",
            "governing-law",
            "unfavourable",
        ),
        (
            "The courts of Japan shall not have jurisdiction, and all disputes shall be heard exclusively in the courts of Dublin, Ireland.",
            "jurisdiction",
            "unfavourable",
        ),
        (
            "Any claim against us must be brought in the courts of New York, and you waive any right to bring a claim in the courts of Japan.",
            "jurisdiction",
            "unfavourable",
        ),
        (
            "If you are a customer located in Japan, these Terms are governed by Japanese law rather than the laws of the State of California.",
            "governing-law",
            "favourable",
        ),
        (
            "契約者は日本の裁判所に訴訟を提起することはできず、本契約に関する紛争は米国ニューヨーク州の裁判所においてのみ解決されるものとします。",
            "jurisdiction",
            "unfavourable",
        ),
        (
            "This Agreement is governed by the laws of Japan, and the UN Convention on Contracts for the International Sale of Goods shall not apply.",
            "governing-law",
            "favourable",
        ),
        (
            "Notwithstanding Provider's incorporation in the State of Delaware, this Agreement shall be governed by Japanese law.",
            "governing-law",
            "favourable",
        ),
        (
            "Notwithstanding that Supplier is incorporated in the United States, the parties submit to the exclusive jurisdiction of the Tokyo District Court.",
            "jurisdiction",
            "favourable",
        ),
        (
            "乙の本店所在地が米国にある場合であっても、本契約には日本法が適用されるものとする。",
            "governing-law",
            "favourable",
        ),
        (
            "本契約には日本法は適用されず、イングランド及びウェールズ法のみが適用される。",
            "governing-law",
            "unfavourable",
        ),
        (
            "本契約に関する一切の事項は日本国の法令に従って解釈されるものとし、国際物品売買契約に関する国際連合条約は適用されないものとする。",
            "governing-law",
            "favourable",
        ),
        (
            "Customer Inputs shall not constitute Confidential Information of Customer.",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "The confidentiality obligations in this Agreement bind only Customer and not Provider.",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "ユーザの入力データは、ユーザの秘密情報を構成しないものとする。",
            "input-confidentiality",
            "unfavourable",
        ),
        (
            "乙は、自らの裁量で定める期間、甲のデータを保管できるものとする。",
            "data-retention-period",
            "unfavourable",
        ),
        (
            "Provider reserves the right to delete all Customer Data immediately upon termination, and Customer is solely responsible for exporting its data beforehand.",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        (
            "本契約終了後、ユーザデータはユーザに返還されないものとします。",
            "data-deletion-after-termination",
            "unfavourable",
        ),
        (
            "Customer Data is kept for a retention period determined by Provider.",
            "data-retention-period",
            "unfavourable",
        ),
    ],
)
def test_topic_rules_find_and_read_these_clauses(text: str, topic: str, position: str) -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    unit = line_unit(text, "ja" if not text.isascii() else "en")
    assert engine.match_topics([unit])[topic][0].judgement.position == position


def test_an_owner_named_before_what_the_service_generated_addresses_output_ownership() -> None:
    # "you own the Reports generated from Your Content": no defined output name, the owner first
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    unit = line_unit("As between the parties, you own the Reports generated from Your Content.", "en")
    assert "output-ownership" in engine.match_topics([unit])


def test_an_output_name_is_read_in_the_plural_too() -> None:
    doc = document_from_text(
        '# Terms\n\n1.1 "Risk Score" means the hazard score returned by the API for a location.\n\n'
        "5.1 As between you and us, we own the API, our models and the Risk Scores.\n"
    )
    names = resolve_names([doc])
    assert names.outputs == ("Risk Score",)
    assert re.search(names.expand("{O}"), "we own the Risk Scores")


def test_the_vendor_deleting_data_from_its_own_systems_is_a_deletion() -> None:
    # "its systems" are the vendor's: only the user's own systems ("your systems") are a look-alike
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = "Within thirty (30) days after termination, Provider shall delete all Customer Data from its systems."
    found = engine.match_topics([line_unit(text, "en")])
    assert found["data-deletion-after-termination"][0].judgement.position == "favourable"


def test_kept_in_a_place_and_never_moved_out_of_it_is_residency() -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = "Supplier will host Customer Data in data centres located in Australia and will not transfer it outside Australia."
    found = engine.match_topics([line_unit(text, "en")])
    assert found["cross-border-transfer"][0].judgement.position == "favourable"


def test_an_item_rule_reads_across_a_full_stop_inside_brackets() -> None:
    # 「（以下「加工情報」という。）」: the 。 inside the brackets does not end the sentence for an item's
    # rule any more than for a topic's (a look-alike opening a rule scans the whole sentence)
    item = load_catalog().item("IN-USE-02")
    engine = Engine(items=[item], names=resolve_names(), embedder=None)
    text = "乙は、提供データを加工して得られる情報であって甲を特定できないもの（以下「加工情報」という。）を、乙の予測モデルの精度向上のために利用することができる。"
    found = engine.match_items([line_unit(text, "ja")], None)["IN-USE-02"]
    assert found and found[0].judgement is not None and found[0].judgement.position == "unfavourable"


NDA_MARKED_JA = """# AIチャットボット利用契約書

第9条（秘密保持）
1. 当社及びお客様は、利用契約に関連して相手方から開示を受けた技術上又は営業上の情報のうち、開示の際に秘密である旨が書面で明示されたもの（以下「秘密情報」といいます。）を、相手方の承諾なく第三者に開示してはならないものとします。
2. 前項の義務は、利用契約終了後3年間存続します。
"""

NDA_MARKED_EN = """# Pilot Agreement

8. Confidentiality
8.1 Each party shall keep confidential the information of the other party that is marked "confidential" when disclosed, and shall not disclose it to any third party without the other party's written consent.
8.2 The obligations in this Section 8 survive for five (5) years after termination.
"""


@pytest.mark.parametrize(
    ("text", "name", "named", "position"),
    [
        (
            NDA_MARKED_JA,
            "nda-ja.md",
            "2. お客様の入力データは、秘密である旨の明示の有無にかかわらず、お客様の秘密情報とします。",
            "favourable",
        ),
        (
            NDA_MARKED_EN,
            "nda-en.md",
            "8.3 Customer Data is Customer's Confidential Information whether or not marked.",
            "favourable",
        ),
    ],
)
def test_a_mutual_duty_over_marked_information_alone_leaves_input_confidentiality_even(
    tmp_path: Path, text: str, name: str, named: str, position: str
) -> None:
    """A mutual duty over only what is marked confidential does not make the user's inputs confidential:
    neutral; a clause that names the user's data as confidential makes it favourable."""
    review = review_text(tmp_path, text, name)
    assert review.topics["input-confidentiality"].position == "neutral"
    review = review_text(tmp_path, text.rstrip("\n") + "\n" + named + "\n", "named-" + name)
    assert review.topics["input-confidentiality"].position == position


def test_the_usual_carve_out_for_information_from_third_parties_waives_no_confidentiality() -> None:
    """「第三者から秘密保持義務を負わずに取得した情報」 is the usual exception, not the vendor refusing a duty."""
    engine = Engine(items=[_item("IN-USE-07")], names=resolve_names(), embedder=None)
    carve_out = "前二項の定めは、正当な権限を有する第三者から秘密保持義務を負わずに取得した情報には適用しない。"
    assert engine.judge_item(_item("IN-USE-07"), line_unit(carve_out, "ja")).position != "unfavourable"
    refusal = "乙は、入力データについて秘密保持義務を負わないものとします。"
    assert engine.judge_item(_item("IN-USE-07"), line_unit(refusal, "ja")).position == "unfavourable"


def test_a_warranty_given_mid_sentence_is_a_warranty() -> None:
    """「…性能を満たすことを、…1年間保証し、…修理又は交換を行います」: a warranty in the continuative form."""
    engine = Engine(items=[_item("X-WARR-01")], names=resolve_names(), embedder=None)
    text = (
        "当社は、計測機器が仕様書に記載された性能を満たすことを、設置日から1年間保証し、この期間内に不具合が判明した"
        "場合には、当社の負担で修理又は交換を行います。"
    )
    matches = engine.match_items([line_unit(text, "ja")], None)["X-WARR-01"]
    assert matches[0].judgement is not None and matches[0].judgement.position == "favourable"


def test_the_provider_and_its_customers_named_together_are_both_parties() -> None:
    assert mutual("当社及びお客様は、相手方の秘密情報を第三者に開示してはならないものとします。")
    assert not mutual("当社は、お客様の秘密情報を第三者に開示してはならないものとします。")


def test_information_made_public_is_an_exception_that_takes_no_side() -> None:
    engine = Engine(items=[_item("IN-USE-07")], names=resolve_names(), embedder=None)
    text = (
        "For the avoidance of doubt, the Licensed Content is not Confidential Information once it has been published."
    )
    assert engine.judge_item(_item("IN-USE-07"), line_unit(text, "en")).position == "neutral"
    refused = "For the avoidance of doubt, Customer Content is not Confidential Information."
    assert engine.judge_item(_item("IN-USE-07"), line_unit(refused, "en")).position == "unfavourable"


def test_a_party_named_with_its_gloss_is_known_by_both_names() -> None:
    names = resolve_names(vendor_name="乙（株式会社サンプル・ラボ）", user_name="Licensee (Minato Works K.K.)")
    assert {"乙", "株式会社サンプル・ラボ"} <= set(names.vendor)
    assert {"Licensee", "Minato Works K.K."} <= set(names.user)
    assert "乙" not in names.user and "Licensee" not in names.vendor


def test_a_partys_failure_as_a_condition_is_not_the_sentences_modality() -> None:
    """ "… and, if it cannot do so within thirty (30) days, for Customer to terminate": the user's remedy,
    not a prohibition."""
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = (
        "Customer's exclusive remedy for breach of this warranty is for Provider to correct the non-conformity and, "
        "if it cannot do so within thirty (30) days, for Customer to terminate the affected subscription."
    )
    assert analyse(text, "en", resolve_names()).modality != "prohibit"
    assert engine.match_topics([line_unit(text, "en")])["termination"][0].judgement.position != "unfavourable"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ただし、統計的分析の結果であって、特定の文書を識別できない形式に加工されたものは、秘密情報に該当しない。",
            "ja",
        ),
        (
            "A receiving party may disclose Confidential Information where required by law or by a competent regulator.",
            "en",
        ),
        ("受領者は、法令に基づき開示を求められた場合、必要な範囲で秘密情報を開示することができる。", "ja"),
    ],
)
def test_the_usual_exceptions_to_confidentiality_take_no_side(text: str, lang: str) -> None:
    """Statistics left out, and disclosure the law compels, are the usual exceptions, not the vendor's use."""
    engine = Engine(items=[_item("IN-USE-07")], names=resolve_names(), embedder=None)
    assert engine.judge_item(_item("IN-USE-07"), line_unit(text, lang)).position == "neutral"


def test_inputs_said_not_to_be_confidential_are_found_beside_a_password() -> None:
    """The password look-alike must not hide an outright statement about the inputs."""
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = (
        "Inputs are not treated as confidential information, and you should not submit material non-public "
        "information, account passwords or information you are obliged to keep confidential."
    )
    assert "input-confidentiality" in engine.match_topics([line_unit(text, "en")])


def test_properties_located_abroad_are_no_transfer_of_data() -> None:
    """Photos of buildings abroad are what the user uploads, not where the data goes."""
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    unit = line_unit("（3）日本国外に所在する不動産の写真をアップロードする行為", "ja")
    assert "cross-border-transfer" not in engine.match_topics([unit])
    kept = line_unit("当社は、アップロードされた写真を日本国外に所在するサーバに保存します。", "ja")
    assert "cross-border-transfer" in engine.match_topics([kept])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Provider retains copies of all invoices and supporting records for six (6) years.", "en"),
        ("The Vendor shall keep accurate invoicing and time records for seven (7) years.", "en"),
        ("乙は、請求書及び作業報告書の写しを、法令の定めに従い7年間保存する。", "ja"),
    ],
)
def test_invoices_kept_for_tax_are_no_retention_of_the_users_data(text: str, lang: str) -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    assert "data-retention-period" not in engine.match_topics([line_unit(text, lang)])


def test_a_japanese_negation_refuses_the_keeping_nearest_it_not_the_deletion_before() -> None:
    """「…消去するものとし、…これを超えて保存してはならない」 limits the keeping: a concrete period."""
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = (
        "乙は、処理のため一時的に保存する入力データを、処理の完了から60日を経過した後速やかに消去するものとし、"
        "甲の書面による指示がある場合を除き、これを超えて保存してはならない。"
    )
    found = engine.match_topics([line_unit(text, "ja")])["data-retention-period"]
    assert found[0].judgement.position == "favourable"


@pytest.mark.parametrize(
    "text",
    [
        "The Provider shall delete all Customer Data within thirty (30) days after termination or expiry of this Agreement.",
        "When you delete your account, we will delete your recordings from our servers within 30 days.",
    ],
)
def test_deletion_once_the_contract_or_account_ends_is_no_retention_period(text: str) -> None:
    """Deletion at the end belongs to the deletion topic; a retention period is how long data is kept meanwhile."""
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    assert "data-retention-period" not in engine.match_topics([line_unit(text, "en")])
    kept = line_unit("Prompts are deleted thirty (30) days after they are submitted.", "en")
    assert "data-retention-period" in engine.match_topics([kept])


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("4.2 Cross-border deliveries.", "en", "cross-border-transfer"),
        ("本サービスは、海外の取引先とのオンライン商談においてもご利用いただけます。", "ja", "cross-border-transfer"),
        (
            "You must keep your tokens and keys confidential, rotate them if you suspect they were exposed, and never embed them in client-side code.",
            "en",
            "input-confidentiality",
        ),
        ("乙が甲の施設で確認する実車の保管期間及び保管場所は、甲の規程に従う。", "ja", "data-retention-period"),
        ("乙が甲の施設で確認する実車の保管期間及び保管場所は、甲の規程に従う。", "ja", "cross-border-transfer"),
        (
            "収録する外国判例は、当社が海外の判例データベース事業者から許諾を受けたものです。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "8.1 Tax law may require you to keep books and supporting documents for at least six years.",
            "en",
            "data-retention-period",
        ),
        (
            "甲が寄託者から預かる商品の保管期間及び保管料は、甲と寄託者との寄託契約による。",
            "ja",
            "data-retention-period",
        ),
        ("海外不動産は、本サービスの査定対象外です。", "ja", "cross-border-transfer"),
        ("本サービスは、訪日外国人の発信者からの予約にも自動で応答します。", "ja", "cross-border-transfer"),
        ("国際線到着ロビーでは、海外からの旅客が集中する時間帯を重点的に計測する。", "ja", "cross-border-transfer"),
        ("甲及び乙は、定例会において本件出力の品質について情報を共有する。", "ja", "output-ownership"),
        ("外国への出願（海外出願）の要否は、甲乙協議のうえ決定する。", "ja", "cross-border-transfer"),
        ("海外在住の会員や国際結婚を希望する会員の入力データにも、本条が適用されます。", "ja", "cross-border-transfer"),
        (
            "提供データに含まれる洋書の書誌情報は、海外出版社の日本代理店から購入したものである。",
            "ja",
            "cross-border-transfer",
        ),
        ("甲の文書保存規程に基づき保存期間が満了した記録は、提供の対象から除外する。", "ja", "data-retention-period"),
        ("Receipts must be kept by you for the period that the tax authority requires.", "en", "data-retention-period"),
        ("需要家が甲との電力供給契約を解約した場合の需要家情報の取扱いは、甲の責任とする。", "ja", "termination"),
        ("（2）専用環境へのアクセス記録を取得し、1年間保持する。", "ja", "data-retention-period"),
        (
            "Security measures: role-based access, encryption at rest and access logs kept for twelve months.",
            "en",
            "data-retention-period",
        ),
        (
            "Acceptance criteria: the weighted forecast error on the hold-out period of the last 12 weeks.",
            "en",
            "data-retention-period",
        ),
        ("乙は、本契約終了後も、学習済みモデルを保持し、利用することができる。", "ja", "termination"),
        ("なお、道路管理者の管轄に属する公道での撮影許可の取得は甲の責任とする。", "ja", "jurisdiction"),
        ("海外大学進学コースの英文エッセイ採点機能は、オプションとして提供されます。", "ja", "cross-border-transfer"),
        (
            "甲は、介護保険法に基づく指定基準に従い、介護記録を甲の定める期間保存する義務を負う。",
            "ja",
            "data-retention-period",
        ),
        ("お客様は、管理画面から契約内容を変更することができます。", "ja", "unilateral-changes"),
        (
            "本サービスには、海外投資家向けに物件説明文を英語で生成する多言語機能が含まれます。",
            "ja",
            "cross-border-transfer",
        ),
        (
            'Ten per cent of the Phase 3 fee ("Retention Money") shall be withheld by Customer for ninety days.',
            "en",
            "data-retention-period",
        ),
        ("We will try to keep deprecated Models available for at least 14 days.", "en", "data-retention-period"),
        ("提携コンテンツの著作権は、提携出版社又は執筆者に帰属します。", "ja", "output-ownership"),
        (
            "甲は、クレーン等安全規則に定める定期自主検査の記録を3年間保存する義務を引き続き負う。",
            "ja",
            "data-retention-period",
        ),
        (
            "本件データのうち、国外から飛来した越境性の害虫が写った画像には、優先的に注釈を付す。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "外部AI事業者が提供する技術の不具合又は停止に起因してお客様に生じた損害について、当社は責任を負いません。",
            "ja",
            "termination",
        ),
        (
            "If Customer uses its own subcontracted bookkeepers as Authorised Users, Customer remains answerable for them.",
            "en",
            "subcontracting",
        ),
        (
            "We ensure that persons authorised to process personal data are bound by confidentiality.",
            "en",
            "input-confidentiality",
        ),
        (
            "お客様が取引先との間で秘密保持契約を締結している場合、その会議を記録してよいかは、お客様が自ら確認するものとします。",
            "ja",
            "input-confidentiality",
        ),
        (
            "Customer shall check that its review complies with the discovery rules of the forum in which the matter is "
            "pending.",
            "en",
            "jurisdiction",
        ),
        (
            "本チャットボットは、海外旅行の旅程作成にも対応し、国外のホテルの情報を案内する。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "The Supplier shall use reasonable endeavours to ensure the retention of the named Delivery Personnel for "
            "twelve (12) months.",
            "en",
            "data-retention-period",
        ),
        (
            "甲は、法令に基づき介護記録を5年間保存する義務を自ら負い、乙はこれを代行しない。",
            "ja",
            "data-retention-period",
        ),
        ("ただし、定例会の議事録の記載は本契約の内容を変更する効力を有しない。", "ja", "unilateral-changes"),
        (
            "甲が海外通信社から配信を受けた記事を入力する場合、利用条件の遵守は甲の責任とする。",
            "ja",
            "cross-border-transfer",
        ),
        ("本作品の海外版を発売する場合、当該海外版の売上高も分配の対象とする。", "ja", "cross-border-transfer"),
        (
            "受注者は、本業務の履行体制図を本契約締結後10日以内に発注者に提出し、体制に変更があったときは、その都度更新した履行体制図を提出する。",
            "ja",
            "unilateral-changes",
        ),
        ("乙は、再委託先が反社会的勢力に該当する場合、直ちに当該再委託先との契約を解除する。", "ja", "termination"),
        ("乙が使用するセンサーは海外の計測機器メーカーから調達した製品である。", "ja", "cross-border-transfer"),
        (
            "The Provider shall protect personal data against unauthorised access, collection, use, disclosure, "
            "copying, modification or disposal, and notify the Customer of any breach.",
            "en",
            "unilateral-changes",
        ),
        (
            "2.2 Carrier shall give Developer at least 14 days' notice of any change in the telematics firmware or file "
            "format that affects the structure of the feed.",
            "en",
            "unilateral-changes",
        ),
        (
            "甲が海外の鉄道事業者に対する技術協力として本モデルを紹介する場合、甲及び乙は、その条件について別途協議する。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "In the event of conflict, this Agreement prevails over an SOW unless the SOW expressly states that a "
            "specific clause of this Agreement is varied.",
            "en",
            "unilateral-changes",
        ),
        (
            "当社は、法令に基づく場合、又は裁判所その他の公的機関から法令に基づき開示を求められた場合には、入力データを当該機関に開示することがあります。",
            "ja",
            "jurisdiction",
        ),
        (
            "本サービスは、外貨建取引及び海外取引先との取引について、当社が毎営業日に取得する為替レートを用いて円換算した仕訳候補を提示する機能を備えています。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "The Service recognises more than forty clause families, including limitation of liability, termination "
            "rights, governing law, dispute resolution, data protection and intellectual property clauses.",
            "en",
            "jurisdiction",
        ),
        (
            "The Service extracts the fields listed in the Field Catalogue, including the tax office or jurisdiction of "
            "the issuing authority.",
            "en",
            "jurisdiction",
        ),
        (
            "(g) try to make your Companion reveal confidential information belonging to your employer, a client or "
            "another third party;",
            "en",
            "input-confidentiality",
        ),
        (
            "The Licensor grants the Hospital a licence to install and run the Model on servers located within the "
            "Hospital's premises.",
            "en",
            "cross-border-transfer",
        ),
        (
            'The Platform includes a "Change Alerts" feature that notifies Customer\'s users when a monitored '
            "supplier's ownership, credit rating or production site changes.",
            "en",
            "unilateral-changes",
        ),
        (
            "本サービスには、外国人患者への説明の補助として、出力データの一部を英語及び中国語に翻訳する機能が含まれる。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "甲は、出力データを基に作成した看護記録を、医療法その他の法令に定める期間、甲の電子カルテシステムにおいて保存する責任を負う。",
            "ja",
            "data-retention-period",
        ),
        (
            "乙は、甲入力データ及び生成物を、本件モデルその他乙又は第三者のモデルの学習又は改善に利用してはならない。",
            "ja",
            "subcontracting",
        ),
        (
            "乙がエンドユーザーから自己の音声データの利用停止を求められた場合、乙はその旨を甲に通知し、甲及び乙は、対応について協議する。",
            "ja",
            "termination",
        ),
        (
            "乙は、本契約終了時までに本件許諾データを用いて学習を完了した本件モデルを、終了後も引き続き保有し、利用し、及び第三者に提供することができる。",
            "ja",
            "data-retention-period",
        ),
        ("前二項の規定は、甲による損害賠償の請求及び契約の解除を妨げない。", "ja", "termination"),
        (
            "Export control: Customer shall not relocate Edge Capture Units to a country outside Japan without "
            "Provider's consent.",
            "en",
            "cross-border-transfer",
        ),
        ("海外の派遣先への送出しの可否は、甲が関係法令に従って判断する。", "ja", "cross-border-transfer"),
        (
            "本サービスが推奨発注数の算出に用いる商品ごとの販売可能期間及び店頭での陳列保持期間は、甲が商品マスタに登録した値による。",
            "ja",
            "data-retention-period",
        ),
        (
            "甲は、貨物自動車運送事業輸送安全規則に基づき作成する運行記録を、法令に従い1年間保存するものとし、乙は当該記録の保存について何らの義務も負わない。",
            "ja",
            "data-retention-period",
        ),
        (
            "Provider shall keep complete and accurate books of account relating to the Fees and shall retain them for "
            "seven years.",
            "en",
            "data-retention-period",
        ),
        (
            "外国語による生成物は、日本語の入力データを基に作成されるため、原文の意味が正確に反映されない場合があります。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "Customer may at any time amend the churn threshold, the prediction horizon and the segments used for "
            "reporting.",
            "en",
            "unilateral-changes",
        ),
        (
            "Customer's obligations under GMP to keep retention samples of each finished batch, and to keep batch records "
            "for the period required by law, are Customer's own obligations.",
            "en",
            "data-retention-period",
        ),
        (
            "The Authority's own records relating to the Pilot will be kept in accordance with the retention schedule "
            "under the City Public Records Management Ordinance.",
            "en",
            "data-retention-period",
        ),
        (
            "乙は、外国籍の教習生の利用に備え、教習生用アプリにおいて英語及びベトナム語による表示を提供する。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "（4）国内外の法令・ガイドラインの参照情報の表示（海外法令については英文の参照情報に限ります。）",
            "ja",
            "cross-border-transfer",
        ),
        (
            "なお、お客様が店頭で預かる車両の保管期間、保管場所及び保管中の損傷の取扱いについては、お客様と査定依頼者の間の取決めによる。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "乙は、再委託を行う場合、再委託先に乙の義務と同等の義務を負わせるとともに、再委託先の行為について甲に対し一切の責任を負う。",
            "ja",
            "liability-cap",
        ),
        (
            "Your Content is not treated as confidential or proprietary information, and we have no obligation to keep it "
            "secret except as described in our Privacy Notice.",
            "en",
            "data-deletion-after-termination",
        ),
        (
            "海外配信に際して必要となる各国のレーティング審査への対応等は、お客様の責任において行うものとします。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "衛星画像の一部は、海外の衛星運用事業者から購入するものとし、当該画像の利用条件は別紙仕様書に記載する。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "海外帰国生向けコースその他甲が新たに開設するコースの生徒についても、同一の単価を適用する。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "The Hospital shall give the Licensor at least 30 days' notice of any change to its ward configuration.",
            "en",
            "unilateral-changes",
        ),
        (
            "You must keep each signed consent form for at least five years after the last Generated Video is published.",
            "en",
            "data-retention-period",
        ),
        (
            "ただし、英文以外の外国語文書については、抽出可能な項目が限定される場合があります。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "甲及び乙は、目標とする物性（硬度、密着性及び製品の保存期間（シェルフライフ）を含む。）を満たす配合を探索する。",
            "ja",
            "data-retention-period",
        ),
        (
            "You are responsible for keeping your parental PIN confidential.",
            "en",
            "input-confidentiality",
        ),
        (
            "追加機能のオプション契約のみを解約することもできます。",
            "ja",
            "termination",
        ),
        (
            "英語の会議を翻訳する機能は、海外の依頼者との打合せを想定したものです。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "本サービスには、機密情報の取扱い等をテーマとする研修教材のひな形が含まれます。",
            "ja",
            "input-confidentiality",
        ),
        (
            "The tool never rejects an applicant on its own; its responses are recommendations only.",
            "en",
            "output-ownership",
        ),
        (
            "The library includes short courses on topics such as confidentiality and workplace safety.",
            "en",
            "input-confidentiality",
        ),
        (
            "甲が審査記録を自ら保存する期間は、市の文書管理規程の定めるところによる。",
            "ja",
            "data-retention-period",
        ),
        (
            "本契約の終了後も、第8条（秘密保持）、第12条（損害賠償）及び第20条（合意管轄）の規定は、なお効力を有する。",
            "ja",
            "data-retention-period",
        ),
        (
            "甲は、予測に基づく出荷量の調整、予冷庫での保管期間の設定その他の判断を自らの責任で行う。",
            "ja",
            "data-retention-period",
        ),
        (
            "Our Confidential Computing tier runs models inside isolated enclaves.",
            "en",
            "input-confidentiality",
        ),
        (
            "We make no representation regarding any hosted model, its training data or its licence.",
            "en",
            "input-training-use",
        ),
        (
            "Your files are processed in accordance with our instructions.",
            "en",
            "data-location",
        ),
        (
            "甲が国外の関連会社の工場に本モデルを導入しようとする場合、利用許諾の範囲について別途協議する。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "甲は、帳簿書類の保存期間を遵守する責任を負い、本ソフトウェアは当該保存義務を履行するための保存場所として設計されたものではない。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "Prompts and Output are stored in Customer's workspace history for ninety days.",
            "en",
            "cross-border-transfer",
        ),
        (
            "委託者は、訳文を海外規制当局へ提出する文書に用いる場合、自らの責任において最終確認を行う。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "甲は、本件メタデータを、海外番組販売その他の二次利用のために自由に利用することができる。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "The Provider shall ensure that all desk agents receive training on the Customer's systems.",
            "en",
            "input-training-use",
        ),
        (
            "前項の違約金の支払は、甲が本契約を解除する権利を妨げない。",
            "ja",
            "termination",
        ),
        (
            "お客様が会員について作成する記録の保管期間は、法令に従ってお客様が定めるものとします。",
            "ja",
            "data-retention-period",
        ),
        (
            "本サービスの対象には、国外勤務を伴う求人（いわゆる海外派遣の案件を含む。）の求人票も含まれる。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "初期設定費用は、本契約が期間の途中で終了した場合であっても返還されない。",
            "ja",
            "data-deletion-after-termination",
        ),
        (
            "甲の監督当局（金融庁及び甲を管轄する財務局をいう。）が本業務に関して検査を行う場合、乙はこれに協力する。",
            "ja",
            "jurisdiction",
        ),
        (
            "機械翻訳の回答は、免税手続や海外での保証の可否について誤りを含むことがあります。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "本契約の予定数量は年間12,000分とするが、これは甲の発注数量を保証するものではない。",
            "ja",
            "warranty-disclaimer",
        ),
        (
            "Estimated volumes are indicative only and are no guarantee of any order.",
            "en",
            "warranty-disclaimer",
        ),
        (
            "We do not control the systems you connect to the Service.",
            "en",
            "subcontracting",
        ),
        (
            "会員は、顧客との契約上の守秘義務に反する通話録音をアップロードしてはなりません。",
            "ja",
            "input-confidentiality",
        ),
        (
            "You must not upload exam papers marked confidential by your school or college.",
            "en",
            "input-confidentiality",
        ),
        (
            "利用者は、オーディションの主催者から守秘を求められた台本を投稿してはなりません。",
            "ja",
            "input-confidentiality",
        ),
        (
            "日本国外に居住する会員は、オンライン面談に限り本機能を利用することができます。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "乙が本研究成果を第三者（海外の鉄道会社を含む。）に実施許諾する場合、乙は甲に実施料を支払う。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "These Terms are made between Wortfeld GmbH, a company registered in the commercial register of the Local Court of Hamburg under HRB 99812, and the customer named in the Order.",
            "en",
            "jurisdiction",
        ),
        (
            "当社は、外部の音声認識サービスの中断、停止又は仕様の変更その他の不具合について、一切の責任を負いません。",
            "ja",
            "termination",
        ),
        (
            "本サービスは、日本法に準拠する契約書を主な対象とし、外国法に準拠する契約書については参考となる指摘を表示するにとどまる。",
            "ja",
            "governing-law",
        ),
        (
            "（4）共通項目：反社会的勢力の排除条項、準拠法及び紛争解決条項の有無、収入印紙の要否",
            "ja",
            "jurisdiction",
        ),
        (
            "甲の知財部の管轄する契約類型については、乙は、甲の審査基準を反映した確認項目を別紙のとおり設定する。",
            "ja",
            "jurisdiction",
        ),
        (
            "Customer acknowledges that the model's accuracy may fall if operating conditions change after go-live.",
            "en",
            "unilateral-changes",
        ),
        (
            "Sample retention for 7-day and 28-day testing follows the applicable JIS standard and the Contractor's quality plan.",
            "en",
            "data-retention-period",
        ),
        (
            "受託者は、外部AIサービスの停止、仕様変更又はその提供者によるデータの取扱いに起因して委託者に生じた損害について、一切の責任を負わない。",
            "ja",
            "liability-cap",
        ),
        (
            "You must not use the App to capture content in breach of a duty of confidentiality you owe to someone else.",
            "en",
            "input-confidentiality",
        ),
        (
            "（2）当倉庫における在庫の保管期間は品目によって異なり、平均で約30日であるが、保管期間の長短は出荷順序の決定には影響しない。",
            "ja",
            "data-retention-period",
        ),
        (
            "6.3 Chat logs are kept for up to 18 months from the date of each message; after that period they are deleted automatically.",
            "en",
            "data-deletion-after-termination",
        ),
        (
            "3.1 The Licensor shall configure data connectors for the controller brands listed in Schedule 1 within 45 days.",
            "en",
            "personal-data-handling",
        ),
        (
            "After that period, sensor readings are deleted automatically from our live systems, though monthly averages may be kept.",
            "en",
            "data-deletion-after-termination",
        ),
        (
            "翌年度の予算において本サービスに係る予算が削除された場合は、甲は、30日前までに通知することにより本契約を解約することができる。",
            "ja",
            "data-deletion-after-termination",
        ),
        (
            "Any cross-border transfer fees charged by Customer's bank are for Customer's account.",
            "en",
            "cross-border-transfer",
        ),
        (
            "提携する海外の語学学校への留学プログラムに参加するお客様は、出発前の診断として本アプリを利用することができます。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "外国語資料のうち書誌データが整っていないものは推薦の対象外とする。",
            "ja",
            "cross-border-transfer",
        ),
        (
            "Laboratory samples cut for verification shall be retained by the Client for twelve months.",
            "en",
            "data-retention-period",
        ),
        (
            "The Developer will provide two days of on-site training to the Client's inspectors on how to read the model's scores.",
            "en",
            "input-training-use",
        ),
        (
            "A suspension under clause 8 does not constitute a termination of this Agreement, and the fees remain payable.",
            "en",
            "termination",
        ),
        (
            "撮影の延期は本契約の解除には当たらず、乙は、甲と協議のうえ撮影日を再設定する。",
            "ja",
            "termination",
        ),
        (
            "回答テンプレートの変更は、お客様が管理画面で自由に行うことができ、本規約の変更には該当しません。",
            "ja",
            "unilateral-changes",
        ),
        (
            "Upon expiry or termination of this Agreement, the Licensee shall stop using the Dataset.",
            "en",
            "termination",
        ),
        (
            "Workers employed by the Client's trade sub-contractors sign in at the gate each morning.",
            "en",
            "subcontracting",
        ),
        (
            "ユーザーは、メーカーから秘密保持義務を課されて受領した図面については、当該メーカーとの契約上許される範囲でのみベンダーに提供する。",
            "ja",
            "input-confidentiality",
        ),
        (
            "お客様は、職業上の守秘義務に照らし、本サービスに入力する文書の範囲を自ら判断するものとします。",
            "ja",
            "input-confidentiality",
        ),
        (
            "乙は、基盤モデルの性能又は基盤モデル規約の変更に起因して甲に生じた損害について、責任を負わない。",
            "ja",
            "unilateral-changes",
        ),
        (
            "（4）海外で亡くなられた方の国際霊柩搬送に関する見積項目の提案",
            "ja",
            "cross-border-transfer",
        ),
        (
            "Please do not paste trade secrets or confidential documents of your former employer into the Service.",
            "en",
            "input-confidentiality",
        ),
        (
            "甲は、薬機法及び関係省令に基づき、副作用報告に関する記録を自らの責任において所定の期間保存する。",
            "ja",
            "data-retention-period",
        ),
        (
            "甲の店舗に設置された録画装置は、甲の社内規程に従い映像を30日間保存した後に上書きする。",
            "ja",
            "data-retention-period",
        ),
        (
            "Any variation of the SOW must be agreed in writing under the change control procedure.",
            "en",
            "unilateral-changes",
        ),
        (
            " The delivered model must reach the agreed F1 score on the held-out test set for a period of twelve months.",
            "en",
            "data-retention-period",
        ),
        (
            "ベースソフトウェアに関する著作権は乙に留保され、乙は甲に対し、成果物の利用に必要な範囲でベースソフトウェアの利用を許諾する。",
            "ja",
            "output-ownership",
        ),
        (
            "After that period we will permanently erase Your Content from our live systems, and from backups within a further 60 days.",
            "en",
            "data-retention-period",
        ),
        (
            "甲は、個人情報保護法その他の法令が適用される場合にはこれを遵守する。",
            "ja",
            "governing-law",
        ),
    ],
)
def test_look_alike_words_address_no_topic(text: str, lang: str, topic: str) -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    assert topic not in engine.match_topics([line_unit(text, lang)])


def test_changes_to_the_services_that_need_both_signatures_are_read_under_a_change_control_procedure() -> None:
    """A change procedure named beside the rule does not hide that a change needs both parties."""
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = (
        "No change to the Services, the Service Levels or the Charges shall be effective unless it is agreed in "
        "writing and signed by an authorised signatory of each party in accordance with the change control procedure."
    )
    found = engine.match_topics([line_unit(text, "en")])["unilateral-changes"]
    assert found[0].judgement.position == "favourable"


def test_a_term_defined_in_bold_alone_addresses_no_topic(tmp_path: Path) -> None:
    """A definition says what a word means: the customer's own retention schedule is no retention period."""
    text = (
        "# Records Services Agreement\n\n## 1. Definitions\n\n"
        "**Retention Schedule** means the Customer's records retention and disposal schedule, including the "
        "periods for which the Customer must keep its records under the laws that apply to it.\n\n"
        "## 2. Services\n\n2.1 The Provider shall classify the Customer's records using the Platform.\n"
    )
    review = review_text(tmp_path, text, "records.md")
    assert review.topics["data-retention-period"].status == "missing"
    kept = text + "\n2.2 The Provider shall retain uploaded records for no longer than ninety (90) days.\n"
    assert review_text(tmp_path, kept, "records-kept.md").topics["data-retention-period"].status == "addressed"


@pytest.mark.parametrize(
    "text",
    [
        "本業務の一部を外部のクラウド事業者に処理させることは、前条の再委託には当たらない。",
        "統計情報は、秘密情報に該当しない。",
        "この保存は甲の責任において行うものであり、前項の会話ログの保存期間には影響しない。",
        "本条の定めは、第8条に定める乙の義務に影響を及ぼさない。",
    ],
)
def test_a_japanese_scope_statement_forbids_nothing(text: str) -> None:
    """「…には当たらない」「…に該当しない」 say what a word covers, not what anyone may not do."""
    assert analyse(text, "ja", resolve_names()).modality != "prohibit"
    assert analyse("乙は、本業務を第三者に再委託しない。", "ja", resolve_names()).modality == "prohibit"


def test_storage_abroad_knowing_the_foreign_regime_is_a_named_safeguard() -> None:
    """APPI Art. 23's 「外的環境の把握」 for data kept abroad is a safeguard the contract names."""
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = (
        "当社は、副データセンターの所在国であるシンガポール共和国の個人情報保護制度を把握した上で、"
        "外的環境の把握を含む安全管理措置を講じます。"
    )
    found = engine.match_topics([line_unit(text, "ja")])["data-location"]
    assert found[0].judgement.position == "favourable"


def test_a_chapter_of_prohibited_matters_forbids_nothing_itself() -> None:
    assert analyse("第5章 本約款の変更及び禁止事項", "ja", resolve_names()).modality != "prohibit"


def test_a_vendor_right_to_delete_at_the_end_is_unfavourable_however_far_the_verb() -> None:
    """Only a right of the vendor to remove the data, with no duty to return it, is what the rubric warns of."""
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = "乙は、本契約が終了した場合、甲が登録した甲データ及び本サービスの出力結果を、甲に事前に通知することなく削除することができる。"
    found = engine.match_topics([line_unit(text, "ja")])["data-deletion-after-termination"]
    assert found[0].judgement.position == "unfavourable"


def test_retention_for_as_long_as_the_vendor_thinks_needed_is_open_ended_in_japanese() -> None:
    engine = Engine(items=[], names=resolve_names(vendor_name="受注者"), embedder=None)
    text = "受注者は、問い合わせデータを、品質管理のために受注者が必要と認める期間保存する。"
    found = engine.match_topics([line_unit(text, "ja")])["data-retention-period"]
    assert found[0].judgement.position == "unfavourable"


def test_an_english_cap_on_a_brand_the_names_do_not_know_is_not_read_as_mutual() -> None:
    """A cap on 'Brightco's liability' says whose liability it is: not both parties', whatever its size."""
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = (
        "Brightco's liability to you or anyone claiming through you, for any cause whatsoever, is limited to the "
        "amount you paid Brightco for the service in the 12 months before the claim."
    )
    found = engine.match_topics([line_unit(text, "en")])["liability-cap"]
    assert found[0].judgement.position == "unfavourable"


def test_one_party_disclosing_to_the_other_names_both_parties_alike() -> None:
    """「一方当事者が相手方に開示した」 is said of either party: a mutual definition of confidential information."""
    assert mutual(
        "「秘密情報」とは、本契約に関して一方当事者が相手方に開示した情報のうち、秘密である旨が明示されたものをいう。"
    )
    assert not mutual("「秘密情報」とは、甲が乙に開示した情報をいう。")


def test_an_opening_that_says_what_the_contract_is_about_decides_no_topic(tmp_path: Path) -> None:
    """Training the customer's own model is what the deal is for: the recital is no use of the data by the vendor."""
    text = (
        "# Data Services Agreement\n\n"
        "The parties wish to set out the terms on which the Supplier will annotate the Customer's historical sales "
        "data and train a forecasting model.\n\n"
        "## 3. Customer Data\n\n"
        "3.2 The Supplier shall not use Customer Data to train or improve any model or service for itself or for any "
        "third party.\n"
    )
    review = review_text(tmp_path, text, "msa.md")
    assert review.topics["input-training-use"].position == "favourable"


def test_a_party_named_with_niyoru_is_the_one_who_acts() -> None:
    """「甲による…解除を妨げない」 keeps 甲's right: 甲 acts, it does not receive."""
    assert (
        analyse("前項の規定は、甲による損害賠償の請求及び契約の解除を妨げない。", "ja", resolve_names()).actor == "user"
    )
    assert analyse("乙は、甲に対し、報告書を提出する。", "ja", resolve_names()).actor == "vendor"


def test_a_heading_about_the_end_of_the_contract_sets_that_condition_for_its_sentences(tmp_path: Path) -> None:
    """「第9条（契約終了後のデータの取扱い）」 tells when 「前項の期間が経過した後」 starts: at the end of the contract."""
    text = (
        "# AI議事録サービス利用規約\n\n"
        "## 第9条（契約終了後のデータの取扱い）\n\n"
        "1. お客様は、利用契約の終了日から30日間、管理画面から入力データをダウンロードすることができます。\n"
        "2. 当社は、前項の期間が経過した後、入力データ及び生成物を当社のサーバから消去します。\n"
    )
    review = review_text(tmp_path, text, "terms.md")
    topic = review.topics["data-deletion-after-termination"]
    assert (topic.status, topic.position) == ("addressed", "favourable")


def test_a_purpose_is_no_permission_and_a_statement_of_what_something_is_no_prohibition() -> None:
    """「…が運用を継続できるよう」 says why; "are not amendments to this Agreement" says what a thing is."""
    names = resolve_names()
    text = "乙は、甲が本システムの運用を継続できるよう、終了日から3か月間、引継ぎを行う。"
    assert analyse(text, "ja", names).modality != "permit"
    revisions = "Such revisions to Clinic's clinical protocol are not amendments to this Agreement."
    assert analyse(revisions, "en", names).modality != "prohibit"
    assert analyse("乙は、本データを第三者に提供することができる。", "ja", names).modality == "permit"


def test_a_limit_in_brackets_narrows_the_data_not_the_use() -> None:
    """Statistics 「（甲を特定できないものに限る。）」 used to train the vendor's other products are still that use."""
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = (
        "乙は、本件提供データを統計的に処理した情報（甲を特定できないものに限る。）を、乙が他の顧客に提供する製品の改良"
        "及び機械学習モデルの学習のために利用することができる。"
    )
    assert engine.match_topics([line_unit(text, "ja")])["input-training-use"][0].judgement.position == "unfavourable"


@pytest.mark.parametrize(
    "text",
    [
        "甲が作成する異物検査記録は、甲の社内規程に定める期間、甲が保存するものとし、本契約の対象外とする。",
        "本条は図面上の表記の取扱いを定めるものであり、データの保管場所を定めるものではない。",
        "Customer's storage of its own backup tapes for seven years is outside the scope of this Agreement.",
        "Customer's storage of its backup tapes for seven years happens under its own policies; such policies are "
        "not amendments to this Agreement.",
    ],
)
def test_a_sentence_that_puts_its_subject_outside_the_contract_addresses_nothing(tmp_path: Path, text: str) -> None:
    body = f"# Service Agreement\n\n## 1. Scope\n\n1.1 {text}\n"
    review = review_text(tmp_path, body, "scope.md")
    assert [key for key, topic in review.topics.items() if topic.status != "missing"] == []


@pytest.mark.parametrize(
    "text",
    [
        "本契約において「圧延終了温度」「保持時間」その他の操業用語は、甲の作業標準書における意味で用いる。",
        '1.2 In this Agreement, "retention" in the phrases "retention offer" and "retention team" refers to keeping subscribers.',
    ],
)
def test_how_the_contract_uses_a_word_is_a_definition(text: str) -> None:
    assert is_definition(text)
    assert not is_definition("In this Agreement the Provider shall keep the data for thirty days.")


def test_the_services_own_program_is_no_output_but_an_exclusion_of_it_leaves_the_output_owned(tmp_path: Path) -> None:
    """「本サービスのプログラム…に関する権利は、当社に帰属」 is the vendor's software; 「加工画像に関する…権利（…本サービスの
    プログラムに関する権利を除きます。）は、お客様に帰属」 still gives the user the output."""
    vendor_only = (
        "# AIチャットボット利用規約\n\n## 第10条（権利の帰属）\n\n"
        "1 出力データに関する著作権その他の権利（当社が有するものに限ります。）は、出力データの生成時にお客様に移転します。\n"
        "2 本サービスのプログラム、画面デザイン、回答テンプレート及び当社のノウハウに関する権利は、当社に帰属します。\n"
    )
    assert review_text(tmp_path, vendor_only, "terms.md").topics["output-ownership"].position == "favourable"
    excluded = (
        "# 証明写真加工サービス利用規約\n\n## 第8条（権利の帰属）\n\n"
        "1 加工画像に関する著作権その他の権利（当社のAIエンジン及び本サービスのプログラムに関する権利を除きます。）は、"
        "お客様に帰属するものとします。\n"
    )
    assert review_text(tmp_path, excluded, "photo.md").topics["output-ownership"].position == "favourable"


@pytest.mark.parametrize(
    ("text", "topic", "lang"),
    [
        (
            "Developer shall not be responsible for any failure caused by third-party cloud computing or annotation "
            "providers, and Manufacturer's sole remedy is against the relevant provider.",
            "subcontracting",
            "en",
        ),
        (
            "Licensor shall give Reseller at least sixty (60) days' prior written notice of any change that "
            "materially reduces the functionality of the Platform.",
            "unilateral-changes",
            "en",
        ),
        (
            "当社は、会話データの取扱いを委託する場合には、委託先に対する必要かつ適切な監督を行います。",
            "personal-data-handling",
            "ja",
        ),
        (
            "We are not responsible for the availability, output or conduct of those third parties.",
            "subcontracting",
            "en",
        ),
        (
            "Your use of features powered by them is also subject to their terms, which you accept by using them.",
            "subcontracting",
            "en",
        ),
        (
            "The University remains responsible to the Company for the performance of any such contractor as if the work had been performed by the University itself.",
            "subcontracting",
            "en",
        ),
        (
            "計算資源事業者のサービスは、当該計算資源事業者が定める利用条件に従って提供されるものであり、乙はその障害について責任を負わない。",
            "subcontracting",
            "ja",
        ),
    ],
)
def test_topics_named_in_other_words_are_seen(text: str, topic: str, lang: str) -> None:
    """Providers named by what they do, a change announced by notice, and the APPI's duty to supervise an
    entrustee (Art. 25) are the topic even without its usual keywords."""
    engine = Engine(items=[], names=resolve_names(user_name="Reseller", vendor_name="Licensor"), embedder=None)
    assert topic in engine.match_topics([line_unit(text, lang)])


def test_rights_owned_jointly_go_to_both_parties() -> None:
    text = (
        "The intellectual property rights in the Deliverable Model and the Model Outputs shall be jointly owned "
        "by the Company and the Developer in equal shares."
    )
    names = resolve_names(user_name="Company", vendor_name="Developer")
    assert analyse(text, "en", names).beneficiary == "both"
    assert analyse("The Model Outputs shall be owned by the Company.", "en", names).beneficiary == "user"


def test_a_cap_far_from_its_amount_is_still_found_with_confidence() -> None:
    item = load_catalog().item("X-LIAB-01")
    engine = Engine(items=[item], names=resolve_names(), embedder=None)
    text = (
        "前項に基づく甲又は乙の損害賠償の累計総額は、損害発生の原因となった事由が生じた月から遡って直近12か月間に"
        "甲が乙に支払った委託料及びクラウド環境の利用料の合計額を上限とする。"
    )
    status, position, confidence, *_ = engine.assess(item, line_unit(text, "ja"), None, "user")
    assert (status, position) == ("addressed", "favourable")
    assert confidence >= 0.9


def test_a_tool_the_contract_names_makes_outputs_but_a_party_does_not() -> None:
    from aicc.review.parties import output_terms

    text = (
        '1.3 "Draft Replies" means text generated by ReplyAssist in response to a prompt. '
        '"Client Materials" means documents produced by Client for the project.'
    )
    doc = document_from_text(text)
    names = resolve_names([doc], user_name="Client", vendor_name="Supplier")
    assert output_terms([doc], names) == ("Draft Replies",)


def test_a_duty_to_keep_the_data_for_a_limited_time_is_no_use_of_it() -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    kept = line_unit("Vendor shall retain the Customer Data used for fine-tuning no longer than 90 days.", "en")
    assert "input-training-use" not in engine.match_topics([kept])
    used = line_unit("Vendor may use the Customer Data to fine-tune its base model.", "en")
    assert engine.match_topics([used])["input-training-use"][0].judgement.position == "unfavourable"


def test_a_deadline_after_another_season_is_no_deletion_at_the_end() -> None:
    engine = Engine(items=[], names=resolve_names(), embedder=None)
    text = "We automatically delete uploaded receipt images 180 days after the end of the filing season."
    assert "data-deletion-after-termination" not in engine.match_topics([line_unit(text, "en")])
    text = "We delete all Customer Data within 30 days after the end of the Term."
    assert "data-deletion-after-termination" in engine.match_topics([line_unit(text, "en")])


SUBPROCESSORS_AND_DISCLAIMED_MODELS = """# AI Research Assistant Subscription Terms

These Terms are made between Brightfield Analytics Pte. Ltd. ("Provider") and the subscribing organisation ("Customer").

## 7. Sub-processors and Model Providers

7.1 Provider may engage sub-processors to host the Service and shall impose on each sub-processor written obligations no less protective than these Terms.

7.2 The Service relies on large language models supplied by third-party model providers.

7.3 Provider does not control those models and accepts no liability for their availability, accuracy or conduct.
"""


def test_a_disclaimer_of_third_parties_counts_beside_the_clause_an_item_reads(tmp_path: Path) -> None:
    """On subcontracting the vendor disclaiming the models it relies on is what the rubric calls
    unfavourable, even when the item that decides quotes the sub-processor clause instead."""
    review = review_text(tmp_path, SUBPROCESSORS_AND_DISCLAIMED_MODELS, "terms.md")
    assert review.topics["subcontracting"].position == "unfavourable"
    kept = SUBPROCESSORS_AND_DISCLAIMED_MODELS.replace(
        "7.3 Provider does not control those models and accepts no liability for their availability, accuracy or conduct.",
        "7.3 Provider remains fully responsible for those model providers as for its own acts.",
    )
    assert review_text(tmp_path, kept, "kept.md").topics["subcontracting"].position != "unfavourable"


@pytest.mark.parametrize(
    ("item_id", "text", "expected"),
    [
        # data deleted a set time after receipt: how long it is kept while the work runs, not deletion at the end
        (
            "IN-RES-06",
            "乙は、甲から受領した録音データを、モデルの学習に用いた後、受領日から60日以内に消去する。",
            ("missing", None),
        ),
        (
            "IN-RES-06",
            "乙は、本契約の終了後30日以内に、学習に用いた加工データ及びモデルを消去する。",
            ("addressed", "favourable"),
        ),
        # what the user posts keeps its owner: no output
        (
            "OUT-OWN-01",
            "お客様の店舗のロゴ、写真その他お客様が本サービスに掲載するコンテンツの著作権は、お客様又は正当な権利者に留保されます。",
            ("missing", None),
        ),
        (
            "OUT-OWN-01",
            "本サービスにより生成されたコンテンツの著作権は、お客様に帰属します。",
            ("addressed", "favourable"),
        ),
    ],
)
def test_the_rules_alone_read_these_clauses(item_id: str, text: str, expected: tuple[str, str | None]) -> None:
    # (clauses an exemplar's embedding may still find similar, so not catalog test clauses: the rules must read them)
    item = load_catalog().item(item_id)
    engine = Engine(items=[item], names=resolve_names(), embedder=None)
    assert tuple(engine.assess(item, line_unit(text, "ja"), None, "user")[:2]) == expected


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # the CUAD-aligned topics count every English sentence (their gates were fitted on all); in Japanese a
        # sentence that says what it does not decide addresses nothing
        (
            "# 契約書レビューサービス個別契約\n\n第1条（目的）\n本契約は、甲が乙の契約書レビューサービスを利用する条件を定める。\n\n"
            "第2条（対象）\n本サービスは、日本法に準拠する契約書を主な対象とする。"
            "本条は本サービスの機能の範囲を定めるものであり、本契約自体の準拠法を定めるものではない。\n",
            "governing-law",
        ),
        # IN-ID-04 is about what counts as input (its topics include input-definition), yet a sentence that says a
        # phone setting "is unrelated to" how the data is handled addresses no confidentiality
        (
            "# Call Notes Terms\n\n1. The App\n1.1 The App records calls you choose to transcribe.\n"
            "1.2 The App does not run in do-not-disturb mode unless you allow it in your phone settings. "
            "That phone setting is unrelated to how we treat your data and does not make any call confidential.\n",
            "input-confidentiality",
        ),
        # IN-RES-03a (use as pseudonymised or anonymised information) speaks first for the processing results, and
        # OUT-EXT-04 (what the output contains) for passing output on: neither alone makes a contract that never
        # mentions personal data address personal-data handling
        (
            "# Crop Forecast Terms\n\n1. Data\n1.1 Grower Data and Forecast Reports are Grower's Confidential "
            "Information, whether or not marked.\n1.2 Provider may use Grower Data, in de-identified and aggregated "
            "form, to publish regional yield statistics.\n",
            "personal-data-handling",
        ),
    ],
)
def test_these_contracts_leave_the_topic_missing(tmp_path: Path, text: str, topic: str) -> None:
    review = review_text(tmp_path, text, "contract.md")
    assert review.topics[topic].status == "missing"


USER_KEEPS_OUR_SECRETS_JA = """# 議事録要約サービス利用規約

第1条（秘密保持）
1 お客様は、本サービスに関して当社から開示された非公開の技術情報を、当社の秘密情報として取り扱うものとします。
"""
BOTH_KEEP_SECRETS_JA = (
    USER_KEEPS_OUR_SECRETS_JA
    + "2 当社は、入力データをお客様の秘密情報として取り扱い、お客様の事前の承諾なく第三者に開示しません。\n"
)


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # the user keeping the vendor's secrets, with nothing kept for the user: confidentiality protects the vendor alone
        (USER_KEEPS_OUR_SECRETS_JA, "unfavourable"),
        # beside the vendor keeping the inputs secret, the user's own duty is no loss to it
        (BOTH_KEEP_SECRETS_JA, "favourable"),
    ],
)
def test_the_users_own_secrecy_counts_only_where_nothing_protects_it(tmp_path: Path, text: str, position: str) -> None:
    review = review_text(tmp_path, text, "terms.md")
    assert review.topics["input-confidentiality"].position == position


RECITALS_THEN_WORK_JA = """# 劣化予測モデル開発委託契約書

株式会社ミナト製作所（以下「甲」という。）と株式会社カゼノ解析（以下「乙」という。）は、甲の設備から得られる振動データを用いた学習済みモデルの開発に関し、次のとおり契約を締結する。

第1条（目的）
本契約は、甲が乙に対し、甲の設備から得られる振動データを用いて劣化を予測する学習済みモデルの開発を委託し、乙がこれを受託するにあたり、甲乙間の権利義務を定めることを目的とする。

第2条（業務の内容）
乙は、次の業務を行う。
（1）学習済みモデルの開発及び評価
（2）学習済みモデルの精度の確認
"""


def test_the_opening_recitals_do_not_decide_a_topic_beside_clauses(tmp_path: Path) -> None:
    """The parties' recital and the purpose article say what the work is; the work's own clauses decide."""
    review = review_text(tmp_path, RECITALS_THEN_WORK_JA, "contract.md")
    assert review.topics["input-training-use"].status == "addressed"
    assert review.topics["input-training-use"].position == "neutral"


def test_a_name_given_with_its_article_names_the_party() -> None:
    """`--user-name "the Authority"` names the party the contract calls "The Authority"."""
    names = resolve_names(user_name="the Authority", vendor_name="the Provider")
    text = "11.2 The Authority may terminate this Agreement for convenience on ten days' notice to the Provider."
    assert analyse(text, "en", names).actor == "user"


def test_content_named_for_what_the_ai_does_is_an_output_but_the_users_content_is_not() -> None:
    from aicc.review.parties import output_terms

    text = (
        "1.1 The App records videos of your dog and returns training plans and progress notes generated by artificial "
        'intelligence ("Training Content"). "Your Content" means the videos and notes you upload, and any text the '
        "Service generates from them."
    )
    doc = document_from_text(text)
    names = resolve_names([doc])
    assert output_terms([doc], names) == ("Training Content",)


EXIT_BESIDE_CAUSE_EN = """# Analytics Platform Subscription Agreement

This Agreement is made between Harbourline Analytics Ltd ("Provider") and Kinoshita Foods K.K. ("Customer").

## 9. Term and termination

9.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within thirty (30) days after notice.

9.3 Provider may suspend Customer's access without prior notice if Provider reasonably determines that Customer's use poses a security risk to the Platform.
"""


@pytest.mark.parametrize(
    ("extra", "position"),
    [
        # the user's own exit on notice is what the rubric asks for beside the mutual right for cause and a suspension
        # for a cause the vendor names
        (
            "9.2 Customer may terminate any Order Form for convenience on sixty (60) days' prior written notice.\n",
            "favourable",
        ),
        ("", "neutral"),
    ],
)
def test_the_users_exit_on_notice_decides_termination_beside_mutual_causes(
    tmp_path: Path, extra: str, position: str
) -> None:
    review = review_text(tmp_path, EXIT_BESIDE_CAUSE_EN + extra, "agreement.md")
    assert review.topics["termination"].position == position


CHANGES_JA = """# 求人票作成AIサービス利用約款

第20条（本約款の変更）
1 当社は、民法第548条の4の規定に基づき、本約款を変更することができます。
2 当社は、本約款を変更する場合、変更後の内容及び効力発生日を、効力発生日の{days}日前までに契約者に通知します。
"""


@pytest.mark.parametrize(
    ("days", "extra", "position"),
    [
        # a fortnight's notice is neither the month the rubric asks for nor a change effective on posting
        ("14", "", "neutral"),
        ("30", "", "favourable"),
        # … unless another clause lets the vendor change the terms with no notice at all
        ("14", "3 当社は、緊急の場合には、事前の通知なく本約款を変更することができます。\n", "unfavourable"),
    ],
)
def test_a_change_on_short_notice_takes_no_side(tmp_path: Path, days: str, extra: str, position: str) -> None:
    review = review_text(tmp_path, CHANGES_JA.format(days=days) + extra, "terms.md")
    assert review.topics["unilateral-changes"].position == position


BASE_SOFTWARE_KEPT_JA = """# 面接文字起こしシステム開発委託契約書

株式会社アオバ人材（以下「甲」という。）と株式会社ミズキ音声（以下「乙」という。）は、次のとおり契約を締結する。

第12条（権利の帰属）
1 ベースソフトウェアに関する著作権その他の知的財産権は乙に留保されるものとし、乙は甲に対し、成果物の利用に必要な範囲で、ベースソフトウェアを非独占的に利用することを許諾する。
2 本システムが出力する要約レポートに関する権利は甲に帰属し、乙は、要約レポートについて何らの権利も主張しない。
"""


def test_the_vendors_base_software_is_no_output(tmp_path: Path) -> None:
    """The vendor keeping the software it builds on says nothing of who owns what the system produces."""
    review = review_text(tmp_path, BASE_SOFTWARE_KEPT_JA, "contract.md")
    assert review.topics["output-ownership"].position == "favourable"
