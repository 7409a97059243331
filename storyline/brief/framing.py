"""Framing per outlet: tone, charged terms, whose voices it carries, and its headline against the others.

Charged terms are found by a general mechanism, not a list of this story's words: words that the VADER
lexicon rates as intense (|valence| >= 2) or that belong to a short list of loaded news vocabulary,
widened to the phrase they head ("full-scale nuclear war"), accusations of wrongdoing in the outlet's own voice
("criminal negligence", "ignored warnings", not "charged with negligence"), plus words one outlet repeats that no other
outlet uses (over-represented terms). They are looked for in the outlet's own words: its headline and its
sentences, less what it reports a speaker said, unless the speaker is nobody in particular ("Critics say ...").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from ..align import Alignment
from ..align.claims import CORRECTION_NOTE, EDITORIAL_NOTE
from ..extract.lexicon import DEMONYMS, PARTY_WORDS, ROLE_KINDS, ROLE_NOUNS
from ..extract.marks import find_segments
from ..models import LOADED_WORDING, OWN_WORDS, Article, Entity, Quote, Span
from .quotes import document_source, speaker_name

LOADED = {
    "slam", "slams", "slammed", "blast", "blasts", "blasted", "radical", "extremist", "extremists", "regime",
    "thug", "thugs", "propaganda", "so-called", "imminent", "catastrophe", "catastrophic", "chaos", "chaotic",
    "scandal", "outrage", "outrageous", "draconian", "crackdown", "onslaught", "rampage", "massacre",
    "socialist", "far-left", "far-right", "hardline", "hardliners", "provocation", "provocative", "aggression",
    "bombshell", "meltdown", "panic", "lavish", "invasion", "full-scale", "slyness", "sly",
    "rhetoric", "confrontation", "confrontational", "blockade", "sham", "hoax", "witch", "unprecedented",
    "decrepit", "neglected", "shameful", "disgraceful", "reckless", "callous", "botched", "fiasco", "debacle",
    "crumbling", "gambles",
}  # fmt: skip
LOADED |= {
    # judging competence: "bungling officials", "a shambles", "an inept response"
    "bungling", "bungled", "bungle", "bungles", "blundering", "blunder", "blunders", "incompetent",
    "incompetence", "inept", "ineptitude", "shambles", "shambolic", "farce", "farcical", "laughable", "clueless",
    # judging honesty: "a cover-up", "a rigged count", "crooked dealings"
    "cover-up", "whitewash", "rigged", "crooked", "corrupt", "cronies", "cronyism", "stooge", "stooges",
    "puppet", "lackey", "lackeys", "shady", "sleazy", "sleaze", "dodgy",
    # calling a person a liar in the outlet's own voice: "a habitual liar", "his stream of untruths", "an onslaught of
    # falsehoods" (a report says what was false: "the claim was false", "lied to investigators, prosecutors say")
    "liar", "liars", "falsehoods", "untruths", "fibs", "deceitful", "mendacious", "mendacity", "charlatan",
    "charlatans", "con-man", "conman",
    # judging conduct: "a disgrace", "an appalling decision", "a vile attack"
    "disgrace", "disgraced", "appalling", "vile", "despicable", "deplorable", "contemptible", "scandalous",
    "negligent", "cut-price",
    "heinous", "monstrous", "grotesque", "pathetic", "ludicrous", "absurd", "idiotic", "arrogant",
    # alarm: "a spiralling crisis", "a bloodbath"
    "bloodbath", "carnage", "mayhem",
    # a disaster told in the words of hell or the end of the world: "the inferno" for the fire (VADER has no
    # "inferno", and rates "hell" for the swear word)
    "inferno", "infernos", "hellish", "hellscape", "apocalyptic",
    # judging motives: "greedy corporate raiders", "a predatory offer", "the vultures circling", "asset-stripping"
    "greedy", "greed", "predatory", "vulture", "vultures", "raiders", "asset-stripping",
    "asset-strippers", "plunder", "plundering", "profiteers", "profiteering", "fat-cat", "parasites", "leeches",
    "price-gouging", "gouging",
    # labelling people as criminals by their trade, where a report names the act: "digital extortionists",
    # "crooks", "racketeers" ("extortion", "an extortion attempt" stay plain)
    "extortionists", "extortionist", "crooks", "racketeers", "gangsters", "hoodlums", "marauders", "hijackers-for-hire",
    # sensational intensity, the size or shock of a thing told as an outrage: "a staggering sum", "a shocking loss",
    # "an eye-watering bill", "a damning report" (VADER rates "shocking" -1.7 and "damning" -1.4, below INTENSE)
    *(SENSATION := {
        "shocking", "staggering", "stunning", "astonishing", "astounding", "jaw-dropping", "eye-watering", "whopping",
        "mind-boggling", "damning", "sensational", "explosive", "sordid", "murky", "shameless",
    }),
    # judging evasion: "tried to wriggle out of it", "weaselling", "squirming"
    "wriggle", "wriggled", "wriggling", "weasel", "weaselling", "weaseling", "squirm", "squirmed", "squirming",
    # praise, the loaded wording of a sympathetic outlet: "the respected economist", "a principled stand", "her
    # courage" (VADER rates "respected" 2.1, "courage" 2.2, and has no "principled" nor "tireless")
    "respected", "principled", "courage", "courageous", "distinguished", "esteemed", "revered", "admired",
    "heroic", "selfless", "tireless", "visionary", "steadfast", "honourable", "honorable", "impeccable", "exemplary",
    "unblemished", "dignified", "unflinching", "fearless",
    # judging a government's motives: "a cynical game"
    "cynical", "cynically",
    # a prosecution or a verdict told as persecution, the loaded wording of an opinion column that takes the
    # convicted's side: "the scapegoat for a rotten system", "hounded by prosecutors", "a lynching in the press",
    # "less like justice than like revenge" (VADER rates "scapegoat" -1.7, "revenge" -2.4, "rotten" -2.3, below
    # INTENSE, and has no "hounded" nor "lynching"; "a revenge attack", "rotten beams" are :data:`TERMINOLOGY`)
    *(HUNTED := {"hounded", "hounding", "scapegoated", "scapegoating"}),
    "scapegoat", "scapegoats", "lynching", "lynchings", "vendetta", "vendettas", "revenge", "vengeance", "rotten",
    # judging how power is used: "an authoritarian law", "a despotic regime" (VADER has none of them but
    # "totalitarian", rated -2.1, below INTENSE)
    *(PRENOMINAL := {
        "authoritarian", "autocratic", "dictatorial", "tyrannical", "totalitarian", "despotic",
        # praise of a reform or a deal as epoch-making: "the government's historic reform" (not "the historic
        # district", :data:`TERMINOLOGY`)
        "historic",
    }),
    # judging a campaign's or a speaker's style as ugly or dangerous, the words of an opinion or an analysis where a
    # report says what was proposed or said: "the jingoistic bid", "a pernicious twist", "his blustery populism",
    # "fascist demagoguery", "juvenile insults" (VADER has none of them)
    "jingoistic", "jingoism", "xenophobic", "xenophobia", "demagoguery", "demagogic", "demagogue", "demagogues",
    "bigotry", "bigoted", "vitriol", "vitriolic", "caustic", "divisive", "belligerent", "bellicose", "pernicious",
    "insidious", "blustery", "bluster", "blustering", "swaggering", "swagger", "juvenile", "childish", "puerile",
    "petulant", "withering", "venomous", "hateful", "fearmongering", "fear-mongering", "race-baiting",
    # a defeat told as a humiliation, a win as a beating: "a humiliating loss", "a blowout loss", "after trouncing her"
    # (where a report says "lost by 22 points")
    "humiliating", "humbling", "embarrassing", "trouncing", "trounced", "trounce", "thumping", "drubbing",
    "shellacking", "blowout", "walloped", "clobbered", "thrashing", "routed",
    # a trade or a foreign policy judged by one side's label for it: "its protectionist tariff", "Tarnland's
    # brinkmanship" (where a report says "the 25% tariff", "the threat"; VADER has neither)
    "protectionist", "brinkmanship",
}  # fmt: skip
"""Pejoratives that VADER's lexicon lacks ("bungling", "shambles", "cover-up" are not in it, nor rated intense), and
the words of praise and sensation it rates below :data:`INTENSE` ("respected", "shocking"): words that judge the
people or the thing they name rather than report what happened. Neither VADER nor AFINN nor
TextBlob's subjectivity lexicon lists these, so they are kept here by kind (competence, honesty, conduct, alarm, motives),
never a story's own words; a word a plain report needs ("stolen car", "fraud charges") is not one of them."""
HYPE = {
    "breakthrough", "breakthroughs", "miracle", "miracles", "miraculous", "cure", "cures", "game-changer",
    "game-changers", "game-changing", "revolutionary", "transformative", "lifesaver", "life-saver", "life-saving",
    "lifesaving", "groundbreaking", "ground-breaking", "marvel",
    # a market's move told as a flight: "shares rocketed 23 percent" (where a report says "rose")
    "rocketed", "rocketing", "skyrocketed", "skyrocketing", "sky-rocketed",
}  # fmt: skip
"""The hype of science and health reporting: the superlatives Abola and Prasad counted in news of cancer drugs
("breakthrough", "game changer", "miracle", "cure", "revolutionary", "transformative", "life saver",
"groundbreaking", "marvel"; JAMA Oncology 2016), and a price's rise told as a rocket's. Charged as a loaded word is,
unless the outlet denies it (:data:`HYPE_DENIED`: "no breakthrough in the talks", "there is no cure")."""
HYPE_PHRASES = re.compile(
    r"\b(?:wonder|miracle)[\s-](?:drugs?|pills?|cures?|treatments?|therap(?:y|ies)|jabs?|vaccines?)\b"
    r"|\bmagic\s+bullets?\b|\bholy\s+grail\b|\bgame\s+changers?\b",
    re.I,
)
"""Hype in two plain words: "a wonder drug", "a magic bullet", "the holy grail", "a game changer"."""
HYPE_DENIED = re.compile(
    r"\b(?:no|not|nor|never|without|hardly|far\s+from|isn['’]t|wasn['’]t|aren['’]t|won['’]t|(?:search|hunt|quest|hope|"
    r"hopes|hoping|looking|seeking)\s+for|find|finding|found|how\s+to|none\s+of)\s+(?:(?:a|an|the|any|known|real|"
    r"single|such|quick|certainly|yet|one|major|big|those|these|its|their)\s+){0,3}$",
    re.I,
)
"""Before a hype word, words that deny it or say it is still sought: "no breakthrough", "it is certainly no cure",
"not the miracle", "the search for a cure", "without a breakthrough", "none of those breakthroughs", "how to cure
it" (the verb of a method sought): not the outlet's hype."""
LABELS = {
    "spy", "spies", "traitor", "traitors", "patriot", "patriots", "martyr", "martyrs", "pawn", "pawns",
    "mercenary", "mercenaries", "turncoat", "turncoats",
}  # fmt: skip
"""Nouns that put a person on a side, where a report would name what the person did or was convicted of: "the
convicted spy Tomas Brell", "the patriot Ivo Marr", "a pawn in their game". Charged in the outlet's own voice, not
when the label is reported ("accused of being a spy", "denied being a spy", "branded a traitor") nor in a compound
that names a thing ("a spy satellite", "the spy agency", "a pawn shop") (:func:`_label_reported`)."""
LABEL_REPORTED = re.compile(
    r"\b(?:accus\w*|alleg\w*|suspect\w*|charg\w*|den(?:y|ied|ies|ying)|claim\w*|brand\w*|label+\w*|call\w*|dubb\w*|"
    r"tried|prosecut\w*|indict\w*|of\s+being|being|so-called|no|not|never)\s+(?:(?:a|an|the|as|being)\s+)?$"
    r"|\b(?:accus\w*|alleg\w*|charg\w*|brand\w*|label+\w*|dubb\w*|describ\w*|portray\w*|depict\w*|paint\w*|"
    r"denounc\w*|smear\w*|vilif\w*|cast|tried|prosecut\w*|convicted|jailed|sentenced|arrested|detained|held|"
    r"exposed|unmasked|identified)\s+(?:\w+\s+){0,3}?as\s+(?:(?:a|an|the)\s+)?$",
    re.I,
)
"""Before a label (:data:`LABELS`), words that report or deny it: "accused of being a spy", "branded a traitor",
"denounced them as traitors", "convicted as a spy", "not a traitor". A bare "as" is not one: "they will be remembered
as traitors" is the outlet's own label."""
SIDES = re.compile(
    r"\b(?:hostage|chequebook|checkbook|gunboat|megaphone)\s+diplomacy\b|\b(?:humanitarian|goodwill)\s+gestures?\b"
    r"|\bbargaining\s+chips?\b|\bshow\s+trials?\b|\bkangaroo\s+courts?\b|\bpolitically[\s-]motivated\b"
    r"|\bpolitical\s+(?:punishment|persecution|revenge|vendetta|witch[\s-]?hunt)s?\b"
    r"|(?:(?<=\bwas\s)|(?<=\bis\s)|(?<=\bwere\s)|(?<=\bare\s)|(?<=\bbeen\s)|(?<=\bbeing\s))"
    r"(?:(?:a|an|the|mere|just|only|simply)\s+){0,2}(?P<label>hostages?)\b(?!\s+(?:of|for|in|since|until|to)\b)",
    re.I,
)
"""How a government's act or a trial is framed: taking prisoners to trade ("hostage diplomacy", "she was a
hostage", "a bargaining chip"), a release as a favour ("a humanitarian gesture", "a goodwill gesture"), a trial as
theatre ("a show trial", "a kangaroo court", "politically motivated"), a sentence as persecution ("a political
punishment"). A hostage-taking is reported in other words
("gunmen held 30 people hostage", "were taken hostage": :data:`CAPTIVE`); charged unless denied
(:data:`SIDES_DENIED`: "was not a prisoner released in a humanitarian gesture")."""
JUDGED = {"fabricated", "trumped-up", "bogus", "spurious", "concocted"}
"""Words that judge a charge, a case or evidence false in the outlet's voice ("jailed on fabricated charges", "a
trumped-up case"); charged unless reported or denied as :data:`SIDES` are ("accusing his campaign of fabricated
attacks", "denied the charges were bogus")."""
SIDES_DENIED = re.compile(
    r"\b(?:not|no|never|nor|hardly|far\s+from|call\w*|described|describing|describes|brand\w*|term\w*|dismiss\w*|"
    r"den(?:y|ied|ies|ying)|reject\w*|claim\w*|accus\w*|alleg\w*|insist\w*|said|says|saying|admit\w*|"
    r"argu\w*|suggest\w*)\b[^.;:!?]{0,80}$",
    re.I,
)
"""Before a framing of :data:`SIDES`, words that deny it or report it as someone's ("called the trial politically
motivated", "denied any hostage diplomacy")."""


