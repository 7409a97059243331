"""Quotes nobody said and quote boundaries (invented text): "told X about Y" names whom and what about, no words;
"stopped short of saying whether ..." is what was not said; "wrote about ..." is a topic; the words printed on a
thing ("covers that read, "..."") are no one's speech; the time of saying ("said early Monday that"), the relative
pronoun before the cue ("which she said ...") are no part of what was said; a label before a colon ("We found:"),
an aside of who among them ("— both parties —") are no part of the speaker's mention, and a party code in brackets
is not cut ("(D-Ore.)")."""

from __future__ import annotations

import pytest
from brief_helpers import article_ledger

pytestmark = pytest.mark.slow

HEAD = "Kessling harbour news\n\nBy Staff Writer | 9 March 2027\n\n"


def _rows(*sentences: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, mention text, quote text) of every row of a one-paragraph-per-sentence article."""
    return [(s, m, t) for s, m, _cue, t in article_ledger(HEAD, *sentences)]


def test_told_about_stopped_short_and_wrote_about_are_no_quotes() -> None:
    assert _rows("Tova Linn told the harbour committee about her ferry plan at a closed meeting on Friday.") == []
    assert _rows("Tova Linn informed the harbour board of the sale, and the board accepted it.") == []
    rows = _rows(
        "Chamber Leader Odo Rusk said on Tuesday that the harbour bill would come to the floor. Rusk, however, "
        "stopped short of saying whether the Union bloc would vote for it."
    )
    assert [t for _s, _m, t in rows] == ["the harbour bill would come to the floor"]
    assert _rows("Sela Morrow wrote about a morning at the Kessling flood memorial in her latest memoir.") == []


def test_what_was_said_stays_a_quote() -> None:
    """Guards: the one told, then what was said; a "that" clause after the one told; "saying" after something else
    cut short; a letter's clause; a quotation after "wrote about X:"."""
    assert _rows("Tova Linn told reporters the ferry plan was dead.") == [
        ("Tova Linn", "Tova Linn", "the ferry plan was dead")
    ]
    assert _rows("Tova Linn told the harbour committee that her ferry plan would shut the old pier.") == [
        ("Tova Linn", "Tova Linn", "her ferry plan would shut the old pier")
    ]
    met = "Odo Rusk flew in. Last week he told a meeting of island leaders that few people understood the storm."
    assert [(s, t) for s, _m, t in _rows(met)] == [("Odo Rusk", "few people understood the storm")]
    assert [t for _s, _m, t in _rows("Lawmaker Odo Rusk urges retaliation on Ostrova")] == ["retaliation on Ostrova"]
    assert _rows("Rusk stopped short of the target on Monday, saying the harbour bill would fail in the chamber.") == [
        ("Rusk", "Rusk", "the harbour bill would fail in the chamber")
    ]
    assert _rows("Sela Morrow wrote in a letter to the council that the memorial would close in May.") == [
        ("Sela Morrow", "Sela Morrow", "the memorial would close in May")
    ]
    quoted = 'Sela Morrow wrote about the memorial: "It is the heart of Kessling and it must stay open."'
    assert [(s, t) for s, _m, t in _rows(quoted)] == [
        ("Sela Morrow", '"It is the heart of Kessling and it must stay open."')
    ]


def test_words_printed_on_a_thing_are_nobodys_speech() -> None:
    rows = _rows(
        "A pair of comedians replaced the covers on copies of the new book with ones that read, "
        '"Papa, Just Look at Me: Why All My Work Is For My Father\'s Praise."'
    )
    assert all(s is None for s, _m, _t in rows)
    # guard: a statement that reads is the one whose words they are
    stated = 'The union statement read, "We will strike on Monday and we will win the harbour vote."'
    assert [(s, m) for s, m, _t in _rows(stated)] == [("The union statement", "The union statement")]


def test_quote_text_starts_at_what_was_said() -> None:
    rows = _rows(
        "The Weather Office said early Monday that at least 3 million people in Dorvan faced storm warnings.",
        "Senator Odo Rusk (D-Ore.) announced Tuesday that he would bring the relief bill to the floor.",
        "Mayor Tova Linn praised the new sea wall, which she said residents take \u201creal pride in.\u201d",
    )
    assert [t for _s, _m, t in rows] == [
        "at least 3 million people in Dorvan faced storm warnings",
        "he would bring the relief bill to the floor",
        "residents take \u201creal pride in.\u201d",
    ]
    # guards: "what" they said is the subject of another's words; a day that is what was said stays
    what = _rows("What the senators said was economic gerrymandering, Tova Linn argued.")
    assert [(s, t) for s, _m, t in what] == [("Tova Linn", "What the senators said was economic gerrymandering")]
    # ... and "in a statement that" goes as before
    assert [t for _s, _m, t in _rows("The Weather Office said Tuesday was the worst day of the storm so far.")] == [
        "Tuesday was the worst day of the storm so far"
    ]
    framed = "Senator Odo Rusk announced Tuesday in a statement that he would bring the relief bill to the floor."
    assert [t for _s, _m, t in _rows(framed)] == ["he would bring the relief bill to the floor"]


def test_speaker_mention_without_labels_and_asides() -> None:
    rows = _rows(
        "Senator Odo Rusk (D-Ore.) announced Tuesday that he would bring the relief bill to the floor.",
        "We found: Rusk accused Linn of taking \u201c$2 million from Ostrova.\u201d",
        "Five former heads of the port board \u2014 both parties \u2014 say what he is saying is nonsense.",
    )
    assert [m for _s, m, _t in rows] == [
        "Senator Odo Rusk (D-Ore.)",
        "Rusk",
        "Five former heads of the port board",
    ]
    # guard: an aside that names the speaker is the speaker's
    named = _rows("The port chief \u2014 Ana Berg \u2014 said the harbour plan would fail in the chamber.")
    assert [(s, m) for s, m, _t in named] == [("Ana Berg", "The port chief \u2014 Ana Berg")]
