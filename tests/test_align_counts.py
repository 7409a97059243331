"""A count of one thing for one act, told by two outlets in different words, and a forecast against the act done on
the day it foresaw (invented texts)."""

from __future__ import annotations

import numpy as np

from storyline.align.align import _other_claims, _plan_and_its_day, _same_counts, find_conflicts
from storyline.align.claims import Claim, find_figures

HARBOUR = "Eleven hostages were exchanged in the handover, according to the Pellan interior ministry."
DUNMORE = "Nine hostages were freed in the exchange that brought the Tarsk engineer Ivo Brell home, officials said."
GAZETTE = "Pellan officials oversaw an exchange of eleven hostages between Orvia and Dunmark late on Tuesday."
EACH = "Five hostages were released by each side, Orvian officials said."
SHARE = "Each side released four hostages in the handover, Orvian officials said."
ANOTHER = "Another nine hostages were exchanged in the handover, officials said."
INJURED = "Nine hostages were injured in the crash of the bus that carried them, officials said."


def _claim(k: int, article: str, text: str, *, dates: tuple[str, ...] = (), planned: tuple[str, ...] = ()) -> Claim:
    return Claim(
        k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)), dates=dates, planned_dates=planned
    )


def test_counts_of_one_act_in_other_words_disagree() -> None:
    """ "Eleven hostages were exchanged in the handover" / "Nine hostages were freed in the exchange" / "an exchange of
    eleven hostages": one count of one noun each, for the same act (the exchange, as the verb, the event the freeing was
    part of, or the noun the count is of), so the counts are compared though written in words and though the sentences
    are far apart: a figure conflict 11 vs 9, the third outlet on the side of the first."""
    claims = [_claim(0, "a", HARBOUR), _claim(1, "b", DUNMORE), _claim(2, "c", GAZETTE)]
    groups = {c.article: c.article for c in claims}
    pairs = _same_counts(claims, groups)
    assert pairs == {(0, 1): "hostage", (1, 2): "hostage"}
    scores = np.full((3, 3), 0.4) - np.eye(3) * 0.4  # far apart in meaning: no pair close enough to be compared
    found = find_conflicts(claims, scores, groups, fact_of={id(claims[0]): 0, id(claims[2]): 0, id(claims[1]): 1})
    assert [(c.kind, c.topic) for c in found] == [("figure", "hostage: 9 vs 11")]
    assert {c.article for c in found[0].sides} == {"a", "b", "c"}
    # a fourth outlet's "about a dozen", compared with one of them only, joins the one dispute
    dozen = _claim(3, "d", "Dunmark's president pardoned the engineer, and about a dozen hostages were exchanged.")
    claims.append(dozen)
    groups["d"] = "d"
    scores = np.full((4, 4), 0.4) - np.eye(4) * 0.4
    scores[0, 3] = scores[3, 0] = 0.7
    found = find_conflicts(claims, scores, groups, fact_of={id(claims[0]): 0, id(claims[2]): 0, id(claims[1]): 1})
    assert [(c.kind, c.topic) for c in found] == [("figure", "hostage: 9 vs 11 vs about 12")]
    assert {c.article for c in found[0].sides} == {"a", "b", "c", "d"}
    # the totals are compared, not the counts of each side told beside them ("four released by each side")
    eight = _claim(0, "a", "Eight hostages were exchanged in the handover, four released by each side.")
    ten = _claim(1, "b", "Ten hostages were freed in the exchange, five released by each country.")
    assert _same_counts([eight, ten], {"a": "a", "b": "b"}) == {(0, 1): "hostage"}


def test_counts_of_each_party_of_some_or_of_another_act_are_not_the_total() -> None:
    """A count of each side ("released by each side", "Each side released four"), of some more ("Another nine"), or
    for another act ("Nine hostages were injured in the crash") is no other figure for the number exchanged."""
    for text in (EACH, SHARE, ANOTHER, INJURED):
        claims = [_claim(0, "a", HARBOUR), _claim(1, "b", text)]
        groups = {"a": "a", "b": "b"}
        assert _same_counts(claims, groups) == {}, text
        scores = np.full((2, 2), 0.4) - np.eye(2) * 0.4
        assert find_conflicts(claims, scores, groups, fact_of={id(claims[0]): 0, id(claims[1]): 1}) == []
    # counts of a plan may be revised: "would cut 3,400 jobs" / "plans to cut 3,100 jobs" are left to the alignment
    would = _claim(0, "a", "Tarvel Steel said it would cut 3,400 jobs at its Orvia plants.")
    plans = _claim(1, "b", "Tarvel Steel plans to cut 3,100 jobs at its Orvia plants.")
    did = _claim(2, "c", "Tarvel Steel cut 3,100 jobs at its Orvia plants last year.")
    assert _same_counts([would, plans, did], {"a": "a", "b": "b", "c": "c"}) == {}
    # an event both acts were part of is no act in common: "injured in the crash" / "died in the crash"
    injured = _claim(0, "a", "Nine passengers were injured in the crash, officials said.")
    died = _claim(1, "b", "Five passengers died in the crash, the police said.")
    assert _same_counts([injured, died], {"a": "a", "b": "b"}) == {}
    # two counts of the same act on two days are two counts, and one source's two sentences are no dispute
    monday = _claim(0, "a", "Eleven hostages were exchanged on Monday.", dates=("2026-03-02",))
    tuesday = _claim(1, "b", "Nine hostages were exchanged on Tuesday.", dates=("2026-03-03",))
    assert _same_counts([monday, tuesday], {"a": "a", "b": "b"}) == {}
    assert _same_counts([_claim(0, "a", HARBOUR), _claim(1, "b", DUNMORE)], {"a": "g", "b": "g"}) == {}
    # nor are counts of an earlier exchange, told without its date in an article of another year
    now, then = _claim(0, "a", HARBOUR), _claim(1, "b", "Orvia and Dunmark exchanged six hostages in a handover.")
    groups = {"a": "a", "b": "b"}
    now.published, then.published = "2026-05-15", "2023-08-04"
    assert _same_counts([now, then], groups) == {}
    then.published = "2026-05-16"
    assert _same_counts([now, then], groups) == {(0, 1): "hostage"}


def test_an_act_foreseen_on_a_day_and_done_on_that_day_are_two_claims() -> None:
    """ "Brell is expected to land in Tarsk on Friday afternoon" (a morning wire) and "Brell landed in Tarsk on Friday
    afternoon" (later): a forecast and the act done on the day it foresaw, two claims, not a corroboration. A forecast
    on another act, the act told without its day, or two sentences that both foresee it, are not set apart by this."""
    day = ("2026-05-15",)
    forecast = _claim(0, "a", "Brell is expected to land in Tarsk on Friday afternoon.", dates=day, planned=day)
    landed = _claim(
        1, "b", "The Tarsk engineer Ivo Brell landed in Tarsk on Friday afternoon, officials said.", dates=day
    )
    assert _plan_and_its_day(forecast, landed) and _plan_and_its_day(landed, forecast)
    assert _other_claims(forecast, landed)
    undated = _claim(2, "b", "The Tarsk engineer Ivo Brell has landed in Tarsk, officials said.")
    assert not _plan_and_its_day(forecast, undated)
    will_land = _claim(3, "b", "Brell will land in Tarsk on Friday afternoon, officials said.", dates=day, planned=day)
    assert not _plan_and_its_day(forecast, will_land)
    other_act = _claim(4, "b", "Brell met the Tarsk premier on Friday afternoon, officials said.", dates=day)
    assert not _plan_and_its_day(forecast, other_act)
