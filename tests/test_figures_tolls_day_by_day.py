"""A disaster's tolls told over days (invented texts): the dead and the injured, each one count updated day by day
("killing two workers", "the death toll ... rose to three", "revised the death toll ... to four"), is one figure
conflict whose latest figure is the revised one; the dead and the injured, two sites, a forecast and a country's
running total stay apart."""

from __future__ import annotations

import dataclasses

from brief_helpers import HashEmbedder, make_article

from storyline.align.claims import find_figures
from storyline.brief import build_brief
from storyline.extract import extract_articles


def _brief(told: list[tuple[str, str, str, str]]) -> dict:  # type: ignore[type-arg]
    articles = [
        dataclasses.replace(make_article(k, "Drellow mill fire", body, outlet=outlet), published=day)
        for k, day, outlet, body in told
    ]
    extractions = {a.id: e for a, e in zip(articles, extract_articles(articles), strict=True)}
    return build_brief(articles, extractions, [], story="s1", embedder=HashEmbedder())


def _figures(brief: dict) -> list[dict]:  # type: ignore[type-arg]
    return [c for c in brief["conflicts"] if c["kind"] == "figure"]


DAYS = [
    ("a", "2031-03-10", "Pellmark Wire",
     "A fire swept through the Ostery flour mill in Drellow on Sunday night, killing two workers and injuring 12 people, "
     "the fire brigade said on Monday."),
    ("b", "2031-03-10", "Drellow Courier",
     "Two workers were killed and 12 people injured when fire swept through the Ostery flour mill in Drellow on Sunday."),
    ("c", "2031-03-11", "Vantry Herald",
     "The death toll from Sunday night's fire at the Ostery flour mill in Drellow rose to three on Tuesday, and 19 "
     "people are now known to have been injured, the brigade said."),
    ("d", "2031-03-12", "Harlan Daily",
     "The brigade on Wednesday revised the death toll from Sunday night's fire at the Ostery flour mill in Drellow to "
     "five, up from an earlier figure of three, after two more workers died in hospital.\n\n"
     "The number of injured was revised to 26."),
]  # fmt: skip


def test_a_toll_named_far_before_its_number_counts_people() -> None:
    """ "The death toll from <event at a named place> rose to three" and "The number of injured was revised to 26" count
    people, however long the event's name ("was" is no unit)."""
    (three,) = find_figures(DAYS[2][3].split(", and")[0])
    assert (three.value, three.unit) == (3.0, "people")
    assert [(f.value, f.unit) for f in find_figures("The number of injured was revised to 26.")] == [(26.0, "people")]


def test_a_death_toll_told_day_by_day_is_one_conflict_revised_by_the_latest() -> None:
    """2 workers killed (day 1, two outlets), the toll "rose to three" (day 2), "revised ... to five" (day 3): one
    conflict of the dead, 2 vs 3 vs 5, the day-3 revision in `revised_by`, and the summary gives five, not two."""
    brief = _brief(DAYS)
    (dead,) = [c for c in _figures(brief) if c["topic"].startswith("people: ")]
    assert dead["topic"] == "people: 2 vs 3 vs 5", dead["topic"]
    assert {s["article"] for s in dead["sides"]} == {"a", "b", "c", "d"}
    assert [r["article"] for r in dead["revised_by"]] == ["d"], dead["revised_by"]
    assert "superseded, not disputed" in dead["detail"]
    summary = " ".join(s["text"] for s in brief["summary"])
    assert "to five" in summary and "Two workers were killed" not in summary, summary


def test_the_injured_told_day_by_day_are_one_conflict_of_their_own() -> None:
    """12, 19 and "revised to 26" injured: one conflict of the injured beside the dead's, never mixed with it, the
    revision in `revised_by`."""
    brief = _brief(DAYS)
    (hurt,) = [c for c in _figures(brief) if c["topic"].startswith("injured: ")]
    assert hurt["topic"] == "injured: 12 vs 19 vs 26", hurt["topic"]
    (rev,) = hurt["revised_by"]
    assert rev["article"] == "d"
    assert all(c["topic"] in ("people: 2 vs 3 vs 5", "injured: 12 vs 19 vs 26") for c in _figures(brief))


