"""Claims: the sentences of each article, with the entities, numbers and dates they carry.

Offsets are into ``Article.original``. Sentences come from extraction (``ArticleExtraction.sentences``);
an article that extraction did not split is split here with spaCy's sentencizer so a brief can still be
made (reported by :func:`split_claims` through ``Claim.source == "fallback"``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..clean.dupes import decimal_point
from ..clean.lines import sentence_lines
from ..clean.signoff import credit_line
from ..extract.attribution import DATELINE
from ..extract.dates import STAMP_DAY, filed_days, planned
from ..extract.lexicon import ROLE_NOUNS, cue_lemma
from ..extract.numbers import NUMBER_WORD_RUN, read_number_words
from ..extract.resolve import GENERATION
from ..models import Article, ArticleExtraction, Mention, Quote, published_day

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*")
NUMBER = re.compile(
    r"(?<![\w.](?<![$€£¥](?:US|AU|NZ|CA|HK)))(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u2009\u202f\u200b]\d{3})+(?!\d)"
    r"|(?<!\d, )\d{1,3}(?:, \d{3})+(?!\d|,? \d|\s+(?:and|or|to)\s+\d)"
    r"|\d+(?:\.\d+)?)(?:-|\s*)(%|percent\b|per cent\b|[A-Za-z]+)?"
)
"""A number: digits, grouped by commas or by no-break, thin or zero-width spaces ("40\u202f000"), or with decimals.
Tokenised corpora write a comma and a space inside a number ("home to 120, 000 people", "1, 150 kilometers"): read
as one number when every group after the first has three digits and no list of numbers goes on ("rooms 101, 102 and
103" stays three numbers), not as 120 and a count of 0."""
GROUPING = re.compile("[,\u00a0\u2009\u202f\u200b ]")
SLASHED = re.compile(r"/\d")
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "dozen": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_COMPOUND_NUMBER = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+(one|two|three|four|five|six|seven|eight|nine)"
    r"\b[\s-]+([A-Za-z]+)",
    re.I,
)
BARE_NUMBER_WORD = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|fifteen|twenty)\b(?=\s*(?:[.;]|,\s|$))", re.I
)
"""A number word the sentence leaves without its noun ("killing two."): a count of something named before."""
NEGATION = re.compile(
    r"\b(not|no(?!\.\s*\d|\s*[,!])|never|none|nobody|neither|nor|cannot|denied|denies|deny|denying|refused|refuses|rejected)\b"
    r"|n ?[’'] ?t\b"  # "hadn't", and "hadn ’ t" as tokenised corpora write it
    r"|\b(?:can|don|won|isn|wasn|didn|doesn|aren|weren|hasn|haven|couldn|wouldn|shouldn)t\b",  # "cant", "didnt"
    re.I,
)
DEMAND = re.compile(
    r"\b(should|must|ought|demand(?:s|ed|ing)?|call(?:s|ed)? for|urg(?:e|es|ed|ing)|insist(?:s|ed)?|want(?:s|ed)?|"
    r"(?<!the )(?<!a )(?<!their )(?<!his )(?<!her )(?<!its )propos(?:e|es|ed)|ask(?:s|ed)? for|need(?:s|ed)? to|goals?|"
    r"aim(?:s|ed)? to|targets?)\b",
    re.I,
)
"""A figure wanted or aimed at, not reported as done: "wants to vaccinate 100 million", "your goal of vaccinating
100 million", "the envoy proposed a 24-month period". A plan or a promise is told like the future it names ("plans
to send" as "will send"), and a proposal, an offer or a push on the table like a fact ("their proposed $1.9
trillion package" as "his $1.9 trillion proposal" or "Biden's push for" it, "a proposal worth $140 million" as
"offered $140 million", "offered a $35,000 reward" as "were offering" it): not demands."""
MODAL = re.compile(r"should|must|ought|need(?:s|ed)? to", re.I)
THRESHOLD_BEFORE = re.compile(r"\b(?:the|of)\s+[$€£]?\d[\d,.]*(?:\s+[a-z]+){0,2}\s+$")
"""A number after "the" or "of" (with up to two words of its unit) right before "needed to": the participle of a
threshold ("the 2,383 needed to clinch the nomination", "the 270 electoral votes needed to win"), told as a fact, not
a need someone presses. Not "300 workers needed to be rehired", a need of the clause's own subject."""
HEDGE = re.compile(r"\b(may|might|could|reportedly|allegedly|possibly|likely|believed|suspected|unconfirmed)\b", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_QUALIFIERS = {
    "more than": "above", "over": "above", "above": "above", "upwards of": "above", "in excess of": "above",
    "beyond": "above", "as much as": "atmost",
    "at least": "atleast", "no fewer than": "atleast", "no less than": "atleast",
    "fewer than": "below", "less than": "below", "under": "below", "below": "below",
    "up to": "atmost", "at most": "atmost", "as many as": "atmost", "no more than": "atmost",
    "about": "about", "around": "about", "some": "about", "roughly": "about", "approximately": "about",
    "an estimated": "about", "estimated": "about", "almost": "nearly", "nearly": "nearly", "close to": "nearly",
    "first": "part", "last": "part", "final": "part", "another": "part", "other": "part", "additional": "part",
    "further": "part", "extra": "part", "remaining": "part", "part": "part", "those": "part", "these": "part",
    "combined": "total", "cumulative": "total",
}  # fmt: skip
"""Words before a figure that make it a bound, an estimate, a part of a whole ("his first 17 passes",
"another 40 workers", "those 10 points" told of before: not the total, so never in conflict with one) or a sum over
several ("a combined 157 games"). "A total of 37 patients" is none of these: the count itself, told as the whole, so
it disagrees with "27 patients"."""
QUALIFIER = re.compile(
    r"\b(" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+(?:[A-Z]{0,3}[$€£¥]\s?)?$", re.I
)  # "roughly $22 million" too
_STATEMENT_DATE = re.compile(
    r"\b(?:said|says|told(?: [\w'’ ]{1,30}?)?|announced|added|confirmed|stated|reported|explained|wrote|"
    r"according to [\w'’ ]{1,30}?)(?: (?:at|during|after|in) (?:a |an |the |his |her |their )?[\w'’-]+)?"
    r"\s+(?:on |late on |early on |last |this )?$",
    re.I,
)
"""Words right before a date that make it the date of the statement, not of the event reported ("said on
Tuesday", "said at practice on Wednesday")."""
_BOUND_BEFORE = re.compile(r"\b(?:until|till|through|thru)\s+(?:the\s+end\s+of\s+)?$", re.I)
"""A date that ends a period ("until December 31, 2020"): how long, not when the sentence's event happened."""
_POSSESSIVE_AFTER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s?['’]\s?s\b")
"""A date that owns something ("Sunday's playoff game", "Friday ’ s semifinal") names that thing, not when the
sentence's event happened."""
_MODEL_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n)\s+(?:[a-z]+\s+)?$")
_NAME_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[A-Z][a-z]")
"""Around a year that describes a thing: "a gray 2013 Toyota Camry", "a 2013 gray Camry"."""
UNIT_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "is"}
CLAUSE_AFTER = frozenset({"after", "before", "since", "until", "till", "when", "while", "because"})
"""Words that open a clause or a time after a number: it counts nothing they or the words after them name ("rose to
two after the body was found", "scored 12 after halftime")."""
CLOCK = {"am", "pm", "p", "a", "gmt", "utc", "et", "est", "edt", "pst", "pdt", "cet", "bst", "h", "hrs"} | {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip
"""Words after a time of day or a day of the month ("11 PM", "14 April"): a date, not a count."""
CLOCK_BEFORE = re.compile(r"\d\s*:\s*$")
MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$"
)
CLOCK_AFTER = re.compile(r"\s*:\s*\d")
DIGITS_BEFORE = re.compile(r"(\d+)\s+$")
DIGITS_AFTER = re.compile(r"\s+(\d+)\b")
PART_OF = re.compile(
    r"\s+(?:of|out of)\s+(?:(?:the|his|her|their|its|[A-Z][\w.]*(?:\s?['’]s?)?)\s+){0,3}\d[\d,.]*[\s-]+([A-Za-z]+)"
)
CLOCK_AFTER_YEAR = re.compile(r"\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|hrs|hours|h)\b")
"""'at about 2045 GMT': a time of day, not the year 2045."""
SCORE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
SCORE_AFTER = re.compile(r"\s*[-–]\s*\d")


