"""A month a few months ahead in a sentence told in the past, "Monday night's", a date line with its time first, and
an undated wire whose dateline gives no year: invented texts only."""

from __future__ import annotations

from date_helpers import tagged_dates

from storyline.extract.dates import find_dates
from storyline.ingest.drafts import Draft
from storyline.ingest.pipeline import build_article
from storyline.models import Article


def test_a_month_named_in_a_sentence_told_in_the_past_is_the_last_such_month() -> None:
    """In a paper of 20 November 2030, February and March are less than four months ahead, but "was in February",
    "flagged cracks ... in March" and "In January, a landslide ... cut the road" tell months gone by: 2030's, not
    planned."""
    was = "The last storm to flood the Orlen valley was in February, when the river rose four metres."
    assert tagged_dates(was, ["February"], "2030-11-20") == [("February", "2030-02", False)]
    flagged = "Auditors flagged cracks in the spillway of the Velsk dam in March, according to a memo seen by the Post."
    assert tagged_dates(flagged, ["March"], "2030-11-20") == [("March", "2030-03", False)]
    cut = "In January, a landslide 200 metres wide cut the road to Brask, killing two people."
    assert tagged_dates(cut, ["January"], "2030-11-20") == [("January", "2030-01", False)]


def test_a_month_ahead_with_no_past_tense_or_a_future_is_still_the_coming_one() -> None:
    """Guards: "will vote in February", "In February, farmers head to the market" (present), "a plan to cut fares in
    February" ("to cut" is no past), "said it would reopen in March" and "threatened to block the congress in January"
    (a future told in the past), "outlined the campaign in the March regions" (a month that names a thing), and
    "grow in February, the agency reported" (a saying after the month) stay the coming months."""
    for text, month, coming in (
        ("The council will vote on the Orlen budget in February.", "February", "2031-02"),
        ("In February, farmers head to the market at Brask.", "February", "2031-02"),
        ("The board backs a plan to cut fares in February.", "February", "2031-02"),
        ("The Velsk museum said it would reopen in March.", "March", "2031-03"),
        ("Several delegates threatened to block the Orlen congress in January.", "January", "2031-01"),
        ("Her aides outlined the campaign in the March regions.", "March", "2031-03"),
        ("Exports to Brask grow in February, the agency reported.", "February", "2031-02"),
    ):
        assert tagged_dates(text, [month], "2030-11-20")[0][1] == coming, text


def test_a_weekday_part_of_the_day_with_a_possessive_is_that_day() -> None:
    """ "Monday night's fire" in a Wednesday paper is the Monday before, as "Monday night" and "Monday's" are; "last
    Friday evening's" the Friday of the week before."""
    text = (
        "The toll from Monday night's fire at the Orlen depot rose to four on Wednesday. Crews left on Monday night."
        " Last Friday evening's drill had gone well."
    )
    got = tagged_dates(text, ["Monday night's", "Monday night", "Last Friday evening's"], "2030-11-20")
    assert [(e, d) for e, d, _p in got] == [
        ("Monday night's", "2030-11-18"),
        ("Monday night", "2030-11-18"),
        ("Last Friday evening's", "2030-11-15"),
    ]


def _article(text: str) -> Article:
    art = build_article(Draft(source="a.txt", original=text, fmt="text"))
    assert isinstance(art, Article)
    return art


def test_a_date_line_with_its_time_first_is_the_publication_date() -> None:
    """ "7:40pm UK, Tuesday 14 October 2031" under the headline gives the day (a label of a place, no
    time zone dateparser knows, after the time), as "14 October 2031 - 7:40 pm" and "10:05, 14 October 2031" do."""
    body = (
        "Ferry crews return to work\n\n{line}\n\n"
        "The Vella ferry crews returned to work on Tuesday, a day after the union accepted the offer."
    )
    assert _article(body.format(line="7:40pm UK, Tuesday 14 October 2031")).published == "2031-10-14"
    assert _article(body.format(line="10:05, 14 October 2031")).published == "2031-10-14"
    assert _article(body.format(line="14 October 2031 - 7:40 pm")).published == "2031-10-14"


def test_a_dateline_without_its_year_dates_nothing_in_an_undated_article() -> None:
    """ "ORLEK, Mar 9 (Tideway Wire) -" with no publication date and no year in the record: the year would be the
    run's, so "Sunday" and "in September" stay undated (relative, the reason says why), whatever day the tool runs.
    With the year in the record they are read from 9 March of it."""
    text = "ORLEK, Mar 9 (Tideway Wire) - The pier closed on Sunday. Its repairs began in September."
    ents = [(text.index(w), text.index(w) + len(w), "DATE") for w in ("Mar 9", "Sunday", "September")]
    got = {text[s:e]: (iso, rel, why) for s, e, iso, rel, why in find_dates(text, ents, published=None)}
    assert got["Sunday"][:2] == (None, True) and "no publication date" in str(got["Sunday"][2])
    assert got["September"][:2] == (None, True)
    dated = {text[s:e]: iso for s, e, iso, _rel, _why in find_dates(text, ents, published="2031")}
    assert dated["Sunday"] == "2031-03-09" and dated["September"] == "2030-09"
