"""Spelling variants and types of a story's entities: a surname alone is its person's variant whatever the tagger
called it, a name ends where the name does (not over "on Injured Reserve" nor a detached possessive), a street of an
address is a place, "told the Star" names a newspaper, a nickname and a style-book full name with "Jr." are one
person (two people sharing a surname are not), and the words of a book's subtitle name nothing: invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text
from storyline.models import Article, Entity

pytestmark = pytest.mark.slow


def _articles(*texts: str, outlets: tuple[str, ...] = ()) -> list[Article]:
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    for art, outlet in zip(arts, outlets, strict=False):
        art.outlet = outlet
    return arts


def _entities(*texts: str, outlets: tuple[str, ...] = ()) -> list[Entity]:
    arts = _articles(*texts, outlets=outlets)
    return resolve_entities(arts, extract_articles(arts))


SPORT = (
    "Jalisa Tovey, 10, was hit by a stray bullet one June evening as she played on the steps of her home on Birch "
    "Street in Pellham. Jalisa was taken to a hospital, where she died. The Gulls placed running back Teo Brask on "
    "Injured Reserve. Brask hurt his knee against the Bears."
)


def test_a_surname_alone_is_the_variant_of_its_person() -> None:
    """ "The Gulls placed running back Teo Brask on Injured Reserve. Brask hurt his knee": one person Teo Brask with
    the variant Brask; no organisation "Teo Brask on Injured Reserve", no place "Brask"."""
    ents = _entities(SPORT)
    by_name = {e.name: e for e in ents}
    assert "Teo Brask" in by_name and by_name["Teo Brask"].type == "PERSON"
    assert "Brask" in by_name["Teo Brask"].variants
    assert not any("Injured Reserve" in e.name for e in ents)
    assert not any(e.name == "Brask" for e in ents)
    assert "Jalisa" in by_name["Jalisa Tovey"].variants


def test_a_street_of_an_address_is_a_place() -> None:
    """ "her home on Birch Street": a street (a facility or a place), no organisation."""
    types = {e.name: e.type for e in _entities(SPORT)}
    assert types.get("Birch Street") in {"FAC", "LOC", "GPE"}


def test_a_surname_read_as_a_place_joins_its_full_name_everywhere() -> None:
    """ "running back Teo Brask" read as a place, then "Brask hurt his knee" and "said Brask will rest": one person."""
    text = (
        "The Kelby Gulls ' season is over for running back Teo Brask. Brask hurt his knee in the Kelby Gulls ' loss "
        "to Pellham. Coach Ivo Marr said Brask will rest."
    )
    ents = _entities(text)
    brask = [e for e in ents if "Brask" in e.name]
    assert [(e.name, e.type) for e in brask] == [("Teo Brask", "PERSON")]
    assert len(brask[0].mentions) == 3


def test_a_place_that_does_things_is_no_person() -> None:
    """A guard: a town whose loss the text tells with "its" (not "his") stays a place."""
    text = (
        "Fire in the hills\n\nFlames reached the town of Kessling on Monday. The fire destroyed homes in Kessling, "
        "and Kessling lost its school, mayor Ivo Marr said."
    )
    types = {e.name: e.type for e in _entities(text)}
    assert types["Kessling"] == "GPE"
    assert types["Ivo Marr"] == "PERSON"


def test_a_body_named_on_a_subject_keeps_its_name() -> None:
    """A guard: "the Kelby Council on Harbour Safety" is one body; only a person's name stops before "on"."""
    text = (
        "The Kelby Council on Harbour Safety said on Monday that the pier must close. Members of the Kelby Council "
        "on Harbour Safety voted to close it."
    )
    names = {e.name for e in _entities(text)}
    assert "Kelby Council on Harbour Safety" in names


def test_a_name_ends_before_a_detached_possessive() -> None:
    """ "The Kelby Gulls ' season": the span of the name ends at "Gulls", with no space after it."""
    text = "The Kelby Gulls ' season is over. Fans of the Kelby Gulls ' defence were angry, coach Ivo Marr said."
    arts = _articles(text)
    ex = extract_articles(arts)
    resolve_entities(arts, ex)
    spans = [text[m.span.start : m.span.end] for m in ex[0].mentions if "Gulls" in text[m.span.start : m.span.end]]
    assert spans and all(s == "Kelby Gulls" for s in spans)


