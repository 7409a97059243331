"""Who said it: a quote's speaker mention resolved to a name within its article.

- a name (or a phrase holding a person's name, "Kremlin spokesman Dmitry Peskov") -> that person's
  fullest name in the article ("Peskov" -> "Dmitry Peskov"); not a name in a clause of the phrase ("The
  woman accusing Brett Kavanaugh") nor one that only qualifies its noun ("the Trump administration");
- "he"/"she" -> the person its sentence opens with ("Joe Biden weighed in, telling Mic, “...,” he said"); else
  one of that gender a sentence since the last quote opens with; else the last person quoted, if in this
  paragraph or the one before; else the subject of the nearest sentence before that names someone, following a
  chain of sentences whose subject is the same pronoun; never one the article tells is of the other gender
  ("Mrs.", "spokeswoman", the pronouns used for them); no one, right after an unnamed "woman" or "a spokesman";
- a role noun ("the expert explained", "the diplomat said") -> the person given that role in the
  article, else the person quoted last ("a source", "another official": no one);
- an epithet ("The Kentucky Republican", "the New York businessman") -> the first person named in the
  sentence before, else no one;
- an organisation or country as subject ("the ministry said") -> its name;
- a text by a definite common noun ("the statement said") right after a quote whose sentence tells its speaker spoke
  through such a text ("X said in a statement that ...") -> that speaker;
- a quoted paragraph with no cue that carries on a quote -> the previous quote's speaker (also a
  quotation right after ``"...," he surmised.``);
- a cue whose subject the parse missed (a long apposition, a leading phrase) -> the first person
  named before it in its sentence.

The speaker span is the mention as attribution corpora (PolNeAR, PARC) mark a source: the whole
noun phrase with its appositions ("Tom Becker, an analyst at the institute"), or the pronoun.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from ..clean.dupes import TITLE_END
from .attribution import MIN_TURNS, RawQuote, credited_dateline
from .cues import Cue
from .entities import (
    GENDERED_PRONOUN,
    HONORIFICS,
    KIN,
    NAME_PARTICLES,
    POSSESSIVE,
    PRE_NAME_TITLES,
    NameMention,
    is_role,
    stopwords,
)
from .lexicon import (
    DEMONYMS,
    PARTY_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    SECOND_RANK,
    cue_lemma,
    given_name_gender,
    is_given_name,
)
from .marks import Segment

FEMALE_MALE = {"he", "she", "him", "her"}
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[A-Z\"\u201c])|\n")
PARTY_MEMBERS = {"republican", "democrat", "independent", "conservative", "liberal", "progressive", "libertarian"}
"""One member of a party, as an epithet for the person just named ("The Kentucky Republican said")."""
EPITHET_NOUNS = {"businessman", "businesswoman", "billionaire", "mogul", "tycoon"}
"""Nouns for one person that, after "the" and a place, stand for the person just named ("the New York businessman")."""
_AGE = re.compile(r"[Tt]he\s+\d{1,3}-year-old")
"""A person by their age ("the 31-year-old said"): an epithet for the person just named, as "the businessman" is."""
INDEFINITE = re.compile(r"(?:an?|another|one)\s", re.I)
"""A speaker introduced as one of many ("a spokesman", "another official"): a new voice, not the last one named."""
PERSON_WORDS = {"woman", "man", "girl", "boy", "mother", "father", "wife", "husband", "teenager", "victim", "accuser"}
"""Words for one person who may go unnamed ("The woman accusing ... says"): "she" after it is that woman."""
_QUALIFIES = re.compile(
    r"\s+(?:campaign|administration|aides?|allies|ally|supporters|team|camp|family|outlets?|spokesm[ae]n|"
    r"spokeswom[ae]n|spokesperson|advis[eo]rs?|strategists?|pollsters?|lawyers?|attorneys?|surrogates?|"
    r"confidants?|consultants?|press\s+secretary|chief\s+of\s+staff|running\s+mate|"
    r"case|trial|investigation|inquiry|inquest|probe|murders?|killings?|shooting|affair|scandal|hearing)\b"
)
"""After a name, a word that makes the name only qualify the noun that follows: "Clinton campaign Chairman John
Podesta", "a possible Trump administration", "Trump spokesman Hope Hicks", "former Obama adviser David Axelrod"; a case or an inquiry named after someone ("The
prosecutor in the Dellamar case": not Dellamar)."""
_OWNED = re.compile(r"(?:his|her|their|its)\s", re.I)
_POSSESSIVE = re.compile(r"\s?['’]s?\s+(?:[A-Z]{2,}\s+)?[a-z]")
"""After the name of a person who owns the noun that follows ("Reid's rep", "Obama's press secretary", a party's or
body's initials first: "Varga's DUP primary rival")."""
_OWNED_WORDS = re.compile(
    r"['’]s?[^\S\n]+(?:[a-z-]+[^\S\n]+)?(?:statement|remarks|comments|testimony|speech|letter|announcement|address"
    r"|interview|memo|tweets?|post|op-ed|column|briefing|findings|words|account|explanation)\b"
)
"""After a person who owns the words the paragraph is about ("Teodor Lasky's statement", "Lasky's prepared remarks")."""
_INTRO = re.compile(r"[^\n]{2,160}(?:,|\s[\u2014\u2013-])\s+([^\n]*)")
"""A phrase before the subject of a sentence, ending in a comma or a dash (a dateline)."""
_UNNAMED_SAY = re.compile(r"(?!(?:he|she|they|it|we|i|you)\s)(?:[a-z]+\s+){1,3}(?:say|says|said)\s+(?:that\s+)?")
"""A sentence's opening reporting clause whose speakers go unnamed ("aides say", "people close to him said that"); not
"he said" (someone named before)."""
_INTRODUCED = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}?\s+(?:was|were)\s+")
"""A sentence's opening phrase and "was"/"were" right before a name, with no comma ("Among those waiting was", "Next
to him was"): the name is the one the sentence introduces, its subject after the verb."""
_PRONOUN_WORDS = {p: re.compile(rf"\b{p}\b", re.I) for p in PRONOUNS}
Resolved = tuple[RawQuote, tuple[int, int] | None, str | None]


_SPEECH_AFTER = re.compile(r"\s+([a-z]+)")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_COMMON_AFTER = re.compile(r"[ \t]+[a-z]")
_AND = re.compile(r"\s+and\s+")
"""Two names joined as one subject ("Tobias Wren and Margit Oyelaran-Pryce")."""


