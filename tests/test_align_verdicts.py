"""Facts aligned across outlets (invented texts): one measure judged two ways ("added jobs at a steady pace" /
"added fewer jobs than expected") is two claims, not a second source of either; one verdict in other words stays one
fact. A claim with a figure that other outlets tell inside longer sentences ("..., after reports that Ostrava received
a $3 million hospital bill") counts them as sources, by the clause's span."""

from __future__ import annotations

import numpy as np

from storyline.align.align import Fact, _verdicts, align, fact_threshold, opposite_verdicts, pair_matrices
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


def _aligned(texts: list[str]) -> list[Fact]:
    """Facts of sentences of other outlets, one sentence each, none alike in meaning (orthogonal vectors): only
    :func:`clause_sources` brings a claim's other sources in."""
    claims = [
        Claim(k, f"a{k}", 100, 100 + len(t), t, 0, figures=tuple(find_figures(t, 100))) for k, t in enumerate(texts)
    ]
    vectors = np.eye(len(claims), 8)
    return align(claims, vectors).facts


BILLED = "Earlier reports said that Ostrava had been billed $3m for the student's hospital care."
RECEIVED = (
    "Premier Voss on Friday said no ransom was paid to Kestria for Lina Harrow, after reports that Ostrava received"
    " a $3 million hospital bill from Kestria for the late student's care."
)
ISSUED = (
    "Premier Voss said Friday that Ostrava did not pay any money to Kestria, which had issued a $3 million bill for"
    " the hospital care of student Lina Harrow."
)


def test_a_claim_told_inside_longer_sentences_counts_their_sources() -> None:
    facts = _aligned([BILLED, RECEIVED, ISSUED])
    billed = next(f for f in facts if f.representative.text == BILLED)
    assert billed.independent_sources == 3 and billed.status == "corroborated"
    spans = {c.article: c for c in billed.clauses}
    assert set(spans) == {"a1", "a2"}
    for c, text in ((spans["a1"], RECEIVED), (spans["a2"], ISSUED)):
        # a span of its sentence, exact; the sentence stays its own fact's
        assert text[c.start - 100 : c.end - 100] == c.text and "$3 million" in c.text and len(c.text) < len(text)
    assert all(len(f.claims) == 1 for f in facts)
    assert next(f for f in facts if f.representative.text == RECEIVED).independent_sources == 1
    # an amount given with its conversion, told in other words ("medical care" / "hospital bill")
    converted = "Earlier reports said that Ostrava had been billed $3m (£2.2m) for the student's medical care."
    fact = next(f for f in _aligned([converted, RECEIVED, ISSUED]) if f.representative.text == converted)
    assert fact.independent_sources == 3


def test_a_longer_sentence_with_another_amount_or_claim_is_no_source() -> None:
    # another amount, another thing billed, or the amount denied: no source of the claim
    assert all(f.independent_sources == 1 for f in _aligned([BILLED, RECEIVED.replace("$3 million", "$4 million")]))
    other = "Premier Voss said Friday that Kestria, which had offered a $3 million reward for news of the envoy, paid."
    assert all(f.independent_sources == 1 for f in _aligned([BILLED, other]))
    denied = RECEIVED.replace("that Ostrava received", "that Ostrava never received")
    assert all(f.independent_sources == 1 for f in _aligned([BILLED, denied]))
    denial = "Voss denied that Ostrava received a $3 million hospital bill from Kestria for the student's care."
    assert all(f.independent_sources == 1 for f in _aligned([BILLED, denial]))
    # the outcome of a threat, worth the same amount, is no source of the threat
    threat = "Ostmark has threatened duties on Tarnland wine worth 600 million marks if the cheese tariff stays."
    withdrawn = (
        "Under the deal, Ostmark will not impose its threatened duties on Tarnland wine worth 600 million marks."
    )
    assert all(f.independent_sources == 1 for f in _aligned([threat, withdrawn]))
    # a claim with no figure is left to the alignment
    plain = "Earlier reports said that Ostrava had been billed for the student's hospital care."
    assert all(f.independent_sources == 1 for f in _aligned([plain, RECEIVED]))


def test_a_clause_is_its_verb_less_the_verbs_joined_to_it() -> None:
    added = "The Velmar economy added 96,000 jobs in May, the labour office said."
    joined = "The Velmar economy added 96,000 jobs in May, and the jobless rate fell to 3.2%, the lowest since 1981."
    facts = _aligned([added, joined])
    fact = next(f for f in facts if f.representative.text == added)
    assert fact.independent_sources == 2
    assert [c.text for c in fact.clauses] == ["The Velmar economy added 96,000 jobs in May"]
