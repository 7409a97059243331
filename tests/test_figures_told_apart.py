"""Figures of one thing told by different sources or on different days (invented texts): a same-day dispute stays a
dispute inside a later revision, different numbers never corroborate each other, counts attributed to two sources
disagree, and an ordinal ("a ninth person has died") is no support for an earlier toll."""

from __future__ import annotations

import dataclasses

from brief_helpers import HashEmbedder, make_article

from storyline.align.claims import Claim, find_figures
from storyline.brief import build_brief


def _brief(articles):
    return build_brief(articles, {}, [], story="s1", embedder=HashEmbedder())


def _claim(k: int, text: str) -> Claim:
    return Claim(k, "ab"[k], 0, len(text), text, 0, figures=tuple(find_figures(text)))


def _article(aid: str, day: str | None, outlet: str, body: str):
    return dataclasses.replace(make_article(aid, "Tollenby stand collapse", body, outlet=outlet), published=day)


def test_a_same_day_dispute_stays_a_dispute_inside_a_later_revision() -> None:
    """Police give three dead and the Marlow Infirmary four, both on the 3rd; on the 4th police say five have now died:
    five revises both, and the detail still says the reports of the 3rd disagreed (3 vs 4)."""
    told = [
        ("a", "2031-05-03", "Corvath Wire", "Three people were killed when a stand collapsed at Tollenby stadium on Friday, police said on Saturday."),
        ("b", "2031-05-03", "Ostmere Ledger", "Four people were killed when a stand collapsed at Tollenby stadium on Friday, the Marlow Infirmary said on Saturday."),
        ("c", "2031-05-04", "Fennick Radio", "Five people have now died after a stand collapsed at Tollenby stadium on Friday, police said on Sunday."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert conflict["topic"] == "people: 3 vs 4 vs 5", conflict["topic"]
    assert "superseded, not disputed" in conflict["detail"], conflict["detail"]
    assert conflict["detail"].endswith("; on 2031-05-03 the reports disagreed (3 vs 4)"), conflict["detail"]


def test_one_earlier_figure_revised_names_no_dispute() -> None:
    """Guard: three dead told by two outlets on the 3rd, five on the 4th: a revision, no dispute of the 3rd."""
    told = [
        ("a", "2031-05-03", "Corvath Wire", "Three people were killed when a stand collapsed at Tollenby stadium on Friday, police said on Saturday."),
        ("b", "2031-05-03", "Ostmere Ledger", "Three people were killed when a stand collapsed at Tollenby stadium on Friday, the Marlow Infirmary said on Saturday."),
        ("c", "2031-05-04", "Fennick Radio", "Five people have now died after a stand collapsed at Tollenby stadium on Friday, police said on Sunday."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert "superseded, not disputed" in conflict["detail"], conflict["detail"]
    assert "disagreed" not in conflict["detail"], conflict["detail"]


def test_counts_of_the_same_people_in_other_words_never_corroborate() -> None:
    """ "Seven of the injured remain in a serious condition" (the 3rd) and "Three patients remain in a serious
    condition" (the 4th): one count of one group, two numbers; not one corroborated fact but a conflict, a day apart."""
    told = [
        ("a", "2031-05-03", "Ostmere Ledger", 'The Marlow Infirmary said it had admitted 26 people from Tollenby stadium. "Seven of the injured remain in a serious condition," infirmary spokesman Dr. Anselm Brucq said.'),
        ("b", "2031-05-04", "Fennick Radio", "The Marlow Infirmary said 31 people from Tollenby stadium had been admitted there. Three patients remain in a serious condition, spokesman Dr. Anselm Brucq said."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    topics = {c["topic"]: c["detail"] for c in brief["conflicts"]}
    assert "people: 3 patients vs 7 injured" in topics, topics
    assert "1 day apart" in topics["people: 3 patients vs 7 injured"]
    serious = [f for f in brief["facts"] if "serious condition" in f["text"]]
    assert serious and all(f["status"] != "corroborated" for f in serious), serious


def test_the_same_count_in_other_words_still_corroborates() -> None:
    """Guard: "Seven of the injured remain ..." and "Seven patients remain ...": the same number, corroboration; and
    counts for other verbs ("Three patients were discharged") are no dispute of it."""
    told = [
        ("a", "2031-05-03", "Ostmere Ledger", '"Seven of the injured remain in a serious condition," infirmary spokesman Dr. Anselm Brucq said.'),
        ("b", "2031-05-03", "Fennick Radio", "Seven patients remain in a serious condition, spokesman Dr. Anselm Brucq said."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    assert not [c for c in brief["conflicts"] if c["kind"] == "figure"], brief["conflicts"]
    (fact,) = [f for f in brief["facts"] if "serious condition" in f["text"]]
    assert fact["status"] == "corroborated"
    from storyline.align.align import _one_count_of_people

    a, b = (
        _claim(k, t)
        for k, t in enumerate(
            ("Seven of the injured remain in a serious condition.", "Three patients were discharged on Sunday.")
        )
    )
    assert _one_count_of_people(a, b) is None
    b = _claim(1, "Another three patients remain in a serious condition.")
    assert _one_count_of_people(a, b) is None
    # some of all the people, or people of another role: a part, no other count of them
    a, b = (
        _claim(0, "Nine people remain in a serious condition."),
        _claim(1, "Four patients remain in a serious condition."),
    )
    assert _one_count_of_people(a, b) is None
    b = _claim(1, "Four children remain in a serious condition.")
    assert _one_count_of_people(a, b) is None
    assert _one_count_of_people(_claim(0, "Seven of the injured remain in a serious condition."), b) is None


def test_crowd_estimates_of_two_sources_are_a_conflict() -> None:
    """Police put the crowd at about 30,000, the promoter says 24,000 people attended (the same day): two estimates of
    one crowd, however few words the sentences share; a conflict with both sides, neither fact corroborated alone."""
    told = [
        ("a", "2031-05-03", "Corvath Wire", "A stand collapsed at Tollenby stadium on Friday, police said. Police put the crowd at about 30,000."),
        ("b", "2031-05-03", "Ostmere Ledger", "A stand collapsed at Tollenby stadium on Friday. The promoter, Halvern Events, said 24,000 people had attended."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert conflict["topic"] == "crowd: 24,000 vs about 30,000", conflict["topic"]
    assert {s["article"] for s in conflict["sides"]} == {"a", "b"}
    crowd = [f for f in brief["facts"] if "30,000" in f["text"] or "24,000" in f["text"]]
    assert crowd and all(f["status"] != "corroborated" for f in crowd), crowd


def test_crowds_of_other_sizes_or_days_are_no_conflict() -> None:
    """Guard: a crowd three times the other's (another gathering), crowds of two named days, and a crowd against a
    count of people that is no crowd ("2,000 people were evacuated") are no dispute."""
    from storyline.align.align import _same_crowds

    def claims(*texts: str) -> list[Claim]:
        return [
            dataclasses.replace(_claim(k, t), article="abc"[k], published="2031-05-03") for k, t in enumerate(texts)
        ]

    groups = {x: x for x in "abc"}
    assert (
        _same_crowds(claims("Police put the crowd at about 30,000.", "Some 9,000 people marched in Lisk."), groups)
        == {}
    )
    two_days = claims("A crowd of 30,000 people gathered on 2 May.", "About 24,000 people gathered on 3 May.")
    two_days = [dataclasses.replace(c, dates=(d,)) for c, d in zip(two_days, ("2031-05-02", "2031-05-03"), strict=True)]
    assert _same_crowds(two_days, groups) == {}
    assert (
        _same_crowds(claims("Police put the crowd at about 30,000.", "About 24,000 people were evacuated."), groups)
        == {}
    )
    assert _same_crowds(claims("Police put the crowd at about 30,000.", "About 24,000 people attended."), groups) == {
        (0, 1): "people"
    }


def test_a_death_told_by_its_rank_is_the_toll_it_brings() -> None:
    """ "A ninth person has died" gives a toll of nine: it is no source of "Eight people have now died" of the day
    before, and the latest toll leads."""
    told = [
        ("a", "2031-05-03", "Corvath Wire", "Five people were killed when a stand collapsed at Tollenby stadium on Friday, police said on Saturday."),
        ("b", "2031-05-04", "Fennick Radio", "Eight people have now died after a stand collapsed at Tollenby stadium on Friday, police said on Sunday."),
        ("c", "2031-05-05", "Ostmere Ledger", "A ninth person has died after a stand collapsed at Tollenby stadium on Friday, police said on Monday."),
    ]  # fmt: skip
    arts = [_article(k, d, o, t) for k, d, o, t in told]
    brief = _brief(arts)
    for fact in brief["facts"]:
        if "Eight people" in fact["text"]:
            assert all(s["article"] != "c" for s in fact["sources"]), fact
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert conflict["topic"] == "people: 5 vs 8 vs 9", conflict["topic"]
    assert "ninth person" in brief["summary"][0]["text"], brief["summary"]
    assert [(f.value, f.unit) for f in find_figures("A ninth person has died in hospital.")] == [(9.0, "people")]
    assert find_figures("The second man was arrested on Monday.") == []


def test_a_count_said_to_differ_is_a_conflict_with_the_others() -> None:
    """ "The Marlow Infirmary gave a lower count of the injured, saying 31 people had been treated there" against the
    police's "38 people were injured" (the same day): the sentence says the two count one thing, so they disagree;
    without those words, a hospital's patients and the injured are no dispute (the others may be elsewhere)."""
    told = [
        ("a", "2031-05-04", "Corvath Wire", "Five people have died since a stand collapsed at Tollenby stadium, police said, and 38 people were injured."),
        ("b", "2031-05-04", "Fennick Radio", "The Marlow Infirmary gave a lower count of the injured, saying 31 people from the stadium had been treated there."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert conflict["topic"] == "people: 31 vs 38", conflict["topic"]
    assert [s["article"] for s in conflict["sides"]] == ["b", "a"]
    told[1] = (
        "b",
        "2031-05-04",
        "Fennick Radio",
        "The Marlow Infirmary said 31 people from the stadium had been treated there.",
    )
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    assert not [c for c in brief["conflicts"] if c["kind"] == "figure"], brief["conflicts"]
