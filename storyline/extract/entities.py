"""Named-entity mentions of one article, repaired: split names joined, labels fixed, roles found.

The small spaCy model tags some surnames as places, splits three-part names and tags page junk as
people. The repairs here are general and evidence-based:

- a mention is grown over the capitalised words right beside it ("Ri" + "Pyong Chol");
- a mention becomes a PERSON on enough evidence: a job title before it or in an apposition after it,
  an honorific, being the subject of a speech verb, being joined by "and" to a person, or being the
  first or last name (or a near spelling of it) of a person named in full in the same text;
- the article's own outlet, social platforms and calls to action are never people;
- a person's canonical name in the article is the fullest name its mentions share.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .attribution import DATELINE, MIN_TURNS
from .cues import Cue
from .dates import MONTH_NAME, WEEKDAYS
from .lexicon import PARTY_WORDS, ROLE_NOUNS, cue_forms, cue_lemma, given_name_gender, is_given_name, is_surname
from .marks import find_segments
from .products import product_names

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "sir",
    "lord",
    "lady",
    "prof",
    "rev",
    "sgt",
    "col",
    "capt",
}
RANK_TITLES = frozenset({
    "gen", "col", "capt", "sgt", "lt", "maj", "cpl", "pte", "brig", "adm", "cmdr", "cdr", "insp", "supt", "det", "cllr",
})  # fmt: skip
"""The abbreviated ranks and offices of armed forces, police and councils ("Insp Gaskin", "Det Supt Rowe", "Cllr
Amos"): a title before a name, never a word of it."""
HONORIFICS |= RANK_TITLES
PERSONAL_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof"}
"""Titles a name may be written with and without a full stop ("Mr. Putin", "Mr Putin")."""
PLATFORMS = {
    "instagram",
    "telegram",
    "facebook",
    "twitter",
    "youtube",
    "whatsapp",
    "tiktok",
    "linkedin",
    "reddit",
    "snapchat",
    "wechat",
    "pinterest",
    "gmail",
    "hotmail",
}
CALLS_TO_ACTION = {
    "subscribe",
    "follow",
    "share",
    "click",
    "sign",
    "download",
    "login",
    "log",
    "join",
    "watch",
    "listen",
    "donate",
    "support",
}
CRAFT_BEFORE = re.compile(
    r"\b(?:ferry|ship|vessel|boat|tanker|freighter|yacht|liner|trawler|barge|tug|cutter|frigate|destroyer|"
    r"cruiser|submarine|carrier|schooner|steamer|airliner|aircraft|plane|jet|helicopter|airship|satellite|"
    r"probe|rocket|spacecraft|shuttle|train|locomotive)\s+$",
    re.I,
)
"""A named craft ("the ferry Marisol Grey", "the tanker Orne Star"): a vehicle, never a person."""
PLACE_SUFFIXES = {
    "point", "bay", "island", "islands", "isle", "river", "strait", "straits", "peninsula", "lake",
    "mountain", "mountains", "valley", "gulf", "sound", "reef", "beach", "coast", "fjord",
    "sea", "ocean", "creek", "canyon", "desert", "glacier", "delta", "archipelago", "hills",
}  # fmt: skip
"""Last words of geographic names: "Kessling Point" is a place, whatever the tagger said."""
TOWN_SUFFIXES = frozenset({"Crossing", "Falls", "Springs", "Junction", "Heights"})
"""Last words of towns' names, capitalised: "Ashby Crossing", "Cedar Falls", "Tessel Junction" are places."""
STREET_SUFFIXES = {
    "road", "rd", "street", "st", "lane", "avenue", "ave", "boulevard", "blvd", "highway", "motorway", "square",
    "bridge", "quay", "wharf", "pier", "terrace", "crescent",
}  # fmt: skip
"""Last words of streets and structures: "Quarry Road" tagged as a person is a street (no role, title or cue)."""
INSTITUTION_SUFFIXES = STREET_SUFFIXES | {
    "hospital", "infirmary", "clinic", "school", "college", "university", "academy", "church", "cathedral", "chapel",
    "abbey", "hall", "park", "stadium", "parade", "gardens", "market", "library", "museum", "theatre", "theater",
    "centre", "center", "institute", "prison", "station", "place", "row", "way", "walk",
}  # fmt: skip
"""Last words of places and institutions that are often named after someone, in the possessive: "St Brannoc's General
Hospital", "Queen's Parade", "Guy's Hospital"."""
STRUCTURE_SUFFIXES = {
    "dam", "reservoir", "weir", "barrage", "canal", "tunnel", "dyke", "dike", "levee", "embankment", "spillway",
    "viaduct", "aqueduct", "lighthouse", "airport",
}  # fmt: skip
"""Last words of built structures: "The Harrowmere Dam" opening a sentence is a facility, not the work's title the tagger
reads. Not street words, which end many titles ("Mercy Street", "Primates of Park Avenue")."""
AGE_BEFORE = re.compile(r"\b[\w]+-year-old\s+(?:\w+\s+){0,2}$", re.I)
AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3},")
CONNECTORS = {"of", "the", "to", "for", "'s", "\u2019s", "at", "de", "on"}
NAME_TOKEN = re.compile(r"^[A-Z][\w'\u2019.-]*$")
GROW_TOKEN = re.compile(r"^[A-Z][a-z][\w'\u2019-]*$")
LEADING_THE = re.compile(r"^(?:the|The)\s+")
POSSESSIVE = re.compile(r"['\u2019]s?$")


@dataclass
class NameMention:
    start: int
    end: int
    label: str
    text: str
    canonical: str = ""
    roles: list[str] = field(default_factory=list)
    votes: int = 0
    company: bool = False
    """The words around this mention give it as a company (see :func:`company_context`)."""
    titled: bool = False
    """The words around this mention give it as a person's: a role, an honorific, a broadcaster's job, "himself"."""


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


GENERATION_SUFFIX = re.compile(r"(,?[^\S\n]+)(?:(?:Jr|Sr)\.?|II|III|IV)(?![\w.])")
"""A generation's suffix right after a name ("Harold Quist, Jr.", "Lena Holt III"): part of the name, and what tells a
son from his father."""
_COMMA_SUFFIX = re.compile(r",\s*(?=(?:(?:Jr|Sr)\.?|II|III|IV)$)")


@lru_cache(maxsize=65536)
def clean_name(name: str) -> str:
    """Strip a leading article and a possessive: "the U.S.'s" -> "U.S."; a generation's suffix without its comma:
    "Harold Quist, Jr.'s" -> "Harold Quist Jr."."""
    name = LEADING_THE.sub("", name.strip())
    name = POSSESSIVE.sub("", name).strip() if name.endswith(("'s", "\u2019s", "'", "\u2019")) else name
    return _COMMA_SUFFIX.sub(" ", name) if "," in name else name


def entity_name(name: str, label: str) -> str:
    """:func:`clean_name`, except that a title keeps its article ("The Wire", "The Art of the Deal"); one space
    between words (a name wrapped at a line's end: "Ministry of\nDefence")."""
    return " ".join(name.split() if label == "WORK_OF_ART" and LEADING_THE.match(name) else clean_name(name).split())


