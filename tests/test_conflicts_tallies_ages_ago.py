"""Conflicts between outlets (invented texts): a running tally told on days apart is no corroboration; one person's
age told differently is a conflict; two counts back to one act ("detained 12 weeks ago" / "six weeks ago") are a
date conflict, a length of time ("for 12 weeks") is none."""

from __future__ import annotations

import dataclasses

import numpy as np
from brief_helpers import HashEmbedder, make_article

from storyline.align.align import align, find_conflicts
from storyline.align.claims import Claim, find_figures
from storyline.brief import build_brief


def _claim(k: int, article: str, text: str, day: str | None, dates: tuple[str, ...] = ()) -> Claim:
    return Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), dates=dates, published=day)


def _brief(told: list[tuple[str, str, str, str]]) -> dict:
    arts = [dataclasses.replace(make_article(k, "Orla Star", t, outlet=o), published=d) for k, d, o, t in told]
    return build_brief(arts, {}, [], story="s1", embedder=HashEmbedder())


def _tally(first: str, second: str) -> list:
    """Two outlets' counts of Vance's delegates in a story that gives many counts of delegates; the two sentences
    are close (cosine 0.72) and share the 1,237 needed, so they link as one fact."""
    claims = [
        _claim(0, "a", "Ilsa Vance has 8 of the 1,237 delegates needed for the Unity Party nomination.", first),
        _claim(1, "b", "Ilsa Vance now has 11 of the 1,237 delegates needed for the Unity Party nomination.", second),
        _claim(2, "a", "Piet Orlo won 3 delegates in Pellan.", first),
        _claim(3, "a", "Ana Brennick has 5 delegates.", first),
        _claim(4, "b", "Some 40 delegates are at stake in Tarn.", second),
        _claim(5, "b", "Orlo took 9 delegates in Merro.", second),
    ]
    vectors = np.eye(len(claims), 8)
    vectors[1] = 0.0
    vectors[1, 0], vectors[1, 1] = 0.72, (1 - 0.72**2) ** 0.5
    return align(claims, vectors).facts


def test_a_running_tally_of_days_apart_is_two_facts_not_one_corroborated() -> None:
    """8 delegates (2 February) and 11 delegates (10 February): two facts of two days, neither corroborated by the
    other; the same tally told on one day stays as the alignment makes it (a story of many delegate counts compares
    them only in nearly the same sentence)."""
    facts = _tally("2031-02-02", "2031-02-10")
    vance = [f for f in facts if "Vance" in f.representative.text]
    assert len(vance) == 2, [[c.text for c in f.claims] for f in vance]
    assert all(f.status == "single-source" and len(f.claims) == 1 for f in vance)
    # guard: one day, the alignment's one fact is left alone
    same_day = [f for f in _tally("2031-02-10", "2031-02-10") if "Vance" in f.representative.text]
    assert len(same_day) == 1 and len(same_day[0].claims) == 2


def test_a_tally_of_days_apart_with_the_same_count_stays_one_fact() -> None:
    claims = [
        _claim(0, "a", "Ilsa Vance has 8 of the 1,237 delegates needed for the Unity Party nomination.", "2031-02-02"),
        _claim(1, "b", "Ilsa Vance now has 8 of the 1,237 delegates needed, by the party's count.", "2031-02-10"),
        _claim(2, "a", "Piet Orlo won 3 delegates in Pellan.", "2031-02-02"),
        _claim(3, "a", "Ana Brennick has 5 delegates.", "2031-02-02"),
        _claim(4, "b", "Some 40 delegates are at stake in Tarn.", "2031-02-10"),
        _claim(5, "b", "Orlo took 9 delegates in Merro.", "2031-02-10"),
        _claim(6, "b", "A candidate needs 11 more delegates.", "2031-02-10"),
    ]
    vectors = np.eye(len(claims), 8)
    vectors[1] = 0.0
    vectors[1, 0], vectors[1, 1] = 0.72, (1 - 0.72**2) ** 0.5
    facts = [f for f in align(claims, vectors).facts if "Vance" in f.representative.text]
    assert len(facts) == 1 and facts[0].status == "corroborated"


def test_a_count_of_one_day_in_two_outlets_is_still_a_conflict() -> None:
    """Guard: "8 delegates" and "11 delegates" the same day, in a story with no other delegate counts: a conflict."""
    found = _brief(
        [
            ("a", "2031-02-10", "Merro Gazette", "Senator Ilsa Vance has 8 delegates after the Caldera caucus."),
            ("b", "2031-02-10", "Tarn Herald", "Senator Ilsa Vance has 11 delegates after the Caldera caucus."),
        ]
    )["conflicts"]
    assert [(c["kind"], c["topic"]) for c in found] == [("figure", "delegate: 8 vs 11")]


