"""Every test clause of every catalog item (ja and en, both roles), through the review engine.

The engine runs as the product does by default (rules only). Clauses it does not get right yet
are listed in KNOWN_MISSES and marked xfail(strict=True): when one starts passing, the test
fails until it is taken off the list, so the list stays honest. With ``--embeddings`` (exemplar
similarity added to the rules) at least as many clauses must pass: similarity only adds evidence.
Regenerate the list with:  .venv/bin/python tests/test_review_catalog_clauses.py
"""

from __future__ import annotations

import hashlib
from functools import cache

import numpy as np
import pytest

from aicc.catalog import load_catalog
from aicc.models import Item, TestClause
from aicc.review.embeddings import shared_embedder
from aicc.review.engine import Engine
from aicc.review.parties import resolve_names
from aicc.review.units import line_unit

# item id # sha1(text)[:10] # role
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "OUT-ID-02#65bf6df4b0#user",
        "OUT-ID-02#65bf6df4b0#vendor",
        "OUT-ID-02#ebb1663465#user",
        "X-LAW-01#cc2304afcd#vendor",
        "X-LAW-02#15dd8b70a6#vendor",
    }
)


def case_key(item: Item, test: TestClause) -> str:
    return f"{item.id}#{hashlib.sha1(test.text.encode()).hexdigest()[:10]}#{test.role}"


def _cases() -> list[tuple[Item, TestClause]]:
    return [(item, test) for item in load_catalog().items for test in item.tests]


@cache
def _engine_and_sims(embeddings: bool = False) -> tuple[Engine, dict[str, np.ndarray | None]]:
    catalog = load_catalog()
    engine = Engine(items=catalog.items, names=resolve_names(), embedder=shared_embedder() if embeddings else None)
    texts = sorted({test.text for _, test in _cases()})
    sims = engine.similarities([line_unit(text) for text in texts])
    rows = list(sims) if sims is not None else [None] * len(texts)
    return engine, dict(zip(texts, rows, strict=True))


def outcome(item: Item, test: TestClause, embeddings: bool = False) -> tuple[str, str | None]:
    engine, sims = _engine_and_sims(embeddings)
    status, position, *_ = engine.assess(item, line_unit(test.text, test.lang), sims[test.text], test.role)
    return status, position


def _passes(item: Item, test: TestClause, embeddings: bool = False) -> bool:
    status, position = outcome(item, test, embeddings)
    return status == test.status and (test.status != "addressed" or position == test.position)


def _params() -> list[object]:
    params = []
    for item, test in _cases():
        key = case_key(item, test)
        marks = [pytest.mark.xfail(strict=True, reason="known miss")] if key in KNOWN_MISSES else []
        params.append(pytest.param(item, test, id=f"{key}-{test.lang}-{test.status}", marks=marks))
    return params


@pytest.mark.parametrize(("item", "test"), _params())
def test_catalog_test_clause(item: Item, test: TestClause) -> None:
    status, position = outcome(item, test)
    assert status == test.status, f"{item.id}: {test.text}"
    if test.status == "addressed":
        assert position == test.position, f"{item.id} ({test.role}): {test.text}"


def test_embeddings_only_add_to_the_rules() -> None:
    cases = _cases()
    rules = sum(_passes(item, test) for item, test in cases)
    both = sum(_passes(item, test, embeddings=True) for item, test in cases)
    assert both >= rules, (both, rules)


def test_known_misses_still_exist() -> None:
    """A key on the list whose clause was removed from the catalog must leave the list too."""
    keys = {case_key(item, test) for item, test in _cases()}
    assert keys >= KNOWN_MISSES, sorted(KNOWN_MISSES - keys)


if __name__ == "__main__":
    misses = [case_key(item, test) for item, test in _cases() if not _passes(item, test)]
    total = len(_cases())
    print(f"# {total - len(misses)}/{total} pass ({(total - len(misses)) / total:.1%})")
    for key in sorted(misses):
        print(f'        "{key}",')
