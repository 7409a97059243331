"""A sentence that only points at another's claim, opposite stances on one thing, two acts of two days, and a summary
sentence's time of day: what is and is not one fact, and what a summary sentence cites."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from storyline.align.align import POINTER, fact_threshold, pair_matrices, stance
from storyline.align.claims import Claim, find_figures

FILLER = 90
"""Sentences of other articles, unlike all the others: a story of ~100 sentences (fact threshold 0.81)."""


def _links(claims: list[Claim], cosines: dict[tuple[int, int], float]) -> tuple[np.ndarray, float]:
    """The link evidence of ``claims`` and filler sentences, with the given cosines between the claims; the threshold."""
    n = len(claims) + FILLER
    claims = claims + [Claim(k, f"f{k}", 0, 12, f"Filler line {k}.", 0) for k in range(len(claims), n)]
    gram = np.eye(n)
    for (x, y), cos in cosines.items():
        gram[x, y] = gram[y, x] = cos
    vectors = np.linalg.cholesky(gram + 1e-9 * np.eye(n))
    return pair_matrices(claims, vectors, {c.article: c.article for c in claims})[1], fact_threshold(n)


def _article(aid: str, texts: list[str], **fields: object) -> list[Claim]:
    """One article's sentences in order, with offsets; ``fields`` given to each."""
    out, at = [], 0
    for text in texts:
        out.append(Claim(0, aid, at, at + len(text), text, 0, **fields))  # type: ignore[arg-type]
        at += len(text) + 1
    return out


def test_two_pointers_at_different_claims_are_two_facts() -> None:
    """ "There's no evidence of that." (the four million) and "There is zero evidence for this." (the smear) deny two
    claims: however alike their words, neither corroborates the other."""
    a = _article(
        "a",
        [
            "Tarl Brask accused Ilsa Varn of pocketing four million from the fishing lobby.",
            "There’s no evidence of that.",
        ],
    )
    b = _article(
        "b", ["Varn waved away the ferry report on her brother as a foreign smear.", "There is zero evidence for this."]
    )
    link, floor = _links(a + b, {(1, 3): 0.8, (0, 2): 0.3})
    assert link[1, 3] < floor
    # guard: pointers whose antecedents state one claim deny the same thing
    c = _article(
        "c", ["Varn pocketed four million from the fishing lobby, Brask alleged.", "There is zero evidence for this."]
    )
    link, floor = _links(a + c, {(1, 3): 0.8, (0, 2): 0.9})
    assert link[0, 2] >= floor and link[1, 3] >= floor
    # guard: a short sentence with a claim of its own is no pointer ("The ferry sank.")
    d = _article("d", ["Rescuers searched the harbour all night.", "The Kessling ferry sank off Dorvan."])
    e = _article("e", ["Divers reached the wreck on the third day.", "The Kessling ferry sank off Dorvan."])
    link, floor = _links(d + e, {(1, 3): 0.95, (0, 2): 0.2})
    assert link[1, 3] >= floor
    # guard: the same words in two sources are one statement, whatever their antecedents
    h = _article("h", ["Readers wrote in about the old ferry.", "This is an urgent update."])
    k = _article("k", ["The mayor unveiled the harbour plaque.", "'This is an urgent update."])
    link, floor = _links(h + k, {(1, 3): 0.95, (0, 2): 0.2})
    assert link[1, 3] >= floor
    # guard: "it" as a subject that stands for what follows points at nothing before
    assert POINTER.search("It is unclear what she is being treated for.") is None
    assert POINTER.search("She denied it.") is not None
    # guard: the same quoted words are one statement, whatever they point at
    q = "“This is a piece of our history,” he wrote."
    f = _article("f", ["The mayor unveiled the harbour plaque.", q], quoted=0.8)
    g = _article("g", ["Readers wrote in about the old ferry.", q], quoted=0.8)
    link, floor = _links(f + g, {(1, 3): 0.95, (0, 2): 0.2})
    assert link[1, 3] >= floor


