"""Story clustering: batch (two-stage topic/event) and incremental, over records or the store."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .batch import ClusterParams, cluster_texts, doc_text
from .stories import (
    ClusterReport,
    count_stories,
    get_story,
    list_stories,
    rebuild_stories,
    stories_for_article,
    story_of_article,
    syndication_groups_for,
    update_stories,
)


def cluster_records(records: Sequence[dict[str, Any]], *, params: ClusterParams | None = None) -> dict[str, str]:
    """Story label for each record id (records: id, title, text; order does not matter).

    A record with no text is a story of its own (``"untexted:<id>"``): nothing to compare it on.
    """
    recs = sorted(records, key=lambda r: str(r.get("id")))
    usable = [r for r in recs if str(r.get("text") or "").strip() or str(r.get("title") or "").strip()]
    labels = cluster_texts([doc_text(r.get("title"), r.get("text")) for r in usable], params)
    out = {str(r.get("id")): f"story-{lab}" for r, lab in zip(usable, labels, strict=True)}
    for r in recs:
        out.setdefault(str(r.get("id")), f"untexted:{r.get('id')}")
    return out


__all__ = [
    "ClusterParams",
    "ClusterReport",
    "cluster_records",
    "cluster_texts",
    "count_stories",
    "get_story",
    "list_stories",
    "rebuild_stories",
    "stories_for_article",
    "story_of_article",
    "syndication_groups_for",
    "update_stories",
]
