"""Quote speakers (invented text): "he said" right after a sentence that opens on the surname of someone the article
names after a title the tagger missed ("over Mayor Zoran Kelemic ... Kelemic conceded. “...,” he said") is that
person, not a woman named further back; a quotation opened by "X claimed on Tuesday that" is X's, not the speaker's of
the clause after it ("even as X claimed that “Q,” Y said ...")."""

from __future__ import annotations

import pytest
from brief_helpers import quote_rows

HEAD = "Recount in Pelvar\n\nBy Ode Brask | Pellwick Times | 12 March 2031\n\n"


def _rows(*paragraphs: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker mention, speaker, cue, content) of every quote of a one-paragraph-per-item article."""
    return quote_rows(HEAD, *paragraphs)


RECOUNT = (
    "DRAVNIK (Harbor News) - A court-ordered recount in two districts of Dravnik confirmed on Thursday that challenger "
    "Mirela Kostanjek won the city's mayoral election, with a final margin of 797 votes over Mayor Dragan Vuletic.",
    "The final result gives Kostanjek 48.4% to 47.8% for Vuletic, the Dravnik Electoral Commission said.",
    '"The recount is complete and the result stands," said Ivana Petrak, chair of the commission.',
)


@pytest.mark.slow
def test_he_after_a_sentence_opening_on_an_untagged_titled_surname_is_that_person() -> None:
    rows = _rows(*RECOUNT, 'Vuletic conceded on Thursday evening. "The people of Dravnik have spoken," he said.')
    [row] = [r for r in rows if "have spoken" in r[3]]
    assert row[0] == "he" and row[1] == "Dragan Vuletic"


@pytest.mark.slow
def test_he_is_not_a_surname_titled_for_a_woman() -> None:
    """Guard: a title of the other gender ("Mrs.") does not give "he" to her."""
    rows = _rows(
        "Challenger Tomas Brenko lost the recount to Mrs. Dana Kelemic on Thursday.",
        'Kelemic spoke on Thursday evening. "The people of Pelvar have spoken," he said.',
    )
    [row] = [r for r in rows if "have spoken" in r[3]]
    assert row[1] != "Dana Kelemic"


@pytest.mark.slow
def test_a_quotation_after_claimed_on_tuesday_that_is_the_claimants() -> None:
    rows = _rows(
        "Councilman Oren Vask said on Tuesday that the bridge account showed the conduct of an official who had "
        "something to hide.",
        "But even as Vask claimed on Tuesday that \u201cTreasurer Holm got in trouble for far less,\u201d one of the "
        "former auditors for Nadia Holm said the two cases were quite different.",
    )
    [row] = [r for r in rows if "far less" in r[3]]
    assert row[1] == "Oren Vask" and row[2] == "claimed"
    assert row[3].startswith("\u201cTreasurer")


@pytest.mark.slow
def test_a_quotation_closed_by_a_comma_before_a_speaker_stays_that_speakers() -> None:
    """Guard: '“Q,” one of the auditors said' with no verb and "that" before the quotation is the auditor's."""
    rows = _rows(
        "Councilman Oren Vask spoke on Tuesday about the bridge account.",
        "\u201cTreasurer Holm got in trouble for far less,\u201d one of the former auditors for Nadia Holm said.",
    )
    [row] = [r for r in rows if "far less" in r[3]]
    assert row[0] == "one of the former auditors for Nadia Holm" and row[2] == "said"


@pytest.mark.slow
def test_a_perfect_participle_set_off_by_dashes_is_the_main_subjects() -> None:
    rows = _rows(
        'Alderman Grey Osk started out the debate saying "of course" Fenwick has the experience to lead -- having '
        "suggested in a speech last week that she is unfit -- but said he questioned her judgment on the levee vote."
    )
    [row] = [r for r in rows if r[2] == "suggested"]
    assert row[1] == "Grey Osk"


@pytest.mark.slow
def test_answered_a_thing_with_a_mood_is_no_quote_but_answered_that_is() -> None:
    """Guard: "answered that ..." stays a quote of the one who answered."""
    rows = _rows(
        "Mayor Ilsa Fenwick sharply rebuked Councilman Doran Pike, saying at a church in Delby that Mr. Pike had "
        "answered the families' grief with open contempt.",
        "Mr. Pike answered that the city budget cannot cover new levees.",
    )
    assert [r for r in rows if "contempt" in r[3] and r[2] == "answered"] == []
    assert [r[1] for r in rows if "contempt" in r[3]] == ["Ilsa Fenwick"]
    assert [r[1] for r in rows if "new levees" in r[3]] == ["Doran Pike"]