ACCUSATIONS = {
    "negligence", "negligent", "cover-up", "cover-ups", "coverup", "whitewash", "whitewashed", "whitewashing",
    "malfeasance", "dereliction", "misconduct", "corrupt", "rigged", "stitch-up",
    # a government's pressure told as a crime: "Ostmark blackmail sinks the talks" (not "charged with blackmail")
    "blackmail",
}  # fmt: skip
"""Accusations of wrongdoing: "that is criminal negligence", "a cover-up", "a whitewash", "gross misconduct".
In the outlet's own voice they are charged (with the words that qualify them: "criminal negligence"); reported as a
charge, a claim or a denial ("charged with criminal negligence", "denied a cover-up", "a negligence lawsuit") they
are the report of one (:data:`REPORTED_ACCUSATION`). Neither VADER nor AFINN rates "negligence" or "whitewash"."""
NEGLECT = re.compile(
    r"\b(?:ignor(?:ed|ing|es?)|disregard(?:ed|ing|s)?|brush(?:ed|ing|es)\s+aside|shrug(?:ged|ging|s)\s+off)"
    r"\s+(?:(?:the|its|their|his|her|repeated|years\s+of|many|all|several|clear|early)\s+){0,2}"
    r"(?:warnings?|advice|pleas?|red\s+flags|alarms?|concerns)\b",
    re.I,
)
"""An accusation of neglect made by an act: "ignored warnings for years", "brushed aside repeated pleas". The words are
plain one by one ("ignored" -1.3, "warnings" -1.2 in VADER), the phrase accuses; it is charged as an accusation is."""
CAPTIVE = re.compile(
    r"\b(?:held|hold(?:s|ing)?|kept|keep(?:s|ing)?|taken)\s+(?:[\w'’-]+\s+){0,4}?(?:hostage|to\s+ransom)\b", re.I
)
"""Captivity said of what cannot be a captive ("hospitals held hostage by digital extortionists", "holding the city to
ransom"): a metaphor of crime that dramatises, charged as a loaded word is. Said of people it is the report of a
hostage-taking (see :data:`CAPTIVES`)."""
CAPTIVES = re.compile(
    r"\b(?:\d+|people|persons?|workers?|employees|staff|passengers?|civilians?|tourists?|children|child|men|man|women|"
    r"woman|journalists?|reporters?|crew|sailors?|soldiers?|residents?|citizens?|nationals?|students?|pupils?|"
    r"hostages|captives?|families|family|girls?|boys?|he|she|they|him|her|them|we|us|I|me)\b",
    re.I,
)
"""People named in a "held hostage" or in its sentence just before it: the words report a hostage-taking ("gunmen held
30 people hostage", "two aid workers were held hostage for a year"), not a metaphor."""
REPORTED_ACCUSATION = (
    re.compile(
        r"(?:\b(?:charged?|charges?|charging|accus\w*|alleg\w*|convicted|convictions?|guilty|acquitted|acquittal|"
        r"cleared|sued|suing|sues|lawsuits?|claims?|claimed|claiming|den(?:y|ied|ies|ying)|denials?|rejected|"
        r"suspected|tried|prosecut\w*|indict\w*|verdict|found|finds?|ruled|liable|liability|sacked|dismissed|"
        r"fired|disciplin\w*|suspended|no)"
        r"|\b(?:evidence|investigat\w*|inquir(?:y|ies)|probes?|probing|suspicion|trials?)\s+(?:into|of|over|for)"
        r")\b[^.;:!?]{0,30}$",
        re.I,
    ),
    re.compile(
        r"\s+(?:claims?|lawsuits?|suits?|cases?|charges?|trials?|allegations?|inquir(?:y|ies)|investigations?|hearings?)\b",
        re.I,
    ),
)
"""Words before (``[0]``) or after (``[1]``) an accusation that make it a report of one: a charge, a trial, a claim, a
denial, a finding ("charged with criminal negligence", "denied any cover-up", "found no evidence of misconduct", "a
medical negligence claim")."""
FACTUAL = {
    "hurt", "injured", "injury", "injuries", "killed", "kill", "kills", "dead", "death", "deaths", "died", "die",
    "fire", "fires", "crash", "win", "won", "winning", "wins", "loss", "lost", "accident", "emergency",
    "best", "great", "greater", "greatest", "winner", "winners", "award", "awards", "awarded", "success",
    "victory", "victories", "champion", "champions", "championship", "prize", "super", "supreme",
    "ban", "bans", "banned", "banning", "positive", "negative", "crime", "crimes", "fraud", "cancer", "fatally",
    "prisoner", "prisoners", "felony", "felonies", "poisoning", "assault", "killing", "killings",
    "murder", "murders", "murdered", "disease", "diseases", "fired", "firing", "optimism",
    # that something did not work: "the spillway failed", "talks fail", "the failure of the gate", "bank failures"
    "fail", "fails", "failed", "failing", "failure", "failures",
    # the act and who did it, as a report names them: "the attackers stole records", "denies stealing data"
    "attacker", "attackers", "steal", "steals", "stealing",
    # the body and its conditions, as health news names them: VADER rates "heart" 3.2 for its sense of love, but
    # news means the organ or the centre ("a heart drug", "smaller hearts", "the heart of the city"); "suffer from
    # heart failure", "a fatal stroke" (as "fatally"), "depression", "suicidal thoughts" name a patient's state
    "heart", "hearts", "suffer", "fatal", "depression", "suicidal", "suicide",
    # what a fire, a storm or a blast did: "fire destroys 61 homes", "the destruction of the bridge"
    "destroy", "destroys", "destroyed", "destroying", "destruction",
    # that something worked, as "success": "if the attack code is successful", "successfully launched"
    "successful", "successfully", "unsuccessful", "unsuccessfully",
    # the act, as "murder" and "murdered": "a man murdering his neighbour"
    "murdering",
    # the law's word for an act or a status, as "crime": "illegal immigration", "did nothing illegal" (the audit of
    # three PolNeAR stories found every "illegal" a report's or a debate's word, not an outlet's)
    "illegal",
    # a feeling named as a report names it: "split between dissatisfaction and anger", "the anger of the voters"
    # (the outlet's choice of a stronger word, "fury", "rage", "hatred", stays charged)
    "anger",
}  # fmt: skip
PLAIN_NOUNS = {"terrorism", "terrorist", "war", "wars", "rape"}
"""The names of a kind of violence, as a report names it ("the threat of terrorism", "a terrorist attack", "the
civil war", "a declaration of war", "cases of rape"): charged only in the phrase of a word charged by itself, which
judges it ("a full-scale nuclear war", "a xenophobic bidding war")."""
WAR_ON = re.compile(r"\s+(?:on|against)\b", re.I)
"""After "war", what a war is waged on: the outlet's metaphor for a campaign ("the administration's war on cities",
"its war against the bureau"), as charged as before (the names "war on drugs", "war on terror" too)."""
"""Words VADER rates as intense that news uses to report plain facts ("nobody was hurt", "the best-selling
album", "won an award", "tested positive", "the travel ban", "charged with fraud", "the gate failed", "the attackers",
"denied stealing data", "a heart drug", "patients who suffer heart failure", "the worst storm since 1987", "if the
code is successful"): not charged. (A record's "worst" is :data:`TERMINOLOGY`.)
What the outlet makes of a failure is: "criminal negligence", "a cover-up" (:data:`ACCUSATIONS`)."""
STOP = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "is", "was",
    "are", "were", "be", "been", "that", "this", "it", "its", "he", "she", "they", "his", "her", "their", "we",
    "our", "not", "but", "which", "who", "has", "have", "had", "will", "would", "said", "says", "also", "after",
    "more", "than", "about", "into", "over", "there", "can", "could", "should", "may", "one", "two",
}  # fmt: skip
TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z\-]|'(?=[A-Za-z]))*")
"""A word: "don't" and "so-called" whole; not the quotation mark that closes "'Miracle'"."""


DECEIT_VALENCE = {
    "untruth": -1.8, "untruths": -1.8, "falsehood": -1.8, "falsehoods": -1.8, "fib": -1.2, "fibs": -1.2,
    "fibbed": -1.4, "false": -1.5, "falsely": -1.5, "twisted": -1.5, "warped": -1.5, "smears": -1.5,
    "smeared": -1.5, "mendacious": -2.0, "mendacity": -2.0, "dishonesty": -2.2, "hypocrite": -2.0,
    "hypocrites": -2.0, "hypocrisy": -1.8, "hypocritical": -2.0, "slander": -2.0, "slanderous": -2.2,
}  # fmt: skip
"""Words of deceit and distortion VADER's lexicon lacks, though it rates their kin ("lies" -1.8, "liar" -2.3,
"distorted" -1.7, "smear" -1.5, "dishonest" -2.7): rated like them, so that a piece that calls someone's claims
"falsehoods" or his picture of the world "twisted" reads negative, not neutral or positive. Each below
:data:`INTENSE`: the words that judge are charged by :data:`LOADED` and :data:`DECEIT`, not by their rating ("false
positive", "twisted metal" are plain words of a report, a little negative in tone as they are)."""


@lru_cache(maxsize=1)
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()
    sia.lexicon.update({w: v for w, v in DECEIT_VALENCE.items() if w not in sia.lexicon})
    return sia


def tone(sentences: list[str]) -> dict[str, float]:
    """Mean VADER scores over the article's sentences (compound in -1..1)."""
    if not sentences:
        return {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 1.0}
    sia = _vader()
    rows = [sia.polarity_scores(s) for s in sentences]
    return {k: round(sum(r[k] for r in rows) / len(rows), 3) for k in ("compound", "pos", "neg", "neu")}


OWN_MIN_WORDS = 3
"""Words a sentence keeps, its quotations blanked, to count for the outlet's own tone: "his wife said outside the
court." does; a bare '"...," she said.' does not."""


def tone_of(sentences: list[str], reported: Sequence[str] = ()) -> tuple[dict[str, float], dict[str, float] | None]:
    """The outlet's own tone and its quotes' tone: :func:`tone` over the sentences with every passage in quotation
    marks blanked (a sentence left with fewer than :data:`OWN_MIN_WORDS` words is no sentence of its own), and over
    those passages and the ``reported`` words (its direct quotes', in quotation marks or not: an interview's
    answers); the quotes' tone is None when there are none."""
    own: list[str] = []
    quoted: list[str] = list(reported)
    for text in sentences:
        quoted += [m.group(0) for m in QUOTED.finditer(text)]
        rest = QUOTED.sub(lambda m: " " * len(m.group(0)), text)
        if len(TOKEN.findall(rest)) >= OWN_MIN_WORDS:
            own.append(rest)
    quoted = [q for q in quoted if TOKEN.search(q)]
    return tone(own), (tone(quoted) if quoted else None)


def charged_terms(text: str, *, limit: int = 10) -> list[dict[str, Any]]:
    """Loaded or intense phrases in ``text``, with their count."""
    return charged_in([(text, None)], limit=limit)


