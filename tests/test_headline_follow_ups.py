"""The story's headline is a title of its main day, not a follow-up's ("Dembek appeals sentence" two days after most
outlets reported the verdict): fresh18 headline."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
from brief_helpers import make_article

from storyline.brief.summary import choose_headline, follow_ups

TITLES = [
    ("v1", "Governor Dembek jailed for eight years", "2026-03-10"),
    ("v2", "Dembek gets eight years for bridge fund theft", "2026-03-10"),
    ("v3", "Governor Dembek sentenced to eight years", "2026-03-10T18:05:00+01:00"),
    ("p1", "Ex-governor Dembek appeals eight-year sentence", "2026-03-12"),
    ("p2", "Dembek files appeal against eight-year term", "2026-03-12"),
]


def _articles(dated: bool = True):  # type: ignore[no-untyped-def]
    return [
        replace(
            make_article(i, t, f"{t}. The Varna court heard the case.", outlet=f"Outlet {i}"),
            published=d if dated else None,
        )
        for i, t, d in TITLES
    ]


def _choose(articles):  # type: ignore[no-untyped-def]
    # title vectors: the appeal title lies between the verdict's and the appeal's, the closest to every other one
    verdict, appeal = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])
    raw = [verdict, verdict * 0.9 + appeal * 0.1, verdict * 0.95 + appeal * 0.05, verdict * 0.6 + appeal * 0.5, appeal]
    vecs = np.array([v / np.linalg.norm(v) for v in raw])
    al = SimpleNamespace(vectors=vecs, groups={a.id: a.id for a in articles}, conflicts=[])
    return choose_headline(articles, vecs, al)["text"]  # type: ignore[arg-type,index]


def test_a_follow_up_of_a_later_day_is_not_the_headline() -> None:
    assert _choose(_articles()) != "Ex-governor Dembek appeals eight-year sentence"
    assert _choose(_articles()) in {t for _, t, d in TITLES if d.startswith("2026-03-10")}


def test_guard_with_no_dates_the_most_central_title_stays() -> None:
    assert _choose(_articles(dated=False)) == "Ex-governor Dembek appeals eight-year sentence"


def test_the_main_day_is_the_day_most_sources_published_on() -> None:
    arts = _articles()
    assert follow_ups(arts, [a.id for a in arts]) == {"p1", "p2"}
    # the verdict's three reports are one wire's copies: one source on the 10th, two on the 12th
    assert follow_ups(arts, ["w", "w", "w", "p1", "p2"]) == set()
    # a tie (two sources each day): no day is the story's main day, no title a follow-up
    assert follow_ups(arts[1:], [a.id for a in arts[1:]]) == set()
    # one source a day over three days (a campaign's loose run of reports): no follow-ups either
    spread = [replace(a, published=f"2026-03-1{n}") for n, a in enumerate(arts[:3])]
    assert follow_ups(spread, [a.id for a in spread]) == set()
    assert follow_ups([replace(a, published="2026-03-10") for a in arts], [a.id for a in arts]) == set()
