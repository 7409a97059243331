"""HTML pages: main text and metadata with trafilatura, the date with htmldate."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from ..models import Skipped
from .detect import decode_page
from .drafts import Draft, RawInput, ReadResult


def read_html(raw: RawInput) -> Iterator[ReadResult]:
    html = decode_page(raw.data, raw.content_type)
    if html is None:
        yield Skipped(raw.name, "the page is not decodable text")
        return
    yield html_draft(html, url=raw.url, source=raw.name)


def html_draft(html: str, *, url: str | None, source: str) -> Draft:
    """A page to extract later (when the article is built, possibly in a worker process)."""
    return Draft(source=source, original="", fmt="html", url=url, raw_html=html)


def extract_html(html: str, *, url: str | None, source: str) -> Draft | Skipped:
    """The page's main text and metadata; outlet from its site name, else its domain."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            _stamped_updates(html), url=url, with_metadata=True, include_comments=False, include_tables=True
        )
        doc: Any = found if found is None or isinstance(found, dict) else found.as_dict()
    except Exception as exc:
        return Skipped(source, f"malformed HTML: {type(exc).__name__}: {exc}")
    if not doc or not isinstance(doc, dict) or not (doc.get("text") or "").strip():
        return Skipped(source, "no main text found in the page")
    page_url = url or doc.get("url")
    outlet = doc.get("sitename") or (_domain(page_url) if page_url else None)
    published = _epoch_published(html) or _not_a_guess(doc.get("date"), html)
    return Draft(
        source=source,
        original=str(doc["text"]),
        fmt="html",
        title=doc.get("title") or None,
        outlet=outlet,
        published=published,
        author=doc.get("author") or None,
        url=page_url,
        language=doc.get("language") or None,
        raw_html=None,
    )


_UPDATE_STAMP = re.compile(
    r"<time\b[^>]*>\s*(?P<stamp>[^<>]{1,40}?\d{1,2}[:.]\d\d[^<>]{0,12}?|[^<>]{0,20}\b\d{1,2}\s+\w{3,9}\.?\s+\d{4}[^<>]{0,20}?)"
    r"\s*</time>\s*<p\b(?P<attrs>[^>]*)>",
    re.I,
)
"""A live blog's update: a ``<time>`` stamp (a clock time, or a day with its year) right before the update's first
paragraph ("<time>Mon 2 Mar 2026 17:45</time><p>Tolvera says ..."). The extractor drops the ``<time>`` element, and
with it when each update was written."""
MIN_UPDATES = 2
"""Stamped updates a page needs for its stamps to be kept: one ``<time>`` before a paragraph is as often the article's
own date above its lead."""


def _stamped_updates(html: str) -> str:
    """``html`` with each live-blog update's stamp (see :data:`_UPDATE_STAMP`) moved into the update's first
    paragraph, opening it ("Mon 2 Mar 2026 17:45 — Tolvera says ..."), as a text live blog writes its entries
    ("13:20 - Pell Motors has raised its offer"), so that each update keeps its date or time; pages with fewer than
    :data:`MIN_UPDATES` such stamps are left as they are."""
    if len(_UPDATE_STAMP.findall(html, 0, len(html))) < MIN_UPDATES:
        return html
    return _UPDATE_STAMP.sub(lambda m: f"<p{m.group('attrs')}>{' '.join(m.group('stamp').split())} \u2014 ", html)


def _domain(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


EPOCH_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"?(\d{10}(?:\d{3})?)\b')


def _epoch_published(html: str) -> str | None:
    """A JSON-LD ``datePublished`` given in Unix seconds or milliseconds, which the date finder does not read."""
    m = EPOCH_PUBLISHED.search(html)
    return m.group(1) if m else None


def _not_a_guess(found: str | None, html: str) -> str | None:
    """The date the extractor found, unless it is a 1 January that only a wide search of the page gives (the year of
    a copyright line, "(c) 2019 ...", read as a day): then, as when it found none, what the page's own metadata says."""
    if found and not str(found).endswith("-01-01"):
        return found
    return _page_date(html)


def _page_date(html: str) -> str | None:
    try:
        from htmldate import find_date

        found = find_date(html, extensive_search=False)
    except Exception:
        return None
    return str(found) if found else None
