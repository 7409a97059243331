"""`storyline quotes` (files or the store) and `storyline entities` (the store)."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.table import Table

from ..store import Store
from .common import (
    DbOption,
    JsonLinesOption,
    app,
    console,
    errors_to_exit,
    existing_store,
    fail,
    print_json,
    say_skipped,
)


@app.command()
def quotes(
    paths: list[Path] = typer.Argument(
        None, help="Files to analyse (text, HTML, JSON Lines, feeds...), read as ingest reads them; no store needed."
    ),
    db: Path = DbOption,
    speaker: str = typer.Option(None, help="With no paths: only this speaker's quotes from the store."),
    n_process: int = typer.Option(1, "--processes", help="Worker processes for the models."),
    as_json: bool = JsonLinesOption,
) -> None:
    """Quotes with their speakers: from files (one JSON line per article), or from the store.

    Inputs that cannot be used are listed with their reason; exit code 3 when some were, 1 when none could be used.
    """
    from ..extract import extract_articles, quotes_for
    from ..extract.serialize import quote_json
    from ..pipeline import read_inputs

    with errors_to_exit():
        if not paths:
            with Store(existing_store(db)) as store:
                qs = quotes_for(store, speaker=speaker)
            _show([quote_json(q) | {"article": q.article} for q in qs], as_json)
            return
        arts, skipped = read_inputs([str(p) for p in paths])
        for lost in skipped:
            say_skipped(lost.input, lost.reason)
        if not arts:
            fail("no input could be used; see the reasons above")
        names = [os.path.basename(a.source or a.id) for a in arts]
        for name, ex in zip(names, extract_articles(arts, n_process=n_process), strict=True):
            rows = [quote_json(q) for q in ex.quotes]
            if as_json:
                print_json({"article": name, "quotes": rows})
            else:
                console.print(f"[bold]{name}[/]")
                _show(rows, False)
    if skipped:
        raise typer.Exit(3)


def _show(rows: list[dict], as_json: bool) -> None:  # type: ignore[type-arg]
    if as_json:
        for r in rows:
            print_json(r)
        return
    table = Table("kind", "speaker", "cue", "content")
    for r in rows:
        who = r.get("speaker_entity") or (r["speaker"] or {}).get("text") or ""
        table.add_row(r["kind"], who, (r["cue"] or {}).get("text", ""), r["content"]["text"][:160])
    console.print(table)


@app.command()
def entities(
    db: Path = DbOption,
    name: str = typer.Option(None, help="Only entities whose name or a spelling contains this."),
    type: str = typer.Option(None, "--type", help="Only this type (PERSON, ORG, GPE, ...)."),
    limit: int = typer.Option(50, min=1, help="At most this many."),
    extract: bool = typer.Option(True, help="First extract the stored articles not yet extracted."),
    as_json: bool = JsonLinesOption,
) -> None:
    """Entities across the stored articles: canonical name, type, spellings, roles, articles."""
    from ..extract import extract_store, list_entities

    with errors_to_exit(), Store(existing_store(db)) as store:
        if extract:
            extract_store(store)
        rows = list_entities(store, name=name, type=type, limit=limit)
    if as_json:
        for r in rows:
            print_json(r)
        return
    table = Table("name", "type", "variants", "roles", "articles", "mentions")
    for r in rows:
        table.add_row(
            r["name"],
            r["type"],
            ", ".join(r["variants"]),
            "; ".join(r["roles"]),
            str(len(r["articles"])),
            str(r["mentions"]),
        )
    console.print(table)
