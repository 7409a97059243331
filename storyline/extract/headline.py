"""Quotations in a headline: ``Name: "words"``, the headline's way of giving a person's words.

The headline is no part of the cleaned text (the cleaner sets it apart as ``Article.title``, with its span in the
original when the text holds it), so the sentence-level attribution never sees it. A headline that opens with a
name and a colon right before a quotation gives that quotation to the name: a direct quote whose spans point into
the original text (the title's span), its cue the colon, its speaker the person or organisation of the body the
name stands for ("De la Vega" for "Ana de la Vega"). A headline whose words before the colon name no one the body
names ("Budget: 'a fair deal'", a topic) gives no quote: whose words they are, the text does not say.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..models import Article, Quote, Span
from . import marks
from .attribution import MIN_NAMED_WORDS, words
from .entities import NameMention
from .lexicon import cue_lemma

SPEAKER_LABELS = {"PERSON", "ORG"}
_NAME_COLON = re.compile(r"^\s*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?)[ \t]*(?P<colon>:)[ \t]*$")
"""The headline's opening before the quotation: a capitalised name of at most five words, then a colon."""


def headline_quotes(art: Article, names: list[NameMention], body: Sequence[Quote] = ()) -> list[Quote]:
    """The quotation a headline gives to a name (``Name: "words"``), as a direct quote in original offsets; none when
    the article has no headline in its text or the name before the colon is no person or organisation its body
    names. A headline that opens with the quotation and says after a colon who says it ('"Patients have waited
    long enough": group urges ...') gives it to that mention, resolved to the speaker ``body`` (the article's quotes)
    gives the same words, else to the one person or organisation of the body the mention's words name."""
    if art.title_span is None:
        return []
    base, end = art.title_span
    title = art.original[base:end]
    segs = marks.find_segments(title)
    if not segs:
        return []
    seg = segs[0]
    if words(title[seg.start : seg.end]) < MIN_NAMED_WORDS:
        return []

    def span(s: int, e: int) -> Span:
        return Span(art.id, base + s, base + e, title[s:e])

    head = _NAME_COLON.match(title, 0, seg.start)
    if head is not None:
        who = _named_in_body(head.group("name"), names)
        if who is None:
            return []
        sp, cue = (head.start("name"), head.end("name")), (head.start("colon"), head.end("colon"))
    else:
        found = _quote_then_speaker(title, seg.end) if not title[: seg.start].strip() else None
        if found is None:
            return []
        sp, cue = found
        # whose words: the body's speaker of the same words, else the one person or body the mention names
        who = _said_in_body(title[seg.start : seg.end], body) or _named_in_body(title[sp[0] : sp[1]], names)
    return [
        Quote(
            article=art.id,
            kind="direct",
            content=span(seg.start, seg.end),
            speaker=span(*sp),
            speaker_entity=who,
            cue=span(*cue),
        )
    ]


_AFTER_QUOTE = re.compile(r"[ \t]*:[ \t]*")
_HEAD_WORD = re.compile(r"[\w'’.-]+")


def _quote_then_speaker(title: str, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A headline that opens with a quotation, a colon and a clause saying who says it ('"Patients have waited long
    enough": group urges quick decision'): the speaker's words (one to four, none a speech verb) and the cue (the
    first speech verb, in the present tense of headlines)."""
    colon = _AFTER_QUOTE.match(title, end)
    if colon is None or ":" not in colon.group(0):
        return None
    ws = list(_HEAD_WORD.finditer(title, colon.end()))[:5]
    for k, w in enumerate(ws):
        if cue_lemma(w.group(0)) is not None and w.group(0).endswith("s") and w.group(0)[:1].islower():
            if k == 0 or any(not title[a.end() : b.start()].isspace() for a, b in itertools.pairwise(ws[: k + 1])):
                return None  # no speaker, or a speaker cut by punctuation ("Vote: yes, says ...")
            return (ws[0].start(), ws[k - 1].end()), (w.start(), w.end())
    return None


def _said_in_body(words_: str, body: Sequence[Quote]) -> str | None:
    """The one speaker the body gives the headline's quoted words to."""
    want = _bare(words_)
    found = {
        q.speaker_entity for q in body if q.speaker_entity and q.kind == "direct" and want in _bare(q.content.text)
    }
    return found.pop() if len(found) == 1 else None


def _bare(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _named_in_body(name: str, names: list[NameMention]) -> str | None:
    """The one person or organisation of the body whose name ends with the headline's words ("De la Vega" of "Ana
    de la Vega", "Lind" of "Marta Lind"); None when the body names none, or several that the words could be. A
    shorter name that ends a longer one found is that one's ("Lind" alone, where the tagger did not tie it to "Marta
    Lind"), so "Marta Lind" and "Lind" are one; "Marta Lind" and "Oskar Lind" are two."""
    want = _words(name)
    found = {
        m.canonical or m.text
        for m in names
        if m.label in SPEAKER_LABELS
        and len(have := _words(m.canonical or m.text)) >= len(want)
        and have[len(have) - len(want) :] == want
    }
    longest = {n for n in found if not any(_ends(o, n) for o in found)}
    return longest.pop() if len(longest) == 1 else None


def _ends(longer: str, shorter: str) -> bool:
    """``longer`` is a longer name whose last words are ``shorter``'s ("Marta Lind", "Lind")."""
    a, b = _words(longer), _words(shorter)
    return len(a) > len(b) and a[len(a) - len(b) :] == b


def _words(name: str) -> list[str]:
    return re.sub(r"['’]s$", "", name.strip()).casefold().replace(".", "").split()