def charged_in(
    pieces: list[tuple[str, int | None]], *, limit: int = 10, article: str = "", names: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """Loaded or intense phrases in the ``(text, offset)`` pieces of one article (its sentences), with their
    count; a piece with an offset also gives where each phrase is: ``spans`` of ``{article, start, end}``.
    ``names``: the words of the story's names ("Rob", "Peace" of Denise Peace), which capitalised are a name even
    where a sentence opens with them ("Peace said ...")."""
    found: Counter[str] = Counter()
    where: dict[str, list[dict[str, Any]]] = {}
    for text, base in pieces:
        for term, start, end in _charged(text, names):
            found[term] += 1
            if base is not None:
                where.setdefault(term, []).append({"article": article, "start": base + start, "end": base + end})
    return [
        {"term": t, "count": c, "why": LOADED_WORDING, "spans": where.get(t, [])} for t, c in found.most_common(limit)
    ]


def _charged(text: str, names: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """``(phrase, start, end)`` of every loaded or intense phrase in ``text``, in order; ``names`` as for
    :func:`charged_in`."""
    lexicon = _vader().lexicon
    raw, text = text, _blank_quoted(text)  # a speaker's words are not the outlet's
    tokens = [(m.group(0), m.start()) for m in TOKEN.finditer(text)]
    words = [t for t, _ in tokens if t.lower() not in STOP and len(t) > 1]  # not the "s" of "It’s"
    # a headline in Title Case or capitals ("DEADLY SANDWICH SCANDAL"): capitals are its style, not names
    styled = len(words) >= 3 and sum(w[0].isupper() for w in words) >= STYLED_SHARE * len(words)
    spans: list[tuple[int, int]] = []
    for k, (tok, at) in enumerate(tokens):
        low = tok.lower()
        if low in STOP or low in FACTUAL:
            continue
        if _plain_sense(text, low, at, at + len(tok)) or _section_label(text, tok, at):
            continue  # "blasted out an email", "delegates still outstanding", a heading "OUTSTANDING."
        if (
            low in PLAIN_NOUNS
            and not WAR_ON.match(text, at + len(tok))
            and not any(
                _charged_word(lexicon, t.lower()) and t.lower() not in PLAIN_NOUNS
                for t, _ in tokens[_phrase_start(tokens, k, text) : k]
            )
        ):
            continue  # "the threat of terrorism", "the civil war": the thing's name, no word judging it
        if low in ACCUSATIONS:
            if _reported_accusation(text, at, at + len(tok)) or _called(text, at):
                continue  # "charged with criminal negligence", "denied a cover-up", "what officials called
                # blackmail": the report of an accusation
        elif low in HYPE:
            if HYPE_DENIED.search(text, max(0, at - 40), at):
                continue  # "there is no cure", "no breakthrough in the talks": hype denied, not made
        elif low in JUDGED:
            if SIDES_DENIED.search(text, max(0, at - 80), at):
                continue  # "accusing his campaign of fabricated attacks": the report of a charge
        elif low in LABELS:
            if _label_reported(text, tokens, k):
                continue  # "accused of being a spy", "a spy satellite": a reported label, or a thing's name
        elif low not in LOADED and (not (_intense(lexicon, low) or _tinged(lexicon, low)) or _negated(tokens, k)):
            continue  # mild, or a rating denied: "the product of negligence, not bad luck", "not a bad result"
        elif _called(text, at):
            continue  # "called the bill authoritarian": the speaker's judgement, reported
        if _thought(text, at):
            continue  # "he expressed concern that X was encouraging violence": someone's view, worded by the outlet
        if REPORTED_CHARGE.search(text, max(0, at - 40), at):
            continue  # "accused of murdering", "charged with brutally assaulting": the charge, reported
        if (low in SENSATION or low not in LOADED) and _verb_of_motion(tokens, k):
            continue  # "a bullet in her arm before staggering into a doorway": what she did, not a "staggering sum"
        if tok[:1].isupper() and tok in names:
            continue  # "Rob Tenner said", "Peace said": a name of the story opening a sentence
        shouted = (
            tok.isupper()
            and len(tok) > 3
            and any(  # "DEADLY SANDWICH SCANDAL": capitals, not acronyms
                0 <= x < len(tokens) and tokens[x][0].isupper() and len(tokens[x][0]) > 3 for x in (k - 1, k + 1)
            )
        )
        if not (styled or shouted) and _in_name(text, tok, at):
            continue  # "Supreme Court", "Super Tuesday", "super PAC": a name, not the outlet's wording
        if _terminology(text, low, at, at + len(tok)):
            continue  # "contempt of Congress", "disaster relief", "the financial crisis": the name of a thing
        # a verb of hype stands alone: "rocketed", not its subject before it ("company rocketed"); so does an
        # adjective that qualifies what follows it ("historic", "authoritarian": not "investors parse historic"), and
        # a verb of persecution ("hounded", not "man hounded")
        alone = (low in HYPE and low.endswith(("ed", "ing"))) or low in PRENOMINAL or low in HUNTED
        start = k if alone or _adverb(low) else _phrase_start(tokens, k, text)
        # an adverb's phrase is the word it qualifies: "brutally attacking", not "strategy of brutally"
        end = _modified(tokens, k, text) if _adverb(low) else k
        if low.endswith(ADJECTIVE_ENDS) and low not in IC_NOUNS:
            while start < k and not _degree(tokens[start][0].lower()):
                start += (
                    1  # an adjective's phrase is its degree words: "particularly pernicious", not "lobbing juvenile"
                )
        while spans and spans[-1][1] >= start:  # overlapping phrases make one: "full-scale nuclear war"
            start = min(start, spans.pop()[0])
        spans.append((start, end))
    found = [
        (" ".join(t for t, _ in tokens[a : b + 1]).lower(), tokens[a][1], tokens[b][1] + len(tokens[b][0]))
        for a, b in spans
    ]
    for m in NEGLECT.finditer(text):  # "ignored warnings": an accusation by an act, each word plain
        if not _reported_accusation(text, m.start(), m.end()) and not any(
            s < m.end() and m.start() < e for _, s, e in found
        ):
            found.append((" ".join(m.group(0).split()).lower(), m.start(), m.end()))
    for m in HYPE_PHRASES.finditer(text):  # "a wonder drug", "a magic bullet": hype in plain words
        if HYPE_DENIED.search(text, max(0, m.start() - 40), m.start()):
            continue
        found = [f for f in found if not (f[1] >= m.start() and f[2] <= m.end())]
        if not any(s < m.end() and m.start() < e for _, s, e in found):
            found.append((" ".join(m.group(0).split()).lower(), m.start(), m.end()))
    for m in SIDES.finditer(text):  # "hostage diplomacy", "a humanitarian gesture": the act framed
        if SIDES_DENIED.search(text, max(0, m.start() - 80), m.start()):
            continue
        a, b = m.span("label") if m.group("label") else m.span()
        found = [f for f in found if not (f[1] >= a and f[2] <= b)]
        if not any(s < b and a < e for _, s, e in found):
            found.append((" ".join(text[a:b].split()).lower(), a, b))
    for m in IDIOMS.finditer(text):  # "a black hole", "wriggle out of": plain words that judge together
        found = [f for f in found if not (f[1] >= m.start() and f[2] <= m.end())]
        if not any(s < m.end() and m.start() < e for _, s, e in found):
            found.append((" ".join(m.group(0).split()).lower(), m.start(), m.end()))
    for m in DELEGITIMISED.finditer(text):  # "sore loser Vuletic", "a coup by lawsuit": the rival or the vote judged
        if _clause_reported(text, m.start()) or REPORTED_ACCUSATION[1].match(text, m.end()):
            continue  # "said Vuletic was a sore loser", "stolen election claims": reported
        found = [f for f in found if not (f[1] >= m.start() and f[2] <= m.end())]
        if not any(s < m.end() and m.start() < e for _, s, e in found):
            found.append((" ".join(m.group(0).split()).lower(), m.start(), m.end()))
    for m in DECEIT.finditer(text):  # "his twisted picture of the world", "littered with false claims"
        if _called(text, m.start()) or SIDES_DENIED.search(text, max(0, m.start() - 80), m.start()):
            continue  # "called his account twisted", "denied his answers were riddled with lies": reported
        found = [f for f in found if not (f[1] >= m.start() and f[2] <= m.end())]
        if not any(s < m.end() and m.start() < e for _, s, e in found):
            found.append((" ".join(m.group(0).split()).lower(), m.start(), m.end()))
    for m in CAPTIVE.finditer(text):  # "hospitals held hostage": a metaphor, unless people are the captives
        lo = max(0, m.start() - 60)
        lo += max((b.end() for b in re.finditer(r"[.;!?]\s", text[lo : m.start()])), default=0)
        if not CAPTIVES.search(text, lo, m.end() - len(m.group(0).split()[-1])) and not any(
            s < m.end() and m.start() < e for _, s, e in found
        ):
            found.append((" ".join(m.group(0).split()).lower(), m.start(), m.end()))
    # "his supposed “lies”": the sneer of a word of doubt is the outlet's, even in a paraphrase; "liberal reporters"
    for m in (*SCARE_QUOTED.finditer(raw), *PARTISAN_PRESS.finditer(text)):
        if _called(text, m.start()) or (m.re is PARTISAN_PRESS and _thought(text, m.start())):
            continue
        found = [f for f in found if not (f[1] >= m.start() and f[2] <= m.end())]
        if not any(s < m.end() and m.start() < e for _, s, e in found):
            found.append((" ".join(m.group(0).split()).lower(), m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


PLAIN_SENSES: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    "blast": (None, re.compile(r"\s+(?:out|off)\b", re.I)),
    "slam": (None, re.compile(r"\s+(?:shut|into)\b", re.I)),
    "outstanding": (
        re.compile(
            r"\b(?:(?:still|remain(?:s|ed|ing)?|left)|(?:votes|ballots|delegates|debts?|loans?|balances?|bills|fines|"
            r"warrants|shares|issues|questions|cases|claims|payments|invoices|amounts?|taxes|orders|precincts|races|"
            r"contests)(?:\s+still)?)\s+$",
            re.I,
        ),
        re.compile(
            r"\s+(?:votes|ballots|delegates|debts?|loans?|balances?|bills|fines|warrants|shares|issues|questions|"
            r"cases|claims|payments|invoices|amounts?|taxes|orders|precincts|races|contests|mortgages?)\b",
            re.I,
        ),
    ),
}
"""Charged words with a plain sense, which the words before (``[0]``, matched against the text before) or after
(``[1]``) give: "blasted out an email" (sent to many), "blast off" (launched), "slammed shut", "the car slammed into
a wall"; "the delegates still outstanding", "outstanding warrants", "outstanding debt" (not yet paid or awarded), not
"an outstanding season". Keyed by the word's stem: "blasts", "blasted", "blasting" are "blast"'s."""


_DETERMINER = (
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|another|each|every|one|two|three|four|five|first|"
    r"second|third|latest|[A-Za-z]+['’]s)\s+"
)
NOUN_BEFORE = re.compile(_DETERMINER + "$", re.I)
MODIFIED_NOUN_BEFORE = re.compile(_DETERMINER + r"(?P<between>(?:[A-Za-z-]+\s+){1,2})$", re.I)
"""Before "blast" or "slam", a determiner that makes it a noun, the thing and not the verb of a criticism ("Orlen
blasted the plan", "Democrats blast Tessel"): "the blast", "two blasts", "Monday's blast", "a grand slam"; for the
singular, with up to two words between (``MODIFIED_NOUN_BEFORE``: "the Kerbridge blast", "a huge gas blast"): a verb
there would need its "-s" or a plural subject ("the senator blasts", "the senators blast"), and no object after it
(:data:`OBJECT_AFTER`: "Democrats in the House blast the plan")."""
NOT_MODIFIERS = {"will", "would", "could", "should", "may", "might", "must", "can", "did", "do", "does", "to", "not"}
"""Words between a determiner and "blast" that make it a verb: "the senator will blast the plan"."""
OBJECT_AFTER = re.compile(r"\s+(?:(?i:the|an?|his|her|their|its|it|them|him|this|that|these|those)\b|[A-Z])")
"""After "blast", the object of the verb: a determiner, a pronoun or a name ("blast the plan", "blast Tessel")."""


def _plural(low: str) -> bool:
    """``low`` reads as a plural noun, a subject that takes "blast" as its verb ("senators", "critics"); not "gas",
    "bus", "press"."""
    return low.endswith("s") and not low.endswith(("ss", "us", "as", "is"))


def _noun(text: str, low: str, stem: str, start: int, end: int) -> bool:
    """``low`` at ``text[start:end]`` is ``stem`` ("blast", "slam") or its plural as a noun: the thing, an explosion
    or a slam of poetry or tennis, not the verb of a criticism (see :data:`NOUN_BEFORE`)."""
    if low not in (stem, stem + "s"):
        return False
    lo = max(0, start - 60)
    if NOUN_BEFORE.search(text, lo, start):
        return True
    m = MODIFIED_NOUN_BEFORE.search(text, lo, start) if low == stem else None
    return bool(
        m
        and not any(w.lower() in NOT_MODIFIERS or _plural(w.lower()) for w in m.group("between").split())
        and not OBJECT_AFTER.match(text, end)
    )


def _plain_sense(text: str, low: str, start: int, end: int) -> bool:
    m = re.fullmatch(r"(blast|slam)(?:s|m?ed|m?ing)?", low)
    if m and _noun(text, low, m.group(1), start, end):
        return True  # "the blast", "the Kerbridge blast": an explosion
    before, after = PLAIN_SENSES.get(m.group(1) if m else low, (None, None))
    return bool(
        (before is not None and before.search(text, max(0, start - 30), start))
        or (after is not None and after.match(text, end))
    )


def _section_label(text: str, tok: str, at: int) -> bool:
    """The word is a heading alone on its line, in capitals ("OUTSTANDING." over a table of delegates still to be
    awarded, "RESULTS:"): the label of a section, whose sense the text under it gives, not the outlet's wording."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    return tok.isupper() and len(tok) > 1 and re.fullmatch(re.escape(tok) + r"[.:]?", line) is not None


CLOSERS_QUOTED = re.compile(r"(?<![^\s(\[])”(?=\w)[^“”\"\n]{1,80}?(?<=[\w.,!?])”")
"""A passage between two closing marks (”despicable”, as some pages set them): the first mark opens a word, the
second closes one; not the end of one quotation before the next ('forward,” he said of the “plan”')."""


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _blank_quoted(text: str) -> str:
    """``text`` with its passages in quotation marks (:data:`QUOTED`, :data:`CLOSERS_QUOTED`, and odd or unclosed
    marks as :func:`~storyline.extract.marks.find_segments` finds them: “despicable“, 'blast the daylights')
    blanked."""
    chars = list(CLOSERS_QUOTED.sub(_blank, QUOTED.sub(_blank, text)))
    for seg in find_segments(text):
        chars[seg.start : seg.end] = " " * (seg.end - seg.start)
    return "".join(chars)


CALLED = re.compile(
    r"(?<![\w-])(?:(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label+(?:s|ed|ing)?|term(?:s|ed|ing)?|dubb?(?:s|ed|ing)?)"
    r"\s+(?!(?:for|on|off|up|in|out|back|upon|to)\b)(?:(?!as\b)[\w'’-]+,?\s+){0,6}?(?:as\s+)?"
    r"|(?:describ|portray|depict|denounc|decr[iy]|condemn|dismiss)\w*\s+(?:(?!as\b)[\w'’-]+\s+){0,4}?as\s+"
    # what someone thinks or says someone is: "thought she was a liar", "says he is a fraud"
    r"|(?:think|thinks|thought|believ(?:e|es|ed|ing)|says?|said)\s+(?:(?:that|he|she|they|it|[A-Z][\w'’-]*)\s+){1,3}"
    r"(?:is|was|are|were)\s+)"
    r"(?:(?:an?|the|so|too|very|deeply|utterly)\s+){0,2}(?:[\w'’-]+,\s+(?:[\w'’-]+,?\s+)*?(?:and|or)\s+)?$",
    re.I,
)
"""Before a loaded or intense word, a verb that reports it as someone's judgement of a thing: "called the bill
authoritarian", "branded him a traitor", "described the plan as reckless", "denounced the deal as a catastrophe"; the
outlet reports the word, it does not use it. Not "called for", "calls to resign", the "called" of "so-called", nor
what is denounced or described ("denounced the Castro regime": the outlet's word for the thing)."""


def _called(text: str, at: int) -> bool:
    """The word at ``at`` is someone's judgement reported by :data:`CALLED`, unless nobody in particular made it
    ("Critics called the crackdown a sham": the outlet's own wording, see :data:`WEASEL_SOURCE`)."""
    m = CALLED.search(text, max(0, at - 60), at)
    if m is None:
        return False
    return not _weasel_subject(text[max(0, m.start() - 60) : m.start()])


def _weasel_subject(before: str) -> bool:
    """The subject of a verb of saying, from the text ``before`` the verb, is nobody in particular
    (:data:`WEASEL_SOURCE`): "Critics say", "But some observers think", and in a clause of its own, "the levy, which
    (even) critics say is a burden", "the levy, critics say, is": the outlet's framing, as the schema has it."""
    parts = [p.strip() for p in re.split(r"[,;:(—–.!?\"“”]|\b(?:which|who|whom|that)\b", before)]
    who = next((p for p in reversed(parts) if p), "")
    who = re.sub(r"^(?:(?:but|and|yet|still|now|so|even)\s+)+", "", who, flags=re.I)
    return bool(WEASEL_SOURCE.fullmatch(who))


NEGATORS = {"not", "no", "never", "nor"}
"""Words that deny the rating of the word they go with ("not bad luck"): VADER's own rating turns, it is no charge."""


def _negated(tokens: list[tuple[str, int]], k: int) -> bool:
    """Token ``k`` follows a negation, at most an article or a degree word between ("not bad", "not a bad", "isn't so
    bad")."""
    j = k - 1
    if j >= 0 and tokens[j][0].lower() in {"a", "an", "so", "too", "that", "very", "all", "as"}:
        j -= 1
    if j < 0:
        return False
    word = tokens[j][0].lower()
    curly = word == "t" and j > 0 and tokens[j - 1][0].lower().endswith("n")  # "isn’t": the tokens "isn", "t"
    return word in NEGATORS or word.endswith("n't") or curly


IDIOMS = re.compile(
    r"\b(?:(?<!supermassive\s)(?<!stellar\s)black\s+holes?(?!\s+(?:in|at\s+the\s+(?:cent(?:er|re)|heart))\s+of\s+(?:the|a|our)"
    r"\s+(?:galaxy|milky))|(?:wriggl|weasel|squirm)\w*\s+out\s+of|(?:integrity|reputation|honou?r|dignity)\s+intact"
    r"|(?:power|land|cash|money)[\s-]grabs?"
    r"|sick(?:ening)?\s+(?:footage|videos?|clips?|images?|pictures?|photos?|posts?|jokes?|stunts?|taunts?|messages?))\b",
    re.I,
)
"""Idioms that judge, each word plain: a "black hole" in accounts (not a galaxy's), "wriggle out of" a duty, "her
integrity intact", "a power grab" (a law or a move told as a seizure), "the sick footage" (VADER rates "sick" -2.3, below
:data:`INTENSE`, as it must for "sick patients"; said of a video or a joke it judges it depraved). Charged as a loaded word is; the words that
qualify them join the phrase."""


DELEGITIMISED = re.compile(
    r"\bsore[\s-]losers?\b"
    r"|\bstolen\s+(?:elections?|victory|mandate)\b|\b(?:steal|steals|stealing|stole)\s+(?:the|an|this|that|"
    r"their|his|her|our)\s+(?:elections?|votes?|victory|mandate)\b|\belection\s+theft\b"
    r"|\b(?:judicial|legal|constitutional|slow[\s-]motion|soft|electoral|parliamentary|courtroom|bureaucratic)\s+coups?\b"
    r"|\bcoups?\s+(?:by|through|via|in)\s+(?:(?:a|an|the)\s+)?(?:lawsuits?|litigation|courts?|judges?|lawyers?|"
    r"ballots?|recounts?|decrees?|paperwork|stealth|the\s+back\s+door)\b",
    re.I,
)
"""A rival or a vote made illegitimate in plain words: the loser of an election called "a sore loser", the winner's
count "a stolen election", a court challenge "a coup by lawsuit" or "a judicial coup" (not a coup of soldiers, which
a report names: "the military coup", "a coup attempt"). Charged in the outlet's own voice, a headline's too ("warns
of stolen election"); not when its clause reports or denies it as someone's (:data:`SIDES_DENIED` within the
clause: "Kostanjek said Vuletic was a sore loser", "denied the vote was a stolen election") or someone called it so
("calls a correction a stolen election")."""
CLAUSE_BREAK = re.compile(
    r"[,;:.!?()—–]|\b(?:as|while|when|after|before|because|but|amid|since|whereas|though|although)\b", re.I
)
"""Where a clause starts, for :data:`DELEGITIMISED`: "Kostanjek claims victory as sore loser Vuletic stalls" reports
a claim of victory, and the outlet's own words follow "as"."""


def _clause_reported(text: str, at: int) -> bool:
    """The clause of the words at ``at`` reports or denies them as someone's (:data:`SIDES_DENIED`, within the clause
    only, see :data:`CLAUSE_BREAK`)."""
    lo = max((m.end() for m in CLAUSE_BREAK.finditer(text, max(0, at - 80), at)), default=max(0, at - 80))
    return bool(SIDES_DENIED.search(text[lo:at]) or CRITICISED_FOR.search(text[lo:at])) or _called(text, at)


CRITICISED_FOR = re.compile(
    r"\b(?:blast|slam|critici[sz]|attack|denounc|mock|ridicul|derid|lambast|chastis|fault|scold|rebuk|condemn)\w*"
    r"\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:being\s+|acting\s+like\s+)?(?:(?:a|an|the)\s+)?$",
    re.I,
)
"""Before words of :data:`DELEGITIMISED`, a criticism they are the grounds of: "Democrats blasted Republicans for
being sore losers" reports the Democrats' word."""


DECEIT = re.compile(
    r"\b(?:twisted|warped|distorted)\s+(?:(?:picture|view|version|vision|account|narrative|sense|logic|worldview)s?"
    r"|world\s*view)\b"
    r"|\b(?:littered|riddled|peppered|laced|rife|awash)\s+with\s+(?:(?:false|misleading|dubious|bogus)\s+"
    r"(?:claims?|statements?|assertions?|figures|numbers|promises)|lies|falsehoods|untruths|distortions|fibs)\b",
    re.I,
)
"""A person's words or view judged false in the outlet's own voice, each word plain or mild: "his twisted picture of
the world", "a warped view", "answers littered with false claims", "a speech riddled with lies". Charged as a loaded
word is, unless reported or denied (:data:`SIDES_DENIED`); a report of what was false ("the claim was false", "made
false statements to investigators") is not one, nor twisted metal."""


def _label_reported(text: str, tokens: list[tuple[str, int]], k: int) -> bool:
    """The label at ``tokens[k]`` is reported or denied ("accused of being a spy", "not a traitor") or heads a
    compound that names a thing ("a spy satellite", "pawn shop")."""
    tok, at = tokens[k]
    if LABEL_REPORTED.search(text, max(0, at - 40), at) or _called(text, at):
        return True  # "accused of being a spy", "branded him a traitor"
    if REPORTED_ACCUSATION[0].search(text, max(0, at - 40), at) and not re.search(
        r"\bconvicted\s+(?:[A-Z][\w'’-]*\s+)?$", text[max(0, at - 40) : at]
    ):
        return True  # "charged with spying", "sued the spy": a report ("the convicted spy Brell" is a label)
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if (k and tokens[k - 1][0].lower() == "to") or (nxt and nxt[0].lower() == "on"):
        return True  # "to spy on Americans": the verb
    return bool(
        nxt
        and nxt[0].islower()
        and nxt[0] not in STOP
        and not text[at + len(tok) : nxt[1]].strip()
        and nxt[0] not in {"who", "whom", "whose"}
    )


def _reported_accusation(text: str, start: int, end: int) -> bool:
    """The accusation at ``text[start:end]`` is reported as a charge, claim, denial or finding, not made by the
    outlet (see :data:`REPORTED_ACCUSATION`)."""
    before, after = REPORTED_ACCUSATION
    return bool(before.search(text, max(0, start - 40), start) or after.match(text, end))


TERMINOLOGY = {
    "contempt": (
        None,
        re.compile(r"\s+of\s+(?:the\s+)?(?:congress|court|parliament|assembly|senate|house|chamber|tribunal)\b", re.I),
    ),
    "abuse": (
        re.compile(r"\b(?:child|sexual|substance|drug|alcohol|elder|domestic)\s+$", re.I),
        re.compile(r"\s+of\s+(?:office|power|authority|process|discretion|trust|position)\b", re.I),
    ),
    "disaster": (
        re.compile(r"\bnatural\s+$", re.I),
        re.compile(r"\s+(?:relief|declarations?|areas?|zones?|aid|assistance|response|recovery|funds?|loans?)\b", re.I),
    ),
    "crisis": (
        re.compile(
            r"\b(?:financial|fiscal|debt|health|humanitarian|hostage|refugee|housing|opioid|energy|mental)\s+$", re.I
        ),
        re.compile(r"\s+(?:center|centre|line|hotline|management|team|talks)\b", re.I),
    ),
    "heart": (
        re.compile(r"\b(?:at|in|to|into|through)\s+the\s+(?:very\s+)?$", re.I),
        re.compile(r"\s+(?:attacks?|disease|failure|surgery|condition|problems?|transplant|rate)\b", re.I),
    ),
    "historic": (
        None,
        re.compile(
            r"\s+(?:district|districts|site|sites|buildings?|preservation|centre|center|core|quarter|town|city|"
            r"houses?|homes?|landmarks?|monuments?|properties|property|register|places?|(?:all-time\s+)?highs?|lows?|"
            r"levels?|records?|data|average|trends?|norms?)\b",
            re.I,
        ),
    ),
    "peace": (
        re.compile(
            r"\b(?:nobel|keep(?:s|ing)?|kept|mak(?:e|es|ing)|made|maintain\w*|restor\w*|broker\w*|secur\w*|"
            r"bring(?:s|ing)?|brought|seek(?:s|ing)?|sought|negotiat\w*)\s+(?:the\s+|a\s+|lasting\s+)?$",
            re.I,
        ),
        re.compile(
            r"\s+(?:deals?|plans?|agreements?|accords?|treat(?:y|ies)|talks|process|prize|negotiations?|conference|"
            r"summit|corps|envoy|proposals?|framework|initiative|efforts?|officers?|keepers?|keeping)\b",
            re.I,
        ),
    ),
    "bad": (
        None,
        re.compile(
            r"\s+(?:weather|luck|debts?|loans?|credit|blood|breath|backs?|knees?|cholesterol|visibility|light|"
            r"conditions|news)\b",
            re.I,
        ),
    ),
    "revenge": (
        re.compile(r"\bin\s+$", re.I),
        re.compile(r"\s+(?:attacks?|killings?|shootings?|bombings?|murders?|porn|raids?|strikes?|for)\b", re.I),
    ),
    "rotten": (
        None,
        re.compile(
            r"\s+(?:wood|timber|beams?|planks?|boards?|floors?|floorboards|food|eggs?|fruit|meat|vegetables|teeth|"
            r"tooth|smell|apples?)\b",
            re.I,
        ),
    ),
    "worst": (
        # a record or a ranking, as "best" is: "the worst storm since 1987", "the league's worst run defense", "his
        # worst showing", "at worst"; not the outlet's "Worst of all, ...", "the absolute worst way"
        re.compile(
            r"\b(?:the|its|his|her|their|our|at|[\w-]+['’]s?)\s+(?:(?!(?:absolute|very|utter|single|most)\b)[\w-]+\s+)?$",
            re.I,
        ),
        None,
    ),
    "hell": (
        # a swear idiom, someone's words even where the outlet repeats them without marks: "a special place in hell",
        # "bomb the hell out of", "a hell of a lot worse", "go to hell", "laughing like hell"; not "a living hell"
        re.compile(r"\b(?:places?\s+in|to|the|like)\s+$", re.I),
        re.compile(r"\s+(?:of\s+an?|out\s+of|no)\b", re.I),
    ),
    "freedom": (
        re.compile(r"\b(?:religious|press|academic|economic|personal|individual|internet|media|artistic)\s+$", re.I),
        re.compile(
            r"\s+of\s+(?:speech|expression|assembly|information|religion|the\s+press|movement|navigation)\b", re.I
        ),
    ),
}
"""Intense words that, next to these words, name a thing or repeat an idiom ("contempt of Congress", "a special
place in hell", "disaster relief", "the financial
crisis", "a crisis hotline", "a heart attack", "at the heart of", "a peace deal", "keep peace between", "freedom of
speech", "bad weather", "the worst storm since 1987", "a revenge attack", "in revenge for", "rotten beams"): the words
before (``[0]``, matched against the text before) or after (``[1]``)."""


def _terminology(text: str, low: str, start: int, end: int) -> bool:
    before, after = TERMINOLOGY.get(low, (None, None))
    return bool(
        (before is not None and before.search(text, max(0, start - 20), start))
        or (after is not None and after.match(text, end))
        or (low in SUBJECT_HEADS and _noun_modified(text, start))
    )


SUBJECT_HEADS = {"crisis", "violence"}
"""Intense nouns that, after a noun, name the story's subject ("police violence", "gun violence", "the water
contamination crisis", "the drug crisis", "weekend violence"), as "the financial crisis" does; after an adjective
they are the outlet's judgement ("horrific violence", "a manufactured crisis")."""
NOT_NOUN_ENDS = ("al", "ic", "ous", "ive", "ful", "less", "ent", "ant", "ed", "ing", "ish", "ible", "able", "ary",
                 "ory", "est", "ly", "y")  # fmt: skip


def _noun_modified(text: str, start: int) -> bool:
    """The word right before ``start`` is a noun (by its ending, lower case, plain): "police", "gun", "water
    contamination"; not "horrific", "recent", "worst", "more", "sectarian"."""
    m = re.search(r"(?<![\w'’-])([a-z]+)\s+$", text[max(0, start - 30) : start])
    if m is None:
        return False
    w = m.group(1)
    return (
        len(w) > 2
        and w not in STOP
        and w not in PHRASE_BREAK
        and w not in LOADED
        and not w.endswith(NOT_NOUN_ENDS)
        and not _intense(_vader().lexicon, w)
        and w not in {"new", "worst", "more", "most", "much", "real", "true", "pure", "sheer", "utter", "such"}
    )


QUOTED = re.compile(r"[“\"][^“”\"\n]{1,600}[”\"]|‘[^‘’\n]{1,200}’(?![A-Za-z])|''(?:(?!'')[^\n]){1,600}''")
"""A passage in quotation marks: a speaker's words, which the outlet reports but does not use as its own; in single
curly marks too ("Remove ‘Authoritarian’ Pelosi": a headline's scare quotes), whose closing mark is no apostrophe, and in
two apostrophes (''She's a liar,'' as some wires type them)."""


REPORTED_CHARGE = re.compile(
    r"\b(?:(?:accus|charg|convict|suspect|acquitt?|indict|arrest|jail|sentenc|prosecut|investigat|detain|clear)\w*"
    r"\s+(?:of|with|for|over)|(?:guilty|innocent)\s+of|den(?:y|ied|ies|ying)|admit\w*|confess\w*)\s+"
    r"(?:[a-z]+ly\s+)?$",
    re.I,
)
"""Before an intense word, the report of a charge, a verdict or a denial with the act right after it: "accused of
murdering", "charged with brutally assaulting", "guilty of cruelty", "denied plundering" (a word between, "jailed for
a brutal attack", leaves "brutal" the outlet's)."""
MOTION = {
    "into", "onto", "back", "out", "off", "from", "across", "around", "away", "toward", "towards", "through",
    "along", "down", "up", "home", "forward", "past",
}  # fmt: skip
"""Words after a verb of motion ("staggering into a doorway", "stunning back")."""
GERUND_BEFORE = {"before", "after", "while", "when", "without", "since", "upon"}
"""Words before a verb's -ing form ("before staggering", "after stunning the guard")."""


def _verb_of_motion(tokens: list[tuple[str, int]], k: int) -> bool:
    """Token ``k``, an -ing word, is a verb ("before staggering", "staggering into a doorway"), not the adjective of a
    loaded phrase ("a staggering sum", "stunning")."""
    if not tokens[k][0].lower().endswith("ing"):
        return False
    prev = tokens[k - 1][0].lower() if k else ""
    nxt = tokens[k + 1][0].lower() if k + 1 < len(tokens) else ""
    return prev in GERUND_BEFORE or nxt in MOTION


def _in_name(text: str, tok: str, at: int) -> bool:
    """The word is part of a name: capitalised inside a sentence, or before an acronym ("super PAC")."""
    if tok[:1].isupper():
        before = text[:at].rstrip()
        return bool(before) and before[-1] not in ".!?:;\"“”'‘’(-—"
    return bool(re.match(r"\s+[A-Z]{2,}\b", text[at + len(tok) : at + len(tok) + 8]))


STYLED_SHARE = 0.85
"""The share of a text's words (stop words aside) in capitals from which it is a headline in Title Case; a sentence
naming a book, its author and a day ("Harold Quist Jr. released a new book, Fault Lines: How the Coast Feeds on Hate
and Fear, on Tuesday.") has as many names but its verbs and nouns are in lower case."""


INTENSE = 2.5
"""VADER valence from which a word outside :data:`LOADED` counts as intense ("crisis" -3.1, "glee" 3.2);
milder ones ("rescue" 2.3, "suspended" -2.1, "festival" 2.2) are how news reports plain facts."""


PRAISE = 2.8
"""VADER valence from which a word of praise outside :data:`LOADED` counts as intense: milder ones ("happy" 2.7,
"celebrated" 2.7, "rich" 2.6, "sophisticated" 2.6, "reward" 2.7) say how people felt or what a thing is ("supporters
were happy", "sophisticated modeling"), not what the outlet thinks of them; a rating alone is no loading."""


DESERVES = ("able", "ably", "ible", "ibly", "worthy")
"""Endings of a word of praise that says its thing deserves it ("admirable", "remarkable", "praiseworthy",
"honorable"): the outlet's own evaluation, however mildly VADER rates it (2.5-2.7), where "happy", "celebrated",
"rich" or "sophisticated" say how people felt or what a thing is."""


def _intense(lexicon: dict[str, float], low: str) -> bool:
    """VADER rates ``low`` as intense: at least :data:`INTENSE` below zero, :data:`PRAISE` above (:data:`INTENSE`
    for a word of :data:`DESERVES`)."""
    v = lexicon.get(low, 0.0)
    return v <= -INTENSE or v >= PRAISE or (v >= INTENSE and low.endswith(DESERVES))


TINGES = ("tinged", "laced", "fueled", "fuelled", "soaked", "drenched", "filled", "ridden", "tainted", "infused")
"""The second half of a compound that lends its first half to a thing: "fascist-tinged demagoguery", "hate-filled",
"rage-fueled" (VADER rates "fascist", "hate", "rage", not the compounds)."""


def _tinged(lexicon: dict[str, float], low: str) -> bool:
    """``low`` is a compound of :data:`TINGES` whose first half is loaded or intense ("fascist-tinged")."""
    head, _, tail = low.rpartition("-")
    return tail in TINGES and (head in LOADED or _intense(lexicon, head))


THOUGHT = re.compile(
    r"\b(?:said|says|say|saying|warn(?:s|ed|ing)?|fe(?:el|els|lt|eling)|worr(?:y|ies|ied)|fear(?:s|ed)?|"
    r"concerned|(?:expressed|voiced|raised)\s+(?:concerns?|fears?|worry|worries|alarm)|believ(?:e|es|ed)|"
    r"argu(?:e|es|ed)|complain(?:s|ed)?|insist(?:s|ed)?|contend(?:s|ed)?|think|thinks|thought|"
    r"accus(?:e|es|ed|ing)|suggest(?:s|ed)?|charg(?:e|es|ed))\b",
    re.I,
)
"""A verb of saying, thinking or feeling: what follows it in its sentence ("he expressed concern that the businessman
was encouraging violence", "voters who feel trapped in a system that seems rigged", "People close to her felt her
projection of anger was over the top") is someone's view, worded by the outlet but not its own judgement."""
_CLAUSE_START = re.compile(r"(?:[.!?;:][\"”’']?\s+|\n)")


def _thought(text: str, at: int) -> bool:
    """The word at ``at`` follows a verb of :data:`THOUGHT` in its sentence, whose subject is someone in particular
    (what "Critics say" is the outlet's own wording, :data:`WEASEL_SOURCE`)."""
    lo = max((m.end() for m in _CLAUSE_START.finditer(text, 0, at)), default=0)
    m = ([None, *THOUGHT.finditer(text, lo, at)])[-1]  # the last verb before the word
    if m is None or re.match(
        r"\s*(?:[,.:]|(?:of|about|on|against|over|at|in|for|with|to|during|after|before|back)\b)", text[m.end() : at]
    ):
        return False  # "warned of a full-scale war", "said of the despicable plan": the outlet names what was said
    return not _weasel_subject(text[lo : m.start()])


ADJECTIVE_ENDS = ("ic", "ous", "ive", "ful", "ile", "ish", "ible", "able", "ing")
IC_NOUNS = {"rhetoric", "panic", "critic", "critics", "logic", "music", "public", "topic", "tactic", "epidemic"}
"""Endings of adjectives ("jingoistic", "pernicious", "divisive", "juvenile"): the words before a loaded adjective
are its phrase only if they say its degree ("particularly pernicious"), not the verb before it ("lobbing juvenile")."""
TIME_WORDS = {"today", "yesterday", "tonight", "now", "then", "again", "too", "here", "there", "still", "yet"}


def _degree(low: str) -> bool:
    """A word of degree before an adjective: "particularly pernicious", "most devastating", "often belligerent"."""
    return _adverb(low) or low in {"most", "more", "less", "least", "very", "so", "too", "often", "ever", "all-too"}


def _adverb(low: str) -> bool:
    """An adverb of manner ("brutally", "happily"): it qualifies the word after it, not a phrase before."""
    return low.endswith("ly") and len(low) > 5 and low not in {"ugly", "silly", "bully", "holy", "jolly", "deadly"}


def _modified(tokens: list[tuple[str, int]], k: int, text: str) -> int:
    """The token an adverb at ``k`` qualifies, right after it ("brutally attacking"), else ``k``."""
    if k + 1 >= len(tokens):
        return k
    nxt, at = tokens[k + 1]
    gap = text[tokens[k][1] + len(tokens[k][0]) : at]
    if gap.strip() or not nxt.islower() or nxt in STOP or nxt in PHRASE_BREAK or nxt in PLAIN_WORDS:
        return k
    if nxt.endswith("ly") or nxt in TIME_WORDS:
        return k  # "acted shamefully": no noun; "was catastrophic yesterday"
    return k + 1


SCARE_QUOTED = re.compile(
    r"\b(?:supposed|so-called|purported|self-styled|self-proclaimed|would-be)\s+"
    r"(?:[“\"‘][\w'’ -]{1,30}[”\"’]|''[\w'’ -]{1,30}'')(?![\w'])",
    re.I,
)
"""A word or two in scare quotes after a word of doubt: "his supposed “lies”", "the so-called “experts”": the outlet
sneers at the word, it does not report what someone said ("what he called “lies”" is :data:`CALLED`)."""
PARTISAN_PRESS = re.compile(
    r"\b(?:liberal|leftwing|left-wing|leftist|rightwing|right-wing|far-left|far-right|conservative)"
    r"(?:\s+(?:activist|mainstream|[A-Z][\w.&-]*))*\s+(?:media|press|reporters?|journalists?|pundits?|anchors?|"
    r"newsroom|(?<=News\s)colleagues?|outlets?|networks?|newspapers?|commentators?)\b",
)
"""A partisan label pinned on the press: "liberal NBC News colleague", "leftwing activist reporters", "the liberal
media" (labels of a reporter, where a report names the outlet: the framing of a side)."""


def _phrase_start(tokens: list[tuple[str, int]], k: int, text: str = "") -> int:
    """Where the phrase of the charged word ``k`` starts: up to two lower-case modifiers before it (and
    "X of" before it), never across punctuation or a line break ("failure.\n\nRescue" is two phrases)."""
    start = k
    while start > 0 and k - start < 2:
        prev, at = tokens[start - 1]
        if (
            prev.lower() in STOP
            or prev.lower() in PHRASE_BREAK
            or not prev.islower()
            or len(prev) < 2
            or prev.endswith("'s")
            or text[at + len(prev) : tokens[start][1]].strip()
            or (at and (text[at - 1].isalnum() or text[at - 1] in "-'’"))
        ):
            break  # not the "s" of "It’s" nor the "t" of "Don’t"; not the owner of "the government's historic reform"
        start -= 1
    if (
        start == k
        and k >= 2
        and not (tokens[k - 2][1] and text[tokens[k - 2][1] - 1 : tokens[k - 2][1]] in set("-'’0123456789"))
        and tokens[k - 1][0] == "of"
        and tokens[k - 2][0].islower()
        and tokens[k - 2][0] not in STOP
    ):
        start = k - 2
    return start


PHRASE_BREAK = {
    "before", "while", "when", "if", "because", "though", "although", "onto", "under", "against", "during",
    "through", "without", "between", "since", "until", "unless", "where", "whether", "then", "upon", "toward",
    "towards", "across", "among", "amid", "despite", "like", "via", "up", "out", "off", "down",
    "near", "behind", "beyond", "inside", "outside", "within", "around", "below", "above", "beside",
    # determiners and quantifiers: "mention any bad consequences" is no phrase "mention any bad"
    "any", "some", "every", "each", "no", "all", "these", "those", "such", "much", "many", "few",
    "what", "whose", "both", "either", "neither",
}  # fmt: skip
"""Words a charged word's phrase does not reach back across: prepositions and conjunctions that :data:`STOP` lacks
("a bullet in her arm before staggering" is no phrase "arm before staggering")."""


PLAIN_WORDS = {
    "every", "night", "nights", "hours", "hour", "days", "week", "weeks", "month", "months", "year", "years",
    "morning", "evening", "today", "yesterday", "time", "times", "people", "thing", "things", "part", "parts",
    "deputy", "issue", "issues", "state", "states", "made", "make", "says", "told", "just", "like", "well",
    "according", "official", "officials", "percent", "million", "billion", "report", "reports", "news", "data",
    "average", "take", "takes", "think",
}  # fmt: skip
"""Words too plain to say anything about framing, however often one outlet uses them."""


REPEATS = 2
"""Uses from which a word no other outlet uses is the outlet's own."""
EVALUATIVE = INTENSE
"""... and only a word that evaluates as a charged word does (a loaded one, or one VADER rates at least this strongly,
not a plain news word of :data:`FACTUAL`): a word of the topic that one short lead happens to repeat ("missile",
"degrees", "vote") is not framing (a reader of 150 NeuS stories found all 24 plain words so listed to be topic words,
stop 27), nor are words VADER rates mildly ("party" 1.7, "support" 1.7, "care" 2.2 of "health care"), nor "killed" or
"died" (stop 34)."""


def distinctive_terms(texts: dict[str, str], *, limit: int = 4) -> dict[str, list[dict[str, Any]]]:
    """Per article: content words it uses :data:`REPEATS` times (twice when evaluative) that no other article of
    the story uses; not names
    (a word written with a capital in most of its uses: "Nyberg", "Moscow") and not plain words."""
    from spacy.lang.en.stop_words import STOP_WORDS  # "does", "what", "first": function words, not framing

    counts: dict[str, Counter[str]] = {}
    used: dict[str, set[str]] = {}
    for a, x in texts.items():
        toks = [t for t in TOKEN.findall(x) if t.lower() not in STOP and t.lower() not in STOP_WORDS and len(t) > 3]
        used[a] = {t.lower() for t in toks}
        capital = Counter(t.lower() for t in toks if t[0].isupper())
        c = Counter(t.lower() for t in toks if t.lower() not in PLAIN_WORDS)
        counts[a] = Counter({w: n for w, n in c.items() if capital[w] * 2 < n})
    out: dict[str, list[dict[str, Any]]] = {}
    for a, c in counts.items():
        others: set[str] = set().union(*(u for b, u in used.items() if b != a)) if len(counts) > 1 else set()
        if not others:
            out[a] = []
            continue
        lexicon = _vader().lexicon
        terms = [
            (w, n)
            for w, n in c.most_common()
            if n >= REPEATS
            and (w in LOADED or (w not in FACTUAL and abs(lexicon.get(w, 0.0)) >= EVALUATIVE))
            and w not in others
        ]
        out[a] = [{"term": w, "count": n, "why": OWN_WORDS} for w, n in terms[:limit]]
    return out


TOPIC_SHARE = 3
"""A word that a third of the story's other outlets (at least one) use in their own words is the story's vocabulary
(one other outlet of three, two of five or six, three of seven to nine): "terrorism" in a story of attacks, "war", "crisis", "democratic socialist" of a candidate who calls himself
one. An outlet that uses such a word names the story's subject as
the others do; it is no framing of its own, however VADER rates the word."""


def topic_words(texts: dict[str, tuple[str, list[str]]]) -> dict[str, frozenset[str]]:
    """Per article (``{id: (outlet, its own words' pieces)}``): the words that a share (:data:`TOPIC_SHARE`) of the
    other outlets of the story use in their own words."""
    used: dict[str, set[str]] = {}
    for outlet, pieces in texts.values():
        used.setdefault(outlet, set()).update(w for p in pieces for w in _own_charged_words(p))
    out = {}
    for a, (outlet, _) in texts.items():
        others = [u for o, u in used.items() if o != outlet]
        need = max(1, -(-len(others) // TOPIC_SHARE))
        seen = Counter(w for u in others for w in u)
        out[a] = frozenset(w for w, n in seen.items() if n >= need) if others else frozenset()
    return out


def _charged_word(lexicon: dict[str, float], w: str) -> bool:
    """``w`` (lower case) is charged by itself: loaded, or intense for VADER."""
    return (
        w in LOADED
        or w in HYPE
        or w in LABELS
        or w in ACCUSATIONS
        or w in JUDGED
        or _intense(lexicon, w)
        or _tinged(lexicon, w)
    )


def _own_charged_words(piece: str) -> set[str]:
    """The charged words (:func:`_charged_word`) of ``piece`` that are its outlet's own, as :func:`_charged` reads
    them: not in quotation marks, not what it reports someone called a thing or thinks ("accused Holm of using
    divisive rhetoric", "what she called the divisive rhetoric": another outlet's report of a word does not make it
    the story's vocabulary)."""
    lexicon = _vader().lexicon
    text = _blank_quoted(piece)
    return {
        low
        for m in TOKEN.finditer(text)
        if _charged_word(lexicon, low := m.group(0).lower())
        and not _called(text, m.start())
        and not _thought(text, m.start())
        and not REPORTED_CHARGE.search(text, max(0, m.start() - 40), m.start())
    }


def _of_topic(term: str, topic: frozenset[str]) -> bool:
    """Every word of ``term`` that is charged by itself (loaded, or intense for VADER) is the story's vocabulary
    (:func:`topic_words`): "terrorism", "worst terrorist", "confronting terrorism"; not "divisive rhetoric" where the
    others do not say "divisive"."""
    lexicon = _vader().lexicon
    own = [w for w in term.split() if _charged_word(lexicon, w)]
    return bool(own) and all(w in topic for w in own)


def affiliation(texts: list[str], speaker: str = "") -> str | None:
    """The country or body named in a speaker's name or roles ("Kremlin spokesman" -> Russia), when the speaker
    speaks for it: the name is the country or its government ("Kremlin", "French officials"), or the role is an
    office ("US ambassador", "Russia's envoy to the UN"); not a role the speaker no longer holds ("who was senior
    adviser in the White House"), nor a word of another body's name ("the Federation of American Scientists", "The
    Washington Post", "the American Legion"), nor a private person's or an expert's role ("a Russian historian")."""
    for text in texts:
        if FORMER.search(text) or not (text == speaker or _OFFICE.search(text)):
            continue
        cased = " " + re.sub(r"[^\w. ]", " ", text) + " "
        low = TOPIC_OF_ROLE.sub(lambda m: " " * len(m.group(0)), cased.lower())  # "adviser on Ukraine": what
        for key in sorted(DEMONYMS, key=len, reverse=True):
            for m in re.finditer(rf"(?<= ){re.escape(key)}(?= )", low):
                if not _in_a_name(cased, m.end()):
                    return DEMONYMS[key]
    return None


_OFFICE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|ambassador|envoy|diplomats?|minist(?:er|ers|ry)|officials?|government|"
    r"president|premier|chancellor|governor|senator|lawmakers?|secretary|embassy|consulate|administration|"
    r"military|army|navy|forces|troops|commander|general|police|prosecutors?|negotiators?|delegat(?:e|es|ion)|"
    r"representatives?|state(?:-run|\s+media|\s+television|\s+tv)|kremlin|white\s+house|pentagon|treasury)\b",
    re.I,
)
"""Words of an office that speaks for a country or government: its holder's side is that country."""
_GOVERNMENT_NAME = frozenset(
    {"ministry", "department", "embassy", "consulate", "government", "army", "navy", "air", "forces", "force",
     "foreign", "defense", "defence", "interior", "state", "senate", "congress", "house", "parliament", "office",
     "council", "agency", "administration", "mission", "command", "military", "police", "treasury", "court",
     "customs", "bureau", "service", "commission", "patrol", "guard"}
)  # fmt: skip
"""Words of a government body's name ("the Russian Foreign Ministry", "the US Army"): a country's name in it is the
body's side."""


def _in_a_name(cased: str, end: int) -> bool:
    """The country's word ending at ``cased[end]`` opens or is inside another body's name: capitalized words follow
    it ("Washington Post", "United States Elections Project", "American Scientists"), none of them an office or a
    government body's word."""
    run = re.match(r"(?:\s+(?:of\s+|for\s+|on\s+)?[A-Z][\w.]*)+", cased[end:])
    if run is None:
        return False
    words = {w.lower() for w in run.group(0).split()}
    return not words & (_GOVERNMENT_NAME | ROLE_NOUNS)


TOPIC_OF_ROLE = re.compile(
    r" (?:on|to|for|about|against|with|over|toward|towards) (?:the )?(?:[\w.]+ ){0,2}?(?="
    + "|".join(sorted((re.escape(k) for k in DEMONYMS), key=len, reverse=True))
    + r") ?[\w.]+"
)
"""A country after a preposition in a role names the role's subject or counterpart, not the speaker's side."""


PARTY_CODE = re.compile(r"\(([RDI])[-–][A-Z][\w.]*\)|\b([RDI])[-–][A-Z][a-z]{1,5}\.?(?=[\s,)]|$)")
PARTY_OF_CODE = {"R": "Republican", "D": "Democrat", "I": "Independent"}


def party(texts: list[str]) -> str | None:
    """A US party named in a speaker's roles or mentions ("Republican strategist", "Rep. Tom Orr (R-Tex.)"):
    the one named most often, none on a tie."""
    votes: Counter[str] = Counter()
    for text in texts:
        for m in PARTY_CODE.finditer(text):
            votes[PARTY_OF_CODE[m.group(1) or m.group(2)]] += 1
        for m in re.finditer(r"[A-Za-z]+", text):
            w = m.group(0)
            if w.lower() in PARTY_WORDS and w[0].isupper() and not _other_party(text, m.start(), m.end()):
                votes[PARTY_WORDS[w.lower()]] += 1
    top = votes.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


OTHER_PARTY = (
    re.compile(r"\b(?:Social|Liberal|Christian|Free|Popular|People['’]s|Civic|Radical)[\s-]+$"),
    re.compile(
        r"\s+(?:Alliance|Union|Front|Movement|League|Coalition|Bloc|Forum|Guard|Rally|"
        r"Platform|Forces|Left|Alternative|Renewal|Action|Convergence|Unity|Choice)\b|\s+Party\s+of\s+[A-Z]"
    ),
)
"""A US party's word inside another party's or body's name: before it a word that makes the name another
(``[0]``: "Social Democratic Party", "Liberal Democratic Party", "Christian Democratic Union"), or after it the noun
that names another kind of body, or "Party of" a country (``[1]``: "the Democratic Alliance of Velmora", "the
Republican Guard", "the Democratic Party of Japan"); "Democratic Party", "Republican senator", "the Democratic National
Committee", "the Republican Jewish Coalition" are the US parties'."""


def _other_party(text: str, start: int, end: int) -> bool:
    before, after = OTHER_PARTY
    return bool(before.search(text, max(0, start - 30), start) or after.match(text, end))


FORMER = re.compile(
    r"\b(?:former|ex-|then-|onetime|one-time|erstwhile|the\s+late\s|who\s+(?:was|had\s+been)\b)|^late\s", re.I
)
"""A role the speaker no longer holds ("the former finance director of the cooperative", "then-Senator", "ex-Vice
President"): not the side they speak for."""


def _organisations(entities: dict[str, Entity], article: str) -> list[tuple[re.Pattern[str], str]]:
    """The organisations the article names, each spelling as a whole-word pattern (longest first), with the
    canonical name. (A speaker's roles are gathered from every article: one that another outlet gives, "director of
    the Falcon Cooperative" against "of the Kestrel Cooperative", is not this article's.)"""
    spellings = {
        v: e.name
        for e in entities.values()
        if e.type == "ORG" and article in e.articles
        for v in {e.name, *e.variants}
        if len(v) > 2 and v[0].isupper()
    }
    return [
        (re.compile(rf"(?<![\w-]){re.escape(v)}(?![\w-])"), name)
        for v, name in sorted(spellings.items(), key=lambda kv: -len(kv[0]))
    ]


def body(told: list[str], organisations: list[tuple[re.Pattern[str], str]], speaker: str = "") -> str | None:
    """An organisation of the story that is the speaker, or that the speaker's roles or mentions name ("a
    spokeswoman for the Harbour Authority" -> Harbour Authority); not in a role the speaker no longer holds, nor a
    word of the speaker's own name ("Pate" tagged an organisation in "Luther Pate")."""
    own = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in speaker.split()) + r")\b") if speaker.strip() else None
    for text in told:
        if FORMER.search(text):
            continue
        others = own.sub(" ", text) if own else text
        for pattern, name in organisations:
            said = text if name == speaker else others
            if any(
                not NICKNAMED.search(said, max(0, m.start() - 60), m.start()) and not _hometown(said, m.start())
                for m in pattern.finditer(said)
            ):
                return name
    return None


def _hometown(text: str, at: int) -> bool:
    """The name at ``text[at]`` is where a private person is from, not a body they speak for: "a 26-year-old
    benefits manager from Derry" (a tagger may type the town an organisation)."""
    return bool(re.search(r"\bfrom\s+$", text[:at]) and re.search(r"\b\d+-year-old\b", text[:at]))


NICKNAMED = re.compile(
    r"\b(?:known|nicknamed|dubbed|called|styled|alias|aka)(?:\s+[\w'’-]+){0,4}?\s+(?:as\s+)?[\"“‘']?(?:the\s+)?$",
    re.I,
)
"""Before a name, words that make it the speaker's nickname, not a body it speaks for: "Prime Minister Aurel Vask,
known in the chamber as "the Clockmaker"" (a tagger may type the nickname an organisation)."""


@lru_cache(maxsize=1)
def _role_kinds() -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])", re.I), kind) for kind, ws in ROLE_KINDS.items() for w in ws
    ]


