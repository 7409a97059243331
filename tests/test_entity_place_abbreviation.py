"""A place's dotted abbreviation ending one sentence is not part of the name opening the next ("southeast Lanford,
D.C. Omar Faheem died"); initials opening a name stay. Invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.entities import _place_abbreviation, _place_not_time
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


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("The talks in Estravel broke down.", "Estravel", "GPE"),
        ("The delegation flew home from Estravel on Tuesday.", "Estravel", "GPE"),
        ("The talks resume in March.", "March", "DATE"),
        ("The fast ends in Ramadan.", "Ramadan", "DATE"),
        ("The shops close at Christmas.", "Christmas", "DATE"),
        ("Nobody came at Noon.", "Noon", "DATE"),
        ("Talks resumed Estravel time.", "Estravel", "DATE"),
    ],
)
def test_a_one_word_place_tagged_a_date_after_in_is_a_place(text: str, word: str, label: str) -> None:
    s = text.index(word)
    assert _place_not_time(text, s, s + len(word), "DATE")[2] == label


def test_the_host_city_the_tagger_reads_as_a_date_is_an_entity() -> None:
    text = (
        "Korsenian bullying wrecks steel talks\n\nValdoria's delegation walked away from the table in Estravel on "
        "Tuesday after Korsenia refused to discuss its tariff.\n\nThe talks in Estravel were hosted by Alsund."
    )
    place = [e for e in _entities(text) if e.name == "Estravel"]
    assert [e.type for e in place] == ["GPE"] and len(place[0].mentions) == 2