class _Context:
    def __init__(self, text: str, names: list[NameMention], segs: list[Segment]) -> None:
        self.text = text
        self.names = sorted(names, key=lambda m: m.start)
        self.starts = [m.start for m in self.names]
        self.segs = segs
        self.last_person: str | None = None
        self.person_end = -1
        """Where the quote given to ``last_person`` ends (later quotes may be no one's: "U.S. leaders")."""
        self.last_end = -1
        self.said_end = -1
        """Where the last quote that names or points to a speaker ends ("he was asked what happened to ...", a
        question put by no one named, does not count)."""
        self.last_span: tuple[int, int] | None = None
        self.last_who: str | None = None
        self.last_anchor: tuple[int, int] | None = None
        self.last_sent: tuple[int, int] | None = None
        """The sentence of the last quote's cue."""
        self.unnamed = False
        """The last quote's speaker is one person the article does not name ("The woman accusing ...")."""
        self.voice: str | None = None
        """The words of that unnamed speaker when the article brings it in as one of many ("a relative", "Another
        neighbour"): "she said" right after is that voice."""
        self.described: tuple[str, str, int] | None = None
        """The last unnamed speaker given by an indefinite description: its head noun, its words ("A senior Vantrian
        official") and where its quote ends; "the official" after it is that one."""
        self._genders: dict[str, str] | None = None
        self.unresolved: set[str] = set()
        """Definite speaker phrases ("the president", in lower case) given to no one named: the same phrase again
        is the same unnamed voice, not whoever was named on the way ("The President announced his nominee, Dr.
        Solberg ... The President emphasized": not Solberg)."""
        self.asker: tuple[str, tuple[int, int], int] | None = None
        """The one who put the question quoted last (its sentence, where it ends): the answer given right after it
        by a role ("Asked by Hal Denver whether ..., the minister said ...") is not the asker's."""
        self.untagged: dict[str, str] = {}
        """Surnames of speakers the tagger did not take for names, by their full name ("Vera Stolz, a records expert
        at ..."): "Stolz said" later is that person."""
        self.asked: tuple[str, str, int] | None = None
        """The last question quoted: who put it, to whom (named right after "asked"), and where it ends; "he
        responded" right after it is the one asked, not the asker."""

    def outside_cue(self, gap: str) -> str:
        """The text between the last quote and this one without the last quote's cue and speaker
        (``"A," he surmised. "B"``: B carries on A)."""
        if self.last_anchor is None or "\n" in gap:
            return gap
        lo, hi = self.last_anchor[0] - self.last_end, self.last_anchor[1] - self.last_end
        if lo > 0 and gap[:lo].strip(" ,;:\u2014\u2013-"):
            return gap
        return gap[max(0, hi) :]

    def quoted(self, pos: int) -> bool:
        return any(s.start < pos < s.end for s in self.segs)

    def inside(self, lo: int, hi: int) -> list[NameMention]:
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.names) and self.names[i].start < hi:
            out.append(self.names[i])
            i += 1
        return out

    def recent(self, pos: int, since: int | None = None) -> bool:
        """The last quote (or the one that ended at ``since``) ended in this paragraph or the one before."""
        end = self.last_end if since is None else since
        return end >= 0 and self.text[end:pos].count("\n\n") <= 1 and self.text[end:pos].count("\n") <= 2

    def previous_person(self, pos: int, *, owners: bool = True, pronoun: str = "") -> NameMention | None:
        """The person named last before ``pos``, outside quotation marks; with ``owners`` false, not one named
        only as an owner on the way ("Trump called Robert Mueller's investigators a hit squad ... the president
        wrote": not Mueller); with a ``pronoun``, not one the article tells is of the other gender."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            m = self.names[i]
            owned = not owners and _POSSESSIVE.match(self.text, m.start + len(_bare(m))) and not self.leads(m)
            if (
                m.label == "PERSON"
                and not self.quoted(m.start)
                and not owned
                and self.agrees(m.canonical, pronoun)
                and not self.qualifier(m)
            ):
                return m
            i -= 1
        return None

    def subject_before(self, pos: int, pronoun: str) -> NameMention | None:
        """The person "he"/"she" at ``pos`` most likely stands for, when no quote just before names one: in the
        nearest sentence before that names someone who may be ``pronoun``, the first one who is its subject
        (see ``subject``: "Christie, who has campaigned for Donald Trump since he suspended his campaign, blasted
        Clinton ... “...,” he said": Christie, not Trump), else the one named last, not only as a qualifier ("a
        possible Trump administration"). A sentence whose subject is the same pronoun carries on the person
        before it ("Clinton appeared ... She skirted the question from John Dickerson ... she said": Clinton).
        Beyond two paragraphs, the person named last who may be ``pronoun``."""
        hi, reach = pos, 2
        while hi > 0:
            lo = _sentence_start(self.text, hi)
            if self.text.count("\n\n", lo, pos) > reach or self.text.count("\n", lo, pos) > 2 * reach:
                break  # farther back than two paragraphs (five along a chain): the person named last, as before
            found = [
                m for m in self.inside(lo, hi)
                if m.label == "PERSON" and m.end <= pos and not self.quoted(m.start) and self.agrees(m.canonical, pronoun)
                and not self.qualifier(m)
            ]  # fmt: skip
            if (bound := self.reflexive_subject(lo, hi, pronoun)) is not None:
                return bound  # "Kranz is drawing contrasts between himself and Holm. He said": Kranz, however tagged
            owner = next((m for m in found if self.owns_subject(m, lo)), None)
            if owner is not None:
                # "Varn's best friend took the stand. He said ...": the friend, whom the text does not name, or the name
                # in apposition ("Varn's best friend, Tomas Brek, took the stand")
                return self.apposed_owned(owner, pronoun)
            subject = next((m for m in found if self.subject(m, lo)), None)
            if subject is not None:
                return subject
            if found and self.described_subject(lo):
                hi = lo - 1  # "The Norland senator sought ..., a swipe at Brenner's rallies. He said": not Brenner
                continue
            if (described := self.described_opener(lo, pronoun)) is not None:
                return described  # "Rubio spoke ... . The Florida senator sought to calm ... Trump's rallies. He said"
            if not found and (told := self.told_subject(lo, hi, pronoun)) is not None:
                return told
            # not "a Trump administration"; "Clinton's" in "Lazar accessed Clinton's email" only if no one else
            whole = [m for m in found if not _QUALIFIES.match(self.text, m.end)]
            owned = [m for m in whole if _POSSESSIVE.match(self.text, m.start + len(_bare(m)))]
            if whole and not self.says(pronoun, lo, whole[0].start):
                return ([m for m in whole if m not in owned] or owned)[-1]
            if whole or self.says(pronoun, lo, hi):
                reach = 5  # a chain of sentences about the same "she" reaches further back
            hi = lo - 1
        return self.previous_person(pos, pronoun=pronoun)

    def untagged_opener(self, pos: int, pronoun: str) -> str | None:
        """The person the sentence right before ``pos`` (in the same paragraph) opens with, when the tagger took no
        one in it for a person but the opening word is the surname of someone the article names after a title the
        tagger missed too ("... over Mayor Dragan Vuletic. ... Vuletic conceded on Thursday. “...,” he said"): that
        person's name after the title, unless the title tells the other gender ("Mrs." for "he")."""
        if pronoun not in FEMALE_MALE:
            return None
        lo = _sentence_start(self.text, pos)
        if "\n" in self.text[lo:pos].strip() or any(
            m.label == "PERSON" and not self.quoted(m.start) for m in self.inside(lo, pos)
        ):
            return None
        opener = _BARE_OPENER.match(self.text, lo)
        if opener is None or self.quoted(lo) or opener.group(1).lower() in stopwords():
            return None
        word = opener.group(1)
        for titled in re.finditer(rf"\b([A-Z][a-z]+)\.?\s+((?:[A-Z][\w'-]+\s+){{0,2}}{re.escape(word)})\b", self.text):
            title = titled.group(1).lower()
            if not (title in HONORIFICS or title in PRE_NAME_TITLES or is_role(title)):
                continue
            if self.inside(titled.start(2), titled.end(2)) and any(
                m.label == "PERSON" for m in self.inside(titled.start(2), titled.end(2))
            ):
                continue
            other = FEMALE_WORDS if pronoun in {"he", "him"} else MALE_WORDS
            if title in other:
                return None
            return " ".join(titled.group(2).split())
        return None

    def described_subject(self, lo: int) -> bool:
        """The sentence from ``lo`` opens with a title that stands for a person it does not name ("The Norland senator
        sought to calm his supporters, ... at some of Brenner's rallies"): the people it names are not its subject, so
        "he" after it is the one the sentences before are about (not "The senator's aides", "The senator, Ivo Marsh,")."""
        opening = self.title_opening(lo)
        return opening is not None and self.text[opening.end() : opening.end() + 1] != ","

    def title_opening(self, lo: int) -> re.Match[str] | None:
        """The title with no name that the sentence from ``lo`` opens with (:data:`_DESCRIBED_SUBJECT`), unless it
        owns what follows ("The senator's aide": someone else)."""
        opening = _DESCRIBED_SUBJECT.match(self.text, lo)
        return None if opening is None or self.text[opening.end() : opening.end() + 1] in {"'", "’"} else opening

    def owns_subject(self, m: NameMention, lo: int) -> bool:
        """``m`` owns the person the sentence from ``lo`` opens with, named by a word for a person ("Varn's 16-year-old
        best friend took the stand", "Once the trial resumed, Lena Voss's lawyer said"): the sentence is about that
        other person, not about ``m``."""
        end = _owned_noun_end(self.text, m)
        if end is None:
            return False
        if any(n.start <= end + 1 for n in self.inside(end, end + 2)):
            return False  # "Trump's son Eric Trump said": the name after the noun is the subject
        intro = _INTRO.fullmatch(self.text, lo, m.start)
        start = intro.start(1) if intro is not None and not self.inside(lo, intro.start(1)) else lo
        words = self.text[start : m.start].split()
        return len(words) <= 3 and all(_title_word(w) or is_role(w) for w in words)

    def owned_named(self, owner: NameMention, lo: int) -> NameMention | None:
        """The person named right after the word for a person that ``owner`` owns, when the two open the sentence
        from ``lo`` ("Holt's colleague Remy Cole faced criticism", "Varn's lawyer, Tomas Brek, said"): the sentence
        is about that person, not the owner."""
        end = _owned_noun_end(self.text, owner)
        if end is None:
            return None
        words = self.text[lo : owner.start].split()
        if len(words) > 3 or not all(_title_word(w) or is_role(w) for w in words):
            return None
        after = re.compile(r",?[^\S\n]+").match(self.text, end)
        if after is None:
            return None
        named = [n for n in self.inside(after.end(), after.end() + 1) if n.label == "PERSON" and n.start == after.end()]
        return named[0] if named else None

    def apposed_owned(self, owner: NameMention, pronoun: str) -> NameMention | None:
        """The person named in apposition right after "<owner>'s <noun>," ("Varn's best friend, Tomas Brek,"), if
        they may be ``pronoun``; else no one."""
        end = _owned_noun_end(self.text, owner)
        after = re.compile(r",[^\S\n]*").match(self.text, end) if end is not None else None
        if after is None:
            return None
        at = after.end()
        named = [n for n in self.inside(at, at + 1) if n.label == "PERSON" and n.start == at]
        return named[0] if named and self.agrees(named[0].canonical, pronoun) else None

    def told_subject(self, lo: int, hi: int, pronoun: str) -> NameMention | None:
        """A name of two words or more the tagger took for no person that opens the sentence from ``lo`` and that the
        sentence itself calls ``pronoun`` ("he"/"she") next, before naming anyone else ("Lena Voss said on Sunday that
        she had never lost hope"): a person, for "she said" after it."""
        if pronoun.lower() not in FEMALE_MALE:
            return None
        named = [m for m in self.inside(lo, hi) if not self.quoted(m.start)]
        if not named or named[0].label not in {"ORG", "WORK_OF_ART", "PRODUCT"} or len(named[0].text.split()) < 2:
            return None
        first = named[0]
        stop = named[1].start if len(named) > 1 else hi
        same = _PRONOUN_WORDS.get(pronoun.lower())
        verb = _SPEECH_AFTER.match(self.text, first.end)
        if same is None or not self.opens(first, lo) or verb is None or cue_lemma(verb.group(1)) is None:
            return None
        hit = same.search(self.text, first.end, stop)
        return first if hit is not None and not self.quoted(hit.start()) else None

    def described_opener(self, lo: int, pronoun: str) -> NameMention | None:
        """The sentence from ``lo`` opens with a title and no name ("The Florida senator sought to calm his
        supporters, ... at some of Trump's rallies"): its subject is the person who opens the sentence before it
        (Rubio), if they may be ``pronoun`` and hold that title, not someone the sentence names on the way."""
        title = self.title_opening(lo)
        if title is None:
            return None
        earlier = self._opener(_sentence_start(self.text, max(0, lo - 2)), lo)
        noun = title.group(0).split()[-1]
        if earlier is None or not self.agrees(earlier.canonical, pronoun) or not self.may_hold(earlier.canonical, noun):
            return None
        return earlier

    def reflexive_subject(self, lo: int, hi: int, pronoun: str) -> NameMention | None:
        """A name the tagger took for no person that opens the sentence from ``lo`` and that a reflexive of
        ``pronoun`` binds before anyone else is named ("Kranz is drawing sharp contrasts between *himself* and Ivo
        Holm", "Kranz, who calls himself ...": Kranz is a "he", the subject that "He said" after it carries on, not
        Holm); not a body ("The ministry ... itself")."""
        reflexive = _REFLEXIVE.get(pronoun.lower())
        named = [m for m in self.inside(lo, hi) if not self.quoted(m.start)]
        if reflexive is None or not named or named[0].label not in {"ORG", "WORK_OF_ART", "PRODUCT"}:
            return None
        first = named[0]
        if not self.opens(first, lo):
            return None
        stop = named[1].start if len(named) > 1 else hi
        hit = reflexive.search(self.text, first.end, stop)
        return first if hit is not None and not self.quoted(hit.start()) else None

    def qualifier(self, m: NameMention) -> bool:
        """``m`` is one word between an article and a common noun, an adjective however the tagger labelled it ("in a
        Vantrian prison", "the Vantrian state"): no person "he" or "she" can stand for."""
        return (
            len(m.text.split()) == 1
            and _ARTICLE_BEFORE.search(self.text, max(0, m.start - 5), m.start) is not None
            and _COMMON_AFTER.match(self.text, m.end) is not None
        )

    def says(self, pronoun: str, lo: int, hi: int) -> bool:
        """``pronoun`` stands outside quotation marks between ``lo`` and ``hi``."""
        word = _PRONOUN_WORDS.get(pronoun) or re.compile(rf"\b{re.escape(pronoun)}\b", re.I)
        return any(not self.quoted(x.start()) for x in word.finditer(self.text, lo, hi))

    def subject(self, m: NameMention, lo: int) -> bool:
        """``m`` is the subject of the sentence from ``lo``: it opens it (see ``opens``), or follows an opening
        phrase that names no one ("On The Steve Harvey Show on Tuesday, Clinton criticized", "WASHINGTON (AP) —
        Attorney General Loretta Lynch is", "As speakers all week have done, Trump sought"); not when the opening phrase
        names someone ("While Obama had served, Clinton ...")."""
        if self.opens(m, lo):
            return True
        intro = _INTRO.fullmatch(self.text, lo, m.start)
        if intro is not None:
            named = [n for n in self.inside(lo, intro.start(1)) if n.label == "PERSON"]
            if named:
                return False
            lo = intro.start(1)
            if self.opens(m, lo):
                return True
        # "Among those waiting was Rosa Imrich, whose ...": a sentence that puts "was" before the name introduces that
        # person, its subject after the verb (no one named before it)
        if _INTRODUCED.fullmatch(self.text, lo, m.start) and not any(
            n.label == "PERSON" for n in self.inside(lo, m.start)
        ):
            return True
        # "In addition to paid leave, aides say Ivanka Trump also advises her father": the subject of what unnamed
        # voices say
        told = _UNNAMED_SAY.match(self.text, lo, m.start)
        return told is not None and not self.inside(lo, told.end()) and self.opens(m, told.end())

    def named_since(self, pos: int, pronoun: str) -> NameMention | None:
        """The person a sentence since the last quote with a speaker opens with, whom the article tells to be
        ``pronoun`` ("he"/"she"), when the last quote's speaker is not named again since."""
        want = PRONOUNS.get(pronoun)
        lo = bisect.bisect_left(self.starts, max(self.said_end, 0))
        hi = bisect.bisect_left(self.starts, pos)
        people = [m for m in self.names[lo:hi] if m.label == "PERSON" and not self.quoted(m.start)]
        if any(m.canonical == self.last_person and not self._object(m) for m in people):
            return None  # the last speaker named again, not only as what someone else did something to
        told = [m for m in people if self.gender(m.canonical) == want and self.opens(m)]
        if told:
            return told[-1]
        # "On the eve of the meetings, Trump eased his tone. Asked ..., he said": the subject of a sentence since
        # the last quote, whom the article does not tell to be of the other gender
        subjects = [
            m for m in people
            if self.agrees(m.canonical, pronoun) and self.subject(m, _sentence_start(self.text, m.start))
        ]  # fmt: skip
        if not subjects:
            # "Dr Tobias Wren and Margit Oyelaran-Pryce met relatives ... “...,” she said": of two people who are the
            # subject together, the one who may be ``pronoun`` when the other may not
            pairs = zip(people, people[1:], strict=False)
            subjects = [
                y for x, y in pairs
                if _AND.fullmatch(self.text, x.end, y.start) and not self.agrees(x.canonical, pronoun)
                and self.agrees(y.canonical, pronoun) and self.subject(x, _sentence_start(self.text, x.start))
            ]  # fmt: skip
        return subjects[-1] if subjects else None

    def paragraph_owner(self, lo: int, at: int, pronoun: str) -> NameMention | None:
        """The sentence from ``lo`` opens with ``pronoun`` (at ``at``) in a paragraph after the last quote, and the
        paragraph before it names one person only, for the first time in the article and only as the owner of their
        words ("That may sound odd to anyone who heard Chief Auditor Teodor Lasky's statement on Monday. He called
        ..."): that person, the one the paragraph is about, not the source quoted the paragraph before. Not when the
        last speaker or anyone else is named in the paragraph ("Ostrow read Lasky's statement. He called": Ostrow)."""
        if self.text[lo:at].strip() or self.last_end < 0:
            return None
        para = self.text.rfind("\n\n", 0, lo) + 2 if "\n\n" in self.text[:lo] else 0
        if self.last_end > para:
            return None  # the last quote is in this paragraph: "he" carries it on
        people = [m for m in self.inside(para, lo) if m.label == "PERSON" and m.end <= lo and not self.quoted(m.start)]
        if not people or len({m.canonical for m in people}) > 1:
            return None
        owner = people[-1]
        if owner.canonical == self.last_person or not self.agrees(owner.canonical, pronoun):
            return None
        if any(m.canonical == owner.canonical for m in self.names if m.start < para):
            return None  # someone named before: a mention in passing, not whom the paragraph brings in
        if _sentence_start(self.text, max(para, lo - 2)) > owner.start:
            return None  # not in the sentence right before
        words = all(_OWNED_WORDS.match(self.text, m.start + len(_bare(m))) for m in people)
        return owner if words else None

    def _object(self, m: NameMention) -> bool:
        """``m`` is named after someone else in its sentence, as the object of what that one did ("Trump ... did
        not mention Cruz"): its sentence is about another person, who opens it."""
        lo = _sentence_start(self.text, m.start)
        first = next((n for n in self.inside(lo, m.start) if n.label == "PERSON" and not self.quoted(n.start)), None)
        return first is not None and first.canonical != m.canonical and self.subject(first, lo)

    def lead_before(self, pos: int) -> NameMention | None:
        """The first person named, outside quotation marks, in the sentence before ``pos`` (or in its own); a
        quotation between is the speaker's own words and does not count as a sentence."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            m = self.names[i]
            ends = [x for x in SENTENCE_END.finditer(self.text, m.end, pos + 1) if not self.quoted(x.start())]
            if len(ends) > 1:
                return None
            if m.label == "PERSON" and not self.quoted(m.start) and self.leads(m):
                return m
            i -= 1
        return None

    def clause_subject_before(self, pos: int) -> NameMention | None:
        """The person the sentence before ``pos`` (or its own, before ``pos``) is about: of those named outside
        quotation marks, the first to open it or to open its main clause after an opening phrase ("One month after
        announcing his support for Donald Trump, Marco Rubio still believes": Rubio); else the first named."""
        lead = self.lead_before(pos)
        if lead is None:
            return None
        lo = _sentence_start(self.text, lead.start)
        opener = self._opener(lo, pos)
        if opener is not None:
            return opener
        if _DESCRIBED_SUBJECT.match(self.text, lo):
            # "Mike Pence says ... . The Republican vice presidential nominee was speaking ... hours after Trump
            # unleashed ... . The Indiana governor said": the description before is the one the sentence is about,
            # and it stands for whoever opened the sentence before it
            return self._opener(_sentence_start(self.text, max(0, lo - 2)), lo)
        return lead

    def _opener(self, lo: int, pos: int) -> NameMention | None:
        """The first person named outside quotation marks between ``lo`` (a sentence start) and ``pos`` who opens the
        sentence or its main clause after an opening phrase."""
        for m in self.inside(lo, pos):
            if m.label != "PERSON" or m.end > pos or self.quoted(m.start):
                continue
            intro = _INTRO.fullmatch(self.text, lo, m.start)
            if self.opens(m, lo) or (intro is not None and self.opens(m, intro.start(1))):
                return m
        return None

    def apposed_person(self, after: int, end: int) -> bool:
        """A person is named after a comma between ``after`` (the end of a speaker phrase) and ``end``: "wrote the
        American ambassador at the time, John E. Herbst"."""
        return any(
            m.label == "PERSON" and re.search(r",\s*$", self.text[after : m.start]) for m in self.inside(after, end)
        )

    def may_hold(self, person: str, noun: str, phrase: str = "") -> bool:
        """``person`` may hold the title ``noun``: the article gives them no title, or one with that word ("Sen."
        for "senator"), and not one of another country than the speaker ``phrase`` names ("Veloria's envoy" is not
        "the Ostravan climate envoy", see :func:`_other_country`) nor without the second rank the phrase gives ("the
        deputy premier" is not Premier Voss; "the minister" may still be the deputy minister)."""
        if noun.lower() in DESCRIPTORS:
            return True  # "According to the expert": what any titled person may be called, not a title of its own
        roles = [r for m in self.names if m.canonical == person for r in m.roles]
        said = set(re.findall(r"[a-z]+", phrase.lower())) & SECOND_RANK
        if phrase and any(_other_country(r, phrase) or said - set(re.findall(r"[a-z]+", r.lower())) for r in roles):
            return False
        words = {ABBREVIATED.get(w, w) for r in roles for w in re.findall(r"[a-z]+", r.lower())}
        # a plural in the title is the word too: "the diplomat" of the "Council of the Russian Diplomats Association"
        return not roles or noun.lower() in words or f"{noun.lower()}s" in words

    def leads(self, m: NameMention) -> bool:
        """``m`` is the first person named in its sentence: what the sentence is about ("President Donald Trump's
        difficult week ... when the commander in chief accused"), not someone named on the way."""
        start = max((x.end() for x in SENTENCE_END.finditer(self.text, 0, m.start)), default=0)
        return not any(n.label == "PERSON" and start <= n.start < m.start for n in self.names)

    def opens_sentence(self, lo: int, pos: int) -> NameMention | None:
        """The person the sentence from ``lo`` opens with (see ``opens``), named before ``pos``."""
        people = [m for m in self.inside(lo, pos) if m.label == "PERSON" and m.end <= pos]
        first = next((m for m in self.inside(lo, pos) if m.end <= pos), None)
        if first is not None and (named := self.owned_named(first, lo)) is not None and named.end <= pos:
            return named  # "Holt's colleague Remy Cole faced criticism after he asked ...": Cole, not Holt
        if not people or not self.opens(people[0], lo):
            return None
        # "Dunmark Governor and Senate candidate Oskar Lindqvist says he ...": the name after the lower-case title is
        # the person; the one before it only says whose title it is (see ``_TITLE_BETWEEN``)
        titled = [m for m in people[1:2] if _TITLE_BETWEEN.fullmatch(self.text, people[0].end, m.start)]
        return (titled or people)[0]

    def opens(self, m: NameMention, lo: int | None = None) -> bool:
        """``m`` opens its sentence (from ``lo``), perhaps after a title or role ("Former Rep.", "Vice President Joe
        Biden", "Republican pollster Whit Ayres"; not after "After", "If" or "The", nor after someone's role: "Clinton's
        chief rival"), and does not only qualify a noun ("The Murdoch outlets", "Sanders's message")."""
        if lo is None:
            lo = max((x.end() for x in SENTENCE_END.finditer(self.text, 0, m.start)), default=0)
        words = self.text[lo : m.start].split()
        if len(words) > 3 or not all(_title_word(w) or is_role(w) for w in words):
            return False
        if any(is_role(w) for w in words) and any(w.endswith(("'s", "\u2019s")) for w in words):
            return False
        return not (_POSSESSIVE.match(self.text, m.start + len(_bare(m))) or _QUALIFIES.match(self.text, m.end))

    def subject_guess(self, lo: int, cue: int) -> NameMention | None:
        """The parse found no subject for a cue (a long apposition, a leading phrase): the first
        person named before it in its sentence, or a name right before it."""
        before = [m for m in self.inside(lo, cue) if m.end <= cue and not self.quoted(m.start)]
        people = [m for m in before if m.label == "PERSON"]
        if people:
            # not the owner of the one who speaks: "Varga's DUP primary rival Sen. Tomas Heller (D-Ost.) said"
            return ([m for m in people if _owned_noun_end(self.text, m) is None] or people)[0]
        if before and len(self.text[before[-1].end : cue].split()) <= 1:
            return before[-1]
        return None

    def gender(self, name: str) -> str | None:
        """ "m" or "f" when the article says which ``name`` is, else None (see ``_genders``)."""
        if self._genders is None:
            self._genders = _genders(self)
        return self._genders.get(name)

    def agrees(self, name: str | None, pronoun: str) -> bool:
        """``name`` may be ``pronoun`` ("he"/"she"): the article does not tell the other gender for it."""
        want = PRONOUNS.get(pronoun.lower())
        got = self.gender(name) if name else None
        return want not in {"m", "f"} or got is None or got == want

    def held_as(self, noun: str, pos: int) -> str | None:
        """The person the article tells held the title ``noun`` with "as" ("Ana de la Vega stepped down as governor
        of the central bank", "served as governor"): the one person named before "as" in the nearest such sentence
        before ``pos``, outside quotation marks."""
        title = re.compile(rf"\bas\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?{re.escape(noun.lower())}\b")
        for m in reversed(list(title.finditer(self.text, 0, pos))):
            if self.quoted(m.start()):
                continue
            lo = _sentence_start(self.text, m.start())
            people = {
                n.canonical for n in self.inside(lo, m.start()) if n.label == "PERSON" and not self.quoted(n.start)
            }
            if len(people) == 1:
                return people.pop()
        return None

    def by_role(self, noun: str, pos: int, phrase: str = "", owned: str = "") -> str | None:
        """The person the article gives the role ``noun`` (the head of the speaker ``phrase``), nearest before
        ``pos``, else after it: first one whose role is the whole phrase ("the vice president": "Vice President
        Joseph R. Biden Jr.", not "President Obama", named nearer), then one whose role holds the noun; of a phrase
        with an ``owned`` title ("Veloria's envoy"), not one whose role names another country (see
        :func:`_other_country`)."""
        stem = noun.lower().rstrip("s")[:6]
        before = [n for n in self.names if n.start < pos and n.label == "PERSON"]
        after = [n for n in self.names if n.start >= pos and n.label == "PERSON"]
        role = " ".join(re.sub(r"^(?:the|a|an|this|that)\s+", "", phrase.lower()).split())
        if " " in role:
            for m in [*reversed(before), *after]:
                if any(" ".join(r.lower().split()) == role for r in m.roles):
                    return m.canonical
        party = _parties(phrase)
        owner = _COMMON_OWNER.search(phrase)
        fits = [
            m
            for m in [*reversed(before), *after]
            if any(
                stem in r.lower()
                and _may_be(r, phrase, party)
                and not _other_office(r, phrase, noun)
                and (owner is None or _of_owner(r, noun, owner[1]))
                and not _other_country(r, owned or phrase)
                for r in m.roles
            )
            or (owner is None and m.canonical.split()[0].lower() == noun.lower())
        ]
        if party:
            # "The Republican nominee": the Republican one, not the Democratic vice presidential nominee named nearer
            fits.sort(key=lambda m: not any(party & _parties(r) for r in m.roles))
        return fits[0].canonical if fits else None  # a role given with the name, or part of it ("Pope Francis")


ABBREVIATED = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "pres": "president"}
"""Titles as written before a name ("Sen. Bernie Sanders") and the word a later title uses ("the Vermont senator")."""
_DESCRIBED_SUBJECT = re.compile(
    r"(?:The|the)\s+(?:[\w.'’-]+\s+){0,4}(?:"
    + "|".join(map(re.escape, sorted(ROLE_NOUNS, key=len, reverse=True)))
    + r")\b"
)
"""A sentence whose subject is a title with no name ("The Republican vice presidential nominee was speaking")."""


_COMMON_OWNER = re.compile(r"\b([a-z][a-z-]+)['’]s?\s")
"""A common noun owning the title in a speaker phrase ("the sorority's national president"): the title of that body."""


def _of_owner(role: str, noun: str, owner: str) -> bool:
    """A person's ``role`` may be the title ``noun`` of the body a phrase names by a common noun ``owner`` ("the
    sorority's national president"): the role names that noun, or some body besides the bare title ("Halvern
    chief executive" for "the company's chief executive"); a bare title ("President") is another body's."""
    words = set(re.findall(r"[a-z]+", role.lower()))
    if owner.lower() in words:
        return True
    return bool(words - set(re.findall(r"[a-z]+", noun.lower())) - SECOND_RANK - FORMER - {"the", "of", "a"})


_PLACE_OWNER = re.compile(r"\b([A-Z][a-z]{2,})['’]s?\s")
"""A place owning the title in a speaker phrase ("Veloria's envoy", "Russia's foreign minister")."""


def _other_country(role: str, phrase: str) -> bool:
    """The phrase gives the title of one country ("Veloria's envoy") and the role that of another by its adjective
    ("the Ostravan climate envoy"): two people. A role without a country's adjective ("Foreign Minister") or with the
    owner's ("Velorian envoy", the first three letters alike) may be the phrase's."""
    owner = _PLACE_OWNER.search(phrase)
    if owner is None:
        return False
    place = owner[1].lower()
    adjectives = [
        w.lower()
        for w in re.findall(r"[A-Z][a-z]{3,}", role)
        if w.lower() not in PARTY_WORDS and (w.lower() in DEMONYMS or w.lower().endswith(_DEMONYM_ENDS))
    ]
    return bool(adjectives) and not any(
        w.startswith(place[:3]) or (w in DEMONYMS and DEMONYMS[w] == DEMONYMS.get(place)) for w in adjectives
    )


def _may_be(role: str, phrase: str, party: set[str]) -> bool:
    """A role holding a speaker phrase's noun may be the phrase's: not of another party, nor a second rank the phrase
    does not give, nor the first rank of a phrase that gives a second ("deputy premier", "vice president")."""
    if party and _parties(role) and not party & _parties(role):
        return False
    words = set(re.findall(r"[a-z]+", role.lower()))
    said = set(re.findall(r"[a-z]+", phrase.lower()))
    # nor a lower office than the phrase gives: "the former deputy premier" is not Premier Voss
    return not phrase or not ((words & SECOND_RANK) - said or (said & SECOND_RANK) - words)


_PLAIN_QUALIFIERS = frozenset({"new", "then", "current", "top", "senior", "chief", "incumbent", "incoming", "same"})
"""Words before a title that do not name another office ("the new minister" may be the Interior Minister)."""


def _office_word(words: list[str], noun: str) -> str | None:
    """The word right before the title ``noun`` in ``words`` ("prime" of "the prime minister") when it may name an
    office: not an article, a plain qualifier, a party, nor a place's adjective ("Velmoran", "German": of a country,
    not of an office)."""
    stem = noun.lower().rstrip("s")
    at = next((i for i, w in enumerate(words) if w.lower().rstrip("s") == stem), None)
    if not at:
        return None
    word = words[at - 1]
    lower = word.lower()
    if lower in _ARTICLES or lower in _PLAIN_QUALIFIERS or lower in FORMER or lower in PARTY_WORDS:
        return None
    if word[:1].isupper() and (lower in DEMONYMS or lower.endswith(_DEMONYM_ENDS)):
        return None
    return lower


_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
_DEMONYM_ENDS = ("an", "ese", "ish", "i")


def _other_office(role: str, phrase: str, noun: str) -> bool:
    """The phrase and the role qualify the same title with different words: two offices ("the prime minister" is
    not "Interior Minister", "the finance minister" not "Foreign Minister"); a country's adjective says nothing of
    the office ("the Velmoran minister" may be the Interior Minister)."""
    said = _office_word(re.findall(r"[A-Za-z]+", phrase), noun)
    held = _office_word(re.findall(r"[A-Za-z]+", role), noun)
    return said is not None and held is not None and held != said


def _parties(text: str) -> set[str]:
    """The parties a role or a speaker phrase names ("GOP" is Republican)."""
    return {PARTY_WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in PARTY_WORDS}


MALE_WORDS = {"mr", "congressman", "husband", "father", "son", "brother", "king", "prince", "uncle"}
FEMALE_WORDS = {
    "mrs", "ms", "miss", "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "wife", "mother",
    "daughter", "sister", "queen", "princess", "actress", "aunt", "lady",
}  # fmt: skip
"""Titles and role words that tell a person's gender ("Mr. Trump", "spokeswoman Hope Hicks"; not "spokesman", which
some outlets use for women)."""
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")


_BARE_OPENER = re.compile(r"\s*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
"""A sentence opening on one capitalised word and a verb ("Vuletic conceded", "Holm later says")."""


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts; not after a title's full stop ("to Mr. Trump"). A sentence is
    looked for in the 2,000 characters before."""
    lo = max(0, pos - 2000)
    ends = (
        x.end()
        for x in SENTENCE_END.finditer(text, lo, pos)
        if not TITLE_END.search(text, max(0, x.start() - 12), x.start() + 1)
    )
    return max(ends, default=lo)


UNNAMED_ONE = re.compile(
    r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}(?:"
    + "|".join(sorted(PERSON_WORDS))
    + r"|voter|student|supporter|resident|protester|activist|worker|attendee|caller|veteran|nurse|teacher|immigrant"
    r"|farmer|retiree|parent|volunteer|participant|member of the audience|audience member|person)\b(?!['’])"
)
"""One person the article introduces without a name: "one voter", "a young woman", "another student"."""


def _after_unnamed(ctx: _Context, pos: int) -> bool:
    """The pronoun at ``pos`` opens its sentence, and the sentence before introduces one person without a name, outside
    quotation marks, and names no one else ("But that changed when one voter brought up immigration. She asked ..."):
    the pronoun is that person, not someone named earlier."""
    start = _sentence_start(ctx.text, pos + 1)  # + 1: the sentence's end is seen with the capital after it
    if ctx.text[start:pos].strip(" \t\n\"'“”‘’"):
        return False
    before = _sentence_start(ctx.text, max(0, start - 2))
    ones = [x for x in UNNAMED_ONE.finditer(ctx.text, before, start) if not ctx.quoted(x.start())]
    if not ones:
        return False
    # no one named before it in its sentence ("Mattie Thomas, 66, a retired worker": her; "calls her an intelligent
    # woman") nor after it
    return not [m for m in ctx.inside(before, pos) if m.label == "PERSON" and not ctx.quoted(m.start)]


_BLOCK_INTRO = re.compile(r":[\s\"'\u201c]*$")


def _authors_own(ctx: _Context, cue: Cue) -> bool:
    """An "I" that speaks outside quotation marks in the article's own narration ("I argue that ...") is the writer
    (a columnist, a reporter), not the source quoted last: not one in a passage that a colon brings in as someone's
    words ("In a statement, Vale said:" and the statement on its own). (A transcript's turns have their own
    speakers, see ``_transcript``.)"""
    if cue.speaker is None or ctx.quoted(cue.speaker[0]):
        return False
    para = ctx.text.rfind("\n", 0, cue.speaker[0]) + 1
    before = ctx.text[max(0, para - 400) : para].rstrip()
    # "Vale said: I have given this town ...", or the statement in a paragraph of its own after the colon: Vale's
    return not (_BLOCK_INTRO.search(before) or _BLOCK_INTRO.search(ctx.text, para, cue.speaker[0]))


def _given_name(name: str) -> str | None:
    """The given name of a full name ("Donald J. Trump": "Donald"), else None (a surname alone, an initial)."""
    parts = name.split()
    first = parts[0].rstrip(".") if len(parts) >= 2 else ""
    low = first.lower()
    if len(first) < 2 or not first.isalpha() or low in HONORIFICS or low in PRE_NAME_TITLES or is_role(first):
        return None
    return None if low in _RANKS else first


_RANKS = {"marine", "private", "major", "general", "queen", "king"}
"""Ranks and titles that are also given names in the census lists ("Marine John Tiegen")."""


def _genders(ctx: _Context) -> dict[str, str]:
    """Each person's gender as the article tells it: a title or role word before a mention ("Mr.", "Mrs.",
    "spokeswoman") counts 3; a pronoun outside quotation marks counts 1 for the first person named in its
    sentence, after that person's first mention and before anyone else's ("Carly Fiorina threw her support
    behind Ted Cruz"), or, in a sentence that names no one, for the one person the sentence before named. A given
    name that is nearly always a man's or a woman's (``given_name_gender``: "Donald", "Hillary") counts as a title
    does, so that it tells alone and a stray pronoun does not outvote it. A gender is told when one side has at
    least 2 and three times the other's."""
    votes: dict[str, list[int]] = {}
    text = ctx.text
    people = [m for m in ctx.names if m.label == "PERSON" and not ctx.quoted(m.start)]
    for m in people:
        v = votes.setdefault(m.canonical, [0, 0])
        before = _TITLE_BEFORE.search(text, max(0, m.start - 14), m.start)
        # a role's own word or its last ("Lena Voss's brother")
        words = {r.lower() for r in m.roles} | {r.lower().split()[-1] for r in m.roles if r.split()}
        words |= {before.group(1).lower()} if before else set()
        if len(m.text.split()) >= 2:  # "King Abdullah", not the surname "King" (Billie Jean King) alone
            words |= {w.lower().rstrip(".") for w in m.text.split()[:1]}
        v[0] += 3 * bool(words & MALE_WORDS)
        v[1] += 3 * bool(words & FEMALE_WORDS)
    bounds = [0, *(x.end() for x in SENTENCE_END.finditer(text)), len(text)]
    alone: str | None = None  # the one person the sentence before named
    i = 0
    for lo, hi in itertools.pairwise(bounds):
        while i < len(people) and people[i].start < lo:
            i += 1
        j = i
        while j < len(people) and people[j].start < hi:
            j += 1
        named = people[i:j]
        who: str | None = alone
        if named:
            who = named[0].canonical
            lo, hi = named[0].end, next((m.start for m in named if m.canonical != who), hi)
        if who is not None:
            for p in GENDERED_PRONOUN.finditer(text, lo, hi):
                if not ctx.quoted(p.start()):
                    votes[who][0 if p.group(1) else 1] += 1
        alone = named[0].canonical if named and len({m.canonical for m in named}) == 1 else None
    out = {}
    for name, (male, female) in votes.items():
        given = _given_name(name)
        if given is not None and (told := given_name_gender(given)) is not None:
            male, female = male + 3 * (told == "m"), female + 3 * (told == "f")
        if male >= 2 and male >= 3 * female:
            out[name] = "m"
        elif female >= 2 and female >= 3 * male:
            out[name] = "f"
    return out


def _titled(cue: Cue | None, ctx: _Context) -> NameMention | None:
    """The person named right after a speaker that is only a title ("said Sgt. Marty Earley", parsed as "Sgt")."""
    if cue is None or cue.speaker_full is None or cue.speaker_head.rstrip(".").lower() not in HONORIFICS:
        return None
    end = cue.speaker_full[1]
    after = [m for m in ctx.inside(end, end + 4) if m.label == "PERSON"]
    return after[0] if after and not ctx.text[end : after[0].start].strip(". ") else None


def _owners(cue: Cue | None, ctx: _Context) -> list[NameMention]:
    """People named as owners in the speaker phrase ("Reid's rep", "Trump's spokeswoman Hope Hicks", "the Trump
    administration", "Biden aides"): the owner of the speaker is not the speaker."""
    if cue is None or cue.speaker_full is None:
        return []
    inside = ctx.inside(*cue.speaker_full)
    # the tagger's span may hold the possessive ("Karen Wells's") or stop before it ("Clinton")
    out = [m for m in inside if m.label == "PERSON" and _POSSESSIVE.match(ctx.text, m.start + len(_bare(m)))]
    # a name that only qualifies a common noun: "the Trump administration", "Biden aides", "the Clinton campaign"
    head = cue.speaker_head
    if cue.speaker is not None and head.isalpha() and head.islower() and not _function_word(head):
        phrase = ctx.text[cue.speaker[0] : cue.speaker[1]]
        at = phrase.rfind(" " + head)
        if at >= 0:
            at += cue.speaker[0] + 1
            out += [m for m in ctx.inside(cue.speaker[0], at) if m.label == "PERSON" and m.end == at - 1]
    # the one a role serves: "a longtime adviser to Trump, who declined to be identified", "a supporter of Clinton"
    lo = cue.speaker_full[0]
    out += [
        m
        for m in inside
        if m.label == "PERSON" and m not in out and _RELATION_OF.search(ctx.text, max(lo, m.start - 80), m.start)
    ]
    return out


RELATIONS = frozenset({
    "supporter", "ally", "friend", "confidant", "associate", "backer", "donor", "critic", "staffer", "wife", "husband",
    "son", "daughter", "brother", "sister", "father", "mother", "relative", "cousin", "nephew", "niece", "biographer",
    "rival", "opponent", "person", "people", "someone", "insider", "operative", "People", "Friends", "Allies", "Sources",
    "Supporter", "Backer", "Critic", "Opponent", "Rival", "Aide", "Donor", "Associate", "Relative",
})  # fmt: skip
"""Words for someone by whom they serve or belong to, besides the role nouns ("a supporter of", "people close to"),
also as the sentence's first word ("Supporters of Mayor Vuletich warned ...": the group speaks, not the mayor)."""
_RELATION_OF = re.compile(
    r"\b(?:"
    + "|".join(sorted({w for w in ROLE_NOUNS if w.isalpha() and w.islower()} | RELATIONS))
    + r")s?\s+(?:to|for|of|close to)\s+(?:(?:the|former|then-?)\s+)*(?:[A-Z][\w.’'-]*\s+)*$"
)
"""A role or a relation and the one it serves or belongs to, before a name ("adviser to", "a spokesman for", "a
longtime supporter of", "a source close to", "the son of"): that person is not the speaker. In lower case, so that a
title is not one ("Secretary of State John Kerry"); "People close to ..." opens a sentence."""


_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|whose|which)\b")
"""A relative clause in the speaker phrase: the people it names are not the speaker ("a longtime adviser to Trump, who
declined to be identified and is not in the Lewandowski camp")."""
_TOPIC_FIRST = re.compile(r"(?:Of|On|About|As for)\s[^,]{1,60},\s", re.I)
_MODIFIER_BEFORE = re.compile(r"\b(?!including\b)[a-z]+ing\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")


def _said_of(text: str, start: int, m: NameMention, end: int) -> bool:
    """``m`` is named in the speaker phrase as what is spoken of, and the phrase names its speaker after a comma:
    "Of Carson, Levine, who has given money to Rubio, said" (Levine), "One pastor supporting Mr. Cruz, Darran
    Whiting of ..., said" (Whiting)."""
    topic = _TOPIC_FIRST.match(text, start)
    if topic is not None and m.start < topic.end():
        return True
    comma = text.find(", ", m.end, end)
    return (
        comma >= 0
        and _MODIFIER_BEFORE.search(text, start, m.start) is not None
        and text[comma + 2 : comma + 3].isupper()
    )


_HANGS_ON = re.compile(r"(?:['’]s?)?\s*(?:\([^()\n]{0,40}\)\s*)?,\s*")
"""Between a name and the "who" of a relative clause on it: a comma, perhaps after a bracket ("(D-W.Va.),")."""


def _bare(m: NameMention) -> str:
    return POSSESSIVE.sub("", m.text)


_TITLE_BETWEEN_WORDS = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
_TITLE_BETWEEN = re.compile(
    rf"\s+(?:(?!(?i:and|or|with)\s)[A-Za-z]+\s+)?(?i:{_TITLE_BETWEEN_WORDS})\s+"
    rf"(?:(?:[A-Z][\w'\u2019-]*|{'|'.join(sorted(NAME_PARTICLES))})\s+){{0,2}}$"
)
"""Between two names, a title that the second holds, in lower case or capitals ("Orlesk mayor Henrik Solberg",
"Kessling deputy mayor Ana Lintz", "Vantrian President Ilse Moro": the word before the title says whose it is, however
the tagger labelled it); not "and" between two people. The second name may start after a word or two of it the tagger
left out ("Kelvan Foreign Minister Ines de Valmont" with only "de Valmont" tagged: the given name and the particle)."""


_OWNS_PERSON = re.compile(
    r"\s?['’]s?[^\S\n]+(?:[A-Z]{2,}[^\S\n]+)?(?P<words>[a-z0-9][\w-]*(?:[^\S\n]+[a-z0-9][\w-]*){0,3})"
)
"""A possessive and the lower-case words after it ("'s 16-year-old best friend"), perhaps after a party's or body's
initials ("'s DUP primary rival")."""


def _owned_noun_end(text: str, m: NameMention) -> int | None:
    """Where the word for a person that ``m`` owns ends ("Varn's 16-year-old best *friend*"), within four lower-case
    words after the possessive; None when there is no such word."""
    owned = _OWNS_PERSON.match(text, m.start + len(_bare(m)))
    if owned is None:
        return None
    for w in re.finditer(r"[\w-]+", text[owned.start("words") : owned.end()]):
        if w.group(0) in PERSON_NOUNS:
            return owned.start("words") + w.end()
    return None


_LOWER_WORDS = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,2})")


