"""One act told on two days, the later day in an article published after the other's (invented texts): a date
conflict, not a report the earlier article could not have made."""

from __future__ import annotations

import numpy as np

from storyline.align.align import (
    REVISED,
    _after_report,
    _names_a_thing,
    find_conflicts,
    revised_position,
    revision_figures,
)
from storyline.align.claims import Claim, find_figures


def _claim(k: int, article: str, text: str, day: str, dates: tuple[str, ...]) -> Claim:
    return Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), dates=dates, published=day)


def test_a_modifier_of_manner_names_no_time() -> None:
    """ "last-minute amendments" (the tagger's time) names no thing's day; "the 2019 report" and "last year's
    festival" do."""
    assert not _names_a_thing("The Ostrava Assembly approved the Harbour Bill on 4 May, after last-minute amendments.")
    assert _names_a_thing("The Ostrava Assembly cited the 2019 report on Tuesday.")
    assert _names_a_thing("The council discussed last year's festival on Monday.")


def test_the_same_act_on_a_later_day_is_no_after_report() -> None:
    """An article of 3 May says the assembly approved the bill on Wednesday (3 May); one of 4 May says it approved it
    on 4 May: the first did report the approval, on another day (a date conflict). A sentence that dates another act
    after the first article was published still could not be reported by it."""
    early = _claim(
        0,
        "a",
        "The Ostrava Assembly on Wednesday approved the Harbour Bill by 61 votes to 40.",
        "2034-05-03",
        ("2034-05-03",),
    )
    late = _claim(
        1,
        "c",
        "The Ostrava Assembly approved the Harbour Bill on 4 May by 60 votes to 41, after last-minute amendments.",
        "2034-05-04",
        ("2034-05-04",),
    )
    other = _claim(
        2, "d", "Dockworkers in Ostrava struck on 4 May over the Harbour Bill.", "2034-05-04", ("2034-05-04",)
    )
    assert not _after_report(early, late)
    assert _after_report(early, other)


def test_another_day_and_another_tally_in_one_fact_are_both_disputed() -> None:
    """Once the later day's sentence is in the fact (above), its day and its tally are both disputed: two outlets say
    Wednesday (3 May) and 61 votes to 40, a third, a day later, 4 May and 60 votes to 41."""
    a = _claim(
        0,
        "a",
        "The Ostrava Assembly on Wednesday approved the Harbour Bill by 61 votes to 40.",
        "2034-05-03",
        ("2034-05-03",),
    )
    b = _claim(
        1,
        "b",
        "The Ostrava Assembly approved the Harbour Bill on Wednesday by 61 votes to 40.",
        "2034-05-03",
        ("2034-05-03",),
    )
    c = _claim(
        2,
        "c",
        "The Ostrava Assembly approved the Harbour Bill on 4 May by 60 votes to 41, after last-minute amendments.",
        "2034-05-04",
        ("2034-05-04",),
    )
    claims = [a, b, c]
    scores = np.full((3, 3), 0.8)
    found = find_conflicts(claims, scores, {"a": "a", "b": "b", "c": "c"}, fact_of={id(x): 0 for x in claims})
    kinds = {x.kind: x for x in found}
    assert set(kinds) == {"date", "figure"}, [(x.kind, x.topic) for x in found]
    assert kinds["date"].topic == "date: 2034-05-03 vs 2034-05-04"
    assert {x.article for x in kinds["date"].sides} == {"a", "b", "c"}
    assert {x.article for x in kinds["figure"].sides} == {"a", "b", "c"}


def test_a_revision_that_names_the_earlier_tally_in_figures() -> None:
    """ "by 61 votes to 40, revising the 59 to 42 first announced" gives 61-40 as a revision of 59-42: its figures are
    61 and 40, not the earlier ones it names; the wire's first version (59-42) is what it revises."""
    rev = _claim(
        1,
        "w2",
        "The Ostrava Assembly passed the Harbour Bill by 61 votes to 40, revising the 59 to 42 first announced.",
        "2034-05-03",
        (),
    )
    assert REVISED.search(rev.text)
    assert [(f.value, f.unit) for f in revision_figures(rev)] == [(61.0, "vote"), (40.0, "vote")]
    first = _claim(0, "w1", "The Ostrava Assembly passed the Harbour Bill by 59 votes to 42.", "2034-05-03", ())
    other = _claim(2, "v", "The Ostrava Assembly approved the Harbour Bill by 61 votes to 40.", "2034-05-03", ())
    claims = [first, rev, other]
    found = find_conflicts(claims, np.full((3, 3), 0.8), {"w1": "wire", "w2": "wire", "v": "v"})
    figures = [x for x in found if x.kind == "figure"]
    assert len(figures) == 1 and figures[0].topic.startswith("vote: "), [(x.kind, x.topic) for x in found]
    assert figures[0].topic == "vote: 40 vs 42 vs 59 vs 61"
    assert {x.article for x in figures[0].sides} == {"w1", "w2", "v"}
    assert {x.article for x in revised_position(figures[0])} == {"w2", "v"}
