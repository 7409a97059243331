"""Ingestion: every input a user has, to cleaned articles in the store."""

from .pipeline import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    IngestReport,
    build_article,
    ingest,
    ingest_records,
    iter_drafts,
    nothing_to_read,
)

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "IngestReport",
    "build_article",
    "ingest",
    "ingest_records",
    "iter_drafts",
    "nothing_to_read",
]
