"""Dispatch for the formats that need more than text: HTML, feeds, WARC, gzip, URL lists."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..models import Skipped
from ..settings import IngestOptions
from .drafts import RawInput, ReadResult

if TYPE_CHECKING:
    from .fetch import Fetcher


def read_format(
    fmt: str, raw: RawInput, *, options: IngestOptions, fetcher: Fetcher | None = None
) -> Iterator[ReadResult]:
    if fmt == "html":
        from .html import read_html

        yield from read_html(raw)
    elif fmt == "feed":
        from .feed import read_feed

        yield from read_feed(raw, options=options, fetcher=fetcher)
    elif fmt == "warc":
        from .warc import read_warc

        yield from read_warc(raw, options=options)
    elif fmt == "urls":
        from .fetch import read_url_list

        yield from read_url_list(raw, options=options, fetcher=fetcher)
    elif fmt == "gzip":
        inner = gunzip_limited(raw, options=options)
        if isinstance(inner, Skipped):
            yield inner
            return
        from .pipeline import read_raw

        yield from read_raw(inner, options=options, fetcher=fetcher)
    else:
        yield Skipped(raw.name, f"{fmt} input is not supported yet")


def gunzip_limited(raw: RawInput, *, options: IngestOptions) -> RawInput | Skipped:
    """Decompress, refusing bombs: output over the size limit or the inflation ratio."""
    limit = min(options.max_bytes, max(len(raw.data), 1) * options.max_decompressed_ratio)
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw.data)) as gz:
            data = gz.read(limit + 1)
    except (OSError, EOFError) as exc:
        return Skipped(raw.name, f"corrupt gzip data: {exc}")
    if len(data) > limit:
        return Skipped(raw.name, f"decompresses to over {limit} bytes: refused as a possible compression bomb")
    name = raw.name[:-3] if raw.name.endswith(".gz") else raw.name
    return RawInput(name=name, data=data, url=raw.url)
