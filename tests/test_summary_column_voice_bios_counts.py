"""A column under a news label gives the summary no sentence in its own voice while reports tell the story; a line
about the writer ("X is senior politics editor at Y."), a sentence that leans back ("did the same thing", "Among
them:", "has won 12 and ...": 12 what?) are no summary sentences; who had no response is a note on sources, not an
event (stop 56, sum-i15, from PolNeAR briefs). All text invented."""

from __future__ import annotations

import numpy as np
import pytest
from brief_helpers import HashEmbedder, make_article
from brief_helpers import claim_scores as _scores

from storyline.brief import build_brief
from storyline.brief.summary import AUTHOR_LINE, background
from storyline.extract import extract_articles

LEANING = [
    "Ivo Dren is senior politics editor at The Dell Gazette.",  # a line about the writer
    "Mara Quell is a contributing writer for the Kelby Star.",
    "In September, Ada Holm did the same thing.",  # which thing? the sentence before told
    "Among them: a levy on every boat moored in the Varos harbour.",
    "Among them are three former mayors of the town of Dell.",
    "Ivo Rusk has won 12 and Ada Holm has won five.",  # 12 what?
    "Overall, Holm has 69, Rusk has 41 and Dren has nine.",
]


@pytest.mark.parametrize("text", LEANING)
def test_a_writers_line_or_a_sentence_that_leans_back_is_no_candidate(text: str) -> None:
    assert _scores([text]) == [-np.inf]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Dren was named senior politics editor at the Dell Gazette on Monday.",  # news of a post
        "Ada Holm did the same thing as Ivo Rusk at the Dell rally in May.",  # the same as what: said
        "Among those who voted, most backed Ada Holm in the Varos primary.",  # the clause says which
        "Ivo Rusk has won 12 delegates and Ada Holm has 9 in the Varos count.",  # the noun is there
        "Ada Holm has won 52 percent of the vote in the Varos primary.",
        "An anti-Holm group called Our Future is ramping up its ads in Varos.",  # a name, not the writer's "our"
    ],
)
def test_guard_a_sentence_that_names_what_it_tells_stays_a_candidate(text: str) -> None:
    assert np.isfinite(_scores([text])[0])


def test_guard_a_new_post_is_no_writers_line() -> None:
    assert not AUTHOR_LINE.match("Ivo Dren is the new editor at The Dell Gazette.")
    assert not AUTHOR_LINE.match("Ivo Dren is a reporter for the Dell Gazette who covered the harbour vote.")
    assert AUTHOR_LINE.match("Ivo Dren is senior politics editor at The Dell Gazette.")


def test_guard_the_writers_our_is_still_the_writer() -> None:
    assert _scores(["Our leaders in Varos have failed the harbour towns again."]) == [-np.inf]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Ada Holm had no response.",
        "The Dell council had no immediate comment on the ruling.",
        "The Varos harbour board declined comment.",
    ],
)
def test_who_had_no_response_is_background(text: str) -> None:
    assert background(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Hoff, who declined to comment for this article, proposes a ban on boats in Varos.",  # a relative clause
        "The network did not respond to the request, and Holm appeared at the Dell debate anyway.",  # an event too
        "The Dell council had no response to the flooding for weeks.",  # the council's failure: an event
        "Holm declined to comment but said the levy would stay.",
    ],
)
def test_guard_an_event_beside_a_no_comment_is_no_background(text: str) -> None:
    assert not background(text)


REPORT = (
    "Ada Holm won the Varos mayoral primary on Tuesday with 52 percent of the vote.\n\n"
    "Ivo Rusk finished second with 41 percent, the Varos election board said.\n\n"
    "Turnout was 38 percent, up from 31 percent four years ago, the board said."
)
COLUMN = (
    "I have covered Varos politics for twenty years, and I think Ada Holm won because Ivo Rusk gave voters nothing.\n\n"
    "What did Rusk expect?\n\n"
    "Ada Holm's win in the Varos mayoral primary on Tuesday pales by comparison with her Dell landslide.\n\n"
    "If you live in Varos, you know the harbour levy was the only question that mattered.\n\n"
    "Holm's new harbour levy will cost boat owners 900 crowns a year, the Varos port authority said on Tuesday.\n\n"
    "Follow Mara Quell on Twitter @maraquell."
)


def _brief(*articles):  # type: ignore[no-untyped-def]
    arts = list(articles)
    extractions = {a.id: e for a, e in zip(arts, extract_articles(arts), strict=True)}
    return build_brief(arts, extractions, [], story="s1", embedder=HashEmbedder())


def test_a_columns_own_voice_is_no_summary_sentence_beside_reports() -> None:
    brief = _brief(
        make_article("a", "Holm wins Varos primary", REPORT, outlet="Varos Ledger"),
        make_article("b", "Holm takes Varos", COLUMN, outlet="Harnby Courier"),
    )
    told = [s["text"] for s in brief["summary"] if s["citations"][0]["article"] == "b"]
    assert all("said" in t for t in told)  # the column's reported speech only, none of its own voice


def test_guard_with_no_report_a_columns_own_voice_may_tell_the_story() -> None:
    brief = _brief(make_article("b", "Holm takes Varos", COLUMN, outlet="Harnby Courier"))
    assert any("pales by comparison" in s["text"] or "you know" in s["text"] for s in brief["summary"])
