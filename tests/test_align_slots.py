"""A sentence that gives another value of the same slot (the day of one act, its doer, someone's age, a vote's tally)
disagrees with the fact it was aligned with, however else the two are worded (invented texts)."""

from __future__ import annotations

import numpy as np

from storyline.align.align import _pair_conflicts, find_conflicts
from storyline.align.claims import Claim, find_figures


def _claim(
    k: int, article: str, text: str, *, dates: tuple[str, ...] = (), names: dict[str, str] | None = None
) -> Claim:
    names = names or {}
    return Claim(
        k,
        article,
        0,
        len(text),
        text,
        0,
        entities=frozenset(names),
        figures=tuple(find_figures(text)),
        dates=dates,
        places=frozenset(names),
        names=names,
    )


def test_one_act_dated_on_two_days_disagrees_though_a_sentence_gives_another_date_too() -> None:
    """ "was detained in Corvel on 4 June 2025 and sentenced in January to nine years" / "She was detained in Corvel on
    6 June 2025 and sentenced to nine years": the detention is dated on two days (the first sentence's second date, the
    sentencing's, no longer hides it). The same day in both is no dispute, and two different acts on two days neither."""
    first = _claim(
        0,
        "a",
        "Odile Brask, 41, a photographer for the Tallin Courier, was detained in Corvel on 4 June 2025 and sentenced "
        "in January to nine years in prison.",
        dates=("2025-06-04", "2026-01"),
    )
    other_day = _claim(
        1, "b", "She was detained in Corvel on 6 June 2025 and sentenced to nine years.", dates=("2025-06-06",)
    )
    same_day = _claim(
        2, "c", "She was detained in Corvel on 4 June 2025 and sentenced to nine years.", dates=("2025-06-04",)
    )
    other_act = _claim(
        3, "d", "Her appeal was rejected in Corvel on 6 June 2025 and she stayed in prison.", dates=("2025-06-06",)
    )
    found = _pair_conflicts(first, other_day, 0.8, one_fact=True)
    assert [(c.kind, c.topic) for c in found] == [("date", "date: 2025-06-04 vs 2025-06-06")]
    assert [c.kind for c in _pair_conflicts(first, same_day, 0.8, one_fact=True)] == []
    assert [c.kind for c in _pair_conflicts(first, other_act, 0.8, one_fact=True)] == []


def test_two_doers_of_one_act_are_a_name_conflict() -> None:
    """ "The truce ... was brokered by Tessaly, the Tessalian foreign ministry said" / "... was brokered by Morvania,
    Morvan envoy Pia Lund said": who brokered it is disputed, a name conflict whose sides never corroborate each other.
    The same doer in other words agrees, and a sentence that names both ("by Tessaly, not Morvania") is no side."""
    texts = [
        ("The truce between Ardel and Bruna on Sunday was brokered by Tessaly, the foreign ministry said on Monday.",
         ["Tessaly"]),
        ("The truce between Ardel and Bruna on Sunday was brokered by Morvania, envoy Pia Lund said on Monday.",
         ["Morvania"]),
        ("Ardel and Bruna agreed to a truce that was brokered by Tessaly, officials said.", ["Tessaly"]),
        ("The truce between Ardel and Bruna was brokered by Tessaly, not Morvania, officials said.",
         ["Tessaly", "Morvania"]),
    ]  # fmt: skip
    tessaly, morvania, again, both = (
        _claim(k, "abcd"[k], text, names={f"e-{n.lower()}": n for n in ["Ardel", "Bruna", *doers]})
        for k, (text, doers) in enumerate(texts)
    )
    found = _pair_conflicts(tessaly, morvania, 0.9, one_fact=True)
    assert [(c.kind, c.topic) for c in found] == [("name", "name: Morvania vs Tessaly")]
    assert _pair_conflicts(tessaly, again, 0.7, one_fact=True) == []
    assert _pair_conflicts(both, morvania, 0.9, one_fact=True) == []
    # the third outlet joins the side of the first, though its pair score is low
    claims = [tessaly, morvania, again]
    scores = np.full((3, 3), 0.6) - np.eye(3) * 0.6
    groups = {c.article: c.article for c in claims}
    out = find_conflicts(claims, scores, groups, fact_of={id(c): 0 for c in claims})
    assert [(c.kind, sorted(x.article for x in c.sides)) for c in out] == [("name", ["a", "b", "c"])]


