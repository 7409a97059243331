"""A name's parts that the tagger cuts or misses (audit10 repros 11 and 12, story20 repro 05): an abbreviated rank
is a title before the name, not a word of it; a business named before a shop's word is an organisation wherever the
article names it; an emergency service named with "and" is one organisation; a time zone after a clock time is no
organisation; two transliterations of a given name under one surname and one role are one person. Invented text."""

from __future__ import annotations

import pytest
from brief_helpers import make_article

from storyline.extract import extract_articles, resolve_entities


def _entities(*texts: tuple[str, str, str]) -> dict[str, tuple[str, list[str], int]]:
    """Entities of ``(title, outlet, body)`` articles: name -> (type, variants, mentions)."""
    arts = [make_article(f"a{i}", title, body, outlet=outlet) for i, (title, outlet, body) in enumerate(texts)]
    return {e.name: (e.type, e.variants, len(e.mentions)) for e in resolve_entities(arts, extract_articles(arts))}


def _naming(ents: dict[str, tuple[str, list[str], int]], word: str) -> list[str]:
    """The entities with ``word`` in their name or a variant."""
    return [name for name, (_t, variants, _n) in ents.items() if any(word in n for n in (name, *variants))]


@pytest.mark.slow
def test_an_abbreviated_rank_is_a_title_not_a_word_of_the_name() -> None:
    ents = _entities(
        (
            "Hikers warned",
            "Ridge Courier",
            'Police Sergeant Tomas Rendle said the track was closed. "The slope is unstable," Sgt Rendle said. '
            "Gen Harriet Pollock said troops would help. Det Supt Ivo Brannock said an inquiry had begun and "
            "Det Supt Brannock said it would be brief.",
        )
    )
    assert _naming(ents, "Brannock") == ["Ivo Brannock"]
    assert _naming(ents, "Pollock") == ["Harriet Pollock"]
    assert ents["Tomas Rendle"][1] == ["Rendle"]  # no "Sgt Rendle" among its forms


@pytest.mark.slow
def test_a_rank_before_no_persons_name_is_left_alone() -> None:
    """Guard: "Gen Z" is a generation, no person "Z"."""
    ents = _entities(("Voters polled", "Ridge Courier", "Gen Z voters in Tarrowby backed Mayor Ada Venn."))
    assert not any(t == "PERSON" and name in {"Z", "Gen Z"} for name, (t, _v, _n) in ents.items())


ARSON = (
    "Arson charge",
    "Kell Times",
    "A man has been charged with arson after a fire at the Tollmere supermarket in Ashcombe. The fire service was "
    "called at 06:00 BST to the store on Quay Street. A spokesman for Tollmere said staff were safe. By about "
    "09: 30 BST the fire was out. Crews from Halden and Marsby Fire and Rescue attended. Fire crews from Halden "
    "and Marsby Fire and Rescue stayed at the scene.",
)


@pytest.mark.slow
def test_a_shop_the_tagger_missed_is_an_organisation_wherever_it_is_named() -> None:
    assert _entities(ARSON).get("Tollmere") == ("ORG", [], 2)


@pytest.mark.slow
def test_an_emergency_service_named_with_and_is_one_organisation() -> None:
    ents = _entities(ARSON)
    assert ents.get("Halden and Marsby Fire and Rescue", ("", [], 0))[:2] == ("ORG", [])
    assert _naming(ents, "Rescue") == ["Halden and Marsby Fire and Rescue"]  # no "Rescue" or "Marsby Fire" apart


@pytest.mark.slow
def test_a_time_zone_after_a_clock_time_is_no_organisation() -> None:
    assert "BST" not in _entities(ARSON)


@pytest.mark.slow
def test_a_street_before_a_shop_and_a_broadcaster_after_a_time_stay_what_they_are() -> None:
    """Guards: "the Quay Street shop" names no business; "ITV" after a clock time is no time zone; a town's store
    ("the Ashcombe store") keeps the town a place."""
    ents = _entities(
        (
            "Shop closed",
            "Kell Times",
            "Residents gathered outside the Quay Street shop in Ashcombe on Monday. The Ashcombe store stayed shut. "
            "The report was shown at 7:30 pm ITV said.",
        )
    )
    assert ents.get("Quay Street", ("ORG",))[0] != "ORG"
    assert ents.get("Ashcombe", ("",))[0] == "GPE"


@pytest.mark.slow
def test_two_transliterations_of_a_given_name_under_one_surname_and_role_are_one_person() -> None:
    ents = _entities(
        (
            "Plant fire",
            "Kerbridge Gazette",
            'The plant manager, Dmytro Harchenko, said staff had followed procedures. "Our people did well," '
            "Harchenko said.",
        ),
        ("Plant inspected", "Northvale Times", "The plant manager, Dmitri Harchenko, declined to comment."),
    )
    assert _naming(ents, "Harchenko") == ["Dmytro Harchenko"]
    assert "Dmitri Harchenko" in ents["Dmytro Harchenko"][1]


@pytest.mark.slow
def test_two_transliterations_under_one_surname_with_other_roles_stay_two_people() -> None:
    """Guard: the plant's manager Dmytro Harchenko and Mayor Dmitri Harchenko (relatives, perhaps) are two people."""
    ents = _entities(
        ("Plant fire", "Kerbridge Gazette", "The plant manager, Dmytro Harchenko, said staff had followed procedures."),
        ("Plant inspected", "Northvale Times", "Mayor Dmitri Harchenko said the town would help the injured."),
    )
    assert {"Dmytro Harchenko", "Dmitri Harchenko"} <= set(ents)
