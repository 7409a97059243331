"""storyline: what every outlet says about a story, with claim-level provenance.

Public API (heavy dependencies are imported lazily, on first use; docs/library.md describes each call, its
arguments and what it returns)::

    from storyline import Store, ingest, ingest_records, update_stories, list_stories, brief_story

    with Store("news.db") as store:
        ingest(store, ["articles/"])              # or ingest_records(store, [{"text": ..., "outlet": ...}])
        update_stories(store)                     # what `storyline cluster` does
        for story in list_stories(store):
            brief = brief_story(store, story["id"])   # the brief JSON of docs/brief-schema.md, as a dict

Every error storyline raises on purpose is a :class:`StorylineError` (an error about the store's file, a
:class:`StoreError`; an unknown id, :class:`NotFoundError`; a bad filter or argument, :class:`QueryError`; a missing
language model, :class:`ModelError`), with a message that says what to do.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    FetchError,
    InputError,
    ModelError,
    NewerStoreError,
    NotAStoreError,
    NotFoundError,
    QueryError,
    StoreClosedError,
    StoreDamagedError,
    StoreError,
    StoreGoneError,
    StoreLockedError,
    StoreReadOnlyError,
    StorylineError,
)
from .models import Article, Quote, Skipped, TextMap
from .settings import IngestOptions

if TYPE_CHECKING:  # what the lazy names below are, for type checkers
    from .brief.build import BriefOptions
    from .cluster import ClusterReport, get_story, list_stories, rebuild_stories, story_of_article, update_stories
    from .extract import entity_detail, extract_store, list_entities, quotes_for
    from .extract.store import ExtractReport
    from .ingest import IngestReport, ingest, ingest_records
    from .pipeline import RunReport, brief_articles, brief_story, briefs_from_inputs, list_articles, run_pipeline
    from .store import Store

__version__ = "0.1.0"

_LAZY = {
    "Store": "storyline.store",
    "IngestReport": "storyline.ingest",
    "ingest": "storyline.ingest",
    "ingest_records": "storyline.ingest",
    "update_stories": "storyline.cluster",
    "ClusterReport": "storyline.cluster",
    "RunReport": "storyline.pipeline",
    "ExtractReport": "storyline.extract.store",
    "rebuild_stories": "storyline.cluster",
    "list_stories": "storyline.cluster",
    "get_story": "storyline.cluster",
    "story_of_article": "storyline.cluster",
    "BriefOptions": "storyline.brief.build",
    "brief_story": "storyline.pipeline",
    "brief_articles": "storyline.pipeline",
    "briefs_from_inputs": "storyline.pipeline",
    "list_articles": "storyline.pipeline",
    "run_pipeline": "storyline.pipeline",
    "extract_store": "storyline.extract",
    "list_entities": "storyline.extract",
    "entity_detail": "storyline.extract",
    "quotes_for": "storyline.extract",
}
"""Public functions and classes, each imported from its module the first time it is used (``import storyline``
stays light: no language models, no numpy). ``ingest`` is the subpackage ``storyline.ingest``, which called is its
``ingest`` function: a package's attribute named like a subpackage is that subpackage once it is imported, so the name
could not stay the function."""


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = importlib.import_module(_LAZY[name])
        value = module if module.__name__ == f"{__name__}.{name}" else getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'storyline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Article",
    "BriefOptions",
    "ClusterReport",
    "ExtractReport",
    "FetchError",
    "IngestOptions",
    "IngestReport",
    "InputError",
    "ModelError",
    "NewerStoreError",
    "NotAStoreError",
    "NotFoundError",
    "QueryError",
    "Quote",
    "RunReport",
    "Skipped",
    "Store",
    "StoreClosedError",
    "StoreDamagedError",
    "StoreError",
    "StoreGoneError",
    "StoreLockedError",
    "StoreReadOnlyError",
    "StorylineError",
    "TextMap",
    "__version__",
    "brief_articles",
    "brief_story",
    "briefs_from_inputs",
    "entity_detail",
    "extract_store",
    "get_story",
    "ingest",
    "ingest_records",
    "list_articles",
    "list_entities",
    "list_stories",
    "quotes_for",
    "rebuild_stories",
    "run_pipeline",
    "story_of_article",
    "update_stories",
]
