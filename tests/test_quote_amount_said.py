"""A cue's object that tells how much was said ("said little about how", "said nothing of the plan", "said much the
same") is no quote; words that open with such a word are ("said nothing was wrong", "said more than 100 people
died", "said little has changed") (ents-i12): invented text."""

from __future__ import annotations

import pytest

from storyline.extract.pipeline import article_from_text, extract_article

pytestmark = pytest.mark.slow


def _quotes(text: str) -> list[tuple[str, str | None]]:
    ex = extract_article(article_from_text(text, "a.txt"))
    return [(q.content.text, q.speaker.text if q.speaker else None) for q in ex.quotes]


def test_how_much_was_said_is_no_quote() -> None:
    assert _quotes("Ada Rusk said nothing about the harbour plan.") == []
    assert _quotes("Ivo Brask said much the same thing.") == []
    got = _quotes("Vale pledged on Saturday to rid the valley of the gang but said little about how. Aides left.")
    assert got == [("to rid the valley of the gang", "Vale")]
    assert _quotes("Tomas Orr said little, but his aides said the plan was dead.") == [
        ("the plan was dead", "his aides")
    ]


def test_guard_words_opening_with_an_amount_are_quotes() -> None:
    for words in ("nothing was wrong", "more than 100 people had died", "much of the money was lost",
                  "little has changed", "something had to change", "the same thing would happen again"):  # fmt: skip
        assert _quotes(f"Ada Rusk said {words}.") == [(words, "Ada Rusk")]
