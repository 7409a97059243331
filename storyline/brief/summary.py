"""The headline and the cited extractive summary.

Sentences are chosen for what several independent outlets echo (centrality across sources), how early
the outlet puts them (lead), and how factual and self-contained they read; maximal marginal relevance
keeps them from repeating each other. Every sentence is a source sentence, cited with its own span and
the spans of the sentences that corroborate it in other outlets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..align import Alignment, Claim
from ..align.align import CLOCK, FINAL, echo_groups, same_side
from ..align.claims import Figure, find_figures
from ..extract.attribution import DATELINE
from ..models import Article, published_day, unaccented
from .framing import QUOTED, STOP, charged_terms
from .quotes import cut_quotation

DANGLING = re.compile(
    r"^(he|she|they|it|this|that|these|those|his|her|their|its|but|and|so|also|however|meanwhile|still|yet|"
    r"then|there|here|both|such|which|we|i|you|our|now(?=,)|instead|moreover|furthermore|in addition|likewise|similarly|"
    r"as for|the other|the latter|the former|thus|therefore|nevertheless|nonetheless|even so|otherwise|additionally|"
    r"besides|anyway|anyhow|regardless(?!\s+of)|all the same(?=\s*,)|"
    r"(?:at|in) the end(?=\s*,)|at (?:that|the same) (?:point|time|moment)|after (?:that|this)|afterwards?(?=\s*,)|"
    r"(?:by|since|until|till|even) then|in turn|in (?:response|return|reply|contrast)(?=\s*,)|in (?:that|this) case|"
    r"on the other hand|by contrast|for (?:his|her|its|their|our|my) part|as a result(?=\s*,)|to that end|"
    r"despite (?:this|that|it)|"
    r"because(?!\s+of)|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|most|some|all|others?)"
    r"\s+(?:of\s+them|remain|remains|were|are|was|is|had|have|died|suffered|stayed))\b"
    r"|^(?:one|another)\s+(?:would|could|will|might|may|can|should|must|is|was|has|had|does|did|said|says|came|"
    r"comes|went|goes|became|becomes|remains|seems)\b"
    r"|^\("
    r"|^(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}(?:\s+\([^()]{1,30}\))?\s+(?-i:also)\b"
    r"|^[\w.'’-]+['’]s?\s+(?:comments|remarks|statement|words|move|decision|announcement|response)\s+"
    r"(?:came|come|followed|follow)\b"
    r"|^(?:[\w.'’-]+\s+){1,4}(?:said|says|added|adds|continued|explained)\s*[,.]",
    re.I,
)
"""A sentence that opens by pointing back, so that alone it tells the reader little: a pronoun or a linking word
("Two remain in hospital", "One would be something like the old plan." (a bare "One" or "Another" as the
subject: one of what the sentence before named), "Because at the Post ...", "At the end, Holt repeats it.", "For her part, ...", "Since then,
..."), a name with "also" ("Clinton also has ties to the town", "Rep. Ada Holm (D-Dell) also spoke"), an
aside in brackets ("(Rubio has since dropped out.)"), someone's "comments came as ...", or only who said the words
before ("Mr. Biden said, clutching the lectern with two hands."). Not "Because of the storm, ..."."""
LEANING_END = re.compile(
    r"\b(?:the same(?: thing| things| way| move)?|did so|do so|does so|followed suit|in it|about it|of it|to it|agreed|"
    r"agreed with (?:the|that|this) \w+)\W*$"
    r"|\b(?:is|are|was|were)\s+(?:(?:quite|very|rather|entirely|somewhat)\s+)?(?:different|another (?:matter|story)|"
    r"a different (?:matter|story)|not the same|less so|more so)\W*$"
    r"|,(?:[\"”’]|'')?\s*(?:he|she|they)\s+(?:said|says|added|adds|noted|notes|explained|stated|continued|told \w+)\W*$"
    r"|(?:,\s*(?:too|as well)|\beither)\W*$"
    r"|\b(?:respond(?:ed|ing)|react(?:ed|ing)|repl(?:ied|ying)|retaliat(?:ed|ing))"
    r"(?:\s+(?:quickly|swiftly|immediately|promptly|angrily|sharply|forcefully|publicly|later|soon|in kind|"
    r"(?:on|last|this)\s+\w+|\w+day))?\W*$"
    r"|\b(?:is|was|are|were|knows?|knew|unclear|clear|sure|certain|say|said|tell|told|ask(?:ed)?|wonder(?:ed)?)\s+"
    r"(?:(?:in|to|from|for|by|with|at|on)\s+)?(?:why|how|when|where|who|whom|what|which(?:\s+(?:one|ones|way|direction|side))?)"
    r"\W*$",
    re.I,
)
"""A sentence that ends by pointing back ("Last month, 26 percent said the same.", "... are just fibbing in it.",
"Houses were also damaged, he added.", "“It is all hands on deck,” she said.", "Prices rose, too.", "Holt wasted no
time responding." (a reaction to what it does not say)), or on a question
word whose clause it leaves out ("What is unclear is in which direction.", "Nobody knows why."): it leans on the one
before; or on a comparison whose standard it leaves out ("For Holm, the mission is different.", "Dell is another
matter."), which is what the sentence before told."""
PICKS_BACK = re.compile(
    r"\b(?:either|neither|both|each|any|none|all|one|some|most|many|few)\s+of\s+(?:th(?:ose|ese)(?!\s+(?:who|whom|whose|that|which)\b)|them)\b",
    re.I,
)
"""A choice among things the sentence before names ("Advisers to the candidates discount either of those outcomes.",
"None of them has conceded."), outside quotations. Not "one of those who voted" (the relative clause says which)."""
POINTS_BACK = re.compile(
    r"\b(?:anyway|anyhow|nonetheless|nevertheless|regardless(?!\s+of)|all the same(?=\s*[,.;!?])|"
    r"(?:by|in) contrast(?!\s+(?:to|with)\b)|on the other hand|instead(?!\s+of\b))\b"
    r"|,\s*(?:however|meanwhile|instead|too|also|though|as well|in turn|likewise|moreover|furthermore|therefore|"
    r"thus|in addition|similarly|in response|for (?:his|her|its|their) part)\s*(?:,|\W*$)",
    re.I,
)
"""A word that says the sentence goes on from what came before ("Holt repeats the allegation anyway.", "The council
went ahead regardless.", "Turnout in Dell, by contrast, was up 70 percent."), wherever it stands outside a quotation;
a connective set off by commas ("Holt, however, wasted no time.", "Rusk, too, voted against it.", "The council,
meanwhile, met in Dell.") or "instead". Not "regardless of the weather", "in contrast to last year" nor "instead of the
plan" (what it is set against is in the sentence), nor a connective after an earlier clause of the sentence ("Holt won
Kelby, and Rusk, however, won Dell.": :func:`points_back` reads the first clause only)."""
_LATER_CLAUSE = re.compile(r",\s*(?:and|but|yet|so)\b|;|\s[\u2013\u2014-]\s|\bbut\b", re.I)


def points_back(text: str) -> bool:
    """:data:`POINTS_BACK` in the sentence's first clause, outside quotations: "Trump appeared at the debate anyway."
    leans on the sentence before; "The network did not respond, and Trump appeared at the debate anyway." carries
    what "anyway" answers."""
    return POINTS_BACK.search(_LATER_CLAUSE.split(QUOTED.sub(" ", text))[0]) is not None


OBJECT_POINTS_BACK = re.compile(
    r"^(?:(?!\b(?:and|but|or|that|which|who|whom|when|while|after|before|because|if|as)\b)[^,;:\"“”])*?"
    r"\b[a-z]+(?:ed|d)\s+(?:it|them)"
    r"(?=\s*[.;!?]|\s+(?:again|too|as|outright|flatly|firmly|strongly|publicly|repeatedly|later|then|"
    r"on|in|at|last|this|yesterday|today)\b)",
    re.I,
)
"""A first clause whose object is "it" or "them" with nothing before it to point to ("The ministry's spokeswoman
again denied it on Sunday."): it names what it is about in the sentence before. Not "The council received the
letter and rejected it" (another clause before it), nor "said it was" (a subject)."""
_SHELL = (
    "process|decision|assumption|claim|report|revelation|allegation|accusation|charge|remark|comment|statement|move|"
    "idea|approach|plan|strategy|argument|question|issue|view|effort|situation|problem|proposal|measure|change|"
    "development|notion|belief|concern|fear|criticism|tactic|promise|pledge|step|possibility|scenario|outcome|result|"
    "theory|line|sentiment|duo|pair|trio|way|finding|episode|incident|slogan|message|point|stance|position|"
    "announcement|request|demand|offer|deal|warning|word|number|figure|rhetoric|logic|reasoning|scandal|controversy|reason"
)
_SHELLS = (
    "processes|decisions|assumptions|claims|reports|revelations|allegations|accusations|charges|remarks|comments|"
    "statements|moves|ideas|approaches|plans|strategies|arguments|questions|issues|views|efforts|situations|problems|"
    "proposals|measures|changes|developments|notions|beliefs|concerns|fears|criticisms|tactics|promises|pledges|steps|"
    "possibilities|scenarios|outcomes|results|theories|lines|sentiments|findings|episodes|incidents|slogans|messages|"
    "points|stances|positions|announcements|requests|demands|offers|deals|warnings|words|numbers|figures|reasons"
)
_ADJ_WORDS = (
    r"whole|entire|new|latest|last|same|very|particular|bold|strong|odd|kind of|sort of|"
    r"[a-z]+(?:ing|al|ive|ous|ful|ic|ent|ant|est|ble)"
)
"""An adjective between a demonstrative and its noun ("this whole process", "those striking words"); not a verb or a
modal ("this could change", "this prompted criticism": "this" is the subject there)."""
_ADJ = rf"(?:(?:{_ADJ_WORDS})\s+)?"
_ADJS = rf"(?:(?:{_ADJ_WORDS}|[a-z]+ed)\s+)?"
DEMONSTRATIVE_NOUN = re.compile(
    rf"(?<![\w'’-])(?:(this)\s+{_ADJ}({_SHELL})|(that)\s+({_SHELL})|(these|those|similar|such)\s+{_ADJS}({_SHELLS})(?!\s+(?:to|as|like)\b))"
    r"(?![\w'’-])(?!\s+(?:who|whom|whose|which|that)\b)",
    re.I,
)
_CONJUNCTION_BEFORE = re.compile(
    r"(?:\b(?:said|says|say|saying|told|tells|announced|argued|argues|believe|believes|believed|found|finds|shows?|"
    r"showed|noted|notes|warned|warns|claimed|claims|suggested|suggests|added|adds|reported|reports|insisted|insists|"
    r"know|knows|knew|think|thinks|thought|means|meant|so|such|now|given|hope|hopes|hoped|fact|ensure|ensures|"
    r"wrote|writes|stated|states|agreed|agree|agrees|concluded|ruled|indicated|indicates|acknowledged|admitted|"
    r"confirmed|confirms|denied|predicted|expects|expected|feared|fears)|[,;:])\s*$",
    re.I,
)
_NOW_POINT = re.compile(r"\b(?:at|from|to|until|till)\s*$", re.I)
DEGREE_BACK = re.compile(r"(?<![\w'’-])(?:that|this)\s+(?!much\b|many\b)[a-z]+\s+an?\s+[a-z]+", re.I)
"""A degree measured against something told before ("No one else is in that strong a position."): which position
is that strong, the sentence does not say."""


_NUMBERS = "two|three|four|five|six|seven|eight|nine|ten|both"
_EVALUATIVE = (
    "humbling|humiliation|embarrassment|irony|ironies|upshot|twist|catch|rub|trouble|paradox|lesson|takeaway|"
    "bottom line|kicker|flip side|downside|upside|silver lining|good news|bad news|fallout|backlash|reckoning|"
    "setback|rebuke|snub|reversal|turnaround|comeback|surprise|shock|spectacle|drama|blow|"
    "stakes|answer|upset|letdown|payoff|punchline"
)
LEANS_ON_UNSAID = re.compile(
    r"^(?:for one thing|for another(?: thing)?|for starters|even if (?:that|this|it|so)|even so)\b"
    r"|^(?:wait|look|well|sure|indeed|in fact|after all|granted|mind you|then again|worse|worse yet|even worse|"
    r"better yet|what(?:'|’)?s more)\s*[,!:]"
    r"|^of\s+(?:those|these|them|that|this)\s*,"
    r"|^among\s+(?:them|those|these)(?!\s+(?:who|whom|that|which|with|in|at|from|of)\b)\s*[,:]?"
    r"|^of\s+[^,.;]{1,80},\s*(?:he|she|they)\s+(?:said|says|added|adds|noted|notes|argued|argues|explained|told \w+)\b"
    r"|^(?:(?:about|around|some|nearly|almost|roughly|only|just|less than|fewer than|more than|over|under)\s+)?"
    r"\d[\d.,]*\s*(?:percent|per cent|%)\s+(?:said|say|were|are|had|have|chose|picked|backed|supported|favou?red|named|"
    r"thought|think|did|do|remain|remained)\b"
    rf"|^(?:all|the)\s+(?:{_NUMBERS})(?=\s+(?:will|would|can|could|should|must|may|might|are|were|have|had|"
    r"remain|agree|agreed|say|said|face|faced|met|meet|appeared|appear|took|take|spoke|share|shared|also|each)\b)"
    rf"|^the\s+(?:(?:real|biggest|bigger|main|only|first|second|final|latest|political|early|initial|ultimate|"
    rf"immediate|[a-z]+ing)\s+)?(?:{_EVALUATIVE})(?!\s+(?:of|for|to|from|in|on|over|behind|with|that|which|who|"
    r"among|at|about|by|against)\b)(?=\s+[a-z]+)",
    re.I,
)
"""A sentence that opens on what the one before told ("For one thing, it is usually the council that pays.",
"Even if that happens, ...", "Wait, it gets worse.", "In fact, ...", "All three will be onstage Tuesday." (which three?),
"The two met on Friday.", "Of those, 96 were ...", "Among them: a levy on ...", "Of the levy, he said, ..." (who said?), "About 9
percent said they had no preference." (9 percent of whom?), "The humbling came from two directions." (whose humbling? an evaluative noun with "the" that
no words of the sentence anchor)). Not "All three candidates will ...", "The humbling of Ivo Rusk came ..." nor
"The fallout from the vote ...", "Of the 300 voters polled, ..." nor "About 9 percent of Dell voters said ..." (the
sentence says which)."""
ASKED_QUESTION = re.compile(
    r"^[\"“‘'«][^\"“”»]*\?[\"”’'»]?\s*,?\s*(?:[\w.'’-]+\s+){0,5}"
    r"(?:asked|asks|wondered|wonders|wanted to know|demanded|demands)\b[^.?!]{0,40}[.!]?[\"”’'»)]*\s*$"
    r"|\b(?:asked|asks|wondered|questioned|pressed)\s+(?:him|her|them)\W*$",
    re.I,
)
"""A quoted question that is all the sentence tells ('"But why?" a reporter asked him.', '"Will you run?" Holt
asked.'): a question, not a fact, and it asks about what the sentence before told; or a sentence that ends by asking
"him" or "her" (who, it does not say)."""
CALLS_IT = re.compile(
    r"^(?:(?!\b(?:and|but|or|which|who|whom|when|while|after|before|because|if|as)\b)[^,;:\"“”])*?"
    r"\b(?:calls?|called|dubs?|dubbed|labels?|labell?ed|terms?|termed|describes?|described|considers?|considered|"
    r"sees?|saw|views?|viewed)\s+(?:it|them)\s+(?!quits\b|a day\b|a night\b|off\b)(?:an?|the|as|[\"“‘'«])",
    re.I,
)
"""A first clause that names what it is about only as "it" or "them" ('Rusk calls it the "big prize."', "Holm
described it as a betrayal."): which "it", the sentence before told. Not "called it quits", nor "The council passed
the levy and Holm called it a betrayal" (another clause names it)."""


def leans_on_unsaid(text: str) -> bool:
    """:data:`LEANS_ON_UNSAID`, :data:`ASKED_QUESTION` or :data:`CALLS_IT`: the sentence leans on one before it in a
    form the pronoun and linking-word rules (:data:`DANGLING`) miss."""
    return bool(LEANS_ON_UNSAID.match(text) or ASKED_QUESTION.search(text) or CALLS_IT.match(QUOTED.sub(" ", text)))


def demonstrative_back(text: str) -> bool:
    """A demonstrative with a noun that names what a sentence before told ("What could start this process is a
    strong finish by Holm.", "Rusk planned to challenge those assumptions.", "Dell called that report a lie.", "Holt made
    similar comments on Thursday."),
    outside quotations: alone, the reader cannot tell which process or report. Not when the sentence names it before
    ("The board made a decision on Monday, and that decision stands."), nor with a clause that says which ("those
    claims that the board made"), nor "similar claims to ..." (what they are like is said), nor "that" opening a clause ("said that plan was dropped"), nor "at this point" (now),
    nor a time ("this week", "these days", "those who ...": no noun of the list)."""
    plain = QUOTED.sub(" ", text)
    for m in DEGREE_BACK.finditer(plain):
        if not _CONJUNCTION_BEFORE.search(plain[: m.start()]):
            return True
    for m in DEMONSTRATIVE_NOUN.finditer(plain):
        word = (m.group(1) or m.group(3) or m.group(5)).lower()
        noun = (m.group(2) or m.group(4) or m.group(6)).lower()
        before = plain[: m.start()]
        if word == "that" and (_CONJUNCTION_BEFORE.search(before) or not before.strip()):
            continue  # "said that plan was dropped": a clause, not the demonstrative
        if word in ("similar", "such") and re.search(r"\bother\s*$", before, re.I):
            continue  # "The ruling follows other similar decisions": like the ruling the sentence names
        if noun == "point" and word == "this" and _NOW_POINT.search(before):
            continue  # "from this point forward": from now on
        stem = noun[:5] if len(noun) > 5 else noun.rstrip("s")
        if re.search(rf"\b{re.escape(stem)}", before, re.I):
            continue  # "a proposal ... and that proposal": named in the sentence
        return True
    return False


QUOTE_START = re.compile(r"^[\"“‘'«]")
WRITER = re.compile(
    r"(?<![\w-])(?:(?<!War )(?<!Title )(?<!Phase )I(?![-.\w])|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|(?<=\bof )mine|(?<=\bis )mine"
    r"|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|us|ours?|Ours?(?!\s+[A-Z])|(?<!\S\s)Ours?)(?![\w'’-])"
)
"""The first person: outside quotation marks and with nobody reported as speaking, the writer's own voice
("My new therapist seemed wise", "we asked one of the organization's experts", "a friend of mine"), an opinion or a
column's aside, not a report of the story. Not the noun "mine" ("at its Harnsby copper mine") nor a name in the
middle of a sentence ("a super PAC called Our Future")."""
HEADLINE_LIKE = re.compile(r"[.!?…][\"”’'»)\]]*\s*$|[\"”’'»]\s*$")
"""A sentence ends with a full stop, "!" or "?" (perhaps inside quotation marks); a line that does not is a
headline, a dateline or a caption repeated in the text, not a sentence for the summary."""


@dataclass(frozen=True)
class SummaryOptions:
    """Weights of the sentence score, tuned on the NeuS train split (see bench/bench_neus.py)."""

    max_words: int = 100
    centrality: float = 1.0
    lead: float = 0.2
    title: float = 0.0
    redundancy: float = 0.6
    near_duplicate: float = 0.8
    """Candidates this similar (cosine) to a chosen sentence are dropped."""
    min_words: int = 6
    max_sentence_words: int = 45
    penalty_quote: float = 0.3
    penalty_dangling: float = float("inf")
    lexical: float = 1.0
    """Weight of lexical centrality: the share of a sentence's content words that other sources use."""
    length: float = 0.0
    """Penalty per 30 words of sentence length (short factual sentences pack more facts in the budget)."""
    headline_length: float = 0.01
    """Penalty per headline word beyond 10."""
    headline_coverage: float = 0.3
    """Weight of the share of the story's corroborated facts a title's article tells (:func:`fact_coverage`): the
    headline is the title of a piece on what most sources report, not of a side piece ("X got more votes in Ohio than
    Y" on primary night, a reaction to a decision, a preview of a vote most sources report the result of)."""
    headline_live: float = 0.3
    """Penalty of a running page's title (:data:`LIVE_TITLE`: "The Latest: Holm wins Varos"): it names the page's last
    entry, one result of the night, not the story."""
    headline_no_event: float = 0.3
    """Penalty of a title that tells no event (:func:`tells_no_event`): a question, a forecast or a might-have-been
    ("Insiders: Holm will rebound in Varos", "Charges could have set a new standard"), an order to the reader, or one
    person's reaction to another ("Rusk calls Holm 'a disgrace'")."""
    headline_loaded: float = 0.3
    """Penalty of a title in an outlet's loaded words (:func:`~storyline.brief.framing.charged_terms`: "Scramble to
    remove sick footage"): the brief's headline is the story's, told plainly when another title tells it."""
    headline_follow_up: float = 0.1
    """Penalty of a title published on a later day than the story's main day (:func:`follow_ups`): a follow-up
    ("Dembek appeals sentence" two days after most outlets reported the verdict), not the story's event."""
    penalty_deck: float = 1.0
    """Penalty of a deck (:func:`decks`): the subtitle under the headline is a teaser ("Mogul reclaims control of
    the race"), a summary sentence only when no other sentence says it."""
    corroboration: float = 0.1
    """Bonus per independent source beyond the first of the fact a sentence states: the summary states first what
    most sources report (the result of the vote, not one outlet's side detail)."""
    lede: float = 0.1
    """Bonus per independent source beyond the first that opens with the fact a sentence states (:func:`sources_told`):
    what the outlets lead with is the event the story is about ("Drivers walked off the job on Monday", not the
    operator's figure for what the cuts save that every outlet also gives further down)."""
    result: float = 0.3
    """Bonus of a sentence that tells a contest's result as done ("Orr won the Kelby caucuses", "Vance was defeated in
    Kelby by Orr": :func:`~storyline.align.align.told_acts`, as what it claims) when more than one independent source
    tells that result, in any words (:func:`told_results`): the outcome outranks the previews and polls of it."""
    stale_forecast: float = 0.3
    """Penalty of a sentence that tells what will happen (:data:`FORECAST`) in an article published before the story's
    main day (:func:`earlier`): written before the event most sources report as done ("Next week will bring contests
    in Dell and Varos" beside the results of those contests)."""
    hedge: float = 0.3
    """Penalty of a sentence that hedges or muses in the outlet's own voice (:func:`hedged`: "Support for Holm here may
    deepen.", "Maybe that is a fair trade.", "Vance appears to be slipping."): a guess or an opinion, not what
    happened."""
    event: float = 0.0
    """Bonus of a sentence that tells an event (:func:`tells_event`): someone named who says, does or counts something
    ("Holm called Rusk a fraud at a rally in Dell", "The Dell council said 14 homes were lost"). Off: at 0.1 it gave
    NeuS train +0.2 ROUGE-1 but on PolNeAR took figure-bearing fragments ("Of those, 996 were likely voters.") over
    a story's results (sum-i11 notes)."""
    background: float = 0.5
    """Penalty of a sentence that sets a scene, remarks on the story or tells how a poll was made (:func:`background`:
    "One recent afternoon, two volunteers were running a phone bank.", "As usual, it was Holm who drew the crowds.",
    "The poll has a margin of error of plus or minus 3.5 percentage points."), not what happened."""
    column: float = 0.5
    """Penalty of a sentence of an article that reads as a column though not labelled one (:func:`column_voice`: the
    writer in the first person, asking the reader questions, addressing "you"): the story's reports tell it first."""
    stop_below: float = -1.0
    """Once one sentence is chosen, stop when the best remaining marginal score is below this."""
    max_covered: float = 0.6
    """A candidate whose content words the chosen sentences already hold at this share or more says
    nothing new ("The ministry has opened an inquiry" after "The minister said his ministry would open an
    inquiry") and is skipped."""


def sentence_scores(
    al: Alignment,
    title_vectors: Any,
    options: SummaryOptions,
    *,
    told_by: dict[int, int] | None = None,
    led_by: dict[int, int] | None = None,
    early: frozenset[str] = frozenset(),
) -> Any:
    """The score of every claim as a summary sentence (higher is better; -inf: not a candidate). ``told_by``: claim id
        -> the independent sources of the fact it states (:func:`sources_told`), for :attr:`SummaryOptions.corroboration`.
        ``early``: articles published before the story's main day (:func:`earlier`), whose forecasts are stale
        (:attr:`SummaryOptions.stale_forecast`). ``led_by``: claim id -> the independent sources that open with its fact
    (:func:`sources_told` with ``leading``), for :attr:`SummaryOptions.lede`."""
    import numpy as np

    n = len(al.claims)
    scores = np.full(n, -np.inf, dtype=np.float32)
    to_titles = (al.vectors @ title_vectors.T).max(axis=1) if len(title_vectors) and n else np.zeros(n)
    lexical = lexical_centrality(al) if options.lexical else np.zeros(n)
    last: dict[str, int] = {}
    for c in al.claims:
        last[c.article] = max(last.get(c.article, -1), c.position)
    for i, c in enumerate(al.claims):
        words = c.words
        if words < options.min_words or words > options.max_sentence_words or c.text.rstrip().endswith((":", "?")):
            continue
        if _headline(c):
            continue  # "Obama overturns Bush endangered species rule" repeated in the text: not a sentence
        if FRAGMENT_START.match(c.text) or not (WHOLE_END.search(c.text) or c.position == last[c.article]):
            # "a self-described Democratic socialist, a new poll indicates.", "Obama, who has denounced the attack
            # as both an act of terrorism and a hate" (cut at a line break): part of a sentence. A lead the feed
            # clipped ends its text, and is shown as cut
            continue
        if not c.attributed:
            continue  # "Russia would benefit in this case." inside an expert's quotation: his words, not a fact
        if cut_quotation(c.text):
            continue  # 'Unfurling banners with slogans like "Nobody wins.': a quotation cut by the sentence's end
        if COLUMNIST_LINE.match(c.text) or AUTHOR_LINE.match(c.text):
            continue  # "Follow Mara Quell on Twitter @maraquell.": a line about the writer, not the story
        if not c.speakers and WRITER.search(QUOTED.sub(" ", c.text)):
            continue  # the writer speaking in the first person: a column's voice, not the story's facts
        s = options.centrality * float(al.centrality[i])
        s += options.lead / (1.0 + c.position) ** 0.7
        s += options.title * float(to_titles[i])
        s += options.lexical * float(lexical[i])
        s -= options.length * words / 30.0
        s += options.corroboration * max(0, (told_by or {}).get(id(c), 1) - 1)
        s += options.lede * max(0, (led_by or {}).get(id(c), 1) - 1)
        if c.quoted > 0.4 or QUOTE_START.match(c.text):
            s -= options.penalty_quote
        if hedged(c):
            s -= options.hedge
        elif tells_event(c):
            s += options.event
        if background(c.text, speakers=c.speakers):
            s -= options.background
        if c.article in early and FORECAST.search(_LATER_CLAUSE.split(QUOTED.sub(" ", c.text))[0]):
            s -= options.stale_forecast
        if (
            DANGLING.match(c.text)
            or LEANING_END.search(c.text)
            or points_back(c.text)
            or PICKS_BACK.search(QUOTED.sub(" ", c.text))
            or OBJECT_POINTS_BACK.match(c.text)
            or demonstrative_back(c.text)
            or leans_on_unsaid(c.text)
            or _someone_unnamed(c)
            or _pronoun_subject(c)
            or _elided_count(c)
        ):
            # leans on the sentence before it ("Two remain in hospital"): with the default infinite
            # penalty, not a candidate at all
            s -= options.penalty_dangling
        scores[i] = s
    return scores


POLL_METHOD = re.compile(
    r"\bmargins? of (?:sampling )?error\b"
    r"|\b(?:poll|survey)\b[^.;]{0,80}\b(?:was|were) (?:conducted|taken|carried out)\b"
    r"|\b(?:conducted|surveyed|interviewed)\b[^.;]{0,60}\b(?:by (?:tele)?phone|online|landlines?|cell ?phones?)\b",
    re.I,
)
"""How a poll was made: its margin of error, when and how it was taken ("The poll has a margin of error of plus or
minus 3.5 percentage points.", "The survey of 800 voters was conducted Jan. 5-8 by telephone.")."""
_TIME_OF_DAY = (
    r"(?:morning|afternoon|evening|night|day|weekday|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
SCENE = re.compile(
    r"^(?:(?:On\s+)?(?:one|a)\s+(?:(?:recent|cold|hot|warm|rainy|sunny|snowy|gr[ae]y|bright|quiet|late|early|chilly|"
    rf"muggy|windy|sweltering|crisp)\s+)*{_TIME_OF_DAY}|(?:Late|Early)\s+one\s+{_TIME_OF_DAY}|"
    r"As (?:usual|always|ever)|Not surprisingly|Unsurprisingly|Predictably|Needless to say|Of course|Sure enough|"
    r"Ironically|Oddly(?: enough)?|Curiously|Fittingly|Tellingly|To be sure|Unfortunately|Fortunately|Sadly|"
    r"Thankfully|Mercifully|Hey|Well)\s*,",
    re.I,
)
"""A sentence that opens on a scene's time ("One recent afternoon, two volunteers were running a phone bank.", "On a
rainy Sunday, ...", "Late one night, ...") or on the writer's remark ("As usual, it was Holm who drew the crowds.",
"Not surprisingly, ...", "To be sure, ...", "Unfortunately, ..."): a feature's scene or comment, not an event of the
story. Not "One day after the vote, Holm resigned." (the time is the event's)."""
NO_COMMENT = re.compile(
    r"\b(?:could not|couldn['’]t|cannot|can['’]t|did not|didn['’]t) (?:be )?(?:immediately |immediately be |be immediately )?"
    r"(?:reached|contacted|respond|return|comment)\b[^.;]{0,50}\bcomment\b|\bdeclined (?:to|a request for) comment\b"
    r"|\bdid not (?:immediately )?respond\b[^.;]{0,30}\brequests?\b"
    r"|\b(?:had|has|have|gave|offered) no (?:immediate )?(?:response|comment|reply)(?=\s*(?:[.;,]|$|on\b|to (?:an? |the |"
    r"our |my )?(?:questions?|requests?|inquir\w+|calls?|e-?mails?|messages?)\b))|\bdeclined comment\b",
    re.I,
)
"""Who could not be reached or would not comment ("Bair could not be immediately reached for comment.", "The
ministry did not respond to a request for comment.", "A spokesman for Holm had no response."): a report's note on its
sources, no event of the story."""
_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,;]*,")
"""A relative clause set off by commas: "Hoff, who declined to comment for this article, proposes ..."."""


def no_comment(plain: str) -> bool:
    """Every clause of the sentence (outside quotations) tells who would not comment (:data:`NO_COMMENT`): not "Hoff,
    who declined to comment, proposes a ban." (a relative clause) nor "The network did not respond to the request, and
    Holm appeared anyway." (another clause tells an event)."""
    parts = [p for p in _LATER_CLAUSE.split(_RELATIVE.sub(" ", plain)) if len(p.split()) > 2]
    return bool(parts) and all(NO_COMMENT.search(p) for p in parts)


def background(text: str, *, speakers: Iterable[str] = ()) -> bool:
    """The sentence sets a scene, remarks on the story (:data:`SCENE`), tells how a poll was made (:data:`POLL_METHOD`)
    or who would not comment (:data:`NO_COMMENT`), or, with no one reported as speaking, addresses the reader as
    "you" ("Amid the din, you can be forgiven for not knowing ..."): outside quotations."""
    plain = QUOTED.sub(" ", text)
    if SCENE.match(text) or POLL_METHOD.search(plain) or no_comment(plain):
        return True
    return not any(speakers) and READER.search(plain) is not None


HEDGE = re.compile(
    r"\b(?:maybe|perhaps|arguably|probably|possibly|may|might|(?:appears?|appeared|seems?|seemed|looks?) (?:to|like)|"
    r"(?:is|are) likely to)\b",
    re.I,
)
"""A guess in the writer's words: "may deepen", "perhaps the most ...", "appears to be slipping"."""
REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|called|calls|accused|accuses|denied|denies|confirmed|confirms|"
    r"reported|reports|claimed|claims|argued|argues|warned|warns|ruled|voted|declared|declares|insisted|insists|"
    r"according to|indicated|suggested|signal(?:l)?ed|testified|wrote|tweeted|charged|ordered|signed|filed|sued|won|lost|"
    r"defeated|beat|killed|died|"
    r"arrested|passed|approved|rejected|resigned|launched|released|promised|pledged|vowed|endorsed|criticized|"
    r"criticised|blamed|attacked|dropped out|withdrew|raised|unveiled|proposed)\b",
    re.I,
)
"""What a sentence tells someone did: a reporting verb ("said", "called", "accused") or a done act ("won", "signed",
"was arrested")."""


def hedged(c: Claim) -> bool:
    """The sentence's first clause guesses or muses in the outlet's own voice (:data:`HEDGE`, outside quotations, no
    one reported as saying it): "Support for Holm here may deepen.", "Maybe that is all a fair trade.", "Vance appears
    to be slipping.". Not "Holm said the vote may slip." (a speaker's guess, reported), nor "Orr won Dell, and turnout
    may have been a record." (the guess is a later clause), nor "Rusk is challenging 3,000 voters who may have moved."
    (the guess is in a clause of its own)."""
    first = _LATER_CLAUSE.split(QUOTED.sub(" ", c.text))[0]
    main = _EMBEDDED.split(first, maxsplit=1)[0]  # "people who may have moved": the guess is not the sentence's
    return bool(HEDGE.search(main)) and not c.speakers and not REPORTED.search(first)


_EMBEDDED = re.compile(r"\b(?:who|whom|whose|which|that|whether|if)\b(?!['’]s)", re.I)


def tells_event(c: Claim) -> bool:
    """The sentence names someone (a person or an organisation) and tells what they said or did (:data:`REPORTED`,
    outside quotations) or gives a count: "Holm called Rusk a fraud at a rally in Dell.", "The Dell council said 14
    homes were lost.". Not a judgement with a name in it ("Holm's career has not taken a predictable route.")."""
    if not (c.people or c.orgs or c.speakers):
        return False
    plain = QUOTED.sub(" ", c.text)
    return bool(REPORTED.search(plain)) or any(not f.weak for f in c.figures)


FORECAST = re.compile(
    r"\b(?:will|won['’]t|(?:is|are) (?:set|due|expected|scheduled) to|(?:is|are) going to|"
    r"next (?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|tomorrow|upcoming|"
    r"later this (?:week|month|year)|not yet|yet to)\b",
    re.I,
)
"""What a sentence says will happen or has not happened yet, outside quotations ("Next week will bring contests in Dell
and Varos.", "The council is expected to vote on Monday.", "The Dell race has not yet been called."); read in its first
clause only ("Holm's party is projected to win 157 seats, and will find it harder to pass laws" reports the result)."""
THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)


DETAIL_CONFLICTS = frozenset({"date", "time", "figure", "name"})
"""Conflicts over a detail of an event that both sides tell (when, how many, who)."""


def sources_told(al: Alignment, *, leading: bool = False) -> dict[int, int]:
    """Claim id -> the independent sources that tell the event of the fact it states (not a claim on another side of
    its conflict): its fact's sources, and those that tell the same event with another date, time, figure or name, on
    another side of one of its conflicts ("walked off the job on Tuesday" beside "walked off the job on Monday"). A
    source that denies it (the other side of a negation conflict) does not tell it. With ``leading``: the independent
    sources whose first sentence tells it (their lede), counted alike."""
    out: dict[int, int] = {}
    for f in al.facts:
        own = {id(c) for c in f.claims if id(c) not in f.against}
        denied = {id(x) for k in f.conflicts if al.conflicts[k].kind == "negation" for x in al.conflicts[k].sides} - own
        other = [x for k in f.conflicts if al.conflicts[k].kind in DETAIL_CONFLICTS for x in al.conflicts[k].sides]
        telling = [c for c in [*f.claims, *other] if id(c) not in denied]
        if leading:
            n = len({al.groups.get(c.article, c.article) for c in telling if c.position == 0})
        else:
            told = {al.groups.get(c.article, c.article) for c in telling if id(c) in own}
            n = f.independent_sources + len({al.groups.get(c.article, c.article) for c in telling} - told)
        for c in f.claims:
            if id(c) in own:
                out[id(c)] = n
    return out


VOTED_OUTCOME = re.compile(
    r"\b(?:was|were|has been|have been) (?:re-?)?elected\b"
    r"|\b(?:passed|approved|ratified|rejected|overturned|struck down|upheld) (?:the|a|an|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:bill|law|measure|resolution|budget|amendment|referendum|treaty|motion|ruling|ban)s?\b",
    re.I,
)
"""The outcome of a vote or a ruling told as done: "Orr was elected mayor of Kelby", "The Dell council passed the
levy bill", "The court struck down the ban"."""
UNDONE = re.compile(r"\b(?:if|unless|whether|not|never|could|would|might|may|hopes?|seeks?|wants?|plans?)\b", re.I)


def told_results(al: Alignment) -> dict[int, int]:
    """Claim index -> the independent sources that tell the result of a contest it claims as done
    (:func:`~storyline.align.align.told_acts`, ``claimed``), in its words or others ("Orr won the Kelby caucuses" and
    "Vance was defeated in Kelby by Orr"): the sources of its fact, or of another sentence that tells the same act.
    Only sentences that tell such a result are keys."""
    from ..align.align import ACT_WORDS, told_acts

    acts = {}
    for i, c in enumerate(al.claims):
        if ACT_WORDS.search(c.text) and (mine := [a for a in told_acts(c) if a.claimed]):
            acts[i] = mine
    told = sources_told(al)
    out: dict[int, int] = {}
    for i, c in enumerate(al.claims):
        first = _LATER_CLAUSE.split(QUOTED.sub(" ", c.text))[0]
        if VOTED_OUTCOME.search(first) and not FORECAST.search(first) and not UNDONE.search(first):
            out[i] = told.get(id(c), 1)  # "The council passed the levy": its fact's sources
    for i, mine in acts.items():
        same = {al.source(al.claims[j]) for j, theirs in acts.items() if any(a.same(b) for a in mine for b in theirs)}
        out[i] = max(len(same), told.get(id(al.claims[i]), 1))
    return out


ELIDED_COUNT = re.compile(
    r"\b(?:has|have|had)(?:\s+(?:won|taken|secured|picked up|collected|earned|gained|captured))?"
    r"\s+(?:at least\s+|only\s+|just\s+)?\d[\d,]*(?=\s*(?:[,.;]|and\b|$))"
)
"""A count whose noun the sentence leaves out: "Rusk has won 12 and Holm has won five.", "Holm has 69, Rusk has 41."
(12 what? the sentence before named it)."""


def _elided_count(c: Claim) -> bool:
    """:data:`ELIDED_COUNT` outside quotations, and no figure of the sentence names what it counts: not "Rusk has won
    12 delegates and Holm has 9." (the noun is there) nor a score ("won 3-1")."""
    return ELIDED_COUNT.search(QUOTED.sub(" ", c.text)) is not None and not any(f.unit for f in c.figures)


def _someone_unnamed(c: Claim) -> bool:
    """The sentence speaks of someone by pronoun and names no person ("Two of the officers are kneeling over him."):
    alone, the reader cannot tell who."""
    return not c.people and bool(THIRD_PERSON.search(QUOTED.sub(" ", c.text)))


SUBJECT_PRONOUN = re.compile(r"(?<!^)\b(?-i:he|she|they)\b")
"""A personal pronoun as a subject after a sentence's first word (at the start, :data:`DANGLING` has it)."""


def _pronoun_subject(c: Claim) -> bool:
    """The subject of the sentence's main verb is a bare "he", "she" or "they" that nothing before it in the sentence
    names ("Asked on Channel 4 who leads the party, he said it was Brandt.", "“We will win,” she said, ..."): alone,
    the reader cannot tell who, though the sentence names someone else. Not when a name is the subject of a clause
    before it ("When Ivo Holm arrived, he said ...")."""
    if not SUBJECT_PRONOUN.search(QUOTED.sub(" ", c.text)):
        return False
    from ..align.parses import parsed

    doc = parsed(c.text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.text not in ("he", "she", "they"):
        return False
    return not any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" for t in doc[: subject.i])


FRAGMENT_START = re.compile(r"[a-z][a-z'’-]*\b(?![A-Z])")
"""A sentence that starts in lower case ("a self-described socialist, a new poll indicates."), not "iPhone"."""
WHOLE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")
"""How a whole sentence ends: a full stop, question or exclamation mark, perhaps inside quotation marks."""


LETTERS_HEADING = re.compile(
    r"(?m)^[ \t]*(?:LETTERS|Letters|Letters to the [Ee]ditor|LETTERS TO THE EDITOR|Readers respond|READERS RESPOND|"
    r"Your letters|YOUR LETTERS|Your [Ss]ay|YOUR SAY)\.?[ \t]*$"
)


def readers_letters(text: str, *, within: int = 400) -> bool:
    """A page of readers' letters: a "LETTERS" heading on a line of its own near the top."""
    return LETTERS_HEADING.search(text[:within]) is not None


OPINION_LABELS = (
    r"Opinion|OPINION|Op-[Ee]d|OP-ED|Comment|COMMENT|Commentary|COMMENTARY|Column|COLUMN|Editorial|EDITORIAL"
)
"""What a page calls a piece that argues rather than reports: an opinion column, an op-ed, a comment, an editorial.
Not "Analysis": a reporter's news analysis explains the news from reporting, and its sentences are sourced claims."""
OPINION_TITLE = re.compile(
    rf"^\s*(?:{OPINION_LABELS})\s*[:|\u2013\u2014-]\s+\S|\s[|\u2013\u2014-]\s*(?:{OPINION_LABELS})\s*$"
)
"""A title labelled as opinion: "Opinion: The dam failure was no accident", "Editorial | ...", "... - Comment"."""
OPINION_KICKER = re.compile(rf"(?m)^[ \t]*(?:{OPINION_LABELS})[ \t]*$")
OPINION_PATH = re.compile(r"/(?:opinions?|commentisfree|editorials?|op-?eds?|columns?|commentary)/", re.I)
"""A URL path segment of an outlet's opinion section."""


REVIEW_KIND = re.compile(
    r"\b(?:book|film|movie|album|theat(?:re|er)|concert|TV|television|restaurant|game|opera|dance|exhibition|stage)\s+"
    r"review\b",
    re.I,
)
"""A critic's review named by what it reviews ("Book review", "Film review | ..."): a judgement, not a report."""
REVIEW_TITLE = re.compile(
    r"^\s*Review\s*[:|\u2013\u2014]\s+\S"  # "Review: ..."
    r"|^\s*[\'\"\u2018\u201c](?P<quoted>[^\'\"\u2019\u201d]{1,80})[\'\"\u2019\u201d]\s+review\s*[:|\u2013\u2014-]\s*\S"
    r"|^\s*(?P<work>[A-Z][\w\'\u2019-]*(?:\s+(?:[A-Z][\w\'\u2019-]*|of|the|and|in|on|a|to)){0,5})\s+review\s*[:|\u2013\u2014]\s+\S"
)
"""A title naming a review: "Review: ...", "'Unbowed' review: ...", "Unbowed review: ..." (this last only when the text
names the work elsewhere than at a sentence's start and tells of a work (:data:`WORK_WORDS`, or "In Unbowed, the
author ..."): "Safety review: ..." and
"Harbour Board review: ..." are news of an inquiry)."""


def _review(title: str, text: str) -> bool:
    if REVIEW_KIND.search(title):
        return True
    m = REVIEW_TITLE.search(title)
    if m is None:
        return False
    work = m.group("work")
    if work is None:
        return True
    # the work named inside a sentence of the text, not only as a sentence's first word, and the text tells of a work
    return re.search(rf"(?<![.!?\n]\s)(?<!^)\b{re.escape(work)}\b", text) is not None and (
        WORK_WORDS.search(text) is not None or re.search(rf"\b[Ii]n {re.escape(work)},", text) is not None
    )


WORK_WORDS = re.compile(
    r"\b(?:book|novel|memoir|film|movie|album|author|chapters?|pages|director|cast|plot|songs?|tracks?|episodes?|"
    r"premiere|sequel|production|exhibition)\b",
    re.I,
)
"""Words that tell of a work a critic reviews."""


OPINION_VOICE = re.compile(
    r"\b[Ii]n (?:my|our) (?:view|judgment|judgement|opinion)\b"
    r"|(?<![\w'’-])(?:I|[Ww]e) (?:(?:would|do|firmly|strongly|still|also) )?(?:argue|contend|submit)\b"
    r"|\b[Tt]he (?:[Ee]ditorial )?[Bb]oard (?:believes|thinks|urges|recommends|endorses)\b"
    r"|(?<![\w'’-])[Ww]e (?:(?:strongly|again) )?(?:urge|endorse)\b"
)
"""The writer arguing in the first person: an editorial's "in our judgment", "the board urges", "we endorse", a
column's "I argue that", "in my view". Only in the outlet's own words (:func:`own_words`): once is enough."""
OPINION_HEDGE = re.compile(
    r"(?<![\w'’-])(?:I|[Ww]e) (?:(?:firmly|strongly|still|also|really|do) )?(?:think|believe)\b|\b[Ii]t seems to me\b"
)
"""A first-person "I think", "we believe": the writer's opinion when in two of the outlet's own sentences; once, it is
as often a speaker's words left without quotation marks."""
OWN_QUOTED = re.compile(r"[\"“”„«][^\"“”»\n]*(?:[\"”»]|$)|''(?:(?!'')[^\n])*(?:''|$)|‘[^‘’\n]*’(?![A-Za-z])", re.M)
"""A passage in quotation marks within a paragraph; one left open runs to the paragraph's end (a quotation that goes on
in the next paragraph, which opens with its own mark)."""
ATTRIBUTED = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|according to|continued|replied)\b"
)
"""A speech verb: the sentence reports someone's words, even when they stand without quotation marks."""
SPEAKER_LABEL = re.compile(r"^\s*(?:[A-Z][A-Z.'’ -]{0,30}|Q|A)\s*:")
"""A transcript's speaker label ("CLINTON: I feel ...", "Q: ..."): the line is someone's words."""


