"""Stable keys of the public interface: topics, headings, and enum values.

Topic keys are part of the JSON contract (see DESIGN.md). Add keys freely;
never rename or drop one. Each key carries a Japanese and an English label.
"""

from __future__ import annotations

from typing import Final

# Topic key -> (Japanese label, English label), grouped as in DESIGN.md.
TOPICS: Final[dict[str, tuple[str, str]]] = {
    # METI core, input side
    "input-definition": ("インプットの定義", "Definition of input"),
    "input-provision-obligation": ("インプットの提供義務", "Duty to provide input"),
    "input-purpose-limitation": ("インプットの利用目的の限定", "Purpose limitation for input"),
    "input-training-use": ("インプットの学習利用", "Training use of input"),
    "input-confidentiality": ("インプットの秘密保持", "Confidentiality of input"),
    "input-human-access": ("人によるインプットの閲覧", "Human access to input"),
    "input-ownership": ("インプットの権利帰属", "Ownership of input"),
    "input-license-to-vendor": ("ベンダへのインプット利用許諾", "Licence of input to vendor"),
    "third-party-content": ("第三者の権利を含むデータ", "Third-party content"),
    "trade-secret-protection": ("営業秘密・限定提供データの保護", "Trade-secret protection"),
    # personal data
    "personal-data-handling": ("個人データの取扱い", "Personal data handling"),
    "cross-border-transfer": ("外国への移転", "Cross-border transfer"),
    "data-retention-period": ("保存期間", "Data retention period"),
    "data-location": ("保存・処理場所", "Data location"),
    # third parties
    "subcontracting": ("再委託・第三者モデル", "Subcontracting and third-party models"),
    "upstream-terms-flow-down": ("上流規約の反映", "Upstream terms flow-down"),
    "compelled-disclosure": ("法令に基づく開示", "Compelled disclosure"),
    # processing results and models
    "input-processing-results": ("インプット処理成果", "Input processing results"),
    "output-processing-results": ("アウトプット処理成果", "Output processing results"),
    "feedback-use": ("フィードバックの利用", "Use of feedback"),
    "trained-model-rights": ("学習済みモデルの権利", "Rights in trained models"),
    # output side
    "output-definition": ("アウトプットの定義", "Definition of output"),
    "output-ownership": ("アウトプットの権利帰属", "Ownership of output"),
    "output-use-license": ("アウトプットの利用範囲", "Use of output"),
    "output-commercial-use": ("アウトプットの商用利用", "Commercial use of output"),
    "output-third-party-provision": ("アウトプットの第三者提供", "Provision of output to third parties"),
    "vendor-use-of-output": ("ベンダによるアウトプット利用", "Vendor use of output"),
    "ai-generated-labelling": ("AI生成である旨の表示", "AI-generated labelling"),
    "output-accuracy-disclaimer": ("出力の正確性の非保証", "Output accuracy disclaimer"),
    "ip-infringement-indemnity": ("知的財産権侵害の補償", "IP infringement indemnity"),
    # development deals
    "deliverables": ("納入物", "Deliverables"),
    "acceptance-testing": ("検収", "Acceptance testing"),
    "vendor-background-ip": ("ベンダの既存知的財産", "Vendor background IP"),
    "moral-rights": ("著作者人格権", "Moral rights"),
    "patent-rights": ("特許を受ける権利", "Patent rights"),
    # security
    "security-measures": ("セキュリティ対策", "Security measures"),
    "incident-notification": ("インシデント通知", "Incident notification"),
    "audit-rights": ("監査・報告", "Audit rights"),
    # service
    "service-level": ("サービスレベル", "Service level"),
    "model-changes": ("モデル・サービスの変更", "Model and service changes"),
    "suspension": ("サービスの停止", "Suspension"),
    # risk allocation
    "liability-cap": ("責任制限", "Liability cap"),
    "uncapped-liability": ("責任制限の例外", "Uncapped liability"),
    "warranty-disclaimer": ("非保証・免責", "Warranty disclaimer"),
    # terms and exit
    "unilateral-changes": ("一方的な規約変更", "Unilateral changes"),
    "termination": ("契約の終了", "Termination"),
    "data-deletion-after-termination": ("終了後のデータ削除", "Data deletion after termination"),
    "data-export": ("データのエクスポート", "Data export"),
    # law and forum
    "governing-law": ("準拠法", "Governing law"),
    "jurisdiction": ("管轄・紛争解決", "Jurisdiction and dispute resolution"),
    # Japanese contract practice
    "anti-social-forces": ("反社会的勢力の排除", "Exclusion of anti-social forces"),
    "contract-nature": ("契約の性質(請負・準委任)", "Nature of contract (ukeoi / jun-inin)"),
    "standard-terms": ("定型約款", "Standard-form terms"),
    "payment-terms": ("支払条件", "Payment terms"),
    # general topics (CUAD)
    "termination-for-convenience": ("任意解約", "Termination for convenience"),
    "post-termination-services": ("終了後のサービス", "Post-termination services"),
    "warranty-duration": ("保証期間", "Warranty duration"),
    "ip-ownership-assignment": ("知的財産権の譲渡", "IP ownership assignment"),
    "joint-ip-ownership": ("知的財産権の共有", "Joint IP ownership"),
    "license-grant": ("利用許諾", "Licence grant"),
    "assignment": ("契約上の地位の譲渡", "Assignment"),
    "change-of-control": ("支配権の変更", "Change of control"),
    "insurance": ("保険", "Insurance"),
    "non-compete": ("競業避止", "Non-compete"),
    "exclusivity": ("独占・排他", "Exclusivity"),
    "source-code-escrow": ("ソースコード・エスクロー", "Source-code escrow"),
}

