"""Name forms in the entity list (invented text): a surname opened by a particle that the tagger took for an
organisation in the possessive ("Le Pen's aides") is the person named in full ("Marine Le Pen" of the web test); an
opening single mark typed for the apostrophe of a possessive ("Holm‘s") ends the name as "’s" does."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _entities(text: str) -> dict[str, tuple[str, list[str]]]:
    arts = [article_from_text(text, "t.txt")]
    return {e.name: (e.type, e.variants) for e in resolve_entities(arts, extract_articles(arts))}


def test_a_particled_surname_tagged_an_organisation_is_the_person() -> None:
    got = _entities(
        "Varos county news\n\nMarine Le Sorn visited the Orvel bypass on Monday. Le Sorn said the bypass had cost too "
        "much, and Le Sorn's aides handed out leaflets.\n"
    )
    assert "Le Sorn" not in got and got["Marine Le Sorn"][0] == "PERSON"


def test_an_opening_mark_for_an_apostrophe_ends_the_name() -> None:
    text = "Senator Maria Holm\u2018s office said on Monday that the ferry plan was sound. Maria Holm said so too.\n"
    arts = [article_from_text(text, "t.txt")]
    [ex] = extract_articles(arts)
    assert {m.span.text for m in ex.mentions} == {"Maria Holm"}
    assert [q.speaker_entity for q in ex.quotes][:1] == ["Maria Holm"]
    assert list(_entities(text)) == ["Maria Holm"]


def test_guard_brackets_of_a_note_and_quotation_marks_stay() -> None:
    """A bracketed aside after a name is no editor's given name; a quotation opened by a single mark is a quotation."""
    got = _entities(
        "Varos county news\n\nMaria Holm [the mayor] said the ferry would run. Ivo Brask said \u2018so it will\u2019.\n"
    )
    assert "Maria Holm" in got and "Ivo Brask" in got
