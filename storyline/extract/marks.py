"""Quotation marks: find quoted segments in a text, whatever the quote style.

Pure text work, no model. Handles straight and curly double quotes, guillemets (« » and » «),
low-high quotes („ “), single quotes (straight and curly, told apart from apostrophes), and quotes
that run across paragraphs (an opening mark whose paragraph ends without a closing mark, with the
next paragraph opening again, the usual convention for a long quotation, or closing it).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

DOUBLE_OPEN = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018\u201a\u2039"  # ‘ ‚ ‹
SINGLE_CLOSE = "\u2019\u203a"  # ’ ›
OPEN_BEFORE = set(" \t\n\r([{\u2014\u2013-/:;,\u00a0") | set(DOUBLE_OPEN) | set(SINGLE_OPEN) | {'"', "'"}
PAIR_FILL = "\x01"
DOUBLE_MARK = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE) + '"]')
SINGLE_MARK = re.compile("[" + re.escape(SINGLE_OPEN + SINGLE_CLOSE) + "']")
PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*\S)")
# an apostrophe standing for left-out letters or digits at a word's start ("the '90s", "in '08", "rock 'n' roll",
# "'til dawn"): no quotation mark. A bare two-digit year only after a word that leads to one ("'90 percent of them
# are gone," opens a quotation).
APOS = "'\u2018\u2019"
ELIDED = re.compile(
    rf"(?<!\w)[{APOS}](?:\d\ds\b|n[{APOS}](?!\w)|(?:em|til|cause|bout|tis|twas)\b)"
    rf"|\b(?:in|of|by|the|since|from|until|class|summer)\s+[{APOS}]\d\d\b(?![.,]?\d)",
    re.I,
)


@dataclass(frozen=True)
class Segment:
    """A quoted stretch ``text[start:end]``, marks included; ``open_end`` when its paragraph ran out."""

    start: int
    end: int
    style: str  # "double" | "single"
    open_end: bool = False

    def inner(self, text: str) -> tuple[int, int]:
        s = self.start + 1
        e = self.end if self.open_end else self.end - 1
        return s, max(s, e)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty line block (a newline separates paragraphs)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in PARAGRAPH.finditer(text):
        if text[pos : m.start()].strip():
            out.append(_strip(text, pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append(_strip(text, pos, len(text)))
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _is_opener(text: str, i: int, lo: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev in OPEN_BEFORE or prev.isspace()) and not nxt.isspace()


def _is_single_closer(text: str, i: int, hi: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    return not prev.isspace() and not nxt.isalnum()


def _doubles(text: str, lo: int, hi: int) -> list[Segment]:
    segs: list[Segment] = []
    start: int | None = None
    for m in DOUBLE_MARK.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if start is None:
            if (
                ch in DOUBLE_OPEN
                or (ch == '"' and _is_opener(text, i, lo))
                or (ch == "\u00bb" and _is_opener(text, i, lo))
            ):
                start = i
            continue
        closing_opener = ch == "\u201c" and (text[start] == "\u201e" or not _is_opener(text, i, lo))
        if i > start + 1 and (ch in DOUBLE_CLOSE or ch == '"' or closing_opener):
            segs.append(Segment(start, i + 1, "double"))
            start = None
        elif ch in DOUBLE_OPEN and i > start + 1 and text[start] in DOUBLE_OPEN and _is_opener(text, i, lo):
            # a stray opener: the earlier mark was never closed; restart here
            start = i
    if start is not None and hi - start > 1:
        segs.append(Segment(start, hi, "double", open_end=True))
    return segs


def _possessive(text: str, i: int, hi: int) -> bool:
    """The mark at ``i`` may be a plural possessive's apostrophe ("the pilots' union"): after an "s", before a word."""
    return text[i - 1 : i] in ("s", "S") and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isalnum() and i + 2 < hi


PUNCT_CLOSER = re.compile(r"[,.!?;…][" + re.escape(SINGLE_CLOSE) + "']")
"""A single mark closing a quotation after its punctuation ("... blue,'"): surely a closer, never an apostrophe."""


