"""Article text cut into pieces for rendering with highlighted spans, and link hygiene.

Spans are original offsets. An article is shown as its cleaned text: the kept pieces of the
original (one paragraph each), so every highlighted character is the original's. The pieces are
plain strings; the templates escape them.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from ..models import Article

MarkSpan = tuple[int, int, str, str]
"""(original start, original end, kind, key): kind is entity, quote or cite."""


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL, else None (``javascript:``, ``data:`` and the like go)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in url for ch in "\x00\r\n\t<>\"'` "):
        return None
    return url


STORY_ID = re.compile(r"\bs[0-9a-f]{10}\b")


def story_refs(text: str | None) -> list[tuple[str, str | None]]:
    """A story event's detail ("split from s1a2b3c4d5: 7 articles") as pieces ``(text, story id or None)``,
    so that a page can link the stories it names (the templates escape every piece)."""
    text = text or ""
    out: list[tuple[str, str | None]] = []
    at = 0
    for m in STORY_ID.finditer(text):
        out += [(text[at : m.start()], None)] if m.start() > at else []
        out.append((m.group(0), m.group(0)))
        at = m.end()
    return out + ([(text[at:], None)] if at < len(text) else [])


def _segments(art: Article) -> list[tuple[int, int]]:
    segs = [(s.orig_start, s.orig_start + s.length) for s in art.textmap.segments]
    return segs or [(0, len(art.original))]


def article_paragraphs(art: Article, spans: list[MarkSpan]) -> list[list[dict[str, Any]]]:
    """One list of pieces per kept paragraph; each piece is ``{text, start, end, kinds, keys}``.

    Every boundary of every span splits a piece, so overlapping spans become pieces carrying
    all the kinds and keys that cover them. Spans outside the paragraphs are dropped.
    """
    n = len(art.original)
    clean = [(max(0, s), min(n, e), k, key) for s, e, k, key in spans if s < e and s < n and e > 0]
    return [_pieces(art.original, a, b, clean) for a, b in _segments(art)]


def _pieces(original: str, a: int, b: int, spans: list[MarkSpan]) -> list[dict[str, Any]]:
    inside = [(max(s, a), min(e, b), k, key) for s, e, k, key in spans if s < b and e > a]
    cuts = sorted({a, b, *(s for s, _, _, _ in inside), *(e for _, e, _, _ in inside)})
    pieces = []
    for s, e in zip(cuts, cuts[1:], strict=False):
        cover = [(k, key) for ss, ee, k, key in inside if ss <= s and e <= ee]
        pieces.append(
            {
                "text": original[s:e],
                "start": s,
                "end": e,
                "kinds": sorted({k for k, _ in cover}),
                "keys": sorted({key for _, key in cover if key}),
            }
        )
    return pieces
