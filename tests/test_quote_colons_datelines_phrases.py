"""Quotes and speakers (invented text): a report that quotes a phrase is shown whole in the ledgers; a name with a
participle phrase before a colon speaks the quotation after it; a wire's dateline is never a speaker; "X was said by
officials to have ..." is no quote of the officials' words."""

from __future__ import annotations

import pytest

from storyline.brief import render_html, render_markdown

HEAD = "Cheese talks in Brenn\n\nBy Ode Brask | Pellwick Times | 12 March 2026\n\n"


def _ledgers(body: str, quotes: list[tuple[str, str, str, str, tuple[str, ...]]]) -> tuple[str, str]:
    """The Markdown and HTML quote ledgers of a one-article brief with the given (kind, content, speaker, cue,
    parts) quotes."""
    from storyline.brief import BriefOptions, build_brief
    from storyline.models import ArticleExtraction, Quote, Span
    from tests.brief_helpers import HashEmbedder, make_article

    art = make_article("a", "Cheese talks in Brenn", body, outlet="Pellwick Times")

    def span(piece: str) -> Span:
        s = art.original.index(piece)
        return Span("a", s, s + len(piece), piece)

    rows = [
        Quote("a", kind, span(content), span(who), who, span(cue), tuple(map(span, parts)))
        for kind, content, who, cue, parts in quotes
    ]
    brief = build_brief(
        [art],
        {"a": ArticleExtraction("a", quotes=rows)},
        [],
        story="s1",
        embedder=HashEmbedder(),
        options=BriefOptions(),
    )
    md, html = render_markdown(brief), render_html(brief)
    html = html[html.index("<h2>Quotes") :]
    return md[md.index("## Quotes") : md.index("## Timeline")], html[: html.index("</ul>")]


def test_a_report_quoting_a_phrase_is_shown_whole_with_the_phrase_in_its_marks() -> None:
    clause = 'drafts were exchanged "every hour" and that none of them bound the government'
    body = f"Tobin Rask, Tarnland's chief negotiator, said {clause}. Volunteers handed out leaflets."
    md, html = _ledgers(body, [("indirect", clause, "Tobin Rask", "said", ('"every hour"',))])
    assert 'drafts were exchanged "every hour" and that none of them bound the government' in md
    assert "drafts were exchanged &#34;every hour&#34; and that none of them bound the government" in html
    assert '_said_: "every hour"' not in md


def test_the_ledgers_still_show_quoted_pieces_and_an_interrupted_clauses_pieces() -> None:
    """Guards: a direct quotation split by its attribution, and a reported clause it interrupts, show their pieces."""
    body = (
        '"We are close," Sella Vorn said, "very close." The good news for Brenn, Tobin Rask said, is that the '
        "cheese will be cheaper."
    )
    md, html = _ledgers(
        body,
        [
            ("direct", '"We are close," Sella Vorn said, "very close."', "Sella Vorn", "said",
             ('"We are close,"', '"very close."')),
            ("indirect", "The good news for Brenn, Tobin Rask said, is that the cheese will be cheaper", "Tobin Rask",
             "said", ("The good news for Brenn", "is that the cheese will be cheaper")),
        ],
    )  # fmt: skip
    for ledger in (md, html.replace("&#34;", '"')):
        assert '"We are close," … "very close."' in ledger
        assert "The good news for Brenn … is that the cheese will be cheaper" in ledger
        assert "Sella Vorn said" not in ledger and "Tobin Rask said" not in ledger
