"""A count revised in total, a sum one act names in two ways, and a forecast against a later report of what became of
it (invented texts: the Pellham Care Trust and its hackers)."""

from __future__ import annotations

import numpy as np

from storyline.align.align import (
    REVISED,
    _forecast_and_later_report,
    _other_claims,
    _same_sums,
    find_conflicts,
)
from storyline.align.claims import Claim, find_figures

TUESDAY = "A ransomware attack shut down the systems of Pellham Care Trust, and 140 planned operations were postponed."
WEDNESDAY = "The trust said 210 operations had been postponed after the ransomware attack on Pellham Care Trust."
FRIDAY = (
    "In total 260 planned operations were postponed because of the ransomware attack on Pellham Care Trust, the trust"
    " said on Friday, revising its earlier figures."
)
TRUST = frozenset({"Pellham Care Trust"})


def _claim(
    k: int,
    article: str,
    text: str,
    *,
    published: str | None = None,
    dates: tuple[str, ...] = (),
    planned: tuple[str, ...] = (),
    orgs: frozenset[str] = frozenset(),
) -> Claim:
    claim = Claim(
        k,
        article,
        0,
        len(text),
        text,
        0,
        figures=tuple(find_figures(text)),
        dates=dates,
        planned_dates=planned,
        orgs=orgs,
    )
    claim.published = published
    return claim


def _conflicts(claims: list[Claim], score: float = 0.8) -> list[tuple[str, str]]:
    n = len(claims)
    scores = np.full((n, n), score) - np.eye(n) * score
    groups = {c.article: c.article for c in claims}
    return [(c.kind, c.topic) for c in find_conflicts(claims, scores, groups)]


def test_a_count_revising_its_earlier_figures_is_one_conflict_with_them() -> None:
    """140 on Tuesday, 210 on Wednesday, then 260 "in total ..., revising its earlier figures": the revision says it
    replaces the earlier figures (the adjective between "its" and "figures" too), so the three are one conflict whose
    latest figure is the revision, not one conflict for each pair of reports (of which 140 vs 210 would name
    Wednesday's report as the latest)."""
    assert REVISED.search(FRIDAY)
    for said in ("revising its previous figure", "revised the initial count", "correcting its earlier estimate"):
        assert REVISED.search(f"The trust gave 260 operations, {said}."), said
    claims = [
        _claim(0, "a", TUESDAY, published="2026-05-05"),
        _claim(1, "b", WEDNESDAY, published="2026-05-06"),
        _claim(2, "c", FRIDAY, published="2026-05-08"),
    ]
    assert _conflicts(claims) == [("figure", "operation: 140 vs 210 vs 260")]


def test_counts_without_revision_wording_stay_apart() -> None:
    """Guards: the same three counts, none of them told as a revision and undated, are three disagreements; an
    "earlier forecast" revised is no figure revised."""
    plain = FRIDAY.replace(", revising its earlier figures", "")
    assert not REVISED.search(plain)
    assert not REVISED.search("The bank was revising its earlier forecast for growth.")
    claims = [_claim(0, "a", TUESDAY), _claim(1, "b", WEDNESDAY), _claim(2, "c", plain)]
    assert sorted(_conflicts(claims)) == [
        ("figure", "operation: 140 vs 210"),
        ("figure", "operation: 140 vs 260"),
        ("figure", "operation: 210 vs 260"),
    ]


DEMANDED = (
    "The criminal group behind the attack on Pellham Care Trust has demanded $4 million to unlock its computer systems."
)
RANSOM = "The hackers who attacked Pellham Care Trust are demanding a ransom of $2.5 million, two people told the Post."


