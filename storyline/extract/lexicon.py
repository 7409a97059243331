"""Word lists for attribution: speech and belief verbs (every inflected form), role nouns, pronouns.

These are general English lexicons, not tuned to any document: the verbs that introduce reported
speech or a reported state of mind, and the nouns that name a person by their job.
"""

from __future__ import annotations

import re
from functools import lru_cache

SPEECH_VERBS = [
    "say",
    "tell",
    "add",
    "note",
    "argue",
    "claim",
    "stress",
    "explain",
    "warn",
    "state",
    "insist",
    "announce",
    "write",
    "ask",
    "declare",
    "acknowledge",
    "admit",
    "deny",
    "confirm",
    "recall",
    "tweet",
    "respond",
    "reply",
    "suggest",
    "report",
    "predict",
    "promise",
    "vow",
    "urge",
    "accuse",
    "contend",
    "mention",
    "comment",
    "conclude",
    "continue",
    "answer",
    "echo",
    "proclaim",
    "emphasize",
    "emphasise",
    "complain",
    "caution",
    "remark",
    "observe",
    "assert",
    "allege",
    "maintain",
    "concede",
    "reveal",
    "disclose",
    "testify",
    "describe",
    "boast",
    "joke",
    "recount",
    "quip",
    "lament",
    "pledge",
    "estimate",
    "specify",
    "underline",
    "underscore",
    "reiterate",
    "repeat",
    "point",
    "hint",
    "insinuate",
    "intimate",
    "acknowledge",
    "affirm",
    "assure",
    "advise",
    "inform",
    "cite",
    "quote",
    "whisper",
]
BELIEF_VERBS = ["believe", "think", "fear"]
"""Verbs reporting a state of mind: PolNeAR-style attributions, weaker evidence than speech verbs."""

IRREGULAR = {
    "say": ("said", "said"),
    "tell": ("told", "told"),
    "write": ("wrote", "written"),
    "think": ("thought", "thought"),
    "feel": ("felt", "felt"),
    "hold": ("held", "held"),
    "speak": ("spoke", "spoken"),
}
IRREGULAR_FORMS = {f for forms in IRREGULAR.values() for f in forms}
DOUBLE_FINAL = {"admit", "regret", "commit", "refer", "occur", "quip", "rebut"}

ROLE_NOUNS = set(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "secretary",
        "ambassador",
        "envoy",
        "representative",
        "president",
        "vice-president",
        "premier",
        "chancellor",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
        "official",
        "officer",
        "director",
        "head",
        "chief",
        "chairman",
        "chairwoman",
        "chair",
        "leader",
        "expert",
        "analyst",
        "diplomat",
        "adviser",
        "advisor",
        "aide",
        "economist",
        "professor",
        "researcher",
        "scholar",
        "scientist",
        "analyst",
        "commander",
        "general",
        "spokesman",
        "mayor",
        "judge",
        "lawyer",
        "attorney",
        "prosecutor",
        "candidate",
        "nominee",
        "founder",
        "executive",
        "ceo",
        "cto",
        "cfo",
        "coo",
        "manager",
        "strategist",
        "pollster",
        "consultant",
        "activist",
        "author",
        "editor",
        "correspondent",
        "reporter",
        "campaigner",
        "deputy",
        "negotiator",
        "emissary",
        "counsellor",
        "counselor",
        "commissioner",
        "inspector",
        "chief-of-staff",
        "king",
        "queen",
        "prince",
        "pope",
        "source",
        "sources",
        "officials",
        "experts",
        "analysts",
        "diplomats",
        "witness",
        "witnesses",
        "clerk",
        "marshal",
        "teacher",
        "headteacher",
        "principal",
        "superintendent",
        "coroner",
        "treasurer",
        "warden",
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "alderman",
        "assemblyman",
        "assemblywoman",
        "sheriff",
        "magistrate",
        "detective",
        "sergeant",
    ]
)
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": "p", "i": "s", "we": "p", "it": "n"}
ACCORDING = re.compile(r"\baccording\s+to\b", re.I)


