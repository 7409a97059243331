from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def _write(tmp_path: Path) -> list[str]:
    a = tmp_path / "a.txt"
    a.write_text(
        "Council passes budget\n\nThe council approved the new budget on Tuesday after a long debate. "
        "The budget adds 40 teachers to city schools.\n",
        encoding="utf-8",
    )
    b = tmp_path / "b.txt"
    b.write_text(
        "Budget approved\n\nThe city council approved the new budget on Tuesday after a long debate. "
        "The plan adds 45 teachers to city schools.\n",
        encoding="utf-8",
    )
    return [str(a), str(b)]


@pytest.mark.slow
def test_brief_input_json_md_html(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    res = runner.invoke(app, ["brief", "--input", *paths, "--format", "json"])
    assert res.exit_code == 0, res.output
    brief = json.loads(res.stdout)
    assert len(brief["articles"]) == 2 and brief["summary"]
    assert all(s["citations"] for s in brief["summary"])
    for fmt, marker in (("md", "## Summary"), ("html", "<h2>Summary</h2>")):
        res = runner.invoke(app, ["brief", "--input", *paths, "--format", fmt])
        assert res.exit_code == 0 and marker in res.stdout


@pytest.mark.slow
def test_brief_by_field_one_line_per_value(tmp_path: Path) -> None:
    rows = [
        {
            "id": "1",
            "title": "Storm hits coast",
            "text": "A storm hit the coast on Sunday. Ten homes were damaged.",
            "group": "g1",
        },
        {
            "id": "2",
            "title": "Coast storm",
            "text": "The storm hit the coast on Sunday night. Homes were damaged.",
            "group": "g1",
        },
        {
            "id": "3",
            "title": "Team wins cup",
            "text": "The local team won the cup final on Saturday. Fans cheered.",
            "group": "g2",
        },
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = runner.invoke(app, ["brief", "--input", str(path), "--by", "group", "--format", "json"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [b["story"] for b in lines] == ["g1", "g2"]
    assert [len(b["articles"]) for b in lines] == [2, 1]


def test_brief_rejects_bad_format() -> None:
    res = runner.invoke(app, ["brief", "--input", "x.txt", "--format", "pdf"])
    assert res.exit_code != 0


@pytest.mark.slow
def test_run_writes_briefs_and_index(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    out = tmp_path / "out"
    res = runner.invoke(app, ["run", *paths, "--out", str(out), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    assert (out / "index.html").exists()
    files = list(out.glob("story-*.json"))
    assert files and list(out.glob("story-*.md")) and list(out.glob("story-*.html"))
    page = next(out.glob("story-*.html")).read_text(encoding="utf-8")
    assert 'href="index.html"' in page and "schema 1.19" in page  # back to the index; the version, as Markdown says
    story = json.loads(files[0].read_text(encoding="utf-8"))["story"]
    res = runner.invoke(app, ["brief", story, "--db", str(tmp_path / "s.db"), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["story"] == story
    assert runner.invoke(app, ["brief", "no-such-story", "--db", str(tmp_path / "s.db")]).exit_code == 1
    # the story's label is now its brief's headline: lists and the brief name the story alike
    from storyline.store import Store

    brief = json.loads(res.stdout)
    headline = brief["headline"]["text"]
    with Store(tmp_path / "s.db") as store:
        assert store.conn.execute("SELECT label FROM stories WHERE id = ?", (story,)).fetchone()[0] == headline
    # `articles ID --json` gives the text the brief's offsets point into
    cite = brief["summary"][0]["citations"][0]
    shown = runner.invoke(app, ["articles", cite["article"], "--db", str(tmp_path / "s.db"), "--json"])
    assert shown.exit_code == 0, shown.output
    original = json.loads(shown.stdout)["original"]
    assert original[cite["start"] : cite["end"]] == brief["summary"][0]["text"]
    # and so does `export`: each row's `original` beside the cleaned `text` (a text file's headline line left out)
    exported = runner.invoke(app, ["export", "--db", str(tmp_path / "s.db")])
    rows = {r["id"]: r for r in map(json.loads, exported.stdout.splitlines())}
    row = rows[cite["article"]]
    assert row["original"][cite["start"] : cite["end"]] == brief["summary"][0]["text"]
    assert row["original"].startswith(row["title"]) and not row["text"].startswith(row["title"])
    for span in (s for f in brief["facts"] for s in f["sources"]):
        assert rows[span["article"]]["original"][span["start"] : span["end"]] == span["text"]
    # a brief cut short is printed, not saved: the web app keeps showing the whole one
    from storyline.pipeline import save_brief
    from storyline.web import views

    with Store(tmp_path / "s.db") as store:
        assert "facts" in views.story_brief(store, story)["brief"]
        cut = runner.invoke(app, ["brief", story, "--db", str(tmp_path / "s.db"), "--summary-only", "--format", "json"])
        assert cut.exit_code == 0 and "facts" not in json.loads(cut.stdout)
        saved = store.conn.execute("SELECT brief FROM briefs WHERE story = ?", (story,)).fetchone()[0]
        assert "facts" in json.loads(saved)
        assert "facts" in views.story_brief(store, story)["brief"]
        # a brief saved again (same articles) is what a running server shows next, not the one it read before
        save_brief(store, {**brief, "headline": {**brief["headline"], "text": "Budget passes, again"}})
        assert views.story_brief(store, story)["brief"]["headline"]["text"] == "Budget passes, again"


@pytest.mark.slow
def test_seed_brief_passes_the_acceptance_scorer(shared: Path, tmp_path: Path) -> None:
    seeds = sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
    res = runner.invoke(app, ["brief", "--input", *seeds, "--format", "json"])
    assert res.exit_code == 0, res.output
    out = tmp_path / "b.json"
    out.write_text(res.stdout, encoding="utf-8")
    # every entity says where it is named: each span holds its name or one of its spellings
    from storyline.pipeline import read_inputs

    original = {a.id: a.original for a in read_inputs(seeds)[0]}
    brief = json.loads(res.stdout)
    for e in brief["entities"]:
        names = {n.lower() for n in (e["name"], *e["variants"])}
        assert len(e["spans"]) == e["mentions"] > 0
        assert all(original[s["article"]][s["start"] : s["end"]].lower() in names for s in e["spans"]), e["name"]
    proc = subprocess.run(
        [sys.executable, str(shared / "tools" / "score.py"), "seeds", str(out), str(shared / "seeds")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_numbers_in_words_that_differ_are_a_figure_conflict_not_a_dispute_over_who_said_it(tmp_path: Path) -> None:
    import json

    lead = "A fire destroyed a freight warehouse in Tarrow on Monday night."
    a = tmp_path / "a.txt"
    a.write_text(f"Warehouse fire\n\n{lead} Two firefighters were injured, the fire service said.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text(
        f"Fire in Tarrow\n\n{lead} Three firefighters were injured, fire chief Mara Tisdane said.\n", encoding="utf-8"
    )
    res = runner.invoke(app, ["brief", "--input", str(a), str(b), "--format", "json"])
    assert res.exit_code == 0, res.output
    brief = json.loads(res.stdout)
    kinds = {c["kind"] for c in brief["conflicts"]}
    assert "figure" in kinds and "attribution" not in kinds, brief["conflicts"]
    hurt = next(f for f in brief["facts"] if "firefighters" in f["text"])
    assert hurt["status"] == "conflicting"


def test_brief_by_field_keeps_copies_and_reports_every_unusable_record(tmp_path: Path) -> None:
    storm = "The storm hit the coast on Sunday night, the harbour office said. Homes were damaged."
    rows = [
        {"id": "1", "title": "Coast storm", "outlet": "Coast Wire", "text": storm, "group": "g1"},
        {"id": "2", "title": "Coast storm", "outlet": "Harbour Times", "text": storm, "group": "g1"},  # a copy
        {"id": "3", "title": "Storm", "outlet": "Bay Post", "text": "", "group": "g1"},  # unusable
        {"id": "4", "outlet": "Valley Post", "text": "The local team won the cup final on Saturday.", "group": "g2"},
        {"id": "5", "title": "Coast storm", "outlet": "Ridge Echo", "text": storm, "group": "g3"},  # a copy elsewhere
        {"id": "6", "title": "Empty", "text": "  ", "group": "g4"},  # a story with nothing usable
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = runner.invoke(app, ["brief", "--input", str(path), "--by", "group", "--format", "json"])
    assert res.exit_code == 0, res.output
    briefs = {b["story"]: b for b in (json.loads(x) for x in res.stdout.splitlines() if x.strip())}
    assert sorted(briefs) == ["g1", "g2", "g3"]
    assert sorted(a["outlet"] for a in briefs["g1"]["articles"]) == ["Coast Wire", "Harbour Times"]
    assert len({a["id"] for a in briefs["g1"]["articles"]}) == 2
    assert [s["input"].endswith(":3") for s in briefs["g1"]["skipped_inputs"]] == [True]
    assert briefs["g2"]["articles"] and briefs["g2"]["summary"]  # no title: the one paragraph is the text
    assert "r.jsonl:6" in res.stderr and "no brief has it" in res.stderr


def test_brief_by_a_known_field_lists_its_unusable_records(tmp_path: Path) -> None:
    storm = "The storm hit the coast on Sunday night, the harbour office said. Homes were damaged."
    rows = [
        {"id": "1", "title": "Coast storm", "outlet": "Coast Wire", "text": storm},
        {"id": "2", "title": "Coast storm", "outlet": "Coast Wire", "text": "Advertisement"},  # only page junk
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = runner.invoke(app, ["brief", "--input", str(path), "--by", "outlet", "--format", "json"])
    assert res.exit_code == 0, res.output
    (brief,) = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert brief["story"] == "Coast Wire"
    assert [s["input"].endswith(":2") for s in brief["skipped_inputs"]] == [True]


def test_run_removes_the_briefs_of_stories_a_rebuild_merged_away(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    other = tmp_path / "c.txt"
    other.write_text(
        "Museum reopens east wing\n\nThe museum reopened its east wing on Sunday with a show of ship models built by "
        "retired dock workers.\n",
        encoding="utf-8",
    )
    out, db = tmp_path / "out", str(tmp_path / "s.db")
    assert runner.invoke(app, ["run", *paths, str(other), "--out", str(out), "--db", db]).exit_code == 0
    stories = sorted(json.loads(p.read_text(encoding="utf-8"))["story"] for p in out.glob("story-*.json"))
    assert len(stories) == 2
    keep, gone = stories
    foreign = out / "story-elsewhere.json"  # a brief of another store in the same folder stays
    foreign.write_text(json.dumps({"schema": "1.6", "story": "elsewhere"}), encoding="utf-8")
    from storyline.store import Store

    with Store(tmp_path / "s.db") as store, store.transaction() as conn:  # as a rebuild merging `gone` into `keep`
        conn.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (keep, gone))
        conn.execute("UPDATE stories SET meta = ?, size = 0 WHERE id = ?", (json.dumps({"merged_into": keep}), gone))
    res = runner.invoke(app, ["run", *paths, str(other), "--out", str(out), "--db", db])
    assert res.exit_code == 0, res.output
    assert not list(out.glob(f"story-{gone}.*")) and foreign.exists()
    assert f"removed the briefs of 1 stories that no longer exist (merged or emptied): {gone}" in res.output.replace(
        "\n", " "
    )
    res = runner.invoke(app, ["brief", gone, "--db", db])
    assert res.exit_code == 1 and f"was merged into {keep}" in res.output


def test_key_entities_are_the_names_of_the_briefs_entities() -> None:
    from storyline.pipeline import canonical_key_entities

    entities = [
        {"name": "Henrike Salvesen-Holm", "type": "PERSON", "variants": ["Salvesen-Holm"]},
        {"name": "Maren Tollefsen", "type": "PERSON", "variants": ["Tollefsen"]},
        {"name": "Brakstad", "type": "GPE", "variants": ["BRAKSTAD"]},
        {"name": "Brakstad District Court", "type": "ORG", "variants": []},
    ]
    keys = [
        "Henrike Salvesen",
        "Archivist Maren Tollefsen",
        "BRAKSTAD",
        "Brakstad District Court",
        "ICBM",
        "Maren Tollefsen",
    ]
    assert canonical_key_entities(keys, entities) == [
        "Henrike Salvesen-Holm",  # a hyphenated name cut short: the whole name
        "Maren Tollefsen",  # a title before the name: the person's name, once
        "Brakstad",  # a spelling: the entity's name
        "Brakstad District Court",  # not the place its first word names
        "ICBM",  # no entity: as it is
    ]


def test_reading_a_brief_leaves_the_story_list_as_it_was_and_run_names_stories_by_their_briefs(tmp_path: Path) -> None:
    # a brief made on request (`storyline brief ID`, a story's page) is saved, but what `stories` lists does not depend
    # on which stories someone has read; `run`, which briefs every story, names each as its brief does
    from storyline.cluster import list_stories, update_stories
    from storyline.ingest import ingest
    from storyline.pipeline import save_brief
    from storyline.store import Store

    body = (
        "Archivist Maren Tollefsen said the Brakstad archive would reopen on Monday. Tollefsen said it was dry now.\n"
    )
    for i, title in enumerate(["Brakstad archive reopens", "Archive in Brakstad open again", "Brakstad archive back"]):
        (tmp_path / f"{i}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(tmp_path / f"{i}.txt") for i in range(3)])
        update_stories(store)
        [before] = list_stories(store)
        assert "Archivist Maren Tollefsen" in before["key_entities"]
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
        brief = {
            "story": before["id"],
            "schema": "1.17",
            "articles": [{"id": a} for a in ids],
            "headline": {"text": "Dry rooms ready in Brakstad"},
            "entities": [{"name": "Maren Tollefsen", "variants": ["Tollefsen"]}],
        }
        save_brief(store, brief)
        assert list_stories(store) == [before]
        assert store.conn.execute("SELECT count(*) FROM briefs").fetchone()[0] == 1
        save_brief(store, brief, name_story=True)
        [after] = list_stories(store)
    assert after["label"] == "Dry rooms ready in Brakstad"
    assert "Maren Tollefsen" in after["key_entities"] and "Archivist Maren Tollefsen" not in after["key_entities"]


@pytest.mark.slow
def test_run_gives_stories_the_key_entities_of_their_briefs(tmp_path: Path) -> None:
    body = (
        "The Brakstad town museum reopened its archive on Monday after a year of repairs. "
        "Archivist Maren Tollefsen said 4,000 letters had been moved to dry rooms.\n\n"
        "Tollefsen said the letters would be shown from May.\n"
    )
    paths = []
    for i, title in enumerate(["Brakstad archive reopens", "Archive in Brakstad open again"]):
        (tmp_path / f"{i}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
        paths.append(str(tmp_path / f"{i}.txt"))
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["run", *paths, "--out", str(tmp_path / "out"), "--db", db]).exit_code == 0
    listed = [json.loads(x) for x in runner.invoke(app, ["stories", "--db", db, "--json"]).stdout.splitlines()]
    keys = [k for s in listed for k in s["key_entities"]]
    assert "Maren Tollefsen" in keys and not any(k.startswith("Archivist") for k in keys)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    code = "import sys; from storyline.cli import main; sys.argv[0] = 'storyline'; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)


def test_the_program_ends_with_its_commands_exit_code_and_all_its_output() -> None:
    done = _cli("brief", "--help")
    assert done.returncode == 0 and "--input" in done.stdout and done.stdout.endswith("\n")
    bad = _cli("brief", "x", "--format", "pdf")
    assert bad.returncode == 1 and "unknown format 'pdf'" in bad.stderr and not bad.stdout
    missing = _cli("brief", "--input", str(ROOT / "no-such-file.txt"))
    assert missing.returncode == 1 and "no article could be read" in missing.stderr


@pytest.mark.slow
def test_a_brief_of_inputs_is_written_whole_by_the_program(tmp_path: Path) -> None:
    done = _cli("brief", "--input", *_write(tmp_path))
    assert done.returncode == 0, done.stderr
    brief = json.loads(done.stdout)
    assert done.stdout.endswith("}\n") and len(brief["articles"]) == 2 and brief["summary"]


def test_an_opinion_piece_is_no_side_of_a_figure_conflict_it_gives_a_figure_of(tmp_path: Path) -> None:
    """A column that repeats one side's sum ("hide €2.4bn") takes no side of the conflict between the reports (€2.4bn
    against a tabloid's €3.1bn): it is a voice, and sides are sources."""
    records = [
        {
            "id": "lamp", "outlet": "The Evening Lamp", "published": "2026-11-16",
            "title": "COVER-UP! Bank boss knew of €3.1bn black hole",
            "text": "The disgraced governor of the central bank sat on a shocking €3.1bn black hole at Orvane State Bank "
            "for weeks while ordinary savers were kept in the dark, the Evening Lamp can reveal.\n\nThe bungling bank "
            "lent a staggering sum to Kell, the shipping group.",
        },
        {
            "id": "herald", "outlet": "Tarvik Herald", "published": "2026-11-16",
            "title": "Leaked memo shows €2.4bn hole at Orvane State Bank",
            "text": "TARVIK — An internal memo from the central bank shows that Orvane State Bank hid losses of €2.4bn on "
            "loans to the shipping group Kell, according to a copy seen by the Tarvik Herald on Monday.\n\nThe 14-page "
            "memo, dated 2 November, was written by the central bank's supervision department.",
        },
        {
            "id": "review", "outlet": "The Tarvik Review", "published": "2026-11-18",
            "title": "Opinion: The memo that should never have needed leaking",
            "text": "Opinion: The memo that should never have needed leaking\n\nIn my view, the resignation of the "
            "governor on Tuesday is the least important part of this affair.\n\nI have covered the central bank for "
            "twenty years. I have never seen a state bank hide €2.4bn on its books for this long without someone in "
            "government knowing.\n\nThe real scandal is that Orvane State Bank was allowed to lend so much to one "
            "shipping group.",
        },
    ]  # fmt: skip
    path = tmp_path / "bank.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    res = runner.invoke(app, ["brief", "--input", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    brief = json.loads(res.stdout)
    column = next(a["id"] for a in brief["articles"] if a["kind"] == "opinion")
    (conflict,) = [c for c in brief["conflicts"] if c["kind"] == "figure"]
    assert column not in {s["article"] for s in conflict["sides"]}, conflict
    assert len({s["article"] for s in conflict["sides"]}) == 2


def _three_reports(tmp_path: Path) -> list[str]:
    texts = {
        "quay.txt": "Warehouse fire on Pellin Quay\n\nQuay Courier\n3 March 2027\n\nA fire destroyed a grain "
        "warehouse on Pellin Quay in Ostrava Bay on Monday night, the harbour authority said. Two of the workers "
        'were taken to Saint Brida Hospital with burns, the authority said. "The roof fell in within minutes," '
        "harbour master Ivo Stenberg told reporters. The owner, Kallis Grain, said it was checking its records.\n",
        "bay.txt": "Grain store burns in Ostrava Bay\n\nBay Herald\n3 March 2027\n\nA grain warehouse on Pellin Quay "
        "burned down on Monday night, the harbour authority said. Three of the workers were taken to Saint Brida "
        'Hospital with burns. "The roof fell in within minutes," harbour master Ivo Stenberg told reporters. '
        "Kallis Grain, which owns the warehouse, said it was checking its records.\n",
        "post.txt": "Quay fire: owner checks records\n\nOstrava Post\n4 March 2027\n\nKallis Grain said on Tuesday it "
        "was checking its records after a fire destroyed its warehouse on Pellin Quay. Harbour master Ivo "
        "Stenberg said the roof fell in within minutes. The harbour authority said the cause was not yet known.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / n) for n in texts]


@pytest.mark.slow
def test_the_same_articles_in_another_order_give_the_same_brief_byte_for_byte(tmp_path: Path) -> None:
    """Fact ids, the side of a one-against-one conflict the summary states and which copy of a shared quote is the
    ledger's row are read in the articles' own order (published, then id), not the order they were given in."""
    paths = _three_reports(tmp_path)
    got = []
    for order in (paths, paths[::-1], [paths[1], paths[2], paths[0]]):
        res = runner.invoke(app, ["brief", "--input", *order, "--format", "json"])
        assert res.exit_code == 0, res.output
        got.append(res.stdout)
    assert got[0] == got[1] == got[2]
    brief = json.loads(got[0])
    assert [a["outlet"] for a in brief["articles"]][-1] == "Ostrava Post"  # the latest last
