"""Conflicts and figures (stop 49, invented texts): one person's age told at the end of a sentence ("sobbed Nell
Orrin, 20.") is an age like one told between commas; an estimate and the exact number it rounds ("about 26,000" /
"26,000") are one value; counts in words ("hundreds of thousands of homes") are figures, read as ranges."""

from __future__ import annotations

import dataclasses

import numpy as np
from brief_helpers import HashEmbedder, make_article

from storyline.align.align import find_conflicts
from storyline.align.claims import Claim, find_figures
from storyline.brief import build_brief


def _claim(k: int, article: str, text: str, day: str = "2031-06-14") -> Claim:
    return Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), published=day)


def _brief(told: list[tuple[str, str, str]], day: str = "2031-06-14") -> dict:
    arts = [dataclasses.replace(make_article(k, "Orla Star", t, outlet=o), published=day) for k, o, t in told]
    return build_brief(arts, {}, [], story="s1", embedder=HashEmbedder())


def _ages(text: str) -> list[float]:
    return [f.value for f in find_figures(text) if f.unit == "age"]


def test_an_age_at_the_end_of_a_sentence_is_an_age() -> None:
    assert _ages('"I could not breathe," sobbed Nell Orrin, 20.') == [20]
    assert _ages("The first to speak was Nell Orrin, 20, a student.") == [20]
    # guards: a day of a month, a count after a place, a number with decimals, a total at the end of a list
    assert _ages("The vote was held in March, 12.") == []
    assert _ages("The final went to Dunmore, 20.") == []
    assert _ages("The score at the break was 3-1 to Dunmore, 20.5.") == []
    assert _ages("In 2019, 34 people died.") == []
    # in brackets or after "aged", as British papers write it; not a count in brackets after a place
    assert _ages("Nell Orrin (20) said she was pulled over a barrier.") == [20]
    assert _ages("Nell Orrin, aged 20, said she fell.") == [20]
    assert _ages("Deaths in Orsk (20) and Merro (12) rose again.") == []


def test_ages_told_in_every_form_are_compared() -> None:
    today = "2031-06-14"
    witness = _claim(0, "a", "Nell Orrin, 19, was pulled over a barrier by a steward.", today)

    def conflicts(other: str) -> list[str]:
        claims = [witness, _claim(1, "b", other, today)]
        return [c.topic for c in find_conflicts(claims, np.zeros((2, 2)), {"a": "a", "b": "b"})]

    assert conflicts('"I could not breathe," sobbed 20-year-old Nell Orrin.') == ["age: 19 vs 20"]
    assert conflicts("Nell Orrin (20) was pulled over a barrier.") == ["age: 19 vs 20"]
    assert conflicts("Nell Orrin, aged 20, was pulled over a barrier.") == ["age: 19 vs 20"]
    # guards: someone of that age, not Orrin
    assert conflicts("Orrin helped a 20-year-old Tarn student over the barrier.") == []
    assert conflicts("Orrin said her 20-year-old Tarn friend was hurt.") == []


def test_one_witness_aged_differently_in_two_outlets_is_a_conflict() -> None:
    """A witness quoted in both outlets with the same words, her age 19 in one and 20 in the other (the two sentences
    one fact): an age conflict, the fact not corroborated by the other's age."""
    brief = _brief(
        [
            ("a", "Merro Gazette", 'Two people were hurt in a crush at the Tarn Arena on Saturday.\n\n"We were lifted off our feet. I could not breathe," said Nell Orrin, 19, who was pulled over a barrier.'),
            ("b", "Tarn Herald", 'Two people were hurt in the Tarn Arena crush on Saturday.\n\n"We were lifted off our feet. I could not breathe," sobbed Nell Orrin, 20.'),
        ]
    )  # fmt: skip
    ages = [c["topic"] for c in brief["conflicts"] if c["topic"].startswith("age: ")]
    assert ages == ["age: 19 vs 20"], [c["topic"] for c in brief["conflicts"]]
    sides = {s["article"] for c in brief["conflicts"] for s in c["sides"]}
    assert sides == {"a", "b"}


def test_the_same_age_at_the_end_of_a_sentence_is_no_conflict() -> None:
    claims = [
        _claim(0, "a", '"I could not breathe," said Nell Orrin, 20, who was pulled over a barrier.'),
        _claim(1, "b", '"I could not breathe," sobbed Nell Orrin, 20.'),
        _claim(2, "b", "Another witness, Piet Orrin, 24."),
    ]
    found = find_conflicts(claims, np.zeros((3, 3)), {"a": "a", "b": "b"})
    assert [c.topic for c in found if c.topic.startswith("age")] == []


def _topics(told: list[tuple[str, str, str]]) -> list[str]:
    return [c["topic"] for c in _brief(told)["conflicts"]]


