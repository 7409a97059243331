"""Quotes from quotation marks and speech cues: direct (marks) and indirect (reported clauses).

Input: the article text, its sentences, the quoted segments (:mod:`.marks`) and the cues found in
the parsed sentences (:mod:`.cues`). Output: :class:`RawQuote` items with absolute offsets into the
same text; speakers are resolved to entities later (:mod:`.speakers`).

Span conventions follow attribution corpora (PolNeAR, PARC): the content of a direct quote runs
from its first opening mark to its last closing mark in the paragraph (``"A," she said. "B."`` is
one quote), or in the paragraphs it is carried on into (one left open at its end, the next opening
with a mark again), marks included; the content of indirect speech is the reported clause ("that ..."),
without the sentence's final full stop.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .cues import ADDRESSED, NAMING_VERBS, QUOTATION_ONLY, Cue, put_to_speaker
from .lexicon import LATIN_CAPITALS, PRONOUNS, is_belief
from .marks import DOUBLE_MARK, Segment, continued

_TIME_OF_SAYING = (
    r"(?:(?:early|late|earlier|later)\s+)?(?:(?:on|last|this|next)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
)
"""When something was said, right after the cue: "early Monday", "Tuesday", "on Friday evening", "yesterday"."""
_WHERE_SAID = (
    r"(?:in|on|at|via|through|during|to|with|from|over|after|before)\b"
    r"(?:[^,;:\"\u201c\u2018]|\"[A-Z][^\"]{0,50}\"|\u201c[A-Z][^\u201d]{0,50}\u201d){1,60}?,?\s+"
)
"""Where or how it was said, a programme's quoted title too ('on Channel 5's "Harbour Week"')."""
_FRAME_BEFORE_THAT = re.compile(rf"(?:{_TIME_OF_SAYING}(?:{_WHERE_SAID})?|{_WHERE_SAID})that\s+")
"""When, where and how something was said, before the reported clause: "in a statement that", "on Twitter that",
"early Monday that", "Tuesday in a statement that" (the time of saying is no part of what was said)."""
_ADDRESSEE_BEFORE_THAT = re.compile(
    r"(?:[^,;:\"\u201c\u2018]|[\"\u201c][A-Z][^,;:.!?\"\u201c\u201d\n]{0,40}[\"\u201d]){1,60}?\s+that\s+"
)
"""After "told", "assured"...: whom it was said to, then the clause ("reporters on Monday that")."""
_OPENS_WITH_THAT = re.compile(r"that\s", re.I)
"""A reported clause that already starts at its "that" ("told Channel 7 [that the camera was not at an angle that
would ...]"): no frame before it to cut, least of all up to the relative "that" inside it."""
_FRAME_BEFORE_COLON = re.compile(
    r"(?:on|about|in|at|to|during|after|before|regarding|from|with|for)\s[^:;\"\u201c\u201d\u2018]{1,80}?:\s+(?=\S+\s+\S)"
)
"""What was talked about, where and when, before a colon that opens the words said ("on Varn in a briefing: ")."""
_SECOND_THAT = re.compile(r"[\s,]+(?:and|or|but)\s+that\s+$", re.I)
"""A "that" clause joined to one before it: the end of a frame that reaches past the cue's own words."""
_TELL = {"tell", "inform", "assure", "warn", "remind", "notify", "advise", "convince", "persuade", "promise"}
GAP_BEFORE = re.compile(r"[\s,;:\u2014\u2013-]*")
GAP_AFTER = re.compile(r"[\s,:\u2014\u2013-]*(?:that\s*)?")
WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
OPENERS = "\"'\u201c\u2018\u00ab\u201e"
MIN_FREE_WORDS = 4
"""A quoted segment with no cue next to it counts as a quote only from this many words."""
MIN_FRAMED_WORDS = 4
"""... or from this many when a verb outside it governs it ("X praised Y: "...")."""
MIN_NAMED_WORDS = 3
"""... or from this many when the verb that governs it calls something by the words (:data:`NAMING_VERBS`: "a company
statement called the claim "entirely without foundation""): the subject gives them as its own words."""
SENT_END = re.compile(r"[.!?:]\s+$")


@dataclass
class RawQuote:
    kind: str
    content: tuple[int, int]
    cue: Cue | None
    parts: list[tuple[int, int]]
    answer: bool = False
    """An interview's answer turn (see :func:`interview_answers`): the interviewee's words, speaker or not named in
    its label ("A:")."""
    turn: bool = False
    """A line of a transcript (see :func:`transcript_turns`): its label's words, if the label names a person."""


def words(text: str) -> int:
    return len(WORD.findall(text))


_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}$")
"""A final full stop that belongs to "U.S." or "U.N." stays."""


_TRAILING_OPENER = re.compile(r"(?<=\s)(?:''|``|[" + OPENERS + r"])$")
"""An opening mark after a space at the end of a span (a straight or doubled one too: "''"): the next quotation's."""


