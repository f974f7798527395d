"""One item as readable text for the terminal (``aicc catalog show``)."""

from __future__ import annotations

from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from aicc.models import Catalog, Item
from aicc.vocabulary import DEAL_TYPES, EVIDENCE_TAGS, HEADINGS, SIDES, topic_label


def _pair(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    ja, en = table[key]
    return ja if lang == "ja" else en


def item_as_text(item: Item, catalog: Catalog, lang: str) -> Panel:
    other = "en" if lang == "ja" else "ja"
    sources = {source.id: source for source in catalog.meta.sources}
    ja = lang == "ja"
    lines: list[str] = [
        f"[bold]{escape(item.title.get(lang))}[/]  [dim]{escape(item.title.get(other))}[/]",
        "",
        f"{'区分' if ja else 'Side'}: {_pair(SIDES, item.side, lang)}   "
        f"{'見出し' if ja else 'Heading'}: {_pair(HEADINGS, item.heading, lang)}   "
        f"{'重要度' if ja else 'Severity'}: {item.severity}   "
        f"{'保護される側' if ja else 'Protects'}: {item.protects}",
        f"{'根拠の種類' if ja else 'Evidence'}: {item.evidence_tag} ({_pair(EVIDENCE_TAGS, item.evidence_tag, lang)})",
        f"{'取引類型' if ja else 'Deal types'}: " + ", ".join(_pair(DEAL_TYPES, d, lang) for d in item.deal_types),
        f"{'トピック' if ja else 'Topics'}: " + ", ".join(f"{t} ({topic_label(t, lang)})" for t in item.topics),
    ]
    conditions = item.conditions.model_dump(exclude_none=True)
    if conditions:
        lines.append(f"{'適用条件' if ja else 'Conditions'}: {escape(str(conditions))}")
    lines += ["", f"[bold]{'確認事項' if ja else 'Question'}[/]", escape(item.question.get(lang)), ""]
    lines += [f"[bold]{'解説' if ja else 'Guidance'}[/]", escape(item.guidance.get(lang)), ""]
    for side in ("user", "vendor"):
        pos = getattr(item.positions, side)
        name = ("ユーザ側" if side == "user" else "ベンダ側") if ja else f"{side.capitalize()} side"
        lines += [
            f"[bold]{name}[/]",
            f"  + {escape(pos.favourable.get(lang))}",
            f"  - {escape(pos.unfavourable.get(lang))}",
            f"  ~ {escape(pos.fallback.get(lang))}",
        ]
    lines += ["", f"[bold]{'条項例' if ja else 'Sample clauses'}[/]"]
    lines.append(f"  ({'ユーザ' if ja else 'user'}) {escape(item.sample_clauses.user.get(lang))}")
    if item.sample_clauses.vendor is not None:
        lines.append(f"  ({'ベンダ' if ja else 'vendor'}) {escape(item.sample_clauses.vendor.get(lang))}")
    if item.not_automatable is not None:
        lines += [
            "",
            f"[bold]{'自動判定不可' if ja else 'Not automatable'}[/]: {escape(item.not_automatable.get(lang))}",
        ]
    lines += ["", f"[bold]{'出典' if ja else 'References'}[/]"]
    for ref in item.references:
        source = sources.get(ref.source)
        title = source.title.get(lang) if source else ref.source
        lines.append(f"  [{ref.source}] {escape(title)}: {escape(ref.locator)}")
    hints = item.detection.ja if ja else item.detection.en
    lines += ["", f"[dim]{'検出キーワード' if ja else 'Detection keywords'}: {escape(', '.join(hints.keywords))}[/]"]
    lines.append(f"[dim]{'テスト条項' if ja else 'Test clauses'}: {len(item.tests)}[/]")
    body = Text.from_markup("\n".join(lines))
    return Panel(Group(body), title=item.id, title_align="left")
