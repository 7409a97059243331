"""The team's examples: every good input becomes an article, bad ones are skipped with reasons,
and the stories come out as designed (examples/expected.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.cluster import get_story, list_stories, update_stories
from storyline.ingest import ingest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXPECTED = json.loads((Path(__file__).parent / "examples_expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    from storyline.store import Store

    store = Store(tmp_path_factory.mktemp("ex") / "ex.db")
    report = ingest(store, [str(EXAMPLES)])
    yield store, report
    store.close()


def _key(article) -> str:
    """How expected.json names an article: record id, feed entry URL, or file name."""
    rid = article.extra.get("record_id")
    if rid:
        return str(rid)
    if article.fmt == "feed" or (article.url and "northshoreradio" in (article.url or "")):
        return str(article.url)
    return Path(article.source.split("#")[0].split(":")[0]).name


def test_bad_inputs_are_skipped_with_reasons(ingested):
    _, report = ingested
    skipped = {s.input.removeprefix(str(EXAMPLES) + "/"): s.reason for s in report.skipped}
    for bad in EXPECTED["bad"]:
        assert any(k.endswith(bad) for k in skipped), (bad, skipped)
    assert all(reason for reason in skipped.values())
    assert report.exit_code == 3


def test_every_good_example_is_an_article(ingested):
    store, _ = ingested
    keys = {_key(a) for a in store.iter_articles()}
    wanted = {k for members in EXPECTED["stories"].values() for k in members} | set(EXPECTED["not_english"])
    assert wanted <= keys, wanted - keys


def test_non_english_is_marked(ingested):
    store, _ = ingested
    marked = {_key(a) for a in store.iter_articles() if a.skip_reason}
    assert set(EXPECTED["not_english"]) <= marked


def test_stories_and_syndication_as_designed(ingested):
    store, _ = ingested
    update_stories(store)
    by_key = {_key(a): a.id for a in store.iter_articles()}
    stories = {s["id"]: get_story(store, s["id"]) for s in list_stories(store, limit=100)}
    story_of = {aid: sid for sid, s in stories.items() for aid in s["article_ids"]}
    for name, members in EXPECTED["stories"].items():
        got = {story_of[by_key[m]] for m in members}
        assert len(got) == 1, (name, got)
        assert len(stories[got.pop()]["article_ids"]) == len(members), name
    copy, original = EXPECTED["syndicated"][0]
    ferry = stories[story_of[by_key[copy]]]
    assert any({by_key[copy], by_key[original]} <= set(g["articles"]) for g in ferry["syndication_groups"])
    outlets = {a for a in EXPECTED["stories"]["ferry"]}
    assert ferry["independent_outlets"] == len(outlets) - 1
