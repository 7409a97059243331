"""Dates: absolute ones read as they are, relative ones resolved against the publication date.

Without a publication date a relative expression ("Tuesday", "earlier this year") stays unresolved,
with the reason; an absolute date without a year ("November 29") is resolved only with an anchor.
dateparser does the reading (``RELATIVE_BASE`` = the publication date).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

DATE_LABELS = {"DATE", "TIME"}
RELATIVE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|"
    r"this|last|next|ago|earlier|later|recent|recently|past|coming|current|previous|weekend|morning|evening|night)\b",
    re.I,
)
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
DURATION = re.compile(r"^\d[\d,.]*[- ](?:second|minute|hour|day|week|month|year|decade)s?(?:-long|-old)?$", re.I)
VAGUE = re.compile(r"\b(?:earlier|later|recent|recently|past|coming|current)\b", re.I)
DateFound = tuple[int, int, str | None, bool, str | None]


@lru_cache(maxsize=4096)
def _parse(phrase: str, base: str | None) -> str | None:
    import dateparser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base[:10])
    try:
        dt = dateparser.parse(phrase, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):
        return None
    return dt.date().isoformat() if dt else None


@lru_cache(maxsize=1)
def warm_up() -> None:
    """dateparser compiles its language data on first use: do it once per process, before forking."""
    _parse("Tuesday", "2020-01-01")


def _base(published: str | None) -> str | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published[:10]).date().isoformat()
    except ValueError:
        return None


def resolve_date(phrase: str, *, published: str | None = None) -> tuple[str | None, bool, str | None]:
    """``(iso date or None, relative?, reason when unresolved)`` for one date expression."""
    base = _base(published)
    relative = bool(RELATIVE.search(phrase)) or not YEAR.search(phrase)
    if DURATION.match(phrase.strip()):
        return None, False, "a duration, not a date"
    if relative and base is None:
        return None, True, "relative date and the article has no publication date to anchor it"
    if VAGUE.search(phrase):
        if re.search(r"\bthis year\b", phrase, re.I) and base:
            return base[:4], True, "a period within the publication year"
        return None, True, "vague relative period"
    if not relative and re.fullmatch(r"\s*(1[5-9]\d\d|20\d\d)\s*", phrase):
        return phrase.strip(), False, None
    iso = _parse(phrase, base)
    if iso is None:
        return None, relative, "not a calendar date that can be read"
    if not re.search(r"(?<!\d)(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)", YEAR.sub("", phrase)) and not relative:
        iso = iso[:7]  # a month, not a day
    return iso, relative, None


def find_dates(text: str, ents: list[tuple[int, int, str]], *, published: str | None = None) -> list[DateFound]:
    """``(start, end, iso, relative, reason)`` for every DATE/TIME expression."""
    out: list[DateFound] = []
    for s, e, label in ents:
        if label not in DATE_LABELS:
            continue
        iso, rel, why = resolve_date(text[s:e], published=published)
        out.append((s, e, iso, rel, why))
    return out
