"""Figures of one quantity given otherwise (story16, invented texts): a correction ("Fourteen tank cars derailed, not
eleven as the railroad first said") revises the figure it denies; one count "of them" given otherwise by two outlets
is a conflict; estimates of one quantity by different speakers ("about 2,000 gallons", the harbour master's "about
5,000") are a dispute, not three single-source facts; one person's counts of one noun in two outlets are one count.
Figures of different things stay apart."""

from __future__ import annotations

import dataclasses

import numpy as np
from brief_helpers import HashEmbedder, make_article

from storyline.align.align import find_conflicts
from storyline.align.claims import Claim, find_figures
from storyline.brief import build_brief
from storyline.pipeline import extract


def _claim(k: int, article: str, text: str, day: str = "2031-09-02") -> Claim:
    return Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), published=day)


def _topics(texts: list[str], score: float = 0.8, *, one_fact: bool = False) -> list[str]:
    claims = [_claim(k, f"a{k}", t) for k, t in enumerate(texts)]
    scores = np.full((len(texts), len(texts)), score)
    groups = {c.article: c.article for c in claims}
    fact_of = {id(c): 0 for c in claims} if one_fact else None
    return [c.topic for c in find_conflicts(claims, scores, groups, fact_of=fact_of)]


def _brief(told: list[tuple[str, str, str, str]]) -> dict:
    arts = [
        dataclasses.replace(make_article(k, "Varrow barge fire", t, outlet=o), published=day) for k, o, day, t in told
    ]
    extractions, entities, _notes = extract(arts)  # who says each figure, whom each sentence names
    return build_brief(arts, extractions, entities, story="s1", embedder=HashEmbedder())


def test_a_correction_of_a_figure_revises_it_and_its_earlier_figure_agrees_with_no_one() -> None:
    first = "Nine barges broke loose from their moorings at about 2 a.m., the harbour authority said."
    fixed = (
        "Twelve barges broke loose overnight, not nine as the harbour authority first said, the authority confirmed."
    )
    assert _topics([first, fixed]) == ["barge: 9 vs 12"]
    # guards: the same count, corrected or not, is no conflict; a "not" that denies no earlier figure revises nothing
    assert _topics([first, "Nine barges broke loose overnight, not eleven as the harbour authority first said."]) == []
    assert _topics([first, "Nine barges broke loose overnight, though not all of them sank."]) == []


def test_one_count_of_them_given_otherwise_is_a_conflict() -> None:
    said = "Three of them were leaking fuel, according to the fire service."
    assert _topics([said, "Five of them were leaking fuel."], one_fact=True) == ["leaking: 3 vs 5"]
    # guards: counts for another verb, the same count, or a count of something else are no conflict
    assert _topics([said, "Five of them were towed to the yard."], one_fact=True) == []
    assert _topics([said, "Three of them were leaking fuel into the river."], one_fact=True) == []
    assert _topics([said, "Five people were leaking fuel."], one_fact=True) == []


def test_a_number_of_people_that_rose_to_a_figure_counts_them() -> None:
    units = [(f.value, f.unit) for f in find_figures("The number of residents evacuated rose to 1,800 on Wednesday.")]
    assert units == [(1800.0, "people")]
    # guards: a figure with no count named before it, or with a noun of its own, keeps what it had
    assert [f.unit for f in find_figures("The score rose to 3 on Monday.")] == [""]
    assert [f.unit for f in find_figures("The number of residents evacuated rose to 1,800 homes on Wednesday.")] == [
        "home"
    ]


SPILL = "A fuel barge caught fire at the Varrow docks late on Monday and spilled diesel into the Orle estuary."


