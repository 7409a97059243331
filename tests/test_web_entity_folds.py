"""Entity look-ups in SQL: the folded names stored beside each mention and quote (migration 0042), and what an old
store gets when this version opens it. All names, outlets and places are invented."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from storyline.cluster.stories import list_stories, update_stories
from storyline.errors import StoreError
from storyline.extract.store import entity_detail, quotes_for, save_extractions
from storyline.ingest import ingest
from storyline.models import ArticleExtraction, Mention, Quote, Span
from storyline.settings import IngestOptions
from storyline.store import sqlite as store_sqlite
from storyline.store.sqlite import Store, name_fold

MIGRATION = "0042_name_folds.sql"
DAM = (
    "The Velmoor dam spillway was opened on {day}, the water board engineer Jürgen Haßler said. Haßler said the "
    "Velmoor reservoir stood {m} metres above its summer level. Crews from Oskel closed the dam road."
)
FAIR = (
    "The Tarrow book fair opened in Dunmere on Saturday with sixty stalls. The organiser Hassel Brekke said the "
    "fair hall on Quill Street would stay open until ten. Brekke said the Tarrow fair had sold out."
)


def _span(article: str, text: str, part: str, *, last: bool = False) -> Span:
    start = text.rindex(part) if last else text.index(part)
    return Span(article, start, start + len(part), part)


def _build(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Three dam reports (one story) that quote Jürgen Haßler, one fair report (another story) quoting Hassel
    Brekke, with their mentions and quotes saved as an extraction stores them."""
    rows = [
        {"id": f"d{k}", "title": f"Velmoor dam spillway opened {k}", "text": DAM.format(day=day, m=m)}
        for k, (day, m) in enumerate((("Monday", 3), ("Monday", 4), ("Tuesday", 5)))
    ]
    rows.append({"id": "f0", "title": "Tarrow book fair opens", "text": FAIR})
    for k, row in enumerate(rows):
        row |= {"outlet": f"Velmoor Courier {k}", "published": "2031-06-02", "language": "en"}
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(store, [str(path)], options=IngestOptions(workers=1, fetch_pages=False))
        update_stories(store)
        ids = {r[0]: r[1] for r in store.conn.execute("SELECT json_extract(extra, '$.record_id'), id FROM articles")}
        found = []
        for rid in (r["id"] for r in rows):
            aid, text = ids[rid], store.get_article(ids[rid]).text
            if rid.startswith("d"):
                full, short, said = "Jürgen Haßler", "Haßler", "the Velmoor reservoir stood"
                name = "Juergen Hassler" if rid == "d2" else full  # another story's spelling of the same man
            else:
                full, short, said, name = "Hassel Brekke", "Brekke", "the fair hall on Quill Street", "Hassel Brekke"
            mentions = [
                Mention(_span(aid, text, full), "PERSON", entity="p-" + rid[0], name=name),
                Mention(_span(aid, text, short, last=True), "PERSON", entity="p-" + rid[0], name=name),
            ]
            quote = Quote(aid, "indirect", _span(aid, text, said), mentions[1].span, name)
            found.append(ArticleExtraction(aid, mentions=mentions, quotes=[quote]))
        save_extractions(store, found)
        for key, name, articles in (
            ("p-d", "Jürgen Haßler", [ids[f"d{k}"] for k in range(3)]),
            ("p-f", "Hassel Brekke", [ids["f0"]]),
        ):
            store.conn.execute(
                "INSERT INTO entities(key, name, type, articles, n_mentions) VALUES (?,?,?,?,?)",
                (key, name, "PERSON", json.dumps(articles), 2 * len(articles)),
            )
        store.conn.commit()
    return db, ids


def _stories_of(store: Store, ids: dict[str, str], entity: str) -> set[str]:
    """The record ids of the articles in the stories the entity filter lists."""
    back = {v: k for k, v in ids.items()}
    listed = [s["id"] for s in list_stories(store, entity=entity, limit=50)]
    marks = ",".join("?" * len(listed))
    rows = store.conn.execute(f"SELECT article_id FROM story_articles WHERE story_id IN ({marks})", listed)
    return {back[r[0]] for r in rows}


