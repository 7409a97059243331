"""A column that addresses the reader as "you" and tells them what to do or think is opinion, without a first-person
"I argue" (stop 52: PolNeAR huff-post commentary told as a report); a report that says "you" once, or reports what
someone should do, stays a report. All text invented."""

from __future__ import annotations

from storyline.brief.summary import opinion_piece, tells_reader

COMMENTARY = (
    "Lena Holt finished third in the Dell primary on Monday. Her campaign and much of the press will tell you that "
    "this means she was the real winner. Don't believe them.\n\n"
    "Ivo Marr won the primary. Piet Vanner finished second. Holt finished third.\n\n"
    "If you want to know who won, look at the count, not at the speeches."
)
WORRIED = (
    "The Farrow Party had a terrible night in Kessling on Saturday.\n\n"
    "Only 120,000 people voted in its primary, down 16 percent from four years ago, and you can see the scope of the "
    "problem in every county.\n\n"
    "Party leaders shouldn't be celebrating. Your turnout is your future, and it is falling."
)
EXPLAINER = (
    "The Dell council approved a new water rate on Tuesday that takes effect in March.\n\n"
    "What it means for you: a household that uses 10 cubic metres a month will pay about 4 euros more.\n\n"
    "Council member Ola Merrin said the city should have phased in the rate over two years."
)
REPORT_SHOULD = (
    "The Dell council voted 7-4 on Tuesday to sell the harbour pier.\n\n"
    "The ferry company should take over the pier by May, under the contract.\n\n"
    "Residents who want to object have until Friday."
)


def test_a_writer_who_tells_the_reader_what_to_think_is_opinion() -> None:
    assert tells_reader(COMMENTARY)
    assert tells_reader(WORRIED)
    why = opinion_piece("Don't let the press tell you Holt won", COMMENTARY)
    assert why and "tells the reader" in why, why
    assert opinion_piece("Farrow should be nervous about turnout", WORRIED)


def test_a_report_that_says_you_once_or_should_stays_a_report() -> None:
    assert tells_reader(EXPLAINER) is None  # "you" once, and "should" in what a council member said
    assert tells_reader(REPORT_SHOULD) is None  # "should" without the reader addressed
    assert opinion_piece("Dell raises water rate", EXPLAINER) is None
    assert opinion_piece("Dell sells pier", REPORT_SHOULD) is None


def test_a_commentary_is_an_opinion_piece_in_the_brief() -> None:
    from brief_helpers import HashEmbedder, make_article

    from storyline.brief import BriefOptions, SummaryOptions, build_brief

    news = "Ivo Marr won the Dell primary on Monday. Lena Holt finished third."
    a = make_article("a", "Marr wins Dell primary", news)
    b = make_article("b", "Don't let the press tell you Holt won", COMMENTARY)
    c = make_article("c", "Dell primary goes to Marr", "Ivo Marr won the Dell primary on Monday, ahead of Piet Vanner.")
    brief = build_brief(
        [a, b, c],
        {},
        [],
        story="s1",
        options=BriefOptions(summary=SummaryOptions(max_words=200)),
        embedder=HashEmbedder(),
    )
    assert {x["id"]: x["kind"] for x in brief["articles"]} == {"a": "report", "b": "opinion", "c": "report"}
    assert all(c["article"] != "b" for s in brief["summary"] for c in s["citations"]), brief["summary"]
