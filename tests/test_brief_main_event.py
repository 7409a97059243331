"""The headline and the summary tell the story's main event (stop 52, PolNeAR audit6: side pieces' titles as
headlines, decks and teasers in the summary while the result most sources report was missing). All text invented."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
from brief_helpers import make_article

from storyline.brief.summary import choose_headline, decks, fact_coverage, points_back


def _fact(sources: int, *claims: SimpleNamespace) -> SimpleNamespace:
    return SimpleNamespace(independent_sources=sources, claims=list(claims), against=set())


def _claim(article: str, start: int = 0, end: int = 10) -> SimpleNamespace:
    return SimpleNamespace(article=article, start=start, end=end)


TITLES = [
    ("r1", "Holm wins the Dell primary by 22 points"),
    ("r2", "Dell voters hand Holm a big win"),
    ("s1", "Holm got more votes in Dell than Brandt got in Varos"),  # a side piece's angle
]


def _headline(coverage: dict[str, float] | None, titles: list[tuple[str, str]] = TITLES) -> str:
    articles = [make_article(i, t, f"{t}. The count ended on Wednesday.", outlet=f"Outlet {i}") for i, t in titles]
    # title vectors: the side piece's title lies between the two reports' titles, the closest to both
    raw = [np.array([1.0, 0.3, 0.0]), np.array([0.3, 1.0, 0.0]), np.array([0.5, 0.5, 0.4])]
    vecs = np.array([v / np.linalg.norm(v) for v in raw])
    al = SimpleNamespace(vectors=vecs, groups={x.id: x.id for x in articles}, conflicts=[])
    return choose_headline(articles, vecs, al, coverage=coverage)["text"]  # type: ignore[arg-type,index]


def test_the_headline_is_the_title_of_a_piece_on_what_most_sources_report() -> None:
    # the reports tell the corroborated facts (the result, the margin, the turnout), the side piece one of them
    al = SimpleNamespace(
        facts=[
            _fact(3, _claim("r1"), _claim("r2"), _claim("x1")),  # Holm won (and a third outlet's report)
            _fact(2, _claim("r1", 20, 30), _claim("r2", 20, 30)),  # by 22 points
            _fact(2, _claim("r2", 40, 50), _claim("s1")),  # turnout
            _fact(1, _claim("s1", 20, 30)),  # the side piece's own comparison
        ]
    )
    coverage = fact_coverage(al)  # type: ignore[arg-type]
    assert coverage == {"r1": 0.75, "r2": 1.0, "x1": 0.5, "s1": 0.25}
    assert _headline(None) == "Holm got more votes in Dell than Brandt got in Varos"  # closest to the others
    assert _headline(coverage) in {"Holm wins the Dell primary by 22 points", "Dell voters hand Holm a big win"}


def test_a_live_blogs_running_title_names_one_entry_not_the_story() -> None:
    live = [(i, "The Latest: " + t if i == "s1" else t) for i, t in TITLES]
    assert _headline(None, live) in {"Holm wins the Dell primary by 22 points", "Dell voters hand Holm a big win"}
    # guard: a title that only has a colon ("Dell: Holm wins") is no live page
    colon = [(i, "Dell vote: " + t if i == "s1" else t) for i, t in TITLES]
    assert _headline(None, colon).startswith("Dell vote: ")


def test_guard_with_no_corroborated_fact_the_most_central_title_stays() -> None:
    assert fact_coverage(SimpleNamespace(facts=[_fact(1, _claim("r1"))])) == {}  # type: ignore[arg-type]
    assert _headline({}) == "Holm got more votes in Dell than Brandt got in Varos"
    assert _headline(None) == "Holm got more votes in Dell than Brandt got in Varos"


def _article(text: str, aid: str = "a"):  # type: ignore[no-untyped-def]
    title = text.split("\n", 1)[0].rstrip("; ")
    return replace(make_article(aid, title, ""), original=text, text=text, title_span=(0, len(title)))


def _deck_texts(text: str) -> list[str]:
    art = _article(text)
    starts = [m.start() for m in __import__("re").finditer(r"[^\n]+", text)]
    claims = [
        SimpleNamespace(article="a", start=s, end=text.find("\n", s) if text.find("\n", s) >= 0 else len(text))
        for s in starts
    ]
    al = SimpleNamespace(claims=claims)
    return [text[claims[i].start : claims[i].end] for i in sorted(decks([art], al))]  # type: ignore[arg-type]


def test_a_deck_under_the_title_is_found() -> None:
    # the print style: the deck's line right under the title's, no blank line between
    text = (
        "Crucial wins for Holm and Brandt in Dell; \nMogul reclaims control of the race, while Varga's streak ends.\n\n"
        "Ivo Holm and Lena Brandt won the Dell primaries on Tuesday."
    )
    assert _deck_texts(text) == ["Mogul reclaims control of the race, while Varga's streak ends."]
    # a one-line paragraph between the title and a lead that opens with a dateline
    text = (
        "Brandt team quietly lining up long plan.\n\nAfter Dell and Varos, the strategy is to swamp Holm in May.\n\n"
        "KESSLING - Despite her hurdles in Dell, Lena Brandt has been expanding her networks in later states."
    )
    assert _deck_texts(text) == ["After Dell and Varos, the strategy is to swamp Holm in May."]


def test_guard_a_lead_after_a_blank_line_is_no_deck() -> None:
    text = "Holm wins Dell primary.\n\nIvo Holm won the Dell primary on Tuesday.\n\nTurnout was 61 percent."
    assert _deck_texts(text) == []
    # no dateline below: the first paragraph is the lead
    text = "Holm wins Dell primary.\n\nIvo Holm won the Dell primary.\n\nBrandt conceded.\n\nKESSLING - More soon."
    assert _deck_texts(text) == []


def test_by_contrast_inside_a_sentence_points_back() -> None:
    assert points_back("Republican turnout in the Dell primary, by contrast, was up more than 70 percent.")
    assert points_back("Turnout in Varos, on the other hand, fell.")
    assert not points_back("In contrast to last year, turnout in Dell was up 70 percent.")
    assert not points_back("Turnout in Dell was up 70 percent, in contrast with Varos.")


def test_a_sentence_of_what_more_sources_report_scores_higher() -> None:
    """The result three outlets report outscores one outlet's side detail that the sources echo as much (its names
    and place in the other sentences), so the summary states the result first."""
    from storyline.align.claims import Claim
    from storyline.brief.summary import SummaryOptions, sentence_scores

    texts = [
        "Holm drew more votes in Dell on Tuesday than Brandt drew in Varos.",  # a side piece's angle
        "Ivo Holm won the Dell primary on Tuesday by 22 points over Lena Brandt.",  # the result
    ]
    claims = [Claim(k, "ab"[k], 0, len(t), t, 0) for k, t in enumerate(texts)]
    al = SimpleNamespace(
        claims=claims, vectors=np.eye(2), centrality=np.array([0.8, 0.75]), groups={"a": "a", "b": "b"}
    )
    told = {id(claims[1]): 3, id(claims[0]): 1}
    side, result = sentence_scores(al, np.zeros((0, 2)), SummaryOptions(lexical=0.0), told_by=told)  # type: ignore[arg-type]
    assert result > side
    # guard: as many sources for each, the more central stays ahead
    even = {id(claims[1]): 1, id(claims[0]): 1}
    side, result = sentence_scores(al, np.zeros((0, 2)), SummaryOptions(lexical=0.0), told_by=even)  # type: ignore[arg-type]
    assert side > result