class _Toks:
    def __init__(self, text: str, tokens: list[tuple[int, int]]) -> None:
        self.text, self.toks = text, tokens
        self.starts = [s for s, _ in tokens]
        self.stop = stopwords()

    @cached_property
    def lower(self) -> set[str]:
        """The words the text writes in lower case ("page" beside the name "Page")."""
        return set(re.findall(r"\b[a-z][\w'’-]*", self.text))

    @cached_property
    def titled_quotes(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each quotation inside running text written in Title Case, as a headline is (an email's
        subject line, a headline quoted: '... with the subject line "Speaker Oskar Brandt Becomes Latest Party Elder
        to Scold Holm"'): its capitals are its style, as a Title Case line's are (:func:`_headline_case`)."""
        out = []
        for seg in find_segments(self.text):
            s, e = seg.inner(self.text)
            if _line_headline_case(self.text[s:e]):
                out.append((seg.start, seg.end))
        return out

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def word(self, i: int) -> str:
        s, e = self.toks[i]
        return self.text[s:e]

    def joined(self, i: int, j: int) -> bool:
        """Tokens i and j (= i + 1) are on one line with only spaces between them."""
        gap = self.text[self.toks[i][1] : self.toks[j][0]]
        return "\n" not in gap and len(gap) <= 2

    def namey(self, i: int) -> bool:
        w = self.word(i)
        return bool(NAME_TOKEN.match(w)) and w.lower() not in self.stop and cue_lemma(w) is None

    def capital(self, i: int) -> bool:
        w = self.word(i)
        return bool(NAME_TOKEN.match(w)) and w.lower() not in self.stop

    def growable(self, i: int) -> bool:
        w = self.word(i)
        personal = w.rstrip(".").lower() in PERSONAL_TITLES  # a title stays out of the name: "Mr Putin"
        day = w.lower() in DAY_WORDS  # '"Today Velmora chose ...': the day opens the sentence, no given name
        return (
            bool(GROW_TOKEN.match(w))
            and self.namey(i)
            and not is_role(w)
            and not _GLUED.search(w)
            and not personal
            and not day
        )


DAY_WORDS = frozenset([*WEEKDAYS, "today", "yesterday", "tonight", "tomorrow"])
"""Words of a day that open a sentence before a name ("Today Velmora chose ...", "Yesterday Ana Ruel said"): never a
word of the name."""


def _grow(m: NameMention, tk: _Toks, taken: set[int]) -> None:
    i0, j0 = i, j = tk.index(m.start), tk.index(m.end - 1)
    if m.label == "PERSON" and i < j and tk.word(i).lower() in DAY_WORDS and tk.capital(i + 1):
        i0 = -1  # the tagger's "Yesterday Ana Ruel": the day is cut off
        i += 1
    while (
        i > 0 and (i - 1) not in taken and tk.joined(i - 1, i) and tk.growable(i - 1) and not _headline_case(tk, i - 1)
    ):
        i -= 1
    while (
        j + 1 < len(tk.toks)
        and (j + 1) not in taken
        and not _POSSESSIVE_TOKEN.search(tk.word(j))  # a possessive ends a name: "[Ted Vale’s] Super Tuesday"
        and tk.joined(j, j + 1)
        and tk.growable(j + 1)
        and not _headline_case(tk, j + 1)
    ):
        j += 1
    while j + 2 < len(tk.toks) and (j + 2) not in taken and _hyphened(tk, j + 1):
        j += 2  # "Müller" + "-Hartig": one hyphenated surname
    k = i
    while k > 0 and (k - 1) not in taken and tk.joined(k - 1, k) and tk.word(k - 1) in SURNAME_PARTICLES:
        k -= 1
    if k < i and m.label == "PERSON" and tk.word(i)[:1].isupper():
        # "Mr van der Berg", "said de la Fuente": the particles in lower case open the surname the tagger cut
        g = k
        while g > 0 and (g - 1) not in taken and tk.joined(g - 1, g) and tk.growable(g - 1):
            g -= 1  # and the given name before them, if the tagger left it out too
        before = tk.word(g - 1) if g > 0 and tk.joined(g - 1, g) else ""
        if g < k or not NAME_TOKEN.match(before) or before.rstrip(".").lower() in HONORIFICS:
            i = g  # not "[King Salman] bin Abdulaziz Al Saud": a name the tagger gave another mention goes on there
    while i >= 2 and (i - 2) not in taken and _hyphened(tk, i - 1):
        i -= 2  # "Jean-" + "Luc Picard"
    # a mention that starts or ends inside a token ("Israel" of "CNN)Israel") keeps that edge when it does not grow
    m.start = m.start if i == i0 else tk.toks[i][0]
    m.end = m.end if j == j0 else tk.toks[j][1]
    m.text = tk.text[m.start : m.end]


_POSSESSIVE_TOKEN = re.compile(r"['\u2019]s?$")
"""A token that ends in a possessive ("’s", "Vale’s", "Wells'"): no name goes on past it."""


def _hyphened(tk: _Toks, k: int) -> bool:
    """Token ``k`` is a hyphen joining two capitalised words with no space into one name ("Müller-Hartig"): not
    when the text also writes either word alone, as a name of its own ("the Clinton-Sanders race")."""
    if not 0 < k < len(tk.toks) - 1 or tk.word(k) not in ("-", "\u2010", "\u2011"):
        return False
    (_, a), (s, e), (b, _) = tk.toks[k - 1], tk.toks[k], tk.toks[k + 1]
    return (
        a == s
        and e == b
        and all(_name_word(tk.word(x)) for x in (k - 1, k + 1))
        and not any(re.search(rf"(?<![\w-]){re.escape(tk.word(x))}(?![\w-])", tk.text) for x in (k - 1, k + 1))
    )


def _name_word(w: str) -> bool:
    """A capitalised word of letters, accents and all ("Müller", "Hałasz"), written not all in capitals."""
    return w[:1].isupper() and w.isalpha() and not w.isupper()


def _headline_case(tk: _Toks, i: int) -> bool:
    """The token sits in a line or a quotation where most words are capitalised (a title, not a name)."""
    at = tk.toks[i][0]
    s = tk.text.rfind("\n", 0, at) + 1
    e = tk.text.find("\n", at)
    return _line_headline_case(tk.text[s : e if e >= 0 else len(tk.text)]) or any(
        a <= at < b for a, b in tk.titled_quotes
    )


def _line_headline_case(line: str) -> bool:
    words = line.split()
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and caps / len(words) > 0.6


_GLUED = re.compile(r"(?:[a-z][A-Z][^\s]*){3}|(?<![^\s\w])\d+[a-z]{4,}")
"""Words run together by a page's chrome ("BassettFlagShareLikeReply", "5ptsmoderatorFeatured"): three
case changes inside one word ("GlaxoSmithKline" has two), or digits run into a lower-case word ("49ers" is
a name)."""
_WORD = re.compile(r"[^\s]+")
INITIAL = re.compile(r"[A-Z]\.$")
_OPENING_PREPOSITIONS = {"despite", "unlike", "like", "amid", "following", "regarding", "concerning", "per"}
"""Words that open a sentence before a name and are never a given name (beside the stop words)."""
OPEN_QUOTES = "\"“‘'«"
CLOSE_QUOTES = "\"”’'»"
_TRAILING = " \t-\u2013\u2014,;:"
_DETACHED_POSSESSIVE = re.compile(r"[^\S\n]+['\u2019]s?$")


def _bare_span(m: NameMention, text: str) -> bool:
    """Cut from a name's span the punctuation the tagger took in: an opening quotation mark with no closing one
    ("“Crossroads of America"), a bracket left open ("Federal Bureau of Investigation (FBI": the name before it), a
    dash or comma at its end ("Bank of America Stadium -"). False for markup ('datetime="2016'): no name at all."""
    if "=" in m.text or "<" in m.text or ">" in m.text:
        return False
    start, end = m.start, m.end
    if text.startswith("''", start) and "''" not in text[start + 2 : end]:
        start += 2  # ''The Rising (a newspaper's doubled apostrophes)
    while end > start and text[start] in OPEN_QUOTES and not any(q in text[start + 1 : end] for q in "\"”’'»"):
        start += 1
    if "(" in text[start:end] and ")" not in text[start:end]:
        end = start + text[start:end].index("(")
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if detached := _DETACHED_POSSESSIVE.search(text, start, end):
        end = detached.start()  # "the Kelby Gulls ' season": the name ends at "Gulls", not at the space after it
    opened = start > 0 and text[start - 1] in OPEN_QUOTES
    if opened and end - start > 2 and text[end - 1] in CLOSE_QUOTES and text[end - 2] not in "sS":
        end -= 1  # "'Kettle The Brave' star": the closing mark of the quotation the name is in (not "Jones'")
    if end - start < 2 or not any(ch.isalpha() for ch in text[start:end]):
        return False
    m.start, m.end, m.text = start, end, text[start:end]
    if opened and m.label in {"ORG", "PERSON"} and len(m.text.split()) >= 2 and _quoted_whole(m, text):
        m.label = "WORK_OF_ART"  # "'Kettle The Brave' star Jonah Pell": a title, wholly in its quotation marks
    return True


def _quoted_whole(m: NameMention, text: str) -> bool:
    """The name is all the quotation it is in holds ('"Jane The Virgin" star'), the marks right at its ends."""
    return m.start > 0 and text[m.start - 1] in OPEN_QUOTES and m.end < len(text) and text[m.end] in CLOSE_QUOTES


def _after_place_preposition(text: str, start: int) -> bool:
    """The name at ``start`` follows a preposition of place (:data:`PLACE_PREPOSITIONS`: "ballots in Stari Brod")."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 12) : start])
    return bool(before and before.group(1) in PLACE_PREPOSITIONS)


NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "van", "von", "der", "de", "da", "del", "di", "la", "le", "du"}


def _headline_names(ms: list[NameMention], tk: _Toks) -> list[NameMention]:
    """Mentions in a Title Case line (a headline, a live blog's entry title) are cut where the name ends.

    The tagger reads every capitalised word there as part of the name ("Chris Christie Address Heroin
    Epidemic", "Ferrera Took"). Such a mention keeps its longest start that the article names in running
    text. Failing that, a person's name ends before the first word the article uses in lower case
    ("address", "took"), and goes when that is its first word; organisations are often made of such words
    ("Islamic Society of Boston") and are left whole. Words run together by page chrome are no name
    anywhere.
    """
    text = tk.text
    in_head = [_headline_case(tk, tk.index(m.start)) for m in ms]
    known: set[str] = set()
    surnames: set[str] = set()
    lower: set[str] = set()
    capital: set[str] = set()
    if any(in_head):  # the words of the running text, read only for an article with such a line
        known = {clean_name(m.text) for m, h in zip(ms, in_head, strict=True) if not h and m.label != "NORP"}
        surnames = {
            clean_name(m.text).split()[-1]
            for m, h in zip(ms, in_head, strict=True)
            if not h and m.label == "PERSON" and len(m.text.split()) > 1
        }
        body = "\n".join(ln for ln in _without_titled_quotes(tk).split("\n") if not _line_headline_case(ln))
        lower = set(re.findall(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]+", body)) - tk.stop
        capital = set(re.findall(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]+", body))
    out = []
    for m, head in zip(ms, in_head, strict=True):
        words = [(w.start(), w.end()) for w in _WORD.finditer(m.text)]
        if any(_GLUED.search(m.text[a:b]) for a, b in words):
            continue
        if head and clean_name(m.text) not in known:
            keep = _known_start(m.text, words, known, capital)
            if (
                keep is None
                and m.label == "PERSON"
                and _short_title(tk, m.start)
                and (cut := _known_end(m.text, words, known, surnames, capital))
            ):
                m.start += cut  # "Scold Holm" of "... Party Elder to Scold Holm": the verb before the name goes
                m.text = text[m.start : m.end]
                out.append(m)
                continue
            if keep is None and m.label == "PERSON":
                keep = _before_common_word(m.text, words, lower, tk.stop)
                if keep == 0:
                    continue
            if keep is not None:
                m.end = m.start + keep
                m.text = text[m.start : m.end]
        out.append(m)
    return out


SHORT_TITLE = 20
"""Words of a Title Case line or quotation short enough to be a headline or a subject line: a long one is more often a
paragraph of names ("...; Florida Gov. Rick Scott; RNC Chairman Reince Priebus; and Ivanka Trump."), whose capitals
are names."""


def _short_title(tk: _Toks, pos: int) -> bool:
    """``pos`` is in a Title Case line or quotation of at most :data:`SHORT_TITLE` words."""
    s = tk.text.rfind("\n", 0, pos) + 1
    e = tk.text.find("\n", pos)
    line = tk.text[s : e if e >= 0 else len(tk.text)]
    if _line_headline_case(line) and len(line.split()) <= SHORT_TITLE:
        return True
    return any(a <= pos < b and len(tk.text[a:b].split()) <= SHORT_TITLE for a, b in tk.titled_quotes)


def _without_titled_quotes(tk: _Toks) -> str:
    """The text with its quotations in Title Case (:attr:`_Toks.titled_quotes`) blanked: not running text."""
    text = tk.text
    for a, b in tk.titled_quotes:
        text = text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]
    return text


def _known_end(name: str, words: list[tuple[int, int]], known: set[str], surnames: set[str], capital: set[str]) -> int:
    """Where the longest end of ``name`` that the article names in running text (or the last word of a name it
    names there: "Holm" of "Ivo Holm") starts, when the words before it are no name's ("Scold" of "Scold Holm": not written with a capital in running text, no given name); else 0."""
    start = next((a for a, _ in words[1:] if clean_name(name[a:]) in known | surnames), 0)
    before = name[:start].split()
    if any(w in capital or w in NAME_PARTICLES or INITIAL.match(w) or is_given_name(w) for w in before):
        return 0
    return start


def _known_start(name: str, words: list[tuple[int, int]], known: set[str], capital: set[str]) -> int | None:
    """Where the longest start of ``name`` that the article names in running text ends; None when there is
    none, or when the rest is made of names the article writes too ("Ghassan" + "Abu-Laban": one name)."""
    keep = next((b for _, b in reversed(words[:-1]) if clean_name(name[:b]) in known), None)
    if keep is not None and all(w in capital or w in NAME_PARTICLES or INITIAL.match(w) for w in name[keep:].split()):
        return None
    return keep


def _before_common_word(name: str, words: list[tuple[int, int]], lower: set[str], stop: frozenset[str]) -> int:
    """Where ``name`` ends before its first word the article uses in lower case (0: its first word)."""
    cut = next(
        (
            k
            for k, (a, b) in enumerate(words)
            if (w := re.sub(r"\W+$", "", name[a:b]).lower()) in lower and w not in NAME_PARTICLES
        ),
        len(words),
    )
    while cut > 0 and name[words[cut - 1][0] : words[cut - 1][1]].lower() in stop:
        cut -= 1  # "Bank of" -> "Bank"
    return words[cut - 1][1] if cut else 0


def is_role(word: str) -> bool:
    lw = word.lower()
    return lw in ROLE_NOUNS or (lw.endswith("s") and lw[:-1] in ROLE_NOUNS)


_HYPHENS = ("-", "\u2010", "\u2011")


def role_before(tk: _Toks, start: int) -> str | None:
    """A job title right before a name: "Kremlin spokesman [Dmitry Peskov]", "Secretary of State [X]"."""
    last = tk.index(start) - 1
    comma = last > 0 and tk.word(last) == ","
    if comma:
        last -= 1
    if last < 0 or tk.word(last).lower() in CONNECTORS:
        return None
    if tk.word(last).lower() in {"and", "or"} and last > 0 and tk.capital(last - 1) and not is_role(tk.word(last - 1)):
        return None  # "sued President Donald Trump and [White House] ...": the title is the first name's
    if comma and _titled_name_before(tk, last):
        return None  # "Syrian President Bashar Assad, [Iran] and Russia": a list after a titled name
    reach = 16 if comma else 4
    i, first, role_at = last, last + 1, None
    while i >= 0 and last - i < 18:
        w = tk.word(i)
        lw = w.lower()
        if is_role(w) and not ((i < last or comma) and _body_plural(w)):
            role_at = i
            while i >= 2 and tk.word(i - 1) in _HYPHENS and tk.toks[i - 2][1] == tk.toks[i - 1][0] == tk.toks[i][0] - 1:
                i -= 2  # "editor-in-chief": the whole compound, not its last word "chief"
        elif role_at is None and last - i >= reach:
            break
        elif (
            w.islower()
            and lw in SURNAME_PARTICLES
            and i < last
            and (tk.capital(i + 1) or tk.word(i + 1) in SURNAME_PARTICLES)
        ):
            pass  # "Ms de la Vega's lawyer": the particles of a surname in the title, never "Vega's lawyer"
        elif role_at is not None and _before_title(tk, i, role_at):
            break  # "Jeb Bush criticized President [Obama]", "akin to Prime Minister [X]": the title alone
        elif role_at is not None and lw in TITLE_MODIFIERS:
            first = i  # "former mayor [Lena Holt]": the title's modifier opens it ("Critics include" is no part)
            first = _modifiers_before(tk, first)  # "former Vice President", "then-deputy mayor": all of them
            break
        elif not (tk.capital(i) or lw in CONNECTORS or (lw in {"and", "&"} and i > 0 and tk.capital(i - 1))):
            lower_ok = (
                w.isalpha() and w.islower() and (lw not in tk.stop or lw in TITLE_MODIFIERS) and cue_lemma(w) is None
            )
            if not (lower_ok and i + 1 <= last and (is_role(tk.word(i + 1)) or tk.word(i + 1).islower())):
                break
        first = i
        if i > 0 and not tk.joined(i - 1, i):
            break
        i -= 1
    if role_at is None:
        return None
    if any(tk.word(k).lower() in {"to", "for"} and tk.word(k + 1).rstrip(".").lower() in HONORIFICS for k in
           range(role_at, last)):  # fmt: skip
        return None  # "an adviser to Mrs. [Clinton]": she is whom the adviser works for, not an adviser
    before = tk.word(role_at - 1).lower() if role_at > 0 else ""
    if before == "for" or (before in {"a", "an"} and not comma and tk.word(role_at)[:1].isupper()):
        return None  # "the nomination for president, Ada Rusk" (the office sought), "a President Rusk could": no office held
    if _heading_line(tk.text, start):
        return None  # a line of a few words ("Enter President Rusk."): a heading's play on a title, no office held
    plural = [k for k in range(first, last + 1) if _plural_role(tk.word(k))]
    if plural:
        # "Mid-field candidates Sen. Ada Rusk", "Candidates Ada Rusk, Ivo Brask and ...": a title of many names the
        # person's own after it if any ("Sen."), else none
        first = plural[-1] + 1
        if first > last or not any(is_role(tk.word(k)) or tk.word(k).rstrip(".").lower() in HONORIFICS
                                   for k in range(first, last + 1)):  # fmt: skip
            return None
    role = _trim_role(tk, first, last)
    return (
        None
        if role is None or any((w.islower() and cue_lemma(w)) or w.lower() == "according" for w in role.split())
        else role
    )


HEADING_WORDS = 4
"""Words of a line of its own short enough to be a heading or a caption, no running text."""


def _heading_line(text: str, pos: int) -> bool:
    """``pos`` is on a line of its own of at most :data:`HEADING_WORDS` words, set apart by a blank line or the text's
    edge on both sides."""
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    e = len(text) if e < 0 else e
    if len(text[s:e].split()) > HEADING_WORDS:
        return False
    return (s == 0 or text[:s].rstrip(" \t").endswith("\n\n")) and (
        e == len(text) or text[e:].lstrip(" \t").startswith("\n\n") or text[e:].startswith("\n\n")
    )


def _plural_role(word: str) -> bool:
    """A title's plural ("candidates", "Senators"), no one person's title."""
    low = word.lower()
    return low.endswith("s") and low not in ROLE_NOUNS and low[:-1] in ROLE_NOUNS


def _titled_name_before(tk: _Toks, last: int) -> bool:
    """Words ending at ``last`` are a name right after a title ("President Bashar Assad"), not a title's own words
    ("Secretary of State", "the Kremlin's spokesman")."""
    i = last
    while i >= 0 and tk.capital(i) and (not is_role(tk.word(i)) or _body_plural(tk.word(i))):
        i -= 1
    return last - i >= 1 and i >= 0 and is_role(tk.word(i))


def _body_plural(word: str) -> bool:
    """A capitalised plural of a title inside a name, "Diplomats" of "the Russian Diplomats Association" or "Chiefs"
    of "Joint Chiefs Chairman": part of a body's name, not one person's title."""
    low = word.lower()
    return word[:1].isupper() and low.endswith("s") and low[:-1] in ROLE_NOUNS


HELD_AS = {"chairs": "chair", "heads": "head", "leads": "leader", "directs": "director", "manages": "manager",
           "founded": "founder", "edits": "editor", "governs": "governor", "coaches": "coach"}  # fmt: skip
"""Verbs of holding an office and the title they give ("who chairs the authority": the authority's chair)."""
HELD_ONCE = {"chaired": "chair", "headed": "head", "led": "head", "ran": "head", "directed": "director",
             "managed": "manager", "edited": "editor", "governed": "governor", "coached": "coach"}  # fmt: skip
"""The same verbs in the past: an office held once, whose title is a former one ("who led the central bank from 2006
to 2015": a former head of the central bank, not its head now)."""
_WHO_HOLDS = re.compile(
    r",\s+who\s+(?:also\s+|now\s+|once\s+|co-)?("
    + "|".join([*HELD_AS, *HELD_ONCE])
    + r")\s+((?:the|a|an|its|his|her|their)\s+[^,.;:()\n]{1,50}?)"
    r"(?=\s*[,.;:]|\s+(?:and|since|until|for|from|between|in)\b)"
)


_UNDERTAKING = re.compile(
    r"(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:trials?|study|studies|research|investigations?|inquiry|"
    r"probe|review|survey|analysis|project|search|raid|attack|expedition|talks|negotiations)\b"
    r"(?!\s+(?:group|unit|office|centre|center|institute|board|team|department)\b)"
)
"""What is led as a piece of work, not an office ("who led the study", "who led the late-stage trial")."""
_LED = {"led", "leads", "headed", "heads", "ran", "directed", "directs"}


def role_held(text: str, end: int) -> str | None:
    """A relative clause right after a name that gives the office held: "[Ilse Brandvold], who chairs the
    authority," -> "chair of the authority"; "who led the central bank from 2006 to 2015" -> "former head of the
    central bank"."""
    m = _WHO_HOLDS.match(text, end)
    if m is None or (m.group(1) in _LED and _UNDERTAKING.match(m.group(2))):
        return None  # "who led the trial at the university": a piece of work led, no office held
    verb = m.group(1)
    return f"{HELD_AS[verb]} of {m.group(2)}" if verb in HELD_AS else f"former {HELD_ONCE[verb]} of {m.group(2)}"


_ROLE_OF = frozenset({"of", "for", "at"})
"""Prepositions a title goes on with to what the office is of ("head of the rescue service")."""


def role_after(tk: _Toks, end: int) -> str | None:
    """An apposition with a job title right after a name: "[Nebenzia], Russian ambassador to the U.N."."""
    j = tk.index(end - 1) + 1
    if j >= len(tk.toks) or tk.word(j) != ",":
        return None
    i = tk.index(end - 1)
    while i > 0 and tk.joined(i - 1, i) and tk.capital(i - 1):
        i -= 1
    if i > 0 and tk.word(i - 1).lower() in {"by", "to", "of"}:
        return None  # "As reported by Western Journalism, the former secretary of state", "Christie of New Jersey, a"
    k = j + 1
    last_good, has_role = None, False
    while k < len(tk.toks) and k - j <= 14 and tk.word(k) not in {",", ".", ";", ":"} and tk.joined(k - 1, k):
        w = tk.word(k)
        lw = w.lower()
        if is_role(w):
            has_role, last_good = True, k
        elif tk.namey(k) or (w.isupper() and len(w) > 1):
            last_good = k
        elif w in {"-", "–"} and tk.namey(k - 1) and k + 1 < len(tk.toks) and tk.namey(k + 1):
            pass  # "the former Hewlett-Packard CEO": a hyphenated name inside the title
        elif lw in TITLE_MODIFIERS:
            pass  # "the former mayor of Lorvik": "former" is a stop word, and part of the title
        elif w.istitle() and tk.namey(k - 1) and k + 1 < len(tk.toks) and tk.namey(k + 1):
            last_good = k  # a capitalised stop word inside a name: "the Tallow Valley Mine Rescue Service"
        elif lw not in CONNECTORS | {"'", "’"} and not (w.isalpha() and lw not in tk.stop) and lw not in {"a", "an"}:
            break  # a plural's apostrophe goes on: "secretary of the Vellmoor Transit Workers' Union"
        k += 1
    if k < len(tk.toks) and has_role and last_good is not None and tk.word(k) in {",", "."} and k - 1 > last_good:
        tail = [tk.word(x).lower() for x in range(last_good + 1, k)]
        if tail[0] in _ROLE_OF and all(
            (x.isalpha() and (x not in tk.stop or x in {*_ROLE_OF, "the"})) or (x in {"'s", "’s"} and n > 1)
            for n, x in enumerate(tail)
        ):
            last_good = k - 1  # the apposition ends at its comma: "head of the rescue service", not "head"
        elif (
            tail[0] in {"'s", "’s"}
            and 2 <= len(tail) <= 4
            and all(x.isalpha() and x not in tk.stop and x not in CONNECTORS for x in tail[1:])
            and all(tk.word(x).islower() for x in range(last_good + 2, k))
        ):
            last_good = k - 1  # "head of Veloria's Border Guard's air wing": the wing's head, not the Guard's
    if (
        not has_role
        or last_good is None
        or not (tk.word(j + 1)[:1].isupper() or tk.word(j + 1).lower() in {"a", "an", "the"} or is_role(tk.word(j + 1)))
    ):
        return None
    phrase = tk.text[tk.toks[j + 1][0] : tk.toks[last_good][1]]
    first = phrase.split()[0].lower()
    roles = [i for i in range(j + 1, last_good + 1) if is_role(tk.word(i))]
    if roles[-1] < last_good and tk.capital(roles[-1] + 1) and tk.joined(roles[-1], roles[-1] + 1):
        return None  # "Saud al-Qahtani, Saudi Deputy Public Prosecutor Shaalan al-Shaalan announced": his title
    if roles[-1] + 1 < len(tk.toks) and tk.word(roles[-1] + 1) in {"'s", "’s", "'", "’"}:
        return None  # "Tomas Berg, the governor's eldest son,": the title is someone else's, whose son he is
    if all((r := tk.word(i).lower()).endswith("s") and (r[:-1] in ROLE_NOUNS or r[:-2] in ROLE_NOUNS) for i in roles):
        return None  # "the Saudi attacker's iPhones, the officials said": a group is no one person's title
    return (
        None
        if any(cue_lemma(w) for w in phrase.split()) or first == "according" or first in CONNECTORS - {"the"}
        else phrase
    )


TITLE_MODIFIERS = {
    "former", "then", "late", "acting", "deputy", "vice", "outgoing", "incoming", "interim", "ex", "retired", "current",
    "future", "embattled", "newly", "elected", "sitting", "fellow", "disgraced", "longtime", "veteran", "senior",
}  # fmt: skip
"""Lower-case words that may stand before a capitalised title ("former President", "then-Gov.")."""


def _modifiers_before(tk: _Toks, first: int) -> int:
    """The first of the title modifiers that run back from word ``first`` (itself one): "vice" of "Vice President"
    is a modifier of the title, and "former" before it says the office is no longer held ("former Vice President
    [Ansel Dorn]", "ex-deputy mayor")."""
    while first > 0 and tk.joined(first - 1, first):
        prev = tk.word(first - 1)
        if prev.lower() in TITLE_MODIFIERS and prev.isalpha():
            first -= 1
        elif prev in _HYPHENS and first > 1 and tk.word(first - 2).lower() in {"ex", "then"}:
            first -= 2
        else:
            break
    return first


def _before_title(tk: _Toks, i: int, role_at: int) -> bool:
    """Word ``i``, before the title found at ``role_at`` (words in between are part of it), ends the title: a
    preposition or "and" ("resignation of President", "Ryan and Senate Majority Leader"), an adverb or an -ing
    word ("groups backing Senator"), or a lower-case word before a capitalised title that is not one of its
    modifiers ("Bush criticized President", "to misrepresent Secretary")."""
    w = tk.word(i)
    lw = w.lower()
    if lw in {"of", "to", "for", "at", "on", "de", "and", "by", "with", "against", "from", "about"}:
        return True
    if not (w.isalpha() and w.islower()):
        return False
    if lw.endswith(("ly", "ing")) and lw not in TITLE_MODIFIERS:
        return not (lw.endswith("ing") and _title_compound(tk, i, role_at))
    title_word = next((tk.word(k) for k in range(i + 1, role_at + 1) if tk.word(k)[:1].isalpha()), "")
    return title_word[:1].isupper() and lw not in TITLE_MODIFIERS and not lw.startswith(("ex-", "then-"))


_TITLE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "your"})


def _title_compound(tk: _Toks, i: int, role_at: int) -> bool:
    """The -ing word ``i`` is a noun inside a lower-case title ("the chief nursing officer", "its managing director"),
    not a verb before one ("groups backing Senator", "a man attacking police officer"): the title word right after it
    is in lower case, and a determiner, a title word or a title's modifier ("chief", "senior") stands before it."""
    if role_at != i + 1 or not tk.word(role_at).islower() or i == 0:
        return False
    prev = tk.word(i - 1)
    lp = prev.lower()
    return lp in _TITLE_OPENERS or lp in TITLE_MODIFIERS or is_role(prev) or prev in {"'s", "’s"}


_VERB_AFTER = {"for", "of", "by", "after", "with", "without", "against", "about", "over", "from", "on"}
"""A preposition before an -ing word makes it a verb ("charged for grabbing reporter Michelle Fields")."""


def _trim_role(tk: _Toks, i: int, j: int) -> str | None:
    while i <= j and tk.word(i).lower() in CONNECTORS | {"and", ","}:
        i += 1
    for k in range(max(i - 1, 0), j - 1):  # "(battery for) grabbing reporter Michelle Fields": "reporter"
        if tk.word(k).lower() in _VERB_AFTER and tk.word(k + 1).lower().endswith("ing") and k + 2 <= j:
            i = max(i, k + 2)
    while j >= i and tk.word(j) in {",", "and"}:
        j -= 1
    return tk.text[tk.toks[i][0] : tk.toks[j][1]] if i <= j else None


EVENT_WORDS = {
    "fire", "fires", "wildfire", "bushfire", "blaze", "flood", "floods", "flooding", "earthquake", "quake",
    "eruption", "landslide", "mudslide", "tsunami", "massacre", "bombing", "bombings", "shooting", "riots",
}  # fmt: skip
"""Last words of an event named after its place ("Kessrin Fire", "Tarrow Flood", "Velden Massacre")."""


def _event_name(m: NameMention) -> bool:
    """A "person" of two words or more, with nothing to say it is one (no role, title, age or cue), whose last word
    names a disaster or an attack and whose first is no given name ("the Kessrin Fire", not "Ada Flood"): that event,
    named after its place. Not an organisation's name: a club is often named so ("Chicago Fire")."""
    words = m.text.split()
    return (
        m.label == "PERSON"
        and m.votes <= 1
        and len(words) >= 2
        and words[-1].lower() in EVENT_WORDS
        and not is_given_name(words[0])
    )


_GENERATION = re.compile(r"(?:1st|[23]d|2nd|3rd|[4-9]th)")
"""The ordinal after a man's name that tells his generation ("Pritchard 3rd", "Roosevelt 4th")."""


def _maker_first(name: str, makers: set[str]) -> bool:
    """A name of two words or more whose first word the article gives alone as an organisation and the census knows
    as no given name ("Orvane Fix" beside "Orvane said", tagged ORG): something of that organisation's, no person."""
    words = name.split()
    return len(words) >= 2 and words[0] in makers and not is_given_name(words[0])


def _settlements(ms: list[NameMention], text: str) -> set[str]:
    """One-word places the article names as settlements ("the town of Brask", "residents of Brask"): the word alone
    is that settlement elsewhere in the article too, though a person of the article bears its name ("Henrik Brask")
    and the tagger reads a person there ('"Brask can go home," the governor said')."""
    towns = set()
    for m in ms:
        if " " in m.text:
            continue
        if m.label in _SITE_LABELS and (
            SETTLEMENT_OF.search(text, max(0, m.start - 30), m.start)
            or DWELLERS_OF.search(text, max(0, m.start - 30), m.start)
        ):
            towns.add(m.text)
        elif m.label in _SITE_LABELS | {"PERSON", "ORG", "NORP"} and MEMBER_FOR.search(
            text, max(0, m.start - 30), m.start
        ):
            m.label = "GPE"  # "The member for Halvar, Dusan Novaro,": the seat's town, whatever the tagger read
            towns.add(m.text)
    return towns


def _evidence(m: NameMention, tk: _Toks, cues: list[Cue], persons: list[NameMention], outlet: str | None) -> None:
    i = tk.index(m.start)
    m.votes = 1 if m.label == "PERSON" else 0
    # "in the Pacific Ocean, Japan's defence minister said": a thing named with "the" is no person with a role
    the = m.text.lower().startswith("the ") or (i > 0 and tk.word(i - 1).lower() == "the")
    m.company = m.label == "PERSON" and company_context(tk.text, m.start, m.end)
    # "Salvesen's chief executive": the role after a company's name is its officer's, not the name's
    for r in (
        (role_before(tk, _name_start(m)), role_after(tk, m.end) or role_held(tk.text, m.end))
        if not the and not m.company
        else ()
    ):
        if r:
            m.roles.append(r)
            m.votes += 2
            m.titled = True
    if i > 0 and tk.word(i - 1).rstrip(".").lower() in HONORIFICS:
        m.votes += 2
        m.titled = True
    elif not the and len(m.text.split()) >= 2 and _broadcaster_titled(tk.text, m.start, m.end):
        m.votes += 0 if m.label == "PERSON" else 2  # "moderator Lester Vale", "Lester Vale, the anchor of"
        m.titled = True
    if not the and _REFLEXIVE_AFTER.match(tk.text, m.end):
        m.votes += 0 if m.label == "PERSON" else 2  # "expects Vale to insert himself": a body is "itself"
        m.titled = True
    if AGE_BEFORE.search(tk.text[max(0, m.start - 40) : m.start]) or AGE_AFTER.match(tk.text, m.end):
        m.votes += 2  # "Sixteen-year-old Ilse Brandt", "Ilse Brandt, 16,": only people have ages
    if any(c.speaker and c.speaker[0] <= m.start < c.speaker[1] for c in cues):
        m.votes += 1
        if _speaking_title(m, tk.text, cues):
            m.votes += 1
    nxt = tk.index(m.end - 1) + 1
    if len(m.text.split()) >= 2 and (
        (i >= 2 and tk.word(i - 1) == "and" and any(p.end == tk.toks[i - 2][1] for p in persons))
        or (nxt + 1 < len(tk.toks) and tk.word(nxt) == "and" and any(p.start == tk.toks[nxt + 1][0] for p in persons))
    ):
        m.votes += 2
    if m.label in _THING_LABELS and _namesake_of(m.text, persons, tk):
        m.votes += 2
    if m.company:
        m.votes -= 2  # "the managing director of Castellan Agrochem", "the Castellan Agrochem warehouse"
    elif not the and (own := _HIS_AFTER.match(tk.text, m.end)) and own.group(1) not in tk.stop:
        m.votes += 2  # "Brask hurt his knee": a man's own (a place or a body has "its", never "his")
    low = m.text.lower()
    if (outlet and low.replace(" ", "") in outlet.lower().replace(" ", "")) or low in PLATFORMS:
        m.votes = -9
    words = m.text.split()
    if len(words) >= 3 and _GENERATION.fullmatch(words[-1]):
        words = words[:-1]  # "John S. Pritchard 3rd": a man's generation, no number in his name
    if words[0].lower() in CALLS_TO_ACTION or any(ch.isdigit() for w in words for ch in w):
        m.votes = -9


_BROADCAST_TITLE = "co-host|host|anchor|anchorman|anchorwoman|presenter|moderator|correspondent|newscaster"
_BROADCAST_BEFORE = re.compile(rf"(?<![\w-])(?:{_BROADCAST_TITLE})[^\S\n]+$", re.I)
_BROADCAST_AFTER = re.compile(
    rf",[^\S\n]+(?:the|a|an|its|their)[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:{_BROADCAST_TITLE})\b", re.I
)
_REFLEXIVE_AFTER = re.compile(r"[^\S\n]+to[^\S\n]+[a-z]{3,}[^\S\n]+(?:himself|herself)\b")
"""A name "to" do something to "himself"/"herself" ("expects Vale to insert himself"): a man or a woman."""


def _broadcaster_titled(text: str, start: int, end: int) -> bool:
    """A broadcaster's job right before a name or in an apposition after it ("moderator Lester Vale", "Lester Vale,
    the anchor of"), which the role nouns leave out: a person, whatever the tagger read."""
    return bool(_BROADCAST_BEFORE.search(text, max(0, start - 30), start) or _BROADCAST_AFTER.match(text, end))


_HIS_AFTER = re.compile(r"[^\S\n]+([a-z]{3,})[^\S\n]+his\b")
"""A verb and "his" right after a name ("Brask hurt his knee"): what the name did to what is his, a man's."""


_STATE_OFFICE = re.compile(
    r"['’]s\s+(?:(?:new|former|then|current|outgoing|own|top|chief|deputy|acting|interim|elected)\s+)?(?:"
    r"(?:prime|finance|foreign|defen[cs]e|interior|justice|health|economy|economics|trade|energy|agriculture|"
    r"education|environment|transport)\s+minist(?:er|ry)|government|parliament|central\s+bank|embassy|ambassador|"
    r"constitution|armed\s+forces|national\s+(?:debt|budget|election|team|anthem)|head\s+of\s+state|"
    r"general\s+election|finance\s+ministry|treasury\s+secretary|currency)\b",
    re.I,
)
"""Offices and bodies only a state has, after a possessive ("Ostreland's finance minister", "Marvesta's central
bank", "Velland's government"): the name that owns them is a country (a company has a president or a chief
executive, never a finance minister or a parliament)."""


def _states_by_office(ms: list[NameMention], text: str) -> None:
    """A one-word organisation, group or "person" with no role of its own that owns a state's office or body
    (:data:`_STATE_OFFICE`) is a country: a GPE. The small tagger calls an unknown country's name in the possessive
    an organisation or a person."""
    for m in ms:
        if (
            m.label in {"ORG", "PERSON", "NORP"}
            and " " not in m.text
            and not m.roles
            and _STATE_OFFICE.match(text, m.end)
        ):
            m.label = "GPE"


_LOWER_LEAD = re.compile(r"(?:[a-z][\w-]*\s+)+(?=[A-Z])")


def _name_start(m: NameMention) -> int:
    """Where the name of a mention starts: after lower-case words the tagger took in before it ("thanked Ana de la
    Vega" of "The Prime Minister thanked Ana de la Vega"), which :func:`_tidy` cuts later; the title before the name
    is looked for there, so the subject's "Prime Minister" is not the object's. Particles of a surname stay ("de la
    Vega")."""
    lead = _LOWER_LEAD.match(m.text)
    if lead is None or all(w in SURNAME_PARTICLES for w in lead.group(0).split()):
        return m.start
    return m.start + lead.end()


def _speaking_title(m: NameMention, text: str, cues: list[Cue]) -> bool:
    """A "work of art" of two words or more that is, whole, the speaker of a speech verb and stands outside quotation
    marks ('"We will not be bought," Nils Brekk told the Ledger'): the tagger read the name beside a quotation as a
    title; a title does not tell a newspaper anything. Not "the" report, nor a title in quotation marks, nor a name
    the article writes as a place or a site elsewhere ("a comparison done on Zero Hedge": a website)."""
    if m.label != "WORK_OF_ART" or len(m.text.split()) < 2 or m.text.lower().startswith("the "):
        return False
    if (m.start > 0 and text[m.start - 1] in OPEN_QUOTES) or (m.end < len(text) and text[m.end] in CLOSE_QUOTES):
        return False
    if re.search(rf"\b(?:[Ii]n|[Oo]n|[Aa]t)\s+{re.escape(m.text)}\b", text):
        return False
    return any(c.speaker == (m.start, m.end) and not c.frame for c in cues)


_CORPORATE = (
    r"managing director|chief executive|ceo|chairman|chairwoman|board|shareholders|shares|employees|workers|"
    r"subsidiary|headquarters"
)
_COMPANY_BEFORE = re.compile(rf"\b(?:{_CORPORATE}|owner|operator)\s+(?:of|at)\s+(?:the\s+)?$", re.I)
_COMPANY_AFTER = re.compile(
    rf"['’]s\s+(?:{_CORPORATE}|warehouse|depot|plant|factory|director(?!\s+of\b))\b"
    r"|,\s+(?:the|a)\s+(?:company|firm|corporation|manufacturer|retailer|operator|chain|insurer|lender)\b(?!['’])",
    re.I,
)
_DEAL_BEFORE = re.compile(
    r"(?:\d(?:[\d.,]*\d)?\s?(?:%|per ?cent|percent)(?:\s+stake\s+(?:of|in)|\s+of)|(?<!\bat\s)\bstake\s+in|\bshares\s+in"
    r"|\bmerg(?:er|e|ed|es|ing)\s+(?:of|with|between)(?:\s+[A-Z][\w'’-]*){0,4}(?:\s+(?:and|&))?|\b(?:takeover|buyout|acquisition)\s+(?:of|by)"
    r"|\b(?:hostile|takeover|rival|cash|all-share|higher|sweetened|improved)\s+(?:bid|offer)\s+(?:from|by|for)"
    r"|\b(?:analysts|economists|strategists|traders|bankers|brokers|staff)\s+at)\s+(?:the\s+)?$",
    re.I,
)
"""Words before a name that only a business follows: a share of it ("9.8% of X", "a stake in X"; not "55% in X", a
vote's share in a place), a merger or takeover of it, a company's bid from it, people who work at it ("analysts at
X"). Not a bid alone: "her bid for Congress", "an offer for Smith" (a player) are no company's; nor what is "at stake
in X" (a contest, a place)."""
_FIRM_NOUNS = (
    r"company|firm|corporation|manufacturer|maker|producer|supplier|retailer|chain|insurer|lender|bank|group|fund|"
    r"conglomerate|consortium|brokerage|airline|carrier|broadcaster|utility|distributor|exporter|importer|miner|"
    r"refiner|shipper|startup|business"
)
_DEAL_AFTER = re.compile(
    # "X, the investor group, said", "X, the Hollbrek maker of hand tools": a business described by its kind (not
    # "X, the group's leader", "X, the bank clerk": the noun ends the description or leads on to "of", "that" ...)
    rf",\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}(?:{_FIRM_NOUNS})(?:\s*[,.;:)]|\s+(?:of|that|which|based|behind|"
    r"controlled|owned|led|run)\b)"
    # "X, which is controlled by": a person is "who"
    r"|,\s+which\s+(?:is|was|has\s+been)\s+(?:controlled|owned|backed|listed|based|headquartered|run)\b"
    # "X has raised its offer": a person's offer is "his" or "her"
    r"|(?:\s+(?:has|had|have|will|would|then|also|on\s+\w+day))*\s+(?:raised|lowered|sweetened|increased|improved|"
    r"withdrew|withdrawn|extended|made|launched|dropped)\s+its\s+(?:\w+\s+)?(?:offer|bid)\b"
    # "Dunmore chairman Rasmus Eide": a company's officer named after its name
    r"|\s+(?:chief executive|ceo|chairman|chairwoman|managing director|finance director|chief financial officer|cfo)"
    r"\s+(?=[A-Z][\w'’-]+\s+[A-Z])"
    # "X agreed on Tuesday to merge with Y": people do not merge
    r"|(?:\s+(?:[a-z]+|\w+day)){0,4}\s+merg(?:e|es|ed|ing)\s+with\b",
)
"""Words after a name that only a business takes."""
_POSSESSIVE_AT = re.compile(r"['’]s?(?:\s|$)")
"""A possessive at the end of a name ("chairman of Donald Trump's campaign": the campaign's chairman)."""
_SITE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?i:warehouse|depot|plant|factory|refinery|mine|colliery|pit|quarry|smelter|facility|site|store)"
    r"(?i:s)?\b(?!['’])"
)
"""A site a name runs, perhaps with what it works ("the X warehouse", "the X copper mine", "the X colliery")."""


def company_context(text: str, start: int, end: int, *, sites: bool = True) -> bool:
    """The words around a name give it as a company: "the managing director of X" (not "chairman of X's campaign"),
    "employees of X", "X's shareholders", "X, the company that" (not "X, the firm's co-founder"), "the X warehouse", and
    a deal's words (:data:`_DEAL_BEFORE`, :data:`_DEAL_AFTER`). No person is written so, however a tagger reads the
    name. ``sites=False``: not the site words ("the X warehouse", "X's plant", "workers at the X plant"), which a town's
    name takes as well."""
    before = text[max(0, start - 40) : start]
    possessive = _POSSESSIVE_AT.search(text, start, min(len(text), end + 2)) is not None
    if text[end - 2 : end] in {"'s", "’s"}:
        end -= 2  # the tagger's name with its possessive: "[Brightwave Live's] director"
    at_site = not sites and _SITE_AFTER.match(text, end) is not None  # "workers at the X plant": the site's workers
    return bool(
        ((_COMPANY_BEFORE.search(before) or _DEAL_BEFORE.search(before)) and not possessive and not at_site)
        or ((m := _COMPANY_AFTER.match(text, end)) and (sites or not _SITE_WORD_AT.search(m.group())))
        or _DEAL_AFTER.match(text, end)
        or (sites and re.search(r"\bthe\s+$", before, re.I) and _SITE_AFTER.match(text, end))
    )


_SITE_WORD_AT = re.compile(r"(?:warehouse|depot|plant|factory)$", re.I)
_FIRM_BEFORE = re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?:{_FIRM_NOUNS})\s+$")
"""A business's kind before its name ("the shipping group Tollmark", "the lender Varn"): the name is the
business's."""
_SETTLEMENT_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+)?(?:village|town|city|hamlet|township|municipality|borough|suburb|port|district|county|"
    r"province|region|island|parish|commune|settlement|capital)\s+of\s+$"
)
"""A settlement's noun, perhaps after its kind, and "of" before a name ("the port city of Tollmark", "the town of
X")."""

_HOME_BEFORE = re.compile(r"\b(?:based|headquartered|located|born)\s+in\s+$")
"""Where a body is based or a person was born: "a drug maker based in Tollmark" names the town."""
_SETTLEMENT_AFTER = re.compile(
    r",\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:village|town|city|hamlet|township|municipality|borough|suburb|port|county|"
    r"province|region|island|parish|settlement|capital)\b(?!\s+(?:council|hall|centre|center)\b)"
)
"""A settlement's noun in apposition after a name: "in Tollmark, a town of 30,000 people"."""


def context_kind(text: str, start: int, end: int) -> str | None:
    """What the words around a name say it is, whatever the tagger read: "ORG" for a business's words
    (:func:`company_context` without the site words a town's name takes too, or the business's kind before the name:
    "the shipping group Tollmark"), "GPE" for a settlement's ("the port city of Tollmark"); None when they say neither
    or both. One name may be both in a story: a company named after its home port."""
    if text[end - 2 : end] in {"'s", "’s"}:
        end -= 2  # the name without its possessive ("Tollmark's shares")
    before = text[max(0, start - 40) : start]
    org = company_context(text, start, end, sites=False) or _FIRM_BEFORE.search(before) is not None
    place = (
        _SETTLEMENT_BEFORE.search(before) is not None
        or _HOME_BEFORE.search(before) is not None
        or _SETTLEMENT_AFTER.match(text, end) is not None
    )
    return None if org == place else "ORG" if org else "GPE"


_THING_LABELS = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
_AS_A_PERSON = r"(,?)\s+([a-z]+)\b"