@dataclass(frozen=True)
class Figure:
    """A number found in a claim: its value and the word it counts (singular, lower case)."""

    value: float
    unit: str
    start: int
    end: int
    spelled: bool = False
    """Written as a word ("two"): weaker evidence, not used for conflicts."""
    qualifier: str = ""
    """"more than", "about", "up to"...: the figure is a bound or an estimate, see ``low``/``high``."""
    scope: str = ""
    """What the words after the figure make of it: a rate ("$25 million a season", "50% daily") or a count
    of two kinds together ("420 passengers and crew"); see ``measure``."""
    scale: float = 1.0
    """The scale word written after the number ("300 million people": 1e6); ``value`` is the whole amount
    (300,000,000), so "300 million people" and "300 people" are different figures."""
    modifier: str = ""
    """The word before the counted noun, when there is one ("city" of "38 city routes", "machine" of "3 machine
    guns"): two counts of one noun with different modifiers count different things."""
    whole: float = 0.0
    """For a part told with its whole ("157 of 338 seats"), the whole (338); else 0."""
    fraction: bool = False
    """A share told in words ("about a third of its systems", "nearly all of them"), read as a percentage: loose
    talk, never :attr:`plain`; it counts where a sentence tells progress (:data:`storyline.align.align.PROGRESS`)."""
    floor: float = 0.0
    """For a range ("between 300 and 400 appointments"), its lower end (300; ``value`` is the upper end); else 0:
    any count inside the range ("about 350 appointments") agrees with it, one outside does not."""
    against: float = 0.0
    """For a vote's tally ("voted 7 to 4"), the votes against (4; ``value`` is the votes for, unit "vote"); else 0:
    two tallies agree only when both numbers do."""
    said: str = ""
    """For a count told in words with no number ("hundreds of thousands of homes", a range: ``floor`` 100,000,
    ``value`` 999,999), those words, shown for it (:data:`VAGUE_COUNT`); else ""."""

    @property
    def kind(self) -> str:
        """What the qualifier makes of the figure: "above", "atleast", "about", "part", "total"... or ""."""
        return _QUALIFIERS.get(self.qualifier, "")

    @property
    def measure(self) -> str:
        """What the figure counts: "rate" (per season, daily, on average), "total" (two kinds together, or "a
        combined 157 games"), the kind it names ("rushing", "on offense") or "" (a plain count)."""
        if not self.scope:
            return "total" if self.kind == "total" else ""
        if self.scope.startswith(("and ", "or ")):
            return "total"
        if self.scope in ("difference", SIZE):
            return self.scope
        return self.scope if KIND_OF.fullmatch(self.scope) else "rate"

    @property
    def low(self) -> float:
        """Least value the wording allows ("more than 200": just over 200; "about 200": 180; "$1.4 trillion": a
        little over 1.35, what rounds to it)."""
        kind = self.kind
        if self.floor:
            return self.floor - self.rounding
        return {"above": self.value, "atleast": self.value, "about": self.value * 0.9, "nearly": self.value * 0.85}.get(
            kind, 0.0 if kind in ("below", "atmost", "part") else self.value - self.rounding
        )

    @property
    def rounding(self) -> float:
        """How far the number may lie from what it was rounded from, by its last digit ("1.4": 0.049, so that
        "$1.37 trillion" and "$1.4 trillion" agree but "6.8 million" and "6.9 million" do not; "94 percent": 0.49,
        so that it agrees with "94.1%", and "$2 trillion" with "$2.2 trillion", but 22 people never with 23)."""
        decimals = len(f"{self.value / self.scale:.6f}".rstrip("0").split(".")[1])
        return 0.49 * 10.0**-decimals * self.scale

    @property
    def shown(self) -> str:
        """The number as written: "6.8 million", "1,200", "15"."""
        written = self.value / self.scale
        number = f"{written:,.0f}" if float(written).is_integer() else f"{written:g}"
        return f"{number} {SCALE_WORDS[self.scale]}" if self.scale in SCALE_WORDS else number

    @property
    def high(self) -> float:
        """Greatest value the wording plausibly stands for."""
        kind = self.kind
        if kind == "part":
            return float("inf")
        if kind in ("above", "atleast"):
            # "more than 200" is said of 212, hardly of 400 ("about 400" would be): a report well past
            # the bound is a different figure, worth showing side by side; a small count leaves room for two
            # more ("at least two ladder trucks" / "three ladder trucks")
            return max(self.value * 1.2, self.value + 2)
        if kind in ("below", "atmost"):
            return self.value
        return self.value * 1.1 if kind == "about" else self.value + self.rounding

    @property
    def plain(self) -> bool:
        """Written in digits, or a number of 10 or more in words ("Twelve buses were destroyed", as news style
        writes a number that opens a sentence): as firm as digits. "two of them", "three" may be loose talk."""
        return not self.fraction and (not self.spelled or self.value >= 10)

    @property
    def weak(self) -> bool:
        """A small number written as a word ("two of them", "three"), or a poll's margin of error: too weak to
        stand for a count, nothing outlets dispute."""
        return (self.spelled and self.value < 4) or self.scope == MARGIN_OF_ERROR

    def overlaps(self, other: Figure) -> bool:
        """The two wordings can stand for the same number ("more than 200" and "212"); a total ("a combined 157
        games") says nothing against a count that may be one of its parts ("54 games with the Angels"), nor a
        rate against a count."""
        if self.measure != other.measure:
            return True  # "$25 million a season" says nothing against "$161 million" over the contract
        if self.against and other.against:
            return (self.value, self.against) == (other.value, other.against)  # "7 to 4" / "6 to 5"
        for part, count in ((self, other), (other, self)):
            if part.whole and (count.kind == "" or count.whole == part.whole):
                # "157 of 338 seats" against "156 seats" or "156 of 338 seats": the same part of the same whole, told
                # differently; against "338 seats" (the whole) or more than the whole (another count), nothing; nor
                # against a part of unknown whole ("his first 17 passes" of "29 of 34 passes")
                if count.value == part.whole or count.value > part.whole:
                    return True
                return abs(count.value - part.value) <= max(part.rounding, count.rounding)
        if not (self.kind or other.kind or self.floor or other.floor):
            # two exact figures: one is what the other may have been rounded from ("94 percent" / "94.1%"), not
            # just near it ("2 years" / "2 1/2 years", 2.5 rounding to neither's last digit)
            return self.low <= other.value <= self.high or other.low <= self.value <= other.high
        return self.low <= other.high and other.low <= self.high

    def agrees(self, other: Figure) -> bool:
        """The other figure gives this one: the same number, or the same unit within what the wording allows."""
        return other.value == self.value or (other.unit == self.unit and self.overlaps(other))


@dataclass
class Claim:
    """One sentence of one article, the unit that alignment works on."""

    index: int
    article: str
    start: int
    end: int
    text: str
    position: int
    entities: frozenset[str] = frozenset()
    figures: tuple[Figure, ...] = ()
    dates: tuple[str, ...] = ()
    planned_dates: tuple[str, ...] = ()
    """Those of ``dates`` told as planned or expected ("will campaign in September")."""
    negated: bool = False
    modality: str = "asserted"
    quoted: float = 0.0
    """Share of the sentence that is inside a direct quote."""
    attributed: bool = True
    """False for a sentence mostly inside a direct quotation whose attribution ("he said", the speaker's name)
    is in another sentence: read alone, the speaker's words would pass for the outlet's own."""
    whole: bool = True
    """False for a sentence that starts or ends inside a direct quotation running on from or into another
    sentence ('It is impossible, you need both sides to be willing," Peskov said.'): its quotation marks do
    not pair up when it is shown alone."""
    speakers: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    """The people whose figures a sentence gives: the PERSON entities it names, or for a sentence that opens
    with "He" or "She" and names nobody, the person its article named last before it."""
    places: frozenset[str] = frozenset()
    """The places (GPE, LOC) a sentence names: figures for Texas and for Iowa are about different things."""
    orgs: frozenset[str] = frozenset()
    """The organisations a sentence is about, not those it quotes: "the Orioles offered seven years" and "the
    Red Sox offered eight" give figures for different offers; "the authority said 14" and "the coastguard said
    12" disagree."""
    holders: tuple[tuple[int, str], ...] = ()
    """(offset, last word of the name, lower case) of each entity of :data:`HOLDER_LABELS` the sentence names, not
    as the source of a quotation, in text order: whose figure a number is ("Charles rushed for 226 yards while
    Hillis added 101 yards"). The last word, because the tagger may call "Garrard" an organisation and "David
    Garrard" a person, two entities."""
    told: str = ""
    """For a sentence that opens with "He" or "She" and names no one, the surname (lower case) of the person it stands
    for (see ``people``); entity keys are no help here, as one person named "Benjamin" and "Dr. Benjamin" in two
    articles may be two entities."""
    he: str = ""
    """For a sentence whose subject is an opening "He" or "She", the surname (lower case) of the person it stands for,
    whether or not the sentence names others ("He crushed in Dorsa and lost to Vance in Kelby"): the speaker its
    quotation is given to when the pronoun is who speaks, else the person the article named last before it; ``told``
    when the sentence names no one; "" when it is not known."""
    source: str = "extraction"
    names: dict[str, str] = field(default_factory=dict)
    """How the text writes each entity of ``entities`` (entity id -> first mention), for display."""
    extra: dict[str, object] = field(default_factory=dict)
    published: str | None = None
    """The day (ISO, "2026-11-03") its article was published, when known: a sentence tells nothing that happened after
    it."""
    named_days: tuple[str, ...] = ()
    """Calendar days (ISO) of the things the sentence names by their day, left out of ``dates``: "at yesterday's
    hearing" is no date of its event that another outlet's could disagree with, but it is a day the sentence tells of,
    which an article published before it could not report."""

    @property
    def words(self) -> int:
        return len(WORD.findall(self.text))

    def holder(self, figure: Figure) -> str | None:
        """Whose the figure is: the person or organisation named last before it (for a sentence opening with "He"
        or "She", the person it is about), else None (unknown: comparable with anyone's)."""
        named = [word for offset, word in self.holders if offset < figure.start]
        return named[-1] if named else None

    def figure_keys(self, *, digits_only: bool = False) -> set[tuple[float, str]]:
        """(value, unit) of the claim's figures; ``digits_only``: not those of a small number in words (see
        ``Figure.plain``)."""
        return {(f.value, f.unit) for f in self.figures if not digits_only or f.plain}


HOLDER_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})
"""Entities whose figures a sentence gives: people and organisations, and named works, products and events ("Ross
was paid $3 million" / "The Hunger Games took more than $363 million": two holders, two amounts)."""
_POSSESSOR = re.compile(r"\s?['’]s?\s+[A-Za-z]")
"""After a name that owns a thing ("the Saints' game", "Atlanta's defence"): the name is not whose figure it is."""

_RECIPIENT = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|giv(?:e|es|ing)|gave|given|mak(?:e|es|ing)|made|pa(?:y|ys|ying|id)|"
    r"award(?:s|ed|ing)?|hand(?:s|ed|ing)?|promis(?:e|es|ed|ing)|sen(?:d|ds|ding|t)|ow(?:e|es|ed|ing)|"
    r"sign(?:s|ed|ing)?)\s+(?:the\s+)?$",
    re.I,
)
"""Before a name that receives ("the Orioles offered Teixeira seven years", "signed the Yankees"): the figure is
the giver's."""


def _not_holder(text: str, start: int, name_start: int, name_end: int) -> bool:
    """Whether the name at ``name_start:name_end`` (in a sentence starting at ``start``) owns a thing or receives
    one, rather than holding the figures after it."""
    before = text[max(start, name_start - 30) : name_start]
    return bool(_POSSESSOR.match(text, name_end) or _RECIPIENT.search(before) or _AFFILIATION.search(before))


_AFFILIATION = re.compile(
    rf"(?:[A-Z][\w.'’-]*|\b(?:{'|'.join(sorted(ROLE_NOUNS, key=len, reverse=True))})),?\s+(?:of|from)\s+(?:the\s+)?$"
)
"""Before a name that says where the name or title before it belongs ("Teodora Halasz of the Civic Alliance had been
declared the winner with 48,212 votes", "the former finance director of the Kestrel Grain Cooperative, was sentenced
to six years"): the votes and the years are the person's, not the party's or the cooperative's."""


