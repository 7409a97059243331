"""`storyline run`: the main job, as far as the pipeline goes."""

from __future__ import annotations

from pathlib import Path

import typer

from ..ingest import ingest as run_ingest
from ..store import Store
from .common import DbOption, JsonOption, app, console, errors_to_exit, print_json


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., help="Files, directories, globs or URLs."),
    db: Path = DbOption,
    out: Path = typer.Option(Path("out"), "--out", help="Folder for the results."),
    as_json: bool = JsonOption,
) -> None:
    """Ingest the inputs and write the results to --out."""
    out.mkdir(parents=True, exist_ok=True)
    db = db or out / "storyline.db"
    with errors_to_exit(), Store(db) as store:
        report = run_ingest(store, inputs)
        summary = {"db": str(store.path), "out": str(out), "ingest": report.to_json(), "stats": store.stats()}
    if as_json:
        print_json(summary)
        return
    console.print(f"ingested {report.counts['added']} new articles; {len(report.skipped)} inputs skipped")
    for s in report.skipped:
        console.print(f"  [yellow]skipped[/] {s.input}: {s.reason}", highlight=False)
    console.print(f"store: {store.path}\nresults: {out}/")
