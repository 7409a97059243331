"""Names with "&", an article that is the noun's after a name, a town named by its last word, and a place before an
office before a person's name: invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.entities import _office_head
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


def test_a_company_with_an_ampersand_is_one_body_and_the_role_keeps_its_whole_name() -> None:
    """ "An Orrin & Pike Railroad freight train": the article is the train's; "Orrin & Pike" is the railroad's short
    name; the role before a name runs over the "&" ("Orrin & Pike spokesperson", not "Pike spokesperson")."""
    first = (
        "An Orrin & Pike Railroad freight train derailed in Penwick late on Monday.\n\n"
        "Orrin & Pike spokesperson Maud Fenner said about 4,000 gallons of solvent had leaked.\n\n"
        "The Orrin & Pike line along the river was closed, the railroad said."
    )
    second = (
        "An Orrin & Pike freight train derailed in Penwick late on Monday.\n\n"
        "Orrin & Pike Railroad spokesperson Maud Fenner said the company would pay for the cleanup."
    )
    ents = {e.name: e for e in _entities(first, second)}
    orgs = [e for e in ents.values() if e.type == "ORG"]
    assert [e.name for e in orgs] == ["Orrin & Pike Railroad"]
    assert not [n for n in ents if n.startswith(("An ", "A "))]
    assert set(ents["Maud Fenner"].roles) == {"Orrin & Pike spokesperson", "Orrin & Pike Railroad spokesperson"}


def test_an_opening_article_before_a_name_and_a_verb_stays() -> None:
    """Guard: "A"/"An" before a name followed by its verb is not cut as the article of a noun after it."""
    text = "A Vessel Called Marrow announced a new tour of Penwick.\n\nTickets sold out within an hour."
    names = {e.name for e in _entities(text)}
    assert "Vessel Called Marrow" not in names


@pytest.mark.parametrize(
    ("words", "cut"),
    [
        ("Dunlow Fire Chief Rosalind Achebe", 3),  # the place the office serves, then the office
        ("Deputy Police Chief Ana Lorent", 3),
        ("Fire Chief Hanne Vollmer", 2),
        ("Kevin Fire Chief Anna Lorent", 0),  # a given name first: no office's words
        ("Dunlow Fire Chief Achebe", 0),  # one word after it: a name is never cut to one word
    ],
)
def test_a_place_before_an_office_is_part_of_the_role(words: str, cut: int) -> None:
    assert _office_head(words.split()) == cut


def test_a_place_before_an_office_before_a_name_is_the_role_not_the_name() -> None:
    text = (
        "A freight train derailed near Dunlow on Thursday.\n\n"
        "About 300 residents were evacuated as a precaution, Dunlow Fire Chief Rosalind Achebe said."
    )
    people = {e.name: e for e in _entities(text) if e.type == "PERSON"}
    assert "Rosalind Achebe" in people
    assert "Dunlow Fire Chief" in people["Rosalind Achebe"].roles
    assert not [n for n in people if n.startswith("Dunlow")]


def test_a_name_ending_in_a_town_word_is_a_place() -> None:
    """ "Ashby Crossing" the tagger calls a person, with nothing else saying so: the last word names a town. A person
    whose given name opens the name stays a person ("a letter from Kevin Springs")."""
    text = (
        "In Tessel Valley, the county school board said classes in Penwick and Ashby Crossing would be cancelled "
        "on Tuesday.\n\nThe board read out a letter from Kevin Springs about the buses."
    )
    kinds = {e.name: e.type for e in _entities(text)}
    assert kinds.get("Ashby Crossing") in {"GPE", "LOC"}
    assert kinds.get("Kevin Springs") == "PERSON"
