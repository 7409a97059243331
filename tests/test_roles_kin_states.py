"""Roles, relatives, countries by their offices, particle names and an outlet's own "can reveal" (invented text)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.brief.framing import charged_terms
from storyline.extract import extract_articles, resolve_entities
from storyline.extract.pipeline import article_from_text
from storyline.models import Entity

A = (
    "Harbour board thanks chair\n\n"
    "VELLMOR - The Finance Minister thanked Lucia van der Molen for her years on the harbour board. "
    "Ms van der Molen's lawyer, Greta Hollis, said her client had kept every letter.\n\n"
    "Councillor Rita Holm welcomed the news. Her brother, Tomas Holm, who chaired the harbour board from 2001 to "
    "2009, said the town had lost a friend. Critics include former mayor Bruno Castell. Ms Holm said the vote was "
    "close.\n\n"
    "Velland's finance minister said the losses at Brannock State Bank would not spread. Brannock said its branches "
    "would stay open. The National Bank of Orvia said it was watching. The National Bank said nothing more."
)
B = (
    "Money row\n\n"
    "The memo leaked on Sunday night. Pedro de la Cruz, who earns a large salary, did nothing, the Evening Quill "
    "can reveal. Ines Marr said the memo was old."
)


@pytest.fixture(scope="module")
def story() -> tuple[dict[str, Entity], list]:
    a = article_from_text(A, "a.txt", article_id="a")
    b = replace(article_from_text(B, "b.txt", article_id="b"), outlet="The Evening Quill")
    exs = extract_articles([a, b])
    return {e.name: e for e in resolve_entities([a, b], exs)}, exs


pytestmark = pytest.mark.slow


def test_a_title_before_a_verb_is_the_subjects_and_particles_stay_in_a_title(story) -> None:
    ents, _ = story
    # "The Finance Minister thanked Lucia van der Molen": the minister is someone else
    assert not any("Minister" in r for r in ents["Lucia van der Molen"].roles)
    # the possessive keeps the whole particle name, never "Molen's lawyer"
    (role,) = ents["Greta Hollis"].roles
    assert role.endswith("van der Molen's lawyer")


def test_a_relative_is_whose_relative_and_a_past_office_is_a_former_one(story) -> None:
    ents, _ = story
    # the relation first, then the office he held once ("who chaired ... from 2001 to 2009")
    assert ents["Tomas Holm"].roles == ["Rita Holm's brother, former chair of the harbour board"]
    assert ents["Bruno Castell"].roles == ["former mayor"]  # not "Critics include former mayor"
    # her brother is a relative, so "Ms Holm" is the councillor, the one Holm named in full who is none
    assert "Holm" not in ents and "Holm" in ents["Rita Holm"].variants


def test_a_kinship_word_names_whose_relative_when_the_text_tells() -> None:
    text = (
        "Councillor Rita Holm welcomed the news. Her brother, Tomas Holm, said the town had lost a friend.\n\n"
        "Councillor Ines Marr spoke first. His son, Aron Vask, said nothing."
    )
    a = article_from_text(text, "k.txt", article_id="k")
    ents = {e.name: e for e in resolve_entities([a], extract_articles([a]))}
    assert ents["Tomas Holm"].roles == ["Rita Holm's brother"]
    # "his son" right after a woman's name: whose son is not told, and the kinship word stays as it is
    assert ents["Aron Vask"].roles == ["son"]


def test_a_country_by_its_office_and_short_names_of_banks(story) -> None:
    ents, _ = story
    assert ents["Velland"].type == "GPE"  # "Velland's finance minister": a state's office
    assert "Brannock" not in ents and "Brannock" in ents["Brannock State Bank"].variants
    assert "National Bank" not in ents and ents["National Bank of Orvia"].type == "ORG"


def test_a_particle_name_is_a_person_and_the_outlets_own_reveal_is_no_quote(story) -> None:
    ents, exs = story
    assert ents["Pedro de la Cruz"].type == "PERSON"
    speakers = {q.speaker.text for q in exs[1].quotes if q.speaker}
    assert "the Evening Quill" not in speakers and "Ines Marr" in speakers


def test_sensational_evasive_and_admiring_words_are_charged() -> None:
    hostile = (
        "The disgraced chief sat on a shocking black hole for weeks. The damning memo is out. The minister tried "
        "to wriggle out of it. The bank lent a staggering sum."
    )
    terms = {t["term"] for t in charged_terms(hostile)}
    assert {"disgraced", "shocking", "black hole", "damning", "wriggle out of", "staggering"} <= terms
    kind = "Mira Dahl, the respected economist, left with her integrity intact after a principled stand."
    assert {"respected", "integrity intact", "principled"} <= {t["term"] for t in charged_terms(kind)}
    plain = "Astronomers measured a supermassive black hole. The bank lent a large sum. The minister left office."
    assert charged_terms(plain) == []


def test_a_pronoun_inside_a_sentence_is_not_the_last_named_persons() -> None:
    # "his" is the subject's (Arno Vell), not the person named last (Oskar Brandt): a mid-sentence pronoun names
    # nobody's relative, and the kinship word stays as it is
    text = (
        "Chapel visit\n\n"
        "Senator Arno Vell met the preacher Oskar Brandt in Lowmere on Monday. Vell, who has courted church voters, "
        "sent his father, Emil Vell, to speak at chapels across the county."
    )
    a = article_from_text(text, "c.txt", article_id="c")
    ents = {e.name: e for e in resolve_entities([a], extract_articles([a]))}
    assert ents["Emil Vell"].roles == ["father"]
