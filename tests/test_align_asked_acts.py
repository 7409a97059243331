"""Conflicts and facts between acts asked for and acts done, figures told two ways (invented texts)."""

from __future__ import annotations

from storyline.align.align import _other_claims, _pair_conflicts
from storyline.align.claims import Claim, find_figures


def _claim(k: int, article: str, text: str, day: str) -> Claim:
    return Claim(k, article, 0, len(text), text, 0, entities=frozenset({"marten", "drell"}), dates=(day,))


def test_an_act_asked_for_on_one_day_is_not_the_act_done_the_next() -> None:
    """ "came under pressure to resign on Monday" and "resigned on Tuesday" are two events a day apart: no date
    conflict, and not one fact. The same resignation told on two days still disagrees."""
    pressed = _claim(
        0,
        "a",
        "The harbour master, Ivo Marten, came under pressure to resign on Monday after an audit showed that Drell "
        "Port had lost 40 million crowns.",
        "2026-03-09",
    )
    urged = _claim(
        1, "c", "The harbour master, Ivo Marten, was urged to resign on Monday over the Drell audit.", "2026-03-09"
    )
    resigned = _claim(
        2,
        "b",
        "The harbour master, Ivo Marten, resigned on Tuesday over the audit of losses of 40 million crowns at Drell Port.",
        "2026-03-10",
    )
    resigned_before = _claim(
        3,
        "d",
        "The harbour master, Ivo Marten, resigned on Monday after an audit showed that Drell Port had lost 40 million "
        "crowns.",
        "2026-03-09",
    )
    assert _pair_conflicts(pressed, resigned, 0.9, one_fact=True) == []
    assert _pair_conflicts(urged, resigned, 0.9, one_fact=True) == []
    assert _other_claims(pressed, resigned)
    assert [c.kind for c in _pair_conflicts(resigned_before, resigned, 0.9, one_fact=True)] == ["date"]
    assert not _other_claims(resigned_before, resigned)


