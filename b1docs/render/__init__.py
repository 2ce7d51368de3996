"""Word documents from the workbook and the check: one context, a sandboxed strict renderer, three templates."""

from __future__ import annotations

from b1docs.render.build import Built, build_documents, document_path, parse_only, render_documents
from b1docs.render.context import build_context
from b1docs.render.engine import DOCUMENTS, TemplateSet

__all__ = [
    "DOCUMENTS",
    "Built",
    "TemplateSet",
    "build_context",
    "build_documents",
    "document_path",
    "parse_only",
    "render_documents",
]
