"""Names the tagger ran into a dangling connector or mark ("Ministry of" of a line wrapped after "of", "Bank and",
"Council for the", "Brandt -") are repaired: grown over the name the next line goes on with, else trimmed; and a
name given with its translation in brackets or apposition is one entity with both forms: invented text."""

from __future__ import annotations

import re

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.entities import repair_mentions
from storyline.extract.pipeline import article_from_text


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def _at(text: str, phrase: str, label: str) -> tuple[int, int, str]:
    i = text.index(phrase)
    return i, i + len(phrase), label


def _names(text: str, *ents: tuple[int, int, str]) -> set[tuple[str, str]]:
    return {(" ".join(m.text.split()), m.label) for m in repair_mentions(text, list(ents), _tokens(text), [])}


def test_a_name_cut_after_its_connector_at_a_wrapped_line_goes_on_to_the_next_line() -> None:
    text = (
        "Officials at the Ministry of\nDefence said the drills would go ahead. The Kessrin Savings Bank and\n"
        "Trust will pay for them, and the Council for the\nPerforming Arts will not."
    )
    found = _names(
        text,
        _at(text, "Ministry of", "ORG"),
        _at(text, "Kessrin Savings Bank and", "ORG"),
        _at(text, "Council for the", "ORG"),
    )
    assert found == {
        ("Ministry of Defence", "ORG"),
        ("Kessrin Savings Bank and Trust", "ORG"),
        ("Council for the Performing Arts", "ORG"),
    }
    # the tagger's span over the break is kept whole, not cut to its longer line
    assert _names(text, _at(text, "Ministry of\nDefence", "ORG")) == {("Ministry of Defence", "ORG")}


def test_guard_a_dangling_connector_or_mark_the_text_does_not_go_on_with_is_trimmed() -> None:
    text = (
        "The Varnholt Bank and the city agreed. The Council for the most part stayed silent. Ilse Brandt - who "
        "chairs it - spoke, as did Oskar Lind, a clerk."
    )
    found = _names(
        text,
        _at(text, "Varnholt Bank and", "ORG"),
        _at(text, "Council for the", "ORG"),
        _at(text, "Ilse Brandt -", "PERSON"),
        _at(text, "Oskar Lind,", "PERSON"),
    )
    assert found == {("Varnholt Bank", "ORG"), ("Council", "ORG"), ("Ilse Brandt", "PERSON"), ("Oskar Lind", "PERSON")}


def test_guard_a_name_and_another_on_one_line_are_not_joined_nor_a_paragraph_break_crossed() -> None:
    """ "and" on one line ends the tagger's name for a reason; a blank line ends any name; a person's name at a
    line's end is not run into the next line's name."""
    text = "The Varnholt Bank and Kessrin Mutual merged.\n\nMinistry of\n\nDefence Notes\n\nIlse Brandt\nOskar Lind"
    found = _names(
        text,
        _at(text, "Varnholt Bank and", "ORG"),
        _at(text, "Kessrin Mutual", "ORG"),
        _at(text, "Ministry of", "ORG"),
        _at(text, "Ilse Brandt\nOskar Lind", "PERSON"),
    )
    assert ("Varnholt Bank", "ORG") in found and ("Kessrin Mutual", "ORG") in found
    assert not any("Defence" in n or "\n" in n for n, _ in found)
    assert ("Ilse Brandt Oskar Lind", "PERSON") not in found


@pytest.mark.slow
def test_a_wrapped_body_name_is_one_entity_with_the_same_name_written_on_one_line() -> None:
    one = (
        "Drills go ahead\n\nTallow Post\n\nOfficials at the Varskovan Ministry of\nDefence said on Tuesday that the "
        "drills would go ahead. The National Council for the\nArts said on Monday it would cut grants."
    )
    two = (
        "Drills confirmed\n\nOrrin Courier\n\nThe Varskovan Ministry of Defence said the drills would go ahead. "
        "Grants from the National Council for the Arts were cut."
    )
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate((one, two))]
    ents = resolve_entities(arts, extract_articles(arts))
    by_name = {e.name.removeprefix("The "): e for e in ents}
    assert {a for e in ents for a in e.articles if "Ministry of Defence" in e.name} == {"a0", "a1"}
    assert set(by_name["National Council for the Arts"].articles) == {"a0", "a1"}
    assert not any("\n" in n for e in ents for n in [e.name, *e.variants])
    assert not {"Defence", "Arts", "Ministry", "Council"} & set(by_name)


