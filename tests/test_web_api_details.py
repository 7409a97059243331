"""Details of the JSON API and the library an integrator runs into (/tmp/w45/fu REPORT F9, F11 and small points):
an unknown body field or a repeated query parameter is named, not ignored; articles can be listed and found by URL
or record id over the API; an API client sending ?token= gets its answer, not a redirect; run_pipeline without
``out`` names no file; every top-level field of a brief is documented. Invented articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_web_support import build_store

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from storyline import Store, ingest_records, update_stories  # noqa: E402
from storyline.web.app import WebSettings, create_app  # noqa: E402

TOKEN = "an-invented-token-of-enough-length"
DOCS = Path(__file__).resolve().parent.parent / "docs"
RECORDS = [
    {"id": "qv-1", "title": "Quayside market returns", "outlet": "Orrin Gazette", "language": "en",
     "url": "https://orrin.example/market", "published": "2031-06-01",
     "text": "The quayside market in Orrin returned on Saturday after two years, with forty stalls."},
    {"id": "qv-2", "title": "Orrin stalls sell out", "outlet": "Harbour Note", "language": "en",
     "url": "https://note.example/stalls", "published": "2031-06-02",
     "text": "Most of the forty stalls at the Orrin quayside market had sold out by noon, traders said."},
    {"id": "qv-3", "title": "Marché d'Orrin", "outlet": "Le Quai", "language": "fr",
     "url": "https://quai.example/marche", "published": "2031-06-01",
     "text": "Le marché du quai d'Orrin est revenu samedi après deux ans, avec quarante étals."},
]  # fmt: skip


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("details") / "s.db"
    with Store(db) as store:
        ingest_records(store, RECORDS)
        update_stories(store)
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


def test_an_unknown_body_field_and_a_repeated_parameter_are_named(client: TestClient) -> None:
    res = client.post("/api/jobs", json={"urls": ["https://orrin.example/market"], "urgent": True})
    assert res.status_code == 422, res.text
    assert "urgent" in res.json()["error"]["message"] and "unknown field" in res.json()["error"]["message"]
    res = client.get("/api/stories?limit=1&limit=2")
    assert res.status_code == 422 and "limit" in res.json()["error"]["message"], res.text
    assert "more than once" in res.json()["error"]["message"]
    assert client.get("/api/stories?limit=2").status_code == 200


def test_articles_are_listed_with_totals_and_found_by_url_or_record_id(client: TestClient) -> None:
    every = client.get("/api/articles").json()
    assert every["total"] == 3 and [a["record_id"] for a in every["items"]] == ["qv-1", "qv-2", "qv-3"]
    page = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and [a["record_id"] for a in page["items"]] == ["qv-2"]
    fr = client.get("/api/articles", params={"language": "French"}).json()
    assert fr["total"] == 1 and fr["items"][0]["outlet"] == "Le Quai"
    by_url = client.get("/api/articles", params={"url": "https://note.example/stalls"}).json()
    assert by_url["total"] == 1 and by_url["items"][0]["record_id"] == "qv-2"
    by_id = client.get("/api/articles", params={"record_id": "qv-3"}).json()
    assert [a["url"] for a in by_id["items"]] == ["https://quai.example/marche"]
    one = client.get(f"/api/articles/{by_id['items'][0]['id']}")
    assert one.status_code == 200 and "Marché d'Orrin" in str(one.json())
    assert client.get("/api/articles", params={"outlet": "Orrin Gazette", "since": "2031-06"}).json()["total"] == 1
    bad = client.get("/api/articles", params={"since": "June"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_query"


def test_an_api_client_with_a_token_in_the_query_gets_the_answer(tmp_path: Path) -> None:
    db = build_store(tmp_path / "live")
    app = create_app(WebSettings(db=db, host="0.0.0.0", token=TOKEN, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://testserver", raise_server_exceptions=False) as c:
        res = c.get("/api/stats", params={"token": TOKEN}, follow_redirects=False)
        assert res.status_code == 200 and res.json()["articles"] == 5, res.text
        assert c.get("/api/stats", params={"token": "not-the-token"}).status_code == 401
        page = c.get("/", params={"token": TOKEN}, follow_redirects=False)
        assert page.status_code == 303  # a browser's first visit still sets the cookie and drops the token


def test_run_pipeline_without_out_names_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline import pipeline

    monkeypatch.setattr(pipeline, "cluster_stories", lambda store: (["s-quay"], []))
    monkeypatch.setattr(pipeline, "_resolve_store_entities", lambda *a, **k: None)
    monkeypatch.setattr(pipeline, "brief_story", lambda *a, **k: {"story": "s-quay", "articles": [{"id": "a"}]})
    with Store(tmp_path / "s.db") as store:
        report = pipeline.run_pipeline(store)
    data = report.to_json()
    assert data["out"] is None and data["index"] is None
    assert data["stories"] == [{"story": "s-quay", "articles": 1, "file": None}]
    assert not list(tmp_path.glob("story-*")) and not (tmp_path / "index.html").exists()


def test_every_top_level_field_of_a_brief_is_documented(tmp_path: Path) -> None:
    from storyline import briefs_from_inputs

    doc = (DOCS / "brief-schema.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", doc, flags=re.M))
    src = tmp_path / "market.txt"
    src.write_text(RECORDS[0]["title"] + "\n\n" + RECORDS[0]["text"], encoding="utf-8")
    brief = next(iter(briefs_from_inputs([str(src)])))
    missing = sorted(set(brief) - documented)
    assert not missing, f"brief fields not in docs/brief-schema.md: {missing}"


def test_the_main_answers_are_described_in_openapi_and_match_their_models(client: TestClient) -> None:
    from storyline.web import schemas

    spec = client.get("/openapi.json").json()
    ref = spec["paths"]["/api/stories"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ref["$ref"].endswith("/StoriesPage")
    assert "StoryRow" in spec["components"]["schemas"] and "Job" in spec["components"]["schemas"]
    stories = client.get("/api/stories").json()
    schemas.StoriesPage.model_validate(stories)
    assert stories["items"], "the fixture's articles are in stories"
    schemas.StoryAnswer.model_validate(client.get(f"/api/stories/{stories['items'][0]['id']}").json())
    schemas.ArticlesPage.model_validate(client.get("/api/articles").json())
    schemas.SearchPage.model_validate(client.get("/api/search", params={"q": "Orrin"}).json())
    schemas.Stats.model_validate(client.get("/api/stats").json())
    job = client.post(
        "/api/jobs/upload", files={"files": ("m.txt", b"Orrin market\n\nThe market opened.", "text/plain")}
    )
    assert job.status_code == 202
    schemas.Job.model_validate(job.json())
    schemas.JobsPage.model_validate(client.get("/api/jobs").json())
