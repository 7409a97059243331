"""Raw inputs and drafts: what readers produce before cleaning turns a draft into an Article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
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
    stored: dict[str, Any] | None = None
    """A record of ``storyline export``: the article as it was stored (``text``, ``textmap``, ``title_span``,
    ``extra``, ...), restored as it is when it still matches ``original`` (see :func:`storyline.ingest.pipeline.restored`)."""


ReadResult = Draft | Skipped
ArticleOrSkip = Article | Skipped


ISO_STAMP = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?")
EPOCH = re.compile(r"\d{10}(?:\d{3})?(?:\.\d+)?")
NO_ANCHOR = re.compile(r"\b(?:ago|yesterday|today|tomorrow|now|last|next|this)\b", re.I)


def read_published(value: str | None) -> tuple[str | None, str | None]:
    """``(ISO date or None, why it was not read)`` for a publication date as an input gives it: an ISO date or
    timestamp (kept as written when it is a real day), Unix seconds or milliseconds ("1709661600": 2024-03-05T18:00:00Z,
    the time in UTC; a number at midnight UTC is a day, "1767225600": 2026-01-01), or a
    written date ("Tue, 05 Mar 2024 10:00:00 GMT", "05/03/2024" month first; "12. März 2025" in another language, read
    day first). Relative words ("yesterday") and
    impossible days ("2024-02-30", "32 Mar 2024") are not read: None with the reason."""
    if value is None or not value.strip():
        return None, None
    text = value.strip()
    if m := ISO_STAMP.fullmatch(text):
        try:
            date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if m.group(4) is not None:
                time(int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))
        except ValueError:
            return None, f"not a calendar date: {text!r}"
        return text, None
    if EPOCH.fullmatch(text):
        seconds = float(text) / (1000 if len(text.split(".")[0]) == 13 else 1)
        when = datetime.fromtimestamp(seconds, tz=UTC)
        if when.hour == when.minute == when.second == when.microsecond == 0:
            # midnight UTC to the second: a day exported as a number (a CMS's date field), stored as the day an ISO
            # date gives ("2026-01-01"), not as a timestamp nobody wrote
            return when.date().isoformat(), None
        return when.strftime("%Y-%m-%dT%H:%M:%SZ"), None
    if NO_ANCHOR.search(text) or not re.search(r"\d", text):
        return None, f"not a date that can be read on its own: {text!r}"
    import dateparser

    settings = {"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "MDY"}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None and re.search(r"[^\W\d_]{3}", text):  # a month named in another language: "12. März 2025"
        settings["DATE_ORDER"] = "DMY"
        parsed = dateparser.parse(text, settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None, f"not a date that can be read: {text!r}"
    return parsed.date().isoformat(), None