def _unpaired(text: str, s: int, e: int, mark: re.Match[str]) -> bool:
    """A mark that both opens and closes (``"``, ``''``) ends the span unpaired: an odd count of it there."""
    return text.count(mark.group(0), s, e) % 2 == 1


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip spaces, leading commas/colons and a final full stop not inside quotes."""
    while s < e and (text[s].isspace() or text[s] in ",;:\u2014\u2013"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e > s and text[e - 1] in ",;:\u2014\u2013":
        e -= 1
        while e > s and text[e - 1].isspace():
            e -= 1
    opener = _TRAILING_OPENER.search(text, s, e)
    if (
        opener is not None
        and opener.start() > s
        and (opener.group(0) not in ("''", '"') or _unpaired(text, s, e, opener))
    ):
        # 'he would be a disaster. ``' / '... standard-bearer. \'\'': the next quotation's opening mark
        e = opener.start()
        while e > s and text[e - 1].isspace():
            e -= 1
    if (
        e > s
        and text[e - 1] in ".!?"
        and not (e - 2 >= s and text[e - 2] == ".")
        and not _INITIALISM.search(text, s, e)
    ):
        e -= 1
    return s, e


_ENDS_SENTENCE = re.compile(r"[.!?]\s*$")
"""Text before a quote mark that ends a sentence: the quote opens the next one."""
_NEW_QUOTED_SENTENCE = re.compile(r"[.!?]\s+[\"“«]")
"""A sentence end followed by an opening quote mark, inside what the sentence splitter left as one."""


_UC = LATIN_CAPITALS
DATELINE = re.compile(
    rf"[{_UC}][{_UC}.'’ /-]{{1,40}}(?:,\s*(?:\d{{1,2}}\s+)?[A-Z][\w.]*(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?){{0,2}}"
    r"\s*(?:\([^()\n]{1,60}\))?\s*[-–—]+\s+(?=\S)"
    r"|(?:[A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+){0,2}\s*)?\((?:[A-Z]{2,8}|Reuters)\)\s*(?:[-–—]+\s*)?(?=[\"“‘A-Z])"
)
"""A wire dateline opening the lead ("KESSLING (Harbour Wire Service) - ", "(KWS) - ", "Kessling (KWS)The"): where
and who filed it, not what was said. The place may have accented capitals ("TOLVÉRA (Meridian Press) -"), a region
and a day after it ("BRESSLAU, Aldenmark, March 11 (Meridian Press) -", two places filing together ("DROVSK/KESSLING, May 15
(Meridian Press) -"), "HEMPSTEAD, N.Y., Sept. 26 (UPI) —"), day first
and with its year too ("VELDRA, 17 November 2026 -", "VELDRA, November 17, 2026 -")."""

_CREDIT = re.compile(r"\(([^()\n]{2,60})\)")
_CREDIT_LINE = re.compile(
    rf"(?:[{_UC}]{{2}}[{_UC}.'’/-]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{{1,2}})"
    r"(?:[,.]?[ \t]+(?:[A-Z][\w.'’-]*|\d{1,2}))*[,.]?[ \t]*"
    r"\(((?=[^)]{2})(?![DRI]-)(?:[A-Z][\w.&'’-]*[ \t]?){1,5})\)[ \t]*[-–—]+[ \t]*(?=\S)"
)
"""A dateline whose place and date the main pattern does not take ("HEMPSTEAD, N.Y., Sept. 26 (UPI) —",
"Dec 29 (Reuters) -"): a place in capitals or a month and day, more capitalised words and day numbers, then the
credit and a dash. Not "Photo (Getty Images) -": a caption's credit is no wire's report."""
_WIRE_NAMES = {
    "ap": "associated press",
    "the associated press": "associated press",
    "afp": "agence france-presse",
    "agence france presse": "agence france-presse",
    "upi": "united press international",
    "thomson reuters": "reuters",
}
"""Short and long names of the big wires: "(AP)" in one dateline and "Associated Press" as another's outlet."""


_GENERIC_TAIL = re.compile(r"(?:[ -]+(?:news|online|digital)|\.com)$")
"""Words an outlet's name carries in one place and not in another, naming no other outlet: "Northgate Radio News" in
its feed is "Northgate Radio" in a record, "Tarn Post Online" the "Tarn Post", "tarnpost.com" the "TarnPost". A
medium ("Radio", "TV") is no such word: "Northgate Radio" and "Northgate TV" may be two newsrooms."""
_NO_NAME_ALONE = frozenset({"the", "daily", "the daily", "local", "world", "breaking"})
"""What is left of "Daily News" or "World News" without its suffix: no outlet's name on its own."""


def source_name(name: str) -> str:
    """An outlet's or a wire's name as one key ("AP", "The Associated Press" -> "associated press"), without a
    generic suffix (:data:`_GENERIC_TAIL`: "Northgate Radio News" -> "northgate radio", as "Northgate Radio")."""
    key = " ".join(name.replace("’", "'").split()).casefold().strip(" .")
    rest = _GENERIC_TAIL.sub("", key)
    if rest != key and len(rest) >= 2 and rest not in _NO_NAME_ALONE:
        key = rest
    return _WIRE_NAMES.get(key, key)


def outlet_names(names: Iterable[str]) -> list[str]:
    """One name for each outlet among ``names`` (one per article), sorted: the spellings one :func:`source_name`
    gives are one outlet ("Northgate Radio News" and "Northgate Radio"), named as most of its articles name it
    (ties: the longer name)."""
    from collections import Counter

    counts = Counter(names)
    best: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: (-counts[n], -len(n), n)):
        best.setdefault(source_name(name), name)
    return sorted(best.values())


def credited_dateline(text: str, pos: int) -> re.Match[str] | None:
    """A dateline that credits a wire, starting at ``pos`` ("ORLANDO, Fla. (Reuters) - ", "Washington (AFP) – ",
    "Dec 29 (Reuters) - "), or None."""
    line = DATELINE.match(text, pos) or _CREDIT_LINE.match(text, pos)
    if line is None or "(" not in line.group(0) or _spells_out(line.group(0)):
        return None
    return line


_MINOR_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&"})


def _spells_out(line: str) -> bool:
    """The parenthesis of ``line`` abbreviates the words just before it ("Indian Naval Services (INS) Mysore",
    "National Farmers Union (NFU) -"): the name is written out and shortened, a subject of the report, not a credit.
    A wire's credit follows a place, whose initials are no abbreviation ("Kessling (KWS)")."""
    m = _CREDIT.search(line)
    if m is None:
        return False
    short = m.group(1).replace(".", "").strip()
    if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
        return False
    words = [w for w in re.findall(r"[\w&'’-]+", line[: m.start()]) if w.lower() not in _MINOR_WORDS]
    initials = "".join(w[0] for w in words[-len(short) :]).upper()
    return len(words) >= len(short) and initials == short


WIRE_CREDIT_WITHIN = 400
"""How far into an article's text a crediting dateline is looked for."""


def independent_sources(
    members: Iterable[tuple[str, str | None, str]],
    groups: Mapping[str, str],
    originals: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Article id -> its independent source, for ``(id, outlet or None, text)`` members and ``groups`` (article id ->
    its syndication group; an article not in it is a group of its own). Articles of one outlet are one source, and so
    are articles that copy each other (a syndication group), across outlets too; both join transitively (a wire's
    report, an outlet's copy of it and the wire's later report are one source). An article whose dateline credits a
    wire ("WASHINGTON (AP) -") is the wire's report, edited or not, wherever it runs: one source with the wire's other
    reports, not with its outlet's own. Articles with no known outlet stand alone (or with their copies): an unknown
    outlet is never guessed to be the same as another. ``text`` needs only its first :data:`WIRE_CREDIT_WITHIN` and
    last 80 characters (where a wire is credited). ``originals`` (article id -> its text as ingested, or its first
    :data:`WIRE_CREDIT_WITHIN` characters) is where a dateline is also looked for: cleaning may cut a crediting line
    with the furniture after it ("MANCHESTER, N.H. (AP) — The Latest on the race ... (all times local):"), and the
    wire's live page is still the wire's report, one source with its other reports on the same outlet. The one count
    of independent sources: a story's (``stories``, ``story``, ``/api/stories``), its brief's and its facts'."""
    from ..dedupe import connected_groups

    first: dict[str, str] = {}
    pairs = []
    ids = []
    for aid, outlet, text in members:
        ids.append(aid)
        keys = [f"g\x00{groups.get(aid, aid)}"]
        # an outlet's copy of a wire story, edited or not, is the wire's report
        if credit := wire_credit(text or "") or wire_credit((originals or {}).get(aid) or "", ending=False):
            keys.append(f"o\x00{credit}")
        elif outlet and outlet.strip():
            keys.append(f"o\x00{source_name(outlet)}")
        pairs += [(aid, first.setdefault(k, aid)) for k in keys]
    return {m: g[0] for g in connected_groups(pairs, ids) for m in g}


def wire_credit(text: str, *, within: int = WIRE_CREDIT_WITHIN, ending: bool = True) -> str | None:
    """The agency a lead's dateline credits ("KESSLING (Harbour Wire Service) - " -> "harbour wire service",
    "WASHINGTON (AP) —" -> "associated press"), looked for at the start of a line in the first ``within``
    characters, or a big wire named alone on the last line ("- Reuters."); None when no dateline credits one (an
    outlet's own "WASHINGTON —"); ``ending=False`` looks at the dateline only."""
    credit = credited_wire(text, within=within, ending=ending)
    return source_name(credit) if credit else None


def credited_wire(text: str, *, within: int = WIRE_CREDIT_WITHIN, ending: bool = True) -> str | None:
    """The agency a dateline credits, as the text writes it ("Harbour Wire Service", "AP"); see :func:`wire_credit`."""
    for m in re.finditer(r"(?m)^[ \t]*", text[:within]):
        line = DATELINE.match(text, m.end())
        if line and (credit := _CREDIT.search(line.group(0))) and not _spells_out(line.group(0)):
            return credit.group(1).strip()
        if (wider := _CREDIT_LINE.match(text, m.end())) and not _spells_out(wider.group(0)):
            return wider.group(1).strip()
    if ending and (end := _END_CREDIT.search(text[-80:])):
        return end.group(1)
    return None


_END_CREDIT = re.compile(
    r"(?m)^[ \t]*[-–—][ \t]*(Reuters|AP|AFP|UPI|(?:The )?Associated Press|Agence France[- ]Presse|"
    r"United Press International)\.?\s*\Z"
)
"""A wire credited on the article's last line ("- Reuters.")."""


_CLOSES_SENTENCE = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?]\s*$")
"""A cue whose anchor ends its sentence (the speaker after the verb: "said Mary Lopez."), not at an initial or a
title ("Mr.")."""


def _hands_on(text: str, seg: Segment) -> bool:
    """The quotation ends with a comma, "!" or "?" (inside or just after its closing mark): an attribution follows."""
    if seg.open_end:
        return False
    inner_end = text[seg.start : seg.end - 1].rstrip()
    return inner_end.endswith((",", "!", "?")) or text[seg.end : seg.end + 1] == ","


class _Segs:
    def __init__(self, segs: list[Segment], paras: list[tuple[int, int]]) -> None:
        self.segs = segs
        self.starts = [s.start for s in segs]
        self.para_starts = [p[0] for p in paras]
        self.owner: dict[int, int] = {}
        self.cue_ends: list[int] = []
        """Where the cues' attributions end (speaker and verb), in order."""

    def para(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.segs[i].start < pos < self.segs[i].end


def _adjacent(text: str, cue: Cue, ss: _Segs) -> list[int]:
    """Indexes of the segments the cue introduces or closes, by the text between them."""
    lo, hi = cue.anchor
    out = []
    i = bisect.bisect_left(ss.starts, lo) - 1
    while i >= 0 and ss.segs[i].end > lo:
        i -= 1
    if (
        i >= 0
        and GAP_BEFORE.fullmatch(text[ss.segs[i].end : lo])
        and ss.para(ss.segs[i].end - 1) == ss.para(lo)
        and not _inside_sentence_before(text, ss.segs[i], cue, ss)
        and not _show_title(text, ss.segs[i])
        and not _closed_before(text, ss.segs[i], cue, ss)
    ):
        out.append(i)
    j = bisect.bisect_left(ss.starts, hi)
    if _CLOSES_SENTENCE.search(text, lo, hi) and j < len(ss.segs) and _hands_on(text, ss.segs[j]):
        # "A," said Mary Lopez. "B," said Amos Venn: the cue's sentence ends, and B, closed by a comma, is the next
        # cue's; "A," said Lopez. "B." goes on with her words
        return out
    if j < len(ss.segs) and (ss.para(ss.segs[j].start) == ss.para(hi) or _introduces(text, hi, ss, j)):
        gap = text[hi : ss.segs[j].start]
        if (
            (
                GAP_AFTER.fullmatch(gap)
                # "even as Pike claimed on Tuesday that “...,” one of the auditors said ...": the quotation is the
                # clause of the verb before it, when and where it was said between, not the words of the verb after it
                # (only one closed by a comma, which its sentence goes on after; one that ends its sentence stays the
                # reported clause's, not the start of a run of quotations: 'said Tuesday that “...” Asked ...')
                or (_FRAMED_THAT.fullmatch(gap) and _hands_on(text, ss.segs[j]))
                or (
                    words(gap) <= 25
                    and gap.rstrip().endswith(":")
                    and not re.search(r"[.!?]\s", gap)
                    and not words(text[max(hi, cue.sent[1]) : ss.segs[j].start])
                )
                or _addressed_first(text, cue, gap, ss.segs[j])
            )
            and not _show_title(text, ss.segs[j])
        ):
            out.append(j)
    return out


_FRAMED_THAT = re.compile(rf"\s+{_FRAME_BEFORE_THAT.pattern}")
"""The time and place of saying, then "that", between a verb and the quotation it opens ("claimed on Tuesday that")."""


_SET_OFF_GAP = re.compile(r"[^.!?;:\"\u201c\u201d]+,\s*")
ADDRESSEE_WORDS = 8


def _addressed_first(text: str, cue: Cue, gap: str, seg: Segment) -> bool:
    """The words between the cue and the quotation tell to whom, when or where it was said and a comma sets the
    quotation off ('Brenn told his radio audience of Monday, "..."', 'said on Channel 5 on Monday, "..."'): the
    quotation is what was said. The parse must find that the reported words start at the quotation (not 'said the
    plan would fail, "and ..."', whose clause starts before it); a cue read without parsing must be one of telling
    someone, whose object is the one told."""
    if not _SET_OFF_GAP.fullmatch(gap) or words(gap) > ADDRESSEE_WORDS or re.search(r"\bthat\b", gap):
        return False
    if cue.content is not None:
        return cue.content[0] >= seg.start
    if _CLAUSE_SIGN.search(gap):
        return False  # 'told his supporters the plan would fail, "and ..."': a reported clause before the quotation
    return cue.lemma in ADDRESSED or _SAID_WHEN_WHERE.match(gap) is not None


_CLAUSE_SIGN = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|shall|do|does|did|"
    r"he|she|they|we|I|it|there)\b",
    re.I,
)
"""Words of a clause of its own (an auxiliary, a subject pronoun): what comes before the quotation is reported."""
_SAID_WHEN_WHERE = re.compile(r"\s*(?:in|on|at|via|through|during|to|over|after|before|late|early)\b", re.I)


_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019\u00bb)]*\s+")


