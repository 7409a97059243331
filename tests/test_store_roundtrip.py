"""`export` then `ingest` of the export gives back the store: the same articles (a syndicated copy too), ids, versions,
cleaned texts and offsets, and so the same stories and syndication groups. Invented articles only."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

WIRE = """Dam gates opened as Ostry river rises

VELLBURG (Cormoran Wire) — Engineers opened two gates of the Ostry dam on Sunday as the river rose 1.8 metres in a
day, the regional water board said. About 300 residents of the lower valley were told to move to higher ground.

"We are releasing water slowly to protect the villages downstream," said Hedda Lorenz, the board's chief engineer.

The board said it would keep the gates open until Wednesday.
"""

COPY = """Ostry dam: gates opened, valley residents moved

VELLBURG (Cormoran Wire) — Engineers opened two gates of the Ostry dam on Sunday as the river rose 1.8 metres in a
day, the regional water board said. About 300 residents of the lower valley were told to move to higher ground.

"We are releasing water slowly to protect the villages downstream," said Hedda Lorenz, the board's chief engineer.

The board said it would keep the gates open until Wednesday.

Reporting by the Vellburg Lantern desk. Copyright Vellburg Lantern.
"""

CHESS = """Retired teacher wins the Vellburg chess open

Seventy-year-old Anselm Quist won the Vellburg chess open on Saturday, beating 64 players in seven rounds.
"""


def _rows(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    cols = "id, source, url, outlet, title, title_start, title_end, published, author, language, skip_reason,"
    cols += " content_hash, fmt, original, text, textmap, extra, version, previous_id"
    return list(conn.execute(f"SELECT {cols} FROM articles ORDER BY rowid"))


def _groups(db: Path) -> dict[str, tuple[frozenset[str], object]]:
    conn = sqlite3.connect(db)
    members: dict[str, set[str]] = {}
    for sid, aid in conn.execute("SELECT story_id, article_id FROM story_articles"):
        members.setdefault(sid, set()).add(aid)
    meta = {
        sid: json.loads(m or "{}").get("syndication_groups") for sid, m in conn.execute("SELECT id, meta FROM stories")
    }
    return {sid: (frozenset(ids), meta.get(sid)) for sid, ids in members.items()}


def test_ingesting_an_export_gives_back_the_same_articles_versions_and_stories(tmp_path: Path) -> None:
    runner = CliRunner()
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "lantern.txt").write_text(COPY, encoding="utf-8")
    (tmp_path / "chess.txt").write_text(CHESS, encoding="utf-8")
    (tmp_path / "brief.txt").write_text(CHESS.split("\n\n", 1)[1], encoding="utf-8")  # one paragraph: title ""
    first = {"url": "https://herald.example/dam", "outlet": "Ostry Herald", "published": "2031-04-06", "text": WIRE}
    fixed = dict(first, text=WIRE.replace("1.8 metres", "1.9 metres"))
    for i, rec in enumerate((first, fixed)):
        (tmp_path / f"herald{i}.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for name in ("wire.txt", "lantern.txt", "chess.txt", "brief.txt", "herald0.jsonl", "herald1.jsonl"):
        done = runner.invoke(app, ["ingest", str(tmp_path / name), "--db", str(a)])
        assert done.exit_code == 0, done.output
    assert runner.invoke(app, ["cluster", "--db", str(a)]).exit_code == 0
    out = tmp_path / "x.jsonl"
    assert runner.invoke(app, ["export", "--db", str(a), "--out", str(out)]).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 6 and [r["version"] for r in records if r["url"]] == [1, 2]
    assert [r["title"] for r in records if r["source"].endswith("brief.txt")] == [""]  # every version, oldest first

    back = runner.invoke(app, ["ingest", str(out), "--db", str(b), "--json"])
    assert back.exit_code == 0, back.output
    report = json.loads(back.stdout)
    assert (report["added"], report["new_versions"], report["duplicates"]) == (5, 1, [])
    assert _rows(b) == _rows(a)  # ids, originals, cleaned texts, offset maps, fields, version chain: all the same
    assert runner.invoke(app, ["cluster", "--db", str(b)]).exit_code == 0
    assert _groups(b) == _groups(a)  # the same stories, the wire and the Lantern's copy one syndication group
    assert any(len(ids) >= 2 for ids, _ in _groups(a).values())

    again = json.loads(runner.invoke(app, ["ingest", str(out), "--db", str(b), "--json"]).stdout)
    assert (again["added"], again["unchanged"], again["new_versions"]) == (0, 6, 0)


def test_an_exported_record_edited_by_hand_is_cleaned_again_under_a_new_id(tmp_path: Path) -> None:
    runner = CliRunner()
    (tmp_path / "chess.txt").write_text(CHESS, encoding="utf-8")
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "chess.txt"), "--db", str(a)]).exit_code == 0
    rec = json.loads(runner.invoke(app, ["export", "--db", str(a)]).stdout.splitlines()[0])
    rec["original"] = rec["original"].replace("64 players", "66 players")  # the stored map no longer gives the text
    (tmp_path / "x.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "x.jsonl"), "--db", str(b)]).exit_code == 0
    (row,) = _rows(b)
    assert row[0] != rec["id"] and "66 players" in str(row[14]) and "64 players" not in str(row[13])


def test_an_empty_json_list_is_reported_as_nothing_to_ingest(tmp_path: Path) -> None:
    (tmp_path / "e.json").write_text("[]\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["ingest", str(tmp_path / "e.json"), "--db", str(tmp_path / "s.db"), "--json"])
    assert res.exit_code == 1, res.output
    assert json.loads(res.stdout)["skipped"] == [
        {"input": str(tmp_path / "e.json"), "reason": "the input holds no records (an empty JSON list)"}
    ]


QUAY = """Quay wall gives way in Harwick

