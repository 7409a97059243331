"""Charged terms both sides of a trade row use: one side's "blackmail" is as loaded as the other's "bullying", a
"protectionist" tariff and "brinkmanship" judge a policy, and "the sick footage" judges a video. Reported accusations
and plain uses stay plain. Invented outlets, people and places."""

from __future__ import annotations

import pytest

from storyline.brief.framing import charged_terms


def _terms(text: str) -> list[str]:
    return [t["term"] for t in charged_terms(text)]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Ostmark blackmail sinks cheese talks", "blackmail"),
        ("The deal ended two days of Ostmark blackmail over Tarnland cheese.", "blackmail"),
        ("Tarnland refused to discuss its protectionist 25% tariff on Ostmark cheese.", "protectionist"),
        ("Tarnland's brinkmanship failed in Brenn on Tuesday.", "brinkmanship"),
        ("Tech firms scrambled to remove the sick footage of the Selvan fire.", "sick footage"),
        ("The sickening video was shared 40,000 times.", "sickening video"),
    ],
)
def test_each_sides_loaded_word_is_charged(text: str, term: str) -> None:
    assert term in _terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Halle Ruun accused Ostmark of blackmail on Tuesday.",
        "Ostmark threatened duties on Tarnland wine, in what Tarnland officials called blackmail.",
        "A Brenn court charged the driver with blackmail on Friday.",
        "Forty sick patients were moved from the Selvan ward on Sunday.",
        "Three workers called in sick after the fire.",
    ],
)
def test_guard_reported_accusations_and_plain_sickness_are_not_charged(text: str) -> None:
    assert _terms(text) == []
