"""The summary tells the story's events (stop 56, sum-i13): not a feature's scene ("One recent afternoon, two
volunteers were running a phone bank."), the writer's remark ("As usual, it was ... who commanded most of the
attention.") or how a poll was made (its margin of error), as PolNeAR briefs did; not a column under a news label
before the reports; and of a contest's margin told provisional, revised and final on three days, the final one.
All text invented."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from brief_helpers import HashEmbedder, make_article
from brief_helpers import claim_scores as _scores

from storyline.align.claims import Claim, find_figures
from storyline.brief import build_brief
from storyline.brief.summary import (
    _latest_in_place,
    background,
    column_voice,
    superseded_counts,
)
from storyline.extract import extract_articles


def _claim(k: int, text: str, day: str | None = None) -> Claim:
    return Claim(k, f"a{k}", 0, len(text), text, 0, figures=tuple(find_figures(text)), published=day)


SCENES = [
    "One recent afternoon, two volunteers were running a phone bank in Tarvel.",
    "On a rainy Sunday, a dozen canvassers gathered outside the Dell library.",
    "Late one night, the mayor's aides were still counting yard signs in Kelby.",
    "As usual, it was Ada Holm who commanded most of the attention in Varos.",
    "Not surprisingly, the Dell council chamber was packed for the hearing.",
    "The poll has a margin of error of plus or minus 3.5 percentage points.",
    "The survey of 800 likely Dell voters was conducted May 3-6 by telephone.",
    "To be sure, the Holm campaign is trying to win back Dell voters.",
    "Unfortunately, Ivo Rusk is a candidate for the Varos mayoralty.",
    "Amid the din of the Varos race, you can be forgiven for missing the Dell debate.",
    "Ivo Rusk could not be immediately reached for comment on Tuesday.",
    "The Dell council did not respond to a request for comment.",
]


@pytest.mark.parametrize("text", SCENES)
def test_a_scene_a_remark_or_a_polls_method_scores_below_an_event(text: str) -> None:
    assert background(text)
    scene, event = _scores([text, "Ada Holm won the Varos mayoral primary with 52 percent on Tuesday."])
    assert scene < event - 0.4


@pytest.mark.parametrize(
    "text",
    [
        "One day after the vote, Ada Holm resigned as mayor of Varos.",  # the time is the event's
        "As expected, Ada Holm won the Varos mayoral primary on Tuesday.",  # a result, however expected
        "A poll of 800 Dell voters showed Holm leading Rusk by 6 points.",  # a poll's finding
        "On Sunday, a dozen canvassers were arrested outside the Dell library.",
        "Of course voters in Dell care about the harbour levy, Ivo Rusk said.",  # no comma: a speaker's words
        '"Of course, the margin of error is wide," Ivo Rusk said of the Dell poll.',  # inside a quotation
        "Well-wishers lined the road to Varos as Holm's motorcade passed.",
        "Ivo Rusk commented on the harbour levy at a rally in Dell on Tuesday.",
        "You can count on me, Ada Holm told voters in Varos.",  # a speaker's "you"
    ],
)
def test_guard_an_event_or_a_polls_finding_is_no_background(text: str) -> None:
    assert not background(text, speakers=("Ada Holm",) if "Holm told" in text else ())


REPORT = (
    "Ada Holm won the Varos mayoral primary on Tuesday with 52 percent of the vote.\n\n"
    "Ivo Rusk finished second with 41 percent, the Varos election board said.\n\n"
    "Turnout was 38 percent, up from 31 percent four years ago, the board said."
)
COLUMN = (
    "I have covered Varos politics for twenty years, and I think Ada Holm won the Varos mayoral primary on Tuesday "
    "because Ivo Rusk gave voters nothing to vote for.\n\n"
    "What did Rusk expect?\n\n"
    "Our city deserves better than a campaign of yard signs.\n\n"
    "If you live in Varos, you know the harbour levy was the only question that mattered.\n\n"
    "Follow Mara Quell on Twitter @maraquell."
)


def test_a_column_under_a_news_label_is_told_as_one() -> None:
    why = column_voice("Holm's night in Varos\n\n" + COLUMN)
    assert why is not None and "the first person" in why and "a columnist's line (1)" in why


@pytest.mark.parametrize(
    "text",
    [
        REPORT,
        # a report's one question and one "we" in its own words, and a reader addressed once
        REPORT + "\n\nWhat comes next for Rusk?\n\nWe reached the board by phone on Wednesday.\n\n"
        "Here is what the levy means for you.",
        # the first person in quotations and reported speech is the speakers'
        REPORT + '\n\n"We won this for the harbour," Holm told supporters.\n\n'
        'Rusk said: "I think we ran a clean race. Did we lose? Yes. Will you see me again? Yes."',
    ],
)
def test_guard_a_report_is_no_column(text: str) -> None:
    assert column_voice(text) is None


def _brief(*articles):  # type: ignore[no-untyped-def]
    arts = list(articles)
    extractions = {a.id: e for a, e in zip(arts, extract_articles(arts), strict=True)}
    return build_brief(arts, extractions, [], story="s1", embedder=HashEmbedder())


def test_the_reports_tell_the_summary_before_a_column() -> None:
    a = make_article("a", "Holm wins Varos primary", REPORT, outlet="Varos Ledger")
    b = make_article("b", "Holm takes Varos", COLUMN, outlet="Harnby Courier")
    brief = _brief(a, b)
    told = [s["citations"][0]["article"] for s in brief["summary"]]
    assert told[:3] == ["a", "a", "a"]  # every report sentence before the column's
    assert not any(s["text"].startswith("Follow") for s in brief["summary"])  # a line about the writer: never
    assert any("b (Harnby Courier) reads as a column" in n for n in brief["notes"])
    assert next(x for x in brief["articles"] if x["id"] == "b")["kind"] == "report"  # a report still: a source


PROVISIONAL = "Provisional results showed Ada Holm leading Ivo Rusk by 1,040 votes in the Dravnik mayoral race."
REVISED = "A revised count put Holm's lead over Rusk at 311 votes, the Dravnik election board said."
FINAL = "After the recount, Holm won the Dravnik mayoral race by a final margin of 189 votes."


def test_a_margin_told_provisional_revised_and_final_gives_way_to_the_final() -> None:
    claims = [_claim(0, PROVISIONAL, "2031-05-06"), _claim(1, REVISED, "2031-05-07"), _claim(2, FINAL, "2031-05-09")]
    al = SimpleNamespace(claims=claims, groups={c.article: c.article for c in claims})
    assert superseded_counts(al) == {0: [1, 2], 1: [2]}  # type: ignore[arg-type]
    scores = np.array([1.5, 1.2, 0.9], dtype=np.float32)
    _latest_in_place(al, scores)  # type: ignore[arg-type]
    assert list(scores[:2]) == [-np.inf, -np.inf] and scores[2] == pytest.approx(1.5)


@pytest.mark.parametrize(
    "later",
    [
        # the provisional margin told again later, with no word of a revision
        "Holm had led Rusk by 1,040 votes on election night in the Dravnik mayoral race.",
        # a margin in another race, and the count of ballots (no margin) in final words
        "Orr won the Kelby council seat by 96 votes, the election board said.",
        "The final count of ballots cast in Dravnik was 48,200 votes.",
        # "the final round": a last event, not a last figure
        "Holm leads Rusk by 400 votes ahead of the final round in Dravnik.",
    ],
)
def test_guard_what_does_not_supersede_the_provisional_margin(later: str) -> None:
    claims = [_claim(0, PROVISIONAL, "2031-05-06"), _claim(1, later, "2031-05-08")]
    al = SimpleNamespace(claims=claims, groups={c.article: c.article for c in claims})
    assert superseded_counts(al) == {}  # type: ignore[arg-type]
