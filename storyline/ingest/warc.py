"""WARC and WARC.gz crawls (warcio): every HTML response record becomes a page draft.

A malformed record is skipped with its reason and reading resumes at the next record; the total
decompressed size is capped so a crafted archive cannot inflate without bound.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from ..models import Skipped
from ..settings import IngestOptions
from .drafts import RawInput, ReadResult

_GZIP_MAGIC = b"\x1f\x8b\x08"
_REQUIRED = ("WARC-Type", "WARC-Record-ID", "WARC-Date")


def read_warc(raw: RawInput, *, options: IngestOptions) -> Iterator[ReadResult]:
    """Drafts from every HTML response record, skips for malformed or oversized ones."""
    from warcio.archiveiterator import ArchiveIterator

    budget = [min(options.max_warc_bytes, max(len(raw.data), 1) * options.max_decompressed_ratio)]
    pos, found = 0, 0
    while pos < len(raw.data):
        stream = io.BytesIO(raw.data)
        stream.seek(pos)
        it = ArchiveIterator(stream, no_record_parse=False, arc2warc=True)
        try:
            for record in it:
                found += 1
                result = _record_draft(record, raw.name, found, options=options, budget=budget)
                if result is not None:
                    yield result
                if budget[0] < 0:
                    yield Skipped(raw.name, "the archive decompresses to more than the size cap; the rest is skipped")
                    return
            return
        except Exception as exc:  # malformed record: report it and resync at the next record
            found += 1
            yield Skipped(f"{raw.name}#record{found}", f"malformed WARC record: {type(exc).__name__}: {exc}")
            failed_at = int(getattr(it, "offset", pos) or pos)
            nxt = _next_record(raw.data, max(failed_at, pos) + 1)
            if nxt is None or nxt <= pos:
                return
            pos = nxt


def _next_record(data: bytes, after: int) -> int | None:
    """Where the next record starts: the next gzip member, or the next ``WARC/`` header line."""
    if data[:3] == _GZIP_MAGIC:
        i = data.find(_GZIP_MAGIC, after)
    else:
        i = data.find(b"WARC/1.", after)
        while i > 0 and data[i - 1 : i] != b"\n":
            i = data.find(b"WARC/1.", i + 1)
    return i if i >= 0 else None


def _record_draft(record: object, name: str, n: int, *, options: IngestOptions, budget: list[int]) -> ReadResult | None:
    from .detect import decode_text
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
    ctype = (http.get_header("Content-Type") if http is not None else "") or ""
    if http is not None and "html" not in ctype.lower():
        return None
    status = http.get_statuscode() if http is not None else "200"
    if status and not str(status).startswith("2"):
        return None
    body = record.content_stream().read(options.max_bytes + 1)  # type: ignore[attr-defined]
    budget[0] -= len(body)
    if len(body) > options.max_bytes:
        return Skipped(label, f"the record's page is over the {options.max_bytes}-byte limit")
    html = decode_text(body)
    if html is None:
        return Skipped(label, "the record's page is not decodable text")
    return html_draft(html, url=uri, source=label)
