"""Speech cues from a dependency parse: the verb, who it hangs on, and which side holds the content.

Works on parsed sentence docs (spaCy ``tok2vec`` + ``parser`` only: no tagger or lemmatizer is
needed, verb forms come from :mod:`storyline.extract.lexicon`). Offsets returned are absolute in
the text the sentence was cut from (``base`` + token offset).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from typing import Any

from .dates import MONTH_NAME
from .lexicon import PRONOUNS, ROLE_NOUNS, cue_lemma, cue_words, is_belief
from .marks import DOUBLE_MARK

SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
CLAUSE = {"ccomp", "xcomp", "advcl", "parataxis", "conj", "acl", "relcl", "pcomp"}
SPEAKER_CUT = {"relcl", "acl", "appos", "punct", "advcl", "prep", "cc", "conj"}
RELATIVE = {"who", "that", "which", "whom"}
CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "parataxis")


NAMING_VERBS = re.compile(
    r"call(?:s|ed|ing)?|branded|brands|termed|terms|dubbed|dubs|described|describes|label(?:s|led|ed)", re.I
)
"""Verbs that call something by words: what follows the object is the subject's wording of it."""


@dataclass
class Cue:
    """A speech/belief cue found in a parsed sentence; all offsets absolute."""

    start: int
    end: int
    lemma: str
    speaker: tuple[int, int] | None
    """The speaker noun phrase, head and modifiers (no relative clause)."""
    speaker_full: tuple[int, int] | None
    """The whole subtree of the speaker (appositions included)."""
    speaker_head: str
    content: tuple[int, int] | None
    """The clause the parse says is reported (ccomp/xcomp/object), if any; for a frame, the quotation."""
    sent: tuple[int, int]
    frame: bool = False
    """Not a speech verb: the verb that frames a quotation in its sentence ("X praised Y: "...")."""
    asides: tuple[tuple[int, int], ...] = ()
    """Clauses inside the speaker phrase ("The woman *accusing Brett Kavanaugh*", "a veteran *who led an
    effort to oust Nancy Pelosi*"): the people they name are not the speaker."""
    clause_end: int | None = None
    """Where the cue's own clause ends when the sentence's main clause goes on after it ("X, *who denied the
    charge at trial*, showed no reaction"): what it reports ends there too (see ``_clause_end``)."""
    told: bool = False
    """The cue's subject is the one spoken to or of, in the passive ("Heller had been told ... that he would lose"),
    and no one is named as speaking: the speaker is not in the sentence, and not its subject."""
    partial: bool = False
    """A frame whose quotation is what its subject calls the verb's object ("called the proposal "reckless"",
    "dismissed the criticism as "political theatre""): a partial quotation, the subject's own words however few."""

    @property
    def anchor(self) -> tuple[int, int]:
        lo, hi = self.start, self.end
        if self.speaker_full:
            lo, hi = min(lo, self.speaker_full[0]), max(hi, self.speaker_full[1])
        return lo, hi

    @property
    def pronoun(self) -> bool:
        return self.speaker_head.lower() in PRONOUNS

    @property
    def role_noun(self) -> bool:
        return self.speaker_head.lower() in ROLE_NOUNS


def _subject(tok: Any) -> Any | None:
    """The verb's subject. When the parse gives it two, the first is not the one that speaks when it is a
    dateline ("WASHINGTON (AP) — The administration said") or a relative pronoun whose clause the verb only
    frames ("issues, which his campaign argues will make him a foil": the campaign argues); a name after a
    description is the one the description was about; of a subject before the verb and one after it, the one after
    it speaks ("The promise ... appeals to voters ..., said Alan Abramowitz")."""
    subjects = [ch for ch in tok.children if ch.dep_ in SUBJ and ch.dep_ != "expl" and not _time_stamp(ch)]
    if len(subjects) > 1 and (subjects[0].lower_ in RELATIVE or _dateline_word(subjects[0])):
        return subjects[1]
    if (inverted := _inverted(tok, subjects)) is not None:
        return inverted  # "The promise ... appeals to voters ..., said Alan Abramowitz": the one after the verb speaks
    last = subjects[-1] if len(subjects) > 1 else None
    if last is not None and last.text[:1].isupper() and not subjects[0].text[:1].isupper() and _after_comma(last):
        return last  # "An Iraq veteran who led ..., the 40-year-old Moulton has said": the name
    return _name_beside_name(subjects[0], tok) if subjects else None


_CALENDAR_WORD = re.compile(
    rf"mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{MONTH_NAME.pattern}", re.I
)
"""A weekday or a month (:data:`~storyline.extract.dates.MONTH_NAME`), shortened or not."""
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?:am|pm|h)?", re.I)
_STAMP_WORD = re.compile(
    rf"\d[\d:./-]*(?:am|pm|h|st|nd|rd|th)?|[ap]\.?m\.?|gmt|utc|bst|cest?|[ecmp][sd]t|{_CALENDAR_WORD.pattern}", re.I
)
"""A word of a written date or time: a number or clock time, a weekday, a month, a time zone."""
_STAMP_TOKEN = re.compile(r"\w[\w:./]*")


def _time_stamp(subj: Any) -> bool:
    """The subject is only a date or time, with a number and a weekday, a month or a clock time in it, as a live blog
    stamps an entry ("Tue 17 Nov 2026 08:40 — Dr Ana Berg said ...", the parse's first subject): when it was said,
    never who said it (not "May", a name alone, nor "300", a number of people)."""
    text = subj.doc.text[subj.left_edge.idx : subj.right_edge.idx + len(subj.right_edge.text)]
    words = [w.rstrip(".") for w in _STAMP_TOKEN.findall(text)]  # "Wed" by its words: the parse splits "We" "d"
    dated = any(_CALENDAR_WORD.fullmatch(w) or _CLOCK.fullmatch(w) for w in words)
    return dated and any(w[:1].isdigit() for w in words) and all(_STAMP_WORD.fullmatch(w) for w in words)


NAME_PARTICLES = frozenset(
    {"de", "la", "le", "del", "della", "van", "von", "der", "den", "da", "du", "di", "al", "bin"}
)
"""Lower-case words inside personal names ("Ana de la Vega", "Jan van der Berg")."""


def _proper(toks: Any) -> bool:
    words = [t for t in toks if not t.is_punct]
    return (
        bool(words)
        and words[-1].text[:1].isupper()
        and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words)
    )


def _name_beside_name(subj: Any, verb: Any) -> Any:
    """ "In a statement read by her chief of staff, Hugo Marchetti, Ana de la Vega said": the parse makes the first
    name the subject and the second its apposition, but a name is not described by another name: the first one
    closes the phrase before it (set off by a comma) and the name right before the verb speaks."""
    if subj.i > verb.i or not _after_comma(subj) or not _proper(subj.doc[subj.left_edge.i : subj.i + 1]):
        return subj
    for ch in subj.children:
        if ch.dep_ == "appos" and ch.right_edge.i == verb.i - 1 and _proper(ch.subtree) and _after_comma(ch):
            return ch
    return subj


def _inverted(tok: Any, subjects: list[Any]) -> Any | None:
    """Of a subject before the verb and one right after it, with the verb after a comma or a closing quotation mark
    (see :data:`_BEFORE_INVERTED`), the one after it; not when the one before is itself named after a speech verb
    ("..., said Kathrin Jansen, ..., reports The Journal")."""
    after = [s for s in subjects if s.i > tok.i]
    if not after or subjects[0].i > tok.i or tok.nbor(-1).text not in _BEFORE_INVERTED:
        return None
    first = subjects[0].left_edge.i
    if first > 0 and cue_lemma(tok.doc[first - 1].text) is not None:
        return None
    return after[0] if after[0].left_edge.i == tok.i + 1 else None


_BEFORE_INVERTED = {",", "\u201d", '"', "''", "\u2019"}
"""What comes right before a speech verb whose subject follows it ("..., said Alan Abramowitz", "...,” said Ivo
Marsh"), not a headline's "Hollande Says Donald Trump ..." nor "those surveyed say the country ..., an ambitious
goal"."""


def _after_comma(tok: Any) -> bool:
    return tok.left_edge.i > 0 and tok.left_edge.nbor(-1).text == ","


def _dateline_word(tok: Any) -> bool:
    """A place opening a sentence as datelines are written: in capitals ("WASHINGTON (AP) —"), or before a credit
    in brackets and a dash ("Washington (AFP) – Democrat Hillary Clinton has taken"); or the credit alone ("(CNN) -
    President Donald Trump told")."""
    if tok.i == 1 and tok.nbor(-1).text == "(" and tok.i + 2 < len(tok.doc) and tok.nbor(1).text == ")":
        return tok.nbor(2).text in {"\u2014", "\u2013", "-", "--"}  # "(CNN) - President Donald Trump told"
    if tok.i != 0 or len(tok.text) <= 2 or tok.i + 1 >= len(tok.doc):
        return False
    if tok.text.isupper():
        return tok.nbor(1).text in {"(", "\u2014", "\u2013", "-", "--", ","}
    after = [t.text for t in tok.doc[tok.i + 1 : tok.i + 8]]
    return (
        tok.text[:1].isupper()
        and after[0] == "("
        and ")" in after
        and after.index(")") + 1 < len(after)
        and after[after.index(")") + 1] in {"\u2014", "\u2013", "-", "--"}
    )


def _cited(tok: Any) -> Any | None:
    """ "TASS cited Peskov as saying": the one cited is the speaker (only with "as")."""
    if cue_lemma(tok.text) in {"cite", "quote"} and any(ch.lower_ == "as" for ch in tok.children):
        for ch in tok.children:
            if ch.dep_ == "dobj":
                return ch
    return None  # "citing the case of 1966", "the report cited rising costs": what is cited is the content


def _inherited_subject(tok: Any) -> Any | None:
    """Subject of ``tok`` or, for "adding"/"noting"/"and said" forms, of the verb it hangs on."""
    if tok.dep_ == "pobj" and not tok.text.endswith("ing"):
        # "A subpoena has been issued, amid claims the current version ...": whose claims, the sentence
        # does not say; the subject of the clause the phrase hangs on did not make them ("by saying" does)
        return None
    if (shared := _coordinated_participle(tok)) is not None:
        return shared  # "acknowledging that Holm had tapped into a vein but warning that ...": not Holm's warning
    if tok.dep_ == "conj" and _subject(tok) is None:
        if (opening := _aside_opening(tok.head, tok)) is not None:
            return _outer_subject(tok.doc[tok.sent.start : opening])  # 'X said ... – he "claimed ..." – and added'
        # "He said the base ... and said ...": the parse often hangs the second cue on the last verb
        # of the first one's content; the speaker is the subject of the cue verb above it
        for anc in tok.ancestors:
            if cue_lemma(anc.text) is not None and (_subject(anc) is not None) and anc.dep_ != "conj":
                return _subject(anc)
    # "..., having suggested in a speech that ...": a perfect participle set off as "saying" is, whatever it hangs on
    lead = tok.nbor(-1) if tok.i > 0 and tok.nbor(-1).lower_ == "having" and tok.nbor(-1).head.i == tok.i else tok
    if lead.text.endswith("ing") and lead.i > 0 and lead.nbor(-1).text in {",", "\u2014", "\u2013", "-", "--"}:
        # "X criticized the accord adopted in Paris, saying ...": a participle set off by a comma
        # speaks for the subject of the main clause, whatever the parse hangs it on
        if (added := _said_just_before(tok)) is not None:
            return added
        if (actor := _actor_of_event_clause(tok)) is not None:
            return actor
        root = tok.sent.root
        subj = _subject(root) if root.i < tok.i else None
        if subj is not None and subj.i < tok.i:
            return subj
    released = _released_text(tok)
    if released is not None:
        return released
    cur = prev = tok
    for step in range(5):
        if step and _cited(cur) is not None:
            return _cited(cur)
        if step and (caused := _caused_to(prev)) is not None:
            return caused  # "a win that led her to declare": she declares
        subj = _subject(cur)
        if subj is not None:
            return subj
        blamed = _blamed_for(cur)
        if blamed is not None:
            return blamed
        climb: tuple[str, ...] = ("advcl", "conj", "xcomp", "dep", "pcomp", "prep", "pobj", "acomp")
        if tok.text.endswith("ing"):  # "issued a statement saying ...": the participle's frame speaks
            climb += ("acl", "dobj", "npadvmod")
        if cur.dep_ in climb and cur.head.i != cur.i:
            prev, cur = cur, cur.head
        else:
            return None
    return None


SET_OFF_DASHES = frozenset({"\u2014", "\u2013", "--"})
"""Dashes that set off an aside: an em or en dash, or a double hyphen; a hyphen only when spaced."""


def _dash(tok: Any) -> bool:
    return tok.text in SET_OFF_DASHES or (
        tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.nbor(-1).whitespace_)
    )


def _aside_opening(clause: Any, conj: Any) -> int | None:
    """Where the aside opens when ``clause`` is one set off by dashes that closes before ``conj``, the verb the parse
    coordinates with it ('Lind said that the pump failed – she "called it a relic" – and added, "..."'): the verb
    after the closing dash goes on from the sentence the aside interrupts, not from the aside; None when it is not."""
    doc = clause.doc
    subj = _subject(clause)
    first = subj.left_edge.i if subj is not None and subj.i < clause.i else clause.i
    if first == 0 or not _dash(doc[first - 1]) or not any(_dash(t) for t in doc[clause.i + 1 : conj.left_edge.i]):
        return None
    return first - 1


def _outer_subject(before: Any) -> Any | None:
    """The subject of the cue verb that governs the words ``before`` an aside, the one highest in the parse ('Lind
    said that Holm had complained – ...': Lind, not Holm); None when no cue verb there has a subject."""
    verbs = [t for t in before if cue_lemma(t.text) is not None and (s := _subject(t)) is not None and s.i < t.i]
    return _subject(min(verbs, key=lambda t: sum(1 for _ in t.ancestors))) if verbs else None


def _said_just_before(tok: Any) -> Any | None:
    """'[Brandt cannot say that "...,"] Holm added, saying ...': a participle set off by a comma that hangs on a
    speech verb that frames the quotation just before it ('"...," Holm added'), that verb's subject speaks (Holm), not
    the main clause's (Brandt). Not a verb inside the words reported ("X said the firm had admitted it, saying ...":
    X says it)."""
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp", "conj") or head.i >= tok.i or cue_lemma(head.text) is None:
        return None
    subj = _subject(head)
    if head.i == head.sent.root.i or subj is None or subj.i > head.i or subj.lower_ in RELATIVE:
        return None
    before = subj.left_edge.i
    closes = {'"', "\u201d", "''"}
    return subj if any(t.text in closes for t in head.doc[max(before - 2, head.sent.start) : before]) else None


EVENT_PLACING = frozenset(
    ["come", "comes", "came", "coming", "follow", "follows", "followed", "arrive", "arrives", "arrived"]
    + ["happen", "happens", "happened", "emerge", "emerges", "emerged"]
)
"""Verbs that only place an event in time ("The latest claim *comes* after ...", "The suit *followed* weeks in which
..."): their subject is the event, which says nothing."""


def _actor_of_event_clause(tok: Any) -> Any | None:
    """ "The latest claim comes after a former aide ... slammed his account, saying ...": a participle set off by a
    comma that hangs on a clause of time with its own subject, under a main clause that only places an event in time
    (:data:`EVENT_PLACING`): the subject of the clause of time speaks (the aide), not the event (the claim). Not when
    the main clause is someone's act ("Holm left after the mayor spoke, saying ...": the parse and the main clause
    tell)."""
    head = tok.head
    if tok.dep_ != "advcl" or head.dep_ != "advcl" or head.i >= tok.i or head.head.lower_ not in EVENT_PLACING:
        return None
    if not any(ch.dep_ == "mark" and ch.lower_ in TIME_MARKS for ch in head.children):
        return None
    subj = _subject(head)
    return subj if subj is not None and subj.i < tok.i and subj.lower_ not in RELATIVE else None


