"""Two bills voted in one chamber the same week are two stories; one bill's two votes are one (storyline.cluster.objects,
batch and the store). Invented reports only: the Valdoran Assembly, its leaders and its bills do not exist."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from storyline.cluster import cluster_records, update_stories
from storyline.cluster.batch import doc_text
from storyline.cluster.objects import named_objects, split_objects
from storyline.cluster.stories import article_placements
from storyline.ingest import ingest
from storyline.store import Store

MEDIA = [
    (
        "Assembly passes Media Freedom Act after long debate",
        "MERESSA - The Valdoran Assembly passed the Media Freedom Act on Wednesday by 112 votes to 74, ending months of "
        "wrangling over press licences. The act scraps the licence board and bars ministers from ordering broadcasters "
        'to pull programmes. Majority leader Tomas Brehl of the Unity Party said the vote was "a good day for every '
        'newsroom in the country." Opposition leader Ilse Haarmund of the Civic Front said her members voted against '
        "because the act leaves the state broadcaster's board in government hands. Journalists' unions welcomed the "
        "act, which takes effect in March. Speaker Orla Venkers read the result to applause from the press gallery.",
    ),
    (
        "Press licence board scrapped as media act clears Assembly",
        "Lawmakers in Meressa voted 112 to 74 on Wednesday to pass the Media Freedom Act, abolishing the licence board "
        "that had suspended three newspapers last year. Tomas Brehl, leader of the Unity Party majority, told the "
        "chamber that editors would no longer need permission to print. Ilse Haarmund, who leads the Civic Front, said "
        "the act did too little for reporters facing defamation suits and that the state broadcaster stayed under "
        "ministerial control. The union of journalists called the act overdue. Newspapers suspended by the board may "
        "apply to reopen their presses at once.",
    ),
    (
        "Media Freedom Act: what changes for broadcasters and newspapers",
        "The Media Freedom Act, passed by the Valdoran Assembly on Wednesday, ends the licensing of newspapers and "
        "forbids ministers to order a broadcaster to drop a programme. Under the act, defamation claims against "
        "journalists go to civil courts, not the licence board, which is abolished. Majority leader Tomas Brehl said the "
        "reform keeps a promise of the Unity Party's campaign; opposition leader Ilse Haarmund said the Civic Front "
        "would try to amend the rules for the state broadcaster's board. Editors said the act would let suspended "
        "papers print again and reporters work without licences.",
    ),
]
ROADS = [
    (
        "Rural Roads Bill approved in Assembly vote",
        "MERESSA - The Valdoran Assembly approved the Rural Roads Bill on Thursday by 98 votes to 88, releasing 400 "
        "million crowns to pave gravel roads and repair bridges in the northern provinces. Majority leader Tomas Brehl "
        "of the Unity Party said farmers had waited too long for roads that survive the spring floods. Opposition leader "
        "Ilse Haarmund of the Civic Front said the bill favoured provinces that voted for the government and that the "
        "money would run out before the bridges were fixed. Speaker Orla Venkers read the result after a debate of "
        "nine hours. Paving is to start in May.",
    ),
    (
        "Northern provinces get road money as bill narrowly passes",
        "Lawmakers in Meressa voted 98 to 88 on Thursday for the Rural Roads Bill, which pays for paving gravel roads "
        "and repairing flood-damaged bridges across the north. Tomas Brehl, leader of the Unity Party majority, said "
        "the roads carry the grain harvest and school buses and could not wait another winter. Ilse Haarmund, who "
        "leads the Civic Front, said the provinces chosen for paving were those that backed the government. Farmers' "
        "associations in the northern provinces welcomed the money. The transport ministry will publish the list of "
        "roads and bridges next month.",
    ),
    (
        "Rural Roads Bill: which roads and bridges come first",
        "The Rural Roads Bill, voted through the Valdoran Assembly on Thursday, sets aside 400 million crowns for "
        "gravel roads and bridges in the northern provinces. Bridges closed by last spring's floods come first, then "
        "roads used by school buses and grain lorries. Majority leader Tomas Brehl said the Unity Party had kept its "
        "promise to farmers; opposition leader Ilse Haarmund said the Civic Front would ask the audit office to check "
        "how the provinces were chosen. The transport ministry expects paving to start in May and to finish in three "
        "years.",
    ),
]
FIRST_VOTE = [
    (
        "Media Freedom Act falls short in first Assembly vote",
        "MERESSA - The Media Freedom Act failed in the Valdoran Assembly on Monday, 84 votes to 90, after a dozen "
        "Unity Party members stayed away over the fate of the press licence board. Majority leader Tomas Brehl said he "
        "would bring the act back within days. Opposition leader Ilse Haarmund of the Civic Front said the act left "
        "the state broadcaster under ministers' control. Journalists' unions said they were disappointed but expected "
        "a second vote. Speaker Orla Venkers scheduled it for Wednesday.",
    ),
    (
        "Setback for media act as licence board survives Monday vote",
        "Lawmakers in Meressa voted 90 to 84 on Monday against the Media Freedom Act, which would abolish the licence "
        "board that suspended three newspapers last year. Tomas Brehl, leader of the Unity Party majority, blamed "
        "absent members and said the act would pass on a second vote. Ilse Haarmund, who leads the Civic Front, said "
        "the vote showed doubts about the state broadcaster's board. The union of journalists urged members to return "
        "for the second vote on Wednesday.",
    ),
]


def _records(items: list[tuple[str, str]], day: str, prefix: str) -> list[dict[str, str]]:
    return [
        {"id": f"{prefix}{k}", "title": t, "text": x, "published": day, "outlet": f"Outlet {k}"}
        for k, (t, x) in enumerate(items)
    ]


def test_two_bills_the_same_week_are_two_stories() -> None:
    """The media act passed on Wednesday and the roads bill voted on Thursday: one chamber, one speaker, the same two
    leaders quoted in every report, and each report names its own bill and never the other."""
    labels = cluster_records(_records(MEDIA, "2027-03-10", "m") + _records(ROADS, "2027-03-11", "r"))
    assert labels["m0"] == labels["m1"] == labels["m2"]
    assert labels["r0"] == labels["r1"] == labels["r2"]
    assert labels["m0"] != labels["r0"]


def test_one_bills_two_votes_stay_one_story() -> None:
    """The media act failed on Monday and passed on Wednesday: one bill, one story (with the roads bill beside it, too)."""
    recs = _records(FIRST_VOTE, "2027-03-08", "f") + _records(MEDIA, "2027-03-10", "m")
    labels = cluster_records(recs)
    assert len(set(labels.values())) == 1
    labels = cluster_records(recs + _records(ROADS, "2027-03-11", "r"))
    assert labels["f0"] == labels["f1"] == labels["m0"] == labels["m1"] == labels["m2"] != labels["r0"]


def test_a_bill_and_its_act_are_one_object_and_names_are_read_with_care() -> None:
    assert named_objects("The Media Freedom Bill was debated. The Media Freedom Act passed.") == Counter(
        {("law", "media freedom"): 2}
    )
    # a first name, a sentence's first word, a treaty
    assert not named_objects("President Bill Varga spoke. Act now, he said.")
    assert named_objects("On Monday the Lorvan Water Treaty was signed.") == Counter({("treaty", "lorvan water"): 1})
    # a headline in title case: its words are capitalised for the style
    assert not named_objects("Assembly Votes On Roads Act After Long Debate")


def test_a_mention_of_the_other_bill_or_of_another_kind_keeps_a_story() -> None:
    """Reports of the media act that mostly name the roads bill too (it is voted the next day) stay one story; so do
    a law and a treaty (no two objects of one kind)."""
    act = "The Media Freedom Act passed. The Media Freedom Act ends licences."
    both = act + " The Rural Roads Bill comes up on Thursday."
    roads = "The Rural Roads Bill passed. The Rural Roads Bill pays for bridges."
    assert split_objects([both, both, roads, roads], [0, 0, 0, 0]) == [0, 0, 0, 0]
    assert split_objects([act, act, roads, roads], [0, 0, 0, 0]) == [0, 0, 1, 1]
    treaty = "The Lorvan Water Treaty was signed. The Lorvan Water Treaty shares a river."
    assert split_objects([act, act, treaty], [0, 0, 0]) == [0, 0, 0]
    # a text that names no object, or two as often, stays where it was
    assert split_objects([act, roads, "The Assembly sat late.", "Media Freedom Act and Rural Roads Bill."], [0] * 4)[
        2:
    ] == [0, 0]


def _write(tmp_path: Path, name: str, recs: list[dict[str, str]]) -> str:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return str(path)


def _sizes(store: Store) -> list[int]:
    return sorted(Counter(v["story"] for v in article_placements(store).values()).values())


def test_the_store_keeps_the_roads_bill_out_of_the_media_acts_story(tmp_path: Path) -> None:
    """Day by day: the media act's reports on Wednesday, the roads bill's on Thursday. They were close enough to join
    the act's story (0.32-0.52), or to follow it up (its cast, within days); as in batch, they make a story of their
    own, and the placement says why."""
    with Store(tmp_path / "s.db") as store:
        ingest(store, [_write(tmp_path, "wed", _records(MEDIA, "2027-03-10", "m"))])
        update_stories(store)
        ingest(store, [_write(tmp_path, "thu", _records(ROADS, "2027-03-11", "r"))])
        report = update_stories(store)
        assert _sizes(store) == [3, 3]
        assert {p["action"] for p in report.placed} == {"new"}
    with Store(tmp_path / "g.db") as store:  # the guard: the same bill's failed vote, then its second vote
        ingest(store, [_write(tmp_path, "mon", _records(FIRST_VOTE, "2027-03-08", "f"))])
        update_stories(store)
        ingest(store, [_write(tmp_path, "wed2", _records(MEDIA, "2027-03-10", "m"))])
        update_stories(store)
        assert _sizes(store) == [5]


def test_doc_text_keeps_the_bills_name() -> None:
    assert ("law", "rural roads") in named_objects(doc_text(*ROADS[0]))


def test_a_law_named_once_in_passing_splits_nothing() -> None:
    """Campaign reports: one names "the Tarrow Health Act" once (a debate's jab), another "the Second Amendment" once,
    a third the party's "National Convention": none of them is about a law or a treaty, and the story stays whole."""
    debate = "Governor Ilka Morrow attacked the Tarrow Health Act in the debate. Morrow led the polls."
    rally = "Senator Petr Aldane spoke of the Second Amendment at a rally. Aldane trails Morrow."
    convention = "Delegates meet at the Valdoran National Convention in July. Morrow and Aldane both attend."
    plain = "Morrow and Aldane campaigned in the north before the primary."
    assert split_objects([debate, rally, convention, plain], [0, 0, 0, 0]) == [0, 0, 0, 0]
    # the same debate report beside two reports each about their own law, twice named: those split, it stays
    act = "The Media Freedom Act passed. The Media Freedom Act ends licences."
    roads = "The Rural Roads Bill passed. The Rural Roads Bill pays for bridges."
    assert split_objects([act, act, roads, roads, debate], [0] * 5) == [0, 0, 1, 1, 0]
