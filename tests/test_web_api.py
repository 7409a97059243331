"""The JSON API and the pages through FastAPI's TestClient: shapes, pagination, one error shape, jobs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_support import build_store, web_db  # noqa: F401  (web_db is a fixture)

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from storyline.web.app import WebSettings, create_app  # noqa: E402


@pytest.fixture(scope="module")
def web(web_db: tuple[Path, list[str]]) -> Iterator[tuple[TestClient, Path, list[str]]]:  # noqa: F811
    db, faked = web_db
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield client, db, faked


@pytest.fixture(scope="module")
def client(web: tuple[TestClient, Path, list[str]]) -> TestClient:
    return web[0]


def first_story(client: TestClient) -> dict[str, Any]:
    r = client.get("/api/stories", params={"order": "largest", "limit": 1})
    assert r.status_code == 200, r.text
    return r.json()["items"][0]  # type: ignore[no-any-return]


def assert_error(r: Any, status: int, code: str | None = None) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message"}, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code, body


def test_stories_list_is_paginated_with_totals(client: TestClient) -> None:
    r = client.get("/api/stories", params={"limit": 1, "order": "largest"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"items", "total", "limit", "offset"}
    assert body["limit"] == 1 and len(body["items"]) == 1
    assert body["total"] >= 2  # the bridge story and the chess story are different stories
    story = body["items"][0]
    for key in ("id", "label", "article_count", "outlets", "independent_outlets", "date_range"):
        assert key in story
    second = client.get("/api/stories", params={"limit": 1, "offset": 1, "order": "largest"}).json()
    assert second["items"][0]["id"] != story["id"]
    assert second["total"] == body["total"]


def test_story_returns_a_cited_brief(client: TestClient) -> None:
    story = first_story(client)
    r = client.get(f"/api/stories/{story['id']}")
    assert r.status_code == 200, r.text
    brief = r.json()["brief"]
    assert brief["summary"], brief
    for sentence in brief["summary"]:
        assert sentence["citations"]
        for c in sentence["citations"]:
            art = client.get(f"/api/articles/{c['article']}").json()
            assert 0 <= c["start"] < c["end"] <= len(art["original"])


def test_story_page_shows_sources_in_other_words(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.web import views

    story = first_story(client)
    real = views.story_brief

    def other_words(store: Any, story_id: str) -> dict[str, Any]:  # the corpus's facts are all in the same words
        data = real(store, story_id)
        fact = next(f for f in data["brief"]["facts"] if len(f["sources"]) > 1)
        fact["same_wording_sources"] = 1
        fact["independent_sources"] = 2
        fact["sources"][-1]["wording"] = "other"
        return data

    monkeypatch.setattr(views, "story_brief", other_words)
    page = client.get(f"/stories/{story['id']}", params={"cite": "other-words"}).text  # not the cached page
    assert "(1 in the same words)" in page and page.count("(other wording)") == 1


def test_story_page_marks_every_cited_passage(client: TestClient) -> None:
    story = first_story(client)
    brief = client.get(f"/api/stories/{story['id']}").json()["brief"]
    html = client.get(f"/stories/{story['id']}").text
    cite = brief["summary"][0]["citations"][0]
    original = client.get(f"/api/articles/{cite['article']}").json()["original"]
    passage = original[cite["start"] : cite["end"]]
    assert 'data-keys="c0-0"' in html
    from html import escape

    assert escape(passage.split("\n")[0], quote=False)[:40] in html
    # a charged term links to where the outlet uses it (the ferry story's "slammed", "shameful")
    stories = client.get("/api/stories", params={"limit": 50}).json()["items"]
    charged = []
    for st in stories:
        b = client.get(f"/api/stories/{st['id']}").json()["brief"]
        terms = [t for f in b["framing"] for t in f["charged_terms"] if t.get("spans")]
        if terms:
            charged.append((st["id"], terms[0]["spans"][0]))
    assert charged, "no story of the examples has a charged term"
    story_id, first = charged[0]
    page = client.get(f"/stories/{story_id}").text
    assert f'href="/articles/{first["article"]}?start={first["start"]}&amp;end={first["end"]}#text"' in page


def test_article_api_and_highlight(client: TestClient) -> None:
    story = first_story(client)
    article_id = client.get(f"/api/stories/{story['id']}").json()["story"]["article_ids"][0]
    art = client.get(f"/api/articles/{article_id}").json()
    assert art["article"]["id"] == article_id
    r = client.get(f"/articles/{article_id}", params={"start": 0, "end": 5})
    assert r.status_code == 200
    assert 'class="cite active"' in r.text
    assert_error(client.get(f"/api/articles/{article_id}", params={"start": 5, "end": 10**7}), 400, "bad_query")


def test_entity_page_from_extraction(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Olsen"}).json()["items"]
    art = client.get(f"/api/articles/{hits[0]['id']}").json()
    assert art["entities"], "extraction found no entity in an article naming Mara Olsen"
    assert any(q["text"] == art["original"][q["start"] : q["end"]] for q in art["quotes"]) or not art["quotes"]
    names = [e["name"] for e in art["entities"]]
    assert any("Olsen" in n for n in names), names
    key = next(e["key"] for e in art["entities"] if "Olsen" in e["name"])
    r = client.get(f"/api/entities/{key}")
    assert r.status_code == 200, r.text
    assert set(r.json()) == {"entity", "stories", "briefs", "briefs_total"}
    assert "total" in r.json()["stories"]
    page = client.get(f"/entities/{key}")
    assert page.status_code == 200 and "Olsen" in page.text
    assert_error(client.get("/api/entities/Nobody Such Person"), 404, "not_found")


def test_speakers_in_a_brief_have_entity_pages(client: TestClient) -> None:
    story = first_story(client)
    quotes = client.get(f"/api/stories/{story['id']}").json()["brief"]["quotes"]
    speakers = sorted({q["speaker"] for q in quotes if q.get("speaker")})
    assert speakers, "the bridge story's brief has no attributed quote"
    for name in speakers:
        r = client.get(f"/api/entities/{name}")
        assert r.status_code == 200, (name, r.text)
        assert any(story["id"] == b["id"] for b in r.json()["briefs"]) or r.json()["stories"]["total"]


def test_search_finds_and_counts(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "girders", "limit": 1})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 3 and len(body["items"]) == 1
    story = body["items"][0]["story"]  # the hit's story, to open its brief
    assert story and client.get(f"/api/stories/{story}").status_code == 200
    page = client.get("/search", params={"q": "girders"})
    assert page.status_code == 200 and "3 articles match" in page.text


def test_a_repeated_search_is_served_from_the_cache_until_the_store_changes(client: TestClient) -> None:
    first = client.get("/search", params={"q": "girders bridge"})
    again = client.get("/search", params={"q": "girders bridge"})
    assert first.status_code == again.status_code == 200
    assert (first.headers["X-Cache"], again.headers["X-Cache"]) == ("miss", "hit")
    assert again.text == first.text
    api = [client.get("/api/search", params={"q": "girders bridge"}) for _ in range(2)]
    assert [r.headers["X-Cache"] for r in api] == ["hit", "hit"]  # the page filled the shared result cache
    assert api[0].json() == api[1].json()


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR NOT", "a NEAR(", "*", '"'])
def test_malformed_search_is_400_never_500(client: TestClient, query: str) -> None:
    r = client.get("/api/search", params={"q": query})
    assert r.status_code in (200, 400), r.text
    if r.status_code == 400:
        assert_error(r, 400, "bad_query")
    page = client.get("/search", params={"q": query})
    assert page.status_code in (200, 400)


def test_one_error_shape_across_endpoints(client: TestClient) -> None:
    assert_error(client.get("/api/stories/no-such-story"), 404)
    assert_error(client.get("/api/articles/a000000000000"), 404, "not_found")
    assert_error(client.get("/api/outlets/No Such Outlet"), 404, "not_found")
    assert_error(client.get("/api/jobs/999999"), 404, "not_found")
    assert_error(client.get("/api/no/such/endpoint"), 404, "not_found")
    assert_error(client.get("/api/stories", params={"limit": 0}), 422, "invalid")
    assert_error(client.get("/api/stories", params={"order": "sideways"}), 422, "invalid")
    # CHANGED DELIBERATELY (web-i3): a job id is a number in the route, so this path is no job's: 404, not 422
    assert_error(client.get("/api/jobs/not-a-number"), 404, "not_found")
    assert_error(client.get("/api/search"), 422, "invalid")
    assert_error(client.get("/api/search", params={"q": "   "}), 400, "bad_query")
    assert_error(client.post("/api/jobs", json={"urls": []}), 422, "invalid")
    assert_error(client.post("/api/jobs", json={"urls": ["file:///etc/passwd"]}), 400, "bad_input")
    assert_error(client.delete("/api/stories"), 405)


def test_unexpected_crash_is_a_500_in_the_error_shape(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.web.views as views

    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(views, "search_page", boom)
    r = client.get("/api/search", params={"q": "bridge"})
    assert_error(r, 500, "internal")
    assert "simulated bug" not in r.text  # internals stay in the server log
    assert r.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_pages_render(client: TestClient) -> None:
    story = first_story(client)
    for path in ("/", "/?order=largest", f"/stories/{story['id']}", "/search", "/ingest", "/docs"):
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:500])
        assert r.headers["content-type"].startswith("text/html")
    outlet = client.get("/outlets/Lorvik Gazette")
    assert outlet.status_code == 200 and "Lorvik Gazette" in outlet.text
    assert "Quotes by side" in outlet.text
    profile = client.get("/api/outlets/Lorvik Gazette").json()
    sides = profile["profile"]["voices_by_side"]
    assert sides and all(isinstance(n, int) and n > 0 for _side, n in sides)
    missing = client.get("/stories/no-such-story")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/entities/{name}",
                 "/api/outlets/{name}", "/api/search", "/api/jobs", "/api/jobs/{job_id}"):  # fmt: skip
        assert path in spec["paths"], path
    assert "/api/search" in client.get("/docs").text


def test_upload_job_runs_in_the_background_and_survives_a_restart(tmp_path: Path) -> None:
    db = build_store(tmp_path / "jobs")
    text = (
        "Lorvik library opens a new wing\n\nThe Lorvik public library opened a new wing on Friday, adding 3,000 books."
    )
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        r = client.post("/api/jobs/upload", files=[("files", ("../../etc/evil name.txt", text.encode(), "text/plain"))])
        assert r.status_code == 202, r.text
        job = r.json()
        assert job["status"] == "queued" and job["inputs"] == ["evil name.txt"]
    # The server stopped before running it; a new server resumes the queue.
    app = create_app(WebSettings(db=db, worker=True, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        deadline = time.time() + 30
        while time.time() < deadline:
            got = client.get(f"/api/jobs/{job['id']}").json()
            if got["status"] in ("done", "failed"):
                break
            time.sleep(0.1)
        assert got["status"] == "done", got
        assert got["report"]["added"] == 1 and got["done"] == 1
        found = client.get("/api/search", params={"q": "library wing"}).json()
        assert found["total"] == 1
        art = client.get(f"/api/articles/{found['items'][0]['id']}").json()
        # the file's own name, for the reader, but nothing of the path the client sent
        source = art["article"]["source"]
        assert source == f"upload-{job['id']}/0/evil name.txt", source  # not the server's temporary folder
        assert client.get(f"/jobs/{job['id']}").status_code == 200


def test_an_upload_job_counts_files_and_names_them_as_the_client_did(tmp_path: Path) -> None:
    """``done`` and ``total`` count the same thing (inputs), so a JSONL file of several records is one; the report
    and the progress name an upload as the client did, not by the server's temporary path."""
    import json

    db = build_store(tmp_path / "named")
    records = "".join(
        json.dumps(
            {"id": f"k{i}", "title": f"Kelby ferry timetable {i}", "text": f"The Kelby ferry adds crossing {i}."}
        )
        + "\n"
        for i in range(3)
    )
    app = create_app(WebSettings(db=db, worker=True, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        files = [("files", ("blob.bin", bytes(range(256)) * 8, "application/octet-stream"))]
        files.append(("files", ("kelby.jsonl", records.encode(), "application/x-ndjson")))
        job = client.post("/api/jobs/upload", files=files).json()
        assert job["total"] == 2
        deadline, seen = time.time() + 60, []
        while time.time() < deadline:
            got = client.get(f"/api/jobs/{job['id']}").json()
            seen.append((got["done"], got["message"] or ""))
            if got["status"] in ("done", "failed"):
                break
            time.sleep(0.02)
    assert got["status"] == "done" and got["report"]["added"] == 3, got
    assert all(done <= 2 for done, _ in seen) and got["done"] == 2, seen
    assert [s["input"] for s in got["report"]["skipped"]] == ["blob.bin"], got["report"]["skipped"]
    assert not any("storyline-upload" in message or "upload-" in message for _, message in seen), seen


def test_a_bad_line_in_the_url_form_shows_the_form_again_with_the_lines(client: TestClient) -> None:
    typed = "https://news.example/a\nftp://news.example/b\nnot a url"
    r = client.post("/ingest/urls", data={"urls": typed, "kind": "feed"}, follow_redirects=False)
    assert r.status_code == 400 and 'id="urls-error"' in r.text
    assert "2 lines are not http(s) URLs" in r.text and "&#39;ftp://news.example/b&#39;" in r.text
    assert "https://news.example/a\nftp://news.example/b\nnot a url</textarea>" in r.text
    assert 'value="feed" checked' in r.text


def test_a_request_body_that_is_not_json_is_said_so(client: TestClient) -> None:
    r = client.post("/api/jobs", content=b"urls=https://news.example/a", headers={"content-type": "application/json"})
    assert_error(r, 422, "invalid")
    assert "the request body is not JSON" in r.json()["error"]["message"], r.text
    r = client.post("/api/jobs", content=b"urls=https://news.example/a")  # a form, not JSON
    assert_error(r, 422, "invalid")
    assert "the request body must be a JSON object" in r.json()["error"]["message"], r.text


def test_browser_ingest_updates_the_stories(tmp_path: Path) -> None:
    """After a job, the worker runs the stories stage, so the new article shows up in a story."""
    db = build_store(tmp_path / "post")
    text = "Lorvik harbour bridge reopens\n\nThe harbour bridge in Lorvik reopened on Friday after its girders were replaced."
    app = create_app(WebSettings(db=db, worker=True, post_ingest=True))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        job = client.post("/api/jobs/upload", files=[("files", ("reopen.txt", text.encode(), "text/plain"))]).json()
        deadline = time.time() + 120
        while time.time() < deadline:
            got = client.get(f"/api/jobs/{job['id']}").json()
            if got["status"] in ("done", "failed"):
                break
            time.sleep(0.2)
        assert got["status"] == "done", got
        hit = client.get("/api/search", params={"q": "reopened"}).json()["items"][0]
        art = client.get(f"/api/articles/{hit['id']}").json()
        assert art["stories"], "the ingested article is in no story"
        assert client.get("/api/stories").json()["total"] >= 1
        went = got["report"]["articles"]  # the job says where its article went, and the page links it
        assert [a["id"] for a in went] == [hit["id"]] and went[0]["story"] == art["stories"][0]["id"]
        page = client.get(f"/jobs/{job['id']}").text
        assert f'href="/articles/{hit["id"]}"' in page and f'href="/stories/{went[0]["story"]}"' in page


def test_upload_limits(tmp_path: Path) -> None:
    db = build_store(tmp_path / "limits")
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False, max_upload_bytes=100, max_upload_files=2))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        r = client.post("/api/jobs/upload", files=[("files", ("big.txt", b"x" * 500, "text/plain"))])
        assert_error(r, 413, "too_large")
        many = [("files", (f"f{i}.txt", b"hello", "text/plain")) for i in range(3)]
        assert_error(client.post("/api/jobs/upload", files=many), 400, "bad_input")


