"""A report disputed in one outlet and stated in another (invented texts): a conflict however far apart the two
sentences' other words, when the other outlet's own telling of the denial takes the dispute into its fact; a report
named by its paper ("a newspaper report that") is disputed like any; a dispute of another act with the same nouns,
and two denials of different things, stay apart."""

from __future__ import annotations

import dataclasses

import numpy as np

from storyline.align.align import Alignment, Conflict, align, disputed_report
from storyline.align.claims import NEGATION, Claim

FLAGGED = (
    "Auditors from the Water Board flagged cracks in the sluice gate at the Ostrel dam in April, the Ledger found."
)
OWN_DENIAL = "Brannock Utilities denied that auditors had flagged the sluice gate."
DISPUTED = "Brannock Utilities denied reports that auditors had flagged the sluice gate at the heart of the flood."


def _claim(k: int, article: str, text: str) -> Claim:
    c = Claim(k, article, 0, len(text), text, 0)
    return dataclasses.replace(c, negated=bool(NEGATION.search(text)))


def _story(disputing: str, more: str | None = None) -> tuple[list[Claim], list[Conflict], Alignment]:
    """The Ledger states the flag and the company's denial; the Gazette's ``disputing`` sentence is close to the
    Ledger's denial (one fact with it) and far from the flag; so is the Times' sentence ``more``."""
    claims = [_claim(0, "ledger", FLAGGED), _claim(1, "ledger", OWN_DENIAL), _claim(2, "gazette", disputing)]
    claims += [_claim(3, "times", more)] if more else []
    flag, denial = np.array([1.0, 0.0]), np.array([0.45, 0.89])
    vectors = [flag] + [denial] * (len(claims) - 1)
    al = align(claims, np.array(vectors))
    return claims, [c for c in al.conflicts if c.kind == "negation"], al


def test_a_report_disputed_in_another_fact_is_a_conflict_with_its_statement() -> None:
    """The Gazette's dispute is one fact with the Ledger's own report of the denial, so it was never compared with the
    Ledger's flag (their score is below a conflict's): now the flag and its dispute are a negation conflict, and the
    flag's fact is conflicting."""
    claims, negations, al = _story(DISPUTED)
    assert [[s.article for s in c.sides] for c in negations] == [["gazette", "ledger"]]
    assert negations[0].sides[1] is claims[0]
    assert negations[0].topic.startswith("disputed: auditors had flagged the sluice gate")
    flag_fact = next(f for f in al.facts if claims[0] in f.claims)
    assert flag_fact.status == "conflicting"


def test_a_report_named_by_its_paper_or_outlet_is_disputed() -> None:
    """A report named by whose it is ("denied a newspaper report that", "disputed the Kessel Ledger's report that"):
    those words are no statement of the denier's."""
    flag = _claim(0, "ledger", FLAGGED)
    for text in (
        "Brannock Utilities denied a newspaper report that auditors had flagged the sluice gate at the dam.",
        "Brannock Utilities disputed the Kessel Ledger's report that auditors had flagged the sluice gate.",
        "Brannock Utilities dismissed earlier local media reports that auditors flagged the sluice gate.",
    ):
        assert disputed_report(_claim(1, "gazette", text), flag) is not None, text
    # guard: a denial of something else, beside a report that follows it, disputes no report
    other = "Brannock Utilities denied wrongdoing in a report that auditors flagged the sluice gate."
    assert disputed_report(_claim(1, "gazette", other), flag) is None


def test_a_dispute_of_another_act_with_the_same_nouns_is_no_conflict() -> None:
    """A dispute of "reports that auditors had closed the sluice gate" is of a closing, not the flag the Ledger
    states: the same auditors and gate, another act."""
    closed = "Brannock Utilities denied reports that auditors had closed the sluice gate."
    _, negations, _ = _story(closed)
    assert negations == []


def test_two_denials_of_different_things_stay_two_facts_beside_the_dispute() -> None:
    """The Times' denial of a pay cut, as close to the denials of the flag as they are to each other, is no second
    source of them, nor a side of the flag's conflict."""
    pay = "Brannock Utilities denied that it had cut the pay of its dam engineers last winter."
    claims, negations, al = _story(DISPUTED, pay)
    assert len(negations) == 1 and claims[3] not in negations[0].sides
    assert not any(claims[2] in f.claims and claims[3] in f.claims for f in al.facts)
