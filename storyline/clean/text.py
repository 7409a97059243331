"""Text-mode junk removal for articles that were already scraped to plain text.

The cleaned text is made of whole pieces of the original joined by ``"\\n\\n"``, so every offset
maps back exactly (:class:`storyline.models.TextMap`). How a line is judged:

1. on its own (:func:`storyline.clean.lines.chrome_reason`): cue phrases and words of web-page
   chrome relative to the line's length (quoted speech ignored), labelled elements ("Image
   Courtesy: ..."), bare button labels, rows of share buttons, menus;
2. by position: the headline is the first line that is not chrome; between it and the body
   (the *head zone*, before the second body paragraph) short title-case lines that are not
   sentences are tag lines, and "By ..." lines are bylines; after the last body paragraph (the
   *closing zone*) up to three short title-case lines that are not sentences are sign-offs (more
   are a list, and stay); after an author-box or
   "Related" heading near the end the rest of the page is its trailing block;
3. by repetition (:mod:`storyline.clean.dupes`): a line repeating the headline goes, a sentence
   of the head zone that a later paragraph repeats (nearly) is cut out of that paragraph, and a
   paragraph repeated whole goes; the first occurrence is always the one kept.

The sign-off outlet comes from :mod:`storyline.clean.signoff`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import TextMap
from . import cues
from .dupes import is_same, normalise, repeated_spans
from .lines import Line, broken_sentence, chrome_reason, split_lines
from .masthead import BYLINE_NEWS_WORDS, article_name, line_outlet, masthead_name, one_word_name, outlet_name
from .signoff import credit_line, credit_outlet, signoff_outlet, staff_outlet

MAX_HEADLINE_WORDS = 40
TAG_MAX_WORDS = 6
SIGNOFF_MAX_WORDS = 8
SIGNOFF_MAX_LINES = 3
"""More short lines than this after the body are a list (an injury report, a schedule), not a sign-off."""
TRAILING_BLOCK_LINES = 6
TRAILING_BLOCK_WORDS = 150


@dataclass(frozen=True)
class CleanResult:
    """The cleaned text, its map to the original, and what was found on the way."""

    text: str
    textmap: TextMap
    title: str | None
    title_span: tuple[int, int] | None
    signoff_outlet: str | None = None
    removed: tuple[tuple[int, int, str], ...] = ()
    """``(start, end, reason)`` in the original for every piece left out (the headline excluded)."""
    byline: str | None = None
    """A "By ..." line from the head of the text, without the "By" (and without the date it may end with); None for
    a staff byline, which names no author ("By Valley Courier staff": see ``byline_outlet``)."""
    byline_outlet: str | None = None
    """The outlet the head of the text names: a staff byline ("By Valley Courier staff" -> "Valley Courier"), a
    byline's outlet part ("By Mara Quint, Skyline Daily") or a line of its own under the headline ("Skyline Daily |
    3 March 2026"): see :mod:`storyline.clean.masthead`."""
    byline_date: str | None = None
    """The written date that byline line gives ("By Ann Lee | Updated 4 May 2026": "4 May 2026"), as written."""


