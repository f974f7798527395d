"""Compiled rules kept on disk between runs.

Compiling the catalog's hints and the topic rules a contract needs costs a review about a quarter
of a second. What Python's regex compiler makes of a rule (its program: a list of integers and the
group names) is plain data, so it is kept in the cache folder and handed straight to the regex
engine next time. The file is tied to the exact Python build and regex engine that wrote it; with
any other, a missing private API, or a file that cannot be read, rules are compiled as usual.
"""

from __future__ import annotations

import marshal
import re
import sys
import zlib
from array import array
from typing import Any

from aicc.diskcache import FileDict

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _BUILD: str | None = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
except (ImportError, AttributeError):  # another Python: no cache
    _BUILD = None

CACHE_VERSION = 2
MAX_ENTRIES = 5_000  # the rules as written are about 2,000; the file starts again past this


def _cache_name() -> str:
    return f"rule-programs-v{CACHE_VERSION}-{zlib.crc32(str(_BUILD).encode()):08x}.marshal"


def _loads(raw: bytes) -> Any:
    data = marshal.loads(raw)
    # the build is checked again: two builds can share a file name
    return data.get("", {}) if isinstance(data, dict) and data.get("build") == _BUILD else {}


def _new_cache() -> FileDict:
    return FileDict(
        _cache_name,
        dumps=lambda data: marshal.dumps({"build": _BUILD, "": data}),
        loads=_loads,
        max_entries=MAX_ENTRIES,
    )


_CACHE = _new_cache()


def compile_rule(rule: str, flags: int = 0, *, keep: bool = True) -> re.Pattern[str]:
    """``re.compile(rule, flags)``, from the cache when it holds the rule. Raises ``re.error`` for an
    invalid rule, like ``re.compile``. ``keep=False`` compiles without caching: a rule written out
    with one contract's party names would only grow the file."""
    flags = int(flags)  # a plain int: an re.RegexFlag cannot be stored
    if _BUILD is None or _TYPECODE is None:
        return re.compile(rule, flags)
    key = f"{flags}\x1f{rule}"
    entry = _CACHE.load().get(key) if keep else None
    if entry is not None:
        try:
            stored_flags, packed, stored_groups, stored_index, stored_names = entry
            program = array(_TYPECODE, packed).tolist()
            return _sre.compile(rule, stored_flags, program, stored_groups, stored_index, stored_names)
        except (TypeError, ValueError, RuntimeError, OverflowError):  # a damaged entry: compile again
            pass
    parsed = _parser.parse(rule, flags)
    groupindex = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        names[i] = name
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    final_flags, groups = flags | parsed.state.flags, parsed.state.groups - 1
    if keep:
        # the program as packed bytes: a quarter of the memory of a list of ints, read in one go
        _CACHE.put(key, (final_flags, array(_TYPECODE, code).tobytes(), groups, groupindex, tuple(names)))
    return _sre.compile(rule, final_flags, code, groups, groupindex, tuple(names))


def _typecode() -> str | None:
    """The array type code of the regex engine's code units (a program packs into an array of them)."""
    return next((code for code in ("I", "L") if array(code).itemsize == getattr(_sre, "CODESIZE", 0)), None)


_TYPECODE = _typecode() if _BUILD is not None else None
