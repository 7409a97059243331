"""Recognise an input's format by its content, not only its extension."""

from __future__ import annotations

import gzip
import io
import re
from typing import Literal

Format = Literal["warc", "gzip", "json", "jsonl", "csv", "feed", "html", "urls", "text", "binary", "document"]

_FEED_RE = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_RE = re.compile(rb"<(!doctype html|html|head|body|article|div|p)[\s>]", re.I)
_URL_LINE = re.compile(r"^\s*https?://\S+\s*$")


def sniff(data: bytes, name: str = "") -> Format:
    """The format of ``data``: looks at the bytes first, the name only to break ties."""
    if data.startswith(UTF16_BOMS):  # UTF-16 text: sniffed as the same text in UTF-8, read whole (no line streaming)
        text = decode_text(data[: 65536 - 65536 % 2])
        if text is None:
            return "binary"
        fmt = sniff(text.encode("utf-8"), name)
        return "json" if fmt == "jsonl" else fmt
    head = data[:4096]
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                inner = gz.read(64)
        except (OSError, EOFError):
            return "gzip"  # corrupt or truncated: the gzip reader reports why
        return "warc" if inner.startswith(b"WARC/") else "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if _looks_binary(head):
        return "binary"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{") or stripped.startswith(b"["):
        first = stripped.split(b"\n", 1)[0].strip()
        if stripped.startswith(b"{") and first.endswith(b"}") and b"\n{" in data[:200000].lstrip():
            return "jsonl"
        if name.lower().endswith((".json", ".jsonl")) or _parses(data):
            return "jsonl" if name.endswith(".jsonl") else "json"
        # "[UPDATED] Fire in Rask destroys 50 homes": a text whose first line opens with a bracket
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
        head = _after_prolog(data, head)
        if _FEED_RE.search(head):
            return "feed"
        if _HTML_RE.search(head) or name.lower().endswith((".html", ".htm")):
            return "html"
    if _FEED_RE.search(head):
        return "feed"
    if _HTML_RE.search(head[:1024]) and head.count(b"<") > 5:
        return "html"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(DOCUMENT_MAGIC):
        return "document"
    text = head.decode("utf-8", "replace")
    if csv_header(text) is not None:
        return "csv"
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(_URL_LINE.match(ln) or ln.lstrip().startswith("#") for ln in lines[:50]):
        return "urls"
    return "text"


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
DOCUMENT_MAGIC = (b"%PDF-", b"{\\rtf", b"%!PS-")
"""Document formats that can look like text in their first bytes (a small PDF with no compressed stream): their
text is not readable as it stands, so they are refused, never stored as an article titled "%PDF-1.4"."""

CSV_TEXT_FIELDS = frozenset({"text", "html", "body", "maintext", "content", "article_text", "full_text", "original"})
"""Column names that hold an article's text (see records.FIELD_NAMES): a table whose header names one is records."""
_CSV_NAME = re.compile(r"^[\w .:-]{1,40}$")


def csv_header(text: str) -> tuple[str, list[str]] | None:
    """The delimiter and column names when ``text`` opens with a CSV/TSV header row of records: two or more short
    field names, one of them a text column (``text``, ``body``, ``html``...). None for anything else (prose with
    commas has no such first line)."""
    import csv

    first = text.lstrip("\ufeff").split("\n", 1)[0].strip("\r")
    for delimiter in (",", "\t", ";", "|"):
        if delimiter not in first:
            continue
        names = next(csv.reader([first], delimiter=delimiter), [])
        names = [n.strip() for n in names]
        if (
            len(names) >= 2
            and all(_CSV_NAME.match(n) for n in names)
            and any(n.lower() in CSV_TEXT_FIELDS for n in names)
        ):
            return delimiter, names
    return None


_PROLOG = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>|\xef\xbb\xbf)", re.S | re.I)
PROLOG_MAX = 1024 * 1024


def _after_prolog(data: bytes, head: bytes) -> bytes:
    """The first 4 KB after the XML declaration, comments and doctype that open a page or feed (a licence comment of
    several kilobytes before ``<rss>``), within the first megabyte."""
    at = 0
    while at < PROLOG_MAX and (m := _PROLOG.match(data, at)) and m.end() > at:
        at = m.end()
    return data[at : at + 4096] if at else head


def _parses(data: bytes) -> bool:
    """The whole of ``data`` is one JSON document."""
    import json

    try:
        json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        return False
    return True


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    if not head:
        return False
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl / len(head) > 0.05


def _unified(text: str) -> str:
    """Newlines as Python's text mode reads them: "\\r\\n" and "\\r" become "\\n"."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes) -> str | None:
    """The text as Python's text mode reads it: UTF-8 (else cp1252 when clearly text), newlines unified.

    This is the "original text exactly as read" that every offset points into: the same string as
    ``open(path, encoding="utf-8").read()``. None when the bytes are not text.
    """
    if data.startswith(UTF16_BOMS):  # UTF-16 with its byte-order mark
        try:
            return _unified(data.decode("utf-16"))
        except UnicodeDecodeError:
            return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return None
        if any(ord(ch) < 32 and ch not in "\r\n\t\f" for ch in text):
            return None
    return _unified(text)


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", re.I)


def decode_page(data: bytes, content_type: str | None = None) -> str | None:
    """An HTML page's text: UTF-8 when it is valid UTF-8 (whatever the page declares: pages that say windows-1252
    and hold UTF-8 are common), else the charset the HTTP header or the page's ``<meta>`` declares (windows-1251,
    koi8-r, Shift_JIS), else as :func:`decode_text` reads text."""
    if data.startswith(UTF16_BOMS):
        return decode_text(data)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _HEADER_CHARSET.search(content_type or "")
        meta = _META_CHARSET.search(data[:4096])
        name = declared.group(1) if declared else meta.group(1).decode("ascii", "replace") if meta else None
        if name:
            import codecs

            try:
                codec = codecs.lookup(name).name
            except LookupError:
                codec = None
            if codec and codec not in ("utf-8", "latin-1", "iso8859-1", "ascii"):
                try:
                    return _unified(data.decode(codec))
                except UnicodeDecodeError:
                    pass
    return decode_text(data)