def _story(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


_CHAMBER = (
    "Vote delayed\n\nTallow Post\n\nThe vote in the Narodna Kamra (National Chamber) was delayed on Tuesday, Speaker "
    "Ilse Brandt said. The Narodna Kamra will meet again in May.",
    "Vote put off\n\nOrrin Courier\n\nThe National Chamber (Narodna Kamra) put off the vote. Members of the National "
    "Chamber were angry.",
    "Chamber vote\n\nKessrin Ledger\n\nLawmakers in the Narodna Kamra, the national parliament, delayed a vote. The "
    "Senate (upper house) will vote next week.",
    "Vote next week\n\nHalden Times\n\nMembers of the National Chamber voted on Friday. The Senate agreed.",
)


@pytest.mark.slow
def test_a_name_and_its_translation_given_together_are_one_body_the_story_over() -> None:
    ents = _story(*_CHAMBER)
    chamber = [e for e in ents if {"Narodna Kamra", "National Chamber"} & {e.name.removeprefix("The "), *e.variants}]
    assert len(chamber) == 1
    body = chamber[0]
    assert body.type == "ORG"
    assert {"Narodna Kamra", "National Chamber"} <= {body.name.removeprefix("The "), *body.variants}
    assert set(body.articles) == {"a0", "a1", "a2", "a3"}
    # a gloss in lower case is no name of the Senate
    assert not any("upper house" in n.lower() for e in ents for n in [e.name, *e.variants])


def test_a_bracketed_translation_and_a_body_named_in_apposition_are_mentions() -> None:
    text = (
        "The vote in the Narodna Kamra (National Chamber) was put off. The Federal Assembly (Bundestag) met. "
        "Lawmakers in the Velika Skupna, the national parliament, agreed. The National Chamber (Narodna Kamra"
    )
    found = _names(
        text,
        _at(text, "the Narodna Kamra", "ORG"),
        _at(text, "The Federal Assembly", "ORG"),
        _at(text, "The National Chamber (Narodna Kamra", "ORG"),
    )
    assert {("National Chamber", "ORG"), ("Bundestag", "ORG"), ("Velika Skupna", "ORG")} <= found
    assert ("Narodna Kamra", "ORG") in found and not any("(" in n for n, _ in found)


def test_guard_brackets_of_people_places_and_glosses_and_a_date_before_a_body_make_no_name() -> None:
    text = (
        "Ilse Brandt (Kessrin Party) spoke first. Tollmark (Halden County) voted. The Senate (upper house) "
        "agreed. It said on Monday, the ruling party, that the Senate (NCA) would meet.\n\nVARNHOLT, July 29 (HWS) "
        "-- Talks resumed."
    )
    found = _names(
        text,
        _at(text, "Ilse Brandt", "PERSON"),
        _at(text, "Tollmark", "GPE"),
        _at(text, "Senate", "ORG"),
        _at(text, "HWS", "ORG"),
    )
    names = {n for n, _ in found}
    assert "Kessrin Party" not in names and "Halden County" not in names
    assert not {"upper house", "Monday", "NCA", "July 29", "July"} & names  # a dateline's date is no agency's name


@pytest.mark.slow
def test_guard_a_person_or_a_place_and_the_brackets_after_it_stay_apart() -> None:
    one = (
        "Council vote\n\nTallow Post\n\nIlse Brandt (Kessrin Party) said the Kessrin Party would vote against the "
        "plan. The people of Tollmark (Halden County) voted for it."
    )
    ents = _story(one)
    brandt = next(e for e in ents if "Ilse Brandt" in {e.name, *e.variants})
    assert "Kessrin Party" not in {brandt.name, *brandt.variants}  # even when the tagger calls her an organisation
    assert not any(
        {"Tollmark", "Halden County"} <= {e.name, *e.variants} for e in ents
    )  # a town and its county stay two places


def test_an_owner_in_the_possessive_run_into_what_it_owns_is_cut_from_it() -> None:
    text = (
        "Brandt won in Tollmark. Ilse Brandt’s Super Tuesday hopes grew. Varskova voted. Varskova’s Supreme "
        "Court ruled. Orvik spoke. Orvik’s Trade Ministry said so. Lind’s July 25 call hurt. Lind left. The "
        "ministry’s Bureau of Farm Statistics said."
    )

    def at(phrase: str, label: str, nth: int = 0) -> tuple[int, int, str]:
        i = [m.start() for m in re.finditer(re.escape(phrase), text)][nth]
        return i, i + len(phrase), label

    ents = [
        at("Brandt", "PERSON"), at("Ilse Brandt’s Super", "PERSON"), at("Varskova", "GPE"),
        at("Varskova’s Supreme Court", "ORG"), at("Orvik", "PERSON"), at("Orvik’s Trade Ministry", "ORG"),
        at("Lind’s July 25", "ORG"), at("Lind", "PERSON", 1), at("ministry’s Bureau of Farm Statistics", "ORG"),
    ]  # fmt: skip
    found = [(m.text, m.label) for m in repair_mentions(text, ents, _tokens(text), [])]
    # the owner written alone by the surname only ("Brandt") is still a name of its own
    assert ("Ilse Brandt", "PERSON") in found and [n for n, _ in found].count("Orvik") == 2
    assert found.count(("Varskova", "GPE")) == 2 and found.count(("Lind", "PERSON")) == 2
    assert {("Supreme Court", "ORG"), ("Trade Ministry", "ORG"), ("Bureau of Farm Statistics", "ORG")} <= set(found)
    assert not any("’" in n or n in {"Super", "July 25"} for n, _ in found)


def test_guard_a_name_that_holds_a_possessive_of_its_own_stays_whole() -> None:
    text = (
        "Students at St. Orrin’s College cheered. The Varskova Women’s National Hockey Team won. Here’s the Thing "
        "aired. Fans in Queen’s Parade waited, and Brannoc’s Landing voted. Oskar Lind, head of the Halden Police "
        "Patrolmen's Union, spoke."
    )
    ents = [
        _at(text, "St. Orrin’s College", "ORG"),
        _at(text, "The Varskova Women’s National Hockey Team", "ORG"),  # its article is no common-word owner
        _at(text, "the Halden Police Patrolmen's Union", "ORG"),
        _at(text, "Here’s the Thing", "WORK_OF_ART"),
        _at(text, "Queen’s Parade", "FAC"),
        _at(text, "Brannoc’s Landing", "GPE"),
    ]
    found = {m.text for m in repair_mentions(text, ents, _tokens(text), [])}
    assert found == {text[s:e].removeprefix("the ").removeprefix("The ") for s, e, _ in ents}
