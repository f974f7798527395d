"""Load and validate catalogs and playbooks strictly.

Every problem is reported with its file and line; loading collects all
problems of a catalog before failing, so one run of ``aicc catalog validate``
shows everything that needs fixing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from aicc.catalog.yamlfile import LineMap, read_yaml, validation_problems
from aicc.errors import AiccError, ValidationFailed
from aicc.models import Catalog, CatalogMeta, Item, Playbook
from aicc.vocabulary import ORG_SIZES, SECTORS

DEFAULT_CATALOG = "meti-ai-2025"


def bundled_catalog_dir(catalog_id: str = DEFAULT_CATALOG) -> Path:
    """The folder of a catalog shipped inside the package."""
    base = resources.files("aicc") / "catalogs" / catalog_id
    return Path(str(base))


def _check_kind(data: Any, expected: str, source: str, lines: LineMap) -> None:
    if not isinstance(data, dict):
        raise AiccError(f"expected a mapping with 'kind: {expected}', got {type(data).__name__}", source, 1)
    kind = data.get("kind")
    if kind is None:
        raise AiccError(f"missing 'kind: {expected}': a {expected} file must say what it is", source, 1)
    if kind != expected:
        raise AiccError(f"this is a {kind!r} file, expected 'kind: {expected}'", source, lines.get(("kind",), 1))


def _load_item(path: Path, problems: list[AiccError], trusted: bool = False) -> tuple[Item, LineMap] | None:
    try:
        data, lines = read_yaml(path)
    except AiccError as exc:
        problems.append(exc)
        return None
    if not isinstance(data, dict):
        problems.append(AiccError("an item file must be a mapping", path, 1))
        return None
    try:
        item = Item.model_validate(data, context={"trusted": trusted})
    except ValidationError as exc:
        problems.extend(validation_problems(exc, lines, str(path)))
        return None
    if item.id != path.stem:
        problems.append(
            AiccError(f"item id {item.id!r} does not match the file name {path.name!r}", path, lines[("id",)])
        )
    return item, lines


def _check_references(item: Item, lines: LineMap, source: str, known: set[str], problems: list[AiccError]) -> None:
    for index, ref in enumerate(item.references):
        if ref.source not in known:
            problems.append(
                AiccError(
                    f"reference to unknown source {ref.source!r}; add it to the catalog's sources",
                    source,
                    lines.get(("references", index, "source"), lines.get(("references", index))),
                )
            )


def load_catalog(path: str | Path | None = None, *, strict: bool = False) -> Catalog:
    """Load a catalog folder (``catalog.yaml`` + ``items/*.yaml``); the bundled one by default.

    Every check runs on every catalog, except that the regular expressions of the bundled
    catalog are compiled only when ``strict`` is set (``aicc catalog validate`` and the tests do);
    the review engine compiles them anyway, and skipping the double work halves start-up.
    Without ``strict``, a catalog that passed every check is kept in the user's cache folder,
    keyed by the exact bytes of its files, so the next process reads it back in a few
    milliseconds; any change to a file, or to aicc, loads and checks it again.
    """
    return _load_catalog_cached(str(Path(path).resolve()) if path is not None else None, strict)


@lru_cache(maxsize=4)
def _load_catalog_cached(path: str | None, strict: bool = False) -> Catalog:
    folder = Path(path) if path is not None else bundled_catalog_dir()
    if folder.is_file():
        folder = folder.parent
    meta_path = folder / "catalog.yaml"
    if not meta_path.exists():
        raise AiccError("no catalog.yaml in this folder", folder)
    if strict:
        return _load_checked(folder, trusted=False)
    cache = _CatalogCache(folder)
    catalog = cache.read()
    if catalog is None:
        catalog = _load_checked(folder, trusted=path is None)
        cache.write(catalog)
    return catalog


class _CatalogCache:
    """A checked catalog as JSON in the cache folder; one file per catalog folder, holding the
    hash of the files it was loaded from (a changed file, or another aicc version, misses)."""

    def __init__(self, folder: Path) -> None:
        from aicc import __version__
        from aicc.diskcache import cache_dir

        digest = hashlib.sha256(f"aicc {__version__}\n".encode())
        try:
            for file in [folder / "catalog.yaml", *sorted((folder / "items").glob("*.yaml"))]:
                digest.update(f"{file.name}\n{file.stat().st_size}\n".encode())
                digest.update(file.read_bytes())
            self.key: str | None = digest.hexdigest()
        except OSError:  # unreadable files are reported by the real load
            self.key = None
        name = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
        self.path = cache_dir() / f"catalog-{name}.json"

    def read(self) -> Catalog | None:
        if self.key is None or not self.path.is_file():
            return None
        try:
            raw = self.path.read_bytes()
            head, _, body = raw.partition(b"\n")
            if head.decode("ascii", "replace") != self.key:
                return None
            return Catalog.model_validate_json(body, context={"trusted": True})
        except (OSError, ValueError):  # unreadable or stale: load the catalog again
            return None

    def write(self, catalog: Catalog) -> None:
        from aicc.diskcache import store

        if self.key is not None:
            store(self.path, self.key.encode("ascii") + b"\n" + catalog.model_dump_json().encode("utf-8"))


def _load_checked(folder: Path, trusted: bool) -> Catalog:
    meta_path = folder / "catalog.yaml"
    data, lines = read_yaml(meta_path)
    _check_kind(data, "catalog", str(meta_path), lines)
    try:
        meta = CatalogMeta.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(validation_problems(exc, lines, str(meta_path))) from exc
    problems: list[AiccError] = []
    seen_sources: dict[str, int] = {}
    for index, source in enumerate(meta.sources):
        line = lines.get(("sources", index))
        if source.id in seen_sources:
            problems.append(AiccError(f"duplicate source id {source.id!r}", meta_path, line))
        seen_sources[source.id] = index
    known = set(seen_sources)
    items: list[Item] = []
    first_seen: dict[str, str] = {}
    item_files = sorted((folder / "items").glob("*.yaml"))
    if not item_files:
        problems.append(AiccError("the catalog has no items (items/*.yaml)", folder))
    for item_path in item_files:
        loaded = _load_item(item_path, problems, trusted)
        if loaded is None:
            continue
        item, item_lines = loaded
        if item.id in first_seen:
            problems.append(
                AiccError(
                    f"duplicate item id {item.id!r} (also in {first_seen[item.id]})", item_path, item_lines[("id",)]
                )
            )
            continue
        first_seen[item.id] = item_path.name
        _check_references(item, item_lines, str(item_path), known, problems)
        items.append(item)
    ids = set(first_seen)
    for index, rule in enumerate(meta.profile_rules):
        for item_id in rule.items:
            if item_id not in ids:
                problems.append(
                    AiccError(
                        f"profile rule names unknown item {item_id!r}", meta_path, lines.get(("profile_rules", index))
                    )
                )
    if problems:
        raise ValidationFailed(problems)
    items.sort(key=lambda it: it.id)
    return Catalog(meta=meta, items=items)


def unused_profile_values(catalog: Catalog) -> list[str]:
    """Sector and size values that change nothing in this catalog (each must change something)."""
    used: set[str] = set()
    conds = [rule.when for rule in catalog.meta.profile_rules] + [item.conditions for item in catalog.items]
    for cond in conds:
        used.update(f"sector:{s}" for s in cond.sectors or [])
        used.update(f"org_size:{s}" for s in cond.org_sizes or [])
    wanted = [f"sector:{s}" for s in SECTORS if s != "general"] + [f"org_size:{s}" for s in ORG_SIZES]
    return [value for value in wanted if value not in used]


def load_playbook(path: str | Path, catalog: Catalog | None = None) -> Playbook:
    """Load a playbook and check it against its catalog (ids, sources, house items)."""
    path = Path(path)
    data, lines = read_yaml(path)
    _check_kind(data, "playbook", str(path), lines)
    try:
        playbook = Playbook.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(validation_problems(exc, lines, str(path))) from exc
    catalog = catalog or load_catalog()
    problems: list[AiccError] = []
    if playbook.catalog != catalog.meta.id:
        problems.append(
            AiccError(
                f"playbook is for catalog {playbook.catalog!r}, not {catalog.meta.id!r}", path, lines.get(("catalog",))
            )
        )
    ids = {item.id for item in catalog.items}
    added: dict[str, int] = {}
    for index, item in enumerate(playbook.add):
        line = lines.get(("add", index, "id"))
        if item.id in ids:
            problems.append(AiccError(f"house item {item.id!r} clashes with a catalog item id", path, line))
        if item.id in added:
            problems.append(AiccError(f"duplicate house item id {item.id!r}", path, line))
        added[item.id] = index
        known = catalog.source_ids() | {source.id for source in playbook.sources}
        sub_lines = {key[2:]: value for key, value in lines.items() if key[:2] == ("add", index)}
        _check_references(item, sub_lines, str(path), known, problems)
    all_ids = ids | set(added)

    def check_ids(values: Iterable[str], where: tuple[Any, ...]) -> None:
        for index, item_id in enumerate(values):
            if item_id not in all_ids:
                problems.append(AiccError(f"unknown item id {item_id!r}", path, lines.get((*where, index))))

    check_ids(playbook.select.include or [], ("select", "include"))
    check_ids(playbook.select.exclude, ("select", "exclude"))
    for index, change in enumerate(playbook.modify):
        if change.item not in all_ids:
            problems.append(AiccError(f"unknown item id {change.item!r}", path, lines.get(("modify", index, "item"))))
    if problems:
        raise ValidationFailed(problems)
    return playbook


def file_kind(path: str | Path) -> str:
    """'catalog' or 'playbook', read from the file's ``kind`` (a folder is a catalog)."""
    path = Path(path)
    if path.is_dir():
        return "catalog"
    data, _ = read_yaml(path)
    kind = data.get("kind") if isinstance(data, dict) else None
    if kind not in ("catalog", "playbook", "profile"):
        raise AiccError("cannot tell what this file is: it needs 'kind: catalog' or 'kind: playbook'", path, 1)
    return str(kind)