def _coordinated_participle(tok: Any) -> Any | None:
    """A participle joined by "and"/"but" to a finite verb of another cue's reported clause ("acknowledging that Holm
    had tapped into a vein *but warning* that ..."): a participle shares the subject of the participle it is
    coordinated with (acknowledging ... but warning), not of the finite verb the parse hangs it on (Holm had tapped);
    the speaker is whoever speaks the participle cue above it. Not a participle with its own subject or auxiliary, nor
    one joined to another participle ("Holm was tapping into a vein and warning": Holm's)."""
    head = tok.head
    if not (tok.lower_.endswith("ing") and tok.dep_ == "conj" and head.i < tok.i and not head.lower_.endswith("ing")):
        return None
    if any(ch.dep_ in SUBJ or ch.dep_ in ("aux", "auxpass") for ch in tok.children):
        return None
    if not any(ch.dep_ == "cc" and ch.lower_ in {"and", "but"} for ch in tok.children) and tok.nbor(-1).lower_ not in {
        "and",
        "but",
    }:
        return None
    if _subject(head) is None:
        return None  # no finite clause of its own for the participle to be wrongly given to
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    above = clause.head
    if clause.dep_ != "ccomp" or not above.lower_.endswith("ing") or cue_lemma(above.text) is None:
        return None
    return _inherited_subject(above)


TIME_MARKS = frozenset({"as", "when", "while", "after", "before", "once", "until", "since"})


def _released_text(tok: Any) -> Any | None:
    """ "a campaign memo was released as the polls closed stating that ...": a participle the parse hangs on a
    clause of time speaks for the text the main clause puts out (its passive subject, a memo, a statement), not for
    the subject of the clause of time (the polls). Not when the main clause puts out no text ("He smiled as she left
    saying ...": she says it)."""
    clause = tok.head
    if not (tok.text.endswith("ing") and tok.dep_ in ("advcl", "xcomp", "acl") and clause.dep_ == "advcl"):
        return None
    if not any(ch.dep_ == "mark" and ch.lower_ in TIME_MARKS for ch in clause.children):
        return None
    main = clause.head
    texts = [ch for ch in main.children if ch.dep_ == "nsubjpass" and ch.lower_ in TEXT_NOUNS]
    return texts[0] if texts and main.i != clause.i else None


CAUSED = frozenset(
    ["led", "prompted", "forced", "pushed", "drove", "driven", "spurred", "compelled", "caused", "moved", "inspired"]
    + ["persuaded", "convinced"]
)
"""Verbs that brought their object to do what the infinitive after it says, in the past tense, so that it has been
said ("a win that *led* her to declare ...", "the loss *prompted* him to say ..."); not "will force him to ..."."""
DECLARING = frozenset(
    ["declare", "say", "announce", "proclaim", "admit", "concede", "insist", "state", "claim", "predict", "vow"]
)
"""Verbs of telling something that a causing verb brings its object to do ("led her to declare that ...")."""


def _caused_to(xcomp: Any) -> Any | None:
    """The object of a causing verb is the one who speaks in the infinitive after it ("an unexpectedly strong win that
    led her to declare ...": she declares, not the win): a cause told in the past, and a verb of telling after it
    (not "will force him to acknowledge", "forced him to respond to accusations that ...", "prompted her to ask for")."""
    verb = xcomp.head
    if xcomp.dep_ != "xcomp" or verb.lower_ not in CAUSED or xcomp.lower_ not in DECLARING:
        return None  # "will force him to acknowledge a hard reality", "forced him to respond to", "to ask for"
    if not any(g.dep_ == "aux" and g.lower_ == "to" for g in xcomp.children):
        return None
    objects = [ch for ch in verb.children if ch.dep_ == "dobj" and ch.i < xcomp.i]
    return objects[0] if objects else None


def _blamed_for(tok: Any) -> Any | None:
    """ "X attacked Y for saying ...", "X accused Y of claiming ...", "thanked the wardens for saying ...": the one
    the gerund is about is the object of the verb before it, not that verb's subject."""
    prep = tok.head
    if not (tok.text.endswith("ing") and tok.dep_ == "pcomp" and prep.lower_ in {"for", "of"} and prep.head.i < prep.i):
        return None
    objects = [ch for ch in prep.head.children if ch.dep_ == "dobj" and ch.i < prep.i]
    return objects[0] if objects else None


ACCUSING = frozenset({"accuse", "charge", "allege", "fault"})
"""Verbs of a charge against someone: what they are charged "of"/"with" doing is the accuser's allegation."""


def _charged_with_saying(tok: Any) -> bool:
    """ "Brightwave sued Nine, accusing the network of falsely claiming that the company rigged the vote": the gerund
    of saying is what the accuser alleges (in a suit, a charge) the accused said, which the accused may deny; it is
    part of the accuser's report, no quote of the accused's. Not "attacked Ostrin for saying the levy was unfair", where
    the saying is told as a fact."""
    prep = tok.head
    if not (
        tok.text.endswith("ing") and tok.dep_ == "pcomp" and prep.lower_ in {"of", "with"} and prep.head.i < prep.i
    ):
        return False
    return cue_lemma(prep.head.text) in ACCUSING or prep.head.lower_.startswith(("accus", "charg", "alleg"))


def _antecedent(subj: Any) -> Any | None:
    verb = subj.head
    if subj.lower_ in RELATIVE and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return None


TIME_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight"]
)
"""Words of a time that opens a sentence before its subject ("On Monday Halvern Therapeutics told ..."): the parse
may take "Monday" as a word of the name, and a reading without parse the whole run of capitals."""
MONTH_WORDS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"]
)  # fmt: skip
"""... and months, only after a preposition ("In March Odo Brin told"): "May Brin", "June Ostrow" are names."""
TIME_PREPOSITIONS = frozenset(["on", "in", "by", "since", "until", "till", "during", "after", "before", "from"])


def _time_word(word: str, before: str | None) -> bool:
    """``word`` (after the word ``before``) names a day or a month that opens a sentence."""
    low = word.lower()
    return low in TIME_WORDS or (low in MONTH_WORDS and (before or "").lower() in TIME_PREPOSITIONS)


def _time_lead(toks: list[Any], upto: Any) -> list[Any]:
    """``toks`` (a subtree, in order) without the words of a time before ``upto`` that open it."""
    while len(toks) > 1 and toks[0].i < upto.i and _time_word(toks[0].text, _prev_text(toks[0])):
        toks = toks[1:]
    return toks


_TIME_BEFORE_DAY = frozenset({"earlier", "later", "early", "late", "on", "this", "last"})


def _time_tail(toks: list[Any], head: Any) -> list[Any]:
    """``toks`` (a subtree, in order) without a time of the verb that the parse hangs on the subject's phrase after its
    head ("a former aide to Brandt *earlier Monday* slammed ...": the aide, not "... earlier Monday")."""
    if len(toks) < 3 or toks[-1].i <= head.i or toks[-1].lower_ not in TIME_WORDS:
        return toks
    if toks[-1].head.i != head.i and toks[-1].head.dep_ in ("acl", "relcl"):
        return toks  # "the initial schedule published Thursday": the time of a verb inside the phrase, part of it
    out = toks[:-1]
    while len(out) > 1 and out[-1].i > head.i and out[-1].lower_ in _TIME_BEFORE_DAY:
        out = out[:-1]
    return out


def _prev_text(tok: Any) -> str | None:
    return tok.doc[tok.i - 1].text if tok.i > 0 else None


def _np_span(tok: Any) -> tuple[Any, Any]:
    """The noun phrase of ``tok``: left modifiers and the head, without clauses after it, nor a time that opens the
    sentence before it ("Monday" of "On Monday Halvern Therapeutics told")."""
    left = tok
    for ch in tok.lefts:
        if ch.dep_ not in SPEAKER_CUT:
            left = min(left, ch.left_edge, key=lambda t: t.i)
    while left.i < tok.i and _time_word(left.text, _prev_text(left)) and left.nbor().text[:1].isupper():
        left = left.nbor()
    right = tok
    for ch in tok.rights:
        if ch.dep_ in ("compound", "flat", "amod") and ch.i == right.i + 1:
            right = ch
    return left, right


_CONTINUE_TO = re.compile(r"\s*[\"\u201c\u2018'`]*\s*to\b", re.I)


def _infinitive_only(tok: Any, lemma: str, subj: Any | None) -> bool:
    """Not a speech act: "tensions continue to grow", "Ri was reported to be a key official", "both
    were believed to be crucial", "it is too early to say", "declined to say". The subject of a passive
    cue with a to-infinitive is what is talked about, not who talks."""
    if lemma == "continue" and _CONTINUE_TO.match(tok.doc.text, tok.idx + len(tok.text)):
        return True  # (also 'would continue "to break barriers"')
    if tok.dep_ == "xcomp" and (
        (tok.i > 0 and tok.nbor(-1).lower_ == "to")
        or any(ch.dep_ == "aux" and ch.lower_ == "to" and ch.i < tok.i for ch in tok.children)  # "to directly say"
    ):
        head = tok.head  # "it is difficult to say whether", "too early to say", "declined to say"
        if head.dep_ == "acomp" or any(ch.dep_ == "acomp" for ch in head.children):
            return True
        if head.lower_.startswith(("declin", "refus")):
            return True
    if _writers_hedge(tok):
        return True
    xcomp = [
        ch
        for ch in tok.children
        if ch.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)
    ]
    if not xcomp or any(ch.dep_ in ("ccomp", "parataxis") for ch in tok.children):
        return False
    if lemma == "ask" and not any(ch.dep_ in ("dobj", "dative", "agent", "auxpass") for ch in tok.children):
        return True  # "an official who asked not to be named", "asked to remain anonymous": a favour for themselves
    return _passive_subject(tok, subj)


SENTENCE_ADVERBS = frozenset({"needless", "suffice", "sad", "strange", "truth"})
"""Heads of the writer's set phrases around an infinitive of saying ("needless to say", "suffice it to say", "sad to
say", "strange to say", "truth to tell")."""


def _writers_hedge(tok: Any) -> bool:
    """A to-infinitive cue framed by no one: a predicate of the expletive "it" ("it would be a stretch to say that
    ...", "it is no exaggeration to say") or a sentence adverb with no subject (:data:`SENTENCE_ADVERBS`): the
    outlet's own voice, and no one in the sentence says it. (Not "Vale was the first to say": Vale says it; nor "It
    would be wrong, Vale said, to say": the infinitive hangs on Vale's verb.)"""
    if not any(ch.dep_ == "aux" and ch.lower_ == "to" and ch.i < tok.i for ch in tok.children):
        return False
    head = tok.head
    if head.lower_ in SENTENCE_ADVERBS and not any(ch.dep_ in SUBJ for ch in head.children):
        return True
    if tok.dep_ not in ("relcl", "acl", "xcomp") or head.dep_ not in ("attr", "acomp"):
        return False
    return any(ch.dep_ in SUBJ and ch.lower_ == "it" for ch in head.head.children)


_DO_SO = re.compile(r"to\s+do(?:\s+(?:so|that|it|this|the\s+same|likewise))?[\s.,;]*", re.I)
"""A cue's whole content when it only points back at an act ("pledged *to do*", "promised to do so"): no words."""


_INSTEAD = re.compile(r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\s+(?:to\s+)?$", re.I)
"""What comes before an act the subject does not do ("chose to fight rather than *acknowledge* failures",
"instead of *admitting* it")."""


_HELD_BACK = re.compile(
    r"\b(?:stop(?:s|ped|ping)?\s+short\s+of|refrain(?:s|ed|ing)?\s+from|avoid(?:s|ed|ing)?)\s+$", re.I
)
"""What comes before words the subject held back ("stopped short of *saying* whether ...", "refrained from
*calling* it ...", "avoided *saying* ..."): what follows is what was not said."""


def _not_done(tok: Any, text: str) -> bool:
    """The cue is an act set aside, not done: after "rather than" or "instead of", or coordinated with one that is
    ("rather than acknowledge failures and admit ..."), or held back ("stopped short of saying whether ..."). (Not
    "refuses to release his tax records or explain how ...": PolNeAR marks what is refused after "or" as a
    report.)"""
    return any(
        _INSTEAD.search(text, 0, t.idx) or _HELD_BACK.search(text, 0, t.idx)
        for t in ((tok, tok.head) if tok.dep_ == "conj" else (tok,))
    )


NOUN_MODIFIERS = {"det", "compound", "poss", "amod", "nummod"}


def _gerund_noun(tok: Any) -> bool:
    """An -ing word used as a noun: a determiner, a noun or an adjective before it ("defect reporting", "the
    writing", "his saying so"), no clause of its own after it."""
    return (
        tok.lower_.endswith("ing")
        and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos")
        and any(ch.dep_ in NOUN_MODIFIERS and ch.i < tok.i for ch in tok.children)
        and not any(ch.dep_ in ("ccomp", "xcomp", "parataxis", "dobj") for ch in tok.children)
    )


PARTICIPLE_ENDS = ("ed", "en")
IRREGULAR_PARTICIPLES = {"told", "said"}


def _put_to_subject(tok: Any) -> bool:
    """A passive participle clause with no subject of its own ("*Asked* whether ..., he said", "When *asked* about
    it, she said", "*Told* of the ruling, ..."): the subject of the clause it hangs on is the one asked or told,
    not the one who spoke."""
    if tok.dep_ != "advcl" or not (tok.lower_.endswith(PARTICIPLE_ENDS) or tok.lower_ in IRREGULAR_PARTICIPLES):
        return False
    if any(ch.dep_ in SUBJ for ch in tok.children):
        return False
    auxes = [ch for ch in tok.children if ch.dep_ in ("aux", "auxpass")]
    return not auxes or any(ch.dep_ == "auxpass" for ch in auxes)  # not "Having claimed victory, he said"


PARTICIPLE_LEAD = re.compile(r"(?:(?:when|if|after|once|before|while|upon)\s+)?(?:being\s+)?([a-z]+)\b", re.I)
ADDRESSED = {"ask", "tell", "inform", "warn", "remind", "advise", "assure", "urge", "notify"}
_TOLD = frozenset({"tell", "inform", "notify", "remind"})
"""Speech verbs whose object is the one spoken to: their passive participle is said of the addressee."""


def put_to_speaker(text: str, pos: int) -> bool:
    """The words at ``pos`` open a participle clause of a verb of addressing someone ("When asked whether ...,
    Trump said no.", "Told of the ruling, ..."): what was asked of or told to the speaker, not their words (read
    without a parse; not "Reported cases rose, officials said")."""
    m = PARTICIPLE_LEAD.match(text, pos)
    if m is None:
        return False
    verb = m.group(1).lower()
    return cue_lemma(verb) in ADDRESSED and (verb.endswith(PARTICIPLE_ENDS) or verb in IRREGULAR_PARTICIPLES)


def _agent(tok: Any) -> Any | None:
    """The one a passive cue names as speaking ("asked *by Holt* whether ...")."""
    for ch in tok.children:
        if ch.dep_ == "agent":
            for obj in ch.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _after_agent(tok: Any, agent: Any) -> tuple[int, int] | None:
    """What the participle clause says after its agent ("asked by Holt *whether he would run*")."""
    rest = [t for t in tok.subtree if t.i > agent.right_edge.i]
    while rest and rest[0].is_punct:
        rest.pop(0)
    while rest and rest[-1].is_punct:
        rest.pop()
    return (rest[0].idx, rest[-1].idx + len(rest[-1].text)) if rest else None


def _passive_subject(tok: Any, subj: Any | None) -> bool:
    """``subj`` is the passive subject of the cue itself ("Ri was reported ...", "reporters were told")."""
    if subj is None or subj.head.i != tok.i:
        return False
    return subj.dep_ == "nsubjpass" or (subj.dep_ == "nsubj" and any(ch.dep_ == "auxpass" for ch in tok.children))


def _according(tok: Any) -> Any | None:
    if tok.lower_ != "according":
        return None
    for ch in tok.children:
        if ch.lower_ == "to":
            for obj in ch.children:
                if obj.dep_ == "pobj":
                    return obj
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        for obj in nxt.children:
            if obj.dep_ == "pobj":
                return obj
    return None


ISSUED_TEXTS = frozenset(
    {"statement", "release", "communique", "announcement", "letter", "memo", "email", "message", "notice", "bulletin"}
)
"""Texts that carry the words of whoever issued them (not a report or a study, whose findings are the text's own)."""
ISSUING = frozenset({"issued", "released", "published", "sent", "signed", "posted", "circulated", "distributed"})


def _issuer(subj: Any) -> Any | None:
    """The body or person named after "by" in a participle clause of issuing on a text of :data:`ISSUED_TEXTS`
    ("a statement *issued after a two-day meeting by the Monetary Policy Board*", "a letter signed by Ana Berg"): the
    speaker, whose words the text carries; None if none is named (not "a statement issued by Friday")."""
    if subj.lower_ not in ISSUED_TEXTS:
        return None
    for ch in subj.children:
        if ch.dep_ != "acl" or ch.lower_ not in ISSUING or ch.i < subj.i:
            continue
        for t in ch.subtree:
            if t.lower_ != "by" or t.i < ch.i:
                continue
            obj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.text[:1].isupper() and not _time_word(obj.text, "by"):
                return obj
            return None
    return None


QUOTING = {"quote", "cite"}
"""Cues whose object is the person whose words are reported, not the words."""


def _content_kids(tok: Any) -> list[Any]:
    return [ch for ch in tok.children if ch.dep_ in CONTENT_DEPS]


def _as_saying(tok: Any, text: str) -> bool:
    """ "quoted/cited [someone] as saying ...": the object is the speaker and "saying" has the words."""
    kids = _content_kids(tok)
    if not kids or any(ch.dep_ != "dobj" for ch in kids):
        return False
    end = max(t.idx + len(t.text) for ch in kids for t in ch.subtree)
    after = re.match(r"\s+as\s+(\w+)", text[end:])
    return bool(after and cue_lemma(after.group(1)))


OBJECT_IS_NO_SPEECH = {"add", "write", "declare", "maintain", "advise", "recall", "announce", "claim"}
"""Cues whose noun-phrase object is not something said: "employers added 102,000 jobs", "wrote opinion columns",
"declaring war on his country", "declared a state of emergency", "recalled three batches of its formula" (an act),
"announced a new packing hall", "claimed a victory in the primary" ("added that ...", "declared that ...", "recalled
that ...", "claimed that ..." are). (Not "mention": PolNeAR marks "mentioned climate change" as a report.)"""
PROMISES = {"promise", "pledge", "vow"}
"""Cues whose object, when it only names an act ("the board had promised an inquiry", "pledged a full review"), is
the act promised, no words of the speaker's (see :func:`_bare_object`); "promised to hold ...", "vowed that ...",
"promised tougher checks on every formula maker" say what."""
PLEDGED_ACTS = frozenset({"allegiance", "loyalty", "fealty", "support", "oath"})
"""What a promise cue's object names when the promise is an act, whatever follows it ("pledged his allegiance to the
group during the siege that ...", "pledged loyalty to the new leader"): no words of the speaker's."""
DASH = re.compile(r"\s[\u2014\u2013-]+\s|\u2014")
"""A dash between a cue and its "content": an aside, not what was said."""
UNSAID_CLAUSE = re.compile(r"(?:who|whom|whose|what|which|when|where|why|how|whether|if)\b", re.I)
"""How the content of a negated cue opens when it names what was not said: "have not said who they would vote
for", "did not say whether he will run"."""
_WITH_SOMEONE = re.compile(r"\s+with\b")
WITH_IS_NO_SPEECH = {"argue", "joke"}
"""Cue verbs that, followed by "with" and nothing said, tell whom the subject dealt with ("argued with Ms.
Brainard", "joked with reporters"); not "said with a smile", whose words are the quotation beside it."""
QUOTATION_ONLY = {"continue"}
"""Cues that report words only next to a quotation (""...," he continued"), never a clause of their own: "newscasts,
which will continue normally with ..." says nothing."""


def _unsaid(tok: Any, content: str) -> bool:
    """The cue is negated and its content names what was left unsaid ("has not said whether ...")."""
    return _negated(tok) and bool(UNSAID_CLAUSE.match(content))


def _participle_after_noun(tok: Any, lemma: str) -> bool:
    """ "positions added", "a column written": a past participle right after the noun it describes, with no subject
    of its own (not ", added Smith", "he added")."""
    if tok.dep_ not in ("acl", "advcl") or not tok.lower_.endswith(("ed", "en")):
        return False
    if any(ch.dep_ == "mark" and ch.lower_ == "to" and ch.i < tok.i for ch in tok.children):
        return True  # "revised up to 101,000 positions added": "to" opens no clause of a participle; a noun follows it
    if lemma not in OBJECT_IS_NO_SPEECH and (tok.dep_ != "acl" or any(ch.dep_ == "agent" for ch in tok.children)):
        return False  # (any cue as a reduced passive on its noun: "the refugees admitted have been ...", not "by X")
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.is_alpha and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children)