def _inside_sentence_before(text: str, seg: Segment, cue: Cue, ss: _Segs) -> bool:
    """``seg`` ends a sentence before the cue's and has words of that sentence before it ('X said the violations
    were "serious but fixable." He said ...'): a quotation inside that sentence's own report, not the words the
    next sentence's cue introduces (as ``"Serious but fixable." He said ...`` would be)."""
    if seg.end > cue.sent[0]:
        return False
    lo = ss.para_starts[ss.para(seg.start)]
    before = text[lo : seg.start]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    return words(before[breaks[-1].end() :] if breaks else before) > 0


_FULL_STOP_INSIDE = re.compile(r"[.]\s*(?:''|[\"\u201d])$")
"""A quotation closed by a full stop inside its marks ('... pirates."', "... pirates.''"): a sentence said and done."""


def _closed_before(text: str, seg: Segment, cue: Cue, ss: _Segs) -> bool:
    """``seg`` ends with a full stop before the cue's sentence, someone speaks before it in its paragraph, and the cue
    goes on to words of its own (a reported clause, a colon or a quotation after it): '"A," Holm said. "B." Varga
    said: "C."' and '"B." Varga said both are "dreamers."': B goes on with Holm's words, it is not what Varga says (as
    '"B." Varga said.' would be, or '"B." Varga said it was not over.' with no one before it)."""
    if seg.open_end or seg.end > cue.sent[0] or not _FULL_STOP_INSIDE.search(text, seg.start, seg.end):
        return False
    para_start = ss.para_starts[ss.para(seg.start)]
    k = bisect.bisect_right(ss.cue_ends, seg.start) - 1
    if k < 0 or ss.cue_ends[k] < para_start:
        return False
    hi = cue.anchor[1]
    if cue.content is not None and cue.content[0] >= hi and words(text[cue.content[0] : cue.content[1]]) >= 2:
        return True
    rest = _trim(text, hi, cue.sent[1])
    if cue.content is None and words(text[rest[0] : rest[1]]) >= 3 and not _OCCASION_ONLY.fullmatch(text, *rest):
        return True  # read without the parse: the words after the cue ('said both are "dreamers"')
    j = bisect.bisect_left(ss.starts, hi)
    after = text[hi : ss.segs[j].start] if j < len(ss.segs) else ""
    return j < len(ss.segs) and ss.para(ss.segs[j].start) == ss.para(hi) and re.fullmatch(r"\s*:\s*", after) is not None


_CLOSED_SENTENCE = re.compile(r"[.!?]\s*(?:''|[\"\u201d\u2019])$")


def _ends_own_sentence(text: str, seg: Segment, ss: _Segs) -> bool:
    """``seg`` closes with the end of a sentence and words of that sentence come before it in its paragraph ('adding
    that Quist has "put our soldiers at risk."'): the quotation finishes the writer's sentence, and a quotation after
    it starts anew (not '"We won." "It was close," he said', one speaker's sentences in a row)."""
    if seg.open_end or not _CLOSED_SENTENCE.search(text, seg.start, seg.end):
        return False
    lo = ss.para_starts[ss.para(seg.start)]
    before = text[lo : seg.start]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    return words(before[breaks[-1].end() :] if breaks else before) > 0


def _introduces(text: str, pos: int, ss: _Segs, j: int) -> bool:
    """``He said:`` closing a paragraph whose next paragraph opens with the quote."""
    seg = ss.segs[j]
    p = ss.para(seg.start)
    return ss.para_starts[p] == seg.start and ss.para(pos) == p - 1 and text[pos : seg.start].rstrip().endswith(":")


_NARRATION = re.compile(r"[.!?]\s+[A-Z]")
"""A sentence ending and another beginning between two quoted segments."""
_NEW_SENTENCE = re.compile(r"[a-z]{3,}[.!?]\s+[A-Z][a-z]+\s+[a-z]")
"""A sentence of the outlet's own beginning ("... Association. Kasich resisted"; not "St. Olaf College")."""
NARRATION_WORDS = 6
"""Words of narration between two quoted segments from which they are not one quotation (unless the speaker's
attribution is that narration: '"A," said Ilse Varga, the harbour master. "B."')."""


def _extend_group(
    text: str,
    first: int,
    ss: _Segs,
    owner: int,
    cue_starts: list[int],
    framed: dict[int, set[int]],
    own: tuple[int, int],
) -> list[int]:
    """Grow a claimed segment into the run of unclaimed segments of its paragraph, both ways; a
    segment that another cue introduces or closes is left to that cue, and narration between two segments stops the
    run unless it holds the owner's cue (``own``, its anchor)."""
    group = [first]
    for step in (1, -1):
        k = first + step
        para = ss.para(ss.segs[first].start)
        while (
            0 <= k < len(ss.segs)
            and k not in ss.owner
            and (
                ss.para(ss.segs[k].start) == para
                or _carried_on(text, ss.segs[min(k, k - step)], ss.segs[max(k, k - step)])
            )
            and not framed.get(k, set()) - {owner}
        ):
            para = ss.para(ss.segs[k].start)
            a, b = sorted((ss.segs[k], ss.segs[k - step]), key=lambda s: s.start)
            gap_cues = [c for c in cue_starts if a.end <= c < b.start]
            limit = 40 if step == 1 else 0
            gap = text[a.end : b.start]
            if gap_cues or words(gap) > limit:
                break
            if _NARRATION.search(gap) and words(gap) > NARRATION_WORDS and not a.end <= own[0] < b.start:
                break  # '"has never been done before." It's been done before. People with ... law, "Obamacare,"'
            if a.end <= own[0] < b.start and _NEW_SENTENCE.search(text, own[1], b.start):
                break  # '"A," said Holm, the mayor. Varga objected: "B."': a sentence of narration after the cue's
            if _show_title(text, ss.segs[k]):
                k += step  # '"...," Holm told Channel 5's "Morning Hour"': the programme's name, not his words
                continue
            if step == -1 and _ends_own_sentence(text, ss.segs[k], ss):
                break  # 'adding that Quist has "put our soldiers at risk." "This is serious," Dorn said': two quotations

            group.append(k)
            ss.owner[k] = owner
            k += step
    return sorted(group)


_TITLE_BEFORE = re.compile(
    r"(?:['\u2019]s|\b(?:on|of|told|tells|telling|with)"
    r"|\b(?:book|novel|memoir|biography|film|movie|documentary|album|song|play|musical|poem|essay|podcast|series|show)"
    r"s?,?)\s+$",
    re.I,
)
"""What comes before the title of a programme or work in quotation marks: whose it is ("Channel 5's "Morning Hour"",
"NBC's "Today""), that the words were said on it ("on "Face the Nation"") or to it ("told "Harbour Week"", "in an
interview with "Morning Hour""), the one told, or the kind of work it names ("his new book, "Onward: Notes on a Tired
Republic.""), whose title it is."""


_NAMED_AS_TITLE = re.compile(r"\b(?:entitled|titled|headlined)[\s,:]*$", re.I)
"""A work's title follows ("the editorial, entitled "..."", "a report titled "...""): no one's words."""


def _show_title(text: str, seg: Segment) -> bool:
    """The quoted segment is the title of a programme or work named in the narration, no one's words: title case with
    no sentence punctuation (one word will do: "Today"), after an owner or "on" (:data:`_TITLE_BEFORE`)."""
    if seg.open_end:
        return False
    inner = text[seg.start + 1 : seg.end - 1].rstrip(".,")  # 'said on "Face the Nation."'
    one_word = re.fullmatch(r"[A-Z][\w'\u2019-]*", inner) is not None
    return (one_word or _title_case(inner)) and _TITLE_BEFORE.search(
        text, max(0, seg.start - 12), seg.start
    ) is not None


_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'\u2019 -]*:")
"""A transcript's speaker label opening a quoted paragraph ("WALLACE: ..."): a new voice, not the last one going on."""


def _carried_on(text: str, seg: Segment, nxt: Segment) -> bool:
    """``nxt`` opens the next paragraph and goes on with ``seg``, left open at its paragraph's end: one quotation
    across the break, as newspapers write a long one ("...of results.¶"Those should come in ..."), with the same
    opening mark (a curly one after a straight one is a quotation inside a quoted excerpt). Only a quotation of
    whole sentences goes on so: one that opens in lower case is a phrase inside the writer's sentence, left open by
    a slip ('is “really an amorphous position to have.¶“What we do ...').
    """
    first = re.search(r"[^\W\d_]", text[seg.start : seg.end])
    return (
        continued(text, seg, nxt)
        and text[seg.start] == text[nxt.start]
        and first is not None
        and first.group(0).isupper()
        and not _SPEAKER_LABEL.match(text, nxt.start + 1)
        and not page_chrome(text, nxt)
    )


def page_chrome(text: str, seg: Segment) -> bool:
    """The quoted paragraph is the page's own line, no one's words: a call to follow or share ('"Follow Pam Key on
    Twitter @pamkey."' at the end of a transcript whose paragraphs each open a quotation that the last one closes)."""
    from ..clean.lines import chrome_reason, split_lines

    lines = split_lines(text[seg.start : seg.end].strip("\"“”'‘’ \n"))
    return len(lines) == 1 and chrome_reason(lines[0]) in PAGE_LINES


