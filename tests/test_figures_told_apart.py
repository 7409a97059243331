"""Figures of one thing told by different sources or on different days (invented texts): a same-day dispute stays a
dispute inside a later revision, different numbers never corroborate each other, counts attributed to two sources
disagree, and an ordinal ("a ninth person has died") is no support for an earlier toll."""

from __future__ import annotations

import dataclasses

from brief_helpers import HashEmbedder, make_article

from storyline.brief import build_brief


def _brief(articles):
    return build_brief(articles, {}, [], story="s1", embedder=HashEmbedder())


def _article(aid: str, day: str | None, outlet: str, body: str):
    return dataclasses.replace(make_article(aid, "Tollenby stand collapse", body, outlet=outlet), published=day)


def test_a_same_day_dispute_stays_a_dispute_inside_a_later_revision() -> None:
    """Police give three dead and the Marlow Infirmary four, both on the 3rd; on the 4th police say five have now died:
    five revises both, and the detail still says the reports of the 3rd disagreed (3 vs 4)."""
    told = [
        ("a", "2031-05-03", "Corvath Wire", "Three people were killed when a stand collapsed at Tollenby stadium on Friday, police said on Saturday."),
        ("b", "2031-05-03", "Ostmere Ledger", "Four people were killed when a stand collapsed at Tollenby stadium on Friday, the Marlow Infirmary said on Saturday."),
        ("c", "2031-05-04", "Fennick Radio", "Five people have now died after a stand collapsed at Tollenby stadium on Friday, police said on Sunday."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert conflict["topic"] == "people: 3 vs 4 vs 5", conflict["topic"]
    assert "superseded, not disputed" in conflict["detail"], conflict["detail"]
    assert conflict["detail"].endswith("; on 2031-05-03 the reports disagreed (3 vs 4)"), conflict["detail"]


def test_one_earlier_figure_revised_names_no_dispute() -> None:
    """Guard: three dead told by two outlets on the 3rd, five on the 4th: a revision, no dispute of the 3rd."""
    told = [
        ("a", "2031-05-03", "Corvath Wire", "Three people were killed when a stand collapsed at Tollenby stadium on Friday, police said on Saturday."),
        ("b", "2031-05-03", "Ostmere Ledger", "Three people were killed when a stand collapsed at Tollenby stadium on Friday, the Marlow Infirmary said on Saturday."),
        ("c", "2031-05-04", "Fennick Radio", "Five people have now died after a stand collapsed at Tollenby stadium on Friday, police said on Sunday."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert "superseded, not disputed" in conflict["detail"], conflict["detail"]
    assert "disagreed" not in conflict["detail"], conflict["detail"]
