"""Real browser tests: Playwright driving Debian's chromium against `storyline serve` on a free port.

They skip, saying why, when /usr/bin/chromium or the playwright package is missing (scripts/test.sh
installs chromium with apt-get where it can). Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_support import web_db  # noqa: F401  (a fixture)

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser
if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests",
        allow_module_level=True,
    )
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_db: tuple[Path, list[str]]) -> Iterator[str]:  # noqa: F811
    import uvicorn

    from storyline.web.app import WebSettings, create_app

    db = web_db[0]
    port = free_port()
    app = create_app(WebSettings(db=db, post_ingest=False))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15000)
    yield pg
    context.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def api(page: Any, base: str, path: str, **params: Any) -> Any:
    r = page.request.get(base + path, params=params or None)
    assert r.ok, r.text()
    return r.json()


def squash(text: str) -> str:
    return " ".join(text.split())


def test_clicking_a_citation_highlights_its_passage(server: str, page: Any) -> None:
    story = api(page, server, "/api/stories", order="largest", limit=1)["items"][0]
    brief = api(page, server, f"/api/stories/{story['id']}")["brief"]
    cites = [c for s in brief["summary"] for c in s["citations"]]
    assert cites, "the brief has no citations"
    page.goto(f"{server}/stories/{story['id']}")
    links = page.locator("a.cite")
    assert links.count() == len(cites)
    for index in sorted({0, len(cites) - 1}):
        cite = cites[index]
        links.nth(index).click()
        original = api(page, server, f"/api/articles/{cite['article']}")["original"]
        expected = squash(original[cite["start"] : cite["end"]])
        panel = page.locator(f'.panel[data-article="{cite["article"]}"]')
        assert panel.is_visible()
        assert page.locator(".panel:visible").count() == 1
        active = panel.locator("mark.active")
        assert active.count() >= 1
        got = squash(" ".join(active.all_inner_texts()))
        assert got == expected or expected.startswith(got) and len(got) > 0.8 * len(expected), (got, expected)
        assert active.first.is_visible()
        shot(page, f"story-citation-{index}")
    # Hovering another citation switches the highlight without a click.
    if len(cites) > 1:
        links.nth(0).hover()
        assert "selected" in (links.nth(0).get_attribute("class") or "")


def test_search_from_the_header(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.fill("header input[name=q]", "girders")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=girders")
    assert page.locator("#result-count").inner_text().startswith("3 ")
    assert page.locator("ol.results li").count() == 3
    shot(page, "search")
    bad = page.goto(server + "/search?q=%22unbalanced")
    assert bad is not None and bad.status in (200, 400)


def test_hostile_article_runs_nothing(server: str, page: Any) -> None:
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script(
        "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation', function (e) {"
        " window.__violations.push(e.violatedDirective); });"
    )
    hits = api(page, server, "/api/search", q="pier")["items"]
    hostile = next(h for h in hits if "Pier repairs" in (h["title"] or ""))
    page.goto(f"{server}/articles/{hostile['id']}?start=5&end=40")
    page.wait_for_load_state("load")
    body = page.locator("#text").inner_text()
    assert "<script>" in body and "onerror" in body  # shown as text
    for i in range(page.locator("#text mark").count()):
        page.locator("#text mark").nth(i).hover()
    page.wait_for_timeout(300)
    shot(page, "hostile-article")
    state = page.evaluate("() => [window.__pwned, window.__alerts, window.__violations]")
    assert state == [None, [], []], state
    assert dialogs == [] and errors == []
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert page.locator("#text script, #text img, #text svg, #text iframe").count() == 0
    for story in api(page, server, "/api/stories", limit=50)["items"]:
        page.goto(f"{server}/stories/{story['id']}")
        page.wait_for_load_state("load")
        assert page.evaluate("() => [window.__pwned, window.__alerts]") == [None, []]
    assert dialogs == [] and errors == []


def test_upload_shows_progress_until_done(server: str, page: Any, tmp_path: Path) -> None:
    upload = tmp_path / "note.txt"
    upload.write_text(
        "Lorvik ferry timetable changes\n\nThe Lorvik ferry will run every 15 minutes from Monday.", encoding="utf-8"
    )
    page.goto(server + "/ingest")
    page.set_input_files("input#files", str(upload))
    page.click("form[action='/ingest/files'] button")
    page.wait_for_url("**/jobs/*")
    # a selector wait, not wait_for_function: that one evaluates a string, which the page's CSP forbids
    page.locator("#job[data-status='done']").wait_for(timeout=90000)
    page.wait_for_load_state("load")
    assert "Added 1" in page.locator("#job-report").inner_text()
    shot(page, "ingest-job")


def test_stories_page_screenshot(server: str, page: Any) -> None:
    page.goto(server + "/?order=largest")
    assert page.locator("table.stories tbody tr").count() >= 2
    shot(page, "stories")
