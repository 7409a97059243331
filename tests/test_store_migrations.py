"""Stores made by older versions, opened by this one: the migrations bring their rows to what ingest stores now."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.cluster.stories import update_stories, waiting_articles
from storyline.extract.store import load_extractions
from storyline.ingest import ingest
from storyline.settings import IngestOptions
from storyline.store.sqlite import Store

OPTIONS = IngestOptions(workers=1, fetch_pages=False)
MIGRATION = "0022_english_language_tags.sql"
OLD_REASON = "language is {!r}; the analysis stages handle English only"
FLOOD = (
    "Floodwater cut the Marrowby road bridge in Quenlow on {day}, the county engineer Ilse Fennick said. Crews from"
    " Quenlow closed the bridge for {h} hours. Fennick said the Marrowby bridge would be inspected before it reopens."
)
MARKET = (
    "The Tessaly Cooperative opened a covered market in Dunhallow on Saturday. Stallholders from Dunhallow said the"
    " market hall at Pell Street would stay open until nine. The Tessaly Cooperative paid for the roof."
)


def _records(path: Path, rows: list[dict[str, str]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def _made_the_old_way(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A store as versions before the language tags were normalised left it: three English flood reports clustered
    into one story; a fourth flood report tagged "EN" stored as another language and placed in the flood story by
    the names it shares (not analysed; its extraction a skip); a market report tagged "English" stored as another
    language in no story (the cluster run after it found no story sharing its names); a French report ("FR")
    likewise; the index's last placed row after all of them."""
    db = tmp_path / "old.db"
    flood = [
        {"id": f"f{k}", "title": f"Quenlow bridge shut {k}", "text": FLOOD.format(day=day, h=h), "language": "en"}
        for k, (day, h) in enumerate((("Monday", 3), ("Monday", 4), ("Tuesday", 5)))
    ]
    for row in flood:
        row |= {"outlet": f"Quenlow Post {row['id']}", "published": "2026-04-07"}
    tagged = {"id": "f3", "title": "Marrowby bridge closed", "text": FLOOD.format(day="Monday", h=6)}
    tagged |= {"outlet": "Dunhallow Echo", "published": "2026-04-07", "language": "EN"}
    market = {"id": "m1", "title": "Dunhallow market opens", "text": MARKET, "language": "English"}
    market |= {"outlet": "Tessaly Times", "published": "2026-05-02"}
    french = {"id": "r1", "title": "Marché couvert", "text": "Le marché couvert de Dunhallow a ouvert samedi."}
    french |= {"outlet": "Le Courrier", "published": "2026-05-02", "language": "FR"}
    with Store(db) as store:
        ingest(store, [_records(tmp_path / "flood.jsonl", flood)], options=OPTIONS)
        update_stories(store)
        ingest(store, [_records(tmp_path / "late.jsonl", [tagged, market, french])], options=OPTIONS)
        ids = {r[0]: r[1] for r in store.conn.execute("SELECT json_extract(extra, '$.record_id'), id FROM articles")}
        conn = store.conn
        for rid, tag in (("f3", "EN"), ("m1", "English"), ("r1", "FR")):
            conn.execute(
                "UPDATE articles SET language = ?, skip_reason = ? WHERE id = ?",
                (tag, OLD_REASON.format(tag), ids[rid]),
            )
        story = conn.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (ids["f0"],)).fetchone()[0]
        conn.execute(
            "INSERT INTO story_articles(article_id, story_id, similarity, reason) VALUES (?,?,NULL,?)",
            (ids["f3"], story, f"not analysed ({OLD_REASON.format('EN')}); placed by the names it shares: Marrowby"),
        )
        conn.execute("UPDATE stories SET size = size + 1 WHERE id = ?", (story,))
        conn.execute(
            "INSERT INTO extractions(article_id, data, skipped) VALUES (?,?,?)",
            (ids["f3"], json.dumps({"article": ids["f3"]}), OLD_REASON.format("EN")),
        )
        top = conn.execute("SELECT max(rowid) FROM articles").fetchone()[0]
        conn.execute("UPDATE story_state SET value = ? WHERE key = 'last_rowid'", (str(top),))
        conn.execute("DELETE FROM schema_migrations WHERE name = ?", (MIGRATION,))
        conn.commit()
        ids["story"] = story
    return db, ids


def test_an_old_stores_english_articles_tagged_en_are_read_and_placed_again(tmp_path: Path) -> None:
    db, ids = _made_the_old_way(tmp_path)
    with Store(db, readonly=True) as old:  # as the old version left it: not English, nothing waits
        assert old.conn.execute("SELECT language FROM articles WHERE id = ?", (ids["f3"],)).fetchone()[0] == "EN"
    with Store(db) as store:  # opening it migrates it
        rows = {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT id, language, skip_reason FROM articles")}
        assert rows[ids["f3"]] == ("en", None) and rows[ids["m1"]] == ("en", None)
        assert MIGRATION in {r[0] for r in store.conn.execute("SELECT name FROM schema_migrations")}
        assert rows[ids["r1"]] == ("fr", OLD_REASON.format("FR"))  # a code now, still another language
        assert rows[ids["f0"]] == ("en", None)
        assert not store.conn.execute("SELECT 1 FROM story_articles WHERE article_id = ?", (ids["f3"],)).fetchone()
        assert load_extractions(store, [ids["f3"]]) == []  # extracted again, as English
        assert waiting_articles(store) == 2  # the two English articles; the French one is no article to place
        assert store.stats()["languages"] == {"en": 5, "fr": 1}
        report = update_stories(store)
        placed = dict(store.conn.execute("SELECT article_id, reason FROM story_articles").fetchall())
        assert ids["f3"] in placed and "not analysed" not in placed[ids["f3"]]
        story = store.conn.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (ids["f3"],))
        assert story.fetchone()[0] == ids["story"]  # the flood story again, now as an analysed report
        assert ids["m1"] in placed and report.assigned >= 2
        size = store.conn.execute("SELECT size FROM stories WHERE id = ?", (ids["story"],)).fetchone()[0]
        assert size == 4
        events = store.conn.execute("SELECT kind FROM story_events WHERE article_id = ?", (ids["f3"],)).fetchall()
        assert [e[0] for e in events][-2:] == ["left", "joined"]
        assert waiting_articles(store) == 0
        assert Store(db).migrate() == []  # applied once


def test_a_new_store_applies_the_language_migration_with_nothing_to_change(tmp_path: Path) -> None:
    with Store(tmp_path / "new.db") as store:
        assert MIGRATION in {r[0] for r in store.conn.execute("SELECT name FROM schema_migrations")}
        assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