def test_a_sum_demanded_and_a_ransom_demanded_are_one_sum() -> None:
    """ "has demanded $4 million" (no kind of sum named) and "are demanding a ransom of $2.5 million": the object of
    one act, demanding, of one organisation's attackers: one sum, compared however far apart the sentences are (in a
    story where the first is aligned with another outlet's lead about postponed operations)."""
    claims = [_claim(0, "a", DEMANDED, orgs=TRUST), _claim(1, "b", RANSOM, orgs=TRUST)]
    assert _same_sums(claims, {"a": "a", "b": "b"}) == {(0, 1): "dollar"}
    scores = np.full((2, 2), 0.3) - np.eye(2) * 0.3
    found = find_conflicts(claims, scores, {"a": "a", "b": "b"}, fact_of={id(claims[0]): 0, id(claims[1]): 1})
    assert [(c.kind, c.topic) for c in found] == [("figure", "dollar: 2.5 million vs 4 million")]


def test_sums_of_other_acts_or_kinds_are_not_paired() -> None:
    """Guards: a sum paid is not the sum demanded; a ransom and damages demanded are two kinds of sum; a sum still
    planned is no act done; two outlets' sums with no organisation in common are left alone."""
    groups = {"a": "a", "b": "b"}
    paid = "Pellham Care Trust has paid $4 million to its insurers this year."
    damages = "Pellham Care Trust is demanding damages of $4 million from the software maker."
    ransom_of = "The hackers are demanding a ransom of $2.5 million from Pellham Care Trust."
    planned = "Pellham Care Trust plans to raise $4 million for its hospitals."
    for text in (paid, planned):
        assert _same_sums([_claim(0, "a", text, orgs=TRUST), _claim(1, "b", RANSOM, orgs=TRUST)], groups) == {}, text
    assert _same_sums([_claim(0, "a", damages, orgs=TRUST), _claim(1, "b", ransom_of, orgs=TRUST)], groups) == {}
    other = frozenset({"Oskby Water"})
    assert _same_sums([_claim(0, "a", DEMANDED, orgs=TRUST), _claim(1, "b", RANSOM, orgs=other)], groups) == {}


FRIDAY_DAY = "2026-05-08"
FORECAST = "Pellham Care Trust said its systems would be back by Friday after the ransomware attack."
OUTCOME = "Pellham Care Trust said on Friday that its computer systems had been partly restored."


def test_a_forecast_and_a_later_report_of_the_outcome_are_two_claims() -> None:
    """ "would be back by Friday" (Wednesday's report) and "said on Friday that its computer systems had been partly
    restored" (Friday's): a forecast and what became of it, two claims, so the outcome is no source of the forecast."""
    day = (FRIDAY_DAY,)
    forecast = _claim(0, "a", FORECAST, published="2026-05-06", dates=day, planned=day)
    outcome = _claim(1, "b", OUTCOME, published=FRIDAY_DAY)
    assert _forecast_and_later_report(forecast, outcome) and _forecast_and_later_report(outcome, forecast)
    assert _other_claims(forecast, outcome)


def test_forecasts_and_earlier_reports_stay_comparable() -> None:
    """Guards: two forecasts of the day; a report published before the day foreseen; an outcome told as still to come;
    a forecast that gives no day; an article of unknown day."""
    day = (FRIDAY_DAY,)
    forecast = _claim(0, "a", FORECAST, published="2026-05-06", dates=day, planned=day)
    again = _claim(1, "b", "The trust expected its systems to be back by Friday.", published="2026-05-07", dates=day)
    again.planned_dates = day
    assert not _forecast_and_later_report(forecast, again)
    early = _claim(1, "b", OUTCOME.replace(" on Friday", ""), published="2026-05-07")
    assert not _forecast_and_later_report(forecast, early)
    to_come = _claim(
        1, "b", "Pellham Care Trust said on Friday that its systems will be restored.", published=FRIDAY_DAY
    )
    assert not _forecast_and_later_report(forecast, to_come)
    undated = _claim(0, "a", "Pellham Care Trust said its systems would be back soon.", published="2026-05-06")
    assert not _forecast_and_later_report(undated, _claim(1, "b", OUTCOME, published=FRIDAY_DAY))
    assert not _forecast_and_later_report(forecast, _claim(1, "b", OUTCOME))
