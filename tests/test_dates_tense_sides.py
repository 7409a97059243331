"""Which side of the article's day a weekday or a month lies on, read from the tense of the verb that governs it
(PolNeAR audit5 repros 08, 10, 20; ECB+ audit4 repro 14), on invented text: a scheduled act in the present tense is
the coming one ("our tour ends on Monday", "which also holds its own vote Tuesday"); a forward cue of a sentence told in
the past looks forward from that past ("held 1,611 delegates heading into Tuesday's primaries" is the day before a
Wednesday paper); a past act with no year is the month gone by ("first drew big crowds in March" of a January paper);
"until" a year before the article's tells a wait that is over, no plan."""

from __future__ import annotations

import pytest
from date_helpers import tagged_dates

from storyline.extract.dates import planned, resolve_date

_dates = tagged_dates


def test_a_scheduled_act_in_the_present_tense_is_the_coming_day() -> None:
    """Repro 08: in a paper of Friday 2031-06-06, "ends on Monday" (before "we will have met") and "holds its own
    vote Tuesday" are the coming Monday and Tuesday, planned; "said Thursday" stays the day before."""
    text = (
        '"When our tour of Orsk ends on Monday, we will have met 90,000 voters," Vell said Thursday in Parn. '
        "Her rival went to Orsk instead of Tamm, which also holds its own vote Tuesday."
    )
    got = _dates(text, ["Monday", "Thursday", "Tuesday"], "2031-06-06")
    assert got == [("Monday", "2031-06-09", True), ("Thursday", "2031-06-05", False), ("Tuesday", "2031-06-10", True)]


def test_a_noun_of_plans_under_a_past_verb_is_no_forward_cue() -> None:
    """Repro 08: "switched his plans to campaign in Orsk on Thursday" tells what the rival did, the day before a
    Friday paper; "he plans to campaign on Thursday" (the verb) and "announced plans to campaign" keep the coming day."""
    done = "Her rival switched his plans to campaign in Orsk on Thursday instead of Tamm."
    assert _dates(done, ["Thursday"], "2031-06-06") == [("Thursday", "2031-06-05", False)]
    for text in (
        "Her rival plans to campaign in Orsk on Thursday instead of Tamm.",
        "Her rival announced plans to campaign in Orsk on Thursday instead of Tamm.",
    ):
        assert _dates(text, ["Thursday"], "2031-06-06") == [("Thursday", "2031-06-12", True)], text


@pytest.mark.parametrize(
    "text",
    [
        "The ferry strike ends on Friday, the union said.",
        "The session reconvenes Friday in Parn.",
        "Tamm, which holds its vote Friday, is next.",
    ],
)
def test_guard_the_present_tense_of_a_scheduled_act_in_other_wording(text: str) -> None:
    """The same present-tense acts elsewhere: the coming Friday of a Monday paper (2031-06-02)."""
    assert _dates(text, ["Friday"], "2031-06-02") == [("Friday", "2031-06-06", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry strike ended on Friday, the union said.",
        "Tamm held its vote Friday, and the count is slow.",
        "The loose ends of the deal were tied up on Friday.",
    ],
)
def test_guard_a_past_act_or_a_noun_stays_the_day_gone_by(text: str) -> None:
    """The past tense, or "ends" as a noun, leave the Friday before a Monday paper (2031-06-02)."""
    assert _dates(text, ["Friday"], "2031-06-02") == [("Friday", "2031-05-30", False)]


def test_a_forward_cue_in_a_past_sentence_looks_forward_from_that_past() -> None:
    """Repro 10: in a paper of Wednesday 2031-04-30, "beat Rolf Haas in the Dell primary on Tuesday" and "held 1,611
    delegates heading into Tuesday's primaries" are the day before, not planned."""
    text = (
        "Mira Kost beat Rolf Haas in the Dell primary on Tuesday. "
        "Kost held 1,611 delegates heading into Tuesday's primaries, against 1,087 for Haas."
    )
    got = _dates(text, ["Tuesday", "Tuesday"], "2031-04-30")
    assert got == [("Tuesday", "2031-04-29", False), ("Tuesday", "2031-04-29", False)]
    perfect = "Kost had captured 1,611 delegates heading into Tuesday's primaries."
    assert _dates(perfect, ["Tuesday"], "2031-04-30") == [("Tuesday", "2031-04-29", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Kost holds 1,611 delegates heading into Tuesday's primaries.",
        "Kost has won 1,611 delegates heading into Tuesday's primaries.",
        "Heading into Tuesday's primaries, Kost leads Haas by 500 delegates.",
        "Kost will beat Haas in the Dell primary on Tuesday, her aides say.",
    ],
)
def test_guard_a_forward_cue_of_the_present_keeps_the_coming_day(text: str) -> None:
    """The present, the present perfect, no verb before the cue, a future "will beat": the coming Tuesday of a
    Wednesday paper."""
    assert [iso for _w, iso, _p in _dates(text, ["Tuesday"], "2031-04-30")] == ["2031-05-06"]


