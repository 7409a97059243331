"""Dates without a year and timeline order (PolNeAR audit8 repros 07 and 08, story18 repro 12; invented text): a day
in a condition still to come ("would fare if he won the election on Nov. 8"), the day of a vote told in the present,
and "next Nov. 8" are the coming ones; "an early morning post" is a time of day, no day; a week given as its month
("next week": 2026-10) follows the days of that month that come before it; an undated article's two sentences with the
same weekday fold into two entries, not twice into one."""

from __future__ import annotations

import pytest
from brief_helpers import HashEmbedder, make_article
from date_helpers import tagged_dates

from storyline.extract.dates import resolve_date

MAY = "2031-05-16"  # a Friday in May: Nov. 8 is 176 days ahead, and 189 back


@pytest.mark.parametrize(
    "text",
    [
        "Brook was asked how ties would fare if he won the Marsh governor's election on Nov. 8.",
        "If she lost the vote on Nov. 8, she would appeal to the Marsh court.",
        "Brook faces Premier Holt in the governor's election on Nov. 8.",
        "The Nov. 8 runoff pits Ansel Brook against Edda Holt.",
        "Election Day in Marsh is Nov. 8.",
    ],
)
def test_a_day_still_to_come_in_a_condition_or_a_vote_is_the_coming_one(text: str) -> None:
    assert tagged_dates(text, ["Nov. 8"], MAY) == [("Nov. 8", "2031-11-08", False)], text


@pytest.mark.parametrize(
    "text",
    [
        "Reporters asked Brook if he won the county on Nov. 8.",  # a question, no condition
        "Brook would not say if he voted on Nov. 8.",
        "Brook would have resigned if he lost on Nov. 8.",  # a condition of the past
        "Holt, who won the election on Nov. 8, named her cabinet.",
        "The Nov. 8 runoff was close.",
        "The storm on Nov. 8 destroyed the pier at Marsh.",
        "Prices at the Marsh market rose on Nov. 8.",
    ],
)
def test_a_day_of_the_past_stays_the_last_one(text: str) -> None:
    assert tagged_dates(text, ["Nov. 8"], MAY) == [("Nov. 8", "2030-11-08", False)], text


def test_next_and_last_with_a_day_count_from_the_publication_date() -> None:
    assert resolve_date("next Nov. 8", published=MAY)[0] == "2031-11-08"
    assert resolve_date("last Nov. 8", published=MAY)[0] == "2030-11-08"
    assert resolve_date("this Nov. 8", published=MAY)[0] == "2031-11-08"
    assert resolve_date("next May 16", published=MAY)[0] == "2032-05-16"  # the publication day itself: a year on
    assert resolve_date("this past May 2", published=MAY)[0] == "2031-05-02"
    assert resolve_date("next Feb. 30", published=MAY)[0] is None
    # the months alone as before
    assert resolve_date("last May", published=MAY)[0] == "2030-05"
    assert resolve_date("next September", published=MAY)[0] == "2031-09"


def test_an_early_morning_is_a_time_of_day_not_the_day_before() -> None:
    text = "Brook wrote in an early morning post on his campaign page, and met aides one morning."
    assert tagged_dates(text, ["an early morning", "one morning"], "2031-07-16") == [
        ("an early morning", None, False),
        ("one morning", None, False),
    ]
    for phrase in ("an early morning", "the early morning", "a late night", "an evening"):
        assert resolve_date(phrase, published="2031-07-16")[2] == "a time of day, not a date", phrase


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Tuesday morning", "2031-07-15"),
        ("this morning", "2031-07-16"),
        ("early this morning", "2031-07-16"),
        ("late yesterday", "2031-07-15"),
        ("late last night", "2031-07-15"),
        ("last night", "2031-07-15"),
    ],
)
def test_a_part_of_a_named_day_keeps_its_day(phrase: str, day: str) -> None:
    assert resolve_date(phrase, published="2031-07-16")[0] == day


def _mention(a, word: str, iso: str | None, reason: str | None = None, nth: int = 0):  # type: ignore[no-untyped-def]
    from storyline.models import DateMention, Span

    at = -1
    for _ in range(nth + 1):
        at = a.original.index(word, at + 1)
    return DateMention(Span(a.id, at, at + len(word), word), iso, True, reason)


def _sentences(a):  # type: ignore[no-untyped-def]
    import re

    start = a.original.index("\n\n") + 2
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"[^.]+\.", a.text)]


