"""A researcher's whole-store tables: every article's story, syndication group, input record id and other fields in
`export` and `articles --json`; paging, language and date filters; a quoted phrase in `stories --text`."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli_reports import FIRE, runner

from storyline.cli import app

VOTE = (
    "The council of Ostrava Bay approved the harbour budget on Tuesday after a long debate. Mayor Pell Oduya said"
    " the vote would fund new quays in Ostrava Bay. Opposition members called the budget reckless. The timber"
    " warehouse plan was dropped."
)
FEU = (
    "Un incendie a détruit un entrepôt de bois à Brenmoor lundi, a déclaré le chef des pompiers Aldo Verrin. Les"
    " équipes de Brenmoor ont combattu le feu pendant des heures. Verrin a dit que personne n'était blessé."
)


def _store(tmp_path: Path) -> str:
    db = str(tmp_path / "r.db")
    rows = [
        {
            "id": "k-1",
            "title": "Brenmoor warehouse fire",
            "text": FIRE.format(h=3),
            "published": "2026-02-02",
            "panel": "A",
        },
        {
            "id": "k-2",
            "title": "Brenmoor warehouse fire",
            "text": FIRE.format(h=3),
            "outlet": "Tarn Post",
            "published": "2026-02-02",
            "panel": "B",
        },
        {
            "id": "k-3",
            "title": "Brenmoor fire: crews stay",
            "text": FIRE.format(h=5),
            "published": "2026-02-03",
            "panel": "A",
        },
        {"id": "k-4", "title": "Ostrava Bay budget passes", "text": VOTE, "published": "2026-03-10", "panel": "C"},
        {
            "id": "k-5",
            "title": "Incendie à Brenmoor",
            "text": FEU,
            "published": "2026-02-02",
            "language": "fr",
            "panel": "D",
        },
    ]
    src = tmp_path / "k.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(src), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["cluster", "--db", db]).exit_code == 0
    return db


def _lines(args: list[str]) -> list[dict]:  # type: ignore[type-arg]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_export_and_articles_give_each_article_its_story_group_record_id_and_fields(tmp_path: Path) -> None:
    db = _store(tmp_path)
    stories = {s["id"]: s for s in _lines(["stories", "--db", db, "--json"])}
    exported = {r["record_id"]: r for r in _lines(["export", "--db", db])}
    listed = {r["record_id"]: r for r in _lines(["articles", "--db", db, "--json"])}
    assert set(exported) == set(listed) == {"k-1", "k-3", "k-4", "k-5"} | ({"k-2"} & set(exported))
    for rid, row in listed.items():
        assert row["story"] == exported[rid]["story"] and row["extra"] == exported[rid]["extra"]
        assert row["extra"]["panel"] and "record_id" not in row["extra"]
    fire = listed["k-1"]["story"]
    assert fire in stories and listed["k-3"]["story"] == fire and listed["k-4"]["story"] != fire
    for story in stories.values():
        members = {r["id"] for r in listed.values() if r["story"] == story["id"]}
        assert len(members) == story["article_count"]
    # k-3 is k-1's text with one figure changed: a near copy, one syndication group, named by its smallest id
    group = listed["k-1"]["syndication_group"]
    assert listed["k-3"]["syndication_group"] == group == min(listed["k-1"]["id"], listed["k-3"]["id"])
    assert listed["k-4"]["syndication_group"] == listed["k-4"]["id"]  # nothing copies it: its own group


def test_an_export_with_stories_is_ingested_back_to_the_same_articles(tmp_path: Path) -> None:
    db = _store(tmp_path)
    out = tmp_path / "x.jsonl"
    assert runner.invoke(app, ["export", "--db", db, "--out", str(out)]).exit_code == 0
    db2 = str(tmp_path / "again.db")
    assert runner.invoke(app, ["ingest", str(out), "--db", db2]).exit_code == 0
    before = {r["id"]: r for r in _lines(["export", "--db", db])}
    after = {r["id"]: r for r in _lines(["export", "--db", db2])}
    assert set(before) == set(after)
    for aid, row in after.items():
        assert row["extra"] == before[aid]["extra"] and row["record_id"] == before[aid]["record_id"]
        assert row["story"] is None  # not clustered yet: the story is recomputed, never read from the export


def test_articles_page_language_and_dates(tmp_path: Path) -> None:
    db = _store(tmp_path)
    every = _lines(["articles", "--db", db, "--json"])
    page2 = _lines(["articles", "--db", db, "--json", "--limit", "2", "--offset", "2"])
    assert [r["id"] for r in page2] == [r["id"] for r in every[2:4]]
    assert [r["record_id"] for r in _lines(["articles", "--db", db, "--json", "--language", "French"])] == ["k-5"]
    march = _lines(["articles", "--db", db, "--json", "--since", "2026-03"])
    assert [r["record_id"] for r in march] == ["k-4"]
    feb = _lines(["articles", "--db", db, "--json", "--until", "2026-02"])
    assert "k-4" not in {r["record_id"] for r in feb} and len(feb) == len(every) - 1
    res = runner.invoke(app, ["articles", "--db", db, "--since", "Feb 2026"])
    assert res.exit_code == 1 and "since must be a date" in res.output
    res = runner.invoke(app, ["articles", "--db", db, "--since", "2026-03", "--until", "2026-02"])
    assert res.exit_code == 1 and "swap them" in res.output


def test_stories_offset_language_and_a_quoted_phrase(tmp_path: Path) -> None:
    db = _store(tmp_path)
    every = _lines(["stories", "--db", db, "--json"])
    assert len(every) >= 2
    assert _lines(["stories", "--db", db, "--json", "--offset", "1"]) == every[1:]
    # both words are in the budget story ("The timber warehouse plan"), the phrase "timber warehouse" in both, and
    # "warehouse in Brenmoor" only in the fire story
    words = _lines(["stories", "--db", db, "--json", "--text", "warehouse Brenmoor timber"])
    phrase = _lines(["stories", "--db", db, "--json", "--text", '"warehouse in Brenmoor"'])
    assert len(phrase) == 1 and phrase[0]["label"] and len(words) == 1
    budget_words = _lines(["stories", "--db", db, "--json", "--text", "warehouse Ostrava"])
    assert len(budget_words) == 1
    split_phrase = _lines(["stories", "--db", db, "--json", "--text", '"Ostrava warehouse"'])
    assert split_phrase == []
    either = _lines(["stories", "--db", db, "--json", "--text", '"timber warehouse"'])
    assert len(either) == 2
    fr = _lines(["stories", "--db", db, "--json", "--language", "fr"])
    assert len(fr) == 1 and all(s["id"] in {e["id"] for e in every} for s in fr)
    fr_articles = [r for r in _lines(["articles", "--db", db, "--json", "--language", "fr"]) if r["story"]]
    assert {s["id"] for s in fr} == {r["story"] for r in fr_articles}


def test_the_api_filters_stories_by_language(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from storyline.web.app import WebSettings, create_app

    db = _store(tmp_path)
    app = create_app(WebSettings(db=Path(db), worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        every = client.get("/api/stories").json()
        fr = client.get("/api/stories", params={"language": "fr"})
        assert fr.status_code == 200, fr.text
        cli = _lines(["stories", "--db", db, "--json", "--language", "fr"])
        assert [s["id"] for s in fr.json()["items"]] == [s["id"] for s in cli]
        assert 1 == fr.json()["total"] < every["total"]
        assert client.get("/api/stories", params={"language": "xx"}).json()["total"] == 0


def test_stats_count_stories_waiting_articles_and_articles_with_no_outlet(tmp_path: Path) -> None:
    db = _store(tmp_path)
    stats = _lines(["stats", "--db", db, "--json"])[0]
    stories = _lines(["stories", "--db", db, "--json"])
    assert stats["stories"] == len(stories) and stats["waiting_for_cluster"] == 0
    assert stats["no_outlet"] == len([r for r in _lines(["articles", "--db", db, "--json"]) if r["outlet"] is None])
    late = tmp_path / "late.jsonl"
    late.write_text(json.dumps({"id": "k-9", "title": "Ostrava quays", "text": VOTE.replace("Tuesday", "Friday")}))
    res = runner.invoke(app, ["ingest", str(late), "--db", db])
    assert res.exit_code == 0, res.output
    stats = _lines(["stats", "--db", db, "--json"])[0]
    assert stats["waiting_for_cluster"] == 1 and stats["stories"] == len(stories)


def test_a_duplicate_record_is_counted_as_a_duplicate_not_unchanged(tmp_path: Path) -> None:
    db = str(tmp_path / "d.db")
    src = tmp_path / "d.jsonl"
    rows = [
        {"id": "d-1", "title": "Brenmoor fire", "text": FIRE.format(h=2)},
        {"id": "d-2", "title": "Warehouse burns in Brenmoor", "text": FIRE.format(h=2)},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = _lines(["ingest", str(src), "--db", db, "--json"])[0]
    assert (report["added"], report["unchanged"], len(report["duplicates"])) == (1, 0, 1), report
    res = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "e.db")])
    assert "unchanged 0" in res.stdout and "duplicates 1" in res.stdout, res.stdout


def test_a_long_cluster_run_reports_how_far_it_is(tmp_path: Path) -> None:
    from storyline.cluster import update_stories
    from storyline.store import Store

    db = _store(tmp_path)
    late = tmp_path / "late.jsonl"
    rows = [{"id": f"n-{h}", "title": "Brenmoor fire", "text": FIRE.format(h=h) + f" Day {h}."} for h in (7, 8, 9)]
    late.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert runner.invoke(app, ["ingest", str(late), "--db", db]).exit_code == 0
    stages: list[str] = []
    steps: list[tuple[int, int]] = []
    with Store(db) as store:
        report = update_stories(store, progress=stages.append, step=lambda d, t: steps.append((d, t)))
    assert report.mode == "incremental" and report.assigned == 3
    placing = [s for s in steps if s[1] == 3]
    assert placing[0] == (0, 3) and placing[-1] == (3, 3) and len(placing) >= 4
    assert stages[0] == "placing 3 new articles (incremental)" and any("joined no story" in s for s in stages)


def test_the_progress_bar_shows_on_a_terminal_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io

    from rich.console import Console

    from storyline.cli import common

    for terminal in (True, False):
        out = io.StringIO()
        monkeypatch.setattr(common, "err_console", Console(file=out, force_terminal=terminal, width=100))
        with common.progress_bar("placing new articles") as bar:
            bar.step(2, 5)
            bar.say("checking grown stories")
        assert ("2/5" in out.getvalue() or "checking" in out.getvalue()) is terminal, out.getvalue()


def test_search_filters_by_language_in_the_cli_and_the_api(tmp_path: Path) -> None:
    """ "Brenmoor" is in the English fire reports and in the French one: `search --language fr` (or "French", "FR")
    gives the French article only, with the total of that language; "en" the others; the API's `language` the same."""
    from fastapi.testclient import TestClient

    from storyline.web.app import WebSettings, create_app

    db = _store(tmp_path)
    every = _lines(["search", "Brenmoor", "--db", db, "--json"])
    assert len(every) >= 3
    for told in ("fr", "French", "FR"):
        fr = _lines(["search", "Brenmoor", "--db", db, "--json", "--language", told])
        assert [r["title"] for r in fr] == ["Incendie à Brenmoor"], told
    en = _lines(["search", "Brenmoor", "--db", db, "--json", "--language", "en"])
    assert len(en) == len(every) - 1 and "Incendie à Brenmoor" not in {r["title"] for r in en}
    res = runner.invoke(app, ["search", "Brenmoor", "--db", db, "--language", "fr"])
    assert res.exit_code == 0 and "1 of 1 matching article(s)" in res.stdout
    app_ = create_app(WebSettings(db=Path(db), worker=False, post_ingest=False))
    with TestClient(app_, base_url="http://127.0.0.1") as client:
        got = client.get("/api/search", params={"q": "Brenmoor", "language": "fr"})
        assert got.status_code == 200, got.text
        assert got.json()["total"] == 1 and [i["title"] for i in got.json()["items"]] == ["Incendie à Brenmoor"]
        assert client.get("/api/search", params={"q": "Brenmoor"}).json()["total"] == len(every)


