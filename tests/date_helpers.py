"""Dates read from invented text with chosen expressions tagged, as the tagger would tag them."""

from __future__ import annotations

from storyline.extract.dates import find_dates, planned


def tagged_dates(text: str, tagged: list[str], published: str) -> list[tuple[str, str | None, bool]]:
    """(expression, date, planned) of every tagged expression, in the order of the text (a repeated expression is
    tagged at each of its places)."""
    ents, at = [], 0
    for words in tagged:
        at = text.index(words, at)
        ents.append((at, at + len(words), "DATE"))
        at += len(words)
    out = []
    for s, e, iso, _rel, _why in find_dates(text, sorted(ents), published=published):
        out.append((text[s:e], iso, planned(text, 0, s, e)))
    return out