def _namesake_of(name: str, persons: list[NameMention], tk: _Toks) -> bool:
    """``name`` is a given name and the surname of a person the article names in full with another given name, and
    the article writes it as a person's somewhere (followed by ", who" or a speech verb): "Ivanka Trump", tagged a
    product (her brand), beside "Donald Trump". Not when a word of it is one the article writes in lower case."""
    parts = _name_parts(name)
    if len(parts) != 2 or not all(w.isalpha() and w[:1].isupper() for w in parts):
        return False
    if any(w.lower() in tk.lower or w.lower() in tk.stop for w in parts) or _body_name(name):
        return False
    if not any(len(q := _name_parts(p.text)) >= 2 and q[-1] == parts[-1] and q[0] != parts[0] for p in persons):
        return False
    forms = cue_forms()
    return any(
        m.group(2) in forms or (m.group(1) and m.group(2) == "who")  # ", who": not "a detainee at Guantanamo Bay who"
        for m in re.finditer(re.escape(name) + _AS_A_PERSON, tk.text)
    )


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> tuple[str, ...]:
    """The words of a name, without a generation's suffix: the surname of "Harold Quist Jr." is "Quist"."""
    parts = tuple(clean_name(name).split())
    return parts[:-1] if len(parts) >= 3 and GENERATION_SUFFIX.fullmatch(" " + parts[-1]) else parts


def _generation_of(name: str) -> str:
    """A name's generation suffix ("Jr.", "III"), if any, without its full stop."""
    suffix = GENERATION_SUFFIX.search(clean_name(name))
    return suffix.group(0).strip(" ,.") if suffix is not None and suffix.end() == len(clean_name(name)) else ""


def _fuzzy_part(word: str, full: list[NameMention]) -> NameMention | None:
    from rapidfuzz import fuzz

    w = clean_name(word)
    for p in full:
        parts = _name_parts(p.text)
        if w in (parts[0], parts[-1]) or (PARTICLE_SURNAME.match(parts[-1]) and w == _capitalised(parts[-1])):
            return p
    for p in full:
        last = _name_parts(p.text)[-1]
        if len(w) >= 5 and w[0] == last[0] and fuzz.ratio(w, last) >= 85 and not family_of(w, last):
            return p
    return None


def family_of(word: str, surname: str) -> bool:
    """``word`` is the plural of ``surname``, the family or the couple of that name ("the Vales", "the Joneses"): not
    a spelling of one of them."""
    w, last = word.lower(), surname.lower()
    return w in (last + "s", last + "es")


def _given_name_of(word: str, full: list[NameMention]) -> bool:
    """``word`` is the given name of a person the article names in full, a census given name without a nationality's
    ending."""
    return (
        is_given_name(word)
        and not DEMONYM_END.search(word)
        and any(_name_parts(p.text)[0] == word and p.label == "PERSON" for p in full)
    )


def _common_opener(m: NameMention, common: set[tuple[int, int]], text: str, plural: set[tuple[int, int]]) -> bool:
    """``m`` opens its sentence, the tagger reads it as a common word, and nothing else makes it a name: no evidence
    (role, cue, full name), not a group ("Democratic leaders": an adjective and a group both), and the article never
    writes it with a capital inside a sentence ("banks like Centerview"). A plural common noun ("Shoppers at the
    pharmacy said", "Queues have formed") is no person or organisation even as the subject of a speech cue, unless
    the census knows it as a surname ("Williams") or a given name."""
    if (m.start, m.end) not in common or m.label == "NORP":
        return False
    many = (m.start, m.end) in plural and not (is_surname(m.text) or is_given_name(m.text))
    if m.votes > (1 if m.label == "PERSON" else 0) and not many:
        return False
    return re.search(rf"[a-z,;]\s+{re.escape(m.text)}\b", text) is None


def _lower_elsewhere(m: NameMention, text: str) -> bool:
    """A one-word "person" with nothing else for it (no role, cue or full name) that opens its sentence, and that the
    article writes in lower case elsewhere ("Listeria infection is dangerous" beside "an outbreak of listeria"): a
    common word."""
    if m.label != "PERSON" or " " in m.text or m.votes > 1 or not m.text[1:].islower():
        return False
    before = text[max(0, m.start - 3) : m.start]
    opens = m.start == 0 or bool(re.search(r"(?:^|[.!?\"“”:]|\n)\s*$", before))
    return opens and re.search(rf"(?<![\w-]){re.escape(m.text.lower())}(?![\w-])", text) is not None


