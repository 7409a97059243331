"""A forward cue further back in the date's own clause makes the date planned (stop 48: NeuS audit repro 11)."""

from __future__ import annotations

import pytest

from storyline.extract.dates import planned


def _planned(text: str, day: str) -> bool:
    at = text.index(day)
    return planned(text, 0, at, at + len(day))


def test_a_vote_a_deal_would_set_up_is_planned() -> None:
    text = (
        "Delegates in Orsholm were nearing a deal on Wednesday night that would set up the final vote on the stopgap "
        "budget on Thursday, just hours before state money runs out."
    )
    assert _planned(text, "Thursday")
    assert not _planned(text, "Wednesday")


@pytest.mark.parametrize(
    "text",
    [
        "It may be coincidence that the governor of the northern province spoke to the press on a Friday.",
        "The board would later say that it had moved the final vote on the stopgap budget on Friday.",
        "The mayor, who would become governor, opened the new bridge over the river Orne on Friday.",
        "Her visit to Orsholm will follow on the heels of the president's star turn in Kessling on Friday.",
    ],
)
def test_a_cue_of_another_clause_plans_nothing(text: str) -> None:
    assert not _planned(text, "Friday")