Part of the old quay wall in Harwick collapsed into the harbour on Thursday night, the port office said.
No one was hurt. Two fishing boats were moved to the northern basin while divers inspect the rest of the wall.
"""


def _ingest(db: Path, *names: Path) -> dict[str, object]:
    res = CliRunner().invoke(app, ["ingest", *map(str, names), "--db", str(db), "--json"])
    assert res.exit_code in (0, 3), res.output
    return json.loads(res.stdout)  # type: ignore[no-any-return]


def test_an_edited_file_ingested_again_is_a_new_version_of_its_article(tmp_path: Path) -> None:
    db, path = tmp_path / "s.db", tmp_path / "quay.txt"
    path.write_text(QUAY, encoding="utf-8")
    assert _ingest(db, path)["added"] == 1
    path.write_text(QUAY + "Repairs will take three months, the port office said on Friday.\n", encoding="utf-8")
    report = _ingest(db, path)
    assert (report["added"], report["new_versions"], report["notes"]) == (0, 1, [])
    rows = _rows(db)
    assert [r[17] for r in rows] == [1, 2] and rows[1][18] == rows[0][0]  # version 2 follows version 1
    from storyline.store import Store

    with Store(db) as store:
        (latest,) = list(store.iter_articles())
        assert latest.id == rows[1][0] and "three months" in latest.text
    # the version chain survives an export and its ingest
    out = tmp_path / "x.jsonl"
    assert CliRunner().invoke(app, ["export", "--db", str(db), "--out", str(out)]).exit_code == 0
    assert _ingest(tmp_path / "b.db", out)["new_versions"] == 1
    assert _rows(tmp_path / "b.db") == rows


def test_another_text_under_the_same_file_name_is_another_article_with_a_note(tmp_path: Path) -> None:
    db, path = tmp_path / "s.db", tmp_path / "article.txt"
    path.write_text(QUAY, encoding="utf-8")
    assert _ingest(db, path)["added"] == 1
    path.write_text(CHESS, encoding="utf-8")  # the next article saved under the same name
    report = _ingest(db, path)
    assert (report["added"], report["new_versions"]) == (1, 0)
    (note,) = report["notes"]  # type: ignore[misc]
    assert note["kind"] == "file" and "ingested before with other text" in note["note"]
    assert "Quay wall gives way in Harwick" in note["note"]
    assert [r[17] for r in _rows(db)] == [1, 1]
    # a file of the same name in another folder is another file
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "article.txt").write_text(CHESS.replace("64 players", "65 players"), encoding="utf-8")
    report = _ingest(db, other / "article.txt")
    assert (report["added"], report["new_versions"], report["notes"]) == (1, 0, [])


def test_files_without_lasting_paths_are_not_versioned(tmp_path: Path) -> None:
    from storyline.ingest import ingest
    from storyline.settings import IngestOptions
    from storyline.store import Store

    path = tmp_path / "upload.txt"
    path.write_text(QUAY, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        off = IngestOptions(file_versions=False, workers=1)
        assert ingest(store, [str(path)], options=off).counts["added"] == 1
        path.write_text(QUAY + "Divers found two more cracks on Friday.\n", encoding="utf-8")
        report = ingest(store, [str(path)], options=off)
        assert (report.counts["added"], report.counts["version"], report.notes) == (1, 0, [])
        assert all("file" not in a.extra for a in store.iter_articles())


def test_an_export_ingest_stopped_at_any_article_and_run_again_gives_back_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline.ingest import ingest
    from storyline.settings import IngestOptions
    from storyline.store import Store

    runner = CliRunner()
    path = tmp_path / "quay.txt"
    a = tmp_path / "a.db"
    for text in (
        QUAY,
        QUAY + "Divers found two more cracks.\n",
        QUAY + "Divers found two more cracks. Repairs start May.\n",
    ):
        path.write_text(text, encoding="utf-8")
        assert runner.invoke(app, ["ingest", str(path), "--db", str(a)]).exit_code == 0
    (tmp_path / "lantern.txt").write_text(COPY, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    assert (
        runner.invoke(
            app, ["ingest", str(tmp_path / "wire.txt"), str(tmp_path / "lantern.txt"), "--db", str(a)]
        ).exit_code
        == 0
    )
    out = tmp_path / "x.jsonl"
    assert runner.invoke(app, ["export", "--db", str(a), "--out", str(out)]).exit_code == 0
    real = Store.add_article
    for stop in range(1, 6):
        for size in (1, 100):
            b = tmp_path / f"b{stop}-{size}.db"
            calls: list[int] = []

            def crashing(self: Store, article: object, stop: int = stop, calls: list[int] = calls) -> object:
                calls.append(1)
                if len(calls) == stop:
                    raise KeyboardInterrupt  # the process stopped here
                return real(self, article)  # type: ignore[arg-type]

            monkeypatch.setattr(Store, "add_article", crashing)
            with Store(b) as store, pytest.raises(KeyboardInterrupt):
                ingest(store, [str(out)], options=IngestOptions(batch_size=size, workers=1))
            monkeypatch.undo()
            with Store(b) as store:
                ingest(store, [str(out)], options=IngestOptions(workers=1))
            assert _rows(b) == _rows(a), (stop, size)
