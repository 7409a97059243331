"""Reported clauses around a cue: a duty is no speech act, a cue set off after its main clause reports that clause.
Invented text, with the spaCy model."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def test_what_someone_should_do_is_no_quote_of_theirs() -> None:
    """ "Pell said the mayor should explain the delay": the mayor is told what to do; only Pell speaks."""
    text = (
        "HALMBY - Councillor Idris Pell said the mayor should explain the delay to the council.\n\n"
        "Lena Okafor, the harbour master, said the port authority must publish the survey by Friday.\n"
    )
    quotes = _quotes_of(text)
    assert {q.cue.text for q in quotes} == {"said"}, [(q.cue.text, q.content.text) for q in quotes]
    assert {q.speaker_entity for q in quotes} == {"Idris Pell", "Lena Okafor"}


def test_a_cue_set_off_after_the_main_clause_reports_that_clause() -> None:
    """ "Mira Holt resigned on Tuesday, colleagues said, after a memo revealed ...": the colleagues report the resignation with
    the clause after their aside (the whole sentence, as "A, NP said, B" is read without a parse), not only the
    adverbial clause after the aside."""
    parsed = (
        "Ferry chief quits\n\n"
        "Mira Holt resigned on Tuesday, colleagues said, after a memo revealed losses at Orsby State Bank.\n"
    )  # two cue words: read from the parse
    [colleagues] = [q for q in _quotes_of(parsed) if q.cue.text == "said"]
    assert colleagues.content.text.startswith("Mira Holt resigned on Tuesday"), colleagues.content.text
    assert colleagues.content.text.endswith("losses at Orsby State Bank"), colleagues.content.text
    assert colleagues.speaker is not None and colleagues.speaker.text == "colleagues"
    start = parsed.index("Mira")
    assert (colleagues.content.start, colleagues.content.end) == (start, start + len(colleagues.content.text))
    later = _quotes_of("Terminal delayed\n\nThe new terminal, the council said, will open in June after an audit.\n")
    assert [q.content.text for q in later if q.cue.text == "said"] != []


def test_i_must_say_is_the_writers_statement() -> None:
    [said] = _quotes_of("Ferry row\n\nI must say that the harbour board kept every promise it made to Halmby.\n")
    assert said.content.text.startswith("that the harbour board"), said.content.text


def test_mr_with_a_surname_two_namesakes_share_is_the_man() -> None:
    """ "Mr Sandvik" after a daughter and her father both named: the man, though the father was introduced as a
    relative (the daughter's given name says she is a woman)."""
    text = (
        "Ferry row\n\n"
        "HALMBY - Councillor Greta Sandvik said the ferry contract must be cancelled.\n\n"
        'Her father, Anton Sandvik, defended the harbour board. "They kept every promise," Mr Sandvik said.\n'
    )
    [quote] = [q for q in _quotes_of(text) if q.kind == "direct"]
    assert quote.speaker_entity == "Anton Sandvik", quote.speaker_entity
    her = _quotes_of(text.replace("Mr Sandvik", "Ms Sandvik"))
    assert [q.speaker_entity for q in her if q.kind == "direct"] == ["Greta Sandvik"]
