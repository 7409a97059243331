"""`storyline cluster`, `stories`, `story`."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from ..store import Store
from .common import DbOption, JsonOption, app, console, err_console, errors_to_exit, fail, print_json, spinner


@app.command()
def cluster(
    input_file: Path = typer.Argument(
        None, help="A JSONL file of records (id, title, text, ...) to cluster without a store."
    ),
    db: Path = DbOption,
    rebuild: bool = typer.Option(False, help="Re-cluster the whole store (story ids kept where possible)."),
    as_json: bool = JsonOption,
) -> None:
    """Cluster articles into stories: a JSONL file (one {"id","story"} line each) or the store (incremental)."""
    from ..cluster import cluster_records, explain_records, rebuild_stories, update_stories

    if input_file is not None:
        records = _read_records(input_file)
        for row in explain_records(records, cluster_records(records)):
            if as_json:
                print_json(row)
            else:
                console.print(f"{row['id']}\t{row['story']}\t{row['reason']}", highlight=False)
        return
    with (
        errors_to_exit(),
        Store(db) as store,
        spinner("re-clustering the store" if rebuild else "placing new articles", quiet=as_json) as say,
    ):
        report = rebuild_stories(store) if rebuild else update_stories(store, progress=say)
    if as_json:
        print_json(report.to_json())
    else:
        console.print(
            f"{report.assigned} articles assigned ({report.mode}): {report.new_stories} new stories,"
            f" {report.joined} joined existing ones, {report.split} split; {len(report.skipped)} not clustered"
            + ("; story index re-weighted" if report.reindexed else "")
        )
        for s in report.skipped:
            console.print(f"  [yellow]not clustered[/] {s['article']}: {s['reason']}", highlight=False)


def _read_records(path: Path) -> list[dict]:  # type: ignore[type-arg]
    records = []
    try:
        lines = path.read_text(encoding="utf-8").split("\n")  # not splitlines(): U+2028 is valid inside a JSON string
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror}; check the path")
        return []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            err_console.print(f"[yellow]skipped[/] {path}:{n}: malformed JSON ({exc.msg})", highlight=False)
            continue
        if isinstance(rec, dict) and rec.get("id") is not None:
            records.append(rec)
    return records


@app.command()
def stories(
    db: Path = DbOption,
    since: str = typer.Option(None, help="Only stories with an article on or after this date (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Only stories with an article on or before this date."),
    outlet: str = typer.Option(None, help="Only stories this outlet reports."),
    entity: str = typer.Option(None, help="Only stories about this name."),
    text: str = typer.Option(None, help="Only stories with an article matching these words."),
    largest: bool = typer.Option(False, help="Largest first instead of newest first."),
    limit: int = typer.Option(50),
    as_json: bool = JsonOption,
) -> None:
    """List stories."""
    from ..cluster import list_stories

    with errors_to_exit(), Store(db) as store:
        rows = list_stories(
            store,
            since=since,
            until=until,
            outlet=outlet,
            entity=entity,
            text=text,
            order="largest" if largest else "newest",
            limit=limit,
        )
    if as_json:
        for r in rows:
            print_json(r)
        return
    table = Table("id", "articles", "independent", "dates", "label")
    for r in rows:
        dates = " to ".join(d for d in r["date_range"] if d) or "no dates"
        table.add_row(r["id"], str(r["article_count"]), str(r["independent_outlets"]), dates, r["label"])
    console.print(table)


@app.command()
def story(story_id: str = typer.Argument(...), db: Path = DbOption, as_json: bool = JsonOption) -> None:
    """Show one story: its articles, outlets and syndication groups."""
    from ..cluster import get_story

    with errors_to_exit(), Store(db) as store:
        data = get_story(store, story_id)
        arts = [store.get_article(i) for i in data["article_ids"]]
    if as_json:
        print_json(data)
        return
    console.print(
        f"[bold]{data['label']}[/]  ({data['article_count']} articles, {data['independent_outlets']} independent)"
    )
    for a in arts:
        console.print(f"  {a.id}  {a.display_outlet}  {a.published or ''}  {a.title}", highlight=False)
    for g in data["syndication_groups"]:
        console.print(f"  syndicated together: {', '.join(g['articles'])}", highlight=False)
    for e in data["events"]:
        what = " ".join(x for x in (e["kind"], e["article_id"] or "", e["detail"] or "") if x)
        console.print(f"  [dim]{(e['at'] or '')[:16].replace('T', ' ')}[/]  {what}", highlight=False)
