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


def test_a_books_title_and_a_formal_charges_name_are_no_charged_words() -> None:
    """NeuS audit repro 09: the words of a book's title inside a sentence naming it ("Fault Lines: How the Coast Feeds
    on Hate and Fear") are a name, and "abuse of office", "contempt of the assembly" name the charges; the outlet's own
    "hate" and "abuse" still count."""
    assert (
        _terms("Harold Quist Jr. released a new book, Fault Lines: How the Coast Feeds on Hate and Fear, on Tuesday.")
        == []
    )
    assert (
        _terms("Lawmakers filed charges of abuse of office and contempt of the assembly against Governor Odo Rusk.")
        == []
    )
    assert _terms("Harold Quist Jr. Spews Hate At Rivals In New Book") != []
    assert _terms("The governor's contempt for the voters was plain.") != []
