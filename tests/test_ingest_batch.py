"""Batched commits: a batch commits whole or not at all; the transactions inside join it."""

from __future__ import annotations

import pytest
from test_ingest_support import article_text

from storyline.ingest.drafts import Draft
from storyline.ingest.pipeline import build_article
from storyline.models import Article


def _article(i: int) -> Article:
    art = build_article(Draft(source=f"s{i}", original=f"Story {i}\n\n" + article_text(f"b{i}"), fmt="text"))
    assert isinstance(art, Article)
    return art


def test_batch_commits_together(store) -> None:  # type: ignore[no-untyped-def]
    with store.batch():
        assert store.add_article(_article(1)) == "added"
        assert store.add_article(_article(2)) == "added"
    assert store.count_articles() == 2


def test_failed_batch_leaves_nothing(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), store.batch():
        store.add_article(_article(3))
        raise RuntimeError("crash inside the batch")
    assert store.count_articles() == 0
    assert store.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 0
    store.add_article(_article(3))  # the store is usable afterwards, outside any batch
    assert store.count_articles() == 1