# Heading key -> (Japanese label, English label). The order is the checklist's.
HEADINGS: Final[dict[str, tuple[str, str]]] = {
    "identification": ("特定", "Identification"),
    "provision": ("提供", "Provision"),
    "use": ("使用・利用", "Use"),
    "external-provision": ("外部提供", "Provision to outside parties"),
    "ownership": ("権利帰属", "Ownership of rights"),
    "processing-results": ("処理成果", "Results of processing"),
    "cross-cutting": ("横断的事項", "Cross-cutting"),
}

SIDES: Final[dict[str, tuple[str, str]]] = {
    "input": ("インプット", "Input"),
    "output": ("アウトプット", "Output"),
    "cross-cutting": ("横断", "Cross-cutting"),
}

DEAL_TYPES: Final[dict[str, tuple[str, str]]] = {
    "general-service": ("汎用的AIサービス利用型", "Use of a general-purpose AI service"),
    "customized": ("カスタマイズ型", "Customisation of an AI service"),
    "new-development": ("新規開発型", "New development"),
}

EVIDENCE_TAGS: Final[dict[str, tuple[str, str]]] = {
    "attested": ("出典に記載あり", "attested by a source"),
    "heading": ("METIの見出し・文言は当方作成", "METI heading, our wording"),
    "inferred": ("法令・実務からの推論", "inferred from law and practice"),
}

SECTORS: Final[dict[str, tuple[str, str]]] = {
    "general": ("一般", "General"),
    "finance": ("金融", "Finance"),
    "healthcare": ("医療・ヘルスケア", "Healthcare"),
    "manufacturing": ("製造", "Manufacturing"),
    "retail": ("小売・消費者向け", "Retail and consumer"),
    "public": ("公共", "Public sector"),
    "telecom": ("電気通信", "Telecommunications"),
    "education": ("教育", "Education"),
}

ORG_SIZES: Final[dict[str, tuple[str, str]]] = {
    "startup": ("スタートアップ", "Startup"),
    "sme": ("中小企業", "Small or medium enterprise"),
    "large": ("大企業", "Large enterprise"),
    "public-body": ("公的機関", "Public body"),
}

SIDE_ORDER: Final[tuple[str, ...]] = ("input", "output", "cross-cutting")
SEVERITY_ORDER: Final[tuple[str, ...]] = ("high", "medium", "low")


def topic_label(key: str, lang: str) -> str:
    ja, en = TOPICS[key]
    return ja if lang == "ja" else en


def heading_label(key: str, lang: str) -> str:
    ja, en = HEADINGS[key]
    return ja if lang == "ja" else en
