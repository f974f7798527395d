"""Look-alike subjects (data/lookalikes.yaml) and the {not:NAME} macro that rules open with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aicc import lookalikes as lookalike_module
from aicc import named_patterns
from aicc.errors import AiccError
from aicc.lookalikes import check_lookalikes, expand, lookalikes
from aicc.review.rules import validate_topic_data


def test_the_shipped_lists_are_valid_and_cover_what_the_rules_use() -> None:
    data = lookalikes()
    check_lookalikes(data)
    assert {"credentials", "charges-and-equipment", "export-control"} <= set(data)


@pytest.mark.parametrize(
    ("rule", "lang", "sentence", "matches"),
    [
        ("{not:credentials}.*\\bconfidential\\b", "en", "Customer Data is Customer's confidential information.", True),
        ("{not:credentials}.*\\bconfidential\\b", "en", "Keep your API key confidential.", False),
        ("{not:credentials}.*\\bconfidential\\b", "en", "Keep your PASSWORD confidential.", False),
        ("{not:credentials}[^。]*秘密", "ja", "契約者は、APIキーを秘密に管理する。", False),
        ("{not:credentials}[^。]*秘密", "ja", "当社は、入力データを秘密として扱う。", True),
        (
            "{not:charges-and-equipment}[^。]*終了.{0,60}返還",
            "ja",
            "本契約が終了したときは、前払いの利用料金を返還する。",
            False,
        ),
        (
            "{not:charges-and-equipment}[^。]*終了.{0,60}返還",
            "ja",
            "本契約が終了したときは、提供を受けた資料を返還する。",
            True,
        ),
        (
            "{not:charges-and-equipment}[^。]*削除.{0,60}(?:消滅|消去)",
            "ja",
            "アカウントが削除された場合、未使用の有料ポイントは全て消滅します。",
            False,
        ),
        ("{not:export-control}.*\\bstored\\b", "en", "Data is stored in compliance with export control laws.", False),
        ("{not:survival-list}.*\\bsurviv", "en", "9.4 Sections 3.2, 3.3, 4 and 6 survive termination.", False),
        ("{not:survival-list}.*\\bsurviv", "en", "The duties in this Section survive for three years.", True),
        ("{not:survival-list}[^。]*存続", "ja", "第6条、第8条及び第15条の規定は、終了後も存続します。", False),
        ("{not:survival-list}[^。]*存続", "ja", "本条の義務は、本契約終了後3年間存続する。", True),
        (
            "{not:claim-causes}.*契約不適合責任",
            "ja",
            "前項の賠償額は、債務不履行、契約不適合責任、不法行為その他請求原因の如何を問わず、委託料の額を上限とする。",
            False,
        ),
        ("{not:claim-causes}.*契約不適合責任", "ja", "乙は、引渡し後1年間、契約不適合責任を負う。", True),
        (
            "{not:claim-causes}.*\\bwarrant(?:y|ies)\\b",
            "en",
            "Total liability, whether in contract, tort, breach of warranty or otherwise, is capped at the fees paid.",
            False,
        ),
        (
            "{not:competing-products}[^。]*学習",
            "ja",
            "本サービスと競合するサービスの開発のための学習に利用する行為",
            False,
        ),
        ("{not:competing-products}[^。]*学習", "ja", "当社は、入力データをモデルの学習に利用します。", True),
        (
            "{not:business-records}[^。]*保存期間",
            "ja",
            "成果物は、甲の文書管理規程に定める保存期間に従い保存される。",
            False,
        ),
        (
            "{not:data-use-stopped}[^。]*利用を停止",
            "ja",
            "利用者は、設定画面からいつでもこの利用を停止できます。",
            False,
        ),
        ("{not:data-use-stopped}[^。]*利用を停止", "ja", "当社は、本サービスの利用を停止することができます。", True),
        (
            "{not:data-use-stopped}[^。]*提供を停止",
            "ja",
            "利用者がアプリの「データ提供設定」において提供を停止した場合、当社は学習を行いません。",
            False,
        ),
        (
            "{not:gap-filling}[^。]*関係法令に従",
            "ja",
            "この契約に定めのない事項については、関係法令に従い、甲乙協議のうえ定める。",
            False,
        ),
        (
            "{not:gap-filling}[^。]*法令に従",
            "ja",
            "この契約に定めのない事項については、日本法に準拠し、法令に従い甲乙協議のうえ定める。",
            True,
        ),
        ("{not:business-records}[^。]*年間保存", "ja", "乙は、作業記録を本業務完了後5年間保存する。", False),
        ("{not:business-records}[^。]*年間保存", "ja", "乙は、提供データを本業務完了後5年間保存する。", True),
        (
            "{not:business-records}.*\\bretain\\b",
            "en",
            "Reseller shall retain accurate records of all sublicences granted for three years.",
            False,
        ),
        ("{not:business-abroad}[^。]*国外", "ja", "利用者は、作成した俳句を国内外の俳句大会に応募できます。", False),
        (
            "{not:change-of-control}.*\\bchanges?\\b.{0,60}\\bnotice\\b",
            "en",
            "Either party may end this Agreement on notice after a change of control of the other.",
            False,
        ),
        (
            "{not:redistribution}[^。]*第三者に提供",
            "ja",
            "要約を転載その他の方法により第三者に提供してはなりません。",
            False,
        ),
        ("{not:wind-down}[^。]*利用を?中止", "ja", "甲は、本契約の終了後、本システムの利用を直ちに中止する。", False),
        ("{not:redistribution}[^。]*第三者に", "ja", "（3）予測情報を、当社の許諾なく第三者に販売する行為", False),
        (
            "{not:appi-consent}[^。]*第三者に提供",
            "ja",
            "当社は、法令に基づく場合を除き、ユーザーの同意を得ることなく、個人情報を第三者に提供しません。",
            False,
        ),
        ("{not:appi-consent}[^。]*第三者に提供", "ja", "乙は、甲の承諾なく、甲データを第三者に提供しない。", True),
        (
            "{not:staff-training}.*\\btraining\\b",
            "en",
            "Provider shall run two training sessions for Customer's staff.",
            False,
        ),
        ("{not:staff-training}.*\\btraining\\b", "en", "Provider shall not use Customer Data for training.", True),
        (
            "{not:service-materials}[^。]*著作権",
            "ja",
            "加工画像に含まれるテンプレート素材の著作権は当社に帰属します。",
            False,
        ),
        ("{not:competing-products}[^。]*学習", "ja", "（4）AI解説を大量に取得して学習に利用する行為", False),
        (
            "{not:feedback}.*\\bconfidential\\b",
            "en",
            "You agree that any Feedback you send us is not confidential.",
            False,
        ),
        (
            "{not:service-sharing}.*\\bthird\\s+part",
            "en",
            "You must not allow any third party to use your account.",
            False,
        ),
        ("{not:service-sharing}[^。]*第三者に", "ja", "（2）本サービスを第三者に利用させる行為", False),
        ("{not:service-sharing}[^。]*第三者に", "ja", "乙は、甲データを第三者に利用させてはならない。", True),
        (
            "{not:appi-consent}[^。]*同意",
            "ja",
            "当社は、要配慮個人情報を取得する場合には、あらかじめ利用者の同意を得るものとします。",
            False,
        ),
        (
            "{not:outage-damages}[^。]*第三者",
            "ja",
            "当社は、第三者のサービスの停止、障害又は情報漏えいその他の事由により利用者に生じた損害について責任を負いません。",
            False,
        ),
        (
            "{not:business-records}[^。]*終了後も",
            "ja",
            "甲は、本契約終了後も、成果物を甲の文書管理規程に従い保存する。",
            False,
        ),
        (
            "{not:redistribution}[^。]*第三者に",
            "ja",
            "（6）本サービスを通じて得た情報を営利目的で第三者に提供する行為",
            False,
        ),
        ("{not:wind-down}[^。]*利用を?中止", "ja", "当社は、いつでも本サービスの利用を中止させることができる。", True),
        (
            "{not:competing-products}[^。]*学習",
            "ja",
            "乙は、甲の同意なく、甲データを本件AIその他の機械学習モデルの学習に利用しない。",
            True,
        ),
        ("{not:credentials}.*\\bsecret\\b", "en", "Keep your keys secret and rotate them if one leaks.", False),
        (
            "{not:visibility-setting}.*\\bprivate\\b",
            "en",
            'The "Private Board" switch hides a board from the public showcase.',
            False,
        ),
        (
            "{not:visibility-setting}.*\\bconfidential\\b",
            "en",
            "Drafting help is off for any email your mail client has put in confidential mode.",
            False,
        ),
        ("{not:visibility-setting}.*\\bconfidential\\b", "en", "Your prompts are your confidential information.", True),
        (
            "{not:business-abroad}[^。]*海外",
            "ja",
            "乙が海外の学会において本研究成果を発表する場合も、前条の手続を適用する。",
            False,
        ),
        (
            "{not:business-abroad}[^。]*海外",
            "ja",
            "海外発送に関するレビューを要約する場合も、前各項を適用します。",
            False,
        ),
        (
            "{not:business-abroad}[^。]*海外",
            "ja",
            "海外の購入者への販売については、円建ての価格を基準に報酬を計算します。",
            False,
        ),
        (
            "{not:business-abroad}[^。]*海外",
            "ja",
            "甲の海外教室において本件システムを使う場合の条件は、別途協議する。",
            False,
        ),
        ("{not:business-abroad}[^。]*海外", "ja", "乙は、本件データを海外のサーバに保存することができる。", True),
        (
            "{not:competing-products}.*\\btrain\\b",
            "en",
            "(d) use Generated Audio to train a competing speech model;",
            False,
        ),
        (
            "{not:service-sharing}.*\\bothers\\b",
            "en",
            "(d) use the App to provide paid tarot readings to others.",
            False,
        ),
        ("{not:not-a-person}[^。]*診断", "ja", "甲は、獣医師による診断記録を毎週乙に提供する。", False),
        ("{not:not-a-person}[^。]*診断", "ja", "乙は、年1回以上、脆弱性診断を受け、その結果を甲に報告する。", False),
        ("{not:not-a-person}[^。]*診断", "ja", "お客様は、健康診断の結果を入力しないものとします。", True),
        ("{not:not-a-person}.*\\bhealth\\b", "en", "Customer will upload livestock health records each week.", False),
        (
            "{not:data-use-stopped}[^。]*停止",
            "ja",
            "お客様は、依頼者から個人データの訂正又は利用停止等の請求を受けた場合、当社に協力を求めることができます。",
            False,
        ),
        (
            "{not:other-contracts}[^。]*解約",
            "ja",
            "電力会社との契約の解約手続は、お客様が当該電力会社の定めに従って行います。",
            False,
        ),
        ("{not:claims-survive}[^。]*解除", "ja", "本契約の解除は、損害賠償の請求を妨げない。", False),
        (
            "{not:claims-survive}[^。]*解除",
            "ja",
            "甲は、乙が本契約に違反したときは、本契約を解除することができる。",
            True,
        ),
        (
            "{not:processor-staff}.*\\bconfidential\\w*",
            "en",
            "We will ensure that our personnel are bound by confidentiality.",
            False,
        ),
        (
            "{not:cap-carve-outs}.*\\bconfidential\\w*",
            "en",
            "Except for breach of Clause 5 (Confidentiality), each party's liability will not exceed the fees paid.",
            False,
        ),
        (
            "{not:public-authorities}[^。]*管轄",
            "ja",
            "利用者の事業所を管轄する消費生活センターから改善の申入れを受けたとき",
            False,
        ),
        (
            "{not:physical-goods}[^。]*保管期間",
            "ja",
            "貨物の保管期間及び温度帯は、配送計画の制約条件として入力される。",
            False,
        ),
        (
            "{not:claims-survive}[^。]*解除",
            "ja",
            "前項により本契約が解除された場合でも、当事者の相手方に対する損害賠償請求は妨げられない。",
            False,
        ),
        (
            "{not:rights-outlive-the-end}.*\\bsurviv\\w*",
            "en",
            "The Developer may keep using the models, and this right survives the expiry or termination of this Agreement.",
            False,
        ),
        (
            "{not:rights-outlive-the-end}.*\\bsurviv\\w*",
            "en",
            "This Clause 8 survives termination for three years.",
            True,
        ),
        ("{not:business-abroad}[^。]*海外", "ja", "海外船級協会の型式承認の取得は本件業務に含まない。", False),
        ("{not:business-abroad}[^。]*海外", "ja", "高校1年生の海外研修の期間中は、本検証を休止する。", False),
        ("{not:visibility-setting}.*\\bprivate\\b", "en", "Private Gallery is a display setting only.", False),
        (
            "{not:business-records}.*\\bkeep\\b",
            "en",
            "Licensee shall keep records of the systems and users that access the Licensed Data for three years.",
            False,
        ),
        (
            "{not:service-materials}[^。]*権利",
            "ja",
            "生成物に含まれる標準モデル集の家具3Dモデル自体の権利は、当社に留保されます。",
            False,
        ),
        (
            "{not:device-locked}[^。]*停止",
            "ja",
            "受託者は、端末の紛失又は盗難の連絡を受けたときは、遠隔操作により端末の利用停止の措置をとる。",
            False,
        ),
        (
            "{not:vendor-materials-returned}.*\\bdestroy\\b",
            "en",
            "On termination, the Licensee shall stop installing the Model and shall return or destroy all copies of the Model files.",
            False,
        ),
        (
            "{not:vendor-materials-returned}.*\\bdelete\\b",
            "en",
            "On termination, the Provider shall delete all Customer Data.",
            True,
        ),
        (
            "{not:vendor-materials-returned}[^。]*返還",
            "ja",
            "契約者は、本契約の終了後、当社から受領したAPI仕様書を当社に返還する。",
            False,
        ),
        (
            "{not:business-records}.*\\bretain\\b",
            "en",
            "The Customer shall continue to retain its own transaction records for the period required by law.",
            False,
        ),
        ("{not:business-abroad}[^。]*海外", "ja", "甲が海外の現場に本研究の成果を展開する場合も同様とする。", False),
        (
            "{not:plan-changes}.*\\bchange\\b",
            "en",
            "Customer may change its own Sequences and templates at any time.",
            False,
        ),
        (
            "{not:human-learning}[^。]*学習",
            "ja",
            "操作研修は職員のための研修であり、AIモデルの学習とは関係がない。",
            False,
        ),
        (
            "{not:export-control}.*\\bcountr",
            "en",
            "The Licensee shall not make the Licensed Corpus available to any person on a sanctions list or in a sanctioned country.",
            False,
        ),
        (
            "{not:vendor-materials-returned}.*\\bdestroy\\b",
            "en",
            "On termination the Licensee shall stop training and destroy all copies of the Licensed Corpus.",
            False,
        ),
        (
            "{not:business-records}[^。]*保存",
            "ja",
            "甲は、医師法第24条に基づき診療録を5年間保存する義務を負うことを確認する。",
            False,
        ),
        ("{not:business-abroad}[^。]*海外", "ja", "「海外口座への移管」に関する問合せは、担当者が確認する。", False),
        ("{not:service-sharing}[^。]*第三者に", "ja", "（5）本サービスを第三者に再販売し、又は利用させる行為", False),
        (
            "{not:other-contracts}.*\\bconfidential\\w*",
            "en",
            "Customer is responsible for uploading only contracts it may share under any confidentiality clauses agreed with its counterparties.",
            False,
        ),
        (
            "{not:inquiry-categories}[^。]*(?:約款|解約).{0,30}",
            "ja",
            "問合せは、口座解約、約款改定に関する照会、苦情その他に分類する。",
            False,
        ),
        (
            "{not:fees-at-the-end}[^。]*解約",
            "ja",
            "年間契約プランの途中で解約したときであっても、既に支払われた年間利用料は返金されません。",
            False,
        ),
        (
            "{not:fees-at-the-end}[^。]*解除",
            "ja",
            "本契約が解除された場合、受託者は、解除の日までに履行した割合に応じた委託料を請求することができる。",
            False,
        ),
        (
            "{not:fees-at-the-end}[^。]*解除",
            "ja",
            "甲は、乙が本契約に違反したときは、本契約を解除することができる。",
            True,
        ),
        (
            "{not:other-contracts}[^。]*終了",
            "ja",
            "作業員が派遣契約の終了により就業を終えた場合も、動線データは期間内で保存される。",
            False,
        ),
        (
            "{not:public-authorities}[^。]*管轄",
            "ja",
            "協会の管轄区域内に所在する中小企業者からの保証申込みを対象とする。",
            False,
        ),
        (
            "{not:user-contractors}[^。]*委託",
            "ja",
            "利用者は、その下請業者である職人に写真を投稿させることができ、当該作業の委託について責任を負う。",
            False,
        ),
        (
            "{not:appi-consent}.*\\bthird\\s+part",
            "en",
            "We will not provide your personal data to any third party without your consent except as permitted by law.",
            False,
        ),
        (
            "{not:appi-consent}.*\\bthird\\s+part",
            "en",
            "We will not provide Customer Data to any third party without Customer's consent.",
            True,
        ),
        (
            "{not:survival-list}.*\\bconfidential",
            "en",
            "Clauses 4.1 (to the extent needed to complete deletion), 6, 7 and 11 survive; confidential matters too.",
            False,
        ),
        ("{not:add-ons}.*\\bcancel", "en", "You may cancel an add-on separately from the main subscription.", False),
        ("{not:add-ons}.*\\bcancel", "en", "You may cancel your subscription at any time.", True),
        ("{not:add-ons}[^。]*解約", "ja", "翻訳オプションのみを解約することもできます。", False),
        (
            "{not:subject-themes}.*\\bconfidential",
            "en",
            "The library includes modules on topics such as confidentiality.",
            False,
        ),
        ("{not:subject-themes}[^。]*機密", "ja", "情報管理や機密保持をテーマとする動画教材を提供します。", False),
        ("{not:credentials}.*\\bconfidential", "en", "You must keep your PIN confidential.", False),
        (
            "{not:data-use-stopped}.*\\bdisclos",
            "en",
            "You can ask us to disclose, correct or delete the data we hold about you.",
            False,
        ),
        ("{not:business-abroad}[^。]*海外", "ja", "海外の依頼者との面談記録も要約できます。", False),
        (
            "{not:model-provenance}.*\\btraining",
            "en",
            "We make no promise about any hosted model or its training data.",
            False,
        ),
        (
            "{not:confidential-computing}.*\\bconfidential",
            "en",
            "The Confidential Computing option runs models in isolated enclaves.",
            False,
        ),
        (
            "{not:work-arrangements}[^。]*変更",
            "ja",
            "委託者は、受付時間を変更する場合、30日前までに受託者に通知する。",
            False,
        ),
        (
            "{not:survival-list}[^。]*秘密",
            "ja",
            "第8条（秘密保持）、第12条（損害賠償）及び第20条の規定は、本契約の終了後も効力を有する。",
            False,
        ),
        ("{not:physical-goods}[^。]*保管", "ja", "予冷庫での保管期間は甲が定める。", False),
        (
            "{not:user-contractors}[^。]*第三者の(?:設備|システム)",
            "ja",
            "障害の原因が甲が委託する第三者のシステムにある場合、乙はその復旧について責任を負わない。",
            False,
        ),
        (
            "{not:other-contracts}[^。]*終了",
            "ja",
            "甲がオペレーターとの雇用契約を終了させた場合の引継ぎは、甲が自ら行う。",
            False,
        ),
        ("{not:receipt-clock}[^。]*消去", "ja", "乙は、受領日から60日以内に録音データを消去する。", False),
        ("{not:receipt-clock}[^。]*消去", "ja", "乙は、本契約の終了後30日以内に録音データを消去する。", True),
        (
            "{not:records-requests}.*\\bconfidential",
            "en",
            "Where the Council answers a request under freedom of information law, it will consult the Vendor on confidential parts.",
            False,
        ),
        (
            "{not:vendor-materials-returned}.*\\bdelete",
            "en",
            "On expiry, Licensee will cease use of the Imagery and delete all copies of it.",
            False,
        ),
        (
            "{not:staff-training}.*\\btraining",
            "en",
            "All Provider Personnel complete onboarding training on local invoicing rules.",
            False,
        ),
    ],
)
def test_a_rule_skips_its_look_alike_sentences(rule: str, lang: str, sentence: str, matches: bool) -> None:
    pattern = re.compile(expand(rule, lang), re.IGNORECASE if lang == "en" else 0)
    assert bool(pattern.search(sentence)) is matches


def test_several_macros_skip_each_subject() -> None:
    pattern = re.compile(expand(r"{not:credentials}{not:contract-assignment}.*\bthird\s+part", "en"), re.IGNORECASE)
    assert pattern.search("Provider may share Customer Data with a third party.")
    assert not pattern.search("You must not share your password with a third party.")
    assert not pattern.search("Neither party may assign this Agreement to a third party without consent.")


def test_a_rule_without_the_macro_is_unchanged() -> None:
    assert expand(r"\bsecret\b", "en") == r"\bsecret\b"


@pytest.mark.parametrize(
    ("rule", "lang", "message"),
    [
        ("{not:nothing-like-it}secret", "en", "unknown look-alike 'nothing-like-it' for en rules"),
        ("{not:charges-and-equipment}refund", "en", "unknown look-alike 'charges-and-equipment' for en rules"),
        ("secret{not:credentials}", "en", "must open the rule"),
        ("{not:credentials}x{not:export-control}", "en", "must open the rule"),
    ],
)
def test_a_bad_macro_is_an_error(rule: str, lang: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        expand(rule, lang)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (None, "expected a mapping"),
        ({}, "expected a mapping"),
        ({"Credentials": {"en": "x"}}, "bad subject name"),
        ({"credentials": "password"}, "expected words under 'ja' and/or 'en'"),
        ({"credentials": {"fr": "mot de passe"}}, "expected words under 'ja' and/or 'en'"),
        ({"credentials": {"en": "(password"}}, "credentials.en: bad regular expression"),
        ({"credentials": {"en": 3}}, "credentials.en: bad regular expression"),
    ],
)
def test_a_bad_lookalikes_file_is_an_error(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        check_lookalikes(data)


def test_topic_rules_may_only_name_known_lookalikes() -> None:
    validate_topic_data({"input-confidentiality": {"kind": "vendor-duty", "en": ["{not:credentials}.*secret"]}})
    with pytest.raises(ValueError, match=re.escape("topics.yaml: input-confidentiality: unknown look-alike")):
        validate_topic_data({"input-confidentiality": {"kind": "vendor-duty", "en": ["{not:passwords}.*secret"]}})


def test_the_look_alikes_every_rule_opens_with_are_shared() -> None:
    rules = ["{not:credentials}{not:statistics}.*\\bdisclos", "{not:statistics}.*\\bshare"]
    shared = lookalike_module.shared(rules, "en")
    assert shared is not None
    assert re.match(shared, "We publish aggregated statistics about usage.", re.I)
    assert not re.match(shared, "Keep your password secret.", re.I)  # credentials opens only one rule
    assert lookalike_module.shared(["{not:credentials}.*x", ".*y"], "en") is None


def test_a_name_given_twice_is_an_error_not_the_last_one_winning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "twice.yaml").write_text(
        "credentials:\n  en: a\nstatistics:\n  en: b\ncredentials:\n  en: c\n"
    )
    monkeypatch.setattr(named_patterns.resources, "files", lambda package: tmp_path)
    with pytest.raises(AiccError, match=re.escape("duplicate key 'credentials' (first given on line 1)")):
        named_patterns.load_named_patterns("twice.yaml", "look-alike", "words")
