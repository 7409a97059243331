"""The reader in a real browser, as test_browser.py drives it: the story list on a phone, the skip link, the focus
after opening a cited passage by keyboard, and Back after citations. The store is the invented web corpus."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from test_browser import api, shot
from test_browser import browser as browser  # noqa: F401  (a fixture; importing it skips as test_browser skips)
from test_browser import server as server  # noqa: F401  (a fixture)
from test_web_support import web_db  # noqa: F401  (a fixture)

pytestmark = pytest.mark.browser


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[..., Any]]:  # noqa: F811
    """A page in a window of the given size (a phone's with ``is_mobile``/``has_touch``), closed after the test."""
    contexts: list[Any] = []

    def make(width: int, height: int, **phone: Any) -> Any:
        context = browser.new_context(viewport={"width": width, "height": height}, **phone)
        contexts.append(context)
        pg = context.new_page()
        pg.set_default_timeout(15000)
        return pg

    yield make
    for context in contexts:
        context.close()


def _story_with_citations(page: Any, base: str) -> tuple[str, list[dict[str, Any]]]:
    story = api(page, base, "/api/stories", order="largest", limit=1)["items"][0]
    brief = api(page, base, f"/api/stories/{story['id']}")["brief"]
    return story["id"], [c for s in brief["summary"] for c in s["citations"]]


def test_the_story_list_on_a_phone_shows_every_column_on_screen(server: str, open_page: Callable[..., Any]) -> None:  # noqa: F811
    page = open_page(375, 800, is_mobile=True, has_touch=True)
    page.goto(server + "/?order=largest")
    cells = page.locator("table.stories tbody tr:first-child td")
    assert cells.count() == 6
    for i in range(cells.count()):
        box = cells.nth(i).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375 + 1, (i, box)
    # each value says what it is, the header row being out of sight
    labels = page.evaluate(
        "() => Array.from(document.querySelectorAll('table.stories tbody tr:first-child td'))"
        ".map(td => getComputedStyle(td, '::before').content)"
    )
    assert all(w in " ".join(labels) for w in ("Articles", "Outlets", "Independent", "Conflicts", "Dates"))
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375  # no page-wide sideways scroll
    shot(page, "stories-phone")
    # guard: a wide window keeps the table with its header row
    wide = open_page(1280, 900)
    wide.goto(server + "/?order=largest")
    assert wide.locator("table.stories thead th").first.is_visible()
    row = wide.locator("table.stories tbody tr:first-child td")
    assert row.nth(0).bounding_box()["y"] == row.nth(5).bounding_box()["y"]  # one line of columns


def test_a_skip_link_comes_first_and_leads_past_the_header(server: str, open_page: Callable[..., Any]) -> None:  # noqa: F811
    page = open_page(1280, 900)
    page.goto(server + "/")
    assert not page.locator("a.skip").is_visible() or page.locator("a.skip").bounding_box()["y"] < 0
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.textContent]")
    assert focused == ["skip", "Skip to the content"]
    assert page.locator("a.skip").bounding_box()["y"] >= 0  # seen when reached
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('main')")  # the header's stops skipped


def test_a_passage_opened_by_keyboard_takes_the_focus_and_gives_it_back(
    server: str, open_page: Callable[..., Any]
) -> None:  # noqa: F811
    page = open_page(1280, 900)
    sid, cites = _story_with_citations(page, server)
    page.goto(f"{server}/stories/{sid}")
    link = page.locator("a.cite").nth(0)
    link.focus()
    page.keyboard.press("Enter")
    got = page.evaluate("() => [document.activeElement.tagName, document.activeElement.className]")
    assert got[0] == "MARK" and "active" in got[1]
    panel = page.locator(f'.panel[data-article="{cites[0]["article"]}"]')
    assert (
        page.evaluate("() => document.activeElement.closest('.panel').getAttribute('data-article')")
        == (cites[0]["article"])
    )
    shot(page, "passage-focused")
    page.keyboard.press("Escape")  # back to the citation that opened it
    assert page.evaluate("() => document.activeElement.getAttribute('data-cite')") == link.get_attribute("data-cite")
    page.keyboard.press("Enter")
    panel.locator("a.back-to-cite").click()  # the panel's own way back
    assert page.evaluate("() => document.activeElement.getAttribute('data-cite')") == link.get_attribute("data-cite")
    # one column (the passage below the summary): Esc brings the citation back into view, and keeps it there
    narrow = open_page(600, 700)
    narrow.goto(f"{server}/stories/{sid}")
    narrow.locator("a.cite").nth(0).focus()
    narrow.keyboard.press("Enter")
    narrow.keyboard.press("Escape")
    narrow.wait_for_timeout(200)
    box = narrow.locator("a.cite").nth(0).bounding_box()
    assert box is not None and 0 <= box["y"] <= 700 - box["height"], box


def test_back_after_citations_returns_to_the_passage_before_then_the_story(
    server: str, open_page: Callable[..., Any]
) -> None:  # noqa: F811
    page = open_page(1280, 900)
    sid, cites = _story_with_citations(page, server)
    assert len(cites) >= 2
    page.goto(server + "/")
    page.goto(f"{server}/stories/{sid}")
    links = page.locator("a.cite")
    first, last = links.nth(0), links.nth(links.count() - 1)
    first.click()
    first.click()  # the same passage again adds no entry
    last.click()
    assert f"cite={last.get_attribute('data-cite')}" in page.url
    page.mouse.move(0, 0)  # off the citations: hovering one shows its passage
    page.go_back()
    assert f"cite={first.get_attribute('data-cite')}" in page.url
    assert "selected" in (first.get_attribute("class") or "")
    assert page.locator(f'.panel[data-article="{cites[0]["article"]}"]').is_visible()
    page.go_back()
    assert page.url.endswith(f"/stories/{sid}") and page.locator("a.cite.selected").count() == 0
    page.go_back()
    assert page.url.rstrip("/") == server  # and then the list, where the reader came from
