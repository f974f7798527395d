"""The bundled METI catalog: counts, coverage of the vocabulary, honest provenance, complete items."""

from __future__ import annotations

from collections import Counter

import pytest

from aicc.catalog import load_catalog
from aicc.models import Item, Profile
from aicc.tailor import tailor
from aicc.vocabulary import TOPICS

CATALOG = load_catalog(strict=True)


def test_counts_by_side() -> None:
    sides = Counter(item.side for item in CATALOG.items)
    assert sides["input"] >= 37
    assert sides["output"] >= 30
    assert sides["cross-cutting"] >= 12


def test_input_headings_cover_the_checklist_structure() -> None:
    for side in ("input", "output"):
        headings = {item.heading for item in CATALOG.items if item.side == side}
        assert headings == {
            "identification",
            "provision",
            "use",
            "external-provision",
            "ownership",
            "processing-results",
        }


def test_every_vocabulary_topic_is_used() -> None:
    used = {topic for item in CATALOG.items for topic in item.topics}
    assert sorted(set(TOPICS) - used) == []


def test_provenance_is_stated_plainly() -> None:
    provenance = CATALOG.meta.provenance
    assert provenance.official_text_available is False
    assert "reconstruction" in provenance.statement.en
    assert "再構成" in provenance.statement.ja


def test_attested_items_match_the_domain_reference() -> None:
    # Only these points are stated by a source (domain reference: [SRC]).
    allowed = {
        "IN-PRV-01",
        "IN-USE-04",
        "IN-EXT-01",
        "IN-EXT-02",
        "OUT-PRV-06",
        "OUT-USE-01",
        "OUT-EXT-01",
        "OUT-OWN-01",
        "X-SEC-01",
        "X-SEC-02",
    }
    attested = {item.id for item in CATALOG.items if item.evidence_tag == "attested"}
    assert attested <= allowed


def test_no_meti_page_or_item_numbers() -> None:
    for item in CATALOG.items:
        for ref in item.references:
            if ref.source == "METI-AI-2025":
                assert not any(word in ref.locator.lower() for word in ("p.", "page", "item no", "頁", "ページ")), (
                    item.id
                )


@pytest.mark.parametrize("item", [i for i in CATALOG.items if i.not_automatable is None], ids=lambda i: i.id)
def test_every_automatable_item_has_positive_and_negative_tests_per_language(item: Item) -> None:
    have = {(t.lang, t.status) for t in item.tests}
    for lang in ("ja", "en"):
        assert (lang, "addressed") in have, f"{item.id}: no positive {lang} test"
        assert (lang, "missing") in have, f"{item.id}: no negative {lang} test"


@pytest.mark.parametrize("item", CATALOG.items, ids=lambda i: i.id)
def test_tests_do_not_repeat_detection_keywords_verbatim(item: Item) -> None:
    """A test clause that contains a long hint phrase proves nothing; short generic keywords are tolerated."""
    for test in item.tests:
        hints = item.detection.ja if test.lang == "ja" else item.detection.en
        for exemplar in hints.exemplars:
            assert exemplar not in test.text and test.text not in exemplar, f"{item.id}: test repeats an exemplar"


def test_new_development_lists_both_sides_with_both_languages() -> None:
    entries = tailor(CATALOG, Profile(deal_type="new-development"))
    sides = Counter(entry.item.side for entry in entries)
    assert sides["input"] >= 37 and sides["output"] >= 30 and sides["cross-cutting"] > 0


def test_personal_data_and_cross_border_add_items() -> None:
    plain = tailor(CATALOG, Profile(deal_type="general-service", personal_data="none", cross_border=False))
    more = tailor(CATALOG, Profile(deal_type="general-service", personal_data="personal", cross_border=True))
    assert len(more) > len(plain)
    added = {e.item.id for e in more} - {e.item.id for e in plain}
    assert any("cross-border-transfer" in CATALOG.item(i).topics for i in added)
