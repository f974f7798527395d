"""Profile -> checklist: the items that apply to one deal, in priority order, with reasons."""

from __future__ import annotations

from aicc.models import (
    Catalog,
    Conditions,
    Item,
    LocalText,
    Playbook,
    PlaybookModify,
    Profile,
    Severity,
    SidePositions,
    TailoredItem,
)
from aicc.vocabulary import DEAL_TYPES, ORG_SIZES, SECTORS, SEVERITY_ORDER, SIDE_ORDER

_PERSONAL = {
    "personal": LocalText(ja="個人情報を取り扱う", en="personal data is involved"),
    "sensitive": LocalText(ja="要配慮個人情報を取り扱う", en="sensitive personal data is involved"),
    "none": LocalText(ja="個人情報を取り扱わない", en="no personal data is involved"),
}


_UNSTATED = {
    "personal_data": LocalText(
        ja="個人情報の有無が未指定のため表示(--personal-data none で除外)",
        en="personal data not stated, so shown (--personal-data none drops it)",
    ),
    "cross_border": LocalText(
        ja="国外移転の有無が未指定のため表示(--domestic で除外)",
        en="cross-border processing not stated, so shown (--domestic drops it)",
    ),
    "confidential_input": LocalText(
        ja="秘密情報の入力の有無が未指定のため表示(--no-confidential-input で除外)",
        en="confidential input not stated, so shown (--no-confidential-input drops it)",
    ),
    "third_party_content": LocalText(
        ja="第三者コンテンツの入力の有無が未指定のため表示(--no-third-party-content で除外)",
        en="third-party content not stated, so shown (--no-third-party-content drops it)",
    ),
}


def _label(table: dict[str, tuple[str, str]], key: str) -> tuple[str, str]:
    return table[key]


def conditions_hold(cond: Conditions, profile: Profile) -> list[LocalText] | None:
    """The reasons the conditions hold for this profile, or None if one does not."""
    reasons: list[LocalText] = []
    if cond.personal_data is not None:
        if profile.personal_data is None:
            reasons.append(_UNSTATED["personal_data"])
        elif profile.personal_data not in cond.personal_data:
            return None
        else:
            reasons.append(_PERSONAL[profile.personal_data])
    if cond.cross_border is not None:
        if profile.cross_border is None:
            reasons.append(_UNSTATED["cross_border"])
        elif profile.cross_border != cond.cross_border:
            return None
        elif cond.cross_border:
            where = ", ".join(profile.countries)
            reasons.append(
                LocalText(
                    ja="データが国外で処理・保存される" + (f"({where})" if where else ""),
                    en="data is processed or stored abroad" + (f" ({where})" if where else ""),
                )
            )
    if cond.ai_kind is not None:
        if profile.ai_kind not in cond.ai_kind:
            return None
        ja = "生成AI" if profile.ai_kind == "generative" else "識別系AI"
        reasons.append(LocalText(ja=f"{ja}を対象とする", en=f"the AI is {profile.ai_kind}"))
    for flag, text in (
        ("confidential_input", LocalText(ja="秘密のノウハウ等をインプットする", en="confidential know-how goes in")),
        ("third_party_content", LocalText(ja="第三者のコンテンツをインプットする", en="third-party content goes in")),
    ):
        wanted = getattr(cond, flag)
        if wanted is None:
            continue
        actual = getattr(profile, flag)
        if actual is None:
            reasons.append(_UNSTATED[flag])
        elif actual != wanted:
            return None
        elif wanted:
            reasons.append(text)
    audience = _audience(cond, profile)
    if audience is None:
        return None
    reasons.extend(audience)
    if cond.roles is not None:
        if profile.role not in cond.roles:
            return None
        reasons.append(
            LocalText(
                ja="当方の立場: " + ("ユーザ" if profile.role == "user" else "ベンダ"),
                en=f"our role: {profile.role}",
            )
        )
    return reasons


def _audience(cond: Conditions, profile: Profile) -> list[LocalText] | None:
    """Sector and size. When both are given they are alternatives: either one suffices."""
    if cond.sectors is None and cond.org_sizes is None:
        return []
    reasons: list[LocalText] = []
    if cond.sectors is not None and profile.sector in cond.sectors:
        ja, en = _label(SECTORS, profile.sector)
        reasons.append(LocalText(ja=f"業種: {ja}", en=f"sector: {en}"))
    if cond.org_sizes is not None and profile.org_size in cond.org_sizes:
        ja, en = _label(ORG_SIZES, profile.org_size)
        reasons.append(LocalText(ja=f"組織規模: {ja}", en=f"organisation size: {en}"))
    return reasons or None


