"""Shared pieces for the web tests: an invented corpus, a store built from it, stand-ins for missing stages.

Everything here is invented for the tests. The stand-ins are installed only for library functions
that are not in this checkout yet; where the real stage exists, the tests use it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

HOSTILE_TEXT = """Totally normal headline <script>window.__pwned = 1; alert('script tag')</script>

The council met on Tuesday. <img src=x onerror="window.__pwned = 2; alert('onerror')"> It voted to repair the pier.

Read <a href="javascript:window.__pwned=3;alert('js link')">the full minutes</a> here.

<svg xmlns="http://www.w3.org/2000/svg"><script>window.__pwned = 4; alert('svg')</script><circle r="9"/></svg>
<iframe src="javascript:alert('iframe')"></iframe><style>body{display:none}</style>
"></mark><script>alert('break out')</script> The pier reopens in May, the harbour master said.
"""

RECORDS: list[dict[str, Any]] = [
    {
        "id": "gaz-1",
        "outlet": "Lorvik Gazette",
        "url": "https://gazette.example/bridge-closed",
        "published": "2031-03-04",
        "title": "Lorvik harbour bridge closed after inspectors find 14 cracks",
        "text": (
            "Lorvik harbour bridge closed after inspectors find 14 cracks\n\n"
            "The harbour bridge in Lorvik was closed to all traffic on Monday after inspectors found 14 cracks "
            "in its steel girders, the city's transport office said.\n\n"
            '"We will not reopen the bridge until every girder has been replaced," said Mara Olsen, head of '
            "the transport office.\n\n"
            "Ferries will run every 20 minutes while the bridge is closed. Repairs are expected to cost "
            "4 million crowns and to take eight months. Drivers face a chaotic detour."
        ),
    },
    {
        "id": "wire-1",
        "outlet": "Coastal Wire",
        "url": "https://wire.example/lorvik-bridge",
        "published": "2031-03-04",
        "title": "Cracks shut Lorvik bridge",
        "text": (
            "Cracks shut Lorvik bridge\n\n"
            "Lorvik closed its harbour bridge on Monday after an inspection found 12 cracks in the girders.\n\n"
            '"Safety comes first, and the girders will all be replaced," Mara Olsen told reporters on Monday.\n\n'
            "The city expects the work to take eight months. Ferries will replace the bridge in the meantime."
        ),
    },
    {
        "id": "north-1",
        "outlet": "Northern Daily",
        "url": "https://northern.example/wire/lorvik-bridge",
        "published": "2031-03-05",
        "title": "Cracks shut Lorvik bridge",
        "text": (
            "Cracks shut Lorvik bridge\n\n"
            "Lorvik closed its harbour bridge on Monday after an inspection found 12 cracks in the girders.\n\n"
            '"Safety comes first, and the girders will all be replaced," Mara Olsen told reporters on Monday.\n\n'
            "The city expects the work to take eight months. Ferries will replace the bridge in the meantime."
        ),
    },
    {
        "id": "chess-1",
        "outlet": "Lorvik Gazette",
        "url": "https://gazette.example/chess",
        "published": "2031-02-10",
        "title": "Teenager wins the Lorvik winter chess open",
        "text": (
            "Teenager wins the Lorvik winter chess open\n\n"
            "Sixteen-year-old Ilse Brandt won the Lorvik winter chess open on Sunday, beating 80 players.\n\n"
            '"I did not expect to win," Brandt said after the final round.'
        ),
    },
    {
        "id": "hostile-1",
        "outlet": "<img src=x onerror=\"window.__pwned=5;alert('outlet')\">Evil Outlet",
        "url": "javascript:window.__pwned=6;alert('url')",
        "published": "2031-03-06",
        "title": "<script>window.__pwned=7;alert('title')</script>Pier repairs approved",
        "text": HOSTILE_TEXT,
    },
]


def build_store(folder: Path) -> Path:
    """A store with the invented corpus ingested (through the real ingest)."""
    from storyline.ingest import ingest
    from storyline.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    src = folder / "corpus.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    db = folder / "web.db"
    with Store(db) as store:
        report = ingest(store, [str(src)])
        assert report.counts["added"] == len(RECORDS), report.to_json()
    return db


# -- stand-ins for stages not in this checkout yet --------------------------------------------------
def _articles(store: Any) -> list[Any]:
    return list(store.iter_articles())


def _story_of(article: Any) -> str:
    return "s-chess" if "chess" in (article.url or "") else "s-bridge"


def fake_list_stories(store: Any, *, since=None, until=None, outlet=None, entity=None, text=None,
                      order="newest", limit=20, offset=0) -> list[dict[str, Any]]:  # fmt: skip
    stories: dict[str, list[Any]] = {}
    for a in _articles(store):
        stories.setdefault(_story_of(a), []).append(a)
    out = []
    for sid, arts in stories.items():
        if outlet and outlet not in {a.outlet for a in arts}:
            continue
        if text and not any(text.lower() in a.text.lower() for a in arts):
            continue
        if entity and not any(entity in a.text for a in arts):
            continue
        dates = sorted(a.published for a in arts if a.published)
        out.append(
            {
                "id": sid,
                "label": arts[0].title,
                "article_count": len(arts),
                "outlets": sorted({a.display_outlet for a in arts}),
                "independent_outlets": len({a.text for a in arts}),
                "date_range": [dates[0], dates[-1]] if dates else None,
                "key_entities": ["Lorvik"],
            }
        )
    key = (lambda s: s["article_count"]) if order == "largest" else (lambda s: s["date_range"][1])
    out.sort(key=key, reverse=True)
    return out[offset : offset + limit]


def fake_get_story(store: Any, story_id: str) -> dict[str, Any]:
    from storyline.errors import NotFoundError

    for s in fake_list_stories(store, limit=100):
        if s["id"] == story_id:
            arts = [a for a in _articles(store) if _story_of(a) == story_id]
            by_text: dict[str, list[str]] = {}
            for a in arts:
                by_text.setdefault(a.text, []).append(a.id)
            groups = [g for g in by_text.values() if len(g) > 1]
            return {**s, "article_ids": [a.id for a in arts], "syndication_groups": groups}
    raise NotFoundError(f"no story {story_id!r}")


def _sentence(article: Any, index: int) -> dict[str, Any]:
    paras = [m for m in re.finditer(r"[^\n]+", article.original)]
    m = paras[min(index, len(paras) - 1)]
    return {"article": article.id, "start": m.start(), "end": m.end(), "text": m.group()}


def fake_brief_for_story(store: Any, story_id: str) -> dict[str, Any]:
    story = fake_get_story(store, story_id)
    arts = [store.get_article(i) for i in story["article_ids"]]
    summary = []
    for i, a in enumerate(arts[:3]):
        cite = _sentence(a, 1 + i % 2)
        summary.append({"text": cite["text"], "citations": [{k: cite[k] for k in ("article", "start", "end")}]})
    return {
        "story": story_id,
        "schema": "test",
        "headline": arts[0].title,
        "articles": [
            {
                "id": a.id,
                "source": a.source,
                "title": a.title,
                "outlet": a.outlet,
                "url": a.url,
                "published": a.published,
            }
            for a in arts
        ],  # fmt: skip
        "summary": summary,
        "entities": [{"name": "Mara Olsen", "type": "PERSON", "variants": ["Olsen"], "roles": [], "articles": []}],
        "quotes": [],
        "facts": [
            {
                "text": summary[0]["text"],
                "status": "single-source",
                "independent_sources": 1,
                "sources": [summary[0]["citations"][0]],
            }
        ],  # fmt: skip
        "conflicts": [],
        "timeline": [],
        "framing": [{"article": a.id, "tone": 0.1, "charged_terms": [], "voices": ["Mara Olsen"]} for a in arts],
    }


def fake_entity_detail(store: Any, name: str) -> dict[str, Any]:
    from storyline.errors import NotFoundError

    if not any(name in a.text for a in _articles(store)):
        raise NotFoundError(f"no entity {name!r}")
    return {"name": name, "type": "PERSON", "variants": [name], "quotes": []}


FAKES = {
    "list_stories": fake_list_stories,
    "get_story": fake_get_story,
    "brief_for_story": fake_brief_for_story,
    "entity_detail": fake_entity_detail,
}


@contextmanager
def stand_ins() -> Iterator[list[str]]:
    """Point the web layer at the stand-ins for library functions missing from this checkout; yields their names.

    Only the web layer's lookup table changes (to functions in this module); library modules are untouched.
    """
    import storyline.web.lib as lib

    missing = [name for name in FAKES if lib.find(name) is None]
    # Stories and briefs must come from the same place: stand in for all three if any is missing.
    if {"list_stories", "get_story", "brief_for_story"} & set(missing):
        missing = sorted(set(missing) | {"list_stories", "get_story", "brief_for_story"})
    table = dict(lib.LIBRARY)
    for name in missing:
        table[name] = ((__name__, f"fake_{name}"),)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lib, "LIBRARY", table)
        yield missing


def extract(db: Path) -> bool:
    """Run the real extraction stage over the store when it is installed; says whether it ran."""
    try:
        from storyline.extract import extract_store
    except ImportError:
        return False
    from storyline.store import Store

    with Store(db) as store:
        extract_store(store)
    return True


def prepare_real(db: Path) -> None:
    """With the real stages present: cluster the store so stories exist."""
    from storyline.store import Store
    from storyline.web.lib import find

    with Store(db) as store:
        pipeline_update = find("pipeline_update_stories")
        if pipeline_update is not None:
            pipeline_update(store, [a.id for a in store.iter_articles()])
        elif (update := find("update_stories")) is not None:
            update(store)
        # Make (and store) every brief up front, as `storyline run` does, so pages read stored briefs.
        from storyline.web import views

        for story in views.stories_page(store, limit=200)["items"]:
            views.story_brief(store, str(story["id"]))


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """The invented corpus in a store, extracted, clustered and briefed once per test process.

    Yields the store's path and the names of the stages stood in for (none once every stage exists).
    """
    db = build_store(tmp_path_factory.mktemp("webdb"))
    extract(db)
    with stand_ins() as faked:
        if not faked:
            prepare_real(db)
        yield db, faked


def test_search_snippets_mark_the_matched_words_and_escape_the_rest() -> None:
    from storyline.web.pages import HIT_CLOSE, HIT_OPEN, mark_hits

    out = str(mark_hits(f"the {HIT_OPEN}ferry{HIT_CLOSE} <b>[grounded]</b>"))
    assert out == "the <mark>ferry</mark> &lt;b&gt;[grounded]&lt;/b&gt;"
