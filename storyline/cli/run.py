"""`storyline run`: the main job: ingest, stories, extraction, a brief of every story, an index page."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from ..store import Store
from .common import JsonOption, app, console, counted, errors_to_exit, fail, print_json, spinner


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., help="Files, directories, globs or URLs."),
    db: Path = typer.Option(None, "--db", help="SQLite store (default $STORYLINE_DB, else OUT/storyline.db)."),
    out: Path = typer.Option(Path("out"), "--out", help="Folder for the results."),
    max_words: int = typer.Option(100, "--max-words", help="Word budget of each summary."),
    as_json: bool = JsonOption,
) -> None:
    """Ingest the inputs, cluster them into stories and write every story's brief (JSON, MD, HTML) to --out."""
    from dataclasses import replace

    from ..brief import BriefOptions
    from ..ingest import nothing_to_read
    from ..pipeline import run_pipeline

    db = db or Path(os.environ.get("STORYLINE_DB") or out / "storyline.db")
    unusable = nothing_to_read(inputs)
    if unusable is not None and not db.exists():  # a mistyped path: no empty store, no empty index page
        if as_json:
            print_json({"out": str(out), "index": None, "ingest": unusable.to_json(), "stories": [], "db": None})
            raise typer.Exit(1)
        for s in unusable.skipped:
            console.print(f"  [yellow]skipped[/] {s.input}: {s.reason}", highlight=False, soft_wrap=True)
        fail("nothing to read in the inputs named, so nothing was written; check the paths")
    base = BriefOptions()
    options = replace(base, summary=replace(base.summary, max_words=max_words))
    with errors_to_exit():
        out.mkdir(parents=True, exist_ok=True)
    with (
        errors_to_exit(),
        Store(db) as store,
        spinner("ingesting and clustering") as say,
    ):
        report = run_pipeline(store, inputs, out, options=options, progress=say)
        stats = store.stats()
    nothing = not report.stories and not stats.get("articles")
    if as_json:
        print_json({**report.to_json(), "db": str(db), "stats": stats})
        if nothing:
            raise typer.Exit(1)
        return
    ing = report.ingest
    added, lost = ing.get("added", 0), len(ing.get("skipped", []))
    console.print(f"ingested {counted(added, 'new article')}; {counted(lost, 'input')} skipped")
    for s in ing.get("skipped", []):
        console.print(f"  [yellow]skipped[/] {s['input']}: {s['reason']}", highlight=False, soft_wrap=True)
    for d in ing.get("duplicates", []):
        console.print(f"  [yellow]duplicate[/] {d['input']}: {d['why']}", highlight=False, soft_wrap=True)
    for a in report.left_out:
        console.print(
            f"  [yellow]left out[/] {a['article']} ({a['outlet']}, {a['source']}): {a['reason']}",
            highlight=False,
            soft_wrap=True,
        )
    for note in report.notes:
        console.print(f"  [yellow]note[/] {note}", highlight=False, soft_wrap=True)
    console.print(f"{counted(len(report.stories), 'story', 'stories')} briefed (JSON, Markdown, HTML)")
    console.print(f"store: {db}\nresults: {out}/\nopen: {report.index}", highlight=False)
    if nothing:
        fail("nothing could be ingested, so there is no story to brief; see the reasons above")
