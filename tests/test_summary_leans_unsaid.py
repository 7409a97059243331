"""A summary sentence that leans on an unsaid sentence before it, in forms the pronoun and linking-word rules miss, is
no candidate: a quoted question asked of "him", "For one thing, ...", "The humbling came ..." (an evaluative noun
with "the" and nothing that says whose), "All three will ..." (which three?), "Rusk calls it ..." (stop 55, sum-i12:
PolNeAR briefs took such sentences once guesses scored lower). Guards: the sentence says what it leans on. All text
invented."""

from __future__ import annotations

import numpy as np
import pytest
from brief_helpers import claim_scores as _scores

from storyline.align.claims import Claim, find_figures
from storyline.brief.summary import leans_on_unsaid


def _claim(k: int, text: str) -> Claim:
    return Claim(k, f"a{k}", 0, len(text), text, 0, figures=tuple(find_figures(text)))


LEANING = [
    '"But why?" the Kelby Courier reporter Mara Vint asked him.',
    "For one thing, it is usually the harbour board that pays for the dredging.",
    "For another, the Dell council has never approved a levy in an election year.",
    "The humbling came from two directions in the Varos race.",
    "The real irony is that Varos voted for the levy in 2019.",
    "All three will be onstage Tuesday night in the Kelby town hall.",
    "The two met for an hour on Friday at the harbour office.",
    'Senator Ivo Rusk calls it the "big prize" of the western counties.',
    "Mayor Ada Holm described it as a betrayal of the harbour workers.",
    "Wait, the Dell council then voted to delay the harbour levy again.",
    "Even if that happens, the levy would not reach Kelby before 2031.",
    "Of those, 96 were identified as likely voters in the Dell harbour ward.",
    'Of the scrutiny over the harbour levy, he said, "It is not fair to the workers."',
    "About 9 percent said they had no preference in the Varos mayoral race.",
    "Less than 1 percent chose Senator Ivo Rusk in the Dell primary.",
]


@pytest.mark.parametrize("text", LEANING)
def test_a_sentence_leaning_on_an_unsaid_one_is_no_candidate(text: str) -> None:
    assert leans_on_unsaid(text)
    assert _scores([text, "Mayor Ada Holm of Varos won the harbour levy vote on Tuesday by 312 votes."])[0] == -np.inf


SAYS_WHICH = [
    'Mayor Ada Holm asked the harbour board "Why now?" at the Dell town hall on Monday.',
    "All three candidates will be onstage Tuesday night in the Kelby town hall.",
    "The two candidates met for an hour on Friday at the harbour office.",
    "The humbling of Senator Ivo Rusk came from two directions.",
    "The fallout from the levy vote reached the Dell council on Monday.",
    "The shooting happened at 3 p.m. outside the Varos harbour office.",
    "The verdict came on Monday after two days of deliberation in Dell.",
    "Mayor Ada Holm called it quits on Friday after twelve years in office.",
    "The council passed the harbour levy and Mayor Ada Holm called it a betrayal.",
    "Mayor Ada Holm said the two sides would meet again on Friday.",
    "For one week in May, the Kelby harbour was closed to all freight.",
    "Of the 300 voters polled in Dell, 45 percent backed Mayor Ada Holm.",
    "About 9 percent of Varos voters said they had no preference in the mayoral race.",
    "Minutes later, the Holm campaign issued a statement on the harbour levy vote.",
    "Well-wishers lined the Kelby harbour road on Sunday for the mayor's return.",
]


@pytest.mark.parametrize("text", SAYS_WHICH)
def test_a_sentence_that_says_what_it_is_about_stays_a_candidate(text: str) -> None:
    assert not leans_on_unsaid(text)
    assert _scores([text])[0] > -np.inf