def role_kind(told: list[str]) -> str | None:
    """The kind of voice (see :data:`~storyline.extract.lexicon.ROLE_KINDS`) the first role or mention that names one
    gives, by the word that comes first in it; not a role the speaker no longer holds."""
    for text in told:
        if FORMER.search(text):
            continue
        found = [
            (m.start(), kind)
            for pattern, kind in _role_kinds()
            for m in [pattern.search(text)]
            if m and not (kind == PUBLIC and _heads_public(text, m.start()))
        ]
        if found:
            kind = min(found)[1]
            return "experts" if kind == "officials" and _ACADEMIC.search(text) else kind
    return None


_ACADEMIC = re.compile(
    r"\b(?:department|faculty|school)\b[^,;]*\b(?:University|College)\b|\bprofessor\b|\bacademic\b", re.I
)
"""A role in a university's department or a professor's: an expert, whatever office it names ("a chairman of the
political science department at Troy University")."""


PUBLIC = "the public"
_OVER = re.compile(r"\b([a-z-]+)\s+(?:of|for)\s+(?:the\s+)?$", re.I)


def _heads_public(text: str, at: int) -> bool:
    """The public's word at ``text[at]`` names a body the speaker leads or speaks for, not what the speaker is:
    "leader of the Farmers' and Greens Union", "spokeswoman for the residents' association" (a role noun and "of"
    or "for" before it), or a word of an organisation's name (a capital inside the role: "chair of the Tenants
    Union"); "a farmer", "one of the passengers" stay the public."""
    if text[at].isupper() and at > 0:
        return True
    m = _OVER.search(text, 0, at)
    return bool(m and m.group(1).lower() in ROLE_NOUNS)