WITH_MARKS = frozenset({"with", "without"})


def _with_state(tok: Any) -> bool:
    """The cue word tells the state of a thing held "with" ("a copy with passages *underlined* and *notes* written in
    the margins"): a past participle on "with" (or a word joined to one), whose subject is the thing, nothing said. Not
    "with aides *saying* ...", "with officials having warned that ...": someone's words."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pcomp" or head.head.lower_ not in WITH_MARKS or tok.lower_.endswith("ing"):
        return False
    return head.lower_.endswith(PARTICIPLE_ENDS) and not any(ch.dep_ in ("aux", "auxpass") for ch in head.children)


OPENING_BRACKETS = frozenset({"(", "["})


def _imperative_aside(tok: Any, lemma: str, subj: Any | None) -> bool:
    """The cue word in its bare form before the name it is read with, as an aside that bids the reader think of
    someone ("an outsider *(think* Mara Ostrow in 2019) can surge"): no one speaks. Not the inverted plural of a
    quotation's speakers ('"...," say analysts'), which follows the words, not a bracket."""
    if subj is None or subj.i < tok.i or tok.lower_ != lemma:
        return False
    if any(ch.dep_ in ("aux", "auxpass") for ch in tok.children):
        return False  # "do voters think ...": a question, no aside
    before = tok.doc[tok.i - 1].text if tok.i > 0 else ""
    return before in OPENING_BRACKETS or is_belief(lemma)


def _negated(tok: Any) -> bool:
    """The cue verb itself is negated ("did not say", "never claimed", "opted not to specify"), not a verb in what
    it reports ("said he did not ...")."""
    return any(ch.dep_ == "neg" and ch.i < tok.i for ch in tok.children)  # not a "not" inside what was said


FUTURE = {"will", "'ll", "\u2019ll", "shall"}
FRAMED_AS_SAID = ("prep", "npadvmod", "dative", "dobj", "agent", "advcl")
"""What tells when, where or to whom a future statement is to be made ("will say in a speech on Tuesday that", "will
tell the convention that", "will say Tuesday that"): words released ahead, not a forecast."""


def _predicted(tok: Any, text: str) -> bool:
    """The cue is what the writer expects someone to say ("Ostrel will say it followed the rules"): a future form with
    a reported clause and nothing telling when, where or to whom it is to be said, and no quotation in the sentence
    (""...," he will say, according to excerpts" is words released ahead)."""
    return (
        any(ch.dep_ == "aux" and ch.lower_ in FUTURE for ch in tok.children)
        and any(ch.dep_ == "ccomp" for ch in tok.children)
        and not any(ch.dep_ in FRAMED_AS_SAID for ch in tok.children)
        and not DOUBLE_MARK.search(text)
    )


MAYBE = {"may", "might", "could", "can"}
"""Modals of what may happen ("Republicans may now ask whether ...", "she can deny him the nomination")."""
ADVISED = {"should"}
"""The modal of advice, on a verb a gerund cue hangs on ("she should start by asking why ..."): the way someone is
told to act, not their words (a cue of its own with it is a statement: "I should say that ...")."""
IF_MARKS = frozenset({"if", "unless"})


def _hypothetical(tok: Any, text: str) -> bool:
    """The cue is what someone may do, not words said: a verb with "may", "might", "could" or "can" ("may now ask
    whether ...", not "may have told": a hedged report), in an "if"/"unless" or "whether" clause ("if Marr asks him
    about ...", "a question about whether she thought ..."),
    with "will" and no reported clause ("will answer the charge"), or a gerund hanging on such a verb ("will answer
    it by mentioning the fact that ..."); a quotation in the sentence keeps it (words given ahead)."""
    if DOUBLE_MARK.search(text):
        return False
    verb = tok
    if tok.lower_.endswith("ing") and tok.dep_ in ("pcomp", "advcl") and tok.head.dep_ == "prep" and tok.i > tok.head.i:
        verb = tok.head.head  # "will answer the charge by mentioning ...": the gerund is the way of that act
    elif tok.lower_.endswith("ing") and tok.dep_ == "pcomp" and tok.head.dep_ == "conj" and tok.i > tok.head.i:
        verb = tok.head.head  # "should start by making ..., and by asking why ...": the second way of that act
        while verb.dep_ == "prep" and any(ch.dep_ == "pcomp" for ch in verb.children):
            verb = verb.head
    aux = {ch.lower_ for ch in verb.children if ch.dep_ == "aux"}
    if (aux & MAYBE or (verb is not tok and aux & ADVISED)) and "have" not in aux:
        return True
    if verb.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in IF_MARKS for ch in verb.children):
        return True
    if any(ch.dep_ == "mark" and ch.lower_ == "whether" for ch in tok.children):
        return True  # "a question about whether she thought ...": what was asked of her, not her words
    if aux & FUTURE and not any(ch.dep_ in ("ccomp", "parataxis") for ch in tok.children):
        return verb is not tok or not any(ch.dep_ == "xcomp" for ch in tok.children)  # "will urge them to vote"
    return False


def _absolute(tok: Any) -> bool:
    """ "With all precincts reporting, the race ...": a participle after "with" that tells a state of things, no
    words reported."""
    return tok.lower_.endswith("ing") and tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "without")


AT_WORK = {"report", "write"}
"""Cues that, with a preposition and no clause or quotation after them, name a journalist's or writer's work, not
words: "reporting on a fuel shortage", "had reported from the capital since 2022", "wrote for the paper"."""
_QUOTE_OR_COLON = re.compile(r"[:\"“”«»]")
TOPIC_PREPOSITIONS = frozenset({"about", "on", "of", "regarding"})


def _at_work(tok: Any, lemma: str, text: str, subj: Any | None) -> bool:
    """The cue of :data:`AT_WORK` goes on with a preposition of its own (no object, no clause), nothing quoted in the
    sentence or introduced by a colon after the cue ("wrote on Facebook: ..." gives words), and no clause set off
    before its speaker ("Sales fell, the company reported on Tuesday" reports the sales)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if lemma not in AT_WORK or nxt is None:
        return False
    if (nxt.dep_ != "prep" or nxt.head.i != tok.i) and nxt.lower_ not in TOPIC_PREPOSITIONS:
        return False  # ("wrote about a morning ...": the parse may make "about" an adverb of "a morning")
    if _QUOTE_OR_COLON.search(text, tok.idx + len(tok.text)) or _QUOTE_OR_COLON.search(text, 0, tok.idx):
        return False
    first = subj.left_edge.idx if subj is not None and subj.i < tok.i else tok.idx
    return not _SET_OFF_BEFORE.search(text, 0, first)


_SET_OFF_BEFORE = re.compile(r"[,;\u2014\u2013-]\s*$")


GENERIC_DETERMINERS = {"every", "any", "each"}


def _present_third(t: Any) -> bool:
    """A verb in the present third person singular, by its form (the parse has no tagger): "pays", "tells"."""
    w = t.lower_
    return w.endswith("s") and not w.endswith(("ss", "us", "is")) and w != "was" or w == "is"


def _generic_subject(subj: Any, tok: Any) -> bool:
    """The subject is anyone at all who does something, and the cue is in the present, as a rule ("Every government
    that pays this price tells Varskova that ...", "any company that hides its losses says ..."): the writer's
    argument, no one's words. Not a past report of the people asked ("every official who has seen it said ...")."""
    return (
        _present_third(tok)
        and any(ch.dep_ == "det" and ch.lower_ in GENERIC_DETERMINERS for ch in subj.children)
        and any(ch.dep_ == "relcl" and _present_third(ch) for ch in subj.children)
    )


OBLIGED = {"should", "must", "ought"}
ADMITTED = {"refugee", "migrant", "immigrant", "asylum", "student", "patient", "visitor", "applicant", "member"}
"""Nouns of those a country, school, hospital or club lets in (the other "admit")."""


def _let_in(tok: Any) -> bool:
    """ "admit" as letting in, no admission of a fact: its object is people named by where they are from or by what
    they come in as ("admit 250,000 Syrians", "admitted more refugees"; not "admitted 12 mistakes"), or it goes
    "into" a place ("admitted into the country"), and there is no clause or quotation of what was admitted."""
    kids = _content_kids(tok)
    if any(not _plain_object(ch) for ch in kids):
        return False
    if any(ch.dep_ == "prep" and ch.lower_ == "into" for ch in tok.children):
        return True
    # (the parse has no tags: a capitalised plural is a people's name, "Syrians")
    return any((ch.text[:1].isupper() and ch.lower_.endswith("ns")) or ch.lower_.rstrip("s") in ADMITTED for ch in kids)


def _urged(tok: Any, subj: Any | None) -> bool:
    """The cue is what someone ought to do ("Lind said the minister *should explain* the gap", "the board must
    disclose the loss"): a demand or a duty, said by another if at all; no speech act of the cue's subject. Not "I
    must say that ...": the writer says it there."""
    return (subj is None or subj.lower_ != "i") and any(
        ch.dep_ == "aux" and ch.lower_ in OBLIGED for ch in tok.children
    )


def _around_aside(tok: Any, subj: Any) -> tuple[int, int] | None:
    """ "Ana de la Vega resigned on Tuesday, colleagues said, after a memo revealed ...": a cue set off by commas
    after the main clause it hangs on (parataxis), with more of that clause after it; what was said is the main
    clause around the aside (the whole sentence, as :func:`_plain_frame` reads "A, NP said, B" and as annotators
    mark it), not only the words after it. So too when the main verb comes after the aside and the clause's subject
    before it ("A Varga government, Holm vowed, would bring jobs": the government is what he vowed of, so the words
    start with it)."""
    head, doc = tok.head, tok.doc
    if tok.dep_ != "parataxis" or head.i == tok.i or head.dep_ != "ROOT" or subj.i > tok.i:
        return None
    first, right = subj.left_edge.i, tok.right_edge.i
    if first == 0 or doc[first - 1].text != "," or doc[right].text != ",":
        return None
    if not any(not t.is_punct for t in doc[right + 1 :]):
        return None
    lo, last = head.left_edge.i, len(doc) - 1
    while last > right and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if first - lo < 2 or (head.i > tok.i and sum(not t.is_punct for t in doc[lo:first]) < 2):
        return None  # ("Now, she said, the ...": one word before the aside, the words are what follows it)
    return doc[lo].idx, doc[last].idx + len(doc[last].text)


DEMONSTRATIVES = {"that", "this", "these", "those"}


def _demonstrative(subj: Any, tok: Any) -> bool:
    """A subject that is only "that" or "this" ("That only tells us the rules are a disgrace"): a fact or an argument
    that shows something, no one who says it; not the "that" of a relative clause ("a letter that said ...")."""
    return (
        subj.lower_ in DEMONSTRATIVES
        and tok.dep_ not in EMBEDDED_ON_SUBJECT
        and subj.head.i == tok.i
        and not any(True for _ in subj.children)
    )


def _order_to(tok: Any) -> bool:
    """ "Advise" tells its object to do something ("advising his supporters ... to attempt to vote twice"): an
    infinitive hangs on it. That is speech, though advising a client is not. (Not "adding communities to
    neighbourhoods so they could use funds to build ...": only "advise".)"""
    return cue_lemma(tok.text) == "advise" and any(
        ch.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)
        for ch in tok.children
    )


def _bare_object(tok: Any) -> bool:
    """A direct object that only names a thing and ends its clause: its head with articles, adjectives, numbers and
    nouns before it ("an inquiry", "a full review"), then a punctuation mark, a conjunction or the end (not "tougher
    checks" + "on every formula maker", which the parse may hang on the verb)."""
    if tok.dep_ != "dobj" or not all(
        t.i == tok.i or (t.i < tok.i and t.dep_ in ("det", "amod", "compound", "nummod", "poss", "advmod"))
        for t in tok.subtree
    ):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.is_punct or nxt.dep_ == "cc"


