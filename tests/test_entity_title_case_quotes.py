"""A line in Title Case quoted inside running text (an email's subject line, a headline cited) is a title, as a Title
Case line is: its capitalised common words make no person ("Scold Holm"), while the real names in it still count
(PolNeAR audit5 repro 14)."""

from __future__ import annotations

import re

from storyline.extract.entities import repair_mentions


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def _at(text: str, phrase: str, label: str, nth: int = 0) -> tuple[int, int, str]:
    i = [m.start() for m in re.finditer(re.escape(phrase), text)][nth]
    return i, i + len(phrase), label


def _people(text: str, ents: list[tuple[int, int, str]]) -> list[str]:
    return [m.text for m in repair_mentions(text, ents, _tokens(text), []) if m.label == "PERSON"]


SUBJECT = (
    "Speaker Oskar Brandt said on Thursday he would not yet back Ivo Holm.\n\n"
    "Lena Marr's campaign was quick to use Brandt's remarks. It sent supporters an email with the subject line "
    '"Speaker Oskar Brandt Becomes Latest Party Elder to Scold Holm as Nomination Nears."\n\n'
    "Oskar Brandt has criticised Holm before."
)


def test_a_quoted_subject_lines_capitalised_words_make_no_person() -> None:
    ents = [
        _at(SUBJECT, "Oskar Brandt", "PERSON"), _at(SUBJECT, "Ivo Holm", "PERSON"), _at(SUBJECT, "Lena Marr", "PERSON"),
        _at(SUBJECT, "Oskar Brandt Becomes Latest Party Elder", "PERSON"), _at(SUBJECT, "Scold Holm", "PERSON"),
        _at(SUBJECT, "Oskar Brandt", "PERSON", 2), _at(SUBJECT, "Holm", "PERSON", 2),
    ]  # fmt: skip
    people = _people(SUBJECT, ents)
    assert "Scold Holm" not in people and not any("Becomes" in p for p in people)
    # the names in the subject line still count: "Oskar Brandt", and "Holm" with the verb before it cut off
    assert people.count("Oskar Brandt") == 3 and people.count("Holm") == 2


def test_a_title_case_lines_verb_before_a_known_surname_is_cut_off() -> None:
    text = "Voters Back Holm In Dunmore Runoff\n\nVoters in Dunmore backed Ivo Holm in Sunday's runoff, officials said."
    people = _people(text, [_at(text, "Back Holm", "PERSON"), _at(text, "Ivo Holm", "PERSON")])
    assert people == ["Holm", "Ivo Holm"]


def test_guard_a_name_only_in_a_quoted_title_and_a_given_name_before_a_known_surname_stay() -> None:
    text = (
        "Marr won the Dunmore vote on Sunday. Her campaign sent an email headed "
        '"Lena Marr Thanks Voters After Teo Brask Concedes the Race" on Monday.'
    )
    ents = [_at(text, "Marr", "PERSON"), _at(text, "Lena Marr", "PERSON"), _at(text, "Teo Brask", "PERSON")]
    assert _people(text, ents) == ["Marr", "Lena Marr", "Teo Brask"]


def test_guard_a_quotation_in_sentence_case_is_running_text() -> None:
    """Not Title Case: the tagger's name runs on as before (grown over the given name it left out)."""
    text = 'Ivo Holm backed the plan. "We will work with Oskar Brandt and Lena Marr on it," Holm told reporters.'
    ents = [_at(text, "Ivo Holm", "PERSON"), _at(text, "Brandt", "PERSON"), _at(text, "Lena Marr", "PERSON")]
    assert _people(text, ents) == ["Ivo Holm", "Oskar Brandt", "Lena Marr", "Holm"]


def test_guard_a_long_paragraph_of_names_keeps_a_given_name_before_a_known_surname() -> None:
    """A paragraph of names is mostly capitals but no headline: "Ilsabet Brandt" stays whole beside Oskar Brandt."""
    text = (
        "Speaker Oskar Brandt will open the convention in Dunmore on Monday.\n\n"
        "Also speaking: Dunmore Mayor Ivo Holm; Kessling Gov. Rina Koss; Varholm Sen. Teo Brask; Harbour Board "
        "Chairman Alun Pell; Senate Leader Mara Quell; and Ilsabet Brandt."
    )
    names = ["Oskar Brandt", "Ivo Holm", "Rina Koss", "Teo Brask", "Alun Pell", "Mara Quell", "Ilsabet Brandt"]
    assert _people(text, [_at(text, n, "PERSON") for n in names]) == names
