"""Partial quotations (invented text): the words a speaker calls something by ("called the proposal "reckless"",
"dismissed the criticism as "political theatre"", 'a "nasty guy," an "anchor baby"') are that speaker's, however
few: one `direct` row a verb, its text from what is called to the last quoted piece, the pieces verbatim as its
parts. Scare quotes, names and titles in quotation marks stay no one's words."""

from __future__ import annotations

import pytest
from brief_helpers import paragraphs_extraction, quote_rows

HEAD = "Marrow Bridge vote delayed\n\nBy Ode Brask | Pellwick Times | 12 March 2026\n\n"


def _partials(*paragraphs: str) -> list[tuple[str | None, str, str, list[str]]]:
    """(speaker, cue, content, parts) of every quote of a one-paragraph-per-item article."""
    ex = paragraphs_extraction(HEAD, *paragraphs)[1]
    return [
        (q.speaker_entity, q.cue.text if q.cue else "", q.content.text, [p.text for p in q.parts]) for q in ex.quotes
    ]


@pytest.mark.slow
def test_a_word_a_speaker_calls_something_is_a_row_of_that_speaker() -> None:
    rows = _partials(
        'Senator Maren Holt called the proposal "reckless" and said the council had ignored its own engineers.',
        'Mayor Tomas Brell dismissed the criticism as "political theatre" on Tuesday.',
        'Harbour chief Oren Pask branded the deal "shameful" in a speech to traders.',
        'Pask labelled the critics "dinosaurs" on Monday.',
        'A council statement called the claim "entirely without foundation".',
    )
    assert ("Maren Holt", "called", 'the proposal "reckless"', ['"reckless"']) in rows
    assert ("Tomas Brell", "dismissed", 'the criticism as "political theatre"', ['"political theatre"']) in rows
    assert ("Oren Pask", "branded", 'the deal "shameful"', ['"shameful"']) in rows
    assert ("Oren Pask", "labelled", 'the critics "dinosaurs"', ['"dinosaurs"']) in rows
    # longer words the same way: said of what (before, only the quotation)
    assert (None, "called", 'the claim "entirely without foundation"', ['"entirely without foundation"']) in rows
    # the speech verb's own report is still a row of its own
    assert ("Maren Holt", "said", "the council had ignored its own engineers", []) in rows


@pytest.mark.slow
def test_a_list_of_quoted_names_for_one_thing_is_one_row() -> None:
    rows = _partials('Senator Ilse Varga called the minister a "nasty guy," an "anchor baby," "unstable" and "sick."')
    assert rows == [
        (
            "Ilse Varga",
            "called",
            'the minister a "nasty guy," an "anchor baby," "unstable" and "sick."',
            ['"nasty guy,"', '"anchor baby,"', '"unstable"', '"sick."'],
        )
    ]


@pytest.mark.slow
def test_scare_quotes_names_and_titles_stay_no_ones_words() -> None:
    # guards: a quotation no one is said to call anything by, or one written as a name
    rows = quote_rows(
        HEAD,
        'The so-called "reform" passed last year. Critics called it the so-called "harbour levy".',
        'Fishermen call the old bridge "Old Rusty".',
        'The minister named the plan "Operation Tidewater".',
        'The film "Grey Water" opened in May. The headline read "Sunk".',
        'Her speech used words such as "renewal" twice.',
    )
    assert rows == []


@pytest.mark.slow
def test_full_quotes_keep_their_rows() -> None:
    # guard: a full quotation and a longer calling keep the rows they had
    rows = quote_rows(
        HEAD,
        '"We will not be rushed," Brell said.',
        'A council statement called the claim "entirely without foundation".',
    )
    assert ("said", '"We will not be rushed,"') in [r[2:] for r in rows]
    assert any(r[2] == "called" and r[3].endswith('"entirely without foundation"') for r in rows)
