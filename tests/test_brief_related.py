"""A stored story's brief names the story it is the sequel of and its sequels (``related``, schema 1.18), in JSON,
Markdown and HTML, on the web app's story page (a link to the other story) and in ``/api/stories/ID``; ``brief
--input`` (no store) has none and says nothing of it. Invented reports only: the Orrinford derailment and the council
vote and state fine six weeks later that name it (tests/data/derailment_back_references.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.brief import render_html, render_markdown
from storyline.cluster import update_stories
from storyline.ingest import ingest
from storyline.pipeline import brief_story, briefs_from_inputs
from storyline.store import Store

DATA = Path(__file__).parent / "data" / "derailment_back_references.jsonl"
RECORDS: list[dict[str, Any]] = [
    r for r in map(json.loads, DATA.read_text(encoding="utf-8").splitlines()) if r["id"][0] in "es"
]


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A store fed the derailment's days, then the sequels: the path, the event's story and the sequel's."""
    tmp = tmp_path_factory.mktemp("related")
    db = tmp / "s.db"
    with Store(db) as store:
        for part in ("e", "s"):
            path = tmp / f"{part}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS if r["id"][0] == part), encoding="utf-8")
            ingest(store, [str(path)])
            update_stories(store)
        title_of = {r["title"]: r["id"] for r in RECORDS}
        rows = store.conn.execute(
            "SELECT a.title, sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        ).fetchall()
        story = {title_of[str(t)]: str(s) for t, s in rows}
    return db, story["e1"], story["s1"]


def test_the_brief_names_the_event_and_its_sequel(linked: tuple[Path, str, str]) -> None:
    db, event, sequel = linked
    with Store(db) as store:
        later = brief_story(store, sequel)
        earlier = brief_story(store, event)
        [up] = later["related"]
        assert up["story"] == event and up["relation"] == "follows"
        assert up["label"] and up["date_range"] == ["2026-03-10", "2026-03-12"]
        assert "orrinford" in up["evidence"] and "weeks after" in up["evidence"]
        [down] = earlier["related"]
        assert down["story"] == sequel and down["relation"] == "followed_by"
        assert brief_story(store, sequel) == later  # the saved brief, read again, names it the same
        md, html = render_markdown(later), render_html(earlier)
    assert f"Follows story `{event}`" in md
    assert f'href="story-{sequel}.html"' in html and "Followed by" in html


def test_the_web_page_and_the_api_link_the_other_story(linked: tuple[Path, str, str]) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from storyline.web.app import WebSettings, create_app

    db, event, sequel = linked
    with Store(db) as store:  # made and saved first: the page shows a saved brief at once (else it prepares one)
        brief_story(store, event)
        brief_story(store, sequel)
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get(f"/stories/{sequel}").text
        assert f'href="/stories/{event}"' in page and "Follows" in page
        answer = client.get(f"/api/stories/{event}").json()
        assert [(r["story"], r["relation"]) for r in answer["brief"]["related"]] == [(sequel, "followed_by")]
        with Store(db) as store:  # the same as `storyline brief ID --format json`
            assert answer["brief"] == brief_story(store, event)


def test_a_brief_of_files_has_no_related_story(tmp_path: Path) -> None:
    path = tmp_path / "all.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    briefs = briefs_from_inputs([str(path)])
    assert briefs and all(b["related"] == [] for b in briefs)
    assert all("Follows" not in render_markdown(b) and "Followed by" not in render_html(b) for b in briefs)


def test_the_web_story_brief_reads_the_links_once(
    linked: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``story_brief`` of the web app reads a story's related stories once per call: the saved brief comes with them
    (``saved_brief``), a brief from its cache is given them as they are now."""
    import storyline.pipeline as pipeline
    from storyline.web import views

    db, event, sequel = linked
    with Store(db) as store:
        brief_story(store, event)  # saved
    calls: list[str] = []
    real = pipeline.with_related

    def counted(store: Store, brief: dict[str, Any]) -> dict[str, Any]:
        calls.append(str(brief["story"]))
        return real(store, brief)

    monkeypatch.setattr(pipeline, "with_related", counted)
    monkeypatch.setattr(views, "_BRIEFS", views._BriefCache())
    with Store(db) as store:
        first = views.story_brief(store, event)  # the saved brief, read from the store
        assert calls == [event]
        again = views.story_brief(store, event)  # from the cache
        assert calls == [event, event]
    assert [(r["story"], r["relation"]) for r in first["brief"]["related"]] == [(sequel, "followed_by")]
    assert again["brief"] == first["brief"]


def test_a_read_only_stores_brief_names_the_related_stories(linked: tuple[Path, str, str]) -> None:
    db, event, sequel = linked
    with Store(db, readonly=True) as store:
        brief = brief_story(store, sequel, rebuild=True)  # made now, not saved
    assert [(r["story"], r["relation"]) for r in brief["related"]] == [(event, "follows")]
