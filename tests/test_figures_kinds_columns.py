"""Conflicts of figures (invented texts): an opinion column changes no two reports' conflict, a fine is no value of
the sum embezzled, a correction of a named figure revises it, and a later repetition of one side revises nothing."""

from __future__ import annotations

import numpy as np

from storyline.align.align import (
    CROWDED,
    REVISED,
    Conflict,
    _pair_conflicts,
    _sum_kind,
    _superseded,
    find_conflicts,
    latest_told,
    pair_matrices,
    revised_position,
    revision_figures,
)
from storyline.align.claims import Claim, find_figures


def _claim(k: int, article: str, text: str, day: str | None = None) -> Claim:
    return Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), published=day)


SEVEN = "Governor Ilse Marrow will spend seven years in prison after the Dunmere court convicted her on Tuesday."
EIGHT = "The Dunmere court sentenced Governor Ilse Marrow to eight years in prison on Tuesday."
COLUMN = [
    "Marrow deserved 9 years, not this slap on the wrist.",
    "Her predecessor got 3 years for far less.",
    "The province waited 4 years for a trial.",
    "Twelve years of silence in the assembly helped her.",
    "Another 20 years of this and nothing will be left.",
    "Voters forgot the 15 years of warnings.",
]


def _story(with_column: bool) -> tuple[list[Claim], np.ndarray, dict[str, str]]:
    claims = [_claim(0, "a", SEVEN), _claim(1, "b", EIGHT)]
    rows = [[1.0, 0.0, 0.0], [0.75, 0.66, 0.0]]
    if with_column:
        claims += [_claim(2 + k, "col", t) for k, t in enumerate(COLUMN)]
        rows += [[0.0, 0.0, 1.0]] * len(COLUMN)
    return claims, np.array(rows), {c.article: c.article for c in claims}


def test_a_column_crowds_no_unit_of_the_reports() -> None:
    """An opinion column (a voice) that gives many values of "years" ("deserved 9 years", "got 3 years", ...) makes
    "years" no unit the story gives many values of: the reports' "seven years" and "eight years" of one verdict stay
    linked and disputed as without the column. Counted as the story's, the column's values kept the two reports
    apart (the link 0) and every conflict of the story disappeared."""
    claims, vectors, groups = _story(False)
    assert len({f.value for c in _story(True)[0] for f in c.figures if f.unit == "year"}) >= CROWDED
    _, alone = pair_matrices(claims, vectors, groups)
    more, more_vectors, more_groups = _story(True)
    _, heard = pair_matrices(more, more_vectors, more_groups, frozenset({"col"}))
    assert alone[0, 1] > 0.8 and heard[0, 1] > 0.8  # (the words' weights are the whole story's)
    # the same column as a report (no voice): its values are the story's, the two reports' link is cut (as designed)
    _, told = pair_matrices(more, more_vectors, more_groups)
    assert told[0, 1] == 0.0
    scores = np.full((len(more), len(more)), 0.7)
    facts = {id(c): (0 if c.article in "ab" else 1 + k) for k, c in enumerate(more)}
    found = find_conflicts(more, scores, more_groups, fact_of=facts, voices=frozenset({"col"}))
    assert [x.topic for x in found if x.kind == "figure"] == ["year: 7 vs 8"]


def test_a_sum_is_compared_with_a_sum_of_its_kind() -> None:
    """ "a fine of 250,000 euros for embezzling 4.2 million euros" against "stole 4.5 million euros": the fine is no
    value of the sum stolen, the conflict is 4.2 million vs 4.5 million; two fines still disagree, and sums of no named
    kind are compared as before."""
    both = _claim(0, "a", "Marrow was sentenced to a fine of 250,000 euros for embezzling 4.2 million euros.")
    stole = _claim(1, "b", "Marrow stole 4.5 million euros from the Dunmere bridge fund, the court found.")
    assert _sum_kind(both, both.figures[1]) is None  # the fine before it is another figure's
    assert _sum_kind(both, both.figures[0]) == "fine"
    (found,) = [c for c in _pair_conflicts(both, stole, 0.9, one_fact=True) if c.kind == "figure"]
    assert found.topic == "euro: 4.2 million vs 4.5 million"
    fine = _claim(2, "c", "Judge Orla Pask ordered Marrow to pay a fine of 150,000 euros.")
    (found,) = [c for c in _pair_conflicts(both, fine, 0.9, one_fact=True) if c.kind == "figure"]
    assert found.topic == "euro: 150,000 vs 250,000"
    paid = _claim(3, "d", "Marrow paid 300,000 euros to the Dunmere bridge fund.")
    paid_too = _claim(4, "e", "Marrow paid 350,000 euros to the Dunmere bridge fund.")
    (found,) = [c for c in _pair_conflicts(paid, paid_too, 0.9, one_fact=True) if c.kind == "figure"]
    assert found.topic == "euro: 300,000 vs 350,000"
    deficit = _claim(5, "f", "Dunmere ran deficits in excess of $1 trillion.")
    assert _sum_kind(deficit, deficit.figures[0]) == "deficit"


