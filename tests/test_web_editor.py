"""The web app as an editor uses it every morning: entity pages paged, the story list's pager, outlet names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_web_support import web_db  # noqa: F401  (a fixture)

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from storyline.web.app import WebSettings, create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(web_db: tuple[Path, list[str]]) -> Iterator[TestClient]:  # noqa: F811
    app = create_app(WebSettings(db=web_db[0], worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


# -- 03: an entity's every list is one page ------------------------------------------------------------
def test_an_entity_api_limit_pages_its_quotes_articles_and_briefs(client: TestClient) -> None:
    whole = client.get("/api/entities/Mara Olsen", params={"limit": 200}).json()
    said, articles = whole["entity"]["quotes"], whole["entity"]["articles"]
    assert len(said) >= 2 and whole["entity"]["quotes_total"] == len(said)  # quoted by two outlets
    assert whole["entity"]["articles_total"] == len(articles) >= 2
    first = client.get("/api/entities/Mara Olsen", params={"limit": 1}).json()
    assert len(first["entity"]["quotes"]) == 1 and first["entity"]["quotes_total"] == len(said)
    assert len(first["entity"]["articles"]) == 1 and first["entity"]["articles_total"] == len(articles)
    assert len(first["briefs"]) <= 1 and first["briefs_total"] >= len(first["briefs"])
    second = client.get("/api/entities/Mara Olsen", params={"limit": 1, "offset": 1}).json()
    assert second["entity"]["quotes"] == [said[1]] and second["entity"]["articles"] == articles[1:2]
    # guards: the stories are paged as before, and a page past every list is empty with the totals kept
    assert first["stories"]["limit"] == 1 and len(first["stories"]["items"]) <= 1
    far = client.get("/api/entities/Mara Olsen", params={"limit": 5, "offset": 100}).json()
    assert far["entity"]["quotes"] == [] and far["entity"]["quotes_total"] == len(said)


def test_an_entity_page_shows_one_page_of_quotes_and_the_way_on(client: TestClient) -> None:
    total = client.get("/api/entities/Mara Olsen").json()["entity"]["quotes_total"]
    page = client.get("/entities/Mara Olsen", params={"limit": 1})
    assert page.status_code == 200
    assert page.text.count("<li>") - page.text.count('<li class="empty">') >= 1
    assert f"({total})" in page.text and "offset=1&amp;limit=1" in page.text
    past = client.get("/entities/Mara Olsen", params={"limit": 1, "offset": 50})
    assert past.status_code == 200 and f"{total} in all" in past.text and "No quotes attributed" not in past.text


def test_the_entity_filter_folds_each_stored_name_once() -> None:
    """The filter folds every mention's name for each query: the folding is kept, not repeated per row."""
    from storyline.store.sqlite import name_fold, names_match

    name_fold.cache_clear()
    for _ in range(3):
        assert names_match("Jürgen Haßler-Øye", "juergen hassler oye") == 1
        assert names_match("Jürgen Haßler-Øye", "Jürgen Hassel") == 0
    info = name_fold.cache_info()
    assert info.misses == 3 and info.hits >= 3  # the name and two queries folded once each


# -- 07: the story list's pager ------------------------------------------------------------------------
def test_a_page_past_the_last_says_so_and_leads_back(client: TestClient) -> None:
    total = client.get("/api/stories", params={"limit": 1}).json()["total"]
    assert total >= 2
    page = client.get("/", params={"offset": 5000, "limit": 1})
    assert page.status_code == 200
    assert "No stories yet" not in page.text and f"{total} stories in all" in page.text
    assert "5001" not in page.text
    assert f"offset={total - 1}&amp;limit=1" in page.text  # back to the last page, not to offset 4999


def test_the_pager_speaks_the_order_and_a_single_page_has_its_count(client: TestClient) -> None:
    total = client.get("/api/stories", params={"limit": 1}).json()["total"]
    largest = client.get("/", params={"order": "largest", "offset": 1, "limit": 1}).text
    assert "&larr; larger" in largest and "newer" not in largest
    newest = client.get("/", params={"offset": 1, "limit": 1}).text
    assert "&larr; newer" in newest  # guard: the date order keeps its word
    one = client.get("/", params={"limit": 200}).text
    assert f"{total} stories" in one and 'class="pager"' not in one
    # guard: an empty store still says how to add articles (test_web_api covers it), a filter with no match says so
    assert "No stories match" in client.get("/", params={"q": "zzyzxqv"}).text


