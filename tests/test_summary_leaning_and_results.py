"""Summary sentences that lean on a sentence the summary leaves out, and a reported result before its previews
(sum-i10: PolNeAR story-00's "What could start this process is ..." and "Trump, however, wasted no time responding."
beside a corroborated Iowa result it never told). All text invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from storyline.align.claims import Claim
from storyline.brief.summary import LEANING_END, demonstrative_back, points_back, told_results


@pytest.mark.parametrize(
    "text",
    [
        "What could start this process is a surprisingly strong finish by Nell Orr in Kelby on Monday.",
        "Ivo Rusk planned to challenge those assumptions immediately.",
        "Dana Holt called that report on Friday a fabrication.",
        "Marta Vance questioned Holt about this line of attack on the council.",
        "The damage from those revelations may or may not prove lasting for the Dorsan party.",
        "Rusk may now feel that way himself as he winds down his campaign in Kelby.",
        "Critics in Dunmore said those claims were false.",
        "Dana Holt made similar comments on Thursday morning on the Kelby Hour program.",
        "The council in Varos upheld that decision on Tuesday evening.",
        "With those striking words in an interview on Sunday, Nell Orr said she was leaving the Dorsan party.",
        "For all these reasons, support for Nell Orr in Dell is minimal.",
        "No one else in the Kelby field is in that strong a position in the first two contests.",
    ],
)
def test_a_demonstrative_noun_that_names_what_a_sentence_before_told_leans_back(text: str) -> None:
    assert demonstrative_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kelby council said this week that the plan for the Tesk bridge was dropped.",
        "Officials in Varos said that plan was dropped on Monday.",
        "Those who voted early in Kelby were turned away at the Dunmore gate.",
        "These days the Varos board meets in Dell every second Thursday.",
        "Orr must win 58 percent of the remaining delegates from this point forward.",
        "The board made a decision on Monday, and that decision stands, the mayor of Dell said.",
        "Rusk disputed those claims that the board of Varos made in March.",
        "Holt made similar claims to those of the Varos board in March.",
        "The 5-4 Kelby ruling follows other similar decisions on the Tesk canal this year.",
        "The residents deposited money in their banks, and the law ordered that those banks keep reserves.",
        "This year the Kelby caucuses drew 40,000 voters, a record for the Dorsan party.",
        '"We will not accept this decision," Rusk told the Dell council on Monday.',
        "Rusk warned of the dangers that climate change poses to the Tesk valley.",
        "The Varos council passed a levy that could result in higher rents in Dell.",
        "Officials in Kelby said this could change the plan for the Tesk bridge.",
        "For reasons the Varos board did not give, the Tesk bridge stayed shut on Monday.",
        "Officials in Kelby said that a new bridge would open in March.",
        "Holt said that much a year would not pay for the Tesk bridge.",
    ],
)
def test_guard_a_demonstrative_with_its_noun_in_the_sentence_or_a_time_stays(text: str) -> None:
    assert not demonstrative_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dana Holt, however, wasted no time in Kelby.",
        "Ivo Rusk, too, voted against the Tesk bridge levy.",
        "The Varos council, meanwhile, met in Dell on Monday.",
        "The Dunmore board chose instead to delay the vote until May.",
        "Turnout in Kelby was high on Monday, however.",
    ],
)
def test_a_connective_set_off_without_its_antecedent_leans_back(text: str) -> None:
    assert points_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nell Orr won Kelby, and Ivo Rusk, however, won Dell by 300 votes.",
        "The Dunmore board chose the bridge plan instead of the Tesk levy.",
        "However much the Varos council spends, the Tesk bridge will not open before May.",
        "Turnout was too low in Kelby for the measure to pass on Monday.",
    ],
)
def test_guard_a_connective_with_its_antecedent_in_the_sentence_stays(text: str) -> None:
    assert not points_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dana Holt, mayor of Kelby, wasted no time responding.",
        "The Dunmore ministry responded on Monday.",
        "Orr's campaign reacted swiftly.",
    ],
)
def test_a_reaction_to_what_the_sentence_does_not_say_leans_back(text: str) -> None:
    assert LEANING_END.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dana Holt responded to the Kelby ruling on Monday with a lawsuit.",
        "Mayor Holt thanked the first responders of Kelby.",
        "The Dunmore ministry reacted to the flood by closing the Tesk canal.",
        "The breach left open the question of how the Varos council will respond.",
    ],
)
def test_guard_a_reaction_to_what_the_sentence_names_stays(text: str) -> None:
    assert not LEANING_END.search(text)


def _al(texts: list[tuple[str, str]]) -> SimpleNamespace:
    claims = [Claim(k, art, 0, len(t), t, 0, published="2031-02-02") for k, (art, t) in enumerate(texts)]
    return SimpleNamespace(claims=claims, facts=[], conflicts=[], groups={}, source=lambda c: c.article)


def test_a_result_two_sources_tell_in_other_words_counts_both() -> None:
    al = _al(
        [
            ("ledger", "Dorsan Sen. Nell Orr stunned the field on Monday, defeating Ivo Rusk in the Kelby caucuses."),
            ("herald", "Mr. Rusk was defeated in the Kelby caucuses on Monday by Senator Nell Orr of Dorsa."),
            ("ledger", "Rusk led every poll of the Kelby caucuses in January by seven points."),
            ("courier", "Nell Orr hopes to win the Dunmore primary next week."),
        ]
    )
    told = told_results(al)  # type: ignore[arg-type]
    assert told.get(0) == 2 and told.get(1) == 2
    assert 2 not in told and told.get(3, 0) < 2  # a poll and a hope are no result


def test_guard_a_result_one_source_tells_or_another_contest_is_no_corroborated_result() -> None:
    al = _al(
        [
            ("ledger", "Nell Orr won the Kelby caucuses on Monday."),
            ("ledger", "Orr's victory in the Kelby caucuses stunned Rusk."),
            ("herald", "Nell Orr won the Dunmore primary on Tuesday."),
        ]
    )
    told = told_results(al)  # type: ignore[arg-type]
    assert all(n < 2 for n in told.values())


def test_a_vote_or_ruling_told_as_done_counts_its_facts_sources() -> None:
    al = _al(
        [
            ("ledger", "The Dell council passed the Tesk bridge levy bill on Monday by nine votes to four."),
            ("ledger", "Nell Orr was elected mayor of Kelby on Sunday."),
            ("herald", "The Dell council could pass the levy bill next week if Rusk agrees."),
            ("herald", "Orr hopes she was elected, her aide said."),
        ]
    )
    al.facts = [SimpleNamespace(claims=[al.claims[0]], against=set(), conflicts=[], independent_sources=2)]
    told = told_results(al)  # type: ignore[arg-type]
    assert told.get(0) == 2 and told.get(1) == 1
    assert 2 not in told and 3 not in told  # a foreseen vote, a hope
