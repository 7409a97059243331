"""Whose voice a quote is: the company a public service is not, the person a sentence introduces after "was", a quoted
paragraph after its speaker's introduction, a second that-clause, a forecast and a demonstrative (invented text)."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def test_the_company_is_never_a_public_service_the_article_names() -> None:
    said_by = "said Oskar Telling, a paramedic with the Brackwater Valley Ambulance Service.\n\n"
    blast = (
        "Quarry blast injures two\n\nThe Fernbridge Echo\n\nTwo workers were hurt at the Dunmere quarry on Friday, "
        + said_by
        + "The quarry is run by Halvik Stone Company, which employs 80 people in the valley.\n\n"
        "The company denied that its blasting crew had broken any safety rule."
    )
    road = (
        "Road shut\n\nA road near Dunmere was shut on Sunday after a rockfall, "
        + said_by
        + "The company said the slope was checked in May."
    )
    articles = [article_from_text(t, f"{k}.txt", article_id=k) for k, t in (("blast", blast), ("road", road))]
    blasted, shut = extract_articles(articles)
    resolve_entities(articles, [blasted, shut], outlets=["The Fernbridge Echo"])
    [denial] = [q for q in blasted.quotes if "blasting crew" in q.content.text]
    assert denial.speaker is not None and denial.speaker.text == "The company"
    # the one company of the article, not the ambulance service (a public service, whatever its name's length)
    assert denial.speaker_entity == "Halvik Stone Company"
    [checked] = [q for q in shut.quotes if "slope" in q.content.text]
    assert checked.speaker_entity in {None, "The company"}  # no company named: not the ambulance service


def test_she_is_the_person_a_sentence_introduces_after_was() -> None:
    text = (
        "Ferry crossing halted by storm\n\n"
        "Harbour master Linnea Brevik said the crossing to Kelby would resume on Sunday.\n\n"
        '"The swell is still too high for the small boats," Brevik said.\n\n'
        "Among the passengers stranded overnight was Margit Solberg, who had travelled from Orrin with her grandson. "
        '"We slept on the benches in the waiting room," she said.'
    )
    [q] = [q for q in _quotes_of(text) if "benches" in q.content.text]
    assert q.speaker is not None and q.speaker.text == "she"
    assert q.speaker_entity == "Margit Solberg"


def test_a_quote_over_two_paragraphs_is_the_one_person_the_paragraph_before_introduces() -> None:
    text = (
        "Crews hold the ridge fire\n\n"
        "Fire crews worked through the night on the Orrin ridge as the wind dropped.\n\n"
        "The chief of the Orrin County Fire Service, Jonas Petterling, spoke to reporters outside the depot in the "
        "evening.\n\n"
        '"We have the fire contained on the north side. The crews are cutting a break along the ridge, and we hope to '
        "finish it before dawn.\n\n"
        '"Nobody should go back to the valley tonight. We will say when it is safe."\n'
    )
    quotes = [q for q in _quotes_of(text) if q.kind == "direct"]
    assert len(quotes) == 1 and len(quotes[0].parts) == 2  # one quotation over two paragraphs, as the README has it
    assert {q.speaker_entity for q in quotes} == {"Jonas Petterling"}
    assert all(q.speaker is not None and q.speaker.text == "Jonas Petterling" for q in quotes)
    # a quoted paragraph after a paragraph naming two people is not given to either
    two = text.replace("spoke to reporters", "spoke to Mayor Ilse Varga")
    assert {q.speaker_entity for q in _quotes_of(two) if q.kind == "direct"} == {None}


def test_a_second_that_clause_is_the_first_speakers_not_a_noun_inside_the_first() -> None:
    text = (
        "Union says audit was ignored\n\n"
        "Union secretary Dagny Holm said auditors had warned in March about gaps in the ledgers and that the board had "
        "promised an inquiry.\n"
    )
    body = text.index("\n\n")
    quotes = [q for q in _quotes_of(text) if (q.speaker.start if q.speaker else q.content.start) > body]
    [holm] = [q for q in quotes if q.speaker_entity == "Dagny Holm"]
    assert holm.content.text.endswith("and that the board had promised an inquiry")
    # the second clause is no one else's report: not the auditors' warning
    assert not [q for q in quotes if q.speaker is not None and q.speaker.text == "auditors"]
    assert not [q for q in quotes if q.content.text == "the board had promised an inquiry"]


def test_a_forecast_and_a_demonstrative_are_no_one_speaking() -> None:
    text = (
        "Opinion: the budget nobody asked for\n\n"
        "By Maren Ostby\n\n"
        "The council will say it had no choice. Perhaps it did not. That only tells us the budget was written for the "
        "wrong people.\n\n"
        "Mayor Erik Sandell will tell the council on Tuesday that the budget is balanced.\n"
    )
    quotes = _quotes_of(text)
    assert not [q for q in quotes if "no choice" in q.content.text]
    assert not [q for q in quotes if "wrong people" in q.content.text]
    # a future statement with its time and audience is words announced ahead, still a quote
    [balanced] = [q for q in quotes if "balanced" in q.content.text]
    assert balanced.speaker_entity == "Erik Sandell"


def test_a_quoted_paragraph_is_not_the_person_the_paragraph_before_only_names() -> None:
    """The paragraph before names one person who does not speak in it: the quoted paragraph after it is someone
    else's (the families who shouted at her, relatives angry with him), not given to that person."""
    visit = (
        "Minister visits the quay\n\n"
        "Transport minister Edda Sorvik toured the flooded quay on Tuesday, where traders shouted at her.\n\n"
        '"You let the water in. You knew about the wall.\n\n'
        '"We will not forget this."\n'
    )
    assert {q.speaker_entity for q in _quotes_of(visit) if q.kind == "direct"} == {None}
    angry = (
        "Anger at the depot\n\n"
        "Drivers waiting at the gate were angry with the depot manager, Piet Ravelsen, who has not spoken to them "
        "since Monday.\n\n"
        '"He has told us nothing. We want to know why the buses were sold."\n'
    )
    assert {q.speaker_entity for q in _quotes_of(angry) if q.kind == "direct"} == {None}
