"""Segmentation: clauses, defined terms, parties and language of a normalised text."""

from __future__ import annotations

from dataclasses import dataclass, field

from aicc.models import Clause, Definition, DocLanguage, Page, Party
from aicc.segment.clauses import segment_clauses
from aicc.segment.definitions import find_definitions
from aicc.segment.language import detect_language
from aicc.segment.parties import find_parties


@dataclass
class Segmentation:
    language: DocLanguage
    clauses: list[Clause]
    definitions: list[Definition]
    parties: list[Party]
    warnings: list[str] = field(default_factory=list)


def segment(
    text: str, pages: list[Page], *, vendor_name: str | None = None, user_name: str | None = None
) -> Segmentation:
    """Split ``text`` into clauses and find its definitions and parties."""
    warnings: list[str] = []
    clauses = segment_clauses(text, pages)
    body = [c for c in clauses if c.kind in ("clause", "schedule")]
    preamble_end = body[0].start if body else len(text)
    parties = find_parties(text, preamble_end, vendor_name=vendor_name, user_name=user_name, warnings=warnings)
    return Segmentation(detect_language(text), clauses, find_definitions(text), parties, warnings)


__all__ = ["Segmentation", "segment"]
