"""Names the tagger cuts or runs on, and names that merge where they should not: a surname of two particles the
tagger cut into two people, a day opening a quote as no given name, the town of a member's seat as no person of its
name, a union named after two groups and its initials one body, a chamber's name without the preposition after it:
invented text."""

from __future__ import annotations

import re

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.entities import repair_mentions
from storyline.extract.pipeline import article_from_text
from storyline.models import Article, ArticleExtraction, Mention, Span


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def _at(text: str, phrase: str, label: str, nth: int = 0) -> tuple[int, int, str]:
    i = [m.start() for m in re.finditer(re.escape(phrase), text)][nth]
    return i, i + len(phrase), label


def _resolved(texts: dict[str, str], tagged: dict[str, list[tuple[int, int, str]]]):  # type: ignore[no-untyped-def]
    """Entities of articles whose tagger spans are given: the mentions repaired, then resolved across articles."""
    arts, exs = [], []
    for aid, text in texts.items():
        arts.append(Article(id=aid, source=f"{aid}.txt", original=text, text=text))
        ms = repair_mentions(text, tagged[aid], _tokens(text), [])
        exs.append(
            ArticleExtraction(
                aid, mentions=[Mention(Span(aid, m.start, m.end, m.text), m.label, None, m.text, None) for m in ms]
            )
        )
    return resolve_entities(arts, exs)


def test_a_surname_of_two_particles_cut_by_the_tagger_is_one_persons() -> None:
    """The tagger's "Anko van" and "Mosvelt" of "Anko van der Mosvelt": one person, not "Anko van" and "der Mosvelt"."""
    text = "Opposition leader Anko van der Mosvelt said his party would reverse the law."
    ms = repair_mentions(text, [_at(text, "Anko van", "PERSON"), _at(text, "Mosvelt", "PERSON")], _tokens(text), [])
    assert [(m.text, m.label) for m in ms if m.label == "PERSON"] == [("Anko van der Mosvelt", "PERSON")]


def test_a_particle_tail_stops_at_a_mention_of_another_kind() -> None:
    """The rest after "Jana van" is no piece of her name when the tagger reads it as something else than a person."""
    text = "Jana van Dorn Bank said the loan was repaid."
    ms = repair_mentions(text, [_at(text, "Jana van", "PERSON"), _at(text, "Dorn Bank", "ORG")], _tokens(text), [])
    assert ("Dorn Bank", "ORG") in {(m.text, m.label) for m in ms}


def test_a_day_opening_a_quote_is_no_given_name_of_the_country_after_it() -> None:
    """'"Today Ostravia chose safety"': the tagger's person "Ostravia" does not grow into "Today Ostravia", and the
    country named in another article stays one name."""
    one = 'Premier Oskar Vend thanked the deputies. "Today Ostravia chose safety and the rule of law," he said.'
    two = "The court will decide whether Ostravia still has a constitution, critics said."
    ents = _resolved(
        {"a": one, "b": two},
        {"a": [_at(one, "Oskar Vend", "PERSON"), _at(one, "Ostravia", "PERSON")], "b": [_at(two, "Ostravia", "ORG")]},
    )
    names = {e.name for e in ents}
    assert "Today Ostravia" not in names
    assert "Ostravia" in names
    text = "Yesterday Mirna Holt resigned."  # the tagger's span with the day in it loses the day
    ms = repair_mentions(text, [_at(text, "Yesterday Mirna Holt", "PERSON")], _tokens(text), [])
    assert [m.text for m in ms] == ["Mirna Holt"]