# -- 04 / 08: an outlet is found case and accents aside, and a file name is no outlet -------------------------------
def test_outlet_lookups_ignore_case_and_accents_everywhere(client: TestClient) -> None:
    exact = client.get("/api/articles", params={"outlet": "Lorvik Gazette"}).json()
    assert exact["total"] >= 2
    for typed in ("lorvik gazette", "LÖRVIK GAZETTE", "lorvik"):
        got = client.get("/api/articles", params={"outlet": typed}).json()
        assert got["total"] == exact["total"], typed
        assert {a["outlet"] for a in got["items"]} == {"Lorvik Gazette"}, typed
        api = client.get(f"/api/outlets/{typed}")
        assert api.status_code == 200 and api.json()["outlet"] == "Lorvik Gazette", typed
        page = client.get(f"/outlets/{typed}")
        assert page.status_code == 200 and "Lorvik Gazette" in page.text, typed
    # guards: a word of no outlet finds nothing, and a word of several outlets is not guessed
    assert client.get("/api/articles", params={"outlet": "gazett"}).json()["total"] == 0
    assert client.get("/api/outlets/Lorvik Gazettes").status_code == 404
    assert client.get("/api/stories", params={"outlet": "lorvik gazette"}).json()["total"] >= 1


def test_an_article_without_an_outlet_is_shown_as_outlet_unknown_in_the_list(tmp_path: Path) -> None:
    import json

    from storyline.store import Store
    from storyline.web import views

    folder = tmp_path / "in"
    folder.mkdir()
    text = (
        "Quarrel over the Velmora ferry timetable\n\nThe Velmora ferry company cut its winter sailings to two a day "
        "on Friday, and islanders on Skarn protested at the harbour office in Velmora on Saturday.\n"
    )
    (folder / "skarn_notes.txt").write_text(text, encoding="utf-8")
    record = {"outlet": "Skarn Herald", "title": "Velmora ferry cuts winter sailings", "published": "2031-11-07",
              "text": text.replace("Quarrel over", "Anger at")}  # fmt: skip
    (folder / "herald.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    from storyline.ingest import ingest

    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(store, [str(folder)])
        from storyline.web.lib import lib

        lib("update_stories")(store)
        items = views.stories_page(store)["items"]
        assert any("skarn_notes.txt" in s["outlets"] and "skarn_notes.txt" not in s["known_outlets"] for s in items)
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        page = c.get("/").text
        assert 'skarn_notes.txt <span class="meta">(outlet unknown)</span>' in page
        assert '<a href="/outlets/Skarn%20Herald">Skarn Herald</a>' in page  # guard: a real outlet is a link
        r = c.get("/api/outlets/skarn_notes.txt")
        assert r.status_code == 404 and "no outlet (outlet unknown)" in r.json()["error"]["message"]


# -- 09: the Notes speak to an editor and show the facts not listed ------------------------------------------------
def test_the_notes_say_the_unlisted_facts_in_words_and_show_them(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typing import Any

    from storyline.web import views

    story = client.get("/api/stories", params={"order": "largest", "limit": 1}).json()["items"][0]
    real = views.story_brief

    def with_unlisted(store: Any, story_id: str) -> dict[str, Any]:
        data = real(store, story_id)
        brief = data["brief"] = dict(data["brief"])
        src = brief["facts"][0]["sources"][0]
        article, start = src["article"], src["start"]
        brief["unlisted_facts"] = [
            {"id": "f90", "article": article, "start": start, "end": start + 5, "text": "Kelp sellers were angry.",
             "why": "single-source, mostly quotation"},
            {"id": "f91", "article": article, "start": start, "end": start + 7, "text": "The quay smelled of tar.",
             "why": "single-source, with no figure, date or name"},
        ]  # fmt: skip
        brief["notes"] = [
            *(brief.get("notes") or []),
            "2 fact(s) of the alignment are not listed in `facts` (its ids skip them) but in `unlisted_facts`, each"
            " with its sentence and why: 1 single-source, mostly quotation; 1 single-source, with no figure, date or"
            " name",
            "Two articles carry no date.",  # guard: any other note as it is
        ]
        return data

    monkeypatch.setattr(views, "story_brief", with_unlisted)
    page = client.get(f"/stories/{story['id']}", params={"cite": "unlisted"}).text  # not the cached page
    notes = page[page.index("<h2>Notes</h2>") :]
    assert "`" not in notes and "unlisted_facts" not in notes and "fact(s)" not in notes
    assert "2 more single-source facts are not listed" in notes and "1 mostly quotation" in notes
    assert "Two articles carry no date." in notes
    assert '<details id="unlisted-facts">' in notes and "Kelp sellers were angry." in notes
    shown = notes[notes.index('<details id="unlisted-facts">') :]
    assert 'class="src" href="/articles/' in shown and "?start=" in shown  # each links to its place


# -- 12: the brief as Markdown and HTML, in the web app and the API ------------------------------------------------
def test_the_brief_downloads_as_markdown_and_html_as_the_library_renders_it(client: TestClient) -> None:
    from storyline.brief.render import render_html, render_markdown

    story = client.get("/api/stories", params={"order": "largest", "limit": 1}).json()["items"][0]
    sid = story["id"]
    brief = client.get(f"/api/stories/{sid}").json()["brief"]
    md = client.get(f"/api/stories/{sid}", params={"format": "md"})
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text == render_markdown(brief) and f'filename="story-{sid}.md"' in md.headers["content-disposition"]
    html = client.get(f"/api/stories/{sid}", params={"format": "html"})
    assert html.status_code == 200 and html.text == render_html(brief)
    assert "attachment" in html.headers["content-disposition"]
    page = client.get(f"/stories/{sid}").text
    assert f'href="/api/stories/{sid}?format=md"' in page and f'href="/api/stories/{sid}?format=html"' in page
    # guards: JSON stays the default answer, and an unknown format is refused with the formats named
    assert set(client.get(f"/api/stories/{sid}", params={"format": "json"}).json()) == {"story", "brief"}
    bad = client.get(f"/api/stories/{sid}", params={"format": "pdf"})
    assert bad.status_code == 422 and "md" in bad.text


# -- 11: API messages that say what is wrong ------------------------------------------------------------------------
def test_api_messages_say_what_is_wrong(client: TestClient) -> None:
    aid = client.get("/api/articles", params={"limit": 1}).json()["items"][0]["id"]
    reversed_ = client.get(f"/api/articles/{aid}", params={"start": 50, "end": 10})
    assert reversed_.status_code == 400 and "start (50) is after end (10)" in reversed_.json()["error"]["message"]
    empty = client.get(f"/api/articles/{aid}", params={"start": 5, "end": 5})
    assert empty.status_code == 400 and "empty" in empty.json()["error"]["message"]
    assert "outside" not in reversed_.text + empty.text
    page = client.get(f"/articles/{aid}", params={"start": 50, "end": 10})
    assert page.status_code == 400 and "is after end" in page.text
    outside = client.get(f"/api/articles/{aid}", params={"start": 5, "end": 10**7})  # guard: still "outside"
    assert outside.status_code == 400 and "outside the article" in outside.json()["error"]["message"]
    no_body = client.post("/api/jobs")
    assert no_body.status_code == 422 and '"urls"' in no_body.json()["error"]["message"]
    assert "body is missing" in no_body.json()["error"]["message"]
    named = client.post("/api/jobs", json={})  # guard: an object without the field names the field, as before
    assert named.status_code == 422 and "urls" in named.json()["error"]["message"]
    job = client.get("/api/jobs/abc")
    assert job.status_code == 404 and "named by its number" in job.json()["error"]["message"]
    assert "nothing at" in client.get("/api/nowhere").json()["error"]["message"]  # guard: other paths as before


# -- 06: search folds Æ, Ø, Œ, ß as it folds other accents ---------------------------------------------------------
def test_search_finds_nordic_and_german_letters_typed_in_ascii(tmp_path: Path) -> None:
    from storyline.ingest import build_article
    from storyline.ingest.drafts import Draft
    from storyline.store import Store

    texts = {
        "https://fjord.example/1": "Flooding closed the main bridge in Ærøby on Monday, warden Zoë Lind said.",
        "https://fjord.example/2": "The Große Straße in Kessel was shut for the Œuvre Vollan fair.",
        "https://fjord.example/3": "Ferries from Aroby harbour ran late on Monday.",
    }
    with Store(tmp_path / "s.db") as store:
        url_of = {}
        for url, text in texts.items():
            art = build_article(Draft(source=url, original=text, fmt="text", url=url))
            store.add_article(art)
            url_of[art.id] = url

        def found(q: str) -> set[str]:
            return {url_of[str(h["id"])] for h in store.search(q)}

        for typed in ("Aeroby", "AEROBY", "aerøby", "Ærøby"):
            assert "https://fjord.example/1" in found(typed), typed
        assert "https://fjord.example/2" in found("Grosse Strasse") and "https://fjord.example/2" in found("Oeuvre")
        # guards: other accents as before, and a different word is not found for a near spelling
        assert "https://fjord.example/1" in found("Zoe")
        assert "https://fjord.example/1" not in found("Aerby")
        assert found("Aroby") == {"https://fjord.example/3"}