def _no_speech_object(tok: Any, lemma: str | None) -> bool:
    """The cue's object is no speech: a plain noun phrase after a cue of :data:`OBJECT_IS_NO_SPEECH`, a bare one
    after a promise (:data:`PROMISES`), an act's object after a cue of :data:`ACT_OBJECTS`."""
    # (an object before the cue is a relative pronoun: "which state media claimed now allows ...")
    return (
        (lemma in OBJECT_IS_NO_SPEECH and _plain_object(tok) and tok.i > tok.head.i)
        or (lemma in PROMISES and (_bare_object(tok) or (tok.dep_ == "dobj" and tok.lower_ in PLEDGED_ACTS)))
        or (
            lemma in ACT_OBJECTS
            and _plain_object(tok)
            and tok.i > tok.head.i
            and (tok.lower_ in ACT_OBJECTS[lemma] or tok.lower_.removesuffix("s") in ACT_OBJECTS[lemma])
            and not _QUOTED_NEXT.match(tok.doc.text, tok.head.idx + len(tok.head.text))
        )
        or (
            lemma in ANSWERED_WITH
            and _plain_object(tok)
            and tok.i > tok.head.i
            and any(
                ch.dep_ == "prep" and ch.lower_ == "with" and ch.i > tok.i for ch in (*tok.head.children, *tok.children)
            )
        )
    )


ANSWERED_WITH = frozenset({"answer"})
"""Cues whose object followed by "with ..." is what was met by an act or a mood, not words ("had answered the families'
grief with open contempt", "answered the charge with a lawsuit"); "answered that ..." and "answered questions" stay."""


def _act_after(subs: list[Any]) -> Any:
    """The participle of an act that ends the reported clause's tokens after a comma ("that he would not seek a
    recount, *conceding the race to Holm*"): the writer's account of what the speaker did, no words; None if none."""
    for t in subs:
        lemma = cue_lemma(t.text)
        if (
            t.dep_ == "advcl"
            and t.lower_.endswith("ing")
            and lemma in ACT_OBJECTS
            and t.i > 0
            and t.nbor(-1).text == ","
            and any(_no_speech_object(ch, lemma) for ch in t.children)
        ):
            cut = [u.i for u in t.subtree]
            if max(cut) == max(u.i for u in subs) and min(cut) == t.i:
                return t
    return None


def _act_end(tok: Any) -> int | None:
    """Where (in the sentence) the cue's reported clause ends before a participle of an act (:func:`_act_after`)."""
    subs = [t for ch in _content_kids(tok) if ch.i > tok.i for t in ch.subtree]
    act = _act_after(subs) if subs else None
    return None if act is None else act.nbor(-1).idx


ACT_OBJECTS = {
    "concede": frozenset(
        {"race", "election", "contest", "primary", "nomination", "defeat", "seat", "game", "match", "title", "vote",
         "runoff", "caucus", "caucuses", "campaign", "presidency", "leadership", "bid"}
    ),
    "acknowledge": frozenset(
        {"crowd", "audience", "applause", "cheer", "cheers", "ovation", "supporter", "fan", "well-wisher", "wave",
         "salute", "greeting", "chant"}
    ),
    "answer": frozenset({"door", "phone", "call", "bell", "doorbell", "telephone", "summons"}),
    "tweet": frozenset(
        {"photo", "photograph", "picture", "image", "video", "clip", "link", "screenshot", "selfie", "map", "chart",
         "copy", "meme", "gif"}
    ),
}  # fmt: skip
"""Cues whose object, when it names one of these, makes the cue an act and not a report of words: "conceded the race
to Holm" (a defeat accepted), "acknowledged the crowd" (a gesture), "answered the door". The row would show the
object ("the race"), nothing the speaker said ("tweeted out a photo of her letter": a picture shown); "conceded that the plan had failed", "acknowledged the crowd's anger
was justified" (a clause), "conceded defeat, saying ..." (the words follow) are reports."""


def _plain_object(tok: Any) -> bool:
    """A direct object with no clause or quotation in it ("102,000 jobs"; not "a warning that "..."). A comparison
    is no clause of its own ("fewer jobs *than expected* in May", "as many jobs as forecast")."""
    compared = {t.i for ch in tok.subtree if _comparison(ch) for t in ch.subtree}
    return tok.dep_ == "dobj" and not any(
        t.i not in compared and (t.dep_ in ("acl", "relcl", "ccomp", "advcl", "xcomp") or DOUBLE_MARK.search(t.text))
        for t in tok.subtree
    )


COUNT_WORDS = frozenset({"more", "fewer", "less", "most", "fewest", "least"})
BE_FORMS = frozenset({"is", "are", "was", "were", "'s", "'re", "been", "be"})


def _counted(tok: Any) -> bool:
    """A noun phrase that is a count: a number, or "more"/"fewer" ... ("312 new cases", "more fever cases")."""
    return tok.like_num or any(
        ch.dep_ == "nummod" or (ch.dep_ in ("amod", "advmod", "det") and ch.lower_ in COUNT_WORDS)
        for ch in tok.children
    )


def _tally(tok: Any) -> bool:
    """ "report" with only a count as its object, told as a running tally ("Norvania *is reporting* 4,210 cases") or
    ranked against others ("reported more deaths *than any country*"): the state of a count, the writer's figure, no
    statement of the subject's (not "the ministry reported 312 new cases on Friday", nor "reported that ...", nor a
    quotation after the verb)."""
    if _QUOTED_NEXT.match(tok.doc.text, tok.idx + len(tok.text)):
        return False
    kids = _content_kids(tok)
    if not kids or not all(_plain_object(ch) and _counted(ch) for ch in kids):
        return False
    running = tok.lower_.endswith("ing") and any(ch.dep_ == "aux" and ch.lower_ in BE_FORMS for ch in tok.children)
    ranked = any(t.lower_ == "than" and t.head.i in {u.i for u in ch.subtree} for ch in kids for t in ch.subtree)
    return running or ranked


def _comparison(tok: Any) -> bool:
    """A clause opened by "than" or "as" that compares with the noun it hangs on ("than expected")."""
    return tok.dep_ in ("advcl", "acl") and any(
        ch.dep_ == "mark" and ch.lower_ in ("than", "as") and ch.i < tok.i for ch in tok.children
    )


def _described_by_object(tok: Any) -> bool:
    """A relative clause whose cue has only a counted noun phrase after it ("the agency, which had first reported
    seven cases"): it tells the reader who the antecedent is by a figure it gave, no statement of this report (not
    "which said that ...", "which denied any involvement", nor a quotation after the verb). Also a relative clause
    whose relative pronoun is the cue's object ("the winds *that forecasters had warned of*", "the future *that
    scientists have described*"): what was said is the noun it hangs on, so the words after the verb are the
    article's own (not "a plan that officials said would cut costs", where "that" is the subject of the words)."""
    if tok.dep_ != "relcl" or _QUOTED_NEXT.match(tok.doc.text, tok.idx + len(tok.text)):
        return False
    if _relative_object(tok):
        return True
    kids = _content_kids(tok)
    return (
        bool(kids)
        and all(_plain_object(ch) for ch in kids)
        and all(ch.like_num or any(g.dep_ == "nummod" for g in ch.children) for ch in kids)
    )


_RELATIVE_PRONOUNS = frozenset({"that", "which", "whom", "what"})


_AS_NEXT = re.compile(r"\s+as\b")


_CHARGE_NEXT = re.compile(r"\s+(?:him|her|them|it\s+)?(?:of|for)\s+(?:\w+\s+)?\w+ing\b", re.I)
"""After a cue, "of"/"for" and a verb in -ing: what someone is accused or blamed of ("accused of masterminding")."""


def _relative_object(tok: Any) -> bool:
    """The relative clause cue ``tok`` has the relative pronoun before it as its object, or as the object of a
    preposition left after it ("that forecasters had warned *of*"; not "a lawsuit *in which* Democrats argued that
    ..."), and no clause of its own after it nor a verb with no subject next ("which officials claimed now allows ...": the
    pronoun is the subject of the words reported, whatever the parse says) nor
    "as" with what it was called ("an explosion that the mayor described as "an intentional act"")."""
    if any(ch.dep_ in {"ccomp", "xcomp"} and ch.i > tok.i for ch in tok.children):
        return False
    after = tok.i + 1
    while after < len(tok.doc) and tok.doc[after].dep_ in {"advmod", "neg"}:
        after += 1
    verb = tok.doc[after] if after < len(tok.doc) else None
    if (
        verb is not None
        and verb.dep_ in {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "aux"}
        and not any(ch.dep_ in SUBJ and ch.i < verb.i for ch in verb.children)
    ):
        return (
            False  # "which state media claimed now allows ...": a verb with no subject next, the pronoun's (misparsed)
        )
    text = tok.doc.text
    if _AS_NEXT.match(text, tok.idx + len(tok.text)):
        return False
    objects = [ch for ch in tok.children if ch.dep_ in {"dobj", "dative"}]
    stranded = [ch for ch in tok.children if ch.dep_ == "prep" and ch.i > tok.i]
    objects += [g for ch in stranded for g in ch.children if g.dep_ == "pobj"]
    if any(ch.i > tok.i and _AS_NEXT.match(text, ch.idx + len(ch.text)) for ch in stranded):
        return False  # "which RT pointed to as an example of ...": what it was called
    if _CHARGE_NEXT.match(text, tok.idx + len(tok.text)):
        return False  # "whom she has accused of selling pipe dreams": the charge is what is said of the one named
    return any(t.lower_ in _RELATIVE_PRONOUNS and t.i < tok.i for t in objects)


def _stray_clause(ch: Any, tok: Any) -> bool:
    """A verb the parse hung on a cue of :data:`OBJECT_IS_NO_SPEECH` after its noun-phrase object, with no
    subject of its own ("announced a recall of three batches, as a precaution after tests found bacteria in ...":
    the tests found it; "found" is no clause the company announced)."""
    return (
        ch.dep_ == "ccomp"
        and ch.i > tok.i
        and not any(g.dep_ in SUBJ or g.dep_ == "mark" for g in ch.children)
        and any(_plain_object(o) and tok.i < o.i < ch.i for o in tok.children)
    )  # (not "which state media claimed now allows ...": the object before the cue is the clause's subject)


def _across_semicolon(ch: Any, tok: Any) -> bool:
    """A clause the parse hung on the cue from before a semicolon ("Organisers said 20,000 marched*;* police said
    about 6,000") or a colon that the cue's subject follows ("Orle's recovery has stalled*:* employers added only
    12,400 jobs"): a sentence of its own that the cue's clause goes on from, never what the cue's subject reports."""
    if ch.i >= tok.i:
        return False
    between = tok.doc[ch.right_edge.i + 1 : tok.i]
    if any(t.text == ";" for t in between):
        return True
    subj = _subject(tok)
    return subj is not None and any(t.text == ":" and t.i < subj.left_edge.i for t in between)


def _small_clause(tok: Any) -> bool:
    """The cue's only clause has an object pronoun for its subject and no verb of its own ("declared *him the
    victor*", "called *her a liar*"): what the cue's subject made someone, not words it reported."""
    kids = _content_kids(tok)
    return bool(kids) and all(
        ch.dep_ in ("ccomp", "oprd")
        and not any(g.dep_ in ("aux", "auxpass", "cop", "mark") for g in ch.children)
        and any(g.dep_ == "nsubj" and g.lower_ in _OBJECT_PRONOUNS for g in ch.children)
        for ch in kids
    )


_TO_NEXT = re.compile(r"\s+to\b", re.I)
_WORDS_FOLLOW = re.compile(r":|\b(?:that|saying|whether|question|questions)\b|\bby\s+(?:\w+ly\s+)?(\w+ing)\b", re.I)
"""What after "responded to X" brings in words ("responded to the claim that ...", "responded by saying"; not
"responded to the order by challenging it in court", an act: after "by", only a speech verb)."""


def _words_follow(text: str, pos: int) -> bool:
    """Words are brought in after ``pos`` (:data:`_WORDS_FOLLOW`; "by" with a speech verb's -ing form only)."""
    return any(m.group(1) is None or cue_lemma(m.group(1)) is not None for m in _WORDS_FOLLOW.finditer(text, pos))


_ABOUT_NEXT = re.compile(r"\s+(?:about|regarding|concerning)\b", re.I)
_OF_NEXT = re.compile(r"\s+of\b", re.I)
"""What tells the topic after the one informed, notified or reminded ("informed the board *of* the sale"); after
"told" it is part of the one told ("told a meeting of island leaders that ...")."""


TOLD_THINGS = frozenset(
    {"story", "stories", "lie", "lies", "truth", "joke", "jokes", "tale", "tales", "version", "anecdote", "anecdotes"}
    | {"secret", "secrets", "fib", "fibs", "falsehood", "falsehoods", "untruth", "untruths", "difference"}
)
"""What "tell" can have for its object as the thing told, not the one told ("tells so many lies that ...", "told the
story of ...", "to tell a fuller version of his life story"): a kind of telling named, no words reported."""


def _told_thing(tok: Any, lemma: str | None, text: str) -> bool:
    """A telling whose object is the thing told (:data:`TOLD_THINGS`), with no quotation or colon after the cue to
    give its words: what kind of telling, not what was said (not 'told reporters the story was false', where the
    noun is the subject of the words, nor 'told the story of his father: "..."')."""
    return (
        lemma == "tell"
        and any(ch.dep_ == "dobj" and ch.lower_ in TOLD_THINGS for ch in tok.children)
        and not _QUOTE_OR_COLON.search(text, tok.idx + len(tok.text))
    )


def _act_to(tok: Any, lemma: str | None, text: str) -> bool:
    """ "responded to reports of smoke", "declined to directly respond to a question", "responded with a minimum of
    defensiveness", "adding to her lead": a preposition after the cue (and its adverbs) names what it went to or how,
    no words."""
    if _TO_NEXT.match(text, tok.idx + len(tok.text)):
        return True
    preps = {"add": ("to",), "contend": ("for",)}.get(lemma or "", ("to", "with"))
    return any(ch.dep_ == "prep" and ch.lower_ in preps and ch.i > tok.i for ch in tok.children)


def _described_thing(tok: Any, text: str) -> bool:
    """ "describe" with only a noun-phrase object, no "as" after it and no quotation or colon: what was described,
    not how (not 'described his plan as "a work in progress"', 'described the scene: "..."')."""
    kids = _content_kids(tok)
    return (
        bool(kids)
        and all(_plain_object(ch) for ch in kids)
        and not any(ch.lower_ == "as" for ch in tok.children)
        and not any(t.lower_ == "as" for ch in kids for t in ch.subtree)
        and not _QUOTE_OR_COLON.search(text, tok.idx + len(tok.text))
    )


def _told_about(tok: Any, lemma: str | None, text: str) -> bool:
    """A cue of telling whose only object is the one told, then what it was about ("told the committee *about her
    plan*", "informed the board of the sale"): whom and what about, no words (not "told reporters the plan was
    dead", "told the Ledger: "...""), with no quotation or colon after the cue."""
    kids = _content_kids(tok)
    if lemma not in _TOLD or not kids or any(ch.dep_ != "dobj" for ch in kids):
        return False
    if _QUOTE_OR_COLON.search(text, tok.idx + len(tok.text)):
        return False
    end = max(t.idx + len(t.text) for ch in kids for t in ch.subtree)
    # (the parse may hang "of the sale" on the one told: "informed the board of the sale")
    topic = (_ABOUT_NEXT,) if lemma == "tell" else (_ABOUT_NEXT, _OF_NEXT)
    return any(p.match(text, end) or any(p.match(text, ch.idx + len(ch.text)) for ch in kids) for p in topic)


