"""Cross-document entities: one entity per person, organisation or place, its spellings merged.

- people: full names merge when their last names are near-identical and their first names close
  (Andrey/Andrei Korneev) or one contains the other; a lone name ("Kim", "Nebezia") goes to the full
  name it belongs to in its own article first, then to the only matching person across the story
  (so "Kim" in an article about Kim Jong Sik is never Kim Jong Un);
- labels are made consistent across the story: a name takes the majority label of its mentions;
- organisations and places merge by normalised form ("U.S." = "US"), by acronym ("UNSC" =
  "United Nations Security Council", "US" = "United States") and by a country's official short form
  ("DPRK" = "North Korea");
- roles given with a person's mentions are attached to the entity.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..clean.masthead import NEWS_WORDS, PAPER_WORDS
from ..models import Article, ArticleExtraction, Entity, Mention, Span, umlaut_folded, unaccented
from .attribution import DATELINE
from .entities import (
    BODY_WORDS,
    DEFINED_SHORT_FORM,
    DEMONYM_END,
    HONORIFICS,
    INSTITUTION_HEADS,
    LEADING_THE,
    SURNAME_PARTICLES,
    TRADE_WORDS,
    clean_name,
    context_kind,
    demonym_written,
    entity_name,
    family_of,
    relative_role,
    thing_context,
)
from .lexicon import DEMONYMS, ROLE_NOUNS, SECOND_RANK, cue_forms, cue_lemma, is_given_name, is_surname
from .products import product_names

PERSON = "PERSON"
PLACE_ORG = {"ORG", "GPE", "LOC", "FAC"}
SKIP_WORDS = {"of", "the", "and", "for", "&", "on", "in", "de"}


def norm(name: str) -> str:
    """Comparison form of a name: no leading "the", no possessive, no dots, no accents, lower case ("Maren Sørensen"
    and "Maren Sorensen" are one name)."""
    return re.sub(r"\s+", " ", unaccented(clean_name(name)).replace(".", "")).strip().lower()


def acronym(name: str) -> str | None:
    """Initials of a multi-word name ("United Nations Security Council" -> "unsc"); acronyms spread."""
    words = [w for w in re.split(r"[\s-]+", clean_name(name)) if w and w.lower() not in SKIP_WORDS]
    if len(words) < 2:
        return None
    letters = [w.replace(".", "").lower() if w.replace(".", "").isupper() else w[0].lower() for w in words]
    return "".join(letters)


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, i: int) -> int:
        while self.p[i] != i:
            self.p[i] = self.p[self.p[i]]
            i = self.p[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


GENERATION = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Suffixes that tell a father from a son ("Donald Trump Jr." is not Donald Trump)."""
VESSEL = frozenset({"uss", "hms", "rms", "ss", "mv", "hmcs", "hmas", "usns", "ins"})
"""Prefixes of a ship's name ("USS John S. McCain" is a ship named after the senator, not him)."""