def test_an_estimate_of_the_number_another_outlet_gives_is_one_value() -> None:
    """ "about 26,000" and "26,000" are one value of the crowd, against "30,000"; one conflict, not one per wording."""
    assert _topics(
        [
            ("a", "Merro Gazette", "Police told councillors the crowd had numbered about 26,000 at the Tarn Arena concert."),
            ("b", "Tarn Herald", "Police now put the crowd at the Tarn Arena concert at 26,000."),
            ("c", "Orsk Post", "Police said the crowd at the Tarn Arena concert numbered 30,000."),
        ]
    ) == ["crowd: 26,000 vs 30,000"]  # fmt: skip
    assert _topics(
        [
            ("a", "Merro Gazette", "About 26,000 people attended the Tarn Arena concert, police said."),
            ("b", "Tarn Herald", "26,000 people attended the Tarn Arena concert, police said."),
            ("c", "Orsk Post", "30,000 people attended the Tarn Arena concert, police said."),
        ]
    ) == ["people: 26,000 vs 30,000"]  # fmt: skip


def test_an_estimate_against_another_number_is_still_a_conflict() -> None:
    """Guards: "about 26,000" against 30,000 is a dispute; "more than 26,000", "about 26,000" and "26,000" agree."""
    assert _topics(
        [
            ("a", "Merro Gazette", "The storm cut power to about 26,000 homes in Dorvan, the utility said."),
            ("b", "Tarn Herald", "The storm cut power to 30,000 homes in Dorvan, the utility said."),
        ]
    ) == ["home: about 26,000 vs 30,000"]  # fmt: skip
    assert _topics(
        [
            ("a", "Merro Gazette", "The storm cut power to about 26,000 homes in Dorvan, the utility said."),
            ("b", "Tarn Herald", "The storm cut power to 26,000 homes in Dorvan, the utility said."),
            ("c", "Orsk Post", "The storm cut power to more than 26,000 homes in Dorvan, the utility said."),
        ]
    ) == []  # fmt: skip


def test_bounds_on_either_side_of_one_number_are_two_values() -> None:
    from storyline.align.align import _topic_values

    def values(*texts: str) -> list[str]:
        return _topic_values(f for t in texts for f in find_figures(t))

    assert values("about 26,000 homes", "26,000 homes", "30,000 homes") == ["26,000", "30,000"]
    assert values("more than 26,000 homes", "26,000 homes") == ["26,000"]
    assert values("about 26,000 homes", "nearly 26,000 homes") == ["about 26,000"]
    assert sorted(values("nearly 26,000 homes", "more than 26,000 homes")) == ["more than 26,000", "nearly 26,000"]
    assert values("$25 million a season", "$25 million") == ["25 million", "25 million a season"]


def _vague(text: str) -> list[tuple[float, float, str, str]]:
    return [(f.floor, f.value, f.unit, f.said) for f in find_figures(text) if f.said]


def test_a_count_in_words_is_a_range() -> None:
    assert _vague("Hundreds of thousands of homes had no electricity.") == [
        (100_000, 999_999, "home", "hundreds of thousands")
    ]
    assert _vague("Dozens of people were hurt.") == [(24, 144, "people", "dozens")]
    assert _vague("Tens of thousands marched in Kessling.") == [(10_000, 99_999, "", "tens of thousands")]
    assert _vague("It cost hundreds of millions of dollars.") == [(1e8, 1e9 - 1, "dollar", "hundreds of millions")]
    # guards: no count of a thing
    assert _vague("Fans came to Kessling by the thousands.") == []
    assert _vague("Thousands marched.") == []


def test_a_count_in_words_agrees_with_a_number_inside_it_and_not_with_one_outside() -> None:
    def topics(other: str) -> list[str]:
        return _topics(
            [
                ("a", "Merro Gazette", "The winter storm cut power to hundreds of thousands of homes across Dorvan on Sunday."),
                ("b", "Tarn Herald", f"The winter storm cut power to {other} homes across Dorvan on Sunday."),
            ]
        )  # fmt: skip

    assert topics("300,000") == []
    assert topics("more than 2 million") == ["home: hundreds of thousands vs more than 2 million"]


def test_a_count_in_words_does_not_tell_apart_a_figure_inside_it() -> None:
    """In a story of many counts of doses, "millions of doses" and "roughly 4 million doses" share a figure: the
    sentences are not told apart as two counts (they were, as no (value, unit) was in common)."""
    from storyline.align.align import _other_claims

    vague = _claim(0, "a", "Tarnland plans to send millions of doses of the Orsk vaccine to Merro and Dunmore.")
    inside = _claim(1, "b", "Tarnland plans to send roughly 4 million doses of the Orsk vaccine to Merro and Dunmore.")
    outside = _claim(2, "b", "Tarnland plans to send 2 billion doses of the Orsk vaccine to Merro and Dunmore.")
    crowded = frozenset({"dose"})
    assert not _other_claims(vague, inside, crowded, cos=0.7)
    assert _other_claims(vague, outside, crowded, cos=0.7)


def test_a_bare_millions_agrees_with_any_count_of_millions() -> None:
    """NeuS val (merge review, stop 49): "in return for millions of dollars" and "for $15m" were a conflict; a bare
    "millions" or "thousands" runs up to the next scale, "tens of thousands" stays 10,000 to 99,999."""
    assert _vague("He was offered millions of dollars.") == [(1e6, 1e9 - 1, "dollar", "millions")]
    assert _vague("Thousands of people marched in Kessling.") == [(1e3, 1e6 - 1, "people", "thousands")]
    assert _vague("Hundreds of people marched in Kessling.") == [(100, 999, "people", "hundreds")]
