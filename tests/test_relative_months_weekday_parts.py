"""Relative dates news writes every day and that were left undated or counted the wrong way: "earlier Tuesday",
"last Sunday's", "the early hours of Thursday", "this November", "last September", "late last month", "the first
week of March", "eight years ago this month"; a day a thing is "slated for", "to be delivered" on, or that a
condition names ("if she wins the caucuses Monday"), which is the coming one (invented text)."""

from __future__ import annotations

from storyline.extract.dates import find_dates, planned, resolve_date


def _dates(text: str, tagged: list[str], published: str) -> dict[str, str | None]:
    ents = []
    for words in tagged:
        at = text.index(words)
        ents.append((at, at + len(words), "DATE"))
    return {text[s:e]: iso for s, e, iso, _rel, _why in find_dates(text, ents, published=published)}


def test_earlier_or_later_a_named_day_is_that_day() -> None:
    """ "earlier Tuesday", "later Thursday", "earlier today": the words order an event within the day, they do not
    make it vague (a Tuesday paper of 2031-04-15)."""
    assert resolve_date("earlier Tuesday", published="2031-04-15")[:2] == ("2031-04-15", True)
    assert resolve_date("later Thursday", published="2031-04-17")[:2] == ("2031-04-17", True)
    assert resolve_date("later Monday", published="2031-04-17")[:2] == ("2031-04-14", True)
    assert resolve_date("earlier today", published="2031-04-17")[:2] == ("2031-04-17", True)
    assert resolve_date("earlier", published="2031-04-17")[0] is None  # no day named: still vague


def test_a_weekday_with_its_possessive_or_its_hours_is_a_day() -> None:
    """ "last Sunday's debate", "Friday's vote", "the early hours of Thursday", "the night of Tuesday"."""
    assert resolve_date("last Sunday's", published="2031-04-15")[0] == "2031-04-13"
    assert resolve_date("Friday's", published="2031-04-15")[0] == "2031-04-11"
    assert resolve_date("this past Monday", published="2031-04-17")[0] == "2031-04-14"
    assert resolve_date("the early hours of Thursday", published="2031-04-19")[0] == "2031-04-17"
    assert resolve_date("the night of Tuesday", published="2031-04-17")[0] == "2031-04-15"


def test_a_month_told_from_the_publication_date() -> None:
    """ "this November" is the publication year's; "last September" the last one before the publication month (a
    year back when the month is not yet over or still to come); "next March" the first after it."""
    assert resolve_date("this November", published="2031-05-05")[:2] == ("2031-11", True)
    assert resolve_date("last September", published="2031-01-20")[0] == "2030-09"
    assert resolve_date("last July", published="2031-03-15")[0] == "2030-07"
    assert resolve_date("last February", published="2031-03-15")[0] == "2031-02"
    assert resolve_date("last March", published="2031-03-15")[0] == "2030-03"
    assert resolve_date("next March", published="2031-03-15")[0] == "2032-03"
    assert resolve_date("next June", published="2031-03-15")[0] == "2031-06"


def test_parts_of_a_month_are_that_month() -> None:
    """ "late last month", "earlier this month", "the end of next month", "the first week of March", "the second half
    of February": the month, never an invented day."""
    iso, rel, why = resolve_date("late last month", published="2031-01-12")
    assert (iso, rel) == ("2030-12", True) and why and "month" in why
    assert resolve_date("earlier this month", published="2031-01-12")[0] == "2031-01"
    assert resolve_date("the end of next month", published="2031-12-12")[0] == "2032-01"
    assert resolve_date("the first week of March", published="2031-03-20")[0] == "2031-03"
    assert resolve_date("the second half of February", published="2031-03-20")[0] == "2031-02"


def test_years_ago_this_month_or_today() -> None:
    """ "eight years ago this month" is that month eight years back; "ten years ago today" that day."""
    iso, rel, why = resolve_date("eight years ago this month", published="2031-03-15")
    assert (iso, rel) == ("2023-03", True) and why and "month" in why
    assert resolve_date("ten years ago today", published="2031-03-15")[0] == "2021-03-15"


def test_a_slated_delivered_or_conditional_day_is_the_coming_one() -> None:
    """In a Monday paper, a rally "slated for Wednesday", an address ", to be delivered Wednesday" and "if she wins the
    caucuses Wednesday" are the coming Wednesday, and planned; "prompted the hall to be evacuated Wednesday" and "if
    Wednesday's vote is any guide" are the past one."""
    monday = "2031-04-14"
    ahead = [
        "Senator Vera Lind canceled a joint rally with Governor Tam Oy slated for Wednesday in Harlow.",
        "Aides previewed an address on farm policy, to be delivered Wednesday at Kell College.",
        "It could happen if Vera Lind wins the Orvale caucuses Wednesday.",
    ]
    for text in ahead:
        assert _dates(text, ["Wednesday"], monday)["Wednesday"] == "2031-04-16", text
        at = text.index("Wednesday")
        assert planned(text, 0, at, at + len("Wednesday")), text
    back = [
        "A gas leak prompted the hall to be evacuated Wednesday, officials said.",
        "Lind leads, if Wednesday's vote is any guide.",
    ]
    for text in back:
        day = "Wednesday's" if "Wednesday's" in text else "Wednesday"
        assert _dates(text, [day], monday)[day] == "2031-04-09", text


def test_a_weekday_a_dated_day_runs_on_to_is_the_one_after_it() -> None:
    """ "speeches on Wednesday and into the early hours of Thursday" in a Wednesday paper: the Thursday after that
    Wednesday, not the one before the paper."""
    text = "After speeches on Wednesday and into the early hours of Thursday, the senators of Orvale agreed to vote."
    found = _dates(text, ["Wednesday", "the early hours of Thursday"], "2031-04-16")
    assert found == {"Wednesday": "2031-04-16", "the early hours of Thursday": "2031-04-17"}
    alone = "The senators of Orvale talked into the early hours of Thursday."
    assert _dates(alone, ["the early hours of Thursday"], "2031-04-16")["the early hours of Thursday"] == "2031-04-10"


def test_a_day_said_ahead_is_the_one_the_article_tells_as_past() -> None:
    """In a Wednesday paper that tells Monday's events as past, "the towns said they would light their halls on
    Monday night" is that Monday, not the next one; with no such Monday told, the day stays the coming one."""
    text = (
        "Mayors sent condolences on Monday after the flood in Orvale. "
        "The towns of Kell and Marrow said they would light their halls on Monday night in memory of the victims."
    )
    assert _dates(text, ["Monday", "Monday night"], "2031-04-16") == {
        "Monday": "2031-04-14",
        "Monday night": "2031-04-14",
    }
    alone = "The towns of Kell and Marrow said they would light their halls on Monday night."
    at = alone.index("Monday night")
    assert find_dates(alone, [(at, at + 12, "DATE")], published="2031-04-16")[0][2] == "2031-04-21"


def test_counts_and_halves_are_no_dates_and_a_weekday_after_a_night_is_that_day() -> None:
    """ "the last 10" (polls), "the next two" (states), "5 ½ years" (a term) are no dates; "a good night Tuesday" is
    that Tuesday."""
    for phrase in ("the last 10", "the next two", "5 ½ years"):
        iso, rel, _why = resolve_date(phrase, published="2031-04-16")
        assert (iso, rel) == (None, False), phrase
    assert resolve_date("a good night Tuesday", published="2031-04-17")[0] == "2031-04-15"
    assert resolve_date("a day before Tuesday", published="2031-04-17")[0] is None