def _last_word(name: str) -> str:
    """A name's last word in lower case, without a possessive or a generation's suffix: "David Garrard's" ->
    "garrard", "Arlo James Penn Jr." -> "penn" (the surname a later "Penn" or "He" of the same man is told by)."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", re.sub(r"['’]\s?s$", "", name.strip()))]
    while len(words) > 1 and words[-1] in GENERATION:
        words.pop()
    return words[-1] if words else ""


def split_claims(articles: list[Article], extractions: dict[str, ArticleExtraction]) -> list[Claim]:
    """Every sentence of every article as a :class:`Claim`, in article order."""
    claims: list[Claim] = []
    for article in articles:
        if article.skip_reason:
            continue
        ext = extractions.get(article.id)
        spans = list(ext.sentences) if ext and ext.sentences else []
        source = "extraction"
        if not spans:
            spans, source = fallback_sentences(article), "fallback"
        if ext is not None:
            spans = closed_quotations(article.original, spans, ext.quotes)
        for pos, (s, e) in enumerate(_trim_spans(article, spans)):
            claim = _make_claim(len(claims), article, s, e, pos, ext)
            claim.source = source
            claims.append(claim)
    # a wire story dated only by its dateline ("TARN, Aug 11 (Agency) -") was filed that day: its figures are those
    # known then, as a paper's are those of its publication day
    filed = filed_days({a.id: (a.text or "", a.published) for a in articles if not a.skip_reason})
    for claim in claims:
        if claim.published is None and claim.article in filed:
            claim.published = filed[claim.article]
    return claims


def closed_quotations(text: str, spans: list[tuple[int, int]], quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentences joined where a direct quotation runs over several of them and the attribution after it closes it
    ('"We lost. We will be back," she said.'): one claim, not a claim that begins inside the quotation and one
    that is the speaker's first words with no speaker. A quotation whose attribution comes before it, or that goes
    on into another paragraph, is left as the splitter cut it, unless it closes in the paragraph it opened in ('X
    said: "This is a betrayal. She must go now."': one claim, none that ends inside an open quotation). When the
    splitter left a sentence of narration and the quotation's first words together ('... a larger vote. "I think' |
    'this is another case," Tanner said.'), the narration stays a sentence of its own."""
    spans = sorted(spans)
    starts = [s for s, _e in spans]
    first_of = list(range(len(spans)))  # the first sentence each sentence is joined to
    opens: dict[int, int] = {}  # a sentence -> where the quotation joined to the sentences after it opens in it
    for q in quotes:
        if q.kind != "direct" or q.cue is None:
            continue
        for after in (p for p in (q.parts or (q.content,)) if p.start >= q.cue.end):
            # its first and last words: a splitter may leave the opening mark with the sentence before ('Tisdane
            # said. "' | 'Both are in hospital."'), which is no cut inside the quotation
            said = [m.start() for m in re.finditer(r"\w", text[after.start : after.end])]
            if not said:
                continue
            i = bisect.bisect_right(starts, after.start + said[0]) - 1
            j = bisect.bisect_right(starts, after.start + said[-1]) - 1
            if 0 <= i < j and "\n" not in text[q.cue.start : after.end]:
                for k in range(i + 1, j + 1):  # 'said: "A. B."': the cuts inside a quotation closed in its paragraph
                    first_of[k] = first_of[i]
        pieces = [p for p in (q.parts or (q.content,)) if p.end <= q.cue.start]
        if not pieces:
            continue  # the attribution opens the quotation
        piece = pieces[-1]
        i = bisect.bisect_right(starts, piece.start) - 1
        j = bisect.bisect_right(starts, q.cue.start) - 1
        if i < 0 or j <= i or "\n" in text[piece.start : q.cue.start]:
            continue
        # every cut between them inside the quotation, or right after its closing mark
        if all(piece.start < starts[k] and not text[piece.end : starts[k]].strip() for k in range(i + 1, j + 1)):
            for k in range(i + 1, j + 1):
                first_of[k] = first_of[i]
            if first_of[i] == i and _SENTENCE_DONE.search(text, spans[i][0], piece.start):
                opens[i] = piece.start
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(spans):
        if k and first_of[k] != k and out:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        elif k in opens:
            out += [(s, opens[k]), (opens[k], e)]
        else:
            out.append((s, e))
    return out


_SENTENCE_DONE = re.compile(r"\w[^\n]*[.!?]\s+$")
"""Narration that ends a sentence before a quotation opens."""


_OPENING_TAIL = re.compile(r"\s+([\"“‘«(\[]|'(?=$))$")
"""An opening quotation mark or bracket that a sentence splitter left at the end of the sentence before."""


EDITORIAL_NOTE = re.compile(r"(?:Editor['’]s\s+note|Correction|Clarification|Update|Disclosure)\s*:", re.I)
"""An outlet's note on its own article ("Editor's note: ...", "Correction: ..."): the outlet's stance or
housekeeping, repeated on many of its pages, not a claim about the story (its wording still counts for the
outlet's framing: :func:`storyline.brief.framing.editorial_notes`)."""


LIVE_HOUSEKEEPING = re.compile(
    r"(?:Good\s+(?:morning|afternoon|evening)|(?:Hello|Hi|Welcome)(?:\s+(?:again|back|everyone|all))?"
    r"|Thanks?(?:\s+you)?(?:\s+(?:all|very\s+much|so\s+much))?\s+for\s+(?:following|reading|joining(?:\s+us)?|"
    r"staying\s+with\s+us|your\s+company)(?:\s+(?:us|along|today|tonight|this\s+\w+))?)\s*[.!]*"
    r"|(?:We|I)(?:['’]re|['’]ll|\s+are|\s+will|\s+have|\s+am)?\s+(?:now\s+)?(?:closing|pausing|ending|wrapping\s+up|"
    r"(?:going\s+to\s+)?(?:close|pause|end|wrap\s+up))\s+(?:this|our|the)\s+(?:live\s+)?"
    r"(?:blog|coverage|page|updates?)\b[^.!?]*[.!]",
    re.I,
)
"""A live blog's own greeting or sign-off ("Good morning.", "Thank you for following.", "We are closing this live
blog for today."): the page talking to its readers, no claim about the story (a whole sentence only)."""


CORRECTION_NOTE = re.compile(
    r"(?:Corrections?|Clarifications?)\s*:"
    r"|(?:An?|The)\s+(?:earlier|previous|original|prior)\s+version\s+of\s+this\s+(?:article|story|report|post)\b"
    r"|This\s+(?:article|story|report|post)\s+(?:has\s+been|was|is)\s+(?:corrected|amended|updated\s+to\s+correct)\b",
    re.I,
)
"""An outlet's correction of its own article, in a label or in words ("Correction: ...", "An earlier version of this
article said the dam was completed in 1971. It was completed in 1967.", "This story has been corrected to ..."): the
statement it retracts is no claim about the world, nor is its restatement a report of its own. From where it opens to
the end of its paragraph it is kept out of the claims, so out of facts, summary and timeline (its wording still counts
for the outlet's framing, and the brief's ``notes`` point to it: :func:`correction_notes`)."""


def correction_notes(article: Article) -> list[tuple[int, int]]:
    """``(start, end)`` in the original text of each correction note (see :data:`CORRECTION_NOTE`): from where it
    opens, at a paragraph's start or a sentence's, to the end of its paragraph."""
    text = article.original or ""
    out: list[tuple[int, int]] = []
    for m in _NOTE_OPENING.finditer(text):
        s = m.start(1)
        if out and s < out[-1][1]:
            continue
        end = text.find("\n", s)
        end = len(text) if end < 0 else end
        out.append((s, len(text[:end].rstrip())))
    return out


_NOTE_OPENING = re.compile(rf"(?:^|(?<=[.!?][\"”’)\s]))[ \t]*((?:{CORRECTION_NOTE.pattern}))", re.I | re.M)


LIVE_STAMP = re.compile(
    rf"(?:{STAMP_DAY}\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|UTC|EST|EDT|PST|PDT))?\s*(?:[-–—:|]\s*)?"
    r"(?=[A-Z\"“‘'])"
)
"""A time opening a paragraph, as a live blog stamps its entries ("09:12 Pickets have been at the gates ...",
"3.05pm - Shares rose", "Sun 1 Mar 2026 19:30 — About a third ...": with its day)."""


