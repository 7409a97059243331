"""Words that only look like speech (invented text): "concede" with no clause ("conceded in the evening"), a
participle of a thing held "with" ("with passages underlined and notes written in the margins"), a bare cue opening a
bracketed aside ("(think Mara Ostrow in Delby 2019)"), a thing named only by the place after it ("The recount of
ballots in Stari Brod ... confirmed"), a quotation after what someone should do ("a court should settle the matter —
"..."): nobody speaks. A group that opens the sentence ("Supporters of Mayor Vell
warned") speaks for itself, not for the one it supports."""

from __future__ import annotations

import pytest
from brief_helpers import quote_rows

from storyline.brief.quotes import quote_ledger
from storyline.extract import extract_articles
from storyline.ingest.pipeline import build_article
from storyline.ingest.records import Draft
from storyline.models import Article

HEAD = "Count in Dravnik\n\nBy Ode Brask | Pellwick Times | 12 March 2026\n\n"


def _rows(*paragraphs: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker mention, speaker, cue, content) of every quote of a one-paragraph-per-item article."""
    return quote_rows(HEAD, *paragraphs)


def _ledger(text: str) -> list[dict]:  # type: ignore[type-arg]
    """The brief ledger's rows of one article (speakers named as the story names them)."""
    art = build_article(Draft(source="t.txt", original=HEAD + text + "\n", fmt="text"))
    assert isinstance(art, Article)
    [ex] = extract_articles([art])
    return quote_ledger(ex.quotes, {art.id: art})


@pytest.mark.slow
def test_concede_with_no_clause_is_an_act_not_words() -> None:
    for line in (
        "Mayor Dragan Vell conceded in the evening.",
        "Vell, who has yet to concede, behaved like a sore loser, her campaign said.",
        "Reports that the mayor had conceded were false, his office said.",
    ):
        assert [r for r in _rows(line) if r[2].startswith("conced")] == [], line
    rows = _rows("Vell, who has yet to concede, behaved like a sore loser, her campaign said.")
    assert [r[3] for r in rows] == ["Vell, who has yet to concede, behaved like a sore loser"], rows


@pytest.mark.slow
def test_concede_with_a_clause_or_a_quotation_stays_a_quote() -> None:
    """Guards: "conceded that ...", with a time before "that", a quotation with "conceded" after it."""
    for line, content in (
        ("Mayor Dragan Vell conceded that the count had been fair.", "the count had been fair"),
        ("Mayor Dragan Vell conceded on Monday that the count had been fair.", "the count had been fair"),
        ('"The count was fair," Mayor Dragan Vell conceded on Monday.', "The count was fair"),
    ):
        rows = [r for r in _rows(line) if r[2].startswith("conced")]
        assert len(rows) == 1 and content in rows[0][3] and rows[0][1] == "Dragan Vell", (line, rows)


@pytest.mark.slow
def test_a_participle_of_a_thing_held_with_is_no_quote() -> None:
    for line in (
        "Mara Ostrow keeps a worn copy of the valley charter, with passages including the Water Clause underlined "
        "and notes written in the margins.",
        "The binding of her own copy is falling apart, with passages including the Water Clause highlighted and "
        "notes written in the margins.",
    ):
        assert _rows(line) == [], line


@pytest.mark.slow
def test_words_told_with_a_speaker_stay_quotes() -> None:
    """Guards: "with aides saying that ...", "with officials having warned that ...": someone's words."""
    for line, cue, content in (
        ("The count ended on Monday, with aides saying that the mayor had lost.", "saying", "the mayor had lost"),
        (
            "The council met on Monday, with officials having warned that the vote was flawed.",
            "warned",
            "the vote was flawed",
        ),
    ):
        rows = [r for r in _rows(line) if r[2] == cue]
        assert len(rows) == 1 and content in rows[0][3], (line, rows)


@pytest.mark.slow
def test_a_bracketed_aside_bidding_the_reader_think_of_someone_is_no_quote() -> None:
    rows = _rows("With an early win, an outsider (think Mara Ostrow in Delby 2019) can surge, at least for a while.")
    assert rows == [], rows


@pytest.mark.slow
def test_inverted_plural_speakers_and_beliefs_stay_quotes() -> None:
    """Guards: '"...," say analysts' (the bare form after the words), "Some strategists think ..."."""
    rows = _rows('"It is over," say analysts in Delby.')
    assert len(rows) == 1 and rows[0][0] == "analysts in Delby" and "It is over" in rows[0][3], rows
    rows = _rows("Some strategists think Mara Ostrow can win the primary.")
    assert len(rows) == 1 and rows[0][3] == "Mara Ostrow can win the primary", rows


@pytest.mark.slow
def test_a_thing_named_by_the_place_after_it_does_not_speak() -> None:
    rows = _rows(
        "The recount of ballots in Stari Brod and Lukovo ended on Thursday and confirmed Mirela Kostanjek as the "
        "next mayor of Dravnik."
    )
    assert rows == [], rows


@pytest.mark.slow
def test_a_group_that_opens_the_sentence_speaks_for_itself() -> None:
    rows = _ledger("Supporters of Mayor Ivo Markov warned on Monday of a stolen election.")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Supporters of Mayor Ivo Markov", "warned")], rows


@pytest.mark.slow
def test_the_person_who_warns_keeps_the_words() -> None:
    """Guards: the mayor named as the subject speaks; "A supporter of ..." speaks as before."""
    rows = _ledger("Mayor Ivo Markov warned on Monday of a stolen election.")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Ivo Markov", "warned")], rows
    rows = _ledger("A supporter of Mayor Ivo Markov warned on Monday of a stolen election.")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("A supporter of Mayor Ivo Markov", "warned")], rows


@pytest.mark.slow
def test_a_quotation_after_what_someone_should_do_is_not_theirs() -> None:
    rows = _rows(
        "In rejecting a similar challenge, the commission recognized that a suitable court should settle the matter "
        "\u2014 \u201cso that all election officials and the voters know once and for all the meaning of "
        "\u2018resident.\u2019\u201d"
    )
    assert [r for r in rows if r[0] is not None] == [], rows


@pytest.mark.slow
def test_a_quotation_after_what_someone_did_stays_theirs() -> None:
    """Guard: the verb that frames a quotation, done and not owed ("praised the count — “...”")."""
    rows = _rows("Mayor Ivo Markov praised the count \u2014 \u201ca model for every city in the valley.\u201d")
    assert len(rows) == 1 and rows[0][0] == "Mayor Ivo Markov", rows
