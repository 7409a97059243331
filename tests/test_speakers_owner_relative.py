"""Who "he" is when the person is named only in passing: a person the paragraph brings in for the first time as the
owner of their words ("... heard Chief Auditor Teodor Lasky's statement on Monday. He called ...") is that "he", not
the source quoted the paragraph before; the "he" of a relative clause on one person ("co-host Dorin Kessel, who he
claims ...") is someone else the sentence names (its subject's owner too); a name the tagger took for a body that a
"he" quote is given to through "himself" is a person. Guards keep the last speaker going on as "he" (invented text)."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _extract(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0]


def _who(text: str, words: str) -> list[str | None]:
    return [q.speaker_entity for q in _extract(text).quotes if words in q.content.text]


_QUOTED = "\u201cIt would have been a stretch,\u201d said Pavel Ostrow of Lindholm College.\n\n"
_CALLED = " He called the ruling \u201cdeeply careless,\u201d and said any careful clerk would have known the limits."


def test_a_person_brought_in_as_the_owner_of_a_statement_is_the_he_after_it() -> None:
    text = (
        "Auditors split on the Varga ruling.\n\n"
        "Experts in procurement law were not surprised that the board cleared Ilse Varga of wrongdoing.\n\n"
        "\u201cIt would have been a stretch to fit her conduct into the tender rules,\u201d said Pavel Ostrow of "
        "Lindholm College. \u201cThe rules were never written for this.\u201d\n\n"
        "That may sound odd to anyone who heard Chief Auditor Teodor Lasky\u2019s statement on Monday. He called her "
        "handling of the tender files \u201cdeeply careless,\u201d and said any careful clerk would have known the "
        "limits.\n\n"
        "It surprised some veteran auditors too."
    )
    assert _who(text, "careful clerk") == ["Teodor Lasky"]


@pytest.mark.parametrize(
    ("before", "paragraph"),
    [
        # the last speaker named again in the paragraph: he goes on
        ("", "Ostrow read Chief Auditor Teodor Lasky\u2019s statement on Monday."),
        # the owner was named before: a mention in passing
        (
            "Chief Auditor Teodor Lasky opened the inquiry in May.\n\n",
            "That may sound odd to anyone who heard Lasky\u2019s statement on Monday.",
        ),
        # what the owner owns is not words
        ("", "That may sound odd to anyone who visited Chief Auditor Teodor Lasky\u2019s office on Monday."),
    ],
)
def test_the_last_speaker_goes_on_being_he_past_an_owner_named_in_passing(before: str, paragraph: str) -> None:
    text = "Auditors split on the Varga ruling.\n\n" + before + _QUOTED + paragraph + _CALLED
    assert _who(text, "careful clerk") == ["Pavel Ostrow"]


def test_the_he_of_a_relative_clause_on_one_person_is_the_sentences_subject() -> None:
    text = (
        "Debate goes on without the favourite.\n\n"
        "Tomas Brenner led the field again on Monday.\n\n"
        "\u201cBrenner is positioned to sweep the first three states,\u201d said Pavel Ostrow, director of the "
        "Lindholm Polling Institute.\n\n"
        "Brenner\u2019s feud with Eastwire initially was aimed at co-host Dorin Kessel, who he claims has been "
        "unfair to him.\n\n"
        "Kessel declined to comment."
    )
    assert _who(text, "unfair to him") == ["Tomas Brenner"]


def test_a_relative_clause_with_no_one_else_in_its_sentence_is_left_as_before() -> None:
    # guard: no one else named in the sentence: the last speaker, as before
    text = (
        "Debate goes on without the favourite.\n\n"
        "\u201cBrenner is positioned to sweep the first three states,\u201d said Pavel Ostrow, director of the "
        "Lindholm Polling Institute.\n\n"
        "The attack was aimed at co-host Dorin Kessel, who he claims has been unfair to him."
    )
    assert _who(text, "unfair to him") == ["Pavel Ostrow"]


def test_a_name_a_he_quote_is_given_to_through_himself_is_a_person() -> None:
    text = (
        "The Latest: Kopra wins Dell.\n\n"
        "9:35 p.m.\n\n"
        "Ilan Kopra has won the Dell primary, his first win of the night.\n\n"
        "Kopra is drawing sharp contrasts between himself and front-runner Ivo Holm.\n\n"
        "He said he and Holm differ on the river treaty and the court nominee.\n\n"
        "Kopra captured two states during the string of contests known as Super Tuesday.\n\n"
        "Marta Quist is setting high expectations for Ilan Kopra\u2019s Super Tuesday finish."
    )
    art = _extract(text)
    assert [q.speaker_entity for q in art.quotes if "river treaty" in q.content.text] == ["Kopra"]
    labels = {m.label for m in art.mentions if m.span.text == "Kopra"}
    assert labels == {"PERSON"}


def test_a_body_that_itself_binds_stays_a_body() -> None:
    # guard: "itself" is no person; the ministry is not relabelled and "He" is not the ministry
    text = (
        "The Latest: ministry answers.\n\n"
        "8:10 p.m.\n\n"
        "The Harbour Ministry is drawing sharp contrasts between itself and front-runner Lukas Pell.\n\n"
        "He said he and the ministry differ on the harbour levy."
    )
    art = _extract(text)
    assert {m.label for m in art.mentions if m.span.text == "Harbour Ministry"} == {"ORG"}
    assert [q.speaker_entity for q in art.quotes if "harbour levy" in q.content.text] == ["Lukas Pell"]