def test_url_jobs_keep_the_private_address_guard(tmp_path: Path) -> None:
    """The job stores the server's ingest options; private targets are refused unless configured."""
    db = build_store(tmp_path / "urls")
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        job = client.post("/api/jobs", json={"urls": ["http://127.0.0.1:9/x", "http://169.254.169.254/latest"]}).json()
    from storyline.store import Store
    from storyline.web import jobs

    with Store(db) as store:
        claimed = jobs.claim_next(store)
        assert claimed is not None and claimed["id"] == job["id"]
        assert claimed["options"]["allow_private"] is False
        done = jobs.run_job(store, claimed)
    assert done["status"] == "failed" and done["report"]["added"] == 0
    reasons = [s["reason"] for s in done["report"]["skipped"]]
    assert len(reasons) == 2 and all("refused" in r for r in reasons), reasons


def test_an_undated_story_says_so_instead_of_none() -> None:
    from storyline.web.pages import templates

    row = {"id": "s1", "label": "Seed story", "article_count": 3, "outlets": ["A"], "independent_outlets": 3}
    env = templates()
    for dates, shown in (([None, None], "undated"), (["2026-01-02", None], "2026-01-02 – ?")):
        html = env.from_string('{% from "macros.html" import story_rows %}{{ story_rows(items) }}').render(
            items=[{**row, "date_range": dates}]
        )
        assert shown in html and "None" not in html


