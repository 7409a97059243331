"""`storyline cluster`, `stories`, `story`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..store import Store
from .common import (
    DbOption,
    JsonLinesOption,
    JsonOption,
    app,
    console,
    counted,
    err_console,
    errors_to_exit,
    existing_store,
    fail,
    print_json,
    progress_bar,
    say_skipped,
)


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
    from ..cluster import cluster_records, explain_records, rebuild_stories, story_labels, update_stories

    if input_file is not None:
        records = _read_records(input_file)
        follows: dict[str, str] = {}
        for row in explain_records(records, cluster_records(records, follows=follows), follows):
            if as_json:
                print_json(row)
            else:
                console.print(f"{row['id']}\t{row['story']}\t{row['reason']}", highlight=False)
        return
    with (
        errors_to_exit(),
        Store(existing_store(db)) as store,
        progress_bar("re-clustering the store" if rebuild else "placing new articles") as bar,
    ):
        report = rebuild_stories(store) if rebuild else update_stories(store, progress=bar.say, step=bar.step)
        touched = report.stories_touched()
        labels = story_labels(store, [t["story"] for t in touched[:STORY_LINES]])
    if as_json:
        print_json(report.to_json())
    else:
        kept = f"{report.kept} kept their id, {report.merged} merged away, " if report.mode == "rebuild" else ""
        console.print(
            f"{counted(report.assigned, 'article')} assigned ({report.mode}): {kept}"
            f"{counted(report.new_stories, 'new story', 'new stories')}, {report.joined} joined existing ones,"
            f" {report.split} split; {len(report.skipped)} not clustered"
            + ("; story index re-weighted" if report.reindexed else "")
        )
        for line in touched_lines(touched, labels, omitted=report.placed_omitted):
            console.print(line, highlight=False, markup=False)
        for s in report.splits:
            console.print(f"  split {s['story']} into {', '.join(s['into'])}: another event", highlight=False)
        for s in report.absorbed:
            console.print(
                f"  merged {s['absorbed']} into {s['story']}: its articles are dated within the story's days and"
                " name its cast",
                highlight=False,
            )
        for s in report.follows:
            console.print(
                f"  {s['story']} follows {s['follows']}: weeks after it, naming its cast ({', '.join(s['cast'])})"
                f" and {s.get('why') or 'telling when it happened'}",
                highlight=False,
                markup=False,
            )
        for s in report.attached:
            console.print(f"  [cyan]placed[/] {s['article']} in {s['story']}: {s['reason']}", highlight=False)
        for s in report.skipped:
            console.print(f"  [yellow]not clustered[/] {s['article']}: {s['reason']}", highlight=False)


STORY_LINES = 20
"""The `cluster` table lists at most this many stories it changed (``--json`` lists the articles)."""


def touched_lines(touched: list[dict], labels: dict[str, str], *, omitted: int = 0, each: int = 4) -> list[str]:  # type: ignore[type-arg]
    """One line per story a `cluster` run changed: what happened to it, its label, and its new articles (the first
    ``each``, with the similarity that made each join)."""
    lines = []
    for t in touched[:STORY_LINES]:
        arts = t["articles"]
        told = []
        for a in arts[:each]:
            sim = f" {a['similarity']:.2f}" if a.get("similarity") is not None else ""
            told.append(f"{a['article']}{sim}" + (f" from {a['from']}" if a.get("from") else ""))
        more = f" and {len(arts) - each} more" if len(arts) > each else ""
        what = {
            "new": "new story",
            "joined": "joined",
            "version": "new version",
            "moved": "moved in",
            "placed": "placed",
        }
        label = labels.get(t["story"]) or ""
        lines.append(
            f"  {what.get(t['action'], t['action'])} {t['story']}"
            + (f" {label[:60]!r}" if label else "")
            + f": {counted(len(arts), 'article')} ({', '.join(told)}{more})"
        )
    rest = len(touched) - STORY_LINES
    if rest > 0 or omitted:
        lines.append(
            f"  ... {counted(max(rest, 0), 'more story', 'more stories')}"
            + (f", {counted(omitted, 'article')} not listed" if omitted else "")
            + "; --json lists each article"
        )
    return lines


def _read_records(path: Path) -> list[dict]:  # type: ignore[type-arg]
    """The records of a JSONL file (plain or gzip; a JSON array of records too), each one usable or reported."""
    import gzip

    from ..ingest.records import canonical_fields, csv_records

    try:
        raw = path.read_bytes()
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror}; check the path")
        return []
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            fail(f"{path} is damaged gzip data ({exc}); decompress it or give the plain JSONL file")
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        fail(f"{path} is not UTF-8 text (byte {exc.start}); cluster reads JSONL, one JSON object a line")
        return []
    problems: list[tuple[int, str]] = []  # reported in input order once all are known
    stripped = content.lstrip()
    table = csv_records(content)
    if table is not None:  # a CSV/TSV table of records with a header row, read as `ingest` reads it
        entries = []
        where = "line"
        for n, row in table:
            if isinstance(row, str):
                problems.append((n, row))
            else:
                entries.append((n, row))
    elif stripped.startswith("["):  # a JSON array of records, as `storyline ingest` takes
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            fail(f"{path} starts like a JSON array but is not one ({exc.msg}, line {exc.lineno})")
            return []
        entries = [(n, item) for n, item in enumerate(items, 1)]
        where = "record"
    else:
        entries = []
        where = "line"
        for n, line in enumerate(content.split("\n"), 1):  # not splitlines(): U+2028 is valid inside a string
            if not line.strip():
                continue
            try:
                entries.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                problems.append((n, f"malformed JSON ({exc.msg.removesuffix(' at')})"))
    records: list[dict] = []  # type: ignore[type-arg]
    first: dict[str, int] = {}
    for n, given in entries:
        rec = canonical_fields(given) if isinstance(given, dict) else given
        problem = _record_problem(rec)
        if problem is None and str(rec["id"]) in first:
            problem = f"duplicate id {str(rec['id'])!r} (first at {where} {first[str(rec['id'])]}); ids must be unique"
        if problem is not None:
            problems.append((n, problem))
            continue
        first[str(rec["id"])] = n
        records.append({k: (str(v) if k in _TEXT_FIELDS and isinstance(v, int | float) else v) for k, v in rec.items()})
    for n, why in sorted(problems):
        _skipped(path, where, n, why)
    if not records:
        fail(f"no usable records in {path}; cluster reads JSONL, one object a line with at least an id and a text")
    return records


_TEXT_FIELDS = ("id", "title", "text", "published", "outlet")


def _record_problem(rec: object) -> str | None:
    """Why a parsed JSON value cannot be clustered, or None."""
    if not isinstance(rec, dict):
        return f"a JSON {type(rec).__name__}, not an object with id, title and text"
    if rec.get("id") is None or str(rec.get("id")).strip() == "":
        return "no id"
    if rec.get("text") is not None and not isinstance(rec.get("text"), str):
        return f"text is a JSON {type(rec['text']).__name__}, not text"  # {"text": 5}: no article
    for key in _TEXT_FIELDS:
        value = rec.get(key)
        if value is not None and not isinstance(value, str | int | float):
            return f"{key} is a JSON {type(value).__name__}, not text"
    return None


def _skipped(path: Path, where: str, n: int, why: str) -> None:
    at = f"{path}:{n}" if where == "line" else f"{path}, record {n}"
    say_skipped(at, why)


@app.command()
def search(
    query: str = typer.Argument(
        ...,
        help='Words (any spelling of a name: "Kovar" finds "Kovář"; once `run` or `entities` has resolved the entities, an acronym its full name), or FTS5 syntax.',
    ),
    db: Path = DbOption,
    limit: int = typer.Option(20, min=1, help="At most this many articles."),
    offset: int = typer.Option(0, min=0, help="Skip this many first."),
    language: str = typer.Option(None, help="Only articles in this language (en, fr...)."),
    as_json: bool = JsonLinesOption,
) -> None:
    """Search the stored articles' titles and text: each match with its story and a snippet (as /api/search)."""
    from ..web.views import search_page

    with errors_to_exit(), Store(existing_store(db)) as store:
        found = search_page(store, query, limit=limit, offset=offset, language=language)
        resolved = _entities_resolved(store)
    if as_json:
        for item in found["items"]:
            print_json(item)
        return
    table = Table("article", "story", "outlet", "published", "title / snippet")
    for it in found["items"]:
        snippet = escape(str(it.get("snippet") or "")).replace("⟦", "[bold]").replace("⟧", "[/bold]")
        title = escape(str(it.get("title") or ""))
        table.add_row(
            str(it["id"]), str(it.get("story") or "-"), str(it.get("outlet") or ""), str(it.get("published") or ""),
            f"{title}\n{snippet}",
        )  # fmt: skip
    console.print(table)
    shown = len(found["items"])
    console.print(f"{shown} of {found['total']} matching article(s)", highlight=False)
    if not resolved:
        console.print(
            "(the stored articles' entities are not resolved yet, so a name's other spellings are not searched;"
            " `storyline entities` resolves them)",
            highlight=False,
        )


