"""A month named alone in the present or the future, a day's name, a speaker's night (audit6 repros 10, 11, 21), on
invented text: "an advantage in November" in a spring paper is the coming November, planned, while a past November
told in the past stays past; "Super Tuesday" is a day's name, not the Tuesday nearest the article; "last night" inside
a quotation is the speaker's night, not the night before the paper."""

from __future__ import annotations

from date_helpers import tagged_dates

_dates = tagged_dates


def test_a_month_told_in_the_present_or_future_is_the_coming_one() -> None:
    """Repro 10: in a paper of 2031-03-04, every "November" is the coming one (November 2031)."""
    text = (
        "Strong showings in the states that voted Tuesday raised the prospect that the November election will pit "
        "Varn against Osk.\n\nScholars caution that turnout in the primaries doesn't translate into an advantage in "
        "November.\n\nThen there's November.\n\nLeaders do not want to alienate the voters whose ballots Osk needs "
        "in November or risk losing the donors Mr. Varn has won."
    )
    got = [iso for _, iso, _ in _dates(text, ["November"] * 4, "2031-03-04")]
    assert got == ["2031-11"] * 4


def test_a_month_told_in_the_past_or_naming_a_past_event_stays_past() -> None:
    """Guards: a November told in the past, a month naming a past event in the present ("the November floods are
    under review"), a verb in the present with no past after the month but a past in the clause, a month before the
    paper's own in its year, and "since November" stay the last ones."""
    cases = [
        ("Prices rose in November, the agency says.", "2030-11"),
        ("Varn won the mayoralty in November.", "2030-11"),
        ("The November floods are still under review.", "2030-11"),
        ("Turnout in November was the highest in a decade.", "2030-11"),
        ("The board says January is the month to watch.", "2031-01"),
        ("Osk has led the council since November.", "2030-11"),
    ]
    for text, want in cases:
        word = next(w for w in ("November", "January") if w in text)
        assert [iso for _, iso, _ in _dates(text, [word], "2031-03-04")] == [want], text


def test_a_coming_month_is_planned_in_the_brief() -> None:
    """The coming November is after the paper's day: the timeline tells it as planned."""
    from storyline.brief.build import _after_publication

    assert _after_publication("2031-11", "2031-03-04")


def test_super_tuesday_is_a_days_name_not_a_near_weekday() -> None:
    """Repro 11: "Super Tuesday" (the tagger's "Tuesday" after "Super", or the name whole) is the day the article
    writes beside the name, at every mention, else no date in a paper of another day; a live report of the day itself
    keeps it. Guard: a plain "Tuesday" is still the last one."""
    text = (
        'Varn sent staff to all 11 of the "Super Tuesday" March 4 states.\n\nThe race will not settle until after Super '
        "Tuesday on March 4.\n\nOsk's Super Tuesday strategy rests on ads, buyers said Tuesday."
    )
    got = _dates(text, ["Tuesday", "March 4", "Super Tuesday", "March 4", "Tuesday", "Tuesday"], "2031-02-13")
    assert [iso for _, iso, _ in got] == ["2031-03-04"] * 5 + ["2031-02-11"]
    known = "After that, 11 states hold contests on March 4, known as Super Tuesday."
    assert [iso for _, iso, _ in _dates(known, ["March 4", "Tuesday"], "2031-02-13")] == ["2031-03-04"] * 2
    alone = "Osk's Super Tuesday strategy rests on ads, buyers said Tuesday."
    assert [iso for _, iso, _ in _dates(alone, ["Tuesday", "Tuesday"], "2031-02-13")] == [None, "2031-02-11"]
    live = "Varn won three states on Super Tuesday."
    assert [iso for _, iso, _ in _dates(live, ["Tuesday"], "2031-03-04")] == ["2031-03-04"]


def test_last_night_inside_a_quotation_is_the_speakers_night() -> None:
    """Repro 21: "''Osk last night said ...'' Varn told Radio 9 on Sunday" in a Wednesday paper: the night before
    Sunday, not Tuesday night; the same words outside a quotation are the night before the paper."""
    quoted = "''Osk last night said that it's not our fight,'' Varn told Radio 9 on Sunday."
    assert [iso for _, iso, _ in _dates(quoted, ["last night"], "2031-11-19")] == [None]
    told = "Osk said last night that it is not their fight."
    assert [iso for _, iso, _ in _dates(told, ["last night"], "2031-11-19")] == ["2031-11-18"]