_COUNT_AFTER = re.compile(r"\s+\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
"""A count the tagger ran a name into ("gave Hałasz 48,212 votes"): digits grouped in thousands are no part of a
name (a law's or a product's own number is not written so: "Section 230", "Boeing 737")."""


def _without_count(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    m = _COUNT_AFTER.search(text, s, e)
    return (s, m.start(), label) if m and m.start() > s else (s, e, label)


_NAME_LINE_BREAK = re.compile(r"\S[ \t]+(?:of|of the|for|for the|de|del|and|&)[ \t]*\n[ \t]*[A-Z]$")
"""A line that ends inside a name, on the connector a name continues after ("Ministry of" / "Defence" of a text
wrapped at a fixed width): never a headline's end nor a paragraph's, which are no such words."""


def _one_line(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A name never runs across a line break: the model sometimes joins a headline word to the next
    paragraph's first name ("Title\n\nIlse Brandt"); keep the longest piece. A single break after a
    connector ("of", "for the", "and") is no end of the name but a wrapped line: the name goes on."""
    if "\n" not in text[s:e]:
        return s, e, label
    pieces: list[tuple[int, int]] = []
    pos = s
    for line in text[s:e].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            piece = (pos + lead, pos + len(line.rstrip()))
            if pieces and _NAME_LINE_BREAK.search(text[pieces[-1][0] : piece[0] + 1]):
                piece = (pieces.pop()[0], piece[1])  # "Ministry of\nDefence": a name wrapped after its "of"
            pieces.append(piece)
        pos += len(line) + 1
    best = max(pieces, key=lambda p: (p[1] - p[0], p[0]))
    return best[0], best[1], label


_DATELINE_HEAD = re.compile(r"[A-Z][A-Z.'’]+(?:[ ,]+[A-Z][A-Z.'’]+)*\s+[-\u2013\u2014]+\s+")
"""A dateline the tagger took into the name after it ("CLEVELAND - Donald Trump painted ...")."""


_DATELINE_PLACE = re.compile(r"[A-Z][A-Z'’]+(?:[ ]+[A-Z][A-Z'’]+)*(?=\s+[-\u2013\u2014]+\s)")


_LOWER_TAIL = re.compile(r"(?:\s+[a-z][\w'’-]*)+$")


_SLASH_LABEL = re.compile(r"/[A-Z]")
_EDGE_DASHES = re.compile(r"^[\u2014\u2013-]+\s*|\s*[\u2014\u2013-]+$")
"""A dash at an edge of a tagger span: the mark that sets off an apposition, no part of the name in it."""


def _without_dashes(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A name in a dash apposition that the tagger took with its dash ("A former party leader [-- Aldo Brun], who
    ...", "[Aldo Brun -] said"): the name is the words between the dashes (a hyphen inside it stays: "Lund-Berg")."""
    span = text[s:e]
    lead = _EDGE_DASHES.match(span)
    trail = _EDGE_DASHES.search(span, lead.end() if lead else 0)
    ns = s + (lead.end() if lead else 0)
    ne = s + (trail.start() if trail and trail.start() > 0 else len(span))
    return (ns, ne, label) if ns < ne else (s, e, label)


def _before_slash(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A person's name and what follows a slash, as a broadcast's caption writes them ("[Peter Lind/Timms]'
    Attorney:", "David Sorell/Halden County District Attorney"): the name ends at the slash (a name of two words or
    more; no person's name holds a slash)."""
    cut = _SLASH_LABEL.search(text, s, e) if label == "PERSON" else None
    if cut is None or len(text[s : cut.start()].split()) < 2:
        return s, e, label
    return s, cut.start(), label


def _title_cased_end(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A "title" (WORK_OF_ART) the tagger ran on into the lower-case words after it ("[The Orvane Fix It patch
    applies] only to ..."): a title written out ends on a capitalised word, so it ends there, unless it is quoted
    whole (a quoted title may end as it likes)."""
    tail = _LOWER_TAIL.search(text, s, e) if label == "WORK_OF_ART" else None
    if tail is None or tail.start() == s or (s > 0 and text[s - 1] in OPEN_QUOTES):
        return s, e, label
    return s, tail.start(), label


_FUNCTION_TAIL = re.compile(r"(?:\s+(?:on|in|at|of|for|and|or|the|by|to|from|with|as))+$")


def _function_word_end(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A name the tagger ran on into a preposition or conjunction after it ("[The National Chamber on] Monday
    rejected"): no name ends on such a word, so it ends before it. Not a title, which may ("Hold On")."""
    tail = _FUNCTION_TAIL.search(text, s, e) if label != "WORK_OF_ART" else None
    return (s, tail.start(), label) if tail is not None and tail.start() > s else (s, e, label)


def _dateline_place(text: str, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """A dateline's place the tagger ran into the name after it ("[KESSRIN - The] winds", "[CLEVELAND - Donald
    Trump]") at the start of a line: the place is a mention of its own, a place's (the rest is read by
    :func:`_after_dateline`), so that the town's name still counts as a place in the story."""
    head = _DATELINE_HEAD.match(text, s, e)
    place = _DATELINE_PLACE.match(text, s, e)
    if head is None or place is None or head.end() >= e or (s > 0 and text[s - 1] != "\n"):
        return [(s, e, label)]
    return [(s, place.end(), "GPE"), (s, e, label)]


_PLACE_ABBREVIATION_HEAD = re.compile(r"((?:[A-Z]\.){2,3})[^\S\n]+(?=[A-Z][a-z])")
"""A place's dotted abbreviation at the start of a span ("D.C. Omar Faheem"), read by :func:`_place_abbreviation`."""
_TOWN_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]*,[^\S\n]+$")


def _place_abbreviation(text: str, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """A state's or a country's dotted abbreviation after a town and a comma that ends one sentence, run by the tagger
    into the name opening the next ("southeast Lanford, [D.C. Omar Faheem] died"): the abbreviation is the place's
    mention, the name the person's. Initials that open a name ("J.R. Holm said") have no town and comma before them."""
    head = _PLACE_ABBREVIATION_HEAD.match(text, s, e)
    if head is None or head.end() >= e or not _TOWN_COMMA_BEFORE.search(text, max(0, s - 40), s):
        return [(s, e, label)]
    return [(s, head.end(1), "GPE"), (head.end(), e, label)]


def _after_dateline(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """The name without a dateline before it; a person's name when the rest is two to four capitalised words
    that name no body ("CLEVELAND - Donald Trump", labelled ORG as a whole)."""
    head: re.Match[str] | None = _DATELINE_HEAD.match(text, s, e)
    if head is None:
        # "HALVERN, Aldmere - Halvern Therapeutics reported": the name took the dateline's region and dash
        line = DATELINE.match(text, text.rfind("\n", 0, s) + 1)
        head = line if line is not None and s < line.end() < e else None
    if head is None or head.end() >= e:
        return s, e, label
    rest = text[head.end() : e]
    words = rest.split()
    if label != "PERSON" and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not _body_name(rest):
        label = "PERSON"
    return head.end(), e, label


_TITLE_HEAD = re.compile(
    r"(?:" + "|".join(t.capitalize() for t in sorted(PERSONAL_TITLES)) + r")\.?\s+"
    r"(?=[A-Z]|(?:(?:van|von|der|den|de|la|le|du|da|di|del|bin|al|el)\s+)+[A-Z])"
)
"""A personal title the tagger took into a name ("Mr Putin", British style without a full stop; "Mrs de la Fuente")."""


_GLUED_CREDIT = re.compile(r"\(?[^()\s]{1,40}\)(?=[A-Z])")
"""An outlet's credit glued to the first word ("(CNN)Israel launched ..."): the name starts after it."""
_INITIAL = re.compile(r"[A-Z]\.?")
"""A lone capital ("R." and "D." for the parties, "A" of a list): no name."""


def _after_credit(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    head = _GLUED_CREDIT.match(text, s, e)
    return (head.end(), e, label) if head is not None and head.end() < e else (s, e, label)


def _after_title(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """The name without a personal title before it, which stays in the text before the mention ("Mr Trump" ->
    "Trump", as "Mr. Trump" is tagged)."""
    head = _TITLE_HEAD.match(text, s, e)
    return (head.end(), e, "PERSON") if head is not None and head.end() < e else (s, e, label)


_RANK_HEAD = re.compile(r"(?:(?:" + "|".join(t.capitalize() for t in sorted(RANK_TITLES)) + r")\.?[^\S\n]+)+")
_NAME_WORDS = re.compile(
    r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?:[^\S\n]+(?:[A-Z]\.|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)){0,2}"
)


def _after_rank(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """The name without the abbreviated ranks the tagger took into it (:data:`RANK_TITLES`: "[Insp Gaskin]",
    "[Det Supt Ivo Brannock]", tagged a person or a body): a person's name, one to three name-shaped words that
    name no body ("Gen Z", "Col du Galibier" are not). The title stays in the text before the mention, where it is
    read as the person's title, as "Insp" is when the tagger leaves it out."""
    head = _RANK_HEAD.match(text, s, e)
    if head is None or not _NAME_WORDS.fullmatch(rest := text[head.end() : e]) or _body_name(rest):
        return s, e, label
    return head.end(), e, "PERSON"


_ROLE_TITLE_HEAD = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
_TITLE_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.")


def _after_role_title(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A person's title the tagger took into a name it then called an organisation ("[Councillor Brit Haugen]"
    ORG): the name is what follows, a person's, when the title is one a person holds (a job title, see
    ``is_role``), the rest is two or three capitalised words that are no body's name and hold no title, and the
    census knows the first as a given name or the last as a surname, or a speech verb follows ("Councillor Pieter
    Amsel asked"). The title stays in the text before the
    mention, where it is read as the person's role ("Mayor Ingrid Solvang", tagged without the title, alike)."""
    head = _ROLE_TITLE_HEAD.match(text, s, e)
    if label == "PERSON" or head is None:
        return s, e, label
    word = head.group(1).lower()
    if word not in ROLE_NOUNS and word not in PRE_NAME_TITLES and word not in TITLE_WORDS:
        return s, e, label
    rest = text[head.end() : e]
    words = rest.split()
    if not 2 <= len(words) <= 3 or not all(_TITLE_NAME_WORD.fullmatch(w) for w in words):
        return s, e, label
    if _body_name(rest) or any(is_role(w) or w.lower() in PRE_NAME_TITLES or w.lower() in TITLE_WORDS for w in words):
        return s, e, label  # "Director Bergen Harbour Authority", "Chief Justice John Roberts"
    verb = re.match(r"[^\S\n]+([a-z]+)", text[e : e + 20])
    speaks = verb is not None and cue_lemma(verb.group(1)) is not None  # "Councillor Pieter Amsel asked"
    if not (is_given_name(words[0]) or is_surname(words[-1]) or speaks):
        return s, e, label
    return head.end(), e, "PERSON"


_NOTICE = re.compile(r"(?i:correction|corrections|clarification|update|updated|editor['’]s note|note)\s*:\s?")
"""A notice's label ("Correction: an earlier version of this article said ..."): no one and nothing named."""


def _lower_person(text: str, s: int, e: int, label: str) -> bool:
    """A "person" or "organisation" in lower case in a text that writes names with capitals: a title ("said harbour
    master Ilse Varga") or a common word ("after being fed formula"), not a name."""
    return label in {"PERSON", "ORG"} and text[s:e].islower() and not text.islower()


_CODE_WORD = re.compile(r"(?=[\w.-]*\d{3})(?=[\w.-]*[A-Za-z])[\w.-]+")
"""A word of letters and three figures or more ("TM-4471", "QX-220"): a code, a lot or model number; not a group's
short name with a figure or two ("G7", "G20")."""


def _code_as_place(name: str, label: str) -> bool:
    """A code of letters and figures ("lot numbers TM-4471, TM-4472") the tagger read as a place, a group or a person:
    none of them is written so (a place's name may hold a number as a word of its own: "Area 51")."""
    return label in {"GPE", "LOC", "NORP", "PERSON"} and any(_CODE_WORD.fullmatch(w) for w in name.split())


_APPOSED_PERSON = re.compile(r",\s+((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)$")


def _apposed_person(text: str, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """One mention the tagger made of a name and a person in apposition after a comma ("a spokeswoman for
    [Corvane, Annika Dahl], said"): two, the second a person when it opens with a given name."""
    m = _APPOSED_PERSON.search(text, s, e)
    if label not in {"ORG", "PERSON", "GPE"} or m is None or m.start() == s or not is_given_name(m.group(1).split()[0]):
        return [(s, e, label)]
    return [(s, m.start(), label), (m.start(1), e, "PERSON")]


_BRACKET_IN_NAME = re.compile(r"\s*\(\s*(?=[A-Z])")


def _bracketed_name(text: str, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """A name and another in brackets after it that the tagger read as one ("[The National Chamber (Narodna Kamra])",
    a name and its translation): two names of one label, the second up to the bracket's close (no name holds a
    bracket it does not close). Not a person's, whose brackets hold a party or a place ("Ilse Brandt (Kessrin)")."""
    cut = _BRACKET_IN_NAME.search(text, s, e) if label != "PERSON" else None
    if cut is None or cut.start() == s or ")" in text[cut.end() : e]:
        return [(s, e, label)]
    return [(s, cut.start(), label), (cut.end(), e, label)]


_OF_END = re.compile(r"\s(?:of|of the|for|for the|de|del)$")
_AND_END = re.compile(r"\s(?:and|&)$")
_CONNECTOR_BREAK = re.compile(r"[ \t]+(?:of|of the|for|for the)(?=[ \t]*\n[ \t]*[A-Z])")
_CAPITALISED_RUN = re.compile(r"(?: |[ \t]*\n[ \t]*)((?:[A-Z][\w'\u2019-]*)(?: [A-Z][\w'\u2019-]*)*)")


def _cut_at_of(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tagger's names cut after "of" ("The Foreign Ministry of" + "Varskova", "the Republic of" and the country
    left untagged, "Council for the" + "Arts"), joined again with the capitalised words after them, on the same line
    or the next (a text wrapped at a fixed width: "Ministry of" / "Defence"): one name of the first's label. A name
    cut after "and" goes on only over such a break ("Kessrin Savings Bank and" / "Trust"); on one line the tagger
    ended it there for a reason ("the Bank and Varskova's treasury"), and "and" is trimmed later."""
    out: list[tuple[int, int, str]] = []
    ordered = sorted(ents)
    skip = -1
    for k, (s, e, label) in enumerate(ordered):
        if k <= skip:
            continue
        run = _CAPITALISED_RUN.match(text, e) if label in NAME_LABELS else None
        if run is not None and not _OF_END.search(text, s, e):
            run = run if _AND_END.search(text, s, e) and "\n" in text[e : run.start(1)] else None
        if run is None and label == "ORG" and text[s:e].split()[-1].lower() in BODY_WORDS:
            # "[the Varskovan Ministry] of" / "[Defence]": the tagger stopped before the connector at the break
            wrap = _CONNECTOR_BREAK.match(text, e)
            run = _CAPITALISED_RUN.match(text, wrap.end()) if wrap is not None else None
        if run is not None:
            end = run.end(1)
            nxt = k + 1
            while nxt < len(ordered) and ordered[nxt][0] < end:
                end = max(end, ordered[nxt][1]) if ordered[nxt][2] in NAME_LABELS else end
                nxt += 1
            out.append((s, end, label))
            skip = nxt - 1
            continue
        out.append((s, e, label))
    return out


def _with_suffix(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A person's name goes on over a generation's suffix the tagger left out or tagged apart: "[Harold Quist], Jr.'s
    new book" is Harold Quist Jr., not his father."""
    suffix = GENERATION_SUFFIX.match(text, e) if label == "PERSON" else None
    return (s, suffix.end(), label) if suffix is not None else (s, e, label)


_ON_BODIES = {
    "conference", "forum", "panel", "force", "convention", "campaign", "summit", "initiative", "partnership",
    "project", "program", "programme", "dialogue", "talks", "court", "tribunal", "fund", "treaty", "agreement",
    "declaration", "subcommittee", "group", "institute", "commission", "working", "center", "centre", "report",
}  # fmt: skip
"""Words of bodies and texts whose names go on over "on" ("Conference on Disarmament", "Treaty on ..."), besides
:data:`BODY_WORDS` ("Council on Foreign Relations")."""
_NAME_ON = re.compile(r"((?:[A-Z][\w'’-]+[^\S\n]+){1,2}[A-Z][\w'’-]+)[^\S\n]+on[^\S\n]+[A-Z]")


def _before_on(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A name the tagger ran on over "on" into the capitalised words of a headline or a title ("[Teo Brask on
    Injured Reserve]" of "placed Teo Brask on Injured Reserve") ends before "on", unless the words before it name a
    body whose name goes on so ("Council on Foreign Relations", :data:`_ON_BODIES`)."""
    cut = _NAME_ON.match(text, s, e) if label in {"ORG", "PERSON", "NORP"} else None
    head = cut.group(1).split()[-1].lower() if cut is not None else ""
    if cut is None or head in _ON_BODIES or head in BODY_WORDS or _body_name(cut.group(1)):
        return s, e, label
    return s, cut.end(1), label


_TIME_NAMES = frozenset(
    {
        "christmas", "easter", "ramadan", "eid", "hanukkah", "chanukah", "thanksgiving", "passover", "halloween",
        "diwali", "lent", "advent", "pentecost", "whitsun", "epiphany", "midsummer", "michaelmas", "hogmanay",
        "noon", "midnight", "midday", "today", "tonight", "yesterday", "tomorrow", "weekend", "spring", "summer",
        "autumn", "fall", "winter",
    }
)  # fmt: skip
"""One-word names of a time: a feast, a season, a part of the day ("in Ramadan", "at Christmas")."""
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|inside|across|around|to)[^\S\n]+$")


def _place_not_time(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A one-word name the tagger took for a date or a time after a preposition of place ("talks in [Estravel]" as
    DATE): no month, weekday or feast, no digit, so a place's name (GPE)."""
    word = text[s:e]
    if (
        label in {"DATE", "TIME"}
        and GROW_TOKEN.fullmatch(word)
        and not MONTH_NAME.fullmatch(word)
        and word.lower() not in WEEKDAYS
        and word.lower() not in _TIME_NAMES
        and _LOCATIVE_BEFORE.search(text, max(0, s - 12), s)
    ):
        return s, e, "GPE"
    return s, e, label


_SPAN_REPAIRS = (
    _place_not_time,
    _without_dashes,
    _one_line,
    _after_credit,
    _after_dateline,
    _after_title,
    _after_rank,
    _after_role_title,
    _without_count,
    _before_slash,
    _title_cased_end,
    _function_word_end,
    _with_suffix,
    _before_on,
)


def _repaired_span(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """One tagger span through the span repairs, in order (each may cut the span's edges or relabel it)."""
    for repair in _SPAN_REPAIRS:
        s, e, label = repair(text, s, e, label)
    return s, e, label


_OPENING_MARK_AS_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u2018(?=s\b)")


def tagged_text(text: str) -> str:
    """The text as the tagger and the parser read it, of the same length (every offset the same): an opening single
    mark set for the apostrophe of a possessive ("Ilse Marrow‘s office", a typesetter's slip) is the apostrophe, so
    that the name ends before it as it does before "’s"."""
    return _OPENING_MARK_AS_APOSTROPHE.sub("\u2019", text)


DISEASE = re.compile(
    r"(?i:covid(?:[- ]?19)?|sars(?:-cov-2)?|mers|ebola|zika|h[157]n[19]|mpox|monkeypox|coronavirus|"
    r"influenza|measles|cholera|malaria|tuberculosis)(?:['’]s?)?"
)
"""A disease's name ("COVID-19", "Ebola"), which a tagger reads as an organisation or a product: no person,
organisation or place, and no entity of the story (its name goes on in a longer one: "the COVID-19 Task Force")."""


def repair_mentions(
    text: str,
    ents: list[tuple[int, int, str]],
    tokens: list[tuple[int, int]],
    cues: list[Cue],
    *,
    outlet: str | None = None,
    common: set[tuple[int, int]] | None = None,
    plural: set[tuple[int, int]] | None = None,
) -> list[NameMention]:
    """The article's entity mentions, repaired as described in the module docstring. ``common`` holds the one-word
    spans opening a sentence that the tagger reads as common words: they are names only on other evidence; ``plural``
    those of them it reads as plural common nouns ("Shoppers at the pharmacy said"), which a speech cue does not
    make a person."""
    tk = _Toks(tagged_text(text), tokens)  # its words as the tagger read them: "Holm‘s" is "Holm’s"
    ents = _cut_at_of(text, ents)
    spans = (
        _repaired_span(text, *z)
        for d in ents
        for w in _dateline_place(text, *d)
        for x in _place_abbreviation(text, *w)
        for y in _apposed_person(text, *x)
        for z in _bracketed_name(text, *y)
    )
    ms = [
        NameMention(s, e, lab, text[s:e])
        for s, e, lab in spans
        if lab in NAME_LABELS
        and not _INITIAL.fullmatch(text[s:e])
        and not _lower_person(text, s, e, lab)
        and not _code_as_place(text[s:e], lab)
        and not _NOTICE.fullmatch(text, s, min(len(text), e + 2))
        and not DISEASE.fullmatch(text[s:e])
    ]
    ms = [
        m
        for m in ms
        if not any(o.start <= m.start and m.end <= o.end and o is not m for o in ms if o.label == "PERSON")
    ]
    ms = _owners_apart(_possessive_places(_headline_names(ms, tk), text), text)
    ms = _joined_services(_joined_bodies(_particle_tails(ms, text), text), text)
    taken = {k for s, e, _ in ents for k in range(tk.index(s), tk.index(e - 1) + 1)}
    for m in ms:
        if m.label == "PERSON" or len(m.text.split()) == 1:
            own = set(range(tk.index(m.start), tk.index(m.end - 1) + 1))
            _grow(m, tk, taken - own)
    persons = [m for m in ms if m.label == "PERSON"]
    makers = {m.text for m in ms if m.label == "ORG" and _NAME_WORD.fullmatch(m.text)}
    for m in ms:
        _evidence(m, tk, cues, persons, outlet)
        if m.label == "PERSON" and _body_name(m.text):
            m.votes = 0  # "Vellmoor City Transit said": a body that speaks, not a person
        elif _event_name(m):
            m.label, m.votes = "EVENT", 0  # "the Kessrin Fire": a fire named after its town, no person
        elif m.label == "PERSON" and m.votes <= 1 and _maker_first(m.text, makers):
            m.label, m.votes = "PRODUCT", 0  # "the urgent Orvane Fix It solution": the company Orvane's tool
    _dateline_names(ms, text)
    # a full name with a person's evidence somewhere in the article is that person at each of its mentions ("Lester
    # Vale of NBC News" after "moderator Lester Vale"), unless the mention's own words give a company
    sure = {m.text for m in ms if m.titled and m.votes >= 2 and len(m.text.split()) >= 2}
    for m in ms:
        if m.text in sure and m.votes in (0, 1) and not m.company:
            m.votes = 2
    # full names: two words or more, as sure to be a person as the labels below make them (the tagger's PERSON
    # with nothing against it counts: "New York billionaire Mike Bloomberg" names him as well as a cue would)
    full = [m for m in ms if (m.votes >= 2 or (m.label == "PERSON" and m.votes >= 1)) and len(m.text.split()) >= 2]
    places = _place_heads(ms)  # the tagger's place label is as good a sign as a place name the word opens
    settlements = _settlements(ms, text)
    for m in ms:
        # not a name its own words give as a company's ("Dunmore chairman Rasmus Eide": "Dunmore" of "Dunmore Fittings"),
        # nor a place the tagger saw where the words read as one ("left Tarrant" beside "Mira Tarrant")
        if m.text in settlements and m.votes <= 1:
            m.label = "GPE"  # '"Brask can go home"' beside "the town of Brask": the town, not Henrik Brask
            continue
        if m.label in _SITE_LABELS and _place_word_here(text, m.start, m.end, places | {m.text}):
            continue
        if m.label == "ORG" and " " not in m.text and _place_word_here(text, m.start, m.end, places):
            m.label = "GPE"  # "left Brannock" beside "Brannock International Airport": the town, as the tagger missed
            continue
        if m.votes > -9 and len(m.text.split()) == 1 and not m.company and _fuzzy_part(m.text, full):
            # "Osei-Lund" tagged a work of art, "Hałasz" a law; a group's word only when it is a given name with no
            # demonym's ending ("Hanna" of "Hanna Ruel", not "Christian" of "Christian Holm")
            m.votes += 2 if m.label != "NORP" or _given_name_of(m.text, full) else 0
    if common:  # "Turnout was 63.2 percent", "Farmers who ...": a capital the sentence gave a common word
        ms = [m for m in ms if not _common_opener(m, common, text, plural or set())]
    ms = [m for m in ms if not _lower_elsewhere(m, text)]
    # a name the article gives as a company somewhere, and never with a role, title or cue, is one everywhere
    companies = {m.text for m in ms if m.label == "PERSON" and m.company}
    companies -= {m.text for m in ms if m.votes >= 2}
    for m in ms:
        m.label = (
            "PERSON"
            if (m.votes >= 2 or (m.label == "PERSON" and m.votes >= 1)) and m.text not in companies
            else ("ORG" if m.label == "PERSON" else m.label)
        )
    _full_names_of_surnames(ms, text)
    _places_as_elsewhere(ms, full)
    _craft_and_places(ms, text)
    ms = _tidy(ms, text)
    ms = _untagged_surnames(
        _untagged_full_names(
            _untagged_people(_untagged_titled_speakers(_untagged_speakers(ms, tk, cues), tk, cues), tk), tk
        ),
        tk,
    )
    ms = _untagged_short_forms(
        _untagged_org_names(_untagged_shop_names(_untagged_particle_names(ms, tk), tk), text), tk
    )
    _particles_put_back(ms, text)
    if given := _untagged_given_names(ms, tk):
        ms = sorted([*ms, *given], key=lambda m: m.start)
    for m in ms:
        if m.label == "PERSON" and _body_name(m.text):
            m.label = "ORG"  # "Republican National Committee", cut from the title before "Reince Priebus"
        elif m.label == "NORP" and len(m.text.split()) >= 2 and m.text.split()[-1].lower() in TRADE_WORDS:
            m.label = "ORG"  # "Tessaly Pharma": a business by its trade, no group of people
    _sites_and_firms(ms, text)
    _site_modifiers(ms, text)
    ms = _doctrines_and_attacks(ms, text)
    _brand_names(ms, text)
    ms = _subtitled_works(ms, text)
    _works_and_bands(ms, text)
    _of_a_person(ms, text)
    ms = _shop_names(ms, text)
    _addressed_bodies(ms)
    ms = _linked_products(_stages_studies_and_goods(ms, text), text)
    _people_by_circle(ms, text)
    _state_nicknames(ms, text)
    _regions_after_places(ms, text)
    _states_by_office(ms, text)
    ms = _name_kinds(ms, text)
    for m in ms:  # "Lise's brother, Anders Brask,": a relative is a person, whatever the tagger called the name
        words = m.text.split()
        if (
            m.label != "PERSON"
            and len(words) >= 2
            and all(_NAME_WORD.fullmatch(w) for w in words)
            and _KIN_APPOSED.search(text, max(0, m.start - 30), m.start)
        ):
            m.label = "PERSON"
    for m in ms:  # "his brother Jack Page", "first lady Jill Biden": whose relative is a role the brief shows
        kin = _KIN_BEFORE.search(text, max(0, m.start - 40), m.start) if m.label == "PERSON" else None
        role = _kin_role(kin, m, ms, text) if kin is not None and len(_name_parts(m.text)) >= 2 else None
        if role and not m.roles:
            m.roles.append(role)
        elif role and kin is not None and role != kin.group(1).lower():
            # "Her father, Konrad Lind, who led the central bank ...": both, the relation first
            m.roles[0] = f"{role}, {m.roles[0]}"
    ms = _translated_names(ms, text)
    _without_article(ms, text)
    _own_outlet(ms, text, outlet)
    ms = _makers_and_media(ms, text)
    _places_by_demonym(ms, text)
    ms = _transcript_hosts(ms, text)
    _canonical(ms, text)
    _known_as(ms, text)
    return _dedupe(_without_nicknames(ms, text))


_LINE_LABEL = re.compile(
    r"^[ \t]*[\"“]?([A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){1,2})(?:,[ \t]+([A-Za-z][A-Za-z ]{1,30}))?:[ \t]+(?=[\"“‘'(]?[A-Z])",
    re.M,
)
"""A transcript line's label of a full name, perhaps with a role ("LENA HOLT: Good evening.", "KARA VOSS, HOST:",
"Ilse Marrow: Thank you.")."""


BROADCAST_ROLES = frozenset({"host", "co-host", "anchor", "presenter", "moderator", "correspondent", "reporter"})
"""The roles a broadcast transcript gives after a label's name ("KARA VOSS, HOST:")."""


def _transcript_hosts(ms: list[NameMention], text: str) -> list[NameMention]:
    """The full names that label the lines of a transcript are people, whatever the tagger made of them (an
    organisation, a place, or nothing in capitals): two or three name words, no body's word, title or common word,
    in a text of :data:`MIN_TURNS` or more such lines, a label that opens two lines or more (the host's, the guest's)
    or names a person the text names elsewhere."""
    hits = [h for h in _LINE_LABEL.finditer(text) if _label_name(h.group(1))]
    if len(hits) < MIN_TURNS:
        return ms
    counts = Counter(h.group(1).lower() for h in hits)
    named = {m.text.lower() for m in ms if m.label == "PERSON"}
    out, added = list(ms), []
    for h in hits:
        s, e = h.span(1)
        if counts[h.group(1).lower()] < 2 and h.group(1).lower() not in named:
            continue
        out = [m for m in out if not (m.start < h.end() and h.start() < m.end)]  # "KARA", "HOST" of "KARA VOSS, HOST:"
        role = (h.group(2) or "").strip()
        held = [role.lower()] if role and all(is_role(w) or w.lower() in BROADCAST_ROLES for w in role.split()) else []
        added.append(NameMention(s, e, "PERSON", text[s:e], roles=held))
    return sorted([*out, *added], key=lambda m: m.start) if added else ms


def _label_name(label: str) -> bool:
    words = label.split()
    return (
        not _body_name(label)
        and not any(is_role(w) or _title_word(w) or w.lower() in stopwords() or cue_lemma(w) for w in words)
        and not any(w.lower() in NEWSROOM_WORDS for w in words)
    )


_NICKNAME_BEFORE = re.compile(
    r",?\s*(?:(?:also|better|widely|popularly)\s+)?(?:known\s+as|nicknamed|dubbed|called)\s+"
    r"[\"“‘']\s*(?:[Tt]he\s+)?$"
)
_QUOTE_CLOSE = re.compile(r"[\"”’']")


_KNOWN_AS_BEFORE = re.compile(r",\s*(?:(?:also|better|widely|popularly)\s+)?(?:known\s+as|nicknamed|called)\s+$")
_NAME_ENDS = re.compile(r"[,.;:)]|\s+(?:and|to|by|who|was|is)\b|$")


def _known_as(ms: list[NameMention], text: str) -> None:
    """A short given name a person goes by, written after the full name and "known as" ("Margaret Dunley, known as
    Maggie, ..."): a mention of that person (the tagger reads it as anything), and so are the article's other
    mentions of the short name alone or with the surname ("Maggie", "Maggie Dunley"), which the story then joins
    to the full name (see ``resolve._known_as_people``). One capitalised word, ended there; not one in quotation
    marks (a nickname, see :func:`_without_nicknames`)."""
    persons = [m for m in ms if m.label == "PERSON" and len(_name_parts(m.text)) >= 2]
    short: dict[str, NameMention] = {}
    for m in ms:
        lead = _KNOWN_AS_BEFORE.search(text, max(0, m.start - 30), m.start)
        if lead is None or not _NAME_WORD.fullmatch(m.text) or not _NAME_ENDS.match(text, m.end):
            continue
        p = next((p for p in persons if 0 <= lead.start() - p.end <= 1), None)
        if p is not None and m.text not in _name_parts(p.text):
            short[m.text] = p
    for m in ms:
        words = _name_parts(m.text)
        p = short.get(words[0]) if words else None
        if p is not None and (len(words) == 1 or (len(words) == 2 and words[1] == _surname(p.text))):
            m.label, m.votes, m.canonical = "PERSON", max(m.votes, 2), clean_name(p.text)


def _without_nicknames(ms: list[NameMention], text: str) -> list[NameMention]:
    """A person's nickname in quotation marks after "known as", "nicknamed", "dubbed" ('Jarek Vostrinov, known as
    "the Locksmith", ...'): a name the person goes by, no one else; the tagger reads it as another person."""
    persons = [m for m in ms if m.label == "PERSON"]
    out = []
    for m in ms:
        lead = _NICKNAME_BEFORE.search(text, max(0, m.start - 40), m.start)
        if (
            lead is not None
            and _QUOTE_CLOSE.match(text, m.end)
            and any(0 <= lead.start() - p.end <= 2 for p in persons if p is not m)
        ):
            continue
        out.append(m)
    return out


def own_outlet(name: str, outlet: str | None) -> bool:
    """``name`` is the article's own outlet ("the Daily Lamp" of "..., the Daily Lamp can reveal" in The Daily Lamp):
    a speaker that is the outlet tells its own story, in its own words, and is no voice it quotes."""
    return bool(outlet) and " ".join(clean_name(name).lower().split()) == " ".join(
        clean_name(outlet or "").lower().split()
    )


def _own_outlet(ms: list[NameMention], text: str, outlet: str | None) -> None:
    """The article's own outlet called by its short name ("Marten told the Meridian" in The Daily Meridian: the
    outlet's name without "The" and its newspaper words) is that organisation, not a nationality or group the tagger
    read; not an adjective before a noun ("the Irish government" in The Irish Times)."""
    from ..clean.masthead import NEWS_WORDS

    if not outlet:
        return
    short = " ".join(w for w in clean_name(outlet).split() if w.lower() not in NEWS_WORDS)
    for m in ms:
        if m.label == "NORP" and short and m.text == short and not re.match(r"\s+[a-z]", text[m.end : m.end + 3]):
            m.label = "ORG"


MEDIA_ENDS = frozenset({"live", "online", "news", "tv", "radio", "television", "broadcasting", "newswire", "media"})
"""Last words of a news outlet's name that no person's name ends with ("Meridon Live", "Kettleby News")."""
_SUPPLY_BEFORE = re.compile(
    r"\b(?:doses|shots|vaccines?|jabs)\s+(?:each\s+)?(?:(?:made|developed|produced|supplied)\s+)?(?:from|by)\s+$"
)
"""What a drug maker supplies, before its name: "50 million doses each from Kovax", "the vaccine made by Kovax"."""
_AND_MAKER = re.compile(r"\s+and\s+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b(?![ \t]*[A-Z])")


def _makers_and_media(ms: list[NameMention], text: str) -> list[NameMention]:
    """Kinds the words give, whatever the tagger read: a name ending in a news outlet's word (:data:`MEDIA_ENDS`:
    "Meridon Live reported") is an organisation, not a person, unless it is a known surname; a name after what a drug
    maker supplies ("doses each from Kovax and Medrion") is a company, and so is the name after "and" there, which
    the tagger may have missed."""
    added: list[NameMention] = []
    for m in ms:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and words[-1].lower() in MEDIA_ENDS and not is_surname(words[-1]):
            m.label, m.roles = "ORG", []
        if m.label in {"GPE", "PERSON", "NORP", "LOC"} and _SUPPLY_BEFORE.search(text, max(0, m.start - 50), m.start):
            m.label, m.roles = "ORG", []
            pair = _AND_MAKER.match(text, m.end)
            if pair and not any(o.start <= pair.start(1) < o.end for o in ms):
                added.append(NameMention(pair.start(1), pair.end(1), "ORG", pair.group(1)))
            elif pair:
                for o in ms:
                    if o.start == pair.start(1) and o.label in {"GPE", "PERSON", "NORP", "LOC"}:
                        o.label, o.roles = "ORG", []
    return sorted([*ms, *added], key=lambda m: m.start) if added else ms


def demonym_written(name: str, text: str) -> bool:
    """``text`` writes the people's adjective of the one-word name ``name`` before a noun ("Korsenian bullying" of
    "Korsenia", "the Valdoran delegation" of "Valdor")."""
    if not re.fullmatch(r"[A-Z][a-z]{3,}", name):
        return False
    forms = [name + "n"] if name.endswith("a") else [name + "an", name + "ian", name + "ese"]
    return any(re.search(rf"\b{f}\s+[a-z]", text) for f in forms)


def _places_by_demonym(ms: list[NameMention], text: str) -> None:
    """A one-word organisation whose people's adjective the article writes ("Korsenia" beside "Korsenian bullying",
    "Valdor" beside "the Valdoran delegation") is the country (``resolve`` does the same with the story's texts)."""
    for m in ms:
        if m.label == "ORG" and demonym_written(m.text, text):
            m.label = "GPE"


_STAFF_TITLE_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:"
    + "|".join(sorted((w for w in ROLE_NOUNS if w.isalpha()), key=len, reverse=True))
    + r")\s+[A-Z][\w'’-]+\s+[A-Z]"
)
"""After a name, a lower-case title and a person's full name ("Dalby mining analyst Orla Finch"): the name is whose
title it is."""


def _sites_and_firms(ms: list[NameMention], text: str) -> None:
    """People that are sites or firms: a name ending in a mine's word ("the Ashby Pit") is a facility; one word that
    opens a firm's longer name in the article and stands before a staff title and its holder ("Analysts at Dalby
    Brothers ... said Dalby mining analyst Orla Finch") is that firm."""
    firms = {m.text.split()[0] for m in ms if m.label == "ORG" and len(m.text.split()) >= 2}
    for m in ms:
        words = m.text.split()
        if m.label != "PERSON" or m.roles:
            continue
        if len(words) >= 2 and words[-1].lower() in WORKINGS and words[-1][:1].isupper():
            m.label = "FAC"
        elif len(words) == 1 and m.text in firms and _STAFF_TITLE_AFTER.match(text, m.end):
            m.label = "ORG"


_SITE_NOUN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:(mine|mines|colliery|pit|quarry|dam|reservoir|oilfield|gasfield)|plant|smelter|refinery)\b"
    r"(?!['’])"
)
"""A lower-case site word after a name, perhaps with what the site works ("the Harnsby copper mine", "the Orlesk
plant", "the Tarrow dam"): the name is the site's modifier. The first group are sites named after their place;
a plant, a smelter or a refinery is named as often after the company that runs it ("the Kelvane chemical plant")."""


def _site_modifiers(ms: list[NameMention], text: str) -> None:
    """A one-word name that only modifies a site's word ("the Harnsby mine", "the Orlesk formula plant") is read as
    the site (FAC), not the organisation the tagger or the site's context made it: such a name is most often the
    town's, and the story's place votes decide (see :func:`storyline.extract.resolve.resolve_entities`). Not a word
    that opens an organisation's longer name in the article ("the Brisvale plant" beside "Brisvale Nutrition"): that
    is the company's site; nor a works' name (a plant, a smelter, a refinery) the article does not also give as a
    place ("the Orlesk plant" beside "in Orlesk"): such a site is as often named after its company ("the CEO of the
    Kelvane chemical plant")."""
    firms = {m.text.split()[0] for m in ms if m.label == "ORG" and len(m.text.split()) >= 2}
    places = {m.text for m in ms if m.label in ("GPE", "LOC")}
    for m in ms:
        site = _SITE_NOUN.match(text, m.end) if m.label == "ORG" and " " not in m.text else None
        if site is not None and m.text not in firms and (site.group(1) or m.text in places):
            m.label = "FAC"


DOCTRINE_WORD = re.compile(r"(?:[A-Z][a-z]+[-\u2010\u2011])?[A-Z][a-z]{2,}(?:phobia|philia|mania|ism)s?")
"""One word for a fear, a liking, a craze or a doctrine ("Russophobia", "Anti-Semitism", "Thatcherism"): no name of an
organisation, place or person, whatever the tagger read (it often reads an unknown capitalised word as one). A
group's word stays the tagger's NORP, and a faith is one (:data:`RELIGIONS`)."""
RELIGIONS = frozenset(
    {"judaism", "christianity", "islam", "hinduism", "buddhism", "sikhism", "jainism", "taoism", "shinto",
     "shintoism", "zoroastrianism", "confucianism", "catholicism", "protestantism", "mormonism", "anglicanism",
     "methodism", "lutheranism", "calvinism", "pentecostalism", "sufism", "bahaism", "rastafarianism"}
)  # fmt: skip
"""Faiths by name: a religious group's word (NORP, as the tagger's scheme files religions), never a doctrine's word
to drop (:data:`DOCTRINE_WORD`) nor an organisation."""
_THING_AFTER = re.compile(
    r"\s+(?:(ransomware|malware|worm|trojan|spyware|botnet)|cyber[\s-]?attacks?|attacks?|bombings?|massacre)\b"
    r"(?!['’])"
)
"""A lower-case noun after a name that makes the name that of a piece of software ("the Tarnel ransomware": group 1)
or of an attack ("the so-called Tarnel cyber attack")."""
_SOFTWARE_NAME_LABELS = frozenset({"ORG", "LOC", "FAC", "PERSON", "WORK_OF_ART"})
_THE_OR_SO_CALLED = re.compile(r"\b(?:[Tt]he|so-called)\s+$")


def _doctrines_and_attacks(ms: list[NameMention], text: str) -> list[NameMention]:
    """A doctrine's or an attitude's word is no entity (:data:`DOCTRINE_WORD`); a one-word "organisation" that only
    names a piece of malicious software or an attack ("the so-called Tarnel cyber attack", "the Tarnel worm") is that
    software (PRODUCT) or that event (EVENT). Not a word that opens an organisation's longer name in the article, nor
    one its words give as a company elsewhere (:func:`company_context`): the attack is then on that company."""
    firms = {m.text.split()[0] for m in ms if m.label == "ORG" and len(m.text.split()) >= 2}
    firms |= {m.text for m in ms if company_context(text, m.start, m.end, sites=False)}
    out = []
    for m in ms:
        if m.text.lower() in RELIGIONS:
            m.label = "NORP"  # a faith, its believers' name: no doctrine dropped, no organisation
        if m.label != "NORP" and DOCTRINE_WORD.fullmatch(m.text):
            continue
        after = _THING_AFTER.match(text, m.end) if " " not in m.text and m.text not in firms else None
        # a place names an attack as often as a group does ("the Tarrow attack"), not a piece of software
        thing = after is not None and (m.label == "ORG" or (after.group(1) and m.label in _SOFTWARE_NAME_LABELS))
        if thing and after is not None and _THE_OR_SO_CALLED.search(text, max(0, m.start - 12), m.start):
            m.label = "PRODUCT" if after.group(1) else "EVENT"
        out.append(m)
    return out


_BRAND_BEFORE = re.compile(
    r"\b(?:brand(?:[\s-]name)?|trade[\s-]name|(?:sold|marketed|sell|market|launched)\s+(?:as|under(?:\s+the\s+name)?))"
    r"\s+$",
    re.I,
)
"""The words before a product's brand: "to be sold as Tolvaxa", "under the brand name Tolvaxa", "marketed as"."""


def _brand_names(ms: list[NameMention], text: str) -> None:
    """A name the article gives as a brand ("will be sold under the brand name Tolvaxa", "to be marketed as
    Tolvaxa") is a product wherever the article writes it, whatever the tagger called it (a place, for an invented
    word). Not a person's name ("sold as Maria Lenz's own"), nor a name of more words that opens with an
    organisation's ("sold under the Kelvane Foods label")."""
    firms = {m.text.split()[0] for m in ms if m.label == "ORG" and len(m.text.split()) >= 2}
    brands = {
        m.text
        for m in ms
        if m.label not in {"PERSON", "NORP", "WORK_OF_ART"}
        and m.text.split()[0] not in firms
        and _BRAND_BEFORE.search(text, max(0, m.start - 40), m.start)
    }
    for m in ms:
        if m.text in brands:
            m.label = "PRODUCT"


_WORKS = (
    r"book|novel|memoir|biography|autobiography|film|movie|documentary|album|song|single|play|musical|opera|poem|"
    r"essay|podcast|painting|sculpture|exhibition|sitcom"
)
_NAMED_WORKS = _WORKS.replace("|single|play|", "|")
_WORK_BEFORE = re.compile(
    rf"(?:\b(?:{_NAMED_WORKS})(?:[^\S\n]+(?:titled|entitled|called))?|\b(?:titled|entitled))[^\S\n]+[\"“‘*_]?$", re.I
)
"""Words right before a work's title: "the book Unbowed", "a film titled 'Salt Roads'", "titled *Unbowed*"."""
_WORK_APPOSED = re.compile(
    rf"(?:\b(?:a|an|the|his|her|their|its)|['’]s)[^\S\n]+(?:[a-z-]+[^\S\n]+){{0,2}}?(?:{_WORKS}),[^\S\n]+[\"“‘*_]?$",
    re.I,
)
_APPOSITION_END = re.compile(r"[\"”’*_]?(?:,|:|[^\S\n]+(?:\(|[-–—]))")
"""A work's title in apposition: "a new book, Unbowed: How the Coast ...", "his latest film, Salt Roads, ..."."""
_ENSEMBLES = r"band|group|duo|trio|quartet|orchestra|choir|ensemble|label"
_ENSEMBLE_BEFORE = re.compile(
    rf"\b(?:the|a|an|rock|pop|punk|folk|indie|metal|jazz)[^\S\n]+(?:{_ENSEMBLES})[^\S\n]+$", re.I
)
"""Words right before a band's name ("as the band Saltglass began its set"): a group, not a person."""


def thing_context(text: str, start: int, end: int) -> str | None:
    """What the words right around a name say it is when they give it as a work's title ("WORK_OF_ART": "the book
    Unbowed", "a new book, Unbowed: How ...", "titled Salt Roads"), a band or a social platform ("ORG": "the band
    Saltglass", "posted photos on Chirp", "his Chirp account"); else None."""
    before = text[max(0, start - 40) : start]
    opened = before[-1:] in {'"', "“", "‘", "*", "_"}
    if (_WORK_BEFORE.search(before) and (not opened or text[end : end + 1] in {'"', "”", "’", "*", "_"})) or (
        _WORK_APPOSED.search(before) and _APPOSITION_END.match(text, end)
    ):
        return "WORK_OF_ART"  # a quoted title is the whole quotation ('titled "U.S. ...' holds no work "U.S.")
    possessive = text[end - 2 : end] in {"'s", "’s"} or text[end : end + 1] in {"'", "’"}
    if _ENSEMBLE_BEFORE.search(before) or (not possessive and _ACCOUNT_AFTER.match(text, end)):
        return "ORG"
    one_word = " " not in text[start:end].strip()
    return "ORG" if one_word and _POSTED_ON.search(before) else None


_POSTED_ON = re.compile(
    r"\b(?:posted|posts|posting|shared|shares|tweeted|streamed|livestreamed|live-streamed)\b[^.\n]{0,30}\bon[^\S\n]+$"
)
_ACCOUNT_AFTER = re.compile(
    r"(?:[^\S\n]+(?:and|&)[^\S\n]+[A-Z][\w-]*)?[^\S\n]+(?:account|accounts|feed|feeds|channel|channels)\b"
)
"""A social platform's name, by what is done on it ("posted photos on Chirp") or what it holds ("the gunman's Chirp
and Lumo accounts"): a service, not a work or a person."""


def _works_and_bands(ms: list[NameMention], text: str) -> None:
    """A name the article gives as a work's title ("a new book, Unbowed, ...", "the film Salt Roads") is the work
    wherever the article writes it, whatever the tagger called it; a band's ("the band Saltglass") is a group. Either
    has no role ("In Unbowed, the governor's eldest son ...": no governor). A word of a person's full name ("a
    documentary titled Weiner" beside "Anthony Weiner") is the work only where those words give it."""
    kinds: dict[str, str] = {}
    at: dict[int, str] = {}
    parts = {w for m in ms if m.label == "PERSON" and len(_name_parts(m.text)) >= 2 for w in _name_parts(m.text)}
    for name in {clean_name(m.text) for m in ms if m.label in {"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART"}}:
        # every place the article writes the name, the tagger's or not ("a new book, Unbowed," it may miss)
        for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
            if kind := thing_context(text, hit.start(), hit.end()):
                at[hit.start()] = kind
                if name not in parts:
                    kinds[name] = "WORK_OF_ART" if kinds.get(name) == "WORK_OF_ART" else kind
    for m in ms:
        kind = kinds.get(clean_name(m.text)) or at.get(m.start)
        if kind is not None and m.label != kind:
            m.label, m.roles = kind, []


_TITLE_WORD = r"(?:[A-Z0-9][\w'’-]*|a|an|the|of|on|in|and|or|to|for|with|at|by|from|as|into|over|nor|but|vs\.?)"
_SUBTITLED = re.compile(
    rf"[A-Z0-9][\w'’-]*(?:[^\S\n]+{_TITLE_WORD})*?:[^\S\n]+[A-Z0-9][\w'’-]*(?:[^\S\n]+{_TITLE_WORD})*?"
    rf"(?<=[A-Za-z0-9])(?=[\"”’*_]?(?:[,.;)!?]|[^\S\n]+[-–—(]|$))"
)
"""A work's title with its subtitle, every word capitalised but for short function words, up to the punctuation that
closes the apposition: "Fault Lines: How the Coast Feeds on Hate and Fear" (of "a new book, Fault Lines: ..., on")."""


def _subtitled_works(ms: list[NameMention], text: str) -> list[NameMention]:
    """A work's title with a subtitle, where words before it give it as a work ("a new book, Fault Lines: How the Coast
    Feeds on Hate and Fear, on Tuesday"), is one work of art over both parts, whatever the tagger cut from it: the
    names in its words ("Hate" as a place) are no mentions of their own."""
    works: list[NameMention] = []
    for m in ms:
        before = text[max(0, m.start - 40) : m.start]
        title = _SUBTITLED.match(text, m.start)
        if title is None or title.end() < m.end or ":" not in title.group():
            continue
        if not (_WORK_APPOSED.search(before) or _WORK_BEFORE.search(before)):
            continue
        m.end, m.text, m.label, m.roles = title.end(), title.group(), "WORK_OF_ART", []
        works.append(m)
    if not works:
        return ms
    return [m for m in ms if m in works or not any(w.start <= m.start and m.end <= w.end for w in works)]


_OF_BETWEEN = re.compile(r",?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?")


def _of_a_person(ms: list[NameMention], text: str) -> None:
    """A "person" right after a person's name and "of" ("The promoter, Tomáš Dvořánek of Brightwave Live,") is what
    that person belongs to, an organisation, when nothing else makes it a person (a role, a title, a cue)."""
    for p, m in itertools.pairwise(ms):
        if (
            p.label == "PERSON"
            and m.label == "PERSON"
            and len(_name_parts(p.text)) >= 2
            and not m.roles
            and m.votes < 2
            and not POSSESSIVE.search(m.text)  # "Kara Voss of Lena Holt's team"
            and _OF_BETWEEN.fullmatch(text, p.end, m.start)
        ):
            m.label = "ORG"


_SHOP_AFTER = re.compile(
    r"[^\S\n]+(?:shop|shops|store|stores|outlet|branch|showroom|dealership|franchise|bookshop|bookstore|boutique|"
    r"supermarket|pharmacy|restaurant|cafe|café)\b"
)
_A_BEFORE = re.compile(r"\b(?:a|an)[^\S\n]+$", re.I)
_JOINED_BY_AND = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+")


def _shop_names(ms: list[NameMention], text: str) -> list[NameMention]:
    """A name between "a" and a shop's word is the shop's business ("at a Kessling Parker and Lowe shop"), one
    organisation over its "and", never the people it may be named after."""
    out: list[NameMention] = []
    i = 0
    while i < len(ms):
        m, j = ms[i], i
        while j + 1 < len(ms) and _JOINED_BY_AND.fullmatch(text, ms[j].end, ms[j + 1].start):
            j += 1  # "Kessling Parker" and "Lowe": one name
        last = ms[j]
        if (
            m.label in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
            and _A_BEFORE.search(text, max(0, m.start - 4), m.start)
            and _SHOP_AFTER.match(text, last.end)
        ):
            out.append(NameMention(m.start, last.end, "ORG", text[m.start : last.end]))
            i = j + 1
            continue
        out.append(m)
        i += 1
    return out


_ADDRESSED_BODY = re.compile(r"([A-Z][a-z]+)[^\S\n]+to[^\S\n]+(?=(?:[A-Z][\w'’-]*[^\S\n]+)*([A-Z][a-z]+)$)")


def _addressed_bodies(ms: list[NameMention]) -> None:
    """An organisation's name run on from the noun of what is sent to it ("Order to Port Board to pause spending", a
    headline's "Letter to Harbour Committee"): the body, from the word after "to", when that ends in a body's word
    and the word before "to" is none ("Committee to Protect Journalists" stays whole)."""
    for m in ms:
        if m.label != "ORG" or (cut := _ADDRESSED_BODY.match(m.text)) is None:
            continue
        if cut.group(2).lower() in BODY_WORDS and cut.group(1).lower() not in BODY_WORDS:
            m.start, m.text = m.start + cut.end(), m.text[cut.end() :]


STAGE = re.compile(
    r"(?:Phase|Stage|Level|Step|Tier|Grade|Category)\s+(?:\d{1,2}[a-z]?|[IVX]{1,4})(?:/(?:\d{1,2}|[IVX]{1,4}))?"
)
"""A numbered stage or grade ("Phase 3", "Phase II/III", "Stage 4", "Category 5"): a step on a scale, no name."""
_GOODS = (
    r"drug|medicine|medication|pill|vaccine|treatment|therapy|blood[\s-]thinner|painkiller|antibiotic|inhaler|"
    r"implant|device|smartphone|phone|handset|laptop|tablet|console|car|vehicle|truck|aircraft|jet|plane|drone|"
    r"game|app|software|chip|processor|brand|model|product|beer|drink|cereal|snack"
)
_GOODS_BEFORE = re.compile(rf"\b(?:[Ii]ts|[Tt]heir|[A-Z][\w-]*(?:['’]s|s['’]))\s+(?:[\w-]+\s+){{0,2}}(?:{_GOODS})\s+$")
"""A maker's goods of a kind named before a name: "its blood-thinner Tarvex", "Quenby's heart drug Lumora"."""
_STUDY_AFTER = re.compile(r",\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,3}(?:trial|study)\b(?!['’])")
_CODED_STUDY_AFTER = re.compile(r"\s+(?:trial|study)\b(?!['’])")
_CODED = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)+|[A-Z]+\d+[A-Z0-9]*")


def _stages_studies_and_goods(ms: list[NameMention], text: str) -> list[NameMention]:
    """A numbered stage ("Phase 3") is no name (:data:`STAGE`); a study named in apposition ("DORA-HF, its Phase 3
    trial") or a coded name before "trial" or "study" ("the DORA-HF trial") is that study, an event; a name after a
    maker's goods ("its blood-thinner Tarvex") is a product. Each wherever the article writes the name; not a
    person's name (a one-word "person" may be a product's invented name)."""
    ms = [m for m in ms if not STAGE.fullmatch(m.text)]
    studies, goods = set(), set()
    for m in ms:
        coded = _CODED.fullmatch(m.text) and _THE_BEFORE_NAME.search(text, max(0, m.start - 4), m.start)
        if m.label != "PERSON" and (
            _STUDY_AFTER.match(text, m.end) or (coded and _CODED_STUDY_AFTER.match(text, m.end))
        ):
            studies.add(m.text)
        elif (m.label != "PERSON" or " " not in m.text) and _GOODS_BEFORE.search(text, max(0, m.start - 60), m.start):
            goods.add(m.text)
    for m in ms:
        if m.text in studies:
            m.label = "EVENT"
        elif m.text in goods and (m.label != "PERSON" or " " not in m.text):
            m.label = "PRODUCT"
    return ms


_PERSONS_CIRCLE_AFTER = re.compile(
    r"\s+(?:ally|allies|associate|associates|aide|aides|adviser|advisers|advisor|advisors|confidant|confidante|"
    r"loyalist|loyalists|crony|cronies|friend|friends|lawyer|lawyers|attorney|spokesman|spokeswoman|spokesperson)\b"
)
"""Nouns of a person's circle after a name used as a modifier ("a Tallard ally", "Tallard associate Ben Roe")."""


def _people_by_circle(ms: list[NameMention], text: str) -> None:
    """A one-word "organisation" written before a noun of a person's circle ("the latest Tallard associate",
    "Tallard ally Ben Roe") is a person when the word is a census surname and the article gives it as no company
    (:func:`company_context`): an organisation has no allies or aides in news writing's sense ("a Kremlin ally" is
    no surname, and stays)."""
    firms = {m.text for m in ms if company_context(text, m.start, m.end)}
    circle = {
        m.text
        for m in ms
        if m.label == "ORG"
        and " " not in m.text
        and m.text not in firms
        and is_surname(m.text)
        and _PERSONS_CIRCLE_AFTER.match(text, m.end)
    }
    for m in ms:
        if m.text in circle and m.label == "ORG":
            m.label = "PERSON"


_NICKNAME_STATE = re.compile(r"[A-Z][a-z]{2,} State")


def _state_nicknames(ms: list[NameMention], text: str) -> None:
    """ "the Tarrow State", a state's nickname ("the fight for the Tarrow State", "The Tarrow State is ..."), is a
    place, whatever the tagger read. Not a group's or an idea's name made of an adjective ("the Islamic State": a
    nationality's or a religion's ending, :data:`_GROUP_ADJECTIVE`; "the Deep State": a word the text writes in lower case
    too), nor a state the first word names itself ("Ohio State", a university: a place's name before "State")."""
    places = {m.text for m in ms if m.label in {"GPE", "LOC"}}
    nicknames = set()
    for m in ms:
        lead = LEADING_THE.match(m.text)
        name = m.text[lead.end() :] if lead else m.text
        word = name.split()[0] if name else ""
        if (
            m.label not in {"GPE", "PERSON"}
            and _NICKNAME_STATE.fullmatch(name)
            and (lead or _THE_BEFORE_NAME.search(text, max(0, m.start - 4), m.start))
            and not _GROUP_ADJECTIVE.search(word)  # "Granite" ends as "Israelite" does, and is none
            and word not in places
            and not re.search(rf"\b{word.lower()}\b", text)
        ):
            nicknames.add(name)
    for m in ms:  # "in Granite State surveys" beside "in the Granite State": the state too
        if m.label not in {"GPE", "PERSON"} and LEADING_THE.sub("", m.text) in nicknames:
            m.label = "GPE"


_GROUP_ADJECTIVE = re.compile(r"(?:an|ese|ish|ic|i)$")
"""The endings of a nationality's or a religion's adjective ("Islamic", "Kelvan", "Dorese")."""


LEGISLATURE_NAMES = frozenset({"Congress", "Parliament", "Senate", "Knesset", "Bundestag", "Duma", "Storting"})
"""A legislature's name alone: an organisation, which the tagger reads as a place now and then ("in Congress")."""
_REGION_BELT = re.compile(r"(?:[A-Z][a-z]+[ -])+Belt")
"""A region named as a belt ("the Rust Belt", "the Corn Belt"): a place, not a facility."""
_TIME_ZONE = re.compile(r"(?:[A-Z][a-z]+\s+)+(?:Standard|Daylight|Summer)\s+Time")
"""A time zone ("Eastern Standard Time", "Kelvan Summer Time"): no entity."""
_ZONE_ABBREVIATION = re.compile(r"[A-Z]{0,3}T|UTC")
_CLOCK_BEFORE = re.compile(r"\d(?:[:.][^\S\n]?\d\d(?:[^\S\n]*[ap]\.?m\.?)?|[^\S\n]*[ap]\.?m\.?)[^\S\n]+$", re.I)
"""A clock time right before a word ("06:00 BST", "2: 21 pm BST", "9am GMT"): that word is the time's zone."""
_DAY_NAME_AFTER = re.compile(rf"[ \t]+[\"“”'‘’]?(?i:{'|'.join(WEEKDAYS)})\b")
_STATE_AFTER = re.compile(r"[ \t]+State\b(?![ \t]+(?:[A-Z]|of\b))")
_DAY_NAME_WORDS = frozenset({"Super", "Black", "Cyber", "Giving", "Bloody"})
_HYPHEN_COMPOUND = re.compile(r"(?:[-\u2010\u2011][a-z]{1,4})+[-\u2010\u2011][A-Z][\w'’]*(?:[-\u2010\u2011][\w'’]+)*")
"""The rest of a place's name joined by hyphens and small words in lower case ("Mar" + "-a-Lago", "Stratford" +
"-upon-Avon")."""
_TITLE_OF_PLACE_AFTER = re.compile(r"[ \t]+(?:Gov|Sen|Rep|Lt\.?[ \t]+Gov)\.?[ \t]+[A-Z]")
"""A short title after a name, then its holder's name ("New Harlow Gov. Ada Rusk"): the name is the place the title is
of; no person is written before another's title."""
_LET_BEFORE_NAME = re.compile(r"(?:Let(?:['’]s)?|Despite|Unlike|Amid|Without)[ \t]+(?=[A-Z])")
"""A verb or a preposition that opens the sentence before a name ("Let Hillary ...", "Despite Vale"): no word of the
name."""
_GIVEN_BEFORE_NAME = re.compile(r"Given[ \t]+(?=[A-Z])")
_POSSESSIVE_NEXT = re.compile(r"['’]")
""""Given Vale's record": the participle before a possessive name (not the given name of "Given Mkhize said")."""
_INDEFINITE_OPENING = re.compile(r"An?[ \t]+(?=[A-Z])")
_COMMON_NOUN_AFTER = re.compile(r"[ \t]+([a-z][a-z-]{2,})\b")
_SECRETARY_OF = re.compile(r"\b[Ss]ecretary[ \t]+of[ \t]+$")
_STATE_GROUP = re.compile(r"(?:[A-Z][a-z]+\s+)+State")


def _article_of_noun_after(m: NameMention, text: str) -> bool:
    """The "A"/"An" opening a sentence and the name is the article of the common noun right after the name, which the
    name only modifies ("An Orrin & Pike Railroad freight train derailed", "A Vell Air jet"): not a verb after it ("A
    Tribe Called Quest performed", "A Few Good Men said")."""
    before = text[: m.start].rstrip(" \t").rstrip(OPEN_QUOTES).rstrip(" \t")
    noun = _COMMON_NOUN_AFTER.match(text, m.end)
    if (before and before[-1] not in ".!?\n") or noun is None:
        return False
    word = noun.group(1)
    return word not in stopwords() and cue_lemma(word) is None and not word.endswith(("ed", "ing"))


def _name_kinds(ms: list[NameMention], text: str) -> list[NameMention]:
    """Kinds the tagger mistakes that the name's own words tell, and words it takes for names that are none:

    - "Mar" of "Mar-a-Lago": a name cut at a hyphen goes on over the hyphens and small words to the next capital,
      a place (a person's name is never written so);
    - "New Harlow Gov. Ada Rusk": a name right before a short title and its holder's name is the place the title
      is of, never a person;
    - "Super" of "Super Tuesday", "Black" of "Black Friday": a day's name, no entity;
    - "Eastern Standard Time": a time zone, no entity;
    - "Congress", "the Senate" read as a place: a legislature, an organisation;
    - "the Rust Belt" read as a facility: a region;
    - "the Islamic State" read as a group of people (NORP): a name of two words or more ending in "State" that no
      place holds is an organisation's ("the Islamic State", "the Kelvan State" of a militia);
    - "Latinos", "Hispanics" read as a person: a people's plural (its singular a group's name the text writes too, or
      a demonym's ending) is a group's."""
    out: list[NameMention] = []
    groups = {m.text for m in ms if m.label == "NORP"}
    for m in ms:
        if (
            m.label in {"PERSON", "ORG"}  # not "a Washington-to-English converter", two names of their own
            and (more := _HYPHEN_COMPOUND.match(text, m.end)) is not None
            and "\n" not in more.group()
        ):
            m.end = more.end()
            m.text = text[m.start : m.end]
            m.label = m.label if m.label in _PLACE_LABELS else "FAC"
        let = _LET_BEFORE_NAME.match(m.text) or (
            _GIVEN_BEFORE_NAME.match(m.text) if _POSSESSIVE_NEXT.match(text, m.end) else None
        )
        if m.label in {"PERSON", "ORG"} and let is not None:
            m.start += let.end()  # '"Let Hillary and I sit there"': the verb opens the sentence, no given name
            m.text = text[m.start : m.end]
        if m.label != "PERSON" and (an := _INDEFINITE_OPENING.match(m.text)) and _article_of_noun_after(m, text):
            m.start += an.end()  # "An Orrin & Pike Railroad freight train": the article is the train's, not the name's
            m.text = text[m.start : m.end]
        if (m.text == "State" and _SECRETARY_OF.search(text, max(0, m.start - 20), m.start)) or m.text == "Department":
            continue  # "the former secretary of State", the title's word; "the Department" alone names none
        if _TIME_ZONE.fullmatch(m.text) or (m.text in _DAY_NAME_WORDS and _DAY_NAME_AFTER.match(text, m.end)):
            continue
        if _ZONE_ABBREVIATION.fullmatch(m.text) and _CLOCK_BEFORE.search(text, max(0, m.start - 16), m.start):
            continue  # "at 06:00 BST": a time zone's letters after a clock time, no organisation
        if m.label == "NORP" and " " not in m.text and (state := _STATE_AFTER.match(text, m.end)) is not None:
            m.end = state.end()  # the tagger's "[Islamic] State"
            m.text = text[m.start : m.end]
        name = LEADING_THE.sub("", m.text)
        if m.label == "PERSON" and " " in m.text and _TITLE_OF_PLACE_AFTER.match(text, m.end):
            m.label = "GPE"  # "Ivo Brask and [New Harlow] Gov. Ada Rusk": the place the title is of
        elif name in LEGISLATURE_NAMES and m.label in {"GPE", "LOC", "PERSON", "NORP"}:
            m.label = "ORG"
        elif _REGION_BELT.fullmatch(name) and m.label in {"FAC", "ORG", "PERSON"}:
            m.label = "LOC"
        elif m.label == "NORP" and _STATE_GROUP.fullmatch(name):
            m.label = "ORG"
        elif (
            m.label in {"PERSON", "ORG"}  # a person's name with no person's evidence is an organisation's by now
            and m.votes < 2
            and (m.text[:-1] in groups or _PEOPLES_PLURAL.fullmatch(m.text))
        ):
            m.label = "NORP"
        out.append(m)
    return out


_PEOPLES_PLURAL = re.compile(r"[A-Z][a-z]+(?:inos|inas|anos|anas|anics)")
"""A people's plural in a Spanish form or "-anics" ("Latinos", "Chicanas", "Hispanics"): no surname ends so."""


def _linked_products(ms: list[NameMention], text: str) -> list[NameMention]:
    """The names the text links to a product (a code name, a generic name, a brand: :mod:`.products`) are that
    product's, tagged or not: a mention the tagger gave another label becomes a product, an untagged name a new
    mention, and so is each other place the article writes a new one ("Dorvamab" opening a sentence, too)."""
    _products, links = product_names(text, [(m.start, m.end, m.label) for m in ms])
    products = {span for link in links for span in (link.a, link.b)}
    at = {(m.start, m.end): m for m in ms}
    named = {text[s:e] for s, e in products}
    added = [NameMention(s, e, "PRODUCT", text[s:e]) for s, e in sorted(products) if (s, e) not in at]
    for m in ms:
        if (m.start, m.end) in products or (m.text in named and (m.label != "PERSON" or " " not in m.text)):
            m.label = "PRODUCT"
    if not added:
        return ms
    forms = {m.text for m in added}
    forms |= {f[0].upper() + f[1:] for f in forms}
    ms = sorted([*ms, *added], key=lambda m: m.start)
    more = _free_hits(ms, text, forms)
    for m in more:
        m.label, m.votes = "PRODUCT", 0
    return sorted([*ms, *more], key=lambda m: m.start) if more else ms


_IN_BEFORE = re.compile(r"\b(?:in|near|outside|from)\s+$")
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an|who|which)\b")


def _regions_after_places(ms: list[NameMention], text: str) -> None:
    """A one-word name right after a place and a comma, the phrase after "in" ("based in Tarnby, Velmark, and
    employs"), is the place's region or country, a place too, whatever the tagger called it (an invented
    country's name reads as a company). Not a name followed by more of a sentence ("in Tarnby, Velmark said")."""
    for a, b in itertools.pairwise(ms):
        if (
            a.label == "GPE"
            and b.label in {"ORG", "NORP"}
            and " " not in b.text
            and re.fullmatch(r",[ \t]*", text[a.end : b.start])
            and re.match(r"\s*(?:[,.;:)]|$|\n)", text[b.end : b.end + 2])
            and not _APPOSITION_AFTER.match(text, b.end)
            and _IN_BEFORE.search(text, max(0, a.start - 12), a.start)
        ):
            b.label, b.votes = "GPE", -9


def _without_article(ms: list[NameMention], text: str) -> None:
    """A name's span starts after the article before it ("The Oskel Valley Hydro Authority said", "the east bank"),
    as the same name's does mid-sentence, unless the article is part of the name: a work's title ("The Art of the
    Deal"), or a name the text writes with a capital "The" where no sentence starts ("in The Hague")."""
    for m in ms:
        lead = LEADING_THE.match(m.text)
        if lead is None or m.label == "WORK_OF_ART" or len(m.text) == lead.end():
            continue
        rest = m.text[lead.end() :]
        if m.text.startswith("The") and re.search(
            rf"(?<![.!?\"“”:\n\-\u2013\u2014])\s+The\s+{re.escape(rest)}\b", text
        ):
            continue  # "in The Hague": the article is the name's (not after a dateline's dash: "ORLESK - The ...")
        m.start += lead.end()
        m.text = rest


_GLOSS_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5}"
_BRACKETED_AFTER = re.compile(rf"[ \t]*\([ \t]*({_GLOSS_NAME})[ \t]*\)")
"""A name in brackets right after another ("the Narodna Kamra (National Chamber)", "the Federal Assembly
(Bundestag)", "the Assemblée (Assemblée nationale)"): the same body's name in another language. It opens with a
capital; a gloss in lower case is no name ("the Senate (upper house)")."""
_BRACKETED_BEFORE = re.compile(rf"(?<![\w'’-])({_GLOSS_NAME})[ \t]*\([ \t]*$")
_BODY_APPOSED = re.compile(
    r",\s+the\s+(?:[a-z]+\s+){0,2}(?:parliament|legislature|assembly|senate|chamber|congress|council|court|ministry|"
    r"agency|authority|commission|committee|cabinet|government|party|union|army|police|regulator|bank|"
    rf"{_FIRM_NOUNS})\s*[,.;)]"
)
"""A body's kind in apposition after its name ("Narodna Kamra, the national parliament,"): the name is the body's."""
_NAME_RUN_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)$")
_PLACE_KINDS = {"GPE", "LOC"}


def _translated_names(ms: list[NameMention], text: str) -> list[NameMention]:
    """A body's name given with its translation in brackets ("the Narodna Kamra (National Chamber)", "the National
    Chamber (Narodna Kamra)"), one of them untagged: a mention of the other's label (the two are joined as one
    entity by ``resolve``); and a name the tagger missed or took for a place or a person before a body's kind in
    apposition ("Narodna Kamra, the national parliament,"): the body's, an organisation. Not a person's brackets
    (a party, a place), nor a place's ("Tollmark (Halden County)"), nor a name the article writes as a place."""
    inside = _in_mention(ms)
    places = {m.text for m in ms if m.label in _PLACE_KINDS}
    added: list[NameMention] = []

    def add(start: int, end: int, label: str) -> None:
        words = text[start:end]
        if inside(start) or inside(end - 1) or words in places or words.isupper():
            return  # tagged already, a place, or a short form ("(NCA)": see resolve's defined short forms)
        if any(c.isdigit() for c in words) or _calendar_word(words.lower().split()):
            return  # a date and an agency's credit ("July 29 (UPI) --"), no body's names
        added.append(NameMention(start, end, label, words, votes=0))

    for m in ms:
        if m.label == "PERSON" or m.label in _PLACE_KINDS:
            continue
        if (after := _BRACKETED_AFTER.match(text, m.end)) is not None:
            add(after.start(1), after.end(1), m.label)
        if text[m.end : m.end + 1] == ")" and (before := _BRACKETED_BEFORE.search(text, max(0, m.start - 80), m.start)):
            start = before.start(1) + (lead.end() if (lead := LEADING_THE.match(before.group(1))) else 0)
            if start < before.end(1):
                add(start, before.end(1), m.label)
    for m in ms:
        if _BODY_APPOSED.match(text, m.end) and (
            m.label in _PLACE_KINDS | {"FAC"} or (m.label == "PERSON" and m.votes < 2)
        ):
            m.label = "ORG"  # "Narodna Kamra, the national parliament," tagged a place or a person on no evidence
    for run in _BODY_APPOSED.finditer(text):
        name = _NAME_RUN_BEFORE.search(text, max(0, run.start() - 60), run.start())
        if name is None or inside(name.start(1)):
            continue
        start = name.start(1) + (lead.end() if (lead := LEADING_THE.match(name.group(1))) else 0)
        words = text[start : name.end(1)].lower().split()
        if start < name.end(1) and not _sentence_opening(text, start) and not _calendar_word(words):
            add(start, name.end(1), "ORG")
    return sorted([*ms, *added], key=lambda m: m.start) if added else ms


def _calendar_word(words: list[str]) -> bool:
    """A day's or a month's name among ``words`` ("on Monday, the ruling party,"): a date, no body's name."""
    return any(w in WEEKDAYS or MONTH_NAME.fullmatch(w) for w in words)


def _sentence_opening(text: str, start: int) -> bool:
    """``start`` opens a sentence or a line (its capital says nothing of a name)."""
    return re.search(r"(?:^|[.!?][\"”’]?\s+|\n\s*)$", text[max(0, start - 4) : start]) is not None


_POSSESSIVE_END = re.compile(r"[A-Za-z]['’]s$")
_NEXT_NAME = re.compile(r" ((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)")
_AND_NAME = re.compile(r" (?:and|&) (?=[A-Z])")


def _possessive_places(ms: list[NameMention], text: str) -> list[NameMention]:
    """A name in the possessive and the place or institution named after it are one name. The tagger cuts them: "St
    Brannoc's" and "General Hospital"; "Harbour Road and Queen's", then "Parade" untagged. The two are joined when
    the words after the possessive end in a word of :data:`INSTITUTION_SUFFIXES` and the possessive is not itself an
    institution's ("New York University's Brennan Center" is two); two such names joined by "and" ("Harbour Road and
    Queen's Parade") are two."""
    out: list[NameMention] = []
    k = 0
    while k < len(ms):
        m = ms[k]
        k += 1
        if m.label != "PERSON" and (two := _two_places(m)):
            out += two  # the tagger's "Harbour Road and Queen's Parade" (a work of art)
            continue
        owner = _AND_NAME.split(m.text)[-1]
        if (
            m.label == "PERSON"
            or not _POSSESSIVE_END.search(m.text)
            or any(POSSESSIVE.sub("", w).lower() in INSTITUTION_SUFFIXES - {"st"} for w in owner.split())
        ):  # "New York University's Brennan Center": an institution's, not a name's ("St" before a name is a saint)
            out.append(m)
            continue
        after = _NEXT_NAME.match(text, m.end)
        if after is None or after.group(1).split()[-1].lower() not in INSTITUTION_SUFFIXES:
            out.append(m)
            continue
        end, label = after.end(), m.label
        if k < len(ms) and ms[k].start < end:  # the tagger's "General Hospital" is the rest of it
            end, label = max(end, ms[k].end), ms[k].label if ms[k].label != "PERSON" else label
            k += 1
        joined = NameMention(m.start, end, label if label in _PLACE_LABELS else "FAC", text[m.start : end])
        out += _two_places(joined) or [joined]
    return out


_OWNER_CUT = re.compile(r"['’]s\s+")
_OWNED_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|for|&|de|on|at))*")


def _owners_apart(ms: list[NameMention], text: str) -> list[NameMention]:
    """A name in the possessive the tagger ran into what it owns ("[Ted Cruz’s Super] Tuesday", "[Alabama’s Supreme
    Court]", "[Clinton’s State Department]", "[Trump’s July 25] call", "[’s White House]"): two names, the owner
    (when the article writes it elsewhere on its own, of the label it has there, else a person's when the tagger
    said so) and what is owned when that is a name (capitalised, no date nor number: "Supreme Court"), or only what
    is owned when the owner is a common word ("the [department’s Bureau of Labor Statistics]"). A name that holds a
    possessive of its own stays whole: "St. Anselm’s College", "Men’s National Soccer Team", "Queen’s Parade" (see
    :func:`_possessive_places`), "Here’s the Thing" (a title)."""
    labels = {m.text: m.label for m in ms if "’" not in m.text and "'" not in m.text}
    out: list[NameMention] = []
    for m in ms:
        cut = _OWNER_CUT.search(m.text)
        owner = LEADING_THE.sub("", m.text[: cut.start()]) if cut is not None else ""  # "the Halden Patrolmen's Union"
        if (
            cut is None
            or m.label == "WORK_OF_ART"
            or cut.end() >= len(m.text)
            or (
                owner
                and not owner[0].islower()
                and (m.text.split()[-1].lower() in INSTITUTION_SUFFIXES or not _written_alone(owner, text))
            )
        ):
            out.append(m)
            continue
        if owner and owner[0].isupper():
            label = labels.get(owner) or ("PERSON" if m.label == "PERSON" else None)
            if label is not None:
                start = m.start + m.text.index(owner)
                out.append(NameMention(start, start + len(owner), label, owner))
        start = m.start + cut.end()
        owned = _OWNED_NAME.fullmatch(m.text, cut.end())
        words = m.text[cut.end() :].lower().split()
        if owned is not None and m.label != "PERSON" and not _calendar_word(words):
            out.append(NameMention(start, m.end, m.label, text[start : m.end]))
    return out


def _written_alone(name: str, text: str) -> bool:
    """The text writes ``name``, or the last word of a name of two words or three ("Cruz" of "Ted Cruz"), somewhere
    as a name of its own, not in the possessive (nor in a longer name)."""
    words = name.split()
    if name.lower() in stopwords() or not all(w[:1].isupper() for w in words):
        return False
    forms = [name, words[-1]] if 2 <= len(words) <= 3 and words[-1].lower() not in stopwords() else [name]
    return any(re.search(rf"(?<![\w'’.-]){re.escape(f)}(?![\w'’-]|\s+[A-Z])", text) for f in forms)


_PLACE_LABELS = ("ORG", "FAC", "GPE", "LOC")


_SHARED_HEAD = re.compile(r"(?:North|South|East|West|Upper|Lower)(?:ern)? (?:and|&) (?=[A-Z])")
"""The start of two places that share their last words: "North and South Korea", "East and West Marrow"."""


def _two_places(m: NameMention) -> list[NameMention]:
    """ "Harbour Road and Queen's Parade": two places, each ending in a word of :data:`INSTITUTION_SUFFIXES`; else [].
    "North and South Korea" names two places that share "Korea": the second is kept ("South Korea"), the first is not
    written out in the text (no span holds "North Korea")."""
    if m.label in _PLACE_LABELS and (shared := _SHARED_HEAD.match(m.text)) and len(m.text) > shared.end():
        return [NameMention(m.start + shared.end(), m.end, m.label, m.text[shared.end() :])]
    cut = _AND_NAME.search(m.text)
    if cut is None or m.text.split()[-1].lower() not in INSTITUTION_SUFFIXES:
        return []
    first = m.text[: cut.start()]
    if first.split()[-1].lower() not in INSTITUTION_SUFFIXES:
        return []
    label = m.label if m.label in _PLACE_LABELS else "FAC"
    return [
        NameMention(m.start, m.start + cut.start(), label, first),
        NameMention(m.start + cut.end(), m.end, label, m.text[cut.end() :]),
    ]


DATELINE_WITHIN = 600
"""How far into an article's text a dateline's names are looked for."""


def _dateline_names(ms: list[NameMention], text: str) -> None:
    """Names in a wire dateline opening a paragraph near the top ("ORLANDO, Fla. (Reuters) - ", "Lorvik (HWS) – "):
    the place and the agency that filed it, never a person ("Reuters" had become the photo credit "Carlos Barria /
    Reuters" that the article names in full)."""
    for line in re.finditer(r"(?m)^[ \t]*", text[:DATELINE_WITHIN]):
        d = DATELINE.match(text, line.end())
        if d is None:
            continue
        place = _DATELINE_PLACE.match(text, d.start(), d.end())
        if (
            place is not None
            and len(place.group(0)) >= 3
            and not any(m.start < place.end() and place.start() < m.end for m in ms)
        ):
            # "KARVIK - The winds ...", the place the tagger left out: a mention of that place
            ms.append(NameMention(place.start(), place.end(), "GPE", place.group(0), votes=-9))
            ms.sort(key=lambda m: m.start)
        # no agency: all of it is the place ("HALVERN, Aldmere - "), however the tagger read the capitals
        credit = d.start() + d.group(0).index("(") if "(" in d.group(0) else d.end()
        for m in ms:
            if d.start() <= m.start and m.end <= d.end():
                m.label, m.votes = ("ORG" if m.start > credit else "GPE"), -9


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _titled_person(tk: _Toks, s: int, e: int, role: str) -> NameMention:
    m = NameMention(s, e, "PERSON", tk.text[s:e])
    m.roles.append(role)
    return m


def _named_cues(cues: list[Cue]) -> list[Cue]:
    """The cues with a speaker phrase that is no pronoun."""
    return [c for c in cues if c.speaker is not None and c.speaker_full is not None and not c.pronoun]


def _plain_name(words: list[str], tk: _Toks, other: set[str]) -> bool:
    """Capitalised name words, none a word the article writes in lower case, a stop word, a title or part of another
    name (``other``)."""
    return all(_NAME_WORD.fullmatch(w) for w in words) and not any(
        w.lower() in tk.lower | tk.stop or is_role(w) or w in other for w in words
    )


def _untagged_speakers(ms: list[NameMention], tk: _Toks, cues: list[Cue]) -> list[NameMention]:
    """A speaker the tagger missed, whose cue and apposed job title say it is a person ("Oleksandr Demchyn, deputy
    director of the agency, said ..."): two or three capitalised words, none a word the article writes in lower
    case, a stop word, a title or part of another name, followed by a comma and a job title (``role_after``). A
    given name the lexicon does not know (see ``_untagged_people``) is no reason to leave the speaker unnamed."""
    inside = _in_mention(ms)
    other = {w for m in ms for w in m.text.split()}
    added = []
    for cue in _named_cues(cues):
        assert cue.speaker is not None and cue.speaker_full is not None
        s, e = cue.speaker
        words = tk.text[s:e].split()
        if (
            not 2 <= len(words) <= 3
            or not _plain_name(words, tk, other)
            or any(inside(p) for p in range(s, e))
            or cue.speaker_full[1] <= e
        ):
            continue
        role = role_after(tk, e)
        if role is not None:
            added.append(_titled_person(tk, s, e, role))
    return sorted([*ms, *added], key=lambda m: m.start) if added else ms


def _untagged_titled_speakers(ms: list[NameMention], tk: _Toks, cues: list[Cue]) -> list[NameMention]:
    """A speaker the tagger missed, named after the job title that opens the cue's subject ("said Halvern spokesperson
    Ines Marsh", "a company spokesperson, Ines Marsh, said"): the subject's last two or three words are capitalised
    name words, none a word the article writes in lower case, a stop word, a title or part of another name, right
    after a job title (``role_before``) with or without a comma. The title says they name a person."""
    inside = _in_mention(ms)
    other = {w for m in ms for w in m.text.split()}
    added = []
    for cue in _named_cues(cues):
        assert cue.speaker_full is not None
        s, e = cue.speaker_full
        while e > s and not tk.text[e - 1].isalnum():
            e -= 1  # "a company spokesperson, Ines Marsh," ends with its comma
        words = list(re.finditer(r"\S+", tk.text[s:e]))
        for n in (3, 2):
            if len(words) <= n:
                continue
            name = [w.group() for w in words[-n:]]
            a = s + words[-n].start()
            before = words[-n - 1].group()
            # "Lena Voss's brother, Jonas Voss, said": a relative in apposition may share the surname of another name
            kin = before.endswith(",") and before.rstrip(",").lower() in KIN and n == 2
            if (
                not (_plain_name(name, tk, other) or (kin and _plain_name(name[:1], tk, other)))
                or not _plain_name(name, tk, set())
                or any(inside(p) for p in range(a, e))
                or not (is_role(before.rstrip(",")) or kin)
                or _NAME_WORD.fullmatch(words[-n - 1].group())
            ):
                continue
            if kin:  # the relation is the person's role, with whose relative (see ``_kin_role``)
                added.append(NameMention(a, e, "PERSON", tk.text[a:e]))
                break
            role = role_before(tk, a)
            if role is not None:
                added.append(_titled_person(tk, a, e, role))
                break
    return sorted([*ms, *added], key=lambda m: m.start) if added else ms


def _particle_tails(ms: list[NameMention], text: str) -> list[NameMention]:
    """A person's name the tagger cut after a particle ("Prof Jana van" of "Prof Jana van der Kolk of the
    University of ..."): the rest of the surname, more particles and one capitalised word, is the name's, unless
    another mention starts there. A person's mention inside the rest is a piece of the same name the tagger cut off
    ("Ilie van" and "Mosk" of "Ilie van der Mosk"): it goes into the whole."""
    pieces: list[NameMention] = []
    for m in ms:
        words = m.text.split()
        if m.label != "PERSON" or len(words) < 2 or words[-1] not in SURNAME_PARTICLES:
            continue
        tail = _PARTICLE_TAIL.match(text, m.end)
        if tail is None:
            continue
        inner = [k for k in ms if m.end < k.start < tail.end()]
        if all(k.label == "PERSON" and k.end <= tail.end() for k in inner):
            m.end = tail.end()
            m.text = text[m.start : m.end]
            pieces.extend(inner)
    return [m for m in ms if not any(m is k for k in pieces)] if pieces else ms


_PLURAL_OWNERS = re.compile(r"['’]\s+(?:and|&)\s+$")


def _joined_bodies(ms: list[NameMention], text: str) -> list[NameMention]:
    """One body named after two groups, the first a plural with an apostrophe ("Farmers' and Greens Union",
    "Workers' and Peasants' Party"), which the tagger cuts at the apostrophe into two: the groups' name ("Farmers")
    and the body ("Greens Union", whose last word names a body, see ``BODY_WORDS``) are one name."""
    out: list[NameMention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label in {"ORG", "NORP"}
            and m.label == "ORG"
            and prev.text.endswith("s")
            and " " not in prev.text.strip()
            and _PLURAL_OWNERS.fullmatch(text, prev.end, m.start)
            and m.text.split()[-1].lower() in BODY_WORDS
            and m.text[:1].isupper()
        ):
            out[-1] = NameMention(prev.start, m.end, "ORG", text[prev.start : m.end])
            continue
        out.append(m)
    return out


SERVICE_WORDS = frozenset({"fire", "rescue", "ambulance", "police", "coastguard"})
"""The emergency services, whose names join two with "and" ("Fire and Rescue", "Police and Fire")."""
_AND_BETWEEN = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+")


def _joined_services(ms: list[NameMention], text: str) -> list[NameMention]:
    """One emergency service named with "and", which the tagger cuts there ("[Halden and Marsby Fire] and [Rescue]",
    the first part read as two people): a mention that ends in a service's word (:data:`SERVICE_WORDS`) joined by
    "and" to one that opens with another is one organisation, with the one-word places before it joined by "and"
    too ("Halden and Marsby Fire and Rescue" serves both)."""
    out: list[NameMention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.text.split()[-1].lower() in SERVICE_WORDS
            and m.text.split()[0].lower() in SERVICE_WORDS
            and _AND_BETWEEN.fullmatch(text, prev.end, m.start)
        ):
            start = prev.start
            out.pop()
            while out and " " not in out[-1].text and out[-1].text[:1].isupper():
                if not _AND_BETWEEN.fullmatch(text, out[-1].end, start):
                    break
                start = out.pop().start
            out.append(NameMention(start, m.end, "ORG", text[start : m.end]))
            continue
        out.append(m)
    return out


def _untagged_particle_names(ms: list[NameMention], tk: _Toks) -> list[NameMention]:
    """A person the tagger missed whose name has particles in lower case between a given name and a capitalised surname
    ("Ana de la Vega stepped down", "Jan van der Berg"): a given name (``given_name_gender``) that no capitalised word
    comes right before, one to three particles (``SURNAME_PARTICLES``) and one capitalised word that no other
    capitalised word follows. The particles say it is one person's name, however often the article writes it."""
    inside = _in_mention(ms)
    added = []
    n = len(tk.toks)
    for i in range(n):
        w = tk.word(i)
        if inside(tk.toks[i][0]) or not (w[:1].isupper() and w[1:].isalpha() and w[1:].islower()):
            continue
        if given_name_gender(w) is None or (
            i > 0 and tk.joined(i - 1, i) and tk.capital(i - 1) and not _title_word(tk.word(i - 1))
        ):
            continue
        j = i + 1
        while j < n and j - i <= 3 and tk.joined(j - 1, j) and tk.word(j) in SURNAME_PARTICLES:
            j += 1
        if j == i + 1 or j >= n or not tk.joined(j - 1, j) or not tk.namey(j):
            continue
        # the surname alone may be a mention already ("Minister Ines de [Valmont] said", read from "de Valmont"
        # elsewhere): the full name takes its place; any other mention there is another reading of the words
        a, b = tk.toks[i][0], tk.toks[j][1]
        part = [m for m in ms if m.start < b and a < m.end]
        if any(m.label != "PERSON" or m.start < tk.toks[i + 1][0] or m.end > b for m in part):
            continue
        if j + 1 < n and tk.joined(j, j + 1) and tk.capital(j + 1):
            continue  # "Maria de la Paz Hospital": a longer capitalised name goes on
        full = NameMention(a, b, "PERSON", tk.text[a:b], votes=2)
        if (role := role_before(tk, a)) is not None:
            full.roles.append(role)  # "Kelvan Foreign Minister Ines de Valmont"
        ms = [m for m in ms if m not in part]
        added.append(full)
    return sorted([*ms, *added], key=lambda m: m.start) if added else ms


def _particles_put_back(ms: list[NameMention], text: str) -> None:
    """The particles of a person's surname ("Lucia de Morny"), cut off where the article writes the surname alone
    ("the aircraft, de [Morny] said", the tagger's "de Morny" an organisation): the surname is hers, particles and
    all."""
    full = re.compile(
        r"[A-Z][a-z]+((?: (?:" + "|".join(sorted(SURNAME_PARTICLES)) + r"))+ )([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    )
    leads = {x.group(2): x.group(1).lstrip() for p in ms if p.label == "PERSON" and (x := full.fullmatch(p.text))}
    for m in ms:
        lead = leads.get(m.text)
        a = m.start - len(lead) if lead else -1
        if lead and a >= 0 and text[a : m.start] == lead and not text[a - 1 : a].isalnum():
            m.start, m.text, m.label = a, text[a : m.end], "PERSON"


def _title_word(word: str) -> bool:
    """A title that may stand capitalised right before a name ("Minister", "President", "Dr")."""
    low = word.rstrip(".").lower()
    return is_role(word) or low in TITLE_WORDS or low in PRE_NAME_TITLES or low in HONORIFICS


def _untagged_people(ms: list[NameMention], tk: _Toks) -> list[NameMention]:
    """A person the tagger missed everywhere ("Teodora Halasz of the Civic Alliance won ... Halasz thanked voters"): a
    given name that tells a gender (``given_name_gender``) and a capitalised word after it, which the article also
    writes alone, outside any other name, as a word it never writes in lower case. Not after or before another
    capitalised word ("West Virginia University"), nor a word the tagger gives another label anywhere. After a title
    ("Councillor Edith Marchbank, who chairs ..."), the title says it is a person: the surname need not be written
    alone."""
    text = tk.text
    inside = _in_mention(ms)
    other = {w for m in ms if m.label != "PERSON" for w in m.text.split()}
    words = [tk.word(i) for i in range(len(tk.toks))]
    alone: Counter[str] = Counter()
    pairs = []
    titles: set[int] = set()
    for i, w in enumerate(words):
        if not (w[:1].isupper() and w[1:].isalpha() and w[1:].islower() and len(w) >= 3) or inside(tk.toks[i][0]):
            continue
        before = i > 0 and tk.joined(i - 1, i) and tk.capital(i - 1)
        after = i + 1 < len(words) and tk.joined(i, i + 1) and tk.capital(i + 1)
        if not before and not after:
            alone[w] += 1
        titled = before and is_role(words[i - 1]) and not inside(tk.toks[i - 1][0])
        if titled:
            titles.add(i)
        if (
            after
            and given_name_gender(w) is not None
            and (not before or titled)
            and not (i + 2 < len(words) and tk.joined(i + 1, i + 2) and tk.capital(i + 2))
            and not inside(tk.toks[i + 1][0])
            and tk.namey(i + 1)  # not "Christie Says" in a Title Case line
        ):
            pairs.append(i)
    added = []
    for i in pairs:
        given, surname = words[i], words[i + 1]
        if (
            (alone[surname] or i in titles)
            and surname[1:].isalpha()
            and surname[1:].islower()
            and len(surname) >= 3
            and not {given, surname} & other
            and not {given.lower(), surname.lower()} & (tk.lower | tk.stop)
            and not is_role(surname)
        ):
            added.append(
                NameMention(tk.toks[i][0], tk.toks[i + 1][1], "PERSON", text[tk.toks[i][0] : tk.toks[i + 1][1]])
            )
    return sorted([*ms, *added], key=lambda m: m.start) if added else ms


def _untagged_full_names(ms: list[NameMention], tk: _Toks) -> list[NameMention]:
    """A person's full name written again where the tagger saw no name ("Ivanka Trump, the Republican presidential
    nominee's eldest daughter, noted the rule. She said ..."): a mention of that person, so that "she" after it is
    Ivanka Trump, not the Donald Trump named before."""
    text, lower = tk.text, tk.lower
    names = {
        m.text
        for m in ms
        if m.label == "PERSON"
        and len(_name_parts(m.text)) >= 2
        and "\n" not in m.text
        and not any(w.lower() in lower for w in _name_parts(m.text))  # "Executive Order", "the order"
    }
    if not names:
        return ms
    added = _free_hits(ms, text, names)
    return sorted([*ms, *added], key=lambda m: m.start) if added else ms


_MORE_CAPITALS = re.compile(r"[ \t]+[A-Z]")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")


def _untagged_org_names(ms: list[NameMention], text: str) -> list[NameMention]:
    """An organisation's name of two capitalised words or more written again where the tagger saw no name
    ("Tollmark Biologics said ... Tollmark Biologics is a drug maker based in ..."): a mention of it. Not a part of
    a longer capitalised name ("Tollmark Biologics Foundation"), nor a name the article also tags as something else.
    """
    names = {
        m.text
        for m in ms
        if m.label == "ORG"
        and "\n" not in m.text
        and len(m.text.split()) >= 2
        and all(w[:1].isupper() for w in m.text.split())
    }
    names -= {m.text for m in ms if m.label != "ORG"}  # "the Tarrow mosque" beside "in Tarrow": a place too
    if not names:
        return ms
    added = [
        m
        for m in _free_hits(ms, text, names)
        if not _MORE_CAPITALS.match(text, m.end) and not _CAPITAL_BEFORE.search(text, max(0, m.start - 40), m.start)
    ]
    for m in added:
        m.label, m.votes = "ORG", 0
    return sorted([*ms, *added], key=lambda m: m.start) if added else ms


_SHOP_NAME = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[^\S\n]+((?:[A-Z][a-z][\w'’-]*)(?:[^\S\n]+[A-Z][a-z][\w'’-]*){0,2})(?="
    + _SHOP_AFTER.pattern
    + ")"
)


def _untagged_shop_names(ms: list[NameMention], tk: _Toks) -> list[NameMention]:
    """A business the tagger missed, named between an article and a shop's word ("a fire at the Halberd supermarket",
    "a Halberd store"): an organisation, wherever the article writes its name alone ("a spokesman for Halberd").
    Not a name the tagger read there as something else (a town's: "the Tarrow store" of a tagged Tarrow), a street's
    or a place's ("the High Street shop"), nor a word the article also writes in lower case or a stop word."""
    inside = _in_mention(ms)
    forms = set()
    for hit in _SHOP_NAME.finditer(tk.text):
        name = hit.group(1)
        words = name.split()
        if (
            inside(hit.start(1))
            or inside(hit.end(1) - 1)
            or words[-1] in PLACE_SUFFIXES | STREET_SUFFIXES
            or any(w.lower() in tk.lower or w.lower() in tk.stop or w.lower() in DAY_WORDS for w in words)
            or MONTH_NAME.fullmatch(words[0])
        ):
            continue
        forms.add(name)
    if not forms:
        return ms
    added = _free_hits(ms, tk.text, forms)
    for m in added:
        m.label, m.votes = "ORG", 0
    return sorted([*ms, *added], key=lambda m: m.start)


def _free_hits(ms: list[NameMention], text: str, forms: set[str]) -> list[NameMention]:
    """Each place ``text`` writes one of ``forms`` as a whole word, inside or across no mention in ``ms``: a person's
    mention the tagger missed."""
    spans = sorted((m.start, m.end) for m in ms)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # the farthest end of the mentions so far
    pattern = re.compile(
        r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w-])"
    )
    added = []
    for hit in pattern.finditer(text):
        k = bisect.bisect_right(starts, hit.end() - 1) - 1
        if k >= 0 and reach[k] > hit.start():
            continue  # inside or across a mention
        added.append(NameMention(hit.start(), hit.end(), "PERSON", hit.group(0), votes=2))
    return added


DEFINED_SHORT_FORM = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z][A-Za-z&.]{1,9})\s*\)")
"""A short form given in brackets right after a name: "the Federation of Metal and Machine Workers (FMMW)" (entity
resolution reads the same definitions across a story's articles)."""
_THE_INITIALS = re.compile(
    r"(?<=\b[Tt]he )[A-Z]{3,6}(?=\s*[,.;:)]|\s*$|\s+(?:has|have|had|is|was|were|said|says|will|would|and|or)\b)"
)
"""Capitals after "the" that end a phrase or come before its verb ("of the FMMW,", "the FMMW has"): the short form
of a body ("the FMMW"), not the first word of a phrase ("the AIDS crisis")."""


def _untagged_short_forms(ms: list[NameMention], tk: _Toks) -> list[NameMention]:
    """Short forms of organisations where the tagger saw no name: one the article defines in brackets after the full
    name, when its letters are the name's initials ("the Federation of Metal and Machine Workers (FMMW)"), wherever
    the article writes it; and capitals standing after "the" as a body's name does (:data:`_THE_INITIALS`), unless the
    article writes the word in lower case too (a shouted "the END.")."""
    from .resolve import _initials_of

    text = tk.text
    forms: dict[str, str] = {}
    for m in ms:
        short = DEFINED_SHORT_FORM.match(text, m.end) if m.label not in {"PERSON", "DATE"} else None
        if short and short.group(1).isupper() and _initials_of(short.group(1), m.text):
            forms.setdefault(short.group(1), m.label)
    inside = _in_mention(ms)
    for hit in _THE_INITIALS.finditer(text):
        word = hit.group(0)
        line = text[text.rfind("\n", 0, hit.start()) + 1 : (text.find("\n", hit.end()) + 1 or len(text) + 1) - 1]
        shouted = sum(c.isupper() for c in line) > 0.5 * max(1, sum(c.isalpha() for c in line))
        if not inside(hit.start()) and not shouted and word.lower() not in tk.lower:
            forms.setdefault(word, "ORG")
    if not forms:
        return ms
    added = _free_hits(ms, text, set(forms))
    for m in added:
        m.label, m.votes = forms[m.text], 0
    return sorted([*ms, *added], key=lambda m: m.start) if added else ms


def _untagged_surnames(ms: list[NameMention], tk: _Toks) -> list[NameMention]:
    """The surname of a person the article names in full, where the tagger saw no name at all ("Sen. Bernie
    Sanders ... Sanders criticized President Donald Trump", the second untagged): a mention of that person, so
    that "what he called" in that sentence is Sanders. Not a word the article also writes in lower case ("Page",
    "page"), nor one next to another capitalised word ("Bloomberg News", "Larry Sanders"), nor a stop word."""
    text = tk.text
    surnames = {_name_parts(m.text)[-1] for m in ms if m.label == "PERSON" and len(_name_parts(m.text)) >= 2}
    surnames = {w for w in surnames if len(w) >= 3 and w[:1].isupper() and w[1:].islower()}
    if not surnames:
        return ms
    surnames = {w for w in surnames if w.lower() not in tk.lower and w.lower() not in tk.stop}
    inside = _in_mention(ms)
    # "Tarrant International Airport": the surname opens a place's name too, so a lone "Tarrant" may be that place
    places = _place_heads(ms)
    towns = _settlements(ms, text)
    added = []
    for i, (s, e) in enumerate(tk.toks):
        if text[s:e] not in surnames or inside(s):
            continue
        if text[s:e] in towns:
            added.append(NameMention(s, e, "GPE", text[s:e]))  # '"Brask can go home"' beside "the town of Brask"
            continue
        prev = tk.word(i - 1).rstrip(".").lower() if i > 0 and tk.joined(i - 1, i) else ""
        if prev and tk.capital(i - 1) and prev not in PERSONAL_TITLES and prev not in HONORIFICS and not is_role(prev):
            continue
        if i + 1 < len(tk.toks) and tk.joined(i, i + 1) and tk.capital(i + 1):
            continue
        if _place_word_here(text, s, e, places):
            added.append(NameMention(s, e, "GPE", text[s:e], votes=2))
            continue
        added.append(NameMention(s, e, "PERSON", text[s:e], votes=2))
    added.extend(_untagged_particle_surnames(ms, text))
    return sorted([*ms, *added], key=lambda m: m.start) if added else ms


_IN_PLACE = re.compile(r"\b(?:in|near|outside)\s+$")
"""Words after which a lone capitalised word names a place, not a person ("meet the envoy in Tarrant")."""
_TO_PLACE = re.compile(r"\b(?:left|leaving|leave|leaves|from|to|into|at|reached|arrived in|landed in)\s+$")
"""Words after which a lone capitalised word may name a place or a person ("left Tarrant", "sent to Tarrant")."""


_SITE_LABELS = {"GPE", "LOC", "FAC"}


def _place_heads(ms: list[NameMention]) -> set[str]:
    """First words of the article's place names of two words or more ("Tarrant" of "Tarrant International
    Airport")."""
    return {m.text.split()[0] for m in ms if m.label in _SITE_LABELS and len(m.text.split()) >= 2}


def _place_word_here(text: str, start: int, end: int, places: set[str]) -> bool:
    """The surname of a person at ``start:end`` reads as a place: after "in"/"near" ("in Tarrant on Wednesday"), or
    after a word of movement when the article also gives the word as a place's first word ("left Tarrant" beside
    "Tarrant International Airport"). Not before a possessive ("in Tarrant's view")."""
    if re.match(r"['’]s?\b", text[end : end + 2]):
        return False
    before = text[max(0, start - 14) : start]
    return bool(_IN_PLACE.search(before)) or (text[start:end] in places and bool(_TO_PLACE.search(before)))


def _in_mention(ms: list[NameMention]) -> Callable[[int], bool]:
    """A test of whether an offset lies inside one of the mentions ``ms`` (their starts sorted once)."""
    spans = sorted((m.start, m.end) for m in ms)
    starts = [a for a, _ in spans]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and spans[k][1] > pos

    return inside


def _untagged_given_names(ms: list[NameMention], tk: _Toks) -> list[NameMention]:
    """A full name the tagger missed whose surname it tagged alone elsewhere ("One pastor supporting Mr. Cruz, Darran
    Whiting of Liberty Baptist Church, said ..." with "Mr. Whiting" later): a mention of that person, so that the
    speaker phrase names him and "Mr. Whiting" is Darran Whiting. The word before the surname must be capitalised,
    never written in lower case, no title, role or stop word, and a census given name or no census name at all; the
    surname no given name ("Crooked Hillary") and never tagged as anything but a person ("Outside Carrier's plant",
    Carrier the company)."""
    text = tk.text
    known = {_name_parts(m.text)[-1] for m in ms if m.label == "PERSON" and len(_name_parts(m.text)) >= 2}
    surnames = {
        m.text for m in ms if m.label == "PERSON" and len(m.text) >= 3 and m.text[:1].isupper() and m.text[1:].islower()
    }
    surnames = {w for w in surnames - known if w.lower() not in tk.lower and w.lower() not in tk.stop}
    surnames = {w for w in surnames if is_surname(w) or not is_given_name(w)}  # not "Hillary" of "Crooked Hillary"
    surnames -= {m.text for m in ms if m.label != "PERSON"}
    if not surnames:
        return []
    inside = _in_mention(ms)
    added = []
    for i, (s, e) in enumerate(tk.toks):
        if i == 0 or text[s:e] not in surnames or inside(s) or not tk.joined(i - 1, i) or not tk.capital(i - 1):
            continue
        given = tk.word(i - 1)
        low = given.lower()
        if (
            not given[1:].islower()
            or len(given) < 3
            or low in tk.lower
            or low in tk.stop
            or low in PERSONAL_TITLES
            or low in HONORIFICS
            or is_role(low)
            or MONTH_NAME.fullmatch(given)
            or low in WEEKDAYS
            or inside(tk.toks[i - 1][0])
            or (i >= 2 and tk.joined(i - 2, i - 1) and tk.capital(i - 2))
            or not (is_given_name(given) or not is_surname(given))
        ):
            continue
        added.append(NameMention(tk.toks[i - 1][0], e, "PERSON", text[tk.toks[i - 1][0] : e], votes=2))
    return added


PARTICLE_SURNAME = re.compile(r"^[a-z]{1,4}-[A-Z][\w'’]+$")
"""A surname that opens with a particle in lower case ("al-Awlaki", "el-Sisi"). At the start of a sentence, or
in some outlets anywhere, the particle is capitalised ("Al-Awlaki"), and it is the same name."""


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def _untagged_particle_surnames(ms: list[NameMention], text: str) -> list[NameMention]:
    """The particle surname of a person the article names in full ("Anwar al-Awlaki"), written alone where the
    tagger saw no name ("Footage of Al-Awlaki again appears."): a mention of that person, so that "he says" after it
    is al-Awlaki, not the candidate named before."""
    surnames = {
        _name_parts(m.text)[-1]
        for m in ms
        if m.label == "PERSON" and len(_name_parts(m.text)) >= 2 and PARTICLE_SURNAME.match(_name_parts(m.text)[-1])
    }
    if not surnames:
        return []
    return _free_hits(ms, text, {f for w in surnames for f in (w, _capitalised(w))})


def _full_names_of_surnames(ms: list[NameMention], text: str) -> None:
    """A name of two or three name words the tagger gave as a place or a body is a person's full name when its last
    word, alone, is a person of the article on the words around it ("running back Teo Brask" read as a place, then
    "Brask hurt his knee"): both mentions then are that person. Not a name of a body's or a place's word ("Kelby
    Gulls", "Harbour Road"), nor one opening with a compass word ("South Kelmar" beside a Mr Kelmar), a title ("General
    Brask") or a word the article writes in lower case, nor when the article names a person of that surname in full
    already ("Stop Trump" beside "Donald Trump")."""
    lone = {m.text for m in ms if m.label == "PERSON" and " " not in m.text and m.votes >= 2}
    lone -= {m.text.split()[-1] for m in ms if m.label == "PERSON" and len(m.text.split()) >= 2}
    named: set[str] = set()
    for m in ms:
        words = m.text.split()
        if (
            m.label in {"GPE", "ORG", "LOC", "NORP"}
            and 2 <= len(words) <= 3
            and words[-1] in lone
            and all(_NAME_WORD.fullmatch(w) for w in words)
            and not _body_name(m.text)
            and not _DIRECTION_FIRST.match(m.text)
            and not any(w.lower() in PLACE_SUFFIXES | INSTITUTION_SUFFIXES | STRUCTURE_SUFFIXES for w in words)
            and not _title_word(words[0])
            and not re.search(rf"(?<![\w'’-]){re.escape(words[0].lower())}(?![\w'’-])", text)
        ):
            m.label, m.votes = "PERSON", 2
            named.add(words[-1])
    for m in ms:  # "Coach Ivo Marr said Brask will rest": the same surname again, however the tagger read it
        if m.text in named and m.label in {"GPE", "ORG", "LOC", "NORP"}:
            m.label, m.votes = "PERSON", 2


def _places_as_elsewhere(ms: list[NameMention], full: list[NameMention]) -> None:
    """A one-word "person" the article names as a place at least twice elsewhere, and never otherwise as a person,
    is that place: "According to the expert, Russia is interested ..." (the tagger's PERSON, with "expert" read as
    its role) in an article that names Russia as a country fifteen times. Not when a full name in the article holds
    the word ("Michael Jordan" beside the country Jordan)."""
    kinds: dict[str, Counter[str]] = {}
    for m in ms:
        kinds.setdefault(m.text, Counter())[m.label] += 1
    for m in ms:
        seen = kinds[m.text]
        if (
            m.label == "PERSON"
            and len(m.text.split()) == 1
            and seen["PERSON"] == 1
            and seen["GPE"] + seen["LOC"] >= 2
            and _fuzzy_part(m.text, full) is None
        ):
            m.label = "GPE" if seen["GPE"] >= seen["LOC"] else "LOC"
            m.roles.clear()


PRE_NAME_TITLES = {
    "speaker", "coach", "sheriff", "actress", "actor", "comedian", "comedienne", "singer", "rapper", "director",
    "producer", "author", "novelist", "writer", "model", "star", "rival", "candidate", "challenger", "nominee",
    "incumbent", "doctor", "judge", "justice", "detective", "officer", "sergeant", "captain", "lieutenant", "colonel",
    "admiral", "commissioner", "chairman", "chairwoman", "manager", "owner", "quarterback", "pitcher", "striker",
    "goalkeeper", "pastor", "bishop", "rabbi", "imam", "professor", "attorney", "lawyer", "prosecutor", "inspector",
    "agent", "businessman", "businesswoman", "billionaire", "activist", "filmmaker", "musician", "journalist",
    "reporter", "anchor", "host", "chef", "designer", "rookie", "veteran", "teammate", "gm", "ceo",
}  # fmt: skip
"""Capitalised words the tagger takes into a person's name when they open a sentence or stand as a title
before it ("Speaker Paul Ryan", "Actress Tara Reid", "Coach Jim O'Brien"): a description, not the name."""


INSTITUTION_HEADS = {
    "institute", "school", "department", "centre", "center", "faculty", "academy", "college", "society",
    "council", "ministry", "museum", "association", "federation", "union", "committee", "board", "office",
}  # fmt: skip
BODY_WORDS = INSTITUTION_HEADS | {
    "city", "transit", "agency", "authority", "corporation", "company", "airlines", "railways", "police",
    "university", "hospital", "services", "group", "party", "government", "commission", "caucus", "coalition",
    "foundation", "alliance", "organization", "organisation", "league", "network", "bureau",
    "tower", "towers", "building", "plaza", "stadium", "arena", "airport",
}  # fmt: skip
"""Words that make a name a body or a building, however the tagger labels it (see :func:`_body_name`): "Trump
Tower" is no person whom "Trump" alone may stand for."""
NEWSROOM_WORDS = frozenset(
    {"news", "television", "tv", "radio", "broadcasting", "magazine", "newspaper", "tribune", "gazette"}
)
"""Last words of a newsroom's name: "Kestrel News reported" is no person that reports (the name's first word may
still be the newsroom's short name: "Kestrel" for Kestrel News)."""


TRADE_WORDS = {
    "kitchens", "foods", "bakery", "bakeries", "catering", "caterers", "farms", "dairies", "industries", "holdings",
    "logistics", "systems", "technologies", "pharmaceuticals", "laboratories", "labs", "brewery", "breweries",
    "restaurants", "hotels", "stores", "supermarkets", "builders", "motors", "textiles", "fisheries", "mills",
    "pharma", "biopharma", "therapeutics", "biotech", "biosciences", "biologics", "diagnostics", "genomics",
    "petfoods", "petcare",
}  # fmt: skip
"""Last words that make a name a business ("Greyfen Kitchens", "Osterby Dairies") unless a word before is a given name:
"Bob Kitchens", "Chief of Staff Cheryl Mills" are people."""


GOODS_WORDS = {"coal", "metals", "mining", "minerals"}
"""Last words that make a name a business whatever its first word ("Corrie Coal", "Greyhallow Metals"): no one's
surname."""
WORKINGS = {"pit", "colliery", "mine", "quarry"}
"""Last words of a mine's name ("the Ashby Pit", "Kestwick Colliery"): a site, no person."""


def _body_name(text: str) -> bool:
    """A name whose later words name a body ("Vellmoor City Transit") or that opens with one and "of"
    ("University of Iowa"), a newsroom ("Kestrel News"), or a business by its trade ("Greyfen Kitchens", "Corrie Coal"); not "Police Chief Dan
    Smith"."""
    words = [w.lower() for w in text.split()]
    if len(words) >= 2 and words[-1] in GOODS_WORDS:
        return True
    if len(words) >= 2 and words[-1] in TRADE_WORDS and not any(is_given_name(w) for w in words[:-1]):
        return True
    if len(words) >= 2 and words[-1] in NEWSROOM_WORDS:
        return True
    return any(w in BODY_WORDS for w in words[1:]) or (len(words) > 2 and words[0] in BODY_WORDS and words[1] == "of")


TITLE_WORDS = {
    "spokesman", "spokeswoman", "spokesperson", "representative", "secretary", "minister", "ambassador",
    "envoy", "president", "chairman", "director", "governor", "mayor", "senator", "general", "chief", "speaker",
    "whip", "councillor", "councilman", "councilwoman", "chairwoman",
}  # fmt: skip
"""Last words of a title, not a name ("Kremlin Spokesman", "Permanent Representative")."""
DEMONYM_END = re.compile(r"(?:an|ans|ese|ish|i|is|ic|ch|ss|ene|ite|ites|ist|ists|ic|ics)$", re.I)
"""How names of nationalities and groups end ("Russian", "Chinese", "British", "Iraqi", "Democrats" do not:
they are listed whole by the tagger anyway)."""
TITLE_AFTER = re.compile(
    r"\s+(?:master|minister|secretary|chief|spokesman|spokeswoman|officer|official|director|commissioner)\b"
)
MAJORITY_TITLE = re.compile(r"\s+(?:Leader|Whip)\b")
NORP_TRAILERS = {"foreign", "defence", "defense", "interior", "prime", "deputy", "finance", "trade", "economy"}
PLACE_PREPOSITIONS = {"in", "near", "outside", "around", "across", "above", "below", "beyond"}
DWELLERS_OF = re.compile(
    r"\b(?:residents|inhabitants|villagers|townspeople|townsfolk|outskirts|streets|edge|centre|center)\s+of\s+$"
)
"""People or parts of a settlement, and "of", before a name ("residents of Kessrin", "the outskirts of Tarrow"): the
name is that settlement's (a body has staff and members, not residents)."""
MEMBER_FOR = re.compile(r"\b(?:[Mm]embers?(?:\s+of\s+[Pp]arliament)?|MPs?|MEPs?|MLAs?|MSPs?)\s+for\s+$")
"""A member of a parliament and "for" before a name ("the member for Halvar", "Labour MP for Tarrow"): the name is the
seat's, a town or district, never a person (a person's name after "for" is no seat: "a member for life" is lower
case)."""
SETTLEMENT_OF = re.compile(
    r"\b(?:the|[Tt]he)\s+(?:village|town|city|hamlet|township|municipality|borough|suburb|port|district|county|"
    r"province|region|island|parish|commune|settlement)\s+of\s+$"
)
"""A settlement or area noun with "of" before a name ("the village of Sävmora", "the town of Kellbrook"): the name is
that place's, whatever the tagger read (NORP, PERSON, ORG). English puts a place, never a person or a group, there."""
STANCE_PREFIX = re.compile(r"(?:pro|anti|non|ex)[-\u2010\u2011]", re.I)
STANCE_BEFORE = re.compile(r"\b(?:pro|anti|non)[-\u2010\u2011]$", re.I)
"""A stance prefix fused to a place's name ("pro-Israel lobby", "pro-Moscow rebels"): the compound is an adjective about
a position, no mention of the place (a group's "anti-American" stays the tagger's NORP: a word about people)."""
ACRONYM_THEN_PARTY = re.compile(
    r"([A-Z]{2,5})\s+(?:Democratic|Republican|Democrat|GOP|Labour|Conservative|Liberal|Green|Socialist)"
)
"""An acronym (a broadcaster, a newspaper) and a party's adjective, before a lower-case noun: "the ABC Democratic
debate", "the CNN Republican town hall"; the tagger reads the two words as one organisation."""
_DIRECTION_ADJECTIVE = re.compile(r"(?:north|south)?(?:east|west)?ern|northern|southern|central|midwestern", re.I)
"""A compass adjective the tagger calls a group ("Southern states", "Northern towns"): after "in" it is no place's name."""
PLACE_PAIR_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|around|across|between|into|from|to|at)|(?<![A-Z])\b[a-z]+\s+of)"
    r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:and|or)\s+$"
)
"""A place (one or two words) after a preposition and "and" before a name ("in Kellbrook and Sävmora", "in Stari Brod and Lukovo", "districts of Kellbrook and
Sävmora", "poured into Kellbrook and Sävmora"; "of" after a lower-case word, not "the Union of Ohio and Demos"): with the first word a place the article names (tagged GPE or after "the
village of"), the second, a lone word with no role, title or cue of a person, is a place too; the tagger reads an
unknown word there as a person or a group."""
TOWN_OF_NAME = re.compile(
    r"['’]s\s+(?:town|city|village|county|borough|municipal|parish|district)\s+"
    r"(?:council|hall|mayor|centre|center|square|limits|boundary|officials|residents|budget)\b",
    re.I,
)
"""A name's possessive before a settlement's body or part ("Kellbrook's town council", "Dunmere's city hall"): the
name is the settlement's (the tagger reads it as a group or an organisation)."""
LOCAL_SERVICE_AFTER = re.compile(
    r"\s+(?:fire|police|ambulance|rescue|health|water|emergency|coast|county|district|regional|municipal|harbour|"
    r"harbor|port)\s+"
    r"(?:service|services|department|brigade|authority|board|guard|council|office)\b"
)
"""A local public service named by its place ("the Corvane fire service", "the Dunmere water board", "the Tarrow
harbour board"): the one word between "the" and the service is the place it serves, no person (the tagger reads the
speaker's name there)."""
STRUCTURE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted((STREET_SUFFIXES | STRUCTURE_SUFFIXES) - {"rd", "st", "ave", "blvd", "square"}))
    + r")\b"
)
"""A structure named by its place, in lower case ("the Tarrow swing bridge", "the Ketley road tunnel"): the one
word between "the" and it is the place, no person."""
PORTFOLIOS = {
    "interior", "foreign", "defence", "defense", "finance", "health", "education", "justice", "transport",
    "environment", "energy", "agriculture", "labour", "labor", "trade", "economy", "home", "culture", "housing",
    "infrastructure", "security", "immigration", "fisheries", "tourism", "industry", "development",
}  # fmt: skip
"""A government portfolio's word, capitalised before "minister", "secretary" or "ministry" ("Interior minister Janek
Morrow", "Health Secretary"): part of a title, no organisation (the tagger reads "Interior" as one)."""
PORTFOLIO_TITLE_AFTER = re.compile(r"\s+(?:minister|secretary|ministry|ministers|secretaries)\b", re.I)


