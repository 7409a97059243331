"""A mayor named by initial and another transliteration of his surname ("Mayor T. Baranich" beside "Mayor Tomo
Baranić") is one person; two-word places the tagger reads as a person ("in Gornja Lipa") and the one-word place after
them ("in Gornja Lipa and Vrbno") are places. Invented text."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _entities(*texts: str):  # type: ignore[no-untyped-def]
    arts = [article_from_text(t, f"a{i}.txt", article_id=f"a{i}") for i, t in enumerate(texts)]
    return resolve_entities(arts, extract_articles(arts))


ONE = (
    "Velmora results\n\nVelmora Tribune\n\n5 October 2026\n\nMayor Tomo Baranić refused to concede on Sunday night "
    "after provisional results put challenger Ilse Tomsic ahead in Velmora."
)
TWO = (
    "Baranich camp warns of recount\n\nKesten Sentinel\n\n6 October 2026\n\nSupporters of Mayor T. Baranich "
    'gathered on Monday outside the Velmora town hall.\n\n"I have not conceded anything," Baranich said.'
)


def _people(ents, spelling: str):  # type: ignore[no-untyped-def]
    return [e for e in ents if any(m.span.text == spelling for m in e.mentions)]


def test_an_initial_and_another_transliteration_with_the_same_role_are_one_person() -> None:
    ents = _entities(ONE, TWO)
    mayor = _people(ents, "Tomo Baranić")
    assert len(mayor) == 1 and mayor[0].type == "PERSON"
    assert {"T. Baranich", "Baranich"} <= {m.span.text for m in mayor[0].mentions}


def test_guard_another_person_of_that_surname_or_no_shared_role_keeps_the_initial_apart() -> None:
    other = (
        "Family speaks\n\nVelmora Tribune\n\n7 October 2026\n\nTeodora Baranić, a teacher, said her cousin had "
        "done nothing wrong."
    )
    ents = _entities(ONE, TWO, other)
    assert not any(m.span.text == "T. Baranich" for e in _people(ents, "Tomo Baranić") for m in e.mentions)
    no_role = TWO.replace("Supporters of Mayor T. Baranich", "Supporters of T. Baranich")
    ents = _entities(ONE, no_role)
    assert not any(m.span.text == "T. Baranich" for e in _people(ents, "Tomo Baranić") for m in e.mentions)


def test_two_word_places_after_in_and_the_place_after_them_are_places() -> None:
    text = (
        "Velmora count\n\nVelmora Tribune\n\n5 October 2026\n\nThe commission said ballots in Gornja Lipa and Vrbno "
        "had been entered twice, and counting in Gornja Lipa was slow."
    )
    kinds = {e.name: e.type for e in _entities(text)}
    assert kinds.get("Gornja Lipa") in {"GPE", "LOC"}
    assert kinds.get("Vrbno") in {"GPE", "LOC"}


def test_guard_a_person_after_in_stays_a_person() -> None:
    text = (
        "Board vote\n\nVelmora Tribune\n\n5 October 2026\n\nThe board put its trust in Maria Lenz on Monday. "
        "Mayor Tomo Baranić said Maria Lenz would lead the count."
    )
    kinds = {e.name: e.type for e in _entities(text)}
    assert kinds.get("Maria Lenz") == "PERSON"
