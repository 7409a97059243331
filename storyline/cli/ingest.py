"""`storyline ingest`."""

from __future__ import annotations

from pathlib import Path

import typer

from ..ingest import IngestReport, nothing_to_read
from ..ingest import ingest as run_ingest
from ..settings import MB, IngestOptions
from ..store import Store
from .common import DbOption, JsonOption, app, console, errors_to_exit, print_json, spinner


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, directories, globs, URLs, or - for standard input."),
    db: Path = DbOption,
    max_mb: float = typer.Option(20.0, "--max-mb", min=0.001, help="Skip inputs larger than this many MB."),
    allow_private: bool = typer.Option(False, help="Allow URLs on private, loopback or link-local addresses."),
    timeout: float = typer.Option(15.0, "--timeout", help="Seconds before a URL fetch gives up."),
    fetch_pages: bool = typer.Option(True, help="Fetch a feed entry's page when the feed has only a summary."),
    workers: int = typer.Option(0, "--workers", min=0, help="Processes for extraction and cleaning (0: one per core)."),
    as_json: bool = JsonOption,
) -> None:
    """Ingest articles: text, HTML, JSON/JSONL, RSS/Atom, WARC(.gz), URLs and URL lists, gzip, stdin.

    Exit code: 0 all ingested, 3 some inputs skipped (listed), 1 nothing could be ingested.
    """
    options = IngestOptions(
        max_bytes=int(max_mb * MB),
        allow_private=allow_private,
        fetch_timeout=timeout,
        fetch_pages=fetch_pages,
        workers=workers,
    )
    unusable = nothing_to_read(inputs)
    if unusable is not None:  # a mistyped path: report it and leave no empty store behind
        _report(unusable, None, as_json=as_json)
        raise typer.Exit(unusable.exit_code)
    with (
        errors_to_exit(),
        Store(db) as store,
        spinner("ingesting", quiet=as_json) as say,
    ):
        report = run_ingest(store, inputs, options=options, progress=lambda name: say(f"ingesting {name[-60:]}"))
    _report(report, store.path, as_json=as_json)
    raise typer.Exit(report.exit_code)


def _report(report: IngestReport, db: Path | None, *, as_json: bool) -> None:
    if as_json:
        print_json(report.to_json())
        return
    c = report.counts
    where = f"store: {db}" if db else "nothing to read, so no store was opened"
    console.print(
        f"added {c['added']}, unchanged {c['unchanged']}, new versions {c['version']},"
        f" not English {c['not_english']}, skipped {len(report.skipped)}"
        + (f", duplicates {c['duplicate']}" if c["duplicate"] else "")
        + (f", partial text {report.partial}" if report.partial else "")
        + f"  ({where})"
    )
    for s in report.skipped:
        console.print(f"  [yellow]skipped[/] {s.input}: {s.reason}", highlight=False, soft_wrap=True)
    for n in report.notes:
        console.print(f"  [yellow]note[/] {n['input']}: {n['note']}", highlight=False, soft_wrap=True)
    for d in report.duplicates:
        console.print(f"  [yellow]duplicate[/] {d['input']}: {d['why']}", highlight=False, soft_wrap=True)
    if db and (c["added"] or c["version"]):
        console.print(f"next: `storyline cluster --db {db}` puts the new articles into stories", highlight=False)
