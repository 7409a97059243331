"""The cast a follow-up shares with a story (storyline.cluster.batch.cast_names, storyline.cluster.stories.story_cast and
the store's follow-up join): a title or a month is no one's name, and a name one member uses is that member's. Invented
reports only."""

from __future__ import annotations

from storyline.cluster.batch import cast_names
from storyline.cluster.stories import story_cast


def test_titles_and_abbreviated_months_are_no_cast():
    docs = [
        "Velland Gov. Ian Marsh signed the harbour budget on Oct. 12, Secretary of Works Pia Rond said.",
        "The budget signed by Gov. Ian Marsh pays for the quay, said Sen. Ola Brandt on Nov. 3 in Velland.",
    ]
    names = cast_names(docs)
    assert {"marsh", "velland", "rond"} <= names[0]
    assert {"marsh", "velland", "brandt"} <= names[1]
    for title in ("gov", "secretary", "sen", "oct", "nov"):
        assert all(title not in n for n in names)


def test_names_in_every_text_stay_cast():
    """Guard: what the reports name inside their sentences is still their cast."""
    docs = [
        "Fire crews from Dunmere fought the blaze at the Kessel Mill on Monday, chief Arne Holt said.",
        "The Kessel Mill in Dunmere burned through the night, fire chief Arne Holt told reporters.",
    ]
    assert all({"kessel", "dunmere", "holt"} <= n for n in cast_names(docs))


def test_a_name_one_member_uses_is_no_cast_of_a_story_of_two_or_more():
    df = {"halvik": 3, "tarnby": 4, "lund": 3}.__getitem__
    members = [{"halvik", "tarnby", "lund"}, {"tarnby", "lund"}]
    assert story_cast({"halvik", "tarnby", "lund"}, members, df) == {"tarnby", "lund"}
    # one member: its names are the story's
    assert story_cast({"halvik", "tarnby"}, members[:1], df) == {"halvik", "tarnby"}
