"""One result of a contest told in other words is one fact; two statements of other days are two."""

from __future__ import annotations

import numpy as np

from storyline.align.align import fact_threshold, pair_matrices, told_acts
from storyline.align.claims import Claim

FILLER = 90
"""Sentences of other articles, unlike all the others: a story of ~100 sentences, whose fact threshold (0.81) the
paraphrases below do not reach on meaning and words alone."""


NAMES = {"Nell Orr": "p1", "Orr": "p1", "Piet Vance": "p2", "Vance": "p2", "Kelby": "g1", "Dorsa": "g2", "Modra": "g3"}
"""The names the tagger would find in the sentences below (entity ids: "p" people, "g" places)."""


def _links(
    texts: list[str],
    cosines: dict[tuple[int, int], float],
    published: list[str] | None = None,
    source: str | None = None,
) -> np.ndarray:
    """The link evidence of ``texts`` (one article each, then the filler), with the given cosines between them;
    ``source``: the one source of all the articles of ``texts`` (else each article is its own)."""
    n = len(texts) + FILLER
    claims = []
    for k, t in enumerate(texts):
        names = {e: name for name, e in sorted(NAMES.items(), key=lambda x: len(x[0])) if name in t}
        people = frozenset(e for e in names if e[0] == "p")
        places = frozenset(e for e in names if e[0] == "g")
        day = (published or [None] * len(texts))[k]
        claims.append(
            Claim(
                k, f"a{k}", 0, len(t), t, 0, frozenset(names), published=day, people=people, places=places, names=names
            )
        )
    claims += [Claim(k, f"f{k}", 0, 12, f"Filler line {k}.", 0) for k in range(len(texts), n)]
    gram = np.eye(n)
    for (x, y), cos in cosines.items():
        gram[x, y] = gram[y, x] = cos
    vectors = np.linalg.cholesky(gram + 1e-9 * np.eye(n))
    groups = {c.article: source if source and k < len(texts) else c.article for k, c in enumerate(claims)}
    return pair_matrices(claims, vectors, groups)[1]


def test_one_win_told_as_a_verb_or_a_noun_is_one_fact() -> None:
    """ "Nell Orr won the Kelby caucuses" and "Orr's victory in Kelby on Monday stunned ..." state one result: the same
    actor, act and contest. Each sentence says more, and in a story of a hundred sentences their meaning and words
    alone fall short of a link. (Until audit6, "Orr, who won Kelby, flew on to Dunmore" and "After winning the caucuses,
    Orr told supporters ..." were sources of the result too: they claim the flight and the speech, and name the result
    in passing; see the next test.)"""
    texts = [
        "Nell Orr won the Kelby caucuses, beating the party favourite.",
        "Orr's victory in Kelby on Monday stunned the campaign of Piet Vance.",
        "Nell Orr, the governor of Dorsa, won the Kelby caucuses on Monday.",
        "After the polls closed, Orr won the Kelby caucuses by a wide margin.",
    ]
    cosines = {(0, 1): 0.6, (0, 2): 0.55, (0, 3): 0.55, (1, 2): 0.5, (1, 3): 0.5, (2, 3): 0.5}
    link = _links(texts, cosines)
    floor = fact_threshold(len(texts) + FILLER)
    assert link[0, 1] >= floor and link[0, 2] >= floor and link[0, 3] >= floor
    assert link[1, 2] >= floor  # "victory in Kelby" / "won the Kelby caucuses"
    # the winner named beside the noun, through a pronoun of the clause, or in an apposition: the same act, told in
    # passing (``claimed`` False)
    told = [
        "On the day she won the Kelby caucuses, Nell Orr also got a ruling from the Dorsa board.",
        "Piet Vance beat Kelby winner Nell Orr in Dunmore.",
        "Vance attacked Nell Orr, the governor of Dorsa and winner of the Kelby caucuses, on Monday.",
        "Vance attacked Orr, the winner of the Kelby caucuses, over farm aid.",
        "Nell Orr, who won Kelby, flew on to Dunmore, where polls show her trailing.",
    ]
    first = told_acts(Claim(0, "a", 0, len(texts[0]), texts[0], 0))
    assert [a.claimed for a in first] == [True]
    for text in told:
        acts = told_acts(Claim(1, "b", 0, len(text), text, 0))
        assert any(p.same(q) for p in first for q in acts), text
        assert not any(q.claimed for q in acts if q.act == "win" and q.actor == "orr"), text  # Vance's "beat": his


