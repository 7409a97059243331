"""The outlet named by a page's own sign-off lines ("Subscribe X on Telegram", a closing name line).

Only chrome lines are read (never the body, where agencies are cited as sources, nor picture
credits), and a bare name line counts when something else backs it (the name also appears
elsewhere in the text, or the closing block holds a social or subscription line) or when it is
the text's last line and reads as nothing but an outlet's name (:func:`lone_name`). When
nothing says which outlet published the page, the answer is None: never a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from . import cues
from .lines import Line

_WORD = r"[A-Z](?:[\w&’'-]|\.(?=\w))*"
_NAME_TOKEN = rf"(?:The |the )?{_WORD}(?: (?:of |de |the )?{_WORD}){{0,3}}"
_SIGNOFF = [
    rf"\b(?i:subscribe(?: to)?) ({_NAME_TOKEN})",
    rf"\b(?i:join|support|donate to) ({_NAME_TOKEN}) (?i:on|in|at)\b",
    rf"\b(?i:support|donate to) ({_NAME_TOKEN})\s*[.!]?$",
    rf"\b(?i:from) ({_NAME_TOKEN})\s*[.!]?$",
    rf"\b(?i:download (?:the )?)({_NAME_TOKEN}) (?i:app)\b",
    rf"\b({_NAME_TOKEN})(?:['’]s)? (?i:(?:newsletter|app|{cues.SOCIAL}) (?:channel|page|account))",
    rf"(?:©|\b(?i:copyright))\s*(?:\d{{4}}\s*)?({_NAME_TOKEN})",
]
SIGNOFF = [re.compile(p) for p in _SIGNOFF]
PUBLISHED_BY = re.compile(
    rf"^(?i:(?:(?:this|the) (?:article|story|report|piece) (?:was|is) )?(?:published|posted) (?:by|in|on)) "
    rf"({_NAME_TOKEN})\s*\.?$"
)
"""A closing "Published by X." line names the page's own outlet; "originally published by X" or "first
published in X" names where a republished text came from, not who publishes this copy (never matched)."""
_STOP_TAIL = re.compile(
    rf"(?:\s+(?:On|In|To|For|At|Via|And|Or|Now|Today|Here|Channel|Page|App|Newsletter|{cues.SOCIAL}))+$",
    re.IGNORECASE,
)
_POSSESSIVE_CUT = re.compile(r"['’]s\b")
_NOT_NAMES = re.compile(
    rf"^(?:the )?(?:us|our|we|you|your|it|this|here|now|today|all|{cues.SOCIAL}|real|news|"
    r"independent|media|latest|more|free|premium)$",
    re.IGNORECASE,
)


def clean_name(raw: str) -> str | None:
    """A candidate name trimmed of trailing function words, possessives and network names."""
    name = _POSSESSIVE_CUT.split(raw, maxsplit=1)[0]
    name = _STOP_TAIL.sub("", name.strip(" .,:;!-–—|")).strip()
    name = re.sub(r"^the\s+(?=[A-Z])", "", name)  # "Subscribe to the Tidewater Courier" names "Tidewater Courier"
    if not name or _NOT_NAMES.match(name) or name.lower() in cues.CHROME_WORDS | cues.CONTEXT_WORDS:
        return None
    return name


_PLAIN_NAME = re.compile(r"^[^\W\d_][\w&.’' -]*$")
"""Letters, spaces and the punctuation of names: no handles (@x), tags (#x), links or lists."""
_CREDIT = re.compile(r"\b(?:photo|image|picture|video|graphic|illustration|getty|shutterstock)", re.I)


def names_in_line(line: Line) -> list[str]:
    """Outlet names a subscription, social or copyright line gives in a sign-off pattern."""
    found: list[str] = []
    if _CREDIT.search(line.text) or not (cues.SIGNOFF_CHROME.search(line.text) or "©" in line.text):
        return found
    for rx in SIGNOFF:
        for m in rx.finditer(line.text):
            name = clean_name(m.group(1))
            if name:
                found.append(name)
    return found


def is_bare_name(line: Line) -> bool:
    """A line that is only a name: one to five capitalised words, no sentence, no chrome words."""
    if not 1 <= line.n_words <= 5 or line.ends_sentence or not line.title_like:
        return False
    if not _PLAIN_NAME.match(line.text):
        return False
    if line.weak or line.strong or cues.DATEISH.search(line.text):
        return False
    return not any(ch.isdigit() for ch in line.text) and line.words[0][:1].isupper()


