"""Text-mode junk removal for articles that were already scraped to plain text.

The cleaned text is made of whole pieces of the original, so every offset maps back exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import TextMap


@dataclass(frozen=True)
class CleanResult:
    text: str
    textmap: TextMap
    title: str | None
    title_span: tuple[int, int] | None
    signoff_outlet: str | None = None
    removed: tuple[tuple[int, int, str], ...] = ()


def _lines(original: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding spaces."""
    out, pos = [], 0
    for raw in original.split("\n"):
        start = pos + (len(raw) - len(raw.lstrip()))
        end = pos + len(raw.rstrip())
        if end > start:
            out.append((start, end))
        pos += len(raw) + 1
    return out


def clean_text(original: str, *, title: str | None = None) -> CleanResult:
    """Split ``original`` into lines, take the headline, drop the headline repeated in the body."""
    lines = _lines(original)
    title_span = None
    if title is None and lines:
        title_span = lines[0]
        title = original[title_span[0] : title_span[1]]
        lines = lines[1:]
    kept = [(s, e) for s, e in lines if not (title and original[s:e].strip() == title.strip())]
    tm = TextMap.from_pieces(kept)
    return CleanResult(text=tm.render(original), textmap=tm, title=title, title_span=title_span)