def _forms(lemma: str) -> set[str]:
    forms = {lemma}
    if lemma in IRREGULAR:
        forms.update(IRREGULAR[lemma])
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"})
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.update({lemma + "es", lemma + "ed", lemma + "ing"})
    else:
        forms.add(lemma + "s")
        if lemma not in IRREGULAR:
            forms.add(stem + "ed")
        forms.add(stem + "ing")
    if lemma in DOUBLE_FINAL:
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, str]:
    """Every inflected form of a speech or belief verb -> its lemma."""
    out: dict[str, str] = {}
    for lemma in (*SPEECH_VERBS, *BELIEF_VERBS):
        for f in _forms(lemma):
            out.setdefault(f, lemma)
    return out


NOUNISH = {
    "state", "report", "tweet", "estimate", "comment", "point", "continue", "promise",
    "reply", "answer", "echo", "vow", "pledge", "remark", "charge", "repeat", "signal", "testify", "whisper",
}  # fmt: skip
"""Lemmas whose bare and -s forms are mostly nouns ("the state", "reports"): only their -ed/-ing forms
make a sentence worth parsing."""


@lru_cache(maxsize=1)
def cue_regex() -> re.Pattern[str]:
    """Finds a cue word in a text (a cheap pre-filter before parsing a sentence)."""
    forms = [
        f
        for f, lemma in cue_forms().items()
        if lemma not in NOUNISH or f.endswith(("ed", "ing")) or f in IRREGULAR_FORMS
    ]
    words = sorted(forms, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r"|according to)\b", re.I)


def cue_lemma(word: str) -> str | None:
    return cue_forms().get(word.lower())


def is_belief(lemma: str | None) -> bool:
    return lemma in BELIEF_VERBS


WORD_RE = re.compile(r"[A-Za-z]+")


def cue_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the cue words in ``text[start:end]`` that make a sentence worth parsing
    (same words as :func:`cue_regex`, by a fast word scan)."""
    forms = _prefilter_forms()
    out = []
    for m in WORD_RE.finditer(text, start, end):
        w = m.group(0).lower()
        if w in forms:
            out.append((m.start(), m.end()))
        elif w == "according" and text.startswith(" to", m.end()):
            out.append((m.start(), m.end() + 3))
    return out


@lru_cache(maxsize=1)
def _prefilter_forms() -> frozenset[str]:
    return frozenset(
        f
        for f, lemma in cue_forms().items()
        if lemma not in NOUNISH or f.endswith(("ed", "ing")) or f in IRREGULAR_FORMS
    )


DEMONYMS = {
    "russian": "Russia", "russia": "Russia", "kremlin": "Russia", "moscow": "Russia", "american": "United States",
    "us": "United States", "u.s.": "United States", "united states": "United States", "treasury": "United States",
    "white house": "United States", "washington": "United States", "pentagon": "United States",
    "german": "Germany", "germany": "Germany", "berlin": "Germany", "chinese": "China", "china": "China",
    "beijing": "China", "north korean": "North Korea", "north korea": "North Korea", "south korea": "South Korea", "pyongyang": "North Korea", "dprk": "North Korea",
    "south korean": "South Korea", "seoul": "South Korea", "british": "United Kingdom", "uk": "United Kingdom",
    "french": "France", "france": "France", "japanese": "Japan", "japan": "Japan", "ukrainian": "Ukraine",
    "ukraine": "Ukraine", "iranian": "Iran", "iran": "Iran", "israeli": "Israel", "israel": "Israel",
    "indian": "India", "india": "India", "pakistani": "Pakistan", "turkish": "Turkey", "eu": "European Union",
    "european": "European Union", "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
    "nato": "NATO", "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil", "italian": "Italy",
    "spanish": "Spain", "polish": "Poland", "syrian": "Syria", "saudi": "Saudi Arabia", "egyptian": "Egypt",
}  # fmt: skip
"""Words that name a country or body (demonyms, capitals, the country itself) -> its name: the side a voice is
on, and the country a possessive description names ("Turkey's president" is the "Turkish President")."""


GIVEN_NAME_RATIO = 10.0
"""A given name tells a gender when it is this many times as common among one sex as the other in the census
lists (Donald, Hillary, Mike, Jill); Lindsey (8.6), Kelly, Kim and Chris (8.2) tell none."""


@lru_cache(maxsize=1)
def _census() -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """The 1990 US census lists of the ``names`` package: male and female given names, surnames (name -> % of
    people)."""
    import names

    def read(path: str) -> dict[str, float]:
        with open(path, encoding="ascii") as fh:
            return {parts[0].lower(): float(parts[1]) for line in fh if len(parts := line.split()) >= 2}

    male, female, last = (read(names.FILES[k]) for k in ("first:male", "first:female", "last"))
    return male, female, last


def is_given_name(word: str) -> bool:
    """``word`` is a given name in the census lists, whether or not it tells a gender ("Francis", "Kim")."""
    male, female, _ = _census()
    return word.lower() in male or word.lower() in female


def is_surname(word: str) -> bool:
    """``word`` is in the census surname list and more common there than as a given name ("Biden" is not listed;
    "Rice", "Moon" are)."""
    male, female, last = _census()
    w = word.lower()
    return last.get(w, 0.0) > max(male.get(w, 0.0), female.get(w, 0.0))


@lru_cache(maxsize=1)
def _census_first_names() -> dict[str, str]:
    """Given names of the census lists that tell a gender: "m" or "f". A name more common as a surname than as a
    given name ("Moon") tells none."""
    male, female, last = _census()
    out: dict[str, str] = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if last.get(name, 0.0) > max(m, f):
            continue
        if m >= GIVEN_NAME_RATIO * f:
            out[name] = "m"
        elif f >= GIVEN_NAME_RATIO * m:
            out[name] = "f"
    return out


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" when the given name ``word`` is nearly always a man's or a woman's in the US census lists,
    else None (unknown, shared, or more often a surname)."""
    return _census_first_names().get(word.lower())


