"""Places that name a site, an outlet by its short name, speakers without their relative clause, promised acts,
one night told as two days, works' titles in quotation marks, and voices under the ledger's names: invented text."""

from __future__ import annotations

import dataclasses

import pytest
from brief_helpers import HashEmbedder

from storyline.brief import build_brief
from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _article(text: str, name: str, **kw):  # type: ignore[no-untyped-def]
    return dataclasses.replace(article_from_text(text, name), **kw)


def _brief(*arts):  # type: ignore[no-untyped-def]
    exs = dict(zip([a.id for a in arts], extract_articles(list(arts)), strict=True))
    return build_brief(list(arts), exs, [], story="s", embedder=HashEmbedder())


def test_a_town_that_names_its_quarry_stays_a_place() -> None:
    """ "the Dunmore quarry" three times and "in Dunmore" twice: the town, not an organisation."""
    text = (
        "Rockfall at quarry\n\n"
        "Rescue teams worked through the night at the Dunmore quarry after a rockfall trapped nine workers.\n\n"
        "The Dunmore quarry employs about 300 people. Residents in Dunmore gathered at the gates.\n\n"
        "The Dunmore quarry reopened last spring, and families in Dunmore said they had feared an accident."
    )
    art = article_from_text(text, "q.txt")
    types = {e.name: e.type for e in resolve_entities([art], extract_articles([art]))}
    assert types["Dunmore"] in {"GPE", "LOC"}


def test_an_outlet_called_by_its_short_name_is_the_outlet() -> None:
    """ "told the Lantern" in The Evening Lantern is that paper; "the Tallis warehouse" and "vets in Tallis" beside
    Radio Tallis are no paper."""
    lantern = _article(
        "Council approves ferry terminal\n\nCouncillors in Tarrow approved a new ferry terminal on Tuesday.\n\n"
        '"This terminal will change the town," council leader Odile Brenning told the Lantern on Wednesday.',
        "lantern.txt",
        outlet="The Evening Lantern",
    )
    radio = _article(
        "Warehouse checked\n\nInspectors visited the Tallis warehouse of Corbin Petfoods on Tuesday, and vets in "
        "Tallis said they had seen sick dogs.",
        "radio.txt",
        outlet="Radio Tallis",
    )
    arts = [lantern, radio]
    ents = {e.name: e for e in resolve_entities(arts, extract_articles(arts))}
    assert "Lantern" not in ents
    assert ents["The Evening Lantern"].type == "ORG" and "Lantern" in ents["The Evening Lantern"].variants
    assert "Radio Tallis" not in ents and "Tallis" in ents


def test_a_speakers_mention_ends_before_its_relative_clause() -> None:
    text = (
        "Rusks recalled\n\nEleven children fell ill, according to the Kelbrook Consumer Safety Office, which had first "
        "counted eight cases.\n\nPetra Quill, who leads the rescue service, said the batch had been withdrawn."
    )
    [office, quill] = extract_articles([article_from_text(text, "r.txt")])[0].quotes
    assert office.speaker is not None and office.speaker.text == "the Kelbrook Consumer Safety Office"
    assert quill.speaker is not None and quill.speaker.text == "Petra Quill"


def test_a_promised_act_is_no_quote_a_promise_to_act_is() -> None:
    text = (
        "Pipe burst\n\nThe mayor pledged a full review, and the utility vowed a thorough investigation. The board had "
        "promised an inquiry.\n\nThe minister promised to hold an inquiry into the burst.\n\nIlse Varga, head of the "
        "water agency, promised tougher checks on every pipe in the district."
    )
    quotes = extract_articles([article_from_text(text, "p.txt")])[0].quotes
    assert [q.content.text for q in quotes] == [
        "to hold an inquiry into the burst",
        "tougher checks on every pipe in the district",
    ]


def test_one_night_told_as_two_days_is_one_dated_entry() -> None:
    """ "late Sunday or early Monday": one entry dated by the Sunday, its reason saying it is approximate; "on Monday
    or Wednesday" stays two dates."""
    art = _article(
        "Storm damages pier\n\nThe old pier was badly damaged late Sunday or early Monday when a storm surge hit the "
        "coast.\n\nEngineers will inspect it on Monday or Wednesday.",
        "pier.txt",
        published="2027-10-12",
    )
    rows = _brief(art)["timeline"]
    night = [r for r in rows if "pier" in r["event"]]
    assert [(r["date"], r["expression"]) for r in night] == [("2027-10-10", "late Sunday or early Monday")]
    assert "approximate" in night[0]["reason"]
    assert sorted(r["date"] for r in rows if "Engineers" in r["event"]) == ["2027-10-13", "2027-10-18"]


def test_a_works_title_in_quotation_marks_is_no_quote_and_no_organisation() -> None:
    text = (
        "Actor returns\n\nFans packed the theatre on Saturday to see Mira Tolland in a new play.\n\n"
        "'Kettle The Brave' star Jonah Pell also appeared.\n\nTolland said the play was her hardest role."
    )
    art = article_from_text(text, "t.txt")
    [ex] = extract_articles([art])
    assert all("Kettle" not in q.content.text for q in ex.quotes)
    [title] = [m for m in ex.mentions if "Kettle" in m.span.text]
    assert title.span.text == "Kettle The Brave" and title.label == "WORK_OF_ART"


def test_a_voice_is_the_ledgers_speaker() -> None:
    """Radio Tallis's "..., Corbin has said" is Corbin Petfoods' line in the ledger, and so is its voice."""
    from storyline.brief.build import _speaker_names
    from storyline.brief.framing import voices
    from storyline.models import Entity, Quote, Span

    ents = [Entity("e1", "Corbin Petfoods", "ORG", variants=["Corbin"], articles=["a"])]
    q = Quote(
        article="a",
        kind="indirect",
        content=Span("a", 0, 20, "Owners can return it"),
        speaker=Span("a", 22, 28, "Corbin"),
        speaker_entity="Corbin",
    )
    [voice] = voices("a", [q], {e.name: e for e in ents}, _speaker_names(ents))
    assert voice["speaker"] == "Corbin Petfoods" and voice["affiliation"] == "Corbin Petfoods"
