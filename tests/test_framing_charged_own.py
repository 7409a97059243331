"""Charged terms, round three: the story's vocabulary is what other outlets say in their own words (not what they
report someone said), a nameless source's view in a relative clause is the outlet's framing, praise that says a thing
deserves it, and plain words (a swear idiom someone said, a legal term, a feeling, the name of the subject) are not
framing. Invented outlets, people and places."""

from __future__ import annotations

import pytest
from brief_helpers import framed_terms

from storyline.brief.framing import charged_terms


def _terms(text: str) -> list[str]:
    return [t["term"] for t in charged_terms(text)]


_framed = framed_terms


@pytest.mark.parametrize(
    "reported",
    [
        "Mira Kahn has repeatedly accused Ivo Holm of using divisive rhetoric.",
        "Mira Kahn criticized what she called the divisive rhetoric of Ivo Holm.",
    ],
)
def test_another_outlets_report_of_a_word_is_not_the_storys_vocabulary(reported: str) -> None:
    got = _framed(
        {
            "a": ("Dell Herald", "It is the divisive rhetoric of Ivo Holm that alarms the Varos party."),
            "b": ("Varos Post", reported),
        }
    )
    assert "divisive rhetoric" in got["a"]


def test_guard_another_outlets_own_use_of_a_word_still_makes_it_the_storys() -> None:
    got = _framed(
        {
            "a": ("Dell Herald", "It is the divisive rhetoric of Ivo Holm that alarms the Varos party."),
            "b": ("Varos Post", "The divisive rhetoric of the Varos primary has worn voters out."),
        }
    )
    assert not any("divisive" in t for t in got["a"])


@pytest.mark.parametrize(
    "text",
    [
        "The Orlen levy, which critics say is a disastrous burden, passed on Monday.",
        "The Orlen levy, which even critics say is a disastrous burden, passed on Monday.",
        "The Orlen levy, which critics called disastrous, passed on Monday.",
    ],
)
def test_a_nameless_sources_view_in_a_relative_clause_is_the_outlets_framing(text: str) -> None:
    assert any("disastrous" in t for t in _terms(text))


def test_guard_a_named_speakers_view_in_a_relative_clause_is_reported() -> None:
    assert not any("disastrous" in t for t in _terms("The Orlen levy, which Mira Kahn says is disastrous, passed."))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's answer showed an admirable restraint.",
        "Tova Reinholt ran a remarkable campaign in Varos.",
        "The council's praiseworthy plan drew a crowd.",
    ],
)
def test_praise_that_says_a_thing_deserves_it_is_charged(text: str) -> None:
    assert any(w in t for t in _terms(text) for w in ("admirable", "remarkable", "praiseworthy"))


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of Tova Reinholt were happy with the result.",
        "The celebrated chef opened a second café in Varos.",
        "Rich districts of Varos voted for the levy.",
        "The hackers used sophisticated tools.",
    ],
)
def test_guard_plain_positive_words_stay_uncharged(text: str) -> None:
    assert _terms(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The town hall turned to the debate about special places in hell for certain voters.",
        "Holm has promised to bomb the hell out of the rebels.",
        "Voters in Orlen were split between dissatisfaction and anger.",
        "The debate turned to illegal immigration and the border.",
        "The families of men killed by police violence will campaign for Kahn.",
        "Kahn invoked the water contamination crisis in Dessel in her speech.",
        "The gun violence bill failed in the Varos senate.",
    ],
)
def test_a_swear_idiom_a_legal_term_a_feeling_or_the_subjects_name_is_not_framing(text: str) -> None:
    assert _terms(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Life in the camp was a living hell for the Dessel families.", "hell"),
        ("The rally ended in horrific violence.", "violence"),
        ("Holm's campaign is a fury of resentment.", "fury"),
        ("The Varos council's handling of it was a manufactured crisis.", "crisis"),
    ],
)
def test_guard_the_outlets_own_hell_violence_and_crisis_stay_charged(text: str, word: str) -> None:
    assert any(word in t for t in _terms(text))
