"""The summary prefers a sentence that tells an event (someone named who says, does or counts something) to one that
guesses or muses in the outlet's own voice ("Support for Holm here may deepen.", "Maybe that is all a fair trade.");
a name with its party in brackets and "also" leans back like a bare name with "also" (stop 55, sum-i11: PolNeAR
briefs took such sentences when a leaning one was dropped). All text invented."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storyline.align.claims import Claim, find_figures
from storyline.brief.summary import SummaryOptions, hedged, sentence_scores, tells_event


def _claim(k: int, text: str, *, people: tuple[str, ...] = (), speakers: tuple[str, ...] = ()) -> Claim:
    return Claim(
        k,
        f"a{k}",
        0,
        len(text),
        text,
        0,
        people=frozenset(people),
        speakers=frozenset(speakers),
        figures=tuple(find_figures(text)),
    )


def _scores(claims: list[Claim], centrality: list[float] | None = None, event: float = 0.0) -> list[float]:
    al = SimpleNamespace(
        claims=claims,
        vectors=np.eye(len(claims)),
        centrality=np.array(centrality or [0.8] * len(claims)),
        groups={c.article: c.article for c in claims},
    )
    return [float(x) for x in sentence_scores(al, np.zeros((0, 2)), SummaryOptions(lexical=0.0, event=event))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("guess", "plain"),
    [
        ("Support for Mayor Ada Holm in Varos may deepen.", "Support for Mayor Ada Holm in Varos deepened."),
        ("Maybe the levy is a fair trade for a sounder harbour.", "The levy pays for a sounder harbour in Kelby."),
        ("Senator Ivo Rusk appears to be slipping in Dell.", "Senator Ivo Rusk is slipping in the Dell polls."),
        (
            "Kelby has lived through perhaps the longest strike since 1990.",
            "Kelby has lived through the longest strike since 1990.",
        ),
    ],
)
def test_a_guess_in_the_outlets_voice_scores_below_the_plain_statement(guess: str, plain: str) -> None:
    people = ("Ada Holm",) if "Holm" in guess else ("Ivo Rusk",) if "Rusk" in guess else ()
    a, b = _scores([_claim(0, guess, people=people), _claim(1, plain, people=people)])
    assert a < b - 0.2


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Mayor Ada Holm said the Varos vote may slip to March.", ()),  # a reported guess
        ("The Varos vote may slip to March, according to the harbour board.", ()),
        ("The vote may slip to March, the mayor told reporters in Varos.", ("Ada Holm",)),
        ("Orr won the Dell primary, and turnout may have been a record.", ()),  # the guess is a later clause
        ("The council approved the levy on Monday in Kelby.", ()),
        ("Dell's mayor, Ada Holm, has indicated she may be willing to back Rusk.", ()),
        ("A Varos group is challenging 3,000 voters who may have moved before the runoff.", ()),  # a relative clause
        ("The notion that the levy might ruin Kelby was dealt a blow by the audit on Monday.", ()),
    ],
)
def test_guard_a_reported_guess_or_a_later_clause_is_not_hedged(text: str, speakers: tuple[str, ...]) -> None:
    assert not hedged(_claim(0, text, speakers=speakers))


def test_a_named_actor_who_says_or_does_something_outranks_a_judgement() -> None:
    event = _claim(
        0, "Speaking at a rally in Dell, Holm called Rusk a co-founder of the cartel.", people=("Holm", "Rusk")
    )
    judged = _claim(1, "The most telling promise Holm has made in the race is a modest one.", people=("Holm",))
    assert tells_event(event) and not tells_event(judged)
    # the judgement is a little more central: the event sentence still comes first
    a, b = _scores([event, judged], centrality=[0.78, 0.8], event=0.1)  # the bonus is off by default
    assert a > b


@pytest.mark.parametrize(
    ("text", "people", "expected"),
    [
        ("The Dell council said 14 homes were lost in the flood.", (), False),  # nobody named as a person or org
        ("Ada Holm won 14 of the 20 Varos districts.", ("Ada Holm",), True),
        ("Ada Holm's career has not taken a predictable route.", ("Ada Holm",), False),
        ("Ada Holm, the mayor, is a careful woman.", ("Ada Holm",), False),
    ],
)
def test_tells_event_needs_a_name_and_a_deed_or_a_count(text: str, people: tuple[str, ...], expected: bool) -> None:
    assert tells_event(_claim(0, text, people=people)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Ada Holm (D-Dell) also addressed the dispute when introducing Rusk on Thursday.",
        "Ivo Rusk (R-Varos) also spoke at the harbour rally.",
    ],
)
def test_a_name_with_its_party_in_brackets_and_also_leans_back(text: str) -> None:
    assert _scores([_claim(0, text, people=("Ada Holm", "Ivo Rusk"))]) == [-np.inf]


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Ada Holm (D-Dell) addressed the dispute when introducing Rusk on Thursday.",
        "Rep. Ada Holm (D-Dell) said the dispute also hurt the harbour.",
    ],
)
def test_guard_a_name_in_brackets_without_also_first_stays(text: str) -> None:
    assert np.isfinite(_scores([_claim(0, text, people=("Ada Holm", "Ivo Rusk"))])[0])
