"""`storyline articles`, `export`, `stats`, `extract`."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from ..store import Store
from .common import (
    DbOption,
    JsonLinesOption,
    JsonOption,
    app,
    console,
    errors_to_exit,
    existing_store,
    fail,
    print_json,
)


@app.command()
def articles(
    article_id: str = typer.Argument(None, help="Show this article; list them all when omitted."),
    db: Path = DbOption,
    outlet: str = typer.Option(None, help="Only this outlet."),
    language: str = typer.Option(None, help="Only articles in this language (en, fr...)."),
    since: str = typer.Option(None, help="Only articles published on or after this date (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Only articles published on or before this date."),
    limit: int = typer.Option(50, min=1, help="At most this many."),
    offset: int = typer.Option(0, min=0, help="Skip this many first (the next page: --offset 50)."),
    as_json: bool = JsonLinesOption,
) -> None:
    """List stored articles, or show one. --json gives each article's story and syndication group, and the input
    record's own id (record_id) and other fields (extra)."""
    from ..cluster.stories import article_placements
    from ..pipeline import article_fields, list_articles, placement_fields

    with errors_to_exit(), Store(existing_store(db)) as store:
        if article_id:
            art = store.get_article(article_id)
            row = (
                article_fields(art)
                | placement_fields(art, article_placements(store, [art.id]))
                | {
                    "text": art.text,
                    "original": art.original,  # what every span of a brief (start, end) points into
                    "extra": art.extra,
                    "skip_reason": art.skip_reason,
                    "previous_id": art.previous_id,
                }
            )
            if as_json:
                print_json(row)
            else:
                console.print(f"[bold]{art.title}[/]  ({art.display_outlet}, {art.published or 'no date'})")
                console.print(f"id {art.id}  source {art.source}  language {art.language}")
                console.print(art.text, highlight=False)
            return
        rows = list_articles(
            store, outlet=outlet, language=language, since=since, until=until, limit=limit, offset=offset
        )
    if as_json:
        for r in rows:
            print_json(r)
        return
    table = Table("id", "outlet", "published", "lang", "story", "title")
    for r in rows:
        table.add_row(
            r["id"], r["outlet"] or "", r["published"] or "", r["language"] or "", r["story"] or "", r["title"] or ""
        )
    console.print(table)


@app.command()
def export(db: Path = DbOption, out: Path = typer.Option(None, "--out", help="Write here instead of stdout.")) -> None:
    """Export every stored article, each version, oldest first, as JSONL: id, source, url, outlet, title, published,
    author, language, text (cleaned), original (the text as ingested, which every offset in a brief indexes), version,
    previous_id, story and syndication_group (where `storyline cluster` put it; null before), record_id and extra (the
    input record's own id and other fields) and stored (what restores the article as stored). `storyline ingest` of
    the export gives back the same articles, ids, versions and offsets (and so, clustered, the same stories and
    syndication groups).

    ``outlet`` is null when nothing in the input names it (it is never guessed)."""
    import json

    from ..pipeline import export_records

    with errors_to_exit(), Store(existing_store(db)) as store:
        fh = out.open("w", encoding="utf-8") if out else None
        try:
            for rec in export_records(store):
                line = json.dumps(rec, ensure_ascii=False, default=str)
                if fh:
                    fh.write(line + "\n")
                else:
                    print(line)
        finally:
            if fh:
                fh.close()


@app.command()
def stats(db: Path = DbOption, as_json: bool = JsonOption) -> None:
    """Counts of what the store holds."""
    with errors_to_exit(), Store(existing_store(db)) as store:
        data = store.stats()
    if as_json:
        print_json(data)
        return
    table = Table("what", "count")
    for k, v in data.items():
        table.add_row(k, str(v))
    console.print(table)


@app.command()
def extract(file: Path = typer.Argument(..., help="One HTML page or plain-text article.")) -> None:
    """Extract one HTML page (or a plain-text article, read as `ingest` reads it) to {title, text, outlet, published,
    author, language} without storing it."""
    from ..ingest.detect import decode_page, sniff
    from ..ingest.drafts import RawInput
    from ..ingest.html import extract_html
    from ..ingest.pipeline import build_article
    from ..ingest.records import read_text
    from ..models import Skipped

    try:
        data = file.read_bytes()
    except OSError as exc:
        fail(f"cannot read {file}: {exc.strerror}")
        return
    if sniff(data, file.name) == "text":  # a plain-text article: its lines, not a page's main text
        draft = next(read_text(RawInput(str(file), data)), None) or Skipped(str(file), "no text")
    else:
        html = decode_page(data)  # read as `storyline ingest` reads it
        if html is None:
            fail(f"{file}: not decodable text; is it an HTML page?")
            return
        draft = extract_html(html, url=None, source=str(file))
    if isinstance(draft, Skipped):
        fail(f"{file}: {draft.reason}")
        return
    art = build_article(draft)
    if isinstance(art, Skipped):
        fail(f"{file}: {art.reason}")
        return
    print_json(
        {
            "title": art.title,
            "text": art.text,
            "outlet": art.outlet,
            "published": art.published,
            "author": art.author,
            "language": art.language,
        }
    )
