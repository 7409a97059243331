"""Forms of one name told apart no more (audit9 repro 10, story19 repro 11): a generation's suffix written under one
office, a place's possessive opening a body's name, a local paper's town before a body, two transliterations of one
organisation's name; and a quoted phrase after a possessive in a Title Case headline is a quotation, not a nickname
(audit9 repro 11). Invented text."""

from __future__ import annotations

import pytest
from brief_helpers import make_article

from storyline.brief.framing import charged_terms
from storyline.extract import extract_articles, resolve_entities
from storyline.extract.marks import find_segments


def _entities(*texts: tuple[str, str, str]) -> dict[str, tuple[str, list[str]]]:
    """Entities of ``(title, outlet, body)`` articles."""
    arts = [make_article(f"a{i}", title, body, outlet=outlet) for i, (title, outlet, body) in enumerate(texts)]
    return {e.name: (e.type, e.variants) for e in resolve_entities(arts, extract_articles(arts))}


def _together(ents: dict[str, tuple[str, list[str]]], a: str, b: str) -> bool:
    return any({a, b} <= {name, *variants} for name, (_t, variants) in ents.items())


ONE = (
    "Court declines library case",
    "Varrow Ledger",
    "The Orlund Supreme Court on Monday declined to hear the appeal. Justices Marta B. Quell Jr. and Ivo Renn said "
    "they would have heard the case. The Orle Reserve Bank cut its rate on Monday.",
)
TWO = (
    "Library ban stays struck down",
    "Orle Gazette",
    "Orlund\u2019s Supreme Court ruled on Monday that the ban could not be revived. Justice Marta Quell voted to hear "
    "the appeal. Stocks rose after the Reserve Bank cut its rate.",
)


@pytest.mark.slow
def test_forms_of_one_name_are_one_entity() -> None:
    ents = _entities(ONE, TWO)
    assert _together(ents, "Marta B. Quell Jr.", "Marta Quell")
    assert _together(ents, "Orlund Supreme Court", "Orlund\u2019s Supreme Court")
    assert "Orlund Supreme Court" in ents  # the name, not the possessive phrase
    assert _together(ents, "Orle Reserve Bank", "Reserve Bank")


@pytest.mark.slow
def test_a_suffix_under_other_offices_or_a_town_no_paper_names_stay_apart() -> None:
    """Guards: "Judge Anton Vale Jr." and "Senator Anton Vale" (a son and his father); "the Reserve Bank" beside the
    "Orle Reserve Bank" when no paper of the story is named after Orle."""
    one = (
        "Vale sworn in",
        "Varrow Ledger",
        "Judge Anton Vale Jr. was sworn in on Monday. Senator Anton Vale attended the ceremony. "
        "The Orle Reserve Bank cut its rate on Monday.",
    )
    two = ("Rates fall", "Kessel Post", "Stocks rose after the Reserve Bank cut its rate.")
    ents = _entities(one, two)
    assert not _together(ents, "Anton Vale Jr.", "Anton Vale")
    assert not _together(ents, "Orle Reserve Bank", "Reserve Bank")


@pytest.mark.slow
def test_two_transliterations_of_a_groups_name_are_one() -> None:
    one = (
        "Pellham hackers named",
        "Norland Post",
        "A hacker group calling itself Tyomny Veter has claimed the ransomware attack on Pellham Care Trust.",
    )
    two = (
        "Group claims Pellham attack",
        "Harbour Gazette",
        "A criminal group calling itself Temnyi Veter claimed responsibility for the ransomware attack on Pellham "
        "Care Trust on Tuesday.",
    )
    assert _together(_entities(one, two), "Tyomny Veter", "Temnyi Veter")


def test_a_quoted_phrase_after_a_possessive_is_a_quotation() -> None:
    title = "Brandt Decries Penn's 'Very Nasty' Comments at Summit."
    assert len(find_segments(title)) == 1
    assert not [t for t in charged_terms(title) if "nasty" in t["term"].lower()]


@pytest.mark.parametrize(
    "text", ["Earvin 'Magic' Johnson scored 30.", "Adam \u201cPacman\u201d Jones signed on Monday."]
)
def test_a_nickname_inside_a_name_stays_part_of_it(text: str) -> None:
    """Guard: a quoted nickname between a given name and a surname is no quotation."""
    assert find_segments(text) == []
