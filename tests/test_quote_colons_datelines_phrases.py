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


def _rows(*paragraphs: str) -> list[tuple[str | None, str, str | None, str]]:
    """(speaker name, kind, cue, content) of every quote of a one-paragraph-per-item article."""
    from storyline.extract import extract_articles
    from storyline.extract.pipeline import article_from_text

    text = HEAD + "\n\n".join(paragraphs) + "\n"
    [ex] = extract_articles([article_from_text(text, "t.txt")])
    return [(q.speaker_entity, q.kind, q.cue.text if q.cue else None, q.content.text) for q in ex.quotes]


@pytest.mark.slow
def test_a_name_and_a_participle_phrase_before_a_colon_speak_the_quotation() -> None:
    rows = _rows(
        "Talks between Tarnland and Ostmark resumed in Brenn on Thursday.",
        'Ostmark\'s trade minister Sella Vorn, leaving a break: "We are close. Very close."',
        'Later, Vorn told reporters: "The deal is done."',
    )
    assert [(who, text) for who, _k, _c, text in rows] == [
        ("Sella Vorn", '"We are close. Very close."'),
        ("Sella Vorn", '"The deal is done."'),
    ]
    blog = _rows(
        "09:12 - The Tarnland delegation has arrived. Trade minister Tobin Rask did not stop to speak to reporters.",
        '11:40 - Rask, leaving a break: "We are close. Very close."',
    )
    assert [(who, text) for who, _k, _c, text in blog] == [("Tobin Rask", '"We are close. Very close."')]


@pytest.mark.slow
def test_a_colon_after_no_name_gives_the_quotation_no_speaker() -> None:
    """Guards: a heading's colon, a colon after a thing's noun phrase (with a participle phrase too), a colon after
    a copula."""
    for line in (
        'Three things: "Cheese, milk and butter at a lower price."',
        'Ostmark\'s cheese exports, rising since May: "A record year for the dairies of the north."',
        'The message was clear: "No deal without a lower tariff on cheese."',
    ):
        rows = _rows("Talks between Tarnland and Ostmark resumed in Brenn on Thursday.", line)
        assert [who for who, _k, _c, _t in rows] == [None], line


@pytest.mark.slow
def test_a_wires_dateline_is_never_the_speaker_and_a_joint_subject_speaks_whole() -> None:
    deal = "a trade deal on Thursday under which Tarnland will cut its tariff on Ostmark cheese to 10 percent"
    for dateline in ("BRENN, Mar 12 (Brenn Wire) - ", "BRENN (Brenn Wire) - "):
        rows = _rows(
            f"{dateline}Tarnland and Ostmark announced {deal} next month.",
            "Ostmark's trade minister Sella Vorn said the deal protected thousands of jobs.",
        )
        assert rows[0][:2] == ("Tarnland and Ostmark", "indirect"), dateline
        assert rows[1][0] == "Sella Vorn"
    one = _rows(f"BRENN, Mar 12 (Brenn Wire) - The Tarnland Dairy Board announced {deal}.")
    assert one[0][0] is not None and "Mar" not in one[0][0] and "Wire" not in one[0][0]


@pytest.mark.slow
def test_two_names_of_a_phrase_that_goes_on_are_not_a_joint_speaker() -> None:
    """Guards: "Tarnland and Ostmark officials" is no speaker named "Tarnland and Ostmark", nor one of them; nor the
    end of a list of places the subject's phrase names ("farmers in Brenn, Tarnland and Ostmark")."""
    rows = _rows("Tarnland and Ostmark officials announced a trade deal on cheese on Thursday in Brenn.")
    assert [who for who, _k, _c, _t in rows] == [None]
    listed = _rows("Most dairy farmers in Brenn, Tarnland and Ostmark said they felt betrayed by the cheese deal.")
    assert "Tarnland and Ostmark" not in [who for who, _k, _c, _t in listed]


@pytest.mark.slow
def test_what_someone_is_said_by_others_to_have_done_is_no_quote() -> None:
    rows = _rows(
        "Ostmark's chief negotiator Sella Vorn was said by Brenn officials to have asked for the meeting herself.",
        "Tobin Rask is said to have asked for a second round of talks.",
        "Vorn denied a report in the Tarnland press that she had declared the negotiations over.",
    )
    assert ("Sella Vorn", "denied") in [(who, cue) for who, _k, cue, _t in rows]
    assert not any(cue == "asked" or text.startswith("for ") for _w, _k, cue, text in rows)


@pytest.mark.slow
def test_officials_saying_what_someone_did_and_a_question_put_by_reporters_stay() -> None:
    """Guards: the plain report of the same act, and a passive question with its askers."""
    rows = _rows(
        "Brenn officials said Sella Vorn had asked for the meeting herself.",
        "Tobin Rask was asked by reporters whether the cheese tariff would fall.",
    )
    assert [(k, c, t) for _w, k, c, t in rows] == [
        ("indirect", "said", "Sella Vorn had asked for the meeting herself"),
        ("indirect", "asked", "whether the cheese tariff would fall"),
    ]