def clean_text(original: str, *, title: str | None = None) -> CleanResult:
    """Clean a scraped article text; ``title`` is the headline when the caller knows it."""
    lines = split_lines(original)
    reasons = {i: why for i, line in enumerate(lines) if (why := chrome_reason(line))}
    own_chrome = [lines[i] for i, why in reasons.items() if not why.startswith("labelled")]
    head = _headline_index(lines, reasons) if title is None else None
    if head is not None:
        reasons[head] = "headline"
        title = lines[head].text
    _drop_title_repeats(lines, reasons, title)
    # a record's title that its text opens with: the text's copy is cited (it stays out of the text as a repeat)
    given = _title_in_text(lines, reasons, title) if head is None and title else None
    under = None if head is None else next((i for i in range(head + 1, len(lines)) if i not in reasons), None)
    stop, byline, byline_date = _head_zone(lines, reasons, start=0 if head is None else head + 1)
    head_outlet = _head_outlet(lines, reasons, under=under, stop=stop)
    _credit_lines(lines, reasons, start=stop)
    closing = _closing_zone(lines, reasons)
    _trailing_block(lines, reasons)
    kept = [i for i in range(len(lines)) if i not in reasons]
    pieces = [(lines[i].start + lines[i].glyph, lines[i].end) for i in kept]
    repeats = repeated_spans(original, pieces, head_pieces=sum(1 for i in kept if i < stop))
    for i in (head, given):
        if i is not None:
            del reasons[i]  # the headline is no removed piece: it is the title
    removed = [(lines[i].start, lines[i].end, why) for i, why in reasons.items()]
    removed += [(s, e, "repeats earlier text (standfirst or paragraph)") for s, e in repeats]
    tm = TextMap.from_pieces(_join_broken(original, _cut(original, pieces, repeats)))
    return CleanResult(
        text=tm.render(original),
        textmap=tm,
        title=title,
        title_span=(lines[head].start, lines[head].end) if head is not None else _span_of(lines, given),
        signoff_outlet=signoff_outlet(original, chrome=own_chrome, closing=[lines[i] for i in closing], byline=byline)
        or (credit_outlet(lines[kept[-1]], byline) if kept else None),
        removed=tuple(sorted(removed)),
        byline=None if staff_outlet(byline) else byline,
        byline_date=byline_date,
        byline_outlet=staff_outlet(byline) or head_outlet,
    )


def _head_outlet(lines: list[Line], reasons: dict[int, str], *, under: int | None, stop: int) -> str | None:
    """The outlet named on the line right under the headline (``under``, when it is in the head zone, before
    ``stop``), else by the first byline of the head zone that names one (:func:`~storyline.clean.masthead.line_outlet`).
    A line under the headline that names the outlet is left out of the text as an outlet line (unless it is a byline).
    """
    if under is not None and under < stop and (name := line_outlet(lines[under].text, alone=True)):
        if reasons.get(under) != "byline":
            reasons[under] = "outlet line"
        return name
    if under is not None and under + 1 <= stop and under + 1 < len(lines) and (name := _named_above_date(lines, under)):
        reasons[under] = "outlet line"
        return name
    if under is not None and reasons.get(under) == "byline" and (name := _named_beside_date(lines, under)):
        return name
    bylines = (i for i in range(stop) if reasons.get(i) == "byline")
    return next((name for i in bylines if (name := line_outlet(lines[i].text, alone=False))), None)


def _named_above_date(lines: list[Line], under: int) -> str | None:
    """The outlet named on the line under the headline with no newspaper word in its name, when the next line gives
    only the date ("11. November 2026") or opens the report with a dateline that gives it ("VELDRA, 11 November 2026
    - ..."): the masthead layout of headline, outlet, date. The name opens with an article ("Der Grenzbote", "The
    Ledger": :func:`~storyline.clean.masthead.article_name`), which an author's name never does, or is another short
    name (:func:`~storyline.clean.masthead.masthead_name`: "Eastern Lantern", "Vell Information Service") that reads
    as no person's: its first word is no given name, and the rest of the text never uses its last word alone (an
    author's surname, "Brandvold said") nor the name but as an outlet's ("the Eastern Lantern", "(c) Eastern
    Lantern"; a place is "in New Holm")."""
    from ..extract.attribution import DATELINE

    nxt = lines[under + 1]
    found = byline_parts(nxt)
    dated = found is not None and found[0] is None and found[1] is not None
    if not dated and not ((m := DATELINE.match(nxt.text)) and cues.DATEISH.search(m.group())):
        return None
    return _masthead(lines[under].text, lines[under + 1 :])


def _named_beside_date(lines: list[Line], under: int) -> str | None:
    """The outlet named beside the date on the line under the headline ("Pellwick Live | 12 March 2026"), by a name
    that reads as no person's (:func:`_masthead`, as :func:`_named_above_date`): "Tomas Grell | 12 March 2026" is an
    author's line, and gives the date only."""
    found = name_beside_date(lines[under])
    if found is None or found[0].split()[-1].lower() in BYLINE_NEWS_WORDS:
        return None  # "Quarry News | 3 March 2026": a section's heading as much as an outlet's (see outlet_name)
    return _masthead(found[0], lines[under + 1 :])


