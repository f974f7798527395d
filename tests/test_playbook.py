"""Playbooks: selection, exclusion, severity changes, house items and position overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aicc.catalog import load_catalog, load_playbook
from aicc.errors import AiccError
from aicc.models import Profile
from aicc.tailor import tailor


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "playbook.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _house_item(good_catalog: Path) -> dict:
    item = yaml.safe_load((good_catalog / "items" / "IN-USE-02.yaml").read_text(encoding="utf-8"))
    item["id"] = "H-ACME-01"
    item["title"] = {"ja": "社内承認の取得", "en": "Internal sign-off"}
    return item


def test_overlay_modifies_excludes_and_adds(good_catalog: Path, tmp_path: Path) -> None:
    catalog = load_catalog(good_catalog)
    data = yaml.safe_load((good_catalog / "playbook.yaml").read_text(encoding="utf-8"))
    data["add"] = [_house_item(good_catalog)]
    playbook = load_playbook(_write(tmp_path, data), catalog)
    entries = {e.item.id: e for e in tailor(catalog, Profile(), playbook)}
    assert set(entries) == {"IN-USE-02", "H-ACME-01"}
    changed = entries["IN-USE-02"]
    assert changed.severity == "medium"
    assert changed.item.positions.user.fallback.en == "Training use only of anonymised statistics."
    assert changed.item.positions.user.favourable == catalog.items[0].positions.user.favourable
    assert any(note.en == "See house rule 12" for note in changed.notes)
    assert any("house item" in reason.en for reason in entries["H-ACME-01"].reasons)
    data["select"] = {"exclude": ["IN-USE-02"]}
    playbook = load_playbook(_write(tmp_path, data), catalog)
    assert [e.item.id for e in tailor(catalog, Profile(), playbook)] == ["H-ACME-01"]
    data["select"] = {"include": ["IN-USE-02"]}
    playbook = load_playbook(_write(tmp_path, data), catalog)
    assert {e.item.id for e in tailor(catalog, Profile(), playbook)} == {"IN-USE-02", "H-ACME-01"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"modify": [{"item": "IN-USE-99", "severity": "low"}]}, "unknown item id 'IN-USE-99'"),
        ({"select": {"exclude": ["OUT-OWN-77"]}}, "unknown item id 'OUT-OWN-77'"),
        ({"catalog": "other-catalog"}, "playbook is for catalog 'other-catalog'"),
        ({"modify": [{"item": "IN-USE-02", "severity": "urgent"}]}, "bad value 'urgent'"),
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"kind": "catalog"}, "expected 'kind: playbook'"),
    ],
)
def test_bad_playbooks(good_catalog: Path, tmp_path: Path, change: dict, message: str) -> None:
    catalog = load_catalog(good_catalog)
    data = yaml.safe_load((good_catalog / "playbook.yaml").read_text(encoding="utf-8"))
    data.update(change)
    with pytest.raises(AiccError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_playbook(_write(tmp_path, data), catalog)


def test_house_item_clashing_with_catalog_id(good_catalog: Path, tmp_path: Path) -> None:
    catalog = load_catalog(good_catalog)
    data = yaml.safe_load((good_catalog / "playbook.yaml").read_text(encoding="utf-8"))
    clash = _house_item(good_catalog)
    clash["id"] = "IN-USE-02"
    data["add"] = [clash]
    with pytest.raises(AiccError, match="clashes with a catalog item"):
        load_playbook(_write(tmp_path, data), catalog)


def test_house_item_with_unknown_source(good_catalog: Path, tmp_path: Path) -> None:
    catalog = load_catalog(good_catalog)
    data = yaml.safe_load((good_catalog / "playbook.yaml").read_text(encoding="utf-8"))
    item = _house_item(good_catalog)
    item["references"] = [{"source": "ACME-RULES", "locator": "rule 12"}]
    data["add"] = [item]
    with pytest.raises(AiccError, match="unknown source 'ACME-RULES'"):
        load_playbook(_write(tmp_path, data), catalog)
    data["sources"] = [{"id": "ACME-RULES", "kind": "practice", "title": {"ja": "社内規程", "en": "House rules"}}]
    assert load_playbook(_write(tmp_path, data), catalog).add[0].id == "H-ACME-01"