def _topics(x: str, y: str, score: float = 0.7) -> list[str]:
    a, b = (Claim(0, k, 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, t in (("a", x), ("b", y)))
    return [c.topic for c in _pair_conflicts(a, b, score, one_fact=True)]


def test_a_fall_in_percent_told_with_its_direction_or_its_day_is_one_share() -> None:
    """ "closed 3.8 percent lower, and ..." / "fell 4.2 percent on Monday": the words after the share say which way
    and when, not of what group: one index's fall told two ways. Shares of two groups still do not disagree."""
    lower = "The Pellow index closed 3.8 percent lower, and the yield on ten-year state bonds rose 45 basis points."
    assert _topics(lower, "The Pellow index fell 4.2 percent on Monday, its steepest fall in three years.") == [
        "%: 3.8 vs 4.2"
    ]
    assert _topics("Nurses are 36 percent of the staff.", "Doctors say 60 percent of patients wait.") == []


def test_a_clause_saying_why_a_share_moved_is_not_what_it_is_a_share_of() -> None:
    """ "rocketed 23 percent on Monday as traders piled in" / "closed up 18 percent on Monday on the Tarrow exchange":
    the clause after "as" says why the shares moved, not of what group the 23 percent is: one rise told with two
    figures. Shares of two groups named right after them still do not disagree, with or without such a clause."""
    closed = "Pellow Minerals' shares closed up 18 percent on Monday on the Tarrow exchange."
    rocketed = "Shares in Pellow Minerals rocketed 23 percent on Monday as traders piled in."
    assert _topics(closed, rocketed) == ["%: 18 vs 23"]
    assert _topics(closed, "Pellow Minerals' shares rose 18 percent on Monday, their best day since 2011.") == []
    nurses = "At the Tarrow clinic, some 36 percent of nurses left last year as pay stalled."
    assert _topics(nurses, "At the Tarrow clinic, about 60 percent of doctors stayed after the merger.") == []


def test_the_other_arm_of_a_comparison_is_no_figure_of_a_side() -> None:
    """ "4.2 percent of patients on the drug, compared with 1.9 percent on the dummy pill" / "just 1.6 percent of
    patients": the 1.9 percent is what the 4.2 is measured against, not a second figure of the side. A sentence
    that gives its figures for two outlets ("4.2 percent ... and 1.9 percent") keeps both."""
    drug = "Dizziness occurred in 4.2 percent of patients taking Torvalin, compared with 1.9 percent on a dummy pill."
    those = (
        "Dizziness was reported by 4.2 percent of patients taking Torvalin and 1.9 percent of those on a dummy pill."
    )
    rare = "Side effects were rare, with just 1.6 percent of patients reporting dizziness."
    assert _topics(drug, rare) == ["%: 1.6 vs 4.2"]
    assert _topics(those, rare) == ["%: 1.6 vs 4.2"]
    both = "Dizziness was reported by 4.2 percent of patients in Ostrava and 1.9 percent in Velmar."
    assert _topics(both, rare) == ["%: 1.6 vs 1.9/4.2"]


def test_a_figure_given_rather_than_the_one_first_announced_revises_it() -> None:
    """ "by 22 percent rather than the 27 percent the firm first announced" gives 22 as the revised figure and 27 as
    the earlier one; "by 22 percent rather than 27 percent" alone (what was sought, not what was said) revises
    nothing."""
    from storyline.align.align import revision_figures

    def claim(t: str) -> Claim:
        return Claim(0, "a", 0, len(t), t, 0, figures=tuple(find_figures(t)))

    revising = claim("Ostrin cut the risk of stroke by 22 percent rather than the 27 percent the firm first announced.")
    assert [f.value for f in revision_figures(revising)] == [22.0]
    assert revision_figures(claim("Ostrin wants to cut costs by 22 percent rather than 27 percent.")) == []


def test_basis_points_are_hundredths_of_a_percentage_point() -> None:
    """ "rose 45 basis points" and "rose 0.45 percentage points" are one rise: no conflict, and no detail only one
    source gives; 45 and 60 basis points disagree."""
    keys = [
        (f.value, f.unit)
        for t in ("yields rose 45 basis points", "yields rose 0.45 percentage points", "a 45bp rise")
        for f in find_figures(t)
    ]
    assert keys == [(0.45, "point")] * 3
    bp = "Yields on Tessan state bonds rose 45 basis points on Monday."
    assert _topics(bp, "Yields on Tessan state bonds rose 0.45 percentage points on Monday.") == []
    assert _topics(bp, "Yields on Tessan state bonds rose 60 basis points on Monday.") == ["point: 0.45 vs 0.6"]


def test_one_organisations_losses_told_in_sentences_far_apart_disagree() -> None:
    """ "Drell Port hid losses of €40m on its ferry loans" and a tabloid's "sat on a shocking €65m black hole at
    Drell Port": the same kind of sum (a black hole is losses) of one organisation both name, so the two amounts
    disagree, however far apart the sentences' other words. A profit, or losses of another organisation, do not."""
    import numpy as np

    from storyline.align.align import find_conflicts

    texts = [
        ("a", "An audit shows that Drell Port hid losses of €40m on its ferry loans, the Tessan Daily learned.", "d"),
        ("b", "An audit found that state-owned Drell Port had concealed losses of 40 million euros.", "d"),
        ("c", "The harbour master sat on a shocking €65m black hole at Drell Port while savers were kept in the dark.", "d"),
        ("d", "Drell Port reported a net profit of €12m for last year.", "d"),
        ("e", "Kessel Ferries hid losses of €9m, its auditor said.", "k"),
    ]  # fmt: skip
    claims = [
        Claim(k, art, 0, len(t), t, 0, figures=tuple(find_figures(t)), orgs=frozenset({org}))
        for k, (art, t, org) in enumerate(texts)
    ]
    scores = np.full((5, 5), 0.3) - np.eye(5) * 0.3
    groups = {c.article: c.article for c in claims}
    fact_of = {id(c): k for k, c in enumerate(claims)}
    found = find_conflicts(claims, scores, groups, fact_of=fact_of)
    assert [(c.kind, c.topic, sorted(x.article for x in c.sides)) for c in found] == [
        ("figure", "euro: 40 million vs 65 million", ["a", "b", "c"])
    ]


def test_a_sum_told_as_of_its_kind_is_that_kind() -> None:
    """ "a report showing €40m of hidden losses at Drell Port": the sum is of losses (an adjective between), so it
    disagrees with "a €65m black hole at Drell Port" as "hid losses of €40m" does; "€40m of new loans" is loans, not
    losses; "losses of €40m on its ferry loans" stays losses."""
    import numpy as np

    from storyline.align.align import _sum_kind, find_conflicts

    def kind(text: str) -> str | None:
        claim = Claim(0, "a", 0, len(text), text, 0, figures=tuple(find_figures(text)))
        return _sum_kind(claim, claim.figures[0])

    assert (
        kind("The harbour master left two days after a report showing €40m of hidden losses at Drell Port.") == "loss"
    )
    assert kind("Drell Port took €40m of new loans from Kessel Bank.") == "loan"
    assert kind("Drell Port hid losses of €40m on its ferry loans.") == "loss"
    texts = [
        ("a", "The harbour master left two days after a report showing €40m of hidden losses at Drell Port."),
        ("c", "The harbour master sat on a shocking €65m black hole at Drell Port while savers were kept in the dark."),
    ]  # fmt: skip
    claims = [
        Claim(k, art, 0, len(t), t, 0, figures=tuple(find_figures(t)), orgs=frozenset({"d"}))
        for k, (art, t) in enumerate(texts)
    ]
    scores = np.array([[0.0, 0.3], [0.3, 0.0]])
    found = find_conflicts(claims, scores, {"a": "a", "c": "c"}, fact_of={id(claims[0]): 0, id(claims[1]): 1})
    assert [(c.kind, c.topic) for c in found] == [("figure", "euro: 40 million vs 65 million")]


def test_one_index_fall_told_in_sentences_far_apart_disagrees() -> None:
    """ "The Osk index closed 3.8 percent lower, and bond yields rose 45 basis points" and "The Osk index fell 4.2
    percent on Monday, its steepest fall in three years": one fall of one index (the holder named before each
    change), so 3.8 and 4.2 disagree however far apart the sentences, and only those figures are compared (not the
    three years). "lost nearly 4 percent" fits both; a rise on another day, another index's fall, and a level the
    index fell to are other things, as are one company's shares and its revenue."""
    import numpy as np

    from storyline.align.align import _move, find_conflicts

    texts = [
        ("a", "The Osk index closed 3.8 percent lower, and the yield on ten-year state bonds rose 45 basis points."),
        ("b", "The Osk index fell 4.2 percent on Monday, its steepest fall in three years."),
        ("c", "State bond yields rose 0.45 percentage points, and the Osk share index lost nearly 4 percent."),
        ("d", "The Osk index recovered 2.1 percent on Tuesday."),
        ("e", "The Brenna index fell 1.2 percent on Monday."),
        ("f", "The Osk index had fallen to 3.1 percent of its peak, analysts said."),
    ]  # fmt: skip
    holders = {"a": [4], "b": [4], "c": [52], "d": [4], "e": [4], "f": [4]}
    dates = {"b": ("monday",), "d": ("tuesday",), "e": ("monday",)}
    claims = [
        Claim(
            k,
            art,
            0,
            len(t),
            t,
            0,
            figures=tuple(find_figures(t)),
            holders=tuple((at, "brenna" if art == "e" else "osk") for at in holders[art]),
            dates=dates.get(art, ()),
        )
        for k, (art, t) in enumerate(texts)
    ]
    fall = (-1, "osk", "index")
    moves = [_move(c, next(f for f in c.figures if f.unit == "%")) for c in claims]
    assert moves == [fall, fall, fall, (1, "osk", "index"), (-1, "brenna", "index"), None]
    scores = np.full((6, 6), 0.3) - np.eye(6) * 0.3
    groups = {c.article: c.article for c in claims}
    found = find_conflicts(claims, scores, groups, fact_of={id(c): k for k, c in enumerate(claims)})
    assert [(c.kind, c.topic, sorted(x.article for x in c.sides)) for c in found] == [
        ("figure", "%: 3.8 vs 4.2", ["a", "b"])
    ]

    shares = "Osk Mining's shares rose 3 percent on Monday."
    revenue = "Osk Mining's revenue rose 5 percent, the company said on Monday."
    claims = [
        Claim(k, art, 0, len(t), t, 0, figures=tuple(find_figures(t)), holders=((0, "mining"),))
        for k, (art, t) in enumerate([("g", shares), ("h", revenue)])
    ]
    assert _move(claims[0], claims[0].figures[0]) == (1, "mining", "share")
    assert _move(claims[1], claims[1].figures[0]) == (1, "mining", "revenue")
    scores = np.array([[0.0, 0.3], [0.3, 0.0]])
    assert find_conflicts(claims, scores, {"g": "g", "h": "h"}, fact_of={id(claims[0]): 0, id(claims[1]): 1}) == []


def test_one_rate_told_among_many_shares_disagrees_however_far_apart_the_sentences() -> None:
    """A story that gives many shares in percent (crowded: each sentence pair must be nearly the same to be compared)
    still compares two sentences that give one share of the same measure: "Skin rash occurred in 6.2 percent of
    volunteers on the cream, compared with 3.1 percent on the dummy cream" / "Problems were few, with only 2.6 percent of
    volunteers suffering skin rash". A share of another measure ("Headaches affected 8.3 percent") and the other arm of
    a comparison (3.1) are no side; a share as the subject of its verb ("44 percent backed Ostrava") has no measure."""
    import numpy as np

    from storyline.align.align import _measure, find_conflicts

    texts = [
        ("a", "Skin rash occurred in 6.2 percent of volunteers on the cream, compared with 3.1 percent on the dummy cream."),
        ("b", "Problems were few, with only 2.6 percent of volunteers suffering skin rash."),
        ("c", "Skin rash was the most common problem, reported in 6.2 percent of volunteers using the cream."),
        ("d", "Headaches affected 8.3 percent of volunteers, the study found."),
        ("e", "Sales of the cream rose 12 percent and its price fell 5 percent, while 40 percent of buyers returned."),
        ("f", "About 70 percent of chemists stock the cream, and 15 percent of them sell out within a week."),
        ("g", "In a survey, 44 percent backed Ostrava, and 35 percent backed Lindqvist."),
    ]  # fmt: skip
    claims = [Claim(k, art, 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, (art, t) in enumerate(texts)]
    assert {"skin", "rash"} <= _measure(claims[1], claims[1].figures[0])
    assert {"skin", "rash"} <= _measure(claims[2], claims[2].figures[0])
    assert not _measure(claims[6], claims[6].figures[0])
    scores = np.full((7, 7), 0.6) - np.eye(7) * 0.6  # close, but not nearly the same: the crowded unit is not compared
    groups = {c.article: c.article for c in claims}
    found = find_conflicts(claims, scores, groups, fact_of={id(c): k for k, c in enumerate(claims)})
    assert [(c.kind, c.topic, sorted(x.article for x in c.sides)) for c in found] == [
        ("figure", "%: 2.6 vs 6.2", ["a", "b", "c"])
    ]


def test_one_company_share_move_told_as_the_company_disagrees() -> None:
    """ "Tamsin Foods' shares rose 12 percent on Monday" / "Shares in the company rocketed 19 percent on Monday as
    traders piled in" (an article whose company is Tamsin Foods, the sentence naming none): one rise of one company's
    shares, 12 against 19, however far apart the sentences. A fall on another day, another company's rise, and a
    sentence naming no company in an article with no main one are no side."""
    import numpy as np

    from storyline.align.align import _owned_move, find_conflicts

    tamsin, orla = "e-tamsin", "e-orla"
    texts = [
        ("a", "Tamsin Foods' shares rose 12 percent on Monday, their best day in years.", {tamsin}, ("2026-04-06",)),
        ("b", "Shares in the company rocketed 19 percent on Monday as traders piled in.", set(), ("2026-04-06",)),
        ("b", "Tamsin Foods said its new plant had opened.", {tamsin}, ()),
        ("c", "Tamsin Foods' shares fell 4 percent on Wednesday.", {tamsin}, ("2026-04-08",)),
        ("d", "Orla Dairy's shares rose 7 percent on Monday.", {orla}, ("2026-04-06",)),
        ("e", "Shares in the company jumped 30 percent on Monday.", set(), ("2026-04-06",)),
    ]
    claims = [
        Claim(k, art, 0, len(t), t, 0, figures=tuple(find_figures(t)), orgs=frozenset(orgs), dates=dates)
        for k, (art, t, orgs, dates) in enumerate(texts)
    ]
    assert _owned_move(claims[0], claims[0].figures[0], None) == (1, tamsin, "share")
    assert _owned_move(claims[1], claims[1].figures[0], tamsin) == (1, tamsin, "share")
    assert _owned_move(claims[1], claims[1].figures[0], None) is None
    n = len(claims)
    scores = np.full((n, n), 0.3) - np.eye(n) * 0.3
    groups = {c.article: c.article for c in claims}
    found = find_conflicts(claims, scores, groups, fact_of={id(c): k for k, c in enumerate(claims)})
    assert [(c.kind, c.topic, sorted(x.article for x in c.sides)) for c in found] == [
        ("figure", "%: 12 vs 19", ["a", "b"])
    ]


def test_a_cut_told_as_halving_disagrees_with_the_cut_in_digits() -> None:
    """ "A large study found the spray halves the risk of catching a cold" / "The spray cut the rate of colds caught by
    20 percent": "halves" is a cut of about 50 percent, the size of the effect the figures in digits contradict. A cut of
    45 percent is "halves" loosely put; a cut of something else ("halved its price") is no side."""
    import numpy as np

    from storyline.align.align import _cut, find_conflicts

    texts = [
        ("a", "A large study found the Brenna spray halves the risk of catching a cold in winter."),
        ("b", "The spray cut the rate of colds caught in winter by 20 percent, the maker said."),
        ("c", "Osk Pharma reduced the risk of colds caught at school by 45 percent in its own study."),
        ("d", "The maker halved its price for the spray in March."),
    ]
    claims = [Claim(k, art, 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, (art, t) in enumerate(texts)]
    assert _cut(claims[0]) is not None and _cut(claims[0])[2:] == (50.0, True)
    assert _cut(claims[1]) is not None and _cut(claims[1])[2:] == (20.0, False)
    scores = np.full((4, 4), 0.3) - np.eye(4) * 0.3
    groups = {c.article: c.article for c in claims}
    found = find_conflicts(claims, scores, groups, fact_of={id(c): k for k, c in enumerate(claims)})
    assert [(c.kind, c.topic, [x.article for x in c.sides]) for c in found] == [("figure", "%: 20 vs 50", ["b", "a"])]
