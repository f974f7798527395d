"""Comparing two reviews of drafts of the same deal: what the new draft addressed, changed or dropped."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from aicc.errors import AiccError
from aicc.models import Evidence, Finding, Review
from aicc.report.labels import Pair

COMPARE_FORMATS: tuple[str, ...] = ("html", "md", "json")
CHANGE_ORDER: tuple[str, ...] = (
    "newly-addressed",
    "position-changed",
    "dropped",
    "status-changed",
    "quote-changed",
    "added-item",
    "removed-item",
)


@dataclass
class Side:
    """One draft's finding for the item (None fields when the item is not in that draft's checklist)."""

    status: str | None
    position: str | None
    quotes: list[str] = field(default_factory=list)


@dataclass
class Change:
    item_id: str
    kind: str
    title: Pair
    old: Side
    new: Side


@dataclass
class Comparison:
    old_sources: list[str]
    new_sources: list[str]
    old_generated: str
    new_generated: str
    catalog: str
    audience: str
    changes: list[Change]
    unchanged: int


def _side(finding: Finding | None) -> Side:
    if finding is None:
        return Side(None, None)
    return Side(finding.status, finding.position, [ev.quote for ev in finding.evidence])


def _quotes(evidence: list[Evidence]) -> list[str]:
    return [ev.quote for ev in evidence]


def change_kind(old: Finding | None, new: Finding | None) -> str | None:
    """How one item moved between the drafts, or None if it did not."""
    if old is None and new is None:
        return None
    if old is None:
        return "added-item"
    if new is None:
        return "removed-item"
    if old.status != "addressed" and new.status == "addressed":
        return "newly-addressed"
    if old.status == "addressed" and new.status != "addressed":
        return "dropped"
    if old.status == "addressed" and old.position != new.position:
        return "position-changed"
    if old.status != new.status:
        return "status-changed"
    if _quotes(old.evidence) != _quotes(new.evidence):
        return "quote-changed"
    return None


def compare_reviews(old: Review, new: Review, *, audience: str = "internal") -> Comparison:
    if old.catalog.id != new.catalog.id:
        raise AiccError(
            f"the reviews use different catalogs ({old.catalog.id} and {new.catalog.id}); compare reviews made with the same catalog"
        )
    if old.profile.role != new.profile.role:
        raise AiccError("the reviews were made for different sides (--role); positions cannot be compared")
    old_by = {f.item_id: f for f in old.findings}
    new_by = {f.item_id: f for f in new.findings}
    order = [f.item_id for f in new.findings] + [i for i in old_by if i not in new_by]
    changes: list[Change] = []
    unchanged = 0
    for item_id in order:
        before, after = old_by.get(item_id), new_by.get(item_id)
        kind = change_kind(before, after)
        if kind is None:
            unchanged += 1
            continue
        item = (after or before).item  # type: ignore[union-attr]
        changes.append(Change(item_id, kind, (item.title.ja, item.title.en), _side(before), _side(after)))
    changes.sort(key=lambda c: CHANGE_ORDER.index(c.kind))
    return Comparison(
        old_sources=[d.source for d in old.documents],
        new_sources=[d.source for d in new.documents],
        old_generated=old.generated_at,
        new_generated=new.generated_at,
        catalog=f"{new.catalog.id} {new.catalog.version} ({new.catalog.edition})",
        audience=audience,
        changes=changes,
        unchanged=unchanged,
    )


def render_compare(comparison: Comparison, fmt: str, lang: str) -> bytes:
    if fmt == "json":
        return (json.dumps(asdict(comparison), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    from markupsafe import Markup

    from aicc.report.markdown import md_escape, quote_md
    from aicc.report.templating import environment, template_text, text_helpers

    if fmt == "md":
        template = environment(False).get_template("compare.md.j2")
        text = template.render(c=comparison, lang=lang, quote_md=quote_md, **text_helpers(lang, False, md_escape))
        return text.encode("utf-8")
    if fmt == "html":
        template = environment(True).get_template("compare.html.j2")
        page = template.render(
            c=comparison,
            lang=lang,
            css=Markup(template_text("report.css")),
            js=Markup(template_text("report.js")),
            **text_helpers(lang, both=True),
        )
        return page.encode("utf-8")
    raise AiccError(f"--compare writes {', '.join(COMPARE_FORMATS)}, not {fmt!r}")
