"""Required literals of a regex: words one of which is in every text the regex can match.

A rule whose required words are all absent from a text cannot match it, so a plain ``in`` test
spares compiling and running it. Parsing a rule costs about half of compiling it, so the
literals are cached on disk next to the embedding caches (a versioned JSON file; a cache that
cannot be read or written is simply not used).
"""

from __future__ import annotations

import atexit
import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

CACHE_VERSION = 3
Needs = tuple[str, ...] | None
# Longest stretch of a match before a required word; longer is taken as unbounded.
MAX_WIDTH = 10_000
# The cache holds rules expanded with each contract's party names; it is emptied past this size.
MAX_ENTRIES = 50_000

# The only non-ASCII characters Python's IGNORECASE matches to ASCII letters or digits
# (İ ı → i, ſ → s, Kelvin sign → k); folded to them so that ``in`` sees what the regex sees.
_FOLD = str.maketrans({0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"})


@lru_cache(maxsize=8192)
def fold(text: str, lang: str) -> str:
    """The text as ``required_literals`` words of its language are looked up in."""
    return text.translate(_FOLD).lower() if lang == "en" else text


Found = tuple[frozenset[str], int | None]  # words, and how far into a match one of them may start


def _better(a: Found | None, b: Found | None) -> Found | None:
    """The more useful requirement: a bounded start first, then longer words, then fewer of them."""
    if a is None:
        return b
    if b is None:
        return a

    def key(found: Found) -> tuple[bool, int, int]:
        return (found[1] is not None, min(map(len, found[0])), -len(found[0]))

    return b if key(b) > key(a) else a


def _plus(offset: int | None, more: int | None) -> int | None:
    if offset is None or more is None or offset + more >= MAX_WIDTH:
        return None
    return offset + more


def _needs(data: Any, icase: bool, state: Any) -> Found | None:
    """Words one of which every match of the parsed sequence contains, and the longest stretch of
    a match before such a word (None: unbounded); None when nothing is known."""
    best: Found | None = None
    run: list[str] = []
    run_at: int | None = 0
    offset: int | None = 0  # the longest the sequence can be before the current item

    def flush() -> None:
        nonlocal best
        if run:
            best = _better(best, (frozenset({"".join(run)}), run_at))
            run.clear()

    def shifted(found: Found | None) -> Found | None:
        return None if found is None else (found[0], _plus(offset, found[1]))

    for item in data:
        op, av = item
        if op is sre.LITERAL:
            ch = chr(av)
            if icase and not ch.isascii():
                flush()
            else:
                if not run:
                    run_at = offset
                run.append(ch.lower() if icase else ch)
        else:
            flush()
            if op is sre.SUBPATTERN:
                _group, add_flags, _del_flags, sub = av
                if icase or not (add_flags & re.IGNORECASE):
                    # lower-cased words are still required when a group turns case-sensitivity on or off
                    best = _better(best, shifted(_needs(sub, icase, state)))
            elif op is sre.BRANCH:
                alternatives = [_needs(branch, icase, state) for branch in av[1]]
                if all(alt is not None for alt in alternatives):
                    words = frozenset().union(*(alt[0] for alt in alternatives if alt is not None))
                    starts = [alt[1] for alt in alternatives if alt is not None]
                    start = None if any(s is None for s in starts) else max(s for s in starts if s is not None)
                    best = _better(best, shifted((words, start)))
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                low, _high, sub = av
                if low >= 1:
                    best = _better(best, shifted(_needs(sub, icase, state)))
            elif op is sre.ATOMIC_GROUP:
                best = _better(best, shifted(_needs(av, icase, state)))
        width = int(sre_parse.SubPattern(state, [item]).getwidth()[1])
        offset = _plus(offset, width)
    flush()
    return best


def _compute(rule: str, lang: str) -> tuple[Needs, int | None]:
    flags = re.IGNORECASE if lang == "en" else 0
    try:
        parsed = sre_parse.parse(rule, flags)
    except Exception:  # an invalid rule is dropped when compiled; nothing to prefilter
        return None, None
    icase = bool(parsed.state.flags & re.IGNORECASE)
    if icase and lang != "en":  # words are looked up case-sensitively in Japanese texts
        return None, None
    found = _needs(parsed.data, icase, parsed.state)
    if not found:
        return None, None
    return tuple(sorted(found[0])), found[1]


def _cache_file() -> Path | None:
    from aicc.review.diskcache import cache_dir

    folder = cache_dir()
    tag = f"{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"rule-literals-v{CACHE_VERSION}-py{tag}.json" if folder else None


class _Cache:
    def __init__(self) -> None:
        self.data: dict[str, Any] | None = None
        self.dirty = False

    def load(self) -> dict[str, Any]:
        if self.data is None:
            self.data = {}
            path = _cache_file()
            try:
                if path is not None and path.is_file():
                    loaded = json.loads(path.read_text(encoding="utf-8"))
                    if isinstance(loaded, dict):
                        self.data = loaded
            except (OSError, ValueError):
                self.data = {}
        return self.data

    def save(self) -> None:
        path = _cache_file()
        if not self.dirty or self.data is None or path is None:
            return
        from aicc.review.diskcache import store

        if store(path, json.dumps(self.data, ensure_ascii=False).encode("utf-8")):
            self.dirty = False


_CACHE = _Cache()
atexit.register(_CACHE.save)


def required_literals(rule: str, lang: str) -> tuple[Needs, int | None]:
    """Words (folded for ``lang``) one of which is in any text the rule matches (None if unknown),
    and how far after the start of a match such a word may begin, at most (None if unbounded)."""
    data = _CACHE.load()
    key = f"{lang}\x1f{rule}"
    value = data.get(key)
    if isinstance(value, list) and len(value) == 2:
        words, width = value
        return (tuple(words) if isinstance(words, list) else None), (width if isinstance(width, int) else None)
    needs, width = _compute(rule, lang)
    if len(data) >= MAX_ENTRIES:  # rules expanded with many contracts' party names: start again
        data.clear()
    data[key] = [list(needs) if needs is not None else None, width]
    _CACHE.dirty = True
    return needs, width