def test_estimates_of_one_spill_by_different_speakers_are_one_dispute() -> None:
    brief = _brief(
        [
            ("a", "Varrow Wire", "2031-09-02", SPILL + "\n\nDockline Shipping spokesperson Ilse Vorn said about 2,000 gallons of diesel had leaked from the damaged tanks."),
            ("b", "Orle Courier", "2031-09-02", SPILL + "\n\nHarbour Master Tomas Grell told the Courier that about 5,000 gallons had leaked from two tanks, more than double the figure given by the shipping firm."),
            ("c", "Estuary Daily", "2031-09-02", SPILL + "\n\nThe Orle Environmental Office said about 9,000 gallons of diesel had leaked."),
        ]
    )  # fmt: skip
    gallons = [c for c in brief["conflicts"] if c["topic"].startswith("gallon")]
    assert [c["topic"] for c in gallons] == ["gallon: about 2,000 vs about 5,000 vs about 9,000"], brief["conflicts"]
    assert {s["article"] for s in gallons[0]["sides"]} == {"a", "b", "c"}


def test_one_persons_counts_of_residents_in_three_outlets_are_one_conflict() -> None:
    brief = _brief(
        [
            ("a", "Varrow Wire", "2031-09-02", SPILL + "\n\nFire Chief Anya Seld said 1,200 residents living near the docks had been told to leave their homes overnight."),
            ("b", "Orle Courier", "2031-09-03", "The number of residents evacuated after the barge fire in Varrow rose to 1,800 on Wednesday, Fire Chief Anya Seld said."),
            ("c", "Estuary Daily", "2031-09-03", SPILL + "\n\nFire Chief Anya Seld said about 1,500 residents had left their homes."),
        ]
    )  # fmt: skip
    people = [c for c in brief["conflicts"] if c["topic"].startswith("people")]
    assert len(people) == 1 and {s["article"] for s in people[0]["sides"]} == {"a", "b", "c"}, brief["conflicts"]


def test_one_persons_counts_of_different_things_stay_apart() -> None:
    """Guards: the chief's injured and evacuated, an estimate and the number it rounds, a floor and a number above it."""
    brief = _brief(
        [
            ("a", "Varrow Wire", "2031-09-02", SPILL + "\n\nFire Chief Anya Seld said 12 people were injured in the blaze."),
            ("b", "Orle Courier", "2031-09-02", SPILL + "\n\nFire Chief Anya Seld said 30 people were evacuated from the docks."),
        ]
    )  # fmt: skip
    assert [c["topic"] for c in brief["conflicts"] if c["topic"].startswith("people")] == []
    assert (
        _topics(
            [
                "Fire Chief Anya Seld said about 1,200 residents had left.",
                "Fire Chief Anya Seld said 1,200 residents had left.",
            ]
        )
        == []
    )
    assert (
        _topics(
            [
                "Fire Chief Anya Seld said more than 1,000 residents had left.",
                "Fire Chief Anya Seld said 1,200 residents had left.",
            ]
        )
        == []
    )


def test_a_figure_told_day_by_day_is_marked_revised_not_disputed() -> None:
    from storyline.brief import render_markdown

    brief = _brief(
        [
            ("a", "Varrow Wire", "2031-09-02", SPILL + "\n\nThe Orle Environmental Office puts the spill at 12,000 gallons of diesel."),
            ("b", "Estuary Daily", "2031-09-03", SPILL + "\n\nThe Orle Environmental Office now puts the spill at 15,000 gallons of diesel."),
        ]
    )  # fmt: skip
    gallons = [c for c in brief["conflicts"] if c["topic"].startswith("gallon")]
    assert len(gallons) == 1 and gallons[0].get("superseded") is True, brief["conflicts"]
    md = render_markdown(brief)
    assert f"disputed: see {gallons[0]['id']}" not in md
    # guard: a dispute of one day stays disputed
    same_day = _brief(
        [
            ("a", "Varrow Wire", "2031-09-02", SPILL + "\n\nThe Orle Environmental Office puts the spill at 12,000 gallons of diesel."),
            ("b", "Estuary Daily", "2031-09-02", SPILL + "\n\nThe Orle Environmental Office puts the spill at 15,000 gallons of diesel."),
        ]
    )  # fmt: skip
    assert [c.get("superseded") for c in same_day["conflicts"] if c["topic"].startswith("gallon")] == [None]