def _masthead(text: str, after: list[Line]) -> str | None:
    """``text`` as an outlet's name on a line under the headline beside or above the date: a name that opens with an
    article, or a short name (or one word) that is no person's, which the lines ``after`` it never use but as an
    outlet's (see :func:`_named_above_date`)."""
    if (name := article_name(text)) is not None:
        return name
    if (name := masthead_name(text) or one_word_name(text)) is None:
        return None
    rest = "\n".join(line.text for line in after)
    whole = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", rest)]
    if any(not re.search(r"(?:\bthe|\(c\)|©)\s*$", rest[max(0, at - 6) : at], re.I) for at in whole):
        return None
    last = name.split()[-1]
    alone = len(re.findall(rf"(?<!\w){re.escape(last)}(?!\w)", rest))
    return name if alone == len(whole) else None


_CALL_TO_ACTION = re.compile(
    r"\s*(?:watch|read|click|tap|subscribe|sign up|follow|share|listen|see|download|join|get|view)\b", re.I
)


def lone_paragraph(original: str, *, title: str | None = None) -> CleanResult | None:
    """The whole text kept, when it is one paragraph of prose with at most one chrome phrase, and it does not open by
    telling the reader to do something: a record's one-sentence article ("Investors will read the full report before
    Friday's vote, Vell Pumps said.") has no page around it, so one phrase a page's chrome also uses is no evidence of
    junk; a record that is only "Watch the full interview with Andrew McCabe (video)." is a promo line (NeuS val has
    one), not an article. None otherwise."""
    lines = split_lines(original)
    if len(lines) != 1 or not lines[0].prose or lines[0].strong > 1 or _CALL_TO_ACTION.match(lines[0].text):
        return None
    line = lines[0]
    tm = TextMap.from_pieces([(line.start, line.end)])
    return CleanResult(text=tm.render(original), textmap=tm, title=title, title_span=None)


def _headline_index(lines: list[Line], reasons: dict[int, str]) -> int | None:
    """The first line that is not chrome, unless it is a body paragraph or a byline rather than a heading."""
    first = next((i for i in range(len(lines)) if i not in reasons), None)
    if first is None or lines[first].n_words > MAX_HEADLINE_WORDS or _lead_paragraph(lines[first]):
        return None
    if byline_parts(lines[first]) is not None:
        return None
    nxt = next((i for i in range(first + 1, len(lines)) if i not in reasons), None)
    if nxt is not None and _is_kicker(lines[first], lines[nxt]):
        reasons[first] = "section label above the headline"
        return nxt
    return first


LEAD_WORDS = 22
"""A first line of prose longer than this is the opening paragraph: of PolNeAR's 924 texts, whose first line is the
headline, one first line is prose of more words (a live blog's opening paragraph); of ECB+'s texts, whose first line is
the opening paragraph, 206 are (of 694 that were read as a headline before)."""


def _lead_paragraph(line: Line) -> bool:
    """A first line that is the story's opening paragraph, not its headline: prose (a sentence, mostly lower-case
    words) of more words than a headline runs to ("VELMORA — Fire Chief Alexander Voronin said it was too early to say
    what caused the fire. Asked whether ...")."""
    return line.prose and line.n_words > LEAD_WORDS


def _is_kicker(line: Line, nxt: Line) -> bool:
    """A one- or two-word section label ("World", "Middle East") right above a headline."""
    short = line.n_words <= 2 and len(line.text) <= 25 and line.title_like and not line.sentence_like
    headline = 3 <= nxt.n_words <= 25 and not nxt.prose and not cues.DATEISH.search(line.text)
    return short and headline


def _title_in_text(lines: list[Line], reasons: dict[int, str], title: str) -> int | None:
    """The line that gives the title the caller knows (a JSON record's ``title``) word for word, when it opens the
    text (only page chrome before it): the headline held in the text, whose span is cited; None otherwise."""
    for i, line in enumerate(lines):
        if reasons.get(i) == "repeats the headline":
            return i if line.norm() == normalise(title) else None
        if i not in reasons:
            return None  # the text opens with something else
    return None


def _span_of(lines: list[Line], i: int | None) -> tuple[int, int] | None:
    return None if i is None else (lines[i].start, lines[i].end)


