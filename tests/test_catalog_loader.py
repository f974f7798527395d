"""Strict loading: every loader error names the file and the line, with a broken fixture for each."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from aicc.catalog import load_catalog
from aicc.errors import AiccError

BROKEN = Path(__file__).parent / "fixtures" / "catalog" / "broken"


def _load_with(good_catalog: Path, broken: str, target: str = "IN-USE-02.yaml") -> str:
    shutil.copy(BROKEN / f"{broken}.yaml", good_catalog / "items" / target)
    with pytest.raises(AiccError) as info:
        load_catalog(good_catalog)
    return str(info.value)


def test_good_fixture_loads(good_catalog: Path) -> None:
    catalog = load_catalog(good_catalog)
    assert [item.id for item in catalog.items] == ["IN-USE-02"]
    assert catalog.item("IN-USE-02").title.ja.startswith("インプット")


@pytest.mark.parametrize(
    ("broken", "expected", "line"),
    [
        ("unknown-key", "unknown key 'priority'", 93),
        ("duplicate-yaml-key", "duplicate key 'protects' (first given on line 28)", 29),
        ("dangling-source", "unknown source 'S99'", 32),
        ("unknown-topic", "unknown topic 'robot-rights'", 29),
        ("missing-translation", "missing translation: title.en", 5),
        ("bad-enum", "bad value 'confirmed' for evidence_tag", 35),
        ("bad-yaml", "invalid YAML", 29),
        ("id-mismatch", "does not match the file name", 2),
        ("bad-regex", "bad regular expression", None),
        ("unknown-lookalike", "unknown look-alike 'passwordz' for ja rules (known: credentials,", None),
        ("unknown-phrase", "unknown phrase 'as-is' for ja rules", None),
        ("lookalike-mid-rule", "{not:…} macros must open the rule", None),
        ("empty", "file is empty", None),
    ],
)
def test_each_broken_item_is_an_error_with_file_and_line(
    good_catalog: Path, broken: str, expected: str, line: int | None
) -> None:
    message = _load_with(good_catalog, broken)
    assert expected in message
    assert "IN-USE-02.yaml" in message
    if line is not None:
        assert f"IN-USE-02.yaml:{line}:" in message


def test_duplicate_item_id_across_files(good_catalog: Path) -> None:
    message = _load_with(good_catalog, "duplicate-id", target="IN-USE-09.yaml")
    assert "duplicate item id 'IN-USE-02' (also in IN-USE-02.yaml)" in message
    assert "IN-USE-09.yaml:2:" in message


def test_all_problems_reported_together(good_catalog: Path) -> None:
    shutil.copy(BROKEN / "unknown-topic.yaml", good_catalog / "items" / "IN-USE-02.yaml")
    text = (BROKEN / "bad-enum.yaml").read_text(encoding="utf-8").replace("IN-USE-02", "IN-USE-05")
    (good_catalog / "items" / "IN-USE-05.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(AiccError) as info:
        load_catalog(good_catalog)
    assert "robot-rights" in str(info.value) and "confirmed" in str(info.value)


def test_catalog_file_must_say_what_it_is(good_catalog: Path) -> None:
    meta = good_catalog / "catalog.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("kind: catalog", "kind: playbook"), encoding="utf-8")
    with pytest.raises(AiccError, match="expected 'kind: catalog'"):
        load_catalog(good_catalog)


def test_catalog_without_kind(good_catalog: Path) -> None:
    meta = good_catalog / "catalog.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("kind: catalog\n", ""), encoding="utf-8")
    with pytest.raises(AiccError, match="missing 'kind: catalog'"):
        load_catalog(good_catalog)


def test_duplicate_source_id(good_catalog: Path) -> None:
    meta = good_catalog / "catalog.yaml"
    text = meta.read_text(encoding="utf-8") + '  - {id: S4, kind: secondary, title: {ja: "重複", en: "dup"}}\n'
    meta.write_text(text, encoding="utf-8")
    with pytest.raises(AiccError, match="duplicate source id 'S4'"):
        load_catalog(good_catalog)


def test_missing_catalog_folder(tmp_path: Path) -> None:
    with pytest.raises(AiccError, match=r"no catalog\.yaml"):
        load_catalog(tmp_path)


def test_not_utf8(good_catalog: Path) -> None:
    (good_catalog / "items" / "IN-USE-02.yaml").write_bytes("id: IN-USE-02\ntitle: 学習\n".encode("shift_jis"))
    with pytest.raises(AiccError, match="not UTF-8"):
        load_catalog(good_catalog)


def test_huge_yaml_is_refused(good_catalog: Path) -> None:
    (good_catalog / "items" / "IN-USE-02.yaml").write_text("# x\n" * 600_000, encoding="utf-8")
    with pytest.raises(AiccError, match="too large"):
        load_catalog(good_catalog)


def test_unknown_profile_rule_item(good_catalog: Path) -> None:
    meta = good_catalog / "catalog.yaml"
    text = meta.read_text(encoding="utf-8") + (
        "profile_rules:\n  - when: {sectors: [finance]}\n    raise_to: high\n    items: [IN-USE-77]\n"
        "    note: {ja: テスト, en: test}\n"
    )
    meta.write_text(text, encoding="utf-8")
    with pytest.raises(AiccError, match="unknown item 'IN-USE-77'"):
        load_catalog(good_catalog)


@pytest.fixture
def catalog_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and no catalog remembered by this process (as in a new process)."""
    from aicc.catalog import loader

    monkeypatch.setenv("AICC_CACHE", str(tmp_path / "cache"))
    loader._load_catalog_cached.cache_clear()
    yield tmp_path / "cache"
    loader._load_catalog_cached.cache_clear()


def _new_process() -> None:
    from aicc.catalog import loader

    loader._load_catalog_cached.cache_clear()


def test_checked_catalog_is_cached_and_a_changed_file_is_checked_again(
    good_catalog: Path, catalog_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aicc.catalog import loader

    first = load_catalog(good_catalog)
    cached = list(catalog_cache.glob("catalog-*.json"))
    assert len(cached) == 1
    # a second process reads the cache: no YAML is parsed
    _new_process()
    with monkeypatch.context() as patch:
        patch.setattr(loader, "read_yaml", lambda *a: pytest.fail("parsed again instead of read from the cache"))
        assert load_catalog(good_catalog) == first
    # a changed item file misses the cache and is checked (and reported) again
    shutil.copy(BROKEN / "unknown-key.yaml", good_catalog / "items" / "IN-USE-02.yaml")
    _new_process()
    with pytest.raises(AiccError):
        load_catalog(good_catalog)


def test_corrupt_cache_is_ignored_and_strict_never_reads_it(good_catalog: Path, catalog_cache: Path) -> None:
    expected = load_catalog(good_catalog)
    [cached] = catalog_cache.glob("catalog-*.json")
    key = cached.read_bytes().split(b"\n", 1)[0]
    cached.write_bytes(key + b"\n{not json")
    _new_process()
    assert load_catalog(good_catalog) == expected
    # a cache entry that claims the right key but holds another catalog is never used by strict loads
    cached.write_bytes(key + b"\n" + expected.model_copy(update={"items": []}).model_dump_json().encode())
    _new_process()
    assert load_catalog(good_catalog, strict=True) == expected