def voices(
    article: str,
    quotes: list[Quote],
    entities: dict[str, Entity],
    rename: Callable[[str | None], str | None] | None = None,
    text: str | None = None,
) -> list[dict[str, Any]]:
    """Who the article quotes, with roles, the country or organisation (``affiliation``), the US party (``party``)
    and the kind of voice (``kind``) their roles and mentions name. ``rename``: a speaker's name as the quote ledger
    shows it (the entity a variant such as "Brisvale" belongs to), so that a voice is the ledger's speaker. ``text``:
    the article's original text, whose words between a speaker's name and the cue are read as a role ("Prof Anneke
    Lind, who led the trial at the University of Pellingford, said"). Quotes of nobody named (:func:`unattributed`)
    and what is no voice (:func:`_no_voice`: a poll's figures, a share of voters, a generic group, a place) are not
    listed; a document of a named author ("Kasich's speech", "a letter from the Legion") is its author's voice."""
    by: Counter[str] = Counter()
    mentions: dict[str, list[str]] = {}
    personal: set[str] = set()  # speakers the cue gives a person's pronoun: "Brook said at his victory party"
    variants = _variant_names(entities)
    for q in quotes:
        if q.article != article or document_source(q):  # a paper, a study: a source, not a voice
            continue
        name = _said_by(q, rename)
        if name is None or _no_voice(name, q, entities):
            continue
        name = _author(name, entities, variants, rename) or variants.get(name, name)
        by[name] += 1
        if q.speaker is not None:
            mentions.setdefault(name, []).append(q.speaker.text)
            if text is not None and (aside := _aside(q, text)):
                mentions[name].append(aside)
            if text is not None and (epithet := _epithet_after(q, text, _other_people(entities, article, name))):
                mentions[name].append(epithet)
        if text is not None and q.cue is not None and _PERSONAL_AFTER_CUE.match(text, q.cue.end):
            personal.add(name)
    _join_the_two(by, mentions)
    organisations = _organisations(entities, article)
    out = []
    for name, n in by.most_common():
        ent = entities.get(name)
        roles = list(ent.roles) if ent else []
        held = _held(roles)
        told = [*held, name, *mentions.get(name, [])]
        national = any(_NATIONAL_TITLE.fullmatch(r) for r in held)
        employer = _employer_of_person(name)
        own = (
            organisations
            if employer is None and name not in personal
            else [(p, o) for p, o in organisations if o != name]  # a person typed an organisation is no body
        )
        out.append(
            {
                "speaker": name,
                "roles": roles,
                "affiliation": affiliation(told, speaker=name)
                or employer
                or body(told, own, name)
                or described_body(told, entities, article)
                or (name if _body_kind(name, ent) else None)  # a company speaking for itself
                or (home_country(text) if national and text is not None else None),
                "party": party(told),
                "kind": role_kind(told) or _body_kind(name, ent) or ("officials" if national else None),
                "quotes": n,
            }
        )
    return out


