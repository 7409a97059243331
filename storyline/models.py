"""Domain objects shared by every stage.

Offsets: every span storyline reports is ``(article, start, end)`` into the article's
``original`` text, the text exactly as ingested (for a text file, its characters as read; for an
HTML page, the main text extracted from it). ``text`` is the cleaned text; ``segments`` maps it
back to ``original`` (see :class:`TextMap`).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

SEGMENT_JOINER = "\n\n"


@dataclass(frozen=True)
class Segment:
    """A piece of the cleaned text: ``length`` characters at ``clean_start`` copied from ``orig_start``."""

    clean_start: int
    orig_start: int
    length: int


@dataclass(frozen=True)
class TextMap:
    """Maps offsets in a cleaned text back to the original text it was cut from.

    The cleaned text is the kept pieces of the original joined by :data:`SEGMENT_JOINER`;
    every piece is copied verbatim, so any span inside one piece maps exactly.
    """

    segments: tuple[Segment, ...]

    @classmethod
    def from_pieces(cls, pieces: list[tuple[int, int]]) -> TextMap:
        """Build a map from kept ``(orig_start, orig_end)`` pieces, in order."""
        segs: list[Segment] = []
        pos = 0
        for start, end in pieces:
            if end <= start:
                continue
            if segs:
                pos += len(SEGMENT_JOINER)
            segs.append(Segment(pos, start, end - start))
            pos += end - start
        return cls(tuple(segs))

    @classmethod
    def identity(cls, length: int) -> TextMap:
        return cls((Segment(0, 0, length),) if length else ())

    def render(self, original: str) -> str:
        """The cleaned text this map describes."""
        return SEGMENT_JOINER.join(original[s.orig_start : s.orig_start + s.length] for s in self.segments)

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """Original offset of cleaned ``offset``; ``end=True`` treats it as an exclusive end."""
        if not self.segments:
            return 0
        starts = [s.clean_start for s in self.segments]
        probe = offset - 1 if end and offset > 0 else offset
        i = max(0, bisect.bisect_right(starts, probe) - 1)
        seg = self.segments[i]
        inside = min(max(offset - seg.clean_start, 0), seg.length)
        return seg.orig_start + inside

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end, end=True)

    def to_json(self) -> list[list[int]]:
        return [[s.clean_start, s.orig_start, s.length] for s in self.segments]

    @classmethod
    def from_json(cls, data: list[list[int]]) -> TextMap:
        return cls(tuple(Segment(a, b, c) for a, b, c in data))


def content_hash(text: str) -> str:
    """Stable hash of an article's original text (whitespace-normalised)."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


LOADED_WORDING = "loaded or intense wording"
OWN_WORDS = "over-represented in this outlet"
"""The ``why`` of a brief's charged term (``framing[].charged_terms``): loaded or intense wording, or a
word only this outlet repeats in the story."""


def display_outlet(outlet: str | None, source: str | None, article_id: str) -> str:
    """What to call an article's source: its outlet, else its file name (never guessed), else its id."""
    if outlet:
        return outlet
    return source.rsplit("/", 1)[-1] if source else article_id


@dataclass
class Article:
    """One article as stored. ``original`` is never altered after ingest."""

    id: str
    source: str
    original: str
    text: str = ""
    textmap: TextMap = field(default_factory=lambda: TextMap(()))
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    content_hash: str = ""
    title_span: tuple[int, int] | None = None
    fmt: str = "text"
    extra: dict[str, Any] = field(default_factory=dict)
    version: int = 1
    previous_id: str | None = None
    skip_reason: str | None = None

    def span(self, start: int, end: int) -> dict[str, Any]:
        """A cleaned-text span as ``{"article", "start", "end", "text"}`` in original offsets."""
        s, e = self.textmap.span_to_original(start, end)
        return {"article": self.id, "start": s, "end": e, "text": self.original[s:e]}

    @property
    def display_outlet(self) -> str:
        """The outlet, or the source's file name when the outlet is unknown (never guessed)."""
        return display_outlet(self.outlet, self.source, self.id)


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why."""

    input: str
    reason: str
    extra: dict[str, Any] | None = field(default=None, compare=False)
    """The record's own fields, when the input was a record (``--by`` tells its story by them)."""
    note: bool = field(default=False, compare=False)
    """Left out on purpose and only said so (hidden files in a folder): ``ingest`` lists it among its notes, not its
    skipped inputs, so it does not change the exit code."""