def test_a_result_named_in_passing_is_no_source_of_it() -> None:
    """audit6 01: four articles make four claims (the result; a ballot ruling; an ad buy; an attack at a town hall), each
    naming the result in passing ("the Dell winner"): no fact corroborated by the four. What a sentence says in an
    apposition, a clause that sets the scene before its claim or a noun before a name is no claim it shares."""
    texts = [
        "Despite trailing in the polls, Nell Orr defeated Piet Vance in the Kelby caucuses on Monday.",
        "On the same day she won the Kelby caucuses, Nell Orr got a favourable ruling from the Dorsa board.",
        "The Forward Fund pulled its Dorsa ads attacking Kelby winner Nell Orr.",
        "At a town hall in Modra, Piet Vance accused Nell Orr, the winner of the Kelby caucuses, of being timid.",
    ]
    cosines = {(0, 1): 0.7, (0, 2): 0.6, (0, 3): 0.8, (1, 2): 0.6, (1, 3): 0.65, (2, 3): 0.6}
    link = _links(texts, cosines)
    floor = fact_threshold(len(texts) + FILLER)
    assert all(link[x, y] < floor for x in range(4) for y in range(x + 1, 4)), link[:4, :4]
    # guards: the same claim with a scene of its own, or with the result in a clause that goes on after it
    same = [
        "Nell Orr defeated Piet Vance in the Kelby caucuses on Monday, with every precinct reporting.",
        "After the votes were counted, Nell Orr had defeated Piet Vance in the Kelby caucuses.",
    ]
    link = _links([texts[0], *same], {(0, 1): 0.8, (0, 2): 0.75, (1, 2): 0.75})
    assert link[0, 1] >= floor and link[0, 2] >= floor and link[1, 2] >= floor


def test_one_actor_winning_other_places_is_two_claims() -> None:
    """audit6 (story-02): "Clinton won the primary in Ohio" and "Clinton won the Missouri primary", close in meaning and
    words, are two results, not one fact; the same result in other words stays one."""
    ohio = "Hilde Marr has won the Democratic primary in Ostra."
    texts = [ohio, "Hilde Marr won the Democratic primary in Velm, the agency declared on Thursday."]
    floor = fact_threshold(2 + FILLER)
    assert _links(texts, {(0, 1): 0.8})[0, 1] < floor
    again = "Hilde Marr won the Ostra Democratic primary, the agency declared."
    assert _links([ohio, again], {(0, 1): 0.8})[0, 1] >= floor


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


def test_two_people_doing_alike_things_are_two_claims() -> None:
    """audit6 (story-04): "Clinton suggested sending more special forces" and "Obama approved a few special forces" are
    close in meaning and words, but two people act in them: two claims. Guards: one act told from either side ("Orr beat
    Vance" / "Vance lost to Orr"), one person's act in other words, and a subject that names no one."""
    floor = fact_threshold(2 + FILLER)
    texts = [
        "Orr suggested that Dorsa should send more army engineers to Modra to rebuild the bridges.",
        "Vance has also approved a small number of army engineers to help rebuild the bridges in Modra.",
    ]
    assert _links(texts, {(0, 1): 0.84})[0, 1] < floor
    # the same person in other words
    same = ["Orr approved more army engineers to rebuild the bridges in Modra.", texts[0]]
    assert _links(same, {(0, 1): 0.84})[0, 1] >= floor
    # each names the other's actor: one result told from either side
    sides = ["Nell Orr beat Piet Vance in the Kelby caucuses.", "Vance lost the Kelby caucuses to Nell Orr."]
    assert _links(sides, {(0, 1): 0.84})[0, 1] >= floor
    # a subject that names no person: who acts is not known to differ
    titled = ["The governor has approved army engineers to rebuild the bridges in Modra.", texts[0]]
    assert _links(titled, {(0, 1): 0.84})[0, 1] >= floor


def test_a_national_lead_and_a_poll_of_a_place_are_two_claims() -> None:
    """audit6 (story-01): "Clinton's lead among voters nationwide has virtually disappeared" and a New Hampshire poll
    "Sanders leads Clinton 50% to 40%" measure one race in two places: two claims. Guards: two polls of one place, and
    two national leads, stay one fact."""
    floor = fact_threshold(2 + FILLER)
    local = "Piet Vance leads Nell Orr 50% to 40% among registered voters in Dorsa, according to a new poll."
    wide = "Nell Orr's lead over Piet Vance among voters nationwide has virtually disappeared, according to a new poll."
    assert _links([local, wide], {(0, 1): 0.84})[0, 1] < floor
    other_local = "A new poll shows Piet Vance ahead of Nell Orr by ten points in Dorsa."
    assert _links([local, other_local], {(0, 1): 0.84})[0, 1] >= floor
    other_wide = "A new national poll shows Nell Orr's lead over Piet Vance among voters nationwide has vanished."
    assert _links([wide, other_wide], {(0, 1): 0.84})[0, 1] >= floor