def _same_person(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    pa, pb = _no_initials(norm(a).split()), _no_initials(norm(b).split())
    if not pa or not pb:
        return False
    if {w for w in pa if w in GENERATION} != {w for w in pb if w in GENERATION}:
        if not (_formal_form_of(a, b) or _formal_form_of(b, a)):
            return False
        pa, pb = [w for w in pa if w not in GENERATION], [w for w in pb if w not in GENERATION]
    if (pa[0] in VESSEL) != (pb[0] in VESSEL):
        return False
    if _other_middles(a, b):
        return False
    if " ".join(pa) in " ".join(pb) or " ".join(pb) in " ".join(pa):
        return len(pa) >= 2 and len(pb) >= 2
    if abs(len(pa) - len(pb)) == 1 and min(len(pa), len(pb)) >= 2:
        pa, pb = [pa[0], pa[-1]], [pb[0], pb[-1]]  # a middle name told once: "Betty Mae Page" / "Bettie Page"
    if len(pa) != len(pb) or fuzz.ratio(pa[-1], pb[-1]) < 85:
        return False
    return all(fuzz.ratio(x, y) >= 70 or _given(x) == _given(y) for x, y in zip(pa[:-1], pb[:-1], strict=True))


def _middle_letters(name: str) -> tuple[str, bool] | None:
    """The letters of the middle names of a person's name, honorifics, particles and a generation's suffix aside, and
    whether it gives them all as initials: "George H.W. Vale" -> ``("hw", True)``, "Anton Wil Vale" ->
    ``("w", False)``; ``None`` for a name with no middle name."""
    words = clean_name(name).replace(",", " ").split()
    while len(words) > 1 and norm(words[0]) in HONORIFICS:
        words = words[1:]
    while len(words) > 2 and norm(words[-1]) in GENERATION:
        words = words[:-1]
    middle = [w for w in words[1:-1] if w[:1].isupper() and w.lower() not in SURNAME_PARTICLES]
    if not middle:
        return None
    letters, initials = "", True
    for w in middle:
        bare = w.replace(".", "")
        if re.fullmatch(r"[A-Z]{1,3}", bare) and (len(bare) == 1 or "." in w):
            letters += bare.lower()
        else:
            letters, initials = letters + bare[:1].lower(), False
    return letters, initials


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


def _other_middles(a: str, b: str) -> bool:
    """Two names that give different middle names are two people, often a father and his son ("George W. Vale" and
    "George H.W. Vale"): both give their middle names as initials and the letters differ, or the letters of neither
    are found in order in the other's ("Anton B. Vale" / "Anton Carl Vale"). A name with no middle name
    may be either ("Anton Vale"), and a middle name told in one form only is the same ("Hillary Diane Rodham Clinton" /
    "Hillary R. Clinton")."""
    ma, mb = _middle_letters(a), _middle_letters(b)
    if ma is None or mb is None or ma[0] == mb[0]:
        return False
    if ma[1] and mb[1]:
        return True
    return not (_subsequence(ma[0], mb[0]) or _subsequence(mb[0], ma[0]))


def _formal_form_of(formal: str, short: str) -> bool:
    """``formal`` is the style-book form of the name ``short`` gives by its nickname: "Joseph R. Biden Jr." of "Joe
    Biden" (the full given name, a middle initial and a generation's suffix), where ``short`` has no suffix. A son
    named after his father is written with his father's given name ("Donald Trump Jr." beside "Donald Trump"), so a
    given name the same in both forms, or no middle initial, keeps the two people apart."""
    full, nick = norm(formal).split(), norm(short).split()
    if any(w in GENERATION for w in nick) or len(nick) < 2 or len(full) < 4 or full[-1] not in GENERATION:
        return False
    middle = full[1:-2]
    return (
        nick[0] in NICKNAMES
        and NICKNAMES[nick[0]] == full[0]
        and any(len(w) == 1 for w in middle)
        and full[-2] == nick[-1]
    )


NICKNAMES = {
    "bill": "william", "will": "william", "billy": "william", "bob": "robert", "rob": "robert", "bobby": "robert",
    "mike": "michael", "jim": "james", "jimmy": "james", "joe": "joseph", "tom": "thomas", "tommy": "thomas",
    "dick": "richard", "rick": "richard", "chuck": "charles", "charlie": "charles", "ted": "edward", "ed": "edward",
    "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth", "kate": "katherine", "kathy": "katherine",
    "pat": "patrick", "dan": "daniel", "danny": "daniel", "dave": "david", "steve": "steven", "stephen": "steven",
    "tony": "anthony", "andy": "andrew", "matt": "matthew", "chris": "christopher", "nick": "nicholas",
    "alex": "alexander", "sam": "samuel", "ben": "benjamin", "greg": "gregory", "jeff": "jeffrey", "jon": "jonathan",
    "larry": "lawrence", "ron": "ronald", "don": "donald", "doug": "douglas", "ken": "kenneth", "jerry": "gerald",
    "sue": "susan", "jenny": "jennifer", "jen": "jennifer", "mitch": "mitchell",
}  # fmt: skip
"""Short forms of given names in English ("Bill Barr" is William Barr): a person told both ways is one person."""


def _given(name: str) -> str:
    """A given name in its full form ("bill" -> "william"), in :func:`norm` form."""
    return NICKNAMES.get(name, name)


def _no_initials(parts: list[str]) -> list[str]:
    """A name without its middle initials ("donald j trump" -> "donald trump")."""
    if len(parts) <= 2:
        return parts
    return [parts[0], *(p for p in parts[1:-1] if len(p) > 1), parts[-1]]


def _consistent_labels(items: list[tuple[str, Mention]], outlets: list[str] | None = None) -> dict[str, str]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for _aid, m in items:
        votes[norm(m.name or m.span.text)][m.label] += 1
    for outlet in outlets or []:  # "Kellbrook Gazette": the town the paper is named after is a place
        if (town := LOCAL_PAPER.fullmatch(outlet)) and (key := norm(town.group(1))) in votes:
            votes[key]["GPE"] += 1
    for _aid, m in items:  # "the Kestrow School District": the town the district is named after is a place
        town = LOCAL_BODY.fullmatch(m.name or m.span.text) if m.label in ("ORG", "GPE") else None
        if town is not None and (key := norm(town.group(1))) in votes:
            votes[key]["GPE"] += 1
    # "landed in Elmsgard" (the tagger's product) beside the dateline "ELMSGARD -": a place
    datelined = {norm(m.name or m.span.text) for _aid, m in items if _dateline_place(m)}
    # "Vale" the story writes alone as a person at least twice as often as anything else ("By contrast, Vale has", tagged
    # an organisation in one article): the surname of the story's person, when only one person has it
    alone: dict[str, Counter[str]] = defaultdict(Counter)
    for _aid, m in items:
        if " " not in (word := norm(m.span.text)):
            alone[word][m.label] += 1
    surnames = Counter(key.split()[-1] for key, c in votes.items() if " " in key and c[PERSON] == max(c.values()))
    for key, c in votes.items():
        if surnames[key] == 1 and c[PERSON] < max(c.values()) and alone[key][PERSON] >= 2 * sum(c.values()):
            c[PERSON] = alone[key][PERSON]
    out = {}
    for key, c in votes.items():
        if key in datelined and c["GPE"]:
            c.pop("PRODUCT", None)  # no person heads a dateline either
            c.pop(PERSON, None)
        top = max(c.values())
        out[key] = PERSON if c[PERSON] == top else c.most_common(1)[0][0]
        place = c["GPE"] + c["LOC"]
        # a one-word site (FAC) is a place's modifier ("the Harnsby mine" beside "in Harnsby"): no vote against it
        other = max((n for label, n in c.items() if label not in PLACE_LABELS | {"FAC"}), default=0)
        if " " not in key and place > other and (other > 0 or c["FAC"] > 0):
            # a one-word name the articles tag a place more often than anything else ("Sävmora" GPE after "the
            # village of", "near", "in Kellbrook and ..."; PERSON or NORP where the tagger had no cue) is that place
            out[key] = "GPE" if c["GPE"] >= c["LOC"] else "LOC"
    return out


def _told_things(items: list[tuple[str, Mention]], labels: dict[str, str], originals: dict[str, str]) -> None:
    """A name one article's words give as a band or a work's title (:func:`thing_context`: "as the band Saltglass
    began its set") is that in the whole story, where other articles' tagger read a person ("as Saltglass played");
    not a name given a role anywhere (a person)."""
    told: dict[str, str] = {}
    for aid, m in items:
        text = originals.get(aid, "")
        if (
            text[m.span.start : m.span.end] == m.span.text
            and norm(m.name or m.span.text) == norm(m.span.text)  # not "Weiner" of Anthony Weiner
            and (kind := thing_context(text, m.span.start, m.span.end))
        ):
            told[norm(m.span.text)] = kind
    roled = {norm(m.name or m.span.text) for _aid, m in items if m.role}
    for key, kind in told.items():
        if key not in roled and labels.get(key) in {PERSON, *PLACE_ORG}:
            labels[key] = kind


_PRESS_BEFORE = re.compile(
    r"\b(?:(?:a|an|the)\s+(?:report|story|article|investigation|interview|poll)\s+(?:by|from|in)"
    r"|reported\s+(?:by|to)|according\s+to|told|(?:speaking|spoke|talking)\s+to)\s+$",
    re.I,
)
_PRESS_AFTER = re.compile(
    r"\s+(?:(?:reported|reports|first\s+reported|has\s+reported)\b"
    r"|(?:reporter|correspondent|columnist|editor|story|report|article|investigation|editorial|poll)s?\b)"
)
"""Words that give a name as a newsroom's: "according to Brightwater", "told Brightwater", "a report by Brightwater",
"Brightwater reported", "a Brightwater story", "Brightwater reporter Ines Marr"."""


def _press_names(items: list[tuple[str, Mention]], labels: dict[str, str], originals: dict[str, str]) -> None:
    """A one-word "person" of the story that words give as a newsroom (:data:`_PRESS_BEFORE`, :data:`_PRESS_AFTER`)
    is an organisation in the whole story, where no name of a person says otherwise: never given a role, no word of
    a person's longer name ("Marr" of Ines Marr), and no given name or surname the census knows, unless it opens a
    newsroom's longer name in the story ("told Fox" beside "Fox News")."""
    roled = {norm(m.name or m.span.text) for _aid, m in items if m.role}
    name_words = {
        w.lower() for _aid, m in items if m.label == PERSON for w in (m.name or m.span.text).split()[:-1] or ["\x00"]
    }
    name_words |= {
        (m.name or m.span.text).split()[-1].lower()
        for _aid, m in items
        if m.label == PERSON and len((m.name or m.span.text).split()) >= 2
    }
    outlets = {
        words[0].lower()
        for _aid, m in items
        if m.label == "ORG" and len(words := m.span.text.split()) >= 2 and words[-1].lower() in NEWS_WORDS | {"news"}
    }
    for aid, m in items:
        word = m.span.text
        key = norm(word)
        if " " in word or not word[:1].isupper() or labels.get(key) != PERSON or key in roled:
            continue
        if word.lower() in name_words or ((is_surname(word) or is_given_name(word)) and word.lower() not in outlets):
            continue
        text = originals.get(aid, "")
        if text[m.span.start : m.span.end] != word:
            continue
        if _PRESS_BEFORE.search(text, max(0, m.span.start - 40), m.span.start) or _PRESS_AFTER.match(text, m.span.end):
            labels[key] = "ORG"


LOCAL_PAPER = re.compile(
    r"(?:The\s+)?([A-Z][\w'’-]+)\s+(?:"
    + "|".join(sorted(w.capitalize() for w in PAPER_WORDS | {"echo", "record", "star"}))
    + ")"
)
"""A local paper's name, a place's name then a newspaper word ("Kellbrook Gazette", "The Dunmere Courier"): the
story's outlets count as one place vote for the name, which the articles may tag a group or an organisation."""


LOCAL_BODY = re.compile(
    r"(?:The\s+)?([A-Z][\w'’-]+)\s+(?:(?:Unified\s+|Independent\s+)?School\s+(?:District|Board)|Public\s+Schools|"
    r"(?:City|County|Town|District|Borough|Parish|Municipal)\s+Council|Police\s+(?:Department|Service|Force)|"
    r"Fire\s+(?:Department|Service)|Municipality)"
)
"""A local body named after its town ("Kestrow School District", "Dunmere City Council", "Arlen Police Department"):
each mention is a place vote for the town's name, which the articles may tag a product or an organisation when it
stands alone ("Schools in Kestrow will reopen"). No company's name: "Apple Inc." says nothing of a place."""


PLACE_LABELS = frozenset({"GPE", "LOC"})
"""The labels of a place: their votes count together when a one-word name's mentions disagree on its type."""


def person_form(name: str) -> str:
    """A person's name without the honorifics before it ("Mr Trump" -> "trump"), in :func:`norm` form."""
    words = norm(name).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def name_split(name: str) -> tuple[list[str], str]:
    """A person's name as its given names and its surname, in :func:`norm` form, honorifics aside: the surname keeps
    the particles that open it ("Pieter van der Berg" -> ``["pieter"], "van der berg"``; "Ana de la Fuente" ->
    ``["ana"], "de la fuente"``). A particle is one in lower case, or a capitalised one before another ("Van der
    Berg", "De La Fuente"); "Van Morrison" is a given name and a surname. A surname alone ("Mr van der Berg") has no given names."""
    words = clean_name(name).split()
    while len(words) > 1 and norm(words[0]) in HONORIFICS:
        words = words[1:]
    k = len(words) - 1
    while k > 0 and words[k - 1].lower() in SURNAME_PARTICLES:
        k -= 1
    run = words[k : len(words) - 1]
    if len(run) == 1 and not run[0].islower():
        k += 1  # "Van Morrison", "Di Maria" alone: a capitalised word before the surname may be a given name
    return [norm(w) for w in words[:k] if norm(w)], norm(" ".join(words[k:]))


def _part_match(single: str, full: str) -> bool:
    from rapidfuzz import fuzz

    parts = person_form(full).split()
    s = person_form(single)
    if " " in s:  # a surname with its particles ("van der Berg"): the full name's surname, particles and all
        return name_split(single)[1] == name_split(full)[1]
    return s in (parts[0], parts[-1]) or (
        len(s) >= 5 and s[0] == parts[-1][:1] and fuzz.ratio(s, parts[-1]) >= 85 and not family_of(s, parts[-1])
    )  # "the Clintons", the couple, is none of them


DOMINANT = 4
"""A surname alone stands for the one of several people of that name whom the story names this many times
more often than the next (counted over full-name mentions), when its own article names none of them."""


def _cluster_people(
    idx: list[int], names: list[str], arts: list[str], uf: _UF, relatives: set[int] | None = None
) -> None:
    """People by name across articles. A surname alone joins the one person of that name the story names in full,
    not one introduced as someone's relative or spouse (``relatives``: "first lady Jill Biden" is not the "Biden"
    of "President Biden said")."""
    # "Mr Trump" and "van der Berg" are a surname alone
    full = [i for i in idx if len(person_form(names[i]).split()) >= 2 and name_split(names[i])[0]]
    by_last: dict[str, list[int]] = defaultdict(list)
    for i in full:
        words = norm(names[i]).split()
        # "mueller" and "muller" begin alike; "Joseph R. Keldon Jr." is filed under "Keldon" as well as under "Jr."
        # (where "Donald Jr." is)
        for last in {words[-1], *[w for w in words if w not in GENERATION][-1:]}:
            by_last[umlaut_folded(last)[:3]].append(i)
    for group in by_last.values():
        group = list(dict.fromkeys(group))
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                if _same_person(names[group[a]], names[group[b]]):
                    uf.union(group[a], group[b])
    kin = {uf.find(j) for j in relatives or ()}  # surnames alone join only non-relatives' roots, which stay as they are
    for i in idx:
        if i in full:
            continue
        local = [j for j in full if arts[j] == arts[i] and _part_match(names[i], names[j]) and uf.find(j) not in kin]
        cands = _initials_aside(
            local or [j for j in full if _part_match(names[i], names[j]) and uf.find(j) not in kin], names
        )
        roots = Counter(uf.find(j) for j in cands)
        ranked = roots.most_common(2)
        if len(roots) == 1 or (len(roots) > 1 and not local and ranked[0][1] >= DOMINANT * ranked[1][1]):
            # "Obama" in a story that names Barack Obama 40 times and Michelle Obama twice: Barack Obama
            uf.union(i, ranked[0][0])
        else:
            same = [j for j in idx if j != i and person_form(names[j]) == person_form(names[i])]
            for j in same:
                uf.union(i, j)


def _known_as_people(idx: list[int], items: list[tuple[str, Mention]], names: list[str], uf: _UF) -> None:
    """A short given name an article says a person goes by ("Margaret Dunley, known as Maggie": the mention "Maggie"
    named Margaret Dunley, see ``entities._known_as``) with the surname is that person in every article of the story
    ("Maggie Dunley" in another report), when exactly one person of the story goes by it."""
    aliases: dict[str, set[int]] = defaultdict(set)
    for i in idx:
        word, full = items[i][1].span.text, names[i].split()
        alias = len(full) >= 2 and " " not in word and word.isalpha() and word[:1].isupper() and word not in full
        if alias and not any(norm(word) == norm(w) for w in full) and not _part_match(word, names[i]):
            aliases[norm(f"{word} {full[-1]}")].add(i)
    for i in idx:
        owners = aliases.get(norm(names[i]), set())
        if len({uf.find(j) for j in owners}) == 1:
            uf.union(i, next(iter(owners)))


OFFICE_TITLES = frozenset(
    {"justice", "judge", "senator", "sen", "representative", "rep", "governor", "gov", "mayor", "bishop", "general"}
)
"""Offices a name is written after ("Justice Marta Quell", "Justices Marta B. Quell Jr. and Ivo Renn"): the same
office before two forms of one name is evidence they are one person."""
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\.?[^\S\n]+$")


def _office_before(text: str, m: Mention) -> str | None:
    """The office :data:`OFFICE_TITLES` names right before the mention ("Justices" -> "justice"), else the one its
    role ends in."""
    found = _WORD_BEFORE.search(text, max(0, m.span.start - 30), m.span.start)
    words = [found.group(1).lower()] if found else []
    words += norm(m.role or "").split()[-1:]
    for w in words:
        for form in (w, w[:-1] if w.endswith("s") else w):
            if form in OFFICE_TITLES:
                return form
    return None


def _titled_generations(
    idx: list[int], items: list[tuple[str, Mention]], names: list[str], originals: dict[str, str], uf: _UF
) -> None:
    """A name told once with a generation's suffix and once without ("Justice Samuel A. Alito Jr." / "Justice Samuel
    Alito": the style-book form and the short one) is one person when both are written after the same office
    (:data:`OFFICE_TITLES`); without it they stay apart, as a son named after his father ("Harold Quist III" and "his
    father, Harold Quist")."""
    by_base: dict[str, dict[bool, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for i in idx:
        words = _no_initials(person_form(names[i]).split())
        base = [w for w in words if w not in GENERATION]
        office = _office_before(originals.get(items[i][0], ""), items[i][1])
        if len(base) >= 2 and office:
            by_base[" ".join(base)][len(base) != len(words)].setdefault(office, i)
    for forms in by_base.values():
        for office, i in forms[True].items():
            if office in forms[False]:
                uf.union(i, forms[False][office])


def _initials_aside(cands: list[int], names: list[str]) -> list[int]:
    """Full names a surname alone may stand for, less those given by an initial that one of the others begins with
    ("I. Marten" beside "Ilse Marten": the same person, whom :func:`_initialled_people` joins later)."""
    given = {j: name_split(names[j])[0] for j in cands}
    written = {g[0][:1] for g in given.values() if g and any(len(w) > 1 for w in g)}
    return [j for j in cands if not given[j] or any(len(w) > 1 for w in given[j]) or given[j][0] not in written]


def _initialled_people(idx: list[int], names: list[str], uf: _UF) -> None:
    """A name given by initial and surname ("D. Havrylenko") is the one person of the story whose surname it is and
    whose given name begins with that letter ("Dmytro Havrylenko"); with two such people ("Dmytro" and "Daria"
    Havrylenko, often relatives), or none, it stays its own."""
    by_surname: dict[str, set[int]] = defaultdict(set)
    initialled: list[tuple[int, str, str]] = []
    for i in idx:
        given, surname = name_split(names[i])
        if not given:
            continue
        if all(len(w) == 1 for w in given):  # "P. van der Berg": the surname with its particles
            initialled.append((i, given[0], umlaut_folded(surname)))
        else:
            by_surname[umlaut_folded(surname)].add(i)
    for i, letter, surname in initialled:
        roots = {uf.find(j) for j in by_surname.get(surname, ()) if person_form(names[j]).startswith(letter)}
        if len(roots) == 1:
            uf.union(i, roots.pop())


_TRANSLITERATION = [
    ("shch", "s"), ("tsch", "c"), ("sch", "s"), ("sh", "s"), ("sz", "s"), ("zh", "z"), ("ch", "c"), ("cz", "c"),
    ("tz", "c"), ("ts", "c"), ("kh", "h"), ("ph", "f"), ("w", "v"), ("h", "g"), ("y", "i"), ("j", "i"),
    ("ie", "e"), ("ou", "u"),
]  # fmt: skip
"""Latin spellings of one Cyrillic (or other non-Latin) letter that systems of transliteration write differently,
folded to one: Ukrainian "Г" is "h" where Russian writes "g" (Havrylenko / Gavrilenko), "и"/"й" is "y", "i" or
"j", "в" is "v" or German "w", "ш" is "sh", "sch" or "sz", "ц" is "ts", "tz" or "c"."""


def transliteration_key(word: str) -> str:
    """``word`` (lower case) with the letters :data:`_TRANSLITERATION` lists folded and doubled letters single: the
    key two transliterations of one name share ("dmytro"/"dmitri" come close, "havrylenko"/"gavrilenko" meet)."""
    out = umlaut_folded(unaccented(word.lower()))
    for a, b in _TRANSLITERATION:
        out = out.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", out)


def _transliterated_people(idx: list[int], items: list[tuple[str, Mention]], names: list[str], uf: _UF) -> None:
    """Two transliterations of one name ("Dmytro Havrylenko" / "Dmitri Gavrilenko") are one person only on strong
    evidence, as people of one surname are often relatives: the surnames share :func:`transliteration_key`, the given
    names are close under it, every person of that key in the story holds one same stated role ("the chief engineer
    of the Harrowmere Dam"), and no other person of the story has that key with another given name. One spelling of
    the surname with two of the given name ("Dmytro" / "Dmitri Kovalenko") needs that role too."""
    from rapidfuzz import fuzz

    groups: dict[str, dict[int, tuple[str, str]]] = defaultdict(dict)
    roles: dict[int, set[str]] = defaultdict(set)
    for i in idx:
        words = _no_initials(person_form(names[i]).split())
        if len(words) < 2:
            continue
        root = uf.find(i)
        if items[i][1].role:
            roles[root].add(norm(items[i][1].role or ""))
        if len(words[0]) > 1:
            groups[transliteration_key(words[-1])].setdefault(root, (words[0], words[-1]))
    for people in groups.values():
        if len(people) < 2:
            continue
        given = [transliteration_key(g) for g, _s in people.values()]
        if any(fuzz.ratio(a, b) < 75 for a in given for b in given):
            continue  # "Dmytro" and "Olena Havrylenko": two people
        shared = set.intersection(*(roles.get(r, set()) for r in people))
        same = len({transliteration_key(g) + " " + transliteration_key(s) for g, s in people.values()}) == 1
        if len({surname for _g, surname in people.values()}) < 2:
            same = False  # one spelling of the surname ("Dmytro"/"Dmitri Kovalenko"): one role must tell
        if not shared - {""} and not same:
            continue  # no stated role in common, and the names differ by more than spelling ("Jarek"/"Yarek" meet)
        first, *rest = people
        for r in rest:
            uf.union(first, r)
    _initialled_transliterations(idx, items, names, uf, groups)


def _initialled_transliterations(
    idx: list[int],
    items: list[tuple[str, Mention]],
    names: list[str],
    uf: _UF,
    groups: dict[str, dict[int, tuple[str, str]]],
) -> None:
    """A name given by initial and another transliteration of the surname ("Mayor D. Vuletich" beside "Mayor Dragan
    Vuletić") is the one person of the story under that surname's :func:`transliteration_key` (``groups``, of
    :func:`_transliterated_people`), on the same strong evidence: that person's given name begins with the initial,
    and they hold one same stated role; with another person of that key, or no role in common, it stays its own."""
    for i in idx:
        given, surname = name_split(names[i])
        role = norm(items[i][1].role or "")
        if not given or not role or any(len(w) > 1 for w in given):
            continue
        others = {uf.find(r) for r in groups.get(transliteration_key(surname), {})} - {uf.find(i)}
        if len(others) != 1:
            continue
        (root,) = others
        held = {norm(items[j][1].role or "") for j in idx if uf.find(j) == root}
        if role in held and any(
            transliteration_key(g).startswith(transliteration_key(given[0]))
            for r, (g, _s) in groups[transliteration_key(surname)].items()
            if uf.find(r) == root
        ):
            uf.union(i, root)


def _consonants(word: str) -> str:
    """The consonants of a word under :func:`transliteration_key` ("tyomny" and "temnyi" -> "tmn")."""
    return re.sub(r"[aeiou]", "", transliteration_key(word))


def _transliterated_orgs(items: list[tuple[str, Mention]], names: list[str], uf: _UF) -> None:
    """Two transliterations of one organisation's foreign name ("Tyomny Veter" / "Temnyi Veter", a gang's name
    in two systems) are one: names of two words or more, in capitals, the same but for one word of four letters or
    more whose two spellings open with one letter and have the same consonants under :func:`transliteration_key`
    (vowels are what the systems write most differently). Not names differing in a consonant ("Harlow Bank" /
    "Harrow Bank" are two)."""
    spelled: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (_a, m) in enumerate(items):
        words = norm(names[i]).split()
        if m.label == "ORG" and len(words) >= 2 and all(w[:1].isupper() for w in clean_name(names[i]).split()):
            spelled[tuple(_consonants(w) for w in words)].append(i)
    for group in spelled.values():
        firsts = list({norm(names[i]): i for i in reversed(group)}.values())  # one mention of each spelling
        for a, b in itertools.combinations(firsts, 2):
            wa, wb = norm(names[a]).split(), norm(names[b]).split()
            differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
            if len(differ) == 1 and all(len(w) >= 4 for w in differ[0]) and differ[0][0][0] == differ[0][1][0]:
                uf.union(a, b)


COUNTRY_SHORT_FORMS = {
    "dprk": "north korea", "rok": "south korea", "prc": "china", "usa": "united states",
    "ussr": "soviet union", "drc": "democratic republic of the congo", "britain": "united kingdom",
    "great britain": "united kingdom", "holland": "netherlands",
}  # fmt: skip
"""Official short forms of countries that are not the initials of their common name."""


def group_form(name: str) -> str:
    """One word naming a group of people, in the form its noun, plural and adjective share ("Democrats",
    "Democrat", "Democratic" -> "democrat"; "Americans" -> "american")."""
    word = norm(name)
    if " " in word or len(word) < 5:
        return word
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return word[:-2] if word.endswith("atic") else word


def _context_kinds(items: list[tuple[str, Mention]], originals: dict[str, str]) -> dict[int, str]:
    """The label the words around each organisation's, place's or person's mention give it (:func:`context_kind`:
    "Tollmark, the shipping group", "the port city of Tollmark"), by the mention's index in ``items``."""
    out = {}
    for i, (aid, m) in enumerate(items):
        text = originals.get(aid, "")
        whole = m.label in PLACE_ORG | {PERSON} and text[m.span.start : m.span.end] == m.span.text
        if whole and (kind := context_kind(text, m.span.start, m.span.end)):
            out[i] = kind
    return out


def _told_kinds(
    items: list[tuple[str, Mention]], kinds: dict[int, str], labels: dict[str, str], originals: dict[str, str]
) -> dict[int, str]:
    """The words around a name decide its label over the tagger's. Where they give it one label in the story
    ("Tollmark, the shipping group", tagged a place), the name takes it (``labels`` updated); where they give it as a
    company in some mentions and as a place in others ("Tollmark, the shipping group based in the port city of
    Tollmark"), the name is two entities: each such mention keeps what its words say, and any other mention of the
    name takes the label weaker words give it (:func:`_weak_kind`), else the one its article's words give the name
    most, else the story's (the company on a tie: the place is named for the company's sake only where a text says
    so). Returns the mentions of such names with their label, by
    index in ``items``. Not a name the story reads as a person, nor one whose words speak of fewer than one mention
    in :data:`TOLD_SHARE`."""
    told: dict[str, Counter[str]] = defaultdict(Counter)
    by_article: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for i, kind in kinds.items():
        aid, m = items[i]
        key = norm(m.name or m.span.text)
        if labels.get(key) != PERSON:
            told[key][kind] += 1
            by_article[aid, key][kind] += 1
    mentioned = Counter(norm(m.name or m.span.text) for _aid, m in items)
    # words about one mention in many are no evidence against the rest ("at stake in New Hampshire" once in 73)
    told = {key: c for key, c in told.items() if c.total() * TOLD_SHARE >= mentioned[key]}
    out: dict[int, str] = {}
    for key, c in told.items():
        if len(c) == 1:
            labels[key] = next(iter(c))
    two = {key for key, c in told.items() if len(c) == 2}
    for i, (aid, m) in enumerate(items):
        key = norm(m.name or m.span.text)
        if key in two and m.label in PLACE_ORG | {PERSON}:
            c = by_article.get((aid, key), Counter())
            c = c if c["GPE"] != c["ORG"] else told[key]
            weak = _weak_kind(originals.get(aid, ""), m.span.start, m.span.end)
            out[i] = kinds.get(i) or weak or ("GPE" if c["GPE"] > c["ORG"] else "ORG")
    return out


_ACTS_AFTER = re.compile(
    r"(?:\s+(?:also|has|had|have|will|would|then|later|again|further|previously|on\s+\w+day))*\s+([a-z]+)\b(?!['’])"
)
_BASED_AFTER = re.compile(r"[-\u2010\u2011](?:based|headquartered)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around)\s+$")


def _weak_kind(text: str, start: int, end: int) -> str | None:
    """What a mention of a name that is both a company and a place in the story (see :func:`_told_kinds`) is by
    words too common to decide a name's label alone: the place a dateline opens with ("TOLLMARK, Velmark -"), a
    home ("the Tollmark-based company"), a place after "in" ("a site in Tollmark"); the company when it speaks or
    acts as a speaker does ("Tollmark also confirmed", "Tollmark denied": a capital's name does too, "Moscow said",
    hence only between a company and a town). None when the words say neither."""
    line = text.rfind("\n", 0, start) + 1
    dateline = DATELINE.match(text, line) if not text[line:start].strip(' \t"“') else None
    if dateline is not None and end <= dateline.end():
        return "GPE"
    if _BASED_AFTER.match(text, end) or (
        _PLACE_BEFORE.search(text, max(0, start - 10), start) and not _POSSESSIVE_AFTER.match(text, end)
    ):
        return "GPE"
    act = _ACTS_AFTER.match(text, end)
    return "ORG" if act is not None and act.group(1) in cue_forms() else None


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


TOLD_SHARE = 4
"""The words around a name decide its label when they speak of one mention in this many or more."""


WORD_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.")
"""One word cut short with a full stop ("Ala.", "Md.", "Calif."): a state's or a word's abbreviation, never the
initials of a name of several words, which are capitals ("ALA", "A.L.A."): no acronym of "American Library
Association"."""


_OWNER_FIRST = re.compile(r"([^\W\d_]+)['’]s ([^\W\d_]+(?: [^\W\d_]+)*)")
"""A name in :func:`norm` form that opens with a possessive ("orlund’s supreme court")."""


def _cluster_orgs(idx: list[int], names: list[str], uf: _UF, *, groups: bool = False) -> None:
    by_norm: dict[str, int] = {}
    initials: dict[str, int] = {}  # the names that may be initials, as :func:`acronym` gives them
    for i in idx:
        if groups:
            key = group_form(names[i])
        else:
            key = norm(names[i]).replace(" ", "") if len(norm(names[i])) <= 6 else norm(names[i])
        if not WORD_ABBREVIATION.fullmatch(names[i]):
            initials[key] = i
        if key in by_norm:
            uf.union(i, by_norm[key])
        else:
            by_norm[key] = i
    for i in idx:  # "Orlund’s Supreme Court" is "the Orlund Supreme Court": a place's possessive opening the name
        owned = None if groups else _OWNER_FIRST.fullmatch(norm(names[i]))
        if owned and (plain := f"{owned.group(1)} {owned.group(2)}") in by_norm:
            uf.union(i, by_norm[plain])
    spelled: dict[str, set[str]] = defaultdict(set)  # acronym -> the full names it may stand for
    for i in idx:
        ac = acronym(names[i])
        if ac and ac != norm(names[i]):
            spelled[ac].add(norm(names[i]))
    for i in idx:
        ac = acronym(names[i])
        # "VP" is "Vox Populi" only when no other name of the story has those initials ("Veteran's Preference")
        if ac and ac in initials and ac != norm(names[i]) and _one_spelled(spelled[ac]):
            uf.union(i, initials[ac])
        country = COUNTRY_SHORT_FORMS.get(norm(names[i]))
        if country and country in by_norm:
            uf.union(i, by_norm[country])


def _one_spelled(names: set[str]) -> bool:
    """The full names one set of initials may stand for are one name: one, or spellings of one ("Vessant Press" and
    a typing slip's "Vessants Press"), not two names that share initials ("Vox Populi", "Veteran's Preference")."""
    from rapidfuzz import fuzz

    first = min(names)
    return all(n == first or fuzz.ratio(n, first) >= 90 for n in names)


ORG_TAILS = {
    "lines", "line", "group", "inc", "corp", "corporation", "ltd", "limited", "co", "company", "holdings",
    "airlines", "airways", "shipping", "ferries", "railways", "motors", "plc", "llc", "gmbh", "ag", "sa",
    "railway", "railroad", "railroads",
    "industries", "international", "party", "bank",
    "industrial", "global", "enterprises", "partners", "investments", "ventures", "worldwide", "capital",
    # the kind of bank a bank's name adds: "Corvel State Bank" is "Corvel", "Halden Savings Bank" "Halden"
    "state", "savings", "commercial", "cooperative", "mutual", "trust",
    # a drug maker's trade: "Tollmark Biologics" is "Tollmark"
    "pharma", "pharmaceuticals", "biopharma", "therapeutics", "biotech", "biosciences", "biologics",
    # the board that governs a body acts as the body: "Orle Reserve Board" is "Orle Reserve"
    "board",
}  # fmt: skip
"""Words a company's or party's full name adds to its short name ("Northsound" = "Northsound Lines"): legal forms,
holding and trade words, and the descriptions a holding company's name strings before its last word ("Pell Motors" =
"Pell Motors Industrial Holdings")."""


INNER_TAILS = frozenset({"state"})
"""Tails only before another (:data:`ORG_TAILS`): a bank's kind ("Corvel State Bank" is "Corvel"), but a part of the
name as its last word ("the Islamic State" is no "Islamic", "Ohio State" no "Ohio")."""


def _short_forms(name: str) -> list[str]:
    """The short names ``name`` (in :func:`norm` form) goes by when it ends in :data:`ORG_TAILS` words: "pell motors
    industrial holdings" -> "pell motors", "pell"; and a name of two words or more before "of": "central bank of
    marvesta" -> "central bank" (not "bank" of "bank of england")."""
    parts = name.split()
    out = []
    for k in range(len(parts) - 1, 0, -1):
        if parts[k] not in ORG_TAILS or (k == len(parts) - 1 and parts[k] in INNER_TAILS):
            break
        out.append(" ".join(parts[:k]))
    if "of" in parts[2:-1]:  # "central bank of marvesta" -> "central bank": the body, without what it is of
        out.append(" ".join(parts[: parts.index("of", 2)]))
    return out


def _defined_short_forms(articles: list[Article], items: list[tuple[str, Mention]], names: list[str], uf: _UF) -> None:
    """A short form an article defines in brackets after an organisation's name ("the Castorleigh City Health
    Department (CHD)") is that organisation wherever the story uses it, when its letters are initials of the name's
    words in order (the place it starts with may be left out: "CHD", not "CCHD") and no other name of the story is
    defined by it."""
    texts = {a.id: a.original for a in articles}
    defined: dict[str, set[int]] = defaultdict(set)
    for i, (aid, m) in enumerate(items):
        if m.label == PERSON or aid not in texts:
            continue
        short = DEFINED_SHORT_FORM.match(texts[aid], m.span.end)
        if short and _initials_of(short.group(1), names[i]):
            defined[norm(short.group(1)).replace(" ", "")].add(i)
    by_norm: dict[str, list[int]] = defaultdict(list)
    for i, (_aid, m) in enumerate(items):
        if m.label != PERSON:
            by_norm[norm(names[i]).replace(" ", "")].append(i)
    for form, full in defined.items():
        if len({uf.find(i) for i in full}) != 1:
            continue  # two names of the story defined by one short form: which one is meant is not told
        first = next(iter(full))
        for j in by_norm.get(form, []):
            uf.union(first, j)


_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
_CREDIT_DASH = re.compile(r"\s*(?:-|\u2013|\u2014)")
_NOT_BODIES = {PERSON, "GPE", "LOC"}


def _translated_names(
    articles: list[Article], items: list[tuple[str, Mention]], uf: _UF, *, outlets: Iterable[str] = ()
) -> None:
    """A body's name and another alone in the brackets right after it ("the Narodna Kamra (National Chamber)", "the
    National Chamber (Narodna Kamra)"): one body by two names, its name and a translation; the names join wherever
    the story writes them. Not a person's or a place's brackets ("Ilse Brandt (Kessrin)", "Tollmark (Halden
    County)"), nor an outlet's credit after a name."""
    texts = {a.id: a.original for a in articles}
    press = {norm(o) for o in outlets}
    starts: dict[tuple[str, int], int] = {}
    for i, (aid, m) in enumerate(items):
        if m.label not in _NOT_BODIES and aid in texts:
            starts[(aid, m.span.start)] = i
    for (aid, _start), i in starts.items():
        text, m = texts[aid], items[i][1]
        gap = _BRACKET_OPEN.match(text, m.span.end)
        j = starts.get((aid, gap.end())) if gap is not None else None
        close = _BRACKET_CLOSE.match(text, items[j][1].span.end) if j is not None else None
        if j is None or close is None or _CREDIT_DASH.match(text, close.end()):
            continue  # not "VARNHOLT Mutual (HWS) -": an agency's credit in a dateline
        if norm(items[j][1].span.text) not in press and not any(_person_like(items[k][1].span.text) for k in (i, j)):
            uf.union(i, j)


_ALIAS_LEAD = re.compile(
    r"[ \t]*,[ \t]*(?:(?:(?:also|otherwise|better|commonly|widely|formerly)[ \t]+)?(?:known[ \t]+as|called)"
    r"|a\.?k\.?a\.?)[ \t]+(?:the[ \t]+)?"
)
_ALIAS_NEXT = re.compile(r"[ \t]*(,?)[ \t]*(?:(or|and)[ \t]+)?(?:the[ \t]+)?")
_ALIAS_END = re.compile(r"[ \t]*(?:[.,;:)\n\"\u201d]|$)")
_OR_SHORT = re.compile(r"[ \t]*,[ \t]*or[ \t]+")


def _aliased_names(articles: list[Article], items: list[tuple[str, Mention]], uf: _UF) -> None:
    """Names an article gives a body as its others are that body wherever the story writes them: the names after
    "also known as", "called", "a.k.a." right after its name, joined by "or" or "and" ("the Islamic State, also known
    as ISIL or ISIS"), and a short form in capitals with the name's first letter set off by ", or ... ," ("the Kessel
    Front, or KF, said"): one body the text names both ways, whose acronym may spell a longer name the story never
    writes. The names end their phrase (not "the Orle Union, called the AIPAC speech a ...": a verb), and more names
    than one are a list that ends there ("also known as ISIS, ISIL and Daesh."), not one that goes on after the alias
    ("also known as SCAR, and the Kessel Guard clashed"). Not a person's names (see ``entities._known_as``)."""
    texts = {a.id: a.original for a in articles}
    starts: dict[tuple[str, int], int] = {}
    for i, (aid, m) in enumerate(items):
        if m.label != PERSON and aid in texts:
            starts.setdefault((aid, m.span.start), i)
    for (aid, _start), i in starts.items():
        text, m = texts[aid], items[i][1]
        lead = _ALIAS_LEAD.match(text, m.span.end)
        if lead is not None and (j := starts.get((aid, lead.end()))) is not None:
            aliases, seps = [j], []
            while (
                (more := _ALIAS_NEXT.match(text, items[aliases[-1]][1].span.end)) is not None
                and (more.group(1) or more.group(2))
                and (k := starts.get((aid, more.end()))) is not None
            ):
                seps.append((bool(more.group(1)), more.group(2)))
                aliases.append(k)
            ends = [_ALIAS_END.match(text, items[j][1].span.end) is not None for j in aliases]
            for j in aliases if _alias_list(seps) and ends[-1] else aliases[:1] if ends[0] else []:
                uf.union(i, j)
        elif (gap := _OR_SHORT.match(text, m.span.end)) is not None and (j := starts.get((aid, gap.end()))) is not None:
            short = items[j][1].span
            if (
                short.text.isupper()
                and short.text[0] == clean_name(m.span.text)[:1]
                and text[short.end : short.end + 1] in {",", ")"}
            ):
                uf.union(i, j)


def _alias_list(seps: list[tuple[bool, str | None]]) -> bool:
    """The separators between the names after "also known as" (a comma, and "or"/"and") make one list of names:
    commas, then "or" or "and" before the last, and no "and" after a comma before the second name."""
    if not seps:
        return True
    *inner, (comma, last) = seps
    return all(c and w is None for c, w in inner) and last is not None and not (comma and last == "and" and not inner)


def _clipped_names(articles: list[Article], items: list[tuple[str, Mention]], names: list[str], uf: _UF) -> None:
    """A one-word name the story writes after "the" that cuts short the first word of exactly one organisation's name
    the story also writes after "the" is that organisation by its clipped form, there and where it modifies a noun
    ("the Fed", "a Fed seat" = "the Federal Reserve"; "the Met" = "the Metropolitan Police"). A company named without
    "the" is no such name ("Federal Express"), and a clipping two such names open with stands for neither."""
    texts = {a.id: a.original for a in articles}

    def after_the(i: int) -> bool:
        aid, m = items[i]
        text = texts.get(aid, "")
        return _THE_BEFORE.search(text, max(0, m.span.start - 6), m.span.start) is not None

    firsts: dict[str, set[int]] = defaultdict(set)  # a first word -> the organisations whose names open with it
    at: dict[int, int] = {}
    for i, (_a, m) in enumerate(items):
        parts = norm(names[i]).split()
        if m.label == "ORG" and len(parts) >= 2 and after_the(i):
            firsts[parts[0]].add(uf.find(i))
            at.setdefault(uf.find(i), i)
    clipped = {norm(names[i]) for i, (_a, m) in enumerate(items) if m.label == "ORG" and after_the(i)}
    for i, (_a, m) in enumerate(items):
        word = norm(names[i])
        if m.label != "ORG" or " " in word or len(word) < 3 or word not in clipped:
            continue
        owners = {o for first, found in firsts.items() if first != word and first.startswith(word) for o in found}
        if len(owners) == 1:
            uf.union(i, at[next(iter(owners))])


def _person_like(name: str) -> bool:
    """A name of two to four words that opens with a given name and holds no body's word ("Ilse Brandt", tagged an
    organisation): a person's, whose brackets hold a party or a place, no translation."""
    words = clean_name(name).split()
    return 2 <= len(words) <= 4 and is_given_name(words[0]) and not {w.lower() for w in words} & BODY_WORDS


def _linked_products(articles: list[Article], items: list[tuple[str, Mention]], uf: _UF) -> None:
    """A product's names the text links ("KZ-310 (dorvamab)", "dorvamab will be sold as Pellora": see
    :mod:`.products`) are one entity, in the story as in the article: the names join wherever they are written."""
    texts = {a.id: a.original for a in articles}
    by_article: dict[str, dict[tuple[int, int], int]] = defaultdict(dict)
    for i, (aid, m) in enumerate(items):
        by_article[aid].setdefault((m.span.start, m.span.end), i)
    for aid, at in by_article.items():
        if aid not in texts:
            continue
        spans = [(s, e, items[i][1].label) for (s, e), i in at.items()]
        _products, links = product_names(texts[aid], spans)
        for link in links:
            a, b = at.get(link.a), at.get(link.b)
            if a is not None and b is not None and items[a][1].label == items[b][1].label == "PRODUCT":
                uf.union(a, b)


def _initials_of(short: str, name: str) -> bool:
    """``short`` ("CHD") is the :func:`acronym` of ``name``, or that of its words after the first (a place): "Castorleigh
    City Health Department"; or those initials and one letter more, a company's ticker-like short form ("Tollmark
    Biologics (TBX)")."""
    letters = short.replace(".", "").lower()
    initials = acronym(name)
    if initials is None or len(letters) < 2:
        return False
    return (initials.endswith(letters) and len(initials) - len(letters) <= 1) or (
        letters.startswith(initials) and len(letters) - len(initials) == 1
    )


def _short_surnames(items: list[tuple[str, Mention]], names: list[str], uf: _UF) -> None:
    """A two- or three-letter name the tagger took for a place or group ("Ri", "Kim") that is a part of
    exactly one person's full name in the story is that person ("Ri Pyong Chol")."""
    parts: dict[str, set[int]] = defaultdict(set)
    first: dict[str, int] = {}
    for i, (_a, m) in enumerate(items):
        words = names[i].split()
        if m.label == PERSON and len(words) >= 2:
            for w in words:
                parts[w].add(uf.find(i))
                first.setdefault(w, i)
    for i, (_a, m) in enumerate(items):
        w = names[i]
        if m.label != PERSON and re.fullmatch(r"[A-Z][a-z]{1,2}", w) and len(parts.get(w, ())) == 1:
            uf.union(i, first[w])


def _short_org_names(items: list[tuple[str, Mention]], names: list[str], uf: _UF) -> None:
    """A one-word organisation or product name, or an organisation's name of more words, joins the one full
    organisation name it is the head of ("Pell Motors" = "Pell Motors Industrial Holdings": :func:`_short_forms`).
    Not a nationality (:data:`DEMONYMS`: "American" beside "American Airlines", "most American voters"): the
    people, not the company. A party's word stays its short name ("Republicans"); a faith's adjective does not ("radical
    Islamic terrorism" beside "the Islamic State": :data:`INNER_TAILS`). Not a name that another organisation of the story ends with ("Foreign Ministry"
    beside "Foreign Ministry of Varskova" and "Lindavian Foreign Ministry"), nor a word that opens another
    organisation's name ("Northgate" beside "Northgate Bank" and "Northgate Rail": which firm is meant is not told)."""
    full: dict[str, set[int]] = defaultdict(set)
    first: dict[str, int] = {}
    for i, (_a, m) in enumerate(items):
        for short in _short_forms(norm(names[i])) if m.label == "ORG" else ():
            full[short].add(uf.find(i))
            first.setdefault(short, i)
    # "foreign ministry" is the head of "foreign ministry of varskova" but also the end of "lindavian foreign
    # ministry": the story names two bodies it may be, so it joins neither
    ends: dict[str, set[int]] = defaultdict(set)
    opens: dict[str, set[int]] = defaultdict(set)  # "northgate": "Northgate Bank" and "Northgate Rail Systems"
    for i, (_a, m) in enumerate(items):
        parts = norm(names[i]).split() if m.label == "ORG" else []
        for k in range(1, len(parts) - 1):
            if (tail := " ".join(parts[k:])) in full:
                ends[tail].add(uf.find(i))
        # a company's name: two words, the second no body's ("Northgate Rail"), or ending in a trade or legal form
        if (
            len(parts) == 2
            and parts[1] not in BODY_WORDS | LEGISLATURES
            or parts[-1:]
            and parts[-1] in ORG_TAILS | TRADE_WORDS
        ):
            opens[parts[0]].add(uf.find(i))
    for i, (_a, m) in enumerate(items):
        name = norm(names[i])
        one = " " not in name
        group = m.label == "NORP" and DEMONYM_END.search(name) and name.removesuffix("s") in DEMONYMS
        if (
            (m.label == "ORG" or one and m.label in {"PRODUCT", "NORP"} and not group)
            and len(full.get(name, ())) == 1
            and not ends.get(name, set()) - full[name]
            and not (one and m.label == "ORG" and opens.get(name, set()) - full[name])
        ):
            uf.union(i, first[name])


LEGISLATURES = {"house", "senate", "congress", "parliament", "assembly", "council", "cabinet", "court"}
"""One-word bodies whose two-word names are their committees or parts ("House Education", "Senate Judiciary"):
never a company called by its first word."""


def _first_word_companies(articles: list[Article], items: list[tuple[str, Mention]], names: list[str], uf: _UF) -> None:
    """A one-word organisation that opens exactly one organisation's two-word name in the story is that company,
    called by its first word ("Dunmore" = "Dunmore Fittings", "Ford" = "Ford Motor"), or a longer name that ends in
    a company's legal form or trade ("Brightwave" = "Brightwave Ballot Systems"). Not another longer name, which
    is as often a part of what the word names ("Yale Daily News", "CNN Headline News", "Senate Subcommittee on
    ..."); not a word the story also writes in lower case, an ordinary word ("house" for "House Education",
    "super"); not when the full name is a body of what its first word names (:data:`BODY_WORDS`), nor a word the
    story uses as a place or group or in a person's name ("Vicente Fox" beside "Fox News": which one "Fox" means is
    not told), nor a word that is itself a body or a legal form."""
    taken = set()  # words of the story's people's names, and its places and groups
    for i, (_a, m) in enumerate(items):
        if m.label == PERSON:
            taken.update(norm(names[i]).split())
        elif m.label in {"GPE", "LOC", "NORP"}:
            taken.add(norm(names[i]))
    opens: dict[str, set[int]] = defaultdict(set)
    first: dict[str, int] = {}
    for i, (_a, m) in enumerate(items):
        parts = norm(names[i]).split()
        if m.label == "ORG" and len(parts) >= 2:
            opens[parts[0]].add(uf.find(i))
            if len(parts) == 2 or parts[-1] in ORG_TAILS | TRADE_WORDS:
                first.setdefault(parts[0], i)
    lower: set[str] | None = None
    for i, (_a, m) in enumerate(items):
        name = norm(names[i])
        if (
            m.label == "ORG"
            and " " not in name
            and name in first
            and len(opens[name]) == 1
            and name not in taken | ORG_TAILS | BODY_WORDS | LEGISLATURES
            and len(name) >= 3
            and norm(names[first[name]]).split()[1] not in BODY_WORDS
        ):
            if lower is None:
                lower = {w for a in articles for w in _LOWER_WORD_IN_PROSE.findall(a.original)}
            if name not in lower:
                uf.union(i, first[name])


_LOWER_WORD_IN_PROSE = re.compile(r"(?<![\w@./:-])[a-z]{3,}(?![\w@-]|[./][\w])")
"""A word in lower case in the text's prose: not a part of an address ("press@brisvale.example",
"brisvale.example/news"), where a company's name is written in lower case."""


def _place_prefixed_names(
    items: list[tuple[str, Mention]], names: list[str], uf: _UF, outlets: Iterable[str] = ()
) -> None:
    """An organisation named without the place that opens its full name joins the one full name it ends ("Red
    Sox" = "Boston Red Sox", "Orioles" = "Baltimore Orioles", "Post" = "Washington Post"): the place is one the
    story names. Not a generic word ("Council", "Party") nor a name two full names end with ("Times"), nor a party: a
    party named with a place is the party's branch there, and its name without the place the whole party ("the
    Nordland Democratic Party" is not "the Democratic Party"). The town a local paper of the story is named after is a
    place the story names ("Orle Reserve Bank" = "the Reserve Bank" beside the Orle Gazette, see :data:`LOCAL_PAPER`)."""
    places = {norm(names[i]) for i, (_a, m) in enumerate(items) if m.label in {"GPE", "LOC"}}
    places |= {norm(town.group(1)) for o in outlets if (town := LOCAL_PAPER.fullmatch(o))}
    ends: dict[str, set[int]] = defaultdict(set)
    first: dict[str, int] = {}
    for i, (_a, m) in enumerate(items):
        parts = norm(names[i]).split()
        if m.label != "ORG" or len(parts) < 2:
            continue
        for k in range(1, len(parts)):
            if " ".join(parts[:k]) in places:
                tail = " ".join(parts[k:])
                ends[tail].add(uf.find(i))
                first.setdefault(tail, i)
    for i, (_a, m) in enumerate(items):
        name = norm(names[i])
        party = name.endswith(" party")
        if (
            m.label == "ORG"
            and len(ends.get(name, ())) == 1
            and name not in ORG_TAILS | INSTITUTION_HEADS
            and not party
        ):
            uf.union(i, first[name])


_TOPIC_HEADS = {"department", "ministry", "bureau", "office", "agency", "commission", "committee", "directorate"}
"""The head of a government body's name that its subject goes with, before it or after "of" ("Labor Department" =
"Department of Labor", "House Oversight Committee" = "House Committee on Oversight")."""


def _body_readings(name: str) -> list[tuple[str, str, str]]:
    """(place, head, subject) readings of a government body's name (:data:`_TOPIC_HEADS`), in :func:`norm` form:
    "ostrava department of labor" -> ("ostrava", "department", "labor"); "labor department" -> ("", "department",
    "labor"); "us labor department" -> ("us", "department", "labor") and ("", "department", "us labor")."""
    parts = name.split()
    out = []
    for k, w in enumerate(parts):
        if w not in _TOPIC_HEADS:
            continue
        if k + 2 < len(parts) and parts[k + 1] in {"of", "on", "for"}:
            subject = parts[k + 3 :] if parts[k + 2] == "the" else parts[k + 2 :]
            if subject and not _TOPIC_HEADS & set(subject):
                out.append((" ".join(parts[:k]), w, " ".join(subject)))
        elif k == len(parts) - 1:
            out.extend((" ".join(parts[:j]), w, " ".join(parts[j:k])) for j in range(k))
    return out


def _body_name_forms(items: list[tuple[str, Mention]], names: list[str], uf: _UF) -> None:
    """A government body named by its subject before its head and after it ("Labor Department", "Department of
    Labor", "the Ostrava Department of Labor") is one organisation: the forms with no place join the one place the
    story gives it, and forms with the same place join; when the story gives two places ("the Ostrava Department
    of Labor", "the Korsenia Labor Department") the forms with no place join neither."""
    readings: dict[tuple[str, str], dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i, (_a, m) in enumerate(items):
        if m.label == "ORG":
            for place, head, subject in _body_readings(norm(names[i])):
                readings[(head, subject)][place].add(i)
    for by_place in readings.values():
        placed = [p for p in by_place if p]
        for place, idx in by_place.items():
            join = [*idx, *by_place.get(placed[0], ())] if not place and len(placed) == 1 else list(idx)
            for j in join[1:]:
                uf.union(join[0], j)


def resolve_entities(
    articles: list[Article], extractions: list[ArticleExtraction], *, outlets: Iterable[str] = ()
) -> list[Entity]:
    """Entities across ``extractions`` (one story or more). Updates the extractions in place:
    each mention gets its entity key and each quote's ``speaker_entity`` its canonical name. ``outlets``: outlet names
    known besides the ``articles``' own (the store's, when the articles are not given)."""
    _surname_speakers(extractions)
    _untagged_spellings(articles, extractions)
    items = [(ex.article, m) for ex in extractions for m in ex.mentions]
    known = list(dict.fromkeys([*(a.outlet for a in articles if a.outlet), *outlets]))
    originals = {a.id: a.original for a in articles}
    kinds = _context_kinds(items, originals)
    labels = _consistent_labels(items, known)
    _told_things(items, labels, originals)
    _press_names(items, labels, originals)
    # an outlet named in a text ("Ellacott told the Vellmoor Echo") is an organisation
    labels.update({norm(o): "ORG" for o in known})
    shorts = _outlet_short_forms(known, labels)
    _short_company_names(items, labels, originals)
    _company_tails(labels)
    apart = _told_kinds(items, kinds, labels, originals)
    items = [
        (aid, _relabelled(m, apart.get(i) or labels.get(norm(m.name or m.span.text), m.label)))
        for i, (aid, m) in enumerate(items)
    ]
    items = _place_demonyms(_transliterated_names(_surnames_as_people(items, originals)))
    story_text = "\n".join(originals.values())
    items = [  # "after Korsenia refused" (tagged a body) where another text writes "Korsenian bullying": the country
        (aid, _relabelled(m, "GPE")) if m.label == "ORG" and demonym_written(m.span.text, story_text) else (aid, m)
        for aid, m in items
    ]
    press = {  # "told the Meridian": the outlet The Daily Meridian, by its short name
        i
        for i, (aid, m) in enumerate(items)
        if m.label != PERSON and norm(m.span.text) in shorts and _after_the(originals.get(aid, ""), m)
    }
    shorts.update(_paper_words(known, shorts))
    press |= {  # "told the Star": a newspaper by its paper's word, no place
        i
        for i, (aid, m) in enumerate(items)
        if m.label in _PAPER_AS_LABELS and _told_the_paper(originals.get(aid, ""), m)
    }
    items = [(aid, _relabelled(m, "ORG")) if i in press else (aid, m) for i, (aid, m) in enumerate(items)]
    names = [m.name or m.span.text if m.label == PERSON or _case_only(m) else m.span.text for _aid, m in items]
    names = [shorts.get(norm(n), n) if i in press else n for i, n in enumerate(names)]
    arts = [aid for aid, _m in items]
    uf = _UF(len(items))
    people = [i for i, (_a, m) in enumerate(items) if m.label == PERSON]
    _cluster_people(people, names, arts, uf, relatives={i for i in people if relative_role(items[i][1].role)})
    _initialled_people(people, names, uf)
    _titled_generations(people, items, names, originals, uf)
    _transliterated_people(people, items, names, uf)
    _known_as_people(people, items, names, uf)
    # a name the story gives as a company and as a place is two entities ("Tollmark, the shipping group based in the
    # port city of Tollmark"): its mentions cluster by their label
    told = [f"{n}\x00{items[i][1].label}" if i in apart else n for i, n in enumerate(names)]
    _cluster_orgs([i for i, (_a, m) in enumerate(items) if m.label in PLACE_ORG], told, uf)
    _cluster_orgs([i for i, (_a, m) in enumerate(items) if m.label == "NORP"], names, uf, groups=True)
    _cluster_orgs([i for i, (_a, m) in enumerate(items) if m.label not in PLACE_ORG | {PERSON, "NORP"}], names, uf)
    _short_org_names(items, names, uf)
    _first_word_companies(articles, items, names, uf)
    _defined_short_forms(articles, items, names, uf)
    _translated_names(articles, items, uf, outlets=known)
    _aliased_names(articles, items, uf)
    _clipped_names(articles, items, names, uf)
    _linked_products(articles, items, uf)
    _place_prefixed_names(items, names, uf, known)
    _body_name_forms(items, names, uf)
    _short_surnames(items, names, uf)
    _run_together_names(items, told, uf)
    _transliterated_orgs(items, names, uf)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(i)].append(i)
    entities = [_entity([items[i] for i in g], [names[i] for i in g]) for g in groups.values()]
    _former_honorifics(entities, items, groups, originals)
    published = {a.id: a.outlet for a in articles if a.outlet}
    texts = {a.id: a.text for a in articles}
    _write_back(extractions, items, groups, entities, outlets=known, published=published, texts=texts)
    return sorted(entities, key=lambda e: (-len(e.mentions), e.name))


_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _surname_speakers(extractions: list[ArticleExtraction]) -> None:
    """A speaker given by a surname alone that the tagger did not see as a name ('"The line is clean," Marten told the
    Meridian.', in an article that names no Marten in full) is a mention of a person when the story names exactly one
    person of that surname in full: the mention joins that person (its span, its spelling) and the quote is theirs.
    Not a word inside a mention of its article."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for m in ex.mentions:
            words = person_form(m.name or m.span.text).split()
            if m.label == PERSON and len(words) >= 2:
                surnames[words[-1]].add(words[0][0])  # "Ilse Marten" and "I. Marten": one person
    if not surnames:
        return
    for ex in extractions:
        for q in ex.quotes:
            sp = q.speaker
            if sp is None or not _SURNAME.fullmatch(sp.text) or len(surnames.get(norm(sp.text), ())) != 1:
                continue
            if any(m.span.start < sp.end and sp.start < m.span.end for m in ex.mentions):
                continue
            ex.mentions = sorted([*ex.mentions, Mention(sp, PERSON)], key=lambda m: (m.span.start, m.span.end))


_CAPITAL_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)+(?![\w'’-])")


def _untagged_spellings(articles: list[Article], extractions: list[ArticleExtraction]) -> None:
    """A person the story names in full, written in another spelling where the tagger saw no name ("Promoter Tomasz
    Dvoranek has kept silent" beside "Tomáš Dvořánek" and "Tomas Dvoranek" elsewhere): a mention of that person, the
    last two or three capitalised words of a run outside any mention (the words before may be a title) whose
    surname is near-equal (:func:`_same_person`). Only when the story names that surname in full in two articles
    or more, so that a lone stranger of a like name is left alone."""
    full: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for m in ex.mentions:
            name = m.name or m.span.text
            if m.label == PERSON and len(norm(name).split()) >= 2:
                full[name].add(ex.article)
    names = [n for n in full if len({a for o, arts in full.items() if _same_person(n, o) for a in arts}) >= 2]
    if not names:
        return
    originals = {a.id: a.original for a in articles}
    for ex in extractions:
        text = originals.get(ex.article, "")
        added = []
        for run in _CAPITAL_RUN.finditer(text):
            if any(m.span.start < run.end() and run.start() < m.span.end for m in ex.mentions):
                continue
            words = list(re.finditer(r"\S+", run.group()))
            for k in (2, 3):
                if len(words) < k:
                    continue
                start = run.start() + words[-k].start()
                form = text[start : run.end()]
                if any(w.lower() in SKIP_WORDS for w in form.split()):
                    continue
                if any(_same_person(form, n) for n in names):
                    added.append(Mention(Span(ex.article, start, run.end(), form), PERSON))
                    break
        if added:
            ex.mentions = sorted([*ex.mentions, *added], key=lambda m: (m.span.start, m.span.end))


NAMED_LABELS = PLACE_ORG | {PERSON, "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
"""The labels of names (not dates, counts or amounts), whose forms run together may be joined."""
RUN_TOGETHER_MIN = 6
"""Letters a name run together must have to be one name with its spaced form: "BlackVellum" / "Black Vellum" /
"BLACKVELLUM" are one group's name, "Al Ba" and "Alba" too short to tell."""


def _run_together_names(items: list[tuple[str, Mention]], names: list[str], uf: _UF) -> None:
    """Names that differ only in spaces, hyphens and case ("BlackVellum", "Black Vellum", "BLACKVELLUM"; "Kaya-Lind"
    and "Kaya Lind") are one name, whatever label the tagger gave each form: a brand or a group written run together
    reads to it as a person, spaced as an organisation."""
    first: dict[str, int] = {}
    for i, (_aid, m) in enumerate(items):
        if m.label not in NAMED_LABELS:
            continue
        key = re.sub(r"[^a-z0-9]", "", norm(names[i]))
        if len(key) < RUN_TOGETHER_MIN:
            continue
        if key in first:
            uf.union(i, first[key])
        else:
            first[key] = i


EDITION_WORDS = frozenset({"evening", "morning", "sunday"})
"""Words of a paper's name, besides its news words, that a text drops when it calls the paper by its short name
("told the Lantern" for The Evening Lantern)."""


def _outlet_short_forms(outlets: list[str], labels: dict[str, str]) -> dict[str, str]:
    """The short names the texts call the story's outlets by, each to its outlet's full name: the name without "The",
    its news words and edition words ("Meridian" for The Daily Meridian, "Lantern" for The Evening Lantern), when
    one outlet has it and the story does not read the word as a place or a person. Not a local paper's town
    ("Kellbrook" of the Kellbrook Gazette: :data:`LOCAL_PAPER`), whose paper's word alone is its short name instead
    ("the Gazette")."""
    found: dict[str, set[str]] = defaultdict(set)
    for outlet in outlets:
        words = clean_name(outlet).split()
        short = [w for w in words if w.lower() not in NEWS_WORDS | EDITION_WORDS]
        if short and len(short) < len(words) and not LOCAL_PAPER.fullmatch(outlet):
            found[norm(" ".join(short))].add(outlet)
        elif LOCAL_PAPER.fullmatch(outlet) and words[-1].lower() in PAPER_WORDS:
            found[norm(words[-1])].add(outlet)  # "told the Ledger": the Kellbrook Ledger by its paper's word
    return {
        key: next(iter(full))
        for key, full in found.items()
        if len(full) == 1 and key in labels and labels[key] not in PLACE_LABELS | {PERSON}
    }


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_PAPER_ACTS = frozenset(
    {"has", "had", "have", "is", "was", "on", "in", "at", "that", "last", "this", "and", "or", "can", "understands",
     "understood", "learned", "learnt", "learns", "the"}
)  # fmt: skip
"""Words after a paper's short name: its verb or the phrase's end ("the Meridian understands", "told the Meridian
the talks had failed"). Not a noun the name would modify ("the Tallis warehouse")."""


_TITLE_WORDS = frozenset({"star", "echo", "record", "inquirer", "dispatch", "mail", "guardian"}) | PAPER_WORDS
"""A paper's own word ("the Star", "the Ledger"), that a text calls a newspaper by when it tells or is told."""
_PAPER_AS_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG"})
_TOLD_THE = re.compile(r"\b(?:told|tells|tell|telling|to|according\s+to)\s+the\s+$")


def _told_the_paper(text: str, m: Mention) -> bool:
    """The mention is a newspaper named by its paper's word alone, where it is told something or tells it: "told the
    Star the bridge bandit got off lightly", "the Ledger reported" (not "the Star Hotel", "a Star of the show")."""
    if m.span.text.lower() not in _TITLE_WORDS or not _after_the(text, m):
        return False
    word = _WORD_AFTER.match(text, m.span.end)
    told = _TOLD_THE.search(text, max(0, m.span.start - 20), m.span.start) is not None
    return told or (word is not None and cue_lemma(word.group(1)) is not None)


def _paper_words(outlets: list[str], shorts: dict[str, str]) -> dict[str, str]:
    """A paper's word to the one outlet of the story whose name ends with it ("star" -> Brennick Evening Star)."""
    found: dict[str, set[str]] = defaultdict(set)
    for outlet in outlets:
        words = clean_name(outlet).split()
        if len(words) >= 2 and words[-1].lower() in _TITLE_WORDS:
            found[words[-1].lower()].add(outlet)
    return {w: next(iter(full)) for w, full in found.items() if len(full) == 1 and w not in shorts}


def _after_the(text: str, m: Mention) -> bool:
    """The mention is a paper's short name where it follows "the" and ends its phrase ("told the Meridian.", "the
    Meridian reported", "told the Meridian on Tuesday"), not the town or word the paper is named after ("vets in
    Tallis" beside Radio Tallis) nor a modifier of the noun after it ("the Tallis warehouse")."""
    if not text or _THE_BEFORE.search(text, max(0, m.span.start - 6), m.span.start) is None:
        return False
    word = _WORD_AFTER.match(text, m.span.end)
    return word is None or word.group(1) in _PAPER_ACTS or cue_lemma(word.group(1)) is not None


def _relabelled(m: Mention, label: str) -> Mention:
    """The mention with the story's label for its name. A span the tagger read as a work's title keeps its leading
    "The" ("The Dunmere Courier" WORK_OF_ART); once the story reads the name as something else (the outlet, an
    organisation), the article is no part of the name and the span starts after it, as extraction does for any
    other name."""
    lead = LEADING_THE.match(m.span.text) if m.label == "WORK_OF_ART" and label != "WORK_OF_ART" else None
    if lead is None or lead.end() == len(m.span.text):
        return replace(m, label=label) if label != m.label else m
    span = replace(m.span, start=m.span.start + lead.end(), text=m.span.text[lead.end() :])
    name = clean_name(m.name) if m.name else m.name
    return replace(m, span=span, label=label, name=name)


def _short_company_names(
    items: list[tuple[str, Mention]], labels: dict[str, str], originals: dict[str, str] | None = None
) -> None:
    """A "person" the story names with no role anywhere whose name is the short form of an organisation's full name in
    the story ("Calder Rowe" beside "Calder Rowe Industrial Holdings": :func:`_short_forms`) is that organisation. So
    is a one-word "person" that opens exactly one organisation's name of more words ("Keating has said" beside
    "Keating Petfoods"), when no person of the story has the word in a name of more words, no name of more words ends
    with it ("Oren Dask", however tagged) and no text gives it a title ("Mr Keating"): the tagger reads a company
    that speaks as a person."""
    shorts = {f for _a, m in items if m.label == "ORG" for f in _short_forms(norm(m.name or m.span.text))}
    roled = {norm(m.name or m.span.text) for _a, m in items if m.role}
    opens: dict[str, set[str]] = defaultdict(set)
    named: set[str] = set()  # words of people's names of two words or more, names written with a title, and the
    # last words of names of more words, whatever their label ("Oren Dask" tagged an organisation: a surname's place)
    for aid, m in items:
        parts = norm(m.name or m.span.text).split()
        named.update(parts[-1:] if len(parts) >= 2 else [])
        if m.label == "ORG" and len(parts) >= 2 and parts[1] not in BODY_WORDS:
            opens[parts[0]].add(" ".join(parts))
        elif m.label == PERSON and (len(parts) >= 2 or _titled(m, (originals or {}).get(aid, ""))):
            named.update(parts)
    for key, label in labels.items():
        lone = " " not in key and len(opens.get(key, ())) == 1 and key not in named
        if label == PERSON and (key in shorts or lone) and key not in roled:
            labels[key] = "ORG"


def _titled(m: Mention, text: str) -> bool:
    """A title stands before the mention in its text ("Mr Corbel")."""
    return _TITLE_BEFORE.search(text, max(0, m.span.start - 8), m.span.start) is not None


_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(HONORIFICS)) + r")\.?\s+$", re.I)


def _company_tails(labels: dict[str, str]) -> None:
    """A "person" whose name ends with a company's word (:data:`ORG_TAILS`: "Ferry operator Kettle Line said") and
    opens with no given name in the census lists is that company ("Hannah Line" stays a person)."""
    for key, label in labels.items():
        words = key.split()
        if label == PERSON and len(words) >= 2 and words[-1] in ORG_TAILS and not is_given_name(words[0]):
            labels[key] = "ORG"


LONE_SURNAME_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "FAC"}
"""Labels the tagger gives a lone surname it does not know ("Osei-Lund" a work of art, "Hałasz" a law): not a place
or group, which a surname's word names as often ("Washington", "Jordan")."""


def _surnames_as_people(
    items: list[tuple[str, Mention]], originals: dict[str, str] | None = None
) -> list[tuple[str, Mention]]:
    """A one-word "organisation" (or "work of art", "product"...: :data:`LONE_SURNAME_LABELS`) that is the surname of a person the story names in full is that person: the
    tagger reads a lone "Sanders" as an organisation as often as not ("a healthy lead over Sanders"). So is a
    "group" (NORP) of that word that does not end as a nationality's or a group's name does (``DEMONYM_END``): the
    tagger reads a foreign surname as a people ("Kovalenko said"), where "French" of Ada French stays a people. Not when
    the word also heads an organisation's name in the story ("Trump" beside "Trump Organization"). A surname opened
    by a particle is one word of it ("Le Pen" of Marine Le Pen)."""
    surnames = {norm(m.name or m.span.text).split()[-1] for _a, m in items if m.label == PERSON}
    surnames &= {
        parts[-1]
        for _a, m in items
        if m.label == PERSON and len(parts := norm(m.name or m.span.text).split()) >= 2 and "/" not in m.span.text
    }  # not "Carlos Barria / Reuters", a photo credit
    # a surname opened by a particle ("Marine Le Pen": "Le Pen's aides" tagged an organisation is she)
    particled = {
        " ".join(parts[-2:])
        for _a, m in items
        if m.label == PERSON
        and len(parts := norm(m.name or m.span.text).split()) >= 3
        and parts[-2] in SURNAME_PARTICLES
        and "/" not in m.span.text
    }
    heads = {parts[0] for _a, m in items if m.label != PERSON and len(parts := norm(m.span.text).split()) >= 2}
    # the surnames the story writes alone as a person, whichever full name a text gave them ("President Vale" of
    # Tomas Vale, told apart from his wife Ada Vale): "Tomas Vale's" tagged an organisation is a person too
    lone = {
        w
        for _a, m in items
        for name in {m.name or m.span.text, m.span.text}
        if m.label == PERSON and " " not in (w := person_form(name))
    }
    return [
        (a, replace(m, label=PERSON))
        if (
            (m.label in LONE_SURNAME_LABELS or (m.label == "NORP" and not DEMONYM_END.search(m.span.text)))
            and not m.span.text.isupper()  # "GOP", "SVP", "FIRE": an acronym or a shouted word, not a surname
            and (((w := norm(m.name or m.span.text)) in surnames and " " not in w) or w in particled)
            and w not in heads
        )
        or _full_name_of(m, lone, (originals or {}).get(a, ""))
        else (a, m)
        for a, m in items
    ]


_DEMONYM_ADDED = ("n", "an", "ian", "ese", "i", "ish")
"""Endings that make a place's name its people's ("Varskova" -> "Varskovan", "Keldor" -> "Keldorian")."""


def _place_demonyms(items: list[tuple[str, Mention]]) -> list[tuple[str, Mention]]:
    """A one-word "person" or "organisation" with no role that is a place's name of the story with a demonym's ending
    ("the Varskovan state" beside "the Republic of Varskova", "a Kelvan role" beside "Kelvania"): the place's
    people, a group (NORP)."""
    places = {
        w for _a, m in items if m.label in PLACE_LABELS and (w := m.span.text.split()[-1])[:1].isupper() and len(w) >= 4
    }
    demonyms = {p + end for p in places for end in _DEMONYM_ADDED} | {p[:-1] + "an" for p in places if p[-1] in "aeo"}
    demonyms |= {p[:-2] for p in places if p.endswith("ia") and len(p) >= 6}  # "Kelvania": "Kelvan" ("Croat")
    groups = {m.span.text for _a, m in items if m.label == "NORP" and " " not in m.span.text}
    groups |= {g[:-1] for g in groups if g.endswith("ns")}  # "Velmorans": the people of Velmora, as "Velmoran"
    return [
        (a, replace(m, label="NORP"))
        if m.label in (PERSON, "ORG") and not m.role and m.span.text in demonyms and m.span.text not in places
        else (a, replace(m, label="GPE"))
        if m.label == PERSON and not m.role and _place_of_demonym(m.span.text, groups)
        else (a, m)
        for a, m in items
    ]


def _place_of_demonym(word: str, groups: set[str]) -> bool:
    """A one-word "person" that the census knows as no given name or surname, whose people the story names with a
    demonym's ending ("returned to Varskova" beside "a Varskovan dissident"): the place of that people."""
    if len(word) < 4 or not re.fullmatch(r"[A-Z][a-z]+", word) or is_given_name(word) or is_surname(word):
        return False
    forms = {word + end for end in _DEMONYM_ADDED} | ({word[:-1] + "an"} if word[-1] in "aeo" else set())
    return bool(forms & groups)


def _translit_name(name: str) -> str:
    return " ".join(transliteration_key(w) for w in _no_initials(person_form(name).split()))


def _transliterated_names(items: list[tuple[str, Mention]]) -> list[tuple[str, Mention]]:
    """A name of two or three words the tagger took for a work of art or an organisation ("Yarek Wostrinow") that
    spells a person's full name of the story in another transliteration ("Jarek Vostrinov": every word the same
    under :func:`transliteration_key`) is a person's name."""
    keys = {
        _translit_name(n) for _a, m in items if m.label == PERSON and len((n := m.name or m.span.text).split()) >= 2
    }
    return [
        (a, replace(m, label=PERSON))
        if m.label in LONE_SURNAME_LABELS
        and 2 <= len(m.span.text.split()) <= 3
        and all(w[:1].isupper() and w[1:].islower() for w in m.span.text.split())
        and _translit_name(m.span.text) in keys
        else (a, m)
        for a, m in items
    ]


def _full_name_of(m: Mention, lone: set[str], text: str = "") -> bool:
    """A two- or three-word "organisation" or "place" that ends in the surname the story gives a person alone, and
    names no body: "Alexei Navalny" (tagged ORG) beside "Navalny" (a person) is that person. Not a name written
    before a noun it qualifies (``text``, the mention's article: "the Stop Vale movement", a slogan's name)."""
    from .entities import _body_name

    words = norm(m.name or m.span.text).split()
    written = _OWN_POSSESSIVE.sub("", m.span.text)  # "Bradley Cooper’s performance": the name is the owner's
    return (
        m.label in PLACE_ORG | {"NORP", "PRODUCT"}
        and 2 <= len(words) <= 3
        and words[-1] in lone
        and all(w[:1].isupper() for w in written.split())
        and not re.search(r"['\u2019]", written)  # "Oracle's Java": a thing of the company's
        and not _body_name(written)
        and not (text[m.span.start : m.span.end] == m.span.text and _NOUN_AFTER.match(text, m.span.end))
    )


_NOUN_AFTER = re.compile(
    r"[ \t]+(?:movement|campaign|effort|forces|group|groups|coalition|camp|wing|faction|push|drive|rally|rallies|"
    r"brigade|caucus|ticket|era|administration|presidency)\b"
)
"""A noun a name qualifies as a movement's, a camp's or a time's ("the Stop Vale movement", "the Vale era"): no
person's mention."""
_OWN_POSSESSIVE = re.compile(r"['\u2019]s?$")


RUN_TOGETHER = re.compile(r"[A-Z]?[a-z]+[A-Z][a-z]+\w*|[A-Z]{6,}")
"""A name written run together ("BlackVellum") or in capitals of one word ("BLACKVELLUM"): a brand's or a group's
way of writing, not a person's name."""


def _dateline_place(m: Mention) -> bool:
    """A place's one word written in capitals, as a dateline writes the place it was filed from ("ELMSGARD -")."""
    word = m.span.text
    return m.label == "GPE" and " " not in word and len(word) >= 4 and word.isalpha() and word.isupper()


def _entity(members: list[tuple[str, Mention]], names: list[str]) -> Entity:
    votes = Counter(m.label for _a, m in members)
    if len(votes) > 1 and any(RUN_TOGETHER.fullmatch(clean_name(m.span.text)) for _a, m in members):
        votes.pop(PERSON, None)  # "BlackVellum" beside "Black Vellum" (ORG): no person's name
    if "PRODUCT" in votes and any(_dateline_place(m) for _a, m in members):
        votes.pop("PRODUCT")  # "landed in Elmsgard" (the tagger's product) beside the dateline "ELMSGARD -": a place
    label = votes.most_common(1)[0][0]
    spellings = Counter(_shown_name(m.span.text, label) for _a, m in members)
    full = Counter(_shown_name(n, label) for n in names)
    if label == PERSON:
        multi = [n for n in full if len(n.split()) >= 2]
        # a given name written out ("Pieter van der Berg"), over its initial ("P. van der Berg"), over none ("Van der
        # Berg", a surname with its particles), then the most used
        name = max(
            multi or list(full),
            key=lambda n: (
                _given_rank(n),
                full[n],
                len(n.split()),
                _mixed(n),
                -names.index(n) if n in names else 0,
            ),
        )
    else:
        # the fullest of names that end or open with another ("Boston Red Sox" over "Red Sox"), else the most used
        def whole(n: str) -> bool:
            return any(o != n and (n.endswith(" " + o) or n.startswith(o + " ")) for o in full)

        name = max(  # a name, not a possessive phrase ("Orlund Supreme Court" over "Orlund’s Supreme Court")
            full,
            key=lambda n: (
                len(n.split()) >= 2,
                whole(n),
                not _OWNER_FIRST.fullmatch(norm(n)),
                full[n],
                _mixed(n),
                len(n),
            ),
        )
    key = "e" + hashlib.sha1(f"{label}\x00{name}".encode()).hexdigest()[:10]
    roles: list[str] = []
    for _a, m in members:  # only a person holds a role ("the Pacific Ocean, Japan's defence minister said": no)
        if label == PERSON and m.role and m.role.lower() not in {r.lower() for r in roles}:
            roles.append(m.role)
    variants = sorted({s for s in spellings if s != name} | {_shown_name(n, label) for n in names} - {name})
    arts = list(dict.fromkeys(a for a, _m in members))
    return Entity(
        key=key, name=name, type=label, variants=variants, roles=roles, articles=arts, mentions=[m for _a, m in members]
    )


_HONORIFIC = re.compile(r"(Vice[ -])?(President|Secretary(?: of State)?|Governor|Gov\.|Senator|Sen\.|Mayor)", re.I)
"""A bare title written before a name ("President Vale", "Secretary Orr", "Gov. Lund"): the office, by US usage, may
be one held before ("Secretary Orr" of a former secretary of state running for another office)."""
_OFFICE_HEADS = {"gov.": "governor", "sen.": "senator", "secretary of state": "secretary"}
_FORMER_MARK = re.compile(r"\b(?:former|ex-|then-|onetime|one-time|erstwhile)", re.I)
_ONCE_HELD = re.compile(
    r"\b(?:(?:the|a)\s+(?:former|ex-)\s*|then-|(?:when|while)\s+(?:he|she)\s+was\s+(?:the\s+)?"
    r"|(?:during|in)\s+(?:his|her)\s+(?:time|tenure|years?)\s+as\s+(?:the\s+)?)"
    r"(vice[ -])?(president|secretary|governor|senator|mayor)\b(?:\s+of\s+[a-z]+)?+(?![\w-]|,?\s+(?-i:[A-Z]))",
    re.I,
)
"""The story writing an office as one a person held before, without a name after it ("the former secretary of
state", "when she was secretary of state", "during her time as governor"): a description of someone it named."""


def _office(title: str) -> tuple[bool, str] | None:
    """A bare honorific's office, with whether it is the vice one ("Vice President" -> (True, "president"))."""
    m = _HONORIFIC.fullmatch(title.strip())
    if m is None:
        return None
    head = m.group(2).lower()
    return bool(m.group(1)), _OFFICE_HEADS.get(head, head)


def _former_of(role: str, office: tuple[bool, str]) -> bool:
    """The role gives the office as one held before ("the former Florida governor", "then-Gov.", "ex-President")."""
    low = role.lower()
    vice, head = office
    words = re.findall(r"[a-z]+", low.replace("gov.", "governor").replace("sen.", "senator"))
    return bool(_FORMER_MARK.search(role)) and head in words and ("vice" in words) == vice


def _former_honorifics(
    entities: list[Entity], items: list[tuple[str, Mention]], groups: dict[int, list[int]], originals: dict[str, str]
) -> None:
    """A person's bare honorific ("Secretary", "President") of an office the story says the person held before, given
    as a former one: "Secretary Hale" of a 2030 candidate whom another role calls "the former secretary of state"
    loses the bare title; one whom only a description names so ("the former secretary of state said", "when she was
    secretary of state", the person the article named last before it with that title) gets "former Secretary". A
    title nothing in the story gives as a former one stays the current office ("President Vale" of a sitting one)."""
    holders: dict[int, Entity] = {}
    for entity, g in zip(entities, groups.values(), strict=True):
        if entity.type == PERSON and any(_office(r) for r in entity.roles):
            for i in g:
                holders[i] = entity
    if not holders:
        return
    by_article: dict[str, list[tuple[int, int, Entity | None]]] = defaultdict(list)
    for i, (aid, m) in enumerate(items):
        if m.label == PERSON:
            by_article[aid].append((m.span.start, m.span.end, holders.get(i)))
    described: dict[str, set[tuple[bool, str]]] = defaultdict(set)
    for aid, people in by_article.items():
        people.sort(key=lambda p: p[0])
        text = originals.get(aid, "")
        for hit in _ONCE_HELD.finditer(text):
            office = (bool(hit.group(1)), hit.group(2).lower())
            before = [p for p in people if p[1] <= hit.start()]
            # the person named last before the description, or the first after it when the text opens with it
            near = before[-1] if before else next((p for p in people if p[0] >= hit.end()), None)
            if near is not None and near[2] is not None and any(_office(r) == office for r in near[2].roles):
                described[near[2].key].add(office)
    for entity in entities:
        if entity.type != PERSON:
            continue
        roles: list[str] = []
        for role in entity.roles:
            held = _office(role)
            if held is not None and any(_former_of(r, held) for r in entity.roles if r != role):
                continue  # "Governor" beside "the former Florida governor"
            roles.append(f"former {role}" if held is not None and held in described[entity.key] else role)
        entity.roles = list(dict.fromkeys(roles))


def _shown_name(name: str, label: str) -> str:
    """An entity's name as a mention writes it (:func:`entity_name`), with the capital "The" that extraction left in
    a mention's span as the name's own ("for The Lantern", "in The Hague": see ``entities._without_article``), so
    that the entity's name or a variant is the text of each of its spans."""
    if label != PERSON and name.startswith("The ") and len(name.split()) >= 2:
        return "The " + " ".join(clean_name(name).split())
    return entity_name(name, label)


def _given_rank(name: str) -> int:
    """2 for a person's name with its given name written out, 1 with only its initial ("P. van der Berg"), 0 for a
    surname alone ("Van der Berg", "van der Berg")."""
    given = name_split(name)[0]
    return 0 if not given else 1 if all(len(w) == 1 for w in given) else 2


def _case_only(m: Mention) -> bool:
    """The mention's name is its words in other capitals ("Varnholt" for the dateline's "VARNHOLT")."""
    name, written = m.name or "", clean_name(m.span.text)
    return name != written and name.casefold() == written.casefold()


def _mixed(name: str) -> bool:
    """Of two spellings used as often, the one in mixed case: "Varnholt" over a dateline's "VARNHOLT"."""
    return not name.isupper()


def _write_back(
    extractions: list[ArticleExtraction],
    items: list[tuple[str, Mention]],
    groups: dict[int, list[int]],
    entities: list[Entity],
    *,
    outlets: Iterable[str] = (),
    published: dict[str, str] | None = None,
    texts: dict[str, str] | None = None,
) -> None:
    by_item: dict[int, Entity] = {}
    for (_root, members), ent in zip(groups.items(), entities, strict=True):
        for i in members:
            by_item[i] = ent
    k = 0
    for ex in extractions:
        local: dict[str, str] = {}
        new = []
        for _m in ex.mentions:
            aid, m = items[k]
            ent = by_item[k]
            new.append(replace(m, entity=ent.key))
            ent.mentions = [x if x is not m else new[-1] for x in ent.mentions]
            for form in {norm(m.span.text), norm(m.name or "")} - {""}:
                local.setdefault(form, ent.name)
            k += 1
        ex.mentions = new
        spans = {(m.span.start, m.span.end) for m in new}
        ex.quotes = [
            replace(q, speaker_entity=local.get(norm(q.speaker_entity), q.speaker_entity))
            if q.speaker_entity
            # a speaker that is a mention (a surname alone, :func:`_surname_speakers`) is that mention's entity
            else replace(q, speaker_entity=local.get(norm(q.speaker.text)))
            if q.speaker is not None and (q.speaker.start, q.speaker.end) in spans
            else q
            for q in ex.quotes
        ]
    _described_speakers(extractions, entities, outlets=outlets, published=published, texts=texts)


_DESCRIPTION = re.compile(r"^(?:a|an|the|one)\s|^(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+(?-i:[a-z])", re.I)
"""A description, not a name: "a spokesman from the Kremlin", "the owner, ...", "Turkey's president"."""
_NAME_OF_BODY = re.compile(r"^((?-i:[A-Z][\w.'’-]*)(?:\s(?-i:[A-Z][\w.'’-]*)){1,3}),?\s+(?:of|from|at|with)\s+\S", re.I)
"""A speaker given as a person's name and the body they speak for ("Oleksandr Demchyn of the NCRA", "Ana Lintz, of
Kelsby General"): the name is the speaker."""
_DESCRIPTION_FILLER = {"a", "an", "the", "one", "from", "of", "at", "for", "in", "s", "'s"}


def _described_speakers(
    extractions: list[ArticleExtraction],
    entities: list[Entity],
    *,
    outlets: Iterable[str] = (),
    published: dict[str, str] | None = None,
    texts: dict[str, str] | None = None,
) -> None:
    """A speaker given only by description is resolved when the story leaves one candidate; the quote keeps its
    ``speaker`` mention (the description) and gets the entity's name as ``speaker_entity``:

    - a person's role: "the spokesman for the Kremlin" is the one person of its own article whose stated role
      holds every word of it ("Kremlin spokesman" Dmitry Peskov); never a person only another outlet names (its
      words are not put in a named person's mouth), and never for an indefinite "a spokesman", "an official": the
      outlet says it is not naming one;
    - a person's or organisation's name in apposition: "the owner, Halvard Timber" is Halvard Timber;
    - an organisation by its common noun: "the fire service" is the Brenmoor Fire Service when that is the one
      organisation of the article whose longer name ends with that noun and holds every word of it; "the company"
      (:data:`COMPANY_NOUNS`) is the one organisation of the article named in more words than one that is no public
      body, institution or outlet ("Brisvale Nutrition", not the food agency nor the newspaper), and so is "a company
      statement". An outlet is one by its name ("Orlesk Courier", "Radio Varnholt") or as the article's publisher
      (``published``: article id -> outlet): a company that publishes its own press release in the story is still
      the company other outlets' articles mean. An article names a company when it has a mention of it or writes
      its full name (``texts``: article id -> text; "ORLESK (Nordpress) - Brisvale Nutrition recalled ...", where the
      tagger found no name after the dateline).

    With none or several candidates, the description stays."""
    names = {e.name for e in entities}
    cast = _Cast(entities, outlets, published, texts)
    for ex in extractions:
        out = []
        for q in ex.quotes:
            who = q.speaker_entity or (q.speaker.text if q.speaker else None)
            if who and who not in names and _DESCRIPTION.match(who):
                fit = cast.described(who, ex.article, at=q.speaker.start if q.speaker else None)
                if fit:
                    q = replace(q, speaker_entity=fit)
            elif who and who not in names and (head := _NAME_OF_BODY.match(who)):
                # "Oleksandr Demchyn of the NCRA": the person named, whose body the rest gives
                named = cast.by_form.get(head.group(1))
                if named is not None and named.type == PERSON:
                    q = replace(q, speaker_entity=named.name)
            out.append(q)
        ex.quotes = out


class _Cast:
    """The story's entities indexed for :func:`_described_speakers`: people by the words of their roles,
    every entity by its spellings, organisations by the last word of their name."""

    def __init__(
        self,
        entities: list[Entity],
        outlets: Iterable[str] = (),
        published: dict[str, str] | None = None,
        texts: dict[str, str] | None = None,
    ) -> None:
        from ..clean.masthead import outlet_name

        self.by_form = {f: e for e in entities for f in [e.name, *e.variants]}
        # an outlet by its name's news word is press everywhere; any outlet is press in its own articles
        press = {_press_form(o) for o in outlets if outlet_name(o, in_byline=True)}
        self.publisher = {aid: _press_form(o) for aid, o in (published or {}).items()}
        self.texts = texts or {}
        self.companies = [
            e
            for e in entities
            if e.type == "ORG"
            and len(e.name.split()) >= 2
            and not self._forms(e) & press
            and not set(_LOWER_WORD.findall(e.name.lower())) & NOT_COMPANIES
        ]
        self.orgs: dict[str, list[tuple[Entity, set[str]]]] = defaultdict(list)
        for e in entities:
            words = _LOWER_WORD.findall(e.name.lower())
            if e.type == "ORG" and words:
                self.orgs[_head_noun(words)].append((e, set(words)))
        self.roles = [
            (e, [self._with_body(_role_words(r)) for r in e.roles]) for e in entities if e.type == PERSON and e.roles
        ]

    def _with_body(self, words: set[str]) -> set[str]:
        """A role's words and the words of the organisation it names by its common noun, when the story has one
        organisation of that noun: "the commission's chairman", where the story's one commission is the electoral
        commission, is also "the electoral commission's chairman"."""
        out = set(words)
        for w in words - ROLE_NOUNS - _DESCRIPTION_FILLER:
            bodies = self.orgs.get(w, [])
            if len(bodies) == 1:
                body = bodies[0][0]
                out |= {x for form in [body.name, *body.variants] for x in _role_words(form)}
        return out

    @staticmethod
    def _forms(e: Entity) -> set[str]:
        return {_press_form(f) for f in [e.name, *e.variants]}

    def _companies_of(self, article: str) -> list[Entity]:
        """The companies the article names, not its own publisher."""
        text = self.texts.get(article, "")
        return [
            e
            for e in self.companies
            if (article in e.articles or re.search(rf"(?<![\w-]){re.escape(e.name)}(?![\w-])", text))
            and self.publisher.get(article) not in self._forms(e)
        ]

    def _company_named_before(self, article: str, at: int | None) -> str | None:
        """Of the article's companies (:meth:`_companies_of`), the one or several it names, the one named last before
        ``at``: "the company" in "a drug from Halvern Therapeutics cut the rate ..., the company said" is Halvern
        Therapeutics even when a partner company is named further on."""
        own = self._companies_of(article)
        if len(own) <= 1 or at is None:
            return own[0].name if len(own) == 1 else None
        last = {
            e.name: max((m.span.end for m in e.mentions if m.span.article == article and m.span.end <= at), default=-1)
            for e in own
        }
        ranked = sorted(last.items(), key=lambda kv: -kv[1])
        if ranked[0][1] < 0:
            return None  # named only after the description
        text = self.texts.get(article, "")
        if ranked[1][1] >= 0 and not re.search(r"[.!?][\"'”’]?\s", text[ranked[1][1] : ranked[0][1]]):
            return None  # two named in one sentence ("X and Y both sell trout", "X and Y signed the deal"): whose?
        return ranked[0][0]

    def described(self, who: str, article: str, *, at: int | None = None) -> str | None:
        """The entity a description stands for, if exactly one fits (``at``: where the description is in the
        article: "the company" is the company the article named last before it)."""
        appositive = _APPOSITIVE.match(who)
        named = self.by_form.get(appositive.group(1)) if appositive else None
        if named and named.type in {PERSON, "ORG"}:
            return named.name  # not "a woman in Worcester, Massachusetts"
        words = _role_words(who) - _DESCRIPTION_FILLER
        if words & ROLE_NOUNS:
            if len(words) < 2 or _INDEFINITE.match(who):
                return None  # "the spokesman": whose? "an OVHA spokesperson": the outlet names nobody
            # "the Democratic presidential nominee" is not the Democratic vice presidential nominee; the person is
            # one this article names: another outlet's name is not put in this outlet's speaker's mouth
            fits = {
                e.name
                for e, roles in self.roles
                if article in e.articles and any(words <= r and not (r & SECOND_RANK) - words for r in roles)
            }
            return fits.pop() if len(fits) == 1 else None
        if words - STATEMENT_NOUNS and words - STATEMENT_NOUNS <= COMPANY_NOUNS and words & STATEMENT_NOUNS:
            # "a company statement", "the firm's statement": a statement of the company the article names
            return self._company_named_before(article, at)
        if not who.lower().startswith("the "):
            return None  # "a man", "an official": someone new, not the organisation named before
        head = _LOWER_WORD.findall(who.lower())[-1]
        if words == {head} and head in COMPANY_NOUNS:
            return self._company_named_before(article, at)
        orgs = [
            e
            for e, name in self.orgs.get(head, [])
            if len(e.name.split()) > len(words) and words <= name  # the name says more ("Police" does not)
        ]
        # the article's own organisation: "the group" in one article is not the group another article names
        own = [e for e in orgs if article in e.articles]
        return own[0].name if len(own) == 1 else None


def _head_noun(words: list[str]) -> str:
    """The noun an organisation's name is headed by, of its lower-case words: its last ("Brenmoor Fire Service": the
    service), or the one before "of" ("Court of Appeal": a court, not an appeal; "Ministry of Health": a ministry)."""
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1]