def _drop_title_repeats(lines: list[Line], reasons: dict[int, str], title: str | None) -> None:
    """Lines that repeat the headline, give or take punctuation, case or a small edit."""
    norm = normalise(title) if title else ""
    if not norm:
        return
    size = len(title or "")
    for i, line in enumerate(lines):
        if i not in reasons and 0.5 * size <= len(line.text) <= 2 * size and is_same(line.norm(), norm):
            reasons[i] = "repeats the headline"
    for i in range(len(lines)):  # a headline broken over two or three lines ("Sanders says ...;" / "Takes ...")
        joined = lines[i].norm() if i not in reasons else ""
        for j in range(i + 1, min(i + 3, len(lines))) if joined else ():
            if j in reasons or len(joined) > len(norm) + 10:
                break
            joined += " " + lines[j].norm()
            if is_same(joined, norm):
                reasons.update(dict.fromkeys(range(i, j + 1), "repeats the headline"))
                break


def _head_zone(lines: list[Line], reasons: dict[int, str], *, start: int) -> tuple[int, str | None, str | None]:
    """Tag lines and bylines from ``start`` to the second body paragraph.

    Returns where the head zone stops (a line index), the byline found, if any, and the date it gives, if any.
    """
    prose = [i for i in range(start, len(lines)) if i not in reasons and lines[i].prose][:2]
    stop = prose[-1] if prose else len(lines)
    byline: str | None = None
    dates: list[tuple[str, bool]] = []
    opening = next((i for i in range(start, stop) if i not in reasons), None)
    for i in range(start, stop):
        if i in reasons:
            continue
        line = lines[i]
        found = byline_parts(line)
        if found is None and i == opening and (beside := name_beside_date(line)) is not None:
            found = None, beside[1]  # "Pellwick Live | 12 March 2026" opening the head: a dateline (its name: outlet)
        if found is not None:
            reasons[i] = "byline"
            byline = byline or found[0]
            dates += [(_CLOCK_FIRST.sub("", found[1]), bool(_UPDATED.search(line.text)))] if found[1] else []
        elif _is_tag(line):
            reasons[i] = "tag line"
    # the first date that is no update's ("Updated: 5 May 2026" above "Published 4 May 2026"), else the first
    first = next((d for d, updated in dates if not updated), dates[0][0] if dates else None)
    return stop, byline, first


_UPDATED = re.compile(r"\bupdated\b", re.IGNORECASE)
_CLOCK_FIRST = re.compile(rf"^(?:at\s+)?{cues.CLOCK}\s*,\s*(?=\S)", re.I)
"""The time a date line gives before its date, set apart by a comma ("8:05am UK, Monday 16 September 2013"): the
date is what follows it (a date with its time after it is cut at its separator: see :data:`_CLOCK_PART`)."""


def name_beside_date(line: Line) -> tuple[str, str] | None:
    """``(name, date)`` when ``line`` is a short name and a whole written date set apart by a bar, dot or dash, in
    either order ("Pellwick Live | 12 March 2026", "Pellwick Live - 12 Mar 2026", "12 March 2026 | Pellwick Live"):
    the line an outlet (or an author) puts under its headline with no "By" and no label. Read only on the first line
    of the head zone (:func:`_head_zone`), where such a line is the article's dateline; whether the name is the
    outlet's is :func:`_head_outlet`'s question. The date is returned as written, without its label."""
    parts = [p.strip() for p in cues.BYLINE_SEPARATOR.split(line.text) if p.strip()]
    if len(parts) != 2 or line.sentence_like:
        return None
    dated = [p for p in parts if _written_date(p)]
    if len(dated) != 1:
        return None
    name = parts[1] if parts[0] == dated[0] else parts[0]
    if not _byline_name(name) or cues.DATEISH.search(name) or cues.BYLINE_LEAD.match(name):
        return None
    return name, cues.BYLINE_DATE_LABEL.sub("", dated[0])


