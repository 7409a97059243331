"""Calling a person a liar in the outlet's own voice is charged; a liar someone else names is reported (stop 48:
NeuS audit repro 10)."""

from __future__ import annotations

import pytest

from storyline.brief.framing import charged_terms


def _terms(text: str) -> list[str]:
    return [t["term"] for t in charged_terms(text)]


def test_the_outlet_calling_someone_a_liar_is_charged() -> None:
    assert _terms("Ilsa Varn is a habitual liar and she lied once more on stage.") == ["habitual liar"]
    assert _terms("Teo Brask kept up his stream of untruths in the Kessling debate.") == ["stream of untruths"]
    assert _terms("The town hall in Orsholm was dripping with falsehoods.") == ["falsehoods"]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Osk called her rival a liar on Tuesday.",
        "calling Senate Majority Leader Tomas Vell Osk a liar.",
        "One of the doctors called Vell a quack, fake and charlatan.",
        "A young man asked Vell why young people thought she was a liar.",
        "''She's a liar and everybody knows that,'' Osk said.",
    ],
)
def test_a_liar_someone_else_names_is_reported(text: str) -> None:
    assert _terms(text) == []