def own_words(text: str) -> list[str]:
    """The sentences of ``text`` in the outlet's own words: quoted passages blanked, and no sentence that reports
    someone's words (a speech verb), no line of a transcript or interview ("A: I think ...": none of the text when
    two lines are so labelled) and no paragraph a line ending in a colon introduces ("Wallnau wrote:")."""
    lines = [line for line in text.splitlines() if line.strip()]
    if sum(1 for line in lines if SPEAKER_LABEL.match(line)) >= 2:
        return []  # a transcript or an interview: its first person is the speakers'
    out: list[str] = []
    for before, line in zip([""] + lines, lines, strict=False):
        if SPEAKER_LABEL.match(line) or before.rstrip().endswith(":"):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", OWN_QUOTED.sub(" ", line)):
            if not ATTRIBUTED.search(sentence):
                out.append(sentence)
    return out


READER = re.compile(r"(?<![\w'’-])(?:[Yy]ou|[Yy]our|[Yy]ou['’](?:re|ve|ll|d)|[Yy]ourself)(?![\w'’-])")
"""The reader addressed as "you" in the outlet's own words."""
TELLS_READER = re.compile(
    r"^\W*(?:Don['’]t|Do not|Consider|Remember|Imagine|Call it|Let['’]s|Make no mistake)\b"
    r"|\b(?:should|shouldn['’]t|ought to)\b"
    r"|\b(?:[Ii]t['’]s no exaggeration|[Mm]ake no mistake|[Tt]o be sure|[Ll]et['’]s be (?:clear|honest)|"
    r"[Tt]he real story (?:here )?is|[Tt]he truth is)\b"
)
"""What a column's writer tells the reader to do or think: an order ("Don't believe them.", "Call it the politics of
pique."), what someone "should" do, an argument's marker ("Make no mistake", "The real story here is")."""