def byline_parts(line: Line) -> tuple[str | None, str | None] | None:
    """``(who or None, date or None)`` when ``line`` is a byline or a dateline at the head of a text: "By Ann Lee, Tarn
        Post", or such a line with parts set apart by bars, dots or dashes, in any order ("By Ann Lee | Tarn Post | 4 May
        2026", "4 May 2026 | By Ann Lee"), or ending with its date after a comma ("By Ann Lee, May 4, 2026 10:40 a.m."),
        or a line that gives only the date ("Published 4 May 2026, 14:05", "Updated: May 5, 2026"; beside short names,
        "Politics | Published 4 May 2026", only with its label, or beside the label of a release: "PRESS RELEASE | March 1,
    2026", or beside an outlet's name: "Skyline Daily | 3 March 2026", :func:`~storyline.clean.masthead.outlet_name`).
    Every part but the one that opens with "By" is a written
        date (with its year) or a short name; the "By" part names the author and is no sentence ("By Tuesday the board
        had agreed ..." is prose). The date is returned as written, without its label."""
    parts = [q.strip() for p in cues.BYLINE_SEPARATOR.split(line.text) for q in _NEXT_LABEL.split(p) if q.strip()]
    at_comma = False
    if len(parts) == 1 and not _written_date(parts[0]) and (at := _trailing_date(line.text)) is not None:
        parts, at_comma = [line.text[:at].rstrip(" ,"), line.text[at:]], True
    elif len(parts) == 1 and (release := _RELEASE_LEAD.match(parts[0])) and _written_date(parts[0][release.end() :]):
        parts = [release.group(1), parts[0][release.end() :]]  # "FOR IMMEDIATE RELEASE July 13, 2026": no separator
    dates = [p for p in parts if _written_date(p)]
    by = [p for p in parts if cues.BYLINE_LEAD.match(p)]
    if not by and dates:  # "Von Greta Albrecht | 12. März 2025": another language's "By", beside a date
        by = [p for p in parts if cues.BYLINE_LEAD_OTHER.match(p)]
    if not by:  # a dateline: dates alone, short names beside a labelled date, or a place and its date
        labelled = any(cues.BYLINE_DATE_LABEL.match(d) for d in dates) or any(
            cues.RELEASE_LABEL.fullmatch(p) or outlet_name(p) or article_name(p) for p in parts
        )
        named = all(p in dates or _byline_name(p) or article_name(p) for p in parts)
        place = at_comma and named and ":" not in parts[0] and not cues.DATEISH.search(parts[0])  # no label's
        timed = len(parts) == 2 and parts[0] in dates and _CLOCK_PART.fullmatch(parts[1])  # "August 8, 2030 - 4: 43 pm"
        if dates and (len(dates) == len(parts) or labelled and named or place or timed):
            return None, cues.BYLINE_DATE_LABEL.sub("", dates[0])
        return None
    if parts[0] == by[0] and not dates and cues.BYLINE.match(line.text) and not line.sentence_like:
        return cues.BYLINE_LEAD.sub("", line.text), None
    who = by[0]
    english = cues.BYLINE_LEAD.sub("", who) != who
    lead = cues.BYLINE_LEAD if english else cues.BYLINE_LEAD_OTHER
    if (
        len(parts) == 1
        or len(by) > 1
        or not cues.BYLINE.match(lead.sub("by ", who))
        or Line(0, len(who), who).sentence_like
    ):
        return None
    if not all(p == who or p in dates or _byline_name(p) for p in parts):
        return None
    return lead.sub("", who), cues.BYLINE_DATE_LABEL.sub("", dates[0]) if dates else None


_CLOCK_PART = re.compile(rf"(?:at\s+)?{cues.CLOCK}", re.I)
"""A date line's part that is its time alone, after the date ("August 8, 2030 - 4: 43 pm", "17 September 2030 -
21: 29")."""
_NEXT_LABEL = re.compile(r"(?<=\w)[ \t]+(?=(?:last[ \t]+)?updated:)", re.I)
"""Where a second labelled date begins on a date line with no separator between them ("First Posted: 11 / 02 / 15
07: 31 PM ET Updated: 01 / 14 / 16 06: 05 AM ET"): each is a part of its own."""
_RELEASE_LEAD = re.compile(rf"({cues.RELEASE_LABEL.pattern})[ \t]*:?[ \t]+", re.I)
"""A release's label heading its date on one line ("FOR IMMEDIATE RELEASE July 13, 2026", "Press release: 4 May 2026")."""


