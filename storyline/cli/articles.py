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
    limit: int = typer.Option(50, min=1, help="At most this many."),
    as_json: bool = JsonLinesOption,
) -> None:
    """List stored articles, or show one."""
    with errors_to_exit(), Store(existing_store(db)) as store:
        if article_id:
            art = store.get_article(article_id)
            row = article_summary(art) | {
                "text": art.text,
                "original": art.original,  # what every span of a brief (start, end) points into
                "extra": art.extra,
                "skip_reason": art.skip_reason,
                "version": art.version,
                "previous_id": art.previous_id,
            }
            if as_json:
                print_json(row)
            else:
                console.print(f"[bold]{art.title}[/]  ({art.display_outlet}, {art.published or 'no date'})")
                console.print(f"id {art.id}  source {art.source}  language {art.language}")
                console.print(art.text, highlight=False)
            return
        rows = [article_summary(a) for a in store.iter_articles(outlet=outlet, limit=limit)]
    if as_json:
        for r in rows:
            print_json(r)
        return
    table = Table("id", "outlet", "published", "lang", "title")
    for r in rows:
        table.add_row(r["id"], r["outlet"] or "", r["published"] or "", r["language"] or "", r["title"] or "")
    console.print(table)


def article_summary(art) -> dict:  # type: ignore[no-untyped-def]
    return {
        "id": art.id,
        "source": art.source,
        "url": art.url,
        "outlet": art.outlet,
        "title": art.title,
        "published": art.published,
        "author": art.author,
        "language": art.language,
        "version": art.version,
    }


@app.command()
def export(db: Path = DbOption, out: Path = typer.Option(None, "--out", help="Write here instead of stdout.")) -> None:
    """Export every stored article, each version, oldest first, as JSONL: id, source, url, outlet, title, published,
    author, language, text (cleaned), original (the text as ingested, which every offset in a brief indexes), version,
    previous_id and stored (what restores the article as stored). `storyline ingest` of the export gives back the same
    articles, ids, versions and offsets (and so, clustered, the same stories and syndication groups).

    ``outlet`` is null when nothing in the input names it (it is never guessed)."""
    import json

    with errors_to_exit(), Store(existing_store(db)) as store:
        fh = out.open("w", encoding="utf-8") if out else None
        try:
            for a in store.iter_articles(latest_only=False):
                rec = {
                    "id": a.id,
                    "source": a.source,
                    "url": a.url,
                    "outlet": a.outlet,
                    "title": a.title,
                    "published": a.published,
                    "author": a.author,
                    "language": a.language,
                    "text": a.text,
                    "original": a.original,
                    "version": a.version,
                    "previous_id": a.previous_id,
                    "stored": {
                        "fmt": a.fmt,
                        "textmap": a.textmap.to_json(),
                        "title_span": list(a.title_span) if a.title_span else None,
                        "extra": a.extra,
                        "skip_reason": a.skip_reason,
                    },
                }
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
