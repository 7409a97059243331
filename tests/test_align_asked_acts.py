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