def _trim_spans(article: Article, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Strip whitespace, hand a stray opening quote mark to the sentence it opens, drop the headline and
    fragments without a word."""
    out = []
    title = article.title_span
    carry: int | None = None
    notes = correction_notes(article)
    for k, (s, e) in enumerate(spans):
        if carry is not None and article.original[carry:s].strip() in ("", '"', "“", "‘", "«", "'", "(", "["):
            s = carry
        carry = None
        piece = article.original[s:e]
        tail = _OPENING_TAIL.search(piece)
        if tail and piece[: tail.start()].rstrip().endswith((".", "!", "?", "”", '"', "’")):
            carry = s + tail.start(1)
            e = s + tail.start()
            piece = article.original[s:e]
        s += len(piece) - len(piece.lstrip())
        e -= len(piece) - len(piece.rstrip())
        dateline = DATELINE.match(article.original, s, e)
        if dateline:  # "KESSLING (Harbour Wire Service) - Fourteen people...": the claim starts after it
            s = dateline.end()
        stamp = LIVE_STAMP.match(article.original, s, e) if s == 0 or article.original[s - 1] == "\n" else None
        if stamp:  # a live blog's entry, "13:20 Pell Motors has raised its offer": the time is the page's, no claim
            s = stamp.end()
        if e <= s or not re.search(r"[A-Za-z]{2}", article.original[s:e]) or EDITORIAL_NOTE.match(article.original, s):
            continue
        if LIVE_HOUSEKEEPING.fullmatch(article.original, s, e):
            continue  # "Good morning." / "We are closing this live blog for today.": the page's, no claim
        if credit_line(article.original[s:e], closing=k == len(spans) - 1):
            continue  # "... the river water. This report is from Continental Press Wire.": who supplied the copy
        if title and s < title[1] and e > title[0]:
            continue
        if any(ns <= s < ne for ns, ne in notes):
            continue  # "An earlier version of this article said ...": the outlet's correction, no claim
        out.append((s, e))
    return out


def fallback_sentences(article: Article) -> list[tuple[int, int]]:
    """Sentence spans (original offsets) from the cleaned text, for articles extraction did not split."""
    from ..nlp import load_spacy

    nlp = load_spacy(disable=("parser", "ner", "lemmatizer", "tagger", "attribute_ruler", "tok2vec"))
    spans: list[tuple[int, int]] = []
    for offset, end in sentence_lines(article.text, 0, len(article.text)):
        para = article.text[offset:end]
        if para.strip():
            doc = nlp.make_doc(para)
            for name, proc in nlp.pipeline:
                if name in ("sentencizer", "senter"):
                    doc = proc(doc)
            cuts: list[tuple[int, int]] = []
            for sent in doc.sents:
                if cuts and decimal_point(para, cuts[-1][1] - 1):
                    cuts[-1] = (cuts[-1][0], sent.end_char)  # "$2." | "6 million": a decimal point set apart
                else:
                    cuts.append((sent.start_char, sent.end_char))
            spans += [article.textmap.span_to_original(offset + s, offset + e) for s, e in cuts]
    return spans


_ZONE_BEFORE = re.compile(r"\d\s*(?:GMT|UTC|ET|EST|EDT|PST|PDT|CET|CEST|BST)\s*$")


def _make_claim(index: int, article: Article, s: int, e: int, pos: int, ext: ArticleExtraction | None) -> Claim:
    text = article.original[s:e]
    entities: set[str] = set()
    people: set[str] = set()
    places: set[str] = set()
    orgs: set[str] = set()
    names: dict[str, str] = {}
    named: list[tuple[int, str, str]] = []  # (offset, entity, last word) of each person or organisation
    dates: list[str] = []
    planned_dates: list[str] = []
    named_days: list[str] = []
    speakers: set[str] = set()
    reported: list[tuple[int, int]] = []  # what the sentence reports of someone's words, offsets into its text
    quoted = 0
    attributed = False  # some quotation in the sentence has its speaker or its cue in it too
    whole = True
    if ext:
        for m in ext.mentions:
            if not (s <= m.span.start and m.span.end <= e):
                continue
            if m.label in HOLDER_LABELS and not _not_holder(article.original, s, m.span.start, m.span.end):
                named.append((m.span.start, m.entity or m.span.text, _last_word(m.span.text)))
            if m.label in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"):
                entities.add(m.entity or m.span.text)
                names.setdefault(m.entity or m.span.text, m.name or m.span.text)
                if m.label == "PERSON":
                    people.add(m.entity or m.span.text)
                elif m.label in ("GPE", "LOC"):
                    places.add(m.entity or m.span.text)
                elif m.label == "ORG":
                    orgs.add(m.entity or m.span.text)
        for d in ext.dates:
            if s <= d.span.start and d.span.end <= e and (d.date or d.relative):
                if _STATEMENT_DATE.search(article.original[s : d.span.start]):
                    continue  # "the chief said on Tuesday": when it was said, not when it happened
                if _ZONE_BEFORE.search(article.original[max(s, d.span.start - 16) : d.span.start]):
                    continue  # "6:41pm PST (0241 GMT Friday)": the same moment in another time zone
                if _attributive(article.original, d.span.start, d.span.end):
                    if d.date and len(d.date) == 10 and _POSSESSIVE_AFTER.match(article.original, d.span.end):
                        named_days.append(d.date)  # "yesterday's hearing": the day of the thing it names
                    continue  # "Sunday's playoff game", "a 2013 Toyota Camry": a thing, not a time
                if _BOUND_BEFORE.search(article.original[max(s, d.span.start - 12) : d.span.start]):
                    continue  # "suspending visas until December 31": the end of a period, not when it happened
                dates.append(d.date or d.span.text.lower())
                if planned(article.original, s, d.span.start, d.span.end):
                    planned_dates.append(dates[-1])
        for q in ext.quotes:
            lo, hi = max(s, q.content.start), min(e, q.content.end)
            if hi > lo:
                reported.append((lo - s, hi - s))
                if q.kind == "direct":
                    quoted += hi - lo
                    # (a colon cue only with its speaker: an interview's "A: ..." names nobody in the sentence)
                    attributed |= any(
                        x is not None and s <= x.start < e
                        for x in (q.speaker, q.cue if q.cue and q.cue.text != ":" else None)
                    )
                    whole &= not (q.content.start < s < q.content.end or q.content.start < e < q.content.end)
                if q.speaker_entity:
                    speakers.add(q.speaker_entity)
    if not dates:
        dates = [
            m.group(0)
            for m in YEAR.finditer(text)
            if not CLOCK_AFTER_YEAR.match(text, m.end())
            and not _attributive(article.original, s + m.start(), s + m.end())
        ]
    told = ""
    if ext and not people and (PRONOUN_SUBJECT.match(text) or INNER_PRONOUN_SUBJECT.search(text)):
        # (or a quotation whose own sentence opens with one: '"Stop. He has no weapon. Stop."' is about the man the
        # article named last, not its speaker)
        last = _antecedent(ext, s, exclude=speakers if not PRONOUN_SUBJECT.match(text) else set())
        if last is not None:
            people = {last.entity or last.span.text}
            told = _last_word(last.name or last.span.text)
            if PRONOUN_SUBJECT.match(text):
                named.insert(0, (s, "", _last_word(last.span.text)))  # "He had 793 yards": that person's
    he = told
    # ("He attacked Clinton": not Clinton, nor "the Clintons" named before)
    named_people = {_last_word(names.get(p, p)).rstrip("s") for p in people}
    if ext and OPENING_HE.match(text):
        # "He crushed in Dorsa and lost to Vance": the sentence names Vance, but tells what the person before it did
        speaker = next((q.speaker_entity for q in ext.quotes if q.speaker is not None and q.speaker.start == s), None)
        if speaker:
            he = _last_word(speaker)  # "He said the vote was rigged": whom the quotation is given to
        elif not he and (last := _antecedent(ext, s, exclude=speakers, named=named_people)) is not None:
            he = _last_word(last.name or last.span.text)
    return Claim(
        index=index,
        article=article.id,
        start=s,
        end=e,
        text=text,
        position=pos,
        entities=frozenset(entities),
        figures=tuple(find_figures(text, s)),
        dates=tuple(dates),
        planned_dates=tuple(planned_dates),
        named_days=tuple(named_days),
        negated=bool(NEGATION.search(text)),
        modality=modality(text, reported if ext else None),
        quoted=(share := quoted / max(1, e - s)),
        attributed=attributed or share < 0.5,
        whole=whole,
        speakers=frozenset(speakers),
        people=frozenset(people),
        told=told,
        he=he,
        places=frozenset(places),
        orgs=frozenset(orgs - speakers),
        holders=tuple(sorted((offset, word) for offset, entity, word in named if entity not in speakers and word)),
        names=names,
        published=str(article.published)[:10] if published_day(article.published) is not None else None,
    )


def _attributive(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` describes a thing rather than dating the sentence's event."""
    if _POSSESSIVE_AFTER.match(text, end):
        return True
    return bool(
        YEAR.fullmatch(text[start:end])
        and _MODEL_BEFORE.search(text, max(0, start - 30), start)
        and _NAME_AFTER.match(text, end)
    )


OPENING_HE = re.compile(r"(?:He|She)\b")
"""A sentence that opens with its subject, a person it calls "He" or "She" (not a quotation: '"He lied," ...')."""
PRONOUN_SUBJECT = re.compile(r"[\"“‘]?(?:He|She|His|Her)\b")
"""A sentence about a person it does not name ("He had 793 yards and six touchdowns")."""
INNER_PRONOUN_SUBJECT = re.compile(r"(?:^[\"“‘]|[.!?][\"”’]?\s+[\"“‘]?)(?:He|She)\b(?!\s+(?:said|says|told)\b)")
"""A sentence inside a quotation that opens with "He" or "She" ('"Stop, stop. He has no weapon."'): the quotation is
about a person it does not name (not "He said", which only tells who speaks)."""


def _antecedent(
    ext: ArticleExtraction, start: int, exclude: Iterable[str] = (), named: set[str] | None = None
) -> Mention | None:
    """The person a sentence opening with "He" or "She" is most likely about: the last one its article names
    before it (None when the article names nobody before it), not one of ``exclude`` (entity ids: the speakers of the
    sentence's quotation, who say "I", not "he") nor of ``named`` (last words of the names, without a plural "s": the
    people the sentence itself names, whom its "He" is not)."""
    last = None
    skip = set(exclude)
    for m in ext.mentions:
        if m.label != "PERSON" or (m.entity or m.span.text) in skip:
            continue
        if named and _last_word(m.name or m.span.text).rstrip("s") in named:
            continue
        if m.span.end <= start and (last is None or m.span.start > last.span.start):
            last = m
    return last


def modality(text: str, reported: list[tuple[int, int]] | None = None) -> str:
    """How a sentence presents what it says: demanded, prescribed, hedged or asserted.

    With ``reported`` (the spans of the sentence, offsets into ``text``, that report someone's words), a
    modal ("should", "must") is a demand only inside them ("Nebenzia stressed there should be a 24 month
    period"); in the outlet's own words it prescribes, states a rule ("a candidate must win 1,237 delegates",
    "students should be kept 6 feet apart"): neither someone's demand nor a figure established as done."""
    prescribed = False
    for m in DEMAND.finditer(text):
        if THRESHOLD_BEFORE.search(text, max(0, m.start() - 40), m.start()) and m.group(0).lower() == "needed to":
            continue  # "the 2,383 needed to win": a threshold the figure tells, no one's demand nor a rule
        if (
            reported is None
            or not MODAL.fullmatch(m.group(0))
            or any(a <= m.start() < b for a, b in reported)
            or any(cue_lemma(w) for w in re.findall(r"[A-Za-z]+", text[: m.start()]))  # "said there should be"
        ):
            return "demanded"
        prescribed = True
    if prescribed:
        return "prescribed"
    if HEDGE.search(text):
        return "hedged"
    return "asserted"


def find_figures(text: str, base: int = 0) -> list[Figure]:
    """Numbers in ``text`` (digits or number words) with the word after them as their unit."""
    out: list[Figure] = []
    number_end = 0  # where the number of the last figure in ``out`` ends
    tallies = list(TALLY.finditer(text))
    for m in NUMBER.finditer(text):
        raw = m.group(1)
        if any(t.start("yes") <= m.start() < t.end("no") for t in tallies):
            continue  # read below as one tally
        if YEAR.fullmatch(raw):
            continue
        mixed = None if m.group(2) else MIXED_FRACTION.match(text, m.start() + len(raw))
        if mixed is not None and not _fraction_value(mixed):
            mixed = None
        if SCORE_BEFORE.search(text, 0, m.start()) or (mixed is None and SCORE_AFTER.match(text, m.start() + len(raw))):
            continue  # "a 20-13 win", "a 9 - 5 season": a score or a record, not a count
        if MODEL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "AK-47", "F-16", "Covid-19": part of a name, not a count
        if MAGNITUDE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "a magnitude 6 quake", "a 6.1-magnitude quake" told as "magnitude 6": a measure, no count
        if mixed is None and _clock_or_phone(text, m.start(), m.start() + len(raw)):
            continue  # "18:50", "0845 125 2222": a clock reading or a phone number
        if SLASHED.match(text, m.start() + len(raw)) or text[max(0, m.start() - 1) : m.start()] == "/":
            continue  # "9/11 hijackers", "24/7", "3/4": a date, a name or a fraction, not a count
        try:
            value = float(GROUPING.sub("", raw))
        except ValueError:
            continue
        part_of = PART_OF.match(text, m.start() + len(raw))
        if part_of:  # "28 of 41 passes", "10 of the Saints' 16 games": 28 is a part of the 41
            unit, _, _ = _counted(text, part_of.group(1), part_of.end())
            whole = re.search(r"\d[\d,.]*(?=[\s-]+[A-Za-z]+$)", part_of.group(0))
            try:
                total = float(GROUPING.sub("", whole.group(0)).rstrip(".,")) if whole else 0.0
            except ValueError:
                total = 0.0
            out.append(Figure(value, unit, base + m.start(), base + m.end(), qualifier="part", whole=total))
            continue
        if out and CONVERSION.fullmatch(text, out[-1].end - base, m.start()):
            continue  # "$US1 million ($1.52 million)", "12 miles (19 km)": the same amount in other units
        shared = RANGE_SCALE.match(text, m.start() + len(raw))  # "$140- $150 million": 140 million too
        scale = SCALE_VALUES[shared.group(1).lower()] if shared else 1.0
        word, word_end = m.group(2) or "", m.end()
        if mixed is not None:
            # "2 1/2 years", "2-1/2 years", "2½ years": two and a half, one number; its unit follows the fraction
            value += _fraction_value(mixed)
            after = UNIT_AFTER.match(text, mixed.end())
            word, word_end = (after.group(1) or "", after.end()) if after else ("", mixed.end())
        fig = _figure(text, base, value, m.start(), word, word_end, scale=scale)
        told = out[-1] if out else None
        if (
            told is not None
            and not fig.unit
            and told.unit not in ("", *ORDINALS)
            and ELIDED.match(text, m.start() + len(raw))
            and not LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and not OTHER_ACT.search(text, number_end, m.start())
        ):
            # "Ted Cruz has 370 delegates, Marco Rubio has 163 and John Kasich has 63.": the noun left out is the
            # one the figure before counts; not "Week 11" or "Route 52", a name's number
            fig = dataclasses.replace(fig, unit=told.unit)
        elif told is not None and fig.unit and told.unit in ("", fig.unit) and told.value < fig.value:
            between = RANGE_BETWEEN.fullmatch(text, number_end, m.start())
            if between and (
                RANGE_OPENS.search(text, max(0, told.start - base - 30), told.start - base)
                if between.group(1).lower() == "and"
                else not RANGE_CHANGE.search(text, max(0, told.start - base - 30), told.start - base)
            ):
                # "between 300 and 400 appointments", "some 300 to 400 appointments": one figure, a range
                if told.unit:
                    out.pop()
                fig = dataclasses.replace(fig, floor=told.value, qualifier=fig.qualifier or told.qualifier)
        elif not fig.unit and (
            ELIDED.match(text, m.start() + len(raw)) or WHEN_AFTER.match(text, m.start() + len(raw))
        ):
            named = NUMBER_OF.search(text, max(0, m.start() - 100), m.start())
            if named:  # "put the number of jobs it plans to cut at 3,100": 3,100 jobs
                end = min(fig.end, base + m.start() + len(raw))  # not the "on" of "rose to 1,800 on Wednesday"
                fig = dataclasses.replace(fig, unit=_unit(named.group(1), ""), end=end)
        if (former := _former_unit(text, base, m.start(), m.start() + len(raw), out)) is not None:
            fig = dataclasses.replace(fig, unit=former)  # "27 miners ..., revising upward the 23 it first reported"
        elif not fig.unit and _age_apposition(text, m.start(), m.start() + len(raw), value):
            fig = dataclasses.replace(fig, unit="age", end=base + m.start() + len(raw))  # "Ruel, 34, a correspondent"
        fig = _kin_count(text, base, m.start(), m.start() + len(raw), fig)
        out.append(fig)
        number_end = m.start() + len(raw)
    runs = list(_number_word_runs(text))
    for s, e, value, words in runs:  # "one hundred and twelve passengers": 112, "Twenty-three people": 23
        after = _NEXT_UNIT_WORD.match(text, e)
        if value < 2 or not after or FRACTION_AFTER.match(text, e):
            continue  # "one", "two-thirds of the way": no count (a share is read below)
        last = words.split()[-1]
        scale = SCALE_VALUES.get(last, 1.0)
        fig = _figure(text, base, value / scale, s, after.group(1), after.end(), spelled=True, scale=scale)
        if (former := _former_unit(text, base, s, e, out)) is not None:
            fig = dataclasses.replace(fig, unit=former)  # "up from the seven first reported"
        if not fig.qualifier and ("dozen" in words or words.split()[0] in ("a", "an")):
            fig = dataclasses.replace(fig, qualifier="about")  # "a dozen passengers", "a hundred people": round talk
        out.append(_kin_count(text, base, s, e, fig))
    for m in BARE_NUMBER_WORD.finditer(text):  # "shot three people, killing two.": two of them, the noun left out
        if any(s <= m.start(1) < e and (s, e) != (m.start(1), m.end(1)) for s, e, _v, _w in runs):
            continue  # the last word of "one hundred and twelve."
        value = float(NUMBER_WORDS[m.group(1).lower()])
        named = NUMBER_OF.search(
            text, max(0, m.start(1) - 100), m.start(1)
        )  # "revised the number of infants ... to nine"
        unit = _unit(named.group(1), "") if named else ""
        if not unit and _toll_before(text, m.start(1)):
            unit = "people"  # "The death toll rose to two.": two people dead, as with a number in digits
        fig = Figure(value, unit, base + m.start(1), base + m.end(1), spelled=True)
        out.append(_kin_count(text, base, m.start(1), m.end(1), fig))
    for m in VAGUE_COUNT.finditer(text):  # "hundreds of thousands of homes": 100,000 to 999,999 homes
        many, plural = (m.group("many") or "").lower(), m.group("scale").lower()
        if not (many or m.group("noun")) or THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "in the hundreds", "thousands upon thousands": no count of a thing
        floor = VAGUE_FLOORS[plural] * {"tens": 10, "hundreds": 100}.get(many, 1)
        # "dozens": up to twelve dozen; "hundreds", "tens of thousands": up to ten times the floor; a bare "thousands",
        # "millions" up to the next scale ("millions of dollars" / "$15m" agree: "tens of" is a nicety, not a claim)
        top = 144.0 if plural == "dozens" else floor * (1000 if not many and floor >= 1e3 else 10) - 1
        word, word_end = (m.group("noun"), m.end("noun")) if m.group("noun") else ("", m.end("scale"))
        fig = _figure(text, base, top, m.start(), word, word_end, spelled=True)
        said = f"{many} of {plural}" if many else plural
        end = fig.end if m.group("noun") else base + m.end("scale")
        out.append(dataclasses.replace(fig, floor=floor, end=end, said=said))
    for m in ORDINAL_DEATH.finditer(text):  # "A seventh person has died": seven dead so far
        value = float(ORDINAL_WORDS.index(m.group(1).lower()) + 2)
        if not any(f.start - base < m.end(2) and m.start(1) < f.end - base for f in out):
            out.append(Figure(value, "people", base + m.start(1), base + m.end(2), spelled=True))
    for m in FRACTION.finditer(text):  # "about a third of the systems": 33 %
        g = 1 if m.group(1) else 2
        words = " ".join(m.group(g).lower().replace("-", " ").split())
        qualifier = _qualifier(text, m.start(g)) or ("nearly" if words.split()[0] in ("nearly", "almost") else "about")
        out.append(
            Figure(FRACTIONS[words.split()[-2] if words.endswith(" all") else words], "%", base + m.start(g),
                   base + m.end(g), True, qualifier, fraction=True)
        )  # fmt: skip
    for t in tallies:  # "voted 7 to 4", "by a vote of 7-4", "a 7-4 vote": the votes for and against, one figure
        out.append(Figure(float(t.group("yes")), "vote", base + t.start("yes"), base + t.end("no"),
                          against=float(t.group("no"))))  # fmt: skip
    return _in_months(text, base, out)


VAGUE_COUNT = re.compile(
    r"\b(?:(?P<many>tens|hundreds)\s+of\s+)?(?P<scale>dozens|scores|hundreds|thousands|millions|billions)\b"
    r"(?:\s+of\s+(?:(?:the|their|its|his|her|our)\s+)?(?P<noun>[a-z]+)\b)?",
    re.I,
)
"""A count told in words with no number ("hundreds of thousands of homes", "dozens of people", "tens of thousands"):
a range of the values the words allow (:data:`VAGUE_FLOORS`), which a count in digits inside it agrees with
("hundreds of thousands" / "300,000") and one outside it does not ("hundreds of thousands" / "2 million")."""
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
VAGUE_FLOORS = {"dozens": 24.0, "scores": 40.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
"""The least count each plural number word stands for ("dozens": two dozen); its most is ten times it, less one
("hundreds": 100 to 999), or twelve dozen for "dozens"; a bare "thousands", "millions" or "billions" up to the next
scale ("millions of dollars" and "$15m" agree). Only with what it counts ("hundreds of homes") or a scale
("tens of thousands"), not after "the" ("in the hundreds")."""
MIXED_FRACTION = re.compile(r"(?:\s+|-)([1-9])/([2-9]|1[0-6])(?![\d/])|\s?([\u00bc\u00bd\u00be\u2153\u2154])")
"""A fraction right after a whole number, the two one number ("2 1/2 years", "2-1/2 years", "2\u00bd years")."""
VULGAR = {"\u00bc": 0.25, "\u00bd": 0.5, "\u00be": 0.75, "\u2153": 1 / 3, "\u2154": 2 / 3}
UNIT_AFTER = re.compile(r"(?:-|\s*)(%|percent\b|per cent\b|[A-Za-z]+)?")
"""What follows a number: the first word of its unit, as :data:`NUMBER` reads it."""


def _fraction_value(m: re.Match[str]) -> float:
    """The value of a :data:`MIXED_FRACTION` match: the fraction after the whole number (0.5 of "2 1/2"), 0 when the
    numerator is not below the denominator ("2 3/2" is no way to write a number)."""
    if m.group(3):
        return VULGAR[m.group(3)]
    numerator, denominator = int(m.group(1)), int(m.group(2))
    return numerator / denominator if numerator < denominator else 0.0


TALLY = re.compile(r"\bvot(?:ed|es|e|ing)\s+(?:of\s+)?(?P<yes>\d{1,3})\s*(?:to|-|–)\s*(?P<no>\d{1,3})\b(?![.,]\d)")
"""A vote's tally after the verb or the noun ("voted 7 to 4", "by a vote of 7-4")."""


AGE_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+,\s(?:aged\s)?$")
AGE_AFTER = re.compile(r",\s")
AGE_LAST = re.compile(r"\.?[\"”’']?\s*$|\.[\"”’']?\s")
"""After an age told last in a sentence ("sobbed Hanna Ruel, 34."): the sentence's end."""
FULL_NAME = r"\b[A-Z][a-z'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z'’-]+"
FULL_NAME_BEFORE = re.compile(FULL_NAME + r",\s(?:aged\s)?$")
AGE_IN_BRACKETS = (re.compile(FULL_NAME + r"\s\($"), re.compile(r"\)"))
"""Around an age in brackets after a full name, as British papers write it ("Hanna Ruel (34) said")."""


KIN_OF = re.compile(r"\b(?:mother|father|parent|mum|mom|dad)\s+of\s+$", re.I)
"""Words before a count of someone's children ("a mother of 12", "father of three")."""
KIN_UNITS = frozenset({"children", "child", "kid", "son", "daughter", "boy", "girl"})


def _kin_count(text: str, base: int, start: int, end: int, fig: Figure) -> Figure:
    """The figure whose number is at ``start:end``, as a count of children when the words before it make it one ("a
    mother of 12, and", "mother of 13 Ilse Rook", "the mother of 12 children"): "a mother of 12" and "the mother of 13
    children" count the same children, whatever word follows the number (a comma, a verb, the mother's name)."""
    if fig.unit in KIN_UNITS or not KIN_OF.search(text, max(0, start - 20), start):
        return fig
    return dataclasses.replace(fig, unit="children", end=base + end, scope="", modifier="")


def _age_apposition(text: str, start: int, end: int, value: float) -> bool:
    """The number between ``start`` and ``end`` is someone's age told after the name, between commas ("Hanna Ruel, 34,
    a correspondent", "Ruel, aged 34,"), last in the sentence after a full name ("said Hanna Ruel, 34."; not "to
    Dunmore, 20.") or in brackets after one ("Hanna Ruel (34) said"): a whole number of years under 120 after a
    capitalised word (not "in 2019, 34 people")."""
    if not (value.is_integer() and 0 < value < 120):
        return False
    if AGE_IN_BRACKETS[0].search(text, max(0, start - 60), start) and AGE_IN_BRACKETS[1].match(text, end):
        return True
    name = AGE_BEFORE.search(text, max(0, start - 40), start)
    return (
        name is not None
        and not _CALENDAR_WORD.match(name.group(0))  # "in March, 12 ..."
        and bool(
            AGE_AFTER.match(text, end)
            or (AGE_LAST.match(text, end) and FULL_NAME_BEFORE.search(text, max(0, start - 60), start))
        )
    )


_CALENDAR_WORD = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|today|yesterday),",
    re.I,
)


