"""Same cast, another occasion (storyline.cluster.occasion): invented reports only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.cluster import ClusterParams, ClusterReport, cluster_records, get_story, list_stories, update_stories
from storyline.ingest import ingest
from storyline.store import Store

GALLERY = [
    (
        "Brackwater Arts Trust opens new sculpture gallery",
        "Brackwater Arts Trust opened a new sculpture gallery at the Brackwater Museum on Friday, with eleven bronze "
        "pieces and a garden terrace. The gallery cost 12 million dollars and took three years to build, the trust "
        'said. Director Imogen Saltley cut the ribbon. "This gallery belongs to every family in Brackwater," she said.',
    ),
    (
        "New sculpture gallery opens at Brackwater Museum",
        "Brackwater Arts Trust opened its new sculpture gallery at the Brackwater Museum on Friday. The gallery "
        "shows eleven bronze pieces beside a garden terrace and cost 12 million dollars, the trust said. Director "
        'Imogen Saltley said at the opening: "This gallery belongs to every family in Brackwater."',
    ),
]
THEFT = [
    (
        "Thieves take paintings from Brackwater Museum",
        "Thieves broke into the Brackwater Museum overnight and took four paintings from its upper hall, Brackwater "
        "Arts Trust said on Sunday. Police said the burglars cut through a skylight and disabled an alarm. Director "
        'Imogen Saltley said the trust was shaken. "We will help the police in every way," she said. Detectives '
        "are reviewing camera footage and asked witnesses to come forward.",
    ),
    (
        "Police hunt burglars after Brackwater Museum paintings stolen",
        "Police are hunting burglars who stole four paintings from the Brackwater Museum, run by Brackwater Arts "
        "Trust. The thieves entered through a skylight overnight and disabled the alarm before taking the paintings, "
        "detectives said. Director Imogen Saltley asked anyone who saw the break-in to call the police. Camera "
        "footage is being reviewed.",
    ),
]


def _records(gallery_day: str | None, theft_day: str | None) -> list[dict[str, Any]]:
    recs = [
        {"id": f"g{i}", "title": t, "text": x, **({"published": gallery_day} if gallery_day else {})}
        for i, (t, x) in enumerate(GALLERY)
    ]
    recs += [
        {"id": f"t{i}", "title": t, "text": x, **({"published": theft_day} if theft_day else {})}
        for i, (t, x) in enumerate(THEFT)
    ]
    return recs


def _groups(labels: dict[str, str]) -> set[frozenset[str]]:
    return {frozenset(k for k, v in labels.items() if v == lab) for lab in labels.values()}


def test_word_weights_alone_put_the_two_occasions_of_one_cast_in_one_story():
    """The shared organisation, museum and director are most of what TF-IDF reads in four short texts."""
    labels = cluster_records(_records("2026-04-03", "2026-04-12"), params=ClusterParams(occasion_floor=None))
    assert len(set(labels.values())) == 1


def test_a_small_batch_story_splits_where_a_part_is_days_apart_and_shares_only_names():
    labels = cluster_records(_records("2026-04-03", "2026-04-12"))
    assert _groups(labels) == {frozenset({"g0", "g1"}), frozenset({"t0", "t1"})}


def test_without_dates_or_within_days_the_story_is_not_split():
    """Reports of one event in other words share their names and little else: content words alone are no test."""
    for gallery, theft in ((None, None), ("2026-04-03", "2026-04-05"), ("2026-04-03", None)):
        assert len(set(cluster_records(_records(gallery, theft)).values())) == 1, (gallery, theft)


def test_follow_up_days_later_in_the_same_words_stays():
    """A later report that tells what it follows up (the stolen paintings found) shares the event's words."""
    recs = [r for r in _records("2026-04-12", "2026-04-12") if r["id"].startswith("t")]
    recs.append(
        {
            "id": "t9",
            "title": "Stolen Brackwater Museum paintings found",
            "published": "2026-04-20",
            "text": "Police found the four paintings stolen from the Brackwater Museum in a lock-up garage, detectives "
            "said. The burglars who entered through a skylight and disabled the alarm have not been caught. Director "
            "Imogen Saltley thanked the police and the witnesses who came forward after the break-in.",
        }
    )
    assert len(set(cluster_records(recs).values())) == 1


def test_lower_cased_texts_are_not_checked():
    """Without capitals nothing tells the names: the content words would be all the words."""
    recs = _records("2026-04-03", "2026-04-12")
    lowered = [{**r, "title": r["title"].lower(), "text": r["text"].lower()} for r in recs]
    plain = cluster_records(lowered, params=ClusterParams(occasion_floor=None))
    assert cluster_records(lowered) == plain