def test_two_sentences_of_one_source_on_other_subjects_are_two_claims() -> None:
    """audit6 (story-01, story-06): two articles of one outlet, "She plans to vote in the primary but is undecided" and
    "Undeclared voters can vote in either party's primary", are close in meaning and words but tell of other subjects:
    one source, two claims. Guards: one outlet's two articles on one subject stay one fact, and so do two sources on
    other subjects (what their pair is, the other rules say)."""
    floor = fact_threshold(2 + FILLER)
    texts = [
        "Orr plans to vote in the Kelby primary but is undecided.",
        "Undeclared voters can vote in either party's primary.",
    ]
    assert _links(texts, {(0, 1): 0.78}, source="kelby-post")[0, 1] < floor
    # one subject, two articles of the outlet
    same = [
        "Orr plans to vote in the Kelby primary on Tuesday.",
        "Orr will vote in the Kelby primary, but is undecided.",
    ]
    assert _links(same, {(0, 1): 0.78}, source="kelby-post")[0, 1] >= floor
    # two sources: no business of this rule
    assert _links(texts, {(0, 1): 0.78})[0, 1] >= floor


def test_a_win_told_in_a_clause_going_on_after_the_claim_is_one_fact_with_it() -> None:
    """PolNeAR story-00: "Mr. Trump was defeated in the Iowa caucuses on Monday by Senator Ted Cruz" and "Texas Sen. Ted
    Cruz managed to derail ... the phenomenon that has dominated the campaign so far, defeating Donald Trump in the
    opening Iowa caucuses Monday" are one result, two outlets. The participle set off at the end of a sentence told in
    the past goes on with its claim (whatever verb the parse hangs it on), its actor the main clause's subject; a noun
    that only modifies the contest ("the opening caucuses") is no other sense of winning. The same holds for a match
    ("beat Dunmore 2-1": the score is no count won) and a council seat."""
    texts = [
        "Despite trailing in ten polls, Piet Vance was defeated in the Kelby caucuses on Monday by Nell Orr of Dorsa.",
        "Nell Orr managed to halt, at least for now, the surge that has carried the campaign so far, defeating Piet"
        " Vance in the opening Kelby caucuses Monday.",
    ]
    floor = fact_threshold(2 + FILLER)
    assert _links(texts, {(0, 1): 0.45})[0, 1] >= floor
    match = [
        "Kelby Rovers beat Dunmore Athletic 2-1 in the cup final on Saturday.",
        "Kelby Rovers won the cup final on Saturday, defeating Dunmore Athletic at Harl Park.",
    ]
    assert _links(match, {(0, 1): 0.45})[0, 1] >= floor
    council = [
        "Ada Marr won the Harbour ward seat on Tuesday.",
        "Ada Marr gave a short speech at the town hall on Tuesday, beating Tom Bex in the Harbour ward vote.",
    ]
    assert _links(council, {(0, 1): 0.3})[0, 1] >= floor


def test_a_clause_going_on_is_no_result_when_foreseen_present_or_of_another_contest() -> None:
    """Guards: the participle of a preview ("hoping to win"), of a sentence in the present ("heads to Dunmore,
    winning ..."), of a denial, one that opens the sentence, and a win of another place or actor are no source of the
    Kelby result; "Orr finished third" is another result."""
    won = "Nell Orr defeated Piet Vance in the Kelby caucuses on Monday."
    others = [
        "Nell Orr toured Kelby on Sunday, hoping to win the caucuses.",  # a preview
        "Nell Orr heads to Dunmore, winning the Kelby caucuses.",  # the present: a headline's, or a live page's
        "Nell Orr did not concede on Monday, defeating nobody in the Kelby caucuses.",
        "Defeating Piet Vance in the Kelby caucuses, Nell Orr would take the lead.",
        "Piet Vance flew to Dunmore on Tuesday, defeating Nell Orr in the Dunmore primary.",  # another actor, place
        "Nell Orr finished third in the Kelby caucuses on Monday.",
    ]
    acts = [told_acts(Claim(0, "a", 0, len(t), t, 0)) for t in (won, *others)]
    assert [(a.act, a.actor, a.claimed) for a in acts[0]] == [("win", "orr", True)]
    for text, other in zip(others, acts[1:], strict=True):
        assert not any(p.same(q) and q.claimed for p in acts[0] for q in other), text
    assert acts[1] == acts[2] == []
