"""What the commands say when an input or a path cannot be used: one line, a reason and an exit code, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
FERRY = str(ROOT / "examples" / "ferry_wire.txt")
BINARY = str(ROOT / "examples" / "bad" / "random.bin")


def said(res) -> str:  # type: ignore[no-untyped-def]
    """What a command wrote to stderr, as one line (rich wraps it at the terminal's width)."""
    return " ".join(res.stderr.split())


def test_paths_that_cannot_be_written_or_read_give_one_line_and_exit_1(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", FERRY, "--db", db]).exit_code == 0
    res = runner.invoke(app, ["export", "--db", db, "--out", str(tmp_path / "nodir" / "x.jsonl")])
    assert res.exit_code == 1 and "no such folder" in said(res) and "Traceback" not in res.output
    res = runner.invoke(app, ["export", "--db", db, "--out", str(tmp_path)])
    assert res.exit_code == 1 and "is a folder" in said(res)
    fake = tmp_path / "fake.db"
    fake.write_text("not a store", encoding="utf-8")
    res = runner.invoke(app, ["stats", "--db", str(fake), "--json"])
    assert res.exit_code == 1 and "cannot be read" in said(res)
    taken = tmp_path / "afile"
    taken.write_text("x", encoding="utf-8")
    res = runner.invoke(app, ["run", FERRY, "--out", str(taken)])
    assert res.exit_code == 1 and "not a folder" in said(res)


def test_run_with_nothing_usable_fails_and_takes_the_store_from_the_environment(tmp_path: Path) -> None:
    res = runner.invoke(app, ["run", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o1")])
    assert res.exit_code == 1 and "nothing to read" in said(res) and "missing.txt" in res.output
    assert not (tmp_path / "o1").exists()  # a mistyped path writes no empty store and no empty index page
    res = runner.invoke(app, ["run", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o2"), "--json"])
    assert res.exit_code == 1 and json.loads(res.stdout)["stories"] == []
    res = runner.invoke(app, ["run", BINARY, "--out", str(tmp_path / "o2")])  # a file, but no article in it
    assert res.exit_code == 1 and "nothing could be ingested" in said(res)
    env = tmp_path / "env.db"
    res = runner.invoke(app, ["run", BINARY, "--out", str(tmp_path / "o3")], env={"STORYLINE_DB": str(env)})
    assert env.exists() and not (tmp_path / "o3" / "storyline.db").exists()


def test_ingest_of_paths_that_do_not_exist_leaves_no_store_behind(tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    res = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt"), str(tmp_path / "*.zz"), "--db", str(db)])
    assert res.exit_code == 1 and not db.exists()
    assert "no such file" in res.output and "matches no file" in res.output
    res = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt"), FERRY, "--db", str(db), "--json"])
    report = json.loads(res.stdout)
    assert res.exit_code == 3 and db.exists() and report["added"] == 1 and len(report["skipped"]) == 1


def test_serve_says_why_it_cannot_bind_before_claiming_to_serve(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        res = runner.invoke(app, ["serve", "--port", str(port), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 1 and f"cannot serve on 127.0.0.1:{port}" in said(res) and "serving" not in res.output


def test_inputs_a_brief_or_the_quotes_cannot_use_are_named_with_their_reason(tmp_path: Path) -> None:
    mal = tmp_path / "mal.jsonl"
    mal.write_text(
        '{"id": "a", "title": "T", "text": "The council met on Monday."}\n{"id": "b", "text": "a\tb"}\n',
        encoding="utf-8",
    )
    res = runner.invoke(app, ["brief", "--input", str(mal), BINARY, str(tmp_path / "none.txt"), "--format", "md"])
    assert res.exit_code == 0
    assert "random.bin: binary data" in said(res) and "none.txt: no such file" in said(res)
    assert "mal.jsonl:2" in said(res) and "at at" not in said(res)  # "Invalid control character at column 8"
    res = runner.invoke(app, ["quotes", str(tmp_path / "none.txt"), "--json"])
    assert res.exit_code == 1 and "no such file" in said(res)
    res = runner.invoke(app, ["quotes", BINARY, FERRY, "--json"])
    assert res.exit_code == 3 and "random.bin: binary data" in said(res)
    assert [json.loads(x)["article"] for x in res.stdout.splitlines()] == ["ferry_wire.txt"]


def test_cluster_reports_records_it_cannot_use_in_input_order(tmp_path: Path) -> None:
    path = tmp_path / "cl.jsonl"
    path.write_text(
        '{"id": "a", "text": "The council met on Monday."}\n{"id": "b", "text": "unfinished"\n{"id": "c", "text": 5}\n',
        encoding="utf-8",
    )
    res = runner.invoke(app, ["cluster", str(path), "--json"])
    assert res.exit_code == 0 and [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["a"]
    assert said(res).index("cl.jsonl:2") < said(res).index("cl.jsonl:3")
    assert "text is a JSON int, not text" in said(res)


def test_version_and_counts_in_words() -> None:
    from storyline import __version__
    from storyline.cli.common import counted

    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == f"storyline {__version__}"
    assert [counted(1, "story", "stories"), counted(3, "story", "stories"), counted(0, "input")] == [
        "1 story",
        "3 stories",
        "0 inputs",
    ]


def test_a_reading_command_with_no_store_names_the_one_run_wrote_beside_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("STORYLINE_DB", raising=False)
    res = runner.invoke(app, ["stories"])
    assert res.exit_code == 1 and "no store at" in said(res) and "wrote" not in said(res)
    (tmp_path / "o1").mkdir()
    assert runner.invoke(app, ["ingest", FERRY, "--db", str(tmp_path / "o1" / "storyline.db")]).exit_code == 0
    res = runner.invoke(app, ["stories"])
    assert res.exit_code == 1 and "o1/storyline.db: pass it as --db" in said(res)


def test_quotes_from_the_store_extract_first_and_mark_words_another_outlet_gives_to_someone_else(
    tmp_path: Path,
) -> None:
    """`quotes --speaker` right after ingest and cluster: the articles are analysed on demand (with --no-extract, a
    line says how many wait); each row names its outlet and the other outlets that give the same words to another."""
    db = str(tmp_path / "s.db")
    said_by = "“The sluice opened faster than any of our gauges could record,”"
    records = [
        {"id": "a", "outlet": "Ebbsford Post", "title": "Weir fails", "text": f"The Tarnwick weir failed on Thursday.\n\n{said_by} Mayor Ilsa Venn said."},
        {"id": "b", "outlet": "Vale Courier", "title": "Weir breaks", "text": f"The Tarnwick weir broke on Thursday.\n\n{said_by} said Oskar Dahl, a spokesman for the river authority."},
        {"id": "c", "outlet": "Vale Courier", "title": "Weir to be rebuilt", "text": "The Tarnwick weir will be rebuilt.\n\n\u201cThe wall was too old,\u201d Mats Lundqvist told the Courier. \u201cWe will build it higher.\u201d"},
    ]  # fmt: skip
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(src), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["cluster", "--db", db]).exit_code == 0
    waiting = runner.invoke(app, ["quotes", "--db", db, "--speaker", "Venn", "--no-extract", "--json"])
    assert waiting.exit_code == 0 and waiting.stdout.strip() == ""
    assert "3 article(s) not analysed yet" in said(waiting)
    res = runner.invoke(app, ["quotes", "--db", db, "--speaker", "Venn", "--json"])
    assert res.exit_code == 0, res.output
    (row,) = [json.loads(x) for x in res.stdout.splitlines()]
    assert row["speaker"] == "Ilsa Venn" and row["outlet"] == "Ebbsford Post"
    assert [(d["outlet"], d["speaker"]) for d in row["disputed"]] == [("Vale Courier", "Oskar Dahl")]
    assert "not analysed" not in said(res)
    # a quote split by an attribution that ends its sentence: a row per quotation, as in the brief's ledger
    lund = runner.invoke(app, ["quotes", "--db", db, "--speaker", "Mats Lundqvist", "--json"])
    rows = [json.loads(x) for x in lund.stdout.splitlines()]
    assert [r["text"] for r in rows] == [
        "\u201cThe wall was too old,\u201d",
        "\u201cWe will build it higher.\u201d",
    ]
    assert [r["parts"] for r in rows] == [[], []]


def test_quotes_from_the_store_mark_words_one_outlet_gives_to_he_right_after_his_name(tmp_path: Path) -> None:
    """Words one outlet gives to "he" right after naming him in the paragraph, and another to someone else by name:
    each row lists the other outlet under ``disputed``."""
    db = str(tmp_path / "s.db")
    said_by = "“The lock gates were never tested after the refit,”"
    records = [
        {"id": "a", "outlet": "Ebbsford Post", "title": "Tarnwick lock fails",
         "text": f"The Tarnwick lock failed on Thursday.\n\nIvo Rask, head of the boatmen's guild, said the gates had"
                 f" leaked for weeks. {said_by} he said."},
        {"id": "b", "outlet": "Vale Courier", "title": "Tarnwick lock breaks",
         "text": f"The Tarnwick lock broke on Thursday.\n\nLock keeper Greta Holm said crews were pumping. {said_by}"
                 " Holm said."},
    ]  # fmt: skip
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(src), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["cluster", "--db", db]).exit_code == 0
    res = runner.invoke(app, ["quotes", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    rows = [r for r in map(json.loads, res.stdout.splitlines()) if "refit" in r["text"]]
    assert {(r["outlet"], r["speaker"]) for r in rows} == {
        ("Ebbsford Post", "Ivo Rask"),
        ("Vale Courier", "Greta Holm"),
    }
    assert {r["outlet"]: [(d["outlet"], d["speaker"]) for d in r["disputed"]] for r in rows} == {
        "Ebbsford Post": [("Vale Courier", "Greta Holm")],
        "Vale Courier": [("Ebbsford Post", "Ivo Rask")],
    }


def test_run_places_an_article_in_another_language_by_its_names_and_names_the_one_it_left_out(tmp_path: Path) -> None:
    """An article in another language is stored but not analysed. When it shares names with a story (the town, the
    ferry route) it is listed in that story, whose brief says it was not analysed; when it shares none it is in no
    story, and `run` says so, in its report, its JSON and the index page, instead of dropping it without a word."""
    de = tmp_path / "bote_de.txt"
    de.write_text(
        "Sturm in Velmarsund: zwei Fähren bleiben im Hafen\n\nVelmarsund – Wegen eines schweren Sturms sind am Montag"
        " zwei Fähren der Linie nach Orsholm im Hafen geblieben, teilte die Reederei mit. Die Fahrgäste wurden in"
        " Hotels der Stadt untergebracht, bis der Wind am Abend nachließ.\n\nInselbote\n",
        encoding="utf-8",
    )
    other = tmp_path / "zeitung_de.txt"
    other.write_text(
        "Neue Bibliothek eröffnet\n\nDie Stadtbibliothek von Kranzing hat am Montag ihr neues Gebäude eröffnet. Die"
        " Leiterin Berta Amsel sprach von einem großen Tag für die Leser der Stadt und ihre Kinder.\n\nKranzinger Blatt\n",
        encoding="utf-8",
    )
    en = tmp_path / "gazette_en.txt"
    en.write_text(
        "Storm keeps two ferries in Velmarsund\n\nTwo ferries bound for Orsholm stayed in Velmarsund harbour on Monday"
        " because of a severe storm, the operator said. Passengers were put up in hotels until the wind dropped in the"
        " evening.\n\nIsland Gazette\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    res = runner.invoke(app, ["run", str(de), str(other), str(en), "--out", str(out)])
    assert res.exit_code == 0, res.output
    text = " ".join(res.stdout.split())
    assert "left out" in text and "zeitung_de.txt" in text and "language is 'de'" in text
    assert "bote_de.txt" not in text.split("left out", 1)[1].split("note")[0]
    assert "bote_de.txt) is in story" in text and "Orsholm, Velmarsund" in text
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Articles in no story" in page and "zeitung_de.txt" in page and "bote_de.txt" not in page
    res = runner.invoke(app, ["run", str(de), str(other), str(en), "--out", str(out), "--json"])
    done = json.loads(res.stdout)
    assert [a["source"].rsplit("/", 1)[-1] for a in done["left_out"]] == ["zeitung_de.txt"]
    (story,) = done["stories"]
    brief = json.loads((out / f"{story['file']}.json").read_text(encoding="utf-8")) if "file" in story else story
    assert any("not analysed (language is 'de'" in n for n in brief["notes"]), brief["notes"]
    assert brief["headline"]["text"].startswith("Storm keeps two ferries")


def test_after_run_a_search_for_one_spelling_of_a_name_finds_the_others(tmp_path: Path) -> None:
    """`run` fills the store's entity list as `entities` does, so a search by an acronym finds the articles that
    write the name in full (it stayed literal after `run`: the store's entity list was empty)."""
    a = tmp_path / "a.txt"
    a.write_text(
        "Harbour board to dredge channel\n\nThe Vellby Harbour Board (VHB) said on Monday it would dredge the"
        " channel before the ferry season. The VHB expects the work to take six weeks.\n\nVellby Post\n",
        encoding="utf-8",
    )
    b = tmp_path / "b.txt"
    b.write_text(
        "Channel dredging to start\n\nThe Vellby Harbour Board will dredge the channel before the ferry season,"
        " its chairwoman said on Monday. The work is expected to take six weeks.\n\nCoast Courier\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(a), str(b), "--out", str(out)]).exit_code == 0
    db = str(out / "storyline.db")
    res = runner.invoke(app, ["search", "VHB", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    assert len([line for line in res.stdout.splitlines() if line.strip()]) == 2  # b never writes "VHB"


def test_quotes_from_the_store_mark_only_the_quotation_another_outlet_gives_to_someone_else(tmp_path: Path) -> None:
    """One article quotes the mayor twice in one split quote ('"A," she said. "B."'); another gives only B to the
    police chief: only B's row is disputed, not A's, in either article (stop 48: fresh17 repro 08)."""
    db = str(tmp_path / "s.db")
    a_words = "\u201cThis is the saddest night Tarnwick has known,\u201d"
    b_words = "\u201cThere will be a full inquiry, and no one will be spared its questions.\u201d"
    records = [
        {"id": "a", "outlet": "Ebbsford Post", "title": "Crush at Tarnwick fair",
         "text": f"Three people died in a crush at the Tarnwick fair on Saturday.\n\n{a_words} Mayor Ilsa Venn said on"
                 f" Sunday. {b_words}\n"},
        {"id": "b", "outlet": "Vale Courier", "title": "Tarnwick fair crush",
         "text": f"Three people died in a crush at the Tarnwick fair on Saturday.\n\n{a_words} said Mayor Ilsa Venn.\n"},
        {"id": "c", "outlet": "Harbour Signal", "title": "Fair crush: inquiry",
         "text": f"Three people died in a crush at the Tarnwick fair on Saturday.\n\n{b_words} police chief Oskar"
                 " Dahl said.\n"},
    ]  # fmt: skip
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(src), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["cluster", "--db", db]).exit_code == 0
    res = runner.invoke(app, ["quotes", "--db", db, "--speaker", "Venn", "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    disputed = {(r["outlet"], "inquiry" in r["text"]): [d["speaker"] for d in r["disputed"]] for r in rows}
    assert disputed == {
        ("Ebbsford Post", False): [],
        ("Ebbsford Post", True): ["Oskar Dahl"],
        ("Vale Courier", False): [],
    }