def _write(tmp_path: Path, name: str, recs: list[dict[str, Any]]) -> str:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return str(path)


def _day_by_day(db: Path, tmp_path: Path, params: ClusterParams) -> tuple[ClusterReport, list[dict[str, Any]]]:
    recs = _records("2026-04-03", "2026-04-12")
    with Store(db) as store:
        ingest(store, [_write(tmp_path, "day0", recs[:2])])
        update_stories(store, params=params)
        ingest(store, [_write(tmp_path, "day9", recs[2:])])
        report = update_stories(store, params=params)
        return report, list_stories(store)


def test_incremental_articles_of_another_occasion_open_their_own_story(tmp_path: Path):
    report, stories = _day_by_day(tmp_path / "off.db", tmp_path, ClusterParams(occasion_floor=None))
    assert report.joined == 2  # without the check, the theft joins the gallery's story
    report, stories = _day_by_day(tmp_path / "on.db", tmp_path, ClusterParams())
    assert report.joined == 0 and report.new_stories == 1
    assert sorted(s["article_count"] for s in stories) == [2, 2]
    assert sorted("gallery" in s["label"] for s in stories) == [False, True]


def test_incremental_lone_article_says_why_it_is_kept_out(store, tmp_path: Path):
    recs = _records("2026-04-03", "2026-04-12")
    ingest(store, [_write(tmp_path, "day0", recs[:2])])
    update_stories(store)
    ingest(store, [_write(tmp_path, "day9", recs[2:3])])
    update_stories(store)
    alone = [s for s in list_stories(store) if s["article_count"] == 1]
    assert len(alone) == 1
    reason = next(iter(get_story(store, alone[0]["id"])["reasons"].values()))
    assert "another occasion" in reason and "close to story" in reason


def test_incremental_article_within_days_still_joins(store, tmp_path: Path):
    recs = _records("2026-04-03", "2026-04-05")
    ingest(store, [_write(tmp_path, "day0", recs[:2])])
    update_stories(store)
    ingest(store, [_write(tmp_path, "day2", recs[2:3])])
    report = update_stories(store)
    assert report.joined == 1


def test_a_pair_of_reports_days_apart_sharing_only_names_is_two_stories():
    """One report of each occasion, nine days apart: neither is two texts alike in their words, so nothing says which
    is the story, and neither is: each is a story of its own (until stop 42 the pair stayed as TF-IDF put it). Two days
    apart the same pair stays one story: reports of one event fall within days of it."""
    recs = [r for r in _records("2026-04-03", "2026-04-12") if r["id"] in ("g0", "t0")]
    plain = cluster_records(recs, params=ClusterParams(occasion_floor=None))
    assert len(set(plain.values())) == 1
    assert len(set(cluster_records(recs).values())) == 2
    near = [r for r in _records("2026-04-03", "2026-04-05") if r["id"] in ("g0", "t0")]
    assert len(set(cluster_records(near).values())) == 1


def test_a_part_split_off_joins_the_story_of_its_own_days_it_reads_like():
    """A theft update drawn into the gallery's story by the shared names leaves it, and joins the theft's reports of
    its days when it is as alike to them as a lone text must be; not a story of other days, nor one under the floor."""
    import numpy as np

    from storyline.cluster.batch import doc_texts
    from storyline.cluster.occasion import rehome, split_occasions
    from storyline.models import published_day

    update = (
        "LIVE: Brackwater Museum break-in, latest",
        "Detectives say the burglars cut through a skylight and disabled the alarm before taking four paintings. "
        "Camera footage from the Brackwater Museum is being reviewed. Director Imogen Saltley thanked witnesses.",
    )
    docs = doc_texts([*GALLERY, *THEFT, update])
    days = [published_day(d) for d in ("2026-04-03", "2026-04-03", "2026-04-12", "2026-04-12", "2026-04-13")]
    labels = [0, 0, 1, 1, 0]  # the update in the gallery's story, as TF-IDF may put it
    moved: dict[int, int] = {}
    split = split_occasions(docs, labels, days, moved=moved)
    assert split[4] not in (0, 1) and moved == {split[4]: 0}
    sim = np.full((5, 5), 0.05)
    sim[4, 2:4] = sim[2:4, 4] = 0.3
    assert rehome(docs, split, moved, days, sim, 0.12)[4] == 1
    assert rehome(docs, split, moved, days, sim, 0.4)[4] == split[4]  # not alike enough to any story
    far = [*days[:4], published_day("2026-04-30")]
    assert rehome(docs, split, moved, far, sim, 0.12)[4] == split[4]  # the theft's reports are of other days