_PERSONAL_AFTER_CUE = re.compile(
    r"\s+(?:(?:at|in|on|during|outside|after|before|from)\s+(?:his|her)|himself|herself)\b"
)
"""After a cue, a person's possessive in the circumstances of the saying ("said at his victory party", "said in her
statement") or a reflexive: the speaker is a person, whatever type a tagger gave the name ("Brook" typed an
organisation). Not an object of the cue ("will confirm or reject her": the one the body judges)."""
_PERSON_AFTER_BODY = re.compile(
    r"(?P<body>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*?)(?:['’]s)?\s+(?P<given>[A-Z][a-z]+)\s+[A-Z][\w'’-]+"
)
_BODY_HEADS = frozenset(
    {"college", "university", "school", "church", "foundation", "institute", "center", "centre", "hospital", "club",
     "fund", "project", "group", "party", "association", "society", "trust", "times", "post", "news", "journal",
     "review", "herald", "tribune", "press", "street", "avenue", "park", "square", "bridge", "hall", "museum",
     "library", "stadium", "arena", "airport", "station", "county", "city"}
)  # fmt: skip
"""Last words of a body's or a place's name after a given name ("John Jay College", "Grace Church", "Rosa Parks
Hall"): no person's name."""


def _employer_of_person(name: str) -> str | None:
    """The body that opens a speaker's name before a person's given name and surname, the tagger having run them
    together ("Commentary’s Noah Rothman", "Fox News Sean Hannity"): the person's outlet or organisation; None for a
    body's own name ("John Jay College", "Bank of Ann Arbor")."""
    from ..extract.entities import TRADE_WORDS
    from ..extract.lexicon import is_given_name

    m = _PERSON_AFTER_BODY.fullmatch(name)
    if m is None or not is_given_name(m.group("given")):
        return None
    last = name.split()[-1].lower().strip(".")
    if last in _BODY_HEADS | _GOVERNMENT_NAME | ROLE_NOUNS | TRADE_WORDS | LEGAL_FORMS:
        return None
    return re.sub(r"['’]s$", "", m.group("body"))


