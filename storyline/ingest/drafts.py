"""Raw inputs and drafts: what readers produce before cleaning turns a draft into an Article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..models import Article, Skipped


@dataclass
class RawInput:
    """Bytes read from one file, URL or standard input, with where they came from."""

    name: str
    data: bytes
    url: str | None = None
    content_type: str | None = None


@dataclass
class Draft:
    """An article as a reader found it: the original text and whatever metadata came with it.

    ``title`` is metadata given by the input (a JSON field, a page's <title>); when it is None the
    cleaner takes the first non-junk line of the text as the headline.
    """

    source: str
    original: str
    fmt: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    raw_html: str | None = None


ReadResult = Draft | Skipped
ArticleOrSkip = Article | Skipped
