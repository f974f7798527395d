"""The coverage chart: an inline SVG of item status by heading and side (no external requests)."""

from __future__ import annotations

from html import escape

from aicc.report.labels import label, pick
from aicc.report.view import STATUS_ORDER, ChartRow

COLOURS = {"addressed": "#2e7d32", "needs-review": "#f9a825", "missing": "#c62828"}
LABEL_W = 250
BAR_W = 330
ROW_H = 26
TOP = 30


def _text(x: float, y: float, pair: tuple[str, str], langs: list[str], **attrs: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    out = []
    for lang in langs:
        cls = f' class="l-{lang}"' if len(langs) > 1 else ""
        out.append(f'<text x="{x:g}" y="{y:g}"{cls}{extra}>{escape(pick(pair, lang))}</text>')
    return "".join(out)


def coverage_svg(rows: list[ChartRow], langs: list[str]) -> str:
    """Stacked bars, one per (side, heading), with the counts written on the bars and a legend."""
    biggest = max((sum(r.counts.values()) for r in rows), default=1) or 1
    height = TOP + ROW_H * len(rows) + 10
    width = LABEL_W + BAR_W + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" font-size="12">'
    ]
    x = LABEL_W
    for status in STATUS_ORDER:
        parts.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{COLOURS[status]}"/>')
        parts.append(_text(x + 16, 16, label("status", status), langs))
        x += 100
    for i, row in enumerate(rows):
        y = TOP + i * ROW_H
        side, heading = label("side", row.side), label("heading", row.heading)
        name = heading if row.side == "cross-cutting" else (f"{side[0]}・{heading[0]}", f"{side[1]} · {heading[1]}")
        parts.append(_text(LABEL_W - 8, y + 16, name, langs, text_anchor="end"))
        x0 = float(LABEL_W)
        for status in STATUS_ORDER:
            n = row.counts.get(status, 0)
            if not n:
                continue
            w = BAR_W * n / biggest
            parts.append(
                f'<rect x="{x0:.1f}" y="{y + 3}" width="{w:.1f}" height="{ROW_H - 8}" fill="{COLOURS[status]}">'
                f"<title>{escape(status)}: {n}</title></rect>"
            )
            parts.append(
                f'<text x="{x0 + w / 2:.1f}" y="{y + 16}" text-anchor="middle" fill="#fff" font-weight="bold">{n}</text>'
            )
            x0 += w
    parts.append("</svg>")
    return "".join(parts)