def _answers(store: Store, ids: dict[str, str]) -> dict[str, object]:
    out: dict[str, object] = {}
    for asked in ("juergen hassler", "Haßler", "Hassler", "JURGEN", "Hass", "hassel", "Brekke", "Hassel Brekke"):
        out[asked] = (_stories_of(store, ids, asked), len(quotes_for(store, speaker=asked)))
    detail = entity_detail(store, "Jürgen Haßler", limit=2, offset=1)
    out["detail"] = (detail["quotes_total"], [q["article"] for q in detail["quotes"]], detail["articles_total"])
    return out


EXPECTED = {
    # a spelling, a surname, a given name: the three dam reports and their quotes; a part of a word: nothing;
    # "hassel" is Brekke's given name only, never Haßler
    "juergen hassler": ({"d0", "d1", "d2"}, 3),
    "Haßler": ({"d0", "d1", "d2"}, 3),
    "Hassler": ({"d0", "d1", "d2"}, 3),
    "JURGEN": ({"d0", "d1", "d2"}, 3),
    "Hass": (set(), 0),
    "hassel": ({"f0"}, 1),
    "Brekke": ({"f0"}, 1),
    "Hassel Brekke": ({"f0"}, 1),
}


def test_entity_filters_and_quote_counts_compare_stored_folded_names_in_sql(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, ids = _build(tmp_path)
    calls = []
    folded_in_python = store_sqlite.names_match

    def counted(name: str | None, query: str | None) -> int:
        calls.append(name)
        return folded_in_python(name, query)

    monkeypatch.setattr(store_sqlite, "names_match", counted)  # the function the Store registers for SQL
    with Store(db, readonly=True) as store:
        got = _answers(store, ids)
        mention_rows = store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        key_entities = store.conn.execute(
            "SELECT count(*) FROM stories, json_each(stories.meta, '$.key_entities')"
        ).fetchone()[0]
        # no mention or quote row's name was folded in Python: only the stories' own key-entity lists are
        assert mention_rows == 8 and len([c for c in calls if c is not None]) <= len(EXPECTED) * key_entities
        folded = store.conn.execute("SELECT DISTINCT name, name_folded FROM mentions ORDER BY 1").fetchall()
    assert {k: v for k, v in got.items() if k != "detail"} == EXPECTED
    ids_of = {v: k for k, v in ids.items()}
    total, page, articles = got["detail"]  # type: ignore[misc]
    assert total == 3 and [ids_of[a] for a in page] == sorted((ids_of[a] for a in page), key=lambda r: ids[r])
    assert len(page) == 2 and articles == 3
    assert all(name_fold(n) == f for n, f in folded)


def test_an_old_store_gains_the_folded_names_once_and_a_crash_leaves_it_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, ids = _build(tmp_path)
    with Store(db, readonly=True) as store:
        expected = _answers(store, ids)
    conn = sqlite3.connect(db)  # the store as a version before 0042 left it
    for index in ("mentions_name_folded", "mentions_text_folded", "quotes_speaker_folded"):
        conn.execute(f"DROP INDEX {index}")
    for table, column in (("mentions", "name_folded"), ("mentions", "text_folded"), ("quotes", "speaker_folded")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("DELETE FROM schema_migrations WHERE name = ?", (MIGRATION,))
    conn.commit()
    conn.close()

    with Store(db, readonly=True) as store:  # read-only before the migration: names folded in Python, same answers
        assert not store.name_folds and _answers(store, ids) == expected

    calls = []

    def dies(text: str | None) -> str | None:  # the process dies half-way through the migration's update
        calls.append(text)
        if len(calls) > 3:
            raise RuntimeError("power cut")
        return None

    with monkeypatch.context() as m:
        m.setattr(store_sqlite, "_sql_name_fold", dies)
        with pytest.raises(StoreError, match=MIGRATION):
            Store(db)
    conn = sqlite3.connect(db)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(mentions)")}
    recorded = conn.execute("SELECT count(*) FROM schema_migrations WHERE name = ?", (MIGRATION,)).fetchone()[0]
    conn.close()
    assert "name_folded" not in columns and recorded == 0  # nothing of it stayed

    with Store(db) as store:  # the next open runs it whole
        assert store.schema_version == MIGRATION and store.name_folds
        rows = store.conn.execute("SELECT text, text_folded FROM mentions").fetchall()
        assert rows and all(f == name_fold(t) for t, f in rows)
        assert _answers(store, ids) == expected
    with Store(db) as store:  # and once only
        assert store.migrate() == []