def _deal_reason(item: Item, profile: Profile) -> LocalText | None:
    if profile.deal_type is None:
        return LocalText(
            ja="取引類型が未指定のため全類型の項目を表示", en="deal type not given: items of every type shown"
        )
    if profile.deal_type not in item.deal_types:
        return None
    ja, en = DEAL_TYPES[profile.deal_type]
    return LocalText(ja=f"取引類型「{ja}」に該当", en=f"applies to deal type: {en}")


def _raise(current: Severity, target: Severity) -> Severity:
    return target if SEVERITY_ORDER.index(target) < SEVERITY_ORDER.index(current) else current


def _override(positions: SidePositions, change: object) -> SidePositions:
    update = {k: v for k, v in vars(change).items() if v is not None}
    return positions.model_copy(update=update)


def _apply_modify(item: Item, change: PlaybookModify) -> Item:
    positions = item.positions
    if change.user is not None:
        positions = positions.model_copy(update={"user": _override(positions.user, change.user)})
    if change.vendor is not None:
        positions = positions.model_copy(update={"vendor": _override(positions.vendor, change.vendor)})
    samples = item.sample_clauses
    if change.sample_clause is not None:
        samples = samples.model_copy(update={"user": change.sample_clause, "vendor": change.sample_clause})
    return item.model_copy(update={"positions": positions, "sample_clauses": samples})


def _selected(items: list[Item], playbook: Playbook | None) -> list[Item]:
    if playbook is None:
        return items
    chosen = items
    if playbook.select.include is not None:
        wanted = set(playbook.select.include) | {item.id for item in playbook.add}
        chosen = [item for item in chosen if item.id in wanted]
    if playbook.select.include_topics is not None:
        topics = set(playbook.select.include_topics)
        added = {item.id for item in playbook.add}
        chosen = [item for item in chosen if item.id in added or topics & set(item.topics)]
    excluded = set(playbook.select.exclude)
    return [item for item in chosen if item.id not in excluded]


def priority_key(entry: TailoredItem) -> tuple[int, int, str]:
    return (SEVERITY_ORDER.index(entry.severity), SIDE_ORDER.index(entry.item.side), entry.item.id)


def tailor(catalog: Catalog, profile: Profile, playbook: Playbook | None = None) -> list[TailoredItem]:
    """The items that apply to the deal, highest priority first (severity, then side, then id)."""
    items = list(catalog.items) + (list(playbook.add) if playbook else [])
    modifications = {change.item: change for change in playbook.modify} if playbook else {}
    result: list[TailoredItem] = []
    for item in _selected(items, playbook):
        deal_reason = _deal_reason(item, profile)
        if deal_reason is None:
            continue
        condition_reasons = conditions_hold(item.conditions, profile)
        if condition_reasons is None:
            continue
        reasons = [deal_reason, *condition_reasons]
        severity: Severity = item.severity
        notes: list[LocalText] = []
        for rule in catalog.meta.profile_rules:
            if not (item.id in rule.items or set(rule.topics) & set(item.topics)):
                continue
            rule_reasons = conditions_hold(rule.when, profile)
            if rule_reasons is None:
                continue
            raised = _raise(severity, rule.raise_to)
            if raised != severity:
                severity = raised
                reasons.append(rule.note)
            else:
                notes.append(rule.note)
        if playbook is not None and item.id in {added.id for added in playbook.add}:
            reasons.append(
                LocalText(
                    ja=f"社内プレイブック「{playbook.title.ja}」の追加項目",
                    en=f"house item of playbook {playbook.title.en!r}",
                )
            )
        change = modifications.get(item.id)
        if change is not None:
            item = _apply_modify(item, change)
            if change.severity is not None and change.severity != severity:
                severity = change.severity
                reasons.append(
                    LocalText(
                        ja=f"プレイブックにより重要度を{severity}に変更",
                        en=f"severity set to {severity} by the playbook",
                    )
                )
            if change.note is not None:
                notes.append(change.note)
        result.append(TailoredItem(item=item, severity=severity, reasons=reasons, notes=notes))
    result.sort(key=priority_key)
    return result
