"""Changes over time are no conflicts (invented text): a state told as it stood on election night ("has not conceded")
and the concession reported days later are two moments; a provisional margin and the final one a later report gives
are a revision, not a dispute; a threshold "needed to win" is told, not demanded."""

from __future__ import annotations

import dataclasses

import numpy as np

from storyline.align.align import Conflict, align, latest_told
from storyline.align.claims import NEGATION, Claim, find_figures, modality


def _claim(k: int, article: str, text: str, day: str, dates: tuple[str, ...] = ()) -> Claim:
    c = Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), published=day, dates=dates)
    return dataclasses.replace(c, negated=bool(NEGATION.search(text)), entities=frozenset({"PERSON:Ansel Marrow"}))


def _alike(n: int) -> np.ndarray:
    return np.full((n, 8), 1.0 / np.sqrt(8))


def _negations(*claims: Claim) -> list[Conflict]:
    return [c for c in align(list(claims), _alike(len(claims))).conflicts if c.kind == "negation"]


def test_a_state_so_far_and_the_act_done_days_later_are_no_conflict() -> None:
    """Election night's "Marrow has not conceded." and Thursday's "Marrow conceded on Thursday evening." tell two
    moments; so does a Thursday concession with no date of its own. Guards: a concession dated before the negating
    report (Sunday's, against Monday's "has not conceded"), one told the same day, and a past act denied ("did not
    concede") against a later undated report stay conflicts."""
    night = _claim(0, "live", "Marrow has not conceded.", "2031-06-08")
    thursday = _claim(2, "press", "Marrow conceded on Thursday evening.", "2031-06-12", ("2031-06-12",))
    undated = _claim(3, "post", "Mayor Ansel Marrow conceded in the evening.", "2031-06-12")
    assert _negations(night, thursday) == []
    assert _negations(night, undated) == []
    # guards
    monday = dataclasses.replace(night, published="2031-06-09")
    sunday = _claim(4, "post", "Marrow conceded on Sunday night.", "2031-06-12", ("2031-06-08",))
    assert len(_negations(monday, sunday)) == 1
    assert len(_negations(night, _claim(5, "wire", "Marrow conceded.", "2031-06-08"))) == 1
    assert len(_negations(_claim(6, "herald", "Marrow did not concede.", "2031-06-09"), undated)) == 1


def test_a_later_reports_final_figure_supersedes_the_provisional_one() -> None:
    """Sunday's provisional margin of 1,400 votes and Thursday's "final margin was 950 votes": the final figure is the
    one known now (the earlier superseded), though told in the past tense. Guards: a later past-tense figure with no
    such word disputes the earlier one; "the final round" is no final figure."""
    first = _claim(0, "live", "Provisional results gave Orlova a margin of 1,400 votes.", "2031-06-08")
    final = _claim(1, "press", "Orlova's final margin was 950 votes, the commission said.", "2031-06-12")
    disputed = frozenset({(1400.0, "vote"), (950.0, "vote")})

    def latest(later: Claim) -> list[Claim]:
        return latest_told(Conflict("figure", "vote: 950 vs 1,400", [first, later], "", disputed))

    assert latest(final) == [final]
    assert latest(dataclasses.replace(final, text="After the recount, Orlova's margin was 950 votes.")) != []
    assert latest(dataclasses.replace(final, text="Orlova's margin was 950 votes, the commission said.")) == []
    assert latest(dataclasses.replace(final, text="In the final round Orlova won by 950 votes.")) == []


def test_a_threshold_needed_to_win_is_no_demand() -> None:
    """ "the 1,900 needed to clinch" tells a threshold: the sentence is asserted, not demanded nor prescribed. Guards: a
    need of the clause's own subject, and "must", still are."""
    assert modality("Orlova is 71 delegates short of the 1,900 needed to clinch the nomination.") == "asserted"
    assert modality("Orlova needs 67 delegates to reach the 1,900 needed to win.", []) == "asserted"
    assert modality("Orlova is 40 short of the 270 electoral votes needed to win.") == "asserted"
    assert modality("The union said 300 wardens needed to be rehired.") == "demanded"
    assert modality("The city needs to hire 200 wardens.", []) == "prescribed"
    assert modality("A candidate must win 1,900 delegates.", []) == "prescribed"
