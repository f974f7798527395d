"""Parties, their aliases and roles: preambles, terms of service without one, and overrides."""

from __future__ import annotations

from pathlib import Path

from aicc.ingest import document_from_text
from aicc.models import Party

FIXTURES = Path(__file__).parent / "fixtures" / "segment"


def parties(text: str, **kw: str) -> dict[str, Party]:
    doc = document_from_text(text, **kw)  # type: ignore[arg-type]
    return {p.role: p for p in doc.parties}


def load(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_entrustment_makes_the_entrusting_party_the_user() -> None:
    found = parties(load("ja/01-dev-kou.txt"))
    assert found["user"].name == "株式会社みなと商事" and found["user"].aliases == ["甲"]
    assert found["vendor"].name == "株式会社ソラリス・ラボ" and found["vendor"].aliases == ["乙"]


def test_role_words_decide_roles() -> None:
    found = parties(load("ja/07-entrust-brackets.txt"))
    assert found["user"].aliases == ["委託者"] and found["user"].name == "あおい食品株式会社"
    assert found["vendor"].aliases == ["受託者"]
    found = parties(load("en/05-saas-exhibit.txt"))
    assert found["vendor"].name == "Cobalt Cloud Inc." and found["vendor"].aliases == ["Provider"]
    assert found["user"].name == "Redwood Clinics LLC" and found["user"].aliases == ["Customer"]


def test_a_role_the_name_gives_outranks_one_the_verbs_vote_for() -> None:
    text = (
        'These terms supplement the agreement between Halcyra Software, Inc. ("**Halcyra**") and the customer '
        'entity identified in that agreement ("**Customer**").\n\n'
        "1. Halcyra will not use Prompts to train models. Halcyra may use subprocessors. Halcyra uses logs to "
        "debug. Halcyra will use reasonable care.\n"
    )
    found = parties(text)
    assert found["vendor"].aliases == ["Halcyra"] and found["user"].aliases == ["Customer"]


def test_japanese_terms_of_service_without_a_preamble() -> None:
    text = "第1条（適用）\n本規約は、当社が提供するサービスの利用に適用されます。\n第2条（禁止事項）\nお客様は、当社の運営を妨げてはなりません。利用者は法令を守ります。お客様は規約に従います。利用者の責任とします。"
    found = parties(text)
    assert found["vendor"].aliases == ["当社"]
    assert set(found["user"].aliases) == {"お客様", "利用者"}


def test_english_terms_of_service_we_and_you() -> None:
    found = parties(load("en/03-tos-we-you.txt"))
    assert {"We", "us", "our"} <= set(found["vendor"].aliases)
    assert {"you", "your"} <= set(found["user"].aliases)


def test_span_shows_the_party() -> None:
    doc = document_from_text(load("en/01-articles.txt"))
    customer = next(p for p in doc.parties if p.role == "user")
    assert doc.text[customer.start : customer.end].startswith("Harbor Retail Inc.")
    assert doc.text[customer.start : customer.end].endswith('("Customer")')


def test_overrides_win_and_the_other_party_takes_the_other_role() -> None:
    text = load("en/06-roman-articles.txt")
    assert {p.role for p in document_from_text(text).parties} == {"unknown"}
    found = parties(text, vendor_name="Birch Sensor")
    assert found["vendor"].name == "Birch Sensor GmbH" and found["user"].name == "Atlas Robotics Corp."
    found = parties(load("ja/01-dev-kou.txt"), vendor_name="甲")
    assert found["vendor"].aliases == ["甲"] and found["user"].aliases == ["乙"]


def test_unknown_override_name_is_a_warning() -> None:
    doc = document_from_text(load("en/01-articles.txt"), user_name="Nobody Corp")
    assert any("Nobody Corp" in w for w in doc.warnings)
    assert {p.role for p in doc.parties} == {"user", "vendor"}


JOINT_DEVELOPMENT = (
    "株式会社あさひ工業（以下「甲」という。）と株式会社ミライ解析（以下「乙」という。）は、次のとおり契約を締結する。\n"
    "第1条 甲は、乙に対し、本開発に必要な製品画像データを、別紙に定める方法により提供する。\n"
    "第2条 乙は、提供データを本開発の目的のためにのみ利用するものとする。\n"
    "第3条 甲は、生成された判定結果を自由に利用することができる。\n"
    "第4条 乙は、甲に対し、本モデルの利用に必要な範囲で、乙既存技術を利用することを許諾する。\n"
)


def test_in_a_development_contract_the_party_giving_data_is_the_user() -> None:
    # 甲 "uses" the outputs and 乙 "uses" the data it was given: only the second makes a vendor
    found = parties(JOINT_DEVELOPMENT)
    assert found["user"].aliases == ["甲"] and found["vendor"].aliases == ["乙"]


CUSTOMISATION = (
    "株式会社みなと商会（以下「甲」という。）と株式会社ソラ技研（以下「乙」という。）は、次のとおり契約を締結する。\n"
    "第1条 乙は、甲に対し、大規模言語モデルを利用した回答生成システムを構築する。\n"
    "第2条 甲は、乙から本システムの納入を受けた日から20営業日以内に検査を行う。\n"
    "第3条 乙は、甲から取扱いを委託された個人情報を適切に管理する。\n"
    "第4条 乙は、本業務の一部を第三者に再委託することができる。\n"
    "第5条 乙は、甲に対し、成果物を利用する非独占的な権利を許諾する。\n"
)


def test_receiving_delivery_being_entrusted_and_subcontracting_point_the_right_way() -> None:
    # 「納入を受けた」 is the user's, 「委託された」 and 「再委託する」 are the vendor's
    found = parties(CUSTOMISATION)
    assert found["user"].aliases == ["甲"] and found["vendor"].aliases == ["乙"]


ACCEPTANCE_AND_REPAIR = (
    "株式会社やまぶき食品（以下「甲」という。）と株式会社ノルテ解析（以下「乙」という。）は、次のとおり契約を締結する。\n"
    "第1条 「提供データ」とは、甲が乙に提供する出荷実績、販売実績その他のデータをいう。\n"
    "第2条 乙は、甲が事前に書面で承諾した範囲において、提供データを統計的に処理した情報を利用することができる。\n"
    "第3条 甲は、納入後15営業日以内に成果物の検査を行い、その結果を乙に通知する。\n"
    "第4条 甲は、乙に対し、成果物の修補又は代替物の引渡しを請求することができる。\n"
    "第5条 乙は、成果物を納入期日までに甲に納入する。\n"
)


def test_giving_data_inspecting_after_delivery_and_claiming_repair_are_the_users() -> None:
    # 「甲が乙に提供する…データ」 hands data over; 「甲が…承諾した範囲において」 is a circumstance of
    # 乙's use; 「納入後」 and 「修補…を請求」 are what the user does once the vendor has delivered
    found = parties(ACCEPTANCE_AND_REPAIR)
    assert found["user"].aliases == ["甲"] and found["vendor"].aliases == ["乙"]


TRIAL_AGREEMENT = (
    "みなと川市（以下「甲」という。）と株式会社ロードワークス（以下「乙」という。）は、次のとおり協定を締結する。\n"
    "第1条 「本件データ」とは、甲が乙に提供する道路台帳、補修履歴その他の資料をいう。\n"
    "第2条 乙は、本件データを本実証実験の目的の範囲内でのみ利用するものとする。\n"
    "第3条 乙は、本実証実験に係る業務の一部を第三者に委託しようとするときは、あらかじめ甲に書面で通知する。\n"
    "第4条 甲は、乙に対し、協力費を支払う。\n"
)


def test_using_the_data_given_and_handing_work_to_a_third_party_are_the_vendors() -> None:
    # 「本件データを…利用する」 is the party building the AI; 「第三者に委託」 is subcontracting, not entrusting
    found = parties(TRIAL_AGREEMENT)
    assert found["user"].aliases == ["甲"] and found["vendor"].aliases == ["乙"]


def test_a_public_body_that_offers_the_service_to_residents_stays_the_user() -> None:
    # 甲 "provides" a chatbot to residents, so its verbs vote vendor like 乙's; the 「利用者」 the
    # chatbot serves are no third party to the contract, and the two parties take opposite roles
    text = (
        "みどり市（以下「甲」という。）と株式会社ハルカゼ・テック（以下「乙」という。）は、甲が市民に提供する"
        "観光案内AIチャットボットの構築業務の委託について、次のとおり契約を締結する。\n"
        "第1条 甲は、本業務を乙に委託し、乙はこれを受託する。\n"
        "第2条 「利用者」とは、本システムを利用する市民及び来訪者をいう。利用者の入力情報は甲に帰属する。\n"
        "第3条 乙は、本システムを構築し、甲に納入する。乙は、本システムの保守を行う。\n"
    )
    found = parties(text)
    assert found["user"].aliases == ["甲"] and found["vendor"].aliases == ["乙"]
    assert len(document_from_text(text).parties) == 2


def test_a_vendor_that_uses_its_own_tools_is_still_the_vendor() -> None:
    # 乙 "uses" AI services five times as a means of doing the work; 甲 entrusts the work and pays
    text = (
        "株式会社ひかり損保（以下「甲」という。）と株式会社つばさサポート（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
        "第1条 甲は乙に対し、問合せ対応業務を委託し、乙はこれを受託する。\n"
        "第2条 甲は乙に対し、本業務の対価として委託料を支払う。\n"
        "第3条 乙は、本業務において音声認識サービスを利用する場合、事前に甲に通知する。\n"
        "第4条 乙は、要約作成のために生成AIを利用するものとする。\n"
        "第5条 乙は、通話データを日本国内のサーバーでのみ利用する。\n"
        "第6条 乙は、甲の承諾を得て、録音を研修に利用することができる。\n"
        "第7条 乙は、翻訳エンジンを利用する場合、その提供者を甲に通知する。\n"
    )
    found = parties(text)
    assert found["user"].aliases == ["甲"] and found["vendor"].aliases == ["乙"]


def test_in_a_joint_development_the_party_giving_data_and_paying_is_the_user() -> None:
    # 甲 hands its records to 乙 and pays; 乙 keeps them from third parties, uses them, and answers for its
    # subcontractor: no word of either party's name decides it
    text = (
        "みどり醸造株式会社（以下「甲」という。）と株式会社センサリア（以下「乙」という。）は、次のとおり共同開発契約を締結する。\n\n"
        "第1条 「甲提供データ」とは、甲が本開発のために乙に提供する仕込記録その他の情報をいう。\n"
        "第2条 甲は、開発負担金を乙の指定する口座に振り込む方法により支払う。\n"
        "第3条 乙は、甲提供データを本開発の目的にのみ使用し、甲の承諾なく、これを第三者に開示してはならない。\n"
        "第4条 乙は、甲提供データを統計的に処理して甲を識別できない形式に加工したデータを、乙のモデルの改良のために利用することができる。\n"
        "第5条 乙は、業務を委託する場合、当該委託先に本契約と同等の義務を負わせる。\n"
    )
    found = parties(text)
    assert found["user"].aliases == ["甲"] and found["vendor"].aliases == ["乙"]