@pytest.mark.parametrize(
    "params", [{"since": "garbage"}, {"until": "2026-13-45"}, {"since": "2031-05", "until": "2031-04"}]
)
def test_a_bad_date_filter_is_a_400_that_says_what_to_type(client: TestClient, params: dict[str, str]) -> None:
    assert_error(client.get("/api/stories", params=params), 400, "bad_query")
    page = client.get("/", params=params)
    assert page.status_code == 400 and ("must be a date" in page.text or "swap them" in page.text)


def test_a_month_filter_takes_the_whole_month(client: TestClient) -> None:
    march = client.get("/api/stories", params={"since": "2031-03", "until": "2031-03"}).json()
    assert march["total"] >= 1  # the bridge story (2031-03-04 .. 2031-03-05) is in March
    assert client.get("/api/stories", params={"until": "2031-01"}).json()["total"] < march["total"] + 1


def test_a_refused_search_shows_the_search_form_with_the_reason(client: TestClient) -> None:
    r = client.get("/search", params={"q": "g*"})
    assert r.status_code == 400
    assert 'id="search-error"' in r.text and "3 letters" in r.text and 'role="search"' in r.text
    none = client.get("/search", params={"q": "zzyzxqv"})
    assert none.status_code == 200 and "Nothing found." in none.text and "<ol" not in none.text


