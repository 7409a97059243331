"""What counts as a quote (invented text): a wire dateline naming two places is no part of what was said, and its day
no event; a headline quotation given to a surname the tagger did not tie to the full name; a record's title that its
text opens with is cited in the text; a journalist's work ("reporting on", "reported from") and a rule about anyone
who does something ("Every council that ... tells ...") are no one's words; nor are a reduced passive that hedges ("a
dog thought to be the family's pet", "a man said to have been released") and a condition ("If confirmed by the
Senate, she will ...")."""

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


def test_a_hedge_and_a_condition_are_no_ones_words() -> None:
    text = (
        "Oskar Lenne, 23, was arrested near the farm where Ilse Marden, 58, and a dead dog, thought to be the "
        "family's collie, were found.\n\n"
        "A man said to have been released from a clinic in Varrow was being questioned on Friday.\n\n"
        "If confirmed by the council, she will replace Dr. Aldo Brenn, who retired in May.\n\n"
        "Lina Sorrel claimed to be a nurse, the inspector said.\n"
    )
    quotes = _quotes_of(text)
    assert sorted(q.content.text for q in quotes) == ["Lina Sorrel claimed to be a nurse", "to be a nurse"]


def test_he_who_answers_a_question_put_to_someone_named_is_the_one_asked() -> None:
    text = (
        "A key witness, Oren Dalby, 34, told jurors he saw Kasimir Vell leave the warehouse.\n\n"
        'At one point, defence lawyer Mattias Rook asked Dalby, "You were not there that night, were you?"\n\n'
        '"No," he replied.\n\n'
        "The trial goes on today.\n"
    )
    quotes = _quotes_of(text)
    answer = next(q for q in quotes if q.content.text.startswith('"No'))
    assert answer.speaker_entity == "Oren Dalby"
    question = next(q for q in quotes if "were you?" in q.content.text)
    assert question.speaker_entity == "Mattias Rook"


def test_a_statement_introduced_with_a_colon_is_its_issuers_though_the_line_names_another() -> None:
    text = (
        "Harwick United forward Teo Marsk was arrested on Tuesday on suspicion of drunk driving.\n\n"
        "Club director Ilsa Brandvold issued the following statement on Marsk's arrest:\n\n"
        '"We are aware of the incident involving Teo.\n\n'
        'We are disappointed."\n'
    )
    quotes = _quotes_of(text)
    assert [q.speaker_entity for q in quotes] == ["Ilsa Brandvold"]


def test_he_said_after_words_about_someone_is_the_one_quoted_before_not_the_one_the_words_are_about() -> None:
    text = (
        "Harwick United forward Teo Marsk was arrested on Tuesday on suspicion of drunk driving.\n\n"
        "Marsk failed a breath test shortly after 2 a.m. on Route 4, Traffic Officer Aldo Brenner said.\n\n"
        "Marsk was on probation for an earlier drunk-driving arrest, he said.\n"
    )
    quotes = _quotes_of(text)
    assert [q.speaker_entity for q in quotes] == ["Aldo Brenner", "Aldo Brenner"]


def test_a_role_in_a_case_named_after_someone_is_not_that_one() -> None:
    text = (
        "Arno Velsky, the racketeer who feigned illness to avoid trial, died on Monday in a prison hospital.\n\n"
        "In 1961 Velsky was accused of shooting Piet Marwood, who survived.\n\n"
        'The prosecutor in the Marwood case claimed that Velsky was "a hired gun on the way up."\n'
    )
    quotes = _quotes_of(text)
    claim = next(q for q in quotes if "hired gun" in q.content.text)
    assert claim.speaker_entity != "Piet Marwood"
    assert claim.speaker is not None and claim.speaker.text.startswith("The prosecutor")


def test_she_after_a_leading_clause_about_someone_is_that_one() -> None:
    text = (
        "The first witness was Dana Orrel's mother, Vera Orrel, who spoke of the night on Pike Street.\n\n"
        "Vera Orrel said she had to push through the crowd to reach her daughter.\n\n"
        'After Dana was hit, she cried out, "Mama, Mama, it hurts."\n'
    )
    quotes = _quotes_of(text)
    cry = next(q for q in quotes if "it hurts" in q.content.text)
    assert cry.speaker_entity == "Dana Orrel"