PAGE_LINES = {"web chrome phrase", "share buttons or social link", "button or link label"}
"""The kinds of chrome line (:func:`~storyline.clean.lines.chrome_reason`) that no speaker says."""


def _direct(
    text: str,
    cue: Cue,
    group: list[int],
    ss: _Segs,
    others: list[int] | None = None,
    heads: dict[int, int] | None = None,
) -> RawQuote:
    """The quote of ``cue``'s quotations ``group``; ``others`` holds where the other cues' verbs start, ``heads`` where
    the attribution of each (its speaker's mention, or its verb) starts, by the verb's start."""
    segs = [ss.segs[k] for k in group]
    s, e = segs[0].start, segs[-1].end
    # a quote that starts or ends mid-sentence: the reported clause is the whole sentence part
    sent_s, sent_e = cue.sent
    if (
        sent_s < s
        and words(text[sent_s:s]) >= 2
        and cue.anchor[0] > s
        and not _ENDS_SENTENCE.search(text[sent_s:s])
        and not _set_off(text, sent_s, s, segs[0].end)
        and not any(sent_s <= c < s for c in others or ())
    ):
        s = _trim(text, sent_s, s)[0]
    # a later report of the sentence ends the words at its speaker's mention ('"..." was paid, the ministry said'), or
    # at its verb when the mention comes before the quotation
    tail = sent_e
    for c in others or ():
        if e <= c < sent_e:
            head = (heads or {}).get(c, c)
            tail = min(tail, head if head >= e else c)
    if cue.clause_end is not None:
        tail = min(tail, max(e, cue.clause_end))  # 'After X said "..." at noon, the council voted': not its words
    cut = tail < sent_e  # a later report, or the main clause after the cue's own, follows the quotation
    if tail < sent_e and (joint := _JOINT.search(text, e, tail)) is not None:
        # not into another report: 'declared "What a day!" and said that ...', '"of course" X is fit -- having
        # suggested ...'
        tail = joint.start()
    if (told := _TOLD_AROUND.search(text, e, tail)) is not None:
        tail = told.start()  # 'said "no ransom" was paid, after reports that ...': the outlet's circumstance
    if (
        e < tail
        and cue.anchor[1] < s
        and words(text[e:tail]) >= 3
        and not _PARTICIPLE_AFTER.match(text, e)
        and not _set_off(text, cue.anchor[1], s, e)
        and not (cut and _hands_on(text, segs[-1]))  # '“...,” one of the prosecutors said'
    ):
        e = _trim(text, e, tail)[1]
    parts = [(g.start, g.end) for g in segs]
    return RawQuote("direct", (s, e), cue, parts)


_TOLD_AROUND = re.compile(r",\s+(?:after|before|amid|despite|following)\b", re.I)
"""A comma and what opens the writer's circumstance of a report (", after reports that ...", ", before slamming
..."): the reported clause a quotation finishes ends before it."""


_SET_OFF_MARK = re.compile(r"[,:]\s*(?:''|``|[\"\u201c])\W*[A-Z]")
_CLOSED_BY_PUNCT = re.compile(r"[.,!?]\s*(?:''|[\"\u201d])$")


def _set_off(text: str, lo: int, s: int, e: int) -> bool:
    """The quotation ``s``..``e`` is a whole sentence set off from the words before it by a colon or comma, opening
    with a capital and closed by its own punctuation ('Holm said: "We have ...," but in fact ...', 'weighed in, telling
    Mic, "But gosh, ...," he said'): the words around it are the outlet's, not a sentence part the quotation finishes
    (as in 'said, "Rubio is in a battle with Cruz" for second place')."""
    m = _SET_OFF_MARK.search(text, max(lo, s - 3), s + 4)
    return m is not None and lo <= m.start() < s and _CLOSED_BY_PUNCT.search(text, s, e) is not None


_JOINT = re.compile(r"\s+(?:--|\u2014|\u2013)\s+|\s*\u2014|[,;]?\s+(?:and|but)\s+")
"""Where a clause joins the next one (a dash, "and", "but")."""
_PARTICIPLE_AFTER = re.compile(r"\s*,\s*[a-z]+ing\b|(?:(?<=,[\"\u201d])|(?<=, [\"\u201d]))\s*[a-z]+ing\b")
"""A participle set off after a quotation ('shout, "He has a gun," *sending her* into a shop', its comma before the
closing mark or after it): what the words did, told by the outlet, no part of them."""


_QUOTATION_THEN_PARTICIPLE = re.compile(r"(?<=,)\s?[\"\u201d](?=\s*[a-z]+ing\b)|[\"\u201d](?=\s*,\s*[a-z]+ing\b)")
"""A closing quotation mark and a participle after it: where a quotation inside a report ends and narration begins."""


_SET_OFF = re.compile(r"(?:[,;:\u2014\u2013\"'\u201d\u2019]|,\s+as)\s*$")
"""What ends the words before a speaker when they are what the speaker said: a comma, dash or closing quote
(", as police have said")."""


_AS_ASIDE = re.compile(r",\s+as$")
"""The "as" of an aside after the words ("..., as police have said"), no part of them."""
_FRAMES_A_CLAUSE = re.compile(
    r"\b(?:whether|if)\b|(?:\bnot|n['\u2019]t|\bnever)\s+(?:\w+\s+){1,2}(?:that|how|why)\b"
    r"|\bit\s+(?:is|was|would\s+be|seems|remains)\s+(?:\w+\s+){1,2}?(?:to|that|whether)\b",
    re.I,
)
"""The words before such an aside hold a clause inside the writer's own ("does not show *whether* ...", "did not
prove that ...", "it is premature to assume ..."): the aside attaches to one of the two, and the writer's frame is not
the speaker's, so neither is given to the speaker (police who said Menn held a knife did not say the video "does not
show" it)."""


_JOINED_BEFORE = re.compile(r"[\s,;]+(?:and|but|or|while|whereas)\s*$", re.I)
"""The conjunction that joins a reported clause to the next cue's sentence part."""


_SAID_OF = re.compile(r"(?:of|about)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z]")
"""What follows "said" when it names whom the words were about ("''...'' Mr. Lasz said *of Ms. Dorn*."): no words
of the speaker's own (not "accused of selling ...", a charge)."""


OCCASION_VERBS = frozenset({"testify"})
"""Speech verbs whose bare complement is an appearance, not reported words ("will testify before the committee"). Not
"responded to the claim that ...", "commented on his death": PolNeAR marks what follows those as the content."""
BARE_ACTS = frozenset({"concede"})
"""Cues that, with no clause of their own, tell an act, not words: "Vuletic conceded in the evening", "who has yet to
concede, behaved ...", "reports that the mayor had conceded were false" (he yielded the race; nothing said)."""
_WORDS_AFTER_ACT = re.compile(r"\bthat\b|[\"\u201c\u201d]")
"""What, after such a cue, still brings the words: a reported clause's "that" or a quotation ("conceded on Monday
that the count was fair")."""


_OCCASION = re.compile(r"(?:before|at|in|to|for|against|during|under|on\s+behalf)\b", re.I)
"""A preposition opening what follows such a verb: where, for or against whom the speaker appears."""


_OCCASION_ONLY = re.compile(
    r"(?:in|on|at|via|through|during|over|from)\s+(?:an?|the|his|her|its|their|this|[A-Z][\w.-]*['\u2019]s?)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?i:statements?|interviews?|briefings?|conferences?|releases?|posts?|tweets?|e-?mails?|"
    r"letters?|speech(?:es)?|videos?|messages?|calls?|appearances?|broadcasts?|hearings?|rally|rallies|podcasts?|remarks|"
    r"reports?|filings?)"
    r"(?:,?\s+(?:[a-z]+ed|given|made|sent|written|on|at|in|by|from|to|with|after|before|during|late|early)"
    r"(?:\s+(?!(?:that|is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|does|did)\b)[\w'\u2019.-]+){1,5})?"
)
"""What follows the cue is only where or how it was said, no words ("said in a statement released by the team",
"told reporters at a briefing on Monday"): the words are elsewhere (a quotation before, the clause before it). Not
a phrase that goes on into a clause ("at a rally in Dorn the club *was* finished", "in an interview *that* ...")."""


_REPLY_AFTER = re.compile(r",?\s+(?:to|in\s+reply\s+to)\s+which\b")
"""A relative clause that brings in the answer to what was asked or said ("asked when he had last spoken with her,
*to which* Osgood replied: ..."): the words before it are the cue's, the reply another speaker's."""
_TIME_THEN_ASIDE = re.compile(
    r"(?:(?:early|late|earlier|later)\s+)?(?:(?:on|last|this)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s*"
    r"(?:after|amid|following|during|before|as|while|since|despite|when)\b(?![^.;]*\bthat\s)"
)
"""Only the time of saying after a cue, then a comma and a clause of the outlet's own ("said on Monday, after a stormy
five months during which ..."): the words said are the clause set off before the speaker, not the background after
(no "that" clause follows: "said on Monday, after a long pause, that ..." has its words after the cue)."""