def test_the_story_page_marks_a_disputed_summary_sentence(client: TestClient) -> None:
    for story in client.get("/api/stories", params={"limit": 50}).json()["items"]:
        brief = client.get(f"/api/stories/{story['id']}").json()["brief"]
        disputed = [s for s in brief["summary"] if s.get("conflicts")]
        if disputed:
            page = client.get(f"/stories/{story['id']}")
            cid = disputed[0]["conflicts"][0]
            assert f'href="#{cid}"' in page.text and f'id="{cid}"' in page.text
            assert "start=None" not in page.text
            return
    pytest.fail("no story in the test store has a disputed summary sentence")


def test_an_entity_page_lists_each_story_once_and_names_the_outlet_of_each_quote(client: TestClient) -> None:
    story = first_story(client)
    quotes = client.get(f"/api/stories/{story['id']}").json()["brief"]["quotes"]
    speaker = next(q["speaker"] for q in quotes if q.get("speaker"))
    page = client.get(f"/entities/{speaker}")
    assert page.status_code == 200
    assert page.text.count(f'href="/stories/{story["id"]}"') == 1
    said = client.get(f"/api/entities/{speaker}").json()["entity"]["quotes"]
    assert said and all(q.get("outlet") for q in said)


def test_story_filters_match_whole_values_and_say_when_the_text_has_no_words(client: TestClient) -> None:
    stories = client.get("/api/stories", params={"limit": 50}).json()["items"]
    outlet = stories[0]["outlets"][0]
    named = client.get("/api/stories", params={"outlet": outlet}).json()
    assert named["total"] >= 1 and all(outlet in s["outlets"] for s in named["items"])
    # a pattern character is a character: "%" or a name with "_" for a letter matches nothing
    assert client.get("/api/stories", params={"outlet": "%"}).json()["total"] == 0
    assert client.get("/api/stories", params={"outlet": outlet[0] + "_" + outlet[2:]}).json()["total"] == 0
    # an outlet is not an entity
    assert client.get("/api/stories", params={"entity": outlet}).json()["total"] == 0
    from markupsafe import escape

    # a blank words box is no filter; a quote mark or other punctuation alone has no word to look for, and says so
    # (it listed every story as if each matched until the first-time user's test; search already said it)
    everyone = client.get("/api/stories", params={"limit": 100}).json()["total"]
    for q in (" ", "\t"):
        assert client.get("/api/stories", params={"text": q}).json()["total"] == everyone, q
        assert client.get("/", params={"q": q}).status_code == 200
    for q in ('"', '""', "--", "?!"):
        r = client.get("/api/stories", params={"text": q})
        assert_error(r, 400, "bad_query")
        assert "no words" in r.json()["error"]["message"], q
        page = client.get("/", params={"q": q, "outlet": outlet})
        # the stories page again, with the filters as typed and what to change, not an error page
        assert page.status_code == 400 and 'id="filter-error"' in page.text and "no words" in page.text, q
        assert 'name="q"' in page.text and 'class="filters"' in page.text
        assert f'value="{escape(outlet)}"' in page.text
    # a job number beyond any integer the store holds is no job
    assert_error(client.get("/api/jobs/9223372036854775808"), 404)
    assert client.get("/jobs/99999999999999999999").status_code == 404