SECOND_RANK = frozenset({"vice", "deputy", "assistant", "acting"})
"""Role words that make another office: "the Democratic presidential nominee" is not the vice presidential one, "the
spokesman" may be the deputy spokesman only when the text says so."""


ROLE_KINDS = {
    "court": ("judge", "magistrate", "court", "coroner", "jury", "juror"),
    "prosecution": ("prosecutor", "prosecutors", "prosecution", "district attorney", "state attorney"),
    "defence": ("defence", "defense", "defendant"),
    "police": ("police", "detective", "sheriff", "constable", "trooper", "policeman", "policewoman"),
    "emergency services": ("firefighter", "firefighters", "fire chief", "fire service", "paramedic", "coastguard",
                           "rescuer", "rescuers",
                           # the fire service's officers and bodies by their other names: "Chief Fire Officer", "the
                           # Tarnby Fire and Rescue Service", "the county fire brigade", "an ambulance spokesman"
                           "fire officer", "fire officers", "fire and rescue", "fire brigade", "fire department",
                           "fire marshal", "fire commissioner", "fire crew", "fire crews", "fire captain",
                           "paramedics", "ambulance", "coastguards", "coast guard", "lifeboat", "search and rescue",
                           "emergency services"),
    "medical staff": ("doctor", "doctors", "physician", "surgeon", "nurse", "epidemiologist", "medical"),
    "experts": ("professor", "analyst", "analysts", "economist", "researcher", "scientist", "expert", "experts",
                "historian", "lecturer", "academic"),
    "officials": ("minister", "mayor", "governor", "official", "officials", "secretary", "commissioner",
                  "councillor", "councilman", "councilwoman", "senator", "lawmaker", "ministry", "department",
                  "agency", "authority", "government"),
    "companies": ("chief executive", "ceo", "founder", "owner", "company", "chairman of the board"),
    "the public": ("resident", "residents", "witness", "witnesses", "neighbour", "neighbor", "passenger", "passengers",
               "voter", "voters", "farmer", "farmers", "parent", "parents", "student", "students", "shopper",
               "survivor", "customer", "patient", "patients", "protester", "protesters", "relative", "relatives"),
}  # fmt: skip
"""What kind of voice a role names, for the sides of an outlet's voices when no party, country or organisation does
("the presiding judge" -> court, "Defence lawyer" -> defence): the role's words, lower case. A role is read for the
word that comes first in it ("police spokesman for the ministry" -> police)."""


PARTY_WORDS = {"republican": "Republican", "gop": "Republican", "democratic": "Democrat", "democrat": "Democrat"}
"""US party words, lower case, and the party each names ("GOP" is Republican): for a speaker's side in the framing and
for a title's party ("The Republican nominee")."""


LATIN_CAPITALS = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
"""The capital letters of Latin script, for a character class ("[" + LATIN_CAPITALS + "]"): a place in capitals with an
accent ("TOLVÉRA", "MÜNCHEN", "ŁÓDŹ") opens a dateline as "KESSLING" does."""