def test_one_persons_age_told_differently_is_a_conflict() -> None:
    """ "Tomas Ruel, 61," in one outlet and "Ruel, 68," in another, in sentences that are no one fact: an age
    conflict with both sentences as sides."""
    brief = _brief(
        [
            ("a", "2031-02-10", "Merro Gazette", "Police arrested Tomas Ruel, 61, a retired harbour pilot, at his home in Merro. He denies the charges."),
            ("b", "2031-02-10", "Tarn Herald", "Ruel, 68, was detained on Monday and charged with fraud, prosecutors said."),
        ]
    )  # fmt: skip
    ages = [c for c in brief["conflicts"] if c["topic"].startswith("age: ")]
    assert [c["topic"] for c in ages] == ["age: 61 vs 68"], [c["topic"] for c in brief["conflicts"]]
    sides = {s["article"]: s["text"] for s in ages[0]["sides"]}
    assert "61" in sides["a"] and "68" in sides["b"], sides


def test_ages_of_other_people_or_other_years_are_no_conflict() -> None:
    groups = {"a": "a", "b": "b"}
    today = "2031-02-10"
    ruel = _claim(0, "a", "Tomas Ruel, 61, was arrested at his home in Merro.", today)

    def conflicts(other: str, day: str = today) -> list[str]:
        claims = [ruel, _claim(1, "b", other, day)]
        return [c.topic for c in find_conflicts(claims, np.zeros((2, 2)), groups) if c.topic.startswith("age")]

    assert conflicts("Ruel, 68, was charged with fraud.") == ["age: 61 vs 68"]
    assert conflicts("The 68-year-old Tomas Ruel was charged with fraud.") == ["age: 61 vs 68"]
    # another person of the same surname
    assert conflicts("Anna Ruel, 68, was charged with fraud.") == []
    # someone's kin, whose age is no age of Ruel
    assert conflicts("Ruel and his 68-year-old wife were charged with fraud.") == []
    # an age of another year
    assert conflicts("In 2024, Ruel, 54, was fined for smuggling.") == []
    # a year apart: a birthday between
    assert conflicts("Ruel, 62, was charged with fraud.", "2032-01-20") == []
    # a surname alone where the story names two people of it
    claims = [
        _claim(0, "a", "Tomas Ruel, 61, was arrested; Anna Ruel was not.", today),
        _claim(1, "b", "Ruel, 68, was charged with fraud.", today),
        _claim(2, "b", "Anna Ruel said she would stand by her brother.", today),
    ]
    found = find_conflicts(claims, np.zeros((3, 3)), groups)
    assert not [c for c in found if c.topic.startswith("age")]


def test_two_counts_back_to_one_act_are_a_date_conflict() -> None:
    """ "detained 12 weeks ago" / "detained six weeks ago" (articles of one day): a date conflict, not a figure
    conflict of weeks, also when the sentences are no one fact."""
    brief = _brief(
        [
            ("a", "2031-02-10", "Merro Gazette", "The coastguard detained the tanker Orla Star off Cape Merro 12 weeks ago, and its crew of 20 remain aboard."),
            ("b", "2031-02-10", "Tarn Herald", "Owners of the Orla Star, which was detained six weeks ago, appealed to the court on Monday."),
        ]
    )  # fmt: skip
    found = [(c["kind"], c["topic"]) for c in brief["conflicts"]]
    assert found == [("date", "date: 12 weeks ago vs six weeks ago")], found
    one_fact = _brief(
        [
            ("a", "2031-02-10", "Merro Gazette", "The tanker Orla Star was detained by the coastguard 12 weeks ago off Cape Merro."),
            ("b", "2031-02-10", "Tarn Herald", "The Orla Star was detained six weeks ago off Cape Merro, the owners said."),
        ]
    )  # fmt: skip
    found = [(c["kind"], c["topic"]) for c in one_fact["conflicts"]]
    assert found == [("date", "date: 12 weeks ago vs six weeks ago")], found


def test_a_length_of_time_or_another_act_is_no_date_conflict() -> None:
    groups = {"a": "a", "b": "b"}
    day = "2031-02-10"
    ago = _claim(0, "a", "The Orla Star was detained six weeks ago off Cape Merro.", day)

    def conflicts(other: str, when: str = day) -> list[tuple[str, str]]:
        claims = [ago, _claim(1, "b", other, when)]
        return [(c.kind, c.topic) for c in find_conflicts(claims, np.full((2, 2), 0.8), groups, fact_of={})]

    assert conflicts("The Orla Star was detained 12 weeks ago off Cape Merro.") == [
        ("date", "date: 12 weeks ago vs six weeks ago")
    ]
    assert conflicts("The Orla Star has been detained for 12 weeks off Cape Merro.") == []
    assert conflicts("The Orla Star was released 12 weeks ago from Cape Merro.") == []  # another act
    assert conflicts("The Pellan Dawn was detained 12 weeks ago off Cape Merro.") == []  # another ship
    # a week later, seven weeks back: the same day
    assert conflicts("The Orla Star was detained seven weeks ago off Cape Merro.", "2031-02-17") == []