def test_a_warning_against_and_a_promise_to_allow_are_two_claims() -> None:
    """ "cautioned the Palace against sealing a harbour pact" and "would put it to a vote" are opposite stances on one
    pact: two facts, however alike their words."""
    warned = "Chamber Leader Odo Rusk cautioned the Palace against sealing a harbour pact with Speaker Lena Marr."
    allowed = "Chamber Leader Odo Rusk said that should the Palace and Speaker Lena Marr settle a harbour pact, he would put it to a vote."
    link, floor = _links(_article("a", [warned]) + _article("b", [allowed]), {(0, 1): 0.8})
    assert link[0, 1] < floor
    assert stance(warned) == -1 and stance(allowed) == 1
    # guards: the same stance in other words, a negation (which may turn either round), a stance on both sides
    same = "Chamber Leader Odo Rusk warned the Palace against a harbour pact with Speaker Lena Marr."
    link, floor = _links(_article("a", [warned]) + _article("b", [same]), {(0, 1): 0.85})
    assert link[0, 1] >= floor
    assert stance("Rusk said he would not put the harbour pact to a vote.") == 0
    assert stance("Rusk, who opposed the pact, said he would allow a vote.") == 0
    assert stance("The Palace and Speaker Lena Marr moved forward on the harbour talks.") == 0


def test_two_acts_of_two_days_are_two_facts_and_one_act_of_two_days_stays_one() -> None:
    """ "could vote as soon as Wednesday on a bill to avoid a shutdown" and "looks set to avoid a shutdown on Thursday
    at midnight" date the vote and the deadline: the bill's purpose names the second act, and its day ties it to no
    other."""
    vote = "The Kessling assembly could vote as soon as Wednesday on a bill to avoid a shutdown."
    deadline = "The Kessling assembly looks set to avoid a shutdown on Thursday at midnight."
    claims = _article("a", [vote], dates=("wednesday",), planned_dates=("wednesday",))
    claims += _article("b", [deadline], dates=("thursday",), planned_dates=("thursday",))
    link, floor = _links(claims, {(0, 1): 0.85})
    assert link[0, 1] < floor
    # guard: one act dated two ways is one fact (whose dates a conflict may show)
    other_day = "The Kessling assembly could vote as soon as Thursday on a bill to avoid a shutdown."
    claims[1] = _article("b", [other_day], dates=("thursday",), planned_dates=("thursday",))[0]
    link, floor = _links(claims, {(0, 1): 0.85})
    assert link[0, 1] >= floor
    # guard: a toll told day by day counts one thing
    died = "Three people died in the Kellerpark crush on Monday."
    climbed = "The number of dead in the Kellerpark crush climbed to seven on Tuesday."
    claims = _article("a", [died], dates=("monday",), figures=find_figures(died))
    claims += _article("b", [climbed], dates=("tuesday",), figures=find_figures(climbed))
    assert {f.unit for f in claims[0].figures} & {f.unit for f in claims[1].figures}
    link, floor = _links(claims, {(0, 1): 0.85})
    assert link[0, 1] >= floor


def test_a_summary_sentence_timed_by_the_clock_cites_the_sentences_that_state_it() -> None:
    """ "By 10 am, Marr had filed the charges and announced a harbour deal": 10 is the hour, no count the other
    sources' sentences of the fact must give."""
    from storyline.align.align import Fact
    from storyline.brief.summary import citations

    def claim(article: str, text: str) -> Claim:
        return Claim(0, article, 0, len(text), text, 0, figures=find_figures(text))

    own = claim(
        "a", "By 10 am, Speaker Lena Marr had filed charges against Governor Odo Rusk and announced a harbour deal."
    )
    other = claim(
        "b", "Speaker Lena Marr filed charges against Governor Odo Rusk and announced a harbour deal on Tuesday."
    )
    assert any(f.value == 10 for f in own.figures)
    fact = Fact([own, other], 2, "corroborated", own)
    al = SimpleNamespace(
        claims=[own, other], facts=[fact], conflicts=[], groups={"a": "a", "b": "b"}, vectors=np.eye(2)
    )
    assert [c["article"] for c in citations(al, 0)] == ["a", "b"]  # type: ignore[arg-type]
    # guard: a count is still one the support must give
    count = claim("a", "Speaker Lena Marr filed 12 charges against Governor Odo Rusk and announced a harbour deal.")
    fact = Fact([count, other], 2, "corroborated", count)
    al = SimpleNamespace(
        claims=[count, other], facts=[fact], conflicts=[], groups={"a": "a", "b": "b"}, vectors=np.eye(2)
    )
    assert [c["article"] for c in citations(al, 0)] == ["a"]  # type: ignore[arg-type]