def _trailing_date(text: str) -> int | None:
    """Where the written date a line ends with begins, after a comma ("By Ann Lee, May 4, 2026", "Kellbrook, 11 March
    2025"), or None."""
    for m in re.finditer(r",\s*", text):
        if _written_date(text[m.end() :]):
            return m.end()
    return None


def _written_date(part: str) -> bool:
    """``part`` is a whole written date with its year: English (:data:`~storyline.clean.cues.BYLINE_DATE`), in
    figures when they say which is the day (:func:`figures_date`: "17/11/2026"), or in another language when
    dateparser reads it ("12. März 2025", "12 de marzo de 2025")."""
    figures = cues.BYLINE_DATE_LABEL.sub("", part)
    if cues.BYLINE_DATE.fullmatch(part) or figures_date(figures, "dmy") or figures_date(figures, "mdy"):
        return True
    if not cues.WRITTEN_DATE.fullmatch(part):
        return False
    return _parses(part)


_FIGURES = re.compile(
    rf"(?:{cues.CLOCK},?\s+)?"
    r"(?:(?P<a>\d{1,2})(?P<sep>[ \t]?[/.-][ \t]?)(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2}(?=\s))"
    r"|(?P<Y>\d{4})[ \t]?[/.-][ \t]?(?P<M>\d{1,2})[ \t]?[/.-][ \t]?(?P<D>\d{1,2}))"
    rf"(?:,?\s+(?:at\s+)?{cues.CLOCK})?",
    re.I,
)
"""A date line in figures, with its time before or after it; tokenised corpora set the figures apart ("11 / 02 / 15
07: 31 PM ET", "First Posted 23: 37: 00 05 / 05 / 2010"), and a year of two figures is read only before a time."""

_US_ZONE = re.compile(r"\b(?:[ECMP][SD]?T|AK[SD]T|H[SD]?T)\b")


def figures_date(text: str, order: str | None = None) -> str | None:
    """The ISO day a date line in figures gives ("17/11/2026", "17.11.2026 14:05", "2026/11/17"), or None. Day and
    month are told apart when the figures say which is which: one of the first two is over 12 ("17/11/2026" is 17
    November whichever order the outlet writes), or both are the same; else by ``order``, "dmy" or "mdy", when the
    article tells it (its other dates: :func:`storyline.extract.dates.numeric_order`). "05/03/2026" alone may be 5
    March or 3 May: None (and None for an impossible day)."""
    from datetime import date

    m = _FIGURES.fullmatch(text.strip())
    if m is None:
        return None
    if order is None and _US_ZONE.search(text):
        order = "mdy"  # "11 / 02 / 15 07: 31 PM ET": a time in a zone of the United States, where the month comes first
    if m.group("Y"):
        year, month, day = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
    else:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        year += (2000 if year < 70 else 1900) if year < 100 else 0  # "11 / 02 / 15 07: 31 PM": 2015
        if a <= 12 and b <= 12 and a != b and order not in ("dmy", "mdy"):
            return None
        day, month = (a, b) if a > 12 or a == b or (b <= 12 and order == "dmy") else (b, a)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _parses(text: str) -> bool:
    import dateparser

    settings = {"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY"}
    try:
        return dateparser.parse(text, settings=settings) is not None  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):
        return False


def byline_author(byline: str | None) -> str | None:
    """The author a byline names, without the outlet's name after it ("Marta Ilisch, Velmora Press Agency" -> "Marta
    Ilisch"; the outlet is read apart, :func:`~storyline.clean.masthead.line_outlet`); co-authors stay ("Ann Lee, Tom
    Orr"), and a byline that is only an outlet's name is kept as it is."""
    if not byline:
        return byline
    parts = [p.strip() for p in byline.split(",")]
    while len(parts) > 1 and outlet_name(parts[-1], in_byline=True):
        parts.pop()
    return ", ".join(parts)


def _byline_name(part: str) -> bool:
    """A short name in a byline ("Tarn Post", "Chief Reporter"): capitalised words, no sentence, no figures."""
    line = Line(0, len(part), part.strip())
    return 1 <= line.n_words <= 5 and line.title_like and not line.ends_sentence and not any(c.isdigit() for c in part)