def _held(roles: list[str]) -> list[str]:
    """The roles but a title that is also given as a former one ("Vice President" beside "former Vice President":
    the honorific of an office once held, as "President Vale" of a former president is)."""
    past = {FORMER.sub("", r).strip(" -").lower() for r in roles if FORMER.search(r)}
    return [r for r in roles if FORMER.search(r) or r.lower() not in past]


_NATIONAL_TITLE = re.compile(r"(?:Vice[ -])?President|Prime Minister|Secretary of State")
"""A head of a country's government, or its Secretary of State, written as a bare title before the holder's name
("President Vale", "Secretary of State Orr"): the holder speaks for a country the text leaves unnamed, the one the
article is of (:func:`home_country`). A capital: not "running for president". Not a bare "Minister" or
"Ambassador", as often a foreign one as the article's own ("Foreign Minister Varn" in a report from elsewhere); their
country is in the role when it is named ("the Russian ambassador": :func:`affiliation`)."""
HOME_MIN = 3


def home_country(text: str) -> str | None:
    """The country an article is of: the one its words name (:data:`DEMONYMS`: "U.S.", "American", "the White
    House") at least :data:`HOME_MIN` times and twice as often as any other; none when no country leads so."""
    counts: Counter[str] = Counter()
    for m in _COUNTRY_WORD.finditer(text):
        word = m.group(0)
        if word.lower() == "us" and word != "US":
            continue  # "told us", "Us Weekly"
        counts[DEMONYMS[word.lower()]] += 1
    top = counts.most_common(2)
    if not top or top[0][1] < HOME_MIN or (len(top) == 2 and top[0][1] < 2 * top[1][1]):
        return None
    return top[0][0]


_COUNTRY_WORD = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(k) for k in sorted(DEMONYMS, key=len, reverse=True)) + r")(?!\w)", re.I
)


_THE_TWO = re.compile(
    r"(?i:the\s+two|both)(?:\s+[a-z-]+)?|(?:[Tt]he|[Aa])\s+(?:[a-z-]+\s+){0,2}?(?:by|from|of)\s+the\s+two"
)
"""The two who spoke together, or their document: "the two", "The two lawmakers", "The statement by the two"."""
_A_PAIR = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def _join_the_two(by: Counter[str], mentions: dict[str, list[str]]) -> None:
    """ "The two lawmakers", "the statement by the two" are the article's one pair of named speakers ("Tom Arle and
    Ivo Marsh"), when it quotes one pair: one voice, not two."""
    pairs = [name for name in by if _A_PAIR.fullmatch(name)]
    if len(pairs) != 1:
        return
    for name in [name for name in by if _THE_TWO.fullmatch(name)]:
        by[pairs[0]] += by.pop(name)
        mentions.setdefault(pairs[0], []).extend(mentions.pop(name, []))


def unattributed(article: str, quotes: list[Quote], rename: Callable[[str | None], str | None] | None = None) -> int:
    """How many of the article's quotes name no speaker: words without a voice, counted apart from the voices."""
    return sum(1 for q in quotes if q.article == article and not document_source(q) and _said_by(q, rename) is None)


def _said_by(q: Quote, rename: Callable[[str | None], str | None] | None) -> str | None:
    said_by = speaker_name(q)
    return rename(said_by) if rename else said_by


_SHARE = re.compile(
    r"(?:(?:a|an|the|full|only|just|about|nearly|almost|roughly|some|more|fewer|less|than|over|under|large|big|"
    r"slim|narrow|clear|solid|overwhelming|vast)\s+)*"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+in\s+|-in-|\s+out\s+of\s+)(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|half\b|"
    r"(?:a|one|two|three|four)[\s-](?:thirds?|quarters?|fourths?|fifths?|tenths?)(?=\s+of\b|$)|"
    r"(?:majorit(?:y|ies)|minorit(?:y|ies)|pluralit(?:y|ies))(?=\s+(?:of|in)\b|$)|"
    r"(?:[\w-]+\s+)?(?:number|share|proportion|percentage|fraction)\s+of\b)",
    re.I,
)
"""A share of a group: "85% of Democrats", "a full 79 percent of Democrats", "Six in 10 Republicans", "Almost half",
"three-quarters", "majorities in all five", "A disproportionate number of refugees". What a share of voters or of a
population holds is a poll's or a count's finding: data, not a voice ("the majority opinion" of a court speaks)."""
_COUNT = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d{3,})\s+(?:[\w-]+\s+){0,2}?(?:superdelegates|delegates|votes|voters|respondents)\b"
)
"""A count of a hundred or more delegates or votes as the speaker ("520 superdelegates"): a tally, not who speaks
("1,200 doctors" who sign a letter speak)."""
_POLL = re.compile(
    r"(?:[\w/&.'’-]+\s+){0,4}?(?:polls?|polling|surveys?|counts?|tall(?:y|ies)|precincts?|returns|ballots?|primaries|elections?)"
    r"(?:\s+(?:of|by|from|in|for|at|reported|released|conducted|published|taken|showed|shows)\b.*)?",
    re.I,
)
"""A poll or a count as the speaker: "a CNN/WMUR poll", "exit polls reported by CNN", "a count by The Associated
Press", "all precincts": its figures are data; a pollster who speaks is a voice ("pollster Ann Tye")."""
_RESULT = re.compile(r"(?:[\w.'’-]+\s+){0,3}?(?:win|wins|victory|victories|loss|losses|defeat|defeats|showing)\b")
"""A result as the speaker: "Clinton's win in six states and American Samoa" (what it shows is data)."""
_GROUP_HEADS = frozenset(
    {w for w in ROLE_KINDS["the public"] if w.endswith("s")}
    | {"people", "americans", "citizens", "locals", "fans", "onlookers"}
)
"""Plural nouns of a population: "voters", "Republican primary voters", "residents"."""
_OWNERS_GROUP = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*?['’]s?\s+(?:[a-z][\w-]*\s+){0,3}([a-z]+)")
"""A group named by whom it has to do with: "Vale's first five questioners", "Vale's advisers"."""
_MET_PEOPLE = frozenset(
    {"questioners", "interviewers", "critics", "detractors", "opponents", "rivals", "challengers", "hecklers",
     "protesters", "listeners", "viewers", "readers", "callers", "audiences", "accusers"}
)  # fmt: skip
"""People named by what they did to or with the one named ("Vale's first five questioners", "Vale's critics"):
unnamed, and no side of his (not "Vale's advisers", "Vale's confidants", "Vale's relatives": his own people)."""
_VAGUE_HEADS = frozenset({"leaders", "candidates", "politicians"})
"""Plural nouns of a generic group unless a party names its side ("U.S. leaders", "the top candidates of both
political parties"; "some GOP leaders" speak for their party)."""
_GROUP_HEAD = re.compile(r"^(?:[\w.'’-]+\s+){0,4}?([a-z]+s)(?=$|\s+(?:of|in|from|at|across|who|that|with)\b)")
_BOTH = re.compile(r"(?i:both|the\s+two|all\s+(?:two|three|four))\s")
"""Two or a few people the text has named ("both candidates", "the two senators"): not a generic group."""
_WHOSE_GROUP = re.compile(
    r"['’]s?\s|\b(?:his|her|their|its)\s|\bincluding\s+[A-Z]|\bof\s+(?:the\s+(?!\w+s\b)\w+|[A-Z])"
)
"""A group the text ties to someone or something it names: "Scott's relatives", "her neighbours", "Leaders of the
organization", "Several candidates, including Trump": identified, a voice."""
_INTERVIEW_WORDS = frozenset(
    {"asked", "pressed", "told", "questioned", "quizzed", "challenged", "reached", "contacted", "interviewed",
     "speaking", "responding", "replying", "writing"}
)  # fmt: skip
"""The first word of an interview's clause ("Asked about the vote, ...") that a failed attribution takes for a
speaker."""


def _no_voice(name: str, q: Quote, entities: dict[str, Entity]) -> bool:
    """``name`` is no voice: a share of a group or a poll (data), a generic group ("voters", "U.S. leaders": nobody
    identified), the first word of an interview's clause ("Asked"), or a place the mention lists with others
    ("Georgia and Virginia": where something was counted, not who speaks)."""
    ent = entities.get(name)
    if ent is None:
        if (
            _COUNT.match(name)
            or _SHARE.match(name)
            or _POLL.fullmatch(name)
            or _RESULT.match(name)
            or name.lower() in _INTERVIEW_WORDS
        ):
            return True
        if (own := _OWNERS_GROUP.fullmatch(name)) and own.group(1) in _MET_PEOPLE:
            return True  # "Vale's first five questioners", "Vale's critics": people the owner met, no side of his
        head = _GROUP_HEAD.match(name[:1].lower() + name[1:])  # "Voters said"
        if head and not _BOTH.match(name) and not _WHOSE_GROUP.search(name):
            noun = head.group(1).lower()
            if noun in _GROUP_HEADS or (noun in _VAGUE_HEADS and party([name]) is None):
                return True
    elif ent.type in ("GPE", "LOC") and q.speaker is not None:
        return q.speaker.text not in {ent.name, *ent.variants} and bool(re.search(r"\s(?:and|or)\s|,", q.speaker.text))
    return False


def _variant_names(entities: dict[str, Entity]) -> dict[str, str]:
    """Each spelling of one entity only -> the entity's name ("Hillary Rodham Clinton" -> Hillary Clinton): a
    speaker's voices under two spellings are one voice."""
    owners: dict[str, set[str]] = {}
    for e in entities.values():
        for v in e.variants:
            owners.setdefault(v, set()).add(e.name)
    return {v: next(iter(ns)) for v, ns in owners.items() if len(ns) == 1 and v not in entities}


_DOCS = r"(?:speech|remarks|statement|letter|missive|memo|email|e-mail|tweet|post|ad|advert|advertisement|op-ed|essay)"
_AUTHORED = (
    re.compile(rf"(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}{_DOCS}"),
    re.compile(
        rf"(?:[Aa]n?|[Tt]he)\s+(?:[\w.,-]+\s+){{0,3}}?{_DOCS}\s+(?:from|by|of)\s+(?:the\s+)?"
        r"(?P<owner>[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,4}?)(?:\s+[a-z].*)?"
    ),
)
"""A document named by its author: "Kasich's speech", "the governor's campaign ad" (``[0]``), "A Feb. 1 letter from
the American Legion obtained by the agency" (``[1]``)."""


def _author(
    name: str,
    entities: dict[str, Entity],
    variants: dict[str, str],
    rename: Callable[[str | None], str | None] | None,
) -> str | None:
    """The story's entity that wrote the document ``name`` names, when it names one ("Kasich's speech" -> John
    Kasich): what a speech or a letter says, its author says."""
    if name in entities:
        return None
    for pattern in _AUTHORED:
        if m := pattern.fullmatch(name):
            owner = m.group("owner")
            owner = rename(owner) if rename else owner
            owner = variants.get(owner or "", owner)
            if owner in entities:
                return owner
    return None


def _aside(q: Quote, text: str) -> str | None:
    """The words between the speaker's name and the cue after it, set off by commas: "Prof Anneke Lind, who led the
    trial at the University of Pellingford, said" gives "who led the trial at the University of Pellingford"."""
    if q.speaker is None or q.cue is None or not 0 < q.cue.start - q.speaker.end <= ASIDE_MAX:
        return None
    between = text[q.speaker.end : q.cue.start]
    aside = re.fullmatch(r",\s*([^,\"“”]+?),\s*", between)
    return aside.group(1) if aside else None


ASIDE_MAX = 120
"""How many characters an aside between a speaker's name and the cue may run."""


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z“\"])")
_PARTY_EPITHET = re.compile(
    r"(?:The|the)\s+((?:[A-Z][\w.'’-]*\s+){0,3}(?:Democrat|Republican|Independent)(?:ic)?)\b(?![-–])"
    r"(?!\s+(?:Party|National|Committee|[a-z]*(?:party|caucus|primar|convention|debate|majority|minority|leadership|"
    r"bill|plan|proposal|lawmakers|senators|members|voters|states?)))"
)
"""A descriptor naming a US party, not a body or a thing of it ("The Republican-led chamber", "The Democratic
Party", "The Republican caucus")."""
_ANOTHER_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def _epithet_after(q: Quote, text: str, others: tuple[re.Pattern[str], ...] = ()) -> str | None:
    """A descriptor opening the sentence after the speaker's that names the speaker's party ("..., Majority Leader
    Odo Rusk announced. The Vermont Democrat wants ..." gives "Vermont Democrat"): the sentence before names nobody
    after the speaker ("Rusk said he met Senator Ann Kell. The Ohio Republican ..." is Kell), no other person of the
    article anywhere (``others``: "She said the vote was more anti-Vale than pro-Orr. The Democratic nominee ..." is
    Orr), and the quoted words speak of nobody in the third person (""This man is unfit to lead," he added. The
    Republican nominee ..." is "this man", the speaker's rival)."""
    if q.speaker is None:
        return None
    last = max(q.speaker.end, q.content.end, q.cue.end if q.cue else 0)
    end = _SENTENCE_END.search(text, last)
    if end is None or end.start() - last > ASIDE_MAX:
        return None
    if _ANOTHER_NAME.search(text, q.speaker.end, end.start()):
        return None
    first = min(q.speaker.start, q.content.start)
    opened = max((m.end() for m in _SENTENCE_END.finditer(text, 0, first)), default=0)
    opened = max(opened, text.rfind("\n", 0, first) + 1)
    said = text[opened : q.speaker.start] + " " + text[q.speaker.end : end.start()]
    if any(p.search(said) for p in others):
        return None
    if q.kind == "direct" and _THIRD_PERSON.search(q.content.text):
        return None
    m = _PARTY_EPITHET.match(text, end.end())
    return m.group(1) if m else None


