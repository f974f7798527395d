"""What to ask for: rationale and suggestion texts of a finding, in both languages."""

from __future__ import annotations

from aicc.models import Item, LocalText, Role
from aicc.review.engine import Match

_POS_JA = {"favourable": "有利", "neutral": "中立", "unfavourable": "不利"}
_SIDE_JA = {"user": "ユーザ", "vendor": "ベンダ"}


def _where(match: Match, many_documents: bool) -> tuple[str, str]:
    unit = match.unit
    clause = unit.clause or "-"
    doc_ja = f"文書{unit.document + 1}の" if many_documents else ""
    doc_en = f" of document {unit.document + 1}" if many_documents else ""
    return f"{doc_ja}{clause}条項(p.{unit.page})", f"clause {clause}{doc_en} (p. {unit.page})"


def rationale(
    item: Item, status: str, position: str | None, matches: list[Match], role: Role, many_documents: bool
) -> LocalText:
    side_ja = _SIDE_JA[role]
    if status == "missing":
        return LocalText(
            ja="この論点を扱う条項は見つかりませんでした。",
            en="No clause addressing this point was found.",
        )
    if status == "needs-review":
        reason = item.not_automatable or LocalText(ja="自動判定の対象外です。", en="Not judged automatically.")
        if matches:
            where_ja, where_en = _where(matches[0], many_documents)
            return LocalText(
                ja=f"人による確認が必要です({reason.ja})。候補: {where_ja}。",
                en=f"Needs a person to judge ({reason.en}). Candidate: {where_en}.",
            )
        return LocalText(
            ja=f"人による確認が必要です({reason.ja})。候補条項なし。",
            en=f"Needs a person to judge ({reason.en}). No candidate clause.",
        )
    top = matches[0]
    where_ja, where_en = _where(top, many_documents)
    cue = top.judgement.cue if top.judgement is not None else ""
    pos = position or "neutral"
    return LocalText(
        ja=f"{where_ja}で扱われています。{side_ja}にとって{_POS_JA[pos]}(判定根拠: {cue}。検出根拠: {top.basis})。",
        en=f"Addressed in {where_en}; {pos} to the {role} (decided by: {cue}; found by: {top.basis}).",
    )


def suggestion(item: Item, status: str, position: str | None, role: Role) -> LocalText | None:
    """What to ask for when the point is missing or the clause is unfavourable."""
    if status == "addressed" and position != "unfavourable":
        return None
    if status == "needs-review" and position != "unfavourable":
        side = item.positions.user if role == "user" else item.positions.vendor
        return LocalText(
            ja=f"候補条項を確認してください。望ましい内容: {side.favourable.ja}",
            en=f"Check the candidate clauses. What to aim for: {side.favourable.en}",
        )
    side = item.positions.user if role == "user" else item.positions.vendor
    sample = item.sample_clauses.for_role(role)
    lead_ja = "次の条項の追加を求めてください。" if status == "missing" else "不利な条項の修正を求めてください。"
    lead_en = "Ask for a clause on this point." if status == "missing" else "Ask to amend the unfavourable clause."
    return LocalText(
        ja=f"{lead_ja}望ましい内容: {side.favourable.ja} 譲歩案: {side.fallback.ja} 条項例: 「{sample.ja}」",
        en=f'{lead_en} Aim for: {side.favourable.en} Fallback: {side.fallback.en} Sample clause: "{sample.en}"',
    )
