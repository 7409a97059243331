"""What the words around a name say it is: a company named after its home port is two entities, a company that
speaks under its first word is the company, a doctrine's word is no entity, a name before an attack or a piece of
malware is that thing's, a plant named after its company stays the company's: invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


def test_a_company_named_after_its_port_is_two_entities() -> None:
    """ "Tollmark, the ferry group based in the port city of Tollmark": the company speaks, the city is where it is
    based; the other articles' "Tollmark" is the company, as their words say."""
    one = (
        "Lender under pressure\n\nBrisk Gazette\n2 March 2027\n\n"
        "Losses at Varn Mutual Bank on loans to the Tollmark ferry group came to light on Monday.\n\n"
        "Tollmark, the ferry group based in the port city of Tollmark, said in a statement that it had paid every "
        "instalment due.\n\nAuditors raised concerns about Tollmark twice last year."
    )
    two = (
        "Bank hid losses\n\nOrrin Courier\n2 March 2027\n\n"
        "Varn Mutual Bank lent heavily to the ferry group Tollmark, a memo shows.\n\n"
        "The bank's chief, Edda Sollen, said the loans to Tollmark were sound."
    )
    ents = [e for e in _entities(one, two) if e.name == "Tollmark"]
    kinds = {e.type: e for e in ents}
    assert set(kinds) == {"ORG", "GPE"}
    assert len(kinds["GPE"].mentions) == 1
    city = kinds["GPE"].mentions[0].span
    assert one[city.start - len("port city of ") : city.start] == "port city of "
    assert len(kinds["ORG"].mentions) >= 4 and set(kinds["ORG"].articles) == {"a0", "a1"}


def test_a_name_its_words_give_as_a_company_is_one_everywhere() -> None:
    """A guard: with no place words anywhere, a name its words give as a business is one organisation."""
    text = (
        "Ferry losses\n\nBrisk Gazette\n2 March 2027\n\n"
        "Varn Mutual Bank lent heavily to Tollmark, the ferry group, whose owners are close to the ruling party.\n\n"
        "Tollmark should never have been allowed to borrow so much, an auditor said."
    )
    types = {e.name: e.type for e in _entities(text)}
    assert types["Tollmark"] == "ORG"


def test_a_company_speaking_under_its_first_word_is_the_company() -> None:
    """ "Keating has said" in a live page beside "Keating Petfoods" in another article: the company, not a person."""
    one = (
        "Pet food recall widens\n\nTallow Post\n4 August 2027\n\n"
        "Keating Petfoods recalled two batches of its dry dog food on Monday. Keating Petfoods said the batches had "
        "been stored in a damp warehouse."
    )
    two = (
        "Pet food recall: live updates\n\nRadio Tallow\n4 August 2027\n\n"
        "Owners can return bags from the affected batches to any shop for a full refund, Keating has said."
    )
    ents = _entities(one, two)
    assert not [e for e in ents if e.type == "PERSON" and "Keating" in e.name]
    firm = next(e for e in ents if e.name == "Keating Petfoods")
    assert firm.type == "ORG" and "Keating" in firm.variants and set(firm.articles) == {"a0", "a1"}


def test_a_titled_name_beside_a_company_stays_a_person() -> None:
    """ "Mr Keating" is the founder, whatever the company is called."""
    one = (
        "Pet food recall widens\n\nTallow Post\n4 August 2027\n\n"
        "Keating Petfoods recalled two batches of its dry dog food on Monday. Keating Petfoods said the batches had "
        "been stored in a damp warehouse."
    )
    two = (
        "Founder speaks\n\nRadio Tallow\n4 August 2027\n\n"
        "Mr Keating said he was sorry. Owners can return bags to any shop for a full refund, Keating has said."
    )
    types = {(e.name, e.type) for e in _entities(one, two)}
    assert ("Keating", "PERSON") in types


def test_a_doctrine_word_is_no_entity_and_a_name_before_an_attack_is_the_attack() -> None:
    text = (
        "Hackers hit hospitals\n\nVarnel Times\n3 March 2027\n\n"
        "Officials in Osterby blamed a foreign group for the so-called Tarnel cyber attack that crippled hospitals "
        "last month.\n\n"
        '"Unfortunately, Corvanophobia will probably prevent us from helping," said Ilse Marrow, an adviser.\n\n'
        "Experts said the Quillet ransomware spread through old servers."
    )
    types = {e.name: e.type for e in _entities(text)}
    assert "Corvanophobia" not in types
    assert types["Tarnel"] == "EVENT"
    assert types["Quillet"] == "PRODUCT"


def test_an_attack_on_a_named_company_keeps_the_company() -> None:
    """ "the Brannock cyber attack" where the article gives Brannock as a company: the company was attacked."""
    text = (
        "Data stolen\n\nVarnel Times\n3 March 2027\n\n"
        "Shareholders of Brannock were told on Monday that the Brannock cyber attack had exposed customer records."
    )
    types = {e.name: e.type for e in _entities(text)}
    assert types["Brannock"] == "ORG"


def test_a_plant_named_after_its_company_stays_the_company() -> None:
    """ "the Kelvane chemical plant" with no place of that name: the company's plant; "the Orlesk plant" beside "in
    Orlesk" is the town's."""
    text = (
        "Fire at plant\n\nVarnel Times\n3 March 2027\n\n"
        "The chief executive of the Kelvane chemical plant said the fire was out by noon.\n\n"
        "Workers at the Orlesk plant were sent home, and families in Orlesk were told to keep windows shut. "
        "Schools in Orlesk stayed open."
    )
    types = {e.name: e.type for e in _entities(text)}
    assert types["Kelvane"] == "ORG"
    assert types["Orlesk"] in {"GPE", "LOC"}


def test_a_contest_or_a_vote_share_gives_no_company() -> None:
    """ "at stake in X" and "55% in X" speak of a contest and a vote in a place; "a 9% stake in X" of a company."""
    from storyline.extract.entities import context_kind

    text = "No candidate has more at stake in Vellmark than Orrin, who polled 55% in Vellmark. Dorn bought a 9% stake in Quarrow."
    at = [i for i in range(len(text)) if text.startswith("Vellmark", i)]
    assert [context_kind(text, i, i + len("Vellmark")) for i in at] == [None, None]
    q = text.index("Quarrow")
    assert context_kind(text, q, q + len("Quarrow")) == "ORG"