_NEXT_UNIT_WORD = re.compile(r"[\s-]+([A-Za-z]+)")
FRACTION_AFTER = re.compile(
    r"[\s-]+(?:thirds?|quarters?|halves|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b", re.I
)
"""After a number word that opens a share ("two-thirds", "three quarters"): not a count."""


_WORD_GAP = re.compile(r"[\s-]+(?=[A-Za-z])")


def _number_word_runs(text: str) -> Iterator[tuple[int, int, float, str]]:
    """``(start, end, value, words)`` of each number written in words (:func:`read_number_words`): "one hundred and
    twelve" is one number, 112, not 100 and 12; "three four" two."""
    for m in NUMBER_WORD_RUN.finditer(text):
        pos = m.start()
        while pos < m.end():
            read = read_number_words(text[pos : m.end()])
            if read is None:
                nxt = _WORD_GAP.search(text, pos, m.end())
                if nxt is None:
                    break
                pos = nxt.end()
                continue
            value, length = read
            words = " ".join(re.findall(r"[a-z]+", text[pos : pos + length].lower()))
            yield pos, pos + length, value, words
            nxt = _WORD_GAP.match(text, pos + length)
            pos = nxt.end() if nxt else m.end()


FRACTIONS = {"a third": 100 / 3, "one third": 100 / 3, "a quarter": 25.0, "one quarter": 25.0, "half": 50.0,
             "two thirds": 200 / 3, "three quarters": 75.0, "nearly": 100.0, "almost": 100.0, "virtually": 100.0}  # fmt: skip
