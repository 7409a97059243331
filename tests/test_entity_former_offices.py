"""Honorifics of offices held before ("Secretary Hale" of a former secretary of state running for president), and
outlets with no news word in their names ("told Brightwater"): invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _people(*texts: str) -> dict[str, list[str]]:
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return {e.name: e.roles for e in resolve_entities(arts, extract_articles(arts)) if e.type == "PERSON"}


def test_a_bare_honorific_beside_the_former_office_is_dropped() -> None:
    """ "Governor Orrin Vale" and "the former Tessaly governor, Orrin Vale": the office is a former one; the bare
    title is not shown as a current office beside it."""
    first = (
        "Vale opens his run\n\nHalden Gazette\n\n11 August 2030\n\n"
        "Governor Orrin Vale said on Tuesday that he would seek the party's nomination for president.\n\n"
        "Vale told supporters in Brask that the race would be long."
    )
    second = (
        "A crowded field\n\nKessel Post\n\n12 August 2030\n\n"
        "The former Tessaly governor, Orrin Vale, drew a large crowd in Brask on Wednesday.\n\n"
        "Vale said the party needed new ideas."
    )
    roles = _people(first, second)["Orrin Vale"]
    assert "Governor" not in roles
    assert any("former" in r for r in roles)


def test_a_description_of_the_office_held_before_makes_the_honorific_former() -> None:
    """ "Secretary Hale" where the story says "when she was secretary of state" and "the former secretary of state"
    of her: "former Secretary", not the office now."""
    text = (
        "Hale leads in Orvan\n\nHalden Gazette\n\n3 March 2030\n\n"
        "Mira Hale, the party's presidential candidate, won the Orvan primary on Tuesday.\n\n"
        '"Secretary Hale built that trade deal when she was secretary of state," said Tomas Brenner, a voter in '
        "Orvan.\n\n"
        "Hale thanked her volunteers. The former secretary of state will campaign in Kessel next week."
    )
    roles = _people(text)["Mira Hale"]
    assert "Secretary" not in roles
    assert "former Secretary" in roles


def test_a_sitting_office_holder_keeps_the_honorific() -> None:
    """ "President Anja Lund" of a sitting president, in a story where another person is "the former president": the
    description is of the person named last before it, not of the president."""
    text = (
        "Lund signs the budget\n\nHalden Gazette\n\n3 March 2030\n\n"
        "President Anja Lund signed the budget on Tuesday.\n\n"
        "Her predecessor, Karl Weiss, criticised it. The former president said the cuts went too far.\n\n"
        "President Lund said the budget was fair."
    )
    roles = _people(text)
    assert "President" in roles["Anja Lund"]
    assert not [r for r in roles["Anja Lund"] if "former" in r]


def _types(*texts: str) -> dict[str, str]:
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return {e.name: e.type for e in resolve_entities(arts, extract_articles(arts))}


@pytest.mark.parametrize(
    "body",
    [
        "Tomas Brenner told Brightwater that the strike would last.\n\nBrenner said the union had no choice.",
        "The strike would last a week, Tomas Brenner told Brightwater on Tuesday.\n\nAccording to Brightwater, the "
        "union has 900 members.",
        "The union leader, Tomas Brenner, said in a Brightwater interview that the strike would last.\n\n"
        "Brightwater reported that 900 workers had joined.",
    ],
)
def test_an_outlet_with_no_news_word_is_no_person(body: str) -> None:
    """ "told Brightwater", "according to Brightwater", "Brightwater reported": a newsroom named with no news word is
    an organisation, not a person among the story's people."""
    types = _types("Strike spreads\n\nHalden Gazette\n\n3 March 2030\n\n" + body)
    assert types.get("Brightwater") == "ORG"
    assert types.get("Tomas Brenner") == "PERSON"


def test_a_surname_told_something_stays_a_person() -> None:
    """ "told Hale" where Hale is a surname the census knows and the story names no newsroom with it: a person."""
    text = (
        "Port strike spreads\n\nHalden Gazette\n\n3 March 2030\n\n"
        "Mira Hale, a dock worker, said the strike would last.\n\n"
        "The union's leader told Hale that talks had failed, according to Hale."
    )
    types = _types(text)
    assert [t for n, t in types.items() if "Hale" in n] == ["PERSON"]


def test_a_role_runs_past_a_second_possessive_to_its_comma() -> None:
    """ "head of Veloria's Border Guard's air wing": the wing's head, not the Guard's; the role ends at its comma."""
    text = (
        "Jet downed by mistake\n\nHalden Gazette\n\n3 March 2030\n\n"
        "Col. Teodor Brask, head of Veloria's Border Guard's air wing, told state radio that his unit accepted the "
        "blame.\n\n"
        "Lena Holt, head of the agency's press office, said the inquiry would open on Monday."
    )
    roles = _people(text)
    assert roles["Teodor Brask"] == ["head of Veloria's Border Guard's air wing"]
    assert roles["Lena Holt"] == ["head of the agency's press office"]