def test_a_participle_naming_its_noun_or_a_name_inside_the_doer_is_no_other_doer() -> None:
    """ "Economists surveyed by Quillon expected ..." / "Analysts surveyed by Brightmark expected ...": two surveys,
    not two doers of one act; "The Assembly opens the inquiry into Mayor Dana Pell" / "The inquiry into Mayor Dana
    Pell opens ...": the mayor is inside the doer, not the doer (invented texts; both were false name conflicts)."""
    surveys = [
        _claim(0, "a", "Economists surveyed by Quillon had expected 845,000 new jobs in March.",
               names={"e-q": "Quillon"}),
        _claim(1, "b", "Analysts surveyed by Brightmark had expected 870,000 new jobs in March.",
               names={"e-b": "Brightmark"}),
    ]  # fmt: skip
    assert not [c for c in _pair_conflicts(*surveys, 0.8, one_fact=True) if c.kind == "name"]
    inquiry = [
        _claim(0, "a", "The Assembly on Tuesday opens the inquiry into Mayor Dana Pell, a month after the vote.",
               names={"e-a": "Assembly", "e-p": "Dana Pell"}),
        _claim(1, "b", "The inquiry into Mayor Dana Pell opens on Tuesday, a month after the vote.",
               names={"e-p": "Dana Pell"}),
    ]  # fmt: skip
    assert not [c for c in _pair_conflicts(*inquiry, 0.8, one_fact=True) if c.kind == "name"]
    # an active subject is no doer to dispute: a people and its country are one party in other words
    drone = [
        _claim(0, "a", "Ardelans shot down the surveillance drone over the strait on Sunday.",
               names={"e-a": "Ardelans"}),
        _claim(1, "b", "Ardel shot down the surveillance drone over the strait on Sunday.", names={"e-b": "Ardel"}),
    ]  # fmt: skip
    assert not [c for c in _pair_conflicts(*drone, 0.9, one_fact=True) if c.kind == "name"]


def test_an_age_told_after_the_name_is_a_figure_that_can_disagree() -> None:
    """ "Brask, 41, a photographer" / "Brask, 43, a photographer": an age between commas after a name is a figure of
    its own unit (not a duration: "nine years" is no side), and two ages of one person disagree. A number after a
    month or weekday ("On Monday, 12 ...") is no age."""
    ages = [f for f in find_figures("Brask, 41, a photographer, was sentenced to nine years.") if f.unit == "age"]
    assert [(f.value, f.start, f.end) for f in ages] == [(41.0, 7, 9)]
    assert [f.unit for f in find_figures("On Monday, 12, then more.")] == [""]
    a = _claim(0, "a", "Brask, 41, a photographer for the Tallin Courier, was detained in Corvel in June 2025.")
    b = _claim(1, "b", "Brask, 43, a photographer for the Tallin Courier, was detained in Corvel in June 2025.")
    c = _claim(2, "c", "Brask, 41, a photographer for the Tallin Courier, was detained in Corvel in June 2025.")
    assert [(x.kind, x.topic) for x in _pair_conflicts(a, b, 0.97, one_fact=True)] == [("figure", "age: 41 vs 43")]
    assert _pair_conflicts(a, c, 0.99, one_fact=True) == []


def test_two_tallies_of_one_vote_disagree() -> None:
    """ "The Selby town council voted 7 to 4 on Monday" / "after the town council voted 6 to 5 on Monday": a vote's
    tally is one figure (votes for and against), and the two disagree; "by a vote of 7-4" agrees with "voted 7 to 4".
    The council named in one sentence only ("the town council", which the tagger may take for a name) is no other
    holder."""
    tally = find_figures("The Selby town council voted 7 to 4 on Monday to close the pier.")
    assert [(f.value, f.unit, f.against) for f in tally] == [(7.0, "vote", 4.0)]
    a = _claim(0, "a", "The Selby town council voted 7 to 4 on Monday to close the Amble pier to boats.")
    b = _claim(1, "b", "Fishermen in Selby were angry after the town council voted 6 to 5 on Monday to close the pier.")
    c = _claim(2, "c", "The Selby town council closed the Amble pier by a vote of 7-4 on Monday.")
    found = _pair_conflicts(a, b, 0.87, one_fact=True)
    assert [(x.kind, x.topic) for x in found] == [("figure", "vote: 6 to 5 vs 7 to 4")]
    assert _pair_conflicts(a, c, 0.87, one_fact=True) == []