def _content_clause(tok: Any) -> tuple[int, int] | None:
    kids = [ch for ch in _content_kids(tok) if not _across_semicolon(ch, tok)]
    if cue_lemma(tok.text) in OBJECT_IS_NO_SPEECH:
        kids = [ch for ch in kids if not _stray_clause(ch, tok)]
    quoted = _QUOTED_NEXT.match(tok.doc.text, tok.idx + len(tok.text))  # declaring "attorney-client privilege is dead!"
    if not kids or (
        all(_no_speech_object(ch, cue_lemma(tok.text)) for ch in kids) and not quoted and not _order_to(tok)
    ):
        return None
    if any(ch.dep_ != "dobj" for ch in kids):  # "told reporters (that) ...": the object is the one told
        kids = [ch for ch in kids if ch.dep_ != "dobj"]
    after = [ch for ch in kids if ch.i > tok.i]
    subs = [t for ch in (after or kids) for t in ch.subtree]
    if after and tok.dep_ == "relcl" and all(t.lower_ in RELATIVE or t.i >= tok.i for t in subs):
        # "the sea wall, which she said residents take pride in": the relative pronoun the clause fronts, and the
        # cue itself, are no words of the speaker's (not "what the senators said was ...")
        subs = [t for t in subs if t.i > tok.i]
    if (act := _act_after(subs)) is not None:
        subs = [t for t in subs if t.i < act.i - 1]
    lo, hi = min(subs, key=lambda t: t.i), max(subs, key=lambda t: t.i)
    # "said that X": keep the complementiser, as annotators do
    if lo.i > 0 and lo.nbor(-1).lower_ == "that":
        lo = lo.nbor(-1)
    return lo.idx, hi.idx + len(hi.text)


CUE_WORD = re.compile(r"[A-Za-z]+")


def _cue_tokens(sdoc: Any, text: str) -> list[Any]:
    """The tokens that may be cues, found from the sentence's text (visiting every token object, or
    asking the doc for its text, is slow)."""
    hits = [m for m in CUE_WORD.finditer(text) if m.group(0).lower() == "according" or cue_lemma(m.group(0))]
    if not hits:
        return []
    starts = [i for (i,) in sdoc.to_array(["IDX"]).reshape(-1, 1).tolist()]
    out = []
    for m in hits:
        k = bisect.bisect_left(starts, m.start())
        if k < len(starts) and starts[k] == m.start() and sdoc[k].text == m.group(0):
            out.append(sdoc[k])
    return out


_TOOK_LIVES = re.compile(r"\s+(?:the\s+|\w+\s+)?li(?:fe|ves)\b", re.I)
_RELATIVE_SUBJECT = re.compile(r"\s+(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\b(?!\s+(?:that|to)\b)")
_QUANTIFIED = re.compile(
    r"\b(?i:everything|anything|nothing|something|all|much|most|little)\s+(?:that\s+)?"
    r"(?:(?i:he|she|they|we|you|i)|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)\s+$"
)
_CORRECTED_ASIDE = re.compile(r",\s+not\s+[^,;:\"\u201c\u201d]{1,40}?\s+as\s+[^,;:\"\u201c\u201d]{1,60}?$")
"""A cue in an aside that corrects what someone first gave ("Fourteen cars derailed, *not eleven as the railroad
first said*, ..."): the speaker's words are the figure the sentence denies, and what follows the aside's comma is
the sentence's own report, none of this cue's."""
"""A cue verb between "everything X" and "is" / "was" sits in a clause that is the subject of that verb
("not everything Trump says is true"), not a report of speech; "which he said were at his side" and "what
the senators said was gerrymandering" are reports and stay."""


_WHAT_SUBJECT = re.compile(
    r"\b(?i:what)\s+(?:(?i:he|she|they|we|you|i)|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)"
    r"(?P<aux>\s*['’](?:s|re|m)|\s+(?:is|are|was|were|am))?\s+$"
)
_OBJECT_PREP = re.compile(r"(?:\s+(?:me|us|him|her|them|you|it))?(?P<prep>\s+(?:of|about|for|with|to|on))?")


_VERSION_NOTICE = re.compile(
    r"(?i:\b(?:an?|the)\s+(?:earlier|previous|original|prior)\s+version"
    r"(?:\s+of\s+(?:this|the|our|its)\s+(?:article|story|report|post|piece|item)"
    r"(?:\s+(?:of|from|on|published(?:\s+on)?)\s+[^,.;:!?\n\"“”]{1,40}?)?)?\s*(?:,[^,]{0,40},\s*)?)$"
)
"""The subject of a correction note's cue: the article's own earlier version, no one quoted. "of this article" may
be "our report", with the day it ran ("An earlier version of our report of 11 August said ..."); it may
be left out when the note's first sentence said which ("This article has been updated to correct ... An earlier
version said ..."): a version that speaks, with no owner, is a text's, and a text's own earlier wording is no quote."""


_HEDGE_FORMS = frozenset(
    {
        "said",
        "thought",
        "believed",
        "reported",
        "alleged",
        "rumoured",
        "rumored",
        "understood",
        "known",
        "considered",
        "reputed",
        "estimated",
        "feared",
        "suspected",
        "presumed",
    }
)
_HEDGE_NEXT = re.compile(r"\s+to\s+(?:be|have)\b", re.I)
_HEDGE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|am)\s+|(?:\bn['’]t|\bnot)\s+)(?:\w+ly\s+)?$", re.I)


def _hedge(text: str, tok: Any) -> bool:
    """ "a dead dog, *thought to be* the family's pet", "A man *said to have been* released": a reduced passive
    ("who is said to") that hedges what the writer says; nobody speaks and nothing is reported by anyone named.
    (With "is"/"was" before it, the passive rules take it; "He claimed to be" is no form here: the claim is his.)"""
    end = tok.idx + len(tok.text)
    return (
        tok.lower_ in _HEDGE_FORMS
        and _HEDGE_NEXT.match(text, end) is not None
        and _HEDGE_BEFORE.search(text, 0, tok.idx) is None
        and not (tok.i > 0 and tok.nbor(-1).lower_ in PRONOUNS)  # "He said to have patience ...": his words
    )


_HEARSAY = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:" + "|".join(sorted(_HEDGE_FORMS)) + r")"
    r"(?:\s+by\s+[^,.;:!?\"\u201c\u201d()]{1,80}?)?\s+to\s+(?:have\s+)?(?:\w+ly\s+)?$",
    re.I,
)
"""Right before a cue verb: "X was said (by officials) to have", "is reported to": the act is told of X by hearsay
("Vorn was said by Brenn officials to have asked for the meeting herself"): not X's words the text gives as said,
nor the officials' (what they said is about X, and the cue is not their verb)."""


def _hearsay(text: str, tok: Any) -> bool:
    """A cue verb in the infinitive of a passive report (:data:`_HEARSAY`): no quote."""
    return _HEARSAY.search(text, 0, tok.idx) is not None


_CONDITION_MARKS = frozenset({"if", "unless", "once", "until", "when"})


def _condition(tok: Any) -> bool:
    """ "*If confirmed* by the Senate, she will ...": a participle in a condition, with no subject: something that
    may happen, not words anyone said."""
    kids = list(tok.children)
    return (
        tok.dep_ in ("advcl", "csubj", "ROOT")
        and tok.lower_.endswith(("ed", "en", "wn"))
        and any(ch.dep_ == "mark" and ch.lower_ in _CONDITION_MARKS for ch in kids)
        and not any(ch.dep_ in SUBJ for ch in kids)
    )


_QUOTED_NEXT = re.compile(r"[\s:,]*[\"“‘'«]")
"""A quotation right after the cue: its object is words ("declaring “attorney-client privilege is dead!”")."""


def _what_is_said(text: str, start: int, end: int) -> bool:
    """The cue's clause is "what X is saying" or "what X accused me of", the subject of the "is" after it: its
    object is "what", so the words after "is" are someone's judgement of it, not X's ("what he's saying is a bunch
    of garbage", "what he's accusing me of is a Russian plant"). "what the senators said was gerrymandering" keeps
    its report: nothing there shows the clause is complete."""
    before = _WHAT_SUBJECT.search(text, max(0, start - 60), start)
    if before is None:
        return False
    rest = _OBJECT_PREP.match(text, end)
    assert rest is not None
    progressive = before.group("aux") is not None and text[start:end].lower().endswith("ing")
    return (progressive or rest.group("prep") is not None) and bool(_RELATIVE_SUBJECT.match(text, rest.end()))


def _appositive(tok: Any) -> Any:
    """ "the presumptive nominee, Donald Trump, tweeted": the parser hangs the verb on the noun as a clause
    of it (acl); the speaker is the name in apposition."""
    head = tok.head
    if tok.dep_ != "acl" or head.i >= tok.i or tok.i - head.i > 8:
        return None
    names = [c for c in head.children if c.dep_ == "appos" and c.text[:1].isupper() and c.i < tok.i]
    return names[0] if names else None


CLAUSE_BREAK = re.compile(r"[,;\u2014\u2013()]|-{1,2}")
"""Punctuation that closes an embedded clause before the main clause goes on (not a quotation mark)."""
EMBEDDED_ON_SUBJECT = ("relcl", "acl")
"""A clause hanging on a noun: a relative or participial clause ("X, who denied the charge, ...")."""
INSIDE_SUBJECT = frozenset({"pobj", "prep", "agent", "acl", "relcl", "appos", "compound", "conj", "poss"})
"""What lies between a subject's head and a noun inside it ("the bill *levied by* the EU")."""


def _clause_end(tok: Any) -> int | None:
    """The end (in the sentence) of the cue's clause when it is embedded before the clause it belongs to and that
    clause goes on after it: a relative or participial clause on the main verb's subject ("Müller, *who denied the
    charge throughout the trial*, showed no reaction"), or an adverbial clause before its main clause ("*After he
    admitted using the code*, he said ..."). The main clause's first word after the cue (its verb, or a word of
    its own before the verb: "was", a subject) closes it; None when the cue's clause is the main one or ends the
    sentence."""
    if tok.dep_ in EMBEDDED_ON_SUBJECT:
        noun = tok.head  # up to the subject the clause is part of ("the bill levied by the EU, which contended ...")
        while noun.dep_ in INSIDE_SUBJECT and noun.head.i != noun.i:
            noun = noun.head
        if noun.i > tok.i or noun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = noun.head
    elif tok.dep_ == "advcl" and not _parenthetical(tok):
        verb = tok.head
    else:
        return None
    if verb.i <= tok.i:
        return None
    doc = tok.doc
    own = [c.left_edge.i for c in verb.children if c.i > tok.i and not c.is_punct and tok not in c.subtree]
    first = min([verb.i, *own])
    last = first - 1
    while last > tok.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last <= tok.i or not any(CLAUSE_BREAK.fullmatch(t.text) for t in doc[last + 1 : first]):
        return None  # no comma or dash before the main clause: perhaps no clause at all ("the Republican’s")
    if _open_quotation(doc.text[tok.idx : doc[first].idx]):
        return None  # "telling the crowd, “Some people ...”": a quotation goes on there, the cue's own words
    end = doc[last].idx + len(doc[last].text)
    if _open_quotation(doc.text[tok.idx : end]):
        closing = [t for t in doc[last + 1 : first] if QUOTE_MARK.fullmatch(t.text)]
        if closing:
            end = closing[-1].idx + len(closing[-1].text)  # 'were "truthful," it is': with its closing mark
    return end


def _before_semicolon(tok: Any) -> int | None:
    """The end of the cue's clause when a semicolon ends it and the sentence's main verb comes after that ("Organisers
    claimed that 15,000 had joined it on Monday*;* police put the figure at about 4,000": the police's figure is no
    part of the organisers' claim); None otherwise."""
    root = tok
    while root.head.i != root.i:
        root = root.head
    if root.i <= tok.i:
        return None
    semi = next((t for t in tok.doc[tok.i + 1 : root.i] if t.text == ";"), None)
    if semi is None or semi.i - 1 <= tok.i:
        return None
    last = tok.doc[semi.i - 1]
    return last.idx + len(last.text)


def _parenthetical(tok: Any) -> bool:
    """ "As Smith told the Post, ...", "the executive told the Post, ...", "as critics have pointed out, ...": the
    cue says nothing of its own (no clause, no object but the one told), so the main clause is what was said. Not "As
    Obama said that he ..., his aides ...", "as they vowed to go on, ...", "When she announced 6,000 layoffs, ...":
    there the cue's own words end its clause."""
    kids = _content_kids(tok)
    return all(c.dep_ == "dobj" for c in kids) and (not kids or cue_lemma(tok.text) in ADDRESSED)


QUOTE_MARK = re.compile(r"[\"\u201c\u201d]|''|``")


def _open_quotation(text: str) -> bool:
    """A quotation opened in ``text`` is not closed by its end (curly, straight or doubled marks)."""
    if "``" in text:
        return text.count("``") > text.count("''")
    return text.count("\u201c") > text.count("\u201d") or text.count('"') % 2 == 1 or text.count("''") % 2 == 1


def _gap_clause(tok: Any) -> bool:
    """The cue verb heads a comparative clause ("a smaller benefit *than the company announced*") or a relative clause
    whose object is the noun it describes ("not the miracle *one tabloid promised*"): what was said is that noun
    or the thing compared, never the words that follow the clause. Not "Smith, who said ...", whose relative
    pronoun is the subject."""
    if any(ch.dep_ == "mark" and ch.lower_ == "than" for ch in tok.children):
        return True
    if tok.dep_ != "relcl":
        return False
    # "a new low of the pandemic era — the Bureau of Labor Statistics reported Friday": a dash or a comma between the
    # noun and the clause makes the clause the sentence's attribution, however the parser hung it
    doc = tok.doc
    if any(doc[k].is_punct for k in range(tok.head.i + 1, tok.left_edge.i)):
        return False
    return not any(ch.dep_ in ("nsubj", "nsubjpass") and ch.tag_ in ("WP", "WDT", "WP$") for ch in tok.children)


def _reported_by_later_cue(tok: Any) -> bool:
    """A gap relative clause whose noun hangs on a speech verb later in the sentence ('Nothing *the premier said* "will
    calm people's nerves," the senator said'): the noun and all after it are that later speaker's words, the clause
    only tells what they are about, whatever the parse made of the words that follow it. Not "The plan the minister
    said would cut costs", whose noun is the subject of the minister's reported clause."""
    verb = tok.head.head
    return verb.i > tok.i and cue_lemma(verb.text) is not None and tok.head.dep_ not in ("nsubj", "nsubjpass")


