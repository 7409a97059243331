"""The headline drops a running page's label ("...: Latest updates") and prefers a plain title to one in an outlet's
loaded words ("... sick footage") when both tell the story equally. Invented outlets, places and events."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from brief_helpers import make_article

from storyline.brief.summary import choose_headline


def _choose(titles: list[str]) -> dict:  # type: ignore[type-arg]
    articles = [make_article(f"a{k}", t, f"{t}. The Selvan police spoke on Sunday.") for k, t in enumerate(titles)]
    vecs = np.ones((len(titles), 3)) / np.sqrt(3)  # every title as close to the story as the others
    al = SimpleNamespace(vectors=vecs, groups={a.id: a.id for a in articles}, conflicts=[])
    return choose_headline(articles, vecs, al)  # type: ignore[arg-type,return-value]


@pytest.mark.parametrize(
    "title",
    [
        "Veloria says it mistakenly downed airliner: Latest updates.",
        "Veloria says it mistakenly downed airliner - live updates",
        "Veloria says it mistakenly downed airliner | As it happened",
        "Veloria says it mistakenly downed airliner;",
    ],
)
def test_a_running_pages_label_is_not_in_the_headline(title: str) -> None:
    got = _choose([title])
    assert got["text"] == "Veloria says it mistakenly downed airliner"
    assert got["citations"][0]["start"] == 0 and got["citations"][0]["end"] == len(got["text"])


def test_guard_a_title_about_updates_keeps_its_words() -> None:
    assert _choose(["Vistagram updates its rules on live video"])["text"] == "Vistagram updates its rules on live video"


def test_a_plain_title_is_preferred_to_a_loaded_one() -> None:
    loaded = "Fire livestream sparks scramble to remove sick footage"
    plain = "Vistagram removes 900,000 videos of Selvan fire"
    assert _choose([loaded, plain])["text"] == plain
    assert _choose([plain, loaded])["text"] == plain