def test_a_demand_in_a_clause_on_the_speaker_does_not_make_the_figure_demanded() -> None:
    """ "Councillor Ana Roos, who proposed the closure, said repairs would cost 2.3 million crowns" states the cost as
    an estimate: against "Repairs are expected to cost 2.3 million crowns, Roos said" there is no "presented as
    demanded" conflict. "Roos proposed spending 2.3 million crowns on repairs" still demands it."""
    from storyline.align.align import _demanded_figures

    clause = Claim(
        0,
        "a",
        0,
        89,
        "Councillor Ana Roos, who proposed the closure, said repairs would cost 2.3 million crowns.",
        0,
        figures=tuple(
            find_figures("Councillor Ana Roos, who proposed the closure, said repairs would cost 2.3 million crowns.")
        ),
        modality="demanded",
    )
    proposed = "Roos proposed spending 2.3 million crowns on repairs."
    demand = Claim(1, "b", 0, len(proposed), proposed, 0, figures=tuple(find_figures(proposed)), modality="demanded")
    assert _demanded_figures(clause) == set()
    assert _demanded_figures(demand) == {(2.3e6, "crown")}


def test_the_other_side_of_a_date_or_a_doer_is_no_source_of_the_fact_worded_by_a_third_sentence() -> None:
    """A fact worded by a sentence that is no side of its conflict ("Brask was held by police in Corvel on 4 June
    2025", another verb) but says what one side says: the other side ("detained ... on 6 June") is no source of it,
    the agreeing side is. The same for a doer: the fact worded "a truce that Tessaly brokered" holds "brokered by
    Morvania" as no source."""
    from storyline.align.align import Conflict, Fact, _against

    held = _claim(0, "a", "Brask was held by police in Corvel on 4 June 2025.", dates=("2025-06-04",))
    four = _claim(1, "b", "Brask was detained in Corvel on 4 June 2025.", dates=("2025-06-04",))
    six = _claim(2, "c", "Brask was detained in Corvel on 6 June 2025.", dates=("2025-06-06",))
    dated = Conflict("date", "date: 2025-06-04 vs 2025-06-06", [four, six])
    fact = Fact([held, four, six], 3, "conflicting", held, conflicts=[0])
    assert _against(fact, [dated]) == {id(six)}
    tessaly = _claim(3, "a", "Ardel and Bruna agreed a truce, which Tessaly brokered, on Sunday.")
    by_t = _claim(4, "b", "The truce was brokered by Tessaly on Sunday.")
    by_m = _claim(5, "c", "The truce was brokered by Morvania on Sunday.")
    named = Conflict("name", "name: Morvania vs Tessaly", [by_t, by_m])
    fact = Fact([tessaly, by_t, by_m], 3, "conflicting", tessaly, conflicts=[0])
    assert _against(fact, [named]) == {id(by_m)}


def test_a_name_with_its_first_words_in_initials_is_the_same_name() -> None:
    """ "Dunmore Valley County's health officer" / "DV County has decided": one county, its first words in initials,
    no "different names for the same thing"; "Dunmore Valley County" / "Marrow Valley County" still is (invented)."""
    text_a = "Dunmore Valley County will restore the indoor mask rule on Saturday, its health officer said Thursday."
    text_b = "DV County will restore the indoor mask rule on Saturday, its health officer said Thursday."
    text_c = "Marrow Valley County will restore the indoor mask rule on Saturday, its health officer said Thursday."
    a = _claim(0, "a", text_a, names={"e-d": "Dunmore Valley County"})
    b = _claim(1, "b", text_b, names={"e-dv": "DV County"})
    c = _claim(2, "c", text_c, names={"e-m": "Marrow Valley County"})
    assert not [x for x in _pair_conflicts(a, b, 0.95, one_fact=True) if x.kind == "name"]
    assert [x for x in _pair_conflicts(a, c, 0.95, one_fact=True) if x.kind == "name"]