def _indirect(text: str, cue: Cue, later: list[int], going_on: list[int] | None = None) -> RawQuote | None:
    """The reported clause of ``cue``; ``later`` holds where the cues after it in the text start, ``going_on`` where
    the later cues of the same speaker start (:func:`_same_voice`), which end the clause even inside the parse's."""
    if cue.lemma in QUOTATION_ONLY:
        return None
    if cue.speaker is None and text[cue.end : cue.end + 1] == ":" and (cue.start == 0 or text[cue.start - 1] == "\n"):
        return None  # "Note: This article was updated ...": a notice's label, no one reporting
    lo, hi = cue.anchor
    ss, se = cue.sent
    span: tuple[int, int] | None = None
    if cue.content and words(text[cue.content[0] : cue.content[1]]) >= 2:
        cs, ce = cue.content
        if cs >= hi:  # reported clause after the cue: it runs to the end of the sentence, or the next cue
            nxt = next((a for a in later if ce <= a < se), se)
            ce = max(ce, nxt)
            own = [a for a in going_on or () if cs < a < ce and words(text[cs:a]) >= 2]
            if own:  # "argued that a toll would pay, saying it ...": the same speaker's next report
                nxt = ce = min(own)
            if nxt < se and (joined := _JOINED_BEFORE.search(text, cs, ce)) is not None:
                ce = joined.start()  # "..., and one, Vesterby Transit, said": the next report's, not this one's
            if cue.clause_end is not None:
                ce = min(ce, cue.clause_end)  # "X, who denied the charge, showed no reaction": not the main clause
        span = _trim(text, cs, ce)
    else:
        right, left = _trim(text, hi, se), _trim(text, ss, lo)
        set_off = words(text[left[0] : left[1]]) >= 3 and _SET_OFF.search(text, ss, lo)
        if cue.lemma in OCCASION_VERBS and _OCCASION.match(text, *right):
            return None  # "will testify before the committee on 21 May": where, not what
        if set_off and cue.lemma == "according":
            span = left  # "A spy unit paid the Taliban, according to an assessment, people familiar with it said"
        elif (
            cue.lemma in ("say", "add", "write")
            and _SAID_OF.match(text, right[0])
            and not DOUBLE_MARK.search(text, right[0], right[1])
        ):
            return None  # "''...'' Mr. Lasz said of Ms. Dorn.": whom the quotation before is about (not 'said of
            # Pelosi, "I gather she ..."', whose quotation comes after)
        elif set_off and _TIME_THEN_ASIDE.match(text, *right) and not put_to_speaker(text, left[0]):
            span = left  # "X has resigned, an official said on Monday, after a stormy five months ...": what he said
            # is the clause before him; the one after the time of saying is the outlet's telling of the background
        elif (
            words(text[right[0] : right[1]]) >= 3
            and not _OCCASION_ONLY.fullmatch(text, *right)
            and not (cue.lemma in BARE_ACTS and not _WORDS_AFTER_ACT.search(text, *right))
        ):
            span = right
        elif set_off and not put_to_speaker(text, left[0]):
            span = left  # "..., officials said." (not "... and Marie Yovanovitch is testifying next Friday")
            aside = _AS_ASIDE.search(text, *left)
            if aside is not None:
                if _FRAMES_A_CLAUSE.search(text, left[0], aside.start()):
                    return None  # "It does not show whether Menn held a knife, as police have said": not police's
                span = _trim(text, left[0], aside.start())  # "Menn held a knife, as police have said": no ", as"
    if span is not None:
        dateline = DATELINE.match(text, span[0], span[1])
        if dateline:
            span = (dateline.end(), span[1])
    if span is not None and span[0] >= hi:
        # "said in a statement that ...", "told reporters on Monday that ...": the clause starts after "that"
        frame = (_ADDRESSEE_BEFORE_THAT if cue.lemma in _TELL else _FRAME_BEFORE_THAT).match(text, span[0], span[1])
        if _OPENS_WITH_THAT.match(text, span[0]):
            frame = None
        if frame and _SECOND_THAT.search(text, frame.start(), frame.end()):
            # "X said inspectors had warned about cracks *and that* the company had promised repairs": the clause
            # after "and that" is the second of two that someone else reports, not what this cue's subject said
            return None
        if frame:
            span = (frame.end(), span[1])
        elif not cue.content and (label := _FRAME_BEFORE_COLON.match(text, span[0], span[1])) is not None:
            span = (label.end(), span[1])  # "commented on Varn in a briefing: We are glad ...": what follows the colon
    if span is not None and span[0] >= hi and (reply := _REPLY_AFTER.search(text, span[0], span[1])) is not None:
        span = _trim(text, span[0], reply.start())  # "asked when ..., to which Osgood replied: ...": his, not hers
    if span is not None and span[0] >= hi:
        # a sentence the splitter missed ("after 7 p.m. "The captain..."): the clause ends before the quote
        cut = _NEW_QUOTED_SENTENCE.search(text, span[0], span[1])
        if cut:
            span = _trim(text, span[0], cut.start() + 1)
    if span is not None and span[0] >= hi:
        # 'said she heard a man shout, "He has a gun," sending her into a shop': the words end with the quotation;
        # what it set off is the outlet's telling
        closing = [
            m.end()
            for m in _QUOTATION_THEN_PARTICIPLE.finditer(text, span[0], span[1])
            if m.group(0).strip() == "\u201d" or text.count('"', span[0], m.end()) % 2 == 0
        ]
        if closing:
            span = (span[0], closing[0])
    if span is None or span[1] <= span[0]:
        return None
    if is_belief(cue.lemma) and cue.speaker is None:
        return None
    if span[0] >= hi and _AMOUNT_SAID.match(text, span[0], span[1]):
        return None  # "said little about how", "said nothing of the plan": how much was said, no words of it
    if span[0] >= hi and _ONLY_THAT.fullmatch(text, span[0], span[1]):
        return None  # "the recording, reported by the Ledger on Sunday, that ...": the outer verb's "that", no words
    return RawQuote("indirect", span, cue, [])


_ONLY_THAT = re.compile(r"(?:[^\s,;:.!?\"\u201c]+\s+){0,3}[^\s,;:.!?\"\u201c]*,?\s*that")
"""A reported clause that is only a time or place and "that" (the clause itself cut off by another cue's words)."""


_AMOUNT_SAID = re.compile(
    r"(?i:(?:nothing|little|something|anything)(?:\s+(?:more|else|new|further))?(?=\s*(?:$|[,.;:]|\s(?:about|of|on|"
    r"regarding|to|publicly|yet|so\s+far)\b))|(?:much|more|less|a\s+lot|plenty|everything)(?=\s*(?:$|[,.;:]|\s(?:about|"
    r"on|regarding|to|publicly|yet)\b))|(?:much\s+)?the\s+same(?:\s+thing)?(?=\s*(?:$|[,.;:]|\s(?:about|of|on|to)\b)))"
)
"""What follows a cue when it tells how much was said, or that it was said before ("said little about how", "said
nothing of the plan", "said much the same"), no words of the speaker's; not the subject of the words ("said nothing
was wrong", "said more than 100 people died", "said much of the money was lost")."""