def _is_tag(line: Line) -> bool:
    return (
        line.n_words <= TAG_MAX_WORDS
        and not line.sentence_like
        and ":" not in line.text
        and not any(ch.isdigit() for ch in line.text)
        and line.title_like
        and not cues.DATEISH.search(line.text)
    )


def _credit_lines(lines: list[Line], reasons: dict[int, str], *, start: int) -> None:
    """Credit lines after the head zone (:func:`~storyline.clean.signoff.credit_line`): a staff credit ("Reporting by
    Ann Lee; Editing by Bo Vell") anywhere, a syndication credit ("This report is from Continental Press Wire.") when no
    body paragraph follows it. They name who made or supplied the copy, they say nothing of the story."""
    for i in range(start, len(lines)):
        if i in reasons:
            continue
        closing = not any(j not in reasons and lines[j].prose for j in range(i + 1, len(lines)))
        if credit_line(lines[i].text, closing=closing):
            reasons[i] = "credit line"


def _closing_zone(lines: list[Line], reasons: dict[int, str]) -> list[int]:
    """Indexes after the last body paragraph; short non-sentences there are sign-offs. A short last paragraph ("Ward 7
    has been shut to new admissions.") is body too: a sentence of :data:`SHORT_PARAGRAPH_WORDS` words or more, half of
    them in lower case."""
    prose = [i for i in range(len(lines)) if i not in reasons and (lines[i].prose or _short_paragraph(lines[i]))]
    if not prose:
        return []
    zone = list(range(prose[-1] + 1, len(lines)))
    short = [i for i in zone if i not in reasons and _is_signoff(lines[i])]
    if len(short) <= SIGNOFF_MAX_LINES:
        for i in short:
            reasons[i] = "closing sign-off"
    return zone


SHORT_PARAGRAPH_WORDS = 5


def _short_paragraph(line: Line) -> bool:
    words = line.words
    return (
        len(words) >= SHORT_PARAGRAPH_WORDS
        and line.ends_sentence
        and sum(w[:1].islower() for w in words) >= 0.5 * len(words)
    )


def _is_signoff(line: Line) -> bool:
    """A short title-case line that is no sentence and no date: a name, a label."""
    return (
        line.title_like
        and not line.ends_sentence
        and line.n_words <= SIGNOFF_MAX_WORDS
        and not cues.DATEISH.search(line.text)
    )


def _trailing_block(lines: list[Line], reasons: dict[int, str]) -> None:
    """After an author-box or "Related" heading near the end, a short rest of the page is that block."""
    for i in range(len(lines) - 1, -1, -1):
        if cues.BLOCK_HEADER.match(lines[i].text):
            rest = [j for j in range(i + 1, len(lines)) if j not in reasons]
            words = sum(lines[j].n_words for j in rest)
            if len(rest) <= TRAILING_BLOCK_LINES and words <= TRAILING_BLOCK_WORDS:
                reasons.setdefault(i, "trailing block heading")
                for j in rest:
                    reasons[j] = f"after {lines[i].text.strip()!r}"
            return


def _cut(original: str, pieces: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with the ``holes`` (each inside one piece) cut out, trimming the white space left."""
    if not holes:
        return pieces
    out: list[tuple[int, int]] = []
    holes = sorted(holes)
    h = 0
    for start, end in pieces:
        pos = start
        while h < len(holes) and holes[h][0] < end:
            hs, he = holes[h]
            if hs > pos:
                out.append((pos, hs))
            pos = max(pos, he)
            h += 1
        if pos < end:
            out.append((pos, end))
    return [_trim(original, s, e) for s, e in out if original[s:e].strip()]


def _join_broken(original: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Kept pieces that a line break inside a sentence parted (:func:`~storyline.clean.lines.broken_sentence`) made
    one again, the break with them: the cleaned text keeps the sentence whole, not two paragraphs."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and broken_sentence(original, out[-1][1], s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _trim(original: str, start: int, end: int) -> tuple[int, int]:
    while start < end and original[start].isspace():
        start += 1
    while end > start and original[end - 1].isspace():
        end -= 1
    return start, end