def test_another_article_of_a_source_that_gives_a_new_figure_of_the_dispute_is_a_side() -> None:
    from storyline.align.align import Conflict, _join_counts

    state = _claim(0, "y", "The Orle Environmental Office put the spill at 12,000 gallons.", "2031-09-03")
    later = _claim(1, "x2", "The Orle Environmental Office raised its estimate to 15,000 gallons.", "2031-09-04")
    chief = _claim(2, "x1", "Harbour Master Tomas Grell said about 9,000 gallons had leaked.", "2031-09-02")
    again = _claim(3, "x2", "The office's estimate of 15,000 gallons is five times the firm's.", "2031-09-04")
    groups = {"y": "y", "x1": "x", "x2": "x"}  # x1 and x2: two articles of one outlet, one source

    def joined(keyed_sides: list[Claim]) -> Conflict:
        main = Conflict("figure", "gallon: 12,000 vs 15,000", [state, later], disputed=frozenset({(12e3, "gallon")}))
        main.disputed |= {(15e3, "gallon")}
        values = frozenset(k for x in keyed_sides for k in x.figure_keys())
        keyed = Conflict("figure", "gallon: test", keyed_sides, disputed=values)
        out = [main, keyed]
        _join_counts(out, {id(keyed)}, groups)
        assert len(out) == 1
        return out[0]

    # the paper's earlier article gave the chief's 9,000: a side of the dispute, not a figure no side gives
    told = joined([chief, state])
    assert [x.text for x in told.sides] == [state.text, later.text, chief.text]
    assert {v for v, _u in told.disputed} == {9e3, 12e3, 15e3}
    # guards: another sentence of an article already a side, or the same figure again, is no new side
    assert [x.text for x in joined([again, state]).sides] == [state.text, later.text]
    same = _claim(4, "x1", "The Orle Environmental Office now expects 15,000 gallons to be recovered.", "2031-09-02")
    assert [x.text for x in joined([same, state]).sides] == [state.text, later.text]


def test_a_number_that_rose_to_a_figure_a_day_later_revises_the_earlier_one() -> None:
    from storyline.align.align import revised_position, revision_figures

    first = _claim(
        0, "a0", "Fire Chief Ambrose Kell said 1,200 residents had been told to leave their homes.", "2031-05-05"
    )
    rose = _claim(
        1,
        "b1",
        "The number of residents evacuated after the derailment in Penwick rose to 1,800 on Wednesday, Kell said.",
        "2031-05-06",
    )
    scores = np.full((2, 2), 0.8)
    found = find_conflicts([first, rose], scores, {"a0": "a0", "b1": "b1"}, fact_of={id(first): 0, id(rose): 0})
    assert [c.topic for c in found] == ["people: 1,200 vs 1,800"]
    assert revised_position(found[0]) == [rose]  # an update of the count, not another outlet's disagreement
    assert [f.value for f in revision_figures(rose)] == [1800]
    # guards: a number of people who rose to do something, a number told in another clause, a count with no change
    for text in (
        "The number of residents who rose to speak at the Penwick meeting was 40.",
        "The number of residents, which rose to 1,800 in the census, is not the count of evacuees.",
        "The number of residents evacuated from Penwick is 1,800.",
    ):
        assert revision_figures(_claim(2, "c2", text)) == [], text


def _told(k: int, text: str, speaker: str, org: str) -> Claim:
    """A sentence that ``speaker`` tells, naming the organisation ``org`` (the entity keys a tagger would give)."""
    return dataclasses.replace(
        _claim(k, f"a{k}", text),
        speakers=frozenset({speaker}),
        people=frozenset({f"p{k}"}),
        orgs=frozenset({f"o{k}"}),
        names={f"p{k}": speaker, f"o{k}": org},
        entities=frozenset({f"p{k}", f"o{k}"}),
    )


def _told_topics(a: tuple[str, str, str], b: tuple[str, str, str]) -> list[str]:
    claims = [_told(0, *a), _told(1, *b)]
    groups = {c.article: c.article for c in claims}
    found = find_conflicts(claims, np.full((2, 2), 0.8), groups, fact_of={id(c): 0 for c in claims})
    return [c.topic for c in found]


