"""Words the outlet sets in quotation marks are not its own charged terms, whatever the marks: straight single
marks, odd curly marks (“despicable“, ”despicable”), a quotation left open, one that runs across sentences (PolNeAR
audit5 repro 15). The outlet's own words beside them stay charged."""

from __future__ import annotations

import pytest

from storyline.brief.framing import charged_terms


def _terms(text: str) -> list[str]:
    return [t["term"] for t in charged_terms(text)]


@pytest.mark.parametrize(
    "text",
    [
        "From restraint, to 'blast the daylights' out of the rebels.",
        "Sen. Rina Koss posted that the rebels were “despicable“ on Sunday.",
        "The minister's ”despicable” plan drew 200 protesters to Varholm.",
        "Marchers in Varholm chanted “down with the despicable regime on the square.",
    ],
)
def test_words_in_odd_or_single_quotation_marks_are_not_the_outlets(text: str) -> None:
    assert _terms(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The reckless plan, which Ivo Holm called 'a fine idea', failed in May.",
        "The rebels' despicable raid on Holm's farm left the '90s barn in ruins.",
        "The rebels’ despicable raid on Holm’s farm left ten dead.",
        "We will go forward,” Holm said of the despicable plan, “a start.”",
        "The 6” pipe burst in a despicable show of neglect.",
    ],
)
def test_guard_the_outlets_own_words_beside_quotation_marks_stay_charged(text: str) -> None:
    assert _terms(text) != []


def _brief_of(*articles):  # type: ignore[no-untyped-def]
    from brief_helpers import HashEmbedder

    from storyline.brief import build_brief
    from storyline.extract import extract_articles

    arts = list(articles)
    extractions = {a.id: e for a, e in zip(arts, extract_articles(arts), strict=True)}
    return build_brief(arts, extractions, [], story="s1", embedder=HashEmbedder())


def test_the_briefs_charged_terms_leave_out_every_quoted_passage() -> None:
    """The deck's single-quoted words, a post's word in odd marks, and the middle sentence of a quotation that runs
    over three sentences (no mark of its own) are someone else's words; the outlet's "reckless" is its own."""
    from brief_helpers import make_article

    art = make_article(
        "n1",
        "Holm's new tone on the rebels",
        "From restraint, to 'blast the daylights' out of the rebels.\n\n"
        'Ivo Holm now vows to "blast the daylights" out of the rebels in the hills of Varholm.\n\n'
        "Sen. Rina Koss posted that the rebels were “despicable“ on Sunday.\n\n"
        "A banner over the square in Varholm read: “We will not wait. The rebels are vicious thugs. We go now.”\n\n"
        "The reckless plan will cost the province of Varholm 40 million crowns by the end of the year.",
        outlet="North Ledger",
    )
    terms = [t["term"] for t in _brief_of(art)["framing"][0]["charged_terms"]]
    assert not any(w in t for t in terms for w in ("blast", "despicable", "thugs", "vicious"))
    assert any("reckless" in t for t in terms)
