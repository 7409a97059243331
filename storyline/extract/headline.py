"""Quotations in a headline: ``Name: "words"``, the headline's way of giving a person's words.

The headline is no part of the cleaned text (the cleaner sets it apart as ``Article.title``, with its span in the
original when the text holds it), so the sentence-level attribution never sees it. A headline that opens with a
name and a colon right before a quotation gives that quotation to the name: a direct quote whose spans point into
the original text (the title's span), its cue the colon, its speaker the person or organisation of the body the
name stands for ("De la Vega" for "Ana de la Vega"). A headline whose words before the colon name no one the body
names ("Budget: 'a fair deal'", a topic) gives no quote: whose words they are, the text does not say.
"""

from __future__ import annotations

import re

from ..models import Article, Quote, Span
from . import marks
from .attribution import MIN_NAMED_WORDS, words
from .entities import NameMention

SPEAKER_LABELS = {"PERSON", "ORG"}
_NAME_COLON = re.compile(r"^\s*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?)[ \t]*(?P<colon>:)[ \t]*$")
"""The headline's opening before the quotation: a capitalised name of at most five words, then a colon."""


def headline_quotes(art: Article, names: list[NameMention]) -> list[Quote]:
    """The quotation a headline gives to a name (``Name: "words"``), as a direct quote in original offsets; none when
    the article has no headline in its text or the name before the colon is no person or organisation its body
    names."""
    if art.title_span is None:
        return []
    base, end = art.title_span
    title = art.original[base:end]
    segs = marks.find_segments(title)
    if not segs:
        return []
    seg = segs[0]
    head = _NAME_COLON.match(title, 0, seg.start)
    if head is None or words(title[seg.start : seg.end]) < MIN_NAMED_WORDS:
        return []
    who = _named_in_body(head.group("name"), names)
    if who is None:
        return []

    def span(s: int, e: int) -> Span:
        return Span(art.id, base + s, base + e, title[s:e])

    return [
        Quote(
            article=art.id,
            kind="direct",
            content=span(seg.start, seg.end),
            speaker=span(head.start("name"), head.end("name")),
            speaker_entity=who,
            cue=span(head.start("colon"), head.end("colon")),
        )
    ]


def _named_in_body(name: str, names: list[NameMention]) -> str | None:
    """The one person or organisation of the body whose name ends with the headline's words ("De la Vega" of "Ana
    de la Vega", "Lind" of "Marta Lind"); None when the body names none, or several that the words could be."""
    want = _words(name)
    found = {
        m.canonical or m.text
        for m in names
        if m.label in SPEAKER_LABELS
        and len(have := _words(m.canonical or m.text)) >= len(want)
        and have[len(have) - len(want) :] == want
    }
    return found.pop() if len(found) == 1 else None


def _words(name: str) -> list[str]:
    return re.sub(r"['’]s$", "", name.strip()).casefold().replace(".", "").split()
