"""Strict YAML reading: duplicate keys are errors, and every value keeps its line number.

Pydantic errors carry a location path (``("positions", "user", "fallback", "en")``);
:func:`line_for` maps that path back to the line of the YAML file, so every
message can say ``items/IN-USE-02.yaml:41: …``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from aicc.errors import AiccError

LineMap = dict[tuple[Any, ...], int]

MAX_YAML_BYTES = 2_000_000


_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~5x faster


class _Loader(_BaseLoader):
    """Safe loading; we walk the node tree ourselves before constructing data."""


def _walk(node: yaml.Node, path: tuple[Any, ...], lines: LineMap, source: str) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise AiccError(f"duplicate key {key!r} (first given on line {seen[key]})", source, line)
            seen[key] = line
            lines[(*path, key)] = line
            _walk(value_node, (*path, key), lines, source)
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            lines[(*path, index)] = child.start_mark.line + 1
            _walk(child, (*path, index), lines, source)


def read_yaml(path: Path) -> tuple[Any, LineMap]:
    """Read one YAML document. Raise :class:`AiccError` with file and line on any problem."""
    source = str(path)
    if not path.exists():
        raise AiccError("file not found", source)
    if path.is_dir():
        raise AiccError("is a folder, not a YAML file", source)
    size = path.stat().st_size
    if size > MAX_YAML_BYTES:
        raise AiccError(f"file is too large for a YAML file ({size} bytes, limit {MAX_YAML_BYTES})", source)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise AiccError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", source) from exc
    if not text.strip():
        raise AiccError("file is empty", source)
    return parse_yaml(text, source)


def parse_yaml(text: str, source: str) -> tuple[Any, LineMap]:
    """Parse one YAML document read from ``source`` (named in errors), strictly: a duplicate key is
    an :class:`AiccError` with its line, as is any other problem."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise AiccError("file has no YAML document", source)
        lines: LineMap = {(): node.start_mark.line + 1}
        _walk(node, (), lines, source)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise AiccError(f"invalid YAML: {problem}", source, line) from exc
    except yaml.YAMLError as exc:
        raise AiccError(f"invalid YAML: {exc}", source) from exc
    finally:
        loader.dispose()
    return data, lines


def line_for(lines: LineMap, loc: tuple[Any, ...]) -> int | None:
    """The line of the longest prefix of ``loc`` that the file has."""
    clean = tuple(part for part in loc if isinstance(part, int) or not _is_pydantic_tag(part))
    for cut in range(len(clean), -1, -1):
        line = lines.get(clean[:cut])
        if line is not None:
            return line
    return None


def _is_pydantic_tag(part: Any) -> bool:
    # Union branches and validators show up in locations as type names.
    return isinstance(part, str) and (part[:1].isupper() or part.startswith("function-") or "[" in part)


def describe(error: dict[str, Any]) -> str:
    """One readable sentence for one pydantic error."""
    loc = tuple(part for part in error["loc"] if isinstance(part, int) or not _is_pydantic_tag(part))
    where = ".".join(str(part) for part in loc) or "(top level)"
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"unknown key {loc[-1]!r}" + (f" in {'.'.join(map(str, loc[:-1]))}" if len(loc) > 1 else "")
    if kind == "missing":
        if loc and loc[-1] in ("ja", "en"):
            return f"missing translation: {where} is required (every text needs both ja and en)"
        return f"missing required key {where}"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"bad value {error.get('input')!r} for {where}; expected {expected}"
    if kind in ("string_type", "int_type", "bool_type", "list_type", "dict_type", "model_type", "float_type"):
        return f"wrong type for {where}: {error['msg'].lower()} (got {type(error.get('input')).__name__})"
    message = str(error["msg"])
    message = message.removeprefix("Value error, ")
    return f"{where}: {message}"


def validation_problems(exc: ValidationError, lines: LineMap, source: str) -> list[AiccError]:
    problems = []
    for error in exc.errors():
        problems.append(AiccError(describe(dict(error)), source, line_for(lines, tuple(error["loc"]))))
    return problems
