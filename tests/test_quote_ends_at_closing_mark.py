"""A direct quote that a sentence part finishes (invented text): the words after its closing mark stop where a later
report of the sentence starts, at that report's speaker ("claimed that “Q,” one of the auditors said ...": the
auditor is no part of what the claimant said), curly or straight marks, a comma inside or after the closing mark;
and where the cue's own clause ends before the main clause ("After X said “Q” in the morning, the council voted").
Guards: with no later report the sentence part stays the quote's; a quotation holding a nested one, and one that runs
over paragraphs that open with a mark and leave it open, stay whole."""

from __future__ import annotations

import pytest
from brief_helpers import paragraphs_extraction

HEAD = "Recount in Pelvar\n\nBy Ode Brask | Pellwick Times | 12 March 2031\n\n"


def _quotes(*paragraphs: str) -> list[tuple[str, str | None, str, str]]:
    """(kind, speaker, cue, content) of every quote of a one-paragraph-per-item article; each content is verbatim."""
    text, ex = paragraphs_extraction(HEAD, *paragraphs)
    for q in ex.quotes:
        assert text[q.content.start : q.content.end] == q.content.text
    return [(q.kind, q.speaker_entity, q.cue.text if q.cue else "", q.content.text) for q in ex.quotes]


def _one(rows: list[tuple[str, str | None, str, str]], words: str) -> tuple[str, str | None, str, str]:
    [row] = [r for r in rows if words in r[3]]
    return row


@pytest.mark.slow
def test_a_curly_quotation_closed_by_a_comma_ends_before_the_next_speaker() -> None:
    rows = _quotes(
        "Councilman Oren Vask said on Tuesday that the bridge account showed the conduct of an official who had "
        "something to hide.",
        "But even as Vask claimed on Tuesday that \u201cTreasurer Holm got in trouble for far less,\u201d one of the "
        "former auditors for Nadia Holm said the two cases were quite different.",
    )
    row = _one(rows, "far less")
    assert row[1] == "Oren Vask" and row[2] == "claimed"
    assert row[3] == "\u201cTreasurer Holm got in trouble for far less,\u201d"
    assert "quite different" in _one(rows, "quite different")[3]


@pytest.mark.slow
def test_a_straight_quotation_closed_by_a_comma_ends_before_the_next_speaker() -> None:
    rows = _quotes(
        'As Mayor Ilsa Fenwick argued on Monday that "the levee has held for forty years," three engineers from the '
        "Delby works said it had not been inspected since 2019."
    )
    assert _one(rows, "forty years")[3] == '"the levee has held for forty years,"'


@pytest.mark.slow
def test_a_comma_after_the_closing_mark_ends_the_quote_too() -> None:
    rows = _quotes(
        "While Councilman Oren Vask insisted that \u201cthe bridge was sound\u201d, two inspectors from the county "
        "office said it was not."
    )
    assert _one(rows, "bridge was sound")[3] == "\u201cthe bridge was sound\u201d"


@pytest.mark.slow
def test_a_quotation_finished_by_its_sentence_part_stops_at_the_next_reports_speaker() -> None:
    rows = _quotes(
        "Councilman Oren Vask said \u201cno ransom\u201d was paid to the kidnappers of the clerk, the ministry said."
    )
    row = _one(rows, "no ransom")
    assert row[0] == "direct" and row[1] == "Oren Vask"
    assert row[3] == "\u201cno ransom\u201d was paid to the kidnappers of the clerk"


@pytest.mark.slow
def test_a_quotation_in_a_clause_before_the_main_one_ends_with_that_clause() -> None:
    rows = _quotes(
        "After Councilman Oren Vask said \u201cthe bridge is finished\u201d in the morning, the council voted to close it."
    )
    assert _one(rows, "bridge is finished")[3] == "\u201cthe bridge is finished\u201d in the morning"


@pytest.mark.slow
def test_guard_a_sentence_part_with_no_later_report_stays_the_quotes() -> None:
    rows = _quotes(
        "Councilman Oren Vask said \u201cno ransom\u201d was paid to the kidnappers of the clerk.",
        "Mayor Ilsa Fenwick said that \u201cif the river rises again,\u201d the city would evacuate the lower town.",
    )
    assert _one(rows, "no ransom")[3] == "\u201cno ransom\u201d was paid to the kidnappers of the clerk"
    assert (
        _one(rows, "river rises")[3] == "\u201cif the river rises again,\u201d the city would evacuate the lower town"
    )


@pytest.mark.slow
def test_guard_a_quotation_holding_a_nested_one_stays_whole() -> None:
    rows = _quotes(
        "Councilman Oren Vask told reporters: \u201cThe auditor looked at me and said, \u2018It is closed,\u2019 and "
        "that was the end of it.\u201d"
    )
    row = _one(rows, "auditor looked")
    assert row[1] == "Oren Vask"
    assert row[3] == (
        "\u201cThe auditor looked at me and said, \u2018It is closed,\u2019 and that was the end of it.\u201d"
    )


@pytest.mark.slow
def test_guard_a_quotation_over_paragraphs_left_open_stays_whole() -> None:
    rows = _quotes(
        'Mayor Ilsa Fenwick wrote in her letter: "The count was fair.',
        '"We checked every ballot twice, and the numbers held.',
        '"Nobody in Pelvar should doubt the result."',
        "The commission met again on Friday.",
    )
    row = _one(rows, "count was fair")
    assert row[1] == "Ilsa Fenwick"
    assert row[3] == (
        '"The count was fair.\n\n"We checked every ballot twice, and the numbers held.\n\n'
        '"Nobody in Pelvar should doubt the result."'
    )
