"""Align claims across outlets into facts: corroborated, single-source or conflicting; and omissions.

Two claims from different articles report the same thing when their sentence embeddings are close,
helped by shared entities, figures and dates. A syndication group (copies of one text) counts as one
independent source however many outlets carry it; so does a sentence copied word for word into another source's own
report (:func:`copied_units`): the articles stay independent, the copied passage is one source.
"""

from __future__ import annotations

import collections
import datetime
import functools
import itertools
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..extract.dates import MONTH_NAME, MONTHS, WEEKDAYS
from ..extract.lexicon import ROLE_NOUNS, cue_lemma
from ..extract.numbers import WORD_VALUES
from ..extract.resolve import GENERATION
from ..models import unaccented
from .claims import (
    CROWD_BEFORE,
    DEMAND,
    INJURED_BEFORE,
    KIN_OF,
    LENGTHS,
    MARGIN_OF_ERROR,
    NEGATION,
    NUMBER_WORDS,
    PEOPLE_OF_A_ROLE,
    TOLL_BEFORE,
    TOLL_REACH,
    YEAR,
    Claim,
    Figure,
    _last_word,
)
from .parses import PARSES, parsed

LINK = 0.62
"""Pair score from which two claims of different articles say close enough things to compare their figures."""
FACT_LINK = 0.75
"""Link evidence (:func:`pair_matrices`) from which two claims of different articles are the same fact."""
LEXICAL = 1.5
"""Weight of the shared distinctive words in the link evidence: on 752 sentence pairs labelled by readers
(``bench/data/fact_pairs.jsonl``), the IDF-weighted share of words in common tells "states the same fact" from
"same topic, another claim" better than the embedding (ROC AUC 0.80 against 0.74), and the two together best."""
SPELLED_LINK = 0.7
"""Pair score from which two claims may disagree on a number written as a word."""
CONFLICT = 0.55
"""Pair score from which two claims are about the same thing (so they may disagree)."""


@dataclass
class Fact:
    """Claims from different articles that report the same thing."""

    claims: list[Claim]
    independent_sources: int
    status: str
    representative: Claim
    centrality: float = 0.0
    conflicts: list[int] = field(default_factory=list)
    against: set[int] = field(default_factory=set)
    """Ids of its claims on another side of one of its conflicts than its wording (:attr:`representative`): "About 3,000
    members are taking part" in the fact worded "2,300 of its members had joined the strike". They are in the fact
    (the conflict is between its sources) but no source of what it states, and not counted in ``independent_sources``."""
    clauses: list[Claim] = field(default_factory=list)
    """Clauses of other sources' longer sentences that state its claim (:func:`clause_sources`: "..., after reports
    that Ostrava received a $3 million hospital bill from Kestria" for "Ostrava had been billed $3m for the care"),
    each a span of its sentence: counted in ``independent_sources``; the sentence itself stays in its own fact."""


@dataclass
class Conflict:
    """Two (or more) claims about the same thing that disagree, and how."""

    kind: str
    topic: str
    sides: list[Claim]
    detail: str = ""
    disputed: frozenset[tuple[float, str]] = frozenset()
    """For a figure conflict: the (value, unit) pairs on its sides; a claim stating one of them elsewhere
    in the story ("Fourteen passengers were injured, two of them seriously") states a disputed figure."""
    opposed: str = ""
    """For a negation conflict between opposite outcomes ("passed an inspection" / "failed an inspection"): the
    pattern of the outcome that counts as the negative one (see :data:`OUTCOMES`); a side's position is whether it
    states that outcome, unless it negates it ("denied that its kitchen had failed")."""


@dataclass
class Alignment:
    claims: list[Claim]
    vectors: Any
    """Unit sentence embeddings, one row per claim."""
    scores: Any
    """Pair scores between claims (numpy array), 0 within one article."""
    groups: dict[str, str]
    facts: list[Fact]
    conflicts: list[Conflict]
    omissions: dict[str, list[int]]
    centrality: Any
    """Per claim: how much of the other independent sources echo it (0..1)."""
    beaten: set[int] = field(default_factory=set)
    """Ids of the claims a conflict outvotes (:func:`outvoted`), with their source's copies: what neither a fact's
    wording nor the summary takes."""
    copies: dict[int, str] = field(default_factory=dict)
    """Claim id -> the source it counts as, for sentences copied word for word from another independent source
    (:func:`copied_units`); other claims count as their article's ``groups`` entry (:meth:`source`)."""
    shared_lines: set[int] = field(default_factory=set)
    """Ids of the sentences that otherwise independent sources print word for word (or nearly) and that are no copy:
    the one sentence two reports share, a line each takes from a common source (a company's statement, a wire line).
    Each counts for its own source (see :func:`copied_units`)."""

    def source(self, claim: Claim) -> str:
        """The independent source ``claim`` counts for: its article's, or for a copied sentence the copied one's."""
        return self.copies.get(id(claim)) or self.groups.get(claim.article, claim.article)


COPY_WORDS = 6
"""Words outside quotation marks a sentence needs for its word-for-word twin in another independent source to be a
copy of it (with another such pair between the same two sources)."""
COPY_NEAR = 0.6
"""Jaccard of two sentences' word 4-grams from which one is an edited copy of the other ("Tens of thousands of people
took to the streets in a nationwide strike" with a clause cut or a word changed)."""
_QUOTED = re.compile(r"\u201c[^\u201c\u201d]*\u201d|\"[^\"\n]*\"")


def _own_words(text: str) -> tuple[str, ...]:
    """A sentence's words, lower case, with each quotation as the one word ``"q"``: two outlets quoting one statement
    share the speaker's words, not each other's."""
    return tuple(re.findall(r"\w+", _QUOTED.sub(" q ", text).lower()))


def copied_units(claims: Sequence[Claim], groups: dict[str, str], lines: set[int] | None = None) -> dict[int, str]:
    """Claim id -> the one source that sentences copied across independent sources count as: a wire paragraph reused
    inside another outlet's own report (passage-level text reuse) corroborates nothing, while the two reports stay
    independent for everything else. Two sentences are twins when they have at least :data:`COPY_WORDS` words of
    their own and the same words, or nearly (:data:`COPY_NEAR` of their word 4-grams: a wire sentence lightly edited);
    two sources copy when they share two twins. Twins of copying sources then count as the first (by id) of their
    sources. One twin alone, however long, is no copy: otherwise independent reports that share one sentence ("Parents
    can return tins from the affected batches to any pharmacy for a full refund", printed by four outlets) each took
    it from a common source, a company's statement or a wire line, and each counts for its own source; ``lines``, when
    given, receives the ids of those twins (:attr:`Alignment.shared_lines`)."""
    from ..dedupe import connected_groups

    unit = [groups.get(c.article, c.article) for c in claims]
    words = [_own_words(c.text) for c in claims]
    # a sentence mostly inside a quotation (one that runs over several sentences has no marks in each) is the
    # speaker's words, which two outlets quote alike without copying each other
    size = [sum(w != "q" for w in ws) if c.quoted < 0.5 else 0 for c, ws in zip(claims, words, strict=True)]
    grams = [
        {ws[k : k + 4] for k in range(len(ws) - 3)} if size[i] >= COPY_WORDS else set() for i, ws in enumerate(words)
    ]
    index: dict[tuple[str, ...], list[int]] = {}
    for i, gs in enumerate(grams):
        for g in gs:
            index.setdefault(g, []).append(i)
    twins: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for i, gs in enumerate(grams):
        for g in gs:
            hits = index[g]
            if len(hits) > 50:
                continue  # a stock phrase, no evidence of copying
            for j in hits:
                if j <= i or unit[j] == unit[i] or (i, j) in seen:
                    continue
                seen.add((i, j))
                if words[i] == words[j] or len(gs & grams[j]) / len(gs | grams[j]) >= COPY_NEAR:
                    twins.append((i, j))
    shared: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for i, j in twins:
        low, high = (i, j) if unit[i] < unit[j] else (j, i)
        # one sentence and its copies inside a syndication group are one twin, not several
        shared.setdefault((unit[low], unit[high]), set()).add(words[low])
    copying = {pair for pair, lines_of in shared.items() if len(lines_of) >= 2}
    edges = [(str(i), str(j)) for i, j in twins if (min(unit[i], unit[j]), max(unit[i], unit[j])) in copying]
    if lines is not None:
        lines |= {id(claims[k]) for i, j in twins for k in (i, j)}
    out: dict[int, str] = {}
    for component in connected_groups(edges):
        first = min(unit[int(k)] for k in component)
        for k in component:
            out[id(claims[int(k)])] = first
    return out


def pair_scores(claims: list[Claim], vectors: Any) -> Any:
    """Cosine similarity plus small bonuses for shared entities, figures and dates; 0 within an article."""
    return pair_matrices(claims, vectors)[0]


def common_names(claims: Sequence[Claim], groups: dict[str, str] | None = None) -> frozenset[str]:
    """The words (as :func:`content_terms` writes them) of the names that more than half of a story's independent
    sources (``groups``: article -> source; else each article) name: the story's setting, who and where ("Brisvale
    Nutrition", "Orlesk", "St. Aldric Children's Hospital" in a story of sick infants), which two of its sentences
    share whatever they claim. A name few sources give ("Ward 7", "the drying line") is what a claim is about."""
    source = {c.article: (groups or {}).get(c.article, c.article) for c in claims}
    named: dict[str, set[str]] = {}
    for c in claims:
        for w in name_words(c):
            named.setdefault(w, set()).add(source[c.article])
    half = len(set(source.values())) / 2
    return frozenset(w for w, by in named.items() if len(by) > half and len(by) >= 2)


def pair_matrices(
    claims: list[Claim], vectors: Any, groups: dict[str, str] | None = None, voices: frozenset[str] = frozenset()
) -> tuple[Any, Any]:
    """Two pair matrices, 0 within an article: the pair score (cosine similarity plus small bonuses for shared
    entities, figures and dates), which says how close two claims are; and the link evidence (cosine plus
    :data:`LEXICAL` times the IDF-weighted share of content words in common), which says whether they state
    the same fact. Two sentences about the same people and topic are close in meaning whatever they claim;
    a second source states the claim in the same distinctive words ("pardons", "Insurrection Act"). Words that
    only say who or where (:func:`who_words`, and the story's :func:`common_names`, by ``groups``: article ->
    independent source) tie no claim: a pair that shares nothing else is compared on meaning alone.

    The word and name comparisons are made for the pairs close enough to matter (cosine above
    ``CONFLICT - 0.15``), all at once with sparse indicator matrices: a story of hundreds of articles has
    ~10^5 such pairs.

    The story's own measures (how many sentences it has, its :func:`common_names`, its :func:`_crowded_units`) are
    taken from its reports: the sentences of ``voices`` (readers' letters, opinion pieces, see :func:`align`) pair like
    any others but change none of them, so adding a column changes no two reports' link (a column's "nine years" is no
    value of the story that crowds "years", which would keep "seven years" and "eight years" of two reports apart)."""
    import numpy as np

    n = len(claims)
    reporting = [c for c in claims if c.article not in voices]
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32), np.zeros((0, 0), dtype=np.float32)
    sim = np.clip(vectors @ vectors.T, -1.0, 1.0).astype(np.float32)
    link = sim.copy()
    arts = np.array([c.article for c in claims])
    same = arts[:, None] == arts[None, :]
    close = np.argwhere(np.triu((sim > CONFLICT - 0.15) & ~same, 1))
    terms = [content_terms(c.text) for c in claims]
    if len(close):
        i, j = close[:, 0], close[:, 1]
        idf = _idf(terms)
        t_mat, vocab = _indicators(terms)
        weights = np.array([idf[w] for w in vocab], dtype=np.float64)
        shared_w = _pair_dot(t_mat, i, j, weights)
        total_w = t_mat @ weights
        union_w = total_w[i] + total_w[j] - shared_w
        overlap = np.divide(shared_w, union_w, out=np.zeros_like(shared_w), where=union_w > 0)
        ents, _ = _indicators([c.entities for c in claims])
        shared_e = _pair_dot(ents, i, j)
        n_e = np.asarray(ents.sum(axis=1)).ravel()
        union_e = n_e[i] + n_e[j] - shared_e
        bonus = np.where((n_e[i] > 0) & (n_e[j] > 0), 0.08 * shared_e / np.maximum(union_e, 1), 0.0)
        figs, _ = _indicators([c.figure_keys() for c in claims])
        bonus += 0.06 * (_pair_dot(figs, i, j) > 0)
        dates, _ = _indicators([set(c.dates) for c in claims])
        bonus += 0.03 * (_pair_dot(dates, i, j) > 0)
        cos = sim[i, j]
        # close in meaning but (almost) no distinctive word, name, figure or date in common: the same
        # topic, not the same fact
        topic_only = (cos < SURE) & ((overlap < MIN_OVERLAP) | ((bonus <= 0) & (overlap < 2 * MIN_OVERLAP)))
        bonus -= 0.1 * topic_only
        sim[i, j] = cos + bonus
        sim[j, i] = sim[i, j]
        common = common_names(reporting, groups)
        story_words = common_words(reporting, groups)
        share = _name_light_overlap(claims, terms, t_mat, vocab, weights, i, j, common)
        link[i, j] = cos + np.where(cos >= LEXICAL_FLOOR, LEXICAL * share, 0.0)
        # lifted to a link by words in common that tie no claim (:func:`_no_claim_in_common`): the link is the cosine
        # alone, as for who-only pairs
        floor = fact_threshold(len(reporting))
        lifted = np.flatnonzero((link[i, j] >= floor - 0.07) & (cos < floor) & (share > 0))
        PARSES.make(claims[int(v)].text for v in np.unique(np.concatenate([i[lifted], j[lifted]])))  # one batch
        for k in lifted:
            x, y = int(i[k]), int(j[k])
            if _no_claim_in_common(claims[x], claims[y], terms[x], terms[y], common):
                link[x, y] = cos[k]
        dated_any = [bool(c.dates) for c in claims]
        # one act dated two ways ("The attack was detected at 3:40 a.m. on Saturday, the group said" / "The intrusion
        # was detected on Sunday night, according to log timestamps"): the words of the two dates are what a date
        # conflict compares, and who tells it (the frame) is no claim, so the words in common are weighed without
        # either: "attack was detected" / "intrusion was detected" (see :func:`date_dispute`)
        for k in np.flatnonzero((link[i, j] < floor) & (cos >= LEXICAL_FLOOR) & (share > 0)):
            x, y = int(i[k]), int(j[k])
            if dated_any[x] and dated_any[y] and date_dispute(claims[x], claims[y]):
                undated = [terms[v] - DATE_WORDS - frame_words(claims[v].text) for v in (x, y)]
                names = [name_words(claims[x]), name_words(claims[y])]
                link[x, y] = max(link[x, y], cos[k] + LEXICAL * _one_share(undated, names, idf))
        # two quotations are one statement only in the same words: two outlets quoting a speaker reproduce
        # the wording; two quotations on one subject ("a deal would be in Israel's interests" / "a lot will
        # have to do with Israel") are two statements
        quoted = np.array([c.quoted >= 0.5 for c in claims])
        link[i, j] = np.where(quoted[i] & quoted[j] & (share < QUOTE_SHARE), 0.0, link[i, j])
        # two sentences that quote different words are two statements, however alike their frames ("Priya Lomax,
        # whose father is on Ward 7, said: ..."): what a fact of theirs would corroborate is the quotation
        words = [quoted_terms(c.text) for c in claims]
        for k in np.flatnonzero([len(words[x]) >= 3 and len(words[y]) >= 3 for x, y in zip(i, j, strict=True)]):
            x, y = int(i[k]), int(j[k])
            # neither quotation's words are in the other sentence, quoted or not (one outlet may give in its own
            # words what the other quotes: "focusing on ending senseless gun violence")
            if all(len(words[u] & terms[v]) < OTHER_QUOTATION * len(words[u]) for u, v in ((x, y), (y, x))):
                link[x, y] = 0.0
        # a quotation and a sentence that quotes nothing: one fact only when the sentence tells what the quotation says
        # (see :func:`_quote_and_narration`)
        lone = [bool(words[k]) != bool(words[m]) for k, m in zip(i, j, strict=True)]
        for k in np.flatnonzero(lone & (link[i, j] >= floor - 0.07)):
            x, y = int(i[k]), int(j[k])
            if _quote_and_narration(claims[x], claims[y], words, terms, x, y, float(share[k])):
                link[x, y] = 0.0
        # two denials of different things ("denied that it had held back any data" / "denied a report that it planned
        # to charge 9,000 crowns"): the words before the denial say who denies, the claim is what is denied
        denial = np.array([DENIED.search(c.text) is not None for c in claims])
        for k in np.flatnonzero(denial[i] & denial[j] & (link[i, j] >= floor - 0.07)):
            x, y = int(i[k]), int(j[k])
            if _other_denials(claims[x].text, claims[y].text):
                link[x, y] = 0.0
        # what one sentence claims, the other names only as the time of its own act ("asks the Court to suspend the law
        # before it takes effect on 1 January" / "said the law would take effect on 1 January"; see
        # :func:`_only_as_a_time`)
        timed = np.array([TIME_CLAUSE.search(c.text) is not None for c in claims])
        for k in np.flatnonzero((timed[i] | timed[j]) & (link[i, j] >= floor - 0.07)):
            x, y = int(i[k]), int(j[k])
            if _only_as_a_time(claims[x], claims[y], terms[x], terms[y], common):
                link[x, y] = 0.0
        # two statements of other days (see :func:`_said_on_other_days`)
        said_on = np.array([SAID_ON.search(c.text) is not None for c in claims])
        for k in np.flatnonzero(said_on[i] & said_on[j] & (link[i, j] >= floor - 0.07)):
            x, y = int(i[k]), int(j[k])
            if _said_on_other_days(claims[x], claims[y], terms[x], terms[y]):
                link[x, y] = 0.0
        # an act done or planned once more, beside that act (see :func:`_once_more`)
        again = np.array([AGAIN.search(c.text) is not None for c in claims])
        for k in np.flatnonzero((again[i] != again[j]) & (link[i, j] >= floor - 0.07)):
            x, y = int(i[k]), int(j[k])
            if _once_more(claims[x], claims[y]) or _once_more(claims[y], claims[x]):
                link[x, y] = 0.0
        # what a sentence dates after the other's article was published: no report of it (see :func:`_after_report`)
        late = np.array([bool(c.published) or any(len(d) == 10 for d in _calendar(c)) for c in claims])
        for k in np.flatnonzero(late[i] & late[j] & (link[i, j] >= floor - 0.07)):
            x, y = int(i[k]), int(j[k])
            if _after_report(claims[x], claims[y]):
                link[x, y] = 0.0
        # one sentence warns against what the other says its speaker would allow ("cautioned the Palace against sealing
        # a harbour pact" / "would put it to a vote"): opposite stances on one thing (see :func:`stance`)
        stances = np.array([stance(c.text) for c in claims])
        for k in np.flatnonzero((stances[i] * stances[j] < 0) & (link[i, j] >= floor - 0.07)):
            link[int(i[k]), int(j[k])] = 0.0
        # one sentence negates what the other states ("The justices chose not to hear the board's appeal" / "Justices
        # Quell and Renn voted to hear the board's appeal", see :func:`_negates`), not so alike in meaning that the
        # pair is a negation conflict (score :data:`SURE`, :func:`_pair_conflicts`): two facts, neither a source of the
        # other
        negated = np.array([c.negated for c in claims])
        for k in np.flatnonzero((negated[i] != negated[j]) & (sim[i, j] < SURE) & (link[i, j] >= floor - 0.07)):
            x, y = int(i[k]), int(j[k])
            if _negates(claims[x], claims[y]) and not _done_since(
                *((claims[x], claims[y]) if negated[x] else (claims[y], claims[x]))
            ):
                link[x, y] = 0.0
        # one scene described in opposite states ("naked" / "fully dressed", see :func:`opposite_states`), one measure
        # judged two ways ("at a steady pace" / "fewer than expected", see :func:`opposite_verdicts`); an earlier
        # happening beside the story's (see :func:`_earlier_and_now`); a threat and its withdrawal (see
        # :func:`threat_and_withdrawal`)
        for k in np.flatnonzero(link[i, j] >= floor - 0.07):
            x, y = int(i[k]), int(j[k])
            a, b = claims[x], claims[y]
            if (
                opposite_states(a.text, b.text)
                or opposite_verdicts(a.text, b.text)
                or _earlier_and_now(a, b)
                or threat_and_withdrawal(a, b)
            ):
                link[x, y] = 0.0
        # results of one actor in other contests or places ("won the primary in Ohio" / "won the Missouri primary"); two
        # people doing alike things (see :func:`_other_actors`); a lead nationwide and a poll of a place (see
        # :func:`_other_scopes`); match-ups of other pairs (see :func:`_other_matchups`); a claim that the other sentence
        # names only in passing (see :func:`_only_in_passing`); the same people or things of which the two say other
        # things (see :func:`_other_predicates`)
        for k in np.flatnonzero(link[i, j] >= floor - 0.07):
            x, y = int(i[k]), int(j[k])
            a, b = claims[x], claims[y]
            apart = _other_acts(a, b) or _other_actors(a, b) or _other_scopes(a, b) or _other_matchups(a, b)
            apart = apart or _other_predicates(a.text, b.text) or _appeal_and_event(a.text, b.text)
            apart = apart or (cos[k] < SURE and _other_statements(a, b, common | story_words))
            if apart or _only_in_passing(a, b, terms[x], terms[y], common):
                link[x, y] = 0.0
            elif _in_passing_in_both(a, b, terms[x], terms[y], common):
                link[x, y] = cos[k]
        # two sentences of one source (two of its articles) are one fact only about one subject: "She plans to vote in
        # the primary" / "Undeclared voters can vote in either primary" are two claims, and no second source tells either
        if groups:
            for k in np.flatnonzero((link[i, j] >= floor - 0.07) & (cos < SURE)):
                x, y = int(i[k]), int(j[k])
                if groups.get(claims[x].article) == groups.get(claims[y].article) and _other_subjects(
                    claims[x], claims[y]
                ):
                    link[x, y] = 0.0
        # acts dated to days that cannot be one, neither of them the other's (see :func:`_other_acts_of_other_days`)
        days = np.array([bool(_comparable(c.dates)) for c in claims])
        for k in np.flatnonzero(days[i] & days[j] & (link[i, j] >= floor - 0.07)):
            x, y = int(i[k]), int(j[k])
            if _other_acts_of_other_days(claims[x], claims[y]):
                link[x, y] = 0.0
        # the pairs that may state no fact together, however alike: both with figures, two quotations of named
        # speakers, or two sentences about a person they do not name (the others are left alone without a look)
        figured = np.array([bool(c.figures) for c in claims])
        spoken = quoted & np.array([bool(c.speakers) for c in claims])
        told = np.array([bool(c.told) for c in claims])
        dated = np.array([bool(_calendar(c)) for c in claims])
        clocked = np.array([CLOCK.search(c.text) is not None for c in claims])
        crowded = _crowded_units(reporting)
        pick = (figured[i] & figured[j]) | (spoken[i] & spoken[j]) | (told[i] & told[j]) | (dated[i] & dated[j])
        pick |= clocked[i] & clocked[j]
        # a forecast and an outcome (see :func:`_forecast_and_outcome`), among the pairs that may be one fact
        foreseen = np.array([FORESEEN.search(c.text) is not None for c in claims])
        pick |= (foreseen[i] | foreseen[j]) & (link[i, j] >= floor - 0.07)
        for k in np.flatnonzero(pick):
            x, y = int(i[k]), int(j[k])
            if _other_claims(claims[x], claims[y], crowded, float(cos[k]), float(share[k])):
                link[x, y] = 0.0
        link[j, i] = link[i, j]
    # the same toll in other words, however far apart the rest ("..., flooding the town and killing two people" / "Two
    # people died in the flood"): one fact, which the second source tells part of
    by_toll: dict[tuple[float, str, str], list[int]] = {}
    for index, c in enumerate(claims):
        if (counted := toll(c)) is not None:
            by_toll.setdefault(counted, []).append(index)
    floor = fact_threshold(len(reporting))
    for members in by_toll.values():
        for x, y in itertools.combinations(members, 2):
            a, b = claims[x], claims[y]
            if a.article != b.article and link[x, y] < floor and same_toll(a, b) and not _other_claims(a, b):
                link[x, y] = link[y, x] = floor
    # one finding told in other words with the same two figures or more ("7 percent died ..., against 10 percent on
    # placebo" / "the rate ... fell from 10 percent to 7 percent"): the figures are what the sentences state
    for x, y in _same_figures(claims):
        if link[x, y] < floor and not _other_claims(claims[x], claims[y]):
            link[x, y] = link[y, x] = floor
    # one result of a contest told in other words ("Orr won the Kelby caucuses" / "Orr's victory in Kelby on Monday
    # stunned Vance"): the act, its actor and its object are the claim; not when a sentence names the result in passing
    # ("Orr, who won Kelby, flew on to Dunmore": its claim is the flight; see :func:`_same_acts`)
    for x, y in _same_acts(claims):
        if link[x, y] < floor and not _other_claims(claims[x], claims[y]):
            link[x, y] = link[y, x] = floor
    # "It" of the thing the sentence before names, on the day another outlet gives that thing ("Parliament approved the
    # hearing by 112 votes to 87. It will begin on December 3." / "The hearing will open on 3 December"): one fact,
    # whose words the pronoun hides
    for x, y in _pronoun_pairs(claims):
        if link[x, y] < floor and not _other_claims(claims[x], claims[y]):
            link[x, y] = link[y, x] = floor
    # one count of a person's children, which says who she is (see :func:`_same_kin_counts`)
    for x, y in _same_kin_counts(claims):
        if link[x, y] < floor and not _other_claims(claims[x], claims[y]):
            link[x, y] = link[y, x] = floor
    # a sentence whose claim is only a pointer ("There is zero evidence for this.") states what its antecedent says:
    # one fact with another sentence only when its antecedent is (see :func:`_only_a_pointer`)
    pointing = _antecedents(claims, terms)
    for x, ante in pointing.items():
        for v in (int(k) for k in np.flatnonzero(link[x] >= floor - 0.07)):
            other = pointing.get(v, v)
            if claims[v].article == claims[x].article or WORDS.findall(claims[v].text.lower()) == WORDS.findall(
                claims[x].text.lower()
            ):
                continue  # the same words in two sources ("This is an urgent update."): one statement, a shared line
            if ante < 0 or other < 0 or link[ante, other] < floor:
                link[x, v] = link[v, x] = 0.0
    sim[same] = 0.0
    link[same] = 0.0
    # a case supposed ("For instance, suppose that Orr secures enough delegates ...") and a report: whatever the words and
    # figures in common, or the lifts above, two claims (see :func:`supposes`)
    supposing = np.array([supposes(c.text) for c in claims], dtype=bool)
    if supposing.any():
        apart = supposing[:, None] != supposing[None, :]
        link[apart] = 0.0
    # a sentence that is nothing but names ("Marco Rubio (1.)", a list item or a byline) states no fact
    bare = [k for k, c in enumerate(claims) if not terms[k] - name_words(c)]
    link[bare, :] = 0.0
    link[:, bare] = 0.0
    return sim, link


POINTER = re.compile(
    r"\b(?:this|that|these|those)\b(?=\s*(?:[.,;:!?\"”’)]|$|(?:is|was|are|were|has|had|will|would)\b))|\bit\b(?=\s*(?:[.,;:!?\"”’)]|$))",
    re.I,
)
"""A word that points at what another sentence says: "this", "that" standing alone ("There is zero evidence for this.",
"That is false, she said."), or "it" as an object ("She denied it."), not a subject that stands for what
follows ("It is unclear what she is being treated for")."""
POINTER_TERMS = 3
"""Content words a sentence that points at another's claim may have besides: "zero evidence", "false"."""


def _only_a_pointer(c: Claim, terms: set[str]) -> bool:
    """A short sentence whose content is only a pointer (:data:`POINTER`) and a word or two about it, naming no one, no
    figure and no date: "There is zero evidence for this." / "There's no evidence of that." have no claim of their own;
    what they deny is what the sentence before says. Not a quotation: two outlets quoting the same words ("This is a
    piece of our history," he wrote) give one statement, whatever it points at."""
    return (
        not (c.entities or c.figures or c.dates)
        and c.quoted < 0.5
        and len(terms) <= POINTER_TERMS
        and len(c.text.split()) <= 12
        and POINTER.search(c.text) is not None
    )


def _antecedents(claims: list[Claim], terms: list[set[str]]) -> dict[int, int]:
    """Index of each sentence that is only a pointer (:func:`_only_a_pointer`) -> index of the sentence before it in
    its article, its likely antecedent (-1 when it opens the article)."""
    out: dict[int, int] = {}
    for k, c in enumerate(claims):
        if _only_a_pointer(c, terms[k]):
            before = [b for b in range(len(claims)) if claims[b].article == c.article and claims[b].end <= c.start]
            out[k] = max(before, key=lambda b: claims[b].start) if before else -1
    return out


AGAINST = re.compile(
    r"\b(?:warn|caution|urg|advis|argu|campaign|vot|counsel)(?:e|es|ed|ing|s)?\b[^.;:,]{0,60}?\bagainst\b|"
    r"\b(?:oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|veto(?:es|ed|ing)?)\b",
    re.I,
)
"""Words of a stance against a thing: "cautioned the Palace against sealing a pact", "opposes the bill"."""
IN_FAVOUR = re.compile(
    r"\b(?:support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|favou?r(?:s|ed|ing)|allow(?:s|ed|ing)?|"
    r"permit(?:s|ted|ting)?)\b|\b(?:put|puts|putting|bring|brings|bringing|brought)\b[^.;:]{0,40}?\b(?:to|up for) a "
    r"(?:vote|ballot)\b",
    re.I,
)
"""Words of a stance for a thing: "would put it to a vote", "supports", "will allow the deal"."""
TURNED = re.compile(r"\b(?:not|never|no|nor)\b|n[’']t\b", re.I)
"""A negation, which may turn a stance round ("would not put it to a vote")."""


def stance(text: str) -> int:
    """-1 when the sentence takes a stance against a thing (:data:`AGAINST`) and none for one, 1 for the opposite
    (:data:`IN_FAVOUR`), else 0 (neither, both, or a negation that may turn either round): "Rusk cautioned the Palace
    against sealing a harbour pact" (-1) and "Rusk said he would put the pact to a vote" (1) are opposite stances on
    one pact, two claims however alike their words."""
    if TURNED.search(text):
        return 0
    against, for_ = AGAINST.search(text) is not None, IN_FAVOUR.search(text) is not None
    return -1 if against and not for_ else 1 if for_ and not against else 0


EARLIER_TIME = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December|(?:19|20)\d\d|"
    r"[Ll]ast (?:week|month|year|spring|summer|autumn|fall|winter)|(?:weeks|months|years?) ago)\b"
)
"""A time a sentence may tell an earlier happening at: a month, a year, "last year", "years ago"."""
PAST_ADVERBS = frozenset({"previously", "formerly", "once"})
_HOW_OFTEN = re.compile(r"\s+(?:a|an|every|per|more|again|in a)\b", re.I)
"""Words after "once" that make it how often ("just once a month"), not a time before."""
PAST_WORDS = re.compile(
    r"\b(?:previously|formerly|once|before|earlier|prior|past|history|record|again|ago|already)\b", re.I
)
"""Words of a sentence that may tell an earlier happening too ("Lohan has spent time at Betty Ford before")."""
PAST_OBJECTS = frozenset({"history", "record"})


@functools.lru_cache(maxsize=4096)
def tells_an_earlier_time(text: str) -> tuple[str, ...] | None:
    """The times (:data:`EARLIER_TIME`, lower case) of a sentence whose main verb tells an earlier happening than the
    story's, or None: a past of its subject ("has a long history of violence against partners", "had a record of
    ..."), an act done before ("was previously jailed", "once came upon him"), or another one like the story's at a
    time it names ("Seabed cables were also broken in January"). It is no source of the story's event, however many
    words it shares with a report of it."""
    doc = _parsed(text)
    root = _main_verb(doc)
    if root is None:
        return None
    times = tuple(m.group(0).lower() for m in EARLIER_TIME.finditer(text))
    kids = list(root.children)
    past = root.lemma_.lower() == "have" and any(k.dep_ == "dobj" and k.lemma_.lower() in PAST_OBJECTS for k in kids)
    past |= any(
        k.dep_ == "advmod" and k.lower_ in PAST_ADVERBS and k.i > 0 and not _HOW_OFTEN.match(text, k.idx + len(k))
        for k in kids
    )
    # "also" with a time on the main verb itself ("were also broken in January"), not in a clause of its object ("also
    # starred in the show, which premiered in September 2005")
    dated = any(
        k.dep_ == "prep" and any(g.dep_ == "pobj" and EARLIER_TIME.search(g.text) for g in k.children) for k in kids
    )
    past |= dated and any(k.dep_ == "advmod" and k.lower_ == "also" for k in kids)
    return times if past else None


def _earlier_and_now(a: Claim, b: Claim) -> bool:
    """One sentence tells an earlier happening (:func:`tells_an_earlier_time`), the other does not, nor names its
    time: "In January, web services were also cut in Kelmar" / "Overseas phone and web services in Kelmar were cut by
    80 percent" (of Friday's outage), two happenings, not one told twice."""
    ta, tb = tells_an_earlier_time(a.text), tells_an_earlier_time(b.text)
    if (ta is None) == (tb is None):
        return False
    times, other = (ta, b.text) if ta is not None else (tb, a.text)
    return not PAST_WORDS.search(other) and not any(t in other.lower() for t in times or ())


OPPOSITE_STATES = [
    (r"naked|nude|undressed|unclothed", r"(?:fully\s+)?(?:dressed|clothed)"),
    (r"unarmed", r"armed"),
    (r"unconscious", r"conscious"),
    (r"asleep", r"awake"),
    (r"sober", r"drunk|intoxicated"),
]  # fmt: skip
"""States a person is told in that one description cannot give both of: naked or dressed, armed or unarmed."""
_STATE_PATTERNS = [tuple(re.compile(rf"\b(?:{w})\b", re.I) for w in pair) for pair in OPPOSITE_STATES]


def opposite_states(a: str, b: str) -> bool:
    """One sentence tells a state (:data:`OPPOSITE_STATES`) and the other its opposite, neither both: "came upon him
    naked under a running shower" / "came upon him under a running shower, fully dressed" describe one scene two ways,
    a disagreement, not a second source of either description."""
    for one, other in _STATE_PATTERNS:
        for x, y in ((a, b), (b, a)):
            if one.search(x) and other.search(y) and not other.search(x) and not one.search(y):
                return True
    return False


_EXPECTED = r"(?:expected|forecasts?|predicted|anticipated|projected|estimated|estimates|expectations|hoped)"
_PACE = r"(?:pace|clip|rate)"
_ESTIMATES = r"(?:expectations|forecasts?|estimates?|predictions|projections)\b"
_FEW = r"(?:[\w'’]+[\s-]+){0,3}?"
VERDICTS = [
    (
        rf"\b(?:more|higher|greater|better|stronger|faster|bigger|larger)[\s-]+{_FEW}than[\s-]+{_FEW}{_EXPECTED}\b|"
        rf"\b(?:beat|beats|beating|exceeded|exceeds|topped|tops|surpassed|surpasses)\s+{_FEW}{_ESTIMATES}",
        rf"\b(?:fewer|less|lower|smaller|worse|weaker|slower)[\s-]+{_FEW}than[\s-]+{_FEW}{_EXPECTED}\b|"
        rf"\b(?:missed|misses|missing|(?:fell|falls|falling)\s+short\s+of)\s+{_FEW}{_ESTIMATES}",
    ),
    (
        rf"\b(?:at|kept|keeps|keeping|held|holds|maintained)\s+(?:up\s+)?(?:a|its|their|the)\s+(?:\w+\s+)?"
        rf"(?:steady|solid|strong|brisk|robust|healthy|rapid|fast|quick|swift)\s+{_PACE}\b|"
        r"\b(?:accelerat(?:ed|es|ing)|sped\s+up|picked\s+up\s+(?:pace|speed|steam))\b",
        rf"\b(?:slow(?:ed|s|ing|er|est)?|sluggish|tepid|weak(?:er|est)?)[\s-]+{_FEW}{_PACE}\b|"
        r"\b(?:slowed|slowing|slows|decelerat(?:ed|es|ing)|cool(?:ed|ing))\b",
    ),
]  # fmt: skip
"""Verdicts on a measure, each a pair (the good sense, the bad sense): above or below what was expected ("added more
jobs than forecast" / "added fewer jobs than expected", "beat estimates" / "missed estimates"), and a fast or a slow
pace ("added jobs at a steady pace" / "the slowest pace of hiring", "wage gains slowed"). Not high or low as such ("the jobless rate hit a
40-year low" is no verdict on a pace)."""
_VERDICT_PATTERNS = [tuple(re.compile(w, re.I) for w in pair) for pair in VERDICTS]
_TURNED_BEFORE = re.compile(r"\b(?:not|never|no|nor|hardly|barely)\b[^.;,]{0,20}$|n[’']t\s+(?:\w+\s+)?$", re.I)


def _verdicts(text: str) -> set[int]:
    """+1 and/or -1: the senses of the verdicts of :data:`VERDICTS` a sentence gives (above what was expected or fast,
    below or slow), not turned round by a negation just before them ("did not slow")."""
    out = set()
    for pair in _VERDICT_PATTERNS:
        for sign, pattern in zip((1, -1), pair, strict=True):
            if any(not _TURNED_BEFORE.search(text[: m.start()]) for m in pattern.finditer(text)):
                out.add(sign)
    return out


def opposite_verdicts(a: str, b: str) -> bool:
    """The two sentences give verdicts of opposite senses (:data:`VERDICTS`) and neither gives both: "Employers added
    jobs at a steady pace last month" / "Employers added fewer jobs than expected in May" judge one jobs report two
    ways, two claims (each its outlet's), not a second source of either. Two verdicts of one sense in other words
    ("fewer jobs than expected" / "fell short of forecasts", "the slowest pace in five months") stay one fact."""
    va, vb = _verdicts(a), _verdicts(b)
    return len(va) == len(vb) == 1 and va != vb


THREAT = r"\bthreat(?:en(?:s|ed|ing)?|s)?\b"
_WITHDRAWING = (
    r"(?:\b(?:not|never)\s+(?:\w+\s+)?|n[’']t\s+(?:\w+\s+)?)(?:impose|carry\s+out|go\s+ahead\s+with|follow\s+through\s+on|act\s+on)"
    r"|\b(?:withdr[ae]w|withdrawn|withdraws|dropped|drops|abandoned|abandons|scrapped|scraps|shelved|shelves|lifted)"
)
WITHDRAWN = re.compile(
    rf"(?:{_WITHDRAWING})\b[^.;]{{0,30}}?{THREAT}|{THREAT}[^.;]{{0,70}}?\b(?:was|were|has\s+been|have\s+been|is|are)\s+"
    r"(?:now\s+)?(?:withdrawn|dropped|abandoned|scrapped|shelved|lifted|off)\b",
    re.I,
)
"""A threat withdrawn: "will not impose its threatened duties", "withdrew its threat", "the threat has been dropped"."""
_ON_CONDITION = re.compile(r"\b(?:until|unless|if|demand\w*|urg\w*|ask\w*|call\w*\s+on|want\w*)\b[^.;]*$", re.I)
"""Words before a withdrawal that make it a condition or a demand ("until Ostmark withdrew its threat"), not done."""


def threat_and_withdrawal(a: Claim, b: Claim) -> bool:
    """One sentence tells a threat ("Ostmark has threatened duties on Tarnland wine"), the other that the threat was
    withdrawn ("Under the agreement, Ostmark will not impose its threatened duties ..."): two facts of two days, the
    second the outcome of the first; counted as one, the outcome would be a mere second source of the threat. Not a
    withdrawal set as a condition or a demand ("will keep the tariff until Ostmark withdraws its threat")."""
    for x, y in ((a, b), (b, a)):
        m = WITHDRAWN.search(x.text)
        if m is None or _ON_CONDITION.search(x.text[: m.start()]) or not re.search(THREAT, y.text, re.I):
            continue
        if (n := WITHDRAWN.search(y.text)) is None or _ON_CONDITION.search(y.text[: n.start()]):
            return True
    return False


def _other_acts_of_other_days(a: Claim, b: Claim) -> bool:
    """Each sentence dates an act still to come to a day the other's days cannot be (:func:`_dates_disagree`:
    "Wednesday" / "Thursday"), the acts dated are not one (neither dated verb is the other's dated verb or its event),
    neither date is one of saying, and they count nothing alike: "could vote as soon as Wednesday on a bill to avoid a
    shutdown" and "looks set to avoid a shutdown on Thursday at midnight" tell the vote and the deadline, two claims,
    though the bill's purpose names the second act. The same act on two days is a date conflict, and stays one fact."""
    if not (a.planned_dates and b.planned_dates) or not _dates_disagree(a.dates, b.dates):
        return False  # two acts done on other days: :func:`_acts_of_other_days`
    if {f.unit for f in a.figures} & {f.unit for f in b.figures}:
        return False
    heads_a, _, held_a, objects_a = _dated_verbs(a.text)
    heads_b, _, held_b, objects_b = _dated_verbs(b.text)
    heads_a = frozenset(h for h in heads_a if not h.startswith("n:"))
    heads_b = frozenset(h for h in heads_b if not h.startswith("n:"))
    if not heads_a or not heads_b or _saying(a.text, heads_a) or _saying(b.text, heads_b):
        return False
    meet = heads_a & heads_b or held_a & objects_b or held_b & objects_a
    return not (meet or heads_a & _done_acts(b.text) or heads_b & _done_acts(a.text))


ACT_OF = {
    "win": "win", "victory": "win", "winner": "win", "triumph": "win", "defeat": "win", "beat": "win",
    "lose": "lose", "loss": "lose", "loser": "lose",
}  # fmt: skip
"""Words that tell the result of a contest, verb or noun, and the act they tell ("Orr won the Kelby caucuses", "Orr's
victory in Kelby", "Kelby winner Orr"). The verbs "defeat" and "beat" tell a win of their subject ("Kelby Rovers beat
Dunmore in the cup final"); the noun ("Orr's defeat in Kelby") a loss."""
NOUN_ACT = {"defeat": "lose"}
ACT_WORDS = re.compile(
    r"\b(?:w[io]n(?:s|ning|ner|ners)?|victor(?:y|ies)|triumph\w*|defeat\w*|beat(?:s|en|ing)?|los(?:e|es|t|ing|s|er|ers))\b",
    re.I,
)
UNSURE = frozenset({"expected", "possible", "potential", "likely", "predicted", "projected", "probable", "hoped"})
"""Words before a noun of an act that make it foreseen, not told: "an expected victory"."""
CONTESTS = frozenset(
    {"caucus", "primary", "election", "race", "contest", "vote", "poll", "ballot", "runoff", "nomination", "seat"}
    | {"state", "county", "district", "match", "game", "final", "title", "championship", "cup", "case", "battle"}
)
"""Nouns of what is won or lost as a contest's result: "won the caucuses", "lost the runoff" (not "won the support of
farmers", "lost his temper", another sense)."""
CONDITIONS = frozenset({"if", "unless", "whether", "once"})
"""Words that make the act of their clause a condition: "If Orr wins Kelby, ..."."""
OBJECT_PREPS = frozenset({"in", "at", "of"})
ACTOR_PREPS = frozenset({"for", "to", "by"})


@dataclass(frozen=True)
class Act:
    """An act a sentence tells as done (:func:`told_acts`): what (``act``), by whom (the last word of the name,
    lower case), of what or where (the content words of its object and place; ``names``: those of them that are
    names), in which years."""

    act: str
    actor: str
    objects: frozenset[str]
    names: frozenset[str]
    years: frozenset[str]
    claimed: bool = True
    """The act is what the sentence claims (:func:`_claimed_act`): "Orr won Kelby", "Orr's victory in Kelby stunned
    Vance"; not a description of a name in passing ("Vance attacked Kelby winner Orr", "Orr, who won Kelby, flew on to
    Dunmore") nor the scene of another act ("On the day she won Kelby, Orr got a ruling")."""

    def same(self, other: Act) -> bool:
        """The same act by the same actor, of one thing at one time: "won the Kelby caucuses" and "victory in Kelby",
        not "won Dunmore" (another place, ``names`` apart) nor "won Kelby in 2031" of a report of 2035."""
        if (self.act, self.actor) != (other.act, other.actor) or not self.objects & other.objects:
            return False
        if (
            self.names
            and other.names
            and not any(_part_of(n, m) or _part_of(m, n) for n in self.names for m in other.names)
        ):
            return False
        return not (self.years and other.years and not self.years & other.years)


def _actor(tok: Any, c: Claim) -> str:
    """The last word of the name ``tok`` belongs to, lower case ("Orr" of "Nell Orr"); for "he" or "she", the person of
    the clause the act hangs on ("On the day he won Kelby, Nell Orr ...") or the one the sentence stands for
    (``Claim.he``); else "" (a title, "the Dorsan senator, who won Kelby", names no one the sentence does not)."""
    if tok.lower_ in ("he", "she"):
        verb = tok.head
        if verb.dep_ in ("ccomp", "advcl", "conj") and verb.head.i != verb.i:
            subject = next((k for k in verb.head.children if k.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PROPN":
                return _actor(subject, c)
        return c.he
    if tok.pos_ != "PROPN":
        return ""
    while tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        tok = tok.head
    return _words_last(tok.text)


def _words_last(name: str) -> str:
    """The last word of a name, lower case, without what the tokenizer left on it ("Cruz—35") nor a generation's
    suffix ("Penn" of "Arlo Penn Jr.")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", name.lower())
    while len(words) > 1 and words[-1].rstrip(".") in GENERATION:
        words.pop()
    return words[-1] if words else ""


def _object_words(toks: Iterable[Any]) -> tuple[set[str], set[str]] | None:
    """The content words of an act's objects and places, and the names among them (each name whole, lower case: "new
    sarrow", not "new"); None when a count or a share is what the act is of ("won 28 percent"): figures, which the
    conflicts compare, and a noun of another sense of the act ("won the support of", "lost his temper")."""
    words: set[str] = set()
    names: set[str] = set()
    for top in toks:
        run: list[str] = []
        for t in top.subtree:
            if (t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper())) and t.ent_type_ != "NORP":
                run.append(t.lower_)  # a place or a body, not a party or a people ("the Democratic primary")
            elif run:
                names.add(" ".join(run))
                run = []
            if t.ent_type_ in ("DATE", "TIME"):
                continue  # when, not what
            if (t.pos_ == "NUM" or t.like_num) and not _score(t):
                return None
            if t.pos_ == "NOUN" and t.lemma_.lower() not in CONTESTS and t.dep_ not in ("amod", "compound"):
                return None  # (a noun that only modifies the contest, "the opening Kelby caucuses", is no other sense)
            if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "ADJ" and t.text[:1].isupper()):
                words.add((t.lemma_ if t.pos_ == "NOUN" else t.text).lower())
        if run:
            names.add(" ".join(run))
    return words, names


def _going_on(tok: Any) -> bool:
    """``tok`` is the participle of a clause that goes on with a sentence told in the past, set off by a comma at its
    end, with no subject or opening word of its own: "Orr managed to stop the surge, defeating Vance in the Kelby
    caucuses Monday." It tells what the main clause's subject did, as done as the main clause (the parse may hang it
    on any verb before it). Not "Orr heads to Dunmore, winning ..." (the present), "after winning" (marked) nor a
    participle inside the sentence ("Winning Kelby, Orr ...")."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp") or tok.i < 2 or doc[tok.i - 1].text != ",":
        return False
    if _marked(tok) or any(
        k.dep_ == "neg" or (k.dep_ in ("nsubj", "nsubjpass") and k.i > tok.i - 2) for k in tok.children
    ):
        return False  # (a subject of its own: "..., Marr beating Bex"; one before the comma is the parse's slip)
    last = len(doc) - 1 if doc[-1].is_punct else len(doc)
    main = _main_verb(doc)
    return (
        tok.right_edge.i >= last - 1
        and main is not None
        and main.i < tok.i
        and main.tag_ == "VBD"
        and not any(k.dep_ in ("aux", "neg") for k in main.children)
        and any(k.dep_ == "nsubj" for k in main.children)
    )


def _main_subject(tok: Any) -> Any:
    """The subject of the main verb of ``tok``'s sentence (who a clause going on with it tells of: :func:`_going_on`)."""
    main = _main_verb(tok.doc)
    return next((k for k in main.children if k.dep_ == "nsubj"), None) if main is not None else None


def _score(tok: Any) -> bool:
    """``tok`` is a number of a match's score ("beat Dunmore 2-1", "won 3–0"): the result's, no count won."""
    doc, i = tok.doc, tok.i
    after = i + 2 < len(doc) and doc[i + 1].text in ("-", "–") and doc[i + 2].like_num
    before = i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].like_num
    return after or before


def _unsure(tok: Any) -> bool:
    """The act is told as foreseen, wished, denied or as a condition, not as done: "is expected to win", "hopes for
    a victory", "did not win", "a win would", "to win Kelby". A clause going on with a past sentence (:func:`_going_on`)
    tells a done act."""
    if _going_on(tok):
        return False
    for t in (tok, *tok.ancestors):
        kids = list(t.children)
        if any(k.dep_ == "neg" or (k.dep_ == "mark" and k.lower_ in CONDITIONS) for k in kids) or any(
            k.lower_ in FUTURE_AUX for k in kids if k.dep_ in ("aux", "auxpass")
        ):
            return True
        if t is not tok and t.lemma_.lower() in WISHING | DECIDING:
            return True
        if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VB",) and not any(k.lower_ in ("did", "do", "does") for k in kids):
            return True
        if t.dep_ in ("ccomp", "ROOT", "relcl"):
            break  # the clause the act is told in ends here
    if tok.pos_ == "NOUN":
        return any(k.lower_ in UNSURE for k in tok.children)
    return tok.tag_ in ("VB",) or (tok.tag_ == "VBG" and tok.head.lower_ not in ("after", "since", "by", "with"))


def told_acts(c: Claim) -> list[Act]:
    """The results of contests a sentence tells as done (:data:`ACT_OF`), with who did them and of what."""
    if ACT_WORDS.search(c.text) is None:
        return []
    years = frozenset(YEAR.findall(c.text)) or (frozenset({c.published[:4]}) if c.published else frozenset())
    out = []
    for tok in _parsed(c.text):
        lemma = tok.lemma_.lower()
        if lemma not in ACT_OF or tok.pos_ not in ("VERB", "NOUN") or _unsure(tok):
            continue
        act = NOUN_ACT.get(lemma, ACT_OF[lemma]) if tok.pos_ == "NOUN" else ACT_OF[lemma]
        kids = list(tok.children)
        actor, objects = "", []
        if tok.pos_ == "VERB":
            subjects = [k for k in kids if k.dep_ in ("nsubj", "agent")]
            agents = [g for k in kids if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
            if tok.dep_ == "relcl" and subjects and subjects[0].tag_ in ("WP", "WDT"):
                actor = _actor(tok.head, c)  # "Orr, who won Kelby,"
            elif agents:
                actor = _actor(agents[0], c)  # "was defeated ... by Orr"
            elif _going_on(tok) and (subject := _main_subject(tok)) is not None:
                actor = _actor(subject, c)  # "Orr managed to stop the surge, defeating Vance in Kelby"
            elif subjects:
                actor = _actor(subjects[0], c)
            elif tok.dep_ in ("pcomp", "advcl"):
                # "After winning the caucuses, Orr flew home": the subject of the clause it hangs on
                head = tok.head.head if tok.dep_ == "pcomp" else tok.head
                actor = next((_actor(k, c) for k in head.children if k.dep_ == "nsubj"), "")
            objects = [k for k in kids if k.dep_ == "dobj" and not agents]
        else:
            owners = [k for k in kids if k.dep_ == "poss"]
            owners += [
                g for k in kids if k.dep_ == "prep" and k.lower_ in ACTOR_PREPS for g in k.children if g.dep_ == "pobj"
            ]
            if owners:
                actor = _actor(owners[0], c)  # "Orr's victory", "a victory for Orr"
            else:
                # "Kelby winner Nell Orr", "Orr, the winner of ...", "Orr, the senator from Dorsa and winner of ..."
                named = tok
                while named.dep_ == "conj" and named.head.i != named.i:
                    named = named.head
                edge = named.left_edge.i
                if named.dep_ == "compound" and named.head.pos_ == "PROPN":
                    actor = _actor(named.head, c)
                elif named.dep_ == "appos" and edge >= 2 and named.doc[edge - 1].text == ",":
                    # the name right before the comma, wherever the parse hangs the apposition
                    actor = _actor(named.doc[edge - 2], c)
                else:
                    actor = next((_actor(k, c) for k in kids if k.dep_ == "appos"), "")
            objects = [k for k in kids if k.dep_ in ("compound", "amod") and k.text[:1].isupper()]
            before = tok.i - 1
            while before >= 0 and tok.doc[before].pos_ == "PROPN" and tok.doc[before].head.i != tok.head.i:
                before -= 1  # "Kelby winner Nell Orr": the name before the noun, the parse may hang it elsewhere
            objects += [t for t in tok.doc[before + 1 : tok.i] if t not in objects]
        objects += [
            g for k in kids if k.dep_ == "prep" and k.lower_ in OBJECT_PREPS for g in k.children if g.dep_ == "pobj"
        ]
        found = _object_words(objects)
        if found is None:
            continue
        words, names = found
        if _going_on(tok) and not (names or words & CONTESTS):
            continue  # "..., beating the party favourite": no contest named
        if actor and words - {actor}:
            claimed = _claimed_act(tok)
            out.append(Act(act, actor, frozenset(words - {actor}), frozenset(names - {actor, ""}), years, claimed))
    return out


CLAIM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ROOT"})
"""How a noun of an act hangs on a verb of the sentence's claim when the act is part of the claim: its subject ("Orr's
victory in Kelby stunned Vance"), object ("scored a decisive victory") or predicate ("It was a win for Orr")."""


def _claim_verbs(doc: Any) -> set[int]:
    """Token indices of the verbs a sentence tells its claim with: the main verb (:func:`_main_verb`), the verbs joined
    to it ("crushed in Kelby, won Dunmore and lost Sarrow") and a participle that goes on with it after it ("had a good
    night, winning Kelby and Dunmore"); not a clause set before it ("On the day she won Kelby, ...", "After winning
    Kelby, ..."), a relative clause nor an apposition, which describe a name or give the scene of another act."""
    main = _main_verb(doc)
    if main is None:
        return set()
    out, todo = set(), [main]
    while todo:
        verb = todo.pop()
        if verb.i in out:
            continue
        out.add(verb.i)
        for k in verb.children:
            joined = k.dep_ == "conj" and k.pos_ in ("VERB", "AUX")
            going_on = k.dep_ in ("advcl", "xcomp") and k.i > verb.i and k.tag_ == "VBG" and not _marked(k)
            if joined or going_on:
                todo.append(k)
    return out


def _marked(tok: Any) -> bool:
    """The clause of ``tok`` is opened by a subordinating word ("if", "while", "after")."""
    return any(m.dep_ == "mark" for m in tok.children)


def _claimed_act(tok: Any) -> bool:
    """The act word ``tok`` (a verb or noun of :data:`ACT_OF`) tells what the sentence claims (:func:`_claim_verbs`),
    not what it says of a name in passing or the scene of its claim: "Vance attacked Orr, the winner of the Kelby
    caucuses," claims an attack, of which "Orr won the Kelby caucuses" is no source."""
    verbs = _claim_verbs(tok.doc)
    if tok.pos_ == "VERB":
        return tok.i in verbs or _going_on(tok)
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "won victories in Kelby and Dunmore"
    if tok.dep_ == "ROOT":
        return True  # "Orr's victory in Kelby."
    return tok.dep_ in CLAIM_DEPS and tok.head.i in verbs


def _same_acts(claims: list[Claim]) -> Iterator[tuple[int, int]]:
    """Pairs of sentences of different articles that tell one result of a contest as done (:func:`told_acts`) as what
    they claim (``Act.claimed``), however they word it. A sentence that names the result in passing ("attacking Kelby
    winner Orr") claims something else: it is no source of the result."""
    acts = {k: [a for a in told_acts(c) if a.claimed] for k, c in enumerate(claims) if ACT_WORDS.search(c.text)}
    keyed = [k for k, v in acts.items() if v]
    for x, y in itertools.combinations(keyed, 2):
        if claims[x].article != claims[y].article and any(p.same(q) for p in acts[x] for q in acts[y]):
            yield x, y


SCENE_MARKS = frozenset({"after", "when", "as", "once", "since", "before", "until"})
"""Words that open a clause giving the time of a sentence's claim ("After she won Kelby, ..."); a clause opened by
another ("While Comey said she was careless, ...", "Although ...") tells a claim of its own."""
OCCURRENCE_VERBS = frozenset({"come", "happen", "occur", "follow", "arrive"})
"""Verbs that tell only when a thing happened ("The revelation came days after the council imposed sanctions"): what
they are set after is the sentence's news, not said in passing."""
SCENE_PREPS = frozenset({"after", "following"})
"""Prepositions that set the claim after another event, told as a noun or a clause, before or after the claim's verb:
"A man was charged with arson after a fire at the store", "Following the crash, police closed the road"."""


def _scene_after(tok: Any) -> bool:
    """``tok`` heads a clause after the main verb that gives the time of its claim, opened by a word of
    :data:`SCENE_MARKS` and with a verb of its own: "Kerr called off the strikes after Ostmark shot down a drone",
    "Rescuers stopped for the day after bringing four boys out". Not a place or a time without an act ("after the
    vote", "in Kelby")."""
    marks = {k.lower_ for k in tok.children if k.dep_ == "mark"} if tok.dep_ == "advcl" else {tok.lower_}
    return bool(marks) and marks <= SCENE_MARKS and any(t.pos_ in ("VERB", "AUX") for t in tok.subtree)


@functools.lru_cache(maxsize=4096)
def aside_words(text: str) -> frozenset[str]:
    """The content words (as :func:`content_terms` writes them) a sentence says only in passing, beside its claim
    (:func:`_main_verb`): an apposition ("Vance attacked Orr, the winner of the Kelby caucuses, over farm aid"), a
    clause set before the main verb that gives its scene ("On the day she won the Kelby caucuses, Orr got a ruling",
    "After winning Kelby, Orr flew home") or after it (:func:`_scene_after`: "Orr flew home after she won Kelby"), an
    event the claim is set after, before or after its verb ("A man was charged with arson after a fire at the store",
    "Two people died when a fire broke out": the charge and the deaths are the claims, of which "A fire broke out at
    the store" is no source) and a noun of what a person did or is, set before the name ("attacking Kelby winner Nell
    Orr")."""
    return _asides(text)[0]


@functools.lru_cache(maxsize=4096)
def _asides(text: str) -> tuple[frozenset[str], tuple[tuple[int, int], ...]]:
    """:func:`aside_words`, and the character spans in ``text`` of the words said in passing."""
    doc = _parsed(text)
    main = _main_verb(doc)
    if main is None:
        return frozenset(), ()
    picked: set[int] = set()
    for tok in doc:
        if tok.dep_ == "appos":
            picked.update(t.i for t in tok.subtree)
        elif tok.head.i == main.i and tok.dep_ in ("advcl", "prep", "ccomp"):
            marks = {k.lower_ for k in tok.children if k.dep_ == "mark"}
            clause = any(t.pos_ in ("VERB", "AUX") for t in tok.subtree)
            if tok.i < main.i and clause and marks <= SCENE_MARKS:
                picked.update(t.i for t in tok.subtree)  # a clause of its own before the claim
            elif main.lemma_.lower() in OCCURRENCE_VERBS:
                pass  # "The revelation came days after the council imposed sanctions": the time is the claim
            elif (tok.dep_ == "prep" and tok.lower_ in SCENE_PREPS) or (
                tok.i > main.i and tok.dep_ == "advcl" and tok.left_edge.lower_ in SCENE_MARKS
            ):
                picked.update(t.i for t in tok.subtree)  # "after a fire at the store", "..., when a fire broke out"
            elif tok.i > main.i and tok.dep_ in ("advcl", "prep") and _scene_after(tok):
                picked.update(t.i for t in tok.subtree)  # "..., Orr flew home after she won Kelby"
        elif tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
            picked.update(t.i for t in tok.subtree)  # "Kelby winner Nell Orr"
    # the words as written ("break-in", not "break - in"), a space between the parts picked apart
    words = "".join(doc[k].text + (doc[k].whitespace_ if k + 1 in picked else " ") for k in sorted(picked))
    return frozenset(content_terms(words)), tuple((doc[k].idx, doc[k].idx + len(doc[k])) for k in sorted(picked))


def _subject_and_predicate(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The content words (as :func:`content_terms` writes them) of the subject of a sentence's claim (the subjects of
    its :func:`_main_verb`) and of the rest of that verb's clause, what it says of them; None without a verb and a
    subject of several people or things (a list, "Ardo, Belk and Cray"; a count, "the two previous winners"): of one,
    two outlets tell the same act in other verbs ("died" / "passed away")."""
    doc = _parsed(text)
    main = _main_verb(doc)
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [k for k in main.children if k.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass")]
    said = {t.i for k in subjects for t in k.subtree}
    if not any(doc[k].dep_ in ("conj", "nummod") for k in said):
        return None
    rest = [t.text for t in main.subtree if t.i not in said]
    return _content_terms(" ".join(doc[k].text for k in sorted(said))), _content_terms(" ".join(rest))


def _other_predicates(a: str, b: str) -> bool:
    """The two sentences say other things of one subject: every word they share (a day aside) is in the subject of both
    (:func:`_subject_and_predicate`), and what each says of it has no word, name or figure of the other's. "Senators
    Ardo, Belk and Cray met the union" / "Ardo, Belk and Cray all voted against the bill"; "The last two winners, Belk
    and Cray, did not end up as the nominee" / "The two previous winners, Belk and Cray, won just 3 percent between
    them": the same people, two claims. Not when a word in common is what one of them claims ("Ardo won the Talvik
    primary" / "Talvik primary voters chose Ardo": the primary and its winner, in other words)."""
    x, y = _subject_and_predicate(a), _subject_and_predicate(b)
    if x is None or y is None:
        return False
    shared = (_content_terms(a) & _content_terms(b)) - DATE_WORDS
    return bool(shared) and shared <= x[0] & y[0] and not (x[1] & y[1]) - DATE_WORDS


def common_words(claims: Sequence[Claim], groups: dict[str, str] | None = None) -> frozenset[str]:
    """The content words that more than half of a story's independent sources (``groups``: article -> source), three at
    least, use, in a quarter of its sentences or more: its subject ("hospitals", "cyberattack" in a story of an attack
    on hospitals), which two statements of one speaker share whatever she says. Not the words of one statement most
    sources report ("a steering fault", in a few sentences of the story), nor, of two sources, each word both use."""
    source = {c.article: (groups or {}).get(c.article, c.article) for c in claims}
    used: dict[str, set[str]] = {}
    sentences: dict[str, int] = {}
    for c in claims:
        for w in content_terms(c.text):
            used.setdefault(w, set()).add(source[c.article])
            sentences[w] = sentences.get(w, 0) + 1
    n = len(set(source.values()))
    return frozenset(
        w for w, by in used.items() if len(by) > n / 2 and len(by) >= 3 and sentences[w] * 4 >= len(claims)
    )


def _said_words(text: str) -> frozenset[str] | None:
    """The content words of what a sentence says someone said: all but the root verb of saying and who says it to whom
    ("Varga told reporters *the systems would be restored*"; a second sentence or a quotation the claim holds is what
    was said too), without what it says of a noun in passing ("the hospitals *hit by the attack*"); None for a
    sentence whose root is no verb of saying with a clause it reports."""
    doc = _parsed(text)
    main = _main_verb(doc)
    if main is None or main.dep_ == "ROOT":
        return None
    root = main.head
    frame = [k for k in root.children if k.dep_ in ("nsubj", "dobj", "dative", "npadvmod", "agent")]
    frame += [t for tok in doc if tok.dep_ in ("acl", "relcl", "appos") for t in tok.subtree]
    dropped = {root.i} | {t.i for k in frame for t in k.subtree}
    return _content_terms(" ".join(t.text for t in doc if t.i not in dropped))


def _other_statements(a: Claim, b: Claim, common: frozenset[str]) -> bool:
    """Two reports of what one speaker said (a surname in common) whose said clauses (:func:`_said_words`) share no
    figure, and no word beside who (:func:`who_words`, names), when (:data:`DATE_WORDS`) and the story's ``common`` words and names
    (:func:`common_words`): "Health Minister Ilse Varga said the hospitals hit by the attack would restore their systems
    within days" / "Varga said the attackers had copied patient records from the hospitals hit by the attack" are two
    statements, which the speaker, the verb of saying and the story's words make alike in meaning and words. One
    statement in other words shares what it is about ("would restore their systems within days" / "the computers would
    be working again in a few days")."""
    surnames = [{n.split()[-1].lower() for n in c.speakers} for c in (a, b)]
    if not surnames[0] & surnames[1]:
        return False
    said = [_said_words(a.text), _said_words(b.text)]
    if said[0] is None or said[1] is None or a.figure_keys() & b.figure_keys():
        return False  # one figure said ("60 firefighters") is one claim, whatever else the two add
    who = who_words(a) | who_words(b) | name_words(a) | name_words(b)
    return not (said[0] & said[1]) - who - common - DATE_WORDS


APPEAL_VERBS = frozenset({"urge", "appeal", "implore", "plead", "exhort", "beseech"})
"""Verbs whose clause is a wish, whatever it asks for: "urged both sides to return to talks"."""
ASKING_VERBS = frozenset({"ask", "press", "call"})
"""Verbs that make an appeal with a to-infinitive or a particle ("asked the workers to return", "called on them to
end the strike", "called for an end to the strike"), and tell something else without ("asked whether")."""


def appeal(text: str) -> bool:
    """The sentence's claim (:func:`_main_verb`) is an appeal, call or urging: "Mayor Teodor Brask urged the dock workers
    who walked off the job on Monday to return to talks" reports a wish, not the walk-out it names, and is no source of
    it (nor is the walk-out a source of the appeal); two appeals are compared as any two claims."""
    main = _main_verb(_parsed(text))
    if main is None or main.pos_ != "VERB":
        return False
    lemma = main.lemma_.lower()
    if lemma in APPEAL_VERBS:
        return True
    if lemma not in ASKING_VERBS:
        return False
    kids = list(main.children)
    if lemma == "call":
        return any(k.dep_ in ("prep", "prt") and k.lower_ in ("on", "upon", "for") for k in kids)
    return any(
        k.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in k.children) for k in kids
    )


REQUEST_VERBS = APPEAL_VERBS | ASKING_VERBS | frozenset({"demand", "request", "insist"})
"""Verbs that tell a request anywhere in a sentence ("wrote a letter to Zucker asking that ...", "demanded that
lawmakers amend the bill")."""


def _appeal_and_event(a: str, b: str) -> bool:
    """One sentence is an appeal (:func:`appeal`) and the other tells no request at all, only what happened: the
    appeal is no source of the event it names ("urged the dock workers who walked off the job to return" / "the dock
    workers walked off the job"). Two reports of one request in other words ("asked the network to donate the
    profits" / "wrote a letter asking that the proceeds go to charity") are compared as any two claims."""
    if appeal(a) == appeal(b):
        return False
    other = b if appeal(a) else a
    return not any(t.pos_ == "VERB" and t.lemma_.lower() in REQUEST_VERBS for t in _parsed(other))


def _only_in_passing(a: Claim, b: Claim, ta: set[str], tb: set[str], common: frozenset[str]) -> bool:
    """What the two sentences share, beside who and where (:func:`who_words`, their names) and when, one of
    them says only in passing (:func:`aside_words`): its claim is another ("Heller accused Quist, the winner of the Dell
    caucuses, of being timid" is no source of "Quist defeated Heller in the Dell caucuses")."""
    shared = (ta & tb) - who_words(a, ta) - who_words(b, tb) - name_words(a) - name_words(b) - common - DATE_WORDS
    if not shared:
        return False
    # both only in passing ("Justices Marta Quell and Ivo Renn voted to hear" / "Justices Marta Quell and Ivo Renn
    # said they would have accepted"): who, in both, not a claim of either (:func:`_in_passing_in_both`)
    passing = [c for c in (a, b) if shared <= aside_words(c.text)]
    if len(passing) != 1:
        return False
    # a count both give, in the claim of the one that says the rest in passing, is a claim they share: "Fourteen people
    # were injured when the ferry ran aground" / "The ferry ran aground, injuring 14 passengers"
    c, other = (a, b) if passing[0] is a else (b, a)
    values = {f.value for f in other.figures}
    spans = _asides(c.text)[1]
    return not any(f.value in values and not any(s <= f.start - c.start < e for s, e in spans) for f in c.figures)


def _in_passing_in_both(a: Claim, b: Claim, ta: set[str], tb: set[str], common: frozenset[str]) -> bool:
    """What the two sentences share, beside who and where and when, both say only in passing (:func:`aside_words`: the
    noun before both names, "Justices Marta Quell and Ivo Renn"): it says who in each, and ties no claim; the pair is
    compared on meaning alone, as a who-only pair."""
    shared = (ta & tb) - who_words(a, ta) - who_words(b, tb) - name_words(a) - name_words(b) - common - DATE_WORDS
    return bool(shared) and all(shared <= aside_words(c.text) for c in (a, b))


def _other_acts(a: Claim, b: Claim) -> bool:
    """Both sentences claim a result of one actor (:func:`told_acts`, ``Act.claimed``), of the same kind, and no result
    in common: another place, contest or year ("Clinton won the Democratic primary in Ohio" / "Clinton won the Missouri
    Democratic primary"), two claims, however alike their words."""
    if ACT_WORDS.search(a.text) is None or ACT_WORDS.search(b.text) is None:
        return False
    xs, ys = ([t for t in told_acts(c) if t.claimed] for c in (a, b))
    kinds = {(p.act, p.actor) for p in xs} & {(q.act, q.actor) for q in ys}
    return bool(kinds) and not any(p.same(q) for p in xs for q in ys)


def _acting_people(c: Claim) -> frozenset[str] | None:
    """The people (last word of the name, lower case) who do what a sentence claims: the subjects of its root verb and
    of the verbs joined to it ("Orr approved ...", "Orr said ... and flew home"), a name of one of its ``people`` or one
    the parser takes for a person's; "he" or "she" as the person the sentence stands for (``Claim.he``: "He crushed in
    Dorsa and lost to Vance" tells what the person before it did, not Vance). None when a subject is no named person
    ("The senator", "Her campaign", an unknown "He") or there is none. A title before the name is no subject of its own:
    "Ostmark's chief negotiator Sella Vorn said ..." is Vorn's."""
    doc = _parsed(c.text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    verbs = [root, *(k for k in root.children if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX"))]
    people = {w for e in c.people for w in WORDS.findall(c.names.get(e, "").lower())}
    out: set[str] = set()
    for verb in verbs:
        for k in verb.children:
            if k.dep_ not in ("nsubj", "nsubjpass"):
                continue
            # a title before the name heads the subject ("Ostmark's chief negotiator Sella Vorn said"): the name is who
            named = [
                n for n in k.children if n.dep_ in ("appos", "compound", "flat") and n.i > k.i and _a_person(n, people)
            ]
            if k.lower_ in ("he", "she"):
                who = c.he
            elif _a_person(k, people):
                who = k.lower_  # the head of the name: its last word ("Orr" of "Nell Orr")
            elif k.pos_ == "NOUN" and named:
                who = named[-1].lower_
            else:
                return None
            if not who:
                return None
            out.add(who)
    return frozenset(out) or None


def _a_person(tok: Any, people: set[str]) -> bool:
    """A token that is a person's name: capitalised, a word of one of the claim's people or a name the parser takes for
    a person's."""
    return tok.text[:1].isupper() and (tok.lower_ in people or (tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"))


def _other_actors(a: Claim, b: Claim) -> bool:
    """Two people doing alike things are two claims: the people who act in one sentence (:func:`_acting_people`) are
    all others than those of the other, and not each sentence names the other's ("Orr suggested sending more troops"
    / "Vance approved a few troops"; "Vance lost Kelby to Orr and Dorsa to Piet Lund" / "He [Orr] crushed in Sarrow and
    lost to Lund in Dorsa": one names the other's actor, as the winner of another contest). Not "Orr beat Vance" /
    "Vance lost to Orr": each names the other's actor, one act told from its two sides."""
    xs, ys = _acting_people(a), _acting_people(b)
    if not xs or not ys or len(quoted_terms(a.text) & quoted_terms(b.text)) >= 3:
        return False  # one quotation given to two speakers: a dispute of who said it, which a conflict shows
    # a name spelt two ways ("Varga" / "Vargas", "Verin" / "Verrin") is one person
    if any(_one_name(x, y) for x in xs for y in ys):
        return False
    words_a, words_b = ({re.sub(r"['’]s$", "", w) for w in WORDS.findall(c.text.lower())} for c in (a, b))
    return not (any(_one_name(x, w) for x in xs for w in words_b) and any(_one_name(y, w) for y in ys for w in words_a))


def _one_name(x: str, y: str) -> bool:
    """Two spellings of one surname: the same, or one letter added, dropped or changed ("varga" / "vargas")."""
    import difflib

    return x == y or (len(x) > 3 and len(y) > 3 and difflib.SequenceMatcher(None, x, y).ratio() >= 0.8)


def _subject(c: Claim) -> str | None:
    """The head of the subject of a sentence's root verb, lower case ("orr" of "Nell Orr approved ...", "voter" of
    "Undeclared voters can vote ...", "that" of "That might sound strange"); "he" or "she" as the person the sentence
    stands for (``Claim.he``). None when it has none or the person is not known."""
    doc = _parsed(c.text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = None if root is None else next((k for k in root.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in ("he", "she"):
        return c.he or None
    return subject.lower_ if subject.pos_ in ("PROPN", "PRON") else subject.lemma_.lower()


def _other_subjects(a: Claim, b: Claim) -> bool:
    """The two sentences tell of other subjects (:func:`_subject`): "She plans to vote in the primary" / "Undeclared
    voters can vote in either primary"."""
    x, y = _subject(a), _subject(b)
    return x is not None and y is not None and x != y


MATCHUPS = re.compile(r"\bhead-to-head\b|\bmatch-?ups?\b", re.I)
"""A sentence of how candidates fare in pairs: "In head-to-head match-ups, Orr beats Vance 44-40"."""


def _other_matchups(a: Claim, b: Claim) -> bool:
    """Two sentences of head-to-head match-ups (:data:`MATCHUPS`) of other people: each names someone the other does
    not ("Orr tops Vance 41-40 and ties Lund" / "Vance would beat Piet Hale but lose to Orr"), other pairs, most often of
    other polls; not one roster told in other words."""
    if MATCHUPS.search(a.text) is None or MATCHUPS.search(b.text) is None:
        return False
    xs, ys = ({_words_last(c.names.get(e, e)) for e in c.people} for c in (a, b))
    return len(xs) >= 2 and len(ys) >= 2 and bool(xs - ys) and bool(ys - xs)


SUPPOSING = re.compile(
    r"\W*(?:(?:for (?:instance|example)|or|and|but|now|so|instead)\W+)*(?:suppose|imagine|assume|picture|let['’]s say|"
    r"what if)\b",
    re.I,
)
"""A sentence that opens by asking the reader to suppose a case: "For instance, suppose that Orr wins Kelby, ...", "Or
imagine a scenario when ...", "What if Vance wins?"."""


def supposes(text: str) -> bool:
    """The sentence supposes a case (:data:`SUPPOSING`) rather than tells one: what it supposes corroborates no report of
    what is, nor does a report corroborate it. Not "Aides assume Orr will win": what someone assumes, a report."""
    return SUPPOSING.match(text) is not None


POLLED = re.compile(r"\b(?:polls?|polling|surveys?|leads?|leading|ahead\s+of|trails?|trailing)\b", re.I)
"""A sentence that tells a standing in a poll or a race: a poll, a lead."""
NATIONWIDE = re.compile(
    r"\b(?:nationwide|nationally|national\s+(?:polls?|polling|surveys?|lead|average)|across\s+the\s+country)\b", re.I
)
"""The standing is the whole country's: "her lead among voters nationwide", "a national poll"."""


def _other_scopes(a: Claim, b: Claim) -> bool:
    """One standing measured at two scopes is two claims: a lead or a poll of the whole country (:data:`NATIONWIDE`)
    and one of a place the other sentence names, told without it ("Her lead among voters nationwide has gone" / "Orr
    leads Vance 50% to 40% in Dorsa, a poll shows"). Not two national polls, nor two polls of a place."""
    if POLLED.search(a.text) is None or POLLED.search(b.text) is None:
        return False
    wide_a, wide_b = NATIONWIDE.search(a.text) is not None, NATIONWIDE.search(b.text) is not None
    if wide_a == wide_b:
        return False
    local = b if wide_a else a
    return bool(local.places)


SAID_ON = re.compile(
    r"\b(?:said|says|told\s+[\w'’ ]{1,30}?|announced|stated|added|insisted|warned|declared)\s+(?:late\s+|early\s+)?"
    rf"(?:on\s+|last\s+)?({'|'.join(WEEKDAYS)})\b",
    re.I,
)
"""A statement dated by its weekday: "said on Monday", "told reporters Thursday"."""


def _said_on_other_days(a: Claim, b: Claim, ta: set[str], tb: set[str]) -> bool:
    """Both sentences tell what was said, on other weekdays, and say mostly other things: two statements of one speaker
    ("Velt said on Monday the law will pass this week" / "Velt said on Thursday she will not bring the law back before
    spring"), not one told twice. The same words said on two days are left to the other tests."""
    days = [{m.group(1).lower() for m in SAID_ON.finditer(c.text)} for c in (a, b)]
    if not days[0] or not days[1] or days[0] & days[1]:
        return False
    said = [t - frame_words(c.text) - set(WEEKDAYS) - who_words(c, t) for c, t in ((a, ta), (b, tb))]
    if not said[0] or not said[1]:
        return False
    return len(said[0] & said[1]) < SAME_WORDS * len(said[0] | said[1])


PRONOUN_THING = re.compile(r"[\"“‘]?(?:It|They)\s")
"""A sentence that opens on a pronoun for a thing ("It will begin on December 3"), whose words do not say what."""


def _pronoun_pairs(claims: list[Claim]) -> list[tuple[int, int]]:
    """Pairs (x, y) of a sentence y that opens with "It" or "They" (:data:`PRONOUN_THING`) and a sentence x of another
    article that gives the same calendar day, as planned in both or in neither, and whose subject is a thing the
    sentence before y names (the pronoun's likely antecedent): "The hearing will open on 3 December" and "Parliament
    approved the hearing by 112 votes to 87. It will begin on December 3." """
    out = []
    for y, c in enumerate(claims):
        days = {d for d in _calendar(c) if len(d) == 10}
        if not days or PRONOUN_THING.match(c.text) is None:
            continue
        before = [b for b in claims if b.article == c.article and b.end <= c.start]
        if not before:
            continue
        prior = max(before, key=lambda b: b.start)
        things = {
            t.lemma_.lower() for t in _parsed(prior.text) if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON"
        }
        for x, other in enumerate(claims):
            shared = days & set(_calendar(other))
            if other.article == c.article or not shared:
                continue
            if any((d in c.planned_dates) != (d in other.planned_dates) for d in shared):
                continue
            verb = _main_verb(_parsed(other.text))
            subjects = {k.lemma_.lower() for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")} if verb else set()
            if subjects & things:
                out.append((x, y))
    return out


def _quote_and_narration(
    a: Claim, b: Claim, words: list[set[str]], terms: list[set[str]], x: int, y: int, share: float
) -> bool:
    """One of the two sentences quotes someone, the other quotes nothing, and the narration does not tell what the
    quotation says:
    - the quoting sentence is mostly a named speaker's quotation and the two share less than :data:`QUOTE_SHARE` of
      their words (as two quotations must, to be one statement): '"These results show that the drug can change the
      course of the disease for millions of patients," said its chief executive' is no source of "The drug was tested
      in about four thousand patients over 18 months", however close in meaning;
    - or all they share is the quoting sentence's frame (who speaks, described in passing), and the quotation's
      words are not in the narration: '"It is a clear result," Prof Ida Brun, who led the trial, said' is no source of
      "The trial was led by Prof Ida Brun": its claim is what she said."""
    q, n = (x, y) if words[x] else (y, x)
    quoting, told = (a, b) if q == x else (b, a)
    if told.quoted > 0:
        return False  # the other sentence quotes too, in words of no three content words
    # a narration that credits the speaker ("Lund fired back, saying she would not support the plan") may tell in its
    # own words what the quotation says: it is compared as before
    surnames = {n.split()[-1].lower() for n in quoting.speakers}
    credited = bool(told.speakers) or any(w.lower().rstrip("'’s") in surnames for w in WORDS.findall(told.text))
    if quoting.quoted >= 0.5 and quoting.speakers and not credited and share < QUOTE_SHARE:
        return True
    if len(words[q] & terms[n]) >= OTHER_QUOTATION * len(words[q]):
        return False
    # the quoting sentence says nothing but the quotation and who says it (a word more: "said in an interview"); one
    # that tells an act of its own around a few quoted words ("accused the host of being 'fascinated by sex'") is not
    who = frame_words(quoting.text) | who_words(quoting, terms[q])
    if len({w for w in terms[q] - words[q] - who if cue_lemma(w) is None}) > 1:
        return False
    shared = terms[q] & terms[n]
    return bool(shared) and shared <= who


def _other_denials(a: str, b: str) -> bool:
    """Both sentences deny, and what each denies (its words after the denial) has no content word in common with what
    the other denies: "Halvern denied that it had held back any side-effect data" / "Halvern denied a report that it
    planned to charge 9,000 crowns a year": two denials of one company, not one fact."""
    da, db = DENIED.search(a), DENIED.search(b)
    if da is None or db is None:
        return False
    what = content_terms(a[da.end() :]), content_terms(b[db.end() :])
    return bool(what[0]) and bool(what[1]) and not what[0] & what[1]


def _after_report(a: Claim, b: Claim) -> bool:
    """One sentence dates what it tells (days, none planned) only after the day the other's article was published: that
    article could not report it. "Full results, published on Wednesday in the journal, showed a smaller benefit" (4
    November) is no source of, nor sourced by, an article of 3 November: "Specialists have questioned the way the company
    presented the results"."""
    for x, y in ((a, b), (b, a)):
        if not y.published or x.article == y.article:
            continue
        # a day after its own article's is still to come ("the nominee for the Nov. 8 election"), not a day it tells;
        # the day of a thing it names is one ("No plea was entered at yesterday's hearing")
        told = [*_calendar(x), *x.named_days]
        days = [d for d in told if len(d) == 10 and d not in x.planned_dates and d <= (x.published or d)]
        # unless the other dates the same act on its own day: one act on two days is a date conflict ("approved the
        # bill on Wednesday" in an article of that day / "approved the bill on 12 November" a day later)
        if (
            days
            and min(days) > y.published
            and not any(d >= min(days) for d in _calendar(y))
            and not date_dispute(x, y)
        ):
            return True
    return False


def _no_claim_in_common(a: Claim, b: Claim, ta: set[str], tb: set[str], common: frozenset[str]) -> bool:
    """Every word the two sentences share ties no claim: it says who (:func:`who_words`; the story's
    :func:`common_names`; a name in either sentence's frame, "The head of the Tallow Valley Mine Rescue Service, Mirela
    Danu, gave a briefing" / "Mirela Danu, head of the Tallow Valley Mine Rescue Service, said her teams had begun
    drilling"), when (the words of a day, :data:`DATE_WORDS`: "arrived in Veldra on Tuesday" / "is due in Veldra on
    Tuesday"), or is in the frame of both (a description or credit in each, :func:`frame_words`). Both: a relative
    clause may carry one outlet's claim ("moderator John Dickerson, who asked whether the administration bears
    responsibility") that the other states plainly."""
    frames = frame_words(a.text), frame_words(b.text)
    names = (name_words(a) | name_words(b)) & (frames[0] | frames[1])
    shared = (ta & tb) - who_words(a, ta) - who_words(b, tb) - common - names - DATE_WORDS
    return shared <= frames[0] & frames[1]


AGAIN = re.compile(r"\b(?:again|once more|anew)\b", re.I)
"""Words that tell an act repeated."""


def _once_more(again: Claim, once: Claim) -> bool:
    """``again`` tells an act to come once more ("Varn and Osk agreed to meet again in the coming weeks": a future or
    what someone agrees, plans or hopes to do), on a verb that ``once`` tells without a repeat ("Varn will meet with Osk
    on Thursday"), at no day the two share: the repeat comes after the act the other tells, another act of the same
    kind, of which the other sentence is no source. An act done "again" ("Halm again questioned her eligibility") is
    the one another outlet tells without the word."""
    if AGAIN.search(once.text) is not None:
        return False
    acts = {t.lemma_.lower() for t in _parsed(once.text) if t.pos_ == "VERB"}
    for tok in _parsed(again.text):
        repeat = tok.lower_ in ("again", "anew") or (
            tok.lower_ == "more" and any(c.lower_ == "once" for c in tok.children)
        )
        verb = tok.head
        if not (repeat and tok.dep_ == "advmod" and verb.pos_ == "VERB" and verb.lemma_.lower() in acts):
            continue
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
        agreed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WISHING | {"agree", "decide", "offer"}
        if future or agreed:
            return not set(_comparable(again.dates)) & set(_comparable(once.dates))
    return False


TIME_CLAUSE = re.compile(r"\b(?:before|until|till)\b", re.I)
"""The words that open a clause giving the time of another act, which the sentence does not tell done ("before it
takes effect"). "After" tells it done ("The criticism comes after the Times published an article ..."): readers take
the sentence for a source of what the clause tells."""


def _time_clauses(text: str) -> list[tuple[set[str], str]]:
    """The clauses that time the main act (:func:`_main_verb`), opened by :data:`TIME_CLAUSE` words, each as its content
    words and its verb's lemma: "before it takes effect on 1 January 2027" in "The Alliance asks the Court to suspend
    the law before it takes effect on 1 January 2027" (under "suspend", a verb of the main verb's clause)."""
    doc = _parsed(text)
    verb = _main_verb(doc)
    if verb is None:
        return []
    out = []
    for tok in verb.subtree:
        if tok.dep_ != "advcl" or tok.pos_ not in ("VERB", "AUX"):
            continue
        marks = [c for c in tok.children if c.dep_ == "mark"]
        if marks and TIME_CLAUSE.fullmatch(marks[0].text):
            words = content_terms(doc[tok.left_edge.i : tok.right_edge.i + 1].text)
            out.append(({w.rstrip(".,") for w in words}, tok.lemma_.lower()))
    return out


def _one_thing(text: str, words: set[str]) -> bool:
    """``words`` are all in one noun phrase of ``text`` ("the harbour levy"), the thing a pronoun may stand for."""
    if not words:
        return True
    for tok in _parsed(text):
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            phrase = {w.rstrip(".,") for w in content_terms(" ".join(t.text for t in tok.subtree))}
            if words <= phrase and not any(t.pos_ in ("VERB", "AUX") for t in tok.subtree):
                return True
    return False


def _only_as_a_time(a: Claim, b: Claim, ta: set[str], tb: set[str], common: frozenset[str]) -> bool:
    """The words the two sentences share, beside who (and the thing a pronoun of the clause may stand for, one noun
    phrase: :func:`_one_thing`), are in a clause that one of them gives only as the time of its own act
    (:func:`_time_clauses`), whose verb the other tells as its claim: "The Alliance asks the Court to suspend the law
    before it takes effect on 1 January 2027" names the day the minister gives ("said the law would take effect on 1
    January 2027") to say when it wants the law stopped. Two claims of two speakers: the one is no source of the other.
    The same act timed by the same clause in both ("will resign before the vote on Friday" twice) shares the act's
    words too, and stays one fact."""
    shared = {w.rstrip(".,") for w in (ta & tb) - who_words(a, ta) - who_words(b, tb) - common}
    if not shared - DATE_WORDS:
        return False
    for x, y in ((a, b), (b, a)):
        if TIME_CLAUSE.search(x.text) is None:
            continue
        for words, verb in _time_clauses(x.text):
            if verb not in shared or len(shared & words) < 2 or not _one_thing(x.text, shared - words):
                continue
            if not any(shared <= other for other, _ in _time_clauses(y.text)):
                return True
    return False


DATE_WORDS = frozenset(
    [*WEEKDAYS, "january", "february", "march", "april", "june", "july", "august", "september", "october"]
    + ["november", "december", "night", "morning", "afternoon", "evening", "early", "late", "midnight", "noon"]
    + ["today", "tonight", "yesterday", "overnight"]
)
"""The words of a day or a part of it, as :func:`content_terms` writes them ("may" is a stop word's twin and left
out): what two sentences dating one act differently differ in, and what their date conflict compares."""


def _one_share(terms: list[set[str]], names: list[set[str]], idf: dict[str, float]) -> float:
    """The IDF-weighted share of content words two sentences have in common (as :func:`_name_light_overlap` weighs
    it, for one pair): a word of a name counts :data:`NAME_WEIGHT` of its weight."""

    def weight(w: str) -> float:
        return idf.get(w, 0.0) * (NAME_WEIGHT if w in names[0] or w in names[1] else 1.0)

    union = sum(weight(w) for w in terms[0] | terms[1])
    return sum(weight(w) for w in terms[0] & terms[1]) / union if union > 0 else 0.0


def date_dispute(a: Claim, b: Claim) -> bool:
    """The two sentences date one act (:func:`one_dated_act`: one day each, on the same verb, no verb of saying but
    of announcing one thing) on days that cannot be one (:func:`_dates_disagree`, and not one date after all,
    :func:`_dated_anyway`): two reports of one act that disagree on its day, which a date conflict shows, not two acts.
    Not when they name people, places or organisations of one kind and none in common (:func:`_named_apart`): two arrests of two people on two days."""
    return (
        _dates_disagree(a.dates, b.dates)
        and not _named_apart(a, b)  # "Ada Lund was arrested on Monday" / "Carl Brandt was arrested on Tuesday"
        and not _dated_anyway(a, b)
        and one_dated_act(a, b)
        and _same_action(a.text, b.text)
    )


def _kin_counts(c: Claim) -> set[float]:
    """The counts of someone's children a sentence gives with the words of kin ("the mother of 12 children", "a
    mother of 12")."""
    return {
        f.value
        for f in c.figures
        if f.unit == "children" and KIN_OF.search(c.text, max(0, f.start - c.start - 20), f.start - c.start)
    }


def _same_kin_counts(claims: Sequence[Claim]) -> Iterator[tuple[int, int]]:
    """Pairs of sentences of two articles that tell the same count of one person's children ("Lena Marsh was the mother
    of 12 children" / "In the clip, Marsh, a mother of 12, walks past a school"): of a person both name, or one that
    one of them leaves unnamed ("A Kelby mother of 12 was killed"). The count says who she is, as a name does: the
    second outlet states the first one's claim, whatever else its sentence tells."""
    told = [
        (k, kin, _words_of(c.names[e] for e in c.people if e in c.names))
        for k, c in enumerate(claims)
        if (kin := _kin_counts(c))
    ]
    for (x, kx, nx), (y, ky, ny) in itertools.combinations(told, 2):
        if claims[x].article != claims[y].article and kx & ky and (nx & ny or not nx or not ny):
            yield x, y


TOLLS = frozenset({"death", "injury", "evacuation"})
"""Kinds of outcome (:data:`OUTCOME_OF`) whose count is a story's toll: the dead, the injured, the displaced."""


TOLL_WORDS = re.compile(
    r"\b(?:kill|die|died|dies|dead|death|perish|drown|injur|hurt|wound|evacua|fled|flee|displaced|left (?:their|his|her) "
    r"homes?|forced (?:from|out of) (?:their|his|her) homes?)",
    re.I,
)
"""Words of the verbs of a toll, looked for before a sentence is parsed for one (:func:`toll`)."""


def toll(c: Claim) -> tuple[float, str, str] | None:
    """(count, unit, kind) of the one toll a sentence gives: its only count (two or more), for a verb of one
    :data:`TOLLS` outcome ("killing two people": 2, "people", "death"), or with the words of one beside it when its
    verb says nothing ("2,100 people have left their homes": the displaced, as "2,100 people have been evacuated");
    else None."""
    if not c.figures or not TOLL_WORDS.search(c.text):
        return None
    counted = [f for f in c.figures if f.unit and f.scope != MARGIN_OF_ERROR and not f.fraction]
    if len(counted) != 1 or counted[0].value < 2:
        return None
    verb = _count_verb(c.text, counted[0].start - c.start) or ""
    kind = OUTCOME_OF.get(verb)
    if kind is None and verb in LEFT_HOME_VERBS:
        kind = _outcome(c, counted[0])
    return (counted[0].value, counted[0].unit, kind) if kind in TOLLS else None


LEFT_HOME_VERBS = frozenset({"leave", "flee", "force", "drive", "displace"})
"""Verbs of a count whose kind the words beside them tell ("left their homes", "were forced from their homes"): the
displaced, by :data:`OUTCOME_WORDS`."""


def same_toll(a: Claim, b: Claim) -> bool:
    """Both sentences give one toll (:data:`TOLLS`) of one kind, the same count of the same people, for verbs of that
    outcome ("flooding the town and killing two people" / "Two people died in the flood"), and nothing sets them apart:
    no other count of that unit, no people, places or organisations of one kind that differ (:func:`_named_apart`), no
    dates that cannot be one (a year's earlier disaster). The toll is what the second states of the first: other words,
    or a part of a longer sentence, but the same count."""
    ta = toll(a)
    if ta is None or ta != toll(b) or _named_apart(a, b):
        return False
    da, db = _calendar(a), _calendar(b)
    return not (da and db and _dates_disagree(tuple(da), tuple(db)))


def _telling_figures(c: Claim) -> set[tuple[float, str]]:
    """(value, unit) of the figures of a sentence that tell what it states: counted in a unit (of three letters or
    more, or a percentage), not a margin of error, not too weak to tell ("two of them")."""
    return {
        (f.value, f.unit)
        for f in c.figures
        if (len(f.unit) >= 3 or f.unit == "%")
        and f.unit not in _NOT_UNITS
        and not f.weak
        and f.scope != MARGIN_OF_ERROR
    }


def _same_figures(claims: Sequence[Claim]) -> Iterator[tuple[int, int]]:
    """Pairs of sentences of different articles that give two figures or more in common, of one unit and different
    values ("7.0 percent ... and 10.0 percent" / "from 10 percent to 7 percent"), all the figures of that unit either
    gives, and nothing sets them apart (no people, places or organisations of one kind that differ, no dates that
    cannot be one): one finding, however else they word it."""
    by_key: dict[tuple[float, str], list[int]] = {}
    told = [_telling_figures(c) for c in claims]
    for index, keys in enumerate(told):
        for key in keys:
            by_key.setdefault(key, []).append(index)
    seen: set[tuple[int, int]] = set()
    for members in by_key.values():
        for x, y in itertools.combinations(members, 2):
            if (x, y) in seen or claims[x].article == claims[y].article:
                continue
            seen.add((x, y))
            shared = told[x] & told[y]
            units = {u for _, u in shared}
            if not any(
                sum(u == unit for _, u in shared) >= 2
                and {k for k in told[x] if k[1] == unit} == {k for k in told[y] if k[1] == unit}
                for unit in units
            ):
                continue
            a, b = claims[x], claims[y]
            da, db = _calendar(a), _calendar(b)
            if _named_apart(a, b) or (da and db and _dates_disagree(tuple(da), tuple(db))):
                continue
            yield x, y


def _other_claims(
    a: Claim, b: Claim, crowded: frozenset[str] = frozenset(), cos: float = 0.0, share: float = 0.0
) -> bool:
    """Two sentences that cannot state one fact, however alike their words:
    - quotations of different speakers, in words mostly their own (more words in common, see :data:`SAME_WORDS`, is
      one statement that the outlets credit to different people, which the attribution conflicts show): "I am not ready
      to support Speaker Ryan's agenda" / Ryan's "I'm just not ready to do that";
    - figures of one kind with none in common that cannot be a disagreement either (see ``_pair_conflicts``):
      about different people, places or organisations ("41% would choose Sanders" / "56% would vote for
      Clinton"), counts of people to whom different things happened ("26 miners were trapped" / "brought 21 miners
      to the surface alive", see ``_other_outcomes``), or in a unit the story gives many values of, in sentences not
      nearly the same ("Carson was second at 12 percent" / "Carson beat Clinton, 47 percent to 46 percent": two
      polls);
    - sentences about someone they do not name, who stand for different people (see ``_about_other_people``);
    - a plan and something that happened on another day (see ``_plan_and_another_day``), a forecast and an outcome
      (see ``_forecast_and_outcome``), an act foreseen on a day and the act done on that day (see
      ``_plan_and_its_day``), or a threat and its withdrawal (see ``threat_and_withdrawal``);
    - two times of day hours apart (see ``_other_hours``).
    Counted as one fact, they would be corroboration of something no two sources say."""
    # each article names its speakers its own way ("Paul D. Ryan", "Paul Ryan"): the surnames must differ
    surnames = [{n.split()[-1].lower() for n in c.speakers} for c in (a, b)]
    if a.quoted >= 0.5 and b.quoted >= 0.5 and all(surnames) and not surnames[0] & surnames[1]:
        ta, tb = content_terms(a.text) - name_words(a), content_terms(b.text) - name_words(b)
        if share < SAME_WORDS and len(ta & tb) < SAME_WORDS * min(len(ta), len(tb)) + 1:
            return True
    if _about_other_people(a, b) or _plan_and_another_day(a, b) or _forecast_and_outcome(a, b):
        return True
    if _plan_and_its_day(a, b) or _forecast_and_later_report(a, b) or threat_and_withdrawal(a, b):
        return True
    if _after_report(a, b):
        return True
    if _other_hours(a.text, b.text) and not _retimed(a.text, b.text):
        return True
    if _acts_of_other_days(a, b):
        return True
    fa, fb = a.figure_keys(), b.figure_keys()
    units = {u for _v, u in fa} & {u for _v, u in fb}
    if not units or fa & fb or _in_range(a, b) or _in_range(b, a):
        return False
    if _named_apart(a, b):
        return True
    counts = [([f for f in a.figures if f.unit == u], [f for f in b.figures if f.unit == u]) for u in sorted(units)]
    if all(_other_outcomes(a, xs, b, ys) for xs, ys in counts):
        return True  # "At least 26 miners were trapped" / "brought 21 miners to the surface alive"
    return cos < SURE and units <= crowded


def _in_range(a: Claim, b: Claim) -> bool:
    """``a`` gives a count in words ("millions of doses") that a figure of ``b`` lies in ("roughly 4 million doses"):
    a figure in common, as the same number would be."""
    return any(f.said and f.agrees(g) for f in a.figures for g in b.figures)


def _named_apart(a: Claim, b: Claim) -> bool:
    """The two sentences name people (not as the speakers of what they say), places or organisations of one kind and
    none in common: about different ones ("Hillis added 101 yards" / "Charles ran for 226 yards"). A name one side gives in part is in common: "Ostra" is
    "Ostra Valves", which the tagger kept apart in two articles (but "Mike Pence" is not "Mike Bloomberg", nor "New York"
    "New Jersey")."""
    # (the people who tell a figure are no one it is about: "spokesperson Maud Fenner said about 4,000 gallons had
    # leaked" / "Fire Chief Ambrose Kell said about 9,000 gallons had": two estimates of one spill)
    told_a, told_b = _not_members(a, _not_speakers(a, a.people)), _not_members(b, _not_speakers(b, b.people))
    for x, y in ((told_a, told_b), (a.places, b.places), (_not_speakers(a, a.orgs), _not_speakers(b, b.orgs))):
        if x and y and not x & y:
            xs, ys = [a.names.get(e, e) for e in x], [b.names.get(e, e) for e in y]
            if not any(_part_of(n, m) or _part_of(m, n) for n in xs for m in ys):
                return True
    return False


MEMBER_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|such as|notably|one of them|one of whom)\s+(?:[\w'’-]+\s+){0,6}$", re.I
)
"""Words before a name that make the person one of a group the sentence counts ("five co-defendants, among them his
former chief of staff Lev Harn")."""


def _not_members(c: Claim, people: frozenset[str]) -> frozenset[str]:
    """``people`` of ``c`` without those it names only as members of a group ("sentenced five co-defendants, including
    Lev Harn"): the sentence is about the group, whose count another sentence may give naming someone else."""
    out = set()
    for p in people:
        name = c.names.get(p, p)
        at = c.text.find(name)
        if at < 0 or not MEMBER_BEFORE.search(c.text, max(0, at - 80), at):
            out.add(p)
    return frozenset(out)


def _not_speakers(c: Claim, names: frozenset[str]) -> frozenset[str]:
    """``names`` (entities of ``c``) without those that are a speaker of the sentence: who tells a figure, not whose
    it is ("Fire Chief Ambrose Kell said about 9,000 gallons had leaked", "The Tessel Environmental Office said ..."),
    nor the others named in the teller's words or as the one told (:func:`_telling_spans`: the railroad of "Orrin
    Rail spokesperson Maud Fenner said", the paper of "told the Courier that")."""
    said = [s for s in c.speakers if s]
    spans = _telling_spans(c.text)

    def telling(name: str) -> bool:
        # every time the sentence names it ("Orrin Rail spokesperson Maud Fenner said Orrin Rail had offered ..." is
        # about the railroad too)
        ats = [m.start() for m in re.finditer(re.escape(name), c.text)] if spans else []
        return bool(ats) and all(any(lo <= at and at + len(name) <= hi for lo, hi in spans) for at in ats)

    return frozenset(
        e
        for e in names
        if not any(_part_of(c.names.get(e, e), s) or _part_of(s, c.names.get(e, e)) for s in said)
        and not telling(c.names.get(e, e))
    )


TOLD_CLAUSES = frozenset({"ccomp", "parataxis"})
"""Dependencies of the clause a verb of saying tells ("said [that] about 4,000 gallons had leaked")."""


@functools.lru_cache(maxsize=4096)
def _telling_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of who tells what a sentence reports and of whom it is told to: the subject ("Orrin Rail
    spokesperson Maud Fenner") and the object ("the Courier") of a verb of saying that tells a clause. Not of a verb
    of saying with no clause told ("Ty Lawson added 16 points": his points)."""
    out: list[tuple[int, int]] = []
    for tok in _parsed(text):
        if tok.pos_ != "VERB" or cue_lemma(tok.lemma_.lower()) is None:
            continue
        if not any(k.dep_ in TOLD_CLAUSES for k in tok.children):
            continue
        out += [
            (k.left_edge.idx, k.right_edge.idx + len(k.right_edge.text))
            for k in tok.children
            if k.dep_ in ("nsubj", "dative", "dobj")
        ]
    return tuple(out)


def _part_of(short: str, name: str) -> bool:
    """Every word of ``short`` is a word of ``name``."""
    return _words_of([short]) <= _words_of([name])


CLOCK = re.compile(r"\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?m\b\.?|\b(noon|midday|midnight)\b", re.I)
"""A time of day: "4 a.m.", "9:30 pm", "noon"."""
HOURS_APART = 90
"""Minutes between two times of day past which they are two moments, not one told roughly."""


def clock_minutes(text: str) -> list[int]:
    """The times of day ``text`` gives, in minutes after midnight."""
    out = []
    for m in CLOCK.finditer(text):
        if m.group(4):
            out.append(0 if m.group(4).lower() == "midnight" else 720)
            continue
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        out.append(hour * 60 + int(m.group(2) or 0))
    return out


def _other_hours(a: str, b: str) -> bool:
    """Both sentences give a time of day, and no two of their times are within :data:`HOURS_APART`: "broke out shortly
    after 9 p.m." and "had the blaze out shortly before 4 a.m." are the start and the end of a fire, not one fact."""
    ta, tb = clock_minutes(a), clock_minutes(b)
    if not ta or not tb:
        return False
    return all(min(abs(x - y), 1440 - abs(x - y)) > HOURS_APART for x in ta for y in tb)


TIME_ZONE = re.compile(r"\blocal time\b|\b(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST)\b")
"""A time of day told in a zone: two outlets may give one moment in two zones ("4:30 a.m. local time" / "2030 GMT")."""
RETIMED_WORDS = 0.8
"""Share of their other content words two sentences with different times of day must have in common to be one
statement that the outlets time differently, not two moments ("The spillway gave way at about 2 a.m., the dam
operator said" / "... at about 11 p.m., ...")."""


TIME_HEDGE = re.compile(
    r"\b(?:about|around|approximately|roughly|some|nearly|almost|shortly|just|soon)(?:\s+(?:before|after))?\s+(?=@)",
    re.I,
)
"""The words that make a time of day approximate ("at around 6 a.m.", "shortly after 3 a.m."), left out of the words
two retimed sentences must share once their times are: "at 3 a.m." and "at around 6 a.m." say the same thing at two
times."""
ATTRIBUTED_TAIL = re.compile(
    r",\s*(?:according to [^,;]{1,60}|(?:the |a |an )?[\w'’. -]{1,40}?\s(?:said|says|told [\w ]{1,20}|added|reported|"
    r"confirmed|announced))\s*[.!?]?\s*$",
    re.I,
)
"""Who said it, at the end of a sentence (", the group said.", ", according to police."): not what happened, so not
among the words two retimed sentences must share."""


def _retimed(a: str, b: str) -> tuple[str, str] | None:
    """Two sentences that say the same in the same words but at times of day hours apart (:func:`_other_hours`), and
    in no time zone: the times each gives ("about 2 a.m.", "about 11 p.m."); else None. The start and the end of a
    fire ("broke out shortly after 9 p.m." / "had the blaze out shortly before 4 a.m.") differ in other words too."""
    if not _other_hours(a, b) or TIME_ZONE.search(a) or TIME_ZONE.search(b):
        return None
    wa, wb = (content_terms(ATTRIBUTED_TAIL.sub("", TIME_HEDGE.sub(" ", CLOCK.sub(" @ ", x)))) for x in (a, b))
    if min(len(wa), len(wb)) < 3 or len(wa & wb) < RETIMED_WORDS * len(wa | wb):
        return None
    ma, mb = CLOCK.search(a), CLOCK.search(b)
    if ma is None or mb is None:
        return None
    return " ".join(ma.group(0).split()), " ".join(mb.group(0).split())


def _calendar(c: Claim) -> list[str]:
    """The calendar dates a sentence gives (ISO day, month or year), not weekdays or other expressions."""
    return [d for d in _comparable(c.dates) if d[:1].isdigit()]


def _plan_and_another_day(a: Claim, b: Claim) -> bool:
    """One sentence dates only what is still to come, the other only what happened, and their dates cannot be one
    day: "Biden on Monday hit the campaign trail with Clinton" and "Obama and Biden will campaign for Clinton in
    September" are two events, not one told twice (nor a disagreement: a plan is not denied by what happened
    before it)."""
    da, db = _calendar(a), _calendar(b)
    if not (da and db):
        return False
    ahead = [all(d in c.planned_dates for d in ds) for c, ds in ((a, da), (b, db))]
    done = [not any(d in c.planned_dates for d in ds) for c, ds in ((a, da), (b, db))]
    if not ((ahead[0] and done[1]) or (ahead[1] and done[0])):
        return False
    return not any(x.startswith(y) or y.startswith(x) for x in da for y in db)


def _plan_and_its_day(a: Claim, b: Claim) -> bool:
    """One sentence foresees an act on a day (every calendar date it gives is of what is still to come: "Ruel is
    expected to land in Elmsgard on Friday afternoon"), the other tells that act done on that day, in a past tense
    (:func:`_foreseen_or_done`; its dates none of a plan: "Ruel landed in Elmsgard on Friday afternoon"), the day
    hanging on the same verb in both (:func:`_calendar_verbs`), the done sentence's main verb: a forecast
    and what became of it, two claims of two moments. The act done is no source of the forecast, nor the forecast of
    the act (it was written before it happened). An act foreseen and then told done without a day ("are expected on
    Monday to order officials to stop using the terms" / "has ordered officials to stop using the terms") is left to
    the other tests: readers take those for one fact."""
    da, db = _calendar(a), _calendar(b)
    if not da or not db:
        return False
    for plan, done, dp, dd in ((a, b, da, db), (b, a, db, da)):
        if not all(d in plan.planned_dates for d in dp) or any(d in done.planned_dates for d in dd):
            continue
        days = {d for d in dp if len(d) == 10} & {d for d in dd if len(d) == 10}
        if not days or _foreseen_or_done(done.text) != "done":
            continue
        # the day dates the act done (the main verb of the sentence that tells it) in both: "landed ... on Friday" /
        # "is expected to land ... on Friday"; not "has invited Trump to meet ... on Thursday" (the invitation is
        # what was done) beside "is scheduled to meet ... on Thursday"
        verb = _main_verb(_parsed(done.text))
        act = verb.lemma_.lower() if verb is not None else ""
        if act not in ("", "be", "have", "do") and act in _calendar_verbs(done.text)[0] & _calendar_verbs(plan.text)[0]:
            return True
    return False


def _forecast_and_later_report(a: Claim, b: Claim) -> bool:
    """One sentence foresees something by or on a day still to come (every calendar day it gives is of a plan:
    "Pellham Care Trust said its systems would be back by Friday", of Wednesday), the other, of a report published on
    that day or later, tells something done (:func:`_told_done`: "said on Friday that its computer systems had been
    partly restored") and foresees nothing: a forecast and what became of it, two claims of two moments, as
    :func:`_plan_and_its_day` tells them when the outcome gives the day in its words. The outcome is no source of
    the forecast (it does not say what was foreseen), nor the forecast of the outcome."""
    for plan, done in ((a, b), (b, a)):
        days = [d for d in _calendar(plan) if len(d) == 10]
        if not days or not all(d in plan.planned_dates for d in _calendar(plan)) or done.planned_dates:
            continue
        first = min(days)
        if not plan.published or not done.published or not str(plan.published)[:10] < first <= str(done.published)[:10]:
            continue
        if not _tells_future(done.text) and FORESEEN.search(done.text) is None and _told_done(done.text):
            return True
    return False


def _told_done(text: str) -> bool:
    """The sentence's main verb (:func:`_main_verb`, what a verb of saying reports) is in a past or perfect tense with
    no modal: "had been partly restored", "reopened"."""
    verb = _main_verb(_parsed(text))
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX or verb.lemma_.lower() in WISHING:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(aux & {"has", "have", "had", "was", "were"}))


def _acts_of_other_days(a: Claim, b: Claim) -> bool:
    """Each sentence dates one thing that happened, on its main verb, at another time than the other, and not the same
    act (see :func:`_same_action`): "Pell Motors launched a hostile bid on Monday" and "The board rejected the hostile bid
    on Wednesday" are two events of one story, not one told twice. (Two dates of one act can disagree: that is a date
    conflict, which needs the same act.) Beside two days on main verbs: what someone is said to have done, at a day,
    month or year neither of which holds the other ("Marsh said the levee had been raised in 2019" / "The levee was
    inspected in January, Marsh told reporters"), in sentences that do not count the same thing (a toll told day by day,
    "Three people died on Monday" / "the number of dead climbed to seven on Tuesday, officials said", is an update,
    which the conflicts show as a revision)."""
    da, db = _calendar(a), _calendar(b)
    if len(da) != 1 or len(db) != 1 or da[0].startswith(db[0]) or db[0].startswith(da[0]):
        return False  # "in 2019" and "in March 2019" may be one time
    if a.planned_dates or b.planned_dates:
        return False
    # what each dates is what it tells: "45 firefighters were at the scene of the fire, which broke out late on Monday"
    # and "60 firefighters fought the blaze before bringing it under control early on Tuesday" count the same crews,
    # and their figures may disagree
    if len(da[0]) == len(db[0]) == 10 and _dates_on_root(a.text) and _dates_on_root(b.text):
        return not _same_action(a.text, b.text)
    if {f.unit for f in a.figures} & {f.unit for f in b.figures}:
        return False
    # a month or a year on two main verbs stays comparable: "celebrated in the 2006 HBO movie" / "In 2005, … HBO Films
    # released" may disagree on one release (an ECB+ date conflict)
    if _dates_on_root(a.text) and _dates_on_root(b.text):
        return False
    return _dates_on_claim(a.text) and _dates_on_claim(b.text) and not _same_action(a.text, b.text)


def _about_other_people(a: Claim, b: Claim) -> bool:
    """Two sentences that open with "He" or "She", name no one, and stand for people of different surnames: "He did not
    have a weapon" of one police shooting and "He has no weapon" of another, in a story that reports both."""
    return bool(a.told and b.told) and a.told != b.told


SAME_WORDS = 0.5
"""The weighted share of words two quotations need to be one statement whoever they are credited to, or the share of
the shorter one's words the other holds ("Donald Trump has violated his oath ..." in one outlet, "In full view of the
world ..., Donald Trump has violated his oath ..." in another)."""


def _crowded_units(claims: list[Claim]) -> frozenset[str]:
    """Units a story gives :data:`CROWDED` or more values of (a poll's shares, a match's statistics); and, as "<unit>
    gap" (:data:`GAP`), those it gives as many gaps of ("71 delegates short of the 2,383"), which a story of delegate
    counts crowded with totals may give few of."""
    values: dict[str, set[float]] = {}
    for c in claims:
        for f in c.figures:
            values.setdefault(f.unit, set()).add(f.value)
            if f.measure == "difference":
                values.setdefault(f.unit + GAP, set()).add(f.value)
    return frozenset(u for u, v in values.items() if len(v) >= CROWDED)


GAP = " gap"
"""What :func:`_crowded_units` adds to a unit for its values that are gaps (``Figure.measure`` "difference")."""


LEXICAL_FLOOR = 0.45
"""Cosine under which shared words add nothing to the link evidence: short sentences share a few words by
chance ("Both are in hospital" / "Both were taken to hospital"), and no pair that far apart was labelled."""
QUOTE_SHARE = 0.25
"""Share of words in common (as in the link evidence) from which two sentences that are mostly quotation can
be the same statement."""
OTHER_QUOTATION = 0.25
"""Two sentences whose quotations (three content words or more each) have less than this share of their words in the
other sentence, each, quote different statements."""
_QUOTE_MARK = re.compile(r"[“”\"]")


def quoted_terms(text: str) -> set[str]:
    """The content words (:func:`content_terms`) a sentence gives in double quotation marks; a quotation the sentence
    opens and does not close runs to its end, one it closes and did not open from its start."""
    inside, out, start = False, [], 0
    for m in _QUOTE_MARK.finditer(text):
        mark, before = m.group(0), text[m.start() - 1 : m.start()]
        # a straight mark after a word's end and not before one closes ('Nobody listened," she said.')
        opens = mark == "“" or (mark == '"' and not inside and not (before.strip() and before not in "([{"))
        if opens and not inside:
            inside, start = True, m.end()
        elif not opens:
            out.append(text[start if inside else 0 : m.start()])
            inside = False
    if inside:
        out.append(text[start:])
    return content_terms(" ".join(out)) if out else set()


def quotation_only(c: Claim) -> bool:
    """A sentence that is mostly quotation (half of it or more inside quotation marks), or a quotation and only who
    says it ('"No price has been set," spokesperson Ines Marsh said.', beside '"All safety data will be in the paper,"
    a company spokesperson, Ines Marsh, said.'): what it states are the speaker's words, however short."""
    if c.quoted >= 0.5:
        return True
    if c.quoted <= 0 or not (quoted := quoted_terms(c.text)):
        return False
    rest = {w for w in content_terms(c.text) - quoted if cue_lemma(w) is None}
    return rest <= who_words(c) | name_words(c) | frame_words(c.text)


NAME_WEIGHT = 0.5
"""Share of its IDF weight that a word of a name keeps in the link evidence: two outlets name the same people
and places in different claims ("Sofie Lindqvist estimated the damage" / "Sofie Lindqvist said the company
would rebuild"); the claim is in the other words."""


def _name_light_overlap(
    claims: list[Claim],
    terms: list[set[str]],
    t_mat: Any,
    vocab: list[str],
    weights: Any,
    i: Any,
    j: Any,
    common: frozenset[str] = frozenset(),
) -> Any:
    """For each pair (i[k], j[k]): the IDF-weighted share of content words in common, a word that is part of a
    name in either claim counting :data:`NAME_WEIGHT` of its weight; 0 when every word in common says who
    (:func:`who_words`) or is a word of the story's common names (``common``, :func:`common_names`)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    column = {w: k for k, w in enumerate(vocab)}

    def of_kind(words: Any) -> Any:  # 0/1 matrix like t_mat: the content words ``words(claim, terms)`` picks
        rows, cols = [], []
        for r, (c, t) in enumerate(zip(claims, terms, strict=True)):
            for w in words(c, t) & t:
                rows.append(r)
                cols.append(column[w])
        return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=t_mat.shape)

    n_mat = of_kind(lambda c, _t: name_words(c))
    cut = 1.0 - NAME_WEIGHT

    def cross(a: Any, b: Any) -> Any:
        return np.asarray(a[i].multiply(b[j]) @ weights, dtype=np.float64).ravel()

    def either(a: Any) -> Any:  # weight of the shared words that are of kind ``a`` in either claim
        return cross(a, t_mat) + cross(t_mat, a) - cross(a, a)

    both = cross(t_mat, t_mat)
    shared = both - cut * either(n_mat)
    named = n_mat @ weights
    total = t_mat @ weights
    union = total[i] + total[j] - both - cut * (named[i] + named[j] - cross(n_mat, n_mat))
    share = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
    # the same people and titles, nothing else in common: who, not what ("managing director Sofie Lindqvist
    # estimated the damage" / "managing director Sofie Lindqvist said the company would rebuild"); so are the names
    # most of the story's sources give: "The first infant was admitted to St. Aldric Children's Hospital in Orlesk"
    # / "All of them were treated at St. Aldric Children's Hospital in Orlesk" share the where, no event
    what = t_mat - of_kind(lambda c, t: who_words(c, t) | (name_words(c) & common))  # in neither claim's who
    return np.where(cross(what, what) > 1e-9, share, 0.0)


def who_words(c: Claim, terms: set[str] | None = None) -> set[str]:
    """The content words of a claim that say who: the words of the people it names, titles ("minister",
    "director", and before a name "Sen.", "Gov."), the word before a title ("managing director", "transport
    minister", "Dorsa Gov."), a word that makes it a past or passing one ("former Dorsa governor") and what it is of
    ("secretary of State", "minister of Finance"). Two outlets describe the same people in the same titles whatever they
    claim of them. ``terms``: the claim's :func:`content_terms`, when known."""
    people = _words_of(c.names[e] for e in c.people if e in c.names)
    text = unaccented(c.text)
    abbreviated = {m.group(1).lower() for m in TITLE_ABBREVIATION.finditer(text)}
    if TITLES.isdisjoint(content_terms(c.text) if terms is None else terms) and not abbreviated:
        return people
    tokens = [w.lower().rstrip("s") for w in WORDS.findall(text)]
    titles = {k for k, w in enumerate(tokens) if w in TITLES or w in abbreviated}
    out = people | {tokens[k] for k in titles} | {tokens[k - 1] for k in titles if k > 0}
    out |= {tokens[k - 2] for k in titles if k > 1 and tokens[k - 2] in TITLE_MODIFIERS}
    for k in titles:
        if k + 2 < len(tokens) and tokens[k + 1] == "of":
            out.add(tokens[k + 3] if tokens[k + 2] == "the" and k + 3 < len(tokens) else tokens[k + 2])
    return out


TITLE_ABBREVIATION = re.compile(
    r"\b(Sens?|Govs?|Reps?|Gen|Lt|Col|Capt|Cmdr|Adm|Sgt|Atty|Supt|Insp|Prof|Rev|Amb|Pres|Gens)\.\s+[A-Z]"
)
"""A title cut short before a name ("Sen. Nell Orr", "Dorsa Gov. Piet Vance"), which :data:`TITLES` does not list."""
TITLE_MODIFIERS = frozenset({"former", "ex", "then", "acting", "outgoing", "incoming", "current", "late", "deputy"})
"""Words before the word before a title that are part of it: "former Dorsa governor"."""


@functools.lru_cache(maxsize=4096)
def frame_words(text: str) -> frozenset[str]:
    """The content words (as :func:`content_terms` writes them) of a sentence's frame, by the parse: what it says of
    a name in passing (an apposition, "Dmytro Havrylenko, the dam's chief engineer,"; a relative clause, "the Oskel
    Valley Hydro Authority, which operates the dam,") and who it credits ("according to the authority"; the subject
    and object of a verb of saying whose clause is the claim, "Edda Marsh told reporters that ..."). Two outlets
    describe and credit the same people and bodies in different claims: "..., which completed the dam in 1967, said
    it was cooperating with the inquiry" shares only the frame with "The spillway gave way at about 2 a.m., according
    to the authority, which operates the dam"."""
    doc = _parsed(text)
    spans: list[tuple[int, int]] = []

    def whole(tok: Any) -> None:
        sub = list(tok.subtree)
        spans.append((sub[0].idx, sub[-1].idx + len(sub[-1])))

    for tok in doc:
        named = tok.head.pos_ == "PROPN" or bool(tok.head.ent_type_)
        # a relative clause set off by a comma: "the authority, which operates the dam," (not "the dam that failed")
        aside = tok.dep_ == "relcl" and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ","
        if named and (tok.dep_ == "appos" or aside):
            whole(tok)
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            for child in doc[tok.i + 1].children:
                whole(child)
        elif tok.pos_ == "VERB" and cue_lemma(tok.text) is not None:
            kids = list(tok.children)
            if any(k.dep_ in ("ccomp", "parataxis") for k in kids):
                for k in kids:
                    if k.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "npadvmod") or (
                        k.dep_ == "prep" and k.lower_ == "to"
                    ):
                        whole(k)
    return frozenset(w for a, b in spans for w in content_terms(text[a:b]))


def name_words(c: Claim) -> set[str]:
    """The content words (as :func:`content_terms` writes them) of the names a claim mentions."""
    return _words_of(c.names.values())


def _words_of(names: Iterable[str]) -> set[str]:
    return {w.lower().rstrip("s") for name in names for w in WORDS.findall(unaccented(name))}


TITLES = frozenset(w.rstrip("s") for w in ROLE_NOUNS)
"""Titles as :func:`content_terms` writes them."""


def _indicators(sets: list[Any]) -> tuple[Any, list[Any]]:
    """A sparse 0/1 matrix: one row per set, one column per distinct member."""
    import numpy as np
    from scipy.sparse import csr_matrix

    vocab: dict[Any, int] = {}
    rows, cols = [], []
    for r, members in enumerate(sets):
        for m in members:
            rows.append(r)
            cols.append(vocab.setdefault(m, len(vocab)))
    data = np.ones(len(rows), dtype=np.float64)
    return csr_matrix((data, (rows, cols)), shape=(len(sets), max(1, len(vocab)))), list(vocab)


def _pair_dot(mat: Any, i: Any, j: Any, weights: Any = None) -> Any:
    """For each pair (i[k], j[k]): the (weighted) number of columns both rows have."""
    import numpy as np

    both = mat[i].multiply(mat[j])
    out = both @ weights if weights is not None else both.sum(axis=1)
    return np.asarray(out, dtype=np.float64).ravel()


SURE = 0.8
"""Cosine from which two claims are the same fact whatever their words."""
MIN_OVERLAP = 0.04
"""Below this IDF-weighted share of content words in common, a pair needs a higher cosine."""
WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d[\d,.]*")
STOP = frozenset(
    ["the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "is", "was"]
    + ["are", "were", "be", "been", "that", "this", "it", "its", "he", "she", "they", "his", "her", "their", "we"]
    + ["our", "not", "but", "which", "who", "has", "have", "had", "will", "would", "said", "says", "also"]
    + ["until", "when", "after", "before", "about", "into", "than", "more", "there", "what", "some", "could"]
    + ["should", "can", "may", "being", "did", "does", "out", "over", "just", "such", "other", "these", "those"]
    + ["them", "him", "you", "your", "whose", "where", "while", "because", "during", "since", "very"]
)


def content_terms(text: str) -> set[str]:
    """Lower-cased content words of a sentence (crudely singular), for lexical overlap. Function words are
    dropped before the plural "s" is ("was" is no content word "wa"). Accents are folded: one outlet's "Šimon
    Kovář" is another's "Simon Kovar", and an accented letter is no break inside a word ("imon", "kov")."""
    return set(_content_terms(text))


@functools.lru_cache(maxsize=16384)
def _content_terms(text: str) -> frozenset[str]:
    """:func:`content_terms`, once per text: a brief asks for each sentence's words many times over (pairs, facts,
    omissions)."""
    words = (w.lower() for w in WORDS.findall(unaccented(text)))
    return frozenset(w.rstrip("s") for w in words if w not in STOP and len(w.rstrip("s")) > 2)


def _idf(terms: list[set[str]]) -> dict[str, float]:
    """Inverse document frequency over a story's sentences. In a story of two sentences it is smoothed by one
    sentence: a word they all use is all the evidence there is ("trapped", "roof", "underground" in "rescuers worked to
    reach 23 men trapped since a roof fall deep underground" / "26 miners were trapped underground after a gallery roof
    caved in"), where log(n / df) would be 0. In longer stories it is not: there a word of every sentence says nothing,
    and the smoothing linked NeuS leads that share only the story's subject ("Trump's immigration compromise drew sharp
    reactions" / "Trump has attacked Democrats for rejecting his proposals": 9 such corroborations more in 307 briefs)."""
    df: dict[str, int] = {}
    for t in terms:
        for w in t:
            df[w] = df.get(w, 0) + 1
    n = max(1, len(terms))
    top = n + 1 if n <= SMOOTHED_UP_TO else n
    return {w: math.log(top / d) for w, d in df.items()}


SMOOTHED_UP_TO = 2
"""The most sentences a story may have for :func:`_idf` to count a word every sentence uses."""


def align(
    claims: list[Claim], vectors: Any, *, groups: dict[str, str] | None = None, voices: frozenset[str] = frozenset()
) -> Alignment:
    """Facts, conflicts and omissions for one story's claims (``vectors`` from :func:`embed_claims`). ``voices``:
    articles that are readers' letters. Their sentences align like any others, but they are no source for a fact
    (a reader who repeats the news does not corroborate it), take no side in a conflict and leave nothing out."""
    groups = {c.article: (groups or {}).get(c.article, c.article) for c in claims}
    lines: set[int] = set()
    copies = copied_units(claims, groups, lines)
    # the story's measures are its reports' (see :func:`pair_matrices`): a column changes no two reports' fact
    scores, link = pair_matrices(claims, vectors, groups, voices)
    threshold = fact_threshold(sum(c.article not in voices for c in claims))
    clusters = _cluster(claims, link, threshold)
    clusters = _tallies_apart(clusters, claims, scores, groups, voices)
    if voices:
        clusters = _voices_apart(clusters, claims, voices)
    centrality = _centrality(claims, scores, groups, copies)
    facts = [_fact(members, claims, scores, groups, centrality, voices, copies) for members in clusters]
    fact_of = {id(c): k for k, members in enumerate(clusters) for c in (claims[i] for i in members)}
    # a voice takes no side: its sentences are compared with none (a conflict with one of them as a side would be
    # dropped whole below, with the report sentences that disagree among themselves in it)
    heard = scores
    if voices and (voiced := [k for k, c in enumerate(claims) if c.article in voices]):
        heard, link = scores.copy(), link.copy()
        heard[voiced, :] = heard[:, voiced] = link[voiced, :] = link[:, voiced] = 0.0
    conflicts = find_conflicts(claims, heard, groups, fact_of=fact_of, linked=link >= threshold, voices=voices)
    if voices:
        conflicts = [c for c in conflicts if all(side.article not in voices for side in c.sides)]
    if edited := _edited_copies(conflicts, copies):
        # a copied paragraph whose figure one outlet changed ("sentenced to 2 years" / "to 2 1/2 years"): the two
        # sentences disagree, each its outlet's own, not one copied source
        for key in edited:
            del copies[key]
        for k, members in enumerate(clusters):
            if any(id(claims[i]) in edited for i in members):
                facts[k] = _fact(members, claims, scores, groups, centrality, voices, copies)
    _fill_sides(facts, conflicts, groups, heard, {id(c): k for k, c in enumerate(claims)})
    _link_conflicts(facts, conflicts)
    beaten = _with_copies(outvoted(conflicts, groups), claims, clusters, groups)
    revisions = [{id(x) for x in revised_position(c)} for c in conflicts]
    revised = set().union(*revisions)
    updated = _own_updates(claims, clusters, groups)
    superseded = _superseded(conflicts, claims, clusters) | updated
    beaten |= superseded
    for k, members in enumerate(clusters):
        # the sentences that give the latest figure of most of the fact's conflicts ("is 80% contained" on Thursday,
        # not Wednesday's "52 homes and 65% contained", the latest of the homes only)
        # (of as many, the latest told: Thursday's 80% before Wednesday's 52 homes, which Thursday's report repeats)
        held = {
            i: (sum(id(claims[i]) in revisions[j] for j in facts[k].conflicts), str(claims[i].published or ""))
            for i in members
        }
        latest = [i for i in members if id(claims[i]) in revised]
        latest = [i for i in latest if held[i] == max(held[j] for j in latest)]
        if latest and not any(facts[k].representative is claims[i] for i in latest):
            # the fact is worded as the revision gives it ("At least 11 people are now confirmed dead"), not as
            # a sentence the conflict does not take as a side ("Three people died on Monday")
            facts[k].representative = claims[_representative(latest, claims, scores, groups)]
        elif id(facts[k].representative) in beaten:
            # the fact is worded as most of its outlets give it: "walked off the job on Monday" (two outlets),
            # not "on Tuesday" (one), which the conflict shows beside it
            # by a sentence that takes a position in the fact's conflict: one that gives no figure of it ("The
            # collapse happened early on Monday") does not word the fact "23 miners were trapped" that a revision
            # replaced, which then stays worded as its sources give it, beside the conflict that shows the revision
            disputing = [conflicts[j] for j in facts[k].conflicts]
            kept = [
                i
                for i in members
                if id(claims[i]) not in beaten
                and (not disputing or any(_takes_position(claims[i], x) for x in disputing))
            ]
            if kept:
                facts[k].representative = claims[_representative(kept, claims, scores, groups)]
    for fact in facts:
        against = _against(fact, conflicts) if fact.conflicts else set()
        if id(fact.representative) not in superseded:
            # an earlier figure of a revision that is no side of its conflict (the conflict takes one sentence a
            # source: a live blog's "a third" is the side, its "70 percent are back online" beside "nearly all have
            # been restored" is not) is no source of the revised figure either
            against |= {id(c) for c in fact.claims if id(c) in superseded}
        against |= _copies_against(fact, against, groups)
        if against:
            fact.against = against
            # a source that revised its own earlier figure ("Seven infants ..." then "revised ... to nine") is a
            # source of the revision, not against it
            # (or updated it in a later report: "61 homes" on Tuesday, "52 homes" on Wednesday)
            revising = {
                copies.get(id(c)) or groups[c.article] for c in fact.claims if id(c) in revised and id(c) not in against
            } | {groups[c.article] for c in fact.claims if id(c) in updated} - {
                groups[c.article] for c in fact.claims if id(c) in against and id(c) not in updated
            }
            # a copy that changed the figure ("injuring 31 people" in one copy of the wire's "injuring 38") leaves
            # its source a source of the copy that kept it: the copies disagree, the source does not go
            edits = {
                id(c)
                for c in fact.claims
                if id(c) in against
                and any(
                    id(d) not in against and groups[d.article] == groups[c.article] and _edited_twins(c, d)
                    for d in fact.claims
                )
            }
            fact.independent_sources = len(
                {copies.get(id(c)) or groups[c.article] for c in fact.claims if c.article not in voices}
                - ({copies.get(id(c)) or groups[c.article] for c in fact.claims if id(c) in against - edits} - revising)
            )
    clause_sources(facts, claims, groups, copies, voices)
    reporting = {a: g for a, g in groups.items() if a not in voices}
    return Alignment(
        claims,
        vectors,
        scores,
        groups,
        facts,
        conflicts,
        omissions(facts, reporting, claims, scores, conflicts),
        centrality,
        beaten,
        copies,
        lines - set(copies),
    )


CLAUSE_SHARE = 0.5
"""Share of the content words of a fact's claim (the clause that holds its figure) that a clause of another source's
sentence must hold, with the same figure, to state it (:func:`clause_sources`)."""
_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "conj", "xcomp", "pcomp"})
_MONEY_UNITS = frozenset({"dollar", "euro", "pound", "yen"})


DENYING = frozenset({"deny", "dispute", "refute", "reject", "doubt"})
_OBJECT_CLAUSES = frozenset({"ccomp", "xcomp", "pcomp", "dobj"})


def _figure_clause(c: Claim, f: Figure) -> tuple[int, int, bool] | None:
    """(start, end) in ``c.text`` of the clause that holds the figure ``f``: the subtree of the nearest verb above it
    less the verbs joined to it, from its subject on ("that Ostrava received a $3 million hospital bill from Kestria
    for the care"); and whether it is negated or denied, on its verb or a verb above ("will not impose its duties
    worth 600 million marks", "denied that Ostrava received ..."). None when the parse finds no verb above it."""
    doc = _parsed(c.text)
    token = _figure_token(doc, c, f)
    if token is None:
        return None
    verb = _clause_verb(token)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # not another verb joined to it ("..., and the jobless rate fell to 3.2%"): a clause of its own
    joined = {t.i for k in verb.children if k.dep_ in ("conj", "cc") for t in k.subtree}
    words = [t for t in verb.subtree if t.i not in joined and (t.dep_ not in ("mark", "punct") or t.i > verb.i)]
    while words and words[-1].dep_ in ("punct", "cc"):
        words.pop()
    if not words:
        return None
    # the verbs whose object the clause is ("did not say that ...", "denied receiving ..."), not the one a relative or
    # adverbial clause hangs on ("did not pay Kestria, which had issued a $3 million bill")
    above = [verb]
    while above[-1].dep_ in _OBJECT_CLAUSES and above[-1].head.i != above[-1].i:
        above.append(above[-1].head)
    negated = any(k.dep_ == "neg" for v in above for k in v.children) or any(
        v.lemma_.lower() in DENYING for v in above[1:]
    )
    return words[0].idx, words[-1].idx + len(words[-1].text), negated


def _main_clause(c: Claim, f: Figure) -> bool:
    """The figure is in what the sentence claims: the clause of its main verb, of a verb joined to it, or of what the
    main verb says ("Earlier reports said that Ostrava had been billed $3m"); not in a clause that hangs on a noun or
    an adverbial ("..., after reports that Ostrava received a $3 million bill": its claim is what comes before)."""
    doc = _parsed(c.text)
    token = _figure_token(doc, c, f)
    if token is None:
        return False
    verb = _clause_verb(token)
    while verb.dep_ in ("ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _money(c: Claim, f: Figure) -> bool:
    """The figure is an amount of money ("$3m", "$3 million hospital bill", "3 million euros")."""
    return f.unit in _MONEY_UNITS or c.text[max(0, f.start - c.start - 1) : f.start - c.start] in ("$", "€", "£", "¥")


def _same_amount(c: Claim, f: Figure, d: Claim, g: Figure) -> bool:
    return (
        f.value == g.value and not f.spelled and not g.spelled and (f.unit == g.unit or _money(c, f) and _money(d, g))
    )


DISTINCT_DIGITS = 3
"""Significant digits from which a count is distinctive enough to name one fact: "12,400", "194,000", not "40,000"."""


def _distinctive_count(c: Claim, f: Figure) -> bool:
    """A count in digits of something other than time, shares or money, whose value has :data:`DISTINCT_DIGITS`
    significant digits or more ("12,400 jobs", "194,000 workers"): two outlets that give it count one thing, whatever
    noun each counts it by ("employers added 12,400 jobs" / "payrolls increased by 12,400 workers")."""
    shown = c.text[f.start - c.start : f.end - c.start]
    if f.spelled or not f.unit or f.unit in NOT_COUNTED or f.unit in MONEY or _money(c, f) or YEAR.search(shown):
        return False
    return f.value == int(f.value) and len(str(int(f.value)).rstrip("0")) >= DISTINCT_DIGITS


_ENDING = re.compile(r"(?<=\w\w\w\w)(?:ed|ing)$")


def _stems(text: str) -> set[str]:
    """Content words (:func:`content_terms`) less an ending "ed" or "ing", cut to their first five letters: "billed" /
    "bill", "hospital" / "hospitals". Not numbers: the figures are compared apart ("£1.5m" beside "$2m")."""
    return {_ENDING.sub("", w)[:5] for w in content_terms(text) if not any(ch.isdigit() for ch in w)}


def clause_sources(
    facts: list[Fact],
    claims: list[Claim],
    groups: dict[str, str],
    copies: dict[int, str] | None = None,
    voices: frozenset[str] = frozenset(),
) -> None:
    """Give each fact whose wording claims a figure (not a year; in its main clause, :func:`_main_clause`) the clauses of other sources' longer sentences that
    state the same (:attr:`Fact.clauses`), and count their sources: "Earlier reports said that Ostrava had been billed
    $3m for the student's hospital care" is told by "..., after reports that Ostrava received a $3 million hospital
    bill from Kestria for the student's care" and by "..., Kestria, which had issued a $3 million bill for the hospital
    care of student Lina Harrow": their sentences are facts of their own (a denial), each a source of the bill too.
    A clause states the claim when it holds one of its figures (the same amount; "$2m (£1.5m)" is told by "$2 million"),
    no other value of a unit of the claim, and :data:`CLAUSE_SHARE` (two at least) of the
    content words of the claim's clause (the frame, "Earlier reports said that", left out), negated or denied as the
    claim is (or not), and not told apart from it by the rules of the link evidence: opposite verdicts or states, a
    threat and its withdrawal, an earlier happening (see :func:`pair_matrices`)."""
    copies = copies or {}

    def source(c: Claim) -> str:
        return copies.get(id(c)) or groups.get(c.article, c.article)

    for fact in facts:
        rep = fact.representative
        figures = [
            f
            for f in rep.figures
            if not f.spelled
            and f.unit != "year"
            and not YEAR.fullmatch(rep.text[f.start - rep.start : f.end - rep.start])
        ]
        figures = [f for f in figures if _main_clause(rep, f)]
        if not figures or fact.conflicts or rep.article in voices:
            # (a fact with a conflict counts the sources of its sides: :func:`storyline.brief.summary.sources_told`)
            continue
        bounds = [b for f in figures if (b := _figure_clause(rep, f)) is not None]
        if len(bounds) < len(figures):
            continue
        start, end = min(b[0] for b in bounds), max(b[1] for b in bounds)
        negated = any(b[2] for b in bounds)
        said = rep.text[start:end]
        words = _stems(said) - {w for f in figures for w in _stems(rep.text[f.start - rep.start : f.end - rep.start])}
        if len(words) < 3:
            continue
        told = {source(c) for c in fact.claims}
        best: dict[str, tuple[float, Claim]] = {}
        for c in claims:
            if c.article in voices or source(c) in told or not c.figures:
                continue
            pairs = [(f, g) for f in figures for g in c.figures if _same_amount(rep, f, c, g)]
            # or the same distinctive count by another noun, whose clause's words need not be the claim's
            counted = not pairs
            if counted:
                pairs = [
                    (f, g)
                    for f in figures
                    for g in c.figures
                    if f.value == g.value and _distinctive_count(rep, f) and _distinctive_count(c, g)
                ]
                if len({id(f) for f, _ in pairs}) < len(figures):
                    continue  # the count alone does not tell the claim's other figures ("as the jobless rate fell to 4.1%")
            spans = [b for _, g in pairs if (b := _figure_clause(c, g)) is not None]
            if not spans or any(b[2] != negated for b in spans):
                continue
            cs, ce = min(b[0] for b in spans), max(b[1] for b in spans)
            clause = c.text[cs:ce]
            # another value of one of the claim's units in the clause: another count, or a disagreement
            theirs = [g for g in c.figures if cs <= g.start - c.start < ce]
            if any(f.unit == g.unit and f.value != g.value for f in figures for g in theirs):
                continue
            if cs == 0 and ce >= len(c.text.rstrip(' .!?"”’')):
                continue  # the whole sentence: the alignment compared it with the claim already
            shared = len(words & _stems(clause))
            share = shared / len(words)
            if (not counted and (shared < 2 or share < CLAUSE_SHARE)) or opposite_verdicts(said, clause):
                continue
            if opposite_states(said, clause):
                continue
            if threat_and_withdrawal(rep, c) or _earlier_and_now(rep, c):
                continue
            if source(c) not in best or share > best[source(c)][0]:
                best[source(c)] = (share, replace(c, start=c.start + cs, end=c.start + ce, text=clause, figures=()))
        if not best:
            continue
        fact.clauses = [c for _, c in best.values()]
        fact.independent_sources += len(best)
        if fact.status == "single-source" and fact.independent_sources >= 2:
            fact.status = "corroborated"


def _edited_copies(conflicts: list[Conflict], copies: dict[int, str]) -> set[int]:
    """Ids of the copied sentences (:func:`copied_units`) that are sides of one figure conflict with another copy of
    the same sentence: a copy that changes a number is an edit, a disagreement between the two outlets."""
    out: set[int] = set()
    for conflict in conflicts:
        if conflict.kind != "figure":
            continue
        units = [copies.get(id(x)) for x in conflict.sides]
        out |= {id(x) for x, u in zip(conflict.sides, units, strict=True) if u is not None and units.count(u) > 1}
    return out


def _takes_position(c: Claim, conflict: Conflict) -> bool:
    """``c`` is a side of the conflict, or gives one of the figures of a figure conflict or a date of a date
    conflict."""
    if any(x is c for x in conflict.sides):
        return True
    if conflict.kind == "figure":
        return bool(_position(conflict, c))
    return conflict.kind == "date" and bool(c.dates)


def _voices_apart(clusters: list[list[int]], claims: list[Claim], voices: frozenset[str]) -> list[list[int]]:
    """Each fact's sentences from ``voices`` (readers' letters, opinion pieces) taken out into a fact of their own: a
    column's "The spillway did not fail by accident" is no source of a report's "The spillway failed on Monday",
    listed or cited, and a fact only voices give is not listed (it has no independent source)."""
    out = []
    for members in clusters:
        parts = [[i for i in members if (claims[i].article in voices) == voiced] for voiced in (False, True)]
        out += [p for p in parts if p]
    return out


def _against(fact: Fact, conflicts: list[Conflict]) -> set[int]:
    """Ids of the claims of ``fact`` that take another position (:func:`positions`) than its wording in one of its
    figure, date or negation conflicts: the other side of a disagreement states something else, it is no source of
    the fact as worded. A conflict the wording takes no side in says nothing of that."""
    rep = fact.representative
    mine = {id(c) for c in fact.claims}
    out: set[int] = set()
    for k in fact.conflicts:
        conflict = conflicts[k]
        if conflict.kind not in ("figure", "date", "negation", "name"):
            continue
        held = positions(conflict)
        if not any(x is rep for p in held for x in p):
            # a wording that is no side but says what one side says ("was detained ... on 9 March 2025" beside the
            # sides "was arrested ... on 9 March" / "on 11 March"): the other side is no source of it either
            if conflict.kind in ("date", "name") and _position(conflict, rep):
                out |= {id(x) for x in conflict.sides if id(x) in mine and not same_side(conflict, x, rep)}
            continue
        out |= {id(x) for p in held if not any(y is rep for y in p) for x in p if id(x) in mine}
    return out


def _copies_against(fact: Fact, against: set[int], groups: dict[str, str]) -> set[int]:
    """Ids of the claims of ``fact`` that copy one of its ``against`` claims: the same words (a line two outlets print
    alike), or a copy in the same syndication group that kept its figures. A conflict takes one sentence a source as
    its side, and the copy it leaves out says what that side says: it is no source of the fact's wording either (one
    wire text on both sides of "2 km" / "3 km" would show one outlet backing both). A copy whose figure an outlet
    changed (:func:`_edited_twins`) disagrees with its source and stays where its figure puts it."""
    others = [c for c in fact.claims if id(c) in against]
    return {
        id(c)
        for c in fact.claims
        if id(c) not in against
        and any(
            _own_words(c.text) == _own_words(d.text)
            or (
                groups[c.article] == groups[d.article]
                and c.article != d.article
                and c.figure_keys() == d.figure_keys()
                and _near_copy(c, d)
            )
            for d in others
        )
    }


def _near_copy(a: Claim, b: Claim) -> bool:
    """Two sentences that are one text lightly edited: :data:`COPY_NEAR` of their word 4-grams in common (as
    :func:`copied_units` takes a copy)."""
    ga, gb = ({ws[k : k + 4] for k in range(len(ws) - 3)} for ws in (_own_words(a.text), _own_words(b.text)))
    return bool(ga and gb) and len(ga & gb) / len(ga | gb) >= COPY_NEAR


def _superseded(conflicts: list[Conflict], claims: list[Claim], clusters: list[list[int]]) -> set[int]:
    """Ids of the claims that a revision supersedes without being a side of its conflict: sentences of the sides'
    facts that count the conflict's unit otherwise than the revision, in words ("Three people died on Monday" beside
    "At least 11 people are now confirmed dead")."""
    out: set[int] = set()
    for c in conflicts:
        revised = revised_position(c)
        if not revised:
            continue
        unit = c.topic.split(":", 1)[0]
        # a revision's own figure, not the one it says was first reported ("to nine, up from the seven first reported")
        now = {f.value for x in revised for f in (revision_figures(x) or x.figures) if f.unit == unit}
        # of a named kind of sum, the sums of that kind: "corrected the fine ... to 150,000 euros" supersedes no
        # "embezzling 4.2 million euros" of the sides' facts
        kinds = {_sum_kind(x, f) for x in revised for f in (revision_figures(x) or x.figures) if f.unit == unit}
        kinds = kinds - {None} if unit in MONEY and kinds - {None} else set()
        sides = {id(x) for x in c.sides}
        for members in clusters:
            if not any(id(claims[i]) in sides for i in members):
                continue
            for i in members:
                told = {
                    f.value
                    for f in claims[i].figures
                    if f.unit == unit and (not kinds or _sum_kind(claims[i], f) in kinds)
                }
                if told and not told & now:
                    out.add(id(claims[i]))
    return out


def _own_updates(claims: list[Claim], clusters: list[list[int]], groups: dict[str, str]) -> set[int]:
    """Ids of the claims whose count their own source gives otherwise in a later article of the same fact ("Now 61
    homes have been destroyed" on Tuesday, "52 homes have been destroyed" in the outlet's report of Wednesday). Two
    reports of one source never disagree as two sources do (no conflict): the later updates the earlier, which is no
    source of the fact as now told, nor what the summary says."""
    out: set[int] = set()
    for members in clusters:
        dated = [claims[i] for i in members if claims[i].published]
        for a in dated:
            for b in dated:
                if groups[a.article] != groups[b.article] or str(b.published) <= str(a.published):
                    continue
                mine = [f for f in a.figures if f.unit and not f.weak]
                theirs = [g for g in b.figures if g.unit and not g.weak]
                if any(
                    not any(f.agrees(g) or f.overlaps(g) for f in mine if f.unit == u for g in theirs if g.unit == u)
                    for u in {f.unit for f in mine} & {g.unit for g in theirs}
                ):
                    out.add(id(a))
    return out


def _with_copies(beaten: set[int], claims: list[Claim], clusters: list[list[int]], groups: dict[str, str]) -> set[int]:
    """``beaten`` and the copies of its claims: a conflict has one side per source, so the outvoted side's copies (an
    outlet's copy of the wire) are no side of it. A copy is a claim of the same source with the same words, or in the
    same fact with the same figures."""
    out = set(beaten)
    lost = [c for c in claims if id(c) in beaten]
    texts = {(groups[c.article], c.text) for c in lost}
    out |= {id(c) for c in claims if (groups[c.article], c.text) in texts}
    for members in clusters:
        held = [claims[i] for i in members if id(claims[i]) in beaten]
        out |= {
            id(c)
            for c in (claims[i] for i in members)
            if any(groups[c.article] == groups[x.article] and c.figure_keys() == x.figure_keys() for x in held)
        }
    return out


def _cluster(claims: list[Claim], link: Any, threshold: float = FACT_LINK) -> list[list[int]]:
    """Greedy average-link grouping on the link evidence: at most one claim per article in a fact."""
    import numpy as np

    owner = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    articles: dict[int, set[str]] = {i: {c.article} for i, c in enumerate(claims)}
    pairs = np.argwhere(np.triu(link >= threshold, 1))
    values = link[pairs[:, 0], pairs[:, 1]] if len(pairs) else np.zeros(0)
    for k in np.lexsort((-pairs[:, 1], -pairs[:, 0], -values)) if len(pairs) else []:
        i, j = int(pairs[k, 0]), int(pairs[k, 1])
        a, b = owner[i], owner[j]
        if a == b or articles[a] & articles[b]:
            continue
        ma, mb = members[a], members[b]
        if (len(ma) > 1 or len(mb) > 1) and float(link[np.ix_(ma, mb)].mean()) < threshold - 0.07:
            continue
        for m in mb:
            owner[m] = a
        ma.extend(mb)
        articles[a] |= articles.pop(b)
        del members[b]
    return [sorted(m) for m in members.values()]


def _tallies_apart(
    clusters: list[list[int]],
    claims: list[Claim],
    scores: Any,
    groups: dict[str, str],
    voices: frozenset[str] = frozenset(),
) -> list[list[int]]:
    """The clusters with the counts of another day taken out into facts of their own: sentences of two sources that
    give different values of a unit the story gives many of (:func:`_crowded_units`, whose values a conflict compares
    only in nearly the same sentence), on days apart ("Vance has 8 delegates" of 2 February / "Vance has 11 delegates"
    of 10 February: a running tally), are two facts of two days, not one that both corroborate. Sentences of one
    day, the same values, or one's values among the other's ("needs 1,237 delegates" / "has 231 of the 1,237 delegates
    needed") stay together; so do sentences that say nearly the same thing, whose figures are compared."""
    crowded = _crowded_units([c for c in claims if c.article not in voices])
    if not crowded:
        return clusters

    def values(k: int) -> dict[str, frozenset[float]]:
        told = _units(claims[k])[0]
        return {u: frozenset(f.value for f in fs) for u, fs in told.items() if u in crowded}

    def apart(i: int, j: int, vi: dict[str, frozenset[float]], vj: dict[str, frozenset[float]]) -> bool:
        a, b = claims[i], claims[j]
        if groups[a.article] == groups[b.article] or float(scores[i, j]) >= SURE or _days_apart(a, b) < 1:
            return False
        return any(not (vi[u] <= vj[u] or vj[u] <= vi[u]) for u in set(vi) & set(vj))

    out: list[list[int]] = []
    for members in clusters:
        told = {k: v for k in members if (v := values(k))}
        if not any(apart(i, j, told[i], told[j]) for i, j in itertools.combinations(told, 2)):
            out.append(members)
            continue
        parts: list[list[int]] = [[]]
        for k in sorted(told, key=lambda k: (claims[k].published or "", k)):
            part = next((p for p in parts if not any(apart(k, m, told[k], told[m]) for m in p if m in told)), None)
            if part is None:
                parts.append(part := [])
            part.append(k)
        parts[0].extend(k for k in members if k not in told)
        out += [sorted(p) for p in parts]
    return out


SIZE_STEP = 0.04
"""How much the fact threshold rises per factor e in the number of a story's sentences (from 30)."""


def fact_threshold(n_claims: int) -> float:
    """The link evidence two claims need to be one fact, in a story of ``n_claims`` sentences: :data:`FACT_LINK`
    at 30 sentences, higher in larger stories. The more sentences a story has, the more chances a sentence has
    of a close match that says something else; on the labelled pairs, 0.04 per factor e raised the precision of
    the held-out half from 0.839 to 0.892 (recall, source counted, 0.768 to 0.762)."""
    return min(0.9, max(LINK + 0.03, FACT_LINK + SIZE_STEP * math.log(max(n_claims, 1) / 30)))


def echo_groups(al: Alignment) -> list[list[int]]:
    """Claims grouped more loosely than facts, by pair score (:data:`LINK`): sentences of different outlets that
    report much the same thing. A summary says each such thing once; only a fact counts as corroboration."""
    return _cluster(al.claims, al.scores, LINK)


def _centrality(claims: list[Claim], scores: Any, groups: dict[str, str], copies: dict[int, str] | None = None) -> Any:
    """For each claim, the mean over the other independent sources of its best match there (a copied sentence
    is no echo: it counts as the source it copies, ``copies`` from :func:`copied_units`)."""
    import numpy as np

    n = len(claims)
    names = sorted(set(groups.values()))
    if len(names) < 2:
        if n < 2:
            return np.ones(n, dtype=np.float32)
        # One source: centrality within the article(s), from the raw similarities.
        return np.asarray(scores.mean(axis=1), dtype=np.float32)
    copies = copies or {}
    gidx = np.array([names.index(copies.get(id(c)) or groups[c.article]) for c in claims])
    best = np.zeros((n, len(names)), dtype=np.float32)
    for g in range(len(names)):
        cols = np.where(gidx == g)[0]
        if len(cols):
            best[:, g] = scores[:, cols].max(axis=1)
    best[np.arange(n), gidx] = 0.0
    return best.sum(axis=1) / (len(names) - 1)


POINTS_BACK = re.compile(r"^[\"“‘'«(]*(?:he|she|they|his|her|their|its|these|those)\b", re.I)
"""A sentence that opens with a pronoun ("She said the prisoners returned included ..."): out of its article (a
fact's wording is shown alone) it names nobody. Not "it", which mostly opens a sentence that reads alone ("It takes
1,237 delegates to win the nomination", "It rained on Monday")."""


def _representative(members: list[int], claims: list[Claim], scores: Any, groups: dict[str, str]) -> int:
    """The most central wording, one that names its speaker if any does (not a piece of a quotation whose
    "he said" is in the next sentence), then one whose quotation marks pair up, then one that does not open with a
    pronoun (:data:`POINTS_BACK`: another source's sentence that reads alone words it). Central among the independent
    sources: each other source counts once, by its closest sentence, so that three copies of a wire story do not
    make the wire's wording the fact's when two other outlets say something closer to each other."""
    if len(members) == 1:
        return members[0]
    cl = [claims[i] for i in members]
    sub = scores[members][:, members]
    owners = [groups.get(c.article, c.article) for c in cl]
    central = [
        sum(max(float(sub[k, j]) for j in range(len(cl)) if owners[j] == g) for g in set(owners) if g != owners[k])
        for k in range(len(cl))
    ]
    total = sub.sum(axis=1)
    return members[
        max(
            range(len(cl)),
            key=lambda k: (
                cl[k].attributed,
                cl[k].whole,
                not POINTS_BACK.match(getattr(cl[k], "text", "")),
                round(central[k], 6),
                float(total[k]),
            ),
        )
    ]


def _fact(
    members: list[int],
    claims: list[Claim],
    scores: Any,
    groups: dict[str, str],
    cent: Any,
    voices: frozenset[str] = frozenset(),
    copies: dict[int, str] | None = None,
) -> Fact:
    cl = [claims[i] for i in members]
    reported = [i for i in members if claims[i].article not in voices]
    rep = _representative(reported or members, claims, scores, groups)
    copies = copies or {}
    independent = len({copies.get(id(claims[i])) or groups[claims[i].article] for i in reported})
    status = "corroborated" if independent >= 2 else "single-source"
    return Fact(cl, independent, status, claims[rep], float(max(cent[i] for i in members)))


def find_conflicts(
    claims: list[Claim],
    scores: Any,
    groups: dict[str, str],
    *,
    fact_of: dict[int, int] | None = None,
    linked: Any = None,
    voices: frozenset[str] = frozenset(),
) -> list[Conflict]:
    """Claims about the same thing from independent sources that differ in figures, dates, negation or
    in how they present the same figure (demanded by someone vs stated as established).

    With ``fact_of`` (claim id -> fact), two figures disagree only in sentences aligned as one fact, or nearly the
    same (score >= SURE) and linked as one by their own evidence (``linked``, a boolean pair matrix; then only counts
    for the same verb, one value each in digits): in a match report every sentence is close
    to every other, and "29 of 39 passes" is not "8 passes". A fact holds one sentence an article, so an article that
    gives both figures ("Corvane has lowered the number of jobs it plans to cut" beside "cut 3,400 jobs") keeps the
    two figures' sentences in two facts, each corroborated. The units the story gives many values of are its reports'
    (not ``voices``', see :func:`pair_matrices`)."""
    import numpy as np

    out: list[Conflict] = []
    seen: set[tuple[str, str, frozenset[str]]] = set()
    by_topic: dict[tuple[str, str], Conflict] = {}
    dated: dict[int, Conflict] = {}  # claim id -> the date conflict it is a side of
    side_groups: dict[int, set[str]] = {}
    counted = [bool(c.figures) for c in claims]
    units = [_units(c) for c in claims]
    crowded = _crowded_units([c for c in claims if c.article not in voices])
    close = np.triu(scores >= CONFLICT, 1)
    # each claim's fact (a claim in none, a number of its own): sources of one fact are compared however far apart
    # their pair score
    fact = None if fact_of is None else np.array([fact_of.get(id(c), -1 - k) for k, c in enumerate(claims)])
    if fact is not None:
        close |= np.triu(fact[:, None] == fact[None, :], 1)
    summed = {**_same_sums(claims, groups), **_same_moves(claims, groups), **_same_measures(claims, groups)}
    summed.update(_same_changes_since(claims, groups))
    drafts = _same_drafts(claims, groups, linked) if linked is not None else {}
    counts = {**_same_tolls(claims, groups), **_same_counts(claims, groups, crowded)}
    disputes = _disputed_reports(claims, groups)
    keyed: list[Conflict] = []
    for i, j in itertools.chain(summed, counts, drafts, disputes):
        close[min(i, j), max(i, j)] = True
    for i, j in np.argwhere(close):
        a, b = claims[int(i)], claims[int(j)]
        score = float(scores[i, j])
        if groups[a.article] == groups[b.article]:
            if a.article != b.article and _edited_twins(a, b):
                # two copies of one text that differ in a figure ("injuring 31 people" / "injuring 38 people"): the
                # copies disagree, as an outlet that changed a copied paragraph's figure does (:func:`_edited_copies`)
                found = _pair_conflicts(
                    a, b, 1.0, units[int(i)], units[int(j)], crowded, dates=False, one_fact=True, same_sum=True
                )
                found = [c for c in found if c.kind == "figure"]
                _add_conflicts(found, groups, out, seen, by_topic, dated, side_groups)
            continue
        one_fact = fact is not None and bool(fact[i] == fact[j])
        # linked as one fact by their own evidence, but kept in two facts (a fact holds one sentence an article)
        paired = not one_fact and linked is not None and bool(linked[i, j]) and score >= SURE
        aligned = fact is None or one_fact or paired
        if (unit := counts.get((int(i), int(j)))) is not None:
            # one count of one noun each, for the same act: compared in words too ("Eight prisoners were exchanged" /
            # "Ten prisoners were freed in the exchange"), however else the sentences differ; the sentences' other
            # figures and dates as for any pair
            told = (units[int(i)], units[int(j)])
            found = _pair_conflicts(a, b, score, *told, crowded, dates=False, one_fact=True, same_sum=True, words=True)
            found = [c for c in found if c.kind == "figure" and c.topic.startswith(f"{unit}: ")]
            if not aligned:
                keyed += found  # added after the revisions, which take the figures they revise as their sides
                continue
            _add_conflicts(found, groups, out, seen, by_topic, dated, side_groups)
        if not aligned and (unit := drafts.get((int(i), int(j)))) is not None:
            # one document's figure, quoted in one and told in other words in the other: whose it is is the document's,
            # not the names the sentences' subjects give (:func:`_same_drafts`)
            found = _pair_conflicts(
                a,
                b,
                score,
                units[int(i)],
                units[int(j)],
                crowded,
                dates=False,
                one_fact=True,
                same_sum=True,
                owned=True,
            )
            found = [
                replace(c, detail=DRAFT_DETAIL) for c in found if c.kind == "figure" and c.topic.startswith(f"{unit}: ")
            ]
            _add_conflicts(found, groups, out, seen, by_topic, dated, side_groups)
            continue
        if not aligned and (unit := summed.get((int(i), int(j)))) is not None:
            # one organisation's sum of one kind, one holder's change in percent, however else the sentences differ:
            # those figures are compared, not the sentences' others ("ten-year bonds" / "in three years")
            found = _pair_conflicts(
                a, b, score, units[int(i)], units[int(j)], crowded, dates=False, one_fact=True, same_sum=True
            )
            found = [c for c in found if c.kind == "figure" and c.topic.startswith(f"{unit}: ")]
            _add_conflicts(found, groups, out, seen, by_topic, dated, side_groups)
            continue
        if (
            not one_fact
            and score < 0.72
            and (int(i), int(j)) in disputes
            and (dispute := _dispute_conflict(a, b)) is not None
        ):
            # a report disputed in one outlet and stated in the other, in two facts (:func:`_disputed_reports`)
            _add_conflicts([dispute], groups, out, seen, by_topic, dated, side_groups)
            continue
        if (
            score < 0.72
            and not (counted[i] and counted[j])
            and not (
                one_fact
                and (
                    denied_and_admitted(a, b)
                    or denied_and_stated(a, b)
                    or denied_saying(a, b) is not None
                    or disputed_report(a, b) is not None
                    or opposite_outcomes(a, b)
                    or one_dated_act(a, b)
                    or one_act_two_days(a, b)
                    or _other_agents(a, b) is not None
                )
            )
        ):
            continue  # figure and presentation conflicts need figures on both sides; the others 0.72
        found = _pair_conflicts(
            a,
            b,
            score,
            units[int(i)],
            units[int(j)],
            crowded,
            figures=aligned,
            dates=fact is None or one_fact,
            one_fact=one_fact,
            paired=paired,
        )
        _add_conflicts(found, groups, out, seen, by_topic, dated, side_groups)
    tolls = _toll_series(claims, groups)
    _take_series(tolls, out)
    _revisions(claims, scores, groups, units, out, tolls)
    had = {id(c) for c in out}
    # (a pair of counts that a toll told day by day holds is in it already: "people: 2 vs 4" of "2 vs 3 vs 4")
    keyed = [c for c in keyed if not _held_by(c, [t for t in tolls if any(t is x for x in out)])]
    _add_conflicts(keyed, groups, out, seen, by_topic, dated, side_groups)
    _join_counts(out, {id(c) for c in out} - had, groups)
    _join_repeats([c for c in claims if c.article not in voices], out, groups)
    # after the revisions, which join the figure conflicts of their unit: halving is no figure a revision revises
    _add_conflicts(_halved_and_cut(claims, groups), groups, out, seen, by_topic, dated, side_groups)
    _add_conflicts(_same_ages(claims, groups), groups, out, seen, by_topic, dated, side_groups)
    _add_conflicts(_ago_dates(claims, groups), groups, out, seen, by_topic, dated, side_groups)
    crowds = [c for c in _crowd_conflicts(claims, groups) if not _told_already(c, out)]
    _add_conflicts(crowds, groups, out, seen, by_topic, dated, side_groups)
    _add_conflicts(_other_counts_said(claims, groups), groups, out, seen, by_topic, dated, side_groups)
    _add_conflicts(_counts_of_them(claims, groups), groups, out, seen, by_topic, dated, side_groups)
    return out


_NUMBER_WORD = re.compile(r"\d[\d,.]*")


def _edited_twins(a: Claim, b: Claim) -> bool:
    """Two sentences that are one text with a figure changed: the same words but for their numbers (or nearly, as
    :func:`copied_units` takes an edited copy), at least :data:`COPY_WORDS` of their own, and figures that differ."""
    if a.figure_keys() == b.figure_keys():
        return False
    wa, wb = (
        tuple("#" if _NUMBER_WORD.fullmatch(w) or w in WORD_VALUES else w for w in _own_words(c.text)) for c in (a, b)
    )
    if sum(w != "q" for w in wa) < COPY_WORDS or a.quoted >= 0.5 or b.quoted >= 0.5:
        return False
    if wa == wb:
        return True
    ga, gb = ({ws[k : k + 4] for k in range(len(ws) - 3)} for ws in (wa, wb))
    return bool(ga and gb) and len(ga & gb) / len(ga | gb) >= COPY_NEAR


def _told_already(conflict: Conflict, out: list[Conflict]) -> bool:
    """A figure conflict whose sides and values another figure conflict of ``out`` already gives ("crowd: 26,000 vs
    30,000" of the sentences of "people: 26,000 vs 30,000")."""
    values = {v for v, _unit in conflict.disputed}
    sides = {id(x) for x in conflict.sides}
    return any(
        c.kind == "figure" and {v for v, _unit in c.disputed} == values and sides <= {id(x) for x in c.sides}
        for c in out
    )


def _add_conflicts(
    found: list[Conflict],
    groups: dict[str, str],
    out: list[Conflict],
    seen: set[tuple[str, str, frozenset[str]]],
    by_topic: dict[tuple[str, str], Conflict],
    dated: dict[int, Conflict],
    side_groups: dict[int, set[str]],
) -> None:
    """The conflicts of one pair of claims added to ``out``, a disagreement already there taking the new sides."""
    for conflict in found:
        a, b = conflict.sides[0], conflict.sides[1]
        key = (conflict.kind, conflict.topic, frozenset((groups[a.article], groups[b.article])))
        # one sentence that negates what several outlets state is one conflict, not one per outlet
        merge = (conflict.kind, f"#{id(conflict.sides[0])}") if conflict.kind == "negation" else None
        merge = (conflict.kind, conflict.topic) if conflict.kind in _MERGED_KINDS else merge
        if conflict.kind == "figure":
            merge = (conflict.kind, _plain_topic(conflict.topic))  # "about 26,000 vs 30,000" / "26,000 vs 30,000"
        same = by_topic.get(merge) if merge else None
        if key in seen:
            if same is not None:
                _take_revisions(same, conflict.sides, groups)
            continue
        seen.add(key)
        if same is None and conflict.kind == "date":
            # "on Monday" (an undated article), 2026-03-09 and 2026-03-10 for one walkout: one dispute
            same = next((dated[id(x)] for x in conflict.sides if id(x) in dated), None)
        if same is not None:
            # the same disagreement between more outlets: one conflict, every side once per source
            have = side_groups[id(same)]
            for side in conflict.sides:
                if groups[side.article] not in have or _new_position(same, side, conflict.disputed, groups):
                    same.sides.append(side)
                    have.add(groups[side.article])
            _take_revisions(same, conflict.sides, groups)
            same.disputed |= conflict.disputed
            if same.kind == "figure":
                same.topic = _plainer_topic(same.topic, conflict.topic)
            if same.kind == "date":
                same.topic = _date_topic(same.sides)
                dated.update({id(x): same for x in same.sides})
            continue
        if merge:
            by_topic[merge] = conflict
        if conflict.kind == "date":
            dated.update({id(x): conflict for x in conflict.sides})
        side_groups[id(conflict)] = {groups[x.article] for x in conflict.sides}
        out.append(conflict)


def _new_position(
    conflict: Conflict, side: Claim, disputed: frozenset[tuple[float, str]], groups: dict[str, str]
) -> bool:
    """A figure conflict has one side per source, unless another article of a source gives a figure of the dispute
    that none of its sides gives: a paper that printed the fire chief's "about 9,000 gallons" on Tuesday and the
    state's "15,000 gallons" on Thursday, a wire whose update says the count "rose to 1,800" after its first report's
    1,200. The dispute holds that figure (``disputed``) only through that sentence, which is a side of it then, not
    a figure that no side gives; one article's second sentence of the figure is no new side."""
    if conflict.kind != "figure" or any(x is side for x in conflict.sides):
        return False
    mine = [x for x in conflict.sides if groups[x.article] == groups[side.article]]
    if any(x.article == side.article for x in mine):
        return False
    held = {key for x in mine for key in x.figure_keys()}
    return bool(side.figure_keys() & disputed - held)


MONEY = frozenset({"euro", "dollar", "pound", "yen", "franc", "crown", "kronor", "krona", "krone", "rupee", "yuan"})
"""Units of money: a sum's currency."""


def _same_sums(claims: list[Claim], groups: dict[str, str]) -> dict[tuple[int, int], str]:
    """Pairs (i < j), with their currency, of claims of two sources that each give one sum of money of one kind
    (:func:`_sum_kind`) in one currency, the same kind and currency, and name an organisation in common: "Corvel State
    Bank hid losses of €2.4bn" / "the governor sat on a €3.1bn black hole at Corvel State Bank" tell one bank's losses,
    however far apart the rest of the two sentences."""
    by_sum: dict[tuple[str, str], list[int]] = {}
    # of unknown kind, the sum an act names ("has demanded $4 million"): the same act's sum of a named kind in another
    # sentence ("are demanding a ransom of $2.5 million") is that sum
    by_act: dict[tuple[str, str], list[tuple[int, str | None]]] = {}
    for k, c in enumerate(claims):
        if not c.orgs:
            continue
        for unit in {f.unit for f in c.figures if f.unit in MONEY}:
            sums = [f for f in c.figures if f.unit == unit]
            kinds = {_sum_kind(c, f) for f in sums}
            if len({f.value for f in sums}) != 1 or not all(f.plain for f in sums) or len(kinds) != 1:
                continue  # two sums of the currency: which is the other sentence's is open
            kind = kinds.pop()
            if kind is not None:
                by_sum.setdefault((unit, kind), []).append(k)
            if len(acts := {_sum_act(c, f) for f in sums}) == 1 and (act := acts.pop()) is not None:
                by_act.setdefault((unit, act), []).append((k, kind))
    out: dict[tuple[int, int], str] = {}
    for (unit, _kind), members in by_sum.items():
        for i, j in itertools.combinations(members, 2):
            a, b = claims[i], claims[j]
            if groups[a.article] != groups[b.article] and a.orgs & b.orgs:
                out[(i, j)] = unit
    for (unit, _act), acted in by_act.items():
        for (i, kind_i), (j, kind_j) in itertools.combinations(acted, 2):
            a, b = claims[i], claims[j]
            if (kind_i is None or kind_j is None) and groups[a.article] != groups[b.article] and a.orgs & b.orgs:
                out[(i, j)] = unit
    return out


SUM_ACTS = frozenset({"demand", "seek", "pay", "offer", "owe", "raise", "borrow", "lend", "award", "grant", "fine"})
"""Verbs whose object sum is one thing of the act however it is named: "has demanded $4 million" and "are demanding a
ransom of $2.5 million" tell one demand's sum."""


def _sum_act(c: Claim, f: Figure) -> str | None:
    """The verb of :data:`SUM_ACTS` whose object the sum ``f`` is, directly ("demanded $4 million") or as what the
    object is "of" ("demanding a ransom of $2.5 million"); None for any other."""
    doc = _parsed(c.text)
    tok = _figure_token(doc, c, f)
    steps = 0
    while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and steps < 6:
        steps += 1
        if tok.dep_ not in ("nummod", "quantmod", "compound", "nmod", "pobj", "dobj", "nsubjpass") and not (
            tok.dep_ == "prep" and tok.lower_ == "of"
        ):
            return None
        tok = tok.head
    if tok is None or tok.pos_ not in ("VERB", "AUX") or _intended(tok):
        return None
    lemma = tok.lemma_.lower()
    return lemma if lemma in SUM_ACTS else None


COUNT_AT = frozenset({"in", "during", "under", "through"})
"""Prepositions whose noun after a counted verb names the event the act was part of: "freed in the exchange"."""
DISTRIBUTIVE = frozenset({"each", "apiece", "every", "per"})
"""Words that make a count a share of each party ("released by each side", "four prisoners each"), not the total."""
OTHER_BEFORE = re.compile(
    r"\b(?:another|other|more|additional|further|remaining|first|last|final|latest|new|extra)\s+(?:\w+\s+)?$", re.I
)
"""Words before a count that make it a count of some of the things ("another 10 prisoners"), not of all."""
NOT_COUNTED = frozenset({"%", "year", "month", "week", "day", "hour", "minute", "second"})
"""Units of a figure that is no count of things or people: shares and spans of time."""


def _count_acts(c: Claim, f: Figure) -> tuple[frozenset[str], frozenset[str]] | None:
    """What a count in ``c`` counts for: (the act it is the count of: the lemma of the verb its noun hangs on, "exchange"
    of "Eight prisoners were exchanged", or the noun of the act it is "of", "exchange" of "an exchange of eight
    prisoners"; the events that verb is told to be part of, "exchange" of "Ten prisoners were freed in the exchange").
    None when the count is a share of each party ("four released by each side", "Each side freed three prisoners"),
    counts no noun ("four released"), hangs on no act, or on one of being or having."""
    doc = _parsed(c.text)
    at = f.end - c.start - 1
    tok = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    if tok is None or tok.pos_ != "NOUN":
        return None  # the count's word is no noun: "four released by each side"
    steps = 0
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX") and steps < 6:
        steps += 1
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            act = tok.head.head
            if any(t.lower_ in DISTRIBUTIVE for t in act.subtree) or _intended(_clause_verb(act)):
                return None
            return frozenset({act.lemma_.lower()}), frozenset()
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() in ("be", "have", "do"):
        return None
    verb = tok
    clause = [t for t in verb.subtree if _clause_verb(t) is verb]
    if any(t.lower_ in DISTRIBUTIVE for t in clause) or _intended(verb):
        return None
    events = {
        p.lemma_.lower()
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in COUNT_AT
        for p in prep.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN"
    }
    return frozenset({verb.lemma_.lower()}), frozenset(events)


def _intended(verb: Any) -> bool:
    """The verb tells an act still to come or wanted ("would cut", "plans to cut", "is expected to free"): its count is
    the plan's, which a later report may revise ("Corvane has lowered the number of jobs it plans to cut"), not a
    count of what was done."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} & FUTURE_AUX:
        return True
    return verb.lemma_.lower() in WISHING or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WISHING)


def _clause_verb(tok: Any) -> Any:
    """The nearest verb above ``tok`` (itself when it is one)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _join_counts(out: list[Conflict], keyed: set[int], groups: dict[str, str]) -> None:
    """Each figure conflict made only by comparing counts of one act (:func:`_same_counts`; ids ``keyed``) joins a
    conflict of its unit that shares a figure with it: "prisoner: 8 vs 10" (Eastbank against the Gazette) and "prisoner:
    8 vs about 12" (the state media against the wire) are one dispute over how many were exchanged, "prisoner: 8 vs 10
    vs about 12", with every side once per source."""
    k = 0
    while k < len(out):
        c = out[k]
        unit = c.topic.split(":", 1)[0]
        other = next(
            (
                j
                for j in range(len(out))
                if j != k
                and (id(c) in keyed or id(out[j]) in keyed)
                and c.kind == out[j].kind == "figure"
                and out[j].topic.split(":", 1)[0] == unit
                and c.disputed & out[j].disputed
            ),
            None,
        )
        if other is None or id(c) not in keyed:
            k += 1
            continue
        # the keyed conflict goes into the other, which keeps its place (a revision's conflict stays one)
        into = out[other]
        have = {groups[x.article] for x in into.sides}
        for x in c.sides:
            if groups[x.article] not in have or _new_position(into, x, c.disputed, groups):
                into.sides.append(x)
                have.add(groups[x.article])
        into.disputed |= c.disputed
        _retopic(into, unit)
        out.pop(k)
        k = 0


def _join_repeats(claims: list[Claim], out: list[Conflict], groups: dict[str, str]) -> None:
    """A sentence that gives a side's figure again, one count for the same act ("the railroad still believed about
    4,000 gallons had leaked", two days after its spokesperson "said about 4,000 gallons ... had leaked"), holds that
    side's position: a side too when its source's sides give no such figure (the paper that printed the chief's 9,000
    and the state's 15,000, and on the last day the railroad's 4,000 still), so that a dispute still on is seen on."""
    for conflict in out:
        if conflict.kind != "figure":
            continue
        unit = conflict.topic.split(":", 1)[0]
        for c in sorted(claims, key=lambda x: x.published or "", reverse=True):  # the latest first: still held
            figures = [f for f in c.figures if f.unit == unit]
            if len(figures) != 1 or any(x is c for x in conflict.sides):
                continue
            f = figures[0]
            if (f.value, unit) not in conflict.disputed or f.weak or f.measure or (acts := _count_acts(c, f)) is None:
                continue
            held = {k for x in conflict.sides if groups[x.article] == groups[c.article] for k in x.figure_keys()}
            if (f.value, unit) in held:
                continue
            repeated = (
                (side, g)
                for side in conflict.sides
                for g in side.figures
                if (g.value, g.unit) == (f.value, unit) and g.modifier == f.modifier
            )
            if any((told := _count_acts(side, g)) is not None and told[0] & acts[0] for side, g in repeated):
                conflict.sides.append(c)


COUNT_DAYS = 7
"""Days past which two counts of one act, each on the day its sentence gives or else on its article's day, are of two
happenings: "exchanged six prisoners at Brennick airport" in an article of 2023 against "Eight prisoners were
exchanged" in one of 2026."""


def _days_apart(a: Claim, b: Claim) -> int:
    """Least number of days between what the two sentences tell, each on the full days it gives, or else on its
    article's day; 0 when either is unknown."""

    def days(c: Claim) -> list[datetime.date]:
        told = [d for d in _calendar(c) if len(d) == 10] or ([c.published[:10]] if c.published else [])
        out = []
        for d in told:
            try:
                out.append(datetime.date.fromisoformat(d))
            except ValueError:
                continue
        return out

    xs, ys = days(a), days(b)
    return min((abs((x - y).days) for x in xs for y in ys), default=0)


def _same_counts(
    claims: list[Claim], groups: dict[str, str], crowded: frozenset[str] | None = None
) -> dict[tuple[int, int], str]:
    """Pairs (i < j), with their unit, of claims of two sources that each count one noun once (one value, in digits or
    in words from four up: "Eight prisoners were exchanged"), for the same act: the act one counts for is the other's
    act or the event the other's act is told to be part of ("Eight prisoners were exchanged in the swap" / "Ten
    prisoners were freed in the exchange" / "an exchange of eight prisoners"). However far apart the rest of the two
    sentences, the two counts are of one thing and may disagree. Not a count of each party ("four released by each
    side"), of some of them ("another 10 prisoners"), of things of another kind ("38 city routes" / "38 routes"), of a
    plan ("would cut 3,400 jobs"), in a unit the story gives many values of, nor of counts three times apart or on
    other days. One person's counts of one noun told in two outlets are one count whatever the acts' words."""
    by_unit: dict[str, list[tuple[int, Figure]]] = {}
    for k, c in enumerate(claims):
        units: dict[str, list[Figure]] = {}
        for f in c.figures:
            if f.unit and f.unit not in MONEY and f.unit not in NOT_COUNTED:
                units.setdefault(f.unit, []).append(f)
        for unit, figures in units.items():
            f = figures[0]
            if len({x.value for x in figures}) != 1 or len(figures) != 1 or f.weak or f.fraction:
                continue
            if f.measure or f.kind in ("part", "total") or f.whole or f.floor or f.against:
                continue
            if OTHER_BEFORE.search(c.text[max(0, f.start - c.start - 30) : f.start - c.start]):
                continue
            by_unit.setdefault(unit, []).append((k, f))
    out: dict[tuple[int, int], str] = {}
    crowded = _crowded_units(claims) if crowded is None else crowded
    for unit, members in by_unit.items():
        if len({f.value for _k, f in members}) < 2 or len({groups[claims[k].article] for k, _f in members}) < 2:
            continue  # one count told by all, or by one source: nothing to compare
        if unit in crowded:
            continue  # many values of the unit count many things (a match report's yards)
        acts = {k: _count_acts(claims[k], f) for k, f in members}
        for (i, x), (j, y) in itertools.combinations(members, 2):
            a, b = claims[i], claims[j]
            if groups[a.article] == groups[b.article] or x.value == y.value or x.modifier != y.modifier:
                continue
            if _far_apart([x], [y]):
                continue
            da, db = _calendar(a), _calendar(b)
            if da and db and not any(d.startswith(e) or e.startswith(d) for d in da for e in db):
                continue  # counts of two days
            if _days_apart(a, b) > COUNT_DAYS:
                continue  # a count of an earlier swap in an article of another year, told without its date
            if a.speakers & b.speakers and not _other_outcomes(a, [x], b, [y]):
                # one person's count of one noun, told in two outlets ("Fire Chief Ambrose Kell said 1,200 residents
                # had been told to leave" / "The number of residents evacuated ... rose to 1,800, Fire Chief Ambrose
                # Kell said"): one count, however each outlet words the act
                out[(min(i, j), max(i, j))] = unit
                continue
            if (ax := acts[i]) is None or (ay := acts[j]) is None:
                continue
            if ax[0] & (ay[0] | ay[1]) or ay[0] & ax[1]:
                out[(min(i, j), max(i, j))] = unit
    return out


AGE_NAME = re.compile(r"(?:\b([A-Z][a-z'’-]+)\s+(?:[A-Z]\.\s+)?)?\b([A-Z][a-z'’-]+)(?:,\s*(?:aged\s+)?|\s\()$")
"""The name right before an age told in apposition ("Tomas Ruel, 61," / "Ruel, 68,", "Ruel, aged 68," / "Tomas Ruel
(61)"): the first name, when the sentence gives it, and the surname."""
AGED_NAME = re.compile(r"\s+((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)\b(?!['’]s\b|\s*[A-Z])")
"""The name right after "61-year-old" ("the 61-year-old Tomas Ruel"), not one whose thing the age is ("61-year-old
Tomas Ruel's wife")."""
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|his|her|their|its|our|my|your|whose|one|two|three|four)\s+$", re.I)
"""Before "61-year-old": someone of an age ("a 61-year-old Merro man", "his 61-year-old wife"), not the age of the
name after it ("the 61-year-old Tomas Ruel", "said 61-year-old Tomas Ruel")."""
YEAR_OLD = re.compile(r"(?:[\s-]+years?)?[\s-]+old\b")
A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
AGE_DAYS = 365


def _ages(c: Claim) -> list[tuple[str, str, Figure]]:
    """The ages a sentence gives of people it names: (first name or "", surname, the age), from an apposition ("Tomas
    Ruel, 61, a retired harbour pilot") or "the 61-year-old Tomas Ruel". Not the age of someone unnamed or of someone's
    kin ("his 61-year-old wife"), nor a name that is a title ("Senator, 61")."""
    out = []
    for f in c.figures:
        at, end = f.start - c.start, f.end - c.start
        if f.unit == "age":
            named = AGE_NAME.search(c.text, max(0, at - 60), at)
            if named is None:
                continue
            first, last = named.group(1) or "", named.group(2)
        elif f.unit == "year" and (old := YEAR_OLD.match(c.text, end)) and not f.qualifier:
            after = AGED_NAME.match(c.text, old.end())
            if after is None or DETERMINER_BEFORE.search(c.text, max(0, at - 8), at):
                continue  # "his 61-year-old wife", "a 61-year-old Merro man"
            words = after.group(1).split()
            first, last = (words[0] if len(words) > 1 else ""), words[-1]
        else:
            continue
        if last.lower() in TITLES or last.lower() in STOP:
            continue
        if first and (first.lower() in TITLES or first.lower() in STOP):
            first = ""  # "Senator Vance, 61": a title, no first name
        out.append((first, last, f))
    return out


def _first_names(claims: Sequence[Claim]) -> dict[tuple[str, str], set[str]]:
    """(article, surname) -> the first names the article writes before the surname ("Tomas Ruel", "Anna Ruel")."""
    out: dict[tuple[str, str], set[str]] = {}
    for c in claims:
        for m in re.finditer(r"\b([A-Z][a-z'’-]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z'’-]+)\b", c.text):
            first = m.group(1)
            if first.lower() not in TITLES and first.lower() not in STOP:
                out.setdefault((c.article, m.group(2)), set()).add(first)
    return out


def _same_ages(claims: list[Claim], groups: dict[str, str]) -> list[Conflict]:
    """Ages of one person told differently by two sources ("Tomas Ruel, 61," / "Ruel, 68,"): one person, by the
    surname, and the first name where either article gives one (two people of one surname, "Anna Ruel" and "Tomas
    Ruel", are two; a surname alone in an article that names two of that surname says not which). However far apart
    the rest of the two sentences. Not an age of another year ("In 2009, Ruel, 61, was fined"), nor a difference the
    time between the two reports explains (a year a year apart)."""
    firsts = _first_names(claims)
    told = [(k, first, last, f) for k, c in enumerate(claims) for first, last, f in _ages(c)]
    in_story: dict[str, set[str]] = {}
    for (_article, last), names in firsts.items():
        in_story.setdefault(last, set()).update(names)

    def first_name(c: Claim, first: str, last: str) -> str | None:
        """The person's first name, "" when no one says, None when the article names two of that surname."""
        known = firsts.get((c.article, last), set())
        if first:
            return first
        return None if len(known) > 1 else next(iter(known), "")

    out: list[Conflict] = []
    for (i, fi, li, x), (j, fj, lj, y) in itertools.combinations(told, 2):
        a, b = claims[i], claims[j]
        if groups[a.article] == groups[b.article] or li != lj or x.value == y.value:
            continue
        na, nb = first_name(a, fi, li), first_name(b, fj, lj)
        if na is None or nb is None or (na and nb and na != nb):
            continue  # two people of one surname, or no telling which
        if not (na and nb) and len(in_story.get(li, set())) > 1:
            continue  # "Ruel, 68" where the story names Anna and Tomas Ruel
        if any(A_YEAR.search(c.text) for c in (a, b)) or _of_another_year(a, b) or _of_another_year(b, a):
            continue  # an age of another year: "In 2009, Ruel, 61, was fined"
        if abs(x.value - y.value) <= math.ceil(_days_apart(a, b) / AGE_DAYS):
            continue  # a birthday between the two reports
        va, vb = _by_value([x], [y])
        disputed = frozenset({(x.value, x.unit), (y.value, y.unit)})
        out.append(Conflict("figure", f"age: {va} vs {vb}", [a, b], "different ages for the same person", disputed))
    return out


DEATH_BEFORE = re.compile(
    r"\b(?:killed|killing|kills)\s+(?:(?:at least|about|around|some|nearly|almost|more than|over)\s+)?$", re.I
)
DEATH_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|were|are|was|is|been|now|so far|reportedly|confirmed)\s+)*(?:died|dead|killed)\b", re.I
)
"""Words right before or after a count of people that make it a count of the dead ("killing 12 people", "three
people are dead", "Two people have died"); a death toll named before its number is :data:`TOLL_BEFORE`."""


TOLL_FORESEEN = re.compile(
    r"\b(?:could|may|might|would|will|expect\w*|fear\w*|predict\w*|forecast\w*|likely|set to)\b[^.;:!?]{0,50}$", re.I
)
"""Words before a toll's number that tell it as foreseen, not counted ("feared the death toll could rise to ten")."""


def _deaths(c: Claim, *, roles: bool = False) -> list[Figure]:
    """The counts of the dead a sentence gives (:data:`DEATH_BEFORE`, :data:`DEATH_AFTER`, the death toll's number),
    not one foreseen (:data:`TOLL_FORESEEN`); with ``roles``, of people of one role too ("killing two workers")."""
    out = []
    for f in c.figures:
        if TOLL_FORESEEN.search(c.text[max(0, f.start - c.start - 60) : f.start - c.start]):
            continue
        if not (f.unit == "people" or (roles and f.unit in PEOPLE_OF_A_ROLE and f.qualifier != "other")):
            continue  # (with roles, not "after two more workers died": some of them, beside the toll)
        if f.fraction or f.measure or f.whole or f.against or f.value < 2:
            continue
        at, end = f.start - c.start, f.end - c.start
        if (
            DEATH_AFTER.match(c.text, end)
            or DEATH_BEFORE.search(c.text[max(0, at - 40) : at])
            or TOLL_BEFORE.search(c.text[max(0, at - TOLL_REACH) : at])
        ):
            out.append(f)
    return out


def _injured(c: Claim) -> list[Figure]:
    """The counts of the injured a sentence gives, of people or of people of one role: for a verb or a word of injury
    (:func:`_outcome`: "injuring 17 people", "24 people are now known to have been injured") or named before the number
    ("The number of injured was revised to 31"), not one foreseen (:data:`TOLL_FORESEEN`)."""
    out = []
    for f in c.figures:
        if TOLL_FORESEEN.search(c.text[max(0, f.start - c.start - 60) : f.start - c.start]):
            continue
        if not (f.unit == "people" or f.unit in PEOPLE_OF_A_ROLE):
            continue
        if f.fraction or f.measure or f.whole or f.against or f.value < 2:
            continue
        at = f.start - c.start
        if _outcome(c, f) == "injury" or INJURED_BEFORE.search(c.text[max(0, at - TOLL_REACH) : at]):
            out.append(f)
    return out


TOLL_KINDS = (("death", "people"), ("injury", "injured"))
"""The tolls of a story told day by day (:func:`_toll_series`), each with the unit its conflict's topic names when its
counts are of people, or of several units: "people: 2 vs 3 vs 4" (the dead, as a death toll's conflict has always named
them), "injured: 17 vs 24 vs 31" (not "people", the dead's); a toll counted in one role's unit is named by it
("passenger: 12 vs 14"), as a conflict of two counts of that unit is."""


def _toll_series(claims: list[Claim], groups: dict[str, str]) -> list[Conflict]:
    """One figure conflict per toll (the dead, the injured) that sources give differently: each sentence that gives one
    count of that toll (:func:`_deaths`, :func:`_injured`; another toll beside it is another count: "killing two
    workers and injuring 17 people"), paired as :func:`_told_apart` pairs counts of one thing, every pair joined into
    one conflict: a toll told day by day ("Two workers were killed", "The death toll ... rose to three", "revised the
    death toll ... to four") is one count updated, whose latest figure :func:`revised_position` finds, not a pair of
    reports each. A count of people of one role (workers) against one of all the people disagrees only when it is the
    larger or the earlier (the toll rose since); a smaller one of the same day may leave out the others."""
    out: list[Conflict] = []
    for kind, unit in TOLL_KINDS:
        told: list[tuple[int, Figure]] = []
        for k, c in enumerate(claims):
            dead = _deaths(c, roles=True)
            counts = dead if kind == "death" else [f for f in _injured(c) if f not in dead]
            # not the earlier figure a revision names ("to five, up from an earlier figure of three")
            counts = [f for f in counts if not FORMER_BEFORE.search(c.text[: f.start - c.start])]
            if len(counts) != 1 or WITH_PERPETRATOR.search(c.text):
                continue
            f = counts[0]
            if f.kind == "part" or OTHER_BEFORE.search(c.text[max(0, f.start - c.start - 30) : f.start - c.start]):
                continue  # some of them ("another two people died")
            told.append((k, f))
        figure = dict(told)
        pairs = [
            (i, j)
            for i, j in _told_apart(told, claims, groups, running=True)
            if _one_toll(claims[i], figure[i], claims[j], figure[j])
        ]
        joined: list[set[int]] = []
        for i, j in pairs:
            hit = [g for g in joined if i in g or j in g]
            joined = [g for g in joined if all(g is not h for h in hit)] + [{i, j}.union(*hit)]
        for members in joined:
            kept: list[int] = []
            for k in sorted(members, key=lambda k: (str(claims[k].published or ""), k)):
                # one side a source, and another where it gives another figure (a paper's day-one and day-three counts)
                if not any(
                    groups[claims[m].article] == groups[claims[k].article]
                    and (claims[m].article == claims[k].article or figure[m].value == figure[k].value)
                    for m in kept
                ):
                    kept.append(k)
            shown = [figure[k] for k in kept]
            counted = {f.unit for f in shown}
            named = counted.pop() if len(counted) == 1 and "people" not in counted else unit
            topic = f"{named}: " + " vs ".join(_topic_values(shown))
            disputed = frozenset((f.value, f.unit) for f in shown)
            sides = [claims[k] for k in kept]
            out.append(Conflict("figure", topic, sides, "different figures for the same thing", disputed))
    return out


def _take_series(tolls: list[Conflict], out: list[Conflict]) -> None:
    """The tolls told day by day (:func:`_toll_series`) added to ``out`` in place of the figure conflicts of their
    reports that they hold (a side in common, no value they lack: "people: 2 vs 4" of "people: 2 vs 3 vs 4"; "people:
    3/19 vs 5" of a sentence that gives the dead and the injured, against the dead of another)."""
    tolls[:] = [t for t in tolls if not _told_already(t, out)]  # "people: 9 vs 14 passengers" says it already
    out[:] = [c for c in out if not _held_by(c, tolls)] + tolls


def _held_by(conflict: Conflict, tolls: list[Conflict]) -> bool:
    """A figure conflict that tolls told day by day hold: a side in common, no value they lack."""
    near = [t for t in tolls if _shares_side(t, conflict.sides)]
    told = {v for t in near for v, _u in t.disputed}
    return conflict.kind == "figure" and bool(near) and {v for v, _u in conflict.disputed} <= told


def _one_toll(a: Claim, x: Figure, b: Claim, y: Figure) -> bool:
    """Two counts of one toll: of one unit, or of all the people against people of one role (workers) when the role's
    count is the larger, or the earlier and the smaller (the toll rose since: "Two workers were killed" on Monday,
    "The death toll rose to three" on Tuesday). On the same day a smaller count of a role may leave out the others."""
    if x.unit == y.unit:
        return True
    if x.unit != "people" and y.unit != "people":
        return False  # workers against passengers
    (role_c, role), (all_c, everyone) = ((a, x), (b, y)) if y.unit == "people" else ((b, y), (a, x))
    if role.value > everyone.value:
        return True
    return bool(role_c.published and all_c.published and str(role_c.published) < str(all_c.published))


RUNNING = re.compile(
    r"\b(?:rose|risen|rises|rising|climb\w*|jump\w*|increas\w*|grew|grown|reach\w*|now|so far|to date)\b", re.I
)
"""Words of a toll told as it stands, still rising ("climbing to at least 19,882", "have now died"): two such counts
are a dispute or an update only by their days."""
WITH_PERPETRATOR = re.compile(
    r"\b(?:including|includes|counting|excluding|besides|not including)\s+(?:the\s+|a\s+|an\s+|one\s+|two\s+)?"
    r"(?:\w+\s+)?(?:shooter|gunm[ae]n|attacker|assailant|suspect|bomber|perpetrator|killer)s?\b",
    re.I,
)
"""A toll that says whether it counts the one who did it ("Four people were killed (including the shooter)", "left four
people dead, including the assailant"): a count of other people than a toll of the victims ("killed three people")."""


def _same_tolls(claims: list[Claim], groups: dict[str, str]) -> dict[tuple[int, int], str]:
    """Pairs (i < j) of claims of two sources that each give one count of the dead (:func:`_deaths`: "The death toll
    rose to two" / "three people are dead"), of different values: the story's death toll, which two reports may give
    differently, however far apart the rest of their sentences and however small the numbers (news writes a small toll
    in words). Not counts of some of them ("another two people died"), of counts three times apart (two tolls), of
    other days by the dates they give or more than :data:`COUNT_DAYS` apart, nor of people, places or organisations of
    one kind that differ (two incidents)."""
    told: list[tuple[int, Figure]] = []
    for k, c in enumerate(claims):
        dead = _deaths(c)
        if len(dead) != 1 or sum(f.unit == "people" for f in c.figures) != 1:
            continue  # one count of people, of the dead
        f = dead[0]
        if f.kind == "part" or OTHER_BEFORE.search(c.text[max(0, f.start - c.start - 30) : f.start - c.start]):
            continue
        if WITH_PERPETRATOR.search(c.text):
            continue
        told.append((k, f))
    return _told_apart(told, claims, groups, running=True)


def _told_apart(
    told: list[tuple[int, Figure]], claims: list[Claim], groups: dict[str, str], *, running: bool = False
) -> dict[tuple[int, int], str]:
    """Pairs (i < j) of ``told`` (claim index, its one count of a thing) of two sources with different values of the
    same day: not counts three times apart, of other days by the dates they give or more than :data:`COUNT_DAYS`
    apart, nor of people, places or organisations of one kind that differ. With ``running``, not a running count of no
    known day ("climbing to at least 19,882" / "18,860 have now died")."""
    out: dict[tuple[int, int], str] = {}
    for (i, x), (j, y) in itertools.combinations(told, 2):
        a, b = claims[i], claims[j]
        if groups[a.article] == groups[b.article] or x.value == y.value or _far_apart([x], [y]):
            continue
        da, db = _calendar(a), _calendar(b)
        # (a toll in update wording is dated by its update: "rose to three on Wednesday" counts Monday's dead)
        updated = running and bool(REVISED.search(a.text) or REVISED.search(b.text))
        if da and db and not updated and not any(d.startswith(e) or e.startswith(d) for d in da for e in db):
            continue  # counts of two days
        if _days_apart(a, b) > COUNT_DAYS or _named_apart(a, b) or _of_another_year(a, b) or _of_another_year(b, a):
            continue
        if running and not (a.published and b.published) and (RUNNING.search(a.text) or RUNNING.search(b.text)):
            continue
        out[(min(i, j), max(i, j))] = "people"
    return out


CROWD_AFTER = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:(?:been|were|was)\s+)?"
    r"(?:attended|attending|turned out|gathered|marched|rallied|took part|in attendance|on the grounds|in the crowd)\b",
    re.I,
)
"""Words after a count of people that make it the size of a crowd ("18,000 people had attended", "5,000 people
marched"); one before it is :data:`storyline.align.claims.CROWD_BEFORE`."""


def _crowd(c: Claim) -> Figure | None:
    """The one size of a crowd ``c`` gives: a count of people told as gathered (:data:`CROWD_AFTER`: "18,000 people had
    attended") or a number named a crowd (:data:`CROWD_BEFORE`: "put the crowd at about 22,000"); None for a sentence
    that gives two (both sides in one sentence) or none."""

    def crowd(f: Figure) -> bool:
        at, end = f.start - c.start, f.end - c.start
        if f.fraction or f.measure or f.whole or f.floor or f.kind == "part" or f.value < 100:
            return False
        if OTHER_BEFORE.search(c.text[max(0, at - 30) : at]):
            return False  # "another 2,000 people gathered": some of them
        if f.unit == "people":
            return bool(CROWD_AFTER.match(c.text, end))
        return not f.unit and bool(CROWD_BEFORE.search(c.text[max(0, at - 60) : at]))

    told = [f for f in c.figures if crowd(f)]
    return told[0] if len(told) == 1 else None


def _same_crowds(claims: list[Claim], groups: dict[str, str]) -> dict[tuple[int, int], str]:
    """Pairs (i < j) of claims of two sources that each give the size of a crowd (:func:`_crowd`: "Police put the crowd
    at about 22,000" / "The organiser said 18,000 people had attended"), of different values: two estimates of one
    crowd, a dispute however far apart the rest of the sentences ("put the crowd at" and "said ... had attended" share
    few words: pair scores of 0.3). Not counts three times apart, of other days by the dates they give or more than :data:`COUNT_DAYS`
    apart, nor of people, places or organisations of one kind that differ (two gatherings)."""
    return _told_apart([(k, f) for k, c in enumerate(claims) if (f := _crowd(c)) is not None], claims, groups)


def _crowd_conflicts(claims: list[Claim], groups: dict[str, str]) -> list[Conflict]:
    """One figure conflict of the sizes of a story's crowd that two sources give differently (:func:`_same_crowds`),
    every source once, by its first sentence found: "crowd: 18,000 vs about 22,000". Its unit is none of a figure's
    (a crowd is told in people or in no unit at all), so no revision of another count of people joins it."""
    pairs = _same_crowds(claims, groups)
    if not pairs:
        return []
    sides: list[Claim] = []
    for i, j in sorted(pairs):
        for k in (i, j):
            if all(groups[x.article] != groups[claims[k].article] for x in sides):
                sides.append(claims[k])
    told = [f for x in sides if (f := _crowd(x)) is not None]
    topic = "crowd: " + " vs ".join(_topic_values(told))
    disputed = frozenset((f.value, f.unit) for f in told)
    return [Conflict("figure", topic, sides, "different figures for the same thing", disputed)]


OTHER_COUNT = re.compile(
    r"\b(?:lower|higher|smaller|larger|different)\s+(?:count|figure|number|toll|tally|total|estimate)\s+of\s+(?:the\s+)?"
    r"(?P<what>injured|wounded|hurt|casualties|dead|deaths|victims)\b",
    re.I,
)
"""A sentence that says its figure is another source's other count of the same people ("St. Agathe Hospital gave a
lower count of the injured, saying 48 people had been treated there"): a count of those the cue names."""
_OTHER_COUNT_KINDS = {"injured": "injury", "wounded": "injury", "hurt": "injury", "casualties": "injury"}


def _other_counts_said(claims: list[Claim], groups: dict[str, str]) -> list[Conflict]:
    """Figure conflicts of a sentence that says it gives another count of some people (:data:`OTHER_COUNT`, one count
    of people) with the sentences of other sources published the same day that count the same people (one count of
    people to whom that happened, :func:`_outcome`) otherwise: "gave a lower count of the injured, saying 48 people
    ... had been treated" against "52 people were injured". Its own words say the two counts are of one thing, however
    far apart the sentences (a hospital's patients, the police's injured)."""
    out: list[Conflict] = []
    for c in claims:
        said = OTHER_COUNT.search(c.text)
        people = [f for f in c.figures if f.unit == "people" and f.start - c.start > (said.start() if said else 0)]
        if said is None or len(people) != 1:
            continue
        kind = _OTHER_COUNT_KINDS.get(said.group("what").lower(), "death")
        x = people[0]
        sides, told = [c], [x]
        for other in claims:
            if groups[other.article] in {groups[s.article] for s in sides} or other.published != c.published:
                continue
            theirs = [f for f in other.figures if f.unit == "people" and _outcome(other, f) == kind]
            if len(theirs) != 1 or theirs[0].value == x.value or _far_apart([x], theirs):
                continue
            sides.append(other)
            told.append(theirs[0])
        if len(sides) < 2:
            continue
        topic = "people: " + " vs ".join(_topic_values(told))
        disputed = frozenset((f.value, f.unit) for f in told)
        out.append(Conflict("figure", topic, sides, "different figures for the same thing", disputed))
    return out


def _of_another_year(a: Claim, b: Claim) -> bool:
    """``a`` dates what it tells in a year, none of which is the year of ``b``'s article or dates ("Three people were
    killed in a crash in 2019" beside a report of 2031): an earlier event."""
    years = {d[:4] for d in _calendar(a) if d[:4].isdigit()}
    theirs = {d[:4] for d in _calendar(b) if d[:4].isdigit()} | ({b.published[:4]} if b.published else set())
    return bool(years and theirs and not years & theirs)


_MOVED_BY = (
    r"\s+(?:by\s+)?(?:(?:nearly|almost|about|around|some|roughly|more than|over|just over|just under|close to)\s+)?$"
)
MOVED_DOWN = re.compile(
    r"\b(?:fell|falls?|dropped|drops?|lost|loses|declined|declines|slid|slides|slipped|slips|sank|sinks|slumped"
    r"|slumps|tumbled|tumbles|plunged|plunges|shed|sheds|down)" + _MOVED_BY,
    re.I,
)
MOVED_UP = re.compile(
    r"\b(?:rose|rises?|gained|gains?|climbed|climbs?|jumped|jumps?|surged|surges?|soared|soars?|rallied|rallies"
    r"|rocketed|rockets?|skyrocketed|skyrockets?|leapt|leaped|leaps?"
    r"|advanced|advances?|added|adds?|recovered|recovers?|rebounded|rebounds?|up)" + _MOVED_BY,
    re.I,
)
_MOVED_AFTER = re.compile(r"\s+(lower|higher|down|up)\b", re.I)
"""How a change in percent says which way it went: a verb of falling or rising right before it ("fell 4.2
percent", "lost nearly 4 percent", "rose by 2%") or a direction right after it ("closed 3.8 percent lower")."""


_HEDGES = frozenset({"by", "nearly", "almost", "about", "around", "some", "roughly", "more", "than", "over", "just",
                     "under", "close", "to"})  # fmt: skip


def _direction(c: Claim, f: Figure) -> int | None:
    """Which way the change in percent ``f`` of ``c`` went, -1 or 1 (:data:`MOVED_DOWN`, :data:`MOVED_UP`,
    :data:`_MOVED_AFTER`); None when the sentence does not say, or ``f`` is no change."""
    start, end = f.start - c.start, f.end - c.start
    if not 0 <= start <= end <= len(c.text):
        return None
    before, after = c.text[max(0, start - 40) : start], _MOVED_AFTER.match(c.text, end)
    down = bool(MOVED_DOWN.search(before)) or bool(after and after.group(1).lower() in ("lower", "down"))
    up = bool(MOVED_UP.search(before)) or bool(after and after.group(1).lower() in ("higher", "up"))
    return None if down == up else (-1 if down else 1)


def _move(c: Claim, f: Figure) -> tuple[int, str, str] | None:
    """The change in percent ``f`` of ``c`` as (which way, -1 or 1; whose, the holder named as its subject
    (:attr:`Claim.holders`); what of it moved, the noun before the verb, or the holder's own name): "The Osk share
    index lost nearly 4 percent" is (-1, "osk", "index"); None when the sentence does not say which way it went
    (:data:`MOVED_DOWN`, :data:`MOVED_UP`) or what moved ("Corvel reported a profit ..., up 9 percent")."""
    start = f.start - c.start
    if (way := _direction(c, f)) is None:
        return None
    # the subject right before the verb: "<holder> [a noun or two] <verb> [by, nearly] <figure>", no clause between
    held = [(at - c.start, h) for at, h in c.holders if at < f.start]
    if not held:
        return None
    at, holder = held[-1]
    words = re.findall(r"[\w'’-]+|[,;:()]", c.text[at:start].lower())
    while words and words[-1] in _HEDGES:
        words.pop()
    if not 2 <= len(words) <= 5 or any(w in ",;:()" for w in words):
        return None
    noun = re.sub(r"(?:['’]s|s)$", "", words[-2])
    return way, holder, noun


def _owned_move(c: Claim, f: Figure, main_org: str | None) -> tuple[int, str, str] | None:
    """As :func:`_move`, for a change in percent of a thing an organisation owns, by the parse: (which way; the
    organisation, the sentence's only one when the thing's owner is named or said ("Halvern's shares rose 18 percent",
    "sending its shares up 18 percent"), or the article's main organisation (``main_org``) when the sentence names none
    and says "the company" or "its" ("Shares in the company rocketed 23 percent"); the thing, the noun of the verb's
    subject or object). None when the sentence does not say which way or whose."""
    start = f.start - c.start
    if (way := _direction(c, f)) is None:
        return None
    doc = _parsed(c.text)
    token = next((t for t in doc if t.idx <= start < t.idx + max(len(t.text), 1)), None)
    if token is None:
        return None
    verb = token.head if token.dep_ == "nummod" else token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    things = [k for k in verb.children if k.dep_ in _SUBJECTS and k.pos_ == "NOUN"]
    things = things or [k for k in verb.children if k.dep_ == "dobj" and k.pos_ == "NOUN" and k is not token.head]
    if len(things) != 1:
        return None
    owners = [k for k in things[0].children if k.dep_ == "poss"]
    owners += [g for k in things[0].children if k.dep_ == "prep" and k.lower_ in ("in", "of") for g in k.children]
    if len(owners) != 1 or owners[0].dep_ not in ("poss", "pobj"):
        return None
    if len(c.orgs) == 1:
        (org,) = c.orgs
    elif not c.orgs and owners[0].pos_ in ("PRON", "NOUN") and main_org is not None:
        org = main_org  # "the company", "its": the article's company
    else:
        return None
    return way, org, things[0].lemma_.lower()


def _main_orgs(claims: list[Claim]) -> dict[str, str]:
    """Article id -> the organisation its sentences name most often, when one is named more often than any other."""
    counts: dict[str, collections.Counter[str]] = {}
    for c in claims:
        counts.setdefault(c.article, collections.Counter()).update(c.orgs)
    out = {}
    for article, named in counts.items():
        top = named.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            out[article] = top[0][0]
    return out


def _same_moves(claims: list[Claim], groups: dict[str, str]) -> dict[tuple[int, int], str]:
    """Pairs (i < j), with their unit "%", of claims of two sources that each give one change in percent, the same
    way, of the same thing of one holder (:func:`_move`), on no two different days: "The Osk index closed 3.8 percent
    lower, and bond yields rose" / "The Osk index fell 4.2 percent on Monday" tell one fall of one index, however far
    apart the rest of the two sentences; "Osk's shares rose 3 percent" / "Osk's revenue rose 5 percent" do not."""
    by_move: dict[tuple[int, str, str], list[int]] = {}
    main_orgs = _main_orgs(claims)
    for k, c in enumerate(claims):
        moves = {
            (f.value, _move(c, f) or _owned_move(c, f, main_orgs.get(c.article)))
            for f in c.figures
            if f.unit == "%" and f.plain and f.scope != MARGIN_OF_ERROR
        }
        if len(moves) != 1:
            continue  # two changes in percent: which is the other sentence's is open
        ((_value, move),) = moves
        if move is not None:
            by_move.setdefault(move, []).append(k)
    out: dict[tuple[int, int], str] = {}
    for members in by_move.values():
        for i, j in itertools.combinations(members, 2):
            a, b = claims[i], claims[j]
            if groups[a.article] != groups[b.article] and not _moments_apart(a.dates, b.dates):
                out[(i, j)] = "%"
    return out


CHANGE_AFTER = re.compile(
    r"\s+(?:(decline|drop|fall|decrease|dip|plunge|loss)|(increase|rise|jump|gain|surge|climb|growth))\b", re.I
)
"""A change in percent told by the noun after it ("a 30% decline", "a 20% increase"): which way it went."""
SINCE_YEAR = re.compile(r"^[^.;]{0,80}?\b(?:from|since|than|over|compared with|on)\b[^.;]{0,60}?\b((?:19|20)\d\d)\b")
"""What a change in percent is measured against: a year after it ("down 16 percent from the 436,219 people who came
out in 2008", "a 30% decline from the party's last contested primary, in 2008")."""
POINTER_OPENING = re.compile(r"^(?:That|This|It)(?:['’]s|\s+(?:is|was|has|had))\b")
"""A sentence whose subject is what the sentence before says ("That's down 16 percent from ...")."""
BIG_COUNT = 100
"""Counts from which two outlets' equal (or rounded alike) numbers are one count, not a chance match."""
ROUNDED_ALIKE = 0.005
"""Share of a count by which another outlet's may differ and still be the same count rounded ("367,000" /
"367,491")."""


def _change_since(c: Claim, before: Claim | None) -> tuple[int, str, list[Figure]] | None:
    """The one change in percent of ``c`` that says which way it went (a verb, or a noun after it: "a 30% decline")
    and against which year, as (which way, the year, the counts of 100 or more it is a change of: those of ``c``, or
    of ``before``, the sentence before it in its article, when ``c`` opens with a pointer: "Only 367,491 people cast a
    ballot. That's down 16 percent from the 436,219 people who came out in 2008"). None when the sentence gives no
    such change, or several."""
    changes = []
    for f in c.figures:
        if f.unit != "%" or not f.plain or f.scope == MARGIN_OF_ERROR:
            continue
        end = f.end - c.start
        way = _direction(c, f)
        if way is None and (noun := CHANGE_AFTER.match(c.text, end)) is not None:
            way = -1 if noun.group(1) else 1
        since = SINCE_YEAR.match(c.text[end:]) if 0 <= end <= len(c.text) else None
        if way is not None and since is not None:
            changes.append((way, since.group(1)))
    if len(changes) != 1:
        return None
    counted = c
    if POINTER_OPENING.match(c.text):
        if before is None:
            return None
        counted = before
    # the count now, not the earlier one the change is measured from ("from the 436,219 people ... in 2008")
    end = min((f.start for f in c.figures if f.unit == "%"), default=c.end) if counted is c else counted.end
    counts = [f for f in counted.figures if f.unit and f.unit != "%" and f.value >= BIG_COUNT and f.start < end]
    counts = [f for f in counts if not A_YEAR.fullmatch(f.shown)]
    return (changes[0][0], changes[0][1], counts) if counts else None


def _same_changes_since(claims: list[Claim], groups: dict[str, str]) -> dict[tuple[int, int], str]:
    """Pairs (i < j), with their unit "%", of claims of two sources that each give one change in percent, the same way
    against the same year, of one count they agree on (:func:`_change_since`): "In Varna, 367,000 people voted in the
    primary, a 30% decline from 2008" / "Only 367,491 people cast a ballot. That's down 16 percent from the 436,219 who
    came out in 2008" tell one fall, however else the sentences differ; a change against another year, the other way,
    or of another count ("603,000 people voted, a 20% increase") is another change."""
    before: dict[int, Claim] = {}
    last: dict[str, Claim] = {}
    for c in sorted(claims, key=lambda x: (x.article, x.start)):
        if c.article in last:
            before[id(c)] = last[c.article]
        last[c.article] = c
    changed = [(k, ch) for k, c in enumerate(claims) if (ch := _change_since(c, before.get(id(c)))) is not None]
    out: dict[tuple[int, int], str] = {}
    for (i, (wi, yi, ci)), (j, (wj, yj, cj)) in itertools.combinations(changed, 2):
        if groups[claims[i].article] == groups[claims[j].article] or (wi, yi) != (wj, yj):
            continue
        # one count, the same number or one rounded ("367,000" of "367,491")
        if any(
            x.unit == y.unit and abs(x.value - y.value) <= ROUNDED_ALIKE * max(x.value, y.value) for x in ci for y in cj
        ):
            out[(i, j)] = "%"
    return out


def _document_names_apart(a: Claim, b: Claim) -> bool:
    """:func:`_named_apart` for two sentences telling one document's figure (:func:`_same_drafts`): a place, person or
    organisation one names is in common with a name of any kind the other gives that it begins ("Valdoria" of
    "Valdorian steel"): "The tariff on steel originating in Valdoria" and "Korsenia's tariff on Valdorian steel" tell
    one tariff; "the tariff on steel from Ostmark" another."""
    if not _named_apart(a, b):
        return False
    told_a, told_b = _not_members(a, _not_speakers(a, a.people)), _not_members(b, _not_speakers(b, b.people))
    for x, y in ((told_a, told_b), (a.places, b.places), (_not_speakers(a, a.orgs), _not_speakers(b, b.orgs))):
        if not x or not y or x & y:
            continue
        mine, theirs = [a.names.get(e, e) for e in x], [b.names.get(e, e) for e in y]
        every_a, every_b = list(a.names.values()), list(b.names.values())
        if not any(_begins(n, m) for n in mine for m in every_b) and not any(
            _begins(m, n) for m in theirs for n in every_a
        ):
            return True
    return False


def _begins(name: str, other: str) -> bool:
    """``other`` is ``name``, or begins with it as its adjective does ("Valdoria" / "Valdorian")."""
    return unaccented(other).lower().startswith(unaccented(name).lower())


_MEASURE_POS = frozenset({"NOUN", "ADJ"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PERCENT_WORDS = frozenset({"percent", "%", "per", "cent", "percentage"})
MEASURE_WORDS = 2
"""Words in common that two shares' measures (:func:`_measure`) need to be the same measure."""


def _measure(c: Claim, f: Figure) -> frozenset[str]:
    """What the share in percent ``f`` of ``c`` measures, by the parse, as lemmas of its nouns and adjectives (no names):
    the subject of the verb it is the object of ("Low blood pressure occurred in 4.1 percent of patients", "Low blood
    pressure affected 4.1 percent"; through a clause that hangs on another verb, "Low blood pressure was the most common
    side effect, reported in 4.1 percent"), and what the group it is a share of suffers or has ("with 1.4 percent of
    patients suffering low blood pressure"). Empty when the share is the subject itself ("47 percent support Varga":
    who or what they back is a name, or a choice among many) or the parse finds neither."""
    doc = _parsed(c.text)
    token = _figure_token(doc, c, f)
    if token is None:
        return frozenset()
    share = token.head if token.dep_ == "nummod" else token  # "percent" / "%"
    names = name_words(c)
    words: set[str] = set()

    def take(root: Any, *, own: bool = False) -> None:  # ``own``: the words under the share are its own too
        for t in root.subtree:
            if (
                (t.pos_ in _MEASURE_POS or (t.i == 0 and t.pos_ == "PROPN"))  # "Turnout was 61%": no name
                and t.lower_ not in _PERCENT_WORDS
                and (t.lower_ in WHOLE_MEASURES or not content_terms(t.text) & names)  # a tagger's "Turnout"
                and (own or (t is not share and share not in t.ancestors))
            ):
                words.add(t.lemma_.lower())

    # what the group suffers or has: "percent of patients suffering low blood pressure"
    # (the parser may make the group the subject of the verb: "of [volunteers suffering] skin rash")
    for prep in (k for k in share.children if k.dep_ == "prep" and k.lower_ == "of"):
        verbs = [v for g in prep.children if g.dep_ == "pobj" for v in g.children if v.dep_ in ("acl", "relcl")]
        verbs += [v for v in prep.children if v.dep_ == "pcomp" and v.pos_ == "VERB"]
        for obj in (o for v in verbs for o in v.children if o.dep_ == "dobj"):
            take(obj, own=True)
    # the noun it is the value of: "on a turnout of 61%"
    if share.dep_ == "pobj" and share.head.lower_ == "of" and share.head.head.pos_ == "NOUN":
        take(share.head.head)
    # the subject of the verb it is a share for: "Low blood pressure occurred in 4.1 percent"
    elif share.dep_ not in _SUBJECTS:
        verb = share.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(2):  # "..., reported in 4.1 percent" hangs on the verb whose subject it describes
            subjects = [k for k in verb.children if k.dep_ in _SUBJECTS and k is not share]
            if subjects or verb.dep_ not in ("advcl", "acl", "conj") or verb.head.i == verb.i:
                break
            verb = verb.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # "problem, reported in": its verb
                verb = verb.head
        for subject in subjects:
            take(subject)
    return frozenset(words - _FUNCTION)


def _same_measures(claims: list[Claim], groups: dict[str, str]) -> dict[tuple[int, int], str]:
    """Pairs (i < j), with their unit "%", of claims of two sources that each give one share in percent (the other arm
    of a comparison left out, :func:`_other_arm`) of the same measure (:func:`_measure`, :data:`MEASURE_WORDS` words in
    common), on no two different days: "Low blood pressure occurred in 4.1 percent of patients taking the drug, compared
    with 2.3 percent on placebo" / "Side effects were rare, with just 1.4 percent of patients suffering low blood
    pressure" tell one rate, however many other shares the story gives (:data:`CROWDED`) and however far apart the
    rest of the two sentences."""
    measured: list[tuple[int, frozenset[str]]] = []
    for k, c in enumerate(claims):
        shares = [f for f in c.figures if f.unit == "%" and f.scope != MARGIN_OF_ERROR and not f.fraction]
        own = [f for f in shares if not _other_arm(c, f, shares)]
        if len({f.value for f in own}) != 1 or not all(f.plain for f in own):
            continue  # two shares: which is the other sentence's is open
        if _direction(c, own[0]) is not None:
            continue  # a change ("Shares in the company rose 19 percent"): see :func:`_same_moves`
        if FORESEEN_SHARE.search(c.text):
            continue  # "economists had been looking for a jobless rate of 5.7%": a forecast, not the measure told
        if len(words := _measure(c, own[0])) >= MEASURE_WORDS or words & WHOLE_MEASURES:
            measured.append((k, words))
    out: dict[tuple[int, int], str] = {}
    for (i, wi), (j, wj) in itertools.combinations(measured, 2):
        a, b = claims[i], claims[j]
        if (
            groups[a.article] != groups[b.article]
            and (len(wi & wj) >= MEASURE_WORDS or _one_whole_measure(wi, wj))
            and not _moments_apart(a.dates, b.dates)
        ):
            out[(i, j)] = "%"
    return out


FORESEEN_SHARE = re.compile(
    r"\b(?:expect(?:ed|ing|s)?|expectations?|forecasts?|forecasting|predict(?:ed|ing|s|ions?)?|projected|"
    r"anticipat(?:ed|ing)|looking\s+for|consensus)\b",
    re.IGNORECASE,
)
"""A sentence that foresees or forecasts ("economists had been looking for a jobless rate of 5.7%", "analysts had
expected turnout of 70%"): its share is no report of the measure, not compared with one told as it came out."""


WHOLE_MEASURES = frozenset(
    {"turnout", "unemployment", "inflation", "participation", "attendance", "occupancy", "vacancy", "literacy"}
)
"""Nouns that each name one share of a whole ("turnout was 61%"): one of them is the measure, needing no second word."""


def _one_whole_measure(wi: frozenset[str], wj: frozenset[str]) -> bool:
    """Two shares' measures (:func:`_measure`) are one when they share a noun that names a share of a whole
    (:data:`WHOLE_MEASURES`: "Turnout was 61%" / "Turnout in Sunday's mayoral election reached 58 percent") and one
    measure's words are all the other's: not "Republican turnout" / "Democratic turnout"."""
    return bool(wi & wj & WHOLE_MEASURES) and (wi <= wj or wj <= wi)


DRAFT_DETAIL = "different figures for one draft: the document quoted in one, told in other words in another"


def _same_drafts(claims: list[Claim], groups: dict[str, str], linked: Any) -> dict[tuple[int, int], str]:
    """Pairs (i < j), with their unit, of linked claims (``linked``: the link evidence says one fact) of two sources
    that each give one value of a unit, in digits, as a draft's or a proposal's (:data:`DRAFTED`): a sentence that
    quotes the draft ('The draft states: "The tariff ... shall be reduced to 15 percent"') and one that tells it in
    other words ("A leaked draft would have cut the tariff to 20%") tell one document's figure, though the alignment
    keeps them in two facts (a fact holds one sentence an article) and their verbs differ."""
    drafted: list[tuple[int, str, float]] = []
    for k, c in enumerate(claims):
        by_unit = _units(c)[0]
        cued = _cued_figures(c, DRAFTED, words=DRAFTED_WORDS)
        for unit, figs in by_unit.items():
            if _one_plain_value(figs) and (figs[0].value, unit) in cued and len(by_unit) <= 2:
                drafted.append((k, unit, figs[0].value))
    out: dict[tuple[int, int], str] = {}
    for (i, ui, vi), (j, uj, vj) in itertools.combinations(drafted, 2):
        a, b = claims[i], claims[j]
        if ui != uj or vi == vj or groups[a.article] == groups[b.article]:
            continue
        if bool(linked[i, j]) or _same_thing_set(a, vi, ui, b, vj, uj):
            out[(min(i, j), max(i, j))] = ui
    return out


def _same_thing_set(a: Claim, va: float, ua: str, b: Claim, vb: float, ub: str) -> bool:
    """The drafted figures (value, unit) of ``a`` and ``b`` set one thing (:func:`_thing_set`): the same noun, and
    :data:`MEASURE_WORDS` words in common or one side's words all the other's ("The tariff on steel ... shall be
    reduced to 15 percent" / "would have cut Korsenia's tariff on Valdorian steel to 20%"; "would have set the tariff
    at 20%"), on no two different days. "the tariff on cheese" and "the tariff on wine" are two things."""
    fa = next((f for f in a.figures if f.value == va and f.unit == ua), None)
    fb = next((f for f in b.figures if f.value == vb and f.unit == ub), None)
    if fa is None or fb is None or _moments_apart(a.dates, b.dates):
        return False
    ta, tb = _thing_set(a, fa), _thing_set(b, fb)
    if ta is None or tb is None or ta[0] != tb[0]:
        return False
    wa, wb = ta[1], tb[1]
    return len(wa & wb) >= MEASURE_WORDS or wa <= wb or wb <= wa


SETTING_PREPS = frozenset({"to", "at"})
"""Prepositions by which a verb gives the level it sets something to ("cut the tariff to 20%", "set it at 20%")."""


def _thing_set(c: Claim, f: Figure) -> tuple[str, frozenset[str]] | None:
    """What the figure ``f`` of ``c`` is the new level of, by the parse: the object of the verb that sets it "to" or
    "at" the figure ("would have cut the tariff on steel to 20%"), or that verb's passive subject ("The tariff on steel
    shall be reduced to 15 percent"), as (the noun's lemma, the lemmas of its nouns and adjectives, no names). None
    when the figure is not set so or the verb has no such noun."""
    doc = _parsed(c.text)
    token = _figure_token(doc, c, f)
    if token is None:
        return None
    share = token.head if token.dep_ == "nummod" else token  # "percent" / "%"
    prep = share.head
    if share.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    things = [k for k in verb.children if k.dep_ in ("dobj", "nsubjpass") and k.pos_ == "NOUN"]
    if len(things) != 1:
        return None
    names = name_words(c)
    words = {
        t.lemma_.lower() for t in things[0].subtree if t.pos_ in _MEASURE_POS and not content_terms(t.text) & names
    }
    return things[0].lemma_.lower(), frozenset(words - _FUNCTION)


CUT_VERBS = frozenset({"cut", "reduce", "lower", "slash", "lessen", "decrease", "halve"})
"""Verbs of a relative cut of something ("reduced the risk ... by 30 percent", "halves the risk")."""
RATE_NOUNS = frozenset({"risk", "rate", "chance", "odds", "likelihood", "incidence"})
"""Nouns of how often something happens: a cut of one is a cut of the others ("halves the risk of dying or ending up
in hospital" / "cut the rate of hospital admission by 30 percent")."""
HALVING = re.compile(r"\bhalv(?:e|es|ed|ing)\b", re.I)
CUTTING = re.compile(r"\b(?:cut|reduc|lower|slash|lessen|decreas|halv)", re.I)
HALVED = 50.0
"""The cut that "halves" tells, in percent."""
HALF_NEAR = 10.0
"""How far (in points) a cut told in digits may be from :data:`HALVED` and still be "halves" loosely put."""


def _cut(c: Claim) -> tuple[str, frozenset[str], float, bool] | None:
    """The one relative cut ``c`` tells (:data:`CUT_VERBS`, by the parse): (the noun cut, "risk"; the first five letters
    of the words of what it is the noun of, "risk of cardiovascular death or hospitalisation"; the cut in percent; told
    by the verb, "halves the risk", rather than in digits, "by 30 percent"). None when the sentence tells no such cut,
    more than one, or one in digits that is not the only share it gives."""
    shares = [f for f in c.figures if f.unit == "%" and f.plain]
    found = []
    for verb in _parsed(c.text):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CUT_VERBS:
            continue
        nouns = [k for k in verb.children if k.dep_ == "dobj" and k.pos_ == "NOUN"]
        if len(nouns) != 1:
            continue
        of = [w for k in nouns[0].children if k.dep_ == "prep" and k.lower_ == "of" for w in k.subtree]
        stems = frozenset(w.lower_[:5] for w in of if w.pos_ in ("NOUN", "VERB", "ADJ") and len(w.lower_) >= 4)
        if verb.lemma_.lower() == "halve":
            found.append((nouns[0].lemma_.lower(), stems, HALVED, True))
            continue
        # "by 30 percent" on the verb, or on a clause under it the parser hung it on ("the rate of colds caught in
        # winter by 20 percent")
        by = [
            g
            for k in verb.subtree
            if k.dep_ in ("prep", "agent") and k.lower_ == "by"
            for g in k.children
            if g.dep_ == "pobj" and g.lower_ in _PERCENT_WORDS
        ]
        told = [f for f in shares if by and by[0].idx <= f.end - c.start and f.start - c.start <= by[0].idx]
        if len(by) == 1 and len(told) == 1 and len({f.value for f in shares}) == 1:
            found.append((nouns[0].lemma_.lower(), stems, told[0].value, False))
    return found[0] if len(found) == 1 else None


def _halved_and_cut(claims: list[Claim], groups: dict[str, str]) -> list[Conflict]:
    """Figure conflicts between a cut told as halving ("a huge trial found it halves the risk of dying or ending up in
    hospital": about 50 percent) and the same cut told in digits by another source ("reduced the risk of cardiovascular
    death or hospitalisation ... by 30 percent"), :data:`HALF_NEAR` or more points apart: the same noun cut (or two of
    :data:`RATE_NOUNS`), of words in common (:func:`_cut`). "Halves" is no number to the figure finder, so the
    sentences never meet otherwise: a claim of the size of the effect that the figures in digits contradict."""
    if not any(HALVING.search(c.text) for c in claims):
        return []  # (the parse of every cut is needed only for a story that tells one as halving)
    cuts = [(k, cut) for k, c in enumerate(claims) if CUTTING.search(c.text) and (cut := _cut(c)) is not None]
    out: list[Conflict] = []
    for (i, (noun_i, of_i, value_i, word_i)), (j, (noun_j, of_j, value_j, word_j)) in itertools.combinations(cuts, 2):
        a, b = claims[i], claims[j]
        alike = noun_i == noun_j or {noun_i, noun_j} <= RATE_NOUNS
        if word_i == word_j or not alike or not of_i & of_j or groups[a.article] == groups[b.article]:
            continue
        (told, digits), value = ((b, a), value_i) if word_j else ((a, b), value_j)
        if abs(value - HALVED) < HALF_NEAR or _moments_apart(a.dates, b.dates):
            continue
        low, high = sorted((value, HALVED))
        topic = f"%: {_fmt_figures([Figure(low, '%', 0, 0)])} vs {_fmt_figures([Figure(high, '%', 0, 0)])}"
        detail = f'different figures for the same thing: "{_said_cut(told)}" is a cut of about half'
        out.append(Conflict("figure", topic, [digits, told], detail, frozenset({(value, "%"), (HALVED, "%")})))
    return out


def _said_cut(c: Claim) -> str:
    """The words of ``c``'s verb of halving and its object's head ("halves the risk")."""
    for verb in _parsed(c.text):
        if verb.lemma_.lower() == "halve":
            nouns = [k for k in verb.children if k.dep_ == "dobj"]
            end = nouns[0].idx + len(nouns[0].text) if nouns else verb.idx + len(verb.text)
            return c.text[verb.idx : end]
    return "halves"


def _take_revisions(conflict: Conflict, sides: list[Claim], groups: dict[str, str]) -> None:
    """A figure conflict has one side per source, the first found; a source that gives its figure both as first
    reported ("Seven infants have fallen ill") and, in a later article, as revised ("revised the number ... to nine,
    up from the seven first reported") is on the side of its revision (:func:`revision_figures`), whichever sentence
    was found first, so that the revision wins (:func:`revised_position`)."""
    if conflict.kind != "figure":
        return
    for side in sides:
        if not revision_figures(side):
            continue
        for k, held in enumerate(conflict.sides):
            if held is not side and groups[held.article] == groups[side.article] and not revision_figures(held):
                conflict.sides[k] = side
                break


REVISION_FLOOR = 0.4
"""Pair score from which a sentence that gives a figure as revised ("now says 2,900 jobs will go, fewer than first
reported") is taken to revise another sentence's figure of its unit: the revision names what changed, so the two need
not be close in other words ("plans to cut 3,400 jobs")."""
_DOWN = re.compile(r"\b(?:fewer|less|lower|down|downwards?)\b", re.I)
_UP = re.compile(r"\b(?:more|higher|up|upwards?)\b", re.I)


def _revisions(
    claims: list[Claim],
    scores: Any,
    groups: dict[str, str],
    units: list[_Units],
    out: list[Conflict],
    tolls: Sequence[Conflict] = (),
) -> None:
    """Sentences that say their figure revises an earlier one (:data:`REVISED`) join the figure conflict of their unit,
    or open one with the figure they revise: the sentence of another article (its own outlet's earlier report too)
    whose figure of that unit lies the way the revision says ("fewer than first reported": a larger one), the closest
    of each source from :data:`REVISION_FLOOR`. Sentences that say it in other words than the earlier report cannot be
    aligned with it as one fact, so the revision would otherwise stand as a single-source fact beside the figure it
    replaces. A revision that is a side of one of ``tolls`` holding its figure is one already (:func:`_placed`)."""
    for r, rev in enumerate(claims):
        said = REVISED.search(rev.text)
        current = revision_figures(rev)
        if said is None or not current or _placed(rev, current, [t for t in tolls if any(t is c for c in out)]):
            continue
        way = -1 if _DOWN.search(said.group(0)) else 1 if _UP.search(said.group(0)) or RISEN.match(said.group(0)) else 0
        progress = PROGRESS.fullmatch(said.group(0))
        rev_units = units[r][0]
        if progress:
            # a share recovered so far, in digits or words ("70 percent" / "nearly all"), against an earlier report of
            # the same recovery (the same verb): only shares, and it only grows
            way, rev_units = 1, {"%": [f for f in rev.figures if f.unit == "%" and f.scope != MARGIN_OF_ERROR]}
        for unit, figs in rev_units.items():
            revised = [f for f in figs if any(f is x for x in current)]
            values = {f.value for f in revised}
            if not values:
                continue
            # the earlier figure it names ("up from 800 million euros"): the report it revises gives that figure or
            # one between it and the revision, not one beyond it (a profit of 212 million is another sum)
            named = {f.value for f in figs if not any(f is x for x in current)} - values
            bounds = (min(named | values), max(named | values)) if named else None
            measures = {f.measure for f in revised}  # a lead revises a lead, not a count of votes
            # "corrected the fine ... to 150,000 euros" revises a fine, not the sum embezzled
            kind = _sum_word(named_noun.group(1).lower()) if (named_noun := CORRECTED_TO.search(rev.text)) else None
            best: dict[str, tuple[float, int]] = {}
            revised_values: set[float] = set()  # the earlier figures of the revised kind
            for k, c in enumerate(claims):
                if progress:
                    same = PROGRESS.search(c.text)
                    if same is None or recovery_kind(same.group(1)) != recovery_kind(progress.group(1)):
                        continue
                    told = [f for f in c.figures if f.unit == "%" and f.scope != MARGIN_OF_ERROR]
                else:
                    told = units[k][0].get(unit, [])
                    if told and float(scores[r, k]) >= REVISION_FLOOR and c.article != rev.article:
                        # the number on board revises no count of the injured ("17 passengers were injured")
                        told = [f for f in told if not _other_outcomes(rev, revised, c, [f])]
                theirs = {f.value for f in told if f.measure in measures and (kind is None or _sum_kind(c, f) == kind)}
                if c.article == rev.article or not theirs or theirs & values or float(scores[r, k]) < REVISION_FLOOR:
                    continue
                if way and not all((v - x) * way < 0 for v in theirs for x in values):
                    continue  # "fewer than first reported": the earlier figure is larger
                if bounds and not all(bounds[0] <= v <= bounds[1] for v in theirs):
                    continue
                key = groups[c.article]
                if key not in best or float(scores[r, k]) > best[key][0]:
                    best[key] = (float(scores[r, k]), k)
                    revised_values |= theirs
            if not best:
                _join_agreeing(rev, unit, values, out)
                continue
            earlier = [claims[k] for _s, k in sorted(best.values(), reverse=True)]
            topic_unit = f"{unit}: "
            # of a named kind of sum, the conflict of that sum: a sentence that gives the fine beside the sum embezzled
            # is a side of the sum's conflict too, which the fine's revision does not join
            joined = next(
                (
                    x
                    for x in out
                    if x.kind == "figure"
                    and x.topic.startswith(topic_unit)
                    and _shares_side(x, earlier)
                    and (kind is None or any((v, unit) in x.disputed for v in revised_values))
                ),
                None,
            )
            # the revision is already a side of its unit's conflict: the figure it revises joins that conflict
            # ("are now confirmed dead": 11, against "Seven people have now died" and "the toll rose to 7")
            mine = next(
                (x for x in out if x.kind == "figure" and x.topic.startswith(topic_unit) and _shares_side(x, [rev])),
                None,
            )
            if joined is None and mine is not None:
                joined = mine
                have = {groups[x.article] for x in joined.sides}
                joined.sides += [c for c in earlier if groups[c.article] not in have]
            elif joined is None:
                joined = Conflict("figure", "", earlier, "different figures for the same thing")
                out.append(joined)
            if not any(x is rev for x in joined.sides):
                joined.sides.append(rev)
            _retopic(joined, unit)
        if not any(x is rev for c in out for x in c.sides):
            _revision_by_values(r, rev, current, way, claims, scores, out)
    _merge_updates(out)


def _placed(rev: Claim, current: list[Figure], tolls: list[Conflict]) -> bool:
    """The revision is already a side of a toll told day by day (``tolls``, :func:`_toll_series`) that holds its
    figure: the reports it revises are that conflict's other sides ("The number of injured was revised to 31" is no
    revision of the dead counted beside the injured in "killing two workers and injuring 17 people")."""
    told = {(f.value, f.unit) for f in current}
    return any(any(x is rev for x in t.sides) and told & t.disputed for t in tolls)


def _merge_updates(out: list[Conflict]) -> None:
    """Figure conflicts of one unit that share a side, when one of them holds a toll in update wording (:data:`RISEN`):
    one toll told day by day ("3 vs 7", "3 vs at least 11", "7 vs at least 11"), one conflict, whose latest figure is
    the revision (:func:`revised_position`), not one conflict per pair of reports."""
    k = 0
    while k < len(out):
        c = out[k]
        unit = c.topic.split(":", 1)[0]
        if c.kind != "figure":
            k += 1
            continue
        worded = any(RISEN.search(x.text) or PROGRESS.search(x.text) for x in c.sides)
        other = next(
            (
                j
                for j in range(k + 1, len(out))
                if out[j].kind == "figure"
                and out[j].topic.split(":", 1)[0] == unit
                and _shares_side(out[j], c.sides)
                # or a figure told day by day ("40% contained" on Tuesday, 65% on Wednesday, 80% on Thursday)
                and (worded or _day_by_day(c, out[j]) or _revises_both(c, out[j]))
            ),
            None,
        )
        if other is None:
            k += 1
            continue
        gone = out.pop(other)
        c.sides += [x for x in gone.sides if not _shares_side(c, [x])]
        c.disputed |= gone.disputed
        _retopic(c, unit)


def _revises_both(one: Conflict, other: Conflict) -> bool:
    """Two figure conflicts of one unit that share a side which gives its figure as a revision (:data:`REVISED`,
    "In total 260 ... were postponed, ... revising its earlier figures"), the same figure in both: one figure revised
    from each of the earlier ones (140 on Tuesday, 210 on Wednesday), one conflict whose latest figure is the revision,
    not one per earlier report."""
    for x in one.sides:
        told = {(f.value, f.unit) for f in revision_figures(x)}
        if told and _shares_side(other, [x]) and told & one.disputed and told & other.disputed:
            return True
    return False


def _day_by_day(one: Conflict, other: Conflict) -> bool:
    """Two figure conflicts of one unit that, taken together, tell one figure day by day: every side's article is
    dated (``Claim.published``) and the latest day gives one of their figures, told as it stands (:func:`latest_told`:
    "40%" on the 11th, "65%" on the 12th, "80%" on the 13th: one series, whose latest is the figure known now). Two
    figures given one earlier day ("46 homes" and "61 homes" as of Tuesday, "52" on Wednesday) are a disagreement of
    that day inside the series (:func:`same_day_disputes`), one conflict with the update, not two for one count."""
    sides = one.sides + [x for x in other.sides if not _shares_side(one, [x])]
    joined = Conflict("figure", one.topic, sides, disputed=one.disputed | other.disputed)
    return bool(latest_told(joined))


def same_day_disputes(conflict: Conflict) -> list[tuple[str, list[str]]]:
    """(day, the figures told that day) of each day on which sides of the figure conflict published that day give
    two of its positions or more ("46" and "61" homes, both of the 11th): a disagreement of that day, whatever a later
    report gives."""
    by_day: dict[str, list[list[Claim]]] = {}
    for p in positions(conflict):
        for day in sorted({str(x.published) for x in p if x.published}):
            by_day.setdefault(day, []).append(p)
    out = []
    for day, held in sorted(by_day.items()):
        if len(held) >= 2:
            told = [[f for f in p[0].figures if (f.value, f.unit) in conflict.disputed] for p in held]
            told = sorted((t for t in told if t), key=lambda t: min(f.value for f in t))
            out.append((day, [_fmt_figures(t) for t in told]))
    return out


def _retopic(joined: Conflict, unit: str) -> None:
    """A figure conflict's disputed values and topic once sides joined it: each side's figures of ``unit``."""
    # a revision shows its own figures, not the earlier ones it names ("revising the 210 to 200 first announced")
    told_by = [(x, revision_figures(x) or list(x.figures)) for x in joined.sides]
    if unit in MONEY:
        # a side that gives sums of several kinds shows those of the kind the others give ("a fine of 250,000 euros for
        # embezzling 4.2 million euros" beside "corrected the fine ... to 150,000 euros": the fine)
        kinds = [{_sum_kind(x, f) for f in figs if f.unit == unit} for x, figs in told_by]
        alone = {k for ks in kinds if len(ks) == 1 for k in ks}
        told_by = [
            (
                x,
                kept
                if len(ks) > 1 and (kept := [f for f in figs if f.unit != unit or _sum_kind(x, f) in alone])
                else figs,
            )
            for (x, figs), ks in zip(told_by, kinds, strict=True)
        ]
    shown = [f for _x, figs in told_by for f in figs if f.unit == unit and f.plain]
    # a side that gives its figure only in a small word ("killing at least three people") shows it too
    shown += [
        f
        for _x, figs in told_by
        if not any(f.unit == unit and f.plain for f in figs)
        for f in figs
        if f.unit == unit and f.scope != MARGIN_OF_ERROR
    ]
    joined.disputed |= frozenset((f.value, unit) for f in shown)
    joined.topic = f"{unit}: " + " vs ".join(_topic_values(shown))


def _join_agreeing(rev: Claim, unit: str, values: set[float], out: list[Conflict]) -> None:
    """A revision with no earlier figure to revise ("The death toll rose to 7 on Tuesday") joins the figure conflict
    of its unit that already disputes its figure ("Seven people have now died" against "At least 11 people are now
    confirmed dead"), on that figure's side, rather than stand as a fact of its own beside it."""
    topic_unit = f"{unit}: "
    for conflict in out:
        if (
            conflict.kind != "figure"
            or not conflict.topic.startswith(topic_unit)
            or any(x is rev for x in conflict.sides)
        ):
            continue
        if values & {v for v, u in conflict.disputed if u == unit} and len(conflict.disputed) > 1:
            if any(x.article == rev.article for x in conflict.sides):
                continue
            conflict.sides.append(rev)
            return


def _revision_by_values(
    r: int, rev: Claim, current: list[Figure], way: int, claims: list[Claim], scores: Any, out: list[Conflict]
) -> None:
    """A revision that counts in other words than the conflict it settles ("The number of cases has risen to 41, up
    from 27 reported on Monday" against "sickened 27 patients" / "Forty-one patients have been infected") joins the
    figure conflict whose values include both its figure and the one it replaces, the way it says it moved, when it is
    close to one of its sides."""
    now = {f.value for f in current if f.plain}
    before = {f.value for f in rev.figures if f.plain and not any(f is x for x in current)} - now
    if not now or not before:
        return
    index = {id(c): k for k, c in enumerate(claims)}
    for conflict in out:
        told = {v for v, _unit in conflict.disputed}
        if conflict.kind != "figure" or not (now & told and before & told):
            continue
        if way and not all((v - x) * way > 0 for v in now & told for x in before & told):
            continue  # "up from 27": the figure it gives is the larger
        if not any(float(scores[r, index[id(x)]]) >= REVISION_FLOOR for x in conflict.sides if id(x) in index):
            continue
        conflict.sides.append(rev)
        conflict.disputed |= frozenset((f.value, f.unit) for f in current if f.value in told)
        return


def _shares_side(conflict: Conflict, claims: list[Claim]) -> bool:
    return any(x is c for x in conflict.sides for c in claims)


def _date_topic(sides: list[Claim]) -> str:
    """The dates a date conflict's sides give, those that can be the same day said once (the full date
    rather than its weekday): "date: 2026-03-09 vs 2026-03-10"."""
    said: list[str] = []
    for c in sides:
        d = _date_of(c)
        same = next((k for k, x in enumerate(said) if _same_date(x, d)), None)
        if same is None:
            said.append(d)
        elif len(d) > len(said[same]) and d not in WEEKDAYS:
            said[same] = d
    return "date: " + " vs ".join(sorted(said))


_MERGED_KINDS = ("figure", "date", "presentation", "name", "time")
"""Kinds whose topic names the disagreeing values, so equal topics are one disagreement."""


_Units = tuple[dict[str, list[Figure]], dict[str, list[Figure]]]


def _units(c: Claim) -> _Units:
    """A claim's figures by unit: digits only, and with numbers written as words."""
    out: _Units = ({}, {})
    for k, with_words in enumerate((False, True)):
        for f in c.figures:
            if f.unit in AGO_DAYS and AGO.match(c.text, f.end - c.start):
                continue  # "detained 12 weeks ago": a day, compared as one (:func:`_ago_dates`), not a length of time
            if (with_words or f.plain) and f.unit and f.scope != MARGIN_OF_ERROR and not f.fraction:
                out[k].setdefault(f.unit, []).append(f)
    return out


AS_OF = re.compile(r"\b(?:as of|as at)\b", re.I)
"""A count told "as of" a date is the count then; another date's count may differ without dispute."""
CROWDED = 6
"""A unit the story gives this many different values for ("yards" in a match report) counts many things;
two of its values disagree only in sentences that say nearly the same thing (pair score >= SURE)."""


AGO = re.compile(r"\s+ago\b", re.I)
AGO_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
"""Units of time counted back from an article's day ("12 weeks ago"), in days."""
_DOERS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent"})


def _counted_back(c: Claim) -> tuple[Figure, str, frozenset[str], datetime.date] | None:
    """The one time a sentence counts back from its article's day ("The Orla Star was detained 12 weeks ago"): the
    figure, the lemma of the verb "ago" hangs on, the words of that verb's subject and object (their nouns and names),
    and the day it comes to. None for a sentence with no such time or several, of no known day, or whose verb is no
    act ("has been 12 weeks ago")."""
    backs = [f for f in c.figures if f.unit in AGO_DAYS and AGO.match(c.text, f.end - c.start)]
    if len(backs) != 1 or not c.published or backs[0].floor:
        return None
    f = backs[0]
    try:
        day = datetime.date.fromisoformat(c.published[:10])
    except ValueError:
        return None
    doc = _parsed(c.text)
    ago = next((t for t in doc if t.lower_ == "ago" and t.idx >= f.end - c.start), None)
    if ago is None:
        return None
    verb = _clause_verb(ago)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in ("be", "have", "do"):
        return None
    parts = [
        child for child in verb.children if child.dep_ in _DOERS or (child.dep_ == "prep" and child.lower_ == "by")
    ]
    if verb.dep_ == "relcl":  # "the Orla Star, which was detained six weeks ago": the noun "which" stands for
        parts += [verb.head, *(t for t in verb.head.children if t.dep_ == "compound")]
    words = frozenset(
        w.lemma_.lower()
        for part in parts
        for w in ([part] if part is verb.head or part.dep_ == "compound" else part.subtree)
        if w.pos_ in ("NOUN", "PROPN") and not (f.start - c.start <= w.idx < f.end - c.start)
    )
    return f, verb.lemma_.lower(), words, day - datetime.timedelta(days=f.value * AGO_DAYS[f.unit])


def _ago_dates(claims: list[Claim], groups: dict[str, str]) -> list[Conflict]:
    """Pairs of sentences of two sources that count back to one act from their articles' days and come to days apart
    ("The Orla Star was detained 12 weeks ago" / "the tanker was detained six weeks ago, the owners said", both of 10
    February): a date conflict, however far apart the rest of the two sentences. One act: the same verb, with a noun or
    name of its subject or object in common. Not a length of time ("has been held for 12 weeks"), not counts back
    that land within one of their units of each other (a week of "six weeks ago"), nor sentences of articles more than
    :data:`COUNT_DAYS` apart."""
    told = [(k, back) for k, c in enumerate(claims) if (back := _counted_back(c)) is not None]
    out: list[Conflict] = []
    for (i, x), (j, y) in itertools.combinations(told, 2):
        a, b = claims[i], claims[j]
        if groups[a.article] == groups[b.article] or x[1] != y[1] or not x[2] & y[2]:
            continue
        if _days_apart(a, b) > COUNT_DAYS:
            continue
        slack = max(AGO_DAYS[x[0].unit], AGO_DAYS[y[0].unit])
        if x[0].kind or y[0].kind:  # "about 12 weeks ago", "more than six weeks ago"
            slack = max(slack, round(0.2 * max(x[0].value * AGO_DAYS[x[0].unit], y[0].value * AGO_DAYS[y[0].unit])))
        if abs((x[3] - y[3]).days) <= slack:
            continue
        said = sorted(
            (c.text[f.start - c.start : f.end - c.start] + " ago", day) for c, (f, *_rest, day) in ((a, x), (b, y))
        )
        topic = "date: " + " vs ".join(w for w, _day in said)
        detail = (
            "different dates for the same event (counted back from each article's day: about "
            + " vs ".join(d.isoformat() for _w, d in said)
            + ")"
        )
        out.append(Conflict("date", topic, [a, b], detail))
    return out


def _pair_conflicts(
    a: Claim,
    b: Claim,
    score: float,
    ua: _Units | None = None,
    ub: _Units | None = None,
    crowded: frozenset[str] = frozenset(),
    *,
    figures: bool = True,
    dates: bool | None = None,
    one_fact: bool = False,
    paired: bool = False,
    same_sum: bool = False,
    words: bool = False,
    owned: bool = False,
) -> list[Conflict]:
    """The conflicts between two claims. ``figures``: their figures may disagree (sources of one fact, or ``paired``:
    linked as one fact and kept in two, whose figures then disagree only when they count for the same verb);
    ``dates``: their dates may (sources of one fact; by default as ``figures``). ``same_sum``: one organisation's sum
    of one kind (:func:`_same_sums`), compared however far apart the sentences' words. ``owned``: a figure's holder is
    only a named owner ("Tarnland's 20%"), not the subject of its verb (one document's figure, :func:`_same_drafts`).
    ``words``: numbers written as
    words count whatever the pair score (one count each of one act, :func:`_same_counts`). ``one_fact``: the alignment
    made them sources of one fact, evidence enough
    that they are about the same thing for a negation without a name the tagger saw in both ("Corvane denied any
    wrongdoing" / "Corvane admitted wrongdoing"): they would otherwise corroborate each other. Dates were given the
    same waiver (below the 0.72 score, no shared name) and lost it: publication stamps aligned as one fact ("Posted:
    May 24, 2005" / "May 23, 2005") made 25 false date conflicts in ECB+'s 65 event briefs."""
    found: list[Conflict] = []
    # a number written as a word ("two of them") is weak evidence: it counts only between claims that
    # say nearly the same thing ("Two firefighters were injured" / "Three firefighters were injured")
    spelled_ok = int(words or score >= SPELLED_LINK)
    units_a, units_b = (ua or _units(a))[spelled_ok], (ub or _units(b))[spelled_ok]
    # figures about different people ("Hillis added 101 yards" / "Charles ran for 226 yards"), places ("9% in
    # Texas" / "23% in Iowa") or organisations (the Orioles' offer / the Red Sox's offer) do not disagree
    # (one document's figure: its sentences' names are what the figure is set for, told by a name or by its adjective)
    apart = _document_names_apart(a, b) if owned else _named_apart(a, b)
    apart |= _separate_lines(a, b) or _other_periods(a, b)
    # a running count at two dates: "reached 300,000 deaths on Dec. 17" / "at least 400,000 deaths as of Tuesday"
    apart |= bool(AS_OF.search(a.text) or AS_OF.search(b.text)) and _moments_apart(a.dates, b.dates)
    near = score >= LINK - 0.02 or one_fact  # sources of one fact: "cut 3,400 jobs" / "plans to cut 3,100 jobs"
    shared = set(units_a) & set(units_b) if figures and near and not apart else set()
    compared = [(unit, unit) for unit in sorted(shared)]
    if figures and near and not apart:
        compared += _people_and_role(units_a, units_b) + _lengths_apart(units_a, units_b)
    for unit, unit_b in compared:
        lengths = unit != unit_b and unit_b in LENGTHS
        gaps = all(f.measure == "difference" for f in units_a[unit] + units_b[unit_b])
        if gaps and unit == unit_b and unit + GAP not in crowded:
            pass  # two gaps of a unit the story gives few gaps of ("71 delegates short" / "needs 67 delegates to reach")
        elif (unit in crowded or unit_b in crowded) and score < SURE and not same_sum:
            continue  # many values of the unit in the story count many things; one sum's kind says which
        # "a fine of 250,000 euros for embezzling 4.2 million euros" / "stole 4.5 million euros": the fine is no value
        # of the sum stolen
        told_a, told_b = _kinds_alike(a, units_a[unit], b, units_b[unit_b]) if unit in MONEY else (None, None)
        told_a, told_b = told_a or units_a[unit], told_b or units_b[unit_b]
        if lengths:  # "fell about 200ft" / "fell about 150 metres": compared in one unit
            told_b = [_in_unit(f, unit) for f in told_b]
        xs, ys = _contradicted(a, b, told_a, told_b, owned=owned)
        if xs:  # deaths against deaths, not against cases ("404 yards" in both still agree, whatever else is counted)
            xs, ys = _contradicted(a, b, *_counting_alike(a, told_a, b, told_b), owned=owned)
        if xs and _other_outcomes(a, xs, b, ys):
            continue  # "17 passengers were injured" / "108 passengers were on board": two quantities of one noun
        if xs and unit != unit_b and not lengths and not _more_of_a_role(a, xs, b, ys):
            continue  # "17 people were injured" / "nine passengers were injured": the others may be crew
        if xs and unit == "%" and _shares_of_other_groups(a, b, xs, ys):
            continue  # "36 percent are people of color" / "60 percent of the staff is white"
        if xs and _other_moment(a, b, xs, ys):
            continue  # "Economists expect 165,000 jobs were added" / "employers added 102,000 jobs"
        if xs and _sums_of_other_kinds(a, b, xs, ys):
            continue  # "a $6 trillion budget" / "deficits in excess of $1 trillion"
        if xs and _far_apart(xs, ys) and not _same_counted_action(a, xs, b, ys):
            continue  # "About 1,400 people were moved out" / "23 people needed hospital treatment"
        if (
            xs
            and (score < LINK - 0.02 or paired)
            and not same_sum
            and not _same_counted_action(a, xs, b, ys, strict=True)
        ):
            continue  # one fact, far apart in meaning: "17 unanswered points in the fourth" / "10 points down"
        if xs and paired and not (_one_plain_value(units_a[unit]) and _one_plain_value(units_b[unit_b])):
            continue  # two facts: only a sentence with one count of the unit, in digits, says whose it is
        if xs and MEN in (unit, unit_b):
            # "miner: 23 vs at least 26": the men one outlet counts are the miners of the other (:func:`_whole`)
            role_unit = unit_b if unit == MEN else unit
            va, vb = sorted((_fmt_figures(xs), _fmt_figures(ys)))
            disputed = frozenset((f.value, role_unit) for f in xs + ys)
            topic = f"{role_unit}: {va} vs {vb}"
            found.append(Conflict("figure", topic, [a, b], "different figures for the same thing", disputed))
        elif xs and lengths:
            written = {(f.start, f.end): f for f in units_b[unit_b]}
            ys = [written[f.start, f.end] for f in ys]  # as written, not as converted
            sides = sorted(
                ((xs, unit), (ys, unit_b)), key=lambda side: min(f.value for f in side[0]) * LENGTHS[side[1]]
            )
            topic = "length: " + " vs ".join(_with_unit(fs) for fs, _unit in sides)
            disputed = frozenset((f.value, f.unit) for f in xs + ys)
            found.append(Conflict("figure", topic, [a, b], "different figures for the same thing", disputed))
        elif xs and unit != unit_b:
            # "people: 9 vs 17 passengers": a count of all the people against a larger count of some of them
            people, role = (xs, ys) if unit == "people" else (ys, xs)
            topic = f"people: {_fmt_figures(people)} vs {_fmt_figures(role)} {_plural(role[0].unit)}"
            disputed = frozenset((f.value, f.unit) for f in xs + ys)
            found.append(Conflict("figure", topic, [a, b], "different figures for the same thing", disputed))
        elif xs:
            va, vb = _by_value(xs, ys)
            disputed = frozenset((f.value, unit) for f in xs + ys)
            found.append(
                Conflict("figure", f"{unit}: {va} vs {vb}", [a, b], "different figures for the same thing", disputed)
            )
    if figures and one_fact and not apart and not found and (told := _one_count_of_people(a, b)) is not None:
        found.append(told)
    if figures and one_fact and not apart and not found and (told := _one_count_of_them(a, b)) is not None:
        found.append(told)
    demanded_vs_asserted = {a.modality, b.modality} == {"demanded", "asserted"}
    same_figures = a.figure_keys(digits_only=True) & b.figure_keys(digits_only=True) if demanded_vs_asserted else set()
    if same_figures:
        same_figures &= _demanded_figures(a if a.modality == "demanded" else b)
        same_figures -= _cued_figures(b if a.modality == "demanded" else a, PROMISED, words=16)
    if same_figures:
        value, unit = sorted(same_figures)[0]
        demanded = a if a.modality == "demanded" else b
        shown = next(f.shown for f in demanded.figures if (f.value, f.unit) == (value, unit))
        topic = f"{shown} {unit}: presented as demanded in one outlet, as established in another"
        found.append(Conflict("presentation", topic, [demanded, b if demanded is a else a], "presented differently"))
    # a date disagreement needs sentences aligned as one fact, each giving one date: "played from 1995 to
    # 1999" and "a record that stood since 1999" are about different moments
    one_date = _calendar_dates(a.dates) == 1 == _calendar_dates(b.dates)
    if (
        (figures if dates is None else dates)
        and one_date
        and (
            (score >= 0.72 and (a.entities & b.entities or _alike_unnamed(a, b, score)))
            or (one_fact and one_dated_act(a, b))
        )
        and _dates_disagree(a.dates, b.dates)
        and not _dated_anyway(a, b)
        and (
            _same_action(a.text, b.text)
            or (score >= RETOLD and _dates_on_root(a.text) and _dates_on_root(b.text))
            or (score >= SURE and bool(_acts_above_dates(a.text) & _acts_above_dates(b.text)))
        )
    ):
        found.append(Conflict("date", _date_topic([a, b]), [a, b], "different dates for the same event"))
    elif (
        (figures if dates is None else dates)
        and one_fact
        and not one_date
        and one_act_two_days(a, b)
        and not _dated_anyway(a, b)
    ):
        # one fact whose sentences date one act, on the same verb, on two days, though one gives other dates too
        found.append(Conflict("date", _date_topic([a, b]), [a, b], "different dates for the same event"))
    if (one_fact or score >= SURE) and not found and (times := _retimed(a.text, b.text)):
        topic = "time: " + " vs ".join(sorted(times))
        found.append(Conflict("time", topic, [a, b], "different times of day for the same event"))
    if figures and one_fact and not found and (names := _other_agents(a, b)):
        # who did it: "was brokered by Ossandra" / "was brokered by Kelvania", however else the sentences differ
        found.append(Conflict("name", f"name: {' vs '.join(sorted(names))}", [a, b], "different doers of the same act"))
    if figures and one_fact and score >= SURE and not found and (names := _other_names(a, b)):
        topic = f"name: {' vs '.join(sorted(names))}"
        found.append(Conflict("name", topic, [a, b], "different names for the same thing"))
    if (
        a.negated != b.negated
        and (a.entities & b.entities or one_fact)
        and not found
        and not _done_since(*((a, b) if a.negated else (b, a)))
        and (
            (score >= SURE and _negates(a, b))
            or denied_and_admitted(a, b)
            or ((one_fact or score >= 0.72) and denied_and_stated(a, b))
            or ((one_fact or score >= 0.72) and denied_saying(a, b) is not None)
        )
    ):
        neg, other = (a, b) if a.negated else (b, a)
        how = "one outlet negates what the other states"
        topic = _negated_act(neg) or _topic(a, b)
        if (unsaid := denied_saying(a, b)) is not None:
            how = "said in one outlet, denied saying it in the other"
            topic = f"said: {unsaid}"
        elif denied_and_admitted(a, b):
            how = "denied in one outlet, admitted in the other"
        elif denied_and_stated(a, b):
            how = "denied in one outlet, stated as done in the other"
        found.append(Conflict("negation", topic, [neg, other], how))
    if not found and (one_fact or score >= 0.72) and (dispute := _dispute_conflict(a, b)) is not None:
        found.append(dispute)  # "contradicted reports that she held talks" / "were expected to talk"
    if (
        (one_fact or (score >= SURE and a.entities & b.entities))
        and not found
        and (outcome := opposite_outcomes(a, b)) is not None
    ):
        (yes, no), (said_yes, said_no), negative = outcome
        how = f'opposite outcomes: "{said_yes}" in one outlet, "{said_no}" in the other'
        found.append(Conflict("negation", _topic(a, b), [yes, no], how, opposed=negative))
    return found


PEOPLE_IN_A_STATE = frozenset({"injured", "wounded", "dead", "missing", "sick", "hurt", "critical"})
"""Units of a count of people told by what befell them ("Nine of the injured"), not by a noun of people."""
ALIKE_PEOPLE = PEOPLE_IN_A_STATE | {"patient", "people"}
"""Units that count the same people in a story of casualties, however each outlet names them: the injured still in
hospital are its patients ("Nine of the injured remain ..." / "Four patients remain ..."); a count of passengers or
children is a part of them (:func:`_people_and_role`)."""


def _one_count_of_people(a: Claim, b: Claim) -> Conflict | None:
    """Two sentences of one fact that each give one count of people, in digits or in words, named alike
    (:data:`ALIKE_PEOPLE`: "Nine of the injured remain in a critical condition" / "Four patients remain in a critical
    condition"), as the
    subject of the same verb (not one of being or having): one count of the same people, which two different
    numbers cannot both give. Not a count of some of them ("another four patients"), of a part ("nine of 41"), nor
    counts three times apart."""
    told = []
    for c in (a, b):
        people = [f for f in c.figures if f.unit in ALIKE_PEOPLE]
        if len(people) != 1 or len(c.figures) != 1:
            return None
        f = people[0]
        if f.fraction or f.measure or f.whole or f.floor or f.kind in ("part", "total") or f.scope:
            return None
        if OTHER_BEFORE.search(c.text[max(0, f.start - c.start - 30) : f.start - c.start]):
            return None
        told.append(f)
    x, y = told
    if x.value == y.value or (x.unit == y.unit and not (x.spelled or y.spelled)) or _far_apart([x], [y]):
        return None  # the same count, or two counts in digits of one unit (compared as any figures are)
    if x.unit != y.unit and "people" in (x.unit, y.unit):
        return None  # all the people against some of them ("Four patients" of "Nine people"): :func:`_more_of_a_role`
    verbs = [_count_verb(c.text, f.start - c.start) for c, f in ((a, x), (b, y))]
    if verbs[0] is None or verbs[0] != verbs[1] or verbs[0] in ("be", "have", "do"):
        return None
    if _other_outcomes(a, [x], b, [y]):
        return None

    def said(f: Figure) -> str:
        return f"{_fmt_figures([f])} {f.unit if f.unit in PEOPLE_IN_A_STATE else _plural(f.unit)}"

    low, high = sorted(((x, a), (y, b)), key=lambda t: t[0].value)
    topic = f"people: {said(low[0])} vs {said(high[0])}"
    disputed = frozenset({(x.value, x.unit), (y.value, y.unit)})
    return Conflict("figure", topic, [a, b], "different figures for the same thing", disputed)


OF_THEM = re.compile(r"[\w,.-]+\s+of\s+(?:them|those|these)\b", re.I)
"""After a count of some of the things the sentence before named ("Three of them were leaking")."""


def _one_count_of_them(a: Claim, b: Claim) -> Conflict | None:
    """Two sentences of one fact that each give one count only, of some of the things named before them ("Three of
    them were leaking" / "Five of them were leaking solvent"), as the subject of the same verb (not one of being or
    having): one count, which two different numbers cannot both give; the topic is the verb ("leaking: 3 vs 5")."""
    told = []
    for c in (a, b):
        if len(c.figures) != 1:
            return None
        f = c.figures[0]
        if f.unit or f.fraction or f.measure or f.whole or f.floor or f.scope:
            return None
        if not OF_THEM.match(c.text, f.start - c.start):
            return None
        told.append(f)
    x, y = told
    if x.value == y.value or x.overlaps(y) or _far_apart([x], [y]):
        return None
    verbs = [_count_verb(c.text, f.start - c.start) for c, f in ((a, x), (b, y))]
    if verbs[0] is None or verbs[0] != verbs[1] or verbs[0] in ("be", "have", "do"):
        return None
    doc = _parsed(a.text)
    said = next((t.text.lower() for t in doc if t.lemma_.lower() == verbs[0] and t.idx > x.end - a.start), verbs[0])
    low, high = sorted((x, y), key=lambda f: f.value)
    topic = f"{said}: {_fmt_figures([low])} vs {_fmt_figures([high])}"
    return Conflict(
        "figure", topic, [a, b], "different figures for the same thing", frozenset({(x.value, ""), (y.value, "")})
    )


def _counts_of_them(claims: list[Claim], groups: dict[str, str]) -> list[Conflict]:
    """:func:`_one_count_of_them` for sentences of two articles that are not one fact ("Three of them were leaking,
    according to the fire department" / "Five of them were leaking solvent", the wire's first report and its update):
    one count of the same things when the sentence before each counts things of one unit ("Eleven tank cars left the
    tracks" / "Fourteen tank cars derailed"), which is what "them" stands for in both."""
    counted = [
        (k, c)
        for k, c in enumerate(claims)
        if len(c.figures) == 1 and OF_THEM.match(c.text, c.figures[0].start - c.start)
    ]
    if len(counted) < 2:
        return []

    def before(c: Claim) -> Claim | None:
        return max(
            (x for x in claims if x.article == c.article and x.start < c.start), key=lambda x: x.start, default=None
        )

    them = {k: {f.unit for f in prior.figures if f.unit} if (prior := before(c)) else set() for k, c in counted}
    out = []
    for (i, a), (j, b) in itertools.combinations(counted, 2):
        if a.article == b.article or not them[i] & them[j]:
            continue
        if (found := _one_count_of_them(a, b)) is not None:
            out.append(found)
    return out


OUTCOMES = [
    (r"pass(?:ed|es)?", r"fail(?:ed|s)?(?!\s+to\b)"),
    (r"acquitted|acquits?|cleared", r"convicted|convicts?"),
    (r"survived|survives?", r"died|dies"),
    (r"won|wins?", r"lost|loses?"),
    (r"upheld|upholds?", r"overturned|overturns?|quashed|quashes"),
]  # fmt: skip
"""Outcomes of which one sentence cannot say both of one thing: an inspection passed or failed, a defendant
acquitted or convicted, a patient who survived or died, a vote won or lost, a ruling upheld or overturned. Each pair
is (the positive outcome, the negative one), as verb forms."""
_OUTCOME_PATTERNS = [tuple(re.compile(rf"\b(?:{w})\b", re.I) for w in pair) for pair in OUTCOMES]


def opposite_outcomes(a: Claim, b: Claim) -> tuple[tuple[Claim, Claim], tuple[str, str], str] | None:
    """One sentence states one outcome and the other the opposite of the same subject and object ("its kitchen had
    passed a city hygiene inspection" / "whose kitchen failed a city hygiene inspection"): the two sentences (positive
    first), the words each uses, and the negative outcome's pattern; else None. Neither sentence may state both, nor
    negate its own; the verbs' subjects must have the same head word and the words after them (the object) share a
    content word, unless neither has one ("survived" / "died")."""
    for (yes_re, no_re), (_yes_words, no_words) in zip(_OUTCOME_PATTERNS, OUTCOMES, strict=True):
        for x, y in ((a, b), (b, a)):
            m, n = yes_re.search(x.text), no_re.search(y.text)
            if m is None or n is None or no_re.search(x.text) or yes_re.search(y.text) or x.negated or y.negated:
                continue
            subject_x, after_x = _outcome_parts(x.text, m.start())
            subject_y, after_y = _outcome_parts(y.text, n.start())
            if not subject_x or subject_x != subject_y:
                continue
            if (after_x or after_y) and not after_x & after_y:
                continue
            return (x, y), (m.group(0), n.group(0)), no_words
    return None


def _outcome_parts(text: str, offset: int) -> tuple[str, set[str]]:
    """The lemma of the subject's head of the verb at ``offset`` (by the parse; "" when it has none) and the first
    content words (five-letter stems) after the verb."""
    doc = _parsed(text)
    verb = next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)
    if verb is None:
        return "", set()
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    words = _STEM.findall(text[verb.idx + len(verb.text) : verb.idx + len(verb.text) + 60].lower())
    after = {w[:5] for w in words if w not in _FUNCTION}
    head = subject.lemma_.lower() if subject is not None and subject.pos_ in ("NOUN", "PROPN") else ""
    return head, after


STAMP = re.compile(r"\W*(?:first\s+|last\s+)?(?:published|posted|updated|modified|filed|dated)\b", re.I)
"""A publication stamp ("Published: July 28, 2004"): the date of a copy, not of an event."""
EVENT_WORDS = 3


def _alike_unnamed(a: Claim, b: Claim, score: float) -> bool:
    """Two sentences that say nearly the same, and of which at most one names anything ("The council said the harbour
    would reopen on Friday" / "... on Saturday"; "fell ill on May 7, the department said" / "on May 5, the city health
    department said"): one event, so a date may disagree; not two publication stamps, nor two lines that hold little
    besides the date. (Two that name different things are about different things.)"""
    if (a.entities and b.entities) or score < SURE:
        return False
    return all(not STAMP.match(c.text) and len(_event_words(c.text)) >= EVENT_WORDS for c in (a, b))


def _event_words(text: str) -> set[str]:
    """Content words of a sentence other than its date's (numbers, months, weekdays)."""
    return {w for w in content_terms(text) if w[0].isalpha() and w not in WEEKDAYS and not MONTH_NAME.fullmatch(w)}


ARM_BEFORE = re.compile(
    r"\b(?:compared (?:with|to)|versus|vs\.?|against|than)\s+(?:(?:about|around|nearly|almost|just|only|some)\s+)?"
    r"(?:the\s+)?$",
    re.I,
)
ARM_AFTER = re.compile(r"\s+(?:of|among|for|in)\s+(?:those|the others|the rest)\b", re.I)
"""How a sentence gives the other arm of a comparison after its figure: "compared with 2.3 percent", "than the 30
percent", "and 2.3 percent of those taking placebo"."""


def _other_arm(c: Claim, f: Figure, figures: list[Figure]) -> bool:
    """``f`` is the other arm of a comparison with a figure of the same unit given before it in ``c``: "4.1 percent
    of patients on the drug, compared with 2.3 percent on placebo" (2.3), "4.1 percent ... and 2.3 percent of those
    taking placebo" (2.3)."""
    start, end = f.start - c.start, f.end - c.start
    if not 0 <= start <= end <= len(c.text) or not any(g.end <= f.start for g in figures if g is not f):
        return False
    return bool(ARM_BEFORE.search(c.text[max(0, start - 40) : start]) or ARM_AFTER.match(c.text, end))


def _contradicted(
    a: Claim, b: Claim, fa: list[Figure], fb: list[Figure], *, owned: bool = False
) -> tuple[list[Figure], list[Figure]]:
    """The figures of one unit, ``fa`` in ``a`` and ``fb`` in ``b``, that disagree; empty lists when none do. With
    ``owned``, a figure's holder is only its named owner (:func:`_holder`).

    Figures are compared holder with holder ("Lawson posted 15 points" / "Lawson added 16"; not Charles's 226
    yards with Hillis's 101). When no holder is named on both sides, figures of an unknown holder are compared
    with the other side's: they disagree when no two figures of the unit can stand for the same number. Nothing
    disagrees when one side's numbers all occur in the other sentence in a looser wording ("missed four games" /
    "played in 10 games, but had to sit out four straight"; "a 90-day stay" / "90 days of treatment")."""
    # a sentence that revises a figure gives the new one: "revised the number of infants ... to nine, up from the
    # seven first reported" says nine, and its seven agrees with no one who still says seven
    fa, fb = _as_revised(a, fa), _as_revised(b, fb)
    if _told_anyway(fa, b) or _told_anyway(fb, a):
        return [], []
    if _counted_otherwise(fa, b) or _counted_otherwise(fb, a):
        return [], []
    fa = [f for f in fa if not _unnamed_age(a, f)]
    fb = [f for f in fb if not _unnamed_age(b, f)]
    if not fa or not fb:
        return [], []  # "a 17-year-old": someone's age the sentence does not name, not "the 38-year-old Gaetz"
    # the whole of a part ("338" of "157 of 338 seats") is compared through its part, not as a count of its own
    fa = [f for f in fa if not any(p.whole == f.value and p.end <= f.start for p in fa)] or fa
    fb = [f for f in fb if not any(p.whole == f.value and p.end <= f.start for p in fb)] or fb
    # the other arm of a comparison ("4.1 percent of patients on the drug, compared with 2.3 percent on placebo") is
    # what the first figure is measured against, not a second value of it
    fa = [f for f in fa if not _other_arm(a, f, fa)] or fa
    fb = [f for f in fb if not _other_arm(b, f, fb)] or fb
    if any(x.modifier and y.modifier and x.modifier != y.modifier for x in fa for y in fb):
        return [], []  # "3 machine guns" / "12 AK 47 guns": guns of two kinds
    held = {id(f): _holder(claim, f, owned=owned) for claim, figures in ((a, fa), (b, fb)) for f in figures}
    named_a: dict[str, list[Figure]] = {}
    named_b: dict[str, list[Figure]] = {}
    for figures, named in ((fa, named_a), (fb, named_b)):
        for f in figures:
            if (holder := held[id(f)]) is not None:
                named.setdefault(holder, []).append(f)
    common = sorted(set(named_a) & set(named_b))
    if not common and named_a and named_b:
        # one holder named two ways ("The Liberals took 156 seats" / "Trudeau's Liberal Party had won 157"): compared
        # under one name
        for hb in list(named_b):
            ha = next((h for h in named_a if _same_holder(a, h, b, hb)), None)
            if ha is not None:
                named_b.setdefault(ha, []).extend(named_b.pop(hb))
        common = sorted(set(named_a) & set(named_b))
    if common:
        xs: list[Figure] = []
        ys: list[Figure] = []
        for h in common:
            if not any(x.overlaps(y) for x in named_a[h] for y in named_b[h]):
                xs += named_a[h]
                ys += named_b[h]
        return xs, ys
    pairs = [(x, y) for x in fa for y in fb if held[id(x)] is None or held[id(y)] is None]
    if not pairs or any(x.overlaps(y) for x in fa for y in fb):
        return [], []
    return list(dict.fromkeys(x for x, _ in pairs)), list(dict.fromkeys(y for _, y in pairs))


_PERSONAL = frozenset({"he", "she", "they", "it", "we", "i", "you"})
MEASURING_NOUNS = frozenset({"poll", "survey", "study", "census", "count", "tally", "projection", "forecast"})
"""Subjects that tell a figure they measure ("a Kessling Institute poll gives Holm a 4-point lead", "the survey puts
turnout at 61%"): the poll is where the figure comes from, not whose it is; its name says which poll, not whose lead."""


def _same_holder(a: Claim, ha: str, b: Claim, hb: str) -> bool:
    """Holders ``ha`` of ``a`` and ``hb`` of ``b`` (last words of names, :attr:`Claim.holders`) are one, named two ways:
    every word of one full name is a word of the other, crudely singular ("Liberals" / "Trudeau's Liberal Party").
    Two names that only share a word are two holders ("Mike Pence" / "Mike Bloomberg")."""
    xs = [n for n in a.names.values() if _last_word(n) == ha]
    ys = [n for n in b.names.values() if _last_word(n) == hb]
    return any(_part_of(x, y) or _part_of(y, x) for x in xs for y in ys)


def _holder(c: Claim, f: Figure, *, owned: bool = False) -> str | None:
    """Whose the figure is: its named owner ("Oldervik's 47,172"), or the subject of the verb it depends on, when named
    ("Artino complemented Echenique inside by scoring 14 points": Artino's; "China hit back at President Trump by
    imposing tariffs on $60bn": China's), None when not ("work that was never done through 321 invoices"); with no
    subject found before a verb of saying, or a personal pronoun, the name before it (:meth:`Claim.holder`)."""
    if not c.holders:
        return None
    doc = _parsed(c.text)
    tok = next((t for t in doc if t.idx <= f.start - c.start < t.idx + len(t.text)), None)

    def named(owner: Any) -> list[str]:
        lo, hi = c.start + owner.left_edge.idx, c.start + owner.right_edge.idx
        return [word for offset, word in c.holders if lo <= offset <= hi]

    if tok is None:
        return c.holder(f)
    figure_at = tok
    owners = [k for k in tok.children if k.dep_ == "poss"]
    if owners and named(owners[0]):
        return named(owners[0])[0]  # "Bram Oldervik's 47,172"
    if owned:
        return None  # a document's figure: the names of its subject ("the tariff on cheese from Ostmark") own none
    telling: set[str] = set()  # who tells the figure, and to whom: "Fire Chief Ambrose Kell told the Courier that"
    below = figure_at  # the word under ``tok`` on the way up from the figure
    for _step in range(8):
        if tok is not figure_at and tok.pos_ == "VERB" and cue_lemma(tok.lemma_.lower()) is not None:
            # (only of a figure in what is told, not the object of the verb: "Ty Lawson added 16 points" is his)
            for k in tok.children if below.dep_ in ("ccomp", "xcomp", "parataxis", "advcl") else ():
                if (
                    k.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")
                    and not k.left_edge.i <= figure_at.i <= k.right_edge.i
                ):
                    telling.update(named(k))
            break  # "said 60 firefighters fought", "... , fire chief Aldo Verin told": the source, not the holder
        subjects = [
            k
            for k in tok.children
            if k.dep_ in ("nsubj", "nsubjpass")
            and tok.pos_ in ("VERB", "AUX")
            and not k.left_edge.i <= figure_at.i <= k.right_edge.i  # "404 yards rushing": the figure owns nothing
        ]
        if subjects and subjects[0].lemma_.lower() in MEASURING_NOUNS:
            return None  # "a new Kessling Institute poll gives Mira Holm a 4-point lead": the poll tells it
        if subjects:
            names = named(subjects[0])
            if names:
                return names[0]
            if subjects[0].lower_ in _PERSONAL:
                break  # "he improves to 58-3 with 51 wins": whom "he" stands for, as before
            # a place acting ("China has hit back ... by imposing tariffs on $60bn"): its name, which holds no figure
            # elsewhere; a subject it does not name ("that", "the company"): whose, the sentence does not say
            # (a word the tagger takes for a name but writes in lower case is none: "the town council")
            proper = [t for t in subjects[0].subtree if t.pos_ == "PROPN" and t.text[:1].isupper()]
            return _last_word(proper[-1].text) if proper else None
        if tok.head.i == tok.i:
            break
        below, tok = tok, tok.head
    holder = c.holder(f)
    return None if holder in telling else holder


_UNNAMED_AGE = re.compile(r"\b(?:a|an|another|one)\s+$", re.I)
_AGE_AFTER = re.compile(r"[\s-]+years?[\s-]+old\b", re.I)


def _unnamed_age(c: Claim, f: Figure) -> bool:
    """``f`` is the age of someone the sentence leaves unnamed ("accused of a relationship with a 17-year-old")."""
    at, end = f.start - c.start, f.end - c.start
    number_end = at + len(f.shown)
    return bool(_UNNAMED_AGE.search(c.text[max(0, at - 12) : at])) and bool(
        _AGE_AFTER.match(c.text, number_end) or _AGE_AFTER.match(c.text, end)
    )


def _counted_otherwise(figures: list[Figure], other: Claim) -> bool:
    """Every one of ``figures`` is in the other sentence too, counting something it names otherwise ("About 1,400
    people were moved out" / "sent 23 people to hospital and forced the evacuation of about 1,400 residents"): the
    two sentences agree on that count, and compare two different counts of people, not one. Only numbers of 10 or
    more: "2 people" and "2 days" are no evidence. A part of a known whole ("157 of 338 seats") is its own number,
    not any number up to the whole."""

    def near(f: Figure, g: Figure) -> bool:
        if f.whole:
            return abs(g.value - f.value) <= max(f.rounding, g.rounding)
        return f.low <= g.high and g.low <= f.high

    now = _as_revised(other, list(other.figures))  # not the earlier figure a revision denies
    return bool(figures) and all(
        f.value >= 10 and any(g.unit != f.unit and g.plain and near(f, g) for g in now) for f in figures
    )


LOOSE_UNITS = frozenset({"", "straight", "consecutive", "total", "overall"})
"""What a number's unit reads as when the count's noun is left out ("sat out four straight", "a 90 - day stay")."""


SHARE_OF = re.compile(r"[^,.;:!?]{0,60}")
_SHARE_FILLER = {"percent", "per", "cent", "are", "the", "of", "was", "were", "those", "them", "all", "who", "whom"}
_SHARE_CHANGE = {"lower", "higher", "down", "more", "less", "fewer", "than", "from", "since", "after", "before"}
"""Words after a change in percent that say which way or when ("closed 3.8 percent lower", "fell 4.2 percent on
Monday"), not whose share it is."""
_SHARE_CLAUSE = re.compile(
    r"\b(?:as|while|when|whereas|because|amid|after|following|despite|though|although|since|before|until|once)\b"
)
"""Words that open a clause after a share saying why or when, no longer what the share is of."""


def _share_words(c: Claim, f: Figure) -> set[str]:
    """The content words right after a share, up to the clause's end ("are people of color": people, color), by
    their first five letters; not the words of a direction or a day ("3.8 percent lower", "4.2 percent on Monday":
    one index's fall)."""
    at = f.end - c.start
    m = SHARE_OF.match(c.text, at) if 0 <= at <= len(c.text) else None
    # up to a clause that tells why or when ("rocketed 23 percent on Monday as investors piled in": the investors
    # are no group the share is of)
    words = _STEM.findall(_SHARE_CLAUSE.split(m.group(0).lower(), maxsplit=1)[0]) if m else []
    return {
        w[:5]
        for w in words
        if w not in _FUNCTION and w not in _SHARE_FILLER and w not in _SHARE_CHANGE and w not in DATE_WORDS
    }


def _shares_of_other_groups(a: Claim, b: Claim, fa: list[Figure], fb: list[Figure]) -> bool:
    """Every share of one side says what it is a share of in words the other side's share does not use: shares of
    two groups, not two values of one."""
    pairs = [(_share_words(a, x), _share_words(b, y)) for x in fa for y in fb]
    return bool(pairs) and all(wx and wy and not wx & wy for wx, wy in pairs)


SUM_KINDS = frozenset(
    {"budget", "deficit", "debt", "revenue", "spending", "tax", "surplus", "loan", "fine", "salary", "profit",
     "loss", "sale", "income", "donation", "settlement", "bail", "ransom", "bonus", "damage", "pension", "wage"}
)  # fmt: skip
"""What a sum of money is (the budget, the deficit, the debt...): two sums of different kinds are two things."""


def _sum_kind(c: Claim, f: Figure) -> str | None:
    """The kind of sum ``f`` is in ``c``: the noun of :data:`SUM_KINDS` right after it ("$6 trillion budget") or,
    failing that, a few words before it ("deficits in excess of $1 trillion"); None when neither names one."""
    start, end = f.start - c.start, f.end - c.start
    if not 0 <= start <= end <= len(c.text):
        return None
    for named in CORRECTED_TO.finditer(c.text[: end + 1]):
        # "corrected the fine imposed on the former governor to 150,000 euros": the sum the correction names
        if (
            named.end() <= start
            and _CORRECTED_VALUE.fullmatch(c.text, named.end(), start)
            and (kind := _sum_word(named.group(1).lower()))
        ):
            return kind
    after = re.findall(r"[a-z]+", c.text[end : end + 40].lower())
    # "€2.4bn of hidden losses": what the sum is of, an adjective or two before its noun
    for word in after[1:4] if after[:1] == ["of"] else after[:2]:
        if word in _SUM_STOPS:
            break  # "losses of €2.4bn on loans to ...": the loans are what was lost on, not the sum
        if (kind := _sum_word(word)) is not None:
            return kind
    # the words since the figure before, if any ("a fine of 250,000 euros for embezzling 4.2 million": no fine)
    before = re.findall(r"[a-z]+", re.split(r"\d", c.text[max(0, start - 40) : start])[-1].lower())[-5:]
    return next((k for w in reversed(before) if (k := _sum_word(w)) is not None), None)


_CORRECTED_VALUE = re.compile(r"(?:\s+[\w'’.-]+){0,9}?\s+to\s+[$€£]?")
SUM_WORDS = {"hole": "loss", "shortfall": "loss"}
"""Other words for a kind of sum: a "€3.1bn black hole" at a bank is its losses."""
_SUM_STOPS = frozenset({"on", "in", "at", "for", "to", "from", "by", "with", "over", "of", "and", "or"})


def _sum_word(word: str) -> str | None:
    """The kind of sum (:data:`SUM_KINDS`) a word names, singular or plural ("losses", "taxes", "deficits"), or None."""
    for form in (word, word.removesuffix("s"), word.removesuffix("es")):
        if form in SUM_KINDS:
            return form
        if form in SUM_WORDS:
            return SUM_WORDS[form]
    return None


def _sums_of_other_kinds(a: Claim, b: Claim, fa: list[Figure], fb: list[Figure]) -> bool:
    """Every pair of disagreeing sums names two different kinds of sum: a budget and a deficit, not one sum."""
    pairs = [(_sum_kind(a, x), _sum_kind(b, y)) for x in fa for y in fb]
    return bool(pairs) and all(x and y and x != y for x, y in pairs)


def _kinds_alike(a: Claim, fa: list[Figure], b: Claim, fb: list[Figure]) -> tuple[list[Figure], list[Figure]]:
    """The sums of each sentence of a kind (:func:`_sum_kind`, or of no kind it names) that the other sentence gives a
    sum of, when a sentence gives sums of several kinds: "a fine of 250,000 euros for embezzling 4.2 million euros"
    against "stole 4.5 million euros" compares the 4.2 million, against "fined 150,000 euros ... a fine" the fine. A
    sentence none of whose sums is of a kind the other gives keeps none ([]: the caller compares all, as before)."""
    ka, kb = [_sum_kind(a, f) for f in fa], [_sum_kind(b, f) for f in fb]
    if set(ka) == set(kb):
        return fa, fb
    return [f for f, k in zip(fa, ka, strict=True) if k in kb], [f for f, k in zip(fb, kb, strict=True) if k in ka]


def _as_revised(claim: Claim, figures: list[Figure]) -> list[Figure]:
    """``figures`` without those ``claim`` gives as the earlier ones of a figure it revises (:func:`revision_figures`):
    none are left when it gives the unit's earlier figure only."""
    if not REVISED.search(claim.text):
        return figures
    revised = {f.start for f in revision_figures(claim)}
    return [f for f in figures if f.start in revised]


def _told_anyway(figures: list[Figure], other: Claim) -> bool:
    """Every number of ``figures`` occurs in ``other`` too, with its noun left out, or as the same sum of money
    of another noun ("a $25 million settlement" / "a $25 million payout deal as part of a larger $47 million
    settlement")."""
    # not a number ``other`` gives as the earlier figure it revises ("Fourteen tank cars derailed, not eleven as the
    # railroad first said" tells no eleven)
    now = _as_revised(other, list(other.figures))
    loose = {f.value for f in now if f.unit in LOOSE_UNITS}
    return bool(figures) and all(
        f.value in loose or re.search(rf"[$€£¥]\s?{re.escape(f.shown)}\b", other.text) for f in figures
    )


STAT_LINE = 3
"""Figures from which a sentence is a line of statistics ("269 yards and two touchdowns rushing and 29 passes")."""


def _separate_lines(a: Claim, b: Claim) -> bool:
    """Two lines of statistics with no number in common are two lines (two games, two seasons), not one
    reported two ways: one number at least would agree."""
    va, vb = ({f.value for f in c.figures if not f.weak} for c in (a, b))  # "two touchdowns" is in any line
    return len(va) >= STAT_LINE and len(vb) >= STAT_LINE and not va & vb


PERIOD = re.compile(
    r"\b(?:(?:this|last|next|that)\s+(?:season|year)"
    r"|in\s+(?:his|her|their|its|the)\s+(?:last|first|past|previous|next|final)\s+(?:[\w-]+\s+)?"
    r"(?:games?|seasons?|months?|years?|weeks?|starts?|matches)"
    r"|in\s+(?:19|20)\d\d"
    r"|(?:his|her|their)\s+career)\b",
    re.I,
)
"""The period a count covers ("this season", "in his last two games", "in 2008", "his career")."""
PART_PERIOD = re.compile(
    rf"\b(?:since\s+(?:week\s+\d+|{MONTH_NAME.pattern}|(?:19|20)\d\d)"
    r"|(?:in|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:run|stretch|spell|half|quarter|inning)\b(?!\s+of\b))",
    re.I,
)
"""A part of a longer period ("since October", "since Week 11", "in the second half", "during a pivotal 15-2
run"): a count over it is a part of the count over the whole."""


def _periods(c: Claim, pattern: re.Pattern[str]) -> set[str]:
    return {
        re.sub(r"\b(?:his|her|their|its|the)\s+", "", " ".join(m.group(0).lower().split()))
        for m in pattern.finditer(c.text)
    }


def _other_periods(a: Claim, b: Claim) -> bool:
    """The two sentences' counts cover different periods: each names one and no period is the same ("14
    touchdowns this season" / "12 touchdowns in 2008"), or one names a part of a period and the other no period
    ("arrested three times since October" / "arrested four times"; "five points during a 15-2 run" / "23
    points")."""
    wa, wb = _periods(a, PERIOD), _periods(b, PERIOD)
    qa, qb = _periods(a, PART_PERIOD), _periods(b, PART_PERIOD)
    pa, pb = wa | qa, wb | qb
    if pa and pb:
        return not pa & pb
    return bool(qa or qb)


def _demanded_figures(c: Claim) -> set[tuple[float, str]]:
    """The figures a demand bears on: the demand word within the eight words before the figure ("there
    should be a 24 month transition"); not "Orozco, 27, a parolee wanted on suspicion", nor "stopped at the
    reception after 10 a.m. and asked him if he wanted to be shot". A figure without a unit (a day of the
    month: "should be restored by December 31") or an age is not a demanded amount."""
    cued = _cued_figures(c, DEMAND)
    bases = {(f.value, f.unit) for f in c.figures if SHARE_BASE.search(c.text, 0, max(0, f.start - c.start))}
    # an age is no amount demanded: "... to demand their rights,” said 32-year-old protester Paris Kyriakides"
    ages = {(f.value, f.unit) for f in c.figures if _AGE_AFTER.match(c.text, f.start - c.start + len(f.shown))}
    return cued - bases - ages - _needs_met(c) - _demand_in_a_clause(c)


def _demand_in_a_clause(c: Claim) -> set[tuple[float, str]]:
    """Figures whose nearest demand word before them sits in a relative clause (by the parse) that the figure is not
    part of: "Councillor Jonas Frey, who proposed the closure, said repairs would cost 2.3 million crowns" proposes
    the closure, not the cost, which it states as an estimate."""
    out = set()
    doc = None
    for f in c.figures:
        at = f.start - c.start
        demands = list(DEMAND.finditer(c.text, 0, max(0, at)))
        if not demands:
            continue
        doc = doc if doc is not None else _parsed(c.text)
        cue = next((t for t in doc if t.idx <= demands[-1].start() < t.idx + len(t.text)), None)
        figure = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
        if cue is None or figure is None:
            continue
        clause = next((t for t in (cue, *cue.ancestors) if t.dep_ == "relcl"), None)
        if clause is not None and not clause.left_edge.i <= figure.i <= clause.right_edge.i:
            out.add((f.value, f.unit))
    return out


_RELATIVE_BEFORE = re.compile(r"\b(\w+)\s+(?:that|which)\b[^,;:]{0,60}$", re.I)


def _needs_met(c: Claim) -> set[tuple[float, str]]:
    """Figures whose demand word sits in a relative clause on a thing the sentence provides: "will give the
    administration the number of doses that Mr. Biden said he needs to cover 300 million people" states the 300
    million as met, not as wanted. Not "said that there should be ...", where "that" opens what was said."""
    from ..extract.lexicon import cue_lemma

    out = set()
    for f in c.figures:
        before = c.text[: max(0, f.start - c.start)]
        demands = list(DEMAND.finditer(before))
        if not demands:
            continue
        demand = demands[-1]
        rel = _RELATIVE_BEFORE.search(before, 0, demand.start())
        if rel is None or rel.group(1).lower() in {"so", "such", "now"}:
            continue
        lead = before[: rel.end(1)].split()[-4:]  # "said on Tuesday that ...": what was said, not a relative clause
        if not any(cue_lemma(w.strip(",.")) for w in lead):
            out.add((f.value, f.unit))
    return out


SHARE_BASE = re.compile(r"(?:percent|per cent|%)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?\$?$", re.I)
"""Before the whole a share is of: in "must win 58 percent of the 1,237 outstanding delegates" 58 percent is demanded,
not the 1,237."""


PROMISED = re.compile(
    r"\b(?:will|would|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed)?|ready to|(?:plans?|intends?|hopes?|"
    r"seeks?|expects?|set) to)\b",
    re.I,
)
"""Words that put a figure still to come: "stands ready to assist in vaccinating 100 million Americans" is no more
established than "wants to vaccinate 100 million", so the two are not a demand against a fact."""


FORECAST = re.compile(
    r"\b(?:expect(?:s|ed|ing|ations?)?|forecast(?:s|ed|ers?|ing)?|predict(?:s|ed|ing|ions?)?|"
    r"project(?:s|ed|ions?)|anticipat(?:e|es|ed|ing)|consensus|polled|surveyed)\b",
    re.I,
)
"""Words that make a figure a forecast ("Economists expect to see 165,000 jobs were added", "analysts polled by
Reuters had forecast 2.1%"): what someone thinks a figure will be, not what another outlet reports it was."""


NEEDED = re.compile(r"\b(?:needs?|needed|takes)\b", re.I)
"""Words that make a figure a threshold ("would need 2,383 delegates to", "It takes 1,237 delegates to win"), not a
count held or at stake."""
FORMER = re.compile(r"\b(?:initial|initially|original|originally|earlier|previous|previously|prior|old)\b", re.I)
"""Words that make a figure one of an earlier version ("a slimmed down version of the House's initial $3.4 trillion
HEROES Act"): not what the current one is said to be."""
DRAFTED = re.compile(r"\b(?:drafts?|proposals?|proposed|would\s+have)\b", re.I)
"""Words that make a figure a draft's or a proposal's, or what would have been ("A leaked draft would have cut the
tariff to 20%", "the proposed 12% levy"): not the figure in force nor the one agreed, which are other quantities
(modality and referent), whatever the unit shares. Two outlets' figures for one draft still disagree."""
DRAFTED_WORDS = 16


def _other_moment(a: Claim, b: Claim, xs: list[Figure], ys: list[Figure]) -> bool:
    """The disagreeing figures are a forecast, an earlier version's, or what is needed, on one side only: two
    moments or two things, not two accounts of one ("Economists expect 165,000 jobs" / "employers added 102,000
    jobs"; "the initial $3.4 trillion bill" / "a $2.2 trillion plan"; "would need 2,383 delegates to secure the
    nomination" / "384 pledged delegates at stake"). Two forecasts can still disagree."""
    for cue, words in ((FORECAST, 8), (FORMER, 3), (NEEDED, 3), (DRAFTED, DRAFTED_WORDS)):
        # a gap still needed to a mark ("needs 67 delegates to reach the 2,383") is the gap, as "71 delegates short of
        # the 2,383" is, not a threshold
        gx, gy = (xs, ys) if cue is not NEEDED else ([f for f in fs if f.measure != "difference"] for fs in (xs, ys))
        fa = bool(gx) and {(f.value, f.unit) for f in gx} <= _cued_figures(a, cue, words=words)
        fb = bool(gy) and {(f.value, f.unit) for f in gy} <= _cued_figures(b, cue, words=words)
        if fa != fb:
            return True
    return _at_stake(a, xs) != _at_stake(b, ys)


AT_STAKE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:at stake|up for grabs|in play|to be won)\b", re.I)
"""Words after a figure that make it what some contests hand out ("There are 384 pledged delegates at stake"), a
part, not the whole another outlet counts ("a total of 4,769 Democratic delegates") nor what someone holds."""


def _at_stake(c: Claim, figures: list[Figure]) -> bool:
    """Every one of ``figures`` is followed by :data:`AT_STAKE` words in its sentence."""
    return bool(figures) and all(AT_STAKE.match(c.text, f.end - c.start) for f in figures)


def _cued_figures(c: Claim, cue: re.Pattern[str], *, words: int = 8) -> set[tuple[float, str]]:
    """The figures (with a unit, in digits) that ``cue`` bears on: found within the ``words`` words before them
    ("stands ready to assist in vaccinating 100 million Americans in the first 100 days": both figures)."""
    out = set()
    for f in c.figures:
        if f.unit and f.plain and cue.search(" ".join(c.text[: max(0, f.start - c.start)].split()[-words:])):
            out.add((f.value, f.unit))
    return out


def _comparable(dates: tuple[str, ...]) -> list[str]:
    """Calendar dates (ISO day, month or year) and bare weekday names; other expressions can't be compared."""
    return [d for d, _ in _comparable_parts(dates)]


_WEEKDAY_EXPR = re.compile(rf"(?:(?:on|last|this) )?(?:(early|late) )?({'|'.join(WEEKDAYS)})(?: \w+)?")


def _comparable_parts(dates: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """Each comparable date with the part of the day it names, "early" or "late" ("died early Thursday") or
    None."""
    out: list[tuple[str, str | None]] = []
    for d in dates:
        if re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", d):
            out.append((d, None))
        elif day := _WEEKDAY_EXPR.fullmatch(d.strip().lower()):
            out.append((day.group(2), day.group(1)))
    return out


def _around_midnight(x: tuple[str, str | None], y: tuple[str, str | None]) -> bool:
    """ "late Tuesday" and "early Wednesday", "late Monday night" and "Tuesday", "early Friday" and "Thursday": a
    night told on either side of midnight (or a day's news dated the next day), not two days."""
    return any(
        d1 in WEEKDAYS and d2 == WEEKDAYS[(WEEKDAYS.index(d1) + 1) % 7] and (p1 == "late" or p2 == "early")
        for (d1, p1), (d2, p2) in ((x, y), (y, x))
    )


def _calendar_dates(dates: tuple[str, ...]) -> int:
    """How many dates a claim gives that name a day, month or year: those that compare, and those left unresolved
    ("the three months that ended Dec. 31" beside "2020": the sentence gives two, so neither is its one date)."""
    comparable = _comparable(dates)
    return len(comparable) + sum(1 for d in dates if d not in comparable and MONTH_NAME.search(d))


def _same_date(x: str, y: str) -> bool:
    """Two date values that can name the same day: equal, one a prefix of the other (a month and a day
    in it), or a weekday name and an ISO day falling on that weekday."""
    from datetime import date

    if x == y or x.startswith(y) or y.startswith(x):
        return True
    for name, iso in ((x, y), (y, x)):
        if name in WEEKDAYS and len(iso) == 10 and iso[4] == "-":
            try:
                return WEEKDAYS[date.fromisoformat(iso).weekday()] == name
            except ValueError:
                return False
    return False


def _dates_disagree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both claims carry dates that can be compared and none of them can be the same day. A weekday compares
    with a weekday or a full date, not with a year or a month ("a 2012 car crash" / "checked in on Thursday")."""
    pairs = [(x, y) for x in _comparable_parts(a) for y in _comparable_parts(b) if _like(x[0], y[0])]
    return bool(pairs) and not any(_same_date(x[0], y[0]) or _around_midnight(x, y) for x, y in pairs)


def _moments_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both claims are dated and no date of one can be a date of the other: calendar dates that disagree, or
    wordings that cannot be compared and are not the same ("on Dec. 17" / "as of Tuesday", undated articles)."""
    if not a or not b or set(a) & set(b):
        return False
    return not any(_same_date(x, y) for x in _comparable(a) for y in _comparable(b))


COUNTED_BACK = re.compile(
    r"\b(?:years?|months?|weeks?|days?|decades?)\s+(?:earlier|later|before|after|prior|on)\b", re.I
)
"""A time counted from another event ("eight years earlier"): the other sentence's date may be that time."""
FUTURE = re.compile(
    r"\b(?:will|won['’]t|(?:is|are) (?:set|expected|scheduled|due) to|((?:\w+\s+)?)(?:plans?|intends?) to|is to|are to)\b",
    re.I,
)
"""What a sentence tells as still to come: its date is of a plan, another sentence's of what happened."""
NOUN_BEFORE = {
    "a", "an", "the", "its", "his", "her", "their", "our", "your", "my", "over", "of", "about", "against", "with",
    "for", "on", "no", "any", "new", "such", "these", "those", "unveiled", "announced", "outlined",
}  # fmt: skip
"""Words before "plans to" that make it a noun ("a dispute over plans to cut night services"), not a plan told."""
UNRESOLVED_DAY = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b", re.I)


FORESEEN = re.compile(
    r"\b(?:expect|forecast|predict|anticipat|project|plan|intend|schedul|slated|set to|due to|likely|poised)", re.I
)
"""Words that may tell an act as foreseen, not done (:func:`_foreseen_or_done`), looked for before parsing."""
FORESEEING = frozenset(
    {"expect", "forecast", "predict", "anticipate", "project", "plan", "intend", "schedule", "slate", "set", "due"}
    | {"likely", "poised", "unlikely"}
)
"""Lemmas of the word that tells an act as foreseen: "is expected to vote", "plans to vote", "is due to vote", "is
likely to vote"."""
DECIDING = frozenset({"vote", "decide", "rule", "consider", "weigh", "debate", "deliberate", "choose", "determine"})
"""Acts whose outcome is open until they are done: a vote foreseen tells no result."""
WISHING = FORESEEING | {"hope", "want", "aim", "seek", "promise", "pledge", "vow", "try", "threaten", "wish", "need"}
"""Verbs whose act is the one they lead to ("planned to vote", "hoped to win"): a past tense of theirs tells no
outcome."""
FUTURE_AUX = frozenset({"will", "would", "shall", "should", "could", "may", "might", "must", "can", "'ll", "wo"})


def _main_verb(doc: Any) -> Any:
    """The verb a sentence tells its claim with: its root, or what a root verb of saying reports ("the ministry said
    the vote was held")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.pos_ in ("VERB", "AUX") and cue_lemma(root.lemma_.lower()) is not None:
        told = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if told:
            return told[0]
    return root


@functools.lru_cache(maxsize=4096)
def _foreseen_or_done(text: str) -> str:
    """How a sentence tells its main act (:func:`_main_verb`): "open" when it foresees a decision whose outcome it
    leaves open (an expected, planned or scheduled vote or ruling, or an act "on whether to ...": "Parliament is expected
    to vote on Wednesday on whether to hold a hearing"), "done" when it tells an act that happened (a past tense with no
    modal, not of a verb of wanting, in a sentence that foresees nothing: "Parliament approved the hearing", "the bill
    was passed", "has approved"), else "". An act foreseen as it is then done ("are expected on Monday to order
    officials to stop using the terms" / "has ordered officials to stop using the terms") is one fact to readers; so
    is a decision to come ("will coach the team" / "was appointed coach")."""
    doc = _parsed(text)
    verb = _main_verb(doc)
    if verb is None or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return ""
    foreseen = [
        c
        for h in doc
        if h.lemma_.lower() in FORESEEING
        for c in h.children
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
    ]
    if foreseen:
        whether = any(t.lower_ == "whether" for t in doc)
        return "open" if whether or any(c.lemma_.lower() in DECIDING for c in foreseen) else ""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX or verb.lemma_.lower() in WISHING:
        return ""
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and aux & {"has", "have", "had", "was", "were"}):
        return "done"
    return ""


def _forecast_and_outcome(a: Claim, b: Claim) -> bool:
    """One sentence foresees a decision and leaves its outcome open, the other tells an act done
    (:func:`_foreseen_or_done`): a prediction and an outcome, two facts however alike ("Parliament is expected to vote on
    Wednesday on whether to hold a hearing" / "Parliament approved the hearing by 112 votes to 87")."""
    if FORESEEN.search(a.text) is None and FORESEEN.search(b.text) is None:
        return False  # neither can be foreseen: no parse needed
    return {_foreseen_or_done(a.text), _foreseen_or_done(b.text)} == {"open", "done"}


def _plan_and_outcome(a: Claim, b: Claim) -> bool:
    """One sentence tells what is still to come, the other not: a plan and what became of it, two moments."""
    return _tells_future(a.text) != _tells_future(b.text)


def _tells_future(text: str) -> bool:
    """The sentence tells something as still to come ("will", "is set to", "plans to"); "plans to" as a noun
    ("over plans to cut night services") does not."""
    return any(not (m.group(1) and m.group(1).split()[0].lower() in NOUN_BEFORE) for m in FUTURE.finditer(text))


def _dated_anyway(a: Claim, b: Claim) -> bool:
    """The two sentences can give the same date after all: one's year or weekday is written in the other too
    ("won an Emmy in 2005" / "host of the 2004 and 2005 Tony Awards"), or one holds a day it does not resolve ("promised
    Tuesday, today issued" against "issued on Wednesday": today may be Wednesday) or a time counted from
    another event ("won on Tuesday ... eight years earlier" against "won it in 2008")."""
    if any(UNRESOLVED_DAY.search(d) or COUNTED_BACK.search(d) for d in (*a.dates, *b.dates)):
        return True
    if _plan_and_outcome(a, b):
        return True  # "Paul on Thursday will try to force a question" / "Roberts blocked Paul on Wednesday"
    for x, y in ((a, b), (b, a)):
        years = [d for d in _comparable(x.dates) if len(d) == 4]
        if years and all(re.search(rf"\b{d}\b", y.text) for d in years):
            return True
        days = [d for d in _comparable(x.dates) if d in WEEKDAYS]
        if days and all(re.search(rf"\b{d}\b", y.text, re.I) for d in days):
            return True  # "Granholm said Sunday ... the House will begin on Wednesday": Sunday is there too
    return False


FAR_APART = 3.0
"""Counts this many times apart are as likely two counts as one disputed."""


def _far_apart(xs: list[Figure], ys: list[Figure]) -> bool:
    return all(max(x.value, y.value) >= FAR_APART * max(min(x.value, y.value), 1e-9) for x in xs for y in ys)


def _same_counted_action(a: Claim, xs: list[Figure], b: Claim, ys: list[Figure], *, strict: bool = False) -> bool:
    """The verb a count hangs on in one sentence ("1,400 people were *moved*") is a verb of the other sentence too:
    the two count the same happening. When a count has no verb to hang on, nothing is ruled out, unless ``strict``."""
    verbs_x = {v for f in xs if (v := _count_verb(a.text, f.start - a.start))}
    verbs_y = {v for f in ys if (v := _count_verb(b.text, f.start - b.start))}
    if not verbs_x or not verbs_y:
        return not strict
    return bool(verbs_x & _dated_verbs(b.text)[1] or verbs_y & _dated_verbs(a.text)[1])


def _counting_alike(a: Claim, fa: list[Figure], b: Claim, fb: list[Figure]) -> tuple[list[Figure], list[Figure]]:
    """When a sentence gives counts of one noun for several verbs ("41 patients have been infected, and 3 patients have
    died") and the other counts for one of those verbs ("Two patients have died"), only the counts for the verbs both
    use are compared: the deaths with the deaths, not with the cases. With no verb in common, counts of known different
    outcomes (:data:`OUTCOME_OF`) are set apart the same way ("sickened 27 patients" against "41 patients have been
    infected, and 3 patients have died": 27 against 41, not the deaths); other figures are as given ("sickened 27
    patients" / "37 patients have been infected")."""
    if len(fa) + len(fb) < 3:
        return fa, fb
    va = [_count_verb(a.text, f.start - a.start) for f in fa]
    vb = [_count_verb(b.text, f.start - b.start) for f in fb]
    shared = (set(va) & set(vb)) - {None}
    if not shared:
        ka, kb = ([OUTCOME_OF.get(v or "") for v in vs] for vs in (va, vb))
        shared_kinds = (set(ka) & set(kb)) - {None}
        if not shared_kinds or len(set(ka) | set(kb)) < 2:
            return fa, fb
        return [f for f, k in zip(fa, ka, strict=True) if k in shared_kinds], [
            f for f, k in zip(fb, kb, strict=True) if k in shared_kinds
        ]
    if len(set(va) | set(vb)) < 2:
        return fa, fb
    return [f for f, v in zip(fa, va, strict=True) if v in shared], [
        f for f, v in zip(fb, vb, strict=True) if v in shared
    ]


OUTCOME_OF = {
    "die": "death", "kill": "death", "perish": "death", "drown": "death",
    "injure": "injury", "hurt": "injury", "wound": "injury",
    "infect": "illness", "sicken": "illness", "hospitalize": "illness", "hospitalise": "illness", "treat": "illness",
    "arrest": "arrest", "detain": "arrest",
    "evacuate": "evacuation", "rescue": "rescue", "trap": "trapped",
    "carry": "aboard", "board": "aboard",
}  # fmt: skip
"""Verb lemmas of what happened to the people counted, by kind of outcome: counts of one kind told with different verbs
("sickened" / "infected") may disagree; a count of deaths and a count of the sick never do; nor a count of those on
board ("a jet carrying 112 passengers") and a count of those hurt."""
VAGUE_OUTCOME = frozenset({"treat", "hospitalize", "hospitalise"})
"""Verbs whose kind of outcome the words beside them say better: "treated for injuries" is an injury."""
OUTCOME_WORDS = (
    ("aboard", re.compile(r"\b(?:on board|aboard|onboard|carrying|carried)\b", re.I)),
    ("death", re.compile(r"\b(?:died|dead|deaths?|killed|killing|fatalit(?:y|ies)|perished|drowned)\b", re.I)),
    ("injury", re.compile(r"\b(?:injur(?:ed|ies|y|ing)|hurt|wounded|wounding)\b", re.I)),
    ("illness", re.compile(r"\b(?:sickened|infected|ill)\b", re.I)),
    (
        "evacuation",
        re.compile(
            r"\b(?:evacuated|evacuation|displaced|fled (?:their|his|her) homes?|(?:left|leaving|forced (?:from|out of)|"
            r"driven (?:from|out of)) (?:their|his|her) homes?)\b",
            re.I,
        ),
    ),
    ("arrest", re.compile(r"\b(?:arrested|detained)\b", re.I)),
    ("trapped", re.compile(r"\b(?:trapped|stranded)\b", re.I)),
    ("rescue", re.compile(r"\b(?:rescued|alive|to safety|to the surface|freed)\b", re.I)),
)
"""Words of a figure's clause that say what happened to the people it counts, when its verb does not ("revised the
number of passengers on board to 108"; "17 people were treated for injuries")."""
CLAUSE_EDGE = re.compile(r"[;:()\u2014\u2013]|,(?!\d)|\s-\s|\b(?:when|after|while|as|because|but)\b")


def _outcome(c: Claim, f: Figure) -> str | None:
    """What happened to the people ``f`` counts in ``c`` (:data:`OUTCOME_OF`): the kind of its verb, else of the
    outcome word nearest to it in its clause (:data:`OUTCOME_WORDS`), else None."""
    verb = _count_verb(c.text, f.start - c.start)
    kind = OUTCOME_OF.get(verb or "")
    if kind is not None and verb not in VAGUE_OUTCOME:
        return kind
    at, end = f.start - c.start, f.end - c.start
    lo = max((m.end() for m in CLAUSE_EDGE.finditer(c.text, 0, at)), default=0)
    hi = next((m.start() for m in CLAUSE_EDGE.finditer(c.text, end)), len(c.text))
    near = [
        (m.start() - end if m.start() >= end else at - m.end(), name)
        for name, pattern in OUTCOME_WORDS
        for m in pattern.finditer(c.text, lo, hi)
        if m.end() <= at or m.start() >= end
    ]
    return min(near)[1] if near else kind


def _other_outcomes(a: Claim, xs: list[Figure], b: Claim, ys: list[Figure]) -> bool:
    """The figures count people to whom different things happened, as each sentence says: "Seventeen passengers were
    injured" / "108 passengers were on board". When either sentence does not say, nothing is ruled out."""
    ka, kb = {_outcome(a, f) for f in xs}, {_outcome(b, f) for f in ys}
    return None not in ka | kb and not ka & kb


MEN = "men"
"""The unit of "23 men": in a sentence that counts no other people ("rescuers worked to reach 23 men trapped"), all
the people it is about, as "people" is, whom another outlet may count by their role ("26 miners were trapped")."""
OTHER_PEOPLE = frozenset({"people", "women", "child", "children", "boy", "girl"})
"""Units of people beside which a count of men is only some of them ("12 men and 3 women were hurt")."""


def _whole(units: dict[str, list[Figure]]) -> str | None:
    """The unit of a sentence's count of all the people it is about: "people", else "men" alone (:data:`MEN`)."""
    if "people" in units:
        return "people"
    return MEN if MEN in units and not OTHER_PEOPLE & set(units) else None


def _as_roles(keys: set[tuple[float, str]], disputed: frozenset[tuple[float, str]]) -> set[tuple[float, str]]:
    """A sentence's figure keys, a count of men (:func:`_whole`) also as a count of each role a figure conflict
    disputes: "23 men" takes the side of "23 miners"."""
    if not any(u == MEN for _v, u in keys) or OTHER_PEOPLE & {u for _v, u in keys}:
        return keys
    roles = {u for _v, u in disputed if u in PEOPLE_OF_A_ROLE}
    return keys | {(v, r) for v, u in keys if u == MEN for r in roles}


def _people_and_role(units_a: dict[str, list[Figure]], units_b: dict[str, list[Figure]]) -> list[tuple[str, str]]:
    """Pairs of units, one in each sentence, that count all the people and people of one role (:data:`PEOPLE_OF_A_ROLE`)
    when neither sentence gives the other's unit: "Nine people were injured" / "Seventeen passengers were injured";
    "23 men trapped" / "26 miners were trapped" (:func:`_whole`)."""
    out: list[tuple[str, str]] = []
    whole_a, whole_b = _whole(units_a), _whole(units_b)
    if whole_a and whole_a not in units_b:
        out += [(whole_a, u) for u in sorted(units_b) if u in PEOPLE_OF_A_ROLE and u not in units_a]
    if whole_b and whole_b not in units_a:
        out += [(u, whole_b) for u in sorted(units_a) if u in PEOPLE_OF_A_ROLE and u not in units_b]
    return out


def _lengths_apart(units_a: dict[str, list[Figure]], units_b: dict[str, list[Figure]]) -> list[tuple[str, str]]:
    """Pairs of units of length (:data:`LENGTHS`), one in each sentence, neither given by the other sentence: "He fell
    about 200ft" / "He fell about 150 metres" tell one length in two units, which disagree when the lengths do."""
    mine = [u for u in sorted(units_a) if u in LENGTHS and u not in units_b]
    theirs = [u for u in sorted(units_b) if u in LENGTHS and u not in units_a]
    return [(u, v) for u in mine for v in theirs]


def _in_unit(f: Figure, unit: str) -> Figure:
    """A length told in another unit of length: "200 feet" as 61 metres. Whoever converts a length rounds it ("60
    metres (200 feet)"), so a length told exactly is compared as about its value (:attr:`Figure.low`)."""
    ratio = LENGTHS[f.unit] / LENGTHS[unit]
    value, floor, whole = f.value * ratio, f.floor * ratio, f.whole * ratio
    return replace(f, value=value, unit=unit, qualifier=f.qualifier or "about", floor=floor, whole=whole)


def _with_unit(figures: list[Figure]) -> str:
    """Figures of one unit with their unit, for a topic of lengths told in two units: "about 200 feet", "60 miles per
    hour"."""
    told = [
        " ".join(
            w for w in (_fmt_figures([replace(f, scope="")]), _plural(f.unit) if f.value != 1 else f.unit, f.scope) if w
        )
        for f in sorted(figures, key=lambda f: f.value)
    ]
    return "/".join(dict.fromkeys(told))


def _more_of_a_role(a: Claim, xs: list[Figure], b: Claim, ys: list[Figure]) -> bool:
    """A count of people of one role larger than the count of all the people to whom the same thing happened, as both
    sentences say: "Seventeen passengers were injured" against "Nine people were injured" (at least 17 against 9). A
    smaller one is a part of the whole, no disagreement."""
    (people, pc), (role, rc) = ((xs, a), (ys, b)) if xs[0].unit in ("people", MEN) else ((ys, b), (xs, a))
    kinds = {_outcome(pc, f) for f in people} | {_outcome(rc, f) for f in role}
    return len(kinds) == 1 and None not in kinds and all(r.low > p.high for p in people for r in role)


def _plural(unit: str) -> str:
    """The plural of a figure's unit, for a topic: "passenger" -> "passengers"."""
    return IRREGULAR_PLURALS.get(unit) or (unit if unit.endswith("s") or unit in ("crew", "staff") else unit + "s")


IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches"}


def _count_verb(text: str, offset: int) -> str | None:
    """Lemma of the verb the number at ``offset`` in ``text`` counts for (its noun's governing verb), or None."""
    doc = _parsed(text)
    tok = next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)
    steps = 0
    while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and steps < 6:
        tok, steps = tok.head, steps + 1
    return tok.lemma_.lower() if tok is not None and tok.pos_ in ("VERB", "AUX") else None


def _parsed(text: str) -> Any:
    return parsed(text)


def _figure_token(doc: Any, c: Claim, f: Figure) -> Any:
    """The token of ``doc`` (the parse of ``c.text``) that holds the start of the figure ``f``; None when none does."""
    at = f.start - c.start
    return next((t for t in doc if t.idx <= at < t.idx + max(len(t.text), 1)), None)


def _same_action(a: str, b: str) -> bool:
    """Two sentences' dates can only disagree about the same action: the verb one date is attached to (by the
    parse: "shot" in "On Tuesday night, Rittenhouse allegedly shot three people") must be a verb of the other
    sentence too, and a date of saying does not meet a date of doing. "Rittenhouse on Thursday was charged ... following shootings" dates the charge, not the
    shooting. When either sentence's date has no verb to attach to, nothing is ruled out."""
    heads_a, verbs_a, held_a, objects_a = _dated_verbs(a)
    heads_b, verbs_b, held_b, objects_b = _dated_verbs(b)
    if not heads_a or not heads_b:
        return True
    # a date of saying against a date of doing: "will unveil [Monday]" / "an official revealed [Sunday] that the
    # White House will unveil" date the unveiling and the revealing
    if _saying(a, heads_a) != _saying(b, heads_b):
        return False
    # the day compared is a calendar date's, and it dates the verb it hangs on, not another clause's verb that a
    # decade or a span dates: "founded in the 1930's by Luciano, who died in 1962" dates the death, and its "founded"
    # is no verb for "founded in 1931" to meet
    apart_a, apart_b = _calendar_verbs(a)[1], _calendar_verbs(b)[1]
    heads_a, heads_b = (heads_a - apart_a) or heads_a, (heads_b - apart_b) or heads_b
    verbs_a, verbs_b = verbs_a - apart_a, verbs_b - apart_b
    # or one event by its noun: "will hold an emergency session on Friday" / "will meet in emergency session on Thursday"
    if heads_a & verbs_b or heads_b & verbs_a or held_a & objects_b or held_b & objects_a:
        return True
    # or the act by its noun after a verb of doing it: "ordered the recall of three batches on Sunday" / "recalled three
    # batches on Monday" (not "sought the arrest on Monday" / "was arrested on Tuesday": seeking is no arresting)
    return bool(heads_a & _done_acts(b) or heads_b & _done_acts(a))


CALENDAR = re.compile(
    rf"\b(?:1[5-9]|20)\d\d\b(?!\s*['’]?s\b)|{MONTH_NAME.pattern}|\b(?:{'|'.join(WEEKDAYS)}|today|tonight|yesterday|"
    r"tomorrow)\b",
    re.I,
)
"""A date expression that names a day, a month or a year (not a decade, "the 1930's", nor a span, "three years")."""


@functools.lru_cache(maxsize=4096)
def _calendar_verbs(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(lemmas of the verbs a calendar date of the sentence hangs on (:data:`CALENDAR`); lemmas of those only another
    date expression hangs on: "founded" in "founded in the 1930's by Luciano, who died in 1962")."""
    doc = _parsed(text)
    calendar: set[str] = set()
    other: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        tok = ent.root
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and not _goal(tok):
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        # the tagger's entity may stop before the "'s" of a decade ("1930" + "'s")
        after = doc[ent.end].text if ent.end < len(doc) else ""
        said = text[ent.start_char : ent.end_char] + (after if after.lower() in ("'s", "’s", "s") else "")
        (calendar if CALENDAR.search(said) else other).add(tok.lemma_.lower())
    return frozenset(calendar), frozenset(other - calendar)


def _saying(text: str, heads: frozenset[str]) -> bool:
    """:func:`_said` of a sentence's dated verbs, leaving out a verb of saying used in its other sense, with a thing
    as its object: "recalled three batches of formula on Monday" recalls goods, it does not recount."""
    doc = _parsed(text)
    goods = {
        t.lemma_.lower()
        for t in doc
        if t.lemma_.lower() in OTHER_SENSE and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in t.children)
    }
    return bool(heads - goods) and _said(heads - goods)


OTHER_SENSE = frozenset({"recall"})
"""Verbs of saying ("she recalled that ...") with another sense when they take a thing as object (a product recall)."""


def _done_acts(text: str) -> frozenset[str]:
    """The nouns of the acts that a dated verb of doing (:data:`DOING_VERBS`) takes as its object: "recall" in
    "ordered the recall of the batches on Sunday"."""
    doc = _parsed(text)
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        tok = ent.root
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in DOING_VERBS:
            out |= {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
    return frozenset(out)


DOING_VERBS = frozenset({"order", "issue", "launch", "begin", "start", "carry", "complete", "conduct", "make"})
"""Verbs whose object names the act they date when it is a verb's noun too: "ordered the recall on Sunday" dates
the recalling (see :func:`_same_action`)."""


def _one_plain_value(figures: list[Figure]) -> bool:
    """``figures`` hold one value, written in digits (or a number of ten or more)."""
    return len({f.value for f in figures}) == 1 and all(f.plain for f in figures)


def _other_names(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The organisation or place that two sentences telling one fact name differently: one name in each that the other
    does not give, sharing the words that say what it is and differing in the ones that say which ("the former finance
    director of the Kestrel Grain Cooperative" / "of the Falcon Grain Cooperative"). People are left out: relatives share
    a surname, and "Khizr Khan" beside "Ghazala Khan" is two people in two sentences about one speech."""
    from rapidfuzz import fuzz

    for xs, ys in ((a.orgs, b.orgs), (a.places, b.places)):
        only_a, only_b = xs - ys, ys - xs
        if len(only_a) != 1 or len(only_b) != 1:
            continue
        na, nb = a.names.get(next(iter(only_a)), ""), b.names.get(next(iter(only_b)), "")
        wa, wb = re.findall(r"[A-Z][\w'’-]+", na), re.findall(r"[A-Z][\w'’-]+", nb)
        ours, theirs = set(wa) - set(wb), set(wb) - set(wa)
        if not wa or not wb or wa[-1] != wb[-1] or not ours or not theirs:
            continue  # not one kind of thing ("Grain Cooperative"), or one name in full and short ("Atlanta Braves")
        if any(fuzz.ratio(x, y) >= 80 for x in ours for y in theirs):
            continue  # one word spelled two ways ("Recognised" / "Recognized")
        if _initials_of([w for w in wa if w in ours], [w for w in wb if w in theirs]) or _initials_of(
            [w for w in wb if w in theirs], [w for w in wa if w in ours]
        ):
            continue  # one name with its first words in initials ("LA County" / "Los Angeles County")
        if any(w in b.text for w in set(wa) - set(wb)) or any(w in a.text for w in set(wb) - set(wa)):
            continue  # each sentence names both
        return na, nb
    return None


def _initials_of(short: list[str], long: list[str]) -> bool:
    """``short`` is the initials of ``long``'s words: "LA" or "L.A." of "Los Angeles"."""
    letters = "".join(short).replace(".", "")
    return len(long) >= 2 and letters.isupper() and letters == "".join(w[0] for w in long).upper()


def _agents(c: Claim) -> dict[str, set[str]]:
    """The named doer of each verb of doing of a sentence, by the parse: the object of a
    passive's "by" ("was brokered by Ossandra"; not an active verb's subject, see below), as
    the name the sentence gives it: {"broker": {"Ossandra"}}. Verbs of saying are left out: who said it is the
    attribution conflicts' business."""
    # any name the tagger saw, a person's too: it may take a country for a person ("brokered by Ossandra")
    names = [c.names.get(e, e) for e in c.entities]
    out: dict[str, set[str]] = {}
    if not names:
        return out
    for tok in _parsed(c.text):
        if tok.pos_ != "VERB" or tok.dep_ == "acl" or cue_lemma(tok.lemma_.lower()) is not None:
            continue  # a participle describing a noun tells which one, not an act ("Economists surveyed by X")
        # only a passive's "by": an active subject is too often a party named in other words ("Iranians shot down
        # a drone" / "... to spy on Iran") or a thing of the act ("The trial of X begins"); on NeuS val every
        # conflict subjects made was false
        doers = [g for k in tok.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        for doer in doers:
            # up to a comma: "by Morvania, envoy Pia Lund said" may parse as one phrase, whose head is the speaker
            said = c.text[doer.left_edge.idx : doer.right_edge.idx + len(doer.right_edge.text)].split(",")[0]
            named = [n for n in names if re.search(rf"\b{re.escape(n)}\b", said)]
            if len(named) == 1 and (named[0].split()[-1] == doer.text or said.strip() == named[0]):
                # the name is the doer itself, not a word inside it ("The trial of Donald Trump begins")
                out.setdefault(tok.lemma_.lower(), set()).add(named[0])
    return out


def _other_agents(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The doers two sentences telling one fact give the same act, when they differ: "The exchange ... was brokered
    by Ossandra" / "... was brokered by Kelvania" ("Ossandra", "Kelvania"); None when they agree, when either names
    several for the act, or when each sentence names the other's doer too ("brokered by Ossandra, not Kelvania")."""
    from rapidfuzz import fuzz

    da, db = _agents(a), _agents(b)
    for verb in sorted(da.keys() & db.keys()):
        xs, ys = da[verb], db[verb]
        if len(xs) != 1 or len(ys) != 1 or xs == ys:
            continue
        na, nb = next(iter(xs)), next(iter(ys))
        if _words_of([na]) & _words_of([nb]) or fuzz.ratio(na, nb) >= 80:
            continue  # one doer named in full and short, spelled two ways, or relatives ("Khizr Khan" / "Ghazala Khan")
        if re.search(rf"\b{re.escape(nb)}\b", a.text) or re.search(rf"\b{re.escape(na)}\b", b.text):
            continue
        return na, nb
    return None


RETOLD = 0.95
"""Pair score from which two sentences whose dates both hang on their main verb tell one event in other verbs ("was
sentenced to six years ... on Tuesday" / "was jailed for six years ... on Wednesday"): see :func:`_dates_on_root`."""


def _acts_above_dates(text: str) -> frozenset[str]:
    """The verbs that the clause of each of the sentence's dates hangs on, up to the verb that reports them: "trap"
    in both "23 miners were trapped after a roof caved in late on Sunday, rescuers said" and "23 miners were trapped
    after part of a roof collapsed early on Monday": two words for one act (caved in, collapsed) that two sentences
    nearly the same (pair score from :data:`SURE`) date under the same act."""
    out: set[str] = set()
    for ent in _parsed(text).ents:
        if ent.label_ != "DATE" and not (ent.label_ == "TIME" and _WEEKDAY_IN.search(ent.text)):
            continue
        tok, dated = ent.root, False
        while tok.head.i != tok.i:
            if tok.dep_ in ("ccomp", "parataxis"):
                break  # what the verb above reports ("..., rescuers said", "..., the tracker shows"): a frame, no act
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                if dated and cue_lemma(tok.text) is None:
                    out.add(tok.lemma_.lower())
                dated = True
    return frozenset(out)


def _dates_on_root(text: str) -> bool:
    """The sentence's dates all hang on its main verb, which is no verb of saying: what it dates is what it tells."""
    return _dates_on(text, reported=False)


def _dates_on_claim(text: str) -> bool:
    """As :func:`_dates_on_root`, or the dates hang on the verb of what a verb of saying reports: "Marsh said the levee
    had been raised in 2019" dates the raising, as "The levee was raised in 2019" does."""
    return _dates_on(text, reported=True)


def _dates_on(text: str, *, reported: bool) -> bool:
    heads = frozenset(h for h in _dated_verbs(text)[0] if not h.startswith("n:"))  # not "to six years"
    roots = [t for t in _parsed(text) if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    told = {t.lemma_.lower() for t in roots}
    for root in roots if reported else []:
        if cue_lemma(root.text) is not None:
            for k in root.children:
                if k.dep_ in ("ccomp", "parataxis") and k.pos_ in ("VERB", "AUX"):
                    told |= {k.lemma_.lower()} | {c.lemma_.lower() for c in k.children if c.dep_ == "conj"}
    return bool(heads) and heads <= told and not _said(heads)


_WEEKDAY_IN = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.I)


def one_dated_act(a: Claim, b: Claim) -> bool:
    """Two sentences aligned as one fact whose dates hang on the same verb, an act and not a saying ("The attack was
    detected early Saturday" / "The intrusion was detected on Sunday night"), neither a publication stamp and each
    with one calendar day: their dates may disagree though the pair scores below 0.72 (other words for the same
    thing). Stamps aligned as one fact ("Posted: May 24, 2005") have no such verb."""
    if not a.dates or not b.dates or STAMP.match(a.text) or STAMP.match(b.text):
        return False
    if not _calendar_dates(a.dates) == 1 == _calendar_dates(b.dates):
        return False
    if _names_a_thing(a.text) or _names_a_thing(b.text):
        return False  # "Woodward and Bernstein's 1974 book" / "the 1976 movie": two things, not one act's day
    (heads_a, verbs_a, _, _), (heads_b, verbs_b, _, _) = _dated_verbs(a.text), _dated_verbs(b.text)
    # one verb of both sentences, the only one their dates hang on (not "founded in the 1930s by Luciano, who died in
    # 1962"), not a light verb nor the event it holds: "held a hearing on March 3" / "held its hearing on March 10"
    # may be two hearings
    if len(heads_a) != 1 or heads_a != heads_b or not heads_a <= verbs_a & verbs_b or heads_a <= LIGHT_VERBS:
        return False
    # a verb of saying dates when something was said, a frame ("the company said on Monday") that may be repeated
    # on another day; one that takes the same thing as its object in both ("announced the results on Tuesday" /
    # "today announced positive topline results") dates the announcing of that thing, an act done once
    return not _said(heads_a) or bool(_said_things(a.text) & _said_things(b.text))


_DAY_NUMBER = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")


def _acts_dated(c: Claim) -> dict[str, set[str]]:
    """The calendar days (ISO) a sentence gives to each verb of doing, by the parse: {"arrest": {"2025-03-11"},
    "sentence": ...} of "She was arrested in Drovsk on 11 March 2025 and sentenced to 16 years". Only a date that names
    its day and month ("11 March 2025", "March 11") and hangs on a verb that is neither a verb of saying nor a light
    one ("held a hearing on March 3" may be another hearing)."""
    days = [d for d in _comparable(c.dates) if len(d) == 10 and d[4] == "-"]
    out: dict[str, set[str]] = {}
    if not days:
        return out
    for ent in _parsed(c.text).ents:
        month, number = MONTH_NAME.search(ent.text), _DAY_NUMBER.search(ent.text)
        if ent.label_ != "DATE" or month is None or number is None:
            continue
        told = [
            d
            for d in days
            if int(d[5:7]) == MONTHS.get(month.group(0)[:3].lower()) and int(d[8:]) == int(number.group(1))
        ]
        tok = ent.root
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        verb = tok.lemma_.lower()
        if len(told) == 1 and tok.pos_ == "VERB" and cue_lemma(verb) is None and verb not in LIGHT_VERBS:
            out.setdefault(verb, set()).add(told[0])
    return out


def one_act_two_days(a: Claim, b: Claim) -> bool:
    """Two sentences that each date the same act, on the same verb, with one calendar day, and the days differ, however
    many other dates either gives: "was arrested in Drovsk on 9 March 2025 and sentenced in December" / "She was
    arrested in Drovsk on 11 March 2025 and sentenced to 16 years" disagree on the arrest (a sentence's second date,
    the sentencing's, no longer hides it)."""
    da, db = _acts_dated(a), _acts_dated(b)
    return any(
        len(da[verb]) == 1 == len(db[verb]) and _dates_disagree(tuple(da[verb]), tuple(db[verb]))
        for verb in da.keys() & db.keys()
    )


def _said_things(text: str) -> frozenset[str]:
    """The nouns that a dated verb of saying takes as its direct object: "result" in "announced the results on
    Tuesday" (not "statement" in "said in a statement on Monday", nor the clause of "said on Monday that ...")."""
    out: set[str] = set()
    for ent in _parsed(text).ents:
        if ent.label_ != "DATE" and not (ent.label_ == "TIME" and _WEEKDAY_IN.search(ent.text)):
            continue
        tok = ent.root
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        if tok.pos_ == "VERB" and cue_lemma(tok.text) is not None:
            out |= {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
    return frozenset(out)


def _names_a_thing(text: str) -> bool:
    """A date of the sentence modifies a noun ("the 1976 movie", "Bernstein's 1974 book"): a year naming a thing. A
    part of a day is no thing: "on Thursday night" (the tagger may make "Thursday" a compound of "night") dates."""
    return any(
        ent.label_ in ("DATE", "TIME")
        and ent.root.dep_ in ("compound", "nummod", "amod", "nmod", "poss")
        and ent.root.head.lower_ not in PARTS_OF_DAY
        and TIME_WORDS.search(ent.text) is not None
        for ent in _parsed(text).ents
    )


TIME_WORDS = re.compile(
    rf"\d|{MONTH_NAME.pattern}|\b(?:{'|'.join(WEEKDAYS)}|years?|months?|weeks?|days?|decades?|century|centuries|"
    r"yesterday|today|tonight|tomorrow|spring|summer|autumn|fall|winter|season)(?:'s)?\b",
    re.I,
)
"""Words that tell a time in an entity the tagger calls a date or a time: "1976", "last year's", "Monday's". A modifier
of manner is none ("the last-minute amendments"): the tagger's "last-minute" names no thing's time."""


PARTS_OF_DAY = frozenset({"night", "morning", "afternoon", "evening", "overnight"})
"""Nouns of a part of a day, which a weekday before them dates ("Thursday night")."""


def _said(verbs: frozenset[str]) -> bool:
    """Every verb a sentence's dates hang on is a verb of saying ("revealed Sunday", "announced Monday")."""
    return all(cue_lemma(v) is not None for v in verbs)


@functools.lru_cache(maxsize=4096)
def _dated_verbs(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(lemmas of the verbs the sentence's dates are attached to; lemmas of all its verbs; the events a dated light
    verb holds, "session" in "will hold a session on Friday"; the nouns the dated verbs take as objects)."""
    doc = _parsed(text)
    heads, held, objects = set(), set(), set()
    undated: set[int] = set()  # verbs whose date belongs to the event they lead to
    for ent in doc.ents:
        if ent.label_ != "DATE" and not (ent.label_ == "TIME" and _WEEKDAY_IN.search(ent.text)):
            continue  # "on Sunday night" is a TIME to the tagger, and a day all the same
        tok = ent.root
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:  # spaCy makes a new Token per access
            if _goal(tok):
                break
            tok = tok.head
        if _goal(tok):
            heads.add("n:" + tok.lemma_.lower())
            undated.add(tok.head.head.i)
        elif (wanted := _wanted_of(tok)) is not None:
            # "came under pressure to resign on Monday", "was urged to resign on Monday": the pressing is dated, or the
            # resigning asked for; no resigning is done, so "resigned on Tuesday" is another act
            heads.add(wanted)
            undated.add(tok.i)
        elif tok.pos_ in ("VERB", "AUX"):
            heads.add(tok.lemma_.lower())
            light = tok.lemma_.lower() in LIGHT_VERBS
            for obj in _objects(tok):
                objects.add(obj.lemma_.lower())
                if light and obj.dep_ == "dobj":  # "hold an emergency session on Friday": the session is dated
                    held.add(obj.lemma_.lower())
                    if obj.lower_.endswith("ing"):
                        heads.add(obj.lemma_.lower().removesuffix("ing"))  # "hold a meeting" / "meet"
    # a participle that describes a noun is no act the sentence tells: "rejected ... the raised offer" does not raise
    verbs = frozenset(
        t.lemma_.lower() for t in doc if t.pos_ in ("VERB", "AUX") and t.i not in undated and t.dep_ != "amod"
    )
    return frozenset(heads), verbs, frozenset(held), frozenset(objects)


PRESSING_VERBS = frozenset(
    {"urge", "ask", "press", "pressure", "push", "call", "demand", "want", "refuse", "decline", "seek", "threaten"}
)
"""Verbs that ask for an act, or turn it down, without its being done: "urged her to resign on Monday"."""


def _wanted_of(verb: Any) -> str | None:
    """For a verb in a to-infinitive that names an act asked for, not done ("came under pressure *to resign* on Monday",
    "urged her *to resign* on Monday", "refused *to resign*"), what a date on it dates: the verb that asks for it
    ("urge"), or the verb the asking noun depends on ("come": the pressure came on Monday; ``n:pressure`` with none).
    None for any other verb, and for an infinitive that tells the act done ("was forced to resign", "agreed to
    resign")."""
    if verb.pos_ != "VERB" or not any(k.dep_ == "aux" and k.lower_ == "to" for k in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in PRESSING_VERBS:
        return head.lemma_.lower()
    if verb.dep_ != "acl" or head.pos_ != "NOUN":
        return None
    tok = head
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok.lemma_.lower() if tok.pos_ in ("VERB", "AUX") else "n:" + head.lemma_.lower()


def _objects(verb: Any) -> list[Any]:
    """The nouns a verb takes as its object, directly or through a preposition ("meet *in* session")."""
    out = []
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            out.append(child)
        elif child.dep_ == "prep":
            out += [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return out


LIGHT_VERBS = frozenset({"hold", "have", "stage", "host", "convene", "conduct", "schedule"})
"""Verbs whose object is the event a date dates: "will hold an emergency session on Friday" and "will meet in
emergency session on Thursday" date one session (see :func:`_same_action`)."""


def _goal(tok: Any) -> bool:
    """``tok`` is an event a verb leads to ("invited leaders *to a briefing* Wednesday", "called *for a vote*"):
    a date on it dates that event, not the inviting or the calling."""
    return bool(
        tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and tok.head.head.pos_ == "VERB"
    )


def _like(x: str, y: str) -> bool:
    """Two comparable dates of a kind: both weekdays, both calendar dates, or a weekday and a full date."""
    return (x in WEEKDAYS) == (y in WEEKDAYS) or len(x) == 10 or len(y) == 10


def _figure_words(f: Figure) -> tuple[str, ...]:
    """A figure's words for a conflict's topic: "157 of 338", "more than 200", "25 a season", "margin of 311" (a
    difference: "won by 311 votes", "leads by 200 delegates")."""
    if f.scope == "difference":
        return ("margin of", f.qualifier, f.shown)
    if f.said:
        return (f.qualifier, f.said, f.scope)  # "hundreds of thousands", not "100,000 to 999,999"
    if f.fraction:
        return (f.qualifier, FRACTION_WORDS.get(round(f.value, 1), f.shown))
    if f.floor:
        return (f.qualifier, f"{replace(f, value=f.floor, floor=0.0).shown} to {f.shown}", f.scope)
    if f.against:
        return (f"{f.shown} to {f.against:g}",)  # a vote's tally
    if f.whole:
        return (f"{f.shown} of {f.whole:,.0f}" if f.whole.is_integer() else f"{f.shown} of {f.whole:g}", f.scope)
    return (f.qualifier, f.shown, f.scope)


FRACTION_WORDS = {33.3: "a third", 25.0: "a quarter", 50.0: "half", 66.7: "two thirds", 75.0: "three quarters",
                  100.0: "all"}  # fmt: skip
"""A share told in words, as the words tell it ("nearly all", not "nearly 100")."""


def _fmt_figures(figures: list[Figure]) -> str:
    """The figures' words ("some 420 and crew", "25 a season"), by value: "9/10", not "10/9"."""
    told = {" ".join(x for x in _figure_words(f) if x): f.value for f in figures}
    return "/".join(sorted(told, key=lambda t: (told[t], t)))


HEDGED_BELOW = frozenset({"nearly", "below", "atmost"})
HEDGED_ABOVE = frozenset({"above", "atleast"})
"""Kinds of a figure (:attr:`Figure.kind`) that put the number told under or over the count it stands for: "nearly
26,000" and "more than 26,000" are two values, though each agrees with "26,000"."""


def _one_value(a: Figure, b: Figure) -> bool:
    """Two figures that give the same number, one exactly or both as estimates or bounds that agree ("26,000" and
    "about 26,000" or "more than 26,000"; "about 26,000" and "nearly 26,000"): one value in a conflict's topic. Not a
    bound under the number and one over it ("nearly 26,000" / "more than 26,000"), nor two kinds of figure ("25 a
    season" / "25")."""
    if a.value != b.value or (a.scope, a.floor, a.whole, a.against, a.fraction) != (
        b.scope,
        b.floor,
        b.whole,
        b.against,
        b.fraction,
    ):
        return False
    kinds = {a.kind, b.kind}
    if "" in kinds or "about" in kinds:
        return kinds <= {"", "about"} | HEDGED_BELOW | HEDGED_ABOVE
    return not (kinds & HEDGED_BELOW and kinds & HEDGED_ABOVE)


def _topic_values(figures: Iterable[Figure]) -> list[str]:
    """The figures' words (:func:`_figure_words`) for a conflict's topic, smallest first, each value once: an estimate or
    a bound of the number another figure gives exactly is that figure ("26,000", not "26,000 vs about 26,000")."""
    kept: list[Figure] = []
    for f in sorted(figures, key=lambda f: (f.value, f.kind != "", _fmt_figures([f]))):
        if not any(_one_value(k, f) for k in kept):
            kept.append(f)
    told = {_fmt_figures([f]): f.value for f in kept}
    return sorted(told, key=lambda t: (told[t], t))


TOPIC_HEDGE = re.compile(
    r"(?:(?<=: )|(?<= vs ))(?:about|around|some|roughly|approximately|an estimated|estimated|nearly|almost|close to"
    r"|more than|over|upwards of|at least|no fewer than|no less than)\s+(?=[\d$€£¥])"
)
"""Words of an estimate or a bound before a value of a conflict's topic ("people: about 26,000 vs 30,000")."""


def _plain_topic(topic: str) -> str:
    """A figure conflict's topic without the words of an estimate or a bound before its values: two pairs of sources
    that dispute the same numbers ("about 26,000 vs 30,000", "26,000 vs 30,000") are one conflict."""
    return TOPIC_HEDGE.sub("", topic)


def _plainer_topic(one: str, other: str) -> str:
    """Of two topics of one value each (the same :func:`_plain_topic`), each value as told exactly where one of them
    does ("people: 26,000 vs 30,000" of "about 26,000 vs 30,000" and "26,000 vs 30,000")."""
    head, _, values = one.partition(": ")
    theirs = other.partition(": ")[2].split(" vs ")
    mine = values.split(" vs ")
    if len(mine) != len(theirs):
        return one
    picked = [y if len(y) < len(x) else x for x, y in zip(mine, theirs, strict=True)]
    return f"{head}: " + " vs ".join(picked)


def _by_value(*sides: list[Figure]) -> list[str]:
    """Each side's figures (:func:`_fmt_figures`), the side with the smallest value first: "rifle: 7 vs 12"."""
    return [_fmt_figures(fs) for fs in sorted(sides, key=lambda fs: (min(f.value for f in fs), _fmt_figures(fs)))]


def _topic(a: Claim, b: Claim) -> str:
    names = {**b.names, **a.names}
    shared = sorted({names.get(e, e) for e in a.entities & b.entities})
    return ", ".join(shared[:3]) or a.text[:60]


TOPIC_WORDS = 6
"""Words at most of a negation conflict's topic (:func:`_negated_act`)."""
_ACT_PARTS = frozenset({"dobj", "attr", "acomp", "prt", "xcomp", "ccomp", "dative", "oprd", "prep", "pobj", "agent"})
_NOUN_PARTS = frozenset({"compound", "amod", "nummod", "poss", "nmod"})


def _negated_act(neg: Claim) -> str | None:
    """What a negation conflict is about, as the negated side words it: the act denied or negated and what it bears on
    ("skipped sterilisation check" in "Brisvale denied that staff at the Orlesk plant had skipped a sterilisation check
    on the drying line"; "close road" in "did not close the road"; "embezzlement charge" in "denied the embezzlement
    charge"), articles left out; None when the parse finds none. A place or a company both sides name is where or
    who, not the thing in dispute."""
    doc = _parsed(neg.text)
    cue = next((t for t in doc if DENIED.fullmatch(t.text)), None)
    verb = None
    if cue is not None:
        verb = next((k for k in cue.children if k.dep_ in ("ccomp", "xcomp") and k.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            thing = next((k for k in cue.children if k.dep_ == "dobj"), None)
            return _noun_words(thing) if thing is not None else None
    else:
        negation = next((t for t in doc if t.dep_ == "neg"), None)
        verb = negation.head if negation is not None else None
    if verb is None:
        return None
    said = _act_words(verb).split()
    return " ".join(said[:TOPIC_WORDS]) if len(said) > 1 else None


def _act_words(verb: Any, depth: int = 0) -> str:
    """A verb with what it bears on, the first part after it: its object ("skipped sterilisation check"), a
    preposition's object right after it ("agreed to pay offer") or the verb it leads to ("agreed to return to talks")."""
    words = [] if verb.lemma_ == "be" else [verb.text]  # "was not a match": the match
    for part in verb.children:
        if part.dep_ not in _ACT_PARTS or part.i < verb.i:
            continue
        if part.dep_ == "prep":
            obj = next((g for g in part.children if g.dep_ == "pobj"), None)
            if obj is None or part.i > verb.i + 1:
                continue  # "agreed to the pay offer", not "skipped it on the drying line"
            words += [part.text, _noun_words(obj)]
        elif part.pos_ in ("VERB", "AUX") and depth < 2:
            words += [t.text for t in part.lefts if t.dep_ == "aux" and t.lower_ == "to"] + [
                _act_words(part, depth + 1)
            ]
        elif part.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
            words.append(_noun_words(part))
        elif part.dep_ == "prt":
            words.append(part.text)
            continue  # "called off the strike": the particle, then the object
        break
    return " ".join(w for w in words if w)


def _noun_words(noun: Any) -> str:
    """A noun with the words that make it the thing it is ("sterilisation check", "embezzlement charge"), no article."""
    parts = [t for t in noun.lefts if t.dep_ in _NOUN_PARTS and t.pos_ != "DET"]
    return " ".join([*(t.text for t in parts), noun.text])


_STEM = re.compile(r"[a-z]{3,}")
_FUNCTION = {
    "the", "and", "was", "were", "had", "has", "have", "been", "that", "this", "for", "with", "its", "their", "any",
    "all", "some", "every",
}  # fmt: skip
"""Words after a negation that are not what it denies ("denied *any* wrongdoing")."""


COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|might|should)(?:\s+not|n[’']t)\s+have\b|\b(?:would|could)(?:\s+not|n[’']t)\b.*\b(?:if|unless)\b",
    re.I,
)
"""A negation under a condition ("would not have placed Bush on injured reserve if ..."): no denial."""


RELATIVE = re.compile(r"\s*(?:who|which|whose|where|when)\b", re.I)
CONTRAST = re.compile(r",\s*but\b", re.I)
NOT_UNTIL = re.compile(r"[^.;]{0,60}?\buntil\b", re.I)
"""'It wasn't until May 2005 that ...', 'didn't take the lead until ...': a when, not a denial."""
SUBORDINATE = re.compile(r"\b(?:while|although|though|even if|despite|whereas|if|unless)\b[^,;]*$", re.I)
"""The negation sits in a clause that concedes, contrasts or sets a condition ("While Ross wasn't signed on to more
films, the stars are", "Despite reports that he would not return, ...", "If he doesn't, he should resign"): the
sentence states its main clause."""
REFUSALS = frozenset({"rejected", "refused", "refuses"})
REFUSED_CLAIM = re.compile(
    r"\s+(?:to|that)\b|\s+(?:(?:the|their|his|her|its|any|all)\s+)?(?:[a-z]+\s+)?(?:claims?|allegations?|accusations?|"
    r"reports?|suggestions?|assertions?|idea|notion|charges?|findings?|account)\b",
    re.I,
)
"""What makes a refusal deny what another outlet states: "refused to close the road" denies "closed the road", "rejected
the allegations" an allegation. Rejecting a thing ("rejected the hostile bid", "refused the offer") is an act of its own:
the bid was made all the same."""
NOT_A_DENIAL = re.compile(r"\s+(?:only|just|least|less|more so|doubt|to mention|surprisingly|idea|comment)\b", re.I)
"""Words after a negation that make no denial: "not only", "none more so", "no doubt", "we have no idea"."""
UNSAID = re.compile(
    r"(?:\w+\s+)??(?:(?:specif|say|said|disclos|confirm|reveal|know|identif|releas|explain|indicat)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:which|whether|how|what|why|who|when|where|if)\b|(?:comment|elaborat|respond)\w*)",
    re.I,
)
"""A negated report of a detail ("did not specify which bullet", "did not say whether", "did not immediately
respond"): what was not said, not a denial of what another outlet states. "The results have not been released"
against "were released on Wednesday" stays a disagreement."""


ALLEGED = re.compile(
    r"\b(?:(?:accusations?|allegations?|claims?|charges?)\s+(?:that|of)|accused\s+of|alleged(?:ly)?)\b", re.I
)
"""An accusation reported ("Reade's accusation that he ...", "is accused of", "allegedly") is not a fact stated: its
denial elsewhere disputes the accuser, not the other outlet. Not an accusation the sentence makes of something else
("said he has barely spoken to Biden, accusing the White House of shifting")."""


DENIED = re.compile(r"\b(?:denied|denies|deny|denying)\b", re.I)
ADMITTED = re.compile(
    r"\b(?:admitted|admits|admit|admitting|acknowledged|acknowledges|acknowledging|conceded|concedes|conceding|"
    r"confessed|confesses|confessing)\b",
    re.I,
)


def denied_and_admitted(a: Claim, b: Claim) -> bool:
    """One claim says someone denied what the other says was admitted ("Müller-Hartig, who denied the embezzlement
    charge throughout the trial, ..." / "Müller-Hartig admitted the embezzlement charge"; "denied that any ballot boxes
    had arrived ... with broken seals" / "acknowledged that three ballot boxes ... had arrived ... with broken seals"):
    the words denied first are the admitted words, and neither sentence says both or denies the admission."""
    for x, y in ((a, b), (b, a)):
        d, m = DENIED.search(x.text), ADMITTED.search(y.text)
        if d is None or m is None or DENIED.search(y.text) or ADMITTED.search(x.text):
            continue
        if NEGATION.search(y.text[max(0, m.start() - 20) : m.start()]):
            continue  # "did not admit the charge"
        words = re.findall(r"[A-Za-z]{3,}", x.text[d.end() : d.end() + 80])
        denied = [w.lower() for w in words if w[0].islower() and w.lower() not in _FUNCTION][:4]
        admitted = {w[:5] for w in _STEM.findall(y.text[m.end() :].lower())}
        if denied and denied[0][:5] in admitted and sum(w[:5] in admitted for w in denied) * 2 >= len(denied):
            return True
    return False


NO_LONGER = re.compile(r"\s+longer\b", re.I)
""""no longer": a state that stopped; the words negated come after it."""
STOPPED = re.compile(r"\bno\s+longer\b|\bnot\s+any\s?more\b|\bn[’']t\s+any\s?more\b", re.I)
"""A negation that says a state stopped ("are no longer being diverted"): told days after the state, an update."""


SUSPECTED = re.compile(r"\b(?:charged|suspicion|suspected|arrested|indicted|convicted)\b", re.I)
"""A charge or a suspicion told ("charged on suspicion of arson"): what a denial answers, not the act stated as
done."""


def denied_and_stated(a: Claim, b: Claim) -> bool:
    """One claim says someone denied doing what the other states as done, in the outlet's own firm words
    ("BlackVellum denied stealing patient data from Tolvera" / "The BlackVellum group stole patient data from
    Tolvera"): the verb denied is, by its lemma, a verb of the other ("stealing" / "stole"), most of the words after
    it are the other's, and the other names whoever denied it. Not a denial of a noun ("denied the allegations",
    "denied wrongdoing": :func:`denied_and_admitted` takes those against an admission), nor against a sentence that
    reports an accusation ("accused of stealing"), hedges ("may have stolen"), negates or reports the denial too."""
    for x, y in ((a, b), (b, a)):
        d = DENIED.search(x.text)
        if (
            d is None
            or DENIED.search(y.text)
            or ADMITTED.search(y.text)
            or y.negated
            or y.modality != "asserted"
            or ALLEGED.search(y.text)
            or SUSPECTED.search(y.text)
        ):
            continue
        doc = _parsed(x.text)
        deny = next((t for t in doc if t.idx == d.start()), None)
        if deny is None:
            continue
        # the act denied is what "denied" governs ("denied stealing"), not a verb beside it ("denied arson following
        # a fire": no act denied)
        verb = next(
            (t for t in doc[deny.i + 1 : deny.i + 5] if t.pos_ == "VERB" and t.head.i == deny.i and t.dep_ != "advcl"),
            None,
        )
        denier = next((t for t in deny.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if verb is None or denier is None or not re.search(rf"\b{re.escape(denier.text)}\b", y.text, re.I):
            continue
        if verb.lemma_.lower() not in {t.lemma_.lower() for t in _parsed(y.text) if t.pos_ in ("VERB", "AUX")}:
            continue
        words = re.findall(r"[A-Za-z]{3,}", x.text[verb.idx + len(verb.text) : verb.idx + len(verb.text) + 60])
        denied = [w.lower() for w in words if w[0].islower() and w.lower() not in _FUNCTION][:3]
        theirs = {w[:5] for w in _STEM.findall(y.text.lower())}
        if denied and sum(w[:5] in theirs for w in denied) * 2 > len(denied):
            return True
    return False


SAID_DENIED = re.compile(
    r"\b(?:never|not|n[’']t)\s+(?:ever\s+)?(?:said|say|told|tell|claimed|claim|declared|declare)\b"
    r"|\bden(?:ied|ies|y|ying)\s+(?:ever\s+|having\s+|that\s+\w+\s+(?:had\s+|has\s+)?(?:ever\s+)?)?"
    r"(?:said|saying|told|telling|claimed|claiming|declared|declaring)\b",
    re.I,
)
"""A speaker who denies having said something: "I never said the talks were dead", "did not say", "denied saying",
"denies that she had said"."""


def denied_saying(a: Claim, b: Claim) -> str | None:
    """One claim has its speaker deny saying what the other reports said ("I never said the talks were dead," Vorn told
    the Star / "The talks are dead," Vorn told reporters): the words she denies saying (up to the end of their clause)
    are, at least two and most of them, in the other sentence, which names the speaker and denies nothing itself. A
    denial is the opposite of what it denies: never a second source of it. Not a denial of other words ("I never said
    the deal was signed" against "the talks are dead"), nor what the speaker did not tell ("did not say when the talks
    would resume"). Returns the words denied ("the talks were dead"), or None."""
    for x, y in ((a, b), (b, a)):
        m = SAID_DENIED.search(x.text)
        if m is None or SAID_DENIED.search(y.text) or DENIED.search(y.text):
            continue
        names = {n.split()[-1].lower() for n in x.speakers}
        if names and not any(re.search(rf"\b{re.escape(n)}\b", y.text.lower()) for n in names):
            continue
        said = re.split(r"[.;!?\"”]", x.text[m.end() :], maxsplit=1)[0]
        if re.match(r"\s*(?:when|whether|what|how|why|where|who|which|if)\b", said, re.I):
            continue  # "did not say when the talks would resume": what she kept to herself, no words denied
        denied = [w.rstrip("s") for w in content_terms(said)]
        theirs = {w[:5] for w in content_terms(y.text)}
        if len(denied) >= 2 and sum(w[:5] in theirs for w in denied) * 2 > len(denied):
            return " ".join(said.split())
    return None


DISPUTED_VERBS = (
    r"contradict(?:ed|s|ing)?|disput(?:ed|es|e|ing)|refut(?:ed|es|e|ing)|den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)?"
)
REPORT_WORDS = (
    r"the|an?|any|some|several|earlier|recent|media|news|press|published|newspaper|magazine|television|tv|radio|online"
    r"|unconfirmed|local|foreign"
)
"""Words before a report's noun that say whose or which report it is: "a newspaper report", "earlier media reports"."""
DISPUTED_REPORT = re.compile(
    rf"\b(?:{DISPUTED_VERBS})\s+(?:(?:{REPORT_WORDS}|(?-i:[A-Z])[\w.&-]*|\w+['’]s?)\s+){{0,3}}"
    r"(?:reports?|claims?|suggestions?|rumou?rs?|accounts?|speculation)\s+that\s+",
    re.I,
)
"""Someone disputes what reports say ("Marr contradicted reports that she held talks with Penn", "denied reports that
...", "dismissed suggestions that ...", "denied a newspaper report that ...", "disputed the Ledger's account that
..."): what follows "that" is what the sentence disputes, not what it states."""


def _dispute_conflict(a: Claim, b: Claim) -> Conflict | None:
    """The negation conflict of a report disputed in one claim and stated in the other (:func:`disputed_report`)."""
    if (dispute := disputed_report(a, b)) is None:
        return None
    disputing, reported, disputed_words = dispute
    how = "reported in one outlet, disputed in the other"
    return Conflict("negation", f"disputed: {disputed_words}", [disputing, reported], how, opposed=DISPUTED_VERBS)


def _disputed_reports(claims: list[Claim], groups: dict[str, str]) -> set[tuple[int, int]]:
    """Pairs (i < j) of claims of two sources where one disputes a report of what the other states, by the other's
    verb ("Varnholt denied a newspaper report that inspectors had flagged the storage tank" / "Inspectors flagged
    corrosion on tank T-4"): one thing, however far apart the rest of the two sentences. The other outlet's own
    telling of the denial is the denial's fact, so the report and its dispute are seldom one fact and the dispute
    repeats the report's words in few of its own: they are compared whatever their pair score. A report of another
    act with the same nouns ("denied reports that inspectors had closed the depot" / "Inspectors visited the depot")
    is no such pair."""
    disputing = [k for k, c in enumerate(claims) if DISPUTED_REPORT.search(c.text)]
    out: set[tuple[int, int]] = set()
    for i in disputing:
        x = claims[i]
        act = _disputed_act(x.text)
        if act is None:
            continue
        for j, y in enumerate(claims):
            if groups[x.article] == groups[y.article] or y.modality != "asserted":
                continue
            if act in _verb_lemmas(y.text) and disputed_report(x, y) is not None:
                out.add((min(i, j), max(i, j)))
    return out


def _disputed_act(text: str) -> str | None:
    """The lemma of the verb a disputed report tells ("flag" in "denied a newspaper report that inspectors had flagged
    the tank"): the verb of the clause after "that" that the clause hangs on, not one of a clause inside it."""
    m = DISPUTED_REPORT.search(text)
    if m is None:
        return None
    clause = [t for t in _parsed(text) if t.idx >= m.end()]
    inside = {t.i for t in clause}
    return next((t.lemma_.lower() for t in clause if t.pos_ == "VERB" and t.head.i not in inside), None)


def _verb_lemmas(text: str) -> set[str]:
    """The lemmas of a sentence's verbs, not its auxiliaries ("had flagged": "flag")."""
    return {t.lemma_.lower() for t in _parsed(text) if t.pos_ == "VERB"}


def disputed_report(a: Claim, b: Claim) -> tuple[Claim, Claim, str] | None:
    """One claim disputes reports of what the other states ("Marr contradicted reports that she held talks with
    Treasurer Penn on a ferry measure" / "Marr and Treasurer Penn were expected to talk about aid for the ferry
    companies"): the words disputed (up to the end of their clause) are, at least two of them beside names and most of
    them, in the other sentence, which disputes, denies and negates nothing itself. A dispute is the opposite of what
    it disputes, never a second source of it. Returns (the disputing claim, the other, the words disputed), or None."""
    for x, y in ((a, b), (b, a)):
        m = DISPUTED_REPORT.search(x.text)
        if m is None or y.negated or DISPUTED_REPORT.search(y.text) or DENIED.search(y.text):
            continue
        said = re.split(r"[.;!?\"”]", x.text[m.end() :], maxsplit=1)[0]
        disputed = [w.rstrip("s") for w in content_terms(said) if not any(ch.isdigit() for ch in w)]
        theirs = {w[:5] for w in content_terms(y.text)}
        shared = [w for w in disputed if w[:5] in theirs]
        names = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", said)}
        if len([w for w in shared if w not in names]) >= 2 and len(shared) * 2 > len(disputed):
            return x, y, " ".join(said.split())
    return None


SO_FAR = re.compile(
    r"\b(?:has|have)\s+(?:not|yet\s+to)\b|\b(?:hasn|haven)['’]t\b|\bnot\s+yet\b|\byet\s+to\b|\bstill\s+not\b", re.I
)
"""Words that tell a negated state as it stands when the report is written ("Vuletić has not conceded.", "has yet to
sign", "have not conceded anything"): true until something changes it."""


def _done_since(neg: Claim, other: Claim) -> bool:
    """The negating sentence tells how things stood when its article was written and the other tells the act done
    later: a change over time, two moments, not a dispute ("Vuletić has not conceded." on election night, "Vuletic
    conceded on Thursday evening." on Thursday). Later: every full date the other sentence gives is after the
    negating article's day (and after any day its sentence gives); a sentence that gives no date counts on its
    article's day when the negation is told as a state so far (:data:`SO_FAR`), not for a denial of having said
    something (a report of past words may come out after the denial). An act dated before the negation ("conceded on
    Sunday" / Monday's "I have not conceded anything") stays a dispute."""
    if not neg.published or not other.published:
        return False
    told = max([d for d in _calendar(neg) if len(d) == 10] + [neg.published[:10]])
    days = [d for d in _calendar(other) if len(d) == 10]
    if days:
        return min(days) > told
    return bool(SO_FAR.search(neg.text)) and other.published[:10] > told and denied_saying(neg, other) is None


def _negates(a: Claim, b: Claim) -> bool:
    """The negation in one claim bears on what the other states: most of the content words right
    after the negation ("did not *close the road*") are in the other claim. "60 firefighters were
    deployed and nobody was injured" does not negate "60 firefighters fought the blaze"."""
    neg, other = (a, b) if a.negated else (b, a)
    m = NEGATION.search(neg.text)
    if m is None or COUNTERFACTUAL.search(neg.text) or NOT_UNTIL.match(neg.text, m.end()):
        return False
    if any(c.text.rstrip(" \"'\u201d\u2019").endswith("?") for c in (a, b)):
        return False  # "will Lionsgate pay it?" states nothing to deny
    if _plan_and_outcome(a, b):
        return False  # "Paul will try to force Roberts to read the question" / "Roberts would not read it"
    if ALLEGED.search(other.text):
        return False  # "denied her claims he assaulted her" / "was asked about her accusation that he assaulted her"
    clause = neg.text[: m.start()]
    if RELATIVE.match(clause[clause.rfind(",") + 1 :]) or CONTRAST.search(neg.text, m.end()):
        return False  # "Palin, who was not at the church, ...", "It's not Patch Tuesday, but ...": a side remark
    if SUBORDINATE.search(clause) or NOT_A_DENIAL.match(neg.text, m.end()) or UNSAID.match(neg.text, m.end() + 1):
        return False
    if m.group(0).lower() in REFUSALS and not REFUSED_CLAIM.match(neg.text, m.end()):
        return False  # "The board rejected the hostile bid" does not deny "Pell Motors launched a hostile bid"
    # the denied words, not the names around them: "not a guarantee that Gary Ross will be back" shares only
    # "Gary Ross" with "the future of Gary Ross's involvement remains uncertain"
    end = m.end()
    if longer := NO_LONGER.match(neg.text, end):
        end = longer.end()  # "are no longer being diverted": what stopped is "diverted"
    words = re.findall(r"[A-Za-z]{3,}", neg.text[end : end + 80])
    after = [w.lower() for w in words if w[0].islower() and w.lower() not in _FUNCTION][:4]
    if not after:
        return False
    their_words = _STEM.findall(other.text.lower())
    theirs = {w[:5] for w in their_words}
    # the word negated first ("has not been officially *sanctioned*", "wasn't a *match* for Manning") must be
    # the other's: "not sanctioned by the court that ordered her" does not deny "a court-ordered stint"
    head = next((w for w in after if not w.endswith("ly")), after[0])
    stem = head[:5] if len(head) > 5 else head[:4]  # "stop" / "stopped"
    said = any(w.startswith(stem) for w in their_words)
    if said and re.search(rf"\b(?:against|avoid(?:ed|ing)?|escap(?:e|ed|ing))\s+(?:being\s+)?{stem}", other.text, re.I):
        return False  # "must not be extradited" / "won his legal battle against being extradited": the same
    return said and sum(w[:5] in theirs for w in after) * 2 >= len(after)


def figures_by_unit(claims: Sequence[Claim], groups: dict[str, str]) -> dict[str, list[tuple[str, Claim]]]:
    """Unit -> the (source, claim) pairs of the story that give a figure in it: the index
    :func:`single_source_figures` looks a story's figures up in, made once per story."""
    out: dict[str, list[tuple[str, Claim]]] = {}
    for c in claims:
        for unit in dict.fromkeys(f.unit for f in c.figures):
            out.setdefault(unit, []).append((groups.get(c.article, c.article), c))
    return out


def single_source_figures(
    fact: Fact, groups: dict[str, str], story: dict[str, list[tuple[str, Claim]]] | None = None
) -> list[Figure]:
    """Figures of a fact's representative sentence that no other independent source gives, in the fact or, with
    ``story`` (:func:`figures_by_unit`), in any sentence of the story with a figure of the same unit ("about four
    minutes" where the others say "minutes before"): the fact is corroborated, that detail is not. "80 firefighters"
    is no source's own when another outlet writes "more than 80 firefighters and 20 engines" in a sentence of its
    own."""
    rep = fact.representative
    own = groups.get(rep.article, rep.article)
    # the sentences on the other side of the fact's conflict are no source of what it states
    others = [c for c in fact.claims if groups.get(c.article, c.article) != own and id(c) not in fact.against]
    if not others:
        return []
    units = dict.fromkeys(f.unit for f in rep.figures)
    others += [c for u in units for g, c in (story or {}).get(u, ()) if g != own]
    theirs = [g for c in others for g in c.figures]
    return [
        f
        for f in rep.figures
        if (len(f.unit) >= 3 or f.unit == "%")  # "1.9 percent stopped treatment" is a figure like any count
        and f.unit not in _NOT_UNITS
        and not f.weak  # "two of them", "both": too weak to call a detail
        and not any(f.agrees(g) for g in theirs)
    ]


_NOT_UNITS = frozenset({"the", "and", "for", "them", "those", "these", "our", "their", "his", "her", "who", "which"})


def _position(conflict: Conflict, side: Claim) -> Any:
    """What a side of a figure, date or negation conflict says: its disputed figures, its date, or whether
    it negates."""
    if conflict.kind == "figure":
        # a revision's own figure, not the earlier one it names ("27 miners ..., revising upward the 23 it first
        # reported" takes the position of "trapping 27 miners", not one of its own)
        now = {(f.value, f.unit) for f in revision_figures(side)}
        told = _as_roles(now, conflict.disputed) & conflict.disputed
        told = told or _as_roles(side.figure_keys(), conflict.disputed) & conflict.disputed
        # "Two workers were killed" and "Two people have died" of one toll (:func:`_toll_series`) say the same
        return frozenset(
            (v, "people") if u in PEOPLE_OF_A_ROLE and (v, "people") in conflict.disputed else (v, u) for v, u in told
        )
    if conflict.kind == "negation" and conflict.opposed:
        return bool(re.search(rf"\b(?:{conflict.opposed})\b", side.text, re.I)) != side.negated
    if conflict.kind == "negation":
        return side.negated
    if conflict.kind == "time":
        return frozenset(clock_minutes(side.text))
    if conflict.kind == "name":
        # the names of the topic ("name: Kelvania vs Ossandra") that the side gives
        names = conflict.topic.split(": ", 1)[-1].split(" vs ")
        return frozenset(n for n in names if re.search(rf"\b{re.escape(n)}\b", side.text))
    return _date_of(side)


def _date_of(c: Claim) -> str:
    """The date a side of a date conflict gives (one comparable date, else its first expression)."""
    return (_comparable(c.dates) or list(c.dates) or [""])[0]


def same_side(conflict: Conflict, a: Claim, b: Claim) -> bool:
    """Two sides of one conflict that say the same ("on Monday" and 2026-03-09, a Monday); always false for
    a presentation conflict, whose sides differ in how they give the same figure."""
    if conflict.kind not in ("figure", "date", "negation", "time", "name"):
        return False
    x, y = _position(conflict, a), _position(conflict, b)
    if conflict.kind == "time":
        return any(min(abs(u - v), 1440 - abs(u - v)) <= HOURS_APART for u in x for v in y)
    return _same_date(x, y) if conflict.kind == "date" else x == y


def positions(conflict: Conflict) -> list[list[Claim]]:
    """The sides of a conflict grouped by what they say (two outlets giving 23 are one position)."""
    out: list[list[Claim]] = []
    for side in conflict.sides:
        same = next((p for p in out if same_side(conflict, p[0], side)), None)
        if same is None:
            out.append([side])
        else:
            same.append(side)
    return out


def position_sizes(held: list[list[Claim]], groups: dict[str, str]) -> list[int]:
    """How many independent sources take each of a conflict's positions (see :func:`positions`)."""
    return [len({groups.get(x.article, x.article) for x in p}) for p in held]


def revised_position(conflict: Conflict) -> list[Claim]:
    """The sides of a figure conflict that give their figure as a revision of an earlier one ("17 people, fewer
    than first reported"), when exactly one position does; or those of the latest day when the figure was told day by
    day (:func:`latest_told`) and no revision is as late; else none."""
    if conflict.kind != "figure":
        return []
    held = positions(conflict)
    worded = _worded_revision(conflict, held)
    latest = latest_told(conflict, held)
    if latest and not (worded and max(x.published or "" for x in worded) >= max(x.published or "" for x in latest)):
        # "65% contained on Wednesday, up from 40%" revises Tuesday's figure; Thursday's "80% contained" is later
        return latest
    return worded


def latest_told(conflict: Conflict, held: list[list[Claim]] | None = None) -> list[Claim]:
    """The sides of the position of a figure conflict that its latest article gives, when every side's article is dated
    (``Claim.published``, a dateline's day for a wire) and no other position is given that day: the figure known now
    of a count told day by day (hectares burned, homes destroyed, a share contained), of which the earlier ones were
    those known then. Two figures given on the latest day disagree: none."""
    if conflict.kind != "figure":
        return []
    held = positions(conflict) if held is None else held
    if len(held) < 2 or not all(x.published for p in held for x in p):
        return []
    last = [max(str(x.published) for x in p) for p in held]
    top = [p for p, day in zip(held, last, strict=True) if day == max(last)]
    if len(top) != 1 or not any(_told_as_now(x, conflict) for x in top[0] if str(x.published) == max(last)):
        # "About 45 firefighters were at the scene at the height of the fire": a count of a past moment, which a later
        # report does not update but disputes; nor does a later report that repeats one side's figure of a past act
        # ("the week's biggest story was the fall of the governor, sentenced on Tuesday to eight years"), however
        # that side's own first report told it ("has been sentenced to eight years")
        return []
    return top[0]


def _told_as_now(side: Claim, conflict: Conflict) -> bool:
    """The side gives one of the conflict's figures in words of the present (:data:`AS_NOW`, up to 80 characters before
    the figure, "has burned 11,800 hectares and destroyed 52 homes", or 40 after it)."""
    drafted = _cued_figures(side, DRAFTED, words=DRAFTED_WORDS)
    for f in side.figures:
        if (f.value, f.unit) in conflict.disputed and (f.value, f.unit) not in drafted:
            # (a draft's figure, or what would have been, is the document's: "would have set the tariff at 20%")
            s, e = f.start - side.start, f.end - side.start
            if AS_NOW.search(side.text[max(0, s - 80) : e + 40]) or FINAL.search(side.text[max(0, s - 40) : e + 40]):
                return True
    return False


def _worded_revision(conflict: Conflict, held: list[list[Claim]]) -> list[Claim]:
    """The sides of the one position that gives its figure in words of revision (:data:`REVISED`), with the sides
    that give the revised value in other words; else none."""
    revising = [p for p in held if any(revision_figures(x) for x in p)]
    if len(revising) > 1 and all(any(RISEN.search(x.text) or PROGRESS.search(x.text) for x in p) for p in revising):
        # a toll updated day by day ("have now died": 7, "are now confirmed dead": at least 11): the largest is the latest
        top = max(max(f.value for x in p for f in revision_figures(x)) for p in revising)
        revising = [p for p in revising if any(f.value == top for x in p for f in revision_figures(x))]
    if len(revising) > 1 and all(x.published for p in revising for x in p):
        # revised day by day ("rose to three" on Wednesday, "revised ... to four" on Thursday): the latest day's
        last = max(str(x.published) for p in revising for x in p)
        latest = [p for p in revising if any(str(x.published) == last for x in p)]
        revising = latest if len(latest) == 1 else revising
    if len(revising) != 1:
        return []
    # a side that gives the revised value in other words ("41 patients" beside "41 cases, up from 27") takes it too
    values = {f.value for x in revising[0] for f in revision_figures(x)}
    told = [{v for v, _unit in _position(conflict, p[0])} for p in held]
    return [x for p, v in zip(held, told, strict=True) if p is revising[0] or (v and v <= values) for x in p]


FORMER_AFTER = re.compile(
    r"%?(?:\s+(?:to|-)\s+\d[\d,.]*)?(?:\s+[a-z]+){0,2}?\s+(?:first|initially|originally|previously|earlier)\s+"
    r"(?:reported|announced|given|stated|estimated|published|counted|said)\b"
    # "not eleven as Orrin Rail first said": the figure a source first gave, named between
    r"|%?(?:\s+[a-z]+)?,?\s+(?:as|that)\s+(?:[\w'’.&-]+\s+){0,4}?(?:first|initially|originally|previously|earlier)\s+"
    r"(?:reported|announced|given|stated|estimated|published|counted|said|thought)\b",
    re.I,
)
FORMER_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+|an?\s+)?(?:initial\s+|original\s+|earlier\s+|first\s+|previous\s+)?"
    r"(?:(?:figure|count|toll|total|estimate|number)\s+of\s+)?[$€£]?$|\bnot\s+(?:the\s+)?[$€£]?$",
    re.I,
)


def revision_figures(c: Claim) -> list[Figure]:
    """The figures a sentence gives as revised (:data:`REVISED`), without those it gives as the earlier ones: 311 in
    "put her lead at 311 votes, down from the 1,040 first announced"; none in "the March numbers were revised to be
    not as bad as the 8.7% initially reported", which revises a figure it does not give."""
    if not REVISED.search(c.text):
        return []
    return [
        f
        for f in c.figures
        if not any(FORMER_AFTER.match(c.text, end) for end in _number_ends(c, f))
        and not FORMER_BEFORE.search(c.text[: f.start - c.start])
    ]


_NUMBER = re.compile(r"[$€£]?\d[\d,.]*\d|[$€£]?\d")


def _number_ends(c: Claim, f: Figure) -> set[int]:
    """Where a figure ends in its sentence, and where its number does if the figure took the next word for its unit
    ("200 first" of "the 210 to 200 first announced")."""
    start = f.start - c.start
    number = _NUMBER.match(c.text, start)
    return {f.end - c.start} | ({number.end()} if number else set())


def outvoted(conflicts: list[Conflict], groups: dict[str, str]) -> set[int]:
    """Ids of the claims on the side of a conflict that fewer independent sources take than another side
    (a figure, date or negation that one outlet gives against two), or that a revision replaces. A tie outvotes no
    one."""
    out: set[int] = set()
    for c in conflicts:
        if c.kind not in ("figure", "date", "negation", "name", "time"):
            continue
        if revised := revised_position(c):
            # "17 people had been treated in hospital, fewer than first reported": the figure as revised wins
            out |= {id(x) for x in c.sides if not any(x is r for r in revised)}
            continue
        held = positions(c)
        sizes = position_sizes(held, groups)
        top = max(sizes, default=0)
        if sizes.count(top) == 1:
            out |= {id(x) for p, n in zip(held, sizes, strict=True) if n < top for x in p}
    return out


RISEN = re.compile(
    r"\b(?:death toll|toll|number of [a-z]+(?:\s+(?!(?:who|that|which|whom)\b)[a-z-]+){0,10}?|deaths?)"
    # the event the toll is of, between ("The death toll from Monday night's explosion at the plant rose to three")
    r"(?:\s+(?:from|in|of|after)\s+[^.;:!?\d]{0,90}?)??\s+(?:has\s+|had\s+)?"
    r"(?:rose|risen|rises|climbed|jumped|increased|grown|grew)\s+to\b"
    r"|\b(?:have|has|had)\s+now\s+(?:died|been killed|been confirmed dead)\b"
    r"|\b(?:are|is|were|was)\s+now\s+(?:confirmed\s+|reported\s+|known\s+to\s+be\s+)?dead\b",
    re.I,
)
"""Update wording of a death toll ("the death toll rose to 7", "Seven people have now died", "At least 11 people are
now confirmed dead"), or of any count told as a number that rose ("The number of residents evacuated after the
derailment in Penwick rose to 1,800 on Wednesday", in one clause): a count that a later report gives as the count so
far, a revision upwards of an earlier report's, not another outlet's disagreement with it. A toll only rises, so of several reports in these words
the largest is the latest (:func:`revised_position`)."""
PROGRESS = re.compile(
    r"\b(?:had|have|has|are|is|were|was)\s+(?:now\s+)?(?:been\s+)?(?:now\s+)?"
    r"(restored|reopened|contained|repaired|reconnected|recovered|back online)\b",
    re.I,
)
"""Wording of a recovery told as its share so far ("70 percent of its systems had been restored", "nearly all of its
systems had been restored", "the fire is 40% contained"): a share that only grows, so of two reports of one recovery
the larger is the later (:func:`revised_position`), an update of the other, not a disagreement with it, and the earlier
report is no source of the later."""
RECOVERY_KINDS = {"contained": "contained"}
"""The kind of recovery each :data:`PROGRESS` word tells, where it is not one of systems or services coming back: a
fire "contained" is its own kind. Every other word ("restored", "back online", "reconnected", "recovered", "repaired",
"reopened") tells one thing back in service, so "70 percent of its systems are back online" and "nearly all of its
systems had been restored" are two reports of one recovery, whichever word each outlet uses."""


def recovery_kind(word: str) -> str:
    """The kind of recovery a :data:`PROGRESS` word tells (:data:`RECOVERY_KINDS`)."""
    word = " ".join(word.lower().split())
    return RECOVERY_KINDS.get(word, "service")


CORRECTED_TO = re.compile(
    r"\b(?:revis|correct|amend)(?:ed|ing|es|s)\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+)??([a-z]+)\b"
    r"(?=(?:\s+[\w'’.-]+){0,9}?\s+to\s+[$€£]?\d)",
    re.I,
)
"""A sentence that corrects a named figure to a new value ("The court on Wednesday corrected the fine imposed on the
former governor to 150,000 euros"): the noun (group 1) says what the figure is, the value after "to" is the new one."""

SPELLED_NUMBER = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
"""A number written as a word ("eleven")."""

REVISED = re.compile(
    r"\b(?:fewer|less|more|lower|higher) than (?:first|initially|originally|previously|earlier) "
    r"(?:reported|thought|stated|announced|estimated|said|feared)\b"
    r"|\b(?:down|up) from (?:the |an? )?(?:initial |original |earlier |first )?[$€£]?\d[\d,.]*"
    # "revising its earlier figures": the earlier figures named as such
    r"|\b(?:revis|correct)(?:ed|ing|es|s) (?:the |its |their |his |her )?(?:earlier |previous |initial |first |original )?"
    r"(?:death )?(?:figure|number|count|toll|total|estimate)s?\b"
    r"|\brevis(?:ed|ing|es?) (?:(?:it|them|the figure|its figure|the number|its number|the count|its count) )?"
    r"(?:upwards?|downwards?)\b"
    r"|\b(?:figure|number|count|toll|total|estimate)s? (?:of (?:the )?[a-z]+ )?(?:was|were|has been|have been) "
    r"(?:revised|corrected)\b"
    # "the fire service said on Tuesday, replacing the figures it gave on Monday"
    r"|\b(?:replac|supersed|updat)(?:ed|ing|es) (?:the |its |their |his |her )?(?:earlier |previous |initial |first )?"
    r"(?:figure|number|count|toll|total|estimate)s?\b(?!\s+(?:for|of)\b)"
    # "212 votes to 198, revising the 210 to 200 first announced"
    r"|\b(?:revis|correct|replac)(?:ed|ing) (?:the |an? |its )?[$€£]?\d[\d,.]*\s*(?:%|percent|per cent)?"
    r"(?:\s+(?:to|-)\s+\d[\d,.]*)?(?:\s+[a-z]+){0,2}?\s+(?:first|initially|originally|previously|earlier)\s+"
    r"(?:reported|announced|given|stated|estimated|published|said)\b"
    # "by 25 percent rather than the 30 percent the company first announced"
    r"|\b(?:rather than|instead of) (?:the |an? )?[$€£]?\d[\d,.]*\s*(?:%|percent|per cent)?(?:\s+[a-z]+){0,2}?\s+"
    r"(?:first|initially|originally|previously|earlier)\s+(?:reported|announced|given|stated|estimated|published|said)\b"
    # "Fourteen tank cars derailed, not eleven as the railroad first said": the earlier figure a correction denies
    rf"|\bnot (?:the )?(?:[$€£]?\d[\d,.]*|{SPELLED_NUMBER})\s*(?:%|percent|per cent)?(?:\s+[a-z]+)?,?\s+(?:as|that)\s+"
    r"(?:[\w'’.&-]+\s+){0,4}?(?:first|initially|originally|previously|earlier)\s+"
    r"(?:reported|announced|given|stated|estimated|published|said|thought)\b"
    rf"|{CORRECTED_TO.pattern.replace('([a-z]+)', '[a-z]+')}|{RISEN.pattern}|{PROGRESS.pattern}",
    re.I,
)
"""A sentence that gives a figure as a revision of an earlier one: a desk takes the revised figure."""

AS_NOW = re.compile(rf"\b(?:is|are|has|have|now|so far|to date|as of)\b|{RISEN.pattern}|{PROGRESS.pattern}", re.I)
"""Words that give a figure as it stands when the report is written ("has burned 12,400 hectares", "is 80% contained",
"52 homes have been destroyed", "the death toll rose to two"): a count that a later report may update."""

FINAL = re.compile(
    r"\b(?:final|revised|updated|corrected|certified)\b(?!\s+(?:round|day|game|match|vote|votes|stage|week|weekend)\b)"
    r"|\bafter\s+the\s+(?:recount|review|audit|count)\b",
    re.I,
)
"""Words that give a figure as the one that stands at last ("Kostanjek's final margin was 797 votes", "the revised
count", "after the recount"), however the verb is told: a later report's figure in these words supersedes an
earlier one's (the provisional count's), as one told in the present does (:data:`AS_NOW`). Not "the final round",
"the final vote": a last event, not a last figure."""


def _fill_sides(
    facts: list[Fact],
    conflicts: list[Conflict],
    groups: dict[str, str],
    scores: Any = None,
    index: dict[int, int] | None = None,
) -> None:
    """A figure conflict takes as sides the other sources of its sides' facts that give one of its figures: the pairs
    compared are those close enough, and a third outlet's "a scheme of 312 false invoices" may be too far from "through
    321 invoices" to be compared with it, while it states the 312 of another side. Listed, it counts for that
    position (two outlets against one). A date conflict likewise takes the sources that give one of its sides' dates
    as their only date ("last Thursday" in an article of Monday 11 May beside "on May 7" against "on May 5"), and a
    negation conflict the sources of the asserting side's fact that assert it too ("a caterer whose kitchen failed a
    city hygiene inspection" beside "records show that the kitchen failed a hygiene inspection", against the denial)."""
    fact_of = {id(c): f for f in facts for c in f.claims}
    for conflict in conflicts:
        if conflict.kind not in ("figure", "date", "negation"):
            continue
        have = {groups[s.article] for s in conflict.sides}
        units = {u for _v, u in conflict.disputed}
        told = [_date_of(s) for s in conflict.sides]
        asserting = [x for x in conflict.sides if not _position(conflict, x)] if conflict.kind == "negation" else []
        for fact in {id(f): f for s in conflict.sides if (f := fact_of.get(id(s))) is not None}.values():
            for c in fact.claims:
                if groups[c.article] in have:
                    continue
                if conflict.kind == "date":
                    takes = _calendar_dates(c.dates) == 1 and any(_same_date(_date_of(c), d) for d in told)
                elif conflict.kind == "negation":
                    takes = not _position(conflict, c) and any(x is y for x in asserting for y in fact.claims)
                else:
                    # a number in words from four up counts ("climbed to seven" beside "Seven people have now died");
                    # "one", "two", "three" are too often no count ("two of them")
                    given = _as_roles({(f.value, f.unit) for f in c.figures if not f.weak}, conflict.disputed)
                    given = {(v, u) for v, u in given if u in units}
                    takes = bool(given) and given <= conflict.disputed
                if takes:
                    conflict.sides.append(c)
                    have.add(groups[c.article])
        if conflict.kind == "figure" and scores is not None and index is not None:
            _fill_figure_sides(conflict, facts, have, units, groups, scores, index)


SIDE_NEAR = REVISION_FLOOR
"""Pair score from which a sentence of another fact that gives a disputed figure, counted for the same verb, takes the
side of a figure conflict's sentence that gives it: the same figure for the same act needs the other words less ("A
criminal group calling itself BlackVellum demanded a ransom of $4.5 million" / "The group had demanded US$4.5 million
from Tolvera Health Partners" score 0.47)."""


def _count_verbs(c: Claim, figures: list[Figure]) -> set[str]:
    """The lemmas of the verbs ``figures`` count for in ``c`` (:func:`_count_verb`), not an auxiliary's."""
    return {v for f in figures if (v := _count_verb(c.text, f.start - c.start)) and v not in ("have", "be", "do")}


def _fill_figure_sides(
    conflict: Conflict,
    facts: list[Fact],
    have: set[str],
    units: set[str],
    groups: dict[str, str],
    scores: Any,
    index: dict[int, int],
) -> None:
    """A figure conflict takes as sides the sentences of other sources, in facts of their own, that give one of its
    figures and are close (:data:`SIDE_NEAR`) to a side giving the same figure: "$4.5 million" from three outlets
    against "$2 million" from one is three sources against one, though two of the three sentences were aligned as
    a fact apart from the two compared ("demanded a ransom of $4.5 million" / "demanded 4.5m dollars"). The figure must
    be counted for the same verb (the parse) and in the same measure."""
    for fact in facts:
        for c in fact.claims:
            if groups[c.article] in have or id(c) not in index:
                continue
            given = {(f.value, f.unit) for f in c.figures if f.plain and f.unit in units}
            if not given or not given <= conflict.disputed:
                continue
            same = [x for x in conflict.sides if id(x) in index and given & {(f.value, f.unit) for f in x.figures}]
            mine = [f for f in c.figures if (f.value, f.unit) in given]
            if any(
                float(scores[index[id(c)], index[id(x)]]) >= SIDE_NEAR
                and _count_verbs(c, mine) & _count_verbs(x, [f for f in x.figures if (f.value, f.unit) in given])
                and {f.measure for f in mine} == {f.measure for f in x.figures if (f.value, f.unit) in given}
                for x in same
            ):
                conflict.sides.append(c)
                have.add(groups[c.article])


def _link_conflicts(facts: list[Fact], conflicts: list[Conflict]) -> None:
    """Each fact lists the conflicts that bear on one of its claims; a disagreement on figures, dates or
    negation makes it conflicting (a difference in presentation does not: both say the same figure).
    A conflict bears on a claim that is one of its sides or states one of its disputed figures."""
    fact_of = {id(c): fi for fi, f in enumerate(facts) for c in f.claims}
    stating: dict[tuple[float, str], set[int]] = {}
    for fi, f in enumerate(facts):
        for c in f.claims:
            for key in c.figure_keys():
                stating.setdefault(key, set()).add(fi)
    for ci, conflict in enumerate(conflicts):
        touched = {fact_of[id(s)] for s in conflict.sides if id(s) in fact_of}
        # a fact that only states a disputed figure bears on the conflict unless it is one sentence of a side's own
        # article (several outlets that give a disputed figure still take the conflict): another sentence of it
        # ("Orrick returned to prison for 2-1/2 years", after its "He got 2 1/2 years") tells another thing of that
        # figure, or the same again: the side already holds its position
        heard = {s.article for s in conflict.sides}
        for key in conflict.disputed:
            touched |= {
                fi
                for fi in stating.get(key, set())
                if len({c.article for c in facts[fi].claims}) > 1 or facts[fi].claims[0].article not in heard
            }
        sides = {id(s) for s in conflict.sides}

        def bears(c: Claim, sides: set[int] = sides, conflict: Conflict = conflict) -> bool:
            return id(c) in sides or bool(conflict.disputed & c.figure_keys())

        for fi in sorted(touched):
            fact = facts[fi]
            if ci not in fact.conflicts:
                fact.conflicts.append(ci)
            # the disagreement is the fact's when its wording or most of its claims are in it; a figure one source
            # gives in passing ("Ostrel rejected the accusations ..., trapping 27 miners") lists the conflict on a
            # denial and leaves the denial what its sources agree on
            mine = bears(fact.representative) or 2 * sum(map(bears, fact.claims)) > len(fact.claims)
            if conflict.kind in ("figure", "date", "negation", "name", "time") and mine:
                fact.status = "conflicting"


def omissions(
    facts: list[Fact],
    groups: dict[str, str],
    claims: list[Claim] | None = None,
    scores: Any = None,
    conflicts: list[Conflict] | None = None,
) -> dict[str, list[int]]:
    """Per article: the facts that most independent sources report and its source leaves out (not a fact they
    disagree about: it is shown as a conflict).

    With ``claims`` and their pair ``scores``, a source that says the same thing in a sentence the
    alignment kept apart (similarity >= :data:`MENTIONS`, or the same counted figure: "14 passengers")
    has not left it out; and a source one of whose sentences in another fact holds the fact's core words
    (:data:`CORE_SHARE`: "..., diverting ambulances to St. Brannock Hospital in Kelbrook" for "Ambulances are being
    diverted to St. Brannock Hospital in Kelbrook") reports it, for the count of sources that do. With ``conflicts``,
    a conflicting fact whose wording most sources take counts too: the sources on the other side of its conflict
    ("Ambulances are no longer being diverted") report it otherwise and leave nothing out, those that say nothing of
    it do."""
    names = set(groups.values())
    if len(names) < 3:
        return {}
    need = len(names) // 2 + 1  # most: more than half (two of four outlets are not most of them)
    position = {id(c): i for i, c in enumerate(claims or [])}
    by_group: dict[str, list[int]] = {}
    for i, c in enumerate(claims or []):
        by_group.setdefault(groups.get(c.article, c.article), []).append(i)
    # every word each source's own sentences use, read once (a fact told in other words, across sentences)
    said = {g: frozenset().union(*(_event_words((claims or [])[i].text) for i in idx)) for g, idx in by_group.items()}
    day = {c.article: c.published for c in claims or [] if c.published}
    out: dict[str, list[int]] = {}
    for fi, fact in enumerate(facts):
        # an article published before every report of the fact could not tell it ("suspended its events", told on
        # Monday, is left out by no Sunday paper)
        first = min((d for c in fact.claims if (d := day.get(c.article))), default=None)
        present = {groups.get(c.article) for c in [*fact.claims, *fact.clauses]}
        if fact.status == "conflicting":
            opposed = _opposed_sides(fact, conflicts)
            if opposed is None:
                continue  # outlets that disagree about it do not report one thing another outlet could leave out
            present |= {groups.get(c.article) for c in opposed}
        core = _core_words(fact)
        # sources that tell it inside a sentence of another fact ("..., diverting ambulances to ..."), not negated where
        # it is not ("no longer being diverted"); the core words of one sentence are all its words: too little to go on
        negated = fact.representative.negated
        extra = {
            g
            for g, idx in by_group.items()
            if core
            and len(fact.claims) > 1
            and g not in present
            and any(
                (claims or [])[i].negated == negated
                and len(core & _event_words((claims or [])[i].text)) >= CORE_SHARE * len(core)
                for i in idx
            )
        }
        if fact.independent_sources + len(extra) < need:
            continue
        members = [position[id(c)] for c in fact.claims if id(c) in position]
        figures = {k for c in fact.claims for k in c.figure_keys(digits_only=True) if k[1]}
        for article, group in groups.items():
            if group in present or _mentions(group, members, figures, by_group, claims or [], scores):
                continue
            if first is not None and (mine := day.get(article)) is not None and mine < first:
                continue
            if core and len(core & said.get(group, frozenset())) >= CORE_SHARE * len(core):
                continue  # told in the source's own words, across its sentences
            out.setdefault(article, []).append(fi)
    return out


def _opposed_sides(fact: Fact, conflicts: list[Conflict] | None) -> list[Claim] | None:
    """The sides of a conflicting fact's conflicts that take another position (:func:`positions`) than its wording,
    when its wording is a side of each, of a figure, date or negation conflict, and more independent sources take
    its position than another (see :func:`outvoted`); else None: a split, or a conflict the wording takes no side in,
    is no fact most sources report."""
    if conflicts is None or not fact.conflicts:
        return None
    out: list[Claim] = []
    rep = fact.representative
    for k in fact.conflicts:
        conflict = conflicts[k]
        if conflict.kind not in ("figure", "date", "negation"):
            return None
        held = positions(conflict)
        mine = next((p for p in held if any(x is rep for x in p)), None)
        if mine is None:
            return None
        units = [{x.article for x in p} for p in held]
        if any(len(u) >= len({x.article for x in mine}) for p, u in zip(held, units, strict=True) if p is not mine):
            return None
        out += [x for p in held if p is not mine for x in p]
    return out


MENTIONS = 0.5
"""A sentence this similar to one of a fact's sentences mentions the fact, for omissions."""
CORE_SHARE = 0.7
"""Share of a fact's core words (those most of its sentences use) that a source's own sentences, taken
together, must hold to have told the fact in other sentences ("Biden rejected ... request to block documents")."""


def _core_words(fact: Fact) -> set[str]:
    """The words most of a fact's sentences use (both of two; none when fewer than three: too little to go on)."""
    counts: dict[str, int] = {}
    for c in fact.claims:
        for w in _event_words(c.text):
            counts[w] = counts.get(w, 0) + 1
    core = {w for w, n in counts.items() if 2 * n > len(fact.claims)}
    return core if len(core) >= 3 else set()


def _mentions(
    group: str,
    members: list[int],
    figures: set[tuple[float, str]],
    by_group: dict[str, list[int]],
    claims: list[Claim],
    scores: Any,
) -> bool:
    for i in by_group.get(group, []):
        if figures & claims[i].figure_keys(digits_only=True):
            return True
        if scores is not None and members and max(float(scores[i, j]) for j in members) >= MENTIONS:
            return True
    return False