def interrupted(text: str, q: RawQuote, speaker: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The pieces of a reported clause that its own attribution interrupts ("The good news for Quist, Lars Wollen
    said, is that ..."): the words before the speaker and cue and those after them, the attribution left out (a
    reader takes the clause as the speaker's, not "Lars Wollen said" with it); [] when the attribution is not inside
    the clause or a piece has fewer than two words (', Wollen said on Tuesday': the time of saying, no words)."""
    if q.kind != "indirect" or q.parts or q.cue is None:
        return []
    lo, hi = q.cue.anchor
    if speaker is not None:
        lo, hi = min(lo, speaker[0]), max(hi, speaker[1])
    s, e = q.content
    if not (s < lo and hi < e):
        return []
    pieces = [_trim(text, s, lo), _trim(text, hi, e)]
    if any(words(text[a:b]) < 2 for a, b in pieces):
        return []
    return pieces


def attributions(text: str, segs: list[Segment], paras: list[tuple[int, int]], cues: list[Cue]) -> list[RawQuote]:
    """Direct and indirect quotes of one text; an interview's answers (:func:`interview_answers`) are quotes of the
    interviewee, and what their own words report is theirs (no quote inside them)."""
    answers = interview_answers(text, paras)
    if answers:
        quotes = _attributions(text, segs, paras, cues)
        inside = [q for q in quotes if any(a.content[0] <= q.content[0] < a.content[1] for a in answers)]
        return sorted(answers + [q for q in quotes if q not in inside], key=lambda q: q.content)
    # the lines of a transcript go with the others: which are a person's is told with the names (speakers)
    return sorted(transcript_turns(text, paras) + _attributions(text, segs, paras, cues), key=lambda q: q.content)


_TURN_LABEL = re.compile(
    r"(?P<label>[QA]|Question|Answer"
    r"|(?:[A-Z][\w'\u2019.-]*|van|von|der|den|de|la|le|du|da|di|bin|ibn|al|el)"
    r"(?:[^\S\n](?:[A-Z][\w'\u2019.-]*|van|von|der|den|de|la|le|du|da|di|bin|ibn|al|el)){0,3})"
    r"(?P<colon>[:.])[^\S\n]+(?=\S)"
)
"""A turn of an interview printed as a transcript: a label and a colon opening the paragraph ("Q: ...", "A. ...",
"AviationWatch: ...", "Van der Berg: ..."); a full stop closes only the one-letter labels Q and A."""
MIN_TURNS = 2
"""Questions and answers an interview has at least of each: a paragraph or two opening with "Name:" is no Q&A."""


def _turn(text: str, lo: int, hi: int) -> re.Match[str] | None:
    m = _TURN_LABEL.match(text, lo, hi)
    if m is None or len(m.group("label")) > 40:
        return None
    label = m.group("label")
    if m.group("colon") == "." and label not in ("Q", "A"):
        return None
    if label not in ("Q", "A", "Question", "Answer") and not _named_label(label):
        return None
    return m


def interview_answers(text: str, paras: list[tuple[int, int]]) -> list[RawQuote]:
    """The answers of an interview printed as questions and answers, each a direct quote of its speaker.

    A Q&A article gives its turns as paragraphs opening with a label and a colon: "Q:" / "A:", or the interviewer's
    (or the outlet's) name and the interviewee's. The answers are the interviewee's words with no quotation mark;
    read as the outlet's sentences they would pass for its own reporting. A label asks when most of its turns end
    with a question mark (or it is "Q"/"Question"); the other labels answer ("A" or "Answer": the interviewee the
    introduction names, resolved with the speakers; a name: that person). An interview has at least
    :data:`MIN_TURNS` questions and as many answers, a question before an answer. An answer runs on over the
    paragraphs with no label after it, up to the next turn (not past the last turn: what follows may be the
    outlet's again). The cue is the label's colon; the speaker span the label (none for "A")."""
    turns = [(i, m) for i, (lo, hi) in enumerate(paras) if (m := _turn(text, lo, hi)) is not None]
    if len(turns) < 2 * MIN_TURNS:
        return []
    by_label: dict[str, list[int]] = {}
    for i, m in turns:
        by_label.setdefault(m.group("label").lower(), []).append(i)
    asks = set()
    for name, idx in by_label.items():
        questions = sum(text[paras[i][0] : paras[i][1]].rstrip().endswith("?") for i in idx)
        if name in ("q", "question") or (name not in ("a", "answer") and 2 * questions > len(idx)):
            asks.add(name)
    asked = [i for i, m in turns if m.group("label").lower() in asks]
    answered = [(i, m) for i, m in turns if m.group("label").lower() not in asks]
    if len(asked) < MIN_TURNS or len(answered) < MIN_TURNS or not asks or min(asked) > min(i for i, _ in answered):
        return []
    turn_at = {i for i, _ in turns}
    out: list[RawQuote] = []
    for i, m in answered:
        last = i
        while last + 1 < len(paras) and last + 1 not in turn_at and any(t > last + 1 for t in turn_at):
            last += 1
        parts = [(m.end(), paras[i][1])] + [paras[k] for k in range(i + 1, last + 1)]
        label = m.span("label")
        colon = m.span("colon")
        named = m.group("label") not in ("A", "Answer")
        sp = label if named else None
        head = m.group("label").split()[-1] if named else ""
        cue = Cue(colon[0], colon[1], ":", sp, sp, head, None, (paras[i][0], parts[-1][1]), frame=True)
        out.append(RawQuote("direct", (parts[0][0], parts[-1][1]), cue, parts, answer=True))
    return out


_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]*|van|von|der|den|de|la|le|du|da|di|bin|ibn|al|el)"
_TRANSCRIPT_LABEL = re.compile(
    r"[\"\u201c]?(?P<label>[A-Z][\w'\u2019.-]*(?:[^\S\n]" + _NAME_WORD + r"){0,4})"
    r"(?P<colon>:)[^\S\n]+(?=[\"\u201c\u2018'(]?[A-Z])"
)
"""A line of a transcript (a floor debate, a hearing, a broadcast): a paragraph that opens with a speaker's label, a
person's name, a role and a name or a surname in capitals, and a colon, then the words ("Mirela Dostal: This law
shames every one of us.", "Speaker Anton Reif: Order.", '"WALLACE: Let's start ...'), perhaps inside an opening mark."""


def transcript_turns(text: str, paras: list[tuple[int, int]]) -> list[RawQuote]:
    """The lines of a transcript printed without quotation marks, each a direct quote of its label, the cue its colon.

    Only labels of capitalised words that are no heading or notice ("Note:", "Editor's note:", "What happens next:",
    "Read more:"), no pronoun nor possessive; a colon in a sentence ("He had one demand: resign.") or in a time
    ("10:45") is none. At least :data:`MIN_TURNS` such lines; the speakers keep only those whose label names a
    person of the article (:func:`~storyline.extract.speakers.resolve_speakers`)."""
    labels: dict[int, re.Match[str]] = {}
    for i, (lo, hi) in enumerate(paras):
        m = _TRANSCRIPT_LABEL.match(text, lo, hi)
        if m and len(m.group("label")) <= 40 and _named_label(m.group("label"), most=5) and words(text[m.end() : hi]):
            labels[i] = m
    if len(labels) < MIN_TURNS:
        return []
    out: list[RawQuote] = []
    for i, m in labels.items():
        # a line printed inside a quotation mark runs on over the paragraphs that open with the mark again and have
        # no label, up to the next line (not past the last, nor into a stage note: "(CROSSTALK)"); the outlet's
        # own paragraphs open with no mark
        last, mark = i, text[paras[i][0]]
        while (
            mark in '"\u201c'
            and last + 1 < len(paras)
            and last + 1 not in labels
            and any(k > last + 1 for k in labels)
            and text[paras[last + 1][0]] == mark
            and not _STAGE_NOTE.fullmatch(text, *paras[last + 1])
        ):
            last += 1
        parts = [(m.end(), paras[i][1])] + [paras[k] for k in range(i + 1, last + 1)]
        label, colon = m.span("label"), m.span("colon")
        head = m.group("label").split()[-1]
        cue = Cue(colon[0], colon[1], ":", label, label, head, None, (paras[i][0], parts[-1][1]), frame=True)
        out.append(RawQuote("direct", (parts[0][0], parts[-1][1]), cue, parts, turn=True))
    return out


_STAGE_NOTE = re.compile(r"[\"\u201c]?\s*[(\[][^\n]*[)\]][.\s\"\u201d]*")
"""A paragraph that is only a note in brackets ("(CROSSTALK.)", "[Applause]")."""


def _attributions(text: str, segs: list[Segment], paras: list[tuple[int, int]], cues: list[Cue]) -> list[RawQuote]:
    ss = _Segs(segs, paras)
    frames = [c for c in cues if c.frame]
    cues = [c for c in sorted(cues, key=lambda c: c.start) if not ss.inside(c.start) and not c.frame]
    cue_starts = [c.start for c in cues]
    heads = {c.start: c.anchor[0] for c in cues}
    out: list[RawQuote] = []
    used: list[tuple[int, int]] = []
    ss.cue_ends = sorted(c.anchor[1] for c in cues)
    adjacent = _nearest([_adjacent(text, cue, ss) for cue in cues], cues, ss)
    framed: dict[int, set[int]] = {}
    for ci, ks in enumerate(adjacent):
        for k in ks:
            framed.setdefault(k, set()).add(ci)
    for f in frames:  # "what he called "a tax on the poor." "The levy stays," Brekke said": the first is his
        for k, seg in enumerate(ss.segs):
            if f.content and f.content[0] < seg.end and seg.start < f.content[1]:
                framed.setdefault(k, set()).add(-2)
    for ci, cue in enumerate(cues):
        if any(a <= cue.start < b for a, b in used):
            continue
        adj = [k for k in adjacent[ci] if k not in ss.owner]
        if not adj:
            continue
        for k in adj:
            ss.owner[k] = ci
        others = [c for c in cue_starts if c != cue.start]
        group = sorted({g for k in adj for g in _extend_group(text, k, ss, ci, others, framed, cue.anchor)})
        q = _direct(text, cue, group, ss, others, heads)
        out.append(q)
        used.append((min(q.content[0], cue.anchor[0]), max(q.content[1], cue.anchor[1])))
    # where later reports start: the speaker's mention, or the verb when the mention comes earlier ('X admitted that
    # ..., but said ...')
    anchors = sorted({*(c.anchor[0] for c in cues), *(c.start for c in cues)})
    quoting = {id(q) for q in out}  # the quotes of quotations (direct, or a report quoting a phrase: :func:`_direct`)
    for cue in cues:
        if any(a <= cue.start < b for a, b in used):
            continue
        q2 = _indirect(text, cue, sorted([*anchors, *_described_by(cue, cues)]), _same_voice(text, cue, cues))
        if q2 is not None and not any(
            q2.content[0] <= d.content[0] and d.content[1] <= q2.content[1]
            for d in out
            if d.kind == "direct" or id(d) in quoting
        ):
            # (a clause that holds a quotation already attributed is that quote's frame)
            out.append(_whole_quotation(text, _absorb(q2, ss), ss))
    out.extend(_free_segments(text, ss, frames))
    return _drop_nested(out)


_JOINED_VERB = re.compile(r"(?:,|\band|\bbut|\u2014|--)\s+(?:[a-z]+ly\s+|then\s+|also\s+)?$")
"""What joins a second verb to the clause before it (", saying", "and vowed", "but warning", "and then said"); not
"accused them of asking", whose participle is the object of the first verb."""


def _same_voice(text: str, cue: Cue, cues: list[Cue]) -> list[int]:
    """Where the later cues of the sentence start whose speaker comes before ``cue``'s reported clause and whose verb
    is joined to that clause (the same speaker going on: "X said that A and vowed to B", "argued that A, saying B"): a
    report of its own, however the parse hung it inside the clause."""
    lo, hi = cue.anchor
    return [
        c.start
        for c in cues
        if c is not cue
        and hi < c.start < cue.sent[1]
        and c.speaker_full is not None
        and c.anchor[0] < hi
        and _JOINED_VERB.search(text, max(hi, c.start - 12), c.start) is not None
    ]


def _described_by(cue: Cue, cues: list[Cue]) -> list[int]:
    """Where the verbs of the cues whose speaker phrase holds ``cue`` start: a clause describing the speaker ("The
    engineer who warned that the dam was unsafe said ..."), whose own report ends where that speaker's verb starts."""
    return [c.start for c in cues if c.speaker_full and c.speaker_full[0] <= cue.start < c.speaker_full[1] <= c.start]


def _nearest(adjacent: list[list[int]], cues: list[Cue], ss: _Segs) -> list[list[int]]:
    """A quotation that two cues before it could introduce belongs to the nearer one ("Hemmer asked when he had
    last spoken with the president, to which McConnell replied: “I don't believe ...”": McConnell's words)."""
    out = []
    for ci, ks in enumerate(adjacent):
        lo = cues[ci].anchor[1]
        out.append(
            [
                k
                for k in ks
                if not any(
                    k in adjacent[cj] and lo <= cues[cj].anchor[0] and cues[cj].anchor[1] <= ss.segs[k].start
                    for cj in range(len(cues))
                    if cj != ci
                )
            ]
        )
    return out


def _whole_quotation(text: str, q: RawQuote, ss: _Segs) -> RawQuote:
    """A reported clause that is one quotation from its opening mark to its closing one (a quotation nested at its
    end too: '\'\'... with 'We'll win,'\'\'\'') is a direct quote of those words."""
    s, e = q.content
    i = bisect.bisect_right(ss.starts, s) - 1
    if i < 0 or ss.segs[i].start != s or ss.segs[i].open_end:
        return q
    seg = ss.segs[i]
    if not (seg.end - 1 <= e <= seg.end or not text[seg.end : e].strip(".,;:!?\"'\u201d\u2019 ")):
        return q
    return RawQuote("direct", (s, max(e, seg.end)), q.cue, [(seg.start, seg.end)])


def _absorb(q: RawQuote, ss: _Segs) -> RawQuote:
    """A reported clause that cuts into free quoted segments takes them whole (``"A" if B, X said``)."""
    s, e = q.content
    i = max(0, bisect.bisect_right(ss.starts, s) - 1)
    parts = []
    while i < len(ss.segs) and ss.segs[i].start < e:
        seg = ss.segs[i]
        if seg.end > s and i not in ss.owner and not seg.open_end:
            ss.owner[i] = -1
            s, e = min(s, seg.start), max(e, seg.end)
            parts.append((seg.start, seg.end))
        i += 1
    return RawQuote(q.kind, (s, e), q.cue, parts) if parts else q


def _free_segments(text: str, ss: _Segs, frames: list[Cue]) -> list[RawQuote]:
    """Quoted segments with no cue beside them: kept when they read like speech, not a title."""
    out: list[RawQuote] = []
    governed = {c.content: c for c in frames if c.content}
    for k, seg in enumerate(ss.segs):
        if k in ss.owner:
            continue
        run = [k]  # a quotation going on over paragraphs, each left open but the last: one quote
        while run[-1] + 1 < len(ss.segs) and run[-1] + 1 not in ss.owner:
            if not _carried_on(text, ss.segs[run[-1]], ss.segs[run[-1] + 1]):
                break
            run.append(run[-1] + 1)
        if len(run) > 1:
            for j in run:
                ss.owner[j] = -1
            parts = [(ss.segs[j].start, ss.segs[j].end) for j in run]
            out.append(RawQuote("direct", (seg.start, ss.segs[run[-1]].end), None, parts))
            continue
        if _show_title(text, seg):
            continue  # 'Speaking Sunday on Channel 5's "Harbour Week," Holm admitted ...': a programme's name
        called = _partial_quote(text, ss, k, frames)
        if called is not None:
            out.append(called)
            continue
        inner = text[seg.start + 1 : seg.end - (0 if seg.open_end else 1)]
        n = words(inner)
        para_start = ss.para_starts[ss.para(seg.start)] == seg.start
        sent_start = para_start or bool(SENT_END.search(text, max(0, seg.start - 3), seg.start))
        frame = _frame(text, seg, ss.para_starts[ss.para(seg.start)])
        if frame is None and n >= MIN_NAMED_WORDS:
            frame = next((c for (a, b), c in governed.items() if a < seg.end and seg.start < b), None)
            if frame is not None and n < MIN_FRAMED_WORDS and not NAMING_VERBS.fullmatch(frame.lemma):
                frame = None
        if frame is None and _NAMED_AS_TITLE.search(text, max(0, seg.start - 16), seg.start):
            continue  # 'the editorial, entitled "Mr. Heller Is Not a Brave Truth-Teller,"': its title
        if frame is None and _title_case(inner):
            continue  # "'Kettle The Brave' star Jonah Pell": a work's title, no one's words
        if frame is None and para_start and page_chrome(text, seg):
            continue
        if (
            frame
            or (sent_start and n >= MIN_FREE_WORDS)
            or (para_start and n >= 3)
            or (seg.style == "double" and n >= 8)
        ):
            # a frame whose subject cannot speak ("The danger led ... “in a record six days.”"): nobody's cue
            cue = frame if frame is None or frame.speaker is not None else None
            out.append(RawQuote("direct", (seg.start, seg.end), cue, [(seg.start, seg.end)]))
    return out


_LISTED = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:and|or)[^\S\n]+)?(?:(?:a|an|the)[^\S\n]+)?")
"""Between two quotations of one list: a comma, "and", "or", an article."""


_SO_CALLED = re.compile(r"\bso[- ]called[^\S\n]*$", re.I)


def _partial_quote(text: str, ss: _Segs, k: int, frames: list[Cue]) -> RawQuote | None:
    """The quote of segment ``k`` when a speaker calls something by it (:attr:`Cue.partial`: "called the proposal
    "reckless"", 'called the senator a "nasty guy," an "anchor baby"'), however few its words: a partial quotation,
    what outlets most often twist. One quote a frame: what is called and its quoted pieces (the ``parts``), all
    that frame's segments taken; none when a short piece is written as a name ("call the quay "Old Rusty"")."""
    seg = ss.segs[k]
    frame = next((f for f in frames if f.partial and f.content and f.content[0] <= seg.start < f.content[1]), None)
    if frame is None or frame.speaker is None or frame.content is None:
        return None
    ks = [j for j, sg in enumerate(ss.segs) if j not in ss.owner and frame.content[0] <= sg.start < frame.content[1]]
    while ks[-1] + 1 < len(ss.segs) and ks[-1] + 1 not in ss.owner:
        nxt = ss.segs[ks[-1] + 1]
        if not _LISTED.fullmatch(text, ss.segs[ks[-1]].end, nxt.start):
            break
        ks.append(ks[-1] + 1)  # 'a "nasty guy," an "anchor baby," "unstable" and "sick."': one list of names
    for j in ks:
        inner = text[ss.segs[j].start + 1 : ss.segs[j].end - 1]
        if words(inner) < MIN_NAMED_WORDS and any(w[:1].isupper() for w in inner.split()):
            return None
        if _SO_CALLED.search(text, max(0, ss.segs[j].start - 12), ss.segs[j].start):
            return None  # 'called it the so-called "harbour levy"': the writer's distance, no one's words
    for j in ks:
        ss.owner[j] = -1
    parts = [(ss.segs[j].start, ss.segs[j].end) for j in ks]
    return RawQuote("direct", (frame.content[0], max(frame.content[1], parts[-1][1])), frame, parts)


_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from"}
)
_TITLE_WORD = re.compile(r"[\w'’&:-]+")


def _title_case(inner: str) -> bool:
    """Quoted words written as a title, every word but the small ones capitalised and no sentence's punctuation
    ("Kettle The Brave", "The Lantern Hour"): the name of a work, not speech."""
    ws = _TITLE_WORD.findall(inner)
    return (
        len(ws) >= 2
        and not re.search(r"[.!?,;]\s*$", inner)
        and ws[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in ws)
    )


FUNCTION_WORDS = set(
    [
        "as",
        "at",
        "what",
        "but",
        "in",
        "on",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "and",
        "so",
        "for",
        "when",
        "if",
        "while",
        "after",
        "before",
        "however",
        "then",
        "there",
        "here",
        "some",
        "many",
        "most",
        "all",
        "each",
        "both",
        "one",
        "few",
        "media",
        "a",
        "an",
        "another",
    ]
)
NP_HEAD = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e")
DASH_CREDIT = re.compile(
    r"[^\S\n]*(?P<dash>[\u2015\u2014\u2013]|--?)[^\S\n]*"
    r"(?P<np>(?:[A-Z][\w'\u2019.-]*[^\S\n]+){0,3}[A-Z][\w'\u2019-]*)\.?[^\S\n]*(?=\n|$)"
)
"""A quotation credited after a dash, the name ending the line (vox pops, epigraphs)."""
DASH_CREDIT_BELOW = re.compile(r"[^\S\n]*\n[^\S\n]*\n?" + DASH_CREDIT.pattern.removeprefix(r"[^\S\n]*"))
"""The same credit on a line of its own below a quotation that is a paragraph of its own ("“Boeing and GE ... pay
zero taxes.” / - Sanders.")."""
AFTER_FRAME = re.compile(r"[,\s]*(?P<np>" + NP_HEAD.pattern + r")\s+(?P<verb>[a-z]+ed|went on)\b")
INVERTED_FRAME = re.compile(
    r"[,\s]*(?P<verb>[a-z]+ed)\s+(?P<np>(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*)(?=\s*[.,;!?]|\s*$)"
)
"""``"...!" exclaimed Sanders.``: the verb before the name, the name ending the clause."""


_AGREED_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:[A-Z][\w'\u2019.-]*\s+){0,4}?(?P<np>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*)\s+"
    r"(?P<verb>agreed|disagreed|concurred|demurred|added|explained|elaborated|went\s+further)\.$"
)
"""A sentence that is only a name and a verb of joining a debate, right before a quotation ("Hanne Brost agreed.",
"State University's Hanne Brost disagreed."): the quotation is that person's."""


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[^\S\n]*[ap]\.?m\.?)?[^\S\n]*[-\u2013\u2014|:][^\S\n]*", re.I)
"""A live blog's time stamp opening an entry ("11:40 - ", "9.05am — ")."""
_NAME_ASIDE_COLON = re.compile(
    r"(?P<np>(?:[A-Z][\w'\u2019.-]*[^\S\n]+)?(?:[a-z][\w-]*[^\S\n]+){0,3}(?:[A-Z][\w'\u2019.-]*[^\S\n]+){0,2}"
    r"[A-Z][\w'\u2019-]*),[^\S\n]+(?:[a-z]+ly[^\S\n]+)?[a-z]+(?:ing|ed)\b[^,;:.!?\"\u201c\n]*:$"
)
"""A name (with a role before it) and a participle phrase, then the colon opening the quotation, no speech verb
("Ostmark's trade minister Sella Vorn, leaving a break:", "Vorn, asked about the deal:"): the name speaks."""