def test_a_fact_that_states_the_earlier_toll_is_conflicting() -> None:
    """ "Two workers were killed ..." (two outlets, day 1) states the toll that "The death toll has risen to four" (day
    3) updates: the fact is `conflicting`, listing the conflict, not `corroborated`."""
    brief = _brief([
        ("a", "2031-03-10", "Pellmark Wire", "Two workers were killed in a fire at the Ostery flour mill in Drellow on Sunday night."),
        ("b", "2031-03-10", "Drellow Courier", "Two workers were killed in a fire at the Ostery flour mill in Drellow on Sunday night, police said."),
        ("c", "2031-03-12", "Vantry Herald", "The death toll has risen to four, hospital officials said on Tuesday."),
    ])  # fmt: skip
    (dead,) = _figures(brief)
    assert dead["topic"] == "people: 2 vs 4" and [r["article"] for r in dead["revised_by"]] == ["c"], dead
    (fact,) = [f for f in brief["facts"] if "Two workers" in f["text"]]
    assert fact["status"] == "conflicting" and fact["conflicts"] == [dead["id"]], fact


def test_the_dead_and_the_injured_of_one_day_are_no_conflict() -> None:
    """Guard: "Three people were killed" and "Nine people were injured" are two tolls, not a figure disputed."""
    brief = _brief([
        ("a", "2031-03-10", "Pellmark Wire", "Three people were killed when fire swept through the Ostery mill in Drellow."),
        ("b", "2031-03-10", "Drellow Courier", "Nine people were injured when fire swept through the Ostery mill in Drellow."),
    ])  # fmt: skip
    assert _figures(brief) == []


def test_the_dead_of_two_sites_are_no_conflict() -> None:
    """Guard: the dead of two towns, even in update wording ("the death toll in Varrow rose to five"), are two tolls."""
    brief = _brief([
        ("a", "2031-03-10", "Pellmark Wire", "Three people were killed in Drellow when the storm struck on Sunday."),
        ("b", "2031-03-11", "Drellow Courier", "The death toll from the storm in Varrow rose to five on Monday."),
    ])  # fmt: skip
    assert _figures(brief) == []


def test_a_role_count_smaller_than_the_dead_of_the_same_day_is_no_conflict() -> None:
    """Guard: "Two workers were killed" and "Four people were killed" of the same day: the others may be no workers."""
    brief = _brief([
        ("a", "2031-03-10", "Pellmark Wire", "Two workers were killed when fire swept through the Ostery mill in Drellow."),
        ("b", "2031-03-10", "Drellow Courier", "Four people were killed when fire swept through the Ostery mill in Drellow."),
    ])  # fmt: skip
    assert _figures(brief) == []


def test_a_country_total_and_a_days_dead_stay_apart() -> None:
    """Guard: a running national total (six figures) and one day's dead are no two figures of one count."""
    brief = _brief([
        ("a", "2031-03-10", "Pellmark Wire", "The national death toll from the epidemic rose to 120,400 on Monday."),
        ("b", "2031-03-10", "Drellow Courier", "Forty people died of the fever in Drellow on Monday."),
    ])  # fmt: skip
    assert _figures(brief) == []


def test_a_feared_toll_and_the_toll_are_no_conflict() -> None:
    """Guard: a toll foreseen ("officials feared the death toll could rise to ten") is no count a later toll updates."""
    brief = _brief([
        ("a", "2031-03-10", "Pellmark Wire", "Rescuers in Drellow said on Monday they feared the death toll could rise to ten."),
        ("b", "2031-03-11", "Drellow Courier", "The death toll from the Drellow mill fire rose to six on Tuesday."),
    ])  # fmt: skip
    assert _figures(brief) == []


def test_a_toll_given_again_by_a_pair_of_reports_stays_one_conflict_of_the_dead() -> None:
    """Two reports whose tolls pair on their own ("Two people have died and 12 are injured" / "bringing the death toll
    to five") are in the toll told day by day already: no second conflict that mixes the injured into the dead's, and
    "Two workers" and "Two people" of one day are one position, no dispute of that day."""
    brief = _brief([
        *DAYS,
        ("e", "2031-03-10", "Drellow Radio", "Two people have died and 12 are injured, according to the brigade."),
        ("f", "2031-03-12", "Ostery Gazette",
         "A fifth worker has died following the fire at the Ostery mill, bringing the death toll to five."),
    ])  # fmt: skip
    dead = [c for c in _figures(brief) if c["topic"].startswith("people: ")]
    assert [c["topic"] for c in dead] == ["people: 2 vs 3 vs 5"], [c["topic"] for c in _figures(brief)]
    assert "disagreed" not in dead[0]["detail"], dead[0]["detail"]
