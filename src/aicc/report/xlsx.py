"""The XLSX report: the tailored checklist with the findings filled in, ready to work from."""

from __future__ import annotations

import io

from aicc.report.labels import label, pick
from aicc.report.view import CardView, ReportView

# (ui label key, width, internal only)
COLUMNS: list[tuple[str, int, bool]] = [
    ("id", 11, False),
    ("side", 12, False),
    ("heading", 14, False),
    ("item", 34, False),
    ("question", 50, False),
    ("severity", 8, True),
    ("evidence_tag", 20, False),
    ("status", 11, False),
    ("position", 11, False),
    ("quote", 50, False),
    ("clause", 10, False),
    ("page", 6, False),
    ("rationale", 40, False),
    ("suggestion", 40, False),
    ("sample_clause", 50, False),
    ("fallback", 40, True),
    ("notes", 30, True),
    ("confidence", 8, True),
]
WORK_COLUMNS: list[tuple[str, int]] = [("owner", 14), ("agreed_position", 40), ("work_notes", 40)]


def _cells(card: CardView, lang: str, internal: bool) -> list[object]:
    def p(pair: tuple[str, str] | None) -> str:
        return pick(pair, lang) if pair else ""

    values: dict[str, object] = {
        "id": card.item_id,
        "side": p(label("side", card.side)),
        "heading": p(label("heading", card.heading)),
        "item": p(card.title),
        "question": p(card.question),
        "severity": p(label("severity", card.severity)) if card.severity else "",
        "evidence_tag": p(label("evidence_tag", card.evidence_tag)),
        "status": p(label("status", card.status)),
        "position": p(label("position", card.position)) if card.position else "",
        "quote": "\n…\n".join(q.quote for q in card.quotes),
        "clause": ", ".join(q.clause for q in card.quotes if q.clause),
        "page": card.quotes[0].page if len(card.quotes) == 1 else ", ".join(str(q.page) for q in card.quotes),
        "rationale": p(card.rationale),
        "suggestion": p(card.suggestion),
        "sample_clause": p(card.sample_clause) if card.asks else "",
        "fallback": p(card.fallback),
        "notes": "\n".join(p(n) for n in card.notes),
        "confidence": card.confidence if card.confidence is not None else "",
    }
    return [values[key] for key, _, only_internal in COLUMNS if internal or not only_internal]


def render_xlsx(view: ReportView, lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    review = view.review
    columns = [(key, width) for key, width, only_internal in COLUMNS if view.internal or not only_internal]
    columns += WORK_COLUMNS
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = pick(label("ui", "checklist_sheet"), lang)
    ws.append([pick(label("ui", key), lang) for key, _ in columns])
    for card in view.cards:
        ws.append([*_cells(card, lang, view.internal), "", "", ""])
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    fills = {"missing": "FDE7E7", "unfavourable": "FDE7E7", "needs-review": "FFF6DB", "favourable": "E3F1E4"}
    for index, (_, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    for cell in ws[1]:
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    keys = [key for key, _ in columns]
    status_col, position_col = keys.index("status") + 1, keys.index("position") + 1
    for row, card in enumerate(view.cards, start=2):
        for cell in ws[row]:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        tone = fills.get(card.position or "") if card.status == "addressed" else fills.get(card.status)
        if tone:
            for col in (status_col, position_col):
                ws.cell(row=row, column=col).fill = PatternFill("solid", fgColor=tone)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions

    about = wb.create_sheet(pick(label("ui", "about"), lang))
    rows: list[tuple[str, str]] = [(pick(k, lang), pick(v, lang)) for k, v in view.profile_rows]
    rows += [
        (
            pick(label("ui", "catalog"), lang),
            f"{review.catalog.id} {review.catalog.version} ({review.catalog.edition})",
        ),
        (pick(label("ui", "tool"), lang), f"{review.tool.name} {review.tool.version} ({review.tool.engine})"),
        (pick(label("ui", "generated"), lang), review.generated_at),
        (pick(label("ui", "audience"), lang), pick(label("audience", view.audience), lang)),
        (pick(label("ui", "documents"), lang), "\n".join(d.source for d in review.documents)),
        ("", pick(label("ui", "not_legal_advice"), lang)),
    ]
    for row_values in rows:
        about.append(list(row_values))
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 90
    for row_cells in about.iter_rows():
        for cell in row_cells:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
