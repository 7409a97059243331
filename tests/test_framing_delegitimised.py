"""An outlet's own words that make a rival or a vote illegitimate: "sore loser", "stolen election", "a coup by
lawsuit", in its headline or its sentences. Reported, denied or called so by someone, and a coup of soldiers, they
stay plain. Invented outlets, people and places."""

from __future__ import annotations

import pytest

from storyline.brief.framing import charged_terms


def _terms(text: str) -> list[str]:
    return [t["term"] for t in charged_terms(text)]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Tomsic claims victory as sore loser Baranek stalls", "sore loser"),
        ("Baranek camp warns of stolen election as board rewrites count", "stolen election"),
        ("Judge orders partial recount as Baranek camp tries a coup by lawsuit", "coup by lawsuit"),
        ("Mayor Ilse Baranek has spent three days behaving like a sore loser.", "sore loser"),
        ("The appeal is nothing less than a judicial coup in Velmora.", "judicial coup"),
        ("Her allies are trying to steal the election in Velmora.", "steal the election"),
    ],
)
def test_an_outlets_own_delegitimising_words_are_charged(text: str, term: str) -> None:
    assert term in _terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tomsic said Baranek was a sore loser.",
        "His campaign now calls the board's correction a stolen election.",
        "Baranek denied that the count was a stolen election.",
        "The stolen election claims were dismissed by the Velmora court on Friday.",
        "The military coup in Ostrava failed within a day.",
        "A coup attempt by the army was put down on Sunday.",
        "Police recovered stolen ballots from a Velmora garage.",
    ],
)
def test_guard_reported_denied_and_real_coups_are_not_charged(text: str) -> None:
    assert _terms(text) == []


def test_guard_a_criticism_reports_its_grounds_as_the_critics_word() -> None:
    # the outlet's "blasted" is its own; "sore losers" is the allies'
    assert "sore losers" not in _terms("Tomsic's allies, meanwhile, blasted Baranek's camp for being sore losers.")