def _lower_between(text: str, lo: int, hi: int) -> bool:
    """Between two names of a speaker phrase, one or two lower-case words that are no function words ("Tarnby Rovers
    safety Rafe Nolan", "Kessling harbour pilot Ana Lintz"): a title or position the second holds, of the body or
    place the first names, however the tagger labelled the first."""
    words = _LOWER_WORDS.fullmatch(text, lo, hi)
    return words is not None and not any(_function_word(w) for w in words.group(1).split())


_LEAD_CLAUSE = re.compile(r"(?:After|When|Once|Before|As soon as|Moments after|Shortly after)\s+")


def _lead_clause_subject(ctx: _Context, cue: Cue, pronoun: str) -> NameMention | None:
    """The person a leading time clause of the cue's own sentence opens with, when the pronoun speaker comes right
    after that clause ("After Lina was shot, she exclaimed": Lina; not a name later in the clause, nor when the clause
    has the pronoun's object form: "After Lena Voss accused him, he said")."""
    lo = cue.sent[0]
    lead = _LEAD_CLAUSE.match(ctx.text, lo)
    if lead is None or cue.speaker is None:
        return None
    comma = ctx.text.find(",", lead.end(), cue.speaker[0])
    if comma < 0 or ctx.text[comma + 1 : cue.speaker[0]].strip():
        return None
    people = [m for m in ctx.inside(lead.end(), comma) if m.label == "PERSON"]
    if not people or people[0].start != lead.end() or not ctx.agrees(people[0].canonical, pronoun):
        return None
    obj = _OBJECT_OF.get(pronoun)
    if obj is not None and re.search(rf"\b{obj}\b", ctx.text[people[0].end : comma], re.I):
        return None  # "After Lena Voss accused him of neglect, he said": he is the one she accused
    return people[0]