def signoff_outlet(
    original: str,
    *,
    chrome: Sequence[Line],
    closing: Sequence[Line],
    byline: str | None = None,
) -> str | None:
    """The outlet the page's sign-off names, or None.

    ``chrome`` are lines judged page chrome (a credit line is never passed here); ``closing`` are
    the lines after the last body paragraph, chrome or not; a name that is (in) the ``byline``
    is the author signing off, not the outlet.
    """
    votes: Counter[str] = Counter()
    for line in chrome:
        for name in names_in_line(line):
            votes[name.lower()] += 1
    closing_has_chrome = any(cues.SIGNOFF_CHROME.search(ln.text) for ln in closing)
    for line in closing:
        published = PUBLISHED_BY.match(line.text.strip())
        named = clean_name(published.group(1)) if published else None
        if named:
            votes[named.lower()] += 2
            continue
        if not is_bare_name(line):
            continue
        name = line.text
        if byline and name.lower() in byline.lower():
            if name.lower() in _byline_outlets(byline):
                votes[name.lower()] += 2  # "By Ann Lee, Kestrel Review" above a last line "Kestrel Review"
            continue
        elsewhere = _count_ci(original, name) > 1
        if elsewhere or closing_has_chrome or name.lower() in votes:
            votes[name.lower()] += 1
        elif line is closing[-1] and (alone := lone_name(line, closing, chrome)):
            votes[alone.lower()] += 1
    if not votes:
        return None
    best = max(votes.items(), key=lambda kv: kv[1])[0]
    return preferred_case(original, best)


def _byline_outlets(byline: str) -> set[str]:
    """The parts of a byline after its author's name ("Ann Lee, Kestrel Review" -> "kestrel review"), lower-cased: a
    closing line that repeats one is the outlet signing off, not the author (who is the first part). A staff byline
    names the outlet in its first part ("Valley Courier staff": see :func:`staff_outlet`)."""
    parts = [p.strip().lower() for p in re.split(r"\s*[,|·•/]\s*|\s+[-–—]\s+", byline) if p.strip()]
    staff = staff_outlet(byline)
    return (set(parts[1:]) - {parts[0]} if parts else set()) | ({staff.lower()} if staff else set())


_STAFF = re.compile(
    r"(?P<a>[A-Z][\w.'’&-]*(?:\s+(?:of|the|and|&|[A-Z][\w.'’&-]*)){0,5})\s+(?:staff(?:\s+(?:writers?|reporters?|reports?))?"
    r"|newsroom|news\s+(?:desk|staff|team)|editorial\s+(?:staff|team|board)|reporters|correspondents)"
    r"|(?:staff|the\s+newsroom|the\s+editorial\s+board)\s+of\s+(?:the\s+)?(?P<b>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5})",
    re.I,
)
"""A byline that credits an outlet's staff, not a person ("Valley Courier staff", "Kestrel Review Staff Reports",
"the editorial board of the Tarn Post"): the capitalised words name the outlet."""


def staff_outlet(byline: str | None) -> str | None:
    """The outlet a staff byline names (see :data:`_STAFF`), from its first part ("Valley Courier staff | 1 March"),
    or None when the byline names a person."""
    if not byline:
        return None
    first = re.split(r"\s*[,|·•/]\s*|\s+[-–—]\s+", byline.strip())[0]
    m = _STAFF.fullmatch(first)
    if m is None:
        return None
    name = m.group("a") or m.group("b")
    if not name or not name[:1].isupper() or name.split()[0].lower() in _NOT_AN_OUTLET:
        return None  # "Our staff", "His staff": no name
    return re.sub(r"^the\s+", "", name, flags=re.I)


_NOT_AN_OUTLET = frozenset({"our", "my", "his", "her", "their", "your", "its", "news", "staff", "wire"})


LONE_NAME_MIN_WORDS = 2
"""A last line of one word names no outlet on its own: it is as often an end mark ("ENDS") or a surname."""
_NAME_JOINERS = frozenset({"of", "the", "and", "&"})
_LABEL_CAPS = re.compile(r"^[A-Z]{4,}\b(?=.*\b[A-Z][a-z])")
"""A word in capitals labelling the name after it ("SOURCE Summit Entertainment", "PHOTO Ann Lee"); an outlet in
capitals ("DAILY SENTINEL") or with an acronym ("BBC News") has no such label."""
_PERSONAL = re.compile(r"\b(?:by|you|your|we|our|us|my|me|i)\b", re.IGNORECASE)
"""A credit ("Reporting by Ann Lee") or words said to the reader ("Thank You"): no outlet's name."""


def lone_name(line: Line, closing: Sequence[Line], chrome: Sequence[Line]) -> str | None:
    """The outlet a text's last line names when nothing else backs it (a line "Daily Sentinel" after the body), or
    None.

    ``line`` is a bare name (:func:`is_bare_name`) of two to five words that ends the text; no line between the last
    body paragraph and it is a sentence of the text's own (chrome aside): after "Wonderful season." a closing
    "Go Colts" is the text's last sentence, not a sign-off. Not a name: a person's (its first word a given name in
    the census lists, "Gil Harrowby"; an outlet named after a given name, "Charlotte Observer", is missed), a credit
    or a word to the reader (``_PERSONAL``), a label in capitals before a name (``_LABEL_CAPS``), a word other than
    a capitalised one and "of", "the", "and", "&"."""
    from ..extract.lexicon import is_given_name

    if line.n_words < LONE_NAME_MIN_WORDS or _PERSONAL.search(line.text) or _LABEL_CAPS.search(line.text):
        return None
    if any(w[:1].islower() and w not in _NAME_JOINERS and w not in cues.NAME_PARTICLES for w in line.words):
        return None
    own = {id(c) for c in chrome}
    if any(ln.ends_sentence and id(ln) not in own for ln in closing[:-1]):
        return None
    name = clean_name(line.text)
    if not name or is_given_name(name.split()[0]):
        return None
    return name


