"""Required literals of a regex: groups of words such that every text the regex matches holds
at least one word of each group.

A rule with a group none of whose words is in a text cannot match it, so plain ``in`` tests (or
the document's word index, ``textindex.py``) spare compiling and running it. Parsing a rule costs
about half of compiling it, so the literals are cached on disk next to the embedding caches (a
versioned JSON file; a cache that cannot be read or written is simply not used).
"""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from aicc.diskcache import FileDict

CACHE_VERSION = 4
# Groups of words (one word of each group is in every match); None when nothing is known.
Needs = tuple[tuple[str, ...], ...] | None
# The cache holds rules expanded with each contract's party names; it is emptied past this size.
MAX_ENTRIES = 50_000

# The only non-ASCII characters Python's IGNORECASE matches to ASCII letters or digits
# (İ ı → i, ſ → s, Kelvin sign → k); folded to them so that ``in`` sees what the regex sees.
_FOLD = str.maketrans({0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"})


@lru_cache(maxsize=8192)
def fold(text: str, lang: str) -> str:
    """The text as ``required_literals`` words of its language are looked up in."""
    return text.translate(_FOLD).lower() if lang == "en" else text


def satisfied(needs: Needs, folded: str) -> bool:
    """True when the folded text holds a word of every group (always, when nothing is known)."""
    return needs is None or all(any(word in folded for word in group) for group in needs)


def _strongest(groups: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective group: longer shortest word first, then fewer words."""
    return max(groups, key=lambda g: (min(map(len, g)), -len(g)), default=None)


def _needs(data: Any, icase: bool) -> list[frozenset[str]]:
    """Groups of words such that every match of the parsed sequence holds a word of each group."""
    groups: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            groups.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in data:
        if op is sre.LITERAL:
            ch = chr(av)
            if icase and not ch.isascii():
                flush()
            else:
                run.append(ch.lower() if icase else ch)
            continue
        flush()
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if icase or not (add_flags & re.IGNORECASE):
                # lower-cased words are still required when a group turns case-sensitivity on or off
                groups.extend(_needs(sub, icase))
        elif op is sre.BRANCH:
            # one group per alternative, the strongest; their union is required
            strongest = [_strongest(_needs(branch, icase)) for branch in av[1]]
            if all(group is not None for group in strongest):
                groups.append(frozenset().union(*(g for g in strongest if g is not None)))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                groups.extend(_needs(sub, icase))
        elif op is sre.ATOMIC_GROUP:
            groups.extend(_needs(av, icase))
    flush()
    return groups


def _compute(rule: str, lang: str) -> Needs:
    flags = re.IGNORECASE if lang == "en" else 0
    try:
        parsed = sre_parse.parse(rule, flags)
    except Exception:  # an invalid rule is dropped when compiled; nothing to prefilter
        return None
    icase = bool(parsed.state.flags & re.IGNORECASE)
    if icase and lang != "en":  # words are looked up case-sensitively in Japanese texts
        return None
    groups = {tuple(sorted(group)) for group in _needs(parsed.data, icase)}
    # a group that contains another is implied by it
    kept = [g for g in groups if not any(o != g and set(o) <= set(g) for o in groups)]
    return tuple(sorted(kept)) or None


def _cache_name() -> str:
    return f"rule-literals-v{CACHE_VERSION}-py{sys.version_info[0]}{sys.version_info[1]}.json"


def _new_cache() -> FileDict:
    return FileDict(
        _cache_name,
        dumps=lambda data: json.dumps(data, ensure_ascii=False).encode("utf-8"),
        loads=lambda raw: json.loads(raw.decode("utf-8")),
        max_entries=MAX_ENTRIES,
    )


_CACHE = _new_cache()


def _valid(value: Any) -> bool:
    return value is None or (
        isinstance(value, list)
        and all(isinstance(g, list) and g and all(isinstance(w, str) and w for w in g) for g in value)
    )


def required_literals(rule: str, lang: str) -> Needs:
    """Groups of words (folded for ``lang``): every text the rule matches holds a word of each
    group. None when nothing is known."""
    key = f"{lang}\x1f{rule}"
    value = _CACHE.load().get(key, False)
    if value is not False and _valid(value):
        return None if value is None else tuple(tuple(group) for group in value)
    needs = _compute(rule, lang)
    _CACHE.put(key, None if needs is None else [list(group) for group in needs])
    return needs
