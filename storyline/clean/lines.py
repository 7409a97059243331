"""Lines of a scraped text and the features the cleaner judges them by.

Features are cheap: length, sentence punctuation, capitalisation, cue counts from
:mod:`storyline.clean.cues`. :func:`chrome_reason` says why a line is page chrome on its own,
whatever its position; the positional rules (head zone, closing zone) live in
:mod:`storyline.clean.text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from . import cues

WORD = re.compile(r"[^\W_]+(?:['’.&-][^\W_]+)*")
SENTENCE_END = re.compile(r"[.!?…:;](?:\s?[\"'”’“)\]»«])*$")
BULLET = re.compile(r"(?:[•●▪■◦‣∙]|l(?= [A-Z0-9\"“]))\s+(?=\S)")
"""A bullet glyph before a line's text: a bullet sign, or a lone lower-case "l" (a bullet font's glyph as text) before a
capital, a figure or a quotation mark."""
GLUED_WIDGET = re.compile(
    r"(?:Flag|Share|Like|Reply|Report|Follow|Tweet|Email|Print)(?:Flag|Share|Like|Reply|Report|Follow|Tweet|Email|Print){2,}"
    r"|\b\d+\s?pts\s?moderator"
)
"""A comment or live-blog widget's buttons run together ("FlagShareLikeReply", "5ptsmoderator"): its text lost the
spaces between its labels, so the line is the widget's, whatever article words follow."""
MARKUP_LINE = re.compile(r"^<(?P<tag>[a-z][\w-]*)(?:\s[^<>]*)?/?>.*</?(?P=tag)\s*/?>\W*$", re.I)
"""A line that is one markup element left in the text ("<tweet author=...>...</tweet>."): an embedded post or widget,
not the outlet's sentences."""
LIVE_HEADER = re.compile(r"\((?:all )?times(?: are)? local\)\s*[:.]?\s*$")
"""A live blog's header ("The Latest on the race for the White House (all times local):"): it announces entries, it
states no fact."""


@dataclass
class Line:
    """One non-blank line: ``original[start:end]`` with surrounding spaces removed."""

    start: int
    end: int
    text: str

    @cached_property
    def words(self) -> list[str]:
        return WORD.findall(self.text)

    @property
    def n_words(self) -> int:
        return len(self.words)

    @cached_property
    def ends_sentence(self) -> bool:
        """Ends with sentence punctuation (or a colon or semicolon leading on), closing quotes allowed."""
        return bool(SENTENCE_END.search(self.text))

    @property
    def sentence_like(self) -> bool:
        """Ends like a sentence and has more than a couple of words."""
        return self.n_words >= 3 and self.ends_sentence

    @cached_property
    def prose(self) -> bool:
        """A body paragraph: a sentence of some length, mostly lower-case words."""
        if self.n_words < 8 or not self.sentence_like:
            return False
        return sum(map(str.islower, [w[0] for w in self.words])) >= 0.4 * self.n_words

    @cached_property
    def title_like(self) -> bool:
        """Most content words capitalised, like a heading, a tag or a name."""
        content = [
            w
            for w in self.words
            if w.lower() not in cues.FUNCTION_WORDS and w not in cues.NAME_PARTICLES and w[:1].isalpha()
        ]
        if not content:
            return False
        caps = sum(1 for w in content if w[:1].isupper())
        return caps >= 0.75 * len(content)

    @cached_property
    def unquoted(self) -> str:
        return cues.unquoted(self.text)

    @cached_property
    def unquoted_words(self) -> list[str]:
        text = self.unquoted
        return [w.lower() for w in (self.words if text is self.text else WORD.findall(text))]

    @cached_property
    def strong(self) -> int:
        """Strong chrome phrases outside quotations."""
        return cues.strong_count(self.unquoted, frozenset(self.unquoted_words))

    @cached_property
    def chrome_words(self) -> int:
        return cues.weak_counts(self.unquoted_words)[0]

    @cached_property
    def weak(self) -> int:
        """Chrome and context words outside quotations."""
        return sum(cues.weak_counts(self.unquoted_words))

    @property
    def glyph(self) -> int:
        """How many characters of a list bullet open the line ("• ", or "l " as a bullet font's glyph reads as text
        before "l Rather than ..."): they are no part of its sentence."""
        m = BULLET.match(self.text)
        return m.end() if m else 0

    def norm(self) -> str:
        return " ".join(w.lower() for w in self.words)


LINE = re.compile(r"[^\r\n]+")


def split_lines(original: str) -> list[Line]:
    """Every non-blank line of ``original`` (any line ending), stripped of surrounding white space."""
    out: list[Line] = []
    for m in LINE.finditer(original):
        raw = m.group(0)
        stripped = raw.strip()
        if stripped:
            start = m.start() + len(raw) - len(raw.lstrip())
            out.append(Line(start, start + len(stripped), stripped))
    return out


