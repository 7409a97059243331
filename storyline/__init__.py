"""storyline: what every outlet says about a story, with claim-level provenance.

Public API (heavy dependencies are imported lazily, on first use).
"""

from __future__ import annotations

from .errors import (
    FetchError,
    InputError,
    ModelError,
    NotFoundError,
    QueryError,
    StoreError,
    StorylineError,
)
from .models import Article, Skipped, TextMap
from .settings import IngestOptions

__version__ = "0.1.0"

__all__ = [
    "Article",
    "FetchError",
    "IngestOptions",
    "InputError",
    "ModelError",
    "NotFoundError",
    "QueryError",
    "Skipped",
    "StoreError",
    "StorylineError",
    "TextMap",
    "__version__",
]
