"""Ingestion: every input a user has, to cleaned articles in the store.

This subpackage is also the :func:`ingest` function: ``storyline.ingest(store, names)`` (and so
``from storyline import ingest``) calls it, since a package's attribute named like one of its subpackages is that
subpackage once it is imported, whatever the package bound to the name before."""

import sys
import types
from typing import Any

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


class _IngestPackage(types.ModuleType):
    """The ``storyline.ingest`` package, which called is :func:`ingest` (see the module docstring)."""

    def __call__(self, *args: Any, **kwargs: Any) -> IngestReport:
        return ingest(*args, **kwargs)


sys.modules[__name__].__class__ = _IngestPackage
