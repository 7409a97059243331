"""An article published before every report of a fact has not left it out (stop 48: fresh17 repro 12)."""

from __future__ import annotations

from storyline.align.align import Fact, omissions
from storyline.align.claims import Claim


def test_an_earlier_article_leaves_out_nothing_told_only_after_it() -> None:
    said = "Halvern Live has suspended its remaining summer concerts."
    later = [Claim(k, x, 0, len(said), said, 0, published="2026-06-15") for k, x in enumerate("abc")]
    fact = Fact(later, 3, "corroborated", later[0])
    groups = {x: x for x in "abcd"}
    sunday = Claim(9, "d", 0, 40, "Four people died in the crush at the Tarnwick fair.", 0, published="2026-06-14")
    assert omissions([fact], groups, [*later, sunday], None) == {}
    # the same day, or a day after the first report: left out
    monday = Claim(9, "d", 0, 40, "Four people died in the crush at the Tarnwick fair.", 0, published="2026-06-15")
    assert omissions([fact], groups, [*later, monday], None) == {"d": [0]}
    # an undated article is judged as before
    undated = Claim(9, "d", 0, 40, "Four people died in the crush at the Tarnwick fair.", 0)
    assert omissions([fact], groups, [*later, undated], None) == {"d": [0]}
