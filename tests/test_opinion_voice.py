"""A piece whose writer argues in the first person is opinion; a report quoting a speaker's "I think" is not
(stop 51: PolNeAR audit6, editorials and columns told as reports). All text invented."""

from __future__ import annotations

import dataclasses

from brief_helpers import HashEmbedder, make_article

from storyline.brief import BriefOptions, SummaryOptions, build_brief
from storyline.brief.summary import argues, opinion_piece

EDITORIAL = (
    "The Tarnby council had a long night on Tuesday, voting 7-4 to sell the old harbour pier to a ferry company.\n\n"
    "The question is what to do next, and in our judgment, the ferry company's promises are wildly unrealistic.\n\n"
    "Residents deserve a plan that can work."
)
COLUMN = (
    "Hiring a harbour master is a strange ritual in Tarnby.\n\n"
    "I argue that the interviews tell the council very little about how a candidate would run the port."
)
NEWS_QUOTES = (
    "The Tarnby council voted 7-4 on Tuesday to sell the old harbour pier to a ferry company.\n\n"
    '"I think this is the best deal we could get, and in my view the ferry will bring jobs," council chair Ola '
    'Merrin said. "We believe the pier will be busy again by spring."\n\n'
    "Merrin said she would argue for the sale at the next meeting. I think the ferry can save the pier, she added."
)
INTERVIEW = (
    "Pier owner Piet Vanner spoke about the sale.\n\n"
    "Q: Will the ferry save the pier?\n\n"
    "A: I think it will. In my view, the council had no choice.\n\n"
    "Q: And the residents?\n\n"
    "A: They will come round."
)
BLOCK_QUOTE = (
    "The ferry company posted a statement on Monday night. In the statement, its chief executive wrote:\n\n"
    "In our judgment the pier can carry 400 passengers a day within a year.\n\n"
    "The council will vote on the sale on Tuesday."
)


def test_a_piece_that_argues_in_its_own_words_is_opinion() -> None:
    assert argues(EDITORIAL) == "in our judgment"
    assert argues(COLUMN) == "I argue"
    assert opinion_piece("The pier deal is a gamble", EDITORIAL)
    assert opinion_piece(None, COLUMN)
    two_hedges = "I think the pier deal is a gamble.\n\nWe believe the council should wait a year before it sells."
    assert opinion_piece(None, two_hedges)


def test_a_report_quoting_first_person_words_stays_a_report() -> None:
    assert argues(NEWS_QUOTES) is None
    assert argues(INTERVIEW) is None
    assert argues(BLOCK_QUOTE) is None
    assert argues("I think the pier deal is a gamble. The council votes on Tuesday.") is None  # one hedge only
    assert opinion_piece("Tarnby sells pier", NEWS_QUOTES) is None


def test_an_editorial_is_a_voice_in_the_brief() -> None:
    news = "The Tarnby council voted 7-4 on Tuesday to sell the old harbour pier to a ferry company."
    a = make_article("a", "Tarnby sells pier", news)
    b = dataclasses.replace(make_article("b", "x", EDITORIAL), title="A pier deal built on hope")
    c = make_article("c", "Tarnby council sells pier", NEWS_QUOTES)
    brief = build_brief(
        [a, b, c],
        {},
        [],
        story="s1",
        embedder=HashEmbedder(),
        options=BriefOptions(summary=SummaryOptions(max_words=200)),
    )
    assert {x["id"]: x["kind"] for x in brief["articles"]} == {"a": "report", "b": "opinion", "c": "report"}
    assert all(s["article"] != "b" for f in brief["facts"] for s in f["sources"]), brief["facts"]
    assert all(c["article"] != "b" for s in brief["summary"] for c in s["citations"]), brief["summary"]
