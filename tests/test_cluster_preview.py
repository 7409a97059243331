"""A text dated before a story's days that shares its cast and not what happened (a concert of the same promoter
cancelled for storms two days before a crush at its festival) is no report of it, in batch and in the store; a story
of two texts that only their names hold together (an opinion column on the crush, paired with the cancellation) lets
each text follow up the story of its days; and a text alone that names five of a story's own names joins it without
naming the city the others all name (a tabloid's account). Invented reports only (tests/data/crowd_crush_days.jsonl:
a crowd crush at the Hollenfeld park in Tarnwick over three days, a tabloid's account, an opinion column, three
look-alikes)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.cluster import cluster_records, update_stories
from storyline.ingest import ingest
from storyline.store import Store

DATA = Path(__file__).parent / "data" / "crowd_crush_days.jsonl"
RECORDS: list[dict[str, Any]] = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
CRUSH = [r["id"] for r in RECORDS if r["id"].startswith("a")]
CANCELLED = "x3"  # 12 June: a concert of the crush's promoter called off for storms, naming its festival and park
COLUMN = "a11"  # the Town Register's opinion column on the crush
TABLOID = "a05"  # the Daily Hooter's account: the story's people and park, never the city or the festival


def _stories(ids: list[str]) -> dict[str, str]:
    return cluster_records([r for r in RECORDS if r["id"] in ids])


def _together(labels: dict[str, str], ids: list[str]) -> bool:
    return len({labels[i] for i in ids}) == 1


def test_every_report_of_the_crush_one_story_and_the_cancellation_alone() -> None:
    """All 18: the column goes with the crush it discusses, not with the cancellation it shares three names with."""
    labels = _stories([r["id"] for r in RECORDS])
    assert _together(labels, CRUSH)
    assert all(labels[x] != labels[CRUSH[0]] for x in ("x1", "x2", "x3"))
    assert len({labels[x] for x in ("x1", "x2", "x3")}) == 3


def test_with_fewer_reports_the_cancellation_stays_out_and_the_tabloid_in() -> None:
    """Twelve of them: the cancellation, dated two days before the crush's first report, joined the crush story as a
    follow-up by its names; the tabloid, naming the park, the police chief, the promoter's director, the hospital
    and a witness, stayed alone because it never names the city or the festival."""
    ids = ["a01", "a04", "a05", "a06", "a07", "a08", "a09", "a11", "a12", "x1", "x2", "x3"]
    labels = _stories(ids)
    crush = [i for i in ids if i.startswith("a")]
    assert _together(labels, crush)
    assert labels[CANCELLED] != labels["a01"]


def test_the_first_days_reports_take_the_tabloid_in() -> None:
    labels = _stories(["a01", "a04", "a05", "a06", "x3"])
    assert _together(labels, ["a01", "a04", "a05", "a06"])
    assert labels[CANCELLED] != labels["a01"]


def test_a_first_report_before_the_others_still_joins_them() -> None:
    """Guard: a report of the crush dated a day before the rest (the wire's first report, filed on the night) tells
    what happened in their words, and joins them."""
    first = next(r for r in RECORDS if r["id"] == "a01")
    early = {**first, "id": "a00", "title": "Crush at Tarnwick concert: several feared dead", "published": "2026-06-13"}
    recs = [early, *(r for r in RECORDS if r["id"] in ("a04", "a06", "a07", "a08", "a12"))]
    labels = cluster_records(recs)
    assert len(set(labels.values())) == 1


def _day_by_day(tmp_path: Path, days: list[list[str]]) -> dict[str, str]:
    store = Store(tmp_path / "days.db")
    for n, ids in enumerate(days):
        path = tmp_path / f"day{n}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS if r["id"] in ids), encoding="utf-8")
        ingest(store, [str(path)])
        update_stories(store)
    title_of = {r["title"]: r["id"] for r in RECORDS}
    rows = store.conn.execute(
        "SELECT a.title, sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    ).fetchall()
    store.close()
    return {title_of[str(r[0])]: str(r[1]) for r in rows}


def test_a_store_that_clustered_the_cancellation_alone_keeps_it_alone(tmp_path: Path) -> None:
    """The cancellation comes two days before the crush and is clustered alone; the next day's crush reports follow it
    up by their shared names and the rest join them: the store keeps the cancellation alone in its story (a split)
    and the crush's reports in one, as batch does."""
    by_day: dict[str, list[str]] = {}
    for r in RECORDS:
        by_day.setdefault(r["published"][:10], []).append(r["id"])
    days = [by_day[d] for d in sorted(by_day) if d >= "2026-06-12"]
    assert days[0] == [CANCELLED]
    labels = _day_by_day(tmp_path, days)
    crush = [i for i in CRUSH if i in labels]
    assert len(crush) == len(CRUSH)
    assert len({labels[i] for i in crush if i != TABLOID}) == 1
    assert labels[CANCELLED] not in {labels[i] for i in crush}


@pytest.mark.parametrize("tabloid", [False, True])
def test_day_by_day_agrees_with_batch_on_the_crush(tmp_path: Path, tabloid: bool) -> None:
    """Day by day from the crush's first day (the older look-alikes with it): the crush's reports one story, the
    look-alikes alone, as batch has them."""
    by_day: dict[str, list[str]] = {}
    for r in RECORDS:
        if tabloid or r["id"] != TABLOID:
            by_day.setdefault(max(r["published"][:10], "2026-06-14"), []).append(r["id"])
    labels = _day_by_day(tmp_path, [by_day[d] for d in sorted(by_day)])
    batch = _stories(list(labels))
    crush = [i for i in CRUSH if i in labels]
    assert len({labels[i] for i in crush}) == 1
    assert _together(batch, crush)
    for x in ("x1", "x2", "x3"):
        assert labels[x] not in {labels[i] for i in crush}
        assert batch[x] != batch[crush[0]]


def test_another_crowd_event_of_the_city_the_same_day_stays_apart() -> None:
    """Guard: two reports of a crowd surge at the city's football ground the same day as the crush name its police
    chief and hospital (the cast a follow-up shares) and, each of them, the club, its ground and the visiting team,
    which no report of the crush names: another event, not a follow-up (``OTHER_CAST``)."""
    from test_cluster_absorb import SURGE

    surge = [
        {"id": f"y{k}", "outlet": "Ostmark Times", "published": "2026-06-14", "title": title, "text": text}
        for k, (title, text) in enumerate(SURGE)
    ]
    ids = ["a01", "a02", "a03", "a04", "a06", "x1", "x3"]
    labels = cluster_records([r for r in RECORDS if r["id"] in ids] + surge)
    assert _together(labels, ["a01", "a02", "a03", "a04", "a06"])
    assert labels["y0"] == labels["y1"] != labels["a01"]
