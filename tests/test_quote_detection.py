"""What counts as a quote (invented text): a wire dateline naming two places is no part of what was said, and its day
no event; a headline quotation given to a surname the tagger did not tie to the full name; a record's title that its
text opens with is cited in the text; a journalist's work ("reporting on", "reported from") and a rule about anyone
who does something ("Every council that ... tells ...") are no one's words."""

from __future__ import annotations

import pytest

from storyline.brief.quotes import quote_ledger
from storyline.extract import extract_articles
from storyline.extract.attribution import DATELINE, credited_wire
from storyline.extract.dates import dateline_day
from storyline.extract.entities import NameMention
from storyline.extract.headline import _named_in_body
from storyline.extract.pipeline import article_from_text
from storyline.ingest.pipeline import build_article
from storyline.ingest.records import Draft
from storyline.models import Article

WIRE = (
    "PELLMOOR/KESTRING, June 3 (Harbour Wire Service) - Two ferry captains held for a week at Kestring were released "
    "on Tuesday, port officials from both towns said.\n"
)


def test_a_dateline_naming_two_places_is_a_dateline() -> None:
    line = DATELINE.match(WIRE)
    assert line is not None and WIRE[line.end() :].startswith("Two ferry captains")
    assert credited_wire(WIRE) == "Harbour Wire Service"
    assert dateline_day(WIRE, "2027-06-03") == "2027-06-03"  # the report's day, so no event of its own
    assert DATELINE.match("The talks in Pellmoor/Kestring went on - and on.") is None
    # the wire the dateline credits is the article's outlet
    art = build_article(Draft(source="t.txt", original="Ferry captains freed\n\n" + WIRE, fmt="text"))
    assert isinstance(art, Article) and art.outlet == "Harbour Wire Service"


def _mention(text: str, label: str = "PERSON") -> NameMention:
    return NameMention(0, len(text), label, text, canonical=text)


def test_a_headline_surname_is_the_one_full_name_it_ends_even_when_the_tagger_left_the_two_apart() -> None:
    # the tagger typed the full name one way and the surname another: still one person
    names = [_mention("Marta Lind", "ORG"), _mention("Lind"), _mention("Pellmoor", "GPE")]
    assert _named_in_body("Lind", names) == "Marta Lind"
    # two people of that surname: the headline does not say which
    assert _named_in_body("Lind", [*names, _mention("Oskar Lind")]) is None


RECORD_TITLE = 'Lind: "The ferry will sail again by spring"'
RECORD_TEXT = (
    RECORD_TITLE + "\n\nMarta Lind said on Tuesday that the harbour would reopen before the season.\n\n"
    '"The ferry will sail again by spring," Lind said at the quay in Pellmoor.'
)


def test_a_records_title_that_its_text_opens_with_is_cited_in_the_text() -> None:
    art = build_article(Draft(source="r.jsonl", original=RECORD_TEXT, fmt="json", title=RECORD_TITLE))
    assert isinstance(art, Article)
    assert art.title == RECORD_TITLE and art.title_span == (0, len(RECORD_TITLE))
    assert not art.text.startswith("Lind:")  # the headline stays out of the body
    # a title the text does not open with is still metadata only
    other = build_article(
        Draft(source="r.jsonl", original=RECORD_TEXT.split("\n\n", 1)[1], fmt="json", title=RECORD_TITLE)
    )
    assert isinstance(other, Article) and other.title_span is None


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


@pytest.mark.slow
def test_a_two_place_datelines_words_are_no_part_of_the_quote() -> None:
    quotes = _quotes_of(WIRE)
    assert [q.content.text[:18] for q in quotes] == ["Two ferry captains"]


@pytest.mark.slow
def test_the_headline_quote_of_a_record_whose_text_repeats_its_title() -> None:
    art = build_article(Draft(source="r.jsonl", original=RECORD_TEXT, fmt="json", title=RECORD_TITLE))
    assert isinstance(art, Article)
    quotes = extract_articles([art])[0].quotes
    head = [q for q in quotes if q.content.start < len(RECORD_TITLE)]
    assert len(head) == 1 and head[0].cue is not None and head[0].cue.text == ":"
    rows = quote_ledger(quotes, {art.id: art})
    body = next(r for r in rows if r["kind"] == "direct")
    assert body["start"] > len(RECORD_TITLE)
    assert [(o["article"], o["start"]) for o in body["also_in"]] == [(art.id, head[0].content.start)]  # type: ignore[index]


@pytest.mark.slow
def test_a_journalists_work_is_no_quote_but_what_she_reported_is() -> None:
    text = (
        "Ada Fenwick was arrested in Kestring on 4 May while reporting on a strike at the docks, and in June a judge "
        "sent her to prison for six years.\n\n"
        "Fenwick joined the Pellmoor Courier in 2018 and had reported from Kestring since 2021.\n\n"
        "Fenwick reported that the dock owners had hired guards from abroad.\n\n"
        "Dock traffic fell by a third in the spring, the port authority reported on Tuesday.\n"
    )
    quotes = _quotes_of(text)
    assert [q.content.text for q in quotes] == [
        "that the dock owners had hired guards from abroad",
        "Dock traffic fell by a third in the spring",
    ]


@pytest.mark.slow
def test_anyone_at_all_who_does_something_is_no_speaker() -> None:
    text = (
        "Every council that pays this ransom, in cash or in favours, tells the gangs that the next mayor is worth "
        "kidnapping.\n\n"
        "Every official who has seen the ledger said that the council had paid twice.\n"
    )
    quotes = _quotes_of(text)
    assert [q.content.text for q in quotes] == ["that the council had paid twice"]