_THE_BEFORE_NAME = re.compile(r"\b[Tt]he\s+$")
_CREDIT = re.compile(r"\(([^()\n]{2,60})\)\s*[-–—]+\s")


def _agency_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a wire dateline's agency credit holding ``start:end`` ("KESSLING (Harbour Wire
    Service) - ..."), if there is one."""
    opening = text.rfind("(", max(0, start - 60), start + 1)
    if opening < 0:
        return None
    m = _CREDIT.match(text, opening)
    if m is None or not (m.start(1) <= start and end <= m.end(1)):
        return None
    return m.start(1), m.end(1)


_SENTENCE_ADVERB = re.compile(
    r"[A-Z][a-z]{2,}(?:ally|ously|ively|ently|antly|ately|fully|lessly|edly|ingly|ably|ibly|arily)"
)
"""Words that open a sentence, followed by a comma, as adverbs ("Nationally,", "Ironically,", "Finally,"); the
tagger reads some as a person. No name ends so ("Kelly", "Emily", "Sally" do not match)."""


def _tidy(ms: list[NameMention], text: str) -> list[NameMention]:
    """Repairs to the tagger's spans that a reader would notice in a brief's entity list.

    - "Institute of Asian" + "and" + "African Studies" is one organisation;
    - a title ("Kremlin Spokesman", "Permanent Representative", "State" of "Secretary of State") is no entity,
      nor a person's title the tagger read as a person ("Sgt", "Bloomington Police Sgt" before "Marty Earley");
    - "Chinese Foreign" (of "Chinese Foreign Minister") is "Chinese";
    - leading lower-case words go ("this united Korea" is "Korea"), and so does a capitalised first word of a line or
      sentence that the text writes in lower case and that is no given name, when the surname is named again ("Top
      Clinton adviser ...", "Despite Ted Cruz's ...");
    - a one-word organisation or building after "in", "near"... is a place ("in Quillshaw", "in Linde"), and so is
      a one-word "person" with no role, title, cue or full name behind it ("bus drivers in Vellmoor").
    """
    ms = sorted(ms, key=lambda m: m.start)
    out: list[NameMention] = []
    named = Counter(_surname(m.text) for m in ms if m.label == "PERSON")  # "Clinton" of "Top Clinton" named again
    named = Counter({k: n for k, n in named.items() if n >= 2})
    places = {  # names the article gives as a place: tagged one, or after "the village of"
        m.text for m in ms if m.label == "GPE" or SETTLEMENT_OF.search(text, max(0, m.start - 30), m.start)
    }
    # a person somewhere else than after "in": "Maria Lenz said" (not "in Gornja Lipa and Vrbno", read as two people)
    proven = {
        m.text
        for m in ms
        if m.label == "PERSON" and (m.votes > 1 or m.roles) and not _after_place_preposition(text, m.start)
    }
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "ORG"
            and m.label in {"ORG", "NORP"}
            and text[prev.end : m.start] == " and "
            and prev.text.split()[0].lower() in INSTITUTION_HEADS
            and " of " in prev.text
        ):
            prev.end, prev.text = m.end, text[prev.start : m.end]
            continue
        if not _bare_span(m, text):
            continue  # 'datetime="2016': markup, no name
        if m.label in {"GPE", "LOC"} and (
            STANCE_PREFIX.match(m.text) or STANCE_BEFORE.search(text, max(0, m.start - 6), m.start)
        ):
            continue  # "pro-Israel activists", "pro-Moscow rebels": a stance, no mention of the place
        if (
            m.label == "ORG"
            and (acr := ACRONYM_THEN_PARTY.fullmatch(m.text))
            and re.match(r"\s+[a-z]", text[m.end : m.end + 3])
        ):
            # "the ABC Democratic debate": a broadcaster's acronym, then the party's adjective of the event it hosts
            m.end = m.start + acr.end(1)
            m.text = text[m.start : m.end]
        credit = _agency_credit(text, m.start, m.end)
        if credit and m.label != "PERSON":  # "KESSLING (Harbour Wire Service) - ": the agency, whole
            m.start, m.end, m.label = credit[0], credit[1], "ORG"
            m.text = text[m.start : m.end]
        words = m.text.split()
        if (
            m.label == "NORP"
            and len(words) == 1
            and not DEMONYM_END.search(words[0])
            and TITLE_AFTER.match(text, m.end)
        ):
            continue  # "Harbour master": part of a title, not a nationality or group
        if (
            m.label != "PERSON"
            and len(words) == 1
            and words[0].lower() in PORTFOLIOS
            and PORTFOLIO_TITLE_AFTER.match(text, m.end)
        ):
            continue  # "Interior minister Janek Morrow": a portfolio of the title, no organisation
        if m.label in {"NORP", "PERSON", "ORG", "FAC", "LOC"} and SETTLEMENT_OF.search(
            text, max(0, m.start - 30), m.start
        ):
            m.label, m.roles = "GPE", []  # "the village of Sävmora": a place
            m.votes = min(m.votes, 0)
        elif (
            m.label in {"NORP", "PERSON"}
            and len(words) == 1
            and LOCAL_SERVICE_AFTER.match(text, m.end)
            and _THE_BEFORE_NAME.search(text, max(0, m.start - 5), m.start)
        ):
            m.label, m.roles = "GPE", []  # "the Corvane fire service said": the service's place, not its speaker
            m.votes = min(m.votes, 0)
        elif (
            m.label in {"NORP", "PERSON", "ORG"}
            and len(words) == 1
            and STRUCTURE_AFTER.match(text, m.end)
            and _THE_BEFORE_NAME.search(text, max(0, m.start - 5), m.start)
            and not m.roles
        ):
            m.label, m.votes = "GPE", min(m.votes, 0)  # "the Tarrow swing bridge": the bridge's place
        elif m.label == "NORP" and len(words) == 1 and not DEMONYM_END.search(words[0]) and m.text in places:
            m.label = "GPE"  # "residents of Sävmora" beside "the village of Sävmora": the place, no group
        if (
            m.label != "PERSON"
            and len(words) >= 3
            and words[-1].lower() in TITLE_WORDS
            and words[-2].lower() in INSTITUTION_HEADS
        ):
            # "Republican National Committee Chairman" (Reince Priebus): the body, without the title
            m.end = m.start + m.text.rstrip().rfind(" ")
            m.text = text[m.start : m.end]
            words = words[:-1]
        if words[-1].lower() in ("majority", "minority") and MAJORITY_TITLE.match(text, m.end):
            continue  # "House Majority" of "House Majority Leader Kevin McCarthy": a title
        if m.label != "PERSON" and (
            words[-1].lower() in TITLE_WORDS
            or (
                len(words) == 1
                and re.search(r"\b(?:Secretary|Minister|Department) of\s*$", text[max(0, m.start - 20) : m.start])
            )
        ):
            continue
        if (
            m.label == "PERSON"
            and words[-1].rstrip(".").lower() in HONORIFICS
            and (len(words) == 1 or re.match(r"\.?\s+[A-Z]", text[m.end : m.end + 4]))
        ):
            continue  # "Sgt", "Bloomington Police Sgt" (. Marty Earley): a title before a name, no person
        if len(words) == 1 and _SENTENCE_ADVERB.fullmatch(m.text) and re.match(r",", text[m.end : m.end + 1]):
            continue  # "Nationally, Clinton leads ...": an adverb opening a sentence, capitalised for that
        if m.label == "PERSON" and len(words[-1]) > 3 and words[-1].endswith(".") and words[-1][:-1].isalpha():
            m.end -= 1  # "Milo Tarn." closing an article: the full stop is not part of the name
            m.text = text[m.start : m.end]
        if m.label == "NORP" and len(words) > 1 and words[-1].lower() in NORP_TRAILERS:
            m.end = m.start + len(words[0])
            m.text = text[m.start : m.end]
        elif (
            m.label in {"PERSON", "ORG", "GPE", "LOC", "FAC"}
            and _title_opening(words, text, m.end)
            and words[0] not in named
        ):
            # "[Kelvan Foreign] Minister Ines de Valmont", "[Kelvan diplomats]": a nationality and the words of a
            # title or a group, no person's or body's name; the nationality stays (as "Chinese" of "Chinese Foreign")
            m.end = m.start + len(words[0])
            m.text, m.label, m.roles, m.votes = text[m.start : m.end], "NORP", [], 0
        elif m.label == "PERSON" and len(words) == 1 and m.votes <= 1 and _demonym_here(m, text):
            m.label, m.roles = "NORP", []  # "a Varskovan dissident", "the Varskovan prisoners"
        elif m.label == "ORG" and len(words) == 1 and _demonym_here(m, text) and _PEOPLES_NOUN.match(text, m.end):
            m.label = "NORP"  # "the Ostravan government": a people's adjective, not "the Guardian reported"
        lead = re.match(r"(?:[a-z][\w-]*\s+)+(?=[A-Z])", m.text)
        if (
            lead
            and m.label == "PERSON"
            and all(w in SURNAME_PARTICLES for w in lead.group(0).split())
            and not _NAME_GOES_ON.search(text, max(0, m.start - 40), m.start)
        ):
            lead = None  # "van der Berg", "de la Fuente": the particles are the surname's own
        if lead and len(words) > 1:
            m.start += lead.end()
            m.text = text[m.start : m.end]
        if m.label == "PERSON" and (k := _given_name_after_title(words, text, m.start)):
            # "Director of Government Affairs Phil Smith": the title's last words are no part of the name
            m.start += len(" ".join(words[:k])) + 1
            m.text = text[m.start : m.end]
            words = words[k:]
        if m.label == "PERSON" and _common_word_first(m.text, text, m.start) and _surname(m.text) in named:
            # "Top Clinton adviser sent ...": a headline's first word, capitalised for that, is no given name
            m.start += len(words[0]) + 1
            m.text = text[m.start : m.end]
        title = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z][\w'’.-]*\s+[A-Z])", m.text) if m.label == "PERSON" else None
        if title and (title.group(1).lower() in PRE_NAME_TITLES or _opening_title(words, text, m.start)):
            # "Speaker Paul Ryan", "Actress Tara Reid": the name is what follows; the title is a role (not the
            # opening "Maybe" or "Crooked" of "Maybe Donald Trump", "Crooked Hillary Clinton")
            word = title.group(1)
            if word not in m.roles and (word.lower() in PRE_NAME_TITLES or _agent_noun(word)):
                m.roles.append(word)
            m.start += title.end()
            m.text = text[m.start : m.end]
        elif m.label == "PERSON" and (k := _office_head(m.text.split())):
            # "Fire Chief Marta Szelk", "Meteorologist Lotte van Aerden": an office or occupation of one or two
            # words before a full name is the person's role, as "Governor" is
            head = " ".join(m.text.split()[:k])
            if head not in m.roles:
                m.roles.insert(0, head)
            m.start += len(head) + 1
            m.text = text[m.start : m.end]
        # a lone word the tagger calls a person with nothing else saying so (no role, title, cue, or full name
        # of which it is a part) is a place after "in", "near"...: "bus drivers in Vellmoor"; not "in Lee's view"
        unproven = m.label == "PERSON" and m.votes <= 1 and not re.match(r"['’]", text[m.end : m.end + 1])
        # "farms near Sävmora" tagged NORP; not a party's word ("in Democrat circles")
        group = (
            m.label == "NORP"
            and not DEMONYM_END.search(m.text)
            and m.text.lower() not in PARTY_WORDS
            and not _DIRECTION_ADJECTIVE.fullmatch(m.text)  # "in Southern states": an adjective, no place
        )
        if (m.label in {"ORG", "FAC"} or unproven or group) and len(m.text.split()) == 1:
            before = re.search(r"(\w+)\s+$", text[max(0, m.start - 12) : m.start])
            after = text[m.end : m.end + 2]
            dwellers = DWELLERS_OF.search(text, max(0, m.start - 30), m.start) and not re.match(r"\s[A-Z]|['’]", after)
            if dwellers or (before and before.group(1) in PLACE_PREPOSITIONS and not re.match(r"\s[A-Z]", after)):
                m.label = "GPE"  # "bus drivers in Vellmoor", "residents of Kessrin"
            elif (
                (pair := PLACE_PAIR_BEFORE.search(text, max(0, m.start - 60), m.start))
                and pair.group(1) in places
                and not re.match(r"\s[A-Z]|['’]", after)
            ):
                m.label = "GPE"  # "schools in Kellbrook and Sävmora": the other of two places after "in"
        elif (
            m.label == "PERSON"
            and not (m.roles or m.titled)
            and len(two := m.text.split()) == 2
            and not is_given_name(two[0])
            and m.text not in proven
            and _after_place_preposition(text, m.start)
            and not re.match(r"\s[A-Z]|['’]", text[m.end : m.end + 2])
        ):
            m.label = "GPE"  # "ballots in Stari Brod": two words no census gives a person, after "in"
        if m.label == "GPE":
            places.add(m.text)  # "in Stari Brod and Lukovo": the other of the two is a place too
        if (m.label in {"NORP", "ORG"} or unproven) and len(m.text.split()) == 1 and TOWN_OF_NAME.match(text, m.end):
            m.label = "GPE"  # "Kellbrook's town council": the town's name
        out.append(m)
    return out


NAME_PARTICLES = {
    "al", "bin", "ibn", "ben", "de", "del", "della", "der", "den", "des", "di", "da", "dos", "du", "el", "la", "le",
    "van", "von", "ter", "ten", "st",
}  # fmt: skip
"""Words that open a surname ("De Blasio", "Bin Laden", "Van Hollen"), capitalised or not."""
_NAME_GOES_ON = re.compile(r"(?<![\w.])(?![A-Z][a-z]{0,3}\.?\s+$)[A-Z][\w'\u2019-]*[^\S\n]+$")
"""A capitalised word just before a name that opens with particles, not a short title ("Mr", "Dr."): the name began
with it, in another mention ("[King Salman] bin Abdulaziz Al Saud"), and the particles are no surname's start."""
SURNAME_PARTICLES = NAME_PARTICLES - {"st", "ben"}
_PARTICLE_TAIL = re.compile(
    r"(?:[ \t]+(?:" + "|".join(sorted(SURNAME_PARTICLES)) + r"))*[ \t]+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?\b(?![-'’]\w)"
)
"""The particles written in lower case inside a person's name ("Pieter van der Berg", "Ana de la Fuente", "Osama
bin Laden"): part of the surname, which a name cut after them loses ("van der Berg" is no "Berg"). Not "St" (a
place's "St Ives") nor "Ben", as often a given name."""


_DEMONYM_WORD = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")
_PEOPLES_NOUN = re.compile(
    r"\s+(?:government|officials?|authorities|ministers?|ministry|army|military|navy|police|delegation|"
    r"delegates|negotiators|diplomats|embassy|forces|troops|people|citizens|regime|parliament|president|leaders?)\b"
)
"""A country's body or people after its adjective ("the Ostravan government", "the Korsenian delegation")."""
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b")


def _demonym_here(m: NameMention, text: str) -> bool:
    """One word shaped as a nationality's adjective ("Varskovan"), which the census knows as no given name or surname,
    between an article and a noun in lower case ("a Varskovan dissident", "the Varskovan prisoners"): an adjective of
    a people, no person, whatever the tagger read (its organisation may be one: "the Guardian reported", see
    ``resolve._place_demonyms`` for a people whose place the story names)."""
    return (
        bool(_DEMONYM_WORD.fullmatch(m.text))
        and not is_given_name(m.text)
        and not is_surname(m.text)
        and bool(_ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start))
        and bool(_NOUN_AFTER.match(text, m.end))
    )