_FRONTED_CLAUSE = re.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?:(?:Even|Just|even|just)\s+)?"
    r"(?:[Aa]s|[Ww]hile|[Ww]hen|[Ww]henever|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Aa]lthough|[Tt]hough|[Oo]nce|[Uu]ntil)"
    r"\s+"
)
"""A subordinate clause the sentence opens with, up to its pronoun subject ("Even as he accused ...,")."""
_MAIN_AFTER = re.compile(r",[^\S\n]+")


def _fronted_clause_subject(ctx: _Context, cue: Cue, pronoun: str) -> NameMention | None:
    """The person who opens the main clause after a subordinate clause the sentence opens with, when the pronoun is
    that clause's subject ("Even as he accused the ministry of ..., Lanz wouldn't speculate": Lanz, named right after
    him). Not when the sentence before, in its paragraph, opens with someone else ``pronoun`` may stand for ("Ostrow
    opened the hearing. When he asked ..., Kessel left": he may be Ostrow), nor when the main clause opens with no
    person ("..., the board said")."""
    assert cue.speaker is not None
    lo = cue.sent[0]
    if not _FRONTED_CLAUSE.fullmatch(ctx.text, lo, cue.speaker[0]):
        return None
    comma = next((m for m in _MAIN_AFTER.finditer(ctx.text, cue.end, cue.sent[1]) if not ctx.quoted(m.start())), None)
    if comma is None:
        return None
    main = ctx.opens_sentence(comma.end(), cue.sent[1])
    if main is None or not ctx.agrees(main.canonical, pronoun):
        return None
    para = ctx.text.rfind("\n", 0, lo) + 1
    if para < lo:
        before = ctx.opens_sentence(_sentence_start(ctx.text, max(para, lo - 2)), lo)
        if before is not None and before.canonical != main.canonical and ctx.agrees(before.canonical, pronoun):
            return None
    return main


_OBJECT_OF = {"he": "him", "she": "her"}
_REFLEXIVE = {"he": re.compile(r"\bhimself\b"), "she": re.compile(r"\bherself\b")}
_AND_BEFORE = re.compile(r",?\s+(?:and|but)\s+$")
_CLAUSE_BREAK = re.compile(r"[:;]\s+")


def _conjoined_subject(ctx: _Context, cue: Cue, pronoun: str) -> NameMention | None:
    """The person whose clause the pronoun's clause is joined to by "and" or "but" ("The clash between the parents,
    Karel and Mira Dvor, and Mr. Holm has become a turning point: Mr. Holm has struggled to respond, and he has
    answered ...": Holm, the subject of the clause before, not the first person the sentence names)."""
    assert cue.speaker is not None
    pos = cue.speaker[0]
    if not _AND_BEFORE.search(ctx.text, cue.sent[0], pos):
        return None
    lo = max([cue.sent[0], *(m.end() for m in _CLAUSE_BREAK.finditer(ctx.text, cue.sent[0], pos))])
    people = [m for m in ctx.inside(lo, pos) if m.label == "PERSON" and m.end <= pos and not ctx.quoted(m.start)]
    if not people or not ctx.opens(people[0], lo) or not ctx.agrees(people[0].canonical, pronoun):
        return None
    return people[0]


DESCRIPTORS = frozenset(
    {"expert", "analyst", "official", "source", "observer", "specialist", "commentator", "insider", "veteran"}
)
"""Nouns a role speaker may be that describe rather than title a person ("the expert", "the official"): the person
named last may be one whatever their title ("Oleg Petrov, deputy head of the Council of ..., noted ... . According to
the expert, ...")."""


_JOINED = re.compile(r"\s+and\s+((?:\S+\s+){0,3})")
"""Between two people who speak together: "and", perhaps with the second one's title ("Ivo Holm and Speaker ...")."""


def _joint(text: str, people: list[NameMention]) -> str | None:
    """Two people named as one speaker ("Ivo Holm and Oskar Brandt put out a statement", "Mila Orr and Jan Veltz
    wrote"): both, as one speaker "Ivo Holm and Oskar Brandt"; not one name and a common noun ("Holm and his aides")
    nor a name and a title's owner ("Holm and Brandt's spokesman": see ``_owners``)."""
    if len(people) < 2 or people[0].canonical == people[1].canonical:
        return None
    if any(is_role(w := m.canonical.split()[-1]) or w.lower() in PRE_NAME_TITLES for m in people[:2]):
        return None  # "Donald Trump and House Speaker Paul Ryan" with only the title tagged: not two names
    joined = _JOINED.fullmatch(text, people[0].end, people[1].start)
    if joined is None or not all(_title_word(w) or is_role(w) for w in joined[1].split()):
        return None
    return f"{people[0].canonical} and {people[1].canonical}"


def _joint_names(text: str, phrase: tuple[int, int], inside: list[NameMention]) -> str | None:
    """A speaker phrase that is only two names joined by "and" ("Tarnland and Ostmark announced a trade deal",
    "Valdoria and Korsenia"), whatever the tagger called each: both, as one speaker, never one half of the subject.
    Not a phrase that goes on past the second name ("Tarnland and Ostmark officials")."""
    names = [m for m in inside if m.label in {"PERSON", "ORG", "GPE", "NORP"}]
    if len(names) != 2 or names[0].canonical == names[1].canonical:
        return None
    lo, hi = phrase
    if text[lo:hi].strip() != text[names[0].start : names[1].end] or not _AND.fullmatch(
        text, names[0].end, names[1].start
    ):
        return None
    if _IN_A_LIST.search(text, max(0, names[0].start - 30), names[0].start):
        return None  # "voters in Alabama, Georgia and Virginia said": the end of a list the parse cut, not the subject
    return f"{names[0].canonical} and {names[1].canonical}"


_AND = re.compile(r"\s+and\s+")
_IN_A_LIST = re.compile(r"(?:,|\b(?:in|of|from|for|at|on|by|with|across|between|and|or))\s*$", re.I)


