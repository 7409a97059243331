"""A clause after the main verb that gives the time of the sentence's claim ("..., after dockers seized a grain ship")
is said in passing, as one before it is: a sentence that shares only that clause's words with another tells another
event, and is no source of it. The same event told in its main clause stays one fact."""

from __future__ import annotations

from brief_helpers import linked_in_story

from storyline.align.align import aside_words

NAMES = {"Varga": "p1", "Dask": "p2", "Brenmoor": "g1", "Kestrel United": "o1", "Harbour Rovers": "o2"}


def _linked(a: str, b: str, cos: float) -> bool:
    """Whether ``a`` and ``b`` (of two outlets, cosine ``cos``) are one fact in a story of ~100 sentences."""
    return linked_in_story(a, b, cos, NAMES)


def test_an_event_told_only_as_the_time_of_another_is_no_source_of_it() -> None:
    """audit (NeuS val): "Trump called off military strikes ... after Iranians shot down a U.S. surveillance drone" was
    a source of a commander's words on the downing of the drone: its claim is the strikes called off."""
    a = "Mayor Varga called off the harbour strike after dockers seized a grain ship at the Brenmoor quay."
    b = "Dockers seized a grain ship at the Brenmoor quay on Tuesday, the port said."
    assert {"seized", "grain", "ship"} <= aside_words(a)
    assert not _linked(a, b, 0.72)


def test_a_trailing_participle_of_time_is_said_in_passing() -> None:
    """Of "after bringing four more pupils out" what the sentence claims is that the rescue stopped for the day."""
    a = "Rescuers stopped work for the day after bringing four more pupils out of the flooded mine."
    b = "Four more pupils were brought out of the flooded mine, the rescue team said."
    assert {"bringing", "pupil", "flooded", "mine"} <= aside_words(a)
    assert not _linked(a, b, 0.74)


def test_the_event_told_in_both_main_clauses_stays_one_fact() -> None:
    """Guard: the time clause is no claim, but the main clauses tell one seizure."""
    a = "Dockers seized a grain ship at the Brenmoor quay after the talks with Mayor Varga collapsed."
    b = "Dockers seized a grain ship at the Brenmoor quay on Tuesday, the port said."
    assert _linked(a, b, 0.72)


def test_the_claim_itself_is_never_said_in_passing() -> None:
    """Guard: an event the claim is set after ("after the vote") is background (align-a10's rule, merged with this
    one), but the claim's own words, who did what, never are; a sentence with no such clause has none."""
    words = aside_words("Councillor Dask resigned after the vote on the harbour plan.")
    assert "vote" in words and not words & {"dask", "resigned", "resign", "councillor"}
    assert not aside_words("Councillor Dask resigned on Tuesday.")


def test_one_match_told_from_its_two_sides_stays_one_fact() -> None:
    """Guard: "A beat B 3-1" / "B lost 1-3 to A" tell one result."""
    a = "Kestrel United beat Harbour Rovers 3-1 at the Brenmoor ground on Saturday."
    b = "Harbour Rovers lost 1-3 to Kestrel United at the Brenmoor ground on Saturday."
    assert _linked(a, b, 0.85)


def test_what_a_sentence_of_occurrence_is_set_after_is_its_news() -> None:
    """Seed regression (EXPECTED: the Security Council's sanctions, told by two outlets): "X came a few days after the
    council imposed sanctions" tells the sanctions; a verb that only says when something happened (came, happened,
    occurred) sets nothing in passing, so the sentence stays a source of the act it is set after."""
    a = "Varga's announcement came just a few days after the Brenmoor council imposed new tariffs on imported steel."
    b = "The Brenmoor council imposed new tariffs on imported steel on Monday, the trade office said."
    assert not aside_words(a)
    assert _linked(a, b, 0.72)