def argues(text: str) -> str | None:
    """The first-person argument in ``text``'s own words, or None: one :data:`OPINION_VOICE` or two sentences with
    :data:`OPINION_HEDGE`."""
    own = own_words(text)
    if voice := next((m.group(0) for s in own if (m := OPINION_VOICE.search(s))), None):
        return voice
    hedges = [m.group(0) for s in own if (m := OPINION_HEDGE.search(s))]
    return " ... ".join(hedges[:2]) if len(hedges) >= 2 else None


def tells_reader(text: str) -> str | None:
    """How the writer addresses the reader and tells them what to do or think in ``text``'s own words, or None:
    :data:`READER` in two sentences and :data:`TELLS_READER` in one ("His campaign will tell you ... Don't believe
    them.", "you can see the scope of the problem ... They should be very worried."). A report that says "you" once
    (an explainer's "what it means for you") or reports what someone should do does not."""
    own = own_words(text)
    addressed = [m.group(0) for s in own if (m := READER.search(s))]
    told = next((m.group(0) for s in own if (m := TELLS_READER.search(s.strip()))), None)
    return f"{addressed[0]!r} ... {told!r}" if len(addressed) >= 2 and told else None


def opinion_piece(
    title: str | None, text: str, url: str | None = None, *, within: int = 200, voice: bool = True
) -> str | None:
    """Why an article is an opinion piece, or None: its title is labelled as opinion (:data:`OPINION_TITLE`) or as a
    review (:func:`_review`), a label (:data:`OPINION_LABELS`) stands on a line of its own above its text (a kicker),
    its URL is in an opinion section, or (with ``voice``) its writer argues in the first person in its own words
    (:func:`argues`) or tells the reader what to do or think (:func:`tells_reader`).
    What it argues ("did not fail by accident", "a cover-up") is the outlet's opinion, not what happened."""
    if title and OPINION_TITLE.search(title):
        return f"its title is labelled as opinion ({title.strip()!r})"
    if title and _review(title, text):
        return f"its title names a review ({title.strip()!r})"
    if m := OPINION_KICKER.search(text[:within]):
        return f"it is labelled {m.group(0).strip()!r} above its text"
    if url and OPINION_PATH.search(url.split("?", 1)[0]):
        return "its address is in an opinion section"
    if voice and (words := argues(text)):
        return f"its writer argues in the first person ({words!r})"
    if voice and (words := tells_reader(text)):
        return f"its writer tells the reader what to do or think ({words})"
    return None