def _who(q: RawQuote, ctx: _Context, titled: NameMention | None) -> str | None:
    """The name a quote's speaker resolves to; ``titled``: the person named after a title-only speaker."""
    cue = q.cue
    if cue is None or cue.speaker is None or cue.speaker_full is None:
        return None
    if titled is not None:
        return titled.canonical
    start = cue.speaker_full[0]
    if ctx.text[start : cue.speaker_full[1]].split()[:1] == ["who"]:
        # "... Nick J. Rahall II (D-W.Va.), who said": the person the relative clause hangs on
        named = [m for m in ctx.inside(max(0, start - 80), start) if m.label == "PERSON"]
        return named[-1].canonical if named and _HANGS_ON.fullmatch(ctx.text, named[-1].end, start) else None
    # the people named in a clause inside the phrase are not the speaker: "The woman accusing Brett Kavanaugh"
    inside = [
        m
        for m in ctx.inside(*cue.speaker_full)
        if not any(a <= m.start < b for a, b in cue.asides)
        and not _RELATIVE_CLAUSE.search(ctx.text, start, m.start)
        and not _said_of(ctx.text, start, m, cue.speaker_full[1])
    ]
    owners = _owners(cue, ctx)
    people = [m for m in inside if m.label == "PERSON" and m not in owners and not _client(ctx.text, cue, m, ctx.names)]
    people = _not_joined_clients(ctx, cue, inside, people)
    # not a name that only qualifies the noun after it: "Clinton campaign Chairman John Podesta" is Podesta, and
    # "one Trump campaign source" is a source, not Trump
    whole = [m for m in people if not _QUALIFIES.match(ctx.text, m.end)]
    people = whole if whole or cue.role_noun else people
    # "Orlesk mayor Henrik Solberg": the name after the title is the person; one before it names whose title it is
    # (a place, a body), however the tagger labelled it
    titled_last = [
        m
        for m in people[1:]
        if _TITLE_BETWEEN.fullmatch(ctx.text, people[0].end, m.start)
        or _lower_between(ctx.text, people[0].end, m.start)
    ]
    if titled_last:
        people = titled_last
    # nor a name that modifies a body's common noun at the head of the phrase: "the Corvane fire service said" is the
    # fire service (of Corvane, whatever the tagger called the place), not someone called Corvane
    people = [m for m in people if not _modifies_head(ctx.text, m, cue)]
    if (joint := _joint(ctx.text, people) or _joint_names(ctx.text, cue.speaker_full, inside)) is not None:
        return joint
    if people:
        return people[0].canonical
    if (holder := _holder_in_body_name(inside)) is not None:
        return holder
    if owners and cue.speaker is not None:
        # "Vale's publicist Ivo Marsh": the name the phrase ends with, whatever the tagger called it
        named = [m for m in inside if m not in owners and m.end == cue.speaker[1] and len(m.text.split()) >= 2]
        if named and named[0].label in {"PERSON", "ORG"}:
            return named[0].canonical
    full_words = ctx.text[start : cue.speaker_full[1]].lower().split()
    if cue.role_noun and "and" in full_words and any(_plural(w) for w in full_words):
        return None  # "Germany's president and foreign and defense ministers": a group, no one person
    if owners:  # the owner's rep, named in the article with that role, or a voice with no name
        if INDEFINITE.match(ctx.text, cue.speaker[0]):
            return None  # "a longtime adviser to Trump", "A spokeswoman for Janney": someone not named
        phrase = ctx.text[cue.speaker[0] : cue.speaker[1]]
        found = ctx.by_role(cue.speaker_head, cue.speaker[0], owned=phrase) if cue.role_noun else None
        return found if found not in {m.canonical for m in owners} else None
    head = cue.speaker_head
    if head[:1].isupper() and not cue.pronoun and (untagged := _untagged_person(ctx, cue)) is not None:
        return untagged  # "said Vera Stolz, a records expert at Modra University": the person, not the apposition
    if head[:1].isupper() and not cue.pronoun:
        # a surname the model did not tag ("... ," Lopez said): the person of that name in the text
        for m in ctx.names:
            if m.label == "PERSON" and head in m.canonical.split():
                return m.canonical
        # "Qelix CTO Marten Oslo said ... . Oslo suggests": the person a body's name (to the tagger) ends with
        holders = [h for m in ctx.names if m.start < cue.speaker[0] and (h := _holder_in_body_name([m])) is not None]
        if any(h.split()[-1] == head for h in holders) and ctx.text[cue.speaker[0] : cue.speaker[1]] == head:
            return next(h for h in holders if h.split()[-1] == head)
        if ctx.text[cue.speaker[0] : cue.speaker[1]] == head and (short := _short_for_body(ctx, head, cue.speaker[0])):
            return short
    if cue.pronoun:
        pronoun = cue.speaker_head.lower()
        if pronoun in FEMALE_MALE and (lead := _lead_clause_subject(ctx, cue, pronoun)) is not None:
            return lead.canonical  # 'After Lina was shot, she exclaimed, "..."': Lina, the clause's subject
        if pronoun in FEMALE_MALE and (main := _fronted_clause_subject(ctx, cue, pronoun)) is not None:
            return main.canonical  # "Even as he accused the ministry of ..., Lanz wouldn't ...": Lanz
        if pronoun in FEMALE_MALE and (about := _relative_on_other(ctx, cue, pronoun)) is not None:
            return about.canonical  # "Brenner's feud was aimed at Ilse Varga, who he claims ...": Brenner, not Varga
        if pronoun in FEMALE_MALE and _relative_before(ctx, cue, pronoun) is not None:
            return None  # "charged with assault on his sister when she accused him": the sister, whom no name gives
        if pronoun == "i" and _authors_own(ctx, cue):
            return (
                None  # "Maybe voters should not ... . I argue that ...": the writer's own view, not the last source's
            )
        if pronoun in FEMALE_MALE or pronoun == "i":
            subject = ctx.opens_sentence(cue.sent[0], min(cue.speaker[0], _reported_from(q, ctx)))
            if subject is not None and ctx.agrees(subject.canonical, pronoun):
                # "Vice President Joe Biden weighed in as well, telling Mic ..., “...,” he said": the person the
                # sentence opens with, not the one quoted last
                return subject.canonical
            if pronoun != "i" and (joined := _conjoined_subject(ctx, cue, pronoun)) is not None:
                return joined.canonical  # "...: Mr. Holm has struggled ..., and he has answered ...": Holm
            if _after_unnamed(ctx, cue.speaker[0]):
                return None  # "... when one voter brought up immigration. She asked Sanders about ...": the voter
            if (bare := ctx.untagged_opener(cue.sent[0], pronoun)) is not None:
                return bare  # "... over Mayor Dragan Vuletic. ... Vuletic conceded. “...,” he said": Vuletic, untagged
            if ctx.last_person and ctx.recent(cue.speaker[0], ctx.person_end):
                # "Anna Brecht joined them. She said ...": someone told to be a woman, named since the last quote
                # not a name inside the words reported before the cue ("Vesk was on probation ..., he said": the
                # officer quoted last, not Vesk)
                newer = ctx.named_since(min(cue.speaker[0], _reported_from(q, ctx)), pronoun)
                if newer is not None:
                    return newer.canonical
                if (owner := ctx.paragraph_owner(cue.sent[0], cue.speaker[0], pronoun)) is not None:
                    return (
                        owner.canonical
                    )  # "... listening to Chief Auditor Lasky's statement. He called it ...": Lasky
                if ctx.agrees(ctx.last_person, pronoun):
                    return ctx.last_person
            if ctx.unnamed and ctx.recent(cue.speaker[0]):
                # "The woman accusing Kavanaugh says she will not testify": she is no one named; "According to a
                # relative, ... . '...,' she said": the relative (not the dead woman the relative spoke of)
                return ctx.voice if ctx.voice and _voice_again(ctx, ctx.voice, pronoun, cue.speaker[0]) else None
            # "she" after a man quoted last is the woman named before him, if the article tells who is which
            prev = ctx.subject_before(cue.speaker[0], pronoun)
            return prev.canonical if prev else None
        return None
    if fits := _described_people(ctx, cue):
        # "Dario Velt, the Norland senator, won ... . “...,” the Norland senator said": the one person the article
        # itself describes so; of two so described, the one the sentence before is about, else no guess
        lead = ctx.clause_subject_before(cue.speaker[0]) if len(fits) > 1 else None
        return next(iter(fits)) if len(fits) == 1 else lead.canonical if lead and lead.canonical in fits else None
    if _epithet(cue, ctx):
        # "The Kentucky Republican said", "the New York Democrat wrote": the first person named in the sentence
        # before; otherwise the epithet may stand for anyone named earlier, and is left unnamed
        lead = ctx.lead_before(cue.speaker[0])
        if lead is not None and q.content[0] <= lead.start < q.content[1]:
            return None  # "Mara Quell is “the top pick”, said the Democrat who ...": whom the words are about
        return lead.canonical if lead is not None else None
    if cue.role_noun:
        if (described := _described_again(cue, ctx)) is not None:
            # "A senior Vantrian official, who spoke on condition of anonymity, said ... . “...,” the official said":
            # the same unnamed official, not a person named on the way (least of all the one the quote is about)
            return described
        named = [m for m in inside if m.label == "ORG" and cue.speaker_head in ctx.text[m.start : m.end].split()]
        if cue.speaker_head[:1].isupper() and named:
            return named[0].canonical  # "according to HuffPost Pollster": a named body, not a pollster it names
        if cue.speaker_head.lower() in {"source", "sources"}:
            return None  # "a source", "the source": someone the article does not name
        if _plural(cue.speaker_head):
            return None  # "port officials", "experts": a group, not the person named with that role
        if INDEFINITE.match(ctx.text, cue.speaker[0]):
            return None  # "another official", "a Treasury official": a new voice, not one named with that role
        found = ctx.by_role(cue.speaker_head, cue.speaker[0], ctx.text[cue.speaker[0] : cue.speaker[1]])
        if found:
            return found
        phrase_words = ctx.text[cue.speaker[0] : cue.speaker[1]].lower().split()
        if FORMER & set(phrase_words) and (held := ctx.held_as(cue.speaker_head, cue.speaker[0])) is not None:
            return held  # "The former governor said" after "X stepped down as governor" (not "The Ohio governor")
        if (
            _epithet(cue, ctx, role=True)
            and not ctx.apposed_person(cue.speaker[1], cue.sent[1])
            and (lead := ctx.clause_subject_before(cue.speaker[0])) is not None
            and ctx.may_hold(lead.canonical, cue.speaker_head)
        ):
            # "Marco Rubio says ... . The Florida senator is predicting": a title with a place or party, nobody
            # named in the article with it, is the person the sentence before is about, unless the article gives
            # that person another title ("The Indiana governor" is not Trump, the nominee) or the phrase names
            # someone after it ("the American ambassador at the time, John E. Herbst")
            return lead.canonical
        if _OWNED.match(ctx.text, cue.speaker[0]):
            return None  # "her rep told Us": someone of hers, not the person named last
        if len(ctx.text[cue.speaker[0] : cue.speaker[1]].split()) > 2:
            return None  # "the top German diplomat": a new voice, not the last one
        # not someone the phrase itself names as what it qualifies ("The prosecutor in the Dellamar case": the
        # prosecutor is not Dellamar, whoever was named last)
        qualified = {m.canonical for m in inside if m.label == "PERSON"}
        phrase = ctx.text[cue.speaker[0] : cue.speaker[1]]
        if _DEFINITE.match(ctx.text, cue.speaker[0]) and _phrase_key(ctx, cue) in ctx.unresolved:
            return None  # "The President announced ... . The President emphasized": the same unnamed voice
        # nor someone the article gives another title ("Ana Ruel, a spokeswoman for the city, said ... . The director
        # of the shelter said": the director is someone else): a role goes to a person only where the text ties it
        if ctx.last_person:
            last = ctx.last_person
            return last if last not in qualified and ctx.may_hold(last, cue.speaker_head, phrase) else None
        prev = ctx.previous_person(cue.speaker[0], owners=False)
        return (
            prev.canonical
            if prev and prev.canonical not in qualified and ctx.may_hold(prev.canonical, cue.speaker_head, phrase)
            else None
        )
    # an organisation, place or group speaks only as the head of the phrase ("the ministry said", "Russia
    # said", "Republicans said"), not as a modifier ("a former Republican committee staffer said")
    head = cue.speaker_head.lower()
    if head in PARTY_MEMBERS and INDEFINITE.match(ctx.text, cue.speaker[0]):
        return None  # "a New Hampshire Republican", "another Republican": one member, not the party
    others = [m for m in inside if head in _name_heads(m, ctx.text)]
    if others and (body := _body_of(ctx.text, cue.speaker[0], others[0])) is not None:
        return body  # "The Foreign Ministry of Vantria said": the ministry, not Vantria
    return others[0].canonical if others else None


_APPOSED_PERSON = re.compile(r",[^\S\n]+(?:a|an|the)[^\S\n]+(?P<words>[^,;\n]{1,60})", re.I)


def _untagged_person(ctx: _Context, cue: Cue) -> str | None:
    """A speaker the tagger did not take for a name, that has the shape of one (a census given name and one to three
    capitalised words after it), and that an apposition tells is a person ("said Vera Stolz, a records expert at
    Modra University": Vera Stolz); the same surname alone as a later speaker ("Stolz said") is that person. Not a
    name the tagger took for something ("Georgia Power, the utility") nor one with no apposition for a person."""
    assert cue.speaker is not None and cue.speaker_full is not None
    s, e = cue.speaker
    phrase = ctx.text[s:e]
    tagged = ctx.inside(s, e)
    if tagged or phrase in ctx.untagged:
        # "Stolz said" after "said Vera Stolz, a records expert": the surname alone, however the tagger took it
        return ctx.untagged.get(phrase) if all(m.label != "PERSON" and m.text == phrase for m in tagged) else None
    if not _NAME_SHAPE.fullmatch(phrase):
        return None
    apposed = _APPOSED_PERSON.match(ctx.text, e, cue.speaker_full[1])
    if apposed is None:
        return None
    if not is_given_name(phrase.split()[0]) and not _OFFICE_OF.search(apposed.group("words")):
        return None  # a given name the census lists, or an office held in something ("the group's IT director")
    nouns = re.findall(r"[a-z]+", apposed.group("words").split(" of ")[0].split(" at ")[0].split(" for ")[0])
    if not nouns or nouns[-1] not in PERSON_NOUNS:
        return None
    name = " ".join(phrase.split())
    ctx.untagged[name.split()[-1]] = name
    return name


_OFFICE_OF = re.compile(r"^(?:the\s+)?\S+['’]s?\s|\sof\s", re.I)
"""An apposition that gives an office in something, owned ("the group's IT director") or with "of" ("director of
the trust"): it tells that the name before it is a person's."""


_BODY_OF = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'’&-]*\s+)+)of\s+(?:the\s+)?")
"""A body's name in capitals before "of" and the place or body it belongs to ("The Foreign Ministry of")."""


def _body_of(text: str, start: int, m: NameMention) -> str | None:
    """The whole name of a body the speaker phrase from ``start`` gives as "X of" the name ``m`` ("The Foreign Ministry
    of Vantria", "the Central Bank of Vantria"), when the tagger cut it before "of": its name without "the". Not a
    title ("The Prime Minister of Vantria" is a person, looked up by role)."""
    body = _BODY_OF.fullmatch(text, start, m.start)
    if body is None or is_role(body.group(1).split()[-1]):
        return None
    return " ".join(text[body.start(1) : m.end].split())


_DEFINITE = re.compile(r"the\s", re.I)
_ONE_OF_NONE = re.compile(r"(?:an?|one)\s", re.I)
"""A speaker introduced as one not named before ("a senior official"); not "another source", one of several."""


def _phrase_key(ctx: _Context, cue: Cue) -> str:
    """A speaker phrase in lower case, one space between words ("The  President" and "the President" are one)."""
    assert cue.speaker is not None
    return " ".join(ctx.text[cue.speaker[0] : cue.speaker[1]].lower().split())


def _described_again(cue: Cue, ctx: _Context) -> str | None:
    """The words of the unnamed speaker a definite description takes up again: "the official" (its head noun and
    "the", nothing else) in this paragraph or the one after the quote of "a senior Vantrian official"."""
    assert cue.speaker is not None
    if ctx.described is None:
        return None
    head, words, end = ctx.described
    phrase = ctx.text[cue.speaker[0] : cue.speaker[1]].split()
    if len(phrase) != 2 or not _DEFINITE.match(phrase[0] + " ") or phrase[1].lower() != head:
        return None
    return words if ctx.recent(cue.speaker[0], end) else None


_APPOSED_BEFORE = re.compile(r"[,\u2014\u2013]\s+((?:(?:the|a|an|its|his|her|their)\s[^,\n]{1,60},\s+)?)$", re.I)
"""A comma before a speaker's name at the end of reported words, perhaps after a description set off by commas (",
the committee's chairman, "): group 1 is the description."""


def _speaker_at_end(text: str, q: RawQuote, m: NameMention) -> tuple[int, int] | None:
    """Where the reported words end and the speaker's mention starts when the quote's words run on to the speaker
    ``m`` right before its cue (", the committee's chairman, Piet Harlan, said"); None when ``m`` is not at their end."""
    s, e = q.content
    if q.kind != "indirect" or q.parts or not (s < m.start and m.end <= e) or text[m.end : e].strip(" ,"):
        return None
    before = _APPOSED_BEFORE.search(text, s, m.start)
    if before is None or before.start() <= s:
        return None
    end = before.start()
    while end > s and text[end - 1].isspace():
        end -= 1
    return end, before.start(1)


def _short_for_body(ctx: _Context, word: str, pos: int) -> str | None:
    """The organisation named in full before ``pos`` whose name opens with the one capitalised ``word`` the tagger
    left untagged as a speaker ("Halvern Therapeutics said ... . Halvern denied that ...": Halvern Therapeutics);
    none when two such bodies are named, or when the text tags the word itself as a place or a person."""
    if any(m.text == word and m.label != "ORG" for m in ctx.names):
        return None  # "Halvern" the town, tagged so somewhere in the text
    bodies = {
        m.canonical for m in ctx.names if m.label == "ORG" and m.start < pos and m.canonical.split()[:1] == [word]
    }
    bodies = {b for b in bodies if len(b.split()) >= 2}
    return next(iter(bodies)) if len(bodies) == 1 else None


_LOWER_TAIL = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}")


def _modifies_head(text: str, m: NameMention, cue: Cue) -> bool:
    """The name stands before the phrase's lower-case head with one to three lower-case words between ("the Corvane
    fire service", "Brenmoor police"), and the head is no person's people ("Clinton campaign", "Trump aides", see
    ``_QUALIFIES``): the name qualifies a body, it does not speak."""
    if cue.speaker is None or cue.role_noun or not cue.speaker_head[:1].islower():
        return False
    if not (cue.speaker[0] <= m.start and m.end < cue.speaker[1]):
        return False
    tail = _LOWER_TAIL.fullmatch(text, m.end, cue.speaker[1])
    words = tail.group().split() if tail else []
    return (
        bool(words)
        and words[-1] == cue.speaker_head
        and not any(_function_word(w) for w in words)  # "An irritated Voss then said": Voss
        and not _QUALIFIES.match(text, m.end)
    )


def _name_heads(m: NameMention, text: str) -> list[str]:
    """The words of an organisation, place or group that a speaker phrase's head may be: any word of a place or
    group ("Russia said"); of a body, the parts of a hyphenated word too ("the Chicago Sun-Times", head "Times"), and
    so of a place or building after "the", a publication's or an institution's name ("The Atlantic", "the
    Vatican")."""
    name = text[m.start : m.end].lower()
    if m.label == "ORG" or (m.label in {"LOC", "FAC"} and text[max(0, m.start - 4) : m.start].lower() == "the "):
        return re.split(r"[\s\-\u2013]+", name)
    return name.split() if m.label in {"GPE", "NORP"} else []


_TO_AFTER_HEAD = re.compile(r"\s+to\s[^,;]*$", re.I)
ATTACHED_TO = frozenset(
    {"adviser", "advisor", "aide", "ally", "assistant", "confidant", "consultant", "counsel", "counselor", "deputy",
     "secretary", "spokesman", "spokeswoman", "spokesperson", "strategist", "successor", "envoy", "lawyer", "attorney"}
)  # fmt: skip
"""Heads of a speaker that stand in for someone named after "to" ("a senior aide to Mayor Lind")."""
_PREPOSITION_AFTER_HEAD = re.compile(r"\s+(?:for|of|at|with|from|representing|on behalf of|close to)\s[^,;]*$", re.I)
_CLIENT_DESCRIBED = re.compile(
    r"\s+(?i:for|of|at|with|from|representing|on behalf of|close to)\s[^,;]*,\s+(?:the|a|an|his|her|its|their)\s[^,;]*$"
)
"""The same phrase, then a description of whom it names, in apposition ("The lawyer for Zoë Vale, *the former Kestrel
Grain finance director*"): names in it describe the client; a name in apposition ("..., Ivo Marsh,") is the speaker's,
and so is one given as an example ("defenders of globalization, like Gary Hufbauer")."""