_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Tt]his\s+(?:man|woman|guy))\b")
"""Words of a quotation that speak of a person other than the one quoted."""


def _other_people(entities: dict[str, Entity], article: str, speaker: str) -> tuple[re.Pattern[str], ...]:
    """The spellings of the article's people other than ``speaker`` (none a word of the speaker's name), as
    whole-word patterns."""
    own = set(speaker.split())
    return tuple(
        re.compile(rf"(?<![\w]){re.escape(v)}(?![\w])")
        for e in entities.values()
        if e.type == "PERSON" and article in e.articles and e.name != speaker
        for v in {e.name, *e.variants}
        if len(v) > 2 and v not in own
    )


def described_body(told: list[str], entities: dict[str, Entity], article: str) -> str | None:
    """The organisation a role names by its common noun: "the alliance's chair" is the chair of the one organisation
    of the article whose name holds "Alliance" (Heart Failure Alliance of Aldmere); "the company's chief medical
    officer" of the one company the article names (a name ending in a trade or a legal form: Halvern Therapeutics).
    None when the article has none or several such."""
    from ..extract.entities import TRADE_WORDS
    from ..extract.resolve import COMPANY_NOUNS

    orgs = [e for e in entities.values() if e.type == "ORG" and article in e.articles]
    for text in told:
        if FORMER.search(text):
            continue
        for m in _OWNING_NOUN.finditer(text):
            noun = (m.group(1) or m.group(2)).lower()
            # a role of it: "the alliance's chair", "spokesman for the union"; not "familiar with the agency's review"
            near = text[m.end() :].split()[:4] if m.group(1) else text[: m.start()].split()[-4:]
            if not any(re.sub(r"\W", "", w.lower()) in ROLE_NOUNS for w in near):
                continue
            if noun in COMPANY_NOUNS:
                fits = {e.name for e in orgs if e.name.split()[-1].lower() in TRADE_WORDS | LEGAL_FORMS}
            else:
                fits = {e.name for e in orgs if noun in {w.lower() for w in e.name.split() if w[:1].isupper()}}
            if len(fits) == 1:
                return fits.pop()
    return None


_OWNING_NOUN = re.compile(
    r"(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)([a-z]+)['’]s?(?=\s)|\b(?:of|for|at)\s+the\s+([a-z]+)\b"
)
"""A common noun whose role it is: "the alliance's chair", "spokesman for the union", "chair of the alliance"."""
LEGAL_FORMS = {"inc", "corp", "corporation", "ltd", "limited", "plc", "llc", "gmbh", "ag", "co", "company"}
"""Last words of a company's name that say it is one ("Tarnby Shipping Ltd")."""


def _body_kind(name: str, ent: Entity | None) -> str | None:
    """The kind of voice an organisation is by its name: a company when it ends in a trade or a legal form ("Halvern
    Therapeutics", "Tarnby Shipping Ltd"), whether the story's entities hold it as an organisation or hold no entity
    of that name (a speaker the tagger missed); not a person of such a name."""
    from ..extract.entities import TRADE_WORDS

    if ent is not None and ent.type != "ORG":
        return None
    words = name.split()
    if len(words) < 2 or (ent is None and not words[-1][:1].isupper()):
        return None  # "the Halvern-based company": a description, not a company's name
    return "companies" if words[-1].lower().strip(".") in TRADE_WORDS | LEGAL_FORMS else None


def voice_sides(voices_: list[dict[str, Any]]) -> dict[str, int]:
    """How many of the article's quotes come from each side: a party, else a country or organisation, else the kind
    of voice (court, police, experts, ...), else "other"."""
    sides: Counter[str] = Counter()
    for v in voices_:
        if v["speaker"] != "unattributed":
            sides[v.get("party") or v.get("affiliation") or v.get("kind") or "other"] += v["quotes"]
    return dict(sides.most_common())


def framing(
    articles: list[Article],
    al: Alignment,
    quotes: list[Quote],
    entities: list[Entity],
    title_vectors: Any,
    titled: list[str],
    *,
    rename: Callable[[str | None], str | None] | None = None,
) -> list[dict[str, Any]]:
    """One framing record per article; ``rename`` as for :func:`voices`."""
    by_name = {e.name: e for e in entities}
    names = frozenset(w for e in entities for v in (e.name, *e.variants) for w in TOKEN.findall(v) if w[:1].isupper())
    # each article's own words with their offsets: its sentences, then its editor's notes
    pieces: dict[str, list[tuple[str, int | None]]] = {
        a.id: [*((c.text, c.start) for c in al.claims if c.article == a.id), *editorial_notes(a)] for a in articles
    }
    # what the article reports someone said, in quotation marks or not, is not its own wording, unless nobody
    # in particular said it ("Critics say ..."); its headline is. Nor is what it sets in quotation marks, whoever
    # speaks: a speaker's words, a title, scare quotes, odd or unclosed marks ('to "blast the daylights" out of')
    outlet_words = {
        a.id: _without_reported(
            pieces[a.id], [q.content for q in quotes if q.article == a.id and not _weasel(q)] + quoted_spans(a)
        )
        for a in articles
    }
    # its tone is its own voice: less the words it quotes (direct quotes; a paraphrase, "..., officials said", is
    # worded by the outlet), which have a tone of their own
    direct = {k: [q.content for q in quotes if q.article == k and q.kind == "direct"] for k in pieces}
    voiced = {k: _without_reported(v, direct[k]) for k, v in pieces.items()}
    distinct = distinctive_terms({k: " ".join(t for t, _ in v) for k, v in outlet_words.items()})
    # the story's vocabulary is what the outlets say in their own words, their headlines too ("Kerbridge blast death
    # toll rises" and "Two killed as blast rips through" name the explosion alike)
    topic = topic_words(
        {a.id: (a.display_outlet or a.id, [t for t, _ in _headline_piece(a) + outlet_words[a.id]]) for a in articles}
    )
    tt = title_vectors @ title_vectors.T if len(titled) > 1 else None
    out = []
    for a in articles:
        head: dict[str, Any] = {"text": a.title, "similarity_to_others": None, "citation": _title_citation(a)}
        if tt is not None and a.id in titled:
            k = titled.index(a.id)
            head["similarity_to_others"] = round(float((tt[k].sum() - 1.0) / (len(titled) - 1)), 3)
            head["distinctive_words"] = _headline_words(
                a.title or "", [x.title or "" for x in articles if x.id != a.id]
            )
        out.append(
            {
                "article": a.id,
                "outlet": a.display_outlet,
                "tone": (told := tone_of([t for t, _ in voiced[a.id]], [q.text for q in direct[a.id]]))[0],
                "quotes_tone": told[1],
                "charged_terms": _merge_terms(
                    [
                        t
                        for t in charged_in(_headline_piece(a) + outlet_words[a.id], article=a.id, names=names)
                        if not _of_topic(str(t["term"]), topic.get(a.id, frozenset()))
                    ],
                    [{**t, "spans": _word_spans(outlet_words[a.id], t["term"], a.id)} for t in distinct.get(a.id, [])],
                ),
                "voices": (said := voices(a.id, quotes, by_name, rename, a.original)),
                "unattributed": unattributed(a.id, quotes, rename),
                "voices_by_side": voice_sides(said),
                "headline": head,
            }
        )
    return out


WEASEL_SOURCE = re.compile(
    r"(?:(?:some|many|most|several|other|a\s+few|a\s+number\s+of)\s+)?(?:critics|observers|opponents|detractors|"
    r"skeptics|sceptics|commentators|people|others|some|many|analysts|experts|insiders|sources)"
    # a generic pronoun: "Whatever one thinks of Dembek, the verdict looked like revenge" (a column's own words)
    r"|one|anyone|everyone|everybody|nobody|no\s+one",
    re.I,
)
"""A source that names nobody ("Critics say", "some observers believe", "many people think"): what it is said to
say is the outlet's own wording (the attribution Wikipedia's style guide calls weasel words), so its charged words
count for the outlet; so does what a generic "one" or "everyone" thinks. "Observers from the group X", "analysts at Bank Y", a named or described person do not match."""


def _weasel(q: Quote) -> bool:
    """The quote is indirect and its speaker is a bare unnamed group (see :data:`WEASEL_SOURCE`)."""
    return q.kind == "indirect" and q.speaker is not None and bool(WEASEL_SOURCE.fullmatch(q.speaker.text.strip()))


def quoted_spans(a: Article) -> list[Span]:
    """Every passage of the article's text in quotation marks (:func:`~storyline.extract.marks.find_segments`: odd
    marks, single marks, a quotation that runs across sentences or paragraphs), as spans of its original text."""
    out = []
    for seg in find_segments(a.text):
        s, e = a.textmap.span_to_original(seg.start, seg.end)
        out.append(Span(a.id, s, e, a.original[s:e]))
    return out


def _headline_piece(a: Article) -> list[tuple[str, int | None]]:
    """The article's headline as a piece of its own wording: with its offset when the text holds it."""
    if not a.title:
        return []
    if a.title_span:
        return [(a.original[a.title_span[0] : a.title_span[1]], a.title_span[0])]
    return [(a.title, None)]


def _without_reported(pieces: list[tuple[str, int | None]], reported: list[Span]) -> list[tuple[str, int | None]]:
    """The pieces with every reported statement's words blanked out (offsets kept): "saying that he had betrayed
    his oath" gives the speaker's word, not the outlet's."""
    out: list[tuple[str, int | None]] = []
    for text, base in pieces:
        if base is None:
            out.append((text, base))
            continue
        chars = list(text)
        for span in reported:
            for i in range(max(span.start, base), min(span.end, base + len(text))):
                chars[i - base] = " "
        out.append(("".join(chars), base))
    return out


def _title_citation(a: Article) -> dict[str, Any] | None:
    """Where the title is: its span when the text holds it, else the article's ``title`` field."""
    if not a.title:
        return None
    if a.title_span:
        return {"article": a.id, "start": a.title_span[0], "end": a.title_span[1]}
    return {"article": a.id, "start": None, "end": None, "field": "title"}


def _word_spans(pieces: list[tuple[str, int | None]], word: str, article: str) -> list[dict[str, Any]]:
    """Where the word is used in the pieces that have an offset."""
    return [
        {"article": article, "start": base + m.start(), "end": base + m.end()}
        for text, base in pieces
        if base is not None
        for m in TOKEN.finditer(text)
        if m.group(0).lower() == word
    ]


def editorial_notes(a: Article) -> list[tuple[str, int | None]]:
    """The outlet's notes on its own article ("Editor's note: ...", a correction), each with where it starts in the
    article's original text (None where cleaning joined pieces of it): no claims about the story, but its own wording,
    so they count for its tone and charged terms, each where it stands."""
    notes: list[tuple[str, int | None]] = []
    for m in _NOTE_LINE.finditer(a.text or ""):
        note = m.group(0).strip()
        if not note:
            continue
        start = m.start() + m.group(0).index(note)
        s, e = a.textmap.span_to_original(start, start + len(note))
        notes.append((note, s if a.original[s:e] == note else None))
    return notes


_NOTE_LINE = re.compile(rf"^(?:{EDITORIAL_NOTE.pattern}|{CORRECTION_NOTE.pattern}).*$", re.M | re.I)


def _merge_terms(loaded: list[dict[str, Any]], own: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Loaded wording first, then the outlet's own repeated words that are not already in it."""
    words = {w for t in loaded for w in str(t["term"]).split()}
    return loaded + [t for t in own if t["term"] not in words]


HEADLINE_WORD = re.compile(r"\b(?:[A-Z]\.){2,}|(?<![\w])[A-Za-z](?:[A-Za-z\-]|['’](?=[A-Za-z]))*")
"""A headline's word: "Trump's" and "don't" whole, "U.S." whole, not the "nd" of "2nd"."""
_POSSESSIVE_END = re.compile(r"['’]s$|['’-]+$")


def _headline_words(title: str, others: list[str]) -> list[str]:
    """The title's words no other title of the story uses: not function words, not a lone letter."""
    seen = {t.lower() for o in others for t in _title_words(o)}
    return [
        t
        for t in dict.fromkeys(_title_words(title))
        if t.lower() not in seen and t.lower() not in STOP and len(t.strip(".")) > 1
    ]


@lru_cache(maxsize=4096)
def _title_words(text: str) -> tuple[str, ...]:
    """A title's words but function words, once per title (each title is read against every other one)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    out = []
    for w in HEADLINE_WORD.findall(text):
        w = _POSSESSIVE_END.sub("", w)  # "Trump's": Trump
        if "'" in w.replace("’", "'") or w.lower() in STOP_WORDS:
            continue  # "doesn't", "we're": function words
        out.append(w)
    return tuple(out)
