"""A quote its attribution interrupts (invented text): the words a reader sees as the quote leave the attribution out.
A direct quotation split by it ('"A," said X, "B."') has its quoted pieces as ``parts``; so has a reported clause
('The good news for Quist, Lars Wollen said, is that ...'): the words before and after "Lars Wollen said", which the
Markdown and HTML ledgers show joined by " … ". Guards: a clause the attribution does not cut has no parts, nor one
cut only by the time of saying; a report quoting a speaker's words keeps the quoted piece as its part."""

from __future__ import annotations

import pytest

from storyline.brief import render_html, render_markdown

HEAD = "Varos campaign notes\n\nBy Staff Writer | 4 February 2026\n\n"


def _quotes(*sentences: str) -> list[tuple[str, str, list[str]]]:
    """(kind, text, part texts) of every quote-ledger row of a one-paragraph-per-sentence article."""
    from storyline.brief.quotes import quote_ledger
    from storyline.extract import extract_articles
    from storyline.ingest.pipeline import build_article
    from storyline.ingest.records import Draft
    from storyline.models import Article

    text = HEAD + "\n\n".join(sentences) + "\n"
    art = build_article(Draft(source="t.txt", original=text, fmt="text"))
    assert isinstance(art, Article)
    rows = quote_ledger([q for ex in extract_articles([art]) for q in ex.quotes], {art.id: art})
    for r in rows:
        for p in r["parts"]:
            assert text[p["start"] : p["end"]] == p["text"]
    return [(r["kind"], r["text"], [p["text"] for p in r["parts"]]) for r in rows]


@pytest.mark.slow
def test_a_reported_clause_its_attribution_interrupts_has_the_words_around_it_as_parts() -> None:
    rows = _quotes(
        "The good news for Quist, Lars Wollen said, is that as the co-front-runner she will draw a crowd of reporters."
    )
    assert rows == [
        (
            "indirect",
            "The good news for Quist, Lars Wollen said, is that as the co-front-runner she will draw a crowd of "
            "reporters",
            ["The good news for Quist", "is that as the co-front-runner she will draw a crowd of reporters"],
        )
    ]
    split = _quotes("“She is too far behind,” said a Varos Democrat, “and Dell was not a decisive win.”")
    assert [p for _k, _t, p in split] == [["“She is too far behind,”", "“and Dell was not a decisive win.”"]]


@pytest.mark.slow
def test_a_clause_the_attribution_does_not_cut_has_no_parts() -> None:
    """Guards: the attribution before or after the clause; a report quoting the speaker's words keeps the quoted
    piece as its part (and no attribution in it)."""
    for sentence in (
        "Lars Wollen said the good news for Quist is that she will draw a crowd of reporters.",
        "The good news for Quist is that she will draw a crowd of reporters, Lars Wollen said.",
    ):
        rows = _quotes(sentence)
        assert [(k, p) for k, _t, p in rows] == [("indirect", [])], sentence
    quoting = _quotes("Lars Wollen said the Dell result was “a wake-up call for the whole Quist campaign” on Monday.")
    assert all("Wollen" not in part for _k, _t, parts in quoting for part in parts)


def test_the_ledgers_show_an_interrupted_clause_without_its_attribution() -> None:
    from storyline.brief import BriefOptions, build_brief
    from storyline.models import ArticleExtraction, Quote, Span
    from tests.brief_helpers import HashEmbedder, make_article

    body = (
        "The good news for Quist, Lars Wollen said, is that as the co-front-runner she will draw a crowd of "
        "reporters. Volunteers in Dell handed out leaflets on Sunday."
    )
    art = make_article("a", "Quist draws a crowd", body, outlet="Capitol Page")

    def span(piece: str) -> Span:
        s = art.original.index(piece)
        return Span("a", s, s + len(piece), piece)

    clause = (
        "The good news for Quist, Lars Wollen said, is that as the co-front-runner she will draw a crowd of reporters"
    )
    pieces = ("The good news for Quist", "is that as the co-front-runner she will draw a crowd of reporters")
    quote = Quote(
        "a", "indirect", span(clause), span("Lars Wollen"), "Lars Wollen", span("said"), tuple(map(span, pieces))
    )
    brief = build_brief(
        [art],
        {"a": ArticleExtraction("a", quotes=[quote])},
        [],
        story="s1",
        embedder=HashEmbedder(),
        options=BriefOptions(),
    )
    [row] = brief["quotes"]
    assert row["text"] == clause and [p["text"] for p in row["parts"]] == list(pieces)
    shown = "The good news for Quist … is that as the co-front-runner she will draw a crowd of reporters"
    md, html = render_markdown(brief), render_html(brief)
    for ledger in (md[md.index("## Quotes") : md.index("## Timeline")], html[html.index("<h2>Quotes") :]):
        ledger = ledger[: ledger.index("</ul>")] if ledger.startswith("<h2>") else ledger
        assert shown in ledger and "Lars Wollen said, is" not in ledger


def test_a_clause_cut_by_its_attribution_is_no_quotation_of_the_speakers_words() -> None:
    """A direct quotation and another outlet's report in other words, which its attribution cuts, stay two rows: the
    report quotes none of the speaker's words (its pieces are no quotation), as when it has no parts."""
    import numpy as np

    from storyline.brief.quotes import link_wordings
    from tests.brief_helpers import ledger_row

    said = "“The good news for Quist is that she will draw a crowd of reporters in Dell and in Varos.”"
    told = "The good news for Quist, Lars Wollen said, is that she will draw a crowd of reporters in Dell and Varos"
    pieces = ["The good news for Quist", "is that she will draw a crowd of reporters in Dell and Varos"]

    def alike(texts: list[str], **_: object) -> np.ndarray:
        return np.ones((len(texts), 4), dtype=np.float32) / 2.0

    rows = [ledger_row("a", "Lars Wollen", said), ledger_row("b", "Lars Wollen", told, "indirect", parts=pieces)]
    assert len(link_wordings(rows, alike)) == 2
    quoting = ledger_row("b", "Lars Wollen", f"Wollen said {said}", "indirect", parts=[said])  # guard: his words
    assert len(link_wordings([ledger_row("a", "Lars Wollen", said), quoting], alike)) == 1
