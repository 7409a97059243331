"""The one exception tree. Every message says what to do about it. Each class's ``code`` is the machine-readable
name of what went wrong (the JSON API's ``error.code``)."""

from __future__ import annotations

import sqlite3


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
    """The store cannot be opened, read or written. The subclasses below say why (``code`` names it too); a
    StoreError of none of them is a path that cannot be opened or a migration that failed."""

    code = "store"


class StoreLockedError(StoreError, sqlite3.OperationalError):
    """Another process has been writing to the store for longer than the wait (30 s): retry later. Also the
    ``sqlite3.OperationalError`` it stands for, so code that catches that goes on working."""

    code = "store_locked"


class StoreReadOnlyError(StoreError, sqlite3.OperationalError):
    """A write to a store opened read-only, or to a file or folder that cannot be written."""

    code = "store_readonly"


class NotAStoreError(StoreError, sqlite3.DatabaseError):
    """The file is no SQLite database (a wrong path): nothing storyline can read."""

    code = "not_a_store"


class StoreDamagedError(StoreError, sqlite3.DatabaseError):
    """The store's file is damaged, or the disk cannot be read or written (full, I/O error)."""

    code = "store_damaged"


class StoreClosedError(StoreError, sqlite3.ProgrammingError):
    """A call on a store after ``close()``: open it again."""

    code = "store_closed"


class NewerStoreError(StoreError):
    """A read-write open of a store a newer storyline migrated (it records a migration this install does not have):
    upgrade, or open it read-only."""

    code = "store_too_new"


class StoreGoneError(StoreError):
    """The store file a server was started on is no longer at its path (deleted or moved away while it ran)."""

    code = "store_gone"


class NotFoundError(StorylineError):
    """A story, article, entity or outlet that does not exist was asked for."""

    code = "not_found"


class ModelError(StorylineError):
    """A language model package is missing or cannot be loaded."""

    code = "model_missing"


class QueryError(StorylineError):
    """A search query or filter is malformed."""

    code = "bad_query"
