"""People the tagger typed an organisation, a product or a place (ents-i12): a full name whose surname the story
writes alone as a person, also as another's ("President Rusk" beside Ada Rusk) and before a possessive ("Tomas
Rusk’s films"); a lone surname the story writes as its person at least twice as often as a place; a preposition
that opens the sentence is no word of a name ("Despite Vale", "Given Vale's record"): invented text."""

from __future__ import annotations

import pytest
from test_entity_person_evidence import _repaired, _spans, _story

pytestmark = pytest.mark.slow


def test_a_full_name_ending_in_a_surname_written_alone_as_a_person_is_a_person() -> None:
    ents = _story(
        ("Ada Rusk spoke at the gala. Rusk waved to the crowd.", [("Ada Rusk", "PERSON"), ("Rusk", "PERSON")]),
        ("Fans of Tomas Rusk’s films cheered outside.", [("Tomas Rusk", "ORG")]),
        ("Sen. Ivo Brask met donors. Brask left early.", [("Ivo Brask", "PRODUCT"), ("Brask", "PERSON")]),
    )
    types = {e.name: e.type for e in ents}
    assert types["Tomas Rusk"] == "PERSON"  # another Rusk: a person of his own, not an organisation
    assert types["Ivo Brask"] == "PERSON"


def test_guard_a_company_of_a_surname_stays_a_company() -> None:
    ents = _story(
        ("Lena Holt spoke. Holt was glad.", [("Lena Holt", "PERSON"), ("Holt", "PERSON")]),
        (
            "Holt Shipping’s ships sailed. The Holt Foundation gave money.",
            [("Holt Shipping", "ORG"), ("Holt Foundation", "ORG")],
        ),
    )
    types = {e.name: e.type for e in ents}
    assert types["Holt Shipping"] == "ORG" and types["Holt Foundation"] == "ORG"


def test_guard_a_slogan_of_a_surname_stays_what_it_is() -> None:
    # "the Stop Rusk group": a name before the noun it qualifies, a slogan's
    ents = _story(
        ("Ada Rusk spoke at the gala. Rusk waved to the crowd.", [("Ada Rusk", "PERSON"), ("Rusk", "PERSON")]),
        ("The Stop Rusk group met. Its members want to stop her.", [("Stop Rusk", "ORG")]),
    )
    assert {e.name: e.type for e in ents}["Stop Rusk"] == "ORG"


def test_a_lone_surname_written_twice_as_often_as_a_person_is_that_person() -> None:
    ents = _story(
        ("Ivo Brask won the vote. Brask left. Brask smiled.", [("Ivo Brask", "PERSON"), ("Brask", "PERSON")]),
        ("When it came to Brask, 48 percent chose him.", [("Brask", "LOC")]),
    )
    assert "Brask" not in {e.name for e in ents}
    (brask,) = [e for e in ents if e.name == "Ivo Brask"]
    assert brask.type == "PERSON" and len(brask.mentions) == 4


def test_a_preposition_opening_the_sentence_is_no_word_of_a_name() -> None:
    text = "Despite Vale, the plan passed.\n\nGiven Vale’s record, aides were calm. Unlike Orlan Dask, she stayed."
    got = _repaired(
        text,
        *_spans(text, "Despite Vale", "ORG"),
        *_spans(text, "Given Vale", "PERSON"),
        *_spans(text, "Unlike Orlan Dask", "PERSON"),
    )
    assert [name for name, _l, _r in got] == ["Vale", "Vale", "Orlan Dask"]


def test_guard_a_given_name_given_stays() -> None:
    # "Given" before a name and a verb, no possessive: a given name ("Given Mkhize"-like)
    text = "Given Tarlo said the fund was empty."
    got = _repaired(text, *_spans(text, "Given Tarlo", "PERSON"))
    assert [name for name, _l, _r in got] == ["Given Tarlo"]
