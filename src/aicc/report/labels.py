"""The words reports use, in Japanese and English: one table, shared by every format."""

from __future__ import annotations

from typing import Final

from aicc.vocabulary import DEAL_TYPES, EVIDENCE_TAGS, HEADINGS, ORG_SIZES, SECTORS, SIDES, TOPICS

Pair = tuple[str, str]

STATUS: Final[dict[str, Pair]] = {
    "addressed": ("定めあり", "addressed"),
    "missing": ("定めなし", "missing"),
    "needs-review": ("要確認", "needs review"),
}
POSITION: Final[dict[str, Pair]] = {
    "favourable": ("有利", "favourable"),
    "neutral": ("中立", "neutral"),
    "unfavourable": ("不利", "unfavourable"),
}
SEVERITY: Final[dict[str, Pair]] = {"high": ("高", "high"), "medium": ("中", "medium"), "low": ("低", "low")}
ROLE: Final[dict[str, Pair]] = {"user": ("ユーザ", "user"), "vendor": ("ベンダ", "vendor")}
PERSONAL_DATA: Final[dict[str, Pair]] = {
    "none": ("なし", "none"),
    "personal": ("個人データ", "personal data"),
    "sensitive": ("要配慮個人情報", "sensitive personal data"),
}
AUDIENCE: Final[dict[str, Pair]] = {
    "internal": ("社内用", "internal"),
    "counterparty": ("相手方送付用", "for the counterparty"),
}
CHANGE: Final[dict[str, Pair]] = {
    "newly-addressed": ("新たに手当て", "newly addressed"),
    "position-changed": ("評価が変化", "position changed"),
    "dropped": ("削除・後退", "dropped"),
    "status-changed": ("状況が変化", "status changed"),
    "quote-changed": ("文言が変化", "wording changed"),
    "added-item": ("項目の追加", "item added"),
    "removed-item": ("項目の削除", "item removed"),
}

UI: Final[dict[str, Pair]] = {
    "title": ("AI契約レビュー", "AI contract review"),
    "compare_title": ("AI契約レビュー 版比較", "AI contract review: changes between drafts"),
    "not_legal_advice": (
        "本レポートは交渉を支援するためのもので、法的助言ではありません。",
        "This report supports a negotiation. It is not legal advice.",
    ),
    "deal_type": ("取引類型", "Deal type"),
    "role": ("当方の立場", "Our side"),
    "sector": ("業種", "Sector"),
    "org_size": ("規模", "Organisation size"),
    "personal_data": ("個人データ", "Personal data"),
    "cross_border": ("越境移転", "Cross-border"),
    "countries": ("移転先", "Countries"),
    "home": ("自国法域", "Home jurisdiction"),
    "catalog": ("チェックリスト", "Checklist"),
    "edition": ("版", "Edition"),
    "playbook": ("プレイブック", "Playbook"),
    "tool": ("ツール", "Tool"),
    "generated": ("作成日時", "Generated"),
    "documents": ("対象文書", "Documents"),
    "audience": ("宛先", "Audience"),
    "summary": ("概要", "Summary"),
    "coverage": ("見出し・区分ごとの対応状況", "Coverage by heading and side"),
    "by_status": ("状況別件数", "By status"),
    "by_position": ("評価別件数", "By position"),
    "items": ("項目", "Items"),
    "high_open": ("重要度「高」の未解決項目", "High-severity items still open"),
    "findings": ("項目別の結果", "Findings by item"),
    "status": ("状況", "Status"),
    "position": ("評価", "Position"),
    "severity": ("重要度", "Severity"),
    "evidence_tag": ("根拠の種類", "Evidence"),
    "side": ("区分", "Side"),
    "heading": ("見出し", "Heading"),
    "topic": ("トピック", "Topic"),
    "topics": ("トピック", "Topics"),
    "question": ("確認事項", "Question"),
    "quote": ("該当箇所", "Quote"),
    "clause": ("条項", "Clause"),
    "page": ("頁", "Page"),
    "no_quote": ("該当する条項は見つかりませんでした。", "No clause was found for this item."),
    "rationale": ("判断理由", "Why"),
    "suggestion": ("修正の提案", "Suggestion"),
    "our_request": ("当方の要望", "What we ask for"),
    "sample_clause": ("条項例", "Sample clause"),
    "fallback": ("代替案(譲歩ライン)", "Fallback position"),
    "notes": ("社内メモ", "Internal notes"),
    "work_notes": ("メモ", "Notes"),
    "confidence": ("確度", "Confidence"),
    "not_automatable": ("人による判断が必要", "Needs a person's judgement"),
    "contract_text": ("契約本文", "Contract text"),
    "filters": ("絞り込み", "Filter"),
    "all": ("すべて", "all"),
    "shown": ("表示中", "shown"),
    "language": ("言語", "Language"),
    "item": ("項目", "Item"),
    "id": ("ID", "ID"),
    "owner": ("担当者", "Owner"),
    "agreed_position": ("合意内容", "Agreed position"),
    "change": ("変更", "Change"),
    "old": ("旧版", "Old draft"),
    "new": ("新版", "New draft"),
    "no_changes": ("変更はありません。", "No changes."),
    "changes": ("変更点", "Changes"),
    "warnings": ("注意", "Warnings"),
    "yes": ("あり", "yes"),
    "no": ("なし", "no"),
    "guidance": ("解説", "Guidance"),
    "about": ("情報", "About"),
    "checklist_sheet": ("チェックリスト", "Checklist"),
}


def pick(pair: Pair, lang: str) -> str:
    return pair[0] if lang == "ja" else pair[1]


def label(table: str, key: str | None) -> Pair:
    """The (ja, en) label of ``key`` in one of the tables (status, position, heading …)."""
    if key is None:
        return ("—", "—")
    tables: dict[str, dict[str, Pair]] = {
        "status": STATUS,
        "position": POSITION,
        "severity": SEVERITY,
        "role": ROLE,
        "personal_data": PERSONAL_DATA,
        "audience": AUDIENCE,
        "change": CHANGE,
        "heading": dict(HEADINGS),
        "side": dict(SIDES),
        "topic": dict(TOPICS),
        "evidence_tag": dict(EVIDENCE_TAGS),
        "deal_type": dict(DEAL_TYPES),
        "sector": dict(SECTORS),
        "org_size": dict(ORG_SIZES),
        "ui": UI,
    }
    return tables[table].get(key, (key, key))
