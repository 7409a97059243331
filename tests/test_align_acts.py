"""One result of a contest told in other words is one fact; two statements of other days are two."""

from __future__ import annotations

import numpy as np

from storyline.align.align import fact_threshold, pair_matrices, told_acts
from storyline.align.claims import Claim

FILLER = 90
"""Sentences of other articles, unlike all the others: a story of ~100 sentences, whose fact threshold (0.81) the
paraphrases below do not reach on meaning and words alone."""


def _links(texts: list[str], cosines: dict[tuple[int, int], float], published: list[str] | None = None) -> np.ndarray:
    """The link evidence of ``texts`` (one article each, then the filler), with the given cosines between them."""
    n = len(texts) + FILLER
    claims = [
        Claim(k, f"a{k}", 0, len(t), t, 0, published=(published or [None] * len(texts))[k]) for k, t in enumerate(texts)
    ]
    claims += [Claim(k, f"f{k}", 0, 12, f"Filler line {k}.", 0) for k in range(len(texts), n)]
    gram = np.eye(n)
    for (x, y), cos in cosines.items():
        gram[x, y] = gram[y, x] = cos
    vectors = np.linalg.cholesky(gram + 1e-9 * np.eye(n))
    return pair_matrices(claims, vectors, {c.article: c.article for c in claims})[1]


def test_one_win_told_as_a_verb_a_noun_and_a_clause_is_one_fact() -> None:
    """ "Nell Orr won the Kelby caucuses", "Orr's victory in Kelby on Monday", "Orr, who won Kelby, ..." and "After
    winning the caucuses, Orr ..." state one result: the same actor, act and contest. Each sentence says more, and in
    a story of a hundred sentences their meaning and words alone fall short of a link."""
    texts = [
        "Nell Orr won the Kelby caucuses, beating the party favourite.",
        "Orr's victory in Kelby on Monday stunned the campaign of Piet Vance.",
        "Nell Orr, who won Kelby, flew on to Dunmore, where polls show her trailing.",
        "After winning the caucuses, Orr told supporters in Dunmore she would fight for every vote.",
    ]
    cosines = {(0, 1): 0.6, (0, 2): 0.55, (0, 3): 0.55, (1, 2): 0.5, (1, 3): 0.5, (2, 3): 0.5}
    link = _links(texts, cosines)
    floor = fact_threshold(len(texts) + FILLER)
    assert link[0, 1] >= floor and link[0, 2] >= floor and link[0, 3] >= floor
    assert link[1, 2] >= floor  # "victory in Kelby" / "who won Kelby"
    # the winner named beside the noun, through a pronoun of the clause, or in an apposition
    told = [
        "On the day she won the Kelby caucuses, Nell Orr also got a ruling from the Dorsa board.",
        "Piet Vance beat Kelby winner Nell Orr in Dunmore.",
        "Vance attacked Nell Orr, the governor of Dorsa and winner of the Kelby caucuses, on Monday.",
        "Vance attacked Orr, the winner of the Kelby caucuses, over farm aid.",
    ]
    first = told_acts(Claim(0, "a", 0, len(texts[0]), texts[0], 0))
    for text in told:
        assert any(p.same(q) for p in first for q in told_acts(Claim(1, "b", 0, len(text), text, 0))), text


def test_another_place_time_outcome_or_a_forecast_is_another_claim() -> None:
    """Guards: a win elsewhere, a win foreseen, a win of another year and a loss are no source of the win."""
    won = "Nell Orr won the Kelby caucuses, beating the party favourite."
    others = [
        "Orr's victory in Dunmore on Monday stunned the campaign of Piet Vance.",  # another place
        "Orr is expected to win in Kelby on Monday, which would stun the campaign of Piet Vance.",  # a forecast
        "Orr's victory in Kelby in 2031 stunned the campaign of Piet Vance.",  # another year
        "Orr lost Kelby to Piet Vance on Monday.",  # the other outcome
        "Nell Orr won the support of farmers in Kelby.",  # another sense of winning
        "Nell Orr did not win Kelby.",
        "A victory in Kelby would make Orr the favourite.",
    ]
    days = ["2035-02-03", "2035-02-03"]
    for other in others[:4]:  # (the others share words enough to be linked as before: only no act is in common)
        link = _links([won, other], {(0, 1): 0.5}, published=days)
        assert link[0, 1] < fact_threshold(2 + FILLER), other
    acts = [told_acts(Claim(0, "a", 0, len(t), t, 0, published=days[0])) for t in (won, *others)]
    assert not any(p.same(q) for other in acts[1:] for p in acts[0] for q in other)
    assert [(a.act, a.actor) for a in acts[0]] == [("win", "orr")]
    assert [(a.act, a.actor) for a in acts[4]] == [("lose", "orr")]
    assert acts[2] == acts[5] == acts[6] == acts[7] == []
    # "New Sarrow" is not "New Dunmore": a name is compared whole
    a, b = (told_acts(Claim(0, "a", 0, len(t), t, 0))[0] for t in ("Orr won New Sarrow.", "Orr won New Dunmore."))
    assert not a.same(b)
    # a party's name is no place: two primaries of one party in two places are two wins; a win under a condition none
    kelby, dunmore, wins = (
        told_acts(Claim(0, "a", 0, len(t), t, 0))
        for t in (
            "Orr won the Democratic primary in Kelby.",
            "Orr won the Democratic primary in Dunmore.",
            "If Orr wins Kelby, the race is over.",
        )
    )
    assert kelby and dunmore and not kelby[0].same(dunmore[0])
    assert wins == []


def test_two_statements_of_one_minister_on_other_days_are_two_facts() -> None:
    """What a minister said on Monday and what she said on Thursday are two statements, however close their words
    and meaning: two facts, not one with both as sources. Two outlets giving one statement are one fact."""
    monday = "Housing minister Ana Velt said on Monday that the tenancy law will pass this week."
    thursday = "Housing minister Ana Velt said on Thursday she will not bring the tenancy law back before spring."
    same = "Housing minister Ana Velt told reporters on Monday the tenancy law would pass this week."
    link = _links([monday, thursday, same], {(0, 1): 0.75, (0, 2): 0.9, (1, 2): 0.75})
    floor = fact_threshold(3 + FILLER)
    assert link[0, 1] < floor and link[1, 2] < floor
    assert link[0, 2] >= floor
    # the same statement, dated by another day by a later report, is left to the other tests
    again = "Velt said Thursday the tenancy law would pass this week."
    assert _links([monday, again], {(0, 1): 0.9})[0, 1] >= fact_threshold(2 + FILLER)