def _entities_resolved(store: Store) -> bool:
    """The store has an entity list (after `run` or `entities`), which a search reads for a name's other spellings;
    true also for a store with no articles, where there is nothing to resolve."""
    try:
        if store.conn.execute("SELECT 1 FROM entities LIMIT 1").fetchone():
            return True
    except sqlite3.OperationalError:
        return False
    return not store.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone()


@app.command()
def stories(
    db: Path = DbOption,
    since: str = typer.Option(None, help="Only stories with an article on or after this date (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Only stories with an article on or before this date."),
    outlet: str = typer.Option(None, help="Only stories this outlet reports."),
    entity: str = typer.Option(None, help="Only stories about this name."),
    text: str = typer.Option(None, help="Only stories with an article matching these words."),
    language: str = typer.Option(None, help="Only stories with an article in this language (en, fr...)."),
    largest: bool = typer.Option(False, help="Largest first instead of newest first."),
    limit: int = typer.Option(50, min=1, help="At most this many."),
    offset: int = typer.Option(0, min=0, help="Skip this many first (the next page: --offset 50)."),
    as_json: bool = JsonLinesOption,
) -> None:
    """List stories. `--text '"Ever Given"'` matches the phrase, as `search` does."""
    from ..cluster import list_stories, waiting_articles

    with errors_to_exit(), Store(existing_store(db)) as store:
        rows = list_stories(
            store,
            since=since,
            until=until,
            outlet=outlet,
            entity=entity,
            text=text,
            order="largest" if largest else "newest",
            limit=limit,
            offset=offset,
            language=language,
        )
        waiting = waiting_articles(store)
    if waiting:  # on stderr: --json stays one story a line
        err_console.print(
            f"[yellow]note:[/] {waiting} stored article(s) are in no story yet: run `storyline cluster` to place them",
            highlight=False,
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

    with errors_to_exit(), Store(existing_store(db)) as store:
        data = get_story(store, story_id)
        arts = [store.get_article(i) for i in data["article_ids"]]
    if as_json:
        print_json(data)
        return
    console.print(
        f"[bold]{data['label']}[/]  ({counted(data['article_count'], 'article')}, {data['independent_outlets']} independent)"
    )
    if data.get("merged_into"):
        console.print(f"  this story was merged into {data['merged_into']} by a rebuild: see `storyline story "
                      f"{data['merged_into']}`", highlight=False)  # fmt: skip
    if data.get("follows"):
        console.print(f"  follows story {data['follows']} (weeks earlier): `storyline story {data['follows']}`",
                      highlight=False)  # fmt: skip
    if data.get("followed_by"):
        console.print(f"  followed by {', '.join(data['followed_by'])} (weeks later)", highlight=False)
    for a in arts:
        console.print(f"  {a.id}  {a.display_outlet}  {a.published or ''}  {a.title}", highlight=False)
    for g in data["syndication_groups"]:
        console.print(f"  syndicated together: {', '.join(g['articles'])}", highlight=False)
    for e in data["events"]:
        what = " ".join(x for x in (e["kind"], e["article_id"] or "", e["detail"] or "") if x)
        console.print(f"  [dim]{(e['at'] or '')[:16].replace('T', ' ')}[/]  {what}", highlight=False)
