"""Shared CLI pieces: the app, output helpers, one-line errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import StorylineError


class PlainWhenPiped(Console):
    """A rich console that, when its output is no terminal (a pipe, a file), neither wraps nor crops lines at 80
    columns and prints a table as tab-separated lines, one row a line, its header first (``cut -f``, ``grep`` and
    ``awk -F'\\t'`` read them; a cell's own line breaks and tabs become spaces or " | "). On a terminal it is
    rich's."""

    def print(self, *objects: Any, **kwargs: Any) -> None:  # type: ignore[override]
        if self.is_terminal:
            super().print(*objects, **kwargs)
            return
        if kwargs.get("soft_wrap") is None:
            kwargs["soft_wrap"] = True
        for obj in objects:
            if isinstance(obj, Table):
                self.file.write("".join(line + "\n" for line in self.table_lines(obj)))  # not out(): it expands tabs
            else:
                super().print(obj, **kwargs)

    def table_lines(self, table: Table) -> list[str]:
        """``table`` as tab-separated lines of plain text (markup read), the header first when it shows one."""
        columns = [[self._plain(c) for c in col.cells] for col in table.columns]
        rows = [list(row) for row in zip(*columns, strict=True)] if columns else []
        if table.show_header:
            rows.insert(0, [self._plain(col.header) for col in table.columns])
        return ["\t".join(row) for row in rows]

    def _plain(self, cell: Any) -> str:
        text = (
            cell.plain
            if isinstance(cell, Text)
            else self.render_str(cell).plain
            if isinstance(cell, str)
            else str(cell)
        )
        return " | ".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


app = typer.Typer(
    name="storyline",
    help="What every outlet says about a story: ingest, cluster, extract, align and brief news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = PlainWhenPiped()


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        console.print(f"storyline {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """What every outlet says about a story: ingest, cluster, extract, align and brief news articles."""


err_console = PlainWhenPiped(stderr=True)

DbOption = typer.Option(None, "--db", help="SQLite store (default $STORYLINE_DB or ./storyline.db).")
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")
JsonLinesOption = typer.Option(
    False,
    "--json",
    help="Print JSON Lines instead of a table: one JSON object a line (read with `jq` or line by line).",
)

F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def spinner(first: str, *, quiet: bool = False) -> Iterator[Callable[[str], None]]:
    """A transient spinner with the elapsed time on stderr (none with ``quiet``, e.g. ``--json``); yields a
    function that says what is being done now."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=quiet or not err_console.is_terminal,  # a log or a pipe gets no spinner (nor its blank line)
    ) as bar:
        task = bar.add_task(first, total=None)
        yield lambda what: bar.update(task, advance=1, description=what)


class Bar:
    """What a long command tells its progress bar: the stage (:meth:`say`), how many items the stage has
    (:meth:`total`), how many more are done (:meth:`advance`) or how far it is (:meth:`step`)."""

    def __init__(self, progress: Any, task: Any) -> None:
        self._progress, self._task = progress, task

    def say(self, what: str) -> None:
        self._progress.update(self._task, description=what)

    def total(self, n: int) -> None:
        self._progress.update(self._task, total=n or None, completed=0)

    def advance(self, n: int) -> None:
        self._progress.update(self._task, advance=n)

    def step(self, done: int, total: int) -> None:
        self._progress.update(self._task, total=total or None, completed=done)


@contextmanager
def progress_bar(first: str) -> Iterator[Bar]:
    """A transient progress bar on stderr (stage, count done of the total, elapsed and remaining time) while a long
    command works (`cluster`, the extraction of `quotes` and `entities`); only when stderr is a terminal, so a log, a
    pipe or a test gets nothing, and ``--json`` on stdout is never touched."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    ) as progress:
        yield Bar(progress, progress.add_task(first, total=None))


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def fail(message: str, code: int = 1) -> None:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)  # one line: grep-able
    raise typer.Exit(code)


def existing_store(db: Path | None) -> Path:
    """The store path a reading command uses, or a one-line error when nothing is there: a mistyped ``--db`` would
    otherwise create an empty store and show nothing, as if the user's store were empty."""
    from ..store.sqlite import default_db_path

    path = default_db_path(db)
    if not path.exists():
        # `storyline run ... --out DIR` writes DIR/storyline.db: name the ones beside the user
        found = sorted(str(p) for p in Path(".").glob("*/storyline.db"))[:3]
        seen = f"; `storyline run` wrote {', '.join(found)}: pass it as --db" if found and db is None else ""
        fail(
            f"no store at {path}{seen}; check --db (or $STORYLINE_DB), or create one with "
            f"`storyline ingest PATH --db {path}`"
        )
    return path


@contextmanager
def errors_to_exit() -> Iterator[None]:
    """Turn a StorylineError, a file that cannot be written or read, or a store that is no SQLite file into a
    one-line message and exit code 1 (not a traceback)."""
    import sqlite3

    try:
        yield
    except StorylineError as exc:
        fail(str(exc))
    except IsADirectoryError as exc:
        fail(f"{exc.filename} is a folder; give a file name")
    except FileExistsError as exc:
        fail(f"{exc.filename} exists and is not a folder; give a folder for the results")
    except (FileNotFoundError, NotADirectoryError) as exc:
        fail(f"no such folder for {exc.filename}; create it first or give another path")
    except PermissionError as exc:
        fail(f"not allowed to write or read {exc.filename}; check its permissions")
    except sqlite3.DatabaseError as exc:
        fail(f"the store cannot be read ({exc}); check --db: it must be a storyline store, or a path where none is yet")


def say_skipped(where: str, reason: str) -> None:
    """One line on standard error for an input that could not be used, with its reason (the run goes on)."""
    err_console.print(f"[yellow]skipped[/] {where}: {reason}", highlight=False, soft_wrap=True)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 story", "3 stories", "1 input", "0 inputs"."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"
