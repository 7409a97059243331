"""Units spelled or written short in different ways (invented texts): "60m", "60 metres" and "60 meters" are one unit,
"200ft" and "200 feet" another, and a length told in feet is compared with one told in metres (200 feet is about 61
metres): outlets that put one climber's fall at about 200 feet and at about 150 meters disagree, one that says "60
metres (200 feet)" agrees with itself and with "about 200ft"; "5 km" and "5 miles" disagree. Guards: the size of a
tank is no amount leaked, and sums in two currencies are not compared."""

from __future__ import annotations

import dataclasses

from brief_helpers import HashEmbedder, make_article

from storyline.align.claims import find_figures
from storyline.brief import build_brief

LEAD = "A climber died on Mount Harrow on Saturday, police said. "


def _figure_conflicts(*told: tuple[str, str, str]) -> list[str]:
    articles = [
        dataclasses.replace(
            make_article(aid, "Climber dies on Mount Harrow", body, outlet=outlet), published="2031-03-02"
        )
        for aid, outlet, body in told
    ]
    brief = build_brief(articles, {}, [], story="s1", embedder=HashEmbedder())
    return [c["topic"] for c in brief["conflicts"] if c["kind"] == "figure"]


def test_one_unit_however_spelled_or_written_short() -> None:
    units = {
        text: [f.unit for f in find_figures(text)]
        for text in (
            "fell 60m",
            "fell 60 metres",
            "fell 60 meters",
            "fell 200ft",
            "fell 200 feet",
            "walked 5 km",
            "walked 5 kilometers",
            "weighed 80 kg",
            "weighed 80 kilograms",
            "weighed 176 lb",
            "weighed 176 pounds",
        )
    }
    assert units == {
        "fell 60m": ["metre"],
        "fell 60 metres": ["metre"],
        "fell 60 meters": ["metre"],
        "fell 200ft": ["foot"],
        "fell 200 feet": ["foot"],
        "walked 5 km": ["kilometre"],
        "walked 5 kilometers": ["kilometre"],
        "weighed 80 kg": ["kilogram"],
        "weighed 80 kilograms": ["kilogram"],
        "weighed 176 lb": ["pound"],
        "weighed 176 pounds": ["pound"],
    }


def test_a_speed_written_short_is_a_rate_in_its_unit_of_length() -> None:
    for text, unit in (
        ("drove at 60 mph", "mile"),
        ("drove at 60 miles per hour", "mile"),
        ("at 100 km/h", "kilometre"),
    ):
        (figure,) = find_figures(text)
        assert (figure.unit, figure.measure) == (unit, "rate"), text


def test_an_m_before_a_plural_noun_is_no_metre() -> None:
    """Guard: "2m cases" and "5m people" are millions, "a $5m grant" money; only "fell 60m towards" is a length."""
    assert [f.unit for f in find_figures("It sold 2m cases and 5m people voted.")] == ["m", "m"]
    assert [f.unit for f in find_figures("They won a $5m grant.")] == ["dollar"]
    assert [f.unit for f in find_figures("He fell 60m towards the sea.")] == ["metre"]


def test_a_fall_in_feet_and_one_in_meters_disagree() -> None:
    topics = _figure_conflicts(
        ("a", "Pellor Gazette", LEAD + "Osric Vane, 41, fell about 200ft down an icy slope near the summit ridge."),
        ("b", "Dunmere Post", LEAD + "Osric Vane, 41, fell about 150 meters down an icy slope near the summit ridge."),
    )
    assert topics == ["length: about 200 feet vs about 150 metres"], topics


def test_metres_written_short_and_in_full_disagree() -> None:
    topics = _figure_conflicts(
        ("a", "Pellor Gazette", LEAD + "Osric Vane, 41, fell 60m down an icy slope near the summit ridge."),
        ("b", "Dunmere Post", LEAD + "Osric Vane, 41, fell about 150 metres down an icy slope near the summit ridge."),
    )
    assert topics == ["metre: 60 vs about 150"], topics


def test_one_length_in_feet_and_in_metres_agrees() -> None:
    """Guard: "60 metres (200 feet)", "about 200ft" and "about 60m" are one length, no conflict."""
    topics = _figure_conflicts(
        ("a", "Pellor Gazette", LEAD + "Osric Vane, 41, fell about 200ft down an icy slope near the summit ridge."),
        ("b", "Kestin Radio", LEAD + "Osric Vane, 41, fell 60 metres (200 feet) down an icy slope near the summit ridge."),
        ("c", "Orlin Times", LEAD + "Osric Vane, 41, fell about 60m down an icy slope near the summit ridge."),
    )  # fmt: skip
    assert topics == [], topics


def test_kilometres_and_miles_disagree_unless_one_length() -> None:
    carried = "Rescuers carried the injured hiker {} to the Brask road, police said."
    topics = _figure_conflicts(
        ("a", "Pellor Gazette", carried.format("5 km")), ("b", "Dunmere Post", carried.format("5 miles"))
    )
    assert topics == ["length: 5 kilometres vs 5 miles"], topics
    # guard: 8 km is 5 miles
    topics = _figure_conflicts(
        ("a", "Pellor Gazette", carried.format("8 km")), ("b", "Dunmere Post", carried.format("5 miles"))
    )
    assert topics == [], topics


def test_a_tank_size_and_sums_in_two_currencies_stay_apart() -> None:
    """Guard: "a 30,000-gallon tank car" is no amount leaked ("about 4,000 gallons"); "$5 million" and "4.6 million
    euros" are not compared."""
    assert not _figure_conflicts(
        ("a", "Pellor Gazette", "A 30,000-gallon tank car derailed near Orvik on Monday, the railway said."),
        ("b", "Dunmere Post", "A tank car derailed near Orvik on Monday and about 4,000 gallons leaked, the railway said."),
    )  # fmt: skip
    assert not _figure_conflicts(
        ("a", "Pellor Gazette", "The Orvik council paid $5 million for the bridge repairs, the mayor said."),
        ("b", "Dunmere Post", "The Orvik council paid 4.6 million euros for the bridge repairs, the mayor said."),
    )
