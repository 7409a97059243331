"""Organisation names in their short and long forms, and the types of names the tagger misreads (invented text)."""

from __future__ import annotations

from storyline.extract import resolve_entities
from storyline.models import ArticleExtraction, Mention, Span


def _named(article: str, *names: str | tuple[str, str]) -> ArticleExtraction:
    """An extraction of ``article`` mentioning ``names`` (organisations unless given as (name, label)), 40 apart."""
    pairs = [n if isinstance(n, tuple) else (n, "ORG") for n in names]
    return ArticleExtraction(
        article,
        mentions=[Mention(Span(article, 40 * k, 40 * k + len(n), n), lab, None, n, None) for k, (n, lab) in enumerate(pairs)],
    )


def test_a_company_called_by_the_first_word_of_its_trade_name_is_that_company() -> None:
    a = _named("a", "Brightwave Ballot Systems", "Channel Nine")
    b = _named("b", "Brightwave", "Channel Nine")
    ents = {e.name: e for e in resolve_entities([], [a, b])}
    assert "Brightwave" not in ents and ents["Brightwave Ballot Systems"].variants == ["Brightwave"]


def test_two_firms_sharing_a_first_word_stay_apart_and_the_word_joins_neither() -> None:
    a = _named("a", "Northgate Rail Systems", "Northgate Bank")
    b = _named("b", "Northgate", "Yale Daily News")
    c = _named("c", "Yale")
    ents = {e.name: e for e in resolve_entities([], [a, b, c])}
    assert {"Northgate Rail Systems", "Northgate Bank", "Northgate"} <= set(ents)
    assert {"Yale", "Yale Daily News"} <= set(ents)  # a paper, no trade word: the word may be the university


def test_a_body_named_by_its_subject_before_or_after_its_head_is_one_body() -> None:
    a = _named("a", "Ostrava Department of Labor", "House Committee on Oversight and Reform")
    b = _named("b", "Labor Department", "House Oversight and Reform Committee", "Department of Labor")
    ents = {e.name: e for e in resolve_entities([], [a, b])}
    labor = [e for e in ents.values() if "Labor Department" in {e.name, *e.variants}]
    assert len(labor) == 1 and {"Ostrava Department of Labor", "Department of Labor"} <= {labor[0].name, *labor[0].variants}
    house = [e for e in ents.values() if "House Oversight and Reform Committee" in {e.name, *e.variants}]
    assert len(house) == 1 and "House Committee on Oversight and Reform" in {house[0].name, *house[0].variants}


def test_a_body_of_two_places_leaves_the_bare_form_alone() -> None:
    a = _named("a", "Ostrava Department of Labor", "Korsenia Labor Department", "Ostrava Labor Department")
    b = _named("b", "Labor Department", "Police Department", "Justice Department")
    ents = {e.name: e for e in resolve_entities([], [a, b])}
    assert "Korsenia Labor Department" in ents and "Labor Department" in ents
    ostrava = [e for e in ents.values() if "Ostrava Labor Department" in {e.name, *e.variants}]
    assert "Ostrava Department of Labor" in {ostrava[0].name, *ostrava[0].variants}
    assert {"Police Department", "Justice Department"} <= set(ents)
