"""Quoted words that are no one's speech (invented text): a work's title after "entitled" ("officials were thrilled
with the editorial, entitled "..."") is not the officials' quote; "made no mention" after a quoted name has no speaker
"instead and made no". Guards: a frame verb's quotation, words someone calls a thing, a short "X said" around a
quotation stay quotes of their speakers."""

from __future__ import annotations

import pytest
from brief_helpers import article_ledger

pytestmark = pytest.mark.slow

HEAD = "Varos campaign notes\n\nBy Staff Writer | 29 January 2026\n\n"


def _rows(*sentences: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, quote text) of every row of a one-paragraph-per-sentence article."""
    return [(s, c, t) for s, _m, c, t in article_ledger(HEAD, *sentences)]


def test_a_works_title_after_entitled_is_no_ones_quote() -> None:
    for sentence in (
        "Quist officials were thrilled with the editorial, entitled “Mr. Heller Is Not a Brave Truth-Teller,” when "
        "it was posted on Jan. 27.",
        "Quist aides welcomed a long report titled “Why the Dell Caucus Count Went Wrong and What Comes Next” on "
        "Friday.",
    ):
        rows = _rows(sentence)
        assert not [r for r in rows if "Truth-Teller" in r[2] or "Caucus Count" in r[2]], rows


def test_made_no_mention_after_a_quoted_name_names_no_speaker() -> None:
    rows = _rows(
        "There was no reference to ''Lying Tomas'' or ''Crooked Marta''; he called his opponent ''Senator Heller'' "
        "instead and made no mention of Mrs. Quist."
    )
    assert not [r for r in rows if r[0] and "instead" in r[0]], rows


def test_quotations_framed_or_said_stay_their_speakers() -> None:
    """Guards: a frame verb before a colon, the words a speaker calls a thing, a short "X said" and "said X"."""
    rows = _rows('Ana Lind praised the editorial: "It says what we have argued in Dell for months."')
    assert [(s, t) for s, _c, t in rows] == [("Ana Lind", '"It says what we have argued in Dell for months."')]
    rows = _rows("Tomas Heller attacked what he called “a tax on every farmer in Varos” at a rally on Sunday.")
    assert [s for s, _c, _t in rows] == ["Tomas Heller"]
    rows = _rows("“We will win the Dell caucus,” the senator said.", "“Dell was not a decisive win,” said Ana Lind.")
    assert [(s, c) for s, c, _t in rows] == [("the senator", "said"), ("Ana Lind", "said")]
