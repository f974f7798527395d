"""Render a tailored checklist: JSON (stable interface), CSV, Markdown, XLSX and a Rich table."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from aicc.models import Catalog, CatalogRef, ChecklistEntry, ChecklistOutput, Playbook, Profile, TailoredItem
from aicc.vocabulary import DEAL_TYPES, EVIDENCE_TAGS, HEADINGS, SIDES, topic_label

if TYPE_CHECKING:
    from rich.table import Table

SEVERITY_LABEL = {"high": ("高", "high"), "medium": ("中", "medium"), "low": ("低", "low")}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "ja" else pair[1]


def checklist_output(
    catalog: Catalog, profile: Profile, entries: list[TailoredItem], playbook: Playbook | None = None
) -> ChecklistOutput:
    return ChecklistOutput(
        catalog=CatalogRef(id=catalog.meta.id, version=catalog.meta.version, edition=catalog.meta.edition),
        playbook=playbook.id if playbook else None,
        profile=profile,
        items=[
            ChecklistEntry(
                id=entry.item.id,
                side=entry.item.side,
                heading=entry.item.heading,
                title=entry.item.title,
                question=entry.item.question,
                severity=entry.severity,
                evidence_tag=entry.item.evidence_tag,
                topics=list(entry.item.topics),
                deal_types=list(entry.item.deal_types),
                not_automatable=entry.item.not_automatable is not None,
                reasons=entry.reasons + entry.notes,
            )
            for entry in entries
        ],
    )


def to_json(output: ChecklistOutput) -> str:
    return output.model_dump_json(indent=2) + "\n"


COLUMNS = {
    "ja": ["ID", "区分", "見出し", "項目", "確認事項", "重要度", "根拠の種類", "トピック", "該当理由"],
    "en": ["ID", "Side", "Heading", "Item", "Question", "Severity", "Evidence", "Topics", "Why it applies"],
}
WORK_COLUMNS = {
    "ja": ["状況", "担当者", "メモ"],
    "en": ["Status", "Owner", "Notes"],
}


def _row(entry: TailoredItem, lang: str) -> list[str]:
    item = entry.item
    return [
        item.id,
        _pick(SIDES[item.side], lang),
        _pick(HEADINGS[item.heading], lang),
        item.title.get(lang),
        item.question.get(lang),
        _pick(SEVERITY_LABEL[entry.severity], lang),
        _pick(EVIDENCE_TAGS[item.evidence_tag], lang),
        ", ".join(topic_label(t, lang) for t in item.topics),
        "; ".join(reason.get(lang) for reason in entry.reasons + entry.notes),
    ]


def to_csv(entries: list[TailoredItem], lang: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS[lang] + WORK_COLUMNS[lang])
    for entry in entries:
        writer.writerow([*_row(entry, lang), "", "", ""])
    return buffer.getvalue()


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(catalog: Catalog, profile: Profile, entries: list[TailoredItem], lang: str) -> str:
    deal = (
        _pick(DEAL_TYPES[profile.deal_type], lang) if profile.deal_type else ("未指定" if lang == "ja" else "not set")
    )
    if lang == "ja":
        head = [
            f"# AI契約チェックリスト({catalog.meta.id} {catalog.meta.version})",
            "",
            f"- 取引類型: {deal}",
            f"- 当方の立場: {'ユーザ' if profile.role == 'user' else 'ベンダ'}",
            f"- 項目数: {len(entries)}",
            "",
            "> 本チェックリストの文言は経済産業省の原文ではなく、aicc による再構成です。法的助言ではありません。",
        ]
    else:
        head = [
            f"# AI contract checklist ({catalog.meta.id} {catalog.meta.version})",
            "",
            f"- Deal type: {deal}",
            f"- Our role: {profile.role}",
            f"- Items: {len(entries)}",
            "",
            "> The wording is aicc's reconstruction, not METI's official text. This is not legal advice.",
        ]
    cols = COLUMNS[lang][:7]
    lines = [*head, "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for entry in entries:
        lines.append("| " + " | ".join(_md_cell(cell) for cell in _row(entry, lang)[:7]) + " |")
    return "\n".join(lines) + "\n"


def to_xlsx(catalog: Catalog, profile: Profile, entries: list[TailoredItem], lang: str) -> bytes:
    """A working checklist a legal team can fill in: frozen header, filters, wrapped Japanese text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "チェックリスト" if lang == "ja" else "Checklist"
    header = COLUMNS[lang] + WORK_COLUMNS[lang]
    ws.append(header)
    for entry in entries:
        ws.append([*_row(entry, lang), "", "", ""])
    widths = [12, 12, 14, 36, 60, 8, 22, 28, 40, 14, 14, 40]
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    status_col = get_column_letter(len(COLUMNS[lang]) + 1)
    choices = "未確認,対応済,要交渉,該当なし" if lang == "ja" else "open,done,negotiate,n/a"
    validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    ws.add_data_validation(validation)
    if entries:
        validation.add(f"{status_col}2:{status_col}{len(entries) + 1}")
    info = wb.create_sheet("情報" if lang == "ja" else "About")
    info.append(["catalog", f"{catalog.meta.id} {catalog.meta.version}"])
    info.append(["edition", catalog.meta.edition])
    for key, value in profile.model_dump(mode="json").items():
        info.append([key, ", ".join(value) if isinstance(value, list) else str(value)])
    info.append(["provenance", catalog.meta.provenance.statement.get(lang)])
    info.column_dimensions["A"].width = 22
    info.column_dimensions["B"].width = 100
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def to_table(entries: list[TailoredItem], lang: str, title: str) -> Table:
    from rich.table import Table

    table = Table(title=title, show_lines=False, expand=True)
    for name in [*COLUMNS[lang][:4], COLUMNS[lang][5], COLUMNS[lang][6]]:
        table.add_column(name, overflow="fold")
    colours = {"high": "bold red", "medium": "yellow", "low": "green"}
    for entry in entries:
        row = _row(entry, lang)
        table.add_row(row[0], row[1], row[2], row[3], f"[{colours[entry.severity]}]{row[5]}[/]", row[6])
    return table
