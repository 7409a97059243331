"""`storyline brief`: a story's brief as JSON, Markdown or HTML."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import typer

from ..brief import BriefOptions, render_html, render_markdown
from ..models import Skipped
from .common import DbOption, app, errors_to_exit, existing_store, fail, say_skipped, spinner

FORMATS = ("json", "md", "html")


def _emit(brief: dict[str, Any], fmt: str, *, pretty: bool) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(brief, ensure_ascii=False, indent=2 if pretty else None) + "\n")
    elif fmt == "md":
        sys.stdout.write(render_markdown(brief))
    else:
        sys.stdout.write(render_html(brief))
    sys.stdout.flush()


@app.command()
def brief(
    args: list[str] = typer.Argument(
        ..., metavar="STORY_ID|PATH", help="A STORY_ID; with --input, the files/folders/globs to brief."
    ),
    fmt: str = typer.Option("json", "--format", "-f", help="json, md or html."),
    use_input: bool = typer.Option(False, "--input", help="Brief the given files as one story (no store)."),
    by: str | None = typer.Option(None, "--by", help="With --input: one brief per distinct value of this field."),
    max_words: int = typer.Option(100, "--max-words", help="Word budget of the summary."),
    summary_only: bool = typer.Option(False, "--summary-only", help="Headline, summary and sources only (fast)."),
    pretty: bool = typer.Option(False, "--pretty", help="Indent the JSON."),
    rebuild: bool = typer.Option(
        False, "--rebuild", help="Make a stored story's brief again even when the saved one is current."
    ),
    db: Path = DbOption,
) -> None:
    """Print the brief of a stored story, or of input files taken as one story (--input) or grouped (--by).

    With --by, one JSON object a line (JSON Lines), models loaded once. A stored story's saved brief is printed as
    it is (no model loaded) while the story's articles, the brief schema version and the options are those it was
    made with; --rebuild makes it again.
    """
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if by and (not use_input or fmt != "json"):
        fail("--by works with --input and --format json")
    base = BriefOptions()
    options = replace(base, summary=replace(base.summary, max_words=max_words))
    if summary_only:
        options = replace(options, sections=())
    with errors_to_exit():
        if use_input:
            _from_inputs(args, by=by, fmt=fmt, options=options, pretty=pretty)
            return
        if len(args) != 1:
            fail("give one STORY_ID, or --input with files")
        from ..pipeline import brief_story
        from ..store import Store

        with Store(existing_store(db)) as store:
            _emit(brief_story(store, args[0], options=options, rebuild=rebuild), fmt, pretty=pretty)


def _from_inputs(paths: list[str], *, by: str | None, fmt: str, options: BriefOptions, pretty: bool) -> None:
    from ..pipeline import briefs_from_inputs

    def lost(s: Skipped) -> None:
        say_skipped(s.input, f"{s.reason} (no brief has it)")

    with spinner("briefing") as say:
        for one in briefs_from_inputs(
            paths, by=by, options=options, progress=lambda name: say(f"briefing {by}={name[:40]}"), on_skipped=lost
        ):
            for s in one.get("skipped_inputs") or []:  # also in the JSON; said here for every format
                say_skipped(s["input"], s["reason"])
            _emit(one, fmt, pretty=pretty and by is None)
