"""URL fetching (placeholder until the fetcher lands)."""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Skipped
from ..settings import IngestOptions
from .drafts import ReadResult


def read_url_input(url: str, *, options: IngestOptions) -> Iterator[ReadResult]:
    yield Skipped(url, "URL ingestion is not supported yet")
