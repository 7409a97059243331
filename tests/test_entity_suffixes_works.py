"""A generation's suffix belongs to the name ("Harold Quist, Jr." is not his father), a work's title after "book",
"film", "titled" is no person, a shop's name before "shop" is one business: invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


def _people(*texts: str) -> dict[str, list[str]]:
    return {e.name: e.variants for e in _entities(*texts) if e.type == "PERSON"}


def test_a_generation_suffix_stays_with_the_name() -> None:
    """ "Harold Quist, Jr.'s new book": one person, Harold Quist Jr., with "Quist Jr." as a variant; no "Harold Quist"
    (his father) and no person "Jr."."""
    text = (
        "Pranksters swap covers\n\nOrrin Courier\n2 March 2027\n\n"
        "A pair of comedians replaced the covers on copies of Harold Quist, Jr.'s new book on Monday. "
        "Quist Jr., 38, released the book last week."
    )
    people = _people(text)
    assert "Harold Quist Jr." in people
    assert not {"Harold Quist", "Jr.", "Quist Jr."} & set(people)
    assert "Quist Jr." in people["Harold Quist Jr."]


def test_the_father_without_the_suffix_is_another_person() -> None:
    """A guard: the son with his suffix and the father named in full without it are two people, in one article and
    across two."""
    one = (
        "Mill heir speaks\n\nOrrin Courier\n2 March 2027\n\n"
        "Harold Quist III released a memoir on Tuesday. He said it was about his father, Harold Quist, who ran the "
        "Varn mill for forty years."
    )
    two = "Mill sold\n\nBrisk Gazette\n3 March 2027\n\nMill owner Harold Quist sold the Varn mill in 1990, his family said."
    people = _people(one, two)
    assert "Harold Quist III" in people and "Harold Quist" in people
    assert "Harold Quist" not in people["Harold Quist III"]
