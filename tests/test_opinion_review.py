"""A critic's review is an opinion piece; an inquiry's review is news (stop 48: NeuS audit, repro 13)."""

from __future__ import annotations

from storyline.brief.summary import opinion_piece

BOOK = "In Unbowed, the governor's eldest son scolds his rivals for their temper. The book never names his father."


def test_a_review_of_a_work_is_opinion() -> None:
    assert opinion_piece("Unbowed review: Quist Jr., the son who can really campaign", BOOK)
    assert opinion_piece("'Unbowed' review: the son rises", "")
    assert opinion_piece("Review: a quiet triumph at the Kessling Playhouse", "")
    assert opinion_piece("Film review | The Long Night over Orsholm", "")
    assert opinion_piece("The Long Night over Orsholm - book review", "")


def test_the_review_of_an_inquiry_is_news() -> None:
    assert opinion_piece("Safety review: ferry steering fault found", "Safety inspectors found a fault.") is None
    assert opinion_piece("Harbour Board review: fees to rise", "The Harbour Board said fees would rise.") is None
    assert (
        opinion_piece("Pentagon review finds no wrongdoing in Orsholm strike", "The review was ordered in May.") is None
    )
    # a work's name alone, with nothing telling of a work, is not enough
    assert opinion_piece("Unbowed review: Quist Jr. campaigns", "Quist Jr. on Unbowed: he scolds his rivals.") is None
    # "In <work>, ..." tells of a work
    assert opinion_piece("Unbowed review: Quist Jr. campaigns", "In Unbowed, the son scolds his rivals.")
