"""A place's dotted abbreviation ending one sentence is not part of the name opening the next ("southeast Lanford,
D.C. Omar Faheem died"); initials opening a name stay. Invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.entities import _place_abbreviation
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def test_the_abbreviation_after_a_town_and_comma_is_the_places() -> None:
    text = "near Harbor Park in southeast Lanford, D.C. Omar Faheem died on Tuesday."
    s = text.index("D.C.")
    e = text.index(" died")
    assert _place_abbreviation(text, s, e, "PERSON") == [(s, s + 4, "GPE"), (s + 5, e, "PERSON")]


@pytest.mark.parametrize("text", ["J.R. Holm said the vote was close.", "The coach, J.R. Holm, said it was close."])
def test_guard_initials_opening_a_name_stay(text: str) -> None:
    s = text.index("J.R.")
    e = text.index("Holm") + 4
    assert _place_abbreviation(text, s, e, "PERSON") == [(s, e, "PERSON")]


def test_the_victims_name_has_no_place_variant() -> None:
    texts = [
        "Driver killed\n\nThe driver was thrown from his car in southeast Lanford, D.C. Omar Faheem died after "
        "police say two girls stole his car.",
        "Girls charged\n\nPolice in Lanford, D.C., say two girls have been charged in the death of delivery driver "
        "Omar Faheem. Faheem, 58, was killed Tuesday.",
    ]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    ents = resolve_entities(arts, extract_articles(arts))
    person = [e for e in ents if e.name == "Omar Faheem"]
    assert person and not any("D.C." in v for v in person[0].variants)
