"""Organisation names in their short and long forms, and the types of names the tagger misreads (invented text)."""

from __future__ import annotations

from storyline.extract import resolve_entities
from storyline.models import ArticleExtraction, Mention, Span


def _named(article: str, *names: str | tuple[str, str]) -> ArticleExtraction:
    """An extraction of ``article`` mentioning ``names`` (organisations unless given as (name, label)), 40 apart."""
    pairs = [n if isinstance(n, tuple) else (n, "ORG") for n in names]
    return ArticleExtraction(
        article,
        mentions=[
            Mention(Span(article, 40 * k, 40 * k + len(n), n), lab, None, n, None) for k, (n, lab) in enumerate(pairs)
        ],
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
    assert len(labor) == 1 and {"Ostrava Department of Labor", "Department of Labor"} <= {
        labor[0].name,
        *labor[0].variants,
    }
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


def _labels(text: str) -> dict[str, str]:
    from storyline.extract import article_from_text, extract_articles

    ext = extract_articles([article_from_text(text, "t.txt")])[0]
    return {m.span.text: m.label for m in ext.mentions}


def test_a_disease_drug_makers_and_a_peoples_adjective_get_their_kinds() -> None:
    labels = _labels(
        "The Ostravan government has secured 100 million more vaccine doses. The government said in January that it "
        "was working to buy an additional 50 million doses each from Kovax and Medrion, to fight COVID-19."
    )
    assert "COVID-19" not in labels
    assert labels.get("Kovax") == "ORG" and labels.get("Medrion") == "ORG"
    assert labels.get("Ostravan") == "NORP"


def test_places_and_bodies_the_supply_rule_leaves_alone() -> None:
    labels = _labels(
        "Minister Ilse Varga flew from Ostrava and Valdor on Monday. The Ostrava COVID-19 Task Force met at noon in "
        "Valdor, where the Task Force chief Ruben Holt said the ward had 40 beds."
    )
    assert labels.get("Valdor") == "GPE"  # after "from" with no supply's word: still the place
    assert labels.get("Ostrava COVID-19 Task Force") == "ORG"  # a disease's name inside a body's stays
    assert labels.get("Ilse Varga") == "PERSON" and labels.get("Ruben Holt") == "PERSON"


def test_an_outlet_name_is_no_person_and_a_country_its_adjective_names_is_a_place() -> None:
    labels = _labels(
        "Korsenian bullying wrecks steel talks\n\nBy Edda Vorn | Meridon Gazette | 10 November 2026\n\n"
        "Valdoria's delegation walked away from the table in Estravel on Tuesday after Korsenia refused to discuss "
        "its tariff.\n\nThe talks in Estravel were hosted by Alsund.\n\nMeridon Live reported that the delegation "
        "left at noon."
    )
    assert labels.get("Meridon Live") == "ORG"
    assert labels.get("Korsenia") == "GPE"
    assert labels.get("Edda Vorn") == "PERSON"


def test_a_country_another_text_of_the_story_names_by_its_adjective_is_a_place() -> None:
    from storyline.extract import article_from_text, extract_articles

    a = article_from_text("Korsenian officials left the steel talks in Estravel on Tuesday.", "a.txt")
    b = article_from_text("Talks broke down after Korsenia refused to discuss its tariff.", "b.txt")
    ents = {e.name: e for e in resolve_entities([a, b], extract_articles([a, b]))}
    assert ents["Korsenia"].type == "GPE"


def test_a_partys_word_joins_the_party_beside_its_committee() -> None:
    a = _named("a", "Republican Party", "Republican National Committee")
    b = _named("b", ("Republican", "NORP"), ("Republicans", "NORP"))
    ents = {e.name: e for e in resolve_entities([], [a, b])}
    party = [e for e in ents.values() if "Republican Party" in {e.name, *e.variants}]
    assert len(party) == 1 and "Republican" in {party[0].name, *party[0].variants}


def test_a_faiths_adjective_is_no_short_name_of_a_state_named_after_it() -> None:
    """ "radical Sundric terrorism" beside "the Sundric State": "State" is a bank's kind only before "Bank" ("Corvel
    State Bank" is "Corvel"), the last word of a group's name otherwise."""
    a = _named("a", "Sundric State", "Corvel State Bank")
    b = _named("b", ("Sundric", "NORP"), ("Sundric", "NORP"), "Corvel")
    ents = {e.name: e for e in resolve_entities([], [a, b])}
    assert ents["Sundric State"].type == "ORG" and ents["Sundric State"].variants == []
    assert ents["Sundric"].type == "NORP"
    assert ents["Corvel State Bank"].variants == ["Corvel"]
