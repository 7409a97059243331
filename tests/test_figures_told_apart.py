"""Figures of one thing told by different sources or on different days (invented texts): a same-day dispute stays a
dispute inside a later revision, different numbers never corroborate each other, counts attributed to two sources
disagree, and an ordinal ("a ninth person has died") is no support for an earlier toll."""

from __future__ import annotations

import dataclasses

from brief_helpers import HashEmbedder, make_article

from storyline.align.claims import Claim, find_figures
from storyline.brief import build_brief


def _brief(articles):
    return build_brief(articles, {}, [], story="s1", embedder=HashEmbedder())


def _claim(k: int, text: str) -> Claim:
    return Claim(k, "ab"[k], 0, len(text), text, 0, figures=tuple(find_figures(text)))


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


def test_counts_of_the_same_people_in_other_words_never_corroborate() -> None:
    """ "Seven of the injured remain in a serious condition" (the 3rd) and "Three patients remain in a serious
    condition" (the 4th): one count of one group, two numbers; not one corroborated fact but a conflict, a day apart."""
    told = [
        ("a", "2031-05-03", "Ostmere Ledger", 'The Marlow Infirmary said it had admitted 26 people from Tollenby stadium. "Seven of the injured remain in a serious condition," infirmary spokesman Dr. Anselm Brucq said.'),
        ("b", "2031-05-04", "Fennick Radio", "The Marlow Infirmary said 31 people from Tollenby stadium had been admitted there. Three patients remain in a serious condition, spokesman Dr. Anselm Brucq said."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    topics = {c["topic"]: c["detail"] for c in brief["conflicts"]}
    assert "people: 3 patients vs 7 injured" in topics, topics
    assert "1 day apart" in topics["people: 3 patients vs 7 injured"]
    serious = [f for f in brief["facts"] if "serious condition" in f["text"]]
    assert serious and all(f["status"] != "corroborated" for f in serious), serious


def test_the_same_count_in_other_words_still_corroborates() -> None:
    """Guard: "Seven of the injured remain ..." and "Seven patients remain ...": the same number, corroboration; and
    counts for other verbs ("Three patients were discharged") are no dispute of it."""
    told = [
        ("a", "2031-05-03", "Ostmere Ledger", '"Seven of the injured remain in a serious condition," infirmary spokesman Dr. Anselm Brucq said.'),
        ("b", "2031-05-03", "Fennick Radio", "Seven patients remain in a serious condition, spokesman Dr. Anselm Brucq said."),
    ]  # fmt: skip
    brief = _brief([_article(k, d, o, t) for k, d, o, t in told])
    assert not [c for c in brief["conflicts"] if c["kind"] == "figure"], brief["conflicts"]
    (fact,) = [f for f in brief["facts"] if "serious condition" in f["text"]]
    assert fact["status"] == "corroborated"
    from storyline.align.align import _one_count_of_people

    a, b = (
        _claim(k, t)
        for k, t in enumerate(
            ("Seven of the injured remain in a serious condition.", "Three patients were discharged on Sunday.")
        )
    )
    assert _one_count_of_people(a, b) is None
    b = _claim(1, "Another three patients remain in a serious condition.")
    assert _one_count_of_people(a, b) is None
