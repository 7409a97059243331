"""The headline and the summary tell the story's main event, in sentences that stand alone (stop 53, brief-i4: a
forecast or a reaction's title as the headline, a stale "next week will bring ..." and a "What is unclear is in which
direction." in the summary, a corroborated side detail before the walkout every outlet reports). All text invented."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest
from brief_helpers import make_article

from storyline.align.claims import Claim
from storyline.brief.summary import (
    SummaryOptions,
    choose_headline,
    earlier,
    sentence_scores,
    sources_told,
    tells_no_event,
)


def _scores(texts: list[str], **kw: object) -> list[float]:
    claims = [Claim(k, f"a{k}", 0, len(t), t, 0) for k, t in enumerate(texts)]
    al = SimpleNamespace(
        claims=claims,
        vectors=np.eye(len(texts)),
        centrality=np.full(len(texts), 0.8),
        groups={c.article: c.article for c in claims},
    )
    return [float(x) for x in sentence_scores(al, np.zeros((0, 2)), SummaryOptions(lexical=0.0), **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "What is unclear is in which direction.",
        "Officials in the Dell county office still do not know why.",
        "The only question left for the Varos council is when.",
        "Advisers to the four remaining governors discount either of those outcomes.",
        "By Thursday evening none of them had conceded the Dell race.",
    ],
)
def test_a_sentence_that_leaves_its_subject_to_the_one_before_is_no_candidate(text: str) -> None:
    assert _scores([text]) == [-np.inf]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Dell said they did not know why the bridge failed.",
        "The council has not said which route the new buses will take.",
        "One of those who voted for Holm said the queues were long.",
        "Turnout fell in both of the Varos districts on Thursday.",
    ],
)
def test_guard_a_question_word_with_its_clause_and_a_named_choice_stay(text: str) -> None:
    assert np.isfinite(_scores([text])[0])


def test_a_forecast_written_before_the_main_day_scores_lower() -> None:
    texts = ["Next week will bring contests in Dell, Varos and Kessling.", "Holm won the contests in Dell and Varos."]
    base = _scores(texts)
    early = _scores(texts, early=frozenset({"a0", "a1"}))
    assert early[0] < base[0]
    assert early[1] == base[1]  # guard: what happened, told before the main day, stays
    assert _scores(texts, early=frozenset({"a1"}))[0] == base[0]  # guard: a forecast of the main day's own piece
    # guard: a result told before the main day with a forecast in a later clause
    result = ["Holm's party is projected to win 157 seats, and will find it harder to pass laws in Dell."]
    assert _scores(result, early=frozenset({"a0"})) == _scores(result)


def test_a_race_not_yet_called_before_the_main_day_scores_lower() -> None:
    texts = ["The contests in Dell and Varos have not yet been decided.", "Holm won the contests in Dell and Varos."]
    assert _scores(texts, early=frozenset({"a0"}))[0] < _scores(texts)[0]


def test_earlier_is_what_was_published_before_the_main_day() -> None:
    days = [("p", "2026-03-10"), ("v1", "2026-03-15"), ("v2", "2026-03-15"), ("f", "2026-03-17"), ("u", None)]
    arts = [replace(make_article(i, f"Title {i}", "Body."), published=d) for i, d in days]
    assert earlier(arts, [a.id for a in arts]) == {"p"}
    # a tie between days: no main day, nothing earlier
    assert earlier(arts[:2], ["p", "v1"]) == set()


def _fact(sources: int, claims: list[SimpleNamespace], against: set[int], conflicts: list[int]) -> SimpleNamespace:
    return SimpleNamespace(
        independent_sources=sources, claims=claims, against=against, conflicts=conflicts, representative=claims[0]
    )


def test_a_source_that_gives_another_day_for_the_event_still_tells_it() -> None:
    monday, also, tuesday = (SimpleNamespace(article=a) for a in ("e", "n", "c"))
    date = SimpleNamespace(kind="date", sides=[monday, tuesday])
    fact = _fact(2, [monday, also, tuesday], {id(tuesday)}, [0])
    al = SimpleNamespace(facts=[fact], conflicts=[date], groups={"e": "e", "n": "n", "c": "c"})
    told = sources_told(al)  # type: ignore[arg-type]
    assert told[id(monday)] == 3 and told[id(also)] == 3
    assert id(tuesday) not in told
    # the other day's sentence in a fact of its own, a side of the fact's conflict: the same
    al.facts = [_fact(2, [monday, also], set(), [0]), _fact(1, [tuesday], set(), [0])]
    assert sources_told(al)[id(monday)] == 3  # type: ignore[arg-type]
    al.facts = [fact]
    # guard: a source that denies it (a negation conflict) does not tell it
    negation = SimpleNamespace(kind="negation", sides=[monday, tuesday])
    al.conflicts = [negation]
    assert sources_told(al)[id(monday)] == 2  # type: ignore[arg-type]
    # guard: a copy of a source that already tells it counts once
    al.conflicts, al.groups = [date], {"e": "e", "n": "n", "c": "e"}
    assert sources_told(al)[id(monday)] == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "title",
    [
        "Insiders: Holm will rebound in Varos.",
        "Criminal charges against Brandt could have set new legal standard.",
        "Can the Dell establishment stop Holm?",
        "Maybe Holm hasn't rewritten the rules",
        "Don't Let The Press Tell You Brandt 'Won' In Dell",
        "Rusk Calls Lena Brandt ‘A Disgrace’ Over Shooting Comments.",
        "Holm: 'We are going to win so much.'",
        "How Ivo Holm Could Become Governor.",
    ],
)
def test_a_title_that_tells_no_event(title: str) -> None:
    assert tells_no_event(title)


@pytest.mark.parametrize(
    "title",
    [
        "Holm wins the Dell primary by 22 points",
        "Dell council passes budget that would close two libraries",
        "Holm says troops could reach 15,000 by June",
        "Supreme Court won't revive Dell camping law",
        "Poll finds Brandt would beat Holm in Varos",
        "Rusk lands in Varos, will meet Holm on Friday",
        "Brandt calls on Dell to step up flood defences",
        "Holm Speaks ‘Directly To Voters’ After Dell Shooting",
    ],
)
def test_guard_a_title_that_tells_an_event(title: str) -> None:
    assert not tells_no_event(title)


def test_the_headline_is_not_a_forecast_nor_a_reaction_when_a_report_is_close() -> None:
    for side in ("Insiders: Holm will rebound in Varos", "Rusk Calls Ivo Holm ‘A Disgrace’ Over Dell Remarks"):
        titles = [("r1", "Holm wins the Dell primary by 22 points"), ("r2", "Dell voters hand Holm a big win")]
        titles.append(("s1", side))
        articles = [make_article(i, t, f"{t}. The count ended on Wednesday.", outlet=f"Outlet {i}") for i, t in titles]
        # the side piece's title lies between the two reports' titles, the closest to both
        raw = [np.array([1.0, 0.3, 0.0]), np.array([0.3, 1.0, 0.0]), np.array([0.5, 0.5, 0.4])]
        vecs = np.array([v / np.linalg.norm(v) for v in raw])
        al = SimpleNamespace(vectors=vecs, groups={x.id: x.id for x in articles}, conflicts=[])
        assert choose_headline(articles, vecs, al)["text"] != side  # type: ignore[arg-type,index]
        # guard: with the penalty off, the closest title is chosen as before
        off = SummaryOptions(headline_no_event=0.0)
        assert choose_headline(articles, vecs, al, off)["text"] == side  # type: ignore[arg-type,index]


def test_the_fact_the_sources_open_with_counts_their_ledes() -> None:
    walkout = [SimpleNamespace(article=a, position=0) for a in ("e", "n", "c")]
    saving = [SimpleNamespace(article=a, position=4) for a in ("e", "n", "c")]
    date = SimpleNamespace(kind="date", sides=[walkout[0], walkout[2]])
    facts = [
        SimpleNamespace(independent_sources=2, claims=walkout, against={id(walkout[2])}, conflicts=[0]),
        SimpleNamespace(independent_sources=3, claims=saving, against=set(), conflicts=[]),
    ]
    al = SimpleNamespace(facts=facts, conflicts=[date], groups={"e": "e", "n": "n", "c": "c"})
    led = sources_told(al, leading=True)  # type: ignore[arg-type]
    assert led[id(walkout[0])] == 3 and led[id(saving[0])] == 0
    texts = [
        "Vellmoor City Transit says the cuts would save 4.2 million crowns a year.",
        "Bus drivers in Vellmoor walked off the job on Monday over night routes.",
    ]
    claims = [Claim(0, "e", 0, len(texts[0]), texts[0], 4), Claim(1, "e", 0, len(texts[1]), texts[1], 0)]
    al2 = SimpleNamespace(claims=claims, vectors=np.eye(2), centrality=np.array([0.9, 0.9]), groups={"e": "e"})
    told = {id(claims[0]): 3, id(claims[1]): 3}
    # the saving figure is more central than the walkout and told as widely: the ledes put the walkout first
    al2.centrality = np.array([1.2, 0.9])
    options = SummaryOptions(lexical=0.0)
    saving_s, walkout_s = sentence_scores(al2, np.zeros((0, 2)), options, told_by=told)  # type: ignore[arg-type]
    assert saving_s > walkout_s  # guard: without the ledes' count, as before
    lead = {id(claims[1]): 3}
    saving_s, walkout_s = sentence_scores(al2, np.zeros((0, 2)), options, told_by=told, led_by=lead)  # type: ignore[arg-type]
    assert walkout_s > saving_s