def _singles(
    text: str, lo: int, hi: int, taken: list[Segment], carried: bool = False, dangling: list[int] | None = None
) -> list[Segment]:
    """Single-quoted segments of the paragraph ``text[lo:hi]``. ``carried``: the next paragraph opens with a
    single mark, so a quotation opening this paragraph and never closed in it runs on into the next (British
    style: "'We warned them.¶'Nobody should pretend ...,' he said."): an open segment, as for double marks.

    A plural possessive's apostrophe ("'The pilots' union is strong,' he said") closes nothing when a closing
    mark after punctuation comes later in the paragraph, or when the quotation runs on into the next one.
    ``dangling`` gets the opening mark of a quotation the paragraph leaves open otherwise (see ``_single_run_on``)."""
    segs: list[Segment] = []
    start: int | None = None
    elided = {i for m in ELIDED.finditer(text, lo, hi) for i in range(m.start(), m.end()) if text[i] in APOS}
    marks = [
        m.start()
        for m in SINGLE_MARK.finditer(text, lo, hi)
        if m.start() not in elided and not any(s.start <= m.start() < s.end for s in taken)
    ]
    for n, i in enumerate(marks):
        ch = text[i]
        if start is None:
            if (ch in SINGLE_OPEN or ch == "'") and _is_opener(text, i, lo):
                start = i
        elif (ch in SINGLE_CLOSE or ch == "'") and _is_single_closer(text, i, hi) and i > start + 1:
            if _possessive(text, i, hi) and (
                any(PUNCT_CLOSER.match(text, j - 1) and _is_single_closer(text, j, hi) for j in marks[n + 1 :])
                or (carried and start == lo and not any(_is_single_closer(text, j, hi) for j in marks[n + 1 :]))
            ):
                continue
            segs.append(Segment(start, i + 1, "single"))
            start = None
    if start is not None and carried and start == lo and hi - start > 1:
        segs.append(Segment(start, hi, "single", open_end=True))
    elif start is not None and dangling is not None and hi - start > 1:
        dangling.append(start)
    return segs


def find_segments(text: str) -> list[Segment]:
    """All quoted segments of ``text``, in order. Single-quoted ones only outside double quotes.

    Two straight apostrophes (``''``, a common typewriter stand-in for a double quote) count as one
    double mark."""
    out: list[Segment] = []
    work = text.replace("''", '"' + PAIR_FILL) if "''" in text else text
    paras = paragraphs(text)
    dangling: list[int] = []
    for n, (lo, hi) in enumerate(paras):
        closed = _closes_carried(work, out[-1] if out else None, lo, hi)
        if closed is not None:  # the quotation of the paragraph before ends in this one
            out[-1] = closed
            lo = closed.end
        doubles = [_widen(work, s) for s in _doubles(work, lo, hi)]
        nxt = paras[n + 1][0] if n + 1 < len(paras) else None
        carried = nxt is not None and work[nxt] in SINGLE_OPEN + "'" and _is_opener(work, nxt, nxt)
        singles = _singles(work, lo, hi, doubles, carried and not doubles, dangling)
        out.extend(sorted((x for x in doubles + singles if not _nickname(work, x)), key=lambda s: s.start))
    out = _run_on(work, out, paras)
    return sorted(out + _single_run_on(work, dangling, paras), key=lambda s: s.start)


SINGLE_END = re.compile(r"[.!?,][^\S\n]?[" + re.escape(SINGLE_CLOSE) + "'][^\\S\n]*$")
"""A paragraph closing a single-quoted quotation at its end ("... into trouble.'")."""


def _single_run_on(work: str, dangling: list[int], paras: list[tuple[int, int]]) -> list[Segment]:
    """A single-quoted quotation left open in its paragraph ('One friend said: 'He idolised his mum.'), then up to
    three paragraphs with no quotation mark, the last of which closes it at its end ("... get into trouble.'"): one
    quotation over those paragraphs (a text that breaks every sentence onto a line of its own). None when no such
    paragraph closes it: the opening mark may be an apostrophe."""
    out = []
    for start in dangling:
        k = next((i for i, (lo, hi) in enumerate(paras) if lo <= start < hi), None)
        if k is None:
            continue
        for j in range(k + 1, min(len(paras), k + 2 + RUN_ON_PARAGRAPHS)):
            lo, hi = paras[j]
            close = SINGLE_END.search(work, lo, hi)
            if close is not None and not _quote_mark(work, lo, close.start() + 1):
                out.append(Segment(start, hi, "single"))
                break
            if _quote_mark(work, lo, hi):
                break
    return out


FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|we|we['’](?:re|ve|d|ll)|us|our|ours)\b", re.I)
RUN_ON_PARAGRAPHS = 3
"""At most this many paragraphs with no quotation mark inside one quotation (see ``_run_on``)."""


def _run_on(work: str, segs: list[Segment], paras: list[tuple[int, int]]) -> list[Segment]:
    """A double-quoted quotation left open at its paragraph's end, then one to three paragraphs with no quotation mark,
    then a paragraph that opens again with the same mark or closes the quotation: the paragraphs between are the same
    speaker's words with their opening mark left out (a text that breaks every sentence onto a line of its own, 'A
    friend said: "I can't believe it.¶We were so close that Mira thought of my mum as a second mum.¶"Tomas was a
    good kid ...'). Only when those paragraphs speak in the first person ("we", "my") or the quotation is closed
    after them: a paragraph of the writer's after a quotation left open by a slip stays narration."""
    out = list(segs)
    for n, seg in enumerate(out):
        if not seg.open_end or seg.style != "double":
            continue
        k = next((i for i, (lo, hi) in enumerate(paras) if lo <= seg.end <= hi), None)
        if k is None:
            continue
        run = list(itertools.takewhile(lambda p: not _any_mark(work, *p), paras[k + 1 : k + 1 + RUN_ON_PARAGRAPHS + 1]))
        if not run or len(run) > RUN_ON_PARAGRAPHS or k + 1 + len(run) >= len(paras):
            continue
        lo, hi = paras[k + 1 + len(run)]
        mark = DOUBLE_MARK.search(work, lo, hi)
        if mark is None:
            continue
        reopens = mark.start() == lo and work[lo] == work[seg.start] and _is_opener(work, lo, lo)
        closes = work[mark.start()] in DOUBLE_CLOSE or (
            work[mark.start()] == '"' and not _is_opener(work, mark.start(), lo)
        )
        spoken = any(FIRST_PERSON.search(work, a, b) for a, b in run)
        if not (closes or (reopens and spoken)):
            continue
        end = run[-1][1]
        if closes and (n + 1 >= len(out) or out[n + 1].start >= hi):
            out[n] = Segment(seg.start, mark.start() + 1, "double")
        else:
            out[n] = Segment(seg.start, end, "double", open_end=True)
    return out


_LOOSE_SINGLE = re.compile(
    r"(?<![^\W_])["
    + re.escape(SINGLE_OPEN + SINGLE_CLOSE)
    + "']|["
    + re.escape(SINGLE_OPEN + SINGLE_CLOSE)
    + r"'](?![^\W_])"
)
"""A single mark not between two letters (not the apostrophe of "wasn't", "Varn's")."""


def _quote_mark(work: str, lo: int, hi: int) -> bool:
    """A double mark, or a single one that is no apostrophe inside a word, between ``lo`` and ``hi``."""
    return DOUBLE_MARK.search(work, lo, hi) is not None or _LOOSE_SINGLE.search(work, lo, hi) is not None


def _any_mark(work: str, lo: int, hi: int) -> bool:
    return DOUBLE_MARK.search(work, lo, hi) is not None or SINGLE_MARK.search(work, lo, hi) is not None


NICKNAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")
NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z][\w.'’-]*(?<!['’]s) $")
"""A given name before a nickname; not a possessive ("Penn's 'Very Nasty' Comments": what Penn said, quoted)."""
NAME_AFTER = re.compile(r" [A-Z][a-z'’]")


def _nickname(text: str, seg: Segment) -> bool:
    """A name's quoted nickname ("Adam “Pacman” Jones", "Earvin 'Magic' Johnson"): part of the name, not a
    quotation."""
    inner = text[seg.start + 1 : seg.end - 1]
    return bool(
        NICKNAME.fullmatch(inner)
        and NAME_BEFORE.search(text, max(0, seg.start - 30), seg.start)
        and NAME_AFTER.match(text, seg.end)
    )


def _closes_carried(work: str, last: Segment | None, lo: int, hi: int) -> Segment | None:
    """A paragraph that ends a quotation left open by the paragraph before, with no opening mark of its own
    first ("“I am so excited to be hosting.¶You know what they say, ” said DeGeneres."): one segment across
    the paragraph break."""
    if last is None or not last.open_end or last.style != "double":
        return None
    m = DOUBLE_MARK.search(work, lo, hi)
    if m is None:
        return None
    i, ch = m.start(), work[m.start()]
    if ch in DOUBLE_CLOSE or (ch == '"' and not _is_opener(work, i, lo)):
        return _widen(work, Segment(last.start, i + 1, "double"))
    return None


def _widen(work: str, seg: Segment) -> Segment:
    if not seg.open_end and seg.end < len(work) and work[seg.end] == PAIR_FILL:
        return Segment(seg.start, seg.end + 1, seg.style)
    return seg


def continued(text: str, seg: Segment, nxt: Segment) -> bool:
    """``nxt`` carries on ``seg`` in the next paragraph (multi-paragraph quotation)."""
    if not seg.open_end:
        return False
    between = text[seg.end : nxt.start]
    return not between.strip()
