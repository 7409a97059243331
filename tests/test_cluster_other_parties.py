"""Another event of a story's cast on the same days, in a story of a few texts: split off by its title's parties and
what it tells of (invented texts; the exchange, the family's piece and the talks of test_cluster_subjects)."""

from __future__ import annotations

import json
from pathlib import Path

from test_cluster_subjects import FAMILY, RELEASE, TALKS

from storyline.cluster import cluster_records, list_stories, update_stories
from storyline.cluster.batch import doc_texts
from storyline.cluster.occasion import other_parties, split_other_parties
from storyline.ingest import ingest


def _records(items: list[tuple[str, tuple[str, str]]], day: str = "2027-06-04") -> list[dict[str, str]]:
    return [{"id": rid, "title": t, "text": x, "published": day} for rid, (t, x) in items]


def test_three_texts_the_mediators_other_talks_stand_alone() -> None:
    """Two reports of the exchange that its mediator hosted (its envoy, its city) and the same mediator's water talks
    between two other countries in that city, the same day: the talks share the mediator, the envoy and the city, as
    much as the two reports share, so clustering kept the three together; their title's parties (Essany, Tirnova) are
    named by neither report, and what they tell (a river, sluices, a dam) shares little but "envoy" and "talks"."""
    labels = cluster_records(_records([("host", RELEASE[4]), ("visit", RELEASE[5]), ("talks", TALKS)]))
    assert labels["host"] == labels["visit"]
    assert labels["talks"] != labels["host"]


def test_without_dates_too() -> None:
    recs = _records([("host", RELEASE[4]), ("visit", RELEASE[5]), ("talks", TALKS)])
    for r in recs:
        del r["published"]
    labels = cluster_records(recs)
    assert labels["talks"] != labels["host"] == labels["visit"]


def test_the_familys_piece_stays_with_two_reports() -> None:
    """Her family's piece names the freed man in its title, not parties of its own: it stays, though it shares fewer
    of the reports' names and words than the talks do."""
    labels = cluster_records(_records([("wire", RELEASE[0]), ("lands", RELEASE[1]), ("family", FAMILY)]))
    assert labels["wire"] == labels["lands"] == labels["family"]


def test_other_parties_wants_two_new_names_and_more_new_than_known() -> None:
    story = [{"holm", "dalmeria", "korvath", "westmark", "freed"}, {"aasgard", "dalmeria", "brandvik", "korvath"}]
    assert other_parties({"dalmeria", "essany", "tirnova"}, story)
    # one new name in a headline is a new angle (a country claiming a part in the exchange), not other parties
    assert not other_parties({"kelvania", "westmark"}, story)
    # two new names, but the title names as many of the story's
    assert not other_parties({"holm", "westmark", "sandvik", "ruth"}, story)
    assert not other_parties(set(), story)


def test_the_rest_must_be_a_story_by_what_it_tells() -> None:
    """The talks beside two texts that tell of nothing alike either (the exchange and the family's piece share the
    freed man's name and little of what happened): nothing says which of the three is the story, so none is split off
    this way; and a story of two texts is not checked (nothing but one text says what the story is)."""
    items = [("host", RELEASE[4]), ("family", FAMILY), ("talks", TALKS)]
    docs = doc_texts([v for _, v in items])
    titles = [t for _, (t, _x) in items]
    assert split_other_parties(docs, [0, 0, 0], titles) == [0, 0, 0]
    assert split_other_parties(docs[1:], [0, 0], titles[1:]) == [0, 0]
    # the two reports of the exchange are a story by their words: the talks leave it
    items = [("host", RELEASE[4]), ("visit", RELEASE[5]), ("talks", TALKS)]
    docs = doc_texts([v for _, v in items])
    labels = split_other_parties(docs, [0, 0, 0], [t for _, (t, _x) in items])
    assert labels[0] == labels[1] != labels[2]
    # no titles: nothing to read the parties from
    assert split_other_parties(docs, [0, 0, 0], [None, None, None]) == [0, 0, 0]


def _write(tmp_path: Path, rid: str, title: str, text: str) -> str:
    path = tmp_path / f"{rid}.json"
    record = {"title": title, "text": text, "published": "2027-06-04", "outlet": f"Outlet {rid}"}
    path.write_text(json.dumps(record), encoding="utf-8")
    return str(path)


def test_a_store_keeps_the_talks_apart_in_batch(store, tmp_path: Path) -> None:
    """Through a store, the three clustered at once: two stories, as ``cluster FILE`` makes."""
    paths = [_write(tmp_path, rid, *v) for rid, v in (("host", RELEASE[4]), ("visit", RELEASE[5]), ("talks", TALKS))]
    ingest(store, paths)
    update_stories(store)
    assert sorted(s["article_count"] for s in list_stories(store)) == [1, 2]


def test_a_store_keeps_the_talks_apart_as_they_arrive(store, tmp_path: Path) -> None:
    """The talks arriving after the two reports: neither joined as the closest story nor as a follow-up of its days
    (they share its mediator, envoy and city, the same day)."""
    paths = [_write(tmp_path, rid, *v) for rid, v in (("host", RELEASE[4]), ("visit", RELEASE[5]), ("talks", TALKS))]
    ingest(store, paths[:2])
    update_stories(store)
    ingest(store, paths[2:])
    report = update_stories(store)
    assert sorted(s["article_count"] for s in list_stories(store)) == [1, 2], report