"""Shares told in words, as percentages ("nearly all" is nearly 100 %)."""
FRACTION = re.compile(
    r"\b(a third|one third|a quarter|one quarter|half|two[\s-]thirds|three[\s-]quarters|(?:nearly|almost|virtually) all)"
    r"\s+of\b"
    r"|\b((?:nearly|almost|virtually) all)(?=\s+(?:the\s+|its\s+|their\s+)?[a-z]{3,}s\b)",
    re.I,
)
"""A share in words of a whole: "about a third of the systems", "nearly all of them"; "nearly all" also right before
the plural noun it counts ("Nearly all systems have been restored", "almost all the schools"), the same share."""


MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|Richter(?: scale)?)(?:\s+of)?[\s-]+$", re.I)
"""Words right before a number that make it a quake's magnitude ("a magnitude 6 quake", "magnitude-5.9"): a measure
on a scale, not a count of quakes."""
OTHER_ACT = re.compile(
    r"\b[a-z]{3,}(?:ing|ed)\s+(?:(?:at least|more than|about|around|some|nearly|almost|another|over)\s+)?$"
)
"""A participle right before the second of two numbers: it counts for another act ("killing 10 people and injuring
80": 80 injured, not 80 people killed), so it does not borrow the first one's noun ("compared with 163" does)."""
RANGE_BETWEEN = re.compile(r"(?:\s+[a-z]+)?\s*(and|to)\s+(?:[A-Z]{0,3}[$€£¥]\s?)?", re.I)
"""Between the two numbers of a range ("300 and 400", "$1 to $2"; the first may have a scale or unit word of its
own, "1 million to 2 million"); not "or": "$2,000 or $4,000 for a couple" are two amounts."""
RANGE_OPENS = re.compile(r"\bbetween\s+(?:[A-Z]{0,3}[$€£¥]\s?)?$", re.I)
"""What makes "300 and 400" one range, not two counts: "between"."""
RANGE_CHANGE = re.compile(
    r"\b(?:from|by|rose|risen|rises|fell|fallen|falls|jumped|climbed|dropped|increased|decreased|grew|declined|"
    r"up|down|raised|lowered|cut|revised)\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|more than|"
    r"less than|at least|an estimated|over)\s+)?(?:[A-Z]{0,3}[$€£¥]\s?)?$",
    re.I,
)
"""Words that make "300 to 400" a change, not a range: "rose from 300 to 400", "up by 3 to 5", "rose 10 to 20", "rose
by about 1 million to 9.3 million"."""
NUMBER_OF = re.compile(
    r"\b(?:number|count|total|tally) of (?:[a-z]+\s+)?(?!(?:was|has|is|does)\b)([a-z]+s)\b[^.;!?]{0,70}"
    r"\b(?:at|to|as|from(?:\s+the)?)\s+$"
)
"""A count named before its figure, in the plural: "put the number of jobs it plans to cut at 3,100", "the number of
total refugees ... to 85,000" (not a verb after it: "the number of injured was revised to 31" counts no "was")."""
FORMER_AFTER_NUMBER = re.compile(
    r"\s+(?:(?:it|they|he|she|we|I)\s+(?:had\s+|has\s+|have\s+)?)?(?:first|initially|originally|previously|earlier)"
    r"\s+(?:reported|announced|gave|given|stated|estimated|published|counted|said|thought|believed|feared)\b",
    re.I,
)
"""What follows a number that the sentence gives as an earlier report of a count, its noun left out: "the seven
first reported", "the 23 it first reported". The word after the number is no unit."""


def _former_unit(text: str, base: int, start: int, end: int, told: list[Figure]) -> str | None:
    """The unit of a number right after which the sentence says it was given before (:data:`FORMER_AFTER_NUMBER`),
    or None when it does not: the count it names before it ("revised the number of lambs lost ... to twelve, up from
    the eight first reported": lambs), else the unit of the figure before it in the sentence ("27 miners were trapped,
    revising upward the 23 it first reported": miners), else none."""
    if not FORMER_AFTER_NUMBER.match(text, end):
        return None
    if named := NUMBER_OF.search(text, max(0, start - 100), start):
        return _unit(named.group(1), "")
    before = [f for f in told if f.end <= base + start and f.unit]
    return max(before, key=lambda f: f.end).unit if before else ""


ORDINALS = ("th", "st", "nd", "rd")
LABEL_BEFORE = re.compile(r"\b[A-Z][\w.]*\s*$")
"""A capitalised word right before a number, not a possessive: the number is part of a name ("Week 11")."""
ELIDED = re.compile(r"\s*(?:[,;.)]|(?:and|or)\s|$)")
"""What follows a number whose noun is left out: the end of a clause or a conjunction ("..., Rubio has 163 and ...")."""
WHEN_AFTER = re.compile(r"\s+(?:on|in|at|by|since|after|before|as of|last|this|overnight)\b")
"""What follows a number with no noun of its own when a time or a place comes after it ("the number of residents
evacuated ... rose to 1,800 on Wednesday"): the count named before it is the number's."""
YEARS_AND_MONTHS = re.compile(r"\b([\w,.]+)[\s-]+years?,?\s+(?:and\s+)?([\w,.]+)[\s-]+months?\b", re.I)


def _in_months(text: str, base: int, figures: list[Figure]) -> list[Figure]:
    """A time told in years and months ("three years and four months") counts its months in all (40 months), as
    the same time told in months does."""
    for m in YEARS_AND_MONTHS.finditer(text):
        years = next((f for f in figures if f.start == base + m.start(1) and f.unit == "year"), None)
        months = next((f for f in figures if f.start == base + m.start(2) and f.unit == "month"), None)
        if years is not None and months is not None:
            total = years.value * 12 + months.value
            figures[figures.index(months)] = dataclasses.replace(months, value=total, spelled=False)
    return figures


def _figure(
    text: str, base: int, value: float, start: int, word: str, end: int, *, spelled: bool = False, scale: float = 1.0
) -> Figure:
    """The figure whose number starts at ``start`` and whose first word after it, ``word``, ends at ``end``."""
    word_end = end
    unit, end, other = _counted(text, word, end, spelled=spelled)
    noun = word
    if word.lower() in SCALES and end > word_end and (last := re.search(r"[A-Za-z]+$", text[:end])):
        # "1.2 million patient records" counts records, as "120,000 patient records" does: after a scale word,
        # the word the unit came from is the one a plural head may follow
        noun = last.group(0)
    head = _compound_head(text, noun, end) if value != 1 and unit and unit != "%" else None
    modifier = ""
    if head:
        unit, end, modifier = _unit(head.group(1), ""), head.end(), noun.lower()
    elif unit in TIME_UNITS and (spent := SPENT_ON.match(text, end)):
        modifier = spent.group(1).lower()  # "five days of opening arguments" / "two days of questioning"
    if unit in ROLE_TIMES and (role := SPENT_AS.match(text, end)):
        modifier = "as " + " ".join(role.group(1).lower().split())  # "seven seasons as an assistant coach"
    scope = ""
    rate = RATE_AFTER.match(text, end)
    together = TOGETHER_AFTER.match(text, end)
    kind = KIND_OF.fullmatch(word) or KIND_AFTER.match(text, end)
    if MARGIN_BEFORE.search(text, max(0, start - 60), start):
        scope = MARGIN_OF_ERROR  # a poll's own property: two polls' margins are not a dispute
    elif unit and (DIFFERENCE_AFTER.match(text, end) or DIFFERENCE_BEFORE.search(text, max(0, start - 80), start)):
        scope = "difference"  # "439 delegates short of the nomination", "leads by 200 delegates": a gap, not a count
    elif rate or RATE_BEFORE.search(text, max(0, start - 40), start):
        scope = " ".join(rate.group(0).split()) if rate else "on average"
    elif together and unit:
        scope = " ".join(together.group(1).split())
    elif kind:
        scope = " ".join(kind.group(kind.lastindex or 0).lower().split())
    elif (
        unit in SIZE_UNITS
        and text[word_end - len(word) - 1 : word_end - len(word)] == "-"
        and SIZED_AFTER.match(text, end)
    ):
        scope = SIZE  # "a 30,000-gallon tank car": how much the car holds, not how much leaked
    qualifier = "other" if other else _qualifier(text, start)
    scale = SCALE_VALUES.get(word.lower(), scale)
    symbol = CURRENCY_BEFORE.search(text, max(0, start - 4), start)
    money = CURRENCY_NOUN.match(text, word_end) if word.lower() in SHORT_SCALES else None
    if word.lower() in SHORT_SCALES and (symbol or money):
        # "€2.4m", "2.4m euros", "$3bn": a scale written short, which only money takes ("100m" is a distance)
        scale = SHORT_SCALES[word.lower()]
        if money:
            unit, end = _unit(money.group(1), ""), money.end()
    if symbol and (not unit or unit in SCALE_VALUES or unit in SHORT_SCALES):
        # "€2.4 million", "$25 million a season": the amount is in the symbol's currency, as "2,400,000 euros" is
        unit = CURRENCIES[symbol.group(1)]
    if not unit and _toll_before(text, start):
        unit = "people"  # "the death toll rose to 7": seven people dead, as "Seven people have now died" says
        end = start + len(text[start : word_end - len(word)].rstrip(" -"))  # the number alone: "seven", not "seven on"
    if unit == "m" and not MILLIONS_AFTER.match(text, end):
        unit = "metre"  # "fell 60m", "a 60m drop": a length; "2m cases" is two million, no currency after it
    per_hour = PER_HOUR.match(text, end) if unit in LENGTHS else None
    if unit in SPEEDS or per_hour:
        # "60 mph" is "60 miles per hour", "100 km/h" "100 kilometres per hour": a rate, in the unit of length
        unit, scope = SPEEDS.get(unit, unit), scope or "per hour"
        end = per_hour.end() if per_hour else end
    if (unit, modifier) == ("point", "basis") or unit in BASIS_POINTS:
        # "45 basis points" is "0.45 percentage points": one rise told in hundredths of a point
        value, unit, modifier = value / 100, "point", "percentage"
    return Figure(value * scale, unit, base + start, base + end, spelled, qualifier, scope, scale, modifier)


