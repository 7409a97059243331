"""Charged words in a plain sense are not the outlet's loading (audit8 repro 10): a phrasal verb ("blasted out an
email"), a word of what is still owed or to be awarded ("delegates still outstanding"), a heading alone on its line
("OUTSTANDING."), the name of a kind of violence ("the threat of terrorism", "the civil war"), a named freedom."""

import pytest

from storyline.brief.framing import charged_terms


def terms(text: str) -> list[str]:
    return [t["term"] for t in charged_terms(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Orlen campaign quickly blasted out an email to supporters quoting the councillor.",
        "The rocket blasted off from the Varnholm pad at dawn.",
        "The gate of the Tessel depot slammed shut behind the inspectors.",
        "Four delegates remain outstanding after the Marrow count.",
        "These are the pledged delegates still outstanding in the last three contests.",
        "The Kelby council has outstanding debts of 4 million crowns.",
        "OUTSTANDING.\n\nThese are the Lindqvist delegates still to be awarded.",
        "Ministers in Pellaro discussed the threat of terrorism at the summit.",
        "The Ostrava envoy recalled the civil war and a declaration of war in 1921.",
        "The court in Dunmere ruled on religious freedom at the Harrow school.",
    ],
)
def test_plain_sense_not_charged(text: str) -> None:
    assert terms(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Senator Orlen blasted the Tessel plan as reckless.", "blasted"),
        ("Critics slammed Mayor Kelby for the delay at the Marrow depot.", "slammed"),
        ("The Varnholm Hawks had an outstanding season under coach Ilse Dray.", "outstanding"),
        ("The Pellaro campaign turned into a xenophobic bidding war over the border.", "xenophobic"),
        ("SHAMEFUL! The Dunmere council let the bridge rot.", "shameful"),
        ("It is another escalation in the Orlen administration's war on cities with Tessel mayors.", "war"),
    ],
)
def test_loaded_sense_still_charged(text: str, word: str) -> None:
    assert any(word in t for t in terms(text))