def unaccented(text: str) -> str:
    """``text`` without accents, "ø", "æ", "ß" and the like spelled out ("Sørensen" -> "Sorensen", "José" -> "Jose");
    case and punctuation as they are."""
    import unicodedata

    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_SPELLED))
    return text if text.isascii() else _COMBINING.sub("", text)


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
"""Combining marks (the accents NFKD splits off a letter): one pass of a compiled pattern, not a test per character,
since clustering reads every article's whole text through :func:`unaccented`."""


def umlaut_folded(text: str) -> str:
    """``text`` with the vowel + "e" of a German transliteration read as the vowel: "Mueller" -> "Muller", the form
    :func:`unaccented` gives "Müller"."""
    return re.sub(r"([AaOoUu])e", r"\1", text)


def umlauts_spelled(text: str) -> str:
    """``text`` with its umlauts written out, then without accents: "Müller" -> "Mueller"."""
    return unaccented(text.translate(_UMLAUTS))


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_SPELLED = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "đ": "d", "Đ": "D", "ł": "l",
     "Ł": "L", "þ": "th", "Þ": "Th", "ı": "i"}
)  # fmt: skip


def published_day(published: str | None) -> int | None:
    """The day number (proleptic ordinal) of a publication date ("2016-03-01", "2016-03-01T09:00:00"); None
    when there is none or it is not an ISO date."""
    from datetime import date

    try:
        return date.fromisoformat(str(published)[:10]).toordinal() if published else None
    except ValueError:
        return None


def make_article_id(url: str | None, chash: str) -> str:
    """Article ids are derived from the content (and URL) so that re-ingesting is idempotent."""
    basis = (url or "") + "\x00" + chash
    return "a" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]


# --- Contracts between stages ------------------------------------------------------------------
# Offsets below are always into Article.original (use Article.span / TextMap to convert).


@dataclass(frozen=True)
class Span:
    """``text == article.original[start:end]``."""

    article: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Mention:
    """One mention of a named entity (PERSON, ORG, GPE, LOC, NORP, ...) in one article."""

    span: Span
    label: str
    entity: str | None = None
    """Key of the canonical :class:`Entity` this mention resolves to."""
    name: str | None = None
    """The fullest form of this name in its article ("Peskov" -> "Dmitry Peskov"), if known."""
    role: str | None = None
    """A job title given with this mention ("Kremlin spokesman"), if any."""


@dataclass
class Entity:
    """A canonical entity across a story's articles, its spellings merged."""

    key: str
    name: str
    type: str
    variants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class Quote:
    """A direct or indirect quote. ``content.text`` is verbatim at its offsets."""

    article: str
    kind: str  # "direct" | "indirect"
    content: Span
    speaker: Span | None = None
    """The mention the attribution hangs on (may be a pronoun or role noun)."""
    speaker_entity: str | None = None
    """Canonical name of who that is."""
    cue: Span | None = None
    parts: tuple[Span, ...] = ()
    """For a direct quote split by its attribution ("A," he said, "B"), the quoted pieces; for an indirect one its
    attribution interrupts ("The good news, Wollen said, is that ..."), the reported words around it."""

    def to_json(self) -> dict[str, Any]:
        """The quote as plain data, as ``storyline quotes --json`` gives a row (without its ``outlet`` and
        ``disputed``): ``article``, ``kind``, ``speaker`` (the mention: start, end, text, or null),
        ``speaker_entity`` (the name), ``cue``, ``content`` and ``parts`` (spans in the article's original text).
        A brief's ``quotes`` rows are shaped otherwise (see docs/library.md)."""

        def span(x: Span | None) -> dict[str, Any] | None:
            return None if x is None else {"start": x.start, "end": x.end, "text": x.text}

        return {
            "article": self.article,
            "kind": self.kind,
            "speaker": span(self.speaker),
            "speaker_entity": self.speaker_entity,
            "cue": span(self.cue),
            "content": span(self.content),
            "parts": [span(p) for p in self.parts],
        }


@dataclass(frozen=True)
class Quantity:
    """A number with what it counts, e.g. "40,000 North Koreans"."""

    span: Span
    value: float | None
    unit: str | None


@dataclass(frozen=True)
class DateMention:
    """A date expression; ``date`` is ISO when resolved, else None with ``reason``. A relative period that is
    not a day ("last week", "a month ago") is given as its month or year, with ``reason`` saying so."""

    span: Span
    date: str | None
    relative: bool
    reason: str | None = None


@dataclass
class ArticleExtraction:
    """What extraction found in one article."""

    article: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    skipped: str | None = None
    """Why the article was not analysed (its ``skip_reason``), if it was not."""