def test_a_past_act_in_a_month_without_year_is_the_month_gone_by() -> None:
    """Repro 20: in a paper of 2031-01-13, "first drew big farm crowds in March" and "since he launched his bid for
    premier in March" are March 2030, not planned."""
    text = (
        "Mr. Rask has courted the farm vote since he launched his bid for premier in March at Tessby College. "
        "Mr. Rask first drew big farm crowds in March at a harvest evening."
    )
    got = _dates(text, ["March", "March"], "2031-01-13")
    assert got == [("March", "2030-03", False), ("March", "2030-03", False)]


@pytest.mark.parametrize(
    ("before", "month"),
    [
        ("Mr. Rask will draw big farm crowds in ", "2031-03"),
        ("Mr. Rask hopes to draw big farm crowds in ", "2031-03"),
        ("The farm fair, a big draw for crowds, opens in ", "2031-03"),
        ("The party chose its leader in ", "2030-03"),
    ],
)
def test_guard_a_month_by_the_tense_around_it(before: str, month: str) -> None:
    """A future or present act keeps the coming March of a January paper; a past act the March gone by."""
    assert resolve_date("March", published="2031-01-13", before=before)[0] == month


def test_until_a_year_before_the_article_is_no_plan() -> None:
    """Repro 14 (ECB+ audit4): "until his death in 1969", in a paper of 2009, tells a wait that ended: no plan; "until
    2030" in the same paper is one."""
    text = "Ivo Marr taught at the Kelby school from 1950 until his death in 1969, his son said."
    at = text.index("1969")
    assert not planned(text, 0, at, at + 4, day="1969", published="2009-01-13")
    ahead = "The Kelby school stays shut until 2030, its board said."
    at = ahead.index("2030")
    assert planned(ahead, 0, at, at + 4, day="2030", published="2009-01-13")
    assert planned(ahead, 0, at, at + 4)  # no date given: read from the wording alone, as before


@pytest.mark.parametrize(
    "text",
    [
        "Kost holds a lead after Friday's vote in Tamm.",
        "Kost holds the seat her party has kept for decades, the count of Friday showed.",
    ],
)
def test_guard_a_present_verb_far_from_the_day_or_before_after(text: str) -> None:
    """ "holds" that does not schedule the day ("a lead after Friday's vote", words away from it) leaves the Friday
    before a Monday paper (2031-06-02)."""
    assert [iso for _w, iso, _p in _dates(text, ["Friday"], "2031-06-02")] == ["2031-05-30"]


def test_guard_holds_without_an_event_plans_nothing() -> None:
    """ "holds unusual fascination this winter": "holds" of a state, not of a scheduled event, makes no plan (while
    "holds a caucus on Friday" does)."""
    text = "The start of voting holds unusual fascination this winter for the party."
    at = text.index("this winter")
    assert not planned(text, 0, at, at + len("this winter"))
    caucus = "Tamm, which holds a caucus on Friday, is next."
    assert _dates(caucus, ["Friday"], "2031-06-02") == [("Friday", "2031-06-06", True)]


def test_a_weekday_whose_clause_is_future_after_it_is_the_coming_one() -> None:
    """PolNeAR audit6 repro 09: the future verb comes after the day. In a paper of Wednesday 2031-06-04, "On Thursday,
    Director Ilse Varn will testify" is the next day; in one of Friday 2031-06-06, "while Monday's debate in Orlen will
    be her first" is the coming Monday; "the planning for Thursday's meeting" (Tuesday 2031-06-03) the coming
    Thursday. Guards: the same fronted day with a past verb, "Tuesday's vote will shape the race" (which may look
    back), and the preparation told in the past stay the days gone by."""
    fronted = "On Thursday, Director Ilse Varn will testify before the oversight committee."
    assert _dates(fronted, ["Thursday"], "2031-06-04") == [("Thursday", "2031-06-05", True)]
    debate = "And while Monday's debate in Orlen will be her first against one rival, Tamm has done many."
    assert _dates(debate, ["Monday"], "2031-06-06")[0][:2] == ("Monday", "2031-06-09")
    meeting = "A person familiar with the planning for Thursday's meeting says the talks will focus on donors."
    assert _dates(meeting, ["Thursday"], "2031-06-03")[0][:2] == ("Thursday", "2031-06-05")

    past = "On Thursday, Director Ilse Varn testified before the oversight committee."
    assert _dates(past, ["Thursday"], "2031-06-04") == [("Thursday", "2031-05-29", False)]
    shaped = "Tuesday's vote will shape the race for months, Varn said."
    assert _dates(shaped, ["Tuesday"], "2031-06-04")[0][:2] == ("Tuesday", "2031-06-03")
    spent = "Varn spent Monday preparing for Tuesday's debate in Orlen."
    assert _dates(spent, ["Monday", "Tuesday"], "2031-06-04")[1][:2] == ("Tuesday", "2031-06-03")
