"""Quote speakers (invented text): a verb after a dash-set-off aside ('X said that ... – he "claimed ..." – and
added, "..."') goes on from X's sentence, not from the aside's subject; the writer's hedge with an infinitive of
saying ("it would be a stretch to say that ...", "needless to say") is no one's quote; a live blog's time stamp
before the speaker ("Wed 3 Mar 2027 10:15 — Dr Ilse Marrow said ...") is never the speaker."""

from __future__ import annotations

import pytest
from brief_helpers import quote_rows

HEAD = "Harbour ferry row\n\nBy Lio Farran | Quayside Courier | 3 March 2027\n\n"
LEAD = "The Kessing harbour ferry stopped on Tuesday after its skipper walked off the boat."


def _rows(*paragraphs: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker mention, speaker, cue, content) of every quote of a one-paragraph-per-item article."""
    return quote_rows(HEAD, LEAD, *paragraphs)


@pytest.mark.slow
@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "-"])
def test_verb_after_a_dash_aside_is_the_first_speakers(dash: str) -> None:
    rows = _rows(
        f'Harbour master Ines Tolland said that Piet Varn used a cane at work {dash} he "claimed it was needed for '
        f'his balance" {dash} and added, "Since he walked out unaided, that is now in doubt."',
        "Tolland has run the Kessing harbour office since 2019.",
    )
    [row] = [r for r in rows if "walked out unaided" in r[3]]
    assert row[0] == "Harbour master Ines Tolland"


@pytest.mark.slow
def test_said_and_added_without_an_aside_stays_with_the_speaker() -> None:
    """Guard: "X said that A and added that B" is X's twice."""
    rows = _rows("Ines Tolland said that the ferry ran late all winter and added that the new crew had fixed it.")
    assert [r[0] for r in rows if "ferry ran late" in r[3] or "new crew" in r[3]] == ["Ines Tolland"] * 2


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Varn looked tired, and though his crew gave Tolland some trouble, it would be a stretch to say that he "
        "outfoxed her.",
        "It is no exaggeration to say that the hearing went badly for Varn.",
        "Needless to say, Varn was furious that the hearing went against him.",
        "Suffice it to say that Varn did not outfox Tolland at the hearing.",
    ],
)
def test_writers_hedge_with_an_infinitive_of_saying_is_no_quote(sentence: str) -> None:
    rows = _rows("Ines Tolland runs the Kessing harbour office.", sentence)
    assert rows == []


@pytest.mark.slow
def test_infinitive_of_saying_hung_on_a_speakers_verb_is_the_speakers() -> None:
    """Guards: "It would be wrong, X said, to say that ..." and "X was the first to say that ..." stay X's."""
    rows = _rows(
        "It would be wrong, Ines Tolland said, to say that the ferry service had failed.",
        "Piet Varn was the first to say that the crew needed more training.",
    )
    assert [r[0] for r in rows if "ferry service" in r[3]] == ["Ines Tolland"]
    assert [r[0] for r in rows if "more training" in r[3]] == ["Piet Varn"]


@pytest.mark.slow
def test_live_blog_time_stamp_is_never_the_speaker() -> None:
    rows = _rows(
        "Wed 3 Mar 2027 09:05 \u2014 Good morning. We are following the ferry hearing in Kessing.",
        "Wed 3 Mar 2027 10:15 \u2014 Dr Ilse Marrow, hull engineer at the Kessing Port Authority, said divers were "
        "checking the ferry around the clock.",
    )
    [row] = [r for r in rows if "divers" in r[3]]
    assert row[0] == "Dr Ilse Marrow, hull engineer at the Kessing Port Authority"


@pytest.mark.slow
def test_a_month_name_alone_is_still_a_speaker() -> None:
    """Guard: a surname that is also a month ("May") with no number is a person, not a date."""
    rows = _rows("Harbour pilot Olga May met the crew on Tuesday.", "May said the ferry was safe to sail.")
    [row] = [r for r in rows if "safe to sail" in r[3]]
    assert row[0] == "May"