_TITLE_OF = re.compile(r"\s+of\s+(?:(?:[A-Z][\w&'’.-]*|and|the)\s+)*")
"""The rest of a title written in capitals after its head ("Director *of Government Affairs* Phil Smith")."""


def _name_words(name: str) -> list[str]:
    return [w for w in name.split() if w[:1].isupper()]


def _client(text: str, cue: Cue, m: NameMention, names: list[NameMention]) -> bool:
    """``m`` is named in a phrase after the speaker's head noun ("Attorneys *for Maxwell*", "a spokesman *for
    Brekke*", "Five former heads *of the CIA*"), or in a description of whom it names ("The lawyer for Vale, *the
    former Kestrel Grain finance director*"): whom the speaker speaks for or belongs to, not the speaker."""
    if cue.speaker is None or m.start < cue.speaker[1]:
        return False
    gap = text[cue.speaker[1] : m.start]
    if re.search(r"\bby\s+(?:[\w.'’-]+\s+){0,3}$", gap):
        return False  # "a summary of his findings released Sunday by Attorney General William Barr": its author
    if any(n.label != "PERSON" and n.start <= cue.speaker[1] - 1 < n.end for n in names):
        return False  # "Centers for Disease Control and Prevention Director Robert Redfield": the head is a name's
    head = cue.speaker_head
    if head[:1].isupper() and not head.endswith("s") and _TITLE_OF.fullmatch(gap) and len(_name_words(m.text)) >= 2:
        return False  # "UMWA Director of Government Affairs Phil Smith": a title in capitals, then its holder
    if _TO_AFTER_HEAD.match(gap + " ") and cue.speaker_head.lower().rstrip("s") in ATTACHED_TO:
        return True  # "a longtime adviser to Trump": Trump's adviser, not Trump
    return bool(_PREPOSITION_AFTER_HEAD.match(gap + " ") or _CLIENT_DESCRIBED.match(gap + " "))


_AND_THEN_TITLE = re.compile(r",?\s+and\s+(?:(?:[A-Z][a-z]{1,12}\.?|[a-z]+)\s+){0,3}$")
"""What joins a second name to the first ("..., and Gov. ", " and former Sen. ")."""
_CLAUSE_IN_GAP = re.compile(r"\b(?:who|which|said|says)\b|[;:]")


def _not_joined_clients(
    ctx: _Context, cue: Cue, inside: list[NameMention], people: list[NameMention]
) -> list[NameMention]:
    """``people`` without those joined by "and" to someone the speaker's head noun serves ("Aides to Gov. Aldo Brun of
    Dell, a former prosecutor, and Gov. Rina Koss of Varos, said": the aides of both, not Koss); what stands between
    the two is the first one's description, with no verb of its own."""
    clients = [m for m in inside if m.label == "PERSON" and _client(ctx.text, cue, m, ctx.names)]
    if not clients:
        return people
    out = []
    for m in people:
        before = [c for c in clients if c.end <= m.start]
        gap = ctx.text[before[-1].end : m.start] if before else ""
        joined = _AND_THEN_TITLE.search(gap)
        if joined is not None and not _CLAUSE_IN_GAP.search(gap, 0, joined.start()):
            clients.append(m)  # the second one the aides serve
        else:
            out.append(m)
    return out


_GENDERED = {**{k: g for k, g in KIN.items() if " " not in k}, "woman": "f", "girl": "f", "girlfriend": "f",
             "man": "m", "boy": "m", "boyfriend": "m"}  # fmt: skip
_RELATIVE_THEN_PRONOUN = re.compile(
    r"\b(?:his|her|their|a|an|the)\s+(?:[a-z-]+\s+)?(?P<noun>" + "|".join(_GENDERED) + r")\s+"
    r"(?:when|after|because|as|while|until|before|since|once|whom|who)\s+$"
)
"""Someone brought in by a common noun, then a clause opening on the pronoun ("his sister when she ...")."""


_WHO_THEN_PRONOUN = re.compile(r",[^\S\n]*(?:who|whom)[^\S\n]+$")
"""Between a name and a pronoun speaker that opens a relative clause on that name ("Ilse Varga, who he claims")."""


def _relative_on_other(ctx: _Context, cue: Cue, pronoun: str) -> NameMention | None:
    """The pronoun speaker is the subject of a relative clause on a person ("aimed at co-host Ilse Varga, who he
    claims has been unfair to him"): it stands for someone else, the first person its sentence names before that
    person, whoever the last quote was given to ("Brenner's feud with Eastwire", an owner too); not the person the
    clause is on. None when the sentence names no one else before (the old rules then)."""
    assert cue.speaker is not None
    lo = cue.sent[0]
    gap = _WHO_THEN_PRONOUN.search(ctx.text, max(lo, cue.speaker[0] - 12), cue.speaker[0])
    if gap is None:
        return None
    named = [m for m in ctx.inside(lo, gap.start()) if m.label == "PERSON" and not ctx.quoted(m.start)]
    head = next((m for m in reversed(named) if m.end == gap.start()), None)
    if head is None:
        return None
    others = [m for m in named if m.canonical != head.canonical and ctx.agrees(m.canonical, pronoun)]
    return others[0] if others else None


def _relative_before(ctx: _Context, cue: Cue, pronoun: str) -> tuple[int, int] | None:
    """The pronoun speaker opens a clause right after a person named by a word of the same gender ("on his sister
    when she accused him"): that person, the nearest fitting antecedent, not someone named before. Their mention."""
    assert cue.speaker is not None
    m = _RELATIVE_THEN_PRONOUN.search(ctx.text, max(cue.sent[0], cue.speaker[0] - 80), cue.speaker[0])
    if m is None or _GENDERED[m.group("noun").lower()] != PRONOUNS[pronoun]:
        return None
    return m.start(), m.end("noun")


def _holder_in_body_name(inside: list[NameMention]) -> str | None:
    """The person a name tagged as a body ends with after a title ("Qelix CTO Marten Oslo", one ORG to the tagger):
    the two or three capitalised words after the title, the person who holds it at that body."""
    for m in inside:
        if m.label != "ORG":
            continue
        words = m.text.split()
        titles = [k for k, w in enumerate(words[:-2]) if k > 0 and w.isalpha() and w.lower() in ROLE_NOUNS]
        rest = words[titles[-1] + 1 :] if titles else []
        if 2 <= len(rest) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in rest):
            return " ".join(rest)
    return None


_APPOSED_DESCRIPTION = re.compile(
    r"['’]?,\s+(?:the|a|an)\s+([^,;:.!?()\n\"“”]{2,80}?)\s*(?=[,;:.!?)\n]|\s(?:who|whom)\b|$)"
)
"""A description of the one just named, in apposition ("Dario Velt, *the Norland senator*,", "Velt, *a senator from
Norland and self-described green populist*,")."""
_DESCRIPTION_BEFORE = re.compile(
    r"(?<!\bto\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!\bat\s)(?<!\bby\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bwith\s)"
    r"\b(?:the|a|an)\s+([^,;:.!?()\n\"“”]{2,60}),\s+$",
    re.I,
)
"""A description of the one named right after it ("*the Norland senator*, Dario Velt,"), not a phrase after a
preposition ("According to the initial schedule, Thiel is ...")."""
_TITLES_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\.?\s+){1,3}$")
_PLACE_AFTER_NAME = re.compile(r"\s+(?:of|from)\s+((?:[A-Z][\w'’-]*\s*){1,3})")
"""The place of an office written after the name ("Sen. Dario Velt *of Norland*")."""
_DESCRIPTION_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PARTY_PLACE = re.compile(r"\s*(?:\(|,\s+)([DRI])-([A-Z][A-Za-z.]{1,7})(?=[),])")
"""A party and the abbreviated place one represents, after the name ("Sen. Dario Velt (I-Nrl.)", ", R-Nrl.,")."""
_PARTY_LETTERS = {"D": "democrat", "R": "republican", "I": "independent"}


def _abbreviates(short: str, word: str) -> bool:
    """``short`` ("Nrl.", "Fla.") may stand for the place ``word`` ("Norland"): its letters in order, the first one
    first."""
    letters = short.lower().replace(".", "")
    if len(letters) < 2 or letters[0] != word[:1]:
        return False
    it = iter(word)
    return all(c in it for c in letters)


def _description_words(phrase: str) -> set[str]:
    return {ABBREVIATED.get(w, w) for w in (x.lower().rstrip(".") for x in _DESCRIPTION_WORD.findall(phrase))}


def _described_people(ctx: _Context, cue: Cue) -> set[str]:
    """The people a definite description as speaker may stand for: those the article itself describes so, in
    apposition ("Dario Velt, the Norland senator", "Velt, a self-described green populist") or by a title and a place
    with the name ("Sen. Dario Velt of Norland" for "the Norland senator"). None for a phrase that is no description
    ("the senator" alone: a role, see ``by_role``)."""
    if cue.speaker is None or not _DEFINITE.match(ctx.text, cue.speaker[0]):
        return set()
    wanted = _description_words(ctx.text[cue.speaker[0] : cue.speaker[1]]) - _ARTICLES - FORMER
    head = cue.speaker_head.lower()
    if len(wanted) < 2 or head not in wanted:
        return set()
    if not (cue.role_noun or head in PARTY_MEMBERS | EPITHET_NOUNS or head.endswith(("ist", "ian"))):
        return set()  # "according to the initial schedule": a text, not a person described
    told: dict[str, set[str]] = {}
    for m in ctx.names:
        if m.label != "PERSON" or ctx.quoted(m.start) or cue.speaker[0] <= m.start < cue.speaker[1]:
            continue
        words = told.setdefault(m.canonical, set())
        if (apposed := _APPOSED_DESCRIPTION.match(ctx.text, m.end)) is not None:
            words |= _description_words(apposed.group(1))
        line = ctx.text.rfind("\n", 0, m.start) + 1
        if (before := _DESCRIPTION_BEFORE.search(ctx.text, max(line, m.start - 70), m.start)) is not None:
            words |= _description_words(before.group(1))
        if (titles := _TITLES_BEFORE.search(ctx.text, max(line, m.start - 40), m.start)) is not None:
            title = _description_words(titles.group(0))
            if title & (set(ABBREVIATED.values()) | PLACE_OFFICES):
                words |= title
                if (place := _PLACE_AFTER_NAME.match(ctx.text, m.end)) is not None:
                    words |= _description_words(place.group(1))
        if (tag := _PARTY_PLACE.match(ctx.text, m.end)) is not None:
            # "Sen. Dario Velt (I-Nrl.)" for "the Norland senator"; the place's abbreviation is kept as written
            words |= {_PARTY_LETTERS[tag.group(1)], "." + tag.group(2)}
    return {name for name, words in told.items() if all(_told(w, words) for w in wanted)}


def _told(word: str, words: set[str]) -> bool:
    """A word of a description is among the ``words`` the article tells of someone, or is the place one of them
    abbreviates ("." first: "Nrl." for "norland")."""
    return word in words or any(w[:1] == "." and _abbreviates(w[1:], word) for w in words)


def _reported_from(q: RawQuote, ctx: _Context) -> int:
    """Where the reported words begin: the quote's start, or its first quotation mark when the quote takes in
    the words that lead to it ("Joe Biden weighed in, telling Mic, “...,” he said")."""
    marks = [g.start for g in ctx.segs if q.content[0] <= g.start < q.content[1]]
    return min(marks) if marks and q.cue is not None and q.cue.speaker is not None else q.content[0]


def _epithet(cue: Cue, ctx: _Context, *, role: bool = False) -> bool:
    """The speaker is "the" + a place or party + a word for one person: "The Kentucky Republican", "the New York
    businessman" (not "the top German diplomat", "a former Republican staffer"). With ``role``, the word may be any
    title ("the Florida senator", "the Democratic nominee"), but a place or party must come before it ("the senator"
    alone is looked up by its role)."""
    assert cue.speaker is not None
    if not role and _AGE.fullmatch(ctx.text, *cue.speaker):
        return True  # "the 31-year-old said"
    if cue.speaker_head.lower() not in PARTY_MEMBERS | EPITHET_NOUNS and not role:
        return False  # a title ("the Vermont senator") is looked up by its role: the person just named may hold none
    s, e = cue.speaker
    m = re.match(r"the\s+", ctx.text[s:e], re.I)
    if m is None:
        return False
    lo, hi = s + m.end(), e - len(cue.speaker_head)
    # an office held for a place ("the Eastmark senator"): a name before it is the place, whatever the tagger called it
    kinds = {"GPE", "NORP", "ORG"} if role and cue.speaker_head.lower() in PLACE_OFFICES else {"GPE", "NORP"}
    places = [n for n in ctx.inside(lo, hi) if n.label in kinds]
    words = [
        w
        for w in re.finditer(r"\S+", ctx.text[lo:hi])
        if not any(n.start <= lo + w.start() < n.end for n in places)
        and w.group(0).lower() not in PARTY_MEMBERS
        and not (role and w.group(0).lower() in FORMER)
    ]
    return not words and (not role or bool(places) or hi - lo > 1)  # with a title: something before it


PLACE_OFFICES = frozenset({"senator", "governor", "congressman", "congresswoman", "mayor", "lawmaker", "legislator"})
"""Offices held for a place: "the Vermont senator"."""
FORMER = frozenset({"former", "outgoing", "departing", "retiring", "ousted"})
"""Words before a title that say its holder is leaving or has left it ("The former governor said", after "X stepped
down as governor"): the title stands for the person just written about, as a place or party before it does."""


def _title_word(word: str) -> bool:
    """A capitalised word that may stand before a name as part of its title ("Former Rep.", "Vice President"),
    or a leading "But"; not a leading "After", "Despite" or "Conceding"."""
    low = word.lower()
    if low in {"former", "but", "and", "yet"}:
        return True
    return (
        word[:1].isupper() and not _function_word(word) and low not in {"despite", "amid"} and not low.endswith("ing")
    )


def _function_word(word: str) -> bool:
    """A word that is no noun a name could qualify ("An irritated Biden *then* said")."""
    return word.lower() in stopwords() or word.endswith("ly")


def _unnamed_person(head: str, text: str, start: int) -> bool:
    """The speaker, its head word ``head`` and its mention at ``start``, is one person the article introduces
    without a name: "The woman accusing ...", "a spokesman", "a relative", "Another neighbour". A definite title
    ("The Republican presidential nominee") is someone known, only not named here."""
    low = head.lower()
    if low in PERSON_WORDS:
        return True
    return (low in ROLE_NOUNS or low in UNNAMED_RELATIONS) and not _plural(low) and bool(INDEFINITE.match(text, start))


_DEFINITE_OWNED = re.compile(r"[Tt]he\s+[\w'’-]+['’]s?\s")


def _described_one(cue: Cue, text: str, span: tuple[int, int]) -> bool:
    """The speaker is one person the article describes by an office in something it owns, with no name ("The trust's
    IT director"): a voice of its own that a pronoun after it may carry on."""
    low = cue.speaker_head.lower()
    return low in ROLE_NOUNS and not _plural(low) and _DEFINITE_OWNED.match(text, span[0], span[1]) is not None


UNNAMED_RELATIONS = frozenset(
    {"relative", "relation", "friend", "neighbour", "neighbor", "witness", "colleague", "acquaintance", "classmate",
     "cousin", *(k for k in KIN if " " not in k)}
)  # fmt: skip
"""People an article brings in by how they stand to someone, without a name ("a relative", "a close friend of the
family", "another neighbour")."""


PERSON_NOUNS = (
    frozenset(w for w in ROLE_NOUNS if w.isalpha() and w.islower())
    | UNNAMED_RELATIONS
    | PERSON_WORDS
    | {w for w in RELATIONS if w.islower() and w not in {"person", "people", "someone"}}
)
"""Words for one person another may own ("Varn's best friend", "Voss's lawyer")."""


def _voice_again(ctx: _Context, voice: str, pronoun: str, pos: int) -> bool:
    """The subject pronoun at ``pos`` ("she", "he", "I") is the unnamed voice quoted last: nobody is named, nor
    anyone else brought in as one of many ("One Republican"), since that quote, and the voice's words ("a relative", "a
    spokeswoman") do not tell the other gender."""
    if pronoun not in {"he", "she", "i"}:
        return False
    between = [m for m in ctx.inside(ctx.last_end, pos) if m.label == "PERSON" and not ctx.quoted(m.start)]
    others = [x for x in UNNAMED_ONE.finditer(ctx.text, ctx.last_end, pos) if not ctx.quoted(x.start())]
    others += [x for x in _ONE_OF.finditer(ctx.text, ctx.last_end, pos) if not ctx.quoted(x.start())]
    return not between and not others and _voice_may_be(voice, pronoun)


