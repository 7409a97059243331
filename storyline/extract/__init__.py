"""Extraction: entities with merged spellings, quotes with resolved speakers, numbers and dates.

Public API (heavy models load lazily, on first use):

- :func:`extract_article`, :func:`extract_articles`: articles -> :class:`~storyline.models.ArticleExtraction`
- :func:`resolve_entities`: cross-document entities, spellings merged (updates extractions in place)
- store access: :func:`save_extractions`, :func:`load_extractions`, :func:`extract_store`,
  :func:`list_entities`, :func:`entity_detail`, :func:`quotes_for`
"""

from __future__ import annotations

from .pipeline import article_from_text, extract_article, extract_articles
from .resolve import resolve_entities
from .store import entity_detail, extract_store, list_entities, load_extractions, quotes_for, save_extractions

__all__ = [
    "article_from_text",
    "entity_detail",
    "extract_article",
    "extract_articles",
    "extract_store",
    "list_entities",
    "load_extractions",
    "quotes_for",
    "resolve_entities",
    "save_extractions",
]
