"""Repeated text inside one page: a standfirst the body repeats, a paragraph scraped twice.

Two kinds of repeat are counted once, the first occurrence kept:

* a sentence of the head zone (the standfirst, above the second body paragraph) that a later
  paragraph repeats, exactly or nearly ("had been long proposing" / "had long been proposing"):
  the repeat is cut out of the later paragraph, whose other sentences stay;
* a whole paragraph that repeats an earlier one (a scraping artefact).

Sentences an author repeats inside the body (a running live blog restating a tally, a quote
recalled) are the author's text and stay.
"""

from __future__ import annotations

import re

from .lines import WORD

SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’)\]»]*\s+(?=[\"'“‘(\[«]?[A-Z0-9])")
MIN_WORDS = 6
MIN_CHARS = 30
SIMILAR = 90.0
"""rapidfuzz ratio (0-100) from which two sentences count as the same text."""


TITLE_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Messrs|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Cpl|Pvt|Prof|Rev|Hon|Pres|"
    r"Supt|Insp|Det|Atty|Fr|Sr|Mt|Ft)\.|\([A-Z]-[A-Z][A-Za-z]*\.\))$"
)
"""A title that no sentence ends with ("Mr.", "Sen.", "Lt. Col.") or a party and state ("(R-Tex.)"): the
full stop is the abbreviation's, and the name follows in the same sentence."""
_DECIMAL_POINT = re.compile(r"(?<![\d.:\-–])\d+\. ?\d{1,3}(?!\d)")


def decimal_point(text: str, stop: int) -> bool:
    """The full stop at ``text[stop]`` is a decimal point that tokenised copy set apart ("$2. 6 million", "6. 30am",
    a magnitude of "5. 9"): a digit before it and one to three digits after it (a space between at most). A
    sentence that ends in a number and a next that starts with a figure are rare (style guides spell out a number
    that opens a sentence), except a year ("born in 1990. 2004 was ..."), which four digits tell apart. A number
    with a point, a colon or a dash of its own ("rose 4.1.", "at 9:30.", "won 3-2.") ends there."""
    start = stop
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return start < stop and bool(_DECIMAL_POINT.match(text, start))


def sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, shifted by ``offset``."""
    out, pos = [], 0
    for m in SENTENCE_BREAK.finditer(text):
        if TITLE_END.search(text, pos, m.start() + len(m.group(0).rstrip())):
            continue  # "Mr. Trump": the full stop is the title's
        if decimal_point(text, m.start() - 1):
            continue  # "$2. 6 million": a decimal point
        out.append((offset + pos, offset + m.start() + len(m.group(0).rstrip())))
        pos = m.end()
    out.append((offset + pos, offset + len(text)))
    return [(s, e) for s, e in out if e > s]


def normalise(text: str) -> str:
    """Lower-case words joined by single spaces: punctuation and spacing differences ignored."""
    return " ".join(WORD.findall(text.lower()))


def is_same(a: str, b: str) -> bool:
    """Normalised texts ``a`` and ``b`` are the same, allowing a small edit (a typo, a swapped word)."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_CHARS:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b, score_cutoff=SIMILAR) > 0


def _long_enough(norm: str) -> bool:
    return len(norm) >= MIN_CHARS and norm.count(" ") + 1 >= MIN_WORDS


def repeated_spans(original: str, pieces: list[tuple[int, int]], *, head_pieces: int) -> list[tuple[int, int]]:
    """Spans inside ``pieces`` (kept lines, in order) that repeat earlier text, as described above.

    The first ``head_pieces`` pieces are the head zone, whose sentences are looked for later.
    """
    head: list[str] = []
    for start, end in pieces[:head_pieces]:
        head += [n for s, e in sentences(original[start:end], start) if _long_enough(n := normalise(original[s:e]))]
    lengths = [len(h) for h in head]
    seen_lines: set[str] = set()
    repeats: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(pieces):
        whole = " ".join(original[start:end].lower().split())
        if len(whole) >= MIN_CHARS and whole in seen_lines:
            repeats.append((start, end))
            continue
        seen_lines.add(whole)
        if k < head_pieces or not head:
            continue
        for s, e in sentences(original[start:end], start):
            if not any(0.7 * n <= e - s <= 1.4 * n for n in lengths):
                continue
            norm = normalise(original[s:e])
            if _long_enough(norm) and _near_any(norm, head):
                repeats.append((s, e))
    return repeats


def _near_any(norm: str, seen: list[str]) -> bool:
    from rapidfuzz import fuzz, process

    n = len(norm)
    close = [s for s in seen if abs(len(s) - n) <= 0.2 * n]
    return bool(close) and process.extractOne(norm, close, scorer=fuzz.ratio, score_cutoff=SIMILAR) is not None