_ONE_OF = re.compile(r"\b(?:[Oo]ne|[Aa]nother)\s+[A-Z]?[a-z]+")
"""One of a group brought in ("One Republican threatened ...", "another said"): a new voice."""


def _voice_may_be(voice: str, pronoun: str) -> bool:
    """An unnamed voice's words ("a relative", "a spokeswoman") do not tell the other gender than ``pronoun``'s."""
    words = set(re.findall(r"[a-z]+", voice.lower()))
    genders = (
        {KIN[w] for w in words if w in KIN} | {"m" for w in words & MALE_WORDS} | {"f" for w in words & FEMALE_WORDS}
    )
    genders |= {"f" for w in words if w in {"woman", "girl"}} | {"m" for w in words if w in {"man", "boy"}}
    want = PRONOUNS.get(pronoun)
    return not genders or genders == {want}


def _plural(noun: str) -> bool:
    low = noun.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    # "officials", "witnesses", "deputies"
    return low[:-1] in ROLE_NOUNS or (low.endswith("es") and low[:-2] in ROLE_NOUNS) or low[:-3] + "y" in ROLE_NOUNS


def _mention(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The speaker's mention as attribution corpora mark it: the whole noun phrase, appositions included ("Tom
    Becker, an analyst at the institute,"), without the punctuation after it. Not a relative clause on it ("the
    Varnholt Food Safety Agency, which had first reported seven cases"): the mention ends at what the clause is on.
    A clause that is the attribution itself keeps its pronoun, which the corpora mark as the source ("Trump, who"
    of "Trump, who said ...")."""
    if span is None:
        return None
    s, e = span
    lead = credited_dateline(text, text.rfind("\n", 0, s) + 1)
    if lead is not None and s < lead.end() < e:
        s = lead.end()  # "ORLANDO, Fla. (Reuters) - President Barack Obama": the parse took the dateline in
    clause = _RELATIVE_CLAUSE.search(text, s, e)
    if clause is not None and clause.start() > s and text[clause.end() : e].strip(" ,;:"):
        e = clause.start()
    named = None if _DETERMINER_FIRST.match(text, s) else _NAME_THEN_WHO.search(text, s, e)
    if named is not None and all(w[:1].isupper() for w in text[s : named.end(1)].split()):
        e = named.end(1)  # "added Tarrant who joins two countrymen on the list": a clause on a name, commas left out
    occasion = _OCCASION_IN_MENTION.search(text, s, e)
    if occasion is not None and occasion.start() > s and "," not in text[s : occasion.start()]:
        e = occasion.start()  # "said the 31-year-old on the night before the Harbor Open": when, not who
    while e > s and text[e - 1] in " ,;:\u2014\u2013-":
        e -= 1
    last = text[s:e].split()[-1] if e > s else ""
    if last.endswith(".") and len(last) > 4 and last.count(".") == 1:
        e -= 1
    return (s, e) if e > s else span


_DETERMINER_FIRST = re.compile(r"(?:the|a|an|another|one)\s", re.I)
_NAME_THEN_WHO = re.compile(r"\b([A-Z][\w'’.-]*)\s+(?:who|whose)\s+\S")
"""A name and a relative clause on it without a comma ("Tarrant who joins two countrymen"): the mention is the name
(not "the Democrat who knows about the search", an unnamed person the clause tells apart)."""
_OCCASION_IN_MENTION = re.compile(
    r"\s+(?:on|at|during|before|after|ahead\s+of)\s+(?:the\s+)?(?:(?:night|eve|day|morning|evening|afternoon|weekend|"
    r"sidelines|start|opening|close|launch)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
"""When or at what a speaker after the cue spoke ("the 31-year-old *on the night before* the Open", "said Rusk *on
the sidelines of* the summit"): no part of who spoke."""


_CREDIT_AFTER = re.compile(
    r"\s*(?:That|This|Those|These|Such)\s+(?:was|were|is|are|had been|has been|came|come|comes)\b[^.!?\n]*?\b"
    r"(?:from|by|of)\b[^.!?\n]*"
)
"""The sentence after a quotation that says whose words they were ('"..." That was the warning on Monday from the
agency's deputy director, Aleksandr Demchin'): a demonstrative, a form of "be" and "from", "by" or "of"."""


_NEW_SENTENCE = re.compile(r"[^\S\n]+[A-Z]")
"""After a quotation closed on a sentence's end: a new sentence of narration in the same paragraph."""
_NEXT_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _credited_after(ctx: _Context, q: RawQuote) -> tuple[tuple[int, int] | None, str | None] | None:
    """The speaker of a quotation with no cue that opens its paragraph, when the paragraph goes on in narration of
    its own: the person the next sentence credits the words to (``_CREDIT_AFTER``), or no one when that narration
    names someone else than the last speaker ('"...." Rask, 45, has farmed here for years'): the quotation then opens
    a new voice, and does not carry on the quote of the paragraph before. ``None`` when the paragraph holds only the
    quotation (it may carry on the last quote)."""
    end = q.content[1]
    para_end = ctx.text.find("\n", end)
    para_end = len(ctx.text) if para_end < 0 else para_end
    closed = ctx.text[max(0, end - 4) : end].rstrip("\"'\u201d\u2019\u00bb")
    if not (closed.endswith((".", "!", "?")) and _NEW_SENTENCE.match(ctx.text, end, para_end)):
        return None  # '"..., " the email read': an attribution of its own follows, or nothing does
    credit = _CREDIT_AFTER.match(ctx.text, end, para_end)
    if credit is not None:
        people = [m for m in ctx.inside(credit.start(), credit.end()) if m.label == "PERSON"]
        if people:
            return (people[0].start, people[0].end), people[0].canonical
    stop = _NEXT_SENTENCE_END.search(ctx.text, end + 1, para_end)
    named = [m for m in ctx.inside(end, stop.end() if stop else para_end) if m.label == "PERSON"]
    if named and ctx.last_who not in {m.canonical for m in named}:
        return None, None
    return None


def _introduced_before(ctx: _Context, start: int) -> NameMention | None:
    """The speaker of a quoted paragraph with no cue and no quote just before it: the one person the paragraph before
    names, as the subject of a sentence, when that paragraph quotes no one ("The head of the rescue service, Mirela
    Danu, gave a briefing to families.\n\n“We have located the section ...”": Danu)."""
    end = len(ctx.text[:start].rstrip())
    lo = ctx.text.rfind("\n", 0, end) + 1
    if end <= lo or any(lo <= s.start < end for s in ctx.segs):
        return None
    people = [m for m in ctx.inside(lo, end) if m.label == "PERSON"]
    if not people or (len({m.canonical for m in people}) > 1 and ctx.text[end - 1 : end] != ":"):
        # others named too: only a paragraph that ends with a colon introduces what follows as its first person's
        # ("Ola Brandt issued the following statement on Vesk's arrest:")
        return None
    first = people[0]
    if not ctx.subject(first, max(lo, _sentence_start(ctx.text, first.start))):
        return None
    # the person's own clause is speaking ("Jonas Petterling, spoke to reporters", "gave a briefing"), not only named
    # ("Orsk visited the pithead, where families shouted at her"; "the director, Havrylenko, who has not spoken")
    own = _OWN_CLAUSE.match(ctx.text, first.end)
    clause = own.group(1) if own else ""  # the pattern matches anywhere (every part of it is optional)
    speaks = any(cue_lemma(w.strip("'’")) or w in SPEECH_EVENTS for w in clause.lower().split())
    return first if speaks and not _NEGATED.search(clause) else None


def _posted_before(ctx: _Context, start: int) -> NameMention | None:
    """The speaker of a quotation with no cue that follows, in its paragraph, a sentence telling of one person's
    written words and naming no one else ("Candidate Rolf Danner's first tweet Sunday morning was a measured comment
    about the shooting. "Really bad shooting ..."", "Senator Ona Hale began Sunday with a personally signed tweet
    ... . "Woke up to ...""): that person, whose tweet or statement it is."""
    end = len(ctx.text[:start].rstrip())
    lo = max(ctx.text.rfind("\n", 0, end) + 1, _sentence_start(ctx.text, end - 1))
    if end <= lo or ctx.text[end - 1] not in ".:" or any(lo <= s.start < end for s in ctx.segs):
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z-]+", ctx.text[lo:end])}
    if not words & _POSTED:
        return None
    people = [m for m in ctx.inside(lo, end) if m.label == "PERSON"]
    if len({m.canonical for m in people}) != 1:
        return None
    first = people[0]
    possessive = _bare(first) != first.text or re.match(r"['’]s?\s", ctx.text[first.end : first.end + 3])
    owner = possessive and len(ctx.text[lo : first.start].split()) <= 2
    return first if owner or ctx.subject(first, lo) else None


_POSTED = frozenset({"tweet", "tweets", "tweeted", "post", "posted", "statement", "message", "comment", "remarks"})
"""Words for someone's written or spoken words that a sentence tells of before quoting them."""


_ISSUED = frozenset({"statement", "letter", "message", "note", "release", "post", "email", "e-mail"})
"""Texts someone issues that an article then quotes as speaking ("the statement said")."""
_THE_DOCUMENT = re.compile(r"(?:the|this|that)\s+(?:[a-z][\w-]*\s+)?(?P<head>[a-z-]+)\s*$", re.I)


def _issuer(cue: Cue, q: RawQuote, ctx: _Context) -> str | None:
    """Who issued the text a quote's speaker names by a definite common noun ("the statement said", "the letter
    added"): the speaker of the quote just before, when that quote's sentence tells that its speaker spoke through such
    a text ("Nordgrid Power said in a statement that ...", "X issued a statement"); the text is theirs, not a voice of its
    own. ``None`` when the quote before is no one's, not recent, or its sentence names no such text."""
    if cue.speaker is None or ctx.last_who is None or ctx.last_sent is None or not ctx.recent(q.content[0]):
        return None
    phrase = _THE_DOCUMENT.fullmatch(ctx.text, cue.speaker[0], cue.speaker[1])
    head = phrase.group("head").lower() if phrase else ""
    if head not in _ISSUED:
        return None
    told = re.compile(rf"\b(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+)?{re.escape(head)}\b", re.I)
    found = [m for m in told.finditer(ctx.text, *ctx.last_sent) if not ctx.quoted(m.start())]
    # not when another such text is brought in between ("... an email sent by X warned: "..." Y's campaign sent out
    # an email ... "...," the email said": Y's)
    other = re.compile(rf"\b(?:an?|another)\s+(?:[\w-]+\s+)?{re.escape(head)}\b", re.I)
    between = [m for m in other.finditer(ctx.text, ctx.last_sent[1], cue.speaker[0]) if not ctx.quoted(m.start())]
    return ctx.last_who if found and not between else None


_DOCUMENT = r"(?:[a-z]+\s+)?(?:statement|letter|remarks|message|speech|note)"
_READ_OUT = re.compile(
    rf"\b(?:(?P<own>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,3}}?)['’]s?)\s+{_DOCUMENT}"
    rf"\s+(?:was|were|had been|has been|is|is being|was being)\s+read\b"
    rf"|\bread\s+(?:out\s+)?(?:a|an|the)\s+{_DOCUMENT}\s+(?:on\s+behalf\s+of|for|from)\s+"
    rf"(?:(?P<obj>him|her|them)\b|(?P<name2>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,3}}))"
)
"""A statement read out by someone else for its author ("Her statement was read outside the bank by her chief of staff",
"X's letter was read to the court", "read a statement on behalf of X"): the quotation after it is the author's."""
_OWNER_PRONOUN = {"his": "he", "him": "he", "her": "she", "their": "they", "them": "they"}


def _read_out_for(ctx: _Context, start: int) -> tuple[tuple[int, int] | None, str | None, tuple[int, int]] | None:
    """The author of a quoted paragraph with no cue when the paragraph before it tells that the author's statement was
    read out by someone else (``_READ_OUT``): the words are the author's, not the reader's, whoever "said" the
    paragraph before. The author is the person named as its owner, or the one its owning pronoun stands for (None when
    that is no one named), with the span of the word "read"; ``None`` when the paragraph before tells no such
    reading."""
    end = len(ctx.text[:start].rstrip())
    lo = ctx.text.rfind("\n", 0, end) + 1
    found = [m for m in _READ_OUT.finditer(ctx.text, lo, end) if not ctx.quoted(m.start())]
    if not found:
        return None
    m = found[-1]
    verb = next(re.finditer(r"\bread\b", m.group(0)))
    read = (m.start() + verb.start(), m.start() + verb.end())
    if m.group("name") or m.group("name2"):
        g = "name" if m.group("name") else "name2"
        people = [n for n in ctx.inside(m.start(g), m.end(g)) if n.label == "PERSON"]
        if people:
            return (people[0].start, people[0].end), people[0].canonical, read
        return (m.start(g), m.end(g)), None, read
    g = "own" if m.group("own") else "obj"
    pronoun = _OWNER_PRONOUN[m.group(g).lower()]
    person = ctx.subject_before(m.start(g), pronoun)
    return (m.start(g), m.end(g)), person.canonical if person is not None else None, read


_OWN_CLAUSE = re.compile(r",?\s*((?:(?!\b(?:who|which|where|when|while|as|whose|after|before)\b)[^,;.!?\n])*)")
"""The words after a name up to the end of its clause: a comma, a relative or time word ("where families ...")."""
SPEECH_EVENTS = frozenset(
    {"briefing", "statement", "speech", "remarks", "address", "interview", "conference", "spoke", "speaks", "speaking",
     "briefed", "addressed", "addresses"}
)  # fmt: skip
"""Words of a speaking act the cue verbs do not hold ("spoke to reporters", "gave a briefing", "held a news
conference")."""
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


_LABEL = re.compile(r"(?P<label>[^\n:\"“”]{2,90}?)\s*:\s*$")
_LABEL_REST = re.compile(r"\s*(?:/|,|\(|\s[\u2013\u2014-]\s)\s*[^\n]*|\s*")
"""After the name in a speaker's label, nothing, or the role it gives ("/Timms' Attorney", ", county prosecutor")."""


def _labelled(ctx: _Context, start: int) -> tuple[tuple[int, int], str, int] | None:
    """A quotation that a speaker's label opens its paragraph with, a person's name and perhaps a role after a slash
    or a comma, then a colon ('Peter Lind/Timms' Attorney: "I'm not going to comment."', as TV stations print
    their transcripts): the name's span, the person, and where the colon stands. None when the label does not open
    with a person's name (a topic: 'Budget: "..."'), or has a verb of its own ("Lind told the court:")."""
    lo = ctx.text.rfind("\n", 0, start) + 1
    label = _LABEL.fullmatch(ctx.text, lo, start)
    if label is None:
        return None
    colon = ctx.text.rindex(":", lo, start)
    people = [m for m in ctx.inside(lo, colon) if m.label == "PERSON" and m.start == lo]
    if people:
        m = people[0]
        slash = ctx.text.find("/", m.start, m.end)
        end = slash if slash > 0 else m.end  # the tagger's span may run on past the slash ("Peter Lind/Timms")
        canonical = m.canonical if slash < 0 else None
    else:
        # a name the tagger missed, in the shape of a name with a role after a slash ("Marek Holloway/Venn's Attorney")
        shape = _NAME_SHAPE.match(ctx.text, lo, colon)
        if shape is None or ctx.text[shape.end() : shape.end() + 1] != "/":
            return None
        end, canonical = shape.end(), None
    while end > lo and ctx.text[end - 1] in " ,":
        end -= 1
    if not _LABEL_REST.fullmatch(ctx.text, end, colon):
        return None
    rest = ctx.text[end:colon].lower().split()
    if any(cue_lemma(w.strip("/,()'’")) for w in rest):
        return None  # "Lind/Timms' Attorney told reporters:": a sentence, its cue the verb
    return (lo, end), canonical or " ".join(ctx.text[lo:end].split()), colon


_NAME_SHAPE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}")
"""Two to four capitalised words: a person's name the tagger may have missed."""