def test_names_with_a_slash_have_pages(client: TestClient) -> None:
    r = client.get("/api/outlets/NOS/NPO Nieuws")
    assert r.status_code == 404 and "no outlet 'NOS/NPO Nieuws'" in r.json()["error"]["message"]
    r = client.get("/api/entities/AC%2FDC")
    assert r.status_code == 404 and "AC/DC" in r.json()["error"]["message"]


def test_an_entity_named_with_the_or_a_possessive_has_its_page(client: TestClient) -> None:
    plain = client.get("/api/entities/Mara Olsen")
    assert plain.status_code == 200, plain.text
    for spelling in ("Mara Olsen's", "Mara Olsen\u2019s"):
        r = client.get(f"/api/entities/{spelling}")
        assert r.status_code == 200 and r.json()["entity"]["name"] == plain.json()["entity"]["name"], spelling


def test_an_unknown_query_parameter_is_refused_not_ignored(client: TestClient) -> None:
    r = client.get("/api/stories", params={"outlett": "Harbour Post"})
    assert_error(r, 422, "invalid")
    assert "outlett" in r.json()["error"]["message"] and "outlet" in r.json()["error"]["message"].split("takes")[1]
    assert_error(client.get("/api/search", params={"q": "bridge", "limt": 3}), 422, "invalid")
    everything = client.get("/api/stories", params={"limit": 50}).json()["total"]
    by_text = client.get("/api/stories", params={"text": "zzyzxqv"}).json()
    assert by_text["total"] == 0 < everything  # the command line's --text is the same filter as q
    assert client.get("/api/stories", params={"q": "zzyzxqv"}).json()["total"] == 0
    assert_error(client.get("/api/stories", params={"q": "bridge", "text": "ferry"}), 400, "bad_input")