QUESTION_END = re.compile(r"\?\W*$")
COLUMNIST_LINE = re.compile(
    r"(?m)^[ \t]*(?:Follow [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} on (?:Twitter|X|Facebook|Instagram|Threads)\b"
    r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} is a (?:[\w-]+ )?(?:columnist|contributing (?:editor|writer|columnist))\b)"
)
"""A column's line about its writer: "Follow Ivo Dren on Twitter @ivodren.", "Mara Quell is a columnist for ..."."""
AUTHOR_LINE = re.compile(
    r"^[ \t]*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} is (?!(?:(?:an?|the) )?(?:new|former|acting|interim|ex-)\b)(?:an? |the )?"
    r"(?:[\w-]+ ){0,3}(?:editor|columnist|writer|reporter|correspondent|contributor|critic|blogger)"
    r"(?: and [\w-]+(?: [\w-]+)?)? (?:at|for) "
    r"(?:the )?[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|and|&|the))*\.?\s*$"
)
"""A line about the writer in the writer's outlet: "Ivo Dren is senior politics editor at The Dell Gazette." (the
whole sentence). Not "Holm is the new editor at The Dell Gazette." (news of a post), nor a longer sentence that goes on
("... who covered the vote")."""


def column_voice(text: str) -> str | None:
    """Why an article that no label calls opinion (:func:`opinion_piece`) reads as a column, or None: in its own words
    (:func:`own_words`) the writer speaks in the first person (:data:`WRITER`), asks questions, addresses the reader as
    "you" (:data:`READER`), or a line names its columnist (:data:`COLUMNIST_LINE`, counted twice): four signs or more,
    of two kinds at least ("fixing our tax system", "How is that possible?", "If you don't believe them ..."). A
    report's one question or one "we" in its own words is none."""
    own = [s.strip() for s in own_words(text)]
    signs = {
        "the first person": sum(1 for s in own if WRITER.search(s)),
        "questions": sum(1 for s in own if QUESTION_END.search(s) and len(s.split()) > 3),
        "'you'": sum(1 for s in own if READER.search(s)),
        "a columnist's line": len(COLUMNIST_LINE.findall(text)),
    }
    weight = sum(signs.values()) + signs["a columnist's line"]
    if weight < 4 or sum(1 for n in signs.values() if n) < 2:
        return None
    return ", ".join(f"{kind} ({n})" for kind, n in signs.items() if n)


