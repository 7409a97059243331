"""`storyline quotes` (files or the store) and `storyline entities` (the store)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
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
    progress_bar,
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
    extract: bool = typer.Option(True, help="With no paths: first extract the stored articles not yet extracted."),
    as_json: bool = JsonLinesOption,
) -> None:
    """Quotes with their speakers: from files (one JSON line per article), or from the store (each with its article
    and outlet, and ``disputed``: the other outlets that give the same words to someone else).

    The rows are the brief ledger's (``docs/brief-schema.md``, ``quotes``), in its fields: ``speaker`` the name (a
    surname, a description or a name in apposition resolved across all the inputs as a brief of them resolves it),
    ``speaker_mention`` the words that name the speaker at the quote, ``kind``, ``text``, ``article``, ``start``,
    ``end`` (the quoted text and its offsets), ``cue``, ``parts``; a row per quotation, and only the quotes the ledger
    lists (a reported statement of nobody named, or a document's finding, is not one). The ledger's cross-article
    ``also_in`` is the brief's; from the store each row also has ``outlet`` and ``disputed``.

    Inputs that cannot be used are listed with their reason; exit code 3 when some were, 1 when none could be used.
    """
    from ..brief.build import _speaker_names
    from ..brief.quotes import ledger_row, listed
    from ..extract import extract_articles, resolve_entities
    from ..pipeline import read_inputs

    with errors_to_exit():
        if not paths:
            _stored_quotes(db, speaker, extract, n_process, as_json)
            return
        arts, skipped = read_inputs([str(p) for p in paths])
        for lost in skipped:
            say_skipped(lost.input, lost.reason)
        if not arts:
            fail("no input could be used; see the reasons above")
        names = [os.path.basename(a.source or a.id) for a in arts]
        found = extract_articles(arts, n_process=n_process)
        entities = resolve_entities(arts, found)  # the speakers as a brief of these inputs names them
        rename = _speaker_names(entities)
        for name, art, ex in zip(names, arts, found, strict=True):
            # the brief's rows: a quotation each ('"A," she said. "B."' two rows), with the quoted pieces of one split
            # inside its sentence ('"Well," she said, "we will fight."': one row, two parts); a speaker under the
            # name the ledger gives ("Halvern" is Halvern Therapeutics when the inputs name it in full)
            rows = [_renamed(ledger_row(one, art), rename) for one in listed(ex.quotes, {art.id: art})]
            if as_json:
                print_json({"article": name, "quotes": rows})
            else:
                console.print(f"[bold]{name}[/]")
                _show(rows, False)
    if skipped:
        raise typer.Exit(3)


def _stored_quotes(db: Path, speaker: str | None, extract: bool, n_process: int, as_json: bool) -> None:
    """The store's quotes (extracting the articles not yet extracted first, unless told not to), each with its
    article, outlet and the other outlets' attributions that dispute it."""
    from ..brief.quotes import ledger_row, quotations, voiced
    from ..extract import quotes_for
    from ..extract.store import disputed_attributions, extract_store, with_parts

    with Store(existing_store(db)) as store:
        if extract:
            with progress_bar("extracting quotes, names and dates") as bar:
                extract_store(store, n_process=n_process, progress=bar.advance, on_total=bar.total)
        where, args = store._article_filters(latest_only=True)  # the articles `extract_store` reads
        waiting = store.conn.execute(
            f"SELECT count(*) FROM articles {where} {'AND' if where else 'WHERE'} "
            "id NOT IN (SELECT article_id FROM extractions)",
            args,
        ).fetchone()[0]
        qs = with_parts(store, quotes_for(store, speaker=speaker))
        disputed = disputed_attributions(store, qs)
        arts = {a: store.get_article(a) for a in {q.article for q in qs}}
    rows = [
        ledger_row(one, arts[q.article])
        | {
            "outlet": arts[q.article].display_outlet,
            "disputed": [
                {k: s[k] for k in ("article", "outlet", "speaker", "start", "end")}
                for s in disputed.get((q.article, q.content.start, q.content.end), [])
                if s["own_start"] < one.content.end and one.content.start < s["own_end"]  # this quotation, not another
            ],
        }
        for q in qs
        if voiced(q)
        # as `quotes FILE` and the brief's ledger: a row per quotation
        for one in quotations(q, arts[q.article])
    ]
    _show(rows, as_json, store_rows=True)
    if waiting:
        print(
            f"{waiting} article(s) not analysed yet, so their quotes are not listed; run `storyline quotes` without "
            "--no-extract (or `storyline entities --extract`) to analyse them",
            file=sys.stderr,
        )


def _renamed(row: dict, rename: Callable[[str | None], str | None]) -> dict:  # type: ignore[type-arg]
    """The row's speaker under the name the brief's ledger gives (:func:`storyline.brief.build._one_name_a_speaker`)."""
    row["speaker"] = rename(row["speaker"])
    return row


def _show(rows: list[dict], as_json: bool, *, store_rows: bool = False) -> None:  # type: ignore[type-arg]
    if as_json:
        for r in rows:
            print_json(r)
        return
    columns = ("kind", "speaker", "cue", "text", *(("outlet (article)", "disputed") if store_rows else ()))
    table = Table(*columns)
    for r in rows:
        who = r["speaker"] or (r["speaker_mention"] or {}).get("text") or ""
        cells = [r["kind"], who, r["cue"] or "", r["text"][:160]]
        if store_rows:
            cells.append(f"{r['outlet']} ({r['article']})")
            cells.append("; ".join(f"{d['outlet']} gives it to {d['speaker']}" for d in r["disputed"]))
        table.add_row(*cells)
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
            with progress_bar("extracting names, quotes and dates") as bar:
                extract_store(store, progress=bar.advance, on_total=bar.total)
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