def test_an_entity_page_links_each_quote_to_its_article_under_its_outlet(client: TestClient) -> None:
    story = first_story(client)
    quotes = client.get(f"/api/stories/{story['id']}").json()["brief"]["quotes"]
    speakers = sorted({q["speaker"] for q in quotes if q.get("speaker")})
    assert speakers
    for speaker in speakers:
        said = client.get(f"/api/entities/{speaker}").json()["entity"]["quotes"]
        assert said, speaker
        for q in said:
            aid = q["content"]["article"]
            art = client.get(f"/api/articles/{aid}").json()
            assert q["outlet"] == art["article"]["display_outlet"], q
            assert art["original"][q["content"]["start"] : q["content"]["end"]] == q["content"]["text"]
        page = client.get(f"/entities/{speaker}").text
        assert 'href="/articles/?' not in page and ">None</a>" not in page


def test_an_empty_store_points_to_the_ingest_page_not_to_filters(tmp_path: Path) -> None:
    from storyline.store import Store

    with Store(tmp_path / "empty.db"):
        pass
    app = create_app(WebSettings(db=tmp_path / "empty.db", worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get("/").text
        assert 'id="no-stories"' in page and 'href="/ingest"' in page and "Clear the filters" not in page
        filtered = client.get("/", params={"q": "harbour"}).text  # a filter set: nothing matches it
        assert 'id="no-stories"' not in filtered and "No stories match" in filtered


def test_an_articles_entities_are_named_as_their_entity_pages_name_them(client: TestClient) -> None:
    """The chess report says "Ilse Brandt" once and "Brandt" after: the article's entity is Ilse Brandt, as
    /api/entities/KEY names it, with the spelling the article uses most beside it."""
    hit = client.get("/api/search", params={"q": "chess"}).json()["items"][0]
    art = client.get(f"/api/articles/{hit['id']}").json()
    assert art["entities"], art
    for ent in art["entities"]:
        page = client.get(f"/api/entities/{ent['key']}")
        if page.status_code == 200:
            assert ent["name"] == page.json()["entity"]["name"], (ent, page.json()["entity"])
        assert ent["spelling"] in art["original"]
    assert any(e["name"] == "Ilse Brandt" for e in art["entities"]), art["entities"]


def test_the_article_api_returns_the_span_it_was_asked_to_highlight(client: TestClient) -> None:
    hit = client.get("/api/search", params={"q": "chess"}).json()["items"][0]
    plain = client.get(f"/api/articles/{hit['id']}").json()
    assert "highlight" not in plain
    marked = client.get(f"/api/articles/{hit['id']}", params={"start": 0, "end": 8}).json()
    assert marked["highlight"] == {"start": 0, "end": 8, "text": plain["original"][:8]}
    assert_error(client.get(f"/api/articles/{hit['id']}", params={"start": 3}), 400, "bad_query")


def test_the_story_page_calls_a_revision_what_the_brief_files_call_it(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A conflict the brief marks superseded (a figure told day by day) or revised is "a figure revised" on the story
    page, as in the Markdown and HTML briefs, not "disputed"; a conflict beside it stays disputed."""
    from storyline.web import views

    story = first_story(client)
    real = views.story_brief

    def revised(store: Any, story_id: str) -> dict[str, Any]:
        data = real(store, story_id)
        brief = data["brief"]
        side = {"article": brief["articles"][0]["id"], "start": 0, "end": 5, "text": "Nine"}
        brief["conflicts"] = [
            {
                "id": "c0",
                "kind": "figure",
                "topic": "ferry: 7 vs 9",
                "detail": "told day by day",
                "sides": [side],
                "revised_by": [],
                "superseded": True,
            },
            {"id": "c1", "kind": "figure", "topic": "crew: 3 vs 4", "detail": "", "sides": [side], "revised_by": []},
        ]
        brief["summary"][0]["conflicts"] = ["c0"]
        brief["facts"][0].update(status="conflicting", conflicts=["c0"])
        brief["facts"][1].update(status="conflicting", conflicts=["c1"])
        return data

    monkeypatch.setattr(views, "story_brief", revised)
    page = client.get(f"/stories/{story['id']}", params={"cite": "revised"}).text  # not the cached page
    assert "a figure revised: c0" in page and "disputed: c0" not in page
    assert "disputed: c1" in page
    assert 'class="revised" href="#c0"' in page and 'class="disputed" href="#c0"' not in page
    assert "ferry: 7 vs 9 (a revision)" in page and "crew: 3 vs 4 (a revision)" not in page


def test_the_story_page_points_a_fact_that_only_gives_a_disputed_figure_to_its_conflict(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fact that is not conflicting but lists a figure conflict (a source gives a disputed figure in passing) is
    "see also" the conflict on the story page, as in the Markdown and HTML briefs; a presentation conflict's fact is
    still "presented differently"."""
    from storyline.web import views

    story = first_story(client)
    real = views.story_brief

    def related(store: Any, story_id: str) -> dict[str, Any]:
        data = real(store, story_id)
        brief = data["brief"]
        side = {"article": brief["articles"][0]["id"], "start": 0, "end": 5, "text": "Nine"}
        brief["conflicts"] = [
            {"id": "c0", "kind": "figure", "topic": "%: 15 vs 20", "detail": "", "sides": [side], "revised_by": []},
            {"id": "c1", "kind": "presentation", "topic": "crew: 4", "detail": "", "sides": [side], "revised_by": []},
        ]
        brief["facts"][0].update(status="corroborated", conflicts=["c0"])
        brief["facts"][1].update(status="corroborated", conflicts=["c1"])
        return data

    monkeypatch.setattr(views, "story_brief", related)
    page = client.get(f"/stories/{story['id']}", params={"cite": "related"}).text  # not the cached page
    assert "see also: c0" in page and "presented differently: c0" not in page
    assert "presented differently: c1" in page
