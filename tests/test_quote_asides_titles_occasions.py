"""What is a quote and where it starts and ends (invented text): an "as police have said" aside after a sentence that
frames another clause gives police neither; the clause told starts at the first "that" after the one told; a name in
a dash apposition is the words between the dashes; a programme's title in quotation marks is no part of the quote;
a poll average is a source of figures, not a speaker; "adding to her lead" says nothing; a participle after a
quotation closed on a comma is the outlet's; "said in a statement released by ..." names where, not what."""

from __future__ import annotations

import pytest
from brief_helpers import article_ledger

from storyline.brief.framing import voices
from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow

HEAD = "Tessby harbour news\n\nBy Staff Writer | 9 March 2027\n\n"


def _rows(*sentences: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(speaker, mention text, cue, quote text) of every ledger row of a one-paragraph-per-sentence article."""
    return article_ledger(HEAD, *sentences)


def _texts(*sentences: str) -> list[str]:
    return [t for _s, _m, _c, t in _rows(*sentences)]


def test_an_as_aside_after_the_writers_frame_gives_the_speaker_nothing() -> None:
    """The writer's "does not show whether" is not what police said; nor is the whole sentence with ", as"."""
    texts = _texts("The clip also does not show whether Dario Menn was holding a knife, as police have said.")
    assert not any("does not show" in t or t.endswith(", as") for t in texts)
    texts = _texts("The footage does not prove that Dario Menn was armed, as the union has said.")
    assert not any("does not prove" in t for t in texts)
    texts = _texts(
        "Even in Dell, it is premature to assume Quist has the race locked up, as some party leaders have taken to "
        "saying."
    )
    assert not any("premature" in t for t in texts)


def test_an_as_aside_after_a_plain_clause_is_the_speakers_without_as() -> None:
    """Guards: the clause the aside follows is what was said (negation and all), without ", as"; a plain ", X said"
    is unchanged."""
    assert _rows("Dario Menn was holding a knife, as police have said.") == [
        ("police", "police", "said", "Dario Menn was holding a knife")
    ]
    assert [t for _s, _m, _c, t in _rows("Dario Menn was not armed, as his brother has said.")] == [
        "Dario Menn was not armed"
    ]
    assert _texts("The ferry will stop at Kelby in May, harbour officials said.") == [
        "The ferry will stop at Kelby in May"
    ]


def test_the_clause_told_starts_at_the_first_that_after_the_one_told() -> None:
    texts = _texts(
        "Chief Ada Lorne later told Channel 7 that the camera was not at an angle that would capture a blade in "
        "Menn's grip."
    )
    assert [t.removeprefix("that ") for t in texts] == [
        "the camera was not at an angle that would capture a blade in Menn's grip"
    ]


def test_the_clause_told_guards() -> None:
    """Guards: an addressee with a time before "that"; a relative "that" inside the clause; "that" as a word."""
    assert _texts("Tova Linn told reporters on Monday that the plan that the board chose would shut the pier.") == [
        "the plan that the board chose would shut the pier"
    ]
    assert _texts("Osk Varga told a cheering crowd in Dell that he expects to win that state's primary.") == [
        "he expects to win that state's primary"
    ]


def test_a_name_in_a_dash_apposition_is_the_words_between_the_dashes() -> None:
    rows = _rows(
        "Premier Dana Wick set out her flood plan on Sunday.",
        'A former party leader -- Aldo Brun, who was beaten by Wick in 2022 -- said the premier "brought nothing '
        'new to a plan that always arrives late."',
    )
    assert [s for s, _m, _c, t in rows if "brought nothing new" in t] == ["Aldo Brun"]
    text = "A former party leader -- Aldo Brun, who lost in 2022 -- said the plan was late. Edda Lund-Berg agreed."
    ex = extract_articles([article_from_text(text, "t.txt")])[0]
    names = {m.span.text for m in ex.mentions if m.label == "PERSON"}
    assert "Aldo Brun" in names and not any(n.startswith(("-", "\u2014")) or n.endswith("-") for n in names)
    assert "Edda Lund-Berg" in names  # a hyphen inside a name stays


def test_a_programmes_title_in_quotation_marks_is_no_part_of_the_quote() -> None:
    rows = _rows(
        "Ivo Holm later blamed a faulty studio line for his silence.",
        '"The line from the studio kept cutting out," Holm told Channel 5\'s "Morning Hour" on Monday. "I could '
        'barely make out the question."',
    )
    texts = [t for _s, _m, _c, t in rows]
    assert '"The line from the studio kept cutting out,"' in texts
    assert not any("Morning Hour" in t for t in texts)
    assert [s for s, _m, _c, t in rows if "barely make out" in t] == ["Ivo Holm"]
    said_on = _texts('"We are ready," Ada Lorne said on "Harbour Watch." "The pier will open in May."')
    assert said_on == ['"We are ready,"', '"The pier will open in May."']
    assert _texts('"We are ready," Ada Lorne told Kelby\'s "Today" on Monday.') == ['"We are ready,"']


def test_quoted_words_stay_parts_of_the_quote() -> None:
    """Guards: quoted words in title case after "called" and a quotation going on after the attribution are words."""
    rows = _rows('"We are ready," Ada Lorne said, "and the Harbour Board is too."')
    assert [t for _s, _m, _c, t in rows] == ['"We are ready," Ada Lorne said, "and the Harbour Board is too."']
    texts = _texts('Ada Lorne called the plan "Dead On Arrival" at the meeting, and the board agreed with her.')
    assert any("Dead On Arrival" in t for t in texts)


def test_a_poll_average_is_a_source_of_figures_not_a_speaker() -> None:
    """A fact-checker checks the figure against the poll average the outlet names: the sentence (a fact) keeps that
    source; the ledger of who said what and the voices hold people and bodies that speak."""
    text = (
        "Quist ahead in Varos\n\nQuist is ahead of Heller in Varos by about 6 points, according to a Pollwatch "
        'rolling average of surveys.\n\n"We can win this state," Quist said.'
    )
    art = article_from_text(text, "t.txt", article_id="a")
    quotes = extract_articles([art])[0].quotes
    assert [v["speaker"] for v in voices("a", quotes, {})] == ["Quist"]
    assert (
        _texts("Quist is ahead of Heller in Varos by about 6 points, according to a Pollwatch rolling average.") == []
    )
    assert _texts("Quist leads Heller by 6 points, according to a tally by the Varos Wire.") == []


def test_a_speaker_or_a_document_that_says_stays() -> None:
    """Guards: "according to" a person or a statement is a quote."""
    assert _rows("The pier will close in May, according to harbour master Ada Lorne.") == [
        ("Ada Lorne", "harbour master Ada Lorne", "according to", "The pier will close in May")
    ]
    assert _texts("The pier will close in May, according to a statement from the harbour board.") == [
        "The pier will close in May"
    ]


def test_adding_to_a_lead_says_nothing() -> None:
    assert (
        _rows("Marta Quist won the Dell primary on Tuesday, adding to her comfortable margin over Tomas Heller.") == []
    )


def test_adding_words_stays_a_quote() -> None:
    """Guards: "added" with a clause, with a colon, "adding that", and a quotation before "added to" keeps its cue."""
    rows = _rows(
        "Marta Quist said the count was fair.",
        "She added that the Dell result would hold.",
        '"We won it fairly," Quist added to cheers.',
    )
    texts = [t for _s, _m, _c, t in rows]
    assert any(t.endswith("the Dell result would hold") for t in texts)
    assert '"We won it fairly,"' in texts
    assert [t for _s, _m, _c, t in rows if "won it fairly" in t] and all(
        s == "Marta Quist" for s, _m, _c, t in rows if "won it fairly" in t
    )


def test_a_participle_after_a_quotation_closed_on_a_comma_is_the_outlets() -> None:
    texts = _texts('Ona Fell heard someone say, "He has a gun," prompting her to take her son inside.')
    assert texts == ['"He has a gun,"']
    texts = _texts('Ona Fell heard someone say, "He has a gun, " prompting her to take her son inside.')
    assert not any("prompting" in t for t in texts)


def test_a_quotation_going_on_in_the_sentence_stays_whole() -> None:
    """Guard: words after a quotation that are no participle phrase go on with the quote's sentence."""
    texts = _texts('Ada Lorne said the pier is "a danger to children," and the board will close it in May.')
    assert any(t.startswith("the pier is") for t in texts)


def test_where_it_was_said_is_no_quote_text() -> None:
    assert _rows("Bensel said in a statement released by the team.") == []
    assert _texts("The club will miss him, Bensel said in a statement released by the team on Monday.") == [
        "The club will miss him"
    ]


def test_words_after_where_it_was_said_stay() -> None:
    """Guards: a clause after the occasion, with or without "that"."""
    assert _texts("Bensel said in an interview on Monday that the club would miss him.") == ["the club would miss him"]
    assert [t for t in _texts("Bensel said at a rally in Dorn the club was finished.") if "club was finished" in t]