def _press_form(name: str) -> str:
    return norm(LEADING_THE.sub("", name))


_LOWER_WORD = re.compile(r"[a-z]+")
COMPANY_NOUNS = {"company", "firm", "manufacturer", "maker", "producer", "retailer", "supplier", "business"}
"""Common nouns by which an article calls the company it named ("the company said")."""
STATEMENT_NOUNS = {"statement", "release", "announcement"}
"""What a company issues that says something for it ("a company statement said")."""
NOT_COMPANIES = (INSTITUTION_HEADS | BODY_WORDS | ROLE_NOUNS | {"service"}) - {
    "corporation", "company", "airlines", "railways", "group", "services", "network", "holdings",
}  # fmt: skip
"""Words of a name that make it a public body, institution or building, not a company ("Varnholt Food Safety Agency",
"Orlesk City Council", "Tarrow Valley Mine Rescue Service": a public service; "... Services" may be a firm's)."""
_INDEFINITE = re.compile(r"^(?:a|an|one)\s", re.I)
"""An indefinite description ("a spokesperson", "an official", "one aide") names nobody: the outlet says it is not
naming the person, and an organisation has several who speak for it."""


def _role_words(text: str) -> set[str]:
    """The lower-case words of a role or description, a country's adjective as its name ("Turkish President" and
    "Turkey's president" both hold "turkey")."""
    return {DEMONYMS.get(w, w).lower() for w in _LOWER_WORD.findall(text.lower())}


_APPOSITIVE = re.compile(
    r"^(?:a|an|the)\s(?:(?!of\b|from\b|at\b|in\b|for\b|with\b)[\w'’-]+\s?){1,4},\s+([A-Z][^,]*?)\s*,?$", re.I
)
"""A short description followed by the name it stands for: "the owner, Halvard Timber"; not "an employee of a
nearby business, Relaxus", whose name is the business's."""
