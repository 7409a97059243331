"""A stored story's saved brief is returned as it is while current (same articles, schema version and options);
a story that changed, or ``rebuild``, makes it again. Invented articles; making a brief is replaced by a stand-in
that counts the builds (a real build loads the models: the stand-in failing means none was loaded)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline import pipeline
from storyline.brief import SCHEMA_VERSION, BriefOptions
from storyline.cli import app
from storyline.models import Article
from storyline.store import Store


def _article(n: int) -> Article:
    text = f"Tarnby ferry report {n}\n\nThe Tarnby ferry was cancelled on Friday, report {n} said."
    return Article(
        id=f"tarn-{n}",
        outlet=f"Tarnby Post {n}",
        url=f"https://post{n}.example/ferry",
        title=text.split("\n")[0],
        text=text,
        original=text,
        source="test",
    )


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A story "s-ferry" whose members are ``state["articles"]``; ``state["builds"]`` counts the briefs made."""
    state: dict[str, Any] = {"articles": [_article(1), _article(2)], "builds": 0, "db": tmp_path / "s.db"}

    def members(store: Store, story_id: str) -> tuple[list[Article], dict[str, str]]:
        return list(state["articles"]), {}

    def build(articles: list[Article], **kw: Any) -> dict[str, Any]:
        state["builds"] += 1
        opts = kw.get("options") or BriefOptions()
        return {
            "schema": SCHEMA_VERSION,
            "story": kw["story"],
            "headline": {"text": f"build {state['builds']} of {opts.summary.max_words} words"},
            "articles": [{"id": a.id} for a in articles],
        }

    monkeypatch.setattr(pipeline, "story_articles", members)
    monkeypatch.setattr(pipeline, "stored_extractions", lambda store, articles: ({}, [], []))
    monkeypatch.setattr(pipeline, "brief_articles", build)
    Store(state["db"]).close()
    return state


def test_second_brief_of_an_unchanged_story_is_the_saved_one(story: dict[str, Any]) -> None:
    with Store(story["db"]) as store:
        first = pipeline.brief_story(store, "s-ferry")
        assert story["builds"] == 1
        second = pipeline.brief_story(store, "s-ferry")
        assert story["builds"] == 1  # nothing made again: no model loaded
        assert json.dumps(second, sort_keys=True) == json.dumps(first, sort_keys=True)
        assert pipeline.saved_brief(store, "s-ferry") == first
        # forced
        pipeline.brief_story(store, "s-ferry", rebuild=True)
        assert story["builds"] == 2
        # other options (another word budget) are not answered with the default brief, nor the other way round
        short = replace(BriefOptions(), summary=replace(BriefOptions().summary, max_words=40))
        assert "40 words" in pipeline.brief_story(store, "s-ferry", options=short)["headline"]["text"]
        assert story["builds"] == 3
        assert pipeline.brief_story(store, "s-ferry", options=short)["headline"]["text"].startswith("build 3")
        assert "100 words" in pipeline.brief_story(store, "s-ferry")["headline"]["text"]
        assert story["builds"] == 4


def test_a_story_with_an_article_added_is_briefed_again(story: dict[str, Any]) -> None:
    with Store(story["db"]) as store:
        pipeline.brief_story(store, "s-ferry")
        story["articles"].append(_article(3))
        assert pipeline.saved_brief(store, "s-ferry") is None
        again = pipeline.brief_story(store, "s-ferry")
        assert story["builds"] == 2 and [a["id"] for a in again["articles"]] == ["tarn-1", "tarn-2", "tarn-3"]
        pipeline.brief_story(store, "s-ferry")
        assert story["builds"] == 2


def test_a_brief_of_another_schema_version_is_made_again(story: dict[str, Any]) -> None:
    with Store(story["db"]) as store:
        pipeline.brief_story(store, "s-ferry")
        with store.transaction() as conn:
            conn.execute("UPDATE briefs SET schema = '1.0' WHERE story = 's-ferry'")
        pipeline.brief_story(store, "s-ferry")
        assert story["builds"] == 2


def test_cli_brief_reuses_the_saved_brief_and_rebuild_makes_it_again(story: dict[str, Any]) -> None:
    runner = CliRunner()
    args = ["brief", "s-ferry", "--db", str(story["db"]), "--format", "json"]
    first = runner.invoke(app, args)
    second = runner.invoke(app, args)
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert story["builds"] == 1 and first.stdout == second.stdout
    forced = runner.invoke(app, [*args, "--rebuild"])
    assert forced.exit_code == 0 and story["builds"] == 2
    assert "--rebuild" in runner.invoke(app, ["brief", "--help"]).stdout