MILLIONS_AFTER = re.compile(
    r"\s+(?:people|men|women|children|(?!(?:to|up|down|back|on|after|for)?wards\b)[a-z]{3,}(?<!ss)(?<!us)(?<!is)s)\b"
)
"""A plural noun right after a number written with "m": the "m" is a scale ("2m cases", "5m people"), not metres."""
SPEEDS = {"mph": "mile", "kph": "kilometre", "kmh": "kilometre", "kmph": "kilometre"}
"""Units of speed written short, by the unit of length they count per hour ("60 mph": miles)."""
PER_HOUR = re.compile(r"\s?/\s?(?:h|hr|hour)\b")
"""After a unit of length, what makes it a speed ("100 km/h")."""
LENGTHS = {"millimetre": 0.001, "centimetre": 0.01, "inch": 0.0254, "foot": 0.3048, "yard": 0.9144, "metre": 1.0,
           "kilometre": 1000.0, "mile": 1609.344}  # fmt: skip
"""Units of length (as :func:`_unit` spells them), in metres: "200 feet" and "60 metres" are one length told in two
systems (:func:`storyline.align.align._in_unit`)."""
UNIT_SPELLINGS = {
    "metre": "metre", "meter": "metre", "mtr": "metre", "cm": "centimetre", "centimeter": "centimetre",
    "mm": "millimetre", "millimeter": "millimetre", "km": "kilometre", "kms": "kilometre", "kilometer": "kilometre",
    "ft": "foot", "feet": "foot", "yd": "yard", "yds": "yard", "kg": "kilogram", "kgs": "kilogram", "kilo": "kilogram",
    "lb": "pound", "lbs": "pound", "liter": "litre",
}  # fmt: skip
"""A unit's spellings and short forms, by the one unit they name ("60 meters", "60 metres": "metre"; "200ft", "200
feet": "foot"), so that two outlets that spell a unit differently give figures of one unit. "m" is read by
:func:`_figure`: it may be a scale ("2m cases")."""
BASIS_POINTS = frozenset({"bp", "bps", "bpt", "bpts"})
"""Units of a basis point written short ("45bp", "45 bps"): a hundredth of a percentage point."""
CROWD_BEFORE = re.compile(
    r"\b(?:crowd|attendance|turnout)\b[^.;:!?\d]{0,40}?\b(?:at|of|was|numbered|reached|to)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more than|over|at least|up to)\s+)?$",
    re.I,
)
"""Words before a number with no noun that make it the size of a crowd ("put the crowd at about 22,000", "a turnout
of 40,000"): a count of people, compared only with other crowds (:func:`storyline.align.align._crowd`); its unit stays
none, so that no count of people in another sense ("37 people were injured") is taken for an earlier crowd."""
ORDINAL_WORDS = (
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
ORDINAL_DEATH = re.compile(
    rf"\b(?:a|an|the)\s+({'|'.join(ORDINAL_WORDS)})\s+(person|victim|man|woman|child|boy|girl|patient)"
    r"(?=\s+(?:(?:has|had|have)\s+(?:now\s+)?)?(?:died|been killed|been confirmed dead|succumbed)\b)",
    re.I,
)
"""A death told by its rank ("A seventh person has died", "the third victim died in hospital"): the toll it brings, so
far, to that number; a count of the dead, which "Six people have now died" of the day before does not corroborate."""
TOLL_BEFORE = re.compile(
    r"\b(?:death toll|toll of (?:the )?dead|number of (?:the )?(?:dead|victims|fatalities)"
    r"|number of (?:people|persons) (?:killed|dead|who (?:have |had )?died))\b[^.;:!?\d]{0,110}?"
    r"\b(?:to|at|of|reached|hit|is|was)\s+(?:at least |about |around |more than |nearly |some |almost )?$",
    re.I,
)
"""Words before a number that make it a death toll ("The death toll from the flood rose to 7", "put the number of
dead at 11"): a count of the people who died, though no noun follows the number."""
INJURED_BEFORE = re.compile(
    r"\bnumber of (?:the )?(?:(?:people|persons) )?(?:injured|wounded|hurt)\b[^.;:!?\d]{0,110}?"
    r"\b(?:to|at|of|reached|hit|is|was)\s+(?:at least |about |around |more than |nearly |some |almost )?$",
    re.I,
)
"""Words before a number that make it a count of the injured ("The number of injured was revised to 31", "the number
of people hurt now stands at 40"): people, though no noun follows the number."""
TOLL_REACH = 130
"""How far before a number a toll may be named: past the place and the event it is of ("The death toll from Sunday
night's fire at the Ostery flour mill in Drellow rose to three")."""


def _toll_before(text: str, start: int) -> bool:
    """The number at ``start`` is a count of the dead or of the injured named before it (:data:`TOLL_BEFORE`,
    :data:`INJURED_BEFORE`): a count of people."""
    lead = text[max(0, start - TOLL_REACH) : start]
    return bool(TOLL_BEFORE.search(lead) or INJURED_BEFORE.search(lead))


CURRENCY_BEFORE = re.compile(r"(?:US|AU|NZ|CA|HK|A|C)?([$€£¥])\s?$")
CURRENCIES = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}
"""The currency a symbol before an amount names, in the unit's form ("2,400,000 euros": "euro")."""
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
CURRENCY_NOUN = re.compile(
    r"\s+(dollars?|euros?|pounds?|yen|francs?|crowns?|kronor|kroner|krona|krone|rupees?|yuan)\b", re.I
)


TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
SPENT_ON = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?([a-z]{4,})\b(?!\s+[a-z]+ing\b)")
"""What a time is spent on ("days of questioning", "days of opening arguments"): times spent on two things are two
times, not one told two ways."""
ROLE_TIMES = TIME_UNITS | {"season", "term", "decade"}
SPENT_AS = re.compile(
    r"\s+as\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?!(?:expected|usual|planned|scheduled|well|such|part|result|long|soon|many|much|far|good|before)\b)"
    r"((?:[a-z-]+\s+){0,2}?[a-z-]+)\b(?=\s+(?:of|at|for|in|with)\b|\s*[,.;)]|\s*$)"
)
"""A time spent in a role ("seven seasons as an assistant coach", "three seasons as head coach of the Portland Trail
Blazers"): times in two roles are two times."""
COMPOUND_HEAD = re.compile(r"\s+([a-z]{3,}(?<!ss)(?<!us)(?<!is)s)\b")
NOT_HEADS = frozenset({"says", "does", "goes", "gets", "makes", "seems", "remains", "wants", "needs", "plans", "looks",
                       "comes", "takes", "gives", "keeps", "tells", "shows", "runs", "stands", "lies", "dies", "was"})  # fmt: skip


def _compound_head(text: str, word: str, end: int) -> re.Match[str] | None:
    """The plural noun a singular word after a count modifies: "38 city routes" counts routes, "900 bus drivers"
    drivers, "3 police officers" officers. The word must be the one the figure's unit came from (its end at
    ``end``) and singular: after a number other than one, a singular word is a modifier."""
    low = word.lower()
    if not word.isalpha() or not word.islower() or low in UNIT_STOP or low in SCALE_VALUES or low in CLOCK:
        return None
    if low in SHORT_SCALES:  # "4.5m dollars": a scale written short, no modifier of the dollars
        return None
    if low in ("st", "nd", "rd", "th"):
        return None  # "the 11th rounds": an ordinal, no count of rounds
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return None  # already plural: "38 routes run by"
    if not text[:end].lower().endswith(low):
        return None
    head = COMPOUND_HEAD.match(text, end)
    return head if head and head.group(1) not in NOT_HEADS else None


_US_PLURALS = frozenset({"buses", "gases", "viruses", "bonuses", "campuses", "censuses", "statuses", "surpluses"})

PEOPLE_NOUNS = frozenset({"person", "resident", "inhabitant", "villager", "townspeople", "individual"})
"""Nouns that count people as such, not people of one role or kind (passengers, workers, soldiers, children): "About
4,000 residents were evacuated" and "1,200 people had been evacuated" count the same thing, so their unit is
"people". A role noun stays its own unit: "246 passengers" is not every person on board."""


PEOPLE_OF_A_ROLE = frozenset({
    "passenger", "crew", "worker", "employee", "student", "pupil", "child", "soldier", "officer", "firefighter",
    "patient", "tourist", "visitor", "guest", "spectator", "miner", "pilgrim", "civilian", "migrant", "refugee",
    "prisoner", "inmate", "hostage", "customer", "pedestrian", "motorist", "cyclist", "driver", "fan",
})  # fmt: skip
"""Units (as :func:`_unit` gives them) that count people of one role or kind, a part of all the people: "Seventeen
passengers were injured" says at least 17 people were, so it disagrees with "Nine people were injured"; "nine
passengers" does not disagree with "17 people" (the others may be crew or on the ground)."""


