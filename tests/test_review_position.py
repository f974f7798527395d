"""Position judgement read with its actor and with negation (Japanese and English)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from aicc.catalog import load_catalog
from aicc.review.embeddings import Embedder
from aicc.review.engine import Engine
from aicc.review.modality import analyse, negated
from aicc.review.parties import resolve_names
from aicc.review.units import Lists, line_unit
from aicc.review.wording import addresses_nothing_alone


def _judge(item_id: str, text: str, lang: str, role: str = "user") -> str:
    item = load_catalog().item(item_id)
    engine = Engine(items=[item], names=resolve_names(), role=role, embedder=None)
    return engine.judge_item(item, line_unit(text, lang)).position


# ------------------------------------------------------------------ actor of a burden cue

VENDOR_BEARS_JA = (
    "本成果物が第三者の知的財産権を侵害するとして甲が第三者から請求を受けた場合、"
    "乙は、自らの費用と責任においてこれを解決し、甲に生じた損害を賠償する。"
)
USER_BEARS_JA = (
    "本成果物が第三者の知的財産権を侵害するとして乙が第三者から請求を受けた場合、"
    "甲は、自らの費用と責任においてこれを解決し、乙に生じた損害を賠償する。"
)


def test_a_cost_the_vendor_bears_is_favourable_for_the_user() -> None:
    assert _judge("OUT-USE-06", VENDOR_BEARS_JA, "ja") == "favourable"
    assert _judge("OUT-USE-06", VENDOR_BEARS_JA, "ja", role="vendor") == "unfavourable"


def test_the_same_cost_borne_by_the_user_is_unfavourable_for_the_user() -> None:
    assert _judge("OUT-USE-06", USER_BEARS_JA, "ja") == "unfavourable"
    assert _judge("OUT-USE-06", USER_BEARS_JA, "ja", role="vendor") == "favourable"


def test_sole_responsibility_is_read_with_who_takes_it_in_english() -> None:
    vendor = (
        "Provider shall be solely responsible for resolving any claim that Output infringes a third party's rights."
    )
    user = "Customer shall be solely responsible for resolving any claim that Output infringes a third party's rights."
    assert _judge("OUT-USE-06", vendor, "en") == "favourable"
    assert _judge("OUT-USE-06", user, "en") == "unfavourable"


def test_a_refused_responsibility_is_read_with_who_refuses_it() -> None:
    """「一切の責任を負わない」 hurts the user when the vendor says it, and helps it when the user does."""
    vendor = "当社は、お客様の送信内容の流出について一切の責任を負わないものとします。"
    user = "お客様は、送信内容の流出について一切の責任を負わないものとします。"
    assert _judge("IN-USE-04", vendor, "ja") == "unfavourable"
    assert _judge("IN-USE-04", user, "ja") == "favourable"


def test_a_use_for_the_users_own_business_is_not_the_vendors_business_use() -> None:
    text = "Subject to these Terms, we grant you a non-exclusive right to use the Service for your internal business purposes."
    assert _judge("IN-USE-01", text, "en") != "unfavourable"
    vendor_use = "We may use what you submit for our business purposes generally."
    assert _judge("IN-USE-01", vendor_use, "en") == "unfavourable"


# ------------------------------------------------------------------ scoped grants


@pytest.mark.parametrize(
    ("item_id", "text", "lang"),
    [
        ("IN-OWN-02", "甲は、本件業務の遂行に必要な範囲で、提供データを乙に提供する。", "ja"),
        (
            "IN-OWN-02",
            "You grant us a worldwide, non-exclusive licence to host, copy and process Customer Content "
            "only as needed to provide, secure and support the Service.",
            "en",
        ),
    ],
)
def test_data_given_only_as_far_as_the_work_needs_is_favourable(item_id: str, text: str, lang: str) -> None:
    assert _judge(item_id, text, lang) == "favourable"
    assert _judge(item_id, text, lang, role="vendor") == "unfavourable"


def test_an_unscoped_worldwide_licence_stays_unfavourable() -> None:
    text = "You grant us a worldwide, perpetual, irrevocable licence to use, copy and publish your content."
    assert _judge("IN-OWN-02", text, "en") == "unfavourable"


# ------------------------------------------------------------------ negation


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("お客様の入力データは、当社のAIモデルの学習に利用されることはありません。", "ja"),
        ("入力データが当社のモデルの学習に利用されることは一切ございません。", "ja"),
        ("当社は、お客様の入力データをAIモデルの学習に利用いたしません。", "ja"),
        ("乙は、提供データを学習に利用しないものとする。", "ja"),
        ("乙は、提供データを学習に利用してはならない。", "ja"),
        ("お客様のプロンプトは、当社のモデルの学習に利用されません。", "ja"),
        ("当社は、入力データを学習に利用することはない。", "ja"),
        ("Your inputs will not be used to train our models.", "en"),
        ("Customer Data is not used to train or improve any model.", "en"),
        ("In no event will Provider use Customer Data to train its models.", "en"),
        ("We never use your prompts to train our models.", "en"),
        ("Provider does not use Customer Data to train AI models.", "en"),
        ("Provider is not permitted to use Customer Data to train its models.", "en"),
        ("Provider may not use Customer Data to train its models.", "en"),
    ],
)
def test_a_promise_not_to_train_is_favourable_for_the_user(text: str, lang: str) -> None:
    assert _judge("IN-USE-02", text, lang) == "favourable"
    assert _judge("IN-USE-02", text, lang, role="vendor") == "unfavourable"


@pytest.mark.parametrize(
    ("text", "lang", "actor", "modality"),
    [
        ("お客様の入力データは、当社のAIモデルの学習に利用されることはありません。", "ja", "none", "prohibit"),
        ("当社は、一切の責任を負わないものとします。", "ja", "vendor", "disclaim"),
        # 「責任も負わない」, and a 「損害について責任を負わない」 whose closing negation is the disclaimer's
        ("提供者は何らの責任も負わない。", "ja", "vendor", "disclaim"),
        # a second clause whose own topic is no party, closed by a passive: nobody acts
        (
            "会員は、いつでも同意を取り消すことができ、取消し後に送信された写真は学習に利用されません。",
            "ja",
            "none",
            "prohibit",
        ),
        # a second clause with its own subject holds the main predicate; 「応じません」 refuses
        (
            "利用契約が終了した場合、利用者は管理画面にアクセスすることができなくなり、当社は、データの返還の請求には応じません。",
            "ja",
            "vendor",
            "prohibit",
        ),
        # ... with or without a comma after its は
        (
            "甲は乙に対して当該個人情報の取扱いを委託するものとし、乙は委託先として関係法令を遵守する。",
            "ja",
            "vendor",
            "oblige",
        ),
        # a name that opens a defined term is no actor
        ("Customer Data shall at all times be deemed confidential.", "en", "none", "oblige"),
        # a clause joined by "and" has the name right before its verb as its subject
        (
            "When your account is closed, your licence to use the Platform ends and we may delete Your Content.",
            "en",
            "vendor",
            "permit",
        ),
        # after "X may, but", the verb shares X as its subject
        ("We may, but are not obligated to, delete your account and any User Content.", "en", "vendor", "not-obliged"),
        ("乙は、基盤モデルに起因して甲に生じた損害について責任を負わない。", "ja", "vendor", "disclaim"),
        # a change whose effect nothing hinders is a change the vendor may make
        (
            "当社は、通知を行わなかったことにより本規約の変更の効力が妨げられることはありません。",
            "ja",
            "vendor",
            "permit",
        ),
        ("ユーザが同種の機能を自ら開発することは、本契約によって何ら制限されない。", "ja", "user", "permit"),
        # the subject of a noun's modifier 「甲が乙に支払った委託料」 is not the actor; a cap is a limit on liability
        ("前項の賠償額は、本契約に基づき甲が乙に支払った委託料の総額を上限とする。", "ja", "none", "disclaim"),
        # (and 「甲が…書面で明示したもの」: what a party marked is a noun, not the party acting)
        (
            "提供データは、甲が提供の際に秘密である旨を書面で明示したものに限り、秘密情報とする。",
            "ja",
            "none",
            "oblige",
        ),
        ("乙が甲の書面による承諾を得ずに提供データを利用する。", "ja", "vendor", "oblige"),
        ("Customer Data is not used to train our models.", "en", "none", "prohibit"),
        ("In no event will Provider use Customer Data to train models.", "en", "vendor", "prohibit"),
        ("In no event shall Provider be liable for indirect damages.", "en", "vendor", "disclaim"),
        ("Customer is not permitted to reverse engineer the Service.", "en", "user", "prohibit"),
        # after a clause of time or condition, the name right before the verb acts
        ("Within 60 days after your account is closed we will delete your data.", "en", "vendor", "oblige"),
        # consumer terms speak to the user in the imperative, politely too
        ("Please don't upload other people's contact details.", "en", "user", "prohibit"),
        # time given to act is a right, not a duty
        ("After the Agreement ends, Customer will have 30 days to export its Content.", "en", "user", "permit"),
        # a clause number inside does not end the sentence
        (
            "Provider's aggregate liability under Clause 10.2 in any contract year shall not exceed the fees paid.",
            "en",
            "vendor",
            "disclaim",
        ),
    ],
)
def test_negated_and_passive_forms(text: str, lang: str, actor: str, modality: str) -> None:
    result = analyse(text, lang, resolve_names())
    assert (result.actor, result.modality) == (actor, modality)


# ------------------------------------------------------------------ speed helpers


class _CountingEmbedder(Embedder):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def _load(self) -> object:
        outer = self

        class _Model:
            def encode(self, texts: list[str]) -> np.ndarray:
                outer.seen.extend(texts)
                return np.array([[float(len(t)), 1.0, 0.0, 0.0] for t in texts], dtype=np.float32)

        return _Model()


def test_a_sentence_repeated_under_another_number_is_encoded_once() -> None:
    embedder = _CountingEmbedder()
    texts = ["4.2 We may use your data.", "12.2 We may use your data.", "We shall never use your data at all."]
    vectors = embedder.encode(texts)
    assert embedder.seen == ["4.2 We may use your data.", "We shall never use your data at all."]
    assert vectors.shape == (3, 4)
    assert np.array_equal(vectors[0], vectors[1])
    assert not np.array_equal(vectors[0], vectors[2])


def test_the_cached_model_weights_give_the_same_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AICC_CACHE", str(tmp_path))
    texts = ["当社は、入力データを学習に利用しません。", "We never train on your data."]
    built = Embedder().encode(texts)  # inflates the shipped weights and writes the cache
    assert any(path.name.startswith("usem3-weights-") for path in tmp_path.iterdir())
    cached = Embedder().encode(texts)  # loads the cache
    assert np.allclose(built, cached)


# ------------------------------------------------------------------ cases found on the AI-terms benchmark


@pytest.mark.parametrize(
    ("item_id", "text", "lang", "position"),
    [
        # a vendor right for cause vs at will
        (
            "X-TERM-01",
            "We may suspend or terminate your account if you materially breach these Terms.",
            "en",
            "favourable",
        ),
        ("X-TERM-01", "We may suspend or terminate your account at any time, for any reason.", "en", "unfavourable"),
        (
            "X-TERM-01",
            "乙は、甲が本契約に違反し、催告後も是正しないときは、本契約を解除することができる。",
            "ja",
            "favourable",
        ),
        (
            "X-TERM-01",
            "当社は、いつでも、理由の如何を問わず、本サービスの提供を停止することができます。",
            "ja",
            "unfavourable",
        ),
        # input declared not confidential
        ("IN-ID-04", "入力データは、当社の秘密情報としては取り扱われません。", "ja", "unfavourable"),
        # the owner named inside a longer phrase before に帰属
        (
            "OUT-OWN-01",
            "生成物に関する著作権その他の権利は、当社又は当社にライセンスを許諾する者に帰属します。",
            "ja",
            "unfavourable",
        ),
        (
            "OUT-OWN-01",
            "生成物に関する著作権その他の権利は、お客様又はお客様が指定する者に帰属します。",
            "ja",
            "favourable",
        ),
        # an explicit cue outweighs the neutral reading of "the vendor may keep"
        (
            "IN-USE-05",
            "当社は、入力データを、当社が必要と判断する期間、保存することができるものとします。",
            "ja",
            "unfavourable",
        ),
        # use the user must switch on is opt-in
        (
            "IN-USE-02",
            "Vendor will not use Prompts to train any model, except that if a Customer administrator affirmatively "
            "enables the Model Improvement setting, Vendor may use Prompts to improve the features.",
            "en",
            "favourable",
        ),
        # the vendor checks that the model provider does not train on the inputs: no use of the data
        (
            "IN-USE-02",
            "受注者は、基盤モデルの提供者が入力データを学習に利用しない設定となっていることを確認しなければならない。",
            "ja",
            "favourable",
        ),
        # a right for cause both parties hold stays even when the sentence disclaims the damage it causes
        (
            "X-TERM-01",
            "甲又は乙は、相手方が本契約に違反した場合、何らの催告を要せず直ちに本契約を解除することができ、"
            "これにより相手方に生じた損害を賠償する責任を負わない。",
            "ja",
            "neutral",
        ),
        # "Customer Data" is the data, not Customer acting: the user training its own model
        ("IN-USE-02", "Customer may use Customer Data to train a Customer Fine-Tuned Model.", "en", "favourable"),
        # the user licensing its content for the vendor's training
        (
            "IN-USE-02",
            "In addition, the Customer grants the Provider a licence to use Customer Content to train and improve "
            "the Provider's models.",
            "en",
            "unfavourable",
        ),
        # training unless the user switches it off is opt-out
        (
            "IN-USE-02",
            "If you switch it off, conversations you have after that point will not be used for training.",
            "en",
            "unfavourable",
        ),
        # a schedule's label and value: where the data is processed
        ("IN-EXT-05", "処理場所：同社の米国リージョンに所在するサーバ", "ja", "unfavourable"),
        ("IN-EXT-05", "Hosting region: Tokyo, Japan", "en", "favourable"),
        # on where the data is kept: the home jurisdiction alone is residency
        ("IN-EXT-05", "Partner shall store Company Data in data centers located in Japan.", "en", "favourable"),
        ("IN-USE-05", "乙は、提供データを日本国内のデータセンターにおいてのみ保存する。", "ja", "favourable"),
    ],
)
def test_positions_found_wrong_on_real_terms(item_id: str, text: str, lang: str, position: str) -> None:
    assert _judge(item_id, text, lang) == position
    mirrored = {"favourable": "unfavourable", "unfavourable": "favourable", "neutral": "neutral"}[position]
    assert _judge(item_id, text, lang, role="vendor") == mirrored


@pytest.mark.parametrize(
    ("item_id", "text", "lang"),
    [
        # a mutual right to terminate for breach is even
        ("X-TERM-01", "甲及び乙は、相手方が本契約に違反したときは、催告なく本契約を解除することができる。", "ja"),
        ("X-TERM-01", "Either party may terminate this Agreement if the other party materially breaches it.", "en"),
        # the user's duty to tell the vendor something is cooperation
        ("OUT-EXT-04", "甲は、提供データに個人情報が含まれる場合、あらかじめその旨を乙に通知する。", "ja"),
        ("IN-EXT-02", "Customer shall notify Provider before submitting any personal data to the Service.", "en"),
    ],
)
def test_even_clauses_are_neutral_for_both_roles(item_id: str, text: str, lang: str) -> None:
    assert _judge(item_id, text, lang) == "neutral"
    assert _judge(item_id, text, lang, role="vendor") == "neutral"


def test_an_article_28_of_another_act_is_not_the_appi_transfer_rule() -> None:
    item = load_catalog().item("IN-EXT-05a")
    engine = Engine(items=[item], names=resolve_names(), embedder=None)
    copyright_clause = "本成果物に関する著作権(著作権法第27条及び第28条の権利を含む。)は、乙から甲に移転する。"
    appi_clause = "乙は、個人情報保護法第28条に定める基準適合体制を整備し、維持する。"
    assert engine.score(item, line_unit(copyright_clause, "ja"), None)[0] < 0.5
    assert engine.score(item, line_unit(appi_clause, "ja"), None)[0] >= 0.5


def test_an_imperative_speaks_to_the_user() -> None:
    """Consumer terms say "Don't …" to the user: a ban on the user, not on the vendor."""
    text = "Don't use the Service to collect or process someone else's sensitive personal data."
    assert analyse(text, "en", resolve_names()).actor == "user"
    assert _judge("IN-ID-02a", text, "en") == "unfavourable"


@pytest.mark.parametrize(
    ("item_id", "text", "position"),
    [
        # "without consent" does not limit a permission; "with consent" does
        ("X-CHG-01", "当社は、利用者の承諾を得ることなく、いつでも本規約を変更することができます。", "unfavourable"),
        (
            "IN-USE-02",
            "乙は、甲の事前の書面による承諾を得た場合に限り、提供データを学習に利用することができる。",
            "favourable",
        ),
        ("IN-USE-02", "We may use your inputs to train our models without your consent.", "unfavourable"),
        ("IN-USE-02", "We may use your inputs to train our models only with your prior written consent.", "favourable"),
    ],
)
def test_consent_limits_a_permission_only_when_it_is_required(item_id: str, text: str, position: str) -> None:
    lang = "ja" if any("\u3040" <= ch <= "\u9fff" for ch in text) else "en"
    assert _judge(item_id, text, lang) == position


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("IN NO EVENT WILL PROVIDER BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES.", "unfavourable"),
        ("IN NO EVENT WILL CUSTOMER BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES.", "favourable"),
    ],
)
def test_a_disclaimer_in_capitals_still_names_its_party(text: str, position: str) -> None:
    assert _judge("X-LIAB-01", text, "en") == position


def test_using_data_as_the_customers_processor_is_a_limited_use() -> None:
    text = "We will use and share such data only as your processor under applicable data protection law."
    assert _judge("IN-USE-02", text, "en") == "favourable"
    assert _judge("IN-USE-02", "We will use and share such data to improve our services.", "en") == "unfavourable"


@pytest.mark.parametrize(
    ("text", "lang", "position"),
    [
        # the causes are listed after the sentence: still a right for cause, even "without notice"
        (
            "当社は、利用者が次の各号のいずれかに該当する場合、事前の通知なく本サービスの利用を停止し、"
            "又は利用契約を解除することができます。",
            "ja",
            "favourable",
        ),
        ("We may suspend or terminate your account if any of the following happens:", "en", "favourable"),
        ("We may suspend or terminate access to the Service if fees are past due.", "en", "favourable"),
        # a list of causes does not help when the right is also at will
        ("We may terminate your account at any time or if any of the following happens:", "en", "unfavourable"),
        # 「利用を停止」 is about ending the service, not about the vendor using the user's data
        ("当社は、いつでも本サービスの利用を停止することができます。", "ja", "unfavourable"),
        # 相手方 as the subject is whichever party: a mutual right for cause is even
        ("これに違反した場合、相手方は催告なく本契約を解除できる。", "ja", "neutral"),
        # a cause the vendor itself decides exists is no cause
        (
            "当社は、会員が次のいずれかに該当すると判断した場合、事前の通知なく、本サービスの利用を停止することができます。",
            "ja",
            "unfavourable",
        ),
        ("Vendor may terminate this Agreement only:", "en", "favourable"),
    ],
)
def test_termination_for_listed_causes(text: str, lang: str, position: str) -> None:
    assert _judge("X-TERM-01", text, lang) == position


def test_ending_the_service_is_not_read_as_using_the_data() -> None:
    item = load_catalog().item("X-TERM-01")
    engine = Engine(items=[item], names=resolve_names(), embedder=None)
    judgement = engine.judge_item(item, line_unit("当社は、いつでも本サービスの利用を停止することができます。", "ja"))
    assert "may use the data" not in judgement.cue


@pytest.mark.parametrize(
    ("text", "actor", "modality"),
    [
        ("We don't own Your Content, but we may use Your Content to improve the Service.", "vendor", "permit"),
        ("We will not sell your data, but we may share it with our affiliates.", "vendor", "permit"),
        # nothing modal after "but": the first reading stands
        ("We may use your data, but only to provide the Services.", "vendor", "permit"),
        ("You may use the Service, but you must not resell it.", "user", "prohibit"),
        # a listing idiom and a proviso are not a contrast
        (
            "These terms do not replace any agreements, which may include, but are not limited to, ours.",
            "none",
            "prohibit",
        ),
        (
            "In no event will Provider's liability exceed $100; provided, however, this will not apply to fraud.",
            "vendor",
            "disclaim",
        ),
    ],
)
def test_what_follows_but_is_what_the_sentence_grants(text: str, actor: str, modality: str) -> None:
    analysis = analyse(text, "en", resolve_names())
    assert (analysis.actor, analysis.modality) == (actor, modality)


def test_using_the_users_content_to_improve_the_service_is_training_use() -> None:
    text = "We don't own Your Content, but we may use Your Content to operate the Service and improve it."
    assert _judge("IN-USE-02", text, "en") == "unfavourable"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # the place in a residency condition is who the rule is for, not where disputes go
        (
            "If you're a resident of, or an organisation based in the European Economic Area or Switzerland, "
            "these terms are governed by the laws of your country of residence.",
            "favourable",
        ),
        (
            "For users located in Japan, these Terms are governed by the laws of the State of California.",
            "unfavourable",
        ),
        ("If you are a resident of California, these Terms are governed by the laws of Japan.", "favourable"),
        (
            "If you reside in China these Terms will be interpreted in accordance with the laws of China.",
            "unfavourable",
        ),
        # a forum "located in" a place is the forum itself
        (
            "You agree to the exclusive jurisdiction of the courts located in Santa Clara County, California.",
            "unfavourable",
        ),
    ],
)
def test_a_residency_condition_does_not_name_the_forum(text: str, position: str) -> None:
    assert forum_judgement(text) == position


def forum_judgement(text: str) -> str:
    item_id = "X-LAW-02" if "jurisdiction" in text else "X-LAW-01"
    return _judge(item_id, text, "en")


@pytest.mark.parametrize(
    ("text", "actor", "modality"),
    [
        ("Acme has no responsibility or liability for your use of third-party content.", "none", "disclaim"),
        (
            "In such jurisdictions, the liability of the Acme parties to you is limited to the lowest amount allowed.",
            "none",
            "disclaim",
        ),
        # the liable party is far from "in no event"
        (
            "In no event shall Acme, its affiliates, agents, directors, employees, suppliers, licensors or partners, "
            "or any of their successors or assigns, be liable for any special or consequential damages.",
            "none",
            "disclaim",
        ),
        # "to you" names who is owed, not who speaks
        ("In no event shall Acme's total liability to you exceed five hundred euros.", "none", "disclaim"),
        # after a fronted carve-out, the party follows "in no event"
        (
            "EXCEPT FOR BREACH OF SECTION 5, IN NO EVENT WILL EITHER PARTY BE LIABLE FOR ANY INDIRECT DAMAGES.",
            "both",
            "disclaim",
        ),
    ],
)
def test_limitations_of_a_brand_named_vendor(text: str, actor: str, modality: str) -> None:
    analysis = analyse(text, "en", resolve_names())
    assert (analysis.actor, analysis.modality) == (actor, modality)


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Any claim against Acme must be resolved exclusively by a court located in Helsinki, Finland.",
            "unfavourable",
        ),
        ("You agree to bring a dispute in small claims court in San Mateo County, California.", "unfavourable"),
        (
            "Any dispute between you and Acme will be governed by the arbitration procedure outlined below.",
            "unfavourable",
        ),
        ("Any dispute between you and Acme will be resolved exclusively by the courts in Tokyo.", "favourable"),
        # Japan's regional seats
        ("Any dispute not resolved by consultation shall be submitted to the Sendai District Court.", "favourable"),
        ("本契約に関する紛争は、神戸地方裁判所を専属的合意管轄裁判所とする。", "favourable"),
        # "submitted exclusively to the competent court in …" names a forum
        (
            "All disputes shall be submitted exclusively to the competent court in Amsterdam, the Netherlands.",
            "unfavourable",
        ),
        ("Each party agrees that the Scottish courts shall have exclusive jurisdiction.", "unfavourable"),
        ("You and we submit to the exclusive jurisdiction of the Supreme Court of Nova Scotia.", "unfavourable"),
        ("The parties submit to the courts of the judicial district of Montréal.", "unfavourable"),
        ("Each party submits to the non-exclusive jurisdiction of the courts of Queensland.", "unfavourable"),
    ],
)
def test_forum_places_and_imposed_arbitration(text: str, position: str) -> None:
    assert _judge("X-LAW-02", text, "en") == position


@pytest.mark.parametrize(
    ("item_text", "position"),
    [
        # an item without a verb takes the permission its lead sentence grants
        ("（2）本サービスの品質向上及び当社の機械学習モデルの改良", "unfavourable"),
        # a definition grants nothing, whatever list it stands in
        ("（2）「推論結果」　お客様が本モデルを利用して得た判定結果その他の出力をいう。", "neutral"),
    ],
)
def test_a_list_item_is_read_with_its_lead_unless_it_is_a_definition(item_text: str, position: str) -> None:
    item = load_catalog().item("IN-USE-02")
    engine = Engine(items=[item], names=resolve_names(), embedder=None)
    unit = line_unit(item_text, "ja")
    lists = Lists(
        items={},
        lead={(unit.document, unit.start): "当社は、入力データを次の各号の目的のために利用することができます。"},
    )
    assert engine.judge_item(item, unit, lists=lists).position == position


@pytest.mark.parametrize(
    ("lead", "item_text", "lang"),
    [
        (
            "次の各号のいずれかに該当する情報は、秘密情報に含まれない。",
            "（4）正当な権限を有する第三者から秘密保持義務を負わずに取得したもの",
            "ja",
        ),
        (
            "Confidential Information does not include information that:",
            "(d) is received from a third party without any duty of confidentiality;",
            "en",
        ),
    ],
)
def test_an_exception_listed_under_a_definition_takes_no_side(lead: str, item_text: str, lang: str) -> None:
    item = load_catalog().item("IN-USE-07")
    engine = Engine(items=[item], names=resolve_names(), embedder=None)
    unit = line_unit(item_text, lang)
    if lang == "ja":
        assert engine.judge_item(item, unit).position == "unfavourable"  # alone, it reads as a refused duty
    lists = Lists(items={}, lead={(unit.document, unit.start): lead})
    judgement = engine.judge_item(item, unit, lists=lists)
    assert judgement.position == "neutral" and "exceptions" in judgement.cue


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("ただし、甲データは、明示の有無にかかわらず、甲の秘密情報として取り扱われるものとする。", "none"),
        ("甲は、乙に対し、甲データを提供するものとする。", "user"),
        ("当社サービスは、現状有姿で提供されるものとします。", "none"),
    ],
)
def test_a_name_opening_a_compound_noun_is_not_the_actor(text: str, actor: str) -> None:
    assert analyse(text, "ja", resolve_names()).actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the party that bears the risk is not the one the disclaimer protects
        ("Your use of the Service is at your sole risk.", "vendor"),
        ("Customer uses the Outputs at its own risk.", "vendor"),
        ("Any reliance on Output is at Customer's own risk.", "vendor"),
        ("Provider runs the beta programme at its own risk and shall not charge for it.", "user"),
    ],
)
def test_a_risk_put_on_one_party_is_a_disclaimer_for_the_other(text: str, actor: str) -> None:
    reading = analyse(text, "en", resolve_names())
    assert (reading.actor, reading.modality) == (actor, "disclaim")


@pytest.mark.parametrize(
    ("item_id", "text", "lang", "position"),
    [
        # training the user has to opt out of is training by default
        (
            "IN-USE-02",
            "You may opt out of the use of your Content for model training in your settings.",
            "en",
            "unfavourable",
        ),
        ("IN-USE-02", "We will not use your Content to train our models unless you opt in.", "en", "favourable"),
        # a vendor's duty to keep data protects nobody; a ban on keeping it abroad does
        ("IN-USE-05", "当社は、入力データを、当社が必要と判断する期間保存します。", "ja", "unfavourable"),
        ("IN-USE-05", "当社は、入力データを30日間に限り保存し、その後削除します。", "ja", "favourable"),
        (
            "IN-USE-05",
            "受領者は、提供者の承諾がない限り、提供データを日本国外のサーバーに保存してはならない。",
            "ja",
            "favourable",
        ),
    ],
)
def test_opting_out_and_keeping_data(item_id: str, text: str, lang: str, position: str) -> None:
    assert _judge(item_id, text, lang) == position


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("受託者は、委託者の監査に協力しなければならない。", "oblige"),  # not the らない of a prohibition
        ("受託者は、提供データを第三者に開示してはならない。", "prohibit"),
        ("当社は、視察の求めに応じる義務を負わないものとします。", "not-obliged"),
        ("乙は、ソースコードを外部の機関に預託する責務も負わない。", "not-obliged"),
        # 「一切の責任は…が負担する」 takes responsibility on; it disclaims nothing
        ("前項の加工が不十分であったことにより生じた一切の責任は、甲が負担する。", "oblige"),
        ("乙は、本サービスに関して甲に生じた損害について、一切の責任を負わない。", "disclaim"),
        # a warranty refused in the first clause outweighs the closing ものとする of the second
        (
            "乙は、本モデルの精度及び有用性について何ら保証するものではなく、出力結果に基づく判断は甲の責任において行われるものとする。",
            "disclaim",
        ),
        ("乙は、甲の承諾なく、入力データを第三者に提供しないものとする。", "prohibit"),
    ],
)
def test_japanese_duties_refused_and_imposed(text: str, modality: str) -> None:
    assert analyse(text, "ja", resolve_names()).modality == modality


@pytest.mark.parametrize(
    ("item_id", "text", "lang", "position"),
    [
        # refusing the protective act itself is unfavourable ...
        ("X-SEC-02", "Provider will not permit audits of its data centres by customers.", "en", "unfavourable"),
        ("X-WARR-02", "当社は、検収後に判明した不具合について修補を行わない。", "ja", "unfavourable"),
        # ... while refusing to harm the user stays favourable
        ("IN-USE-07", "Provider will not disclose Customer Data to any third party.", "en", "favourable"),
        ("X-SEC-02", "Provider will not permit third parties to audit Customer Data.", "en", "favourable"),
        # what is owed depends on the topic (topics.yaml ``duty``): on confidentiality, keeping data
        # confidential is the protection, and refusing it is not
        ("IN-ID-04", "The Provider shall keep Customer Data strictly confidential.", "en", "favourable"),
        ("IN-ID-04", "Provider will not treat your prompts as confidential.", "en", "unfavourable"),
        # keeping personal data safely is a commitment; on retention, keeping is no limit
        ("IN-USE-10", "乙は、個人データを適切に保管し、安全管理措置を講じる。", "ja", "favourable"),
        ("IN-USE-05", "当社は、入力データを保存するものとします。", "ja", "neutral"),
    ],
)
def test_a_vendor_refusing_its_duty_is_not_a_protection(item_id: str, text: str, lang: str, position: str) -> None:
    assert _judge(item_id, text, lang) == position


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # a cap on what only the vendor owes is a vendor-only cap ...
        (
            "本契約に関して乙が甲に対して負う損害賠償の額は、請求原因の如何を問わず、委託料の額を上限とする。",
            "unfavourable",
        ),
        # ... a cap both parties share is not, and the amount decides
        ("甲及び乙が相手方に対して負う損害賠償の額は、直前12か月間に支払われた委託料の額を上限とする。", "favourable"),
        ("当社がお客様に対して負う損害賠償の総額は、利用料金の1か月分を上限とします。", "unfavourable"),
        # "twelve (12) months" is not "1 month"
        (
            "Each party's total liability will not exceed the fees paid under this Agreement in the twelve (12) "
            "months preceding the claim.",
            "favourable",
        ),
        # a mutual cap of a month or two is trivial; a quarter or half a year, shared, is neither good nor bad
        # (the rubric's "mutual cap below 12 months' fees"), however small for the vendor alone
        (
            "Each party's total liability shall not exceed the fees paid by Client in the three (3) months "
            "preceding the event giving rise to the claim.",
            "neutral",
        ),
        (
            "Each party's total liability shall not exceed the fees paid by Client in the one (1) month "
            "preceding the event giving rise to the claim.",
            "unfavourable",
        ),
        (
            "Provider's total liability shall not exceed the fees paid by Client in the three (3) months "
            "preceding the event giving rise to the claim.",
            "unfavourable",
        ),
        (
            "Each party's aggregate liability is limited to the charges paid in the six (6) months before the claim.",
            "neutral",
        ),
        ("甲及び乙の損害賠償の総額は、直前３ヶ月分の委託料の額を上限とする。", "neutral"),
        ("甲及び乙の損害賠償の総額は、直前１ヶ月分の委託料の額を上限とする。", "unfavourable"),
        # a share of a year's fees: 150% of the annual charges is eighteen months
        (
            "Each party's total aggregate liability in each contract year shall not exceed 150% of the Charges "
            "paid or payable in that contract year.",
            "favourable",
        ),
        # the whole price of the contract, for both parties: as fair as a year's fees
        ("前項の規定による賠償の額は、発注者及び受注者のいずれについても、契約金額を上限とする。", "favourable"),
        # a cap on the vendor alone stays unfavourable, however large
        (
            "Provider's total aggregate liability will not exceed the fees paid in the twelve (12) months before the claim.",
            "unfavourable",
        ),
    ],
)
def test_liability_caps_by_who_is_capped_and_how_much(text: str, position: str) -> None:
    assert _judge("X-LIAB-01", text, "ja" if not text.isascii() else "en") == position


@pytest.mark.parametrize(
    ("text", "position"),
    [
        # causes: a suspension for them is a pause the user can cure (no side), an end needs them (favourable)
        (
            "Provider may suspend access if undisputed Fees are more than forty-five (45) days overdue after notice.",
            "neutral",
        ),
        (
            "Provider may temporarily suspend access to the Service if Customer is more than thirty (30) days in arrears.",
            "neutral",
        ),
        (
            "Provider may terminate this Agreement if undisputed Fees are more than 45 days overdue after notice.",
            "favourable",
        ),
        ("Provider may terminate this Agreement for good cause on written notice.", "favourable"),
        # the same right for both parties is even, whatever cue "material breach" gives
        (
            "Either party may terminate this Agreement on written notice if the other party commits a material "
            "breach and fails to cure it within thirty (30) days.",
            "neutral",
        ),
        # a risk the user's use poses, or a use that violates the terms, is a cause too
        ("The Provider may suspend access only where the Customer's use poses an immediate security risk.", "neutral"),
        ("Provider may suspend access for a specific End Client whose use violates Section 4.", "neutral"),
        (
            "We may suspend an Authorized User's access immediately if we reasonably believe the account has been compromised.",
            "neutral",
        ),
        (
            "Provider may suspend access only to the extent reasonably necessary to address a security threat to the Platform.",
            "neutral",
        ),
        (
            "We may suspend access for a particular user if that user's activity threatens the security of the Platform.",
            "neutral",
        ),
        (
            "Provider may suspend the Service only to the extent strictly necessary to respond to a security incident.",
            "neutral",
        ),
        # without a cause, the same suspension is the vendor's right at will
        ("Provider may suspend access to the Service at any time without notice.", "unfavourable"),
    ],
)
def test_overdue_fees_and_good_cause_are_causes(text: str, position: str) -> None:
    assert _judge("X-TERM-01", text, "en") == position


def test_fees_unpaid_after_a_reminder_are_a_cause_in_japanese() -> None:
    text = "乙は、甲が委託料の支払を60日以上遅延し、乙の書面による催告後30日以内に支払わないときに限り、本契約を解除することができる。"
    assert _judge("X-TERM-01", text, "ja") == "favourable"


@pytest.mark.parametrize(
    ("item_id", "text", "lang", "position"),
    [
        # a licence the vendor gives the user is not the vendor's use of the user's data
        (
            "IN-USE-02",
            "乙は、甲に対し、本モデルを使用し、甲のデータで追加学習を行い、派生モデルを使用する非独占的な権利を許諾する。",
            "ja",
            "neutral",
        ),
        # turning a setting off is opting out: training is on by default
        (
            "IN-USE-02",
            "利用者は、設定画面で「改善に協力する」をオフにすることにより、入力データが当社のモデルの学習に利用されないよう設定できます。",
            "ja",
            "unfavourable",
        ),
        # a cap on the vendor's liability alone, whoever paid the fees it is measured by
        (
            "X-LIAB-01",
            "前項に基づく乙の損害賠償責任の総額は、直前3か月間に甲が乙に支払った委託料の総額を上限とする。",
            "ja",
            "unfavourable",
        ),
        # the standard need-to-know exception of a mutual confidentiality clause takes no side
        (
            "IN-USE-07",
            "The receiving party may disclose Confidential Information to its employees who need to know it and are "
            "bound by confidentiality obligations.",
            "en",
            "neutral",
        ),
        # the same right or the same refusal for both parties takes no side
        (
            "X-TERM-01",
            "Either party may terminate this Agreement at any time, for any reason, on five days' notice.",
            "en",
            "neutral",
        ),
        ("X-LIAB-01", "この場合、解除した当事者は、相手方に生じた損害を賠償する責任を負わない。", "ja", "neutral"),
        # ... but a mutual cap is judged by its amount
        (
            "X-LIAB-01",
            "甲及び乙が相手方に対して負う損害賠償の額は、直前12か月間に支払われた委託料の額を上限とする。",
            "ja",
            "favourable",
        ),
        # "if you break these rules" is a cause
        ("X-TERM-01", "If you break these rules, we may suspend or close your account.", "en", "favourable"),
        # a right to delete with no duty to do so is no protection
        (
            "IN-USE-08",
            "当社は、退会したお客様のデータを削除することができますが、これを削除する義務を負うものではありません。",
            "ja",
            "unfavourable",
        ),
        # a right to end once the other side has not cured its breach is a right for cause
        (
            "X-TERM-01",
            "受注者は、発注者が本契約に違反し、受注者が相当の期間を定めて催告したにもかかわらずその期間内に履行しないときは、"
            "本契約を解除することができる。",
            "ja",
            "favourable",
        ),
        # securing terms under which the data 「学習に利用されない旨」 is a limit, not a use
        (
            "IN-USE-02",
            "乙は、第三者の言語モデルを利用する場合には、入力データが当該第三者のモデルの学習に利用されない旨の条件を確保しなければならない。",
            "ja",
            "favourable",
        ),
        # a change both parties must sign is no unilateral change
        (
            "X-CHG-01",
            "This Agreement may be amended only by a written instrument signed by authorised representatives of both parties.",
            "en",
            "favourable",
        ),
        (
            "X-CHG-01",
            "本契約は、甲乙双方の記名押印した書面によらなければ、変更することができない。",
            "ja",
            "favourable",
        ),
        (
            "X-CHG-01",
            "本契約の変更は、委託者及び受託者の権限ある者が記名押印した変更合意書を作成した時に限り、その効力を生ずる。",
            "ja",
            "favourable",
        ),
        # an assignment moves the right wherever it vested
        (
            "OUT-OWN-01",
            "To the extent that any right in an Output vests in Provider, Provider hereby assigns that right to Customer.",
            "en",
            "favourable",
        ),
        # a consumer-law commitment to care and skill is an affirmative warranty
        (
            "X-WARR-01",
            "We will provide the service with reasonable care and skill, as described and fit for purpose.",
            "en",
            "favourable",
        ),
    ],
)
def test_grants_opt_outs_caps_mutual_rights_and_commitments(item_id: str, text: str, lang: str, position: str) -> None:
    assert _judge(item_id, text, lang) == position


@pytest.mark.parametrize(
    ("text", "defines"),
    [
        ("（4）「解析モデル」とは、サービス提供者が本サービスに用いる機械学習モデルをいう。", True),
        ('(b) "Output" means the text the Service returns.', True),
        ('4.1 "Output" means the text the Service returns.', True),
        ("Provider means to keep Customer Data safe.", False),
        # the purpose article and the opening recitals address nothing on their own
        (
            "本契約は、甲及び甲の子会社が運営する薬局（以下「対象店舗」という。）において、乙が提供する本サービスを利用するにあたり、甲乙間の権利義務を定めることを目的とする。",
            True,
        ),
        ("1. The purpose of this Agreement is to set out the terms on which Supplier provides the Chatbot.", True),
        ("WHEREAS the Service Provider operates a machine-learning platform for its subcontractors.", True),
        ("乙は、本件業務の目的の範囲内でのみ入力データを利用するものとする。", False),
    ],
)
def test_a_terms_definition_is_recognised_behind_a_list_number(text: str, defines: bool) -> None:
    assert addresses_nothing_alone(text) is defines


# ------------------------------------------------------------------ cues inside a negation


@pytest.mark.parametrize(
    ("text", "lang", "cue", "inside"),
    [
        ("Provider does not act as the Customer's processor.", "en", "as the Customer's processor", True),
        ("The Vendor shall not be responsible for the acts of its subcontractors.", "en", "responsible for", True),
        ("You don't need our consent to publish Output.", "en", "our consent", True),
        ("Provider acts as the Customer's processor.", "en", "as the Customer's processor", False),
        ("Customer may share, but not only with affiliates, any Output.", "en", "with affiliates", False),
        ("The fee is payable whether or not Customer uses the Service.", "en", "Customer uses", False),
        ("ユーザは、生成物を第三者に提供することができない。", "ja", "提供することができ", True),
        ("乙は、本データを学習に利用せず、", "ja", "学習に利用せ", True),
        ("利用者による生成物の公開は可能ではない。", "ja", "可能", True),
        # a duty refused covers the act it names
        ("当社は、退会後においても、入力情報を削除する義務を負わないものとします。", "ja", "削除する", True),
        ("We are not obliged to delete your Content after termination.", "en", "delete", True),
        ("ユーザは、生成物を第三者に提供することができる。", "ja", "提供することができ", False),
        # the cue ends on the stem its own negation completes: 「責任を負わ|ない」 is the cue's sense
        ("乙は、その原因を問わず賠償の責めを負わない。", "ja", "責めを負わ", False),
        # a condition is not a negation of the words: 「同意しない限り」
        ("甲が同意しない限り、乙は利用しない。", "ja", "甲が同意し", False),
    ],
)
def test_a_cue_inside_a_negation(text: str, lang: str, cue: str, inside: bool) -> None:
    start = text.index(cue)
    assert negated(text, start, start + len(cue), lang) is inside


@pytest.mark.parametrize(
    ("item_id", "text", "lang", "position"),
    [
        # a cue that a negation governs does not vote for its side; the same words affirmed still do
        (
            "IN-USE-10",
            "In providing the Service, Provider is not acting as the Customer's data processor.",
            "en",
            "unfavourable",
        ),
        (
            "IN-USE-10",
            "In providing the Service, Provider is acting as the Customer's data processor.",
            "en",
            "favourable",
        ),
        ("OUT-OWN-05", "乙は、著作者人格権を行使することができない。", "ja", "neutral"),
        ("OUT-OWN-05", "乙は、著作者人格権を行使することができる。", "ja", "unfavourable"),
        ("OUT-EXT-01", "利用者による生成物の公開は可能ではない。", "ja", "neutral"),
        ("OUT-EXT-01", "利用者による生成物の公開は可能である。", "ja", "favourable"),
    ],
)
def test_a_negated_cue_does_not_vote_for_its_side(item_id: str, text: str, lang: str, position: str) -> None:
    assert _judge(item_id, text, lang) == position


def test_keeping_the_data_at_home_says_nothing_about_training() -> None:
    # the same place in a training clause is no limit on the use
    text = "Provider may process Customer Data in Japan to train and improve its models."
    assert _judge("IN-USE-02", text, "en") == "unfavourable"


@pytest.mark.parametrize(
    ("text", "lang", "position"),
    [
        # a right "at any time" is good for whoever holds it; a party named only in a condition holds nothing
        (
            "2. 甲は、前項のほか、乙が本件業務を完了するまでの間、いつでも書面により本契約を解約することができる。",
            "ja",
            "favourable",
        ),
        ("乙は、甲が本件業務を継続している間であっても、いつでも本契約を解約することができる。", "ja", "unfavourable"),
        (
            "The Customer may terminate this Agreement at any time by written notice to the Supplier.",
            "en",
            "favourable",
        ),
        # for any reason, but on thirty days' notice: the time to leave that the rubric asks of the vendor
        ("We may terminate these Terms or your access for any reason on thirty (30) days' notice.", "en", "favourable"),
    ],
)
def test_a_right_at_any_time_is_read_with_who_holds_it(text: str, lang: str, position: str) -> None:
    assert _judge("X-TERM-01", text, lang) == position


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "お客様は、入力データのアップロードが依頼者との間の守秘義務に違反しないことを自らの責任において確認するものとします。",
            "ja",
        ),
        (
            "Customer shall ensure that uploading Customer Data does not breach any duty of confidentiality it owes to its clients.",
            "en",
        ),
    ],
)
def test_the_users_care_for_its_own_duties_is_no_burden_on_the_topic(text: str, lang: str) -> None:
    assert _judge("IN-USE-07", text, lang) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "No variation to this Agreement shall be effective unless it is made in writing using the Variation Form and signed by both Parties.",
        "No variation of this Agreement shall be effective unless it is in writing and signed by or on behalf of each of the parties.",
    ],
)
def test_a_change_that_needs_both_signatures_is_favourable_whatever_the_modal(text: str) -> None:
    assert _judge("X-CHG-01", text, "en") == "favourable"


def test_a_change_the_vendor_may_make_only_on_thirty_days_notice_is_favourable() -> None:
    text = "9.1 Provider may amend this Agreement by giving Subscriber not less than 30 days' written notice of the amendment."
    assert _judge("X-CHG-01", text, "en") == "favourable"
    assert (
        _judge("X-CHG-01", "9.1 Provider may amend this Agreement at any time by posting it.", "en") == "unfavourable"
    )


def test_notice_shorter_than_thirty_days_is_no_favourable_cue() -> None:
    # the rubric's bar is 30 days: "at least 14 days" before a change is no protection of its own
    text = "If a change is material, we will email the School Administrator at least {} days before it takes effect."
    assert _judge("X-CHG-01", text.format(14), "en") == "neutral"
    assert _judge("X-CHG-01", text.format(30), "en") == "favourable"


def test_kept_only_in_named_places_is_residency() -> None:
    text = (
        "Contractor shall store Client Materials only on encrypted servers under its control or on cloud "
        "infrastructure located in Japan or Vietnam."
    )
    assert _judge("IN-EXT-05", text, "en") == "favourable"


@pytest.mark.parametrize(
    "text",
    [
        "As between you and us, you also own the Restorations the App produces for you.",
        "Customer owns the Screening Output generated for its requisitions.",
    ],
)
def test_the_owner_of_the_output_is_read_whatever_the_output_is_called(text: str) -> None:
    assert analyse(text, "en", resolve_names()).beneficiary == "user"


def test_what_a_proviso_grants_is_not_limited_by_the_clause_before_it() -> None:
    text = (
        "Supplier shall use Customer Data solely for the purpose of performing the Services, provided that "
        "Supplier may derive aggregated statistics from Customer Data and use them to improve its models."
    )
    assert _judge("IN-USE-02", text, "en") == "unfavourable"
    # a proviso that only sets a condition grants nothing
    text = "Supplier shall use Customer Data solely to perform the Services, provided that Customer has paid the Fees."
    assert _judge("IN-USE-02", text, "en") == "favourable"


@pytest.mark.parametrize(
    "text",
    [
        "The Privacy Notice does not apply to personal data contained in Prompts.",
        "You acknowledge that Your Content is not Vendor Confidential Information.",
        "Changing the boat model in your profile does not affect these Terms.",
    ],
)
def test_a_scope_or_a_name_negated_is_no_prohibition(text: str) -> None:
    """'does not apply' says where a text reaches and 'is not Vendor Confidential Information' what a
    thing is called: neither forbids anyone anything."""
    assert analyse(text, "en", resolve_names()).modality != "prohibit"
    assert analyse("Customer Data is not shared with advertisers.", "en", resolve_names()).modality == "prohibit"


def test_taking_on_no_obligation_is_no_refusal_to_act() -> None:
    """'we do not take on any obligation' disclaims a duty; it does not promise to refrain from anything."""
    text = "We do not take on any obligation to you with respect to personal information that you choose to upload."
    assert analyse(text, "en", resolve_names()).modality == "not-obliged"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "If the Platform does not meet the agreed accuracy and Provider fails to correct it within thirty (30) "
            "days, Customer may terminate the affected Order Form.",
            "en",
        ),
        (
            "If the Service fails to conform to clause 9.1, Provider shall re-perform it and, if it cannot do so "
            "within 30 days, permit Customer to terminate the affected subscription.",
            "en",
        ),
        ("前項の修補によっても本システムの不具合が解消されない場合、甲は、本契約を解除することができる。", "ja"),
    ],
)
def test_the_users_exit_on_the_vendors_failure_is_a_remedy(text: str, lang: str) -> None:
    """A right to end the contract only when the vendor fails to put something right is a remedy the
    contract gives both ways in practice, not the exit the rubric asks for: it takes no side."""
    assert _judge("X-TERM-01", text, lang) == "neutral"


def test_the_users_exit_for_convenience_is_still_an_exit() -> None:
    text = "Customer may terminate this Agreement for convenience on thirty (30) days' written notice."
    assert _judge("X-TERM-01", text, "en") == "favourable"
    assert (
        _judge("X-TERM-01", "甲は、いつでも、書面で通知することにより本契約を解約することができる。", "ja")
        == "favourable"
    )