def test_the_town_of_a_members_seat_is_no_person_of_its_name() -> None:
    """ "The member for Torvik" names a seat's town; the police spokesman Petr Torvik is another entity."""
    text = (
        "The member for Torvik, Dana Meles, led the opposition to the bill.\n\n"
        "Police spokesman Petr Torvik said 12 people were arrested near the east gate."
    )
    tagged = [_at(text, "Torvik", "PERSON"), _at(text, "Dana Meles", "PERSON"), _at(text, "Petr Torvik", "PERSON")]
    ents = {e.name: e for e in _resolved({"a": text}, {"a": tagged})}
    assert ents["Torvik"].type == "GPE"
    assert [m.span.text for m in ents["Petr Torvik"].mentions] == ["Petr Torvik"]
    text2 = "Labour MP for Brennick Ola Stam resigned."  # the seat after "MP for", tagged a company
    ms = repair_mentions(text2, [_at(text2, "Brennick", "ORG"), _at(text2, "Ola Stam", "PERSON")], _tokens(text2), [])
    assert ("Brennick", "GPE") in {(m.text, m.label) for m in ms}


def test_a_union_named_after_two_groups_is_one_body_with_its_initials() -> None:
    """The tagger's "Fishers" and "Greens Union" of "Fishers' and Greens Union": one union, and its
    initials "FGU", in brackets and in another article, are that union."""
    one = "The small Fishers' and Greens Union (FGU) voted against the bill."
    two = "The government presented amendments after talks with the Fishers' and Greens Union. The FGU said it would study them."
    ents = _resolved(
        {"a": one, "b": two},
        {
            "a": [_at(one, "Fishers", "ORG"), _at(one, "Greens Union", "ORG"), _at(one, "FGU", "ORG")],
            "b": [_at(two, "Fishers", "ORG"), _at(two, "Greens Union", "ORG"), _at(two, "FGU", "ORG")],
        },
    )
    found = {e.name: sorted(e.variants) for e in ents}
    assert found == {"Fishers' and Greens Union": ["FGU"]}


def test_two_groups_named_apart_stay_two() -> None:
    """ "the Fishers' and the Greens Union's votes": an article between, two bodies; a single word after the
    apostrophe no body."""
    text = "The Fishers' and the Greens Union's votes decided it."
    ms = repair_mentions(text, [_at(text, "Fishers", "ORG"), _at(text, "Greens Union", "ORG")], _tokens(text), [])
    assert {m.text for m in ms} == {"Fishers", "Greens Union"}


def test_a_name_ends_before_the_preposition_the_tagger_ran_into() -> None:
    """The tagger's "The Upper Chamber on" of "The Upper Chamber on Monday rejected": "Upper Chamber", the same
    body as elsewhere."""
    text = "The Upper Chamber on Monday rejected the bill. The bill went back to the Upper Chamber."
    ms = repair_mentions(
        text, [_at(text, "The Upper Chamber on", "ORG"), _at(text, "the Upper Chamber", "ORG")], _tokens(text), []
    )
    assert {m.text for m in ms} == {"Upper Chamber"}


@pytest.mark.slow
def test_a_name_with_two_particles_through_the_tagger() -> None:
    """The whole pipeline (the tagger cuts this name after "van"): one person, who speaks."""
    text = "Ports bill passes\n\nOpposition leader Anko van der Mosvelt said his party would reverse the law."
    arts = [article_from_text(text, "a.txt", article_id="a")]
    people = [e.name for e in resolve_entities(arts, extract_articles(arts)) if e.type == "PERSON"]
    assert people == ["Anko van der Mosvelt"]


def test_a_country_whose_people_the_story_names_in_the_plural_is_a_place() -> None:
    """ "Ostravia" read as a person by the tagger, beside "Ostravians" (its people) in another article: the place."""
    one = 'Premier Oskar Vend thanked the deputies. "Today Ostravia chose safety," he said.'
    two = "Thousands of Ostravians marched on Sunday."
    ents = _resolved(
        {"a": one, "b": two},
        {
            "a": [_at(one, "Oskar Vend", "PERSON"), _at(one, "Ostravia", "PERSON")],
            "b": [_at(two, "Ostravians", "NORP")],
        },
    )
    assert {e.name: e.type for e in ents}["Ostravia"] == "GPE"