def test_a_week_given_as_its_month_follows_the_days_before_it() -> None:
    from storyline.brief.build import build_brief
    from storyline.models import ArticleExtraction

    a = make_article(
        "a",
        "Court orders recount",
        "The Vell court on Tuesday ordered a recount of ballots in Tarsk. "
        "The fraud complaint will be heard by the Vell court next week. "
        "Voters in Tarsk queued on Sunday.",
    )
    a.published = "2026-10-06"
    dates = [
        _mention(a, "Tuesday", "2026-10-06"),
        _mention(a, "next week", "2026-10", "a week (2026-10-12 to 2026-10-18), not a day"),
        _mention(a, "Sunday", "2026-10-04"),
    ]
    ext = ArticleExtraction("a", sentences=_sentences(a), dates=dates)
    brief = build_brief([a], {"a": ext}, [], story="s1", embedder=HashEmbedder())
    assert [t["expression"] for t in brief["timeline"]] == ["Sunday", "Tuesday", "next week"]

    # a month given alone stays before its days: nothing tells which of them it is
    b = make_article("b", "Recount", "The Vell court ordered a recount in October. Voters in Tarsk queued on Sunday.")
    b.published = "2026-10-06"
    ext = ArticleExtraction(
        "b", sentences=_sentences(b), dates=[_mention(b, "October", "2026-10"), _mention(b, "Sunday", "2026-10-04")]
    )
    brief = build_brief([b], {"b": ext}, [], story="s1", embedder=HashEmbedder())
    assert [t["expression"] for t in brief["timeline"]] == ["October", "Sunday"]


def test_an_undated_article_is_cited_once_by_an_entry() -> None:
    """Repro 12: the undated wire's "on Monday morning" and "on Monday afternoon" (two sentences, two events) fold
    into the dated entry of each, not both into the first."""
    from types import SimpleNamespace

    import numpy as np

    from storyline.brief.build import _fold_unanchored

    def row(article: str, date: str | None, start: int, fact: str | None) -> dict[str, object]:
        return {"date": date, "expression": "Monday", "fact": fact, "article": article, "start": start,
                "end": start + 6, "event_start": start, "also_in": []}  # fmt: skip

    morning, afternoon = row("a", "2031-03-03", 0, None), row("a", "2031-03-03", 50, "f7")
    w_morning, w_afternoon = row("w", None, 0, None), row("w", None, 50, "f7")
    claims = [SimpleNamespace(article=x, start=s) for x, s in (("a", 0), ("a", 50), ("w", 0), ("w", 50))]
    # the wire's afternoon sentence is near both of the dated ones (>= CONFLICT), its morning one only the morning's
    scores = np.array([[1, 0.6, 0.9, 0.75], [0.6, 1, 0.6, 0.95], [0.9, 0.6, 1, 0.6], [0.75, 0.95, 0.6, 1]])
    al = SimpleNamespace(claims=claims, scores=scores)
    out = _fold_unanchored([morning, afternoon, w_morning, w_afternoon], al)  # type: ignore[arg-type]
    assert out == [morning, afternoon]
    assert [(x["article"], x["start"]) for x in morning["also_in"]] == [("w", 0)]  # type: ignore[union-attr]
    assert [(x["article"], x["start"]) for x in afternoon["also_in"]] == [("w", 50)]  # type: ignore[union-attr]


def test_a_week_after_the_publication_day_is_planned_though_given_as_its_month() -> None:
    """ "early next week" in a Thursday paper is after it, though its month is the paper's: planned; "earlier this
    week" is not."""
    from storyline.brief.build import build_brief
    from storyline.models import ArticleExtraction

    a = make_article(
        "a",
        "Clinic repairs",
        "Repairs at the Marlow clinic should start early next week. Glaziers measured the windows earlier this week.",
    )
    a.published = "2026-11-12"
    dates = [
        _mention(
            a, "early next week", "2026-11", "early in the week of 2026-11-16 (2026-11-16 to 2026-11-18), not a day"
        ),
        _mention(
            a, "earlier this week", "2026-11", "earlier in the week of 2026-11-09 (2026-11-09 to 2026-11-11), not a day"
        ),
    ]
    ext = ArticleExtraction("a", sentences=_sentences(a), dates=dates)
    brief = build_brief([a], {"a": ext}, [], story="s1", embedder=HashEmbedder())
    assert {t["expression"]: t["planned"] for t in brief["timeline"]} == {
        "earlier this week": False,
        "early next week": True,
    }
