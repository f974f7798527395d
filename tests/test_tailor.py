"""Tailoring: deal types, profile conditions, sector/size rules, ordering and reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from aicc.catalog import load_catalog
from aicc.models import Catalog, Conditions, Item, LocalText, Profile, ProfileRule
from aicc.tailor import tailor


def _variant(base: Item, item_id: str, **changes: object) -> Item:
    return base.model_copy(update={"id": item_id, **changes})


@pytest.fixture
def catalog(good_catalog: Path) -> Catalog:
    loaded = load_catalog(good_catalog)
    base = loaded.items[0]
    items = [
        base,  # all deal types, no conditions, high
        _variant(base, "IN-USE-05", deal_types=["customized", "new-development"], severity="low"),
        _variant(
            base,
            "IN-EXT-05",
            severity="medium",
            conditions=Conditions(personal_data=["personal", "sensitive"], cross_border=True),
        ),
        _variant(base, "IN-ID-02a", conditions=Conditions(personal_data=["sensitive"])),
        _variant(base, "OUT-PRV-06", side="output", severity="medium", conditions=Conditions(ai_kind=["generative"])),
        _variant(
            base,
            "X-SEC-01a",
            side="cross-cutting",
            heading="cross-cutting",
            severity="medium",
            conditions=Conditions(sectors=["public"], org_sizes=["public-body"]),
        ),
        _variant(
            base, "X-LAW-01", side="cross-cutting", heading="cross-cutting", severity="low", topics=["governing-law"]
        ),
    ]
    rule = ProfileRule(
        when=Conditions(sectors=["finance"]),
        raise_to="high",
        topics=["governing-law"],
        note=LocalText(ja="金融", en="finance rule"),
    )
    meta = loaded.meta.model_copy(update={"profile_rules": [rule]})
    return Catalog(meta=meta, items=items)


def ids(catalog: Catalog, **profile: object) -> list[str]:
    return [entry.item.id for entry in tailor(catalog, Profile.model_validate(profile))]


@pytest.mark.parametrize(
    ("deal_type", "present", "absent"),
    [
        ("general-service", {"IN-USE-02"}, {"IN-USE-05"}),
        ("customized", {"IN-USE-02", "IN-USE-05"}, set()),
        ("new-development", {"IN-USE-02", "IN-USE-05"}, set()),
    ],
)
def test_deal_types(catalog: Catalog, deal_type: str, present: set[str], absent: set[str]) -> None:
    got = set(ids(catalog, deal_type=deal_type))
    assert present <= got
    assert not absent & got


def test_cross_border_personal_data_adds_the_transfer_item(catalog: Catalog) -> None:
    base = ids(catalog, deal_type="general-service", personal_data="none", cross_border=False)
    assert "IN-EXT-05" not in base
    assert "IN-EXT-05" not in ids(catalog, deal_type="general-service", personal_data="none", cross_border=True)
    assert "IN-EXT-05" not in ids(catalog, deal_type="general-service", personal_data="personal", cross_border=False)
    both = ids(catalog, deal_type="general-service", personal_data="personal", cross_border=True)
    assert "IN-EXT-05" in both and len(both) > len(base)


def test_unstated_conditions_keep_the_item_and_say_why(catalog: Catalog) -> None:
    entries = {e.item.id: e for e in tailor(catalog, Profile(deal_type="general-service"))}
    assert "IN-EXT-05" in entries
    texts = [reason.en for reason in entries["IN-EXT-05"].reasons]
    assert any(text.startswith("personal data not stated") for text in texts)
    assert any(text.startswith("cross-border processing not stated") for text in texts)


def test_sensitive_data_item(catalog: Catalog) -> None:
    assert "IN-ID-02a" not in ids(catalog, personal_data="personal")
    assert "IN-ID-02a" in ids(catalog, personal_data="sensitive")


def test_generative_only_item(catalog: Catalog) -> None:
    assert "OUT-PRV-06" in ids(catalog, ai_kind="generative")
    assert "OUT-PRV-06" not in ids(catalog, ai_kind="discriminative")


def test_sector_or_size_are_alternatives(catalog: Catalog) -> None:
    assert "X-SEC-01a" not in ids(catalog, sector="finance")
    assert "X-SEC-01a" in ids(catalog, sector="public")
    assert "X-SEC-01a" in ids(catalog, org_size="public-body")


def test_profile_rule_raises_severity_with_reason(catalog: Catalog) -> None:
    plain = {e.item.id: e for e in tailor(catalog, Profile())}
    finance = {e.item.id: e for e in tailor(catalog, Profile(sector="finance"))}
    assert plain["X-LAW-01"].severity == "low"
    assert finance["X-LAW-01"].severity == "high"
    assert any(reason.en == "finance rule" for reason in finance["X-LAW-01"].reasons)


def test_priority_order_and_reasons(catalog: Catalog) -> None:
    entries = tailor(catalog, Profile(deal_type="customized", personal_data="sensitive", cross_border=True))
    keys = [
        (
            {"high": 0, "medium": 1, "low": 2}[e.severity],
            {"input": 0, "output": 1, "cross-cutting": 2}[e.item.side],
            e.item.id,
        )
        for e in entries
    ]
    assert keys == sorted(keys)
    transfer = next(e for e in entries if e.item.id == "IN-EXT-05")
    texts = [reason.en for reason in transfer.reasons]
    assert "applies to deal type: Customisation of an AI service" in texts
    assert "data is processed or stored abroad" in texts
    assert "sensitive personal data is involved" in texts


def test_no_deal_type_shows_everything(catalog: Catalog) -> None:
    entries = tailor(catalog, Profile())
    assert "IN-USE-05" in {e.item.id for e in entries}
    assert entries[0].reasons[0].en.startswith("deal type not given")


def test_bundled_catalog_every_sector_and_size_changes_something() -> None:
    catalog = load_catalog()
    base = Profile(deal_type="customized", personal_data="personal")
    baseline = [(e.item.id, e.severity) for e in tailor(catalog, base)]
    for sector in ("finance", "healthcare", "manufacturing", "retail", "public", "telecom", "education"):
        changed = [(e.item.id, e.severity) for e in tailor(catalog, base.model_copy(update={"sector": sector}))]
        assert changed != baseline, f"sector {sector} changes nothing"
    sizes = {}
    for size in ("startup", "sme", "large", "public-body"):
        sizes[size] = [(e.item.id, e.severity) for e in tailor(catalog, base.model_copy(update={"org_size": size}))]
    assert len({tuple(v) for v in sizes.values()}) == 4, "each organisation size must change something"