_LEAD_PHRASE = re.compile(
    r"(?:(?:During|After|Before|In|At|On|With|Following|Despite|Amid|From|Throughout|Upon|Ahead\s+of|Speaking|"
    r"Addressing|Asked|Earlier|Later|Meanwhile)\b)[^,;:.!?\"\u201c\u201d\n]{0,120},[^\S\n]+"
)
"""A phrase of time, place or occasion opening a sentence, up to its comma ("During a joint press conference with
Keld President Odo Penn, "): the sentence's subject comes after it."""


def _frame(text: str, seg: Segment, para_start: int) -> Cue | None:
    """A quote framed by a verb that is not a speech verb: ``X boomed: "..."``, ``"...," X beamed``, or no verb:
    ``X, leaving a break: "..."``.

    The cue is the verb (or the colon); the speaker is the sentence's leading name or pronoun."""
    before = text[para_start : seg.start].rstrip()
    if before.endswith(":"):
        sent_s = para_start + max((m.end() for m in re.finditer(r"[.!?][\"”’']?\s+", before)), default=0)
        if (clock := _CLOCK.match(text, sent_s)) is not None and clock.end() < para_start + len(before):
            sent_s = clock.end()
        colon = para_start + len(before) - 1
        if (lead := _LEAD_PHRASE.match(text, sent_s, colon)) is not None:
            sent_s = lead.end()  # "During a press conference with Penn, Mayor Brandt had a message: ...": the mayor
        m = NP_HEAD.match(text, sent_s)
        aside = _NAME_ASIDE_COLON.fullmatch(text, sent_s, colon + 1)
        if aside and aside.group("np").split()[0].lower() not in FUNCTION_WORDS:
            # 'Vorn, leaving a break: "We are close."': the name before the aside
            return _frame_cue(text, aside.span("np"), (colon, colon + 1), (sent_s, seg.end))
        if m and (m.group(0).split()[0].lower() in FUNCTION_WORDS or m.group(0).endswith(("'s", "\u2019s"))):
            m = None  # not a possessive ("Penn's first questioners ranged ...:"): whose, not who
        if m and m.end() < colon and text[m.end()] == " " and words(text[m.end() : colon]) >= 1:
            return _frame_cue(text, (m.start(), m.end()), (colon, colon + 1), (sent_s, seg.end))
        if m and m.end() == colon and _named_label(m.group(0)) and not text[colon + 1 : seg.start].strip():
            # ``Clinton: "Our goal is ..." Bush: "The mission is ..."``: a name and a colon, then the words
            return _frame_cue(text, (m.start(), m.end()), (colon, colon + 1), (sent_s, seg.end))
    agreed = _AGREED_BEFORE.search(before)
    if agreed is not None and agreed.group("np").split()[0].lower() not in FUNCTION_WORDS:
        # 'State University's Hanne Brost agreed. "Voters are running out of time ..."': the one who agreed says it
        np = (para_start + agreed.start("np"), para_start + agreed.end("np"))
        verb = (para_start + agreed.start("verb"), para_start + agreed.end("verb"))
        return _frame_cue(text, np, verb, (para_start + agreed.start(), seg.end))
    credit = DASH_CREDIT.match(text, seg.end)
    if credit is None and text[para_start : seg.start].strip() == "":
        credit = DASH_CREDIT_BELOW.match(text, seg.end)  # a paragraph of its own, credited on the line below
    if credit and not seg.open_end:  # ``"Maybe we can build a wall." ― Steve Quinlan``: a credited quotation
        return _frame_cue(text, credit.span("np"), credit.span("dash"), (seg.start, credit.end("np")))
    # ``"...," X beamed``: the quotation ends a clause (a comma, "!" or "?" at its end, or a comma after it); not
    # ``it is "extremely unlikely" COVID-19 leaked``, where the verb after it is the sentence going on
    closed = seg.end >= 2 and (text[seg.end - 2] in ",!?" or text[seg.end : seg.end + 1] == ",")
    if not seg.open_end and closed:
        m2 = AFTER_FRAME.match(text, seg.end) or INVERTED_FRAME.match(text, seg.end)
        if m2 and "\n" not in m2.group(0):
            return _frame_cue(text, m2.span("np"), m2.span("verb"), (seg.start, m2.end()))
    return None


