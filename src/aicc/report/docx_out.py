"""The annotated DOCX: the contract with a Word comment at each evidence passage and the
proposed changes as tracked changes (the 修正案 Japanese legal teams send).

- A DOCX contract is copied (the original file is never written) and annotated in place.
- Any other contract becomes a DOCX of its extracted text, with the same annotations.
- An unfavourable clause gets a tracked replacement by the sample clause; a missing item gets
  the sample clause as a tracked inserted paragraph at the end. The other side can accept or
  reject each change in Word.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aicc.errors import AiccError
from aicc.models import ReviewDocument
from aicc.report.labels import label, pick
from aicc.report.view import CardView, QuoteView, ReportView

AUTHOR = "aicc"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class Located:
    """A quote found in the DOCX: from (paragraph, offset) to (paragraph, offset) in run text."""

    first: int
    start: int
    last: int
    end: int


@dataclass
class DocxStats:
    comments: int = 0
    replacements: int = 0
    insertions: int = 0
    unanchored: int = 0


def _para_text(paragraph: Any) -> str:
    return "".join(run.text for run in paragraph.runs)


def locate(quote: str, texts: list[str], from_para: int = 0) -> Located | None:
    """Find ``quote`` in the paragraphs: inside one, or line by line across consecutive ones."""
    for i in range(from_para, len(texts)):
        at = texts[i].find(quote)
        if at >= 0:
            return Located(i, at, i, at + len(quote))
    lines = [line for line in quote.split("\n")]
    if len(lines) < 2:
        return None
    for i in range(from_para, len(texts) - len(lines) + 1):
        if not texts[i].endswith(lines[0]):
            continue
        middle_ok = all(texts[i + k] == lines[k] for k in range(1, len(lines) - 1))
        if middle_ok and texts[i + len(lines) - 1].startswith(lines[-1]):
            return Located(i, len(texts[i]) - len(lines[0]), i + len(lines) - 1, len(lines[-1]))
    return None


def _split_run(run: Any, at: int) -> Any:
    """Split ``run`` at character ``at``; returns the new right-hand run (formatting is kept)."""
    from docx.text.run import Run

    text = run.text
    right = copy.deepcopy(run._r)
    run._r.addnext(right)
    right_run = Run(right, run._parent)
    run.text = text[:at]
    right_run.text = text[at:]
    return right_run


def isolate(paragraph: Any, start: int, end: int) -> list[Any]:
    """Split runs so that characters [start, end) of the paragraph are exactly whole runs."""
    if start >= end:
        return []
    pos = 0
    for run in list(paragraph.runs):
        length = len(run.text)
        if pos < end and pos + length > start:
            if start > pos:
                _split_run(run, start - pos)
                return isolate(paragraph, start, end)
            if pos + length > end:
                _split_run(run, end - pos)
                return isolate(paragraph, start, end)
        pos += length
    out, pos = [], 0
    for run in paragraph.runs:
        if start <= pos and pos + len(run.text) <= end and run.text:
            out.append(run)
        pos += len(run.text)
    return out


def _comment_text(card: CardView, lang: str, internal: bool) -> str:
    lines = [f"[{card.item_id}] {pick(card.title, lang)}"]
    verdict = pick(label("status", card.status), lang)
    if card.position:
        verdict += f" / {pick(label('position', card.position), lang)}"
    lines.append(f"{pick(label('ui', 'position'), lang)}: {verdict}")
    lines.append(pick(card.rationale, lang))
    if card.suggestion:
        key = "suggestion" if internal else "our_request"
        lines.append(f"{pick(label('ui', key), lang)}: {pick(card.suggestion, lang)}")
    if card.fallback and (card.status == "missing" or card.position == "unfavourable"):
        lines.append(f"{pick(label('ui', 'fallback'), lang)}: {pick(card.fallback, lang)}")
    return "\n".join(lines)


def _track(tag: str, rev_id: int, date: str) -> Any:
    from docx.oxml import OxmlElement

    el = OxmlElement(f"w:{tag}")
    el.set(_w("id"), str(rev_id))
    el.set(_w("author"), AUTHOR)
    el.set(_w("date"), date)
    return el


class Annotator:
    def __init__(self, document: Any, view: ReportView, lang: str) -> None:
        self.document = document
        self.view = view
        self.lang = lang
        self.date = _w3c_date(view.review.generated_at)
        self.stats = DocxStats()
        self.next_id = 9000

    def _rev_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def comment(self, runs: list[Any], text: str) -> None:
        self.document.add_comment(runs, text=text, author=AUTHOR, initials="AI")
        self.stats.comments += 1

    def replace(self, runs: list[Any], new_text: str) -> None:
        """Wrap ``runs`` in a tracked deletion and add a tracked insertion of ``new_text`` after it."""
        from docx.oxml import OxmlElement

        first = runs[0]._r
        deletion = _track("del", self._rev_id(), self.date)
        first.addprevious(deletion)
        for run in runs:
            r = run._r
            deletion.append(r)
            for t in r.findall(_w("t")):
                t.tag = _w("delText")
        insertion = _track("ins", self._rev_id(), self.date)
        new_run = OxmlElement("w:r")
        rpr = first.find(_w("rPr"))
        if rpr is not None:
            new_run.append(copy.deepcopy(rpr))
        t = OxmlElement("w:t")
        t.text = new_text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        new_run.append(t)
        insertion.append(new_run)
        deletion.addnext(insertion)
        self.stats.replacements += 1

    def insert_paragraph(self, text: str, comment: str) -> None:
        """Append ``text`` as a tracked inserted paragraph (its paragraph mark too), with a comment."""
        from docx.oxml import OxmlElement
        from docx_revisions import RevisionParagraph

        paragraph = self.document.add_paragraph()
        ppr = paragraph._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        rpr.append(_track("ins", self._rev_id(), self.date))
        ppr.append(rpr)
        anchor = paragraph.add_run("")
        self.comment([anchor], comment)
        revision = RevisionParagraph.from_paragraph(paragraph)
        tracked = revision.add_tracked_insertion(text, author=AUTHOR, revision_id=self._rev_id())
        tracked._element.set(_w("date"), self.date)
        # keep the inserted text inside the comment range: start marker, insertion, end marker
        anchor._r.addnext(tracked._element)
        anchor._r.getparent().remove(anchor._r)
        self.stats.insertions += 1

    def annotate(self, paragraphs: list[Any], doc_index: int) -> None:
        """Comment every quote of this document; propose the changes as tracked changes."""
        texts = [_para_text(p) for p in paragraphs]
        for card in self.view.cards:
            quotes = [q for q in card.quotes if q.document == doc_index]
            for n, quote in enumerate(quotes):
                self._annotate_quote(card, quote, paragraphs, texts, replace=n == 0)
        for card in self.view.cards:
            if card.status == "missing":
                self.insert_paragraph(
                    pick(card.sample_clause, self.lang), _comment_text(card, self.lang, self.view.internal)
                )

    def _annotate_quote(
        self, card: CardView, quote: QuoteView, paragraphs: list[Any], texts: list[str], replace: bool
    ) -> None:
        found = locate(quote.quote, texts)
        if found is None:
            self.stats.unanchored += 1
            return
        if found.first == found.last:
            runs = isolate(paragraphs[found.first], found.start, found.end)
        else:
            first_runs = isolate(paragraphs[found.first], found.start, len(texts[found.first]))
            last_runs = isolate(paragraphs[found.last], 0, found.end)
            runs = [*first_runs, *last_runs]
        if not runs:
            self.stats.unanchored += 1
            return
        self.comment(runs, _comment_text(card, self.lang, self.view.internal))
        if replace and card.position == "unfavourable" and found.first == found.last:
            self.replace(runs, pick(card.sample_clause, self.lang))
        # runs were split (and deleted text left the paragraph's runs): re-read the touched paragraphs
        for i in {found.first, found.last}:
            texts[i] = _para_text(paragraphs[i])


def _w3c_date(generated_at: str) -> str:
    from datetime import UTC, datetime

    try:
        when = datetime.fromisoformat(generated_at)
    except ValueError:
        when = datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _target(view: ReportView, source: Path | None) -> tuple[ReviewDocument, Path | None]:
    """The document to annotate and, if it is a DOCX file we can read, its path."""
    docs = view.review.documents
    if not docs:
        raise AiccError("the review has no document to annotate")
    doc = next((d for d in docs if d.format == "docx"), docs[0])
    path = source if source is not None else (Path(doc.source) if doc.format == "docx" else None)
    if path is None:
        return doc, None
    if not path.exists():
        if source is not None:
            raise AiccError("no such file (--source)", path)
        raise AiccError("the original DOCX recorded in the review was not found; give it with --source FILE.docx", path)
    if path.suffix.lower() != ".docx":
        if source is not None:
            raise AiccError("--source must be the original .docx contract", path)
        return doc, None
    return doc, path


def _open_docx(path: Path) -> Any:
    import docx

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AiccError(f"cannot read: {exc.strerror or exc}", path) from exc
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken or encrypted file
        raise AiccError(f"cannot open the DOCX to annotate (corrupt or password-protected?): {exc}", path) from exc


def _text_docx(doc: ReviewDocument, lang: str) -> Any:
    """A plain DOCX of the extracted contract text: one paragraph per line."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10.5)
    style.font.name = "Noto Sans CJK JP"
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        fonts.set(qn("w:eastAsia"), "Noto Sans CJK JP")
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.header.paragraphs[0].text = f"{doc.source} — aicc · {pick(label('ui', 'not_legal_advice'), lang)}"
    for line in doc.text.replace("\f", "\n").split("\n"):
        document.add_paragraph(line)
    return document


def render_docx(view: ReportView, lang: str, *, source: Path | None = None) -> bytes:
    doc, path = _target(view, source)
    document = _open_docx(path) if path is not None else _text_docx(doc, lang)
    props = document.core_properties
    props.comments = pick(label("ui", "not_legal_advice"), lang)
    annotator = Annotator(document, view, lang)
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    annotator.annotate(paragraphs, doc.index)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