def test_piped_tables_are_one_row_a_line_with_tabs_and_no_line_is_wrapped(tmp_path: Path) -> None:
    """When stdout is no terminal (a pipe, a file, the test runner), `stories`, `articles` and `search` print their
    tables as tab-separated lines, one row a line under a header, so `cut -f` and `grep` read them: a long headline
    or snippet is not wrapped at 80 columns, and a cell's markup is plain text. Plain lines (the ingest report with the
    store's path) are not wrapped either."""
    long_title = "Brenmoor timber warehouse fire: crews from three towns fought the blaze through the night, chief says"
    rows = [
        {"id": "w-1", "title": long_title, "text": FIRE.format(h=3), "outlet": "Tarn Post", "published": "2026-02-02"},
        {"id": "w-2", "title": "Ostrava Bay budget passes", "text": VOTE, "published": "2026-03-10"},
    ]
    deep = tmp_path / ("a-rather-long-folder-name-for-the-store-" * 2)
    deep.mkdir()
    db = str(deep / "piped.db")
    src = tmp_path / "w.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ingested = runner.invoke(app, ["ingest", str(src), "--db", db])
    assert ingested.exit_code == 0 and f"(store: {db})" in ingested.stdout
    assert runner.invoke(app, ["cluster", "--db", db]).exit_code == 0
    for args, columns in (
        (["stories", "--db", db], ["id", "articles", "independent", "dates", "label"]),
        (["articles", "--db", db], ["id", "outlet", "published", "lang", "story", "title"]),
        (["search", "Brenmoor", "--db", db], ["article", "story", "outlet", "published", "title / snippet"]),
    ):
        res = runner.invoke(app, args)
        assert res.exit_code == 0, res.output
        lines = res.stdout.splitlines()
        assert lines[0].split("\t") == columns, args
        table = [line.split("\t") for line in lines[1 : 1 + (2 if args[0] != "search" else 1)]]
        assert all(len(cells) == len(columns) for cells in table), (args, lines)
        assert not any(ch in res.stdout for ch in "│┃━"), args  # no box drawing
        assert any(long_title in cells[-1] for cells in table) or args[0] == "stories", (args, lines)
    hit = runner.invoke(app, ["search", "Brenmoor", "--db", db]).stdout.splitlines()[1].split("\t")
    assert hit[-1].startswith(long_title + " | ") and "[bold]" not in hit[-1] and hit[2] == "Tarn Post"
