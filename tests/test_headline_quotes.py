"""Quotes the sentence-level attribution missed or over-read (invented text): a quotation in the headline given to a
name before a colon, and listed with the body's row of the same words; the cue of a statement read out for its
author; "admit" as letting people in; a page's "Follow ... on Twitter" line after a transcript's open quotation."""

from __future__ import annotations

import pytest

from storyline.brief.quotes import quote_ledger
from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text
from storyline.ingest.pipeline import build_article
from storyline.ingest.records import Draft
from storyline.models import Article

pytestmark = pytest.mark.slow

HEADED = (
    'Varnholt: "The harbour accounts were never checked by anyone"\n\n'
    "Lakeside Tribune\n"
    "4 March 2027\n\n"
    "PELLMOOR - Jonas Varnholt resigned as chairman of the Pellmoor harbour board on Monday, a week after an audit "
    "found gaps in its books.\n\n"
)


def _article(text: str) -> Article:
    art = build_article(Draft(source="t.txt", original=text, fmt="text"))
    assert isinstance(art, Article)
    return art


def test_a_headline_quotation_after_a_name_and_colon_is_the_named_persons_quote_in_original_offsets() -> None:
    art = _article(HEADED)
    assert art.title_span == (0, HEADED.index("\n"))
    (q,) = extract_articles([art])[0].quotes
    start = HEADED.index('"The harbour')
    assert (q.kind, q.content.start, q.content.end) == ("direct", start, HEADED.index("\n"))
    assert q.content.text == HEADED[q.content.start : q.content.end]
    assert q.speaker is not None and q.speaker.text == "Varnholt" and q.speaker.start == 0
    assert q.speaker_entity == "Jonas Varnholt"  # the body's full name
    assert q.cue is not None and (q.cue.text, q.cue.start) == (":", HEADED.index(":"))


def test_a_headline_topic_before_the_colon_or_a_body_quotation_repeated_in_the_headline() -> None:
    topic = HEADED.replace("Varnholt:", "Harbour audit:", 1)
    assert extract_articles([_article(topic)])[0].quotes == []  # a topic, no one the body names
    # the body gives the words in full: one ledger row, the headline's excerpt listed with it as a variant
    body = (
        HEADED + '"The harbour accounts were never checked by anyone, and I will not sign them," Varnholt told the '
        "board's last meeting.\n"
    )
    art = _article(body)
    quotes = extract_articles([art])[0].quotes
    assert len(quotes) == 2
    (row,) = quote_ledger(quotes, {art.id: art})
    assert row["start"] > art.title_span[1] and row["speaker"] == "Jonas Varnholt"  # type: ignore[index]
    (other,) = row["also_in"]
    assert (other["article"], other["start"], other["exact"]) == (art.id, HEADED.index('"The harbour'), False)


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def test_a_statement_read_out_for_its_author_has_the_reading_as_its_cue() -> None:
    text = (
        "ODDVIK - Lise Amundrud stepped down as head of the Oddvik ferry company on Friday.\n\n"
        "Her statement was read to staff by her deputy, Per Olsby, because she was abroad, he said.\n\n"
        '"I ran this company for nine years. I asked for the audit myself.\n\n'
        '"I am leaving so that the audit can finish without me."\n'
    )
    quotes = [q for q in _quotes_of(text) if q.content.text.startswith('"I ran')]
    (q,) = quotes
    assert q.speaker_entity == "Lise Amundrud"
    assert q.cue is not None and q.cue.text == "read" and q.cue.start == text.index("read to staff")


def test_admit_as_letting_people_in_is_no_report() -> None:
    text = "Dana Crole, later alleging that the premier wanted to admit 250,000 Syrians, said she would close the border.\n"
    assert sorted(q.content.text for q in _quotes_of(text)) == [
        "she would close the border",
        "that the premier wanted to admit 250,000 Syrians",
    ]
    assert _quotes_of("The hospital admitted six patients on Sunday.\n") == []
    (q,) = _quotes_of("Brenna Holt admitted the loan had never been repaid.\n")  # an admission stays one
    assert q.cue is not None and q.cue.text == "admitted"


def test_a_follow_us_line_after_a_transcripts_open_quotation_is_no_part_of_it() -> None:
    text = (
        "Host Ansel Bright spoke to Senator Mira Quell on Sunday.\n\n"
        '"BRIGHT: Will you vote for the bill?\n\n'
        '"QUELL: I will vote for it, and so will most of my colleagues.\n\n'
        '"Follow Tove Ring on Twitter @tovering."\n'
    )
    quotes = _quotes_of(text)
    assert quotes and not any("Follow" in q.content.text for q in quotes)
    assert any(q.content.text.endswith("most of my colleagues.") for q in quotes)
