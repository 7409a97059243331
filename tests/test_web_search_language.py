"""The HTML search and stories pages take the language filter the API and the CLI take (`?language=`, a code or a
name: "fr", "French"), keep it in the form and in the pager's links. Invented articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from storyline import Store, ingest_records, update_stories  # noqa: E402
from storyline.web.app import WebSettings, create_app  # noqa: E402

RECORDS = [
    {
        "title": "Tarnwick mill flooded",
        "text": "The old mill at Tarnwick was flooded on Monday after the Selv river rose two metres, the mayor said. "
        "Volunteers filled sandbags through the night.",
        "language": "en",
        "outlet": "Selv Courier",
        "published": "2031-04-07",
    },
    {
        "title": "Tarnwick clears the mud",
        "text": "Tarnwick residents began clearing mud from the mill on Wednesday as the Selv river fell back. "
        "The mayor thanked the volunteers.",
        "language": "en",
        "outlet": "Valley Ledger",
        "published": "2031-04-09",
    },
    {
        "title": "Crue à Tarnwick",
        "text": "Le vieux moulin de Tarnwick a été inondé lundi après la crue de la Selv, a indiqué le maire. "
        "Des bénévoles ont rempli des sacs de sable toute la nuit.",
        "language": "fr",
        "outlet": "Le Veilleur",
        "published": "2031-04-07",
    },
]


def _titles(html: str) -> list[str]:
    return re.findall(r'<li><a href="/articles/[^"]+">([^<]+)</a>', html)


def test_the_search_page_filters_by_language_and_keeps_it(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest_records(store, RECORDS)
        update_stories(store)
    app = create_app(WebSettings(db=db, worker=False, post_ingest=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        every = client.get("/search", params={"q": "Tarnwick"})
        assert every.status_code == 200 and len(_titles(every.text)) == 3, every.text
        for told in ("fr", "French"):
            fr = client.get("/search", params={"q": "Tarnwick", "language": told})
            assert fr.status_code == 200, fr.text
            assert [t.replace("&#224;", "à") for t in _titles(fr.text)] == ["Crue à Tarnwick"], told
            assert 'name="language" value="fr"' in fr.text  # the form shows the filter used, as its code
        en = client.get("/search", params={"q": "Tarnwick", "language": "en", "limit": 1})
        assert len(_titles(en.text)) == 1 and "Crue" not in en.text
        assert "language=en" in en.text  # the next page's link keeps the language
        nxt = re.search(r'href="(/search\?[^"]*offset=1[^"]*)"', en.text)
        assert nxt is not None, en.text
        second = client.get(nxt.group(1).replace("&amp;", "&"))
        assert len(_titles(second.text)) == 1 and "Crue" not in second.text
        assert 'name="language"' in client.get("/search").text  # the empty form offers it

        stories = client.get("/", params={"language": "fr"})
        assert stories.status_code == 200
        assert 'name="language" value="fr"' in stories.text
        api = client.get("/api/stories", params={"language": "fr"}).json()
        assert api["total"] >= 1
        for story in api["items"]:
            assert f"/stories/{story['id']}" in stories.text
        for story in client.get("/api/stories", params={"language": "en"}).json()["items"]:
            if story["id"] not in {s["id"] for s in api["items"]}:
                assert f"/stories/{story['id']}" not in stories.text
