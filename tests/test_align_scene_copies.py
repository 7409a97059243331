"""What a sentence's claim is set after is no claim it shares; "He" of a man named with "Jr." is that man; a copy of
a conflict's side is on that side too (invented texts)."""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
from brief_helpers import HashEmbedder, make_article

from storyline.align.align import aside_words, fact_threshold, pair_matrices
from storyline.align.claims import Claim, find_figures
from storyline.brief import build_brief


def _links(texts: list[str]) -> np.ndarray:
    """The link evidence of sentences of one article each, all alike in meaning (cosine 1): only the words and the
    rules tell them apart."""
    claims = [Claim(k, f"a{k}", 0, len(t), t, 0, figures=tuple(find_figures(t))) for k, t in enumerate(texts)]
    vectors = np.full((len(claims), 8), 1.0 / np.sqrt(8))
    return pair_matrices(claims, vectors, {c.article: c.article for c in claims})[1]


def _brief(*articles: tuple[str, str, str], groups: dict[str, str] | None = None) -> dict[str, Any]:
    """The brief of ``(id, outlet, body)`` articles of one day, with their extractions."""
    from storyline.extract import extract_articles

    arts = [
        dataclasses.replace(make_article(aid, "Corvane pharmacy", body, outlet=outlet), published="2031-05-06")
        for aid, outlet, body in articles
    ]
    extractions = {a.id: e for a, e in zip(arts, extract_articles(arts), strict=True)}
    return build_brief(arts, extractions, [], story="s", groups=groups, embedder=HashEmbedder())


CHARGE = "A woman has been charged with burglary after a break-in at the Corvane pharmacy in Lessby."


def test_an_event_a_claim_is_set_after_is_said_in_passing() -> None:
    """ "after a break-in at the pharmacy" (a noun or a clause, after the claim's verb or before it) sets the charge
    after the break-in: the break-in is said in passing, the charge is the claim. A place or a role after the verb
    ("at the pharmacy", "as manager") is part of the claim."""
    assert {"break-in", "pharmacy"} <= aside_words(CHARGE)
    assert "burglary" not in aside_words(CHARGE) and "charged" not in aside_words(CHARGE)
    assert {"fire", "broke"} <= aside_words("Two people died when a fire broke out at the Lessby depot.")
    assert "crash" in aside_words("Following the crash, police closed the Tessel road.")
    assert not aside_words("A woman stole cash at the Corvane pharmacy in Lessby.") & {"cash", "pharmacy"}
    assert "manager" not in aside_words("Ines Varga was named as manager of the Corvane pharmacy.")


def test_a_charge_is_no_fact_of_the_reports_that_only_tell_the_event_it_follows() -> None:
    """Three outlets report a break-in, one that a woman was charged after it: however alike in meaning, the reports of
    the break-in are no sources of the charge (a fact-checker would read "4 outlets" beside an accusation). Two
    wordings of the charge ("charged with burglary" / "faces a burglary charge") still state one fact."""
    link = _links(
        [
            CHARGE,
            "A break-in at the Corvane pharmacy in Lessby left the shop badly damaged.",
            "Thieves broke into the Corvane pharmacy in Lessby overnight, causing a break-in alarm.",
            "A Lessby woman faces a burglary charge over the break-in at the Corvane pharmacy.",
        ]
    )
    assert link[0, 1] == 0.0 and link[0, 2] == 0.0
    assert link[0, 3] > 1.0  # the charge told in other words: cosine and the words of the charge
    assert link[1, 2] >= fact_threshold(4)  # the break-in itself, in two reports


def test_a_count_both_give_is_a_claim_they_share() -> None:
    """ "Nine people were hurt when the bus overturned" claims the injured; "The bus overturned, injuring 9 passengers"
    gives the same count in its claim: one fact, though all their words in common are in the first one's "when"
    clause."""
    link = _links(
        [
            "Nine people were hurt when the Tarn Rose bus overturned near Lessby on Monday.",
            "The Tarn Rose bus overturned near Lessby on Monday, injuring 9 passengers.",
        ]
    )
    assert link[0, 1] > 1.0


def test_he_of_a_man_named_with_jr_is_that_man() -> None:
    """One wire sentence in two outlets, one opening "Penn was given ...", the other "He was given ..." after it named
    "Arlo James Penn Jr.": one fact of both outlets, not two single-source facts ("Jr." is no surname of another
    man)."""
    sentence = "was given two more prison terms after being convicted {} robbing a bank in Tessel in 2019."
    brief = _brief(
        ("a", "Kessel Ledger", "Penn " + sentence.format("for") + "\n\nHe escaped from a van on Friday."),
        (
            "b",
            "Varn Post",
            "Arlo James Penn Jr. was caught in Dunmore on Monday.\n\nHe " + sentence.format("of") + "\n",
        ),
    )
    facts = [f for f in brief["facts"] if "prison terms" in f["text"]]
    assert len(facts) == 1 and {s["article"] for s in facts[0]["sources"]} == {"a", "b"}


def test_a_copy_of_a_side_of_the_facts_conflict_is_on_that_side() -> None:
    """The wire's "2 km" and its verbatim copy in another outlet (one syndication group) against two outlets' "3 km":
    the conflict takes the wire's sentence as its side, and the copy, which says the same, is against the fact worded
    "3 km" too, not one of its sources (the same text on both sides)."""
    wire = "Police told residents living within 2 km of the Lessby depot to leave their homes overnight."
    other = "Police told residents living within 3 km of the Lessby depot to leave their homes overnight."
    brief = _brief(
        ("a", "Northland Wire", wire),
        ("b", "Eastcoast Herald", wire),
        ("c", "Kessel Ledger", other),
        ("d", "Varn Post", other),
        groups={"a": "g1", "b": "g1", "c": "c", "d": "d"},
    )
    [fact] = [f for f in brief["facts"] if "km" in f["text"]]
    assert "3 km" in fact["text"] and fact["conflicts"]
    assert sorted(s["article"] for s in fact["sources"]) == ["c", "d"]
    assert sorted(s["article"] for s in fact["against"]) == ["a", "b"]
