"""Sentences shown out of their article read alone: a summary sentence whose object points back ("denied it") and a
fact worded by a sentence that opens with a pronoun when another source's sentence names who it is about."""

from __future__ import annotations

import numpy as np

from storyline.align.align import _representative
from storyline.align.claims import Claim
from storyline.brief.summary import OBJECT_POINTS_BACK


def test_a_sentence_whose_object_is_it_with_nothing_before_to_point_to_is_no_summary_sentence() -> None:
    leans = [
        "The Ostrava harbour authority spokeswoman Lena Varr again denied it on Sunday.",
        "The ministry confirmed it.",
        "Customs officers seized them on Friday.",
        "The port authority described it as the worst fire in years.",
    ]
    reads_alone = [
        "Officials said it was the worst fire in years.",  # a subject
        "The council received the letter and rejected it on Monday.",  # its own clause names it
        "When the report came out, the ministry denied it.",
        "The mayor called it a tragedy.",  # not matched: an object complement may follow (left as before)
        'The minister said "we denied it" on Monday.',  # inside a quotation
        "It rained on Monday.",
    ]
    assert all(OBJECT_POINTS_BACK.match(t) for t in leans)
    assert not any(OBJECT_POINTS_BACK.match(t) for t in reads_alone)


def test_a_fact_is_worded_by_a_sentence_that_does_not_open_with_a_pronoun_when_another_source_has_one() -> None:
    texts = [
        ("a", "She said the prisoners returned under the deal included Tomas Brell, jailed for life in 2021."),
        ("b", "Among the prisoners sent home was Tomas Brell, who was serving a life sentence."),
        ("c", "Among those returned was Tomas Brell, who had been serving a life sentence for arson."),
    ]
    claims = [Claim(k, art, 0, len(t), t, 1) for k, (art, t) in enumerate(texts)]
    # the pronoun sentence is the most central by score: only its opening pronoun rules it out
    scores = np.array([[1.0, 0.8, 0.8], [0.8, 1.0, 0.7], [0.8, 0.7, 1.0]], dtype=np.float32)
    groups = {"a": "a", "b": "b", "c": "c"}
    rep = _representative([0, 1, 2], claims, scores, groups)
    assert not claims[rep].text.startswith("She")
    # alone, it is still the wording
    assert _representative([0], claims, scores, groups) == 0
    # an opening "It" that points at nothing reads alone: the most central wording stays
    texts[0] = ("a", "It takes 1,237 delegates to win the Varn party's nomination, the rules say.")
    claims = [Claim(k, art, 0, len(t), t, 1) for k, (art, t) in enumerate(texts)]
    assert _representative([0, 1, 2], claims, scores, groups) == 0
