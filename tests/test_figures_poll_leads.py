"""A poll's lead told two ways (invented texts): "leads Quist by 6 points" in one outlet, "a 4-point lead" in another,
about the same poll, is a `figure` conflict, not one corroborated fact. The poll that gives the lead tells it: it is no
holder of the lead. Different polls' leads, and counts that only look alike, stay apart."""

from __future__ import annotations

import dataclasses

from brief_helpers import HashEmbedder, make_article

from storyline.align.align import _holder, _same_measures
from storyline.align.claims import Claim, find_figures
from storyline.brief import build_brief
from storyline.pipeline import extract


def _brief(told: list[tuple[str, str, str]]) -> dict:
    arts = [
        dataclasses.replace(make_article(k, "Orlesk mayoral poll", t, outlet=o), published="2031-04-02")
        for k, o, t in told
    ]
    extractions, entities, _notes = extract(arts)
    return build_brief(arts, extractions, entities, story="s1", embedder=HashEmbedder())


LEADS = "Mira Holm leads Tomas Quist by 6 points in a new Kessling Institute poll of Orlesk voters."
GIVES = "A new Kessling Institute poll gives Mira Holm a 4-point lead over Tomas Quist among Orlesk voters."
REST = " The poll of 800 likely voters was taken last week. The mayoral election is on 11 May."


def test_a_lead_told_before_its_noun_is_a_gap() -> None:
    """ "a 4-point lead" is a gap between two counts, as "leads by 6 points" is; a size or a score is not one."""
    assert [f.measure for f in find_figures(GIVES)] == ["difference"]
    assert [f.measure for f in find_figures(LEADS)] == ["difference"]
    assert [f.measure for f in find_figures("Quist has a 12-point plan for the harbour.")] == [""]
    assert [f.measure for f in find_figures("Holm scored 4 points in the debate poll.")] == [""]
    assert [f.measure for f in find_figures("Holm's margin of 4 points was the largest.")] == ["difference"]


def test_a_poll_that_gives_a_figure_holds_none_of_it() -> None:
    """The poll is where the lead comes from ("a ... poll gives Mira Holm a 4-point lead"), not whose lead it is; a
    person or organisation that is the subject still holds its figure."""
    poll = Claim(0, "a", 0, len(GIVES), GIVES, 0, figures=tuple(find_figures(GIVES)), holders=((10, "institute"),))
    assert _holder(poll, poll.figures[0]) is None
    text = "The Kessling Institute raised 4 million crowns for the poll."
    org = Claim(1, "b", 0, len(text), text, 0, figures=tuple(find_figures(text)), holders=((13, "institute"),))
    assert _holder(org, org.figures[0]) == "institute"


def test_one_polls_lead_told_two_ways_is_a_figure_conflict() -> None:
    brief = _brief([("a", "Varrow Herald", LEADS + REST), ("b", "Orle Gazette", GIVES + REST)])
    assert [(c["kind"], c["topic"]) for c in brief["conflicts"]] == [("figure", "point: margin of 4 vs margin of 6")]
    # guards: the same lead told two ways agrees; two polls' leads are two facts
    same = GIVES.replace("4-point", "6-point")
    assert _brief([("a", "Varrow Herald", LEADS + REST), ("b", "Orle Gazette", same + REST)])["conflicts"] == []
    other = GIVES.replace("Kessling Institute", "Marrow University")
    other_rest = " The poll of 600 registered voters was taken at the weekend. The mayoral election is on 11 May."
    assert _brief([("a", "Varrow Herald", LEADS + REST), ("b", "Orle Gazette", other + other_rest)])["conflicts"] == []


def _shares(*texts: str) -> dict[tuple[int, int], str]:
    claims = [Claim(k, f"a{k}", 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, t in enumerate(texts)]
    return _same_measures(claims, {c.article: c.article for c in claims})


def test_one_turnout_told_in_two_outlets_is_one_measure() -> None:
    """ "Turnout was 61%" / "Turnout reached 58 percent": turnout names a share of a whole on its own, so the two are
    one measure to compare, however else the sentences differ; two parties' turnouts are two measures."""
    assert _shares("Turnout was 61%, the highest in two decades.", "Turnout reached 58 percent as voters queued.") == {
        (0, 1): "%"
    }
    assert _shares("Republican turnout was 41%.", "Democratic turnout was 28%.") == {}
    assert _shares("Holm won 54% of the vote.", "Turnout reached 58 percent as voters queued.") == {}


def test_a_forecast_share_is_not_the_measure_told() -> None:
    """NeuS val g41's pattern (invented): economists "had been looking for" a jobless rate of 5.7% and the rate "fell to
    5.4%" are a forecast and the outcome, not two outlets' figures for one measure; two reports of it still compare."""
    assert (
        _shares(
            "Economists surveyed by Halden Bank had been looking for 12,000 new jobs and an unemployment rate of 5.7%.",
            "Employers added 14,200 jobs in May and the unemployment rate fell to 5.4%, the statistics office said.",
        )
        == {}
    )
    assert _shares("Analysts had expected turnout of 70%.", "Turnout reached 58 percent as voters queued.") == {}
    assert _shares("Turnout was 61%, the highest in two decades.", "Turnout reached 58 percent as voters queued.") == {
        (0, 1): "%"
    }
