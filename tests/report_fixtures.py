"""Build the Review fixtures of the report tests: one Japanese contract, one English.

The contracts are written for the project. The findings are hand-written (not produced by
the review engine, so the report tests do not move when the engine changes), but every item
copy comes from the bundled catalog and every quote is located in the contract text, so
``quote == documents[i].text[start:end]`` holds exactly.

Regenerate the committed JSON with ``python tests/report_fixtures.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from aicc.catalog import load_catalog
from aicc.models import (
    Clause,
    Evidence,
    Finding,
    FindingItem,
    LocalText,
    Page,
    Party,
    Profile,
    Review,
    ReviewDocument,
    ReviewProfile,
    ReviewSummary,
    ToolInfo,
    TopicSummary,
)
from aicc.tailor import tailor
from aicc.vocabulary import HEADINGS, SIDE_ORDER, TOPICS

HERE = Path(__file__).parent / "fixtures" / "report"

JA_TEXT = """AIサービス利用契約書

株式会社みなと商事(以下「甲」という。)と株式会社ソラリスAI(以下「乙」という。)は、乙が提供する生成AIサービス「ソラリス・アシスト」(以下「本サービス」という。)の利用に関し、次のとおり契約を締結する。

第1条(定義)
本契約において「入力データ」とは、甲が本サービスに入力し、又は送信するプロンプト、文書その他一切の情報をいう。
2 本契約において「出力データ」とは、入力データに基づき本サービスが生成し、甲に提供する文章その他の情報をいう。

第2条(入力データの利用)
乙は、入力データを本サービスの提供のためにのみ利用するものとし、甲の事前の書面による承諾なく、その他の目的に利用してはならない。
2 乙は、入力データをAIモデルの学習又は改善のために利用することができる。

第3条(出力データの権利帰属)
出力データに関する著作権その他一切の権利は、甲に帰属する。

第4条(非保証)
乙は、出力データの正確性、完全性及び有用性について、いかなる保証も行わない。

第5条(責任制限)
乙が甲に対して負う損害賠償責任は、その原因の如何を問わず、損害発生の直前1か月間に甲が乙に支払った利用料金の額を上限とする。

第6条(再委託)
乙は、本サービスの提供に必要な範囲で、甲に通知することなく、第三者に業務の全部又は一部を再委託することができる。

第7条(規約の変更)
乙は、甲に通知することなく、本契約の内容を変更することができる。

第8条(反社会的勢力の排除)
甲及び乙は、自己が暴力団その他の反社会的勢力に該当しないことを表明し、保証する。

第9条(準拠法及び管轄)
本契約は日本法に準拠し、本契約に関する一切の紛争は東京地方裁判所を第一審の専属的合意管轄裁判所とする。
"""

EN_TEXT = """AI SERVICES AGREEMENT

This AI Services Agreement is made between Harbor Retail Inc. ("Customer") and Nimbus Models LLC ("Provider").

1. Definitions
1.1 "Customer Data" means all prompts, files and other content that Customer submits to the Service.
1.2 "Output" means the text, images and other content the Service generates in response to Customer Data.

2. Use of Customer Data
2.1 Provider shall process Customer Data solely to provide the Service to Customer.
2.2 Provider shall not use Customer Data to train or improve any machine-learning model without Customer's prior written consent.

3. Ownership of Output
3.1 As between the parties, Provider owns all right, title and interest in and to the Output and grants Customer a non-exclusive licence to use it for internal purposes.

4. Warranties
4.1 THE SERVICE AND ALL OUTPUT ARE PROVIDED "AS IS" AND PROVIDER DISCLAIMS ALL WARRANTIES OF ACCURACY.
\f
5. Limitation of Liability
5.1 Each party's aggregate liability under this Agreement shall not exceed the fees paid in the twelve months before the claim, except for liability arising from gross negligence, wilful misconduct or breach of Section 2.

