"""Security of the web app: escaping hostile articles, headers, tokens, hosts, cross-site writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_web_support import web_db  # noqa: F401  (a fixture)

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from storyline.web.app import CSP, WebSettings, create_app  # noqa: E402
from storyline.web.marks import safe_url  # noqa: E402

TOKEN = "0123456789abcdef0123456789abcdef"


@pytest.fixture(scope="module")
def db(web_db: tuple[Path, list[str]]) -> Path:  # noqa: F811
    return web_db[0]


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


def hostile_id(client: TestClient) -> str:
    hits = client.get("/api/search", params={"q": "pier"}).json()["items"]
    return next(h["id"] for h in hits if "Pier repairs" in (h["title"] or ""))


def assert_inert(html: str) -> None:
    """Parsed as a browser would: only our own script, no event handlers, no script URLs, no embedded media."""
    import lxml.html

    doc = lxml.html.document_fromstring(html)
    scripts = [(el.get("src"), (el.text or "").strip()) for el in doc.iter("script")]
    assert scripts == [("/static/app.js", "")], scripts
    assert not [el.tag for el in doc.iter("img", "svg", "iframe", "style", "object", "embed", "base", "form")
                if el.tag != "form" or el.get("action", "").startswith("javascript")]  # fmt: skip
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (el.tag, name, value)
            if name.lower() in ("href", "src", "action", "formaction"):
                assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (el.tag, value)
    assert "<script>" in doc.text_content()  # the hostile text is shown as text


def test_hostile_article_page_is_escaped(client: TestClient) -> None:
    r = client.get(f"/articles/{hostile_id(client)}")
    assert r.status_code == 200
    assert_inert(r.text)
    assert "link not shown" in r.text  # the javascript: URL is not a link


def test_hostile_article_everywhere_it_appears(client: TestClient) -> None:
    art_id = hostile_id(client)
    pages = [f"/articles/{art_id}?start=10&end=60", "/search?q=pier", "/?q=pier", "/"]
    pages += [f"/stories/{s['id']}" for s in client.get("/api/stories", params={"limit": 50}).json()["items"]]
    import lxml.html

    shown = 0
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        if "<script>" in lxml.html.document_fromstring(r.text).text_content():
            assert_inert(r.text)
            shown += 1
    assert shown >= 3


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/api/stories", "/static/app.js", "/api/nothing", "/nothing", "/docs", "/openapi.json"):
        r = client.get(path)
        assert r.headers["Content-Security-Policy"] == CSP, path
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["Referrer-Policy"] == "same-origin"
    for directive in ("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
                      "frame-ancestors 'none'"):  # fmt: skip
        assert directive in CSP
    assert "unsafe-inline" not in CSP


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox", False),
        ("//evil.example/x", False),
        ('https://ex.org/"onmouseover=alert(1)', False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_urls_become_links(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_loopback_server_refuses_foreign_host_header(client: TestClient) -> None:
    r = client.get("/api/stories", headers={"host": "attacker.example"})
    assert r.status_code == 421 and r.json()["error"]["code"] == "bad_host"


def test_cross_site_writes_are_refused(client: TestClient) -> None:
    for origin in ("https://attacker.example", "null"):
        r = client.post("/api/jobs", json={"urls": ["https://example.org/"]}, headers={"origin": origin})
        assert r.status_code == 403 and r.json()["error"]["code"] == "cross_origin"


def test_token_required_off_loopback(db: Path) -> None:
    app = create_app(WebSettings(db=db, host="0.0.0.0", token=TOKEN, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://testserver", raise_server_exceptions=False) as client:
        r = client.get("/api/stories")
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
        assert client.get("/api/stories", headers={"authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/api/stories", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert client.get("/", params={"token": "nope"}).status_code == 401
        first = client.get("/", params={"token": TOKEN}, follow_redirects=False)
        assert first.status_code == 303 and "token" not in first.headers["location"]
        cookie = first.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert client.get("/").status_code == 200  # the cookie now carries it


def test_serve_refuses_public_host_without_token(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    result = CliRunner().invoke(
        app, ["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0"], env={"STORYLINE_TOKEN": ""}
    )
    assert result.exit_code == 1
    assert "token" in result.output.lower()


def test_a_right_to_left_override_stays_inside_its_text() -> None:
    from storyline.web.pages import plain_direction, templates

    assert plain_direction("Harbour\u202e tsoP") == "Harbour tsoP"
    html = templates().get_template("error.html").render(status=404, code="x", message="m", title="A\u202eB")
    assert "<title>AB · storyline</title>" in html


def test_a_wrong_token_is_told_apart_from_no_token(db: Path) -> None:
    app = create_app(WebSettings(db=db, host="0.0.0.0", token=TOKEN, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://testserver", raise_server_exceptions=False) as client:
        none = client.get("/api/stories").json()["error"]["message"]
        wrong = client.get("/api/stories", headers={"authorization": "Bearer lantern-key"}).json()["error"]["message"]
        assert none.startswith("a token is required") and "does not match" not in none
        assert "does not match" in wrong and "required" not in wrong
        assert (
            "does not match" in client.get("/api/stories", params={"token": "lantern-key"}).json()["error"]["message"]
        )