def find_cues(sdoc: Any, base: int, text: str | None = None) -> list[Cue]:
    """Cues in one parsed sentence doc whose text (``text``, if given) starts at ``base`` in the
    article text."""
    text = sdoc.text if text is None else text
    out: list[Cue] = []
    sent = (base, base + len(text))
    for tok in _cue_tokens(sdoc, text):
        lemma = "according" if tok.lower_ == "according" else cue_lemma(tok.text)
        if lemma is None or (tok.i > 0 and tok.text[:1].isupper()):
            continue
        if lemma == "claim" and _TOOK_LIVES.match(text, tok.idx + len(tok.text)):
            continue  # "the shooting claimed the life of ...": took, not said
        if _RELATIVE_SUBJECT.match(text, tok.idx + len(tok.text)) and _QUANTIFIED.search(text[: tok.idx]):
            continue  # "everything Trump says is true": what is said, as a subject, is no quote
        if _CORRECTED_ASIDE.search(text, 0, tok.idx) and text[tok.idx + len(tok.text) :].lstrip()[:1] in (",", ""):
            continue  # "..., not eleven as Orrin Rail first said, the railroad confirmed": the corrected figure
        if _hedge(text, tok) or _condition(tok):
            continue  # "a dog thought to be the family's pet", "if confirmed by the Senate": nobody speaks
        if _hearsay(text, tok):
            continue  # "Vorn was said by officials to have asked for ...": told of her, no one's words
        if _what_is_said(text, tok.idx, tok.idx + len(tok.text)):
            continue  # "what he's saying is a bunch of garbage": the speaker's words are "what", judged by another
        if _charged_with_saying(tok):
            continue  # "accusing the network of falsely claiming that ...": the accuser's charge, no words of its own
        told = False
        subj = _according(tok) if lemma == "according" else (_cited(tok) or _inherited_subject(tok) or _appositive(tok))
        content = _content_clause(tok) if lemma != "according" else None
        if subj is not None and (issuer := _issuer(subj)) is not None:
            subj = issuer  # "according to a statement issued after a meeting by the Policy Board": the board's words
        if _put_to_subject(tok):
            subj = _agent(tok)
            if subj is None:
                continue  # "Asked whether ..., he said": a question put to him by someone unnamed, not his words
            content = _after_agent(tok, subj) or content  # "asked by Holt *whether ...*": Holt's question
        if content is not None and _DO_SO.fullmatch(text, content[0], content[1]):
            continue  # "as Grell has pledged to do": an act told elsewhere, named by "do", no words of hers
        plain_object = any(_no_speech_object(ch, lemma) for ch in tok.children) and not _order_to(tok)
        if plain_object and (content is None or DASH.search(text, tok.idx, content[0])):
            continue  # "employers added 102,000 jobs" (also with "— barely half what economists expected —")
        if (
            lemma == "describe"
            and tok.i + 1 < len(sdoc)
            and sdoc[tok.i + 1].lower_ == "as"
            and not any(ch.dep_ == "dobj" for ch in tok.children)
        ):
            continue  # "the candidates most often described as anti-establishment": who they are taken for
        if lemma == "describe" and _described_thing(tok, text):
            continue  # "U.S. leaders describe the enemy", "described their economic struggles": a topic, no words
        if _small_clause(tok):
            continue  # "news outlets declared him the victor": a ruling on someone, no words reported
        if _told_about(tok, lemma, text):
            continue  # "told the harbour committee about her ferry plan": whom and what about, no words
        if _told_thing(tok, lemma, text):
            continue  # "Holm tells so many lies that ...", "told the story of his father": the kind of telling
        if _described_by_object(tok):
            continue  # "the agency, which had first reported seven cases": who it is, not what it says here
        if lemma == "report" and _tally(tok):
            continue  # "Norvania is reporting more fever cases than any country": a count as it stands, no words
        if tok.dep_ in ("acomp", "amod"):
            continue  # "the hearing was revealing", "a telling remark": an adjective, nothing said
        if (
            lemma in WITH_IS_NO_SPEECH
            and _WITH_SOMEONE.match(text, tok.idx + len(tok.text))
            and (content is None or text.startswith("with", content[0]))
        ):
            continue  # "a former governor who argued with Ms. Brainard": quarrelled with her, nothing said
        if _participle_after_noun(tok, lemma):
            continue  # "revised up to 938,000 positions added, showing ...": jobs added, nothing said
        if _with_state(tok):
            continue  # "with passages underlined and notes written in the margins": the copy's state, no words
        if lemma == "cite" and tok.lower_.endswith("ing") and not any(ch.dep_ == "ccomp" for ch in tok.children):
            continue  # "The New York Times, citing three people familiar with ...": whom it relied on, not words
        if tok.tag_ == "VBG" and tok.dep_ == "advcl" and (kids := _content_kids(tok)) and all(map(_plain_object, kids)):
            continue  # "..., underscoring the gap between the parties": the writer's comment on what came before
        if content is not None and _unsaid(tok, text[content[0] :]):
            continue  # "Two others have not said who they would vote for": nothing was said
        if _hypothetical(tok, text) or (content is None and _absolute(tok)):
            continue  # "Republicans may now ask whether ...", "if Marr asks him", "with all precincts reporting"
        if _predicted(tok, text) or (subj is not None and _demonstrative(subj, tok)):
            continue  # "Ostrel will say it followed the rules": a forecast; "That only tells us ...": no one speaks
        if lemma in MUTE_CHECKED and subj is not None and _mute(subj):
            continue  # "The patch underscores how serious the hole is": the writer's reading of a thing, no speech
        if lemma in READ_INTO and subj is not None and _spoken_words(subj):
            continue  # "Her remarks suggested that ...": the writer's reading of what she said, not her words
        if lemma == "deny" and any(ch.dep_ == "dative" for ch in tok.children):
            continue  # "denied him the right to use the library", "denied her bail": a refusal, no words
        if (
            lemma in ("respond", "reply", "add", "contend")
            and content is None
            and _act_to(tok, lemma, text)
            and not QUOTE_MARK.search(text)
            and not _words_follow(text, tok.idx)
        ):
            continue  # "Police responded to reports of smoke": went there; "won the primary, adding to her lead": grew it
        if _urged(tok, subj):
            continue  # "said the minister should explain the gap": what she ought to do, nothing she said
        if content is None and _at_work(tok, lemma, text, subj):
            continue  # "detained while reporting on a fuel shortage", "had reported from Drovsk": work, no words
        if subj is not None and _generic_subject(subj, tok):
            continue  # "Every government that pays this price tells Varskova that ...": a rule, no one speaks
        if lemma == "admit" and _let_in(tok):
            continue  # "wanted to admit 250,000 Syrians": let them in, nothing said
        if content is None and lemma != "according" and _gap_clause(tok):
            continue  # "a smaller benefit than the company announced", "the miracle one tabloid promised": no words
        if _gap_clause(tok) and _reported_by_later_cue(tok):
            continue  # 'Nothing the premier said "will calm nerves," the senator said': the senator's words
        if lemma != "according" and _imperative_aside(tok, lemma, subj):
            continue  # "an outsider (think Mara Ostrow in Delby 2019) can surge": the reader bid to recall her
        if content is None and subj is not None and lemma != "according":
            content = _around_aside(tok, subj)
        if _negated(tok):
            continue  # "does not believe it's possible he will be convicted", "did not respond to requests for
            # comment": what follows was not said; a quote of it would state the opposite of the report
        if tok.dep_ == "acl" and subj is None and all(ch.dep_ == "dobj" for ch in _content_kids(tok)):
            continue  # "The woman accusing Brett Kavanaugh of sexual assault says": a description, nothing said
        if lemma in QUOTING and content is not None and _as_saying(tok, text):
            continue  # "quoted the governor as saying ...": its object is the one quoted; "saying" reports the words
        if subj is None and content is None:
            continue
        if subj is not None and _VERSION_NOTICE.search(text, 0, tok.idx):
            continue  # "Correction: an earlier version of this article said 23 ...": the paper's own earlier text
        if _infinitive_only(tok, lemma, subj) or _not_done(tok, text):
            continue
        if _gerund_noun(tok):
            continue  # "breaching the rules on defect reporting": a noun, nothing said
        if lemma in QUOTATION_ONLY:
            content = None
        if _passive_subject(tok, subj):
            if content is None or all(_plain_object(ch) for ch in _content_kids(tok)):
                continue  # "the fire was reported at 10.40 p.m.", "Biden is declared the winner": nothing reported
            if lemma == "ask":
                subj = _agent(tok)
                if subj is None:
                    continue  # "X was asked whether ...": a question put to X by someone unnamed, not X's words
                content = _after_agent(tok, subj) or content  # "was asked by Holt whether ...": Holt's question
            else:
                # "reporters were told that ...": those told are not the speaker; one named after "by" is
                subj = _agent(tok)
                told = subj is None
                if subj is not None:
                    content = _after_agent(tok, subj) or content
        if tok.dep_ in ("compound", "amod", "nsubj", "pobj", "dobj") and subj is None:
            continue
        speaker = speaker_full = None
        head = ""
        asides: tuple[tuple[int, int], ...] = ()
        if subj is not None and subj.dep_ == "csubj" and subj.text.endswith("ing"):
            # "The woman accusing X of fraud says": the parse makes the participle the subject; the woman speaks
            subj = next((c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i), subj)
        if subj is not None:
            left, right = _np_span(subj)
            speaker = (base + left.idx, base + right.idx + len(right.text))
            sub = list(subj.subtree)
            if tok.dep_ == "acl" and subj.dep_ == "appos":  # "the nominee, Donald Trump, tweeted": all of it
                sub = [t for t in subj.head.subtree if t.i < tok.i and not (t.dep_ == "punct" and t.i > subj.i)]
            outer = _subject(tok) if subj.dep_ == "dobj" else None  # "TASS cited Peskov": TASS frames it
            if outer is not None:
                sub = sorted([*sub, *outer.subtree], key=lambda t: t.i)
            antecedent = _antecedent(subj)
            if antecedent is not None:  # "Smith, who said ...": who stands for Smith
                sub = sorted([*sub, *[t for t in antecedent.subtree if t.i < subj.i]], key=lambda t: t.i)
                a_left, _a_right = _np_span(antecedent)
                speaker = (base + a_left.idx, speaker[1])  # the mention is "Smith, who"
            sub = _time_tail(_time_lead(sub, left), subj)
            aside = _quantifier_aside(subj)
            if aside is not None:
                sub = [t for t in sub if not aside[0] <= t.i <= aside[1]] or sub
            speaker_full = (base + sub[0].idx, base + sub[-1].idx + len(sub[-1].text))
            head = subj.text
            asides = _asides(subj, tok, base)
        end_tok = tok
        if lemma == "according" and tok.i + 1 < len(sdoc):
            end_tok = sdoc[tok.i + 1]
        cspan = (base + content[0], base + content[1]) if content else None
        start, end = base + tok.idx, base + end_tok.idx + len(end_tok.text)
        clause_end = _clause_end(tok)
        if clause_end is None:
            clause_end = _before_semicolon(tok)
        if clause_end is None:
            clause_end = _act_end(tok)  # "that he would not seek a recount, conceding the race": no more words
        closes = None if clause_end is None else base + clause_end
        if cspan is not None and tok.dep_ == "relcl" and _fronted_relative(tok):
            closes = cspan[1] if closes is None else min(closes, cspan[1])  # the relative clause ends the words
        if cspan is not None and closes is not None:
            cspan = (cspan[0], min(cspan[1], closes))  # "X, who denied the charge, showed ...": not the main clause
        out.append(
            Cue(
                start, end, lemma, speaker, speaker_full, head, cspan, sent, asides=asides, clause_end=closes, told=told
            )
        )
    return out


ASIDE_QUANTIFIERS = frozenset({"both", "all", "each"})
ASIDE_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})


def _quantifier_aside(subj: Any) -> tuple[int, int] | None:
    """The token range of an aside set off by dashes on the speaker that only says who among them ("Five former
    heads of the board *— both parties —* say"): no part of the speaker's mention (an apposition that names the
    speaker, "the chief — Ana Berg — said", is)."""
    doc = subj.doc
    for ch in subj.rights:
        if ch.dep_ != "appos" or not any(g.dep_ == "det" and g.lower_ in ASIDE_QUANTIFIERS for g in ch.children):
            continue
        lo, hi = ch.left_edge.i - 1, ch.right_edge.i
        if lo < 0 or doc[lo].text not in ASIDE_DASHES:
            continue
        if hi + 1 < len(doc) and doc[hi + 1].text in ASIDE_DASHES:
            hi += 1
        return lo, hi
    return None


def _fronted_relative(tok: Any) -> bool:
    """The relative pronoun before the cue belongs to the clause it reports ("which she said residents take pride
    in"): the words are the clause after the cue, and end with it."""
    return any(t.lower_ in RELATIVE and t.i < tok.i for ch in _content_kids(tok) if ch.i > tok.i for t in ch.subtree)


def _author(ch: Any, verb: Any) -> bool:
    """``ch`` is the agent of a document's clause ("a report *released by* Chuck Grassley", "a letter signed by
    X"): its author. Not who obtained or saw it ("a letter obtained by the Times' Kara Swisher")."""
    return ch.dep_ == "agent" and not verb.lower_.startswith(("obtain", "review", "seen", "see", "receiv"))


def _asides(subj: Any, cue: Any, base: int) -> tuple[tuple[int, int], ...]:
    """The spans of the relative and participial clauses inside the speaker phrase (not the cue itself), without
    the clause's own subject: in "a speech Mrs. Clinton delivered", Mrs. Clinton is the one heard."""
    out = []
    for t in subj.subtree:
        if t.dep_ in ("relcl", "acl") and t.i != cue.i and cue not in t.subtree and t.i != subj.i:
            own = {d.i for ch in t.children if ch.dep_ in SUBJ or _author(ch, t) for d in ch.subtree}
            run: list[Any] = []
            for d in [*t.subtree, None]:
                if d is not None and d.i not in own:
                    run.append(d)
                    continue
                if run:
                    out.append((base + run[0].idx, base + run[-1].idx + len(run[-1].text)))
                run = []
    return tuple(out)


FRAME_CLIMB = ("xcomp", "advcl", "conj", "prep", "pcomp", "pobj", "dobj", "acl")
LABEL_DEPS = ("nmod", "compound", "amod")
"""How quoted words hang on the noun right after them when they name it ("“Thin Blue Line” flags")."""


def _label(sdoc: Any, j: int, leaving: list[Any]) -> bool:
    """The quotation ending before token ``j`` names the noun right after it: its words hang on that noun, or
    that next word is a lower-case content word that is no speech verb ("“Make America Great Again” hats")."""
    if not leaving or j >= len(sdoc):
        return False
    if all(t.dep_ in LABEL_DEPS and t.head.i == j for t in leaving):
        return True
    from spacy.lang.en.stop_words import STOP_WORDS

    nxt = sdoc[j].text
    return nxt.isalpha() and nxt.islower() and nxt not in STOP_WORDS and cue_lemma(nxt) is None


def _object_named(sdoc: Any, i: int, inside: list[bool]) -> list[Any]:
    """The verb before a quotation that the parse made a sentence of its own, when the quotation follows that
    verb's object and names it ("..., calling Tessel councillor Mia Brandt "my partner in this campaign"": what
    Brandt is called): the speaker is whoever does the calling."""
    k = i - 1
    while k >= 0 and not inside[k] and sdoc[k].is_punct and sdoc[k].text not in ",;:":
        k -= 1
    if k < 0 or inside[k] or sdoc[k].dep_ != "dobj" or sdoc[k].head.i >= i:
        return []
    verb = sdoc[k].head
    return [verb] if verb.dep_ in FRAME_CLIMB or verb.dep_ == "ROOT" else []


READ_FORMS = frozenset({"read", "reads", "reading"})


def _read_on(sdoc: Any, i: int, inside: list[bool], verb: Any) -> bool:
    """The quotation starting at token ``i`` follows a "read" of something other than ``verb`` ("a sign that read,
    "..."", "covers reading "...""): the words printed on a thing, which the parse may hang on another verb."""
    k = i - 1
    while k >= 0 and not inside[k] and sdoc[k].is_punct:
        k -= 1
    return k >= 0 and not inside[k] and sdoc[k].lower_ in READ_FORMS and sdoc[k].i != verb.i


TITLE_FORMS = frozenset({"entitled", "titled", "headlined"})


def _titled(sdoc: Any, i: int, inside: list[bool]) -> bool:
    """The quotation starting at token ``i`` follows "entitled", "titled" or "headlined" ("the editorial, entitled
    "..."", "a speech titled "..."): the name of a work, no one's speech, whatever verb the parse hangs it on (not the
    words of "officials were thrilled with the editorial")."""
    k = i - 1
    while k >= 0 and not inside[k] and sdoc[k].is_punct:
        k -= 1
    return k >= 0 and not inside[k] and sdoc[k].lower_ in TITLE_FORMS


