"""A fact is corroborated only when the sources say the same thing of the same people: two sentences that share
only their subject (a list of the same people, "the two previous winners") and say other things of it are two
claims, however close their embeddings; the same claim in other words stays one fact."""

from __future__ import annotations

from brief_helpers import linked_in_story

from storyline.align.align import _other_predicates

NAMES = {"Ardo": "p1", "Belk": "p2", "Cray": "p3", "Dunn": "p4", "Talvik": "g1", "Dorsa": "g2"}


def _linked(a: str, b: str, cos: float) -> bool:
    """Whether ``a`` and ``b`` (of two outlets, cosine ``cos``) are one fact in a story of ~100 sentences."""
    return linked_in_story(a, b, cos, NAMES)


def test_the_same_people_of_whom_two_outlets_say_other_things_are_two_facts() -> None:
    """audit (PolNeAR, stop 56): "The last two Republican winners, Huckabee in 2008 and ... Santorum in 2012, didn't end
    up as the nominee" / "the two previous winners in Iowa, ... Huckabee and ... Santorum, won just 3 percent between
    them" were one corroborated fact: their words in common ("two", "winners", the names and titles) are all the
    subject, and what each says of it ("did not end up as the nominee" / "won just 3 percent") shares nothing."""
    a = "The last two winners, Belk in 2008 and former Talvik senator Cray in 2012, did not end up as the nominee."
    b = "The two previous winners, former Dorsa governor Belk and former Talvik senator Cray, won just 3 percent between them."
    assert _other_predicates(a, b)
    assert not _linked(a, b, 0.74)


def test_a_list_of_the_same_people_is_no_claim_in_common() -> None:
    """The same people, listed as the subject of two other acts: what they did is the claim, not who they are."""
    a = "Senators Ardo, Belk and Cray met the union on Monday."
    b = "Ardo, Belk and Cray all voted against the bill."
    assert _other_predicates(a, b)
    assert not _linked(a, b, 0.7)
    a = "The three rebel senators, Ardo, Belk and Cray, met the union on Monday."
    b = "The three rebel senators, Ardo, Belk and Cray, all voted against the bill."
    assert _other_predicates(a, b)
    assert not _linked(a, b, 0.7)


def test_the_same_claim_in_other_words_stays_one_fact() -> None:
    """Guards: a word in common that is what a sentence claims ("primary", whose winner the other names as the one
    voters chose), or a predicate in common ("suspended his campaign"), keeps the pair one fact."""
    assert not _other_predicates("Ardo won the Talvik primary.", "Talvik primary voters chose Ardo.")
    assert _linked("Ardo won the Talvik primary.", "Talvik primary voters chose Ardo.", 0.72)
    a = "Ardo has more votes than Belk has, and the Talvik senator suspended his campaign on Tuesday night."
    b = "Talvik Sen. Ardo suspended his campaign after losing his home-state primary."
    assert not _other_predicates(a, b)
    assert _linked(a, b, 0.72)
    # the same subject, the same thing said of it
    a, b = "Ardo, Belk and Cray voted against the bill.", "Ardo, Belk and Cray all voted against the farm bill."
    assert not _other_predicates(a, b)
    assert _linked(a, b, 0.72)


def test_one_person_of_whom_two_outlets_tell_one_act_in_other_verbs_stays_one_fact() -> None:
    """Guard: of one person, two outlets tell the same act in other verbs ("died" / "passed away"), with nothing in
    common but the person and the day; only a subject of several people or things (a list, a count) is read as the
    subject of two claims."""
    a, b = "Justice Ardo died on Friday at her home in Talvik.", "Justice Ardo passed away on Friday, the court said."
    assert not _other_predicates(a, b)
    assert _linked(a, b, 0.77)
