"""What `storyline cluster` (store mode) and `storyline stories --text` report: which article went to which
story, and a text filter with no word in it said so rather than read as no filter."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()

FIRE = (
    "A fire destroyed a timber warehouse in Brenmoor on Monday, fire chief Aldo Verrin said. Crews from Brenmoor"
    " fought the blaze for {h} hours. Verrin said nobody was hurt and the cause of the Brenmoor fire is unknown."
)
VOTE = (
    "The council of Ostrava Bay approved the harbour budget on Tuesday after a long debate. Mayor Pell Oduya said"
    " the vote would fund new quays in Ostrava Bay. Opposition members called the budget reckless."
)


def _records(path: Path, rows: list[tuple[str, str, str]]) -> str:
    path.write_text(
        "".join(json.dumps({"id": i, "title": t, "text": x, "published": "2026-02-02"}) + "\n" for i, t, x in rows),
        encoding="utf-8",
    )
    return str(path)


def _ingest_and_cluster(tmp_path: Path) -> tuple[str, dict]:  # type: ignore[type-arg]
    db = str(tmp_path / "c.db")
    day1 = _records(tmp_path / "d1.jsonl", [(f"f{h}", "Brenmoor warehouse fire", FIRE.format(h=h)) for h in (3, 4)])
    assert runner.invoke(app, ["ingest", day1, "--db", db]).exit_code == 0
    assert runner.invoke(app, ["cluster", "--db", db]).exit_code == 0
    day2 = _records(
        tmp_path / "d2.jsonl",
        [("f5", "Brenmoor fire: crews stay on", FIRE.format(h=5)), ("v1", "Ostrava Bay budget passes", VOTE)],
    )
    assert runner.invoke(app, ["ingest", day2, "--db", db]).exit_code == 0
    res = runner.invoke(app, ["cluster", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    return db, json.loads(res.stdout)


def test_an_incremental_cluster_says_which_article_joined_which_story_and_which_opened_one(tmp_path: Path) -> None:
    db, report = _ingest_and_cluster(tmp_path)
    stories = {
        s["id"]: s for s in map(json.loads, runner.invoke(app, ["stories", "--db", db, "--json"]).stdout.splitlines())
    }
    titles = {p["title"]: p for p in report["placed"]}
    assert set(titles) == {"Brenmoor fire: crews stay on", "Ostrava Bay budget passes"}, report["placed"]
    joined, opened = titles["Brenmoor fire: crews stay on"], titles["Ostrava Bay budget passes"]
    assert joined["action"] == "joined" and joined["similarity"] >= 0.2 and joined["story"] in stories
    assert stories[joined["story"]]["article_count"] == 3
    assert opened["action"] == "new" and stories[opened["story"]]["article_count"] == 1
    assert report["placed_omitted"] == 0 and report["joined"] == 1 and report["new_stories"] == 1


def test_the_cluster_table_names_each_story_it_changed(tmp_path: Path) -> None:
    db, _ = _ingest_and_cluster(tmp_path)
    day3 = _records(tmp_path / "d3.jsonl", [("f6", "Brenmoor fire cause sought", FIRE.format(h=6))])
    assert runner.invoke(app, ["ingest", day3, "--db", db]).exit_code == 0
    res = runner.invoke(app, ["cluster", "--db", db], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].startswith("1 article assigned (incremental): 0 new stories, 1 joined"), lines
    story = next(s for s in map(json.loads, runner.invoke(app, ["stories", "--db", db, "--json"]).stdout.splitlines()))
    assert any(line.strip().startswith(f"joined {story['id']}") and "1 article (" in line for line in lines), lines


def test_a_text_filter_with_no_word_is_an_error_and_a_blank_one_no_filter(tmp_path: Path) -> None:
    db, _ = _ingest_and_cluster(tmp_path)
    every = runner.invoke(app, ["stories", "--db", db, "--json"]).stdout.splitlines()
    assert len(every) == 2
    assert runner.invoke(app, ["stories", "--db", db, "--json", "--text", " "]).stdout.splitlines() == every
    for text in ('"', "--", "?!"):
        res = runner.invoke(app, ["stories", "--db", db, "--json", "--text", text])
        assert res.exit_code == 1 and not res.stdout, (text, res.output)
        assert "has no words to look for" in " ".join(res.stderr.split())
    found = runner.invoke(app, ["stories", "--db", db, "--json", "--text", "quays"]).stdout.splitlines()
    assert [json.loads(x)["label"] for x in found] == ["Ostrava Bay budget passes"]


def test_brief_with_no_argument_names_what_it_takes() -> None:
    res = runner.invoke(app, ["brief"])
    assert res.exit_code == 2 and "Missing argument 'STORY_ID|PATH'" in " ".join(res.output.split())