def chrome_reason(line: Line) -> str | None:
    """Why ``line`` is page chrome whatever its position, or None when it may be article text."""
    n = line.n_words
    if n == 0:
        return "no words" if len(line.text) < 40 else None
    if cues.UI_LABEL.match(line.text):
        return "button or link label"
    if GLUED_WIDGET.search(line.text):
        return "comment or live-blog widget"
    if MARKUP_LINE.match(line.text):
        return "embedded markup (a post or widget)"
    if LIVE_HEADER.search(line.unquoted):
        return "live-blog header"
    if _is_share_row(line):
        return "share buttons or social link"
    if _is_nav_row(line):
        return "navigation"
    if cues.LEADING_LABEL.search(line.unquoted) and n <= 25 and not line.prose:
        return "labelled page element (credit, related, tags)"
    strong, weak = line.strong, line.weak
    if cues.IMPERATIVE_START.search(line.unquoted) and (weak >= 2 or strong):
        strong += 1
    if strong and n <= 15:
        return "web chrome phrase"
    if strong >= 2 and 2 * strong + weak >= max(6.0, 0.15 * n):
        return "web chrome (dense cues)"
    if not line.sentence_like and n <= 6 and line.chrome_words and weak >= 0.5 * _content_count(line):
        return "web chrome words"
    return None


def _content_count(line: Line) -> int:
    return max(1, sum(1 for w in line.words if w.lower() not in cues.FUNCTION_WORDS))


def _is_share_row(line: Line) -> bool:
    if line.n_words > 12 or line.sentence_like:
        return False
    toks = [w.lower() for w in line.words]
    named = sum(1 for t in toks if t in cues.SHARE_TOKENS and t not in cues.FUNCTION_WORDS)
    return named > 0 and all(t in cues.SHARE_TOKENS or t.isdigit() for t in toks)


def _is_nav_row(line: Line) -> bool:
    """Menus and breadcrumbs: three or more short items between separators."""
    if line.sentence_like or cues.DATEISH.search(line.text):
        return False
    items = [p for p in cues.NAV_SEPARATORS.split(line.text) if p.strip()]
    return len(items) >= 3 and all(len(WORD.findall(p)) <= 3 for p in items)


_OPEN_END = re.compile(
    r"(?:,|(?<![\w'’-])(?:and|or|but|nor|the|a|an|of|to|in|on|at|for|with|by|from|as|that|who|whom|whose|which|"
    r"than|into|onto|its|his|her|their|our|this|these|those))$"
)
"""A line end that leaves a clause open: a comma, or a function word that cannot end a sentence."""
_OPENER = re.compile(
    r"(?:The|A|An|In|But|And|He|She|It|They|We|I|You|This|That|These|Those|However|Meanwhile|There|His|Her|Their|Its|"
    r"When|While|After|Before|Still|Yet|Instead|Earlier|Later|Last|On|At|If|As|So|Then|Now|Today)\b"
)
"""A word that opens sentences, not a name: after a line that breaks off ("to bring the race to a" | "Instead, ..."),
the text lost words, and what follows is a sentence of its own."""
_RUNS_ON = ",-–—)’'%"
_CLOSED_END = re.compile(r"[.!?…:;](?:\s?[\"'”’“)\]»«])*$|[\"”»]$")


def broken_sentence(text: str, end: int, start: int) -> bool:
    """The line break between ``text[:end]`` and ``text[start:]`` (only white space with one line ending between, no
    blank line) runs on inside a sentence, as in hard-wrapped or pasted copy ("both an accident and a hate\\n crime,
    said ..."): the line before ends in no sentence punctuation and the next goes on in lower case, or the line
    before leaves a clause open (a comma, "and", "the") and the next goes on with a word. A blank line is a
    paragraph break, always a boundary."""
    gap = text[end:start]
    if gap.strip() or gap.count("\n") + gap.count("\r") - gap.count("\r\n") != 1:
        return False
    before = text[max(0, end - 40) : end].rstrip()
    nxt = text[start : start + 1]
    if not before or not nxt or _CLOSED_END.search(before) or not (before[-1].isalnum() or before[-1] in _RUNS_ON):
        return False  # a brace or a sign ends no line of a sentence (style sheets left in a text: "a {\n width: 0")
    if nxt.islower():
        return True
    return nxt.isalnum() and bool(_OPEN_END.search(before)) and not _OPENER.match(text, start)


def sentence_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at its line breaks, except those that run on inside a sentence
    (:func:`broken_sentence`); the pieces keep their white space."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer(r"\r\n|[\r\n]", text[start:end]):
        s, e = start + m.start(), start + m.end()
        a = s
        while a > pos and text[a - 1] in " \t\xa0":
            a -= 1
        b = e
        while b < end and text[b] in " \t\xa0":
            b += 1
        if a > pos and b < end and broken_sentence(text, a, b):
            continue
        out.append((pos, s))
        pos = e
    out.append((pos, end))
    return out
