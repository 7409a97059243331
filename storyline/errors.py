"""The one exception tree. Every message says what to do about it."""

from __future__ import annotations


class StorylineError(Exception):
    """Base of every error storyline raises on purpose."""

    code = "error"


class InputError(StorylineError):
    """An input could not be used (unreadable, empty, too large, malformed, refused)."""

    code = "bad_input"


class FetchError(InputError):
    """A URL could not be fetched."""

    code = "fetch_failed"


class StoreError(StorylineError):
    """The store cannot be opened or written."""

    code = "store"


class NotFoundError(StorylineError):
    """A story, article, entity or outlet that does not exist was asked for."""

    code = "not_found"


class ModelError(StorylineError):
    """A language model package is missing or cannot be loaded."""

    code = "model_missing"


class QueryError(StorylineError):
    """A search query or filter is malformed."""

    code = "bad_query"
