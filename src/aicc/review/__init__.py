"""The review engine: matching checklist items to clauses, judging position, evidence, suggestions."""

from aicc.review.assemble import review_documents, verify_evidence
from aicc.review.classify import classify_lines
from aicc.review.deal_type import infer_deal_type

__all__ = ["classify_lines", "infer_deal_type", "review_documents", "verify_evidence"]
