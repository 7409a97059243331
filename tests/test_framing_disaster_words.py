"""The plain words of a disaster report are no framing (invented outlets, people and places): "blast" the noun names
an explosion, not the verb of a criticism ("Orlen blasted the plan"); "kills" counts the dead as "killed" does; a word
the outlets' headlines share is the story's vocabulary as one their sentences share is. The voices of fire officers,
fire and rescue services and ambulance crews are the emergency services'."""

from __future__ import annotations

import pytest
from brief_helpers import framed_terms

from storyline.brief.framing import charged_terms, role_kind


def _terms(text: str) -> list[str]:
    return [t["term"] for t in charged_terms(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The blast killed two workers at the Tarnby mill.",
        "Two blasts shook the Orvel docks before dawn.",
        "Debris from the two blasts fell on Orvel.",
        "Monday's blast was heard across Orvel.",
        "Three died in the Selmar gas blast on Friday.",
        "A fire kills three in Orvel.",
        "An explosion at the Selmar works kills two.",
    ],
)
def test_the_plain_words_of_an_explosion_and_its_dead_are_not_charged(text: str) -> None:
    assert _terms(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Senator Orlen blasted the Tessel plan.", "blasted"),
        ("Orlen blasts Tessel plan as a fiasco", "blasts"),
        ("Democrats in the Selmar assembly blast the plan.", "blast"),
        ("The senator will blast the Orvel plan.", "blast"),
        ("The senators blast the Orvel plan.", "blast"),
        ("The Orvel Herald blasts the mayor.", "blasts"),
    ],
)
def test_guard_blast_the_verb_of_a_criticism_stays_charged(text: str, word: str) -> None:
    assert any(word in t for t in _terms(text))


def test_guard_loaded_words_of_a_disaster_report_stay_charged() -> None:
    got = _terms("The mill's reckless owners ran a cover-up after the blast killed two.")
    assert "reckless" in got and "cover-up" in got
    assert not any("blast" in t or "kill" in t for t in got)


STORY = {
    "a": ("Tarnby Courier", "Four people died after an explosion at the Orvel mill on Monday."),
    "b": ("Orvel Gazette", "Two workers died when an explosion tore through the Orvel mill."),
    "c": ("Selmar Post", "Fire crews worked through the night at the Orvel mill."),
}


def test_a_word_the_headlines_share_is_the_storys_vocabulary() -> None:
    got = framed_terms(STORY, {"a": "Orvel blast toll rises to four", "b": "Two dead as blast hits Orvel mill"})
    assert not any("blast" in t for r in got.values() for t in r)


def test_guard_a_loaded_word_in_one_headline_alone_stays_charged() -> None:
    got = framed_terms(STORY, {"a": "Reckless mill owners face Orvel inquiry", "b": "Two dead in Orvel mill explosion"})
    assert any("reckless" in t for t in got["a"])


@pytest.mark.parametrize(
    "role",
    [
        "Chief Fire Officer",
        "Tarnby Fire and Rescue Service",
        "a spokeswoman for the Orvel fire brigade",
        "an ambulance service spokesman",
        "Selmar Fire Department captain",
        "the Orvel Coast Guard",
    ],
)
def test_fire_officers_and_rescue_services_are_the_emergency_services(role: str) -> None:
    assert role_kind([role]) == "emergency services"


def test_guard_other_officers_keep_their_kind() -> None:
    assert role_kind(["Chief Medical Officer"]) == "medical staff"
    assert role_kind(["Police Chief Inspector"]) == "police"
    assert role_kind(["the mayor, who thanked the fire crews"]) == "officials"