SPEAKING_NOUNS = ROLE_NOUNS | {
    # one person, unnamed or named before
    "man", "woman", "girl", "boy", "child", "mother", "father", "wife", "husband", "sister", "brother", "son",
    "daughter", "parent", "aunt", "uncle", "cousin", "grandmother", "grandfather", "friend", "neighbour", "neighbor",
    "teenager", "victim", "accuser", "suspect", "defendant", "plaintiff", "resident", "owner", "driver", "member",
    "person", "spokesperson", "doctor", "nurse", "player", "coach", "captain", "star", "singer", "actor", "actress",
    "writer", "user", "customer", "student", "worker", "employee", "engineer", "survivor", "bystander", "passenger",
    "republican", "democrat", "conservative", "liberal", "independent", "host", "company", "firm", "maker",
    "railroad", "railway", "carrier", "operator", "utility", "manufacturer", "insurer", "retailer", "contractor",
    "supplier", "employer", "lender", "automaker", "developer", "landlord", "producer",
    # a body that speaks through its people
    "group", "body", "agency", "ministry", "department", "government", "administration", "party", "union", "council",
    "committee", "board", "court", "panel", "commission", "team", "club", "campaign", "police", "office", "bureau",
    "authority", "organization", "organisation", "association", "institute", "network", "newspaper", "paper",
    "magazine", "outlet", "bank", "university", "school", "hospital", "church", "family", "couple", "army",
    "military", "embassy", "coalition", "alliance", "league", "federation", "foundation", "charity", "station",
    "regime", "state", "city", "county", "country", "website", "site", "blog", "channel", "broadcaster", "airline",
    "prosecution", "defence", "defense", "jury", "senate", "house", "congress", "parliament", "cabinet",
    # people together: their words or echo are theirs
    "audience", "crowd", "congregation", "staff", "crew", "choir", "chorus", "mob", "gathering", "delegation",
    "caucus", "electorate", "public", "assembly", "majority", "minority", "class", "press", "media",
}  # fmt: skip
TEXT_NOUNS = frozenset({
    # a text that speaks for its author
    "report", "statement", "letter", "missive", "communique", "cable", "dispatch", "study", "survey", "poll",
    "memo", "email", "e-mail", "message", "note",
    "release", "announcement", "complaint", "lawsuit", "suit", "filing", "indictment", "affidavit", "document",
    "ruling", "order", "decision", "judgment", "judgement", "verdict", "editorial", "article", "post", "tweet",
    "video", "ad", "advertisement", "analysis", "review", "audit", "book", "transcript", "record", "motion",
    "petition", "brief", "notice", "account", "column", "story", "headline", "bill", "law", "resolution",
    "proposal", "plan", "guidance", "rule", "constitution", "treaty", "agreement", "contract", "budget", "forecast",
    "estimate", "projection", "census", "investigation", "inquiry", "probe", "research", "finding", "evidence",
    "data", "warrant", "citation", "speech", "interview", "remark", "comment", "caption", "summary", "opinion",
    "dissent", "concurrence",
})  # fmt: skip
"""Singular common nouns for a text that speaks for its author ("the memo said", "a statement saying")."""
SPEAKING_NOUNS |= TEXT_NOUNS
"""Singular common nouns for what can speak or state: a person, a body of people, a text. A thing or a happening
("the patch", "the danger", "the hearing") cannot: see :func:`_mute`."""
MUTE_CHECKED = frozenset({"underscore", "underline", "reveal", "suggest", "echo", "confirm"})
"""Speech verbs as often said of a thing as of a speaker ("The patch underscores how serious the hole is", "the
danger echoes ..."): they report only with a subject that can speak."""


def _mute(subj: Any) -> bool:
    """The subject is a singular common noun for a thing or a happening that cannot speak ("The patch", "The danger",
    "The hearing"): no name, pronoun, person, body or text, and no name before it ("Vantor's patch" is left alone).
    Read from the words (the parse has no tagger): lower case, no plural "-s"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    word = subj.text
    if not (word.isalpha() and word.islower()) or (word.endswith("s") and not word.endswith("ss")):
        return False
    if word in STOP_WORDS or word in SPEAKING_NOUNS:
        return False  # "a young woman who suggested", "brain cancer, which": the relative stands for another
    # a name anywhere in the phrase, an apposed speaker among them ("the election, Minyon Moore, a senior adviser"),
    # but not one only in a preposition's phrase after the noun: where or of what the thing is ("The recount of
    # ballots in Stari Brod")
    placed = {t.i for ch in subj.rights if ch.dep_ == "prep" for t in ch.subtree}
    phrase = [t for t in subj.subtree if t.i not in placed]
    return not any(t.text[:1].isupper() and not (t.i == phrase[0].i and t.lower_ in DETERMINERS) for t in phrase)


READ_INTO = frozenset({"underscore", "underline", "reveal", "suggest"})
"""Of :data:`MUTE_CHECKED`, the verbs by which the writer reads something into words said ("Her remarks suggested
that ..."); "her remarks confirmed that ...", "his comments echoed ..." report what was said."""
SPOKEN_WORDS = frozenset(
    {"remark", "comment", "word", "speech", "tone", "answer", "reply", "response", "silence", "testimony"}
)
"""Nouns for what someone said, as a subject: the words are the speaker's, what they suggest is the writer's."""


def _spoken_words(subj: Any) -> bool:
    """The subject is someone's words (:data:`SPOKEN_WORDS`, singular or plural: "Her remarks", "the minister's
    comments"): no speaker of what the verb reports."""
    word = subj.lower_
    return word in SPOKEN_WORDS or (word.endswith("s") and word[:-1] in SPOKEN_WORDS) or word == "speeches"


def frame_cues(sdoc: Any, base: int, end: int, quoted: bytearray, *, naming_only: bool = False) -> list[Cue]:
    """For a parsed sentence with a quotation but no speech verb: the word outside the quotation
    that governs it and the subject of its verb ("Valastro praised ... "We need ..."", ""...,"
    read the statement"), one cue per quotation; the sentence is ``text[base:end]``. ``naming_only``: only
    quotations that name a verb's object (:func:`_object_named`), for a sentence whose speech verbs said nothing."""
    out: list[Cue] = []
    sent = (base, end)
    inside = [bool(quoted[base + t.idx]) for t in sdoc]
    i = 0
    while i < len(sdoc):
        if not inside[i]:
            i += 1
            continue
        j = i
        while j < len(sdoc) and inside[j]:
            j += 1
        leaving = [t for t in sdoc[i:j] if not t.is_punct and not i <= t.head.i < j]
        # 'a "cash grab" and a "tax on the poor"': the second hangs on the first, and through it on the verb
        leaving = [_first_conjunct(t, inside) for t in leaving]
        heads = [] if naming_only else [t.head for t in leaving]
        if _label(sdoc, j, leaving):
            i = j  # “Make America Great Again” hats, “Thin Blue Line” flags: a name for a thing, not speech
            continue
        if not heads and not naming_only:  # the quotation holds the root: a verb outside hanging on it (""...,"
            # the editorial read")
            heads = [t for t in sdoc if not inside[t.i] and i <= t.head.i < j and _subject(t) is not None]
        naming = None
        if not heads:  # a parse cut at the quotation: the verb whose object it names ("calling X "my partner"")
            heads = naming = _object_named(sdoc, i, inside)
        i0, i = i, j
        if not heads or inside[heads[0].i]:
            continue
        verb, subj = heads[0], None
        for _ in range(4):
            subj = _subject(verb)
            if subj is not None or verb.head.i == verb.i or verb.dep_ not in FRAME_CLIMB:
                break
            verb = verb.head
        partial = _calls_object(leaving, verb)
        if subj is None or inside[subj.i] or subj.lower_ in RELATIVE:
            continue
        if any(c.start == base + verb.idx for c in out) and not partial:
            continue  # one cue a verb, but for each thing it calls ("a "cash grab" and a "tax on the poor"")
        if _titled(sdoc, i0, inside):
            continue  # 'thrilled with the editorial, entitled "..."': the editorial's title
        if _read_on(sdoc, i0, inside, verb):
            continue  # "replaced the covers with ones that read, "Papa, ..."": the covers' words, no one's speech
        left, right = _np_span(subj)
        sub = _time_lead(list(subj.subtree), left)
        speaker = (base + left.idx, base + right.idx + len(right.text))
        full = (base + sub[0].idx, base + sub[-1].idx + len(sub[-1].text))
        if naming:
            verb = naming[0]  # the cue is "calling"; its speaker the subject of the clause it hangs on
        end = base + verb.idx + len(verb.text)
        last = sdoc[j - 1]
        quote = (base + sdoc[i0].idx, base + last.idx + len(last.text))
        if _mute(subj) or any(ch.dep_ == "aux" and ch.lower_ in OBLIGED for ch in verb.children):
            # a subject that should do something says nothing by it ("recognized that a suitable court should settle
            # the matter — “so that ...”": the commission's words, not the court's);
            # "The danger led Vantor to ship a fix “in a record six days.”": someone's words, but the danger says
            # nothing; the frame keeps the quotation to itself, with no speaker (see attribution._free_segments)
            out.append(Cue(base + verb.idx, end, verb.lower_, None, None, "", quote, sent, True))
            continue
        if partial:
            first = next((c for c in out if c.partial and c.start == base + verb.idx), None)
            if first is not None and first.content is not None:
                # 'a "cash grab" and a "tax on the poor"': one thing called, one quote
                out[out.index(first)] = replace(first, content=(first.content[0], quote[1]))
                continue
            quote = (base + _called(sdoc, verb, i0).idx, quote[1])
        out.append(Cue(base + verb.idx, end, verb.lower_, speaker, full, subj.text, quote, sent, True, partial=partial))
    return out


def _called(sdoc: Any, verb: Any, i: int) -> Any:
    """The first token of what ``verb`` calls by the quotation starting at token ``i``: its object ("called [the
    proposal "reckless"]", "dismissed [the criticism as "political theatre"]"), else the quotation's own phrase ("what
    he called [a "brazen breach"]"), as a fact-checker reads the words: said of what."""
    objects = [ch for ch in verb.children if ch.dep_ == "dobj" and verb.i < ch.i < i]
    if objects:
        return objects[0].left_edge
    # 'branded [the deal "shameful"]': a small clause the verb takes
    clause = next((t for t in sdoc[i:] if t.head.i == verb.i and not t.is_punct), None)
    if clause is not None and verb.i < clause.left_edge.i < i:
        return clause.left_edge
    k = i
    while k - 1 > verb.i and sdoc[k - 1].dep_ == "det":
        k -= 1
    return sdoc[k]


def _first_conjunct(tok: Any, inside: list[bool]) -> Any:
    """The first of the quotations ``tok`` is a conjunct of ('a "nasty guy," an "anchor baby," "unstable"': "guy"),
    whose head is the verb that governs them all; ``tok`` itself when it is no conjunct of an earlier quotation."""
    while tok.dep_ == "conj" and tok.head.i < tok.i and inside[tok.head.i]:
        tok = tok.head
    return tok


CALL_PARTICLES = frozenset({"on", "upon", "for", "off", "out"})
"""After "called": another verb ("called on the board to "act now"", "called for"), no naming."""
CALLED_DEPS = ("ccomp", "xcomp", "prep", "attr", "acomp", "advmod", "npadvmod")
"""How the parse may hang on a verb of naming what it calls its object ('called the claim "entirely without
foundation"': a preposition of the verb), besides an object predicate."""


def _calls_object(leaving: list[Any], verb: Any) -> bool:
    """The quoted words (``leaving``: their tokens that hang outside them) are what ``verb`` calls its object: its
    object predicate ("called the proposal "reckless"", "branded the deal "shameful"", "a "cash grab" and a "tax on
    the poor"") or what follows its "as" ("dismissed the criticism as "political theatre""); not its object itself
    ("described the "reform" as a success") nor an apposition ("call the quay "the Pit"": the quay's name)."""
    if not leaving:
        return False
    tok = leaving[0]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    after = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
    naming = NAMING_VERBS.fullmatch(verb.text) and after not in CALL_PARTICLES
    if tok.dep_ == "oprd" or (naming and tok.head.i == verb.i and tok.dep_ in CALLED_DEPS):
        return tok.head.i == verb.i and tok.i > verb.i  # (the parse may make it a small clause: "the deal "shameful"")
    prep = tok.head
    such = prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"  # "words such as "reform"": examples, no calling
    return tok.dep_ == "pobj" and prep.lower_ == "as" and not such and verb.i in (prep.head.i, prep.head.head.i)


SURFACE_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "my", "your"}
MAX_SURFACE_WORDS = 8


PAST_FORM = re.compile(r"(?:said|told|wrote|thought|\w+ed)\b", re.I)


def noun_use(text: str, start: int) -> bool:
    """The cue word follows a determiner ("the report", "a statement") or a possessive ("Editor's note"): a
    noun, not a speech verb.

    A past form is never a noun ("a headline that said"), and punctuation between the two words
    ("that, said X") breaks the phrase."""
    if PAST_FORM.match(text, start):
        return False
    m = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 12) : start])
    if m is not None and m.group(1).lower() in DETERMINERS:
        return True
    # after a possessive ("Editor's note:", "the minister's claim"), not after "he's" / "it's" (is, has)
    owner = re.search(r"([^\W\d_]+)['’]s[ \t]+$", text[max(0, start - 30) : start])
    return owner is not None and owner.group(1).lower() not in _CONTRACTED


_CONTRACTED = frozenset(["he", "she", "it", "that", "there", "here", "who", "what", "where", "let", "one"])
"""Words whose "'s" is "is", "has" or "us", not a possessive."""

WORD_AT = re.compile(r".+", re.S)


def name_use(m: re.Match[str], sent_start: int) -> bool:
    """A capitalised cue word inside a sentence is part of a name ("United States", "Said")."""
    return m.group(0)[:1].isupper() and m.start() != sent_start


def _right_after_quote(text: str, s: int, cue_start: int, quoted: bytearray) -> bool:
    """``"...," X said`` / ``"...," said X``: the cue follows a closing quote with at most a short
    name between (a longer sentence of this shape needs no parse either)."""
    p = cue_start - 1
    while p >= s and not quoted[p]:
        p -= 1
    if p < s:
        return False
    gap = text[p + 1 : cue_start]
    return not re.search(r"[.;:!?]", gap) and gap.count(",") <= 1 and len(SURFACE_WORD.findall(gap)) <= 4


AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
     "must", "shall", "should", "does", "did", "do"}
)  # fmt: skip
"""Words of the verb before a cue word ("is reporting", "has been saying"), no part of the speaker before them."""


def _told_then_words(text: str, end: int, sent_end: int, quoted: bytearray) -> bool:
    """After a cue of telling, more than one word outside quotation marks before a quotation later in the sentence
    (no colon or semicolon between), and no "that": the one told, then the words told, which only the parse can
    part."""
    stop = next((k for k in range(end, sent_end) if quoted[k] or text[k] in ":;"), sent_end)
    after = [w.group(0).lower() for w in SURFACE_WORD.finditer(text, end, stop)]
    return stop < sent_end and bool(quoted[stop]) and len(after) >= 2 and "that" not in after


def surface_cue(text: str, sent: tuple[int, int], quoted: bytearray) -> Cue | None:
    """A cue read without parsing, for the commonest shape: a quote plus a short ``X said`` /
    ``said X`` outside it (at most a few words outside quotation marks, one cue word)."""
    s, e = sent
    if not any(quoted[s:e]):
        return _plain_frame(text, sent)
    outside = [m for m in SURFACE_WORD.finditer(text, s, e) if not quoted[m.start()]]
    if not outside:
        return None
    if len(outside) > MAX_SURFACE_WORDS * 3:
        return _plain_frame(text, sent, quoted)
    cues = [
        m
        for m in (WORD_AT.match(text, a, b) for a, b in cue_words(text, s, e))
        if m and not quoted[m.start()] and not name_use(m, s)
    ]
    if len(cues) != 1 or cues[0].group(0).lower().startswith("according"):
        return None
    c = cues[0]
    if len(outside) > MAX_SURFACE_WORDS and not _right_after_quote(text, s, c.start(), quoted):
        return _plain_frame(text, sent, quoted)
    left = [m for m in outside if m.end() <= c.start() and not any(quoted[m.end() : c.start()])]
    right = [m for m in outside if m.start() >= c.end() and not any(quoted[c.end() : m.start()])]
    if left:
        # a comma, or a colon after a label ("We found: Rusk accused ..."), ends what comes before the speaker
        cut = max((i for i, m in enumerate(left) if re.search("[,:]", text[m.end() : c.start()])), default=-1)
        words = left[cut + 1 :]
    else:
        if c.group(0).lower().endswith("ing") or (right and right[0].group(0).lower() in CLAUSE_WORDS):
            return None  # "saying the city ...", "said that ...": what follows is the content, not a speaker
        words = []
        for m in right:
            if words and re.search(r"[,.;:]", text[words[-1].end() : m.start()]):
                break
            words.append(m)
    while left and len(words) > 1 and words[-1].group(0).lower() in AUXILIARIES:
        words = words[:-1]  # 'the ministry *is* reporting "..."', "Vorn has said": the verb's, not the speaker's
    if not words or len(words) > 5:
        return None
    if left and words[-1].group(0).lower() in NOUN_MARKERS:
        # 'he called his opponent "Senator Heller" instead and made no mention of ...': the cue word is a noun (no
        # mention, a statement), no "X said"; whose words they are is the parse's to tell
        return None
    if left and words[0].start() > s and words[0].group(0).lower() in _JOINING:
        # 'X condemned "..." and declared ...': a verb joined to one before the quotation; its speaker is that verb's
        # subject, which the parse finds, not the conjunction
        return None
    last = words[-1]
    if last.group(0).endswith(".") and len(last.group(0)) > 3 and last.group(0).count(".") == 1:
        trimmed = SURFACE_WORD.match(text, last.start(), last.end() - 1)  # "said Bolton." -> "Bolton"
        if trimmed is not None:
            words[-1] = trimmed
    if left and cue_lemma(c.group(0)) in _TOLD and _told_then_words(text, c.end(), e, quoted):
        return None  # 'told reporters Penn's comments were "very nasty"': the parse tells the one told from the words
    sp = (words[0].start(), words[-1].end())
    full_end = right[-1].end() if not left and right else sp[1]
    head = words[-1].group(0) if left else words[0].group(0) if len(words) == 1 else words[-1].group(0)
    role = _role_before_preposition(words)
    if role is not None:  # "a spokesman for Dunmore Ferries said": the spokesman, as the parse would have it
        sp, head = (words[0].start(), role.end()), role.group(0)
    lemma = cue_lemma(c.group(0)) or "say"
    return Cue(c.start(), c.end(), lemma, sp, (sp[0], full_end), head, None, sent)


