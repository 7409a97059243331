"""WARC and WARC.gz crawls (warcio): every HTML response record becomes a page draft.

A malformed record is skipped with its reason and reading resumes at the next record; the total
decompressed size is capped so a crafted archive cannot inflate without bound.
"""

from __future__ import annotations

import io
import zlib
from collections import Counter
from collections.abc import Iterator

from ..models import Skipped
from ..settings import IngestOptions
from .drafts import RawInput, ReadResult

_GZIP_MAGIC = b"\x1f\x8b\x08"
_REQUIRED = ("WARC-Type", "WARC-Record-ID", "WARC-Date")


def read_warc(raw: RawInput, *, options: IngestOptions) -> Iterator[ReadResult]:
    """Drafts from every HTML response record; a skip of its own, with its reason, for each response record that is
    no article page (an error page, a PDF) and for each malformed or oversized one. Redirects are only noted: the
    page they point to is a record of its own."""

    budget = [min(options.max_warc_bytes, max(len(raw.data), 1) * options.max_decompressed_ratio)]
    redirects: Counter[str] = Counter()
    yield from _records(raw, options=options, budget=budget, redirects=redirects)
    if redirects:
        told = ", ".join(f"{why}: {n}" for why, n in redirects.most_common())
        yield Skipped(
            raw.name, f"redirect records left out, the pages they point to are records of their own ({told})", note=True
        )


def _records(
    raw: RawInput, *, options: IngestOptions, budget: list[int], redirects: Counter[str]
) -> Iterator[ReadResult]:
    from warcio.archiveiterator import ArchiveIterator

    pos, found = 0, 0
    while pos < len(raw.data):
        stream = io.BytesIO(raw.data)
        stream.seek(pos)
        it = ArchiveIterator(stream, no_record_parse=False, arc2warc=True)
        try:
            for record in it:
                found += 1
                if _cut_short(raw.data, int(getattr(it, "offset", 0) or 0), record):
                    yield Skipped(f"{raw.name}#record{found}", "malformed WARC record: the archive is cut short in it")
                    return
                result = _record_draft(record, raw.name, found, options=options, budget=budget, redirects=redirects)
                if result is not None:
                    yield result
                if budget[0] < 0:
                    yield Skipped(raw.name, "the archive decompresses to more than the size cap; the rest is skipped")
                    return
            end = int(getattr(it, "offset", 0) or 0)
            left = raw.data[end:].strip(b"\r\n\t \x00")
            if end and left:  # the reader stopped before the end: the last record is cut short
                yield Skipped(
                    f"{raw.name}#record{found + 1}",
                    f"malformed WARC record: the archive is cut short ({len(left)} bytes at its end are no whole record)",
                )
            return
        except Exception as exc:  # malformed record: report it and resync at the next record
            found += 1
            why = f"{type(exc).__name__}: {exc}"
            if isinstance(exc, (AttributeError, EOFError, zlib.error)) or "decompress" in why.lower():
                why = f"the archive is cut short or corrupt here ({why})"
            yield Skipped(f"{raw.name}#record{found}", f"malformed WARC record: {why}")
            failed_at = int(getattr(it, "offset", pos) or pos)
            nxt = _next_record(raw.data, max(failed_at, pos) + 1)
            if nxt is None or nxt <= pos:
                return
            pos = nxt


def _cut_short(data: bytes, start: int, record: object) -> bool:
    """An uncompressed record whose declared length runs past the end of the archive (a crawl cut off in it)."""
    if data[:3] == _GZIP_MAGIC:
        return False  # a cut gzip member fails to decompress, and is reported so
    headers = getattr(record, "rec_headers", None)
    declared = headers.get_header("Content-Length") if headers is not None else None
    head_end = data.find(b"\r\n\r\n", start)
    if not declared or not str(declared).isdigit() or head_end < 0:
        return False
    return head_end + 4 + int(declared) > len(data)


def _next_record(data: bytes, after: int) -> int | None:
    """Where the next record starts: the next gzip member, or the next ``WARC/`` header line."""
    if data[:3] == _GZIP_MAGIC:
        i = data.find(_GZIP_MAGIC, after)
    else:
        i = data.find(b"WARC/1.", after)
        while i > 0 and data[i - 1 : i] != b"\n":
            i = data.find(b"WARC/1.", i + 1)
    return i if i >= 0 else None


RESOURCE_TYPES = ("image/", "text/css", "javascript", "font/", "audio/", "video/", "application/font", "icon")
"""Content types of a page's resources, which a crawl holds besides its pages: left out without a word."""


def _record_draft(
    record: object, name: str, n: int, *, options: IngestOptions, budget: list[int], redirects: Counter[str]
) -> ReadResult | None:
    from .detect import decode_page, sniff
    from .html import html_draft

    rec_type = getattr(record, "rec_type", "")
    headers = getattr(record, "rec_headers", None)
    uri = headers.get_header("WARC-Target-URI") if headers is not None else None
    label = f"{name}#{uri or f'record{n}'}"
    missing = [h for h in _REQUIRED if headers is None or not headers.get_header(h)]
    if missing:
        return Skipped(label, f"malformed WARC record: no {', '.join(missing)} header")
    if rec_type != "response":
        return None
    http = getattr(record, "http_headers", None)
    ctype = ((http.get_header("Content-Type") if http is not None else "") or "").split(";")[0].strip().lower()
    status = str(http.get_statuscode() if http is not None else "200")
    if status.startswith("3"):
        redirects[f"HTTP {status}"] += 1
        return None
    if status and not status.startswith("2"):
        line = " ".join(str(getattr(http, "statusline", "") or status).split())
        return Skipped(label, f"the crawl got no page here but an error (HTTP {line}): no article")
    if ctype and "html" not in ctype:
        if any(kind in ctype for kind in RESOURCE_TYPES):
            return None
        return Skipped(label, f"not an HTML page ({ctype}): no article")
    body = record.content_stream().read(options.max_bytes + 1)  # type: ignore[attr-defined]
    budget[0] -= len(body)
    if len(body) > options.max_bytes:
        return Skipped(label, f"the record's page is over the {options.max_bytes}-byte limit")
    if not ctype and sniff(body[:65536]) != "html":  # no Content-Type: a page only when it looks like one
        return Skipped(label, "no Content-Type and not HTML: no article")
    html = decode_page(body, http.get_header("Content-Type") if http is not None else None)
    if html is None:
        return Skipped(label, "the record's page is not decodable text")
    return html_draft(html, url=uri, source=label)