def test_the_tellers_firm_and_the_paper_told_are_not_whom_a_figure_is_about() -> None:
    """story16 truth 33: the railroad's spokesperson's 4,000 gallons against the chief's 9,000 "told the Statesman":
    the railroad and the paper are who tells and who is told, not two things the figures are about."""
    firm = (
        "Harrow & Lyle spokesperson Dana Pirot said about 2,000 gallons of diesel had leaked.",
        "Dana Pirot",
        "Harrow & Lyle",
    )
    chief = (
        "Fire Chief Tomas Grell told the Orle Statesman that about 5,000 gallons of diesel had leaked.",
        "Tomas Grell",
        "Orle Statesman",
    )
    assert _told_topics(firm, chief) == ["gallon: about 2,000 vs about 5,000"]
    # guard: a firm the told clause names too is whose the figure is: two firms' offers are no dispute
    assert (
        _told_topics(
            (
                "Harrow & Lyle spokesperson Dana Pirot said Harrow & Lyle had offered 2,000 dollars to each family.",
                "Dana Pirot",
                "Harrow & Lyle",
            ),
            (
                "Orle Port spokesperson Tomas Grell said Orle Port had offered 5,000 dollars to each family.",
                "Tomas Grell",
                "Orle Port",
            ),
        )
        == []
    )


def test_two_quantities_of_one_unit_told_by_different_people_stay_apart() -> None:
    """Guards: the gallons that leaked and the size of the tank they leaked from; the cars that derailed and the cars
    that leaked."""
    sized = find_figures("The diesel leaked from a 30,000-gallon tank car.")
    assert [(f.unit, f.measure) for f in sized] == [("gallon", "size")]
    # an amount told with a hyphen is still an amount ("a 4,000-gallon spill" is how much spilled)
    assert [(f.unit, f.measure) for f in find_figures("It was a 4,000-gallon spill.")] == [("gallon", "")]
    assert _topics(["About 2,000 gallons of diesel leaked.", "The diesel leaked from a 30,000-gallon tank."]) == []
    assert _told_topics(
        ("Harrow & Lyle spokesperson Dana Pirot said about 2,000 gallons of diesel had leaked.", "Dana Pirot", "Harrow & Lyle"),
        ("Fire Chief Tomas Grell told the Orle Statesman that the diesel had leaked from a 30,000-gallon tank.", "Tomas Grell", "Orle Statesman"),
    ) == []  # fmt: skip
    assert _told_topics(
        ("Harrow & Lyle spokesperson Dana Pirot said eleven tank cars had derailed.", "Dana Pirot", "Harrow & Lyle"),
        ("Fire Chief Tomas Grell told the Orle Statesman that three tank cars were leaking.", "Tomas Grell", "Orle Statesman"),
    ) == []  # fmt: skip


def test_a_holder_that_still_gives_its_figure_on_the_last_day_is_a_side_of_a_dispute_still_on() -> None:
    """story16 truth 33: the railroad's 4,000 gallons, told again on the day the state gives 15,000, is a side of the
    dispute, which is still on that day, not a figure told day by day whose latest value superseded the others."""
    brief = _brief(
        [
            ("a", "Varrow Wire", "2031-09-02", SPILL + "\n\nDockline Shipping spokesperson Ilse Vorn said about 2,000 gallons of diesel had leaked from the damaged tanks."),
            ("b", "Orle Courier", "2031-09-02", SPILL + "\n\nHarbour Master Tomas Grell told the Courier that about 5,000 gallons had leaked from two tanks."),
            ("d", "Orle Radio", "2031-09-03", SPILL + "\n\nThe Orle Environmental Office said about 7,000 gallons of diesel had leaked."),
            ("c", "Estuary Daily", "2031-09-04", SPILL + "\n\nThe Orle Environmental Office said about 9,000 gallons of diesel had leaked.\n\nDockline Shipping spokesperson Ilse Vorn said the company still believed about 2,000 gallons had leaked."),
        ]
    )  # fmt: skip
    (gallons,) = [c for c in brief["conflicts"] if c["topic"].startswith("gallon")]
    assert any("still believed" in s["text"] for s in gallons["sides"]), gallons
    assert "still disputed on 2031-09-04 (about 2,000 vs about 9,000)" in gallons["detail"], gallons
    # the office's own change inside the dispute is said as such (the chief and the firm changed nothing)
    assert gallons["detail"].endswith(
        "; Orle Environmental Office gave about 7,000 (2031-09-03), then about 9,000 (2031-09-04)"
    ), gallons
    assert not gallons.get("superseded"), gallons