NOUN_MARKERS = DETERMINERS | {"no"}
"""A word right before a cue word that makes it a noun ("made *no* mention", "in *a* statement")."""
_JOINING = frozenset({"and", "but", "or", "nor"})
"""Words that join a verb to one before it: no speaker's first word (but for one opening the sentence: "But he")."""
HEAD_PREPOSITIONS = frozenset({"for", "of", "to", "at", "with", "from"})


def _role_before_preposition(words: list[re.Match[str]]) -> re.Match[str] | None:
    """The role noun a speaker phrase read without parsing is headed by when a preposition follows it ("a spokesman
    *for* committee Democrats", "an aide *to* the mayor"): whom it names after is the one spoken for."""
    for i in range(1, len(words) - 1):
        if words[i].group(0) in HEAD_PREPOSITIONS:
            before = words[i - 1].group(0)
            plain = before.islower() and (before in ROLE_NOUNS or before.rstrip("s") in ROLE_NOUNS)
            return words[i - 1] if plain else None
    return None


NP_WORDS = {"the", "a", "an", "of", "and", "he", "she", "they", "we", "i", "it", "mr.", "mrs.", "ms.", "dr."}
CLAUSE_WORDS = set(
    [
        "that",
        "who",
        "whom",
        "which",
        "when",
        "where",
        "while",
        "if",
        "because",
        "as",
        "than",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "not",
        "no",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "about",
        "after",
        "before",
        "into",
        "this",
        "these",
        "those",
        "there",
        "here",
        "then",
        "it",
        "its",
    ]
)
PLAIN_CUES = {
    "say",
    "tell",
    "add",
    "note",
    "argue",
    "claim",
    "stress",
    "explain",
    "warn",
    "insist",
    "announce",
    "write",
    "believe",
    "think",
}


def _np_words(words: list[re.Match[str]]) -> bool:
    """A short subject noun phrase: names, pronouns, "the" + role noun; nothing that could be a verb."""
    if not 1 <= len(words) <= 6:
        return False
    last = words[-1].group(0)
    headed = last[:1].isupper() or last.lower().rstrip("s") in ROLE_NOUNS or last.lower() in ROLE_NOUNS
    return all(
        w.group(0)[:1].isupper()
        or w.group(0).lower() in NP_WORDS
        or w.group(0).lower() in ROLE_NOUNS
        or (
            headed and w.group(0).isalpha() and w.group(0).lower() not in CLAUSE_WORDS and cue_lemma(w.group(0)) is None
        )
        for w in words
    )


def _after_time(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words before a cue without the time that opens the sentence ("On Monday Halvern Therapeutics": Halvern
    Therapeutics), when a capitalised word follows it."""
    if len(words) < 2:
        return words
    i = 1 if len(words) > 2 and words[0].group(0).lower() in TIME_PREPOSITIONS else 0
    j = i
    while j < len(words) - 1 and _time_word(words[j].group(0), words[j - 1].group(0) if j else None):
        j += 1
    opens = words[j].group(0)[:1].isupper() or words[j].group(0).lower() in ("the", "a", "an")
    return words[j:] if j > i and opens else words


LEADING = {"but", "and", "so", "yet", "still", "meanwhile", "also"}
SUBORDINATORS = frozenset(
    {"as", "when", "while", "after", "before", "if", "because", "since", "although", "though", "once", "until",
     "unless", "whereas"}
)  # fmt: skip
"""Words that open a clause before the main one ("As the mayor said ..., the company ...")."""


def _cue(
    c: re.Match[str],
    sp: tuple[int, int],
    full: tuple[int, int],
    head: str,
    sent: tuple[int, int],
    content: tuple[int, int] | None = None,
) -> Cue:
    return Cue(c.start(), c.end(), cue_lemma(c.group(0)) or "say", sp, full, head, content, sent)


def _apposition(text: str, before: list[re.Match[str]]) -> tuple[int, int] | None:
    """``Phil Smith, a spokesman for the union,`` before the cue: the name's span, if that is the shape."""
    chunks = re.split(r",", text[before[0].start() : before[-1].end() + 1])
    if len(chunks) != 3 or chunks[2].strip() or len(before) > 14:
        return None
    first = [w for w in before if w.start() < before[0].start() + len(chunks[0])]
    second = chunks[1].strip().split()
    if not first or not _np_words(first) or not second:
        return None
    if not (
        second[0][:1].isupper()
        or second[0].lower() in {"a", "an", "the"}
        or any(w.lower() in ROLE_NOUNS for w in second)
    ):
        return None
    named = [w for w in before if w.start() > first[-1].end()]
    lead = list(itertools.takewhile(lambda w: w.group(0)[:1].isupper(), named))
    if len(lead) >= 2 and any(w.group(0).islower() and w.group(0).endswith("ing") for w in first):
        # "One pastor supporting Ms. Dorn, Elias Wendt of Grace Chapel, said": the description names whom the
        # speaker supports; the name set off after it is the speaker's
        return lead[0].start(), lead[-1].end()
    return first[0].start(), first[-1].end()


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "himself", "herself", "themselves"})
"""Pronouns that are never a finite clause's subject ("declared *him* the victor"; not "it", which may be)."""


def _act_object_next(lemma: str | None, after: list[re.Match[str]]) -> bool:
    """One of the first words after a cue of :data:`ACT_OBJECTS` names an act's object ("conceded the race", "the
    hard-fought race"), before any "that"."""
    objects = ACT_OBJECTS.get(lemma or "")
    if not objects:
        return False
    for w in after[:4]:
        low = w.group(0).lower()
        if low == "that":
            return False
        if low in objects or low.removesuffix("s") in objects:
            return True
    return False


def _plain_frame(text: str, sent: tuple[int, int], quoted: bytearray | None = None) -> Cue | None:
    """``NP said (that) ...``, ``..., NP said.``, ``..., NP said, ...`` and ``NP, apposition, said ...``
    read without parsing (the cue word the only one outside quotation marks)."""
    s, e = sent
    words = [w for w in SURFACE_WORD.finditer(text, s, e) if quoted is None or not quoted[w.start()]]
    cues = [
        i
        for i, w in enumerate(words)
        if (cue_lemma(w.group(0).rstrip(".")) or "") in PLAIN_CUES and not w.group(0).endswith("ing")
    ]
    if len(cues) != 1 or any(w.group(0).lower() == "according" for w in words):
        return None
    k = cues[0]
    c = SURFACE_WORD.match(text, words[k].start(), words[k].start() + len(words[k].group(0).rstrip(".")))
    if not c or c.group(0)[:1].isupper():
        return None
    if put_to_speaker(text, s):
        return None  # "When asked about it, Ilse Varga said no.": the parse tells who asked what
    before, after = words[:k], words[k + 1 :]
    if not text[c.end() : e].lstrip().startswith(",") and any(
        cue_lemma(w.group(0).rstrip(".")) and _GOES_ON.search(text, s, w.start()) for w in after
    ):
        return None  # "X said A and vowed B", "argued A, saying B": a second report of the speaker's; the parse tells
    before = [w for w in before if ":" not in text[w.end() : c.start()]]  # "We found: Rusk accused ...": a label
    first_after = after[0].group(0).lower() if after else ""
    if first_after == "as" or (first_after in _OBJECT_PRONOUNS and cue_lemma(c.group(0)) not in ADDRESSED):
        return None  # "described as anti-establishment", "declared him the victor": let the parse tell
    if first_after in TOPIC_PREPOSITIONS and cue_lemma(c.group(0)) in AT_WORK:
        return None  # "wrote about a morning at the memorial": a topic, let the parse tell
    if first_after in DETERMINERS and cue_lemma(c.group(0)) == "claim":
        return None  # "claimed a victory in the primary": won it, or a noun said of, let the parse tell
    if _act_object_next(cue_lemma(c.group(0)), after):
        return None  # "conceded the race on Sunday", "acknowledged the crowd": an act, let the parse tell
    if _time_of_saying_next(after):
        return None  # "said Thursday there could be no vote": when it was said, no words of it; the parse tells
    if before and before[0].group(0).lower() in LEADING and text[before[0].end()] == " ":
        before = before[1:]
    before = _after_time(before)
    if not before:
        return None
    between = text[before[0].start() : c.start()]
    opens_clause = before[0].group(0).lower() in SUBORDINATORS  # "As the mayor said that ..., the company ..."
    if _np_words(before) and len(after) >= 3 and "," not in between and not opens_clause:
        if cue_lemma(c.group(0)) in _TOLD and not any(w.group(0).lower() == "that" for w in after):
            return None  # "X told the Ledger the results showed ...": the parse tells the one told from what was said
            # ("informed the board of the sale": whom and what about, no words)
        sp = (before[0].start(), before[-1].end())
        return _cue(c, sp, sp, before[-1].group(0), sent)
    comma = text.rfind(",", s, c.start())
    tail = [w for w in before if w.start() > comma] if comma >= 0 else []
    if tail and tail[0].group(0).lower() in LEADING | SUBORDINATORS:
        return None  # "A admit X, but the hospital says Y": a clause of its own, whose content follows; the parse tells
    if comma >= 0 and _np_words(tail) and len(before) - len(tail) >= 2:
        sp = (tail[0].start(), tail[-1].end())
        rest = text[c.end() : e]
        if len(after) <= 2 and not re.search(r"[,;]", rest):
            return _cue(c, sp, sp, tail[-1].group(0), sent)  # "..., NP said."
        if rest.lstrip().startswith(",") and len(after) >= 2:
            return _cue(c, sp, sp, tail[-1].group(0), sent, (s, e))  # "A, NP said, B": the whole sentence
    appos = _apposition(text, before) if len(after) >= 3 else None
    if appos is not None:
        head = text[appos[0] : appos[1]].split()[-1]
        return _cue(c, appos, (appos[0], c.start()), head, sent)
    return None


_SAYING_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight"}
)
_BEFORE_DAY = frozenset({"on", "last", "this", "early", "late", "earlier", "later"})


def _time_of_saying_next(after: list[re.Match[str]]) -> bool:
    """The words after a cue open with the day it was said ("said Thursday there could ...", "said on Monday she
    had ...") and no "that" follows it to start the words: where the words start is the parse's to tell."""
    low = [w.group(0).lower() for w in after[:4]]
    k = 0
    while k < len(low) and low[k] in _BEFORE_DAY:
        k += 1
    if k >= len(low) or low[k] not in _SAYING_DAYS or k > 2:
        return False
    rest = low[k + 1 :]
    return not (rest and rest[0] in ("that", "morning", "afternoon", "evening", "night"))


_GOES_ON = re.compile(r"(?:,|\band|\bbut)\s+$")
"""What joins a second verb of the same subject to the clause before it (", saying", "and vowed")."""


_LEADING_TIME = re.compile(
    r"(?:(?:(?:On|By|Since|Until|Last|This|Late|Early)\s+)?(?:(?:late|early|last|this)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Yesterday|Today|Tonight"
    r"|(?:In|By|Since|Until|Last|This|Early|Late)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December))\b,?\s+(?=\S)"
)
"""A day, or a month after a preposition, opening a sentence: "On Monday", "Yesterday", "In March" (not "April
Ryan", a given name)."""


def _without_leading_marks(text: str, cue: Cue) -> Cue:
    """A speaker phrase that the parse opened on the closing mark before it ('"We have waited," *" the union's chair*,
    ... told'): it starts at its first word (its quotation is no part of it)."""

    def trimmed(span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        a, b = span
        while a < b and not text[a].isalnum():
            a += 1
        return (a, b) if a < b else span

    speaker, full = trimmed(cue.speaker), trimmed(cue.speaker_full)
    return (
        replace(cue, speaker=speaker, speaker_full=full) if (speaker, full) != (cue.speaker, cue.speaker_full) else cue
    )


_CLOSING_BRACKET = re.compile(r"[^()\n]{0,3}\)")


def _closed_bracket(text: str, cue: Cue) -> Cue:
    """A speaker phrase read without parsing that ends inside a bracket ("Senator Odo Rusk (D-Ore."): it ends after
    the bracket closes ("(D-Ore.)"), not on a cut party code."""

    def closed(span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        a, b = span
        inner = text[a:b]
        m = _CLOSING_BRACKET.match(text, b) if inner.count("(") > inner.count(")") else None
        return (a, m.end()) if m is not None and m.end() <= cue.start else span

    speaker, full = closed(cue.speaker), closed(cue.speaker_full)
    return (
        replace(cue, speaker=speaker, speaker_full=full) if (speaker, full) != (cue.speaker, cue.speaker_full) else cue
    )


def without_leading_time(text: str, cue: Cue) -> Cue:
    """A speaker phrase that opens with the sentence's time ("On Monday Halvern Therapeutics told the world ...",
    parsed as one noun phrase "Monday Halvern Therapeutics") starts after it: a day or month is no part of a name."""
    cue = _past_dateline(text, _closed_bracket(text, _without_leading_marks(text, cue)))
    if cue.speaker is None:
        return cue
    s, e = cue.speaker
    m = _LEADING_TIME.match(text, s, e)
    if m is None or m.end() >= e:
        return cue
    full = cue.speaker_full
    if full is not None and full[0] == s:
        full = (m.end(), full[1])
    return replace(cue, speaker=(m.end(), e), speaker_full=full)


_DATELINE_SUBJECT = re.compile(r"(?:[\w'\u2019.&-]+[^\S\n]+){0,6}[\w'\u2019.&-]*\w")
"""The subject between a wire's dateline and the cue: a few words, no comma, colon or quotation ("Tarnland and
Ostmark", "The Tarnland government")."""


def _past_dateline(text: str, cue: Cue) -> Cue:
    """A speaker phrase that starts in the wire's dateline opening its sentence ("ESTRAVEL, Nov 12 (Northgate Press
    Agency) - Valdoria and Korsenia announced", parsed with "Nov" or "BRENN" as the subject): the whole subject
    after the dateline speaks ("Valdoria and Korsenia"), or no one the sentence names when it is no plain phrase. A
    dateline says where, when and who filed, never who spoke."""
    from .attribution import _CREDIT_LINE, DATELINE

    if cue.speaker is None or cue.speaker[0] >= cue.start:
        return cue
    line = DATELINE.match(text, cue.sent[0]) or _CREDIT_LINE.match(text, cue.sent[0])
    if line is None or cue.speaker[0] >= line.end() or line.end() >= cue.start:
        return cue
    lo, hi = line.end(), cue.start
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    subject = _DATELINE_SUBJECT.fullmatch(text, lo, hi)
    if subject is None or not text[lo].isupper():
        return replace(cue, speaker=None, speaker_full=None, speaker_head="")
    return replace(cue, speaker=(lo, hi), speaker_full=(lo, hi), speaker_head=text[lo:hi].split()[-1])
