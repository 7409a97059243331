"""A story's label, chosen before any brief, by the brief headline's rules: not an outlet's loaded words ("... tries a
coup by lawsuit"), nor a live page's label, when a plain title is there. Invented outlets, people and places."""

from __future__ import annotations

from storyline.cluster.stories import _label_of

PLAIN = "Judge orders partial recount in Velmora"
LOADED = "Court orders recount as Baranek camp tries a coup by lawsuit"


def test_a_story_label_is_a_plain_title_not_an_outlets_loaded_one() -> None:
    assert _label_of([LOADED, PLAIN], "") == PLAIN
    titles = [
        LOADED,
        "Court orders partial recount in Velmora",
        "Sore loser Baranek drags Velmora count to court",
        "Velmora recount ordered by court",
    ]
    assert _label_of(titles, "") in (titles[1], titles[3])


def test_a_plain_title_with_a_number_is_a_label_before_a_loaded_one() -> None:
    # "two districts" may be no disputed count; "a coup by lawsuit" is one outlet's word
    assert _label_of([LOADED, "Judge orders recount in two Velmora districts"], "") == (
        "Judge orders recount in two Velmora districts"
    )


def test_guard_loaded_titles_alone_still_label_the_story_and_plain_ones_keep_their_order() -> None:
    loaded = [LOADED, "Sore loser Baranek drags Velmora count to court"]
    assert _label_of(loaded, "") in loaded
    # plain titles only: the first without a count, as before
    assert _label_of([PLAIN, "Velmora recount ordered by court"], "") == PLAIN
    assert _label_of(["Recount of 3,000 ballots ordered", PLAIN], "") == PLAIN
