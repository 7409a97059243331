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


def test_words_of_deceit_make_a_piece_read_negative() -> None:
    """VADER lacks "twisted", "false", "untruths", "falsehoods": a piece built of them read neutral or positive
    ("In truth" and "calmer" are rated, the judgement was not)."""
    from storyline.brief.framing import tone

    piece = [
        "Odo Brask's calmer showing in the Kessling debate was a new tone, but he kept passing off his twisted picture "
        "of the world as fact.",
        "In truth, his answers were littered with false claims.",
    ]
    assert tone(piece)["compound"] < 0
    assert tone(["Brask kept up his stream of untruths and falsehoods."])["compound"] < 0


def test_a_view_or_words_judged_false_in_the_outlets_voice_are_charged() -> None:
    assert _terms("Odo Brask kept passing off his twisted picture of the world as fact.") == ["twisted picture"]
    assert _terms("In truth, his answers were littered with false claims.") == ["littered with false claims"]
    assert _terms("The mayor's speech in Orsholm was riddled with lies.") == ["riddled with lies"]


@pytest.mark.parametrize(
    "text",
    [
        "The crash left twisted metal across the Orsk road.",
        "Mayor Osk said the council's account was twisted.",
        "Osk called his rival's account of the vote a twisted version of events.",
        "Osk denied that his speech was riddled with lies.",
        "He made false statements to investigators, prosecutors said.",
        "The Kessling clinic's test gave a false positive.",
    ],
)
def test_deceit_reported_or_plain_is_not_charged(text: str) -> None:
    assert _terms(text) == []