def _title_opening(words: list[str], text: str, end: int) -> bool:
    """Two words, a nationality's adjective ("Kelvan": shaped as one, and no name the census knows) and either a
    government portfolio before a title ("Foreign" of "Kelvan Foreign Minister") or a plural noun in lower case
    ("diplomats" of "Kelvan diplomats"): the opening of a title or a group of people, never a person's or a body's
    name."""
    first = words[0] if len(words) == 2 else ""
    if not _DEMONYM_WORD.fullmatch(first) or is_given_name(first) or is_surname(first):
        return False  # "Kasich aides", "Morgan supporters": a person's people, no nationality
    second = words[1]
    if second.lower() in PORTFOLIOS | NORP_TRAILERS:
        return bool(PORTFOLIO_TITLE_AFTER.match(text, end))
    return second.isalpha() and second.islower() and second.endswith("s") and second not in SURNAME_PARTICLES


def _surname(name: str) -> str:
    parts = _name_parts(name)  # cleaned of "the" and a possessive
    return parts[-1] if parts else ""


def _given_name_after_title(words: list[str], text: str, start: int) -> int:
    """Where the name starts in a "person" the tagger ran on from a title written out ("[Director of] Government
    Affairs Phil Smith", "[Supervisor of] Elections Susan Bucher"): after "of" or "for", at the first given name that
    follows capitalised words, the first of them no given name (0 otherwise)."""
    if len(words) < 3 or not text[:start].endswith(("of ", "for ")) or is_given_name(words[0]):
        return 0  # "of William Howard Taft", "for Francis Gary Powers": a name from its first word
    for k in range(1, len(words) - 1):
        if not words[k - 1][:1].isupper():
            return 0
        if given_name_gender(words[k]) is not None:
            return k
    return 0


