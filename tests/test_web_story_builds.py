"""The story page of a story whose brief is not made yet: it answers at once and makes the brief once, in the
background; a fact's sources name each outlet once. Invented stories only."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from test_web_support import RECORDS, build_store

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from storyline.web.app import WebSettings, create_app  # noqa: E402


def _clustered(folder: Path) -> Path:
    from storyline.pipeline import cluster_stories
    from storyline.store import Store

    db = build_store(folder)
    with Store(db) as store:
        assert cluster_stories(store)[0]
    return db


def _client(db: Path, *, wait_s: float) -> TestClient:
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False, brief_wait_s=wait_s))
    return TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False)


def _largest(client: TestClient) -> dict[str, Any]:
    return client.get("/api/stories", params={"order": "largest", "limit": 1}).json()["items"][0]  # type: ignore[no-any-return]


def test_a_story_page_answers_while_its_brief_is_made_and_the_brief_is_made_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storyline.brief as brief_module

    db = _clustered(tmp_path)
    real = brief_module.brief_for_story
    gate, calls = threading.Event(), []

    def slow(store: Any, story_id: str, **kw: Any) -> dict[str, Any]:  # a large story's first brief
        calls.append(story_id)
        assert gate.wait(120)
        return real(store, story_id, **kw)

    monkeypatch.setattr(brief_module, "brief_for_story", slow)
    with _client(db, wait_s=0.2) as client:
        story = _largest(client)
        first = client.get(f"/stories/{story['id']}")
        assert first.status_code == 202, first.text
        assert "Preparing this story's brief" in first.text and first.headers["Refresh"] == "3"
        assert f"{story['article_count']} articles" in first.text
        titles = {r["title"] for r in RECORDS}
        listed = [t for t in titles if t in first.text]
        assert len(listed) >= 2, first.text  # the story's articles are listed while the brief is made
        again = client.get(f"/stories/{story['id']}")
        assert again.status_code == 202  # the same build, not a second one
        gate.set()
        api = client.get(f"/api/stories/{story['id']}")  # waits for the build running, makes no brief of its own
        assert api.status_code == 200, api.text
        headline = api.json()["brief"]["headline"]["text"]
        page = client.get(f"/stories/{story['id']}")
        assert page.status_code == 200 and "Preparing" not in page.text
        assert re.search(r"<h1>[^<]*" + re.escape(headline.replace("'", "&#39;")), page.text), page.text[:500]
        label = _largest(client)["label"]
        assert (
            label == story["label"]
        )  # reading a story does not rename it in the list (two stores built alike list alike)
        if label != headline:  # the page says how the list names the story
            assert "Listed among the stories as" in page.text and label.replace("'", "&#39;") in page.text, page.text[
                :800
            ]
    assert calls == [story["id"]]


def test_a_failed_brief_is_shown_as_an_error_and_made_again_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storyline.brief as brief_module

    db = _clustered(tmp_path)
    real, calls = brief_module.brief_for_story, []

    def failing_once(store: Any, story_id: str, **kw: Any) -> dict[str, Any]:
        calls.append(story_id)
        if len(calls) == 1:
            raise RuntimeError("the embedding model ran out of memory")
        return real(store, story_id, **kw)

    monkeypatch.setattr(brief_module, "brief_for_story", failing_once)
    with _client(db, wait_s=60) as client:
        story = _largest(client)
        failed = client.get(f"/stories/{story['id']}")
        assert failed.status_code == 500
        page = client.get(f"/stories/{story['id']}")
        for _ in range(600):  # a loaded machine: the models may take a while to load
            if page.status_code != 202:
                break
            time.sleep(0.5)
            page = client.get(f"/stories/{story['id']}")
        assert page.status_code == 200 and "Preparing" not in page.text
    assert len(calls) == 2


def test_a_fact_names_each_outlet_once_with_a_link_per_passage() -> None:
    from storyline.web.pages import templates

    brief = {
        "headline": {"text": "Quay wall gives way in Vantry"},
        "articles": [
            {"id": "a1", "outlet": "Vantry Post"},
            {"id": "a2", "outlet": "Harlow Wire"},
            {"id": "a3", "outlet": "Vantry Post"},
        ],
        "facts": [
            {
                "id": "f0",
                "status": "corroborated",
                "text": "The quay wall gave way on Friday.",
                "independent_sources": 2,
                "sources": [
                    {"article": "a1", "start": 0, "end": 10},
                    {"article": "a2", "start": 5, "end": 20, "wording": "other"},
                    {"article": "a3", "start": 0, "end": 10},
                    {"article": "a1", "start": 40, "end": 60},
                ],
            }
        ],
    }
    story = {"id": "s1", "label": "Quay wall", "outlets": ["Vantry Post", "Harlow Wire"], "independent_outlets": 2}
    html = (
        templates()
        .get_template("story.html")
        .render(
            title="t",
            data={"story": story, "brief": brief},
            panels={"sentences": [], "articles": []},
            shown=None,
            active="",
        )
    )
    row = html[html.index("The quay wall gave way") :]
    row = row[: row.index("</tr>")]
    assert row.count(">Vantry Post</a>") == 1 and row.count(">Harlow Wire</a>") == 1
    assert row.count('class="src"') == 4  # every passage still linked
    assert re.search(r">Vantry Post</a> <a[^>]*>2</a> <a[^>]*>3</a>,</span>", row), row
    assert not re.search(r"\n\s*,", row) and "</span>, " not in row  # no separator left to start a line
