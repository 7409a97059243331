"""Who speaks when the pronoun's person is the subject of the clause around it, not the nearest other name: a
pronoun in a fronted subordinate clause is the subject named right after it ("Even as he accused ..., Ostrow
declined": Ostrow); "X's colleague Y ... after he asked" is Y; a name a reflexive binds is a "he" whatever the tagger
called it; a title that opens a sentence stands for the one who opened the sentence before; a participle joined by
"but" to a reported clause shares the subject of the first participle; an untagged name with an apposition for a
person is that person. Guards keep the cases that must not change (invented text)."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def _who(text: str, words: str) -> list[str | None]:
    return [q.speaker_entity for q in _quotes_of(text) if words in q.content.text]


def test_a_pronoun_in_a_fronted_clause_is_the_subject_named_right_after_it() -> None:
    text = (
        "Prosecutors weigh the Varga file.\n\n"
        '"We expected an indictment, and so did the bench," said Pavel Ostrow, a former magistrate of Lindholm.\n\n'
        '"It is not as if he ignored the record," said Greta Halloway, a court records analyst at Lindholm College.\n\n'
        "Even as he accused the Interior Office of giving Varga lenient treatment, Ostrow declined to guess at "
        "Kessel's reasons for closing the file."
    )
    assert _who(text, "lenient treatment") == ["Pavel Ostrow"]


def test_a_fronted_clause_after_another_subject_in_its_paragraph_is_left_as_before() -> None:
    # guard: the sentence before names someone else "he" may stand for: no guess for the one named after
    text = (
        "Prosecutors weigh the Varga file.\n\n"
        '"We expected an indictment," said Pavel Ostrow, a former magistrate.\n\n'
        "Pavel Ostrow opened the hearing on Monday. Even as he accused the Interior Office of giving Varga lenient "
        "treatment, Dorin Kessel kept his silence."
    )
    assert "Dorin Kessel" not in _who(text, "lenient treatment")


def test_the_person_after_an_owners_colleague_asks_in_the_clause_after_the_main_one() -> None:
    text = (
        "Radio host presses the moderator.\n\n"
        '"The person on that stage who cannot tell the truth is Ilse Varga," radio host Pavel Ostrow told his '
        "listeners on Tuesday.\n\n"
        "Dunmore's colleague Teodor Lasky faced sharp criticism from rival papers after he asked Varga about her "
        "offshore holdings at a forum last month."
    )
    assert _who(text, "offshore holdings") == ["Teodor Lasky"]


def test_a_name_a_reflexive_binds_is_the_he_of_the_next_sentence() -> None:
    text = (
        "The Latest: Brandvik takes Oster.\n\n"
        "Ansel Brandvik has won the Oster caucus, his second win of the night.\n\n"
        "Brandvik is drawing sharp contrasts between himself and front-runner Lukas Pell.\n\n"
        "He said he and Pell differ on the port levy and the water board."
    )
    who = _who(text, "port levy")
    assert who and all(w is not None and "Brandvik" in w for w in who)


def test_a_body_that_opens_the_sentence_before_is_no_he() -> None:
    # guard: "itself" binds a body, which no "he" stands for: the person named stays the one meant
    text = (
        "The Latest: the ministry and Pell.\n\n"
        "The Harbour Ministry is drawing sharp contrasts between itself and front-runner Lukas Pell.\n\n"
        "He said the ministry and he differ on the port levy and the water board."
    )
    assert _who(text, "port levy") == ["Lukas Pell"]


def test_a_title_that_opens_a_sentence_stands_for_the_one_who_opened_the_sentence_before() -> None:
    text = (
        "Ridley bows out.\n\n"
        "Tomas Ridley spoke over jeers from the hall as he congratulated the winner, Dorin Kessel. Ridley gave the "
        "crowd a long account of the state of the party on Tuesday as he ended his bid.\n\n"
        'The Tarrow senator tried to calm his supporters, saying the heckler would "not be harmed" at his rally, a '
        "jab at the recent scuffles at some of Kessel's rallies.\n\n"
        'He said that he would offer "a blessing" for the eventual nominee but did not suggest it would be Kessel.'
    )
    assert _who(text, "a blessing") == ["Tomas Ridley"]


def test_a_participle_joined_by_but_shares_the_first_participles_speaker() -> None:
    text = (
        "Kessel takes Pell on, sideways.\n\n"
        "When Dorin Kessel did take Lukas Pell on, he did it sideways, acknowledging that Pell had tapped into a vein "
        "but warning that his manner would have repercussions."
    )
    who = _who(text, "repercussions")
    assert who and all(w == "Dorin Kessel" for w in who)


def test_a_finite_verb_joined_in_the_reported_clause_is_not_the_participles() -> None:
    # guard: "and warned" has the reported clause's subject; it is not given to the one who said it
    text = (
        "Kessel takes Pell on.\n\n"
        "Dorin Kessel said on Friday that Lukas Pell had tapped into a deep vein and warned that the party would pay "
        "for it."
    )
    assert _who(text, "deep vein") == ["Dorin Kessel"]


def test_an_untagged_name_with_an_apposition_for_a_person_is_that_person() -> None:
    text = (
        "Experts split on the Varga file.\n\n"
        '"It is not as if he ignored the record," said Vera Stolz, a records expert at Lindholm University.\n\n'
        '"That would alter the whole shape of the case," Stolz said.\n\n'
        '"Nobody saw it coming," said Hedda Krumm, a filing clerk at Tarrow College.'
    )
    assert _who(text, "ignored the record") == ["Vera Stolz"]
    assert _who(text, "whole shape") == ["Vera Stolz"]
    assert _who(text, "saw it coming") == ["Hedda Krumm"]