NOT_SPEAKER_LABELS = {
    "update", "updated", "note", "photo", "photos", "video", "watch", "read", "related", "source", "sources",
    "credit", "caption", "correction", "clarification", "breaking", "exclusive", "opinion", "analysis", "q", "a",
    "question", "answer", "editor", "headline", "title", "subject", "re", "fwd", "transcript", "warning", "listen",
    "see", "also", "more", "live", "tweet", "statement", "quote", "summary", "background", "context", "verdict",
}  # fmt: skip
"""Labels before a colon that are no speaker ("Update:", "Editor's note:", "Q:")."""


def _named_label(np: str, most: int = 3) -> bool:
    """``np`` (before a colon opening a quotation) names a speaker: capitalised words (at most ``most``), not a
    pronoun or a label."""
    words_ = [w.strip("'’.").lower() for w in np.split()]
    return (
        np[:1].isupper()
        and len(words_) <= most
        and words_[0] not in {"he", "she", "they", "i", "we", "it", "you"}
        and not any(w in NOT_SPEAKER_LABELS or w.endswith(("'s", "’s")) for w in words_)
    )


def _frame_cue(text: str, sp: tuple[int, int], verb: tuple[int, int], sent: tuple[int, int]) -> Cue:
    head = text[sp[0] : sp[1]].split()[-1]
    return Cue(verb[0], verb[1], text[verb[0] : verb[1]].lower(), sp, sp, head, None, sent)


_NO_ONE = {*PRONOUNS, "some", "many", "most", "others", "other", "all", "few", "several", "both", "one", "who", "which"}
"""Speakers of a nested report who name no one whose words a quoted piece could be."""
_NOT_SAID_YET = re.compile(r"\b(?:to|will|would|could|should|may|might|must|shall|can)\s+(?:\w+ly\s+)?$", re.I)
"""Before a nested report's verb: an act not done ("expects him to announce", "he will say"), no words said."""


def _someone(mention: str, head: str) -> bool:
    """An unresolved speaker mention names people: a role ("a spokesman"), a man or woman, a relative, or a plural
    ("interrogators"); not a pronoun, "some", nor a thing ("the turmoil")."""
    from .entities import KIN, is_role

    h = head.lower()
    if mention.strip().lower() in _NO_ONE or h in _NO_ONE:
        return False
    return is_role(h) or h in KIN or h in {"man", "woman", "person"} or (h.endswith("s") and not h.endswith("ss"))


def nested_pieces(
    text: str, resolved: list[tuple[RawQuote, tuple[int, int] | None, str | None]]
) -> list[tuple[RawQuote, tuple[int, int] | None, str | None]]:
    """A quoted piece inside a reported clause nested in another one, of another speaker ('She said that guards had told
    her she was "a chip in a larger game"'), is the inner speaker's words: a part of the inner quote, not of the outer
    (whose content still holds it, as what she reported). ``resolved``: quotes with their speaker span and name (see
    :func:`storyline.extract.speakers.resolve_speakers`). A nested clause of the same speaker ("he said he believes it
    was "a terrible mistake"", an unresolved "he") leaves the piece where it is."""
    from dataclasses import replace

    def who(sp: tuple[int, int] | None, name: str | None) -> str | None:
        return name or (text[sp[0] : sp[1]].strip().lower() if sp else None)

    out = list(resolved)
    for i, (outer, osp, oname) in enumerate(out):
        if outer.kind != "indirect" or not outer.parts:
            continue
        for j, (inner, isp, iname) in enumerate(out):
            a, b = inner.content
            if j == i or inner.kind != "indirect" or inner.parts or isp is None or (a, b) == outer.content:
                continue
            if not (outer.content[0] <= a and b <= outer.content[1]):
                continue
            if inner.cue is None or is_belief(inner.cue.lemma):
                continue  # "if people think the issues will be addressed by "...": no words anyone said
            if iname is None and not _someone(text[isp[0] : isp[1]], inner.cue.speaker_head):
                continue  # an unresolved "he", "some (have argued)", "the turmoil (underscores)": not whose words
            if _NOT_SAID_YET.search(text, max(0, inner.cue.start - 30), inner.cue.start):
                continue  # "she expects Obama to announce an "intensification"": her word for what he may say
            if who(isp, iname) == who(osp, oname) or (oname and iname and oname.lower() == iname.lower()):
                continue
            pieces = [p for p in outer.parts if a <= p[0] and p[1] <= b]
            if not pieces:
                continue
            out[j] = (replace(inner, parts=pieces), isp, iname)
            outer = replace(outer, parts=[p for p in outer.parts if p not in pieces])
            out[i] = (outer, osp, oname)
    return out


def _drop_nested(quotes: list[RawQuote]) -> list[RawQuote]:
    """Attributions do not nest here: drop a quote lying inside another one's content."""
    quotes = sorted(quotes, key=lambda q: (q.content[0], -q.content[1]))
    out: list[RawQuote] = []
    for q in quotes:
        if any(o.content[0] <= q.content[0] and q.content[1] <= o.content[1] and not _own_cue(q, o) for o in out):
            continue
        out.append(q)
    return out


def _own_cue(inner: RawQuote, outer: RawQuote) -> bool:
    """A reported clause inside another one's content with a cue and speaker of its own."""
    c = inner.cue
    return (
        outer.kind == "indirect"
        and c is not None
        and c.speaker is not None
        and outer.content[0] <= c.speaker[0]
        and c.end <= outer.content[1]
    )
