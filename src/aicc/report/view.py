"""The report's view of a review: what every format shows, already filtered for the audience.

Every renderer (HTML, PDF, Markdown, XLSX, DOCX, JSON) reads this one structure, so the formats
cannot drift apart. Texts are kept as (ja, en) pairs; each renderer picks a language or, in
the HTML report, keeps both for the language switch.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Literal

from aicc.models import Evidence, Finding, Review, ReviewDocument
from aicc.report.labels import Pair, label
from aicc.vocabulary import HEADINGS, SIDE_ORDER

Audience = Literal["internal", "counterparty"]
AUDIENCES: tuple[str, ...] = ("internal", "counterparty")
STATUS_ORDER: tuple[str, ...] = ("addressed", "needs-review", "missing")
POSITION_ORDER: tuple[str, ...] = ("favourable", "neutral", "unfavourable")


def _pair(text: object) -> Pair:
    """A LocalText as a (ja, en) pair."""
    return (text.ja, text.en)  # type: ignore[attr-defined]


@dataclass
class QuoteView:
    anchor: str  # id of the highlighted passage in the contract text
    document: int
    source: str
    clause: str | None  # the clause number as printed in the contract (第2条, 5), else its id
    page: int
    start: int
    end: int
    quote: str


@dataclass
class CardView:
    index: int
    item_id: str
    title: Pair
    question: Pair
    guidance: Pair
    heading: str
    side: str
    status: str
    position: str | None
    evidence_tag: str
    topics: list[str]
    quotes: list[QuoteView]
    rationale: Pair
    suggestion: Pair | None
    sample_clause: Pair
    not_automatable: Pair | None
    # internal only: None in a counterparty report
    severity: str | None
    fallback: Pair | None
    notes: list[Pair]
    confidence: float | None

    @property
    def asks(self) -> bool:
        """We ask the other side for something: the item is missing, unfavourable or has a suggestion."""
        return self.suggestion is not None or self.status == "missing" or self.position == "unfavourable"


@dataclass
class Segment:
    """A run of contract text; ``anchors`` start here, ``marks`` are the evidence passages covering it."""

    text: str
    anchors: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)


@dataclass
class DocumentView:
    index: int
    source: str
    language: str
    pages: int
    segments: list[Segment]


@dataclass
class ChartRow:
    heading: str
    side: str
    counts: dict[str, int]


@dataclass
class ReportView:
    audience: str
    internal: bool
    review: Review
    profile_rows: list[tuple[Pair, Pair]]
    cards: list[CardView]
    documents: list[DocumentView]
    by_status: dict[str, int]
    by_position: dict[str, int]
    chart: list[ChartRow]
    high_open: list[str]
    topics: list[str]
    warnings: list[str]


def _yes_no(value: bool | None) -> Pair:
    if value is None:
        return ("未指定", "not stated")
    return label("ui", "yes" if value else "no")


def profile_rows(review: Review) -> list[tuple[Pair, Pair]]:
    p = review.profile
    rows: list[tuple[Pair, Pair]] = [
        (label("ui", "deal_type"), label("deal_type", p.deal_type)),
        (label("ui", "role"), label("role", p.role)),
        (label("ui", "sector"), label("sector", p.sector)),
        (label("ui", "org_size"), label("org_size", p.org_size)),
        (label("ui", "personal_data"), label("personal_data", p.personal_data) if p.personal_data else _yes_no(None)),
        (label("ui", "cross_border"), _yes_no(p.cross_border)),
    ]
    if p.countries:
        rows.append((label("ui", "countries"), (", ".join(p.countries), ", ".join(p.countries))))
    rows.append((label("ui", "home"), (p.home_jurisdiction, p.home_jurisdiction)))
    return rows


def _clause_label(doc: ReviewDocument, clause_id: str | None) -> str | None:
    if clause_id is None:
        return None
    for clause in doc.clauses:
        if clause.id == clause_id:
            number = clause.number or clause.id
            return f"§{number}" if re.fullmatch(r"[\d.]+", number) else number
    return clause_id


def _quote(review: Review, card_index: int, n: int, ev: Evidence) -> QuoteView:
    doc = review.documents[ev.document]
    return QuoteView(
        anchor=f"ev-{card_index}-{n}",
        document=ev.document,
        source=doc.source,
        clause=_clause_label(doc, ev.clause),
        page=ev.page,
        start=ev.start,
        end=ev.end,
        quote=ev.quote,
    )


def card(review: Review, index: int, finding: Finding, internal: bool) -> CardView:
    item = finding.item
    return CardView(
        index=index,
        item_id=finding.item_id,
        title=_pair(item.title),
        question=_pair(item.question),
        guidance=_pair(item.guidance),
        heading=item.heading,
        side=item.side,
        status=finding.status,
        position=finding.position,
        evidence_tag=item.evidence_tag,
        topics=list(finding.topics),
        quotes=[_quote(review, index, n, ev) for n, ev in enumerate(finding.evidence)],
        rationale=_pair(finding.rationale),
        suggestion=_pair(finding.suggestion) if finding.suggestion else None,
        sample_clause=_pair(item.sample_clause),
        not_automatable=_pair(item.not_automatable) if item.not_automatable else None,
        severity=item.severity if internal else None,
        fallback=_pair(item.fallback) if internal else None,
        notes=[_pair(note) for note in item.notes] if internal else [],
        confidence=finding.confidence if internal else None,
    )


def segments(text: str, spans: list[tuple[str, int, int]]) -> list[Segment]:
    """Cut ``text`` at every evidence boundary; each piece knows which passages cover it.

    Passages may overlap or coincide (two items citing the same clause); each keeps its own anchor.
    """
    cuts = sorted({0, len(text), *(s for _, s, _ in spans), *(e for _, _, e in spans)})
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        anchors = [name for name, s, _ in spans if s == a]
        marks = [name for name, s, e in spans if s <= a and b <= e and s < e]
        out.append(Segment(text=text[a:b], anchors=anchors, marks=marks))
    empty_anchors = [name for name, s, e in spans if s == e == len(text)]
    if empty_anchors:
        out.append(Segment(text="", anchors=empty_anchors))
    return out


def document_views(review: Review, cards: list[CardView]) -> list[DocumentView]:
    views: list[DocumentView] = []
    for doc in review.documents:
        spans = [(q.anchor, q.start, q.end) for c in cards for q in c.quotes if q.document == doc.index]
        views.append(
            DocumentView(
                index=doc.index,
                source=doc.source,
                language=doc.language,
                pages=len(doc.pages),
                segments=segments(doc.text, spans),
            )
        )
    return views


def chart_rows(cards: list[CardView]) -> list[ChartRow]:
    rows: list[ChartRow] = []
    for side in SIDE_ORDER:
        for heading in HEADINGS:
            counts = {
                s: sum(1 for c in cards if c.side == side and c.heading == heading and c.status == s)
                for s in STATUS_ORDER
            }
            if sum(counts.values()):
                rows.append(ChartRow(heading=heading, side=side, counts=counts))
    return rows


def build_view(review: Review, audience: str = "internal") -> ReportView:
    if audience not in AUDIENCES:
        from aicc.errors import AiccError

        raise AiccError(f"unknown audience {audience!r}; use internal or counterparty")
    internal = audience == "internal"
    cards = [card(review, i, f, internal) for i, f in enumerate(review.findings)]
    topics = sorted({t for c in cards for t in c.topics})
    return ReportView(
        audience=audience,
        internal=internal,
        review=review,
        profile_rows=profile_rows(review),
        cards=cards,
        documents=document_views(review, cards),
        by_status={s: sum(1 for c in cards if c.status == s) for s in STATUS_ORDER},
        by_position={p: sum(1 for c in cards if c.position == p) for p in POSITION_ORDER},
        chart=chart_rows(cards),
        high_open=list(review.summary.high_severity_open) if internal else [],
        topics=topics,
        warnings=list(review.summary.warnings) if internal else [],
    )
