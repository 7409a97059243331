"""Facts aligned across outlets (invented texts): one measure judged two ways ("added jobs at a steady pace" /
"added fewer jobs than expected") is two claims, not a second source of either; one verdict in other words stays one
fact."""

from __future__ import annotations

import numpy as np

from storyline.align.align import _verdicts, fact_threshold, opposite_verdicts, pair_matrices
from storyline.align.claims import Claim, find_figures


def _links(texts: list[str]) -> np.ndarray:
    """The link evidence of sentences of other outlets all alike in meaning (cosine 1): only the words and the rules
    tell them apart."""
    claims = [Claim(k, f"a{k}", 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, t in enumerate(texts)]
    vectors = np.full((len(claims), 8), 1.0 / np.sqrt(8))
    return pair_matrices(claims, vectors, {c.article: c.article for c in claims})[1]


STEADY = "Velmarian employers added jobs at a steady pace in June, and the jobless rate hit a 30-year low."
FEWER = "Velmarian employers added fewer jobs than expected in June, and the jobless rate hit a 30-year low."


def test_one_measure_judged_two_ways_is_no_corroboration() -> None:
    assert _links([STEADY, FEWER])[0, 1] == 0.0
    more = FEWER.replace("fewer jobs than expected", "more jobs than economists had forecast")
    assert _links([more, FEWER])[0, 1] == 0.0
    beat = "Orlan Foods' quarterly sales missed analysts' estimates, the company said on Tuesday."
    assert _links([beat, beat.replace("missed", "beat")])[0, 1] == 0.0


def test_one_verdict_in_other_words_stays_one_fact() -> None:
    floor = fact_threshold(2)
    short = FEWER.replace("added fewer jobs than expected", "fell short of forecasts for new jobs")
    assert _links([short, FEWER])[0, 1] >= floor
    assert _links([STEADY, STEADY.replace("a steady pace", "a solid pace")])[0, 1] >= floor
    # no verdict in one of them, a negated verdict, or a sentence that gives both: no opposite
    plain = "Velmarian employers added jobs in June, and the jobless rate hit a 30-year low."
    assert _links([plain, FEWER])[0, 1] >= floor
    both = "Velmarian employers added jobs at a steady pace in June, though fewer than expected, the jobless rate at a low."
    assert not opposite_verdicts(both, FEWER)
    assert not opposite_verdicts("Hiring did not slow in June.", STEADY)


def test_verdicts_by_axis() -> None:
    assert _verdicts(STEADY) == {1}
    assert _verdicts(FEWER) == {-1}
    assert _verdicts("Hiring was the slowest pace in five months, and wage gains slowed.") == {-1}
    assert _verdicts("Sales beat analysts' estimates.") == {1}
    # high or low as such, or "expected" of a plan, is no verdict
    assert _verdicts("The jobless rate fell to 3.1%, the lowest since 1990.") == set()
    assert _verdicts("The hall said it expected more than 200 guests.") == set()
