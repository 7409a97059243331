"""A week told from the publication date names its week, and a weekday of an event told as done looks back (invented
text): "next week" in a Thursday paper is the week of the Monday after it, given as the month the week's days share
with that week in the reason; "early next week" its first days; "after the attack on Tuesday" in a sentence about what
will follow is the Tuesday just past when the article tells the attack as done."""

from __future__ import annotations

import pytest
from date_helpers import tagged_dates

from storyline.extract.dates import resolve_date

THURSDAY = "2026-11-12"


@pytest.mark.parametrize(
    ("phrase", "iso", "told"),
    [
        ("next week", "2026-11", "the week of 2026-11-16 (2026-11-16 to 2026-11-22)"),
        ("next week's", "2026-11", "the week of 2026-11-16 (2026-11-16 to 2026-11-22)"),
        ("last week", "2026-11", "the week of 2026-11-02 (2026-11-02 to 2026-11-08)"),
        ("this week", "2026-11", "the week of 2026-11-09 (2026-11-09 to 2026-11-15)"),
        ("early next week", "2026-11", "early in the week of 2026-11-16 (2026-11-16 to 2026-11-18)"),
        ("late last week", "2026-11", "late in the week of 2026-11-02 (2026-11-05 to 2026-11-08)"),
        ("earlier this week", "2026-11", "earlier in the week of 2026-11-09 (2026-11-09 to 2026-11-11)"),
        ("later this week", "2026-11", "later in the week of 2026-11-09 (2026-11-13 to 2026-11-15)"),
    ],
)
def test_a_week_told_from_the_publication_date_names_its_week(phrase: str, iso: str, told: str) -> None:
    got, relative, why = resolve_date(phrase, published=THURSDAY)
    assert (got, relative) == (iso, True) and why is not None and why.startswith(told), (phrase, why)


def test_the_first_days_of_a_week_across_two_months_keep_their_month() -> None:
    # the week of Monday 28 September runs into October; its first three days are all September's
    assert resolve_date("early next week", published="2026-09-24")[0] == "2026-09"
    assert resolve_date("next week", published="2026-09-24")[0] == "2026"  # the whole week: only its year
    assert resolve_date("late next week", published="2026-09-24")[0] == "2026-10"


def test_next_month_is_unchanged() -> None:
    assert resolve_date("next month", published=THURSDAY)[:2] == ("2026-12", True)


ATTACK = "Gunmen fired at the Pellin Street clinic in Marlow. The attack injured two nurses at the front desk. "


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (ATTACK + "The clinic will stay closed for at least a week after the attack on Tuesday.", "Tuesday"),
        (ATTACK + "The clinic will stay closed for at least a week after Tuesday's attack.", "Tuesday"),
        ("Gunmen attacked the Marlow clinic. Staff will return after the attack on Tuesday is cleared up.", "Tuesday"),
        ("The Marlow clinic will reopen for the first time since Monday's blast.", "Monday"),
        (
            "Councillors voted to cut the Marlow clinic's budget. Residents will protest after Sunday's vote, Edda "
            "Fenwick said.",
            "Sunday",
        ),
    ],
)
def test_a_weekday_of_an_event_told_as_done_looks_back_in_a_future_sentence(text: str, day: str) -> None:
    back = {"Monday": "2026-11-09", "Tuesday": "2026-11-10", "Sunday": "2026-11-08"}[day]
    assert tagged_dates(text, [day], THURSDAY) == [(day, back, False)], text


@pytest.mark.parametrize(
    "text",
    [
        "The Marlow council will vote on Tuesday on the clinic's budget.",
        # a vote the article tells nowhere as done is ahead
        "The clinic will stay closed until after the vote on Tuesday, Edda Fenwick said.",
        # the vote is told only as to come elsewhere
        "Councillors said the vote would be close. Staff will return after the vote on Tuesday.",
        "The vote was scheduled in October. Staff will return after the vote on Tuesday.",
        # the council, not the meeting, is what the article tells as past
        "The council voted to shut the clinic. Staff will protest after the meeting of the council on Tuesday.",
    ],
)
def test_a_weekday_of_an_event_still_to_come_stays_ahead(text: str) -> None:
    assert tagged_dates(text, ["Tuesday"], THURSDAY) == [("Tuesday", "2026-11-17", True)], text


def test_a_weekday_in_a_past_sentence_stays_back() -> None:
    text = "Police arrested a man on Tuesday. The clinic closed after the attack on Tuesday."
    assert tagged_dates(text, ["Tuesday", "Tuesday"], THURSDAY) == [
        ("Tuesday", "2026-11-10", False),
        ("Tuesday", "2026-11-10", False),
    ]


def test_an_event_told_as_done_is_no_coming_day_of_another_mention() -> None:
    # "will vote on Tuesday" dates the coming Tuesday; the attack's Tuesday, told as done, is not pulled to it
    text = ATTACK + "The clinic will stay shut after the attack on Tuesday. The council will vote on Tuesday."
    assert tagged_dates(text, ["Tuesday", "Tuesday"], THURSDAY) == [
        ("Tuesday", "2026-11-10", False),
        ("Tuesday", "2026-11-17", True),
    ]