def _counted(text: str, word: str, end: int, *, spelled: bool = False) -> tuple[str, int, bool]:
    """The unit a figure counts, where the unit's word ends in ``text``, and whether the figure counts *other*
    things ("two other rifles": a part of what is counted, not all of it). The word after the number is the
    unit, except a scale ("$25 million a season"), a function word, "other" or "more", and a nationality
    before a noun ("22 Yemeni fishermen", not 22 "Yemeni")."""
    low = word.lower()
    if low in CLAUSE_AFTER:
        return "", len(text[: end - len(word)].rstrip(" -")), False  # "rose to two after the body was found"
    if low in ("the", "a", "an") and not spelled:
        return "", end, False  # "dropped from 787,000 the week before": no noun counted, "week" is another phrase
    nxt = _NEXT_WORD.match(text, end)
    if word[:1].isupper() and nxt and nxt.group(1)[:1].isupper() and not nxt.group(1).endswith("s"):
        # "a mother of 13 Ilse Rook", "the five New York clans": a name follows the number, no noun it counts (a
        # plural head, "20 Royal Marines", is one)
        return "", len(text[: end - len(word)].rstrip(" -")), False
    other = low in OTHER_AFTER
    if nxt and (other or KIND_OF.fullmatch(word) or (PROPER_ADJECTIVE.fullmatch(word) and nxt.group(1).islower())):
        return _unit(nxt.group(1), text[nxt.end() :]), nxt.end(), other
    if low == "of" and (owned := OF_OWNED.match(text, end)):  # "2,300 of its members": 2,300 members
        noun, stop = owned.group(1), owned.end()
        if head := _compound_head(text, noun, stop):  # "three of the league teams": teams
            noun, stop = head.group(1), head.end()
        return _unit(noun, ""), stop, False
    scale_or_stop = low in SCALES or low in UNIT_STOP or not word
    if scale_or_stop and not spelled and nxt and nxt.group(1).lower() not in UNIT_STOP:
        if low in UNIT_STOP and nxt.group(1)[0].isupper():
            return "", end, False  # "Rubio has 163 and John Kasich has 63", "65 in New Hampshire": a name, not a unit
        return _unit(nxt.group(1), ""), nxt.end(), False
    if low in HYPHEN_PREFIXES and (joined := _HYPHENED.match(text, end)):
        return _unit(f"{low}-{joined.group(1)}", ""), joined.end(), False  # "six co-defendants": co-defendants
    return _unit(word, ""), end, False


HYPHEN_PREFIXES = frozenset({"co", "ex", "vice", "non", "self", "step", "anti", "pro"})
"""Prefixes that a hyphen joins to the noun counted ("six co-defendants", "two ex-ministers"): the unit is the whole."""
_HYPHENED = re.compile(r"-([A-Za-z]+)\b")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
OF_OWNED = re.compile(
    r"\s+(?:its|their|his|her|our|your|the|those|these)\s+(?:[a-z]+['’]s?\s+(?=[a-z]{2,}s\b(?![-'’])))?([a-z]{3,})\b"
    r"(?!\s+(?:of|and)\b)"
)
"""A count of some of a group whose size is not given ("2,300 of its members had joined the strike", "five of the
victims", "all 40 of the state's delegates": delegates, not the state whose they are, a plural after a possessive):
the noun is what is counted (a part of a whole given in figures, "28 of 41 passes", is :data:`PART_OF`)."""
SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""Scale words after a number, which multiply it."""
SCALES = tuple(w for w in SCALE_VALUES if w != "trillion")
"""Scale words that are not the unit: the word after them is ("$25 million a season"); "trillion" names the unit
of "$1.9 trillion"."""
SCALE_WORDS = {v: k for k, v in SCALE_VALUES.items()}
RANGE_SCALE = re.compile(
    r"\s*(?:[-–]|to|and|or)\s*(?:[A-Z]{0,3}[$€£¥])?\s?\d[\d,.]*\s*(thousand|million|billion|trillion)\b", re.I
)
"""The second number of a range and its scale word, which the first number shares ("between 140 and 150 million")."""
OTHER_AFTER = frozenset({"other", "more", "additional", "extra", "further"})
PROPER_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|i|ish|ch|ic)")
"""A nationality or party word ("Yemeni", "Somali", "Republican", "Chinese") that a figure's noun follows."""
RATE_AFTER = re.compile(
    r"\s*(?:(?:a|an|per|each|every)\s+(?:year|season|month|week|day|night|game|match|hour|minute|head|person)\b"
    r"(?!\s+(?:after|before|later|earlier|ago|of)\b)|(?:daily|weekly|monthly|annually|yearly|apiece)\b)",
    re.I,
)
"""Words right after a figure that make it a rate: "$25 million a season", "50% daily", "50 per cent every day"."""
SIZE = "size"
"""The scope of a measure told as the size of a thing ("a 30,000-gallon tank car"): what it holds or measures, not an
amount of what happened ("about 4,000 gallons leaked"), which it says nothing against."""
SIZE_UNITS = frozenset({
    "gallon", "litre", "barrel", "ton", "tonne", "pound", "kilogram", "foot", "metre", "mile", "kilometre", "acre",
    "hectare", "inch",
})  # fmt: skip
"""Units of volume, weight, length and area, which a hyphen joins to the noun they size: "a 30,000-gallon tank"."""
SIZED_AFTER = re.compile(
    r"\s+(?!(?:spill|leak|release|discharge|slick|load|shipment|cargo|haul|of|and|or|to|in|on|at|from)\b)[a-z]{3,}\b"
)
"""A noun after "30,000-gallon" that the measure sizes ("tank", "car"), not one of an amount ("a 4,000-gallon spill"
is how much spilled) nor a word that ends the figure."""
MARGIN_OF_ERROR = "margin of error"
"""The scope of a poll's margin of error: nothing outlets dispute (see ``Figure.weak``)."""
MARGIN_BEFORE = re.compile(r"\bmargin of (?:sampling )?error\b[^.;]{0,40}$", re.I)
DIFFERENCE_AFTER = re.compile(
    r"\s+(?:short of|shy of|away from|behind|ahead of|ahead|fewer than|more than|less than|clear of)\b|"
    r"\s+(?:lead|margin|gap|edge|advantage|deficit)\b|"
    r"\s+(?:more\s+)?to\s+(?:reach|get\s+to|hit|clinch|make|pass|cross|top)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:of\s+)?[$€£]?\d",
    re.I,
)
DIFFERENCE_BEFORE = re.compile(
    r"\b(?:(?:lead|leads|led|leading|trail|trails|trailed|trailing|won|wins|lost|loses|winner|beat|beats|defeated)"
    r"(?:\s+[\w'’-]+){0,10}?\s+by|(?:lead|margin|gap|majority|advantage|edge)\s+(?:of|at|to|was|is|stood at))\s+$",
    re.I,
)
"""Words around a figure that make it the gap between two counts ("439 delegates short of the nomination",
"leads by 200 delegates", "won the race by 1,040 votes", "put her lead at 311 votes", "needs 67 votes to get to the
1,190": what is still missing to a mark the sentence gives in figures), which says nothing against either count."""
RATE_BEFORE = re.compile(r"\baverag(?:e|es|ed|ing)(?:\s+(?:of|about|around|more than|over|nearly|almost))?\s+$", re.I)
"""Words before a figure that make it an average ("has averaged more than 30 home runs")."""
TOGETHER_AFTER = re.compile(
    r"\s+((?:and|or)\s+(?:crew|staff|crew\s+members|employees|workers|children|students|teachers|guests|visitors|"
    r"spectators|fans|officials|soldiers|civilians|officers|volunteers|residents|tourists|relatives))\b(?!\s*\d)",
    re.I,
)
"""Words right after a figure's unit that make it a count of two kinds together ("some 420 passengers and crew"),
which says nothing against a count of the first kind alone ("its 246 passengers")."""


KIND_OF = re.compile(
    r"rushing|receiving|passing|on (?:offense|defen[cs]e|special teams|(?:punt|kick|kickoff) returns?)", re.I
)
"""Words beside a figure's unit that say which kind of it is counted ("404 yards rushing", "four touchdowns
receiving", "six touchdowns on offense", "66 receiving yards"): a count of one kind says nothing against another
kind's, nor against the count of all kinds."""
KIND_AFTER = re.compile(rf"\s+({KIND_OF.pattern})\b", re.I)


def _qualifier(text: str, start: int) -> str:
    """The word that makes the figure at ``start`` a bound, an estimate, a part or a total, if any."""
    q = QUALIFIER.search(text[max(0, start - 20) : start])
    return q.group(1).lower() if q else ""


MODEL_BEFORE = re.compile(r"(?<![\w-])(?:[A-Za-z]{1,6}-|[A-Z]{1,3} - |(?!US |UK |EU |UN )[A-Z]{1,2} )$")
CONVERSION = re.compile(
    r"(?:\s*[A-Za-z%]+){0,2}\s*[(\[]\s*(?:about|around|some|roughly|approximately|or)?\s*(?:[A-Z]{0,3}[$€£¥]|[A-Z]{2,3}\s?)?"
)
"""Between a figure and a number in brackets right after it: a conversion of the same amount."""


def _clock_or_phone(text: str, start: int, end: int) -> bool:
    """The number at ``start:end`` is part of a clock reading ("18:50") or of a run of digit groups ("0845
    125 2222"); a year beside it ("in 2008 14 people") does not count as such a group."""
    if CLOCK_BEFORE.search(text, 0, start) or CLOCK_AFTER.match(text, end):
        return True
    if MONTH_BEFORE.search(text, max(0, start - 12), start):
        return True  # "the March 12 county convention": a day of the month
    before = DIGITS_BEFORE.search(text, max(0, start - 12), start)
    after = DIGITS_AFTER.match(text, end)
    return bool((before and not YEAR.fullmatch(before.group(1))) or (after and not YEAR.fullmatch(after.group(1))))


def _unit(word: str, rest: str) -> str:
    word = word.lower()
    if word in ("%", "percent", "per cent"):
        return "%"
    if word in SCALES or word in UNIT_STOP or not word:
        nxt = re.match(r"\s*([A-Za-z]+)", rest)
        word = nxt.group(1).lower() if nxt and nxt.group(1).lower() not in UNIT_STOP else word
    if word in UNIT_STOP or word in CLOCK:
        return ""  # "13 with ...", "11 PM": the number counts nothing named
    if word in _US_PLURALS:
        return word[:-2]  # "buses", "viruses": not "buse"
    if word in PEOPLE_NOUNS or (word.endswith("s") and word[:-1] in PEOPLE_NOUNS):
        return "people"  # "4,000 residents" / "1,200 people": one count of people
    if re.search(r"(?:ss|sh|ch|x)es$", word):
        return word[:-2]  # "passes", "matches", "boxes"
    word = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return UNIT_SPELLINGS.get(word, word)
