"""The terminal summary of a review (Rich): coverage by heading, then what needs attention first."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from aicc.models import Finding, Review
from aicc.vocabulary import DEAL_TYPES, HEADINGS, SEVERITY_ORDER, heading_label

_POS = {
    "favourable": ("有利", "favourable", "green"),
    "neutral": ("中立", "neutral", "yellow"),
    "unfavourable": ("不利", "unfavourable", "red"),
}
_STATUS = {
    "addressed": ("記載あり", "addressed", "green"),
    "missing": ("記載なし", "missing", "red"),
    "needs-review": ("要確認", "needs review", "magenta"),
}
_SEV = {"high": ("高", "high", "bold red"), "medium": ("中", "medium", "yellow"), "low": ("低", "low", "dim")}


def _t(pair: tuple[str, str, str], lang: str) -> Text:
    return Text(pair[0] if lang == "ja" else pair[1], style=pair[2])


def _clip(text: str, limit: int = 220) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _attention(findings: list[Finding]) -> list[Finding]:
    """Unfavourable and missing items, high severity first, unfavourable before missing."""
    open_items = [f for f in findings if f.position == "unfavourable" or f.status == "missing"]
    return sorted(
        open_items,
        key=lambda f: (SEVERITY_ORDER.index(f.item.severity), 0 if f.position == "unfavourable" else 1, f.item_id),
    )


def render(review: Review, lang: str, console: Console, *, limit: int = 12) -> None:
    ja = lang == "ja"
    profile = review.profile
    deal = DEAL_TYPES.get(profile.deal_type or "", ("-", "-"))
    head = Text()
    head.append(("AI契約レビュー" if ja else "AI contract review") + "\n", style="bold")
    for doc in review.documents:
        head.append(f"[{doc.index + 1}] {doc.source}  ({doc.format}, {doc.language}, {len(doc.pages)} p.)\n")
    role = ("ユーザ" if profile.role == "user" else "ベンダ") if ja else profile.role
    head.append(("立場: " if ja else "Our side: ") + role + "   ")
    head.append(("取引類型: " if ja else "Deal type: ") + (deal[0] if ja else deal[1]))
    if profile.deal_type_source == "inferred" and profile.deal_type_reason is not None:
        head.append("\n" + profile.deal_type_reason.get(lang), style="dim")
    console.print(Panel(head, expand=True))

    coverage = Table(title="見出し別の状況" if ja else "Coverage by heading", expand=False)
    coverage.add_column("見出し" if ja else "Heading")
    for key in ("addressed", "missing", "needs-review"):
        coverage.add_column(_t(_STATUS[key], lang), justify="right")
    coverage.add_column(_t(_POS["unfavourable"], lang), justify="right")
    for heading in HEADINGS:
        rows = [f for f in review.findings if f.item.heading == heading]
        if not rows:
            continue
        coverage.add_row(
            heading_label(heading, lang),
            *(str(sum(1 for f in rows if f.status == key)) for key in ("addressed", "missing", "needs-review")),
            str(sum(1 for f in rows if f.position == "unfavourable")),
        )
    s = review.summary
    coverage.add_row(
        Text("合計" if ja else "Total", style="bold"),
        *(Text(str(s.by_status.get(k, 0)), style="bold") for k in ("addressed", "missing", "needs-review")),
        Text(str(s.by_position.get("unfavourable", 0)), style="bold"),
    )
    console.print(coverage)

    attention = _attention(review.findings)
    if attention:
        console.print(Text("優先して確認すべき項目" if ja else "Needs attention first", style="bold underline"))
    for finding in attention[:limit]:
        title = finding.item.title.get(lang)
        line = Text()
        line.append(f"{finding.item_id} ", style="bold")
        line.append_text(_t(_SEV[finding.item.severity], lang))
        line.append(" ")
        if finding.status == "missing":
            line.append_text(_t(_STATUS["missing"], lang))
        else:
            line.append_text(_t(_POS["unfavourable"], lang))
        line.append(f"  {title}")
        parts: list[Text | str] = [line]
        for ev in finding.evidence[:1]:
            where = f"[{ev.document + 1}] " if len(review.documents) > 1 else ""
            clause = ev.clause or "-"
            label = f"{where}{'条項' if ja else 'clause'} {clause}, p.{ev.page}"
            parts.append(
                Text(
                    f"    {label}: 「{_clip(ev.quote)}」" if ja else f"    {label}: \u201c{_clip(ev.quote)}\u201d",
                    style="cyan",
                )
            )
        if finding.suggestion is not None:
            parts.append(Text("    → " + _clip(finding.suggestion.get(lang), 300), style="dim"))
        console.print(Group(*parts))
    if len(attention) > limit:
        more = len(attention) - limit
        console.print(
            Text(
                f"…ほか{more}項目。全件は --format json または aicc report で確認できます。"
                if ja
                else f"… and {more} more. See all with --format json or aicc report.",
                style="dim",
            )
        )

    table = Table(title="全項目" if ja else "All items", expand=True, show_lines=False)
    table.add_column("ID", no_wrap=True)
    table.add_column("重要度" if ja else "Sev.", no_wrap=True)
    table.add_column("項目" if ja else "Item", ratio=3)
    table.add_column("状態" if ja else "Status", no_wrap=True)
    table.add_column("評価" if ja else "Position", no_wrap=True)
    table.add_column("根拠" if ja else "Where", ratio=2)
    for finding in review.findings:
        first = finding.evidence[0] if finding.evidence else None
        where = ""
        if first is not None:
            ev = first
            prefix = f"[{ev.document + 1}] " if len(review.documents) > 1 else ""
            where = f"{prefix}{ev.clause or '-'} p.{ev.page}"
        table.add_row(
            finding.item_id,
            _t(_SEV[finding.item.severity], lang),
            escape(finding.item.title.get(lang)),
            _t(_STATUS[finding.status], lang),
            _t(_POS[finding.position], lang) if finding.position else Text("-"),
            where,
        )
    console.print(table)
    for warning in review.summary.warnings:
        console.print(Text(("注意: " if ja else "warning: ") + warning, style="yellow"))
    console.print(Text(review.disclaimer.get(lang), style="dim italic"))
