"""The store: SQLite by default."""

from .sqlite import Store, default_db_path

__all__ = ["Store", "default_db_path"]
