"""Batch and the store agree (invented texts, tests/data): a plant fire fifteen miles from a derailment, told by the
same TV outlet the same day and naming the same state agency, is another event (its title names its own place, it
tells of other things); an undated opinion column on the derailment ingested a day later joins the derailment's story
by its cast, and its labelled title is no story label."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.cluster import cluster_records, list_stories, update_stories
from storyline.cluster.stories import _label_of
from storyline.ingest import ingest
from storyline.store import Store

DATA = Path(__file__).parent / "data"


def _read(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_batch_keeps_the_plant_fire_out_of_the_derailment() -> None:
    """Eight reports of the derailment over three days and a report of a plant fire fifteen miles away: the fire
    shares the town (as its distance from it), the state agency and the outlet, and a lone text joins a story of its
    days on such a cast; its title names a place no report of the derailment names, and it tells of smoke and a plant,
    not of tank cars and an evacuation."""
    labels = cluster_records(_read("derailment_plant_fire.jsonl"))
    derailment = {lab for rid, lab in labels.items() if rid != "ch4-la3"}
    assert len(derailment) == 1  # the derailment's reports, its day-three angles too, stay one story
    assert labels["ch4-la3"] not in derailment


def test_without_titles_a_lone_fire_has_no_parties_to_read() -> None:
    """Guard: the rule reads the lone text's title; with no titles the batch clusters as before (the fire joins on
    its cast, what the event stage and the cast checks say without a headline)."""
    recs = _read("derailment_plant_fire.jsonl")
    for r in recs:
        r["title"] = ""
    labels = cluster_records(recs)
    assert len({lab for rid, lab in labels.items() if rid != "ch4-la3"}) == 1


def _write(tmp_path: Path, name: str, recs: list[dict[str, Any]]) -> str:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return str(path)


def _store_run(tmp_path: Path, column: dict[str, Any]) -> list[dict[str, Any]]:
    recs = _read("derailment_column.jsonl")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [_write(tmp_path, "day1", recs[:2])])
        update_stories(store)
        ingest(store, [_write(tmp_path, "day2", [column])])
        update_stories(store)
        return sorted(list_stories(store), key=lambda s: -int(s["article_count"]))


def test_store_undated_column_joins_the_story_it_comments_on(tmp_path: Path) -> None:
    """Two dated reports on day one; a day later an opinion column with no date, naming the town, the railroad, its
    spokeswoman and the governor as they do (0.40 alike to them, just under what an undated article needs): it joins
    their story, as batch puts the three together, and the story keeps a report's title as its label."""
    column = _read("derailment_column.jsonl")[2]
    assert "published" not in column and column["title"].startswith("Opinion:")
    stories = _store_run(tmp_path, column)
    assert [int(s["article_count"]) for s in stories] == [3]
    assert not stories[0]["label"].startswith("Opinion")
    batch = cluster_records(_read("derailment_column.jsonl"))
    assert len(set(batch.values())) == 1


def test_store_undated_piece_without_the_cast_stays_out(tmp_path: Path) -> None:
    """Guard: the same column with the story's names taken out (the town, the railroad, its spokeswoman, the
    governor: "the town", "the railroad") names no cast of the story; undated, it does not join under the bar an
    undated article needs."""
    column = dict(_read("derailment_column.jsonl")[2])
    text = column["text"]
    for name in ("Harrowgate", "Westfall & Crane", "Maren Pemberly", "Governor Rosalind Quenby"):
        text = text.replace(name, "the town" if name == "Harrowgate" else "the railroad" if "&" in name else "she")
    column.update(title="Opinion: the town paid for the railroad's negligence", text=text, id="led-plain")
    stories = _store_run(tmp_path, column)
    assert sorted(int(s["article_count"]) for s in stories) == [1, 2]


def test_label_is_a_reports_title_not_an_opinion_pieces() -> None:
    titles = [
        "Opinion: Harrowgate paid for Westfall & Crane's negligence",
        "Harrowgate evacuees wait as chief doubles railroad's spill estimate",
        "Opinion: Westfall & Crane's Harrowgate negligence must be paid for",
    ]
    assert _label_of(titles, "") == titles[1]
    assert _label_of(["Editorial | Harrowgate deserves answers", titles[1]], "") == titles[1]
    # guard: a story of opinion pieces alone is still labelled by one of them
    assert _label_of([titles[0], titles[2]], "") in (titles[0], titles[2])
    # guard: a title that merely mentions an opinion is a report's ("Poll: opinion split on ...")
    assert _label_of(["Poll: opinion split on Harrowgate rail line", titles[0]], "") == (
        "Poll: opinion split on Harrowgate rail line"
    )