def test_a_figure_repeated_for_another_act_takes_no_side() -> None:
    """Guard of the above: a sentence that gives a side's figure again joins the dispute only when it counts it for the
    same act (leaked), not for another (recovered), nor when its source's sides already give that figure."""
    from storyline.align.align import Conflict, _join_repeats

    firm = _claim(0, "a", "Ilse Vorn said about 2,000 gallons of diesel had leaked.")
    chief = _claim(1, "b", "Tomas Grell said about 5,000 gallons of diesel had leaked.")
    recovered = _claim(2, "c", "Crews had recovered about 2,000 gallons of diesel by Thursday.")
    again = _claim(3, "d", "The firm still believed about 2,000 gallons had leaked.")
    same_source = _claim(4, "a2", "The firm repeated that about 2,000 gallons had leaked.")
    groups = {"a": "a", "b": "b", "c": "c", "d": "d", "a2": "a"}
    conflict = Conflict(
        "figure",
        "gallon: about 2,000 vs about 5,000",
        [firm, chief],
        disputed=frozenset({(2e3, "gallon"), (5e3, "gallon")}),
    )
    _join_repeats([firm, chief, recovered, again, same_source], [conflict], groups)
    assert [x.text for x in conflict.sides] == [firm.text, chief.text, again.text]


def _report(k: int, article: str, first: str, second: str, day: str) -> list[Claim]:
    """Two sentences of one article, the second right after the first."""
    one = Claim(k, article, 0, len(first), first, 0, figures=tuple(find_figures(first)), published=day)
    at = len(first) + 1
    two = Claim(k + 1, article, at, at + len(second), second, 1, figures=tuple(find_figures(second, at)), published=day)
    return [one, two]


def _report_topics(first: list[Claim], second: list[Claim], groups: dict[str, str]) -> list[str]:
    claims = first + second
    scores = np.full((len(claims), len(claims)), 0.3)
    fact_of = {id(c): k for k, c in enumerate(claims)}  # four facts: no two sentences aligned
    return [c.topic for c in find_conflicts(claims, scores, groups, fact_of=fact_of)]


def test_counts_of_them_in_two_reports_of_one_source_are_a_conflict() -> None:
    """story16 truth 38: the wire's "Three of them were leaking" (day 1) and its update's "Five of them were leaking"
    (day 2), not aligned as one fact: the sentences before both count tank cars, so "them" is the same cars."""
    first = _report(0, "x", "Nine barges broke loose overnight.", "Three of them were leaking fuel, according to the fire service.", "2031-09-02")  # fmt: skip
    update = _report(2, "y", "Twelve barges broke loose on Monday night.", "Five of them were leaking diesel.", "2031-09-03")  # fmt: skip
    assert _report_topics(first, update, {"x": "w", "y": "w"}) == ["leaking: 3 vs 5"]
    assert "leaking: 3 vs 5" in _report_topics(first, update, {"x": "x", "y": "y"})
    # guard: "them" of other things (tugs, not barges) is no count of the same things
    tugs = _report(2, "y", "Twelve tugs fought the fire on Monday night.", "Five of them were leaking diesel.", "2031-09-03")  # fmt: skip
    assert not [t for t in _report_topics(first, tugs, {"x": "x", "y": "y"}) if t.startswith("leaking")]
