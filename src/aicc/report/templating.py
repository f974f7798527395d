"""The Jinja2 environment the HTML, PDF and Markdown reports share, and their text helpers."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from aicc.report.labels import Pair, label, pick


def basename(path: str) -> str:
    """The file name of a recorded source path (POSIX or Windows)."""
    return re.split(r"[\\/]", path)[-1] or path


def template_text(name: str) -> str:
    return resources.files("aicc.report").joinpath("templates").joinpath(name).read_text(encoding="utf-8")


@cache
def environment(autoescape: bool) -> Any:
    from jinja2 import Environment, FunctionLoader, StrictUndefined

    env = Environment(
        loader=FunctionLoader(template_text),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=not autoescape,
        lstrip_blocks=not autoescape,
        keep_trailing_newline=True,
    )
    env.filters["basename"] = basename
    return env


def text_helpers(
    lang: str, both: bool, escape_text: Callable[[str], Any] | None = None
) -> dict[str, Callable[..., Any]]:
    """``t(pair)``, ``ui(key)`` and ``lab(table, key)`` for templates.

    With ``both`` (the interactive HTML report) each text is written in both languages, and CSS
    shows the one the language switch selects; otherwise only ``lang`` is written, escaped with
    ``escape_text`` (HTML escaping by default; the Markdown report passes its own).
    """
    from markupsafe import Markup, escape

    esc = escape_text or escape

    def t(pair: Pair) -> Any:
        if both:
            return Markup('<span class="l-ja" lang="ja">{}</span><span class="l-en" lang="en">{}</span>').format(
                pair[0], pair[1]
            )
        return esc(pick(pair, lang))

    return {
        "t": t,
        "ui": lambda key: t(label("ui", key)),
        "ui_text": lambda key: pick(label("ui", key), lang),
        "lab": lambda table, key: t(label(table, key)),
        "lab_ja": lambda table, key: label(table, key)[0],
        "lab_en": lambda table, key: label(table, key)[1],
        "lab_pick": lambda table, key: pick(label(table, key), lang),
    }