6. Security Incidents
6.1 Provider shall notify Customer without undue delay, and in any event within 48 hours, after becoming aware of a security incident affecting Customer Data.

7. Governing Law
7.1 This Agreement is governed by the laws of the State of California, and the state and federal courts in San Francisco have exclusive jurisdiction.
"""


@dataclass
class Spec:
    """One hand-written finding: the item, what we found and the quotes (substrings of the text)."""

    item_id: str
    status: str
    position: str | None
    quotes: list[str]
    confidence: float
    rationale: tuple[str, str]
    suggestion: tuple[str, str] | None = None
    cue: str | None = None
    topics: list[str] = field(default_factory=list)


JA_SPECS = [
    Spec(
        "IN-USE-01",
        "addressed",
        "favourable",
        [
            "乙は、入力データを本サービスの提供のためにのみ利用するものとし、甲の事前の書面による承諾なく、その他の目的に利用してはならない。"
        ],
        0.91,
        (
            "第2条第1項が入力データの利用目的をサービス提供に限定している。",
            "Art. 2(1) limits the use of input to providing the service.",
        ),
    ),
    Spec(
        "IN-USE-02",
        "addressed",
        "unfavourable",
        ["乙は、入力データをAIモデルの学習又は改善のために利用することができる。"],
        0.88,
        (
            "第2条第2項は乙に入力データの学習利用を認め、甲の拒否手段がない。",
            "Art. 2(2) lets the vendor train on input, with no way for the user to refuse.",
        ),
        (
            "学習利用を禁止し、利用するときは甲の事前の書面による同意を要するよう修正を求める。",
            "Ask that training use be prohibited unless the user gives prior written consent.",
        ),
        cue="利用することができる",
    ),
    Spec(
        "OUT-OWN-01",
        "addressed",
        "favourable",
        ["出力データに関する著作権その他一切の権利は、甲に帰属する。"],
        0.86,
        ("第3条は出力データの権利を甲に帰属させている。", "Art. 3 vests all rights in the output in the user."),
    ),
    Spec(
        "OUT-PRV-02",
        "addressed",
        "neutral",
        ["乙は、出力データの正確性、完全性及び有用性について、いかなる保証も行わない。"],
        0.79,
        (
            "第4条は出力の正確性を保証しない。生成AIサービスでは一般的な定めである。",
            "Art. 4 disclaims accuracy of output, which is usual for a generative-AI service.",
        ),
    ),
    Spec(
        "X-LIAB-01",
        "addressed",
        "unfavourable",
        [
            "乙が甲に対して負う損害賠償責任は、その原因の如何を問わず、損害発生の直前1か月間に甲が乙に支払った利用料金の額を上限とする。"
        ],
        0.9,
        (
            "第5条の上限は直前1か月分の利用料金で、原因を問わず適用される。",
            "Art. 5 caps liability at one month of fees, whatever the cause.",
        ),
        (
            "上限を直前12か月分の利用料金に引き上げるよう求める。",
            "Ask to raise the cap to the fees paid in the previous 12 months.",
        ),
    ),
    Spec(
        "X-LIAB-02",
        "missing",
        None,
        [],
        0.82,
        (
            "故意・重過失による損害を責任制限から除外する定めが見当たらない。",
            "No clause excludes wilful misconduct or gross negligence from the cap.",
        ),
        (
            "故意又は重過失による損害を責任制限の対象外とする条項の追加を求める。",
            "Ask for a clause that takes wilful misconduct and gross negligence outside the cap.",
        ),
    ),
    Spec(
        "IN-EXT-03",
        "addressed",
        "unfavourable",
        [
            "乙は、本サービスの提供に必要な範囲で、甲に通知することなく、第三者に業務の全部又は一部を再委託することができる。"
        ],
        0.84,
        (
            "第6条は通知なしの再委託を認め、再委託先の管理義務を定めていない。",
            "Art. 6 allows subcontracting without notice and sets no duty to supervise subcontractors.",
        ),
        (
            "再委託先の事前通知と、乙が再委託先の行為について責任を負う旨の追加を求める。",
            "Ask for prior notice of subcontractors and for the vendor to answer for them.",
        ),
    ),
    Spec(
        "X-CHG-01",
        "addressed",
        "unfavourable",
        ["乙は、甲に通知することなく、本契約の内容を変更することができる。"],
        0.87,
        ("第7条は通知なしの一方的な変更を認めている。", "Art. 7 allows unilateral changes without notice."),
        (
            "変更の事前通知と、不利益な変更に対する解約権を求める。",
            "Ask for advance notice of changes and a right to terminate on an adverse change.",
        ),
    ),
    Spec(
        "X-SEC-03",
        "missing",
        None,
        [],
        0.77,
        (
            "インシデント発生時の通知義務が見当たらない。",
            "No duty to notify the user of a security incident was found.",
        ),
        (
            "インシデントを知ったときの速やかな通知義務の追加を求める。",
            "Ask for a duty to notify promptly on becoming aware of an incident.",
        ),
    ),
    Spec(
        "X-TERM-02",
        "missing",
        None,
        [],
        0.8,
        (
            "契約終了時のデータの返還・削除の定めが見当たらない。",
            "Nothing says what happens to the data when the contract ends.",
        ),
        (
            "終了時のデータの取出し期間と削除・削除証明の追加を求める。",
            "Ask for an export window and deletion (with confirmation) on termination.",
        ),
    ),
    Spec(
        "IN-ID-02",
        "needs-review",
        None,
        [
            "本契約において「入力データ」とは、甲が本サービスに入力し、又は送信するプロンプト、文書その他一切の情報をいう。"
        ],
        0.41,
        (
            "入力する情報の性質(個人情報・営業秘密等)は契約文言だけでは判断できない。",
            "What the input will contain (personal data, trade secrets) cannot be judged from the wording alone.",
        ),
    ),
    Spec(
        "X-ASF-01",
        "addressed",
        "neutral",
        ["甲及び乙は、自己が暴力団その他の反社会的勢力に該当しないことを表明し、保証する。"],
        0.83,
        (
            "第8条に表明保証はあるが、違反時の解除権の定めがない。",
            "Art. 8 has the representation but no right to terminate on breach.",
        ),
        ("違反時の無催告解除の追加を検討する。", "Consider adding termination without notice on breach."),
    ),
]

EN_SPECS = [
    Spec(
        "IN-USE-01",
        "addressed",
        "favourable",
        ["Provider shall process Customer Data solely to provide the Service to Customer."],
        0.9,
        ("Art. 2.1 の目的限定は明確である。", "Section 2.1 limits processing to providing the service."),
    ),
    Spec(
        "IN-USE-02",
        "addressed",
        "favourable",
        [
            "Provider shall not use Customer Data to train or improve any machine-learning model without Customer's prior written consent."
        ],
        0.93,
        (
            "2.2条は学習利用に事前の書面同意を要求している。",
            "Section 2.2 requires prior written consent for training use.",
        ),
    ),
    Spec(
        "OUT-OWN-01",
        "addressed",
        "unfavourable",
        ["Provider owns all right, title and interest in and to the Output"],
        0.85,
        (
            "3.1条はアウトプットの権利をプロバイダに帰属させ、顧客には社内利用の許諾しかない。",
            "Section 3.1 gives the provider ownership of output and the customer only an internal-use licence.",
        ),
        (
            "アウトプットの権利を顧客に帰属させるか、少なくとも商用利用を含む無償の許諾を求める。",
            "Ask that output belong to the customer, or at least a free licence that covers commercial use.",
        ),
    ),
    Spec(
        "OUT-PRV-02",
        "addressed",
        "neutral",
        ['THE SERVICE AND ALL OUTPUT ARE PROVIDED "AS IS" AND PROVIDER DISCLAIMS ALL WARRANTIES OF ACCURACY.'],
        0.8,
        ("4.1条は正確性を保証しない(一般的な定め)。", "Section 4.1 disclaims accuracy, as is usual."),
    ),
    Spec(
        "X-LIAB-01",
        "addressed",
        "neutral",
        [
            "Each party's aggregate liability under this Agreement shall not exceed the fees paid in the twelve months before the claim"
        ],
        0.86,
        (
            "5.1条の上限は直前12か月分の料金で相互的である。",
            "Section 5.1 caps liability at twelve months of fees, for both sides.",
        ),
    ),
    Spec(
        "X-LIAB-02",
        "addressed",
        "favourable",
        ["except for liability arising from gross negligence, wilful misconduct or breach of Section 2"],
        0.84,
        (
            "5.1条は重過失・故意・第2条違反を上限の対象外としている。",
            "Section 5.1 takes gross negligence, wilful misconduct and breach of Section 2 outside the cap.",
        ),
    ),
    Spec(
        "X-SEC-03",
        "addressed",
        "favourable",
        [
            "Provider shall notify Customer without undue delay, and in any event within 48 hours, after becoming aware of a security incident affecting Customer Data."
        ],
        0.88,
        ("6.1条は48時間以内の通知を義務付けている。", "Section 6.1 requires notice within 48 hours."),
    ),
    Spec(
        "X-TERM-02",
        "missing",
        None,
        [],
        0.79,
        (
            "終了時のデータの取出し・削除の定めが見当たらない。",
            "Nothing says what happens to customer data when the agreement ends.",
        ),
        (
            "終了時のデータの取出し期間と削除・削除証明の追加を求める。",
            "Ask for an export window and deletion (with confirmation) on termination.",
        ),
    ),
]

# The second Japanese draft: training use now needs consent, an incident clause was added and
# the anti-social-forces clause was dropped.
JA2_TEXT = (
    JA_TEXT.replace(
        "2 乙は、入力データをAIモデルの学習又は改善のために利用することができる。",
        "2 乙は、甲の事前の書面による同意がない限り、入力データをAIモデルの学習又は改善のために利用してはならない。",
    )
    .replace(
        "第8条(反社会的勢力の排除)\n甲及び乙は、自己が暴力団その他の反社会的勢力に該当しないことを表明し、保証する。\n\n",
        "",
    )
    .replace("第9条(準拠法及び管轄)", "第8条(準拠法及び管轄)")
    + "\n第9条(インシデントの通知)\n乙は、入力データの漏えいその他のインシデントを知ったときは、直ちに甲に通知する。\n"
)


def _ja2_specs() -> list[Spec]:
    specs: list[Spec] = []
    for spec in JA_SPECS:
        if spec.item_id == "IN-USE-02":
            spec = Spec(
                "IN-USE-02",
                "addressed",
                "favourable",
                [
                    "乙は、甲の事前の書面による同意がない限り、入力データをAIモデルの学習又は改善のために利用してはならない。"
                ],
                0.9,
                (
                    "第2条第2項は学習利用に甲の事前の書面同意を要求している。",
                    "Art. 2(2) now requires the user's prior written consent for training.",
                ),
            )
        elif spec.item_id == "X-SEC-03":
            spec = Spec(
                "X-SEC-03",
                "addressed",
                "neutral",
                ["乙は、入力データの漏えいその他のインシデントを知ったときは、直ちに甲に通知する。"],
                0.81,
                (
                    "第9条に通知義務があるが、通知内容の定めはない。",
                    "Art. 9 requires notice but does not say what it must contain.",
                ),
            )
        elif spec.item_id == "X-ASF-01":
            spec = Spec(
                "X-ASF-01",
                "missing",
                None,
                [],
                0.75,
                ("反社会的勢力の排除条項が見当たらない。", "No anti-social-forces clause was found."),
                ("反社会的勢力の排除条項の復活を求める。", "Ask to restore the anti-social-forces clause."),
            )
        specs.append(spec)
    return specs


_JA_CLAUSE = re.compile(r"^第(\d+)条((.+?))$", re.MULTILINE)
_EN_CLAUSE = re.compile(r"^(\d+)\. (.+)$", re.MULTILINE)


def _pages(text: str) -> list[Page]:
    pages: list[Page] = []
    start = 0
    for number, chunk in enumerate(text.split("\f"), start=1):
        end = start + len(chunk)
        pages.append(Page(number=number, start=start, end=end))
        start = end + 1
    return pages


def _clauses(text: str, lang: str, pages: list[Page]) -> list[Clause]:
    pattern = _JA_CLAUSE if lang == "ja" else _EN_CLAUSE
    heads = list(pattern.finditer(text))
    out: list[Clause] = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[m.start() : end].rstrip("\n\f")
        number = f"第{m.group(1)}条" if lang == "ja" else m.group(1)
        out.append(
            Clause(
                id=f"c{m.group(1)}",
                number=number,
                heading=m.group(2),
                level=0,
                text=body,
                start=m.start(),
                end=m.start() + len(body),
                page=_page_of(m.start(), pages),
            )
        )
    return out


def _page_of(offset: int, pages: list[Page]) -> int:
    return next((p.number for p in pages if p.start <= offset <= p.end), pages[-1].number)


def _evidence(quote: str, text: str, clauses: list[Clause], pages: list[Page]) -> Evidence:
    start = text.index(quote)
    assert text.count(quote) == 1, f"quote not unique: {quote!r}"
    clause = next((c.id for c in clauses if c.start <= start < c.end), None)
    return Evidence(
        document=0, clause=clause, page=_page_of(start, pages), start=start, end=start + len(quote), quote=quote
    )


def _summary(findings: list[Finding]) -> ReviewSummary:
    def counts(key: str, value: str) -> dict[str, int]:
        return dict(Counter(f.status for f in findings if getattr(f.item, key) == value))

    return ReviewSummary(
        items=len(findings),
        by_status={s: sum(f.status == s for f in findings) for s in ("addressed", "missing", "needs-review")},
        by_position={p: sum(f.position == p for f in findings) for p in ("favourable", "neutral", "unfavourable")},
        by_heading={h: counts("heading", h) for h in HEADINGS if counts("heading", h)},
        by_side={s: counts("side", s) for s in SIDE_ORDER if counts("side", s)},
        high_severity_open=[
            f.item_id
            for f in findings
            if f.item.severity == "high" and (f.status == "missing" or f.position == "unfavourable")
        ],
    )


def build_review(lang: str, draft: int = 1) -> Review:
    """The fixture review of the Japanese (``ja``, drafts 1 and 2) or English (``en``) contract."""
    catalog = load_catalog()
    if lang == "ja":
        text, specs = (JA_TEXT, JA_SPECS) if draft == 1 else (JA2_TEXT, _ja2_specs())
    else:
        text, specs = EN_TEXT, EN_SPECS
    profile = Profile(deal_type="general-service", role="user", personal_data="personal", cross_border=lang == "en")
    entries = {entry.item.id: entry for entry in tailor(catalog, profile)}
    pages = _pages(text)
    clauses = _clauses(text, lang, pages)
    findings: list[Finding] = []
    for spec in specs:
        entry = entries[spec.item_id]
        item = entry.item
        findings.append(
            Finding(
                item_id=item.id,
                item=FindingItem(
                    title=item.title,
                    question=item.question,
                    guidance=item.guidance,
                    heading=item.heading,
                    side=item.side,
                    evidence_tag=item.evidence_tag,
                    severity=entry.severity,
                    protects=item.protects,
                    positions=item.positions,
                    fallback=item.positions.user.fallback,
                    sample_clause=item.sample_clauses.for_role("user"),
                    not_automatable=item.not_automatable,
                    notes=entry.notes,
                ),
                topics=list(item.topics),
                status=spec.status,  # type: ignore[arg-type]
                position=spec.position,  # type: ignore[arg-type]
                confidence=spec.confidence,
                evidence=[_evidence(q, text, clauses, pages) for q in spec.quotes],
                cue=spec.cue,
                rationale=LocalText(ja=spec.rationale[0], en=spec.rationale[1]),
                suggestion=LocalText(ja=spec.suggestion[0], en=spec.suggestion[1]) if spec.suggestion else None,
            )
        )
    if lang == "ja":
        parties = [
            Party(
                name="株式会社みなと商事",
                aliases=["甲"],
                role="user",
                start=text.index("株式会社みなと商事"),
                end=text.index("株式会社みなと商事") + 9,
            ),
            Party(
                name="株式会社ソラリスAI",
                aliases=["乙"],
                role="vendor",
                start=text.index("株式会社ソラリスAI"),
                end=text.index("株式会社ソラリスAI") + 10,
            ),
        ]
    else:
        parties = [
            Party(
                name="Harbor Retail Inc.",
                aliases=["Customer"],
                role="user",
                start=text.index("Harbor Retail Inc."),
                end=text.index("Harbor Retail Inc.") + 18,
            ),
            Party(
                name="Nimbus Models LLC",
                aliases=["Provider"],
                role="vendor",
                start=text.index("Nimbus Models LLC"),
                end=text.index("Nimbus Models LLC") + 17,
            ),
        ]
    topics: dict[str, TopicSummary] = {}
    for key in TOPICS:
        related = [f for f in findings if key in f.topics]
        addressed = [f for f in related if f.status == "addressed"]
        topics[key] = TopicSummary(
            status="addressed"
            if addressed
            else ("needs-review" if any(f.status == "needs-review" for f in related) else "missing"),
            position=addressed[0].position if addressed else None,
            in_checklist=bool(related),
            items=[f.item_id for f in related],
            evidence=[f.evidence[0] for f in addressed if f.evidence][:3],
        )
    source = f"contracts/ja-ai-service-v{draft}.txt" if lang == "ja" else "contracts/en-ai-services.txt"
    return Review(
        generated_at=f"2025-06-0{draft}T09:00:00+00:00",
        tool=ToolInfo(name="aicc", version="0.1.0", engine="fixture", embedding_model=None),
        catalog={"id": catalog.meta.id, "version": catalog.meta.version, "edition": catalog.meta.edition},  # type: ignore[arg-type]
        profile=ReviewProfile(**profile.model_dump(), deal_type_source="flag"),  # type: ignore[arg-type]
        documents=[
            ReviewDocument(
                index=0,
                source=source,
                sha256="0" * 64,
                format="text",
                language=lang,  # type: ignore[arg-type]
                pages=pages,
                text=text,
                parties=parties,
                clauses=clauses,
            )
        ],
        findings=findings,
        topics=topics,
        summary=_summary(findings),
        disclaimer=LocalText(
            ja="本レポートは交渉を支援するためのもので、法的助言ではありません。",
            en="This report supports a negotiation. It is not legal advice.",
        ),
    )


def main() -> None:
    for name, review in fixture_reviews().items():
        (HERE / name).write_text(review.model_dump_json(indent=2) + "\n", encoding="utf-8")
    for name, text in contract_texts().items():
        (HERE / name).write_text(text, encoding="utf-8")


def fixture_reviews() -> dict[str, Review]:
    """File name -> review, as committed in tests/fixtures/report/."""
    return {
        "review-ja.json": build_review("ja"),
        "review-ja-v2.json": build_review("ja", 2),
        "review-en.json": build_review("en"),
    }


def contract_texts() -> dict[str, str]:
    return {"ja-ai-service-v1.txt": JA_TEXT, "ja-ai-service-v2.txt": JA2_TEXT, "en-ai-services.txt": EN_TEXT}


if __name__ == "__main__":
    main()