def _opening_title(words: list[str], text: str, start: int) -> bool:
    """A "person" of three words or more opening its sentence with a word that is no name (no given name, surname or
    particle in the census lists) before a given name that tells a gender: "Curator Ingrid Solvang said ...", a title
    the tagger ran into the name, whatever the title ("Archivist", "Harbourmaster")."""
    first = words[0]
    if len(words) < 3 or len(first) < 4 or not (first.isalpha() and first[0].isupper() and first[1:].islower()):
        return False  # not "San" of "San Pedro Sula", "Los", "Las": a place's first word
    if (
        is_given_name(first)
        or is_surname(first)
        or first.lower() in NAME_PARTICLES | stopwords()
        or given_name_gender(words[1]) is None
    ):
        return False
    before = text[:start].rstrip(" \t").rstrip(OPEN_QUOTES).rstrip(" \t")
    return not before or before[-1] in ".!?\n"


_OCCUPATION_END = re.compile(r"[A-Z][a-z]{4,}(?:ist|ician|er|or|man|woman)")
"""How a word for one's occupation ends ("Meteorologist", "Electrician", "Firefighter", "Surveyor", "Lineman"):
seven letters or more, so that short given names ("Peter", "Victor") fall out even where the census misses them."""


def _office_word(word: str) -> bool:
    """A capitalised word that names an office or an occupation: a known title ("Governor", "Chief", "Coach") or a
    word formed as an occupation that the census knows as no given name or surname ("Firefighter", not "Baker")."""
    low = word.lower()
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or is_given_name(word):
        return False
    if low in PRE_NAME_TITLES or low in TITLE_WORDS or is_role(word):
        return True
    return bool(_OCCUPATION_END.fullmatch(word)) and not is_surname(word)