_BY_BEFORE = re.compile(r"(?:\b(?:[Bb]y|[Ii]nterviewer|[Rr]eporter)\s*:?\s*)$")
"""A name after "By" or "Interview by": the writer or the interviewer, not the one who answers."""


_ASKS_AFTER = re.compile(
    r"(?:,[^,\n]{1,60},)?[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?:(?:interviewed|interviews|asked|asks|questioned)\b"
    r"|(?:spoke|speaks|talked|talks|sat[^\S\n]+down|sits[^\S\n]+down)[^\S\n]+(?:to|with)[^\S\n]+"
    r"(?:(?:the|a|an|his|her|their)[^\S\n]+)?(?P<to>(?:[\w-]+[^\S\n]+){0,3}[\w-]+))"
)
"""After a name: the one who puts the questions ("Hal Denver interviewed ...", "Radio Ostra's Hal Denver spoke to
the transport minister"; not "Ilse Brandvik spoke to the Tidewater Courier": whom one speaks to asks only when it is
a role or a person)."""


def _asks(ctx: _Context, m: NameMention) -> bool:
    after = _ASKS_AFTER.match(ctx.text, m.end)
    if after is None:
        return False
    if after.group("to") is None:
        return True
    to = after.start("to")
    return any(w in ROLE_NOUNS for w in after.group("to").split()) or any(
        n.start == to and n.label == "PERSON" for n in ctx.names
    )


_ASKS_BEFORE = re.compile(
    r"\b(?i:interview(?:ed)?[^\S\n]+(?:by|with)|asked[^\S\n]+by|(?:spoke|speaking|talked|talking)[^\S\n]+(?:to|with)"
    r"|told|questions?[^\S\n]+(?:from|by))[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w'’.&-]*[^\S\n]+){0,4}$"
)
"""Before a name: the one who asks or listens ("in an interview with Radio Ostra's Hal Denver", "told Hal Denver")."""


def _interviewee(ctx: _Context, quotes: list[RawQuote]) -> NameMention | None:
    """Who answers an interview's unnamed "A:" turns: the first person its introduction names (before the first
    answer), not the writer or interviewer it credits ("By Selma Rastad", "Radio Ostra's Hal Denver spoke to the
    minister", "told Hal Denver") nor one named inside quotation marks. None when the introduction names no one else:
    the answers are not the asker's."""
    first = min((q.cue.sent[0] for q in quotes if q.answer and q.cue is not None), default=0)
    for m in ctx.inside(0, first):
        line = ctx.text.rfind("\n", 0, m.start) + 1
        if (
            m.label == "PERSON"
            and not ctx.quoted(m.start)
            and not _BY_BEFORE.search(ctx.text, line, m.start)
            and not _asks(ctx, m)
            and not _ASKS_BEFORE.search(ctx.text, line, m.start)
        ):
            return m
    return None


def _turn_speaker(ctx: _Context, q: RawQuote) -> tuple[tuple[int, int], str] | None:
    """The person a transcript line's label names (see :func:`~.attribution.transcript_turns`): a name, perhaps after
    a title ("Speaker Anton Reif"), or a surname in capitals ("WALLACE") of someone the article names; None for a
    label that names no person ("Budget:", "Kessling:")."""
    if q.cue is None or q.cue.speaker is None:
        return None
    lo, hi = q.cue.speaker
    for m in ctx.inside(lo, hi):
        words_ = ctx.text[lo : m.start].split()
        if m.label == "PERSON" and m.end == hi and all(_title_word(w) and not w.isupper() for w in words_):
            return (m.start, m.end), m.canonical
    label = ctx.text[lo:hi]
    if " " in label or not label.isupper() or len(label) < 3:
        return None
    named = {m.canonical for m in ctx.names if m.label == "PERSON" and m.canonical.split()[-1].upper() == label}
    return ((lo, hi), named.pop()) if len(named) == 1 else None


def _transcript(
    ctx: _Context, quotes: list[RawQuote]
) -> tuple[list[RawQuote], dict[tuple[int, int], tuple[tuple[int, int], str]]]:
    """The quotes without the transcript lines whose label names no person, or all of them when fewer than
    :data:`~.attribution.MIN_TURNS` name one or no one has two; what is quoted inside a line kept is that line's (no quote of its own).
    With the speaker span and name of each line kept, by its content."""
    turns = {q.content: sp for q in quotes if q.turn and (sp := _turn_speaker(ctx, q)) is not None}
    if len(turns) < MIN_TURNS or len({who for _span, who in turns.values()}) == len(turns):
        # nor a list that gives each person a line ("Rubio: Finish second. / Cruz: Just hang on."): in an exchange
        # someone speaks again
        return [q for q in quotes if not q.turn], {}
    lines = [q.cue.sent for q in quotes if q.turn and q.content in turns and q.cue is not None]
    kept = [
        q
        for q in quotes
        if ((q.content in turns) if q.turn else not any(a < q.content[1] and q.content[0] < b for a, b in lines))
    ]
    return kept, turns


ANSWERS = frozenset({"respond", "reply", "answer", "say", "admit", "acknowledge", "concede", "confirm", "insist"})
"""Cues of an answer: with a pronoun right after a question put to someone named, the one asked speaks."""
_QUESTION_END = re.compile(r"\?[\s\"”’']*$")
_ASKED_WHETHER = re.compile(r"(?:whether|if)\s", re.I)
_ASKED_WHEN = re.compile(r"\b(?:when|after|as|once|before)\s+(?:[A-Z][\w'’.-]*\s+){0,4}$")
"""A question put in a clause of time after the sentence's main clause ("Brandt sounded unsure *when Kessler* asked")."""


_PLACE_AFTER = re.compile(
    r"(?:[^\S\n]+(?:[A-Z][\w'’.-]*|briefing|press|conference|reading|concert|community|visitors?|memorial))*"
    r"[^\S\n]+(?:[Rr]oom|[Cc]ent(?:er|re)|[Hh]all|[Bb]uilding|[Ll]ibrary|[Aa]irport|[Ss]tadium|[Aa]rena|[Aa]uditorium"
    r"|[Bb]ridge|[Ss]treet|[Aa]venue|[Ss]quare|[Pp]laza|[Tt]heat(?:er|re)|[Mm]useum|[Tt]erminal|[Hh]ospital|[Ww]ing)\b"
)
"""After a person's name, the noun of a place named after the person ("the Ilse Marten Press Briefing Room", "the
Kovac Center"): the name is part of the place's, and the person is neither a speaker nor whom "he" stands for."""


def named_places(text: str, names: list[NameMention]) -> list[NameMention]:
    return [replace(m, label="FAC") if m.label == "PERSON" and _PLACE_AFTER.match(text, m.end) else m for m in names]


_THING_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})


def spoken_of_as_people(names: list[NameMention], resolved: list[Resolved]) -> list[NameMention]:
    """``names`` with the ones the tagger took for a body or a work relabelled PERSON when a "he"/"she" quote was given
    to them ("Kranz is drawing contrasts between himself and Holm. He said ...": only a person is "he"; see
    ``_Context.reflexive_subject`` and ``told_subject``, the only ways such a name gets a pronoun), and with them
    the full name the bare surname is short for ("Teo Kranz") or the surname a full name ends with."""
    spoken = {
        who
        for r, _span, who in resolved
        if who and r.cue is not None and r.cue.pronoun and r.cue.speaker_head.lower() in FEMALE_MALE
    }
    things = {m.canonical for m in names if m.label in _THING_LABELS}
    people = {m.canonical for m in names if m.label == "PERSON"}
    spoken = {who for who in spoken if who in things and who not in people}
    if not spoken:
        return names
    surnames = {who.split()[-1] for who in spoken}

    def same(canonical: str) -> bool:
        if canonical in spoken:
            return True
        words = canonical.split()
        return (
            len(words) == 1
            and words[0] in surnames
            or (1 < len(words) <= 3 and words[-1] in spoken and _given_name(canonical) is not None)
        )

    return [replace(m, label="PERSON") if m.label in _THING_LABELS and same(m.canonical) else m for m in names]


def resolve_speakers(
    text: str, quotes: list[RawQuote], names: list[NameMention], segs: list[Segment]
) -> list[Resolved]:
    """Each quote with its speaker span (or None) and the speaker's name in the article (or None)."""
    names = named_places(text, names)
    ctx = _Context(text, names, segs)
    quotes, turns = _transcript(ctx, quotes)
    out: list[Resolved] = []
    for q in sorted(quotes, key=lambda q: q.content[0]):
        cue = shown = q.cue
        titled = _titled(cue, ctx)
        who = _who(q, ctx, titled)
        span = _mention(text, cue.speaker_full or cue.speaker) if cue else None
        if span is not None and titled is not None:
            span = (span[0], max(span[1], titled.end))
        if who is None and cue is not None and cue.pronoun and cue.speaker_head.lower() in FEMALE_MALE:
            span = _relative_before(ctx, cue, cue.speaker_head.lower()) or span  # "his sister when she accused him"
        if q.turn:
            span, who = turns[q.content]
        elif q.answer and cue is not None and cue.speaker is None:
            guest = _interviewee(ctx, quotes)
            span, who = ((guest.start, guest.end), guest.canonical) if guest else (None, None)
        elif cue is not None and cue.speaker is None and not cue.told:
            guess = ctx.subject_guess(cue.sent[0], cue.start)
            if guess is not None:
                span, who = (guess.start, guess.end), guess.canonical
                if (tail := _speaker_at_end(text, q, guess)) is not None:
                    # "Ruel will testify on 21 May, the committee's chairman, Piet Harlan, said": the words end before
                    # the speaker the parse left in them
                    q = replace(q, content=(q.content[0], tail[0]))
                    span = (tail[1], guess.end)
        if who is None and cue is not None and (issuer := _issuer(cue, q, ctx)) is not None:
            who = issuer
        gap = text[max(ctx.last_end, 0) : q.content[0]]
        para_start = q.content[0] == 0 or text[q.content[0] - 1] == "\n"
        credited = _credited_after(ctx, q) if cue is None and para_start else None
        if credited is not None:
            span, who = credited
        elif cue is None and para_start and (author := _read_out_for(ctx, q.content[0])) is not None:
            span, who, read = author
            # the reading is the quotation's cue, as "said" is ('Her statement was *read* ... by X.' + "...")
            shown = Cue(read[0], read[1], "read", span, span, text[span[0] : span[1]] if span else "", None, read)
        elif cue is None and (label := _labelled(ctx, q.content[0])) is not None:
            span, who, colon = label
            # the label's colon is the quotation's cue ('Peter Lind/Timms' Attorney: "..."': Lind)
            shown = Cue(
                colon, colon + 1, ":", span, span, text[span[0] : span[1]].split()[-1], None, (colon, colon + 1)
            )
        elif cue is None and ctx.recent(q.content[0]) and (para_start or not re.search(r"\w", ctx.outside_cue(gap))):
            # a quoted paragraph with no cue carries on the quote before it
            span, who = ctx.last_span, ctx.last_who
        elif cue is None and para_start and (introduced := _introduced_before(ctx, q.content[0])) is not None:
            span, who = (introduced.start, introduced.end), introduced.canonical
        elif cue is None and not para_start and (posted := _posted_before(ctx, q.content[0])) is not None:
            span, who = (posted.start, posted.end), posted.canonical
        if (
            ctx.asker is not None
            and who == ctx.asker[0]
            and cue is not None
            and cue.speaker is not None
            and cue.lemma != "ask"
            and (cue.role_noun or (cue.pronoun and cue.sent == ctx.asker[1]))
            and not any(m.canonical == who for m in ctx.inside(*(cue.speaker_full or cue.speaker)))
            and ctx.recent(q.content[0], ctx.asker[2])
        ):
            # the one who asked does not answer: "Asked by Hal Denver whether ..., the minister said" is the
            # minister's (the one asked, if named, else no one), not the asker's; "Asked by X whether ..., she said"
            # is the woman named before the question, if she is not the asker
            asker, who = who, ctx.asked[1] if ctx.asked is not None and ctx.asked[0] == who else None
            if who is None and cue.pronoun:
                earlier = ctx.previous_person(ctx.asker[1][0], pronoun=cue.speaker_head.lower())
                who = earlier.canonical if earlier is not None and earlier.canonical != asker else None
        ctx.asker = None
        if (
            ctx.asked is not None
            and cue is not None
            and cue.pronoun
            and cue.lemma in ANSWERS
            and who == (ctx.asked[0] or None)
            and ctx.recent(q.content[0], ctx.asked[2])
            and ctx.agrees(ctx.asked[1], cue.speaker_head.lower())
        ):
            who = ctx.asked[1]  # 'Lind asked Cole, "Did you lie?" / "Yes," he responded': Cole answers
        ctx.asked = None
        if (
            cue is not None
            and cue.lemma == "ask"
            and (who or (cue.speaker is not None and INDEFINITE.match(text, cue.speaker[0])))
            and (_QUESTION_END.search(text, q.content[0], q.content[1]) or _ASKED_WHETHER.match(text, q.content[0]))
        ):
            # the asker named, or someone unnamed ("A reporter asked Marsk whether ..."): the one asked answers
            asked = [m for m in ctx.inside(cue.end, q.content[0]) if m.label == "PERSON" and m.canonical != who]
            if not asked and who and cue.speaker is not None and _ASKED_WHEN.search(text, cue.sent[0], cue.speaker[0]):
                # "Brandt sounded unsure when Kessler asked whether ...": the one the sentence is about is asked
                opener = ctx.opens_sentence(cue.sent[0], cue.speaker[0])
                asked = [opener] if opener is not None and opener.canonical != who else []
            if asked:
                ctx.asked = (who or "", asked[0].canonical, q.content[1])
            if who:
                ctx.asker = (who, cue.sent, q.content[1])
        if not (cue is None and span == ctx.last_span and who == ctx.last_who):
            ctx.unnamed, ctx.voice = False, None  # not a quoted paragraph carrying on the unnamed voice's quote
        before = ctx.last_person
        if who and (any(m.canonical == who and m.label == "PERSON" for m in names) or who in ctx.untagged.values()):
            ctx.last_person = who  # (a person the tagger missed, told one by an apposition: "Mårten Ekdal, the ...")
        elif who is None and cue and cue.speaker and _unnamed_person(cue.speaker_head, text, cue.speaker[0]):
            ctx.last_person, ctx.unnamed = None, True
            if span is not None and INDEFINITE.match(text, span[0]) and cue.lemma != "ask":
                # not the one who asks: "A reporter asked Sanders whether ... He replied:" is Sanders's answer
                ctx.voice = " ".join(text[span[0] : span[1]].split())
            if span is not None and _ONE_OF_NONE.match(text, span[0]):
                ctx.described = (cue.speaker_head.lower(), " ".join(text[span[0] : span[1]].split()), q.content[1])
        elif who is None and cue and cue.speaker and span is not None and _described_one(cue, text, span):
            # "The trust's IT director told Radio Norland that ... . "...," he said": the director, unnamed
            ctx.last_person, ctx.unnamed = None, True
            ctx.voice = " ".join(text[span[0] : span[1]].split())
        elif ctx.described is not None and who == ctx.described[1]:
            ctx.described = (ctx.described[0], who, q.content[1])  # "the official" again, a paragraph on
        elif who is None and cue and cue.speaker and cue.speaker_head.lower() in KIN:
            # "Lena Voss's brother said ... “...,” he said": the brother, whom the article does not name, not Voss
            ctx.last_person, ctx.unnamed = None, True
        elif who is None and (owners := _owners(cue, ctx)):
            ctx.last_person = owners[0].canonical  # "Clinton's team said she ...": she is Clinton
        if ctx.last_person != before or who == before:
            ctx.person_end = q.content[1]
        ctx.last_end = q.content[1]
        if span is not None or who is not None:
            # past the attribution too ('"...," Ivo Pellanic, her rival's manager, told reporters'): the speaker named
            # in it is not the last speaker "named again" (see ``named_since``)
            ctx.said_end = max(q.content[1], span[1] if span else 0, cue.end if cue else 0)
        if (
            who is None
            and cue is not None
            and cue.speaker is not None
            and cue.role_noun
            and _DEFINITE.match(text, cue.speaker[0])
        ):
            ctx.unresolved.add(_phrase_key(ctx, cue))
        ctx.last_span, ctx.last_who = span, who
        ctx.last_anchor = cue.anchor if cue else None
        ctx.last_sent = cue.sent if cue else None
        out.append((q if shown is cue else replace(q, cue=shown), span, who))
    return out
