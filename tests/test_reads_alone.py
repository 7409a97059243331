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


def test_a_sentence_that_goes_on_from_the_one_before_is_no_summary_sentence() -> None:
    """A linking opening ("At the end,", "For her part,", "Since then,"), or "anyway", "regardless", ", too" that says
    the sentence goes on from what came before: alone, it does not say what it is about."""
    from storyline.brief.summary import DANGLING, LEANING_END, points_back

    def leans(t: str) -> bool:
        return bool(DANGLING.match(t) or LEANING_END.search(t) or points_back(t))

    leaning = [
        "At the end, Mayor Ida Brenholt repeats the allegation again anyway.",
        "In the end, the Varn council voted to close the quarry.",
        "For her part, Ida Brenholt denied any wrongdoing.",
        "Since then, the Kessling ferry has not sailed.",
        "At the same time, Orvane shares fell 4 percent.",
        "After that, the crowd moved to the Harnby town hall.",
        "In response, the Tessaly senate cut the budget.",
        "On the other hand, the harbour fees rose.",
        "Nonetheless, the Lorvik board approved the merger.",
        "The Varn council went ahead with the vote regardless.",
        "Ida Brenholt signed the Harnby accord anyway.",
        "Fees at the Lorvik harbour rose, too.",
        "The Tessaly senate did not vote on the bill either.",
    ]
    standing = [
        "Mayor Ida Brenholt accused the Varn council of fraud on Monday.",
        "At the end of the hearing, Ida Brenholt repeated her allegation that the quarry was unsafe.",
        "In the end zone, Orvane's striker scored twice.",
        "Regardless of the weather, the Harnby fair will open on Friday.",
        "The Kessling boxes were all the same size as the crates.",
        "Afterlight, a Lorvik band, played the Harnby festival.",
        "Since the flood, the Kessling ferry has not sailed.",
        "The Tessaly senate passed the bill, 31 to 9.",
        'Brenholt said the council "went ahead anyway" on Monday.',  # the word is the speaker's, in quotation marks
        "Either the Varn council or the Tessaly senate must approve the quarry.",
        "The quarry was closed again on Tuesday after a second rockfall.",  # "again": the story's own news
        # what "anyway" answers is in the sentence's own first clause
        "The Varn council did not answer the letter, and Ida Brenholt signed the Harnby accord anyway.",
    ]
    assert [t for t in leaning if not leans(t)] == []
    assert [t for t in standing if leans(t)] == []


def test_a_brief_leaves_out_the_sentence_that_goes_on_from_the_one_before() -> None:
    from brief_helpers import HashEmbedder, make_article

    from storyline.brief import build_brief
    from storyline.extract import extract_articles

    a = make_article(
        "a",
        "Brenholt accuses quarry owners",
        "Mayor Ida Brenholt accused the owners of the Varn quarry of hiding safety reports on Monday.\n\n"
        "The owners denied the allegation at a council hearing in Harnby.\n\n"
        "At the end, Brenholt repeats the allegation about the Varn quarry owners again anyway.",
        outlet="Harnby Courier",
    )
    b = make_article(
        "b",
        "Harnby mayor targets quarry",
        "Harnby mayor Ida Brenholt said on Monday that the owners of the Varn quarry hid safety reports.\n\n"
        "Since then, the Varn quarry owners have repeated the denial about the allegation.",
        outlet="Tessaly Post",
    )
    arts = [a, b]
    extractions = {x.id: e for x, e in zip(arts, extract_articles(arts), strict=True)}
    brief = build_brief(arts, extractions, [], story="s1", embedder=HashEmbedder())
    said = [s["text"] for s in brief["summary"]]
    assert said and not [t for t in said if t.startswith(("At the end", "Since then"))]
    assert any(t.startswith("Mayor Ida Brenholt accused") or t.startswith("Harnby mayor") for t in said)
