"""The summary states the latest figure of a count told day by day, and its sentences stand alone (sum-i9: story16
min/06's day-1 evacuee count in the summary, never the later one; "For X, the mission is different."; "One would be
something like ..."; a title ending on who says it taken for a forecast). All text invented."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storyline.align.claims import Claim, find_figures
from storyline.brief.summary import (
    DANGLING,
    LEANING_END,
    _latest_in_place,
    superseded_counts,
    tells_no_event,
)


def _al(reports: list[tuple[str, str]]) -> SimpleNamespace:
    claims = [
        Claim(k, f"a{k}", 0, len(t), t, 0, figures=tuple(find_figures(t)), published=day)
        for k, (day, t) in enumerate(reports)
    ]
    return SimpleNamespace(claims=claims, groups={c.article: c.article for c in claims})


FIRST = "A barge sank in the Tesk canal at Orvane late on Monday, forcing the evacuation of about 600 residents."


def test_a_count_a_later_day_updates_gives_way_to_the_update() -> None:
    al = _al(
        [
            ("2031-05-06", FIRST),
            ("2031-05-07", "Chief Ulla Brenn said on Wednesday that 950 people were now under the evacuation order."),
        ]
    )
    assert superseded_counts(al) == {0: [1]}  # type: ignore[arg-type]
    scores = np.array([1.5, 1.1], dtype=np.float32)
    _latest_in_place(al, scores)  # type: ignore[arg-type]
    assert scores[0] == -np.inf and scores[1] == pytest.approx(1.5)


def test_the_update_in_words_of_a_rise_and_a_chain_of_days() -> None:
    al = _al(
        [
            ("2031-05-06", FIRST),
            ("2031-05-07", "The number of residents evacuated in Orvane rose to 950 people on Wednesday."),
            ("2031-05-08", "By Thursday 1,300 people had been evacuated so far, the Orvane council said."),
        ]
    )
    scores = np.array([1.5, 1.2, 0.9], dtype=np.float32)
    _latest_in_place(al, scores)  # type: ignore[arg-type]
    assert list(scores[:2]) == [-np.inf, -np.inf] and scores[2] == pytest.approx(1.5)


@pytest.mark.parametrize(
    "later",
    [
        # the same day: two outlets disagree, the conflict shows it
        ("2031-05-06", "Chief Ulla Brenn said 950 people were now under the evacuation order."),
        # no words of an update: a count of a past moment told otherwise disputes it
        ("2031-05-07", "About 950 residents had left their homes during the evacuation, Chief Ulla Brenn said."),
        # another thing counted
        ("2031-05-07", "Chief Ulla Brenn said 12 people were now in hospital with burns."),
        # the same figure told again
        ("2031-05-07", "About 600 people were now under the evacuation order, the Orvane council said."),
        # an earlier day's report
        ("2031-05-05", "Chief Ulla Brenn said that 950 people were now under the evacuation order."),
    ],
)
def test_guard_what_is_no_update_of_the_count(later: tuple[str, str]) -> None:
    al = _al([("2031-05-06", FIRST), later])
    assert superseded_counts(al) == {}  # type: ignore[arg-type]
    scores = np.array([1.5, 1.1], dtype=np.float32)
    _latest_in_place(al, scores)  # type: ignore[arg-type]
    assert list(scores) == pytest.approx([1.5, 1.1])


def test_guard_undated_reports_update_nothing() -> None:
    al = _al([(None, FIRST), (None, "Chief Ulla Brenn said 950 people were now under the evacuation order.")])  # type: ignore[list-item]
    assert superseded_counts(al) == {}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "For Holm, the mission is different.",
        "For the Varos council, the calculation was another matter.",
        "The Dell race is a different story.",
        "One would be something like the old Tesk plan.",
        "Another could follow before the Orvane vote.",
        "One was found near the canal on Tuesday.",
    ],
)
def test_a_sentence_that_leans_on_the_one_before(text: str) -> None:
    assert DANGLING.match(text) or LEANING_END.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Orvane mission is different from the one the council approved in May.",
        "One man was found near the canal on Tuesday.",
        "One of the barges sank near Orvane.",  # "one of" is left to PICKS_BACK
        "Another 20 residents were evacuated on Tuesday.",
        "One Tesk Alliance said it would join the Orvane coalition.",
    ],
)
def test_guard_a_sentence_that_names_what_it_compares_or_counts(text: str) -> None:
    assert not (DANGLING.match(text) or LEANING_END.search(text))


def test_a_title_that_ends_on_who_says_it_reports_a_statement() -> None:
    assert not tells_no_event("Holm will back Rusk, eventually, former rival says.")
    assert not tells_no_event("Varos will miss its budget target, council auditor warns")


@pytest.mark.parametrize(
    "title",
    ["Insiders: Holm will rebound in Varos.", "Will Holm win Varos, and who says so?", "How Holm could win, says Rusk"],
)
def test_guard_a_forecast_or_question_without_a_closing_speaker(title: str) -> None:
    assert tells_no_event(title)