DECK_BREAK = re.compile(r"[ \t;:]*\n[ \t]*")
"""What stands between a title and its deck: the deck's line follows the title's with no blank line between
("Crucial wins for Ravel and Holm in Dell; \nMogul reclaims control of the race.")."""


def decks(articles: list[Article], al: Alignment) -> set[int]:
    """Indices of the claims that are an article's deck (subtitle, standfirst): a line right under the title with no
    blank line between, or a one-line paragraph between the title and a lead that opens with a dateline ("Clinton
    team lines up plan.\n\nAfter Dell, the strategy is to ...\n\nHARLOW - ..."). A teaser that sums up the piece
    in a few words, not a sentence that reports the story."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for a in articles:
        if not a.title_span or not a.original:
            continue
        text, end = a.original, a.title_span[1]
        line_end = text.find("\n", end)
        if line_end < 0:
            continue
        found: list[tuple[int, int]] = []
        if (m := DECK_BREAK.match(text, end)) and m.end() < len(text) and text[m.end()] != "\n":
            nl = text.find("\n", m.end())
            found.append((m.end(), nl if nl >= 0 else len(text)))
        else:
            paragraphs = [(p.start(), p.end()) for p in re.finditer(r"[^\n]+", text[: end + 2000])]
            after = [(s, e) for s, e in paragraphs if s > end][:2]
            if len(after) >= 2 and DATELINE.match(text, *after[1]) and len(text[slice(*after[0])].split()) <= 30:
                found.append(after[0])
        spans[a.id] = found
    return {i for i, c in enumerate(al.claims) if any(s <= c.start and c.end <= e for s, e in spans.get(c.article, ()))}


def _headline(c: Claim) -> bool:
    """A headline, dateline or caption repeated in the text: Title Case ("Obama Administration Restores
    Endangered Species Act Protections!", "Mar 4, 2009"), a time stamp (fewer than four words of letters), or a
    short first line without an ending."""
    words = re.findall(r"[A-Za-z][\w'’-]*", c.text)
    if len(words) <= 15 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
        return True
    if len(re.findall(r"(?<![\w'’-])[A-Za-z][A-Za-z'’-]+", c.text)) < 4:
        return True  # "April 24, 2013 - 4: 45pm": a time stamp, mostly figures
    return c.position == 0 and len(words) <= 12 and HEADLINE_LIKE.search(c.text) is None


CONTENT = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d[\d,.]*")


def _content(text: str) -> set[str]:
    words = [w.lower().rstrip("s") for w in CONTENT.findall(unaccented(text))]
    return {w for w in words if w not in STOP and len(w) > 2}


def lexical_centrality(al: Alignment) -> Any:
    """For each claim, the share of its content words that appear in the other independent sources."""
    import numpy as np

    vocab: dict[str, set[str]] = {}
    words = [_content(c.text) for c in al.claims]
    for c, w in zip(al.claims, words, strict=True):
        vocab.setdefault(al.groups[c.article], set()).update(w)
    out = np.zeros(len(al.claims), dtype=np.float32)
    for i, (c, w) in enumerate(zip(al.claims, words, strict=True)):
        own = al.groups[c.article]
        others = [v for g, v in vocab.items() if g != own]
        if w and others:
            out[i] = sum(len(w & v) / len(w) for v in others) / len(others)
    return out


ANCHORED_NOUN = re.compile(
    r"^(?:Now,?\s+(?:the|this|that)|The|This|That)\s+"
    r"(?i:(ministry|department|agency|company|firm|organi[sz]ation|group|committee|commission|bureau|office|"
    r"spokes(?:man|woman|person)|minister|statement|report|study|survey|newspaper|network|channel|"
    r"man|woman|boy|girl|couple|suspect|victim|gunman|case))\b"
    r"(?=(?:['’]s\s+(?-i:[a-z]+))?(?:,\s*\d+,)?\s+(?:also\s+|later\s+|then\s+|previously\s+)?"
    r"(?:says|said|told|adds|added|announced|declined|denied|confirmed|reported|responded|is|was|are|were|has|had|"
    r"have|will|would|could|can|did|does)\b)"
)
"""A sentence whose subject is "the ministry", "the company", "the man" or "the case" with nothing in it to say which
("The ministry says Mara Quell will be named next week.", "Now the case is back in the spotlight."): it names what it
is about in a sentence before, and reads alone only after a summary sentence that names it. Only when its verb (or
its possessive's noun: "The company's shares fell") follows right after: not "The ministry of health says ...", "The
company, Orvane, said ...", "The Justice Ministry ...", "The woman accusing Judge Holt says ..." or "The commission
that oversees the debates says ..." (what follows says which)."""


def needs_anchor(text: str) -> re.Pattern[str] | None:
    """What an earlier summary sentence must mention for ``text`` to read (:data:`ANCHORED_NOUN`), or None."""
    m = ANCHORED_NOUN.match(text)
    if m is None:
        return None
    noun = m.group(1).lower()
    forms = rf"{noun[:-1]}(?:y|ies)" if noun.endswith("y") else rf"{noun}(?:s|es)?"
    return re.compile(rf"\b{forms}\b", re.I)


def _split_evenly(al: Alignment) -> set[int]:
    """Ids of the claims on either side of a negation conflict the sources split evenly ("has agreed to return to
    talks" / "has not agreed", one outlet each): neither is established, so the summary states neither, and the
    conflict shows both. (A figure one outlet gives against another's stays a candidate, marked as disputed.)"""
    from ..align.align import position_sizes, positions, revised_position

    out: set[int] = set()
    for c in al.conflicts:
        if c.kind != "negation" or revised_position(c):
            continue
        sizes = position_sizes(positions(c), al.groups)
        if len(sizes) > 1 and sizes.count(max(sizes)) > 1:
            out |= {id(x) for x in c.sides}
    return out


def _other_side_of_fact(al: Alignment) -> set[int]:
    """Ids of the claims on the side of a figure, date or name conflict that the sources split evenly which is not the
    side its fact's wording takes ("ordered the evacuation on Tuesday" in the fact, "on Wednesday morning" on the other
    side, one outlet each): the summary says what the fact says, and the conflict shows the other side."""
    from ..align.align import position_sizes, positions, revised_position

    out: set[int] = set()
    for c in al.conflicts:
        if c.kind not in ("figure", "date", "name", "time") or revised_position(c):
            continue
        held = positions(c)
        sizes = position_sizes(held, al.groups)
        if len(sizes) < 2 or sizes.count(max(sizes)) < 2:
            continue  # one side has more sources: al.beaten holds the others
        for fact in al.facts:
            mine = next((p for p in held if any(x is fact.representative for x in p)), None)
            if mine is not None:
                out |= {id(x) for p in held if p is not mine for x in p if any(x is y for y in fact.claims)}
    return out


def choose_sentences(
    al: Alignment, scores: Any, options: SummaryOptions, *, corrected: frozenset[int] = frozenset()
) -> list[int]:
    """Indices of the claims to use, best first, by maximal marginal relevance within the word budget. ``corrected``:
    ids of claims that give a figure as an outlet's correction note corrects it, candidates however many outlets gave
    the figure before."""
    import numpy as np

    chosen: list[int] = []
    used = 0
    # a side that fewer outlets take than another ("on Tuesday" against two outlets' "on Monday") is not what
    # the summary says: the conflict shows it; its fact's other wordings stay candidates
    # (al.beaten holds the side's copies in its source too: a conflict names one sentence of each source)
    beaten = (al.beaten | _split_evenly(al) | _other_side_of_fact(al)) - corrected
    available = [i for i in np.argsort(-scores) if np.isfinite(scores[i]) and id(al.claims[i]) not in beaten]
    position = {id(c): i for i, c in enumerate(al.claims)}
    said_with: dict[int, set[int]] = {i: set() for i in range(len(al.claims))}
    for group in [[position[id(c)] for c in fact.claims if id(c) in position] for fact in al.facts] + echo_groups(al):
        for i in group:
            said_with[i].update(group)
    covered: set[str] = set()
    words = {i: _content(al.claims[i].text) for i in available}
    in_dispute = frozenset().union(*(c.disputed for c in al.conflicts))
    disputed = {i: al.claims[i].figure_keys() & in_dispute for i in available}
    stated: set[tuple[float, str]] = set()  # disputed figures the chosen sentences already give
    anchors = {i: needs_anchor(al.claims[i].text) for i in available}
    while available:
        best, best_val = -1, -np.inf
        for i in available:
            if used + al.claims[i].words > options.max_words:
                continue
            if chosen and words[i] and len(words[i] & covered) / len(words[i]) >= options.max_covered:
                continue
            if (anchor := anchors[i]) is not None and not any(anchor.search(al.claims[k].text) for k in chosen):
                continue  # "The ministry says ..." before any sentence that names a ministry
            if disputed[i] and disputed[i] <= stated:
                continue  # "Fourteen passengers were injured" after "..., injuring 14 passengers": said, and disputed
            red = float((al.vectors[chosen] @ al.vectors[i]).max()) if chosen else 0.0
            val = float(scores[i]) - options.redundancy * max(0.0, red)
            if val > best_val:
                best, best_val = int(i), val
        if best < 0 or (chosen and best_val < options.stop_below):
            break
        chosen.append(best)
        used += al.claims[best].words
        covered |= words[best]
        stated |= disputed[best]
        available = [  # one sentence per fact: the others report the same thing in other words
            i
            for i in available
            if i != best
            and i not in said_with[best]
            and float(al.vectors[best] @ al.vectors[i]) < options.near_duplicate
        ]
    return chosen


def _same(al: Alignment, a: Claim, b: Claim) -> bool:
    """The same claim, or its copy in an article of the same syndication group."""
    return a is b or (al.groups.get(a.article) == al.groups.get(b.article) and a.text == b.text)


def citations(al: Alignment, index: int, *, limit: int = 6) -> list[dict[str, Any]]:
    """The claim's own span first, then the spans that corroborate it in other outlets (never a span from a
    source that disagrees with it or presents it differently): the sentences of its fact that state it, then the
    sentences of other sources on its side of a figure conflict, which give its figure for the same thing though
    their other words kept them in another fact ("demanded US$4.5 million" / "demanded a ransom of $4.5
    million")."""
    claim = al.claims[index]
    against = {
        al.groups.get(s.article)
        for c in al.conflicts
        if any(_same(al, s, claim) for s in c.sides)
        for s in c.sides
        if not _same(al, s, claim) and not same_side(c, s, claim)
    }
    out = [_cite(claim)]
    position = {id(c): k for k, c in enumerate(al.claims)}
    for fact in al.facts:
        if any(c is claim for c in fact.claims):
            out += [
                _cite(c)
                for c in fact.claims
                if c is not claim
                and al.groups.get(c.article) not in against
                and states(al, index, c, position)
                and states_each_clause(claim, c)
            ]
            break
    cited = {al.groups.get(x["article"], x["article"]) for x in out}
    for c in al.conflicts:
        if c.kind != "figure" or not c.disputed & claim.figure_keys() or not any(_same(al, s, claim) for s in c.sides):
            continue
        for s in c.sides:
            group = al.groups.get(s.article, s.article)
            if group not in cited and group not in against and same_side(c, s, claim):
                out.append(_cite(s))
                cited.add(group)
    return out[:limit]


def states(al: Alignment, index: int, other: Claim, position: dict[int, int], *, counts: bool = True) -> bool:
    """``other`` (a sentence of the same fact) states the claim of ``al.claims[index]`` in so many words: it holds
    enough of its content words or is :data:`SUPPORT_SCORE` close in meaning (:func:`_covers`), and with ``counts``
    gives one of its counts if it gives any (see :func:`_states`). Else it reports something close, or part of it.
    ``position``: claim id -> index in ``al.claims``."""
    claim = al.claims[index]
    if other is claim:
        return True
    k = position[id(other)]
    # "two of them": too weak; "By 10 am": a time of day, no count
    figures = [f for f in claim.figures if not f.weak and not _clock_time(claim, f)] if counts else []
    return _states(other, figures) and _covers(claim, other, float(al.vectors[index] @ al.vectors[k]))


def clause_words(claim: Claim) -> list[set[str]]:
    """The words that tell what happened (:func:`what_words`) of each clause of a sentence whose main verb is
    joined by "and" to another that tells something else ("Vaskov resigned on Wednesday and filed an appeal on
    Thursday": {resigned, wednesday}, {filed, appeal, thursday}); [] for a sentence of one clause."""
    from ..align.parses import parsed

    doc = parsed(claim.text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not root.tag_.startswith("VB"):
        return []
    joined = [k for k in root.children if k.dep_ == "conj" and k.tag_.startswith("VB")]
    if not joined:
        return []
    what = what_words(claim)
    spans = [{t.i for t in k.subtree} for k in joined]
    rest = set(range(len(doc))).difference(*spans)
    parts = [what & _content(" ".join(doc[i].text for i in sorted(idx))) for idx in [rest, *spans]]
    return [p for p in parts if p]


def states_each_clause(claim: Claim, support: Claim) -> bool:
    """``support`` tells every clause of ``claim`` (:func:`clause_words`), each by :data:`SUPPORT_WHAT` of its words
    at least: "Vaskov resigned on Wednesday." is cited for "Vaskov resigned on Wednesday and filed an appeal on
    Thursday" only with a sentence that tells of the appeal, else the reader clicks through to half the claim."""
    parts = clause_words(claim)
    if len(parts) < 2:
        return True
    theirs = _content(support.text)
    return all(len(p & theirs) >= max(1.0, SUPPORT_WHAT * len(p)) for p in parts)


def _clock_time(c: Claim, f: Figure) -> bool:
    """The figure is the hour of a time of day (:data:`CLOCK`: "By 10 am, Marr had filed ..."): when the sentence's
    act happened, no count a supporting sentence must give."""
    at = f.start - c.start
    return not f.unit and any(m.start() <= at < m.end() for m in CLOCK.finditer(c.text))


SUPPORT_SHARE = 0.4
SUPPORT_WHAT = 0.3
SUPPORT_SCORE = 0.76
"""A sentence of the same fact supports a summary sentence when it holds :data:`SUPPORT_SHARE` of its content words
and :data:`SUPPORT_WHAT` of those that say what happened (:func:`what_words`), or is :data:`SUPPORT_SCORE` close in
meaning (the embeddings' cosine); else it tells only part of it ("Polls put Holt ten points up in Kessling, which she
represented" does not support "Lena Holt won the Kessling primary, a state she represented for eight years"). On the
704 directed pairs of labelled sentences aligned as one fact (bench/data/fact_pairs.jsonl, the stop-42 claim cache),
the supports kept state the same claim in 89.4 % of cases (355 of 397), against 88.4 % (349 of 395) with the rule
before (40 % of the words or a pair score of 0.85, which adds a bonus for shared names and figures to the cosine) and
75.6 % for all (bench/README.md, stop 17)."""


def _covers(claim: Claim, support: Claim, cosine: float) -> bool:
    """``support`` says what ``claim`` says: close in meaning, or it holds :data:`SUPPORT_SHARE` of the claim's content
    words and :data:`SUPPORT_WHAT` of those that tell what happened (:func:`what_words`). Two sentences about one
    person share his name and age and little else ("Tomas Holm, 23, had been sectioned after an apparent suicide
    attempt" is no support of "Tomas Holm, 23, has been charged with the murder of his mother and sister": 4 of its 7
    content words, 1 of the 4 that say what). Closeness in meaning is the sentence embeddings' cosine, without the
    pair score's bonus for the names and figures two sentences share."""
    if cosine >= SUPPORT_SCORE:
        return True
    words, theirs = _content(claim.text), _content(support.text)
    if len(words & theirs) < SUPPORT_SHARE * max(1, len(words)):
        return False
    what = what_words(claim, words)
    return len(what & theirs) >= SUPPORT_WHAT * len(what)


def what_words(claim: Claim, words: set[str] | None = None) -> set[str]:
    """The content words (as :func:`_content` writes them) of a sentence that tell what happened, not who or where:
    without the words of the names it mentions, titles ("minister"), and figures written in digits (an age, a
    house number)."""
    from ..align.align import name_words, who_words

    words = _content(claim.text) if words is None else words
    return {w for w in words - name_words(claim) - who_words(claim) if not w[0].isdigit()}


def _states(support: Claim, figures: list[Figure]) -> bool:
    """A sentence cited for one that gives counts must give one of them too: a paraphrase that leaves the
    number out ("the ferry ran aground" for "... injuring 14 passengers") does not support it. A bound
    or estimate covers what it allows ("more than 200 passengers" and "212 passengers"). Nor does one that gives a
    count of the same thing differently: the wire's corrected copy ("sent 17 people to hospital") does not support
    its first version ("sent 23 people to hospital"), though both give "1,400 residents"."""
    if not figures:
        return True
    if not any(f.agrees(g) for f in figures for g in support.figures):
        return False
    # a count of the unit that each sentence gives and the other does not: the same thing counted differently. A
    # count only one of them gives is another thing of that unit ("sent 23 people to hospital and forced the
    # evacuation of about 1,400 people" / "Twenty-three people were taken to hospital")
    for f in figures:
        same = [g for g in support.figures if g.unit == f.unit and not g.weak]
        if not same or any(f.agrees(g) or f.overlaps(g) for g in same):
            continue
        mine = [x for x in figures if x.unit == f.unit]
        if any(not any(x.agrees(g) or x.overlaps(g) for x in mine) for g in same):
            return False
    return True


def disputes(al: Alignment, index: int) -> list[str]:
    """Ids of the conflicts the claim (or its syndicated copy) is a side of, or whose disputed figure it states."""
    claim = al.claims[index]
    return [
        f"c{k}"
        for k, c in enumerate(al.conflicts)
        if any(_same(al, s, claim) for s in c.sides) or c.disputed & claim.figure_keys()
    ]


def _cite(c: Claim) -> dict[str, Any]:
    return {"article": c.article, "start": c.start, "end": c.end}


def build_summary(
    al: Alignment,
    title_vectors: Any,
    options: SummaryOptions,
    *,
    voices: frozenset[str] = frozenset(),
    retracted: list[tuple[frozenset[float], frozenset[str]]] | None = None,
    corrected: frozenset[int] = frozenset(),
    deck: frozenset[int] = frozenset(),
    early: frozenset[str] = frozenset(),
    columns: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """``[{text, citations}]``: source sentences, each with at least its own citation. ``deck``: indices of the
    claims that are an article's deck (:func:`decks`), which score :attr:`SummaryOptions.penalty_deck` less. ``voices``: articles that
    are readers' letters (see :func:`readers_letters`), whose sentences are opinions, not what happened.
    ``retracted``: the figures an outlet's correction says were wrong (:func:`retracted_figures`): a sentence that
    states one of them about what the correction names is no summary sentence. ``corrected``: ids of the conflict
    sides a correction note gives as the figure now, which the summary may state though more outlets gave the
    figure it corrects. ``early``: articles published before the story's main day (:func:`earlier`). ``columns``:
    articles that read as columns (:func:`column_voice`), whose sentences score :attr:`SummaryOptions.column` less;
    those in the column's own voice (no speaker) are no candidates at all when an article that is no column or
    opinion is in the story (the reports tell it)."""
    import numpy as np

    scores = sentence_scores(
        al, title_vectors, options, told_by=sources_told(al), led_by=sources_told(al, leading=True), early=early
    )
    if options.result:
        for i, n in told_results(al).items():
            if n > 1 and np.isfinite(scores[i]):
                scores[i] += options.result
    if deck:
        scores[sorted(deck)] -= options.penalty_deck
    if columns:
        mine = [i for i, c in enumerate(al.claims) if c.article in columns]
        scores[mine] -= options.column
        if {c.article for c in al.claims} - columns - voices:
            # the column's own voice ("Holm's plan pales by comparison."): no candidate when reports tell the story
            scores[[i for i in mine if not any(al.claims[i].speakers)]] = -np.inf
    if voices:
        scores[[i for i, c in enumerate(al.claims) if c.article in voices]] = -np.inf
    # "Ruel, 34, ..." where a correction says "gave her age as 34. She is 36."
    wrong = {i for i, c in enumerate(al.claims) if any(_states_retracted(c, v, w) for v, w in retracted or [])}
    if wrong:
        scores[sorted(wrong)] = -np.inf
    _revision_in_place(al, scores)
    _latest_in_place(al, scores)
    chosen = choose_sentences(al, scores, options, corrected=corrected)
    # a sentence that tells the reader to do something or has no verb to tell anything is seen by its parse, made
    # for the chosen sentences only: those are dropped and the choice made again
    while misfits := [
        i
        for i in chosen
        if no_claim(al.claims[i].text, al.claims[i].names.values())
        or (not al.claims[i].speakers and advice(al.claims[i].text))
    ]:
        scores[misfits] = -np.inf
        wrong.update(misfits)
        chosen = choose_sentences(al, scores, options, corrected=corrected)
    if not chosen and al.claims:
        # No sentence passed the filters: take the most central one that fits the budget, if any (never a figure a
        # correction retracts, nor a sentence that states nothing).
        fits = [i for i, c in enumerate(al.claims) if c.words <= options.max_words and i not in wrong]
        chosen = [max(fits, key=lambda i: float(np.asarray(al.centrality)[i]))] if fits else []
    return [{"text": al.claims[i].text, "citations": citations(al, i), "conflicts": disputes(al, i)} for i in chosen]


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def no_claim(text: str, names: Iterable[str] = ()) -> str | None:
    """Why a sentence states nothing that happened, by its parse, or None. An imperative: its main verb in the base
    form with no subject and no modal ("Apply the urgent patch to protect your browser.", "Don't miss the final
    weekend.", "Women, start making your moves today!", the subject there a vocative set off by a comma): advice or a
    call to the reader. Or a fragment whose head is a number or a list marker ("1 when it ships Oct. 18.", the tail
    of "Windows 8. 1"; "1) The race to be the next president."). Or one whose subject is "he", "she" or "they" with
    no name before it (:func:`_unnamed_subject`), or whose first word is its main verb, in the past, with no subject
    ("Posted it on the site at 2:41 p.m., minutes after I filed."): alone, it does not say who. Not "Gomes did not respond to requests
    for comment." (a subject), nor "Stay indoors, officials urged." (the head is "urged"). ``names``: the names the
    sentence mentions, which the tagger may take for a verb ("Trump pushes back, ...")."""
    from ..align.parses import parsed

    doc = parsed(text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if root.pos_ in ("NUM", "X", "SYM"):
        return "a fragment: no verb heads it"
    if pronoun := _unnamed_subject(doc, root):
        return f"its subject {pronoun.text!r} stands for someone named in the sentence before"
    if (
        root.i == 0
        and root.tag_ in ("VBD", "VBN")
        and not any(k.dep_ in SUBJECTS or k.dep_ == "auxpass" for k in root.children)
    ):
        # "Posted it on the site at 2:41 p.m., minutes after I filed.": who did it is in the sentence before. Not
        # "Killed in the blast were three guards." (a passive turned round)
        return "a fragment: its verb has no subject"
    addressed = any(k.dep_ in SUBJECTS and _vocative(doc, k, root) for k in root.children)
    # the tagger reads the verb after an addressee as a present tense ("Voters, start ..."): a subject is not cut off
    # from its verb by a comma
    if root.tag_ not in (("VB", "VBP") if addressed else ("VB",)) or root.ent_type_:
        return None
    if root.i > 0 and not _vocative_before(doc, root):
        return None
    if root.lower_ in {w.lower() for name in names for w in name.split()}:
        return None  # "Trump pushes back": a name the tagger took for a verb
    kids = list(root.children)
    if any(k.dep_ in ("aux", "auxpass") and k.lemma_.lower() != "do" for k in kids):
        return None  # "to", "will", "must": not an order
    if any(k.dep_ in ("det", "poss", "amod", "nummod") for k in kids):
        return None  # "Next stop: the House": a noun the tagger took for a verb
    if any(k.dep_ in ("ccomp", "parataxis") and k.tag_ in ("VBD", "VBZ") and _subject(k) for k in kids):
        return None  # "Presumptive nominee Hillary Clinton blasted her rival": an adjective taken for a verb
    if any(k.dep_ in SUBJECTS and not _vocative(doc, k, root) for k in kids):
        return None
    return "an imperative: it tells the reader to do something"


ADVISING = frozenset({"should", "ought"})
ADVISING_WORD = re.compile(r"\b(?:should|ought)(?:n['’]?t)?\b", re.I)
GROUP_NOUNS = frozenset(
    [
        "government",
        "administration",
        "party",
        "leader",
        "lawmaker",
        "legislator",
        "official",
        "voter",
        "congress",
        "parliament",
        "senate",
        "council",
        "city",
        "state",
        "country",
        "nation",
        "governor",
        "mayor",
        "president",
        "minister",
        "premier",
        "chancellor",
        "senator",
        "candidate",
        "people",
        "everyone",
        "everybody",
        "citizen",
        "democrat",
        "republican",
        "liberal",
        "conservative",
        "authority",
        "regulator",
        "company",
        "leadership",
        "elite",
        "politician",
    ]
)
"""Subjects that act and so can be told what to do ("the government", "voters", "the governor"), besides names."""


def advice(text: str) -> str | None:
    """Why a sentence in the writer's own words is advice, or None: its main verb takes "should" or "ought to" (not
    "should have", not "should be", not an inverted "should X ...") with someone named or a group that acts as its
    subject ("As he readies a pullout, Governor Odo Rusk should look at what followed ...", "The party ought to let
    its candidates speak"): the writer's recommendation, not what happened. Not "X said the city should ..." (the
    main verb is the report), nor "The storm should reach the coast by Friday" (a forecast: nobody to advise), nor
    "Under the rules, candidates should file by Friday". "must" is left out: in news it states a rule or a need ("Under
    the law, candidates must file ...", "Trudeau must reach out to the smaller parties to govern"). The caller leaves
    out sentences that name a speaker ("..., according to the ministry")."""
    if not ADVISING_WORD.search(text):
        return None  # no parse for a sentence or a title without the words (parses are stored for claims only)
    from ..align.parses import parsed

    doc = parsed(text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    subject = next((k for k in root.children if k.dep_ == "nsubj"), None)
    if root.lower_ == "ought":  # "The council ought to publish ...": the verb is ought's complement
        modal, verb = root, next((k for k in root.children if k.dep_ == "xcomp"), None)
    else:
        modal = next((k for k in root.children if k.dep_ == "aux" and k.lower_ in ADVISING), None)
        verb = root
    if modal is None or verb is None or subject is None or modal.i < subject.i:
        return None  # "should Mr. Trump follow through, ...": a condition
    if verb.lemma_.lower() == "be" or any(
        k.dep_ == "auxpass" or (k.dep_ == "aux" and k.lemma_.lower() in ("have", "be")) for k in verb.children
    ):
        return None  # "should be enough", "should have won" (a judgement of the past), "should be kept apart"
    kids = list(root.children) + list(verb.children)
    if any(k.dep_ == "prep" and k.lower_ in ("under", "according") for k in kids) or text.rstrip().endswith("?"):
        return None  # "Under the rules, candidates should file by Friday": a rule; a question
    named = any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in subject.subtree)
    if not named and subject.lemma_.lower() not in GROUP_NOUNS and subject.lower_ not in GROUP_NOUNS:
        return None
    return f"advice: {subject.text!r} {modal.text} {verb.text} ..., in the writer's own words"


PERSONAL = frozenset({"he", "she", "they"})


def _unnamed_subject(doc: Any, root: Any) -> Any:
    """The main clause's subject when it is "he", "she" or "they" and no name comes before it ("While on the stand
    he told jurors that Timmons had asked him ...": "he" is the witness of the sentence before, not Timmons), else
    None. A sentence that opens with the pronoun is :data:`DANGLING`; one whose quotation comes first ('"...," he
    said.') names its speaker before it or leans on the sentence before too."""
    subject = next((k for k in root.children if k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in PERSONAL), None)
    if subject is None:
        return None
    if any(t.ent_type_ in WHO or (t.pos_ == "PROPN" and t.ent_type_ not in WHEN) for t in doc[: subject.i]):
        return None  # "After the hearing, Gomes said he ...", "In Harlow, they voted ...": someone it may stand for
    return subject


WHO = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
WHEN = frozenset({"DATE", "TIME"})


def _vocative_before(doc: Any, root: Any) -> bool:
    """Only a vocative ("Women,"), "please" or "do not" stands before the main verb."""
    for t in doc[: root.i]:
        if _softener(t):
            continue
        if t.head.i == root.i and t.dep_ in SUBJECTS and _vocative(doc, t, root):
            continue
        if t.head.dep_ in SUBJECTS and t.head.head.i == root.i and _vocative(doc, t.head, root):
            continue
        return False
    return True


def _vocative(doc: Any, subject: Any, root: Any) -> bool:
    """A short noun phrase that opens the sentence and is set off by a comma right before its verb (perhaps with
    "please" or "do not" between): who is addressed ("Women, start ...", "Residents, please stay ..."), not who
    acts."""
    sub = list(subject.subtree)
    comma = sub[-1].i + 1
    if sub[0].i != 0 or len(sub) > 3 or comma >= root.i or doc[comma].text != ",":
        return False
    return all(_softener(t) for t in doc[comma + 1 : root.i])


def _softener(t: Any) -> bool:
    """ "please", "not", "do" (of "do not"), or a comma: what may stand between an order's addressee and its verb."""
    return t.dep_ in ("intj", "neg", "punct") or (t.dep_ == "aux" and t.lemma_.lower() == "do")


def _subject(verb: Any) -> bool:
    return any(k.dep_ in SUBJECTS for k in verb.children)


NOTE_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def retracted_figures(articles: list[Article]) -> list[tuple[frozenset[float], frozenset[str]]]:
    """Per correction note of the articles (:func:`~storyline.align.claims.correction_notes`: "Correction: An earlier
    version of this story gave the mayor's age as 61. He is 63."): the figures of its first sentence that the rest
    of the note does not give again (61), with the content words of that sentence (mayor's, age) that say what
    the figure was of."""
    from ..align.claims import correction_notes

    out: list[tuple[frozenset[float], frozenset[str]]] = []
    for a in articles:
        for s, e in correction_notes(a):
            note = (a.original or "")[s:e]
            sentences = NOTE_SENTENCE.findall(note)
            if not sentences:
                continue
            first, rest = sentences[0], "".join(sentences[1:])
            values = {f.value for f in find_figures(first)} - {f.value for f in find_figures(rest)}
            words = _stems(first) - _stems(_NOTE_WORDS)
            if values and words:
                out.append((frozenset(values), frozenset(words)))
    return out


_NOTE_WORDS = (
    "correction clarification earlier previous original prior version this story article report post gave said stated"
    " misstated incorrectly wrongly reported"
)


def _states_retracted(c: Claim, values: frozenset[float], words: frozenset[str]) -> bool:
    """The sentence gives a retracted figure and shares a content word with what the correction says it was of."""
    return any(f.value in values for f in c.figures) and bool(words & _stems(c.text))


def _stems(text: str) -> set[str]:
    """Content words without a possessive's or a stop's trailing mark ("Borr's" -> "borr")."""
    return {x for w in _content(text) if (x := w.rstrip("'’.")) and not x.isdigit()}


def _revision_in_place(al: Alignment, scores: Any) -> None:
    """A sentence that gives a figure as revised ("27 miners were trapped ..., revising upward the 23 it first
    reported") scores at least as high as the best of the reports it revises: the summary states the revised figure
    where it would have stated the first one, though fewer outlets carry the revision."""
    import numpy as np

    from ..align.align import revised_position, revision_figures

    index = {id(c): k for k, c in enumerate(al.claims)}
    for c in al.conflicts:
        revised = {id(x) for x in revised_position(c)}
        if not revised:
            continue
        replaced = [index[id(x)] for x in c.sides if id(x) not in revised and id(x) in index]
        top = max((float(scores[k]) for k in replaced if np.isfinite(scores[k])), default=None)
        if top is None:
            continue
        for x in c.sides:
            k = index.get(id(x))
            if k is not None and id(x) in revised and revision_figures(x) and np.isfinite(scores[k]):
                scores[k] = max(float(scores[k]), top)


UPDATE_WORDS = re.compile(
    r"\b(?:now|so far|to date|as of|up from|down from|"
    r"(?:rose|risen|rises|grew|grown|grows|climbed|climbs|jumped|increased|swelled|fell|fallen|dropped|raised|"
    r"lowered|revised|put)\b(?:\s+[\w,’'-]+){0,8}?\s+to)\b",
    re.I,
)
"""Words that give a figure as it stands when the report is written, an update of what was known before ("1,800 people
were now under the order", "the number evacuated rose to 1,800", "raised its estimate of the spill to 15,000")."""
_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]{4,}")
_NOT_COUNTED = re.compile(
    r"(?:offic|accor|repor|about|least|nearl|almos|aroun|appro|estim|total|numbe|figur|sourc|spoke|after|befor|while|"
    r"where|there|their|these|those|which|would|could|shoul|since|until|today|yeste|tonig|night|morni|eveni|week|"
    r"month|monda|tuesd|wedne|thurs|frida|satur|sunda)"
)
"""Word beginnings of who reports a count, of its qualifier and of when, which say nothing of what is counted."""
MARGIN = re.compile(
    r"\b(?:lead|leads|leading|led|margin|ahead|edge|won|wins|beat|beats|defeated|trails?|trailed|trailing)\b", re.I
)
"""Words that give a count as a contest's margin ("leading Rusk by 1,040 votes", "Holm's lead ... at 311 votes", "won
by a final margin of 189 votes"): what is counted is the gap, whatever the noun of each report."""


def _count_words(c: Claim, f: Figure) -> set[str]:
    """The lower-case words around a figure (40 characters before it, 40 after), cut to five letters, but the noun it
    counts: what is counted ("evacuation" of "the evacuation of about 1,200 residents")."""
    s, e = f.start - c.start, f.end - c.start
    near = c.text[max(0, s - 40) : s] + " " + c.text[e : e + 40]
    unit = f.unit[:5]
    words = {w[:5] for w in _WORD.findall(near) if w[:5] != unit and w not in STOP and not _NOT_COUNTED.match(w)}
    return words | ({"<margin>"} if MARGIN.search(near) else set())


def superseded_counts(al: Alignment) -> dict[int, list[int]]:
    """Claim index -> the indices of the later reports that give its count otherwise: a sentence of an article
    published on a later day gives a count of the same noun with another value (not one its wording allows), in words
    of an update (:data:`UPDATE_WORDS`, near the figure) and with a word of what is counted in common ("forcing the
    evacuation of about 1,200 residents" on Wednesday, "1,800 people were now under the evacuation order" on
    Thursday). A count of a past moment that a later report gives otherwise without such words disputes it, and
    counts of other things ("12 people were injured") are not updated by it."""
    days = [published_day(c.published) for c in al.claims]
    counts = [
        [(f, _count_words(c, f)) for f in c.figures if f.unit and not f.weak and not f.spelled] for c in al.claims
    ]
    updates = [
        [
            (f, w)
            for f, w in counts[j]
            if UPDATE_WORDS.search(near := c.text[max(0, f.start - c.start - 60) : f.end - c.start + 40])
            or FINAL.search(near)
        ]
        for j, c in enumerate(al.claims)
    ]
    out: dict[int, list[int]] = {}
    for i, mine in enumerate(counts):
        day = days[i]
        if not mine or day is None:
            continue
        for j, theirs in enumerate(updates):
            later = days[j]
            if not theirs or later is None or later <= day:
                continue
            if any(f.unit == g.unit and _other_count(f, w, g, v) for f, w in mine for g, v in theirs):
                out.setdefault(i, []).append(j)
    return out


def _other_count(f: Figure, words: set[str], g: Figure, other: set[str]) -> bool:
    """Two figures of one unit count the same thing (a word in common) otherwise. Two margins (:data:`MARGIN`) are
    compared as gaps both, though only one is worded as a gap ("leading Rusk by 1,040 votes", "put Holm's lead at 311
    votes")."""
    if not words & other:
        return False
    if "<margin>" in words & other and f.measure != g.measure and "difference" in (f.measure, g.measure):
        g = replace(g, scope=f.scope)
    return not (f.agrees(g) or g.agrees(f))


def _latest_in_place(al: Alignment, scores: Any) -> None:
    """A sentence whose count a later report updates (:func:`superseded_counts`) is no summary sentence, and the latest
    reports that update it score at least as high as it did: the summary says how many there are now ("1,800 people
    were now under the evacuation order"), where it would have said how many there were on the first day."""
    import numpy as np

    later = superseded_counts(al)
    days = [published_day(c.published) for c in al.claims]
    for i in sorted(later, key=lambda k: days[k] or 0):
        if not np.isfinite(scores[i]):
            continue
        last = max(days[j] or 0 for j in later[i])
        for j in later[i]:
            if days[j] == last and np.isfinite(scores[j]):
                scores[j] = max(float(scores[j]), float(scores[i]))
        scores[i] = -np.inf


def follow_ups(articles: list[Article], units: list[str]) -> set[str]:
    """Ids of the articles published on a later day than the story's main day: the day most independent sources
    (``units``, one per article) published on, more than on any other day. None when fewer than two days are known or
    no day has more sources than every other (a campaign's reports a day apart, one each: no day is the story's, and
    the earliest title is no better a headline than the others); an article with no date is none."""
    days, main = _main_day(articles, units)
    return set() if main is None else {a for a, d in days.items() if d > main}


def earlier(articles: list[Article], units: list[str]) -> set[str]:
    """Ids of the articles published on an earlier day than the story's main day (see :func:`follow_ups`): previews
    written before the event most sources report."""
    days, main = _main_day(articles, units)
    return set() if main is None else {a for a, d in days.items() if d < main}


def _main_day(articles: list[Article], units: list[str]) -> tuple[dict[str, int], int | None]:
    """Per dated article its day, and the story's main day (:func:`follow_ups`) or None."""
    days = {a.id: d for a in articles if (d := published_day(a.published)) is not None}
    sources: dict[int, set[str]] = {}
    for a, unit in zip(articles, units, strict=True):
        if a.id in days:
            sources.setdefault(days[a.id], set()).add(unit)
    if len(sources) < 2:
        return days, None
    main = min(sources, key=lambda d: (-len(sources[d]), d))
    if sum(len(v) == len(sources[main]) for v in sources.values()) > 1:
        return days, None
    return days, main


def _disputed_figures(al: Alignment) -> set[float]:
    """The values on either side of a figure conflict."""
    return {f.value for c in al.conflicts if c.kind == "figure" for side in c.sides for f in side.figures}


def fact_coverage(al: Alignment) -> dict[str, float]:
    """Per article id, the share of the story's corroborated facts (two or more independent sources) it tells, each
    fact weighed by its sources beyond the first: what most sources report, told by this piece. Empty when no fact is
    corroborated."""
    weights = [(f, f.independent_sources - 1) for f in al.facts if f.independent_sources >= 2]
    total = sum(w for _, w in weights)
    out: dict[str, float] = {}
    for f, w in weights:
        for article in {c.article for c in f.claims}:
            out[article] = out.get(article, 0.0) + w / total
    return out


UNREAL_TITLE = re.compile(
    r"\?\W*$"
    r"|^(?:(?!\b(?:that|which|who|says?|said|announces?|predicts?|warns?|reportedly|rules?|finds?|signals?|"
    r"promises?|vows?|pledges?)\b)[^,;])*?\b(?:will|would|could|might|(?:is|are) going to|maybe|perhaps)\b"
    r"|^\W*(?:don['’]t|do not|why|how)\b",
    re.I,
)
"""A title that asks, forecasts or supposes ("Can the board stop Holm?", "Holm will rebound in Varos", "Charges could
have set a new standard", "Maybe Holm hasn't won"), tells the reader what to do ("Don't let them tell you ..."), or
explains ("How Holm could win"), outside quotation marks: no event that happened. A modal after "that", "which", "who"
or a verb of saying is not the title's own ("House passes bill that would ...", "Holm says troops could ..."), nor one
after a comma or semicolon (another clause). A refusal ("Court won't revive the law") is an event."""
REACTION_TITLE = re.compile(
    r"\b(?i:calls?|labels?|brands?|dubs?)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:an?\s+|the\s+)?[\"“‘']"
    r"|^(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*\s*:\s*[\"“‘']"
)
"""A title that is one person's judgement of another ("Rusk Calls Holm ‘A Disgrace’ Over Her Remarks") or
someone's words under their name ("Rusk: 'We are going to win'"): a reaction to the story, not its
event."""


REPORTED_TITLE = re.compile(
    r",\s*(?:[\w.'’-]+\s+){1,5}(?:says?|said|tells?|told|predicts?|reports?|claims?|insists?|warns?|vows?)\W*$", re.I
)
"""A title that ends on who says it ("Holm will back Rusk, eventually, former rival says"): the report of a statement,
as "Former rival says Holm will back Rusk" is."""


_COUNT_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|some)"
EXPLAINER_TITLE = re.compile(
    rf"^\W*(?:the\s+)?(?:{_COUNT_WORD}\s+(?:(?:big|biggest|key|main|top|early|quick)\s+)?"
    r"(?:takeaways|lessons|things|questions|reasons|moments|highlights)|(?:(?:big|biggest|key|main|top|early|quick)"
    r"\s+)?takeaways)\b"
    r"|\b(?:what\s+(?:we|you)\s+(?:learned|learnt|know|need\s+to\s+know|should\s+know)|what\s+to\s+(?:know|watch)|"
    r"things\s+to\s+(?:know|watch)|key\s+takeaways|explainer)\b|\bexplained\W*$",
    re.I,
)
"""A title of an explainer or a list ("6 Takeaways From The Nevada Debate", "Five things to know about the strike",
"What we learned from the hearing", "The tariff row, explained"): a piece about the story, which tells no event of
its own: a count and a list's word first, or "takeaways"; "explained" at its end (not "Holm explained her vote"). Not a title whose count is the event's ("Six miners
rescued"), nor a list's word without a count ("Moments after the blast, police arrived")."""


def tells_no_event(title: str) -> bool:
    """The title tells no event that happened: :data:`UNREAL_TITLE` outside quotation marks (not in a statement
    reported by :data:`REPORTED_TITLE`), :data:`REACTION_TITLE`, or an explainer's or list's title
    (:data:`EXPLAINER_TITLE`)."""
    unreal = UNREAL_TITLE.search(QUOTED.sub(" ", title)) and not REPORTED_TITLE.search(title)
    return bool(unreal or REACTION_TITLE.search(title) or EXPLAINER_TITLE.search(QUOTED.sub(" ", title)))


LIVE_TITLE = re.compile(
    r"^\W*(?:the latest|live(?:\s+(?:updates?|blog|coverage))?|updates?)\s*[:|\u2013\u2014-]\s", re.I
)
"""The title of a live blog or running page ("The Latest: ...", "Live updates: ...", "LIVE - ..."), rewritten at each
entry."""
LIVE_LABEL = re.compile(
    r"\s*(?:[:|\u2013\u2014]|\s-)\s*(?:the\s+)?(?:latest(?:\s+(?:updates?|news))?|live(?:\s+(?:updates?|blog|coverage))?"
    r"|(?:live\s+)?updates?|as\s+it\s+happened)\W*$",
    re.I,
)
"""The label of a running page after its title ("Veloria downs airliner: Latest updates", "... - live", "... | As it
happened"): the page's, not the story's; the headline drops it."""


def _unlabelled(title: str) -> str:
    """``title`` without a running page's trailing label (:data:`LIVE_LABEL`), unless nothing would be left, and
    without a dangling semicolon, comma or colon."""
    m = LIVE_LABEL.search(title)
    title = title[: m.start()].rstrip() if m and len(title[: m.start()].split()) >= 3 else title
    return title.rstrip(" ;,:")  # a headline cut from its deck ("Paris attacks test her strategy;"): no dangling mark


def choose_headline(
    articles: list[Article],
    title_vectors: Any,
    al: Alignment,
    options: SummaryOptions | None = None,
    *,
    voices: frozenset[str] = frozenset(),
    coverage: dict[str, float] | None = None,
) -> dict[str, Any] | None:
    """The title closest to what the story's articles say overall, short titles preferred, a follow-up published
    after the story's main day (:func:`follow_ups`) or a live blog's (:data:`LIVE_TITLE`) less, a page of readers' letters (``voices``) only if nothing
    else; cited. ``coverage`` (:func:`fact_coverage`): per article, the share of the corroborated facts it tells, which
    raises its title by :attr:`SummaryOptions.headline_coverage`.

    A title that is part of the article's text is cited by its span; one given as metadata only (e.g. a
    JSON record's ``title``) is cited with ``field: "title"`` and no offsets.
    """
    import numpy as np

    titled = [a for a in articles if a.title and not a.skip_reason]
    if not titled:
        return None
    if len(titled) == 1 or not len(al.vectors):
        best = titled[0]
    else:
        centroid = al.vectors.mean(axis=0)
        tt = title_vectors @ title_vectors.T
        disputed = _disputed_figures(al)
        group = [al.groups.get(a.id, a.id) for a in titled]
        later = follow_ups(titled, group)
        vals = []
        for k, a in enumerate(titled):
            # Similarity to the other sources' titles, each syndication group counted once.
            best_per_group: dict[str, float] = {}
            for j, g in enumerate(group):
                if g != group[k]:
                    best_per_group[g] = max(best_per_group.get(g, -1.0), float(tt[k, j]))
            others = sum(best_per_group.values()) / max(1, len(best_per_group))
            words = len(str(a.title).split())
            penalty = (options or SummaryOptions()).headline_length * max(0, words - 10)
            if disputed and disputed & {f.value for f in find_figures(str(a.title))}:
                penalty += 1.0  # a headline should not state as fact a figure the outlets disagree on
            if a.id in voices:
                penalty += 2.0  # a reader's letter's title is an opinion
            if advice(str(a.title)):
                penalty += 1.0  # "Rusk should heed Linn's error": the writer's advice, not what happened
            if a.id in later:
                penalty += (options or SummaryOptions()).headline_follow_up
            if LIVE_TITLE.match(str(a.title)) or _unlabelled(str(a.title)) != str(a.title):
                penalty += (options or SummaryOptions()).headline_live
            elif tells_no_event(str(a.title)):
                penalty += (options or SummaryOptions()).headline_no_event
            if charged_terms(str(a.title)):
                penalty += (options or SummaryOptions()).headline_loaded  # the outlet's loaded words
            told = (options or SummaryOptions()).headline_coverage * (coverage or {}).get(a.id, 0.0)
            vals.append(float(title_vectors[k] @ centroid) + float(others) + told - penalty)
        best = titled[int(np.argmax(vals))]
    if best.title_span:
        s, e = best.title_span
        text = _unlabelled(best.original[s:e].strip())
        s += best.original[s:e].index(text)
        return {"text": text, "citations": [{"article": best.id, "start": s, "end": s + len(text)}]}
    text = _unlabelled(str(best.title))
    return {"text": text, "citations": [{"article": best.id, "start": None, "end": None, "field": "title"}]}
