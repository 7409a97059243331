"""What one fact is (invented texts): a sentence that negates what another states, below the score of a negation
conflict, is no source of it; a dispute of reports ("contradicted reports that ...") is a conflict with the report,
never its second source; a noun both sentences say only in passing before the same names ties no claim either way;
the same distinctive count by another noun ("12,400 jobs" / "12,400 workers") is a clause source of the fact."""

from __future__ import annotations

import dataclasses

import numpy as np

from storyline.align.align import align, disputed_report, fact_threshold, pair_matrices
from storyline.align.claims import NEGATION, Claim, find_figures

PEOPLE = ("Marta Quell", "Ivo Renn", "Nell Orr")


def _claim(k: int, article: str, text: str) -> Claim:
    c = Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)))
    names = {n.lower(): n for n in PEOPLE if n in text}
    return dataclasses.replace(c, negated=bool(NEGATION.search(text)), entities=frozenset(names), names=names)


def _at(cos: float) -> np.ndarray:
    """Two unit vectors at cosine ``cos``."""
    return np.array([[1.0, 0.0], [cos, float(np.sqrt(1.0 - cos * cos))]])


def _link(a: str, b: str, cos: float) -> float:
    claims = [_claim(0, "a0", a), _claim(1, "a1", b)]
    return float(pair_matrices(claims, _at(cos), {c.article: c.article for c in claims})[1][0, 1])


REFUSED = "The justices chose not to hear the Kessling school board's appeal of a ruling by the appeals court."
VOTED = "Justices Marta Quell and Ivo Renn voted to hear the Kessling school board's appeal."


def test_a_negation_below_the_conflict_score_is_no_source_of_what_it_negates() -> None:
    """The court chose not to hear the appeal; two justices voted to hear it. Alike in words, the two were one fact,
    each the other's second source; now they are two facts."""
    floor = fact_threshold(2)
    assert _link(REFUSED, VOTED, 0.6) == 0.0
    # guards: two reports of the refusal, or of the vote, stay one fact; a sentence that declines to comment denies nothing
    assert (
        _link(REFUSED, "The justices declined, choosing not to hear the Kessling school board's appeal.", 0.6) >= floor
    )
    assert _link(VOTED, "Justices Marta Quell and Ivo Renn voted to hear the school board's appeal.", 0.6) >= floor
    no_comment = "The Kessling school board's lawyers did not comment on the justices' vote to hear the appeal."
    assert _link(no_comment, VOTED, 0.6) >= floor


def test_a_title_both_sentences_say_before_the_same_names_ties_no_claim_either_way() -> None:
    """Both sentences name "Justices Marta Quell and Ivo Renn": the title is who in each, said in passing in both, so
    the pair is compared on meaning alone (it was cut as if one sentence named the other's claim in passing)."""
    voted = "Justices Marta Quell and Ivo Renn voted to hear the board's appeal."
    said = "Justices Marta Quell and Ivo Renn said they would have accepted the case."
    assert abs(_link(voted, said, 0.74) - 0.74) < 1e-6
    # guard: a claim that one sentence says only in passing still cuts the pair
    passing = "Orr flew home on Monday, a day after Vance attacked Kelby winner Nell Orr over farm aid."
    assert _link("Nell Orr was declared the Kelby winner on Sunday.", passing, 0.74) == 0.0


EXPECTED = (
    "Governor Ilse Marr and Treasurer Odo Penn were expected to talk Thursday about aid for the ferry companies, which"
    " have lost most of their passengers."
)
CONTRADICTED = (
    "Marr contradicted reports that she held talks with Treasurer Odo Penn on a measure that would give $40 million to"
    " the ferry companies."
)


def test_a_dispute_of_reports_is_a_conflict_with_the_report_never_its_second_source() -> None:
    """One outlet has the governor and the treasurer expected to talk about ferry aid; another has her contradict
    reports that she held talks with him on it. Aligned as one fact, the dispute was its second source; now the pair
    is a negation conflict ("reported in one outlet, disputed in the other") and no fact is corroborated by both."""
    claims = [_claim(0, "ledger", EXPECTED), _claim(1, "gazette", CONTRADICTED)]
    al = align(claims, _at(0.9))
    disputes = [c for c in al.conflicts if c.detail == "reported in one outlet, disputed in the other"]
    assert len(disputes) == 1 and disputes[0].sides[0].article == "gazette"
    assert disputes[0].topic.startswith("disputed: she held talks with Treasurer Odo Penn")
    assert not [f for f in al.facts if f.status == "corroborated"]


def test_what_a_dispute_of_reports_takes_and_leaves() -> None:
    """Forms ("denied reports that", "disputed claims that", "dismissed suggestions that"); guards: a report
    confirmed, a dispute of other words, and two sentences that both dispute the report are no dispute of the
    other's statement."""
    expected = _claim(0, "ledger", EXPECTED)
    for text in (
        "Marr denied reports that she held talks with Treasurer Odo Penn about aid for the ferry companies.",
        "Marr disputed claims that she had talks with Treasurer Penn about ferry aid.",
        "Marr dismissed suggestions that she would talk with Treasurer Odo Penn about the ferry companies.",
    ):
        assert disputed_report(expected, _claim(1, "gazette", text)) is not None, text
    for text in (
        "Marr confirmed reports that she held talks with Treasurer Odo Penn on aid for the ferry companies.",
        "Marr contradicted reports that she had sold her shares in a Varrow shipyard.",  # other words
    ):
        assert disputed_report(expected, _claim(1, "gazette", text)) is None, text
    assert disputed_report(_claim(0, "ledger", CONTRADICTED), _claim(1, "gazette", CONTRADICTED)) is None


JUST = "Orle employers added just 12,400 jobs in May, a second weak gain in a row."
ONLY = "Orle's recovery has stalled: employers added only 12,400 jobs in May, the Statistics Office said."


def _jobs_fact(third: str) -> tuple[int, list[str]]:
    """The fact of the two jobs sentences (one vector), beside a third outlet's sentence (another vector): its
    independent sources and the articles of its clause sources."""
    claims = [_claim(0, "gazette", JUST), _claim(1, "ledger", ONLY), _claim(2, "times", third)]
    vectors = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    al = align(claims, vectors)
    fact = next(f for f in al.facts if any(c.article == "gazette" for c in f.claims))
    return fact.independent_sources, [c.article for c in fact.clauses]


def test_the_same_distinctive_count_by_another_noun_is_a_clause_source() -> None:
    """The Kessling Times gives the jobs figure as workers on payrolls, in a sentence whose fact is the jobless rate:
    it tells the 12,400 jobs too (it was listed as leaving them out)."""
    told = "Payrolls increased by 12,400 workers in May as the jobless rate fell to 4.1%, the Statistics Office said."
    assert _jobs_fact(told) == (3, ["times"])
    # guards: another count, a round count (40,000 is no one fact's), a count of days
    assert _jobs_fact(told.replace("12,400", "12,900")) == (2, [])
    round_jobs = [j.replace("12,400", "40,000") for j in (JUST, ONLY)]
    claims = [
        _claim(0, "gazette", round_jobs[0]),
        _claim(1, "ledger", round_jobs[1]),
        _claim(2, "times", told.replace("12,400", "40,000")),
    ]
    al = align(claims, np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]))
    assert not [f for f in al.facts if f.clauses]
