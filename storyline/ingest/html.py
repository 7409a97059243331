"""HTML pages: main text and metadata with trafilatura, the date with htmldate."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from ..models import Skipped
from .detect import decode_text
from .drafts import Draft, RawInput, ReadResult


def read_html(raw: RawInput) -> Iterator[ReadResult]:
    html = decode_text(raw.data)
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
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
        doc: Any = found if found is None or isinstance(found, dict) else found.as_dict()
    except Exception as exc:
        return Skipped(source, f"malformed HTML: {type(exc).__name__}: {exc}")
    if not doc or not isinstance(doc, dict) or not (doc.get("text") or "").strip():
        return Skipped(source, "no main text found in the page")
    page_url = url or doc.get("url")
    outlet = doc.get("sitename") or (_domain(page_url) if page_url else None)
    published = doc.get("date") or _page_date(html)
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


def _domain(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _page_date(html: str) -> str | None:
    try:
        from htmldate import find_date

        found = find_date(html, extensive_search=False)
    except Exception:
        return None
    return str(found) if found else None
