"""A summary sentence whose main subject is a bare "he", "she" or "they" that nothing before it names leans on the
sentence before, though it names someone else ("Asked ... who the party's real leader is, he said it was Brandt."):
it is no summary sentence (PolNeAR audit5 repro 18)."""

from __future__ import annotations

import pytest

from storyline.align.claims import Claim
from storyline.brief.summary import _pronoun_subject


def _claim(text: str) -> Claim:
    return Claim(0, "a", 0, len(text), text, 1, people=frozenset({"Oskar Brandt"}))


@pytest.mark.parametrize(
    "text",
    [
        "Asked on Channel 4 who the party's real leader is, he said it was Brandt.",
        "Later on Thursday, she told Oskar Brandt the deal was off.",
        "After meeting Oskar Brandt in Dunmore, they agreed to cooperate.",
        "\u201cWe will not back down,\u201d he said, adding that Brandt would lead the talks.",
    ],
)
def test_a_bare_pronoun_as_the_main_subject_leans_on_the_sentence_before(text: str) -> None:
    assert _pronoun_subject(_claim(text))


@pytest.mark.parametrize(
    "text",
    [
        "When Oskar Brandt arrived in Dunmore, he said the talks would go on.",  # the name before it
        "Oskar Brandt said he would back the plan on Thursday.",  # a pronoun in a clause of its own
        "Ivo Holm and Oskar Brandt said they would cooperate after the talks.",
        "Brandt told reporters that, if elected, she would cut taxes.",
        'Oskar Brandt called the plan "what they wanted all along" on Thursday.',  # inside a quotation
    ],
)
def test_guard_a_sentence_that_names_its_subject_reads_alone(text: str) -> None:
    assert not _pronoun_subject(_claim(text))


def test_the_brief_does_not_choose_the_sentence_with_a_bare_pronoun_subject() -> None:
    from brief_helpers import HashEmbedder, make_article

    from storyline.brief import build_brief
    from storyline.extract import extract_articles

    art = make_article(
        "e1",
        "Holm and Brandt agree to cooperate",
        "Ivo Holm and Speaker Oskar Brandt agreed on Thursday to cooperate after talks in Dunmore.\n\n"
        "The day before the talks, Holm softened his tone. Asked on Channel 4 who the party's real leader is, he "
        "said it was Brandt.",
        outlet="East Wire",
    )
    extractions = {art.id: extract_articles([art])[0]}
    summary = [s["text"] for s in build_brief([art], extractions, [], story="s1", embedder=HashEmbedder())["summary"]]
    assert summary and not any(s.startswith("Asked on Channel 4") for s in summary)
    assert any(s.startswith("Ivo Holm and Speaker Oskar Brandt agreed") for s in summary)  # guard