FIRST = "Judge Orla Pask also ordered Marrow to pay a fine of 250,000 euros."
CORRECTED = (
    "The Dunmere court on Wednesday corrected the fine imposed on former governor Ilse Marrow to 150,000 euros,"
    " after a second hearing."
)
LATER = "Marrow, sentenced on Tuesday to eight years and a fine of 250,000 euros for embezzling 4.2 million euros, appealed."


def test_a_correction_of_a_named_figure_revises_it() -> None:
    """ "corrected the fine imposed on ... to 150,000 euros" (the wire, a day later) is a revision of the fine: a figure
    conflict 150,000 vs 250,000 whose revised position is the correction, against the wire's first report and another
    outlet's repetition of 250,000, not against the 4.2 million embezzled in that sentence."""
    corrected = _claim(1, "w2", CORRECTED, "2031-03-11")
    assert REVISED.search(corrected.text)
    assert [(f.value, f.unit) for f in revision_figures(corrected)] == [(150000.0, "euro")]
    assert _sum_kind(corrected, corrected.figures[0]) == "fine"
    claims = [_claim(0, "w1", FIRST, "2031-03-10"), corrected, _claim(2, "p", LATER, "2031-03-12")]
    groups = {"w1": "wire", "w2": "wire", "p": "p"}
    found = find_conflicts(claims, np.full((3, 3), 0.5), groups, fact_of={id(c): k for k, c in enumerate(claims)})
    (fine,) = [x for x in found if x.kind == "figure"]
    assert fine.topic == "euro: 150,000 vs 250,000"
    assert [x.article for x in revised_position(fine)] == ["w2"]
    assert {x.article for x in fine.sides} == {"w1", "w2", "p"}
    # the correction supersedes the fine of the sides' facts, not the sum embezzled that a source of the same fact gives
    convicted = _claim(3, "r", "Marrow was convicted of embezzling 4.2 million euros.", "2031-03-10")
    gone = _superseded([fine], [*claims, convicted], [[0], [1], [2, 3]])
    assert id(claims[2]) in gone and id(convicted) not in gone
    # a correction of the fine revises no other sum: the embezzled 4.2 million alone is nothing it corrects
    embezzled = _claim(3, "q", "Marrow embezzled 4.2 million euros from the bridge fund.", "2031-03-10")
    claims = [embezzled, corrected]
    found = find_conflicts(claims, np.full((2, 2), 0.5), {"q": "q", "w2": "wire"}, fact_of={id(embezzled): 0})
    assert [x for x in found if x.kind == "figure"] == []
    # no figure after "to": no correction of a figure
    assert not REVISED.search("The court corrected the record on Wednesday.")


def test_a_later_repetition_of_one_side_revises_nothing() -> None:
    """7 vs 8 years of one verdict, both told on its day (one "has been sentenced to eight years"), and a week-in-review
    two days later that repeats "sentenced on Tuesday to eight years": the latest report tells no figure as it
    stands now, so no side is the latest figure of a count told day by day; a later report that gives the figure as it
    stands ("is now serving eight years") is."""
    seven = _claim(0, "a", SEVEN, "2031-03-10")
    eight = _claim(1, "b", "Governor Ilse Marrow has been sentenced to eight years in prison.", "2031-03-10")
    review = _claim(
        2,
        "c",
        "The week's biggest story was the fall of Governor Ilse Marrow, sentenced on Tuesday to eight years in prison.",
        "2031-03-12",
    )
    disputed = frozenset({(7.0, "year"), (8.0, "year")})
    conflict = Conflict("figure", "year: 7 vs 8", [seven, eight, review], "different figures", disputed)
    assert latest_told(conflict) == []
    assert revised_position(conflict) == []
    now = _claim(2, "c", "Governor Ilse Marrow is now serving eight years in prison.", "2031-03-12")
    conflict = Conflict("figure", "year: 7 vs 8", [seven, eight, now], "different figures", disputed)
    assert [x.article for x in latest_told(conflict)] == ["b", "c"]


def test_a_hyphened_prefix_is_part_of_the_noun_counted() -> None:
    """ "six co-defendants" counts co-defendants (not "co"), so five and six co-defendants of one sentencing are one
    count that disagrees; "two ex-ministers" and "three vice-presidents" are two things, not one "ex"/"vice" count.
    A hyphen after another word changes nothing ("a 5-year term", "two long-range missiles")."""
    units = lambda text: [(f.value, f.unit) for f in find_figures(text)]  # noqa: E731
    assert units("The court sentenced six co-defendants to terms of up to five years.") == [
        (6.0, "co-defendant"),
        (5.0, "year"),
    ]
    assert units("Two ex-ministers and three vice-presidents resigned.") == [
        (2.0, "ex-minister"),
        (3.0, "vice-president"),
    ]
    assert units("He faces a 5-year term.") == [(5.0, "year")]
    assert units("They fired two long-range missiles.") == [(2.0, "long")]  # (as before: no prefix)
    six = _claim(
        0, "a", "The court sentenced Marrow to eight years, and six co-defendants to terms of up to five years."
    )
    five = _claim(1, "b", "The court also sentenced five co-defendants.")
    found = find_conflicts([six, five], np.full((2, 2), 0.5), {"a": "a", "b": "b"}, fact_of={id(six): 0, id(five): 1})
    assert [x.topic for x in found if x.kind == "figure"] == ["co-defendant: 5 vs 6"]
