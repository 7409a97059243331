"""What is a quote in sentences that end in an attribution, and whose (invented text): an aside that corrects what
someone first gave ("not eleven as the railroad first said") is no report of that speaker's, and the clause before
it is the report of the sentence's own cue; "said in an interim report on Tuesday" names only where it was said, so
the words are the clause before; advice to someone ("She should start by ... and by asking why ...") is no speech
act of hers; a pledge of allegiance is an act, not words given; a quoted title after "told" or "in an interview with"
is the programme the words were said to, not a second part of them."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.attribution import _indirect
from storyline.extract.cues import Cue
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow

HEAD = "Lindqvar valley news\n\nBy Staff Writer | 14 May 2027\n\n"


def _rows(*sentences: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker mention, cue, kind, text) of every quote of a one-paragraph-per-sentence article."""
    text = HEAD + "\n\n".join(sentences) + "\n"
    quotes = extract_articles([article_from_text(text, "t.txt")])[0].quotes
    return [(q.speaker and q.speaker.text, q.cue and q.cue.text, q.kind, q.content.text) for q in quotes]


def test_a_corrected_figure_is_no_report_and_the_main_clause_is_the_cues() -> None:
    rows = _rows(
        "Nine grain wagons overturned early on Friday, not six as Vessmark Freight first said, the railroad "
        "confirmed on Sunday."
    )
    assert rows == [
        (
            "the railroad",
            "confirmed",
            "indirect",
            "Nine grain wagons overturned early on Friday, not six as Vessmark Freight first said",
        )
    ]


def _report_cue(text: str, speaker: str, verb: str = "said") -> Cue:
    """The cue ``verb`` after ``speaker`` as a parse that finds no clause under it gives it (content None)."""
    s = text.index(speaker)
    v = text.index(verb, s)
    return Cue(
        v, v + len(verb), "say", (s, s + len(speaker)), (s, s + len(speaker)), speaker.split()[-1], None, (0, len(text))
    )


def test_a_report_named_after_the_cue_is_where_it_was_said() -> None:
    """The parse may hang "said" on the clause before it ("caused ..., the board said"), with no clause of its
    own: what follows it, "in an interim report on Tuesday", is where it was said, and the words are before."""
    text = (
        "A worn coupling on the fourth wagon caused the Brellin Junction collision on April 9, the Upland Transit "
        "Inspectorate said in an interim report on Thursday."
    )
    q = _indirect(text, _report_cue(text, "the Upland Transit Inspectorate"), [])
    assert q is not None
    assert text[q.content[0] : q.content[1]] == (
        "A worn coupling on the fourth wagon caused the Brellin Junction collision on April 9"
    )
    text = "The wagons were never inspected, the inspectorate said in its filings to the court."
    q = _indirect(text, _report_cue(text, "the inspectorate"), [])
    assert q is not None and text[q.content[0] : q.content[1]] == "The wagons were never inspected"


def test_words_after_the_cue_that_are_no_report_stay() -> None:
    """Guard: what follows "said" is the words when it is more than where they were said."""
    text = "Its lawyers disagreed, the inspectorate said the wagons were never inspected by the company."
    q = _indirect(text, _report_cue(text, "the inspectorate"), [])
    assert q is not None and text[q.content[0] : q.content[1]] == "the wagons were never inspected by the company"


def test_what_was_said_in_a_report_after_the_cue_stays() -> None:
    """Guard: a clause after "in a report" is the words."""
    rows = _rows("The Upland Transit Inspectorate said in a report on Thursday that a worn coupling caused the crash.")
    assert [t for _m, _c, _k, t in rows] == ["a worn coupling caused the crash"]


def test_advice_to_someone_is_no_speech_act_of_theirs() -> None:
    rows = _rows(
        "Mayor Ilse Varga has promised that no tenant will be evicted this winter. She should start by freezing the "
        "rents, in full, and by asking why a landlord that careless still owns half the street."
    )
    assert [(c, t) for _m, c, _k, t in rows] == [("promised", "that no tenant will be evicted this winter")]


def test_what_someone_asked_by_way_of_a_reply_stays() -> None:
    """Guard: a gerund after "by" under a verb with no modal of advice is a question put."""
    rows = _rows("Varga answered the charge by asking why the council had waited a year.")
    assert ("asking", "why the council had waited a year") in [(c, t) for _m, c, _k, t in rows]


def test_a_pledge_of_allegiance_is_an_act() -> None:
    assert (
        _rows("The gunman, a Brellin native, pledged his allegiance to the militia during the siege that left 9 dead.")
        == []
    )


def test_a_pledge_that_says_what_stays() -> None:
    """Guard: a pledge with a clause reports words."""
    rows = _rows("The gunman's brother pledged that the family would help the police.")
    assert [(c, t) for _m, c, _k, t in rows] == [("pledged", "that the family would help the police")]


def test_a_quoted_title_after_told_is_the_programme() -> None:
    rows = _rows(
        "\u201cWe have to really double the patrols,\u201d the Lindqvar mayor told \u201cMorning With Arno\u201d."
    )
    assert [(k, t) for _m, _c, k, t in rows] == [("direct", "\u201cWe have to really double the patrols,\u201d")]
    rows = _rows(
        "\u201cThe patrols will double,\u201d Varga said in an interview with \u201cValley Tonight\u201d on Friday."
    )
    assert [(k, t) for _m, _c, k, t in rows] == [("direct", "\u201cThe patrols will double,\u201d")]


def test_words_quoted_after_told_stay() -> None:
    """Guard: a quotation after "told" that is a sentence is the words."""
    rows = _rows("Varga told the council, \u201cThe patrols will double by June.\u201d")
    assert [t for _m, _c, _k, t in rows] == ["\u201cThe patrols will double by June.\u201d"]


def test_a_statement_with_should_stays() -> None:
    """Guard: the writer's own "I should say that ..." is a statement, not advice."""
    rows = _rows("Lest you think the ferry crews careless, I should say that every one of them trained for a year.")
    assert ("I", "say") in [(m, c) for m, c, _k, _t in rows]
