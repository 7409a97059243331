"""A count at stake is no total, and a negation in a condition denies nothing (PolNeAR 60 briefs, read at stop 48)."""

from __future__ import annotations

from storyline.align.align import _negates, _pair_conflicts
from storyline.align.claims import NEGATION, Claim, find_figures, modality


def _claim(article: str, text: str) -> Claim:
    return Claim(
        0,
        article,
        0,
        len(text),
        text,
        0,
        figures=tuple(find_figures(text)),
        modality=modality(text),
        negated=bool(NEGATION.search(text)),
    )


def _kinds(a: Claim, b: Claim) -> list[str]:
    return [x.kind for x in _pair_conflicts(a, b, 0.9)]


def test_delegates_at_stake_are_no_total_of_delegates() -> None:
    stake = _claim("a", "There are 212 pledged delegates at stake in the Harbour League primaries next week.")
    total = _claim("b", "There are a total of 3,104 Harbour League delegates - 2,650 pledged delegates and 454 others.")
    assert _kinds(stake, total) == []
    # two counts at stake still disagree, and so do two totals
    assert _kinds(stake, _claim("b", "There are 230 pledged delegates at stake in the Harbour League primaries.")) == [
        "figure"
    ]
    other_total = _claim("a", "There are a total of 3,150 Harbour League delegates - 2,650 pledged and 500 others.")
    assert "figure" in _kinds(other_total, total)


def test_a_negation_in_a_condition_denies_nothing() -> None:
    cond = _claim(
        "a",
        'And then Osk went fully on the attack, saying, "Is Mayor Brandt going to finally mention the words flood '
        "damage? If he doesn't he should immediately resign in disgrace!\"",
    )
    said = _claim(
        "b",
        "Fueled apparently by frustration with Brandt, Osk explained the mayor's refusal to call the flood a "
        "disaster is a weakness and he should resign.",
    )
    assert not _negates(cond, said)
    assert _kinds(cond, said) == []
    # a plain denial of the same act is still one
    denied = _claim("a", "Osk said the mayor should not resign over the flooding.")
    assert _negates(denied, _claim("b", "Osk said the mayor should resign over the flooding."))