def test_told_the_star_is_a_newspaper() -> None:
    """ "told the Star": the paper the story's outlet Brennick Evening Star is, no place."""
    text = (
        "Greedy gov caged\n\nGovernor Osric Dembek was jailed on Tuesday for eight years.\n\n"
        "Tallin families who waited years for the bridge told the Star the bridge bandit got off lightly."
    )
    ents = _entities(text, outlets=("Brennick Evening Star",))
    star = [e for e in ents if "Star" in e.name or "Star" in e.variants]
    assert star and all(e.type == "ORG" for e in star)
    assert not any(e.type in {"GPE", "LOC", "FAC"} and "Star" in e.name for e in ents)


def test_a_nickname_and_the_style_book_name_are_one_person() -> None:
    """ "Joe Keldon" and "Joseph R. Keldon Jr.": one person (a nickname, a middle initial and a suffix of the same
    surname); his son "Hunter Keldon" stays another."""
    one = (
        "Keldon signs port bill\n\nOrrin Courier\n\nPresident Joseph R. Keldon Jr. signed the port bill on Tuesday. "
        "Keldon said the bill would bring jobs to the coast."
    )
    two = (
        "Port bill law\n\nBrisk Gazette\n\nJoe Keldon signed the port bill into law, calling it a win for dock "
        "workers. His son Hunter Keldon watched from the gallery."
    )
    people = {e.name: e for e in _entities(one, two) if e.type == "PERSON" and "Keldon" in e.name}
    assert set(people) == {"Joseph R. Keldon Jr.", "Hunter Keldon"}
    assert "Joe Keldon" in people["Joseph R. Keldon Jr."].variants


def test_a_father_and_his_namesake_son_stay_two() -> None:
    """A guard: "Dane Keldon" and "Dane J. Keldon Jr." (the son, named after his father) are two people."""
    one = "Keldon heir speaks\n\nOrrin Courier\n\nDane J. Keldon Jr. said on Tuesday that the firm would be sold."
    two = "Firm sale\n\nBrisk Gazette\n\nThe firm's founder, Dane Keldon, said on Monday that he opposed the sale."
    people = {e.name for e in _entities(one, two) if e.type == "PERSON" and "Keldon" in e.name}
    assert people == {"Dane J. Keldon Jr.", "Dane Keldon"}


def test_words_of_a_subtitle_name_nothing() -> None:
    """ "a new book, Fault Lines: How the Coast Feeds on Hate and Fear, on Tuesday": one work; "Hate" no place."""
    text = (
        "Harold Quist Jr. released a new book, Fault Lines: How the Coast Feeds on Hate and Fear, on Tuesday. "
        "Governor Odo Rusk did not comment."
    )
    ents = _entities(text)
    assert ("Fault Lines: How the Coast Feeds on Hate and Fear", "WORK_OF_ART") in {(e.name, e.type) for e in ents}
    assert not any(e.name in {"Hate", "Fear", "Coast"} for e in ents)


def test_a_colon_with_no_work_before_it_keeps_its_names() -> None:
    """A guard: a heading's colon with no work's word before it ("Update: Talks in Kessling") is no title."""
    text = "Port strike\n\nUpdate: Talks in Kessling broke down on Monday, union leader Mara Quell said."
    names = {e.name for e in _entities(text)}
    assert "Kessling" in names


def test_a_slogan_on_a_surname_is_no_person() -> None:
    """A guard: "the Stop Keldon campaign" beside "Dane Keldon" and a lone "Keldon" with "his": no person "Stop
    Keldon" (the article names its Keldon in full)."""
    text = (
        "Organisers of the Stop Keldon campaign met in Pellham on Monday. Dane Keldon said he would not debate them. "
        "Keldon told his aides to stay calm."
    )
    types = {e.name: e.type for e in _entities(text)}
    assert types.get("Stop Keldon") != "PERSON"
    assert types["Dane Keldon"] == "PERSON"


def test_a_son_by_his_given_name_and_suffix_is_the_son() -> None:
    """A guard: "Dane Jr." is "Dane Keldon Jr." of the other article, not a person of his own nor his father."""
    one = "Keldon heir speaks\n\nOrrin Courier\n\nDane Keldon Jr. said on Tuesday that the firm would be sold."
    two = (
        "Firm sale\n\nBrisk Gazette\n\nThe firm's founder, Dane Keldon, said on Monday that he opposed the sale. "
        "His son Dane Jr. announced the sale at the meeting."
    )
    people = {e.name: e for e in _entities(one, two) if e.type == "PERSON" and "Dane" in e.name}
    assert set(people) == {"Dane Keldon Jr.", "Dane Keldon"}
    assert "Dane Jr." in people["Dane Keldon Jr."].variants