def _office_head(words: list[str]) -> int:
    """How many words (one to three) open a "person" as an office or occupation before a full name: "[Fire Chief]
    Marta Szelk", "[Meteorologist] Lotte van Aerden", "[Firefighter] Piet Dovan", "[Dunlow Fire Chief] Ada Rusk";
    the office's last word is a title (see :func:`_office_word`), the words before it only its modifiers or the place
    it serves ("Fire", "Police", "Deputy", "Dunlow": no given name).
    What follows holds two words or more and opens with a capitalised word that is neither a title nor a surname's
    particle ("Olivier De Schutter" keeps its given name), so a name is never cut to one word; 0 when none."""
    for k in (3, 2, 1):
        rest = words[k:]
        if len(rest) < 2 or not _office_word(words[k - 1]):
            continue
        if k >= 2 and not all(w.isalpha() and w[:1].isupper() and not is_given_name(w) for w in words[: k - 1]):
            continue
        first = rest[0]
        if not _TITLE_NAME_WORD.fullmatch(first) or first.lower() in NAME_PARTICLES or _office_word(first):
            continue
        return k
    return 0


def _agent_noun(word: str) -> bool:
    """A word formed as one who does something ("Curator", "Founder", "Moderator"), or a known role: a title."""
    return is_role(word) or bool(re.search(r"(?:or|er|ist|ian|ant|ent)$", word))


def _common_word_first(name: str, text: str, start: int) -> bool:
    """``name`` opens a line or sentence with a word the text also writes in lower case and that is no given name
    ("Top Clinton", "Top" of a headline beside "top-secret"; not "Will Smith")."""
    words = name.split()
    if len(words) < 2 or not words[0].isalpha() or not words[1][:1].isupper() or words[0].lower() in NAME_PARTICLES:
        return False
    before = text[:start].rstrip(" \t").rstrip(OPEN_QUOTES).rstrip(" \t")  # '“Despite George Will ...'
    if before and before[-1] not in ".!?\n":
        return False
    first = words[0]
    low = first.lower()
    if (low in stopwords() or low in _OPENING_PREPOSITIONS) and low != "may" and given_name_gender(first) is None:
        return True  # "Despite George Will's ...", "After Jeb Bush ...": no given name (not "Will Smith")
    return (
        re.search(rf"\b{first.lower()}\b", text) is not None
        and given_name_gender(first) is None
        and first.lower() not in PRE_NAME_TITLES
    )


def _craft_and_places(ms: list[NameMention], text: str) -> None:
    """Named craft become PRODUCT (spaCy's label for vehicles), in every mention of the same name in the
    article once one is introduced as a craft; names ending in a geographic word become LOC."""
    crafts = {
        m.text
        for m in ms
        if m.label in {"PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART"}
        and CRAFT_BEFORE.search(text[max(0, m.start - 30) : m.start])
    }
    for m in ms:
        words = m.text.split()
        if m.text in crafts:
            m.label = "PRODUCT"
        elif (
            m.label == "WORK_OF_ART"
            and words[0] == "The"
            and len(words) >= 3
            and words[-1].lower() in STRUCTURE_SUFFIXES
        ):
            m.label = "FAC"  # "The Harrowmere Dam was completed in 1967": a dam, no title
        elif (
            m.label not in {"PERSON", "NORP", "LOC"}
            and _PLACE_NOUN_AFTER.match(text, m.end)
            and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
        ):
            m.label = "LOC"  # "the Ostval valley", "the Tarn river": the name of a place the noun after says it is
        elif (
            m.label == "ORG"
            and _DIRECTION_FIRST.match(m.text)
            and not _body_name(m.text)
            and _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start - 12), m.start)
        ):
            m.label = "GPE"  # "in Upper Tarnside", "North Vellmoor": a place, no body's name
        elif m.label in {"ORG", "NORP", "EVENT", "LAW"} or (m.label == "PERSON" and m.votes <= 1):  # no role/cue
            words = m.text.split()
            if len(words) >= 2 and words[-1].lower() in PLACE_SUFFIXES:  # "the Great Sallow Lake" no event
                m.label = "LOC"
            elif len(words) >= 2 and words[-1] in TOWN_SUFFIXES and m.label == "PERSON" and not is_given_name(words[0]):
                m.label = "GPE"  # "in Penwick and Ashby Crossing", "Cold Springs": a town (not "Kevin Springs")
            elif (
                len(words) >= 2
                and words[-1].lower().rstrip(".") in STREET_SUFFIXES
                and m.label == "PERSON"
                and not is_given_name(words[0])  # "Ada Lane", "Chris Street": people
            ):
                m.label = "FAC"  # "Quarry Road", "Millbrook Lane": a street, as spaCy labels roads
            elif (
                len(words) >= 2
                and words[-1].lower().rstrip(".") in STREET_SUFFIXES - {"bridge", "square", "pier", "wharf", "quay"}
                and m.label == "ORG"
                and _ADDRESS_BEFORE.search(text, max(0, m.start - 60), m.start)
            ):
                m.label = "FAC"  # "her home on Birch Street", "at 14 Quarry Road": an address, no body


_ADDRESS_BEFORE = re.compile(
    r"(?:\b(?:home|homes|house|houses|apartment|flat|shop|store|corner|block|steps|porch|driveway|yard|lived|lives|"
    r"living|walked|walking|drove|driving|parked|stood|standing)\b[^.\n]{0,40}?\b(?:on|along|off|down|up|of|near)"
    r"|\b\d{1,5}[A-Za-z]?)[^\S\n]+(?:the[^\S\n]+)?$"
)
"""Words before a street's name that give it as an address: "the steps of her home on", "lived on", "at 14"."""
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:valley|river|delta|basin|estuary|coast|coastline|peninsula|plateau|highlands|lowlands|mountains|"
    r"region|province|county|district)\b"
)
"""A lower-case geographic noun after a name ("the Ostval valley"): the name is the place's."""
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_DIRECTION_FIRST = re.compile(
    r"(?:Upper|Lower|North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater)\s+[A-Z][\w'’-]+$"
)
"""A two-word name opening with a compass or elevation word ("Upper Tarnside", "Greater Manchester"): a place when
it follows a preposition of place (:data:`_PLACE_PREPOSITION_BEFORE`), not "reported by Western Journalism"."""
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|near|outside|around|across)\s+$")


KIN = {
    "wife": "f", "husband": "m", "son": "m", "daughter": "f", "brother": "m", "sister": "f", "father": "m",
    "mother": "f", "widow": "f", "widower": "m", "nephew": "m", "niece": "f", "grandson": "m",
    "granddaughter": "f", "uncle": "m", "aunt": "f", "first lady": "f", "second lady": "f", "first gentleman": "m",
    "second gentleman": "m",
}  # fmt: skip
"""Kinship words that introduce a relative of someone ("Trump's eldest daughter, Ivanka Trump") and tell the
relative's gender."""
_KIN_BEFORE = re.compile(r"\b(" + "|".join(KIN) + r")\b,?(?:\s+(?!of\b)[A-Za-z.]+){0,3},?\s*$", re.I)
"""A kinship word a few words before a name ("his wife, Melania", "eldest daughter, Ivanka"; not "the son of")."""
_KIN_APPOSED = re.compile(r"(?:['’]s?|\b(?:his|her|their))\s+(?:" + "|".join(KIN) + r"),\s*$", re.I)
"""Someone's relative in apposition right before a name ("Lise's brother, ", "her mother, ")."""
OFFICE_KIN = frozenset({"first lady", "second lady", "first gentleman", "second gentleman"})
"""Kinship words that name a position of their own ("first lady Jill Biden"): a role as they stand."""
_KIN_OWNER = re.compile(
    r"(?:\b(?:([Hh]is)|([Hh]er)|[Tt]heir)|((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)['’]s?)\s+(?:[a-z-]+\s+){0,2}$"
)
"""Whose relative a kinship word names: a possessive pronoun ("her father") or a name's possessive ("Marta Lind's
late father")."""


_RELATIVE_ROLE = re.compile(r"(?:[^,]*['’]s\s+)?(" + "|".join(KIN) + r")(?:,|$)", re.I)


def relative_role(role: str | None) -> bool:
    """The role introduces a relative ("first lady", "Marta Lind's father", "Rita Holm's brother, former mayor")."""
    return bool(role and _RELATIVE_ROLE.match(role))


def _kin_role(kin: re.Match[str], m: NameMention, ms: list[NameMention], text: str) -> str:
    """The role a kinship word gives the person it introduces: whose relative they are, "Marta Lind's father" for "Her
    father, Konrad Lind" after "Opposition lawmaker Marta Lind ...". A reader of an entity list learns little from a
    bare "father" (a relation to someone, not an office), so the relative is named when the text names them near it:
    the person a possessive names ("Marta Lind's late father"), or the person named last before a possessive pronoun
    when of that pronoun's gender ("her father" after Marta Lind). Else the kinship word stays as it is: it still tells
    that the person was introduced as someone's relative (see ``resolve._cluster_people``). "First lady"
    (:data:`OFFICE_KIN`) is a role as it stands."""
    word = " ".join(kin.group(1).lower().split())
    owner = _KIN_OWNER.search(text, max(0, kin.start(1) - 60), kin.start(1)) if word not in OFFICE_KIN else None
    if owner is None:
        return word
    people = [p for p in ms if p.label == "PERSON" and p is not m]

    def named(name: str) -> str:  # "Mr Brandt" -> "Oskar Brandt", the fullest person the article names so
        bare = name.split()[-1] if name.split()[0].rstrip(".").lower() in HONORIFICS else name
        whole = [p.text for p in people if p.text == bare or p.text.endswith(" " + bare)]
        return max(whole, key=len) if whole else name

    if owner.group(3):
        return f"{named(owner.group(3))}'s {word}"
    want = "m" if owner.group(1) else "f" if owner.group(2) else None
    opens = _SENTENCE_OPEN.search(text, max(0, owner.start() - 400), owner.start())
    if opens is None:  # "Cruz ... deployed his pastor father": mid-sentence, "his" is the subject's, not the last named
        return word
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, opens.start() - 400), opens.start())]
    first = ends[-1] if ends else max(0, opens.start() - 400)  # the sentence before: a reader reads no further back
    before = [p for p in people if first <= p.start and p.end <= opens.start()]
    fits = {
        named(p.text)
        for p in before
        if want is None or (_honorific(text, p) or given_name_gender(p.text.split()[0])) in (None, want)
    }
    if len(fits) == 1 and len(next(iter(fits)).split()) >= 2:  # one person the pronoun can be: theirs
        return f"{fits.pop()}'s {word}"
    return word


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_SENTENCE_OPEN = re.compile(r"(?:[.!?][\"'\u201d\u2019]?\s+|\n\s*)$")
"""The end of the sentence before, when a possessive pronoun opens its own ("... welcomed the news. Her father, ...")."""
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+|\n\s*")
GENDERED_PRONOUN = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.I)
"""A third-person pronoun: group 1 when it is a man's, group 2 when a woman's."""
_CLAUSE_END = re.compile(r"[.!?;,:]\s|\s[\u2014\u2013-]\s|\n")


def _honorific(text: str, m: NameMention) -> str | None:
    """ "m" after "Mr.", "f" after "Mrs.", "Ms." or "Miss" ("Mrs. Clinton"), else None."""
    before = _HONORIFIC_BEFORE.search(text, max(0, m.start - 6), m.start)
    return None if before is None else ("m" if before.group(1) == "Mr" else "f")


@dataclass
class _Namesakes:
    """The full names in an article that share one surname ("Bill Clinton", "Hillary Clinton"), in the order
    found, with the gender the text tells for each and those first introduced as someone's relative."""

    names: list[str]
    told: dict[str, str]
    kin: set[str]
    generation: dict[str, str] = field(default_factory=dict)
    """"elder" or "younger" for one introduced as a parent's or a child's generation ("Her father, Konrad Lind")."""
    both_titles: bool = False
    """The text writes the surname after "Mr." and after "Mrs."/"Ms.": it tells its namesakes apart by gender."""

    def pick(self, title: str | None, generation: str | None = None) -> str | None:
        """The one a one-word mention stands for: not one told (or whose given name says: "Marta") to be of the other
        gender than ``title`` ("m" after "Mr.", "f" after "Mrs.", or None), and the ones told to be of that gender
        first; of the ``generation`` the mention says ("the elder Lind": the one introduced as someone's father, or
        the one not introduced as someone's child); then not one first introduced as someone's relative while another
        is not; else the first found. None when only a given name sets one apart from another whose given name tells
        no gender and whom the text tells nothing of ("Mr. Bush" beside "George W. Bush" and "Jeb Bush"): either may
        be meant; not when the text writes both "Mr." and "Mrs." before the surname ("Mr. Clinton" beside "Mrs.
        Clinton"): it sets them apart by gender, and the given name says who is the man."""
        names = self.names
        if title is not None:
            gender = {n: self.told.get(n) or given_name_gender(n.split()[0]) for n in names}
            unknown = [n for n in names if gender[n] is None]
            by_name = [n for n in names if gender[n] == title]
            undecided = not self.both_titles and not any(self.told.get(n) == title for n in names)
            if by_name and unknown and undecided and generation is None:
                return None
            names = by_name or unknown or names
        if generation is not None:
            other = "younger" if generation == "elder" else "elder"
            names = (
                [n for n in names if self.generation.get(n) == generation]
                or [n for n in names if self.generation.get(n) != other]
                or names
            )
            if len(names) == 1:
                return names[0]
        plain = [n for n in names if n not in self.kin]
        return (plain or names)[0]


ELDER_KIN = frozenset({"father", "mother", "uncle", "aunt"})
YOUNGER_KIN = frozenset({"son", "daughter", "nephew", "niece", "grandson", "granddaughter"})
_GENERATION_BEFORE = re.compile(r"\b(elder|older|younger)\s+$", re.I)
"""A word telling which of two namesakes of two generations a surname alone stands for ("the elder Lind")."""


def _generation(text: str, m: NameMention) -> str | None:
    before = _GENERATION_BEFORE.search(text, max(0, m.start - 10), m.start)
    return None if before is None else ("younger" if before.group(1).lower() == "younger" else "elder")


def _namesakes(word: str, ms: list[NameMention], full: list[NameMention], text: str) -> _Namesakes | None:
    """The full names sharing the surname ``word``, or None when fewer than two do. A gender is told by a kinship
    word or title before a mention (3), and by pronouns in the rest of its clause, up to a comma, before anyone
    else is named (1 each): at least 2, and three times the other side. Of two, when the text has the surname
    after both "Mr." and "Mrs." and tells one's gender, the other is the other's."""
    same = [p for p in full if _name_parts(p.text)[-1] == word]
    names = list(dict.fromkeys(clean_name(p.text) for p in same))
    if len(names) < 2:
        return None
    votes: dict[str, list[int]] = {}
    kin: set[str] = set()
    generation: dict[str, str] = {}
    people = sorted(same, key=lambda m: m.start)
    for i, m in enumerate(people):
        name = clean_name(m.text)
        v = votes.setdefault(name, [0, 0])
        k = _KIN_BEFORE.search(text, max(0, m.start - 40), m.start)
        if k is not None:
            if sum(v) == 0:  # introduced as a relative the first time it is named
                kin.add(name)
                relative = k.group(1).lower()
                if relative in ELDER_KIN or relative in YOUNGER_KIN:
                    generation[name] = "elder" if relative in ELDER_KIN else "younger"
            v[KIN[k.group(1).lower()] == "f"] += 3
        if (h := _honorific(text, m)) is not None:
            v[h == "f"] += 3
        end = _CLAUSE_END.search(text, m.end)
        hi = min(end.start() if end else len(text), people[i + 1].start if i + 1 < len(people) else len(text))
        for p in GENDERED_PRONOUN.finditer(text, m.end, hi):
            v[p.group(2) is not None] += 1
    told = {
        n: ("m" if male > female else "f")
        for n, (male, female) in votes.items()
        if max(male, female) >= 2 and max(male, female) >= 3 * min(male, female)
    }
    titles = {
        h for b in ms if b.label == "PERSON" and clean_name(b.text) == word and (h := _honorific(text, b)) is not None
    }
    if len(names) == 2 and titles == {"m", "f"} and len(told) == 1:
        (gender,) = told.values()
        told[names[1] if names[0] in told else names[0]] = "f" if gender == "m" else "m"
    if titles == {"m", "f"}:
        _couple(same, names, told, text)
    return _Namesakes(names, told, kin, generation, both_titles=titles == {"m", "f"})


def _couple(same: list[NameMention], names: list[str], told: dict[str, str], text: str) -> None:
    """A couple named with one surname ("Khizr and Ghazala Khan") in an article that writes both "Mr." and "Ms."
    before the surname: when the text tells neither one's gender, the census lists may; when they do not either
    (neither "Khizr" nor "Ghazala" is in them), the order news writing gives a couple, the husband first, does. When
    one's gender is told, the other is the other."""
    ordered = sorted(same, key=lambda m: m.start)
    for a, p in itertools.pairwise(ordered):
        # the first of a couple is a full name of a one-word span, made by _shared_surnames ("Khizr" of "Khizr and")
        if len(text[a.start : a.end].split()) != 1 or not _AND.fullmatch(text, a.end, p.start):
            continue
        first, second = clean_name(a.text), clean_name(p.text)
        guess = {n: told.get(n) or given_name_gender(_name_parts(n)[0]) for n in (first, second)}
        if guess[first] is None and guess[second] is None:
            guess = {first: "m", second: "f"}
        elif guess[first] is None or guess[second] is None:
            known = first if guess[first] else second
            guess[second if known == first else first] = "f" if guess[known] == "m" else "m"
        if guess[first] != guess[second]:
            told.setdefault(first, str(guess[first]))
            told.setdefault(second, str(guess[second]))


def _introduced_as_relative(p: NameMention, full: list[NameMention], text: str) -> bool:
    """Whether the full name ``p`` is first given as someone's relative or spouse ("survived by her brother Jack
    Page", "first lady Jill Biden"): a surname alone then stands for the person whose relative that is ("Page ended
    her modeling career", "President Biden"), not for the relative, whom a writer names in full."""
    name = clean_name(p.text)
    first = min((f.start for f in full if clean_name(f.text) == name), default=p.start)
    return _KIN_BEFORE.search(text, max(0, first - 40), first) is not None


_AND = re.compile(r"\s+(?:and|&)\s+")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _shared_surnames(ms: list[NameMention], full: list[NameMention], text: str) -> list[NameMention]:
    """The full names of given names coordinated before one surname: "Khizr and Ghazala Khan" names Khizr Khan
    (the mention keeps its span, "Khizr"; only its name is completed). Only for a word the article uses nowhere
    else alone nor as anyone's surname, not an acronym ("JFK") nor a census surname ("Rice"), and a census given name
    when the partner's is one: "Biden and Susan Rice" and "JFK and Bill Clinton" are two people each; "Bill and
    Hillary Clinton" and "Khizr and Ghazala Khan" (neither name listed) are couples."""
    persons = [m for m in ms if m.label == "PERSON"]
    surnames = {_name_parts(p.text)[-1] for p in full}
    alone = Counter(clean_name(m.text) for m in persons if len(_name_parts(m.text)) == 1)
    out = []
    for m, nxt in itertools.pairwise(sorted(persons, key=lambda m: m.start)):
        word, parts = clean_name(m.text), _name_parts(nxt.text)
        if (
            len(parts) == 2
            and len(word.split()) == 1
            and alone[word] == 1
            and word not in surnames
            and _AND.fullmatch(text, m.end, nxt.start)
            and not _THE_BEFORE.search(text, max(0, m.start - 6), m.start)  # "the Monterey and Sabal Palm clubs"
            and word[1:].islower()
            and not is_surname(word)
            and not (is_surname(parts[0]) and not is_given_name(parts[0]))  # "Monterey and Palm Springs"
            and (is_given_name(word) or not is_given_name(parts[0]))
        ):
            out.append(NameMention(m.start, m.end, "PERSON", f"{word} {parts[1]}"))
    return out


def _canonical(ms: list[NameMention], text: str) -> None:
    full = [m for m in ms if m.label == "PERSON" and len(_name_parts(m.text)) >= 2]
    full = sorted(full + _shared_surnames(ms, full, text), key=lambda m: m.start)
    shared: dict[str, _Namesakes | None] = {}
    for m in ms:
        m.canonical = entity_name(m.text, m.label)
        if m.label != "PERSON":
            m.canonical = _mixed_case(m.canonical, text) if _shouted(text, m.start, m.end) else m.canonical
            continue
        if len(_name_parts(m.text)) == 1:
            word = m.canonical
            if word not in shared:
                shared[word] = _namesakes(word, ms, full, text)
            if (namesakes := shared[word]) is not None:
                m.canonical = namesakes.pick(_honorific(text, m), _generation(text, m)) or word
            elif (p := _fuzzy_part(m.text, full)) is not None and not _introduced_as_relative(p, full, text):
                m.canonical = clean_name(p.text)
        else:
            longer = [
                p
                for p in full
                if p is not m
                and clean_name(m.text) in clean_name(p.text)
                and _generation_of(p.text) == _generation_of(m.text)  # "Harold Quist" is not Harold Quist Jr.
            ]
            if not _in_quotation(text, m.start):
                # not a name from a quoted headline: “Speaker Paul Ryan Joins Growing List of Conservatives ...”
                longer = [p for p in longer if not _in_quotation(text, p.start)]
            if longer:
                m.canonical = clean_name(max(longer, key=lambda p: len(p.text)).text)
            else:  # "Andrei Korneev" after "Andrey Korneev": the first spelling in the text
                m.canonical = next(
                    (clean_name(p.text) for p in full if p.start < m.start and _spelling_of(m.text, p.text)),
                    m.canonical,
                )
        if m.canonical.isupper() and len(m.canonical.split()) >= 2:
            # a transcript's label in capitals ("LENA HOLT:"): as the text writes the name elsewhere, else capitalised
            mixed = _mixed_case(m.canonical, text)
            m.canonical = mixed if not mixed.isupper() else " ".join(w.capitalize() for w in m.canonical.split())


def _mixed_case(name: str, text: str) -> str:
    """A name written in capitals ("VARNHOLT, March 16 (NPA) -", a dateline) as the text writes it elsewhere in
    mixed case and with a capital ("the Varnholt Regional Court"); a short acronym ("US"), a name written only in
    capitals and a word the text writes only in lower case elsewhere ("WHITE") stay."""
    if not name.isupper() or sum(ch.isalpha() for ch in name) < 4:
        return name
    found = (
        m.group(0)
        for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
        if m.group(0)[0].isupper() and not m.group(0).isupper()  # not "white" for "WHITE": a common word
    )
    return next(found, name)


def _shouted(text: str, start: int, end: int) -> bool:
    """A mention in capitals where the text sets words in capitals: it opens its line (a dateline, a heading, a
    transcript's speaker) or a word beside it is in capitals too; not an acronym in running text ("the ISIS
    fighters")."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    stop = text.find("\n", end)
    before = re.search(r"(\S+)\s*$", line)
    after = re.match(r"\s*(\S+)", text[end : stop if stop >= 0 else len(text)])
    beside = [w.group(1).strip("\"“”‘’'.,:;!?()-") for w in (before, after) if w is not None]
    return not line.strip(" \t\"“‘'") or any(len(w) > 1 and w.isupper() for w in beside)


def _in_quotation(text: str, pos: int) -> bool:
    """``pos`` is inside quotation marks opened earlier in its paragraph."""
    seg = text[text.rfind("\n", 0, pos) + 1 : pos]
    return seg.rfind("\u201c") > seg.rfind("\u201d") or seg.count('"') % 2 == 1


def _spelling_of(a: str, b: str) -> bool:
    """Two full names that differ only by spelling (same length, near-equal parts)."""
    from rapidfuzz import fuzz

    pa, pb = _name_parts(a), _name_parts(b)
    if len(pa) != len(pb) or fuzz.ratio(pa[-1], pb[-1]) < 85 or _generation_of(a) != _generation_of(b):
        return False
    return all(fuzz.ratio(x, y) >= 70 for x, y in zip(pa[:-1], pb[:-1], strict=True))


def _dedupe(ms: list[NameMention]) -> list[NameMention]:
    out: list[NameMention] = []
    for m in sorted(ms, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
