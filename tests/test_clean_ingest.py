"""Cleaning as the ingest uses it: headline, sign-off outlet and the non-English mark on an Article."""

from __future__ import annotations

from storyline.ingest.drafts import Draft
from storyline.ingest.pipeline import build_article
from storyline.models import Article, Skipped

GERMAN = (
    "Neue Fähre für die Insel\n\n"
    "Die Gemeinde hat am Montag beschlossen, im kommenden Jahr eine neue Fähre für die Insel zu kaufen. "
    "Der Bürgermeister sagte, die alte Fähre sei nicht mehr sicher und müsse ersetzt werden.\n"
)
ENGLISH = (
    "New ferry for the island\n\n"
    "The council decided on Monday to buy a new ferry for the island next year, after inspectors found the old one unsafe.\n\n"
    "Subscribe to Island Herald on Telegram\n"
)


def _build(text: str) -> Article:
    art = build_article(Draft(source="invented.txt", original=text, fmt="text"))
    assert isinstance(art, Article)
    return art


def test_non_english_article_is_stored_and_marked() -> None:
    art = _build(GERMAN)
    assert art.language == "de"
    assert art.skip_reason and "de" in art.skip_reason
    assert art.title == "Neue Fähre für die Insel"


def test_english_article_with_signoff() -> None:
    art = _build(ENGLISH)
    assert art.language == "en"
    assert art.skip_reason is None
    assert art.outlet == "Island Herald"
    assert art.title == "New ferry for the island"
    assert "Telegram" not in art.text
    s, e = art.textmap.span_to_original(0, 3)
    assert art.original[s:e] == "The"


def test_a_published_by_sign_off_names_the_outlet_but_an_origin_credit_does_not() -> None:
    body = (
        "Ferry suspended\n\nNorthsound Lines suspended its Orne Island crossings until Thursday.\n\n"
        "The minister announced an inquiry into the accident on Wednesday.\n\n"
    )
    cases = {
        "Published by the Orne Island Observer.": "Orne Island Observer",
        "This story was published by Harbour Weekly": "Harbour Weekly",
        "This article was originally published by The Conversation.": None,
        "First published in Harbour Weekly.": None,
        "Posted by Ada Finch on the blog.": None,
    }
    for tail, outlet in cases.items():
        art = build_article(Draft(source="x.txt", original=body + tail + "\n", fmt="text"))
        assert not isinstance(art, Skipped) and art.outlet == outlet, (tail, art)
        assert tail not in art.text  # a republishing credit is page chrome, not a claim of the article


def test_a_dated_byline_gives_the_date_and_author_and_no_sentence() -> None:
    art = _build(
        "Quarry expansion approved\n\n3 March 2026 | By Oda Venner\n\n"
        "The district board approved the quarry expansion on Tuesday by five votes to two.\n"
    )
    assert art.published == "2026-03-03" and art.author == "Oda Venner"
    assert art.text == "The district board approved the quarry expansion on Tuesday by five votes to two."
    art = _build("Quarry expansion approved\n\nPublished 3 March 2026, 14:05\n\nThe board approved it on Tuesday.\n")
    assert art.published is not None and art.published.startswith("2026-03-03") and art.author is None
    assert "Published" not in art.text
    art = _build("Statement on the weir\n\nKettleby, 3 March 2026\n\nThe gate failed early on Monday.\n")
    assert art.published == "2026-03-03" and art.text == "The gate failed early on Monday."
    art = _build("Wehr gebrochen\n\nVon Oda Venner | 3. März 2026\n\nDas Wehr ist am Montag gebrochen.\n")
    assert art.published == "2026-03-03" and art.author == "Oda Venner"