def _count_ci(text: str, name: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE))


def preferred_case(original: str, name_lower: str) -> str:
    """The spelling of a name as the text writes it: internal capitals (NewsClick) win, then frequency."""
    forms = Counter(m.group(0) for m in re.finditer(rf"(?<!\w){re.escape(name_lower)}(?!\w)", original, re.I))
    if not forms:
        return name_lower
    camel = [f for f in forms if any(a.islower() and b.isupper() for a, b in zip(f, f[1:], strict=False))]
    pool = camel or list(forms)
    return max(pool, key=lambda f: (forms[f], -original.find(f)))


_WRITES_FOR = re.compile(
    r"^(?P<who>[A-Z][\w.'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w.'’-]*){1,3})\s+is\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:columnist|writer|contributor|correspondent|reporter|editor|critic|commentator|journalist)\s+"
    r"(?:for|at|with)\s+(?P<outlet>" + _NAME_TOKEN + r")\s*\.?$"
)
"""An author's credit line ("Ruth Albrecht is a columnist for The Lantern."): the outlet the author writes for."""


def credit_outlet(line: Line, byline: str | None) -> str | None:
    """The outlet a text's last line credits its author to ("Ann Lee is a columnist for The Lantern."), or None: the
    name is that of the byline's author when the text has a byline, and the outlet's reads as a name
    (:func:`clean_name`); a last line about someone else ("Bo Vell is a reporter for the Tarn Post." under "By Ann
    Lee") names no outlet of the text's."""
    m = _WRITES_FOR.match(line.text.strip())
    if m is None:
        return None
    if byline and m.group("who").lower() not in byline.lower():
        return None
    name = clean_name(m.group("outlet"))
    return name if name and name[:1].isupper() else None


_CREDITED = r"[A-Z][\w.'’-]*(?:\s+(?:(?:de|van|von|da|del|la|le|bin|al)\s+)?[A-Z][\w.'’-]*){0,3}"
_CREDIT_STAFF = r"(?:\s+(?:staff|staffers|reporters|correspondents|journalists|team|bureau))?"
"""An outlet credited as a whole ("additional reporting by Norland Post staff")."""
_CREDITED_LIST = rf"{_CREDITED}{_CREDIT_STAFF}(?:\s*(?:,|\band\b|&)\s*{_CREDITED}{_CREDIT_STAFF})*"
_CREDIT_WORK = (
    r"(?:(?:additional|further|more)\s+)?(?:reporting|writing|editing|research|fact[- ]checking|production|"
    r"graphics|photography|compiled|contributing|written|edited|reported|produced)(?:\s+(?:by|from))?"
)
_CREDIT_PART = rf"(?i:{_CREDIT_WORK})\s*:?\s+{_CREDITED_LIST}(?:\s+(?:in|from)\s+{_CREDITED_LIST})*"
STAFF_CREDIT = re.compile(rf"\(?{_CREDIT_PART}(?:\s*[;,]\s*(?:and\s+)?{_CREDIT_PART})*\s*[.)]*")
"""A wire copy's staff credit line, whole ("Reporting by Ann Lee in Tarn; Editing by Bo Vell", "Additional reporting by
Cy Dunn and Ed Roe."): names and the work they did, nothing else (a sentence "Reporting by the Tarn Post found ..." is
no credit)."""
SYNDICATION_CREDIT = re.compile(
    r"(?i:(?:this|the)\s+(?:report|story|article|piece|item)\s+(?:(?:is|was|comes|came)\s+(?:(?:originally|first)\s+)?"
    r"(?:from|(?:published|produced|written|reported|distributed|supplied|provided)\s+(?:by|in|on|for))"
    r"|(?:originally|first)\s+(?:appeared|ran)\s+(?:in|on)))\s+"
    rf"{_NAME_TOKEN}(?:\s*[,(]?\s*(?i:and\s+is\s+)?(?i:(?:re)?published|used|reproduced|shared|republished)"
    r"(?:\s+here)?\s+(?i:with|by|under)\s+(?i:permission|agreement|arrangement)[\w\s]*\)?)?\s*\.?"
)
"""A syndicated copy's credit ("This report is from Continental Press Wire.", "This story was originally published by
the Tarn Post and is republished with permission."): it says where the copy came from, it states nothing of the story.
Only a text's closing lines are read so (an article about a report may say "This report is from ..." of it)."""


def credit_line(text: str, *, closing: bool) -> bool:
    """``text`` (a line or a sentence, whole) is a credit, no content: a staff credit anywhere, a syndication credit
    when ``closing`` (nothing of the body follows it)."""
    text = text.strip()
    return bool(STAFF_CREDIT.fullmatch(text) or closing and SYNDICATION_CREDIT.fullmatch(text))
