"""Day by day, a grown story absorbs a small story of its days whose articles name its cast (storyline.cluster.stories,
``_absorb_small``). Invented reports only (tests/data/crowd_crush_days.jsonl): a crowd crush at the Hollenfeld park in
Tarnwick over three days, a tabloid's account of it, and three look-alikes (a concert called off for storms two days
before, a stadium stampede in another country the same week, a crush at another venue years before)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.cluster import update_stories
from storyline.ingest import ingest
from storyline.store import Store

DATA = Path(__file__).parent / "data" / "crowd_crush_days.jsonl"
RECORDS: list[dict[str, Any]] = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
CRUSH = [r["id"] for r in RECORDS if r["id"].startswith("a")]
TABLOID = "a05"  # the Daily Hooter's day-1 account: its own words, the story's people and place
LOOK_ALIKES = ["x1", "x2", "x3"]


def _by_record(store: Store, extra: list[dict[str, Any]] | None = None) -> dict[str, str]:
    """Record id -> story id (the record's title is unique in the data)."""
    title_of = {r["title"]: r["id"] for r in RECORDS + (extra or [])}
    rows = store.conn.execute(
        "SELECT a.title, sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    ).fetchall()
    return {title_of[str(r[0])]: str(r[1]) for r in rows}


def _article_id(store: Store, record: str) -> str:
    title = next(r["title"] for r in RECORDS if r["id"] == record)
    return str(store.conn.execute("SELECT id FROM articles WHERE title = ?", (title,)).fetchone()[0])


def _day_by_day(tmp_path: Path, name: str, extra: list[dict[str, Any]] | None = None) -> tuple[Store, list[Any]]:
    store = Store(tmp_path / f"{name}.db")
    reports = []
    for day in ("2026-06-14", "late", "2026-06-15", "2026-06-16"):
        # the records of the day; the first day's bring the older look-alikes, as a first run over an archive would;
        # the tabloid comes late on the first day, in a run of its own after the day's batch
        recs = [
            r
            for r in RECORDS + (extra or [])
            if (r["id"] == TABLOID) == (day == "late")
            and (day == "late" or r["published"][:10] == day or (day == "2026-06-14" and r["published"][:10] < day))
        ]
        path = tmp_path / f"{name}-{day}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
        ingest(store, [str(path)])
        reports.append(update_stories(store))
    return store, reports


def test_day_by_day_the_crush_story_absorbs_the_tabloids_story(tmp_path: Path) -> None:
    """The tabloid, filed late on the first day and clustered in a run of its own after the day's batch, stays alone
    (its words are its own: 0.09-0.12 alike to the story; in the day's batch it joins the others by the five names of
    theirs it names, ``tests/test_cluster_preview.py``); the next days' reports name the people and the place it names, and the story takes it in, recorded as a
    merge. The look-alikes stay out: the storm cancellation names the park, the promoter and the festival but is dated
    before the crush's first report; the stampede shares the police and the wire's name only; the old crush is years
    away. So day by day ends as the truth: one story of the crush's 15 reports, each look-alike alone."""
    store, reports = _day_by_day(tmp_path, "days")
    with store:
        story = _by_record(store)
        first, late = reports[0], reports[1]
        title = {r["id"]: r["title"] for r in RECORDS}
        day1 = {p["title"]: p["story"] for p in first.placed + late.placed}
        assert day1[title[TABLOID]] != day1[title["a01"]]  # its own run: alone, as the store places it
        assert len({story[r] for r in CRUSH}) == 1
        assert all(story[x] != story["a01"] for x in LOOK_ALIKES)
        assert len({story[x] for x in LOOK_ALIKES}) == 3
        absorbed = [a for rep in reports for a in rep.absorbed]
        assert [a["story"] for a in absorbed] == [story["a01"]]
        small = absorbed[0]["absorbed"]
        events = store.conn.execute("SELECT story_id, kind, detail FROM story_events WHERE kind = 'merged'").fetchall()
        assert {(str(e[0]), str(e[2])) for e in events} == {
            (small, f"into {story['a01']}"),
            (story["a01"], f"from {small}"),
        }
        assert store.conn.execute("SELECT size FROM stories WHERE id = ?", (small,)).fetchone()[0] == 0
        moved = [p for rep in reports for p in rep.placed if p["action"] == "moved"]
        assert [(p["from"], p["story"]) for p in moved] == [(small, story["a01"])]
        assert first.mode == "batch"


SURGE = [
    (
        "Fans hurt in crowd surge at Tarnwick Rovers stadium",
        "Eleven supporters were hurt on Sunday afternoon when a crowd surged against a barrier at the Gorsefield stadium"
        " of Tarnwick Rovers during the derby against Ashby Town, police said.\n\nPolice Commissioner Corvin Aldane said"
        " the barrier at the east stand gave way shortly after the second goal. Two of the injured were taken to St."
        " Ulric Regional Hospital.\n\nMayor Rosa Kettering said the club's safety certificate would be reviewed. \"No"
        ' crowd in this city should ever be at risk," Kettering said.\n\nThe club said the stand had passed its'
        " inspection in March and that the match had been played before 9,400 fans.",
    ),
    (
        "Barrier gives way at Gorsefield as Rovers fans surge",
        "A crush barrier collapsed at Gorsefield on Sunday, injuring eleven Tarnwick Rovers supporters as they"
        " celebrated a second goal against Ashby Town.\n\nCommissioner Corvin Aldane told reporters the east stand"
        " would stay closed. Two fans were treated at St. Ulric Regional Hospital for broken ribs.\n\nMayor Rosa"
        " Kettering ordered a review of the club's safety certificate. Rovers chairman Emil Stayne said the stand"
        " passed inspection in March.\n\nThe derby was watched by 9,400 fans.",
    ),
]


@pytest.mark.parametrize("titled", [True, False], ids=["titles-name-the-club", "titles-name-nothing"])
def test_another_crowd_event_of_the_same_city_and_days_is_not_absorbed(tmp_path: Path, titled: bool) -> None:
    """The guard: a crowd surge at a football ground of the same city the same Sunday, two reports naming the crush's
    mayor, police chief and hospital, stays a story of its own while the crush's story grows (its reports name a
    ground, clubs and a chairman the crush's never do; with its club in the titles it is also another event by
    :func:`.occasion.another_event`). The tabloid is still absorbed."""
    titles = (
        [t for t, _ in SURGE] if titled else ["Eleven fans hurt as stand barrier gives way", "Crush barrier collapses"]
    )
    extra = [
        {"id": f"y{k}", "outlet": outlet, "published": "2026-06-14", "title": title, "text": text}
        for k, (outlet, title, (_, text)) in enumerate(
            zip(["Tarnwick Gazette", "Ostmark Times"], titles, SURGE, strict=True)
        )
    ]
    store, reports = _day_by_day(tmp_path, "surge", extra)
    with store:
        story = _by_record(store, extra)
        assert story["y0"] == story["y1"] != story["a01"]
        assert story[TABLOID] == story["a01"]
        assert [a["articles"] for rep in reports for a in rep.absorbed] == [[_article_id(store, TABLOID)]]
