"""A wire story dated only by its dateline ("TARNBY, Mar 4 (Agency) -") is dated by it for clustering: in the store's
incremental placement and in batch (storyline.cluster.stories.dated_by_dateline). Invented reports only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.cluster import update_stories
from storyline.cluster.stories import dated_by_dateline
from storyline.ingest import ingest
from storyline.models import Article
from storyline.store import Store

REPORTS = [
    (
        "Landslide buries road above Tarnby",
        "A landslide buried the coast road above Tarnby on Sunday night after a week of rain, the Ostvik Roads "
        "Authority said. No cars were caught, but 40 homes in the hamlet of Skarsund were cut off. Engineer Hanne "
        "Brevik said the slope was still moving and diggers could not start before Tuesday.",
    ),
    (
        "Skarsund cut off as hillside collapses onto Tarnby road",
        "Residents of Skarsund were cut off on Monday after the hillside above Tarnby slid onto the coast road. The "
        "Ostvik Roads Authority said about 40 homes could be reached only by boat. Hanne Brevik, its engineer, said "
        "the ground was too wet for heavy machines.",
    ),
]
WIRE = (
    "Ferry link opened for cut-off hamlet",
    "TARNBY, Mar 3 (Nordwire) - A ferry began carrying families and supplies to Skarsund on Tuesday, after the landslide cut the coast road. Food, "
    "medicine and fuel were loaded at the harbour, and pupils will travel to school by boat until further "
    "notice. The regional governor, Lars Okland, promised money for a new retaining wall and said the "
    "crossing would run twice a day, weather permitting.",
)


def _write(tmp_path: Path, name: str, recs: list[dict[str, Any]]) -> str:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return str(path)


def _rec(key: str, item: tuple[str, str], day: str | None) -> dict[str, Any]:
    rec = {"id": key, "url": f"https://example.test/{key}", "title": item[0], "text": item[1]}
    return rec | ({"published": day} if day else {})


def _stories(store: Store) -> dict[str, str]:
    rows = store.conn.execute(
        "SELECT a.url, sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    ).fetchall()
    return {str(r[0]).rsplit("/", 1)[1]: str(r[1]) for r in rows}


def test_a_wire_dated_only_by_its_dateline_joins_the_story_of_its_days_incrementally(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        ingest(
            store,
            [_write(tmp_path, "day1", [_rec("r0", REPORTS[0], "2026-03-02"), _rec("r1", REPORTS[1], "2026-03-02")])],
        )
        update_stories(store)
        ingest(store, [_write(tmp_path, "day2", [_rec("w", WIRE, None)])])
        report = update_stories(store)
        [placed] = report.placed
        assert store.get_article(placed["article"]).published is None  # stored as given
        got = _stories(store)
    assert placed["action"] == "joined", placed
    assert got["w"] == got["r0"] == got["r1"]


def _article(key: str, text: str, published: str | None) -> Article:
    return Article(id=key, source=key, original=text, text=text, published=published)


def test_dateline_day_takes_the_year_of_the_other_days_and_no_year_is_guessed_alone():
    wire = _article("w", WIRE[1], None)
    paper = _article("p", REPORTS[0][1], "2031-03-02")
    assert [a.published for a in dated_by_dateline([wire, paper])] == ["2031-03-03", "2031-03-02"]
    assert dated_by_dateline([wire], ["2030-03-05"])[0].published == "2030-03-03"  # the store's latest day
    assert dated_by_dateline([wire], ["2031-01-02"])[0].published is None  # months before it: an archive's, no year
    assert dated_by_dateline([wire])[0].published is None  # no other day: the year is not guessed
    assert wire.published is None  # a copy is dated, not the article
    plain = _article("n", REPORTS[1][1], None)
    assert dated_by_dateline([plain, paper])[0].published is None
